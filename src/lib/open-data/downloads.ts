/**
 * The open-data downloads under /data/: what each file is, its fields, and how it is made.
 * One list feeds the files (src/pages/data/[file].ts), the /data/ page that explains them, and
 * the tests, so the page cannot list a file that is not there or miss one that is.
 * Pure: content and graph in, file text out.
 */
import type { ParsedContent } from '../content/index.ts';
import { type Graph, type GraphData, graphData } from '../graph/graph.ts';
import { toCsv } from './csv.ts';
import { type OrukService, openReferral } from './open-referral.ts';
import { edgesTable, type Field, nodesTable, type OpenDataInput, programmesTable, qualificationsTable, rolesTable, type Table } from './tables.ts';

/**
 * The licence of the data. The project's documents (README.md, docs/, the design) name none,
 * so the files say so rather than guess; the publisher fills this in.
 */
export const LICENCE = 'To be confirmed by the publisher';

export interface DataFile {
  /** The file name under /data/ ("roles.csv"). */
  file: string;
  format: 'CSV' | 'JSON';
  /** The media type the file is served as. */
  type: string;
  build: (input: OpenDataInput) => string;
}

export interface Dataset {
  id: string;
  title: string;
  /** What the data set holds, in plain words. */
  about: string;
  files: DataFile[];
  /** The fields, in groups ("Jobs", or "Nodes" and "Edges"). */
  fields: (input: OpenDataInput) => { title: string; fields: Field[] }[];
}

/** The whole pathway graph as one JSON document: the body of /graph.json and /data/graph.json. */
export function graphDocument(
  content: Pick<ParsedContent, 'pathways' | 'boroughs'>,
  graph: Graph,
  generated: string,
): { generated: string; pathways: { id: string; title: string; colour: string; steps: string[] }[]; boroughs: ParsedContent['boroughs'] } & GraphData {
  return {
    generated,
    pathways: content.pathways.map((p) => ({ id: p.id, title: p.data.title, colour: p.data.colour, steps: p.data.steps })),
    boroughs: content.boroughs,
    ...graphData(graph),
  };
}

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
const csvOf = (t: Table) =>
  toCsv(
    t.fields.map((f) => f.name),
    t.rows,
  );

/** A table's JSON download: what it is, its licence, its fields, then its records. */
function tableJson(title: string, key: string, t: Table, input: OpenDataInput): string {
  return json({ title, licence: LICENCE, documentation: input.address('/data/'), fields: t.fields, [key]: t.records });
}

function tableDataset(id: string, title: string, about: string, table: (input: OpenDataInput) => Table): Dataset {
  return {
    id,
    title,
    about,
    files: [
      { file: `${id}.csv`, format: 'CSV', type: 'text/csv; charset=utf-8', build: (input) => csvOf(table(input)) },
      { file: `${id}.json`, format: 'JSON', type: 'application/json', build: (input) => tableJson(title, id, table(input), input) },
    ],
    fields: (input) => [{ title, fields: table(input).fields }],
  };
}

/** What each field of an Open Referral UK service holds here. Typed against the service's shape. */
const orukText: Record<keyof OrukService, string> = {
  id: 'A UUID for the programme, the same in every build.',
  organization_id: 'The UUID of the organisation that runs it.',
  name: 'The programme’s name.',
  description: 'One sentence on what it is, then who can join in the source’s words.',
  url: 'The programme’s own web page (or its page on this site, when the site has a public address).',
  email: 'An email address to ask about it.',
  status: 'active (running, or not confirmed either way), temporarily closed (paused) or inactive (ended).',
  fees: 'What it costs, in words.',
  minimum_age: 'The youngest age it takes, when the source gives one.',
  maximum_age: 'The oldest age it takes, when the source gives one.',
  assured_date: 'The date a person last confirmed its status.',
  alert: 'Said when the status is not running: not confirmed, paused or ended.',
  organization: 'The organisation that runs it: id, name and description.',
  service_areas: 'One per borough whose residents can join.',
  service_at_locations: 'How to reach it: the content records no venue, so the location says to ask the provider.',
  cost_options: 'The cost: amount 0 when it is free, and the cost in words.',
  contacts: 'A phone number to ask about it, when there is one.',
};

/** Every data set, in the order the /data/ page lists them. */
export const datasets: readonly Dataset[] = [
  tableDataset('roles', 'Jobs', 'Every job: what it is, its level, pay with its year, hours, the ways in and where it leads.', rolesTable),
  tableDataset(
    'qualifications',
    'Qualifications',
    'Every qualification, apprenticeship, registration, test and check: how long it takes, who pays and what it needs first.',
    qualificationsTable,
  ),
  tableDataset(
    'programmes',
    'Local programmes',
    'Every local programme: who runs it, who can join, where, what it costs and whether it runs.',
    programmesTable,
  ),
  {
    id: 'graph',
    title: 'The pathway graph',
    about:
      'Every job, qualification and programme as a node, and every way between them as an edge: the data behind the map and the route finder. graph.json also lists the pathways and the boroughs; it is the same as /graph.json.',
    files: [
      {
        file: 'graph.json',
        format: 'JSON',
        type: 'application/json',
        build: (input) => JSON.stringify(graphDocument(input.content, input.graph, input.today)),
      },
      { file: 'graph-nodes.csv', format: 'CSV', type: 'text/csv; charset=utf-8', build: (input) => csvOf(nodesTable(input.graph)) },
      { file: 'graph-edges.csv', format: 'CSV', type: 'text/csv; charset=utf-8', build: (input) => csvOf(edgesTable(input.graph)) },
    ],
    fields: (input) => [
      { title: 'Nodes', fields: nodesTable(input.graph).fields },
      { title: 'Edges', fields: edgesTable(input.graph).fields },
    ],
  },
  {
    id: 'open-referral',
    title: 'Local programmes as Open Referral UK data',
    about:
      'The local programmes in the Open Referral UK data standard (version 3.0), which council and NHS service directories read: one page of the standard’s list of services, holding them all. Ended programmes are inactive.',
    files: [{ file: 'open-referral.json', format: 'JSON', type: 'application/json', build: (input) => json(openReferral(input)) }],
    fields: () => [{ title: 'Each service', fields: (Object.keys(orukText) as (keyof OrukService)[]).map((name) => ({ name, description: orukText[name] })) }],
  },
];

/** Every file under /data/, in page order. */
export const dataFiles: readonly DataFile[] = datasets.flatMap((d) => d.files);
