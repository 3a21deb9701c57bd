/** Shared pieces of the browser tests: the site's URL, a browser per file, axe, page lists. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, afterAll } from 'vitest';
import { launch } from './browser.ts';
import { builtPagesIn } from './pages.ts';

/** The built site the browser tests read: dist/, or DIST_DIR when set. */
export const distDir = process.env.DIST_DIR ?? 'dist';

export const siteUrl = () => {
  const url = process.env.SITE_URL_E2E;
  if (!url) throw new Error('SITE_URL_E2E is not set: run through vitest.e2e.config.ts');
  return url;
};

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs a test library's script (axe-core, jsQR) in the page. Through DevTools, which the
 * page's Content-Security-Policy does not govern: `page.addScriptTag({ content })` adds an
 * inline `<script>`, which the policy blocks (no 'unsafe-inline'), as it should.
 */
export async function injectScript(page: Page, source: string): Promise<void> {
  // `;undefined`: the script's last value is not sent back (nor, if a function, called).
  await page.evaluate(`${source}\n;undefined`);
}

/** Runs axe-core for WCAG 2.0, 2.1 and 2.2 A and AA rules; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await injectScript(page, axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

export const describeViolations = (vs: AxeViolation[]) =>
  vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
    .join('\n');

/** Every HTML page in dist/, as a URL path ("/roles/care-worker/"). */
export function builtPages(root = distDir): string[] {
  return builtPagesIn(root);
}

/** One page of each type, for the accessibility and no-JavaScript checks. */
export function pageTypes(): Record<string, string> {
  const pages = builtPages();
  const first = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix) ?? prefix;
  return {
    home: '/',
    roles: '/roles/',
    role: first('/roles/'),
    qualifications: '/qualifications/',
    qualification: first('/qualifications/'),
    programmes: '/programmes/',
    programme: first('/programmes/'),
    pathway: first('/pathways/'),
    borough: first('/boroughs/'),
    journey: first('/start/'),
    glossary: '/glossary/',
    search: '/search/',
    about: '/about/',
    notFound: '/404',
    ...Object.fromEntries(['/explore/', '/route/'].filter((p) => pages.includes(p)).map((p) => [p.replaceAll('/', ''), p])),
    ...(first('/present/') !== '/present/' ? { present: first('/present/') } : {}),
  };
}

/**
 * The text a person sees in `locator`, as laid out: CSS-hidden text left out, line breaks
 * where the page shows them. (textContent would include hidden text, such as the long
 * version that Simple English hides.)
 */
export function shownText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), not the DOM property: the rendered text is the point
  return locator.innerText();
}

/** One browser for a test file: launched before its tests, closed after. */
export function browserForFile(): () => import('playwright-core').Browser {
  let browser: import('playwright-core').Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}
