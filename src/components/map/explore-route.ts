/**
 * /explore/ shows a pathway's view when its fragment is the target (`#pathway-nursing`, CSS
 * `:target`, so it works without JavaScript). With JavaScript this keeps the view open:
 * - older links carry only the query (`?pathway=nursing`, `?select=adult-nurse`, with filters
 *   or `z`): the fragment of the nearest view is added, so they open it;
 * - the open view is marked `is-open`, so another fragment on the page (the skip link's
 *   `#main`, `#map-list`) does not close it, as it would `:target`;
 * - a selection made elsewhere on the page (the header search pushes `?select=` and a
 *   popstate, mount-search-box.tsx; or Back and Forward) opens that node's view, whose island
 *   then selects it and, marked `data-focus-selection`, takes focus to it.
 * Runs once, before the islands wake; reads the page, fetches nothing.
 */
import { openingPathway, pathwayAnchor } from '../../lib/map/pathway-view';

const prefix = pathwayAnchor('');
const views = [...document.querySelectorAll<HTMLElement>('section.pathway-view')];
const ids = new Set(views.map((v) => v.id.slice(prefix.length)));
const familyOf = (node: string) =>
  document
    .querySelector(`section.pathway-view a.map-node[data-id="${CSS.escape(node)}"]:not(.map-exit)`)
    ?.closest('section.pathway-view')
    ?.id.slice(prefix.length);

/** Marks the view the fragment names as open (and no other); other fragments leave it be. */
function follow(): void {
  const id = location.hash.slice(1 + prefix.length);
  if (!location.hash.startsWith(`#${prefix}`) || !ids.has(id)) return;
  for (const v of views) v.classList.toggle('is-open', v.id === pathwayAnchor(id));
}

if (!location.hash.startsWith(`#${prefix}`)) {
  const id = openingPathway(location.search, ids, familyOf);
  if (id !== undefined) location.replace(`#${pathwayAnchor(id)}`);
}
follow();
addEventListener('hashchange', follow);

addEventListener('popstate', () => {
  const select = new URLSearchParams(location.search).get('select');
  const id = select ? familyOf(select) : undefined;
  if (id === undefined || location.hash === `#${pathwayAnchor(id)}`) return;
  document.getElementById(pathwayAnchor(id))?.setAttribute('data-focus-selection', '');
  location.replace(`#${pathwayAnchor(id)}`);
});
