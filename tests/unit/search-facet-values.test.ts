import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { facetValues } from "../../src/scripts/search/facets.ts";

/** What a filter lists, by sorting every value: the order the page promises. */
function sortedAll(
  counts: Record<string, number>,
  selected: string,
  shown: number,
  expanded: boolean,
  label: (v: string) => string,
): { values: [string, number][]; all: number } {
  const values = Object.entries(counts).sort(
    (a, b) => b[1] - a[1] || (label(a[0]) < label(b[0]) ? -1 : label(a[0]) > label(b[0]) ? 1 : 0),
  );
  if (selected !== "" && counts[selected] === undefined) values.push([selected, 0]);
  return {
    values: expanded ? values : values.filter(([v], i) => i < shown || v === selected),
    all: values.length,
  };
}

describe("the values a search filter lists", () => {
  it("lists most claims first, then by label, and the chosen value even when it is not among the first", () => {
    const counts = { a: 1, b: 5, c: 3, d: 5, e: 1, f: 2 };
    const label = (v: string): string => ({ a: "Zed", b: "Bee", c: "Cee", d: "Ant", e: "Eel", f: "Fox" })[v] ?? v;
    expect(facetValues(counts, "", 3, false, label)).toEqual({
      values: [
        ["d", 5],
        ["b", 5],
        ["c", 3],
      ],
      all: 6,
    });
    expect(facetValues(counts, "a", 3, false, label).values.map(([v]) => v)).toEqual(["d", "b", "c", "a"]);
    expect(facetValues(counts, "gone", 3, false, label)).toEqual({
      values: [
        ["d", 5],
        ["b", 5],
        ["c", 3],
        ["gone", 0],
      ],
      all: 7,
    });
    expect(facetValues(counts, "", 3, true, label).values.map(([v]) => v)).toEqual(["d", "b", "c", "f", "e", "a"]);
  });

  it("gives what sorting every value gives, for any counts, labels and choice", () => {
    const key = fc.constantFrom("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "a-b", "x");
    fc.assert(
      fc.property(
        fc.dictionary(key, fc.integer({ min: 1, max: 4 })),
        fc.dictionary(key, fc.constantFrom("Kim", "Lee", "Park", "NIS", "Kim")),
        fc.constantFrom("", "p1", "p5", "x", "absent"),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (counts, labels, selected, shown, expanded) => {
          const label = (v: string): string => labels[v] ?? v;
          expect(facetValues(counts, selected, shown, expanded, label)).toEqual(
            sortedAll(counts, selected, shown, expanded, label),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
