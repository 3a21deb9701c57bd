/** Every fixed piece of text in the map explorer, as flat keys (English only for now). */

/** "Entry level", "Level 3" (the same words as the rest of the site). */
export { levelLabel, sectorLabel as sectorName } from '../graph/graph.ts';

export const mapText = {
  filtersTitle: 'Filter the map',
  sector: 'Sector',
  sectorAll: 'All (NHS and social care)',
  sectorNhs: 'NHS',
  sectorSocialCare: 'Adult social care',
  pathways: 'Pathways',
  pathwaysHint: 'Tick to show only those. None ticked shows them all.',
  levelFrom: 'From level',
  levelTo: 'To level',
  borough: 'Local programmes for residents of',
  boroughAll: 'Any borough',
  clearFilters: 'Clear filters',
  noFilters: 'Showing everything.',
  filtersOn: (n: number) => (n === 1 ? '1 filter on.' : `${n} filters on.`),
  zoomIn: 'Zoom in',
  zoomHint: 'Drag or scroll to move. To zoom, pinch, hold Ctrl and scroll, or use + and −.',
  zoomOut: 'Zoom out',
  reset: 'Reset view',
  showList: 'Show as list',
  showMap: 'Show the map',
  mapRegionStatic: 'Pathway map, scrolls sideways',
  mapRegion: 'Pathway map. Arrow keys move along the lines, Enter shows a job or step, + and - zoom.',
  allPathways: 'All pathways',
  listOfThis: 'This pathway as a list',
  listShown: 'Showing the map as a list, below.',
  mapShown: 'Showing the map.',
  panelLevel: 'Level',
  panelSector: 'Sector',
  panelPay: 'Pay',
  panelWays: 'On the map',
  clearSelection: 'Clear selection',
  panelEmpty: 'Select a job or step on the map to see what it is, how to get in and where it can lead. Its routes in and out light up.',
  waysIn: 'Ways in',
  waysOut: 'Leads to',
  role: 'Job',
  qualification: 'Qualification or step',
  programme: 'Local programme',
} as const;

export const openPageFor = (title: string) => `Open the page for ${title}`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Care worker selected: 3 routes in, 2 out." */
export const selectedMessage = (title: string, waysIn: number, waysOut: number) =>
  `${title} selected: ${plural(waysIn, 'route', 'routes')} in, ${waysOut} out. Press Enter again for details, Escape to clear.`;

export const waysSummary = (waysIn: number, waysOut: number) =>
  waysIn + waysOut === 0
    ? 'Nothing on the map leads here or on from here yet.'
    : `${plural(waysIn, 'way', 'ways')} in, ${plural(waysOut, 'way', 'ways')} on. Every route to and from it is highlighted on the map.`;

export const selectionCleared = 'Selection cleared.';

/** "Showing 24 of 60 jobs, qualifications and programmes." */
export const shownMessage = (shown: number, total: number) =>
  shown === total ? `Showing all ${total} jobs, qualifications and programmes.` : `Showing ${shown} of ${total} jobs, qualifications and programmes.`;

export const localHelpTitle = (borough: string | undefined) => (borough ? `Local help for ${borough} residents` : 'Local help');

export const noLocalHelp = (borough: string) => `No local programme leads straight here for ${borough} residents. Other steps on the way may have one.`;
