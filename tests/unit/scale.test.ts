/**
 * The shortcuts that keep the build linear in the content give what the plain ways give:
 * a swap's score from the lines at its two boxes (layout/transpose.ts) against rescoring every
 * line, an entry's small map walked through the graph's indexes (map-data.ts `entryMap`)
 * against the graph copied without programmes, and the overview's bounded name count against
 * trying every count.
 */
import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { aroundEntry, layoutNeighbourhood } from '../../src/lib/layout/index.ts';
import { crossingsBetween } from '../../src/lib/layout/order.ts';
import { swapDelta } from '../../src/lib/layout/transpose.ts';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { entryMap, lanesOf, siteMaps, withoutProgrammes } from '../../src/lib/map/map-data.ts';
import { cellText, namesThatFit } from '../../src/lib/map/overview.ts';
import { wrapLabel } from '../../src/lib/text.ts';

describe('scoring a swap from the lines at its two boxes', () => {
  /** Boxes in columns, each column's boxes at fixed slots (as in a layout's cells). */
  function scene(seed: number) {
    const random = randomLcg(seed);
    const columns = [0, 100, 200, 300, 400];
    const perColumn = 2 + Math.floor(random() * 6);
    const nodes = columns.flatMap((_, c) => Array.from({ length: perColumn }, (_, slot) => ({ c, slot })));
    const y = Float64Array.from(nodes, (n) => n.slot * 10 + 5);
    const x = (i: number) => columns[nodes[i]?.c ?? 0] ?? 0;
    const links: [number, number][] = [];
    const loops: [number, number][] = [];
    for (let k = 0; k < nodes.length * 2; k++) {
      const a = Math.floor(random() * nodes.length);
      const b = Math.floor(random() * nodes.length);
      if (a === b) continue;
      (x(a) === x(b) ? loops : links).push([a, b]);
    }
    return { random, columns, nodes, y, x, links, loops, perColumn };
  }
  const full = (s: ReturnType<typeof scene>): [number, number] => [
    crossingsBetween(
      s.links.map(([a, b]) => ({ x1: s.x(a), y1: s.y[a] ?? 0, x2: s.x(b), y2: s.y[b] ?? 0 })),
      s.columns,
    ),
    s.loops.reduce((sum, [a, b]) => sum + Math.abs((s.y[a] ?? 0) - (s.y[b] ?? 0)), 0),
  ];

  it('gives the change that rescoring every line gives, swap after swap', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const s = scene(seed / 31);
      const delta = swapDelta(s.links, s.loops, s.columns, s.x, s.y);
      for (let t = 0; t < 40; t++) {
        // Two neighbours in one column.
        const c = Math.floor(s.random() * s.columns.length);
        const slot = Math.floor(s.random() * (s.perColumn - 1));
        const a = s.nodes.findIndex((n) => n.c === c && n.slot === slot);
        const b = s.nodes.findIndex((n) => n.c === c && n.slot === slot + 1);
        const before = full(s);
        const change = delta.change(a, b);
        expect(full(s)).toEqual(before); // asking changes nothing
        [s.y[a], s.y[b]] = [s.y[b] ?? 0, s.y[a] ?? 0];
        const after = full(s);
        expect(change).toEqual([after[0] - before[0], after[1] - before[1]]);
        // Keep the swap half the time, else put the boxes back.
        if (s.random() < 0.5) {
          delta.swap(a, b);
          s.nodes[a] = { c, slot: slot + 1 };
          s.nodes[b] = { c, slot };
        } else {
          [s.y[a], s.y[b]] = [s.y[b] ?? 0, s.y[a] ?? 0];
        }
      }
    }
  });
});

describe('an entry page’s small map', () => {
  const { content, graph } = loadContentFrom('tests/fixtures/basic', { today: '2026-11-30' });
  const maps = siteMaps(graph, content.pathways);
  const lanes = lanesOf(content.pathways);
  const entries = [...content.roles, ...content.qualifications, ...content.programmes].map((e) => e.id);

  it('is the map and the words of the graph without programmes (but its own), for every entry', () => {
    for (const id of entries) {
      const { size, layout, around } = entryMap(maps, id);
      const plain = withoutProgrammes(graph, id);
      const expected = layoutNeighbourhood(plain, id, lanes, { depth: 2 });
      expect(layout).toEqual(expected);
      expect(size).toBe(expected.nodes.length);
      expect(around).toEqual(aroundEntry(plain, id, 2));
    }
  });

  it('is not laid out over `drawUpTo` boxes, and says how many there are', () => {
    const id = entries.reduce((best, e) => (entryMap(maps, e).size > entryMap(maps, best).size ? e : best));
    const { size } = entryMap(maps, id);
    expect(size).toBeGreaterThan(2);
    expect(entryMap(maps, id, size - 1).layout).toBeUndefined();
    expect(entryMap(maps, id, size - 1).size).toBe(size);
    expect(entryMap(maps, id, size).layout?.nodes.length).toBe(size);
  });

  it('is empty for an unknown id', () => {
    expect(entryMap(maps, 'nope')).toMatchObject({ size: 0, layout: { nodes: [] }, around: { before: [], after: [] } });
  });
});

describe('how many names fit in an overview cell', () => {
  /** Every count from the most down, as before the bound. */
  const tryEvery = (titles: readonly string[], fit: { chars: number; lines: number }) => {
    for (let k = titles.length; k > 0; k--) if (wrapLabel(cellText(titles, k), fit.chars, Number.POSITIVE_INFINITY).length <= fit.lines) return k;
    return Math.min(1, titles.length);
  };

  it('is what trying every count gives, for short and long cells', () => {
    const random = randomLcg(0.42);
    const words = ['Care', 'worker', 'Senior', 'healthcare', 'support', 'assistant', 'A', 'practitioner', 'Nursing', 'associate', 'OT'];
    for (let t = 0; t < 300; t++) {
      const count = Math.floor(random() * 60);
      const titles = Array.from({ length: count }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]).join(' '),
      );
      for (const fit of [
        { chars: 20, lines: 2 },
        { chars: 27, lines: 4 },
        { chars: 8, lines: 1 },
      ]) {
        expect(namesThatFit(titles, fit)).toBe(tryEvery(titles, fit));
      }
    }
  });
});
