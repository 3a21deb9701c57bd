/**
 * How fast /search/ shows its first result, and how much the page moves meanwhile: for
 * scripts/bench-search.ts (figures) and tests/e2e/search-shift.test.ts (a limit on the shift).
 *
 * An init script records, from the start of navigation (performance.now() is 0 there), when
 * the first result (`[data-search-results] li`) enters the DOM, each key press, and every
 * layout shift (the Layout Instability API, as Lighthouse and Chrome's CLS read it).
 */
import type { BrowserContext } from 'playwright-core';

export interface Shift {
  /** Its score (the fraction of the viewport that moved, times how far). */
  value: number;
  /** ms after navigation start. */
  at: number;
  /** Within 500 ms of a key press or click: CLS leaves these out. */
  afterInput: boolean;
  /** The elements that moved (tag.class). */
  nodes: string[];
}

export interface SearchTiming {
  /** ms from navigation start to the first result in the DOM. */
  firstResult: number;
  /** ms from the first key press to the first result in the DOM (typing only). */
  keyToFirstResult?: number;
  /** Sum of the shifts not caused by input, up to `settle` ms after the first result. */
  cls: number;
  shifts: Shift[];
}

interface Recorded {
  first?: number;
  keys: number[];
  shifts: Shift[];
}

/** Runs in the page before its own scripts. */
function recorder(): void {
  const w = window as unknown as { searchTiming: Recorded };
  const rec: Recorded = { keys: [], shifts: [] };
  w.searchTiming = rec;
  new MutationObserver((_records, observer) => {
    if (document.querySelector('[data-search-results] li')) {
      rec.first = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  addEventListener('keydown', () => rec.keys.push(performance.now()), true);
  type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as LayoutShift[])
      rec.shifts.push({
        value: e.value,
        at: e.startTime,
        afterInput: e.hadRecentInput,
        nodes: (e.sources ?? []).map((s) =>
          s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName),
        ),
      });
  }).observe({ type: 'layout-shift', buffered: true });
}

async function collect(context: BrowserContext, open: (page: import('playwright-core').Page) => Promise<void>, settle: number): Promise<SearchTiming> {
  const page = await context.newPage();
  try {
    await page.addInitScript(recorder);
    await open(page);
    await page.waitForFunction(() => (window as unknown as { searchTiming: Recorded }).searchTiming.first !== undefined, undefined, { timeout: 30_000 });
    await page.waitForTimeout(settle);
    // Two frames, so shifts of the last one are reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const rec = await page.evaluate(() => (window as unknown as { searchTiming: Recorded }).searchTiming);
    const first = rec.first ?? Number.NaN;
    const cls = rec.shifts.filter((s) => !s.afterInput && s.at <= first + settle).reduce((sum, s) => sum + s.value, 0);
    const key = rec.keys[0];
    return { firstResult: first, ...(key !== undefined ? { keyToFirstResult: first - key } : {}), cls, shifts: rec.shifts };
  } finally {
    await page.close();
  }
}

/** Opens `${base}/search/?q=${query}` and waits for the first result. */
export function searchFromAddress(context: BrowserContext, base: string, query: string, settle = 1000): Promise<SearchTiming> {
  return collect(context, (page) => page.goto(`${base}/search/?q=${encodeURIComponent(query)}`).then(() => undefined), settle);
}

/** Opens `${base}/search/`, types `query` into its box as soon as the box is there, and waits for the first result. */
export function searchByTyping(context: BrowserContext, base: string, query: string, settle = 1000): Promise<SearchTiming> {
  return collect(
    context,
    async (page) => {
      await page.goto(`${base}/search/`);
      await page.locator('#sp-q').click();
      await page.keyboard.type(query, { delay: 60 });
    },
    settle,
  );
}
