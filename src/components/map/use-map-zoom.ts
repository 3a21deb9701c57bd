/**
 * Zoom and pan for the map island with d3-zoom (wheel, drag, pinch, double-click), plus the
 * programmatic moves the buttons and keys make. d3 writes the zoom group's transform straight
 * to the DOM while a gesture runs; React state changes once it ends, so the URL can follow.
 */
/// <reference types="d3-transition" />
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { MapLayout } from '../../lib/layout/types';
import type { ZoomState } from '../../lib/map/view-state';
import { maxScale, minScale, type Size } from '../../lib/map/viewport';

export interface MapZoom {
  /** The frame's size in CSS px, once measured. */
  viewport: Size | undefined;
  /** The transform after the last move (changes once per gesture, not per frame). */
  transform: ZoomState | undefined;
  /** True once a person has zoomed or panned: the URL records the view from then on. */
  moved: boolean;
  /** Moves the map; `auto` moves (the opening view) do not count as a person's. */
  apply: (t: ZoomState, options?: { animate?: boolean; auto?: boolean }) => void;
  /**
   * Where the map is, or is heading: the end of a running animation (so a move made during
   * one starts from where the map will be, and never inherits a mid-flight scale).
   */
  current: () => ZoomState;
}

export const transformString = (t: ZoomState) => `translate(${t.x},${t.y}) scale(${t.k})`;

const same = (a: ZoomState, b: ZoomState) => Math.abs(a.k - b.k) < 1e-3 && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** `onFrame` runs on every frame of a move (for things drawn outside the SVG, kept in step). */
export function useMapZoom(frame: RefObject<HTMLElement | null>, layout: MapLayout, enabled: boolean, onFrame?: (t: ZoomState) => void): MapZoom {
  const frameCallback = useRef(onFrame);
  frameCallback.current = onFrame;
  const [viewport, setViewport] = useState<Size>();
  const [transform, setTransform] = useState<ZoomState>();
  const [moved, setMoved] = useState(false);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | undefined>(undefined);
  const now = useRef<ZoomState>({ k: 1, x: 0, y: 0 });
  const before = useRef<ZoomState>(now.current);
  const goal = useRef<ZoomState | undefined>(undefined);
  const auto = useRef(false);

  const svg = useCallback(() => frame.current?.querySelector<SVGSVGElement>('svg.map-svg') ?? null, [frame]);

  // Measure the frame, and again whenever it changes size.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!enabled || !el) return undefined;
    const measure = () => {
      const next = { width: Math.round(el.clientWidth), height: Math.round(el.clientHeight) };
      if (!next.width || !next.height) return; // hidden (the list view is showing): keep the last size
      setViewport((old) => (old && old.width === next.width && old.height === next.height ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled, frame]);

  // Attach d3-zoom once there is a size; keep its limits in step with the size.
  useLayoutEffect(() => {
    const node = svg();
    if (!viewport || !node) return;
    if (!behaviour.current) {
      const b = zoom<SVGSVGElement, unknown>()
        // d3's default, and: a double-click on a node selects it rather than zooming; a plain
        // wheel scrolls the page (zoom with Ctrl or Cmd and the wheel, a trackpad pinch, which
        // arrives as a Ctrl wheel, or the buttons), so the map never traps page scrolling.
        .filter((event: MouseEvent) => {
          if (event.type === 'dblclick' && (event.target as Element | null)?.closest('.map-node')) return false;
          if (event.type === 'wheel') return event.ctrlKey || event.metaKey;
          return !event.ctrlKey && !event.button;
        })
        // A small wobble while clicking a node is still a click, not a drag.
        .clickDistance(4)
        .on('start', () => {
          before.current = now.current;
        })
        .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
          const { k, x, y } = event.transform;
          now.current = { k, x, y };
          // A person's wheel, drag or pinch takes over from any animation.
          if (event.sourceEvent) goal.current = undefined;
          node.querySelector('g.map-zoom')?.setAttribute('transform', transformString(now.current));
          frameCallback.current?.(now.current);
        })
        .on('end', () => {
          const t = now.current;
          // An animation cut short by the next one still has somewhere to go.
          if (goal.current && same(goal.current, t)) goal.current = undefined;
          const b = before.current;
          setTransform((old) => (old && same(old, t) ? old : { ...t })); // no re-render for a plain click
          // A click on a node is a zoom gesture that went nowhere: not a move.
          if (!auto.current && !same(t, b)) setMoved(true);
          auto.current = false;
        });
      select(node).call(b);
      behaviour.current = b;
    }
    behaviour.current
      .extent([
        [0, 0],
        [viewport.width, viewport.height],
      ])
      .scaleExtent([minScale(layout, viewport), maxScale])
      .translateExtent([
        [0, 0],
        [layout.width, layout.height],
      ])
      .duration(reducedMotion() ? 0 : 250);
  }, [viewport, layout, svg]);

  const apply = useCallback(
    (t: ZoomState, options: { animate?: boolean; auto?: boolean } = {}) => {
      const node = svg();
      const b = behaviour.current;
      if (!node || !b) return;
      const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
      const selection = select(node);
      // Read (and cleared) by the "end" handler: at once without animation, or when the
      // transition ends or a person's gesture interrupts it.
      auto.current = options.auto === true;
      if (options.animate && !reducedMotion()) {
        b.transform(selection.transition().duration(300), target);
        goal.current = t;
      } else {
        goal.current = undefined;
        b.transform(selection, target);
      }
      if (options.auto) setMoved(false);
    },
    [svg],
  );

  const current = useCallback(() => goal.current ?? now.current, []);
  return { viewport, transform, moved, apply, current };
}
