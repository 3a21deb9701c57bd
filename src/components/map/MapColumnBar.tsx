/**
 * Column titles ("Entry", "Level 3") pinned to the top of the map frame once the map's own
 * title row has moved out of view, so a map moved down still says which level is which.
 * Placed on every frame of a move by `placeColumns` (no React render per frame).
 */
import type { RefObject } from 'react';
import type { ZoomState } from '../../lib/map/view-state';

export interface ColumnTitle {
  /** Centre of the title in map px. */
  x: number;
  label: string;
}

export function placeColumns(bar: HTMLDivElement | null, columns: readonly ColumnTitle[], t: ZoomState): void {
  if (!bar) return;
  // The SVG's own titles (the top 36px of the layout) are showing.
  bar.hidden = t.y + 36 * t.k > 0;
  if (bar.hidden) return;
  [...bar.children].forEach((label, i) => {
    const c = columns[i];
    if (c) (label as HTMLElement).style.transform = `translateX(${Math.round(c.x * t.k + t.x)}px) translateX(-50%)`;
  });
}

export default function MapColumnBar({ columns, barRef }: { columns: readonly ColumnTitle[]; barRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="map-column-bar" ref={barRef} aria-hidden="true" hidden>
      {columns.map((c) => (
        <span key={`${c.x}-${c.label}`}>{c.label}</span>
      ))}
    </div>
  );
}
