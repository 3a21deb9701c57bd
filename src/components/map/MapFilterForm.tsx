/**
 * The map's filters: a plain form, every control with a visible label. Changes apply at once
 * (there is nothing to submit); the island writes them to the URL.
 */
import { activeFilterCount, defaultFilters, highestLevel, lowestLevel, type MapFilters, type SectorFilter } from '../../lib/map/view-state';
import { levelLabel, mapText } from '../../lib/map/map-strings';
import { laneClass } from '../../lib/lane-colours';

export interface MapFilterFormProps {
  /** Starts the form's ids, unique per map on the page (two views can be open in one visit). */
  idPrefix?: string;
  filters: MapFilters;
  pathways: readonly { id: string; title: string; colour: string }[];
  boroughs: readonly { id: string; name: string }[];
  onChange: (filters: MapFilters) => void;
}

const levels = Array.from({ length: highestLevel - lowestLevel + 1 }, (_, i) => lowestLevel + i);

export default function MapFilterForm({ filters, pathways, boroughs, onChange, idPrefix = 'map' }: MapFilterFormProps) {
  const set = (patch: Partial<MapFilters>) => onChange({ ...filters, ...patch });
  const togglePathway = (id: string, on: boolean) => {
    const chosen = new Set(on ? [...filters.pathways, id] : filters.pathways.filter((p) => p !== id));
    // Keep the pathways' own order, so the URL is the same whichever was ticked first.
    set({ pathways: pathways.map((p) => p.id).filter((p) => chosen.has(p)) });
  };
  const setLevel = (which: 'min' | 'max', value: number) => {
    // Moving one end past the other drags the other along.
    if (which === 'min') set({ min: value, max: Math.max(value, filters.max) });
    else set({ max: value, min: Math.min(value, filters.min) });
  };
  const active = activeFilterCount(filters);
  return (
    // Folded away by default: on a phone or a projector the map comes first.
    <details className="map-filters">
      <summary>
        <span className="map-filters-title">{mapText.filtersTitle}</span>{' '}
        <span className="map-hint">{active === 0 ? mapText.noFilters : mapText.filtersOn(active)}</span>
      </summary>
      <form aria-label={mapText.filtersTitle} onSubmit={(e) => e.preventDefault()}>
        <div className="map-filters-row">
          <div className="map-field">
            <label htmlFor={`${idPrefix}-sector`}>{mapText.sector}</label>
            <select
              id={`${idPrefix}-sector`}
              value={filters.sector ?? ''}
              onChange={(e) => set({ sector: (e.currentTarget.value || undefined) as SectorFilter | undefined })}
            >
              <option value="">{mapText.sectorAll}</option>
              <option value="nhs">{mapText.sectorNhs}</option>
              <option value="social-care">{mapText.sectorSocialCare}</option>
            </select>
          </div>
          {(['min', 'max'] as const).map((end) => (
            <div className="map-field" key={end}>
              <label htmlFor={`${idPrefix}-${end}`}>{end === 'min' ? mapText.levelFrom : mapText.levelTo}</label>
              <select id={`${idPrefix}-${end}`} value={filters[end]} onChange={(e) => setLevel(end, Number(e.currentTarget.value))}>
                {levels.map((l) => (
                  <option key={l} value={l}>
                    {levelLabel(l)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="map-field">
            <label htmlFor={`${idPrefix}-borough`}>{mapText.borough}</label>
            <select id={`${idPrefix}-borough`} value={filters.borough ?? ''} onChange={(e) => set({ borough: e.currentTarget.value || undefined })}>
              <option value="">{mapText.boroughAll}</option>
              {boroughs.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {/* Pathway views show one pathway: no pathway choice there. */}
        {pathways.length > 0 && (
          <fieldset className="map-pathways">
            <legend>{mapText.pathways}</legend>
            <p className="map-hint" id={`${idPrefix}-pathways-hint`}>
              {mapText.pathwaysHint}
            </p>
            <ul>
              {pathways.map((p) => (
                <li key={p.id} className={laneClass(p.id)}>
                  <input
                    type="checkbox"
                    id={`${idPrefix}-pathway-${p.id}`}
                    checked={filters.pathways.includes(p.id)}
                    onChange={(e) => togglePathway(p.id, e.currentTarget.checked)}
                    aria-describedby={`${idPrefix}-pathways-hint`}
                  />
                  <label htmlFor={`${idPrefix}-pathway-${p.id}`}>{p.title}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <p className="map-filters-actions">
          {/* Always there (never removed under the pointer or the keyboard focus). */}
          <button type="button" className="button secondary" onClick={() => onChange(defaultFilters)}>
            {mapText.clearFilters}
          </button>
        </p>
      </form>
    </details>
  );
}
