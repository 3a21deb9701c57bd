/**
 * Small maps for one entry's page: the nodes a few steps before and after it, laid out
 * compactly (empty columns and lanes dropped) so the map fits a content column.
 */
import type { GraphData, GraphEdge } from '../graph/graph.ts';
import { layoutMap } from './layout-map.ts';
import type { LaneInput, LayoutOptions, MapLayout } from './types.ts';

/** Ids reached from `start` in up to `depth` steps, following `next`. */
function reach(start: string, depth: number, next: Map<string, string[]>): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length; step++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        following.push(n);
      }
    }
    frontier = following;
  }
  return seen;
}

/**
 * The subgraph around `id`: nodes up to `depth` steps downstream (following edges forwards)
 * and up to `depth` steps upstream (following edges backwards into it), never sideways
 * (nothing reached by going back from a node found going forwards). Keeps every edge
 * between the nodes it keeps. An unknown id gives an empty graph.
 */
export function neighbourhood(graph: GraphData, id: string, depth = 2): GraphData {
  if (!graph.nodes.some((n) => n.id === id)) return { nodes: [], edges: [] };
  const out = new Map<string, string[]>();
  const inn = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const e of graph.edges) {
    add(out, e.from, e.to);
    add(inn, e.to, e.from);
  }
  const steps = Math.max(0, Math.floor(depth));
  const keep = new Set([...reach(id, steps, out), ...reach(id, steps, inn)]);
  const edges: GraphEdge[] = graph.edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges };
}

export interface NeighbourhoodOptions extends LayoutOptions {
  /** Steps each way from the entry. */
  depth?: number;
}

/** A compact map of the neighbourhood of `id` (compact unless `compact: false` is passed). */
export function layoutNeighbourhood(graph: GraphData, id: string, lanes: readonly LaneInput[], options: NeighbourhoodOptions = {}): MapLayout {
  const { depth = 2, ...layout } = options;
  return layoutMap(neighbourhood(graph, id, depth), lanes, { compact: true, ...layout });
}

export interface AroundEntry {
  /** What leads to the entry (up to `depth` steps back), lowest level first. */
  before: GraphData['nodes'];
  /** Where the entry leads (up to `depth` steps on), lowest level first. */
  after: GraphData['nodes'];
}

/**
 * The small map's nodes in words, for screens too narrow for the picture: the same
 * neighbourhood (`neighbourhood`), split into what comes before the entry and what comes
 * after it, each by level, then title.
 */
export function aroundEntry(graph: GraphData, id: string, depth = 2): AroundEntry {
  const out = new Map<string, string[]>();
  const inn = new Map<string, string[]>();
  for (const e of graph.edges) {
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
    inn.set(e.to, [...(inn.get(e.to) ?? []), e.from]);
  }
  const steps = Math.max(0, Math.floor(depth));
  const after = reach(id, steps, out);
  const before = reach(id, steps, inn);
  const order = (a: GraphData['nodes'][number], b: GraphData['nodes'][number]) => a.level - b.level || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  const pick = (ids: Set<string>) => graph.nodes.filter((n) => n.id !== id && ids.has(n.id)).sort(order);
  return { before: pick(before), after: pick(after) };
}
