import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Types a query into the search page's box, the way a reader does.
 *
 * @param page The search page.
 * @param q The query.
 */
export async function typeQuery(page: Page, q: string): Promise<void> {
  const box = page.locator("#search-q");
  await box.click();
  await box.fill("");
  await page.keyboard.type(q);
}

/**
 * The claim pages the result cards link to, in order.
 *
 * @param page The search page.
 * @returns Paths such as "/claims/<id>/".
 */
export async function resultClaims(page: Page): Promise<string[]> {
  return page
    .locator("#search-app a.result-card")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/**
 * The announced status line.
 *
 * @param page The search page.
 * @returns Its text.
 */
export async function statusText(page: Page): Promise<string> {
  return ((await page.locator("#search-app [role=status]").textContent()) ?? "").trim();
}

/**
 * Types a query and waits until the quotes have loaded and the cards shown are the ones the
 * status line counts.
 *
 * @param page The search page.
 * @param q The query.
 * @returns The claim pages the result cards link to, in order.
 */
export async function settledResults(page: Page, q: string): Promise<string[]> {
  await typeQuery(page, q);
  await page.locator('#search-app[data-quotes="loaded"]').waitFor({ state: "attached" });
  let found: string[] = [];
  await expect
    .poll(async () => {
      const status = await statusText(page);
      found = await resultClaims(page);
      const m = /^(\d+) claims?\b/.exec(status);
      return m !== null && Number(m[1]) >= found.length && (found.length > 0 || Number(m[1]) === 0);
    })
    .toBe(true);
  return found;
}
