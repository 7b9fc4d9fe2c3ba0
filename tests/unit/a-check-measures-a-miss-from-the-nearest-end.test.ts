import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { howFarOff } from "../../src/lib/compare/checks.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

// A quoted figure outside a computed range is measured from the range's nearest end: "$2,000" against
// "$0–$420" is 4.8 times its highest value, not "Infinity times" its lowest.
describe("how far a quoted figure misses a computed one", () => {
  it("measures from the highest value computed when the quoted figure is above the range", () => {
    expect(howFarOff({ min: 0, max: 420 }, { min: 2000, max: 2000 })).toBe(
      "the quoted figure is 4.8 times the highest value computed",
    );
    expect(howFarOff({ min: 500, max: 500 }, { min: 2000, max: 2000 })).toBe(
      "the quoted figure is 4.0 times the computed one",
    );
    expect(howFarOff({ min: 0, max: 0 }, { min: 2000, max: 2000 })).toBe(
      "the quoted figure is above every value computed",
    );
  });

  it("measures from the lowest value computed when the quoted figure is below the range", () => {
    expect(howFarOff({ min: 200, max: 400 }, { min: 100, max: 100 })).toBe(
      "the quoted figure is 50% below the lowest value computed",
    );
    expect(howFarOff({ min: 200, max: 200 }, { min: 50, max: 150 })).toBe(
      "the quoted figure is 25% below the computed one",
    );
  });

  it("prints no 'Infinity' in a check whose share is a lower bound", () => {
    const a: Article = parseArticle(
      "content/articles/nearest-end.md",
      new TextEncoder().encode(
        `---\ntitle: "nearest end"\npublisher: "Harbor Ledger"\npublished: 2025-05-02\n---\nEach soldier is paid $2,100 a month, the agency said. The regime keeps at least 80% of it, the agency said. A soldier takes home $2,000 a month, defectors said.\n`,
      ),
    );
    const data = compareCorpus([a], extractCorpus([a]));
    const k = data.checks.find((c) => c.type === "take-home-vs-share");
    expect(k?.verdict).toBe("inconsistent");
    const words = JSON.stringify(k);
    expect(words).not.toContain("Infinity");
    expect(words).toContain("4.8 times the highest value computed");
  });
});
