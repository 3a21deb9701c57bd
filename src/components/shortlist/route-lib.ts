/**
 * The route finder's pure modules, loaded by My list only when the list holds a route (one
 * chunk, fetched on use): a saved route is worked out again from its start and job, so it
 * always follows today's content and the chosen borough.
 */
import { indexGraph } from '../../lib/graph/graph';
import { findRoutes } from '../../lib/routes/find-routes';
import { localHelpFor } from '../../lib/routes/local-help';
import { NOTHING } from '../../lib/routes/search-params';
import type { LocalHelp, RouteResult } from '../../lib/routes/index';
import type { ShortlistRouteData } from '../../lib/shortlist-data';

export interface SavedRoute {
  result: RouteResult;
  help: LocalHelp[];
}

/** Makes a function that works out saved routes on one graph. */
export function routeMaker(data: ShortlistRouteData): (item: { from: string; to: string }, borough: string | undefined) => SavedRoute {
  const graph = indexGraph(data.graph);
  const details = new Map(data.details);
  return (item, borough) => {
    const from = item.from === NOTHING ? ({ kind: 'nothing' } as const) : ({ kind: 'node', id: item.from } as const);
    const working = item.from !== NOTHING && graph.byId.get(item.from)?.kind === 'role';
    const result = findRoutes(graph, { from, to: item.to, variant: 'quickest', details, ...(borough ? { borough } : {}) });
    const best = result.status === 'ok' ? result.routes[0] : undefined;
    const help = best ? localHelpFor(graph, best, { borough, working, details }) : [];
    return { result, help };
  };
}
