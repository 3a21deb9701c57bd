/**
 * Small maps for one entry's page: the nodes a few steps before and after it, laid out
 * compactly (empty columns and lanes dropped) so the map fits a content column.
 *
 * Every entry page has one, so the walk takes its steps from a `Walk`: made here from plain
 * graph data, or (map/map-data.ts `entryMap`) from the build's indexed graph, so that a page
 * costs what its neighbourhood holds, not what the whole graph holds.
 */
import type { GraphData, GraphEdge, GraphNode } from '../graph/graph.ts';
import { layoutMap } from './layout-map.ts';
import type { LaneInput, LayoutOptions, MapLayout } from './types.ts';

/** The ids one step forwards (along edges) and one step back from an id. */
export interface Walk {
  next: (id: string) => readonly string[];
  prev: (id: string) => readonly string[];
}

/** A walk over plain graph data (its edges indexed once). */
export function walkOf(graph: GraphData): Walk {
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
  return { next: (id) => out.get(id) ?? [], prev: (id) => inn.get(id) ?? [] };
}

/** Ids reached from `start` in up to `depth` steps, following `next`. */
function reach(start: string, depth: number, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length; step++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
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
 * The ids up to `depth` steps downstream of `id` (`after`, following edges forwards) and up to
 * `depth` steps upstream (`before`, following edges backwards into it), each with `id` itself;
 * never sideways (nothing reached by going back from a node found going forwards).
 */
export function aroundIds(walk: Walk, id: string, depth = 2): { before: Set<string>; after: Set<string> } {
  const steps = Math.max(0, Math.floor(depth));
  return { before: reach(id, steps, walk.prev), after: reach(id, steps, walk.next) };
}

/**
 * The subgraph around `id`: nodes up to `depth` steps downstream (following edges forwards)
 * and up to `depth` steps upstream (following edges backwards into it), never sideways
 * (nothing reached by going back from a node found going forwards). Keeps every edge
 * between the nodes it keeps. An unknown id gives an empty graph.
 */
export function neighbourhood(graph: GraphData, id: string, depth = 2): GraphData {
  if (!graph.nodes.some((n) => n.id === id)) return { nodes: [], edges: [] };
  const { before, after } = aroundIds(walkOf(graph), id, depth);
  const keep = new Set([...after, ...before]);
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
 * The nodes of `before` and `after` (from `aroundIds`) but the entry itself, each by level,
 * then title, then `rank` (the node's place in the content, so equal titles keep that order).
 */
export function aroundNodes(
  ids: { before: ReadonlySet<string>; after: ReadonlySet<string> },
  id: string,
  node: (id: string) => GraphNode | undefined,
  rank: (id: string) => number,
): AroundEntry {
  const order = (a: GraphNode, b: GraphNode) => a.level - b.level || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || rank(a.id) - rank(b.id);
  const pick = (set: ReadonlySet<string>) =>
    [...set]
      .filter((n) => n !== id)
      .map(node)
      .filter((n): n is GraphNode => n !== undefined)
      .sort(order);
  return { before: pick(ids.before), after: pick(ids.after) };
}

/**
 * The small map's nodes in words, for screens too narrow for the picture: the same
 * neighbourhood (`neighbourhood`), split into what comes before the entry and what comes
 * after it, each by level, then title.
 */
export function aroundEntry(graph: GraphData, id: string, depth = 2): AroundEntry {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const rank = new Map(graph.nodes.map((n, i) => [n.id, i]));
  return aroundNodes(
    aroundIds(walkOf(graph), id, depth),
    id,
    (n) => byId.get(n),
    (n) => rank.get(n) ?? 0,
  );
}
