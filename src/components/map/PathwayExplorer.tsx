/**
 * The island of one pathway view on /explore/. The page draws the map (MapSvg, passed in as
 * children and never re-rendered here); this island reads the boxes and lines back from it
 * (read-map.ts) and adds: one tab stop with arrow keys along the lines (roving tabindex), a
 * "where am I" line, selection with a panel, zoom and pan (one CSS transform), filters, and
 * the view in the URL. Its props are only what the SVG does not hold: facts for the panel.
 * All the graph logic lives in src/lib/map/ (unit tested).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import ErrorBoundary from '../ErrorBoundary';
import MapPanel from './MapPanel';
import MapControls from './MapControls';
import MapFilterForm from './MapFilterForm';
import MapColumnBar, { placeColumns } from './MapColumnBar';
import { readMap, type DrawnMap } from './read-map';
import { useMapZoom } from './use-map-zoom';
import { useMapDom } from './use-map-dom';
import type { GraphEdge } from '../../lib/graph/graph';
import { junctionTitle } from '../../lib/layout/pathway';
import { type MapNodeData, unpackFacts } from '../../lib/map/map-data';
import { localHelp, mapGraph } from '../../lib/map/map-graph';
import { routesThrough } from '../../lib/map/highlight';
import { visibleNodes } from '../../lib/map/visible';
import { throughJunctions } from '../../lib/map/junctions';
import { arrowKeys, neighbourInDirection } from '../../lib/map/neighbours';
import { defaultFilters, parseViewState, withViewState, type MapFilters } from '../../lib/map/view-state';
import { panIntoView, pathwayOpening, pathwayScale, zoomAboutCentre } from '../../lib/map/viewport';
import { whereAmI } from '../../lib/map/pathway-view';
import { mapText, selectionCleared, shownMessage } from '../../lib/map/map-strings';

export interface PathwayExplorerProps {
  pathway: { id: string; title: string };
  /** Facts for the panel about the view's nodes (exits without summary), and local programmes (`packFacts`). */
  facts: string;
  /** "programme>node" pairs, space-separated: the programmes that lead straight to a node here. */
  help: string;
  boroughs: { id: string; name: string }[];
  /** The server-rendered map (MapSvg). */
  children?: ReactNode;
  /** The key and links beside the map (server-rendered, the page's `legend` slot). */
  legend?: ReactNode;
}

const zoomStep = 1.4;
/** Room kept around a node brought into view: clear of the pinned column titles. */
const revealMargin = 40;

export default function PathwayExplorer(props: PathwayExplorerProps) {
  return (
    <ErrorBoundary name="The map" links={[{ href: `#pv-list-${props.pathway.id}`, label: mapText.listOfThis }]}>
      <Explorer {...props} />
    </ErrorBoundary>
  );
}

function Explorer({ pathway, facts: packed, help, boroughs, children, legend }: PathwayExplorerProps) {
  const facts = useMemo(() => unpackFacts(packed), [packed]);
  const frame = useRef<HTMLElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const columnBar = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<DrawnMap>();
  const [filters, setFilters] = useState<MapFilters>(defaultFilters);
  const [selected, setSelected] = useState<string>();
  const [active, setActive] = useState<string>();
  const [focused, setFocused] = useState(false);
  const [listShown, setListShown] = useState(false);
  const [message, setMessage] = useState('');
  const size = useMemo(() => (drawn ? { width: drawn.width, height: drawn.height } : undefined), [drawn]);
  const zoom = useMapZoom(frame, wrapper, size, (t) => placeColumns(columnBar.current, drawn?.columns ?? [], t));
  const { viewport } = zoom;

  // The graph as drawn (junctions as nodes, so a route lights their lines), and as read
  // (junctions looked through), for the ways in and out and the arrow keys.
  const stubs = useMemo(() => {
    const out: Record<string, MapNodeData> = { ...facts };
    for (const [id, level] of drawn?.junctions ?? [])
      out[id] = { id, title: junctionTitle, kind: 'qualification', level, levelLabel: '', family: pathway.id, href: '', summary: '' };
    return out;
  }, [facts, drawn, pathway.id]);
  const helpEdges = useMemo<GraphEdge[]>(
    () =>
      help
        .split(' ')
        .filter(Boolean)
        .map((pair) => {
          const [from = '', to = ''] = pair.split('>');
          return { from, to, kind: 'offers' as const };
        }),
    [help],
  );
  const index = useMemo(() => mapGraph(stubs, [...(drawn?.edges ?? []), ...helpEdges]), [stubs, drawn, helpEdges]);
  const direct = useMemo(
    () =>
      mapGraph(
        stubs,
        throughJunctions(drawn?.edges ?? [], (id) => drawn?.junctions.has(id) ?? false),
      ),
    [stubs, drawn],
  );
  const onMap = useMemo(() => new Set([...(drawn?.boxes.map((b) => b.id) ?? []), ...(drawn?.junctions.keys() ?? [])]), [drawn]);
  const visible = useMemo(() => new Set([...visibleNodes(index, filters)].filter((id) => onMap.has(id))), [index, filters, onMap]);
  const current = selected !== undefined && visible.has(selected) ? selected : undefined;
  const routes = useMemo(() => (current ? routesThrough(index, current, visible) : undefined), [index, current, visible]);
  const ways = useCallback(
    (id: string) => {
      const r = routesThrough(direct, id, visible);
      return { waysIn: r.waysIn, waysOut: r.waysOut };
    },
    [direct, visible],
  );

  const boxOf = useCallback((id: string) => drawn?.boxes.find((b) => b.id === id), [drawn]);
  const link = useCallback((id: string) => frame.current?.querySelector<SVGAElement>(`a.map-node[data-id="${CSS.escape(id)}"]`) ?? null, []);

  // Once hydrated: read the map, then the view from the URL.
  useLayoutEffect(() => {
    const svg = frame.current?.querySelector<SVGSVGElement>('svg.map-svg');
    if (!svg) return;
    const map = readMap(svg);
    const state = parseViewState(location.search, {
      nodes: new Set(map.boxes.filter((b) => !map.exits.has(b.id)).map((b) => b.id)),
      pathways: new Set([pathway.id]),
      boroughs: new Set(boroughs.map((b) => b.id)),
    });
    setDrawn(map);
    setFilters({ ...state.filters, pathways: [] });
    setSelected(state.select);
    setActive(state.select ?? map.boxes[0]?.id);
  }, [pathway.id, boroughs]);

  // What the SVG shows: classes and the single tab stop, set on the drawn elements.
  useMapDom(frame, drawn, { active, selected: current, visible, routes });

  // The opening view: 1:1 (labels at 15px), from the top, with the lane's first job in view
  // (or the selection).
  const opening = useCallback(() => {
    if (!viewport || !size || !drawn) return undefined;
    const first = drawn.boxes.filter((b) => !drawn.exits.has(b.id) && facts[b.id]?.kind === 'role').sort((a, b) => a.x - b.x)[0];
    return pathwayOpening(
      first,
      size,
      viewport,
      drawn.columns.map((c) => c.left),
    );
  }, [viewport, size, drawn, facts]);
  const opened = useRef(false);
  useLayoutEffect(() => {
    const start = opening();
    if (!viewport || !size || !start || opened.current) return;
    opened.current = true;
    const box = current ? boxOf(current) : undefined;
    zoom.apply(box ? panIntoView(start, box, size, viewport, revealMargin) : start);
    // Opened by a selection made elsewhere on the page (explore-route.ts): focus goes to it.
    const section = frame.current?.closest('section.pathway-view');
    if (current !== undefined && section?.hasAttribute('data-focus-selection')) {
      section.removeAttribute('data-focus-selection');
      const a = link(current);
      requestAnimationFrame(() => {
        if (!a) return;
        a.tabIndex = 0;
        a.focus({ preventScroll: true });
      });
    }
  }, [viewport, size, current, boxOf, zoom, link, opening]);

  // Back, Forward and the header search ("choose a result to select it on the map") change
  // the address: follow its selection when it is one of this view's nodes.
  useEffect(() => {
    if (!drawn) return undefined;
    const onPop = () => {
      const { select: id } = parseViewState(location.search, {
        nodes: new Set(drawn.boxes.filter((b) => !drawn.exits.has(b.id)).map((b) => b.id)),
        pathways: new Set([pathway.id]),
        boroughs: new Set(boroughs.map((b) => b.id)),
      });
      if (id === undefined || id === current) return;
      select(id);
      requestAnimationFrame(() => focusNode(id));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });

  // Keep the address bar in step, so copying it shares this view.
  useEffect(() => {
    if (!drawn) return;
    const search = withViewState(location.search, { select: current, filters: { ...filters, pathways: [pathway.id] } });
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [drawn, current, filters, pathway.id]);

  const reveal = (id: string, animate = true) => {
    const box = boxOf(id);
    if (!viewport || !size || !box) return;
    const next = panIntoView(zoom.current(), box, size, viewport, revealMargin);
    if (next !== zoom.current()) zoom.apply(next, { animate });
  };

  const focusNode = (id: string) => {
    setActive(id);
    const a = link(id);
    if (a) {
      a.tabIndex = 0;
      a.focus({ preventScroll: true });
    }
    reveal(id);
  };

  /** Opens the other pathway's view that an exit box links to. */
  const follow = (id: string) => {
    const href = link(id)?.getAttribute('href');
    if (href) location.assign(href);
  };

  const select = (id: string | undefined) => {
    setSelected(id);
    if (id === undefined) return setMessage(selectionCleared);
    setActive(id);
    reveal(id);
  };

  const onClick = (event: React.MouseEvent) => {
    const a = (event.target as Element).closest<SVGAElement>('a.map-node');
    const id = a?.dataset.id;
    if (!a || id === undefined || drawn?.exits.has(id)) return; // exits are links to another view
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setActive(id);
    if (id === current) heading.current?.focus();
    else select(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !drawn || !viewport || !size) return;
    const a = (event.target as Element).closest<SVGAElement>('a.map-node');
    const id = a?.dataset.id;
    if (event.key === '+' || event.key === '=') zoom.apply(zoomAboutCentre(zoom.current(), zoomStep, size, viewport, pathwayScale), { animate: true });
    else if (event.key === '-' || event.key === '_') zoom.apply(zoomAboutCentre(zoom.current(), 1 / zoomStep, size, viewport, pathwayScale), { animate: true });
    else if (id !== undefined && arrowKeys.includes(event.key)) {
      const next = neighbourInDirection(direct, { nodes: drawn.boxes }, id, event.key, visible);
      if (next !== undefined) focusNode(next);
    } else if (id !== undefined && (event.key === 'Enter' || event.key === ' ')) {
      if (drawn.exits.has(id)) {
        if (event.key === 'Enter') return; // the link opens the other pathway
        follow(id);
      } else if (id === current) heading.current?.focus();
      else select(id);
    } else if (event.key === 'Escape' && current !== undefined) {
      select(undefined);
      if (id === undefined) focusNode(current);
    } else if (event.key === 'Home' || event.key === 'End') {
      const shown = drawn.boxes.filter((b) => visible.has(b.id));
      const target = event.key === 'Home' ? shown[0] : shown.at(-1);
      if (target) focusNode(target.id);
    } else return;
    event.preventDefault();
  };

  const changeFilters = (next: MapFilters) => {
    setFilters(next);
    const shown = [...visibleNodes(index, next)].filter((id) => onMap.has(id) && !drawn?.junctions.has(id));
    setMessage(shownMessage(shown.length, drawn?.boxes.length ?? 0));
  };

  const toggleList = () => {
    const next = !listShown;
    setListShown(next);
    setMessage(next ? mapText.listShown : mapText.mapShown);
    // The list is the page's own (PathwayList.astro); the section shows it instead of the map.
    const section = frame.current?.closest('section.pathway-view');
    section?.classList.toggle('is-list', next);
    if (next) document.getElementById(`pv-list-${pathway.id}`)?.focus();
    else requestAnimationFrame(() => (active ? focusNode(active) : undefined));
  };

  const zoomBy = (factor: number) => viewport && size && zoom.apply(zoomAboutCentre(zoom.current(), factor, size, viewport, pathwayScale), { animate: true });
  const reset = () => zoom.apply(opening() ?? { k: 1, x: 0, y: 0 }, { animate: true });

  // The "where am I" line: the focused node, else the selection, else the pathway.
  const here = (focused ? active : undefined) ?? current;
  const hereFacts = here !== undefined ? facts[here] : undefined;
  const hereWays = here !== undefined && hereFacts ? ways(here) : undefined;
  const where = whereAmI({
    pathway: pathway.title,
    node: hereFacts,
    exit: here !== undefined ? drawn?.exits.get(here) : undefined,
    waysIn: hereWays?.waysIn.length ?? 0,
    waysOut: hereWays?.waysOut.length ?? 0,
    selected: here !== undefined && here === current,
  });

  const selectedNode = current !== undefined ? facts[current] : undefined;
  const live = drawn !== undefined;
  return (
    // is-ready: measured and showing its opening view (tests wait for it).
    <div className={`pv-explorer${live ? ' is-live' : ''}${live && viewport ? ' is-ready' : ''}`}>
      <p className="pv-where" aria-live="polite">
        {where}
      </p>
      {/* The map's words for screen readers: a named region (a landmark) to jump to. Clicks and keys on the node links inside bubble up to it. */}
      <section
        ref={frame}
        className={`pv-frame ${live ? 'is-live' : 'map-scroll'}`}
        aria-label={live ? mapText.mapRegion : mapText.mapRegionStatic}
        onClick={live ? onClick : undefined}
        onKeyDown={live ? onKeyDown : undefined}
        onFocus={live ? () => setFocused(true) : undefined}
        onBlur={live ? (e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setFocused(false) : undefined}
        // Only once live: React then sets it through the DOM's style property, which the
        // Content-Security-Policy allows (a style attribute in the HTML would not be).
        style={live && size ? ({ '--map-h': `${size.height}px` } as CSSProperties) : undefined}
      >
        {live && <MapColumnBar columns={drawn.columns} barRef={columnBar} />}
        <div ref={wrapper} className="pv-zoom">
          {children}
        </div>
      </section>
      <div className="pv-side">
        {legend}
        {live && (
          <MapControls
            listShown={listShown}
            onZoomIn={() => zoomBy(zoomStep)}
            onZoomOut={() => zoomBy(1 / zoomStep)}
            onReset={reset}
            onToggleList={toggleList}
          />
        )}
        {live && selectedNode && routes && (
          <MapPanel
            idPrefix={`pv-${pathway.id}`}
            node={selectedNode}
            routes={{ ...routes, ...ways(selectedNode.id) }}
            nodes={facts}
            localHelp={localHelp(index, selectedNode.id, filters.borough)}
            borough={boroughs.find((b) => b.id === filters.borough)}
            headingRef={heading}
            onClose={() => {
              const id = current;
              select(undefined);
              if (id !== undefined) focusNode(id);
            }}
            onSelect={(id) => {
              if (drawn?.exits.has(id)) return follow(id);
              select(id);
              heading.current?.focus();
            }}
          />
        )}
        {live && !selectedNode && <p className="map-panel-empty">{mapText.panelEmpty}</p>}
        {live && <MapFilterForm idPrefix={`pv-${pathway.id}`} filters={filters} pathways={[]} boroughs={boroughs} onChange={changeFilters} />}
        <p role="status" className="visually-hidden">
          {message}
        </p>
      </div>
    </div>
  );
}
