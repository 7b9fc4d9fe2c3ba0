import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const claim = readPublished(inject("distDir")).claims.find((c) => c.attributedTo !== null);

describe.skipIf(skip !== null || claim === undefined)("the citation of a claim", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("gives the permanent address in the reference, BibTeX and CSL-JSON, and the date accessed when copied", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("baseUrl") });
    const page = await context.newPage();
    await page.goto(`${inject("baseUrl")}/claims/${claim?.id}/`);
    // The canonical address when the site's address is configured; else where the page is served.
    const canonical = await page
      .locator('link[rel="canonical"]')
      .getAttribute("href")
      .catch(() => null);
    const permanent = canonical ?? `${inject("baseUrl")}/claims/${claim?.id}/`;
    if (inject("siteUrl") !== null)
      expect(canonical).toBe(new URL(`/claims/${claim?.id}/`, inject("siteUrl") ?? "").href);

    const text = (await page.locator("#cite-text").textContent()) ?? "";
    expect(text).toContain(permanent);
    expect(text).toContain(claim?.attributedTo?.name);
    const bibtex = (await page.locator("#cite-bibtex").textContent()) ?? "";
    expect(bibtex).toContain(`url = {${permanent}}`);
    const csl = JSON.parse((await page.locator("#cite-csl").textContent()) ?? "[]") as { URL: string }[];
    expect(csl[0]?.URL).toBe(permanent);

    await page.locator("summary", { hasText: "BibTeX" }).click();
    await page.locator("button", { hasText: "Copy BibTeX" }).click();
    await expect.poll(() => page.locator("#cite-status").textContent()).toBe("BibTeX copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`url = {${permanent}}`);
    const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
    expect(copied).toContain(`urldate = {${today}}`);
    await context.close();
  });
});
