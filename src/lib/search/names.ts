/**
 * A role's names in the community languages, stored in search documents as "es:enfermera"
 * (the language code first), so a result can say which word matched and in what language.
 */
import { normaliseQuery } from './normalise.ts';

/** The name without its language code. */
export const nameText = (entry: string): string => entry.slice(entry.indexOf(':') + 1);
/** The language code of a stored name. */
export const nameLanguage = (entry: string): string => entry.slice(0, entry.indexOf(':'));

/** Each language's name for itself and in English, and its direction (see src/lib/languages.ts). */
export { languages as languageNames } from '../languages.ts';

/**
 * The community-language name a query matched, if the query is one of them or all its words
 * are in one: { text, lang } for "Matched: enfermera (Spanish)", else undefined.
 */
export function matchedName(names: readonly string[] | undefined, query: string): { text: string; lang: string } | undefined {
  const q = normaliseQuery(query);
  if (!q || !names) return undefined;
  const words = q.split(' ');
  for (const entry of names) {
    const name = normaliseQuery(nameText(entry));
    const nameWords = new Set(name.split(' '));
    if (name === q || words.every((w) => nameWords.has(w))) return { text: nameText(entry), lang: nameLanguage(entry) };
  }
  return undefined;
}
