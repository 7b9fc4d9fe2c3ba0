import { describe, expect, it } from "vitest";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

/**
 * Who each figure of an invented article is credited to.
 *
 * @param body The article's text.
 * @returns Per claim: its figure and the name credited, or null.
 */
function credits(body: string): [string, string | null][] {
  const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
  const { claims } = extractCorpus([{ slug: "names", file: "names.md", meta, body, bodyLine: 1 }]);
  return claims.map((c) => [c.figure, c.attributedTo?.name ?? null]);
}

describe("a name that begins with a letter beyond ASCII is a name", () => {
  it("credits 'according to', 'said X', 'X said' and a later surname to the whole name", () => {
    expect(
      credits(
        [
          "Each North Korean soldier earns about $12,000 a month, according to Lithuanian military analyst Tomas Žukas.",
          "About 11,000 troops were sent to Kursk, Žukas said.",
          "At least 600 soldiers were killed, said Łukasz Żak, an analyst at the Vistula Institute.",
          "About 1,100 were wounded, Żak told reporters.",
          "The estimate of 14,000 troops came from Émile Durand.",
        ].join("\n"),
      ),
    ).toEqual([
      ["about $12,000 a month", "Tomas Žukas"],
      ["About 11,000", "Tomas Žukas"],
      ["At least 600", "Łukasz Żak"],
      ["About 1,100", "Łukasz Żak"],
      ["14,000", "Émile Durand"],
    ]);
  });

  it("credits the speaker after the figure, not the capitalised word that opens the sentence", () => {
    const out = credits(
      [
        "North Korean soldiers are paid $2,000 a month, said Ágnes Őry of the Danube Centre.",
        "Average monthly wages in the state sector are 3,000 to 5,000 won, Őry noted.",
      ].join("\n"),
    );
    expect(out.map(([, who]) => who)).toEqual(["Ágnes Őry", "Ágnes Őry"]);
  });
});
