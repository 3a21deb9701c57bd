/**
 * The pathway map on /explore/ in real Chromium against the built site: the overview fits one
 * screen with whole labels; a pathway view draws whole labels at 14px or more with its key
 * beside it; phones get lists, never a shrunken picture; the map is one tab stop, reached in
 * a few Tabs, with arrow keys along the lines; old and shared links open the nearest view;
 * zoom is a CSS transform; the small map on a role page reads at 390px; axe finds nothing.
 * Node ids come from the built site, so this runs on the fixture and the real content.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { axe, describeViolations, pageTypes, siteUrl } from './helpers.ts';

interface SiteNode {
  id: string;
  title: string;
  kind: string;
  family: string;
  sector?: string;
  href: string;
}

let browser: Browser;
let graphNodes: SiteNode[];
beforeAll(async () => {
  browser = await launch();
  const graph = (await (await fetch(`${siteUrl()}/graph.json`)).json()) as { nodes: SiteNode[] };
  graphNodes = graph.nodes;
});
afterAll(async () => {
  await browser?.close();
});

const screens = {
  projector: { width: 1920, height: 1080 },
  laptop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
} as const;

async function newPage(viewport: { width: number; height: number }, options: BrowserContextOptions = {}): Promise<Page> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', ...(phone ? { isMobile: true, hasTouch: true } : {}), ...options });
  return context.newPage();
}
const close = (page: Page) => page.context().close();

/** The pathways in the order the page lists them, with their own jobs and steps. */
async function pathwaysOnPage(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.goto(`${siteUrl()}/explore/`);
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section.pathway-view')].map((s) => ({
      id: s.id.replace(/^pathway-/, ''),
      nodes: [...s.querySelectorAll<SVGAElement>('a.map-node:not(.map-exit)')].map((a) => a.dataset.id ?? ''),
    })),
  );
}

/** Opens a pathway view and waits until its island has hydrated, read the map and measured it. */
async function openView(page: Page, pathway: string, query = ''): Promise<void> {
  await page.goto(`${siteUrl()}/explore/?pathway=${pathway}${query}#pathway-${pathway}`);
  await page.waitForSelector(`#pathway-${pathway} .pv-explorer.is-ready .pv-frame.is-live`);
}

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.id ?? null);

/**
 * The scale of the open view's map: the wrapper's CSS transform, as set (the computed value
 * lags by a 0.01ms transition under reduced motion, global.css).
 */
const scaleOf = (page: Page, pathway: string) =>
  page.locator(`#pathway-${pathway} .pv-zoom`).evaluate((el) => new DOMMatrixReadOnly((el as HTMLElement).style.transform || 'none').a);

/**
 * Every label of the open view: whole (no "…", its text inside its box), and for those on the
 * first screen, the size it shows at (font size times the map's scale).
 */
function labelsOf(page: Page, pathway: string) {
  return page.evaluate((id) => {
    const section = document.getElementById(`pathway-${id}`)!;
    const frame = section.querySelector('.pv-frame')!.getBoundingClientRect();
    const wrapper = section.querySelector<HTMLElement>('.pv-zoom')!;
    const k = new DOMMatrixReadOnly(wrapper.style.transform || 'none').a;
    return [...section.querySelectorAll<SVGAElement>('a.map-node')].map((a) => {
      const rect = a.querySelector<SVGRectElement>('rect.map-node-box')!;
      const text = a.querySelector<SVGTextElement>('text')!;
      const box = rect.getBoundingClientRect();
      const onScreen = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= Math.min(frame.bottom, innerHeight);
      const bbox = text.getBBox();
      return {
        id: a.dataset.id ?? '',
        text: text.textContent ?? '',
        lines: text.querySelectorAll('tspan').length,
        fits: bbox.width <= rect.width.baseVal.value + 0.5 && bbox.height <= rect.height.baseVal.value + 0.5,
        px: Number.parseFloat(getComputedStyle(text).fontSize) * k,
        onScreen,
      };
    });
  }, pathway);
}

/** True when the element's box lies inside the viewport. */
const onScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    });

describe('the overview', () => {
  it.each([
    ['projector', screens.projector],
    ['laptop', screens.laptop],
  ] as const)('fits one %s screen (%o) with whole labels of 14px and its key', async (_name, size) => {
    const page = await newPage(size);
    await page.goto(`${siteUrl()}/explore/`);
    const facts = await page.evaluate(() => {
      const table = document.querySelector('.ov-table')!;
      const cells = [...table.querySelectorAll<HTMLElement>('th, td')];
      const texts = [...table.querySelectorAll<HTMLElement>('a, th, .ov-count')].filter((el) => el.getClientRects().length > 0);
      return {
        bottom: table.getBoundingClientRect().bottom,
        scrollY,
        smallest: Math.min(...texts.map((el) => Number.parseFloat(getComputedStyle(el).fontSize))),
        overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1).map((c) => c.textContent),
        cut: texts.filter((el) => el.textContent?.includes('…')).length,
        names: table.querySelectorAll('td a').length,
      };
    });
    expect(facts.scrollY).toBe(0);
    expect(facts.bottom, 'the whole table is on the first screen').toBeLessThanOrEqual(size.height);
    expect(facts.smallest).toBeGreaterThanOrEqual(14);
    expect(facts.overflowing).toEqual([]);
    expect(facts.cut).toBe(0);
    expect(facts.names).toBeGreaterThan(8);
    expect(await onScreen(page, '.ov-key-table')).toBe(true);
    await close(page);
  });

  it('is one tab stop: Tab reaches it in at most 5 presses, the arrow keys move through it, Enter opens', async () => {
    const page = await newPage(screens.laptop);
    await page.goto(`${siteUrl()}/explore/`);
    await page.waitForSelector('table.ov-table[role=grid]');
    expect(await page.locator('.ov-keys-hint').isVisible(), 'the keys are named').toBe(true);
    await page.focus('a.skip-link');
    await page.keyboard.press('Enter');
    let presses = 0;
    let inTable = false;
    while (presses < 5 && !inTable) {
      await page.keyboard.press('Tab');
      presses++;
      inTable = await page.evaluate(() => !!document.activeElement?.closest('table.ov-table'));
    }
    expect(inTable, `the table after ${presses} Tabs`).toBe(true);
    const text = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const firstName = await text();
    expect(await page.locator('table.ov-table a:not([tabindex="-1"])').count(), 'one tab stop').toBe(1);
    // Right: the first job of the first pathway; Down: the row below; the tab stop follows.
    await page.keyboard.press('ArrowRight');
    const job = await text();
    expect(job).not.toBe(firstName);
    await page.keyboard.press('ArrowDown');
    const below = await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex);
    expect(below).toBe(2);
    expect(await page.locator('table.ov-table a[tabindex="0"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
    // Tab leaves the table; Shift+Tab comes back to the same link.
    const here = await text();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('table.ov-table'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await text()).toBe(here);
    // Enter opens that job's pathway view.
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href') ?? '');
    const pathway = /pathway=([a-z0-9-]+)/.exec(href)?.[1] ?? '';
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#pathway-${pathway} .pv-explorer.is-live`);
    await close(page);
  });

  it('on a phone, lists the pathways as 44px targets with 14px text and its key', async () => {
    const page = await newPage(screens.phone);
    await page.goto(`${siteUrl()}/explore/`);
    expect(await page.locator('.ov-table').isVisible()).toBe(false);
    const links = await page.locator('.ov-phone a').evaluateAll((as) =>
      as.map((a) => ({
        height: a.getBoundingClientRect().height,
        size: Math.min(...[...a.querySelectorAll('span')].map((s) => Number.parseFloat(getComputedStyle(s).fontSize))),
      })),
    );
    expect(links.length).toBeGreaterThan(1);
    expect(Math.min(...links.map((l) => l.height))).toBeGreaterThanOrEqual(44);
    expect(Math.min(...links.map((l) => l.size))).toBeGreaterThanOrEqual(14);
    expect(await onScreen(page, '.ov-key-phone')).toBe(true);
    await close(page);
  });

  it('opens a pathway view from its row heading, and a job selected from its name', async () => {
    const page = await newPage(screens.laptop);
    await page.goto(`${siteUrl()}/explore/`);
    const row = page.locator('.ov-pathway a').first();
    const pathway = /pathway=([a-z0-9-]+)/.exec((await row.getAttribute('href')) ?? '')?.[1] ?? '';
    await row.click();
    await page.waitForSelector(`#pathway-${pathway} .pv-explorer.is-live`);
    expect(await page.locator('.map-overview').isVisible()).toBe(false);
    expect(await page.locator(`#pathway-${pathway} svg.map-svg`).isVisible()).toBe(true);

    await page.goto(`${siteUrl()}/explore/`);
    const job = page.locator('.ov-table td a[href*="select="]').first();
    const id = /select=([a-z0-9-]+)/.exec((await job.getAttribute('href')) ?? '')?.[1] ?? '';
    await job.click();
    await page.locator('aside.map-panel h2').waitFor();
    expect(await page.locator('aside.map-panel h2').textContent()).toBe(graphNodes.find((n) => n.id === id)?.title);
    await close(page);
  });
});

describe('a pathway view', () => {
  it('opened after another in one visit, the page still has unique ids (labels find their fields)', async () => {
    const page = await newPage(screens.laptop);
    const [a, b] = await pathwaysOnPage(page);
    await openView(page, a!.id);
    await page.locator(`#pathway-${a!.id} .map-filters summary`).click();
    // To the next pathway in the same document, as its link in the overview would.
    await page.evaluate((id) => {
      location.hash = `pathway-${id}`;
    }, b!.id);
    await page.waitForSelector(`#pathway-${b!.id} .pv-explorer.is-ready`);
    await page.locator(`#pathway-${b!.id} .map-filters summary`).click();
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
    // The sector label of the second view names the second view's field.
    await page.locator(`#pathway-${b!.id}`).getByLabel('Sector', { exact: false }).first().selectOption({ index: 1 });
    expect(await page.locator(`#pv-${b!.id}-sector`).inputValue()).not.toBe('');
    await close(page);
  });

  it.each([
    ['projector', screens.projector],
    ['laptop', screens.laptop],
  ] as const)('on a %s (%o): whole labels at 14px or more, the key beside the map', async (_name, size) => {
    const page = await newPage(size);
    for (const { id } of await pathwaysOnPage(page)) {
      await openView(page, id);
      const labels = await labelsOf(page, id);
      const shown = labels.filter((l) => l.onScreen);
      expect(shown.length, `${id}: labels on the first screen`).toBeGreaterThan(0);
      expect(Math.min(...shown.map((l) => l.px)), `${id}: label size`).toBeGreaterThanOrEqual(14);
      expect(
        labels.filter((l) => !l.fits || l.text.includes('…') || l.lines > 3).map((l) => `${l.id}: ${l.text}`),
        `${id}: labels cut or too long`,
      ).toEqual([]);
      expect(await onScreen(page, `#pathway-${id} .pv-key .map-legend`), `${id}: the key`).toBe(true);
      // The first screen shows one of the pathway's own jobs, whole (not only ways in).
      const own = new Set(graphNodes.filter((n) => n.kind === 'role' && n.family === id).map((n) => n.id));
      expect(
        shown.some((l) => own.has(l.id)),
        `${id}: a job of the pathway on the first screen`,
      ).toBe(true);
    }
    await close(page);
  });

  it('on a phone: the pathway as a list, 44px targets and 14px text, never a shrunken picture', async () => {
    const page = await newPage(screens.phone);
    const [first] = await pathwaysOnPage(page);
    await page.goto(`${siteUrl()}/explore/?pathway=${first!.id}#pathway-${first!.id}`);
    const view = page.locator(`#pathway-${first!.id}`);
    expect(await view.locator('svg.map-svg').isVisible()).toBe(false);
    expect(await view.locator('.pv-list').isVisible()).toBe(true);
    const links = await view
      .locator('.pv-list a')
      .evaluateAll((as) => as.map((a) => ({ height: a.getBoundingClientRect().height, size: Number.parseFloat(getComputedStyle(a).fontSize) })));
    expect(links.length).toBeGreaterThan(0);
    expect(Math.min(...links.map((l) => l.height))).toBeGreaterThanOrEqual(44);
    expect(Math.min(...links.map((l) => l.size))).toBeGreaterThanOrEqual(14);
    expect(await onScreen(page, `#pathway-${first!.id} .pv-list-key .map-legend`)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await close(page);
  });

  it('sends no layout to its island: positions are read from the drawn SVG', async () => {
    const page = await newPage(screens.laptop);
    await page.goto(`${siteUrl()}/explore/`);
    const props = await page.locator('astro-island').evaluateAll((islands) => islands.map((i) => i.getAttribute('props') ?? ''));
    expect(props.length).toBeGreaterThan(0);
    for (const p of props) {
      expect(p).not.toMatch(/"(layout|edges|columns|lanes)"/);
      expect(p).not.toMatch(/"d":/);
    }
    const islands = await page.locator('astro-island').evaluateAll((is) => is.map((i) => i.getAttribute('client')));
    expect(new Set(islands)).toEqual(new Set(['visible']));
    await close(page);
  });
});

describe('keyboard and screen reader', () => {
  it('Tab reaches the map in at most 5 presses; the map is one tab stop; arrows follow the lines; Enter opens', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const [first] = await pathwaysOnPage(page);
    await openView(page, first!.id);
    // From the top: the skip link is the first thing Tab reaches.
    const firstTabbable = await page.evaluate(() => document.querySelector('a[href], button, input, select, summary, [tabindex="0"]')?.className);
    expect(firstTabbable).toBe('skip-link');
    await page.focus('a.skip-link');
    let presses = 1;
    await page.keyboard.press('Enter');
    let id: string | null = null;
    while (presses < 5 && !id) {
      await page.keyboard.press('Tab');
      presses++;
      id = await focusedId(page);
    }
    expect(id, `a map node after ${presses} Tabs`).not.toBeNull();
    expect(presses).toBeLessThanOrEqual(5);
    const stops = await page.locator(`#pathway-${first!.id} a.map-node[tabindex="0"]`).count();
    expect(stops, 'one tab stop in the map').toBe(1);
    await page.keyboard.press('Tab');
    expect(await focusedId(page), 'the next Tab leaves the map').toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe(id);

    // A node that leads somewhere further right, reached with the arrow keys.
    const where = page.locator(`#pathway-${first!.id} .pv-where`);
    expect(await where.getAttribute('aria-live')).toBe('polite');
    const shape = await page.evaluate((pid) => {
      const s = document.getElementById(`pathway-${pid}`)!;
      const centre: Record<string, number> = {};
      for (const a of s.querySelectorAll<SVGAElement>('a.map-node')) {
        const r = a.querySelector('rect')!;
        centre[a.dataset.id!] = Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2;
      }
      const drawn = [...s.querySelectorAll<SVGPathElement>('path.map-edge')].map((p) => ({ from: p.dataset.from!, to: p.dataset.to! }));
      // "Any one of these" junctions are looked through: each choice leads to each step.
      const junctions = new Set([...s.querySelectorAll<SVGGElement>('g.map-junction')].map((g) => g.dataset.id!));
      const edges = drawn.filter((e) => !junctions.has(e.from) && !junctions.has(e.to));
      for (const j of junctions)
        for (const a of drawn.filter((e) => e.to === j)) for (const b of drawn.filter((e) => e.from === j)) edges.push({ from: a.from, to: b.to });
      return { centre, edges };
    }, first!.id);
    const right = shape.edges.filter(
      (e) => shape.centre[e.from] !== undefined && shape.centre[e.to] !== undefined && (shape.centre[e.to] ?? 0) > (shape.centre[e.from] ?? 0),
    );
    const start = right[0]!.from;
    await page.locator(`#pathway-${first!.id} a.map-node[data-id="${start}"]`).evaluate((a) => (a as SVGAElement).focus());
    await page.keyboard.press('ArrowRight');
    const next = await focusedId(page);
    expect(next).not.toBe(start);
    expect(shape.edges.some((e) => (e.from === start && e.to === next) || (e.to === start && e.from === next))).toBe(true);
    expect(await page.locator(`#pathway-${first!.id} a.map-node[tabindex="0"]`).getAttribute('data-id'), 'the tab stop moves along').toBe(next);
    expect(await where.textContent()).toMatch(/^You are on /);

    // Enter selects (routes light up, the panel opens, the URL says so); Escape clears.
    const node = graphNodes.find((n) => n.id === next);
    const isExit = await page.locator(`#pathway-${first!.id} a.map-node[data-id="${next}"]`).evaluate((a) => a.classList.contains('map-exit'));
    if (!isExit && node) {
      await page.keyboard.press('Enter');
      const heading = page.locator('aside.map-panel h2');
      await heading.waitFor();
      expect(await heading.textContent()).toBe(node.title);
      expect(page.url()).toContain(`select=${next}`);
      expect(await page.locator(`#pathway-${first!.id} a.map-node.is-dim`).count()).toBeGreaterThan(0);
      expect(await where.textContent()).toContain(node.title);
      await page.keyboard.press('Escape');
      expect(await page.locator('aside.map-panel').count()).toBe(0);
      expect(await focusedId(page)).toBe(next);
      // Enter, Enter: to the panel; Tab to its link; Enter follows it.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`pv-${first!.id}-panel-title`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Open the page for ${node.title}`);
      await Promise.all([page.waitForURL(`**${node.href}`), page.keyboard.press('Enter')]);
      expect(await page.locator('main h1').textContent()).toBe(node.title);
    }
    await close(page);
  });

  it('"Show as list" shows the pathway as a list and says so', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const [first] = await pathwaysOnPage(page);
    await openView(page, first!.id);
    const view = page.locator(`#pathway-${first!.id}`);
    await view.getByRole('button', { name: 'Show as list' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`pv-list-${first!.id}`);
    expect(await view.locator('.pv-frame').isVisible()).toBe(false);
    expect(await view.locator('.pv-list').isVisible()).toBe(true);
    expect(await view.locator('.pv-side [role="status"]').textContent()).toContain('list');
    expect(await view.getByRole('button', { name: 'Show as list' }).getAttribute('aria-pressed')).toBe('true');
    await close(page);
  });
});

describe('zoom and pan', () => {
  it('+ zooms with one CSS transform on the wrapper; the SVG itself is not touched', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const [first] = await pathwaysOnPage(page);
    await openView(page, first!.id);
    const view = page.locator(`#pathway-${first!.id}`);
    const drawnSvg = () =>
      view
        .locator('svg.map-svg')
        .evaluate((s) => [s.getAttribute('viewBox'), s.getAttribute('width'), s.querySelector('g.map-zoom')?.getAttribute('transform') ?? null]);
    const svgBefore = await drawnSvg();
    const before = await scaleOf(page, first!.id);
    await view.locator('a.map-node[tabindex="0"]').focus();
    await page.keyboard.press('+');
    await page.waitForFunction(
      ([id, k]) => new DOMMatrixReadOnly(document.querySelector<HTMLElement>(`#pathway-${id} .pv-zoom`)!.style.transform).a > (k as number),
      [first!.id, before] as const,
    );
    expect(await drawnSvg()).toEqual(svgBefore);
    await close(page);
  });

  it('with reduced motion, Zoom in jumps straight to the new scale', async () => {
    const page = await newPage({ width: 1280, height: 900 }, { reducedMotion: 'reduce' });
    const [first] = await pathwaysOnPage(page);
    await openView(page, first!.id);
    const before = await scaleOf(page, first!.id);
    const after = await page
      .locator(`#pathway-${first!.id}`)
      .getByRole('button', { name: 'Zoom in' })
      .evaluate((b, id) => {
        (b as HTMLButtonElement).click();
        return new DOMMatrixReadOnly(document.querySelector<HTMLElement>(`#pathway-${id} .pv-zoom`)!.style.transform).a;
      }, first!.id);
    expect(after).toBeCloseTo(Math.min(2.5, before * 1.4), 3);
    await close(page);
  });

  it('a plain wheel moves the map, then scrolls the page; Ctrl and the wheel zooms', async () => {
    const page = await newPage({ width: 1280, height: 720 });
    const [first] = await pathwaysOnPage(page);
    await openView(page, first!.id);
    const frame = (await page.locator(`#pathway-${first!.id} .pv-frame`).boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + Math.min(200, frame.height / 2));
    const scrolled = await page.evaluate(() => scrollY);
    for (let i = 0; i < 40 && (await page.evaluate(() => scrollY)) <= scrolled; i++) await page.mouse.wheel(0, 400);
    expect(await page.evaluate(() => scrollY), 'the page scrolls once the map can move no further').toBeGreaterThan(scrolled);
    await page.goto('about:blank'); // the same address again would only scroll to the fragment
    await openView(page, first!.id);
    const box = (await page.locator(`#pathway-${first!.id} .pv-frame`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(200, box.height / 2));
    const before = await scaleOf(page, first!.id);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction(
      ([id, k]) => new DOMMatrixReadOnly(document.querySelector<HTMLElement>(`#pathway-${id} .pv-zoom`)!.style.transform).a > (k as number),
      [first!.id, before] as const,
    );
    await close(page);
  });
});

describe('shared and old links', () => {
  it('open with the same selection and filters', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const views = await pathwaysOnPage(page);
    const chosen = graphNodes.find(
      (n) => n.kind === 'role' && (n.sector === 'nhs' || n.sector === 'social-care') && views.some((v) => v.nodes.includes(n.id)),
    )!;
    await openView(page, chosen.family, `&select=${chosen.id}&sector=${chosen.sector}`);
    expect(await page.locator('aside.map-panel h2').textContent()).toBe(chosen.title);
    expect(await page.locator(`#pathway-${chosen.family} a.map-node[data-id="${chosen.id}"]`).isVisible()).toBe(true);
    expect(await page.locator(`#pv-${chosen.family}-sector`).inputValue()).toBe(chosen.sector);
    const params = new URL(page.url()).searchParams;
    expect([params.get('select'), params.get('sector'), params.get('pathway')]).toEqual([chosen.id, chosen.sector, chosen.family]);
    await close(page);
  });

  it('an old link (no fragment, several pathways, a zoom) opens the nearest view', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const views = await pathwaysOnPage(page);
    const [a, b] = views;
    await page.goto(`${siteUrl()}/explore/?pathway=${a!.id},${b!.id}&z=0.85,-120,0`);
    await page.waitForSelector(`#pathway-${a!.id} .pv-explorer.is-live`);
    expect(new URL(page.url()).hash).toBe(`#pathway-${a!.id}`);
    const job = b!.nodes[0]!;
    await page.goto(`${siteUrl()}/explore/?select=${job}`);
    await page.locator('aside.map-panel h2').waitFor();
    expect(new URL(page.url()).hash).toBe(`#pathway-${b!.id}`);
    expect(await page.locator('aside.map-panel h2').textContent()).toBe(graphNodes.find((n) => n.id === job)?.title);
    // Following the skip link keeps the view open.
    await page.focus('a.skip-link');
    await page.keyboard.press('Enter');
    expect(await page.locator(`#pathway-${b!.id} svg.map-svg`).isVisible()).toBe(true);
    await close(page);
  });
});

describe('with JavaScript off', () => {
  it('the overview and each pathway view work as plain HTML', async () => {
    const page = await newPage({ width: 1280, height: 900 }, { javaScriptEnabled: false });
    await page.goto(`${siteUrl()}/explore/`);
    expect(await page.locator('.ov-table').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'The whole map as a list' }).count()).toBe(1);
    await Promise.all([page.waitForURL(/#pathway-/), page.locator('.ov-pathway a').first().click()]);
    await page.waitForLoadState('load');
    const view = page.locator('section.pathway-view:target');
    const links = view.locator('svg.map-svg a.map-node');
    expect(await links.count()).toBeGreaterThan(1);
    expect(await links.first().getAttribute('href')).toMatch(/^\/(roles|qualifications|programmes|explore)\//);
    // Full size in a scrolling box: not shrunk to the column.
    const height = await view
      .locator('rect.map-node-box')
      .first()
      .evaluate((r) => r.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(44);
    expect(await view.locator('.pv-list').isVisible(), 'the list is there too').toBe(true);
    await close(page);
  });
});

describe('the small map on a role page', () => {
  it('reads at 390px: stacked in words, 44px targets, no blank box', async () => {
    const page = await newPage(screens.phone);
    await page.goto(`${siteUrl()}${pageTypes().role}`);
    const map = page.locator('.small-map');
    if ((await map.count()) === 0) return; // a role with nothing around it has no small map
    expect(await map.locator('.small-map-picture').isVisible()).toBe(false);
    expect(await map.locator('.small-map-stack').isVisible()).toBe(true);
    const links = await map
      .locator('.small-map-stack a')
      .evaluateAll((as) =>
        as.map((a) => ({ height: a.getBoundingClientRect().height, size: Number.parseFloat(getComputedStyle(a).fontSize), text: a.textContent?.trim() ?? '' })),
      );
    expect(links.length).toBeGreaterThan(0);
    expect(Math.min(...links.map((l) => l.height))).toBeGreaterThanOrEqual(44);
    expect(Math.min(...links.map((l) => l.size))).toBeGreaterThanOrEqual(14);
    expect(links.every((l) => l.text.length > 0)).toBe(true);
    await close(page);
  });

  it('on a wider screen keeps the picture at its own size, scrolling sideways', async () => {
    const page = await newPage({ width: 1024, height: 800 });
    await page.goto(`${siteUrl()}${pageTypes().role}`);
    const picture = page.locator('.small-map .map-scroll');
    if ((await picture.count()) === 0) return;
    const height = await picture
      .locator('rect.map-node-box')
      .first()
      .evaluate((r) => r.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(44);
    await close(page);
  });

  it('says "scroll sideways" only while the small map is wider than its frame', async () => {
    // Nursing degree: a small map about 1,050px wide. Cut off at 800; whole at 1920.
    for (const [width, cue] of [
      [800, true],
      [1920, false],
    ] as const) {
      const page = await newPage({ width, height: 800 });
      await page.goto(`${siteUrl()}/qualifications/nursing-degree/`);
      const frame = page.locator('.small-map .map-scroll');
      const cut = await frame.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(cut, `at ${width}px the picture is ${cue ? 'wider than' : 'within'} its frame`).toBe(cue);
      expect(await page.locator('.small-map-cue').isVisible(), `the cue at ${width}px`).toBe(cue);
      await close(page);
    }
  });
});

describe('accessibility', () => {
  it('axe finds nothing on the overview', async () => {
    const page = await newPage(screens.laptop);
    await page.goto(`${siteUrl()}/explore/`);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await close(page);
  });

  it('axe finds nothing in a pathway view with a node selected and the filters open', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const [first] = await pathwaysOnPage(page);
    await openView(page, first!.id, `&select=${first!.nodes[0]}`);
    await page.locator('aside.map-panel').waitFor();
    await page.locator(`#pathway-${first!.id} .map-filters summary`).click();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await close(page);
  });

  it('axe finds nothing in a pathway view on a phone, nor in the small map of a role page', async () => {
    const page = await newPage(screens.phone);
    const [first] = await pathwaysOnPage(page);
    await page.goto(`${siteUrl()}/explore/?pathway=${first!.id}#pathway-${first!.id}`);
    let violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.goto(`${siteUrl()}${pageTypes().role}`);
    violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await close(page);
  });
});
