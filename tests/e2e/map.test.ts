/**
 * The pathway map on /explore/ in real Chromium against the built site: keyboard only from
 * Tab to a node's page, a shared URL opening the same view, 44px boxes on a phone, the SVG
 * with JavaScript off, and axe with a node selected. Node ids come from the built site
 * (the map's own edges and /graph.json), so this runs on the fixture and the real content.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { axe, describeViolations, siteUrl } from './helpers.ts';

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

/** Opens /explore/ and waits until the island has hydrated and measured the map. */
async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`${siteUrl()}/explore/${query}`);
  await page.waitForSelector('.map-explorer.is-live .map-frame .map-zoom[transform]');
}

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.id ?? null);

/** The map's edges as drawn, and each node's centre, read from the page. */
function mapShape(page: Page) {
  return page.evaluate(() => {
    const edges = [...document.querySelectorAll<SVGPathElement>('.map-frame path.map-edge')].map((p) => ({ from: p.dataset.from!, to: p.dataset.to! }));
    const centres: Record<string, number> = {};
    for (const a of document.querySelectorAll<SVGAElement>('.map-frame a.map-node')) {
      const box = a.querySelector('rect')!;
      centres[a.dataset.id!] = Number(box.getAttribute('x')) + Number(box.getAttribute('width')) / 2;
    }
    return { edges, centres };
  });
}

describe('the pathway map, keyboard only', () => {
  it('Tab to a node, Enter selects it, ArrowRight follows a line, the panel link opens its page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMap(page);
    const { edges, centres } = await mapShape(page);
    // A node that leads to something further right, so ArrowRight has somewhere to go.
    const leadsRight = new Set(edges.filter((e) => (centres[e.to] ?? 0) > (centres[e.from] ?? 0)).map((e) => e.from));
    expect(leadsRight.size, 'the map has at least one line going right').toBeGreaterThan(0);

    let id: string | null = null;
    for (let i = 0; i < 400 && !(id && leadsRight.has(id)); i++) {
      await page.keyboard.press('Tab');
      id = await focusedId(page);
    }
    expect(id && leadsRight.has(id), 'Tab reaches a node that leads somewhere').toBe(true);
    const title = graphNodes.find((n) => n.id === id)!.title;

    await page.keyboard.press('Enter');
    const heading = page.locator('aside.map-panel h2');
    await heading.waitFor();
    expect(await heading.textContent()).toBe(title);
    expect(page.url()).toContain(`select=${id}`);
    expect(await page.locator(`.map-frame a.map-node[data-id="${id}"]`).getAttribute('class')).toContain('is-selected');
    expect(await page.locator('.map-frame a.map-node.is-dim').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-explorer [role="status"]').textContent()).toMatch(
      new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} selected: \\d+ routes? in, \\d+ out`),
    );
    // Enter on a node selects rather than follows the link.
    expect(new URL(page.url()).pathname).toBe('/explore/');

    await page.keyboard.press('ArrowRight');
    const next = await focusedId(page);
    expect(next).not.toBe(id);
    expect(
      edges.some((e) => (e.from === id && e.to === next) || (e.to === id && e.from === next)),
      `${id} and ${next} are joined`,
    ).toBe(true);
    expect(centres[next!]).toBeGreaterThan(centres[id!]!);

    // Escape clears the selection and leaves focus where it was.
    await page.keyboard.press('Escape');
    expect(await page.locator('aside.map-panel').count()).toBe(0);
    expect(await focusedId(page)).toBe(next);

    // Select the next node, Enter again goes to its panel, Tab to the link, Enter follows it.
    const nextNode = graphNodes.find((n) => n.id === next)!;
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-panel-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Open the page for ${nextNode.title}`);
    await Promise.all([page.waitForURL(`**${nextNode.href}`), page.keyboard.press('Enter')]);
    expect(await page.locator('main h1').textContent()).toBe(nextNode.title);
    await page.close();
  });

  it('Escape in the panel closes it and returns focus to the node; + zooms in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMap(page);
    const id = await page.locator('.map-frame a.map-node').first().getAttribute('data-id');
    await page.locator(`.map-frame a.map-node[data-id="${id}"]`).focus();
    await page.keyboard.press(' ');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-panel-title');
    await page.keyboard.press('Escape');
    expect(await page.locator('aside.map-panel').count()).toBe(0);
    expect(await focusedId(page)).toBe(id);
    const scale = () => page.locator('.map-frame .map-zoom').evaluate((g) => Number(/scale\(([\d.e-]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]));
    const before = await scale();
    await page.keyboard.press('+');
    await page.waitForFunction(
      (k) => Number(/scale\(([\d.e-]+)\)/.exec(document.querySelector('.map-frame .map-zoom')?.getAttribute('transform') ?? '')?.[1]) > k,
      before,
    );
    await page.waitForURL(/z=/);
    await page.close();
  });

  it('a plain mouse wheel scrolls the page; Ctrl and the wheel zooms the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMap(page);
    const scale = () => page.locator('.map-frame .map-zoom').evaluate((g) => Number(/scale\(([\d.e-]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]));
    const box = (await page.locator('.map-frame').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(200, box.height / 2));
    const before = await scale();
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((y) => window.scrollY > y, scrolled);
    expect(await scale()).toBe(before);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction(
      (k) => Number(/scale\(([\d.e-]+)\)/.exec(document.querySelector('.map-frame .map-zoom')?.getAttribute('transform') ?? '')?.[1]) > k,
      before,
    );
    await page.close();
  });

  it('with reduced motion, Zoom in jumps straight to the new scale (no animation)', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openMap(page);
    const scale = () => page.locator('.map-frame .map-zoom').evaluate((g) => Number(/scale\(([\d.e-]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]));
    const before = await scale();
    // Read in the same task as the click: an animated zoom would not have moved yet.
    const after = await page.getByRole('button', { name: 'Zoom in' }).evaluate((b) => {
      (b as HTMLButtonElement).click();
      return Number(/scale\(([\d.e-]+)\)/.exec(document.querySelector('.map-frame .map-zoom')?.getAttribute('transform') ?? '')?.[1]);
    });
    expect(after).toBeCloseTo(Math.min(3, before * 1.5), 3);
    await context.close();
  });

  it('"Show as list" moves to the list and says so', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMap(page);
    await page.getByRole('button', { name: 'Show as list' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-list');
    expect(await page.locator('#map-stage').isVisible()).toBe(false);
    expect(await page.locator('.map-explorer [role="status"]').textContent()).toContain('list');
    expect(await page.getByRole('button', { name: 'Show as list' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });
});

describe('a shared URL', () => {
  it('opens with the same selection and filters', async () => {
    // A job in one sector and pathway, and a job the pathway filter hides.
    const onMap = await (async () => {
      const page = await browser.newPage();
      await page.goto(`${siteUrl()}/explore/`);
      const ids = await page.locator('.map-svg a.map-node').evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset.id!));
      await page.close();
      return new Set(ids);
    })();
    const roles = graphNodes.filter((n) => n.kind === 'role' && onMap.has(n.id));
    const chosen = roles.find((n) => n.sector === 'nhs' || n.sector === 'social-care')!;
    const other = roles.find((n) => n.family !== chosen.family)!;
    expect(chosen && other, 'the content has jobs in two pathways').toBeTruthy();

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMap(page, `?select=${chosen.id}&sector=${chosen.sector}&pathway=${chosen.family}`);
    expect(await page.locator('aside.map-panel h2').textContent()).toBe(chosen.title);
    expect(await page.locator(`.map-frame a.map-node[data-id="${chosen.id}"]`).isVisible()).toBe(true);
    expect(await page.locator(`.map-frame a.map-node[data-id="${other.id}"]`).isVisible()).toBe(false);
    expect(await page.locator('#map-sector').inputValue()).toBe(chosen.sector);
    expect(await page.locator(`#map-pathway-${chosen.family}`).isChecked()).toBe(true);
    // The address still says the same, so it can be shared again.
    const params = new URL(page.url()).searchParams;
    expect([params.get('select'), params.get('sector'), params.get('pathway')]).toEqual([chosen.id, chosen.sector, chosen.family]);
    await page.close();
  });
});

describe('on a phone (390 x 844)', () => {
  it('opens readable: node boxes at least 44px tall, the Entry column in view', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await openMap(page);
    const { heights, entryShown } = await page.evaluate(() => {
      const frame = document.querySelector('.map-frame')!.getBoundingClientRect();
      const inFrame = (r: DOMRect) => r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
      const boxes = [...document.querySelectorAll('.map-frame a.map-node rect.map-node-box')].map((r) => r.getBoundingClientRect()).filter(inFrame);
      const entry = [...document.querySelectorAll('.map-frame .map-column-label')].find((t) => t.textContent === 'Entry');
      return { heights: boxes.map((b) => b.height), entryShown: !!entry && inFrame(entry.getBoundingClientRect()) };
    });
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expect(entryShown).toBe(true);
    await page.close();
  });
});

describe('with JavaScript off', () => {
  it('the map SVG and its node links are in the HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl()}/explore/`);
    expect(await page.locator('svg.map-svg').count()).toBe(1);
    const links = page.locator('svg.map-svg a.map-node');
    expect(await links.count()).toBeGreaterThan(3);
    expect(await links.first().getAttribute('href')).toMatch(/^\/(roles|qualifications|programmes)\//);
    // Full size, scrolling sideways: not shrunk to the phone's width.
    const height = await page
      .locator('svg.map-svg rect.map-node-box')
      .first()
      .evaluate((r) => r.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(44);
    expect(await page.getByRole('link', { name: 'Skip the map and read it as a list' }).count()).toBe(1);
    await context.close();
  });
});

describe('accessibility', () => {
  it('axe finds no WCAG 2.2 A/AA violations with a node selected and the filters open', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openMap(page);
    await page.locator('.map-filters summary').click();
    const { edges } = await mapShape(page);
    const id = edges[0]?.from ?? (await page.locator('.map-frame a.map-node').first().getAttribute('data-id'));
    await page.locator(`.map-frame a.map-node[data-id="${id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator('aside.map-panel').waitFor();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
