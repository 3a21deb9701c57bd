/**
 * The overview table on /explore/ as one tab stop: Tab reaches the first pathway's name (or
 * the link last visited in the table), the arrow keys move between the names (gridMove), Enter
 * opens one. Without JavaScript every link is a tab stop, as in any table of links. Only the
 * links the screen shows count (how many names a cell shows depends on the screen's size).
 */
import { type GridPos, gridMove } from '../../lib/map/grid-keys';

const table = document.querySelector<HTMLTableElement>('table.ov-table');
if (table) {
  const shown = (a: HTMLAnchorElement) => a.getClientRects().length > 0;
  /** The table's visible links, by row and cell: [th, td, td...] of each body row. */
  const grid = () =>
    [...table.tBodies].flatMap((body) => [...body.rows]).map((tr) => [...tr.cells].map((cell) => [...cell.querySelectorAll('a')].filter(shown)));
  const links = () => [...table.querySelectorAll('a')];
  const makeStop = (a: HTMLAnchorElement) => {
    for (const link of links()) link.tabIndex = link === a ? 0 : -1;
  };
  const first = links()[0];
  if (first) makeStop(first);
  table.addEventListener('focusin', (e) => {
    const a = (e.target as Element).closest('a');
    if (a && table.contains(a)) makeStop(a);
  });
  table.addEventListener('keydown', (e) => {
    const a = (e.target as Element).closest('a');
    if (!a || e.altKey || e.metaKey || e.shiftKey) return;
    const cells = grid();
    let at: GridPos | undefined;
    for (const [r, row] of cells.entries())
      for (const [c, cell] of row.entries()) {
        const i = cell.indexOf(a);
        if (i > -1) at = { row: r, col: c, index: i };
      }
    if (!at) return;
    const next = gridMove(
      cells.map((row) => row.map((cell) => cell.length)),
      at,
      e.key,
      e.ctrlKey,
    );
    const target = next && cells[next.row]?.[next.col]?.[next.index];
    if (next === undefined && !['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    if (target) {
      makeStop(target);
      target.focus();
    }
  });
  table.setAttribute('role', 'grid');
}
