/**
 * A person described as a body's spokesman gives the body's figures, whether the description stands
 * before the verb ("X, a spokesman for the HUR, said") or after the name at the end ("…, said Col. X, a
 * HUR spokesman."), so the body is the figure's origin.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";

const dir = mkdtempSync(join(tmpdir(), "spokesman-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a spokesman described after the name", () => {
  mkdirSync(join(dir, "articles"));
  writeFileSync(
    join(dir, "aliases.yaml"),
    [
      "entities:",
      "  - id: kestrel-bureau",
      "    name: Kestrel Defence Bureau",
      "    type: organization",
      "    aliases: [KDB]",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "articles", "spokesman.md"),
    [
      "---",
      'title: "Spokesman"',
      'publisher: "Harbour Ledger"',
      "published: 2025-06-03",
      "---",
      "The KDB said 12,000 North Korean soldiers are in Russia.",
      "About 3,000 North Korean soldiers have been killed, said Col. Mykola Brenko, a KDB spokesman.",
      "",
    ].join("\n"),
  );
  const corpus = buildCorpus(dir, { cache: null });

  it("keeps the description as the person's role and traces the figure to the body", () => {
    const brenko = corpus.data.people.find((p) => p.name === "Mykola Brenko");
    expect(brenko?.roles).toContain("a KDB spokesman");
    const killed = corpus.extraction.claims.find((c) => c.figure === "About 3,000");
    expect(killed?.attributedTo?.name).toBe("Mykola Brenko");
    const view = corpus.data.claims.find((c) => c.id === killed?.id);
    expect(view?.origin.label).toBe("Kestrel Defence Bureau");
  });
});
