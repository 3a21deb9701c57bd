/**
 * The moves a person can make through the pathway graph, and what each one costs.
 *
 * Moves (every graph edge is a move in its own direction):
 * - from nothing: an open-entry role (a job), a qualification nothing `requires` (study;
 *   never a registration, which always needs something first), or a programme;
 * - qualification: `qualifies` -> role (job), `requires` -> qualification (study / register);
 * - role: `progresses` -> role (progress at work), `trains` -> qualification (study while
 *   paid), `requires` -> qualification (study);
 * - programme: `offers` -> qualification (study), `leads-to` -> role (job).
 * A person who starts somewhere (a role they work in, a qualification they hold) can also
 * make every move open from nothing. Their starting points are never entered again by
 * another move, and programmes have no incoming edges, so they only come first.
 *
 * Time model, in months:
 * - study / register: the qualification's `typical_months`;
 * - job (getting a job): JOB_MONTHS (1). A role reached as a job and then left again counts
 *   no experience of its own: only a `progresses` move counts experience;
 * - progress: EXPERIENCE_MONTHS (12) of experience in the role before moving on. When the
 *   new role is not open entry and has entry qualifications (`qualifies` edges) and none
 *   is earlier on the route, the best of them for the variant is taken after that year,
 *   in work, and its months are added (a care worker becomes a nursing associate through
 *   the apprenticeship, not by experience alone);
 * - programme: the `months` given in `details`, else PROGRAMME_MONTHS (2).
 * Induction standards (kind 'standards', like the Care Certificate) that a role `trains`
 * are part of starting that job: listed in the step's `includes`, no extra months.
 *
 * Pay: jobs and experience are paid. A qualification is paid when it is `paid`
 * (apprenticeships, in-work training), taken through `trains`, taken while in a role
 * unless it is full-time study (FULL_TIME_KINDS), or offered by a paid programme.
 * A programme step is paid when the programme is.
 *
 * Prerequisites: `requires` lists things ALL needed, but a route follows one edge at a
 * time. When a qualification step needs things that are not earlier on the route, they
 * are listed in `alsoNeeds` with their own prerequisites in turn, and the months of every
 * such qualification are added to the step, one after another (paid when the person is
 * in a job or the prerequisite is paid). Roles needed first are listed but not timed.
 * (Timing only prerequisites with none of their own let a registration that needs a
 * degree look like a two-month route, so the whole chain is counted.) A step needing
 * something that is neither held nor reachable from the start is impossible.
 *
 * Programmes: ended programmes (per `details`) are never used. With a borough, only
 * programmes serving that borough are used, in every variant. Outside the local variant,
 * a programme that only leads to things open to all is left out (it would only add
 * months), unless it pays and the variant is `earn`.
 */
import type { EdgeKind, Graph, GraphNode } from '../graph/graph.ts';
import { type AgeBand, ageBands, type NodeRef, type StepDetail, type Variant } from './types.ts';

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
  /** The person's age band, when given. */
  age?: AgeBand | undefined;
  /** True when the person starts in a job (a role), so is in work. */
  working?: boolean;
  /** Where the person may start; empty means "no qualifications yet". All count as held. */
  startIds: readonly string[];
  /**
   * Everything reachable from the start. A step that requires something outside it (and
   * not held) is impossible, like NMC registration for someone with no nursing degree.
   */
  obtainable?: ReadonlySet<string>;
  /**
   * Every node from which the target can be reached (the target included). Moves into other
   * nodes can never be part of a route, so the search never looks at them: on a national
   * graph most of the graph is pruned before the search starts.
   */
  toward?: ReadonlySet<string>;
}

/** The nodes from which `target` can be reached by following edges forwards (a reverse search). */
export function nodesToward(graph: Graph, target: string): Set<string> {
  const seen = new Set([target]);
  const queue = [target];
  for (let i = 0; i < queue.length; i++) {
    for (const e of graph.in.get(queue[i]!) ?? []) {
      if (seen.has(e.from)) continue;
      seen.add(e.from);
      queue.push(e.from);
    }
  }
  return seen;
}

/** The facts of one move, before any words: what the step takes and what it still needs. */
export interface MoveFacts {
  months: number;
  /** The part of `months` the person is paid for. */
  paidMonths: number;
  alsoNeeds: NodeRef[];
  /** Progress steps into a role with entry qualifications: the one taken on the way. */
  entry?: GraphNode;
  /** Induction standards gained in a new job (see `inductions`). */
  includes: NodeRef[];
  /** True when a prerequisite can be neither held nor reached: the move is impossible. */
  blocked?: boolean;
}

export const ref = (n: GraphNode): NodeRef => ({ id: n.id, title: n.title });

/** What is needed first, all of it (`requires`). */
const prerequisites = (graph: Graph, id: string) => (graph.in.get(id) ?? []).filter((e) => e.kind === 'requires' && !e.any);
/** What is needed first, any one of it (`requires_any`). */
const anyOf = (graph: Graph, id: string) => (graph.in.get(id) ?? []).filter((e) => e.kind === 'requires' && e.any);

/**
 * True when a programme may be suggested to this person: it has not ended; they live in a
 * borough it serves (with no borough chosen, only programmes open to every borough); and
 * nothing it asks of who can join rules them out. A condition the route finder cannot
 * check (a group such as "young women") or an age limit with no age given keeps it out:
 * when unsure, say less.
 */
export function programmeAllowed(ctx: Pick<Context, 'details' | 'borough' | 'age' | 'working'>, node: GraphNode): boolean {
  const detail = ctx.details.get(node.id);
  if (detail?.status === 'ended') return false;
  if (ctx.borough !== undefined ? !(node.boroughs ?? []).includes(ctx.borough) : detail?.wholeArea !== true) return false;
  const who = detail?.who;
  if (!who) return true;
  if (who.only || who.noWayToJoin) return false;
  if (who.ageMin !== undefined || who.ageMax !== undefined) {
    if (!ctx.age) return false;
    const [low, high] = ageBands[ctx.age];
    if ((who.ageMin !== undefined && low < who.ageMin) || (who.ageMax !== undefined && high > who.ageMax)) return false;
  }
  if (who.employment === 'not-working' && ctx.working === true) return false;
  return true;
}

/**
 * A route step is advice people act on: only a programme confirmed as running becomes one
 * (lists of local help may still show others, marked "check it is still running").
 */
function runningOrUnstated(ctx: Context, node: GraphNode): boolean {
  const status = ctx.details.get(node.id)?.status;
  return status === undefined || status === 'running';
}

/** True when a route through this programme earns the local bonus. */
export function isLocal(ctx: Context, node: GraphNode): boolean {
  return node.kind === 'programme' && ctx.variant === 'local' && programmeAllowed(ctx, node);
}

/** True when anyone can take this role or qualification with nothing: no programme needed. */
function openToAll(graph: Graph, n: GraphNode): boolean {
  if (n.kind === 'role') return n.openEntry === true;
  return n.kind === 'qualification' && n.qualificationKind !== 'registration' && prerequisites(graph, n.id).length === 0 && anyOf(graph, n.id).length === 0;
}

/**
 * A programme only worth suggesting outside the local variant: one that leads somewhere
 * not open to all, or (for `earn`) pays. Others only add months to a direct route.
 */
function programmeHelps(ctx: Context, p: GraphNode): boolean {
  if (ctx.variant === 'local' || (ctx.variant === 'earn' && p.paid)) return true;
  return (ctx.graph.out.get(p.id) ?? []).some((e) => {
    const n = ctx.graph.byId.get(e.to);
    return n !== undefined && !openToAll(ctx.graph, n);
  });
}

/**
 * The first moves of every route: into each starting point (`here`, no time), and the moves
 * open to anyone with nothing (having something never takes options away).
 */
export function startMoves(ctx: Context): Move[] {
  const { graph } = ctx;
  const moves: Move[] = ctx.startIds.map((id) => ({ from: START, to: id, via: 'here' as const }));
  for (const n of graph.nodes) {
    if (ctx.startIds.includes(n.id) || (ctx.toward && !ctx.toward.has(n.id))) continue;
    const open = n.kind === 'programme' ? programmeAllowed(ctx, n) && runningOrUnstated(ctx, n) && programmeHelps(ctx, n) : openToAll(graph, n);
    if (open) moves.push({ from: START, to: n.id, via: 'open' });
  }
  return moves;
}

/** The moves out of a node: its outgoing edges, never back into a start node. */
export function movesFrom(ctx: Context, id: string): Move[] {
  if (id === START) return startMoves(ctx);
  return (ctx.graph.out.get(id) ?? [])
    .filter((e) => !ctx.startIds.includes(e.to) && (!ctx.toward || ctx.toward.has(e.to)) && ctx.graph.byId.get(e.to)?.kind !== 'programme')
    .map((e) => ({ from: e.from, to: e.to, via: e.kind }));
}

/**
 * The qualifications still needed before `id`, prerequisites first (post-order), appended to
 * `taken`. `requires` (all) must each be held, on the route or taken; each `requires_any`
 * choice needs one of its options: the one that adds the fewest months is taken. A job
 * needed first (a role) cannot be taken on the side: unless it is held or where the move
 * comes from, the move is blocked (an in-work apprenticeship comes after a job). Returns
 * false when blocked.
 */
function neededBefore(ctx: Context, id: string, had: ReadonlySet<string>, from: string, taken: string[], visiting: ReadonlySet<string>): boolean {
  if (visiting.has(id)) return false;
  const inside = new Set([...visiting, id]);
  const held = (x: string) => x === from || had.has(x) || taken.includes(x);
  const take = (pre: string, into: string[]): boolean => {
    const node = ctx.graph.byId.get(pre);
    if (node?.kind !== 'qualification') return false;
    if (ctx.obtainable && !ctx.obtainable.has(pre)) return false;
    if (!neededBefore(ctx, pre, had, from, into, inside)) return false;
    into.push(pre);
    return true;
  };
  for (const e of prerequisites(ctx.graph, id)) {
    if (held(e.from)) continue;
    if (!take(e.from, taken)) return false;
  }
  const groups = new Map<number, string[]>();
  for (const e of anyOf(ctx.graph, id)) groups.set(e.group ?? 0, [...(groups.get(e.group ?? 0) ?? []), e.from]);
  for (const options of groups.values()) {
    if (options.some(held)) continue;
    let best: { list: string[]; months: number } | undefined;
    for (const option of options) {
      const trial = [...taken];
      if (!take(option, trial)) continue;
      const months = trial.slice(taken.length).reduce((t, q) => t + (ctx.graph.byId.get(q)?.months ?? 0), 0);
      if (!best || months < best.months) best = { list: trial, months };
    }
    if (!best) return false;
    taken.splice(0, taken.length, ...best.list);
  }
  return true;
}

/**
 * A qualification taken now. `working`: the person is in a job (the previous node is a
 * role), so anything that is not full-time study is paid, and so are the missing simple
 * prerequisites taken alongside. `paidAnyway`: in-work training or a paid programme.
 * What is still needed first is listed in `alsoNeeds`, prerequisites first, and timed.
 */
function qualificationFacts(ctx: Context, q: GraphNode, had: ReadonlySet<string>, from: string, working: boolean, paidAnyway: boolean): MoveFacts {
  const paid = q.paid === true || paidAnyway || (working && !FULL_TIME_KINDS.has(q.qualificationKind ?? ''));
  let months = q.months ?? 0;
  let paidMonths = paid ? months : 0;
  const taken: string[] = [];
  if (!neededBefore(ctx, q.id, had, from, taken, new Set())) return { months, paidMonths, alsoNeeds: [], includes: [], blocked: true };
  const alsoNeeds: NodeRef[] = [];
  for (const id of taken) {
    const pre = ctx.graph.byId.get(id);
    if (!pre) continue;
    alsoNeeds.push(ref(pre));
    months += pre.months ?? 0;
    if (pre.paid || (working && !FULL_TIME_KINDS.has(pre.qualificationKind ?? ''))) paidMonths += pre.months ?? 0;
  }
  return { months, paidMonths, alsoNeeds, includes: [] };
}

/** Induction standards (kind 'standards', like the Care Certificate) a role trains every new starter in. */
export function inductions(ctx: Context, roleId: string, had: ReadonlySet<string>): NodeRef[] {
  return (ctx.graph.out.get(roleId) ?? [])
    .filter((e) => e.kind === 'trains' && !had.has(e.to))
    .map((e) => ctx.graph.byId.get(e.to))
    .filter((n): n is GraphNode => n?.qualificationKind === 'standards')
    .map(ref);
}

/** Search weight of a step's months for the variant (before the local bonus). */
export function monthsWeight(ctx: Context, months: number, paidMonths: number): number {
  return ctx.variant === 'earn' ? paidMonths + (months - paidMonths) * EARN_UNPAID_WEIGHT : months;
}

/**
 * A progress move into a role that is not open entry and has entry qualifications: the
 * person still needs one of them. Unless one is already held, the best one for the
 * variant is taken after the year of experience (in work, so paid unless full-time).
 */
function progressFacts(ctx: Context, role: GraphNode, from: string, had: ReadonlySet<string>): MoveFacts {
  const base: MoveFacts = { months: EXPERIENCE_MONTHS, paidMonths: EXPERIENCE_MONTHS, alsoNeeds: [], includes: [] };
  const entries = (ctx.graph.in.get(role.id) ?? []).filter((e) => e.kind === 'qualifies').map((e) => ctx.graph.byId.get(e.from));
  if (role.openEntry || !entries.length || entries.some((q) => q && had.has(q.id))) return base;
  let best: { facts: MoveFacts; q: GraphNode; w: number } | undefined;
  for (const q of entries) {
    if (!q) continue;
    const f = qualificationFacts(ctx, q, had, from, true, false);
    if (f.blocked) continue;
    const w = monthsWeight(ctx, f.months, f.paidMonths);
    if (!best || w < best.w) best = { facts: f, q, w };
  }
  if (!best) return { ...base, blocked: true };
  const { facts, q } = best;
  return {
    months: base.months + facts.months,
    paidMonths: base.paidMonths + facts.paidMonths,
    alsoNeeds: [...facts.alsoNeeds, ref(q)],
    entry: q,
    includes: [],
  };
}

/** What a move takes, given the nodes the person already has (`had`: earlier on the route). */
export function moveFacts(ctx: Context, move: Move, had: ReadonlySet<string>): MoveFacts {
  const { graph } = ctx;
  const node = graph.byId.get(move.to);
  const from = graph.byId.get(move.from);
  if (!node || move.via === 'here') return { months: 0, paidMonths: 0, alsoNeeds: [], includes: [] };
  if (node.kind === 'programme') {
    const months = ctx.details.get(node.id)?.months ?? PROGRAMME_MONTHS;
    return { months, paidMonths: node.paid ? months : 0, alsoNeeds: [], includes: [] };
  }
  if (node.kind === 'role') {
    const facts =
      move.via === 'progresses' ? progressFacts(ctx, node, move.from, had) : { months: JOB_MONTHS, paidMonths: JOB_MONTHS, alsoNeeds: [], includes: [] };
    return { ...facts, includes: inductions(ctx, node.id, had) };
  }
  const working = from?.kind === 'role' || ctx.working === true;
  const paidAnyway = move.via === 'trains' || (move.via === 'offers' && from?.paid === true);
  return qualificationFacts(ctx, node, had, move.from, working, paidAnyway);
}

/** The search weight of a move's facts, for the chosen variant (Infinity when blocked). */
export function factsWeight(ctx: Context, move: Move, facts: MoveFacts): number {
  if (facts.blocked) return Infinity;
  if (move.via === 'here' && ctx.variant !== 'local') return 0;
  let weight = monthsWeight(ctx, facts.months, facts.paidMonths);
  // The local bonus, applied to every first move that does not use a local programme:
  // every route has exactly one first move, so this prefers local routes without negative weights.
  if (ctx.variant === 'local' && move.from === START) {
    const node = ctx.graph.byId.get(move.to);
    if (!node || !isLocal(ctx, node)) weight += LOCAL_BONUS_MONTHS;
  }
  return move.via === 'here' ? weight : weight + STEP_COST;
}
