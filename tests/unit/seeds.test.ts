import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";

const root = resolve(import.meta.dirname, "../..");
const seedsDir = resolve(root, "../shared/seeds");

describe.skipIf(!existsSync(seedsDir))("the seed articles", () => {
  const articles = readArticles(listArticleFiles(join(root, "content")));
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
