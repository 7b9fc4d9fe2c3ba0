/**
 * The people pass reads a name only where a word starts: "PO Box 1204" in a contact line names no
 * person "O Box", while names with an apostrophe or a hyphen stay whole.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";

const dir = mkdtempSync(join(tmpdir(), "name-starts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a name starts a word", () => {
  mkdirSync(join(dir, "articles"));
  writeFileSync(
    join(dir, "articles", "contact.md"),
    [
      "---",
      'title: "Contact"',
      'publisher: "Harbour Ledger"',
      "published: 2025-06-03",
      "---",
      "Analyst Vera O'Dell said about 11,520 North Korean troops were in Russia.",
      "Lawmaker Kang Min-seo said the agency believes 2,300 had been wounded.",
      "For tips, call +380 44 555 0123 or write to PO Box 1204.",
      "",
    ].join("\n"),
  );
  const names = buildCorpus(dir, { cache: null }).data.people.map((p) => p.name);

  it("makes no person of the letters inside a word, and keeps the names the text gives", () => {
    expect(names).not.toContain("O Box");
    expect(names.filter((n) => /Box/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["Vera O'Dell", "Kang Min-seo"]));
  });
});
