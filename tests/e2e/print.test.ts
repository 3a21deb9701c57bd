/**
 * Handouts: a pathway, a role and a route each print to one A4 page with the full words,
 * the review date, and a QR code that opens the same page online.
 */
import { describe, it, expect } from 'vitest';
import { decodeQr, pdfText } from './print-helpers.ts';
import { builtPages, siteUrl, browserForFile, shownText } from './helpers.ts';

const browser = browserForFile();

const pages = builtPages();
const roleHandout = pages.find((p) => /^\/roles\/[^/]+\/handout\/$/.test(p))!;
const pathwayHandout = pages.find((p) => /^\/pathways\/[^/]+\/handout\/$/.test(p))!;
const routePage = pages.find((p) => /^\/route\/[^/]+\/[^/]+\/$/.test(p))!;

describe.each([
  ['role', roleHandout, roleHandout?.replace(/handout\/$/, ''), '.sheet-qr'],
  ['pathway', pathwayHandout, pathwayHandout?.replace(/handout\/$/, ''), '.sheet-qr'],
  ['route', routePage, routePage, '.route-print-foot .sheet-qr'],
])('a %s prints to one A4 page', (_kind, path, canonical, qrSelector) => {
  it('has one page with the title, the review date and the full words', async () => {
    expect(path, 'a built page of this kind').toBeTruthy();
    const page = await browser().newPage();
    await page.goto(siteUrl() + path);
    const title = (await shownText(page.locator('h1'))).trim();
    await page.emulateMedia({ media: 'print' });
    const { pages: count, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(count).toBe(1);
    expect(text).toContain(title.replace(/\s+/g, ' ').slice(0, 30));
    expect(text).toMatch(/Content last checked:? \d{1,2} \w+ \d{4}/);
    // The words, not only a picture: a step or fact paragraph is in the PDF's text.
    const words = (await shownText(page.locator('main li:visible, main p:visible').nth(1))).replace(/\s+/g, '').slice(0, 25);
    expect(words.length).toBeGreaterThan(10);
    expect(text.replace(/\s+/g, '')).toContain(words);
    await page.close();
  });

  it('carries a QR code that opens the same page', async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl() + path);
    const decoded = await decodeQr(page, qrSelector);
    expect(decoded).not.toBeNull();
    expect(new URL(decoded!).pathname).toBe(canonical);
    await page.close();
  });
});

describe('every handout and every static route', () => {
  it('prints to a single A4 page', async () => {
    const page = await browser().newPage();
    const targets = pages.filter((p) => /handout\/$|^\/route\/[^/]+\/[^/]+\/$/.test(p));
    expect(targets.length).toBeGreaterThan(10);
    const over: string[] = [];
    for (const path of targets) {
      await page.goto(siteUrl() + path);
      await page.emulateMedia({ media: 'print' });
      const { pages: count } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
      if (count !== 1) over.push(`${path}: ${count} pages`);
    }
    expect(over).toEqual([]);
    await page.close();
  }, 240_000);
});
