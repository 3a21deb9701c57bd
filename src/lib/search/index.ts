/**
 * Search for the site. Build time: `buildSearchDocuments` then `buildSearchIndex`, written to a
 * static JSON file. Browser: fetch it, then `createSearcher(payload).search(q)`. Islands should
 * import `searcher.ts` dynamically, not this barrel, so Fuse loads only when needed.
 */
export { buildSearchDocuments, type SearchContent } from './documents.ts';
export { buildSearchIndex, serialisePayload } from './build-index.ts';
export { createSearcher, type Searcher } from './searcher.ts';
export { passes } from './ranking.ts';
export { groupResults, kindLabels, type ResultGroup } from './group.ts';
export { normaliseQuery, stem, terms, STOP_WORDS } from './normalise.ts';
export { compileSynonyms, synonymMatcher, type SynonymHit } from './synonyms.ts';
export {
  docKey,
  NO_LEVEL,
  searchKinds,
  type SearchDoc,
  type SearchFilters,
  type SearchKind,
  type SearchPayload,
  type SearchResult,
  type SynonymRule,
} from './types.ts';
