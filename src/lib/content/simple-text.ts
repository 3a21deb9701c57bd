/** Checks for simple-English text (ESOL Entry 3): a few short sentences. */
export const SIMPLE_MAX_SENTENCES = 3;
export const SIMPLE_MAX_WORDS = 15;

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}£]/u.test(w)).length;
}

/** Returns a description of each limit the text breaks (empty when it keeps them). */
export function simpleTextProblems(text: string): string[] {
  const problems: string[] = [];
  const list = sentences(text);
  if (list.length > SIMPLE_MAX_SENTENCES) problems.push(`has ${list.length} sentences (at most ${SIMPLE_MAX_SENTENCES})`);
  list.forEach((s, i) => {
    const n = wordCount(s);
    if (n > SIMPLE_MAX_WORDS) problems.push(`sentence ${i + 1} has ${n} words (at most ${SIMPLE_MAX_WORDS}): "${s}"`);
  });
  return problems;
}
