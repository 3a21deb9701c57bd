/**
 * How fast the map on /explore/ zooms, and Lighthouse's mobile performance score for the page.
 *
 *   node scripts/bench-map.ts [--dist dist] [--before /tmp/prev/dist] [--pathway nursing] [--runs 3] [--no-lighthouse]
 *
 * Zoom: in Chromium (playwright-core, frame rate uncapped: no vsync), a scripted zoom of 24
 * Ctrl+wheel steps in and 24 out over the map, one step per animation frame, while a
 * requestAnimationFrame loop records frame timestamps; prints the frame-to-frame times (p50,
 * p95, max), and each step's work (the wheel event to the end of the frame that shows it), at
 * full CPU speed and with the CPU slowed 4x (a mid-range phone). The new build zooms a pathway
 * view (`--pathway`, the first pathway by default); a build from before the pathway views
 * (`--before`) zooms its full map, whichever of the two the page has.
 *
 * Lighthouse 12.2.3 (`npx --yes lighthouse@12.2.3`, Debian's Chromium, headless): the mobile
 * performance score of /explore/ and its metrics, served from a small HTTP server in this
 * process that gzips like a real host. Benchmarks are scripts, not tests: figures only.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/browser.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i > -1 ? args[i + 1] : fallback;
};
const dist = resolve(option('dist', 'dist') ?? 'dist');
const before = option('before');
const runs = Number(option('runs', '3'));
const lighthouse = !args.includes('--no-lighthouse');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/** Serves `root` with gzip (when asked for) and long caching for /_astro/, as a host would. */
async function serve(root: string): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('Not found');
    const body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (path.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /text|javascript|json|svg|manifest/.test(headers['content-type'] ?? '');
    if (!gzip) return void res.writeHead(200, headers).end(body);
    const zipped = cache.get(file) ?? gzipSync(body);
    cache.set(file, zipped);
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(zipped);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** Opens the zoomable map of a build: a pathway view if the build has them, else the full map. */
async function openMap(page: Page, url: string, pathway: string | undefined): Promise<string> {
  await page.goto(`${url}/explore/`);
  const first = await page.evaluate(() => document.querySelector('section.pathway-view')?.id.replace(/^pathway-/, ''));
  const id = pathway ?? first;
  if (id) {
    await page.goto(`${url}/explore/?pathway=${id}#pathway-${id}`);
    await page.waitForSelector(`#pathway-${id} .pv-explorer.is-ready`);
    return `#pathway-${id} .pv-frame`;
  }
  await page.waitForSelector('.map-explorer.is-live .map-frame .map-zoom[transform]');
  return '.map-frame';
}

interface ZoomRun {
  /** Frame-to-frame times (rAF timestamps). */
  frames: number[];
  /** Each wheel step to the end of the frame that shows it (its script, style, layout and paint). */
  work: number[];
}

/** Frame times (ms) while the map zooms in and out with Ctrl and the wheel. */
async function zoomFrames(url: string, pathway: string | undefined, slowdown: number): Promise<ZoomRun> {
  // Frames as fast as the page can make them (no 60 Hz cap), so their times are the work each takes.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu-vsync', '--disable-frame-rate-limit', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const frame = await openMap(page, url, pathway);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.locator(frame).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = await page.locator(frame).boundingBox();
    if (!box) throw new Error(`No map frame (${frame}) on ${url}/explore/`);
    // The middle of the part of the frame on screen.
    await page.mouse.move(box.x + box.width / 2, (Math.max(0, box.y) + Math.min(800, box.y + box.height)) / 2);
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; work_: number[]; recording: boolean };
      w.frames_ = [];
      w.work_ = [];
      w.recording = true;
      const tick = (t: number) => {
        w.frames_.push(t);
        if (w.recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // A message posted from a frame's rAF callback arrives once that frame's rendering is done.
      addEventListener(
        'wheel',
        () => {
          const t0 = performance.now();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => w.work_.push(performance.now() - t0);
            channel.port2.postMessage(0);
          });
        },
        { capture: true, passive: true },
      );
    });
    await page.keyboard.down('Control');
    for (const dy of [...Array(24).fill(-60), ...Array(24).fill(60)] as number[]) {
      await page.mouse.wheel(0, dy);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
    }
    await page.keyboard.up('Control');
    const { stamps, work } = await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; work_: number[]; recording: boolean };
      w.recording = false;
      return { stamps: w.frames_, work: w.work_ };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { frames: stamps.slice(1).map((t, i) => t - (stamps[i] ?? t)), work };
  } finally {
    await browser.close();
  }
}

interface Lighthouse {
  score: number;
  /** The median run's metrics, in ms (CLS unitless). */
  metrics: Record<string, number>;
}

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/**
 * Lighthouse's mobile performance score (0 to 100) for a URL and its metrics; the median of
 * `runs`. Run asynchronously: the page's server lives in this process and must keep answering.
 */
async function lighthouseScore(url: string): Promise<Lighthouse | undefined> {
  const scores: Lighthouse[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const { stdout: out } = await promisify(execFile)(
        'npx',
        [
          '--yes',
          'lighthouse@12.2.3',
          url,
          '--only-categories=performance',
          '--form-factor=mobile',
          '--output=json',
          '--quiet',
          '--chrome-flags=--headless --no-sandbox',
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', timeout: 600_000 },
      );
      const report = JSON.parse(out) as { categories: { performance: { score: number | null } }; audits: Record<string, { numericValue?: number }> };
      const score = report.categories.performance.score;
      const metrics = Object.fromEntries(metricIds.map((id) => [id, report.audits[id]?.numericValue ?? Number.NaN]));
      if (score !== null) scores.push({ score: Math.round(score * 100), metrics });
    } catch (error) {
      console.error(`Lighthouse could not run on ${url}: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }
  return [...scores].sort((a, b) => a.score - b.score)[Math.floor(scores.length / 2)];
}

interface Result {
  label: string;
  zoom: Record<number, ZoomRun>;
  score: Lighthouse | undefined;
}

async function measure(label: string, root: string, pathway: string | undefined): Promise<Result> {
  if (!existsSync(join(root, 'explore', 'index.html')))
    throw new Error(`${root} has no built /explore/: build it first (SITE_URL=https://careers.example.org npx astro build).`);
  const { server, url } = await serve(root);
  try {
    const zoom: Record<number, ZoomRun> = {};
    for (const slowdown of [1, 4]) zoom[slowdown] = await zoomFrames(url, pathway, slowdown);
    const score = lighthouse ? await lighthouseScore(`${url}/explore/`) : undefined;
    return { label, zoom, score };
  } finally {
    server.close();
  }
}

const results = [await measure('this build', dist, option('pathway'))];
if (before) results.unshift(await measure('before', resolve(before), undefined));

const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
console.log("\n/explore/ zoom (Ctrl+wheel, 48 steps): frame-to-frame times (requestAnimationFrame), and each step's work (wheel to end of its frame)");
console.log(
  `${'build'.padEnd(12)}${'CPU'.padEnd(5)}${'frames'.padStart(7)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}  |${'work p50'.padStart(10)}${'p95'.padStart(10)}`,
);
for (const r of results) {
  for (const [slowdown, { frames, work }] of Object.entries(r.zoom)) {
    const row = [ms(percentile(frames, 50)), ms(percentile(frames, 95)), ms(Math.max(...frames))].join(' ');
    console.log(
      `${r.label.padEnd(12)}${`${slowdown}x`.padEnd(5)}${String(frames.length).padStart(7)}${row}  |${ms(percentile(work, 50))} ${ms(percentile(work, 95))}`,
    );
  }
}
if (lighthouse) {
  console.log('\nLighthouse 12.2.3, mobile, performance (median of runs), /explore/ served gzipped');
  console.log(`${'build'.padEnd(12)}${'score'.padStart(6)}${'FCP'.padStart(9)}${'LCP'.padStart(9)}${'TBT'.padStart(9)}${'CLS'.padStart(7)}${'SI'.padStart(9)}`);
  for (const r of results) {
    const m = r.score?.metrics ?? {};
    const t = (id: string) => `${Math.round(m[id] ?? Number.NaN)}`.padStart(9);
    const row = r.score
      ? `${String(r.score.score).padStart(6)}${t('first-contentful-paint')}${t('largest-contentful-paint')}${t('total-blocking-time')}${(m['cumulative-layout-shift'] ?? 0).toFixed(3).padStart(7)}${t('speed-index')}`
      : 'not run';
    console.log(`${r.label.padEnd(12)}${row}`);
  }
}
