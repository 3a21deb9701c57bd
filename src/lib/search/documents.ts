/**
 * Flattens validated content into search documents: one per role, qualification, programme,
 * pathway and glossary term. Pure: content in, serialisable docs out.
 */
import type { ParsedContent } from '../content/parse.ts';
import { hrefFor } from '../graph/graph.ts';
import { NO_LEVEL, type SearchDoc } from './types.ts';

type Sector = NonNullable<SearchDoc['sector']>;
export type SearchContent = Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes' | 'pathways' | 'glossary' | 'boroughs' | 'synonyms'>;

/** Steps that have no RQF level even though the schema stores 0 for them. */
const LEVELLESS_KINDS = new Set(['test', 'check', 'registration']);

/** Qualification kinds as words people type. */
const KIND_WORDS: Record<string, string> = {
  't-level': 't level',
  access: 'access course',
  'functional-skills': 'functional skills',
  'short-course': 'short course',
  esol: 'esol english classes',
  standards: 'induction standards',
};

export function levelLabel(level: number): string {
  if (level === NO_LEVEL) return '';
  return level === 0 ? 'Entry' : `Level ${level}`;
}

function combineSectors(sectors: Iterable<Sector>): Sector | undefined {
  const set = new Set(sectors);
  if (set.size === 0) return undefined;
  if (set.size === 1) return [...set][0];
  return 'both';
}

/** Tag words: "no-experience" -> "no experience". */
const words = (tag: string) => tag.replace(/-/g, ' ');

export function buildSearchDocuments(content: SearchContent): SearchDoc[] {
  const roleById = new Map(content.roles.map((r) => [r.id, r]));
  const qualById = new Map(content.qualifications.map((q) => [q.id, q]));
  const boroughName = new Map(content.boroughs.map((b) => [b.id, b.name]));

  // Everyday words per id, from synonyms.yaml.
  const synonymsFor = new Map<string, Set<string>>();
  for (const rule of content.synonyms) {
    for (const id of rule.ids) {
      const set = synonymsFor.get(id) ?? new Set<string>();
      for (const w of [...rule.words, ...rule.expand]) set.add(w);
      synonymsFor.set(id, set);
    }
  }
  const synonyms = (id: string) => [...(synonymsFor.get(id) ?? [])];

  // Sectors of qualifications: the roles they get you into or that train in them.
  const qualSectors = new Map<string, Sector[]>();
  for (const r of content.roles) {
    for (const q of [...r.data.entry, ...r.data.in_work]) qualSectors.set(q, [...(qualSectors.get(q) ?? []), r.data.sector]);
  }
  const qualLevel = (id: string): number => {
    const q = qualById.get(id);
    if (!q) return NO_LEVEL;
    return q.data.level === 0 && LEVELLESS_KINDS.has(q.data.kind) ? NO_LEVEL : q.data.level;
  };
  const levelOf = (id: string): number => roleById.get(id)?.data.level ?? qualLevel(id);

  const docs: SearchDoc[] = [];
  for (const { id, data: r } of content.roles) {
    const tags = r.tags.map(words);
    if (r.open_entry) tags.push('no qualifications needed');
    tags.push(r.sector === 'both' ? 'nhs social care' : words(r.sector));
    if (r.regulator) tags.push(r.regulator);
    const doc: SearchDoc = {
      id,
      kind: 'role',
      title: r.title,
      href: hrefFor('role', id),
      also: r.also_known_as,
      synonyms: synonyms(id),
      summary: r.summary,
      simple: r.simple,
      level: r.level,
      levelLabel: levelLabel(r.level),
      sector: r.sector,
      tags,
    };
    if (r.pay.bands.length) doc.bands = r.pay.bands.map((b) => `band ${b}`);
    docs.push(doc);
  }
  for (const { id, data: q } of content.qualifications) {
    const level = qualLevel(id);
    const tags = [KIND_WORDS[q.kind] ?? q.kind];
    if (q.paid) tags.push('paid', 'earn while you learn');
    const doc: SearchDoc = {
      id,
      kind: 'qualification',
      title: q.title,
      href: hrefFor('qualification', id),
      also: [],
      synonyms: synonyms(id),
      summary: q.summary,
      simple: q.simple ?? '',
      level,
      levelLabel: levelLabel(level),
      tags,
    };
    const sector = combineSectors(qualSectors.get(id) ?? []);
    if (sector) doc.sector = sector;
    docs.push(doc);
  }
  for (const { id, data: p } of content.programmes) {
    const linked = [...p.leads_to, ...p.offers];
    const levels = linked.map(levelOf).filter((l) => l !== NO_LEVEL);
    const level = levels.length ? Math.min(...levels) : 0;
    const tags = [...p.serves];
    if (p.paid === 'yes') tags.push('paid', 'earn while you learn');
    const doc: SearchDoc = {
      id,
      kind: 'programme',
      title: p.title,
      href: hrefFor('programme', id),
      also: [p.provider],
      synonyms: synonyms(id),
      summary: p.summary,
      simple: '',
      level,
      levelLabel: levelLabel(level),
      boroughs: p.boroughs.flatMap((b) => [boroughName.get(b) ?? b, b]),
      tags,
    };
    const roleSectors = p.leads_to.map((r) => roleById.get(r)?.data.sector).filter((s) => s !== undefined);
    const sector = combineSectors([...roleSectors, ...p.offers.flatMap((q) => qualSectors.get(q) ?? [])]);
    if (sector) doc.sector = sector;
    docs.push(doc);
  }
  for (const { id, data: p } of content.pathways) {
    const members = content.roles.filter((r) => r.data.family === id);
    const levels = [...members.map((r) => r.data.level), ...p.steps.map(levelOf)].filter((l) => l !== NO_LEVEL);
    const low = levels.length ? Math.min(...levels) : 0;
    const high = levels.length ? Math.max(...levels) : 0;
    const doc: SearchDoc = {
      id,
      kind: 'pathway',
      title: p.title,
      href: hrefFor('pathway', id),
      also: [],
      synonyms: synonyms(id),
      summary: p.summary,
      simple: p.simple,
      level: low,
      levelLabel: low === high ? levelLabel(low) : `${levelLabel(low)} to ${levelLabel(high)}`,
    };
    const sector = combineSectors(members.map((r) => r.data.sector));
    if (sector) doc.sector = sector;
    docs.push(doc);
  }
  for (const { id, data: g } of content.glossary) {
    docs.push({
      id,
      kind: 'glossary',
      title: g.term,
      href: hrefFor('glossary', id),
      also: g.also,
      synonyms: synonyms(id),
      summary: g.simple,
      simple: '',
      level: NO_LEVEL,
      levelLabel: '',
    });
  }
  return docs;
}
