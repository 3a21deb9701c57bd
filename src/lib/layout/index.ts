/**
 * The pathway map layout: pure functions from graph data to positions and SVG paths.
 * Pages and islands render `MapLayout` as it is.
 */
export { layoutMap, countCrossings } from './layout-map.ts';
export { neighbourhood, layoutNeighbourhood, type NeighbourhoodOptions } from './neighbourhood.ts';
export {
  defaultLayoutOptions,
  columnCount,
  columnLabel,
  columnOf,
  type LaneInput,
  type LayoutOptions,
  type MapColumn,
  type MapEdge,
  type MapLane,
  type MapLayout,
  type MapNode,
} from './types.ts';
