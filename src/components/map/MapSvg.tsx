/**
 * The pathway map as SVG, from a precomputed layout. Rendered on the server (so it is in
 * the HTML with JavaScript off, and prints) and re-rendered by the MapExplorer island with
 * selection and filter state. Every node is a real link with an accessible name.
 */
import type { MapLayout } from '../../lib/layout/types';
import type { GraphNode } from '../../lib/graph/graph';
import { nodeName } from '../../lib/layout/labels';
import { nodeLabel } from '../../lib/map/node-label';
import { edgeKey } from '../../lib/map/edge-key';
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
}

export default function MapSvg(props: MapSvgProps) {
  const { layout, nodes, title, idPrefix = 'map', selected, highlight, hidden, current, transform, viewport } = props;
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
          {layout.columns.map((c, i) => (
            <g key={c.level}>
              {i % 2 === 1 && <rect x={c.x} y={0} width={c.width} height={layout.height} className="map-column-band" />}
              <text x={c.x + c.width / 2} y={26} textAnchor="middle" className="map-column-label">
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
              <text x={14} y={l.y + 18} className="map-lane-label" fill={l.colour}>
                {l.title}
              </text>
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
              />
            );
          })}
        </g>
        <g className="map-nodes">
          {layout.nodes.map((n) => {
            const info = nodes[n.id];
            if (!info) return null;
            const lines = nodeLabel(info.title);
            const isHidden = hidden?.has(n.id);
            const cls = [
              'map-node',
              `map-node-${info.kind}`,
              selected === n.id ? 'is-selected' : '',
              current === n.id ? 'is-current' : '',
              dimmed(n.id) ? 'is-dim' : '',
              isHidden ? 'is-hidden' : '',
            ]
              .filter(Boolean)
              .join(' ');
            const lane = layout.lanes.find((l) => l.id === n.lane);
            const rx = info.kind === 'programme' ? n.height / 2 : info.kind === 'role' ? 8 : 0;
            return (
              <a
                key={n.id}
                href={info.href}
                className={cls}
                data-id={n.id}
                aria-label={nodeName(info) + (current === n.id ? ' (this page)' : '')}
                aria-current={current === n.id ? 'page' : undefined}
                tabIndex={isHidden ? -1 : undefined}
                onClick={props.onNodeClick ? (ev) => props.onNodeClick?.(n.id, ev) : undefined}
                onKeyDown={props.onNodeKeyDown ? (ev) => props.onNodeKeyDown?.(n.id, ev) : undefined}
                onFocus={props.onNodeFocus ? () => props.onNodeFocus?.(n.id) : undefined}
              >
                <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={rx} className="map-node-box" />
                {info.kind === 'role' && <rect x={n.x} y={n.y} width={7} height={n.height} fill={lane?.colour} className="map-node-stripe" />}
                <text
                  x={n.x + n.width / 2 + (info.kind === 'role' ? 3 : 0)}
                  y={n.y + n.height / 2 - (lines.length - 1) * 9 + 5}
                  textAnchor="middle"
                  className="map-node-label"
                >
                  {lines.map((line, i) => (
                    // The space keeps the words apart in the text content (what "visible label in name" checks compare).
                    // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, always in this order; two lines may hold the same words, so the position is the key
                    <tspan key={i} x={n.x + n.width / 2 + (info.kind === 'role' ? 3 : 0)} dy={i === 0 ? 0 : 18}>
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
