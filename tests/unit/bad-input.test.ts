import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError, ContentErrors, contentErrorsOf, formatContentErrors } from "../../src/lib/content/errors.ts";
import { loadContent } from "../../src/lib/content/load.ts";
import { editDistance, nearestName } from "../../src/lib/content/suggest.ts";
import { buildCorpus, buildFromFiles, verifyIntegrity } from "../../src/lib/pipeline.ts";

const GOOD_FM = 'title: "A report"\npublisher: "Test Wire"';
const GOOD_BODY = "The agency said about 10,000 North Korean soldiers have been deployed to Russia.";

/** Folders the tests wrote, removed when they are done. */
const folders: string[] = [];
afterAll(() => {
  for (const d of folders) rmSync(d, { recursive: true, force: true });
});

/** Writes a small content folder and returns its path. */
function contentFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  folders.push(dir);
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

  it("every unknown claim id of the corrections file at once, each with its line and what to do", () => {
    let e: unknown = null;
    try {
      buildCorpus(
        contentFolder({
          "articles/good.md": md(GOOD_FM),
          "corrections.yaml":
            "corrections:\n  - relation: [gone-one-n1, gone-two-n2]\n    note: same count\n  - claim: gone-three-n3\n    suppress: true\n    reason: wrong\n",
        }),
      );
    } catch (thrown) {
      e = thrown;
    }
    if (!(e instanceof ContentErrors)) throw new Error("expected the build to fail with several problems");
    expect(e.errors).toHaveLength(3);
    expect(e.message).toMatch(/corrections\.yaml:2: field "relation": unknown claim id "gone-one-n1"/);
    expect(e.message).toMatch(/corrections\.yaml:2: field "relation": unknown claim id "gone-two-n2"/);
    expect(e.message).toMatch(
      /corrections\.yaml:4: field "claim": unknown claim id "gone-three-n3"; .*remove the entry/,
    );
  });

  it("a second entry for one claim, an empty set, a unit its kind cannot measure, a date after the article", () => {
    const article = md(`${GOOD_FM}\npublished: 2025-03-16`);
    const id = buildCorpus(contentFolder({ "articles/good.md": article })).data.claims[0]?.id ?? "";
    expect(id).toMatch(/^good-10000-n\d+$/);
    const cases: [string, string, number, string, RegExp][] = [
      [
        "twice",
        `  - claim: ${id}\n    suppress: true\n    reason: misquote\n  - claim: ${id}\n    set: { kind: troops-projected }\n    reason: a plan\n`,
        5,
        "claim",
        /is already corrected on line 2; give each claim one entry/,
      ],
      ["empty set", `  - claim: ${id}\n    set: {}\n    reason: nothing\n`, 2, "set", /names no field to correct/],
      [
        "unit",
        `  - claim: ${id}\n    set: { kind: pay-per-soldier }\n    reason: pay\n`,
        2,
        "set.kind",
        /a figure in "people" cannot be a .* figure; its units are money/,
      ],
      [
        "value unit",
        `  - claim: ${id}\n    set: { value: { min: 10000, max: 10000, unit: USD, per: month, approx: true } }\n    reason: pay\n`,
        2,
        "set.value.unit",
        /a figure in "USD" cannot be a troops deployed figure; its units are count/,
      ],
      [
        "future date",
        `  - claim: ${id}\n    set: { asOf: 2031-01-01 }\n    reason: a later day\n`,
        2,
        "set.asOf",
        /2031-01-01 is after the article's own date \(2025-03-16\)/,
      ],
    ];
    for (const [name, entries, line, field, message] of cases) {
      const e = failure(contentFolder({ "articles/good.md": article, "corrections.yaml": `corrections:\n${entries}` }));
      expect([name, e.line, e.field], name).toEqual([name, line, field]);
      expect(e.message, name).toMatch(message);
    }
    // The same entries, each alone and within what the kind measures, build.
    const ok = buildCorpus(
      contentFolder({
        "articles/good.md": article,
        "corrections.yaml": `corrections:\n  - claim: ${id}\n    set: { kind: troops-projected, asOf: 2025-03-14 }\n    reason: a plan\n`,
      }),
    );
    expect(ok.data.claims[0]?.kind).toBe("troops-projected");
  });

  it("an entry's own problem and an unknown claim id of another entry are reported together, each on its line", () => {
    const article = md(GOOD_FM);
    const id = buildCorpus(contentFolder({ "articles/good.md": article })).data.claims[0]?.id ?? "";
    let e: unknown = null;
    try {
      buildCorpus(
        contentFolder({
          "articles/good.md": article,
          "corrections.yaml": `corrections:\n  - claim: ${id}\n    set: { kind: 5 }\n    reason: x\n  - claim: nope-n1\n    suppress: true\n    reason: y\n  - claim: ${id}x\n    set: { scope: 5 }\n    reason: z\n`,
        }),
      );
    } catch (thrown) {
      e = thrown;
    }
    if (!(e instanceof ContentErrors)) throw new Error("expected the build to fail with several problems");
    expect(e.errors.map((x) => [x.line, x.field])).toEqual([
      [3, "corrections.0.set.kind"],
      [9, "corrections.2.set.scope"],
      [5, "claim"],
    ]);
    expect(e.message).toMatch(
      /corrections\.yaml:3: field "corrections\.0\.set\.kind": 5 is not one of "troops-deployed"/,
    );
    expect(e.message).toMatch(/corrections\.yaml:5: field "claim": unknown claim id "nope-n1"/);
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

/** Loads a content folder the way the build does and returns every problem it reports. */
function problems(dir: string): ContentError[] {
  try {
    loadContent(dir);
  } catch (e) {
    const found = contentErrorsOf(e);
    if (found !== null) return found;
    throw e;
  }
  throw new Error("expected the content to be rejected");
}

describe("errors say what to type: every problem at once, with its line and the fix", () => {
  it("a misspelt field suggests the nearest known one, on the typo's own line", () => {
    const dir = contentFolder({ "articles/bad-test.md": md('publisher: "Test Wire"\ntitel: "A report"') });
    const [e, ...rest] = problems(dir);
    expect(rest).toEqual([]);
    expect(e?.message).toBe(
      `${join(dir, "articles/bad-test.md")}:3: field "titel": "titel" is not a field; did you mean "title"?`,
    );
  });

  it("reports every problem of a file at once, each on the line of its key or value", () => {
    const fm = 'titel: "Broken"\npublisher: null\npublished: 2025-13-45\nurl: javascript:alert(1)\nfulltext: true';
    const found = problems(contentFolder({ "articles/bad-test.md": md(fm) }));
    expect(found.map((e) => [e.line, e.field])).toEqual([
      [2, "titel"],
      [4, "published"],
      [5, "url"],
      [6, "fulltext"],
    ]);
    expect(found[3]?.detail).toBe('"fulltext" is not a field; did you mean "fullText"?');
  });

  it("a bad date names the form: YYYY-MM-DD, a real calendar date", () => {
    for (const date of ["2025-13-45", "2024-02-31", '"yesterday"', "2024"]) {
      const [e] = problems(contentFolder({ "articles/bad-date.md": md(`${GOOD_FM}\npublished: ${date}`) }));
      expect(e?.message).toMatch(
        /bad-date\.md:4: field "published": .* write the date as YYYY-MM-DD, a real calendar date/,
      );
    }
  });

  it("a bad address says that only http(s) addresses are accepted", () => {
    for (const url of ["javascript:alert(1)", '"ftp://example.org/x"', '"/relative/path"']) {
      const [e] = problems(contentFolder({ "articles/bad-url.md": md(`${GOOD_FM}\nurl: ${url}`) }));
      expect(e?.message).toMatch(
        /bad-url\.md:4: field "url": .* is not accepted; only http\(s\) addresses are accepted/,
      );
    }
  });

  it.each([
    ["a missing title", 'publisher: "Test Wire"', 2, "title", /is required; write the headline in quotes/],
    ["an empty publisher", 'title: "A report"\npublisher: ""', 3, "publisher", /must not be empty; .*publisher: null/],
    [
      "relays as text",
      `${GOOD_FM}\nrelays: AP`,
      4,
      "relays",
      /"AP" is text, not a list; .*relays: \["Associated Press"\]/,
    ],
    [
      "fullText as text",
      `${GOOD_FM}\nfullText: "yes"`,
      4,
      "fullText",
      /"yes" is text, not true or false; write fullText: true/,
    ],
    ["a number for a title", 'title: 2024\npublisher: "Test Wire"', 2, "title", /2024 is a number, not text/],
    [
      "a synonym of a field",
      `${GOOD_FM}\ndate: 2024-11-05`,
      4,
      "date",
      /"date" is not a field; did you mean "published"\?/,
    ],
    ["an unknown field far from any", `${GOOD_FM}\nauthor: x`, 4, "author", /the fields here are "title", "publisher"/],
    [
      "a note without a date",
      `${GOOD_FM}\npublishedNote: "a guess"`,
      4,
      "publishedNote",
      /publishedNote needs a published date; .*published: YYYY-MM-DD/,
    ],
  ])("%s", (_case, fm, line, field, fix) => {
    const [e] = problems(contentFolder({ "articles/bad-article.md": md(fm) }));
    expect(e?.line).toBe(line);
    expect(e?.field).toBe(field);
    expect(e?.message).toContain(`bad-article.md:${line}: field "${field}": `);
    expect(e?.detail).toMatch(fix);
  });

  it("broken YAML names its line and what to check", () => {
    const [e] = problems(contentFolder({ "articles/bad-yaml.md": md(`${GOOD_FM}\nrelays: ["AP"`) }));
    expect(e?.message).toMatch(
      /bad-yaml\.md:\d+: front matter is not valid YAML: .*; check the quotes, brackets and indentation here/,
    );
  });

  it("a file name that is not a slug proposes one", () => {
    const [e] = problems(contentFolder({ "articles/Bad_Name.md": md(GOOD_FM) }));
    expect(e?.message).toMatch(/Bad_Name\.md: field "slug": .*; rename the file to bad-name\.md/);
  });

  it("problems of the articles, the alias file and the corrections file are reported together", () => {
    const aliases = [
      "entities:",
      "  - id: first-agency",
      "    name: First Agency",
      "    type: organisation",
      "    alias: [The Agency]",
      "  - id: Second Agency",
      "    name: Second Agency",
      "    type: organization",
    ].join("\n");
    const corrections = [
      "corrections:",
      "  - claim: some-claim-n1",
      "    suppress: true",
      "  - relation: [a-n1]",
      '    note: "x"',
      "  - claim: other-claim-n2",
      "    suppress: true",
      '    reasons: "typo"',
    ].join("\n");
    const dir = contentFolder({
      "articles/bad-test.md": md('titel: "A report"\npublisher: null'),
      "articles/good.md": md(GOOD_FM),
      "aliases.yaml": aliases,
      "corrections.yaml": corrections,
    });
    const found = problems(dir);
    const lines = found.map((e) => `${e.file.slice(dir.length + 1)}:${e.line}: ${e.field}: ${e.detail}`);
    expect(lines).toEqual([
      'articles/bad-test.md:2: titel: "titel" is not a field; did you mean "title"?',
      'aliases.yaml:4: entities.0.type: "organisation" is not one of "person", "organization", "group", "outlet"; write one of person, organization, group, outlet',
      'aliases.yaml:5: entities.0.alias: "alias" is not a field; did you mean "aliases"?',
      'aliases.yaml:6: entities.1.id: "Second Agency" must be lower-case kebab-case; write a lower-case id with hyphens, like id: south-korea-nis',
      'corrections.yaml:2: corrections.0.reason: is required; say why in words, like reason: "The figure is the total, not per soldier"',
      'corrections.yaml:4: corrections.1.relation: ["a-n1"] has too few items; write the two claim ids, like relation: [first-claim-id, second-claim-id]',
      'corrections.yaml:8: corrections.2.reasons: "reasons" is not a field; did you mean "reason"?',
    ]);
  });

  it("prints as clean lines with paths relative to the working folder and a count", () => {
    const dir = contentFolder({
      "articles/bad-test.md": md('titel: "A report"\npublisher: null\npublished: 2025-13-45'),
    });
    const text = formatContentErrors(problems(dir), dir);
    expect(text.split("\n")).toEqual([
      "2 problems in the content; fix each one and save:",
      'articles/bad-test.md:2: field "titel": "titel" is not a field; did you mean "title"?',
      'articles/bad-test.md:4: field "published": "2025-13-45" is not a date; write the date as YYYY-MM-DD, a real calendar date, like published: 2024-11-05',
    ]);
    expect(text).not.toMatch(/\bat \w+ \(/);
  });

  it("suggestions come from a small edit distance, and far words get none", () => {
    expect(editDistance("titel", "title")).toBe(1);
    expect(editDistance("publsher", "publisher")).toBe(1);
    expect(nearestName("Titel", ["title", "publisher"])).toBe("title");
    expect(nearestName("publishednote", ["published", "publishedNote"])).toBe("publishedNote");
    expect(nearestName("author", ["title", "publisher", "url"])).toBeNull();
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
    const { data } = buildCorpus(contentFolder({ "articles/large.md": md(GOOD_FM, body) }));
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(data.claims.length).toBeGreaterThan(8000);
    expect(new Set(data.claims.map((c) => c.id)).size).toBe(data.claims.length);
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
