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
      { id: n.id, title: n.title, kind: n.kind, level: n.level, sector: n.sector, family: n.family, href: n.href, summary: n.summary, pay: n.pay, boroughs: n.boroughs },
    ]),
  );
}

export function fullMap(graph: Graph, pathways: readonly Entry<Pathway>[]): MapLayout {
  return layoutMap(graph, lanesOf(pathways));
}

export function smallMap(graph: Graph, pathways: readonly Entry<Pathway>[], id: string): MapLayout {
  return layoutNeighbourhood(graph, id, lanesOf(pathways), { depth: 2 });
}
