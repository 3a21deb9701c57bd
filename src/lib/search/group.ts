/**
 * Groups results by kind for display. Groups come in the order of their best result, so the
 * top hit is always in the first group; within a group the ranking is kept.
 */
import type { SearchKind, SearchResult } from './types.ts';

/** Group headings shown to people (plain English). */
export const kindLabels: Record<SearchKind, string> = {
  role: 'Jobs',
  'previous-job': 'From your last job',
  qualification: 'Qualifications and training',
  programme: 'Local programmes',
  pathway: 'Pathways',
  glossary: 'Word meanings',
};

export interface ResultGroup {
  kind: SearchKind;
  label: string;
  results: SearchResult[];
}

export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  const groups = new Map<SearchKind, ResultGroup>();
  for (const result of results) {
    const kind = result.doc.kind;
    let group = groups.get(kind);
    if (!group) {
      group = { kind, label: kindLabels[kind], results: [] };
      groups.set(kind, group);
    }
    group.results.push(result);
  }
  return [...groups.values()];
}
