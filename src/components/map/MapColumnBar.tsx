/**
 * Column titles ("Entry", "Level 3") pinned to the top of the map frame once the map's own
 * title row has scrolled out of view, so a zoomed-in map still says which level is which.
 * Placed on every frame of a move by `placeColumns` (no React render per frame).
 */
import type { RefObject } from 'react';
import type { MapColumn } from '../../lib/layout/types';
import type { ZoomState } from '../../lib/map/view-state';

export function placeColumns(bar: HTMLDivElement | null, columns: readonly MapColumn[], t: ZoomState): void {
  if (!bar) return;
  // Too small to read, or the SVG's own titles (the top 40px of the layout) are showing.
  bar.hidden = t.k < 0.4 || t.y + 40 * t.k > 0;
  if (bar.hidden) return;
  [...bar.children].forEach((label, i) => {
    const c = columns[i];
    if (c) (label as HTMLElement).style.transform = `translateX(${Math.round((c.x + c.width / 2) * t.k + t.x)}px) translateX(-50%)`;
  });
}

export default function MapColumnBar({ columns, barRef }: { columns: readonly MapColumn[]; barRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="map-column-bar" ref={barRef} aria-hidden="true" hidden>
      {columns.map((c) => (
        <span key={c.level}>{c.label}</span>
      ))}
    </div>
  );
}
