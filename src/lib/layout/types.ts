/**
 * Types and defaults for the pathway map layout. The layout is plain JSON: islands and
 * pages render the precomputed positions and never lay anything out themselves.
 */
import type { EdgeKind } from '../graph/graph.ts';

/** A lane (row) of the map: one pathway family, from the pathway content. */
export interface LaneInput {
  id: string;
  title: string;
  /** The lane's colour, as #rrggbb. */
  colour: string;
  /** Lower numbers are drawn higher up. */
  order: number;
}

export interface LayoutOptions {
  /** Width of a node box in px. */
  nodeWidth?: number;
  /** Height of a node box in px: room for two lines of title. */
  nodeHeight?: number;
  /** Space inside a column band on each side of its boxes. */
  columnPadding?: number;
  /** Space between column bands: with the padding, this is where edges curve. */
  columnGap?: number;
  /** Space between boxes stacked in one cell: edges can pass through it. */
  rowGap?: number;
  /** Space above and below the boxes of a lane. */
  lanePadding?: number;
  /** Room at the top of each lane for its title. */
  laneLabelHeight?: number;
  /** Space between lanes. */
  laneGap?: number;
  /** Room above the first lane for the column labels. */
  headerHeight?: number;
  /** Space around the whole map. */
  margin?: number;
  /**
   * Crossing-reduction sweeps; each is one left-to-right and one right-to-left pass.
   * 0 keeps the plain id order within each cell.
   */
  sweeps?: number;
  /** Drop empty columns and lanes, for small maps on content pages. */
  compact?: boolean;
  /**
   * Size boxes to their titles instead of `nodeWidth` and `nodeHeight`: each column as wide
   * as its longest title needs to wrap over at most `maxLines` lines, never cut, and every
   * box as tall as the most lines any box holds. The lines go in `MapNode.lines`. False: fixed
   * boxes, and the renderer shortens long titles (the full map and small maps).
   */
  labels?: LabelFit | false;
  /**
   * Within a busy level, "any one of these" junctions, courses, registrations (with tests and
   * checks) and jobs stand side by side (a degree, its registration, the job), so their lines
   * run rightwards instead of looping round one tall column; a quiet level stacks them in
   * order instead. The level's title spans its sub-columns.
   */
  layers?: boolean;
  /**
   * Where a cell with fewer boxes than its lane's fullest sits: centred (a lane of single boxes
   * reads as one straight line) or at the top (a tall lane shown a screen at a time starts
   * with its boxes, not with empty space).
   */
  cellAlign?: 'centre' | 'top';
}

/** How titles are fitted into boxes (see `LayoutOptions.labels`). Sizes in px. */
export interface LabelFit {
  fontSize: number;
  lineHeight: number;
  maxLines: number;
  /**
   * Width allowed per character: generous (0.6em), so a line of capitals and wide letters
   * still fits in the fonts people have (DejaVu Sans on Linux is the widest common one).
   */
  charWidth: number;
  /** Room left and right of the text, in total; and above and below it, in total. */
  paddingX: number;
  paddingY: number;
  /** The narrowest column, in characters, so a column of short titles still reads as one. */
  minChars: number;
}

/** 15px titles on 18px lines, up to three lines: at 1:1 they read at 15px. */
export const labelFit: LabelFit = { fontSize: 15, lineHeight: 18, maxLines: 3, charWidth: 9, paddingX: 22, paddingY: 14, minChars: 14 };

export type LayoutSettings = Required<LayoutOptions>;

/**
 * On a 1920px screen the full map (8 columns) is 1848px wide: boxes stay 168px, wide enough
 * for a two-line title at 16px, and the 64px between boxes leaves room for the curves.
 */
export const defaultLayoutOptions: LayoutSettings = {
  nodeWidth: 168,
  nodeHeight: 52,
  columnPadding: 12,
  columnGap: 40,
  rowGap: 12,
  lanePadding: 12,
  laneLabelHeight: 24,
  laneGap: 8,
  headerHeight: 40,
  margin: 16,
  sweeps: 4,
  compact: false,
  labels: false,
  layers: false,
  cellAlign: 'centre',
};

export interface MapColumn {
  /** The lowest level in the column: 0 to 7 (7 holds levels 7 and 8). */
  level: number;
  /** "Entry", "Level 1" ... "Level 7+"; "" for a level's second and later sub-columns (`layers`). */
  label: string;
  x: number;
  width: number;
}

export interface MapLane {
  id: string;
  title: string;
  colour: string;
  y: number;
  height: number;
}

export interface MapNode {
  id: string;
  /** Top-left corner of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The lane id. */
  lane: string;
  /** The node's own level (0 to 8), not the column's. */
  level: number;
  /** The title as wrapped to fit the box, when the layout fits labels (`labels`). */
  lines?: string[];
  /**
   * A node of another pathway, drawn in this lane because a line joins it to this lane's own
   * nodes (pathway views): `lane` is its own pathway; `direction` is "out" when this lane leads
   * to it, "in" when it leads into this lane.
   */
  exit?: { lane: string; laneTitle: string; direction: 'in' | 'out' };
  /** An "any one of these" junction (pathway views): not a job or step, drawn small, never a link. */
  junction?: true;
}

export interface MapEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** SVG path data, starting at the source box and ending on the target box's edge. */
  d: string;
  /** The path's anchor points: its two ends and any waypoints, for hit tests and tests. */
  points?: [number, number][];
}

export interface MapLayout {
  width: number;
  height: number;
  /** Present when boxes were sized to their titles: the text size the lines were fitted for. */
  label?: { fontSize: number; lineHeight: number };
  columns: MapColumn[];
  lanes: MapLane[];
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Levels 0 to 8 fall into 8 columns: 7 and 8 share the last one. */
export const columnCount = 8;

export function columnOf(level: number): number {
  if (!Number.isFinite(level)) return 0;
  return Math.max(0, Math.min(columnCount - 1, Math.floor(level)));
}

export function columnLabel(column: number): string {
  if (column === 0) return 'Entry';
  return column === columnCount - 1 ? `Level ${column}+` : `Level ${column}`;
}

/** Rounds to 1 decimal; never returns -0, so deep equality and snapshots stay stable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}

/** Compares strings by code unit, the same in every locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
