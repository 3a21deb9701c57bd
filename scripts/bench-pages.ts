/**
 * Lighthouse's mobile performance on one page of every page type of a built site.
 *
 *   npm run build:test && npm run bench:pages -- [--dist dist] [--runs 3] [--only /search/] [--json out.json]
 *
 * Builds nothing: serves `dist/` as a host would (brotli, a year's caching for /_astro/:
 * tests/e2e/serve.ts `hostLike`), takes the first page of each address shape
 * (tests/e2e/pages.ts `onePerPageType`; not /404, which a host sends with status 404), and
 * runs Lighthouse (scripts/lib/lighthouse.ts) `--runs` times on each. Prints, per page, the
 * median and lowest score, the median run's LCP, TBT and CLS, and the bytes on the wire of
 * its JavaScript and HTML; pages whose median is under 95 are marked, with the audits that
 * cost them points. Benchmarks are scripts, not tests: figures only. Takes about 20 seconds a
 * run on 2 cores (28 pages, 3 runs: about half an hour); `--only` for a few pages. Lighthouse's
 * simulated throttling scales the CPU work it sees, so a busy machine lowers TBT-bound scores.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { onePerPageType, builtPagesIn } from '../tests/e2e/pages.ts';
import { serveDist } from '../tests/e2e/serve.ts';
import { lighthouse, type LighthouseSummary } from './lib/lighthouse.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i > -1 ? (args[i + 1] ?? fallback) : fallback;
};
const dist = resolve(option('dist', 'dist'));
const runs = Math.max(1, Number(option('runs', '3')));
const only = args.includes('--only') ? new RegExp(option('only', '')) : undefined;
const json = args.includes('--json') ? option('json', '') : undefined;
/** A page under this score is marked. */
const target = 95;

const pages = onePerPageType(builtPagesIn(dist)).filter((p) => p !== '/404' && (!only || only.test(p)));
if (!pages.length) throw new Error(`No pages in ${dist}${only ? ` matching ${only}` : ''}: build first (npm run build:test).`);

console.log(`${pages.length} pages, ${runs} Lighthouse run(s) each | node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
const { server, url } = await serveDist(dist, 0, { hostLike: true });
const results: { page: string; lh: LighthouseSummary | undefined }[] = [];
try {
  for (const page of pages) {
    const lh = await lighthouse(`${url}${page}`, runs);
    results.push({ page, lh });
    process.stderr.write(`${page}: ${lh ? lh.runs.map((r) => r.score).join(', ') : 'failed'}\n`);
  }
} finally {
  server.close();
}

const kb = (bytes: number | undefined) => (bytes === undefined ? '-' : (bytes / 1024).toFixed(1));
const width = Math.max(...pages.map((p) => p.length)) + 2;
console.log(`\nLighthouse 12.2.3, mobile, performance; ${runs} run(s) per page; LCP, TBT, CLS and sizes from the median run; KB transferred (compressed)`);
console.log(
  `${'page'.padEnd(width)}${'median'.padStart(7)}${'min'.padStart(5)}${'LCP ms'.padStart(8)}${'TBT ms'.padStart(8)}${'CLS'.padStart(7)}${'JS KB'.padStart(8)}${'HTML KB'.padStart(9)}`,
);
for (const { page, lh } of results) {
  if (!lh) {
    console.log(`${page.padEnd(width)}  Lighthouse failed`);
    continue;
  }
  const m = lh.median.metrics;
  const flag = lh.median.score < target ? `  < ${target}` : '';
  console.log(
    `${page.padEnd(width)}${String(lh.median.score).padStart(7)}${String(lh.min.score).padStart(5)}` +
      `${Math.round(m['largest-contentful-paint']).toString().padStart(8)}${Math.round(m['total-blocking-time']).toString().padStart(8)}` +
      `${m['cumulative-layout-shift'].toFixed(3).padStart(7)}${kb(lh.median.transfer.Script ?? 0).padStart(8)}${kb(lh.median.transfer.Document).padStart(9)}${flag}`,
  );
}
const under = results.filter((r) => !r.lh || r.lh.median.score < target);
console.log(under.length ? `\n${under.length} page(s) under ${target}:` : `\nEvery page scores ${target} or more.`);
for (const { page, lh } of under) console.log(`  ${page}: ${lh ? lh.median.weak.join('; ') : 'no score'}`);
if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
