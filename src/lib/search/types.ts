/**
 * The search data model. Everything here is plain, serialisable JSON: the build writes a
 * `SearchPayload` to a static file and the search island fetches it.
 */

/** The kinds of entry search finds, in the order the UI groups them. */
export const searchKinds = ['role', 'previous-job', 'qualification', 'programme', 'pathway', 'glossary'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Level of entries that have none (glossary terms, tests, checks, registration). */
export const NO_LEVEL = -1;

/** One searchable entry, flattened from content. */
export interface SearchDoc {
  /** The entry id (file name). Ids are unique within a kind. */
  id: string;
  kind: SearchKind;
  title: string;
  href: string;
  /** Other names: a role's also_known_as, a glossary term's other forms, a programme's provider. */
  also: string[];
  /** Everyday words from content/synonyms.yaml that point at this entry, plus their expand words. */
  synonyms: string[];
  /** One plain-English sentence. */
  summary: string;
  /** The same in simple English, when the entry has it. */
  simple: string;
  /** RQF level, 0 for Entry; NO_LEVEL (-1) for entries without a level. Pathways: their lowest. */
  level: number;
  /** "Entry", "Level 3", "Entry to Level 7" (pathways) or "" when there is no level. */
  levelLabel: string;
  /** Roles: their sector. Qualifications, programmes, pathways: derived from linked roles. */
  sector?: 'social-care' | 'nhs' | 'both';
  /** Programmes: borough names and ids ("Tower Hamlets", "tower-hamlets"). */
  boroughs?: string[];
  /** Roles: NHS Agenda for Change bands, written "band 3". */
  bands?: string[];
  /** Roles: the job's name in the community languages ("enfermera", "পরিচর্যাকারী"), language code first: "es:enfermera". */
  names?: string[];
  /** Facts as words people type: "no experience", "nights", "apprenticeship", "nhs", "paid". */
  tags?: string[];
}

/** A synonyms.yaml rule, normalised at build time so the client does no YAML work. */
export interface SynonymRule {
  /** Normalised words or phrases ("carer", "old people"). */
  words: string[];
  /** Ids of the entries these words find, strongest first (any kind with that id). */
  ids: string[];
  /** Extra words to search for. */
  expand: string[];
}

/** Fuse's serialised index (the shape of `FuseIndex.toJSON()`), kept loose for JSON. */
export interface FuseIndexJson {
  keys: ReadonlyArray<{ path: string[]; id: string; weight: number; src: string | string[] }>;
  records: unknown[];
}

/** What the build writes and the island fetches. */
export interface SearchPayload {
  /** Bumped when the shape changes, so a stale cached file is not misread. */
  version: 1;
  docs: SearchDoc[];
  synonyms: SynonymRule[];
  /** Fuse index over the name fields (title, also, synonyms). */
  index: FuseIndexJson;
}

export interface SearchFilters {
  /** Only these kinds. */
  kinds?: readonly SearchKind[];
  /** "nhs" or "social-care" keep entries of that sector and of "both"; "both" keeps any entry with a sector. Entries without one drop out. */
  sector?: 'social-care' | 'nhs' | 'both';
  /** Only entries at this RQF level. */
  level?: number;
  /** Programmes must serve this borough (id); other kinds apply London-wide and stay. */
  borough?: string;
}

export interface SearchResult {
  doc: SearchDoc;
  /** Relevance, higher is better, 0 to 1: exact titles (pinned first) score 1, others are relative to the best of the rest. */
  score: number;
}

/** `kind:id`, unique across kinds (a glossary term may share an id with a role). */
export function docKey(doc: Pick<SearchDoc, 'kind' | 'id'>): string {
  return `${doc.kind}:${doc.id}`;
}
