import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const articles = [...new Set(data.claims.map((c) => c.article))].sort();

describe.skipIf(skip !== null)("a figure marked in the article reader", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(articles)("in %s, opens the claim page whose highlighted figure is the one clicked", async (slug) => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/articles/${slug}/`);
    const mark = page.locator(".article-text mark[id]").last();
    const id = await mark.getAttribute("id");
    const figure = (await mark.locator("a").textContent())?.trim() ?? "";
    expect(figure.length).toBeGreaterThan(0);
    await mark.locator("a").click();
    await page.waitForURL(`**/claims/${id}/`);
    expect((await page.locator(".claim-quote mark").textContent())?.trim()).toBe(figure);
    await page.goBack();
    await page.waitForURL(`**/articles/${slug}/`);
    await page.goto(`${inject("baseUrl")}/articles/${slug}/#${id}`);
    expect(await page.evaluate(() => document.querySelector(":target")?.tagName)).toBe("MARK");
    await page.close();
  });
});
