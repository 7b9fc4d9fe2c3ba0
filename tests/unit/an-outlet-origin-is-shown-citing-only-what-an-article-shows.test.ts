/**
 * An outlet credited as a figure's origin may be passing on a named origin that an article shows it
 * citing: the claim's own article, or the outlet's own articles. The two are kept apart, so a page never
 * says "this article" of a name the article does not give.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { mayRepeatText } from "../../src/lib/site/describe.ts";

const dir = mkdtempSync(join(tmpdir(), "may-repeat-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (slug: string, publisher: string, lines: string[]): void =>
  writeFileSync(
    join(dir, "articles", `${slug}.md`),
    ["---", `title: "${slug}"`, `publisher: "${publisher}"`, "published: 2025-02-18", "---", ...lines, ""].join("\n"),
  );

describe("where an outlet origin is shown citing another origin", () => {
  mkdirSync(join(dir, "articles"));
  article("gull-own", "Gull Dispatch", [
    "About 13,000 North Korean troops are in Russia, the Gull Dispatch reported, citing lawmaker Orin Vale.",
  ]);
  article("heron-relay", "Heron Post", [
    "The Gull Dispatch reported on Monday that about 13,000 North Korean troops are in Russia, citing the Kestrel Institute.",
    "According to the Gull Dispatch, about 13,000 North Korean troops are in Russia.",
  ]);
  const corpus = buildCorpus(dir, { cache: null });

  it("names the article's own citation as this article's, and the outlet's other citation as its own articles'", () => {
    const view = corpus.data.claims.find(
      (c) => c.article === "heron-relay" && c.attributedTo?.name === "Gull Dispatch",
    );
    expect(view?.origin.label).toBe("Gull Dispatch");
    const text = mayRepeatText(view?.origin ?? {});
    expect(text).toContain("this article also shows it citing Kestrel Institute");
    expect(text).toContain("its own articles show it citing Orin Vale");
    expect(text).not.toMatch(/this article also shows it citing[^,]*Orin Vale/);
  });
});
