/**
 * "My list" (a shortlist) and a comparison of jobs, as plain data and as web addresses, so a
 * list reopens in any browser: `/my-list/?items=role:care-worker,route:nothing~adult-nurse`
 * and `/compare/?roles=care-worker,adult-nurse`, each with an optional `&borough=camden`.
 *
 * An item is a role, a qualification, a programme, or a route from a start (a role, a
 * qualification, or `nothing`) to a role. Reading an address or the device's stored list
 * checks every id against what the site knows (a Map, never a plain object, so
 * "constructor" is not an id) and drops the rest, counting them for a note that never
 * repeats what was typed. Pure: no DOM, no storage.
 */
import { NOTHING } from './routes/search-params.ts';
import { isId } from './text.ts';

export type EntryKind = 'role' | 'qualification' | 'programme';
export type ItemKind = EntryKind | 'route';

/** One thing on a list: an entry of the site, or a route from a start to a job. */
export type ShortlistItem = { kind: EntryKind; id: string } | { kind: 'route'; from: string; to: string };

/** The most items a list holds (an address stays short enough for a QR code and an email). */
export const MAX_ITEMS = 30;
/** How many jobs the compare page shows side by side, at least and at most. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;
/** Longer `items` or `roles` values are not read at all (nobody types them; a QR code cannot hold them). */
const MAX_PARAM_CHARS = 2000;

const ENTRY_KINDS: ReadonlySet<string> = new Set<EntryKind>(['role', 'qualification', 'programme']);

/** The item as it is written in an address and in storage: "role:care-worker", "route:nothing~adult-nurse". */
export function itemKey(item: ShortlistItem): string {
  return item.kind === 'route' ? `route:${item.from}~${item.to}` : `${item.kind}:${item.id}`;
}

/** An item from its key, by its form only (ids are checked against the site by `knownItem`). */
export function parseItemKey(key: string): ShortlistItem | undefined {
  const at = key.indexOf(':');
  if (at < 0) return undefined;
  const kind = key.slice(0, at);
  const rest = key.slice(at + 1);
  if (kind === 'route') {
    const [from, to, ...more] = rest.split('~');
    if (more.length || !from || !to || !isId(from) || !isId(to)) return undefined;
    return { kind: 'route', from, to };
  }
  if (!ENTRY_KINDS.has(kind) || !isId(rest)) return undefined;
  return { kind: kind as EntryKind, id: rest };
}

/** What the site knows: the kind of each id (a Map), and the borough ids. */
export interface Known {
  kinds: ReadonlyMap<string, EntryKind>;
  boroughs: ReadonlySet<string>;
}

/** True when every id in the item is one the site has, of the right kind. */
export function knownItem(item: ShortlistItem, known: Known): boolean {
  if (item.kind !== 'route') return known.kinds.get(item.id) === item.kind;
  if (known.kinds.get(item.to) !== 'role' || item.from === item.to) return false;
  if (item.from === NOTHING) return true;
  const from = known.kinds.get(item.from);
  return from === 'role' || from === 'qualification';
}

export const sameItem = (a: ShortlistItem, b: ShortlistItem): boolean => itemKey(a) === itemKey(b);
export const hasItem = (list: readonly ShortlistItem[], item: ShortlistItem): boolean => list.some((x) => sameItem(x, item));

/** The list with the item added at the end (unchanged when it is there already or the list is full). */
export function addItem(list: readonly ShortlistItem[], item: ShortlistItem): ShortlistItem[] {
  return hasItem(list, item) || list.length >= MAX_ITEMS ? [...list] : [...list, item];
}

export function removeItem(list: readonly ShortlistItem[], item: ShortlistItem): ShortlistItem[] {
  return list.filter((x) => !sameItem(x, item));
}

/** Comma-separated keys, de-duplicated, in order; unreadable ones counted in `bad`. */
function splitKeys(raw: string): { keys: string[]; bad: number } {
  if (raw.length > MAX_PARAM_CHARS) return { keys: [], bad: 1 };
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { keys: [...new Set(parts)], bad: 0 };
}

/** A list read from an address or storage: the items kept, how many were left out, the borough. */
export interface ParsedList {
  items: ShortlistItem[];
  /** How many items were left out because this site has no such thing (or they are written wrongly). */
  dropped: number;
  /** How many were left out because the list was full (MAX_ITEMS). */
  over: number;
  /** A borough id the site knows, when the address gave one. */
  borough?: string;
}

/** Items from keys, keeping only those the site knows (all that parse, when `known` is not given). */
export function itemsFromKeys(keys: readonly string[], known?: Known): { items: ShortlistItem[]; dropped: number; over: number } {
  const items: ShortlistItem[] = [];
  let dropped = 0;
  let over = 0;
  for (const key of keys) {
    const item = parseItemKey(key);
    if (!item || (known && !knownItem(item, known))) dropped++;
    else if (hasItem(items, item)) continue;
    else if (items.length >= MAX_ITEMS) over++;
    else items.push(item);
  }
  return { items, dropped, over };
}

const paramsOf = (search: string | URLSearchParams) => (typeof search === 'string' ? new URLSearchParams(search) : search);

function boroughParam(params: URLSearchParams, known: Known): string | undefined {
  const b = params.get('borough')?.trim() ?? '';
  return known.boroughs.has(b) ? b : undefined;
}

/** The list an address holds: `?items=role:care-worker,route:nothing~adult-nurse&borough=camden`. */
export function listFromAddress(search: string | URLSearchParams, known: Known): ParsedList & { hasItems: boolean } {
  const params = paramsOf(search);
  const raw = params.getAll('items').join(',');
  const { keys, bad } = splitKeys(raw);
  const { items, dropped, over } = itemsFromKeys(keys, known);
  const borough = boroughParam(params, known);
  return { items, dropped: dropped + bad, over, ...(borough ? { borough } : {}), hasItems: params.has('items') };
}

/**
 * The query part of a list's address, readable as it is (ids, `:`, `~` and `,` need no
 * escaping in a query): "?items=role:care-worker,role:adult-nurse&borough=camden", or "" for
 * an empty list with no borough.
 */
export function listToSearch(items: readonly ShortlistItem[], borough?: string): string {
  const parts: string[] = [];
  if (items.length) parts.push(`items=${items.map(itemKey).join(',')}`);
  if (borough && isId(borough)) parts.push(`borough=${borough}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A stored list (JSON of keys, from localStorage); anything unreadable is an empty list. */
export function listFromStorage(stored: string | null): ShortlistItem[] {
  if (!stored) return [];
  try {
    const keys: unknown = JSON.parse(stored);
    if (!Array.isArray(keys)) return [];
    return itemsFromKeys(keys.filter((k): k is string => typeof k === 'string')).items;
  } catch {
    return [];
  }
}

export const listToStorage = (items: readonly ShortlistItem[]): string => JSON.stringify(items.map(itemKey));

/** Jobs to compare from an address: `?roles=a,b,c` (or `?roles=a&roles=b`), at most MAX_COMPARE. */
export interface ParsedCompare {
  roles: string[];
  /** Ids left out because they are not jobs on this site. */
  dropped: number;
  /** Jobs left out past MAX_COMPARE. */
  over: number;
  borough?: string;
}

export function compareFromAddress(search: string | URLSearchParams, known: Known): ParsedCompare {
  const params = paramsOf(search);
  const { keys, bad } = splitKeys(params.getAll('roles').join(','));
  const roles: string[] = [];
  let dropped = bad;
  let over = 0;
  for (const id of keys) {
    if (known.kinds.get(id) !== 'role') dropped++;
    else if (roles.length >= MAX_COMPARE) over++;
    else roles.push(id);
  }
  const borough = boroughParam(params, known);
  return { roles, dropped, over, ...(borough ? { borough } : {}) };
}

/** "?roles=care-worker,adult-nurse&borough=camden" ("" when there is nothing to say). */
export function compareToSearch(roles: readonly string[], borough?: string): string {
  const parts: string[] = [];
  const ids = roles.filter(isId).slice(0, MAX_COMPARE);
  if (ids.length) parts.push(`roles=${ids.join(',')}`);
  if (borough && isId(borough)) parts.push(`borough=${borough}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Role ids stored for comparing (JSON of ids), by form only. */
export function compareFromStorage(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const ids: unknown = JSON.parse(stored);
    return Array.isArray(ids) ? [...new Set(ids.filter((x): x is string => typeof x === 'string' && isId(x)))].slice(0, MAX_COMPARE) : [];
  } catch {
    return [];
  }
}

/**
 * What was left out of an address, in words that never repeat what was typed: "One item in
 * the web address is not on this site, so it is left out." Undefined when nothing was.
 */
export function droppedNotice(parsed: { dropped: number; over: number }, what: 'item' | 'job'): string | undefined {
  const { dropped, over } = parsed;
  const notes: string[] = [];
  if (dropped === 1) notes.push(`One ${what} in the web address is not on this site, so it is left out.`);
  else if (dropped > 1) notes.push(`${dropped} ${what}s in the web address are not on this site, so they are left out.`);
  const max = what === 'job' ? MAX_COMPARE : MAX_ITEMS;
  if (over > 0) notes.push(`${what === 'job' ? 'You can compare' : 'A list holds'} up to ${max} ${what}s: the first ${max} are shown.`);
  return notes.length ? notes.join(' ') : undefined;
}
