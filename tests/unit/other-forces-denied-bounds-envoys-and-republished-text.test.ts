/**
 * Readings a site audit of invented articles found false: another country's forces and a ceremony's honoured
 * dead counted as North Korean troops, a floor that is denied, a pronoun after an envoy named in apposition,
 * "her country's" agency, a lawmaker under three names, pages for things that are no people, an unnamed
 * envoy, "claims on Telegram" called nonsense, and a whole text republished from another publication.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

const ALIASES = readAliases("content/aliases.yaml");

/** An invented article of the given lines. */
function article(lines: readonly string[], meta: { publisher?: string; relays?: string[] } = {}): Article {
  const fm = [
    'title: "Invented report"',
    `publisher: "${meta.publisher ?? "Verity Desk"}"`,
    "published: 2025-04-15",
    ...(meta.relays ? [`relays: [${meta.relays.map((r) => `"${r}"`).join(", ")}]`] : []),
  ].join("\n");
  return parseArticle("content/articles/inv.md", new TextEncoder().encode(`---\n${fm}\n---\n${lines.join("\n")}\n`));
}

/** Each claim as "figure | kind | credit | disputed by | relays", and the entities' names. */
function read(lines: readonly string[], meta: { publisher?: string; relays?: string[] } = {}) {
  const { claims, entities } = extractCorpus([article(lines, meta)], ALIASES);
  return {
    claims: claims.map(
      (c) =>
        `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? (c.attributedAs ? `as: ${c.attributedAs}` : "-")} | ${c.disputedBy?.name ?? "-"} | ${c.via.map((v) => v.name).join(" > ")}`,
    ),
    values: claims.map((c) => c.value),
    entities: entities.map((e) => `${e.name} (${e.type})`),
  };
}

describe("other forces and honoured dead are no North Korean troops", () => {
  it("'accused Washington of stationing 28,500 troops in South Korea' is context, and 'He' is the envoy named in apposition", () => {
    const { claims } = read([
      'Russia\'s deputy envoy, Dmitry Lagunov, said the figures "are fabrications".',
      'North Korea\'s ambassador, Ri Chol-man, did not address the figures. He accused Washington of stationing 28,500 troops in South Korea "for aggression."',
    ]);
    expect(claims).toEqual(["28,500 | context | Ri Chol-man | - | "]);
  });

  it("'Russia's own forces in the Kursk region number about 50,000' is another army's", () => {
    expect(
      read(["Russia's own forces in the Kursk region number about 50,000, according to Western estimates."]).claims[0],
    ).toMatch(/^about 50,000 \| context \|/);
    // North Koreans among Russia's forces are still counted.
    expect(read(["Russia's forces in Kursk include about 11,000 North Koreans, the NIS said."]).claims[0]).toMatch(
      /^about 11,000 \| troops-deployed \|/,
    );
  });

  it("'101 fallen soldiers were posthumously decorated' is a ceremony's count, not a deployment", () => {
    expect(
      read([
        "In April, Kim Jong Un attended a ceremony at which 101 fallen soldiers were posthumously decorated, state media reported.",
      ]).claims[0],
    ).toMatch(/^101 \| context \|/);
  });
});

describe("a floor that is denied is a ceiling", () => {
  it("'would never send more than a few thousand men' is at most a few thousand", () => {
    const { values } = read(['Hwang Jae-ho said North Korea "would never send more than a few thousand men abroad."']);
    expect(values[0]).toMatchObject({ min: null, max: 9999 });
    // Sent, not denied: at least a few thousand.
    expect(read(["Hwang Jae-ho said North Korea sent more than a few thousand men abroad."]).values[0]).toMatchObject({
      min: 2000,
      max: null,
    });
  });
});

describe("who an envoy, a lawmaker and a country's agency are", () => {
  it("'her country's intelligence service' is the NIS when she is described as South Korean", () => {
    const { claims, entities } = read([
      "The South Korean representative, Ambassador Yoon Ha-jin, cited her country's intelligence service as saying that about 15,000 had been deployed in total.",
    ]);
    expect(claims[0]).toMatch(/^about 15,000 \| troops-deployed \| South Korea's National Intelligence Service \|/);
    expect(entities.filter((e) => /country's|^South Korean \(/.test(e))).toEqual([]);
    // Her title is no part of her name, and a UN envoy is no lawmaker.
    expect(entities.filter((e) => /Yoon/.test(e))).toEqual(["Yoon Ha-jin (person)"]);
  });

  it("'Assemblyman Hwang' and a spelling the article gives as his ('is written Jaeho Hwang') are one person", () => {
    const { entities } = read([
      "Casualties had exceeded 4,000, according to Assemblyman Hwang Jae-ho of the People Power Party.",
      "According to Assemblyman Hwang, about 400 soldiers were killed.",
      "Hwang Jae-ho is written Jaeho Hwang in some English-language media. Jaeho Hwang said last year that 5,000 soldiers had been trained.",
    ]);
    expect(entities.filter((e) => /Hwang/.test(e))).toEqual(["Hwang Jae-ho (person)"]);
  });

  it("'the then US ambassador said that about 8,000 …' is the ambassador's words, not the publisher's own", () => {
    const { claims } = read([
      "The council last discussed the question in December, when the then US ambassador said that about 8,000 North Korean troops were in the Kursk region.",
    ]);
    expect(claims).toEqual(["about 8,000 | troops-deployed | as: the then US ambassador | - | "]);
  });
});

describe("pages only for people", () => {
  it("no person called 'Born', 'Retired U', 'Sosnovy Bor', 'National Flag' or 'Telegram'", () => {
    const a = article([
      "Welcome back to The Pyongyang-Moscow Brief, our Friday digest.",
      'Retired US Army colonel Dennis Whitcombe said the real count was "closer to 11,000."',
      "The images show about 60 military vehicles near Sosnovy Bor. The families were given the Order of the National Flag.",
      "Ri Kwang-hyok was captured in January. Born in 2003 in Chongjin, Ri joined the army in 2020.",
      "I have seen claims on Telegram that 3,000 North Koreans died in a single day.",
    ]);
    const data = compareCorpus([a], extractCorpus([a], ALIASES));
    const people = data.people.filter((p) => p.type === "person").map((p) => p.name);
    for (const name of ["Born", "Retired U", "Sosnovy Bor", "National Flag", "Telegram"])
      expect(people).not.toContain(name);
    expect(people).toContain("Dennis Whitcombe");
    // The birth year is Ri's.
    const born = data.claims.find((c) => c.figure === "2003");
    expect(born?.subject?.name).toBe("Ri Kwang-hyok");
  });
});

describe("a figure called nonsense, and one denied", () => {
  it("'claims on Telegram that 3,000 … died' are Telegram's, disputed by 'That is nonsense'; 'Nobody lost 3,000 men' states nothing", () => {
    const { claims } = read([
      "I have seen claims on Telegram that 3,000 North Koreans died in a single day. That is nonsense. Nobody lost 3,000 men in one day in this war.",
    ]);
    expect(claims[0]).toBe("3,000 | casualties-killed | Telegram | Verity Desk | ");
    expect(claims.slice(1).every((c) => !/\| asserts$/.test(c))).toBe(true);
    const asserted = extractCorpus(
      [
        article([
          "I have seen claims on Telegram that 3,000 North Koreans died in a single day. Nobody lost 3,000 men in one day.",
        ]),
      ],
      ALIASES,
    ).claims.filter((c) => c.stance === "asserts" && c.attributedTo === null);
    expect(asserted).toEqual([]);
  });
});

describe("a text republished from another publication", () => {
  it("'This article first appeared in The Korea Morning Post' relays every figure; 'a statement carried by the Kyiv Ledger' too", () => {
    const { claims } = read(
      [
        "This article first appeared in The Korea Morning Post and is republished with permission.",
        "Ukraine's military intelligence agency, HUR, put the number of North Korean troops in Russia at 14,500 in a statement carried by the Kyiv Ledger on Wednesday.",
      ],
      { publisher: "Pacific Rim Today", relays: ["The Korea Morning Post", "Kyiv Ledger"] },
    );
    expect(claims).toEqual([
      "14,500 | troops-deployed | Ukraine's military intelligence agency | - | Korea Morning Post > Kyiv Ledger",
    ]);
  });

  it("'The following is a translation of an article published in the Hanmaeum Ilbo' relays the NIS's figure", () => {
    const { claims } = read(
      [
        "The following is a translation of an article published in the Hanmaeum Ilbo on February 28.",
        "The NIS said 12,500 North Korean troops were in Russia.",
      ],
      { publisher: "Korea Press Translations" },
    );
    expect(claims).toEqual([
      "12,500 | troops-deployed | South Korea's National Intelligence Service | - | Hanmaeum Ilbo",
    ]);
  });
});

describe("look-alikes of the rules above", () => {
  it("a toll whose dead were decorated, or of a decorated corps, stays a toll; living troops honoured stay troops", () => {
    expect(
      read(["The NIS said 101 soldiers, some of whom were posthumously decorated, had been killed."]).claims[0],
    ).toMatch(/^101 \| casualties-killed \|/);
    expect(read(["The NIS said 300 soldiers of the highly decorated Storm Corps had been killed."]).claims[0]).toMatch(
      /^300 \| casualties-killed \|/,
    );
    expect(read(["Kim Jong Un honoured the 11,000 troops sent to Kursk."]).claims[0]).toMatch(
      /^11,000 \| troops-deployed \|/,
    );
    expect(read(["Kim Jong Un honoured 101 soldiers who died in Kursk at a ceremony on Monday."]).claims[0]).toMatch(
      /^101 \| context \|/,
    );
  });

  it("'Private Eye' and 'Private Military Company Wagner' keep their names", () => {
    const { claims } = read(["Private Eye reported that 11,000 North Korean troops were in Russia."]);
    expect(claims[0]).toMatch(/\| Private Eye \|/);
  });

  it("'No unit lost more than 300 men, Kim said' is Kim's ceiling, not a denial", () => {
    expect(read(["No unit lost more than 300 men, Kim Min-seok said."]).claims[0]).toMatch(
      /^more than 300 \| casualties-total \| Kim Min-seok \| - \|/,
    );
  });

  it("the publication a text first appeared in is named without the sentence's full stop", () => {
    const { claims, entities } = read([
      "This article first appeared in the Korea Herald.",
      "The NIS said 11,000 North Korean troops were in Russia.",
    ]);
    expect(claims[0]).toMatch(/\| Korea Herald$/);
    expect(entities.filter((e) => e.includes("."))).toEqual([]);
  });
});
