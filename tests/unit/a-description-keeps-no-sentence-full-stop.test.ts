/**
 * A person page lists what the articles call someone; a description that ends its sentence does not keep the
 * sentence's full stop, while a title's abbreviation keeps its own.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import { personPageModel } from "../../src/lib/site/person-page.ts";

const dir = mkdtempSync(join(tmpdir(), "description-stop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a person's descriptions", () => {
  mkdirSync(join(dir, "articles"));
  writeFileSync(
    join(dir, "articles", "fellow.md"),
    [
      "---",
      'title: "Fellow"',
      'publisher: "Harbour Ledger"',
      "published: 2025-06-03",
      "---",
      "As many as 40,000 soldiers could serve in Russia over a year, according to Ansel Hart, a senior fellow at the Gull Centre for Strategic Studies.",
      "Separately, Lt. Col. Piet Varga said about 1,500 more soldiers had been sent.",
      "",
    ].join("\n"),
  );
  const d = indexCorpus(buildCorpus(dir, { cache: null }));
  const roles = (name: string): readonly string[] => {
    const p = d.data.people.find((x) => x.name === name);
    if (!p) throw new Error(`no ${name}: ${d.data.people.map((x) => x.name).join(", ")}`);
    return personPageModel(d, p).roles;
  };

  it("drops a sentence's full stop after a description, and keeps an abbreviation's", () => {
    expect(roles("Ansel Hart")).toEqual(["senior fellow at the Gull Centre for Strategic Studies"]);
    expect(roles("Piet Varga")).toEqual(["Lt. Col."]);
  });
});
