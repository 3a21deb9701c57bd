/**
 * Small ranking helpers for the searcher: the filters, and a fast "k best by score".
 */
import type { SearchDoc, SearchFilters } from './types.ts';

/** Whether a document passes the filters. Exported for tests and for "browse" pages. */
export function passes(doc: SearchDoc, filters: SearchFilters): boolean {
  if (filters.kinds?.length && !filters.kinds.includes(doc.kind)) return false;
  if (filters.sector && filters.sector !== 'both') {
    if (doc.sector !== filters.sector && doc.sector !== 'both') return false;
  } else if (filters.sector === 'both' && !doc.sector) return false;
  if (filters.level !== undefined && doc.level !== filters.level) return false;
  if (filters.borough && doc.kind === 'programme' && !(doc.boroughs ?? []).includes(filters.borough)) return false;
  return true;
}

/**
 * The k best ids by score, best first; ties broken by `tie`. Finds the k-th best score with a
 * numeric typed-array sort first, so only about k ids go through the comparator sort.
 */
export function topByScore(ids: readonly number[], score: Float64Array, k: number, tie: (a: number, b: number) => number = (a, b) => a - b): number[] {
  let pool = ids;
  if (ids.length > k * 4) {
    const values = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) values[i] = score[ids[i] as number] as number;
    values.sort();
    const kth = values[values.length - k] as number;
    pool = ids.filter((d) => (score[d] as number) >= kth);
  }
  return [...pool].sort((a, b) => (score[b] as number) - (score[a] as number) || tie(a, b)).slice(0, k);
}
