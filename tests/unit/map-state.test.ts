/**
 * The map explorer's pure helpers: view state in the URL, routes through a node, filters,
 * arrow-key moves and the zoom arithmetic. One small graph and hand-placed layout serve all.
 */
import { describe, it, expect } from 'vitest';
import type { EdgeKind, GraphEdge } from '../../src/lib/graph/graph.ts';
import type { MapLayout, MapNode } from '../../src/lib/layout/types.ts';
import type { MapNodeData } from '../../src/lib/map/map-data.ts';
import { mapGraph } from '../../src/lib/map/map-graph.ts';
import { edgeKey } from '../../src/lib/map/edge-key.ts';
import { nodeLabel } from '../../src/lib/map/node-label.ts';
import { localHelp } from '../../src/lib/map/map-graph.ts';
import { routesThrough } from '../../src/lib/map/highlight.ts';
import { visibleNodes } from '../../src/lib/map/visible.ts';
import { neighbourInDirection } from '../../src/lib/map/neighbours.ts';
import { defaultFilters, parseViewState, serialiseViewState, withViewState, type KnownIds, type MapFilters } from '../../src/lib/map/view-state.ts';
import { constrain, panIntoView, pathwayOpening, zoomAboutCentre } from '../../src/lib/map/viewport.ts';

const node = (id: string, kind: MapNodeData['kind'], level: number, family: string, extra: Partial<MapNodeData> = {}): MapNodeData => ({
  id,
  title: id,
  kind,
  level,
  levelLabel: `Level ${level}`,
  family,
  href: `/${kind}s/${id}/`,
  summary: `${id} summary`,
  ...extra,
});
const e = (from: string, to: string, kind: EdgeKind): GraphEdge => ({ from, to, kind });

// prog -> cert -> care -> senior -> nurse <- degree; care -> hca -> nurse; care -> nurse (a shortcut).
const nodes = [
  node('prog', 'programme', 0, 'care', { boroughs: ['camden'] }),
  node('prog-hackney', 'programme', 0, 'care', { boroughs: ['hackney'] }),
  node('cert', 'qualification', 0, 'care'),
  node('care', 'role', 0, 'care', { sector: 'social-care' }),
  node('senior', 'role', 3, 'care', { sector: 'social-care' }),
  node('diploma', 'qualification', 3, 'care'),
  node('hca', 'role', 2, 'health', { sector: 'nhs' }),
  node('nurse', 'role', 6, 'health', { sector: 'nhs' }),
  node('degree', 'qualification', 6, 'health'),
  node('porter', 'role', 0, 'wider', { sector: 'both' }),
  node('orphan', 'qualification', 4, 'wider'),
];
const edges = [
  e('prog', 'cert', 'offers'),
  e('prog', 'care', 'leads-to'),
  e('prog-hackney', 'care', 'leads-to'),
  e('cert', 'care', 'qualifies'),
  e('care', 'senior', 'progresses'),
  e('senior', 'diploma', 'trains'),
  e('senior', 'nurse', 'progresses'),
  e('care', 'hca', 'progresses'),
  e('hca', 'nurse', 'progresses'),
  e('care', 'nurse', 'progresses'),
  e('degree', 'nurse', 'qualifies'),
];
const graph = mapGraph(nodes, edges);

// Columns 232px apart; y set by hand so the nearest-in-height rules have something to choose.
const place = (id: string, level: number, y: number, lane = 'care'): MapNode => ({ id, x: 28 + level * 232, y, width: 168, height: 52, lane, level });
const layout: MapLayout = {
  width: 1848,
  height: 900,
  columns: [],
  lanes: [],
  nodes: [
    place('prog', 0, 60),
    place('prog-hackney', 0, 0),
    place('cert', 0, 124),
    place('care', 0, 188),
    place('senior', 3, 188),
    place('diploma', 3, 124),
    place('hca', 2, 500, 'health'),
    place('nurse', 6, 520, 'health'),
    place('degree', 6, 584, 'health'),
    place('porter', 0, 800, 'wider'),
    place('orphan', 4, 800, 'wider'),
  ],
  edges: [],
};
const known: KnownIds = {
  nodes: new Set(nodes.map((n) => n.id)),
  pathways: new Set(['care', 'health', 'wider']),
  boroughs: new Set(['camden', 'hackney']),
};

describe('view state in the URL', () => {
  it('reads every param', () => {
    const state = parseViewState('?select=senior&sector=nhs&pathway=health&pathway=care&min=2&max=6&borough=camden&z=0.85,-120.4,30', known);
    expect(state).toEqual({
      select: 'senior',
      filters: { sector: 'nhs', pathways: ['health', 'care'], min: 2, max: 6, borough: 'camden' },
      z: { k: 0.85, x: -120, y: 30 },
    });
  });

  it('takes pathways as a comma list too, without repeats', () => {
    expect(parseViewState('pathway=health,care,health', known).filters.pathways).toEqual(['health', 'care']);
  });

  it('drops unknown ids and bad values instead of failing', () => {
    const state = parseViewState('?select=astronaut&sector=space&pathway=care,nope&min=-1&max=12&borough=paris&z=0,1,2', known);
    expect(state).toEqual({ filters: { pathways: ['care'], min: 0, max: 8 } });
    expect(parseViewState('z=1,2', known).z).toBeUndefined();
    expect(parseViewState('z=a,b,c', known).z).toBeUndefined();
    expect(parseViewState('min=2.5', known).filters.min).toBe(0);
  });

  it('swaps a level range given the wrong way round', () => {
    expect(parseViewState('min=6&max=2', known).filters).toMatchObject({ min: 2, max: 6 });
  });

  it('writes only what differs from the defaults, in a fixed order, rounded', () => {
    expect(serialiseViewState({ filters: defaultFilters }).toString()).toBe('');
    const params = serialiseViewState({
      select: 'care',
      filters: { pathways: ['health', 'care'], min: 1, max: 8, borough: 'camden', sector: 'social-care' },
      z: { k: 0.84999, x: 10.6, y: -0.2 },
    });
    expect([...params.keys()]).toEqual(['select', 'sector', 'pathway', 'min', 'borough', 'z']);
    expect(params.get('z')).toBe('0.85,11,0');
  });

  it('round-trips', () => {
    const state = { select: 'nurse', filters: { sector: 'nhs' as const, pathways: ['health'], min: 2, max: 7 }, z: { k: 1.5, x: -300, y: -40 } };
    expect(parseViewState(withViewState('', state), known)).toEqual(state);
  });

  it('keeps other params and readable commas', () => {
    const search = withViewState('?utm=x&select=old&z=1,0,0', { filters: { ...defaultFilters, pathways: ['care', 'health'] } });
    expect(search).toBe('?utm=x&pathway=care,health');
    expect(withViewState('?select=x', { filters: defaultFilters })).toBe('');
  });
});

describe('routesThrough', () => {
  it('finds every ancestor and descendant and the edges walked to reach them', () => {
    const routes = routesThrough(graph, 'senior');
    expect([...routes.nodes].sort()).toEqual(['care', 'cert', 'diploma', 'nurse', 'prog', 'prog-hackney', 'senior']);
    expect([...routes.edges].sort()).toEqual(
      [
        e('prog', 'cert', 'offers'),
        e('prog', 'care', 'leads-to'),
        e('prog-hackney', 'care', 'leads-to'),
        e('cert', 'care', 'qualifies'),
        e('care', 'senior', 'progresses'),
        e('senior', 'diploma', 'trains'),
        e('senior', 'nurse', 'progresses'),
      ]
        .map(edgeKey)
        .sort(),
    );
    // A shortcut from an ancestor straight to a descendant is not a route through the node.
    expect(routes.edges.has(edgeKey(e('care', 'nurse', 'progresses')))).toBe(false);
    expect(routes.waysIn).toEqual(['care']);
    expect(routes.waysOut).toEqual(['diploma', 'nurse']);
  });

  it('follows edge direction: siblings and cousins stay out', () => {
    const routes = routesThrough(graph, 'hca');
    expect([...routes.nodes].sort()).toEqual(['care', 'cert', 'hca', 'nurse', 'prog', 'prog-hackney']);
    expect(routes.nodes.has('degree')).toBe(false);
    expect(routes.nodes.has('senior')).toBe(false);
  });

  it('walks only through visible nodes when asked', () => {
    const routes = routesThrough(graph, 'nurse', new Set(['nurse', 'hca', 'degree']));
    expect([...routes.nodes].sort()).toEqual(['degree', 'hca', 'nurse']);
    expect(routes.waysIn).toEqual(['degree', 'hca']);
  });

  it('is empty for an unknown or hidden node, and survives cycles', () => {
    expect(routesThrough(graph, 'nope').nodes.size).toBe(0);
    const loop = mapGraph([node('a', 'role', 1, 'care'), node('b', 'role', 2, 'care')], [e('a', 'b', 'progresses'), e('b', 'a', 'progresses')]);
    expect([...routesThrough(loop, 'a').nodes].sort()).toEqual(['a', 'b']);
    expect(routesThrough(loop, 'a').edges.size).toBe(2);
  });
});

describe('visibleNodes', () => {
  const only = (f: Partial<MapFilters>) => [...visibleNodes(graph, { ...defaultFilters, ...f })].sort();

  it('shows everything by default', () => {
    expect(only({})).toHaveLength(nodes.length);
  });

  it('filters jobs by sector; steps follow the jobs they join, jobs in both sectors always show', () => {
    expect(only({ sector: 'nhs' })).toEqual(['degree', 'hca', 'nurse', 'orphan', 'porter']);
    expect(only({ sector: 'social-care' })).toEqual(['care', 'cert', 'diploma', 'orphan', 'porter', 'prog', 'prog-hackney', 'senior']);
  });

  it('filters by pathway family and level range', () => {
    expect(only({ pathways: ['health'] })).toEqual(['degree', 'hca', 'nurse']);
    expect(only({ min: 2, max: 4 })).toEqual(['diploma', 'hca', 'orphan', 'senior']);
  });

  it('shows only the programmes for the chosen borough', () => {
    const shown = only({ borough: 'hackney' });
    expect(shown).toContain('prog-hackney');
    expect(shown).not.toContain('prog');
    expect(shown).toContain('care');
  });
});

describe('neighbourInDirection', () => {
  const go = (id: string, key: string, visible?: Set<string>) => neighbourInDirection(graph, layout, id, key, visible);

  it('ArrowRight follows an outgoing edge, nearest in height first', () => {
    expect(go('care', 'ArrowRight')).toBe('senior'); // senior (same y) before hca and nurse
    expect(go('senior', 'ArrowRight')).toBe('nurse');
  });

  it('ArrowRight falls back to incoming from the right, then the nearest column', () => {
    // degree has no outgoing edge; nothing joined lies to its right: the next column over.
    expect(go('degree', 'ArrowRight')).toBe(undefined);
    // orphan is joined to nothing: the nearest column to the right with nodes, nearest in height.
    expect(go('orphan', 'ArrowRight')).toBe('degree');
  });

  it('ArrowLeft follows incoming edges first', () => {
    expect(go('nurse', 'ArrowLeft')).toBe('hca'); // hca (y 500) is nearest in height to nurse (520)
    expect(go('senior', 'ArrowLeft')).toBe('care');
  });

  it('ArrowUp and ArrowDown go to joined nodes, else along the column', () => {
    expect(go('senior', 'ArrowUp')).toBe('diploma');
    expect(go('nurse', 'ArrowDown')).toBe('degree');
    expect(go('cert', 'ArrowUp')).toBe('prog'); // joined to prog (above)
    expect(go('prog', 'ArrowUp')).toBe('prog-hackney'); // not joined: same column
    expect(go('porter', 'ArrowDown')).toBe(undefined);
  });

  it('skips hidden nodes and ignores other keys', () => {
    expect(go('care', 'ArrowRight', new Set(['care', 'hca', 'nurse']))).toBe('hca');
    expect(go('care', 'Enter')).toBe(undefined);
    expect(go('nope', 'ArrowRight')).toBe(undefined);
  });
});

describe('viewport arithmetic', () => {
  it("opens a pathway view with the lane's first job on screen, 1:1", () => {
    const layout = { width: 3000, height: 800 };
    const screen = { width: 960, height: 600 };
    // The first job is at x=1500 (after columns of ways in): the view starts 40px before it.
    expect(pathwayOpening({ x: 1500, y: 200, width: 180, height: 60 }, layout, screen)).toEqual({ k: 1, x: -1460, y: 0 });
    // Already on the first screen: from the left edge.
    expect(pathwayOpening({ x: 300, y: 200, width: 180, height: 60 }, layout, screen)).toEqual({ k: 1, x: 0, y: 0 });
    // Near the right end of the map: as far right as the map goes, never past it.
    expect(pathwayOpening({ x: 2900, y: 0, width: 90, height: 60 }, layout, screen)).toEqual({ k: 1, x: -2040, y: 0 });
    expect(pathwayOpening(undefined, layout, screen)).toEqual({ k: 1, x: 0, y: 0 });
    // From the left edge of the job's column (at 1300), so its title shows and no box is cut...
    expect(pathwayOpening({ x: 1500, y: 200, width: 180, height: 60 }, layout, screen, [0, 600, 1300, 1900])).toEqual({ k: 1, x: -1300, y: 0 });
    // ...unless the job would then be pushed off the first screen.
    expect(pathwayOpening({ x: 1500, y: 200, width: 180, height: 60 }, layout, screen, [0, 600, 1900])).toEqual({ k: 1, x: -1460, y: 0 });
  });

  const phone = { width: 358, height: 520 };
  const wide = { width: 1880, height: 800 };

  it('keeps the map on screen, and centres a map narrower than the screen', () => {
    expect(constrain({ k: 1, x: 500, y: -5000 }, layout, phone)).toEqual({ k: 1, x: 0, y: phone.height - layout.height });
    expect(constrain({ k: 1, x: -300, y: 0 }, { width: 400, height: 300 }, wide)).toEqual({ k: 1, x: (wide.width - 400) / 2, y: (wide.height - 300) / 2 });
  });

  it('pans just enough to show a focused node, and not at all when it shows', () => {
    const t = { k: 1, x: 0, y: 0 };
    const box = { x: 1000, y: 100, width: 168, height: 52 };
    const moved = panIntoView(t, box, layout, phone);
    expect(box.x + box.width + moved.x).toBe(phone.width - 24);
    expect(panIntoView(t, { x: 40, y: 40, width: 168, height: 52 }, layout, phone)).toBe(t);
  });

  it('zooms about the centre within limits', () => {
    const t = zoomAboutCentre({ k: 1, x: 0, y: 0 }, 100, layout, wide);
    expect(t.k).toBe(3);
  });
});

describe('node labels', () => {
  it('leaves short titles alone', () => {
    expect(nodeLabel('Care worker')).toEqual(['Care worker']);
    expect(nodeLabel('Level 2 Adult Social Care Certificate')).toEqual(['Level 2 Adult Social', 'Care Certificate']);
  });

  it('cuts a long title at a whole word, and before a bracket the cut falls inside', () => {
    expect(nodeLabel('Level 1 Award in Preparing to Work in Adult Social Care')).toEqual(['Level 1 Award in', 'Preparing to Work…']);
    expect(nodeLabel('GDC registration (dental nurses and other dental professionals)')).toEqual(['GDC registration…']);
    expect(nodeLabel("Nursing degree (BSc, adult, children's, mental health or learning disability)")).toEqual(['Nursing degree…']);
  });

  it('keeps a single long word it has to cut', () => {
    const lines = nodeLabel('Supercalifragilisticexpialidocious and more words here to wrap', 10, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/…$/);
  });
});

describe('localHelp', () => {
  it('lists the programmes leading straight to a node, for a borough when given', () => {
    expect(localHelp(graph, 'care').map((n) => n.id)).toEqual(['prog', 'prog-hackney']);
    expect(localHelp(graph, 'care', 'camden').map((n) => n.id)).toEqual(['prog']);
    expect(localHelp(graph, 'senior')).toEqual([]);
  });
});
