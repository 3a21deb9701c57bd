/**
 * The answers in a result's address, so a link reopens the same result: `?a=2013-1`, one
 * character per situation in the order asked, the answer's number from 0, `-` for a skipped
 * one. Reading is safe with any text: only the digits of answers that exist are kept,
 * anything else (letters, extra characters, answers a situation does not have) is ignored.
 */
import type { Answers } from './types.ts';

/** The query-string key that holds the answers. */
export const ANSWERS_PARAM = 'a';
const SKIPPED = '-';
/** Longer values are cut here before reading: there are never more than 12 situations. */
const MAX_LENGTH = 32;
const DIGITS: ReadonlyMap<string, number> = new Map([...'0123456789'].map((d, i) => [d, i]));

/** The answers as the `a` value: trailing skips dropped, so an empty string means none. */
export function encodeAnswers(answers: Answers): string {
  return answers
    .map((a) => (a === undefined ? SKIPPED : String(a)))
    .join('')
    .replace(/-+$/, '');
}

/**
 * The answers in an `a` value (or null when there is none), one per situation. `answerCounts`
 * is how many answers each situation has, in order.
 */
export function decodeAnswers(value: string | null, answerCounts: readonly number[]): (number | undefined)[] {
  const chars = [...(value ?? '').slice(0, MAX_LENGTH)];
  return answerCounts.map((count, i) => {
    const n = DIGITS.get(chars[i] ?? '');
    return n !== undefined && n < count ? n : undefined;
  });
}

/** The answers in a query string ("?a=201" or a URLSearchParams). */
export function answersFromSearch(search: string | URLSearchParams, answerCounts: readonly number[]): (number | undefined)[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return decodeAnswers(params.get(ANSWERS_PARAM), answerCounts);
}

/** The query string for these answers ("?a=201"), or "" when none is given. */
export function answersSearch(answers: Answers): string {
  const value = encodeAnswers(answers);
  return value ? `?${new URLSearchParams({ [ANSWERS_PARAM]: value }).toString()}` : '';
}
