import { describe, expect, it } from "vitest";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { AliasEntry } from "../../src/lib/extract/entities.ts";

/** An alias file that names one body two ways, as an editor would. */
const ALIASES: AliasEntry[] = [
  {
    id: "ukraine-hur",
    name: "Ukraine's military intelligence agency",
    type: "organization",
    aliases: ["Ukraine's Defence Intelligence", "HUR"],
  },
];

/**
 * Who each figure of an invented article is credited to, and the bodies the extraction saw.
 *
 * @param body The article's text.
 * @param title The article's title.
 * @returns Per claim its figure and the name credited, and the names of the organisations seen.
 */
function read(body: string, title = "Invented report"): { credits: [string, string | null][]; bodies: string[] } {
  const meta = ArticleMetaSchema.parse({ title, publisher: "Test Gazette", published: "2025-03-19" });
  const { claims, entities } = extractCorpus([{ slug: "intel", file: "intel.md", meta, body, bodyLine: 1 }], ALIASES);
  return {
    credits: claims.map((c) => [c.figure, c.attributedTo?.name ?? null]),
    bodies: entities.filter((e) => e.type === "organization").map((e) => e.name),
  };
}

describe("a country's intelligence, named by the country alone, is the one intelligence body of that country the article names", () => {
  it("credits a headline's 'Ukrainian intelligence says' to the body the article names after it, and makes no body of its own", () => {
    const headline = "Ukrainian intelligence says 12,000 North Korean soldiers now in Kursk";
    const out = read(
      [
        headline,
        "KYIV — Ukraine's Defence Intelligence said on Wednesday that 12,000 North Korean soldiers are now in the Kursk region.",
        "According to Kyiv's intelligence services, about 400 of them were wounded in March.",
      ].join("\n"),
      headline,
    );
    expect(out.credits.map(([, who]) => who)).toEqual([
      "Ukraine's military intelligence agency",
      "Ukraine's military intelligence agency",
      "Ukraine's military intelligence agency",
    ]);
    expect(out.bodies).not.toContain("Ukrainian intelligence");
  });

  it("leaves the description as written when the article names two bodies of the country, or none, or only another country's", () => {
    const two = read(
      [
        "Ukraine's Defence Intelligence said 12,000 North Korean soldiers are in the Kursk region.",
        "Ukraine's Foreign Intelligence Service said on Monday that 600 North Korean soldiers had been killed.",
        "Ukrainian intelligence also says 300 North Korean soldiers were killed last week.",
      ].join("\n"),
    );
    expect(two.credits.at(-1)).toEqual(["300", "Ukrainian intelligence"]);
    const none = read("Ukrainian intelligence says 1,200 North Korean soldiers were killed.");
    expect(none.credits).toEqual([["1,200", "Ukrainian intelligence"]]);
    const other = read(
      [
        "South Korea's National Intelligence Service said 11,000 North Korean soldiers are in Russia.",
        "American intelligence says 1,200 North Korean soldiers were killed.",
      ].join("\n"),
    );
    expect(other.credits).toEqual([
      ["11,000", "South Korea's National Intelligence Service"],
      ["1,200", "American intelligence"],
    ]);
  });
});
