import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const byId = new Map(data.claims.map((c) => [c.id, c]));
const pay = data.claims.filter(
  (c) => c.status === "active" && c.kind === "pay-per-soldier" && c.value.min === 2000 && c.value.unit === "USD",
);
const topic = data.topics.find((t) => t.id === pay[0]?.topic);
const index = topic?.clusters.findIndex((cl) => cl.claims.some((id) => byId.get(id)?.value.min === 2000)) ?? -1;
const cluster = index >= 0 ? topic?.clusters[index] : undefined;
const chains = cluster?.chains ?? [];

describe.skipIf(skip !== null || topic === undefined)("the origin picture of $2,000 a month", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws each named origin once, fanning out to the articles it reaches, and stacks on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject("baseUrl")}/topics/${topic?.id}/`);
    const card = page.locator(`#value-${index + 1}`);
    if (chains.length === 0) {
      // Without the comparison's chains there is nothing true to draw.
      expect(await card.locator(".origin-picture").count()).toBe(0);
      await page.close();
      return;
    }
    const named = [...new Map(chains.filter((c) => c.origin.known).map((c) => [c.origin.key, c])).values()];
    expect(named.length).toBeGreaterThan(0);
    const wide = card.locator("svg.origin-wide");
    expect(await wide.isVisible()).toBe(true);
    expect(await wide.locator(".origin-node-origin:not(.unnamed)").count()).toBe(named.length);
    const articles = new Set(chains.flatMap((c) => c.articles));
    expect(await wide.locator(".origin-node-article").count()).toBe(articles.size);
    for (const o of named) {
      const reached = new Set(chains.filter((c) => c.origin.key === o.origin.key).flatMap((c) => c.articles));
      expect(await card.locator("figcaption").textContent()).toContain(o.origin.label);
      expect(reached.size).toBeGreaterThan(0);
    }
    // The list equivalent names every article the picture reaches.
    const listed = await card.locator(".origin-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(new Set(listed)).toEqual(new Set([...articles].map((slug) => `/articles/${slug}/`)));

    await page.setViewportSize({ width: 390, height: 900 });
    expect(await wide.isVisible()).toBe(false);
    const tall = card.locator("svg.origin-tall");
    expect(await tall.isVisible()).toBe(true);
    const box = await tall.boundingBox();
    expect(box && box.height > box.width).toBe(true);
    await page.close();
  });
});
