/**
 * Which values a filter lists, in which order: most claims first, then by label. A folded filter
 * shows only its first few values (and the chosen one); those are picked in one pass over the
 * counts, so a filter with thousands of values does not sort them all at every keystroke.
 */

/** What a filter lists. */
export interface FacetValues {
  /** Values with their counts, in the order shown. */
  readonly values: [string, number][];
  /** How many values there are in all (the chosen one included, with 0 when it matches nothing). */
  readonly all: number;
}

/**
 * The values of one filter.
 *
 * @param counts Claims per value.
 * @param selected The chosen value, or "" for none.
 * @param shown How many values a folded filter shows.
 * @param expanded Whether every value is shown.
 * @param label A value's label.
 * @returns The values to list and how many there are.
 */
export function facetValues(
  counts: Readonly<Record<string, number>>,
  selected: string,
  shown: number,
  expanded: boolean,
  label: (value: string) => string,
): FacetValues {
  const extra = selected !== "" && counts[selected] === undefined;
  // Ties in count and label keep the order of the counts (the sort is stable, and the pass below
  // places a value after those equal to it).
  const before = (a: [string, number], b: [string, number]): number => b[1] - a[1] || cmp(label(a[0]), label(b[0]));
  let values: [string, number][];
  let all: number;
  if (expanded) {
    values = Object.entries(counts).sort(before);
    all = values.length;
  } else {
    // The first `shown` values, kept sorted while the counts are read once.
    values = [];
    all = 0;
    for (const v in counts) {
      all++;
      const n = counts[v] ?? 0;
      const last = values[values.length - 1];
      if (
        values.length === shown &&
        last !== undefined &&
        (n < last[1] || (n === last[1] && cmp(label(v), label(last[0])) >= 0))
      )
        continue;
      const e: [string, number] = [v, n];
      let at = values.length;
      while (at > 0 && before(e, values[at - 1] as [string, number]) < 0) at--;
      values.splice(at, 0, e);
      if (values.length > shown) values.pop();
    }
    const chosen = counts[selected];
    if (selected !== "" && chosen !== undefined && !values.some(([v]) => v === selected))
      values.push([selected, chosen]);
  }
  if (extra) {
    values.push([selected, 0]);
    all++;
  }
  return { values, all };
}

/**
 * Compares strings by code units.
 *
 * @param a One string.
 * @param b The other.
 * @returns Negative, zero or positive.
 */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
