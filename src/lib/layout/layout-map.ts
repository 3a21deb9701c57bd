/**
 * The pathway map layout: options in, plain arrays out. Levels run left to right as
 * columns (Entry, Level 1 ... Level 7+), pathway lanes top to bottom, and each node sits in
 * the cell for its lane and level. Computed from content at build time; nothing about the
 * layout is stored in content.
 */
import type { GraphData } from '../graph/graph.ts';
import { buildGrid, laneIdOf } from './grid.ts';
import { crossingsBetween, orderCells } from './order.ts';
import { CLEARANCE, placeBoxes } from './channels.ts';
import { edgePaths } from './edge-paths.ts';
import { byString, defaultLayoutOptions, round, type LaneInput, type LayoutOptions, type MapLayout, type MapNode } from './types.ts';

/**
 * Lays out the whole map (or, with `compact`, just the columns and lanes in use).
 * Deterministic: inputs are sorted by id first, so the order of content files never
 * changes the result.
 */
export function layoutMap(graph: GraphData, lanes: readonly LaneInput[], options: LayoutOptions = {}): MapLayout {
  const grid = buildGrid(graph, lanes, { ...defaultLayoutOptions, ...options });
  const { settings } = grid;
  orderCells(grid, Math.max(0, Math.floor(settings.sweeps)));
  const box = placeBoxes(grid);
  const { edges, maxX } = edgePaths(grid, box);

  const nodes: MapNode[] = [];
  for (const row of grid.cells) {
    for (const cell of row) {
      for (const i of cell) {
        const n = grid.nodes[i];
        if (!n) continue;
        const lines = grid.lines?.[i];
        nodes.push({
          id: n.id,
          x: round(box.x[i] ?? 0),
          y: round(box.y[i] ?? 0),
          width: round(grid.columns[grid.col[i] ?? 0]?.boxWidth ?? settings.nodeWidth),
          height: round(settings.nodeHeight),
          lane: laneIdOf(n),
          level: n.level,
          ...(lines ? { lines } : {}),
        });
      }
    }
  }
  // Reading order: lane by lane, then column, then top to bottom (also a good tab order).
  const laneRank = new Map(grid.lanes.map((l, i) => [l.id, i]));
  nodes.sort((a, b) => (laneRank.get(a.lane) ?? 0) - (laneRank.get(b.lane) ?? 0) || a.x - b.x || a.y - b.y || byString(a.id, b.id));

  const fit = settings.labels;
  return {
    width: round(Math.max(grid.width, maxX + CLEARANCE)),
    height: round(grid.height),
    ...(fit ? { label: { fontSize: fit.fontSize, lineHeight: fit.lineHeight } } : {}),
    columns: grid.columns.map((c) => ({ level: c.column, label: c.label, x: round(c.x), width: round(c.width) })),
    lanes: grid.lanes.map((l) => ({ id: l.id, title: l.title, colour: l.colour, y: round(l.y), height: round(l.height) })),
    nodes,
    edges,
  };
}

/**
 * Edge crossings in a layout, counted as the ordering step sees them: edges between
 * different columns as straight lines between box centres (long ones interpolated at the
 * columns they skip); same-column edges are not counted. For comparing orders, not an
 * exact count of where the drawn curves cross.
 */
export function countCrossings(layout: MapLayout): number {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const segments = [];
  for (const e of layout.edges) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b || a.x === b.x) continue;
    segments.push({ x1: a.x, y1: a.y + a.height / 2, x2: b.x, y2: b.y + b.height / 2 });
  }
  return crossingsBetween(
    segments,
    layout.nodes.map((n) => n.x),
  );
}
