import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseQuery, type QueryFigure } from "../../src/lib/search/query.ts";

/** The only figure of a query. */
function figure(q: string): QueryFigure {
  const p = parseQuery(q);
  expect(p.figures, `figures of ${JSON.stringify(q)}`).toHaveLength(1);
  return p.figures[0] as QueryFigure;
}

/** Groups digits by thousands with a separator. */
function grouped(n: number, sep = ","): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

describe("figures in every style the extractor reads", () => {
  const cases: [string, number | null, number | null, string | null, boolean][] = [
    ["$2,000", 2000, 2000, "USD", true],
    ["2k", 2000, 2000, null, true],
    ["2000 dollars", 2000, 2000, "USD", true],
    ["11,000 troops", 11000, 11000, "people", true],
    ["12k", 12000, 12000, null, true],
    ["90%", 90, 90, "percent", true],
    ["95 per cent", 95, 95, "percent", true],
    ["95 percent", 95, 95, "percent", true],
    ["90-95%", 90, 95, "percent", false],
    ["over 10000", 10000, null, null, false],
    ["under 5,000", null, 5000, null, false],
    ["at least 12000", 12000, null, null, false],
    ["two thousand", 2000, 2000, null, true],
    ["$2000 a month", 2000, 2000, "USD", true],
    ["$22 million", 22_000_000, 22_000_000, "USD", true],
    ["20m", 20_000_000, 20_000_000, null, true],
    ["1,200", 1200, 1200, null, true],
    ["100,000", 100_000, 100_000, null, true],
    ["£15.5m", 15_500_000, 15_500_000, "GBP", true],
    ["usd 2000", 2000, 2000, "USD", true],
    ["2000 usd", 2000, 2000, "USD", true],
    ["2000$", 2000, 2000, "USD", true],
    ["troops 11000", 11000, 11000, "people", true],
    ["12,000-15,000 soldiers", 12000, 15000, "people", false],
  ];
  for (const [q, min, max, unit, exact] of cases) {
    it(`reads ${JSON.stringify(q)}`, () => {
      const f = figure(q);
      expect(f.interval).toEqual({ min, max });
      expect(f.unit).toBe(unit);
      expect(f.exact).toBe(exact);
      expect(parseQuery(q).terms).toEqual([]);
    });
  }

  it("keeps the period of a rate", () => {
    expect(figure("$2000 a month").per).toBe("month");
    expect(figure("2000 monthly").per).toBe("month");
    expect(figure("$2,000").per).toBeNull();
  });

  it("widens a hedged figure by the shared tolerance", () => {
    const f = figure("about 2000");
    expect(f.approx).toBe(true);
    expect(f.exact).toBe(false);
    expect(f.interval.min).toBeCloseTo(1800);
    expect(f.interval.max).toBeCloseTo(2200);
  });

  it("lets a bare won be either Korea's", () => {
    const f = figure("50 won");
    expect(f.unit).toBe("KPW");
    expect(f.accepts).toEqual(["KPW", "KRW"]);
  });

  it("marks a bare four-digit number as possibly a year, and gives it no unit", () => {
    const f = figure("2014");
    expect(f.yearLike).toBe(true);
    expect(f.unit).toBeNull();
    expect(f.interval).toEqual({ min: 2014, max: 2014 });
  });
});

describe("words", () => {
  it("separates names from figures", () => {
    const p = parseQuery("Lee 2000");
    expect(p.figures.map((f) => f.interval)).toEqual([{ min: 2000, max: 2000 }]);
    expect(p.terms.map((t) => t.word)).toEqual(["lee"]);
  });

  it("lower-cases and drops stop words", () => {
    const p = parseQuery("What did the NIS say about casualties");
    expect(p.terms.map((t) => t.word)).toEqual(["nis", "casualties"]);
    expect(p.terms.map((t) => t.stem)).toEqual(["nis", "casualt"]);
  });

  it("joins a hyphenated name and keeps its parts", () => {
    const [t] = parseQuery("Woong-gil").terms;
    expect(t?.word).toBe("woonggil");
    expect(t?.parts).toEqual(["woong", "gil"]);
  });

  it("folds accents and curly apostrophes", () => {
    expect(parseQuery("Zelénskyy’s").terms.map((t) => t.word)).toEqual(["zelenskyy"]);
  });

  it("marks the last word as still being typed unless a space follows", () => {
    expect(parseQuery("lee w").terms.map((t) => t.typing)).toEqual([false, true]);
    expect(parseQuery("lee ").terms.map((t) => t.typing)).toEqual([false]);
  });

  it("keeps a word that is not a unit beside a figure", () => {
    const p = parseQuery("wounded 4000");
    expect(p.figures[0]?.unit).toBeNull();
    expect(p.terms.map((t) => t.word)).toEqual(["wounded"]);
  });

  it("gives nothing for an empty query", () => {
    expect(parseQuery("   ")).toMatchObject({ figures: [], terms: [] });
  });
});

describe("properties", () => {
  const value = fc.integer({ min: 1, max: 999_999_999 });

  it("reads a value written with thousands separators back to the same interval", () => {
    fc.assert(
      fc.property(value, fc.constantFrom(",", "\u00a0"), (n, sep) => {
        const f = figure(grouped(n, sep));
        expect(f.interval).toEqual({ min: n, max: n });
      }),
    );
  });

  it("reads plain digits back to the same interval", () => {
    fc.assert(
      fc.property(value, (n) => {
        expect(figure(String(n)).interval).toEqual({ min: n, max: n });
      }),
    );
  });

  it("reads a k-suffixed value back to the same interval", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const text = tenth === 0 ? `${whole}k` : `${whole}.${tenth}k`;
        const f = figure(text);
        expect(f.interval.min).toBeCloseTo(whole * 1000 + tenth * 100, 6);
        expect(f.interval.max).toBe(f.interval.min);
        expect(f.unit).toBeNull();
      }),
    );
  });

  it("reads a dollar value back to the same interval, in dollars", () => {
    fc.assert(
      fc.property(value, fc.boolean(), (n, sep) => {
        const f = figure(`$${sep ? grouped(n) : String(n)}`);
        expect(f.interval).toEqual({ min: n, max: n });
        expect(f.unit).toBe("USD");
        expect(f.exact).toBe(true);
      }),
    );
  });

  it("reads a percentage back to the same interval, in percent", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom("%", " per cent", " percent"), (n, sign) => {
        const f = figure(`${n}${sign}`);
        expect(f.interval).toEqual({ min: n, max: n });
        expect(f.unit).toBe("percent");
      }),
    );
  });

  it("never throws and keeps figures inside the query", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        const p = parseQuery(q);
        for (const f of p.figures) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(q.length);
        }
      }),
    );
  });
});
