import { describe, it, expect } from 'vitest';
import { expandStep, makeStep } from '../../src/lib/routes/steps.ts';
import { indexGraph, type Graph, type GraphEdge, type GraphNode, type EdgeKind } from '../../src/lib/graph/graph.ts';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import {
  findRoutes,
  describeRoute,
  formatMonths,
  routeToSearchParams,
  routeFromSearchParams,
  kShortestPaths,
  type Route,
  type RouteQuery,
  type RouteResult,
  type StepDetail,
} from '../../src/lib/routes/index.ts';

// ---- Compact fixture builders -------------------------------------------------------

const titleOf = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');
const node = (id: string, kind: GraphNode['kind'], extra: Partial<GraphNode>): GraphNode => ({
  id,
  kind,
  title: titleOf(id),
  level: 0,
  levelLabel: '',
  summary: '',
  family: '',
  href: `/${id}/`,
  ...extra,
});
/** A role: `open` when anyone can apply. */
const role = (id: string, family: string, level: number, open = false): GraphNode =>
  node(id, 'role', { family, level, openEntry: open, paid: true, pay: { text: `${id} pay (2026/27)`, year: '2026/27', simple: `${id} pay.` } });
/** A qualification: months, kind, paid. */
const qual = (id: string, months: number, kind = 'diploma', paid = false): GraphNode => node(id, 'qualification', { months, qualificationKind: kind, paid });
const prog = (id: string, boroughs: string[], paid = false): GraphNode => node(id, 'programme', { boroughs, paid });
/** Edges written "from kind to", one per string. */
const edges = (...lines: string[]): GraphEdge[] =>
  lines.map((line) => {
    const [from, kind, to] = line.split(/\s+/) as [string, EdgeKind, string];
    return { from, to, kind };
  });
const graphOf = (nodes: GraphNode[], es: GraphEdge[]): Graph => indexGraph({ nodes, edges: es });

const ok = (r: RouteResult): Route[] => {
  if (r.status !== 'ok') throw new Error(`expected routes, got ${r.status}: ${r.message}`);
  return r.routes;
};
const ids = (route: Route | undefined) => route?.steps.map((s) => s.id) ?? [];
/** Steps as `kind:id`, unique within a route (a job and the experience in it share an id). */
const keys = (route: Route | undefined) => route?.steps.map((s) => `${s.kind}:${s.id}`) ?? [];

// ---- The main fixture: social care and health, with a cycle --------------------------

const care = graphOf(
  [
    role('care-worker', 'social-care', 2, true),
    role('senior-care-worker', 'social-care', 3),
    role('deputy-manager', 'social-care', 4),
    role('healthcare-support-worker', 'clinical', 2, true),
    role('nursing-associate', 'nursing', 5),
    role('adult-nurse', 'nursing', 6),
    role('pharmacy-assistant', 'science', 2, true),
    role('pharmacy-technician', 'science', 3),
    role('pharmacist', 'science', 6),
    role('preregistration-trainee', 'science', 5),
    qual('care-certificate', 3, 'standards', true),
    qual('diploma-l3', 18),
    qual('functional-skills-l2', 6, 'functional-skills'),
    qual('na-apprenticeship', 24, 'apprenticeship', true),
    qual('access-to-he', 9, 'access'),
    qual('nursing-degree', 36, 'degree'),
    qual('english-test', 1, 'test'),
    qual('nmc-registration', 2, 'registration'),
    qual('overseas-registration', 0, 'registration'),
    qual('pharmacy-apprenticeship', 24, 'apprenticeship', true),
    qual('mpharm', 48, 'masters'),
    prog('camden-academy', ['camden']),
    prog('hackney-works', ['hackney'], true),
  ],
  edges(
    'care-worker trains care-certificate',
    'care-worker progresses senior-care-worker',
    'senior-care-worker progresses deputy-manager',
    'care-worker progresses healthcare-support-worker',
    'healthcare-support-worker progresses care-worker',
    'care-worker trains diploma-l3',
    'diploma-l3 qualifies senior-care-worker',
    'healthcare-support-worker trains na-apprenticeship',
    'functional-skills-l2 requires na-apprenticeship',
    'na-apprenticeship qualifies nursing-associate',
    'nursing-associate progresses adult-nurse',
    'access-to-he requires nursing-degree',
    'nursing-degree qualifies adult-nurse',
    'english-test requires nmc-registration',
    'overseas-registration requires nmc-registration',
    'nmc-registration qualifies adult-nurse',
    'pharmacy-assistant trains pharmacy-apprenticeship',
    'pharmacy-apprenticeship qualifies pharmacy-technician',
    'preregistration-trainee requires mpharm',
    'mpharm qualifies pharmacist',
    'camden-academy offers care-certificate',
    'camden-academy leads-to care-worker',
    'hackney-works leads-to care-worker',
  ),
);

describe('findRoutes on a fixture graph', () => {
  it('finds a direct route: an open-entry job', () => {
    const [route, ...rest] = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'care-worker', max: 1 }));
    expect(rest).toEqual([]);
    expect(route).toMatchObject({ months: 1, paidMonths: 1, unpaidMonths: 0, usesLocal: [] });
    expect(route!.steps).toEqual([
      {
        id: 'care-worker',
        title: 'Care worker',
        kind: 'job',
        months: 1,
        paid: true,
        paidMonths: 1,
        pay: 'care-worker pay (2026/27)',
        includes: [{ id: 'care-certificate', title: 'Care certificate' }],
        note: 'Get a job as a care worker. You can apply with no qualifications. You take the Care certificate in your first weeks.',
      },
    ]);
    expect(route!.summary).toBe('Become a care worker in about 1 month: you can apply with no qualifications.');
  });

  it('gives distinct alternatives, quickest first, and hides a longer one with no gain', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'senior-care-worker' }));
    expect(routes.map(ids)).toEqual([
      ['diploma-l3', 'senior-care-worker'],
      ['care-worker', 'diploma-l3', 'senior-care-worker'],
    ]);
    expect(routes.map((r) => [r.months, r.paidMonths])).toEqual([
      [19, 1],
      [20, 20],
    ]);
    expect(routes[1]!.steps[1]).toMatchObject({
      kind: 'study',
      paid: true,
      note: 'Take the Diploma l3 while you work as a care worker. It takes about 1 year 6 months. You are paid while you do it.',
    });
    // A year as a care worker before the diploma (31 months, all paid) gains nothing over route 2: not shown.
    const all = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'senior-care-worker', max: 10 }));
    expect(all.some((r) => r.steps.some((x) => x.kind === 'experience'))).toBe(false);
  });

  it('earn: paid routes first, even when longer', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'senior-care-worker', variant: 'earn' }));
    expect(routes.map(ids)[0]).toEqual(['care-worker', 'diploma-l3', 'senior-care-worker']);
    expect(routes[0]!.unpaidMonths).toBe(0);
  });

  it('counts experience alone when the next role has no entry qualification', () => {
    const [route] = ok(findRoutes(care, { from: { kind: 'node', id: 'senior-care-worker' }, to: 'deputy-manager' }));
    expect(route!.steps).toMatchObject([{ id: 'deputy-manager', kind: 'progress', months: 12, paid: true }]);
    expect(route!.steps[0]!.through).toBeUndefined();
  });

  it('prefers applying directly to an open-entry job over a year of experience', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'node', id: 'care-worker' }, to: 'healthcare-support-worker' }));
    // A year's experience first would only add time: that route is not shown.
    expect(routes.map((r) => [r.from?.id, r.steps.map((s) => `${s.kind} ${s.months}`)])).toEqual([[undefined, ['job 1']]]);
  });

  it('a move up at work reads: a year of experience, what the new job needs (prerequisites first), then the job', () => {
    // B needs Q, and Q needs P. The route finder hides this when a quicker route gains as much,
    // so the expansion is checked on the move itself.
    const g = graphOf([role('a', 'x', 2, true), role('b', 'x', 3), qual('p', 6), qual('q', 12)], edges('a progresses b', 'p requires q', 'q qualifies b'));
    const ctx = { graph: g, variant: 'quickest' as const, borough: undefined, details: new Map(), startIds: ['a'] };
    const move = { from: 'a', to: 'b', via: 'progresses' as const };
    const step = makeStep(ctx, move, new Set(['a']))!;
    expect(step).toMatchObject({ kind: 'progress', months: 30, alsoNeeds: [{ id: 'p' }, { id: 'q' }] });
    const steps = expandStep(ctx, move, step);
    expect(steps.map((x) => [x.kind, x.id, x.months, x.paidMonths])).toEqual([
      ['experience', 'a', 12, 12],
      ['study', 'p', 6, 6], // taken while in work: paid
      ['study', 'q', 12, 12],
      ['job', 'b', 0, 0],
    ]);
    expect(steps.reduce((t, x) => t + x.months, 0)).toBe(step.months);
    expect(steps[1]!.note).toBe('Take the P. It takes about 6 months. You need it before the Q. You can be paid while you do it.');
  });

  it('never suggests a step whose prerequisite cannot be reached (registration needs an overseas registration)', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'adult-nurse', max: 10 }));
    expect(routes.flatMap(ids)).not.toContain('nmc-registration');
  });

  it('survives the cycle between health and social care, returning only simple paths', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'adult-nurse', max: 20 }));
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) expect(new Set(keys(r)).size).toBe(r.steps.length);
    expect(new Set(routes.map((r) => keys(r).join('>'))).size).toBe(routes.length);
    // Through the cycle at most once: care worker -> healthcare support worker, never back.
    expect(routes.map(keys)[0]).toEqual(['study:access-to-he', 'study:nursing-degree', 'job:adult-nurse']);
  });

  it('lists prerequisites that are not on the route, and adds their months', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'node', id: 'healthcare-support-worker' }, to: 'nursing-associate' }));
    // The prerequisite is a step of its own, first, paid because the person is in work.
    expect(routes[0]!.steps.map((x) => [x.kind, x.id, x.months, x.paid])).toEqual([
      ['study', 'functional-skills-l2', 6, true],
      ['study', 'na-apprenticeship', 24, true],
      ['job', 'nursing-associate', 1, true],
    ]);
    expect(routes[0]!.steps[0]!.note).toBe(
      'Take the Functional skills l2. It takes about 6 months. You need it before the Na apprenticeship. You can be paid while you do it.',
    );
    expect(routes[0]!.steps[1]!.alsoNeeds).toBeUndefined();
  });

  it('names the nearest reachable role when the target cannot be reached', () => {
    const result = findRoutes(care, { from: { kind: 'nothing' }, to: 'pharmacist' });
    expect(result).toEqual({
      status: 'unreachable',
      nearest: { id: 'pharmacy-technician', title: 'Pharmacy technician' },
      message:
        'We could not find a route from where you are to becoming a pharmacist. The nearest job you can reach is a pharmacy technician: try a route to it, and ask a careers adviser about the rest.',
    });
  });

  it('reports unknown ids with a suggestion', () => {
    expect(findRoutes(care, { from: { kind: 'nothing' }, to: 'senior-carer-worker' })).toEqual({
      status: 'unknown',
      message: 'We do not know the job "senior-carer-worker". Did you mean "senior-care-worker" or "care-worker"?',
    });
    expect(findRoutes(care, { from: { kind: 'node', id: 'nope' }, to: 'care-worker' }).status).toBe('unknown');
    expect(findRoutes(care, { from: { kind: 'nothing' }, to: 'diploma-l3' }).status).toBe('unknown');
  });

  it('local: prefers a programme in the chosen borough, never one in another borough', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'care-worker', variant: 'local', borough: 'camden' }));
    expect(ids(routes[0])).toEqual(['camden-academy', 'care-worker']);
    expect(routes[0]!.usesLocal).toEqual(['camden-academy']);
    expect(routes[0]!.steps[0]!.note).toBe('Join Camden academy, a local programme for Camden residents. It takes about 2 months.');
    expect(routes.flatMap(ids)).not.toContain('hackney-works');
    // The quickest variant ignores the programme: applying directly is faster.
    expect(ids(ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'care-worker' }))[0])).toEqual(['care-worker']);
  });

  it('local: falls back to other routes when no programme serves the borough or it has ended', () => {
    const none = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'care-worker', variant: 'local', borough: 'westminster' }));
    expect(none.map(ids)[0]).toEqual(['care-worker']);
    expect(none.flatMap((r) => r.usesLocal)).toEqual([]);
    const details = new Map([['camden-academy', { status: 'ended' }]]);
    const ended = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'care-worker', variant: 'local', borough: 'camden', details }));
    expect(ended.flatMap((r) => r.usesLocal)).toEqual([]);
  });

  it('starts from qualifications (qualified abroad: English test and an overseas registration)', () => {
    const [route] = ok(findRoutes(care, { from: { kind: 'nodes', ids: ['english-test', 'overseas-registration'] }, to: 'adult-nurse' }));
    expect(route!.from).toEqual({ id: 'english-test', title: 'English test' });
    expect(ids(route)).toEqual(['nmc-registration', 'adult-nurse']);
    expect(route!.steps[0]).toMatchObject({ kind: 'register', months: 2 });
    expect(route!.steps[0]!.alsoNeeds).toBeUndefined(); // both prerequisites are held
    expect(route!.steps[0]!.note).toBe('Apply for Nmc registration. It takes about 2 months.');
    expect(route!.steps[1]!.note).toBe('Get a job as an adult nurse. The Nmc registration gets you in.');
    // With the English test alone, registration is out of reach: the degree route remains.
    const [alone] = ok(findRoutes(care, { from: { kind: 'node', id: 'english-test' }, to: 'adult-nurse' }));
    expect(ids(alone)).toEqual(['access-to-he', 'nursing-degree', 'adult-nurse']);
  });

  it('starts from a role', () => {
    const routes = ok(findRoutes(care, { from: { kind: 'node', id: 'care-worker' }, to: 'senior-care-worker' }));
    // Only the diploma, taken while working: a year's experience first would gain nothing.
    expect(routes.map(ids)).toEqual([['diploma-l3', 'senior-care-worker']]);
    expect(routes[0]!.from).toEqual({ id: 'care-worker', title: 'Care worker' });
    expect(routes[0]!.steps[0]!.note).toContain('while you work as a care worker');
  });

  it("starts from a journey's start ids, never passing back through them", () => {
    const start = { kind: 'nodes' as const, ids: ['care-worker', 'healthcare-support-worker'] };
    const routes = ok(findRoutes(care, { from: start, to: 'nursing-associate', max: 5 }));
    expect(routes[0]!.from?.id).toBe('healthcare-support-worker');
    expect(ids(routes[0])).toEqual(['functional-skills-l2', 'na-apprenticeship', 'nursing-associate']);
    // A year's experience in a start job is a step in that job; nothing else goes back through a start.
    for (const r of routes) for (const s of r.steps) if (s.kind !== 'experience') expect(start.ids).not.toContain(s.id);
  });

  it('is already there when the start is the target', () => {
    const [route] = ok(findRoutes(care, { from: { kind: 'node', id: 'care-worker' }, to: 'care-worker' }));
    expect(route).toMatchObject({ steps: [], months: 0, summary: 'You already work as a care worker.' });
  });
});

describe('earn while you learn', () => {
  const g = graphOf(
    [
      role('care-worker', 'care', 2, true),
      role('nurse', 'nursing', 6),
      qual('nursing-degree', 36, 'degree'),
      qual('nursing-degree-apprenticeship', 48, 'apprenticeship', true),
    ],
    edges('nursing-degree qualifies nurse', 'nursing-degree-apprenticeship qualifies nurse', 'care-worker trains nursing-degree-apprenticeship'),
  );
  const query: RouteQuery = { from: { kind: 'nothing' }, to: 'nurse' };

  it('quickest takes the shorter full-time course', () => {
    expect(ids(ok(findRoutes(g, query))[0])).toEqual(['nursing-degree', 'nurse']);
  });

  it('earn takes the longer apprenticeship, paid throughout', () => {
    const [route] = ok(findRoutes(g, { ...query, variant: 'earn' }));
    expect(ids(route)).toEqual(['nursing-degree-apprenticeship', 'nurse']);
    expect(route).toMatchObject({ months: 49, paidMonths: 49, unpaidMonths: 0 });
    expect(route!.summary).toBe('Become a nurse in about 4 years 1 month: take the Nursing degree apprenticeship (paid the whole time).');
  });
});

describe('describeRoute', () => {
  it('writes time, earnings, funding and local help in plain words', () => {
    const details = new Map([['diploma-l3', { funding: 'Free for residents aged 19 and over.' }]]);
    const routes = ok(findRoutes(care, { from: { kind: 'nothing' }, to: 'senior-care-worker', details, max: 3 }));
    expect(describeRoute(routes[0]!)).toEqual({
      time: 'About 1 year 7 months in total.',
      earning: 'You can earn for 1 month.',
      funding: ['Diploma l3: Free for residents aged 19 and over.'],
      local: '',
      steps: ['Take the Diploma l3. It takes about 1 year 6 months.', 'Get a job as a senior care worker. The Diploma l3 gets you in.'],
    });
    expect(describeRoute(routes[1]!).earning).toBe('You can earn the whole time.');
  });

  it('formats months', () => {
    expect([0, 0.5, 1, 11, 12, 14, 24, 38].map(formatMonths)).toEqual([
      'no time',
      '2 weeks',
      '1 month',
      '11 months',
      '1 year',
      '1 year 2 months',
      '2 years',
      '3 years 2 months',
    ]);
  });
});

describe('kShortestPaths', () => {
  it('returns loopless paths in weight order on a graph with a cycle', () => {
    const arcs: Record<string, { to: string; weight: number }[]> = {
      s: [
        { to: 'a', weight: 1 },
        { to: 'b', weight: 2 },
      ],
      a: [
        { to: 'b', weight: 1 },
        { to: 't', weight: 5 },
      ],
      b: [
        { to: 'a', weight: 1 },
        { to: 't', weight: 1 },
      ],
    };
    const paths = kShortestPaths((id) => arcs[id] ?? [], 's', 't', 10);
    expect(paths.map((p) => [p.nodes.join(''), p.weight])).toEqual([
      ['sbt', 3],
      ['sabt', 3],
      ['sat', 6],
      ['sbat', 8],
    ]);
  });
});

describe('URL params', () => {
  const queries: RouteQuery[] = [
    { from: { kind: 'nothing' }, to: 'care-worker' },
    { from: { kind: 'node', id: 'english-test' }, to: 'adult-nurse', variant: 'quickest' },
    { from: { kind: 'nodes', ids: ['care-worker', 'healthcare-support-worker'] }, to: 'nursing-associate', variant: 'local', borough: 'camden' },
  ];

  it('round-trips a query', () => {
    for (const q of queries) {
      const params = routeToSearchParams(q);
      expect(routeFromSearchParams(care, params.toString())).toEqual({ ok: true, query: q });
    }
    expect(routeToSearchParams(queries[2]!).toString()).toBe('from=care-worker%2Chealthcare-support-worker&to=nursing-associate&variant=local&borough=camden');
  });

  it('rejects bad ids, variants and boroughs', () => {
    expect(routeFromSearchParams(care, 'from=care-worker,nope&to=camden-academy&variant=fast&borough=paris')).toEqual({
      ok: false,
      errors: [
        '"camden-academy" in the link is not a job we know.',
        '"nope" in the link is not a job or qualification we know.',
        '"fast" in the link is not a kind of route: use quickest, earn, local.',
        '"paris" in the link is not a borough we know.',
      ],
    });
    expect(routeFromSearchParams(care, 'from=care-worker')).toEqual({ ok: false, errors: ['The link does not say which job to aim for (`to`).'] });
    expect(routeFromSearchParams(care, 'to=care-worker&borough=westminster', { boroughs: ['westminster'] })).toMatchObject({ ok: true });
  });
});

// ---- The real content ---------------------------------------------------------------

/** Loaded on first use, so a content error fails these tests (with the errors) and not the whole file. */
let realCache: ReturnType<typeof loadContentFrom> | undefined;
const real = () => (realCache ??= loadContentFrom(process.cwd()));

describe('real content', () => {
  it('from nothing to nursing associate: through the Care Certificate and a paid support job', () => {
    const routes = ok(findRoutes(real().graph, { from: { kind: 'nothing' }, to: 'nursing-associate', variant: 'earn', max: 5 }));
    const gained = (r: Route) => r.steps.flatMap((s) => [s.id, ...[...(s.includes ?? []), ...(s.alsoNeeds ?? [])].map((n) => n.id)]);
    const fits = routes.find(
      (r) => gained(r).includes('care-certificate') && r.steps.some((s) => ['care-worker', 'healthcare-support-worker'].includes(s.id) && s.paid),
    );
    expect(fits, routes.map((r) => r.summary).join('\n')).toBeDefined();
    expect(fits!.months).toBeGreaterThan(12);
  });

  it('from the English language test (qualified abroad) to adult nurse', () => {
    const routes = ok(findRoutes(real().graph, { from: { kind: 'node', id: 'english-language-test' }, to: 'adult-nurse' }));
    expect(routes[0]!.months).toBeGreaterThan(0);
    expect(ids(routes[0]).at(-1)).toBe('adult-nurse');
  });

  it("reaches every role from nothing or from some journey's starting points", () => {
    const starts = [[], ...real().content.journeys.map((j) => j.data.start)];
    const missing = real()
      .graph.nodes.filter((n) => n.kind === 'role')
      .filter(
        (n) =>
          !starts.some(
            (ids) => findRoutes(real().graph, { from: ids.length ? { kind: 'nodes', ids } : { kind: 'nothing' }, to: n.id, max: 1 }).status === 'ok',
          ),
      )
      .map((n) => n.id);
    expect(missing).toEqual([]);
  });
});

describe('localHelpFor', () => {
  it('lists programmes that offer a step or lead to it, in the chosen borough, not ended ones', async () => {
    const { localHelpFor } = await import('../../src/lib/routes/local-help.ts');
    const { indexGraph } = await import('../../src/lib/graph/graph.ts');
    const g = indexGraph({
      nodes: [
        { id: 'care', kind: 'role', title: 'Care worker', level: 0, levelLabel: '', summary: '', family: 'a', href: '' },
        { id: 'cert', kind: 'qualification', title: 'Care Certificate', level: 0, levelLabel: '', summary: '', family: 'a', href: '' },
        { id: 'camden-p', kind: 'programme', title: 'Camden help', level: 0, levelLabel: '', summary: '', family: 'a', href: '', boroughs: ['camden'] },
        { id: 'hackney-p', kind: 'programme', title: 'Hackney help', level: 0, levelLabel: '', summary: '', family: 'a', href: '', boroughs: ['hackney'] },
        { id: 'old-p', kind: 'programme', title: 'Old help', level: 0, levelLabel: '', summary: '', family: 'a', href: '', boroughs: ['camden'] },
      ],
      edges: [
        { from: 'camden-p', to: 'care', kind: 'leads-to' },
        { from: 'camden-p', to: 'cert', kind: 'offers' },
        { from: 'hackney-p', to: 'care', kind: 'leads-to' },
        { from: 'old-p', to: 'care', kind: 'leads-to' },
      ],
    });
    const route = {
      steps: [
        { id: 'cert', title: 'Care Certificate', kind: 'study' as const, months: 3, paid: true, paidMonths: 3, note: '' },
        { id: 'care', title: 'Care worker', kind: 'job' as const, months: 1, paid: true, paidMonths: 1, note: '' },
      ],
      months: 4,
      paidMonths: 4,
      unpaidMonths: 0,
      usesLocal: [],
      summary: '',
    };
    const details = new Map([['old-p', { status: 'ended' }]]);
    expect(localHelpFor(g, route, { borough: 'camden', details })).toEqual([
      { id: 'camden-p', title: 'Camden help', helpsWith: ['Care Certificate', 'Care worker'] },
    ]);
    // With no borough chosen, only programmes every borough's residents can join are listed.
    expect(localHelpFor(g, route, { details }).map((p) => p.id)).toEqual([]);
    const everywhere = new Map<string, StepDetail>([...details, ['hackney-p', { wholeArea: true }], ['camden-p', { wholeArea: true }]]);
    expect(localHelpFor(g, route, { details: everywhere }).map((p) => p.id)).toEqual(['camden-p', 'hackney-p']);
    // Who can join rules a programme out: an age limit with no age given, a group the site cannot check, work status.
    const limited = new Map<string, StepDetail>([
      ...details,
      ['camden-p', { who: { employment: 'any' as const, ageMin: 18, ageMax: 30, text: 'Aged 18 to 30.' } }],
    ]);
    expect(localHelpFor(g, route, { borough: 'camden', details: limited })).toEqual([]);
    expect(localHelpFor(g, route, { borough: 'camden', age: '19-24', details: limited }).map((p) => [p.id, p.who])).toEqual([['camden-p', 'Aged 18 to 30.']]);
    expect(localHelpFor(g, route, { borough: 'camden', age: '30-49', details: limited })).toEqual([]);
    const onlyWomen = new Map<string, StepDetail>([...details, ['camden-p', { who: { employment: 'any' as const, only: 'women', text: 'Women in Camden.' } }]]);
    expect(localHelpFor(g, route, { borough: 'camden', details: onlyWomen })).toEqual([]);
    const outOfWork = new Map<string, StepDetail>([...details, ['camden-p', { who: { employment: 'not-working' as const, text: 'People out of work.' } }]]);
    expect(localHelpFor(g, route, { borough: 'camden', working: true, details: outOfWork })).toEqual([]);
    expect(localHelpFor(g, route, { borough: 'camden', working: false, details: outOfWork }).map((p) => p.id)).toEqual(['camden-p']);
  });
});
