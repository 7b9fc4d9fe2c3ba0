import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { settledResults } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
/** The $2,000 claims the search for "2000" lists. */
const dollars = data.claims.filter((c) => c.status === "active" && c.value.min === 2000 && c.value.unit === "USD");

describe.skipIf(skip !== null)("a search result for a disputed figure", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("names who disputes it beside who is credited, and no other card says 'disputed'", async () => {
    // The five articles hold a $2,000 figure whose sentence someone disputes.
    const disputed = dollars.filter((c) => c.disputedBy !== null);
    expect(disputed.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    const found = await settledResults(page, "$2,000");
    for (const c of dollars) {
      const href = `/claims/${c.id}/`;
      expect(found).toContain(href);
      const who = await page.locator(`#search-app a.result-card[href="${href}"] .result-who`).textContent();
      if (c.disputedBy === null) expect(who).not.toContain("disputed");
      else if (c.attributedTo === null) expect(who).toBe(`unattributed, disputed by ${c.disputedBy.name}`);
      else expect(who).toMatch(new RegExp(`^${c.attributedTo.name}\\b.*, disputed by ${c.disputedBy.name}$`));
    }
    await page.close();
  });
});
