/**
 * Classroom presentation mode in real Chromium at projector size: a tutor steps through a
 * pathway with the keyboard, buttons, clicks and swipes; the type is big enough for the
 * back of a room; high contrast works and is remembered; it keeps working offline once
 * loaded; axe finds nothing in either colour mode; with JavaScript off every slide shows.
 * The pathway is the first one in the built site, so this runs on the fixture or on the real content.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { axe, builtPages, describeViolations, siteUrl, shownText } from './helpers.ts';

const PROJECTOR = { width: 1920, height: 1080 };
const decks = builtPages().filter((p) => /^\/present\/[^/]+\/$/.test(p) && p !== '/present/route/');
const path = decks[0] ?? '/present/missing/';
const pathwayId = path.split('/')[2]!;

let browser: Browser;
/** The deck as it reads with JavaScript off: every slide's heading and the step ids. */
let expected: { headings: string[]; steps: string[] };

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PROJECTOR });
  const page = await context.newPage();
  await page.goto(siteUrl() + path);
  expected = {
    headings: (await page.locator('.slide .slide-heading').allInnerTexts()).map((t) => t.trim()),
    steps: await page
      .locator('.slide-static-link a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('select') ?? '')),
  };
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: { reducedMotion?: 'reduce' | 'no-preference'; hash?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PROJECTOR, reducedMotion: options.reducedMotion ?? 'reduce' });
  const page = await context.newPage();
  await page.goto(siteUrl() + path + (options.hash ?? ''));
  await page.waitForSelector('.deck[data-ready="true"]');
  return { context, page };
}

const visible = (page: Page) => page.locator('.slide:not([hidden])');
const heading = async (page: Page) => (await shownText(visible(page).locator('.slide-heading'))).trim();
const progress = async (page: Page) => (await shownText(page.locator('.deck-count'))).trim();

/** Checks the slide on screen is slide `n` (1-based) and only it shows. */
async function expectSlide(page: Page, n: number) {
  const total = expected.headings.length;
  expect(await page.locator('.slide:visible').count()).toBe(1);
  expect(await heading(page)).toBe(expected.headings[n - 1]);
  expect(await progress(page)).toBe(`Slide ${n} of ${total}`);
  expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(n));
  // The hash keeps the slide number (a fresh page on slide 1 has none yet).
  const hash = new URL(page.url()).hash;
  expect(hash === `#${n}` || (n === 1 && hash === ''), `hash ${hash} on slide ${n}`).toBe(true);
}

describe(`presenting ${path}`, () => {
  it('has a deck to present: a title slide, the steps, and an end slide', () => {
    expect(decks.length).toBeGreaterThan(0);
    expect(expected.headings.length).toBeGreaterThanOrEqual(4);
    expect(expected.steps.length).toBeGreaterThanOrEqual(2);
    expect(expected.headings.at(-1)).toBe('Any questions?');
  });

  it('steps through with the keyboard: ArrowRight, Space, ArrowLeft, End, Home, PageDown, PageUp', async () => {
    const { context, page } = await open();
    expect(await page.title()).toMatch(/^Slides: .+/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectSlide(page, 1);
    expect(await visible(page).locator('h1').count()).toBe(1);

    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    // The first step: its facts, in words.
    const text = await shownText(visible(page));
    expect(text).toContain(`Step 1 of ${expected.steps.length}`);
    expect(text).toContain('What you do');
    expect(text).toContain('What you need');
    expect(text).toMatch(/Pay|Who pays/);
    expect(await shownText(page.locator('[aria-live="polite"]'))).toBe(`Slide 2 of ${expected.headings.length}: ${expected.headings[1]}`);

    await page.keyboard.press('Space');
    await expectSlide(page, 3);
    expect(await shownText(visible(page))).toContain(`Step 2 of ${expected.steps.length}`);

    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 2);

    await page.keyboard.press('End');
    await expectSlide(page, expected.headings.length);
    expect(await visible(page).locator(`a[href="/pathways/${pathwayId}/"]`).count()).toBe(1);
    // Past the end stays at the end.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, expected.headings.length);

    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 2);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 1);
    await context.close();
  });

  it('moves with the on-screen buttons, a click on the slide, and a swipe', async () => {
    const { context, page } = await open();
    const next = page.getByRole('button', { name: 'Next' });
    const prev = page.getByRole('button', { name: 'Previous' });
    for (const b of [next, prev]) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await prev.getAttribute('aria-disabled')).toBe('true');
    await next.click();
    await expectSlide(page, 2);
    // After a mouse press, Space still means "next slide", not "press that button again".
    await page.keyboard.press('Space');
    await expectSlide(page, 3);
    await prev.click();
    await prev.click();
    await expectSlide(page, 1);
    // A click on the slide itself goes on.
    await page.locator('.deck-main').click({ position: { x: 900, y: 100 } });
    await expectSlide(page, 2);
    // Swipes on a touch screen: left goes on, right goes back.
    const swipe = async (from: number, to: number) => {
      const main = page.locator('.deck-main');
      await main.dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true, clientX: from, clientY: 500 });
      await main.dispatchEvent('pointerup', { pointerType: 'touch', isPrimary: true, clientX: to, clientY: 510 });
    };
    await swipe(1200, 600);
    await expectSlide(page, 3);
    await swipe(600, 1200);
    await expectSlide(page, 2);
    await context.close();
  });

  it('reopens on the slide in the URL hash', async () => {
    const { context, page } = await open({ hash: '#3' });
    await expectSlide(page, 3);
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await page.waitForSelector('.deck[data-ready="true"]');
    await expectSlide(page, 4);
    await context.close();
  });

  it('has type big enough for the back of a room at 1920x1080', async () => {
    const { context, page } = await open({ hash: '#2' });
    const size = (selector: string) =>
      visible(page)
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const body = await size('.fact dd');
    expect(body).toBeGreaterThanOrEqual(32);
    expect(await size('.slide-heading')).toBeGreaterThan(body * 1.4);
    await page.keyboard.press('Home');
    expect(
      parseFloat(
        await visible(page)
          .locator('.slide-lede')
          .evaluate((el) => getComputedStyle(el).fontSize),
      ),
    ).toBeGreaterThanOrEqual(32);
    await context.close();
  });

  it('switches to yellow on black, and remembers it', async () => {
    const { context, page } = await open();
    const toggle = page.getByRole('button', { name: 'High contrast' });
    const colours = () => page.locator('.deck').evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await colours()).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(11, 12, 12)' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await colours()).toEqual({ bg: 'rgb(0, 0, 0)', fg: 'rgb(255, 255, 0)' });
    await page.reload();
    await page.waitForSelector('.deck[data-ready="true"]');
    expect(await page.getByRole('button', { name: 'High contrast' }).getAttribute('aria-pressed')).toBe('true');
    expect((await colours()).bg).toBe('rgb(0, 0, 0)');
    await page.getByRole('button', { name: 'High contrast' }).click();
    expect((await colours()).bg).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('goes full screen with the Full screen button', async () => {
    const { context, page } = await open();
    const button = page.getByRole('button', { name: 'Full screen' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('deck'));
    // The button follows the browser's fullscreenchange event, which arrives a moment later.
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2);
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement === null);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('shows a step on the map: a small map with the step highlighted, and a link to the full map', async () => {
    const { context, page } = await open({ hash: '#2' });
    const button = page.getByRole('button', { name: 'Show on the map' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const map = visible(page).getByRole('img');
    expect(await map.getAttribute('aria-label')).toContain(`1, ${expected.headings[1]} (this step)`);
    expect(await visible(page).locator('.step-map-wide .is-current').count()).toBe(1);
    expect(await visible(page).getByRole('link', { name: 'Open the full map at this step' }).getAttribute('href')).toBe(
      `/explore/?select=${expected.steps[0]}`,
    );
    // The map view stays on as the tutor moves along.
    await page.keyboard.press('ArrowRight');
    expect(await visible(page).getByRole('img').getAttribute('aria-label')).toContain(`2, ${expected.headings[2]} (this step)`);
    await button.click();
    expect(await visible(page).locator('.facts').count()).toBe(1);
    await context.close();
  });

  it('keeps working offline once loaded: no request after load', async () => {
    const { context, page } = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await context.setOffline(true);
    for (let n = 2; n <= expected.headings.length; n++) {
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
    }
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'High contrast' }).click();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Show on the map' }).click();
    expect(await visible(page).getByRole('img').isVisible()).toBe(true);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('animates slide changes only when motion is welcome', async () => {
    for (const [reducedMotion, name] of [
      ['reduce', 'none'],
      ['no-preference', 'slide-in'],
    ] as const) {
      const { context, page } = await open({ reducedMotion });
      await page.keyboard.press('ArrowRight');
      expect(await visible(page).evaluate((el) => getComputedStyle(el).animationName)).toBe(name);
      await context.close();
    }
  });

  it.each([
    ['normal', false],
    ['high contrast', true],
  ] as const)('has no axe WCAG 2.2 A/AA violations in %s mode', async (_mode, contrast) => {
    const { context, page } = await open({ hash: '#2' });
    if (contrast) await page.getByRole('button', { name: 'High contrast' }).click();
    let violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Show on the map' }).click();
    violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('with JavaScript off, shows every slide one after another with a visible heading', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PROJECTOR });
    const page = await context.newPage();
    await page.goto(siteUrl() + path);
    const headings = page.locator('.slide .slide-heading');
    expect(await headings.count()).toBe(expected.headings.length);
    for (const h of await headings.all()) expect(await h.isVisible()).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Exit' }).getAttribute('href')).toBe(`/pathways/${pathwayId}/`);
    expect(await page.locator('.deck-bar, .deck-tools').count()).toBe(0);
    await context.close();
  });
});

describe('presenting any route (/present/route/?steps=...)', () => {
  it('makes the same step slides from the ids in the URL, with no fetch', async () => {
    const context = await browser.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const requests: string[] = [];
    await page.goto(`${siteUrl()}/present/route/?steps=${expected.steps.join(',')},not-a-step`);
    await page.waitForSelector('.deck[data-ready="true"]');
    page.on('request', (r) => requests.push(r.url()));
    expect(await heading(page)).toBe('Your route');
    const stepHeadings = expected.headings.slice(1, 1 + expected.steps.length);
    for (const h of stepHeadings) {
      await page.keyboard.press('ArrowRight');
      expect(await heading(page)).toBe(h);
    }
    await page.keyboard.press('End');
    expect(await heading(page)).toBe('Any questions?');
    expect(await page.getByRole('link', { name: 'Exit' }).getAttribute('href')).toBe('/route/');
    expect(requests).toEqual([]);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('leaves out steps the site does not have, and says so: ?steps=<a step>,constructor', async () => {
    const page = await browser.newPage({ viewport: PROJECTOR, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${siteUrl()}/present/route/?steps=${expected.steps[0]},constructor`);
    await page.waitForSelector('.deck[data-ready="true"]');
    expect(await heading(page)).toBe('Your route');
    expect(await shownText(visible(page).locator('.slide-notice'))).toBe('One step in the web address is not on this site, so it is left out.');
    expect(await page.locator('.slide-step').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await heading(page)).toBe(expected.headings[1]);
    expect(await shownText(visible(page).locator('.slide-kicker'))).toMatch(/^Step 1 of 1\b/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['constructor', 'One step in the web address is not on this site, so it is left out.'],
    ['__proto__,toString,hasOwnProperty', '3 steps in the web address are not on this site, so they are left out.'],
  ])('makes no empty slide for ?steps=%s', async (steps, notice) => {
    const page = await browser.newPage({ viewport: PROJECTOR });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${siteUrl()}/present/route/?steps=${steps}`);
    await page.getByText('There is no route to show').waitFor();
    expect(await shownText(page.locator('.slide-notice'))).toBe(notice);
    expect(await page.locator('.slide-step').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when there is no route to show', async () => {
    const page = await browser.newPage({ viewport: PROJECTOR });
    await page.goto(`${siteUrl()}/present/route/`);
    await page.getByText('There is no route to show').waitFor();
    expect(await page.getByRole('link', { name: 'Go to the route finder' }).getAttribute('href')).toBe('/route/');
    await page.close();
  });
});
