/** Edit distance between two short strings (Levenshtein), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
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
