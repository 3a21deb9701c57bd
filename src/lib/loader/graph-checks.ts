/**
 * Checks that need the built graph: every role can be reached from a journey's start, and
 * editors are warned about stale entries and boroughs with no programme. Pure.
 */
import { allEntries } from '../content/guards.ts';
import type { ContentIssue } from '../content/issues.ts';
import type { ParsedContent } from '../content/parse.ts';
import type { Graph } from '../graph/graph.ts';

export interface GraphCheckOptions {
  /** Today, YYYY-MM-DD, for the review-age warning. */
  today: string;
  /** Entries not reviewed for this many months get a warning. */
  staleMonths?: number;
}

/** Every graph-stage check, in a stable order. */
export function graphChecks(content: ParsedContent, graph: Graph, options: GraphCheckOptions): ContentIssue[] {
  const invalid = new Set(content.invalid.map((f) => f.id));
  return [...reachability(content, graph, invalid), ...boroughWarnings(content), ...staleWarnings(content, options)];
}

/** The ids a person can reach from the given starts by following the graph's edges. */
export function reachableFrom(graph: Graph, starts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts].filter((id) => graph.byId.has(id));
  for (const id of queue) seen.add(id);
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of graph.out.get(id) ?? []) {
      if (!seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}

/** Where someone with no qualifications can begin: open-entry roles, steps with no prerequisite, programmes. */
export function openStarts(graph: Graph): string[] {
  return graph.nodes
    .filter((n) => (n.kind === 'role' ? n.openEntry : n.kind === 'programme' || (graph.in.get(n.id) ?? []).every((e) => e.kind !== 'requires')))
    .map((n) => n.id);
}

/** Every role must be reachable from a journey's start (an empty start means "no qualifications yet"). */
function reachability(content: ParsedContent, graph: Graph, invalid: ReadonlySet<string>): ContentIssue[] {
  // With a broken entry in the content, reachability is not trustworthy: skip it until fixed.
  if (invalid.size) return [];
  const starts = new Set<string>();
  const journeys = content.journeys.length ? content.journeys : [{ data: { start: [] as string[] } }];
  for (const j of journeys) for (const id of j.data.start.length ? j.data.start : openStarts(graph)) starts.add(id);
  const reached = reachableFrom(graph, starts);
  return content.roles
    .filter((r) => !reached.has(r.id))
    .map((r) => ({
      file: r.file,
      field: 'entry',
      message: `no route reaches "${r.id}" from any journey's starting point`,
      fix: "add a qualification id to `entry`, set `open_entry: true`, or list this role in another role's `progression` or a programme's `leads_to`",
      severity: 'error' as const,
    }));
}

function boroughWarnings(content: ParsedContent): ContentIssue[] {
  const served = new Set(content.programmes.flatMap((p) => p.data.boroughs));
  return content.boroughs
    .filter((b) => !served.has(b.id))
    .map((b) => ({
      file: 'content/boroughs.yaml',
      field: b.id,
      message: `no programme serves ${b.name}`,
      fix: `add "${b.id}" to the \`boroughs\` of a programme in content/programmes/ that residents there can use`,
      severity: 'warning' as const,
    }));
}

/** The date `months` after an ISO date, as YYYY-MM-DD. */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

function staleWarnings(content: ParsedContent, options: GraphCheckOptions): ContentIssue[] {
  const limit = options.staleMonths ?? 12;
  const all = allEntries(content);
  return all
    .filter((e) => addMonths(e.data.reviewed, limit) < options.today)
    .map((e) => ({
      file: e.file,
      field: 'reviewed',
      message: `last reviewed ${e.data.reviewed}, more than ${limit} months ago`,
      fix: "check the entry against its sources, then set `reviewed` to today's date",
      severity: 'warning' as const,
    }));
}
