import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { settledResults } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const ID = "lee-woonggil";
const byUrl = new Map(data.claims.map((c) => [`/claims/${c.id}/`, c]));

describe.skipIf(skip !== null)("searching for Lee Woong Gil", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("returns only claims credited to, about or disputed by him, though another Lee is quoted", async () => {
    expect(data.people.filter((p) => /\bLee\b/.test(p.name) && p.id !== ID).length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    const found = await settledResults(page, "Lee Woong Gil");
    expect(found.length).toBeGreaterThan(0);
    const others = found
      .map((u) => byUrl.get(u))
      .filter((c) => ![c?.attributedTo?.id, c?.subject?.id, c?.disputedBy?.id].includes(ID));
    expect(others.map((c) => c?.id)).toEqual([]);
    await page.close();
  });
});
