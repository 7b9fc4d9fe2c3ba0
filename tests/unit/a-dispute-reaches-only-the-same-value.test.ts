/**
 * A claim page says a value is disputed "as given in another article" only when the other article's
 * disputed claim gives the very same value: a denial of "about 6,000" is not a denial of "more than
 * 6,000", and the page names the value that was disputed instead.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import { disputersOf } from "../../src/lib/site/view.ts";

const dir = mkdtempSync(join(tmpdir(), "dispute-value-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes an invented article. */
function write(slug: string, published: string, body: string): void {
  writeFileSync(
    join(dir, "articles", `${slug}.md`),
    `---\ntitle: "${slug}"\npublisher: "Invented Wire ${slug}"\npublished: ${published}\n---\n${body}\n`,
  );
}

describe("a dispute named in another article", () => {
  mkdirSync(join(dir, "articles"));
  write(
    "denial",
    "2025-09-10",
    "North Korea rejected the spy agency's claim that about 6,100 of its soldiers had been killed or wounded.",
  );
  write(
    "same-value",
    "2025-09-12",
    "The spy agency told lawmakers on Thursday that about 6,100 North Korean soldiers had been killed or wounded.",
  );
  write(
    "other-value",
    "2025-09-11",
    "A Ukrainian official said on Thursday that more than 6,100 North Korean soldiers had been killed or wounded.",
  );
  const d = indexCorpus(buildCorpus(dir, { cache: null }));
  const claimOf = (slug: string) => {
    const c = d.data.claims.find((x) => x.article === slug && x.figure.includes("6,100"));
    if (!c) throw new Error(`no 6,100 in ${slug}: ${d.data.claims.map((x) => `${x.article}:${x.figure}`).join(", ")}`);
    return c;
  };

  it("reaches a claim of the same value in the group as its own, and one of another value as that value", () => {
    const denied = claimOf("denial");
    expect(denied.disputedBy?.name).toBe("North Korea");
    const same = claimOf("same-value");
    const other = claimOf("other-value");
    // The three values agree in one group, so only the value itself tells them apart.
    const group = d.disputedInCluster.get(other.id) ?? [];
    expect(group.map((c) => c.id)).toContain(denied.id);
    expect(disputersOf(d, same)).toEqual([
      { id: denied.disputedBy?.id, name: "North Korea", where: denied.id, sameArticle: false },
    ]);
    expect(disputersOf(d, other)).toEqual([
      {
        id: denied.disputedBy?.id,
        name: "North Korea",
        where: denied.id,
        sameArticle: false,
        value: denied.valueText,
      },
    ]);
    expect(denied.valueText).toBe("about 6,100 people");
    expect(disputersOf(d, denied)).toEqual([
      { id: denied.disputedBy?.id, name: "North Korea", where: denied.id, sameArticle: true },
    ]);
  });
});

describe("a dispute of one origin's figure", () => {
  const own = mkdtempSync(join(tmpdir(), "dispute-origin-"));
  afterAll(() => rmSync(own, { recursive: true, force: true }));
  mkdirSync(join(own, "articles"));
  const put = (slug: string, published: string, body: string): void =>
    writeFileSync(
      join(own, "articles", `${slug}.md`),
      `---\ntitle: "${slug}"\npublisher: "Invented Wire ${slug}"\npublished: ${published}\n---\n${body}\n`,
    );
  put(
    "rejection",
    "2024-11-20",
    "The Pentagon said last week that about 10,050 North Korean troops were in Russia's Kursk region. In an editorial, the Global Times rejected the figure of 10,050 troops given by the Pentagon.",
  );
  put(
    "spy-agency",
    "2024-11-21",
    "South Korea's spy agency said on Tuesday that 10,050 North Korean troops were in Russia.",
  );
  put("unnamed", "2024-11-22", "Some 10,050 North Korean troops are now in Russia.");
  const d = indexCorpus(buildCorpus(own, { cache: null }));
  const claimOf = (slug: string) => {
    const c = d.data.claims.find((x) => x.article === slug && x.figure.includes("10,050"));
    if (!c) throw new Error(`no 10,050 in ${slug}`);
    return c;
  };

  it("reaches no equal figure another named origin gives", () => {
    const rejected = d.data.claims.find((c) => c.article === "rejection" && c.disputedBy);
    expect(rejected?.disputedBy?.name).toBe("Global Times");
    expect(claimOf("spy-agency").origin.known).toBe(true);
    expect(disputersOf(d, claimOf("spy-agency"))).toEqual([]);
  });

  it("reaches an equal figure whose origin the text leaves unknown", () => {
    expect(claimOf("unnamed").origin.known).toBe(false);
    expect(disputersOf(d, claimOf("unnamed")).map((p) => p.name)).toEqual(["Global Times"]);
  });
});
