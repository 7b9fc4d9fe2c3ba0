import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { ROOT } from "../support/corpus.ts";
import { describeWithShared, sharedPath } from "../support/shared.ts";

describeWithShared("the seed articles", ["seeds"], () => {
  const seedsDir = sharedPath("seeds");
  const articles = readArticles(listArticleFiles(join(ROOT, "content")));
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();

  it.each(seeds)("%s is the body of exactly one article, byte for byte", (seed) => {
    const text = readFileSync(join(seedsDir, seed), "utf8");
    const expected = text.endsWith("\n") ? text.slice(0, -1) : text;
    const matches = articles.filter((a) => a.body === expected);
    expect(matches.map((m) => m.slug)).toHaveLength(1);
  });
});
