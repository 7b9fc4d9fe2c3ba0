import { join } from "node:path";
import { inject, describe, expect, it } from "vitest";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { ROOT } from "../support/build-site.ts";
import { hrefs, htmlText, readPage } from "../support/html.ts";

const dist = inject("distDir");
const articles = readArticles(listArticleFiles(join(ROOT, "content")));

describe("the built home page", () => {
  it("links every article page", () => {
    const links = new Set(hrefs(readPage(dist, "/")));
    for (const a of articles) expect(links, a.slug).toContain(`/articles/${a.slug}/`);
  });

  it("is English and has a title, description and viewport", () => {
    const html = readPage(dist, "/");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html).toMatch(/<meta name="viewport"/);
  });
});

describe("each article page", () => {
  it.each(articles.map((a) => [a.slug, a] as const))("%s shows its headline and the blocks it may quote", (_slug, a) => {
    const html = readPage(dist, `/articles/${a.slug}/`);
    const text = htmlText(html);
    expect(text).toContain(a.meta.title);
    const lines = a.body.split("\n").filter((l) => l.trim() !== "");
    const shown = lines.filter((l) => text.includes(l.trim()));
    if (a.meta.fullText) expect(shown).toEqual(lines);
    else expect(shown.length).toBeGreaterThan(0);
  });
});
