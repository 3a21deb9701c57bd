/**
 * What this device remembers for "My list": the saved items, the jobs chosen to compare,
 * and the person's borough, in localStorage (no account; nothing leaves the device). When
 * storage is off (private browsing, blocked cookies) the choices last for this page only.
 * Every script on a page imports this one module, so a Save button and the header's count
 * share it; `onChange` also hears changes made in other tabs.
 */
import { compareFromStorage, listFromStorage, listToStorage, MAX_COMPARE, type ShortlistItem } from '../../lib/shortlist';
import { isId } from '../../lib/text';

const KEYS = { list: 'my-list', compare: 'compare-jobs', compareNames: 'compare-names', borough: 'my-borough' } as const;
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    if (value === undefined) memory.delete(key);
    else memory.set(key, value);
  }
  for (const fn of listeners) fn();
}

export const getList = (): ShortlistItem[] => listFromStorage(read(KEYS.list));
export const setList = (items: readonly ShortlistItem[]): void => write(KEYS.list, items.length ? listToStorage(items) : undefined);

export const getCompare = (): string[] => compareFromStorage(read(KEYS.compare));

/** The names of the jobs chosen to compare, so a page can say them without the data. */
export function getCompareNames(): Map<string, string> {
  try {
    const pairs: unknown = JSON.parse(read(KEYS.compareNames) ?? '[]');
    if (!Array.isArray(pairs)) return new Map();
    return new Map(pairs.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** Chooses these jobs to compare; `names` gives the titles of jobs just added. */
export function setCompare(ids: readonly string[], names: Iterable<readonly [string, string]> = []): void {
  const kept = ids.slice(0, MAX_COMPARE);
  const known = getCompareNames();
  for (const [id, title] of names) known.set(id, title.slice(0, 120));
  const pairs = kept.filter((id) => known.has(id)).map((id) => [id, known.get(id)]);
  write(KEYS.compareNames, kept.length ? JSON.stringify(pairs) : undefined);
  write(KEYS.compare, kept.length ? JSON.stringify(kept) : undefined);
}

/** The borough id chosen on this device, if any (its form only: pages check it against their boroughs). */
export function getBorough(): string | undefined {
  const b = read(KEYS.borough);
  return b && isId(b) ? b : undefined;
}
export const setBorough = (id: string | undefined): void => write(KEYS.borough, id && isId(id) ? id : undefined);

/** Forgets everything: the list, the jobs to compare and the borough (an adviser at the end of an appointment). */
export function clearAll(): void {
  for (const key of Object.values(KEYS)) {
    try {
      localStorage.removeItem(key);
    } catch {
      memory.delete(key);
    }
  }
  for (const fn of listeners) fn();
}

let hearingOtherTabs = false;

/** Calls `fn` after every change, here or in another tab. Returns a function that stops it. */
export function onChange(fn: () => void): () => void {
  listeners.add(fn);
  if (!hearingOtherTabs) {
    hearingOtherTabs = true;
    const ours: ReadonlySet<string | null> = new Set([null, ...Object.values(KEYS)]);
    addEventListener('storage', (e) => {
      if (ours.has(e.key)) for (const f of listeners) f();
    });
  }
  return () => listeners.delete(fn);
}
