/**
 * Fetches the facts the compare and My list pages show (`/shortlist.json`, made by
 * src/pages/shortlist.json.ts), once per page. A failed load is not remembered, so "Try
 * again" starts afresh; a server error page counts as a failure, not as empty data.
 */
import type { ShortlistData, ShortlistRouteData } from '../../lib/shortlist-data';
import { indexShortlist, type ShortlistIndex } from '../../lib/shortlist-view';
import { ui } from '../../lib/ui-strings';
import { h } from './dom';

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

/**
 * The start of both pages: shows `text.loading` in `root`, then loads and indexes the facts.
 * On failure it shows `text.failed` with a "Try again" button that calls `restart`, and
 * gives back nothing.
 */
export async function loadIndexInto(
  root: HTMLElement,
  text: { loading: string; failed: string },
  restart: () => void,
): Promise<{ index: ShortlistIndex; body: HTMLElement; status: HTMLElement } | undefined> {
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const body = h('div', null, h('p', null, text.loading));
  root.replaceChildren(body, status);
  try {
    return { index: indexShortlist(await loadShortlistData()), body, status };
  } catch {
    const retry = h('button', { type: 'button', class: 'button secondary', onclick: restart }, ui.tryAgain);
    body.replaceChildren(h('div', { class: 'island-error', role: 'alert' }, h('p', null, text.failed), retry));
    return undefined;
  }
}
