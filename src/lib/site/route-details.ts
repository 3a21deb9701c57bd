/** Facts the route finder needs that the graph does not carry, from the content. */
import type { LoadedContent } from '../content/index.ts';
import type { StepDetail } from '../routes/types.ts';

export function routeDetails(content: Pick<LoadedContent, 'roles' | 'qualifications' | 'programmes'>): Map<string, StepDetail> {
  const details = new Map<string, StepDetail>();
  for (const q of content.qualifications) details.set(q.id, { funding: q.data.funding });
  for (const r of content.roles)
    details.set(r.id, { pay: r.data.pay.text.includes(r.data.pay.year) ? r.data.pay.text : `${r.data.pay.text} (${r.data.pay.year})` });
  for (const p of content.programmes) {
    const d: StepDetail = { status: p.data.status };
    if (p.data.cost) d.cost = p.data.cost;
    details.set(p.id, d);
  }
  return details;
}
