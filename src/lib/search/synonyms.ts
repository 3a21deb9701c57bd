/**
 * Everyday words (content/synonyms.yaml) at query time: finds the synonym words and phrases a
 * query contains, so their entries can be boosted and their expand words searched too.
 */
import type { Synonym } from '../content/schema.ts';
import { normaliseQuery, stem, STOP_WORDS, words } from './normalise.ts';
import { similarWord } from './edit-distance.ts';
import type { SynonymRule } from './types.ts';

/** Normalises the rules once, at build time. Words that normalise to nothing are dropped. */
export function compileSynonyms(rules: readonly Synonym[]): SynonymRule[] {
  const out: SynonymRule[] = [];
  for (const rule of rules) {
    const ws = [...new Set(rule.words.map(normaliseQuery).filter(Boolean))];
    if (!ws.length) continue;
    out.push({ words: ws, ids: rule.ids, expand: rule.expand.map(normaliseQuery).filter(Boolean) });
  }
  return out;
}

/** A synonym phrase found in a query. */
export interface SynonymHit {
  rule: SynonymRule;
  /** Share of the query's meaningful words the phrase covers, 0 to 1 (1: the whole query). */
  coverage: number;
}

interface Phrase {
  stems: string[];
  rule: SynonymRule;
}

/**
 * Prepares rules for fast matching; call once per payload. A query word may be one typo away
 * from a synonym word only when it is not a known word itself (`isKnown`): "carer" must not
 * match "cater", but "helthcare" may match "healthcare".
 */
export function synonymMatcher(rules: readonly SynonymRule[], isKnown: (stem: string) => boolean = () => false): (normalised: string) => SynonymHit[] {
  const byFirst = new Map<string, Phrase[]>();
  const fuzzyFirst: Phrase[] = [];
  for (const rule of rules) {
    for (const w of rule.words) {
      const stems = words(w).map(stem);
      const first = stems[0];
      if (!first) continue;
      const phrase = { stems, rule };
      const list = byFirst.get(first);
      if (list) list.push(phrase);
      else byFirst.set(first, [phrase]);
      if (first.length >= 5) fuzzyFirst.push(phrase);
    }
  }
  return (normalised) => {
    const qWords = words(normalised);
    const qStems = qWords.map(stem);
    const meaningful = qWords.filter((w) => !STOP_WORDS.has(w)).length || 1;
    const best = new Map<SynonymRule, number>();
    for (let i = 0; i < qStems.length; i++) {
      const first = qStems[i] ?? '';
      const fuzzy = (k: number) => !isKnown(qStems[i + k] ?? '');
      const candidates = new Set([...(byFirst.get(first) ?? []), ...(first.length >= 5 && fuzzy(0) ? fuzzyFirst : [])]);
      for (const phrase of candidates) {
        const n = phrase.stems.length;
        if (i + n > qStems.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const a = phrase.stems[k] ?? '';
          const b = qStems[i + k] ?? '';
          ok = a === b || (fuzzy(k) && similarWord(a, b));
        }
        if (!ok) continue;
        const covered = qWords.slice(i, i + n).filter((w) => !STOP_WORDS.has(w)).length;
        const coverage = Math.min(1, covered / meaningful);
        if (coverage > (best.get(phrase.rule) ?? 0)) best.set(phrase.rule, coverage);
      }
    }
    return [...best].map(([rule, coverage]) => ({ rule, coverage }));
  };
}
