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
 * Lighthouse (scripts/lib/lighthouse.ts): the mobile performance score of /explore/ and its
 * metrics, served from a small HTTP server in this process that compresses like a real host
 * (tests/e2e/serve.ts, `hostLike`). Benchmarks are scripts, not tests: figures only.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/browser.ts';
import { serveDist } from '../tests/e2e/serve.ts';
import { lighthouse as lighthouseRuns, type LighthouseRun, type MetricId } from './lib/lighthouse.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i > -1 ? args[i + 1] : fallback;
};
const dist = resolve(option('dist', 'dist') ?? 'dist');
const before = option('before');
const runs = Number(option('runs', '3'));
const lighthouse = !args.includes('--no-lighthouse');

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

interface Result {
  label: string;
  zoom: Record<number, ZoomRun>;
  score: LighthouseRun | undefined;
}

async function measure(label: string, root: string, pathway: string | undefined): Promise<Result> {
  if (!existsSync(join(root, 'explore', 'index.html')))
    throw new Error(`${root} has no built /explore/: build it first (SITE_URL=https://careers.example.org npx astro build).`);
  const { server, url } = await serveDist(root, 0, { hostLike: true });
  try {
    const zoom: Record<number, ZoomRun> = {};
    for (const slowdown of [1, 4]) zoom[slowdown] = await zoomFrames(url, pathway, slowdown);
    const score = lighthouse ? (await lighthouseRuns(`${url}/explore/`, runs))?.median : undefined;
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
  console.log('\nLighthouse 12.2.3, mobile, performance (median of runs), /explore/ served compressed');
  console.log(`${'build'.padEnd(12)}${'score'.padStart(6)}${'FCP'.padStart(9)}${'LCP'.padStart(9)}${'TBT'.padStart(9)}${'CLS'.padStart(7)}${'SI'.padStart(9)}`);
  for (const r of results) {
    const m: Partial<Record<MetricId, number>> = r.score?.metrics ?? {};
    const t = (id: MetricId) => `${Math.round(m[id] ?? Number.NaN)}`.padStart(9);
    const row = r.score
      ? `${String(r.score.score).padStart(6)}${t('first-contentful-paint')}${t('largest-contentful-paint')}${t('total-blocking-time')}${(m['cumulative-layout-shift'] ?? 0).toFixed(3).padStart(7)}${t('speed-index')}`
      : 'not run';
    console.log(`${r.label.padEnd(12)}${row}`);
  }
}
