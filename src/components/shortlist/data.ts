/**
 * Fetches the facts the compare and My list pages show (`/shortlist.json`, made by
 * src/pages/shortlist.json.ts), once per page. A failed load is not remembered, so "Try
 * again" starts afresh; a server error page counts as a failure, not as empty data.
 */
import type { ShortlistData, ShortlistRouteData } from '../../lib/shortlist-data';

const pending = new Map<string, Promise<unknown>>();

function load<T>(url: string): Promise<T> {
  const had = pending.get(url);
  if (had) return had as Promise<T>;
  const attempt = fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url} answered ${r.status}`))));
  pending.set(url, attempt);
  attempt.catch(() => pending.delete(url));
  return attempt;
}

export const loadShortlistData = (): Promise<ShortlistData> => load<ShortlistData>('/shortlist.json');
export const loadRouteData = (): Promise<ShortlistRouteData> => load<ShortlistRouteData>('/shortlist-routes.json');
