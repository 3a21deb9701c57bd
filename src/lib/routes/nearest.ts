/**
 * When no route reaches a role: the nearest role a person CAN reach, so the finder can
 * say "try this instead". Nearest means, in order:
 * 1. a role in the same pathway family, closest in level (then fewest hops);
 * 2. otherwise any role, fewest hops from the target (then closest in level).
 * Hops are counted over the graph's edges in both directions.
 */
import type { Graph, GraphNode } from '../graph/graph.ts';
import type { NodeRef } from './types.ts';
import { START, movesFrom, ref, type Context } from './moves.ts';

/** Every node reachable from the start with the moves allowed for this query. */
export function reachable(ctx: Context): Set<string> {
  const seen = new Set<string>();
  const queue = [START];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const m of movesFrom(ctx, id)) {
      if (seen.has(m.to)) continue;
      seen.add(m.to);
      queue.push(m.to);
    }
  }
  return seen;
}

/** Undirected hop counts from one node to every node connected to it. */
export function hopsFrom(graph: Graph, id: string): Map<string, number> {
  const hops = new Map([[id, 0]]);
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    const d = hops.get(at) ?? 0;
    const near = [...(graph.out.get(at) ?? []).map((e) => e.to), ...(graph.in.get(at) ?? []).map((e) => e.from)];
    for (const next of near) {
      if (hops.has(next)) continue;
      hops.set(next, d + 1);
      queue.push(next);
    }
  }
  return hops;
}

export function nearestRole(ctx: Context, target: GraphNode): NodeRef | undefined {
  // Every role the person can reach, not only those on the way to the target.
  const { toward: _pruned, ...whole } = ctx;
  const reached = reachable(whole);
  const hops = hopsFrom(ctx.graph, target.id);
  const far = (n: GraphNode) => hops.get(n.id) ?? Infinity;
  const gap = (n: GraphNode) => Math.abs(n.level - target.level);
  const roles = ctx.graph.nodes.filter((n) => n.kind === 'role' && n.id !== target.id && reached.has(n.id) && !ctx.startIds.includes(n.id));
  const sameFamily = roles
    .filter((n) => target.family !== '' && n.family === target.family)
    .sort((a, b) => gap(a) - gap(b) || far(a) - far(b) || a.title.localeCompare(b.title));
  const others = roles.sort((a, b) => far(a) - far(b) || gap(a) - gap(b) || a.title.localeCompare(b.title));
  const best = sameFamily[0] ?? others[0];
  return best ? ref(best) : undefined;
}
