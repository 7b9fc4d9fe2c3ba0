import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { RELATED_PER_CLAIM } from "../../src/lib/compare/index.ts";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { ROOT } from "../support/build-site.ts";
import { between, decodeEntities, htmlPages, htmlText, readPage } from "../support/html.ts";
import { type ClaimsIndex, readPublished } from "../support/site-data.ts";

const dist = inject("distDir");
const data = readPublished(dist);
const articles = readArticles(listArticleFiles(join(ROOT, "content")));
const site = inject("siteUrl");
/**
 * A page's address as the build writes it: absolute at the configured site, else the path.
 *
 * @param path A path on the site.
 * @returns The address.
 */
const at = (path: string): string => (site === null ? path : new URL(path, site).href);

/**
 * How many pages a folder of `dist/` holds (one `index.html` per sub-folder).
 *
 * @param dir Folder under `dist/`.
 * @returns Page count.
 */
function pagesUnder(dir: string): number {
  return readdirSync(join(dist, dir), { withFileTypes: true }).filter(
    (e) => e.isDirectory() && existsSync(join(dist, dir, e.name, "index.html")),
  ).length;
}

describe("claims in the data and on the pages", () => {
  it("publishes every claim with its page address", () => {
    expect(data.claims.length).toBeGreaterThan(0);
    for (const c of data.claims) expect(c.url).toBe(at(`/claims/${c.id}/`));
  });

  it.each(data.claims.map((c) => [c.id, c] as const))("%s has a claim page and a mark in its article page", (id, c) => {
    const claimPage = readPage(dist, `/claims/${id}/`);
    expect(htmlText(claimPage)).toContain(c.valueText);
    const articlePage = readPage(dist, `/articles/${c.article}/`);
    const mark = new RegExp(`<mark id="${id}"[^>]*><a href="/claims/${id}/">([^<]*)</a>`).exec(articlePage);
    expect(mark, `mark for ${id}`).not.toBeNull();
    expect(decodeEntities(mark?.[1] ?? "")).toBe(c.figure);
  });

  it("says the words a credit was resolved from, where the text does not name the source", () => {
    const resolved = data.claims.filter((c) => c.attributedAs !== undefined);
    expect(resolved.length).toBeGreaterThan(0);
    for (const c of data.claims) {
      const text = htmlText(readPage(dist, `/claims/${c.id}/`));
      const said = `(the text says “${c.attributedAs ?? ""}”)`;
      if (c.attributedAs === undefined) expect(text, c.id).not.toContain("(the text says “");
      else {
        expect(c.quote.toLowerCase(), c.id).toContain(c.attributedAs.toLowerCase());
        expect(text, c.id).toContain(`${c.attributedTo?.name ?? "?"} ${said}`);
      }
    }
  });

  it("has as many pages of each type as there are records", () => {
    expect(pagesUnder("claims")).toBe(data.claims.length);
    expect(pagesUnder("topics")).toBe(data.topics.length);
    expect(pagesUnder("people")).toBe(data.people.length);
    expect(pagesUnder("sources")).toBe(data.sources.length);
    expect(pagesUnder("articles")).toBe(articles.length);
  });

  it("keeps related-claim lists short on every claim page", () => {
    for (const c of data.claims) {
      const section = between(readPage(dist, `/claims/${c.id}/`), 'id="related"', "<h2") ?? "";
      const relations = section.match(/<span class="badge rel /g)?.length ?? 0;
      expect(relations, c.id).toBeLessThanOrEqual(RELATED_PER_CLAIM);
      const sameOrigin = between(section, '<ul class="same-origin"', "</ul>")?.match(/<li>/g)?.length ?? 0;
      expect(sameOrigin, c.id).toBeLessThanOrEqual(5);
    }
  });

  it("says how the other claims of the same origin are chosen, by whether the claim or its article has a date", () => {
    const seen = { dated: 0, undated: 0 };
    for (const c of data.claims) {
      const section = between(readPage(dist, `/claims/${c.id}/`), 'id="related"', "<h2") ?? "";
      if (!section.includes('class="same-origin"')) continue;
      const dated = c.asOf !== null || articles.find((a) => a.slug === c.article)?.meta.published !== undefined;
      seen[dated ? "dated" : "undated"]++;
      expect(htmlText(section), c.id).toContain(
        dated ? "each group the nearest in date to this one" : "Neither this figure nor its article has a date",
      );
    }
    expect(seen.dated).toBeGreaterThan(0);
    expect(seen.undated).toBeGreaterThan(0);
  });

  it("says why a withdrawn claim was withdrawn, on a page that stays", () => {
    for (const c of data.claims.filter((x) => x.status === "withdrawn")) {
      const text = htmlText(readPage(dist, `/claims/${c.id}/`));
      expect(text).toContain("Withdrawn");
      for (const k of c.corrections.filter((x) => x.action === "suppress")) expect(text).toContain(k.reason);
    }
  });
});

describe("claim page metadata", () => {
  it.each(data.claims.map((c) => [c.id, c] as const))(
    "%s has canonical, Open Graph, Twitter and Claim JSON-LD",
    (id, c) => {
      const html = readPage(dist, `/claims/${id}/`);
      const url = at(`/claims/${id}/`);
      if (site === null) expect(html).not.toMatch(/rel="canonical"|property="og:url"/);
      else {
        expect(html).toContain(`<link rel="canonical" href="${url}">`);
        expect(html).toContain(`<meta property="og:url" content="${url}">`);
      }
      expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html).toMatch(/<meta name="twitter:card" content="summary">/);
      const title = decodeEntities(/<meta property="og:title" content="([^"]+)">/.exec(html)?.[1] ?? "");
      expect(title).toContain(c.valueText);
      const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      expect(raw).toBeDefined();
      const ld = JSON.parse(raw ?? "{}") as {
        "@type": string;
        text: string;
        author: { name: string };
        appearance: { url: string };
        url: string;
      };
      expect(ld["@type"]).toBe("Claim");
      expect(ld.url).toBe(url);
      expect(ld.text).toContain(c.figure);
      const article = articles.find((a) => a.slug === c.article);
      expect(ld.author.name).toBe(c.attributedTo?.name ?? article?.meta.publisher ?? "outlet not named");
      expect(ld.appearance.url).toBe(at(`/articles/${c.article}/#${id}`));
    },
  );
});

describe("data files, sitemap and robots.txt", () => {
  it("publishes topics, people, sources and checks with page addresses", () => {
    for (const t of data.topics) expect(t.url).toBe(at(`/topics/${t.id}/`));
    for (const p of data.people) expect(p.url).toBe(at(`/people/${p.id}/`));
    for (const s of data.sources) expect(s.url).toBe(at(`/sources/${s.id}/`));
    for (const k of data.checks) if (k.url !== null) expect(k.url.startsWith(at("/topics/"))).toBe(true);
  });

  it("publishes the claims in pages that its index lists, in id order, each page at most the page size", () => {
    const index = JSON.parse(readFileSync(join(dist, "api/claims.json"), "utf8")) as ClaimsIndex;
    expect(index.count).toBe(data.claims.length);
    expect(index.pages.length).toBe(Math.max(1, Math.ceil(index.count / index.pageSize)));
    expect(index.pages.reduce((s, p) => s + p.count, 0)).toBe(index.count);
    for (const p of index.pages) expect(p.count).toBeLessThanOrEqual(index.pageSize);
    const ids = data.claims.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(index.pages[0]?.first).toBe(ids[0]);
    expect(index.pages[index.pages.length - 1]?.last).toBe(ids[ids.length - 1]);
  });

  it("publishes the claims as CSV, one row per claim", () => {
    const csv = readFileSync(join(dist, "api/claims.csv"), "utf8");
    const header = csv.split("\n")[0] ?? "";
    expect(header.startsWith("id,url,status,")).toBe(true);
    for (const c of data.claims) expect(csv).toContain(`${c.id},${c.url},${c.status},`);
    // How a credit and a date were read travels with the claim.
    expect(header).toContain(",attributed_to_id,attributed_as,origin,");
    expect(header).toContain(",as_of_source,as_of_precision,as_of_note,");
    const lines = csv.split("\n");
    const resolved = data.claims.filter((c) => c.attributedAs !== undefined);
    expect(resolved.length).toBeGreaterThan(0);
    for (const c of resolved) {
      const line = lines.find((l) => l.startsWith(`${c.id},`)) ?? "";
      expect(line, c.id).toContain(`,${c.attributedTo?.id ?? "?"},${c.attributedAs ?? "?"},`);
    }
  });

  it.skipIf(site === null)("lists every page in the sitemap at the configured address", () => {
    const xml = readFileSync(join(dist, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1] ?? ""));
    const expected = htmlPages(dist)
      .map((p) => p.path)
      .filter((p) => p !== "/404.html")
      .map((p) => at(p))
      .sort();
    expect([...locs].sort()).toEqual(expected);
  });

  it("points robots.txt at the sitemap, when there is one", () => {
    const robots = readFileSync(join(dist, "robots.txt"), "utf8");
    if (site === null) expect(robots).not.toContain("Sitemap:");
    else expect(robots).toContain(`Sitemap: ${at("/sitemap.xml")}`);
  });
});
