/**
 * `node scripts/report-explore-js.ts`: the gzipped JavaScript /explore/ ships before any
 * interaction (the map island, React, d3-zoom), file by file, against its 120 KB budget.
 * Build first (`npx astro build`). Figures only; exits 1 when over budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './js-weight.ts';

const BUDGET = 120 * 1024;
const page = process.argv[2] ?? '/explore/';
const weight = pageWeight('dist', page);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
for (const file of weight.files) console.log(`${kb(gzipSync(readFileSync(join('dist', file))).length)}  ${file}`);
const html = readFileSync(join('dist', page.endsWith('/') ? `${page}index.html` : `${page}.html`));
console.log(`${kb(weight.gzip)}  total gzipped JavaScript for ${page} (budget ${kb(BUDGET).trim()})`);
console.log(`${kb(gzipSync(html).length)}  the HTML itself, gzipped (${(html.length / 1024).toFixed(0)} KB raw: map SVG and island props)`);
if (weight.gzip > BUDGET) {
  console.error(`${page} ships ${kb(weight.gzip).trim()} of gzipped JavaScript, over the ${kb(BUDGET).trim()} budget.`);
  process.exit(1);
}
