import type { Page } from "playwright-core";

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
