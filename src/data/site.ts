/**
 * The site's data for pages: the content loaded once per build, and again whenever a content
 * file changes (so `astro dev` shows an edit), never once per page. This is the only cache; it
 * lives here, outside the pure modules of src/lib, keyed on the content files themselves.
 */
import type { Entry, ParsedContent } from '../lib/content/index.ts';
import { hrefFor, type Graph, type GraphNode } from '../lib/graph/graph.ts';
import type { Loaded } from '../lib/loader/index.ts';
import { createMarkdown } from '../lib/markdown.ts';
import { createTermMatcher, type TermInfo } from '../lib/glossary/mark.ts';
import { segmentsHtml } from '../lib/glossary/render.ts';
import type { Borough, Programme, Qualification, Role } from '../lib/content/schema.ts';
import { contentFingerprint } from '../lib/content/read.ts';
import { loadContentFrom, today } from '../lib/loader/index.ts';
import { type SiteMaps, siteMaps } from '../lib/map/map-data.ts';

let cache: { key: string; site: Site } | undefined;

export function getSite(root = process.env.CONTENT_ROOT ?? process.cwd()): Site {
  // A build reads the content once: it cannot change mid-build, and stating every file on
  // every page would make the build grow with pages x files. `astro dev` checks each time.
  if (!import.meta.env.DEV && cache?.key.startsWith(`${root}|`)) return cache.site;
  const key = `${root}|${today()}|${contentFingerprint(root)}`;
  if (cache?.key === key) return cache.site;
  const site = createSite(loadContentFrom(root));
  cache = { key, site };
  return site;
}

/** What pages share: the validated content, the graph, and lookups. Nothing here renders. */
export interface Site {
  content: ParsedContent;
  graph: Graph;
  /** Markdown body to HTML; `seen` holds key words already marked on this page. */
  /** Markdown to HTML; `translations: false` leaves translations out of key-word pop-ups (the key-words page shows them once). */
  render: (body: string, seen?: Set<string>, options?: { translations?: boolean }) => string;
  /** Plain text to HTML with its key words marked. */
  keyWords: (text: string, seen?: Set<string>) => string;
  role: (id: string) => Entry<Role> | undefined;
  qualification: (id: string) => Entry<Qualification> | undefined;
  programme: (id: string) => Entry<Programme> | undefined;
  borough: (id: string) => Borough | undefined;
  node: (id: string) => GraphNode | undefined;
  pathwayTitle: (id: string) => string;
  /** Each pathway's colour, by pathway id (cards and lanes use it). */
  colours: Record<string, string>;
  /** The most recent `reviewed` date in the content. */
  lastReviewed: string;
  /** What every map reads (node facts, lanes), made once: small maps on entry pages, pathway views. */
  maps: SiteMaps;
}

/** The lookups pages share, made once from the loaded content and graph. Pure. */
export function createSite({ content, graph }: Pick<Loaded, 'content' | 'graph'>): Site {
  const index = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  const roles = index(content.roles);
  const quals = index(content.qualifications);
  const progs = index(content.programmes);
  const paths = index(content.pathways);
  const journeys = index(content.journeys);
  const glossary = index(content.glossary);
  const boroughs = new Map(content.boroughs.map((b) => [b.id, b]));
  const resolve = (id: string) => {
    const n = graph.byId.get(id);
    if (n) return { title: n.title, href: n.href };
    const p = paths.get(id);
    if (p) return { title: p.data.title, href: hrefFor('pathway', id) };
    const j = journeys.get(id);
    if (j) return { title: j.data.title, href: hrefFor('journey', id) };
    const g = glossary.get(id);
    if (g) return { title: g.data.term, href: hrefFor('glossary', id) };
    const b = boroughs.get(id);
    if (b) return { title: b.name, href: hrefFor('borough', id) };
    return undefined;
  };
  const terms: TermInfo[] = content.glossary.map((g) => ({
    id: g.id,
    term: g.data.term,
    forms: [g.data.term, ...g.data.also],
    simple: g.data.simple,
    translations: Object.fromEntries(Object.entries(g.data.translations).filter(([, t]) => t !== undefined)) as TermInfo['translations'],
  }));
  const termMap = new Map(terms.map((t) => [t.id, t]));
  const match = createTermMatcher(terms);
  const dates = [...content.roles, ...content.qualifications, ...content.programmes].map((e) => e.data.reviewed).sort();
  return {
    content,
    graph,
    render: createMarkdown(resolve, { match, terms: termMap }),
    keyWords: (text, seen) => segmentsHtml(match(text, seen), termMap),
    role: (id) => roles.get(id),
    qualification: (id) => quals.get(id),
    programme: (id) => progs.get(id),
    borough: (id) => boroughs.get(id),
    node: (id) => graph.byId.get(id),
    pathwayTitle: (id) => paths.get(id)?.data.title ?? id,
    colours: Object.fromEntries(content.pathways.map((p) => [p.id, p.data.colour])),
    lastReviewed: dates.at(-1) ?? '',
    maps: siteMaps(graph, content.pathways),
  };
}
