/** The overview table's arrow keys (src/lib/map/grid-keys.ts). */
import { describe, expect, it } from 'vitest';
import { gridMove } from '../../src/lib/map/grid-keys.ts';

// Three pathways: [name, Entry, Levels 1–2, Level 3]. Row 1 has nothing at Entry.
const counts = [
  [1, 2, 0, 1],
  [1, 0, 0, 3],
  [1, 1, 1, 0],
];
const at = (row: number, col: number, index = 0) => ({ row, col, index });

describe('arrow keys in the overview table', () => {
  it('Right and Left run through a row in reading order, over empty cells, and stop at its ends', () => {
    expect(gridMove(counts, at(0, 0), 'ArrowRight')).toEqual(at(0, 1, 0));
    expect(gridMove(counts, at(0, 1, 0), 'ArrowRight')).toEqual(at(0, 1, 1));
    expect(gridMove(counts, at(0, 1, 1), 'ArrowRight')).toEqual(at(0, 3, 0));
    expect(gridMove(counts, at(0, 3, 0), 'ArrowRight')).toBeUndefined();
    expect(gridMove(counts, at(0, 3, 0), 'ArrowLeft')).toEqual(at(0, 1, 1));
    expect(gridMove(counts, at(0, 0), 'ArrowLeft')).toBeUndefined();
  });

  it('Down and Up go to the nearest cell with links in the next row, keeping the place in the cell where it can', () => {
    // Entry is empty in row 1: its nearest filled cell is the pathway's name (left wins a tie with none).
    expect(gridMove(counts, at(0, 1, 1), 'ArrowDown')).toEqual(at(1, 0, 0));
    expect(gridMove(counts, at(0, 3, 0), 'ArrowDown')).toEqual(at(1, 3, 0));
    expect(gridMove(counts, at(1, 3, 2), 'ArrowDown')).toEqual(at(2, 2, 0));
    expect(gridMove(counts, at(2, 1), 'ArrowUp')).toEqual(at(1, 0, 0));
    expect(gridMove(counts, at(1, 3, 2), 'ArrowUp')).toEqual(at(0, 3, 0));
    expect(gridMove(counts, at(0, 0), 'ArrowUp')).toBeUndefined();
    expect(gridMove(counts, at(2, 0), 'ArrowDown')).toBeUndefined();
  });

  it('skips a row with no links at all', () => {
    expect(gridMove([[1], [0], [1]], at(0, 0), 'ArrowDown')).toEqual(at(2, 0));
  });

  it('Home and End: the row, or with Ctrl the whole table; other keys do nothing', () => {
    expect(gridMove(counts, at(1, 3, 1), 'Home')).toEqual(at(1, 0, 0));
    expect(gridMove(counts, at(1, 0), 'End')).toEqual(at(1, 3, 2));
    expect(gridMove(counts, at(1, 3, 1), 'Home', true)).toEqual(at(0, 0, 0));
    expect(gridMove(counts, at(0, 0), 'End', true)).toEqual(at(2, 2, 0));
    expect(gridMove(counts, at(0, 0), 'Enter')).toBeUndefined();
    expect(gridMove(counts, at(0, 0), 'a')).toBeUndefined();
  });
});
