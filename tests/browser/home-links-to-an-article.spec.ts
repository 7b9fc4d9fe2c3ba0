import { inject, describe, expect, it, beforeAll, afterAll } from "vitest";
import type { Browser } from "playwright-core";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";

const skip = browserSkipReason();

describe.skipIf(skip !== null)("the home page in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("follows an article link to the article's page", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/`);
    const link = page.locator(".article-list a").first();
    const title = (await link.textContent())?.trim() ?? "";
    expect(title.length).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
    expect((await page.locator("h1").textContent())?.trim()).toBe(title);
    await page.close();
  });
});
