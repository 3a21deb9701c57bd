/**
 * The /search/ page's searcher, started by the page's own small script in <head>, not once
 * the island has hydrated: the index (already preloaded) is parsed and the searcher set up
 * while React is still arriving or starting, so the island finds it ready.
 *
 * One loader per page: this module's one instance, shared by the page script and the island
 * (the same module in the same bundle). A failed load is forgotten (search-loader.ts), so the
 * island's "Try again" starts afresh.
 */
import { type LoadSearcher, searcherLoader } from './search-loader';
// Static, unlike the header box's dynamic import: this page always searches.
import * as searcherModule from '../lib/search/searcher';

/** The address of the index on /search/, preloaded by the page (search.astro). */
export const SEARCH_PAGE_INDEX = '/search-index.json';

let early: LoadSearcher | undefined;

/** The page's searcher loader for `indexUrl`: the one already started when it is the page's index. */
export function searchPageLoader(indexUrl: string): LoadSearcher {
  if (indexUrl !== SEARCH_PAGE_INDEX) return searcherLoader(indexUrl, async () => searcherModule);
  early ??= searcherLoader(indexUrl, async () => searcherModule);
  return early;
}
