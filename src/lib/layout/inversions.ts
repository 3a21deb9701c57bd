/** Counting crossings between two neighbouring columns (order.ts, transpose.ts). */

/** Pairs (i, j), i < j, with values[i] > values[j]: a merge sort, O(n log n). */
function inversions(values: number[]): number {
  if (values.length < 2) return 0;
  let count = 0;
  let from = values.slice();
  let to = new Array<number>(values.length);
  for (let width = 1; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = from[i] ?? 0;
        const b = from[j] ?? 0;
        if (a <= b) {
          to[k++] = a;
          i++;
        } else {
          to[k++] = b;
          j++;
          count += mid - i;
        }
      }
      while (i < mid) to[k++] = from[i++] ?? 0;
      while (j < hi) to[k++] = from[j++] ?? 0;
    }
    [from, to] = [to, from];
  }
  return count;
}

/**
 * How many of these lines cross between two columns, each given by its heights [left, right]:
 * two cross when their order at the left differs from their order at the right (equal
 * heights at either side are no crossing). Sorts `pairs` in place.
 */
export function crossingsIn(pairs: [number, number][]): number {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return inversions(pairs.map((p) => p[1]));
}
