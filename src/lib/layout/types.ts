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
}

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
};

export interface MapColumn {
  /** The lowest level in the column: 0 to 7 (7 holds levels 7 and 8). */
  level: number;
  /** "Entry", "Level 1" ... "Level 7+". */
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
