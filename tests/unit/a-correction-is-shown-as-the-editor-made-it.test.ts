import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError, ContentErrors } from "../../src/lib/content/errors.ts";
import { describe as describeClaim } from "../../src/lib/compare/relations.ts";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { asOfLabel, correctedValueText, shortDate } from "../../src/lib/site/describe.ts";
import { creditedCount } from "../../src/lib/site/person-page.ts";
import { claimRows } from "../../src/lib/site/view.ts";

const folders: string[] = [];
afterAll(() => {
  for (const d of folders) rmSync(d, { recursive: true, force: true });
});

const ARTICLE = [
  "---",
  'title: "Invented briefing"',
  'publisher: "Test Gazette"',
  "published: 2025-10-20",
  "---",
  "The Cardew Agency said last week that about 650 North Korean soldiers had been killed.",
  "The Tidewater Bureau said in March that about 1,150 North Korean soldiers had been killed.",
  "",
].join("\n");

/**
 * A content folder with the invented article and a corrections file.
 *
 * @param corrections The corrections file's text.
 * @returns Its path.
 */
function folder(corrections: string): string {
  const dir = mkdtempSync(join(tmpdir(), "corrections-"));
  folders.push(dir);
  mkdirSync(join(dir, "articles"));
  writeFileSync(join(dir, "articles", "briefing.md"), ARTICLE);
  writeFileSync(join(dir, "corrections.yaml"), corrections);
  return dir;
}

/**
 * The error a build of the folder stops with.
 *
 * @param dir Content folder.
 * @returns The first error.
 */
function failure(dir: string): ContentError {
  try {
    buildCorpus(dir, { cache: null });
  } catch (e) {
    if (e instanceof ContentErrors) return e.errors[0] as ContentError;
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error("expected the build to fail");
}

const machine = buildCorpus(folder("corrections: []\n"), { cache: null });
const first = machine.data.claims.find((c) => c.figure === "about 650");
const second = machine.data.claims.find((c) => c.figure === "about 1,150");
const agency = machine.extraction.entities.find((e) => e.name === "Cardew Agency");

describe("a correction is shown as the editor made it", () => {
  it("the machine's reading is what the corrections below change", () => {
    expect(first?.asOfSource).toBe("sentence");
    expect(first?.asOfNote).toBeDefined();
    expect(second?.attributedTo?.name).toMatch(/Tidewater/);
    expect(agency).toBeDefined();
  });

  it("a date an editor sets is the editor's, never 'the article's date' or the sentence's words", () => {
    const { data } = buildCorpus(
      folder(
        `corrections:\n  - claim: ${first?.id}\n    set: { asOf: "2025-04-24" }\n    reason: "The agency gave this figure in April."\n`,
      ),
      { cache: null },
    );
    const c = data.claims.find((x) => x.id === first?.id);
    if (!c) throw new Error("claim missing");
    expect(c.asOf).toBe("2025-04-24");
    expect(c.asOfSource).toBe("editor");
    expect(c.asOfNote).toBeUndefined();
    expect(c.asOfPrecision).toBeUndefined();
    const article = { slug: c.article, meta: { title: "Invented briefing", publisher: "Test Gazette" } };
    expect(asOfLabel(c, article as Parameters<typeof asOfLabel>[1])).toBe(
      "24 April 2025 (set by an editor: see the corrections below)",
    );
    expect(shortDate(c)).toBe("24 April 2025 (editor's date)");
    expect(describeClaim(c)).toContain("2025-04-24, an editor's date");
    expect(describeClaim(c)).not.toContain("article's date");
    const fields = c.corrections.flatMap((k) => k.fields);
    expect(
      fields.map((f) => [correctedValueText(f.field, f.machine), correctedValueText(f.field, f.corrected)]),
    ).toEqual([[correctedValueText("asOf", first?.asOf), "24 April 2025"]]);
  });

  it("a table row of a claim an editor corrected says so; a note or no correction leaves it unmarked", () => {
    const { data } = buildCorpus(
      folder(
        `corrections:\n  - claim: ${first?.id}\n    set: { asOf: "2025-04-24" }\n    reason: "April."\n  - relation: [${first?.id}, ${second?.id}]\n    note: "The two bodies count differently."\n`,
      ),
      { cache: null },
    );
    const d = { person: new Map(), article: new Map() } as unknown as Parameters<typeof claimRows>[0];
    const rows = claimRows(d, data.claims);
    expect(data.claims.map((c, i) => [c.figure, rows[i]?.corrected])).toEqual([
      ["about 650", true],
      ["about 1,150", false],
    ]);
  });

  it("a field set to what the program already reads is no correction: not shown, and the build warns", () => {
    const { data, warnings } = buildCorpus(
      folder(
        `corrections:\n  - claim: ${second?.id}\n    set: { kind: ${second?.kind}, scope: "only the front" }\n    reason: "Scope."\n  - claim: ${first?.id}\n    set: { kind: ${first?.kind} }\n    reason: "Same."\n`,
      ),
      { cache: null },
    );
    const a = data.claims.find((x) => x.id === first?.id);
    const b = data.claims.find((x) => x.id === second?.id);
    expect(a?.corrections).toEqual([]);
    expect(b?.corrections.flatMap((k) => k.fields.map((f) => f.field))).toEqual(["scope"]);
    expect(warnings.filter((w) => w.includes("already reads"))).toEqual([
      expect.stringMatching(new RegExp(`corrections\\.yaml:2: the correction of ${second?.id} sets kind to what`)),
      expect.stringMatching(new RegExp(`corrections\\.yaml:5: the correction of ${first?.id} sets kind to what`)),
    ]);
  });

  it("a credit must name a source the site lists, by its id and its name", () => {
    const unknown = failure(
      folder(
        `corrections:\n  - claim: ${second?.id}\n    set: { attributedTo: { id: hur, name: "HUR" } }\n    reason: "Wrong body."\n`,
      ),
    );
    expect(unknown.message).toMatch(/corrections\.yaml:2: field "set\.attributedTo\.id": unknown source id "hur"/);
    const misnamed = failure(
      folder(
        `corrections:\n  - claim: ${second?.id}\n    set: { attributedTo: { id: ${agency?.id}, name: "Cardew" } }\n    reason: "Wrong body."\n`,
      ),
    );
    expect(misnamed.message).toMatch(/field "set\.attributedTo\.name": the source ".+" is named "Cardew Agency"/);
    const { data } = buildCorpus(
      folder(
        `corrections:\n  - claim: ${second?.id}\n    set: { attributedTo: { id: ${agency?.id}, name: "Cardew Agency" } }\n    reason: "Wrong body."\n`,
      ),
      { cache: null },
    );
    const c = data.claims.find((x) => x.id === second?.id);
    expect(c?.attributedTo?.name).toBe("Cardew Agency");
    expect(c?.corrections.flatMap((k) => k.fields.map((f) => correctedValueText(f.field, f.corrected)))).toEqual([
      "Cardew Agency",
    ]);
  });

  it("a note on how two claims relate is listed with the corrections of both, each pointing at the other", () => {
    const { data } = buildCorpus(
      folder(
        `corrections:\n  - relation: [${first?.id}, ${second?.id}]\n    note: "The two bodies count differently."\n`,
      ),
      { cache: null },
    );
    const a = data.claims.find((x) => x.id === first?.id);
    const b = data.claims.find((x) => x.id === second?.id);
    expect(a?.corrections).toEqual([
      {
        action: "note",
        fields: [],
        reason: "The two bodies count differently.",
        with: { id: second?.id, figure: "about 1,150" },
      },
    ]);
    expect(b?.corrections[0]?.with).toEqual({ id: first?.id, figure: "about 650" });
    const twice = failure(folder(`corrections:\n  - relation: [${first?.id}, ${first?.id}]\n    note: "Same."\n`));
    expect(twice.message).toMatch(/corrections\.yaml:2: field "relation": .* names ".+" twice/);
  });

  it("a claim an editor withdrew is no longer counted among the figures credited to its source", () => {
    const corpus = (corrections: string) => {
      const { data } = buildCorpus(folder(corrections), { cache: null });
      const person = data.people.find((p) => p.claims.includes(first?.id ?? ""));
      if (!person) throw new Error("no source for the claim");
      return creditedCount({ claim: new Map(data.claims.map((c) => [c.id, c])) }, person);
    };
    const before = corpus("corrections: []\n");
    expect(before).toBeGreaterThan(0);
    expect(corpus(`corrections:\n  - claim: ${first?.id}\n    suppress: true\n    reason: "No such figure."\n`)).toBe(
      before - 1,
    );
  });
});
