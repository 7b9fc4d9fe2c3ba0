/**
 * Long lists on a page: a corpus of thousands of articles gives topics, people and sources thousands of
 * claims. A page shows the first items and says how many it leaves out; every claim stays on its own
 * page, its article's page, and in the data files.
 */

/** The most items a list on a page shows. */
export const LIST_LIMIT = 100;

/** A list cut to the limit, with the count of what it leaves out. */
export interface Shown<T> {
  readonly items: readonly T[];
  /** How many items the full list has beyond those shown. */
  readonly more: number;
}

/**
 * The first items of a list, at most the limit, optionally laid out (only the items shown are).
 *
 * @param list The full list.
 * @param limit The most items to show.
 * @param layout Turns the items shown into what the page lists.
 * @returns The items shown and how many are left out.
 */
export function shown<T, U = T>(
  list: readonly T[],
  limit = LIST_LIMIT,
  layout: (items: readonly T[]) => readonly U[] = (items) => items as unknown as readonly U[],
): Shown<U> {
  return { items: layout(list.slice(0, limit)), more: Math.max(0, list.length - limit) };
}
