/**
 * Lighthouse 12.2.3 (`npx --yes lighthouse@12.2.3`, Debian's Chromium, headless), mobile
 * performance, for the benchmark scripts (bench-map, bench-pages). Figures only.
 *
 * Runs asynchronously: the server the pages come from usually lives in the calling process
 * and must keep answering while Lighthouse loads them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumFlags, chromiumPath } from '../../tests/e2e/browser.ts';

/** The metrics each run keeps, as Lighthouse names its audits. */
export const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
export type MetricId = (typeof metricIds)[number];

export interface LighthouseRun {
  /** Performance score, 0 to 100. */
  score: number;
  /** In ms; CLS unitless. */
  metrics: Record<MetricId, number>;
  /** Bytes on the wire (after compression) by Lighthouse's resource type: Document, Script, Stylesheet, Fetch... */
  transfer: Record<string, number>;
  /** The audits that cost points (score under 0.9), with Lighthouse's short display value. */
  weak: string[];
}

interface Report {
  categories: { performance: { score: number | null; auditRefs: { id: string; weight: number }[] } };
  audits: Record<
    string,
    { score: number | null; numericValue?: number; displayValue?: string; details?: { items?: { resourceType?: string; transferSize?: number }[] } }
  >;
}

const chromeFlags = ['--headless', ...chromiumFlags];

/** One Lighthouse run on `url`; throws when Lighthouse fails or gives no score. */
export async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      'lighthouse@12.2.3',
      url,
      '--only-categories=performance',
      '--form-factor=mobile',
      '--output=json',
      '--quiet',
      `--chrome-flags=${chromeFlags.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', timeout: 600_000 },
  );
  const report = JSON.parse(stdout) as Report;
  const { score, auditRefs } = report.categories.performance;
  if (score === null) throw new Error(`Lighthouse gave no performance score for ${url}`);
  const metrics = Object.fromEntries(metricIds.map((id) => [id, report.audits[id]?.numericValue ?? Number.NaN])) as Record<MetricId, number>;
  const transfer: Record<string, number> = {};
  for (const item of report.audits['network-requests']?.details?.items ?? []) {
    const type = item.resourceType ?? 'Other';
    transfer[type] = (transfer[type] ?? 0) + (item.transferSize ?? 0);
  }
  const weak = auditRefs
    .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 0.9)
    .map((ref) => `${ref.id} ${report.audits[ref.id]?.displayValue ?? ''}`.trim());
  return { score: Math.round(score * 100), metrics, transfer, weak };
}

export interface LighthouseSummary {
  runs: LighthouseRun[];
  /** The run with the median score (the lower middle one for an even count). */
  median: LighthouseRun;
  /** The run with the lowest score. */
  min: LighthouseRun;
}

/** `count` runs on `url`, one after another; undefined (and a line on stderr) if Lighthouse cannot run. */
export async function lighthouse(url: string, count: number): Promise<LighthouseSummary | undefined> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < count; i++) {
    try {
      runs.push(await lighthouseOnce(url));
    } catch (error) {
      console.error(`Lighthouse could not run on ${url}: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const min = sorted[0];
  return median && min ? { runs, median, min } : undefined;
}
