/**
 * K shortest simple paths (Yen's algorithm) over a small weighted directed graph given as
 * a neighbour function. Weights must not be negative. Paths never repeat a node, so cycles
 * in the graph (health to social care and back, role progressions that loop) are safe.
 * Generic and pure: the route finder supplies the neighbours and weights.
 */

export interface Arc {
  to: string;
  weight: number;
}

export type Neighbours = (id: string) => readonly Arc[];

export interface WeightedPath {
  nodes: string[];
  weight: number;
}

const arcKey = (from: string, to: string) => `${from}\u0000${to}`;
const pathKey = (nodes: readonly string[]) => nodes.join('\u0001');

/** A binary min-heap of (priority, order, id): ties keep insertion order, so results are stable. */
export class Queue {
  private items: [number, number, string][] = [];
  private count = 0;
  get size(): number {
    return this.items.length;
  }
  push(priority: number, id: string): void {
    const items = this.items;
    items.push([priority, this.count++, id]);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!Queue.less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): string | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (!top || !last) return undefined;
    if (items.length) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && Queue.less(items[l]!, items[m]!)) m = l;
        if (r < items.length && Queue.less(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top[2];
  }
  private static less(a: [number, number, string], b: [number, number, string]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
}

/**
 * A lower bound of the weight still to go from a node to the target (0 when unknown). With
 * one that never overestimates and never drops by more than an arc's weight along an arc
 * (consistent), the search below is A*: it finds the same lightest path while looking at
 * far fewer nodes.
 */
export type Heuristic = (id: string) => number;

/**
 * The lightest path from `source` to `target` (A* with `remaining`, Dijkstra without),
 * skipping `bannedNodes` and `bannedArcs` (keys from `arcKey`). Ties are broken by the order
 * nodes were reached, so results are stable.
 */
function shortest(
  next: Neighbours,
  source: string,
  target: string,
  bannedNodes: ReadonlySet<string>,
  bannedArcs: ReadonlySet<string>,
  remaining: Heuristic,
): WeightedPath | undefined {
  const dist = new Map<string, number>([[source, 0]]);
  const prev = new Map<string, string>();
  const done = new Set<string>();
  const open = new Queue();
  open.push(remaining(source), source);
  while (open.size) {
    const id = open.pop()!;
    if (done.has(id)) continue;
    done.add(id);
    if (id === target) break;
    const d = dist.get(id) ?? Infinity;
    for (const arc of next(id)) {
      if (done.has(arc.to) || bannedNodes.has(arc.to) || bannedArcs.has(arcKey(id, arc.to))) continue;
      const nd = d + arc.weight;
      if (nd < (dist.get(arc.to) ?? Infinity)) {
        dist.set(arc.to, nd);
        prev.set(arc.to, id);
        const h = remaining(arc.to);
        if (h !== Infinity) open.push(nd + h, arc.to);
      }
    }
  }
  if (!done.has(target)) return undefined;
  const nodes = [target];
  for (let at = target; at !== source; ) {
    at = prev.get(at)!;
    nodes.unshift(at);
  }
  return { nodes, weight: dist.get(target) ?? 0 };
}

function weightOf(next: Neighbours, nodes: readonly string[]): number {
  let total = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const arc = next(nodes[i]!).find((a) => a.to === nodes[i + 1]);
    total += arc?.weight ?? Infinity;
  }
  return total;
}

/**
 * Loopless paths from `source` to `target`, lightest first, computed lazily: stop
 * iterating when you have enough.
 */
export function* shortestPaths(next: Neighbours, source: string, target: string, remaining: Heuristic = () => 0): Generator<WeightedPath> {
  const first = shortest(next, source, target, new Set(), new Set(), remaining);
  if (!first) return;
  const found: WeightedPath[] = [first];
  yield first;
  const seen = new Set([pathKey(first.nodes)]);
  const candidates: WeightedPath[] = [];
  for (;;) {
    const last = found[found.length - 1]!;
    for (let i = 0; i + 1 < last.nodes.length; i++) {
      const spur = last.nodes[i]!;
      const root = last.nodes.slice(0, i + 1);
      const bannedArcs = new Set<string>();
      for (const p of found) {
        if (p.nodes.length > i + 1 && root.every((id, j) => p.nodes[j] === id)) bannedArcs.add(arcKey(spur, p.nodes[i + 1]!));
      }
      const bannedNodes = new Set(root.slice(0, -1));
      const tail = shortest(next, spur, target, bannedNodes, bannedArcs, remaining);
      if (!tail) continue;
      const nodes = [...root.slice(0, -1), ...tail.nodes];
      const key = pathKey(nodes);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, weight: weightOf(next, nodes) });
    }
    if (!candidates.length) return;
    // Lightest candidate next; on equal weight, the one with fewer steps.
    candidates.sort((a, b) => a.weight - b.weight || a.nodes.length - b.nodes.length);
    const best = candidates.shift()!;
    found.push(best);
    yield best;
  }
}

/** Up to `k` loopless paths from `source` to `target`, lightest first. */
export function kShortestPaths(next: Neighbours, source: string, target: string, k: number): WeightedPath[] {
  const paths: WeightedPath[] = [];
  if (k < 1) return paths;
  for (const p of shortestPaths(next, source, target)) {
    paths.push(p);
    if (paths.length >= k) break;
  }
  return paths;
}
