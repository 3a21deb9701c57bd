/**
 * Zoom and pan arithmetic for the map, as plain numbers (no d3, no DOM), so it is unit tested.
 * A transform maps layout px to screen px: screen = layout * k + (x, y), as in d3-zoom.
 */
import type { ZoomState } from './view-state.ts';

export interface Size {
  width: number;
  height: number;
}
export interface Box extends Size {
  x: number;
  y: number;
}

export const maxScale = 3;
/** The smallest scale anyone can zoom out to: the whole map fits (or 1 if it already does). */
export function minScale(layout: Size, viewport: Size): number {
  return Math.min(1, viewport.width / layout.width, viewport.height / layout.height);
}

/**
 * Zoom limits of a pathway view: its 15px labels never drop below 12px (0.8), and boxes grow
 * to at most 2.5 times. Zooming out further made the old full map an unreadable strip.
 */
export const pathwayScale = { min: 0.8, max: 2.5 } as const;

/**
 * The view a pathway view opens with (and Reset view returns to): 1:1, from the top, with the
 * lane's first job near the left edge. Many lanes start with several columns of ways in from
 * other pathways (Nursing and midwifery's first job is at Level 5): opened from the left edge,
 * the first screen showed none of the pathway's own jobs. `first` is that job's box; when it
 * is already on the first screen the view starts at the map's left edge. `columns`: the
 * columns' left edges.
 */
export function pathwayOpening(first: Box | undefined, layout: Size, viewport: Size, columns: readonly number[] = [], margin = 40): ZoomState {
  const start = { k: 1, x: 0, y: 0 };
  if (!first || first.x + first.width <= viewport.width * 0.6) return start;
  // From the left edge of the job's column: its title shows and no box is cut at the edge
  // (boxes stand inside their column), when the job still fits on the first screen.
  const column = Math.max(...columns.filter((x) => x <= first.x));
  const left = first.x + first.width - column <= viewport.width * 0.9 ? column : first.x - margin;
  return constrain({ k: 1, x: -left, y: 0 }, layout, viewport);
}

export interface ScaleLimits {
  min: number;
  max: number;
}

/** Within `limits` when given, else between the whole map fitting and `maxScale`. */
export function clampScale(k: number, layout: Size, viewport: Size, limits?: ScaleLimits): number {
  const lo = limits ? limits.min : minScale(layout, viewport);
  const hi = limits ? limits.max : maxScale;
  return Math.max(lo, Math.min(hi, k));
}

/**
 * Keeps the map on screen, as d3-zoom's default constrain does with a translate extent of the
 * whole layout: a map narrower (or shorter) than the screen is centred on that axis.
 */
export function constrain(t: ZoomState, layout: Size, viewport: Size): ZoomState {
  const axis = (offset: number, size: number, screen: number) => {
    const drawn = size * t.k;
    if (drawn <= screen) return (screen - drawn) / 2;
    return Math.min(0, Math.max(screen - drawn, offset));
  };
  // `|| 0`: never -0, so equal views compare equal.
  return { k: t.k, x: axis(t.x, layout.width, viewport.width) || 0, y: axis(t.y, layout.height, viewport.height) || 0 };
}

/**
 * The smallest pan that brings `box` fully on screen with `margin` px to spare (centred on an
 * axis where it cannot fit); the same transform when it is already in view.
 */
export function panIntoView(t: ZoomState, box: Box, layout: Size, viewport: Size, margin = 24): ZoomState {
  const axis = (offset: number, start: number, size: number, screen: number) => {
    const a = start * t.k + offset;
    const b = (start + size) * t.k + offset;
    if (b - a > screen - 2 * margin) return offset + (screen / 2 - (a + b) / 2);
    if (a < margin) return offset + (margin - a);
    if (b > screen - margin) return offset - (b - (screen - margin));
    return offset;
  };
  const next = constrain({ k: t.k, x: axis(t.x, box.x, box.width, viewport.width), y: axis(t.y, box.y, box.height, viewport.height) }, layout, viewport);
  return Math.abs(next.x - t.x) < 0.5 && Math.abs(next.y - t.y) < 0.5 ? t : next;
}

/** Zooms by `factor` about the viewport's centre (within `limits` when given). */
export function zoomAboutCentre(t: ZoomState, factor: number, layout: Size, viewport: Size, limits?: ScaleLimits): ZoomState {
  const k = clampScale(t.k * factor, layout, viewport, limits);
  const cx = (viewport.width / 2 - t.x) / t.k;
  const cy = (viewport.height / 2 - t.y) / t.k;
  return constrain({ k, x: viewport.width / 2 - cx * k, y: viewport.height / 2 - cy * k }, layout, viewport);
}
