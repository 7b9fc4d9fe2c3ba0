/**
 * A topic's first sentence gives the range of the figures the articles report. A figure an article gives
 * only to withdraw it ("An earlier version of this article said 3,830 …") is nobody's: it is named apart,
 * never an end of that range.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";

const dir = mkdtempSync(join(tmpdir(), "range-withdrawn-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes an invented article. */
function write(slug: string, body: string): void {
  writeFileSync(
    join(dir, "articles", `${slug}.md`),
    `---\ntitle: "${slug}"\npublisher: "Invented Wire ${slug}"\npublished: 2025-03-20\n---\n${body}\n`,
  );
}

describe("the range sentence of a topic", () => {
  mkdirSync(join(dir, "articles"));
  write("a", "The Harbour Agency said about 610 North Korean soldiers had been killed.");
  write("b", "The Tidewater Ministry said 1,210 North Korean soldiers had been killed.");
  write("c", "The Saltmarsh Office said 2,110 North Korean soldiers had been killed.");
  write("d", "The Fenland Bureau said 1,610 North Korean soldiers had been killed.");
  write("e", "The Moorland Service said 910 North Korean soldiers had been killed.");
  write(
    "withdrawn",
    [
      "The Upland Council said 1,410 North Korean soldiers had been killed.",
      "Correction: An earlier version of this article said that 3,830 North Korean soldiers had been killed.",
    ].join("\n"),
  );
  const corpus = buildCorpus(dir, { cache: null });

  it("lists the figures someone gives and names the withdrawn one apart, after them", () => {
    const withdrawn = corpus.data.claims.find((c) => c.figure.includes("3,830"));
    expect([withdrawn?.attributedTo ?? null, withdrawn?.stance]).toEqual([null, "disputes"]);
    const topic = corpus.data.topics.find((t) => t.claims.includes(withdrawn?.id ?? ""));
    const first = (topic?.answer[0]?.parts ?? []).map((p) => p.text).join("");
    const [given, left] = first.split("; given only to be rejected, and left out: ");
    expect(given).toMatch(/^The figures fall into these groups: 610 people .*2,110 people \(1 article\)$/);
    expect(given).not.toContain("3,830");
    expect(left).toBe("3,830 people (1 article).");
  });
});
