import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { settledResults, statusText } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const byUrl = new Map(data.claims.map((c) => [`/claims/${c.id}/`, c]));
const ID = "lee-hyunseung";

describe.skipIf(skip !== null)("a query of a person and a figure", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists first the claims of that person with that figure, and the others under a note saying they match only part", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    const found = await settledResults(page, "Hyun-Seung 2000");
    const whole = await page
      .locator("#search-app .claim-results ol.claim-list:not(.partial-list) a.result-card")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const part = await page
      .locator("#search-app .claim-results ol.partial-list a.result-card")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(whole.length).toBeGreaterThan(0);
    expect(part.length).toBeGreaterThan(0);
    expect([...whole, ...part]).toEqual(found);
    const his = (u: string): boolean => {
      const c = byUrl.get(u);
      return [c?.attributedTo?.id, c?.subject?.id, c?.disputedBy?.id].includes(ID);
    };
    const has2000 = (u: string): boolean => {
      const v = byUrl.get(u)?.value;
      return v !== undefined && (v.min ?? -Infinity) <= 2000 && 2000 <= (v.max ?? Infinity) && v.unit !== "percent";
    };
    expect(whole.filter((u) => !(his(u) && has2000(u)))).toEqual([]);
    expect(part.filter((u) => his(u) && has2000(u))).toEqual([]);
    expect(await page.locator("#search-app .partial-note").textContent()).toBe("These match only part of the query:");
    expect(await statusText(page)).toMatch(
      new RegExp(`^\\d+ claims, ${whole.length} of them matching every part of the query`),
    );
    await page.close();
  });
});
