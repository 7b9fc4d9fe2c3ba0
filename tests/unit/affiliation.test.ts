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
