import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
/** The answer's text and cited claims, when the comparison gives one. */
const answerOf = (t: (typeof data.topics)[number]): { text: string; claims: string[] } | null => {
  const sentences = t.answer ?? [];
  const text = sentences.map((s) => s.parts.map((p) => p.text).join("")).join(" ");
  return text.trim() === "" ? null : { text, claims: sentences.flatMap((s) => s.parts.flatMap((p) => p.claims)) };
};

describe.skipIf(skip !== null)("a topic page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(data.topics.map((t) => [t.id, t] as const))(
    "%s opens with the comparison's answer right after its heading, each figure linked to its claims, or with no answer at all when there is none",
    async (_id, topic) => {
      const page = await browser.newPage();
      await page.goto(`${inject("baseUrl")}/topics/${topic.id}/`);
      const answer = answerOf(topic);
      const next = page.locator("h1 + *");
      if (answer === null) {
        expect(await page.locator(".answer").count()).toBe(0);
      } else {
        expect(await next.getAttribute("class")).toContain("answer");
        const shown = ((await next.locator("p").first().textContent()) ?? "").replace(/\s+/g, " ").trim();
        expect(shown).toBe(answer.text.replace(/\s+/g, " ").trim());
        const links = await next
          .locator("a[href^='/claims/']")
          .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) expect(answer.claims.map((id) => `/claims/${id}/`)).toContain(href);
      }
      await page.close();
    },
  );
});
