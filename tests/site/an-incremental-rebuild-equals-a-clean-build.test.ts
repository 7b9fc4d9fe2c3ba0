import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFixtureSite, ROOT } from "../support/build-site.ts";
import { listFiles } from "../support/html.ts";

const work = mkdtempSync(join(tmpdir(), "nk-incremental-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Builds a content folder into an output folder with a cache folder.
 *
 * @param content Content folder.
 * @param out Output folder.
 * @param cache Cache folder (Astro's and the analyses').
 * @param siteUrl The site's address, if any.
 */
function build(content: string, out: string, cache: string, siteUrl = ""): void {
  const run = buildFixtureSite(content, out, {
    ASTRO_CACHE_DIR: cache,
    NK_CLAIMS_CACHE_DIR: join(cache, "analysis"),
    SITE_URL: siteUrl,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

/**
 * Files that differ between two folders, by path or by bytes.
 *
 * @param a One folder.
 * @param b The other.
 * @returns Paths missing on one side or with other bytes.
 */
function differences(a: string, b: string): string[] {
  const fa = listFiles(a);
  const fb = listFiles(b);
  const all = [...new Set([...fa, ...fb])].sort();
  const inA = new Set(fa);
  const inB = new Set(fb);
  return all.filter((f) => !inA.has(f) || !inB.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

describe("a build after adding, editing and removing articles", () => {
  it("reuses the unchanged pages and writes the same files as a clean build", () => {
    const content = join(work, "content");
    cpSync(resolve(ROOT, "content"), content, { recursive: true });
    const out = join(work, "dist");
    const cache = join(work, "cache");
    build(content, out, cache);

    // An invented article joins, one article is edited, one is removed.
    cpSync(
      resolve(ROOT, "tests/fixtures/extract/analysis-rotation-projection/input.md"),
      join(content, "articles/analysis-rotation-projection.md"),
    );
    const edited = join(content, "articles/young-soldiers-risks-and-rewards.md");
    const text = readFileSync(edited, "utf8");
    expect(text).toContain("over 3,000 North Korean soldiers");
    writeFileSync(edited, text.replace("over 3,000 North Korean soldiers", "over 4,000 North Korean soldiers"));
    unlinkSync(join(content, "articles/what-north-korea-stands-to-gain.md"));
    const started = Date.now();
    build(content, out, cache);

    const clean = join(work, "clean");
    build(content, clean, join(work, "clean-cache"));
    expect(differences(out, clean)).toEqual([]);
    // The rebuild wrote only part of the site: unchanged pages were left as they were.
    const pages = listFiles(out).filter((f) => f.endsWith(".html"));
    const kept = pages.filter((f) => statSync(join(out, f)).mtimeMs < started);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(pages.length);
    // The removed article's page is gone.
    expect(listFiles(out).some((f) => f.startsWith("articles/what-north-korea-stands-to-gain"))).toBe(false);
  }, 240_000);

  it("does not keep pages that another build, with another cache, wrote into the same folder", () => {
    const content = join(work, "content-b");
    cpSync(resolve(ROOT, "content"), content, { recursive: true });
    const out = join(work, "dist-b");
    const cache = join(work, "cache-b");
    build(content, out, cache);
    // Another build of other content into the same folder, with its own cache.
    const other = join(work, "content-other");
    cpSync(resolve(ROOT, "content"), other, { recursive: true });
    const page = join(other, "articles/kim-pockets-soldiers-pay.md");
    writeFileSync(page, readFileSync(page, "utf8").replace(/^title: .*$/m, 'title: "Another title"'));
    build(other, out, join(work, "cache-other"));
    // The first cache's keys are unchanged, but the folder is no longer what it wrote.
    build(content, out, cache);
    const clean = join(work, "clean-b");
    build(content, clean, join(work, "clean-b-cache"));
    expect(differences(out, clean)).toEqual([]);
  }, 240_000);

  it("renders every page again when a setting the pages depend on changes", () => {
    const content = join(work, "content-c");
    cpSync(resolve(ROOT, "content"), content, { recursive: true });
    const out = join(work, "dist-c");
    const cache = join(work, "cache-c");
    build(content, out, cache);
    // Same content and keys, but every page now carries canonical links to the site's address.
    const started = Date.now();
    build(content, out, cache, "https://example.org");
    const pages = listFiles(out).filter((f) => f.endsWith(".html"));
    expect(pages.filter((f) => statSync(join(out, f)).mtimeMs < started)).toEqual([]);
    const clean = join(work, "clean-c");
    build(content, clean, join(work, "clean-c-cache"), "https://example.org");
    expect(differences(out, clean)).toEqual([]);
  }, 240_000);
});
