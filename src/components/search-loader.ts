/**
 * Loads the search index and the searcher module (Fuse) together, once, for the islands that
 * search: the header box, the /search/ page and the route finder's place pickers. A failed
 * load is not remembered, so the next call (a "Try again" button) starts afresh; a server
 * error (a 500 page instead of JSON) counts as a failure, not as an empty index.
 *
 * The searcher module comes through `loadModule`: a dynamic import by default (the header box
 * and the route finder load Fuse only when someone searches); the /search/ page, which always
 * searches, imports it statically so it downloads with the island, not after it.
 */
import type { Searcher } from '../lib/search/searcher.ts';
import type { SearchPayload } from '../lib/search/types.ts';

export type LoadSearcher = () => Promise<Searcher>;

type SearcherModule = Pick<typeof import('../lib/search/searcher.ts'), 'createSearcher'>;

export function searcherLoader(indexUrl: string, loadModule: () => Promise<SearcherModule> = () => import('../lib/search/searcher.ts')): LoadSearcher {
  let pending: Promise<Searcher> | undefined;
  return () => {
    if (pending) return pending;
    const attempt = Promise.all([
      fetch(indexUrl).then((r) => (r.ok ? (r.json() as Promise<SearchPayload>) : Promise.reject(new Error(`${indexUrl} answered ${r.status}`)))),
      loadModule(),
    ]).then(([payload, m]) => m.createSearcher(payload));
    pending = attempt;
    attempt.catch(() => {
      if (pending === attempt) pending = undefined;
    });
    return attempt;
  };
}
