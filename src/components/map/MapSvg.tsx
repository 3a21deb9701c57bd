/**
 * The pathway map as SVG, from a precomputed layout. Rendered on the server (so it is in
 * the HTML with JavaScript off, and prints): pathway views (PathwayView.astro, enhanced in
 * place by the PathwayExplorer island, which never renders it again), small maps, and the
 * route finder's map (rendered by its island). Every node is a real link with an accessible
 * name; a box for another pathway's node links to that pathway's view.
 */
import type { MapLayout, MapNode } from '../../lib/layout/types';
import type { GraphNode } from '../../lib/graph/graph';
import { nodeName } from '../../lib/layout/labels';
import { exitHref, exitName } from '../../lib/map/pathway-view';
import { nodeLabel } from '../../lib/map/node-label';
import { edgeKey } from '../../lib/map/edge-key';
import { laneClass } from '../../lib/lane-colours';
import { edgeStyles } from './edge-styles';

export { edgeKey };

export type MapNodeInfo = Pick<GraphNode, 'id' | 'title' | 'kind' | 'level' | 'levelLabel' | 'href'> & { sector?: GraphNode['sector'] | undefined };

export interface MapSvgProps {
  layout: MapLayout;
  nodes: Record<string, MapNodeInfo>;
  /** Accessible title of the whole map. */
  title: string;
  /** id prefix, so two maps on one page do not clash. */
  idPrefix?: string;
  selected?: string | undefined;
  /** Nodes and edges on a route through the selection: drawn strong; the rest dimmed. */
  highlight?: { nodes: Set<string>; edges: Set<string> } | undefined;
  /** Nodes filtered out: hidden from view and from the tab order. */
  hidden?: Set<string> | undefined;
  /** The node to mark as "this page" on small maps. */
  current?: string | undefined;
  /** Transform of the zoomable group (set by the island). */
  transform?: string | undefined;
  /**
   * The on-screen size the island measured: the SVG takes that size and its user units become
   * CSS px, so `transform`'s scale is the scale on screen. Undefined: the layout's own size.
   */
  viewport?: { width: number; height: number } | undefined;
  onNodeClick?: ((id: string, event: React.MouseEvent) => void) | undefined;
  onNodeKeyDown?: ((id: string, event: React.KeyboardEvent) => void) | undefined;
  onNodeFocus?: ((id: string) => void) | undefined;
  /** Draw each lane's title inside the picture (off where a heading beside it names the lane). */
  laneTitles?: boolean | undefined;
}

/** Column titles and bands by level: a level split into sub-columns (layers) gets one title over all of them. */
function levelGroups(layout: MapLayout) {
  const groups: { level: number; label: string; x: number; width: number }[] = [];
  for (const c of layout.columns) {
    const last = groups.at(-1);
    if (last && last.level === c.level) last.width = c.x + c.width - last.x;
    else groups.push({ level: c.level, label: c.label, x: c.x, width: c.width });
  }
  return groups;
}

/** Baseline of a box's first line, and the step between lines: the lines centred in the box. */
function lineTops(n: MapNode, count: number, layout: MapLayout): { first: number; step: number } {
  const fontSize = layout.label?.fontSize ?? 15;
  const step = layout.label?.lineHeight ?? 18;
  return { first: n.y + n.height / 2 - ((count - 1) * step) / 2 + fontSize / 3, step };
}

export default function MapSvg(props: MapSvgProps) {
  const { layout, nodes, title, idPrefix = 'map', selected, highlight, hidden, current, transform, viewport, laneTitles = true } = props;
  const dimmed = (id: string) => highlight !== undefined && !highlight.nodes.has(id);
  const size = viewport ?? layout;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; role=group with its title names the map as a whole, and its links are the nodes
    <svg
      className="map-svg"
      viewBox={`0 0 ${size.width} ${size.height}`}
      width={size.width}
      height={size.height}
      role="group"
      aria-labelledby={`${idPrefix}-title`}
      data-map={idPrefix}
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <defs>
        {Object.entries(edgeStyles).map(([kind, s]) => (
          <marker
            key={kind}
            id={`${idPrefix}-arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="11"
            markerHeight="11"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={s.colour} />
          </marker>
        ))}
      </defs>
      <g className="map-zoom" transform={transform}>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of shapes and text, with nothing focusable in it: the column titles are decoration here (each node's name says its level) */}
        <g className="map-columns" aria-hidden="true">
          {levelGroups(layout).map((c, i) => (
            <g key={c.level}>
              {i % 2 === 1 && <rect x={c.x} y={0} width={c.width} height={layout.height} className="map-column-band" />}
              <text x={c.x + c.width / 2} y={26} textAnchor="middle" className="map-column-label" data-left={c.x}>
                {c.label}
              </text>
            </g>
          ))}
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of shapes and text, with nothing focusable in it: the lane bands and titles are drawn for the eye; the list version of the map (MapList.astro) groups the same nodes in words */}
        <g className="map-lanes" aria-hidden="true">
          {layout.lanes.map((l) => (
            <g key={l.id}>
              <rect x={0} y={l.y} width={layout.width} height={l.height} fill={l.colour} fillOpacity={0.07} />
              <rect x={0} y={l.y} width={6} height={l.height} fill={l.colour} />
              {laneTitles && (
                <text x={14} y={l.y + 18} className="map-lane-label" fill={l.colour}>
                  {l.title}
                </text>
              )}
            </g>
          ))}
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of paths, with nothing focusable in it: the lines are drawn for the eye; the panel and the list say the same in words */}
        <g className="map-edges" aria-hidden="true">
          {layout.edges.map((e) => {
            const s = edgeStyles[e.kind];
            const key = edgeKey(e);
            const hide = hidden?.has(e.from) || hidden?.has(e.to);
            const strong = highlight?.edges.has(key);
            return (
              <path
                key={key}
                d={e.d}
                className={`map-edge map-edge-${e.kind}${strong ? ' is-strong' : ''}${highlight && !strong ? ' is-dim' : ''}`}
                stroke={s.colour}
                strokeWidth={strong ? s.width + 1.5 : s.width}
                strokeDasharray={s.dash}
                fill="none"
                markerEnd={`url(#${idPrefix}-arrow-${e.kind})`}
                visibility={hide ? 'hidden' : undefined}
                data-from={e.from}
                data-to={e.to}
                data-kind={e.kind}
              />
            );
          })}
        </g>
        <g className="map-nodes">
          {layout.nodes.map((n) => {
            if (n.junction) return <Junction key={n.id} node={n} layout={layout} />;
            const info = nodes[n.id];
            if (!info) return null;
            const exit = n.exit;
            const lines = n.lines ?? nodeLabel(info.title);
            const isHidden = hidden?.has(n.id);
            const cls = [
              'map-node',
              `map-node-${info.kind}`,
              exit ? `map-exit ${laneClass(exit.lane)}` : '',
              selected === n.id ? 'is-selected' : '',
              current === n.id ? 'is-current' : '',
              dimmed(n.id) ? 'is-dim' : '',
              isHidden ? 'is-hidden' : '',
            ]
              .filter(Boolean)
              .join(' ');
            const lane = layout.lanes.find((l) => l.id === n.lane);
            const rx = info.kind === 'programme' ? n.height / 2 : info.kind === 'role' ? 8 : 0;
            const stripe = info.kind === 'role' || exit !== undefined;
            const textX = n.x + n.width / 2 + (stripe ? 3 : 0);
            const { first, step } = lineTops(n, lines.length, layout);
            const name = exit ? exitName(info, exit) : nodeName(info) + (current === n.id ? ' (this page)' : '');
            return (
              <a
                key={n.id}
                href={exit ? exitHref(n.id, exit.lane) : info.href}
                className={cls}
                data-id={n.id}
                data-exit-lane={exit?.laneTitle}
                data-exit-direction={exit?.direction}
                aria-label={name}
                aria-current={current === n.id ? 'page' : undefined}
                tabIndex={isHidden ? -1 : undefined}
                onClick={props.onNodeClick ? (ev) => props.onNodeClick?.(n.id, ev) : undefined}
                onKeyDown={props.onNodeKeyDown ? (ev) => props.onNodeKeyDown?.(n.id, ev) : undefined}
                onFocus={props.onNodeFocus ? () => props.onNodeFocus?.(n.id) : undefined}
              >
                <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={rx} className="map-node-box" />
                {stripe &&
                  (exit ? (
                    <rect x={n.x} y={n.y} width={7} height={n.height} className="map-node-stripe map-exit-stripe" />
                  ) : (
                    <rect x={n.x} y={n.y} width={7} height={n.height} fill={lane?.colour} className="map-node-stripe" />
                  ))}
                <text x={textX} y={first} textAnchor="middle" className="map-node-label">
                  {lines.map((line, i) => (
                    // The space keeps the words apart in the text content (what "visible label in name" checks compare).
                    // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, always in this order; two lines may hold the same words, so the position is the key
                    <tspan key={i} x={textX} dy={i === 0 ? 0 : step}>
                      {i === 0 ? line : ` ${line}`}
                    </tspan>
                  ))}
                </text>
              </a>
            );
          })}
        </g>
      </g>
    </svg>
  );
}

/** An "any one of these" junction: words for the eye; the lines into and out of it say the rest. */
function Junction({ node: n, layout }: { node: MapNode; layout: MapLayout }) {
  const lines = n.lines ?? ['Any one of these'];
  const { first, step } = lineTops(n, lines.length, layout);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of a shape and words, with nothing focusable in it: the lines into and out of it say the same for the eye; the panel and the list say it in words
    <g className="map-junction" aria-hidden="true" data-id={n.id} data-level={n.level}>
      <rect x={n.x} y={n.y + 6} width={n.width} height={n.height - 12} rx={(n.height - 12) / 2} className="map-junction-box" />
      <text x={n.x + n.width / 2} y={first} textAnchor="middle" className="map-node-label map-junction-label">
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, always in this order
          <tspan key={i} x={n.x + n.width / 2} dy={i === 0 ? 0 : step}>
            {i === 0 ? line : ` ${line}`}
          </tspan>
        ))}
      </text>
    </g>
  );
}
