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

  it("states each topic's counts as the published data gives them, named origins apart from unnamed sources", () => {
    const html = readPage(dist, "/");
    for (const t of data.topics) {
      const card = between(html, `href="/topics/${t.id}/"`, "</li>");
      expect(card, t.id).toBeTruthy();
      const meta = htmlText(between(card ?? "", '<p class="meta">', "</p>") ?? "");
      const claims = data.claims.filter((c) => t.claims.includes(c.id));
      const named = new Set(claims.filter((c) => c.origin.known).map((c) => c.origin.key)).size;
      const unnamed = new Set(claims.filter((c) => !c.origin.known).map((c) => c.origin.key)).size;
      expect(meta, t.id).toMatch(new RegExp(`^${claims.length} claims? · ${t.clusters.length} groups? of values`));
      if (named > 0) expect(meta, t.id).toContain(`${named} named origin`);
      else expect(meta, t.id).not.toContain("named origin");
      if (unnamed > 0) expect(meta, t.id).toContain(`${unnamed} unnamed source`);
      else expect(meta, t.id).not.toContain("unnamed source");
      // A range from one claim to another is only drawn within one kind and unit, and says what it leaves out.
      const range = htmlText(between(card ?? "", '<p class="topic-range">', "</p>") ?? "");
      const kinds = new Set(claims.map((c) => `${c.kind}|${c.value.unit}|${c.value.per ?? ""}`));
      if (kinds.size > 1) expect(range, t.id).toMatch(/\d+ of the \d+ figures, those of one kind and unit/);
      else expect(range, t.id).not.toMatch(/of the \d+ figures/);
    }
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
    "%s shows its headline and only the blocks it may quote: figures, and its speakers' stances and names",
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
      // Whoever is credited with or disputes a figure here: the sentences naming them and their stances stay.
      const speakers = data.people.filter(
        (p) => p.type !== "group" && claims.some((c) => c.attributedTo?.id === p.id || c.disputedBy?.id === p.id),
      );
      const names = speakers.flatMap((p) => {
        const spellings = [p.name, ...p.variants];
        const full = spellings.filter((x) => /[\s-]/.test(x.trim()));
        return full.length > 0 ? full : spellings;
      });
      // The comparison's own list of sentences naming someone, when it gives one, is what the page follows.
      const mentions = speakers.flatMap((p) => (p.mentions ?? []).filter((m) => m.article === slug));
      const listed = speakers.some((p) => p.mentions !== undefined);
      const stances = speakers
        .flatMap((p) => p.statements ?? data.topics.flatMap((t) => t.statements))
        .map((id) => data.claims.find((c) => c.id === id))
        .filter((c) => c !== undefined && c.article === slug && speakers.some((p) => p.id === c.attributedTo?.id));
      const named = (b: { start: number; end: number; text: string }): boolean =>
        listed ? mentions.some((m) => m.start < b.end && b.start < m.end) : names_(b);
      const names_ = (b: { text: string }): boolean =>
        names.some((n) =>
          new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(b.text),
        );
      const stance = (b: { start: number; end: number }): boolean =>
        stances.some((c) => c !== undefined && c.quoteStart < b.end && b.start < c.quoteStart + c.quote.length);
      const expected = blocks.filter((b) => a.meta.fullText || carries(b) || named(b) || stance(b)).map((b) => b.index);
      expect(shown).toEqual(expected);
      for (const b of blocks.filter((x) => expected.includes(x.index)))
        expect(htmlText(body)).toContain(blockInlineText(b).text);
      const gaps = body.match(/<p class="gap">\[…\]<\/p>/g)?.length ?? 0;
      if (a.meta.fullText || expected.length === blocks.length) expect(gaps).toBe(0);
      else expect(gaps).toBeGreaterThan(0);
    },
  );
});
