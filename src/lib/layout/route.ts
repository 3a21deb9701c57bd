/**
 * Edge routing. Boxes only ever sit inside column bands, all of one width, so a path is
 * safe wherever it runs between bands, and inside a band only through the free channels
 * between boxes. Kinds of route:
 * - rightwards: right side of the source to left side of the target, one smooth cubic; if
 *   that would clip a box in a column it skips, it threads that column's nearest free
 *   channel instead (horizontal there, S-curves between columns).
 * - leftwards: the mirror image (left side of the source to right side of the target).
 * - same column, boxes next to each other: a short vertical line between them.
 * - same column, boxes in between: a loop out of the right side and back into it, bulging
 *   into the gap beside the column, so it never crosses the boxes it passes.
 * Attachment points on a side are spread evenly and sorted by where the other end is, so
 * edges leaving one box neither overlap nor cross each other at the box.
 */
import type { GraphEdge } from '../graph/graph.ts';
import { slotTop, type Grid } from './grid.ts';
import { round, type MapEdge } from './types.ts';

type Point = [number, number];
interface Channel {
  lo: number;
  hi: number;
  used: number[];
}
interface ColumnBoxes {
  tops: number[];
  bottoms: number[];
  channels: Channel[];
}

/** Keeps paths this far from box edges when threading between them. */
const CLEARANCE = 4;
/** Sample points per column crossed, when testing a single curve against boxes. */
const SAMPLES_PER_COLUMN = 24;

const fmt = (p: Point) => `${round(p[0])},${round(p[1])}`;
const curve = (a: Point, b: Point) => {
  const mx = (a[0] + b[0]) / 2;
  return `C${fmt([mx, a[1]])} ${fmt([mx, b[1]])} ${fmt(b)}`;
};

/** Positions of every box (top-left), from the grid's final cell order. */
export function placeBoxes(grid: Grid): { x: Float64Array; y: Float64Array; pos: Int32Array } {
  const n = grid.nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const pos = new Int32Array(n); // index of the box within its whole column, top to bottom
  const seen = grid.columns.map(() => 0);
  grid.cells.forEach((row, l) =>
    row.forEach((cell, c) =>
      cell.forEach((node, slot) => {
        x[node] = grid.columns[c]?.boxX ?? 0;
        y[node] = slotTop(grid, l, c, slot);
        pos[node] = seen[c] ?? 0;
        seen[c] = (seen[c] ?? 0) + 1;
      }),
    ),
  );
  return { x, y, pos };
}

function columnBoxes(grid: Grid, y: Float64Array): ColumnBoxes[] {
  const h = grid.settings.nodeHeight;
  const first = grid.lanes[0];
  const last = grid.lanes[grid.lanes.length - 1];
  const top = first ? first.y : 0;
  const bottom = last ? last.y + last.height : 0;
  return grid.columns.map((_, c) => {
    const tops: number[] = [];
    for (const row of grid.cells) for (const node of row[c] ?? []) tops.push(y[node] ?? 0);
    const bottoms = tops.map((t) => t + h);
    const channels: Channel[] = [];
    let lo = top;
    for (const [i, t] of tops.entries()) {
      if (t - CLEARANCE >= lo) channels.push({ lo, hi: t - CLEARANCE, used: [] });
      lo = (bottoms[i] ?? t) + CLEARANCE;
    }
    if (bottom >= lo) channels.push({ lo, hi: bottom, used: [] });
    return { tops, bottoms, channels };
  });
}

/** True when height `y` falls on a box of the column (with a little clearance). */
function onBox(col: ColumnBoxes, y: number): boolean {
  let lo = 0;
  let hi = col.tops.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const top = (col.tops[mid] ?? 0) - 2;
    const bottom = (col.bottoms[mid] ?? 0) + 2;
    if (y < top) hi = mid - 1;
    else if (y > bottom) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A height to cross a column at: in the free channel nearest `ideal`, nudged off other edges. */
function crossAt(col: ColumnBoxes, ideal: number): number {
  const chs = col.channels;
  let lo = 0;
  let hi = chs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((chs[mid]?.hi ?? 0) < ideal) lo = mid + 1;
    else hi = mid;
  }
  const dist = (ch: Channel | undefined) => (!ch ? Infinity : ideal < ch.lo ? ch.lo - ideal : ideal > ch.hi ? ideal - ch.hi : 0);
  const ch = dist(chs[lo - 1]) <= dist(chs[lo]) ? chs[lo - 1] : chs[lo];
  if (!ch) return ideal;
  const clamp = (v: number) => Math.min(ch.hi, Math.max(ch.lo, v));
  let y = clamp(ideal);
  for (const step of [3, -3, 6, -6, 9, -9]) {
    if (!ch.used.some((u) => Math.abs(u - y) < 2.5)) break;
    y = clamp(clamp(ideal) + step);
  }
  ch.used.push(y);
  return y;
}

export function routeEdges(grid: Grid, box: { x: Float64Array; y: Float64Array; pos: Int32Array }): { edges: MapEdge[]; maxX: number } {
  const { nodeWidth: w, nodeHeight: h, columnPadding, columnGap } = grid.settings;
  const cols = columnBoxes(grid, box.y);
  const colOf = (i: number) => grid.col[i] ?? 0;
  const cy = (i: number) => (box.y[i] ?? 0) + h / 2;
  type Side = 'left' | 'right';
  type Route = { e: GraphEdge; a: number; b: number; type: 'forward' | 'back' | 'loop' | 'vertical' };
  const routes: Route[] = [];
  for (const e of grid.edges) {
    const a = grid.index.get(e.from);
    const b = grid.index.get(e.to);
    if (a === undefined || b === undefined) continue;
    const ca = colOf(a);
    const cb = colOf(b);
    const adjacent = Math.abs((box.pos[a] ?? 0) - (box.pos[b] ?? 0)) === 1;
    routes.push({ e, a, b, type: ca < cb ? 'forward' : ca > cb ? 'back' : adjacent ? 'vertical' : 'loop' });
  }

  // Attachment points: collect every end on each side of each box, sort, spread.
  const sides = new Map<string, { route: number; end: 0 | 1; other: number }[]>();
  const attach = (node: number, side: Side, route: number, end: 0 | 1, other: number) => {
    const key = `${node}:${side}`;
    const list = sides.get(key) ?? [];
    list.push({ route, end, other });
    sides.set(key, list);
  };
  routes.forEach((r, i) => {
    if (r.type === 'vertical') return;
    attach(r.a, r.type === 'back' ? 'left' : 'right', i, 0, r.b);
    attach(r.b, r.type === 'forward' ? 'left' : 'right', i, 1, r.a);
  });
  const port = new Map<string, number>(); // `${route}:${end}` -> y
  for (const [key, list] of sides) {
    const node = Number(key.split(':')[0]);
    list.sort((p, q) => cy(p.other) - cy(q.other) || p.route - q.route || p.end - q.end);
    list.forEach((p, k) => port.set(`${p.route}:${p.end}`, (box.y[node] ?? 0) + (h * (k + 1)) / (list.length + 1)));
  }

  // Parallel vertical edges between one pair of boxes sit side by side.
  const pairs = new Map<string, number[]>();
  routes.forEach((r, i) => {
    if (r.type !== 'vertical') return;
    const key = `${Math.min(r.a, r.b)}:${Math.max(r.a, r.b)}`;
    pairs.set(key, [...(pairs.get(key) ?? []), i]);
  });

  const maxBulge = Math.max(8, (columnPadding + columnGap / 2 - CLEARANCE) / 0.75);
  let maxX = 0;
  const edges = routes.map((r, i): MapEdge => {
    const ax = box.x[r.a] ?? 0;
    const bx = box.x[r.b] ?? 0;
    const sy = port.get(`${i}:0`) ?? cy(r.a);
    const ty = port.get(`${i}:1`) ?? cy(r.b);
    let points: Point[];
    let d: string;
    if (r.type === 'vertical') {
      const group = pairs.get(`${Math.min(r.a, r.b)}:${Math.max(r.a, r.b)}`) ?? [i];
      const x = ax + w / 2 + (group.indexOf(i) - (group.length - 1) / 2) * 12;
      const down = (box.y[r.a] ?? 0) < (box.y[r.b] ?? 0);
      points = [
        [x, (box.y[r.a] ?? 0) + (down ? h : 0)],
        [x, (box.y[r.b] ?? 0) + (down ? 0 : h)],
      ];
      d = `M${fmt(points[0] ?? [0, 0])}L${fmt(points[1] ?? [0, 0])}`;
    } else if (r.type === 'loop') {
      const x = ax + w;
      const k = Math.min(maxBulge, 16 + Math.abs(ty - sy) * 0.2);
      maxX = Math.max(maxX, x + 0.75 * k);
      points = [
        [x, sy],
        [x + 0.75 * k, (sy + ty) / 2],
        [x, ty],
      ];
      d = `M${fmt([x, sy])}C${fmt([x + k, sy])} ${fmt([x + k, ty])} ${fmt([x, ty])}`;
    } else {
      const dir = r.type === 'forward' ? 1 : -1;
      const start: Point = [dir === 1 ? ax + w : ax, sy];
      const end: Point = [dir === 1 ? bx : bx + w, ty];
      const ca = colOf(r.a);
      const cb = colOf(r.b);
      const skipped: number[] = [];
      for (let c = ca + dir; c !== cb; c += dir) skipped.push(c);
      const clear = () => {
        const n = SAMPLES_PER_COLUMN * (skipped.length + 1);
        const mx = (start[0] + end[0]) / 2;
        for (let s = 1; s < n; s++) {
          const t = s / n;
          const u = 1 - t;
          // x and y of the cubic M start C (mx, sy) (mx, ty) end at t.
          const x = u * u * u * start[0] + 3 * u * t * mx + t * t * t * end[0];
          const y = (u * u * u + 3 * u * u * t) * sy + (3 * u * t * t + t * t * t) * ty;
          for (const c of skipped) {
            const bx0 = grid.columns[c]?.boxX ?? 0;
            const col = cols[c];
            if (col && x >= bx0 - 2 && x <= bx0 + w + 2 && onBox(col, y)) return false;
          }
        }
        return true;
      };
      points = [start];
      if (skipped.length && !clear()) {
        for (const c of skipped) {
          const bx0 = grid.columns[c]?.boxX ?? 0;
          const centre = bx0 + w / 2;
          const ideal = sy + ((ty - sy) * (centre - start[0])) / (end[0] - start[0]);
          const col = cols[c];
          const y = col ? crossAt(col, ideal) : ideal;
          points.push(dir === 1 ? [bx0, y] : [bx0 + w, y], dir === 1 ? [bx0 + w, y] : [bx0, y]);
        }
      }
      points.push(end);
      d = `M${fmt(start)}`;
      for (let k = 1; k < points.length; k++) {
        const p = points[k] ?? end;
        const prev = points[k - 1] ?? start;
        // Odd steps run between columns (curves); even steps cross a column (straight).
        d += k % 2 === 1 ? curve(prev, p) : `L${fmt(p)}`;
      }
    }
    return { from: r.e.from, to: r.e.to, kind: r.e.kind, d, points: points.map((p) => [round(p[0]), round(p[1])]) };
  });
  return { edges, maxX };
}
