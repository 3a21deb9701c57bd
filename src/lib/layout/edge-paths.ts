/**
 * Edge paths: how each line of the map runs between its boxes (graph-drawing "edge routing";
 * career routes are src/lib/routes). Paths are drawn with d3-path. Kinds of path:
 * - rightwards: right side of the source to left side of the target, one smooth cubic. If
 *   that would clip a box in a column it skips, the path crosses that column through the
 *   nearest free channel instead (straight there, smooth curves either side), and the parts
 *   either side are checked the same way.
 * - leftwards: the mirror image, left side of the source to right side of the target.
 * - same cell, boxes one above the other: a short vertical line between them.
 * - any other same-column edge: a bracket out of the right side of the source and back into
 *   the right side of the target, in the gap beside the column, so it never crosses the
 *   boxes it passes. Brackets that overlap take different tracks, shorter ones inside.
 * The ends of edges on one side of a box are spread evenly, sorted by where the other end
 * is, so edges leaving one box neither overlap nor cross each other at the box.
 */
import { type Path, path } from 'd3-path';
import type { GraphEdge } from '../graph/graph.ts';
import type { Grid } from './grid.ts';
import { CLEARANCE, columnBoxes, crossAt, onBox, type Boxes, type ColumnBoxes, type Point } from './channels.ts';
import { round, type MapEdge } from './types.ts';

/** Sample points per column skipped, when testing a curve against boxes. */
const SAMPLES_PER_COLUMN = 24;
/** Brackets: the innermost track's distance from the boxes, and the space between tracks. */
const FIRST_TRACK = 6;
const TRACK_STEP = 3;

type RouteType = 'forward' | 'back' | 'vertical' | 'bracket';
interface Route {
  e: GraphEdge;
  a: number;
  b: number;
  type: RouteType;
}

// Every coordinate in a path is rounded as the layout's other numbers are (one decimal).
const moveTo = (d: Path, p: Point) => d.moveTo(round(p[0]), round(p[1]));
const lineTo = (d: Path, p: Point) => d.lineTo(round(p[0]), round(p[1]));
/** A quadratic bend to `p` around the corner `c`. */
const bendTo = (d: Path, c: Point, p: Point) => d.quadraticCurveTo(round(c[0]), round(c[1]), round(p[0]), round(p[1]));
/** A smooth S from `a` to `b`: horizontal at both ends, turning halfway across. */
const curveTo = (d: Path, a: Point, b: Point) => {
  const mx = round((a[0] + b[0]) / 2);
  d.bezierCurveTo(mx, round(a[1]), mx, round(b[1]), round(b[0]), round(b[1]));
};

function classify(grid: Grid, box: Boxes): Route[] {
  const routes: Route[] = [];
  for (const e of grid.edges) {
    const a = grid.index.get(e.from);
    const b = grid.index.get(e.to);
    if (a === undefined || b === undefined) continue;
    const ca = grid.col[a] ?? 0;
    const cb = grid.col[b] ?? 0;
    const stacked = grid.lane[a] === grid.lane[b] && Math.abs((box.pos[a] ?? 0) - (box.pos[b] ?? 0)) === 1;
    routes.push({ e, a, b, type: ca < cb ? 'forward' : ca > cb ? 'back' : stacked ? 'vertical' : 'bracket' });
  }
  return routes;
}

/** The y of every edge end on a box side, keyed `${route}:${end}` (end 0 is the source). */
function spreadPorts(routes: readonly Route[], box: Boxes, h: number): Map<string, number> {
  const cy = (i: number) => (box.y[i] ?? 0) + h / 2;
  const sides = new Map<string, { route: number; end: 0 | 1; other: number }[]>();
  const attach = (node: number, side: 'left' | 'right', route: number, end: 0 | 1, other: number) => {
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
  const port = new Map<string, number>();
  for (const [key, list] of sides) {
    const top = box.y[Number(key.split(':')[0])] ?? 0;
    list.sort((p, q) => cy(p.other) - cy(q.other) || p.route - q.route || p.end - q.end);
    list.forEach((p, k) => {
      port.set(`${p.route}:${p.end}`, top + (h * (k + 1)) / (list.length + 1));
    });
  }
  return port;
}

/**
 * How far each bracket reaches out from its column, by route index. Brackets into the same
 * box share a track (they read as one trunk fanning out to its sources); trunks that overlap
 * take different tracks, shorter ones nearer the boxes.
 */
function bracketReach(grid: Grid, routes: readonly Route[], port: Map<string, number>): Map<number, number> {
  const { columnPadding, columnGap, margin } = grid.settings;
  const trunks = new Map<number, { target: number; routes: number[]; lo: number; hi: number }>();
  routes.forEach((r, i) => {
    if (r.type !== 'bracket') return;
    const [y1, y2] = [port.get(`${i}:0`) ?? 0, port.get(`${i}:1`) ?? 0];
    const trunk = trunks.get(r.b) ?? { target: r.b, routes: [], lo: Infinity, hi: -Infinity };
    trunk.routes.push(i);
    trunk.lo = Math.min(trunk.lo, y1, y2);
    trunk.hi = Math.max(trunk.hi, y1, y2);
    trunks.set(r.b, trunk);
  });
  const byColumn = new Map<number, { target: number; routes: number[]; lo: number; hi: number }[]>();
  for (const trunk of trunks.values()) {
    const c = grid.col[trunk.target] ?? 0;
    const list = byColumn.get(c);
    if (list) list.push(trunk);
    else byColumn.set(c, [trunk]);
  }
  const reach = new Map<number, number>();
  for (const [c, list] of byColumn) {
    const room = columnPadding + (c === grid.columns.length - 1 ? margin : columnGap / 2) - CLEARANCE;
    const tracks = Math.max(1, Math.floor((room - FIRST_TRACK) / TRACK_STEP) + 1);
    const taken: { lo: number; hi: number }[][] = Array.from({ length: tracks }, () => []);
    list.sort((p, q) => p.hi - p.lo - (q.hi - q.lo) || p.target - q.target);
    for (const trunk of list) {
      // The innermost free track; when all are taken over this span, the outermost.
      let t = taken.findIndex((track) => !track.some((o) => o.lo < trunk.hi + TRACK_STEP && trunk.lo < o.hi + TRACK_STEP));
      if (t === -1) t = tracks - 1;
      taken[t]?.push(trunk);
      for (const r of trunk.routes) reach.set(r, Math.min(room, FIRST_TRACK + t * TRACK_STEP));
    }
  }
  return reach;
}

/**
 * Waypoints for a path from `a` (leaving column `ca`) to `b` (entering column `cb`): none
 * when one curve clears every box in the columns between; otherwise a crossing through the
 * first column it would clip, then the same for the parts on either side.
 */
function thread(grid: Grid, cols: ColumnBoxes[], a: Point, b: Point, ca: number, cb: number): Point[] {
  const dir = cb > ca ? 1 : -1;
  if (Math.abs(cb - ca) < 2) return [];
  const n = SAMPLES_PER_COLUMN * Math.abs(cb - ca);
  const mx = (a[0] + b[0]) / 2;
  let hit: number | undefined;
  for (let s = 1; s < n && hit === undefined; s++) {
    const t = s / n;
    const u = 1 - t;
    // The cubic M a C (mx, a.y) (mx, b.y) b at t.
    const x = u * u * u * a[0] + 3 * u * t * mx + t * t * t * b[0];
    const y = (u * u * u + 3 * u * u * t) * a[1] + (3 * u * t * t + t * t * t) * b[1];
    for (let c = ca + dir; c !== cb; c += dir) {
      const left = grid.columns[c]?.boxX ?? 0;
      const w = grid.columns[c]?.boxWidth ?? 0;
      const col = cols[c];
      if (col && x >= left - 2 && x <= left + w + 2 && onBox(col, y)) {
        hit = c;
        break;
      }
    }
  }
  if (hit === undefined) return [];
  const left = grid.columns[hit]?.boxX ?? 0;
  const w = grid.columns[hit]?.boxWidth ?? 0;
  const ideal = a[1] + ((b[1] - a[1]) * (left + w / 2 - a[0])) / (b[0] - a[0]);
  const col = cols[hit];
  const y = col ? crossAt(col, ideal) : ideal;
  const entry: Point = [dir === 1 ? left : left + w, y];
  const exit: Point = [dir === 1 ? left + w : left, y];
  return [...thread(grid, cols, a, entry, ca, hit), entry, exit, ...thread(grid, cols, exit, b, hit, cb)];
}

export function edgePaths(grid: Grid, box: Boxes): { edges: MapEdge[]; maxX: number } {
  const h = grid.settings.nodeHeight;
  /** Width of node `i`'s box: its column's. */
  const width = (i: number) => grid.columns[grid.col[i] ?? 0]?.boxWidth ?? grid.settings.nodeWidth;
  const cols = columnBoxes(grid, box.y);
  const routes = classify(grid, box);
  const port = spreadPorts(routes, box, h);
  const reach = bracketReach(grid, routes, port);

  // Parallel vertical edges between one pair of boxes sit side by side.
  const pairs = new Map<string, number[]>();
  routes.forEach((r, i) => {
    if (r.type !== 'vertical') return;
    const key = `${Math.min(r.a, r.b)}:${Math.max(r.a, r.b)}`;
    const group = pairs.get(key);
    if (group) group.push(i);
    else pairs.set(key, [i]);
  });

  let maxX = 0;
  const edges = routes.map((r, i): MapEdge => {
    const ax = box.x[r.a] ?? 0;
    const bx = box.x[r.b] ?? 0;
    const [ay, by] = [box.y[r.a] ?? 0, box.y[r.b] ?? 0];
    const sy = port.get(`${i}:0`) ?? ay + h / 2;
    const ty = port.get(`${i}:1`) ?? by + h / 2;
    let points: Point[];
    const d = path();
    const [wa, wb] = [width(r.a), width(r.b)];
    if (r.type === 'vertical') {
      const group = pairs.get(`${Math.min(r.a, r.b)}:${Math.max(r.a, r.b)}`) ?? [i];
      const x = ax + wa / 2 + (group.indexOf(i) - (group.length - 1) / 2) * 12;
      const down = ay < by;
      points = [
        [x, ay + (down ? h : 0)],
        [x, by + (down ? 0 : h)],
      ];
      moveTo(d, points[0]!);
      lineTo(d, points[1]!);
    } else if (r.type === 'bracket') {
      const x = ax + wa;
      const far = x + (reach.get(i) ?? FIRST_TRACK);
      const s = ty > sy ? 1 : -1;
      const bend = Math.min(Math.abs(ty - sy) / 2, 12);
      maxX = Math.max(maxX, far);
      points = [
        [x, sy],
        [far, sy + s * bend],
        [far, ty - s * bend],
        [x, ty],
      ];
      moveTo(d, [x, sy]);
      bendTo(d, [far, sy], [far, sy + s * bend]);
      lineTo(d, [far, ty - s * bend]);
      bendTo(d, [far, ty], [x, ty]);
    } else {
      const forward = r.type === 'forward';
      const start: Point = [forward ? ax + wa : ax, sy];
      const end: Point = [forward ? bx : bx + wb, ty];
      points = [start, ...thread(grid, cols, start, end, grid.col[r.a] ?? 0, grid.col[r.b] ?? 0), end];
      moveTo(d, start);
      // Points run start, (entry, exit) per column crossed, end: curves between columns,
      // straight lines across them.
      for (let k = 1; k < points.length; k++) {
        const p = points[k] ?? end;
        if (k % 2 === 1) curveTo(d, points[k - 1] ?? start, p);
        else lineTo(d, p);
      }
    }
    return { from: r.e.from, to: r.e.to, kind: r.e.kind, d: d.toString(), points: points.map((p) => [round(p[0]), round(p[1])]) };
  });
  return { edges, maxX };
}
