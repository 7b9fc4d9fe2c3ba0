import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openAnalysisCache } from "../../src/lib/extract/cache.ts";
import { POINT_EVERY } from "../../src/lib/extract/naming-points.ts";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { syntheticArticle } from "../../scripts/lib/synthetic.ts";
import { ROOT } from "../support/corpus.ts";

/** An invented article in the genre's form. */
const article = (title: string, body: string): string =>
  `---\ntitle: "${title}"\npublisher: "Harbor Wire"\npublished: 2025-03-01\nfullText: false\n---\n${body}\n`;

/** Names a body by a second name: every later article that uses that name means the same body. */
const NAMES_THE_OFFICE = article(
  "Directorate counts dead",
  "Ukraine's defence intelligence directorate, known as the Lantern Office, said 3,000 North Korean soldiers had been killed.",
);
/** Uses the second name alone. */
const USES_THE_NAME = article(
  "Office counts wounded",
  "The Lantern Office said on Monday that 1,200 North Korean soldiers were wounded near Kursk.",
);

/**
 * Where two outputs first differ, with some text around it, or "" when they are equal (a whole
 * corpus's JSON is too long for a failure message).
 */
const difference = (a: string, b: string): string => {
  if (a === b) return "";
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 120), i + 120)}… against …${b.slice(Math.max(0, i - 120), i + 120)}…`;
};

describe("naming points kept between builds", () => {
  let dir: string;
  let cacheDir: string;
  const build = (withCache: boolean) => {
    const cache = withCache ? openAnalysisCache(cacheDir, join(dir, "aliases.yaml")) : null;
    const corpus = buildCorpus(dir, { cache });
    return {
      text: JSON.stringify({ extraction: corpus.extraction, data: corpus.data, warnings: corpus.warnings }),
      claims: corpus.extraction.claims,
      restored: cache?.restored ?? [],
      misses: cache?.misses ?? [],
    };
  };
  const slugs = (): string[] =>
    readdirSync(join(dir, "articles"))
      .map((f) => f.replace(/\.md$/, ""))
      .sort();
  const points = (): string[] => readdirSync(join(cacheDir, "naming")).filter((f) => f.endsWith(".v8"));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "naming-points-"));
    cpSync(join(ROOT, "content/articles"), join(dir, "articles"), { recursive: true });
    // More articles than one point's stretch, so that a build can start from a point in the middle.
    for (let i = 0; i < POINT_EVERY + 8; i++) {
      const a = syntheticArticle(i);
      writeFileSync(join(dir, "articles", a.name), a.text);
    }
    writeFileSync(join(dir, "articles", "zz-office-counts-wounded.md"), USES_THE_NAME);
    copyFileSync(join(ROOT, "content/aliases.yaml"), join(dir, "aliases.yaml"));
    cacheDir = join(dir, "cache");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("give the claims of a clean build when an article that sorts first changes how a later one is named", () => {
    const before = build(true);
    const wounded = before.claims.find((c) => c.article === "zz-office-counts-wounded");
    expect(wounded?.attributedTo?.name).toBe("Lantern Office");
    writeFileSync(join(dir, "articles", "aa-directorate-counts-dead.md"), NAMES_THE_OFFICE);
    const after = build(true);
    // The new article comes first in slug order: every article is named again, none taken from a point.
    expect(after.restored).toEqual([]);
    expect(after.misses).toEqual(["aa-directorate-counts-dead"]);
    expect(difference(after.text, build(false).text)).toBe("");
    // The later article's figure now belongs to the body the new one named, as in a clean build.
    const renamed = after.claims.find((c) => c.article === "zz-office-counts-wounded");
    expect(renamed?.attributedTo?.id).not.toBe(wounded?.attributedTo?.id);
    expect(renamed?.attributedTo?.id).toBe(
      after.claims.find((c) => c.article === "aa-directorate-counts-dead")?.attributedTo?.id,
    );
  });

  it("name only an article added at the end of the slug order, and the output is a clean build's", () => {
    const first = build(true);
    expect(first.restored).toEqual([]);
    writeFileSync(join(dir, "articles", "zzz-later-report.md"), NAMES_THE_OFFICE);
    const after = build(true);
    expect(after.restored).toEqual(slugs().filter((s) => s !== "zzz-later-report"));
    expect(after.misses).toEqual(["zzz-later-report"]);
    expect(difference(after.text, build(false).text)).toBe("");
  });

  it("name again, after an edit, only the articles from the point before the edited one", () => {
    build(true);
    const order = slugs();
    const edited = order[POINT_EVERY + 2] as string;
    const file = join(dir, "articles", `${edited}.md`);
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/\n\n/, "\n\nOfficials said 4,000 more soldiers arrived.\n\n"),
    );
    const after = build(true);
    expect(after.restored).toEqual(order.slice(0, POINT_EVERY));
    expect(after.misses).toEqual([edited]);
    expect(difference(after.text, build(false).text)).toBe("");
  });

  it("keep only the points of the corpus as it is, and a damaged point makes the build name everything", () => {
    build(true);
    const n = slugs().length;
    expect(points().length).toBe(Math.ceil(n / POINT_EVERY));
    writeFileSync(join(dir, "articles", "zzz-later-report.md"), USES_THE_NAME);
    build(true);
    // The points before the new article are kept, the old last one is still on the chain, one is added.
    expect(points().length).toBe(Math.ceil(n / POINT_EVERY) + 1);
    rmSync(join(dir, "articles", "zzz-later-report.md"));
    for (const p of points()) writeFileSync(join(cacheDir, "naming", p), "damaged");
    const damaged = build(true);
    expect(damaged.restored).toEqual([]);
    expect(difference(damaged.text, build(false).text)).toBe("");
    expect(points().length).toBe(Math.ceil(n / POINT_EVERY));
  });
});
