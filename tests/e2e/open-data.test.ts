/**
 * Open data in the built site: role, qualification and programme pages each carry one
 * schema.org JSON-LD block of the right type, in the body; /data/ lists every download (and
 * nothing else under /data/), each download is there and parses, and /graph.json still works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/open-data/csv.ts';
import { dataFiles } from '../../src/lib/open-data/downloads.ts';
import { axe, browserForFile, describeViolations, distDir, siteUrl } from './helpers.ts';

const browser = browserForFile();
const graph = JSON.parse(readFileSync(join(distDir, 'graph.json'), 'utf8')) as {
  nodes: { id: string; kind: string; title: string; href: string; programme?: { status: string } }[];
};
const first = (kind: string) => graph.nodes.find((n) => n.kind === kind)!;

describe('schema.org JSON-LD on entry pages', () => {
  it.each([
    ['role', 'Occupation'],
    ['qualification', 'EducationalOccupationalProgram'],
    ['programme', 'Service'],
  ])('a %s page carries one parseable %s block in its body', async (kind, type) => {
    const node = first(kind);
    const page = await browser().newPage();
    await page.goto(siteUrl() + node.href);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(await page.locator('head script[type="application/ld+json"]').count()).toBe(0);
    const text = await page.locator('body script[type="application/ld+json"]').textContent();
    const data = JSON.parse(text ?? '') as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe(type);
    expect(data.name).toBe(node.title);
    expect(String(data.url)).toMatch(new RegExp(`^(https://[^/]+)?${node.href}$`));
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
    // A data block: the browser shows nothing of it.
    expect(await page.locator('body script[type="application/ld+json"]').isVisible()).toBe(false);
    await page.close();
  });
});

describe('/data/', () => {
  it('lists every download, with its licence, and passes axe', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/data/`);
    expect(await page.locator('main h1').textContent()).toBe('Open data');
    const hrefs = await page.locator('main a[href^="/data/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...new Set(hrefs)].sort()).toEqual(dataFiles.map((f) => `/data/${f.file}`).sort());
    expect(await page.locator('main').textContent()).toMatch(/Licence: to be confirmed by the publisher/i);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Reflow (WCAG 1.4.10): nothing wider than 320 CSS px.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it.each(dataFiles.map((f) => [f.file, f.format]))('%s is there and parses as %s', async (file, format) => {
    const res = await fetch(`${siteUrl()}/data/${file}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    if (format === 'CSV') {
      const rows = parseCsv(body);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) expect(row.length).toBe(rows[0]!.length);
      expect(rows[0]!.every((name) => /^[a-z][\w.]*$/i.test(name))).toBe(true);
    } else {
      expect(() => JSON.parse(body)).not.toThrow();
    }
  });

  it('the tables count what the graph holds, and Open Referral has every programme', async () => {
    const get = async (file: string) => (await fetch(`${siteUrl()}/data/${file}`)).text();
    const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
    expect(parseCsv(await get('roles.csv')).length - 1).toBe(count('role'));
    expect(parseCsv(await get('qualifications.csv')).length - 1).toBe(count('qualification'));
    expect(parseCsv(await get('programmes.csv')).length - 1).toBe(count('programme'));
    expect(parseCsv(await get('graph-nodes.csv')).length - 1).toBe(graph.nodes.length);
    const oruk = JSON.parse(await get('open-referral.json')) as { total_items: number; contents: { status: string }[] };
    expect(oruk.contents.length).toBe(count('programme'));
    expect(oruk.total_items).toBe(count('programme'));
    const ended = graph.nodes.filter((n) => n.programme?.status === 'ended').length;
    expect(oruk.contents.filter((s) => s.status === 'inactive').length).toBe(ended);
  });

  it('/graph.json still works and is the same graph as /data/graph.json', async () => {
    const a = (await (await fetch(`${siteUrl()}/graph.json`)).json()) as { nodes: unknown[]; edges: unknown[] };
    const b = (await (await fetch(`${siteUrl()}/data/graph.json`)).json()) as { nodes: unknown[]; edges: unknown[] };
    expect(b.nodes).toEqual(a.nodes);
    expect(b.edges).toEqual(a.edges);
  });
});
