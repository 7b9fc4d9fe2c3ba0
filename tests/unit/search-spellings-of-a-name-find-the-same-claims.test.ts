/**
 * A reader may type a Korean given name hyphenated, spaced or joined. Every spelling that finds the person
 * finds the same claims, and no word of the name is left over as a word to look for.
 */
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { type Article, ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { createSearch } from "../../src/lib/search/engine.ts";
import { buildSearchIndex, peopleFromEntities } from "../../src/lib/search/index.ts";

/** An invented article. */
function article(slug: string, body: string): Article {
  const meta = ArticleMetaSchema.parse({ title: `Invented ${slug}`, publisher: "Harbour Wire" });
  return { slug, file: `${slug}.md`, meta, body, bodyLine: 1 };
}

const { claims, entities } = extractCorpus([
  article("a-joined", "Park Jihoon said about 80 per cent of the pay goes to the state.\n"),
  article("b-joined", "Park Jihoon, a defector, said about 3,000 soldiers had died.\n"),
  article("b-hyphen", "Park Ji-hoon said soldiers were told to expect about $100 a month.\n"),
  article(
    "c-lawmaker",
    "Lawmaker Kang Min-seo, 54, attended the briefing.\nThe agency told lawmakers that 11,000 soldiers were in Russia, Kang Min-seo said.\n",
  ),
]);
const index = buildSearchIndex(claims, peopleFromEntities(entities));
const park = index.core.people.name.find((n) => n.startsWith("Park"));
const engine = createSearch(JSON.parse(JSON.stringify(index)) as typeof index);
const found = (q: string): string[] =>
  engine
    .search(q)
    .claims.map((c) => c.id)
    .sort();

describe("spellings of one name", () => {
  it("'Park Ji hoon', 'Park Ji-hoon' and 'Park Jihoon' find the same claims and leave no word over", () => {
    // (The name shown is the spelling most articles use, which has no hyphen.)
    expect(park).toBe("Park Jihoon");
    const want = found("Park Jihoon");
    expect(want.length).toBeGreaterThan(1);
    for (const q of ["Park Ji hoon", "Park Ji-hoon"]) {
      expect(found(q)).toEqual(want);
      expect(engine.search(q).understood).not.toMatch(/words/);
    }
  });

  it("'Kang Min-seo' finds the sentences that spell the name out, as 'Kang Min seo' does", () => {
    const spaced = found("Kang Min seo");
    expect(spaced.length).toBeGreaterThan(1);
    expect(found("Kang Min-seo")).toEqual(spaced);
    // While the last part is still being typed, no claim of the name drops out.
    for (const typed of ["Kang Min-s", "Kang Min-se"]) expect(found(typed)).toEqual(expect.arrayContaining(spaced));
  });
});
