/**
 * "My list" as a person reads it, on screen, on paper and in an email: each saved item with
 * its key facts, next steps and the local help in the chosen borough. Pure: the data of
 * `/shortlist.json` (see shortlist-data.ts) and the list in, plain view objects and text out.
 * Routes are worked out by the caller (the route finder needs the graph) and passed in.
 */
import { orList, type ProgrammeFacts, type QualificationFacts, type RoleFacts, type ShortlistData } from './shortlist-data.ts';
import type { Route, RouteResult } from './routes/types.ts';
import { type EntryKind, itemKey, type Known, type ShortlistItem } from './shortlist.ts';
import { NOTHING } from './routes/search-params.ts';
import { aboutMonths } from './routes/text.ts';

/** Where anyone can get free careers advice, when no local programme fits. */
export const NATIONAL_CAREERS = 'the National Careers Service (0800 100 900)';

/** The data with lookups: Maps, so an id from an address is only ever one of the site's. */
export interface ShortlistIndex {
  data: ShortlistData;
  roles: ReadonlyMap<string, RoleFacts>;
  qualifications: ReadonlyMap<string, QualificationFacts>;
  programmes: ReadonlyMap<string, ProgrammeFacts>;
  boroughNames: ReadonlyMap<string, string>;
  known: Known;
}

export function indexShortlist(data: ShortlistData): ShortlistIndex {
  const kinds = new Map<string, EntryKind>();
  for (const r of data.roles) kinds.set(r.id, 'role');
  for (const q of data.qualifications) kinds.set(q.id, 'qualification');
  for (const p of data.programmes) kinds.set(p.id, 'programme');
  return {
    data,
    roles: new Map(data.roles.map((r) => [r.id, r])),
    qualifications: new Map(data.qualifications.map((q) => [q.id, q])),
    programmes: new Map(data.programmes.map((p) => [p.id, p])),
    boroughNames: new Map(data.boroughs.map((b) => [b.id, b.name])),
    known: { kinds, boroughs: new Set(data.boroughs.map((b) => b.id)) },
  };
}

/** Local help for one item: the programmes to show, and a sentence said before or instead of them. */
export interface LocalHelpView {
  programmes: ProgrammeFacts[];
  note?: string;
  /** Where else to ask, when no programme fits (paper says it once, at the foot). */
  ask?: string;
}

/** Free advice for anyone, said once at the foot of a printed plan. */
export const ASK_ANYONE = `Free careers advice for anyone: ${NATIONAL_CAREERS}, or your council’s job service.`;

/** Where to ask when no local programme fits. */
export const ASK_ELSEWHERE = `Ask ${NATIONAL_CAREERS} or your council’s job service.`;

/**
 * The programmes among `ids` that residents of `borough` can join: those only for a few
 * boroughs first, then those open to all. With no borough, the ones open to all, and a
 * prompt to choose one.
 */
export function localHelpIn(index: ShortlistIndex, ids: readonly string[], borough: string | undefined): LocalHelpView {
  const all = ids.map((id) => index.programmes.get(id)).filter((p): p is ProgrammeFacts => p !== undefined);
  const order = (a: ProgrammeFacts, b: ProgrammeFacts) => Number(a.wide) - Number(b.wide) || a.title.localeCompare(b.title);
  const name = borough ? index.boroughNames.get(borough) : undefined;
  if (!borough || !name) {
    const wide = all.filter((p) => p.wide).sort(order);
    if (wide.length) return { programmes: wide, ...(wide.length < all.length ? { note: 'Choose your borough to see the local help there too.' } : {}) };
    return all.length
      ? { programmes: [], note: 'Choose your borough to see the local help there.' }
      : { programmes: [], note: 'No local programme in our list helps with this yet.', ask: ASK_ELSEWHERE };
  }
  const here = all.filter((p) => p.boroughs.includes(borough)).sort(order);
  if (here.length) return { programmes: here };
  return { programmes: [], note: `None for ${name} residents in our list.`, ask: ASK_ELSEWHERE };
}

/** How to get in touch with a programme, in words: "Phone 020 7946 0000 · jobs@example.org · example.org". */
export function contactText(p: Pick<ProgrammeFacts, 'phone' | 'email' | 'url'>): string {
  const parts: string[] = [];
  if (p.phone) parts.push(`Phone ${p.phone}`);
  if (p.email) parts.push(p.email);
  if (p.url) parts.push(hostOf(p.url));
  return parts.join(' · ');
}

/** "example.org" from "https://www.example.org/jobs" (the address itself if it is not one). */
export const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** One saved item as shown: what it is, key facts, what to do next, local help. */
export interface ItemView {
  key: string;
  kind: ShortlistItem['kind'];
  /** "Job", "Qualification", "Local programme", "Route". */
  kindLabel: string;
  title: string;
  href: string;
  facts: { label: string; text: string }[];
  /** What to do next, in order, as short sentences. */
  next: string[];
  /** True when `next` are the numbered steps of a route. */
  steps?: true;
  /** Further links: the route finder, the route in full. */
  links: { href: string; text: string }[];
  /** Local help in the chosen borough (programmes carry their own contact instead). */
  help?: LocalHelpView;
  /** The date the content behind it was last checked (YYYY-MM-DD). */
  reviewed?: string;
}

/** At most this many ways in are named in a job's next steps. */
const MAX_WAYS = 3;

function roleView(index: ShortlistIndex, r: RoleFacts, borough: string | undefined): ItemView {
  const facts = [
    { label: 'Pay', text: [r.pay.text, r.pay.note].filter(Boolean).join(' ') },
    { label: 'Level', text: [r.level, r.sector].filter(Boolean).join(' · ') },
  ];
  if (r.regulator) facts.push({ label: 'Registration', text: `You must register with the ${r.regulator}.` });
  const next: string[] = [];
  if (r.openEntry) next.push('Apply now: you need no qualifications to start, and employers train you.');
  const ways = r.ways.slice(0, MAX_WAYS);
  if (ways.length) {
    const named = ways.map((w) => `${w.title}${w.time ? ` (${w.time}${w.paid ? ', paid' : ''})` : ''}`);
    const more = r.ways.length > ways.length ? ` or another (${r.ways.length - ways.length} more on the job’s page)` : '';
    const lead = r.openEntry
      ? ways.length === 1
        ? 'This also helps you in'
        : 'These also help you in'
      : r.ways.length === 1
        ? 'You need'
        : 'Get one of these';
    next.push(`${lead}: ${named.join('; ')}${more}.`);
    const first = ways.find((w) => w.needs);
    if (first && !r.openEntry) next.push(`For ${first.title}, first you need: ${first.needs}.`);
  } else if (!r.openEntry) next.push('Most people move up into this job from another: see the job’s page.');
  return {
    key: itemKey({ kind: 'role', id: r.id }),
    kind: 'role',
    kindLabel: 'Job',
    title: r.title,
    href: r.href,
    facts,
    next,
    links: [{ href: `/route/?to=${r.id}${borough ? `&borough=${borough}` : ''}`, text: `Find my route to ${r.title.toLowerCase()}` }],
    help: localHelpIn(index, r.help, borough),
    reviewed: r.reviewed,
  };
}

function qualificationView(index: ShortlistIndex, q: QualificationFacts, borough: string | undefined): ItemView {
  const facts = [
    ...(q.level ? [{ label: 'Level', text: q.level }] : []),
    ...(q.time ? [{ label: 'How long', text: `${q.time.charAt(0).toUpperCase()}${q.time.slice(1)}${q.paid ? ', paid while you learn' : ''}` }] : []),
    { label: 'Who pays', text: q.funding },
  ];
  const next = [q.needs ? `First you need: ${q.needs}.` : 'You can start it without other qualifications.'];
  if (q.roles.length) next.push(`It gets you into: ${orList(q.roles.map((r) => r.title))}.`);
  return {
    key: itemKey({ kind: 'qualification', id: q.id }),
    kind: 'qualification',
    kindLabel: 'Qualification',
    title: q.title,
    href: q.href,
    facts,
    next,
    links: [],
    help: localHelpIn(index, q.help, borough),
    reviewed: q.reviewed,
  };
}

function programmeView(index: ShortlistIndex, p: ProgrammeFacts): ItemView {
  const where = p.wide ? 'All 12 boroughs' : p.boroughs.map((b) => index.boroughNames.get(b) ?? b).join(', ');
  const contact = contactText(p);
  return {
    key: itemKey({ kind: 'programme', id: p.id }),
    kind: 'programme',
    kindLabel: 'Local programme',
    title: p.title,
    href: p.href,
    facts: [
      { label: 'Run by', text: p.provider },
      { label: 'For residents of', text: where },
      { label: 'Who can join', text: p.who },
      { label: 'Cost', text: p.cost },
      { label: 'How long', text: p.length },
    ],
    next: [
      `Get in touch${contact ? `: ${contact}` : ' through its page'}.`,
      ...(p.status === 'running' ? [] : ['We could not confirm it runs now: ask before you go.']),
    ],
    links: [],
    reviewed: p.reviewed,
  };
}

/** Words for each kind of route step, as the route finder says them. */
const stepWords: Record<string, string> = {
  study: 'Study',
  job: 'Get a job',
  progress: 'Move up at work',
  experience: 'Gain experience',
  register: 'Register',
  programme: 'Join a local programme',
};

/** A saved route's title: "No qualifications yet to Adult nurse", "Care worker to Nursing associate". */
export function routeTitle(index: ShortlistIndex, item: { from: string; to: string }): string {
  const from = item.from === NOTHING ? 'No qualifications yet' : (index.roles.get(item.from)?.title ?? index.qualifications.get(item.from)?.title ?? item.from);
  return `${from} to ${index.roles.get(item.to)?.title ?? item.to}`;
}

/**
 * A saved route: the best route the route finder gives today from its start to its job, in
 * the chosen borough, as steps; `help` is the route finder's local help for it (`localHelpFor`).
 */
export function routeView(
  index: ShortlistIndex,
  item: { kind: 'route'; from: string; to: string },
  result: RouteResult | undefined,
  help: readonly { id: string }[],
  borough: string | undefined,
): ItemView {
  const route: Route | undefined = result?.status === 'ok' ? result.routes[0] : undefined;
  const params = `${item.from === NOTHING ? '' : `from=${item.from}&`}to=${item.to}${borough ? `&borough=${borough}` : ''}`;
  const next = route
    ? route.steps.map((s) => `${stepWords[s.kind] ?? 'Step'}: ${s.title}${s.months > 0 ? ` (${aboutMonths(s.months)})` : ''}`)
    : [result && result.status !== 'ok' ? result.message : 'The route could not be worked out here: open it in the route finder.'];
  const programmes = help.map((h) => index.programmes.get(h.id)).filter((p): p is ProgrammeFacts => p !== undefined);
  const name = borough ? index.boroughNames.get(borough) : undefined;
  const target = index.roles.get(item.to);
  return {
    key: itemKey(item),
    kind: 'route',
    kindLabel: 'Route',
    title: routeTitle(index, item),
    href: `/route/?${params}`,
    facts: route ? [{ label: 'The route', text: route.summary }] : [],
    next,
    ...(route ? { steps: true as const } : {}),
    links: [{ href: `/route/?${params}`, text: 'See this route in full' }],
    help: programmes.length
      ? { programmes }
      : name
        ? { programmes: [], note: `None for ${name} residents helps with these steps.`, ask: ASK_ELSEWHERE }
        : { programmes: [], note: 'Choose your borough to see local help with these steps.' },
    ...(target ? { reviewed: target.reviewed } : {}),
  };
}

/** The view of a role, qualification or programme on the list (undefined for an id the data lacks). */
export function entryView(index: ShortlistIndex, item: { kind: EntryKind; id: string }, borough: string | undefined): ItemView | undefined {
  if (item.kind === 'role') {
    const r = index.roles.get(item.id);
    return r && roleView(index, r, borough);
  }
  if (item.kind === 'qualification') {
    const q = index.qualifications.get(item.id);
    return q && qualificationView(index, q, borough);
  }
  const p = index.programmes.get(item.id);
  return p && programmeView(index, p);
}

/** The oldest "last checked" date among the views: the whole plan is at least that fresh. */
export function oldestReview(views: readonly ItemView[]): string | undefined {
  return views
    .map((v) => v.reviewed)
    .filter((d): d is string => !!d)
    .sort()[0];
}

/** An email body stays under this many characters, so every mail program opens the whole of it. */
export const MAX_EMAIL_CHARS = 1800;

/**
 * The list as plain text for an email: each item with its key facts and next steps, the
 * local help's contacts, and the link that reopens the list. Cut to MAX_EMAIL_CHARS by
 * leaving out details from the end, never the link.
 */
export function planText(views: readonly ItemView[], options: { link: string; boroughName?: string | undefined }): string {
  const head = ['My health and care careers list', ...(options.boroughName ? [`Borough: ${options.boroughName}`] : []), ''];
  const foot = ['', `Open this list online: ${options.link}`, 'General information, not advice about your own situation.'];
  const blocks = views.map((v, i) => {
    const lines = [`${i + 1}. ${v.title} (${v.kindLabel})`];
    for (const f of v.facts) lines.push(`   ${f.label}: ${f.text}`);
    for (const [j, n] of v.next.entries()) lines.push(v.steps ? `   Step ${j + 1}: ${n}` : `   Next: ${n}`);
    for (const p of v.help?.programmes.slice(0, 3) ?? []) lines.push(`   Local help: ${p.title}${contactText(p) ? ` (${contactText(p)})` : ''}`);
    return lines;
  });
  const size = (bs: string[][]) => [...head, ...bs.flat(), ...foot].join('\n').length;
  // Too long: keep each item's first line and next step, then only titles.
  let fitted = blocks;
  if (size(fitted) > MAX_EMAIL_CHARS) fitted = blocks.map((b) => [b[0] ?? '', ...b.filter((l) => /^ {3}(Next|Step 1):/.test(l)).slice(0, 1)]);
  if (size(fitted) > MAX_EMAIL_CHARS) fitted = blocks.map((b) => [b[0] ?? '']);
  return [...head, ...fitted.flat(), ...foot].join('\n');
}

/** A mailto: address with a subject and body (no recipient: the person types it). */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
