import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { resultClaims, statusText, typeQuery } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const person = data.people.find((p) => p.id === "lee-woonggil");
/** Claims credited to him, about him or disputed by him. */
const his = data.claims.filter((c) => [c.attributedTo?.id, c.subject?.id, c.disputedBy?.id].includes("lee-woonggil"));

describe.skipIf(skip !== null)("searching for Lee Woong Gil, spelt without the hyphen", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(["Lee Woong Gil", "woong-gil", "gil woong lee"])(
    "finds Lee Woong-gil and his claims from “%s”",
    async (q) => {
      expect(person?.name).toBe("Lee Woong-gil");
      expect(his.length).toBeGreaterThan(0);
      const page = await browser.newPage();
      await page.goto(`${inject("baseUrl")}/search/`);
      await typeQuery(page, q);
      const link = page.locator('#search-app .person-results a[href="/people/lee-woonggil/"]');
      await link.waitFor();
      expect(await link.locator(".person-name").textContent()).toBe("Lee Woong-gil");
      const found = await resultClaims(page);
      expect(found.slice(0, his.length).sort()).toEqual(his.map((c) => `/claims/${c.id}/`).sort());
      await expect.poll(() => statusText(page)).toMatch(/\b1 person\b/);
      await page.close();
    },
  );
});
