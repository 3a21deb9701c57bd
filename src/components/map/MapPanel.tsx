/**
 * The side panel for the selected node: what it is, its page, and the ways in and on as
 * buttons, so the routes the map highlights can also be walked without seeing the lines.
 * Escape or "Clear selection" closes it and the island returns focus to the node.
 */
import type { KeyboardEvent, RefObject } from 'react';
import type { MapNodeData } from '../../lib/map/map-data';
import type { Routes } from '../../lib/map/highlight';
import { localHelpTitle, mapText, noLocalHelp, openPageFor, sectorName, waysSummary } from '../../lib/map/map-strings';

export interface MapPanelProps {
  /** Starts the ids in the panel, unique per map on the page (two views can be open in one visit). */
  idPrefix?: string;
  node: MapNodeData;
  routes: Routes;
  nodes: Readonly<Record<string, MapNodeData>>;
  /** Local programmes leading straight here (for the chosen borough, if any). */
  localHelp: MapNodeData[];
  borough: { id: string; name: string } | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onSelect: (id: string) => void;
}

function WayList({ title, ids, nodes, onSelect }: { title: string; ids: string[]; nodes: MapPanelProps['nodes']; onSelect: (id: string) => void }) {
  if (!ids.length) return null;
  return (
    <>
      <h3 className="map-panel-subhead">{title}</h3>
      <ul className="map-panel-ways">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="map-panel-way" onClick={() => onSelect(id)}>
              {nodes[id]?.title ?? id}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export default function MapPanel({ node, routes, nodes, localHelp, borough, headingRef, onClose, onSelect, idPrefix = 'map' }: MapPanelProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  const kind = mapText[node.kind];
  return (
    <aside className="map-panel" aria-labelledby={`${idPrefix}-panel-title`} onKeyDown={onKeyDown}>
      <p className="map-panel-kind">{kind}</p>
      <h2 id={`${idPrefix}-panel-title`} className="map-panel-title" tabIndex={-1} ref={headingRef}>
        {node.title}
      </h2>
      <dl className="map-panel-facts">
        {node.levelLabel && (
          <div>
            <dt>{mapText.panelLevel}</dt>
            <dd>{node.levelLabel}</dd>
          </div>
        )}
        {node.sector && (
          <div>
            <dt>{mapText.panelSector}</dt>
            <dd>{sectorName(node.sector)}</dd>
          </div>
        )}
        {node.pay && (
          <div>
            <dt>{mapText.panelPay}</dt>
            <dd>{node.pay}</dd>
          </div>
        )}
      </dl>
      <p className="map-panel-summary">{node.summary}</p>
      <p>
        <a className="map-panel-link" href={node.href}>
          {openPageFor(node.title)}
        </a>
      </p>
      <p className="map-panel-ways-summary">{waysSummary(routes.waysIn.length, routes.waysOut.length)}</p>
      <WayList title={mapText.waysIn} ids={routes.waysIn} nodes={nodes} onSelect={onSelect} />
      <WayList title={mapText.waysOut} ids={routes.waysOut} nodes={nodes} onSelect={onSelect} />
      {(localHelp.length > 0 || borough) && (
        <>
          <h3 className="map-panel-subhead">{localHelpTitle(borough?.name)}</h3>
          {localHelp.length > 0 ? (
            <ul className="map-panel-help">
              {localHelp.map((p) => (
                <li key={p.id}>
                  <a href={p.href}>{p.title}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{noLocalHelp(borough?.name ?? '')}</p>
          )}
        </>
      )}
      <button type="button" className="button secondary map-panel-close" onClick={onClose}>
        {mapText.clearSelection}
      </button>
    </aside>
  );
}
