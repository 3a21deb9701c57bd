/**
 * The self-check as the island gets it: plain, serialisable data made at build time from
 * content/self-check.yaml, the roles and the graph (model.ts), scored in the browser
 * (score.ts). Nothing here is a verdict: answers only lean towards or away from traits.
 */

/** One answer: its words, and the trait ids it leans towards or away from. */
export interface ModelAnswer {
  text: string;
  towards: string[];
  away: string[];
}

/** A value an employer looks for, with the framework it comes from. */
export interface ModelValue {
  name: string;
  from: string;
}

export interface ModelSituation {
  id: string;
  title: string;
  text: string;
  /** The same in simple English, shown when Simple English is on. */
  simple: string;
  values: ModelValue[];
  answers: ModelAnswer[];
}

/** A trait with the roles it applies to, already worked out (traits.ts). */
export interface ModelTrait {
  id: string;
  /** One plain sentence about a job with this trait: a reason, or something to think about. */
  about: string;
  roles: string[];
}

/** What the results show of a role: the graph's words for level and pay, and its own hard parts. */
export interface ModelRole {
  id: string;
  title: string;
  href: string;
  family: string;
  /** "Entry level", "Level 3", ... from the graph. */
  levelLabel: string;
  /** The graph's pay text, with its year. */
  pay: string;
  /** The role's own hard parts (a realistic job preview). */
  hard: string[];
  /** True when you can start with no experience (the role's `no-experience` tag). */
  noExperience: boolean;
}

export interface SelfCheckModel {
  situations: ModelSituation[];
  traits: ModelTrait[];
  roles: ModelRole[];
}

/** The answer chosen for each situation, by index; undefined where it was skipped. */
export type Answers = readonly (number | undefined)[];

/** One answer that points at (or away from) a role, with what the role involves. */
export interface Lean {
  /** The situation's short title. */
  situation: string;
  /** The answer, in the person's words. */
  answer: string;
  /** What the role involves, for each trait the answer named (one sentence each). */
  about: string[];
}

export interface Suggestion {
  role: ModelRole;
  /** Answers that point here. */
  reasons: Lean[];
  /** Answers that lean away from something this role involves: to think about, never a fail. */
  concerns: Lean[];
  /** True when no answer points here: offered because you can start with no experience. */
  startingPoint: boolean;
}

export interface SelfCheckResult {
  /** 3 to 6 roles, never one verdict. */
  suggestions: Suggestion[];
  /** How many situations were answered. */
  answered: number;
}
