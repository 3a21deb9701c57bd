/** buildGraph: edges in both directions, choices kept apart, and facts derived once. */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { buildGraph } from '../../src/lib/graph/graph.ts';
import { needsOf } from '../../src/lib/graph/relations.ts';
import { loadContent } from '../../src/lib/loader/index.ts';

const files = readContentFiles('tests/fixtures/basic');
const { content } = loadContent(files, { today: '2026-11-30' });

describe('buildGraph', () => {
  const graph = buildGraph(content, { today: '2026-11-30' });

  it('has a node per role, qualification and programme, with edges both ways', () => {
    expect(graph.nodes.length).toBe(content.roles.length + content.qualifications.length + content.programmes.length);
    for (const e of graph.edges) {
      expect(graph.out.get(e.from)).toContain(e);
      expect(graph.in.get(e.to)).toContain(e);
    }
    // The role lists its entry; the graph derives the reverse: the degree qualifies the nurse.
    expect(graph.out.get('nursing-degree')?.map((e) => `${e.kind} ${e.to}`)).toContain('qualifies nurse');
  });

  it('derives level words, sectors and pay once', () => {
    expect(graph.byId.get('care-worker')?.levelLabel).toBe('Entry level');
    // A qualification's sector is that of the jobs it gets you into.
    expect(graph.byId.get('diploma-l3')?.sector).toBe(graph.byId.get('senior-care-worker')?.sector);
    expect(graph.byId.get('diploma-l3')?.sector).toBeDefined();
    expect(graph.byId.get('nurse')?.pay?.text).toBe('NHS Band 5: £32,073 to £39,043 a year (2026/27).');
    expect(graph.byId.get('camden-academy')?.programme).toMatchObject({ free: true, status: 'unknown' });
  });

  it('keeps each requires_any choice apart, so "one of each" can be told from "one of all"', () => {
    const withChoices = files.map((f) =>
      f.path === 'content/qualifications/nursing-degree.md'
        ? {
            ...f,
            text: f.text.replace('requires: [diploma-l3]', 'requires: []\nrequires_any: [[diploma-l3, care-certificate], [care-worker, senior-care-worker]]'),
          }
        : f,
    );
    const g = buildGraph(loadContent(withChoices, { today: '2026-11-30' }).content, { today: '2026-11-30' });
    const needs = needsOf(g, 'nursing-degree');
    expect(needs.all).toEqual([]);
    expect(needs.choices.map((c) => c.map((n) => n.id).sort())).toEqual([
      ['care-certificate', 'diploma-l3'],
      ['care-worker', 'senior-care-worker'],
    ]);
  });

  it('skips references to unknown ids (the content check reports them)', () => {
    const broken = { ...content, roles: content.roles.map((r) => (r.id === 'nurse' ? { ...r, data: { ...r.data, progression: ['nowhere'] } } : r)) };
    const g = buildGraph(broken, { today: '2026-11-30' });
    expect(g.edges.some((e) => e.to === 'nowhere')).toBe(false);
  });
});
