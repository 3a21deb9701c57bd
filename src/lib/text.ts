/**
 * Text helpers shared by content, search, routes and the map: the id pattern, one edit
 * distance, "did you mean" ids and label wrapping. Pure, no imports.
 */

/** Kebab-case ids: a file name without `.md` ("care-worker"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a kebab-case id. */
export const isId = (s: string): boolean => ID_PATTERN.test(s);

/**
 * Bounded Damerau-Levenshtein (optimal string alignment) distance: the number of single
 * letter insertions, deletions, substitutions or swaps of neighbours between two strings.
 * Stops early once the distance must exceed `max`, returning max + 1.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[n] ?? 0, max + 1);
}

/** Two words (or stems) match when equal, or one typo apart in words of five letters or more. */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1;
}

/**
 * The known ids nearest to `id`: those sharing a word with it or within a small edit
 * distance, closest first, at most `max`.
 */
export function nearestIds(id: string, known: Iterable<string>, max = 3): string[] {
  const words = new Set(id.split('-'));
  const scored: { id: string; score: number }[] = [];
  for (const k of known) {
    const distance = editDistance(id, k);
    const kWords = k.split('-');
    const shared = kWords.filter((w) => words.has(w) && w.length > 2).length;
    const union = new Set([...words, ...kWords]).size;
    const score = distance - shared * 3;
    const close = distance <= Math.max(3, Math.floor(id.length / 3));
    const sameWords = shared / union > 0.5;
    if (close || sameWords || (shared > 0 && distance <= id.length * 0.6)) scored.push({ id: k, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((s) => s.id);
}

/** Splits a title into at most `maxLines` lines of about `maxChars`, ending with "…" if cut. */
export function wrapLabel(title: string, maxChars = 20, maxLines = 2): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length > maxChars - 1 ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}
