import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { htmlPages } from "../support/html.ts";

const dist = inject("distDir");
const LIMIT = 3 * 1024;

describe("the script a content page loads", () => {
  it("is at most 3 KB gzip on every page but search, inline scripts and static imports included", () => {
    const pages = htmlPages(dist).filter((p) => !p.path.startsWith("/search/"));
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const html = readFileSync(join(dist, p.file), "utf8");
      const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? "");
      const inline = [
        ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
      ].map((m) => m[1] ?? "");
      // A module's static imports load with it; dynamic ones (the search engine) only when asked for.
      const files = new Set<string>();
      const visit = (src: string): void => {
        if (files.has(src)) return;
        files.add(src);
        const code = readFileSync(join(dist, src), "utf8");
        for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'`()]*?from\s*)?["'`]([^"'`]+)["'`]/g))
          visit(new URL(m[1] ?? "", `http://x${src}`).pathname);
      };
      srcs.forEach(visit);
      const bytes =
        [...files].reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0) +
        inline.reduce((sum, s) => sum + gzipSync(s).length, 0);
      expect(bytes, p.path).toBeLessThanOrEqual(LIMIT);
    }
  });
});
