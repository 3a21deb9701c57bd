/**
 * A pathway view as a list, top to bottom by level: what phones show instead of the picture,
 * and what "Show as list" shows on larger screens. The same nodes and lines as the picture
 * (layout/pathway.ts), in words: each job or step, what it leads to, and where people come
 * in from other pathways. Pure: the page renders it.
 */
import type { GraphData, GraphNode } from '../graph/graph.ts';
import { walkOf } from '../layout/neighbourhood.ts';
import { columnLabel, columnOf } from '../layout/types.ts';
import { pathwayHref } from './pathway-view.ts';

export interface ListLink {
  id: string;
  title: string;
  href: string;
  /** Set when the node belongs to another pathway: that pathway's title. */
  lane?: string;
}

export interface ListItem extends ListLink {
  kind: GraphNode['kind'];
  levelLabel: string;
  next: ListLink[];
  /** Ways in from other pathways. */
  from: ListLink[];
}

export interface ListLevel {
  /** "Entry", "Level 3", "Level 7+". */
  label: string;
  items: ListItem[];
}

/** The pathway's own jobs and steps by level column, jobs first, each with its ways on and in. */
export function pathwayList(graph: GraphData, pathway: string, laneTitles: ReadonlyMap<string, string>): ListLevel[] {
  const byId = new Map(graph.nodes.filter((n) => n.kind !== 'programme').map((n) => [n.id, n]));
  const own = [...byId.values()].filter((n) => n.family === pathway);
  const linkTo = (n: GraphNode): ListLink => {
    const lane = n.family === pathway ? undefined : laneTitles.get(n.family);
    return lane === undefined ? { id: n.id, title: n.title, href: n.href } : { id: n.id, title: n.title, href: pathwayHref(n.family, n.id), lane };
  };
  const byTitle = (a: { title: string }, b: { title: string }) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  // Each node's lines, in the graph's order, indexed once (not a scan of every line per node).
  const walk = walkOf(graph);
  const levels = new Map<number, ListItem[]>();
  for (const n of own) {
    const next = new Map<string, ListLink>();
    const from = new Map<string, ListLink>();
    for (const id of walk.next(n.id)) {
      const to = byId.get(id);
      if (to) next.set(to.id, linkTo(to));
    }
    for (const id of walk.prev(n.id)) {
      const src = byId.get(id);
      if (src && src.family !== pathway) from.set(src.id, linkTo(src));
    }
    const c = columnOf(n.level);
    const item: ListItem = {
      ...linkTo(n),
      kind: n.kind,
      levelLabel: n.levelLabel,
      next: [...next.values()].sort(byTitle),
      from: [...from.values()].sort(byTitle),
    };
    const list = levels.get(c);
    if (list) list.push(item);
    else levels.set(c, [item]);
  }
  const rank = (k: string) => (k === 'role' ? 0 : 1);
  return [...levels.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([c, items]) => ({ label: columnLabel(c), items: items.sort((a, b) => rank(a.kind) - rank(b.kind) || byTitle(a, b)) }));
}
