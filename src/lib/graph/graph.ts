/**
 * The pathway graph: roles, qualifications and programmes as nodes; the ways between them
 * as typed edges. Cross-references are declared on one side in content; this module derives
 * both directions. Pure and serialisable: islands receive `GraphData` as JSON.
 */
import type { ParsedContent } from '../content/parse.ts';
import { type PayFacts, rolePay } from './pay.ts';

export type NodeKind = 'role' | 'qualification' | 'programme';

/**
 * Edge kinds, each read "from -> to":
 * - qualifies: a qualification that gets you into a role (role.entry)
 * - requires: something you need before starting a qualification (qualification.requires;
 *   edges from `requires_any` carry `any: true`: one of them is enough)
 * - progresses: a role that often leads to another (role.progression)
 * - trains: a qualification people usually take while in a role (role.in_work)
 * - offers: a programme that gives you a qualification (programme.offers)
 * - leads-to: a programme that leads to a role (programme.leads_to)
 */
export type Sector = 'social-care' | 'nhs' | 'both';

/** Qualification kinds that have no RQF level of their own. */
export const LEVELLESS_KINDS: ReadonlySet<string> = new Set(['registration', 'test', 'check']);

/** "Entry level" for 0, else "Level N". */
export const levelLabel = (level: number): string => (level === 0 ? 'Entry level' : `Level ${level}`);

/** A sector in words, the one form every page, panel and search result shows. */
export const sectorLabel = (sector: string | undefined): string =>
  sector === 'nhs' ? 'NHS' : sector === 'social-care' ? 'Adult social care' : sector === 'both' ? 'NHS and adult social care' : '';

/** Combines sectors: one sector, or "both" when they differ. */
export function combineSectors(sectors: Iterable<Sector | undefined>): Sector | undefined {
  const set = new Set([...sectors].filter((s): s is Sector => s !== undefined));
  if (set.size === 0) return undefined;
  return set.size === 1 ? [...set][0] : 'both';
}

export type EdgeKind = 'qualifies' | 'requires' | 'progresses' | 'trains' | 'offers' | 'leads-to';

export const edgeKinds: readonly EdgeKind[] = ['qualifies', 'requires', 'progresses', 'trains', 'offers', 'leads-to'];

export interface GraphNode {
  id: string;
  kind: NodeKind;
  title: string;
  /** RQF level, 0 for Entry or none. Programmes take the lowest level they lead to. */
  level: number;
  /** The level in words, the one form every page shows: "Entry level", "Level 3", or "" for steps with no level (registrations, tests, checks) and programmes. */
  levelLabel: string;
  summary: string;
  /**
   * Roles: their sector. Qualifications: the sectors of the roles they get you into or are
   * taken in ("both" when mixed). Programmes: the sectors of what they lead to and offer.
   */
  sector?: Sector;
  /** The pathway lane: a role's family; for others, derived from the roles they connect to. */
  family: string;
  /** Roles: pay in the site's one format, from content/pay-scales.yaml. */
  pay?: PayFacts;
  /** Roles: true when no qualification is needed to apply. */
  openEntry?: boolean;
  /** Qualifications: typical months; programmes: undefined. */
  months?: number;
  /** Qualifications: the kind (apprenticeship, diploma, ...). */
  qualificationKind?: string;
  /** True when people are paid while doing it (roles, apprenticeships, paid programmes). */
  paid?: boolean;
  /** Programmes: borough ids. */
  boroughs?: string[];
  /** Programmes: whether it runs (ended ones leave lists and routes), what it costs, who can join. */
  programme?: { status: 'running' | 'paused' | 'ended' | 'unknown'; free: boolean; cost: string; who: string };
  /** Role tags (no-experience, nights, ...). */
  tags?: string[];
  href: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** On `requires` edges: true when any one of the node's such edges in the same `group` is enough. */
  any?: true;
  /** On `any` edges: which choice of `requires_any` the edge belongs to (0, 1, ...). */
  group?: number;
}

/** The JSON form of the graph. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The graph with lookups in both directions. */
export interface Graph extends GraphData {
  byId: Map<string, GraphNode>;
  out: Map<string, GraphEdge[]>;
  in: Map<string, GraphEdge[]>;
}

export function hrefFor(kind: NodeKind | 'pathway' | 'borough' | 'journey' | 'glossary' | 'previous-job', id: string): string {
  switch (kind) {
    case 'role':
      return `/roles/${id}/`;
    case 'qualification':
      return `/qualifications/${id}/`;
    case 'programme':
      return `/programmes/${id}/`;
    case 'pathway':
      return `/pathways/${id}/`;
    case 'borough':
      return `/boroughs/${id}/`;
    case 'journey':
      return `/start/${id}/`;
    case 'glossary':
      return `/glossary/#${id}`;
    case 'previous-job':
      return `/previous-jobs/${id}/`;
  }
}

export type GraphContent = Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes' | 'pathways' | 'payScales'>;

/**
 * Builds the graph and the facts derived from content (level labels, sectors, pay text).
 * `today` (YYYY-MM-DD) picks the pay year in force. References to unknown ids are skipped
 * (the content check reports them).
 */
export function buildGraph(content: GraphContent, options: { today: string }): Graph {
  const nodes: GraphNode[] = [];
  for (const r of content.roles) {
    nodes.push({
      id: r.id,
      kind: 'role',
      title: r.data.title,
      level: r.data.level,
      levelLabel: levelLabel(r.data.level),
      summary: r.data.summary,
      sector: r.data.sector,
      family: r.data.family,
      pay: rolePay(r.data.pay, content.payScales, options.today),
      openEntry: r.data.open_entry,
      paid: true,
      tags: r.data.tags,
      href: hrefFor('role', r.id),
    });
  }
  for (const q of content.qualifications) {
    nodes.push({
      id: q.id,
      kind: 'qualification',
      title: q.data.title,
      level: q.data.level,
      levelLabel: LEVELLESS_KINDS.has(q.data.kind) ? '' : levelLabel(q.data.level),
      summary: q.data.summary,
      family: '',
      months: q.data.typical_months,
      qualificationKind: q.data.kind,
      paid: q.data.paid,
      href: hrefFor('qualification', q.id),
    });
  }
  for (const p of content.programmes) {
    nodes.push({
      id: p.id,
      kind: 'programme',
      title: p.data.title,
      level: 0,
      levelLabel: '',
      summary: p.data.summary,
      family: '',
      paid: p.data.paid === 'yes',
      boroughs: p.data.boroughs,
      programme: { status: p.data.status, free: /^free\b/i.test(p.data.cost), cost: p.data.cost, who: p.data.who_can_join.text },
      href: hrefFor('programme', p.id),
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, kind: EdgeKind, group?: number) => {
    const key = `${from}>${to}>${kind}`;
    if (from === to || seen.has(key) || !byId.has(from) || !byId.has(to)) return;
    seen.add(key);
    edges.push(group === undefined ? { from, to, kind } : { from, to, kind, any: true, group });
  };
  for (const r of content.roles) {
    for (const q of r.data.entry) add(q, r.id, 'qualifies');
    for (const q of r.data.in_work) add(r.id, q, 'trains');
    for (const next of r.data.progression) add(r.id, next, 'progresses');
  }
  for (const q of content.qualifications) {
    for (const pre of q.data.requires) add(pre, q.id, 'requires');
    q.data.requires_any.forEach((choice, group) => {
      for (const pre of choice) add(pre, q.id, 'requires', group);
    });
  }
  for (const p of content.programmes) {
    for (const q of p.data.offers) add(p.id, q, 'offers');
    for (const r of p.data.leads_to) add(p.id, r, 'leads-to');
  }
  const graph = indexGraph({ nodes, edges });
  deriveFamilies(
    graph,
    content.pathways.map((p) => p.id),
  );
  deriveSectors(graph);
  return graph;
}

/** Adds the two-way lookups to plain graph data (used on the server and in islands). */
export function indexGraph(data: GraphData): Graph {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const out = new Map<string, GraphEdge[]>();
  const inn = new Map<string, GraphEdge[]>();
  for (const n of data.nodes) {
    out.set(n.id, []);
    inn.set(n.id, []);
  }
  for (const e of data.edges) {
    out.get(e.from)?.push(e);
    inn.get(e.to)?.push(e);
  }
  return { ...data, byId, out, in: inn };
}

/**
 * Gives each qualification and programme the lane of the nearest roles it leads to: follow the
 * lines forward (through other steps) to the first roles met, and take their most common
 * pathway (ties broken by pathway order). The Nursing degree leads, through NMC registration,
 * to four nursing jobs, so it sits in Nursing and midwifery, whatever the A levels before it
 * lead to. A step that leads to no role takes its neighbours' most common lane.
 */
function deriveFamilies(graph: Graph, pathwayOrder: readonly string[]): void {
  const rank = (f: string) => {
    const i = pathwayOrder.indexOf(f);
    return i === -1 ? pathwayOrder.length : i;
  };
  // How many choices an "any one of these" line is one of: a weak sign of where a step leads.
  const choices = new Map<string, number>();
  for (const e of graph.edges) if (e.any) choices.set(`${e.to}#${e.group ?? 0}`, (choices.get(`${e.to}#${e.group ?? 0}`) ?? 0) + 1);
  const weight = (e: GraphEdge) => (e.any ? 1 / (choices.get(`${e.to}#${e.group ?? 0}`) ?? 1) : 1);
  /** Breadth first to the first roles met; each role counts the product of the weights on its way. */
  const nearestRoleFamily = (start: string, step: (id: string) => [string, number][]): string | undefined => {
    const seen = new Set([start]);
    let frontier: [string, number][] = [[start, 1]];
    while (frontier.length) {
      const next: [string, number][] = [];
      const counts = new Map<string, number>();
      for (const [id, w] of frontier) {
        for (const [to, v] of step(id)) {
          if (seen.has(to)) continue;
          seen.add(to);
          const n = graph.byId.get(to);
          if (n?.kind === 'role') {
            if (n.family) counts.set(n.family, (counts.get(n.family) ?? 0) + w * v);
          } else next.push([to, w * v]);
        }
      }
      const best = [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0];
      if (best) return best[0];
      frontier = next;
    }
    return undefined;
  };
  const out = (id: string) => graph.out.get(id) ?? [];
  const pending = graph.nodes.filter((n) => n.kind !== 'role');
  for (const node of pending) {
    node.family =
      // What it alone leads to (the Nursing degree → NMC registration → four nursing jobs).
      nearestRoleFamily(node.id, (id) =>
        out(id)
          .filter((e) => !e.any)
          .map((e) => [e.to, 1]),
      ) ??
      // An apprenticeship: the jobs it is taken in.
      nearestRoleFamily(node.id, (id) => (id === node.id ? (graph.in.get(id) ?? []).filter((e) => e.kind === 'trains').map((e) => [e.from, 1]) : [])) ??
      // Then every line forward, a choice among many counting less: the Midwifery degree is one
      // of two ways to register as a midwife and one of ten into postgraduate sonography.
      nearestRoleFamily(node.id, (id) => out(id).map((e) => [e.to, weight(e)])) ??
      '';
  }
  // A step that leads to no role (a registration no job names yet): its neighbours' lane.
  for (let pass = 0; pass < 3; pass++) {
    for (const node of pending) {
      if (node.family) continue;
      const counts = new Map<string, number>();
      const neighbours = [...out(node.id).map((e) => e.to), ...(graph.in.get(node.id) ?? []).map((e) => e.from)];
      for (const id of neighbours) {
        const f = graph.byId.get(id)?.family;
        if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
      }
      const best = [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0];
      if (best) node.family = best[0];
    }
  }
  for (const node of pending) if (!node.family) node.family = pathwayOrder[0] ?? '';
  // A programme sits at the lowest level of what it leads to.
  for (const node of graph.nodes) {
    if (node.kind !== 'programme') continue;
    const levels = (graph.out.get(node.id) ?? []).map((e) => graph.byId.get(e.to)?.level ?? 0);
    node.level = levels.length ? Math.min(...levels) : 0;
  }
}

/**
 * The one rule for a qualification's sector: the sectors of the roles it gets you into or is
 * taken in. A programme's: the sectors of the roles it leads to and the qualifications it offers.
 */
function deriveSectors(graph: Graph): void {
  const roleSector = (id: string) => {
    const n = graph.byId.get(id);
    return n?.kind === 'role' ? n.sector : undefined;
  };
  for (const n of graph.nodes) {
    if (n.kind !== 'qualification') continue;
    const sector = combineSectors([
      ...(graph.out.get(n.id) ?? []).filter((e) => e.kind === 'qualifies').map((e) => roleSector(e.to)),
      ...(graph.in.get(n.id) ?? []).filter((e) => e.kind === 'trains').map((e) => roleSector(e.from)),
    ]);
    if (sector) n.sector = sector;
  }
  for (const n of graph.nodes) {
    if (n.kind !== 'programme') continue;
    const sector = combineSectors((graph.out.get(n.id) ?? []).map((e) => graph.byId.get(e.to)?.sector));
    if (sector) n.sector = sector;
  }
}

/** Strips the lookups, for JSON. */
export function graphData(graph: Graph): GraphData {
  return { nodes: graph.nodes, edges: graph.edges };
}
