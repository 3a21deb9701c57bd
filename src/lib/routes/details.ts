/** Facts the route finder needs that the graph does not carry, from the content. */
import type { ParsedContent } from '../content/index.ts';
import type { StepDetail, StepSource, WhoCanJoin } from './types.ts';

export function routeDetails(content: Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes' | 'boroughs'>): Map<string, StepDetail> {
  const details = new Map<string, StepDetail>();
  const firstSource = (sources: readonly { title: string; url?: string | undefined }[]): StepSource | undefined => {
    const s = sources.find((x) => x.url);
    return s?.url ? { title: s.title, url: s.url } : undefined;
  };
  const cite = (d: StepDetail, sources: readonly { title: string; url?: string | undefined }[]) => {
    const source = firstSource(sources);
    if (source) d.source = source;
    return d;
  };
  for (const r of content.roles) details.set(r.id, cite({}, r.data.sources));
  for (const q of content.qualifications) details.set(q.id, cite({ funding: q.data.funding }, q.data.sources));
  for (const p of content.programmes) {
    const w = p.data.who_can_join;
    const who: WhoCanJoin = { employment: w.employment, text: w.text };
    if (w.age_min !== undefined) who.ageMin = w.age_min;
    if (w.age_max !== undefined) who.ageMax = w.age_max;
    if (w.only) who.only = w.only;
    if (w.no_way_to_join) who.noWayToJoin = true;
    const d: StepDetail = {
      status: p.data.status,
      cost: p.data.cost,
      length: p.data.length,
      who,
      wholeArea: content.boroughs.every((b) => p.data.boroughs.includes(b.id)),
    };
    if (p.data.months !== undefined) d.months = p.data.months;
    details.set(p.id, cite(d, p.data.sources));
  }
  return details;
}
