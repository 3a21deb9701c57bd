/** The facts the compare and My list pages show, fetched by them when they open (src/lib/shortlist-data.ts). */
import { getSite } from '../data/site';
import { shortlistData } from '../lib/shortlist-data';

export function GET() {
  const { content, graph } = getSite();
  return new Response(JSON.stringify(shortlistData(content, graph)), { headers: { 'content-type': 'application/json' } });
}
