/** Plain-English formats shared by pages, islands and pure modules (no imports: safe anywhere). */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Entry level" for 0, else "Level N". */
export const levelLabel = (level: number): string => (level === 0 ? 'Entry level' : `Level ${level}`);

/**
 * A length of time in plain words, without "about":
 * 0 -> "no time", 0.5 -> "2 weeks", 1 -> "1 month", 14 -> "1 year 2 months", 24 -> "2 years".
 * Months are rounded to the nearest whole month from one month up.
 */
export function formatMonths(months: number): string {
  if (months <= 0) return 'no time';
  if (months < 0.875) return plural(Math.max(1, Math.round(months * 4)), 'week', 'weeks');
  const whole = Math.round(months);
  const years = Math.floor(whole / 12);
  const rest = whole % 12;
  if (!years) return plural(rest, 'month', 'months');
  return rest ? `${plural(years, 'year', 'years')} ${plural(rest, 'month', 'months')}` : plural(years, 'year', 'years');
}

/** Pay with the year of the figure; the year is added only when the text does not already say it. */
export const payText = (pay: { text: string; year: string }): string =>
  pay.text.includes(pay.year) ? pay.text : `${pay.text.replace(/\.$/, '')} (figures for ${pay.year})`;

/** Whole sentences from the start of `text`, up to `max` characters (always at least one). */
export function shorten(text: string, max: number): string {
  const parts = text.trim().split(/(?<=[.!?])\s+/);
  let out = parts[0] ?? '';
  for (const p of parts.slice(1)) {
    if (out.length + 1 + p.length > max) break;
    out += ` ${p}`;
  }
  return out;
}

/** "12 March 2026" from "2026-03-12". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1] ?? ''} ${y}`;
}
