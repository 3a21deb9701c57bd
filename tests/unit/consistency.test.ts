/**
 * One fact, one home: for every role and qualification of the real content, the map panel,
 * a route step, a slide and a search result show the same pay, level and sector as the graph
 * node (where pages read them), because each fact is derived once.
 */
import { describe, expect, it } from 'vitest';
import { sectorLabel } from '../../src/lib/graph/graph.ts';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { mapNodes } from '../../src/lib/map/map-data.ts';
import { presentData, stepSlides } from '../../src/lib/present/slides.ts';
import { findRoutes } from '../../src/lib/routes/index.ts';
import { buildSearchDocuments } from '../../src/lib/search/documents.ts';
import { routeDetails } from '../../src/lib/routes/details.ts';

const { content, graph } = loadContentFrom(process.cwd());
const nodes = graph.nodes.filter((n) => n.kind !== 'programme');
const panel = mapNodes(graph);
const slides = presentData(content, graph);
const search = new Map(buildSearchDocuments(content, graph).map((d) => [d.id, d]));
const details = routeDetails(content);

describe('every derived fact is shown the same everywhere', () => {
  it('covers every role and qualification', () => {
    expect(nodes.length).toBe(content.roles.length + content.qualifications.length);
  });

  it.each(nodes.map((n) => [n.id, n] as const))('%s: pay, level and sector agree', (_id, node) => {
    const slide = stepSlides(slides, [node.id])[0];
    const doc = search.get(node.id);
    // Level: the map panel, the slide and the search result.
    expect(panel[node.id]?.levelLabel).toBe(node.levelLabel);
    expect(slide?.level).toBe(node.levelLabel);
    expect(doc?.levelLabel).toBe(node.levelLabel);
    // Sector: the same sector key, so one label, in search and on the map.
    expect(doc?.sector).toBe(node.sector);
    expect(panel[node.id]?.sector).toBe(node.sector);
    expect(sectorLabel(doc?.sector)).toBe(sectorLabel(node.sector));
    if (node.kind !== 'role') return;
    // Pay: the map panel, the slide and the route step into the job.
    const pay = node.pay?.text;
    expect(pay).toMatch(/\S/);
    expect(panel[node.id]?.pay).toBe(pay);
    expect(slide?.facts.find((f) => f.label === 'Pay')?.text).toBe(pay);
    const route = findRoutes(graph, { from: { kind: 'nothing' }, to: node.id, details, max: 1 });
    if (route.status === 'ok') expect(route.routes[0]?.steps.at(-1)?.pay).toBe(pay);
  });
});
