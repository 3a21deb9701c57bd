/**
 * `findRoutes`: the few best distinct routes from where a person is to a role.
 *
 * How: every move (see moves.ts for the moves and the time model) becomes a weighted arc,
 * and Yen's algorithm lists the lightest simple paths from a virtual start node. Arc
 * weights cannot know the whole route, so a step's prerequisites are costed as if only the
 * previous node and the starting points were held. We therefore take more candidates than
 * needed (CANDIDATES_PER_ROUTE distinct ones per route asked for, at most MAX_PATHS
 * paths), rebuild each with the exact route so far (prerequisites earlier on the route
 * are not counted twice), re-rank them and keep the best `max`.
 */
import type { Graph } from '../graph/graph.ts';
import { nearestIds } from '../content/suggest.ts';
import type { NodeRef, Route, RouteQuery, RouteResult, Start, Step } from './types.ts';
import {
  EXPERIENCE_MONTHS,
  JOB_MONTHS,
  LOCAL_BONUS_MONTHS,
  START,
  STEP_COST,
  EARN_UNPAID_WEIGHT,
  factsWeight,
  isLocal,
  moveFacts,
  movesFrom,
  nodesToward,
  ref,
  type Context,
  type Move,
} from './moves.ts';
import { expandStep, makeStep } from './steps.ts';
import { Queue, shortestPaths, type Arc } from './yen.ts';
import { routeSummary } from './describe.ts';
import { nearestRole, reachable } from './nearest.ts';
import { aRole } from './text.ts';

/** Routes returned when `max` is not given. */
export const DEFAULT_MAX = 3;
/** Distinct candidate routes gathered per route returned, before the exact re-ranking. */
const CANDIDATES_PER_ROUTE = 3;
/** Paths Yen's algorithm may list for one query, at most (it is lazy; most queries need far fewer). */
const MAX_PATHS = 120;

/** The ids a start names, in order. */
export function startIds(start: Start): string[] {
  return start.kind === 'nothing' ? [] : start.kind === 'node' ? [start.id] : [...start.ids];
}

function unknownMessage(graph: Graph, id: string, what: string, kinds: readonly string[]): string {
  const known = graph.nodes.filter((n) => kinds.includes(n.kind)).map((n) => n.id);
  const near = nearestIds(id, known);
  return `We do not know the ${what} "${id}".${near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''}`;
}

function contextFor(graph: Graph, query: RouteQuery): Context {
  const ctx: Context = {
    graph,
    variant: query.variant ?? 'quickest',
    borough: query.borough,
    details: query.details ?? new Map(),
    startIds: startIds(query.from),
    age: query.age,
  };
  if (ctx.startIds.some((id) => graph.byId.get(id)?.kind === 'role')) ctx.working = true;
  ctx.toward = nodesToward(graph, query.to);
  ctx.obtainable = reachable(ctx);
  return ctx;
}

/**
 * A lower bound of the months still to go from each node to the target, for the A* search:
 * a reverse Dijkstra over the edges where entering a node costs at least its own months (a
 * qualification), a month (a job) or nothing (a programme, a start). Every real move weighs
 * at least that (prerequisites, experience, unpaid weighting and the local bonus only add),
 * so the bound never overestimates and the search finds the same routes, faster.
 */
function remainingMonths(ctx: Context, target: string): (id: string) => number {
  const entering = (id: string) => {
    const n = ctx.graph.byId.get(id);
    if (!n) return 0;
    if (n.kind === 'role') return ctx.startIds.includes(id) ? 0 : Math.min(JOB_MONTHS, EXPERIENCE_MONTHS);
    if (n.kind === 'qualification') return ctx.startIds.includes(id) ? 0 : (n.months ?? 0);
    return 0;
  };
  const best = new Map<string, number>([[target, 0]]);
  const done = new Set<string>();
  const frontier = new Queue();
  frontier.push(0, target);
  while (frontier.size) {
    const id = frontier.pop()!;
    if (done.has(id)) continue;
    done.add(id);
    const cost = (best.get(id) ?? 0) + entering(id);
    for (const e of ctx.graph.in.get(id) ?? []) {
      if (cost < (best.get(e.from) ?? Infinity)) {
        best.set(e.from, cost);
        frontier.push(cost, e.from);
      }
    }
  }
  // START reaches every start and open node: its bound is the least of theirs plus entering them.
  return (id) => (id === START ? 0 : (best.get(id) ?? Infinity));
}

/** Search arcs: one per (from, to), the lightest move between them. */
function arcsFor(ctx: Context): (id: string) => readonly Arc[] {
  const cache = new Map<string, Arc[]>();
  return (id) => {
    const hit = cache.get(id);
    if (hit) return hit;
    const best = new Map<string, number>();
    for (const move of movesFrom(ctx, id)) {
      const had = new Set([move.from, ...ctx.startIds]);
      const w = factsWeight(ctx, move, moveFacts(ctx, move, had));
      if (w < (best.get(move.to) ?? Infinity)) best.set(move.to, w);
    }
    const arcs = [...best].map(([to, weight]) => ({ to, weight }));
    cache.set(id, arcs);
    return arcs;
  };
}

interface Built {
  route: Route;
  key: string;
}

/** Rebuilds a path as a route, choosing for each pair of nodes the lightest move given the route so far. */
function buildRoute(ctx: Context, nodes: readonly string[], targetTitle: string): Built {
  const steps: Step[] = [];
  // Starting points are held even by routes that do not begin there.
  const had = new Set<string>(ctx.startIds);
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    if (from !== START) had.add(from);
    const options = movesFrom(ctx, from).filter((m) => m.to === to);
    let chosen: { move: Move; w: number } | undefined;
    for (const move of options) {
      const w = factsWeight(ctx, move, moveFacts(ctx, move, had));
      if (w < (chosen?.w ?? Infinity)) chosen = { move, w };
    }
    if (!chosen) continue;
    const step = makeStep(ctx, chosen.move, had, nodes[i + 2]);
    if (!step) continue;
    // What the step brings along counts as held from now on.
    for (const n of [...(step.alsoNeeds ?? []), ...(step.includes ?? [])]) had.add(n.id);
    steps.push(...expandStep(ctx, chosen.move, step));
  }
  const months = steps.reduce((t, s) => t + s.months, 0);
  const paidMonths = steps.reduce((t, s) => t + s.paidMonths, 0);
  const usesLocal = steps.filter((s) => s.kind === 'programme').map((s) => s.id);
  const route: Route = {
    steps,
    months,
    paidMonths,
    unpaidMonths: months - paidMonths,
    usesLocal,
    summary: routeSummary(steps, targetTitle, months, paidMonths),
  };
  const start = nodes[1] !== undefined && ctx.startIds.includes(nodes[1]) ? ctx.graph.byId.get(nodes[1]) : undefined;
  if (start) route.from = ref(start);
  return { route, key: nodes.join('>') };
}

/** The ranking weight of a finished route (the same measure the search used, made exact). */
export function routeWeight(ctx: Context, route: Route): number {
  const steps = route.steps.length * STEP_COST;
  if (ctx.variant === 'earn') return route.paidMonths + route.unpaidMonths * EARN_UNPAID_WEIGHT + steps;
  if (ctx.variant === 'local') {
    const local = route.usesLocal.some((id) => {
      const node = ctx.graph.byId.get(id);
      return node !== undefined && isLocal(ctx, node);
    });
    return route.months + steps + (local ? 0 : LOCAL_BONUS_MONTHS);
  }
  return route.months + steps;
}

export function findRoutes(graph: Graph, query: RouteQuery): RouteResult {
  const target = graph.byId.get(query.to);
  if (target?.kind !== 'role') return { status: 'unknown', message: unknownMessage(graph, query.to, 'job', ['role']) };
  const ctx = contextFor(graph, query);
  for (const id of ctx.startIds) {
    const n = graph.byId.get(id);
    if (!n || n.kind === 'programme') return { status: 'unknown', message: unknownMessage(graph, id, 'starting point', ['role', 'qualification']) };
  }
  if (query.from.kind === 'nodes' && !ctx.startIds.length) return { status: 'unknown', message: 'No starting points were given.' };
  if (ctx.startIds.includes(target.id)) {
    const route: Route = { steps: [], months: 0, paidMonths: 0, unpaidMonths: 0, usesLocal: [], summary: routeSummary([], target.title, 0, 0) };
    return { status: 'ok', routes: [route] };
  }

  const max = Math.max(1, Math.floor(query.max ?? DEFAULT_MAX));
  const built: (Built & { weight: number; same: string })[] = [];
  const distinct = new Set<string>();
  let listed = 0;
  for (const path of shortestPaths(arcsFor(ctx), START, target.id, remainingMonths(ctx, target.id))) {
    const b = buildRoute(ctx, path.nodes, target.title);
    const same = sameAs(ctx, b.route);
    built.push({ ...b, weight: routeWeight(ctx, b.route), same });
    distinct.add(same);
    if (distinct.size >= max * CANDIDATES_PER_ROUTE || ++listed >= MAX_PATHS) break;
  }
  if (!built.length) {
    const nearest: NodeRef | undefined = nearestRole(ctx, target);
    const message = `We could not find a route from where you are to becoming ${aRole(target.title)}.${
      nearest
        ? ` The nearest job you can reach is ${aRole(nearest.title)}: try a route to it, and ask a careers adviser about the rest.`
        : ' Ask a careers adviser about your options.'
    }`;
    return nearest ? { status: 'unreachable', nearest, message } : { status: 'unreachable', message };
  }
  // Equal weight: a route from where the person is comes first, then the shorter one.
  built.sort(
    (a, b) => a.weight - b.weight || Number(!a.route.from) - Number(!b.route.from) || a.route.steps.length - b.route.steps.length || a.key.localeCompare(b.key),
  );
  const seen = new Set<string>();
  const routes: Route[] = [];
  for (const b of built) {
    if (seen.has(b.same)) continue;
    seen.add(b.same);
    // A longer route with no gain (no fewer unpaid months, no local help the other lacks) is not advice.
    if (routes.some((a) => dominates(ctx, a, b.route))) continue;
    routes.push(b.route);
    if (routes.length >= max) break;
  }
  return { status: 'ok', routes };
}

/** A longer route is worth showing only if each extra month saves at least this many unpaid months. */
export const MIN_UNPAID_SAVED_PER_EXTRA_MONTH = 0.5;

/**
 * True when `b` is no real alternative to `a`: no shorter, and what it gains is not worth
 * its extra time. A gain is local help in the chosen borough that `a` lacks, or fewer unpaid
 * months: at least MIN_UNPAID_SAVED_PER_EXTRA_MONTH of them for each extra month (three
 * years longer to be paid for seven more months is not advice).
 */
function dominates(ctx: Context, a: Route, b: Route): boolean {
  const local = (r: Route) => new Set(r.usesLocal.filter((id) => ctx.borough !== undefined && (ctx.graph.byId.get(id)?.boroughs ?? []).includes(ctx.borough)));
  const aLocal = local(a);
  if ([...local(b)].some((id) => !aLocal.has(id))) return false;
  if (a.months > b.months) return false;
  const saved = a.unpaidMonths - b.unpaidMonths;
  return saved <= 0 || saved < (b.months - a.months) * MIN_UNPAID_SAVED_PER_EXTRA_MONTH;
}

/**
 * Routes with the same key are the same advice: one per sequence of steps (the same steps
 * from another starting point add nothing). Outside the local variant, a route that only
 * puts a programme in front of a better route is not a real alternative either.
 */
function sameAs(ctx: Context, route: Route): string {
  return route.steps
    .filter((s) => ctx.variant === 'local' || s.kind !== 'programme')
    .map((s) => `${s.kind} ${s.id}`)
    .join('>');
}
