import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { resultClaims, statusText, typeQuery } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
/** The $2,000-a-month pay-per-soldier claims. */
const pay = data.claims.filter(
  (c) => c.status === "active" && c.kind === "pay-per-soldier" && c.value.min === 2000 && c.value.unit === "USD",
);
const articles = [...new Set(data.claims.map((c) => c.article))].sort();

describe.skipIf(skip !== null)("typing 2k on the search page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the $2,000 pay-per-soldier claims of all five articles first, the figure marked", async () => {
    expect(articles).toHaveLength(5);
    expect([...new Set(pay.map((c) => c.article))].sort()).toEqual(articles);

    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    await typeQuery(page, "2k");
    await page.locator("#search-app a.result-card").first().waitFor();

    const found = await resultClaims(page);
    const wanted = pay.map((c) => `/claims/${c.id}/`);
    expect(found.slice(0, wanted.length).sort()).toEqual([...wanted].sort());
    await expect.poll(() => statusText(page)).toMatch(new RegExp(`^${found.length} claims\\b`));
    expect(await page.locator(".search-understood").textContent()).toContain("2,000");

    // Once the quotes have loaded, each pay card marks its figure in the sentence.
    for (const c of pay) {
      const card = page.locator(`#search-app a.result-card[href="/claims/${c.id}/"]`);
      await expect.poll(() => card.locator(".result-quote mark").allTextContents()).toContain(c.figure);
      expect(await card.locator(".badge").first().textContent()).toBe("Pay per soldier");
    }
    await page.close();
  });
});
