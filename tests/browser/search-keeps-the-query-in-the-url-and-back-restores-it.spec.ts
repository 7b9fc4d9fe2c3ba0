import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { resultClaims, typeQuery } from "../support/search-page.ts";

const skip = browserSkipReason();

/**
 * The query and filters the address holds.
 *
 * @param page The page.
 * @returns Parameters as an object.
 */
function params(page: Page): Record<string, string> {
  const url = new URL(page.url());
  expect(url.pathname).toBe("/search/");
  return Object.fromEntries(url.searchParams);
}

describe.skipIf(skip !== null)("the search page's address", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("follows typing, records searches and filters, and Back and Forward restore them", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    const start = await page.evaluate(() => history.length);

    // Typing replaces the address without adding to the history.
    await typeQuery(page, "2k");
    await expect.poll(() => params(page)).toEqual({ q: "2k" });
    expect(await page.evaluate(() => history.length)).toBe(start);
    await page.keyboard.press("Enter");
    const twoK = await resultClaims(page);
    expect(twoK.length).toBeGreaterThan(0);

    // A filter adds an entry.
    await page.locator('#search-app button[data-key="f:kind:pay-per-soldier"]').click();
    expect(params(page)).toEqual({ q: "2k", kind: "pay-per-soldier" });
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    const paid = await resultClaims(page);
    expect(paid.length).toBeLessThan(twoK.length);

    // So does a new search, submitted.
    await typeQuery(page, "Bennett");
    await page.keyboard.press("Enter");
    await expect.poll(() => params(page)).toEqual({ q: "Bennett", kind: "pay-per-soldier" });
    await page.locator('#search-app button[data-key="f:kind:"]').click();
    expect(params(page)).toEqual({ q: "Bennett" });
    await page.locator("#search-app .person-results a").first().waitFor();

    // Back restores the box, the filters and the results, one step at a time.
    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ q: "Bennett", kind: "pay-per-soldier" });
    expect(await page.inputValue("#search-q")).toBe("Bennett");
    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ q: "2k", kind: "pay-per-soldier" });
    expect(await page.inputValue("#search-q")).toBe("2k");
    expect(await resultClaims(page)).toEqual(paid);
    expect(
      await page.locator('#search-app button[data-key="f:kind:pay-per-soldier"]').getAttribute("aria-pressed"),
    ).toBe("true");
    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ q: "2k" });
    expect(await resultClaims(page)).toEqual(twoK);
    expect(await page.locator('#search-app button[data-key="f:kind:"]').getAttribute("aria-pressed")).toBe("true");

    // Forward brings the filter back.
    await page.goForward();
    await expect.poll(() => params(page)).toEqual({ q: "2k", kind: "pay-per-soldier" });
    expect(await resultClaims(page)).toEqual(paid);

    // The address alone gives the same results: it can be shared.
    const shared = await browser.newPage();
    await shared.goto(page.url());
    await shared.locator("#search-app a.result-card").first().waitFor();
    expect(await shared.inputValue("#search-q")).toBe("2k");
    expect(await resultClaims(shared)).toEqual(paid);
    await shared.close();
    await page.close();
  });
});
