/**
 * Where the drawn lines of a map cross, counted on the paths themselves (not on straight
 * lines between box centres, as the ordering step scores them): each path is flattened into
 * short straight pieces and every pair of lines that share no box is tested piece by piece.
 * For comparing layouts (the full map against the pathway views) in tests and benchmarks.
 */
import type { MapLayout } from './types.ts';

type Pt = [number, number];

/** Pieces a curve is cut into: enough that a crossing near a bend is still found. */
const STEPS = 16;

/**
 * Points along SVG path data made of M, L, Q and C commands (what the layout emits): each
 * curve cut into `steps` pieces. With `straight`, straight lines are cut too (for testing
 * which boxes a line runs through); otherwise only their ends are kept.
 */
export function flattenPath(d: string, steps = STEPS, straight = false): Pt[] {
  const out: Pt[] = [];
  let at: Pt = [0, 0];
  const along = (point: (t: number) => Pt) => {
    for (let i = 1; i <= steps; i++) out.push(point(i / steps));
  };
  for (const [, cmd, args = ''] of d.matchAll(/([MLQC])([^MLQC]*)/g)) {
    const n = args
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const from = at;
    if (cmd === 'M' || (cmd === 'L' && !straight)) {
      at = [n[0] ?? 0, n[1] ?? 0];
      out.push(at);
    } else if (cmd === 'L') {
      const [x = 0, y = 0] = n;
      out.push(from);
      along((t) => [from[0] + (x - from[0]) * t, from[1] + (y - from[1]) * t]);
      at = [x, y];
    } else if (cmd === 'Q') {
      const [x1 = 0, y1 = 0, x = 0, y = 0] = n;
      along((t) => {
        const u = 1 - t;
        return [u * u * from[0] + 2 * u * t * x1 + t * t * x, u * u * from[1] + 2 * u * t * y1 + t * t * y];
      });
      at = [x, y];
    } else if (cmd === 'C') {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, x = 0, y = 0] = n;
      along((t) => {
        const u = 1 - t;
        return [
          u * u * u * from[0] + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
          u * u * u * from[1] + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
        ];
      });
      at = [x, y];
    }
  }
  return out;
}

const orient = (a: Pt, b: Pt, c: Pt) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** Proper crossings only: touching or running along each other does not count. */
function piecesCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0 && o1 !== o2 && o3 !== o4;
}

interface Flat {
  from: string;
  to: string;
  pts: Pt[];
  box: [number, number, number, number];
}

/**
 * How many times the map's lines cross each other. Two lines that share a box (one ends
 * where the other starts, or both leave the same box) never count: they meet there by design.
 */
export function pathCrossings(layout: Pick<MapLayout, 'edges'>): number {
  const flat: Flat[] = layout.edges.map((e) => {
    const pts = flattenPath(e.d);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { from: e.from, to: e.to, pts, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
  let total = 0;
  for (let i = 0; i < flat.length; i++) {
    const p = flat[i] as Flat;
    for (let j = i + 1; j < flat.length; j++) {
      const q = flat[j] as Flat;
      if (p.from === q.from || p.from === q.to || p.to === q.from || p.to === q.to) continue;
      if (p.box[2] < q.box[0] || q.box[2] < p.box[0] || p.box[3] < q.box[1] || q.box[3] < p.box[1]) continue;
      for (let a = 1; a < p.pts.length; a++) {
        const a0 = p.pts[a - 1] as Pt;
        const a1 = p.pts[a] as Pt;
        for (let b = 1; b < q.pts.length; b++) if (piecesCross(a0, a1, q.pts[b - 1] as Pt, q.pts[b] as Pt)) total++;
      }
    }
  }
  return total;
}
