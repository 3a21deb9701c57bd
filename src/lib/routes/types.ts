/**
 * The route finder's public shapes: what a person asks (`RouteQuery`) and what they get
 * back (`RouteResult`). Plain data only, so a result can be passed to an island as JSON
 * (except `details`, a Map the caller builds on the server).
 */

/**
 * Where a person is now. `node`: a role they work in or a qualification they hold. `nodes`:
 * a journey's starting points, as alternatives (each route begins at one of them, or at a
 * move open to anyone). A starting point counts as done: its own months are not added.
 */
export type Start = { kind: 'nothing' } | { kind: 'node'; id: string } | { kind: 'nodes'; ids: string[] };

/**
 * Which routes come first:
 * - quickest: the fewest months in total.
 * - earn: "earn while you learn": the fewest months without pay, then the fewest months.
 * - local: routes through a programme serving `borough` first, then the quickest others.
 */
export type Variant = 'quickest' | 'earn' | 'local';

export const variants: readonly Variant[] = ['quickest', 'earn', 'local'];

/** Facts about one node that the graph does not carry. Every field is optional. */
export interface StepDetail {
  /** Qualifications: who pays, in plain words (the content's `funding`). */
  funding?: string;
  /** Programmes: what it costs the person ("Free"). Used when `funding` is absent. */
  cost?: string;
  /** Programmes: running, paused, ended or unknown. Ended programmes are never suggested. */
  status?: string;
  /** Programmes: how many months it lasts, when the source gives a length (the default is 2). */
  months?: number;
  /** Programmes: how long it lasts, in the source's words. */
  length?: string;
  /** Programmes: true when residents of every borough can join (the only ones offered when no borough is chosen). */
  wholeArea?: boolean;
  /** Programmes: who can join. */
  who?: WhoCanJoin;
  /** Where the entry's facts come from: its first source with a web address (the entry's page lists them all). */
  source?: StepSource;
}

/** A source a route step cites. */
export interface StepSource {
  title: string;
  url: string;
}

/** Who can join a programme, as the content gives it. */
export interface WhoCanJoin {
  ageMin?: number;
  ageMax?: number;
  employment: 'any' | 'not-working' | 'working';
  /** A group the route finder cannot check ("young women"): never offered in a route. */
  only?: string;
  /** In the source's words. */
  text: string;
  /** The sources give a person no way to apply: never offered. */
  noWayToJoin?: boolean;
}

/** Age bands the route finder may ask about (optional). */
export const ageBands = {
  '16-18': [16, 18],
  '19-24': [19, 24],
  '25-29': [25, 29],
  '30-49': [30, 49],
  '50-64': [50, 64],
  '65+': [65, 120],
} as const satisfies Record<string, readonly [number, number]>;

export type AgeBand = keyof typeof ageBands;
export const isAgeBand = (v: string): v is AgeBand => Object.hasOwn(ageBands, v);

export interface RouteQuery {
  from: Start;
  /** A role id. */
  to: string;
  /** Defaults to 'quickest'. */
  variant?: Variant;
  /** A borough id: only programmes serving it are suggested. Needed for the local variant. */
  borough?: string;
  /** The person's age band, when they give it: programmes with an age limit are only offered when it fits. */
  age?: AgeBand;
  /**
   * A previous job or sector the person comes from (a content/previous-jobs id). It holds no
   * qualification, so routes start as from nothing; it is kept for the link and the words.
   */
  fromPrevious?: string;
  /** How many routes to return at most. Defaults to 3. */
  max?: number;
  details?: Map<string, StepDetail>;
}

/** `experience`: working in a job for a while before the next step (the step's id is that job's). */
export type StepKind = 'study' | 'job' | 'progress' | 'register' | 'programme' | 'experience';

export interface NodeRef {
  id: string;
  title: string;
}

export interface Step {
  /** The node this step arrives at. */
  id: string;
  title: string;
  kind: StepKind;
  /** Months this step takes, including the `alsoNeeds` qualifications it adds. */
  months: number;
  /** True when the person is paid for the whole step. */
  paid: boolean;
  /** The months of this step the person is paid for. */
  paidMonths: number;
  /** Who pays for it, in plain words, when known. */
  funding?: string;
  /** Job and progress steps: what the role pays, when known. */
  pay?: string;
  /** What to do, in plain words. */
  note: string;
  /** Other things this step needs that are not earlier on the route (taken during the step). */
  alsoNeeds?: NodeRef[];
  /** Progress steps: the entry qualification taken on the way (also first in `alsoNeeds`). */
  through?: NodeRef & { kind: 'study' | 'register' };
  /** Induction standards that come with a new job, like the Care Certificate. */
  includes?: NodeRef[];
  /** Where this step's facts come from. */
  source?: StepSource;
}

export interface Route {
  /** The starting point the route begins at, when the query gave one or more. */
  from?: NodeRef;
  steps: Step[];
  months: number;
  paidMonths: number;
  unpaidMonths: number;
  /** Ids of the programmes the route uses. */
  usesLocal: string[];
  /** One plain sentence. */
  summary: string;
}

export type RouteResult =
  | { status: 'ok'; routes: Route[] }
  | { status: 'unreachable'; nearest?: NodeRef; message: string }
  | { status: 'unknown'; message: string };
