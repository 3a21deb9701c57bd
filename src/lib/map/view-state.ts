/**
 * The map's view as URL search params, so an advisor can copy the address and it opens the
 * same view: `?select=care-worker&sector=nhs&pathway=nursing,allied-health&min=2&max=5&borough=camden&z=0.85,-120,0`.
 * Parsing never throws: unknown ids and bad numbers are dropped. Ids are checked against the
 * `KnownIds` sets, never by indexing an object (which would take "constructor" for a node).
 */

export type SectorFilter = 'nhs' | 'social-care';
export const sectorFilters: readonly SectorFilter[] = ['nhs', 'social-care'];

/** Levels run from 0 (Entry) to 8. */
export const lowestLevel = 0;
export const highestLevel = 8;

export interface MapFilters {
  /** Only jobs in this sector (jobs in both sectors always show); undefined: every sector. */
  sector?: SectorFilter | undefined;
  /** Only these pathway families, in the order given; empty: every pathway. */
  pathways: string[];
  /** Lowest level shown, 0 (Entry) to 8. */
  min: number;
  /** Highest level shown, 0 to 8, never below `min`. */
  max: number;
  /** Show only the local programmes open to this borough's residents; undefined: all of them. */
  borough?: string | undefined;
}

/** A d3-zoom transform: screen = layout * k + (x, y). */
export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export interface ViewState {
  /** The selected node's id. */
  select?: string | undefined;
  filters: MapFilters;
  /** Only present once someone has zoomed or panned: otherwise each screen picks its own view. */
  z?: ZoomState | undefined;
}

/** The ids a URL may name; anything else is dropped. */
export interface KnownIds {
  nodes: ReadonlySet<string>;
  pathways: ReadonlySet<string>;
  boroughs: ReadonlySet<string>;
}

export const defaultFilters: MapFilters = { pathways: [], min: lowestLevel, max: highestLevel };

/** The params this module owns; others in the URL are left alone. */
export const viewParams = ['select', 'sector', 'pathway', 'min', 'max', 'borough', 'z'] as const;

function level(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= lowestLevel && n <= highestLevel ? n : undefined;
}

/** k to 3 decimals, x and y to whole px: short URLs, and the same view within a pixel. */
export function roundZoom(z: ZoomState): ZoomState {
  return { k: Math.round(z.k * 1000) / 1000 || 0, x: Math.round(z.x) || 0, y: Math.round(z.y) || 0 };
}

function zoom(value: string | null): ZoomState | undefined {
  if (value === null) return undefined;
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => p === '')) return undefined;
  const [k, x, y] = parts.map(Number) as [number, number, number];
  if (![k, x, y].every(Number.isFinite) || k <= 0 || k > 100) return undefined;
  return roundZoom({ k, x, y });
}

export function parseViewState(search: string | URLSearchParams, known: KnownIds): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const select = params.get('select') ?? undefined;
  const sector = params.get('sector');
  const borough = params.get('borough') ?? undefined;
  const pathways: string[] = [];
  for (const value of params.getAll('pathway')) {
    for (const id of value.split(',').map((s) => s.trim())) if (known.pathways.has(id) && !pathways.includes(id)) pathways.push(id);
  }
  let min = level(params.get('min')) ?? lowestLevel;
  let max = level(params.get('max')) ?? highestLevel;
  if (min > max) [min, max] = [max, min];
  const filters: MapFilters = { pathways, min, max };
  if (sectorFilters.includes(sector as SectorFilter)) filters.sector = sector as SectorFilter;
  if (borough !== undefined && known.boroughs.has(borough)) filters.borough = borough;
  const state: ViewState = { filters };
  if (select !== undefined && known.nodes.has(select)) state.select = select;
  const z = zoom(params.get('z'));
  if (z) state.z = z;
  return state;
}

/** Only what differs from the defaults, always in the same order. */
export function serialiseViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { filters: f } = state;
  if (state.select) params.set('select', state.select);
  if (f.sector) params.set('sector', f.sector);
  if (f.pathways.length) params.set('pathway', f.pathways.join(','));
  if (f.min !== lowestLevel) params.set('min', String(f.min));
  if (f.max !== highestLevel) params.set('max', String(f.max));
  if (f.borough) params.set('borough', f.borough);
  if (state.z) {
    const z = roundZoom(state.z);
    params.set('z', `${z.k},${z.x},${z.y}`);
  }
  return params;
}

/**
 * `search` (a location.search) with this module's params replaced by `state`'s; other params
 * stay first, in their order. Returns "" or "?...". Commas are kept readable.
 */
export function withViewState(search: string, state: ViewState): string {
  const params = new URLSearchParams(search);
  for (const key of viewParams) params.delete(key);
  for (const [key, value] of serialiseViewState(state)) params.append(key, value);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

export function sameFilters(a: MapFilters, b: MapFilters): boolean {
  return a.sector === b.sector && a.min === b.min && a.max === b.max && a.borough === b.borough && a.pathways.join() === b.pathways.join();
}

/** How many filters differ from the defaults (the level range counts once). */
export function activeFilterCount(f: MapFilters): number {
  return [f.sector, f.pathways.length > 0, f.min !== lowestLevel || f.max !== highestLevel, f.borough].filter(Boolean).length;
}
