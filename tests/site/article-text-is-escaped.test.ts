import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { splitBlocks } from "../../src/lib/extract/blocks.ts";
import { ROOT } from "../support/build-site.ts";
import { between, readPage } from "../support/html.ts";
import { readPublished } from "../support/site-data.ts";

const dist = inject("distDir");
const articles = readArticles(listArticleFiles(join(ROOT, "content")));
const data = readPublished(dist);

/** The only elements article text may turn into: paragraphs, marks, their links, the sentence emphasis and hidden labels. */
const ALLOWED_TAGS = new Set(["p", "mark", "a", "strong", "span"]);

/**
 * The tag names used in an HTML fragment.
 *
 * @param html HTML.
 * @returns Lower-case tag names.
 */
function tags(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => (m[1] ?? "").toLowerCase()));
}

describe("text from articles never becomes markup", () => {
  it.each(articles.map((a) => [a.slug, a] as const))(
    "%s: the reader's text blocks hold only the site's own elements",
    (slug, a) => {
      const html = readPage(dist, `/articles/${slug}/`);
      const text = between(html, '<div class="article-text">', "</div>");
      expect(text).not.toBeNull();
      expect(text).not.toMatch(/<script/i);
      expect([...tags(text ?? "")].filter((t) => t !== "div" && !ALLOWED_TAGS.has(t))).toEqual([]);
      for (const b of splitBlocks(a.body)) {
        if (b.type === "blank" || !/[<&]/.test(b.text) || !(text ?? "").includes(`data-block="${b.index}"`)) continue;
        if (b.text.includes("<")) expect(text).toContain("&lt;");
        if (b.text.includes("&")) expect(text).toContain("&amp;");
      }
    },
  );

  it.each(data.claims.map((c) => [c.id, c] as const))(
    "%s: the quoted paragraph holds only the site's own elements",
    (id, c) => {
      const html = readPage(dist, `/claims/${id}/`);
      const quote = between(html, '<blockquote class="claim-quote"', "<footer>") ?? "";
      expect(quote).not.toMatch(/<script/i);
      expect([...tags(quote)].filter((t) => t !== "blockquote" && !ALLOWED_TAGS.has(t))).toEqual([]);
      if (c.quote.includes("<")) expect(quote).toContain("&lt;");
      if (c.quote.includes("&")) expect(quote).toContain("&amp;");
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
      expect(ld).not.toContain("<");
    },
  );
});
