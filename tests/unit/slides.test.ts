import { describe, it, expect } from 'vitest';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import type { GlossaryTerm, Pathway, Programme, Qualification, Role } from '../../src/lib/content/schema.ts';
import { buildGraph, type GraphContent } from '../../src/lib/graph/graph.ts';
import {
  MAX_WORDS,
  findWords,
  monthsInWords,
  parseSteps,
  pathwaySlides,
  presentData,
  routeSlides,
  shorten,
  type Slide,
  type StepSlide,
} from '../../src/lib/present/slides.ts';

const base = { sources: [{ title: 'Test source', url: 'https://example.org/' }], reviewed: '2026-11-01' };
const role = (id: string, d: Partial<Role> = {}) => ({
  id,
  data: {
    title: id,
    also_known_as: [],
    sector: 'social-care',
    family: 'care',
    level: 2,
    summary: `${id} summary.`,
    simple: `${id} simple.`,
    pay: { bands: ['3'], rates: [] },
    hours: 'Shifts.',
    good: ['Good'],
    hard: ['Hard'],
    open_entry: false,
    entry: [],
    in_work: [],
    progression: [],
    dbs: 'enhanced',
    tags: [],
    names: {},
    ...base,
    ...d,
  } satisfies Role,
});
const qual = (id: string, d: Partial<Qualification> = {}) => ({
  id,
  data: {
    title: id,
    kind: 'diploma',
    level: 3,
    typical_months: 18,
    funding: 'Free.',
    paid: false,
    requires: [],
    requires_any: [],
    summary: `${id} summary.`,
    ...base,
    ...d,
  } satisfies Qualification,
});
const word = (id: string, term: string, also: string[] = []) => ({
  id,
  data: { term, also, simple: `${term} means something.`, translations: {}, ...base } satisfies GlossaryTerm,
});
const programme = (id: string) => ({
  id,
  data: {
    title: id,
    provider: 'A college',
    boroughs: ['camden'],
    serves: [],
    offers: [],
    leads_to: [],
    paid: 'yes',
    cost: 'Free',
    url: 'https://example.org/academy',
    who_can_join: { employment: 'any', text: 'Adults who live in Camden.', no_way_to_join: false },
    status: 'running',
    status_checked: '2026-11-01',
    summary: `${id} summary.`,
    length: '6 weeks',
    ...base,
  } satisfies Programme,
});
const pathway: { id: string; data: Pathway } = {
  id: 'care',
  data: {
    title: 'Adult social care',
    colour: '#1d70b8',
    order: 0,
    summary: 'Care jobs.',
    simple: 'You help people at home.',
    steps: ['care-worker', 'diploma', 'senior', 'manager'],
    ...base,
  },
};

const content = {
  roles: [
    role('care-worker', { title: 'Care worker', level: 0, open_entry: true, simple: 'You help people. You need a DBS check.', progression: ['senior'] }),
    role('senior', {
      title: 'Senior care worker',
      level: 3,
      entry: ['diploma'],
      simple: '',
      summary: 'Leads a team of care workers on each shift.',
      progression: ['manager'],
    }),
    role('manager', { title: 'Deputy manager', level: 4 }),
    role('nurse', { title: 'Nurse', level: 6, entry: ['diploma', 'degree'] }),
  ],
  qualifications: [
    qual('diploma', {
      title: 'Level 3 Diploma in Adult Care',
      requires: ['care-worker'],
      simple: 'You learn at work.',
      funding:
        'Your employer pays. It is free to you. Ask your manager about it. You can also ask your local college for a place on the course next year, or ask a careers adviser in your borough.',
    }),
    qual('degree', { title: 'Nursing degree', level: 6, typical_months: 36 }),
    qual('check', { title: 'DBS check', kind: 'check', level: 0, typical_months: 0 }),
  ],
  programmes: [programme('academy')],
  pathways: [pathway],
  glossary: [word('dbs', 'DBS check', ['DBS']), word('shift', 'shift'), word('level', 'level', ['Entry level']), word('unused', 'zebra')],
};
const scales = {
  agenda_for_change: [{ year: '2026/27', effective: '2026-04-01', bands: { '3': { from: 25760, to: 27476 } }, high_cost_area: {}, sources: base.sources }],
  wages: [],
  rates: [],
};
/** Slide data with levels and pay derived by the graph, as on the site. */
const slideData = (c: typeof content) => presentData(c, buildGraph({ ...c, payScales: scales } as unknown as GraphContent, { today: '2026-11-30' }));
const data = slideData(content);
const steps = (slides: Slide[]) => slides.filter((s): s is StepSlide => s.kind === 'step');
const fact = (s: StepSlide, label: string) => s.facts.find((f) => f.label === label);

describe('pathwaySlides', () => {
  const slides = pathwaySlides(data, 'care');

  it('makes a title slide, one slide per step in order, key words and an end slide', () => {
    expect(slides.map((s) => s.kind)).toEqual(['title', 'step', 'step', 'step', 'step', 'words', 'end']);
    expect(slides[0]).toMatchObject({ kind: 'title', title: 'Adult social care', text: 'You help people at home.', note: 'A career pathway in 4 steps' });
    expect(steps(slides).map((s) => [s.id, s.step, s.of])).toEqual([
      ['care-worker', 1, 4],
      ['diploma', 2, 4],
      ['senior', 3, 4],
      ['manager', 4, 4],
    ]);
    expect(slides.at(-1)).toMatchObject({ kind: 'end', link: { href: '/pathways/care/' } });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(slides))).toEqual(slides);
  });

  it('a role: level, what you do, what you need, pay with its year', () => {
    const [cw, , senior] = steps(slides);
    expect(cw).toMatchObject({ title: 'Care worker', tag: 'Job', level: 'Entry level', href: '/roles/care-worker/' });
    expect(fact(cw!, 'What you do')?.text).toBe('You help people. You need a DBS check.');
    expect(fact(cw!, 'What you need')?.text).toBe('No qualifications needed to start');
    expect(fact(cw!, 'Pay')?.text).toBe('NHS Band 3: £25,760 to £27,476 a year (2026/27).');
    // No simple text: falls back to the summary. Entry qualification by title.
    expect(fact(senior!, 'What you do')?.text).toBe('Leads a team of care workers on each shift.');
    expect(fact(senior!, 'What you need')?.text).toBe('Level 3 Diploma in Adult Care');
    expect(fact(senior!, 'Who pays')).toBeUndefined();
  });

  it('a role you reach by experience names the jobs that lead to it', () => {
    expect(fact(steps(slides)[3]!, 'What you need')).toEqual({ label: 'What you need', text: 'Experience in this job:', items: ['Senior care worker'] });
  });

  it('a qualification: what it needs first, who pays (cut to whole sentences), how long', () => {
    const d = steps(slides)[1]!;
    expect(d).toMatchObject({ tag: 'Course', level: 'Level 3', href: '/qualifications/diploma/' });
    expect(fact(d, 'What you need')?.text).toBe('Care worker (job)');
    expect(fact(d, 'Who pays')?.text).toBe('Your employer pays. It is free to you. Ask your manager about it.');
    expect(fact(d, 'How long')?.text).toBe('About 1 year 6 months');
    expect(fact(d, 'Pay')).toBeUndefined();
  });

  it('key words: glossary terms found in the slides, by term or other form, in order of appearance', () => {
    const words = slides.find((s) => s.kind === 'words');
    expect(words).toMatchObject({ title: 'Key words' });
    expect(words?.kind === 'words' && words.words.map((w) => w.term)).toEqual(['Level', 'DBS check', 'Shift']);
    expect(words?.kind === 'words' && words.words[1]).toEqual({ term: 'DBS check', simple: 'DBS check means something.', href: '/glossary/#dbs' });
  });

  it('throws a clear error for an unknown pathway', () => {
    expect(() => pathwaySlides(data, 'nope')).toThrow('No pathway "nope"');
  });
});

describe('routeSlides', () => {
  it('makes the same step slides for any list of ids, skipping unknown ones', () => {
    const slides = routeSlides(data, ['care-worker', 'missing', 'nurse']);
    expect(slides[0]).toMatchObject({ kind: 'title', title: 'Your route', text: 'From Care worker to Nurse.', note: 'A route in 2 steps' });
    const s = steps(slides);
    expect(s.map((x) => [x.id, x.step, x.of])).toEqual([
      ['care-worker', 1, 2],
      ['nurse', 2, 2],
    ]);
    expect(s[0]).toEqual(steps(pathwaySlides(data, 'care'))[0] && { ...steps(pathwaySlides(data, 'care'))[0], of: 2 });
    expect(fact(s[1]!, 'What you need')).toEqual({ label: 'What you need', text: 'One of these:', items: ['Level 3 Diploma in Adult Care', 'Nursing degree'] });
    expect(slides.at(-1)).toMatchObject({ kind: 'end', link: { href: '/route/' } });
  });

  it('handles checks with no level, programmes, and an empty route', () => {
    const s = steps(routeSlides(data, ['check', 'academy']));
    expect(s[0]).toMatchObject({ level: '', tag: 'Check' });
    expect(fact(s[0]!, 'What you need')?.text).toBe('Nothing formal');
    expect(fact(s[0]!, 'How long')).toBeUndefined();
    expect(s[1]).toMatchObject({ node: 'programme', tag: 'Local programme', href: '/programmes/academy/' });
    expect(fact(s[1]!, 'Who pays')?.text).toBe('Free. You are paid while you do it.');
    expect(fact(s[1]!, 'How long')?.text).toBe('6 weeks');
    expect(routeSlides(data, []).map((x) => x.kind)).toEqual(['title', 'end']);
  });

  it('a qualification that needs any one of several things first says so', () => {
    const d = slideData({
      ...content,
      qualifications: [
        ...content.qualifications,
        qual('l4', { requires: ['diploma'], requires_any: [['senior', 'manager']] }),
        qual('l5', { requires_any: [['senior', 'manager']] }),
      ],
    });
    const [l4, l5] = steps(routeSlides(d, ['l4', 'l5']));
    expect(fact(l4!, 'What you need')).toEqual({
      label: 'What you need',
      text: 'Level 3 Diploma in Adult Care, and one of these:',
      items: ['Senior care worker (job)', 'Deputy manager (job)'],
    });
    expect(fact(l5!, 'What you need')).toEqual({ label: 'What you need', text: 'One of these:', items: ['Senior care worker (job)', 'Deputy manager (job)'] });
  });

  it('lists at most four needs', () => {
    const many = slideData({
      ...content,
      roles: [role('x', { entry: ['a', 'b', 'c', 'd', 'e'] })],
      qualifications: ['a', 'b', 'c', 'd', 'e'].map((id) => qual(id)),
    });
    expect(fact(steps(routeSlides(many, ['x']))[0]!, 'What you need')?.items).toEqual(['a', 'b', 'c', 'and 2 more']);
  });
});

describe('helpers', () => {
  it('findWords matches whole words, any case, plurals, at most eight', () => {
    const words = content.glossary.map((g) => ({ id: g.id, term: g.data.term, forms: [g.data.term, ...g.data.also], simple: g.data.simple }));
    expect(findWords(words, 'Night shifts and a dbs.').map((w) => w.id)).toEqual(['shift', 'dbs']);
    expect(findWords(words, 'Shiftwork, DBSX, levelled')).toEqual([]);
    const lots = Array.from({ length: 12 }, (_, i) => ({ id: `w${i}`, term: `word${i}`, forms: [`word${i}`], simple: 'x' }));
    expect(findWords(lots, lots.map((w) => w.term).join(' '))).toHaveLength(MAX_WORDS);
  });

  it('monthsInWords reads plainly', () => {
    expect([0.5, 1, 6, 12, 18, 36].map(monthsInWords)).toEqual([
      'About 2 weeks',
      'About 1 month',
      'About 6 months',
      'About 1 year',
      'About 1 year 6 months',
      'About 3 years',
    ]);
    // From one month up, rounded to whole months, as a person reads them.
    expect([1.4, 3, 7, 13.6, 24, 48].map(monthsInWords)).toEqual([
      'About 1 month',
      'About 3 months',
      'About 7 months',
      'About 1 year 2 months',
      'About 2 years',
      'About 4 years',
    ]);
  });

  it('shorten keeps whole sentences and at least one', () => {
    expect(shorten('One. Two. Three.', 9)).toBe('One. Two.');
    expect(shorten('A very long first sentence.', 5)).toBe('A very long first sentence.');
  });

  it('parseSteps reads ?steps= and drops anything that is not an id', () => {
    expect(parseSteps('?steps=care-worker,%20nurse,,<b>,Bad_Id')).toEqual(['care-worker', 'nurse']);
    expect(parseSteps('')).toEqual([]);
  });
});

describe('with the fixture content', () => {
  it('every pathway makes slides with its steps', () => {
    const { content: c, graph } = loadContentFrom('tests/fixtures/basic', { today: '2026-11-30' });
    const d = presentData(c, graph);
    for (const p of c.pathways) {
      const slides = pathwaySlides(d, p.id);
      expect(steps(slides).map((s) => s.id)).toEqual(p.data.steps);
      const words = slides.find((s) => s.kind === 'words');
      expect(words?.kind === 'words' && words.words.map((w) => w.term)).toContain('DBS check');
    }
  });
});
