/**
 * A topic's answer says a group of totals "is for" a head count only when every figure of the group is
 * worked out for it; a group where only some name one says how many do.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";

const dir = mkdtempSync(join(tmpdir(), "head-count-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (slug: string, publisher: string, date: string, line: string): void =>
  writeFileSync(
    join(dir, "articles", `${slug}.md`),
    ["---", `title: "${slug}"`, `publisher: "${publisher}"`, `published: ${date}`, "---", line, ""].join("\n"),
  );

describe("the head count a group of totals is for", () => {
  mkdirSync(join(dir, "articles"));
  article(
    "gull",
    "Gull Post",
    "2025-03-10",
    "At $2,000 a month for each of its 11,000 soldiers, North Korea earns about $22 million a month, the Gull Post calculated.",
  );
  article(
    "heron",
    "Heron Daily",
    "2025-03-11",
    "North Korea earns about $24 million a month from the deployment, analysts say.",
  );
  article(
    "kestrel",
    "Kestrel Times",
    "2025-03-12",
    "At $2,000 a month for each of 15,000 soldiers, the deployment brings in about $30 million a month, the Kestrel Times calculated.",
  );
  const corpus = buildCorpus(dir, { cache: null });
  const text = JSON.stringify(corpus.data.topics);

  it("says how many of a group's figures name the head count, and that the other names none", () => {
    expect(text).toContain(
      "$22 million–$24 million a month, 1 of whose 2 figures is for 11,000 soldiers (the other names no head count)",
    );
    expect(text).not.toContain("$22 million–$24 million a month is for 11,000 soldiers");
    expect(text).toContain("$30 million a month is for 15,000 soldiers");
  });
});
