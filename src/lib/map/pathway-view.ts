/**
 * Pathway views on /explore/: one pathway's lane at a time. Their addresses, the words for
 * boxes that lead to other pathways, and the "where am I" line. Pure: no DOM.
 *
 * Addresses: `/explore/?pathway=nursing#pathway-nursing` opens the Nursing view (the fragment
 * shows it with CSS `:target`, so it works without JavaScript); `?select=adult-nurse` also
 * selects a node. Older links without the fragment (`?pathway=a,b`, `?select=x`, with or
 * without filters and `z`) open the nearest view: the first pathway named, else the
 * selection's own pathway (`openingPathway`).
 */
import { exitText, nodeName } from '../layout/labels.ts';
import type { MapNodeData } from './map-data.ts';

/** The id of a pathway view's section, and so its fragment. */
export const pathwayAnchor = (pathway: string): string => `pathway-${pathway}`;

/** The address of a pathway view, with a node selected when `select` is given. */
export function pathwayHref(pathway: string, select?: string): string {
  const params = new URLSearchParams({ pathway });
  if (select) params.set('select', select);
  return `/explore/?${params}#${pathwayAnchor(pathway)}`;
}

/** A box for another pathway's node links to that node in its own pathway's view. */
export const exitHref = (id: string, lane: string): string => pathwayHref(lane, id);

/** "→ Nursing and midwifery: Nursing associate: job, Level 5. Opens that pathway." */
export function exitName(n: Pick<MapNodeData, 'title' | 'kind' | 'levelLabel' | 'sector'>, exit: { laneTitle: string; direction: 'in' | 'out' }): string {
  return `${exitText(nodeName(n), exit.laneTitle, exit.direction)}. Opens that pathway.`;
}

/**
 * Which view an address opens: the first known pathway in `pathway=` (old links could name
 * several), else the pathway of the selected node, else none (the overview).
 */
export function openingPathway(search: string, pathways: ReadonlySet<string>, familyOf: (id: string) => string | undefined): string | undefined {
  const params = new URLSearchParams(search);
  for (const value of params.getAll('pathway')) {
    for (const id of value.split(',').map((s) => s.trim())) if (pathways.has(id)) return id;
  }
  const select = params.get('select');
  const family = select ? familyOf(select) : undefined;
  return family !== undefined && pathways.has(family) ? family : undefined;
}

export interface WhereInput {
  pathway: string;
  /** The focused or selected node, if any. */
  node?: Pick<MapNodeData, 'title' | 'kind' | 'levelLabel'> | undefined;
  exit?: { laneTitle: string; direction: 'in' | 'out' } | undefined;
  waysIn?: number;
  waysOut?: number;
  selected?: boolean;
}

const kindWord: Record<string, string> = { role: 'job', qualification: 'step', programme: 'local programme' };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The visible "where am I" line under a pathway view's title, also read out when it changes. */
export function whereAmI(w: WhereInput): string {
  if (!w.node) return `You are in ${w.pathway}. Tab to the map, then use the arrow keys to follow the lines.`;
  if (w.exit) return `You are on ${exitText(w.node.title, w.exit.laneTitle, w.exit.direction)} (another pathway). Enter opens it.`;
  const what = [kindWord[w.node.kind] ?? w.node.kind, w.node.levelLabel].filter(Boolean).join(', ');
  const ways = `${plural(w.waysIn ?? 0, 'way', 'ways')} in, ${plural(w.waysOut ?? 0, 'way', 'ways')} on`;
  const next = w.selected ? 'Enter again for the details; Escape clears.' : 'Enter shows its routes.';
  return `You are on ${w.node.title} (${what}) in ${w.pathway}: ${ways}. ${next}`;
}
