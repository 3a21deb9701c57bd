/** Zoom buttons and the list toggle: real buttons with visible words, beside the map. */
import { mapText } from '../../lib/map/map-strings';

export interface MapControlsProps {
  listShown: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  onToggleList: () => void;
}

export default function MapControls(props: MapControlsProps) {
  const { listShown } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of buttons (WAI-ARIA group); a fieldset is for form fields and would bring its own border, legend and min-width
    <div className="map-controls" role="group" aria-label="Map view">
      {!listShown && (
        <>
          <button type="button" className="button secondary" onClick={props.onZoomIn}>
            <span aria-hidden="true">+</span> <span className="map-button-text">{mapText.zoomIn}</span>
          </button>
          <button type="button" className="button secondary" onClick={props.onZoomOut}>
            <span aria-hidden="true">−</span> <span className="map-button-text">{mapText.zoomOut}</span>
          </button>
          <button type="button" className="button secondary" onClick={props.onReset}>
            {mapText.reset}
          </button>
        </>
      )}
      <button type="button" className="button secondary map-list-toggle" aria-pressed={listShown} onClick={props.onToggleList}>
        {mapText.showList}
      </button>
      {!listShown && <p className="map-hint">{mapText.zoomHint}</p>}
    </div>
  );
}
