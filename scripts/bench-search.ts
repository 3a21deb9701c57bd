/**
 * Search benchmark: `node_modules/.bin/node scripts/bench-search.ts`.
 * Prints query times (p50, p95) over tests/fixtures/search-queries.yaml for the real content
 * and for 10,000 synthetic entries, plus the size of the serialised payload raw and gzipped.
 * Figures only, no assertions. Content with errors is still benchmarked (a warning is printed).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { randomLcg } from 'd3-random';
import { load as loadYaml } from 'js-yaml';
import { readContentFiles } from '../src/lib/content/read.ts';
import { loadContent, today } from '../src/lib/loader/index.ts';
import { buildSearchDocuments } from '../src/lib/search/documents.ts';
import { buildSearchIndex, serialisePayload } from '../src/lib/search/build-index.ts';
import { createSearcher } from '../src/lib/search/searcher.ts';
import { NO_LEVEL, type SearchDoc, type SearchPayload } from '../src/lib/search/types.ts';

const root = resolve('.');
const loaded = loadContent(readContentFiles(root), { today: today() });
const { content } = loaded;
if (loaded.errors.length) console.warn(`warning: content has ${loaded.errors.length} error(s); benchmarking what parsed.`);
const queries = (loadYaml(readFileSync(resolve(root, 'tests/fixtures/search-queries.yaml'), 'utf8')) as { q: string }[]).map((c) => c.q);
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
  const { build } = await import('esbuild');
  const { launch } = await import('../tests/e2e/browser.ts');
  const bundle = await build({
    entryPoints: [resolve(root, 'src/lib/search/searcher.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SearchBench',
    write: false,
    minify: true,
    platform: 'browser',
  });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
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
