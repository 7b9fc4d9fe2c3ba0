import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";

/** The claims of one invented article of the Lakeside Ledger, as "figure: kind, credit, stance, disputed by". */
function read(body: string): string[] {
  const meta = ArticleMetaSchema.parse({ title: "Invented correction", publisher: "Lakeside Ledger" });
  return extractCorpus([
    { slug: "correction", file: "correction.md", meta, body: `${body}\n`, bodyLine: 1 },
  ]).claims.map(
    (c) =>
      `${c.figure}: ${c.kind}, ${c.attributedTo?.name ?? "nobody"}, ${c.stance}, disputed by ${c.disputedBy?.name ?? "nobody"}`,
  );
}

// "That was wrong: …" and "We withdraw the $2,500 figure" take back what the article reported.
describe("a correction", () => {
  const lines = [
    "Correction: In an article published on 20 February, the Lakeside Ledger reported that the HUR said North Korean soldiers were promised up to $2,500 a month.",
    "That was wrong: the HUR's figure was up to $2,000 a month.",
    "We withdraw the $2,500 figure and regret the error.",
  ];

  it("disputes, by the article's own verdict before a colon, the figure the sentence before reported", () => {
    expect(read(lines.join(" "))[0]).toBe(
      "up to $2,500 a month: pay-per-soldier, HUR, asserts, disputed by Lakeside Ledger",
    );
  });

  it("gives the restated figure the kind of the sum it corrects", () => {
    expect(read(lines.join(" "))[1]).toBe("up to $2,000 a month: pay-per-soldier, HUR, asserts, disputed by nobody");
  });

  it("reads 'We withdraw the $2,500 figure' as the article rejecting it, of the kind of the sum before", () => {
    expect(read(lines.join(" "))[2]).toBe("$2,500: pay-per-soldier, nobody, disputes, disputed by nobody");
  });
});
