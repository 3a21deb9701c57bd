/** Content pages must stay light: under 20 KB of gzipped JavaScript before any interaction. */
import { describe, it, expect } from 'vitest';
import { pageWeight } from '../../scripts/js-weight.ts';
import { pageTypes, distDir } from './helpers.ts';

const BUDGET = 20 * 1024;
const contentTypes = ['role', 'qualification', 'programme', 'borough', 'glossary'] as const;

describe('JavaScript budget', () => {
  it.each(contentTypes)('a %s page ships under 20 KB of gzipped JavaScript', (type) => {
    const path = pageTypes()[type]!;
    const weight = pageWeight(distDir, path);
    expect(weight.gzip, `${path}: ${weight.files.join(', ')}`).toBeLessThan(BUDGET);
  });

  it('counts island code that a page hydrates (the measure is not blind)', () => {
    // Any page with an astro-island must weigh more than its inline scripts alone.
    const all = Object.values(pageTypes()).map((p) => pageWeight(distDir, p));
    const withIslands = all.filter((w) => w.files.length > 0);
    for (const w of withIslands) expect(w.gzip).toBeGreaterThan(500);
  });
});
