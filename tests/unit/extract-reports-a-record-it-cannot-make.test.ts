/**
 * A figure whose record breaks the claim schema (a reading the machine got wrong) is reported among
 * the skipped numbers with the reason; the article's other figures are still read, and the build goes on.
 */
import { describe, expect, it, vi } from "vitest";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { type Article, ArticleMetaSchema } from "../../src/lib/schema/article.ts";

vi.mock("../../src/lib/extract/record.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/lib/extract/record.ts")>();
  return {
    ...real,
    recordClaim: (r: Parameters<typeof real.recordClaim>[0]) => {
      if (r.figure.text.includes("4,400"))
        throw new real.ExtractionError(`${r.article.file}:1: claim is invalid at value: invented failure`);
      return real.recordClaim(r);
    },
  };
});

describe("a record the schema refuses", () => {
  it("is reported as a skipped number, and the other figures of the sentence are kept", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const body = "The NIS said 4,400 North Korean soldiers were killed and 7,300 were wounded.\n";
    const article: Article = { slug: "refused", file: "refused.md", meta, body, bodyLine: 1 };
    const { claims, skipped } = extractCorpus([article]);
    expect(claims.map((c) => c.figure)).toEqual(["7,300"]);
    const report = skipped.find((k) => k.text.includes("4,400"));
    expect(report?.reason).toMatch(/^no valid record could be made of it: .*invented failure/);
  });
});
