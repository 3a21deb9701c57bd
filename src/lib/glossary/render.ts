/**
 * Key-word markup: a focusable term that shows its simple meaning (and, when a language is
 * chosen, its translation) on hover, focus or tap. Works with CSS alone; a small script adds
 * Escape to dismiss. Used for plain text and inside rendered Markdown.
 */
import { languages } from '../languages.ts';
import type { Segment, TermInfo } from './mark.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A short deterministic hash (FNV-1a, base 36) of the text a key word stands in. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * A key word with its pop-up. `key` makes the pop-up's id unique on the page; it is derived
 * from the surrounding text, not a counter, so a page renders the same whatever the order.
 */
export function keyWordHtml(term: TermInfo, text: string, key = '1', withTranslations = true): string {
  // Escaped like every other value: an id is only checked to be kebab-case by the content schema.
  const tip = esc(`kw-${term.id}-${key}`);
  const translations = withTranslations ? translationsHtml(term, 'kw-tr') : '';
  return `<span class="kw"><button type="button" class="kw-term" aria-describedby="${tip}">${esc(text)}</button><span role="tooltip" id="${tip}" class="kw-tip"><span class="kw-simple">${esc(term.simple)}</span>${translations}</span></span>`;
}

/**
 * A term's translations, each shown only when its language is chosen (CSS on `html[data-lang]`),
 * with `lang` and `dir`, and "not yet checked" in that language and in English while no speaker
 * has checked it.
 */
export function translationsHtml(term: Pick<TermInfo, 'translations'>, className: string): string {
  return Object.entries(term.translations)
    .map(([lang, t]) => {
      const l = languages[lang];
      const dir = l?.dir === 'rtl' ? ' dir="rtl"' : '';
      const unchecked = t.reviewed
        ? ''
        : ` <span class="kw-unchecked"><span lang="${esc(lang)}"${dir}>(${esc(l?.notChecked ?? '')})</span> (not yet checked)</span>`;
      return `<span class="${className}" data-lang="${esc(lang)}"><span class="kw-lang">${esc(l ? `${l.own} (${l.english})` : lang)}:</span> <span lang="${esc(lang)}"${dir}>${esc(t.text)}</span>${unchecked}</span>`;
    })
    .join('');
}

/** Options for marking key words: `translations: false` leaves them out of the pop-ups (a page that shows them already). */
export interface KeyWordOptions {
  translations?: boolean;
}

export function segmentsHtml(segments: readonly Segment[], terms: ReadonlyMap<string, TermInfo>, options: KeyWordOptions = {}): string {
  const context = hash(segments.map((s) => (typeof s === 'string' ? s : s.text)).join(''));
  return segments
    .map((s, i) => {
      if (typeof s === 'string') return esc(s);
      const t = terms.get(s.id);
      return t ? keyWordHtml(t, s.text, `${context}-${i}`, options.translations !== false) : esc(s.text);
    })
    .join('');
}
