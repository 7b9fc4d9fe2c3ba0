import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { extractContent, FIXTURES, ROOT, fixtureCases } from "../support/corpus.ts";

const SNAPSHOT = join(ROOT, "tests/snapshots/claim-ids.json");

describe("claim ids (permalinks)", () => {
  const ids = extractContent()
    .claims.map((c) => c.id)
    .sort();

  it("keeps every id of the committed snapshot (UPDATE_SNAPSHOTS=1 records a deliberate change)", () => {
    if (process.env["UPDATE_SNAPSHOTS"] === "1" || !existsSync(SNAPSHOT)) {
      writeFileSync(SNAPSHOT, `${JSON.stringify(ids, null, 2)}\n`);
    }
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as string[];
    const disappeared = snapshot.filter((id) => !ids.includes(id));
    expect(
      disappeared,
      `claim ids that disappeared (withdraw them through content/corrections.yaml instead): ${disappeared.join(", ")}`,
    ).toEqual([]);
  });

  it("are unique and anchored to the article and the number's offset", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of extractContent().claims) expect(c.id).toMatch(new RegExp(`^${c.article}-[a-z0-9-]+-n\\d+$`));
  });

  it("do not change when other articles are added", () => {
    const aliases = readAliases(join(ROOT, "content/aliases.yaml"));
    // Fixture articles become new articles named after their case.
    const dir = mkdtempSync(join(tmpdir(), "more-articles-"));
    const added = fixtureCases().map((n) => {
      const file = join(dir, `${n}.md`);
      copyFileSync(join(FIXTURES, n, "input.md"), file);
      return file;
    });
    const more = [...listArticleFiles(join(ROOT, "content")), ...added];
    const withMore = extractCorpus(readArticles(more), aliases).claims.map((c) => c.id);
    for (const id of ids) expect(withMore).toContain(id);
  });
});

describe("nothing is silently dropped", () => {
  it("every digit of every article is in a claim or in the skipped list with a reason", () => {
    const articles = readArticles(listArticleFiles(join(ROOT, "content")));
    const { claims, skipped } = extractCorpus(articles, readAliases(join(ROOT, "content/aliases.yaml")));
    for (const a of articles) {
      const spans = [
        ...claims.filter((c) => c.article === a.slug).map((c) => [c.figureStart, c.figureStart + c.figure.length]),
        ...skipped.filter((s) => s.article === a.slug).map((s) => [s.start, s.start + s.text.length]),
      ];
      for (const m of a.body.matchAll(/\d/g)) {
        expect(
          spans.some(([x, y]) => m.index >= (x ?? 0) && m.index < (y ?? 0)),
          `${a.slug}: digit at ${m.index}`,
        ).toBe(true);
      }
    }
    for (const s of skipped) expect(s.reason.length).toBeGreaterThan(0);
  });
});
