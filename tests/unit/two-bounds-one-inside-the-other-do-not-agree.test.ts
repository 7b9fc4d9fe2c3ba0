import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

/** An invented article. */
const article = (slug: string, publisher: string, body: string) =>
  parseArticle(
    `content/articles/${slug}.md`,
    new TextEncoder().encode(`---\ntitle: "${slug}"\npublisher: "${publisher}"\npublished: 2025-03-01\n---\n${body}\n`),
  );

// Any two upper bounds overlap at the bottom: "up to $1,000" and "up to $2,500" can both be true, but one
// does not confirm the other, and a group named only by the wider hides the narrower.
describe("two bounds, one inside the other", () => {
  const articles = [
    article("outlet-d", "Outlet D", "Ri Chol-su, a defector, said the soldiers are paid no more than $1,000 a month."),
    article(
      "outlet-e",
      "Outlet E",
      "Ukraine's military intelligence agency said North Korean soldiers were promised up to $2,500 a month.",
    ),
  ];
  const data = compareCorpus(articles, extractCorpus(articles));
  const low = data.claims.find((c) => c.article === "outlet-d");
  const high = data.claims.find((c) => c.article === "outlet-e");

  it("refine each other instead of agreeing, and the sentence says which says more", () => {
    const r = low?.related.find((x) => x.to === high?.id);
    expect(r?.type).toBe("refines");
    expect(r?.explanation).toMatch(
      /^up to \$1,000 a month \(Ri Chol-su, [^)]*\) lies within up to \$2,500 a month \([^)]*\): both can be true, and the narrower says more\.$/,
    );
  });

  it("name every bound in their group's label", () => {
    const topic = data.topics.find((t) => t.id === "pay-per-soldier");
    expect(topic?.clusters.map((c) => c.label)).toEqual(["up to $1,000 or $2,500 a month"]);
    expect(topic?.summary).not.toMatch(/group, up to \$2,500 a month/);
  });
});
