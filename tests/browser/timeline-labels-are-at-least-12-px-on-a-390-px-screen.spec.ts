import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kindSpec, KIND_IDS, type KindId } from "../../src/lib/schema/kinds.ts";
import { browserSkipReason, launchBrowser } from "../support/browser.ts";
import { readPublished } from "../support/site-data.ts";

const skip = browserSkipReason();
const data = readPublished(inject("distDir"));
const byId = new Map(data.claims.map((c) => [c.id, c]));
/** Topics whose counts change over time. */
const timed = data.topics.filter((t) =>
  t.kinds.some((k) => (KIND_IDS as readonly string[]).includes(k) && kindSpec(k as KindId).timeSensitive),
);

describe.skipIf(skip !== null)("a topic's timeline on a 390 px wide screen", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(timed.map((t) => [t.id, t] as const))(
    "%s labels every point with value, who and date, undated ones in their own lane, in text of 12 px or more",
    async (_id, topic) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
      await page.goto(`${inject("baseUrl")}/topics/${topic.id}/`);
      const figure = page.locator(".timeline-figure");
      const sizes = await figure.locator("svg.chart").evaluateAll((svgs) =>
        svgs
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .flatMap((svg) =>
            [...svg.querySelectorAll("text")].map((t) => {
              const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 1;
              return { text: t.textContent ?? "", px: parseFloat(getComputedStyle(t).fontSize) * scale };
            }),
          ),
      );
      expect(sizes.length).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.px < 12);
      expect(small, "text under 12 px").toEqual([]);

      const active = topic.timeline.map((e) => byId.get(e.claim)).filter((c) => c && c.status === "active");
      const labels = await figure
        .locator("svg.chart")
        .evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .flatMap((svg) => [...svg.querySelectorAll("title ~ desc")].map((d) => d.textContent ?? "")),
        );
      const described = labels.join("; ");
      for (const c of active) {
        if (!c) continue;
        // A figure that counts less than its topic says so beside its value.
        const value = c.scope
          ? `${c.valueText} (counting ${/^only\s/.test(c.scope) ? "" : "only "}${c.scope.replace(/ \((.+)\)$/, ", $1")})`
          : c.valueText;
        expect(described).toContain(value);
        if (c.asOf === null)
          expect(described).toContain(`${value}, ${c.attributedTo?.name ?? "unattributed"}, undated`);
      }
      const lanes = await figure
        .locator("svg.chart text.lane")
        .evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).map((t) => t.textContent));
      if (active.some((c) => c?.asOf === null)) expect(lanes).toContain("Undated");
      await expect
        .poll(() => figure.locator('a[download][href$=".csv"]').getAttribute("href"))
        .toBe(`/api/timeline/${topic.id}.csv`);
      await page.close();
    },
  );
});
