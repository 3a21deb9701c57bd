/**
 * Orders the nodes within each cell to reduce edge crossings: the barycentre heuristic
 * (Sugiyama et al.), sweeping left to right and back a few times, keeping the best order
 * seen. Lanes and columns never move; only the order inside a cell changes.
 *
 * Cost: a pass is O(E + N log N); scoring an order is O(E log E) per column gap. With the
 * default 4 sweeps, 5,000 nodes and 10,000 edges order in under 0.1 s (see
 * scripts/bench-layout.ts), so sweeps are not capped by size; sweeping stops early once a
 * sweep changes nothing. The transpose step (pathway views) scores a swap from the lines at its
 * two boxes only (transpose.ts), never the whole view.
 */
import { slotTop, type Grid } from './grid.ts';
import { crossingsIn } from './inversions.ts';
import { swapDelta } from './transpose.ts';

/** A straight line between two columns, by the centres of its two boxes. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Counts crossings the way layered layouts do: between each pair of neighbouring column
 * positions `xs`, every segment spanning that gap is a straight line (long segments are
 * interpolated at the columns they skip), and two segments cross when their order at the
 * gap's left side differs from their order at its right. Segments sharing an end do not
 * count; vertical segments (both ends in one column) are ignored.
 */
export function crossingsBetween(segments: readonly Segment[], xs: readonly number[]): number {
  const layers = [...new Set(xs)].sort((a, b) => a - b);
  const segs = segments.map((s) => (s.x1 <= s.x2 ? s : { x1: s.x2, y1: s.y2, x2: s.x1, y2: s.y1 })).filter((s) => s.x1 < s.x2);
  let total = 0;
  for (let g = 0; g + 1 < layers.length; g++) {
    const left = layers[g] ?? 0;
    const right = layers[g + 1] ?? 0;
    const pairs: [number, number][] = [];
    for (const s of segs) {
      if (s.x1 > left || s.x2 < right) continue;
      const at = (x: number) => s.y1 + ((s.y2 - s.y1) * (x - s.x1)) / (s.x2 - s.x1);
      pairs.push([at(left), at(right)]);
    }
    total += crossingsIn(pairs);
  }
  return total;
}

/**
 * Reorders `grid.cells` in place (the grid is the layout's own working copy). The order kept
 * is the one with the fewest crossings; among equals, the one with the shortest same-column
 * edges (those loop around the boxes between their ends, so shorter is easier to follow).
 */
export function orderCells(grid: Grid, sweeps: number): void {
  const { nodes, edges, index, col } = grid;
  const half = grid.settings.nodeHeight / 2;
  const neighbours: number[][] = nodes.map(() => []);
  const sameColumn: number[][] = nodes.map(() => []);
  const links: [number, number][] = [];
  const loops: [number, number][] = [];
  /** The target of each same-column edge, by source (a step that must sit above another). */
  const sameOut: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined) continue;
    const same = col[a] === col[b];
    (same ? sameColumn : neighbours)[a]?.push(b);
    (same ? sameColumn : neighbours)[b]?.push(a);
    (same ? loops : links).push([a, b]);
    if (same) sameOut[a]?.push(b);
  }
  const y = new Float64Array(nodes.length);
  const x = (i: number) => grid.columns[col[i] ?? 0]?.boxX ?? 0;
  const placeCell = (l: number, c: number) => {
    grid.cells[l]?.[c]?.forEach((node, slot) => {
      y[node] = slotTop(grid, l, c, slot) + half;
    });
  };
  grid.cells.forEach((row, l) => {
    row.forEach((_, c) => {
      placeCell(l, c);
    });
  });

  const score = (): [number, number] => [
    crossingsBetween(
      links.map(([a, b]) => ({ x1: x(a), y1: y[a] ?? 0, x2: x(b), y2: y[b] ?? 0 })),
      grid.columns.map((c) => c.boxX),
    ),
    loops.reduce((sum, [a, b]) => sum + Math.abs((y[a] ?? 0) - (y[b] ?? 0)), 0),
  ];
  let best = score();
  let bestCells = grid.cells.map((row) => row.map((cell) => cell.slice()));

  const mean = (list: readonly number[], keep: (m: number) => boolean): number | undefined => {
    let sum = 0;
    let n = 0;
    for (const m of list) {
      if (!keep(m)) continue;
      sum += y[m] ?? 0;
      n++;
    }
    return n ? sum / n : undefined;
  };

  // One pass: reorder every cell of each column by the mean y of its neighbours in the
  // columns already placed (left of it going rightwards, right of it going leftwards).
  // A node with none there follows its same-column neighbours, else stays where it is.
  const pass = (dir: 1 | -1): boolean => {
    let changed = false;
    const cols = grid.columns.map((_, c) => c);
    if (dir === -1) cols.reverse();
    for (const c of cols) {
      const fixed = (m: number) => (dir === 1 ? (col[m] ?? 0) < c : (col[m] ?? 0) > c);
      for (const [l, row] of grid.cells.entries()) {
        const cell = row[c];
        if (!cell || cell.length < 2) continue;
        const key = new Map<number, number>();
        for (const node of cell) {
          const k = mean(neighbours[node] ?? [], fixed) ?? mean(sameColumn[node] ?? [], () => true) ?? y[node] ?? 0;
          key.set(node, k);
        }
        // Ties fall back to id order (node indices follow id order).
        const sorted = cell.slice().sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || a - b);
        const next = grid.settings.layers ? inOrder(sorted, sameOut) : sorted;
        if (next.some((node, i) => node !== cell[i])) {
          changed = true;
          row[c] = next;
          placeCell(l, c);
        }
      }
    }
    return changed;
  };

  const consider = () => {
    const now = score();
    if (now[0] < best[0] || (now[0] === best[0] && now[1] < best[1])) {
      best = now;
      bestCells = grid.cells.map((row) => row.map((cell) => cell.slice()));
    }
  };
  for (let s = 0; s < sweeps; s++) {
    let changed = false;
    for (const dir of [1, -1] as const) {
      changed = pass(dir) || changed;
      consider();
    }
    if (!changed) break;
  }
  grid.cells = bestCells;
  if (!grid.settings.layers) return;
  // With layers the passes keep steps in order; the first order (by id) may not have been.
  grid.cells.forEach((row, l) => {
    row.forEach((cell, c) => {
      row[c] = inOrder(cell, sameOut);
      placeCell(l, c);
    });
  });
  // Then neighbours in a cell swap places wherever that removes crossings ("transpose", as
  // in Gansner et al.'s dot), never putting a step below one it leads to. Only the lines at
  // the two boxes are scored again (transpose.ts), so this stays quick on large views.
  const delta = swapDelta(
    links,
    loops,
    grid.columns.map((c) => c.boxX),
    x,
    y,
  );
  for (let round = 0; round < 4; round++) {
    let improved = false;
    grid.cells.forEach((row, l) => {
      row.forEach((cell, c) => {
        for (let i = 0; i + 1 < cell.length; i++) {
          const [a, b] = [cell[i] ?? 0, cell[i + 1] ?? 0];
          if (sameOut[a]?.includes(b)) continue;
          const [crossings, length] = delta.change(a, b);
          if (crossings > 0 || (crossings === 0 && length >= 0)) continue;
          cell[i] = b;
          cell[i + 1] = a;
          placeCell(l, c);
          delta.swap(a, b);
          improved = true;
        }
      });
    });
    if (!improved) break;
  }
}

/**
 * A cell reordered so that a step that leads to another in the same cell sits above it
 * (an apprenticeship, then its registration, then the job), otherwise keeping the order it
 * had: Kahn's algorithm, always taking the earliest box that nothing left in the cell leads to.
 * `sameOut[a]` lists the target of each same-column edge from `a` (one entry per edge).
 */
function inOrder(cell: readonly number[], sameOut: readonly number[][]): number[] {
  if (cell.length < 2) return [...cell];
  const here = new Set(cell);
  const before = new Map(cell.map((n) => [n, 0]));
  const after = new Map<number, number[]>();
  for (const a of cell) {
    for (const b of sameOut[a] ?? []) {
      if (a === b || !here.has(b)) continue;
      before.set(b, (before.get(b) ?? 0) + 1);
      after.set(a, [...(after.get(a) ?? []), b]);
    }
  }
  const left = [...cell];
  const out: number[] = [];
  while (left.length) {
    // A loop leaves no box free: take the earliest anyway.
    const i = Math.max(
      0,
      left.findIndex((n) => (before.get(n) ?? 0) === 0),
    );
    const [n] = left.splice(i, 1);
    if (n === undefined) break;
    out.push(n);
    for (const m of after.get(n) ?? []) before.set(m, (before.get(m) ?? 0) - 1);
  }
  return out;
}
