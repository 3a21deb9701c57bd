/**
 * Turns a move and its facts into a `Step` with a plain-English note: what to do, how long
 * it takes and whether you are paid. The words are short sentences a person can act on.
 */
import type { GraphNode } from '../graph/graph.ts';
import type { Step, StepKind } from './types.ts';
import { EXPERIENCE_MONTHS, FULL_TIME_KINDS, moveFacts, type Context, type Move, type MoveFacts } from './moves.ts';
import type { NodeRef } from './types.ts';
import { aRole, aboutMonths, boroughName, listWords, lowerFirst } from './text.ts';

function stepKind(node: GraphNode, move: Move): StepKind {
  if (node.kind === 'programme') return 'programme';
  if (node.kind === 'role') return move.via === 'progresses' ? 'progress' : 'job';
  return node.qualificationKind === 'registration' ? 'register' : 'study';
}

/** "Take the Care Certificate", "Pass the English language test", "Apply for NMC registration". */
function doQualification(node: GraphNode): string {
  switch (node.qualificationKind) {
    case 'registration':
      return `Apply for ${node.title}`;
    case 'test':
      return `Pass the ${node.title}`;
    case 'check':
      return `Get a ${lowerFirst(node.title)}`;
    default:
      return `Take the ${node.title}`;
  }
}

/** Where a programme helps people: the chosen borough, or its own list when short. */
function programmePlace(ctx: Context, node: GraphNode): string {
  if (ctx.borough && (node.boroughs ?? []).includes(ctx.borough)) return ` for ${boroughName(ctx.borough)} residents`;
  const boroughs = node.boroughs ?? [];
  if (boroughs.length && boroughs.length <= 3) return ` for residents of ${listWords(boroughs.map(boroughName))}`;
  return boroughs.length ? ' for residents of several central London boroughs' : '';
}

/** " You also need: A and B." or ''. */
const also = (items: readonly { title: string }[]) => (items.length ? ` You also need: ${listWords(items.map((n) => n.title))}.` : '');

/** " You take the Care Certificate in your first weeks." or ''. */
const induction = (facts: MoveFacts) => (facts.includes.length ? ` You take the ${listWords(facts.includes.map((n) => n.title))} in your first weeks.` : '');

function progressNote(node: GraphNode, from: GraphNode | undefined, facts: MoveFacts): string {
  const move = `move ${node.level > (from?.level ?? 0) ? 'up' : 'on'} to ${lowerFirst(node.title)}`;
  const work = `Work as ${aRole(from?.title ?? '')} for about a year`;
  if (!facts.entry) return `${work}, then ${move}.${induction(facts)}`;
  const entryMonths = facts.months - EXPERIENCE_MONTHS;
  const paid = facts.paidMonths > EXPERIENCE_MONTHS ? ' You can be paid while you train.' : '';
  return `${work}. Then ${lowerFirst(doQualification(facts.entry))} (${aboutMonths(entryMonths)}) to ${move}.${paid}${also(facts.alsoNeeds.slice(0, -1))}${induction(facts)}`;
}

function studyNote(node: GraphNode, from: GraphNode | undefined, facts: MoveFacts): string {
  let first = `${doQualification(node)}.`;
  const paidThroughout = facts.months > 0 && facts.paidMonths >= facts.months;
  if (from?.kind === 'role' && paidThroughout) first = `${doQualification(node)} while you work as ${aRole(from.title)}.`;
  else if (from?.kind === 'role') first = `${doQualification(node)}. You need experience as ${aRole(from.title)} first.`;
  else if (from?.kind === 'programme') first = `${doQualification(node)} through ${from.title}.`;
  const pay = paidThroughout
    ? ' You are paid while you do it.'
    : facts.paidMonths > 0
      ? ` You can be paid for ${Math.round(facts.paidMonths)} of those months.`
      : '';
  return `${first} It takes ${aboutMonths(facts.months)}.${pay}${also(facts.alsoNeeds)}`;
}

function noteFor(ctx: Context, move: Move, node: GraphNode, from: GraphNode | undefined, facts: MoveFacts): string {
  switch (stepKind(node, move)) {
    case 'job':
      if (move.via === 'open') return `Get a job as ${aRole(node.title)}. You can apply with no qualifications.${induction(facts)}`;
      if (from?.kind === 'programme') return `Get a job as ${aRole(node.title)}. ${from.title} helps people into this job.${induction(facts)}`;
      return `Get a job as ${aRole(node.title)}.${from ? ` The ${from.title} gets you in.` : ''}${induction(facts)}`;
    case 'progress':
      return progressNote(node, from, facts);
    case 'programme': {
      const detail = ctx.details.get(node.id);
      const length = detail?.length ? ` It lasts ${lowerFirst(detail.length).replace(/\.$/, '')}.` : ` It takes ${aboutMonths(facts.months)}.`;
      const who = detail?.who ? ` Who can join: ${detail.who.text.replace(/\.$/, '')}.` : '';
      return `Join ${node.title}, a local programme${programmePlace(ctx, node)}.${who}${length}${facts.paidMonths > 0 ? ' You are paid while you do it.' : ''}`;
    }
    default:
      return studyNote(node, from, facts);
  }
}

/**
 * The step a move makes, or undefined for the `here` move into a starting point.
 * `next`: the following node on the route, left out of `includes` (it is its own step).
 */
export function makeStep(ctx: Context, move: Move, had: ReadonlySet<string>, next?: string): Step | undefined {
  const node = ctx.graph.byId.get(move.to);
  if (!node || move.via === 'here') return undefined;
  const from = ctx.graph.byId.get(move.from);
  const raw = moveFacts(ctx, move, had);
  const facts = { ...raw, includes: raw.includes.filter((n) => n.id !== next) };
  const detail = ctx.details.get(node.id);
  const step: Step = {
    id: node.id,
    title: node.title,
    kind: stepKind(node, move),
    months: facts.months,
    paid: facts.months > 0 ? facts.paidMonths >= facts.months : node.kind === 'role',
    paidMonths: facts.paidMonths,
    note: noteFor(ctx, move, node, from, facts),
  };
  const fundingOf = (id: string) => ctx.details.get(id)?.funding;
  const funding =
    node.kind === 'programme'
      ? (detail?.funding ?? detail?.cost)
      : node.kind === 'qualification'
        ? detail?.funding
        : facts.entry
          ? fundingOf(facts.entry.id)
          : undefined;
  if (funding) step.funding = funding;
  const pay = node.kind === 'role' ? node.pay?.text : undefined;
  if (pay) step.pay = pay;
  if (facts.alsoNeeds.length) step.alsoNeeds = facts.alsoNeeds;
  if (facts.entry)
    step.through = { id: facts.entry.id, title: facts.entry.title, kind: facts.entry.qualificationKind === 'registration' ? 'register' : 'study' };
  if (facts.includes.length) step.includes = facts.includes;
  const source = detail?.source;
  if (source) step.source = source;
  return step;
}

/** A step for a qualification needed before the next one (its own time, pay and funding). */
function prerequisiteStep(ctx: Context, ref: NodeRef, before: string, working: boolean): Step | undefined {
  const node = ctx.graph.byId.get(ref.id);
  if (!node) return undefined;
  const months = node.months ?? 0;
  const paid = node.paid === true || (working && !FULL_TIME_KINDS.has(node.qualificationKind ?? ''));
  const pay = paid ? ' You can be paid while you do it.' : '';
  const step: Step = {
    id: node.id,
    title: node.title,
    kind: node.qualificationKind === 'registration' ? 'register' : 'study',
    months,
    paid: months > 0 ? paid : false,
    paidMonths: paid ? months : 0,
    note: `${doQualification(node)}. It takes ${aboutMonths(months)}. You need it before ${before}.${pay}`,
  };
  const funding = ctx.details.get(node.id)?.funding;
  if (funding) step.funding = funding;
  const source = ctx.details.get(node.id)?.source;
  if (source) step.source = source;
  return step;
}

/**
 * One move as the steps a person takes, in order: what it still needs first becomes steps
 * of their own (prerequisites first), so a route never hides Level 3 study, English and
 * maths, or a registration inside another step. A move up at work that needs a
 * qualification reads: a year of experience, the qualification (and what it needs), then
 * the new job. Months and paid months add up to the move's own.
 */
export function expandStep(ctx: Context, move: Move, step: Step): Step[] {
  const needs = step.alsoNeeds ?? [];
  if (!needs.length) return [step];
  const node = ctx.graph.byId.get(move.to);
  const from = ctx.graph.byId.get(move.from);
  if (!node) return [step];
  const working = step.kind === 'progress' || from?.kind === 'role' || ctx.working === true;
  const nextTitle = step.kind === 'progress' ? `the next step` : `the ${node.title}`;
  const pre = needs
    .map((n, i) => prerequisiteStep(ctx, n, needs[i + 1] ? `the ${needs[i + 1]!.title}` : nextTitle, working))
    .filter((x): x is Step => x !== undefined);
  const used = pre.reduce((t, x) => t + x.months, 0);
  const usedPaid = pre.reduce((t, x) => t + x.paidMonths, 0);
  if (step.kind === 'progress' && from) {
    const experience: Step = {
      id: from.id,
      title: from.title,
      kind: 'experience',
      months: EXPERIENCE_MONTHS,
      paid: true,
      paidMonths: EXPERIENCE_MONTHS,
      note: `Work as ${aRole(from.title)} for about a year. Employers usually ask for this experience before the next step.`,
    };
    const months = Math.max(0, step.months - EXPERIENCE_MONTHS - used);
    const job: Step = {
      id: step.id,
      title: step.title,
      kind: 'job',
      months,
      paid: true,
      paidMonths: months,
      note: `Get a job as ${aRole(node.title)}. Your employer may move you up.${step.includes?.length ? ` You take the ${listWords(step.includes.map((n) => n.title))} in your first weeks.` : ''}`,
    };
    if (step.pay) job.pay = step.pay;
    if (step.includes) job.includes = step.includes;
    if (step.source) job.source = step.source;
    return [experience, ...pre, job];
  }
  const months = Math.max(0, step.months - used);
  const paidMonths = Math.max(0, step.paidMonths - usedPaid);
  const facts: MoveFacts = { months, paidMonths, alsoNeeds: [], includes: step.includes ?? [] };
  const own: Step = { ...step, months, paidMonths, paid: months > 0 ? paidMonths >= months : step.paid, note: noteFor(ctx, move, node, from, facts) };
  delete own.alsoNeeds;
  return [...pre, own];
}
