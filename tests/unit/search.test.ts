import { describe, expect, it } from 'vitest';
import { isHit, queryCases } from '../fixtures/search-cases.ts';
import { buildGraph } from '../../src/lib/graph/graph.ts';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import {
  buildSearchDocuments,
  buildSearchIndex,
  compileSynonyms,
  createSearcher,
  groupResults,
  normaliseQuery,
  stem,
  synonymMatcher,
  type SearchDoc,
  type SearchResult,
} from '../../src/lib/search/index.ts';

/** A small document set, written by hand. */
function doc(partial: Partial<SearchDoc> & Pick<SearchDoc, 'id' | 'kind' | 'title'>): SearchDoc {
  return { href: `/${partial.kind}/${partial.id}/`, also: [], synonyms: [], summary: '', simple: '', level: 0, levelLabel: 'Entry level', ...partial };
}
const docs: SearchDoc[] = [
  doc({
    id: 'care-worker',
    kind: 'role',
    title: 'Care worker',
    also: ['care assistant', 'carer'],
    summary: 'Helps adults with washing, dressing and eating in a care home.',
    sector: 'social-care',
    tags: ['no experience'],
  }),
  doc({
    id: 'senior-care-worker',
    kind: 'role',
    title: 'Senior care worker',
    summary: 'Leads a shift of care workers.',
    level: 3,
    levelLabel: 'Level 3',
    sector: 'social-care',
  }),
  doc({
    id: 'healthcare-support-worker',
    kind: 'role',
    title: 'Healthcare support worker',
    also: ['HCA', 'healthcare assistant'],
    summary: 'Helps nurses care for patients on a hospital ward.',
    level: 2,
    levelLabel: 'Level 2',
    sector: 'nhs',
    bands: ['band 2', 'band 3'],
    tags: ['no experience'],
  }),
  doc({
    id: 'phlebotomist',
    kind: 'role',
    title: 'Phlebotomist',
    summary: 'Takes blood samples from patients in hospital.',
    level: 2,
    levelLabel: 'Level 2',
    sector: 'nhs',
    bands: ['band 2'],
  }),
  doc({
    id: 'porter',
    kind: 'role',
    title: 'Porter',
    summary: 'Moves patients and equipment around the hospital.',
    sector: 'nhs',
    bands: ['band 2'],
    tags: ['no experience'],
  }),
  doc({
    id: 'diploma-adult-care-l3',
    kind: 'qualification',
    title: 'Level 3 Diploma in Adult Care',
    summary: 'A diploma for senior care workers.',
    level: 3,
    levelLabel: 'Level 3',
    sector: 'social-care',
  }),
  doc({
    id: 'diploma-care-l2',
    kind: 'qualification',
    title: 'Level 2 Diploma in Care',
    summary: 'A diploma for care workers.',
    level: 2,
    levelLabel: 'Level 2',
    sector: 'social-care',
  }),
  doc({
    id: 'hackney-works',
    kind: 'programme',
    title: 'Hackney Works',
    also: ['Hackney Council'],
    summary: 'Free help into care jobs.',
    boroughs: ['Hackney', 'hackney'],
  }),
  doc({
    id: 'camden-care-academy',
    kind: 'programme',
    title: 'Camden Care Academy',
    summary: 'Training for care jobs in Camden.',
    boroughs: ['Camden', 'camden'],
  }),
  doc({ id: 'dbs', kind: 'glossary', title: 'DBS', also: ['DBS check'], summary: 'A check of your criminal record.', level: -1, levelLabel: '' }),
];
const synonyms = [
  { words: ['old people', 'elderly'], ids: ['care-worker', 'senior-care-worker'], expand: ['care home'] },
  { words: ['blood'], ids: ['phlebotomist'], expand: [] },
  // Words found nowhere in the entry itself: only the synonym rule can find it.
  { words: ['trolley pusher'], ids: ['porter'], expand: [] },
  { words: ['cater'], ids: ['camden-care-academy'], expand: [] },
];
const searcher = createSearcher(buildSearchIndex(docs, synonyms));
const ids = (results: SearchResult[]) => results.map((r) => r.doc.id);

describe('normaliseQuery', () => {
  it.each([
    ['  Care-Worker!! ', 'care worker'],
    ["Children's nurse", 'childrens nurse'],
    ['A&E', 'a and e'],
    ['Pediatric nurse', 'paediatric nurse'],
    ['anesthetic', 'anaesthetic'],
    ['organization', 'organisation'],
    ['color center program', 'colour centre programme'],
    ['L3', 'level 3'],
    ['lvl 3 diploma', 'level 3 diploma'],
    ['level3', 'level 3'],
    ['NVQ 2', 'level 2'],
    ['b3', 'band 3'],
    ['Band3 jobs', 'band 3'],
    ['band 8a', 'band 8a'],
    ['How do I become a nurse?', 'nurse'],
    ['What is a DBS check', 'dbs check'],
    ['care jobs in Hackney', 'care in hackney'],
    ['hospital job no experience', 'hospital no experience'],
    ['IT jobs', 'it'],
    ['Café', 'cafe'],
  ])('%s -> %s', (input, output) => {
    expect(normaliseQuery(input)).toBe(output);
  });

  it('is idempotent', () => {
    for (const q of ['how do i become a nurse', 'l3 b3 A&E', 'organization']) expect(normaliseQuery(normaliseQuery(q))).toBe(normaliseQuery(q));
  });

  it('stems plurals and -ing forms together', () => {
    expect(stem('nurses')).toBe(stem('nursing'));
    expect(stem('midwives')).toBe(stem('midwife'));
    expect(stem('therapies')).toBe('therapy');
    expect(stem('people')).toBe(stem('person'));
  });
});

describe('synonyms', () => {
  const match = synonymMatcher(compileSynonyms(synonyms));

  it('finds a whole-query synonym with full coverage', () => {
    const hits = match(normaliseQuery('Elderly'));
    expect(hits.map((h) => [h.rule.ids[0], h.coverage])).toEqual([['care-worker', 1]]);
  });

  it('finds a phrase inside a longer query, with partial coverage', () => {
    const [hit] = match(normaliseQuery('work with old people'));
    expect(hit?.rule.ids).toContain('care-worker');
    expect(hit?.coverage).toBeCloseTo(2 / 3);
  });

  it('tolerates one typo in longer words and ignores unrelated words', () => {
    expect(match('old peeple')).toHaveLength(1);
    expect(match('porter')).toHaveLength(0);
  });

  it('finds entries through synonym rules alone', () => {
    expect(ids(searcher.search('trolley pusher'))).toEqual(['porter']);
    expect(ids(searcher.search('trolly pusher'))[0]).toBe('porter');
  });

  it('does not let a known word match a synonym one typo away', () => {
    // "carer" is a word in the index, so it must not be read as a typo for "cater".
    expect(ids(searcher.search('carer'))).not.toContain('camden-care-academy');
  });

  it('boosts the ids of a synonym above word matches', () => {
    expect(ids(searcher.search('old people')).slice(0, 2)).toEqual(['care-worker', 'senior-care-worker']);
    expect(ids(searcher.search('blood'))[0]).toBe('phlebotomist');
  });
});

describe('search on a small fixture', () => {
  it('puts an exact title first', () => {
    for (const d of docs) expect(ids(searcher.search(d.title))[0]).toBe(d.id);
  });

  it('matches other names and abbreviations', () => {
    expect(ids(searcher.search('hca'))[0]).toBe('healthcare-support-worker');
    expect(ids(searcher.search('carer'))[0]).toBe('care-worker');
  });

  it('tolerates typos', () => {
    expect(ids(searcher.search('phlebotamist'))[0]).toBe('phlebotomist');
    expect(ids(searcher.search('helthcare assistant'))[0]).toBe('healthcare-support-worker');
    expect(ids(searcher.search('careworker'))[0]).toBe('care-worker');
  });

  it('ranks entries matching more of the words higher', () => {
    expect(ids(searcher.search('hospital job no experience')).slice(0, 2).sort()).toEqual(['healthcare-support-worker', 'porter']);
  });

  it('lists entries at a level or band typed alone, qualifications first for levels', () => {
    expect(ids(searcher.search('l3'))).toEqual(['diploma-adult-care-l3', 'senior-care-worker']);
    expect(ids(searcher.search('band 3'))).toEqual(['healthcare-support-worker']);
  });

  it('prefers the level typed alongside words', () => {
    expect(ids(searcher.search('level 3 diploma'))[0]).toBe('diploma-adult-care-l3');
    expect(ids(searcher.search('diploma level 2'))[0]).toBe('diploma-care-l2');
  });

  it('finds programmes by borough', () => {
    expect(ids(searcher.search('care jobs in hackney'))[0]).toBe('hackney-works');
  });

  it('applies filters', () => {
    expect(ids(searcher.search('care', { kinds: ['qualification'] }))).toEqual(['diploma-care-l2', 'diploma-adult-care-l3']);
    expect(ids(searcher.search('worker', { sector: 'nhs' }))).toEqual(['healthcare-support-worker']);
    expect(ids(searcher.search('diploma', { level: 2 }))).toEqual(['diploma-care-l2']);
    const camden = ids(searcher.search('care', { borough: 'camden' }));
    expect(camden).toContain('camden-care-academy');
    expect(camden).not.toContain('hackney-works');
    expect(camden).toContain('care-worker');
  });

  it('returns nothing for empty or meaningless queries, and honours the limit', () => {
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search('zzzzqqq')).toEqual([]);
    expect(searcher.search('care', {}, 2)).toHaveLength(2);
  });

  it('suggests known words near a word it cannot find', () => {
    // Fuse still finds this one (whole-name fallback), and the suggestion names it.
    expect(ids(searcher.search('fleabotomist'))).toEqual(['phlebotomist']);
    expect(searcher.suggest('fleabotomist')).toEqual(['phlebotomist']);
    expect(searcher.suggest('helthcare assistent')).toEqual(['healthcare', 'assistant']);
    expect(searcher.suggest('porter')).toEqual([]);
  });

  it('scores relative to the best result', () => {
    const results = searcher.search('care worker');
    expect(results[0]?.score).toBe(1);
    expect(results.every((r) => r.score > 0 && r.score <= 1)).toBe(true);
  });

  it('survives a JSON round trip of the payload', () => {
    const again = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(docs, synonyms))));
    expect(ids(again.search('phlebotamist'))).toEqual(['phlebotomist']);
    const ranked = ids(searcher.search('care worker'));
    expect(ranked.length).toBeGreaterThan(1);
    expect(ids(again.search('care worker'))).toEqual(ranked);
  });
});

describe('groupResults', () => {
  it('groups by kind, in the order of each group’s best result', () => {
    const groups = groupResults(searcher.search('care'));
    expect(groups[0]?.kind).toBe('role');
    expect(groups.map((g) => g.kind)).toEqual([...new Set(groups.map((g) => g.kind))]);
    expect(groups.flatMap((g) => g.results).length).toBe(searcher.search('care').length);
    expect(groups.find((g) => g.kind === 'programme')?.label).toBe('Local programmes');
  });
});

describe('buildSearchDocuments', () => {
  const fm = (path: string, lines: string) => ({
    path,
    text: `---\n${lines}\nsources: [{title: Test source, url: 'https://example.org'}]\nreviewed: 2026-01-01\n---\n`,
  });
  const parsed = parseContent([
    fm(
      'content/roles/hcsw.md',
      `title: Healthcare support worker\nalso_known_as: [HCA]\nsector: nhs\nfamily: clinical\nlevel: 2\nsummary: Helps nurses on a hospital ward.\nsimple: You help nurses.\npay: {bands: ['2', '3']}\nhours: Shifts\ngood: [Varied]\nhard: [Tiring]\nentry: [cert]\ndbs: enhanced\ntags: [no-experience]`,
    ),
    fm(
      'content/qualifications/cert.md',
      `title: Care Certificate\nkind: standards\nlevel: 0\ntypical_months: 3\nfunding: Free\npaid: true\nsummary: Standards new workers learn at work.`,
    ),
    fm(
      'content/qualifications/dbs-check.md',
      `title: DBS check\nkind: check\nlevel: 0\ntypical_months: 0.5\nfunding: Employer pays\nsummary: A criminal record check.`,
    ),
    fm(
      'content/programmes/works.md',
      `title: Hackney Works\nprovider: Hackney Council\nboroughs: [hackney]\noffers: [cert]\nleads_to: [hcsw]\npaid: no\ncost: Free\nlength: Six weeks\nurl: https://example.org/works\nwho_can_join: {employment: not-working, text: Hackney residents who are out of work.}\nstatus: running\nstatus_checked: 2026-01-01\nsummary: Free help into work.`,
    ),
    fm('content/glossary/dbs.md', `term: DBS\nalso: [DBS check]\nsimple: A check of your record.`),
    { path: 'content/boroughs.yaml', text: '- id: hackney\n  name: Hackney\n' },
    { path: 'content/synonyms.yaml', text: '- words: [hca, nursing assistant]\n  ids: [hcsw]\n  expand: [healthcare assistant]\n' },
  ]);

  it('parses the fixture cleanly', () => {
    expect(parsed.issues).toEqual([]);
  });

  const built = buildSearchDocuments(parsed, buildGraph(parsed, { today: '2026-11-30' }));
  const byId = (id: string) => built.find((d) => d.id === id);

  it('flattens roles with bands, tags and synonyms', () => {
    expect(byId('hcsw')).toMatchObject({
      kind: 'role',
      href: '/roles/hcsw/',
      level: 2,
      levelLabel: 'Level 2',
      sector: 'nhs',
      bands: ['band 2', 'band 3'],
      also: ['HCA'],
    });
    expect(byId('hcsw')?.synonyms).toEqual(['hca', 'nursing assistant', 'healthcare assistant']);
    expect(byId('hcsw')?.tags).toContain('no experience');
  });

  it('gives qualifications a sector from their roles, and no level to checks', () => {
    expect(byId('cert')).toMatchObject({ kind: 'qualification', levelLabel: 'Entry level', sector: 'nhs' });
    expect(byId('dbs-check')).toMatchObject({ level: -1, levelLabel: '' });
  });

  it('gives programmes borough names and ids, and the lowest linked level', () => {
    expect(byId('works')).toMatchObject({ kind: 'programme', boroughs: ['Hackney', 'hackney'], level: 0, also: ['Hackney Council'] });
  });

  it('includes glossary terms', () => {
    expect(byId('dbs')).toMatchObject({ kind: 'glossary', href: '/glossary/#dbs', summary: 'A check of your record.' });
  });
});

/** Loaded inside the tests, so a content error fails only these and not the whole file. */
let loaded: { realDocs: SearchDoc[]; real: ReturnType<typeof createSearcher> } | undefined;
function realContent() {
  if (!loaded) {
    const { content, graph } = loadContentFrom(process.cwd());
    const realDocs = buildSearchDocuments(content, graph);
    // Through JSON, as the browser gets it.
    loaded = { realDocs, real: createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(realDocs, content.synonyms)))) };
  }
  return loaded;
}

describe('search on the real content', () => {
  const cases = queryCases('search-queries.yaml');

  it('finds the expected entry in the top 3 for at least 90% of real-world queries', () => {
    const { real } = realContent();
    const misses: string[] = [];
    for (const c of cases) {
      const top = real.search(c.q, {}, 3).map((r) => r.doc);
      if (!isHit(c, top)) misses.push(`${c.q} -> [${top.map((d) => d.id).join(', ')}] expected ${c.expect?.join('|') ?? JSON.stringify(c.match)}`);
    }
    const rate = (cases.length - misses.length) / cases.length;
    console.log(`search query set: ${cases.length - misses.length}/${cases.length} hits (${(rate * 100).toFixed(1)}%)`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(cases.length).toBeGreaterThanOrEqual(45);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('finds jobs typed in the seven community languages, with or without accents, in their own scripts', () => {
    const { real } = realContent();
    const langCases = queryCases('search-queries-languages.yaml');
    const misses: string[] = [];
    for (const c of langCases) {
      const top = real.search(c.q, {}, 3).map((r) => r.doc);
      if (!isHit(c, top)) misses.push(`${c.q} -> [${top.map((d) => d.id).join(', ')}] expected ${c.expect?.join('|')}`);
    }
    const rate = (langCases.length - misses.length) / langCases.length;
    console.log(`language query set: ${langCases.length - misses.length}/${langCases.length} hits (${(rate * 100).toFixed(1)}%)`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(langCases.length).toBeGreaterThanOrEqual(40);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('puts every role, qualification and programme first when its title is typed exactly', () => {
    const { real, realDocs } = realContent();
    const misses = realDocs
      .filter((d) => d.kind === 'role' || d.kind === 'qualification' || d.kind === 'programme')
      .filter((d) => real.search(d.title, {}, 1)[0]?.doc.id !== d.id)
      .map((d) => `${d.title} -> ${real.search(d.title, {}, 1)[0]?.doc.id ?? '(nothing)'}`);
    if (misses.length) console.log(`exact title misses:\n  ${misses.join('\n  ')}`);
    expect(misses).toEqual([]);
  });
});
