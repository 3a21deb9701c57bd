/**
 * Classroom presentation mode: a pathway (or any route) as a short deck of big, simple
 * slides for a projector. Pure: content in, plain JSON slides out; no DOM, no Astro.
 *
 * Two steps, so the route page can run the second one in the browser:
 * 1. `presentData(content)` keeps only what slides need from roles, qualifications,
 *    programmes, pathways and glossary terms (the route page embeds this as JSON).
 * 2. `pathwaySlides(data, id)` / `routeSlides(data, steps)` turn it into slides.
 *
 * Imports are type-only, so nothing from the content loader (node:fs) reaches the browser.
 */
import type { Entry } from '../content/parse.ts';
import type { GlossaryTerm, Pathway, Programme, Qualification, Role } from '../content/schema.ts';

/** One step of a route, cut down to what a slide shows. */
export interface PresentNode {
  kind: 'role' | 'qualification' | 'programme';
  title: string;
  /** What kind of step, for the slide's top line: "Job", "Apprenticeship", "Course", ... */
  tag: string;
  /** The level in words, from the graph: "Level 2", "Entry level", or "" (registrations, tests, checks, programmes). */
  level: string;
  /** The simple-English text, or the summary when there is none. */
  what: string;
  /** Roles: entry qualification ids, any one of which gets you in (empty when you can start with none). Qualifications: ids you need first, all of them. */
  needs: string[];
  /** Qualifications: ids of which you need any one first. */
  needsAny?: string[][];
  /** Roles with no way in but experience: the roles that lead to it. */
  experience?: string[];
  /** Roles: true when you can apply with no qualifications. */
  open?: boolean;
  /** Roles: pay in words with the year of the figure, from the graph. */
  pay?: string;
  /** Qualifications: who pays. Programmes: what it costs. */
  funding?: string;
  /** Qualifications: typical months. */
  months?: number;
  /** Programmes: how long, in words. */
  length?: string;
}

export interface PresentWord {
  id: string;
  term: string;
  /** The term and its other forms, as matched in slide text. */
  forms: string[];
  simple: string;
  /** Its meaning in the community languages, by code (the key-words slide shows the chosen one). */
  translations?: Record<string, { text: string; reviewed: boolean }>;
}

export interface PresentPathway {
  id: string;
  title: string;
  simple: string;
  colour: string;
  steps: string[];
}

/** Everything slides are made from: small enough to embed in a page as JSON. */
export interface PresentData {
  nodes: Record<string, PresentNode>;
  words: PresentWord[];
  pathways: PresentPathway[];
}

/** One labelled fact on a step slide ("Pay", "How long"); `items` shows as a list. */
export interface Fact {
  label: string;
  text: string;
  items?: string[];
}

export interface TitleSlide {
  kind: 'title';
  title: string;
  text: string;
  note: string;
  /** Said when steps named in a web address were left out because the site has no such step. */
  notice?: string;
}
export interface StepSlide {
  kind: 'step';
  id: string;
  node: PresentNode['kind'];
  title: string;
  /** "Step 3 of 7" */
  step: number;
  of: number;
  /** "Job", "Course", ... */
  tag: string;
  /** "Level 2", "Entry level", or "" */
  level: string;
  facts: Fact[];
  href: string;
}
export interface WordsSlide {
  kind: 'words';
  title: string;
  words: { term: string; simple: string; href: string; translations?: Record<string, { text: string; reviewed: boolean }> }[];
}
export interface EndSlide {
  kind: 'end';
  title: string;
  text: string;
  link: { href: string; label: string };
}
export type Slide = TitleSlide | StepSlide | WordsSlide | EndSlide;

/** At most this many key words on the key-words slide. */
export const MAX_WORDS = 8;
/** Long texts (funding) are cut to whole sentences up to about this many characters. */
export const MAX_FACT_CHARS = 170;

import { formatMonths, shorten as shortenText } from '../format.ts';

/** Whole sentences from the start of `text`, up to `max` characters (always at least one). */
export const shorten = (text: string, max = MAX_FACT_CHARS): string => shortenText(text, max);
import type { Graph } from '../graph/graph.ts';
import { isId } from '../text.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "About 2 weeks", "About 6 months", "About 1 year 6 months", "About 3 years". */
export function monthsInWords(months: number): string {
  return `About ${formatMonths(months)}`;
}

const qualificationTags: Record<Qualification['kind'], string> = {
  award: 'Course',
  certificate: 'Course',
  diploma: 'Course',
  'short-course': 'Short course',
  'functional-skills': 'Course',
  esol: 'English course',
  access: 'Course',
  't-level': 'Course',
  degree: 'University degree',
  masters: "Master's degree",
  apprenticeship: 'Apprenticeship',
  standards: 'Training at work',
  registration: 'Registration',
  test: 'Test',
  check: 'Check',
};

type Pieces = {
  roles: Pick<Entry<Role>, 'id' | 'data'>[];
  qualifications: Pick<Entry<Qualification>, 'id' | 'data'>[];
  programmes?: Pick<Entry<Programme>, 'id' | 'data'>[];
  pathways?: Pick<Entry<Pathway>, 'id' | 'data'>[];
  glossary: Pick<Entry<GlossaryTerm>, 'id' | 'data'>[];
};

/** Cuts the site's content down to what slides need; levels and pay come from the graph, derived once. */
export function presentData(content: Pieces, graph: Pick<Graph, 'byId'>): PresentData {
  const nodes: Record<string, PresentNode> = {};
  const levelOf = (id: string) => graph.byId.get(id)?.levelLabel ?? '';
  for (const { id, data: r } of content.roles) {
    const node: PresentNode = {
      kind: 'role',
      title: r.title,
      tag: 'Job',
      level: levelOf(id),
      what: r.simple || r.summary,
      needs: r.open_entry ? [] : r.entry,
    };
    const pay = graph.byId.get(id)?.pay?.text;
    if (pay) node.pay = pay;
    if (r.open_entry) node.open = true;
    else if (!r.entry.length) {
      const from = content.roles.filter((x) => x.data.progression.includes(id)).map((x) => x.id);
      if (from.length) node.experience = from;
    }
    nodes[id] = node;
  }
  for (const { id, data: q } of content.qualifications) {
    nodes[id] = {
      kind: 'qualification',
      title: q.title,
      tag: qualificationTags[q.kind],
      level: levelOf(id),
      what: q.simple || q.summary,
      needs: q.requires,
      funding: shorten(q.funding),
      months: q.typical_months,
      ...(q.requires_any.length ? { needsAny: q.requires_any } : {}),
    };
  }
  for (const { id, data: p } of content.programmes ?? []) {
    const node: PresentNode = { kind: 'programme', title: p.title, tag: 'Local programme', level: '', what: p.summary, needs: [] };
    node.funding = shorten(p.paid === 'yes' ? `${p.cost.replace(/\.$/, '')}. You are paid while you do it.` : p.cost);
    node.length = p.length;
    nodes[id] = node;
  }
  const words = content.glossary.map(({ id, data: g }) => {
    const translations = Object.fromEntries(Object.entries(g.translations).flatMap(([lang, t]) => (t ? [[lang, { text: t.text, reviewed: t.reviewed }]] : [])));
    return { id, term: g.term, forms: [g.term, ...g.also], simple: g.simple, ...(Object.keys(translations).length ? { translations } : {}) };
  });
  const pathways = (content.pathways ?? []).map(({ id, data: p }) => ({ id, title: p.title, simple: p.simple, colour: p.colour, steps: p.steps }));
  return { nodes, words, pathways };
}

/**
 * The node with this id, or undefined. Ids come from web addresses that people type, so this
 * looks at the object's own keys only: plain indexing would find "constructor" or "toString"
 * on Object.prototype and make a slide of a function.
 */
export function presentNode(data: Pick<PresentData, 'nodes'>, id: string): PresentNode | undefined {
  return Object.hasOwn(data.nodes, id) ? data.nodes[id] : undefined;
}

const hrefOf = (id: string, node: PresentNode) =>
  node.kind === 'role' ? `/roles/${id}/` : node.kind === 'qualification' ? `/qualifications/${id}/` : `/programmes/${id}/`;

/** A needed step's name: roles read "Care worker (job)". */
function needName(data: PresentData, id: string): string {
  const n = presentNode(data, id);
  if (!n) return id;
  return n.kind === 'role' ? `${n.title} (job)` : n.title;
}

/**
 * One choice as a short line a class can read from the back of the room: brackets dropped,
 * at most two options named ("A levels or Access to HE Diploma, or 4 others").
 */
function choiceLine(options: readonly string[]): string {
  const short = options.map((o) => o.replace(/\s*\([^)]*\)/g, '').trim());
  if (short.length <= 2) return short.join(' or ');
  const rest = short.length - 2;
  return `${short[0]} or ${short[1]}, or ${rest === 1 ? '1 other' : `${rest} others`}`;
}

/** At most MAX_ITEMS lines in a list; the rest are counted ("and 2 more"). */
export const MAX_ITEMS = 4;
const cap = (items: string[]) => (items.length <= MAX_ITEMS ? items : [...items.slice(0, MAX_ITEMS - 1), `and ${items.length - MAX_ITEMS + 1} more`]);

function needsFact(data: PresentData, node: PresentNode): Fact {
  const label = 'What you need';
  const names = (ids: readonly string[] = []) => ids.filter((id) => presentNode(data, id)).map((id) => needName(data, id));
  const all = names(node.needs);
  if (node.kind === 'qualification') {
    const choices = (node.needsAny ?? []).map((choice) => names(choice)).filter((c) => c.length);
    const [first, ...others] = choices;
    if (first && first.length > 1 && !others.length)
      return { label, text: all.length ? `${all.join(' and ')}, and one of these:` : 'One of these:', items: cap(first) };
    if (choices.some((c) => c.length > 1)) return { label, text: 'All of these:', items: cap([...all, ...choices.map(choiceLine)]) };
    all.push(...choices.flat());
    if (all.length === 0) return { label, text: 'Nothing formal' };
    if (all.length === 1) return { label, text: all[0]! };
    return { label, text: 'All of these:', items: cap(all) };
  }
  if (node.kind === 'programme') return { label, text: 'Ask the programme' };
  // Roles: any one entry qualification gets you in.
  if (all.length === 1) return { label, text: all[0]! };
  if (all.length > 1) return { label, text: 'One of these:', items: cap(all) };
  if (node.open) return { label, text: 'No qualifications needed to start' };
  const jobs = (node.experience ?? []).flatMap((id) => presentNode(data, id)?.title ?? []);
  if (jobs.length) return { label, text: jobs.length === 1 ? 'Experience in this job:' : 'Experience in one of these jobs:', items: cap(jobs) };
  return { label, text: 'Ask the employer' };
}

/** The slide for one step, or undefined when the id is unknown. */
function stepSlide(data: PresentData, id: string, step: number, of: number): StepSlide | undefined {
  const node = presentNode(data, id);
  if (!node) return undefined;
  const facts: Fact[] = [{ label: node.kind === 'role' ? 'What you do' : 'What it is', text: node.what }, needsFact(data, node)];
  if (node.pay) facts.push({ label: 'Pay', text: node.pay });
  if (node.kind !== 'role' && node.funding) facts.push({ label: 'Who pays', text: node.funding });
  if (node.months !== undefined && node.months > 0) facts.push({ label: 'How long', text: monthsInWords(node.months) });
  else if (node.length) facts.push({ label: 'How long', text: node.length });
  return {
    kind: 'step',
    id,
    node: node.kind,
    title: node.title,
    step,
    of,
    tag: node.tag,
    level: node.level,
    facts,
    href: hrefOf(id, node),
  };
}

/** Step slides for the given ids, in order; unknown ids are skipped. */
export function stepSlides(data: PresentData, ids: readonly string[]): StepSlide[] {
  const known = ids.filter((id) => presentNode(data, id));
  return known.map((id, i) => stepSlide(data, id, i + 1, known.length)).filter((s): s is StepSlide => s !== undefined);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of slides that key words are looked for in. */
export function slideText(slides: readonly Slide[]): string {
  return slides
    .map((s) => {
      if (s.kind === 'step') return [s.title, s.tag, s.level, ...s.facts.flatMap((f) => [f.text, ...(f.items ?? [])])].join('\n');
      if (s.kind === 'title') return `${s.title}\n${s.text}`;
      return '';
    })
    .join('\n');
}

/**
 * Glossary terms that appear in `text` (the term or one of its other forms, as whole words,
 * any case, with an optional plural "s"), in the order they first appear; at most `max`.
 */
export function findWords(words: readonly PresentWord[], text: string, max = MAX_WORDS): PresentWord[] {
  const found: { word: PresentWord; at: number }[] = [];
  for (const word of words) {
    let at = Infinity;
    for (const form of word.forms) {
      if (!form.trim()) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.trim())}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');
      const m = re.exec(text);
      if (m && m.index < at) at = m.index;
    }
    if (at < Infinity) found.push({ word, at });
  }
  return found
    .sort((a, b) => a.at - b.at || a.word.term.localeCompare(b.word.term))
    .slice(0, max)
    .map((f) => f.word);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function wordsSlide(data: PresentData, slides: readonly Slide[]): WordsSlide | undefined {
  const words = findWords(data.words, slideText(slides));
  if (!words.length) return undefined;
  return {
    kind: 'words',
    title: 'Key words',
    words: words.map((w) => ({
      term: capitalise(w.term),
      simple: w.simple,
      href: `/glossary/#${w.id}`,
      ...(w.translations ? { translations: w.translations } : {}),
    })),
  };
}

function deck(data: PresentData, title: TitleSlide, steps: StepSlide[], end: EndSlide): Slide[] {
  const body: Slide[] = [title, ...steps];
  const words = wordsSlide(data, body);
  return [...body, ...(words ? [words] : []), end];
}

/** A pathway's slides: title, one per step, key words, end. Throws for an unknown pathway. */
export function pathwaySlides(data: PresentData, pathwayId: string): Slide[] {
  const p = data.pathways.find((x) => x.id === pathwayId);
  if (!p) throw new Error(`No pathway "${pathwayId}". Use an id from content/pathways/.`);
  const steps = stepSlides(data, p.steps);
  return deck(data, { kind: 'title', title: p.title, text: p.simple, note: `A career pathway in ${plural(steps.length, 'step')}` }, steps, {
    kind: 'end',
    title: 'Any questions?',
    text: 'Talk about this pathway with your class. You can read more on the website.',
    link: { href: `/pathways/${p.id}/`, label: `Read more: ${p.title}` },
  });
}

/**
 * What the title slide says when `dropped` steps named in the address are not on the site.
 * The words typed are not repeated: a link could otherwise put any text on a classroom screen.
 */
export function droppedStepsNotice(dropped: number): string | undefined {
  if (dropped <= 0) return undefined;
  return dropped === 1
    ? 'One step in the web address is not on this site, so it is left out.'
    : `${dropped} steps in the web address are not on this site, so they are left out.`;
}

/**
 * Slides for any route (the route finder's steps): title, one per step, key words, end.
 * Ids with no step are left out, and the title slide says how many (`notice`).
 */
export function routeSlides(data: PresentData, ids: readonly string[]): Slide[] {
  const steps = stepSlides(data, ids);
  const first = steps[0];
  const last = steps.at(-1);
  const text = first && last && first !== last ? `From ${first.title} to ${last.title}.` : first ? first.title : 'No steps yet.';
  const title: TitleSlide = { kind: 'title', title: 'Your route', text, note: `A route in ${plural(steps.length, 'step')}` };
  const notice = droppedStepsNotice(ids.length - steps.length);
  if (notice) title.notice = notice;
  return deck(data, title, steps, {
    kind: 'end',
    title: 'Any questions?',
    text: 'Talk about this route with your class. You can find other routes on the website.',
    link: { href: '/route/', label: 'Find another route' },
  });
}

/** Every step named in `?steps=a,b,c`, as typed (trimmed, empty ones dropped): `routeSlides` leaves out and counts the unknown ones. */
export function stepsInAddress(search: string): string[] {
  const raw = new URLSearchParams(search).get('steps') ?? '';
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The steps in `?steps=` that are shaped like ids (unknown ones kept; slides skip them). */
export function parseSteps(search: string): string[] {
  return stepsInAddress(search).filter(isId);
}
