/**
 * Where paths may run inside a column band: boxes only ever sit in column bands, all of one
 * width, so a path is safe anywhere between bands, and inside a band only in the free
 * channels above, between and below its boxes.
 */
import { slotTop, type Grid } from './grid.ts';

export type Point = [number, number];

export interface Channel {
  lo: number;
  hi: number;
  /** Heights already taken by paths, so the next one can sit beside them. */
  used: number[];
}

export interface ColumnBoxes {
  /** Box tops and bottoms, top to bottom. */
  tops: number[];
  bottoms: number[];
  channels: Channel[];
}

export interface Boxes {
  /** Top-left corner of each node's box, by node index. */
  x: Float64Array;
  y: Float64Array;
  /** The box's place in its whole column, top to bottom. */
  pos: Int32Array;
}

/** Paths keep this far from box edges when threading between them. */
export const CLEARANCE = 4;

/** Positions of every box (top-left), from the grid's final cell order. */
export function placeBoxes(grid: Grid): Boxes {
  const n = grid.nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const pos = new Int32Array(n);
  const seen = grid.columns.map(() => 0);
  grid.cells.forEach((row, l) => {
    row.forEach((cell, c) => {
      cell.forEach((node, slot) => {
        x[node] = grid.columns[c]?.boxX ?? 0;
        y[node] = slotTop(grid, l, c, slot);
        pos[node] = seen[c] ?? 0;
        seen[c] = (seen[c] ?? 0) + 1;
      });
    });
  });
  return { x, y, pos };
}

/** The boxes and free channels of every column, from the top of the first lane to the bottom of the last. */
export function columnBoxes(grid: Grid, y: Float64Array): ColumnBoxes[] {
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

/** True when height `y` falls on a box of the column (with 2px to spare). */
export function onBox(col: ColumnBoxes, y: number): boolean {
  let lo = 0;
  let hi = col.tops.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (y < (col.tops[mid] ?? 0) - 2) hi = mid - 1;
    else if (y > (col.bottoms[mid] ?? 0) + 2) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A height to cross a column at: in the free channel nearest `ideal`, nudged off earlier paths. */
export function crossAt(col: ColumnBoxes, ideal: number): number {
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
