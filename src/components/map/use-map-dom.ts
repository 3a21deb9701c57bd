/**
 * Puts the island's state onto the server-rendered SVG: which node is the map's one tab stop
 * (roving tabindex), which is selected, which are filtered out, and which lines and boxes are
 * on the selection's routes. Classes and attributes only, set directly on the drawn elements:
 * the SVG is never rendered again.
 */
import { useLayoutEffect, type RefObject } from 'react';
import type { Routes } from '../../lib/map/highlight';
import { edgeKey } from '../../lib/map/edge-key';
import type { EdgeKind } from '../../lib/graph/graph';
import type { DrawnMap } from './read-map';

export interface MapDomState {
  /** The node that takes the map's tab stop. */
  active: string | undefined;
  selected: string | undefined;
  visible: ReadonlySet<string>;
  routes: Routes | undefined;
}

export function useMapDom(frame: RefObject<HTMLElement | null>, drawn: DrawnMap | undefined, state: MapDomState): void {
  const { active, selected, visible, routes } = state;
  useLayoutEffect(() => {
    const root = frame.current;
    if (!root || !drawn) return;
    const stop = active !== undefined && visible.has(active) ? active : drawn.boxes.find((b) => visible.has(b.id))?.id;
    for (const a of root.querySelectorAll<SVGAElement>('a.map-node')) {
      const id = a.dataset.id ?? '';
      const shown = visible.has(id);
      a.tabIndex = shown && id === stop ? 0 : -1;
      a.classList.toggle('is-hidden', !shown);
      a.classList.toggle('is-selected', id === selected);
      a.classList.toggle('is-dim', routes !== undefined && !routes.nodes.has(id));
    }
    for (const g of root.querySelectorAll<SVGGElement>('g.map-junction')) {
      const id = g.dataset.id ?? '';
      g.classList.toggle('is-hidden', !visible.has(id));
      g.classList.toggle('is-dim', routes !== undefined && !routes.nodes.has(id));
    }
    for (const p of root.querySelectorAll<SVGPathElement>('path.map-edge')) {
      const from = p.dataset.from ?? '';
      const to = p.dataset.to ?? '';
      const strong = routes?.edges.has(edgeKey({ from, to, kind: (p.dataset.kind ?? 'qualifies') as EdgeKind })) ?? false;
      p.classList.toggle('is-hidden', !visible.has(from) || !visible.has(to));
      p.classList.toggle('is-strong', strong);
      p.classList.toggle('is-dim', routes !== undefined && !strong);
    }
    root.querySelector('svg.map-svg')?.classList.toggle('has-selection', routes !== undefined);
  }, [frame, drawn, active, selected, visible, routes]);
}
