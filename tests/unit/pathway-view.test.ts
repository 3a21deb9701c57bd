/**
 * Pathway views (src/lib/layout/pathway.ts) and the overview (src/lib/map/overview.ts): whole
 * labels, exits, junctions, crossings against the full map, the overview's cells, the view's
 * addresses and words. The crossing counts of the real content are printed, before (the full
 * map) and after (the pathway views).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import MapSvg from '../../src/components/map/MapSvg.tsx';
import type { EdgeKind, GraphData, GraphNode } from '../../src/lib/graph/graph.ts';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { loadContent, loadContentFrom } from '../../src/lib/loader/index.ts';
import { aroundEntry, flattenPath, labelFit, layoutPathway, pathCrossings, pathwayGraph, type LaneInput, type MapLayout } from '../../src/lib/layout/index.ts';
import { fullMap, lanesOf, mapNodes, packFacts, pathwayMap, sortedPathways, unpackFacts, withoutProgrammes } from '../../src/lib/map/map-data.ts';
import { mapGraph } from '../../src/lib/map/map-graph.ts';
import { throughJunctions } from '../../src/lib/map/junctions.ts';
import { neighbourInDirection } from '../../src/lib/map/neighbours.ts';
import { cellText, namesThatFit, overview, overviewBands, spanText } from '../../src/lib/map/overview.ts';
import { pathwayList } from '../../src/lib/map/pathway-list.ts';
import { exitHref, exitName, openingPathway, pathwayHref, whereAmI } from '../../src/lib/map/pathway-view.ts';

const node = (id: string, level: number, family: string, kind: GraphNode['kind'] = 'role', title = id): GraphNode => ({
  id,
  kind,
  title,
  level,
  levelLabel: level === 0 ? 'Entry level' : `Level ${level}`,
  summary: `${id} summary`,
  family,
  href: `/${kind}s/${id}/`,
});
const edge = (from: string, to: string, kind: EdgeKind = 'progresses') => ({ from, to, kind });
const lanes: LaneInput[] = [
  { id: 'care', title: 'Adult social care', colour: '#1d70b8', order: 0 },
  { id: 'nursing', title: 'Nursing and midwifery', colour: '#00703c', order: 1 },
];

/** Boxes a path runs through (1px inside the border, so touching its own ends is fine). */
function boxesHit(layout: MapLayout, d: string): string[] {
  const hit = new Set<string>();
  const pts = flattenPath(d);
  for (let i = 1; i < pts.length; i++) {
    const a: [number, number] = pts[i - 1] ?? [0, 0];
    const b: [number, number] = pts[i] ?? [0, 0];
    for (let s = 0; s <= 10; s++) {
      const x = a[0] + ((b[0] - a[0]) * s) / 10;
      const y = a[1] + ((b[1] - a[1]) * s) / 10;
      for (const n of layout.nodes) if (x > n.x + 1 && x < n.x + n.width - 1 && y > n.y + 1 && y < n.y + n.height - 1) hit.add(n.id);
    }
  }
  return [...hit];
}

describe('a pathway view', () => {
  const graph: GraphData = {
    nodes: [
      node('care-worker', 0, 'care'),
      node('senior-care-worker', 3, 'care'),
      node('nursing-associate', 5, 'nursing'),
      node('na-apprenticeship', 5, 'nursing', 'qualification', 'Nursing Associate apprenticeship (Level 5)'),
      node('adult-nurse', 6, 'nursing'),
      node('nmc', 6, 'nursing', 'qualification', 'NMC registration as a nurse'),
      node('degree', 6, 'nursing', 'qualification', "Nursing degree (BSc, adult, children's, mental health or learning disability)"),
      node('ward-manager', 6, 'leadership'),
    ],
    edges: [
      edge('care-worker', 'senior-care-worker'),
      edge('senior-care-worker', 'na-apprenticeship', 'requires'),
      edge('na-apprenticeship', 'nursing-associate', 'qualifies'),
      edge('nursing-associate', 'degree', 'requires'),
      edge('degree', 'nmc', 'requires'),
      edge('nmc', 'adult-nurse', 'qualifies'),
      edge('adult-nurse', 'ward-manager'),
    ],
  };
  const layout = layoutPathway(graph, 'nursing', [...lanes, { id: 'leadership', title: 'Leadership and management', colour: '#4c2c92', order: 2 }]);
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));

  it("draws the lane's own nodes and, as exits, the other pathways' nodes joined to them", () => {
    expect([...byId.keys()].sort()).toEqual(['adult-nurse', 'degree', 'na-apprenticeship', 'nmc', 'nursing-associate', 'senior-care-worker', 'ward-manager']);
    expect(byId.get('senior-care-worker')?.exit).toEqual({ lane: 'care', laneTitle: 'Adult social care', direction: 'in' });
    expect(byId.get('ward-manager')?.exit).toEqual({ lane: 'leadership', laneTitle: 'Leadership and management', direction: 'out' });
    expect(byId.get('ward-manager')?.lines?.join(' ')).toBe('→ Leadership and management: ward-manager');
    expect(byId.get('senior-care-worker')?.lines?.join(' ')).toBe('From Adult social care: senior-care-worker');
    // Only lines that touch the lane: care worker to senior care worker is the other lane's.
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).not.toContain('care-worker>senior-care-worker');
    expect(layout.edges).toHaveLength(6);
  });

  it('wraps every label whole over at most three lines, each within its box at 0.6em a character', () => {
    const titles = new Map(graph.nodes.map((n) => [n.id, n.title]));
    for (const n of layout.nodes) {
      const lines = n.lines ?? [];
      expect(lines.length, n.id).toBeGreaterThan(0);
      expect(lines.length, n.id).toBeLessThanOrEqual(3);
      expect(lines.join(' ')).not.toContain('…');
      if (!n.exit) expect(lines.join(' ')).toBe(titles.get(n.id));
      for (const line of lines) expect(line.length * labelFit.charWidth + labelFit.paddingX, `${n.id}: ${line}`).toBeLessThanOrEqual(n.width);
    }
    expect(layout.label).toEqual({ fontSize: 15, lineHeight: 18 });
  });

  it("stands a busy level's course, registration and job side by side, and stacks a quiet one in order", () => {
    // Level 6 here has 4 boxes (under the split size): one column, the degree above its registration above the job.
    const [degree, nmc, nurse] = ['degree', 'nmc', 'adult-nurse'].map((id) => byId.get(id));
    expect(degree?.x).toBe(nmc?.x);
    expect((degree?.y ?? 0) < (nmc?.y ?? 0) && (nmc?.y ?? 0) < (nurse?.y ?? 0)).toBe(true);
    const busy: GraphData = {
      nodes: ['a', 'b', 'c'].flatMap((k) => [
        node(`deg-${k}`, 6, 'nursing', 'qualification'),
        { ...node(`reg-${k}`, 6, 'nursing', 'qualification'), qualificationKind: 'registration' },
        node(`job-${k}`, 6, 'nursing'),
      ]),
      edges: ['a', 'b', 'c'].flatMap((k) => [edge(`deg-${k}`, `reg-${k}`, 'requires'), edge(`reg-${k}`, `job-${k}`, 'qualifies')]),
    };
    const split = layoutPathway(busy, 'nursing', lanes);
    const x = (id: string) => split.nodes.find((n) => n.id === id)?.x ?? 0;
    expect(x('deg-a') < x('reg-a') && x('reg-a') < x('job-a')).toBe(true);
    expect(split.columns.map((c) => c.label)).toEqual(['Level 6', '', '']);
  });

  it('never runs a line through a box', () => {
    for (const e of layout.edges) expect(boxesHit(layout, e.d), `${e.from} -> ${e.to}`).toEqual([]);
  });

  it('draws a shared "any one of these" choice once, through a junction', () => {
    const g: GraphData = {
      nodes: [
        node('a-levels', 3, 'sci', 'qualification'),
        node('btec', 3, 'sci', 'qualification'),
        node('deg-1', 6, 'sci', 'qualification'),
        node('deg-2', 6, 'sci', 'qualification'),
        node('deg-3', 6, 'sci', 'qualification'),
      ],
      edges: ['deg-1', 'deg-2', 'deg-3'].flatMap((d) => [
        { from: 'a-levels', to: d, kind: 'requires' as const, any: true as const, group: 0 },
        { from: 'btec', to: d, kind: 'requires' as const, any: true as const, group: 0 },
      ]),
    };
    const sub = pathwayGraph(g, 'sci');
    expect([...sub.junctions.values()]).toEqual([{ members: ['a-levels', 'btec'], targets: ['deg-1', 'deg-2', 'deg-3'] }]);
    expect(sub.edges).toHaveLength(5); // 2 in, 3 out, instead of 6
    // It stands just before the first step that takes the choice.
    expect(sub.nodes.find((n) => n.id === 'one-of-1')?.level).toBe(6);
    const l = layoutPathway(g, 'sci', [{ id: 'sci', title: 'Science', colour: '#a50e2d', order: 0 }]);
    expect(l.nodes.find((n) => n.junction)?.lines?.join(' ')).toBe('Any one of these');
    // Looked through, each choice still leads to each degree.
    const direct = throughJunctions(sub.edges, (id) => sub.junctions.has(id));
    expect(direct.map((e) => `${e.from}>${e.to}`).sort()).toEqual([
      'a-levels>deg-1',
      'a-levels>deg-2',
      'a-levels>deg-3',
      'btec>deg-1',
      'btec>deg-2',
      'btec>deg-3',
    ]);
  });

  it('renders exits as links to their own pathway view, named with the words they show', () => {
    const svg = renderToStaticMarkup(createElement(MapSvg, { layout, nodes: mapNodes(graph), title: 'Nursing', idPrefix: 'pv', laneTitles: false }));
    expect(svg).toContain(`href="${exitHref('ward-manager', 'leadership').replaceAll('&', '&amp;')}"`);
    expect(svg).toMatch(
      /class="map-node map-node-role map-exit lane-leadership"[^>]*data-exit-lane="Leadership and management" data-exit-direction="out" aria-label="→ Leadership and management: ward-manager: job, Level 6. Opens that pathway."/,
    );
    expect(svg).not.toContain('map-lane-label');
  });
});

describe('arrow keys across sub-columns', () => {
  it('ArrowRight follows the line into the next sub-column', () => {
    const g = mapGraph(
      [
        { id: 'deg', title: 'deg', kind: 'qualification', level: 6, levelLabel: 'Level 6', family: 'n', href: '', summary: '' },
        { id: 'reg', title: 'reg', kind: 'qualification', level: 6, levelLabel: '', family: 'n', href: '', summary: '' },
      ],
      [edge('deg', 'reg', 'requires')],
    );
    const boxes = [
      { id: 'deg', x: 10, y: 10, width: 100, height: 50 },
      { id: 'reg', x: 150, y: 80, width: 100, height: 50 },
    ];
    expect(neighbourInDirection(g, { nodes: boxes }, 'deg', 'ArrowRight')).toBe('reg');
    expect(neighbourInDirection(g, { nodes: boxes }, 'reg', 'ArrowLeft')).toBe('deg');
  });
});

describe('the overview', () => {
  it('has columns Entry, 1–2, 3, 4–5, 6 and 7+', () => {
    expect(overviewBands.map((b) => b.label)).toEqual(['Entry', 'Levels 1–2', 'Level 3', 'Levels 4–5', 'Level 6', 'Level 7+']);
  });

  it('says "A, B and N more", fitting the names it can', () => {
    expect(cellText(['Care worker', 'Support worker', 'Porter'], 2)).toBe('Care worker, Support worker and 1 more');
    expect(cellText(['Care worker'], 1)).toBe('Care worker');
    const titles = ['Care worker', 'Support worker', 'Home care worker', 'Reablement worker', 'Personal assistant'];
    expect(namesThatFit(titles, { chars: 20, lines: 2 })).toBe(2); // "Care worker, Support / worker and 3 more"
    expect(namesThatFit(titles, { chars: 16, lines: 2 })).toBe(1);
    expect(namesThatFit(titles, { chars: 20, lines: 3 })).toBe(3);
    expect(namesThatFit(titles, { chars: 27, lines: 4 })).toBe(5); // all five fit, so no "more"
    // A long single name still shows (never "1 job").
    expect(namesThatFit(['Approved mental health professional (AMHP)'], { chars: 20, lines: 2 })).toBe(1);
  });

  it('words the span of levels from the jobs themselves', () => {
    expect(spanText([0, 3, 4])).toBe('Entry to Level 4');
    expect(spanText([6, 6])).toBe('Level 6');
    expect(spanText([0])).toBe('Entry level');
    expect(spanText([3, 8])).toBe('Level 3 to Level 7+');
  });

  it('puts each job in its pathway and band, best known first, linking to its pathway view', () => {
    const g: GraphData = {
      nodes: [
        node('porter', 0, 'care'),
        node('care-worker', 0, 'care'),
        node('carer-b', 0, 'care'),
        node('senior', 3, 'care'),
        node('nurse', 6, 'nursing'),
        node('diploma', 3, 'care', 'qualification'),
      ],
      edges: [edge('care-worker', 'senior'), edge('carer-b', 'senior'), edge('diploma', 'senior', 'qualifies')],
    };
    const ov = overview(
      g,
      [
        { id: 'care', title: 'Care', order: 0, steps: ['senior', 'care-worker'] },
        { id: 'nursing', title: 'Nursing', order: 1, steps: [] },
      ],
      new Map([['porter', 2]]),
    );
    expect(ov.bands.map((b) => b.label)).toEqual(['Entry', 'Level 3', 'Level 6']);
    const care = ov.rows[0];
    // On the pathway's route first, then named by journeys, then most lines, then title.
    expect(care?.cells[0]?.jobs.map((j) => j.id)).toEqual(['care-worker', 'porter', 'carer-b']);
    expect(care?.cells[0]?.jobs[0]?.href).toBe('/explore/?pathway=care&select=care-worker#pathway-care');
    expect(care?.href).toBe('/explore/?pathway=care#pathway-care');
    expect(care?.jobCount).toBe(4);
    expect(care?.span).toBe('Entry to Level 3');
    expect(ov.rows[1]?.cells.map((c) => c.jobs.length)).toEqual([0, 0, 1]);
  });
});

describe('addresses and words of a pathway view', () => {
  const pathways = new Set(['nursing', 'care']);
  const familyOf = (id: string) => ({ 'adult-nurse': 'nursing', 'care-worker': 'care' })[id];

  it("opens the named view, else the selection's, from old links too", () => {
    expect(pathwayHref('nursing')).toBe('/explore/?pathway=nursing#pathway-nursing');
    expect(pathwayHref('nursing', 'adult-nurse')).toBe('/explore/?pathway=nursing&select=adult-nurse#pathway-nursing');
    expect(openingPathway('?pathway=nursing', pathways, familyOf)).toBe('nursing');
    expect(openingPathway('?select=adult-nurse', pathways, familyOf)).toBe('nursing');
    // Old links: several pathways (the first known wins), filters and a zoom.
    expect(openingPathway('?pathway=unknown,care,nursing&sector=nhs&z=0.85,-120,0', pathways, familyOf)).toBe('care');
    expect(openingPathway('?select=care-worker&min=2&max=5&borough=camden', pathways, familyOf)).toBe('care');
    expect(openingPathway('?select=nobody', pathways, familyOf)).toBeUndefined();
    expect(openingPathway('', pathways, familyOf)).toBeUndefined();
  });

  it('names an exit by the words it shows, then what it is', () => {
    expect(exitName({ title: 'Ward manager', kind: 'role', levelLabel: 'Level 6', sector: 'nhs' }, { laneTitle: 'Leadership', direction: 'out' })).toBe(
      '→ Leadership: Ward manager: job, Level 6, NHS. Opens that pathway.',
    );
  });

  it('says where you are', () => {
    expect(whereAmI({ pathway: 'Nursing' })).toBe('You are in Nursing. Tab to the map, then use the arrow keys to follow the lines.');
    expect(whereAmI({ pathway: 'Nursing', node: { title: 'Adult nurse', kind: 'role', levelLabel: 'Level 6' }, waysIn: 3, waysOut: 1 })).toBe(
      'You are on Adult nurse (job, Level 6) in Nursing: 3 ways in, 1 way on. Enter shows its routes.',
    );
    expect(
      whereAmI({
        pathway: 'Nursing',
        node: { title: 'Ward manager', kind: 'role', levelLabel: 'Level 6' },
        exit: { laneTitle: 'Leadership', direction: 'out' },
      }),
    ).toBe('You are on → Leadership: Ward manager (another pathway). Enter opens it.');
  });
});

describe('the fixture content', () => {
  const { content, graph } = loadContentFrom('tests/fixtures/basic', { today: '2026-11-30' });

  it('lists a pathway top to bottom, with ways on and in from other pathways', () => {
    const titles = new Map(content.pathways.map((p) => [p.id, p.data.title]));
    const levels = pathwayList(graph, content.pathways[0]?.id ?? '', titles);
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) for (const item of level.items) expect(item.href).toMatch(/^\/(roles|qualifications)\//);
  });

  it('stacks a small map in words: what leads here, then where it leads', () => {
    const around = aroundEntry(withoutProgrammes(graph), 'senior-care-worker', 2);
    expect(around.before.map((n) => n.id)).toContain('care-worker');
    expect(around.after.every((n) => n.id !== 'senior-care-worker')).toBe(true);
  });

  it("packs the island's facts into one string and back, unchanged", () => {
    const facts = mapNodes(graph);
    expect(unpackFacts(packFacts(facts))).toEqual(JSON.parse(JSON.stringify(facts)));
  });

  it('matches the SVG snapshot of each pathway view', async () => {
    const nodes = mapNodes(graph);
    const svgs = sortedPathways(content.pathways).map((p) =>
      renderToStaticMarkup(
        createElement(MapSvg, { layout: pathwayMap(graph, content.pathways, p.id), nodes, title: p.data.title, idPrefix: `pv-${p.id}`, laneTitles: false }),
      ),
    );
    const text = svgs.join('\n').replace(/></g, '>\n<');
    await expect(`${text}\n`).toMatchFileSnapshot('__snapshots__/pathway-views.basic.svg');
  });
});

describe('the real content: crossings, before and after', () => {
  const { content, graph } = loadContent(readContentFiles('.'), { today: '2026-11-30' });
  const before = pathCrossings(fullMap(graph, content.pathways));
  const views = sortedPathways(content.pathways).map((p) => ({ id: p.id, layout: layoutPathway(withoutProgrammes(graph), p.id, lanesOf(content.pathways)) }));
  const after = views.map((v) => ({ id: v.id, crossings: pathCrossings(v.layout) }));
  const total = after.reduce((sum, v) => sum + v.crossings, 0);

  it('crosses fewer lines in all the pathway views together than on the full map', () => {
    console.log(`Line crossings (drawn paths): full map ${before}; pathway views ${total} in all (${after.map((v) => `${v.id} ${v.crossings}`).join(', ')})`);
    expect(total).toBeLessThan(before);
    expect(total).toBeLessThan(before / 2);
  });

  it('keeps every label whole and every line clear of the boxes', () => {
    for (const v of views) {
      for (const n of v.layout.nodes) {
        expect(n.lines?.length ?? 0, `${v.id}: ${n.id}`).toBeLessThanOrEqual(3);
        expect(n.lines?.join(' ') ?? '', `${v.id}: ${n.id}`).not.toContain('…');
      }
      for (const e of v.layout.edges) expect(boxesHit(v.layout, e.d), `${v.id}: ${e.from} -> ${e.to}`).toEqual([]);
    }
  });
});
