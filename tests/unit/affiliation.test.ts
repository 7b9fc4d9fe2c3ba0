import { describe, expect, it } from "vitest";
import { spokespeople } from "../../src/lib/compare/affiliation.ts";
import type { Entity } from "../../src/lib/extract/entities.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";

/** An entity with its spellings and descriptions. */
function entity(id: string, name: string, type: Entity["type"], roles: string[] = [], variants: string[] = []): Entity {
  return { id, name, type, roles: new Set(roles), variants: new Set([name, ...variants]) };
}

describe("who speaks for a body", () => {
  const nis = entity(
    "nis",
    "South Korea's National Intelligence Service",
    "organization",
    [],
    ["National Intelligence Service", "NIS"],
  );
  const hur = entity("hur", "HUR", "organization");

  it("reads 'a spokesman for X', 'a deputy director of X', 'of X' and 'X spokesman' for a body the articles name", () => {
    const map = spokespeople([
      nis,
      hur,
      entity("park", "Park Min-jun", "person", ["a deputy director of the National Intelligence Service"]),
      entity("marchuk", "Oleh Marchuk", "person", ["a spokesman for the HUR"]),
      entity("melnyk", "Taras Melnyk", "person", ["HUR spokesman"]),
      entity("kim", "Kim Ho", "person", ["of the NIS"]),
      entity("ellison", "Mara Ellison", "person", ["the NIS's deputy press secretary"]),
    ]);
    expect(Object.fromEntries([...map].map(([k, v]) => [k, v.body.id]))).toEqual({
      park: "nis",
      marchuk: "hur",
      melnyk: "hur",
      kim: "nis",
      ellison: "nis",
    });
  });

  it("reads ranks before and inside a capitalised title: 'NIS First Deputy Director', 'Deputy Pentagon Press Secretary'", () => {
    const pentagon = entity("pentagon", "Pentagon", "organization");
    const map = spokespeople([
      nis,
      pentagon,
      entity("hwang", "Hwang Jun-seok", "person", ["NIS First Deputy Director"]),
      entity("marsh", "Colin Marsh", "person", ["Deputy Pentagon Press Secretary"]),
    ]);
    expect(Object.fromEntries([...map].map(([k, v]) => [k, v.body.id]))).toEqual({ hwang: "nis", marsh: "pentagon" });
  });

  it("a title before a name is not the name: 'NIS First Deputy Director Hwang Jun-seok said …' is Hwang, of the NIS", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "The NIS briefed lawmakers on Tuesday.",
      "NIS First Deputy Director Hwang Jun-seok said about 11,000 soldiers had been sent.",
      "Pentagon Press Secretary Colin Marsh said 12,000 soldiers were in Kursk.",
      "",
    ].join("\n");
    const { claims, entities } = extractCorpus([{ slug: "titles", file: "titles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => c.attributedTo?.name)).toEqual(["Hwang Jun-seok", "Colin Marsh"]);
    expect([...(entities.find((e) => e.name === "Hwang Jun-seok")?.roles ?? [])]).toEqual([
      "NIS First Deputy Director",
    ]);
    expect([...(entities.find((e) => e.name === "Colin Marsh")?.roles ?? [])]).toEqual(["Pentagon Press Secretary"]);
  });

  it("leaves out former officials, people of bodies no article names, outlets and groups", () => {
    const map = spokespeople([
      nis,
      entity("yonhap", "Yonhap", "outlet"),
      entity("lee", "Lee Sang", "person", ["a former official of the National Intelligence Service"]),
      entity("nam", "Nam Sung", "person", ["an intelligence agency operative turned director of the NIS"]),
      entity("ri", "Ri Kyong", "person", ["a spokesman for the Korea Institute"]),
      entity("cho", "Cho Min", "person", ["a correspondent of Yonhap"]),
      entity("grp", "officials at the NIS", "group", ["of the NIS"]),
    ]);
    expect([...map.keys()]).toEqual([]);
  });
});

describe("a spokesman for a body the article calls by its kind", () => {
  it("ties 'Colonel Oleh Marchuk, a spokesman for the agency,' to the intelligence agency the article named before", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const body = [
      "Ukraine's military intelligence agency says Russia pays 180,050 rubles a month per soldier.",
      "Colonel Oleh Marchuk, a spokesman for the agency, said the state keeps about 91 percent of it.",
      "",
    ].join("\n");
    const { entities } = extractCorpus([{ slug: "spokes", file: "spokes.md", meta, body, bodyLine: 1 }]);
    const map = spokespeople(entities);
    const marchuk = entities.find((e) => e.name === "Oleh Marchuk");
    expect(map.get(marchuk?.id ?? "")?.body.name).toBe("Ukraine's military intelligence agency");
  });
});

describe("a spokesman of a body the alias file names", () => {
  it("ties 'The agency's spokesman, Col. Bohdan Kravets,' to the alias file's agency the article named before", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const aliases = [
      {
        id: "ukraine-hur",
        name: "Ukraine's military intelligence agency",
        type: "organization" as const,
        aliases: ["HUR"],
        roles: ["agency"],
      },
    ];
    const body = [
      "Ukraine's military intelligence agency said on Monday that North Korean casualties had risen to 4,700.",
      "The agency's spokesman, Col. Bohdan Kravets, said about 500 North Koreans were killed near Sudzha in March.",
      "",
    ].join("\n");
    const { entities } = extractCorpus([{ slug: "kravets", file: "kravets.md", meta, body, bodyLine: 1 }], aliases);
    const kravets = entities.find((e) => e.name === "Bohdan Kravets");
    expect([...(kravets?.roles ?? [])]).toContain("spokesman for Ukraine's military intelligence agency");
    expect(spokespeople(entities, aliases).get(kravets?.id ?? "")?.body.id).toBe("ukraine-hur");
    // Without the alias file's entry, the body the description names is no body the articles name.
    expect(spokespeople(entities).has(kravets?.id ?? "")).toBe(false);
  });
  it("ties 'The service's spokesman' and 'The agency's director' only to the body last named with that word", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const aliases = [
      {
        id: "south-korea-nis",
        name: "South Korea's National Intelligence Service",
        type: "organization" as const,
        aliases: ["NIS", "National Intelligence Service"],
        roles: ["agency", "spy agency"],
      },
    ];
    const body = [
      "The NIS said 11,000 North Korean troops had been deployed.",
      "Russia's Federal Security Service declined to comment.",
      "The service's spokesman, Oleg Zuyev, later said 2,000 North Korean workers were on building sites.",
      "Hanbit News Agency, which first reported the deployment, said 12,000 had arrived.",
      "The agency's director, Park Ji-hoon, said 600 of them had been killed.",
      "",
    ].join("\n");
    const { entities } = extractCorpus([{ slug: "bodies", file: "bodies.md", meta, body, bodyLine: 1 }], aliases);
    const map = spokespeople(entities, aliases);
    for (const name of ["Oleg Zuyev", "Park Ji-hoon"])
      expect(map.get(entities.find((e) => e.name === name)?.id ?? "")?.body.id).not.toBe("south-korea-nis");
  });
});

describe("an office written before the name, or in the body the sentence named", () => {
  /** The body each person of one invented article speaks for, by name. */
  const bodies = (...lines: string[]): Record<string, string> => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const { entities } = extractCorpus([
      { slug: "office", file: "office.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 },
    ]);
    const map = spokespeople(entities);
    return Object.fromEntries(
      entities.filter((e) => map.has(e.id)).map((e) => [e.name, map.get(e.id)?.body.name ?? ""]),
    );
  };

  it("reads 'A spokesman for the HUR, Oleh Marchenko, said' although nothing else names the HUR", () => {
    expect(
      bodies("A spokesman for the HUR, Oleh Marchenko, said on Wednesday that about 11,000 soldiers had been sent."),
    ).toEqual({ "Oleh Marchenko": "HUR" });
  });

  it("reads 'Oleh Marchenko, a spokesman for the HUR,' and 'HUR spokesman Oleh Marchenko' the same way", () => {
    expect(bodies("Oleh Marchenko, a spokesman for the HUR, said about 11,000 soldiers had been sent.")).toEqual({
      "Oleh Marchenko": "HUR",
    });
    expect(bodies("HUR spokesman Oleh Marchenko said about 11,000 soldiers had been sent.")).toEqual({
      "Oleh Marchenko": "HUR",
    });
  });

  it("reads 'A HUR spokesman, Taras Melnyk, said' as the HUR's spokesman, but not a name that only follows a comma", () => {
    expect(bodies("A HUR spokesman, Taras Melnyk, said about 1,300 soldiers had been killed.")).toEqual({
      "Taras Melnyk": "HUR",
    });
    expect(
      bodies("The Tidewater Bureau director, Vera Lind, told the Gazette that about 1,300 soldiers had been killed."),
    ).toEqual({ "Vera Lind": "Tidewater Bureau" });
    expect(bodies("As the HUR spokesman, Taras Melnyk said, about 1,300 soldiers had been killed.")).toEqual({});
  });

  it("reads 'Separately, Lt. Col. Piet Varga, a spokesman for the Tidewater Command, said' as that command's spokesman", () => {
    expect(
      bodies(
        "Separately, Lt. Col. Piet Varga, a spokesman for the Tidewater Command, said about 1,500 more soldiers had been sent.",
      ),
    ).toEqual({ "Piet Varga": "Tidewater Command" });
    // ("Bruce W. Bennett, a researcher at …": an initial in a name makes no second person "Bennett".)
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const { entities } = extractCorpus([
      {
        slug: "initial",
        file: "initial.md",
        meta,
        body: "Ansel Q. Hart, a researcher at the Gull Institute, said about 1,500 soldiers had been killed.\n",
        bodyLine: 1,
      },
    ]);
    expect(entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Ansel Q. Hart"]);
  });

  it("reads 'The HUR's spokesman Bohdan Lytvak' as the HUR's, and a former spokesman as no one's", () => {
    expect(bodies("The HUR's spokesman Bohdan Lytvak said about 1,400 soldiers had been killed.")).toEqual({
      "Bohdan Lytvak": "HUR",
    });
    expect(
      bodies("A former HUR spokesman, Ivan Lytko, now an analyst, said about 1,500 soldiers had been killed."),
    ).toEqual({});
  });

  it("ties 'its spokesman' and a bare 'spokesman' to the body the sentence named before, never to a country", () => {
    expect(
      bodies(
        "KYIV — Ukraine's military intelligence agency, the HUR, estimates that the forces in Russia's Kursk region lost about 4,000 men, its spokesman Oleh Marchenko told the Gazette.",
      ),
    ).toEqual({ "Oleh Marchenko": "Ukraine's military intelligence agency" });
    expect(
      bodies(
        "The HUR now estimates that about 5,000 soldiers have been killed or wounded since they arrived in Russia, spokesman Oleh Marchenko said.",
      ),
    ).toEqual({ "Oleh Marchenko": "HUR" });
    expect(bodies("About 5,000 soldiers have arrived in Russia, spokesman Oleh Marchenko said.")).toEqual({});
  });
});
