import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

/** Runs extraction and comparison on one invented article. */
function compareOne(body: string): CorpusData {
  const a: Article = parseArticle(
    "content/articles/open-ended.md",
    new TextEncoder().encode(
      `---\ntitle: "open-ended"\npublisher: "Harbor Ledger"\npublished: 2025-05-02\n---\n${body}\n`,
    ),
  );
  return compareCorpus([a], extractCorpus([a]));
}

/** The one check of a type. */
function check(data: CorpusData, type: string) {
  const k = data.checks.find((c) => c.type === type);
  if (!k) throw new Error(`no ${type} check: ${data.checks.map((c) => c.type).join(", ")}`);
  return k;
}

// "at least $1,500" is not $1,500, and "up to $2,500" is a pay figure, not a missing one.
describe("a check whose pay figure is a bound", () => {
  it("keeps the lower bound of the pay in the formula and in what it computes", () => {
    const k = check(
      compareOne(
        "Each soldier is paid at least $1,500 a month, the agency said. The regime keeps 90% of it, the agency said. A soldier takes home only $100 a month, defectors said.",
      ),
      "take-home-vs-share",
    );
    expect(k.formula).toBe("at least $1,500 × (100% − 90%) = at least $1,500 × 10% = at least $150 a month");
    expect([k.computed.min, k.computed.max]).toEqual([150, null]);
    // $100 is below the least the figures allow.
    expect(k.verdict).toBe("inconsistent");
  });

  it("works out what is left of an upper bound instead of calling the pay missing", () => {
    const k = check(
      compareOne(
        "Each soldier is paid up to $2,500 a month, the agency said. The regime keeps 90% of it, the agency said. A soldier takes home only $200 a month, defectors said.",
      ),
      "take-home-vs-share",
    );
    expect(k.detail).not.toContain("missing");
    expect(k.formula).toBe("up to $2,500 × (100% − 90%) = up to $2,500 × 10% = up to $250 a month");
    expect(k.verdict).toBe("consistent");
    expect(k.detail).toMatch(
      /^The computed range is only a bound, because an input is one, and the quoted \$200 a month lies within it: the figures do not contradict each other, but a bound does not confirm a value\./,
    );
  });

  it("says a total equal to the product of the bound is what the figures give at their lowest", () => {
    const k = check(
      compareOne(
        "The agency said Russia pays at least $2,000 a month to each soldier, a total of $20 million a month for 10,000 troops.",
      ),
      "total-vs-rate",
    );
    expect(k.formula).toBe("at least $2,000 a month × 10,000 soldiers = at least $20 million a month");
    expect(k.detail).toMatch(
      /^The product is only a bound, because an input is one, and the quoted \$20 million a month is its end: what the figures give at their lowest\./,
    );
  });

  it("names the input a take-home check lacks", () => {
    const data = compareOne("A soldier takes home only $200 a month, defectors said.");
    expect(check(data, "take-home-vs-share").detail).toBe("No article gives a pay figure or a regime share.");
    const noShare = compareOne(
      "Each soldier is paid $2,000 a month, the agency said. A soldier takes home only $200 a month, defectors said.",
    );
    expect(check(noShare, "take-home-vs-share").detail).toMatch(/^No article gives a regime share\./);
  });
});

// "2.8 million won (about $2,000) a month": the article's own conversion lets the pay be checked in dollars.
describe("a check whose pay figure its article converts", () => {
  const data = compareOne(
    "Each soldier is paid 2.8 million won (about $2,000) a month, the agency said. The regime keeps 90% of it, the agency said. A soldier takes home only $200 a month, defectors said. That would bring Pyongyang $264 million a year for the 11,000 troops, the agency said.",
  );
  it("checks a take-home figure in dollars against the converted pay, and says so", () => {
    const k = check(data, "take-home-vs-share");
    expect(k.verdict).toBe("consistent");
    expect(k.formula).toBe("$2,000 × (100% − 90%) = $2,000 × 10% = $200 a month");
    expect(k.detail).toContain(
      "The pay, 2.8 million won (about $2,000) a month, is taken as its own article converts it: about $2,000.",
    );
  });
  it("checks a total in dollars the same way", () => {
    const k = check(data, "total-vs-rate");
    expect(k.verdict).toBe("consistent");
    expect(k.formula).toMatch(/^\$2,000 a month × 11,000 soldiers × 12 months = /);
  });
  it("still declines a sum in another currency that the article does not convert", () => {
    const k = check(
      compareOne(
        "Each soldier is paid 2.8 million won a month, the agency said. A soldier takes home only $200 a month, defectors said. The regime keeps 90% of it, the agency said.",
      ),
      "take-home-vs-share",
    );
    expect(k.verdict).toBe("not-checkable");
    expect(k.detail).toMatch(/the site does not convert between currencies/);
  });
});
