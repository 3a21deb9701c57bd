/**
 * One pathway's lane, drawn large (pathway views on /explore/): its own jobs and steps, plus a
 * box for each node of another pathway that a line joins to them ("exits"), placed at that
 * node's level, so a way out of the lane is a short line to a named box instead of a long line
 * across the whole map. Only the lines that touch the lane are drawn.
 */
import type { GraphData, GraphEdge, GraphNode } from '../graph/graph.ts';
import { exitText } from './labels.ts';
import { layoutMap } from './layout-map.ts';
import { type LaneInput, type LayoutOptions, labelFit, type MapLayout } from './types.ts';

/** Boxes sized to their titles (three lines at most, 15px); no lane title inside the picture. */
export const pathwayLayoutOptions: LayoutOptions = {
  compact: true,
  labels: labelFit,
  layers: true,
  cellAlign: 'top',
  sweeps: 12,
  columnPadding: 8,
  columnGap: 40,
  rowGap: 12,
  lanePadding: 10,
  laneLabelHeight: 0,
  headerHeight: 36,
  margin: 12,
};

export interface PathwayGraph extends GraphData {
  /** The exits: nodes of other pathways, by id, with their own lane and which way the line runs. */
  exits: Map<string, { lane: string; direction: 'in' | 'out' }>;
  /** The "any one of these" junctions, by id: the choices, and the steps that accept any one of them. */
  junctions: Map<string, { members: string[]; targets: string[] }>;
}

/** The words on a junction box. */
export const junctionTitle = 'Any one of these';

/**
 * Many steps accept the same choice ("A levels, a BTEC, an Access to HE Diploma or a T Level"
 * before each of 19 degrees): drawn edge by edge that is choices × steps lines, nearly all
 * crossing. Each choice made by two or more steps becomes one junction box ("Any one of
 * these") with a line in from each choice and a line out to each step: choices + steps lines.
 */
function addJunctions(nodes: GraphNode[], edges: GraphEdge[], pathway: string): Pick<PathwayGraph, 'nodes' | 'edges' | 'junctions'> {
  const choices = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    if (!e.any) continue;
    const key = `${e.to}#${e.group ?? 0}`;
    choices.set(key, [...(choices.get(key) ?? []), e]);
  }
  const byMembers = new Map<string, { members: string[]; targets: string[]; edges: GraphEdge[] }>();
  for (const list of choices.values()) {
    const members = [...new Set(list.map((e) => e.from))].sort();
    if (members.length < 2) continue;
    const key = members.join(' ');
    const group = byMembers.get(key) ?? { members, targets: [], edges: [] };
    group.targets.push(list[0]?.to ?? '');
    group.edges.push(...list);
    byMembers.set(key, group);
  }
  const level = new Map(nodes.map((n) => [n.id, n.level]));
  const junctions = new Map<string, { members: string[]; targets: string[] }>();
  const replaced = new Set<GraphEdge>();
  const added: GraphEdge[] = [];
  const extra: GraphNode[] = [];
  for (const [key, group] of [...byMembers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (group.targets.length < 2) continue;
    const id = `one-of-${junctions.size + 1}`;
    const targets = group.targets.sort();
    junctions.set(id, { members: group.members, targets });
    for (const e of group.edges) replaced.add(e);
    for (const m of group.members) added.push({ from: m, to: id, kind: 'requires' });
    for (const t of targets) added.push({ from: id, to: t, kind: 'requires' });
    extra.push({
      id,
      kind: 'qualification',
      // Read by the layout's `layers`: a junction stands before the steps it leads to.
      qualificationKind: 'choice',
      title: junctionTitle,
      // Just before the first step that takes the choice (never before a choice itself): a
      // few long lines from the choices, then a short fan to the steps, crosses far fewer
      // lines than a long fan from beside the choices.
      level: Math.max(...group.members.map((m) => level.get(m) ?? 0), Math.min(...targets.map((t) => level.get(t) ?? 0))),
      levelLabel: '',
      summary: key,
      family: pathway,
      href: '',
    });
  }
  return { nodes: [...nodes, ...extra], edges: [...edges.filter((e) => !replaced.has(e)), ...added], junctions };
}

/**
 * The lane's nodes and edges, and the other pathways' nodes joined to them. An exit is "out"
 * when any line runs from the lane to it, otherwise "in". Lines between two exits are left out.
 */
export function pathwayGraph(graph: GraphData, pathway: string): PathwayGraph {
  const own = new Set(graph.nodes.filter((n) => n.family === pathway).map((n) => n.id));
  const exits = new Map<string, { lane: string; direction: 'in' | 'out' }>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges: GraphEdge[] = [];
  for (const e of graph.edges) {
    const from = own.has(e.from);
    const to = own.has(e.to);
    if (!from && !to) continue;
    const other = from ? (to ? undefined : byId.get(e.to)) : byId.get(e.from);
    if (!from || !to) {
      if (!other) continue;
      const direction = from ? 'out' : 'in';
      const known = exits.get(other.id);
      if (!known || direction === 'out') exits.set(other.id, { lane: other.family, direction: known?.direction === 'out' ? 'out' : direction });
    }
    edges.push(e);
  }
  const nodes = graph.nodes.filter((n) => own.has(n.id) || exits.has(n.id));
  return { ...addJunctions(nodes, edges, pathway), exits };
}

/**
 * Lays out one pathway's view. `lanes` names every pathway (exits say which one they lead to);
 * the lane drawn is `pathway`'s. Exit boxes carry `exit` and, as their lines, the exit's words.
 */
export function layoutPathway(graph: GraphData, pathway: string, lanes: readonly LaneInput[], options: LayoutOptions = {}): MapLayout {
  const lane = lanes.find((l) => l.id === pathway) ?? { id: pathway, title: pathway, colour: '#505a5f', order: 0 };
  const titles = new Map(lanes.map((l) => [l.id, l.title]));
  const sub = pathwayGraph(graph, pathway);
  // Every box sits in the one lane; an exit's box is sized to its whole text.
  const nodes: GraphNode[] = sub.nodes.map((n) => {
    const exit = sub.exits.get(n.id);
    return exit ? { ...n, family: pathway, title: exitText(n.title, titles.get(exit.lane) ?? exit.lane, exit.direction) } : n;
  });
  const layout = layoutMap({ nodes, edges: sub.edges }, [lane], { ...pathwayLayoutOptions, ...options });
  return {
    ...layout,
    nodes: layout.nodes.map((n) => {
      const exit = sub.exits.get(n.id);
      if (exit) return { ...n, exit: { lane: exit.lane, laneTitle: titles.get(exit.lane) ?? exit.lane, direction: exit.direction } };
      return sub.junctions.has(n.id) ? { ...n, junction: true } : n;
    }),
  };
}
