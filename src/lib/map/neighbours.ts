/** Arrow-key moves between map nodes: along the edges first, by position second. Deterministic. */
import type { MapGraph } from './map-graph.ts';

/** A box on the map: from the layout, or read back from the drawn SVG (rect x, y, width, height). */
export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ArrowKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';
export const arrowKeys: readonly string[] = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'];

interface Point {
  id: string;
  x: number;
  y: number;
  column: number;
}

const byThen =
  (...keys: ((p: Point) => number)[]) =>
  (a: Point, b: Point) => {
    for (const key of keys) {
      const d = key(a) - key(b);
      if (d !== 0) return d;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };

/**
 * - ArrowRight: a node this one leads to that sits further right, the nearest in height; if
 *   none, one that leads here from the right; if none, the nearest node in the next column
 *   to the right that has any.
 * - ArrowLeft: the same leftwards, with the nodes that lead here first.
 * - ArrowUp / ArrowDown: the nearest joined node above / below (either direction of edge); if
 *   none, the nearest node above / below in the same column.
 * Only nodes in `visible` (when given) are candidates. Undefined when there is nowhere to go.
 */
export function neighbourInDirection(
  graph: MapGraph,
  layout: { nodes: readonly NodeBox[] },
  id: string,
  key: string,
  visible?: ReadonlySet<string>,
): string | undefined {
  // Columns as drawn: boxes that share a left edge (a level split into sub-columns has several).
  const lefts = [...new Set(layout.nodes.map((n) => n.x))].sort((a, b) => a - b);
  const points = new Map<string, Point>();
  for (const n of layout.nodes) {
    if (visible && !visible.has(n.id) && n.id !== id) continue;
    points.set(n.id, { id: n.id, x: n.x + n.width / 2, y: n.y + n.height / 2, column: lefts.indexOf(n.x) });
  }
  const here = points.get(id);
  if (!here) return undefined;
  const ends = (direction: 'in' | 'out') =>
    [...new Set((graph[direction].get(id) ?? []).map((e) => (direction === 'out' ? e.to : e.from)))]
      .filter((n) => n !== id)
      .map((n) => points.get(n))
      .filter((p): p is Point => p !== undefined);
  const outgoing = ends('out');
  const incoming = ends('in');
  const dy = (p: Point) => Math.abs(p.y - here.y);
  const dx = (p: Point) => Math.abs(p.x - here.x);
  const first = (candidates: Point[], order: (a: Point, b: Point) => number) => [...candidates].sort(order)[0]?.id;

  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const right = key === 'ArrowRight';
    const side = (p: Point) => (right ? p.x > here.x + 0.5 : p.x < here.x - 0.5);
    const [primary, secondary] = right ? [outgoing, incoming] : [incoming, outgoing];
    const connected = first(primary.filter(side), byThen(dy, dx)) ?? first(secondary.filter(side), byThen(dy, dx));
    if (connected) return connected;
    const others = [...points.values()].filter((p) => p.id !== id && side(p) && p.column !== here.column);
    return first(
      others,
      byThen((p) => Math.abs(p.column - here.column), dy),
    );
  }
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const up = key === 'ArrowUp';
    const side = (p: Point) => (up ? p.y < here.y - 0.5 : p.y > here.y + 0.5);
    const connected = first([...outgoing, ...incoming].filter(side), byThen(dy, dx));
    if (connected) return connected;
    const column = [...points.values()].filter((p) => p.id !== id && p.column === here.column && side(p));
    return first(column, byThen(dy, dx));
  }
  return undefined;
}
