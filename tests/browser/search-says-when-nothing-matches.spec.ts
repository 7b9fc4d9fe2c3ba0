import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { resultClaims, statusText, typeQuery } from "../support/search-page.ts";

const skip = browserSkipReason();

describe.skipIf(skip !== null)("a search that finds nothing", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("says so, suggests what to try, and the suggestions work", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    await typeQuery(page, "xqzzy wobblefrotz");
    await page.keyboard.press("Enter");
    const empty = page.locator("#search-app .search-empty");
    await empty.waitFor();
    await expect.poll(() => statusText(page)).toBe("No claims or names match.");
    expect(await empty.locator(".search-empty-head").textContent()).toBe("Nothing matches “xqzzy wobblefrotz”.");
    expect(await empty.textContent()).toMatch(/another spelling/);
    expect(await empty.locator('a[href="/claims/"]').count()).toBe(1);
    expect(await resultClaims(page)).toEqual([]);

    // A suggested figure runs that search.
    await empty.locator("a.example", { hasText: /^2k$/ }).click();
    await page.locator("#search-app a.result-card").first().waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("2k");
    expect(await page.inputValue("#search-q")).toBe("2k");
    await page.close();
  });

  it("offers to drop the filters when they are what leaves nothing", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/?q=2k&kind=casualties-killed`);
    const empty = page.locator("#search-app .search-empty");
    await empty.waitFor();
    expect(await empty.locator(".search-empty-head").textContent()).toBe("Nothing matches “2k” with these filters.");
    await empty.getByRole("button", { name: "Search without filters" }).click();
    await page.locator("#search-app a.result-card").first().waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: "2k" });
    await page.close();
  });
});
