/** Every route into and out of a node: what the map highlights when the node is selected. */
import { edgeKey } from './edge-key.ts';
import type { MapGraph } from './map-graph.ts';

export interface Routes {
  /** The node, all its ancestors and all its descendants. */
  nodes: Set<string>;
  /** Keys (see edgeKey) of the edges on those routes. */
  edges: Set<string>;
  /** The nodes with an edge straight into the node, sorted. */
  waysIn: string[];
  /** The nodes an edge from the node goes straight to, sorted. */
  waysOut: string[];
}

/**
 * Walks edges backwards from `id` (everything that leads to it) and forwards (everything it
 * leads to). An edge is on a route when the walk crosses it, so an edge from an ancestor
 * straight to a descendant, bypassing the node, is not. With `visible`, the walk only passes
 * through visible nodes, so the highlight matches what is drawn.
 */
export function routesThrough(graph: MapGraph, id: string, visible?: ReadonlySet<string>): Routes {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (!graph.byId.has(id) || (visible && !visible.has(id))) return { nodes, edges, waysIn: [], waysOut: [] };
  nodes.add(id);
  const shown = (n: string) => !visible || visible.has(n);
  const walk = (direction: 'in' | 'out') => {
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) {
      const current = queue.shift()!;
      for (const e of graph[direction].get(current) ?? []) {
        const next = direction === 'in' ? e.from : e.to;
        if (!shown(next)) continue;
        edges.add(edgeKey(e));
        nodes.add(next);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  };
  walk('in');
  walk('out');
  const direct = (list: readonly { from: string; to: string }[], end: 'from' | 'to') =>
    [...new Set(list.map((e) => e[end]).filter((n) => n !== id && shown(n)))].sort();
  return { nodes, edges, waysIn: direct(graph.in.get(id) ?? [], 'from'), waysOut: direct(graph.out.get(id) ?? [], 'to') };
}
