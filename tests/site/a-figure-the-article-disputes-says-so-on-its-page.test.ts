import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite } from "../support/build-site.ts";

const dir = mkdtempSync(join(tmpdir(), "article-disputes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The visible text of a page, without tags. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe("a site built from an invented fact-check and a denial", () => {
  const outDir = join(dir, "dist");
  let run: ReturnType<typeof buildFixtureSite>;
  beforeAll(() => {
    mkdirSync(join(dir, "content/articles"), { recursive: true });
    const write = (slug: string, title: string, published: string, body: string): void =>
      writeFileSync(
        join(dir, `content/articles/${slug}.md`),
        `---\ntitle: "${title}"\npublisher: "${slug === "invented-fact-check" ? "Invented Check" : `Invented ${slug}`}"\npublished: ${published}\n---\n${body}\n`,
      );
    write(
      "invented-fact-check",
      "No, the North has not sent 130,000 soldiers",
      "2025-03-04",
      "There is no evidence that North Korea has sent 130,000 soldiers to Russia.\n" +
        "Officials said about 11,000 North Korean soldiers were sent.",
    );
    write(
      "invented-denial",
      "Pyongyang rejects casualty report",
      "2025-09-10",
      "North Korea rejected the spy agency's claim that about 6,100 of its soldiers had been killed or wounded.",
    );
    write(
      "invented-same-value",
      "Spy agency repeats casualty figure",
      "2025-09-12",
      "The spy agency told lawmakers on Thursday that about 6,100 North Korean soldiers had been killed or wounded.",
    );
    write(
      "invented-other-value",
      "Kyiv gives a higher casualty figure",
      "2025-09-11",
      "A Ukrainian official said on Thursday that more than 6,100 North Korean soldiers had been killed or wounded.",
    );
    write(
      "invented-live",
      "Live: losses in Kursk",
      "2025-03-14",
      "09:05 — The Kestrel Agency says about 1,410 North Korean soldiers have been killed.\n" +
        "14:40 — Update: In our 09:05 entry we said the agency put the number killed at 1,410. The agency's figure is 1,130; we regret the error.",
    );
    write(
      "invented-correction",
      "Pyongyang sends more troops",
      "2025-03-20",
      "Correction, 21 March 2025: An earlier version of this article said the Kestrel Agency put the number of additional troops at 31,200. The correct figure is 3,120.",
    );
    write(
      "invented-plain",
      "Troops in the Kursk region",
      "2025-09-13",
      "North Korea has sent about 12,100 soldiers to Russia's Kursk region.",
    );
    run = buildFixtureSite(join(dir, "content"), outDir, { ASTRO_CACHE_DIR: join(dir, "cache") });
  }, 180_000);
  const page = (slug: string, figure: string): string => {
    const id = readdirSync(join(outDir, "claims")).find((d) => d.startsWith(`${slug}-${figure}-`));
    if (!id) throw new Error(`no claim page for ${figure}`);
    return text(readFileSync(join(outDir, "claims", id, "index.html"), "utf8"));
  };

  it("says on the claim page that the article itself disputes a figure it gives, and only there", () => {
    expect(run.status, run.stderr).toBe(0);
    const disputed = page("invented-fact-check", "130000");
    expect(disputed).toContain("Disputed. The article that gives this figure disputes it itself");
    expect(disputed).toContain("Disputed by the article itself");
    expect(disputed).toContain("disputed by Invented Check itself, credited to no source");
    expect(disputed).not.toContain("as the article's own statement");
    const plain = page("invented-fact-check", "11000");
    expect(plain).not.toContain("Disputed.");
  });

  it("says of an entry a live blog withdraws that the blog disputes it, not that the agency gave it", () => {
    expect(run.status, run.stderr).toBe(0);
    const withdrawn = page("invented-live", "1410");
    expect(withdrawn).toContain("disputed by Invented invented-live itself, credited to no source");
    expect(withdrawn).toContain(
      "The article that gives this figure disputes it itself (it calls it false or withdraws it)",
    );
    expect(withdrawn).not.toContain("according to Kestrel Agency");
    expect(page("invented-live", "1130")).toContain("according to Kestrel Agency");
  });

  it("says of the figure a correction gives instead whose it is and that the correction gave it", () => {
    expect(run.status, run.stderr).toBe(0);
    const corrected = page("invented-correction", "3120");
    expect(corrected).toContain("according to Kestrel Agency");
    expect(corrected).toContain(
      "(the article's correction gives this figure in place of one it had wrongly given this source)",
    );
    const withdrawn = page("invented-correction", "31200");
    expect(withdrawn).not.toContain("according to Kestrel Agency");
    expect(withdrawn).not.toContain("the article's correction gives this figure");
  });

  it("says of a figure with no source found what the site could not find, not that the article vouches for it", () => {
    expect(run.status, run.stderr).toBe(0);
    const plain = page("invented-plain", "12100");
    expect(plain).toContain("No one found: the site reads no source for this figure in the article");
    expect(plain).toContain("credited to no one the site found");
    expect(plain).toContain("the article itself, citing no source the site found");
    expect(plain).not.toContain("on its own account");
  });

  it("calls a value disputed in another article disputed only when it is the same value, and names the other value", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(page("invented-denial", "6100")).toContain("Disputed. North Korea disputes this figure.");
    expect(page("invented-same-value", "6100")).toContain(
      "Disputed. North Korea disputes this value, as given in another article .",
    );
    const other = page("invented-other-value", "6100");
    expect(other).not.toContain("Disputed.");
    expect(other).toContain(
      "Another value of its group is disputed. North Korea disputes about 6,100 people, as given in another article .",
    );
  });
});
