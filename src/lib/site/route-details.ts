/** Facts the route finder needs that the graph does not carry, from the content. */
import type { ParsedContent } from '../content/index.ts';
import type { StepDetail } from '../routes/types.ts';

export function routeDetails(content: Pick<ParsedContent, 'qualifications' | 'programmes'>): Map<string, StepDetail> {
  const details = new Map<string, StepDetail>();
  for (const q of content.qualifications) details.set(q.id, { funding: q.data.funding });
  for (const p of content.programmes) {
    const d: StepDetail = { status: p.data.status };
    if (p.data.cost) d.cost = p.data.cost;
    details.set(p.id, d);
  }
  return details;
}
