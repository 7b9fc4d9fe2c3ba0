/**
 * The few other claims of the same origin a claim page lists: figures of the same kind first, each
 * group the nearest in date to the claim. A reader sees what the same source said about the same
 * thing before and after.
 *
 * The choice is by position in the origin's claims sorted by date (then id), so adding an article
 * changes the lists of the few claims whose neighbourhood its claims enter, never the list of every
 * claim of a large origin (the first claims by id would have been every list's).
 */
import type { ClaimView } from "../compare/types.ts";

/** A claim's place in time: the date its figure describes, else its article's, as a day number. */
type Day = number | null;

/** The claims of each origin, and of each origin and kind, sorted by date then id, with positions. */
export interface OriginIndex {
  readonly day: ReadonlyMap<string, Day>;
  readonly byOrigin: ReadonlyMap<string, readonly ClaimView[]>;
  readonly byKind: ReadonlyMap<string, readonly ClaimView[]>;
  /** A claim's position in its origin's list and in its origin and kind's list. */
  readonly at: ReadonlyMap<string, { readonly origin: number; readonly kind: number }>;
}

/**
 * The day number of an ISO date ("2025-03-01", "2025-03", "2025").
 *
 * @param iso Date.
 * @returns Days since 1970, or null when it does not parse.
 */
function dayNumber(iso: string | null | undefined): Day {
  if (!iso) return null;
  const t = Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/**
 * Indexes claims by origin for `sameOriginOf`. Only claims of a known origin are indexed.
 *
 * @param claims Every claim.
 * @param published An article's date, by slug.
 * @returns The index.
 */
export function originIndex(
  claims: readonly ClaimView[],
  published: (slug: string) => string | null | undefined,
): OriginIndex {
  const day = new Map<string, Day>();
  const byOrigin = new Map<string, ClaimView[]>();
  const byKind = new Map<string, ClaimView[]>();
  for (const c of claims) {
    if (!c.origin.known) continue;
    day.set(c.id, dayNumber(c.asOf) ?? dayNumber(published(c.article)));
    const o = byOrigin.get(c.origin.key) ?? [];
    o.push(c);
    byOrigin.set(c.origin.key, o);
    const key = `${c.origin.key}\u0000${c.kind}`;
    const k = byKind.get(key) ?? [];
    k.push(c);
    byKind.set(key, k);
  }
  // Undated claims last; within a day, by id.
  const order = (a: ClaimView, b: ClaimView): number => {
    const x = day.get(a.id) ?? null;
    const y = day.get(b.id) ?? null;
    if (x !== y) return x === null ? 1 : y === null ? -1 : x - y;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const at = new Map<string, { origin: number; kind: number }>();
  for (const list of byOrigin.values()) {
    list.sort(order);
    list.forEach((c, i) => at.set(c.id, { origin: i, kind: -1 }));
  }
  for (const list of byKind.values()) {
    list.sort(order);
    list.forEach((c, i) => {
      const p = at.get(c.id);
      if (p) p.kind = i;
    });
  }
  return { day, byOrigin, byKind, at };
}

/**
 * Walks outwards from a position in a sorted list, nearest in date first (the earlier on a tie),
 * and gives the claims that pass a test, up to a number.
 *
 * @param list Claims sorted by date.
 * @param from The position to walk from (not itself given).
 * @param day Day numbers.
 * @param want How many at most.
 * @param take Whether a claim is given.
 * @returns The claims, nearest first.
 */
function nearest(
  list: readonly ClaimView[],
  from: number,
  day: ReadonlyMap<string, Day>,
  want: number,
  take: (c: ClaimView) => boolean,
): ClaimView[] {
  const here = day.get((list[from] as ClaimView).id) ?? null;
  // From an undated claim, the other undated ones are nearest; from a dated one, the undated are furthest.
  const distance = (c: ClaimView): number => {
    const d = day.get(c.id) ?? null;
    if (here === null) return d === null ? 0 : Number.POSITIVE_INFINITY;
    return d === null ? Number.POSITIVE_INFINITY : Math.abs(d - here);
  };
  const out: ClaimView[] = [];
  let lo = from - 1;
  let hi = from + 1;
  while (out.length < want && (lo >= 0 || hi < list.length)) {
    const a = lo >= 0 ? (list[lo] as ClaimView) : null;
    const b = hi < list.length ? (list[hi] as ClaimView) : null;
    const next = a && (!b || distance(a) <= distance(b)) ? a : (b as ClaimView);
    if (next === a) lo--;
    else hi++;
    if (take(next)) out.push(next);
  }
  return out;
}

/**
 * Other claims of a claim's origin: those of its kind nearest in date, then, when they are fewer than
 * the limit, those of other kinds nearest in date. Each group is given in date order.
 *
 * @param index The origin index.
 * @param claim The claim.
 * @param skip Ids not to give (the claim's related claims, listed on its page already).
 * @param limit How many at most.
 * @returns The claims.
 */
export function sameOriginOf(
  index: OriginIndex,
  claim: ClaimView,
  skip: ReadonlySet<string>,
  limit: number,
): ClaimView[] {
  const at = index.at.get(claim.id);
  if (!at) return [];
  const sameKind = index.byKind.get(`${claim.origin.key}\u0000${claim.kind}`) ?? [];
  // A claim an editor withdrew is no figure of the origin's (a misquote, say): it is never listed.
  const mine = nearest(sameKind, at.kind, index.day, limit, (c) => !skip.has(c.id) && c.status !== "withdrawn");
  const others =
    mine.length < limit
      ? nearest(
          index.byOrigin.get(claim.origin.key) ?? [],
          at.origin,
          index.day,
          limit - mine.length,
          (c) => c.kind !== claim.kind && !skip.has(c.id) && c.status !== "withdrawn",
        )
      : [];
  const inOrder = (list: ClaimView[]): ClaimView[] =>
    list.sort((a, b) => (index.at.get(a.id)?.origin ?? 0) - (index.at.get(b.id)?.origin ?? 0));
  return [...inOrder(mine), ...inOrder(others)];
}
