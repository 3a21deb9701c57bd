/**
 * Browser side of search: `createSearcher(payload)` turns the fetched payload into a search
 * function. Import it dynamically from islands so Fuse only loads when someone searches.
 *
 * A query is scored in layers, each adding to a document's score:
 * 1. words: every meaningful word (and synonym expand words, at half weight) is matched
 *    against the word index, typo-tolerant; a document's score grows with the words it matches
 *    and is scaled down when it matches only some of them ("hospital job no experience");
 * 2. everyday words: synonyms.yaml words or phrases in the query boost their entries strongly;
 * 3. names: Fuse matches the whole query against titles and other names, typo-tolerant, over
 *    the best candidates so far; a name equal to the query but for a typo per word gets a bonus;
 * 4. exact names: a query equal to the title of a job, qualification, programme or pathway
 *    pins that entry first; other names and glossary terms typed exactly get a bonus;
 * 5. structure: "level 3" and "band 3" keep entries at that level or band on top (and, typed
 *    alone, list them).
 */
import { nameText } from './names.ts';
import Fuse from 'fuse.js';
import { FUSE_KEYS, FUSE_OPTIONS } from './fuse-keys.ts';
import { editDistance, similarWord } from './edit-distance.ts';
import { normaliseQuery, stem, STOP_WORDS, terms, words as wordsOf } from './normalise.ts';
import { synonymMatcher } from './synonyms.ts';
import { buildTermIndex, splitJoined } from './term-index.ts';
import { scoreWords } from './word-scores.ts';
import { passes, topByScore } from './ranking.ts';
import { searchKinds, type SearchDoc, type SearchFilters, type SearchPayload, type SearchResult } from './types.ts';

export interface Searcher {
  /** Results best first; at most `limit` (default 20). */
  search(query: string, filters?: SearchFilters, limit?: number): SearchResult[];
  /** Known words nearest to those typed ("fleabotomist" -> "phlebotomist"), for no-results help. */
  suggest(query: string, max?: number): string[];
  readonly size: number;
}

/** Score weights. Exact titles of jobs, qualifications, programmes and pathways are pinned first. */
const W = {
  /** A glossary term typed exactly: shown, but not above the jobs people usually mean. */
  exactTerm: 4,
  /** Another name typed exactly ("hca", "ot"). */
  exactAlso: 8,
  exactTermAlso: 3,
  /** A name typed with at most one typo per word ("helthcare assistant"); a third for glossary terms. */
  nearName: 6,
  synonymWhole: 12,
  synonymPart: 6,
  /** Split between "title is mostly the query" and "query is in the title". */
  titleCover: 1.75,
  fuse: 2.5,
  expand: 0.5,
  joined: 0.8,
  /** Multiplier for "from my last job" entries when the query talks about the past ("I was a chef"). */
  pastJob: 6,
  /** Multipliers for entries at / not at the level or band typed. */
  structureHit: 1.6,
  structureMiss: 0.4,
};
/**
 * Fuse re-scores only the best word-matched candidates: it costs about 3 microseconds per name
 * per query, too slow to scan 10,000 entries on every keystroke. When words find nothing (a
 * typo too far for the word index), Fuse scans everything, but only up to this many entries.
 */
const FUSE_CANDIDATES = 50;
const FUSE_FULL_SCAN = 2000;
/** Fuse's bitap matcher splits longer patterns into 32-letter chunks: slow and no better. */
const FUSE_MAX_QUERY = 32;
/** Results scoring under this share of the best are noise. */
const MIN_RELATIVE = 0.12;

const LEVEL_RE = /\blevel ([0-8])\b/;
const BAND_RE = /\bband ([1-9]|8[a-d])\b/;
const kindRank = (d: SearchDoc) => searchKinds.indexOf(d.kind);

/** Words that say a person is talking about work they did before. */
const PAST_JOB = /\b(i was|i used to|used to (?:be|work)|i worked|my last job|my old job|i have worked|ex-|former)\b/i;

type FuseIndexData = Parameters<typeof Fuse.parseIndex>[0];

export function createSearcher(payload: SearchPayload): Searcher {
  const { docs } = payload;
  const n = docs.length;
  const words = buildTermIndex(docs);
  const findSynonyms = synonymMatcher(payload.synonyms, (w) => words.has(w));
  const fuseIndex = Fuse.parseIndex<SearchDoc>(payload.index as unknown as FuseIndexData);
  const fuseOptions = { ...FUSE_OPTIONS, keys: FUSE_KEYS.map((k) => ({ ...k })) };
  const fuse = new Fuse(docs, fuseOptions, fuseIndex);
  const byId = new Map<string, number[]>();
  // Normalised names -> documents: `pin` for exact titles, else a score bonus.
  const byName = new Map<string, { d: number; pin: boolean; bonus: number }[]>();
  // Each document's names, normalised once; their stems are worked out when first needed.
  const names: string[][] = [];
  const stemCache = new Map<number, string[][]>();
  const nameStems = (d: number): string[][] => {
    let cached = stemCache.get(d);
    if (!cached) {
      cached = (names[d] ?? []).map((name) => wordsOf(name).map(stem));
      stemCache.set(d, cached);
    }
    return cached;
  };
  docs.forEach((doc, d) => {
    const term = doc.kind === 'glossary';
    const own = [doc.title, ...doc.also, ...(doc.names ?? []).map(nameText)].map(normaliseQuery);
    names.push(own);
    own.forEach((key, i) => {
      if (!key) return;
      // The title pins (except glossary terms); other names add a bonus.
      const entry = { d, pin: i === 0 && !term, bonus: i === 0 ? (term ? W.exactTerm : 0) : term ? W.exactTermAlso : W.exactAlso };
      const list = byName.get(key);
      if (list) list.push(entry);
      else byName.set(key, [entry]);
    });
    const same = byId.get(doc.id);
    if (same) same.push(d);
    else byId.set(doc.id, [d]);
  });

  /** Fuse over a subset: a throwaway Fuse on just those records (cheap: no re-indexing). */
  function fuseOver(candidates: number[] | null, query: string) {
    if (!candidates) return fuse.search(query, { limit: 40 }).map((r) => ({ d: r.refIndex, score: r.score ?? 1 }));
    const records = candidates.map((d, j) => ({ ...(fuseIndex.records[d] as object), i: j }));
    const sub = new Fuse(
      candidates.map((d) => docs[d] as SearchDoc),
      fuseOptions,
      Fuse.parseIndex<SearchDoc>({ keys: fuseIndex.keys, records } as unknown as FuseIndexData),
    );
    return sub.search(query, { limit: 40 }).map((r) => ({ d: candidates[r.refIndex] ?? 0, score: r.score ?? 1 }));
  }

  function search(typed: string, filters: SearchFilters = {}, limit = 20): SearchResult[] {
    // "I was a chef": the past-tense words say "my last job"; the rest is what to look for.
    const pastJob = PAST_JOB.test(typed);
    const query = pastJob ? typed.replace(new RegExp(PAST_JOB.source, 'gi'), ' ') : typed;
    const norm = normaliseQuery(query);
    if (!norm) return [];
    const level = LEVEL_RE.exec(norm)?.[1];
    const band = BAND_RE.exec(norm)?.[1];
    const rest = norm.replace(LEVEL_RE, ' ').replace(BAND_RE, ' ').replace(/\s+/g, ' ').trim();

    // 1. Words.
    const counted = [...new Set(terms(rest).flatMap((t) => splitJoined(t, words) ?? [t]))];
    const extra = new Map<string, number>();
    counted.forEach((t, i) => {
      const joined = t + (counted[i + 1] ?? '');
      if (i + 1 < counted.length && words.has(joined)) extra.set(joined, W.joined);
    });
    const hits = findSynonyms(rest);
    for (const hit of hits) {
      for (const t of terms(hit.rule.expand.join(' '))) if (!counted.includes(t) && !extra.has(t)) extra.set(t, W.expand);
    }
    const { score, matched, termWords } = scoreWords(words, counted, extra);
    const strongWords = new Set(termWords.flatMap((set) => [...set]));
    const touched: number[] = []; // each document once: pushed when its score leaves 0
    const nTerms = counted.length;
    for (let d = 0; d < n; d++) {
      const base = score[d] as number;
      if (!base) continue;
      touched.push(d);
      // Entries matching more of the query's words rank higher...
      const coverage = nTerms ? (matched[d] as number) / nTerms : 0;
      // ...and so do those whose title is mostly the query and holds most of its words.
      // (Plain loops: this runs for every matching document, thousands at 10,000 entries.)
      const title = words.titleStems[d] ?? [];
      let filled = 0;
      for (const s of title) if (strongWords.has(s)) filled++;
      let inTitle = 0;
      for (const set of termWords) {
        for (const s of title) {
          if (set.has(s)) {
            inTitle++;
            break;
          }
        }
      }
      const titleCover = (title.length ? filled / title.length : 0) + (nTerms ? inTitle / nTerms : 0);
      score[d] = base * (0.25 + 0.75 * coverage * coverage) + W.titleCover * titleCover * coverage;
    }

    // 2. Everyday words.
    const bump = (d: number, v: number) => {
      if (!score[d]) touched.push(d);
      score[d] = (score[d] ?? 0) + v;
    };
    for (const hit of hits) {
      const base = hit.coverage >= 1 ? W.synonymWhole : W.synonymPart * hit.coverage;
      hit.rule.ids.forEach((id, pos) => {
        for (const d of byId.get(id) ?? []) bump(d, base * 0.92 ** pos);
      });
    }

    // 3. Names, through Fuse, over the best candidates so far.
    const candidates = topByScore(touched, score, FUSE_CANDIDATES);
    if (rest.length >= 2 && rest.length <= FUSE_MAX_QUERY && (candidates.length || n <= FUSE_FULL_SCAN)) {
      for (const r of fuseOver(candidates.length ? candidates : null, rest)) bump(r.d, W.fuse * (1 - r.score) * (1 - r.score));
    }

    // 4. Exact names: "dental nurse" is the Dental nurse role, whatever else matches.
    const pinned = new Set<number>();
    const exact = byName.get(norm) ?? [];
    for (const { d, pin, bonus } of exact) {
      if (pin && passes(docs[d] as SearchDoc, filters)) pinned.add(d);
      else bump(d, bonus);
    }
    // Near-exact names among the candidates: every word equal or one typo away.
    if (!exact.length && rest) {
      const typed = wordsOf(rest).map(stem);
      for (const d of candidates) {
        const near = nameStems(d).some((name) => name.length === typed.length && name.every((w, i) => similarWord(w, typed[i] ?? '')));
        if (near) bump(d, docs[d]?.kind === 'glossary' ? W.nearName / 3 : W.nearName);
      }
    }

    // 5. Level and band.
    if (level !== undefined || band !== undefined) {
      const fits = (doc: SearchDoc) =>
        (level === undefined || doc.level === Number(level)) && (band === undefined || (doc.bands ?? []).includes(`band ${band}`));
      if (!rest) {
        // "level 3" or "band 3" alone: list what is at that level, qualifications first for levels.
        docs.forEach((doc, d) => {
          if (!fits(doc)) return;
          const first = band !== undefined ? 1 / (doc.bands?.length ?? 1) : doc.kind === 'qualification' ? 0.5 : doc.kind === 'role' ? 0.3 : 0;
          bump(d, 1 + first);
        });
      } else {
        for (const d of touched) score[d] = (score[d] ?? 0) * (fits(docs[d] as SearchDoc) ? W.structureHit : W.structureMiss);
      }
    }

    // 6. "I was a chef", "I used to work in a shop": the person means their last job.
    if (pastJob) for (const d of touched) if (docs[d]?.kind === 'previous-job') score[d] = (score[d] ?? 0) * W.pastJob;

    let top = 0;
    const kept = touched.filter((d) => {
      const v = score[d] as number;
      if (v <= 0 || pinned.has(d) || !passes(docs[d] as SearchDoc, filters)) return false;
      if (v > top) top = v;
      return true;
    });
    const byKind = (a: number, b: number) => kindRank(docs[a] as SearchDoc) - kindRank(docs[b] as SearchDoc) || a - b;
    const ranked = topByScore(
      kept.filter((d) => (score[d] as number) >= top * MIN_RELATIVE),
      score,
      limit,
      byKind,
    );
    return [
      ...[...pinned].sort(byKind).map((d) => ({ doc: docs[d] as SearchDoc, score: 1 })),
      ...ranked.map((d) => ({ doc: docs[d] as SearchDoc, score: (score[d] as number) / top })),
    ].slice(0, limit);
  }

  // Words people could have meant: names and everyday words, as written (not stemmed).
  let knownWords: Set<string> | undefined;
  const known = (): Set<string> => {
    if (knownWords) return knownWords;
    const set = new Set<string>();
    for (const own of names) for (const name of own) for (const w of wordsOf(name)) set.add(w);
    for (const rule of payload.synonyms) for (const phrase of rule.words) for (const w of wordsOf(phrase)) set.add(w);
    for (const w of set) if (w.length < 4 || STOP_WORDS.has(w)) set.delete(w);
    knownWords = set;
    return set;
  };

  function suggest(query: string, max = 3): string[] {
    const out: string[] = [];
    for (const typed of wordsOf(normaliseQuery(query))) {
      if (typed.length < 3 || known().has(typed)) continue;
      const limit = Math.max(1, Math.floor(typed.length / 3));
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const w of known()) {
        const d = editDistance(typed, w, Math.min(limit, bestDistance));
        if (d < bestDistance) [best, bestDistance] = [w, d];
      }
      if (best && !out.includes(best)) out.push(best);
    }
    return out.slice(0, max);
  }

  return { search, suggest, size: n };
}
