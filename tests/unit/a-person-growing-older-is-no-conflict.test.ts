import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

/** An invented article. */
const article = (slug: string, published: string, body: string) =>
  parseArticle(
    `content/articles/${slug}.md`,
    new TextEncoder().encode(
      `---\ntitle: "${slug}"\npublisher: "${slug} Post"\npublished: ${published}\n---\n${body}\n`,
    ),
  );

/** The conflicts listed on a person's page, by name. */
function conflicts(...articles: ReturnType<typeof article>[]): Record<string, string[]> {
  const data = compareCorpus(articles, extractCorpus(articles));
  return Object.fromEntries(data.people.map((p) => [p.name, p.conflicts.map((r) => r.explanation)]));
}

describe("ages given in articles months apart", () => {
  it("are no conflict when the person could have had a birthday in between", () => {
    const c = conflicts(
      article("feb", "2025-02-01", "Kim Hye-won, a 29-year-old defector, said soldiers are paid $2,000 a month."),
      article("dec", "2025-12-01", "Kim Hye-won, a 30-year-old defector, said soldiers are paid $2,000 a month."),
    );
    expect(c["Kim Hye-won"]).toEqual([]);
  });

  it("conflict when they differ by more than the time allows, and are called ages, whatever else the sentence says", () => {
    const c = conflicts(
      article("mar", "2025-03-01", "Lee Woong-gil, 41, who defected in 2009, said soldiers get $100 a month."),
      article("apr", "2025-03-10", "Lee Woong-gil, 44, who defected in 2009, said soldiers get $100 a month."),
    );
    expect(c["Lee Woong-gil"]).toHaveLength(1);
    expect(c["Lee Woong-gil"]?.[0]).toMatch(/^age: /);
  });
});

describe("an age at a past event", () => {
  it("'since 2016, when he was 17' and 'drafted at 19' are ages then, set against no age now", () => {
    const c = conflicts(
      article(
        "ri",
        "2025-03-01",
        "The first prisoner, Ri Chol-su, 26, is a rifleman. Ri Chol-su said he had served in the army since 2016, when he was 17.",
      ),
      article("ri2", "2025-03-05", "Ri Chol-su, who was drafted into the army at 19, said soldiers get $100 a month."),
    );
    expect(c["Ri Chol-su"]).toEqual([]);
  });
  it("an age then is still scoped so on its claim, and two ages now still conflict", () => {
    const arts = [
      article("pak", "2025-03-01", "Pak Il-nam, 26, said he had served since 2016, when he was 17."),
      article("pak2", "2025-03-05", "Pak Il-nam, 31, said soldiers get $100 a month."),
    ];
    const { claims } = extractCorpus(arts);
    expect(claims.filter((x) => x.value.unit === "years-of-age").map((x) => [x.figure, x.scope])).toEqual([
      ["26", null],
      ["17", "an age at a past event"],
      ["31", null],
    ]);
    expect(conflicts(...arts)["Pak Il-nam"]).toHaveLength(1);
  });
});

describe("a year's fact is what the nearest word before it tells", () => {
  it("'a defector who served … until 2018' ended his service then, no conflict with 'defected in 2019'", () => {
    const c = conflicts(
      article(
        "svc",
        "2025-03-01",
        "Pak Min-jae, a defector who served as a captain in the army until 2018, said soldiers get $70 a day.",
      ),
      article("dfc", "2025-03-05", "Pak Min-jae, 34, who defected in 2019, said soldiers get $100 a month."),
    );
    expect(c["Pak Min-jae"]).toEqual([]);
  });
  it("two years of defection still conflict", () => {
    const c = conflicts(
      article(
        "d1",
        "2025-03-01",
        "Pak Min-jae, who served in the army before defecting in 2017, said soldiers get $70 a day.",
      ),
      article("d2", "2025-03-05", "Pak Min-jae, who defected in 2019, said soldiers get $100 a month."),
    );
    expect(c["Pak Min-jae"]).toHaveLength(1);
    expect(c["Pak Min-jae"]?.[0]).toMatch(/^defection: /);
  });
});
