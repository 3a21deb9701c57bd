/** Text for map nodes: titles wrapped to fit a box (src/lib/text.ts), and accessible names. */
import { sectorLabel } from '../graph/graph.ts';

export { wrapLabel } from '../text.ts';

const kindName: Record<string, string> = { role: 'job', qualification: 'qualification or step', programme: 'local programme' };

/** "Care worker: job, Entry level, Adult social care": level and sector as the graph words them. */
export function nodeName(n: { title: string; kind: string; levelLabel: string; sector?: string | undefined }): string {
  const parts = [kindName[n.kind] ?? n.kind, n.kind === 'programme' ? 'local help' : n.levelLabel, sectorLabel(n.sector)];
  return `${n.title}: ${parts.filter(Boolean).join(', ')}`;
}
