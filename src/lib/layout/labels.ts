/** Text for map nodes: titles wrapped to fit a box, and accessible names. */

/** Splits a title into at most `maxLines` lines of about `maxChars`, ending with "…" if cut. */
export function wrapLabel(title: string, maxChars = 20, maxLines = 2): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length > maxChars - 1 ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

const levelName = (level: number) => (level === 0 ? 'Entry level' : `Level ${level}`);
const sectorName: Record<string, string> = { nhs: 'NHS', 'social-care': 'social care', both: 'NHS and social care' };
const kindName: Record<string, string> = { role: 'job', qualification: 'qualification or step', programme: 'local programme' };

/** "Care worker: job, Entry level, social care". */
export function nodeName(n: { title: string; kind: string; level: number; sector?: string | undefined }): string {
  const parts = [kindName[n.kind] ?? n.kind, n.kind === 'programme' ? 'local help' : levelName(n.level)];
  if (n.sector) parts.push(sectorName[n.sector] ?? n.sector);
  return `${n.title}: ${parts.join(', ')}`;
}
