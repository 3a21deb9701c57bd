/**
 * "Any one of these" junctions (pathway views, layout/pathway.ts) stand between a choice and
 * the steps that accept it. For the ways in and out of a node, and for arrow keys, a junction
 * is looked through: each choice leads straight to each step.
 */
import type { GraphEdge } from '../graph/graph.ts';

/** The edges with every junction replaced by edges from each of its choices to each of its steps. */
export function throughJunctions(edges: readonly GraphEdge[], isJunction: (id: string) => boolean): GraphEdge[] {
  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  const out: GraphEdge[] = [];
  for (const e of edges) {
    if (isJunction(e.to)) into.set(e.to, [...(into.get(e.to) ?? []), e.from]);
    else if (isJunction(e.from)) outOf.set(e.from, [...(outOf.get(e.from) ?? []), e.to]);
    else out.push(e);
  }
  for (const [j, members] of into) {
    for (const m of members) for (const t of outOf.get(j) ?? []) out.push({ from: m, to: t, kind: 'requires', any: true });
  }
  return out;
}
