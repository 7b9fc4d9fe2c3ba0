import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/** The extraction fixtures: one folder per case, each with input.md and expected.json. */
const fixturesDir = resolve(import.meta.dirname, "../fixtures/extract");

/** The 13 kind ids of the reference annotations. */
const KIND_IDS: ReadonlySet<string> = new Set([
  "troops-deployed",
  "troops-projected",
  "pay-per-soldier",
  "pay-total",
  "regime-share",
  "soldier-take-home",
  "casualties-killed",
  "casualties-wounded",
  "casualties-total",
  "casualty-rate",
  "domestic-wage",
  "biography",
  "context",
]);

/** Unit codes a fixture value may carry. */
const UNITS: ReadonlySet<string> = new Set([
  "USD",
  "GBP",
  "EUR",
  "KPW",
  "KRW",
  "RUB",
  "percent",
  "people",
  "year",
  "month",
  "years-of-age",
]);

/** Periods a rate may be expressed in. */
const PERIODS: ReadonlySet<string | null> = new Set([null, "day", "week", "month", "year"]);

interface FixtureValue {
  min: number | null;
  max: number | null;
  unit: string;
  per: string | null;
}

interface FixtureClaim {
  required: boolean;
  quote: string;
  figure: string;
  kind: string;
  value: FixtureValue;
  attributedTo: string | null;
  via: string | null;
  subject?: string;
  vague?: boolean;
  qualitative?: boolean;
  note?: string;
}

interface FixtureTrap {
  text: string;
  notKinds: string[];
}

interface Expected {
  claims: FixtureClaim[];
  traps: FixtureTrap[];
}

/**
 * Splits a fixture file into its front matter YAML and its body.
 *
 * @param text The whole input.md.
 * @returns The YAML and the body (text after the closing `---` line, one final newline removed).
 */
function split(text: string): { yaml: string; body: string } {
  const normalized = text.replace(/\r\n?/g, "\n");
  if (!normalized.startsWith("---\n")) throw new Error('input.md must start with a "---" line');
  const close = normalized.indexOf("\n---\n", 3);
  if (close === -1) throw new Error('the front matter is not closed by a "---" line');
  const yaml = normalized.slice(4, close + 1);
  let body = normalized.slice(close + 5);
  if (body.endsWith("\n")) body = body.slice(0, -1);
  return { yaml, body };
}

const cases = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((name) => statSync(join(fixturesDir, name)).isDirectory())
      .sort()
  : [];

describe("extraction fixtures", () => {
  it("exist", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases)("%s", (name) => {
    const dir = join(fixturesDir, name);

    it("has input.md and expected.json", () => {
      expect(existsSync(join(dir, "input.md"))).toBe(true);
      expect(existsSync(join(dir, "expected.json"))).toBe(true);
    });

    const load = (): { front: Record<string, unknown>; body: string; expected: Expected } => {
      const { yaml, body } = split(readFileSync(join(dir, "input.md"), "utf8"));
      const front = parse(yaml) as Record<string, unknown>;
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
      return { front, body, expected };
    };

    it("has front matter with a string title and a string-or-null publisher", () => {
      const { front, body } = load();
      expect(typeof front).toBe("object");
      expect(front).not.toBeNull();
      expect(typeof front["title"]).toBe("string");
      expect((front["title"] as string).length).toBeGreaterThan(0);
      expect(front["publisher"] === null || typeof front["publisher"] === "string").toBe(true);
      if ("relays" in front) {
        expect(Array.isArray(front["relays"])).toBe(true);
        for (const r of front["relays"] as unknown[]) expect(typeof r).toBe("string");
      }
      expect(body.trim().length).toBeGreaterThan(0);
    });

    it("has claims whose quote lies in the body and whose figure lies in the quote", () => {
      const { body, expected } = load();
      expect(Array.isArray(expected.claims)).toBe(true);
      for (const claim of expected.claims) {
        const where = `${claim.kind} ${JSON.stringify(claim.figure)}`;
        expect(typeof claim.required, where).toBe("boolean");
        expect(body.includes(claim.quote), `${where}: quote not in body: ${claim.quote}`).toBe(true);
        expect(claim.quote.includes(claim.figure), `${where}: figure not in quote`).toBe(true);
        expect(claim.attributedTo === null || typeof claim.attributedTo === "string", where).toBe(true);
        expect(claim.via === null || typeof claim.via === "string", where).toBe(true);
      }
    });

    it("uses only the 13 kinds, known units and ordered bounds", () => {
      const { expected } = load();
      for (const claim of expected.claims) {
        const where = `${claim.kind} ${JSON.stringify(claim.figure)}`;
        expect(KIND_IDS.has(claim.kind), `${where}: unknown kind`).toBe(true);
        const { min, max, unit, per } = claim.value;
        expect(UNITS.has(unit), `${where}: unknown unit ${unit}`).toBe(true);
        expect(PERIODS.has(per), `${where}: unknown period ${String(per)}`).toBe(true);
        expect(min !== null || max !== null, `${where}: needs a min or a max`).toBe(true);
        if (min !== null && max !== null) expect(min, `${where}: min > max`).toBeLessThanOrEqual(max);
      }
    });

    it("has traps whose text lies in the body", () => {
      const { body, expected } = load();
      expect(Array.isArray(expected.traps)).toBe(true);
      for (const trap of expected.traps) {
        expect(body.includes(trap.text), `trap not in body: ${trap.text}`).toBe(true);
        expect(trap.notKinds.length, trap.text).toBeGreaterThan(0);
        for (const kind of trap.notKinds) expect(KIND_IDS.has(kind), `${trap.text}: unknown kind ${kind}`).toBe(true);
      }
    });
  });
});
