/**
 * Stage 1 of a search: scores every document by the query's words, through the word index.
 * Typed arrays instead of maps keep this linear and allocation-light at 10,000 documents.
 */
import type { TermIndex } from './term-index.ts';

export interface WordScores {
  /** Per document: the summed, idf-weighted best match of each query word. */
  score: Float64Array;
  /** Per document: how many of the counted query words it matched. */
  matched: Uint8Array;
  /** Per counted query word: the indexed words it matched closely (exact, prefix, one typo). */
  termWords: Set<string>[];
}

/**
 * @param counted the query's own words: each adds to `matched`.
 * @param extra   words added by the search (synonym expand words, joined words) with weights.
 */
export function scoreWords(index: TermIndex, counted: readonly string[], extra: ReadonlyMap<string, number>): WordScores {
  const n = index.size;
  const score = new Float64Array(n);
  const matched = new Uint8Array(n);
  const termWords: Set<string>[] = [];
  // The best value of the current word per document, and which documents it reached.
  const best = new Float64Array(n);
  const reached: number[] = [];
  const scoreTerm = (term: string, weight: number, counts: boolean) => {
    const strong = new Set<string>();
    if (counts) termWords.push(strong);
    // Rare variants must not outweigh the word typed: cap their idf at the exact word's.
    const cap = index.postings.get(term)?.idf ?? Infinity;
    for (const { word, similarity } of index.lookup(term)) {
      const p = index.postings.get(word);
      if (!p) continue;
      if (similarity >= 0.8) strong.add(word);
      const v = similarity * Math.min(p.idf, cap);
      const { docs, weights } = p;
      for (let j = 0; j < docs.length; j++) {
        const d = docs[j] as number;
        const s = v * (weights[j] as number);
        const b = best[d] as number;
        if (b === 0) reached.push(d);
        if (s > b) best[d] = s;
      }
    }
    for (const d of reached) {
      score[d] = (score[d] as number) + weight * (best[d] as number);
      if (counts) matched[d] = (matched[d] as number) + 1;
      best[d] = 0;
    }
    reached.length = 0;
  };
  for (const t of counted) scoreTerm(t, 1, true);
  for (const [t, weight] of extra) scoreTerm(t, weight, false);
  return { score, matched, termWords };
}
