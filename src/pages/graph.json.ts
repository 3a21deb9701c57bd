/** The whole pathway graph as JSON, for other services and for people who want the data (also at /data/graph.json). */
import { getSite } from '../data/site';
import { graphDocument } from '../lib/open-data/downloads';

export function GET() {
  const { graph, content } = getSite();
  const body = graphDocument(content, graph, new Date().toISOString().slice(0, 10));
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}
