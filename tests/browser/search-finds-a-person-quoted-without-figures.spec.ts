import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { typeQuery } from "../support/search-page.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));

/** People the articles quote without a figure credited to, about or disputed by them. */
const cases = [
  { q: "Zelenskyy", name: /Zelenskyy/ },
  { q: "Choi Jung-hoon", name: /Choi Jung-hoon/ },
].map(({ q, name }) => {
  const person = data.people.find((p) => name.test(p.name));
  return { q, person };
});

describe.skipIf(skip !== null)("a person quoted only in words", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)("is found from “$q” and links to their page", async ({ q, person }) => {
    expect(person).toBeDefined();
    expect([...(person?.claims ?? []), ...(person?.about ?? []), ...(person?.disputes ?? [])]).toEqual([]);
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/search/`);
    await typeQuery(page, q);
    const link = page.locator(`#search-app .person-results a[href="/people/${person?.id}/"]`);
    await link.waitFor();
    expect(await link.locator(".person-meta").textContent()).toContain("quoted without figures");
    await link.click();
    await page.waitForURL(`**/people/${person?.id}/`);
    expect((await page.locator("h1").textContent())?.trim()).toBe(person?.name);
    await page.close();
  });
});
