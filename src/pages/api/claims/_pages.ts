/**
 * The claims are published in pages of a fixed size (`/api/claims/page-N.json`), so that no data
 * file, and no string the build makes, grows with the whole corpus; `/api/claims.json` is their index.
 */
import type { ClaimView } from "../../../lib/compare/types.ts";
import { compare, type SiteData } from "../../../lib/site/data.ts";

/** Claims per page. */
export const PAGE_SIZE = 1000;

/** Version of the shape of the claims files; raised when a field changes meaning or goes away. */
export const SCHEMA_VERSION = 2;

const sortedOf = new WeakMap<SiteData, ClaimView[]>();

/**
 * The claims sorted by id, sorted once per build rather than once per page.
 *
 * @param d Site data.
 * @returns Claims.
 */
function sorted(d: SiteData): ClaimView[] {
  let list = sortedOf.get(d);
  if (!list) {
    list = [...d.data.claims].sort((a, b) => compare(a.id, b.id));
    sortedOf.set(d, list);
  }
  return list;
}

/**
 * How many pages the claims fill (at least one, so that the index always names a page).
 *
 * @param d Site data.
 * @returns Page count.
 */
export function pageCount(d: SiteData): number {
  return Math.max(1, Math.ceil(d.data.claims.length / PAGE_SIZE));
}

/**
 * The address of a page of claims.
 *
 * @param n Page number, from 1.
 * @returns Path.
 */
export function pagePath(n: number): string {
  return `/api/claims/page-${n}.json`;
}

/**
 * Site data holding only the claims of one page (in id order), for the functions that list claims.
 *
 * @param d Site data.
 * @param n Page number, from 1.
 * @returns The same data with that page's claims.
 */
export function pageData(d: SiteData, n: number): SiteData {
  const claims = sorted(d).slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
  return { ...d, data: { ...d.data, claims } };
}
