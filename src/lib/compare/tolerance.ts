/**
 * How far an approximate figure ("about 10,000", "around 90%") may stretch when it is compared
 * with another figure or matched against a search: a relative share of its value on each side.
 * One constant for comparison and search, documented on the about page.
 */
export const APPROX_TOLERANCE = 0.1;

/**
 * An interval; null ends are open. A bound is in the interval unless it is marked as excluded: "more
 * than 1,000" excludes 1,000, so it does not meet "well below 1,000" (a bound facing it), while it still
 * meets "1,000", which may be a round figure.
 */
export interface Interval {
  readonly min: number | null;
  readonly max: number | null;
  /** The lower bound itself is excluded ("more than 1,000"). */
  readonly minExcluded?: boolean;
  /** The upper bound itself is excluded ("fewer than 1,000"). */
  readonly maxExcluded?: boolean;
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
  // (The margin reaches past a bound either way, so no bound of a widened interval is excluded.)
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
  return startsBy(a, b) && startsBy(b, a);
}

/**
 * Whether one interval starts no later than the other ends, so that the two can share a value.
 *
 * @param a The interval whose lower bound is tested.
 * @param b The interval whose upper bound is tested.
 * @returns True unless `a` starts after `b` ends, or where `b` ends with either bound excluded.
 */
function startsBy(a: Interval, b: Interval): boolean {
  const lo = a.min ?? -Infinity;
  const hi = b.max ?? Infinity;
  // A round figure ("1,000 died") meets "more than 1,000" as written; only a bound facing the other way
  // ("up to 1,000", "well below 1,000") leaves it out.
  return lo < hi || (lo === hi && !(a.minExcluded && b.min === null) && !(b.maxExcluded && a.max === null));
}

/**
 * The values two overlapping intervals share.
 *
 * @param a One interval.
 * @param b The other.
 * @returns Their intersection, a bound excluded when the bound it comes from is.
 */
export function intersect(a: Interval, b: Interval): Interval {
  const aLo = a.min ?? -Infinity;
  const bLo = b.min ?? -Infinity;
  const aHi = a.max ?? Infinity;
  const bHi = b.max ?? Infinity;
  const lo = Math.max(aLo, bLo);
  const hi = Math.min(aHi, bHi);
  return interval(
    lo === -Infinity ? null : lo,
    hi === Infinity ? null : hi,
    (lo === aLo && a.minExcluded === true) || (lo === bLo && b.minExcluded === true),
    (hi === aHi && a.maxExcluded === true) || (hi === bHi && b.maxExcluded === true),
  );
}

/**
 * An interval, with a flag only for a bound it leaves out.
 *
 * @param min Lower bound, or null when open.
 * @param max Upper bound, or null when open.
 * @param minExcluded Whether the lower bound itself is left out.
 * @param maxExcluded Whether the upper bound itself is left out.
 * @returns The interval.
 */
export function interval(min: number | null, max: number | null, minExcluded = false, maxExcluded = false): Interval {
  return { min, max, ...(minExcluded ? { minExcluded } : {}), ...(maxExcluded ? { maxExcluded } : {}) };
}
