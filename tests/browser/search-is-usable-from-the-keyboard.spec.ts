import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { resultClaims } from "../support/search-page.ts";

const skip = browserSkipReason();

/**
 * What has the focus: the search box, a result (by its link), or something else.
 *
 * @param page The page.
 * @returns "#search-q", the link's href, or the tag name.
 */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (a?.id === "search-q") return "#search-q";
    if (a?.classList.contains("search-result")) return a.getAttribute("href") ?? "";
    return a?.tagName ?? "";
  });
}

describe.skipIf(skip !== null)("the search page from the keyboard", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("focuses the box on /, moves through the results with the arrows, and opens one with Enter", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    await page.keyboard.press("/");
    expect(await focused(page)).toBe("#search-q");
    await page.keyboard.type("2k");
    await page.locator("#search-app a.result-card").first().waitFor();
    const results = await resultClaims(page);
    expect(results.length).toBeGreaterThan(2);

    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(results[0]);
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(results[1]);
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe(results[0]);
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe("#search-q");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(results[1]);

    await page.keyboard.press("Enter");
    await page.waitForURL(`**${results[1]}`);
    expect(await page.locator("h1").count()).toBe(1);
    await page.close();
  });

  it("reaches the results with Tab", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/?q=2k`);
    await page.locator("#search-app a.result-card").first().waitFor();
    await page.locator("#search-q").focus();
    const seen: string[] = [];
    for (let i = 0; i < 40 && !seen.some((s) => s.startsWith("/claims/")); i++) {
      await page.keyboard.press("Tab");
      seen.push(await focused(page));
    }
    expect(seen.at(-1)).toBe((await resultClaims(page))[0]);
    await page.close();
  });
});
