import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, ContentErrors } from "../../src/lib/content/errors.ts";
import { buildCorpus, buildFromFiles, verifyIntegrity } from "../../src/lib/pipeline.ts";

const GOOD_FM = 'title: "A report"\npublisher: "Test Wire"';
const GOOD_BODY = "The agency said about 10,000 North Korean soldiers have been deployed to Russia.";

/** Writes a small content folder and returns its path. */
function contentFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  mkdirSync(join(dir, "articles"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** An article file's text. */
const md = (fm: string, body = GOOD_BODY): string => `---\n${fm}\n---\n${body}\n`;

/** Builds and returns the error message (one error expected). */
function failure(dir: string): ContentError {
  try {
    buildCorpus(dir);
  } catch (e) {
    if (e instanceof ContentErrors) return e.errors[0] as ContentError;
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error("expected the build to fail");
}

describe("bad input fails with the file, the line and the field", () => {
  it.each([
    ["a missing title", 'publisher: "Test Wire"', "title", 2],
    ["an empty title", 'title: "  "\npublisher: "Test Wire"', "title", 2],
    ["a missing publisher", 'title: "A report"', "publisher", 2],
    ["an empty publisher", 'title: "A report"\npublisher: ""', "publisher", 3],
    ["an impossible date", `${GOOD_FM}\npublished: 2024-02-31`, "published", 4],
    ["a date that is not a date", `${GOOD_FM}\npublished: "yesterday"`, "published", 4],
    ["an unknown field", `${GOOD_FM}\nauthor: "Someone"`, "author", 4],
    ["a javascript: url", `${GOOD_FM}\nurl: "javascript:alert(1)"`, "url", 4],
    ["a url without http(s)", `${GOOD_FM}\nurl: "ftp://example.org/x"`, "url", 4],
    [
      "HTML in a front-matter field that must be a date",
      `${GOOD_FM}\npublished: "<script>alert(1)</script>"`,
      "published",
      4,
    ],
  ])("%s", (_case, fm, field, line) => {
    const dir = contentFolder({ "articles/bad-article.md": md(fm) });
    const e = failure(dir);
    expect(e.file).toBe(join(dir, "articles/bad-article.md"));
    expect(e.field).toBe(field);
    expect(e.line).toBe(line);
    expect(e.message).toContain(`bad-article.md:${line}: field "${field}"`);
  });

  it("an empty body", () => {
    const e = failure(contentFolder({ "articles/empty.md": md(GOOD_FM, "") }));
    expect(e.field).toBe("body");
    expect(e.line).toBe(5);
  });

  it("non-UTF-8 bytes", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`---\n${GOOD_FM}\n---\nFirst line.\nSecond `),
      0xc3,
      0x28,
      0x0a,
    ]);
    const e = failure(contentFolder({ "articles/latin1.md": bytes }));
    expect(e.message).toMatch(/latin1\.md:6: the file is not valid UTF-8/);
  });

  it("two articles with the same slug", () => {
    const a = contentFolder({ "articles/same-slug.md": md(GOOD_FM) });
    const b = contentFolder({ "articles/same-slug.md": md(GOOD_FM) });
    expect(() => buildFromFiles([join(a, "articles/same-slug.md"), join(b, "articles/same-slug.md")], a)).toThrow(
      /same-slug\.md: field "slug": slug "same-slug" is already used/,
    );
  });

  it("a correction naming an unknown claim id", () => {
    const e = failure(
      contentFolder({
        "articles/good.md": md(GOOD_FM),
        "corrections.yaml": "corrections:\n  - claim: no-such-claim-n1\n    suppress: true\n    reason: wrong\n",
      }),
    );
    expect(e.message).toMatch(/corrections\.yaml:2: field "claim": unknown claim id "no-such-claim-n1"/);
  });

  it("a correction without a reason", () => {
    const e = failure(
      contentFolder({
        "articles/good.md": md(GOOD_FM),
        "corrections.yaml": "corrections:\n  - claim: x\n    suppress: true\n",
      }),
    );
    expect(e.message).toMatch(/corrections\.yaml:2: field "corrections\.0/);
  });

  it("an alias file that maps one alias to two entities", () => {
    const aliases = [
      "entities:",
      "  - id: first-agency",
      "    name: First Agency",
      "    type: organization",
      "    aliases: [The Agency]",
      "  - id: second-agency",
      "    name: Second Agency",
      "    type: organization",
      "    aliases: [the agency]",
    ].join("\n");
    const e = failure(contentFolder({ "articles/good.md": md(GOOD_FM), "aliases.yaml": aliases }));
    expect(e.message).toMatch(
      /aliases\.yaml:6: field "entities\.1\.aliases": "the agency" already names "first-agency"/,
    );
  });
});

describe("valid but odd input builds and keeps the text exactly", () => {
  it("a byte-order mark and CRLF line endings", () => {
    const text = `\ufeff${md(GOOD_FM, "First paragraph.\nThe agency said about 10,000 North Korean soldiers have been deployed to Russia.").replace(/\n/g, "\r\n")}`;
    const { articles, data } = buildCorpus(contentFolder({ "articles/windows.md": text }));
    expect(articles[0]?.body).toBe(
      "First paragraph.\nThe agency said about 10,000 North Korean soldiers have been deployed to Russia.",
    );
    expect(data.claims.map((c) => c.figure)).toEqual(["about 10,000"]);
  });

  it("a body with no figures is published with a warning", () => {
    const { articles, warnings, data } = buildCorpus(
      contentFolder({ "articles/no-figures.md": md(GOOD_FM, "Officials declined to comment on the deployment.") }),
    );
    expect(articles).toHaveLength(1);
    expect(data.claims).toHaveLength(0);
    expect(warnings[0]).toMatch(/no-figures\.md:5: the article has no figures/);
  });

  it("HTML and <script> in the text and the front matter stay plain text", () => {
    const body =
      'The <b>agency</b> said about 10,000 North Korean soldiers <script>alert("x")</script> have been deployed to Russia & Kursk.';
    const { articles, data } = buildCorpus(
      contentFolder({ "articles/markup.md": md('title: "<i>Report</i> & more"\npublisher: "<b>Wire</b>"', body) }),
    );
    expect(articles[0]?.meta.title).toBe("<i>Report</i> & more");
    expect(articles[0]?.body).toBe(body);
    expect(data.claims[0]?.quote).toContain("<script>");
  });

  it("a 1 MB article", () => {
    const paragraph =
      "The agency said about 10,000 North Korean soldiers have been deployed to Russia, and officials said 600 have been killed.";
    const body = Array.from({ length: Math.ceil(1_000_000 / (paragraph.length + 1)) }, () => paragraph).join("\n");
    const t0 = performance.now();
    const { data } = buildCorpus(contentFolder({ "articles/large.md": md(GOOD_FM, body) }));
    const ms = performance.now() - t0;
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(data.claims.length).toBeGreaterThan(8000);
    expect(new Set(data.claims.map((c) => c.id)).size).toBe(data.claims.length);
    expect(ms).toBeLessThan(20_000);
    // Related lists stay short however many claims agree.
    expect(Math.max(...data.claims.map((c) => c.related.length))).toBeLessThanOrEqual(6);
  });
});

describe("integrity, checked on every build", () => {
  it("rejects a claim whose quote is not the article text at its offset, or whose figure is outside it", () => {
    const { articles, data } = buildCorpus(contentFolder({ "articles/check.md": md(GOOD_FM) }));
    const c = data.claims[0];
    if (!c) throw new Error("expected a claim");
    expect(() => verifyIntegrity(articles, data)).not.toThrow();
    const shifted = { ...data, claims: [{ ...c, quoteStart: c.quoteStart + 1 }] };
    expect(() => verifyIntegrity(articles, shifted)).toThrow(
      /check\.md:5: field "quote": claim .* is not the article text/,
    );
    const outside = {
      ...data,
      claims: [{ ...c, figure: "Russia", figureStart: c.quote.indexOf("Russia") + c.quoteStart + 100 }],
    };
    expect(() => verifyIntegrity(articles, outside)).toThrow(/field "figure"/);
  });
});
