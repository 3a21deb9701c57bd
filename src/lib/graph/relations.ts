/**
 * Derived relations that pages show: reverse edges and programmes by borough.
 * Pure: takes the graph and content, returns plain data.
 */
import type { Graph, GraphNode, EdgeKind } from './graph.ts';

const nodesVia = (graph: Graph, id: string, dir: 'in' | 'out', kinds: readonly EdgeKind[]): GraphNode[] => {
  const edges = (dir === 'in' ? graph.in : graph.out).get(id) ?? [];
  return edges
    .filter((e) => kinds.includes(e.kind))
    .map((e) => graph.byId.get(dir === 'in' ? e.from : e.to))
    .filter((n): n is GraphNode => n !== undefined)
    .sort((a, b) => a.level - b.level || a.title.localeCompare(b.title));
};

/** Roles this role often leads to. */
export const nextRoles = (graph: Graph, id: string) => nodesVia(graph, id, 'out', ['progresses']);
/** Roles people often come from (derived from other roles' `progression`). */
export const previousRoles = (graph: Graph, id: string) => nodesVia(graph, id, 'in', ['progresses']);
/** Qualifications that get you into a role. */
export const entryQualifications = (graph: Graph, id: string) => nodesVia(graph, id, 'in', ['qualifies']);
/** Roles a qualification gets you into. */
export const rolesQualifiedFor = (graph: Graph, id: string) => nodesVia(graph, id, 'out', ['qualifies']);
/** What you need before a qualification (qualifications or roles). */
export const prerequisites = (graph: Graph, id: string) => nodesVia(graph, id, 'in', ['requires']);
/**
 * What you need before a qualification, as the content says it: `all` of these, and one of
 * each `choices` group (requires_any). Both sorted like every list here.
 */
export function needsOf(graph: Graph, id: string): { all: GraphNode[]; choices: GraphNode[][] } {
  const edges = (graph.in.get(id) ?? []).filter((e) => e.kind === 'requires');
  const node = (from: string) => graph.byId.get(from);
  const sort = (ns: GraphNode[]) => ns.sort((a, b) => a.level - b.level || a.title.localeCompare(b.title));
  const all = sort(
    edges
      .filter((e) => !e.any)
      .map((e) => node(e.from))
      .filter((n): n is GraphNode => n !== undefined),
  );
  const groups = new Map<number, GraphNode[]>();
  for (const e of edges) {
    if (!e.any) continue;
    const n = node(e.from);
    if (!n) continue;
    const g = e.group ?? 0;
    groups.set(g, [...(groups.get(g) ?? []), n]);
  }
  return { all, choices: [...groups.keys()].sort((a, b) => a - b).map((g) => sort(groups.get(g) ?? [])) };
}

/** Qualifications that a qualification or role opens the way to. */
export const opensWayTo = (graph: Graph, id: string) => nodesVia(graph, id, 'out', ['requires']);
/** Roles where people usually take this qualification. */
export const takenInRoles = (graph: Graph, id: string) => nodesVia(graph, id, 'in', ['trains']);
/** Qualifications usually taken in a role. */
export const inWorkTraining = (graph: Graph, id: string) => nodesVia(graph, id, 'out', ['trains']);
/** Programmes that offer a qualification or lead to a role. */
export const programmesFor = (graph: Graph, id: string) => nodesVia(graph, id, 'in', ['offers', 'leads-to']);

/**
 * Programmes that help towards a role: those leading to it directly, and those offering a
 * qualification that gets you in. Grouped by borough id, each group sorted by title.
 */
export function programmesByBorough(graph: Graph, roleId: string): Map<string, GraphNode[]> {
  const found = new Map<string, GraphNode>();
  for (const p of programmesFor(graph, roleId)) found.set(p.id, p);
  for (const q of entryQualifications(graph, roleId)) for (const p of programmesFor(graph, q.id)) found.set(p.id, p);
  const groups = new Map<string, GraphNode[]>();
  for (const p of [...found.values()].sort((a, b) => a.title.localeCompare(b.title))) {
    for (const b of p.boroughs ?? []) {
      if (!groups.has(b)) groups.set(b, []);
      groups.get(b)!.push(p);
    }
  }
  return groups;
}
