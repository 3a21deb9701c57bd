/**
 * A route query as URL search params, and back, so a shared link reopens the same route:
 * `?from=care-worker&to=nursing-associate&variant=earn&borough=camden`.
 * - `from`: absent (or `nothing`) for "no qualifications yet"; one id; or ids joined by commas;
 *   or a previous job's id (content/previous-jobs), which starts as from nothing.
 * - `to`: a role id. Required.
 * - `variant`: quickest, earn or local. Optional.
 * - `borough`: a borough id. Optional.
 * - `age`: an age band (16-18, 19-24, ...). Optional.
 * Reading validates every id against the graph and reports each bad one in plain words.
 */
import type { Graph } from '../graph/graph.ts';
import { ageBands, isAgeBand, variants, type RouteQuery, type Start, type Variant } from './types.ts';

export const NOTHING = 'nothing';

export type ParsedRouteParams = { ok: true; query: RouteQuery } | { ok: false; errors: string[] };

function fromParam(start: Start, previous?: string): string | undefined {
  if (previous) return previous;
  if (start.kind === 'nothing') return undefined;
  return start.kind === 'node' ? start.id : start.ids.join(',');
}

/** The query as URL params. `details` and `max` are not part of a shared link. */
export function routeToSearchParams(query: RouteQuery): URLSearchParams {
  const params = new URLSearchParams();
  const from = fromParam(query.from, query.fromPrevious);
  if (from !== undefined) params.set('from', from);
  params.set('to', query.to);
  if (query.variant) params.set('variant', query.variant);
  if (query.borough) params.set('borough', query.borough);
  if (query.age) params.set('age', query.age);
  return params;
}

const isVariant = (v: string): v is Variant => (variants as readonly string[]).includes(v);

/**
 * Reads a query from URL params. `boroughs` lists the known borough ids; without it, the
 * boroughs that programmes in the graph serve are accepted.
 */
export function routeFromSearchParams(
  graph: Graph,
  input: URLSearchParams | string,
  options: { boroughs?: readonly string[]; previousJobs?: readonly string[] } = {},
): ParsedRouteParams {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const errors: string[] = [];

  const to = params.get('to')?.trim() ?? '';
  const target = graph.byId.get(to);
  if (!to) errors.push('The link does not say which job to aim for (`to`).');
  else if (target?.kind !== 'role') errors.push(`"${to}" in the link is not a job we know.`);

  const rawFrom = params.get('from')?.trim() ?? '';
  const previous = options.previousJobs?.includes(rawFrom) ? rawFrom : undefined;
  const ids =
    rawFrom === '' || rawFrom === NOTHING || previous
      ? []
      : [
          ...new Set(
            rawFrom
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
  for (const id of ids) {
    const node = graph.byId.get(id);
    if (!node || node.kind === 'programme') errors.push(`"${id}" in the link is not a job or qualification we know.`);
  }
  const from: Start = ids.length === 0 ? { kind: 'nothing' } : ids.length === 1 ? { kind: 'node', id: ids[0]! } : { kind: 'nodes', ids };

  const variant = params.get('variant')?.trim();
  if (variant !== undefined && variant !== '' && !isVariant(variant))
    errors.push(`"${variant}" in the link is not a kind of route: use ${variants.join(', ')}.`);

  const borough = params.get('borough')?.trim();
  const known = new Set(options.boroughs ?? graph.nodes.flatMap((n) => n.boroughs ?? []));
  if (borough !== undefined && borough !== '' && !known.has(borough)) errors.push(`"${borough}" in the link is not a borough we know.`);

  const age = params.get('age')?.trim();
  if (age !== undefined && age !== '' && !isAgeBand(age)) errors.push(`"${age}" in the link is not an age band: use ${Object.keys(ageBands).join(', ')}.`);

  if (errors.length) return { ok: false, errors };
  const query: RouteQuery = { from, to };
  if (variant && isVariant(variant)) query.variant = variant;
  if (borough) query.borough = borough;
  if (age && isAgeBand(age)) query.age = age;
  if (previous) query.fromPrevious = previous;
  return { ok: true, query };
}
