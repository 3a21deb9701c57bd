/**
 * The pathway map island on /explore/. The server renders the same SVG (MapSvg), so the map is
 * in the HTML with JavaScript off; once hydrated it adds filters, zoom and pan, selection with
 * a side panel, arrow-key moves along the lines, and keeps the view in the URL.
 * Props are plain JSON; all the graph logic lives in src/lib/map/ (unit tested).
 */
import { useCallback, useLayoutEffect, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import MapSvg from './MapSvg';
import MapPanel from './MapPanel';
import MapControls from './MapControls';
import MapFilterForm from './MapFilterForm';
import MapColumnBar, { placeColumns } from './MapColumnBar';
import { transformString, useMapZoom } from './use-map-zoom';
import type { GraphData } from '../../lib/graph/graph';
import type { MapLayout } from '../../lib/layout/types';
import type { MapNodeData } from '../../lib/map/map-data';
import { localHelp, mapGraph } from '../../lib/map/map-graph';
import { routesThrough } from '../../lib/map/highlight';
import { visibleNodes } from '../../lib/map/visible';
import { arrowKeys, neighbourInDirection } from '../../lib/map/neighbours';
import { defaultFilters, parseViewState, withViewState, type MapFilters, type ZoomState } from '../../lib/map/view-state';
import { boundsOf, constrain, fitBox, initialView, panIntoView, restoreView, zoomAboutCentre, type Size } from '../../lib/map/viewport';
import { mapText, selectedMessage, selectionCleared, shownMessage } from '../../lib/map/map-strings';

export interface MapExplorerProps {
  layout: MapLayout;
  nodes: Record<string, MapNodeData>;
  /** Only the edges are used: node facts come in `nodes`. */
  graph: Pick<GraphData, 'edges'>;
  pathways: { id: string; title: string; colour: string }[];
  boroughs: { id: string; name: string }[];
}

const zoomStep = 1.5;
const panStep = 120;
/** Room kept around a node brought into view: clear of the pinned column titles (2rem). */
const revealMargin = 40;

export default function MapExplorer({ layout, nodes, graph, pathways, boroughs }: MapExplorerProps) {
  const index = useMemo(() => mapGraph(nodes, graph.edges), [nodes, graph]);
  const boxes = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const [live, setLive] = useState(false);
  const [filters, setFilters] = useState<MapFilters>(defaultFilters);
  const [selected, setSelected] = useState<string>();
  const [listShown, setListShown] = useState(false);
  const [message, setMessage] = useState('');
  const [sharedZoom, setSharedZoom] = useState<ZoomState>();
  const frame = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);
  const columnBar = useRef<HTMLDivElement>(null);
  const zoom = useMapZoom(frame, layout, live, (t) => placeColumns(columnBar.current, layout.columns, t));
  const { viewport } = zoom;

  // Only what the layout draws (the full map leaves local programmes off) can be shown.
  const drawn = useMemo(() => new Set(layout.nodes.map((n) => n.id)), [layout]);
  const shownBy = useCallback((f: MapFilters) => new Set([...visibleNodes(index, f)].filter((id) => drawn.has(id))), [index, drawn]);
  const visible = useMemo(() => shownBy(filters), [shownBy, filters]);
  const hidden = useMemo(() => new Set(layout.nodes.map((n) => n.id).filter((id) => !visible.has(id))), [layout, visible]);
  // A selection that the filters hide is set aside (and left out of the URL).
  const current = selected !== undefined && visible.has(selected) ? selected : undefined;
  const routes = useMemo(() => (current ? routesThrough(index, current, visible) : undefined), [index, current, visible]);
  const highlight = useMemo(() => routes && { nodes: routes.nodes, edges: routes.edges }, [routes]);

  const nodeLink = (id: string) => frame.current?.querySelector<SVGAElement>(`a[data-id="${CSS.escape(id)}"]`) ?? null;
  const focusNode = (id: string) => nodeLink(id)?.focus({ preventScroll: true });

  /** The view this screen opens with for these filters and this selection. */
  const openingView = (vp: Size, shown: ReadonlySet<string>, sel: string | undefined): ZoomState => {
    const box = sel !== undefined && shown.has(sel) ? boxes.get(sel) : undefined;
    const around = box && sel !== undefined ? { node: box, routes: boundsOf(layout, routesThrough(index, sel, shown).nodes) } : undefined;
    return initialView(layout, vp, boundsOf(layout, shown), around);
  };

  // Right after hydration, before the first paint: read the shared view from the URL.
  useLayoutEffect(() => {
    const state = parseViewState(location.search, {
      nodes: new Set(Object.keys(nodes)),
      pathways: new Set(pathways.map((p) => p.id)),
      boroughs: new Set(boroughs.map((b) => b.id)),
    });
    setFilters(state.filters);
    setSelected(state.select);
    setSharedZoom(state.z);
    setLive(true);
  }, [nodes, pathways, boroughs]);

  // Once the frame has a size: the opening view; on a resize, keep (or redo) the view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new size moves the map here; the filters, selection, shared view and zoom state are read as they are at that moment (their own changes move the map elsewhere, or not at all)
  useLayoutEffect(() => {
    if (!viewport) return;
    if (!opened.current) {
      opened.current = true;
      if (sharedZoom) zoom.apply(restoreView(sharedZoom, layout, viewport));
      else zoom.apply(openingView(viewport, visible, current), { auto: true });
    } else if (zoom.moved) zoom.apply(constrain(zoom.current(), layout, viewport));
    else zoom.apply(openingView(viewport, visible, current), { auto: true });
  }, [viewport]);

  // Back, forward, and the header search ("choose a result to select it on the map") change
  // the address; follow its selection.
  useEffect(() => {
    const onPop = () => {
      const { select: id } = parseViewState(location.search, {
        nodes: new Set(Object.keys(nodes)),
        pathways: new Set(pathways.map((p) => p.id)),
        boroughs: new Set(boroughs.map((b) => b.id)),
      });
      if (id === undefined || id === current) return;
      select(id);
      requestAnimationFrame(() => focusNode(id));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });

  // Keep the address bar in step, so copying it shares this exact view.
  useEffect(() => {
    if (!live) return;
    const search = withViewState(location.search, { select: current, filters, z: zoom.moved ? zoom.transform : undefined });
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [live, current, filters, zoom.moved, zoom.transform]);

  const select = (id: string | undefined) => {
    setSelected(id);
    if (id === undefined) return setMessage(selectionCleared);
    const r = routesThrough(index, id, visible);
    setMessage(selectedMessage(nodes[id]?.title ?? id, r.waysIn.length, r.waysOut.length));
    const box = boxes.get(id);
    if (!viewport || !box) return;
    // Below 64rem the panel covers the lower half of the map (map.css): keep the node above it.
    const room = matchMedia('(max-width: 63.99rem)').matches ? { width: viewport.width, height: Math.round(viewport.height * 0.45) } : viewport;
    const next = panIntoView(zoom.current(), box, layout, room, revealMargin);
    if (next !== zoom.current()) zoom.apply(next, { animate: true });
  };

  const clear = () => {
    const id = current;
    select(undefined);
    if (id !== undefined) focusNode(id);
  };

  /** Click, tap, Enter or Space: select; on the node already selected, go to its panel. */
  const activate = (id: string) => {
    if (id === current) heading.current?.focus();
    else select(id);
  };

  const onNodeClick = (id: string, event: MouseEvent) => {
    // Ctrl/Cmd/Shift-click and middle-click open the page as the link would.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    activate(id);
  };

  const onNodeKeyDown = (id: string, event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return; // Alt+Left is "back"
    if (arrowKeys.includes(event.key)) {
      event.preventDefault();
      const next = neighbourInDirection(index, layout, id, event.key, visible);
      if (next !== undefined) focusNode(next);
    } else if (event.key === ' ') {
      event.preventDefault();
      activate(id);
    } else if (event.key === 'Escape' && current !== undefined) {
      event.preventDefault();
      select(undefined);
    }
  };

  /** Keyboard focus pans the map so the node is on screen (pointer focus leaves it be). */
  const onNodeFocus = (id: string) => {
    const box = boxes.get(id);
    if (!viewport || !box || !nodeLink(id)?.matches(':focus-visible')) return;
    const next = panIntoView(zoom.current(), box, layout, viewport, revealMargin);
    if (next !== zoom.current()) zoom.apply(next, { animate: true });
  };

  const zoomBy = (factor: number) => viewport && zoom.apply(zoomAboutCentre(zoom.current(), factor, layout, viewport), { animate: true });
  const fit = () => viewport && zoom.apply(fitBox(boundsOf(layout, visible), layout, viewport), { animate: true });
  const reset = () => viewport && zoom.apply(openingView(viewport, visible, current), { animate: true, auto: true });

  const onFrameKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys a node already handled (arrows, Space, Escape) stop here.
    if (!viewport || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const t = zoom.current();
    const pan: Record<string, [number, number]> = { ArrowLeft: [panStep, 0], ArrowRight: [-panStep, 0], ArrowUp: [0, panStep], ArrowDown: [0, -panStep] };
    const step = event.target === event.currentTarget ? pan[event.key] : undefined;
    if (event.key === '+' || event.key === '=') zoomBy(zoomStep);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / zoomStep);
    else if (step) zoom.apply(constrain({ k: t.k, x: t.x + step[0], y: t.y + step[1] }, layout, viewport));
    else if (event.key === 'Escape' && current !== undefined) clear();
    else return;
    event.preventDefault();
  };

  const changeFilters = (next: MapFilters) => {
    setFilters(next);
    const shown = shownBy(next);
    setMessage(shownMessage(shown.size, layout.nodes.length));
    // Until someone moves the map, it follows the filters; after that, it stays put.
    if (viewport && !zoom.moved) zoom.apply(openingView(viewport, shown, current), { animate: true, auto: true });
  };

  const toggleList = () => {
    const next = !listShown;
    setListShown(next);
    setMessage(next ? mapText.listShown : mapText.mapShown);
    // The list is the page's own (MapList.astro), always there; the map hides while it is chosen.
    if (next) document.getElementById('map-list')?.focus();
    else requestAnimationFrame(() => frame.current?.focus());
  };

  const selectedNode = current !== undefined ? nodes[current] : undefined;
  // The map's height for the frame's CSS, set as a DOM property (the Content-Security-Policy
  // refuses style attributes in the HTML, not style changes made by the page's own script).
  useEffect(() => {
    frame.current?.style.setProperty('--map-h', `${layout.height}px`);
  }, [layout.height]);

  return (
    <div className={`map-explorer${live ? ' is-live' : ''}`}>
      {live && <MapFilterForm filters={filters} pathways={pathways} boroughs={boroughs} onChange={changeFilters} />}
      {live && (
        <MapControls
          listShown={listShown}
          onZoomIn={() => zoomBy(zoomStep)}
          onZoomOut={() => zoomBy(1 / zoomStep)}
          onFit={fit}
          onReset={reset}
          onToggleList={toggleList}
        />
      )}
      <div id="map-stage" className="map-stage" hidden={listShown}>
        {/* A named region the keyboard can reach: it scrolls (before hydration), or pans and
            zooms with the keys, so it needs focus (axe: scrollable-region-focusable). */}
        {/* biome-ignore lint/a11y/useSemanticElements: kept a div with role=region, the same markup as the server-rendered small maps (SmallMap.astro) */}
        <div
          ref={frame}
          className={live ? 'map-frame' : 'map-scroll'}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling, keyboard-operated region must be reachable with Tab (WCAG 2.1.1)
          tabIndex={0}
          role="region"
          aria-label={live ? mapText.mapRegion : mapText.mapRegionStatic}
          onKeyDown={live ? onFrameKeyDown : undefined}
        >
          {live && <MapColumnBar columns={layout.columns} barRef={columnBar} />}
          <MapSvg
            layout={layout}
            nodes={nodes}
            title="Pathway map of health and care jobs and qualifications"
            idPrefix="explore"
            selected={current}
            highlight={highlight}
            hidden={hidden}
            transform={zoom.transform ? transformString(zoom.transform) : undefined}
            viewport={viewport}
            onNodeClick={live ? onNodeClick : undefined}
            onNodeKeyDown={live ? onNodeKeyDown : undefined}
            onNodeFocus={live ? onNodeFocus : undefined}
          />
        </div>
        {live && selectedNode && routes && (
          <MapPanel
            node={selectedNode}
            routes={routes}
            nodes={nodes}
            localHelp={localHelp(index, selectedNode.id, filters.borough)}
            borough={boroughs.find((b) => b.id === filters.borough)}
            headingRef={heading}
            onClose={clear}
            onSelect={(id) => {
              select(id);
              heading.current?.focus();
            }}
          />
        )}
        {live && !selectedNode && <p className="map-panel-empty">{mapText.panelEmpty}</p>}
      </div>
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </div>
  );
}
