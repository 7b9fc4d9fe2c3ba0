import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { codeStamp } from "../../src/integrations/incremental-output.ts";
import {
  PAGE_REUSE_ENV,
  PREVIOUS_FILE,
  ROUTE_FILE_PREFIX,
  RouteReportSchema,
  pageFile,
  pagesToRender,
} from "../../src/lib/site/page-reuse.ts";

const work = mkdtempSync(join(tmpdir(), "nk-page-reuse-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  delete process.env[PAGE_REUSE_ENV];
});

/**
 * Writes a file, making its folder.
 *
 * @param path File path.
 * @param text Contents.
 */
function put(path: string, text: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

describe("pageFile", () => {
  it("maps a page path to its file in the directory build format", () => {
    expect(pageFile("/claims/abc-n1/")).toBe("claims/abc-n1/index.html");
    expect(pageFile("/")).toBe("index.html");
  });
});

describe("pagesToRender", () => {
  const pages = ["a", "b", "c", "d"].map((id) => ({
    file: `claims/${id}/index.html`,
    key: `key-${id}`,
    entry: id,
  }));

  it("renders every page outside a build that allows reuse", () => {
    expect(pagesToRender("claims", pages)).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves out only pages with the same key whose file is still there, and reports every key", () => {
    const out = join(work, "out");
    const state = join(work, "state");
    mkdirSync(state, { recursive: true });
    put(join(out, "claims/a/index.html"), "a");
    put(join(out, "claims/b/index.html"), "b");
    put(join(out, "claims/d/index.html"), "d");
    // a: same key and its file is there → kept; b: key changed; c: new; d: its file is there, no key last time.
    writeFileSync(
      join(state, PREVIOUS_FILE),
      JSON.stringify({
        outDir: out,
        keys: { "claims/a/index.html": "key-a", "claims/b/index.html": "old", "claims/e/index.html": "key-e" },
      }),
    );
    process.env[PAGE_REUSE_ENV] = state;
    expect(pagesToRender("claims", pages)).toEqual(["b", "c", "d"]);
    const report = RouteReportSchema.parse(
      JSON.parse(readFileSync(join(state, `${ROUTE_FILE_PREFIX}claims.json`), "utf8")),
    );
    expect(report.kept).toEqual(["claims/a/index.html"]);
    expect(Object.keys(report.keys)).toEqual(pages.map((p) => p.file));
    expect(report.keys["claims/c/index.html"]).toBe("key-c");
  });

  it("renders a page whose key is unchanged when its file is gone from the output", () => {
    const out = join(work, "out-missing");
    const state = join(work, "state-missing");
    mkdirSync(state, { recursive: true });
    writeFileSync(
      join(state, PREVIOUS_FILE),
      JSON.stringify({ outDir: out, keys: { "claims/a/index.html": "key-a" } }),
    );
    process.env[PAGE_REUSE_ENV] = state;
    expect(pagesToRender("claims", pages.slice(0, 1))).toEqual(["a"]);
  });
});

describe("codeStamp", () => {
  const root = join(work, "project");
  put(join(root, "src/pages/index.astro"), "<p>one</p>");
  put(join(root, "src/lib/format.ts"), "export const x = 1;");
  put(join(root, "astro.config.mjs"), "export default {};");
  put(join(root, "package-lock.json"), '{"lockfileVersion":3}');
  const settings = { site: null, base: "/" };
  const first = codeStamp(root, settings);

  it("is the same for the same code and settings", () => {
    expect(codeStamp(root, { site: null, base: "/" })).toBe(first);
  });

  it("changes when a source file changes, a source file is added, the lockfile or the settings change", () => {
    put(join(root, "src/lib/format.ts"), "export const x = 2;");
    const edited = codeStamp(root, settings);
    expect(edited).not.toBe(first);
    put(join(root, "src/lib/new.ts"), "");
    const added = codeStamp(root, settings);
    expect(added).not.toBe(edited);
    put(join(root, "package-lock.json"), '{"lockfileVersion":3,"packages":{}}');
    const locked = codeStamp(root, settings);
    expect(locked).not.toBe(added);
    expect(codeStamp(root, { site: "https://example.org", base: "/" })).not.toBe(locked);
  });
});
