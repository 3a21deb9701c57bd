/**
 * The map's edge paths (src/lib/layout/edge-paths.ts) as shapes: each command with its points,
 * whatever separators the path string uses. The snapshots were recorded from the string-built
 * paths before they moved to d3-path, so they show the geometry did not change.
 */
import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import type { EdgeKind, GraphData, GraphNode } from '../../src/lib/graph/graph.ts';
import { type LaneInput, layoutMap, type MapLayout } from '../../src/lib/layout/index.ts';

const node = (id: string, level: number, family: string): GraphNode => ({
  id,
  kind: 'role',
  title: id,
  level,
  levelLabel: `Level ${level}`,
  summary: id,
  family,
  href: `/roles/${id}/`,
});
const edge = (from: string, to: string, kind: EdgeKind = 'progresses') => ({ from, to, kind });

const lanes: LaneInput[] = [
  { id: 'care', title: 'Adult social care', colour: '#1d70b8', order: 0 },
  { id: 'nursing', title: 'Nursing', colour: '#005eb8', order: 1 },
];

/** "M196,171.5C228,171.5,228,143,260,143" -> "M 196,171.5 C 228,171.5 228,143 260,143". */
function pathShape(d: string): string {
  return [...d.matchAll(/([MLQC])([^MLQC]*)/g)]
    .map(([, command, args = '']) => {
      const n = args
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      const points = Array.from({ length: n.length / 2 }, (_, i) => `${n[2 * i]},${n[2 * i + 1]}`);
      return [command, ...points].join(' ');
    })
    .join(' ');
}

const shapes = (layout: MapLayout) => layout.edges.map((e) => `${e.from} -> ${e.to}: ${pathShape(e.d)}`);

describe('edge paths', () => {
  it('draws each kind of edge: stacked, bracket, rightwards, threaded through a column, leftwards', () => {
    const graph: GraphData = {
      nodes: [
        node('stack-top', 0, 'care'),
        node('stack-bottom', 0, 'care'),
        node('far', 0, 'care'),
        node('start', 1, 'care'),
        node('in-the-way', 3, 'care'),
        node('also-in-the-way', 5, 'care'),
        node('end', 7, 'care'),
        node('back-from', 6, 'nursing'),
        node('back-to', 2, 'nursing'),
      ],
      edges: [
        edge('stack-top', 'stack-bottom', 'qualifies'),
        edge('far', 'stack-top', 'requires'),
        edge('stack-bottom', 'start'),
        edge('start', 'end'),
        edge('back-from', 'back-to', 'trains'),
      ],
    };
    expect(shapes(layoutMap(graph, lanes))).toMatchInlineSnapshot(`
      [
        "back-from -> back-to: M 1420,354 C 1040,354 1040,354 660,354",
        "far -> stack-top: M 196,118 Q 202,118 202,130 L 202,234 Q 202,246 196,246",
        "stack-bottom -> start: M 196,182 C 228,182 228,182 260,182",
        "stack-top -> stack-bottom: M 112,220 L 112,208",
        "start -> end: M 428,182 C 576,182 576,152 724,152 L 892,152 C 1040,152 1040,152 1188,152 L 1356,152 C 1504,152 1504,182 1652,182",
      ]
    `);
  });

  it('keeps every number to one decimal place', () => {
    const graph = randomGraph(3, 40, 70);
    for (const e of layoutMap(graph, lanes).edges) expect(e.d).not.toMatch(/\d\.\d{2}/);
  });

  it('matches the recorded shapes of a random map', async () => {
    await expect(`${shapes(layoutMap(randomGraph(7, 40, 70), lanes)).join('\n')}\n`).toMatchFileSnapshot('__snapshots__/edge-paths.txt');
  });
});

function randomGraph(seed: number, count: number, edgeCount: number): GraphData {
  const random = randomLcg(seed);
  const nodes = Array.from({ length: count }, (_, i) => node(`n${String(i).padStart(2, '0')}`, Math.floor(random() * 9), random() < 0.5 ? 'care' : 'nursing'));
  const edges = [];
  for (let i = 0; i < edgeCount; i++) {
    const a = nodes[Math.floor(random() * count)];
    const b = nodes[Math.floor(random() * count)];
    if (a && b && a !== b) edges.push(edge(a.id, b.id));
  }
  return { nodes, edges };
}
