/**
 * `npm run report:js`: prints the gzipped JavaScript each page type ships before any
 * interaction (see js-weight.ts). Figures only; the budget is enforced by tests/e2e/budget.test.ts.
 */
import { pageWeight } from './js-weight.ts';
import { pageTypes } from '../tests/e2e/helpers.ts';

const rows = Object.entries(pageTypes()).map(([type, path]) => ({ type, ...pageWeight(process.env.DIST_DIR ?? 'dist', path) }));
const width = Math.max(...rows.map((r) => r.type.length));
console.log(`${'page type'.padEnd(width)}  gzipped JS  files  example`);
for (const r of rows) console.log(`${r.type.padEnd(width)}  ${(r.gzip / 1024).toFixed(1).padStart(7)} KB  ${String(r.files.length).padStart(5)}  ${r.path}`);
