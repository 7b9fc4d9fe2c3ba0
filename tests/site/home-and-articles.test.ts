import { join } from "node:path";
import { inject, describe, expect, it } from "vitest";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { blockInlineText, splitBlocks } from "../../src/lib/extract/blocks.ts";
import { ROOT } from "../support/build-site.ts";
import { between, hrefs, htmlText, readPage } from "../support/html.ts";
import { readPublished } from "../support/site-data.ts";

const dist = inject("distDir");
const articles = readArticles(listArticleFiles(join(ROOT, "content")));
const data = readPublished(dist);

describe("the built home page", () => {
  it("links every article page and every topic page", () => {
    const links = new Set(hrefs(readPage(dist, "/")));
    for (const a of articles) expect(links, a.slug).toContain(`/articles/${a.slug}/`);
    for (const t of data.topics) expect(links, t.id).toContain(`/topics/${t.id}/`);
  });

  it("is English and has a title, description and viewport", () => {
    const html = readPage(dist, "/");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html).toMatch(/<meta name="viewport"/);
  });

  it("has a search form that works without JavaScript", () => {
    const html = readPage(dist, "/");
    expect(html).toMatch(/<form[^>]*action="\/search\/"[^>]*method="get"/);
    expect(html).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
  });
});

describe("each article page", () => {
  it.each(articles.map((a) => [a.slug, a] as const))(
    "%s shows its headline and only the blocks it may quote",
    (slug, a) => {
      const html = readPage(dist, `/articles/${slug}/`);
      const text = htmlText(html);
      expect(text).toContain(a.meta.title);
      const body = between(html, '<div class="article-text">', "</div>") ?? "";
      const shown = [...body.matchAll(/data-block="(\d+)"/g)].map((m) => Number(m[1]));
      const blocks = splitBlocks(a.body).filter((b) => b.type !== "blank");
      const claims = data.claims.filter((c) => c.article === slug);
      const carries = (b: { start: number; end: number }): boolean =>
        claims.some((c) => c.quoteStart < b.end && b.start < c.quoteStart + c.quote.length);
      const expected = blocks.filter((b) => a.meta.fullText || carries(b)).map((b) => b.index);
      expect(shown).toEqual(expected);
      for (const b of blocks.filter((x) => expected.includes(x.index)))
        expect(htmlText(body)).toContain(blockInlineText(b).text);
      const gaps = body.match(/<p class="gap">\[…\]<\/p>/g)?.length ?? 0;
      if (a.meta.fullText || expected.length === blocks.length) expect(gaps).toBe(0);
      else expect(gaps).toBeGreaterThan(0);
    },
  );
});
