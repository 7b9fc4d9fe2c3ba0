import { describe, expect, inject, it } from "vitest";
import { htmlPages, htmlText, readPage } from "../support/html.ts";

const dist = inject("distDir");

/** "1 claims", "1 figures credited in 1 articles": a count of one with a plural noun. */
const ONE_WITH_PLURAL =
  /(?<![\d,.])1 (?:claims|figures|articles|origins|sources|groups|people|outlets|names|sentences|times)\b/;

describe("counts in the built pages' text and descriptions", () => {
  it("no page says '1 claims' or '1 figures … in 1 articles'", () => {
    const found: string[] = [];
    for (const page of htmlPages(dist)) {
      const html = readPage(dist, `/${page.file}`);
      const metas = [...html.matchAll(/<meta[^>]+content="([^"]*)"/g)].map((m) => m[1] ?? "");
      for (const text of [htmlText(html), ...metas]) {
        const m = ONE_WITH_PLURAL.exec(text);
        if (m) found.push(`${page.path}: …${text.slice(Math.max(0, m.index - 40), m.index + 30)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
