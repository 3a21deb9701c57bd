/**
 * Finds glossary key words in text so pages can mark them and show their simple meaning.
 * Pure: text and terms in, segments out.
 */
export interface TermInfo {
  id: string;
  term: string;
  /** Every form to match: the term and its `also` forms. */
  forms: string[];
  simple: string;
  translations: Record<string, { text: string; reviewed: boolean }>;
}

export type Segment = string | { id: string; text: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a function that splits text into plain strings and key-word matches. Longer forms
 * win ("DBS check" before "DBS"); matches are whole words, any case. With `seen`, each term
 * is marked only the first time it appears (across calls sharing the set).
 */
export function createTermMatcher(terms: readonly TermInfo[]): (text: string, seen?: Set<string>) => Segment[] {
  const byForm = new Map<string, string>();
  for (const t of terms) for (const f of t.forms) if (f.trim()) byForm.set(f.toLowerCase(), t.id);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (!forms.length) return (text) => [text];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text, seen) => {
    const out: Segment[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      const id = byForm.get(m[0].toLowerCase());
      if (!id || seen?.has(id)) continue;
      seen?.add(id);
      if (m.index > last) out.push(text.slice(last, m.index));
      out.push({ id, text: m[0] });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  };
}
