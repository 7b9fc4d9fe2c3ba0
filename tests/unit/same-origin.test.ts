import { describe, expect, it } from "vitest";
import type { ClaimView } from "../../src/lib/compare/types.ts";
import { originIndex, sameOriginOf } from "../../src/lib/site/same-origin.ts";

/** A claim with only what the choice reads: its id, article, kind, date and origin. */
const claim = (id: string, kind: string, asOf: string | null, origin = "nis"): ClaimView =>
  ({ id, article: id.split(":")[0], kind, asOf, origin: { known: true, key: origin } }) as unknown as ClaimView;

const PUBLISHED: Record<string, string> = { late: "2025-06-30" };
const published = (slug: string): string | undefined => PUBLISHED[slug];
const ids = (list: readonly ClaimView[]): string[] => list.map((c) => c.id);

describe("the other claims of the same origin a claim page lists", () => {
  const claims = [
    claim("a:1", "troops-deployed", "2024-10-01"),
    claim("b:1", "troops-deployed", "2024-11-01"),
    claim("c:1", "troops-deployed", "2024-12-01"),
    claim("d:1", "troops-deployed", "2025-01-01"),
    claim("e:1", "troops-deployed", "2025-02-01"),
    claim("f:1", "troops-deployed", "2025-03-01"),
    claim("g:1", "troops-deployed", "2025-04-01"),
    claim("h:1", "casualties-killed", "2025-01-05"),
    claim("late:1", "casualties-killed", null),
    claim("x:1", "troops-deployed", "2025-01-01", "pentagon"),
  ];
  const index = originIndex(claims, published);
  const of = (id: string, skip: string[] = [], limit = 3): string[] =>
    ids(sameOriginOf(index, claims.find((c) => c.id === id) as ClaimView, new Set(skip), limit));

  it("are of the same kind and the nearest in date, in date order, never the claim itself or another origin's", () => {
    // A month either side is a tie, taken earlier first; then March (59 days) before November (61).
    expect(of("d:1")).toEqual(["c:1", "e:1", "f:1"]);
    expect(of("d:1")).not.toContain("x:1");
    expect(of("a:1")).toEqual(["b:1", "c:1", "d:1"]);
    expect(of("g:1")).toEqual(["d:1", "e:1", "f:1"]);
  });

  it("leave out the claims the page lists already, and take the next nearest instead", () => {
    expect(of("d:1", ["c:1"])).toEqual(["b:1", "e:1", "f:1"]);
  });

  it("never list a claim an editor withdrew, on any page, its own included", () => {
    const withdrawn = claims.map((c) => (c.id === "c:1" || c.id === "h:1" ? { ...c, status: "withdrawn" } : c));
    const idx = originIndex(withdrawn as ClaimView[], published);
    const on = (id: string): string[] =>
      ids(sameOriginOf(idx, withdrawn.find((c) => c.id === id) as ClaimView, new Set(), 3));
    expect(on("d:1")).toEqual(["b:1", "e:1", "f:1"]);
    expect(on("late:1")).not.toContain("h:1");
    expect(on("c:1")).toEqual(["a:1", "b:1", "d:1"]);
  });

  it("are filled with other kinds of the same origin, nearest in date, when the kind has too few", () => {
    // One other killed count, dated by its article when the sentence gives no date; then deployments.
    expect(of("h:1")).toEqual(["late:1", "d:1", "e:1"]);
    expect(of("late:1", [], 2)).toEqual(["h:1", "g:1"]);
  });

  it("of an undated claim are the other undated ones first, then the latest dated", () => {
    const list = [
      claim("p:1", "troops-deployed", "2024-10-01", "hur"),
      claim("q:1", "troops-deployed", "2025-02-01", "hur"),
      claim("r:1", "troops-deployed", null, "hur"),
      claim("s:1", "troops-deployed", null, "hur"),
      claim("t:1", "troops-deployed", null, "hur"),
    ];
    const index = originIndex(list, () => undefined);
    const of = (id: string, limit: number): string[] =>
      ids(sameOriginOf(index, list.find((c) => c.id === id) as ClaimView, new Set(), limit));
    expect(of("t:1", 3)).toEqual(["q:1", "r:1", "s:1"]);
    expect(of("r:1", 2)).toEqual(["s:1", "t:1"]);
    // A dated claim takes the undated last.
    expect(of("q:1", 2)).toEqual(["p:1", "r:1"]);
  });

  it("change for few claims when an article is added, however its name sorts", () => {
    // 300 counts of one origin over 300 days, then one more whose id sorts before every other.
    const many = Array.from({ length: 300 }, (_, i) =>
      claim(
        `m${String(i).padStart(3, "0")}:1`,
        "troops-deployed",
        new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
      ),
    );
    const before = originIndex(many, published);
    const added = claim("aaa:1", "troops-deployed", "2024-05-15");
    const after = originIndex([...many, added], published);
    const changed = many.filter(
      (c) => ids(sameOriginOf(before, c, new Set(), 5)).join() !== ids(sameOriginOf(after, c, new Set(), 5)).join(),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(10);
    // The added claim is in every changed list: nothing else moved.
    for (const c of changed) expect(ids(sameOriginOf(after, c, new Set(), 5))).toContain("aaa:1");
  });
});
