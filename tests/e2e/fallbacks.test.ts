/**
 * Honest fallbacks: with JavaScript off, /search/ and /route/ say what to do instead of
 * waiting for ever or showing a form that only reloads the page; when the search index
 * fails to load (a 500), every place that needs it says so, offers "Try again", and throws
 * nothing; and a retry after the server recovers works.
 * The service worker is blocked here: it would answer /search-index.json from its cache.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, browserForFile, describeViolations, shownText, siteUrl } from './helpers.ts';

const browser = browserForFile();

describe('with JavaScript off', () => {
  it('/search/ says search needs JavaScript and links to the A to Z lists; the header search still leads there', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/`);
    await page.fill('#site-search', 'nurse');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=nurse/);
    const main = await shownText(page.locator('main'));
    expect(main).not.toContain('Loading');
    expect(main).toContain('Searching needs JavaScript, which is off or has not loaded.');
    const note = page.locator('[data-search-noscript]');
    expect(await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/roles/', '/qualifications/', '/programmes/']);
    // No search form that does nothing without scripts: the page's form is there for when
    // JavaScript runs (so nothing moves as it starts), but not shown without it.
    expect(await page.locator('main form').isVisible()).toBe(false);
    expect(await page.locator('main form:visible').count()).toBe(0);
    await context.close();
  });

  it('/route/ shows a sentence and the common routes, not a form that reloads itself', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/route/`);
    expect(await shownText(page.locator('.route-noscript'))).toBe(
      'The route finder needs JavaScript, which is off or has not loaded. The common routes below work without it, and print well.',
    );
    expect(await page.locator('.route-form').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show my routes' }).count()).toBe(0);
    const routes = page.locator('.common-routes a[href^="/route/"]');
    expect(await routes.count()).toBeGreaterThan(3);
    expect(await routes.first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('when the search index does not load', () => {
  /** A context whose /search-index.json answers 500 until `recover()`. */
  async function broken(): Promise<{ context: BrowserContext; page: Page; errors: string[]; recover: () => Promise<void> }> {
    const context = await browser().newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const fail = (route: import('playwright-core').Route) => route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Server error</h1>' });
    await context.route('**/search-index.json', fail);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors, recover: () => context.unroute('**/search-index.json', fail) };
  }

  it('the /search/ page says so, offers Try again, and searches once the index loads', async () => {
    const { context, page, errors, recover } = await broken();
    await page.goto(`${siteUrl()}/search/?q=nurse`);
    await page.getByText('Search could not load').waitFor();
    expect(await shownText(page.locator('.search-page-count'))).toBe(
      'Search could not load: the list of everything on the site did not arrive. Check your connection and try again, or use the A to Z lists below.',
    );
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await recover();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('[data-search-results] li');
    expect(await shownText(page.locator('.search-page-count'))).toMatch(/^\d+ results? for “nurse”$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the header search box says so and offers Try again; Enter still opens the search page', async () => {
    const { context, page, errors, recover } = await broken();
    await page.goto(`${siteUrl()}/roles/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('nurse', { delay: 10 });
    const failed = page.locator('.search-failed');
    await failed.waitFor();
    expect(await shownText(failed)).toContain('Search could not load.');
    await recover();
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('[role=option]');
    expect(await failed.count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=nurse/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the route finder's place pickers say so and offer Try again; the lists still work", async () => {
    const { context, page, errors, recover } = await broken();
    await page.goto(`${siteUrl()}/route/`);
    await page.waitForSelector('.route-finder[data-ready]');
    const to = page.getByRole('combobox', { name: 'Where do you want to get to?' });
    await to.click();
    await page.keyboard.type('nurse', { delay: 10 });
    const failed = page.locator('.picker-failed');
    await failed.waitFor();
    expect(await shownText(failed.locator('p'))).toBe(
      'Typing to find a job or qualification is not working: the list could not load. Choose from the list below, or try again.',
    );
    expect(await to.getAttribute('aria-expanded')).toBe('false');
    // The list beside it needs no index.
    await page.getByRole('combobox', { name: 'Or choose from the list' }).last().selectOption({ label: 'Care worker' });
    expect(await to.inputValue()).toBe('Care worker');
    await recover();
    await failed.getByRole('button', { name: 'Try again' }).click();
    await failed.waitFor({ state: 'detached' });
    await to.fill('');
    await page.keyboard.type('nurs', { delay: 10 });
    await page.waitForSelector('[role=option]');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('when the jobs’ facts do not load (/shortlist.json answers 500)', () => {
  it.each([
    ['compare', '/compare/?roles=care-worker,adult-nurse', '[data-compare-app]', 'The jobs could not load. Check your connection and try again.'],
    [
      'my list',
      '/my-list/?items=role:care-worker',
      '[data-my-list-app]',
      'Your list could not load: the facts about the jobs did not arrive. Check your connection and try again.',
    ],
  ])('the %s page says so in an alert, offers Try again, and works once the facts load', async (_name, path, app, message) => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const fail = (route: import('playwright-core').Route) => route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Server error</h1>' });
    await context.route('**/shortlist.json', fail);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${siteUrl()}${path}`);
    const alert = page.locator(`${app} [role="alert"]`);
    await alert.waitFor();
    expect(await shownText(alert.locator('p'))).toBe(message);
    await context.unroute('**/shortlist.json', fail);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector(`${app}[data-ready]`);
    expect(await alert.count()).toBe(0);
    expect(await shownText(page.locator(app))).toContain('Care worker');
    expect(errors).toEqual([]);
    await context.close();
  });
});
