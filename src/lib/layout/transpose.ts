/**
 * What a swap of two neighbouring boxes in a cell would change, for the "transpose" step of
 * the ordering (order.ts). Boxes in a cell sit at fixed slots, so a swap exchanges the two
 * boxes' heights and moves only the lines at those two boxes; a pair of lines can change from
 * crossing to not crossing only where one of the moved lines passes the other's height. So
 * each gap between columns keeps its lines sorted by height at both sides, and a swap looks
 * only at the lines whose heights lie between a moved line's old and new height. Rescoring
 * every line for every try (as before) made a pathway view's ordering grow with boxes x lines:
 * minutes at 40 times today's content.
 *
 * Crossings are counted exactly as `crossingsBetween` counts them (straight lines between box
 * centres, long ones interpolated at the columns they skip; two lines cross in a gap between
 * neighbouring columns when their order at its left side differs from their order at its
 * right), so the decisions are the same as rescoring everything.
 */

export interface SwapDelta {
  /**
   * How [crossings, length of same-column lines] would change if boxes `a` and `b` (neighbours
   * in one cell) swapped places. Leaves everything as it was.
   */
  change: (a: number, b: number) => [number, number];
  /** Records that `a` and `b` have swapped places (their heights in `y` are exchanged). */
  swap: (a: number, b: number) => void;
}

import { crossingsIn } from './inversions.ts';

/** True when two lines with these heights at the left and right of a gap cross in it. */
const crosses = (ls: number, rs: number, lt: number, rt: number) => (ls < lt && rs > rt) || (ls > lt && rs < rt);

/** Heights of the lines over one side of one gap, kept sorted, with each line's place. */
interface Side {
  /** Line ids, by height. */
  order: Int32Array;
  /** Each line's height (by line id; only the lines over this gap are set). */
  value: Float64Array;
  /** Each line's place in `order` (by line id). */
  place: Int32Array;
}

/** First place in `side` whose height is >= `v`. */
function lowerBound(side: Side, v: number): number {
  let lo = 0;
  let hi = side.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((side.value[side.order[mid] ?? 0] ?? 0) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sets line `k`'s height on `side` and moves it to its sorted place. */
function update(side: Side, k: number, v: number): void {
  const { order, value, place } = side;
  value[k] = v;
  let i = place[k] ?? 0;
  while (i > 0 && (value[order[i - 1] ?? 0] ?? 0) > v) {
    const m = order[i - 1] ?? 0;
    order[i] = m;
    place[m] = i;
    i--;
  }
  while (i + 1 < order.length && (value[order[i + 1] ?? 0] ?? 0) < v) {
    const m = order[i + 1] ?? 0;
    order[i] = m;
    place[m] = i;
    i++;
  }
  order[i] = k;
  place[k] = i;
}

/**
 * `links` are the lines between columns and `loops` the lines within one, as pairs of node
 * indices; `columnXs` the columns' positions; `x(i)` a node's column position; `y` each node's
 * centre (the caller swaps boxes, then calls `swap`).
 */
export function swapDelta(
  links: readonly (readonly [number, number])[],
  loops: readonly (readonly [number, number])[],
  columnXs: readonly number[],
  x: (i: number) => number,
  y: Float64Array,
): SwapDelta {
  const layers = [...new Set(columnXs)].sort((p, q) => p - q);
  const gapOf = new Map(layers.map((v, g) => [v, g]));
  // Each line from left to right (the end further left first), with the gaps it spans.
  const n = links.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const firstGap = new Int32Array(n);
  const lastGap = new Int32Array(n).fill(-1);
  const spanning: number[][] = layers.map(() => []);
  const linksAt = new Map<number, number[]>();
  const loopsAt = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, node: number, k: number) => {
    const list = map.get(node);
    if (!list) map.set(node, [k]);
    else if (list.at(-1) !== k) list.push(k);
  };
  links.forEach(([a, b], k) => {
    const [p, q] = x(a) <= x(b) ? [a, b] : [b, a];
    from[k] = p;
    to[k] = q;
    add(linksAt, a, k);
    add(linksAt, b, k);
    if (!(x(p) < x(q))) return;
    const g0 = gapOf.get(x(p)) ?? 0;
    const g1 = (gapOf.get(x(q)) ?? 0) - 1;
    firstGap[k] = g0;
    lastGap[k] = g1;
    for (let g = g0; g <= g1; g++) spanning[g]?.push(k);
  });
  loops.forEach(([a, b], k) => {
    add(loopsAt, a, k);
    add(loopsAt, b, k);
  });

  /** Line `k`'s height at `xAt`, interpolated as crossingsBetween does. */
  const at = (k: number, xAt: number) => {
    const p = from[k] ?? 0;
    const q = to[k] ?? 0;
    const x1 = x(p);
    const y1 = y[p] ?? 0;
    return y1 + (((y[q] ?? 0) - y1) * (xAt - x1)) / (x(q) - x1);
  };
  const side = (g: number, xAt: number): Side => {
    const lines = spanning[g] ?? [];
    const value = new Float64Array(n);
    for (const k of lines) value[k] = at(k, xAt);
    const order = Int32Array.from(lines.slice().sort((p, q) => (value[p] ?? 0) - (value[q] ?? 0)));
    const place = new Int32Array(n);
    order.forEach((k, i) => {
      place[k] = i;
    });
    return { order, value, place };
  };
  const lefts = layers.slice(0, -1).map((v, g) => side(g, v));
  const rights = layers.slice(0, -1).map((_, g) => side(g, layers[g + 1] ?? 0));

  const mine = new Uint8Array(n);
  const seen = new Int32Array(n);
  let stamp = 0;
  const linesOf = (a: number, b: number) => [...new Set([...(linksAt.get(a) ?? []), ...(linksAt.get(b) ?? [])])];
  /** Heights [left, right] of each of `lines` over each gap it spans, by gap. */
  const heights = (lines: readonly number[]) => {
    const byGap = new Map<number, [number, number][]>();
    for (const k of lines) {
      for (let g = firstGap[k] ?? 0; g <= (lastGap[k] ?? -1); g++) {
        const list = byGap.get(g) ?? [];
        list.push([at(k, layers[g] ?? 0), at(k, layers[g + 1] ?? 0)]);
        byGap.set(g, list);
      }
    }
    return byGap;
  };
  const length = (a: number, b: number) => {
    let sum = 0;
    for (const k of new Set([...(loopsAt.get(a) ?? []), ...(loopsAt.get(b) ?? [])])) {
      const [p, q] = loops[k] ?? [0, 0];
      sum += Math.abs((y[p] ?? 0) - (y[q] ?? 0));
    }
    return sum;
  };
  const exchange = (a: number, b: number) => {
    [y[a], y[b]] = [y[b] ?? 0, y[a] ?? 0];
  };
  /** The other lines (not `mine`) whose height on `side` lies in [lo, hi]. */
  const between = (side: Side, lo: number, hi: number): number[] => {
    const out: number[] = [];
    for (let p = lowerBound(side, lo); p < side.order.length; p++) {
      const t = side.order[p] ?? 0;
      if ((side.value[t] ?? 0) > hi) break;
      if (!mine[t]) out.push(t);
    }
    return out;
  };

  return {
    change(a, b) {
      const lines = linesOf(a, b);
      const old = heights(lines);
      const oldLength = length(a, b);
      exchange(a, b);
      const now = heights(lines);
      const newLength = length(a, b);
      exchange(a, b);
      for (const k of lines) mine[k] = 1;
      let delta = 0;
      for (const [g, before] of old) {
        const after = now.get(g) ?? [];
        const left = lefts[g];
        const right = rights[g];
        if (!left || !right) continue;
        // Pairs of two moved lines (crossingsIn sorts its argument: copies).
        delta += crossingsIn(after.map(([l, r]) => [l, r])) - crossingsIn(before.map(([l, r]) => [l, r]));
        // Another line changes its crossing with a moved line s only if its height at a side
        // of the gap lies between s's old and new heights there. Lines at one box share those
        // heights, so each range is looked up once.
        const found = new Map<string, number[]>();
        const near = (side: Side, which: 'l' | 'r', p: number, q: number) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const key = `${which}${lo}:${hi}`;
          let list = found.get(key);
          if (!list) {
            list = between(side, lo, hi);
            found.set(key, list);
          }
          return list;
        };
        before.forEach(([ls, rs], i) => {
          const [ls2, rs2] = after[i] ?? [ls, rs];
          stamp++;
          for (const list of [near(left, 'l', ls, ls2), near(right, 'r', rs, rs2)]) {
            for (const t of list) {
              if (seen[t] === stamp) continue;
              seen[t] = stamp;
              const lt = left.value[t] ?? 0;
              const rt = right.value[t] ?? 0;
              delta += Number(crosses(ls2, rs2, lt, rt)) - Number(crosses(ls, rs, lt, rt));
            }
          }
        });
      }
      for (const k of lines) mine[k] = 0;
      return [delta, newLength - oldLength];
    },
    swap(a, b) {
      for (const k of linesOf(a, b)) {
        for (let g = firstGap[k] ?? 0; g <= (lastGap[k] ?? -1); g++) {
          const left = lefts[g];
          const right = rights[g];
          if (left) update(left, k, at(k, layers[g] ?? 0));
          if (right) update(right, k, at(k, layers[g + 1] ?? 0));
        }
      }
    },
  };
}
