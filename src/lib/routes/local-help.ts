/**
 * Local programmes that help with a route: those that offer one of its qualifications or lead
 * to one of its jobs, in the chosen borough (or anywhere), leaving out ended ones.
 */
import type { Graph } from '../graph/graph.ts';
import { programmeAllowed } from './moves.ts';
import type { AgeBand, NodeRef, Route, StepDetail } from './types.ts';

export interface LocalHelp extends NodeRef {
  /** The step titles it helps with. */
  helpsWith: string[];
  /** Who can join, in the source's words. */
  who?: string;
  /** What it costs. */
  cost?: string;
  /** True unless the programme is confirmed as running. */
  unconfirmed?: boolean;
}

export function localHelpFor(
  graph: Graph,
  route: Route,
  options: { borough?: string | undefined; age?: AgeBand | undefined; working?: boolean; details?: ReadonlyMap<string, StepDetail> } = {},
): LocalHelp[] {
  const details = options.details ?? new Map<string, StepDetail>();
  const found = new Map<string, LocalHelp>();
  for (const step of route.steps) {
    for (const e of graph.in.get(step.id) ?? []) {
      if (e.kind !== 'offers' && e.kind !== 'leads-to') continue;
      const p = graph.byId.get(e.from);
      if (!p || route.usesLocal.includes(p.id)) continue;
      // The same rule as routes: never list a programme this person cannot join.
      if (!programmeAllowed({ details, borough: options.borough, age: options.age, working: options.working ?? false }, p)) continue;
      const detail = details.get(p.id);
      const entry: LocalHelp = found.get(p.id) ?? { id: p.id, title: p.title, helpsWith: [] };
      if (detail?.who) entry.who = detail.who.text;
      if (detail?.cost) entry.cost = detail.cost;
      if (detail?.status && detail.status !== 'running') entry.unconfirmed = true;
      if (!entry.helpsWith.includes(step.title)) entry.helpsWith.push(step.title);
      found.set(p.id, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.helpsWith.length - a.helpsWith.length || a.title.localeCompare(b.title));
}
