/**
 * Reads a server-rendered map (MapSvg) back from the page: the boxes, lines and column titles
 * the island needs, so the page never sends the layout twice (once drawn, once as JSON).
 */
import type { EdgeKind, GraphEdge } from '../../lib/graph/graph';
import type { NodeBox } from '../../lib/map/neighbours';

export interface DrawnMap {
  /** The node links, in reading order (the order they are drawn). */
  boxes: NodeBox[];
  edges: GraphEdge[];
  /** The "any one of these" junctions: their level (where they stand), by id. */
  junctions: Map<string, number>;
  /** Boxes for other pathways' nodes: their pathway's title, and which way the line runs. */
  exits: Map<string, { laneTitle: string; direction: 'in' | 'out' }>;
  /** Column titles: their centre x and words, and the column's left edge. */
  columns: { x: number; left: number; label: string }[];
  width: number;
  height: number;
}

const num = (el: Element | null, name: string) => Number(el?.getAttribute(name) ?? 0);

export function readMap(svg: SVGSVGElement): DrawnMap {
  const boxes: NodeBox[] = [];
  const exits: DrawnMap['exits'] = new Map();
  for (const a of svg.querySelectorAll<SVGAElement>('a.map-node')) {
    const rect = a.querySelector('rect.map-node-box');
    const id = a.dataset.id ?? '';
    boxes.push({ id, x: num(rect, 'x'), y: num(rect, 'y'), width: num(rect, 'width'), height: num(rect, 'height') });
    const lane = a.dataset.exitLane;
    if (lane !== undefined) exits.set(id, { laneTitle: lane, direction: a.dataset.exitDirection === 'in' ? 'in' : 'out' });
  }
  const edges = [...svg.querySelectorAll<SVGPathElement>('path.map-edge')].map((p) => ({
    from: p.dataset.from ?? '',
    to: p.dataset.to ?? '',
    kind: (p.dataset.kind ?? 'qualifies') as EdgeKind,
  }));
  const junctions = new Map([...svg.querySelectorAll<SVGGElement>('g.map-junction')].map((g) => [g.dataset.id ?? '', Number(g.dataset.level ?? 0)] as const));
  const columns = [...svg.querySelectorAll<SVGTextElement>('text.map-column-label')]
    .map((t) => ({ x: num(t, 'x'), left: num(t, 'data-left'), label: t.textContent ?? '' }))
    .filter((c) => c.label);
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return { boxes, edges, junctions, exits, columns, width, height };
}
