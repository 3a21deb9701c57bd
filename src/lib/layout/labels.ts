/** Text for map nodes: titles wrapped to fit a box (src/lib/text.ts), and accessible names. */
import { sectorLabel } from '../graph/graph.ts';
import { wrapLabel } from '../text.ts';

export { wrapLabel };

const kindName: Record<string, string> = { role: 'job', qualification: 'qualification or step', programme: 'local programme' };

/** "Care worker: job, Entry level, Adult social care": level and sector as the graph words them. */
export function nodeName(n: { title: string; kind: string; levelLabel: string; sector?: string | undefined }): string {
  const parts = [kindName[n.kind] ?? n.kind, n.kind === 'programme' ? 'local help' : n.levelLabel, sectorLabel(n.sector)];
  return `${n.title}: ${parts.filter(Boolean).join(', ')}`;
}

/**
 * What a box for another pathway's node says in a pathway view: "→ Nursing and midwifery:
 * Nursing associate" where this lane leads there, "From Clinical support: Healthcare support
 * worker" where it comes from there. The same words start its accessible name (label in name).
 */
export function exitText(title: string, laneTitle: string, direction: 'in' | 'out'): string {
  return direction === 'out' ? `→ ${laneTitle}: ${title}` : `From ${laneTitle}: ${title}`;
}

/** The fewest characters a line needs so `text` wraps over at most `maxLines` lines (whole words). */
export function fitChars(text: string, maxLines: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  const longest = Math.max(1, ...words.map((w) => w.length));
  for (let chars = longest; chars < text.length; chars++) if (wrapLabel(text, chars, Number.POSITIVE_INFINITY).length <= maxLines) return chars;
  return Math.max(longest, text.length);
}
