/**
 * Key-word markup: a focusable term that shows its simple meaning (and, when a language is
 * chosen, its translation) on hover, focus or tap. Works with CSS alone; a small script adds
 * Escape to dismiss. Used for plain text and inside rendered Markdown.
 */
import type { Segment, TermInfo } from './mark.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const languageNames: Record<string, string> = { bn: 'Bengali', so: 'Somali', tr: 'Turkish', pl: 'Polish', ar: 'Arabic', pt: 'Portuguese', es: 'Spanish' };

let counter = 0;

export function keyWordHtml(term: TermInfo, text: string): string {
  const tip = `kw-${term.id}-${++counter}`;
  const translations = Object.entries(term.translations)
    .map(
      ([lang, t]) =>
        `<span class="kw-tr" data-lang="${esc(lang)}"><span class="kw-lang">${esc(languageNames[lang] ?? lang)}:</span> <span lang="${esc(lang)}"${lang === 'ar' ? ' dir="rtl"' : ''}>${esc(t.text)}</span>${t.reviewed ? '' : ' <span class="kw-unchecked">(not yet checked)</span>'}</span>`,
    )
    .join('');
  return `<span class="kw"><button type="button" class="kw-term" aria-describedby="${tip}">${esc(text)}</button><span role="tooltip" id="${tip}" class="kw-tip"><span class="kw-simple">${esc(term.simple)}</span>${translations}</span></span>`;
}

export function segmentsHtml(segments: readonly Segment[], terms: ReadonlyMap<string, TermInfo>): string {
  return segments
    .map((s) => {
      if (typeof s === 'string') return esc(s);
      const t = terms.get(s.id);
      return t ? keyWordHtml(t, s.text) : esc(s.text);
    })
    .join('');
}
