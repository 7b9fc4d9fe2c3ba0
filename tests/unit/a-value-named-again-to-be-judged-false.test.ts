/**
 * A later sentence that names a figure of the article by its bare value only to judge it false ("3,800 was “a
 * misreading”", "seen nothing to support 15,000") disputes the earlier figure; values of pay dated years apart, or
 * one of them a speaker's own past, are no conflict. Invented articles throughout.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { relate } from "../../src/lib/compare/relations.ts";
import type { ClaimView } from "../../src/lib/compare/types.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

/** An invented article of the given lines. */
function article(slug: string, lines: readonly string[], published = "2025-01-20"): Article {
  const fm = `title: "${slug}"\npublisher: "Verity Desk"\npublished: ${published}`;
  return parseArticle(
    `content/articles/${slug}.md`,
    new TextEncoder().encode(`---\n${fm}\n---\n${lines.join("\n")}\n`),
  );
}

/**
 * Each claim of one invented article as "figure | kind | credit | disputed by", with the skipped numbers' reasons
 * and the names of the entities it made.
 */
function read(lines: readonly string[]): { claims: string[]; skipped: string[]; names: string[] } {
  const a = article("inv", lines);
  const { claims, skipped, entities } = extractCorpus([a], readAliases("content/aliases.yaml"));
  return {
    claims: claims.map(
      (c) => `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? "-"} | ${c.disputedBy?.name ?? "-"}`,
    ),
    skipped: skipped.map((s) => `${s.text}: ${s.reason}`),
    names: entities.map((e) => e.name),
  };
}

describe("a value given before, named again to be judged false", () => {
  it("'an NIS official said the agency's figure was 3,000 and that 3,800 was “a misreading”' disputes the 3,800", () => {
    const { claims, skipped } = read([
      "After the National Intelligence Service briefed lawmakers on Jan. 13, two papers came away with different numbers.",
      "The Hangang Shinmun reported that the agency put North Korean casualties at 3,000, including 300 dead. The Namsan Ilbo, citing the same South Korean spy agency briefing, wrote that 3,800 had been killed or wounded.",
      "On pay, the two papers agreed on about $2,000 a month. Neither said where the figure came from.",
      "Both papers said the agency estimated the deployment at about 11,000 troops.",
      'Asked about the gap, an NIS official said the agency\'s figure was 3,000 and that 3,800 was "a misreading".',
    ]);
    const first3800 = claims.filter((c) => c.startsWith("3,800 |"));
    expect(first3800).toHaveLength(1);
    expect(first3800[0]).toMatch(/\| casualties-total \| .* \| an NIS official$/);
    // The 3,800 named again is no figure of its own, and is reported, not lost.
    expect(skipped).toContain("3,800: names again the value 3,800 given before, to judge it false");
    // The agency's figure, given again by its bare value four sentences on, counts what it counted then, not the
    // troops of the sentences between.
    const threes = claims.filter((c) => c.startsWith("3,000 |"));
    expect(threes).toEqual([
      "3,000 | casualties-total | South Korea's National Intelligence Service | -",
      "3,000 | casualties-total | South Korea's National Intelligence Service | -",
    ]);
  });

  it("'Ms Sandford replied that the government had “seen nothing to support 15,000”' disputes the officials' 15,000", () => {
    const { claims, names } = read([
      "Labour MP Gareth Pryce put it to her that Ukrainian officials had spoken of 15,000 North Korean soldiers in Russia.",
      'Ms Sandford replied that the government had "seen nothing to support 15,000".',
    ]);
    expect(claims).toEqual(["15,000 | troops-deployed | Ukrainian officials | Sandford"]);
    // "replied that the government" is no part of a name.
    expect(names.filter((n) => /replied/.test(n))).toEqual([]);
  });

  it("'dismissed the 15,000 figure' and 'no evidence for the 15,000 figure' dispute it too", () => {
    for (const judged of [
      "Parn dismissed the 15,000 figure.",
      "Parn said there was no evidence for the 15,000 figure.",
    ])
      expect(read(["Ukrainian officials say 15,000 North Korean troops are in Russia.", judged]).claims).toEqual([
        "15,000 | troops-deployed | Ukrainian officials | Parn",
      ]);
  });

  it("a verdict supposed or denied, or a value the article never gave, disputes nothing", () => {
    for (const judged of [
      "Parn asked whether 15,000 was wrong.",
      "Parn said nobody had shown that 15,000 was wrong.",
      "If 15,000 was wrong, Parn said, the agency would say so.",
    ])
      expect(read(["Ukrainian officials say 15,000 North Korean troops are in Russia.", judged]).claims[0]).toBe(
        "15,000 | troops-deployed | Ukrainian officials | -",
      );
    // "20,000 was wrong" names no figure of the article: nothing is disputed and it is not read as a value named again.
    const { claims, skipped } = read([
      "Ukrainian officials say 15,000 North Korean troops are in Russia.",
      "Parn said 20,000 was wrong.",
    ]);
    expect(claims[0]).toBe("15,000 | troops-deployed | Ukrainian officials | -");
    expect(skipped.some((s) => s.includes("names again"))).toBe(false);
  });
});

describe("pay at home dated years apart", () => {
  /** The claim of a compared corpus whose figure holds the text. */
  function claim(data: { claims: readonly ClaimView[] }, figure: string): ClaimView {
    const c = data.claims.find((x) => x.figure.includes(figure));
    if (!c) throw new Error(`no claim "${figure}"`);
    return c;
  }

  it("a wage of 1999 and one of 2025 may describe different times; they do not conflict", () => {
    const articles = [
      article(
        "inv-oped",
        ["By Ri Chol-ho", "In 1999 I was paid 90 won a month as a North Korean soldier."],
        "2025-03-08",
      ),
      article("inv-pay", ["A North Korean army private is paid about 2,000 won a month at home."], "2025-02-28"),
    ];
    const data = compareCorpus(articles, extractCorpus(articles));
    const rel = relate(claim(data, "90 won"), claim(data, "2,000 won"));
    expect(rel.type).toBe("different-time");
    expect(rel.explanation).toMatch(/dated 1999 and 2025-02-28, more than a year apart/);
    // Two wages of the same months still conflict.
    const same = relate(claim(data, "2,000 won"), {
      ...claim(data, "90 won"),
      asOf: "2025-03-01",
      asOfPrecision: undefined,
    });
    expect(same.type).toBe("conflicts");
  });

  it("a speaker's own past, which the article does not date, cannot be told to conflict", () => {
    const articles = [
      article(
        "inv-then",
        ["When I was in the army, a soldier was paid 50 won a month, the defector Kim Chol said."],
        "2025-03-08",
      ),
      article("inv-now", ["A North Korean army private is paid about 2,000 won a month at home."], "2025-02-28"),
    ];
    const data = compareCorpus(articles, extractCorpus(articles));
    const then = claim(data, "50 won");
    expect(then.during).toBeTruthy();
    const rel = relate(then, claim(data, "2,000 won"));
    expect(rel.type).toBe("undetermined");
    expect(rel.explanation).toMatch(/a speaker's own past, which the article does not date/);
  });
});

describe("more soldiers to come, counted by 'a further' or 'an additional'", () => {
  it("'the NIS believed a further 1,500 could be sent by spring' is the NIS's projection, passed on by the paper", () => {
    const { claims } = read([
      "Both papers said the agency estimated the deployment at about 11,000 troops.",
      "The Namsan Ilbo added that the NIS believed a further 1,500 could be sent by spring.",
    ]);
    expect(claims).toContain("1,500 | troops-projected | South Korea's National Intelligence Service | -");
  });

  it("'an additional 2,000 may follow' after a troop count is a projection; with no troops before, it counts nothing", () => {
    expect(
      read(["The NIS said about 11,000 troops were in Russia.", "The NIS said an additional 2,000 may follow."]).claims,
    ).toContain("2,000 | troops-projected | South Korea's National Intelligence Service | -");
    expect(read(["Grain prices rose sharply.", "The ministry said an additional 2,000 may follow."]).claims).toEqual(
      [],
    );
  });
});

describe("a verdict the sentence reports only to reject it, or takes back", () => {
  it("'dismissed suggestions that …', 'no evidence that …', 'nothing to suggest …', 'few believed …' and '… but is right now' dispute nothing", () => {
    for (const judged of [
      "Kim dismissed suggestions that the 11,000 figure was inflated.",
      "Kim said there was no evidence that the 11,000 figure was wrong.",
      "Kim said he had seen nothing to suggest the 11,000 figure was wrong.",
      "Kim said few experts now believed the 11,000 figure was wrong.",
      "Kim said the 11,000 figure was wrong in December but is right now.",
    ])
      expect(read(["The NIS said 11,000 North Korean troops were in Russia.", judged]).claims[0]).toBe(
        "11,000 | troops-deployed | South Korea's National Intelligence Service | -",
      );
  });

  it("a figure a fact check already rates keeps a speaker's 'nothing at all that supports $5,000' as that speaker's dispute", () => {
    const { claims } = read([
      "Claim: Moscow pays each North Korean soldier $5,000 a month.",
      "Rating: Misleading",
      '"I have seen nothing at all that supports $5,000," said Henrik Aasland, a researcher.',
    ]);
    expect(claims).toContain("$5,000 | pay-per-soldier | - | Henrik Aasland");
  });
});
