/**
 * The home page's "From … to …" line gives the range of figures the articles report. A figure an
 * article gives only to reject it ("no government has given a figure of 10,100 dead", "has not sent 20,000
 * soldiers, she said") is nobody's
 * estimate: it does not set an end of that range, and the line says it was left out; an end its own
 * article disputes says who disputes it. A figure of a part ("an additional 3,000") does not set an end
 * while a figure of the whole can, and the line says it was left out. A ceiling written to reject a figure
 * ("nowhere near 40,000") is no top of the range while another figure is.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import { homePage } from "../../src/lib/site/home-page.ts";

const dir = mkdtempSync(join(tmpdir(), "home-range-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes an invented article. */
function write(slug: string, body: string): void {
  writeFileSync(
    join(dir, "articles", `${slug}.md`),
    `---\ntitle: "${slug}"\npublisher: "Invented Wire ${slug}"\npublished: 2025-03-20\n---\n${body}\n`,
  );
}

describe("the home page's range of a topic", () => {
  mkdirSync(join(dir, "articles"));
  write("agency", "The Harbour Agency said about 610 North Korean soldiers had been killed.");
  write("ministry", "The Tidewater Ministry said 1,210 North Korean soldiers had been killed.");
  write(
    "rejected",
    [
      "Claim: A post shared widely on social media says that 10,100 North Korean soldiers have died.",
      "Verdict: False. No government or researcher has given a figure of 10,100 North Korean dead.",
    ].join("\n"),
  );
  const d = indexCorpus(buildCorpus(dir, { cache: null }));

  it("runs between the figures someone gives, says what it leaves out, and who disputes an end", () => {
    const rejected = d.data.claims.filter((c) => c.figure.includes("10,100"));
    const post = rejected.find((c) => c.attributedTo !== null);
    const nobody = rejected.find((c) => c.attributedTo === null);
    expect([post?.attributedTo?.name, post?.disputedBy?.name, post?.stance]).toEqual([
      "A post",
      "Invented Wire rejected",
      "asserts",
    ]);
    expect([nobody?.attributedTo, nobody?.stance]).toEqual([null, "disputes"]);
    const killed = homePage(d).topics.find((t) => t.low?.figure.includes("610"));
    expect(killed?.low?.figure).toBe("about 610");
    expect(killed?.lowDisputedBy).toBeNull();
    expect(killed?.high?.id).toBe(post?.id);
    expect(killed?.highDisputedBy).toBe("Invented Wire rejected");
    expect(killed?.rangeScope).toMatch(/leaving out 1 figure the articles give only to reject/);
  });
});

describe("the home page's range of a topic with a figure a speaker denies", () => {
  const own = mkdtempSync(join(tmpdir(), "home-range-denied-"));
  afterAll(() => rmSync(own, { recursive: true, force: true }));
  mkdirSync(join(own, "articles"));
  writeFileSync(
    join(own, "articles", "denied.md"),
    [
      "---",
      'title: "denied"',
      'publisher: "Invented Wire"',
      "published: 2025-03-20",
      "---",
      "The Harbour Agency said about 11,310 North Korean soldiers were in Russia.",
      "North Korea has not sent 20,310 soldiers to Russia, analyst Vera Lind said.",
      "",
    ].join("\n"),
  );
  const e = indexCorpus(buildCorpus(own, { cache: null }));

  it("leaves the denied figure, credited to no one, out of the range and says so", () => {
    const denied = e.data.claims.find((c) => c.figure === "20,310");
    expect([denied?.attributedTo, denied?.disputedBy?.name]).toEqual([null, "Vera Lind"]);
    const troops = homePage(e).topics.find((t) => t.low?.figure.includes("11,310"));
    expect(troops?.high ?? null).toBeNull();
    expect(troops?.rangeScope).toMatch(/leaving out 1 figure the articles give only to reject/);
  });
});

describe("the home page's range of a topic with a figure of a part", () => {
  const sub = join(dir, "scoped");
  mkdirSync(join(sub, "articles"), { recursive: true });
  writeFileSync(
    join(sub, "articles", "cardew.md"),
    [
      "---",
      'title: "Cardew"',
      'publisher: "Cardew Agency"',
      "published: 2025-03-20",
      "---",
      "The Harbour Agency said about 11,000 North Korean soldiers had been sent to Russia.",
      "It said an additional 3,000 troops were sent in January.",
      "The Tidewater Ministry said 12,500 North Korean soldiers were in Russia.",
    ].join("\n") + "\n",
  );
  const d = indexCorpus(buildCorpus(sub, { cache: null }));

  it("runs between figures of the whole and says which figure of a part it leaves out", () => {
    const part = d.data.claims.find((c) => c.figure.includes("3,000"));
    expect(part?.scope).toMatch(/additional troops/);
    const troops = homePage(d).topics.find((t) => t.high?.figure.includes("12,500"));
    expect(troops?.low?.figure).toBe("about 11,000");
    expect(troops?.rangeScope).toBe(
      "leaving out 1 figure that counts a narrower scope: additional troops, an increase",
    );
  });
});

describe("the home page's range of a topic with a ceiling above every figure", () => {
  const sub = join(dir, "ceiling");
  mkdirSync(join(sub, "articles"), { recursive: true });
  writeFileSync(
    join(sub, "articles", "osprey.md"),
    [
      "---",
      'title: "Osprey"',
      'publisher: "Osprey Review"',
      "published: 2025-05-02",
      "---",
      "The Harbour Agency said about 11,010 North Korean soldiers had been sent to Russia.",
      "The Tidewater Ministry said 12,510 North Korean soldiers were in Russia.",
      "Anna Berg, a researcher, said the number of North Korean soldiers in Russia was nowhere near 40,010.",
    ].join("\n") + "\n",
  );
  const d = indexCorpus(buildCorpus(sub, { cache: null }));

  it("ends at the highest figure with a lower bound, never at a ceiling ('nowhere near 40,000')", () => {
    const ceiling = d.data.claims.find((c) => c.figure.includes("40,010"));
    expect([ceiling?.value.min, ceiling?.value.max]).toEqual([null, 40010]);
    const troops = homePage(d).topics.find((t) => t.low?.figure.includes("11,010"));
    expect(troops?.high?.figure).toBe("12,510");
  });
});
