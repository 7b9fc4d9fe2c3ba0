/**
 * A figure that counts less than its topic ("3,000 more soldiers since January": an increase) keeps what
 * it counts wherever it is printed as a row or a one-line mention: a table, a list of claims, a
 * timeline and its CSV. Without it, an increase reads as a head count.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import { timelineCsv, timelineOf } from "../../src/lib/site/timeline.ts";
import { claimLine, claimRows } from "../../src/lib/site/view.ts";

const dir = mkdtempSync(join(tmpdir(), "scoped-rows-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a scoped figure in rows and lines", () => {
  mkdirSync(join(dir, "articles"));
  writeFileSync(
    join(dir, "articles", "reinforcements.md"),
    `---\ntitle: "Reinforcements"\npublisher: "Invented Wire"\npublished: 2025-03-20\n---\n` +
      "The Tidewater Defence Bureau said North Korea had sent about 3,000 more soldiers since January, bringing the total in Russia to roughly 14,000.\n",
  );
  const d = indexCorpus(buildCorpus(dir, { cache: null }));
  const more = d.data.claims.find((c) => c.figure.includes("3,000"));
  const total = d.data.claims.find((c) => c.figure.includes("14,000"));

  it("gives the increase its scope and the total none", () => {
    expect(more?.scope).toMatch(/additional/);
    expect(total?.scope ?? null).toBeNull();
  });

  it("prints the scope beside the value in a table row and a claim line, and nothing beside the total", () => {
    if (!more || !total) throw new Error("both figures are extracted");
    const [row, totalRow] = claimRows(d, [more, total]);
    expect(row?.value).toBe(
      `${more.valueText} (counting only ${(more.scope ?? "").replace(" (", ", ").replace(/\)$/, "")})`,
    );
    expect(totalRow?.value).toBe(total.valueText);
    expect(claimLine(d, more.id)?.value).toBe(row?.value);
  });

  it("prints it on the timeline and gives the CSV a scope column", () => {
    if (!more) throw new Error("the increase is extracted");
    const topic = d.data.topics.find((t) => t.claims.includes(more.id));
    const view = topic ? timelineOf(d, topic) : null;
    if (!view) throw new Error("the increase's topic has a timeline");
    expect([...view.dated, ...view.undated].find((r) => r.id === more.id)?.value).toContain(
      "(counting only additional troops since January, an increase)",
    );
    const [header, ...lines] = timelineCsv(view, (p) => p)
      .trim()
      .split("\n");
    const columns = header?.split(",") ?? [];
    const at = columns.indexOf("scope");
    expect(at).toBeGreaterThan(columns.indexOf("value_text"));
    const line = lines.find((l) => l.startsWith(`${more.id},`)) ?? "";
    expect(line).toContain(more.scope ?? "");
    expect(line).not.toContain("counting only");
  });
});
