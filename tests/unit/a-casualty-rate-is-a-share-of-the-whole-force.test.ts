import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

/** Runs extraction and comparison on one invented article. */
function compareOne(body: string): CorpusData {
  const a = parseArticle(
    "content/articles/rate-base.md",
    new TextEncoder().encode(
      `---\ntitle: "rate-base"\npublisher: "Harbor Ledger"\npublished: 2025-05-02\n---\n${body}\n`,
    ),
  );
  return compareCorpus([a], extractCorpus([a]));
}

const LOSSES =
  "The agency said on Wednesday that about 600 North Korean soldiers had been killed and 4,700 killed or wounded.";

// Losses as a share of "3,000 more troops" would print 156.7%: the base is the whole force.
describe("a casualty rate's head count", () => {
  it("is never an increase of the force", () => {
    const data = compareOne(`${LOSSES} It said North Korea had sent about 3,000 more troops in January and February.`);
    expect(data.claims.find((c) => c.figure.includes("3,000"))?.scope).toBeTruthy();
    expect(data.checks.filter((k) => k.type === "casualty-rate")).toEqual([]);
  });
  it("is the whole force the same sentence gives", () => {
    const data = compareOne(
      `${LOSSES} It said North Korea had sent about 3,000 more troops in January and February, bringing the total to about 14,000.`,
    );
    const k = data.checks.find((c) => c.type === "casualty-rate");
    expect(k?.title).toMatch(/^What share of the 14,000 soldiers are casualties\?/);
    expect(k?.formula).toBe("(4,700) ÷ 14,000 = 33.6%");
  });
});

// "(about 300) ÷ 15,000 = 2%" took a loss count of one week as the losses of the whole force.
describe("a casualty rate's losses", () => {
  it("are never those of a single week", () => {
    const data = compareOne(
      "The agency said about 15,000 North Korean soldiers had been sent. A Ukrainian officer said North Korean units had lost about 300 men in a single week of fighting in April.",
    );
    expect(data.claims.find((c) => c.figure.includes("300"))?.scope).toBeTruthy();
    expect(data.checks.filter((k) => k.type === "casualty-rate")).toEqual([]);
  });
  it("are those of the whole force otherwise", () => {
    const data = compareOne(
      "The agency said about 15,000 North Korean soldiers had been sent. A Ukrainian officer said about 3,000 North Korean soldiers had been killed or wounded.",
    );
    expect(data.checks.find((c) => c.type === "casualty-rate")?.formula).toBe("(about 3,000) ÷ 15,000 = 20%");
  });
});

describe("a casualty rate above the whole", () => {
  it("is not computed when the losses exceed the only head count ('2970%')", () => {
    const data = compareOne(
      `${LOSSES} Kim Jong Un presented portraits of 101 fallen soldiers to their families at a ceremony, state media reported, and said 101 soldiers had been sent home.`,
    );
    const rates = data.checks.filter((k) => k.type === "casualty-rate");
    for (const k of rates) expect(k.computed?.max ?? 0).toBeLessThanOrEqual(100);
  });
  it("is still computed when the head count holds the losses", () => {
    const data = compareOne(`${LOSSES} North Korea has sent about 14,000 soldiers to Russia, the agency said.`);
    expect(data.checks.filter((k) => k.type === "casualty-rate").length).toBe(1);
  });
});
