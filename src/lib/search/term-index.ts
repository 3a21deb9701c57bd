/**
 * A word-level inverted index over the search documents, built in the browser from the
 * payload (so the file stays small). It gives the searcher fast per-word scoring: each query
 * word is matched to indexed words exactly, by prefix ("physio" -> physiotherapist), by a
 * shorter indexed word ("cleaner" -> clean) or within one or two typos ("phlebotamist").
 * Only words of the same first letter and near length are compared for typos, which keeps
 * lookups cheap at 10,000 documents. A prefix match never counts for more than the exact word.
 */
import { nameText } from './names.ts';
import { editDistance } from './edit-distance.ts';
import { indexWords, stem, STOP_WORDS } from './normalise.ts';
import type { SearchDoc } from './types.ts';

/** How much a word found in each field counts. Names count most, running text least. */
export const FIELD_WEIGHTS = {
  title: 1,
  /** Ids are chosen by editors and often hold the abbreviation: "hcsw-apprenticeship". */
  id: 0.5,
  also: 0.9,
  names: 0.9,
  boroughs: 0.9,
  synonyms: 0.8,
  tags: 0.6,
  summary: 0.35,
  simple: 0.3,
} as const;
type Field = keyof typeof FIELD_WEIGHTS;
/** Fields where "it" is a pronoun ("been through it"), not "IT support". */
const PROSE: ReadonlySet<Field> = new Set(['summary', 'simple', 'synonyms', 'tags']);

interface Postings {
  docs: number[];
  weights: number[];
  idf: number;
}

/** An indexed word a query word matched, and how closely (1 exact, lower for fuzzier). */
export interface WordMatch {
  word: string;
  similarity: number;
}

export interface TermIndex {
  size: number;
  postings: Map<string, Postings>;
  /** Each document's title stems, for "how much of the title did the query cover". */
  titleStems: string[][];
  lookup(term: string): WordMatch[];
  has(word: string): boolean;
}

function fieldValues(doc: SearchDoc, field: Field): string[] {
  const v = doc[field];
  if (v === undefined) return [];
  if (field === 'names') return (v as string[]).map(nameText);
  return typeof v === 'string' ? [v] : v;
}

export function buildTermIndex(docs: readonly SearchDoc[]): TermIndex {
  // Postings are appended in document order, so "already seen in this doc" is a last-item check.
  const postings = new Map<string, Postings>();
  const titleStems: string[][] = [];
  docs.forEach((doc, d) => {
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      const w = FIELD_WEIGHTS[field];
      for (const value of fieldValues(doc, field)) {
        for (const word of indexWords(value)) {
          if (STOP_WORDS.has(word) || (PROSE.has(field) && word === 'it') || (word.length === 1 && word >= '0' && word <= '9')) continue;
          const s = stem(word);
          let p = postings.get(s);
          if (!p) {
            p = { docs: [], weights: [], idf: 0 };
            postings.set(s, p);
          }
          const last = p.docs.length - 1;
          if (p.docs[last] !== d) {
            p.docs.push(d);
            p.weights.push(w);
          } else if ((p.weights[last] ?? 0) < w) p.weights[last] = w;
        }
      }
    }
    // Brackets explain ("NMC registration (nurses, midwives and ...)"); they are not the name.
    titleStems.push(
      indexWords(doc.title.replace(/\([^)]*\)/g, ' '))
        .filter((w) => !STOP_WORDS.has(w) && !/^\d$/.test(w))
        .map(stem),
    );
  });
  const n = docs.length;
  for (const p of postings.values()) p.idf = Math.log(1 + n / p.docs.length);
  const sorted = [...postings.keys()].sort();
  // Typo candidates by first letter and length: "p12" holds 12-letter words starting with p.
  const buckets = new Map<string, string[]>();
  for (const w of sorted) {
    const key = `${w[0]}${w.length}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(w);
    else buckets.set(key, [w]);
  }

  function lookup(term: string): WordMatch[] {
    const out = new Map<string, number>();
    const add = (word: string, similarity: number) => {
      if ((out.get(word) ?? 0) < similarity) out.set(word, similarity);
    };
    if (postings.has(term)) add(term, 1);
    // Short words ("ot", "it", "rn") match exactly or not at all.
    if (term.length >= 3) {
      // Prefix: indexed words starting with the term, found by binary search in sorted order.
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] ?? '') < term) lo = mid + 1;
        else hi = mid;
      }
      const base = term.length === 3 ? 0.55 : 0.7;
      for (let i = lo, seen = 0; i < sorted.length && seen < 40; i++, seen++) {
        const w = sorted[i] ?? '';
        if (!w.startsWith(term)) break;
        if (w !== term) add(w, base + 0.25 * (term.length / w.length));
      }
    }
    // Known words skip the guesses below: "assistant" should not also match "assist".
    if (term.length >= 5 && !postings.has(term)) {
      // A shorter indexed word the term starts with: "cleaner" -> "clean", "carers" -> "carer".
      for (let k = Math.max(4, term.length - 3); k < term.length; k++) {
        const w = term.slice(0, k);
        if (postings.has(w)) add(w, 0.6);
      }
      const max = term.length >= 8 ? 2 : 1;
      for (let len = term.length - max; len <= term.length + max; len++) {
        for (const w of buckets.get(`${term[0]}${len}`) ?? []) {
          const d = editDistance(term, w, max);
          if (d > 0 && d <= max) add(w, d === 1 ? 0.8 : 0.65);
        }
      }
    }
    return [...out].map(([word, similarity]) => ({ word, similarity }));
  }

  return { size: n, postings, titleStems, lookup, has: (w) => postings.has(w) };
}

/** Splits a joined word into two indexed words: "careworker" -> ["care", "worker"]. */
export function splitJoined(term: string, index: TermIndex): string[] | undefined {
  if (term.length < 7 || index.has(term)) return undefined;
  for (let k = 3; k <= term.length - 3; k++) {
    const a = stem(term.slice(0, k));
    const b = stem(term.slice(k));
    if (index.has(a) && index.has(b)) return [a, b];
  }
  return undefined;
}
