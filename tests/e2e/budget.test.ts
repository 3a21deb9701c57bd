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
    // /explore/ hydrates the MapExplorer island (React and d3-zoom): counted, it is well over
    // the content pages' budget. A measure that missed island code would pass the test above
    // whatever the pages shipped.
    const explore = pageWeight(distDir, '/explore/');
    expect(explore.files.length, 'the map page loads its island').toBeGreaterThan(0);
    expect(explore.gzip, explore.files.join(', ')).toBeGreaterThan(BUDGET);
  });
});
