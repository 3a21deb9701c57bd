/** Search from the header: keyboard only, a misspelt job, arrows and Enter, on desktop and phone. */
import { describe, it, expect } from 'vitest';
import { axe, describeViolations, siteUrl, browserForFile, shownText } from './helpers.ts';

const browser = browserForFile();

describe.each([
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
])('header search on %s', (_name, viewport) => {
  it('finds a misspelt job and opens it with the keyboard alone', async () => {
    const page = await browser().newPage({ viewport });
    await page.goto(`${siteUrl()}/`);
    // Tab from the top of the page to the search box: skip link, site name, nav links, then search.
    let guard = 0;
    while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'q')) && guard++ < 20) await page.keyboard.press('Tab');
    expect(guard).toBeLessThan(20);
    await page.keyboard.type('helthcare asistant', { delay: 20 });
    const combobox = page.getByRole('combobox', { name: /search jobs/i });
    await page.waitForSelector('[role=option]');
    expect(await combobox.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = page.locator('[role=option][aria-selected=true]');
    expect(await shownText(active.locator('.search-option-title'))).toBe('Healthcare support worker');
    expect(await combobox.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/roles\/healthcare-support-worker\/$/);
    expect(await shownText(page.locator('h1'))).toBe('Healthcare support worker');
    await page.close();
  });
});

describe('search help', () => {
  it('shows help and nearest words when nothing matches, with no axe violations', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl()}/roles/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('zzqqxx', { delay: 10 });
    await page.waitForSelector('.search-empty');
    expect(await shownText(page.locator('.search-empty'))).toMatch(/No results for/);
    expect(await page.locator('.search-empty a[href="/roles/"]').count()).toBe(1);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('the search page filters results by kind and keeps the query in the address', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl()}/search/?q=nurse`);
    await page.waitForSelector('[data-search-results] li');
    const all = await page.locator('[data-search-results] li').count();
    await page.getByLabel('Show').selectOption('role');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length < n, all);
    const kinds = await page.locator('[data-search-results] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(new Set(kinds)).toEqual(new Set(['role']));
    expect(page.url()).toContain('kind=role');
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});

describe('search on the map page', () => {
  it('choosing a result selects it on the map instead of leaving the page', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl()}/explore/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('phlebotamist', { delay: 15 });
    await page.waitForSelector('[role=option]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/select=phlebotomist/);
    expect(new URL(page.url()).pathname).toBe('/explore/');
    await page.waitForSelector('[data-map="explore"] a.is-selected[data-id="phlebotomist"]');
    expect(await page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-id'))).toBe('phlebotomist');
    await page.close();
  });
});
