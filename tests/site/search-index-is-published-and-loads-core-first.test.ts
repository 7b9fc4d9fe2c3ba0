import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSearch } from "../../src/lib/search/engine.ts";
import { SEARCH_INDEX_VERSION, type SearchText } from "../../src/lib/search/format.ts";
import type { SiteSearchCore } from "../../src/lib/site/search.ts";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const dist = inject("distDir");
const data = readPublished(dist);
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dist, "api", file), "utf8")) as T;

describe("the search index under /api/", () => {
  const core = read<SiteSearchCore>("search-index.json");
  const text = read<SearchText>("search-text.json");

  it("has a core part and a text part of the current format, over every published claim", () => {
    expect(core.v).toBe(SEARCH_INDEX_VERSION);
    expect(text.v).toBe(SEARCH_INDEX_VERSION);
    expect(core.n).toBe(data.claims.length);
    expect(text.qi).toHaveLength(core.n);
    expect(core.articles).toEqual([...new Set(data.claims.map((c) => c.article))].sort());
    expect(core.site.articles).toHaveLength(core.articles.length);
    expect(core.site.withdrawn).toEqual(
      data.claims
        .filter((c) => c.status === "withdrawn")
        .map((c) => c.id)
        .sort(),
    );
  });

  it("gives back each claim as published, corrections applied", () => {
    const engine = createSearch({ core, text }, { warm: false });
    for (const c of data.claims) {
      const row = engine.claim(c.id);
      expect(row, c.id).toBeDefined();
      expect([row?.kind, row?.figure, row?.quote, row?.attributedTo?.id ?? null]).toEqual([
        c.kind,
        c.figure,
        c.quote,
        c.attributedTo?.id ?? null,
      ]);
    }
  });

  it("lists every person, body and outlet with the page it links to", () => {
    const ids = new Set([...data.people.map((p) => p.id), ...data.sources.map((s) => s.id)]);
    for (const p of data.people) expect(core.people.id).toContain(p.id);
    core.people.id.forEach((id, i) => {
      const page = core.site.pages[i];
      if (page === "p") expect(existsSync(join(dist, "people", id, "index.html")), id).toBe(true);
      else if (page === "s") expect(existsSync(join(dist, "sources", id, "index.html")), id).toBe(true);
      else expect(ids.has(id), id).toBe(false);
    });
    const nis = core.people.id.indexOf("south-korea-nis");
    expect(core.people.vars[nis]).toEqual(expect.arrayContaining(["NIS"]));
  });
});

const skip = browserSkipReason();

describe.skipIf(skip !== null)("the search page in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("fetches nothing until the box is focused, then only the core before the first result", async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/api/")) fetched.push(path);
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route("**/api/search-text.json", async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject("baseUrl")}/search/`);
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);

    await page.locator("#search-q").focus();
    await page.keyboard.type("2k");
    const first = page.locator("#search-app a.result-card").first();
    await first.waitFor();
    // The first results show from the core alone: figure, kind and source, no sentence yet.
    expect(fetched[0]).toBe("/api/search-index.json");
    expect(await first.locator(".result-figure").textContent()).not.toBe("");
    expect(await first.locator(".result-quote").count()).toBe(0);

    release();
    await first.locator(".result-quote mark").first().waitFor();
    expect(fetched).toEqual(["/api/search-index.json", "/api/search-text.json"]);
    await page.close();
  });
});
