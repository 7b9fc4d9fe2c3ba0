import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { readArticles } from "../../src/lib/content/articles.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { FIXTURES, ROOT, fixtureCases } from "../support/corpus.ts";
import {
  type GoldClaim,
  type ProducedClaim,
  type Trap,
  attrOk,
  figureOverlap,
  formatScore,
  overlapScore,
  quoteOverlap,
  scoreClaims,
} from "../support/score.ts";

const aliases = readAliases(join(ROOT, "content/aliases.yaml"));
const cases = fixtureCases().map((name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, "expected.json"), "utf8")) as {
    /** Every claim must come out right: kind, value and credit, with no credit where none is given. */
    strict?: boolean;
    claims: (GoldClaim & { relayedBy?: string })[];
    traps: Trap[];
  };
  const { claims } = extractCorpus(readArticles([join(FIXTURES, name, "input.md")]), aliases);
  return { name, expected, produced: claims as unknown as ProducedClaim[] };
});

describe("extraction on articles it was not tuned on", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s: most expected claims found, no trap", (_name, c) => {
    const r = scoreClaims(c.expected.claims, c.produced, c.expected.traps, false);
    console.log(`${c.name}: ${formatScore(r)}`);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
    expect(r.traps).toHaveLength(0);
  });

  const strict = cases.filter((c) => c.expected.strict === true);
  it("has at least 15 strict fixtures", () => {
    expect(strict.length).toBeGreaterThanOrEqual(15);
  });

  it.each(strict.map((c) => [c.name, c] as const))(
    "%s: every claim found with the right kind, value and credit",
    (_name, c) => {
      const r = scoreClaims(c.expected.claims, c.produced, c.expected.traps, false);
      const report = formatScore(r, true);
      expect(r.found, report).toBe(c.expected.claims.length);
      expect(r.kind, report).toBe(r.found);
      expect(r.value, report).toBe(r.found);
      expect(r.attr, report).toBe(r.found);
      expect(r.precision, report).toBe(1);
      expect(r.traps).toHaveLength(0);
      for (const g of c.expected.claims) {
        const p = c.produced
          .filter((x) => quoteOverlap(g.quote, x.quote) && figureOverlap(g.figure, x.figure))
          .sort(
            (x, y) =>
              Number(y.kind === g.kind) - Number(x.kind === g.kind) ||
              overlapScore(g.quote, y.quote) - overlapScore(g.quote, x.quote),
          )[0] as (ProducedClaim & { relayedBy?: { name: string } | null }) | undefined;
        // A figure the text credits to nobody ("It is believed ...") must stay uncredited.
        if (g.attributedTo === null) expect(p?.attributedTo ?? null, g.figure).toBeNull();
        if (g.relayedBy !== undefined) expect(attrOk(g.relayedBy, p?.relayedBy?.name ?? null), g.figure).toBe(true);
      }
    },
  );

  it("meets the bar over all fixtures: recall 90%, attribution 85%, precision 90%", () => {
    const gold = cases.flatMap((c) => c.expected.claims);
    const produced = cases.flatMap((c) => c.produced);
    const traps = cases.flatMap((c) => c.expected.traps);
    const r = scoreClaims(gold, produced, traps, false);
    console.log(`all fixtures: ${formatScore(r, true)}`);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.attribution).toBeGreaterThanOrEqual(0.85);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.kind / r.found).toBeGreaterThanOrEqual(0.9);
    expect(r.traps).toHaveLength(0);
  });
});
