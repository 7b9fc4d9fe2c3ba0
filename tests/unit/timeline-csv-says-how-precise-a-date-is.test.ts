/**
 * A topic's timeline CSV gives each figure's as-of date with how precise it is: a month or a year the
 * article gives without a day is stored as its first day, which no article said.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import { timelineCsv, timelineOf } from "../../src/lib/site/timeline.ts";

const dir = mkdtempSync(join(tmpdir(), "timeline-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes an invented article. */
function write(slug: string, published: string, body: string): void {
  writeFileSync(
    join(dir, "articles", `${slug}.md`),
    `---\ntitle: "${slug}"\npublisher: "Invented Wire"\npublished: ${published}\n---\n${body}\n`,
  );
}

describe("the timeline CSV", () => {
  mkdirSync(join(dir, "articles"));
  write("month-only", "2024-11-25", "North Korea had 11,000 soldiers in Russia in October, the NIS said.");
  write("a-day", "2024-10-16", "The Pentagon said on Monday that 13,500 North Korean soldiers are in Russia.");
  const d = indexCorpus(buildCorpus(dir, { cache: null }));
  const topic = d.data.topics.find((t) => timelineOf(d, t)?.dated.length === 2);

  it("has a precision column that tells a month from a day", () => {
    expect(topic, "a topic with both figures on its timeline").toBeDefined();
    const view = timelineOf(d, topic!);
    const [header, ...lines] = timelineCsv(view!, (p) => p)
      .trim()
      .split("\n");
    expect(header).toContain(",as_of,as_of_precision,value_text,");
    const row = (value: string): string => lines.find((l) => l.includes(`,${value},${value},`)) ?? "";
    expect(row("11000")).toContain(",2024-10-01,month,");
    expect(row("13500")).toContain(",2024-10-14,day,");
  });
});
