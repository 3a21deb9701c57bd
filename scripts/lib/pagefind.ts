/**
 * Our search beside Pagefind (https://pagefind.app), on the same content and the same queries:
 * for scripts/bench-search.ts. Figures only.
 *
 * Same content: Pagefind indexes the built pages of exactly the entries our index holds (each
 * search document's page, its `<main>` marked `data-pagefind-body`, as a site using Pagefind
 * would), with `npx --yes pagefind@1.5.2` (its npm package ships the Linux binary: no download
 * at run time beyond the registry). Same queries: tests/fixtures/search-queries*.yaml, judged
 * by the same rule (any expected entry in the top 3; search-cases.ts `isHit`). A Pagefind
 * result is a page; /glossary/ stands for every key word on it, which favours Pagefind a little.
 *
 * Both run in Debian's Chromium from one local server (brotli, as a host would), on a page
 * with no Content-Security-Policy (Pagefind needs WebAssembly): the time from nothing loaded
 * to the first result of the first query (index and code fetched, set up, searched; for
 * Pagefind also the first result's fragment, which it needs to show a title), and the time of
 * each query once loaded (Pagefind's includes the top 3 fragments: its results carry no title
 * or address without them).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launch } from '../../tests/e2e/browser.ts';
import { serveDist } from '../../tests/e2e/serve.ts';
import { isHit, type QueryCase } from '../../tests/fixtures/search-cases.ts';
import type { SearchDoc } from '../../src/lib/search/types.ts';

export interface EngineFigures {
  /** ms from nothing loaded to the first query's first result, per run. */
  cold: number[];
  /** ms per query once loaded (every query, every run). */
  query: number[];
  /** Bytes on the wire (compressed) to show the first result. */
  bytes: number;
  /** Top-3 hits per query set. */
  hits: Record<string, number>;
}

export interface Comparison {
  ours: EngineFigures;
  pagefind: EngineFigures;
  cases: Record<string, number>;
}

/** Where a search document lives as a page: its address without the #fragment. */
const pageOf = (href: string) => href.replace(/#.*$/, '');

/** A copy of the built pages of `docs` for Pagefind, their `<main>` its body; returns the folder. */
function sitePages(dist: string, docs: readonly SearchDoc[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  for (const path of new Set(docs.map((d) => pageOf(d.href)))) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const out = join(dir, path, 'index.html');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html.replace(/<main\b/, '<main data-pagefind-body'));
  }
  copyFileSync(join(dist, 'search-index.json'), join(dir, 'search-index.json'));
  return dir;
}

/** Our searcher, bundled for a page as a global (SearchBench.createSearcher). */
export async function searcherBundle(root: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'src/lib/search/searcher.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SearchBench',
    write: false,
    minify: true,
    platform: 'browser',
  });
  return out.outputFiles[0]?.text ?? '';
}

interface Run {
  cold: number;
  query: number[];
  bytes: number;
  /** Top-3 addresses per query (ours: ids). */
  top: string[][];
}

/** In the page: our searcher, from fetching the index to the results of every query. */
function runOurs(page: Page, queries: string[]): Promise<Run> {
  return page.evaluate(async (queries) => {
    const w = window as unknown as {
      SearchBench: { createSearcher: (p: unknown) => { search: (q: string, f?: object, n?: number) => { doc: { id: string } }[] } };
    };
    const t0 = performance.now();
    const payload = await (await fetch('/search-index.json')).json();
    const searcher = w.SearchBench.createSearcher(payload);
    searcher.search(queries[0] ?? '', {}, 3);
    const cold = performance.now() - t0;
    const bytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).reduce((sum, e) => sum + e.transferSize, 0);
    const query: number[] = [];
    const top: string[][] = [];
    for (const q of queries) {
      const t = performance.now();
      const found = searcher.search(q, {}, 3);
      query.push(performance.now() - t);
      top.push(found.map((r) => r.doc.id));
    }
    return { cold, query, bytes, top };
  }, queries);
}

/** In the page: Pagefind, from importing its script to the results (and top 3 fragments) of every query. */
function runPagefind(page: Page, queries: string[]): Promise<Run> {
  return page.evaluate(async (queries) => {
    type Result = { data: () => Promise<{ url: string }> };
    type Pagefind = { init: () => Promise<void>; search: (q: string) => Promise<{ results: Result[] }> };
    const t0 = performance.now();
    const pf = (await import('/pagefind/pagefind.js' as string)) as Pagefind;
    await pf.init();
    const first = await pf.search(queries[0] ?? '');
    await first.results[0]?.data();
    const cold = performance.now() - t0;
    const bytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).reduce((sum, e) => sum + e.transferSize, 0);
    const query: number[] = [];
    const top: string[][] = [];
    for (const q of queries) {
      const t = performance.now();
      const found = await pf.search(q);
      const data = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
      query.push(performance.now() - t);
      top.push(data.map((d) => d.url));
    }
    return { cold, query, bytes, top };
  }, queries);
}

/**
 * Runs both engines `runs` times, each run in a fresh browser context (nothing cached), over
 * every query of `sets`. Throws if Pagefind cannot index or load.
 */
export async function compareWithPagefind(
  root: string,
  dist: string,
  docs: readonly SearchDoc[],
  sets: Record<string, QueryCase[]>,
  runs: number,
): Promise<Comparison> {
  const dir = sitePages(dist, docs);
  try {
    await promisify(execFile)('npx', ['--yes', 'pagefind@1.5.2', '--site', dir], { encoding: 'utf8', timeout: 300_000 });
    writeFileSync(join(dir, 'searcher.js'), await searcherBundle(root));
    writeFileSync(join(dir, 'bench.html'), '<!doctype html><html lang="en"><title>search bench</title><script src="/searcher.js"></script></html>');
    const names = Object.keys(sets);
    const cases = names.flatMap((name) => (sets[name] ?? []).map((c) => ({ set: name, c })));
    const queries = cases.map(({ c }) => c.q);
    const byId = new Map(docs.map((d) => [d.id, d]));
    const byPage = new Map<string, SearchDoc[]>();
    for (const d of docs) byPage.set(pageOf(d.href), [...(byPage.get(pageOf(d.href)) ?? []), d]);
    const { server, url } = await serveDist(dir, 0, { hostLike: true });
    const browser = await launch();
    const figures = (all: Run[], toDocs: (top: string) => SearchDoc[]): EngineFigures => {
      const hits: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
      const last = all.at(-1);
      cases.forEach(({ set, c }, i) => {
        if (last && isHit(c, (last.top[i] ?? []).flatMap(toDocs))) hits[set] = (hits[set] ?? 0) + 1;
      });
      return { cold: all.map((r) => r.cold), query: all.flatMap((r) => r.query), bytes: all[0]?.bytes ?? 0, hits };
    };
    try {
      const ours: Run[] = [];
      const pagefind: Run[] = [];
      for (let i = 0; i < runs; i++) {
        for (const [engine, out] of [
          [runOurs, ours],
          [runPagefind, pagefind],
        ] as const) {
          const context = await browser.newContext({ serviceWorkers: 'block' });
          const page = await context.newPage();
          await page.goto(`${url}/bench.html`);
          out.push(await engine(page, queries));
          await context.close();
        }
      }
      return {
        ours: figures(ours, (id) => [byId.get(id)].filter((d): d is SearchDoc => !!d)),
        pagefind: figures(pagefind, (address) => byPage.get(new URL(address, url).pathname) ?? []),
        cases: Object.fromEntries(names.map((n) => [n, sets[n]?.length ?? 0])),
      };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
