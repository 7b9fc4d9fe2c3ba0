import { describe, expect, it } from "vitest";
import { compareCorpus, RELATED_PER_CLAIM } from "../../src/lib/compare/index.ts";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";
import { syntheticArticle } from "../../scripts/lib/synthetic.ts";

const read = (name: string, text: string): Article =>
  parseArticle(`/generated/${name}`, new TextEncoder().encode(text));

/** Each claim's related claims, by claim id. */
const relatedOf = (articles: readonly Article[]): Map<string, string> =>
  new Map(
    compareCorpus(articles, extractCorpus(articles)).claims.map((c) => [c.id, c.related.map((r) => r.to).join()]),
  );

describe("adding an article to a compared corpus", () => {
  it("changes the related claims of few others, even when its name sorts before every other", () => {
    const articles = Array.from({ length: 120 }, (_, i) => {
      const a = syntheticArticle(i);
      return read(a.name, a.text);
    });
    const extra = syntheticArticle(500);
    const added = read(`added-${extra.name}`, extra.text);
    const before = relatedOf(articles);
    const after = relatedOf([...articles, added]);
    const fresh = after.size - before.size;
    expect(fresh).toBeGreaterThan(0);
    const changed = [...before].filter(([id, r]) => after.get(id) !== r).length;
    expect(changed).toBeGreaterThan(0);
    // A new claim enters the candidates of the claims near it in date in its group (four times the
    // relations a page lists), not of every claim of a group whose first claims by id it would lead.
    expect(changed).toBeLessThanOrEqual(fresh * RELATED_PER_CLAIM * 4);
    expect(changed).toBeLessThan(before.size / 10);
  });
});
