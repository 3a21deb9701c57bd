/**
 * The Content-Security-Policy every page keeps: no 'unsafe-inline' for scripts or styles,
 * the same policy in each page's <meta> and in dist/_headers, every inline script and style
 * allowed by its hash, and no violation in Chromium while the islands are used (header
 * search, Simple English, map, route finder, slides, search page).
 */
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { directivesOf, headerOnlyDirectives, metaPolicy } from '../../src/integrations/security-headers.ts';
import { browserForFile, builtPages, distDir, siteUrl } from './helpers.ts';
import { onePerPageType } from './pages.ts';

const browser = browserForFile();

const htmlFile = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
const html = (path: string) => readFileSync(htmlFile(path), 'utf8');

/** dist/_headers as path pattern -> header name (lower case) -> value. */
function headersFile(): Map<string, Map<string, string>> {
  const blocks = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      blocks.set(line.trim(), current);
    } else {
      const at = line.indexOf(':');
      current?.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return blocks;
}

const headerPolicy = () => headersFile().get('/*')?.get('content-security-policy') ?? '';
/** A directive's sources: "script-src" -> ["'self'", "'sha256-...'"]. */
const sources = (policy: string, name: string) =>
  directivesOf(policy)
    .find((d) => d.split(' ')[0] === name)
    ?.split(' ')
    .slice(1) ?? [];
const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser runs; anything else (application/json, application/ld+json) is data. */
const runs = (attrs: string) => {
  const type = /\stype="([^"]*)"/.exec(attrs)?.[1]?.toLowerCase();
  return type === undefined || ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
};

describe('the policy', () => {
  it('dist/_headers sends it to every page, with nosniff, a referrer policy and long caching for /_astro/', () => {
    const blocks = headersFile();
    const all = blocks.get('/*');
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(sources(headerPolicy(), 'frame-ancestors')).toEqual(["'none'"]);
    expect(blocks.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('is strict: scripts and styles from this site or by hash only, nothing inline by default', () => {
    const policy = headerPolicy();
    const fixed = directivesOf(policy).filter((d) => !/^(script|style)-src /.test(d));
    expect(fixed).toEqual([
      "default-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    for (const name of ['script-src', 'style-src']) {
      const list = sources(policy, name);
      expect(list[0], name).toBe("'self'");
      for (const s of list.slice(1)) expect(s, `${name} allows ${s}`).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    }
  });

  it("is the same in every page's <meta> as in dist/_headers (less what only a header can say)", () => {
    const expected = directivesOf(headerPolicy()).filter((d) => !headerOnlyDirectives.some((h) => d === h));
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const differing = pages.filter((p) => {
      const meta = metaPolicy(html(p));
      return meta === undefined || JSON.stringify(directivesOf(meta)) !== JSON.stringify(expected);
    });
    expect(differing).toEqual([]);
  });

  it('allows every inline script and style of every page by its hash; no style or event-handler attributes', () => {
    const policy = headerPolicy();
    const scriptHashes = new Set(sources(policy, 'script-src'));
    const styleHashes = new Set(sources(policy, 'style-src'));
    const problems: string[] = [];
    let inline = 0;
    for (const path of builtPages()) {
      const page = html(path);
      for (const [, attrs = '', body = ''] of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(attrs) || !runs(attrs)) continue;
        inline++;
        if (!scriptHashes.has(hashSource(body))) problems.push(`${path}: inline script with no hash in script-src: ${body.slice(0, 80)}`);
      }
      for (const [, , body = ''] of page.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)) {
        inline++;
        if (!styleHashes.has(hashSource(body))) problems.push(`${path}: <style> with no hash in style-src: ${body.slice(0, 80)}`);
      }
      // Tags only: scripts' and styles' own text could mention anything.
      const tags = page.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2>').match(/<[a-zA-Z][^<>]*>/g) ?? [];
      for (const tag of tags) {
        if (/\sstyle\s*=/i.test(tag)) problems.push(`${path}: style attribute (use a class): ${tag.slice(0, 100)}`);
        if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`${path}: event-handler attribute (use a script file): ${tag.slice(0, 100)}`);
        if (/\s(href|src|action)\s*=\s*"?\s*javascript:/i.test(tag)) problems.push(`${path}: javascript: address: ${tag.slice(0, 100)}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // The check saw inline code (the reading-choices script, the pathway colours, island bootstraps).
    expect(inline).toBeGreaterThan(100);
  });
});

/**
 * A context that enforces the policy as the host would send it (the header from
 * dist/_headers, on top of each page's <meta>) and records every violation. Service workers
 * are blocked so that every request passes through the route that adds the header.
 */
async function enforcingContext(): Promise<{ context: BrowserContext; violations: string[]; open: (path: string) => Promise<Page> }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const header = headerPolicy();
  await context.route('**/*', async (route) => {
    // A reset connection is the test's transport, not the site: try again (twice) before failing.
    let response: Awaited<ReturnType<typeof route.fetch>> | undefined;
    for (let attempt = 1; !response; attempt++) {
      try {
        response = await route.fetch();
      } catch (error) {
        if (attempt >= 3 || !/ECONNRESET|socket hang up/i.test(String(error))) {
          // The page may have closed while the request was in flight: nothing is waiting.
          await route.abort().catch(() => undefined);
          return;
        }
      }
    }
    const headers = { ...response.headers() };
    if (route.request().resourceType() === 'document') headers['content-security-policy'] = header;
    await route.fulfill({ response, headers }).catch(() => undefined);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // Which policy: only the header's has frame-ancestors.
      const from = e.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
      w.cspViolations.push(`${from} ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  const violations: string[] = [];
  const open = async (path: string) => {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/content.security.policy|unsafe-eval|unsafe-inline/i.test(m.text())) violations.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      if (/content.security.policy|unsafe-eval|EvalError/i.test(String(e))) violations.push(`${path}: ${e}`);
    });
    await page.goto(siteUrl() + path, { waitUntil: 'load' });
    return page;
  };
  return { context, violations, open };
}

/** The violations a page's listener caught (it survives until the page navigates). */
const caught = async (page: Page, label: string) =>
  (await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).map((v) => `${label}: ${v}`);

/**
 * Islands hydrated: Astro removes `ssr` from each <astro-island> once it has rendered.
 * Each is scrolled to first, as a `client:visible` island waits to be seen.
 */
async function hydrated(page: Page) {
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      (island.firstElementChild ?? island).scrollIntoView();
      await new Promise((done) => requestAnimationFrame(done));
    }
  });
  // An island in a part of the page that is not shown (a pathway view on /explore/ that the
  // address does not open) never wakes: client:visible waits to be seen.
  await page.waitForFunction(() => ![...document.querySelectorAll('astro-island[ssr]')].some((i) => (i.firstElementChild ?? i).getClientRects().length > 0));
}

describe('no violations in Chromium', () => {
  it('notices a violation (the check is not blind)', async () => {
    const { context, open } = await enforcingContext();
    const page = await open('/about/');
    // An inline script the policy does not list.
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 1);
    const found = (await caught(page, '/about/')).join('\n');
    // Both policies refused it: the page's <meta>, and the header the host would send.
    expect(found).toMatch(/meta script-src/);
    expect(found).toMatch(/header script-src/);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await context.close();
  });

  it('on one page of every page type, once its islands have hydrated', async () => {
    const { context, violations, open } = await enforcingContext();
    // One page of each shape of address: /roles/<id>/, /roles/<id>/handout/, /route/<j>/<t>/...
    const paths = onePerPageType(builtPages());
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const page = await open(path);
      await hydrated(page);
      violations.push(...(await caught(page, path)));
      await page.close();
    }
    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);

  it('while a person uses the header search, Simple English, the search page and a handout', async () => {
    const { context, violations, open } = await enforcingContext();
    const home = await open('/');
    // The pathway colours arrive through classes and the hashed style block: each card has its colour.
    const lanes = await home
      .locator('.cards .card[class*="lane-"]')
      .evaluateAll((cards) => cards.map((c) => getComputedStyle(c).getPropertyValue('--lane').trim()));
    expect(lanes.length).toBeGreaterThan(3);
    for (const colour of lanes) expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    await home.locator('#site-search').click();
    await home.keyboard.type('nurse', { delay: 10 });
    await home.waitForSelector('[role=option]');
    await home.getByRole('button', { name: 'Simple English' }).click();
    expect(await home.evaluate(() => document.documentElement.dataset.simple)).toBe('on');
    await home.getByRole('button', { name: 'Simple English' }).click();
    violations.push(...(await caught(home, '/')));

    const search = await open('/search/?q=care');
    await search.waitForSelector('[data-search-results] li');
    violations.push(...(await caught(search, '/search/')));

    const handout = builtPages().find((p) => /^\/roles\/[^/]+\/handout\/$/.test(p))!;
    const sheet = await open(handout);
    // The Print button's script (a file in /_astro/) ran and showed it.
    await sheet.getByRole('button', { name: 'Print this handout' }).waitFor();
    violations.push(...(await caught(sheet, handout)));
    expect(violations).toEqual([]);
    await context.close();
  });

  it('while a person uses the map, the route finder and the slides', async () => {
    const { context, violations, open } = await enforcingContext();
    const map = await open('/explore/?pathway=clinical-support#pathway-clinical-support');
    await map.waitForSelector('#pathway-clinical-support .pv-explorer.is-ready');
    const view = map.locator('#pathway-clinical-support');
    await view.locator('a.map-node:not(.map-exit)').first().click();
    await map.locator('aside.map-panel').waitFor();
    await view.getByRole('button', { name: 'Zoom in' }).click();
    await view.locator('.map-filters summary').click();
    await view.locator('#pv-clinical-support-sector').selectOption('social-care');
    // Filtered-out nodes are hidden by a class (no style attribute, which the policy would refuse).
    const hiddenNode = view.locator('a.map-node.is-hidden').first();
    await hiddenNode.waitFor({ state: 'attached' });
    expect(await hiddenNode.isVisible()).toBe(false);
    violations.push(...(await caught(map, '/explore/')));

    const route = await open('/route/');
    await route.waitForSelector('.route-finder[data-ready]');
    const target = route.getByRole('combobox', { name: 'Where do you want to get to?' });
    await target.click();
    await route.keyboard.type('nursing associate', { delay: 10 });
    await route.locator('[role=option]', { hasText: 'Nursing associate' }).first().click();
    await route.getByRole('button', { name: 'Show my routes' }).click();
    await route.waitForSelector('.route');
    violations.push(...(await caught(route, '/route/')));
    await route.getByRole('link', { name: 'Present this route' }).first().click();
    await route.waitForSelector('.deck[data-ready="true"]');
    await route.keyboard.press('ArrowRight');
    violations.push(...(await caught(route, '/present/route/')));

    const deckPath = builtPages().find((p) => /^\/present\/[^/]+\/$/.test(p) && p !== '/present/route/')!;
    const deck = await open(deckPath);
    await deck.waitForSelector('.deck[data-ready="true"]');
    await deck.keyboard.press('ArrowRight');
    await deck.getByRole('button', { name: 'High contrast' }).click();
    violations.push(...(await caught(deck, deckPath)));
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
