/**
 * The pathway map layout: pure functions from graph data to positions and SVG paths.
 * Pages and islands render `MapLayout` as it is.
 */
export { layoutMap, countCrossings } from './layout-map.ts';
export {
  aroundEntry,
  aroundIds,
  aroundNodes,
  neighbourhood,
  layoutNeighbourhood,
  walkOf,
  type AroundEntry,
  type NeighbourhoodOptions,
  type Walk,
} from './neighbourhood.ts';
export {
  defaultLayoutOptions,
  labelFit,
  columnCount,
  columnLabel,
  columnOf,
  type LabelFit,
  type LaneInput,
  type LayoutOptions,
  type MapColumn,
  type MapEdge,
  type MapLane,
  type MapLayout,
  type MapNode,
} from './types.ts';
export { layoutPathway, pathwayGraph, pathwayLayoutOptions, type PathwayGraph } from './pathway.ts';
export { exitText, fitChars, nodeName } from './labels.ts';
export { flattenPath, pathCrossings } from './crossings.ts';
