/**
 * Zoom and pan for a pathway view with d3-zoom (drag, pinch, Ctrl or Cmd and the wheel,
 * double-click), plus the moves the buttons and keys make. Every move is one CSS transform on
 * the wrapper around the server-rendered SVG: the browser composites it, and nothing inside
 * the SVG is laid out again. (Setting `style.transform` from script is a DOM property change,
 * which the Content-Security-Policy allows; a style attribute in the HTML would not be.)
 *
 * A plain wheel moves the map while it can move that way, then scrolls the page, as a
 * scrolling box does: the lower part of a tall lane is always reachable with the wheel.
 */
/// <reference types="d3-transition" />
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ZoomState } from '../../lib/map/view-state';
import { constrain, pathwayScale, type Size } from '../../lib/map/viewport';

export interface MapZoom {
  /** The frame's size in CSS px, once measured. */
  viewport: Size | undefined;
  /** Moves the map, at once or animated (never animated with reduced motion). */
  apply: (t: ZoomState, options?: { animate?: boolean }) => void;
  /** Where the map is, or is heading: the end of a running animation. */
  current: () => ZoomState;
}

/** The wrapper's transform: screen = map * k + (x, y), from its top-left corner. */
export const cssTransform = (t: ZoomState) => `translate(${t.x}px, ${t.y}px) scale(${t.k})`;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * `size` is the map's own size (its viewBox); `onFrame` runs on every frame of a move (for
 * things kept in step outside the map, such as the pinned column titles).
 */
export function useMapZoom(
  frame: RefObject<HTMLElement | null>,
  wrapper: RefObject<HTMLElement | null>,
  size: Size | undefined,
  onFrame?: (t: ZoomState) => void,
): MapZoom {
  const frameCallback = useRef(onFrame);
  frameCallback.current = onFrame;
  const [viewport, setViewport] = useState<Size>();
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | undefined>(undefined);
  const now = useRef<ZoomState>({ k: 1, x: 0, y: 0 });
  const goal = useRef<ZoomState | undefined>(undefined);

  // Measure the frame, and again whenever it changes size.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!size || !el) return undefined;
    const measure = () => {
      const next = { width: Math.round(el.clientWidth), height: Math.round(el.clientHeight) };
      if (!next.width || !next.height) return; // hidden (the list is showing): keep the last size
      setViewport((old) => (old && old.width === next.width && old.height === next.height ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame, size]);

  // Attach d3-zoom once there is a size; keep its limits in step with the size.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!viewport || !size || !el) return;
    if (!behaviour.current) {
      const b = zoom<HTMLElement, unknown>()
        // d3's default, and: a double-click on a node selects it rather than zooming; the
        // wheel zooms only with Ctrl or Cmd (a trackpad pinch arrives as a Ctrl wheel).
        .filter((event: MouseEvent) => {
          if (event.type === 'dblclick' && (event.target as Element | null)?.closest('.map-node')) return false;
          if (event.type === 'wheel') return event.ctrlKey || event.metaKey;
          return !event.ctrlKey && !event.button;
        })
        .clickDistance(4)
        .constrain((t) => {
          const c = constrain({ k: t.k, x: t.x, y: t.y }, size, { width: el.clientWidth, height: el.clientHeight });
          return zoomIdentity.translate(c.x, c.y).scale(c.k);
        })
        .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
          const { k, x, y } = event.transform;
          now.current = { k, x, y };
          // A person's wheel, drag or pinch takes over from any animation.
          if (event.sourceEvent) goal.current = undefined;
          if (wrapper.current) wrapper.current.style.transform = cssTransform(now.current);
          frameCallback.current?.(now.current);
        })
        .on('end', () => {
          const g = goal.current;
          if (g && Math.abs(g.k - now.current.k) < 1e-3 && Math.abs(g.x - now.current.x) < 0.5 && Math.abs(g.y - now.current.y) < 0.5) goal.current = undefined;
        });
      select(el).call(b);
      behaviour.current = b;
    }
    behaviour.current
      .extent([
        [0, 0],
        [viewport.width, viewport.height],
      ])
      .scaleExtent([pathwayScale.min, pathwayScale.max])
      .duration(reducedMotion() ? 0 : 250);
  }, [viewport, size, frame, wrapper]);

  const apply = useCallback(
    (t: ZoomState, options: { animate?: boolean } = {}) => {
      const el = frame.current;
      const b = behaviour.current;
      if (!el || !b) return;
      const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
      if (options.animate && !reducedMotion()) {
        goal.current = t;
        b.transform(select(el).transition().duration(250), target);
      } else {
        goal.current = undefined;
        b.transform(select(el), target);
      }
    },
    [frame],
  );

  const current = useCallback(() => goal.current ?? now.current, []);

  // A plain wheel (or a trackpad's two-finger scroll) moves the map while it can move.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!viewport || !size || !el) return undefined;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const scale = event.deltaMode === 1 ? 20 : event.deltaMode === 2 ? viewport.height : 1;
      const t = current();
      const [dx, dy] = event.shiftKey && !event.deltaX ? [event.deltaY, 0] : [event.deltaX, event.deltaY];
      const next = constrain({ k: t.k, x: t.x - dx * scale, y: t.y - dy * scale }, size, viewport);
      if (Math.abs(next.x - t.x) < 0.5 && Math.abs(next.y - t.y) < 0.5) return; // at the edge: the page scrolls
      event.preventDefault();
      apply(next);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [viewport, size, frame, apply, current]);

  return { viewport, apply, current };
}
