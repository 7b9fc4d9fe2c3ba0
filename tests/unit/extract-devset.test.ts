import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { readArticles } from "../../src/lib/content/articles.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { ROOT } from "../support/corpus.ts";
import { type GoldClaim, type ProducedClaim, scoreClaims } from "../support/score.ts";
import { describeWithShared, sharedPath } from "../support/shared.ts";

describeWithShared("extraction on real articles it was not written for (../shared/devset)", ["devset"], () => {
  const dir = sharedPath("devset");
  const aliases = readAliases(join(ROOT, "content/aliases.yaml"));
  // Each article alone, as a new user would add it: nothing learnt from the others.
  const results = readdirSync(dir)
    .filter((f) => /^\d+-.*\.md$/.test(f))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.md$/, ".gold.json")), "utf8")) as GoldClaim[];
      const { claims } = extractCorpus(readArticles([join(dir, f)]), aliases);
      return scoreClaims(gold, claims as unknown as ProducedClaim[], [], true);
    });

  it("meets the bars: recall 98%, kind and value 95%, attribution 92%, precision 95%", () => {
    const sum = (k: "n" | "found" | "kind" | "value" | "attr" | "topic"): number =>
      results.reduce((t, r) => t + r[k], 0);
    const fp = results.reduce((t, r) => t + r.fp.length, 0);
    const found = sum("found");
    console.log(
      `devset: recall ${found}/${sum("n")} kind ${sum("kind")} value ${sum("value")} attribution ${sum("attr")} precision ${sum("topic") - fp}/${sum("topic")}`,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(found / sum("n")).toBeGreaterThanOrEqual(0.98);
    expect(sum("kind") / found).toBeGreaterThanOrEqual(0.95);
    expect(sum("value") / found).toBeGreaterThanOrEqual(0.95);
    expect(sum("attr") / found).toBeGreaterThanOrEqual(0.92);
    expect((sum("topic") - fp) / sum("topic")).toBeGreaterThanOrEqual(0.95);
  });
});
