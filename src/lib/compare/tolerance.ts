/**
 * How far an approximate figure ("about 10,000", "around 90%") may stretch when it is compared
 * with another figure or matched against a search: a relative share of its value on each side.
 * One constant for comparison and search, documented on the about page.
 */
export const APPROX_TOLERANCE = 0.1;

/** A closed interval; null ends are open. */
export interface Interval {
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * Widens an approximate value by the tolerance; exact values stay as they are.
 *
 * @param v The interval.
 * @param approx Whether the text hedged the figure.
 * @returns The interval used for comparison.
 */
export function widen(v: Interval, approx: boolean): Interval {
  if (!approx) return v;
  return {
    min: v.min === null ? null : v.min * (1 - APPROX_TOLERANCE),
    max: v.max === null ? null : v.max * (1 + APPROX_TOLERANCE),
  };
}

/**
 * Whether two intervals share at least one value (open ends reach to infinity).
 *
 * @param a One interval.
 * @param b The other.
 * @returns True when they overlap.
 */
export function overlaps(a: Interval, b: Interval): boolean {
  const aMin = a.min ?? -Infinity;
  const aMax = a.max ?? Infinity;
  const bMin = b.min ?? -Infinity;
  const bMax = b.max ?? Infinity;
  return aMin <= bMax && bMin <= aMax;
}
