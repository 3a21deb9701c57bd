/**
 * Slides that fit the projector: every slide of every presentation shows whole at 1280x720
 * and 1920x1080 (nothing cut or scrolled; long slides shrink their type, never below 28px),
 * and the deck passes axe on a phone.
 */
import { describe, expect, it } from 'vitest';
import { axe, browserForFile, builtPages, describeViolations, siteUrl } from './helpers.ts';

const browser = browserForFile();
const decks = builtPages().filter((p) => /^\/present\/[^/]+\/$/.test(p) && p !== '/present/route/');

describe.each([
  [1280, 720],
  [1920, 1080],
])('at %ix%i', (width, height) => {
  it('every slide of every presentation fits without scrolling, in type of at least 28px', async () => {
    expect(decks.length).toBeGreaterThan(0);
    const page = await browser().newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const deck of decks) {
      await page.goto(siteUrl() + deck);
      await page.waitForSelector('.is-live');
      const count = await page.locator('.slide').count();
      for (let i = 0; i < count; i++) {
        const m = await page.evaluate(() => {
          const main = document.querySelector('.deck-main');
          const slide = document.querySelector('.slide:not([hidden])');
          return {
            over: main ? main.scrollHeight - main.clientHeight : 0,
            font: slide ? Number.parseFloat(getComputedStyle(slide).fontSize) : 0,
          };
        });
        if (m.over > 1) problems.push(`${deck} slide ${i + 1}: ${m.over}px cut off`);
        if (m.font < 27.5) problems.push(`${deck} slide ${i + 1}: type ${m.font}px`);
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});

it('a presentation passes axe on a phone', async () => {
  const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(siteUrl() + decks[0]);
  await page.waitForSelector('.is-live');
  const violations = await axe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await page.close();
});

it('the key-words slide shows the language chosen for key words', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await context.addInitScript(() => localStorage.setItem('kwlang', 'bn'));
  const page = await context.newPage();
  await page.goto(siteUrl() + decks[0]);
  await page.waitForSelector('.is-live');
  await page.keyboard.press('End');
  // The key-words slide comes just before the end slide.
  await page.keyboard.press('ArrowLeft');
  const bengali = page.locator('.slide:not([hidden]) .word-tr [lang="bn"]');
  expect(await bengali.count()).toBeGreaterThan(0);
  expect(await bengali.first().isVisible()).toBe(true);
  await context.close();
});
