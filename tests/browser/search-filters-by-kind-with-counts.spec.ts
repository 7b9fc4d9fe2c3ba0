import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { resultClaims, statusText, typeQuery } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const kindOf = new Map(data.claims.map((c) => [`/claims/${c.id}/`, c.kind]));

describe.skipIf(skip !== null)("the kind filter of the search page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows how many claims each kind has among the results, and shows just those when chosen", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject("baseUrl")}/search/`);
    await typeQuery(page, "2k");
    await page.locator("#search-app a.result-card").first().waitFor();
    const all = await resultClaims(page);

    const buttons = page.locator("#search-app fieldset.facet").first().locator("button.facet-value");
    const facet = await buttons.evaluateAll((bs) =>
      bs.map((b) => ({
        key: b.getAttribute("data-key") ?? "",
        count: Number(b.querySelector(".facet-count")?.firstChild?.textContent ?? "NaN"),
        pressed: b.getAttribute("aria-pressed"),
      })),
    );
    // "Any kind" first, pressed, counting every result; then one button per kind found.
    expect(facet[0]).toEqual({ key: "f:kind:", count: all.length, pressed: "true" });
    const kinds = facet.slice(1);
    const expected = new Map<string, number>();
    for (const href of all) expected.set(kindOf.get(href) ?? "", (expected.get(kindOf.get(href) ?? "") ?? 0) + 1);
    expect(new Map(kinds.map((k) => [k.key.replace("f:kind:", ""), k.count]))).toEqual(expected);

    const pay = page.locator('#search-app button[data-key="f:kind:pay-per-soldier"]');
    expect(await pay.textContent()).toMatch(/^Pay per soldier\s*\d+ claims?$/);
    await pay.click();
    expect(await pay.getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page.url()).searchParams.get("kind")).toBe("pay-per-soldier");
    const paid = await resultClaims(page);
    expect(paid).toHaveLength(expected.get("pay-per-soldier") ?? -1);
    expect(paid.every((h) => kindOf.get(h) === "pay-per-soldier")).toBe(true);
    expect(await page.locator("#search-app a.result-card .result-top .badge").allTextContents()).toEqual(
      paid.map(() => "Pay per soldier"),
    );
    await expect.poll(() => statusText(page)).toBe(`${paid.length} claims`);
    // The focus stays on the filter just chosen.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("f:kind:pay-per-soldier");

    // Choosing it again, or "Any kind", brings every kind back.
    await pay.click();
    expect(await resultClaims(page)).toEqual(all);
    expect(new URL(page.url()).searchParams.has("kind")).toBe(false);
    await page.close();
  });
});
