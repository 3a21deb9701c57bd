/**
 * Build-time side of search: turns documents and synonyms into the payload the site writes
 * to a static JSON file. The Fuse index stores normalised names, so the browser does not
 * re-index and matches the same text the query is normalised to.
 */
import Fuse from 'fuse.js';
import type { Synonym } from '../content/schema.ts';
import { FUSE_KEYS } from './fuse-keys.ts';
import { normaliseQuery } from './normalise.ts';
import { nameText } from './names.ts';
import { compileSynonyms } from './synonyms.ts';
import type { FuseIndexJson, SearchDoc, SearchPayload } from './types.ts';

export function buildSearchIndex(docs: SearchDoc[], synonyms: readonly Synonym[] = []): SearchPayload {
  const keys = FUSE_KEYS.map((k) => ({
    name: k.name,
    weight: k.weight,
    getFn: (doc: SearchDoc) => {
      const v = doc[k.name];
      if (v === undefined) return [];
      if (k.name === 'names') return (v as string[]).map((n) => normaliseQuery(nameText(n)));
      return typeof v === 'string' ? normaliseQuery(v) : v.map(normaliseQuery);
    },
  }));
  const json = Fuse.createIndex(keys, docs).toJSON();
  const index: FuseIndexJson = {
    keys: json.keys.map(({ path, id, weight, src }) => ({ path, id, weight, src })),
    records: json.records,
  };
  return { version: 1, docs, synonyms: compileSynonyms(synonyms), index };
}

/** The payload as the text the site serves (no whitespace). */
export function serialisePayload(payload: SearchPayload): string {
  return JSON.stringify(payload);
}
