/**
 * Small plain-English helpers for route text: durations, articles, borough names.
 * English only for now; every sentence the route finder writes goes through here or
 * through `steps.ts` and `describe.ts`.
 */

/** "Care worker" -> "care worker"; keeps acronyms and names ("NHS", "NMC registration"). */
export function lowerFirst(title: string): string {
  const second = title.charAt(1);
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** A role as it reads after "as": "a care worker", "an adult nurse". */
export function aRole(title: string): string {
  const t = lowerFirst(title);
  return `${/^[aeiou]/i.test(t) ? 'an' : 'a'} ${t}`;
}

/** "tower-hamlets" -> "Tower Hamlets", "kensington-and-chelsea" -> "Kensington and Chelsea". */
export function boroughName(id: string): string {
  return id
    .split('-')
    .map((w, i) => (i > 0 && (w === 'and' || w === 'of') ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export { formatMonths } from '../format.ts';
import { formatMonths } from '../format.ts';

/** "about 3 years 2 months"; "no extra time" for zero. */
export function aboutMonths(months: number): string {
  return months <= 0 ? 'no extra time' : `about ${formatMonths(months)}`;
}

/** Joins "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Rounds to a whole month for display totals, keeping halves for short steps. */
export function roundMonths(months: number): number {
  return Math.round(months * 2) / 2;
}
