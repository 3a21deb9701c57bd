/** The data the map page, its island and the small maps share: one place builds it. */
import type { Graph, GraphData, GraphEdge, GraphNode } from '../graph/graph.ts';
import type { Journey, Pathway } from '../content/schema.ts';
import type { Entry } from '../content/parse.ts';
import { type AroundEntry, aroundIds, aroundNodes, layoutMap, layoutPathway, type LaneInput, type MapLayout, type Walk } from '../layout/index.ts';

export interface MapNodeData {
  id: string;
  title: string;
  kind: 'role' | 'qualification' | 'programme';
  level: number;
  /** The level in words, from the graph ("" for steps with no level). */
  levelLabel: string;
  sector?: 'social-care' | 'nhs' | 'both' | undefined;
  family: string;
  href: string;
  summary: string;
  pay?: string | undefined;
  boroughs?: string[] | undefined;
}

export function lanesOf(pathways: readonly Entry<Pathway>[]): LaneInput[] {
  return pathways.map((p) => ({ id: p.id, title: p.data.title, colour: p.data.colour, order: p.data.order }));
}

export function mapNodes(graph: GraphData): Record<string, MapNodeData> {
  return Object.fromEntries(
    graph.nodes.map((n) => [
      n.id,
      {
        id: n.id,
        title: n.title,
        kind: n.kind,
        level: n.level,
        levelLabel: n.levelLabel,
        sector: n.sector,
        family: n.family,
        href: n.href,
        summary: n.summary,
        pay: n.pay?.text,
        boroughs: n.boroughs,
      },
    ]),
  );
}

/**
 * Jobs and qualifications only. Local programmes (about 30, nearly all at Entry level)
 * would make one cell thousands of pixels tall; they are listed by borough beside the map
 * and on every entry page instead.
 */
export function withoutProgrammes(graph: GraphData, keep?: string): GraphData {
  const nodes = graph.nodes.filter((n) => n.kind !== 'programme' || n.id === keep);
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to)) };
}

export function fullMap(graph: Graph, pathways: readonly Entry<Pathway>[]): MapLayout {
  return layoutMap(withoutProgrammes(graph), lanesOf(pathways));
}

/**
 * What every map on the site reads, made once per build from the graph (src/data/site.ts
 * holds it): the node facts, the lanes, and each node's place in the content. Entry pages
 * read their small map through it, so no page walks or copies the whole graph.
 */
export interface SiteMaps {
  graph: Graph;
  /** `mapNodes(graph)`. */
  nodes: Record<string, MapNodeData>;
  lanes: LaneInput[];
  /** Each node's place in `graph.nodes`. */
  rank: Map<string, number>;
}

export function siteMaps(graph: Graph, pathways: readonly Entry<Pathway>[]): SiteMaps {
  return { graph, nodes: mapNodes(graph), lanes: lanesOf(pathways), rank: new Map(graph.nodes.map((n, i) => [n.id, i])) };
}

/**
 * An entry page's small map, two steps each way (a programme's own page keeps the programme;
 * other programmes are left out, as `withoutProgrammes`): how many boxes it has, the picture
 * when it has at most `drawUpTo` (a page shows no picture of a bigger one, so none is laid
 * out), and the same nodes in words (`aroundEntry`). Walks only the neighbourhood, through
 * the graph's indexes.
 */
export function entryMap(maps: SiteMaps, id: string, drawUpTo = Number.POSITIVE_INFINITY): { size: number; layout?: MapLayout; around: AroundEntry } {
  const { graph } = maps;
  const kept = (n: string) => n === id || (graph.byId.get(n) !== undefined && graph.byId.get(n)?.kind !== 'programme');
  const walk: Walk = {
    next: (n) => (graph.out.get(n) ?? []).map((e) => e.to).filter(kept),
    prev: (n) => (graph.in.get(n) ?? []).map((e) => e.from).filter(kept),
  };
  const ids = aroundIds(walk, id, 2);
  const around = aroundNodes(
    ids,
    id,
    (n) => graph.byId.get(n),
    (n) => maps.rank.get(n) ?? 0,
  );
  // As `neighbourhood`: nothing around an unknown id; every edge between the nodes kept.
  const keep = graph.byId.has(id) ? new Set([...ids.after, ...ids.before]) : new Set<string>();
  if (keep.size > drawUpTo) return { size: keep.size, around };
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const n of keep) {
    const node = graph.byId.get(n);
    if (node) nodes.push(node);
    for (const e of graph.out.get(n) ?? []) if (keep.has(e.to)) edges.push(e);
  }
  return { size: keep.size, layout: layoutMap({ nodes, edges }, maps.lanes, { compact: true }), around };
}

/** One pathway's view: its lane drawn large, with exits to the other pathways (layout/pathway.ts). */
export function pathwayMap(graph: GraphData, pathways: readonly Entry<Pathway>[], id: string): MapLayout {
  return layoutPathway(withoutProgrammes(graph), id, lanesOf(pathways));
}

/** Pathways in their `order`, as the overview and the views list them. */
export function sortedPathways(pathways: readonly Entry<Pathway>[]): Entry<Pathway>[] {
  return [...pathways].sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
}

/** For each job, how many journeys aim at it (the overview names those first). */
export function journeyTargets(journeys: readonly Entry<Journey>[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const j of journeys) for (const t of j.data.targets) count.set(t, (count.get(t) ?? 0) + 1);
  return count;
}

/**
 * What a pathway view's island needs beside the SVG it enhances (it reads positions and
 * lines from the SVG itself): facts for the panel about the view's own nodes, the words of
 * its exits (no summary, pay or address: they open another view), and the local programmes
 * that lead straight to its own nodes, with the edges from them.
 */
export function viewData(
  graph: Graph,
  layout: MapLayout,
  all: Readonly<Record<string, MapNodeData>> = mapNodes(graph),
): { facts: Record<string, MapNodeData>; help: [string, string][] } {
  const facts: Record<string, MapNodeData> = {};
  const help: [string, string][] = [];
  for (const n of layout.nodes) {
    const f = all[n.id];
    if (!f || n.junction) continue;
    if (n.exit) {
      facts[n.id] = { ...f, summary: '', href: '', pay: undefined, boroughs: undefined };
      continue;
    }
    facts[n.id] = f;
    for (const e of graph.in.get(n.id) ?? []) {
      const from = all[e.from];
      if (from?.kind !== 'programme') continue;
      facts[from.id] = { ...from, summary: '', pay: undefined, family: '' };
      help.push([from.id, n.id]);
    }
  }
  return { facts, help };
}

const kinds = ['role', 'qualification', 'programme'] as const;
const sectors = ['', 'social-care', 'nhs', 'both'] as const;

/**
 * Facts as one compact string for an island's props: a JSON array of rows, one per node,
 * values in a fixed order, no keys. Astro wraps every value of object props in its own
 * array; one string is about a third of the size.
 */
export function packFacts(facts: Readonly<Record<string, MapNodeData>>): string {
  return JSON.stringify(
    Object.values(facts).map((f) => [
      f.id,
      f.title,
      kinds.indexOf(f.kind),
      f.level,
      f.levelLabel,
      sectors.indexOf(f.sector ?? ''),
      f.family,
      f.href,
      f.summary,
      f.pay ?? '',
      (f.boroughs ?? []).join(' '),
    ]),
  );
}

/** The facts back from `packFacts`. */
export function unpackFacts(packed: string): Record<string, MapNodeData> {
  const rows = JSON.parse(packed) as [string, string, number, number, string, number, string, string, string, string, string][];
  const out: Record<string, MapNodeData> = {};
  for (const [id, title, kind, level, levelLabel, sector, family, href, summary, pay, boroughs] of rows) {
    out[id] = {
      id,
      title,
      kind: kinds[kind] ?? 'qualification',
      level,
      levelLabel,
      sector: sectors[sector] || undefined,
      family,
      href,
      summary,
      pay: pay || undefined,
      boroughs: boroughs ? boroughs.split(' ') : undefined,
    };
  }
  return out;
}
