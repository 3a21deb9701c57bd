/**
 * Turns a move and its facts into a `Step` with a plain-English note: what to do, how long
 * it takes and whether you are paid. The words are short sentences a person can act on.
 */
import type { GraphNode } from '../graph/graph.ts';
import type { Step, StepKind } from './types.ts';
import { moveFacts, type Context, type Move, type MoveFacts } from './moves.ts';
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

function noteFor(ctx: Context, move: Move, node: GraphNode, from: GraphNode | undefined, facts: MoveFacts): string {
  const time = aboutMonths(facts.months);
  switch (stepKind(node, move)) {
    case 'job':
      if (move.via === 'open') return `Get a job as ${aRole(node.title)}. You can apply with no qualifications.`;
      if (from?.kind === 'programme') return `Get a job as ${aRole(node.title)}. ${from.title} helps people into this job.`;
      return `Get a job as ${aRole(node.title)}. ${from ? `The ${from.title} gets you in.` : ''}`.trim();
    case 'progress':
      return `Work as ${aRole(from?.title ?? '')} for about a year, then move ${node.level > (from?.level ?? 0) ? 'up' : 'on'} to ${lowerFirst(node.title)}.`;
    case 'programme':
      return `Join ${node.title}, a local programme${programmePlace(ctx, node)}. It takes ${time}${facts.paid ? ' and you are paid' : ''}.`;
    default: {
      let first = `${doQualification(node)}.`;
      if (from?.kind === 'role' && facts.paid) first = `${doQualification(node)} while you work as ${aRole(from.title)}.`;
      else if (from?.kind === 'role') first = `${doQualification(node)}. You need experience as ${aRole(from.title)} first.`;
      else if (from?.kind === 'programme') first = `${doQualification(node)} through ${from.title}.`;
      const pay = facts.paid ? ' You are paid while you do it.' : '';
      const also = facts.alsoNeeds.length ? ` You also need: ${listWords(facts.alsoNeeds.map((n) => n.title))}.` : '';
      return `${first} It takes ${time}.${pay}${also}`;
    }
  }
}

/** The step a move makes, or undefined for the `here` move into a starting point. */
export function makeStep(ctx: Context, move: Move, had: ReadonlySet<string>): Step | undefined {
  const node = ctx.graph.byId.get(move.to);
  if (!node || move.via === 'here') return undefined;
  const from = ctx.graph.byId.get(move.from);
  const facts = moveFacts(ctx, move, had);
  const detail = ctx.details.get(node.id);
  const step: Step = {
    id: node.id,
    title: node.title,
    kind: stepKind(node, move),
    months: facts.months,
    paid: facts.paid,
    note: noteFor(ctx, move, node, from, facts),
  };
  const funding = node.kind === 'programme' ? (detail?.funding ?? detail?.cost) : node.kind === 'qualification' ? detail?.funding : undefined;
  if (funding) step.funding = funding;
  const pay = node.kind === 'role' ? (detail?.pay ?? node.pay) : undefined;
  if (pay) step.pay = pay;
  if (facts.alsoNeeds.length) step.alsoNeeds = facts.alsoNeeds;
  return step;
}
