import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const claims = readPublished(inject("distDir")).claims;
const claim = claims[Math.floor(claims.length / 2)];

describe.skipIf(skip !== null || claim === undefined)("the link a claim page copies", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens the same claim page, even when the page was reached through an anchor", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("baseUrl") });
    const page = await context.newPage();
    await page.goto(`${inject("baseUrl")}/claims/${claim?.id}/#cite`);
    const heading = await page.locator("h1").textContent();
    await page.locator("button[data-copy-link]").click();
    await expect.poll(() => page.locator("#permalink-status").textContent()).toBe("Link copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const other = await context.newPage();
    const response = await other.goto(copied);
    expect(response?.status()).toBe(200);
    expect(new URL(other.url()).pathname).toBe(`/claims/${claim?.id}/`);
    expect(await other.locator("h1").textContent()).toBe(heading);
    await context.close();
  });
});
