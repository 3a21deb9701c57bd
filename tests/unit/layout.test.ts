import { randomLcg } from 'd3-random';
import { describe, it, expect } from 'vitest';
import type { EdgeKind, GraphData, GraphNode } from '../../src/lib/graph/graph.ts';
import { countCrossings, layoutMap, layoutNeighbourhood, neighbourhood, type LaneInput, type MapLayout, type MapNode } from '../../src/lib/layout/index.ts';
import { flattenPath } from '../../src/lib/layout/crossings.ts';

const node = (id: string, level: number, family: string, kind: GraphNode['kind'] = 'role'): GraphNode => ({
  id,
  kind,
  title: id,
  level,
  levelLabel: `Level ${level}`,
  summary: `${id} summary`,
  family,
  href: `/roles/${id}/`,
});
const edge = (from: string, to: string, kind: EdgeKind = 'progresses') => ({ from, to, kind });

const lanes: LaneInput[] = [
  { id: 'nursing', title: 'Nursing', colour: '#005eb8', order: 1 },
  { id: 'care', title: 'Adult social care', colour: '#1d70b8', order: 0 },
  { id: 'empty', title: 'Empty lane', colour: '#00703c', order: 2 },
];

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function randomGraph(seed: number, count: number, edgeCount: number): GraphData {
  const random = randomLcg(seed);
  const families = ['care', 'nursing', 'empty'];
  const nodes = Array.from({ length: count }, (_, i) =>
    node(`n${String(i).padStart(3, '0')}`, Math.floor(random() * 9), families[Math.floor(random() * 2)] ?? 'care'),
  );
  const edges = [];
  for (let i = 0; i < edgeCount; i++) {
    const a = nodes[Math.floor(random() * count)];
    const b = nodes[Math.floor(random() * count)];
    if (a && b && a !== b) edges.push(edge(a.id, b.id, random() < 0.5 ? 'progresses' : 'qualifies'));
  }
  return { nodes, edges };
}

/** Boxes an edge's path runs through (1px inside the border, so touching its own ends is fine). */
function boxesHit(layout: MapLayout, d: string): string[] {
  const hit = new Set<string>();
  for (const [x, y] of flattenPath(d, 40, true)) {
    for (const n of layout.nodes) {
      if (x > n.x + 1 && x < n.x + n.width - 1 && y > n.y + 1 && y < n.y + n.height - 1) hit.add(n.id);
    }
  }
  return [...hit];
}

const find = (layout: MapLayout, id: string): MapNode => {
  const n = layout.nodes.find((m) => m.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

describe('layoutMap: grid', () => {
  const graph: GraphData = {
    nodes: [
      node('care-worker', 0, 'care'),
      node('senior-care-worker', 3, 'care'),
      node('care-certificate', 0, 'care', 'qualification'),
      node('nursing-associate', 5, 'nursing'),
      node('registered-nurse', 6, 'nursing'),
      node('nurse-consultant', 7, 'nursing'),
      node('phd-nursing', 8, 'nursing', 'qualification'),
      node('mystery', 2, 'unlisted'),
    ],
    edges: [edge('care-certificate', 'care-worker', 'qualifies'), edge('care-worker', 'senior-care-worker')],
  };
  const layout = layoutMap(graph, lanes);

  it('has eight columns, Entry to Level 7+, evenly spaced', () => {
    expect(layout.columns.map((c) => c.label)).toEqual(['Entry', 'Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7+']);
    expect(layout.columns.map((c) => c.x)).toEqual([16, 248, 480, 712, 944, 1176, 1408, 1640]);
    expect(layout.width).toBe(1848);
    expect(layout.width).toBeLessThanOrEqual(1920);
  });

  it('orders lanes by `order`, keeps empty lanes, adds unlisted families at the end', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(['care', 'nursing', 'empty', 'unlisted']);
    for (let i = 1; i < layout.lanes.length; i++) {
      const prev = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBeGreaterThan(prev.y + prev.height - 1);
    }
  });

  it('puts each node in the cell for its lane and level, stacking cells vertically', () => {
    const col = (id: string) => layout.columns.findIndex((c) => c.x < find(layout, id).x && find(layout, id).x < c.x + c.width);
    expect(col('care-worker')).toBe(0);
    expect(col('senior-care-worker')).toBe(3);
    expect(col('nurse-consultant')).toBe(7);
    expect(col('phd-nursing')).toBe(7);
    expect(find(layout, 'care-worker').lane).toBe('care');
    expect(find(layout, 'mystery').lane).toBe('unlisted');
    const [a, b] = [find(layout, 'care-certificate'), find(layout, 'care-worker')];
    expect(a.x).toBe(b.x);
    expect(Math.abs(a.y - b.y)).toBe(52 + 12);
    // Every box sits inside its lane.
    for (const n of layout.nodes) {
      const lane = layout.lanes.find((l) => l.id === n.lane)!;
      expect(n.y).toBeGreaterThanOrEqual(lane.y);
      expect(n.y + n.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  it('sizes a lane by its fullest cell', () => {
    // care: 2 in Entry; nursing: 2 in Level 7+ (levels 7 and 8); empty: room for one.
    const [care, nursing, empty] = layout.lanes;
    expect(care!.height).toBe(nursing!.height);
    expect(care!.height - empty!.height).toBe(52 + 12);
  });

  it('compact drops empty columns and lanes', () => {
    const compact = layoutMap(graph, lanes, { compact: true });
    expect(compact.columns.map((c) => c.label)).toEqual(['Entry', 'Level 2', 'Level 3', 'Level 5', 'Level 6', 'Level 7+']);
    expect(compact.lanes.map((l) => l.id)).toEqual(['care', 'nursing', 'unlisted']);
    expect(compact.width).toBeLessThan(layout.width);
  });

  it('is a plain serialisable object', () => {
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });
});

describe('layoutMap: determinism', () => {
  const graph = randomGraph(7, 60, 110);

  it('gives the same layout twice', () => {
    expect(layoutMap(graph, lanes)).toEqual(layoutMap(graph, lanes));
  });

  it('does not depend on the order of nodes, edges or lanes', () => {
    const expected = layoutMap(graph, lanes);
    const random = randomLcg(42);
    for (let i = 0; i < 5; i++) {
      const shuffledGraph = { nodes: shuffled(graph.nodes, random), edges: shuffled(graph.edges, random) };
      expect(layoutMap(shuffledGraph, shuffled(lanes, random))).toEqual(expected);
    }
  });

  it('rounds every number to one decimal', () => {
    const text = JSON.stringify(layoutMap(graph, lanes, { nodeHeight: 47, rowGap: 7 }));
    expect(text).not.toMatch(/\d\.\d{2}/);
  });
});

describe('layoutMap: crossings', () => {
  it('untangles a fixture that crosses in id order', () => {
    const graph: GraphData = {
      nodes: ['a', 'b', 'c'].map((id) => node(id, 0, 'care')).concat(['x', 'y', 'z'].map((id) => node(id, 1, 'care'))),
      edges: [edge('a', 'z'), edge('b', 'y'), edge('c', 'x')],
    };
    const naive = countCrossings(layoutMap(graph, lanes, { sweeps: 0 }));
    const ordered = countCrossings(layoutMap(graph, lanes));
    expect(naive).toBe(3);
    expect(ordered).toBe(0);
  });

  it('never does worse than id order on random graphs', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const graph = randomGraph(seed, 80, 140);
      const naive = countCrossings(layoutMap(graph, lanes, { sweeps: 0 }));
      const ordered = countCrossings(layoutMap(graph, lanes));
      expect(naive).toBeGreaterThan(0);
      expect(ordered).toBeLessThanOrEqual(naive);
    }
  });
});

describe('layoutMap: edge routes', () => {
  it('routes same-column edges around the boxes between their ends', () => {
    const graph: GraphData = {
      nodes: [node('a', 3, 'care'), node('b', 3, 'care'), node('c', 3, 'care'), node('d', 3, 'care'), node('e', 3, 'nursing')],
      edges: [edge('a', 'd'), edge('a', 'b'), edge('d', 'a', 'requires'), edge('b', 'e'), edge('e', 'a', 'trains')],
    };
    const layout = layoutMap(graph, lanes);
    expect(layout.edges).toHaveLength(5);
    // Both kinds of same-column route are exercised: brackets (Q) and straight lines.
    expect(layout.edges.filter((e) => e.d.includes('Q')).length).toBeGreaterThan(0);
    expect(layout.edges.filter((e) => /^M[\d.,]+L[\d.,]+$/.test(e.d)).length).toBeGreaterThan(0);
    for (const e of layout.edges) expect(boxesHit(layout, e.d), `${e.from} -> ${e.to}: ${e.d}`).toEqual([]);
  });

  it('never runs any edge through a box', () => {
    for (const seed of [11, 12]) {
      const layout = layoutMap(randomGraph(seed, 70, 120), lanes);
      for (const e of layout.edges) expect(boxesHit(layout, e.d), `${e.from} -> ${e.to}: ${e.d}`).toEqual([]);
    }
  });

  it('goes from the right side of the source to the left side of the target going rightwards', () => {
    const layout = layoutMap({ nodes: [node('a', 0, 'care'), node('b', 2, 'nursing')], edges: [edge('a', 'b')] }, lanes);
    const [a, b] = [find(layout, 'a'), find(layout, 'b')];
    const pts = layout.edges[0]!.points!;
    expect(pts[0]![0]).toBe(a.x + a.width);
    expect(pts[pts.length - 1]![0]).toBe(b.x);
  });

  it('spreads the ends of edges that share a side', () => {
    const graph: GraphData = {
      nodes: [node('a', 0, 'care'), node('b', 1, 'care'), node('c', 1, 'care'), node('d', 1, 'care')],
      edges: [edge('a', 'b'), edge('a', 'c'), edge('a', 'd')],
    };
    const starts = layoutMap(graph, lanes).edges.map((e) => e.points![0]![1]);
    expect(new Set(starts).size).toBe(3);
  });

  it('matches the snapshot for a small map', () => {
    const graph: GraphData = {
      nodes: [
        node('care-worker', 0, 'care'),
        node('care-certificate', 0, 'care', 'qualification'),
        node('senior-care-worker', 3, 'care'),
        node('nurse', 6, 'nursing'),
      ],
      edges: [edge('care-certificate', 'care-worker', 'qualifies'), edge('care-worker', 'senior-care-worker'), edge('senior-care-worker', 'nurse')],
    };
    expect(layoutMap(graph, lanes, { compact: true, nodeHeight: 45 })).toMatchInlineSnapshot(`
      {
        "columns": [
          {
            "label": "Entry",
            "level": 0,
            "width": 192,
            "x": 16,
          },
          {
            "label": "Level 3",
            "level": 3,
            "width": 192,
            "x": 248,
          },
          {
            "label": "Level 6",
            "level": 6,
            "width": 192,
            "x": 480,
          },
        ],
        "edges": [
          {
            "d": "M112,137L112,149",
            "from": "care-certificate",
            "kind": "qualifies",
            "points": [
              [
                112,
                137,
              ],
              [
                112,
                149,
              ],
            ],
            "to": "care-worker",
          },
          {
            "d": "M196,171.5C228,171.5,228,143,260,143",
            "from": "care-worker",
            "kind": "progresses",
            "points": [
              [
                196,
                171.5,
              ],
              [
                260,
                143,
              ],
            ],
            "to": "senior-care-worker",
          },
          {
            "d": "M428,143C460,143,460,272.5,492,272.5",
            "from": "senior-care-worker",
            "kind": "progresses",
            "points": [
              [
                428,
                143,
              ],
              [
                492,
                272.5,
              ],
            ],
            "to": "nurse",
          },
        ],
        "height": 323,
        "lanes": [
          {
            "colour": "#1d70b8",
            "height": 150,
            "id": "care",
            "title": "Adult social care",
            "y": 56,
          },
          {
            "colour": "#005eb8",
            "height": 93,
            "id": "nursing",
            "title": "Nursing",
            "y": 214,
          },
        ],
        "nodes": [
          {
            "height": 45,
            "id": "care-certificate",
            "lane": "care",
            "level": 0,
            "width": 168,
            "x": 28,
            "y": 92,
          },
          {
            "height": 45,
            "id": "care-worker",
            "lane": "care",
            "level": 0,
            "width": 168,
            "x": 28,
            "y": 149,
          },
          {
            "height": 45,
            "id": "senior-care-worker",
            "lane": "care",
            "level": 3,
            "width": 168,
            "x": 260,
            "y": 120.5,
          },
          {
            "height": 45,
            "id": "nurse",
            "lane": "nursing",
            "level": 6,
            "width": 168,
            "x": 492,
            "y": 250,
          },
        ],
        "width": 688,
      }
    `);
  });
});

describe('neighbourhood', () => {
  // in -> a -> b -> c -> d -> e; x -> c; other -> b; b -> side (seen from c, side is sideways:
  // downstream of b, which is upstream of c).
  const graph: GraphData = {
    nodes: ['in', 'a', 'b', 'c', 'd', 'e', 'x', 'side', 'other'].map((id, i) => node(id, i % 8, i % 2 ? 'care' : 'nursing')),
    edges: [edge('in', 'a'), edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e'), edge('x', 'c'), edge('b', 'side'), edge('other', 'b')],
  };
  const ids = (g: GraphData) => g.nodes.map((n) => n.id).sort();

  it('keeps nodes up to depth steps forwards and backwards, not sideways', () => {
    expect(ids(neighbourhood(graph, 'c', 1))).toEqual(['b', 'c', 'd', 'x']);
    expect(ids(neighbourhood(graph, 'c'))).toEqual(['a', 'b', 'c', 'd', 'e', 'other', 'x']);
    expect(ids(neighbourhood(graph, 'c', 0))).toEqual(['c']);
    expect(neighbourhood(graph, 'nope')).toEqual({ nodes: [], edges: [] });
  });

  it('keeps the edges between kept nodes', () => {
    const sub = neighbourhood(graph, 'c', 1);
    expect(sub.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['b>c', 'c>d', 'x>c']);
  });

  it('lays out compactly', () => {
    const layout = layoutNeighbourhood(graph, 'c', lanes, { depth: 1 });
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['b', 'c', 'd', 'x']);
    expect(layout.columns.length).toBe(new Set(['b', 'c', 'd', 'x'].map((id) => graph.nodes.find((n) => n.id === id)!.level)).size);
    expect(layout.lanes.every((l) => layout.nodes.some((n) => n.lane === l.id))).toBe(true);
    expect(layout.width).toBeLessThan(1000);
  });
});
