/** The route finder as residents use it on a phone, and its shareable address. */
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, siteUrl, browserForFile, shownText } from './helpers.ts';

const browser = browserForFile();

async function pick(page: Page, label: string, typed: string, expected: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill('');
  await page.keyboard.type(typed, { delay: 15 });
  await page.locator(`[role=option]`, { hasText: expected }).first().waitFor();
  // Arrow down to the expected option, then Enter.
  for (let i = 0; i < 8; i++) {
    const active = await page.locator('[role=option][aria-selected=true]').first().textContent();
    if (active?.startsWith(expected)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

describe('route finder on a phone', () => {
  it('no qualifications to nursing associate: a paid support role, the Care Certificate and the time', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/route/`);
    await page.waitForSelector('.route-finder[data-ready]');
    expect(await page.getByLabel('Or choose from the list').first().inputValue()).toBe('nothing');
    await pick(page, 'Where do you want to get to?', 'nursing asociate', 'Nursing associate');
    await page.getByRole('button', { name: 'Show my routes' }).click();
    await page.waitForSelector('.route');
    const text = await shownText(page.locator('#route-results'));
    expect(text).toContain('Your routes to Nursing associate');
    expect(text).toContain('Care Certificate');
    expect(text).toMatch(/Get a job: (Care worker|Healthcare support worker)/);
    expect(text).toMatch(/Route 1: about \d+ years?/);
    const supportStep = page.locator('.route-step-job', { hasText: /Care worker|Healthcare support worker/ }).first();
    expect(await shownText(supportStep)).toMatch(/Paid while you do it: yes/);

    // The address reopens the same routes.
    const shared = page.url();
    expect(shared).toContain('to=nursing-associate');
    const again = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await again.goto(shared);
    await again.waitForSelector('.route');
    expect(await shownText(again.locator('#route-results'))).toBe(text);
    const violations = await axe(again);
    expect(violations, describeViolations(violations)).toEqual([]);
    await again.close();
    await page.close();
  });

  it('a nurse qualified abroad reaches registered adult nurse through the NMC tests', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/route/`);
    await page.waitForSelector('.route-finder[data-ready]');
    const fromList = page.getByLabel('Or choose from the list').first();
    const abroad = await fromList.locator('option', { hasText: 'I qualified in another country' }).getAttribute('value');
    await fromList.selectOption(abroad!);
    await pick(page, 'Where do you want to get to?', 'registered nurse', 'Adult nurse');
    await page.getByRole('button', { name: 'Show my routes' }).click();
    await page.waitForSelector('.route');
    const first = await shownText(page.locator('.route').first());
    expect(first).toContain('OSCE');
    expect(first).toMatch(/computer-based test|English language test/);
    expect(page.url()).toContain('from=nurse-qualified-abroad');
    await page.close();
  });

  it('explains a shared link that names a job we do not know', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl()}/route/?from=care-worker&to=not-a-job`);
    await page.waitForSelector('.route-finder[data-ready]');
    expect(await shownText(page.locator('.error-summary'))).toContain('not-a-job');
    await page.close();
  });
});
