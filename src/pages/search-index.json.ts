/** The search index, built once at build time and fetched by the search box on first use. */
import { getSite } from '../data/site';
import { buildSearchDocuments, buildSearchIndex, serialisePayload } from '../lib/search/index';

export function GET() {
  const { content, graph } = getSite();
  const payload = buildSearchIndex(buildSearchDocuments(content, graph), content.synonyms);
  return new Response(serialisePayload(payload), { headers: { 'content-type': 'application/json' } });
}
