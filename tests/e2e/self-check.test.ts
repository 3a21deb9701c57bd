/**
 * "Is this work for me?" on a phone, with the keyboard alone: every situation answered with
 * Tab, the arrow keys and Space/Enter, then jobs to talk about with reasons; the result's
 * address reopens the same jobs; axe finds no WCAG 2.2 A/AA problem; Simple English and
 * JavaScript off both still make sense.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, browserForFile, describeViolations, shownText, siteUrl } from './helpers.ts';

const browser = browserForFile();
const phone = { viewport: { width: 390, height: 844 } };

/** What has focus: enough to recognise a radio button, a button or a legend. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      text: el?.textContent?.trim() ?? '',
      id: el?.id ?? '',
    };
  });

/** Presses Tab until `done` holds for the focused element (at most `max` presses). */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (done(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element; focus is on ${JSON.stringify(await focused(page))}`);
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the self-check on a phone', () => {
  it('is answered with the keyboard alone, and its address reopens the same jobs', async () => {
    const context = await browser().newContext(phone);
    const page = await context.newPage();
    const methods = new Set<string>();
    page.on('request', (r) => methods.add(r.method()));
    await page.goto(`${siteUrl()}/self-check/`);
    await page.waitForSelector('.self-check[data-ready]');
    expect(await noSidewaysScroll(page)).toBe(true);
    const progress = await shownText(page.locator('.sc-progress'));
    const total = Number(/^Question 1 of (\d+)$/.exec(progress)?.[1]);
    expect(total).toBeGreaterThanOrEqual(8);
    expect(total).toBeLessThanOrEqual(12);
    const first = await axe(page);
    expect(first, describeViolations(first)).toEqual([]);

    // Targets big enough for a finger: every answer and button at least 44px tall.
    for (const box of await page.locator('.sc-answer, .sc-buttons .button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44);

    for (let i = 0; i < total; i++) {
      expect(await shownText(page.locator('.sc-progress'))).toBe(`Question ${i + 1} of ${total}`);
      if (i > 0) expect((await focused(page)).tag, 'focus moves to the new question').toBe('legend');
      await tabUntil(page, (f) => f.tag === 'input' && f.type === 'radio');
      // A different answer each time: the arrow keys move through the group and choose.
      const answers = await page.locator('.sc-answer input').count();
      for (let k = 0; k < i % answers; k++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      expect(await page.locator('.sc-answer input:checked').count()).toBe(1);
      expect(
        await page
          .locator('.sc-answer input')
          .nth(i % answers)
          .isChecked(),
      ).toBe(true);
      const last = i === total - 1;
      await tabUntil(page, (f) => f.tag === 'button' && f.text === (last ? 'See my results' : 'Next'));
      await page.keyboard.press('Enter');
    }

    // The results: announced by moving focus to their heading, 3 to 6 jobs, each with reasons.
    await page.waitForSelector('.sc-results');
    expect((await focused(page)).id).toBe('sc-results-heading');
    const results = page.locator('.sc-results');
    const text = await shownText(results);
    expect(text).toMatch(/^\d jobs to talk about/);
    expect(text).toContain('not a verdict');
    const roles = page.locator('.sc-role');
    const count = await roles.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
    for (let r = 0; r < count; r++) {
      const role = roles.nth(r);
      const href = await role.locator('h3 a').getAttribute('href');
      expect(href).toMatch(/^\/roles\/[a-z0-9-]+\/$/);
      const id = href!.split('/')[2];
      expect(await role.locator(`a[href="/route/?to=${id}"]`).count()).toBe(1);
      const reasons = await role.locator('.sc-reasons li').allInnerTexts();
      expect(reasons.length, `${id} has reasons`).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason).toContain('You said: “');
      expect(await role.locator('.sc-think li').count(), `${id} has hard parts`).toBeGreaterThan(0);
    }
    expect(await noSidewaysScroll(page)).toBe(true);
    for (const box of await page.locator('.sc-results .button, .sc-role h3 a, .sc-link').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44);
    const shared = page.url();
    expect(shared).toMatch(/\/self-check\/\?a=[0-9-]+$/);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Nothing was sent anywhere: the page only loaded files.
    expect([...methods]).toEqual(['GET']);

    // The address, opened again in a new page, shows the same jobs and reasons.
    const again = await context.newPage();
    await again.goto(shared);
    await again.waitForSelector('.sc-results');
    expect(await shownText(again.locator('.sc-results'))).toBe(text);
    await again.close();
    await context.close();
  });

  it('shows each situation in simple English when Simple English is on', async () => {
    const context = await browser().newContext(phone);
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/self-check/`);
    await page.waitForSelector('.self-check[data-ready]');
    const full = page.locator('.sc-legend .detail-only');
    const simple = page.locator('.sc-legend .sc-simple');
    expect(await full.isVisible()).toBe(true);
    expect(await simple.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Simple English' }).click();
    expect(await full.isVisible()).toBe(false);
    expect(await simple.isVisible()).toBe(true);
    // A screen reader hears the simple text as the question too (the group's name is the legend).
    const group = await page.locator('.sc-fieldset').ariaSnapshot();
    expect(group).toContain(await shownText(simple));
    expect(group).not.toContain(await full.textContent());
    await context.close();
  });

  it('ignores answers in the address that it does not know', async () => {
    const page = await browser().newPage(phone);
    await page.goto(`${siteUrl()}/self-check/?a=zz__proto__`);
    await page.waitForSelector('.self-check[data-ready]');
    expect(await shownText(page.locator('.sc-progress'))).toMatch(/^Question 1 of \d+$/);
    await page.goto(`${siteUrl()}/self-check/?a=9-1`);
    await page.waitForSelector('.sc-results');
    expect(await page.locator('.sc-role').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('lists every situation without JavaScript, and says the check needs it', async () => {
    const context = await browser().newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/self-check/`);
    const island = page.locator('.self-check');
    const text = await shownText(island);
    expect(text).toContain('The self-check needs JavaScript');
    expect(await island.locator('a[href="/previous-jobs/"]').count()).toBe(1);
    expect(await island.locator('a[href="/roles/"]').count()).toBe(1);
    const items = await island.locator('.sc-list > li').count();
    expect(items).toBeGreaterThanOrEqual(8);
    expect(await island.locator('.sc-list > li > ul > li').count()).toBeGreaterThanOrEqual(items * 3);
    expect(await noSidewaysScroll(page)).toBe(true);
    await context.close();
  });
});
