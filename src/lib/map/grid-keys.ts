/**
 * Arrow keys in the overview table on /explore/ (a grid of cells, each holding 0 or more links):
 * which link a key moves to. Pure, so it is unit tested; overview-keys.ts applies it to the
 * page. The table is then one tab stop (roving tabindex), as the pathway views are.
 */

/** A link: its row, its cell in the row (0 is the pathway's name), and its place in the cell. */
export interface GridPos {
  row: number;
  col: number;
  index: number;
}

/**
 * The link `key` moves to from `at`, or undefined (no move: the edge of the table, or not a
 * key of the grid). `counts[row][col]` is how many links a cell holds (empty cells hold 0).
 * Right and Left run through a row's links in reading order; Down and Up go to the nearest
 * cell with links in the next row (the same column first, then the nearer, then the left);
 * Home and End go to the row's first and last link, with Ctrl to the table's.
 */
export function gridMove(counts: readonly (readonly number[])[], at: GridPos, key: string, ctrl = false): GridPos | undefined {
  const row = counts[at.row] ?? [];
  const filled = (r: number) => (counts[r] ?? []).flatMap((n, col) => (n > 0 ? [col] : []));
  const last = (r: number): GridPos | undefined => {
    const col = filled(r).at(-1);
    return col === undefined ? undefined : { row: r, col, index: (counts[r]?.[col] ?? 1) - 1 };
  };
  const first = (r: number): GridPos | undefined => {
    const col = filled(r)[0];
    return col === undefined ? undefined : { row: r, col, index: 0 };
  };
  switch (key) {
    case 'ArrowRight': {
      if (at.index + 1 < (row[at.col] ?? 0)) return { ...at, index: at.index + 1 };
      const col = filled(at.row).find((c) => c > at.col);
      return col === undefined ? undefined : { row: at.row, col, index: 0 };
    }
    case 'ArrowLeft': {
      if (at.index > 0) return { ...at, index: at.index - 1 };
      const col = filled(at.row)
        .filter((c) => c < at.col)
        .at(-1);
      return col === undefined ? undefined : { row: at.row, col, index: (row[col] ?? 1) - 1 };
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let r = at.row + step; r >= 0 && r < counts.length; r += step) {
        const cols = filled(r);
        if (!cols.length) continue;
        const col = cols.reduce((best, c) => (Math.abs(c - at.col) < Math.abs(best - at.col) ? c : best));
        return { row: r, col, index: Math.min(at.index, (counts[r]?.[col] ?? 1) - 1) };
      }
      return undefined;
    }
    case 'Home':
      return ctrl ? counts.map((_, r) => first(r)).find((p) => p !== undefined) : first(at.row);
    case 'End':
      return ctrl
        ? counts
            .map((_, r) => last(r))
            .filter((p) => p !== undefined)
            .at(-1)
        : last(at.row);
    default:
      return undefined;
  }
}
