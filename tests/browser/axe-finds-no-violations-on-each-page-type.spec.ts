import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { ROOT } from "../support/build-site.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const claim = data.claims.find((c) => c.related.length > 0) ?? data.claims[0];
const person = data.people.find((p) => p.claims.length > 0 && p.conflicts.length > 0) ?? data.people[0];
const topic = [...data.topics].sort((a, b) => b.claims.length - a.claims.length)[0];

/** One page of each type. */
const PAGES = [
  "/",
  "/topics/",
  `/topics/${topic?.id}/`,
  "/claims/",
  `/claims/${claim?.id}/`,
  "/articles/",
  `/articles/${claim?.article}/`,
  "/people/",
  `/people/${person?.id}/`,
  "/sources/",
  `/sources/${data.sources[0]?.id}/`,
  "/about/",
  "/search/",
  // With results, filters, people found, and nothing found.
  "/search/?q=2k",
  "/search/?q=Lee+Woong+Gil&kind=biography",
  "/search/?q=xqzzy",
  "/no-such-page/",
];

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

describe.skipIf(skip !== null)("axe-core in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it.each(PAGES)(`finds no violations on %s (${scheme})`, async (path) => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${inject("baseUrl")}${path}`);
      if (path.startsWith("/search/?")) {
        // Results render once the index has loaded; the quotes follow.
        await page.locator("#search-status:not(:empty)").waitFor();
        await page.waitForLoadState("networkidle");
      }
      // Collapsed parts (the chart's table) are checked too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
      await page.addScriptTag({ path: resolve(ROOT, "node_modules/axe-core/axe.min.js") });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }).axe;
        const r = await axe.run(document);
        return {
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.map((n) => ({ target: n.target })),
          })),
        };
      });
      expect(
        result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`),
      ).toEqual([]);
      await context.close();
    });
  }
});
