/**
 * The foundation's user journeys in real Chromium against the built site: a person reaches
 * a role and follows its links; every page type passes axe (WCAG 2.2 A/AA) and works with
 * JavaScript off; no internal link is broken.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, builtPages, describeViolations, pageTypes, siteUrl, distDir, browserForFile, shownText } from './helpers.ts';

const browser = browserForFile();

describe('a person finds a role and follows its links', () => {
  it('home -> all jobs -> a role -> a next step -> a qualification', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/`);
    await page.getByRole('link', { name: 'Browse all jobs' }).click();
    await page.waitForURL(/\/roles\/$/);
    const headings = page.getByRole('heading', { level: 1 });
    expect(await headings.count()).toBe(1);
    expect(await headings.textContent()).toBe('All jobs in health and care');
    await page
      .locator('#a-z ~ section .card a', { hasText: /^Care worker$/ })
      .first()
      .click();
    expect(page.url()).toMatch(/\/roles\/care-worker\/$/);
    expect(await page.locator('h1').textContent()).toBe('Care worker');
    // Pay always shows its year.
    expect(await page.locator('.facts').textContent()).toMatch(/\d{4}(\/\d{2})?\)/);
    // A next step.
    const next = page.locator('h2#next-steps + ul .card a').first();
    const nextTitle = (await next.textContent())!.trim();
    await next.click();
    expect(await page.locator('h1').textContent()).toBe(nextTitle);
    // A qualification link: from its ways in, or the training people take in the job.
    const qual = page.locator('h2#ways-in ~ :is(ul.steps-list, p) a[href^="/qualifications/"]').first();
    const qualTitle = (await qual.textContent())!.trim();
    await qual.click();
    expect(page.url()).toContain('/qualifications/');
    expect(await page.locator('h1').textContent()).toBe(qualTitle);
    await page.close();
  });
});

describe('every page type', () => {
  const types = Object.entries(pageTypes());

  it.each(types)('%s (%s) has no axe WCAG 2.2 A/AA violations', async (_name, path) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(siteUrl() + path);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  // The presentation is a full-screen deck with its own exit link, not a site page;
  // tests/e2e/present.test.ts checks it with JavaScript off.
  const sitePages = types.filter(([name]) => name !== 'present');

  it.each(sitePages)('%s (%s) is readable and navigable with JavaScript off', async (_name, path) => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(siteUrl() + path);
    const h1 = page.locator('main h1');
    expect(await h1.count()).toBe(1);
    expect(await h1.isVisible()).toBe(true);
    expect((await shownText(page.locator('main'))).length).toBeGreaterThan(60);
    // The skip link moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The main navigation works without scripts.
    // On a phone the links sit behind a Menu disclosure, which opens without scripts too.
    const menu = page.locator('details.menu-phone summary');
    if (await menu.isVisible()) await menu.click();
    await page.locator('nav[aria-label="Main"]:visible a', { hasText: 'All jobs' }).click();
    expect(page.url()).toMatch(/\/roles\/$/);
    await context.close();
  });

  it('the search box leads to the A-Z list with JavaScript off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/`);
    await page.fill('#site-search', 'carer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=carer/);
    expect(await shownText(page.locator('main'))).toContain('Care worker');
    await context.close();
  });
});

describe('links', () => {
  it('no internal link in the built site is broken', () => {
    const pages = new Set(builtPages());
    const broken: string[] = [];
    for (const path of pages) {
      const file = join(distDir, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
      const html = readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)(?:[?#][^"]*)?"/g)) {
        if (!href) continue;
        const ok = pages.has(href) || existsSync(join(distDir, href));
        if (!ok) broken.push(`${path} -> ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
