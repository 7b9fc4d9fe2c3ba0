import { describe, expect, it } from "vitest";
import { compareArticles, ledgerArticle } from "../support/invented.ts";
import { intersect, overlaps } from "../../src/lib/compare/tolerance.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { claimValue, excludedBounds } from "../../src/lib/format/value.ts";

/** The relation between the claims with two figures as written, either way round. */
function relation(data: CorpusData, a: string, b: string): string | undefined {
  const ca = data.claims.find((c) => c.figure === a);
  const cb = data.claims.find((c) => c.figure === b);
  const r =
    ca?.related.find((x) => x.to === cb?.id) ??
    cb?.related.find((x) => x.to === ca?.id) ??
    data.topics
      .flatMap((t) => t.relations)
      .find((x) => [x.from, x.to].sort().join() === [ca?.id, cb?.id].sort().join());
  return r?.type;
}

const PEOPLE = { unit: "people", per: null, approx: false } as const;

describe("a bound that leaves out its figure ('more than 1,000', 'fewer than 1,000')", () => {
  it("is read from the figure's own words, and only for a one-sided value", () => {
    expect(excludedBounds({ figure: "more than 1,000", value: { min: 1000, max: null } })).toEqual({
      minExcluded: true,
      maxExcluded: false,
    });
    expect(excludedBounds({ figure: "well below 1,000", value: { min: null, max: 1000 } })).toEqual({
      minExcluded: false,
      maxExcluded: true,
    });
    for (const figure of ["at least 1,000", "up to 1,000", "1,000"])
      expect(excludedBounds({ figure, value: { min: null, max: 1000 } })).toEqual({
        minExcluded: false,
        maxExcluded: false,
      });
    // "more than" over a point value (a range read from other words) marks nothing.
    expect(excludedBounds({ figure: "more than 1,000", value: { min: 1000, max: 1000 } }).minExcluded).toBe(false);
  });

  it("reads 'more than' or 'under' the figure, not 'at least' or 'up to' it", () => {
    expect(claimValue({ figure: "more than 1,000", value: { min: 1000, max: null, ...PEOPLE } })).toBe(
      "more than 1,000 people",
    );
    expect(claimValue({ figure: "fewer than 12,000", value: { min: null, max: 12000, ...PEOPLE } })).toBe(
      "under 12,000 people",
    );
    expect(
      claimValue({ figure: "less than $1", value: { min: null, max: 1, ...PEOPLE, unit: "USD", per: "month" } }),
    ).toBe("under $1 a month");
    expect(claimValue({ figure: "at least 1,000", value: { min: 1000, max: null, ...PEOPLE } })).toBe(
      "at least 1,000 people",
    );
  });

  it("does not meet an interval that ends or starts at the figure, while two included bounds still meet", () => {
    const above = { min: 1000, max: null, minExcluded: true };
    const below = { min: null, max: 1000, maxExcluded: true };
    expect(overlaps(above, { min: null, max: 1000 })).toBe(false);
    expect(overlaps({ min: 1000, max: null }, below)).toBe(false);
    expect(overlaps({ min: 1000, max: null }, { min: null, max: 1000 })).toBe(true);
    expect(overlaps(above, { min: 1001, max: 1001 })).toBe(true);
    // What two intervals share keeps the bound left out.
    expect(intersect(above, { min: 500, max: 2000 })).toEqual({ min: 1000, max: 2000, minExcluded: true });
    expect(overlaps(intersect(above, { min: 500, max: 2000 }), { min: null, max: 1000 })).toBe(false);
    // A round figure at the bound ("1,000 died") still meets "more than 1,000": only a bound facing it does not.
    expect(overlaps(above, { min: 1000, max: 1000 })).toBe(true);
    expect(overlaps({ min: 1000, max: 1000 }, below)).toBe(true);
  });

  it("is no agreement between 'more than 1,000' and 'well below 1,000' dead at the same time", () => {
    const data = compareArticles(
      ledgerArticle(
        "tolls-that-touch",
        [
          "Ukraine's military intelligence said more than 1,000 North Korean soldiers had been killed in Kursk.",
          "The analyst Tove Marlin said the number of North Korean soldiers killed was well below 1,000.",
        ].join("\n"),
      ),
    );
    expect(data.claims.find((c) => c.figure === "more than 1,000")?.valueText).toBe("more than 1,000 people");
    expect(relation(data, "more than 1,000", "well below 1,000")).toBe("conflicts");
    // They are not one group of values either.
    const topic = data.topics.find((t) =>
      t.claims.some((id) => data.claims.find((c) => c.id === id)?.figure === "more than 1,000"),
    );
    const groupOf = (figure: string): number | undefined =>
      topic?.clusters.findIndex((cl) => cl.claims.includes(data.claims.find((c) => c.figure === figure)?.id ?? ""));
    expect(groupOf("more than 1,000")).not.toBe(groupOf("well below 1,000"));
  });

  it("still agrees with 'at least 1,000' and 'up to 1,000' meeting at the figure", () => {
    const data = compareArticles(
      ledgerArticle(
        "tolls-that-meet",
        [
          "Ukraine's military intelligence said at least 1,000 North Korean soldiers had been killed in Kursk.",
          "The analyst Tove Marlin said the number of North Korean soldiers killed was up to 1,000.",
        ].join("\n"),
      ),
    );
    expect(relation(data, "at least 1,000", "up to 1,000")).toBe("agrees");
  });
});
