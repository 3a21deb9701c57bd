/** Simple English: switched on once, remembered on the next page, with key-word meanings on focus. */
import { describe, it, expect } from 'vitest';
import { builtPages, siteUrl, browserForFile, shownText } from './helpers.ts';

const browser = browserForFile();

describe('Simple English', () => {
  it('stays on across pages and shows a key word meaning on focus', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const roles = builtPages().filter((p) => /^\/roles\/[^/]+\/$/.test(p));
    await page.goto(siteUrl() + roles[0]);
    const toggle = page.getByRole('button', { name: 'Simple English' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.lede').isVisible()).toBe(true);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.lede').isVisible()).toBe(false);

    // Another page: still simple, found by following a link as a person would.
    await page.locator('.breadcrumbs a', { hasText: 'All jobs' }).click();
    await page.locator('.card a').nth(5).click();
    expect(await page.evaluate(() => document.documentElement.dataset.simple)).toBe('on');
    // The button is laid out from the first paint (.js-only); its script marks it pressed as it starts.
    await expect.poll(() => page.getByRole('button', { name: 'Simple English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.simple-box').isVisible()).toBe(true);
    expect(await page.locator('.lede').isVisible()).toBe(false);

    // A key word: its meaning appears on keyboard focus and Escape hides it.
    await page.goto(`${siteUrl()}/roles/care-worker/`);
    const term = page.locator('.kw-term:visible').first();
    expect(await term.count()).toBe(1);
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    expect((await shownText(tip.locator('.kw-simple'))).length).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);

    // Choosing a language adds its translation, marked as not yet checked.
    await page.getByLabel('Key words in').selectOption('es');
    await term.blur();
    await term.focus();
    const spanish = tip.locator('.kw-tr[data-lang="es"]');
    expect(await spanish.isVisible()).toBe(true);
    expect(await shownText(spanish)).toContain('(not yet checked)');
    await context.close();
  });
});

describe('key words on a touch screen', () => {
  it('keeps pay, hours and checks on a role page, in simple words', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/roles/adult-nurse/`);
    await page.evaluate(() => {
      document.documentElement.dataset.simple = 'on';
    });
    const facts = page.locator('.facts .simple-fact:visible');
    const texts = await facts.allInnerTexts();
    expect(
      texts.some((t) => /^You earn £[\d,]+ to £[\d,]+ a year\.$/.test(t.trim())),
      texts.join('|'),
    ).toBe(true);
    expect(
      texts.some((t) => /police check/.test(t)),
      texts.join('|'),
    ).toBe(true);
    expect(
      texts.some((t) => /at night|at weekends|hours/.test(t)),
      texts.join('|'),
    ).toBe(true);
    // The long wording is hidden, not the fact: no "barred list" in simple mode.
    expect(await shownText(page.locator('.facts'))).not.toContain('barred list');
    await page.close();
  });

  it('a tap opens the meaning and a tap elsewhere closes it', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/roles/care-worker/`);
    const term = page.locator('.kw-term:visible').first();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await term.tap();
    expect(await tip.isVisible()).toBe(true);
    // Open by the tap itself, not only by focus (Safari does not focus buttons on tap).
    expect(await term.locator('xpath=..').getAttribute('class')).toContain('is-open');
    await page.locator('h1').tap();
    expect(await tip.isVisible()).toBe(false);
    expect(await term.locator('xpath=..').getAttribute('class')).not.toContain('is-open');
    await context.close();
  });
});
