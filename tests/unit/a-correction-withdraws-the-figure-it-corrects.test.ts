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

describe("a correction note in the words newspapers use", () => {
  const agency = "The Cardew Agency estimates that about 15,050 North Korean soldiers have been sent to Russia.";

  it.each([
    ["This story has been corrected. It originally said 20,050 North Korean troops had been sent."],
    ["This article was amended on 3 April 2025. The number of troops was given as 20,050 in an earlier version."],
    ["Correction: An earlier version of the headline said 20,050 troops."],
    ["Corrected: The headline of an earlier version referred to 20,050 troops; the agency's figure is 15,050."],
  ])("'%s' withdraws the 20,050 and credits it to no one", (note) => {
    const claims = read(`${agency}\n${note}`);
    expect(claims.find((c) => c.startsWith("20,050"))).toBe(
      "20,050: troops-deployed, nobody, disputes, disputed by nobody",
    );
    expect(claims[0]).toBe("about 15,050: troops-deployed, Cardew Agency, asserts, disputed by nobody");
  });

  it("'It originally said' with no correction note before it is the source's own earlier figure", () => {
    const claims = read(
      "The Cardew Agency raised its estimate to about 1,150 North Korean soldiers killed. It originally said 650.",
    );
    expect(claims[1]).toBe("650: casualties-killed, Cardew Agency, asserts, disputed by nobody");
  });
});

describe("a live blog's correction of an earlier entry", () => {
  it("'12:50 GMT – Correction: An earlier entry at 10:15 said 3,800 killed.' withdraws the 3,800", () => {
    const claims = read(
      [
        "12:50 GMT – Correction: An earlier entry at 10:15 said 3,850 killed.",
        "Correction: An earlier entry at 10:15 GMT said 3,950 North Korean soldiers were killed.",
      ].join("\n"),
    );
    expect(claims).toEqual([
      "3,850: casualties-killed, nobody, disputes, disputed by nobody",
      "3,950: casualties-killed, nobody, disputes, disputed by nobody",
    ]);
  });
});
