/** /search/ does not move when its results arrive: room is kept for them from the first paint. */
import { describe, it, expect } from 'vitest';
import { browserForFile, siteUrl } from './helpers.ts';
import { searchByTyping, searchFromAddress, type SearchTiming } from './search-timing.ts';

const browser = browserForFile();
/** Lighthouse calls under 0.1 good; results arriving should move nothing at all. */
const LIMIT = 0.02;

const moved = (t: SearchTiming) =>
  t.shifts
    .filter((s) => !s.afterInput)
    .map((s) => `${s.value.toFixed(3)} at ${Math.round(s.at)} ms: ${s.nodes.join(', ')}`)
    .join('\n');

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1366, height: 768 }],
])('/search/ on %s', (_name, viewport) => {
  it('shows the results for ?q=nurse without shifting the page', async () => {
    // No service worker: it would answer from its cache, and the first visit is the one that counts.
    const context = await browser().newContext({ viewport, serviceWorkers: 'block' });
    const timing = await searchFromAddress(context, siteUrl(), 'nurse');
    await context.close();
    expect(timing.firstResult).toBeGreaterThan(0);
    expect(timing.cls, moved(timing)).toBeLessThanOrEqual(LIMIT);
  });

  it('shows results as "nurse" is typed without shifts the typing did not cause', async () => {
    const context = await browser().newContext({ viewport, serviceWorkers: 'block' });
    const timing = await searchByTyping(context, siteUrl(), 'nurse');
    await context.close();
    expect(timing.keyToFirstResult).toBeGreaterThan(0);
    expect(timing.cls, moved(timing)).toBeLessThanOrEqual(LIMIT);
  });
});
