/**
 * Search benchmark: `npm run bench:search -- [--dist dist] [--runs 5] [--no-page] [--no-pagefind]`.
 * Prints query times (p50, p95) over tests/fixtures/search-queries.yaml for the real content
 * and for 10,000 synthetic entries, plus the size of the serialised payload raw and gzipped.
 * With a built site in `--dist` (npm run build:test): the /search/ page itself, served as a
 * host would, in Chromium (the time from navigation to the first result, and the layout shift;
 * tests/e2e/search-timing.ts), and our search beside Pagefind on the same content and queries
 * (quality and latency, with the ratios; scripts/lib/pagefind.ts).
 * Figures only, no assertions. Content with errors is still benchmarked (a warning is printed).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { randomLcg } from 'd3-random';
import { readContentFiles } from '../src/lib/content/read.ts';
import { loadContent, today } from '../src/lib/loader/index.ts';
import { buildSearchDocuments } from '../src/lib/search/documents.ts';
import { buildSearchIndex, serialisePayload } from '../src/lib/search/build-index.ts';
import { createSearcher } from '../src/lib/search/searcher.ts';
import { NO_LEVEL, type SearchDoc, type SearchPayload } from '../src/lib/search/types.ts';
import { queryCases } from '../tests/fixtures/search-cases.ts';
import { searchByTyping, searchFromAddress, type SearchTiming } from '../tests/e2e/search-timing.ts';
import { serveDist } from '../tests/e2e/serve.ts';
import { compareWithPagefind, type EngineFigures, searcherBundle } from './lib/pagefind.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i > -1 ? (args[i + 1] ?? fallback) : fallback;
};
const dist = resolve(option('dist', 'dist'));
const runs = Math.max(1, Number(option('runs', '5')));

const root = resolve('.');
const loaded = loadContent(readContentFiles(root), { today: today() });
const { content } = loaded;
if (loaded.errors.length) console.warn(`warning: content has ${loaded.errors.length} error(s); benchmarking what parsed.`);
const queries = queryCases('search-queries.yaml', root).map((c) => c.q);
const realDocs = buildSearchDocuments(content, loaded.graph);

/** 10,000 entries: the real ones plus variants mixing real words with made-up ones. */
function syntheticDocs(base: SearchDoc[], total: number): SearchDoc[] {
  const rnd = randomLcg(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const syllables = ['ka', 'lo', 'mi', 'ter', 'van', 'sol', 'pre', 'dun', 'ric', 'bel', 'tho', 'gra', 'nes', 'pul', 'ix'];
  const madeUp = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(syllables)).join(''));
  const realWords = [...new Set(base.flatMap((d) => `${d.title} ${d.summary}`.toLowerCase().split(/\W+/)).values())].filter((w) => w.length > 2);
  const sentence = (n: number) => Array.from({ length: n }, () => (rnd() < 0.5 ? pick(realWords) : pick(madeUp))).join(' ');
  const out = [...base];
  for (let i = out.length; i < total; i++) {
    const b = pick(base);
    const level = Math.floor(rnd() * 8);
    out.push({
      ...b,
      id: `${b.id}-${i}`,
      title: `${b.title} ${pick(madeUp)}`,
      also: b.also.slice(0, 1),
      summary: `${sentence(8)} ${b.summary.slice(0, 80)}`,
      simple: sentence(10),
      level: b.level === NO_LEVEL ? NO_LEVEL : level,
      levelLabel: b.level === NO_LEVEL ? '' : level === 0 ? 'Entry' : `Level ${level}`,
    });
  }
  return out;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** The same searcher, bundled by esbuild, timed inside Debian's Chromium (the browser people use). */
async function benchChromium(label: string, payload: SearchPayload): Promise<void> {
  const { launch } = await import('../tests/e2e/browser.ts');
  const bundle = await searcherBundle(root);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle });
    const r = await page.evaluate(
      ({ text, queries }) => {
        const w = window as unknown as { SearchBench: { createSearcher: (p: unknown) => { search: (q: string) => unknown[] } } };
        const t0 = performance.now();
        const searcher = w.SearchBench.createSearcher(JSON.parse(text));
        const setup = performance.now() - t0;
        for (const q of queries) searcher.search(q);
        const times: number[] = [];
        for (let round = 0; round < 5; round++)
          for (const q of queries) {
            const t = performance.now();
            searcher.search(q);
            times.push(performance.now() - t);
          }
        times.sort((a, b) => a - b);
        const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
        return { setup, p50: at(0.5), p95: at(0.95), max: times.at(-1) ?? 0, runs: times.length };
      },
      { text: serialisePayload(payload), queries },
    );
    console.log(
      `${label} (Chromium): query p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms (${r.runs} runs) | searcher setup ${r.setup.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
  }
}

function bench(label: string, payload: SearchPayload): void {
  const text = serialisePayload(payload);
  const startedAt = performance.now();
  const searcher = createSearcher(JSON.parse(text) as SearchPayload);
  const setup = performance.now() - startedAt;
  const coldStart = performance.now();
  searcher.search(queries[0] ?? 'care');
  const cold = performance.now() - coldStart;
  for (const q of queries) searcher.search(q); // warm up the JIT
  const times: number[] = [];
  const cpu: number[] = []; // CPU time (process-wide, microsecond clock): steadier on a busy machine
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const c = process.cpuUsage();
      const t = performance.now();
      searcher.search(q);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `${label}: ${payload.docs.length} docs | query p50 ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, ` +
      `max ${(times.at(-1) ?? 0).toFixed(2)} ms (${times.length} runs; CPU time p50 ${quantile(cpu, 0.5).toFixed(2)}, p95 ${quantile(cpu, 0.95).toFixed(2)} ms) | first query ${cold.toFixed(1)} ms | ` +
      `searcher setup ${setup.toFixed(0)} ms | payload ${kb(Buffer.byteLength(text))}, gzipped ${kb(gzipSync(text).length)}`,
  );
}

// Wall-clock figures: on a busy machine they rise with the load shown here.
console.log(`node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
const realPayload = buildSearchIndex(realDocs, content.synonyms);
const synthetic = buildSearchIndex(syntheticDocs(realDocs, 10_000), content.synonyms);
bench('real content (Node)', realPayload);
bench('synthetic (Node)', synthetic);
await benchChromium('real content', realPayload);
await benchChromium('synthetic', synthetic);

/** The /search/ page in Chromium: first result and layout shift, on a phone-sized screen, nothing cached. */
async function benchPage(): Promise<void> {
  const { launch } = await import('../tests/e2e/browser.ts');
  const { server, url } = await serveDist(dist, 0, { hostLike: true });
  const browser = await launch();
  const rows: [string, SearchTiming[]][] = [
    ['/search/?q=nurse', []],
    ["typing 'nurse' on /search/", []],
  ];
  try {
    for (let i = 0; i < runs; i++) {
      for (const [label, out] of rows) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
        out.push(await (label.startsWith('/') ? searchFromAddress(context, url, 'nurse') : searchByTyping(context, url, 'nurse')));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\n/search/ in Chromium (390x844, served with brotli, nothing cached), ${runs} runs: min / median`);
  const mm = (xs: number[], digits = 0) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `${(sorted[0] ?? Number.NaN).toFixed(digits)} / ${quantile(sorted, 0.5).toFixed(digits)}`;
  };
  for (const [label, out] of rows) {
    const first = out.map((t) => t.firstResult);
    const key = out.flatMap((t) => (t.keyToFirstResult === undefined ? [] : [t.keyToFirstResult]));
    const timing = key.length
      ? `first key press to first result ${mm(key)} ms (navigation to it ${mm(first)} ms)`
      : `navigation start to first result ${mm(first)} ms`;
    console.log(
      `${label}: ${timing} | CLS ${mm(
        out.map((t) => t.cls),
        3,
      )}`,
    );
  }
}

/** Our search and Pagefind, same content, same queries. */
async function benchPagefind(): Promise<void> {
  const sets = { everyday: queryCases('search-queries.yaml', root), languages: queryCases('search-queries-languages.yaml', root) };
  let c: Awaited<ReturnType<typeof compareWithPagefind>>;
  try {
    c = await compareWithPagefind(root, dist, realDocs, sets, runs);
  } catch (error) {
    console.log(`\nPagefind comparison not run: ${(error as Error).message.split('\n')[0]}`);
    return;
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const med = (xs: number[]) => quantile(sorted(xs), 0.5);
  const row = (name: string, f: EngineFigures) =>
    `${name.padEnd(10)}${`${Math.round(sorted(f.cold)[0] ?? 0)} / ${Math.round(med(f.cold))}`.padStart(14)}${med(f.query).toFixed(2).padStart(9)}${quantile(sorted(f.query), 0.95).toFixed(2).padStart(9)}${`${(f.bytes / 1024).toFixed(0)} KB`.padStart(9)}` +
    Object.entries(f.hits)
      .map(([set, n]) => `${`${n}/${c.cases[set]}`.padStart(16)}`)
      .join('');
  console.log(
    `\nOur search and Pagefind 1.5.2 on the same ${realDocs.length} entries and ${Object.values(c.cases).reduce((a, b) => a + b, 0)} queries, in Chromium, ${runs} runs`,
  );
  console.log(
    `${'engine'.padEnd(10)}${'cold min/med'.padStart(14)}${'q p50'.padStart(9)}${'q p95'.padStart(9)}${'bytes'.padStart(9)}${Object.keys(c.cases)
      .map((s) => ` ${s} top3`.padStart(16))
      .join('')}`,
  );
  console.log(row('ours', c.ours));
  console.log(row('pagefind', c.pagefind));
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
  const hitsOf = (f: EngineFigures) => Object.values(f.hits).reduce((a, b) => a + b, 0);
  console.log(
    `Pagefind / ours: cold first result ${ratio(med(c.pagefind.cold), med(c.ours.cold))}, query p50 ${ratio(med(c.pagefind.query), med(c.ours.query))}, ` +
      `bytes ${ratio(c.pagefind.bytes, c.ours.bytes)}, top-3 hits ${ratio(hitsOf(c.pagefind), hitsOf(c.ours))} (${hitsOf(c.pagefind)} vs ${hitsOf(c.ours)})`,
  );
}

if (!existsSync(join(dist, 'search', 'index.html')))
  console.log(`\nNo built site in ${dist}: the /search/ page and Pagefind figures need one (npm run build:test).`);
else {
  if (!args.includes('--no-page')) await benchPage();
  if (!args.includes('--no-pagefind')) await benchPagefind();
}
