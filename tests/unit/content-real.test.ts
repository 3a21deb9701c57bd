/** The real content: complete, connected and within the quality bars of the content issue. */
import { describe, it, expect } from 'vitest';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { loadContent } from '../../src/lib/loader/index.ts';
import { languageCodes } from '../../src/lib/content/schema.ts';
import { simpleTextProblems } from '../../src/lib/content/simple-text.ts';
import { reachableFrom, openStarts } from '../../src/lib/loader/graph-checks.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const loaded = loadContent(readContentFiles('.'), { today: TODAY });
const { content, graph } = loaded;

describe('the real content', () => {
  it('has no errors and no warnings', () => {
    expect(loaded.errors.map((e) => `${e.file}: ${e.field}: ${e.message}`)).toEqual([]);
    expect(loaded.warnings.map((e) => `${e.file}: ${e.field}: ${e.message}`)).toEqual([]);
  });

  it('meets the counts: 60 roles, 35 qualifications, 20 programmes, 7 pathways, 6 journeys, 40 key words', () => {
    expect(content.roles.length).toBeGreaterThanOrEqual(60);
    expect(content.qualifications.length).toBeGreaterThanOrEqual(35);
    expect(content.programmes.length).toBeGreaterThanOrEqual(20);
    expect(content.pathways.length).toBeGreaterThanOrEqual(7);
    expect(content.journeys.map((j) => j.id).sort()).toEqual([
      'already-in-care',
      'changing-career',
      'earn-while-you-learn',
      'english-first',
      'no-qualifications',
      'qualified-abroad',
    ]);
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
    expect(content.boroughs.length).toBe(12);
  });

  it('puts each course and registration in the lane of the jobs it leads to (the map and the cards show it)', () => {
    const lane = (id: string) => graph.byId.get(id)?.family;
    // Each of these once sat in "Science and pharmacy" because the A levels before it did.
    expect(['nursing-degree', 'nursing-degree-apprenticeship', 'nursing-associate-apprenticeship', 'midwifery-degree'].map(lane)).toEqual([
      'nursing',
      'nursing',
      'nursing',
      'nursing',
    ]);
    expect(['social-work-degree', 'social-worker-apprenticeship', 'social-work-england-registration'].map(lane)).toEqual([
      'social-work',
      'social-work',
      'social-work',
    ]);
    expect(['physiotherapy-degree', 'paramedic-degree', 'hcpc-registration'].map(lane)).toEqual(['allied-health', 'allied-health', 'allied-health']);
    // An in-work apprenticeship sits with the jobs it is taken in, not a degree it can lead to.
    expect(lane('senior-hcsw-apprenticeship')).toBe('clinical-support');
    expect(lane('pharmacy-technician-apprenticeship')).toBe('science-and-pharmacy');
  });

  it('has a programme for every borough', () => {
    const served = new Set(content.programmes.flatMap((p) => p.data.boroughs));
    expect(content.boroughs.filter((b) => !served.has(b.id)).map((b) => b.name)).toEqual([]);
  });

  it('gives every role a way in, a source, pay with its year, and short simple English', () => {
    for (const r of content.roles) {
      const d = r.data;
      expect(d.sources.length, r.file).toBeGreaterThan(0);
      const pay = graph.byId.get(r.id)?.pay;
      if (d.pay.bands.length || d.pay.rates.length || d.pay.floor) expect(pay?.text, r.file).toMatch(/\((20\d\d\/\d\d|from [A-Z][a-z]+ 20\d\d)\)/);
      expect(simpleTextProblems(d.simple), r.file).toEqual([]);
      expect(d.good.length && d.hard.length, r.file).toBeTruthy();
    }
    const noWayIn = content.roles.filter((r) => !r.data.open_entry && !(graph.in.get(r.id) ?? []).length).map((r) => r.id);
    expect(noWayIn).toEqual([]);
  });

  it('connects every role to a journey starting point', () => {
    const starts = content.journeys.flatMap((j) => (j.data.start.length ? j.data.start : openStarts(graph)));
    const reached = reachableFrom(graph, starts);
    expect(content.roles.filter((r) => !reached.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('translates every key word into the seven community languages', () => {
    for (const g of content.glossary) {
      for (const code of languageCodes) {
        const t = g.data.translations[code];
        expect(t, `${g.file} ${code}`).toBeDefined();
      }
    }
  });
});
