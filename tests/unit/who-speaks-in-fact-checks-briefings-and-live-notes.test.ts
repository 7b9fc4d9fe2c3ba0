import { describe, expect, it } from "vitest";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

/**
 * Each claim of an invented article, read with the project's alias file, as "figure | kind | credit | stance".
 *
 * @param lines The body's lines.
 * @returns One line per claim, and the names of the entities the article made.
 */
function read(lines: readonly string[]): { claims: string[]; names: string[] } {
  const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Verity Desk", published: "2025-02-20" });
  const { claims, entities } = extractCorpus(
    [{ slug: "inv", file: "inv.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
    readAliases("content/aliases.yaml"),
  );
  return {
    claims: claims.map((c) => `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? "-"} | ${c.stance}`),
    names: entities.map((e) => e.name),
  };
}

describe("figures supposed or denied in a fact check", () => {
  it("'…, so a toll of 30,000 dead would be twice the size of the entire force' supposes the toll; nobody states it", () => {
    const { claims } = read([
      "The NIS puts the force at about 11,000.",
      "Neither figure supports the video, so a toll of 30,000 dead would be twice the size of the entire force.",
    ]);
    expect(claims.some((c) => c.startsWith("30,000"))).toBe(false);
    expect(claims).toContain("about 11,000 | troops-deployed | South Korea's National Intelligence Service | asserts");
  });

  it("'Neither agency has put the total number deployed above 15,000' gives the bound only to deny it", () => {
    expect(read(["Neither agency has put the total number deployed above 15,000."]).claims).toEqual([
      "above 15,000 | troops-deployed | - | disputes",
    ]);
    // An agency that has put it there states it.
    expect(read(["The agency has put the total number deployed above 15,000."]).claims[0]).toMatch(/\| asserts$/);
  });
});

describe("who speaks when a sentence opens with what someone was asked or told", () => {
  it("'Asked about the discrepancy, an NIS official said …' credits the official, never a person called 'Asked'", () => {
    const { claims, names } = read([
      "Ukraine's military intelligence agency puts the number of North Korean troops in Kursk at 12,000.",
      'Asked about the discrepancy, an NIS official said on Thursday that the agency\'s working estimate was "around 11,000".',
    ]);
    expect(names).not.toContain("Asked");
    expect(claims.at(-1)).toBe("around 11,000 | troops-deployed | an NIS official | asserts");
  });

  it("'Asked how many … they thought were in Russia, respondents' median answer was 20,000' names no one who asked", () => {
    const { claims, names } = read([
      "Asked how many North Korean soldiers they thought were in Russia, respondents' median answer was 20,000, nearly double the NIS estimate of 11,000.",
    ]);
    expect(names.filter((n) => /^Asked/.test(n))).toEqual([]);
    // The NIS's "estimate of 11,000" owns the figure after it, not the survey's answer before it.
    expect(claims).toEqual([
      "20,000 | troops-deployed | - | asserts",
      "11,000 | troops-deployed | South Korea's National Intelligence Service | asserts",
    ]);
  });

  it("'A HUR spokesman tells us the agency has raised its estimate …' is the agency's figure", () => {
    const { claims, names } = read([
      "10:55 GMT — A HUR spokesman tells us the agency has raised its estimate to about 1,500 killed and wounded.",
    ]);
    expect(claims).toEqual(["about 1,500 | casualties-total | Ukraine's military intelligence agency | asserts"]);
    expect(names.some((n) => /tells us/.test(n))).toBe(false);
  });

  it("'declined to comment on South Korean intelligence reports that …' credits nothing to the one who declined", () => {
    const { claims } = read([
      "Kremlin spokesman Gennady Soltsev told reporters there were no North Korean units at the front.",
      "Soltsev declined to comment on South Korean intelligence reports that Russia was paying each soldier about $2,000 a month.",
    ]);
    expect(claims.find((c) => c.startsWith("about $2,000"))).not.toMatch(/Soltsev/);
  });
});

describe("a source's own earlier figure, set aside for its new one", () => {
  /**
   * The claims of an invented live page, with their dispute and whether they are an earlier value.
   *
   * @param lines The body's lines.
   * @returns "figure | credit | disputed by | earlier" per claim.
   */
  const live = (lines: readonly string[]): string[] => {
    const meta = ArticleMetaSchema.parse({ title: "Live", publisher: "Frontline Daily", published: "2025-02-11" });
    return extractCorpus(
      [{ slug: "live", file: "live.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
      readAliases("content/aliases.yaml"),
    ).claims.map(
      (c) =>
        `${c.figure} | ${c.attributedTo?.name ?? "-"} | ${c.disputedBy?.name ?? "-"} | ${c.earlier ? "earlier" : ""}`,
    );
  };

  it("'the agency now says about 12,000 remain in Russia, not 11,000' after its own 11,000 disputes no one's 11,000", () => {
    expect(
      live([
        "09:02 GMT — South Korea's spy agency tells lawmakers that about 11,000 North Korean troops remain in Russia.",
        "14:05 GMT — The NIS figure in our 09:02 entry has been updated: the agency now says about 12,000 troops remain in Russia, not 11,000.",
      ]),
    ).toEqual([
      "about 11,000 | South Korea's National Intelligence Service | - | ",
      "about 12,000 | South Korea's National Intelligence Service | - | ",
      "11,000 | South Korea's National Intelligence Service | - | earlier",
    ]);
  });

  it("a figure set aside that another source gave stays disputed by the one who sets it aside", () => {
    const out = live([
      "Ukraine's military intelligence agency says about 11,000 North Korean troops remain in Russia.",
      "The NIS figure is higher: the agency now says about 12,000 troops remain in Russia, not 11,000.",
    ]);
    expect(out.at(-1)).toBe("11,000 | - | South Korea's National Intelligence Service | ");
  });
});

describe("what a figure counts when the sentence takes a part of it, supposes it or gives a ratio", () => {
  it("'take home about $150 a month of the $2,000 Russia pays': the $2,000 is the pay a part is taken from", () => {
    expect(
      read(["The researcher believes the soldiers take home about $150 a month of the $2,000 Russia pays."]).claims.map(
        (c) => c.split(" | ").slice(0, 2).join(" | "),
      ),
    ).toEqual(["about $150 a month | soldier-take-home", "$2,000 | pay-per-soldier"]);
  });

  it("'If the casualty rate holds …, Pyongyang would lose 30,000 men' supposes the losses; '… for every 100,000' is a ratio", () => {
    expect(read(["If the casualty rate holds at roughly a third, Pyongyang would lose 30,000 men."]).claims).toEqual(
      [],
    );
    expect(read(["Pyongyang would lose 30,000 men for every 100,000 it sends."]).claims).toEqual([]);
    // A loss the sentence reports stays.
    expect(read(["Pyongyang has lost 3,000 men, the agency said."]).claims).toHaveLength(1);
  });
});

describe("a lawmaker's own view after a briefing", () => {
  it("'added that in his personal view the real number could be … perhaps 15,000' is the lawmaker's, not the agency's", () => {
    const meta = ArticleMetaSchema.parse({ title: "Briefing", publisher: "Verity Desk", published: "2024-11-21" });
    const claims = extractCorpus(
      [
        {
          slug: "view",
          file: "view.md",
          meta,
          body: [
            "Rep. Seo Min-kyu said after a closed-door briefing by the National Intelligence Service that 11,000 North Korean troops were in Russia.",
            'Seo added that in his personal view the real number could be "considerably higher, perhaps 15,000".',
            "",
          ].join("\n"),
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    ).claims;
    expect(claims.map((c) => [c.figure, c.attributedTo?.name, c.relayedBy?.name ?? null])).toEqual([
      ["11,000", "South Korea's National Intelligence Service", "Seo Min-kyu"],
      ["perhaps 15,000", "Seo Min-kyu", null],
    ]);
  });
});
