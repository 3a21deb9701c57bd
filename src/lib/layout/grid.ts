/**
 * The map's grid: levels as columns along x, pathway lanes as rows along y, nodes stacked in
 * the cell where their lane and column meet. The first step of the layout: everything here
 * is fixed before nodes are ordered, because a lane's height depends only on how many nodes
 * its fullest cell holds, not on their order.
 */
import { type GraphData, type GraphEdge, type GraphNode, LEVELLESS_KINDS } from '../graph/graph.ts';
import { fitChars, wrapLabel } from './labels.ts';
import { byString, columnCount, columnLabel, columnOf, type LaneInput, type LayoutSettings } from './types.ts';

export interface GridColumn {
  /** 0 to 7: the column in the full map. */
  column: number;
  /** The sub-column within the level: 0 junctions, 1 courses, 2 registrations, tests and checks, 3 jobs (always 1 unless `layers`). */
  sub: number;
  label: string;
  x: number;
  width: number;
  /** Left edge of the boxes in this column. */
  boxX: number;
  /** Width of the boxes in this column (all the same, unless labels are fitted per column). */
  boxWidth: number;
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
  /** The options, with `nodeHeight` set to the fitted height when labels are fitted. */
  settings: LayoutSettings;
  /** Each node's title wrapped to its box, by node index (only when labels are fitted). */
  lines?: string[][];
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

/** A level is split into sub-columns (`layers`) only when it holds at least this many boxes. */
const SPLIT_FROM = 6;

/**
 * Each node's sub-column within its level (`layers`): "any one of these" junctions first
 * (layout/pathway.ts marks them `qualificationKind: 'choice'`; each stands just before the
 * steps that take its choice), then courses, then registrations, tests and checks, then jobs,
 * so within a level the lines read "study, register, work" rightwards. Only the sub-columns a
 * level uses are kept.
 */
function stage(n: GraphNode): number {
  if (n.kind === 'role') return 3;
  if (n.kind !== 'qualification' || n.qualificationKind === undefined) return 1;
  if (n.qualificationKind === 'choice') return 0;
  return LEVELLESS_KINDS.has(n.qualificationKind) ? 2 : 1;
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
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // Only levels with a line between two of their own stages are split into sub-columns.
  const split = new Set<number>();
  if (s.layers) {
    for (const e of edges) {
      const a = index.get(e.from);
      const b = index.get(e.to);
      if (a === undefined || b === undefined || fullCol[a] !== fullCol[b]) continue;
      const [na, nb] = [nodes[a], nodes[b]];
      if (na && nb && stage(na) !== stage(nb)) split.add(fullCol[a] ?? 0);
    }
    // A level of a few boxes stays one column: its short chains stack, joined by short lines.
    for (const c of split) if (fullCol.filter((x) => x === c).length < SPLIT_FROM) split.delete(c);
  }
  const sub = nodes.map((n, i) => (split.has(fullCol[i] ?? -1) ? stage(n) : 1));

  // Which lanes and columns to keep: all of them, or (compact) only those with nodes.
  const usedLanes = new Set(fullLane);
  const usedCols = new Set(fullCol);
  const keptLanes = allLanes.map((_, i) => i).filter((i) => !s.compact || usedLanes.has(i));
  // Grid columns: each kept level, once per sub-column it uses (`layers`), left to right.
  const usedSubs = new Set(nodes.map((_, i) => `${fullCol[i]}:${sub[i]}`));
  const keptCols = [...Array(columnCount).keys()]
    .filter((c) => !s.compact || usedCols.has(c))
    .flatMap((c) => {
      const kept = [0, 1, 2, 3].filter((k) => usedSubs.has(`${c}:${k}`));
      // A level with no nodes (kept when not compact) still takes one column.
      return (kept.length ? kept : [1]).map((k) => ({ column: c, sub: k }));
    });
  const laneTo = new Map(keptLanes.map((l, i) => [l, i]));
  const colTo = new Map(keptCols.map((c, i) => [`${c.column}:${c.sub}`, i]));
  const lane = fullLane.map((l) => laneTo.get(l) ?? 0);
  const col = fullCol.map((c, i) => colTo.get(`${c}:${sub[i] ?? 1}`) ?? 0);

  const cells: number[][][] = keptLanes.map(() => keptCols.map(() => []));
  nodes.forEach((_, i) => {
    cells[lane[i] ?? 0]?.[col[i] ?? 0]?.push(i);
  });

  // Box widths: fixed, or (labels fitted) as wide as each column's longest title needs.
  const fit = s.labels;
  const chars = keptCols.map(() => (fit ? fit.minChars : 0));
  if (fit) {
    nodes.forEach((n, i) => {
      const c = col[i] ?? 0;
      chars[c] = Math.max(chars[c] ?? 0, fitChars(n.title, fit.maxLines));
    });
  }
  const lines = fit ? nodes.map((n, i) => wrapLabel(n.title, chars[col[i] ?? 0] ?? fit.minChars, Number.POSITIVE_INFINITY)) : undefined;
  const boxWidths = keptCols.map((_, i) => (fit ? Math.ceil((chars[i] ?? 0) * fit.charWidth + fit.paddingX) : s.nodeWidth));
  const fitted: LayoutSettings = fit && lines ? { ...s, nodeHeight: Math.max(1, ...lines.map((l) => l.length)) * fit.lineHeight + fit.paddingY } : s;

  let x = s.margin;
  const columns: GridColumn[] = keptCols.map(({ column, sub }, i) => {
    const boxWidth = boxWidths[i] ?? s.nodeWidth;
    // A level split into sub-columns is titled once, over its first.
    const label = keptCols.findIndex((k) => k.column === column) === i ? columnLabel(column) : '';
    const out = { column, sub, label, x, width: boxWidth + 2 * s.columnPadding, boxX: x + s.columnPadding, boxWidth };
    x += out.width + s.columnGap;
    return out;
  });

  const lanes: GridLane[] = [];
  let y = s.margin + s.headerHeight;
  for (const [i, l] of keptLanes.entries()) {
    const input = allLanes[l];
    if (!input) continue;
    const slots = Math.max(1, ...(cells[i] ?? []).map((c) => c.length));
    const height = s.laneLabelHeight + 2 * s.lanePadding + slots * fitted.nodeHeight + (slots - 1) * s.rowGap;
    lanes.push({ ...input, y, height, inner: y + s.laneLabelHeight + s.lanePadding, slots });
    y += height + s.laneGap;
  }
  const bottom = lanes.length ? y - s.laneGap : y;
  const width = columns.length ? x - s.columnGap + s.margin : 2 * s.margin;

  return {
    settings: fitted,
    ...(lines ? { lines } : {}),
    nodes,
    edges,
    index,
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
 * so a lane of single boxes reads as one straight line (or, with `cellAlign: 'top'`, start at
 * the top of the lane).
 */
export function slotTop(grid: Grid, lane: number, col: number, slot: number): number {
  const l = grid.lanes[lane];
  if (!l) return 0;
  const count = grid.cells[lane]?.[col]?.length ?? 0;
  const step = grid.settings.nodeHeight + grid.settings.rowGap;
  const offset = grid.settings.cellAlign === 'top' ? 0 : ((l.slots - count) * step) / 2;
  return l.inner + offset + slot * step;
}
