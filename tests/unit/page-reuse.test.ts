import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { codeStamp, incrementalOutput } from "../../src/integrations/incremental-output.ts";
import { closeReuse, openReuse, pageFile, pagesToRender, recordRendered } from "../../src/lib/site/page-reuse.ts";

const work = mkdtempSync(join(tmpdir(), "nk-page-reuse-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  closeReuse();
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
  const keyed: string[] = [];
  const pages = ["a", "b", "c", "d"].map((id) => ({
    file: `claims/${id}/index.html`,
    key: () => {
      keyed.push(id);
      return `key-${id}`;
    },
    entry: id,
  }));

  it("renders every page, and records nothing, outside a build", () => {
    expect(closeReuse()).toBeNull();
    expect(pagesToRender(pages)).toEqual(["a", "b", "c", "d"]);
    recordRendered("claims/a/index.html", "key-a");
    expect(closeReuse()).toBeNull();
  });

  it("leaves out only pages with the same key whose file is still there, computing keys only for pages the last build had", () => {
    const out = join(work, "out");
    put(join(out, "claims/a/index.html"), "a");
    put(join(out, "claims/b/index.html"), "b");
    put(join(out, "claims/d/index.html"), "d");
    // a: same key, its file is there → kept; b: key changed; c: new; d: its file is there, no key last time.
    openReuse(
      out,
      new Map([
        ["claims/a/index.html", "key-a"],
        ["claims/b/index.html", "old"],
        ["claims/e/index.html", "key-e"],
      ]),
    );
    keyed.length = 0;
    const render = pagesToRender(pages);
    expect(render).toEqual(["b", "c", "d"]);
    expect(keyed).toEqual(["a", "b"]);
    // The rendered pages record the keys of the models they rendered from.
    for (const id of render) recordRendered(`claims/${id}/index.html`, `key-${id}`);
    const registry = closeReuse();
    expect(registry?.kept).toEqual(["claims/a/index.html"]);
    expect(Object.fromEntries(registry?.keys ?? [])).toEqual(
      Object.fromEntries(pages.map((p) => [p.file, `key-${p.entry}`])),
    );
    expect(closeReuse()).toBeNull();
  });

  it("renders a page whose key is unchanged when its file is gone from the output", () => {
    openReuse(join(work, "out-missing"), new Map([["claims/a/index.html", "key-a"]]));
    expect(pagesToRender(pages.slice(0, 1))).toEqual(["a"]);
    expect(closeReuse()?.kept).toEqual([]);
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

describe("the output integration's record", () => {
  it("is removed when a build starts, so a build that stops half-way leaves none", async () => {
    const project = join(work, "integration");
    const cacheDir = join(project, "cache");
    const outDir = join(project, "dist");
    put(join(project, "src/pages/index.astro"), "<p>x</p>");
    put(join(outDir, "index.html"), "<p>x</p>");
    put(
      join(cacheDir, "incremental-output.json"),
      JSON.stringify({ outDir, stamp: null, files: [], code: "", keys: {} }),
    );
    const url = (p: string): URL => pathToFileURL(`${p}/`);
    const integration = incrementalOutput();
    const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
    const logger = { info: (): void => undefined };
    await hooks["astro:config:done"]?.({
      config: {
        root: url(project),
        outDir: url(outDir),
        publicDir: url(join(project, "public")),
        cacheDir: url(cacheDir),
        site: undefined,
        base: "/",
        trailingSlash: "always",
        build: { format: "directory" },
      },
    });
    await hooks["astro:build:start"]?.({ logger });
    expect(existsSync(join(cacheDir, "incremental-output.json"))).toBe(false);
    closeReuse();
  });
});
