import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { settledResults } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
/** Claims whose figure carries a conversion in pounds, e.g. "$20m (£15.5m)", with the amount as typed. */
const converted = data.claims
  .filter((c) => c.status === "active")
  .flatMap((c) => {
    const m = /\((£[\d.,]+m?)\)/.exec(c.figure);
    return m?.[1] ? [{ claim: c, q: m[1] }] : [];
  });

describe.skipIf(skip !== null)("searching for the amount of a bracketed conversion", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("finds the claim whose figure it converts first", async () => {
    expect(converted.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    for (const { claim, q } of converted) {
      const found = await settledResults(page, q);
      expect(found[0], q).toBe(`/claims/${claim.id}/`);
    }
    await page.close();
  });
});
