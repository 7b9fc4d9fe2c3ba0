import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatScore, pct, scoreClaims, type GoldClaim, type ProducedClaim, type Trap } from "../support/score.ts";
import { describeWithShared, sharedPath } from "../support/shared.ts";

const script = sharedPath("tools/score_claims.py");
const goldFile = sharedPath("reference/seed-claims.gold.json");
const dir = mkdtempSync(join(tmpdir(), "score-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Value = GoldClaim["value"];
const usd = (min: number | null, max = min, per: string | null = "month"): Value => ({ min, max, unit: "USD", per });
const people = (min: number | null, max = min): Value => ({ min, max, unit: "people", per: null });
const gold = (
  quote: string,
  figure: string,
  kind: string,
  value: Value,
  attributedTo: string | null = null,
  extra: Partial<GoldClaim> = {},
): GoldClaim => ({ required: true, quote, figure, kind, value, attributedTo, ...extra });
const prod = (g: GoldClaim, over: Partial<ProducedClaim> = {}): ProducedClaim => ({
  quote: g.quote,
  figure: g.figure,
  kind: g.kind,
  value: g.value,
  attributedTo: g.attributedTo,
  ...over,
});

const PAY = gold(
  "The dictator is allegedly pocketing the $2,000 monthly salaries of troops sent to support Russia.",
  "$2,000 monthly",
  "pay-per-soldier",
  usd(2000),
);
const TROOPS = gold(
  "South Korea\u2019s spy agency said about 11,000 North Korean soldiers were sent to Russia\u2019s Kursk region.",
  "about 11,000",
  "troops-deployed",
  people(11000),
  "National Intelligence Service",
);
const KILLED = gold(
  "Zelensky said 300 North Korean soldiers had been killed and 2,700 wounded.",
  "300",
  "casualties-killed",
  people(300),
  "Volodymyr Zelensky",
);
const WAGE = gold(
  "A soldier at home earns the equivalent of\u00a0about $1 a month, a defector said, 'at most'.",
  "$1 a month",
  "domestic-wage",
  usd(1),
  "Hyun-Seung Lee",
);
const OTHER = gold("North Korea spends about a quarter of its GDP on defence.", "a quarter", "other", {
  min: 25,
  max: 25,
  unit: "percent",
  per: null,
});
const VAGUE = gold("Thousands of soldiers were sent.", "Thousands", "troops-deployed", people(1000, null), null, {
  vague: true,
});
const QUAL = gold(
  "He said the pay was mostly kept by the state.",
  "mostly",
  "regime-share",
  { min: null, max: null, unit: "percent", per: null },
  "Kim",
  { qualitative: true },
);
const OPTIONAL = gold(
  "Lee, who defected in 2014, spoke to the podcast.",
  "2014",
  "biography",
  { min: 2014, max: 2014, unit: "year", per: null },
  null,
  { required: false },
);
const LONG = gold(
  "A very long sentence \u{1F600} ".repeat(6) + "with 75,000 troops projected by the end of the year, officials said.",
  "75,000",
  "troops-projected",
  people(75000),
  "officials",
);
const TRAPS: Trap[] = [{ text: "80 years", notKinds: ["troops-deployed", "pay-total"] }];
const YEARS = {
  quote: "Kim has ruled for 80 years of the family's dynasty.",
  figure: "80 years",
  kind: "troops-deployed",
  value: people(80),
  attributedTo: null,
};

interface Case {
  name: string;
  gold: GoldClaim[];
  produced: ProducedClaim[];
  requiredOnly?: boolean;
}
const many = Array.from({ length: 200 }, (_, i) =>
  gold(`Claim number ${i} says ${1000 + i} soldiers went.`, String(1000 + i), "troops-deployed", people(1000 + i)),
);
const cases: Case[] = [
  {
    name: "perfect match",
    gold: [PAY, TROOPS, KILLED, WAGE],
    produced: [PAY, TROOPS, KILLED, WAGE].map((g) => prod(g)),
  },
  { name: "a missing claim", gold: [PAY, TROOPS, KILLED], produced: [prod(PAY), prod(KILLED)] },
  {
    name: "a wrong kind, incl. an aliased gold kind",
    gold: [PAY, TROOPS, WAGE, OTHER],
    produced: [
      prod(PAY, { kind: "pay-total" }),
      prod(TROOPS, { kind: "troops-projected" }),
      prod(WAGE, { kind: "other" }),
      prod(OTHER, { kind: "context" }),
    ],
  },
  {
    name: "wrong values, per 'monthly' vs 'month', unit aliases",
    gold: [PAY, TROOPS, KILLED, WAGE, LONG, OTHER],
    produced: [
      prod(PAY, { value: { min: 2000, max: 2000, unit: "dollars", per: "monthly" } }),
      prod(TROOPS, { value: { min: 11050, max: 11000, unit: "troops", per: null } }),
      prod(KILLED, { value: { min: 310, max: 300, unit: "people", per: "year" } }),
      prod(OTHER, { value: { min: 25, max: 25, unit: "%", per: null } }),
      prod(WAGE, { value: { min: 1, max: 1, unit: "USD", per: "weekly" } }),
      prod(LONG, { value: null as unknown as Value }),
    ],
  },
  {
    name: "wrong attribution, incl. a {id, name} record",
    gold: [PAY, TROOPS, KILLED, WAGE, LONG],
    produced: [
      prod(PAY, { attributedTo: { id: "x", name: "Someone" } }),
      prod(TROOPS, { attributedTo: { id: "nis", name: "South Korea's spy agency" } }),
      prod(KILLED, { attributedTo: { id: "kremlin", name: "Dmitry Peskov" } }),
      prod(WAGE, { attributedTo: "Hyunseung" }),
      prod(LONG, { attributedTo: null }),
    ],
  },
  {
    name: "a trap",
    gold: [PAY, KILLED],
    produced: [prod(PAY), prod(KILLED), YEARS, { ...YEARS, kind: "pay-total" }, { ...YEARS, kind: "context" }],
  },
  {
    name: "a false positive of a topic kind",
    gold: [PAY, TROOPS],
    produced: [
      prod(PAY),
      prod(TROOPS),
      { ...prod(KILLED), kind: "pay-total" },
      { ...prod(WAGE), kind: "casualty-rate" },
      { ...prod(WAGE), kind: "context" },
    ],
  },
  {
    name: "the first of equally good candidates, the same kind preferred",
    gold: [PAY, TROOPS],
    produced: [
      prod(PAY, { value: usd(3000) }),
      prod(PAY, { value: usd(2000) }),
      prod(TROOPS, { kind: "context" }),
      prod(TROOPS, { attributedTo: "Kim" }),
    ],
  },
  { name: "required only", gold: [PAY, VAGUE, QUAL, OPTIONAL, TROOPS], produced: [prod(PAY)], requiredOnly: true },
  {
    name: "vague and qualitative gold scored without --required-only",
    gold: [PAY, VAGUE, QUAL, OPTIONAL],
    produced: [prod(PAY), prod(VAGUE, { figure: "thousands" })],
  },
  { name: "recall rounded half to even (193/200)", gold: many, produced: many.slice(0, 193).map((g) => prod(g)) },
  {
    name: "precision rounded half to even (1/8)",
    gold: [PAY],
    produced: [
      prod(PAY),
      ...Array.from({ length: 7 }, (_, i) => ({ ...prod(PAY), figure: `${i + 3}`, kind: "pay-total" })),
    ],
  },
];

function python(g: unknown, produced: unknown, args: string[]): string[] {
  const gp = join(dir, "gold.json"),
    pp = join(dir, "claims.json");
  writeFileSync(gp, JSON.stringify(g));
  writeFileSync(pp, JSON.stringify(produced));
  const opts = { encoding: "utf8" as const, env: { ...process.env, PYTHONIOENCODING: "utf-8" } };
  let out: string;
  try {
    out = execFileSync("python3", [script, gp, pp, ...args], opts);
  } catch (e) {
    out = String((e as { stdout?: unknown }).stdout ?? "");
  }
  return out.replace(/\n$/, "").split("\n");
}

describe("scoreClaims on its own", () => {
  it("gives a perfect output 100 percent and counts each kind of error once", () => {
    const all = [PAY, TROOPS, KILLED, WAGE];
    const perfect = scoreClaims(
      all,
      all.map((g) => prod(g)),
      TRAPS,
      false,
    );
    expect([perfect.recall, perfect.precision, perfect.kind, perfect.value, perfect.attr]).toEqual([1, 1, 4, 4, 4]);
    const flawed = scoreClaims(
      all,
      [prod(PAY, { kind: "pay-total" }), prod(TROOPS, { value: people(12000) }), prod(KILLED, { attributedTo: null })],
      TRAPS,
      false,
    );
    expect([flawed.found, flawed.kind, flawed.value, flawed.attr]).toEqual([3, 2, 2, 2]);
    expect(flawed.recall).toBe(0.75);
  });

  it("formats percentages with halves rounded to even", () => {
    expect([pct(0.965), pct(0.125), pct(0.375), pct(0.625), pct(1)]).toEqual(["96%", "12%", "38%", "62%", "100%"]);
  });
});

describeWithShared("scoreClaims matches score_claims.py", ["tools/score_claims.py"], () => {
  it.each(cases)("$name", ({ gold: g, produced, requiredOnly = false }) => {
    const flags = requiredOnly ? ["--required-only"] : [];
    const r = scoreClaims(g, produced, TRAPS, requiredOnly);
    const verbose = python({ claims: g, traps: TRAPS }, produced, [...flags, "-v"]);
    expect(formatScore(r)).toBe(verbose.at(-1));
    expect(formatScore(r, true).split("\n")).toEqual(verbose);
  });

  it("formats percentages as Python's .0% does", () => {
    const xs = [0.965, 0.125, 0.375, 0.625, 0.005, 0.015, 193 / 200, 1 - 7 / 8, 29 / 200, 0.285];
    const code = `import json,sys\nprint(" ".join(f"{x:.0%}" for x in json.loads(sys.argv[1])))`;
    expect(xs.map(pct).join(" ")).toBe(
      execFileSync("python3", ["-c", code, JSON.stringify(xs)], { encoding: "utf8" }).trim(),
    );
    expect([pct(0.965), pct(0.125), pct(0.375)]).toEqual(["96%", "12%", "38%"]);
  });

  describeWithShared("the reference gold file", ["reference/seed-claims.gold.json"], () => {
    const ref = JSON.parse(readFileSync(goldFile, "utf8")) as { claims: GoldClaim[]; traps: Trap[] };
    const produced = ref.claims.map((g) => prod(g));
    it.each([{ requiredOnly: false }, { requiredOnly: true }])(
      "scores 100 percent against itself (required only: $requiredOnly)",
      ({ requiredOnly }) => {
        const r = scoreClaims(ref.claims, produced, ref.traps, requiredOnly);
        expect([r.recall, r.found, r.kind, r.value, r.attr, r.fp.length, r.traps.length]).toEqual([
          1,
          r.n,
          r.n,
          r.n,
          r.n,
          0,
          0,
        ]);
        expect(r.precision).toBe(1);
        const py = python(ref, produced, [...(requiredOnly ? ["--required-only"] : []), "-v"]);
        expect(formatScore(r, true).split("\n")).toEqual(py);
      },
    );
  });
});
