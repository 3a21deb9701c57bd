/**
 * The graph as the map island holds it: node facts by id and edges both ways. Built from the
 * island's plain props (`nodes` and `graph.edges`); a server `Graph` fits the same shape.
 */
import type { GraphEdge } from '../graph/graph.ts';
import type { MapNodeData } from './map-data.ts';

export interface MapGraph {
  byId: ReadonlyMap<string, MapNodeData>;
  out: ReadonlyMap<string, readonly GraphEdge[]>;
  in: ReadonlyMap<string, readonly GraphEdge[]>;
}

/** Indexes nodes and edges; edges to or from unknown ids are left out. */
export function mapGraph(nodes: Readonly<Record<string, MapNodeData>> | readonly MapNodeData[], edges: readonly GraphEdge[]): MapGraph {
  const list = Array.isArray(nodes) ? (nodes as readonly MapNodeData[]) : Object.values(nodes as Record<string, MapNodeData>);
  const byId = new Map(list.map((n) => [n.id, n]));
  const out = new Map<string, GraphEdge[]>(list.map((n) => [n.id, []]));
  const inn = new Map<string, GraphEdge[]>(list.map((n) => [n.id, []]));
  for (const e of edges) {
    const from = out.get(e.from);
    const to = inn.get(e.to);
    if (!from || !to) continue;
    from.push(e);
    to.push(e);
  }
  return { byId, out, in: inn };
}

/**
 * The local programmes with an edge straight into `id` (they give its qualification or lead to
 * the job), open to `borough`'s residents when one is given, by title. The full map leaves
 * programmes off, so the panel lists them.
 */
export function localHelp(graph: MapGraph, id: string, borough?: string): MapNodeData[] {
  const found = new Map<string, MapNodeData>();
  for (const e of graph.in.get(id) ?? []) {
    const n = graph.byId.get(e.from);
    if (n?.kind === 'programme' && (!borough || n.boroughs?.includes(borough))) found.set(n.id, n);
  }
  return [...found.values()].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
