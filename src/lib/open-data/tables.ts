/**
 * The downloadable tables: roles, qualifications, programmes, and the graph's nodes and edges.
 * Each table's columns are the content schema's own field list (read from the zod schema, with
 * nested groups such as `pay` as `pay.bands`), then a few facts the graph derives. Every
 * column's meaning is written once here, in a record TypeScript checks against the schema's
 * type: a field added to or removed from the schema fails the type check until this file
 * follows, and a unit test compares the two lists at run time. The CSV header, the JSON
 * records and the /data/ page's field lists all come from these columns.
 * Pure: content and graph in, rows out.
 */
import type { z } from 'astro/zod';
import type { Entry, ParsedContent } from '../content/index.ts';
import { type Programme, programmeSchema, type Qualification, qualificationSchema, type Role, roleSchema } from '../content/schema.ts';
import { type Graph, type GraphEdge, type GraphNode, sectorLabel } from '../graph/graph.ts';
import type { Cell } from './csv.ts';

/** Roles, qualifications and programmes by id. */
export interface EntriesById {
  role: (id: string) => Entry<Role> | undefined;
  qualification: (id: string) => Entry<Qualification> | undefined;
  programme: (id: string) => Entry<Programme> | undefined;
}

/** Indexes the entries by id (pages use the site's own: src/data/site.ts). */
export function entriesById(content: Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes'>): EntriesById {
  const index = <T>(entries: readonly Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  const [roles, qualifications, programmes] = [index(content.roles), index(content.qualifications), index(content.programmes)];
  return { role: (id) => roles.get(id), qualification: (id) => qualifications.get(id), programme: (id) => programmes.get(id) };
}

/** What the open-data modules need: the content, its graph, today, and how to write a page's address. */
export interface OpenDataInput {
  content: Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes' | 'pathways' | 'boroughs' | 'payScales'>;
  graph: Graph;
  /** Entries by id, made once per build (the site's lookups): a page's JSON-LD never scans every entry. */
  entries: EntriesById;
  /** Today (YYYY-MM-DD): picks the pay year in force, as the graph did. */
  today: string;
  /** The address to publish for a page path: absolute when the site has a public address (SITE_URL), else the path itself. */
  address: (path: string) => string;
}

/** One column of a table: its name (a schema field, `group.field`, or a derived fact) and what it holds. */
export interface Field {
  name: string;
  description: string;
}

/**
 * The field names of T: its keys, with the keys of a nested group written `group.field`
 * (lists stay whole: one column each).
 */
export type FlatKeys<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[]
    ? K
    : NonNullable<T[K]> extends object
      ? `${K}.${keyof NonNullable<T[K]> & string}`
      : K;
}[keyof T & string];

type AnySchema = z.ZodType & { _zod: { def: { type: string; innerType?: AnySchema; in?: AnySchema; shape?: Record<string, AnySchema> } } };

/** Unwraps optional, default and pipe (transform) wrappers down to the field's own type. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = s._zod.def;
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
}

/** The field list of an object schema, in its order: nested object fields as `group.field`. */
export function schemaFields(schema: { shape: Record<string, unknown> }): string[] {
  return Object.entries(schema.shape as Record<string, AnySchema>).flatMap(([key, field]) => {
    const inner = unwrap(field);
    if (inner._zod.def.type === 'object' && inner._zod.def.shape) return Object.keys(inner._zod.def.shape).map((k) => `${key}.${k}`);
    // A record keyed by an enum (a role's names by language code): one column per key.
    const keys = (inner._zod.def as { keyType?: { _zod: { def: { entries?: Record<string, string> } } } }).keyType?._zod.def.entries;
    if (inner._zod.def.type === 'record' && keys) return Object.keys(keys).map((k) => `${key}.${k}`);
    return [key];
  });
}

/** A value at a dotted path ("pay.bands"). */
export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** The separator between the items of a list in a CSV cell. No content uses it. */
export const LIST_SEPARATOR = ' | ';

/**
 * A value as one CSV cell: lists joined with " | "; a list of choices (requires_any) as
 * "a or b | c or d"; a source as "title (address)".
 */
export function cellOf(value: unknown): Cell {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item) => (Array.isArray(item) ? item.join(' or ') : cellText(item))).join(LIST_SEPARATOR);
  return cellText(value);
}

function cellText(item: unknown): string {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    if (typeof o.title === 'string') return `${o.title} (${String(o.url ?? o.seed ?? '')})`;
    // A translation: its text, marked while no speaker has checked it.
    if (typeof o.text === 'string' && typeof o.reviewed === 'boolean') return o.reviewed ? o.text : `${o.text} (not yet checked)`;
    return JSON.stringify(item);
  }
  return String(item ?? '');
}

// ---- What each column holds. Typed against the schema: a missing or unknown field fails `tsc`.

const sourcesText = 'Where the facts come from: each source as "title (web address or seed document key)".';
const reviewedText = 'The date a person last checked the entry against its sources (YYYY-MM-DD).';

const roleText: Record<FlatKeys<Role>, string> = {
  title: 'The job title.',
  also_known_as: 'Other names for the same job.',
  sector: 'social-care, nhs or both.',
  family: 'The id of the pathway (career family) the job belongs to.',
  level: 'The RQF level the job works at: 0 means no qualification is needed to start.',
  summary: 'One plain-English sentence on what the job is.',
  simple: 'The same in simple English (ESOL Entry 3).',
  'pay.bands': 'NHS Agenda for Change bands the job is usually paid on (the figures are in pay_text).',
  'pay.rates': 'Ids of other published pay figures for the job (the figures are in pay_text).',
  'pay.floor': 'The id of a wage the job pays at least (national-living-wage).',
  'pay.note': 'What else to know about pay, in words.',
  hours: 'Hours and shift patterns, in words.',
  good: 'Good things about the job.',
  hard: 'Hard things about the job.',
  open_entry: 'true when you can apply with no qualifications.',
  entry: 'Ids of qualifications: having any one of them gets you in.',
  in_work: 'Ids of qualifications people usually take once in the job.',
  progression: 'Ids of jobs this job often leads to.',
  regulator: 'The professional regulator people must register with, if any.',
  dbs: 'The criminal record (DBS) check the job usually needs: none, basic, standard, enhanced or enhanced-barred.',
  tags: 'Facts people filter on: no-experience, part-time, nights, driving and others.',
  'names.bn': 'The job name in Bengali (machine-drafted until a speaker checks it).',
  'names.so': 'The job name in Somali (machine-drafted until a speaker checks it).',
  'names.tr': 'The job name in Turkish (machine-drafted until a speaker checks it).',
  'names.pl': 'The job name in Polish (machine-drafted until a speaker checks it).',
  'names.ar': 'The job name in Arabic (machine-drafted until a speaker checks it).',
  'names.pt': 'The job name in Portuguese (machine-drafted until a speaker checks it).',
  'names.es': 'The job name in Spanish (machine-drafted until a speaker checks it).',
  sources: sourcesText,
  reviewed: reviewedText,
};

const qualificationText: Record<FlatKeys<Qualification>, string> = {
  title: 'The name of the qualification, registration, test or check.',
  kind: 'What kind of step it is: award, certificate, diploma, apprenticeship, degree, registration, test, check and others.',
  level: 'RQF level (0 for Entry level and for checks).',
  typical_months: 'How long it usually takes, in months.',
  funding: 'Who pays, and the free routes, in words.',
  paid: 'true when you are paid while you do it (apprenticeships, in-work training).',
  requires: 'Ids of qualifications or jobs you need first: all of them.',
  requires_any: 'Ids you need one of first: each choice is written "a or b"; you need one from every choice.',
  summary: 'One plain-English sentence on what it is.',
  simple: 'The same in simple English.',
  sources: sourcesText,
  reviewed: reviewedText,
};

const programmeText: Record<FlatKeys<Programme>, string> = {
  title: 'The name of the programme.',
  provider: 'Who runs it.',
  boroughs: 'Ids of the boroughs whose residents can join.',
  serves: 'The groups it is for, in words.',
  'who_can_join.age_min': 'The youngest age it takes, when the source gives one.',
  'who_can_join.age_max': 'The oldest age it takes, when the source gives one.',
  'who_can_join.employment': 'Whether you must be out of work (not-working), in work (working), or either (any).',
  'who_can_join.only': 'A group it is only for, when it has one.',
  'who_can_join.text': 'Who can join, in the source’s words.',
  'who_can_join.no_way_to_join': 'true when the sources give a person no way to apply: the site never offers it as help.',
  offers: 'Ids of qualifications people gain on it.',
  leads_to: 'Ids of jobs it leads to.',
  length: 'How long it lasts, in the source’s words.',
  months: 'How long it lasts in months, when the source gives a length.',
  paid: 'Whether people are paid while on it: yes, no or unknown.',
  cost: 'What it costs the person, in words.',
  url: 'The programme’s own web page.',
  phone: 'A phone number to ask about it.',
  email: 'An email address to ask about it.',
  status: 'Whether it runs today: running, paused, ended or unknown.',
  status_checked: 'The date a person last confirmed the status (YYYY-MM-DD).',
  summary: 'One plain-English sentence on what it is.',
  sources: sourcesText,
  reviewed: reviewedText,
};

const nodeText: Record<FlatKeys<GraphNode>, string> = {
  id: 'The entry’s id, unique across the site.',
  kind: 'role, qualification or programme.',
  title: 'The name people see.',
  level: 'RQF level, 0 for Entry level or none; a programme takes the lowest level it leads to.',
  levelLabel: 'The level in words ("Entry level", "Level 3"); empty for registrations, tests, checks and programmes.',
  summary: 'One plain-English sentence on what it is.',
  sector: 'social-care, nhs or both: a role’s own; for others, derived from the roles they connect to.',
  family: 'The pathway lane on the map (a pathway id).',
  'pay.text': 'Roles: pay in words with its year, from content/pay-scales.yaml.',
  'pay.year': 'Roles: the pay year or date of the figures.',
  'pay.note': 'Roles: what else to know about pay.',
  'pay.london': 'Roles: the London high cost area supplement (NHS bands) or the London Living Wage.',
  'pay.simple': 'The pay in simple English (ESOL Entry 3).',
  openEntry: 'Roles: true when no qualification is needed to apply.',
  months: 'Qualifications: typical months.',
  qualificationKind: 'Qualifications: the kind (apprenticeship, diploma and others).',
  paid: 'true when people are paid while doing it.',
  boroughs: 'Programmes: ids of the boroughs whose residents can join.',
  'programme.status': 'Programmes: running, paused, ended or unknown.',
  'programme.free': 'Programmes: true when the cost says it is free.',
  'programme.cost': 'Programmes: what it costs, in words.',
  'programme.who': 'Programmes: who can join, in words.',
  tags: 'Roles: facts people filter on.',
  href: 'The entry’s page on this site.',
};

const edgeText: Record<FlatKeys<GraphEdge>, string> = {
  from: 'The id the way starts from.',
  to: 'The id the way leads to.',
  kind: 'qualifies (a qualification gets you into a job), requires (needed before a qualification), progresses (a job leads to another), trains (taken while in a job), offers (a programme gives a qualification), leads-to (a programme leads to a job).',
  any: 'On requires edges: true when one of the edges in the same group is enough.',
  group: 'On requires edges with any: which choice the edge belongs to (0, 1, ...).',
};

// ---- Tables

/** A table: its columns, its rows of CSV cells, and each row as a record for the JSON download (lists stay lists). */
export interface Table {
  fields: Field[];
  rows: Cell[][];
  records: Record<string, unknown>[];
}

interface Derived<T> {
  name: string;
  description: string;
  value: (entry: Entry<T>, node: GraphNode | undefined) => unknown;
}

const idField: Field = { name: 'id', description: 'The entry’s id: its file name, unique across the site.' };

function entryTable<T>(entries: readonly Entry<T>[], schemaNames: string[], text: Record<string, string>, derived: Derived<T>[], graph: Graph): Table {
  const fields: Field[] = [
    idField,
    ...schemaNames.map((name) => ({ name, description: text[name] ?? '' })),
    ...derived.map(({ name, description }) => ({ name, description })),
  ];
  const rows: Cell[][] = [];
  const records: Record<string, unknown>[] = [];
  for (const e of entries) {
    const node = graph.byId.get(e.id);
    const values: [string, unknown][] = [
      ['id', e.id],
      ...schemaNames.map((n): [string, unknown] => [n, valueAt(e.data, n)]),
      ...derived.map((d): [string, unknown] => [d.name, d.value(e, node)]),
    ];
    rows.push(values.map(([, v]) => cellOf(v)));
    const record: Record<string, unknown> = { id: e.id, ...(e.data as Record<string, unknown>) };
    for (const d of derived) {
      const v = d.value(e, node);
      if (v !== undefined) record[d.name] = v;
    }
    records.push(record);
  }
  return { fields, rows, records };
}

const pageField = <T>(input: OpenDataInput): Derived<T> => ({
  name: 'page',
  description: 'The entry’s page on this site.',
  value: (_e, node) => (node ? input.address(node.href) : undefined),
});

const sectorField = <T>(): Derived<T> => ({
  name: 'sector_label',
  description: 'The sector in words, as the site shows it (derived from the roles it connects to for qualifications and programmes).',
  value: (_e, node) => sectorLabel(node?.sector) || undefined,
});

export function rolesTable(input: OpenDataInput): Table {
  const pathways = new Map(input.content.pathways.map((p) => [p.id, p.data.title]));
  return entryTable<Role>(
    input.content.roles,
    schemaFields(roleSchema),
    roleText,
    [
      pageField(input),
      { name: 'level_label', description: 'The level in words ("Entry level", "Level 3").', value: (_e, n) => n?.levelLabel },
      sectorField(),
      { name: 'pathway_title', description: 'The name of the pathway in `family`.', value: (e) => pathways.get(e.data.family) },
      { name: 'pay_text', description: 'Pay in words with its year, from the figures in content/pay-scales.yaml.', value: (_e, n) => n?.pay?.text },
      { name: 'pay_year', description: 'The pay year or date of the figures in pay_text.', value: (_e, n) => n?.pay?.year || undefined },
      { name: 'pay_london', description: 'London: the NHS high cost area supplement, or the London Living Wage.', value: (_e, n) => n?.pay?.london },
    ],
    input.graph,
  );
}

export function qualificationsTable(input: OpenDataInput): Table {
  return entryTable<Qualification>(
    input.content.qualifications,
    schemaFields(qualificationSchema),
    qualificationText,
    [
      pageField(input),
      { name: 'level_label', description: 'The level in words; empty for registrations, tests and checks.', value: (_e, n) => n?.levelLabel || undefined },
      sectorField(),
      {
        name: 'gets_you_into',
        description: 'Ids of the jobs it gets you into (derived from the jobs’ `entry`).',
        value: (e) => (input.graph.out.get(e.id) ?? []).filter((x) => x.kind === 'qualifies').map((x) => x.to),
      },
    ],
    input.graph,
  );
}

export function programmesTable(input: OpenDataInput): Table {
  const names = new Map(input.content.boroughs.map((b) => [b.id, b.name]));
  return entryTable<Programme>(
    input.content.programmes,
    schemaFields(programmeSchema),
    programmeText,
    [
      pageField(input),
      { name: 'borough_names', description: 'The names of the boroughs in `boroughs`.', value: (e) => e.data.boroughs.map((b) => names.get(b) ?? b) },
      { name: 'free', description: 'true when the cost says it is free.', value: (_e, n) => n?.programme?.free },
      sectorField(),
    ],
    input.graph,
  );
}

/** The graph's nodes, one row each, with the derived facts the pages show. */
export function nodesTable(graph: Graph): Table {
  const names = Object.keys(nodeText) as FlatKeys<GraphNode>[];
  return {
    fields: names.map((name) => ({ name, description: nodeText[name] })),
    rows: graph.nodes.map((n) => names.map((name) => cellOf(valueAt(n, name)))),
    records: graph.nodes as unknown as Record<string, unknown>[],
  };
}

/** The graph's edges, one row each ("from -> to"). */
export function edgesTable(graph: Graph): Table {
  const names = Object.keys(edgeText) as FlatKeys<GraphEdge>[];
  return {
    fields: names.map((name) => ({ name, description: edgeText[name] })),
    rows: graph.edges.map((e) => names.map((name) => cellOf(valueAt(e, name)))),
    records: graph.edges as unknown as Record<string, unknown>[],
  };
}

/** The column descriptions, for the unit test that keeps them in step with the schemas. */
export const fieldTexts = { roles: roleText, qualifications: qualificationText, programmes: programmeText, nodes: nodeText, edges: edgeText } as const;
