/**
 * Flattens validated content into search documents: one per role, qualification, programme,
 * pathway and glossary term. Pure: content in, serialisable docs out.
 */
import type { ParsedContent } from '../content/parse.ts';
import { combineSectors, type Graph, hrefFor, levelLabel } from '../graph/graph.ts';
import { NO_LEVEL, type SearchDoc } from './types.ts';

export type SearchContent = Pick<ParsedContent, 'roles' | 'qualifications' | 'programmes' | 'pathways' | 'glossary' | 'previousJobs' | 'boroughs' | 'synonyms'>;

/** Qualification kinds as words people type. */
const KIND_WORDS: Record<string, string> = {
  't-level': 't level',
  access: 'access course',
  'functional-skills': 'functional skills',
  'short-course': 'short course',
  esol: 'esol english classes',
  standards: 'induction standards',
};

/** Tag words: "no-experience" -> "no experience". */
const words = (tag: string) => tag.replace(/-/g, ' ');

/**
 * Search documents. Levels, level labels and sectors are the graph's, derived once, so search,
 * the map and every page agree.
 */
export function buildSearchDocuments(content: SearchContent, graph: Pick<Graph, 'byId'>): SearchDoc[] {
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

  const node = (id: string) => graph.byId.get(id);
  /** A node's level for filters (NO_LEVEL when it has none), and its label. */
  const levelOf = (id: string): number => {
    const n = node(id);
    return !n || (n.kind !== 'programme' && n.levelLabel === '') ? NO_LEVEL : n.level;
  };
  const labelOf = (id: string): string => node(id)?.levelLabel ?? '';

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
      levelLabel: labelOf(id),
      sector: r.sector,
      tags,
    };
    if (r.pay.bands.length) doc.bands = r.pay.bands.map((b) => `band ${b}`);
    const names = Object.entries(r.names).map(([lang, t]) => `${lang}:${t.text}`);
    if (names.length) doc.names = names;
    docs.push(doc);
  }
  for (const { id, data: q } of content.qualifications) {
    const level = levelOf(id);
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
      levelLabel: labelOf(id),
      tags,
    };
    const sector = node(id)?.sector;
    if (sector) doc.sector = sector;
    docs.push(doc);
  }
  for (const { id, data: p } of content.programmes) {
    const level = levelOf(id);
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
      levelLabel: labelOf(id),
      boroughs: p.boroughs.flatMap((b) => [boroughName.get(b) ?? b, b]),
      tags,
    };
    const sector = node(id)?.sector;
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
  for (const { id, data: p } of content.previousJobs) {
    // "I was a chef", "retail", "army": the everyday words are the entry's other names.
    docs.push({
      id,
      kind: 'previous-job',
      title: p.title,
      href: hrefFor('previous-job', id),
      also: p.words,
      synonyms: synonyms(id),
      summary: p.summary,
      simple: p.simple,
      level: NO_LEVEL,
      levelLabel: '',
      tags: ['career change', 'changing career', 'my last job', 'transferable skills'],
    });
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
