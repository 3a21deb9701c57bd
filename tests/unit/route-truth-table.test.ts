/**
 * The route finder against the real content, case by case, as a careers adviser would check
 * it: tests/fixtures/route-truth-table.yaml says, from the sources, what each route must
 * contain, in what order, and what it must never offer.
 */
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { type AgeBand, findRoutes, type Route, type Variant } from '../../src/lib/routes/index.ts';
import { routeDetails } from '../../src/lib/routes/details.ts';

interface Case {
  from: string[];
  to: string;
  borough?: string;
  age?: AgeBand;
  variant?: Variant;
  why: string;
  stages?: string[][][];
  every_route_ends?: string[];
  exactly?: string[];
  never?: string[];
  job_before?: string[];
  programmes_only_in?: string;
}

const cases = loadYaml(readFileSync('tests/fixtures/route-truth-table.yaml', 'utf8')) as Case[];
let loaded: ReturnType<typeof loadContentFrom> | undefined;
const real = () => (loaded ??= loadContentFrom(process.cwd()));

/** Where a stage is met in the route: the index after its last group's step, or -1 when a group is missing. */
function meetStage(steps: readonly string[], from: number, groups: readonly string[][]): number {
  let end = from;
  for (const group of groups) {
    const at = steps.findIndex((id, i) => i >= from && group.includes(id));
    if (at === -1) return -1;
    end = Math.max(end, at + 1);
  }
  return end;
}

const show = (r: Route) => r.steps.map((s) => `${s.kind}:${s.id}`).join(' > ');

describe('route truth table (real content)', () => {
  it('has at least 30 cases, each with a reason', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(c.why.length, `${c.from.join(',')} -> ${c.to}`).toBeGreaterThan(10);
  });

  it.each(
    cases.map(
      (c) => [`${c.from.join(', ') || 'no qualifications'} -> ${c.to}${c.borough ? ` in ${c.borough}` : ''}${c.age ? `, aged ${c.age}` : ''}`, c] as const,
    ),
  )('%s', (_name, c) => {
    const { content, graph } = real();
    const details = routeDetails(content);
    const query = {
      from: c.from.length ? ({ kind: 'nodes', ids: c.from } as const) : ({ kind: 'nothing' } as const),
      to: c.to,
      details,
      max: 3,
      ...(c.variant ? { variant: c.variant } : {}),
      ...(c.borough ? { borough: c.borough } : {}),
      ...(c.age ? { age: c.age } : {}),
    };
    const result = findRoutes(graph, query);
    expect(result.status, c.why).toBe('ok');
    if (result.status !== 'ok') return;
    const routes = result.routes;
    const context = `${c.why}\n${routes.map(show).join('\n')}`;
    const first = routes[0]!.steps.map((s) => s.id);

    if (c.exactly) expect(first, context).toEqual(c.exactly);
    let at = 0;
    for (const stage of c.stages ?? []) {
      const next = meetStage(first, at, stage);
      expect(next, `stage ${JSON.stringify(stage)} not met in order\n${context}`).toBeGreaterThan(-1);
      at = next;
    }
    for (const r of routes) {
      const ids = r.steps.map((s) => s.id);
      if (c.every_route_ends) expect(ids.slice(-c.every_route_ends.length), context).toEqual(c.every_route_ends);
      for (const id of c.never ?? []) expect(ids, `${id} must not appear\n${context}`).not.toContain(id);
      for (const id of c.job_before ?? []) {
        const i = ids.indexOf(id);
        if (i === -1) continue;
        const jobEarlier = c.from.some((f) => graph.byId.get(f)?.kind === 'role') || r.steps.slice(0, i).some((s) => s.kind === 'job' || s.kind === 'progress');
        expect(jobEarlier, `${id} needs a job before it\n${context}`).toBe(true);
      }
      if (c.programmes_only_in) {
        for (const s of r.steps.filter((x) => x.kind === 'programme')) {
          const p = content.programmes.find((x) => x.id === s.id)!;
          const serves =
            c.programmes_only_in === 'all' ? content.boroughs.every((b) => p.data.boroughs.includes(b.id)) : p.data.boroughs.includes(c.programmes_only_in);
          expect(serves, `${s.id} does not serve ${c.programmes_only_in}\n${context}`).toBe(true);
          expect(p.data.status, `${s.id} is not confirmed as running`).toBe('running');
        }
      }
    }
  });
});
