import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractorVersion, openAnalysisCache } from "../../src/lib/extract/cache.ts";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { buildCorpus, buildWhileAnalysing } from "../../src/lib/pipeline.ts";
import { syntheticArticle } from "../../scripts/lib/synthetic.ts";
import { ROOT } from "../support/corpus.ts";

/** What a build publishes, as text, so that two builds can be compared exactly. */
const output = (
  dir: string,
  cacheDir: string | null,
): { text: string; hits: string[]; misses: string[]; restored: string[] } => {
  const cache = cacheDir === null ? null : openAnalysisCache(cacheDir, join(dir, "aliases.yaml"));
  const corpus = buildCorpus(dir, { cache });
  return {
    text: JSON.stringify({ extraction: corpus.extraction, data: corpus.data, warnings: corpus.warnings }),
    hits: [...(cache?.hits ?? [])].sort(),
    misses: [...(cache?.misses ?? [])].sort(),
    restored: [...(cache?.restored ?? [])].sort(),
  };
};

describe("the per-article analysis cache", () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "analysis-cache-"));
    cpSync(join(ROOT, "content/articles"), join(dir, "articles"), { recursive: true });
    for (let i = 0; i < 12; i++) {
      const a = syntheticArticle(i);
      writeFileSync(join(dir, "articles", a.name), a.text);
    }
    copyFileSync(join(ROOT, "content/aliases.yaml"), join(dir, "aliases.yaml"));
    cacheDir = join(dir, "cache");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the same output as a build without it, when filled and when read", () => {
    const clean = output(dir, null);
    const filling = output(dir, cacheDir);
    const reading = output(dir, cacheDir);
    expect(filling.misses.length).toBe(readdirSync(join(dir, "articles")).length);
    expect(reading.misses).toEqual([]);
    // Nothing changed: the stored naming points give every article's claims, and no analysis is read.
    expect(reading.restored).toEqual(filling.misses);
    expect(reading.hits).toEqual([]);
    expect(filling.text).toBe(clean.text);
    expect(reading.text).toBe(clean.text);
  });

  it("analyses again only the article that was edited, and the result matches a clean build", () => {
    output(dir, cacheDir);
    const file = join(dir, "articles", syntheticArticle(3).name);
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/\n\n/, "\n\nOfficials said 4,000 more soldiers arrived.\n\n"),
    );
    const edited = output(dir, cacheDir);
    expect(edited.misses).toEqual([syntheticArticle(3).name.replace(/\.md$/, "")]);
    expect(edited.text).toBe(output(dir, null).text);
  });

  it("analyses every article again when the alias file changes", () => {
    output(dir, cacheDir);
    writeFileSync(join(dir, "aliases.yaml"), `${readFileSync(join(dir, "aliases.yaml"), "utf8")}\n# edited\n`);
    expect(output(dir, cacheDir).hits).toEqual([]);
  });

  it("reads the extractor's sources, so that builds from the project use the cache", () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("analysing the missing articles in worker threads", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "analysis-threads-"));
    cpSync(join(ROOT, "content/articles"), join(dir, "articles"), { recursive: true });
    // Enough articles for two threads.
    for (let i = 0; i < 120; i++) {
      const a = syntheticArticle(i);
      writeFileSync(join(dir, "articles", a.name), a.text);
    }
    copyFileSync(join(ROOT, "content/aliases.yaml"), join(dir, "aliases.yaml"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("fills the cache with the analyses the build's own thread makes, so the build reads them all", async () => {
    const cacheDir = join(dir, "cache");
    const articles = readArticles(listArticleFiles(dir));
    const filler = openAnalysisCache(cacheDir, join(dir, "aliases.yaml"));
    expect(filler).not.toBeNull();
    expect(await filler?.analyseMissing(articles, 2)).toBe(articles.length);
    // Nothing is missing now.
    expect(await filler?.analyseMissing(articles, 2)).toBe(0);
    const reading = output(dir, cacheDir);
    expect(reading.misses).toEqual([]);
    expect(reading.hits.length).toBe(articles.length);
    expect(reading.text).toBe(output(dir, null).text);
  });

  it("names the articles in slug order while the threads analyse the ones after, with the same corpus", async () => {
    const cacheDir = join(dir, "cache");
    const articles = readArticles(listArticleFiles(dir));
    const cache = openAnalysisCache(cacheDir, join(dir, "aliases.yaml"));
    if (!cache) throw new Error("no cache");
    const progress = cache.startAnalysingMissing(articles, 2);
    expect(progress.missing).toBe(articles.length);
    // Some articles are still being analysed when naming starts.
    expect(articles.filter((a) => progress.ready(a) !== null).length).toBeGreaterThan(0);
    const corpus = await buildWhileAnalysing(articles, dir, cache, progress);
    await progress.done;
    // Every analysis came from the threads: this thread never analysed one it had to wait for.
    expect(cache.misses).toEqual([]);
    expect(cache.hits.length).toBe(articles.length);
    expect(articles.every((a) => progress.ready(a) === null)).toBe(true);
    expect(JSON.stringify({ extraction: corpus.extraction, data: corpus.data, warnings: corpus.warnings })).toBe(
      output(dir, null).text,
    );
  });
});
