import { describe, expect, it } from "vitest";
import { type Article, ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { guessType } from "../../src/lib/extract/entities.ts";
import { findSpeechActs } from "../../src/lib/extract/attribution.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { nameKey } from "../../src/lib/schema/vocabulary.ts";

/**
 * An invented article built in memory.
 *
 * @param slug Its slug.
 * @param body Its text.
 * @returns The article.
 */
function article(slug: string, body: string): Article {
  const meta = ArticleMetaSchema.parse({ title: `Invented report ${slug}`, publisher: "Test Gazette" });
  return { slug, file: `${slug}.md`, meta, body, bodyLine: 1 };
}

/**
 * The claims of one invented article with a publisher, read with the project's alias file.
 *
 * @param body Its text.
 * @param publisher Its publisher.
 * @returns Its claims.
 */
function publishedClaims(body: string, publisher: string): ReturnType<typeof extractCorpus>["claims"] {
  const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher });
  return extractCorpus(
    [{ slug: "published", file: "published.md", meta, body, bodyLine: 1 }],
    readAliases("content/aliases.yaml"),
  ).claims;
}

/** The claims of an extraction. */
type Claims = ReturnType<typeof extractCorpus>["claims"];

/**
 * The claims of one invented article with a date, read without the alias file.
 *
 * @param slug Its slug.
 * @param body Its text (a line break is added at the end).
 * @param published Its date.
 * @returns Its claims.
 */
function datedClaims(slug: string, body: string, published: string): Claims {
  const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette", published });
  return extractCorpus([{ slug, file: `${slug}.md`, meta, body: `${body}\n`, bodyLine: 1 }]).claims;
}

describe("one body under two names is one entity", () => {
  it("'known as', a bracketed acronym or ', or X,' merges the names, across articles too", () => {
    const { claims, entities } = extractCorpus([
      article("a-first", "GUR said 300 North Korean soldiers had been killed.\n"),
      article(
        "b-second",
        "Ukraine's military intelligence agency, known as GUR, said 12,000 North Korean soldiers were in Kursk.\n",
      ),
      article("c-third", "The Tidewater Defence Bureau (TDB) said 900 were wounded.\nTDB said 11,500 were in Kursk.\n"),
    ]);
    const ids = claims.map((c) => c.attributedTo?.id ?? null);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
    expect(entities.filter((e) => e.id === ids[0]).map((e) => e.name)).toEqual([
      "Ukraine's military intelligence agency",
    ]);
    expect(entities.some((e) => e.name === "GUR")).toBe(false);
  });

  it("', the HUR,' after a body's own noun merges the names; an acronym after an outlet's name does not", () => {
    const { claims } = extractCorpus([
      article("a-acronym", "HUR said 310 North Korean soldiers had been killed.\n"),
      article(
        "b-apposition",
        "About 3,050 North Korean soldiers have been killed or wounded, Ukraine's military intelligence agency, the HUR, said.\n",
      ),
      article(
        "c-short",
        "About 3,050 North Korean soldiers have been killed or wounded, Ukraine's military intelligence said.\n",
      ),
      article(
        "d-outlets",
        "Reuters, AFP, and others said 12,050 North Korean soldiers were in Kursk.\nAFP said 900 were wounded.\n",
      ),
    ]);
    const ids = claims.map((c) => c.attributedTo?.id ?? null);
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(ids[4]).not.toBe(ids[3]);
  });
});

describe("an acronym at the end of a sentence", () => {
  it("'…, according to Ukraine's military intelligence agency, HUR.' gives the agency that name too, so 'the agency' after 'HUR said' and a mention of another agency is still Ukraine's", () => {
    const { claims, entities } = extractCorpus(
      [
        article(
          "e-acronym-end",
          [
            "Some 12,350 North Korean soldiers have passed through Kursk, according to Ukraine's military intelligence agency, HUR.",
            "South Korean lawmakers briefed by the National Intelligence Service gave no figure.",
            "About 3,350 of the soldiers have been wounded or killed, HUR said.",
            "Pyongyang has sent a further 1,350 troops, the agency added.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["Some 12,350", "Ukraine's military intelligence agency"],
      ["About 3,350", "Ukraine's military intelligence agency"],
      ["1,350", "Ukraine's military intelligence agency"],
    ]);
    expect(entities.some((e) => /according/i.test(e.name))).toBe(false);
  });
});

describe("Korean outlets' abbreviations", () => {
  it("a capital's possessive is its country's: 'Seoul's Joint Chiefs of Staff' is 'South Korea's', one entity", () => {
    expect(nameKey("Seoul's Joint Chiefs of Staff")).toBe(nameKey("South Korea's Joint Chiefs of Staff"));
    expect(nameKey("Kyiv's defence ministry")).toBe(nameKey("Ukraine's defence ministry"));
    expect(nameKey("Seoul")).not.toBe(nameKey("South Korea"));
    const { claims } = extractCorpus([
      article(
        "k-capital",
        "Seoul's Joint Chiefs of Staff said 11,050 troops were in Russia.\nSouth Korea's Joint Chiefs of Staff said 12,050 troops were in Russia.\n",
      ),
    ]);
    expect(new Set(claims.map((c) => c.attributedTo?.id)).size).toBe(1);
  });

  it("'S. Korea's spy agency' is the alias file's agency, and 'N. Korea' is North Korea", () => {
    expect(nameKey("S. Korea's spy agency")).toBe(nameKey("South Korea's spy agency"));
    expect(nameKey("N. Korean army")).toBe(nameKey("North Korean army"));
    expect(nameKey("Korea Herald")).not.toBe(nameKey("South Korea Herald"));
    const { claims } = extractCorpus(
      [article("k-abbrev", "S. Korea's spy agency said 320 North Korean soldiers had been killed.\n")],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => c.attributedTo?.id)).toEqual(["south-korea-nis"]);
  });

  it("a bare 'the agency' is the alias file's agency only once the article has named it", () => {
    const aliases = readAliases("content/aliases.yaml");
    const unnamed = extractCorpus(
      [article("k-unnamed", "The North Korean death toll has risen to 930, the agency said.\n")],
      aliases,
    ).claims;
    expect(unnamed.map((c) => [c.attributedTo, c.attributedAs])).toEqual([[null, "the agency"]]);
    const named = extractCorpus(
      [
        article(
          "k-named",
          "South Korea's spy agency said 11,300 North Korean troops were in Russia.\nThe North Korean death toll has risen to 930, the agency said.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(named.map((c) => c.attributedTo?.id)).toEqual(["south-korea-nis", "south-korea-nis"]);
    // A description of more words than "agency" still names the alias file's.
    const described = extractCorpus(
      [article("k-described", "About 1,030 North Korean soldiers have been killed, the spy agency said.\n")],
      aliases,
    ).claims;
    expect(described.map((c) => c.attributedTo?.id)).toEqual(["south-korea-nis"]);
  });
});

describe("a name the article says is not the person's own", () => {
  it("is marked as a pseudonym among the person's descriptions", () => {
    const { entities } = extractCorpus([
      article(
        "p-pseudonym",
        "A defector, identified as Moon (a pseudonym), said soldiers get $90 a month.\nAnalyst Jean Doe said 9,000 North Korean soldiers were in Russia.\n",
      ),
    ]);
    const roles = (name: string): string[] => [...(entities.find((e) => e.name === name)?.roles ?? [])];
    expect(roles("Moon")).toContain("a pseudonym the article uses, not the person's real name");
    expect(roles("Jean Doe")).not.toContain("a pseudonym the article uses, not the person's real name");
  });
});

describe("credit is resolved within one article", () => {
  it("'He' at a sentence's start is the person named last before it, not the one who spoke last", () => {
    const { claims } = extractCorpus([
      article(
        "d-pronoun",
        "Mara Quill, an analyst at the Cardew Agency, says about 1,050 North Korean soldiers have been killed. " +
          "Tomas Vendel disagrees. He puts the number of dead closer to 2,550.\n" +
          "Ilse Brandt said about 11,050 North Korean troops were in Kursk. He added that about 250 North Korean soldiers had been captured.\n",
      ),
    ]);
    const by = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.attributedTo?.name;
    expect(by("1,050")).toBe("Mara Quill");
    expect(by("2,550")).toBe("Tomas Vendel");
    expect(by("11,050")).toBe("Ilse Brandt");
    expect(by("250")).toBe("Ilse Brandt");
  });

  it("a bare surname never reaches a full name introduced in another article", () => {
    const { claims } = extractCorpus([
      article("a-first", "Analyst Jean Lee said about 9,000 North Korean troops had been sent to Russia.\n"),
      article("b-second", "Lee said about 700 North Korean soldiers had been killed.\n"),
    ]);
    const first = claims.find((c) => c.article === "a-first");
    const second = claims.find((c) => c.article === "b-second");
    expect(first?.attributedTo?.name).toBe("Jean Lee");
    expect(second?.attributedTo).not.toBeNull();
    expect(second?.attributedTo?.id).not.toBe(first?.attributedTo?.id);
  });

  it("a bare surname met first in another article does not capture this article's full name", () => {
    const { claims } = extractCorpus([
      article("a-first", "Lee said about 700 North Korean soldiers had been killed.\n"),
      article(
        "b-second",
        "Analyst Jean Lee said about 9,000 North Korean troops had been sent.\nLee said about 300 North Korean soldiers had been captured.\n",
      ),
    ]);
    const inSecond = claims.filter((c) => c.article === "b-second").map((c) => c.attributedTo?.name);
    expect(inSecond).toEqual(["Jean Lee", "Jean Lee"]);
    const inFirst = claims.find((c) => c.article === "a-first");
    expect(inFirst?.attributedTo?.name).not.toBe("Jean Lee");
  });

  it("a bare surname reaches the full name introduced earlier in the same article", () => {
    const { claims } = extractCorpus([
      article(
        "c-third",
        "Researcher Jean Lee said about 9,000 North Korean troops had been sent.\nLee said about 700 North Korean soldiers had been killed.\n",
      ),
    ]);
    expect(claims.map((c) => c.attributedTo?.name)).toEqual(["Jean Lee", "Jean Lee"]);
  });

  it("a lawmaker relaying an intelligence briefing: the agency is credited, the lawmaker relays", () => {
    const { claims } = extractCorpus([
      article(
        "d-fourth",
        "Lawmaker Han Seo-jin said after a briefing by the National Intelligence Service that about 1,000 North Korean soldiers had died.\nHan said about 9,500 North Korean troops remain in Russia.\nHan said the National Intelligence Service believes some 2,600 have been wounded.\n",
      ),
    ]);
    expect(claims).toHaveLength(3);
    for (const c of claims) {
      expect(c.attributedTo?.name).toMatch(/Intelligence Service/);
      expect(c.relayedBy?.name).toBe("Han Seo-jin");
      expect(c.via).toEqual([]);
    }
  });

  it("what a lawmaker relaying a briefing works out himself ('… would add up to some $22.1 million a month, Han said') is his own", () => {
    const { claims } = extractCorpus([
      article(
        "d-own-sum",
        "Lawmaker Han Seo-jin said after a briefing by the National Intelligence Service that Russia pays about $2,050 a month for each soldier.\nWith about 11,050 soldiers deployed, the payments would add up to some $22.1 million a month, Han said.\nHan said about 1,050 North Korean soldiers had died.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.relayedBy?.name ?? null])).toEqual([
      ["about $2,050 a month", "National Intelligence Service", "Han Seo-jin"],
      ["some $22.1 million a month", "Han Seo-jin", null],
      ["about 1,050", "National Intelligence Service", "Han Seo-jin"],
    ]);
  });

  it("'X and other observers' credits the named person, never the whole phrase as a group", () => {
    const { claims, entities } = extractCorpus([
      article(
        "companions",
        "Park Min-ho and other observers estimated that about 2,500 North Korean soldiers had been wounded.\nChoi Ye-jin and others said 400 North Korean soldiers had been killed.\n",
      ),
    ]);
    expect(claims.map((c) => c.attributedTo?.name)).toEqual(["Park Min-ho", "Choi Ye-jin"]);
    expect(entities.map((e) => e.name).filter((n) => / and /.test(n))).toEqual([]);
  });

  it("a possessive month or a bare title is never a credit, and 'It is believed' credits nobody", () => {
    const { claims } = extractCorpus([
      article(
        "e-fifth",
        "It is believed that some 2,000 North Korean soldiers have been killed.\nFebruary's estimate of about 3,000 casualties was later raised.\n",
      ),
    ]);
    expect(claims).toHaveLength(2);
    for (const c of claims) expect(c.attributedTo).toBeNull();
  });
});

describe("hedges belong to the figure's own clause", () => {
  it("a 'could' after a comma and 'and' hedges the next clause, not the figure before it", () => {
    const { claims } = extractCorpus([
      article(
        "h-hedges",
        "About 12,000 North Korean soldiers are in Russia, and thousands more could be sent next year.\nThe agency estimated that about 900 North Korean soldiers had been killed.\n",
      ),
    ]);
    const present = claims.find((c) => c.figure.includes("12,000"));
    const killed = claims.find((c) => c.figure.includes("900"));
    expect(present?.hedges).not.toContain("could");
    expect(killed?.hedges).toContain("estimated");
  });

  it("'would not be surprised if 5,000' is a guess, hedged; 'would be surprised if more than 5,000' is a ceiling", () => {
    const { claims } = extractCorpus([
      article(
        "h-surprised",
        [
          "Colonel Richard Ashby said he would not be surprised if 5,050 North Koreans had already died.",
          "Colonel Richard Ashby said he would be surprised if more than 5,150 North Koreans had been killed.",
          "The Cardew Agency said more than 5,250 North Korean soldiers had been killed.",
        ].join("\n"),
      ),
    ]);
    const get = (f: string) => claims.find((c) => c.figure.endsWith(f));
    expect(get("5,050")?.hedges).toEqual(["would not be surprised"]);
    expect([get("5,150")?.value.min, get("5,150")?.value.max, get("5,150")?.hedges]).toEqual([
      null,
      5150,
      ["would be surprised"],
    ]);
    expect([get("5,250")?.value.min, get("5,250")?.value.max]).toEqual([5250, null]);
  });

  it("'On 2 May' is a date, not a 'may' of doubt; 'may number' is one", () => {
    const { claims } = extractCorpus([
      article(
        "h-may",
        "On 2 May, the Cardew Agency said the dead now numbered around 650.\nOn 2 May, the Tidewater Bureau said the dead may number around 950.\n",
      ),
    ]);
    expect(claims.find((c) => c.figure.endsWith("650"))?.hedges).toEqual([]);
    expect(claims.find((c) => c.figure.endsWith("950"))?.hedges).toEqual(["may"]);
  });
});

describe("scope and time from the figure's own words", () => {
  it("a rank named before the pay, or a sentence earlier behind 'Their', is its scope", () => {
    const { claims } = extractCorpus([
      article(
        "f-sixth",
        "Defector Pak Song-il said that even generals in the North are not paid enough. Their salary would be $2 per month, he said.\nPak said each soldier in Russia is paid $2,000 a month.\n",
      ),
    ]);
    const generals = claims.find((c) => c.figure.startsWith("$2 per month"));
    expect(generals?.scope).toBe("generals");
    const soldiers = claims.find((c) => c.figure.startsWith("$2,000"));
    expect(soldiers?.scope).toBeNull();
  });

  it("a speaker's own past keeps its words and is not dated by the article", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette", published: "2025-06-01" });
    const body =
      "Defector Ri Chol said: “When I was in the military, I got paid 40 North Korean won per month.”\nRi said each soldier in Russia is paid $2,000 a month.\n";
    const { claims } = extractCorpus([{ slug: "g-seventh", file: "g.md", meta, body, bodyLine: 1 }]);
    const past = claims.find((c) => c.figure.startsWith("40"));
    expect(past?.during).toMatch(/^When I was in the military$/);
    expect(past?.asOf).toBeNull();
    const now = claims.find((c) => c.figure.startsWith("$2,000"));
    expect(now?.asOf).toBe("2025-06-01");
    expect(now?.during ?? null).toBeNull();
  });

  it("a derived total keeps its sentence's credit, its period, and links the rate it multiplies", () => {
    const { claims } = extractCorpus([
      article(
        "h-eighth",
        "South Korea's National Intelligence Service said each soldier is paid about $2,000 per month, which translates to roughly $20 million for 10,000 troops.\n",
      ),
    ]);
    const rate = claims.find((c) => c.kind === "pay-per-soldier");
    const total = claims.find((c) => c.kind === "pay-total");
    expect(total?.basis).toMatchObject({ count: 10000, derived: true, inputs: [rate?.id] });
    expect(total?.value.per).toBe("month");
    expect(total?.attributedTo).toEqual(rate?.attributedTo);
    expect(total?.attributedTo).not.toBeNull();
  });
});

describe("more ways of crediting", () => {
  it("'per X' credits like 'according to', a rate does not", () => {
    const { claims } = extractCorpus([
      article("i-ninth", "North Korea has lost about 4,000 soldiers, per Ukraine's military intelligence.\n"),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("Ukraine's military intelligence");
  });

  it("'X puts the toll at N' credits X; 'put on the front line' credits nobody", () => {
    const { claims } = extractCorpus([
      article(
        "j-tenth",
        "The Pentagon puts the number of North Korean dead at about 1,100.\nMoscow put some 3,000 North Korean soldiers on the front line in December.\n",
      ),
    ]);
    expect(claims.map((c) => c.attributedTo?.name ?? null)).toEqual(["Pentagon", null]);
  });

  it("'X puts the toll higher, at N' and 'put the monthly rate at N' credit X: a comparison word and a comma may come before 'at'", () => {
    const { claims } = extractCorpus([
      article(
        "j-higher",
        "Anna Berg of the Cardew Agency says about 1,050 North Korean soldiers have died.\n" +
          "Tomas Vendel, an analyst in Tallinn, puts the number of dead higher, at about 1,250.\n" +
          "Officials put on a brave face at the briefing, at which 350 reporters were present.\n" +
          "The Cardew Agency put the monthly rate at $2,050 per North Korean soldier.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 1,050", "Anna Berg"],
      ["about 1,250", "Tomas Vendel"],
      ["$2,050", "Cardew Agency"],
    ]);
  });

  it("a ceiling a source gives in the negative is its own figure, not one it denies", () => {
    const { claims } = extractCorpus([
      article(
        "j-denied",
        "The Cardew Agency said the North Korean death toll wasn't over 1,350.\n" +
          "The Tidewater Bureau would not put the number of North Korean dead above 1,450.\n" +
          "The Cardew Agency said the North Korean death toll was not 1,550.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.value.min, c.value.max, c.attributedTo?.name ?? null, c.disputedBy])).toEqual(
      [
        ["over 1,350", null, 1350, "Cardew Agency", null],
        ["above 1,450", null, 1450, "Tidewater Bureau", null],
        ["1,550", 1550, 1550, null, expect.objectContaining({ name: "Cardew Agency" })],
      ],
    );
  });

  it("'X put the number … no higher than N', 'X's count of … is N', 'X's first estimate, in …, was N' credit X; 'X's count is higher, at N' counts what the sentence before counted", () => {
    const { claims } = extractCorpus([
      article(
        "j-possessive",
        [
          "The Cardew Agency put the number of North Korean dead no higher than 1,050. The Tidewater Bureau's count is higher, at 1,250.",
          "The Tidewater Bureau's count of North Korean dead is about 1,350.",
          "The Cardew Agency's first estimate, in November 2024, was about 11,050 North Korean soldiers.",
          "The Cardew Agency's estimate of the number of North Korean troops in Russia is 11,550.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["no higher than 1,050", "casualties-killed", "Cardew Agency"],
      ["1,250", "casualties-killed", "Tidewater Bureau"],
      ["about 1,350", "casualties-killed", "Tidewater Bureau"],
      ["about 11,050", "troops-deployed", "Cardew Agency"],
      ["11,550", "troops-deployed", "Cardew Agency"],
    ]);
  });

  it("'X's count is higher, at N' after a sentence that speaks of the toll without a count counts what the count before it counted", () => {
    const { claims } = extractCorpus([
      article(
        "j-between",
        [
          "The Cardew Agency put the number of North Korean dead no higher than 1,050.",
          "The Tidewater Bureau says the toll is worse. The Tidewater Bureau's count is higher, at 1,250, its spokesman said.",
          "North Korea has sent about 11,050 soldiers, the Cardew Agency says.",
          "The Tidewater Bureau disagrees with the agency. The Tidewater Bureau's figure is higher, at 12,050.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["no higher than 1,050", "casualties-killed"],
      ["1,250", "casualties-killed"],
      ["about 11,050", "troops-deployed"],
      ["12,050", "troops-deployed"],
    ]);
  });

  it("'disputed the figure, saying X's count … was closer to N' is X's figure, which the speaker does not dispute", () => {
    const { claims } = extractCorpus([
      article(
        "j-saying",
        [
          "The Cardew Agency estimated that about 2,050 North Korean soldiers had been killed.",
          "A Ukrainian official disputed the figure, saying the Tidewater Bureau's count of North Korean dead was closer to 4,050.",
          "Park Min dismissed the Tidewater Bureau's figure of 4,150 North Korean dead.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["about 2,050", "Cardew Agency", null],
      ["closer to 4,050", "Tidewater Bureau", null],
      ["4,150", "Tidewater Bureau", "Park Min"],
    ]);
  });

  it("'…; X's count is higher, at N' is X's figure, and the first clause's time does not date it", () => {
    const { claims } = extractCorpus([
      {
        ...article(
          "j-contrast",
          "The Cardew Agency estimated in April that about 650 North Korean soldiers had been killed; the Tidewater Bureau's count is higher, at roughly 1,050 to 1,250 dead.\n",
        ),
        meta: ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette", published: "2025-06-10" }),
      },
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.asOf])).toEqual([
      ["about 650", "Cardew Agency", "2025-04-01"],
      ["roughly 1,050 to 1,250", "Tidewater Bureau", "2025-06-10"],
    ]);
  });

  it("'…, according to X, which said …' credits X, never the words that open the sentence", () => {
    const { claims } = extractCorpus([
      article(
        "k-which",
        "Fighting near Sudzha was heavy, according to the Cardew Agency, which said it had counted 145 North Korean bodies.\n" +
          "Week 12 was the deadliest, according to the Tidewater Bureau, which said about 1,150 North Korean soldiers had been killed.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["145", "Cardew Agency"],
      ["about 1,150", "Tidewater Bureau"],
    ]);
    expect(claims.some((c) => /Fighting|Sudzha|Week/.test(c.attributedTo?.name ?? ""))).toBe(false);
  });
});

describe("words before a speaker that are no part of the speaker", () => {
  it("drops a leading day ('On Feb. 3 a defector … told') and names no speaker in 'drawn from … reports'", () => {
    const { claims } = extractCorpus([
      article(
        "q-leading",
        [
          "On Feb. 3 a defector who left the army in 2019 told the Harbour Ledger that soldiers were promised $2,550 a month.",
          "On Monday, Moon Ji-ho said 1,050 North Korean soldiers had been killed.",
          "By the paper's count, drawn from Ukrainian unit reports, some 3,850 have been killed or wounded.",
          "",
        ].join("\n"),
      ),
    ]);
    const get = (figure: string) => claims.find((c) => c.figure === figure);
    expect(get("$2,550 a month")?.attributedTo?.name).toBe("a defector");
    expect(get("1,050")?.attributedTo?.name).toBe("Moon Ji-ho");
    expect(get("some 3,850")).toBeDefined();
    expect(get("some 3,850")?.attributedTo?.name ?? "").not.toMatch(/drawn|unit/i);
  });
});

describe("a box of figures, each with its label and its source in brackets", () => {
  it("credits '$2,000: monthly pay per soldier (defector testimony)' to the bracket's source, not the outlet", () => {
    const { claims } = extractCorpus([
      article(
        "s-box",
        [
          "By the numbers",
          "$2,050: monthly pay per soldier (defector testimony)",
          "90%: share kept by the regime (Ferrow Institute)",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["$2,050", "pay-per-soldier", "defector testimony"],
      ["90%", "regime-share", "Ferrow Institute"],
    ]);
  });
});

describe("a plural of people opening the sentence", () => {
  it("reads 'Officials in Washington' as unnamed officials and 'Analysts at the Ferrow Group' as that group, as in lower case", () => {
    const { claims, entities } = extractCorpus([
      article(
        "u-plural",
        [
          "Officials in Washington put the total at roughly $20.5 million a month.",
          "Analysts at the Ferrow Group said 12,050 troops were sent.",
          "",
        ].join("\n"),
      ),
    ]);
    const who = (figure: string) =>
      entities.find((e) => e.id === claims.find((c) => c.figure === figure)?.attributedTo?.id);
    expect(who("roughly $20.5 million a month")?.type).toBe("group");
    expect(who("12,050")?.name).toBe("Ferrow Group");
  });
});

describe("a body unnamed, and a body with its city", () => {
  it("keeps 'a Seoul think tank' an unnamed group, and 'the Ferrow Forum in Seoul' the Ferrow Forum", () => {
    const { claims, entities } = extractCorpus([
      article(
        "t-bodies",
        [
          "Ukraine's military intelligence says about 90 percent, while the Ferrow Forum in Seoul puts the regime's share at 70 percent.",
          "The Ferrow Forum says the regime keeps 71 percent of the pay.",
          "KCNA rejected a claim by a Seoul think tank that the state keeps 72 percent of the pay.",
          "",
        ].join("\n"),
      ),
    ]);
    const who = (figure: string) => claims.find((c) => c.figure === figure)?.attributedTo?.id;
    expect(who("70 percent")).toBe(who("71 percent"));
    const tank = entities.find((e) => e.name === "a Seoul think tank");
    expect(tank?.type).toBe("group");
    expect(who("72 percent")).toBe(tank?.id);
  });
});

describe("unnamed groups and a body called back by its kind", () => {
  it("credits 'a defector group says' to that unnamed group, and 'the network says' to the network named before", () => {
    const { claims } = extractCorpus([
      article(
        "r-groups",
        [
          "Pyongyang keeps 90% of the pay, a defector group says.",
          "The Ferrow Network, a rights group, puts pay at $1,850 a month. The regime keeps 80 to 95 per cent of every payment, the network says.",
          "",
        ].join("\n"),
      ),
    ]);
    const get = (figure: string) => claims.find((c) => c.figure === figure);
    expect(get("90%")?.attributedTo?.name).toBe("a defector group");
    expect(get("80 to 95 per cent")?.attributedTo?.name).toBe("Ferrow Network");
  });
});

describe("a source named after a speaker's figure", () => {
  const aliases = readAliases("content/aliases.yaml");
  /**
   * Each claim of an invented article as [figure, credit, source cited, relayed by, relays].
   *
   * @param body The article's text.
   * @returns The rows.
   */
  const rows = (body: string): (string | null | string[])[][] =>
    extractCorpus([article("p-trailing", body)], aliases).claims.map((c) => [
      c.figure,
      c.attributedTo?.name ?? null,
      c.citedSource?.name ?? null,
      c.relayedBy?.name ?? null,
      c.via.map((v) => v.name),
    ]);

  it("keeps a body named after a person's figure as the source cited, and a person named after a body's figure as its relay", () => {
    expect(
      rows(
        [
          "Moon Ji-ho, an analyst at the Ferrow Institute, said that up to 5,050 more soldiers could follow, according to Seoul.",
          "A defector said he was paid $110 a month, according to the Cardew Agency.",
          "The Cardew Agency told lawmakers that about 3,050 North Korean soldiers had been killed or wounded, according to lawmaker Pyo Dong-gun.",
          "Han Seo-yeon said 2,050 troops had arrived, according to Yonhap.",
          "Han Seo-yeon said 1,050 troops had arrived, according to Pyo Dong-gun.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["up to 5,050", "Moon Ji-ho", "Seoul", null, []],
      ["$110 a month", "A defector", "Cardew Agency", null, []],
      ["about 3,050", "Cardew Agency", null, "Pyo Dong-gun", []],
      ["2,050", "Han Seo-yeon", null, null, ["Yonhap"]],
      ["1,050", "Han Seo-yeon", null, null, []],
    ]);
  });
});

describe("who speaks, in the shapes wire copy gives it", () => {
  const aliases = readAliases("content/aliases.yaml");
  /**
   * Each claim of an invented article as [figure, credit, relays].
   *
   * @param body The article's text.
   * @returns The rows.
   */
  const credits = (body: string): [string, string | null, string[]][] =>
    extractCorpus([article("o-wire", body)], aliases).claims.map((c) => [
      c.figure,
      c.attributedTo?.name ?? null,
      c.via.map((v) => v.name),
    ]);

  it("an 'a/an' phrase after a clause is the speaker; after a name it is an appositive", () => {
    expect(
      credits(
        "About 9,000 North Korean soldiers are in Russia, a military intelligence official said.\nKang Min-jun, a former officer, said 300 had been wounded.\n",
      ),
    ).toEqual([
      ["About 9,000", "a military intelligence official", []],
      ["300", "Kang Min-jun", []],
    ]);
  });

  it("'told X' names whom the speaker told, an age between commas is skipped, and the outlet relays", () => {
    expect(
      credits(
        "Defector Ri Song-chol, 38, a former sergeant, told Reuters that the regime keeps 85 per cent of the pay.\n",
      ),
    ).toEqual([
      ["38", "Ri Song-chol", ["Reuters"]],
      ["85 per cent", "Ri Song-chol", ["Reuters"]],
    ]);
  });

  it("a title, a party and a country before a name are not the name", () => {
    expect(
      credits(
        "Rep. Han Ji-woo of the ruling Democratic Party told reporters that about 9,500 North Korean soldiers were in Russia.\nU.S. Secretary of State Jane Roe said 8,000 North Korean troops had moved to Kursk.\nDefence Minister Seo Jun-ho said 9,900 North Korean soldiers were there.\n",
      ),
    ).toEqual([
      ["about 9,500", "Han Ji-woo", []],
      ["8,000", "Jane Roe", []],
      ["9,900", "Seo Jun-ho", []],
    ]);
  });

  it("an outlet keeps the place in its name; a possessive place only says whose a body is", () => {
    expect(
      credits(
        "About 4,000 North Korean soldiers were killed or wounded, the Kyiv Independent reported, citing Ukraine's military intelligence agency.\nSeoul's National Intelligence Service said 600 North Korean soldiers had been killed.\nThe Evening Gazette, quoting Ukrainian officials, said 1,000 North Korean soldiers had been wounded.\n",
      ),
    ).toEqual([
      ["About 4,000", "Ukraine's military intelligence agency", ["Kyiv Independent"]],
      ["600", "South Korea's National Intelligence Service", []],
      ["1,000", "Ukrainian officials", ["Evening Gazette"]],
    ]);
  });

  it("'the agency' is the agency (or intelligence body) the article named, and nobody when it named another body", () => {
    const named = "Ukraine's military intelligence agency said 2,000 North Korean soldiers had been killed.";
    const acronym = "Ukraine's military intelligence (HUR) said 2,100 North Korean soldiers had been killed.";
    const staff = "Ukraine's General Staff said 2,200 North Korean soldiers had been killed.";
    const then = "The agency believes 9,000 North Korean soldiers are in Kursk.";
    expect(credits(`${named} ${then}\n`).map((r) => r[1])).toEqual([
      "Ukraine's military intelligence agency",
      "Ukraine's military intelligence agency",
    ]);
    expect(credits(`${acronym} ${then}\n`).map((r) => r[1])).toEqual([
      "Ukraine's military intelligence agency",
      "Ukraine's military intelligence agency",
    ]);
    expect(credits(`${staff} ${then}\n`).map((r) => r[1])).toEqual(["Ukraine's General Staff", null]);
    // With no body named at all, which agency is meant cannot be told: nobody is credited.
    expect(credits(`${then}\n`).map((r) => r[1])).toEqual([null]);
  });

  it("'the agency' after 'Ukraine's military intelligence agency, HUR, said' (or 'HUR, Ukraine's … agency, said') is that agency", () => {
    const then = "Of those, roughly 1,050 were killed, the agency added.";
    for (const [first, name] of [
      [
        "Ukraine's military intelligence agency, HUR, said that about 3,050 North Korean soldiers had been killed or wounded.",
        // The acronym after the body's own noun is another name of the body, whose longer name is shown.
        "Ukraine's military intelligence agency",
      ],
      [
        "HUR, Ukraine's military intelligence agency, said that about 3,050 North Korean soldiers had been killed or wounded.",
        "Ukraine's military intelligence agency",
      ],
    ])
      expect(
        credits(`${first}\n${then}\n`).map((r) => [r[0], r[1]]),
        first,
      ).toEqual([
        ["about 3,050", name],
        ["roughly 1,050", name],
      ]);
  });

  it("'the institute' is the body the text named, credited or not, and a credited one comes first", () => {
    const published =
      "A report published on Tuesday by the Seoul-based Harbour Institute for Security Studies looked at the deployment.";
    const then = "The institute estimated that about 3,000 North Korean soldiers had been killed.";
    expect(credits(`${published} ${then}\n`).map((r) => r[1])).toEqual(["Harbour Institute for Security Studies"]);
    // A body named only as someone's workplace does not displace the institute the article credited.
    const credited = "The Linden Institute for Peace Studies said Russia pays about $2,000 a month per soldier.";
    const workplace = "Jo Min-su, a researcher at the Birch Institute, said the figure was too low.";
    expect(credits(`${credited}\n${workplace} ${then}\n`).map((r) => r[1])).toEqual([
      "Linden Institute for Peace Studies",
      "Linden Institute for Peace Studies",
    ]);
    // A news agency is no institute, nor the agency a description names.
    expect(credits(`The Korean Central News Agency ran the report. ${then}\n`).map((r) => r[1])).toEqual([null]);
  });

  it("'estimated at', 'put at' after a noun size the noun and name no speaker", () => {
    const c = extractCorpus(
      [
        article(
          "o-participle",
          [
            "The wounded are flown home from a force estimated at 10,000 troops.",
            "The total is itself estimated at 14,500, according to the Joint Staff Office.",
            "The NIS estimated at least 3,000 soldiers had died.",
            "",
          ].join("\n"),
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.attributedAs ?? null])).toEqual([
      ["10,000", null, null],
      ["14,500", "Joint Staff Office", null],
      ["at least 3,000", "South Korea's National Intelligence Service", null],
    ]);
  });

  it("words quoted inside what a later speaker of the sentence said are that speaker's", () => {
    const body = [
      "The trade ministry said on Monday that wheat deliveries had resumed, and a lawmaker briefed by the National Intelligence Service, Rep. Ahn Do-yun, said Moscow had paid “$310 million” in cash.",
      "“We were promised $1,900 a month,” a former soldier told reporters.",
      "",
    ].join("\n");
    const c = extractCorpus([article("o-quoted-inside", body)], aliases).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.relayedBy?.name ?? null])).toEqual([
      ["$310 million", "South Korea's National Intelligence Service", "Ahn Do-yun"],
      ["$1,900 a month", "a former soldier", null],
    ]);
  });

  it("an interview's answers are the person it introduced; a label in ordinary case names a person it named", () => {
    expect(
      credits(
        [
          "Pak Yong-nam, 29, served in a border unit before he fled. We met him in Seoul.",
          "Q: How much are the soldiers in Russia paid?",
          "A: I heard they get maybe $150 a month.",
          "Q: And the rest?",
          "A: The state keeps 85 percent of the pay.",
        ].join("\n"),
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["29", null],
      ["maybe $150 a month", "Pak Yong-nam"],
      ["85 percent", "Pak Yong-nam"],
    ]);
    expect(
      credits(
        [
          "Ri Song-ho spoke to us by telephone.",
          "Ri: Soldiers get about $130 a month in Russia.",
          "Reporter: Is that all?",
          "Ri: Some of them get nothing, and 300 of my friends have died there.",
          "Background: The state keeps 80 percent of the pay.",
        ].join("\n"),
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["about $130 a month", "Ri Song-ho"],
      ["300", "Ri Song-ho"],
      ["80 percent", null],
    ]);
  });

  it("an interview a publication introduces ('The Borderline Quarterly spoke to X, a fellow …') is X's, never the publication's", () => {
    for (const outlet of ["The Borderline Quarterly", "The Harbor Review", "The Eastern Courier", "Pacific Dispatch"])
      expect(
        credits(
          [
            `${outlet} spoke to Rhee Soo-ah, a senior fellow at the Hanbit Institute in Seoul.`,
            "Q: How many North Korean soldiers are in Russia now?",
            "A: My best estimate is about 15,050, counting the reinforcements.",
            "Q: And the pay?",
            "A: I'd say the state keeps at least 91%.",
          ].join("\n"),
        ).map((r) => [r[0], r[1]]),
        outlet,
      ).toEqual([
        ["about 15,050", "Rhee Soo-ah"],
        ["at least 91%", "Rhee Soo-ah"],
      ]);
  });

  it("a transcript's label names the speaker of its paragraph; a role alone names nobody", () => {
    expect(
      credits(
        [
          "ANCHOR: Officials in Seoul spoke today.",
          "HOLM: I would put the casualty rate at close to 12 percent.",
          "ANCHOR (RITA VANCE): About 9,000 North Korean soldiers are in Kursk tonight.",
          "ANCHOR: About 8,000 North Korean soldiers are fighting.",
          "HOLM: Officials said 700 North Korean soldiers had been wounded.",
        ].join("\n"),
      ),
    ).toEqual([
      ["close to 12 percent", "Holm", []],
      ["About 9,000", "Rita Vance", []],
      ["About 8,000", null, []],
      ["700", "Officials", []],
    ]);
  });

  it("a title in a transcript's label is no part of the name: 'GEN. WHITFIELD:' is the Lt. Gen. Dana Whitfield the introduction named", () => {
    expect(
      credits(
        [
          "The following is an excerpt from a hearing with Lt. Gen. Dana Whitfield, director of the Tidewater Bureau.",
          "SEN. HARLAN MOORE: General, how many North Korean soldiers are in Russia today?",
          "GEN. WHITFIELD: Senator, our assessment is about 14,050.",
          "SEN. RUTH ALVAREZ: And the pay?",
          "SEN. ALVAREZ: I have seen $2,050 a month.",
        ].join("\n"),
      ),
    ).toEqual([
      ["about 14,050", "Dana Whitfield", []],
      ["$2,050 a month", "Ruth Alvarez", []],
    ]);
  });

  it("one editor's tag or dateline before a colon is not a transcript's speaker", () => {
    expect(
      credits("UPDATE: About 9,000 North Korean soldiers are in Kursk.\nSEOUL: About 8,000 are fighting.\n").map(
        (r) => r[1],
      ),
    ).toEqual([null, null]);
    expect(credits("KIM: About 9,000 North Korean soldiers are in Kursk.\n").map((r) => r[1])).toEqual([null]);
  });

  it("whose claim a speaker calls a fake is the figure's source, and the speaker disputes it", () => {
    const { claims } = extractCorpus([
      article(
        "p-fake",
        'Spokeswoman Irina Testova called the Kyiv regime\'s claim that 4,200 North Koreans had been killed or wounded "a fake".\n' +
          'Anton Testov rejected as "a fabrication" reports in the Western press that up to 12,300 North Korean soldiers were fighting in Kursk.\n',
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["4,200", "casualties-total", "Kyiv regime", "Irina Testova"],
      ["up to 12,300", "troops-deployed", "Western press", "Anton Testov"],
    ]);
  });

  it("an embassy that dismisses a figure disputes it; 'a figure X said was exaggerated' keeps the source and names X", () => {
    const { claims } = extractCorpus([
      article(
        "p-judged",
        "Moscow's embassy in Seoul dismissed the figure of 4,100 casualties as propaganda.\n" +
          "Ukraine said 4,800 North Koreans had been killed or wounded, a figure the NIS said was somewhat exaggerated.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["4,100", null, "Moscow's embassy"],
      ["4,800", "Ukraine", "NIS"],
    ]);
  });

  it("whoever disputes a figure, or judges it an undercount, is not credited with it but disputes it", () => {
    const { claims } = extractCorpus([
      article(
        "p-dispute",
        "A North Korean defector who served in the army for a decade has disputed reports that soldiers receive $2,000 a month.\nAnalyst Ha Eun-ji said the 300 deaths reported in January were probably an undercount.\nAnalyst Ha Eun-ji said 400 soldiers were killed in February.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["$2,000 a month", null, "A North Korean defector"],
      ["300", null, "Ha Eun-ji"],
      ["400", "Ha Eun-ji", null],
    ]);
  });

  it("a figure said to have no evidence behind it is disputed, by whoever says so; one taken as given is not", () => {
    const { claims } = extractCorpus([
      article(
        "p-no-evidence",
        "There is no evidence that North Korea has sent 120,000 soldiers to Russia, said analyst Dana Roe.\n" +
          "No official source supports a payment of $9,000 a month per North Korean soldier.\n" +
          "There is no evidence that the 11,300 North Korean troops have left Kursk, officials said.\n" +
          "North Korea has sent 12,400 soldiers to Russia, said military analyst Dana Roe.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.stance])).toEqual([
      ["120,000", null, "Dana Roe", "asserts"],
      ["$9,000 a month", null, null, "disputes"],
      ["11,300", "officials", null, "asserts"],
      ["12,400", "Dana Roe", null, "asserts"],
    ]);
  });

  it("a fact-check's claim line rated false, a post that spreads a figure and a correction's withdrawn figure", () => {
    const { claims } = extractCorpus([
      article(
        "p-fact-check",
        "CLAIM: North Korea has sent 110,000 soldiers to Russia.\n" +
          "VERDICT: False. Officials say about 11,400 North Korean troops were sent.\n" +
          "A post shared more than 20,000 times on X since Feb. 3 says that 120,000 North Korean soldiers are fighting.\n" +
          "An earlier version of this article said 1,350 North Korean soldiers had been killed; the correct figure, according to the NIS, is 1,150.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null, c.stance])).toEqual([
      ["110,000", null, "CLAIM", "disputes"],
      ["about 11,400", "Officials", null, "asserts"],
      ["120,000", "A post", null, "asserts"],
      ["1,350", null, null, "disputes"],
      ["1,150", "NIS", null, "asserts"],
    ]);
  });

  it("a correction withdraws the figures it names, however it is worded, and not the ones it gives instead", () => {
    const { claims } = extractCorpus([
      article(
        "p-corrections",
        [
          "An earlier version said the Pentagon estimated that 6,400 North Korean soldiers had been killed; the estimate came from another agency.",
          "An earlier version also said 15,500 soldiers had been sent.",
          "An earlier version of this review also said 16,500 soldiers had been sent; that figure was wrong.",
          "An earlier version of this paragraph said the regime kept 91 per cent of the pay.",
          "Correction: This article wrongly said the Pentagon estimated 3,100 soldiers had died. The Pentagon estimated 3,300 soldiers had died.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.stance])).toEqual([
      ["6,400", null, "disputes"],
      ["15,500", null, "disputes"],
      ["16,500", null, "disputes"],
      ["91 per cent", null, "disputes"],
      ["3,100", null, "disputes"],
      ["3,300", "Pentagon", "asserts"],
    ]);
  });

  it("a claim line rated true stays asserted, and 'the claim that N … is false' is the article's dispute", () => {
    const { claims } = extractCorpus([
      article(
        "p-fact-check-true",
        "CLAIM: North Korea has sent 11,800 soldiers to Russia.\n\nVERDICT: Mostly true.\n" +
          "The claim that 43,000 North Korean soldiers have been killed is false.\n" +
          "A similar claim in March, that 104,000 troops had been deployed, was also untrue.\n" +
          "Reports that 12,100 North Korean troops are in Kursk are accurate, the Pentagon said.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.stance])).toEqual([
      ["11,800", "asserts"],
      ["43,000", "disputes"],
      ["104,000", "disputes"],
      ["12,100", "asserts"],
    ]);
  });

  it("a doubt word in another clause, or questions and calls someone answers or rejects, dispute nothing", () => {
    const { claims } = extractCorpus(
      [
        article(
          "p-not-a-doubt",
          "Asked about pay, Lena Fisk referred questions to the Tidewater Treasury Office, which last month estimated that Moscow transfers about $2,050 a month per soldier.\n" +
            "The Pentagon rejected calls for a ceasefire and said about 11,050 North Korean troops were in Kursk.\n" +
            "The Kremlin rejected the figure of 3,050 North Korean dead.\n",
        ),
      ],
      aliases,
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["about $2,050 a month per soldier", "Tidewater Treasury Office", null],
      ["about 11,050", "The Pentagon (US Department of Defense)", null],
      ["3,050", null, "Kremlin"],
    ]);
  });

  it("whose claim a sentence names keeps it, and who calls it false disputes it, never the other way round", () => {
    const { claims } = extractCorpus([
      article(
        "p-claim-owner",
        'Ukraine\'s Main Intelligence Directorate claimed that at least 210 North Korean soldiers had been killed, a figure the Russian Defence Ministry called "pure propaganda".\n' +
          'Asked about a statement by the Pentagon that around 11,050 North Korean soldiers were in the Kursk area, Kremlin spokesman Arkady Volnov said Moscow "does not comment on inventions".\n' +
          "Western media have repeated claims by the Tidewater Intelligence Agency that Russia pays $2,050 a month for each soldier.\n" +
          "The Ukrainian president's office went further, claiming that North Korean losses had exceeded 3,050 killed and wounded.\n" +
          "Some estimates put the value of the arrangement at up to $2bn a year.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["at least 210", "Main Intelligence Directorate", "Russian Defence Ministry"],
      ["around 11,050", "Pentagon", "Arkady Volnov"],
      ["$2,050 a month", "Tidewater Intelligence Agency", null],
      ["exceeded 3,050", "Ukrainian president's office", null],
      ["up to $2bn a year", null, null],
    ]);
  });

  it("'estimates by Seoul' credits Seoul; an unnamed source keeps its whole description", () => {
    expect(
      credits(
        "About 9,000 North Korean soldiers are in Russia, according to estimates by Seoul.\nA government source in Kyiv said 200 North Korean soldiers had been killed.\n",
      ).map((r) => r[1]),
    ).toEqual(["Seoul", "A government source in Kyiv"]);
  });

  it("a publication that reports a figure on its own is its source; one that names a source relays it", () => {
    expect(
      credits(
        "About 300 North Korean soldiers have been killed, Tidewater Wire reported.\n" +
          "According to Tidewater Wire, 9,000 North Korean soldiers are in Russia.\n" +
          "The Harbour Times reported that 400 North Korean soldiers had been wounded, according to Ukrainian officials.\n" +
          "About 11,000 North Korean troops are in Kursk, the spy agency told lawmakers, Tidewater Wire reported, citing Yonhap.\n",
      ),
    ).toEqual([
      ["About 300", "Tidewater Wire", []],
      ["9,000", "Tidewater Wire", []],
      ["400", "Ukrainian officials", ["Harbour Times"]],
      ["About 11,000", "South Korea's National Intelligence Service", ["Tidewater Wire", "Yonhap"]],
    ]);
  });

  it("'the paper' is the publication the article last named; what it quotes is credited to whom it quotes", () => {
    expect(
      credits(
        "The Harbour Times reported on Monday that more troops had arrived.\n" +
          "About 3,300 more North Korean soldiers were sent in October, the paper said, quoting an unnamed intelligence official.\n" +
          "The newspaper said 350 North Korean soldiers had been wounded.\n",
      ),
    ).toEqual([
      ["About 3,300", "an unnamed intelligence official", ["Harbour Times"]],
      ["350", "Harbour Times", []],
    ]);
  });

  it("a source inside a ministry is that source; 'Seoul-based' is not part of an outlet's name", () => {
    expect(
      credits(
        "Tidewater Wire reported, citing a source inside the Ministry of People's Armed Forces, that 320 North Korean soldiers had died.\n" +
          "Seoul-based Daily NK said 330 North Korean soldiers had been wounded.\n",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["320", "a source inside the Ministry of People's Armed Forces"],
      ["330", "Daily NK"],
    ]);
  });

  it("'Western reports' stay whole, and a figure 'presented by' someone is theirs", () => {
    expect(
      credits(
        "Western reports said up to 12,400 North Korean soldiers were fighting in Kursk.\n" +
          "Park said the agency's toll was lower than the figure of about 1,050 deaths presented by a Ukrainian official.\n",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["up to 12,400", "Western reports"],
      ["about 1,050", "a Ukrainian official"],
    ]);
  });

  it("where an unnamed speaker lives, or who spoke to them, is not part of who they are; 'thought' credits", () => {
    expect(
      credits(
        "A former officer now living in Seoul, who asked not to be named, said 9,200 North Korean soldiers were in Russia.\n",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([["9,200", "A former officer"]]);
    expect(
      credits(
        "Officials said the pay was $2,100 a month, but a second official I spoke to thought it could be as low as $850.\n",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["$2,100 a month", "Officials"],
      ["$850", "a second official"],
    ]);
  });

  it("someone unnamed near a body is that someone, never the body", () => {
    expect(
      credits(
        "A person familiar with Western intelligence assessments said up to 1,100 North Korean soldiers had been killed.\n" +
          "About 9,000 North Korean soldiers are in Russia, a source close to the spy agency said.\n",
      ).map((r) => r[1]),
    ).toEqual(["A person familiar with Western intelligence assessments", "a source close to the spy agency"]);
  });

  it("a person of a body is the person, who works there; a body of a body is one name", () => {
    const body =
      "Mara Quell of the Lindqvist Center said 1,300 North Korean soldiers had been killed.\n" +
      "Park Han-sol of the Institute for Peninsula Studies said about 9,500 North Korean soldiers were in Russia.\n" +
      "Ukraine's General Staff of the Armed Forces said 410 North Korean soldiers were wounded on Monday.\n" +
      "The Armed Forces of Ukraine said 2,200 North Korean soldiers had been killed.\n" +
      "Chief of the General Staff Oleh Vantsev said 600 North Korean soldiers were captured.\n";
    expect(credits(body).map((r) => r[1])).toEqual([
      "Mara Quell",
      "Park Han-sol",
      "Ukraine's General Staff of the Armed Forces",
      "Armed Forces of Ukraine",
      "Oleh Vantsev",
    ]);
    const { entities } = extractCorpus([article("p-affiliation", body)]);
    expect([...(entities.find((e) => e.name === "Mara Quell")?.roles ?? [])]).toEqual(["of the Lindqvist Center"]);
    // A name joined to its body by "of" without "the" is the person's too.
    expect(
      credits(
        "Yoo Ha-eun of Kyungnam University's Institute for Border Studies said 12,450 North Korean soldiers were in Russia.\n",
      )[0]?.[1],
    ).toBe("Yoo Ha-eun");
  });

  it("estimates are whose the text says; an adjective that starts a sentence is nobody's name", () => {
    expect(
      credits(
        "The North has deployed roughly 10,500 soldiers, per U.S. estimates.\n" +
          "About 10,700 North Korean soldiers are in Kursk, according to Western estimates.\n" +
          "The North has deployed roughly 10,900 soldiers, a South Korean think tank said.\n" +
          "Lower estimates put the number at 9,100 North Korean soldiers.\n" +
          "Even the highest Ukrainian estimates put North Korean losses at 1,900.\n" +
          "The Institute for the Study of Conflict assessed that at least 1,100 North Korean soldiers had been killed.\n",
      ).map((r) => r[1]),
    ).toEqual([
      "U.S. estimates",
      "Western estimates",
      "a South Korean think tank",
      null,
      null,
      "Institute for the Study of Conflict",
    ]);
  });

  it("a publication the text calls one is an outlet that relays, whatever its name; 'he' is never an outlet", () => {
    expect(
      credits(
        "The Seoul-based Morning Lantern Daily reported, citing an unnamed South Korean military source, that 6,500 more North Korean troops had arrived.\n" +
          "The Kyiv news site Kyiv Beacon, citing a source in Ukraine's General Staff, reported that 1,700 North Korean soldiers had been wounded.\n" +
          "The fighting was fierce, the Morning Lantern Daily reported.\n" +
          "He said his unit alone had counted about 150 North Korean dead.\n",
      ),
    ).toEqual([
      ["6,500", "an unnamed South Korean military source", ["Morning Lantern Daily"]],
      ["1,700", "a source in Ukraine's General Staff", ["Kyiv Beacon"]],
      ["about 150", null, []],
    ]);
  });

  it("'the agency' after an agency chief is the agency, and what it expects is its figure", () => {
    expect(
      credits(
        "Spy agency chief Won Tae-ha said 11,400 North Korean soldiers were in Russia.\n" +
          "He added that the agency expects the North to send another 6,100 military engineers.\n",
      ).map((r) => r[1]),
    ).toEqual(["Won Tae-ha", "South Korea's National Intelligence Service"]);
  });

  it("a figure that 'comes from' a source, a report by a body 'published in April', and a publication reporting last", () => {
    expect(
      credits(
        "The figure most often cited, $2,100 per soldier per month, comes from South Korean intelligence.\n" +
          "A 96-page report by the Seoul-based Institute for Peninsula Policy, published in April, estimated that the regime kept at least 80% of the payments.\n" +
          "North Korean losses now exceed 3,100, Zelensky wrote on Telegram, Ukrinform reports.\n",
      ),
    ).toEqual([
      ["$2,100 per soldier per month", "South Korea's National Intelligence Service", []],
      ["at least 80%", "Institute for Peninsula Policy", []],
      ["exceed 3,100", "Volodymyr Zelenskyy", ["Ukrinform"]],
    ]);
  });

  it("a programme or outlet the text calls one relays, and whoever it quotes speaks", () => {
    expect(
      credits(
        "Budanov told the television programme Facts of the Week that 11,200 North Korean soldiers had been sent.\n" +
          "A Russian recruiter quoted by the St Petersburg outlet Severny Vestnik said 1,300 North Korean soldiers had signed up in Kursk.\n",
      ),
    ).toEqual([
      ["11,200", "Budanov", ["Facts of the Week"]],
      ["1,300", "A Russian recruiter", ["Severny Vestnik"]],
    ]);
  });

  it("a possessive right before a figure names its source, a country's own losses excepted", () => {
    expect(
      credits(
        "North Korea has sent thousands of troops to Russia.\n" +
          "The most widely cited figures are the Pentagon's 11,550, Kyiv's 12,050 and Seoul's 10,950, analysts said.\n" +
          "Budanov's estimate of 4,150 North Korean casualties was disputed.\n" +
          "North Korea's 11,250 troops arrived in October, officials said.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["thousands", null],
      ["11,550", "The Pentagon (US Department of Defense)"],
      ["12,050", "Kyiv"],
      ["10,950", "Seoul"],
      ["4,150", "Budanov"],
      ["11,250", "officials"],
    ]);
  });

  it("a body every country has keeps its country, and 'when the agency said' credits the agency", () => {
    expect(
      credits(
        "Japan's Defense Ministry, in its annual white paper, said 12,150 North Korean soldiers were in Russia.\n" +
          "Seoul's National Intelligence Service said 12,250 North Korean soldiers were in Russia.\n" +
          "The count has not changed since March, when Estonia's foreign intelligence service said that about 12,350 North Korean soldiers remained in Russia.\n",
      ).map((r) => r[1]),
    ).toEqual([
      "Japan's Defense Ministry",
      "South Korea's National Intelligence Service",
      "Estonia's foreign intelligence service",
    ]);
  });

  it("'quoted X as saying', an adverb before the verb, 'putting N at' and 'well above' are read", () => {
    expect(
      credits(
        "Yonhap quoted a JCS official as saying that North Korean casualties had reached about 5,250.\n" +
          "South Korean broadcaster KBS, citing an unnamed government source, separately reported that 12,450 North Korean soldiers were in Kursk.\n" +
          "The spy agency has given lower loss figures, putting North Korean casualties at around 4,750 in its latest briefing.\n" +
          "A Japanese official said Tokyo's own estimate of North Korean deaths was well above 1,050.\n",
      ),
    ).toEqual([
      ["about 5,250", "a JCS official", ["Yonhap"]],
      ["12,450", "an unnamed government source", ["KBS"]],
      ["around 4,750", "South Korea's National Intelligence Service", []],
      // ("Tokyo's own estimate of North Korean deaths": the estimate is Tokyo's, whoever speaks for it.)
      ["well above 1,050", "Tokyo", []],
    ]);
  });

  it("the items of a list are credited to whoever its introduction names, until the list ends", () => {
    expect(
      credits(
        "The Defence Intelligence of Ukraine has established the following:\n" +
          "1. The number of North Korean military personnel in Russia is approximately 16,100.\n" +
          "2. The contingent has lost 2,350 servicemen killed.\n" +
          "The war goes on, and about 650 more North Korean soldiers were reported killed in June.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["approximately 16,100", "Ukraine's military intelligence agency"],
      ["2,350", "Ukraine's military intelligence agency"],
      ["about 650", null],
    ]);
  });

  it("a list of labelled figures without markers ('Killed: about 310') after '… are as follows.' is its introduction's", () => {
    expect(
      credits(
        "Defence Intelligence assesses that North Korean losses are as follows.\n" +
          "Killed: about 310\n" +
          "Wounded: 2,750\n" +
          "The war goes on, and about 650 more North Korean soldiers were reported killed in June.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["about 310", "Defence Intelligence"],
      ["2,750", "Defence Intelligence"],
      ["about 650", null],
    ]);
  });

  it("an outlet citing sources relays them; 'put the payment at', 'originates with' and an unnamed newspaper are read", () => {
    const c = extractCorpus(
      [
        article(
          "p-outlet-citing",
          "Reuters, citing two European security sources, reports that North Korea has lost about 320 more soldiers since the start of March.\n" +
            "Pyongyang could send as many as 30,500 more soldiers, a South Korean newspaper reported on Tuesday, citing an unnamed government official.\n" +
            "A Japanese government report cited by the Tokyo daily Nichiyo Shimbun put the payment at 2.6 million won a month per soldier.\n" +
            "The widely cited $2,050 per soldier per month originates with a single NIS briefing.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.via.map((v) => v.name), x.scope])).toEqual([
      ["about 320", "two European security sources", ["Reuters"], "additional losses (an increase)"],
      [
        "as many as 30,500",
        "an unnamed government official",
        ["a South Korean newspaper"],
        "additional troops (an increase)",
      ],
      ["2.6 million won a month per soldier", "Japanese government", ["Nichiyo Shimbun"], null],
      ["$2,050 per soldier per month", "South Korea's National Intelligence Service", [], null],
    ]);
  });

  it("'According to Rep. X, its secretary on a committee, the spy agency assessed' credits the agency, relayed by X; 'it' stays the body just named", () => {
    const c = extractCorpus(
      [
        article(
          "p-rep-it",
          "According to Rep. Park Sun-young of the main opposition Democratic Party, its secretary on the National Assembly Intelligence Committee, the spy agency assessed that about 4,750 North Korean soldiers had been killed or wounded.\n" +
            "South Korea's spy agency said 11,050 soldiers were sent. Ukraine's defence intelligence, HUR, prefers an annual number: it said in March that each soldier was worth about $24,050 a year to Pyongyang.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.relayedBy?.name ?? null])).toEqual([
      ["about 4,750", "South Korea's National Intelligence Service", "Park Sun-young"],
      ["11,050", "South Korea's National Intelligence Service", null],
      ["about $24,050 a year", "Ukraine's military intelligence agency", null],
    ]);
  });

  it("the article's own publisher never relays what a source told it", () => {
    // The invented articles here are published by the Test Gazette.
    expect(
      credits(
        "Commander Yurii Bondar told the Gazette that 3,150 North Korean soldiers had been killed.\n" +
          "A Ukrainian official told Test Gazette that 5,050 North Korean soldiers had been wounded.\n" +
          "A Ukrainian official told Reuters that 5,150 North Korean soldiers had been wounded.\n",
      ),
    ).toEqual([
      ["3,150", "Yurii Bondar", []],
      ["5,050", "A Ukrainian official", []],
      ["5,150", "A Ukrainian official", ["Reuters"]],
    ]);
  });

  it("'put the cut at', 'puts the presence at' and forces that speak", () => {
    expect(
      credits(
        "Defectors put the regime's cut at 85 per cent of the payments.\n" +
          "Kyiv puts the North Korean presence in Kursk at 12,300.\n" +
          "Ukrainian special forces said they had killed 27 North Korean soldiers.\n",
      ).map((r) => r[1]),
    ).toEqual(["Defectors", "Kyiv", "Ukrainian special forces"]);
  });

  it("'of those' keeps the source of the figure just before it, and no older one", () => {
    expect(
      credits(
        "Analyst Mara Quell said 11,200 North Korean soldiers were sent.\n" +
          "Of those, about 1,400 were killed.\n" +
          "The winter in Kursk was harsh. Supplies ran short.\n" +
          "Of those, perhaps 1,600 were wounded.\n",
      ).map((r) => r[1]),
    ).toEqual(["Mara Quell", "Mara Quell", null]);
  });

  it("a speaker the site cannot name who cites a source passes on that source's figure", () => {
    expect(
      credits(
        "Some 1,300 North Korean soldiers have been killed, the lawmaker told reporters, citing the spy agency.\n" +
          "The person said 2,100 North Korean soldiers had been wounded.\n",
      ).map((r) => r[1]),
    ).toEqual(["South Korea's National Intelligence Service", null]);
  });

  it("a body that opens a sentence is the next 'it' and 'the agency', and 'and that' starts a clause of its own", () => {
    const c = extractCorpus(
      [
        article(
          "p-body-lead",
          "Ukraine's military intelligence agency has put out a short statement. It says about 1,550 North Korean soldiers have been killed and that the total North Korean force there now stands at about 12,050.\n" +
            "The agency also says 4,250 North Korean soldiers have been wounded.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.kind, x.attributedTo?.name ?? null])).toEqual([
      ["about 1,550", "casualties-killed", "Ukraine's military intelligence agency"],
      ["about 12,050", "troops-deployed", "Ukraine's military intelligence agency"],
      ["4,250", "casualties-wounded", "Ukraine's military intelligence agency"],
    ]);
  });

  it("'two sources said', an appositive speaker after a vague subject, and a figure's own 'that X have cited'", () => {
    expect(
      credits(
        "The payments work out to about $1,850 per soldier each month, two sources said, below the $2,000 figure that South Korean officials have cited since late 2024.\n" +
          "One of the sources, a European official who has seen the assessment, said Pyongyang keeps at least three-quarters of the money.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["about $1,850 per soldier each month", "two sources"],
      ["$2,000", "South Korean officials"],
      ["at least three-quarters", "a European official"],
    ]);
  });

  it("a bylined author is the 'I' of the article's own words, never of a quotation", () => {
    const body =
      "By Sofia Kerrigan\n" +
      "My own count is that at least 19,100 North Korean soldiers have passed through Russia.\n" +
      "I estimate that no fewer than 3,250 of them have been killed.\n" +
      "“I was paid 2,600 won a month,” a former lieutenant told me.\n" +
      "Our best estimate is that 9,300 North Korean soldiers were deployed.\n";
    expect(credits(body).map((r) => r.slice(0, 2))).toEqual([
      ["at least 19,100", "Sofia Kerrigan"],
      ["no fewer than 3,250", "Sofia Kerrigan"],
      ["2,600 won a month", "a former lieutenant"],
      ["9,300", null],
    ]);
  });

  it("a phrase of time or place before the subject with no comma is not part of the name", () => {
    expect(
      credits(
        "During the briefing the spy agency said 11,300 North Korean soldiers were in Kursk.\n" +
          "In a statement to lawmakers on Monday Ukraine's military intelligence agency said 1,450 had been killed.\n" +
          "In Kyiv officials said 650 North Korean soldiers had been wounded.\n" +
          "In its latest assessment the agency put the number of North Korean troops in Russia at about 12,100.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["11,300", "South Korea's National Intelligence Service"],
      ["1,450", "Ukraine's military intelligence agency"],
      ["650", "officials"],
      ["about 12,100", "Ukraine's military intelligence agency"],
    ]);
  });

  it("'he' is the person just introduced by an apposition or credited by 'according to', not only a sentence's subject", () => {
    expect(
      credits(
        "Reporters met Oh Dal-sun, a former sergeant, in Incheon.\n" +
          "He said 340 soldiers from his old brigade had been killed.\n" +
          "According to Ra Mi-jin, a researcher at the Harbour Institute, 11,700 soldiers are in Kursk. She added that 2,900 had been wounded.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["340", "Oh Dal-sun"],
      ["11,700", "Ra Mi-jin"],
      ["2,900", "Ra Mi-jin"],
    ]);
  });

  it("names gapped from a shared 'puts … at' each own the figure after them", () => {
    expect(
      credits(
        "Seoul puts the number of North Korean troops in Russia at 11,200, Kyiv at 12,400 and Washington at about 10,300.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["11,200", "Seoul"],
      ["12,400", "Kyiv"],
      ["about 10,300", "Washington"],
    ]);
  });

  it("an interviewee introduced with a bracketed remark after the name answers the 'A:' lines, counting what the question asks", () => {
    expect(
      credits(
        [
          "Ri Chang-ho (not his real name) served nine years in the army before he defected.",
          "Q: How many soldiers have been sent?",
          "A: I hear it is more than 14,500 now.",
          "Q: And how many have been killed?",
          "A: Maybe 2,150.",
        ].join("\n"),
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["more than 14,500", "Ri Chang-ho"],
      ["Maybe 2,150", "Ri Chang-ho"],
    ]);
  });

  it("a wire dateline, a time or a sentence adverb before the subject is not part of the name", () => {
    expect(
      credits(
        "KYIV -- Ukraine's military intelligence agency estimates that roughly 4,050 North Korean soldiers have been killed or wounded.\n" +
          "Last week the South Korean spy agency said 310 North Koreans had died.\n" +
          "Separately, a senior Ukrainian officer said 2,050 fresh North Korean troops had arrived in Kursk.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["roughly 4,050", "Ukraine's military intelligence agency"],
      ["310", "South Korea's National Intelligence Service"],
      ["2,050", "a senior Ukrainian officer"],
    ]);
  });

  it("'said X of Norway in a debate on Monday' credits X, and 'according to estimates by X' credits X", () => {
    expect(
      credits(
        "North Korea has sent about 15,050 soldiers to Russia, said Ambassador Ilse Varga of Norway in a Security Council debate on Monday.\n" +
          "Each North Korean soldier sent to Russia is worth about $2,050 a month to Pyongyang, according to estimates by South Korean intelligence.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["about 15,050", "Ilse Varga"],
      ["about $2,050 a month", "South Korea's National Intelligence Service"],
    ]);
  });

  it("'the Monitor's count, based on obituaries, is N' is the Monitor's, after another speaker's clause", () => {
    expect(
      credits(
        "Zelenskyy put the number of dead alone at more than 4,100; the Baltic Defence Monitor's count, based on obituaries, is 6,100 to 7,600 dead and wounded.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["more than 4,100", "Volodymyr Zelenskyy"],
      ["6,100 to 7,600", "Baltic Defence Monitor"],
    ]);
  });

  it("'citing a lawmaker on the committee, Rep. Baek Jin-ho' cites the person the description is given a name for", () => {
    expect(
      credits(
        "About 11,300 North Korean soldiers were sent, the Hanbit Ilbo reported, citing a lawmaker on the parliamentary intelligence committee, Rep. Baek Jin-ho.\nAbout 3,300 were killed, according to a source in Kyiv, who asked not to be named.\n",
      ),
    ).toEqual([
      ["About 11,300", "Baek Jin-ho", ["Hanbit Ilbo"]],
      ["About 3,300", "a source in Kyiv", []],
    ]);
  });

  it("'the Monitor counts N' is the Monitor's figure; 'official counts put' names nobody", () => {
    expect(
      credits(
        "Volodymyr Zelenskyy said more than 4,200 North Korean soldiers had died; the Baltic Defence Monitor counts 6,200 to 7,700 dead and wounded.\nOfficial counts put the toll at 3,200 killed.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["more than 4,200", "Volodymyr Zelenskyy"],
      ["6,200 to 7,700", "Baltic Defence Monitor"],
      ["3,200", null],
    ]);
  });

  it("a full name that opens a feature's first sentence with any verb is who the surname means later", () => {
    const { claims, entities } = extractCorpus([
      article(
        "o-lede",
        "Ri Sun-hwa keeps her son's photograph on the kitchen table in Hyesan.\nRi said her son had been sent to Russia with about 3,400 soldiers of his brigade.\nYoung North Korean soldiers in Kursk earn about $140 a month, defectors said.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 3,400", "Ri Sun-hwa"],
      ["about $140 a month", "defectors"],
    ]);
    expect(entities.map((e) => e.id)).not.toContain("ri");
    // A plural noun after capitalised words is no verb: "Young North Korean" is nobody.
    expect(entities.map((e) => e.id)).not.toContain("young-north-korean");
  });

  it("'a South Korean estimate that N …' is South Korea's figure, whoever repeats it", () => {
    expect(
      credits(
        "Several outlets repeated a South Korean estimate that about 11,600 North Korean soldiers had been sent.\nThe outlets also cited a Ukrainian estimate that North Korea had lost 4,600 soldiers.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["about 11,600", "South Korea"],
      ["4,600", "Ukraine"],
    ]);
  });

  it("'the report' and 'it' after a body published its report are that body", () => {
    const c = extractCorpus(
      [
        article(
          "o-report-author",
          "The Joint Sanctions Observation Group published its second report on Monday.\nThe report says about 12,300 North Korean soldiers had been rotated through Kursk. It estimates that 4,300 were killed.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.attributedAs ?? null])).toEqual([
      ["about 12,300", "Joint Sanctions Observation Group", "The report"],
      ["4,300", "Joint Sanctions Observation Group", "It"],
    ]);
  });

  it("'Ukraine's ambassador to the UN' is an unnamed office holder, never the body they serve at", () => {
    const c = extractCorpus(
      [
        article(
          "o-envoy",
          "Ukraine's ambassador to the UN said about 20,100 North Korean soldiers had been deployed.\nThe Russian envoy to Pyongyang said 310 had been wounded in training.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.attributedAs ?? null])).toEqual([
      ["about 20,100", null, "Ukraine's ambassador to the UN"],
      ["310", null, "The Russian envoy to Pyongyang"],
    ]);
  });

  it("a claim someone asks about is not their figure, and its words are kept", () => {
    const c = extractCorpus(
      [
        article(
          "o-asked-about",
          "A listener from Busan wrote in to ask about the claim going round social media that 310,500 North Korean soldiers are in Russia.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.attributedAs ?? null])).toEqual([
      ["310,500", null, "the claim going round social media"],
    ]);
  });

  it("'a listener from Busan', 'a doctor from Hyesan' are unnamed people, never the place", () => {
    const c = extractCorpus(
      [
        article(
          "o-from-a-place",
          "A listener from Busan wrote in to say 310,000 North Korean soldiers are in Russia.\nA doctor from Hyesan said about 320 soldiers had died.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null])).toEqual([
      ["310,000", "A listener from Busan"],
      ["about 320", "A doctor from Hyesan"],
    ]);
    expect(c.every((x) => x.attributedTo?.id !== "busan" && x.attributedTo?.id !== "hyesan")).toBe(true);
  });

  it("'a figure disputed by X' is X's dispute; 'her estimate of N' is hers; 'a resident of X' and 'the team's report' are unnamed", () => {
    const c = extractCorpus(
      [
        article(
          "p-passive-dispute",
          "Colonel Ivo Marek put the number of North Korean dead at no fewer than 1,050, a figure disputed by Moscow-based analysts who say it is inflated.\n" +
            "Vera Lind, an analyst at the Harbour Institute, said 3,050 had been killed or wounded.\n" +
            "Her estimate of 3,050 is well below other counts.\n" +
            "Soldiers were promised $1,050 a month, a resident of Hyesan told reporters.\n" +
            "The monitoring team's report said at least 4,750 North Koreans had been killed or wounded.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(
      c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.attributedAs ?? null, x.disputedBy?.name ?? null]),
    ).toEqual([
      ["no fewer than 1,050", "Ivo Marek", null, "Moscow-based analysts"],
      ["3,050", "Vera Lind", null, null],
      ["3,050", "Vera Lind", null, null],
      ["$1,050 a month", "a resident of Hyesan", null, null],
      ["at least 4,750", null, "The monitoring team", null],
    ]);
  });

  it("estimates listed after semicolons keep their own sources: a country's estimate, a label, a claim 'as X claimed'", () => {
    const c = extractCorpus(
      [
        article(
          "p-listed-estimates",
          "HUR claimed in February that 4,050 North Koreans had been killed or wounded; the US estimate was about 1,050 killed; South Korea's NIS: 310 killed and 2,750 wounded.\n" +
            "Kremlin spokesman Arkady Volnov dismissed the Ukrainian figure of 6,050 casualties as propaganda.\n" +
            "Mara Quell is an analyst at the Harbour Institute.\n" +
            "There is no evidence that more than 20,050 North Koreans have been deployed, as some Russian military bloggers have claimed, she said.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.kind, x.attributedTo?.name ?? null, x.disputedBy?.name ?? null])).toEqual([
      ["4,050", "casualties-total", "Ukraine's military intelligence agency", null],
      ["about 1,050", "casualties-killed", "The United States", null],
      ["310", "casualties-killed", "South Korea's National Intelligence Service", null],
      ["2,750", "casualties-wounded", "South Korea's National Intelligence Service", null],
      ["6,050", "casualties-total", "Ukraine", "Arkady Volnov"],
      ["more than 20,050", "troops-deployed", "Russian military bloggers", "Mara Quell"],
    ]);
  });

  it("a figure set against an earlier one counts what that one counts", () => {
    expect(
      extractCorpus([
        article(
          "p-compared",
          "A Seoul official said the number of North Korean troops killed so far was around 310, far below Kyiv's figure of 3,050.\n",
        ),
      ]).claims.map((x) => [x.figure, x.kind, x.attributedTo?.name ?? null]),
    ).toEqual([
      ["around 310", "casualties-killed", "A Seoul official"],
      ["3,050", "casualties-killed", "Kyiv"],
    ]);
  });

  it("a speaker's own sources pass the figure through the speaker; a figure 'which appeared in a report by X' is X's", () => {
    const c = extractCorpus(
      [
        article(
          "p-own-sources",
          "Opposition lawmaker Hwang Seo-yun challenged the casualty count.\n" +
            "She said her own sources in the Defense Ministry put the death toll at closer to 1,050.\n" +
            "One widely cited figure is $2,050 a month per soldier, which appeared in a report by a Seoul-based think tank.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null])).toEqual([
      ["closer to 1,050", "Hwang Seo-yun"],
      ["$2,050 a month per soldier", "a Seoul-based think tank"],
    ]);
  });

  it("an age after a person the article does not name belongs to no one named", () => {
    const c = extractCorpus([
      article(
        "p-unnamed-age",
        "Pak Chol-ho said 310 had been killed.\nUkraine said it had captured two soldiers, aged 20 and 26.\n",
      ),
    ]).claims;
    expect(c.filter((x) => x.kind === "biography").map((x) => [x.figure, x.subject?.name ?? null])).toEqual([
      ["20", null],
    ]);
  });

  it("'citing intelligence shared with X' leaves the speaker the source, never the one it was shared with", () => {
    expect(
      credits(
        "Moscow pays $2,050 per soldier each month, Ilse Varga said, citing intelligence shared with Oslo.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([["$2,050 per soldier each month", "Ilse Varga"]]);
  });

  it("'X said the agency estimated' credits the agency, 'no government' and 'Two …' name nobody, 'one of the people said' speaks, and a time between subject and verb is skipped", () => {
    const c = extractCorpus(
      [
        article(
          "p-subjects",
          "South Korea's spy agency briefed lawmakers.\n" +
            "Rep. Kwon Min-ah said the agency estimated that Pyongyang had earned about $505 million so far.\n" +
            "The pay figure of $2,050 a month has been repeated widely, but no government has confirmed it.\n" +
            "About 4,050 casualties have been recorded, one of the people said.\n" +
            "Russia on Thursday rejected Western reports that 10,050 North Korean soldiers were fighting in Kursk.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.disputedBy?.name ?? null])).toEqual([
      ["about $505 million", "South Korea's National Intelligence Service", null],
      ["$2,050 a month", null, null],
      ["About 4,050", "one of the people", null],
      ["10,050", null, "Russia"],
    ]);
    expect(c.map((x) => x.attributedTo?.id ?? "").filter((id) => /said|government/.test(id))).toEqual([]);
  });

  it("a 'Key figures' list and a table credit each figure to the source its item or row names", () => {
    const c = extractCorpus(
      [
        article(
          "p-key-figures",
          [
            "Key figures",
            "- Troops deployed: about 11,050 (NIS)",
            "- Killed: about 650 (NIS, as of March)",
            "- Monthly pay per soldier: $2,050 (reported by Daily NK)",
            "- Share kept by the state: up to 90% (defectors)",
            "Wounded | 2,750 | NIS",
            "",
          ].join("\n"),
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.kind, x.attributedTo?.name ?? null, x.value.per])).toEqual([
      ["about 11,050", "troops-deployed", "South Korea's National Intelligence Service", null],
      ["about 650", "casualties-killed", "South Korea's National Intelligence Service", null],
      ["$2,050", "pay-per-soldier", "Daily NK", "month"],
      ["up to 90%", "regime-share", "defectors", null],
      ["2,750", "casualties-wounded", "South Korea's National Intelligence Service", null],
    ]);
  });

  it("a table row whose source's cell ends with a date ('Killed | 600 | NIS, April 2025') is read and dated", () => {
    const c = extractCorpus(
      [
        {
          ...article(
            "p-dated-rows",
            [
              "Estimate | Figure | Source, date",
              "Troops sent | 11,060 | NIS, November 2024",
              "Killed | 660 | NIS, April 2025",
              "",
            ].join("\n"),
          ),
          meta: ArticleMetaSchema.parse({ title: "T", publisher: "Test Wire", published: "2025-07-08" }),
        },
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.kind, x.attributedTo?.name ?? null, x.asOf, x.asOfPrecision])).toEqual([
      ["11,060", "troops-deployed", "South Korea's National Intelligence Service", "2024-11-01", "month"],
      ["660", "casualties-killed", "South Korea's National Intelligence Service", "2025-04-01", "month"],
    ]);
  });

  it("'by the reckoning of X' credits X; 'according to our estimates' is the article's own", () => {
    expect(
      credits(
        "By the reckoning of Seoul's spy agency, about 2,050 of the North Koreans had been killed.\nAccording to our estimates, about 8,050 North Korean servicemen remain in Kursk.\n",
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["about 2,050", "South Korea's National Intelligence Service"],
      ["about 8,050", null],
    ]);
  });

  it("'X raised its estimate to N, lawmakers said' is X's estimate, dated with its part; a dateline with a single dash is not a name", () => {
    const c = extractCorpus(
      [
        article(
          "p-raised",
          "SEOUL, March 14 (Harbour Wire) - South Korea's spy agency on Friday raised its estimate of North Korean casualties to about 4,050, including roughly 650 killed, lawmakers said after a closed briefing.\n" +
            "The Pentagon raised concerns that 11,050 North Korean troops were in Kursk.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null])).toEqual([
      ["about 4,050", "South Korea's National Intelligence Service"],
      ["roughly 650", "South Korea's National Intelligence Service"],
      ["11,050", null],
    ]);
    expect(c[1]?.asOf).toBe(c[0]?.asOf);
  });

  it("an age after a relative the article does not name belongs to no one named", () => {
    const c = extractCorpus([
      article(
        "p-relative-age",
        "Ri Chol-su said 310 had died.\nHis father, a 54-year-old coal miner, earns little, Ri said.\n",
      ),
    ]).claims;
    expect(c.filter((x) => x.kind === "biography").map((x) => x.subject?.name ?? null)).toEqual([null]);
  });

  it("'X's claim that N … is, in my view, not credible' is X's figure, disputed by the bylined author", () => {
    expect(
      extractCorpus([
        article(
          "p-not-credible",
          "By Hal Mensing\nKyiv's claim that 4,050 North Koreans have been killed is, in my view, simply not credible.\n",
        ),
      ]).claims.map((x) => [x.figure, x.attributedTo?.name ?? null, x.disputedBy?.name ?? null]),
    ).toEqual([["4,050", "Kyiv", "Hal Mensing"]]);
  });

  it("sources named as 'saying', 'estimates from X placed', 'what X said were', a 'By the numbers' line, and material cited without a source", () => {
    const c = extractCorpus(
      [
        article(
          "p-more-sources",
          [
            "South Korea's military on Friday raised its estimate of North Korean casualties to about 3,650, citing new intelligence.",
            "Ukraine's military intelligence has given higher figures, saying last week that North Korean casualties had reached around 4,050.",
            "Earlier estimates from Ukraine's military intelligence placed the North Korean contingent at 12,050.",
            "Officials buried what state media said were 101 soldiers killed in the Kursk campaign.",
            "By the numbers",
            "12,150: soldiers deployed, according to South Korea's spy agency",
            "",
          ].join("\n"),
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.kind, x.attributedTo?.name ?? null])).toEqual([
      ["about 3,650", "casualties-total", "South Korea's military"],
      ["around 4,050", "casualties-total", "Ukraine's military intelligence agency"],
      ["12,050", "troops-deployed", "Ukraine's military intelligence agency"],
      ["101", "casualties-killed", "state media"],
      ["12,150", "troops-deployed", "South Korea's National Intelligence Service"],
    ]);
  });

  it("an opinion piece's 'Nor do I believe the claim that N' is the author's dispute, never the author's figure", () => {
    expect(
      extractCorpus([
        article(
          "p-author-doubt",
          "By Greg Ashton\nNor do I believe the claim, popular in some newspapers, that each soldier is paid $2,050 a month.\nI estimate that 18,050 North Korean soldiers have been sent.\n",
        ),
      ]).claims.map((x) => [x.figure, x.attributedTo?.name ?? null, x.disputedBy?.name ?? null]),
    ).toEqual([
      ["$2,050 a month", null, "Greg Ashton"],
      ["18,050", "Greg Ashton", null],
    ]);
  });

  it("'a force the Ukrainians estimate at N' is the Ukrainians' figure, never the reporter's", () => {
    expect(
      extractCorpus([
        article(
          "p-relative-estimate",
          "By Lena Marsh\nThat's out of a force the Ukrainians estimate at around 11,050 soldiers.\nIt is a force that Seoul puts at 11,250 troops.\n",
        ),
      ]).claims.map((x) => [x.figure, x.attributedTo?.name ?? null]),
    ).toEqual([
      ["around 11,050", "Ukrainians"],
      ["11,250", "Seoul"],
    ]);
  });

  it("'the agency's estimate was N killed and M wounded' credits both; 'the agency now believes' is the agency", () => {
    const c = extractCorpus(
      [
        article(
          "p-agency-estimate",
          "The NIS briefed lawmakers.\nThe agency's estimate was 310 killed and 2,750 wounded.\nThe agency now believes about 10,050 troops remain.\n",
        ),
      ],
      aliases,
    ).claims;
    expect(c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.attributedAs ?? null])).toEqual([
      ["310", "South Korea's National Intelligence Service", null],
      ["2,750", "South Korea's National Intelligence Service", null],
      ["about 10,050", "South Korea's National Intelligence Service", "The agency"],
    ]);
  });

  it("'defectors we've spoken to say' speak; 'the institute' is never a person whose role names one; a relative's age is not the speaker's", () => {
    const c = extractCorpus([
      article(
        "p-spoken-to",
        [
          "But defectors we've spoken to say the men themselves see perhaps $105 a month.",
          "Ko Tae-ho, a researcher at the Harbour Institute for Peninsula Studies, spoke to us.",
          "The institute estimated that North Korea has earned as much as $20.5 billion from the deployment.",
          "Ma Soo-yeon, 29, said her brother was conscripted at 17.",
          "",
        ].join("\n"),
      ),
    ]).claims;
    expect(
      c.map((x) => [x.figure, x.attributedTo?.name ?? null, x.attributedAs ?? null, x.subject?.name ?? null]),
    ).toEqual([
      ["perhaps $105 a month", "defectors", null, null],
      // The institute the researcher works at, the one body the text names.
      ["as much as $20.5 billion", "Harbour Institute for Peninsula Studies", "The institute", null],
      ["29", "Ma Soo-yeon", null, "Ma Soo-yeon"],
      ["17", "Ma Soo-yeon", null, null],
    ]);
  });

  it("a first-person estimate credits no one", () => {
    expect(credits("Our best estimate is that 9,000 North Korean soldiers were deployed.\n")).toEqual([
      ["9,000", null, []],
    ]);
  });
});

describe("what kind of name a name is", () => {
  it("outlets by their words, bodies by acronyms, people otherwise", () => {
    const types = ["Metro Wire", "Northern Review", "Coastal Tribune", "JoongAng Ilbo", "BBC", "HUR", "Kim Min-ji"].map(
      guessType,
    );
    expect(types).toEqual(["outlet", "outlet", "outlet", "outlet", "outlet", "organization", "person"]);
  });

  it("'Kim Jong Un' and 'Kim Jong-un' are people; 'UN' and 'EU' in capitals are bodies", () => {
    expect(
      ["Kim Jong Un", "Kim Jong-un", "Kim Jong Un's", "the UN", "UN Security Council", "EU"].map(guessType),
    ).toEqual(["person", "person", "person", "organization", "organization", "organization"]);
  });
});

describe("a country's office names its holder", () => {
  const holder = { id: "ivan-testenko", name: "Ivan Testenko", type: "person" as const, aliases: [] };

  it("as the article names them, never another country's holder of the same title", () => {
    const { claims } = extractCorpus(
      [
        article(
          "m-office",
          "Ukrainian President Olena Testova said 900 soldiers had been captured. South Korean President Park Dae-ho said 300 had been wounded.\nLater, the Ukrainian president said that about 3,100 North Korean soldiers had been killed.\n",
        ),
      ],
      [{ ...holder, roles: ["Ukrainian president"] }],
    );
    expect(claims.map((c) => c.attributedAs)).toEqual([undefined, undefined, "the Ukrainian president"]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["900", "Olena Testova"],
      ["300", "Park Dae-ho"],
      ["about 3,100", "Olena Testova"],
    ]);
  });

  it("from the alias file when the article names nobody, and no one when neither does", () => {
    const text =
      "On Friday, the Ukrainian president said that about 3,100 North Korean soldiers had been killed.\nThe president of Ukraine said 1,200 more were wounded.\nThe president said 400 soldiers were captured.\n";
    const roles = ["Ukrainian president", "president of Ukraine"];
    const named = extractCorpus([article("n-office", text)], [{ ...holder, roles }]).claims;
    expect(named.map((c) => c.attributedTo?.name ?? null)).toEqual(["Ivan Testenko", "Ivan Testenko", null]);
    // The credit keeps the words it was resolved from.
    // With no credit, the words of the speaker nobody could be identified from are kept too.
    expect(named.map((c) => c.attributedAs)).toEqual([
      "the Ukrainian president",
      "The president of Ukraine",
      "The president",
    ]);
    const unnamed = extractCorpus([article("n-office", text)]).claims;
    expect(unnamed.map((c) => c.attributedTo?.name ?? null)).toEqual([null, null, null]);
    expect(unnamed.map((c) => c.attributedAs)).toEqual([
      "the Ukrainian president",
      "The president of Ukraine",
      "The president",
    ]);
  });
});

describe("credits are whole names or described groups", () => {
  it("'which adds up to' is arithmetic: the sentence before it is never credited", () => {
    const { claims } = extractCorpus([
      article(
        "k-eleventh",
        "Russia pays $2,000 a month for each soldier, which adds up to $40 million a month for 20,000 soldiers.\n",
      ),
    ]);
    expect(claims.map((c) => c.figure)).toEqual(["$2,000 a month", "$40 million a month"]);
    expect(claims.map((c) => c.attributedTo)).toEqual([null, null]);
  });

  it("a phrase holding an amount or a share is a statement, never a source", () => {
    const { claims } = extractCorpus([
      article("l-twelfth", "North Korea keeps 90% of the pay of every soldier, which suggests the regime profits.\n"),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([["90%", null]]);
  });

  it("a list of countries' agencies is one described group, never a lone adjective", () => {
    const { claims } = extractCorpus([
      article(
        "k-eleventh",
        "South Korean and Western intelligence agencies say Pyongyang sent more than 10,000 troops to Russia.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("South Korean and Western intelligence agencies");
  });
});

describe("a speaker named between commas, and the words beside a credit", () => {
  it("'A spokesman for X, Colonel Name, gave a figure, saying N' credits the named colonel", () => {
    const { claims } = extractCorpus([
      article(
        "m-participle",
        "A spokesman for the eastern command, Colonel Ostap Veremiy, gave a far higher figure, saying some 2,600 North Korean soldiers had been killed.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([["some 2,600", "Ostap Veremiy"]]);
  });

  it("another name a speaker carries (', known as HUR,') does not change what the figure counts", () => {
    const { claims } = extractCorpus([
      article(
        "m-known-as",
        "Some 12,700 North Korean soldiers are now deployed in the Bryansk region, Ukraine's military intelligence agency, known as HUR, said on Friday.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["Some 12,700", "troops-deployed"]]);
  });

  it("what lawmakers were told is not a list of lawmakers: no body 'North Korean' is made", () => {
    const { entities } = extractCorpus([
      article(
        "m-told-lawmakers",
        "The agency told lawmakers that between 900 and 1,400 North Korean soldiers had been killed since December.\n",
      ),
    ]);
    expect(entities.map((e) => e.name)).not.toContain("North Korean");
  });
});

describe("sources named by 'put … at' and 'cited … as estimating'", () => {
  it("'the NIS put North Korean deaths at about N' credits the NIS", () => {
    const { claims } = extractCorpus(
      [article("n-put-deaths", "In January 2025 the NIS put North Korean deaths at about 340.\n")],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null])).toEqual([["about 340", "south-korea-nis"]]);
  });

  it("'cited X as estimating that N' credits X", () => {
    const { claims } = extractCorpus(
      [
        article(
          "n-cited-as",
          "The group could not verify casualty figures, but cited South Korea's National Intelligence Service as estimating that about 1,900 North Korean soldiers had died.\n",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null])).toEqual([["about 1,900", "south-korea-nis"]]);
  });
});

describe("doubts and questions that do not reach a figure", () => {
  it("a doubt inside a quotation does not dispute the age given after the speaker's name", () => {
    const { claims } = extractCorpus([
      article(
        "o-quote-doubt",
        "“We found no evidence that any family has received the full amount,” said Han Mi-rae, 41, the report's lead researcher.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([["41", null]]);
  });

  it("a figure in the claims someone is asked about is not theirs", () => {
    const { claims } = extractCorpus([
      article(
        "o-asked-by",
        "Kremlin spokesman Ilya Sorokin, asked by reporters about Ukrainian claims that 13,000 North Koreans were fighting in Kursk, said he had nothing to add.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["13,000", null, "Ukrainian claims"],
    ]);
  });
});

describe("a chain of citations", () => {
  it("'X reported, citing Y, which in turn cited Z' credits Z, relayed by X then Y", () => {
    const { claims } = extractCorpus(
      [
        article(
          "q-chain",
          "North Korea has sent another 2,000 soldiers to Russia, the Baltic Wire reported on Friday, citing the South Korean news agency Yonhap, which in turn cited the National Intelligence Service.\n",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null, c.via.map((v) => v.name)])).toEqual([
      ["2,000", "south-korea-nis", ["Baltic Wire", "Yonhap"]],
    ]);
  });
});

describe("long office titles and spans of time", () => {
  it("the field of an office before a name is the office's ('Under Secretary for Terrorism and Financial Intelligence Name')", () => {
    const { claims } = extractCorpus([
      article(
        "r-title",
        "Under Secretary for Terrorism and Financial Intelligence Mara Quillon said Moscow pays $1,950 per North Korean soldier per month.\nNational Security Adviser Tomas Rell said 10,800 North Korean troops were in Russia.\n",
      ),
    ]);
    expect(claims.map((c) => c.attributedTo?.name ?? null)).toEqual(["Mara Quillon", "Tomas Rell"]);
  });

  it("'since late 2024' starts the span a total runs over: it does not date the figure", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette", published: "2025-06-04" });
    const body =
      "The Treasury said the network had moved at least $37 million to North Korean front companies since late 2024 as pay for North Korean soldiers.\n";
    const { claims } = extractCorpus([{ slug: "r-since", file: "r-since.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfPrecision ?? "day"])).toEqual([
      ["at least $37 million", "2025-06-04", "day"],
    ]);
  });
});

describe("a relative clause after a possessive", () => {
  it("'below Kyiv's, which put casualties at N' credits Kyiv, not the clause's subject", () => {
    const { claims } = extractCorpus([
      article(
        "s-whose-count",
        "The Pentagon count is well below Kyiv's, which put North Korean casualties at 4,300 last week.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([["4,300", "Kyiv"]]);
  });
});

describe("a total beside a rate", () => {
  it("is the text's own arithmetic only when the text says so; 'shelling out a total of N' may be the source's", () => {
    const { claims } = extractCorpus([
      article(
        "t-total-stated",
        "The Defence Intelligence Bureau said Russia could pay at least $1,800 per month to each North Korean soldier, shelling out a total of $18m per month for 10,000 soldiers.\nThe Defence Intelligence Bureau said each soldier is paid about $1,700 a month, which translates to about $17 million a month for 10,000 troops.\n",
      ),
    ]);
    const stated = claims.find((c) => c.figure.startsWith("$18m"));
    const worked = claims.find((c) => c.figure.startsWith("about $17 million"));
    expect(stated?.basis).toEqual({ count: 10000, text: "10,000" });
    expect(stated?.attributedTo?.name).toBe("Defence Intelligence Bureau");
    expect(worked?.basis?.derived).toBe(true);
  });
  it("a head count set before the total ('With 12,000 soldiers …, Moscow is shelling out $25m') is its basis", () => {
    const { claims, skipped } = extractCorpus([
      article(
        "t-count-first",
        "Mira Holt, an analyst, said Russia pays $2,500 a month for each North Korean soldier. With 12,000 soldiers in Russia, she said, Moscow is shelling out a total of $25 million a month.\nAt 9,000 soldiers, the bill comes to $20 million a month, she said, and at 14,000 soldiers it is $31 million.\n",
      ),
    ]);
    const basis = (figure: string) => claims.find((c) => c.figure.startsWith(figure))?.basis?.count;
    expect(basis("$25 million")).toBe(12000);
    expect(basis("$20 million")).toBe(9000);
    // Each total takes the count nearest before it, never one across another total.
    expect(basis("$31 million")).toBe(14000);
    // The counts are kept as the totals' bases, so none is skipped without one.
    const why = skipped.filter((k) => /total's basis/.test(k.reason)).map((k) => k.text);
    expect(why.sort()).toEqual(["12,000", "14,000", "9,000"]);
  });
  it("'For 12,000 troops, that comes to $30m, Ri said' is Ri's total for 12,000, not a deployment or the text's arithmetic", () => {
    const { claims } = extractCorpus([
      article(
        "t-for-first",
        "Defector Ri Chol-ho said each soldier is paid $2,000 a month.\nFor 12,000 troops, that comes to about $30 million a month, Ri said.\nFor 10,000 North Korean soldiers, the bill is $20 million a month.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.basis?.count ?? null, c.basis?.derived ?? false])).toEqual([
      ["$2,000 a month", "pay-per-soldier", null, false],
      ["about $30 million a month", "pay-total", 12000, false],
      ["$20 million a month", "pay-total", 10000, false],
    ]);
    expect(claims[1]?.attributedTo?.name).toBe("Ri Chol-ho");
    // The same sentence quoted keeps its basis.
    const quoted = extractCorpus([
      article("t-for-quoted", "“For 12,050 troops, that comes to about $30 million a month,” Ri Chol-ho said.\n"),
    ]).claims;
    expect(quoted.map((c) => [c.figure, c.basis?.count ?? null])).toEqual([["about $30 million a month", 12050]]);
  });
  it("a product ('$2,000 multiplied by 10,000 soldiers', '$2,000 times 12,000 soldiers, or $24m') is a rate and a basis, not a deployment", () => {
    const { claims } = extractCorpus([
      article(
        "t-product",
        "The widely repeated total of $20 million a month is simply $2,000 multiplied by 10,000 soldiers.\nThat is $2,100 times 12,000 soldiers, or $25.2 million a month.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.basis?.count ?? null])).toEqual([
      ["$20 million a month", "pay-total", 10000],
      ["$2,000", "pay-per-soldier", null],
      ["$2,100", "pay-per-soldier", null],
      ["$25.2 million a month", "pay-total", 12000],
    ]);
  });
});

describe("research groups and monitors are bodies", () => {
  it("'Observatory', 'Forum', 'Desk', 'Monitor', 'Studies' name organisations, never people", () => {
    for (const name of [
      "Baltic Conflict Observatory",
      "Hanbit Peace Forum",
      "Korea Strategy Desk",
      "Danube Security Monitor",
      "Institute for Eurasian Conflict Studies",
    ])
      expect(guessType(name), name).toBe("organization");
    expect(guessType("Ingrid Solberg")).toBe("person");
  });
});

describe("denials, letters and what is left", () => {
  it("'there was no truth in reports that N' disputes the figure; the speaker does not give it", () => {
    const { claims } = extractCorpus([
      article(
        "u-no-truth",
        "Kremlin spokesman Ilya Sorokin said there was no truth in reports that Moscow pays $1,950 per North Korean soldier.\n",
      ),
    ]);
    expect(claims.map((c) => [c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      [null, "Ilya Sorokin"],
    ]);
  });

  it("a figure its own sentence calls a myth, far too high or wrong is disputed by the speaker, not given by them", () => {
    const { claims } = extractCorpus([
      article(
        "u-myth",
        [
          "The oft-cited $1,950 a month that Russia supposedly pays each North Korean soldier is a myth, said analyst Dana Whitcombe.",
          "“The $2,050 number is far too high,” economist Greta Solvang said.",
          "Nor is there any evidence for the claim that the regime keeps 91% of the pay, Whitcombe said.",
          "The NIS said 11,050 soldiers were sent, and the claim of 100,050 is a myth.",
          "The pay of $2,150 a month is too high for Russia to sustain, analysts said.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["$1,950 a month", null, "Dana Whitcombe"],
      ["$2,050", null, "Greta Solvang"],
      ["91%", null, "Dana Whitcombe"],
      ["11,050", "NIS", null],
      ["100,050", null, "NIS"],
      ["$2,150 a month", "analysts", null],
    ]);
  });

  it("'The NIS figure of 11,000' is the NIS's, whoever quotes it; 'Economist' is a title, not a name", () => {
    const { claims } = extractCorpus([
      article(
        "u-attributive",
        [
          "The NIS figure of 11,050 soldiers was right for November, but it is out of date, Rhee Soo-ah said.",
          "The Pentagon estimate was about 12,050 North Korean troops, officials said.",
          "Economist Greta Solvang said the regime keeps 81% of the pay.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["11,050", "NIS"],
      ["about 12,050", "Pentagon"],
      ["81%", "Greta Solvang"],
    ]);
  });

  it("'The agency's count of the wounded was revised up to 3,500' is the agency's", () => {
    const { claims } = extractCorpus([
      article(
        "u-agency-count",
        "Ukraine's military intelligence agency said 2,750 North Korean soldiers had been wounded.\nThe agency's count of the wounded was revised up to 3,550 in April.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.value.min, c.value.max])).toEqual([
      ["2,750", "Ukraine's military intelligence agency", 2750, 2750],
      ["3,550", "Ukraine's military intelligence agency", 3550, 3550],
    ]);
  });

  it("what an estimate is based on is not what it counts: '$700 per soldier, based on labourers' contracts' is soldiers' pay", () => {
    const { claims } = extractCorpus([
      article(
        "u-based-on",
        "“My own estimate is $705 a month per soldier, based on the contracts North Korean labourers have signed in Russia,” economist Greta Solvang said.\nBased on his experience, he said soldiers performing grueling labor in Russia receive only $105 a month.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["$705 a month per soldier", "pay-per-soldier", null],
      ["$105 a month", "soldier-take-home", "soldiers sent for labour"],
    ]);
  });

  it("holding an estimate states it ('kept its own count unchanged at 4,000'), past a linking phrase; keeping a share does not", () => {
    const { claims } = extractCorpus([
      article(
        "u-kept",
        [
          "Ukraine's military intelligence, by contrast, kept its own count unchanged at 4,050 killed and wounded.",
          "The Pentagon maintained its estimate of 11,050 North Korean troops.",
          "The regime kept 91% of the pay, the NIS said.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["4,050", "Ukraine's military intelligence"],
      ["11,050", "Pentagon"],
      ["91%", "NIS"],
    ]);
  });

  it("'“…,” Name writes' credits the writer", () => {
    const { claims } = extractCorpus([
      article("u-writes", "“We would be paid 140 dollars a month when we go home,” Kang Song-il writes.\n"),
    ]);
    expect(claims.map((c) => c.attributedTo?.name ?? null)).toEqual(["Kang Song-il"]);
  });

  it("'that would leave each soldier about $N a month' is what the soldier takes home", () => {
    const { claims } = extractCorpus([
      article(
        "u-leave",
        "North Korean soldiers are paid $1,900 a month, but the regime keeps 90 percent.\nThat would leave each North Korean soldier about $190 a month.\n",
      ),
    ]);
    expect(claims.find((c) => c.figure === "about $190 a month")?.kind).toBe("soldier-take-home");
  });
});

describe("a headline's description without 'the'", () => {
  it("'…, spy agency says' is the alias file's agency, as 'the spy agency' is", () => {
    const { claims, entities } = extractCorpus(
      [
        article(
          "v-headline",
          "North Korean troops in Russia are paid 2.7 mln won a month, spy agency says.\nAccording to the spy agency, some 10,700 North Korean soldiers have been deployed.\n",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => c.attributedTo?.id ?? null)).toEqual(["south-korea-nis", "south-korea-nis"]);
    expect(entities.map((e) => e.name)).not.toContain("spy agency");
  });
});

describe("an outlet that cites a named source", () => {
  it("'according to the NIS, as cited by Yonhap' credits the NIS and Yonhap relays; alone, 'reported by Yonhap' is Yonhap's", () => {
    const { claims } = extractCorpus(
      [
        article(
          "c-cited-by",
          "North Korea has sent about 11,000 troops, according to the NIS, as cited by Yonhap.\nThe figure of 12,500 troops was first reported by Yonhap.\nDefector Kang Su-min, cited by Yonhap, said about 3,000 North Korean soldiers had been wounded.\n",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null, c.via.map((v) => v.id)])).toEqual([
      ["about 11,000", "south-korea-nis", ["yonhap"]],
      ["12,500", "yonhap", []],
      ["about 3,000", "kang-sumin", ["yonhap"]],
    ]);
  });
});

describe("an outlet's name with and without its generic ending", () => {
  it("'Yonhap News Agency' and a front matter's 'Yonhap', 'Kyodo' and 'Kyodo News' are one outlet each", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Relay",
      publisher: "The Probe Times",
      relays: ["Yonhap"],
      published: "2025-03-10",
    });
    const body =
      "The NIS raised its estimate of North Korean troops in Russia to 15,050, Yonhap News Agency reported on Monday.\nAbout 3,050 North Korean soldiers were wounded, Kyodo reported.\nAbout 4,050 North Korean soldiers were killed, Kyodo News reported.\n";
    const { claims, entities } = extractCorpus([{ slug: "r-suffix", file: "r-suffix.md", meta, body, bodyLine: 1 }]);
    expect(claims[0]?.via.map((v) => v.id)).toEqual(["yonhap"]);
    expect(entities.filter((e) => /yonhap/i.test(e.name)).length).toBe(1);
    expect(claims.slice(1).map((c) => c.attributedTo?.id)).toEqual(["kyodo", "kyodo"]);
  });
});

describe("a verdict in quotation marks", () => {
  it("reads 'was \"grossly exaggerated\"' and 'had “no evidence” that' as disputes, as without the marks", () => {
    const { claims } = extractCorpus([
      article(
        "q-verdict",
        [
          'The Cardew Agency also said the Kyiv Sentinel\'s claim that 5,050 North Koreans had been killed was "grossly exaggerated", putting deaths at around 650.',
          "Lee Jung-mi told the committee the agency had “no evidence” that the regime keeps 91 percent of that pay.",
          "",
        ].join("\n"),
      ),
    ]);
    const get = (figure: string) => claims.find((c) => c.figure === figure);
    expect(get("5,050")).toMatchObject({
      attributedTo: { name: "Kyiv Sentinel" },
      disputedBy: { name: "Cardew Agency" },
    });
    expect(get("91 percent")?.disputedBy?.name).toBe("Lee Jung-mi");
    expect(get("91 percent")?.attributedTo?.name ?? null).not.toBe("Lee Jung-mi");
  });
});

describe("another's figure called wrong in a speaker's own words", () => {
  it("credits '“Hanseong's figure of 3,000 was incorrect; the number of additional soldiers is about 1,000,”' to Hanseong, disputed by the speaker", () => {
    const { claims } = extractCorpus([
      article(
        "w-wrong",
        [
          '"Hanseong\'s figure of 3,050 was incorrect; the number of additional soldiers is about 1,050," ministry spokesman Jeon Ha-neul told reporters.',
          "Ostrava Signal's figure of 2,050 was wrong, ministry spokesman Jeon Ha-neul said.",
          "",
        ].join("\n"),
      ),
    ]);
    const get = (figure: string) => claims.find((c) => c.figure === figure);
    expect(get("3,050")).toMatchObject({ attributedTo: { name: "Hanseong" }, disputedBy: { name: "Jeon Ha-neul" } });
    expect(get("about 1,050")).toMatchObject({
      attributedTo: { name: "Jeon Ha-neul" },
      scope: "additional troops (an increase)",
    });
    expect(get("2,050")).toMatchObject({
      attributedTo: { name: "Ostrava Signal" },
      disputedBy: { name: "Jeon Ha-neul" },
    });
  });
});

describe("a post that opens a quotation", () => {
  it("credits 'The agency posted on X on Sunday: “… 1,100 …”' to the agency; 'posted 3,000 soldiers to the front' credits no post", () => {
    const { claims } = extractCorpus([
      article(
        "z-posted",
        [
          'The Cardew Agency posted on X on Sunday: "Over the past week 1,150 DPRK soldiers were killed or wounded."',
          "Moscow posted 3,050 North Korean soldiers to the front, officials said.",
          "",
        ].join("\n"),
      ),
    ]);
    const get = (figure: string) => claims.find((c) => c.figure === figure);
    expect(get("1,150")?.attributedTo?.name).toBe("Cardew Agency");
    expect(get("3,050")?.attributedTo?.name).toBe("officials");
  });
});

describe("whom a speaker tells", () => {
  it("reads 'X contradicted him, telling lawmakers the count was 13,000' as X's, never the lawmakers'", () => {
    const { claims } = extractCorpus([
      article(
        "x-telling",
        [
          "Park Sun-ho said 15,050 North Korean soldiers were in Russia.",
          "Vice Defence Minister Lee Jung-mi contradicted him, telling lawmakers the ministry's count of soldiers was closer to 13,050.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.find((c) => c.figure === "closer to 13,050")?.attributedTo?.name).toBe("Lee Jung-mi");
  });
});

describe("a speaker's own figure after the estimates they reject", () => {
  it("credits 'rejected both estimates, saying his own sources put the dead alone at 1,200' to the lawmaker, undisputed", () => {
    const { claims } = extractCorpus([
      article(
        "y-own",
        [
          "Park Sun-ho, deputy director of the National Intelligence Service, told the committee that about 11,050 North Korean soldiers remain in Russia.",
          "Rep. Cho Hyun-woo of the opposition Democratic Party rejected both estimates, saying his own sources put the dead alone at 1,250.",
          "Kim Do-yun rejected reports that 3,050 soldiers had died.",
          "",
        ].join("\n"),
      ),
    ]);
    const get = (figure: string) => claims.find((c) => c.figure === figure);
    expect(get("1,250")).toMatchObject({ attributedTo: { name: "Cho Hyun-woo" }, disputedBy: null });
    expect(get("3,050")?.disputedBy?.name).toBe("Kim Do-yun");
  });
});

describe("a denial in the sentence after a figure", () => {
  it("leaves alone a figure of another side when the denial names whose claims it rejects", () => {
    const { claims } = extractCorpus([
      article(
        "d-side",
        [
          "Ukraine's military intelligence says the regime keeps 91 percent of the pay. North Korea's embassy rejected the claims as lies of the Kyiv regime.",
          "South Korea's spy agency says Russia pays $2,050 a month per soldier. North Korea's embassy rejected the claims as lies of the Kyiv regime.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([
      ["91 percent", "North Korea's embassy"],
      ["$2,050 a month per soldier", null],
    ]);
  });

  it("disputes the figures of the sentence before when it points back at them, and nothing else", () => {
    const { claims } = extractCorpus([
      article(
        "d-next",
        [
          "The Harbour Defence Staff said 12,400 North Korean soldiers were fighting near Kursk. The Kremlin dismissed the reports.",
          "Ostrava Signal said about 2,300 North Korean soldiers had been wounded.",
          "“These are fabrications,” Peskov told reporters.",
          "Kyiv says 9,700 North Korean soldiers are in Russia. Moscow has denied sending troops.",
          "The Kremlin said 600 North Korean engineers were in Russia. The Kremlin rejected the claims.",
          "Brannock Institute said 3,100 North Korean soldiers had been killed. The weather was cold. Minsk denied the reports.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["12,400", "Harbour Defence Staff", "Kremlin"],
      ["about 2,300", "Ostrava Signal", "Peskov"],
      ["9,700", "Kyiv", null],
      ["600", "Kremlin", null],
      ["3,100", "Brannock Institute", null],
    ]);
  });
});

describe("a denial that lists figures rejects each of them", () => {
  it("'not 11,000, not 1,000, not one', 'let alone 11,000' and 'nor even 1,000' are disputed by the speaker, not his", () => {
    const { claims } = extractCorpus([
      article(
        "d-list",
        [
          "“There are no North Korean soldiers fighting in Russia, not 11,050, not 1,050, not one,” Tomas Vendel told reporters.",
          "Anna Berg said there were no North Korean soldiers in Russia, let alone 12,050.",
          "Tomas Vendel said there were not 13,050 North Korean soldiers in Russia, nor even 1,150.",
          "The Cardew Agency said 14,050 North Korean soldiers were in Russia, and not only in Kursk.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.stance])).toEqual([
      ["11,050", null, "Tomas Vendel", "disputes"],
      ["1,050", null, "Tomas Vendel", "disputes"],
      ["12,050", null, "Anna Berg", "disputes"],
      ["13,050", null, "Tomas Vendel", "disputes"],
      ["1,150", null, "Tomas Vendel", "disputes"],
      ["14,050", "Cardew Agency", null, "asserts"],
    ]);
  });
});

describe("a denial of one side's figures in the sentence after", () => {
  it("'disputes Seoul's figures' disputes Seoul's figure before it and not Kyiv's", () => {
    const { claims } = extractCorpus([
      article(
        "d-possessive",
        [
          "South Korea's National Intelligence Service said about 650 North Korean soldiers had died, while Kyiv said 1,250 had died.",
          "Tomas Vendel disputes Seoul's figures.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([
      ["about 650", "Tomas Vendel"],
      ["1,250", null],
    ]);
  });
});

describe("a source that 'has given' a figure", () => {
  it("'has given a range of 1,500 to 2,500 dead' is the body's", () => {
    const { claims } = extractCorpus([
      article("given", "The Harbour Agency has given a range of 1,550 to 2,550 dead among North Korean soldiers."),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["1,550 to 2,550", "casualties-killed", "Harbour Agency"],
    ]);
  });
});

describe("'the same official' after an 'official' news agency", () => {
  it("is the official named before, never a body whose name or description holds the word", () => {
    const { claims } = extractCorpus([
      article(
        "same-official",
        [
          "About 1,050 North Korean soldiers have been killed, the Tidewater Bureau reported, citing a Harbour Agency official.",
          "The official Korean Central News Agency called the figure “a fabrication”.",
          "The same official told the Bureau in November that 10,050 North Korean soldiers had arrived in Russia.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["About 1,050", "a Harbour Agency official"],
      ["10,050", "a Harbour Agency official"],
    ]);
  });
});

describe("calling a figure too high disputes it", () => {
  it("'called the figure exaggerated' in the sentence after disputes it; in the same sentence too; a call for talks does not", () => {
    const { claims } = extractCorpus([
      article(
        "d-called",
        [
          "The Harbour Defence Staff said 4,050 North Korean soldiers had died. The Kremlin called the figure exaggerated.",
          "The Tidewater Bureau said 12,300 North Korean soldiers were in Kursk. Moscow called the reports grossly inflated.",
          "Anna Berg said 2,150 North Korean soldiers had been wounded. Tomas Vendel called the estimate too high.",
          "Kyiv said 9,750 North Korean soldiers had been sent. The Kremlin called for talks on inflated energy prices.",
          "The Cardew Agency called the figure of 50,050 dead an exaggeration.",
          "South Korea's National Intelligence Service said about 1,250 North Korean soldiers had died.",
          "Seoul officials have called the Ukrainian figure exaggerated.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["4,050", "Harbour Defence Staff", "Kremlin"],
      ["12,300", "Tidewater Bureau", "Moscow"],
      ["2,150", "Anna Berg", "Tomas Vendel"],
      ["9,750", "Kyiv", null],
      ["50,050", null, "Cardew Agency"],
      // (The denier's own name, "Seoul officials", names no side; the Ukrainian figure is not Seoul's.)
      ["about 1,250", "South Korea's National Intelligence Service", null],
    ]);
  });
});

describe("the article's own verdict in the sentence after a figure", () => {
  it("'This is false.' disputes the figures before it on the publisher's behalf; a verdict someone else speaks, or a sentence between, does not", () => {
    const { claims } = extractCorpus([
      article(
        "v-own",
        [
          "A post shared 40,000 times claims that 100,050 North Korean soldiers have died in Ukraine.",
          "This is false.",
          "A blog says 90,050 North Korean soldiers have died.",
          "The weather was cold. That claim is simply untrue.",
          "Ostrava Signal said about 2,350 North Korean soldiers had been wounded.",
          "“This is false,” Peskov said.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["100,050", "A post", "Test Gazette"],
      ["90,050", null, null],
      ["about 2,350", "Ostrava Signal", "Peskov"],
    ]);
  });
});

describe("a report or estimate by a named source, before the figure's clause", () => {
  it("credits the source the phrase names, and whoever dismisses it disputes it", () => {
    const { claims } = extractCorpus([
      article(
        "r-report-by",
        [
          "The Hollin Government notes reporting by the Cardew Agency that 11,300 North Korean soldiers have been sent to Russia.",
          "The ministry pointed to an estimate by the Fallow Institute that 4,100 North Korean soldiers were killed.",
          "Minister Oda Rinn dismissed claims by Ostrava Signal that 310 North Korean soldiers had been captured.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["11,300", "Cardew Agency", null],
      ["4,100", "Fallow Institute", null],
      ["310", "Ostrava Signal", "Oda Rinn"],
    ]);
  });
});

describe("a figure called invented, and claims by a country's media", () => {
  it("'the $2,000 figure was \"invented in Seoul\"' disputes it; 'claims by South Korean media that' credits the media", () => {
    const { claims } = extractCorpus([
      article(
        "i-invented",
        [
          "Russia pays each North Korean soldier $2,050 a month, the Cardew Agency said.",
          'Deputy Minister Ivo Brask said in April that the $2,050 figure was "invented in Seoul."',
          "Colonel Aron Vale said Ukraine could not confirm claims by Hollin media that each soldier is promised $2,550 a month.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["$2,050 a month", "Cardew Agency", null],
      // The figure the deputy minister rejects is the one the article credited before.
      ["$2,050", "Cardew Agency", "Ivo Brask"],
      ["$2,550 a month", "Hollin media", null],
    ]);
  });
});

describe("a country whose name is not made of place words", () => {
  it("'The United States' is a body, and its 'States' is no speech verb that makes a person 'United'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "u-states",
        "The United States said 10,050 North Korean soldiers have been sent to Russia.\nThe United Kingdom believes 10,150 North Korean soldiers are in Russia, a British official said.\n",
      ),
    ]);
    expect(claims.map((c) => c.attributedTo?.name ?? null)).toEqual(["United States", "United Kingdom"]);
    expect(
      entities
        .map((e) => [e.name, e.type])
        .filter(([n]) => /united/i.test(n ?? ""))
        .sort(),
    ).toEqual([
      ["United Kingdom", "organization"],
      ["United States", "organization"],
    ]);
    expect(guessType("the United Nations")).toBe("organization");
  });
});

describe("what a body or person is described as", () => {
  it("keeps descriptions and drops the words of a citation, a bracket or a possessive before the name", () => {
    const { entities } = extractCorpus([
      article(
        "w-described",
        [
          "Reports citing the Cardew Agency put the payment at about $2,050 a month per soldier.",
          "According to the Cardew Agency, 11,050 North Korean soldiers are in Russia.",
          "Hollin Defence Intelligence (HDI) said 1,050 North Korean soldiers had been killed.",
          "Hollin's deputy minister Ivo Brask said 2,050 North Korean soldiers had been wounded.",
        ].join("\n"),
      ),
    ]);
    const roles = (name: string): string[] => [...(entities.find((e) => e.name === name)?.roles ?? [])];
    expect(roles("Cardew Agency")).toEqual([]);
    expect(roles("Hollin Defence Intelligence").filter((r) => /[(]/.test(r))).toEqual([]);
    expect(roles("Ivo Brask")).toEqual(["Hollin's deputy minister"]);
  });
});

describe("a country's claim, and a long body name, before a figure", () => {
  it("'Ukraine's claim of 4,700' is Ukraine's; a five-word body's 'estimate of 3,000' keeps its whole name", () => {
    const { claims } = extractCorpus([
      article(
        "p-claim-of",
        "These figures are higher than the Northern Hollin Joint Defence Staff's estimate of 3,050 casualties and lower than Ukraine's claim of 4,750.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["3,050", "Northern Hollin Joint Defence Staff"],
      ["4,750", "Ukraine"],
    ]);
  });
});

describe("a country of two words as the subject", () => {
  it("'South Korea says', 'Secretary General, South Korea says' and 'Q: the United States says' credit the country", () => {
    const { claims } = extractCorpus([
      article(
        "c-country",
        [
          "South Korea says around 11,050 North Korean soldiers are in Russia.",
          "Secretary General, South Korea says around 11,150 North Korean soldiers are in Russia. Can you confirm that?",
          "Q: The United States says 10,050 North Korean soldiers are in Russia.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["around 11,050", "South Korea"],
      ["around 11,150", "South Korea"],
      ["10,050", "United States"],
    ]);
  });
});

describe("an outlet's generic ending in lower case", () => {
  it("'Yonhap news agency' is the front matter's 'Yonhap'", () => {
    const meta = ArticleMetaSchema.parse({ title: "Relay", publisher: "The Probe Times", relays: ["Yonhap"] });
    const body = "About 2,050 North Korean troops have died, Yonhap news agency reported, citing the Cardew Agency.\n";
    const { claims, entities } = extractCorpus([{ slug: "y-lower", file: "y-lower.md", meta, body, bodyLine: 1 }]);
    expect(claims[0]?.via.map((v) => [v.id, v.name])).toEqual([["yonhap", "Yonhap"]]);
    expect(entities.filter((e) => /yonhap/i.test(e.name)).length).toBe(1);
  });
});

describe("a lawmaker after a briefing by 'Seoul's spy agency'", () => {
  it("relays the agency's figure", () => {
    const { claims } = extractCorpus(
      [
        article(
          "l-seoul-spy",
          "Some 4,750 North Korean soldiers have been killed or wounded, Seoul's spy agency said in its latest assessment.\nOf those, roughly 2,050 were killed, AFP quoted lawmaker Oda Rinn as saying after the briefing.\n",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null, c.relayedBy?.name ?? null])).toEqual([
      ["Some 4,750", "south-korea-nis", null],
      ["roughly 2,050", "south-korea-nis", "Oda Rinn"],
    ]);
  });
});

describe("'alleged that', a described body's earlier estimate, and a mixed-case acronym", () => {
  it("credits 'the spy agency alleged that …', 'the agency's previous estimate of 300' and 'the MoD said'", () => {
    const { claims } = extractCorpus(
      [
        article(
          "a-alleged",
          [
            "Earlier, South Korea's spy agency alleged that Pyongyang was paid $2,050 for every soldier per month.",
            "The Cardew Agency said 1,150 North Korean soldiers were killed. This is up from the agency's previous estimate of 310 in November last year.",
            "The MoD said 12,050 North Korean soldiers were in Russia.",
            "Moscow rejected reports about the alleged presence of 11,050 North Korean servicemen in Kursk.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["$2,050", "pay-per-soldier", "South Korea's National Intelligence Service"],
      ["1,150", "casualties-killed", "Cardew Agency"],
      ["310", "casualties-killed", "Cardew Agency"],
      ["12,050", "troops-deployed", "MoD"],
      ["11,050", "troops-deployed", null],
    ]);
  });
});

describe("a figure in scare quotes, and a figure 'circulated by' someone the speaker calls false", () => {
  it("is the agent's figure, disputed by the speaker", () => {
    const { claims } = extractCorpus([
      article(
        "s-so-called",
        [
          'Spokesman Ivo Brask told reporters that the so-called "10,050 North Korean troops" cited by Hollin were "a fantasy of Hollin intelligence."',
          'Spokeswoman Ana Veld said the so-called casualty figures of "hundreds of dead Koreans" spread by Ardis were "pure propaganda."',
          "Ana Veld said the figure of 310 dead circulated by Ardis was false.",
          "The 11,050 troops reported by Ardis are in Kursk, Veld said.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["10,050", "Hollin", "Ivo Brask"],
      ["hundreds", "Ardis", "Ana Veld"],
      ["310", "Ardis", "Ana Veld"],
      ["11,050", "Ardis", null],
    ]);
  });
});

describe("an interview whose introduction names the one who asks", () => {
  it("credits the answers to the interviewee, not to the editor who spoke with them", () => {
    const { claims } = extractCorpus([
      article(
        "i-qa",
        [
          "Senior fellow Oda Rinn spoke with Hollin Review editor Ana Veld about the deployment.",
          "Q: How many North Korean soldiers are in Russia right now?",
          "A: Our best estimate is between 13,050 and 15,050.",
          "Q: And losses?",
          "A: Very heavy. I think a reasonable figure is about 6,050 casualties.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["between 13,050 and 15,050", "Oda Rinn"],
      ["about 6,050", "Oda Rinn"],
    ]);
  });
});

describe("'the agency' after the same sentence names the NIS", () => {
  it("is the NIS, not an agency named in an earlier sentence", () => {
    const { claims } = extractCorpus(
      [
        article(
          "n-agency",
          "Ukraine's military intelligence agency said 12,050 troops were in Kursk.\nLawmaker Oda Rinn said after the NIS briefing that the agency estimated Pyongyang earns as much as $510 million a year from the deployment.\n",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null])).toEqual([
      ["12,050", "ukraines-military-intelligence-agency"],
      ["as much as $510 million a year", "south-korea-nis"],
    ]);
  });
});

describe("two sources set against each other with 'while'", () => {
  it("each keeps its own figure, and the outlet of one is not the relay of the other", () => {
    const { claims } = extractCorpus([
      article(
        "w-while",
        "Hanbit Ilbo put North Korean casualties at around 6,050, while the Kyiv Monitor counted at least 4,750 killed and wounded.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["around 6,050", "Hanbit Ilbo", []],
      ["at least 4,750", "Kyiv Monitor", []],
    ]);
  });
});

describe("an intelligence body named with and without its generic noun", () => {
  it("'Ukraine's military intelligence' and 'Ukraine's military intelligence agency' are one body, across articles", () => {
    const { claims } = extractCorpus([
      article("m-one", "Ukraine's military intelligence said 12,050 troops were in Kursk.\n"),
      article("m-two", "Ukraine's military intelligence agency said 4,050 North Korean soldiers were killed.\n"),
    ]);
    expect(new Set(claims.map((c) => c.attributedTo?.id)).size).toBe(1);
  });
});

describe("a digest line that opens with an outlet", () => {
  it("'Reuters: the agency says …' relays the agency's figure through Reuters; a label that is no outlet relays nothing", () => {
    const { claims } = extractCorpus(
      [
        article(
          "d-digest",
          [
            "Reuters: South Korea's spy agency says about 15,050 North Korean troops are now in Russia.",
            "BBC: Ukraine says 4,050 North Koreans have been killed.",
            "Killed: 1,050 (HUR, January)",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["about 15,050", "South Korea's National Intelligence Service", ["Reuters"]],
      ["4,050", "Ukraine", ["BBC"]],
      ["1,050", "Ukraine's military intelligence agency", []],
    ]);
  });
});

describe("pay figures set against others, corrected or denied outright", () => {
  it("reads 'bears no relation to', 'well above the figure cited by', 'The figure reported by X is', 'leaving soldiers with' and intelligence 'gathered from defectors'", () => {
    const { claims } = extractCorpus(
      [
        article(
          "p-pay",
          [
            "A former officer says the figure of $2,050 a month bears no relation to what soldiers actually receive.",
            "Russia is paying Pyongyang as much as $2,550 a month per soldier, a person familiar with the matter said, well above the figure cited by Seoul.",
            "Correction: An earlier version of this article said soldiers were paid $3,050 a month. The figure reported by the Cardew Agency is $2,050 a month.",
            "Analyst Dana Whit said the regime probably keeps about 80 per cent, leaving soldiers with around $410.",
            "Troops are each paid roughly $2,150 per month, South Korea's spy agency said, citing intelligence gathered from defectors.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(
      claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.stance]),
    ).toEqual([
      ["$2,050 a month", "context", null, "A former officer", "asserts"],
      [
        "as much as $2,550 a month per soldier",
        "pay-per-soldier",
        "a person familiar with the matter",
        null,
        "asserts",
      ],
      ["$3,050 a month", "pay-per-soldier", null, null, "disputes"],
      ["$2,050 a month", "pay-per-soldier", "Cardew Agency", null, "asserts"],
      ["about 80 per cent", "regime-share", "Dana Whit", null, "asserts"],
      ["around $410", "soldier-take-home", "Dana Whit", null, "asserts"],
      ["roughly $2,150 per month", "pay-per-soldier", "South Korea's National Intelligence Service", null, "asserts"],
    ]);
  });
});

describe("speakers in everyday wire shapes", () => {
  it("credits 'telling parliament that …' to the appositive's name, 'traders say', 'Lt Gen X says' and 'the US said'", () => {
    const { claims } = extractCorpus([
      article(
        "e-shapes",
        [
          "Hollin's defence minister, Yoon Tae-ho, gave a lower estimate on Tuesday, telling parliament that about 2,050 North Korean soldiers had died.",
          "A soldier's family gets around 60,050 won a month, traders say.",
          "Hollin's intelligence chief, Lt Gen Oleh Marchuk, says 11,050 North Korean troops are there.",
          "North Korea has sent about 11,150 troops, the US said.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 2,050", "Yoon Tae-ho"],
      ["around 60,050 won a month", "traders"],
      ["11,050", "Oleh Marchuk"],
      ["about 11,150", "The US"],
    ]);
  });
});

describe("a body named by the country before it", () => {
  it("'Its military said' after a sentence that opens with a country is that country's military, not a body called 'Its military'", () => {
    const { claims } = extractCorpus([
      article(
        "its-body",
        [
          "Ukraine has given higher numbers. Its military said in February that more than 4,050 North Korean soldiers had been killed.",
          "Russia keeps its own count. Its defence ministry said 310 North Korean soldiers had died.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["more than 4,050", "Ukraine's military"],
      ["310", "Russia's defence ministry"],
    ]);
  });
});

describe("a claim called false", () => {
  it("'called the report that … a fabrication' and 'called the figure … \"a fairy tale\"' dispute it; 'cited by Seoul propaganda' keeps Seoul's credit; 'so-called' calls nothing", () => {
    const { claims } = extractCorpus([
      article(
        "called-false",
        [
          "Moscow called the report that 3,050 North Korean soldiers had died a fabrication.",
          "Peskov called the figure of 11,050 North Korean troops cited by Seoul propaganda.",
          "The Pentagon called the report that 12,050 North Korean troops were in Kursk credible.",
          'Peskov said the so-called "10,050 North Korean troops" cited by Washington were "a fantasy".',
          'Mr Valentov called the figure of 12,150 troops cited by Seoul "a fairy tale."',
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["3,050", null, "Moscow"],
      ["11,050", "Seoul", "Peskov"],
      ["12,050", null, null],
      ["10,050", "Washington", "Peskov"],
      ["12,150", "Seoul", "Valentov"],
    ]);
  });
});

describe("a second verb joined by 'and'", () => {
  it("'called the figure \"fantasy\" and said only 200 …' credits the 200 to the speaker, undisputed; 'said … and added that …' keeps each figure's own kind", () => {
    const { claims } = extractCorpus([
      article(
        "joined-verbs",
        [
          "Kyiv said 3,150 North Korean soldiers had been killed.",
          'Analyst Seo Min-ah called the figure "fantasy" and said only 240 soldiers had been killed.',
          "The Harbour Institute said 11,150 troops were sent and added that 1,150 had been killed.",
          "Moscow dismissed the report and said no more than 650 workers were there.",
        ].join("\n"),
      ),
    ]);
    expect(
      claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.stance]),
    ).toEqual([
      ["3,150", "casualties-killed", "Kyiv", null, "asserts"],
      ["240", "casualties-killed", "Seo Min-ah", null, "asserts"],
      ["11,150", "troops-deployed", "Harbour Institute", null, "asserts"],
      ["1,150", "casualties-killed", "Harbour Institute", null, "asserts"],
      ["no more than 650", "context", "Moscow", null, "asserts"],
    ]);
  });
});

describe("a figure named as a figure", () => {
  it("'no evidence for the $2,050 figure, which was first reported from a … briefing' disputes the briefing's figure; a later 'the $2,050 number' stays the briefing's", () => {
    const { claims } = extractCorpus([
      article(
        "figure-named",
        [
          "Russia pays North Korean soldiers $2,050 a month, the Pentagon said.",
          "Han Seo-yeon, a senior fellow at a Seoul institute, said there was no evidence for the $2,050 figure, which was first reported from a National Intelligence Service briefing.",
          '"The $2,050 number has been repeated by a dozen outlets, but it all traces back to one briefing," Han said.',
          "There is no evidence that the 11,050 troops have suffered heavy losses, Han said.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.stance])).toEqual([
      ["$2,050 a month", "Pentagon", null, "asserts"],
      ["$2,050", "National Intelligence Service", "Han Seo-yeon", "asserts"],
      ["$2,050", "Pentagon", null, "asserts"],
      ["11,050", "Han Seo-yeon", null, "asserts"],
    ]);
  });

  it("'… and that the $2,050 includes bonuses' is the figure already credited, mentioned, not the speaker's own", () => {
    const { claims } = extractCorpus([
      article(
        "figure-subject",
        [
          "The Cardew Agency says Russia pays each soldier $2,050 a month.",
          "Marta Kowal, an economist, argues that the base payment is nearer $810 and that the $2,050 includes bonuses.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["$2,050 a month", "Cardew Agency"],
      ["nearer $810", "Marta Kowal"],
      ["$2,050", "Cardew Agency"],
    ]);
  });

  it("'We also doubt the reported pay of $2,050 a month; in our view …' rejects only the figure of its own clause", () => {
    const { claims } = extractCorpus([
      article(
        "we-doubt",
        "We also doubt the reported pay of $2,050 a month; in our view Russia pays about $810 a month per soldier, and the soldiers see $30 to $50 of it.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.stance])).toEqual([
      ["$2,050 a month", "disputes"],
      ["about $810 a month per soldier", "asserts"],
      ["$30 to $50", "asserts"],
    ]);
  });
});

describe("someone unnamed at a body", () => {
  it("'A senior official at South Korea's National Intelligence Service said' is an unnamed source, not a body of that name", () => {
    const { entities, claims } = extractCorpus([
      article(
        "unnamed-at-body",
        "A senior official at South Korea's National Intelligence Service said about 11,050 North Korean troops were in Russia.",
      ),
    ]);
    const id = claims[0]?.attributedTo?.id;
    expect(id).toBeDefined();
    expect([...entities].find((e) => e.id === id)?.type).toBe("group");
  });
});

describe("a name in either order", () => {
  it("'Min-jun Park' in one article is 'Park Min-jun' of another; 'Park Ji-hoon' stays apart", () => {
    const { claims } = extractCorpus([
      article(
        "order-a",
        "Park Min-jun, a deputy director of the spy agency, said about 11,050 North Korean troops were in Russia.",
      ),
      article(
        "order-b",
        "Min-jun Park said 2,050 North Korean soldiers had been wounded. Park Ji-hoon said 3,050 had died.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null])).toEqual([
      ["about 11,050", "park-minjun"],
      ["2,050", "park-minjun"],
      ["3,050", "park-jihoon"],
    ]);
  });
});

describe("what a source told the article's own publisher", () => {
  it("is not relayed through the outlet the article's front matter relays; the relayed report still is", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented relay",
      publisher: "Morning Wire",
      relays: ["Harbour Ledger"],
    });
    const body = [
      "Roughly 11,050 North Korean troops have been sent to Russia, the Harbour Ledger reported, citing South Korea's spy agency.",
      "Separately, Park Ji-hoon, a defector, told Morning Wire that soldiers are promised bonuses they never receive.",
      '"I was promised $310 for a posting in Siberia and received nothing," Park Ji-hoon said.',
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "told-us", file: "told-us.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["Roughly 11,050", "South Korea's spy agency", ["Harbour Ledger"]],
      ["$310", "Park Ji-hoon", []],
    ]);
  });

  it("holds for a publisher whose name no word marks as an outlet ('told Nordic Monitor')", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented relay",
      publisher: "Nordic Monitor",
      relays: ["Pacific Courier"],
    });
    const body = [
      "According to the Pacific Courier, the NIS says Russia pays each North Korean soldier about $2,050 a month.",
      "But Miriam Ostrander, a senior fellow, told Nordic Monitor that she had seen nothing to support it.",
      '"The soldiers are promised something closer to $510 a month," Ostrander said.',
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "told-monitor", file: "told-monitor.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.via.map((v) => v.name)])).toEqual([
      ["about $2,050 a month", ["Pacific Courier"]],
      ["closer to $510 a month", []],
    ]);
  });
});

describe("whose count or calculation", () => {
  it("'By Reuters' count' credits Reuters; '…, by the Review's calculation' credits the result, not the figures it was worked out from", () => {
    const { claims } = extractCorpus([
      article(
        "own-count",
        [
          "By Reuters' count, at least 1,050 North Korean soldiers have died and 3,050 were wounded.",
          "At $2,050 a month for each of the 11,050 soldiers, the deployment brings in about $22.6 million a month, by the Review's calculation.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.basis?.count ?? null])).toEqual([
      ["at least 1,050", "Reuters", null],
      ["3,050", "Reuters", null],
      ["$2,050 a month", null, null],
      ["about $22.6 million a month", "Review", 11050],
    ]);
  });
});

describe("a publication's report that a source said", () => {
  it("'Kyodo News reports that the spy agency told lawmakers that …' is the agency's figure relayed by Kyodo News; 'Reuters reported that the NIS said' likewise", () => {
    const { claims } = extractCorpus([
      article(
        "reports-that",
        [
          "Kyodo News reports that South Korea's spy agency told lawmakers that about 11,050 North Korean troops were in Russia.",
          "Reuters reported on Tuesday that the Pentagon said 12,050 North Korean troops were in Kursk.",
          "Kyodo News reports that 10,050 North Korean troops were in Russia.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["about 11,050", "South Korea's spy agency", ["Kyodo News"]],
      ["12,050", "Pentagon", ["Reuters"]],
      ["10,050", "Kyodo News", []],
    ]);
  });
});

describe("officials the article counts apart", () => {
  it("'the second official said, estimating that …' credits the second official; 'The first official' is not the 'another official' met before", () => {
    const { claims } = extractCorpus([
      article(
        "two-officials",
        [
          '"The losses are staggering," the second official said, estimating that North Korean units had suffered some 4,050 casualties.',
          '"They are not trained for this," another official said, adding that about 1,050 North Korean soldiers had been wounded.',
          "The first official said 11,050 North Korean troops were in Russia.",
          "Lee Sang-min, a former officer, spoke to us. The former officer said 310 North Korean soldiers had died.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["some 4,050", null, "the second official"],
      ["about 1,050", "another official", null],
      ["11,050", null, "The first official"],
      ["310", "Lee Sang-min", "The former officer"],
    ]);
  });
});

describe("whose figure a relative clause says it is", () => {
  it("reads 'a number the NIS revised upward to 3,400', 'a figure the Pentagon disputes' and 'the 11,000 troops South Korea's spy agency says were sent'", () => {
    const { claims } = extractCorpus([
      article(
        "relative-clauses",
        [
          "The JCS said casualties stood at about 3,050, a number the NIS revised upward to 3,450.",
          "Kyiv says 11,050 North Korean troops are in Russia, a figure the Pentagon disputes.",
          "Moscow pays for the 11,150 troops South Korea's spy agency says were sent.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["about 3,050", "JCS", null],
      ["3,450", "NIS", null],
      ["11,050", "Kyiv", "Pentagon"],
      ["11,150", "South Korea's spy agency", null],
    ]);
  });
});

describe("a live page's withdrawn entry", () => {
  it("'In an earlier entry we reported that 1,050 … That was wrong' rejects the figure; the corrected one stands", () => {
    const { claims } = extractCorpus([
      article(
        "live-entry",
        "In an earlier entry we reported that 1,050 North Korean soldiers had been killed. That was wrong: the correct figure is 110.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.stance])).toEqual([
      ["1,050", "disputes"],
      ["110", "asserts"],
    ]);
  });

  it("'in the 09:20 entry we said …' and 'our earlier post gave …' withdraw the figure they repeat", () => {
    const { claims } = extractCorpus([
      article(
        "live-entries",
        [
          "11:30 GMT – Correction: in the 09:20 entry we said 1,260 North Korean soldiers had died.",
          "12:30 GMT – Clarification: our earlier post gave the number of North Korean troops as 14,060.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.stance, c.attributedTo])).toEqual([
      ["1,260", "disputes", null],
      ["14,060", "disputes", null],
    ]);
  });
});

describe("a possessive before 'estimate'", () => {
  it("'higher than the Pentagon's estimate, perhaps 6,050' credits the speaker, never a body called \"Pentagon's\"; 'These figures are higher than the NIS's estimate of 3,050' is the NIS's", () => {
    const { claims } = extractCorpus([
      article(
        "possessive-estimate",
        [
          "North Korean casualties keep rising.",
          "Hiroshi Tanaka said North Korean casualties were higher than the Pentagon's estimate, perhaps 6,050.",
          "These figures are higher than the NIS's estimate of 3,050 casualties and lower than Ukraine's claim of 4,750.",
          "By the Ledger's calculation, some 3,150 of the 11,050 North Korean troops have been killed or wounded.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["perhaps 6,050", "Hiroshi Tanaka"],
      ["3,050", "NIS"],
      ["4,750", "Ukraine"],
      ["some 3,150", "Ledger"],
      ["11,050", null],
    ]);
  });
});

describe("a name with 'the X spokesman' after it", () => {
  it("'Oleksiy Varta, the HUR spokesman, said' credits Varta, not an unnamed 'HUR spokesman'", () => {
    const { claims } = extractCorpus([
      article(
        "the-spokesman",
        [
          "Oleksiy Varta, the HUR spokesman, said 3,050 North Korean soldiers had been killed.",
          "Dana Whit, the Pentagon press secretary, said 11,050 North Korean troops were in Russia.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["3,050", "Oleksiy Varta"],
      ["11,050", "Dana Whit"],
    ]);
  });
});

describe("an outlet's one-word name in its own story or a story relaying it", () => {
  it("'The Courier worked out that …' is the relayed Pacific Courier's; 'told the Ledger' is the publisher's own reporting", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented relay",
      publisher: "Seoul Ledger",
      relays: ["Pacific Courier"],
    });
    const body = [
      "According to the Pacific Courier, the NIS says Russia pays each North Korean soldier about $2,050 a month.",
      "The Courier worked out that the deployment brings in $22.6 million a month for Pyongyang.",
      "Baek Seung-ho, a former official, told the Ledger that he believed 18,050 North Korean soldiers had been sent.",
      "By the Ledger's calculation, some 3,150 North Korean soldiers have been killed or wounded.",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "short-names", file: "short-names.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["about $2,050 a month", "NIS", ["Pacific Courier"]],
      ["$22.6 million a month", "Pacific Courier", []],
      ["18,050", "Baek Seung-ho", []],
      ["some 3,150", "Seoul Ledger", []],
    ]);
  });
});

describe("a speaker after a contrast", () => {
  it("'…, but researcher Park says … closer to 15,050' credits Park with her own figure only; a trailing '…, the NIS said' still credits the whole sentence", () => {
    const { claims } = extractCorpus([
      article(
        "contrast",
        [
          "Some 11,050 North Korean troops are in Russia, but researcher Park Ji-won says the real number is closer to 15,050.",
          "A widely cited figure of $2,050 per soldier a month would put the bill at around $336 million a year, though Yun Mi-rae argues that Pyongyang keeps at least 90% of it.",
          "North Korean soldiers are paid about $2,150 a month, but the regime keeps 80% of the money, the NIS said on Friday.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["Some 11,050", null],
      ["closer to 15,050", "Park Ji-won"],
      ["$2,050 per soldier a month", null],
      ["around $336 million a year", null],
      ["at least 90%", "Yun Mi-rae"],
      ["about $2,150 a month", "NIS"],
      ["80%", "NIS"],
    ]);
  });
});

describe("an 'as X says' aside in a supposition", () => {
  it("'If the regime keeps 90% to 95%, as the NIS says, each soldier would be left with $1,250 to $2,450 a year': the share is the NIS's, the sum the writer's", () => {
    const { claims } = extractCorpus([
      article(
        "as-says",
        [
          "Russia pays each soldier $2,050 a month, the NIS said.",
          "If the regime keeps 90% to 95%, as the NIS says, each soldier would be left with $1,250 to $2,450 a year.",
          "As the NIS says, the regime keeps 91% of the $2,050 a month.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["$2,050 a month", "NIS"],
      ["90% to 95%", "NIS"],
      ["$1,250 to $2,450 a year", null],
      ["91%", "NIS"],
      ["$2,050 a month", "NIS"],
    ]);
  });
});

describe("a source in the premise the writer starts from", () => {
  it("'Adding … to the 15,050 troops that the spy agency says were sent, the number would reach some 21,050' and 'With about 15,050 troops by the NIS's count, … would bring some $27.1 million' are the writer's results", () => {
    const { claims } = extractCorpus([
      article(
        "premise",
        [
          "Adding the new workers to the 15,050 troops that the NIS says were sent earlier, the number of North Koreans sent to Russia would reach some 21,050.",
          "With about 15,050 troops in Russia by the NIS's count, and Kang's figures for the pay, the deployment would bring the regime some $27.1 million a month.",
          "With 15,050 troops in Russia, the NIS said the regime would earn $30.2 million a month.",
          "Adding the workers, the NIS says 21,050 North Koreans were sent.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["15,050", "troops-deployed", "NIS"],
      ["some 21,050", "troops-projected", null],
      ["some $27.1 million a month", "pay-total", null],
      ["$30.2 million a month", "pay-total", "NIS"],
      ["21,050", "troops-deployed", "NIS"],
    ]);
  });
});

describe("speakers the grammar used to swallow whole", () => {
  it("reads a person of a body in common words, a verb the figure begins with, an estimate 'from X', lawmakers 'briefed by' a body, 'came from X, which said' and 'the Joint Chiefs of Staff'", () => {
    const { claims } = extractCorpus([
      article(
        "swallowed",
        [
          "Colonel Marten Rook of the defence intelligence staff told members that about 12,050 North Korean soldiers had been sent to Russia by January.",
          "He said that at least 1,050 of them had been killed.",
          "Host Mira Castello noted that the NIS had estimated 1,150 dead in January.",
          "By the most widely cited estimate, from the NIS, about 15,050 soldiers have served there.",
          "South Korean lawmakers briefed by the NIS put the monthly pay at about $2,050 per soldier.",
          "The highest estimate of deaths we found came from the Kyiv Defence Monitor, which said in February that about 4,050 North Koreans had been killed.",
          "About 11,050 troops were sent, according to South Korea's Joint Chiefs of Staff.",
        ].join("\n"),
      ),
      article(
        "swallowed-lawmaker",
        [
          "The regime keeps up to 81% of the pay, said lawmaker Choi Min-jae of South Korea's parliamentary intelligence committee on Tuesday.",
          "He said a total of 14,050 soldiers had been deployed by April.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 12,050", "Marten Rook"],
      ["at least 1,050", "Marten Rook"],
      ["estimated 1,150", "NIS"],
      ["about 15,050", "NIS"],
      ["about $2,050 per soldier", "NIS"],
      ["about 4,050", "Kyiv Defence Monitor"],
      ["About 11,050", "South Korea's Joint Chiefs of Staff"],
      ["up to 81%", "Choi Min-jae"],
      ["14,050", "Choi Min-jae"],
    ]);
  });
  it("leaves 'the spy agency' of the alias file uncredited after the text named another agency that shares only its last word", () => {
    const { claims } = extractCorpus(
      [
        article(
          "two-agencies",
          [
            "Ukraine's military intelligence agency said in February that about 4,050 North Koreans had been killed.",
            "South Korean lawmakers briefed by the spy agency put the monthly pay at about $2,050 per soldier.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 4,050", "Ukraine's military intelligence agency"],
      ["about $2,050 per soldier", "South Korean lawmakers"],
    ]);
  });
});

describe("an unnamed speaker and what they said about someone", () => {
  it("'The relative … said Kim served in Unit 10045. She said …' credits no one named, never 'Unit' or Kim", () => {
    expect(
      findSpeechActs("The relative, who lives in Incheon, said Kim served in Unit 10045 before the deployment.").map(
        (a) => a.subject?.text ?? null,
      ),
    ).toEqual(["The relative"]);
    const { claims } = extractCorpus([
      article(
        "unnamed-she",
        [
          "Kim Chol-jin was 19 when he left his home in Hyesan, his mother told a relative.",
          "The relative, who lives in Incheon, said Kim served in Unit 10045 before the deployment.",
          "She said 610 other young men from the same county were sent to Russia that week.",
          "“It was hard,” said Lee Min-ho, who served in the army, adding that 1,050 soldiers had died.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["610", null, "She"],
      ["1,050", "Lee Min-ho", null],
    ]);
  });
});

describe("sources named in ways the grammar had missed", () => {
  it("'according to Seoul', 'according to South Korea', 'Per the Tokyo Morning Wire', 'the UN Panel on Korean Human Rights' and 'the 11,850 troops the panel says were deployed'", () => {
    const { claims } = extractCorpus([
      article(
        "missed-sources",
        [
          "North Korean soldiers, of whom some 11,050 were deployed last year according to Seoul, are fighting in Kursk.",
          "Some 12,050 soldiers were deployed, according to South Korea.",
          "3. Per the Tokyo Morning Wire, each soldier is paid $2,550 a month by Moscow.",
          "A report released Monday by the UN Panel on Korean Human Rights estimates that 4,750 North Korean soldiers were killed or wounded.",
          "About 40 percent of the 11,850 troops the panel says were deployed were wounded.",
          "Kim on Monday said 310 North Korean soldiers were killed.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["some 11,050", "Seoul"],
      ["Some 12,050", "South Korea"],
      ["$2,550 a month", "Tokyo Morning Wire"],
      ["4,750", "UN Panel on Korean Human Rights"],
      ["About 40 percent", null],
      ["11,850", "UN Panel on Korean Human Rights"],
      ["310", "Kim"],
    ]);
  });
});

describe("a speaker described, then named, after the quotation", () => {
  it("'“…,” said the report's author, Helen Marsh.' credits Helen Marsh, described as the report's author; 'said the spokesman.' stays a description", () => {
    expect(
      findSpeechActs("“It is about 310,” said the report's author, Helen Marsh.").map((a) => [
        a.subject?.name ?? null,
        a.subject?.role ?? null,
      ]),
    ).toEqual([["Helen Marsh", "the report's author"]]);
    // ("said its author, Mara Lind": a possessive determiner describes as well.)
    expect(
      findSpeechActs("“It is about 310,” said its author, Mara Lind.").map((a) => [
        a.subject?.name ?? null,
        a.subject?.role ?? null,
      ]),
    ).toEqual([["Mara Lind", "its author"]]);
    const { claims } = extractCorpus([
      article(
        "described-named",
        "“About 310 North Korean soldiers have died,” said the agency's director, Kim Ho-sung, on Monday.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["About 310", "Kim Ho-sung", null],
    ]);
    expect(findSpeechActs("“It is about 310,” said the spokesman.").map((a) => a.subject?.form)).toEqual([
      "description",
    ]);
  });
});

describe("whose figure the pay is, in a relative clause", () => {
  it("'the $2,050 a month that South Korean intelligence officials say Russia pays' is the officials' figure, not the defector's", () => {
    const { claims } = extractCorpus([
      article(
        "says-pays",
        "Choi Min-guk, a defector, said soldiers would be lucky to see $110 of the $2,050 a month that South Korean intelligence officials say Russia pays for each of them.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["$110", "Choi Min-guk"],
      ["$2,050 a month", "South Korean intelligence officials"],
    ]);
  });
});

describe("a participle after a determiner", () => {
  it("'Doubts grow over the reported pay …' names no speaker; 'an estimated 11,050' and 'revised its estimate' keep their speakers", () => {
    const subjects = (s: string): (string | null)[] => findSpeechActs(s).map((a) => a.subject?.text ?? null);
    expect(subjects("Doubts grow over the reported pay of North Korean soldiers")).toEqual([]);
    expect(subjects("The agency said that an estimated 11,050 troops were there.")).toEqual(["The agency"]);
    expect(subjects("The NIS revised its estimate.")).toEqual(["The NIS"]);
  });
});

describe("a body's acronym before a title", () => {
  it("'NATO Secretary General Mark Rutte' and 'NIS Director Kim Ho-sung' are the people, and a bare acronym stays the body", () => {
    const { claims } = extractCorpus([
      article(
        "acronym-title",
        [
          "NATO Secretary General Mark Rutte said more than 10,050 North Korean troops had been sent to Russia.",
          "NIS Director Kim Ho-sung said 11,050 North Korean troops were in Kursk.",
          "HUR said 3,050 North Korean soldiers had died.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["more than 10,050", "Mark Rutte"],
      ["11,050", "Kim Ho-sung"],
      ["3,050", "HUR"],
    ]);
  });
});

describe("an unnamed group that passes a figure on", () => {
  it("'…, lawmakers said after a closed-door briefing by the National Intelligence Service' credits the agency and names no publication", () => {
    const { claims } = extractCorpus([
      article(
        "lawmakers-briefing",
        "At least 110 North Korean soldiers have been killed in Kursk, lawmakers said on Thursday after a closed-door briefing by the National Intelligence Service.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["At least 110", "National Intelligence Service", []],
    ]);
  });
});

describe("fact-check verdicts, denials and labels", () => {
  const rows = (slug: string, body: string): (string | null)[][] =>
    extractCorpus([article(slug, body)]).claims.map((c) => [
      c.figure,
      c.kind,
      c.attributedTo?.name ?? null,
      c.attributedAs ?? null,
      c.stance,
      c.disputedBy?.name ?? null,
    ]);

  it("a claim a fact-check rates false stays its maker's, disputed by the publisher; 'No government has given a figure of …' denies it", () => {
    expect(
      rows(
        "rated-false",
        [
          "Claim: A post shared widely on social media says that 10,150 North Korean soldiers have died fighting for Russia.",
          "Verdict: False. No government or researcher has given a figure of 10,150 dead.",
          "The highest official figure for North Korean dead is the 4,150 given by Ukraine's military intelligence agency in March.",
        ].join("\n"),
      ),
    ).toEqual([
      ["10,150", "casualties-killed", "A post", null, "asserts", "Test Gazette"],
      ["10,150", "casualties-killed", null, null, "disputes", null],
      ["4,150", "casualties-killed", "Ukraine's military intelligence agency", null, "asserts", null],
    ]);
  });

  it("'A post says' and a post shared on a platform ('on Telegram') are the post's, not the platform's", () => {
    expect(
      rows(
        "short-post",
        [
          "CLAIM: A post says that 10,250 North Korean soldiers have died in Ukraine.",
          "VERDICT: False.",
          "Claim: A post shared widely on Telegram says that 10,350 North Korean soldiers have died.",
          "Rating: False.",
          "The post also says each soldier is paid $10,450 a month.",
        ].join("\n"),
      ).map((r) => [r[0], r[2], r[4], r[5]]),
    ).toEqual([
      ["10,250", "A post", "asserts", "Test Gazette"],
      ["10,350", "A post", "asserts", "Test Gazette"],
      ["$10,450 a month", "A post", "asserts", null],
    ]);
  });

  it("'about 14,250 soldiers, not 15,250' sets the second figure aside: the speaker disputes it; an unnamed speaker's words name no source of it", () => {
    expect(
      rows(
        "not-instead",
        [
          "Analyst Mira Holt said the figure is about 14,250 soldiers, not 15,250, after a transcription error.",
          "The ministry said 350 soldiers had died, not 3,250 as reported.",
          "Seoul said North Korea sent 12,250 troops, not all of them combat troops.",
        ].join("\n"),
      ).map((r) => [r[0], r[2], r[3], r[4], r[5]]),
    ).toEqual([
      ["about 14,250", "Mira Holt", null, "asserts", null],
      ["15,250", null, null, "disputes", "Mira Holt"],
      ["350", null, "The ministry", "asserts", null],
      ["3,250", null, null, "disputes", null],
      ["12,250", "Seoul", null, "asserts", null],
    ]);
  });

  it("a rated-false claim that itself rejects a figure ('… said that reports of 12,150 troops were \"propaganda\"') keeps its speaker as the one who disputes it", () => {
    expect(
      rows(
        "rated-denial",
        [
          'CLAIM: Russia\'s state broadcaster Channel One said that reports of 12,150 troops were "Western propaganda".',
          "VERDICT: False.",
        ].join("\n"),
      ),
    ).toEqual([["12,150", "troops-deployed", null, null, "asserts", "Channel One"]]);
  });

  it("'did not say how many of the 4,150 had died' counts nothing; 'accounts from two soldiers captured' is no figure the agency gives", () => {
    expect(
      rows(
        "no-count",
        [
          "The Pentagon said North Korean forces had suffered about 4,150 casualties, killed and wounded together.",
          "She did not say how many of the 4,150 had died.",
          "The agency based its estimate on accounts from two North Korean soldiers captured by Ukraine.",
        ].join("\n"),
      ).map((r) => r.slice(0, 3)),
    ).toEqual([["about 4,150", "casualties-total", "Pentagon"]]);
  });

  it("'thanked … but called Western and Ukrainian reports of thousands of dead \"propaganda\"' is the ministry's denial; 'reports of' and 'the first reports emerged' name no speaker", () => {
    expect(
      rows(
        "denial",
        [
          'Russia\'s defence ministry thanked the "heroic comrades" but called Western and Ukrainian reports of thousands of North Korean dead "propaganda with no basis in fact".',
          "Since October, when the first reports emerged of units training in the Far East, estimates of their number have ranged from 10,150 to 15,150 troops.",
        ].join("\n"),
      ),
    ).toEqual([
      ["thousands", "casualties-killed", null, null, "asserts", "Russia's defence ministry"],
      ["from 10,150 to 15,150", "troops-deployed", null, null, "asserts", null],
    ]);
  });

  it("an answer labelled 'A (Deputy Director Moon Jae-sik, National Intelligence Service):' is his; 'his office said' speaks for the person 'he' is", () => {
    expect(
      rows(
        "labels",
        [
          "Q (Rep. Han Do-yun): How many North Korean soldiers are in Russia today?",
          "A (Deputy Director Moon Jae-sik, National Intelligence Service): We assess that about 11,150 troops remain there.",
          "Q (Rep. Han Do-yun): And how many have been killed?",
          "A (Deputy Director Moon Jae-sik): Roughly 350 have been killed.",
          "Ukrainian President Volodymyr Zelensky said more than 3,150 North Korean soldiers had been killed.",
          "He later revised that figure to 3,850, his office said.",
        ].join("\n"),
      ).map((r) => r.slice(0, 4)),
    ).toEqual([
      ["about 11,150", "troops-deployed", "Moon Jae-sik", null],
      ["Roughly 350", "casualties-killed", "Moon Jae-sik", null],
      ["more than 3,150", "casualties-killed", "Volodymyr Zelensky", null],
      ["3,850", "casualties-killed", "Volodymyr Zelensky", "his office"],
    ]);
  });
});

describe("a range another body gave, kept or published daily", () => {
  it("credits 'the range of … dead that Britain's Ministry of Defence gave' and '… has kept its range …, the Weekly reported' to the ministry; a 'daily intelligence update' is no daily rate; 'twice the number it gave in January' does not date the figure", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Test Gazette",
      published: "2025-02-27",
    });
    const { claims } = extractCorpus([
      {
        slug: "uk-range",
        file: "uk-range.md",
        meta,
        bodyLine: 1,
        body: [
          "Her estimate sits inside the range of 1,050 to 1,550 dead that Britain's Ministry of Defence gave last month, and well above the 650 killed that the Harbour Agency reported, according to the Harbour Times.",
          "Britain's Ministry of Defence has kept its range of 1,050 to 1,550 dead, the Thames Weekly reported.",
          "Britain's Ministry of Defence said in its daily intelligence update on Monday that between 1,050 and 1,550 North Korean soldiers had likely been killed.",
          "The new figure includes about 650 soldiers killed, the Harbour Agency said, twice the number it gave in January.",
        ].join("\n"),
      },
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["1,050 to 1,550", "casualties-killed", "Britain's Ministry of Defence", ["Harbour Times"]],
      ["650", "casualties-killed", "Harbour Agency", ["Harbour Times"]],
      ["1,050 to 1,550", "casualties-killed", "Britain's Ministry of Defence", ["Thames Weekly"]],
      ["between 1,050 and 1,550", "casualties-killed", "Britain's Ministry of Defence", []],
      ["about 650", "casualties-killed", "Harbour Agency", []],
    ]);
  });
});

describe("relays, losses and labelled rows from probe 30", () => {
  it("'a lawmaker briefed by the spy agency', when two spy agencies are named, is not given to the one named last; 'the combined losses stood at' counts casualties, never another army's or a daily rate", () => {
    // The alias file gives "spy agency" to South Korea's National Intelligence Service.
    const { claims, skipped } = extractCorpus(
      [
        article(
          "briefed",
          [
            "The National Intelligence Service said 310 North Korean soldiers had been killed.",
            "Ukraine's military intelligence agency put the number of casualties at 4,150.",
            "Lee Seong-kwon, a lawmaker briefed by the spy agency, told reporters that North Korea had sent about 11,150 soldiers.",
            "The Kyiv Ledger said the combined losses stood at roughly 3,150.",
            "Russian losses stood at about 1,150 a day, the Kyiv Ledger said.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(skipped.map((k) => k.text)).toContain("about 1,150 a day");
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["310", "casualties-killed", "South Korea's National Intelligence Service"],
      ["4,150", "casualties-total", "Ukraine's military intelligence agency"],
      ["about 11,150", "troops-deployed", "Lee Seong-kwon"],
      ["roughly 3,150", "casualties-total", "Kyiv Ledger"],
    ]);
  });

  it("a labelled row whose label holds a year, or whose source is a lower-case group, is read", () => {
    const { claims } = extractCorpus([
      article(
        "rows",
        [
          "Key figures",
          "- Troops sent: 11,150 (Harbour Agency, November 2024)",
          "- Additional troops sent in early 2025: about 3,150 (Joint Chiefs of Staff)",
          "- Share kept by the state: up to 90 per cent (defector groups)",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.scope])).toEqual([
      ["11,150", "troops-deployed", "Harbour Agency", null],
      ["about 3,150", "troops-deployed", "Joint Chiefs of Staff", "additional troops (an increase)"],
      ["up to 90 per cent", "regime-share", "defector groups", null],
    ]);
  });
});

describe("asides, table labels and kin from probe 31", () => {
  it("reads 'Casualties, according to X, have reached about 4,150' as X's casualties; '(Table 3, p. 27)' is no count; 'According to his mother' credits words the site cannot name", () => {
    const { claims, skipped } = extractCorpus([
      article(
        "asides",
        [
          "Casualties, according to the Harbour Agency, have reached about 4,150, among them some 450 dead.",
          "The Lindqvist Institute puts North Korean casualties at roughly 4,250, of which about 1,250 were killed (Table 3, p. 27).",
          "Kang Il-song was born in 2004 in Hamhung.",
          "His mother said he had been told he would earn $2,050 a month.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["about 4,150", "casualties-total", "Harbour Agency", null],
      ["some 450", "casualties-killed", "Harbour Agency", null],
      ["roughly 4,250", "casualties-total", "Lindqvist Institute", null],
      ["about 1,250", "casualties-killed", "Lindqvist Institute", null],
      ["2004", "biography", null, null],
      ["$2,050 a month", "pay-per-soldier", null, "His mother"],
    ]);
    expect(skipped.filter((k) => k.text === "3").map((k) => k.reason)).toEqual(["a page, section or document number"]);
  });
});

describe("questions in an editorial", () => {
  it("'Is it really credible that only 300 …?' doubts the figure; 'Is it true that …?' only asks; the answer to 'what reaches the soldier?' is take-home", () => {
    const { claims, skipped } = extractCorpus([
      article(
        "editorial",
        [
          "Russia pays $2,050 a month for each soldier, the Harbour Agency says.",
          "Is it really credible that only 310 of them have died, as Moscow's friends keep insisting? We doubt it.",
          "We asked the ministry. Is it true that 4,050 have died?",
          "And what reaches the soldier? Perhaps $110, perhaps nothing at all.",
        ].join("\n"),
      ),
    ]);
    expect(skipped.map((k) => [k.text, k.reason])).toEqual([["4,050", "asked in a question, not stated"]]);
    expect(claims.map((c) => [c.figure, c.kind, c.stance])).toEqual([
      ["$2,050 a month", "pay-per-soldier", "asserts"],
      ["310", "casualties-killed", "disputes"],
      ["Perhaps $110", "soldier-take-home", "asserts"],
    ]);
  });
});

describe("'called' before an adjective of a place", () => {
  it("'called Western and Ukrainian reports … propaganda' names no person 'Western'; 'a defector called Kim' still names Kim", () => {
    const { entities } = extractCorpus([
      article(
        "called-western",
        [
          'Russia\'s defence ministry called Western and Ukrainian reports of thousands of dead "propaganda".',
          "A defector called Kim said 310 North Korean soldiers had died.",
        ].join("\n"),
      ),
    ]);
    const names = entities.map((e) => e.name);
    expect(names).not.toContain("Western");
    expect(names).toContain("Kim");
  });
});

describe("an interview's answers in the first person", () => {
  it("'My staff counted more than 650' is the answer's speaker's, and 'I would say about 2,450' is a count of now, not a forecast", () => {
    const { claims, entities } = extractCorpus([
      article(
        "q-first-person",
        [
          "Colonel Petro Marchuk commands an assault brigade in the Kursk region. Our correspondent Lina Berg spoke to him by video link.",
          "Q: How many North Korean soldiers are facing your brigade?",
          "A: In our sector, I would say about 2,450.",
          "Q: Does that match what you see?",
          "A: I think it is too low. My staff counted more than 650 North Korean dead in front of our positions alone.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["about 2,450", "troops-deployed", "Petro Marchuk"],
      ["more than 650", "casualties-killed", "Petro Marchuk"],
    ]);
    expect(entities.some((e) => /staff/i.test(e.name))).toBe(false);
  });
});

describe("a figure put by a source", () => {
  it("'…, put by South Korea's Joint Chiefs of Staff at about 11,450 soldiers, …' is the Joint Chiefs' figure; 'Russia put North Korean troops at the front' credits nobody", () => {
    const { claims } = extractCorpus([
      article(
        "put-by",
        [
          "North Korea's contingent in Russia, put by South Korea's Joint Chiefs of Staff at about 11,450 soldiers, is small.",
          "Russia put 2,450 North Korean troops at the front.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 11,450", "South Korea's Joint Chiefs of Staff"],
      ["2,450", null],
    ]);
  });
});

describe("a lawmaker named with the committee they sit on", () => {
  it("'Rep. Yoon Jae-kyung of the National Assembly's intelligence committee' is a person, so 'the agency' in a later sentence is never that person", () => {
    const { claims, entities } = extractCorpus(
      [
        article(
          "committee-member",
          [
            "Rep. Yoon Jae-kyung of the National Assembly's intelligence committee told reporters that the National Intelligence Service had questioned a defector.",
            "The agency maintains its estimate that about 15,550 North Korean soldiers are in Russia, Yoon said.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null])).toEqual([["about 15,550", "south-korea-nis"]]);
    expect(entities.find((e) => e.name === "Yoon Jae-kyung")?.type).toBe("person");
  });
});

describe("an unnamed military unit as the speaker", () => {
  it("'Its head said', 'Its spokesman said' and 'The agency's head said' credit the body named before, keeping the words", () => {
    const { claims, entities } = extractCorpus([
      article(
        "its-head",
        [
          "The Cardew Agency has put the toll higher. Its head said that more than 4,050 North Korean soldiers had died.",
          "The Cardew Agency briefed lawmakers. Its spokesman said about 650 North Korean soldiers had died.",
          "The Cardew Agency has a higher estimate. The agency's head said that more than 4,150 North Korean soldiers had died.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs])).toEqual([
      ["more than 4,050", "Cardew Agency", "Its head"],
      ["about 650", "Cardew Agency", "Its spokesman"],
      ["more than 4,150", "Cardew Agency", "The agency's head"],
    ]);
    expect(entities.some((e) => /head|spokesman/i.test(e.name))).toBe(false);
  });

  it("'A nurse said …', 'A local resident said …': an unnamed person of any common trade is the source", () => {
    const { claims } = extractCorpus([
      article(
        "trades",
        [
          "A nurse said about 350 wounded North Korean soldiers had passed through the hospital.",
          "A Russian military nurse said about 360 wounded North Korean soldiers had passed through the hospital.",
          "A local resident said about 370 wounded North Korean soldiers had passed through the town.",
          "A volunteer said about 380 wounded North Korean soldiers had passed through the station.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 350", "A nurse"],
      ["about 360", "A Russian military nurse"],
      ["about 370", "A local resident"],
      ["about 380", "A volunteer"],
    ]);
  });

  it("'A Ukrainian drone unit says …' credits that unnamed unit; 'his unit reported …' names no source", () => {
    const { claims, entities } = extractCorpus([
      article(
        "unit-speaker",
        [
          "A Ukrainian drone unit says it has tracked around 450 North Korean soldiers moving into Belgorod.",
          "A Ukrainian brigade said it had killed 350 North Korean soldiers.",
          "Park Tae-ho said his unit reported 250 North Korean soldiers wounded.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["around 450", "A Ukrainian drone unit"],
      ["350", "A Ukrainian brigade"],
      ["250", "Park Tae-ho"],
    ]);
    expect(entities.find((e) => e.name === "A Ukrainian drone unit")?.type).toBe("group");
    expect(entities.some((e) => /^his unit$/i.test(e.name))).toBe(false);
  });
});

describe("whose report a denial rejects, with its time", () => {
  it("'denied a report in the Osaka Evening Post this week that …' is the Post's figure, disputed by whoever denies it", () => {
    const { claims } = extractCorpus([
      article(
        "report-in-this-week",
        [
          "The Pentagon flatly denied a report in the Osaka Evening Post this week that North Korea had sent 20,450 more troops to Russia.",
          "The Pentagon dismissed claims by Ostrava Signal on Monday that 350 North Korean soldiers had been captured.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["20,450", "Osaka Evening Post", "Pentagon"],
      ["350", "Ostrava Signal", "Pentagon"],
    ]);
  });
});

describe("a speaker named after the verb, with a description in lower case or an abbreviated title", () => {
  it("'said economist Marta Kowalczyk', 'said Col. Oleh Marchuk', 'said Tomasz Wielgus in Gdansk' credit the person, the place no part of the name", () => {
    const { claims, entities } = extractCorpus([
      article(
        "described-after-verb",
        [
          "About 11,300 North Korean soldiers are in Kursk, said economist Marta Kowalczyk.",
          "About 12,700 North Korean soldiers are in Kursk, said Col. Oleh Marchuk.",
          "About 9,100 North Korean soldiers are in Kursk, says labour historian Ilse Brandt.",
          "About 8,400 North Korean soldiers are in Kursk, said Tomasz Wielgus in Gdansk.",
          "About 7,200 North Korean soldiers are in Kursk, said soldiers in Sumy.",
        ].join("\n"),
      ),
    ]);
    const credit = (figure: string) => claims.find((c) => c.figure === figure)?.attributedTo?.name ?? null;
    expect(credit("About 11,300")).toBe("Marta Kowalczyk");
    expect(credit("About 12,700")).toBe("Oleh Marchuk");
    expect(credit("About 9,100")).toBe("Ilse Brandt");
    expect(credit("About 8,400")).toBe("Tomasz Wielgus");
    expect(entities.some((e) => / in /.test(e.name))).toBe(false);
    // A labour historian's field is not what the soldiers do.
    expect(claims.find((c) => c.figure === "About 9,100")?.scope ?? null).toBeNull();
  });
});

describe("a group by where it is, a correction's 'misstated', and a figure's giver in a relative clause", () => {
  it("'Local veterans' groups in our region said' is that group, not a person called Local; 'It also misstated … as 3,540' withdraws the figure; '…, which the NIS gave lawmakers' is the NIS's", () => {
    const { claims, entities } = extractCorpus([
      article(
        "where-misstated-which",
        [
          "Local veterans' groups in our region said on Thursday that about 230 North Korean soldiers had been treated in the city hospital.",
          "Correction: An earlier version of this story said 1,230 North Korean soldiers had been killed. It also misstated the number of wounded as 3,540.",
          "The only pay figure with an official source is $2,030 a month per soldier, which South Korea's National Intelligence Service gave lawmakers in November.",
          "Russia pays $2,040 a month per soldier, a figure the NIS gave lawmakers.",
        ].join("\n"),
      ),
    ]);
    const byFigure = (figure: string) => claims.find((c) => c.figure === figure);
    expect(byFigure("about 230")?.attributedTo?.name).toBe("Local veterans' groups");
    expect(entities.some((e) => e.name === "Local")).toBe(false);
    expect(byFigure("1,230")?.stance).toBe("disputes");
    expect(byFigure("3,540")?.stance).toBe("disputes");
    expect(byFigure("3,540")?.attributedTo).toBeNull();
    expect(byFigure("$2,030 a month per soldier")?.attributedTo?.name).toBe(
      "South Korea's National Intelligence Service",
    );
    // (Without the alias file, "NIS" is still the body the article named before by the words it abbreviates.)
    expect(byFigure("$2,040 a month per soldier")?.attributedTo?.name).toBe(
      "South Korea's National Intelligence Service",
    );
  });
});

describe("giving an estimate states it", () => {
  it("'The NIS gave its own tally on the same day: about 310 killed and 2,720 wounded' and 'A Western official offered a higher death toll, telling reporters that around 1,030 …' credit who gave them; 'gave the men $100' credits no one", () => {
    const { claims } = extractCorpus([
      article(
        "gave-a-tally",
        [
          "Ukraine's president said more than 3,030 North Korean soldiers had been killed or wounded.",
          "South Korea's National Intelligence Service gave its own tally on the same day: about 310 killed and 2,720 wounded.",
          "A Western official offered a higher death toll, telling reporters that around 1,030 North Korean soldiers had been killed so far.",
          "Russia gave the men $130 each before they left.",
        ].join("\n"),
      ),
    ]);
    const credit = (figure: string) => claims.find((c) => c.figure === figure)?.attributedTo?.name ?? null;
    expect(credit("about 310")).toBe("South Korea's National Intelligence Service");
    expect(credit("2,720")).toBe("South Korea's National Intelligence Service");
    expect(credit("around 1,030")).toBe("A Western official");
    expect(credit("$130 each")).toBeNull();
  });
});

describe("a body the article has named, described by its country and kind", () => {
  it("'The South Korean agency also said …' after South Korea's National Intelligence Service is that service; 'the Ukrainian agency' never is", () => {
    const { claims, entities } = extractCorpus([
      article(
        "country-and-kind",
        [
          "South Korea's National Intelligence Service raised its estimate to about 11,030 North Korean soldiers.",
          "Ukraine's military intelligence agency said 330 North Korean soldiers had been wounded.",
          "The South Korean agency also said that at least 130 North Korean soldiers had been killed in combat.",
          "The Ukrainian agency said 430 had been killed.",
        ].join("\n"),
      ),
    ]);
    const credit = (figure: string) => claims.find((c) => c.figure === figure)?.attributedTo?.name ?? null;
    expect(credit("at least 130")).toBe("South Korea's National Intelligence Service");
    expect(credit("430")).toBe("Ukraine's military intelligence agency");
    expect(entities.some((e) => /^(?:South Korean|Ukrainian) agency$/.test(e.name))).toBe(false);
  });
});

describe("whose age a figure is", () => {
  it("'had captured a 21-year-old rifleman' is no age of the speaker; 'Kim Min-su, a 27-year-old defector' is Kim's", () => {
    const { claims } = extractCorpus([
      article(
        "whose-age",
        [
          "President Volodymyr Zelensky said Ukraine had captured a 21-year-old North Korean rifleman.",
          "Ukraine captured two North Korean soldiers, a 20-year-old rifleman and a 26-year-old sniper, and Zelensky said a third was being questioned.",
          "Kim Min-su, a 27-year-old defector, said soldiers get $130 a month.",
        ].join("\n"),
      ),
    ]);
    const subject = (figure: string) => {
      const c = claims.find((x) => x.figure === figure);
      expect(c?.kind, figure).toBe("biography");
      return c?.subject?.name ?? null;
    };
    expect(subject("21-year")).toBeNull();
    expect(subject("20-year")).toBeNull();
    expect(subject("26-year")).toBeNull();
    expect(subject("27-year")).toBe("Kim Min-su");
  });

  it("'The 21-year-old said' is no age of the person named on the line before", () => {
    const { claims } = extractCorpus([
      article(
        "the-age",
        [
          "The older prisoner, Ri Yong-chol, said he had served in the army for ten years.",
          "The 21-year-old said he had been told he was going to Russia for training.",
          "The second prisoner, Paek Jin-su, 23, said he had been sent in October.",
        ].join("\n"),
      ),
    ]);
    expect(claims.find((c) => c.figure === "21-year")?.subject).toBeNull();
    expect(claims.find((c) => c.figure === "23")?.subject?.name).toBe("Paek Jin-su");
  });
});

describe("a rejection before a colon", () => {
  it("'Kyiv rejects both counts: Ukraine's defence intelligence says at least 15,300 …' is the intelligence's own figure, not one it disputes", () => {
    const { claims } = extractCorpus([
      article(
        "rejects-colon",
        [
          "Verstka reported that the total had fallen to about 8,300.",
          "Kyiv rejects both counts: Ukraine's defence intelligence says at least 15,300 North Koreans remain in Russia.",
          "Seoul calls that wrong: the NIS says about 11,300 North Korean soldiers are in Russia.",
        ].join("\n"),
      ),
    ]);
    for (const figure of ["at least 15,300", "about 11,300"]) {
      const c = claims.find((x) => x.figure === figure);
      expect(c?.attributedTo, figure).not.toBeNull();
      expect(c?.disputedBy ?? null, figure).toBeNull();
      expect(c?.stance, figure).toBe("asserts");
    }
  });
});

describe("a figure called too neat to be true", () => {
  it("'called the $2,330 figure \"too neat to be true\"', 'said the $2,430 figure was implausible' are disputes by the speaker, not the speaker's own figures", () => {
    const { claims } = extractCorpus([
      article(
        "too-neat",
        [
          "A European official said Russia pays $2,230 a month per soldier.",
          'But an American official called the $2,330 figure "too neat to be true".',
          "A British official said the $2,430 figure was implausible.",
          "A French official called the $2,530 figure far-fetched.",
        ].join("\n"),
      ),
    ]);
    for (const [figure, by] of [
      ["$2,330", "an American official"],
      ["$2,430", "A British official"],
      ["$2,530", "A French official"],
    ] as const) {
      const c = claims.find((x) => x.figure === figure);
      expect(c?.attributedTo?.name ?? null, figure).not.toBe(by);
      expect(c?.disputedBy?.name ?? null, figure).toBe(by);
    }
  });
});

describe("'there were reports that …'", () => {
  it("credits the reports, unnamed, not the writer; 'There were 11,300 soldiers …, the NIS said' is unchanged", () => {
    const { claims } = extractCorpus([
      article(
        "there-were-reports",
        [
          "Q: There were reports that they are paid $2,030 a month. Did prisoners talk about money?",
          "There have been unconfirmed reports that 530 North Korean soldiers were killed.",
          "There were 11,300 North Korean soldiers in Kursk, the NIS said.",
        ].join("\n"),
      ),
    ]);
    const credit = (figure: string) => claims.find((c) => c.figure === figure)?.attributedTo?.name ?? null;
    expect(credit("$2,030 a month")).toBe("reports");
    expect(credit("530")).toBe("unconfirmed reports");
    expect(credit("11,300")).toBe("NIS");
  });
});

describe("a figure set off after its owner's noun", () => {
  it("'Ukraine's figure for the wounded, about 3,000, compared with the NIS estimate of 2,700' is Ukraine's", () => {
    const { claims } = extractCorpus([
      article(
        "owner-noun",
        "Ukraine's figure for the wounded, about 3,050, compared with the NIS estimate of 2,750, is the closest the two have come.\n",
      ),
    ]);
    expect(claims.find((c) => c.figure === "about 3,050")?.attributedTo?.name).toBe("Ukraine");
    expect(claims.find((c) => c.figure === "2,750")?.attributedTo?.name).toMatch(/National Intelligence Service|^NIS$/);
  });
});

describe("a document the writer's own reporters saw", () => {
  it("'according to a copy seen by reporters' names no source called 'a copy seen by reporters'; 'a copy seen by the Kyiv Independent' is a copy the outlet relays", () => {
    const { claims, entities } = extractCorpus([
      article(
        "copy-seen-by",
        [
          "A Russian defence ministry spreadsheet, according to a copy seen by reporters, lists monthly payments of 183,000 roubles for each North Korean soldier.",
          "A second spreadsheet, according to a copy seen by the Kyiv Independent, lists monthly payments of 193,000 roubles for each North Korean soldier.",
        ].join("\n"),
      ),
    ]);
    expect(entities.some((e) => /copy seen by/i.test(e.name))).toBe(false);
    expect(claims.find((c) => c.figure.startsWith("183,000"))?.attributedTo).toBeNull();
    // The copy is the source, which the site cannot name; the outlet that saw it relays it.
    const seen = claims.find((c) => c.figure.startsWith("193,000"));
    expect(seen?.attributedTo).toBeNull();
    expect(seen?.attributedAs).toBe("a copy");
    expect(seen?.via.map((v) => v.name)).toEqual(["The Kyiv Independent"]);
  });

  it("'according to figures seen by the Gazette' credits the figures, never the publisher that saw them nor the source credited last", () => {
    const { claims } = extractCorpus([
      article(
        "figures-seen-by",
        [
          'A Ministry of Defence spokesman said: "We assess that losses are running at roughly 45 per cent of those deployed."',
          "Each soldier is thought to be paid the equivalent of £1,550 a month, according to figures seen by the Gazette.",
          "Each soldier is paid $2,050 a month, according to data seen by the Tidewater Bureau.",
          "Each soldier is paid $2,150 a month, according to documents seen by the Tidewater Bureau.",
        ].join("\n"),
      ),
    ]);
    const seen = claims.find((c) => c.figure.startsWith("£1,550"));
    expect([seen?.attributedTo ?? null, seen?.attributedAs]).toEqual([null, "figures"]);
    const data = claims.find((c) => c.figure.startsWith("$2,050"));
    expect([data?.attributedTo ?? null, data?.attributedAs]).toEqual([null, "data"]);
    // (Nor is a document seen by an outlet the source credited last.)
    const documents = claims.find((c) => c.figure.startsWith("$2,150"));
    expect([documents?.attributedTo ?? null, documents?.attributedAs]).toEqual([null, "documents"]);
  });
});

describe("givers named by office, by purpose, by initials and in a clause before the figure", () => {
  it("credits 'Russia's deputy defence minister said', 'the coordination headquarters for the treatment of prisoners of war said', 'The agency, known by its Ukrainian initials HUR, said', 'the one the NIS gave lawmakers, of about 330 dead' and 'the spy agency, which has put deaths in the hundreds'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "givers",
        [
          "Park Sun-won said the toll was rising.",
          'In an interview in August, Russia\'s deputy defence minister said that fewer than 130 North Korean soldiers had died, and he called the Western figures "propaganda".',
          "Ukraine's coordination headquarters for the treatment of prisoners of war said that Ukrainian troops had recovered the bodies of 33 North Korean soldiers.",
          "Ukraine's military intelligence agency said 530 North Korean soldiers had been killed.",
          "The agency, known by its Ukrainian initials HUR, said that at least 43 North Korean soldiers were killed when drones struck a column.",
          "The US assessment is higher than the one South Korea's National Intelligence Service gave lawmakers last month, of about 330 dead and 2,730 wounded.",
          "The General Staff's figures are far higher than those of South Korea's National Intelligence Service, which has put North Korean deaths in the hundreds.",
        ].join("\n"),
      ),
    ]);
    const by = (figure: string) => {
      const c = claims.find((x) => x.figure === figure);
      return c?.attributedTo?.name ?? (c?.attributedAs ? `as: ${c.attributedAs}` : null);
    };
    expect(by("fewer than 130")).toBe("as: Russia's deputy defence minister");
    expect(claims.find((c) => c.figure === "fewer than 130")?.disputedBy ?? null).toBeNull();
    expect(by("33")).toBe("Ukraine's coordination headquarters");
    expect(by("at least 43")).toBe("Ukraine's military intelligence agency");
    expect(entities.some((e) => e.name === "HUR")).toBe(false);
    expect(by("about 330")).toBe("South Korea's National Intelligence Service");
    expect(by("2,730")).toBe("South Korea's National Intelligence Service");
    expect(by("hundreds")).toBe("South Korea's National Intelligence Service");
  });
});

describe("an outlet named by its city and one word", () => {
  it("'the Kyiv Clarion reported' is the Kyiv Clarion, not a person called Clarion of Kyiv", () => {
    const { entities } = extractCorpus([
      article(
        "city-outlet",
        "North Korean units lost around 630 soldiers, the Kyiv Clarion reported, citing Ukraine's military intelligence agency.\n",
      ),
    ]);
    expect(entities.some((e) => e.name === "Kyiv Clarion")).toBe(true);
    expect(entities.some((e) => e.name === "Clarion")).toBe(false);
  });
});

describe("estimates named by possessives, gapped names and verdicts in quotation marks", () => {
  it("'Ukraine's own military intelligence puts … at about 1,030, and South Korea's National Intelligence Service at roughly 630' credits each; 'the agency's own estimate of between 630 and 730 dead was “almost certainly too low”' is the agency's, disputed by the speaker", () => {
    const { claims, entities } = extractCorpus([
      article(
        "possessives",
        [
          "Ukraine's own military intelligence puts the number of killed at about 1,030, and South Korea's National Intelligence Service at roughly 630.",
          "South Korea's National Intelligence Service briefed lawmakers on Tuesday.",
          "Kwon Tae-jun, a lawmaker, said the agency's own estimate of between 630 and 730 dead was “almost certainly too low.”",
        ].join("\n"),
      ),
    ]);
    const c = (figure: string) => claims.find((x) => x.figure === figure);
    expect(c("about 1,030")?.attributedTo?.name).toBe("Ukraine's military intelligence");
    expect(c("roughly 630")?.attributedTo?.name).toBe("South Korea's National Intelligence Service");
    expect(c("between 630 and 730")?.attributedTo?.name).toBe("South Korea's National Intelligence Service");
    expect(c("between 630 and 730")?.disputedBy?.name).toBe("Kwon Tae-jun");
    expect(entities.some((e) => /\bown\b/.test(e.name))).toBe(false);
  });
});

describe("a fact-checker's verdict and what a post says", () => {
  it("'We rate the claim of 5,030 soldiers in Kherson false.' disputes the claim the sentence before reported and withdraws its own figure; 'The channel posted a video saying 5,130 … died' is the channel's", () => {
    const { claims } = extractCorpus([
      article(
        "we-rate",
        [
          "A Telegram channel claimed 5,030 North Korean soldiers are in Kherson.",
          "We rate the claim of 5,030 soldiers in Kherson false.",
          "The Volna channel posted a video saying 5,130 North Korean soldiers died.",
        ].join("\n"),
      ),
    ]);
    const [claimed, rated] = claims.filter((c) => c.figure === "5,030");
    expect(claimed?.attributedTo?.name).toBe("A Telegram channel");
    expect(claimed?.disputedBy?.name).toBe("Test Gazette");
    expect([rated?.attributedTo ?? null, rated?.stance]).toEqual([null, "disputes"]);
    expect(claims.find((c) => c.figure === "5,130")?.attributedTo?.name).toBe("Volna channel");
  });
});

describe("an agency's estimate named by 'its', with words between", () => {
  it("'Its latest estimate, given to lawmakers last week, was 330 dead and 2,730 wounded' is the agency's, both figures", () => {
    const { claims } = extractCorpus([
      article(
        "its-estimate",
        [
          "South Korea's National Intelligence Service has not confirmed the daily figures.",
          "Its latest estimate, given to lawmakers last week, was 330 dead and 2,730 wounded.",
        ].join("\n"),
      ),
    ]);
    for (const figure of ["330", "2,730"])
      expect(claims.find((c) => c.figure === figure)?.attributedTo?.name, figure).toBe(
        "South Korea's National Intelligence Service",
      );
  });
});

describe("a figure someone named got wrong", () => {
  it("'The Harbour Post misstated … as 3,750, the ministry said' is the Post's, disputed by the ministry", () => {
    const { claims } = extractCorpus([
      article(
        "misreported",
        [
          "The Harbour Post misstated the number of North Korean casualties as 3,750, the Tallin defence ministry said on Tuesday.",
          "The Tallin defence ministry said the Harbour Post had misreported the death toll as 3,850.",
          "The Harbour Post wrongly reported that 3,950 North Korean soldiers had died.",
          "The Cardew Agency said 1,050 North Korean soldiers had died but the Harbour Post overstated the toll as 3,650.",
          "An earlier version of this article wrongly said 3,550 North Korean soldiers had died.",
          "",
        ].join("\n"),
      ),
    ]);
    const row = (figure: string) => {
      const c = claims.find((x) => x.figure === figure);
      return [c?.attributedTo?.name ?? null, c?.disputedBy?.name ?? null, c?.stance];
    };
    expect(row("3,750")).toEqual(["Harbour Post", "Tallin defence ministry", "asserts"]);
    expect(row("3,850")).toEqual(["Harbour Post", "Tallin defence ministry", "asserts"]);
    // Nobody else speaks: the article says the Post got it wrong.
    expect(row("3,950")).toEqual(["Harbour Post", "Test Gazette", "asserts"]);
    // Not whoever speaks across "but".
    expect(row("1,050")).toEqual(["Cardew Agency", null, "asserts"]);
    expect(row("3,650")).toEqual(["Harbour Post", "Test Gazette", "asserts"]);
    // The article's own earlier version is withdrawn, as before.
    expect(row("3,550")).toEqual([null, null, "disputes"]);
  });
});

describe("an outlet that relays the source it cites", () => {
  it("'as reported by Reuters, citing …', 'citing lawmakers briefed by the country's spy agency', 'first disclosed by'", () => {
    const { claims, entities } = extractCorpus(
      [
        article(
          "relay-a",
          [
            "North Korea has sent around 11,050 troops to Russia, South Korea's Yonhap news agency reported on Wednesday, citing lawmakers briefed by the country's spy agency.",
            "The soldiers are paid about $2,050 a month, Yonhap reported, citing the same lawmakers.",
            "Soldiers will earn about $2,150 a month, as reported by Reuters, citing South Korean intelligence.",
            "The reported pay of about $2,250 a month, first disclosed by the NIS in October, has not been confirmed.",
            "",
          ].join("\n"),
        ),
        article(
          "relay-b",
          [
            "South Korea's spy agency briefed lawmakers on Monday.",
            "Lawmakers said about 650 North Korean soldiers had been killed.",
            "Lawmakers said about 250 North Korean soldiers were missing, a figure the NIS said it could not confirm.",
            "",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    const row = (figure: string) => {
      const c = claims.find((x) => new RegExp(String.raw`(?<![\d,])${figure}`).test(x.figure));
      return [c?.attributedTo?.id ?? null, c?.via.map((v) => v.name) ?? null];
    };
    expect(row("11,050")).toEqual(["south-korea-nis", ["Yonhap"]]);
    expect(row("2,050")).toEqual(["south-korea-nis", ["Yonhap"]]);
    expect(row("2,150")).toEqual(["south-korea-nis", ["Reuters"]]);
    expect(row("2,250")).toEqual(["south-korea-nis", []]);
    // Unnamed lawmakers after the agency's briefing pass its figure on, unless it says it cannot confirm it.
    expect(row("650")).toEqual(["south-korea-nis", []]);
    expect(row("250")[0]).toBe("lawmakers");
    // "South Korea's Yonhap news agency" and "Yonhap" are one outlet, named as a name.
    expect(entities.filter((e) => /yonhap/i.test(e.name)).map((e) => e.name)).toEqual(["Yonhap"]);
  });
});

describe("a country's claim and a revised estimate", () => {
  it("'rejected a Ukrainian claim that …' is Ukraine's, disputed; 'citing Ukrainian claims' passes it on; 'revised down its estimate'", () => {
    const { claims } = extractCorpus([
      article(
        "country-claim",
        [
          "Dmitri Orlov rejected in particular a Ukrainian claim that 5,050 North Koreans had been killed.",
          "Dmitri Orlov also rejected Ukrainian claims that 5,150 North Koreans had been wounded.",
          "Rep. Kim Byung-ki said the figure may be an underestimate, citing Ukrainian claims that the casualties exceed 6,050.",
          "The Cardew Agency has revised down its estimate of North Korean soldiers killed to around 650, from an earlier estimate of about 1,150.",
          "",
        ].join("\n"),
      ),
    ]);
    const row = (figure: string) => {
      const c = claims.find((x) => x.figure.endsWith(figure));
      return [c?.attributedTo?.name ?? null, c?.disputedBy?.name ?? null, c?.relayedBy?.name ?? null];
    };
    expect(row("5,050")).toEqual(["Ukraine", "Dmitri Orlov", null]);
    expect(row("5,150")).toEqual(["Ukraine", "Dmitri Orlov", null]);
    expect(row("6,050")).toEqual(["Ukraine", null, "Kim Byung-ki"]);
    expect(row("650")).toEqual(["Cardew Agency", null, null]);
    expect(row("1,150")).toEqual(["Cardew Agency", null, null]);
  });
});

describe("a live blog's time stamps", () => {
  it("'08:15 — ', '08:15 - ' and 'Updated 8:15 a.m. — ' are no part of the speaker's name, nor furniture", () => {
    const { claims } = extractCorpus([
      article(
        "live-blog",
        [
          "08:15 — The Tallin defence ministry, the TDM, said on Tuesday morning that about 11,050 North Korean soldiers remain in the Kursk region.",
          "09:20 - The Hollin ministry said 310 North Korean soldiers were killed.",
          "Updated 10:05 a.m. — The Cardew Agency said 320 North Korean soldiers were wounded.",
          "Updated 10:05 a.m. GMT, 14 January 2025",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 11,050", "Tallin defence ministry"],
      ["310", "Hollin ministry"],
      ["320", "Cardew Agency"],
    ]);
  });
});

describe("wire and translated phrasings", () => {
  it("'Lee of the ruling party, the committee's secretary, told', 'Reuters, citing two diplomats, reported that the NIS believes'", () => {
    const { claims } = extractCorpus(
      [
        article(
          "wire-phrasings",
          [
            "Lawmaker Lee Dong-su of the ruling party, the intelligence committee's secretary, told reporters that about 14,050 North Korean soldiers had been sent.",
            "Reuters, citing two diplomats in Seoul, reported that the NIS believes the total number of North Koreans who have served in Russia has reached 15,050.",
            "Kyodo News, citing government sources, reported that soldiers may be paid around $2,050 a month, though officials in Tokyo said they could not confirm the amount.",
            "",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    const row = (figure: string) => {
      const c = claims.find((x) => x.figure.endsWith(figure));
      return [c?.attributedTo?.name ?? null, c?.via.map((v) => v.name) ?? null];
    };
    expect(row("14,050")).toEqual(["Lee Dong-su", []]);
    expect(row("15,050")).toEqual(["South Korea's National Intelligence Service", ["Reuters"]]);
    expect(row("$2,050 a month")).toEqual(["government sources", ["Kyodo News"]]);
  });
});

describe("a document an outlet saw", () => {
  it("'according to a document seen by Meridian Daily' credits no outlet and says the text names a document", () => {
    const { claims } = extractCorpus([
      article(
        "seen-document",
        [
          "Russian officials agreed to pay each North Korean soldier 180,050 roubles a month, according to a document seen by Meridian Daily.",
          "Soldiers get 200,050 roubles a month, according to documents obtained by Reuters.",
          "Soldiers get 210,050 roubles a month, according to a copy seen by reporters.",
          "",
        ].join("\n"),
      ),
    ]);
    const row = (figure: string) => {
      const c = claims.find((x) => x.figure.startsWith(figure));
      return [c?.attributedTo?.name ?? null, c?.attributedAs ?? null];
    };
    expect(row("180,050")).toEqual([null, "a document"]);
    expect(row("200,050")).toEqual([null, "documents"]);
    // The writer's own reporters saw it: no source at all, as before.
    expect(row("210,050")).toEqual([null, null]);
  });
});

describe("the same report again", () => {
  it("'according to the same Reuters report' passes on the source that report cited", () => {
    const { claims } = extractCorpus(
      [
        article(
          "same-report",
          [
            "Soldiers will earn about $2,050 a month, as reported by Reuters, citing South Korean intelligence.",
            "Around 11,050 troops have been sent so far, according to the same Reuters report.",
            "Around 12,050 troops are there, Reuters said.",
            "",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    const row = (figure: string) => {
      const c = claims.find((x) => x.figure.endsWith(figure));
      return [c?.attributedTo?.id ?? null, c?.via.map((v) => v.name) ?? null];
    };
    expect(row("11,050")).toEqual(["south-korea-nis", ["Reuters"]]);
    // Reuters' own words, not "the same report", stay Reuters'.
    expect(row("12,050")).toEqual(["reuters", []]);
  });
});

describe("a list item that names its source first", () => {
  it("'- Cardew Agency: 11,050 troops' credits the body; 'Update: 13,050 troops' credits nobody", () => {
    const { claims } = extractCorpus([
      article(
        "item-owner",
        [
          "Estimates of North Korean troops in Russia are:",
          "- Cardew Agency: 11,050 troops",
          "- TDM: 12,050 troops",
          "Update: 13,050 troops were sent.",
          "",
        ].join("\n"),
      ),
    ]);
    const by = (figure: string) => claims.find((c) => c.figure === figure)?.attributedTo?.name ?? null;
    expect(by("11,050")).toBe("Cardew Agency");
    expect(by("12,050")).toBe("TDM");
    expect(by("13,050")).toBeNull();
  });
});

describe("the outlet's own reporter", () => {
  it("'Our correspondent in Sumy region reports that …' credits no place and no one but the outlet", () => {
    const { claims, entities } = extractCorpus([
      article(
        "our-correspondent",
        [
          "Our correspondent in Sumy region reports that 350 North Korean soldiers crossed the border this afternoon.",
          "The Cardew Agency said 550 North Korean soldiers were killed, our correspondent reports.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["350", null],
      ["550", "Cardew Agency"],
    ]);
    expect(entities.some((e) => e.name === "Sumy")).toBe(false);
  });
});

describe("a publication that rejects a figure, and a rejection before a colon", () => {
  /** The claims of one invented article, as "figure: credit, disputed by". */
  const read = (body: string): string[] =>
    extractCorpus([article("reject", `${body}\n`)]).claims.map(
      (c) => `${c.figure}: ${c.attributedTo?.name ?? "nobody"}, disputed by ${c.disputedBy?.name ?? "nobody"}`,
    );

  it("'KCNA dismissed the $2,000 a month that Seoul says …' is Seoul's, disputed by the agency, which relays nothing", () => {
    const c = extractCorpus([
      article("kcna", "KCNA dismissed the $2,000 a month that Seoul says Russia pays for each soldier.\n"),
    ]).claims[0];
    expect([c?.attributedTo?.name, c?.disputedBy?.name, c?.via.map((v) => v.name)]).toEqual(["Seoul", "KCNA", []]);
  });

  it("'X disputes that figure: two defectors … told X that …' disputes the figure before and credits the new one", () => {
    expect(
      read(
        [
          "The Lantern reported in February that the soldiers had been promised up to $2,500 a month.",
          "The Gazette disputes that figure: two North Korean defectors with contacts in the military told the Gazette that the soldiers are paid no more than $1,000 a month.",
        ].join("\n"),
      ),
    ).toEqual([
      "up to $2,500 a month: Lantern, disputed by Test Gazette",
      "no more than $1,000 a month: two North Korean defectors, disputed by nobody",
    ]);
  });
});

describe("an 'a …' speaker after a clause with its own verb", () => {
  it("'Hundreds of North Korean soldiers have been killed, a Ukrainian commander said' is the commander's", () => {
    const { claims, entities } = extractCorpus([
      article("commander", "Hundreds of North Korean soldiers have been killed, a Ukrainian commander said.\n"),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("a Ukrainian commander");
    expect(entities.map((e) => e.name)).not.toContain("of North Korean");
  });
});

describe("whom a speaker told, before what they told", () => {
  it("'told reporters the agency estimated that …' credits the agency, never 'reporters the agency'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "told-whom",
        "Ukraine's military intelligence agency published its figures on Monday.\nYoon Dae-sik, a lawmaker, told reporters the agency estimated that about 2,000 North Korean soldiers had been killed.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("Ukraine's military intelligence agency");
    expect(claims[0]?.relayedBy?.name).toBe("Yoon Dae-sik");
    expect(entities.map((e) => e.name).filter((n) => /reporters/i.test(n))).toEqual([]);
  });
});

describe("what an outlet learned from someone", () => {
  it("'The Gazette has learned from two European diplomats that about 3,000 …' is the diplomats'", () => {
    const { claims } = extractCorpus([
      article(
        "learned",
        "The Gazette has learned from two European diplomats that about 3,000 North Korean soldiers have been wounded.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("two European diplomats");
  });
});

describe("an outlet cited in turn by another", () => {
  it("'told the Han River Wire, which was cited by the Fjord Ledger' puts the citing outlet first", () => {
    const { claims } = extractCorpus([
      article(
        "in-turn",
        "About 1,800 North Korean soldiers had been killed, Choi Eun-ha told the Han River Wire, which was cited by the Fjord Ledger.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("Choi Eun-ha");
    expect(claims[0]?.via.map((v) => v.id)).toEqual(["fjord-ledger", "han-river-wire"]);
  });
});

describe("a report that cites someone", () => {
  it("'According to a report by the Dnipro Herald that cited two officials, …' is the officials', relayed by the outlet", () => {
    const { claims } = extractCorpus([
      article(
        "report-cited",
        "According to a report by the Dnipro Herald that cited two officials, about 600 North Korean soldiers were killed in February.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("two officials");
    expect(claims[0]?.via.map((v) => v.name)).toEqual(["Dnipro Herald"]);
  });
});

describe("'it' inside a body's relative clause", () => {
  it("'The Pentagon, which …, when it said 11,000, declined to comment' is the Pentagon's, not the body credited before", () => {
    const { claims } = extractCorpus([
      article(
        "relative-it",
        "Ukraine's military intelligence agency said about 14,000 North Korean troops are in Russia.\nThe Pentagon, which has given no figure since January, when it said 11,000, declined to comment.\n",
      ),
    ]);
    expect(claims.map((c) => `${c.figure}: ${c.attributedTo?.id}`)).toEqual([
      "about 14,000: ukraines-military-intelligence-agency",
      "11,000: pentagon",
    ]);
  });
});

describe("an outlet's 'according to', then whom it cites, then the source", () => {
  it("'According to Hanseong News Agency, citing lawmaker Park Min-seo, the NIS estimated that …' is the NIS's", () => {
    const { claims } = extractCorpus([
      article(
        "according-citing",
        "According to Hanseong News Agency, citing lawmaker Park Min-seo, the NIS estimated that around 4,000 soldiers had been wounded.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("NIS");
    expect(claims[0]?.relayedBy?.name).toBe("Park Min-seo");
    expect(claims[0]?.via.map((v) => v.name)).toEqual(["Hanseong News Agency"]);
  });
});

describe("a body described by its kind is what the text had named by then", () => {
  it("'…, the agency said. The Cardew Agency has put …' credits the agency named before, not the one after", () => {
    const { claims } = extractCorpus([
      article(
        "agency-before",
        [
          "The Tidewater Defence Agency said on Tuesday that about 2,050 North Korean soldiers had been killed.",
          "Russia pays North Korea about $25.5 million a month for the deployment, the agency said. The Cardew Agency has put the payments at about $305 million a year.",
          "",
        ].join("\n"),
      ),
    ]);
    const by = (f: string): string | null | undefined => claims.find((c) => c.figure === f)?.attributedTo?.name ?? null;
    expect(by("about $25.5 million a month")).toBe("Tidewater Defence Agency");
    expect(by("about $305 million a year")).toBe("Cardew Agency");
  });
});

describe("a figure the sentence says it is not", () => {
  it("'is not 12,000, as Kyiv claims, but about 8,000' gives 12,000 to Kyiv, disputed by the speaker, and 8,000 to the speaker", () => {
    const { claims } = extractCorpus([
      article(
        "is-not",
        [
          "Dmytro Koval said the number of North Korean troops in Russia is not 12,050, as Kyiv claims, but about 8,050.",
          "It is not $2,050 a month but $850, the defector Ri Su-gang said.",
          "",
        ].join("\n"),
      ),
      article(
        "is-not-b",
        "There is no evidence that more than 20,050 soldiers were sent, as some bloggers have claimed, she said.\n",
      ),
    ]);
    const row = (f: string) => {
      const c = claims.find((x) => x.figure === f);
      return [c?.attributedTo?.name ?? null, c?.disputedBy?.name ?? null];
    };
    expect(row("12,050")).toEqual(["Kyiv", "Dmytro Koval"]);
    expect(row("about 8,050")).toEqual(["Dmytro Koval", null]);
    expect(row("$2,050 a month")).toEqual([null, "Ri Su-gang"]);
    expect(row("$850")).toEqual(["Ri Su-gang", null]);
    expect(row("more than 20,050")).toEqual(["bloggers", null]);
    expect(claims.find((x) => x.figure === "more than 20,050")?.stance).toBe("disputes");
  });
});

describe("a time that opens the sentence is not part of its speaker's name", () => {
  it("'Days later the agency said …' credits the agency named before, not 'Days later the agency'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "days-later",
        [
          "The Tidewater Defence Agency said 11,050 soldiers were in Russia.",
          "Days later the agency said about 850 had been killed.",
          "A week later the agency said about 950 had been killed.",
          "",
        ].join("\n"),
      ),
    ]);
    const by = (f: string): string | null | undefined => claims.find((c) => c.figure === f)?.attributedTo?.name ?? null;
    expect(by("about 850")).toBe("Tidewater Defence Agency");
    expect(by("about 950")).toBe("Tidewater Defence Agency");
    expect(entities.some((e) => /later/i.test(e.name))).toBe(false);
  });
});

describe("an age set after a name between commas", () => {
  it("'The second prisoner, Paek Jin-su, 21, …' is Paek's age, not the last speaker's", () => {
    const { claims } = extractCorpus([
      article(
        "second-prisoner",
        "Ri Chol-min, 26, said in an interview that he had never been paid. The second prisoner, Paek Jin-su, 21, did not take part in the interview.\n",
      ),
    ]);
    const about = (f: string): string | null | undefined => claims.find((c) => c.figure === f)?.subject?.name ?? null;
    expect(about("26")).toBe("Ri Chol-min");
    expect(about("21")).toBe("Paek Jin-su");
  });
});

describe("a prosecutor's title before a name", () => {
  it("'Deputy Prosecutor General Oksana Hrytsenko' is Oksana Hrytsenko, never 'Prosecutor General Oksana Hrytsenko'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "deputy-prosecutor",
        "Ukraine is holding about 6,050 North Korean prisoners of war, Deputy Prosecutor General Oksana Hrytsenko said on Tuesday.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("Oksana Hrytsenko");
    expect(entities.some((e) => /Prosecutor/.test(e.name))).toBe(false);
  });
});

describe("a rejection that names an earlier figure as a figure", () => {
  it("'dismissed the figure of six prisoners as “fiction”' disputes the figure the article credited before", () => {
    const { claims } = extractCorpus([
      article(
        "figure-of-six",
        [
          "Ukraine is holding 6,050 North Korean prisoners of war, Oksana Hrytsenko said on Tuesday. The Tidewater ministry dismissed the figure of 6,050 prisoners as “fiction”.",
          "The Cardew Agency said Russia pays $2,050 a month. Park Ji-hoon says the $2,050 figure is “almost certainly too high”.",
          "",
        ].join("\n"),
      ),
    ]);
    const rows = claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null]);
    expect(rows).toContainEqual(["6,050", "Oksana Hrytsenko", null]);
    expect(rows).toContainEqual(["6,050", "Oksana Hrytsenko", "Tidewater ministry"]);
    expect(rows).toContainEqual(["$2,050", "Cardew Agency", "Park Ji-hoon"]);
    expect(rows.some((r) => r[1] === null)).toBe(false);
  });
});

describe("an unnamed spokesman of a body named before the office", () => {
  it("'A HUR spokesman said' gives the HUR's figure, once the article has named the HUR", () => {
    const { claims, entities } = extractCorpus([
      article(
        "hur-spokesman",
        [
          "Ukraine's military intelligence agency (HUR) said 11,050 soldiers were in Russia.",
          "A HUR spokesman said about 1,650 North Korean soldiers had been killed.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.find((c) => c.figure === "about 1,650")?.attributedTo?.name).toBe(
      "Ukraine's military intelligence agency",
    );
    expect(entities.some((e) => /spokesman/i.test(e.name))).toBe(false);
  });
});

describe("an unnamed spokesman whom the article names later", () => {
  const rejection = [
    "A Tarrow Ministry spokesman on Friday rejected a Ukrainian estimate that 4,000 North Korean soldiers had been killed.",
    "\u201cThis figure is invented,\u201d spokesman Oren Vasko told reporters.",
  ];
  it("'A Tarrow Ministry spokesman rejected …' then '“…,” spokesman Oren Vasko told reporters': Vasko disputes it", () => {
    const { claims, entities } = extractCorpus([article("named-later", [...rejection, ""].join("\n"))]);
    expect(claims.find((c) => c.figure === "4,000")?.disputedBy?.name).toBe("Oren Vasko");
    expect([...(entities.find((e) => e.name === "Oren Vasko")?.roles ?? [])]).toContain("Tarrow Ministry spokesman");
    // ("a Ukrainian estimate" is a noun: no one named "Tarrow Ministry" or "Kremlin" estimates anything.)
    expect(entities.some((e) => /spokesman|^Tarrow Ministry$/i.test(e.name))).toBe(false);
  });
  it("two spokespeople named in the article leave the unnamed one unnamed", () => {
    const { claims } = extractCorpus([
      article(
        "two-named",
        [...rejection, "\u201cWe saw nothing like it,\u201d spokeswoman Lida Corr said.", ""].join("\n"),
      ),
    ]);
    expect(claims.find((c) => c.figure === "4,000")?.disputedBy?.name).toBe("A Tarrow Ministry spokesman");
  });
  it("a spokesman named only with another body's office is not the unnamed one", () => {
    const { claims } = extractCorpus([
      article("other-office", [rejection[0], "Pentagon spokesman Oren Vasko said he had no figure.", ""].join("\n")),
    ]);
    expect(claims.find((c) => c.figure === "4,000")?.disputedBy?.name).toBe("A Tarrow Ministry spokesman");
  });
  it("'A HUR spokesman said …' then 'spokesman Taras Melnyk said': Melnyk speaks for the HUR", () => {
    const { entities } = extractCorpus([
      article(
        "hur-named-later",
        [
          "Ukraine's military intelligence agency, known as HUR, published new figures on Tuesday.",
          "A HUR spokesman said 3,000 North Korean soldiers had been killed.",
          "\u201cThe losses are heavy,\u201d spokesman Taras Melnyk said, adding that about 6,000 had been wounded.",
          "",
        ].join("\n"),
      ),
    ]);
    expect([...(entities.find((e) => e.name === "Taras Melnyk")?.roles ?? [])]).toContain("HUR spokesman");
  });
});

describe("an agency's revised estimate and whose estimates a clause names", () => {
  it("'The agency later raised its casualty estimate to about 4,700 …, according to a second briefing on March 11' is the NIS's, of 11 March", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Test Gazette",
      published: "2025-03-12",
    });
    const body = [
      "South Korea's National Intelligence Service said on Monday that 1,100 had been killed.",
      "The agency later raised its casualty estimate to about 4,700 killed and wounded combined, according to a second briefing on March 11.",
      "",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "revised", file: "revised.md", meta, body, bodyLine: 1 }]);
    const revised = claims.find((c) => c.figure === "about 4,700");
    expect(revised?.attributedTo?.name).toBe("South Korea's National Intelligence Service");
    expect(revised?.asOf).toBe("2025-03-11");
  });
  it("'did not address estimates by South Korea's spy agency that about 11,000 …' is the agency's", () => {
    const claims = publishedClaims(
      "Oren Vasko did not address estimates by South Korea's spy agency that about 11,000 North Korean troops had been deployed.\n",
      "Test Gazette",
    );
    expect(claims[0]?.attributedTo?.name).toBe("South Korea's National Intelligence Service");
  });
});

describe("what a speaker did not know, a participle's subject and a lawmaker's own reckoning", () => {
  it("'did not know that Russia was said to pay $2,000 a month' is credited to no one, not to 'He'", () => {
    const { claims } = extractCorpus([
      article(
        "hearsay",
        "Ri Chol, 19, was captured in January.\nHe said he had never been paid and did not know that Russia was said to pay $2,000 a month for each soldier.\n",
      ),
    ]);
    const pay = claims.find((c) => c.figure === "$2,000 a month");
    expect(pay?.attributedTo).toBeNull();
    expect(pay?.attributedAs ?? null).toBeNull();
  });
  it("'The Tarrow Bureau, the TB, released a video …, saying he was one of 2 …': the bureau speaks, not 'released a video'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "participle",
        "Ukraine's Tarrow Bureau, the TB, released a video of the interrogation on its channel, saying he was one of 2 North Koreans captured near Kursk.\n",
      ),
    ]);
    expect(entities.some((e) => /released/i.test(e.name))).toBe(false);
    expect(claims[0]?.attributedTo?.name).toMatch(/\bTB\b|Tarrow Bureau/);
  });
  it("a lawmaker who cited the military for one figure gives his own in '“My own reckoning … is that roughly 2,000 have died,” he said'", () => {
    const claims = publishedClaims(
      [
        "Opposition lawmaker Yoo Jae-sung said on Thursday that about 600 North Korean soldiers had been killed in Russia, citing military sources.",
        "\u201cThe military is being cautious. My own reckoning, based on what defectors tell me, is that roughly 2,000 have died,\u201d he said.",
        "",
      ].join("\n"),
      "Test Gazette",
    );
    expect(claims.find((c) => c.figure === "about 600")?.attributedTo?.name).toBe("military sources");
    const own = claims.find((c) => c.figure === "roughly 2,000");
    expect(own?.attributedTo?.name).toBe("Yoo Jae-sung");
    expect(own?.relayedBy ?? null).toBeNull();
  });
});

describe("whom a biography fact is about", () => {
  it("'The soldier was born in 2005 …, according to the Ukrainian officers who questioned him' is not about the officers", () => {
    const { claims } = extractCorpus([
      article(
        "according-to-fact",
        "The soldier was born in 2005 and joined the army at 17, according to the Ukrainian officers who questioned him.\n",
      ),
    ]);
    const facts = claims.filter((c) => c.kind === "biography");
    expect(facts.map((c) => c.figure)).toEqual(["2005", "17"]);
    expect(facts.map((c) => c.subject?.name ?? null)).toEqual([null, null]);
    expect(facts.map((c) => c.attributedTo?.name ?? null)).toEqual(["Ukrainian officers", "Ukrainian officers"]);
  });
});

describe("near misses of the last rules, which stay as they were", () => {
  const one = (slug: string, body: string): Claims => datedClaims(slug, body, "2025-03-01");
  it("a spokeswoman of another body named after an unnamed spokesman is not that spokesman", () => {
    const claims = one(
      "other-body",
      "A Tarrow Ministry spokesman said only 300 North Korean workers were in Russia.\n\u201cThat is simply untrue,\u201d spokeswoman Iryna Koval of Ukraine's foreign ministry said.",
    );
    expect(claims[0]?.attributedTo?.name).toBe("A Tarrow Ministry spokesman");
  });
  it("'Analysts tracking the fighting estimate', 'A Pentagon official and an NIS analyst estimate' speak", () => {
    expect(
      one("tracking", "Analysts tracking the fighting estimate that 3,000 North Korean soldiers have died.")[0]
        ?.attributedTo?.name,
    ).toBe("Analysts");
    expect(
      one(
        "joined",
        "A Pentagon official and an NIS analyst estimate that 11,000 North Korean soldiers are in Russia.",
      )[0]?.attributedTo,
    ).not.toBeNull();
  });
  it("'did not know how many … but believed about 1,000' and 'is said to have sent …, NIS officials told lawmakers' keep their speakers", () => {
    expect(
      one(
        "but-believed",
        "Kim Tae-ho said he did not know how many soldiers had died but believed about 1,000 were killed.",
      )[0]?.attributedTo?.name,
    ).toBe("Kim Tae-ho");
    expect(
      one("said-to", "North Korea is said to have sent about 11,000 troops, NIS officials told lawmakers.")[0]
        ?.attributedTo?.name,
    ).toBe("NIS officials");
  });
  it("a date of a later clause's own ordinal noun ('a second contingent followed on January 20') does not date the figure", () => {
    expect(
      one(
        "second-contingent",
        "North Korea sent about 11,000 troops, the NIS said, and a second contingent followed on January 20.",
      )[0]?.asOf,
    ).toBe("2025-03-01");
  });
  it("losses among a contingent stay losses; half of what the men take home stays the take-home", () => {
    expect(
      one("losses-among", "Losses among the North Korean contingent stood at about 4,000, the NIS said.")[0]?.kind,
    ).toBe("casualties-total");
    expect(
      one("half-of", "The men send home half of the $200 they take home each month, a defector said.").find(
        (c) => c.figure === "$200",
      )?.kind,
    ).toBe("soldier-take-home");
  });
});

describe("near misses of a second review, which keep their earlier readings", () => {
  const one = (slug: string, body: string): Claims => datedClaims(slug, body, "2025-03-20");
  it("the named spokesman is joined however his sentence ends ('told reporters at the Tarrow Ministry', 'of the Tarrow Ministry')", () => {
    for (const tail of [
      "told reporters at the Tarrow Ministry.",
      "of the Tarrow Ministry said.",
      "said in an interview with TASS.",
    ]) {
      const claims = one(
        "tail",
        `\u201cWe have no information on that,\u201d spokesman Arkady Beloglazov ${tail}\nA Tarrow Ministry spokesman rejected reports that 12,000 North Korean soldiers were in Russia.`,
      );
      expect(claims[0]?.disputedBy?.name).toBe("Arkady Beloglazov");
    }
  });
  it("'downplayed reports that', 'mocked claims that' give no figure of the speaker's", () => {
    expect(
      one("downplayed", "Oren Vasko downplayed reports that 12,000 North Korean soldiers were in Kursk.")[0]
        ?.attributedTo,
    ).toBeNull();
    expect(
      one("mocked", "Russian officials mocked claims that 12,000 North Korean soldiers were in Kursk.")[0]
        ?.attributedTo,
    ).toBeNull();
  });
  it("'said he didn't know 3,000 soldiers had died' credits no one; 'speaking for a second time on March 11' dates the figure", () => {
    expect(one("didnt-know", "Park Tae-ho said he didn't know 3,000 soldiers had died.")[0]?.attributedTo).toBeNull();
    expect(
      one(
        "second-time",
        "Budanov said 12,000 North Korean soldiers were in Kursk, speaking for a second time on March 11.",
      )[0]?.asOf,
    ).toBe("2025-03-11");
  });
  it("the strength of a deployment that stood at a figure is a head count; what soldiers get on paper is the pay", () => {
    expect(
      one(
        "strength",
        "The strength of the North Korean deployment in Russia stood at 11,000 in February, Budanov said.",
      )[0]?.kind,
    ).toBe("troops-deployed");
    expect(
      one("on-paper", "The regime takes all but a fraction of the $2,000 they get on paper, a defector said.").find(
        (c) => c.figure === "$2,000",
      )?.kind,
    ).toBe("pay-per-soldier");
  });
  it("'is not the 11,000 … but the 20,000' and 'not the 15,000 that Budanov cited' are not given only to be rejected", () => {
    const problem = one(
      "problem",
      "The problem is not the 11,000 North Korean soldiers already in Kursk but the 20,000 more who may follow, Budanov said.",
    );
    expect(problem.find((c) => c.figure === "11,000")?.stance).toBe("asserts");
    const cited = one("cited", "The NIS said 11,000 troops were sent, not the 15,000 that Budanov cited last week.");
    expect(cited.find((c) => c.figure === "15,000")?.stance).toBe("asserts");
  });
  it("a denial names a side only after its own speaker: 'Spokesman Ivan Sorokin of the Russian Defence Ministry called the figure …'", () => {
    const claims = one(
      "sides",
      "A Pentagon spokesman said on Monday that about 12,000 North Korean troops are in Russia. Spokesman Ivan Sorokin of the Russian Defence Ministry called the figure \u201cpure invention\u201d.",
    );
    expect(claims[0]?.disputedBy?.name).toBe("Ivan Sorokin");
    const hur = one(
      "russian-claims",
      "According to HUR, each soldier is paid 200,000 roubles a month.\nKim said he rejected the Russian claims.",
    );
    expect(hur[0]?.disputedBy ?? null).toBeNull();
    const doubted = one(
      "doubted",
      "According to HUR, each soldier is paid 200,000 roubles a month.\nVladimir Rudenko, a Moscow-based analyst, said he doubted the Ukrainian account.",
    );
    expect(doubted[0]?.disputedBy?.name).toBe("Vladimir Rudenko");
  });
});

describe("a possessive pronoun before an office", () => {
  it("'Its spokesman, Ivan Sorokin, has said …' gives him no office named 'Its spokesman'", () => {
    const { entities } = extractCorpus([
      article(
        "its-spokesman",
        "The Kremlin's press office did not respond. Its spokesman, Ivan Sorokin, has previously said there are no North Korean soldiers in Russia.\n",
      ),
    ]);
    expect([...(entities.find((e) => e.name === "Ivan Sorokin")?.roles ?? [])]).not.toContain("Its spokesman");
  });
});

describe("a publication that cites another", () => {
  it("'The Meridian Post, citing Korea Wire Service, reported that South Korea's NIS puts …' is relayed by both", () => {
    const claims = publishedClaims(
      "The Meridian Post, citing Korea Wire Service, reported this week that South Korea's NIS puts the number of North Korean soldiers in Russia at 11,000.\n",
      "Eastbridge Times",
    );
    expect(claims[0]?.attributedTo?.name).toBe("South Korea's National Intelligence Service");
    expect(claims[0]?.via.map((v) => v.name)).toEqual(["Meridian Post", "Korea Wire Service"]);
  });
});

describe("near misses of a third review, which keep their earlier readings", () => {
  const one = (slug: string, body: string): Claims => datedClaims(slug, body, "2025-03-01");
  it("a spokesman 'speaking for' another body is not the unnamed one", () => {
    const claims = one(
      "speaking-for",
      "A Tarrow Ministry spokesman on Friday dismissed the HUR's estimate of 11,000 troops as fiction. \u201cThis is invented,\u201d spokesman Arkady Beloglazov, speaking for the Defence Ministry, said later.",
    );
    expect(claims[0]?.disputedBy?.name).toBe("A Tarrow Ministry spokesman");
  });
  it("'An official who asked not to be named estimates that …' and 'A researcher who is widely respected notes that …' speak", () => {
    expect(
      one(
        "who-asked",
        "An official who asked not to be named estimates that around 2,000 North Korean soldiers have been killed.",
      )[0]?.attributedTo,
    ).not.toBeNull();
    expect(
      one("who-is", "A researcher who is widely respected notes that 2,000 North Korean soldiers have been killed.")[0]
        ?.attributedTo,
    ).not.toBeNull();
  });
  it("'did not know the unit's name and estimated that about 500 …' keeps the speaker", () => {
    expect(
      one(
        "and-estimated",
        "Park Min-su, a defector, said he did not know the unit's name and estimated that about 500 men had been sent with it.",
      )[0]?.attributedTo?.name,
    ).toBe("Park Min-su");
  });
  it("a later clause's event keeps its date: '…, and the first of them crossed the border on October 8'", () => {
    expect(
      one(
        "first-of-them",
        "About 11,000 North Korean soldiers were sent, the NIS said, and the first of them crossed the border on October 8.",
      )[0]?.asOf,
    ).toBe("2025-03-01");
  });
  it("fatalities and injuries among the contingent that stood at a figure stay losses", () => {
    expect(
      one("fatalities", "Fatalities among the North Korean contingent stood at about 1,100, the NIS said.")[0]?.kind,
    ).toBe("casualties-killed");
  });
  it("'The number of North Korean dead is not 5,000, Peskov said' is given only to be rejected", () => {
    expect(one("is-not", "The number of North Korean dead is not 5,000, Peskov said.")[0]?.stance).toBe("disputes");
  });
  it("a Russian title or 'in Russia' names no side: 'Kremlin spokesman Dmitry Peskov dismissed the figure' disputes the HUR's", () => {
    for (const denial of [
      "Kremlin spokesman Dmitry Peskov dismissed the figure as fiction.",
      "Asked about troops in Russia, Peskov called the figure a fabrication.",
    ]) {
      const claims = one("peskov", `The HUR said 11,000 North Korean soldiers were in Kursk.\n${denial}`);
      expect(claims[0]?.disputedBy?.name).toMatch(/Peskov/);
    }
  });
  it("a number of an address ('Suite 900', 'PO Box 1204', '1200 Harbor Blvd.') is no figure", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const { claims, skipped } = extractCorpus([
      {
        slug: "address",
        file: "address.md",
        meta,
        body: "Letters to PO Box 1204 in Seoul reach the group, whose director said about 600 North Korean soldiers have been killed.\nThe Weekly is published by Fenmoor Media, Suite 900, 1200 Harbor Blvd.\n",
        bodyLine: 1,
      },
    ]);
    expect(claims.map((c) => c.figure)).toEqual(["about 600"]);
    expect(skipped.filter((x) => x.reason === "a number of an address").map((x) => x.text)).toEqual([
      "1204",
      "900",
      "1200",
    ]);
  });
});

describe("a figure set aside for another", () => {
  const one = (body: string): Claims => datedClaims("set-aside", body, "2025-03-01");
  it("'…, not the 15,000 that Budanov cited' stays Budanov's, disputed by the speaker before it (by the article when none speaks)", () => {
    const spoken = one(
      "Ukraine's intelligence chief said 8,000 soldiers had died, not the 15,000 that Budanov cited last month.",
    );
    const cited = spoken.find((c) => c.figure === "15,000");
    expect(cited?.attributedTo?.name).toBe("Budanov");
    expect(cited?.disputedBy?.name).toMatch(/intelligence/);
    const unspoken = one("Not the 15,000 that Budanov cited, but 8,000 soldiers have died.").find(
      (c) => c.figure === "15,000",
    );
    if (unspoken) {
      expect(unspoken.attributedTo?.name).toBe("Budanov");
      expect(unspoken.disputedBy).toBeNull();
    }
    // Without an owner after it, the figure is still the one its speaker sets aside.
    const aside = one("The HUR said 300 soldiers had died, not 3,000.").find((c) => c.figure === "3,000");
    expect(aside?.attributedTo).toBeNull();
    expect(aside?.disputedBy?.name).toMatch(/HUR|intelligence/i);
  });
  it("'The problem is not the 11,000 … but the 20,000 more who may follow' disputes neither and the 20,000 may come", () => {
    const claims = one(
      "The problem is not the 11,000 North Korean troops already in Kursk but the 20,000 more who may follow, said analyst Park Ji-won.",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name, c.disputedBy, c.stance])).toEqual([
      ["11,000", "troops-deployed", "Park Ji-won", null, "asserts"],
      ["20,000", "troops-projected", "Park Ji-won", null, "asserts"],
    ]);
    // A figure named as another's is still rejected, whatever the sentence says matters.
    const owned = one("The threat is not 11,000 troops, as Seoul says, but 15,000, Budanov said.")[0];
    expect([owned?.attributedTo?.name, owned?.disputedBy?.name]).toEqual(["Seoul", "Budanov"]);
    // A count that is said not to be a figure is still set aside.
    const denied = one("The number of dead is not 5,000, Peskov said.")[0];
    expect([denied?.disputedBy?.name, denied?.stance]).toEqual(["Peskov", "disputes"]);
  });
});

describe("a denial of the figures before it, by their owner's name", () => {
  it("'dismissed the Russian Defence Ministry's figures', 'Russia's Defence Ministry's figures' point back; 'the family's request' does not", () => {
    const first = "Russia's Defence Ministry said 3,000 North Korean soldiers had been killed.";
    const disputer = (second: string): string | undefined =>
      datedClaims("owner-denial", `${first}\n${second}`, "2025-03-01")[0]?.disputedBy?.name;
    expect(disputer("Ukraine's General Staff dismissed the Russian Defence Ministry's figures as propaganda.")).toBe(
      "Ukraine's General Staff",
    );
    expect(disputer("Ukraine's General Staff dismissed Russia's Defence Ministry's figures as propaganda.")).toBe(
      "Ukraine's General Staff",
    );
    expect(disputer("Ukraine's General Staff dismissed the family's request for comment.")).toBeUndefined();
  });
});

describe("a lawmaker set against the agency", () => {
  it("'The NIS put the toll at about 600, while lawmaker Kim said … 2,000' is Kim's own, and so is 'But lawmaker Lee said …' after the agency's own figure; a briefing, a bare ';', words naming the agency or a 'But' after the lawmaker's own relay set no one against it", () => {
    const claims = datedClaims(
      "lawmaker-against",
      [
        "The NIS put the death toll at about 600, while lawmaker Kim Byung-joo said the toll was closer to 2,000.",
        "The NIS briefed lawmakers on Tuesday.",
        "Lawmaker Kim Byung-joo said about 600 had died.",
        "The NIS said 600 soldiers had died; lawmaker Kim Byung-joo, who attended the briefing, said 2,700 had been wounded.",
        "The NIS briefed lawmakers on Tuesday, while lawmaker Kim Byung-joo told reporters afterwards that 700 soldiers had died.",
        "However, lawmaker Park Sun-won said the agency believed about 3,000 had been wounded.",
        "But lawmaker Kim Byung-joo added that 2,800 had been wounded.",
        "The NIS said 600 soldiers had died.",
        "But lawmaker Lee Seong-ho said the toll was nearer 1,500.",
      ].join("\n"),
      "2025-03-01",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name, c.relayedBy?.name ?? null])).toEqual([
      ["about 600", "NIS", null],
      ["closer to 2,000", "Kim Byung-joo", null],
      ["about 600", "NIS", "Kim Byung-joo"],
      ["600", "NIS", null],
      ["2,700", "NIS", "Kim Byung-joo"],
      ["700", "NIS", "Kim Byung-joo"],
      ["about 3,000", "NIS", "Park Sun-won"],
      ["2,800", "NIS", "Kim Byung-joo"],
      ["600", "NIS", null],
      ["nearer 1,500", "Lee Seong-ho", null],
    ]);
  });
});

describe("an earlier figure named right after it", () => {
  it("'to 4,700 from 3,800, the figure it gave in January' dates the 3,800 to January; 'up from 300' counts what the 600 counts", () => {
    const claims = datedClaims(
      "earlier-named",
      [
        "Ukraine's military intelligence agency on Monday raised its estimate of North Korean casualties to 4,700 from 3,800, the figure it gave in January.",
        "The NIS now puts the toll at 600, up from 300, the figure it gave last month.",
        "About 600 had been killed, the NIS said, twice the number it gave in January.",
      ].join("\n"),
      "2025-03-25",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.asOf, c.asOfPrecision ?? null])).toEqual([
      ["4,700", "casualties-total", "2025-03-24", null],
      ["3,800", "casualties-total", "2025-01-01", "month"],
      ["600", "casualties-total", "2025-03-25", null],
      ["300", "casualties-total", "2025-02-01", "month"],
      ["About 600", "casualties-killed", "2025-03-25", null],
    ]);
  });
});

describe("what part of the force a count counts", () => {
  const scopes = (body: string): [string, string, string | null][] =>
    datedClaims("scopes", body, "2025-03-01").map((c) => [c.figure, c.kind, c.scope]);
  it("'Of those, 120 were killed' after the regiment's 600 counts the regiment's men; after the whole force, the whole", () => {
    expect(
      scopes("About 600 men from the regiment went to Russia, a defector said. Of those, 120 were killed."),
    ).toEqual([
      ["About 600", "troops-deployed", "only those from the regiment"],
      ["120", "casualties-killed", "only those from the regiment"],
    ]);
    expect(
      scopes("About 11,000 troops were sent to Russia, the NIS said. Of those, about 600 have been killed."),
    ).toEqual([
      ["About 11,000", "troops-deployed", null],
      ["about 600", "casualties-killed", null],
    ]);
  });
  it("those fighting at the front are not the labourers 'most of the force' are, and 'front-line numbers' count them too", () => {
    expect(
      scopes(
        [
          "A Western diplomat in Seoul said fewer than 1,000 North Korean soldiers were now fighting at the front, with most of the force doing construction work.",
          "“The front-line numbers are small, perhaps 800,” the diplomat said.",
          "About 3,000 North Korean soldiers were doing construction work near Kursk, the NIS said.",
        ].join("\n"),
      ),
    ).toEqual([
      ["fewer than 1,000", "troops-deployed", "those at the front"],
      ["perhaps 800", "troops-deployed", "those at the front"],
      ["About 3,000", "troops-deployed", "soldiers sent for labour"],
    ]);
  });
});

describe("a promise that never arrived", () => {
  it("'My cousin's unit was told each man would get $1,500 a month. He wrote that he never saw a single dollar of it.' is pay promised", () => {
    const claims = datedClaims(
      "never-arrived",
      "A: My cousin's unit was told each man would get $1,500 a month. He wrote that he never saw a single dollar of it.",
      "2025-07-15",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["$1,500 a month", "pay-per-soldier"],
      ["never saw a single dollar", "soldier-take-home"],
    ]);
    // Without the word that it never came, what they were told they would get is what reaches them.
    const told = datedClaims("told", "My cousin's unit was told each man would get $1,500 a month.", "2025-07-15");
    expect(told.map((c) => c.kind)).not.toContain("pay-per-soldier");
  });
});

describe("a bare count said to have been sent, and the real number set against it", () => {
  it("'Q: The NIS says about 11,000 were sent in total.' is a force; 'A: … the real number is much higher, maybe 20,000.' too", () => {
    const claims = datedClaims(
      "interview",
      [
        "Ri Chol-min, a defector, spoke to the Test Post.",
        "Q: The NIS says about 11,000 were sent in total. Is that believable?",
        "A: I think the real number is much higher, maybe 20,000.",
        "About 300 were sent home in coffins, he said.",
      ].join("\n"),
      "2025-07-15",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 11,000", "troops-deployed"],
      ["maybe 20,000", "troops-deployed"],
    ]);
  });

  it("'a lower figure of around 11,000' counts what the counts before it count when only a question heading names the soldiers", () => {
    const lines = [
      "How many North Korean soldiers are in Russia?",
      "Estimates vary. S. Korea's spy agency puts the number at 10,000 to 12,000, while Ukraine's military intelligence agency says as many as 15,000 are in Russia.",
      "The Pentagon has given a lower figure of around 11,000.",
    ];
    const read = (body: string): string[][] =>
      datedClaims("heading", body, "2025-07-15").map((c) => [c.figure, c.kind]);
    expect(read(lines.join("\n"))).toEqual([
      ["10,000 to 12,000", "troops-deployed"],
      ["as many as 15,000", "troops-deployed"],
      ["around 11,000", "troops-deployed"],
    ]);
    // A heading that is no question names nothing the paragraph after it answers.
    expect(
      read(["North Korean soldiers in Russia", "Officials have given a lower figure of around 11,000."].join("\n")),
    ).toEqual([]);
  });
});

describe("the sources a credit counts", () => {
  it("'according to two defectors with contacts in the army.' counts the article's sources, not a figure", () => {
    const { claims, skipped } = extractCorpus([
      article(
        "counted-sources",
        "But the regime in Pyongyang keeps 90 per cent of the money, according to two defectors with contacts in the army.",
      ),
    ]);
    expect(claims.map((c) => c.figure)).toEqual(["90 per cent"]);
    expect(skipped.map((x) => [x.text, x.reason])).toEqual([["two", "a count of the article's sources"]]);
  });
});

describe("near misses of the rules on earlier figures, parts of the force, promises and lawmakers", () => {
  const read = (body: string, published = "2025-03-25"): string[] =>
    datedClaims("near-miss", body, published).map((c) =>
      [
        c.figure,
        c.kind,
        c.attributedTo?.name ?? "-",
        c.relayedBy?.name ?? "-",
        c.disputedBy?.name ?? "-",
        c.scope ?? "-",
        c.asOf,
      ].join(" | "),
    );
  it("dates a figure by the time of the words right after it only when they name it and end there", () => {
    expect(
      read(
        "The NIS said 600 North Korean soldiers had died and 3,800, the figure it gave in January, had been wounded.",
      ),
    ).toEqual([
      "600 | casualties-killed | NIS | - | - | - | 2025-03-25",
      "3,800 | casualties-wounded | NIS | - | - | - | 2025-01-01",
    ]);
    expect(
      read(
        "The NIS now puts the number of North Korean dead at 600, the figure it gave in January having been 300.",
      )[0],
    ).toBe("600 | casualties-killed | NIS | - | - | - | 2025-03-25");
  });
  it("scopes only the count 'Of those' opens with, an ordinal unit included, and no speaker as the front line", () => {
    const unit = "About 600 men from the regiment went to Russia, a defector said.";
    expect(
      read(
        `${unit} Of those, he knew of none who had returned, though the NIS says 11,000 troops are deployed overall.`,
      )[1],
    ).toMatch(/^11,000 \| troops-deployed \| NIS \| - \| - \| - \|/);
    expect(
      read(`${unit} Among them, the NIS says, the whole force has lost about 4,000 killed or wounded.`)[1],
    ).toMatch(/ \| - \| 2025-03-25$/);
    expect(read("About 600 soldiers from the 25th Brigade went to Kursk. Among them, 200 were wounded.")[1]).toMatch(
      /only those from the 25th Brigade/,
    );
    expect(read("Front-line soldiers told reporters that 11,000 North Koreans had arrived in Russia.")[0]).toMatch(
      / \| - \| 2025-03-25$/,
    );
    expect(
      read("About 2,000 North Korean soldiers arrived in Rostov, with all of them assigned to construction work.")[0],
    ).toMatch(/soldiers sent for labour/);
  });
  it("reads a promise as unpaid only when the next sentence says that pay never came", () => {
    expect(
      read(
        "The regiment was told each man would get $1,500 a month. Officers said they had not seen a single dollar of the $50,000 set aside for new trucks.",
        "2025-07-15",
      )[0],
    ).toMatch(/^\$1,500 a month \| soldier-take-home/);
  });
  it("sets a lawmaker against the agency only when the lawmaker's words do not name it as the source", () => {
    const nis = "The NIS said 600 North Korean soldiers had died.";
    const lawmaker = (line: string): string | undefined => read(line, "2025-03-01").at(-1);
    expect(lawmaker(`${nis} Russia has denied any losses. But lawmaker Lee Seong-kwon said 1,500 had died.`)).toMatch(
      /^1,500 \| casualties-killed \| Lee Seong-kwon \| - \|/,
    );
    expect(
      lawmaker(
        "The NIS put the North Korean death toll at about 600, while lawmaker Kim Byung-joo said 2,000 had died, according to Ukrainian estimates.",
      ),
    ).toMatch(/\| Kim Byung-joo \| - \|/);
    expect(
      lawmaker(
        "The NIS put the North Korean death toll at about 600, while lawmaker Kim Byung-joo, who was not at the briefing, said 2,000 had died.",
      ),
    ).toMatch(/\| Kim Byung-joo \| - \|/);
    expect(
      lawmaker(
        `${nis} However, lawmaker Kim Byung-joo said that about 2,000 had died, far more than the agency's figure.`,
      ),
    ).toMatch(/\| Kim Byung-joo \| - \|/);
    expect(
      lawmaker(
        `${nis} But lawmaker Lee Seong-kwon said the toll was nearer 1,500, twice what the NIS had told parliament.`,
      ),
    ).toMatch(/\| Lee Seong-kwon \| - \|/);
  });
  it("'The concern is not the 11,000 troops, as the NIS has said, but the 20,000 more …' disputes nothing", () => {
    expect(
      read(
        "The concern is not the 11,000 troops, as the NIS has said, but the 20,000 more that Pyongyang may send, Budanov said.",
        "2025-03-01",
      )[0],
    ).toMatch(/^11,000 \| troops-deployed \| NIS \| - \| - \|/);
  });
});

describe("near misses of the rules on counts sent, sources counted and parts of the force", () => {
  const read = (body: string): string[] =>
    datedClaims("near-miss-3", body, "2025-03-25").map((c) => [c.figure, c.kind, c.scope ?? "-"].join(" | "));
  it("reads 'were sent' as a force only for people, not arms, the wounded or prison camps", () => {
    expect(
      read(
        "North Korea has shipped thousands of containers of munitions to Russia. The NIS says about 13,000 were sent in total.",
      ),
    ).toEqual([]);
    expect(read("About 500 were sent to prison camps after returning, the defector said.")).toEqual([]);
    expect(
      read(
        "North Korean wounded are treated in Pyongyang, a defector said. About 400 were sent there in January alone.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^About 400 \| troops/));
  });
  it("counts sources only when nothing is said to have happened to them", () => {
    expect(
      read("Budanov raised the toll, citing 10 soldiers killed in a single drone strike near Sudzha."),
    ).toContainEqual(expect.stringMatching(/^10 \| casualties-killed/));
  });
  it("scopes every count of an 'Of those' clause and reads the unit before a year", () => {
    const unit = "About 600 men from the regiment went to Russia, a defector said.";
    expect(read(`${unit} Of those, 120 were killed and 200 wounded.`).slice(1)).toEqual([
      "120 | casualties-killed | only those from the regiment",
      "200 | casualties-wounded | only those from the regiment",
    ]);
    expect(read(`${unit} Among them, he said, 120 were killed.`)[1]).toBe(
      "120 | casualties-killed | only those from the regiment",
    );
    expect(read("About 600 soldiers from the 3rd Battalion went to Kursk in 2024. Of those, 120 were killed.")[1]).toBe(
      "120 | casualties-killed | only those from the 3rd Battalion",
    );
    expect(read("The NIS says front-line troops now number about 800.")[0]).toMatch(/those at the front$/);
    expect(read("The NIS puts front-line troops at about 800.")[0]).toMatch(/those at the front$/);
    expect(
      read(
        "About 2,000 North Korean soldiers are in Kursk, with all of the construction work done by Russian contractors.",
      )[0],
    ).toMatch(/ \| -$/);
    expect(
      read("The unit was told each man would get $1,500 a month. He never saw a single dollar of the $1,500.")[0],
    ).toMatch(/^\$1,500 a month \| pay-per-soldier/);
  });
});

describe("near misses of the mended rules on counts sent, sources, scopes and promises", () => {
  const read = (body: string): string[] =>
    datedClaims("near-miss-4", body, "2025-03-25").map((c) =>
      [c.figure, c.kind, c.attributedTo?.name ?? "-", c.scope ?? "-"].join(" | "),
    );
  it("reads 'were sent' by what was counted last, not by a noun in passing", () => {
    expect(
      read(
        "North Korean troops have fought beside Russian tanks in Kursk, officials say. The NIS says about 11,000 were sent in total.",
      ),
    ).toContainEqual(expect.stringMatching(/^about 11,000 \| troops-deployed/));
    expect(
      read(
        "About 300 North Korean soldiers have been killed and 2,700 wounded, the NIS said. The agency says about 11,000 were sent in total.",
      ),
    ).toContainEqual(expect.stringMatching(/^about 11,000 \| troops-deployed/));
    expect(
      read("North Korean troops first reached Kursk in October, the NIS said. About 11,000 were sent there in total."),
    ).toContainEqual(expect.stringMatching(/^About 11,000 \| troops-deployed/));
    expect(
      read("Pyongyang also sends construction workers to Russia. About 12,000 were sent last year, the NIS said."),
    ).toEqual([]);
  });
  it("keeps a source a source, whatever befell it after 'who'", () => {
    expect(
      read("About 3,000 North Koreans have died, according to three defectors who were wounded in Kursk."),
    ).toEqual(["About 3,000 | casualties-killed | three defectors | -"]);
    expect(
      read("The newspaper put the North Korean toll at more than 1,000, citing three soldiers who fought in Kursk."),
    ).toHaveLength(1);
  });
  it("scopes by a unit of a number written like a year, and keeps labour that 'all of' the men do", () => {
    expect(
      read("About 2000 men from the regiment went to Russia, a defector said. Of those, 120 were killed.").at(-1),
    ).toMatch(/only those from the regiment$/);
    expect(
      read("About 2,000 North Korean soldiers are in Donetsk, with all of these men doing construction work.")[0],
    ).toMatch(/soldiers sent for labour$/);
    expect(
      read("North Korea has rotated front-line units of about 800 men each through Kursk, the NIS said.")[0],
    ).toMatch(/ \| -$/);
  });
  it("reads a promise as unpaid only by the same sum in the same currency", () => {
    expect(
      read(
        "The unit was told each man would get $1,500 a month. He never saw a single dollar of the 1,500 roubles set aside for his food.",
      )[0],
    ).toMatch(/^\$1,500 a month \| soldier-take-home/);
  });
  it("keeps a lawmaker set against the agency unless he attended its briefing", () => {
    const nis = "The NIS told lawmakers that about 600 North Korean soldiers had died.";
    const credit = (body: string): string | undefined => publishedClaims(body, "Test Gazette")[1]?.attributedTo?.name;
    expect(
      credit(`${nis} But lawmaker Lee, who attended a conference in Kyiv last week, said the toll was nearer 1,500.`),
    ).toBe("Lee");
    expect(
      credit(`${nis} But lawmaker Lee, who had attended the closed-door session, said the toll was nearer 1,500.`),
    ).toMatch(/National Intelligence Service/);
  });
});

describe("near misses of the twice-mended rules", () => {
  const read = (body: string): string[] =>
    datedClaims("near-miss-5", body, "2025-03-25").map((c) => [c.figure, c.kind, c.scope ?? "-"].join(" | "));
  it("leaves a bare 'were sent' after the wounded, the dead or arms sent since a year", () => {
    expect(
      read("The 1,500 wounded were treated in Moscow, a doctor said. About 300 were sent there in March."),
    ).not.toContainEqual(expect.stringMatching(/^About 300 \| troops/));
    expect(
      read("About 1,000 bodies have been returned to the North. About 300 were sent in March."),
    ).not.toContainEqual(expect.stringMatching(/^About 300 \| troops/));
    expect(read("Pyongyang has shipped howitzers to Russia since 2024. About 200 were sent in March.")).toEqual([]);
  });
  it("keeps the dead, the captured and the seen out of a count of sources", () => {
    expect(read("The toll rose, the paper said, citing 12 people who were killed near Sudzha.")).toContainEqual(
      expect.stringMatching(/^12 \| casualties-killed/),
    );
  });
  it("keeps the unit of 'Of those' past a year and the labour of 'all of the men'", () => {
    expect(
      read(
        "About 600 men from the regiment went to Russia, where in 2025 soldiers from the Kursk garrison trained them. Of those, 120 were killed.",
      ).at(-1),
    ).toMatch(/only those from the regiment$/);
    for (const who of ["the men", "them", "the soldiers"])
      expect(
        read(`About 2,000 North Korean soldiers are in Donetsk, with all of ${who} doing construction work.`)[0],
      ).toMatch(/soldiers sent for labour$/);
  });
  it("reads any session or briefing a lawmaker attended as the agency's", () => {
    const nis = "The NIS told lawmakers that about 600 North Korean soldiers had died.";
    for (const session of [
      "a closed session",
      "the closed-door intelligence committee session",
      "the intelligence committee's meeting",
    ])
      expect(
        publishedClaims(
          `${nis} But lawmaker Lee, who attended ${session}, said the toll was nearer 1,500.`,
          "Test Gazette",
        )[1]?.attributedTo?.name,
      ).toMatch(/National Intelligence Service/);
  });
});

describe("near misses of the thrice-mended rules", () => {
  const read = (body: string): string[] =>
    datedClaims("near-miss-6", body, "2025-03-25").map((c) => [c.figure, c.kind, c.scope ?? "-"].join(" | "));
  it("reads a bare 'were sent' by the last count before it, a part of the wounded only when it can be one", () => {
    expect(
      read("North Korea shipped 5 million shells and 11,000 soldiers, the NIS said. About 3,000 were sent in March."),
    ).toContainEqual(expect.stringMatching(/^About 3,000 \| troops-deployed/));
    expect(read("About 1,000 wounded soldiers were flown home. About 3,000 were sent to the front.")).toContainEqual(
      expect.stringMatching(/^About 3,000 \| troops-deployed/),
    );
    expect(read("The 300 dead were buried in Kursk. About 11,000 were sent in total, the NIS said.")).toContainEqual(
      expect.stringMatching(/^About 11,000 \| troops-deployed/),
    );
    expect(
      read("The 1,500 wounded were treated in Moscow, a doctor said. About 300 were sent there in March."),
    ).not.toContainEqual(expect.stringMatching(/^About 300 \| troops/));
  });
  it("keeps sources whose clause speaks of others' deaths or of what they saw", () => {
    for (const who of [
      "5 defectors who lost relatives killed in Kursk",
      "3 soldiers who had seen the fighting",
      "2 officers who had taken part",
    ])
      expect(read(`The paper put the toll at 1,000, citing ${who}.`).map((c) => c.split(" | ")[0])).toEqual(["1,000"]);
  });
  it("keeps the regiment of 'a force of 2000 men' and no labour in 'the remaining construction work handled by Russian crews'", () => {
    expect(
      read("A force of 2000 men from the regiment went to Russia, a defector said. Of those, 120 were killed.").at(-1),
    ).toMatch(/only those from the regiment$/);
    expect(
      read(
        "About 2,000 North Korean soldiers are in Kursk, with all of the remaining construction work handled by Russian crews.",
      )[0],
    ).toMatch(/ \| -$/);
  });
  it("passes the briefing on only for a meeting of the intelligence committee or the hearing, not any meeting", () => {
    const nis = "The NIS told lawmakers that about 600 North Korean soldiers had died.";
    const credit = (where: string): string | undefined =>
      publishedClaims(
        `${nis} But lawmaker Lee, who attended ${where}, said the toll was nearer 1,500.`,
        "Test Gazette",
      )[1]?.attributedTo?.name;
    expect(credit("a meeting with Ukrainian officials in Kyiv")).toBe("Lee");
    expect(credit("the ruling party's meeting")).toBe("Lee");
    expect(credit("the hearing")).toMatch(/National Intelligence Service/);
  });
});

describe("a number that completes a name", () => {
  it("'Unit 10045', 'Bureau 121', 'military unit No. 586', 'Route 5' are skipped as names, 'Unit 400 men strong' is a count", () => {
    const { claims, skipped } = extractCorpus([
      article(
        "unit-names",
        [
          "About 3,000 soldiers of Unit 10045 were sent to Kursk, the NIS said.",
          "Bureau 121 and military unit No. 586 sent 200 men.",
          "Lee said on Route 5 that 40 troops died.",
          "Kim said Unit 400 men strong had been moved.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => c.figure)).toEqual(["About 3,000", "200", "40", "400"]);
    expect(skipped.filter((x) => x.reason === "a number in a name").map((x) => x.text)).toEqual([
      "10045",
      "121",
      "586",
      "5",
    ]);
  });
});

describe("a person who passes a body's figure on after it", () => {
  const one = (body: string): Claims => datedClaims("passes-on", body, "2025-02-11");
  it("'The NIS believes …, Bae said' and 'Rep. Bae … quoted Hwang as saying …' are passed on by Bae", () => {
    const claims = one(
      [
        "Rep. Bae Eun-ji said the NIS had briefed lawmakers.",
        "The NIS believes the North is preparing to send a further 1,500 troops, Bae said.",
        "Rep. Bae Eun-ji, who attended the briefing, quoted Hwang Jun-seok as saying the North had sent around 11,000 troops in total.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.relayedBy?.name ?? null])).toEqual([
      ["1,500", "NIS", "Bae Eun-ji"],
      ["around 11,000", "Hwang Jun-seok", "Bae Eun-ji"],
    ]);
  });
  it("'a figure Ryu said he could not confirm' and 'the 3,000 the Pentagon says it has confirmed' pass nothing on", () => {
    const claims = one(
      [
        "Ukrainian officials put the total number of North Korean dead at more than 1,000, a figure Ryu Seong-jin said he could not confirm.",
        "Kyiv says 4,000 North Korean soldiers have been killed or wounded, more than the 3,000 the Pentagon says it has confirmed.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.relayedBy?.name ?? null])).toEqual([
      ["more than 1,000", null],
      ["4,000", null],
    ]);
  });
});

describe("near misses of a fourth review, which keep their earlier readings", () => {
  const one = (slug: string, body: string): Claims => datedClaims(slug, body, "2025-03-15");
  it("an ordinal of a meeting, an anniversary or a comment lets the statement's date reach the figure; of a force it does not", () => {
    expect(
      one(
        "meeting",
        "About 11,000 North Korean troops are in Russia, the NIS said at a second meeting with lawmakers on March 11.",
      )[0]?.asOf,
    ).toBe("2025-03-11");
    expect(
      one(
        "anniversary",
        "About 600 North Korean soldiers have died, Budanov said on the third anniversary of the invasion on February 24.",
      )[0]?.asOf,
    ).toBe("2025-02-24");
    expect(
      one(
        "corps",
        "About 11,000 troops had been sent, and the 11th Corps reached Kursk on December 3, the NIS said.",
      )[0]?.asOf,
    ).toBe("2025-03-15");
  });
  it("a title-case headline's figure is no address: '“11,000 North Korean Troops Drive Into Kursk”'", () => {
    expect(
      one(
        "headline",
        "Yonhap ran the story under the headline \u201c11,000 North Korean Troops Drive Into Kursk\u201d, citing the NIS.",
      )[0]?.figure,
    ).toBe("11,000");
  });
  it("official figures for the deployment that stood at a figure are a head count; casualty figures for it are losses", () => {
    expect(
      one(
        "figures-for",
        "Official figures for the North Korean deployment stood at about 12,000 in February, the NIS said.",
      )[0]?.kind,
    ).toBe("troops-deployed");
    expect(
      one("casualty-figures", "Casualty figures for the North Korean contingent stood at 3,000, the NIS said.")[0]
        ?.kind,
    ).toBe("casualties-total");
  });
  it("only the reporting outlet's own 'citing' relays: not 'Lawmaker Kim, citing Yonhap, said …, and the Meridian Post reported …'", () => {
    const claims = one(
      "own-citing",
      "Lawmaker Kim Min-jun, citing Yonhap, said 300 North Korean soldiers had died, and the Meridian Post reported that the HUR puts the toll at 1,000.",
    );
    expect(claims.find((c) => c.figure === "1,000")?.via.map((v) => v.name)).not.toContain("Yonhap");
  });
  it("'did not know that North Korean and Russian units had lost 2,000 men' credits no one", () => {
    expect(
      one("and-units", "Peskov said he did not know that North Korean and Russian units had lost 2,000 men.")[0]
        ?.attributedTo,
    ).toBeNull();
  });
  it("a spokesman 'speaking for the first time' still is the unnamed one", () => {
    const claims = one(
      "first-time",
      "A Tarrow Ministry spokesman on Friday rejected a Ukrainian estimate that 11,000 North Korean soldiers are fighting in Kursk.\n\u201cThese are fabrications,\u201d spokesman Arkady Beloglazov, speaking for the first time about the deployment, told reporters.",
    );
    expect(claims[0]?.disputedBy?.name).toBe("Arkady Beloglazov");
  });
  it("'the figure given by Moscow' names Russia as the side whose figure is rejected", () => {
    const claims = one(
      "given-by-moscow",
      "Peskov said 500 North Korean soldiers had died, while the HUR put deaths at 4,000.\nAnalysts at the Vessen Institute dismissed the figure given by Moscow as implausible.",
    );
    expect(claims.find((c) => c.figure === "4,000")?.disputedBy ?? null).toBeNull();
  });
  it("'Lawmakers who were briefed cited leaked reports that 3,000 …' is the reports', not the lawmakers' own", () => {
    expect(
      one("leaked", "Lawmakers who were briefed cited leaked reports that 3,000 North Korean soldiers died.")[0]
        ?.attributedTo?.name,
    ).not.toBe("Lawmakers");
  });
});

describe("near misses of a fifth review, which keep their earlier readings", () => {
  const one = (slug: string, body: string): Claims => datedClaims(slug, body, "2025-03-01");
  it("the body's own official, or one who goes on to give a figure, passes nothing on", () => {
    for (const body of [
      "The NIS believes about 1,100 North Korean soldiers have been killed in Kursk, NIS spokesman Lee Jun-ho said.",
      "The NIS believes about 1,100 North Korean soldiers have died, the agency's director, Hwang Min-seok, said.",
      "Ukraine's HUR puts the number of North Korean dead at 3,000, lawmaker Bae Eun-ji says 1,100.",
    ]) {
      const first = one("own-official", body)[0];
      expect(first?.relayedBy ?? null).toBeNull();
      expect(first?.attributedTo?.name).not.toMatch(/Lee|Hwang|Bae/);
    }
  });
  it("'the first troops arrived on October 8' keeps its date off the figure", () => {
    expect(
      one(
        "first-troops",
        "About 11,000 North Korean troops are in Russia, the NIS said, and the first troops arrived on October 8.",
      )[0]?.asOf,
    ).toBe("2025-03-01");
  });
  it("'does not know the exact toll and estimates that about 2,000 …' keeps the speaker", () => {
    expect(
      one(
        "and-estimates",
        "Analyst Kim Do-hyun says he does not know the exact toll and estimates that about 2,000 North Korean soldiers have died.",
      )[0]?.attributedTo?.name,
    ).toBe("Kim Do-hyun");
  });
  it("'based at 1200 Soldiers Field Road in Boston' is an address; 'Citing Korea Wire Service, the Meridian Post reported …' relays both", () => {
    const claims = one(
      "road-in",
      "The veterans' group, based at 1200 Soldiers Field Road in Boston, said about 11,000 North Korean troops were in Russia.",
    );
    expect(claims.map((c) => c.figure)).toEqual(["about 11,000"]);
    const cited = publishedClaims(
      "Citing Korea Wire Service, the Meridian Post reported that South Korea's NIS puts the number of North Korean troops at 11,000.\n",
      "Eastbridge Times",
    );
    expect(cited[0]?.via.map((v) => v.name)).toEqual(["Meridian Post", "Korea Wire Service"]);
  });
  it("'citing counts by Russian war bloggers' names no Russian side; 'KIA figures for the contingent' are losses", () => {
    const claims = one(
      "bloggers",
      "Ukraine's HUR says about 3,000 North Korean soldiers have been killed.\nLawmaker Kim Tae-won rejected the estimate, citing counts by Russian war bloggers.",
    );
    expect(claims[0]?.disputedBy?.name).toBe("Kim Tae-won");
    expect(one("kia", "KIA figures for the contingent stood at about 1,100 in January, the HUR said.")[0]?.kind).toBe(
      "casualties-killed",
    );
  });
});

describe("near misses of a sixth review, which keep their earlier readings", () => {
  const one = (slug: string, body: string): Claims => datedClaims(slug, body, "2025-03-01");
  const base = "The NIS believes about 1,100 North Korean soldiers have been killed in Kursk";
  it("a closing ', X told Yonhap.', '… said Thursday.', '… said, without elaborating.' passes the figure on", () => {
    for (const end of [
      ", lawmaker Bae Eun-ji told Yonhap.",
      ", lawmaker Bae Eun-ji said Thursday.",
      ", lawmaker Bae Eun-ji said, without elaborating.",
    ]) {
      expect(one("closing", `${base}${end}`)[0]?.relayedBy?.name).toBe("Bae Eun-ji");
    }
  });
  it("a name or a day that holds a body's letters ('Dennis Cho', 'on Thursday', 'minister') is no official of it", () => {
    expect(one("dennis", `${base}, analyst Dennis Cho said.`)[0]?.relayedBy?.name).toBe("Dennis Cho");
    expect(
      one(
        "thursday",
        "Ukraine's HUR puts North Korean deaths at about 3,000, lawmaker Oksana Hrytsenko on Thursday said.",
      )[0]?.relayedBy?.name,
    ).toBe("Oksana Hrytsenko");
  });
  it("'did not know that killed and wounded soldiers numbered about 3,000' credits no one", () => {
    expect(
      one(
        "killed-and-wounded",
        "Analyst Lee Han-gyeol said he did not know that killed and wounded North Korean soldiers numbered about 3,000.",
      )[0]?.attributedTo,
    ).toBeNull();
  });
  it("an ordinal of a statement lets its date reach the figure ('in its third estimate on February 11')", () => {
    expect(
      one(
        "third-estimate",
        "About 11,000 North Korean troops are in Russia, the NIS said in its third estimate on February 11.",
      )[0]?.asOf,
    ).toBe("2025-02-11");
  });
});

describe("a noun after a singular article is no verb of speech", () => {
  it("'a Ukrainian estimate that', 'an early report that' speak; 'a few analysts estimate' does", () => {
    expect(
      findSpeechActs("A Tarrow spokesman on Friday rejected a Ukrainian estimate that 4,000 had died.").map(
        (a) => a.verb,
      ),
    ).toEqual(["rejected"]);
    expect(findSpeechActs("He cited an early report that 300 had died.").map((a) => a.verb)).not.toContain("report");
    expect(findSpeechActs("A few analysts estimate that 3,000 have died.")[0]?.subject?.name).toBe("A few analysts");
  });
});

describe("whom a speaker told, named before what the speaker says", () => {
  it("'told the Ledger his unit had counted 47' credits the commander, not 'Ledger his unit'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "told-the-ledger",
        "A Ukrainian commander told the Ledger his unit had counted 47 North Korean bodies after a single assault.\n",
      ),
    ]);
    expect(claims[0]?.attributedTo?.name).toBe("A Ukrainian commander");
    expect(entities.some((e) => /his unit/i.test(e.name))).toBe(false);
  });
});

describe("two spellings of one Korean name in one article", () => {
  it("are two people, each with their own figures, though other articles' spellings still fold together", () => {
    const one = extractCorpus([
      article(
        "a-two-kims",
        [
          "Kim Min-joon, 47, a lawmaker, said the National Intelligence Service had told parliament that about 12,050 North Korean soldiers were in Russia.",
          "Kim Min-jun, 39, a senior analyst at the Korea Strategy Forum, said about 1,550 had died. The two men are not related.",
          "Kim Min-jun said about 1,450 North Korean soldiers had been wounded.",
          "",
        ].join("\n"),
      ),
      article("b-one-kim", "Kim Min-joon said about 1,650 North Korean soldiers had been killed.\n"),
    ]).claims;
    const by = (f: string): string | undefined => one.find((c) => c.figure.endsWith(f))?.attributedTo?.id;
    const subject = (f: string): string | undefined => one.find((c) => c.figure === f)?.subject?.id;
    expect(subject("47")).not.toBe(subject("39"));
    expect(by("1,550")).toBe(subject("39"));
    expect(by("1,450")).toBe(subject("39"));
    // Another article's "Kim Min-joon" is the lawmaker the first article named first under that spelling.
    expect(by("1,650")).toBe(subject("47"));
  });
});

describe("a time opening the sentence before a pronoun", () => {
  it("'Last month it lowered the figure to …' and 'Later it raised …' are the body's the sentence before named", () => {
    const { claims } = extractCorpus([
      article(
        "t-opener-pronoun",
        [
          "The Cardew Agency raised its estimate to about 2,050 North Korean dead in September.",
          "Last month it lowered the figure to about 1,850, saying some of the dead had been counted twice.",
          "Later it raised the figure to about 1,950.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 2,050", "Cardew Agency"],
      ["about 1,850", "Cardew Agency"],
      ["about 1,950", "Cardew Agency"],
    ]);
  });
});

describe("someone described by the person they work for", () => {
  it("'Vendel's deputy' and 'an aide to Vendel' are not Vendel, and the page is told who the text says spoke", () => {
    const { claims } = extractCorpus([
      article(
        "t-relation",
        [
          "Tomas Vendel, the Cardew Agency's director, spoke on Monday.",
          "Vendel's deputy told a conference that about 12,050 North Korean troops were in Kursk.",
          "An aide to Vendel said about 13,050 North Korean troops were in Kursk.",
          "A spokesman for Vendel said about 14,050 North Korean troops were in Kursk.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["about 12,050", null, "Vendel's deputy"],
      ["about 13,050", null, "An aide to Vendel"],
      ["about 14,050", "Tomas Vendel", null],
    ]);
  });
});

describe("a sum someone puts at a figure", () => {
  it("'put the regime's annual income from the deployment higher, at about $500 million' is the speaker's", () => {
    const { claims } = extractCorpus([
      article(
        "t-put-income",
        "Anna Berg put the regime's annual income from the deployment higher, at about $510 million, once ammunition sales are included.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([["about $510 million", "Anna Berg"]]);
  });
});

describe("a speaker who is questioned, and one who does not recognise or confirm a report", () => {
  it("'Questioned by X, Y said N' and 'in response to a question from X' give Y's own figure, undisputed", () => {
    const { claims } = extractCorpus([
      article(
        "t-questioned",
        [
          "Questioned by Tomas Vendel, Anna Berg said about 2,010 North Korean soldiers had been killed.",
          "Under questioning from lawmakers, Anna Berg said about 2,110 North Korean soldiers had been killed.",
          "In response to a question from Tomas Vendel, Anna Berg said about 14,010 North Korean troops were in Russia.",
          "Anna Berg questioned the figure of 15,010 North Korean troops.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["about 2,010", "Anna Berg", null],
      ["about 2,110", "Anna Berg", null],
      ["about 14,010", "Anna Berg", null],
      ["15,010", null, "Anna Berg"],
    ]);
  });

  it("'did not recognise reports that N' disputes N; 'could not confirm reports that N' neither gives nor disputes it", () => {
    const { claims } = extractCorpus([
      article(
        "t-recognise",
        [
          "The Cardew Agency said it did not recognise reports that 25,010 North Korean troops were in Russia.",
          "The Tidewater Bureau said it could not confirm reports that 3,010 North Korean soldiers had been killed.",
          "The Tidewater Bureau said it could not confirm that 310 had been wounded.",
        ].join("\n"),
      ),
    ]);
    expect(
      claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.attributedAs ?? null]),
    ).toEqual([
      ["25,010", null, "Cardew Agency", null],
      ["3,010", null, null, "reports"],
      ["310", null, null, null],
    ]);
  });
});

describe("reports no one is named for, and reports that did not hold", () => {
  it("'Early reports of 100,000 troops were never confirmed' credits no one called 'Early' and is disputed by the article", () => {
    const { claims } = extractCorpus([
      article(
        "t-early",
        [
          "Early reports of 100,010 troops were never confirmed.",
          "Initial reports of 50,010 North Korean troops proved exaggerated.",
          "Media reports said 4,010 North Korean soldiers had arrived.",
          "About 12,010 North Korean troops are in Russia, the Cardew Agency said.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.stance])).toEqual([
      ["100,010", null, "disputes"],
      ["50,010", null, "disputes"],
      ["4,010", "Media reports", "asserts"],
      ["About 12,010", "Cardew Agency", "asserts"],
    ]);
  });
});

describe("an unnamed source who tells an outlet of a body's estimate, and a source an outlet cites", () => {
  it("'A source familiar with the matter told the Harbour Post that the Cardew Agency's internal estimate …' is the agency's estimate, never a source named by the sentence", () => {
    const { claims, entities } = extractCorpus([
      article(
        "t-familiar",
        "A source familiar with the matter told the Harbour Post that the Cardew Agency's internal estimate of North Korean wounded was north of 3,010.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([["north of 3,010", "Cardew Agency"]]);
    expect(entities.some((e) => /told/.test(e.name))).toBe(false);
  });

  it("'Harbour Ilbo, a progressive daily, said the agency's figure of 2,310 dead was an undercount and cited a military source putting the toll at …'", () => {
    const { claims } = extractCorpus([
      article(
        "t-daily",
        "Harbour Ilbo, a progressive daily, said the Cardew Agency's figure of 2,310 dead was likely an undercount.\nThe Tidewater Bureau cited a military source putting the toll at about 3,010.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["2,310", "casualties-killed", "Cardew Agency", "Harbour Ilbo"],
      ["about 3,010", "casualties-total", "a military source", null],
    ]);
  });
});

describe("a speaker after a contrast who says something of their own", () => {
  it("'Russia is said to pay about $2,000 a month, but defectors say most of it goes to the state' is not the defectors' figure", () => {
    const { claims } = extractCorpus([
      article(
        "t-but-say",
        [
          "Russia is said to pay about $2,010 a month per soldier, but defectors say most of it goes to the state.",
          "Russia pays about $2,110 a month per soldier, defectors say.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about $2,010 a month per soldier", null],
      ["about $2,110 a month per soldier", "defectors"],
    ]);
  });
});

describe("a figure in the question a speaker answers, and a source a quoted speaker names", () => {
  it("'Asked whether the 90 percent figure … was credible, X said …' is not X's; 'Asked about reports that N' is the reports'", () => {
    const { claims } = extractCorpus([
      article(
        "t-asked",
        [
          "Asked whether the 90 percent figure widely cited for the regime's share of the pay was credible, Anna Berg said it was plausible.",
          "Asked about reports that 12,010 North Korean troops were in Kursk, Anna Berg said she would not comment.",
          "Asked about casualties, Anna Berg said about 1,010 had been killed.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["90 percent", null, null],
      ["12,010", null, "reports"],
      ["about 1,010", "Anna Berg", null],
    ]);
  });

  it("'“Even the Cardew Agency says 610 have been killed,” Berg added' is the agency's, passed on by Berg", () => {
    const { claims } = extractCorpus([
      article(
        "t-quoted-source",
        [
          "Anna Berg is a researcher.",
          "“Even the Cardew Agency says 610 have been killed,” Berg added.",
          "“We think 710 have been killed,” Berg said.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.relayedBy?.name ?? null])).toEqual([
      ["610", "Cardew Agency", "Anna Berg"],
      ["710", "Anna Berg", null],
    ]);
  });

  it("'“Kyiv claims 12,000 …,” Berg said' is Kyiv's, passed on by Berg; '…, but that is nonsense' is disputed by Berg", () => {
    const { claims } = extractCorpus([
      article(
        "t-quoted-capital",
        [
          "Anna Berg is a researcher.",
          "“Kyiv claims 12,010 North Koreans have been killed,” Berg said.",
          "“Kyiv claims 12,020 North Koreans are in Russia, but that is nonsense,” Berg said.",
          "“Kyiv claims 12,030 North Koreans have been killed, but we think it is closer to 8,030,” Berg said.",
          "“The Cardew Agency says 11,030 North Korean soldiers were sent, but the real number is much higher,” Berg said.",
        ].join("\n"),
      ),
    ]);
    expect(
      claims.map((c) => [
        c.figure,
        c.attributedTo?.name ?? null,
        c.relayedBy?.name ?? null,
        c.disputedBy?.name ?? null,
      ]),
    ).toEqual([
      ["12,010", "Kyiv", "Anna Berg", null],
      ["12,020", "Kyiv", null, "Anna Berg"],
      ["12,030", "Kyiv", null, "Anna Berg"],
      ["closer to 8,030", "Anna Berg", null, null],
      ["11,030", "Cardew Agency", null, "Anna Berg"],
    ]);
  });
});

describe("soldiers who have crossed, and a time first reported", () => {
  it("'as many as 16,000 … have crossed into Russia' are there, not to come", () => {
    const { claims } = extractCorpus([
      article(
        "t-crossed",
        "The Cardew Agency says as many as 16,010 North Korean troops have crossed into Russia.\nUp to 6,010 more North Korean troops could be sent.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["as many as 16,010", "troops-deployed"],
      ["Up to 6,010", "troops-projected"],
    ]);
  });

  it("'since it was first reported in October, when the agency said 1,500 …' is of October", () => {
    const dated = {
      ...article(
        "t-first-reported",
        "The deployment has grown since it was first reported in October, when the Cardew Agency said 1,510 North Korean troops had arrived.",
      ),
      meta: ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette", published: "2025-01-30" }),
    };
    const { claims } = extractCorpus([dated]);
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([["1,510", "2024-10-01"]]);
  });
});

describe("the HUR under its names, by the editors' list", () => {
  it("'Ukraine's military intelligence agency', 'the HUR' and 'Ukrainian military intelligence' are one body", () => {
    const { claims } = extractCorpus(
      [
        article(
          "h-full",
          "Ukraine's military intelligence agency said on Monday that about 1,510 North Korean soldiers had been killed.\n",
        ),
        article("h-short", "The HUR said on Tuesday that about 1,610 North Korean soldiers had been killed.\n"),
        article("h-adj", "Ukrainian military intelligence said 1,710 North Korean soldiers had been killed.\n"),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(new Set(claims.map((c) => c.attributedTo?.id))).toEqual(new Set(["ukraines-military-intelligence-agency"]));
  });
});

describe("a report a described body published, a synthesis of several inputs, and two bodies named together", () => {
  it("'The Vessen Institute, a research group, on Tuesday published a report' makes 'The report estimates …' the institute's", () => {
    const { claims } = extractCorpus([
      article(
        "t-report-author",
        [
          "The Harbour Institute, a defence research group in Oslo, on Tuesday published a report on the deployment.",
          "The Cardew Agency told lawmakers in April that about 15,010 North Korean troops had been sent.",
          "The report estimates that Russia pays $1,810 to $2,210 a month per soldier.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 15,010", "Cardew Agency"],
      ["$1,810 to $2,210 a month per soldier", "Harbour Institute"],
    ]);
  });

  it("'puts the dead at …, citing Ukrainian body counts and agency figures' is the institute's own", () => {
    const { claims } = extractCorpus([
      article(
        "t-several-inputs",
        "The Harbour Institute puts the North Korean dead at 1,510 to 2,010, citing Ukrainian body counts and Cardew Agency figures.",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["1,510 to 2,010", "Harbour Institute", []],
    ]);
  });

  it("'according to the Pentagon and South Korean intelligence' is no body of that name", () => {
    const { claims, entities } = extractCorpus(
      [
        article(
          "t-two-bodies",
          "About 11,010 North Korean soldiers are in Russia, according to the Pentagon and South Korean intelligence.\nAbout 12,010 are in Kursk, according to US and South Korean officials.",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.id ?? null])).toEqual([
      ["About 11,010", "south-korea-nis"],
      ["About 12,010", claims[1]?.attributedTo?.id ?? null],
    ]);
    expect(entities.some((e) => / and /.test(e.name) && e.type === "organization")).toBe(false);
  });
});

describe("a day after a body's name", () => {
  it("'The Harbour Institute on Tuesday published a report' is the institute, not 'Harbour Institute on Tuesday'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "t-day-after",
        "The Harbour Institute on Tuesday published a report on the deployment.\nThe report estimates that about 15,010 North Korean troops are in Russia.",
      ),
    ]);
    expect(claims.map((c) => c.attributedTo?.name ?? null)).toEqual(["Harbour Institute"]);
    expect(entities.some((e) => /Tuesday/.test(e.name))).toBe(false);
  });
});

describe("one who presses the speaker, and one who declined to give a figure", () => {
  it("'Pressed by X, the minister declined to give a death toll, saying only …' is not X's, and quotes 'the minister'", () => {
    const { claims } = extractCorpus([
      article(
        "t-pressed",
        [
          "Pressed by the lawmaker Tomas Vendel, the minister declined to give a death toll, saying only that losses were “in the thousands”.",
          "Anna Berg declined to give a death toll, saying only that about 1,010 had died.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["thousands", null, "the minister"],
      ["about 1,010", "Anna Berg", null],
    ]);
  });
});

describe("a known body as the subject of a sentence that credits nothing", () => {
  it("'On casualties, the Harbour Institute is more cautious. It estimates …' is the institute's", () => {
    const { claims } = extractCorpus([
      article(
        "t-lead-subject",
        [
          "The Harbour Institute said about 12,010 North Korean troops were in Russia.",
          "The Cardew Agency put the number of troops at 12,510 in February.",
          "On casualties, the Harbour Institute is more cautious.",
          "It estimates 4,010 to 5,510 casualties.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 12,010", "Harbour Institute"],
      ["12,510", "Cardew Agency"],
      ["4,010 to 5,510", "Harbour Institute"],
    ]);
  });
});

describe("a source that calls its own figure a mistake", () => {
  it("'the January figure had been a mistake and … the correct total was 5,300' withdraws its 6,000, and the January is not the new figure's date", () => {
    const dated = {
      ...article(
        "t-own-mistake",
        [
          "On 29 January the Cardew Agency said about 6,010 North Korean soldiers had been killed or wounded.",
          "On 12 February the agency said the January figure had been a mistake and that the correct total was 5,310.",
        ].join("\n"),
      ),
      meta: ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette", published: "2025-02-14" }),
    };
    const { claims } = extractCorpus([dated]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.asOf])).toEqual([
      ["about 6,010", "Cardew Agency", "Cardew Agency", "2025-01-29"],
      ["5,310", "Cardew Agency", null, "2025-02-12"],
    ]);
  });
});

describe("words of a question judge nothing", () => {
  it("'Asked by the chair, X, whether the South Korean figure of 15,000 was too high, Y said: “I would not quarrel with it.”' disputes nothing", () => {
    const { claims } = extractCorpus([
      article(
        "t-question-too-high",
        [
          "Asked by the committee chair, Tomas Vendel, whether the Cardew Agency's figure of 15,010 troops was too high, Anna Berg said: “I would not quarrel with it.”",
          "Anna Berg said the Cardew Agency's figure of 16,010 troops was too high.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["15,010", "Cardew Agency", null],
      ["16,010", "Cardew Agency", "Anna Berg"],
    ]);
  });
});

describe("the new rules stay within their words", () => {
  it("a later clause's 'never confirmed', 'proved unfounded' or 'too small to' disputes nothing; 'That toll is far too low' disputes only the toll", () => {
    const { claims } = extractCorpus([
      article(
        "t-bounds-of-doubt",
        [
          "The Cardew Agency said about 11,010 troops had been sent to Russia, a deployment that Moscow has never confirmed.",
          "Anna Berg said about 11,020 North Korean troops had been sent, though fears that they would be used against cities proved unfounded.",
          "The Tidewater Bureau said about 11,030 North Korean soldiers had been sent. That number is too small to change the course of the war, analysts said.",
          "The Harbour Agency said about 12,010 troops had been sent and about 410 killed. That toll is far too low, Tomas Vendel said.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["about 11,010", "Cardew Agency", null],
      ["about 11,020", "Anna Berg", null],
      ["about 11,030", "Tidewater Bureau", null],
      ["about 12,010", "Harbour Agency", null],
      ["about 410", "Harbour Agency", "Tomas Vendel"],
    ]);
  });

  it("a speaker's own figure after 'could not confirm …, but' or 'that figure, adding' stays theirs", () => {
    const { claims } = extractCorpus([
      article(
        "t-own-after-unconfirmed",
        [
          "The Cardew Agency could not confirm reports of casualties but estimated that about 510 North Korean soldiers had been killed.",
          "Anna Berg said she could not confirm that figure, adding that her own sources put the number of dead at 610.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 510", "Cardew Agency"],
      ["610", "Anna Berg"],
    ]);
  });

  it("'put … revenue at risk' is no figure put; 'could take as many as 30,000 more' is to come; a person labels a list item", () => {
    const { claims } = extractCorpus([
      article(
        "t-put-at-risk",
        [
          "Sanctions have put North Korea's export revenue at risk, with some $510 million lost last year, analysts said.",
          "Russia could take as many as 30,010 more North Korean troops, a Ukrainian official said.",
          "- Anna Berg: about 11,040 troops; 310 killed",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["some $510 million", "context", "analysts"],
      ["as many as 30,010", "troops-projected", "a Ukrainian official"],
      ["about 11,040", "troops-deployed", "Anna Berg"],
      ["310", "casualties-killed", "Anna Berg"],
    ]);
  });

  it("'By Oct 14,000 …' reads no day 14; 'When asked … he said about 15,000, X told reporters' and 'was publicly estimating' keep the speaker", () => {
    const { claims } = extractCorpus([
      article(
        "t-small-bounds",
        [
          "By Oct 14,010 North Korean troops had arrived in Russia, the Cardew Agency said.",
          "When asked how many troops were in Kursk he said about 15,010, Anna Berg told reporters.",
          "Tomas Vendel was publicly estimating North Korean losses at 4,010 by February.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.asOf?.endsWith("-14") ?? false])).toEqual([
      ["14,010", "Cardew Agency", false],
      ["about 15,010", "Anna Berg", false],
      ["4,010", "Tomas Vendel", false],
    ]);
  });
});

describe("a figure a speaker rejects in passing, and a second source set against the first", () => {
  const credits = (body: string, publisher?: string) =>
    extractCorpus([
      publisher
        ? { ...article("t-reject", body), meta: ArticleMetaSchema.parse({ title: "T", publisher }) }
        : article("t-reject", body),
    ]).claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.stance]);

  it("'X said N, not M' leaves M to no one, given only to be rejected by X; 'not M as Y says' is Y's", () => {
    expect(
      credits(
        [
          "The Cardew Agency said 11,010 North Korean troops were in Russia, not 15,010.",
          "About 610 North Korean soldiers have been killed, not 3,010 as Kyiv says, the Tidewater Bureau said.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["11,010", "Cardew Agency", null, "asserts"],
      ["15,010", null, "Cardew Agency", "disputes"],
      ["About 610", "Tidewater Bureau", null, "asserts"],
      ["3,010", "Kyiv", "Tidewater Bureau", "asserts"],
    ]);
  });

  it("'…, while X gave $1,800' and '; X cited 12,000' are X's", () => {
    expect(
      credits(
        [
          "Ukrainian officials say Russia pays $2,010 a month per soldier, while the Cardew Agency gave $1,810.",
          "The Tidewater Bureau says 11,020 North Korean troops are in Russia; the Cardew Agency cited 12,020.",
          "Russia gave each soldier $110, defectors said.",
          "",
        ].join("\n"),
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["$2,010 a month per soldier", "Ukrainian officials"],
      ["$1,810", "Cardew Agency"],
      ["11,020", "Tidewater Bureau"],
      ["12,020", "Cardew Agency"],
      ["$110", "defectors"],
    ]);
  });

  it("'found that', 'finds that', 'concludes that' credit the finder", () => {
    expect(
      credits(
        [
          "The Cardew Agency found that about 610 North Korean soldiers had been killed.",
          "The Tidewater Bureau published a report on Monday. The report finds that 11,030 North Korean troops are in Russia.",
          "It concludes that upwards of 3,030 have been killed or wounded.",
          "",
        ].join("\n"),
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["about 610", "Cardew Agency"],
      ["11,030", "Tidewater Bureau"],
      ["upwards of 3,030", "Tidewater Bureau"],
    ]);
  });

  it("a fact-check's verdict that a claim stands on nothing disputes it", () => {
    for (const verdict of [
      "There is no evidence for that.",
      "The claim is unfounded.",
      "We found no evidence to support it.",
      "That figure has no basis.",
      "We found no support for that figure.",
    ])
      expect(
        credits(`A viral post claims that 40,010 North Korean soldiers have died.\n${verdict}\n`, "Harbour Ledger"),
        verdict,
      ).toEqual([["40,010", "A viral post", "Harbour Ledger", "asserts"]]);
    expect(
      credits(
        "A viral post claims that 40,020 North Korean soldiers have died.\nThere is no evidence that it was shared.\n",
        "Harbour Ledger",
      ),
    ).toEqual([["40,020", "A viral post", null, "asserts"]]);
  });

  it("the article's own correspondent is no source: the one she names is, else no one", () => {
    expect(
      credits(
        [
          "Our Seoul correspondent Anna Berg reports that about 11,050 North Korean troops remain in Kursk, according to the Cardew Agency.",
          "Our correspondent in Kyiv, Tomas Vendel, reports that 3,050 have been killed.",
          "An official of the Tidewater Bureau told our correspondent that 11,060 troops are in Kursk.",
          "",
        ].join("\n"),
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["about 11,050", "Cardew Agency"],
      ["3,050", null],
      ["11,060", "Tidewater Bureau"],
    ]);
  });

  it("'Update: X has since revised this figure to N' is X's", () => {
    expect(
      credits(
        [
          "The Cardew Agency says roughly 3,070 North Korean troops have been killed or wounded.",
          "Update: The Cardew Agency has since revised this figure to 4,070.",
          "The Tidewater Bureau has now raised its estimate to 610 dead.",
          "",
        ].join("\n"),
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["roughly 3,070", "Cardew Agency"],
      ["4,070", "Cardew Agency"],
      ["610", "Tidewater Bureau"],
    ]);
  });

  it("a question after a transcript's label ('Q:', 'Q.') states nothing", () => {
    expect(
      credits(
        [
          "Q: Is it true that Russia pays each soldier $2,010 a month?",
          "A: Yes.",
          "Q. Do 11,040 North Korean soldiers really fight in Kursk?",
          "Q: Would you say the state keeps 90 percent of the pay?",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("the new rules kept to their words", () => {
  const credits = (body: string, publisher = "Harbour Ledger") =>
    extractCorpus([
      { ...article("t-kept", body), meta: ArticleMetaSchema.parse({ title: "T", publisher }) },
    ]).claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null]);

  it("an 'as X reported' aside after a year still credits X; only one after another figure vouches for that one", () => {
    expect(
      credits("About 11,080 North Korean soldiers were sent to Russia in late 2024, as the Cardew Agency reported.\n"),
    ).toEqual([["About 11,080", "Cardew Agency", null]]);
  });

  it("a correspondent named elsewhere in the sentence leaves its source alone", () => {
    expect(
      credits(
        [
          "Our correspondent reports that the Cardew Agency said 13,080 North Korean soldiers had been sent.",
          "The Tidewater Bureau, which our correspondent contacted on Monday, said about 11,090 North Korean soldiers had been sent.",
          "Asked by our reporter, a Cardew Agency official said about 310 North Korean soldiers had been killed.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["13,080", "Cardew Agency", null],
      ["about 11,090", "Tidewater Bureau", null],
      ["about 310", "a Cardew Agency official", null],
    ]);
  });

  it("'while Russia gave $2,000 a month to each family' gives money and states no figure", () => {
    expect(
      credits(
        "North Korea has sent about 11,100 troops to Russia, while Russia gave $2,080 a month to each soldier's family.\n",
      ),
    ).toEqual([
      ["about 11,100", null, null],
      ["$2,080 a month", null, null],
    ]);
  });

  it("a caveat ('no independent evidence', 'little hard evidence') disputes nothing", () => {
    expect(
      credits(
        "The Cardew Agency said 12,080 North Korean soldiers had been killed.\nThere is no independent evidence for the figure.\n",
      ),
    ).toEqual([["12,080", "Cardew Agency", null]]);
  });

  it("what investigators may find, and what soldiers found out, is no source's finding", () => {
    expect(
      credits(
        [
          "Investigators may find that as many as 5,080 North Korean soldiers have been killed.",
          "The soldiers found that the promised $2,090 a month was withheld by Pyongyang.",
          "",
        ].join("\n"),
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ["as many as 5,080", null],
      ["$2,090 a month", null],
    ]);
  });
});

describe("verbs of speech, denial and doubt in every tense", () => {
  const credits = (body: string) =>
    extractCorpus([
      { ...article("t-verbs", body), meta: ArticleMetaSchema.parse({ title: "T", publisher: "Harbour Ledger" }) },
    ]).claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null]);

  it("a denial or a doubt in the present tense disputes the figure it names", () => {
    for (const words of [
      "The Cardew Agency denies that",
      "The Cardew Agency rejects reports that",
      "The Cardew Agency dismisses reports that",
      "The Cardew Agency refutes claims that",
      "The Cardew Agency contests reports that",
      "Analysts at the Cardew Agency doubt that",
      "The Cardew Agency questions whether",
    ])
      expect(credits(`${words} 11,110 North Korean troops are in Kursk.\n`), words).toEqual([
        ["11,110", null, expect.stringContaining("Cardew Agency")],
      ]);
  });

  it("'little doubt that' and 'the question whether' are nouns, not a doubt of the figure", () => {
    expect(
      credits(
        [
          "There is little doubt that 11,120 North Korean troops are in Kursk, the Cardew Agency said.",
          "The question whether 11,130 North Korean troops remain in Kursk is still open, the Tidewater Bureau said.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["11,120", "Cardew Agency", null],
      ["11,130", "Tidewater Bureau", null],
    ]);
  });

  it("insisting, conceding, reiterating, informing, pegging and being quoted credit the speaker", () => {
    for (const [body, figure] of [
      ["The Cardew Agency insists that 11,140 North Korean troops are in Kursk.", "11,140"],
      ["The Cardew Agency maintains that 11,150 North Korean troops are in Kursk.", "11,150"],
      ["The Cardew Agency concedes that 610 North Korean soldiers have been killed.", "610"],
      ["About 11,160 North Korean troops are in Kursk, the Cardew Agency reiterated on Monday.", "About 11,160"],
      ["The Cardew Agency informed lawmakers that 11,170 North Korean troops are in Kursk.", "11,170"],
      ["The Cardew Agency pegged the number at 11,180 North Korean troops.", "11,180"],
      ["About 11,190 North Korean troops are in Kursk, the Cardew Agency was quoted as saying.", "About 11,190"],
      ["About 11,200 North Korean troops are in Kursk, Cardew Agency data show.", "About 11,200"],
      ["About 11,210 North Korean troops are in Kursk, in the Cardew Agency's estimate.", "About 11,210"],
    ])
      expect(credits(`${body}\n`), body).toEqual([[figure, "Cardew Agency", null]]);
  });

  it("keeping troops, repeated attacks, informed sources and bare data name no speaker by those words", () => {
    expect(
      credits(
        [
          "Repeated attacks killed 620 North Korean soldiers, the Cardew Agency said.",
          "The data show that 11,220 North Korean troops are in Kursk.",
          "Satellite images show 11,230 North Korean troops in Kursk.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["620", "Cardew Agency", null],
      ["11,220", null, null],
      ["11,230", null, null],
    ]);
  });

  it("a figure a sentence leaves open ('unclear whether') states nothing; one named as known is kept", () => {
    expect(
      credits(
        [
          "It is unclear whether 11,240 North Korean troops remain in Kursk, the Cardew Agency said.",
          "Officials could not say whether as many as 3,240 North Korean soldiers have died.",
          "It is not clear if anywhere near 11,250 North Korean troops were ever sent.",
          "It is unclear whether the 11,260 North Korean troops sent in October remain in Kursk.",
          "",
        ].join("\n"),
      ),
    ).toEqual([["11,260", null, null]]);
  });
});

describe("who is credited when the sentence names more than its speaker", () => {
  const credits = (body: string) =>
    extractCorpus([
      { ...article("t-who", body), meta: ArticleMetaSchema.parse({ title: "T", publisher: "Harbour Ledger" }) },
    ]).claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.subject?.name ?? null]);

  it("an unnamed speaker with a relative clause is the speaker, not the words after 'said'", () => {
    expect(
      credits(
        "A senior Ukrainian official, who asked not to be named, said Moscow pays Pyongyang about two thousand dollars a month for each soldier.\n",
      ),
    ).toEqual([["about two thousand dollars a month", "A senior Ukrainian official", null]]);
  });

  it("a person an outlet quoted in full is the one a later bare surname means", () => {
    expect(
      credits(
        [
          "The paper quoted Anna Berg, a former analyst, as saying the war was costly.",
          "Berg, 61, said about 10,310 soldiers had been sent.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["61", "Anna Berg", "Anna Berg"],
      ["about 10,310", "Anna Berg", null],
    ]);
  });

  it("the year an unnamed speaker left is theirs, not the person's named before", () => {
    expect(
      credits(
        [
          "Tomas Vendel, a former official, told the Harbour Ledger that the state keeps most of the money.",
          "A defector who left the North in 2016 said soldiers were told they would earn $310 a month.",
          "",
        ].join("\n"),
      ).filter(([figure]) => figure === "2016"),
    ).toEqual([["2016", "A defector", "A defector"]]);
  });

  it("the town where unnamed people are, and a country saying a figure in a reduced clause", () => {
    expect(
      credits(
        [
          "About 620 North Korean soldiers have been killed, according to families in Lamberton.",
          "Her son is among the 11,410 soldiers South Korea says were sent to fight for Russia.",
          "About 630 North Korean soldiers have been killed, officials at the Cardew Agency said.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["About 620", "families", null],
      ["11,410", "South Korea", null],
      ["About 630", "Cardew Agency", null],
    ]);
  });
});

describe("the new verbs and rules kept to their words", () => {
  const read = (body: string) =>
    extractCorpus([
      { ...article("t-kept2", body), meta: ArticleMetaSchema.parse({ title: "T", publisher: "Harbour Ledger" }) },
    ]).claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null]);

  it("a present-tense verb that says no figure leaves the sentence's speaker alone", () => {
    expect(
      read(
        [
          "Moscow denies sending troops, but the Cardew Agency says 11,252 North Korean troops are in Kursk.",
          "Kyiv concedes nothing, but the Cardew Agency said 11,253 North Korean troops are in Kursk.",
          "Russia repeated attacks that killed 611 North Korean soldiers, the Cardew Agency said.",
          "About 11,254 North Korean troops are in Kursk, the Cardew Agency maintains.",
          "Few doubt that 11,255 North Korean troops are in Kursk, the Cardew Agency said.",
          "About 11,256 North Korean troops are in Kursk, the Cardew Agency's figures suggest.",
          "About 11,257 North Korean troops are in Kursk, said Cardew Agency officials.",
          "",
        ].join("\n"),
      ).map((r) => [r[0], r[2], r[3]]),
    ).toEqual([
      ["11,252", "Cardew Agency", null],
      ["11,253", "Cardew Agency", null],
      ["611", "Cardew Agency", null],
      ["About 11,254", "Cardew Agency", null],
      ["11,255", "Cardew Agency", null],
      ["About 11,256", "Cardew Agency", null],
      ["About 11,257", "Cardew Agency officials", null],
    ]);
  });

  it("a doubt of what troops can do, and data no one owns, credit and dispute nothing", () => {
    expect(
      read(
        [
          "Analysts doubt that the 11,258 North Korean troops in Kursk can turn the tide.",
          "Lawmakers question whether 11,259 North Korean troops are enough to hold Kursk.",
          "Satellite data show 11,260 North Korean troops in Kursk.",
          "",
        ].join("\n"),
      ).map((r) => [r[0], r[2], r[3]]),
    ).toEqual([
      ["11,258", null, null],
      ["11,259", null, null],
      ["11,260", null, null],
    ]);
  });

  it("a figure stated as known after 'whether' is kept; both of two open alternatives are skipped", () => {
    expect(
      read(
        [
          "It is unclear whether Pyongyang has sent more troops since it dispatched about 11,261 in October.",
          "Nobody knows whether North Korea has 11,262 or 15,262 soldiers in Russia now.",
          "It was not immediately clear whether about 3,262 North Korean soldiers had been killed.",
          "",
        ].join("\n"),
      ).map((r) => r[0]),
    ).toEqual(["about 11,261"]);
  });

  it("troops sent, the forces that fight the North Koreans, and pay in kind stay what they were", () => {
    expect(
      read(
        [
          "About 11,263 North Korean soldiers left the country for Russia in October.",
          "Russia brought 2,263 North Korean troops back to the front.",
          "North Korea has sent a corps of about 11,264 troops to Russia.",
          "The 12,264-strong contingent is made up largely of the Storm Corps.",
          "Ukrainian forces say they have killed about 4,264 of them.",
          "Russian soldiers are promised $2,364 a month, while North Korean soldiers are promised $2,065.",
          "Russia has given Pyongyang $1.4 billion in goods and cash for the soldiers.",
          "Pyongyang keeps about 91 percent of the soldiers' pay in taxes and fees.",
          "",
        ].join("\n"),
      )
        .filter((r) => r[1] !== "context")
        .map((r) => [r[0], r[1]]),
    ).toEqual([
      ["About 11,263", "troops-deployed"],
      ["2,263", "troops-deployed"],
      ["about 11,264", "troops-deployed"],
      ["12,264", "troops-deployed"],
      ["about 4,264", "casualties-killed"],
      ["$2,065", "pay-per-soldier"],
      ["$1.4 billion", "pay-total"],
      ["about 91 percent", "regime-share"],
    ]);
  });

  it("a forecast's year dates only what was said after it, and a possessive is no name to quote", () => {
    const claims = extractCorpus([
      {
        ...article(
          "t-kept3",
          [
            "About 15,265 North Korean troops are now in Russia, Anna Berg said, after she told lawmakers in 2024 that about 10,265 soldiers would be sent.",
            "The paper cited Kim Jong Un's decree on the deployment.",
            "Kim said 11,265 North Korean troops were in Russia.",
            "",
          ].join("\n"),
        ),
        meta: ArticleMetaSchema.parse({ title: "T", publisher: "Harbour Ledger", published: "2025-06-03" }),
      },
    ]).claims;
    expect(claims.map((c) => [c.figure, c.asOf, c.attributedTo?.name ?? null])).toEqual([
      ["About 15,265", "2025-06-03", "Anna Berg"],
      ["about 10,265", "2024-01-01", "Anna Berg"],
      ["11,265", "2025-06-03", "Kim"],
    ]);
  });
});

describe("who judges a figure after 'and that'", () => {
  it("'a figure no government has confirmed and that Anna Berg dismissed as propaganda' is disputed by her, not by its claimant", () => {
    const claims = extractCorpus([
      {
        ...article(
          "t-judged",
          "A military blogger claimed in March that 40,310 North Korean soldiers had arrived, a figure no government has confirmed and that Anna Berg dismissed as propaganda.\n",
        ),
        meta: ArticleMetaSchema.parse({ title: "T", publisher: "Harbour Ledger" }),
      },
    ]).claims;
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["40,310", "A military blogger", "Anna Berg"],
    ]);
  });
});

describe("a person's id", () => {
  it("is the same whichever way of writing a Korean given name apart an article added later writes first", () => {
    const later = article("m-later", "Kim Seong-ho said 11,200 North Korean troops were in Russia.\n");
    const ids = ["Kim Seong Ho", "Kim Seongho", "Seong-ho Kim"].map((spelling) => {
      const first = article("a-first", `${spelling} said 1,020 North Korean soldiers had been killed.\n`);
      const { claims } = extractCorpus([first, later]);
      expect(new Set(claims.map((c) => c.attributedTo?.id)).size).toBe(1);
      return claims[1]?.attributedTo?.id;
    });
    expect(ids).toEqual(["kim-seongho", "kim-seongho", "kim-seongho"]);
    // Other names keep the id of their words.
    const { claims } = extractCorpus([
      article("o-other", "Anna-Lena Berg said 1,020 North Korean soldiers had died.\n"),
    ]);
    expect(claims[0]?.attributedTo?.id).toBe("anna-lena-berg");
  });
});

describe("a reported figure someone says soldiers never get anything like", () => {
  it("stays its source's, disputed by the speaker, with no hedge of the source's and the kind of what is reported", () => {
    const { claims } = extractCorpus(
      [
        article(
          "n-nothing-like",
          [
            "A former officer, Kwon Min-gyu, says soldiers sent to Russia are unlikely to see anything close to the $2,100 a month that South Korea's spy agency has reported.",
            "Kwon said soldiers get nothing like the $2,100 a month.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    const [reported, bare] = claims;
    expect(reported).toMatchObject({
      attributedTo: { id: "south-korea-nis" },
      disputedBy: { id: "kwon-mingyu" },
      hedges: [],
      kind: "soldier-take-home",
    });
    // With nobody said to have reported it, the figure is no one's claim of what soldiers get.
    expect(bare?.kind).toBe("context");
  });
});

describe("a rejection followed by the rejecter's own figure", () => {
  it("'…, putting the toll at no more than 600' is the rejecter's own count of the same losses, not disputed by it", () => {
    const { claims } = extractCorpus(
      [
        article(
          "r-own-figure",
          [
            "The Cardew Agency rejected Kyiv's count of 1,040 North Korean dead as exaggerated, putting the toll at no more than 610.",
            "The Cardew Agency disputed Moscow's figure of 5,040 North Korean dead, estimating the number killed at about 1,210.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["1,040", "casualties-killed", "Kyiv", "Cardew Agency"],
      ["no more than 610", "casualties-killed", "Cardew Agency", null],
      ["5,040", "casualties-killed", "Moscow", "Cardew Agency"],
      ["about 1,210", "casualties-killed", "Cardew Agency", null],
    ]);
  });
});

describe("labels and places that name no one", () => {
  it("'Correction:', 'Update:', an entry's time and a place after 'in' are never the person a figure is about", () => {
    const { claims, entities } = extractCorpus([
      article(
        "l-labels",
        [
          "11:30 GMT – Correction: in the 09:20 entry we said 1,210 North Korean soldiers had died.",
          "14:47 GMT – A North Korean soldier captured by Ukraine told interrogators he was 20 years old.",
          "Update: A captured soldier told interrogators he had enlisted in 2022.",
          "Q: You were born in Hamhung in 1982?",
          "Seongjin Ryu, as he signs his name in English, said 11,090 North Korean troops were in Russia.",
        ].join("\n"),
      ),
    ]);
    expect(entities.map((e) => e.name).filter((n) => /^(?:Correction|Update|Hamhung|English)$/.test(n))).toEqual([]);
    expect(claims.filter((c) => c.kind === "biography").map((c) => [c.figure, c.subject])).toEqual([
      ["20 years", null],
      ["2022", null],
      ["1982", null],
    ]);
  });
});

describe("a reported figure rejected by a speaker named after it", () => {
  it("'…, defector Park Min-jun said' disputes it as a speaker named first does", () => {
    const { claims } = extractCorpus(
      [
        article(
          "n-speaker-last",
          "Soldiers are unlikely to see anything close to the $2,100 a month that South Korea's spy agency has reported, defector Kwon Min-gyu said.\n",
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims[0]).toMatchObject({
      attributedTo: { id: "south-korea-nis" },
      disputedBy: { id: "kwon-mingyu" },
      hedges: [],
    });
  });
});

describe("a country's official figure", () => {
  it("'…, though the official South Korean figure is still 11,000' is South Korea's, not the speaker's", () => {
    const { claims } = extractCorpus([
      article(
        "o-official",
        "Analyst Vera Lind said her best estimate is 15,060 North Korean troops, though the official South Korean figure is still 11,060.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name])).toEqual([
      ["15,060", "Vera Lind"],
      ["11,060", "South Korea"],
    ]);
  });
});

describe("a source named by its document", () => {
  it("'comes from a single Ukrainian intelligence briefing' and 'A South Korean intelligence report said' name the body, without 'a single'", () => {
    const { claims } = extractCorpus(
      [
        article(
          "d-document",
          [
            "The figure everyone repeats, $2,070 a month for each North Korean soldier, comes from a single Ukrainian intelligence briefing.",
            "A South Korean intelligence report said 11,070 North Korean troops were in Russia.",
          ].join("\n"),
        ),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => c.attributedTo?.name)).toEqual([
      "Ukrainian intelligence",
      "South Korea's National Intelligence Service",
    ]);
  });
});

describe("a figure named to be set well above the count", () => {
  it("'far short of the 100,000 that some commentators had predicted' is theirs, disputed by the speaker", () => {
    const { claims } = extractCorpus([
      article(
        "w-well-below",
        [
          "Analyst Vera Lind said the North Korean total was far short of the 100,080 troops that some commentators had predicted.",
          "Lind said the total North Korean deployment stood at about 14,080, well below the 20,080 some Russian bloggers have claimed.",
          "Lind said North Korean casualties were well below the 3,080 claimed by Ukrainian officials.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["100,080", "commentators", "Vera Lind"],
      ["about 14,080", "Vera Lind", null],
      ["20,080", "Russian bloggers", "Vera Lind"],
      ["3,080", "Ukrainian officials", "Vera Lind"],
    ]);
  });
});

describe("a figure a negated verb governs", () => {
  it("'has not sent 20,000 soldiers' and 'Nobody believes that 50,000 …' are denied by the speaker, not given", () => {
    const { claims, skipped } = extractCorpus([
      article(
        "x-negated",
        [
          "North Korea has not sent 20,080 soldiers to Russia, a spokesman for the Tidewater Defence Bureau said on Monday.",
          "Nobody believes that 50,080 North Koreans are in Russia, analyst Vera Lind said.",
          "Analyst Ansel Brook said Pyongyang has not sent anything close to 40,080 soldiers.",
          "Mira Solberg said the soldiers never got $2,080 a month.",
          "The Tidewater Defence Bureau has not said that 3,080 North Korean soldiers have died.",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["20,080", null, "Tidewater Defence Bureau"],
      ["50,080", null, "Vera Lind"],
      ["close to 40,080", null, "Ansel Brook"],
      ["$2,080 a month", null, "Mira Solberg"],
    ]);
    expect(skipped.map((k) => [k.text, k.reason])).toContainEqual([
      "3,080",
      "a figure a source is said not to have given, not stated",
    ]);
    // "has never claimed anything like 30,000" and "hasn't confirmed that 3,000 …" give no figure either; a
    // figure set aside in quotation marks ("“at least 2,000”, not “about 2,000”") is disputed by the speaker.
    const more = extractCorpus([
      article(
        "x-never-claimed",
        [
          "The Tidewater Defence Bureau has said the force is at least 12,080 but has never claimed anything like 30,080.",
          "The Tidewater Defence Bureau hasn't confirmed that 3,180 North Korean soldiers were killed.",
          "The Tidewater Defence Bureau said its count of the dead was “at least 2,080”, not “about 2,080”.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(more.claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["at least 12,080", "Tidewater Defence Bureau", null],
      ["at least 2,080", "Tidewater Defence Bureau", null],
      ["about 2,080", null, "Tidewater Defence Bureau"],
    ]);
    expect(more.skipped.map((k) => k.text)).toEqual(expect.arrayContaining(["anything like 30,080", "3,180"]));
    // "did not report 300 … until February" is a delay, not a figure denied; "has not yet confirmed that …" and
    // "has not listed … as missing" give no figure.
    const late = extractCorpus([
      article(
        "x-not-until",
        [
          "The ministry did not report 380 North Korean soldiers killed until February, analyst Vera Lind said.",
          "The Tidewater Defence Bureau has not yet confirmed that 3,280 North Korean soldiers were killed.",
          "The Tidewater Defence Bureau has not listed about 280 North Korean soldiers as missing.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(late.claims.map((c) => c.figure)).toEqual(["380"]);
  });

  it("a negation of something else than the count ('to die', 'for nothing', 'to the regime', 'will be enough') disputes no figure", () => {
    const { claims } = extractCorpus([
      article(
        "x-negated-else",
        [
          "Analyst Vera Lind said Pyongyang did not send 11,080 soldiers to die.",
          "Analyst Ansel Brook said North Korea has not lost 580 men for nothing.",
          "Mira Solberg said Russia did not pay $2,080 a month to the soldiers but to the regime.",
          "Nobody believes that 12,080 soldiers will be enough, analyst Vera Lind said.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null, c.stance])).toEqual([
      ["11,080", null, "asserts"],
      ["580", null, "asserts"],
      ["$2,080 a month", null, "asserts"],
      ["12,080", null, "asserts"],
    ]);
  });

  it("a bound after the negated verb is the speaker's own ceiling, and a verb not negated gives the figure", () => {
    const { claims } = extractCorpus([
      article(
        "x-negated-bound",
        [
          "Analyst Vera Lind said North Korea has not lost more than 580 soldiers.",
          "Analyst Ansel Brook said North Korea has sent 12,080 soldiers, not 20,000.",
        ].join("\n"),
      ),
    ]);
    const lost = claims.find((c) => c.figure === "more than 580");
    expect([lost?.attributedTo?.name, lost?.disputedBy ?? null, lost?.value.min, lost?.value.max]).toEqual([
      "Vera Lind",
      null,
      null,
      580,
    ]);
    // "never sent fewer than 10,000" is a floor.
    const floor = extractCorpus([
      article("x-negated-floor", "Analyst Vera Lind said Pyongyang never sent fewer than 10,080 soldiers.\n"),
    ]).claims[0];
    expect([floor?.value.min, floor?.value.max]).toEqual([10080, null]);
    const sent = claims.find((c) => c.figure === "12,080");
    expect([sent?.attributedTo?.name, sent?.stance]).toEqual(["Ansel Brook", "asserts"]);
  });
});

describe("whose age a sentence gives", () => {
  it("a relative someone speaks of, not named, has the age, not the speaker nor the paper she told", () => {
    const { claims, entities } = extractCorpus([
      article(
        "y-nephew",
        [
          "Kim Ha-eun told the Seoul Evening Standard that her nephew, a private, had been sent to Russia in November at the age of 19.",
          "Mira Solberg, 52, said her brother had been sent to Russia.",
          "",
        ].join("\n"),
      ),
    ]);
    const age = (figure: string) => claims.find((c) => c.kind === "biography" && c.figure === figure);
    expect(age("19")?.subject ?? null).toBeNull();
    expect(age("52")?.subject?.name).toBe("Mira Solberg");
    // A paper whose name ends in "Standard" is an outlet, never a person.
    expect(entities.find((e) => /Standard/.test(e.name))?.type).toBe("outlet");
  });
});

describe("a body named by its report", () => {
  it("'The Harbour Forum's report says' credits the Harbour Forum, never a body called \"Harbour Forum's\"", () => {
    const { claims } = extractCorpus([
      article(
        "z-forum",
        [
          "The Harbour Forum's report says 11,090 North Korean soldiers are in Russia.",
          "The Harbour Forum's latest study says 12,090 North Korean soldiers are in Russia.",
          "The Harbour Forum's quarterly report says 13,090 North Korean soldiers are in Russia.",
          "The Harbour Forum's 2025 report on casualties says 3,090 North Korean soldiers have died.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => c.attributedTo?.name ?? null)).toEqual([
      "Harbour Forum",
      "Harbour Forum",
      "Harbour Forum",
      "Harbour Forum",
    ]);
  });
});

describe("a figure traced to its source", () => {
  it("'traces it to the Harbour Agency' credits the agency with the figure", () => {
    const { claims } = extractCorpus([
      article(
        "z-traced",
        "Every outlet that cites the $2,090 monthly pay figure, including this one, traces it to the Harbour Agency.\n",
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([["$2,090 monthly", "Harbour Agency"]]);
  });
});

describe("a figure the next sentence traces to its source", () => {
  it("credits the source the next sentence names, in place of 'Reports' or no one", () => {
    const { claims } = extractCorpus([
      article(
        "z-traced-next",
        [
          "Reports put it at $2,090 a month per soldier. The figure comes from the Harbour Agency briefing relayed by lawmaker Vera Lind in November.",
          "Soldiers are paid about $2,190 a month. That figure comes from the Harbour Agency.",
          "Officials put the number of dead at 390. The estimate was first given by the Tidewater Defence Bureau in January.",
          "Kim Dal-ho said 11,090 troops were sent. The figure comes from the Harbour Agency.",
          "Soldiers are paid about $2,290 a month, the Tidewater Defence Bureau said. That figure comes from the Harbour Agency.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.relayedBy?.name ?? null])).toEqual([
      ["$2,090 a month per soldier", "Harbour Agency", "Vera Lind"],
      ["about $2,190 a month", "Harbour Agency", null],
      ["390", "Tidewater Defence Bureau", null],
      // A person who gives the figure passes the source's on.
      ["11,090", "Harbour Agency", "Kim Dal-ho"],
      // A body that gives the figure keeps it: whose figure the next sentence says it is does not undo that.
      ["about $2,290 a month", "Tidewater Defence Bureau", null],
    ]);
  });
});

describe("a report named by whose it is", () => {
  it("'Eastgate Wire's report in December that …, citing the Tidewater Defence Bureau' credits the bureau via the wire", () => {
    const { claims } = extractCorpus([
      article(
        "z-report-that",
        [
          "Eastgate Wire's report in December that at least 12,090 North Korean troops were in Russia, citing the Tidewater Defence Bureau, has since been repeated by dozens of outlets.",
          "A report by Eastgate Wire last week that 13,090 troops were in Russia was widely repeated.",
          "The Eastgate Wire report that 14,090 troops were in Russia was widely repeated.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name).join(",")])).toEqual([
      ["at least 12,090", "Tidewater Defence Bureau", "Eastgate Wire"],
      ["13,090", "Eastgate Wire", ""],
      ["14,090", "Eastgate Wire", ""],
    ]);
  });
});

describe("a figure nobody is said to have given", () => {
  it("'No government has said that 100,000 …' and 'Nobody has claimed that 50,000 …' reject the figure", () => {
    const { claims } = extractCorpus([
      article(
        "z-nobody-said",
        [
          "No government has said that 100,010 North Korean soldiers are in Russia.",
          "Nobody has claimed that 50,010 soldiers were sent.",
          "The Harbour Agency has said that 11,010 soldiers were sent.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.stance])).toEqual([
      ["100,010", "disputes"],
      ["50,010", "disputes"],
      ["11,010", "asserts"],
    ]);
  });
});

describe("the writer's own doubt", () => {
  it("'Every newspaper repeats … $2,000 a month. I do not believe it.' is disputed by the byline's author, and 'Every newspaper' is no one in particular", () => {
    const { claims, entities } = extractCorpus([
      article(
        "z-writer-doubts",
        [
          "By Vera Lind",
          "Every newspaper repeats that the soldiers earn $2,010 a month. I do not believe it.",
          "Most reports say the soldiers earn $2,110 a month. I doubt it.",
          "The Harbour Agency says 11,010 soldiers are in Russia. I believe that.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([
      ["$2,010 a month", "Vera Lind"],
      ["$2,110 a month", "Vera Lind"],
      ["11,010", null],
    ]);
    expect(entities.find((e) => e.name === "Every newspaper")?.type ?? "group").toBe("group");
  });
});

describe("two speakers joined by 'and'", () => {
  it("'Lawmaker Yoo and the defector Ri both say' gives Ri no lawmaker's office, so Ri's figures are never a briefing passed on", () => {
    const { claims, entities } = extractCorpus([
      article(
        "z-two-speakers",
        [
          "The Harbour Agency says 11,010 North Korean soldiers are in Russia.",
          "Lawmaker Yoo Sang-beom and the defector Ri Chol-min both say that soldiers see only $110 a month.",
          "North Korea has sent 3,010 more troops since May, Ri said.",
          "",
        ].join("\n"),
      ),
    ]);
    const ri = entities.find((e) => e.name === "Ri Chol-min");
    expect([...(ri?.roles ?? [])].some((r) => /lawmaker/i.test(r))).toBe(false);
    const more = claims.find((c) => c.figure === "3,010");
    expect([more?.attributedTo?.name, more?.relayedBy?.name ?? null]).toEqual(["Ri Chol-min", null]);
  });
});

describe("near misses of the rules for traced figures, reports and denials", () => {
  it("keeps who gives a figure when the sentence only looks like a trace, a report or a denial", () => {
    const { claims } = extractCorpus([
      article(
        "z-near-misses",
        [
          "North Korean soldiers are paid $2,010 a month. The sum comes from the Russian Defence Ministry.",
          "North Korean soldiers are paid $2,110 a month. The pay figure comes from the Harbour Agency.",
          "No other agency has said that 12,010 North Korean soldiers were killed, but the Harbour Agency stands by the figure.",
          "No government had said that 12,110 North Korean soldiers were in Russia until the Harbour Agency did so.",
          "The Harlan Post report that 13,010 North Korean troops had died was false, the Harbour Agency said.",
          "A Harlan Post report that 13,110 North Korean troops were in Russia was widely repeated.",
          "",
        ].join("\n"),
      ),
    ]);
    const by = new Map(claims.map((c) => [c.figure, c]));
    // The one who pays a sum is not the one who reports it.
    expect(by.get("$2,010 a month")?.attributedTo).toBeNull();
    expect(by.get("$2,110 a month")?.attributedTo?.name).toBe("Harbour Agency");
    expect(by.get("12,010")?.stance).toBe("asserts");
    expect(by.get("12,110")?.stance).toBe("asserts");
    expect([by.get("13,010")?.attributedTo, by.get("13,010")?.disputedBy?.name]).toEqual([null, "Harbour Agency"]);
    expect(by.get("13,110")?.attributedTo?.name).toBe("Harlan Post");
  });
});

describe("near misses of the rules for traces, denials, judged reports and the writer's doubt", () => {
  it("keeps a report's outlet when another source judges it, a denial that holds, a trace of a sum, and a transcript's speaker", () => {
    const { claims } = extractCorpus([
      article(
        "z-near-misses-2",
        [
          "By Vera Lind",
          "The Harlan Post report that 13,020 North Korean soldiers had died was false, the Harbour Agency said.",
          "Reports put pay at $2,020 a month. The amount was first reported by the Harbour Agency.",
          "No government has said that 100,020 North Korean soldiers were sent, and none is likely to until the war ends.",
          "KIM: The Harbour Agency says 12,020 soldiers were sent. I do not believe it.",
          "",
        ].join("\n"),
      ),
    ]);
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect([by.get("13,020")?.via.map((v) => v.name), by.get("13,020")?.disputedBy?.name]).toEqual([
      ["Harlan Post"],
      "Harbour Agency",
    ]);
    expect(by.get("$2,020 a month")?.attributedTo?.name).toBe("Harbour Agency");
    expect(by.get("100,020")?.stance).toBe("disputes");
    expect(by.get("12,020")?.disputedBy ?? null).toBeNull();
  });
});

describe("near misses of the narrowed denials, judged reports and doubts", () => {
  it("lifts a denial only when someone gave the figure, judges a report by its own predicate, and reads a dateline as no speaker", () => {
    const { claims } = extractCorpus([
      article(
        "z-near-misses-3",
        [
          "By Vera Lind",
          "No government had said that 12,030 North Korean soldiers were in Russia until South Korea's spy agency did so.",
          "No government has said that 100,030 North Korean soldiers were sent, and none is likely to until the war ends.",
          "No agency has confirmed that 50,030 North Korean soldiers died, other than a pro-Kremlin blogger.",
          "The Ridgeway Times report that 13,030 North Korean soldiers had died after the Kursk battles was false.",
          "SEOUL: The Harbour Agency says soldiers get $2,030 a month. I do not believe it.",
          "",
        ].join("\n"),
      ),
    ]);
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("12,030")?.stance).toBe("asserts");
    expect(by.get("100,030")?.stance).toBe("disputes");
    expect(by.get("50,030")?.stance).toBe("disputes");
    expect([by.get("13,030")?.stance, by.get("13,030")?.disputedBy?.name ?? null]).toEqual(["disputes", null]);
    expect(by.get("$2,030 a month")?.disputedBy?.name).toBe("Vera Lind");
  });
});

describe("a denial lifted only by someone who gave the figure", () => {
  it("'until the war had ended' and 'except the one figure Kyiv keeps repeating' keep the denial", () => {
    const { claims } = extractCorpus([
      article(
        "z-denial-kept",
        [
          "No government has confirmed that 12,040 troops died, and none is likely to until the war had ended.",
          "No government has confirmed that 12,140 troops were sent, except the one figure Kyiv keeps repeating.",
          "No government had said that 12,240 North Korean soldiers were in Russia until the Harbour Agency did so.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.stance])).toEqual([
      ["12,040", "disputes"],
      ["12,140", "disputes"],
      ["12,240", "asserts"],
    ]);
  });
});

describe("a fact-check's list of what was claimed", () => {
  it("'- Claimed: 40,000 killed.' in an article rated false is rejected, and 'Best available estimates:' credits no one called \"Best\"", () => {
    const { claims } = extractCorpus([
      article(
        "z-claimed-list",
        [
          "Where the viral post got it wrong",
          "- Claimed: 40,050 killed. Best available estimates: 2,050 to 3,550 killed.",
          "Verdict: False.",
          "The Harbour Agency estimates: about 2,150 killed.",
          "",
        ].join("\n"),
      ),
    ]);
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect([by.get("40,050")?.stance, by.get("40,050")?.attributedTo]).toEqual(["disputes", null]);
    expect(by.get("2,050 to 3,550")?.attributedTo).toBeNull();
    expect(by.get("about 2,150")?.attributedTo?.name).toBe("Harbour Agency");
  });
});

describe("the newspaper and the same briefing", () => {
  const credits = (body: string, publisher: string): [string, string | null, string[]][] =>
    publishedClaims(body, publisher).map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)]);

  it("'the newspaper' after a news site is the article's own paper, and after a daily is that daily", () => {
    expect(
      credits(
        [
          "The Ukrainian news site Front Line Today reported the figure as 12,010 troops.",
          "Separately, the newspaper reported last week that some 510 of the wounded had been flown to hospitals in Moscow.",
          "",
        ].join("\n"),
        "Baltic Evening Post",
      ).find(([f]) => f === "some 510")?.[1],
    ).toBe("Baltic Evening Post");
    expect(credits("The newspaper reported last month that 310 soldiers had been killed.\n", "Meridian Daily")).toEqual(
      [["310", "Meridian Daily", []]],
    );
    expect(
      credits(
        "The Tokyo daily Asahi Hibiki said 11,010 troops were deployed.\nThe newspaper said 320 had been killed.\n",
        "Meridian Daily",
      ).find(([f]) => f === "320")?.[1],
    ).toBe("Asahi Hibiki");
    // The publisher named by the last word of its name after another paper: "the newspaper" is the publisher.
    expect(
      credits(
        "The Tokyo daily Asahi Hibiki said 11,020 troops were deployed.\nThe Post has not verified the figures.\nThe newspaper said 330 had been killed.\n",
        "Baltic Evening Post",
      ).find(([f]) => f === "330")?.[1],
    ).toBe("Baltic Evening Post");
  });

  it("'citing the same briefing' credits the source of the briefing before, through the outlet", () => {
    const rows = credits(
      [
        "South Korea's National Intelligence Service told lawmakers on Monday that 11,020 troops had been deployed.",
        "The Tokyo daily Asahi Hibiki, citing the same briefing, said 11,030 troops had been deployed in total.",
        "",
      ].join("\n"),
      "Baltic Evening Post",
    );
    expect(rows.find(([f]) => f === "11,030")).toEqual([
      "11,030",
      "South Korea's National Intelligence Service",
      ["Asahi Hibiki"],
    ]);
  });
});

describe("an outlet's own finding that the figure before is wrong", () => {
  it("'That figure is wrong, NK Monitor Weekly has learned.' disputes it in the publisher's name, and 'Reuters has learned' in Reuters'", () => {
    const disputer = (second: string): string | null =>
      publishedClaims(
        `The Daily Lantern reported last week that North Korean soldiers are paid $5,010 a month.\n${second}\n`,
        "NK Monitor Weekly",
      ).find((c) => c.figure.startsWith("$5,010"))?.disputedBy?.name ?? null;
    expect(disputer("That figure is wrong, NK Monitor Weekly has learned.")).toBe("NK Monitor Weekly");
    expect(disputer("That figure is wrong, Reuters has learned.")).toBe("Reuters");
    expect(disputer("That figure is in dollars, NK Monitor Weekly has learned.")).toBeNull();
  });
});

describe("near misses of 'the newspaper', 'the same briefing', 'By its count' and 'has learned'", () => {
  const rows = (body: string, publisher: string): [string, string | null, string | null][] =>
    publishedClaims(body, publisher).map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null]);

  it("reads 'the newspaper' as the last paper named, 'the same briefing' as the agency's, 'By its own count' as the body's", () => {
    expect(
      rows(
        "Meridian Daily reported that 310 had been killed.\nThe news site Front Line Today said 410 had died.\nThe newspaper said 2,010 more had been wounded.\n",
        "Harbour Wire",
      ).at(-1)?.[1],
    ).toBe("Meridian Daily");
    expect(
      rows(
        "South Korea's National Intelligence Service told lawmakers on Monday that 11,060 troops had been deployed.\nThe Tidewater Defence Bureau said 12,060 had been sent.\nFront Line Today, citing the same briefing, said 11,070 troops had been deployed in total.\n",
        "Harbour Wire",
      ).at(-1)?.[1],
    ).not.toBe("Tidewater Defence Bureau");
    expect(
      rows(
        "The Harbour Agency published its findings on Monday.\nBy its own count, about 610 North Korean soldiers have been killed.\n",
        "Meridian Daily",
      ).at(-1)?.[1],
    ).toBe("Harbour Agency");
  });

  it("names no disputer when unnamed officials 'have learned' that a figure is wrong", () => {
    expect(
      rows(
        "The Harbour Agency said 11,080 troops were sent.\nThat figure is wrong, officials have learned.\n",
        "Meridian Daily",
      )[0]?.[2],
    ).toBeNull();
  });
});

describe("near misses of 'has learned', 'the newspaper', 'the same briefing' and payments to the bereaved", () => {
  const rows = (body: string): [string, string | null, string | null, string][] =>
    publishedClaims(`${body}\n`, "Meridian Daily").map((c) => [
      c.figure,
      c.attributedTo?.name ?? null,
      c.disputedBy?.name ?? null,
      c.kind,
    ]);
  const first = "The Harbour Agency said 11,090 troops were sent.";

  it("reads who learned a figure is wrong: the publisher by name or as 'the newspaper', another outlet by name", () => {
    expect(rows(`${first}\nThat figure is wrong, the Meridian Daily has learned.`)[0]?.[2]).toBe("Meridian Daily");
    expect(rows(`${first}\nThat figure is wrong, the newspaper has learned.`)[0]?.[2]).toBe("Meridian Daily");
    expect(rows(`${first}\nThat figure is wrong, the Lantern Post has learned.`)[0]?.[2]).toBe("Lantern Post");
  });

  it("a news site whose name says 'Daily' and an outlet not known as a paper are no 'newspaper'", () => {
    expect(
      rows(
        "The Ukrainian news site Kestrel Daily reported that 310 had been killed.\nThe newspaper said 410 had died.",
      ).at(-1)?.[1],
    ).toBe("Meridian Daily");
    expect(rows("Kestrel News reported that 320 had been killed.\nThe newspaper said 420 had died.").at(-1)?.[1]).toBe(
      "Meridian Daily",
    );
  });

  it("'citing the same briefing' after a body that briefed is that body's; telling the bereaved a pay keeps it pay", () => {
    expect(
      rows(
        "The Tidewater Defence Bureau said 1,010 had been killed.\nThe Pentagon briefed reporters that 3,010 had been wounded.\nCiting the same briefing, the Lantern Times said 430 had died.",
      ).at(-1)?.[1],
    ).toMatch(/Pentagon/);
    expect(
      rows("North Korean soldiers are paid $2,070 a month, Vera Lind told the families of the dead.")[0]?.[3],
    ).toBe("pay-per-soldier");
  });
});

describe("a headline that opens with a body's name and a colon", () => {
  it("credits the body ('NIS: … number 11,000'), never a place, a genre label or a headline that names who says it", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Harbour Wire" });
    const headline = (slug: string, title: string): Article => ({
      slug,
      file: `${slug}.md`,
      meta: { ...meta, title },
      body: `${title}\nThe figures were given at a briefing.\n`,
      bodyLine: 1,
    });
    const { claims } = extractCorpus(
      [
        headline("a-body", "NIS: North Korean troops in Russia number 11,000"),
        headline("b-place", "Kursk: North Korean troops in Russia number 12,000"),
        headline("c-genre", "Analysis: North Korean troops in Russia number 13,000"),
        headline("d-says", "NIS: North Korea sent 14,000 troops to Russia, an envoy says"),
        headline("e-reports", "NIS: North Korea has sent 15,000 troops to Russia as casualty reports rise"),
        headline("f-says-on", "NIS: North Korea has lost 16,000 troops, an envoy says on Friday"),
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["11,000", "South Korea's National Intelligence Service"],
      ["12,000", null],
      ["13,000", null],
      ["14,000", null],
      ["15,000", "South Korea's National Intelligence Service"],
      ["16,000", null],
    ]);
  });
});

describe("a place is where, not who", () => {
  it("a name right after 'near' or 'outside' at the end of a subject credits no one by that name", () => {
    const claims = publishedClaims(
      [
        "The Gull Post's own analysis of satellite images of rail yards near Ostrovo suggests at least 16,010 troops were sent.",
        "One of the soldiers, a 19-year-old private captured near Velna, told interrogators he had been promised $2,010 a month.",
        "Kim Min-su from Ostrovo said 11,020 troops had arrived.",
        "Sources at the Kestrel Institute said 11,030 troops had arrived.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["at least 16,010", null],
      ["19-year", null],
      ["$2,010 a month", null],
      ["11,020", "Kim Min-su"],
      ["11,030", "Kestrel Institute"],
    ]);
  });
});

describe("a verb of belief credits its subject", () => {
  it("'…, he believed' and 'Kang believed that …' credit the believer; 'believed to be', 'it was believed' and 'X said the agency believed' do not", () => {
    const claims = publishedClaims(
      [
        "Kang Tae-soo, a former analyst, was blunt. About 1,510 North Korean soldiers had died, he believed.",
        "Vera Lind believed that about 1,520 North Korean soldiers had died.",
        "About 1,530 North Korean soldiers had died, it was believed.",
        "About 11,540 soldiers believed to be in Kursk have been fighting, Oskar Lind said.",
        "Oskar Lind said he believed 13,550 troops were deployed.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["About 1,510", "Kang Tae-soo", "he"],
      ["about 1,520", "Vera Lind", null],
      ["About 1,530", null, null],
      ["About 11,540", "Oskar Lind", null],
      ["13,550", "Oskar Lind", null],
    ]);
  });
});

describe("an estimate 'from' a body", () => {
  it("'The most careful estimate we have, from X, is that …' credits X; a degree or a superlative before 'estimate' makes no speaker", () => {
    const claims = publishedClaims(
      [
        "The most careful estimate we have, from the Tidewater Defence Bureau, is that about 15,010 North Korean troops have been sent in total.",
        "The latest estimate, from the Kestrel Institute, is 12,020 North Korean troops.",
        "The most careful estimate we have is 15,030 North Korean troops.",
        "The latest estimate, from mid-March, is 12,040 North Korean troops.",
        "The West estimates that 15,050 North Korean troops were sent.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.attributedAs ?? null])).toEqual([
      ["about 15,010", "Tidewater Defence Bureau", null],
      ["12,020", "Kestrel Institute", null],
      ["15,030", null, null],
      ["12,040", null, null],
      ["15,050", "The West", null],
    ]);
  });
});

describe("the near misses a review of the belief and place rules found", () => {
  it("believers who give no figure of their own are no source, and whoever is written to is not who writes", () => {
    const claims = publishedClaims(
      [
        "Everyone in the unit believed 40 men had died in the assault, Kang Dong-ho said.",
        "Soldiers believed that they would earn $2,010 a month, Kang said.",
        "Far more soldiers have died than Kim's officers believed, about 3,020, according to the Kestrel Institute.",
        "Kang said that, by March, the agency believed 1,530 North Koreans had died.",
        "Few believed that only 340 North Koreans had died.",
        "A letter to Sergeant Pak from Kim Chol-jin said 50 men in the company were wounded.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["40", "Kang Dong-ho"],
      ["$2,010 a month", "Kang Dong-ho"],
      ["about 3,020", "Kestrel Institute"],
      ["1,530", "Kang Dong-ho"],
      ["340", null],
      ["50", "Kim Chol-jin"],
    ]);
  });
});

describe("a passive that puts a count at a figure", () => {
  it("credits its agent after the figure, never a time", () => {
    const claims = publishedClaims(
      [
        "The North Korean death toll was put at about 1,110 by the Tidewater Defence Bureau.",
        "The number of North Korean soldiers killed was estimated at about 1,120 by the Kestrel Institute in late March.",
        "Losses were put at 1,130 dead by the Kestrel Institute.",
        "The North Korean death toll was put at about 1,140 by March, Vera Lind said.",
        "About 1,150 North Koreans were killed by Ukrainian drones.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 1,110", "Tidewater Defence Bureau"],
      ["about 1,120", "Kestrel Institute"],
      ["1,130", "Kestrel Institute"],
      ["about 1,140", "Vera Lind"],
      ["About 1,150", null],
    ]);
  });
});

describe("rejections the sentence sets after a figure", () => {
  it("'a figure dismissed as exaggerated by X', 'which X denied', 'fewer … than the N claimed by X' and 'both governments' dispute it", () => {
    const claims = publishedClaims(
      [
        "Ukraine said the North had lost some 4,010 men, a figure dismissed as exaggerated by the Kremlin.",
        "Ukraine said the North had lost some 4,020 men, which the Kremlin denied.",
        "Ukraine said the North had lost some 4,030 men, a figure confirmed by the Kremlin.",
        "Ukraine said the North had lost some 4,040 men, which the Kremlin did not deny.",
        "Pavel Gromov said far fewer North Koreans were in the country than the 12,050 claimed by Seoul.",
        "A claim circulating on Telegram that 40,070 North Koreans had arrived was dismissed as fantasy by both governments.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([
      ["some 4,010", "Kremlin"],
      ["some 4,020", "Kremlin"],
      ["some 4,030", null],
      ["some 4,040", null],
      ["12,050", "Pavel Gromov"],
      ["40,070", "both governments"],
    ]);
  });
});

describe("a live blog's correction of one of its entries", () => {
  it("withdraws the figure that entry gave, and only that one", () => {
    const claims = publishedClaims(
      [
        "09:05 — The Tidewater Defence Agency says about 1,410 North Korean soldiers have been killed, up from 1,220 in March.",
        "11:20 — The Kestrel Institute says 1,410 North Korean soldiers have been killed.",
        "14:40 — Update: In our 09:05 entry we said the agency put the number killed at 1,410. The agency's figure is 1,130; we regret the error.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.stance])).toEqual([
      ["about 1,410", null, "disputes"],
      ["1,220", "Tidewater Defence Agency", "asserts"],
      ["1,410", "Kestrel Institute", "asserts"],
      ["1,410", null, "disputes"],
      ["1,130", "Tidewater Defence Agency", "asserts"],
    ]);
  });
});

describe("the near misses a review of the passive, estimate and rejection rules found", () => {
  it("a holiday, a wound's cause or a setter of pay is no agent; a degree needs 'the'; a rejecter's critics are not the rejecter", () => {
    const claims = publishedClaims(
      [
        "The contingent was estimated at 12,310 by Lunar New Year, the Kestrel Institute said.",
        "The toll was put at 2,170 wounded by HIMARS strikes, the Kestrel Institute said.",
        "The soldiers' pay was set at $2,030 a month by Moscow, a defector said.",
        "Most analysts estimate that about 11,350 North Korean troops are in Russia.",
        "Ukraine said the North had lost some 4,060 men, a figure dismissed as exaggerated by the Kremlin's critics.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["12,310", "Kestrel Institute", null],
      ["2,170", "Kestrel Institute", null],
      ["$2,030 a month", "a defector", null],
      ["about 11,350", "Most analysts", null],
      ["some 4,060", "Ukraine", null],
    ]);
  });
});

describe("the near misses a review of the live-blog, passive and estimate mends found", () => {
  it("a correction that confirms or updates an entry withdraws nothing; a passive's agent stands before '…, X said'; a capital after 'from' is its government", () => {
    const claims = publishedClaims(
      [
        "09:05 — The Kestrel Agency says about 1,410 North Korean soldiers have been killed.",
        "14:40 — Update: In our 09:05 entry we said the agency put the number killed at 1,410. The agency has since confirmed that figure.",
        "The death toll was put at 1,120 by the Tidewater Defence Bureau in a closed briefing, Lee Seong-kweun told reporters.",
        "The toll was put at 2,130 wounded by HIMARS strikes, the Kestrel Agency said.",
        "The latest figure, from Seoul, is 1,250 North Korean dead.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.stance])).toEqual([
      ["about 1,410", "Kestrel Agency", "asserts"],
      ["1,410", "Kestrel Agency", "asserts"],
      ["1,120", "Tidewater Defence Bureau", "asserts"],
      ["2,130", "Kestrel Agency", "asserts"],
      ["1,250", "Seoul", "asserts"],
    ]);
  });
});

describe("the near misses a review of the live-blog and agent mends found", () => {
  it("a correction withdraws only the figure it says was given, in any wording of the error; what killed is no agent; a war place is no source", () => {
    const claims = publishedClaims(
      [
        "09:05 — The Kestrel Agency says about 1,410 North Korean soldiers have been killed.",
        "09:20 — The Kestrel Agency says 11,020 North Korean troops are in Russia.",
        "14:40 — In our 09:20 entry we said the agency counted 11,020 troops; that was incorrect, and the figure is 12,030.",
        "15:10 — The 09:05 post wrongly gave 1,410 as the agency's count of the dead.",
        "The toll was put at 440 killed by HIMARS, the Kestrel Agency said.",
        "The latest figure, from Kursk, is 1,250 North Korean dead.",
        "",
      ].join("\n"),
      "Gull Post",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.stance])).toEqual([
      ["about 1,410", null, "disputes"],
      ["11,020", null, "disputes"],
      ["11,020", null, "disputes"],
      ["12,030", "Kestrel Agency", "asserts"],
      ["1,410", null, "disputes"],
      ["440", "Kestrel Agency", "asserts"],
      ["1,250", null, "asserts"],
    ]);
  });
});

describe("a publication named with what it is", () => {
  it("'the Hanseong Ilbo newspaper reported …, citing the NIS' relays the NIS through the Hanseong Ilbo, one entity with the role 'newspaper'", () => {
    const { claims, entities } = extractCorpus([
      article(
        "relay",
        [
          "The Tidewater Bureau believes at least 110 North Korean soldiers have been killed, the Gull Ilbo newspaper reported on Thursday, citing the bureau.",
          "The Gull Ilbo said the bureau had briefed lawmakers.",
          "About 1,110 were wounded, Yonhap news agency reported, citing the bureau.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["at least 110", "Tidewater Bureau", ["Gull Ilbo"]],
      ["About 1,110", "Tidewater Bureau", ["Yonhap"]],
    ]);
    const gull = entities.filter((e) => e.name.startsWith("Gull Ilbo"));
    expect(gull.map((e) => [e.name, [...e.roles]])).toEqual([["Gull Ilbo", ["newspaper"]]]);
  });
});

describe("a row of figures with slashes, after an introduction that names who compiled them", () => {
  it("'The figures below were compiled by …' credits 'Killed: 1,110 / Wounded: 2,710', a capitalised 'Data' staying in the name", () => {
    const { claims } = extractCorpus([
      article(
        "row",
        [
          "The figures below were compiled by the Vilnius-based Centre for Harbour Conflict Data from official statements, the centre said on Thursday.",
          "Killed: 1,110 / Wounded: 2,710",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["1,110", "casualties-killed", "Centre for Harbour Conflict Data"],
      ["2,710", "casualties-wounded", "Centre for Harbour Conflict Data"],
    ]);
  });
});

describe("a body's acronym of its initials", () => {
  it("'the TDB' after 'South Korea's Tidewater Defence Bureau' is that bureau; an acronym of no body named stays its own", () => {
    const { claims } = extractCorpus([
      article(
        "acronym",
        [
          "South Korea's Tidewater Defence Bureau said about 3,010 more troops had been sent.",
          "The TDB said about 4,010 had been killed or wounded.",
          "The XQR said about 5,010 had been killed.",
          "",
        ].join("\n"),
      ),
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 3,010", "South Korea's Tidewater Defence Bureau"],
      ["about 4,010", "South Korea's Tidewater Defence Bureau"],
      ["about 5,010", "XQR"],
    ]);
  });
});

describe("a publication that says what a source said passes the source's figure on", () => {
  const read = (body: string): string[] =>
    publishedClaims(body, "Pinebridge Gazette").map(
      (c) => `${c.figure} | ${c.attributedTo?.name ?? "-"} | ${c.via.map((v) => v.name).join(" > ")}`,
    );

  it("'The wire service also said the agency estimates …' keeps the wire among the relays of the agency's figure", () => {
    expect(
      read(
        [
          "The Orchard Street Journal, citing the Yellow Sea Wire, reported on Monday that South Korea's spy agency now believes about 2,000 North Korean soldiers have been killed in Russia.",
          "The wire service also said the agency estimates total North Korean casualties at as many as 4,700.",
          "The Yellow Sea Wire said the NIS put the number of wounded at 2,700.",
        ].join("\n"),
      ),
    ).toEqual([
      "about 2,000 | South Korea's National Intelligence Service | Orchard Street Journal > Yellow Sea Wire",
      "as many as 4,700 | South Korea's National Intelligence Service | Yellow Sea Wire",
      "2,700 | South Korea's National Intelligence Service | Yellow Sea Wire",
    ]);
  });

  it("'Per Kyodo, the agency also said 90% …' makes no outlet called 'Per Kyodo' and has Kyodo relay the figure", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Pinebridge Gazette" });
    const { claims, entities } = extractCorpus(
      [
        {
          slug: "per",
          file: "per.md",
          meta,
          body: "Kyodo reported, citing the NIS, that 3,000 more North Korean soldiers were ready to go.\nPer Kyodo, the agency also said 90% of the soldiers' wages were kept by the state.\n",
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(entities.map((e) => e.name)).not.toContain("Per Kyodo");
    expect(claims.find((c) => c.figure === "90%")?.via.map((v) => v.name)).toEqual(["Kyodo"]);
  });

  it("a person who is no lawmaker, or the source itself, is no relay ('Kim said the NIS put …', 'The NIS said it put …')", () => {
    const out = read(
      [
        "Analyst Kim Ji-ho said the NIS put the number of wounded at 2,700.",
        "The NIS said it put the number of dead at 300.",
      ].join("\n"),
    );
    expect(out.map((x) => x.split(" | ")[2])).toEqual(["", ""]);
  });
});
