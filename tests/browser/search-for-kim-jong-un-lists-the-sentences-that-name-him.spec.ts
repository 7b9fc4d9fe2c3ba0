import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { settledResults } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const NAME = /Kim Jong[- ]Un/i;
const naming = data.claims.filter((c) => c.status === "active" && NAME.test(c.quote));

describe.skipIf(skip !== null)("searching for Kim Jong Un", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the sentences that name him first and reads no other person into the query", async () => {
    expect(naming.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    const found = await settledResults(page, "Kim Jong Un");
    expect(found.slice(0, naming.length).sort()).toEqual(naming.map((c) => `/claims/${c.id}/`).sort());
    const quotes = await page.locator("#search-app a.result-card .result-quote").allTextContents();
    for (const q of quotes.slice(0, naming.length)) expect(q).toMatch(NAME);
    // Nobody else is read into the query; Kim Jong Un himself may be listed once the data knows him.
    const people = await page.locator("#search-app .person-results .person-name").allTextContents();
    for (const name of people) expect(name).toMatch(NAME);
    await page.close();
  });
});
