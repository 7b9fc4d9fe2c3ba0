import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const claim = readPublished(inject("distDir")).claims[0];

describe.skipIf(skip !== null || claim === undefined)("the copy-link button on a claim page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is absent without JavaScript, where the address stays selectable", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject("baseUrl")}/claims/${claim?.id}/`);
    expect(await page.locator("button[data-copy-link]").isVisible()).toBe(false);
    expect(await page.locator("#permalink-field").inputValue()).toBe(claim?.url);
    await context.close();
  });

  it("copies the address the page was opened at and says so", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("baseUrl") });
    const page = await context.newPage();
    await page.goto(`${inject("baseUrl")}/claims/${claim?.id}/`);
    const button = page.locator("button[data-copy-link]");
    await button.click();
    await expect.poll(() => page.locator("#permalink-status").textContent()).toBe("Link copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject("baseUrl")}/claims/${claim?.id}/`);
    await context.close();
  });
});
