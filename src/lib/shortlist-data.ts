/**
 * What the compare page and "My list" show about each job, qualification and programme, cut
 * down from the content and the graph to one small JSON file (`/shortlist.json`) that the
 * two pages fetch when they open. Pay, levels and sectors are the graph's derived facts,
 * never worked out again here. Routes need the graph itself: `shortlistRouteData` is a second
 * file, fetched only when a list holds a route. Pure: content and graph in, plain JSON out.
 */
import type { ParsedContent } from './content/parse.ts';
import { formatMonths, shorten } from './format.ts';
import { type Graph, type GraphData, type GraphNode, sectorLabel } from './graph/graph.ts';
import { entryQualifications, needsOf, nextRoles, programmesByBorough, programmesFor, rolesQualifiedFor } from './graph/relations.ts';
import { routeDetails } from './routes/details.ts';
import type { StepDetail } from './routes/types.ts';

/** A local programme, with how to get in touch. Ended programmes are not in the data at all. */
export interface ProgrammeFacts {
  id: string;
  title: string;
  href: string;
  provider: string;
  /** Borough ids whose residents can join. */
  boroughs: string[];
  /** True when residents of every borough can join. */
  wide: boolean;
  /** What it costs, in the content's words; `free` when that starts with "Free". */
  cost: string;
  free: boolean;
  /** Who can join, in the source's words. */
  who: string;
  /** How long it lasts, in the source's words. */
  length: string;
  status: 'running' | 'paused' | 'unknown';
  url?: string;
  phone?: string;
  email?: string;
  reviewed: string;
}

/** One way into a job: a qualification, how long it takes, and what it needs first. */
export interface WayIn {
  id: string;
  title: string;
  href: string;
  /** "Level 3", "Entry level" or "". */
  level: string;
  /** "about 1 year 6 months", or "" when it takes no time to speak of (a check). */
  time: string;
  paid: boolean;
  /** What it needs first, in words ("GCSE English and maths; and one of A levels or Access to HE"), or "". */
  needs: string;
}

export interface RoleFacts {
  id: string;
  title: string;
  href: string;
  /** The graph's level label and sector words. */
  level: string;
  sector: string;
  /** The graph's pay text, note and London line. */
  pay: { text: string; note?: string; london?: string };
  hours: string;
  /** The regulator people must register with (NMC, HCPC, ...), if any. */
  regulator?: string;
  /** True when you can apply with no qualifications. */
  openEntry: boolean;
  ways: WayIn[];
  /** Jobs this one often leads to. */
  next: { id: string; title: string }[];
  good: string[];
  hard: string[];
  /** Ids of programmes that help towards the job (directly or through a way in), not ended. */
  help: string[];
  reviewed: string;
}

export interface QualificationFacts {
  id: string;
  title: string;
  href: string;
  level: string;
  /** "about 1 year", or "". */
  time: string;
  /** Who pays, cut to whole sentences. */
  funding: string;
  paid: boolean;
  /** What it needs first, in words, or "". */
  needs: string;
  /** Jobs it gets you into. */
  roles: { id: string; title: string }[];
  /** Ids of programmes that offer it, not ended. */
  help: string[];
  reviewed: string;
}

export interface ShortlistData {
  roles: RoleFacts[];
  qualifications: QualificationFacts[];
  programmes: ProgrammeFacts[];
  boroughs: { id: string; name: string; url?: string }[];
}

/** What the route finder needs to rebuild a saved route in the browser. */
export interface ShortlistRouteData {
  graph: GraphData;
  details: [string, StepDetail][];
}

/** Who pays is cut to whole sentences up to about this many characters. */
const MAX_FUNDING_CHARS = 200;

const time = (months: number | undefined) => (months && months > 0 ? `about ${formatMonths(months)}` : '');

/** "A or B", "A, B or C". */
export const orList = (titles: readonly string[]): string => (titles.length <= 1 ? (titles[0] ?? '') : `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}`);

/** What a qualification needs first, in words: each `all` need, and "one of ..." for each choice. */
export function needsText(graph: Graph, id: string): string {
  const needs = needsOf(graph, id);
  const parts = [
    ...needs.all.map((n) => (n.kind === 'role' ? `${n.title} (a job)` : n.title)),
    ...needs.choices.map((c) => (c.length > 1 ? `one of ${orList(c.map((n) => n.title))}` : (c[0]?.title ?? ''))),
  ].filter(Boolean);
  return parts.join('; and ');
}

const ref = (n: GraphNode) => ({ id: n.id, title: n.title });
const current = (n: GraphNode) => n.kind === 'programme' && n.programme?.status !== 'ended';

export function shortlistData(content: Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes' | 'boroughs'>, graph: Graph): ShortlistData {
  const all = content.boroughs.length;
  const roles: RoleFacts[] = content.roles.map(({ id, data: r }) => {
    const node = graph.byId.get(id);
    const help = new Set(
      [...programmesByBorough(graph, id).values()]
        .flat()
        .filter(current)
        .map((p) => p.id),
    );
    const facts: RoleFacts = {
      id,
      title: r.title,
      href: node?.href ?? `/roles/${id}/`,
      level: node?.levelLabel ?? '',
      sector: sectorLabel(node?.sector),
      pay: { text: node?.pay?.text ?? '' },
      hours: r.hours,
      openEntry: r.open_entry,
      ways: entryQualifications(graph, id).map((q) => ({
        id: q.id,
        title: q.title,
        href: q.href,
        level: q.levelLabel,
        time: time(q.months),
        paid: q.paid === true,
        needs: needsText(graph, q.id),
      })),
      next: nextRoles(graph, id).map(ref),
      good: r.good,
      hard: r.hard,
      help: [...help].sort(),
      reviewed: r.reviewed,
    };
    if (node?.pay?.note) facts.pay.note = node.pay.note;
    if (node?.pay?.london) facts.pay.london = node.pay.london;
    if (r.regulator) facts.regulator = r.regulator;
    return facts;
  });
  const qualifications: QualificationFacts[] = content.qualifications.map(({ id, data: q }) => {
    const node = graph.byId.get(id);
    return {
      id,
      title: q.title,
      href: node?.href ?? `/qualifications/${id}/`,
      level: node?.levelLabel ?? '',
      time: time(q.typical_months),
      funding: shorten(q.funding, MAX_FUNDING_CHARS),
      paid: q.paid,
      needs: needsText(graph, id),
      roles: rolesQualifiedFor(graph, id).map(ref),
      help: programmesFor(graph, id)
        .filter(current)
        .map((p) => p.id)
        .sort(),
      reviewed: q.reviewed,
    };
  });
  const programmes: ProgrammeFacts[] = content.programmes
    .filter((p) => p.data.status !== 'ended')
    .map(({ id, data: p }) => {
      const facts: ProgrammeFacts = {
        id,
        title: p.title,
        href: graph.byId.get(id)?.href ?? `/programmes/${id}/`,
        provider: p.provider,
        boroughs: p.boroughs,
        wide: p.boroughs.length >= all,
        cost: p.cost,
        free: graph.byId.get(id)?.programme?.free ?? false,
        who: p.who_can_join.text,
        length: p.length,
        status: p.status === 'ended' ? 'unknown' : p.status,
        reviewed: p.reviewed,
      };
      if (p.url) facts.url = p.url;
      if (p.phone) facts.phone = p.phone;
      if (p.email) facts.email = p.email;
      return facts;
    });
  const boroughs = content.boroughs.map((b) => (b.url ? { id: b.id, name: b.name, url: b.url } : { id: b.id, name: b.name }));
  return { roles, qualifications, programmes, boroughs };
}

/** The graph without the long text routes never show, and the programme and funding details routes use. */
export function shortlistRouteData(content: Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes' | 'boroughs'>, graph: Graph): ShortlistRouteData {
  const nodes = graph.nodes.map(({ summary: _s, tags: _t, ...n }) => ({ ...n, summary: '' }));
  return { graph: { nodes, edges: graph.edges }, details: [...routeDetails(content)] };
}
