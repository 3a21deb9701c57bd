/**
 * The fields Fuse indexes, shared by the build (Fuse.createIndex) and the browser (new Fuse).
 * Only the names (title, other names): running text and synonyms are scored by the word
 * index (term-index.ts) and synonyms.ts. Fuse costs about 3 microseconds per string per
 * query, so fewer, shorter fields keep it fast and the serialised index small.
 */
export const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'also', weight: 2 },
  { name: 'names', weight: 2 },
] as const;

export type FuseKeyName = (typeof FUSE_KEYS)[number]['name'];

export const FUSE_OPTIONS = {
  includeScore: true,
  // Names are short and a typo can sit anywhere in them.
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
} as const;
