/**
 * Plain-English text for a route: its one-sentence summary, and the answers to "how long
 * will it take, can I earn while I learn, what will it cost, what local help is there?".
 */
import type { Route, Step } from './types.ts';
import { aRole, aboutMonths, formatMonths, lowerFirst, roundMonths } from './text.ts';

export { formatMonths } from './text.ts';

export interface RouteDescription {
  /** "About 3 years 2 months in total." */
  time: string;
  /** "You can earn for 30 of those months." */
  earning: string;
  /** One line per step with known funding: "Care Certificate: Your employer provides it ...". */
  funding: string[];
  /** "Local help on this route: Camden Academy." or '' when it uses none. */
  local: string;
  /** The step notes, in order. */
  steps: string[];
}

/** How a step reads inside the summary sentence. */
function phrase(step: Step): string {
  switch (step.kind) {
    case 'job':
      return `get a job as ${aRole(step.title)}`;
    case 'progress':
      if (!step.through) return `move up to ${lowerFirst(step.title)} after about a year`;
      return `after about a year ${step.through.kind === 'register' ? 'apply for' : 'take the'} ${step.through.title} to move up to ${lowerFirst(step.title)}`;
    case 'experience':
      return `work as ${aRole(step.title)} for about a year`;
    case 'programme':
      return `join ${step.title}`;
    case 'register':
      return `apply for ${step.title}`;
    default:
      return `take the ${step.title}`;
  }
}

function joinThen(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, then ${parts[parts.length - 1] ?? ''}`;
}

/** "paid the whole time", "paid for 30 of those months", "unpaid". */
function payPhrase(paidMonths: number, months: number): string {
  const paid = Math.round(paidMonths);
  if (months > 0 && paidMonths >= months) return 'paid the whole time';
  if (paid <= 0) return 'unpaid';
  return `paid for ${paid} of those months`;
}

/**
 * One plain sentence: "Become a nursing associate in about 2 years 5 months: get a job as
 * a care worker, then take the Nursing associate apprenticeship (paid the whole time)."
 */
export function routeSummary(steps: readonly Step[], targetTitle: string, months: number, paidMonths: number): string {
  const last = steps[steps.length - 1];
  const lead = `Become ${aRole(targetTitle)} in ${aboutMonths(months)}`;
  if (!last) return `You already work as ${aRole(targetTitle)}.`;
  const before = last.kind === 'job' ? steps.slice(0, -1) : steps;
  const parts = before.map(phrase);
  if (!parts.length) {
    const open = last.note.includes('no qualifications');
    return `${lead}: ${open ? 'you can apply with no qualifications' : 'you can apply now'}.`;
  }
  return `${lead}: ${joinThen(parts)} (${payPhrase(paidMonths, months)}).`;
}

/** "You can earn for 30 of those months." and its variants. */
export function describeEarning(route: Pick<Route, 'months' | 'paidMonths'>): string {
  const paid = Math.round(route.paidMonths);
  if (route.months <= 0) return '';
  if (route.paidMonths >= route.months) return 'You can earn the whole time.';
  if (paid <= 0) return 'You are not paid on this route: look for a paid or part-time option.';
  return `You can earn for ${paid === 1 ? '1 month' : `${paid} of those months`}.`;
}

/** "About 3 years 2 months in total." */
export function describeTime(months: number): string {
  return months <= 0 ? 'You are already there.' : `About ${formatMonths(roundMonths(months))} in total.`;
}

export function describeRoute(route: Route): RouteDescription {
  const programmes = route.steps.filter((s) => route.usesLocal.includes(s.id)).map((s) => s.title);
  return {
    time: describeTime(route.months),
    earning: describeEarning(route),
    funding: route.steps.filter((s) => s.funding).map((s) => `${s.title}: ${s.funding ?? ''}`),
    local: programmes.length ? `Local help on this route: ${programmes.join(', ')}.` : '',
    steps: route.steps.map((s) => s.note),
  };
}
