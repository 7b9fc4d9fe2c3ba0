import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { settledResults } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const active = data.claims.filter((c) => c.status === "active");
const byUrl = new Map(active.map((c) => [`/claims/${c.id}/`, c]));
/** The claims of exactly 22 million, in any unit. */
const exact = active.filter((c) => c.value.min === 22_000_000 && c.value.max === 22_000_000);

describe.skipIf(skip !== null)("searching for 22m", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the 22 million first and no figure with an open end, and with a dollar sign no pay per soldier", async () => {
    expect(exact.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    for (const q of ["22m", "$22m"]) {
      const found = (await settledResults(page, q)).map((u) => byUrl.get(u));
      expect(found[0]?.value.min, q).toBe(22_000_000);
      expect(["USD", "GBP", "EUR", "RUB", "KPW", "KRW"]).toContain(found[0]?.value.unit);
      const open = found.filter((c) => c && (c.value.min === null) !== (c.value.max === null));
      expect(
        open.map((c) => c?.figure),
        q,
      ).toEqual([]);
      if (q.startsWith("$")) expect(found.filter((c) => c?.kind === "pay-per-soldier").map((c) => c?.id)).toEqual([]);
    }
    await page.close();
  });

  it("credits a total the article works out to the article's arithmetic, not to the source of the rate", async () => {
    const derived = exact.filter((c) => c.basis?.derived);
    expect(derived.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    await settledResults(page, "22m");
    for (const c of derived) {
      const who = await page.locator(`#search-app a.result-card[href="/claims/${c.id}/"] .result-who`).textContent();
      expect(who, c.id).toMatch(
        c.attributedTo ? `the article's arithmetic on ${c.attributedTo.name}'s rate` : "the article's arithmetic on an",
      );
    }
    await page.close();
  });
});
