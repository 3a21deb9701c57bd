/** The data the map page, its island and the small maps share: one place builds it. */
import type { Graph, GraphData } from '../graph/graph.ts';
import type { Pathway } from '../content/schema.ts';
import type { Entry } from '../content/parse.ts';
import { layoutMap, layoutNeighbourhood, type LaneInput, type MapLayout } from '../layout/index.ts';

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

/** Two steps each way around an entry (a programme's own page keeps the programme). */
export function smallMap(graph: Graph, pathways: readonly Entry<Pathway>[], id: string): MapLayout {
  return layoutNeighbourhood(withoutProgrammes(graph, id), id, lanesOf(pathways), { depth: 2 });
}
