/**
 * Times the pathway map layout: `node scripts/bench-layout.ts`. Prints the median of several
 * runs for the real content and for seeded synthetic graphs of 1,000 and 5,000 nodes, with
 * the crossing count before (id order) and after ordering. Figures only, no assertions.
 */
import { randomLcg } from 'd3-random';
import { readContentFiles } from '../src/lib/content/read.ts';
import { loadContent, today } from '../src/lib/loader/index.ts';
import { graphData, type EdgeKind, type GraphData, type GraphNode } from '../src/lib/graph/graph.ts';
import { countCrossings, layoutMap, type LaneInput, type LayoutOptions } from '../src/lib/layout/index.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(runs: number, fn: () => void): number {
  fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function report(name: string, graph: GraphData, lanes: LaneInput[], runs: number): void {
  const options: LayoutOptions = {};
  const ms = time(runs, () => layoutMap(graph, lanes, options));
  const msNoOrder = time(runs, () => layoutMap(graph, lanes, { sweeps: 0 }));
  const layout = layoutMap(graph, lanes, options);
  const naive = countCrossings(layoutMap(graph, lanes, { sweeps: 0 }));
  const json = JSON.stringify(layout).length;
  console.log(
    `${name}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${lanes.length} lanes -> ` +
      `${ms.toFixed(1)} ms median of ${runs} (${msNoOrder.toFixed(1)} ms without ordering); ` +
      `crossings ${naive} in id order, ${countCrossings(layout)} ordered; ` +
      `map ${layout.width} x ${layout.height} px; JSON ${(json / 1024).toFixed(0)} KiB`,
  );
}

/**
 * A graph shaped like the real one: about 2 edges per node, mostly within a lane and
 * towards the next level or two, some across lanes, a few same-level or backwards.
 */
function synthetic(count: number, seed: number): { graph: GraphData; lanes: LaneInput[] } {
  const random = randomLcg(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const lanes: LaneInput[] = Array.from({ length: 10 }, (_, i) => ({ id: `lane-${i}`, title: `Lane ${i}`, colour: '#1d70b8', order: i }));
  const kinds: NodeKindish[] = ['role', 'qualification', 'programme'];
  const nodes: GraphNode[] = Array.from({ length: count }, (_, i) => {
    const id = `node-${String(i).padStart(5, '0')}`;
    const level = Math.min(8, Math.floor(random() * random() * 10));
    return { id, kind: pick(kinds), title: id, level, levelLabel: `Level ${level}`, summary: '', family: pick(lanes).id, href: `/${id}/` };
  });
  const byCell = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    const key = `${n.family}:${n.level}`;
    const cell = byCell.get(key);
    if (cell) cell.push(n);
    else byCell.set(key, [n]);
  }
  const edgeKinds: EdgeKind[] = ['qualifies', 'requires', 'progresses', 'trains', 'offers', 'leads-to'];
  const edges = [];
  for (const n of nodes) {
    for (let k = 0; k < 2; k++) {
      const r = random();
      const family = r < 0.75 ? n.family : pick(lanes).id;
      const level = Math.max(0, Math.min(8, n.level + (r < 0.9 ? 1 + Math.floor(random() * 2) : Math.floor(random() * 3) - 1)));
      const options = byCell.get(`${family}:${level}`) ?? [];
      const to = options.length ? pick(options) : pick(nodes);
      if (to.id !== n.id) edges.push({ from: n.id, to: to.id, kind: pick(edgeKinds) });
    }
  }
  return { graph: { nodes, edges }, lanes };
}
type NodeKindish = GraphNode['kind'];

function realContent(): { graph: GraphData; lanes: LaneInput[] } {
  const loaded = loadContent(readContentFiles(process.cwd()), { today: today() });
  if (loaded.errors.length) console.log(`note: the content has ${loaded.errors.length} error(s); timing the entries that did parse.`);
  const lanes = loaded.content.pathways.map((p) => ({ id: p.id, title: p.data.title, colour: p.data.colour, order: p.data.order }));
  return { graph: graphData(loaded.graph), lanes };
}

const real = realContent();
if (real) report('real content', real.graph, real.lanes, 21);
for (const [count, runs] of [
  [1000, 11],
  [5000, 5],
] as const) {
  const { graph, lanes } = synthetic(count, count);
  report(`synthetic ${count}`, graph, lanes, runs);
}
