/**
 * Offline use, as a tutor in a classroom with no Wi-Fi meets it: open the home page, a job
 * and a presentation once; then, offline, the job and any presentation still open, the
 * header search still finds things, and a page never opened says plainly that it is not
 * available offline and links to what is. The site is installable (manifest and worker).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserForFile, builtPages, describeViolations, distDir, shownText, siteUrl } from './helpers.ts';

const browser = browserForFile();
const pages = builtPages();
const role = pages.find((p) => /^\/roles\/[^/]+\/$/.test(p))!;
const decks = pages.filter((p) => /^\/present\/[^/]+\/$/.test(p) && p !== '/present/route/');
const neverOpened = pages.find((p) => /^\/qualifications\/[^/]+\/$/.test(p))!;
const build = JSON.parse(/^const BUILD = (.*);$/m.exec(readFileSync(join(distDir, 'sw.js'), 'utf8'))?.[1] ?? '{}') as { version: string; files: string[] };

/** Resolves once a service worker controls the page (it claims pages as soon as it is active). */
const controlled = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    return navigator.serviceWorker.controller?.scriptURL;
  });

let context: BrowserContext;
let page: Page;
let roleTitle = '';
const errors: string[] = [];

beforeAll(async () => {
  context = await browser().newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  // Online, once: the home page (which installs the worker), a job, a presentation.
  await page.goto(`${siteUrl()}/`);
  expect(await controlled(page)).toBe(`${siteUrl()}/sw.js`);
  await page.goto(siteUrl() + role);
  roleTitle = (await shownText(page.locator('main h1'))).trim();
  await page.goto(siteUrl() + decks[0]);
  await page.waitForSelector('.deck[data-ready="true"]');
  await context.setOffline(true);
});
afterAll(async () => {
  await context?.close();
});

describe('offline, after one visit', () => {
  it("pre-caches this build's shell, presentations, key words and search index, under this build's version", async () => {
    expect(build.files).toEqual(expect.arrayContaining(['/', '/offline/', '/glossary/', '/search-index.json', ...decks, '/present/route/']));
    expect(build.files.some((f) => /^\/_astro\/.+\.css$/.test(f))).toBe(true);
    const names = await page.evaluate(() => caches.keys());
    expect(names).toEqual(expect.arrayContaining([`careers-shell-${build.version}`, `careers-pages-${build.version}`]));
  });

  it('opens a job page visited before', async () => {
    await page.goto(siteUrl() + role);
    expect((await shownText(page.locator('main h1'))).trim()).toBe(roleTitle);
    // Its CSS came from the cache too: every stylesheet loaded, so the page is styled, not bare HTML.
    const sheets = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => l.sheet?.cssRules.length ?? 0));
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.every((n) => n > 0)).toBe(true);
  });

  it.each(decks.slice(0, 2))('shows the presentation %s and steps through it', async (deck) => {
    await page.goto(siteUrl() + deck);
    await page.waitForSelector('.deck[data-ready="true"]');
    const first = (await shownText(page.locator('.slide:not([hidden]) .slide-heading'))).trim();
    await page.keyboard.press('ArrowRight');
    expect((await shownText(page.locator('.slide:not([hidden]) .slide-heading'))).trim()).not.toBe(first);
    expect(await shownText(page.locator('.deck-count'))).toMatch(/^Slide 2 of \d+$/);
  });

  it('opens the key words', async () => {
    await page.goto(`${siteUrl()}/glossary/`);
    expect((await shownText(page.locator('main h1'))).trim()).toBe('Key words');
  });

  it('says plainly that a page never opened is not available, and links to what is', async () => {
    const response = await page.goto(siteUrl() + neverOpened);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(page.url()).toBe(siteUrl() + neverOpened);
    expect((await shownText(page.locator('main h1'))).trim()).toBe('This page is not available offline');
    expect(await shownText(page.locator('main .lede'))).toContain('not saved on this device');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/', '/glossary/', ...decks]));
    // The pages opened before, by title, from the browser's cache.
    const saved = page.locator('[data-saved-pages]');
    await saved.locator(`a[href="${role}"]`).waitFor();
    expect((await shownText(saved.locator(`a[href="${role}"]`))).trim()).toBe(roleTitle);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('still searches from the header box', async () => {
    await page.goto(`${siteUrl()}/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('nurse', { delay: 20 });
    await page.waitForSelector('[role=option]');
    expect(await page.locator('[role=option]').count()).toBeGreaterThan(0);
  });

  it('threw no error on any page', () => {
    expect(errors).toEqual([]);
  });
});

describe('installable', () => {
  it('links a web app manifest with a name, start page, standalone display, colour and icons', async () => {
    const fresh = await browser().newPage();
    for (const path of ['/', role, decks[0]!]) {
      await fresh.goto(siteUrl() + path);
      expect(await fresh.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    }
    const cdp = await fresh.context().newCDPSession(fresh);
    const { errors: manifestErrors, data } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
    expect(manifestErrors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}');
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', theme_color: '#1d4f91' });
    for (const icon of manifest.icons as { src: string }[]) expect((await fresh.request.get(siteUrl() + icon.src)).ok()).toBe(true);
    // Chrome's own install check passes; the test browser is a private window, which Chrome never installs from.
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await fresh.close();
  });
});
