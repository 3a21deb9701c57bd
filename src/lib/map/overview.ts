/**
 * The overview on /explore/: every pathway (rows) by level (columns), each cell naming its
 * jobs, best known first, as many as fit, then "and N more". Pure: the page renders it.
 *
 * How many names fit is worked out here, for two sizes of screen, by counting characters
 * against a generous width per character (the same idea as the map's labels): `compact` for
 * 1280x720 (two lines of about 20 characters per cell), `roomy` for 1920x1080 (four lines of
 * about 27). The page's CSS shows one or the other.
 */
import type { GraphData, GraphNode } from '../graph/graph.ts';
import { wrapLabel } from '../text.ts';
import { pathwayHref } from './pathway-view.ts';

export interface OverviewBand {
  label: string;
  /** The words a screen reader hears for the column ("Levels 1 and 2"). */
  spoken: string;
  min: number;
  max: number;
}

/** Columns: Entry, 1–2, 3, 4–5, 6, 7+ (levels run 0 to 8). */
export const overviewBands: readonly OverviewBand[] = [
  { label: 'Entry', spoken: 'Entry level', min: 0, max: 0 },
  { label: 'Levels 1–2', spoken: 'Levels 1 and 2', min: 1, max: 2 },
  { label: 'Level 3', spoken: 'Level 3', min: 3, max: 3 },
  { label: 'Levels 4–5', spoken: 'Levels 4 and 5', min: 4, max: 5 },
  { label: 'Level 6', spoken: 'Level 6', min: 6, max: 6 },
  { label: 'Level 7+', spoken: 'Level 7 and above', min: 7, max: 8 },
];

/** Room per cell, in characters per line and lines. */
export const overviewFit = { compact: { chars: 20, lines: 2 }, roomy: { chars: 27, lines: 4 } } as const;

export interface OverviewJob {
  id: string;
  title: string;
  /** The job in its pathway's view. */
  href: string;
}

export interface OverviewCell {
  band: OverviewBand;
  /** Every job in the cell, best known first. */
  jobs: OverviewJob[];
  /** How many names to show on each size of screen (the rest are "and N more"). */
  shown: { compact: number; roomy: number };
}

export interface OverviewRow {
  id: string;
  title: string;
  href: string;
  jobCount: number;
  /** "Entry to Level 4", "Level 3 to Level 7+". */
  span: string;
  cells: OverviewCell[];
}

export interface Overview {
  /** Only the bands some pathway has a job in. */
  bands: OverviewBand[];
  rows: OverviewRow[];
}

export interface OverviewPathway {
  id: string;
  title: string;
  order: number;
  /** The pathway's own route, in order (content `steps`): the jobs on it are the best known. */
  steps: readonly string[];
}

/** How many lines each node has on the map (both ways), for `bestKnownOrder`. */
export function degrees(graph: GraphData): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  return degree;
}

/**
 * How well known each job is, highest first: on its own pathway's route (earlier steps first),
 * then named as a target by more journeys, then more lines on the map (`degree`, from
 * `degrees(graph)`: pass it when ordering many cells of one graph), then title.
 */
export function bestKnownOrder(
  jobs: readonly GraphNode[],
  graph: GraphData,
  steps: readonly string[],
  targets: ReadonlyMap<string, number>,
  degree: ReadonlyMap<string, number> = degrees(graph),
): GraphNode[] {
  const onRoute = (id: string) => {
    const i = steps.indexOf(id);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  return [...jobs].sort(
    (a, b) =>
      onRoute(a.id) - onRoute(b.id) ||
      (targets.get(b.id) ?? 0) - (targets.get(a.id) ?? 0) ||
      (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}

/** The words of a cell showing the first `k` of `titles`: "A, B and 3 more". */
export function cellText(titles: readonly string[], k: number): string {
  const rest = titles.length - k;
  const names = titles.slice(0, k).join(', ');
  if (rest === 0) return names;
  return k === 0 ? `${rest} ${rest === 1 ? 'job' : 'jobs'}` : `${names} and ${rest} more`;
}

/** The most names that fit in `lines` lines of `chars`, with "and N more" after them (at least one name). */
export function namesThatFit(titles: readonly string[], fit: { chars: number; lines: number }): number {
  // Every text with more than j names begins with the first j names, each followed by a comma.
  // Wrapping is greedy (a text never takes fewer lines than its beginning), so once those need
  // more lines than there are, no longer text fits: a cell of hundreds of jobs tries only a few.
  let most = titles.length;
  for (let j = 1; j < titles.length; j++) {
    if (wrapLabel(`${titles.slice(0, j).join(', ')},`, fit.chars, Number.POSITIVE_INFINITY).length > fit.lines) {
      most = j;
      break;
    }
  }
  for (let k = most; k > 0; k--) {
    if (wrapLabel(cellText(titles, k), fit.chars, Number.POSITIVE_INFINITY).length <= fit.lines) return k;
  }
  return Math.min(1, titles.length);
}

/** "Entry to Level 4", "Level 6", "Level 3 to Level 7+", from the jobs' own levels. */
export function spanText(levels: readonly number[]): string {
  if (!levels.length) return '';
  const word = (l: number) => (l === 0 ? 'Entry' : l >= 7 ? 'Level 7+' : `Level ${l}`);
  const [lo, hi] = [word(Math.min(...levels)), word(Math.max(...levels))];
  if (lo !== hi) return `${lo} to ${hi}`;
  return lo === 'Entry' ? 'Entry level' : lo;
}

/**
 * The overview of every pathway's jobs. `targets` counts, for each job, the journeys that aim
 * at it. Pathways are in their `order`; jobs belong to the pathway of their family.
 */
export function overview(graph: GraphData, pathways: readonly OverviewPathway[], targets: ReadonlyMap<string, number> = new Map()): Overview {
  const sorted = [...pathways].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const roles = graph.nodes.filter((n) => n.kind === 'role');
  const degree = degrees(graph);
  const inBand = (n: GraphNode, b: OverviewBand) => n.level >= b.min && n.level <= b.max;
  const bands = overviewBands.filter((b) => roles.some((n) => inBand(n, b) && sorted.some((p) => p.id === n.family)));
  const rows = sorted.map((p): OverviewRow => {
    const own = roles.filter((n) => n.family === p.id);
    const cells = bands.map((band): OverviewCell => {
      const jobs = bestKnownOrder(
        own.filter((n) => inBand(n, band)),
        graph,
        p.steps,
        targets,
        degree,
      ).map((n) => ({ id: n.id, title: n.title, href: pathwayHref(p.id, n.id) }));
      const titles = jobs.map((j) => j.title);
      return { band, jobs, shown: { compact: namesThatFit(titles, overviewFit.compact), roomy: namesThatFit(titles, overviewFit.roomy) } };
    });
    return { id: p.id, title: p.title, href: pathwayHref(p.id), jobCount: own.length, span: spanText(own.map((n) => n.level)), cells };
  });
  return { bands, rows };
}
