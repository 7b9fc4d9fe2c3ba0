import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { decodeEntities, hrefs, htmlPages, ids, readPage } from "../support/html.ts";

const dist = inject("distDir");
const pages = htmlPages(dist);
const idCache = new Map<string, Set<string>>();

/**
 * The file a site path is served from, or null when none exists.
 *
 * @param pathname URL path.
 * @returns Path relative to `dist/`.
 */
function fileFor(pathname: string): string | null {
  const rel = decodeURIComponent(pathname).replace(/^\//, "");
  const direct = join(dist, rel);
  if (rel !== "" && !rel.endsWith("/") && existsSync(direct) && statSync(direct).isFile()) return rel;
  const index = join(rel, "index.html");
  return existsSync(join(dist, index)) ? index : null;
}

/**
 * The ids of a built page, read once.
 *
 * @param file Path relative to `dist/`.
 * @returns Its ids.
 */
function idsOf(file: string): Set<string> {
  let set = idCache.get(file);
  if (!set) {
    set = ids(readPage(dist, `/${file}`));
    idCache.set(file, set);
  }
  return set;
}

describe("every internal link in dist/", () => {
  it("finds the pages", () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    "%s: every href, src and form action resolves, fragments included",
    (_path, page) => {
      const html = readPage(dist, `/${page.file}`);
      const targets = [
        ...hrefs(html),
        ...[...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? "")),
        ...[...html.matchAll(/\saction="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? "")),
      ];
      const broken: string[] = [];
      const base = new URL(page.path, "http://site.invalid");
      for (const href of targets) {
        if (/^(https?:|mailto:)/.test(href) && !href.startsWith("http://site.invalid")) continue;
        const url = new URL(href, base);
        const file = fileFor(url.pathname);
        if (file === null) {
          broken.push(`${href} (no file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.replace(/^#/, ""));
        if (fragment !== "" && !(file.endsWith(".html") && idsOf(file).has(fragment)))
          broken.push(`${href} (no #${fragment})`);
      }
      expect(broken).toEqual([]);
    },
  );

  it("gives ids only once per page", () => {
    const dupes: string[] = [];
    for (const p of pages) {
      const all = [...readPage(dist, `/${p.file}`).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      const seen = new Set<string>();
      for (const id of all) {
        if (id !== undefined && seen.has(id)) dupes.push(`${p.path}#${id}`);
        if (id !== undefined) seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});
