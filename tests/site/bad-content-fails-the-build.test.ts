import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFixtureSite } from "../support/build-site.ts";
import { listFiles } from "../support/html.ts";

const dir = mkdtempSync(join(tmpdir(), "bad-content-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a real build of bad content", () => {
  it("fails, names the file, the line and the field, and writes no page", () => {
    mkdirSync(join(dir, "content/articles"), { recursive: true });
    writeFileSync(
      join(dir, "content/articles/good-one.md"),
      '---\ntitle: "Fine"\npublisher: null\n---\nAbout 10,000 North Korean soldiers have been deployed to Russia.\n',
    );
    writeFileSync(
      join(dir, "content/articles/broken-date.md"),
      '---\ntitel: "Broken"\npublisher: null\npublished: 2024-13-45\nurl: javascript:alert(1)\n---\nText.\n',
    );
    const outDir = join(dir, "dist");
    const run = buildFixtureSite(join(dir, "content"), outDir, { ASTRO_CACHE_DIR: join(dir, "cache") });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    // Every problem at once, each with its line and the fix, and no stack trace into the reader.
    expect(output).toContain(`broken-date.md:2: field "titel": "titel" is not a field; did you mean "title"?`);
    expect(output).toContain(`broken-date.md:4: field "published"`);
    expect(output).toContain("YYYY-MM-DD, a real calendar date");
    expect(output).toContain(`broken-date.md:5: field "url"`);
    expect(output).toContain("only http(s) addresses are accepted");
    expect(output).not.toMatch(/Stack trace|front-matter\.ts|\n\s+at /);
    const pages = existsSync(outDir) ? listFiles(outDir).filter((f) => f.endsWith(".html")) : [];
    expect(pages).toEqual([]);
  }, 120_000);
});
