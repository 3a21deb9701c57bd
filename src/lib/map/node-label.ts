/**
 * The lines drawn in a map node box. A title too long for the box is cut at a whole word, and
 * before any bracket the cut falls inside ("GDC registration…"), so what people see is always
 * the start of the node's accessible name (WCAG 2.5.3, label in name).
 */
import { wrapLabel } from '../layout/labels.ts';

export function nodeLabel(title: string, maxChars?: number, maxLines?: number): string[] {
  const lines = [...wrapLabel(title, maxChars, maxLines)];
  const last = lines.at(-1);
  if (!last?.endsWith('…')) return lines;
  let kept = last.slice(0, -1).trimEnd();
  const shown = [...lines.slice(0, -1), kept].join(' ');
  // Cut mid-word ("Work i…"): drop the part-word, unless it is the line's only word.
  if (title.startsWith(shown) && /\S/.test(title.charAt(shown.length)) && /\s/.test(kept)) kept = kept.replace(/\s+\S*$/, '');
  const text = [...lines.slice(0, -1), kept].join(' ');
  // A cut inside brackets ends before them: "GDC registration…", not "GDC registration
  // (dental nurses and…)". The shown words then stay an exact start of the accessible name,
  // which axe checks (label-content-name-mismatch) and closing brackets broke, now and then.
  const bracket = text.lastIndexOf('(');
  if (bracket > 0 && text.indexOf(')', bracket) === -1) return wrapLabel(`${text.slice(0, bracket).trimEnd()}…`, maxChars, maxLines);
  lines[lines.length - 1] = `${kept}…`;
  return lines;
}
