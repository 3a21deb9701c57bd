/**
 * WCAG 1.4.10 reflow and 1.4.4 resize: at 320 CSS px wide (a 1280 px screen at 400% zoom)
 * and at 640 px (200% zoom) no page scrolls sideways. The map scrolls inside its own frame.
 */
import { describe, it, expect } from 'vitest';
import { pageTypes, siteUrl, browserForFile } from './helpers.ts';

const browser = browserForFile();

describe.each([320, 640])('at %i CSS px wide', (width) => {
  it.each(Object.entries(pageTypes()))('%s (%s) does not scroll sideways', async (_name, path) => {
    const page = await browser().newPage({ viewport: { width, height: 800 } });
    await page.goto(siteUrl() + path);
    await page.waitForLoadState('networkidle');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    await page.close();
  });
});
