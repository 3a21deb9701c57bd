/**
 * The moves a person can make through the pathway graph, and what each one costs.
 *
 * Moves (every graph edge is a move in its own direction):
 * - from nothing: an open-entry role (a job), a qualification nothing `requires` (study, or
 *   register for kind 'registration'), or a programme (see "Programmes" below);
 * - qualification: `qualifies` -> role (job), `requires` -> qualification (study / register);
 * - role: `progresses` -> role (progress at work), `trains` -> qualification (study while
 *   paid), `requires` -> qualification (study);
 * - programme: `offers` -> qualification (study), `leads-to` -> role (job).
 * Roles and qualifications a person starts from are never entered again by another move,
 * and programmes have no incoming edges, so they only appear as a route's first step.
 *
 * Time model, in months:
 * - study / register: the qualification's `typical_months`;
 * - job (getting a job): JOB_MONTHS (1). A role reached as a job and then left again counts
 *   no experience of its own: only a `progresses` move counts experience;
 * - progress: EXPERIENCE_MONTHS (12) of experience in the role before moving on;
 * - programme: the `months` given in `details`, else PROGRAMME_MONTHS (2).
 *
 * Pay: jobs and progress steps are paid. A study step is paid when the qualification is
 * (`paid`: apprenticeships, in-work training), when it is taken through `trains` (in the
 * job), through `requires` from a role unless it is full-time study (FULL_TIME_KINDS), or
 * through a paid programme. A programme step is paid when the programme is.
 *
 * Prerequisites: `requires` lists things ALL needed, but a route follows one edge at a
 * time. When a qualification step needs things that are not earlier on the route, they are
 * listed in `alsoNeeds`, and the months of those that are qualifications with no
 * prerequisites of their own are added to the step (taken at the step's pay). Deeper
 * chains are listed but not timed: we keep this simple on purpose.
 *
 * Programmes: ended programmes (per `details`) are never used. With a borough, only
 * programmes serving that borough are used, in every variant. From a role or qualification
 * start, programmes are used only in the `local` variant.
 */
import type { EdgeKind, Graph, GraphNode } from '../graph/graph.ts';
import type { NodeRef, StepDetail, Variant } from './types.ts';

/** Months to find and start a job once you can apply. */
export const JOB_MONTHS = 1;
/** Months of experience in a role before a progression move. */
export const EXPERIENCE_MONTHS = 12;
/** Months a programme takes when `details` do not say. */
export const PROGRAMME_MONTHS = 2;
/** In the `earn` variant, one unpaid month weighs as much as this many paid months. */
export const EARN_UNPAID_WEIGHT = 4;
/** In the `local` variant, a route through a programme in the borough counts this many months less. */
export const LOCAL_BONUS_MONTHS = 12;
/** A tiny cost per step, so that of two equally long routes the simpler comes first. */
export const STEP_COST = 0.01;
/** Qualification kinds that are full-time study: you cannot keep working full time alongside. */
export const FULL_TIME_KINDS: ReadonlySet<string> = new Set(['degree', 'masters', 'access', 't-level']);

/** The virtual node every route starts from. */
export const START = '(start)';

/** How a move is made: a graph edge, `open` (from nothing) or `here` (to a node the person starts from). */
export type Via = EdgeKind | 'open' | 'here';

export interface Move {
  from: string;
  to: string;
  via: Via;
}

export interface Context {
  graph: Graph;
  variant: Variant;
  borough: string | undefined;
  details: ReadonlyMap<string, StepDetail>;
  /** Where the person may start; empty means "no qualifications yet". */
  startIds: readonly string[];
}

/** The facts of one move, before any words: what the step takes and what it still needs. */
export interface MoveFacts {
  months: number;
  paid: boolean;
  alsoNeeds: NodeRef[];
}

export const ref = (n: GraphNode): NodeRef => ({ id: n.id, title: n.title });

const prerequisites = (graph: Graph, id: string) => (graph.in.get(id) ?? []).filter((e) => e.kind === 'requires');

/** True when a programme may be suggested at all (not ended; serves the borough, if one is set). */
export function programmeAllowed(ctx: Context, node: GraphNode): boolean {
  if (ctx.details.get(node.id)?.status === 'ended') return false;
  return ctx.borough === undefined || (node.boroughs ?? []).includes(ctx.borough);
}

/** True when a route through this programme earns the local bonus. */
export function isLocal(ctx: Context, node: GraphNode): boolean {
  return node.kind === 'programme' && ctx.variant === 'local' && programmeAllowed(ctx, node);
}

/** The first moves of every route. */
export function startMoves(ctx: Context): Move[] {
  const { graph } = ctx;
  const moves: Move[] = ctx.startIds.map((id) => ({ from: START, to: id, via: 'here' as const }));
  for (const n of graph.nodes) {
    if (n.kind === 'programme') {
      if ((ctx.startIds.length === 0 || ctx.variant === 'local') && programmeAllowed(ctx, n)) moves.push({ from: START, to: n.id, via: 'open' });
    } else if (ctx.startIds.length === 0) {
      const open = n.kind === 'role' ? n.openEntry === true : prerequisites(graph, n.id).length === 0;
      if (open) moves.push({ from: START, to: n.id, via: 'open' });
    }
  }
  return moves;
}

/** The moves out of a node: its outgoing edges, never back into a start node. */
export function movesFrom(ctx: Context, id: string): Move[] {
  if (id === START) return startMoves(ctx);
  return (ctx.graph.out.get(id) ?? [])
    .filter((e) => !ctx.startIds.includes(e.to) && ctx.graph.byId.get(e.to)?.kind !== 'programme')
    .map((e) => ({ from: e.from, to: e.to, via: e.kind }));
}

/** What a move takes, given the nodes the person already has (`had`: earlier on the route). */
export function moveFacts(ctx: Context, move: Move, had: ReadonlySet<string>): MoveFacts {
  const { graph } = ctx;
  const node = graph.byId.get(move.to);
  const from = graph.byId.get(move.from);
  if (!node || move.via === 'here') return { months: 0, paid: false, alsoNeeds: [] };
  if (node.kind === 'programme') return { months: ctx.details.get(node.id)?.months ?? PROGRAMME_MONTHS, paid: node.paid === true, alsoNeeds: [] };
  if (node.kind === 'role') return { months: move.via === 'progresses' ? EXPERIENCE_MONTHS : JOB_MONTHS, paid: true, alsoNeeds: [] };

  let paid = node.paid === true;
  if (move.via === 'trains') paid = true;
  else if (move.via === 'requires' && from?.kind === 'role') paid ||= !FULL_TIME_KINDS.has(node.qualificationKind ?? '');
  else if (move.via === 'offers' && from?.paid) paid = true;

  const alsoNeeds: NodeRef[] = [];
  let months = node.months ?? 0;
  for (const e of prerequisites(graph, node.id)) {
    const pre = graph.byId.get(e.from);
    if (!pre || had.has(pre.id) || pre.id === move.from) continue;
    alsoNeeds.push(ref(pre));
    if (pre.kind === 'qualification' && prerequisites(graph, pre.id).length === 0) months += pre.months ?? 0;
  }
  return { months, paid, alsoNeeds };
}

/** The search weight of a move's facts, for the chosen variant. */
export function factsWeight(ctx: Context, move: Move, facts: MoveFacts): number {
  if (move.via === 'here' && ctx.variant !== 'local') return 0;
  let weight = ctx.variant === 'earn' && !facts.paid ? facts.months * EARN_UNPAID_WEIGHT : facts.months;
  // The local bonus, applied to every first move that does not use a local programme:
  // every route has exactly one first move, so this prefers local routes without negative weights.
  if (ctx.variant === 'local' && move.from === START) {
    const node = ctx.graph.byId.get(move.to);
    if (!node || !isLocal(ctx, node)) weight += LOCAL_BONUS_MONTHS;
  }
  return move.via === 'here' ? weight : weight + STEP_COST;
}
