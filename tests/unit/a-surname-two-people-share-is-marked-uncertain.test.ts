/**
 * "Ms Park said …" after the article has named two people called Park: the site credits the one named
 * last, and every table that lists the figure says who said it is uncertain. A form of address ("Ms")
 * describes no one.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import { personPageModel } from "../../src/lib/site/person-page.ts";
import { claimRows } from "../../src/lib/site/view.ts";

const dir = mkdtempSync(join(tmpdir(), "shared-surname-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a surname two people of the article share", () => {
  mkdirSync(join(dir, "articles"));
  writeFileSync(
    join(dir, "articles", "two-parks.md"),
    [
      "---",
      'title: "Two Parks"',
      'publisher: "Harbour Ledger"',
      "published: 2025-06-03",
      "---",
      "Park Eun-ha, a researcher, said the numbers were plausible. Park Min-ho, a defector, disagreed.",
      "Ms Park said the regime keeps at least 81 per cent of the pay.",
      "Anna Berg, an analyst, said 11,510 North Korean troops were in Russia.",
      "",
    ].join("\n"),
  );
  const d = indexCorpus(buildCorpus(dir, { cache: null }));
  const byFigure = (text: string) => d.data.claims.filter((c) => c.figure.includes(text));

  it("marks the figure credited by a shared surname as uncertain in its rows, and no other", () => {
    const rows = claimRows(
      d,
      [...byFigure("81 per cent"), ...byFigure("11,510")].map((c) => d.claim.get(c.id)!),
    );
    expect(rows.map((r) => [r.figure, r.whoUncertain])).toEqual([
      ["at least 81 per cent", true],
      ["11,510", false],
    ]);
  });

  it("does not list the form of address as a description of the person", () => {
    const [share] = byFigure("81 per cent");
    const person = d.data.people.find((p) => p.id === share?.attributedTo?.id);
    expect(person).toBeDefined();
    expect(personPageModel(d, person!).roles.map((r) => r.toLowerCase())).not.toContain("ms");
  });
});
