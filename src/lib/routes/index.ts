/**
 * The route finder: "I am here; how do I get there, how long will it take, what will it
 * cost, can I earn while I learn, what local help is there?" Pure: graph and query in,
 * plain data out. See moves.ts for the moves and the time model.
 */
export { findRoutes, startIds, DEFAULT_MAX } from './find-routes.ts';
export { describeRoute, describeEarning, describeTime, routeSummary, formatMonths, type RouteDescription } from './describe.ts';
export { routeToSearchParams, routeFromSearchParams, NOTHING, type ParsedRouteParams } from './search-params.ts';
export { JOB_MONTHS, EXPERIENCE_MONTHS, PROGRAMME_MONTHS, EARN_UNPAID_WEIGHT, LOCAL_BONUS_MONTHS } from './moves.ts';
export { kShortestPaths, shortestPaths, type WeightedPath, type Arc, type Neighbours } from './yen.ts';
export * from './types.ts';
export { localHelpFor, type LocalHelp } from './local-help.ts';
