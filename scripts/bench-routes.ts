/**
 * Route-finding benchmark: `findRoutes` from no qualifications to adult nurse on the real
 * graph and on synthetic graphs made by cloning it (each clone keeps its own ids, and its jobs
 * lead into the first clone's), at about 1x, 8x and 32x the real size. Prints min and median per call
 * of several runs, and the growth ratio between sizes. `--baseline DIR` also times the
 * `findRoutes` of another checkout's src/lib/routes (for example an older commit extracted
 * with `git archive <commit> src/lib | tar -x -C DIR`) on the same graphs, side by side.
 */
import { cpus, loadavg } from 'node:os';
import { readContentFiles } from '../src/lib/content/read.ts';
import { type GraphData, indexGraph } from '../src/lib/graph/graph.ts';
import { loadContent, today } from '../src/lib/loader/index.ts';
import { findRoutes } from '../src/lib/routes/index.ts';
import { routeDetails } from '../src/lib/routes/details.ts';

const loaded = loadContent(readContentFiles(process.cwd()), { today: today() });
const details = routeDetails(loaded.content);
const base: GraphData = { nodes: loaded.graph.nodes, edges: loaded.graph.edges };

/**
 * `copies` clones of the graph; clone k's ids end in `~k`. Every clone's roles also lead to the
 * same role in clone 0, so the whole graph can reach the target: pruning alone cannot help.
 */
function cloned(copies: number): GraphData {
  const nodes = [];
  const edges = [];
  for (let k = 0; k < copies; k++) {
    const id = (x: string) => (k === 0 ? x : `${x}~${k}`);
    for (const n of base.nodes) nodes.push({ ...n, id: id(n.id) });
    for (const e of base.edges) edges.push({ ...e, from: id(e.from), to: id(e.to) });
    if (k > 0) for (const n of base.nodes.filter((x) => x.kind === 'role')) edges.push({ from: id(n.id), to: n.id, kind: 'progresses' as const });
  }
  return { nodes, edges };
}

type Find = typeof findRoutes;
const baselineDir = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1] : undefined;
const baseline: Find | undefined = baselineDir ? ((await import(`${baselineDir}/src/lib/routes/index.ts`)) as { findRoutes: Find }).findRoutes : undefined;

function time(graph: ReturnType<typeof indexGraph>, runs: number, find: Find = findRoutes): { min: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = find(graph, { from: { kind: 'nothing' }, to: 'adult-nurse', details });
    times.push(performance.now() - t);
    if (r.status !== 'ok') throw new Error(`no route at ${graph.nodes.length} nodes`);
  }
  times.sort((a, b) => a - b);
  return { min: times[0]!, median: times[Math.floor(times.length / 2)]! };
}

console.log(
  `node ${process.version}, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`copies  nodes   edges   min ms  median ms  growth${baseline ? '  baseline min  baseline median  baseline/this' : ''}`);
let previous: number | undefined;
for (const copies of [1, 8, 32]) {
  const graph = indexGraph(cloned(copies));
  time(graph, 2); // warm-up
  const { min, median } = time(graph, copies > 8 ? 5 : 9);
  const ratio = previous ? (median / previous).toFixed(1) : '-';
  let side = '';
  if (baseline) {
    time(graph, 1, baseline);
    const b = time(graph, copies > 8 ? 3 : 5, baseline);
    side = `  ${b.min.toFixed(1).padStart(12)}  ${b.median.toFixed(1).padStart(15)}  ${(b.median / median).toFixed(1).padStart(13)}`;
  }
  console.log(
    `${String(copies).padStart(6)}  ${String(graph.nodes.length).padStart(5)}  ${String(graph.edges.length).padStart(6)}  ${min.toFixed(1).padStart(7)}  ${median.toFixed(1).padStart(9)}  ${ratio.padStart(6)}${side}`,
  );
  previous = median;
}
