/**
 * The claims index in pages: every claim in reading order (articles by slug, then position), so a
 * corpus of any size gives pages of a bounded size.
 */
import type { ClaimView } from "../compare/types.ts";
import { compare, type SiteData } from "./data.ts";

/** Claims per page of the claims index. */
export const CLAIMS_PER_PAGE = 500;

/**
 * How many pages the claims index has (at least one, even with no claim).
 *
 * @param d Site data.
 * @returns The page count.
 */
export function claimsIndexPageCount(d: SiteData): number {
  return Math.max(1, Math.ceil(d.data.claims.length / CLAIMS_PER_PAGE));
}

/** One page of the claims index. */
export interface ClaimsIndexPage {
  /** 1-based. */
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  /** 1-based position of the page's first claim in the whole index. */
  readonly from: number;
  readonly claims: readonly ClaimView[];
}

/** The whole index in reading order, sorted once per site data. */
const ORDER = new WeakMap<SiteData, readonly ClaimView[]>();

/**
 * A page of the claims index.
 *
 * @param d Site data.
 * @param page 1-based page number.
 * @returns The page.
 */
export function claimsIndexPage(d: SiteData, page: number): ClaimsIndexPage {
  let all = ORDER.get(d);
  if (!all) {
    all = [...d.data.claims].sort((a, b) => compare(a.article, b.article) || a.figureStart - b.figureStart);
    ORDER.set(d, all);
  }
  const pages = claimsIndexPageCount(d);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`claims index: no page ${page} of ${pages}`);
  const start = (page - 1) * CLAIMS_PER_PAGE;
  return { page, pages, total: all.length, from: start + 1, claims: all.slice(start, start + CLAIMS_PER_PAGE) };
}
