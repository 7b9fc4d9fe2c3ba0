import { expect, it } from "vitest";
import { extractContent, readGold } from "../support/corpus.ts";
import { formatScore, scoreClaims } from "../support/score.ts";
import { describeWithShared } from "../support/shared.ts";

describeWithShared(
  "extraction on the five seed articles, scored against the reference",
  ["reference/seed-claims.gold.json"],
  () => {
    const gold = readGold();
    const { claims } = extractContent();
    const produced = claims.map((c) => ({ ...c, value: { ...c.value } }));

    it("finds every required claim with the right kind and value, attributes 95%, precision 95%, no traps", () => {
      const r = scoreClaims(gold?.claims ?? [], produced, gold?.traps ?? [], true);
      console.log(`required: ${formatScore(r, true)}`);
      expect(r.recall).toBe(1);
      expect(r.kind).toBe(r.found);
      expect(r.value).toBe(r.found);
      expect(r.attribution).toBeGreaterThanOrEqual(0.95);
      expect(r.precision).toBeGreaterThanOrEqual(0.95);
      expect(r.traps).toHaveLength(0);
    });

    it("scores all reference claims, vague and qualitative ones included", () => {
      const r = scoreClaims(gold?.claims ?? [], produced, gold?.traps ?? [], false);
      console.log(`all: ${formatScore(r, true)}`);
      expect(r.recall).toBeGreaterThanOrEqual(0.85);
      expect(r.traps).toHaveLength(0);
    });
  },
);
