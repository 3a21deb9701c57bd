/**
 * Local programmes that help with a route: those that offer one of its qualifications or lead
 * to one of its jobs, in the chosen borough (or anywhere), leaving out ended ones.
 */
import type { Graph } from '../graph/graph.ts';
import type { NodeRef, Route, StepDetail } from './types.ts';

export interface LocalHelp extends NodeRef {
  /** The step titles it helps with. */
  helpsWith: string[];
}

export function localHelpFor(
  graph: Graph,
  route: Route,
  options: { borough?: string | undefined; details?: ReadonlyMap<string, StepDetail> } = {},
): LocalHelp[] {
  const found = new Map<string, LocalHelp>();
  for (const step of route.steps) {
    for (const e of graph.in.get(step.id) ?? []) {
      if (e.kind !== 'offers' && e.kind !== 'leads-to') continue;
      const p = graph.byId.get(e.from);
      if (!p || route.usesLocal.includes(p.id)) continue;
      if (options.borough && !(p.boroughs ?? []).includes(options.borough)) continue;
      if (options.details?.get(p.id)?.status === 'ended') continue;
      const entry = found.get(p.id) ?? { id: p.id, title: p.title, helpsWith: [] };
      if (!entry.helpsWith.includes(step.title)) entry.helpsWith.push(step.title);
      found.set(p.id, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.helpsWith.length - a.helpsWith.length || a.title.localeCompare(b.title));
}
