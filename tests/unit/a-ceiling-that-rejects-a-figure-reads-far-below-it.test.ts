import { describe, expect, it } from "vitest";
import { compareArticles, ledgerArticle } from "../support/invented.ts";
import { claimValue, rejectsAsTooHigh } from "../../src/lib/format/value.ts";

const PEOPLE = { unit: "people", per: null, approx: false } as const;

describe("a ceiling written to reject a figure as far too high", () => {
  it("is 'far below' the figure it names, while a plain ceiling stays 'up to' it", () => {
    expect(claimValue({ figure: "nowhere near 40,000", value: { min: null, max: 40000, ...PEOPLE } })).toBe(
      "far below 40,000 people",
    );
    expect(
      claimValue({
        figure: "far short of $2,000",
        value: { min: null, max: 2000, ...PEOPLE, unit: "USD", per: "month" },
      }),
    ).toBe("far below $2,000 a month");
    expect(claimValue({ figure: "up to 12,000", value: { min: null, max: 12000, ...PEOPLE } })).toBe(
      "up to 12,000 people",
    );
    // A floor written with the same words is no ceiling.
    expect(rejectsAsTooHigh({ figure: "nowhere near 40,000", value: { min: 40000, max: 40000 } })).toBe(false);
  });

  it("reads so on its claim, in its group's label and in the topic's sentences, never as 'up to' the figure", () => {
    const data = compareArticles(
      ledgerArticle(
        "tolls-in-dispute",
        [
          "South Korea's National Intelligence Service said about 11,500 North Korean troops were in Russia.",
          "A Russian military blogger claimed that 47,000 North Korean soldiers had been sent to Russia.",
          "The analyst Tove Marlin said the true number of North Korean troops in Russia was nowhere near 47,000.",
          "Ukraine's military intelligence said up to 12,500 North Korean troops were in Russia.",
        ].join("\n"),
      ),
    );
    const parn = data.claims.find((c) => c.figure === "nowhere near 47,000");
    expect(parn?.valueText).toBe("far below 47,000 people");
    const topic = data.topics.find((t) => t.claims.includes(parn?.id ?? ""));
    const label = topic?.clusters.find((cl) => cl.claims.includes(parn?.id ?? ""))?.label;
    expect(label).toBe("11,500 people, up to 12,500 people and far below 47,000 people");
    const sentences = [topic?.summary ?? "", ...(topic?.relations ?? []).map((r) => r.explanation)].join("\n");
    expect(sentences).toContain("far below 47,000 people");
    expect(sentences).not.toMatch(/up to (?:[\d,]+ (?:people )?or )?47,000/);
  });
});
