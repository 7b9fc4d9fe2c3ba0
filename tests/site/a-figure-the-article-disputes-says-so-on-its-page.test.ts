import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFixtureSite } from "../support/build-site.ts";

const dir = mkdtempSync(join(tmpdir(), "article-disputes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The visible text of a page, without tags. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe("a site built from an invented fact-check", () => {
  it("says on the claim page that the article itself disputes a figure it gives, and only there", () => {
    mkdirSync(join(dir, "content/articles"), { recursive: true });
    writeFileSync(
      join(dir, "content/articles/invented-fact-check.md"),
      '---\ntitle: "No, the North has not sent 130,000 soldiers"\npublisher: "Invented Check"\npublished: 2025-03-04\n---\n' +
        "There is no evidence that North Korea has sent 130,000 soldiers to Russia.\n" +
        "Officials said about 11,000 North Korean soldiers were sent.\n",
    );
    const outDir = join(dir, "dist");
    const run = buildFixtureSite(join(dir, "content"), outDir, { ASTRO_CACHE_DIR: join(dir, "cache") });
    expect(run.status, run.stderr).toBe(0);
    const page = (figure: string): string => {
      const id = readdirSync(join(outDir, "claims")).find((d) => d.startsWith(`invented-fact-check-${figure}-`));
      if (!id) throw new Error(`no claim page for ${figure}`);
      return text(readFileSync(join(outDir, "claims", id, "index.html"), "utf8"));
    };
    const disputed = page("130000");
    expect(disputed).toContain("Disputed. The article that gives this figure disputes it itself");
    expect(disputed).toContain("Disputed by the article itself");
    expect(disputed).toContain("disputed by Invented Check, from a source it does not name");
    expect(disputed).not.toContain("states it on its own account");
    const plain = page("11000");
    expect(plain).not.toContain("Disputed.");
  }, 180_000);
});
