/**
 * The map's grid: levels as columns along x, pathway lanes as rows along y, nodes stacked in
 * the cell where their lane and column meet. The first step of the layout: everything here
 * is fixed before nodes are ordered, because a lane's height depends only on how many nodes
 * its fullest cell holds, not on their order.
 */
import type { GraphData, GraphEdge, GraphNode } from '../graph/graph.ts';
import { byString, columnCount, columnLabel, columnOf, type LaneInput, type LayoutSettings } from './types.ts';

export interface GridColumn {
  /** 0 to 7: the column in the full map. */
  column: number;
  label: string;
  x: number;
  width: number;
  /** Left edge of the boxes in this column. */
  boxX: number;
}

export interface GridLane extends LaneInput {
  y: number;
  height: number;
  /** Top of the first slot in the lane's fullest cell. */
  inner: number;
  /** How many boxes the fullest cell holds (at least 1). */
  slots: number;
}

export interface Grid {
  settings: LayoutSettings;
  /** Sorted by id, one per id. */
  nodes: GraphNode[];
  /** Sorted by from, to, kind; only between known nodes and never to itself. */
  edges: GraphEdge[];
  index: Map<string, number>;
  /** Node index to lane index. */
  lane: number[];
  /** Node index to column index (in `columns`, which may skip empty ones when compact). */
  col: number[];
  lanes: GridLane[];
  columns: GridColumn[];
  /** cells[lane][column]: node indices, top to bottom. Starts in id order. */
  cells: number[][][];
  width: number;
  height: number;
}

/** Sorts and cleans the inputs so their order in the content never changes the layout. */
function normalise(graph: GraphData): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const seen = new Set<string>();
  for (const n of [...graph.nodes].sort((a, b) => byString(a.id, b.id))) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    nodes.push(n);
  }
  const keys = new Set<string>();
  const edges: GraphEdge[] = [];
  const sorted = [...graph.edges].sort((a, b) => byString(a.from, b.from) || byString(a.to, b.to) || byString(a.kind, b.kind));
  for (const e of sorted) {
    const key = `${e.from}>${e.to}>${e.kind}`;
    if (e.from === e.to || keys.has(key) || !seen.has(e.from) || !seen.has(e.to)) continue;
    keys.add(key);
    edges.push({ from: e.from, to: e.to, kind: e.kind });
  }
  return { nodes, edges };
}

/** The lane a node belongs to; families with no pathway get a lane of their own. */
export function laneIdOf(node: GraphNode): string {
  return node.family || 'other';
}

/** Lanes in `order` (then id), followed by any families the pathways do not list. */
function orderLanes(lanes: readonly LaneInput[], nodes: readonly GraphNode[]): LaneInput[] {
  const out: LaneInput[] = [];
  const ids = new Set<string>();
  for (const l of [...lanes].sort((a, b) => a.order - b.order || byString(a.id, b.id))) {
    if (ids.has(l.id)) continue;
    ids.add(l.id);
    out.push({ id: l.id, title: l.title, colour: l.colour, order: l.order });
  }
  const extra = [...new Set(nodes.map(laneIdOf).filter((id) => !ids.has(id)))].sort(byString);
  const last = out.reduce((max, l) => Math.max(max, l.order), 0);
  extra.forEach((id, i) => {
    out.push({ id, title: id, colour: '#505a5f', order: last + 1 + i });
  });
  return out;
}

export function buildGrid(graph: GraphData, laneInputs: readonly LaneInput[], settings: LayoutSettings): Grid {
  const { nodes, edges } = normalise(graph);
  const s = settings;
  const allLanes = orderLanes(laneInputs, nodes);
  const laneIndex = new Map(allLanes.map((l, i) => [l.id, i]));
  const fullLane = nodes.map((n) => laneIndex.get(laneIdOf(n)) ?? 0);
  const fullCol = nodes.map((n) => columnOf(n.level));

  // Which lanes and columns to keep: all of them, or (compact) only those with nodes.
  const usedLanes = new Set(fullLane);
  const usedCols = new Set(fullCol);
  const keptLanes = allLanes.map((_, i) => i).filter((i) => !s.compact || usedLanes.has(i));
  const keptCols = [...Array(columnCount).keys()].filter((c) => !s.compact || usedCols.has(c));
  const laneTo = new Map(keptLanes.map((l, i) => [l, i]));
  const colTo = new Map(keptCols.map((c, i) => [c, i]));
  const lane = fullLane.map((l) => laneTo.get(l) ?? 0);
  const col = fullCol.map((c) => colTo.get(c) ?? 0);

  const cells: number[][][] = keptLanes.map(() => keptCols.map(() => []));
  nodes.forEach((_, i) => {
    cells[lane[i] ?? 0]?.[col[i] ?? 0]?.push(i);
  });

  const colWidth = s.nodeWidth + 2 * s.columnPadding;
  const columns: GridColumn[] = keptCols.map((column, i) => {
    const x = s.margin + i * (colWidth + s.columnGap);
    return { column, label: columnLabel(column), x, width: colWidth, boxX: x + s.columnPadding };
  });

  const lanes: GridLane[] = [];
  let y = s.margin + s.headerHeight;
  for (const [i, l] of keptLanes.entries()) {
    const input = allLanes[l];
    if (!input) continue;
    const slots = Math.max(1, ...(cells[i] ?? []).map((c) => c.length));
    const height = s.laneLabelHeight + 2 * s.lanePadding + slots * s.nodeHeight + (slots - 1) * s.rowGap;
    lanes.push({ ...input, y, height, inner: y + s.laneLabelHeight + s.lanePadding, slots });
    y += height + s.laneGap;
  }
  const bottom = lanes.length ? y - s.laneGap : y;
  const width = columns.length ? 2 * s.margin + columns.length * colWidth + (columns.length - 1) * s.columnGap : 2 * s.margin;

  return {
    settings: s,
    nodes,
    edges,
    index: new Map(nodes.map((n, i) => [n.id, i])),
    lane,
    col,
    lanes,
    columns,
    cells,
    width,
    height: bottom + s.margin,
  };
}

/**
 * Top of the box in a given slot. Cells with fewer boxes than the lane's fullest are centred,
 * so a lane of single boxes reads as one straight line.
 */
export function slotTop(grid: Grid, lane: number, col: number, slot: number): number {
  const l = grid.lanes[lane];
  if (!l) return 0;
  const count = grid.cells[lane]?.[col]?.length ?? 0;
  const step = grid.settings.nodeHeight + grid.settings.rowGap;
  return l.inner + ((l.slots - count) * step) / 2 + slot * step;
}
