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
    [
      "CORRECTION: An earlier version of this article described the agency's estimate of deaths as one of casualties. It also gave the number of North Korean troops the agency says are in Russia as 20,050; the correct figure is about 15,050.",
    ],
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

describe("a live page's correction that names no entry by its time", () => {
  const entry = "The Cardew Agency told reporters this morning that 1,350 North Korean soldiers have been killed.";

  it("'Correction: … not 1,350 killed' withdraws the entry's 1,350 killed of the source the line names", () => {
    const claims = read(
      `${entry}\nUPDATE 10:40\nCorrection: the Cardew Agency's figure is 1,350 casualties, not 1,350 killed.`,
    );
    expect(claims[0]).toBe("1,350: casualties-killed, nobody, disputes, disputed by nobody");
    expect(claims[1]).toBe("1,350: casualties-total, Cardew Agency, asserts, disputed by nobody");
  });

  it("leaves another source's equal figure, and a line that is no correction, alone", () => {
    const other = "The HUR said 1,350 North Korean soldiers have been killed.";
    expect(read(`${other}\nCorrection: the Cardew Agency's figure is 1,350 casualties, not 1,350 killed.`)[0]).toBe(
      "1,350: casualties-killed, HUR, asserts, disputed by nobody",
    );
    expect(
      read(`${entry}\nThe Cardew Agency's figure is 1,350 casualties, not 1,350 killed, a spokesman said.`)[0],
    ).toBe("1,350: casualties-killed, Cardew Agency, asserts, disputed by nobody");
  });

  it("'An earlier entry said the agency put the total at 12,050' withdraws that figure, and the same figure before it", () => {
    const claims = read(
      "The Cardew Agency puts the number of North Korean troops in Kursk at 12,050.\nAn earlier entry said the Cardew Agency put the total deployment at 12,050. The agency's figure is 11,050; we regret the error.",
    );
    expect(claims.filter((c) => c.startsWith("12,050"))).toEqual([
      "12,050: troops-deployed, nobody, disputes, disputed by nobody",
      "12,050: troops-deployed, nobody, disputes, disputed by nobody",
    ]);
    expect(claims.at(-1)).toBe("11,050: troops-deployed, Cardew Agency, asserts, disputed by nobody");
  });

  it("'An earlier report said' may be another outlet's, and withdraws nothing", () => {
    expect(read("An earlier report said 12,050 North Korean troops were in Kursk, according to the HUR.")[0]).toBe(
      "12,050: troops-deployed, HUR, asserts, disputed by nobody",
    );
  });
});

describe("a correction of the article's own headline", () => {
  it("withdraws the headline's figure the correction says was wrong, and keeps the source's right one", () => {
    const title = "20,050 North Korean troops dead or wounded, says Kyiv";
    const meta = ArticleMetaSchema.parse({ title, publisher: "Lakeside Ledger" });
    const body = [
      title,
      "Correction: An earlier version of this brief said Ukraine had put North Korean losses at 20,050. That figure was wrong. Ukraine's HUR said on Thursday that about 4,050 North Koreans had been killed or wounded. We apologise for the error.",
    ].join("\n");
    const claims = extractCorpus([{ slug: "brief", file: "brief.md", meta, body: `${body}\n`, bodyLine: 1 }]).claims;
    expect(claims.filter((c) => c.figure === "20,050").map((c) => [c.stance, c.attributedTo])).toEqual([
      ["disputes", null],
      ["disputes", null],
    ]);
    expect(claims.find((c) => c.figure === "about 4,050")?.stance).toBe("asserts");
  });
});

describe("what names an earlier entry without correcting it", () => {
  it("another channel's 'previous post', a source's own update in its quote and an update that raises a figure withdraw nothing", () => {
    expect(
      read(
        "Rybar, a pro-Kremlin Telegram channel, deleted a post on Tuesday. The previous post said 250 North Korean soldiers had been killed near Sudzha.",
      ),
    ).toEqual(["250: casualties-killed, nobody, asserts, disputed by nobody"]);
    expect(
      read(
        "“An earlier update said 350 were wounded; that is now 450,” the Ukrainian General Staff spokesman said of North Korean losses.",
      )[0],
    ).toMatch(/^350: casualties-wounded, .*, asserts, disputed by nobody$/);
    expect(
      read(
        "09:10 The Cardew Agency said about 11,050 North Korean troops were in Russia.\n14:30 An earlier update said the Cardew Agency had put the number at 11,050; the agency has since raised its estimate to 13,050.",
      ).filter((c) => c.startsWith("about 11,050") || c.startsWith("11,050")),
    ).toEqual([
      "about 11,050: troops-deployed, Cardew Agency, asserts, disputed by nobody",
      "11,050: troops-deployed, Cardew Agency, asserts, disputed by nobody",
    ]);
  });

  it("'15:06:07 GMT | Correction: an earlier entry said 3,050 soldiers had been killed.' withdraws the figure", () => {
    expect(
      read(
        "15:06:07 GMT | Correction: an earlier entry said 3,050 soldiers had been killed. That was the figure for killed and wounded combined.",
      ),
    ).toEqual(["3,050: casualties-killed, nobody, disputes, disputed by nobody"]);
  });
});
