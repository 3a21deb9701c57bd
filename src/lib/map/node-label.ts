/**
 * The lines drawn in a map node box. A title too long for the box is cut at a whole word and
 * any bracket left open is closed ("GDC registration (dental nurses and…)"), so what people
 * see is still the start of the node's accessible name (WCAG 2.5.3, label in name).
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
  const open = (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
  lines[lines.length - 1] = `${kept}…${')'.repeat(Math.max(0, open))}`;
  return lines;
}
