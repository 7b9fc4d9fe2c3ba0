import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { typeQuery } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));

/** The outlets that published an article, with the claims their articles print. */
const outlets = data.sources
  .filter((s) => s.published.length > 0)
  .map((s) => ({ name: s.name, id: s.id, printed: data.claims.filter((c) => s.published.includes(c.article)) }))
  .filter((o) => o.printed.length > 0);

describe.skipIf(skip !== null)("an outlet searched by its name", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is found with the claims its articles print, never as 'quoted without figures'", async () => {
    expect(outlets.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    for (const o of outlets) {
      await page.goto(`${inject("baseUrl")}/search/`);
      await typeQuery(page, o.name);
      const card = page.locator(`#search-app .person-results a[href="/sources/${o.id}/"]`);
      await card.waitFor();
      const meta = (await card.locator(".person-meta").textContent()) ?? "";
      expect(meta, o.name).not.toContain("quoted without figures");
      const hrefs = await page
        .locator("#search-app .claim-results a.result-card")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")));
      for (const c of o.printed.slice(0, 5)) expect(hrefs, `${o.name}: ${c.id}`).toContain(`/claims/${c.id}/`);
    }
    await page.close();
  });
});
