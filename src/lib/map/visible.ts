/** Which nodes the map shows under the filters; MapSvg hides the rest and their edges. */
import type { MapGraph } from './map-graph.ts';
import type { MapNodeData } from './map-data.ts';
import type { MapFilters } from './view-state.ts';

function inSector(node: MapNodeData, sector: MapFilters['sector']): boolean {
  return !sector || !node.sector || node.sector === sector || node.sector === 'both';
}

/**
 * Qualifications and programmes have no sector of their own: they follow the jobs they are
 * joined to, through any chain of other qualifications and programmes, in either direction.
 * One joined to no job at all always shows.
 */
function sectorOfSteps(graph: MapGraph, sector: MapFilters['sector']): (id: string) => boolean {
  const memo = new Map<string, boolean>();
  return (start) => {
    const known = memo.get(start);
    if (known !== undefined) return known;
    const seen = new Set([start]);
    const queue = [start];
    let roles = 0;
    let ok = false;
    while (queue.length && !ok) {
      const id = queue.shift()!;
      const edges = [...(graph.out.get(id) ?? []), ...(graph.in.get(id) ?? [])];
      for (const e of edges) {
        const other = e.from === id ? e.to : e.from;
        if (seen.has(other)) continue;
        seen.add(other);
        const node = graph.byId.get(other);
        if (!node) continue;
        if (node.kind === 'role') {
          roles++;
          if (inSector(node, sector)) ok = true;
        } else queue.push(other);
      }
    }
    const result = ok || roles === 0;
    memo.set(start, result);
    return result;
  };
}

/**
 * The ids of the nodes to show: within the level range, in the chosen pathways, in the
 * chosen sector (see above), and, when a borough is chosen, only the programmes open there.
 */
export function visibleNodes(graph: MapGraph, filters: MapFilters): Set<string> {
  const stepInSector = sectorOfSteps(graph, filters.sector);
  const out = new Set<string>();
  for (const node of graph.byId.values()) {
    if (node.level < filters.min || node.level > filters.max) continue;
    if (filters.pathways.length && !filters.pathways.includes(node.family)) continue;
    if (filters.borough && node.kind === 'programme' && !node.boroughs?.includes(filters.borough)) continue;
    if (filters.sector && !(node.kind === 'role' ? inSector(node, filters.sector) : stepInSector(node.id))) continue;
    out.add(node.id);
  }
  return out;
}
