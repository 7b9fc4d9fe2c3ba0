import { describe, expect, it } from "vitest";
import type { ClaimView } from "../../src/lib/compare/types.ts";
import type { SiteData } from "../../src/lib/site/data.ts";
import { PAGE_SIZE, pageCount, pageData } from "../../src/pages/api/claims/_pages.ts";

/** Site data whose only content is claims with these ids. */
const withClaims = (ids: readonly string[]): SiteData =>
  ({ data: { claims: ids.map((id) => ({ id }) as ClaimView) } }) as unknown as SiteData;

describe("the pages of claims", () => {
  const ids = Array.from({ length: PAGE_SIZE * 2 + 7 }, (_, i) => `claim-${(i * 7919) % (PAGE_SIZE * 2 + 7)}`);
  const d = withClaims(ids);

  it("splits the claims into full pages and one partial last page", () => {
    expect(pageCount(d)).toBe(3);
    expect([1, 2, 3].map((n) => pageData(d, n).data.claims.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7]);
  });

  it("holds every claim once, in id order across pages", () => {
    const all = [1, 2, 3].flatMap((n) => pageData(d, n).data.claims.map((c) => c.id));
    expect(all).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("keeps one page for a site without claims, so the index always names one", () => {
    expect(pageCount(withClaims([]))).toBe(1);
    expect(pageData(withClaims([]), 1).data.claims).toEqual([]);
  });
});
