import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { ContentError } from "../../src/lib/content/errors.ts";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Parses a file made of front matter lines and a body, returning the error it raises. */
function errorOf(frontMatter: string, body = "A sentence with 1,000 soldiers."): ContentError {
  try {
    parseArticle("content/articles/sample-article.md", enc(`---\n${frontMatter}\n---\n${body}\n`));
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error("expected the article to be rejected");
}

describe("article front matter", () => {
  it("accepts a valid file and keeps the body verbatim", () => {
    const a = parseArticle(
      "content/articles/sample-article.md",
      enc(
        '---\ntitle: "A title"\npublisher: null\nrelays: ["Associated Press"]\n---\nLine one.\n\n  • furniture **x**\n',
      ),
    );
    expect(a.slug).toBe("sample-article");
    expect(a.meta).toEqual({ title: "A title", publisher: null, relays: ["Associated Press"], fullText: false });
    expect(a.body).toBe("Line one.\n\n  • furniture **x**");
    expect(a.bodyLine).toBe(6);
  });

  it.each([
    ["title", 'publisher: "Outlet"', /field "title": is required/],
    ["title", 'title: ""\npublisher: null', /field "title": must not be empty; write the headline/],
    ["publisher", 'title: "T"\npublisher: ""', /field "publisher"/],
    ["publisher", 'title: "T"', /field "publisher": is required/],
    ["url", 'title: "T"\npublisher: null\nurl: "javascript:alert(1)"', /field "url"/],
    ["url", 'title: "T"\npublisher: null\nurl: "/relative/path"', /field "url"/],
    ["published", 'title: "T"\npublisher: null\npublished: "2024-02-30"', /field "published"/],
    ["published", 'title: "T"\npublisher: null\npublished: "last week"', /field "published"/],
    ["publishedNote", 'title: "T"\npublisher: null\npublishedNote: "a guess"', /field "publishedNote"/],
    ["fullText", 'title: "T"\npublisher: null\nfullText: "yes"', /field "fullText"/],
    ["relays", 'title: "T"\npublisher: null\nrelays: "AP"', /field "relays"/],
    [
      "author",
      'title: "T"\npublisher: null\nauthor: "Someone"',
      /field "author": "author" is not a field; the fields here are "title", "publisher"/,
    ],
  ])("rejects a bad %s with the field and its line named", (field, fm, message) => {
    const e = errorOf(fm);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
    expect(e.message).toContain("content/articles/sample-article.md:");
    const lines = fm.split("\n");
    const keyLine = lines.findIndex((l) => l.startsWith(`${field}:`));
    // The line of the key when it is present; the first front-matter line when it is missing.
    expect(e.line).toBe(keyLine === -1 ? 2 : keyLine + 2);
  });

  it("rejects broken YAML with its line", () => {
    const e = errorOf('title: "T"\npublisher: [unclosed');
    expect(e.message).toMatch(/not valid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it("rejects a file without front matter and an empty body", () => {
    expect(() => parseArticle("x/a.md", enc("Just text."))).toThrow(/x\/a.md:1: .*"---"/);
    expect(errorOf('title: "T"\npublisher: null', "   ").message).toMatch(/field "body": the article has no text/);
  });

  it("rejects invalid UTF-8 naming the line", () => {
    const bytes = new Uint8Array([...enc('---\ntitle: "T"\npublisher: null\n---\nok\nbad '), 0xff, 0xfe, ...enc("\n")]);
    expect(() => parseArticle("content/articles/bad-bytes.md", bytes)).toThrow(
      /bad-bytes.md:6: the file is not valid UTF-8/,
    );
  });

  it("drops a byte-order mark and normalizes CRLF", () => {
    const a = parseArticle(
      "content/articles/bom.md",
      enc('\ufeff---\r\ntitle: "T"\r\npublisher: null\r\n---\r\nOne.\r\nTwo.\r\n'),
    );
    expect(a.body).toBe("One.\nTwo.");
  });

  it("rejects a file name that makes a bad slug", () => {
    expect(() =>
      parseArticle("content/articles/Bad Name.md", enc('---\ntitle: "T"\npublisher: null\n---\nx\n')),
    ).toThrow(/field "slug"/);
  });
});
