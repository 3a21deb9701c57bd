/** The graph for working out saved routes on My list, fetched only when a list holds a route. */
import { getSite } from '../data/site';
import { shortlistRouteData } from '../lib/shortlist-data';

export function GET() {
  const { content, graph } = getSite();
  return new Response(JSON.stringify(shortlistRouteData(content, graph)), { headers: { 'content-type': 'application/json' } });
}
