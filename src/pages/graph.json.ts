/** The whole pathway graph as JSON, for other services and for people who want the data. */
import { getSite } from '../data/site';
import { graphData } from '../lib/graph/graph';

export function GET() {
  const { graph, content } = getSite();
  const body = {
    generated: new Date().toISOString().slice(0, 10),
    pathways: content.pathways.map((p) => ({ id: p.id, title: p.data.title, colour: p.data.colour, steps: p.data.steps })),
    boroughs: content.boroughs,
    ...graphData(graph),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}
