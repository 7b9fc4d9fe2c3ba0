import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { extractQuantities, parseNumber, type Quantity } from "../../src/lib/extract/quantities/index.ts";
import { growthRatio } from "../support/growth.ts";
import { describeWithShared, sharedPath } from "../support/shared.ts";

/** The quantity whose text is exactly `figure`, checked to sit where the figure is written. */
function find(sentence: string, figure: string): Quantity {
  const qs = extractQuantities(sentence);
  const q = qs.find((x) => x.text === figure);
  if (!q) throw new Error(`no quantity "${figure}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  const at = sentence.indexOf(figure);
  expect(q.start).toBe(at);
  expect(q.end).toBe(at + figure.length);
  expect(sentence.slice(q.start, q.end)).toBe(q.text);
  return q;
}

function numberText(sentence: string, q: Quantity): string {
  return sentence.slice(q.numberStart, q.numberEnd);
}

describe("figures from the seed articles", () => {
  it("reads a monthly rate written as an adverb", () => {
    const s = "The dictator is allegedly pocketing the $2,000 monthly salaries of troops sent to support Russia.";
    const q = find(s, "$2,000 monthly");
    expect(q).toMatchObject({ form: "amount", min: 2000, max: 2000, currency: "USD", per: "month", bound: "exact" });
    expect(numberText(s, q)).toBe("2,000");
    expect(q.suffixNoun).toBeUndefined();
  });

  it("reads a hedged amount with a per-month rate", () => {
    const s = "Russia is compensating each soldier with about $2,000 per month, which translates to more.";
    const q = find(s, "about $2,000 per month");
    expect(q).toMatchObject({
      min: 2000,
      max: 2000,
      approx: true,
      bound: "approx",
      hedgeText: "about",
      currency: "USD",
      per: "month",
    });
    expect(numberText(s, q)).toBe("2,000");
  });

  it("reads 'a month' as a rate", () => {
    const s = "According to media reports, soldiers get paid $2,000 a month.";
    expect(find(s, "$2,000 a month")).toMatchObject({ min: 2000, per: "month", currency: "USD" });
  });

  it("reads 'up to 95 per cent' as an upper bound on a percentage", () => {
    const s = "A huge percentage of their earnings – up to 95 per cent – will likely go directly to Mr Kim’s coffers.";
    const q = find(s, "up to 95 per cent");
    expect(q).toMatchObject({
      form: "percent",
      percent: true,
      min: null,
      max: 95,
      bound: "at-most",
      hedgeText: "up to",
    });
    expect(numberText(s, q)).toBe("95 per cent");
  });

  it("keeps an approximate bracketed conversion as the alternate, not as a second figure", () => {
    const s = "Pyongyang receives roughly 2.6 million won (about $1,900) per soldier each month.";
    const q = find(s, "roughly 2.6 million won (about $1,900) per soldier each month");
    expect(q).toMatchObject({ min: 2_600_000, max: 2_600_000, per: "month" });
    expect(q.alternate).toEqual({ text: "about $1,900", min: 1900, max: 1900, currency: "USD", percent: false });
    expect(extractQuantities(s)).toHaveLength(1);
  });

  it("keeps an approximate conversion between commas as the alternate, and a list of amounts as amounts", () => {
    const s =
      "Russia pays each soldier about 2.6 million won a month, roughly $1,900, but the soldiers see little of it.";
    const q = find(s, "about 2.6 million won a month, roughly $1,900");
    expect(q).toMatchObject({ min: 2_600_000, max: 2_600_000, per: "month" });
    expect(q.alternate).toEqual({ text: "roughly $1,900", min: 1900, max: 1900, currency: "USD", percent: false });
    expect(extractQuantities(s)).toHaveLength(1);
    expect(find("A family gets 5 million won, or about $3,600.", "5 million won, or about $3,600").alternate?.min).toBe(
      3600,
    );
    // Amounts listed one after another, or the same currency again, are amounts of their own.
    expect(extractQuantities("The regime earns 2 billion won, $1.5 million and 300 tonnes of rice.")).toHaveLength(3);
    expect(extractQuantities("Soldiers got $150, about $200, and then nothing.")).toHaveLength(2);
  });

  it("keeps a conversion after whom the sum is for ('… for each North Korean soldier, roughly $2,000 at current exchange rates')", () => {
    const s =
      "Moscow pays 180,050 rubles a month for each North Korean soldier, roughly $2,050 at current exchange rates, officials say.";
    const q = find(s, "180,050 rubles a month for each North Korean soldier, roughly $2,050 at current exchange rates");
    expect(q.alternate).toMatchObject({ text: "roughly $2,050", min: 2050, currency: "USD" });
    expect(extractQuantities(s)).toHaveLength(1);
    // Without a conversion after it, whom the sum is for stays outside the figure.
    expect(extractQuantities("Moscow pays 180,050 rubles a month for each soldier, officials say.")[0]?.text).toBe(
      "180,050 rubles a month",
    );
  });

  it("keeps a bracketed conversion as the alternate", () => {
    const s =
      "Russia could pay at least $2,000 per month to each North Korean soldier, shelling out a total of $20m (£15.5m) per month for 10,000 soldiers.";
    const q = find(s, "$20m (£15.5m) per month");
    expect(q).toMatchObject({ min: 20_000_000, max: 20_000_000, currency: "USD", per: "month" });
    expect(q.alternate).toEqual({ text: "£15.5m", min: 15_500_000, max: 15_500_000, currency: "GBP", percent: false });
    expect(numberText(s, q)).toBe("20m");
    expect(find(s, "at least $2,000 per month")).toMatchObject({
      min: 2000,
      max: null,
      bound: "at-least",
      hedgeText: "at least",
    });
    expect(find(s, "10,000").suffixNoun).toBe("soldiers");
  });

  it("reads 'between X to Y' as a range", () => {
    const s = "North Korean soldiers could earn between $1,200 to $2,400 during their service in Russia for a year.";
    const q = find(s, "between $1,200 to $2,400");
    expect(q).toMatchObject({
      min: 1200,
      max: 2400,
      bound: "range",
      currency: "USD",
      hedgeText: "between",
      approx: false,
    });
    expect(numberText(s, q)).toBe("1,200 to $2,400");
  });

  it("reads a capitalised hedge at the start of a sentence", () => {
    const s =
      "Approximately 4,000 of the 14,000 North Korean soldiers stationed at the front lines are reported injured, with about 600 fatalities.";
    expect(find(s, "Approximately 4,000")).toMatchObject({
      min: 4000,
      max: 4000,
      approx: true,
      hedgeText: "Approximately",
    });
    expect(find(s, "14,000").suffixNoun).toBe("soldiers");
    expect(find(s, "about 600")).toMatchObject({ min: 600, approx: true, suffixNoun: "fatalities" });
  });

  it("reads 'every two to three months' as a recurring duration range", () => {
    const s = "This number could escalate to 15,000, with soldiers being rotated out every two to three months.";
    const q = find(s, "every two to three months");
    expect(q).toMatchObject({ form: "duration", min: 2, max: 3, bound: "range", durationUnit: "month", every: true });
    expect(numberText(s, q)).toBe("two to three");
    expect(find(s, "15,000").min).toBe(15000);
  });

  it("reads 'hundreds of millions of dollars' as a vague dollar range", () => {
    const s = "North Korea could potentially earn hundreds of millions of dollars by sending soldiers.";
    const q = find(s, "hundreds of millions of dollars");
    expect(q).toMatchObject({ min: 1e8, max: 1e9, vague: true, currency: "USD", bound: "range" });
    expect(numberText(s, q)).toBe("hundreds of millions");
  });

  it("reads 'several hundred million dollars' and 'several thousand dollars' as vague dollar amounts", () => {
    const s = "The regime may earn several hundred million dollars a year, or several thousand dollars a head.";
    // "Several hundred million" is less than a billion: the next order of magnitude bounds it.
    expect(find(s, "several hundred million dollars a year")).toMatchObject({
      min: 2e8,
      max: 1e9,
      vague: true,
      currency: "USD",
    });
    expect(find(s, "several thousand dollars a head")).toMatchObject({
      min: 2000,
      max: 10000,
      vague: true,
      currency: "USD",
    });
    // "a few" takes the same scales; a count stays below the next order of magnitude.
    expect(find("A few hundred thousand people live there.", "A few hundred thousand")).toMatchObject({
      min: 2e5,
      max: 999_999,
    });
  });

  it("reads 'the early 2000s' as part of a decade", () => {
    const s = "Hyunseung Lee, a former North Korean soldier who defected in the early 2000s, provided a grim outlook.";
    const q = find(s, "early 2000s");
    expect(q).toMatchObject({ form: "decade", min: 2000, max: 2004 });
    expect(numberText(s, q)).toBe("2000s");
  });

  it("reads 'from 1998 to 2003' as a year range", () => {
    const s = "Lee Woong-gil, who served in the “Storm Corps” from 1998 to 2003, recalled the treatment.";
    expect(find(s, "from 1998 to 2003")).toMatchObject({ form: "year-range", min: 1998, max: 2003, bound: "range" });
  });

  it("reads 'less than $1 a month' as an upper bound with a rate", () => {
    const s = "The average salary for workers and soldiers in North Korea is less than $1 a month.";
    expect(find(s, "less than $1 a month")).toMatchObject({
      min: null,
      max: 1,
      bound: "at-most",
      per: "month",
      currency: "USD",
      hedgeText: "less than",
    });
  });

  it("reads a currency named in words after the number", () => {
    const s =
      "Even when I was in the military, I got paid 50 North Korean Won per month, with which I could buy an ice cream.";
    expect(find(s, "50 North Korean Won per month")).toMatchObject({
      min: 50,
      currency: "KPW",
      per: "month",
      currencyWord: "north korean won",
    });
  });

  it("reads a hedged percentage range", () => {
    const s = "However, around 90% to 95% of the allowances are likely to go into Kim Jong-un’s coffers.";
    const q = find(s, "around 90% to 95%");
    expect(q).toMatchObject({
      form: "percent",
      min: 90,
      max: 95,
      approx: true,
      bound: "range",
      percent: true,
      suffixNoun: "allowances",
    });
    expect(numberText(s, q)).toBe("90% to 95%");
  });

  it("reads dollar ranges with 'to' and with a dash", () => {
    const s = "A soldier would end up earning $1,200 to $2,400 – a lucrative offer – or $1,200-$2,400 at most.";
    expect(find(s, "$1,200 to $2,400")).toMatchObject({ min: 1200, max: 2400, bound: "range", currency: "USD" });
    expect(find(s, "$1,200-$2,400")).toMatchObject({ min: 1200, max: 2400, bound: "range" });
  });

  it("reads ranges whose unit is written only on the second half", () => {
    const s = "Estimates put the share at 90–95%, others at 90-95% or 90 to 95 per cent, and the cost at 2-3 million.";
    expect(find(s, "90–95%")).toMatchObject({ min: 90, max: 95, percent: true });
    expect(find(s, "90-95%")).toMatchObject({ min: 90, max: 95, percent: true });
    expect(find(s, "90 to 95 per cent")).toMatchObject({ min: 90, max: 95, percent: true });
    expect(find(s, "2-3 million")).toMatchObject({ min: 2e6, max: 3e6, bound: "range" });
  });

  it("reads a decimal with a scale word and its noun", () => {
    const s =
      "North Korea, which has one of the world’s largest militaries with 1.2 million soldiers, has put boots on the ground.";
    const q = find(s, "1.2 million");
    expect(q).toMatchObject({ min: 1_200_000, max: 1_200_000, suffixNoun: "soldiers" });
  });

  it("reads scale words and suffixes", () => {
    const s = "It costs approximately $22 million for 11,000 troops; the GDP is just $40 billion; fans wrote 2k posts.";
    expect(find(s, "approximately $22 million")).toMatchObject({ min: 22e6, currency: "USD", approx: true });
    expect(find(s, "$40 billion")).toMatchObject({ min: 40e9, max: 40e9 });
    expect(find(s, "2k").min).toBe(2000);
  });

  it("reads 'maybe', 'perhaps', 'something like' as hedges, and 'estimated' after a subject as its verb", () => {
    const s =
      "Soldiers see maybe $100 of it; perhaps 2,000 more followed; Russia pays something like $2,500; the Tidewater Bureau estimated 3,000; an estimated 9,000 stayed.";
    expect(find(s, "maybe $100")).toMatchObject({ min: 100, approx: true });
    expect(find(s, "perhaps 2,000")).toMatchObject({ min: 2000, approx: true });
    expect(find(s, "something like $2,500")).toMatchObject({ min: 2500, approx: true });
    expect(find(s, "3,000")).toMatchObject({ min: 3000, approx: false });
    expect(find(s, "an estimated 9,000")).toMatchObject({ min: 9000, approx: true });
  });

  it("reads spelled-out numbers", () => {
    const s =
      "Eleven-thousand troops, twelve thousand men, fifteen thousand workers, a hundred officers and a dozen generals.";
    expect(find(s, "Eleven-thousand")).toMatchObject({ min: 11000, suffixNoun: "troops" });
    expect(find(s, "twelve thousand").min).toBe(12000);
    expect(find(s, "fifteen thousand").min).toBe(15000);
    expect(find(s, "a hundred").min).toBe(100);
    expect(find(s, "a dozen").min).toBe(12);
  });

  it("reads a hyphenated duration so it is not a head count", () => {
    const s = "After a two-and-a-half-hour meeting on the sidelines of the parade, Putin extended an invitation.";
    const q = find(s, "two-and-a-half-hour");
    expect(q).toMatchObject({ form: "duration", min: 2.5, max: 2.5, durationUnit: "hour", suffixNoun: "hour" });
    expect(numberText(s, q)).toBe("two-and-a-half");
  });

  it("reads durations in years and months", () => {
    const s = "The parade commemorated 80 years since the victory; training lasts three months.";
    expect(find(s, "80 years")).toMatchObject({ form: "duration", min: 80, durationUnit: "year", suffixNoun: "years" });
    expect(find(s, "three months")).toMatchObject({ form: "duration", min: 3, durationUnit: "month" });
  });

  it("reads ordinals so they never look like amounts", () => {
    const s = "The “Storm Corps,” also known as the 11th Army, faces a battle that will enter its third winter.";
    expect(find(s, "11th")).toMatchObject({ form: "ordinal", min: 11, suffixNoun: "army" });
    expect(find(s, "third")).toMatchObject({ form: "ordinal", min: 3, suffixNoun: "winter" });
  });

  it("reads bare years", () => {
    const s = "North Korea has not fought a war since 1953; he defected in 2014, and Lee in 2007.";
    expect(find(s, "1953")).toMatchObject({ form: "year", min: 1953, max: 1953 });
    expect(find(s, "2014").form).toBe("year");
    expect(find(s, "2007").form).toBe("year");
  });

  it("tells a four-digit count from a year by the noun after it", () => {
    const s = "They sent 2000 soldiers in 2000.";
    const qs = extractQuantities(s);
    expect(qs.map((q) => q.form)).toEqual(["amount", "year"]);
    expect(qs[0]?.suffixNoun).toBe("soldiers");
  });

  it("reads decades with and without modifiers", () => {
    const s =
      "A famine killed an estimated hundreds of thousands in the mid-1990s; in the 1980s and the 2000s, and the late 2010s.";
    expect(find(s, "mid-1990s")).toMatchObject({ form: "decade", min: 1993, max: 1996 });
    expect(find(s, "1980s")).toMatchObject({ min: 1980, max: 1989 });
    expect(find(s, "2000s")).toMatchObject({ min: 2000, max: 2009 });
    expect(find(s, "late 2010s")).toMatchObject({ min: 2016, max: 2019 });
    expect(find(s, "an estimated hundreds of thousands")).toMatchObject({
      min: 1e5,
      max: 1e6,
      vague: true,
      approx: true,
      bound: "range",
      hedgeText: "an estimated",
    });
  });

  it("reads dates in three styles", () => {
    const s = "Published Nov. 25, 2024, updated 25 November 2024 and archived 2024-11-25.";
    for (const f of ["Nov. 25, 2024", "25 November 2024", "2024-11-25"]) {
      const q = find(s, f);
      expect(q.form).toBe("date");
      expect(q.date).toEqual({ year: 2024, month: 11, day: 25 });
      expect(q.min).toBe(2024);
    }
  });

  it("reads clock times as minutes after midnight", () => {
    const s = "The meeting began at 15:27 and ended at 3pm.";
    expect(find(s, "15:27")).toMatchObject({ form: "clock", min: 15 * 60 + 27 });
    expect(find(s, "3pm")).toMatchObject({ form: "clock", min: 15 * 60 });
  });

  it("reads vague plurals", () => {
    const s =
      "Thousands of young soldiers, tens of thousands of workers, hundreds of officers, dozens of generals and millions of people.";
    expect(find(s, "Thousands")).toMatchObject({
      min: 2000,
      max: null,
      vague: true,
      bound: "at-least",
      suffixNoun: "soldiers",
    });
    expect(find(s, "tens of thousands")).toMatchObject({ min: 20000, max: null, vague: true });
    expect(find(s, "hundreds")).toMatchObject({ min: 200, max: null });
    expect(find(s, "dozens")).toMatchObject({ min: 24, max: null });
    expect(find(s, "millions")).toMatchObject({ min: 2e6, max: null });
  });

  it("reads at-least hedges", () => {
    const hedges = [
      "at least",
      "over",
      "more than",
      "a minimum of",
      "minimum of",
      "upwards of",
      "in excess of",
      "no fewer than",
      "no less than",
      "exceeding",
      "north of",
    ];
    for (const h of hedges) {
      const s = `Officials said ${h} 3,000 soldiers arrived.`;
      expect(find(s, `${h} 3,000`)).toMatchObject({
        min: 3000,
        max: null,
        bound: "at-least",
        hedgeText: h,
        approx: false,
      });
    }
  });

  it("reads at-most hedges", () => {
    const hedges = [
      "up to",
      "less than",
      "fewer than",
      "under",
      "as many as",
      "as much as",
      "at most",
      "a maximum of",
      "no more than",
      "below",
      "south of",
      "just shy of",
      "not far short of",
      "just short of",
      "getting on for",
      "the better part of",
    ];
    for (const h of hedges) {
      const s = `Officials said ${h} 3,000 soldiers arrived.`;
      expect(find(s, `${h} 3,000`)).toMatchObject({ min: null, max: 3000, bound: "at-most", hedgeText: h });
    }
  });

  it("reads 'up to' after a verb of change as the new figure, not a bound", () => {
    for (const verb of ["was revised", "went", "rose", "was raised", "has climbed", "was pushed"]) {
      const s = `The number of wounded ${verb} up to 3,500.`;
      const q = extractQuantities(s).find((x) => x.text.includes("3,500"));
      expect(q, verb).toMatchObject({ min: 3500, max: 3500, bound: "exact" });
    }
    expect(find("Moscow pays up to $2,000 a month.", "up to $2,000 a month")).toMatchObject({ min: null, max: 2000 });
  });

  it("reads 'about' after a noun of talk as what the talk concerns, not a hedge", () => {
    for (const noun of ["stories", "reports", "claims", "rumours"]) {
      const s = `We have heard the ${noun} about 10,000 North Korean soldiers.`;
      const q = extractQuantities(s).find((x) => x.text.includes("10,000"));
      expect(q, noun).toMatchObject({ text: "10,000", approx: false });
    }
    expect(find("About 10,000 soldiers arrived.", "About 10,000")).toMatchObject({ approx: true });
  });

  it("reads approximate hedges", () => {
    const hedges = [
      "about",
      "around",
      "approximately",
      "nearly",
      "almost",
      "roughly",
      "some",
      "an estimated",
      "estimated",
      "close to",
      "circa",
      "nearer",
      "nearer to",
      "in the region of",
      "in the order of",
      "of the order of",
    ];
    for (const h of hedges) {
      const s = `Officials said ${h} 3,000 soldiers arrived.`;
      expect(find(s, `${h} 3,000`)).toMatchObject({
        min: 3000,
        max: 3000,
        bound: "approx",
        approx: true,
        hedgeText: h,
      });
    }
  });

  it("reads 'a couple of thousand dollars' as about 2,000 dollars, and 'a couple of days' as no figure", () => {
    expect(
      find("They were paid a couple of thousand dollars a month.", "a couple of thousand dollars a month"),
    ).toMatchObject({ min: 2000, max: 2000, approx: true, currency: "USD", per: "month" });
    expect(extractQuantities("He waited a couple of days.")).toEqual([]);
  });

  it("reads 'a third' before a verb as a share, and 'a third wave' as an ordinal", () => {
    expect(find("Of the 12,000 sent, a third have been killed.", "a third")).toMatchObject({ min: 33.33, max: 33.33 });
    expect(extractQuantities("A third wave arrived.").some((q) => q.text === "A third" && q.form === "percent")).toBe(
      false,
    );
  });

  it("reads 'half' and 'a third' that end their clause after a hedge or a verb of keeping, or stand before 'the', as shares", () => {
    for (const [sentence, figure, value] of [
      ["She thought Pyongyang keeps about half.", "about half", 50],
      ["The regime keeps half the money, she said.", "half", 50],
      ["The state takes a third, the rest going to the men.", "a third", 33.33],
      ["He believes the regime pockets nearly a third of it.", "nearly a third", 33.33],
    ] as const)
      expect(find(sentence, figure)).toMatchObject({ form: "percent", min: value, max: value });
    // Not a share: a half that ends no clause after such words, or an ordinal "third".
    expect(find("Half the soldiers in Kursk have been wounded.", "Half")).toMatchObject({ form: "percent", min: 50 });
    for (const sentence of [
      "The unit was cut in half.",
      "He had a third helping.",
      "They met half way.",
      "Rations were cut by about half.",
      "The soldiers go hungry half the time.",
      "Pyongyang kept half the new recruits at home.",
      "They spent half their deployment in training.",
    ])
      expect(extractQuantities(sentence).filter((q) => q.form === "percent")).toEqual([]);
  });

  it("reads 'c.' and 'ca.' before a number as circa, and '-plus' after one as open above", () => {
    expect(find("Officials reckon c. 11,000 soldiers are there.", "c. 11,000")).toMatchObject({
      min: 11000,
      max: 11000,
      approx: true,
    });
    expect(find("Officials reckon ca. 300 died.", "ca. 300")).toMatchObject({ approx: true });
    expect(find("The toll stands at 1,000-plus and counting.", "1,000-plus")).toMatchObject({ min: 1000, max: null });
    // A letter "c" that is no abbreviation before a number stays a word.
    expect(extractQuantities("Appendix c 12 lists them.").map((q) => q.text)).toEqual(["12"]);
  });

  it("does not take a hedge word that no number follows", () => {
    const s = "Some of which involves live combat, over a year, estimated to be just $40 billion.";
    const qs = extractQuantities(s);
    expect(qs.map((q) => q.text)).toEqual(["$40 billion"]);
    expect(qs[0]?.approx).toBe(false);
  });

  it("reads currencies before and after the number", () => {
    const cases: Array<[string, Quantity["currency"]]> = [
      ["USD 2,000", "USD"],
      ["US$2,000", "USD"],
      ["2,000 dollars", "USD"],
      ["2,000 US dollars", "USD"],
      ["£2,000", "GBP"],
      ["2,000 pounds", "GBP"],
      ["€2,000", "EUR"],
      ["2,000 euros", "EUR"],
      ["2,000 rubles", "RUB"],
      ["2,000 roubles", "RUB"],
      ["₽2,000", "RUB"],
      ["2,000 South Korean won", "KRW"],
      // A code against the digits, and the rouble's older code and abbreviations.
      ["USD2,000", "USD"],
      ["EUR2,000", "EUR"],
      ["KRW2,000", "KRW"],
      ["RUB2,000", "RUB"],
      ["RUR 2,000", "RUB"],
      ["Rbs 2,000", "RUB"],
      ["Rbs2,000", "RUB"],
      ["Rub 2,000", "RUB"],
    ];
    for (const [f, currency] of cases) {
      const q = find(`They were paid ${f} in cash.`, f);
      expect(q.currency, f).toBe(currency);
      expect(q.min, f).toBe(2000);
    }
  });

  it("reads the won's letter against the digits only before a scale or thousands; digits after 'G7.' are no number", () => {
    for (const f of ["W2.9 million", "W2.9m", "W510,000"]) {
      const q = find(`They were paid ${f} in cash.`, f);
      expect(q, f).toMatchObject({ currency: null, currencyWord: "won" });
    }
    expect(find("They were paid W2.9 million in cash.", "W2.9 million").min).toBe(2_900_000);
    expect(extractQuantities("Ward W12 has 40 beds.").map((q) => q.text)).toEqual(["40"]);
    expect(extractQuantities("The G7.5 plan was shelved.").map((q) => q.text)).toEqual([]);
  });

  it("leaves a bare won to the caller and keeps a bracketed dollar conversion", () => {
    const s = "A worker earns 135,000 won ($98) a month.";
    const q = find(s, "135,000 won ($98) a month");
    expect(q).toMatchObject({ currency: null, currencyWord: "won", min: 135000, per: "month" });
    expect(q.alternate).toEqual({ text: "$98", min: 98, max: 98, currency: "USD", percent: false });
  });

  it("reads rate phrases", () => {
    const cases: Array<[string, Quantity["per"]]> = [
      ["a year", "year"],
      ["per year", "year"],
      ["annually", "year"],
      ["per annum", "year"],
      ["yearly", "year"],
      ["a week", "week"],
      ["daily", "day"],
      ["each month", "month"],
      ["every month", "month"],
    ];
    for (const [rate, per] of cases) {
      const f = `$500 ${rate}`;
      expect(find(`Each soldier gets ${f} from Moscow.`, f).per, rate).toBe(per);
    }
  });

  it("reads per-head phrases", () => {
    for (const p of ["per person", "per soldier", "each", "a head", "per head"]) {
      const f = `$2,000 ${p}`;
      const q = find(`Observers estimate a minimum monthly salary of ${f}, they said.`, f);
      expect(q.perHead, p).toBe(true);
      expect(q.per, p).toBeNull();
    }
  });

  it("reads a per-head phrase and a rate together", () => {
    const s = "The pay is $2,000 per soldier per month.";
    expect(find(s, "$2,000 per soldier per month")).toMatchObject({ perHead: true, per: "month" });
  });

  it("reads a zero count and keeps its noun for the classifier", () => {
    const s = "Back to top. 0 Comments";
    expect(find(s, "0")).toMatchObject({ form: "amount", min: 0, suffixNoun: "comments" });
  });

  it("skips numbers glued to identifiers", () => {
    const s = "After COVID-19, the F-16 and G7 summit, 500 troops left.";
    expect(extractQuantities(s).map((q) => q.text)).toEqual(["500"]);
  });

  it("handles curly quotes, non-breaking spaces and dashes", () => {
    const s =
      "He said “about\u00A02,000” soldiers earn $1,200\u00A0to\u00A0$2,400, 1\u00A0000 more came, and $100 a month—barely enough.";
    expect(find(s, "about\u00A02,000")).toMatchObject({
      min: 2000,
      approx: true,
      hedgeText: "about\u00A02,000".slice(0, 5),
    });
    expect(find(s, "$1,200\u00A0to\u00A0$2,400")).toMatchObject({ min: 1200, max: 2400 });
    expect(find(s, "1\u00A0000").min).toBe(1000);
    expect(find(s, "$100 a month")).toMatchObject({ min: 100, per: "month" });
  });

  it("does not read pronoun 'one' as a count", () => {
    expect(extractQuantities("No one would think they are going to Russia to die, one another said.")).toEqual([]);
  });

  it("reads a trailing plus and a glued percent abbreviation", () => {
    const s = "Then 2,000+ troops, some 3,000+ more and nearly 40pc of the budget.";
    expect(find(s, "2,000+")).toMatchObject({ min: 2000, max: null, bound: "at-least" });
    expect(find(s, "some 3,000+")).toMatchObject({ min: 3000, max: null, bound: "at-least", approx: true });
    expect(find(s, "nearly 40pc")).toMatchObject({ min: 40, percent: true, approx: true });
  });

  it("reads abbreviated year ranges", () => {
    const s = "He served 1998-2003 and again in 2022-23.";
    expect(find(s, "1998-2003")).toMatchObject({ form: "year-range", min: 1998, max: 2003 });
    expect(find(s, "2022-23")).toMatchObject({ form: "year-range", min: 2022, max: 2023 });
  });
});

interface GoldClaim {
  seed: string;
  required: boolean;
  quote: string;
  figure: string;
}
interface GoldTrap {
  seed: string;
  text: string;
}
describeWithShared("the seed articles", ["seeds", "reference/seed-claims.gold.json"], () => {
  const gold = JSON.parse(readFileSync(sharedPath("reference/seed-claims.gold.json"), "utf8")) as {
    claims: GoldClaim[];
    traps: GoldTrap[];
  };
  const seedsDir = sharedPath("seeds");
  const seeds = new Map(readdirSync(seedsDir).map((f) => [f, readFileSync(join(seedsDir, f), "utf8")]));

  it("finds a quantity on every required figure", () => {
    for (const c of gold.claims.filter((x) => x.required)) {
      const text = seeds.get(c.seed) ?? "";
      const at = text.indexOf(c.quote) + c.quote.indexOf(c.figure);
      expect(at, c.figure).toBeGreaterThanOrEqual(0);
      const hit = extractQuantities(text).find((q) => q.start < at + c.figure.length && q.end > at);
      expect(hit, `${c.seed}: ${c.figure}`).toBeDefined();
    }
  });

  it("gives the trap figures a form that is not a plain amount", () => {
    const expected: Record<string, Quantity["form"]> = {
      "80 years": "duration",
      "two-and-a-half-hour meeting": "duration",
      "11th Army": "ordinal",
      "since 1953": "year",
      "third winter": "ordinal",
    };
    for (const t of gold.traps) {
      const form = expected[t.text];
      if (form === undefined) continue;
      const text = seeds.get(t.seed) ?? "";
      const at = text.indexOf(t.text);
      const hit = extractQuantities(text).find((q) => q.start < at + t.text.length && q.end > at);
      expect(hit?.form, t.text).toBe(form);
    }
  });
});

// ---------------------------------------------------------------------------
// Property tests

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: Array<[number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
];

/** English words for 0-999, with an optional British "and" after the hundreds. */
function smallWords(n: number, british: boolean): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) out.push(ONES[h] ?? "", "hundred");
  if (rest > 0) {
    if (h > 0 && british) out.push("and");
    if (rest < 20) out.push(ONES[rest] ?? "");
    else {
      out.push(TENS[Math.floor(rest / 10)] ?? "");
      if (rest % 10 > 0) out.push(ONES[rest % 10] ?? "");
    }
  }
  return out;
}

function toWords(n: number, british: boolean): string[] {
  if (n === 0) return ["zero"];
  const out: string[] = [];
  let rest = n;
  for (const [value, name] of SCALES) {
    const g = Math.floor(rest / value);
    if (g > 0) {
      out.push(...smallWords(g, british), name);
      rest -= g * value;
    }
  }
  if (rest > 0) out.push(...smallWords(rest, british));
  return out;
}

/** Extraction invariants every result must keep, whatever the input; one assertion per input keeps long runs fast. */
function checkInvariants(input: string, qs: Quantity[]): void {
  const problems: string[] = [];
  let prevEnd = 0;
  for (const q of qs) {
    if (q.start < prevEnd) problems.push(`overlap at ${q.start}`);
    if (q.end <= q.start) problems.push(`empty at ${q.start}`);
    if (q.text !== input.slice(q.start, q.end)) problems.push(`text mismatch at ${q.start}`);
    if (q.numberStart < q.start || q.numberEnd > q.end || q.numberEnd <= q.numberStart)
      problems.push(`number outside at ${q.start}`);
    if (q.min !== null && q.max !== null && q.min > q.max) problems.push(`min > max at ${q.start}`);
    if (q.min !== null && !Number.isFinite(q.min)) problems.push(`non-finite min at ${q.start}`);
    prevEnd = q.end;
  }
  expect(problems).toEqual([]);
}

describe("property: numbers parse back to their value", () => {
  it("digits with and without thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseNumber(n.toLocaleString("en-US"))).toBe(n);
        expect(parseNumber(String(n))).toBe(n);
      }),
    );
  });

  it("decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 999 }), (whole, frac) => {
        const s = `${whole.toLocaleString("en-US")}.${String(frac).padStart(3, "0")}`;
        // ("2.700", "11.000": a point before three digits ending in a nought, after one to three digits, is
        // a European thousands point; see "European number styles".)
        fc.pre(!/^[1-9]\d{0,2}\.\d\d0$/.test(s));
        expect(parseNumber(s)).toBe(Number(`${whole}.${String(frac).padStart(3, "0")}`));
      }),
    );
  });

  it("k / m / bn suffixes and million / billion words", () => {
    const suffixes: Array<[string, number]> = [
      ["k", 1e3],
      ["K", 1e3],
      ["m", 1e6],
      ["mn", 1e6],
      ["bn", 1e9],
      ["b", 1e9],
      [" thousand", 1e3],
      [" million", 1e6],
      [" billion", 1e9],
      [" trillion", 1e12],
      [" bn", 1e9],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.boolean(),
        fc.constantFrom(...suffixes),
        (whole, tenth, withDecimal, [suffix, scale]) => {
          const s = withDecimal ? `${whole}.${tenth}${suffix}` : `${whole}${suffix}`;
          const expected = withDecimal ? whole * scale + tenth * (scale / 10) : whole * scale;
          expect(parseNumber(s)).toBe(expected);
        },
      ),
    );
  });

  it("spelled-out numbers, spaced or hyphenated, with or without a British 'and'", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999_999 }),
        fc.boolean(),
        fc.boolean(),
        (n, british, hyphens) => {
          const s = toWords(n, british).join(hyphens ? "-" : " ");
          expect(parseNumber(s)).toBe(n);
        },
      ),
    );
  });

  it("'two-and-a-half' style halves", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.boolean(), (n, hyphens) => {
        const words = [...toWords(n, false), "and", "a", "half"];
        expect(parseNumber(words.join(hyphens ? "-" : " "))).toBe(n + 0.5);
      }),
    );
  });

  it("an amount written in any style comes back from a sentence", () => {
    const style = fc.oneof(
      fc.integer({ min: 1, max: 999_999_999 }).map((n) => ({ text: `$${n.toLocaleString("en-US")}`, value: n })),
      fc.integer({ min: 1, max: 999 }).map((n) => ({ text: `$${n}m`, value: n * 1e6 })),
      fc.integer({ min: 1, max: 999 }).map((n) => ({ text: `$${n} billion`, value: n * 1e9 })),
      fc.integer({ min: 1, max: 999_999 }).map((n) => ({ text: `${toWords(n, true).join(" ")} dollars`, value: n })),
      fc
        .integer({ min: 1, max: 999 })
        .map((n) => ({ text: `${toWords(n, false).join("-")}-thousand dollars`, value: n * 1000 })),
    );
    fc.assert(
      fc.property(style, fc.constantFrom("about ", "", "some "), ({ text, value }, hedge) => {
        const sentence = `Russia pays ${hedge}${text} a month to each family.`;
        const qs = extractQuantities(sentence);
        expect(qs).toHaveLength(1);
        const q = qs[0];
        expect(q?.min).toBe(value);
        expect(q?.currency).toBe("USD");
        expect(q?.per).toBe("month");
        expect(q?.text).toBe(`${hedge}${text} a month`);
      }),
    );
  });
});

describe("property: extraction never crashes and keeps its invariants", () => {
  const pieces = [
    "$",
    "£",
    "€",
    "₽",
    "₩",
    "%",
    "-",
    "–",
    "—",
    "(",
    ")",
    ",",
    ".",
    ":",
    "/",
    "+",
    "~",
    "’",
    "'",
    "“",
    "”",
    "°",
    "\u00A0",
    " ",
    "2,000",
    "1.5",
    "15",
    "2014",
    "1990s",
    "11th",
    "3pm",
    "20m",
    "k",
    "G7",
    "COVID",
    "per",
    "cent",
    "a",
    "month",
    "between",
    "and",
    "to",
    "from",
    "up",
    "at",
    "least",
    "about",
    "every",
    "two",
    "half",
    "hundred",
    "thousand",
    "million",
    "hundreds",
    "of",
    "thousands",
    "dollars",
    "won",
    "North",
    "Korean",
    "early",
    "mid",
    "Nov",
    "May",
    "years",
    "one",
    "third",
    "each",
    "soldiers",
  ];

  it("on token soup", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.array(fc.boolean(), { maxLength: 40 }),
        (parts, glue) => {
          const input = parts.map((p, i) => (glue[i] ? p : ` ${p}`)).join("");
          checkInvariants(input, extractQuantities(input));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (input) => {
        checkInvariants(input, extractQuantities(input));
      }),
    );
  });

  it("on long adversarial runs in linear time", () => {
    const units = ["1,", "1", "one ", "and a ", "- 1 "];
    for (const unit of units) {
      const input = unit.repeat(10_000);
      checkInvariants(input, extractQuantities(input));
      // Four times the input may cost at most about four times as much (quadratic work would be ~16).
      const ratio = growthRatio((scale) => extractQuantities(unit.repeat(5_000 * scale)));
      expect(ratio, JSON.stringify(unit)).toBeLessThan(10);
    }
  });
});

/**
 * The quantity grammar, case by case: invented sentences in every style the genre writes figures in
 * (digits, words, hyphenated words, scales glued to digits, hedges and bounds, ranges, rates,
 * currencies with a bracketed conversion, percentages and fractions), and the dates, durations,
 * clock times and ordinals that must never pass for amounts.
 * Columns: sentence | figure as written | min | max | unit (- plain, %, a currency code, won, or a
 * non-amount form) | rate | bound.
 */
const GRAMMAR_TABLE = `
The army sent 12,000 troops. | 12,000 | 12000 | 12000 | - | - | exact
The army sent 12000 troops. | 12000 | 12000 | 12000 | - | - | exact
About 9,500 soldiers crossed the border. | About 9,500 | 9500 | 9500 | - | - | approx
Around 3,000 men were wounded. | Around 3,000 | 3000 | 3000 | - | - | approx
Roughly 700 died in the assault. | Roughly 700 | 700 | 700 | - | - | approx
Nearly 8,000 remain at the front. | Nearly 8,000 | 8000 | 8000 | - | - | approx
Almost 2,500 were evacuated. | Almost 2,500 | 2500 | 2500 | - | - | approx
Some 4,700 were hurt. | Some 4,700 | 4700 | 4700 | - | - | approx
An estimated 11,000 troops arrived. | An estimated 11,000 | 11000 | 11000 | - | - | approx
Approximately 1,200 soldiers were lost. | Approximately 1,200 | 1200 | 1200 | - | - | approx
Close to 600 were killed. | Close to 600 | 600 | 600 | - | - | approx
At least 3,000 soldiers were moved. | At least 3,000 | 3000 | null | - | - | at-least
More than 10,000 troops are there. | More than 10,000 | 10000 | null | - | - | at-least
Over 4,000 casualties were counted. | Over 4,000 | 4000 | null | - | - | at-least
Well over 5,000 have been sent. | Well over 5,000 | 5000 | null | - | - | at-least
Upwards of 7,000 fighters were seen. | Upwards of 7,000 | 7000 | null | - | - | at-least
In excess of 2,000 recruits signed up. | In excess of 2,000 | 2000 | null | - | - | at-least
No fewer than 900 were captured. | No fewer than 900 | 900 | null | - | - | at-least
The toll has exceeded 2,000, the ministry said. | exceeded 2,000 | 2000 | null | - | - | at-least
Losses now exceed 3,500 in total. | exceed 3,500 | 3500 | null | - | - | at-least
The count surpassed 6,000 this spring. | surpassed 6,000 | 6000 | null | - | - | at-least
Casualties Surpass 4,000 in Kursk | Surpass 4,000 | 4000 | null | - | - | at-least
The figure topped 1,500 last week. | topped 1,500 | 1500 | null | - | - | at-least
Casualties have passed 6,000, Kyiv said. | passed 6,000 | 6000 | null | - | - | at-least
The toll crossed 4,000 in March. | crossed 4,000 | 4000 | null | - | - | at-least
Losses are passing 3,000, officials say. | passing 3,000 | 3000 | null | - | - | at-least
Up to 15,000 troops could follow. | Up to 15,000 | null | 15000 | - | - | at-most
Fewer than 300 have died. | Fewer than 300 | null | 300 | - | - | at-most
Less than 50 were taken prisoner. | Less than 50 | null | 50 | - | - | at-most
As many as 20,000 could be sent. | As many as 20,000 | null | 20000 | - | - | at-most
No more than 400 are missing. | No more than 400 | null | 400 | - | - | at-most
Just under 2,000 were wounded. | Just under 2,000 | null | 2000 | - | - | at-most
Between 10,000 and 12,000 soldiers were sent. | Between 10,000 and 12,000 | 10000 | 12000 | - | - | range
Officials estimate 3,000 to 4,000 were hurt. | 3,000 to 4,000 | 3000 | 4000 | - | - | range
They counted 1,000–1,500 dead. | 1,000–1,500 | 1000 | 1500 | - | - | range
They counted 1,000-1,500 dead. | 1,000-1,500 | 1000 | 1500 | - | - | range
They counted 1,000 - 1,500 dead. | 1,000 - 1,500 | 1000 | 1500 | - | - | range
From 5,000 to 6,000 more may follow. | From 5,000 to 6,000 | 5000 | 6000 | - | - | range
Between 10 and 12 thousand soldiers went. | Between 10 and 12 thousand | 10000 | 12000 | - | - | range
Three to four thousand more could follow. | Three to four thousand | 3000 | 4000 | - | - | range
Two to three million rounds were shipped. | Two to three million | 2000000 | 3000000 | - | - | range
eleven thousand soldiers went. | eleven thousand | 11000 | 11000 | - | - | exact
Eleven-thousand troops were sent. | Eleven-thousand | 11000 | 11000 | - | - | exact
The estimated eleven-thousand troops went. | estimated eleven-thousand | 11000 | 11000 | - | - | approx
About one-thousand were killed. | About one-thousand | 1000 | 1000 | - | - | approx
Some four-thousand casualties were counted. | Some four-thousand | 4000 | 4000 | - | - | approx
Twelve thousand men crossed. | Twelve thousand | 12000 | 12000 | - | - | exact
Two thousand five hundred soldiers left. | Two thousand five hundred | 2500 | 2500 | - | - | exact
One hundred and fifty soldiers were captured. | One hundred and fifty | 150 | 150 | - | - | exact
Three hundred soldiers died. | Three hundred | 300 | 300 | - | - | exact
Forty-five soldiers surrendered. | Forty-five | 45 | 45 | - | - | exact
Twenty soldiers were injured. | Twenty | 20 | 20 | - | - | exact
A hundred soldiers fled. | A hundred | 100 | 100 | - | - | exact
Fifteen hundred troops were sent. | Fifteen hundred | 1500 | 1500 | - | - | exact
The army sent 1.5 million shells. | 1.5 million | 1500000 | 1500000 | - | - | exact
The force of 1.28 million is large. | 1.28 million | 1280000 | 1280000 | - | - | exact
A 2k bonus was promised. | 2k | 2000 | 2000 | - | - | exact
Nearly 12k troops were sent. | Nearly 12k | 12000 | 12000 | - | - | approx
Half a million shells arrived. | Half a million | 500000 | 500000 | - | - | exact
Each soldier gets $2,000 a month. | $2,000 a month | 2000 | 2000 | USD | month | exact
Each soldier gets $2000 a month. | $2000 a month | 2000 | 2000 | USD | month | exact
Each soldier gets $2,000 per month. | $2,000 per month | 2000 | 2000 | USD | month | exact
Each soldier gets $2,000 monthly. | $2,000 monthly | 2000 | 2000 | USD | month | exact
Each soldier gets about $2,000 a month. | about $2,000 a month | 2000 | 2000 | USD | month | approx
Each soldier gets at least $2,000 a month. | at least $2,000 a month | 2000 | null | USD | month | at-least
Each soldier gets up to $2,400 a month. | up to $2,400 a month | null | 2400 | USD | month | at-most
Each soldier gets less than $1 a month at home. | less than $1 a month | null | 1 | USD | month | at-most
Pay runs between $1,200 and $2,400 a year. | between $1,200 and $2,400 a year | 1200 | 2400 | USD | year | range
Pay runs from $1,200 to $2,400. | from $1,200 to $2,400 | 1200 | 2400 | USD | - | range
Pay runs $1,200–$2,400 a month. | $1,200–$2,400 a month | 1200 | 2400 | USD | month | range
Pay runs $1,200-2,400 a month. | $1,200-2,400 a month | 1200 | 2400 | USD | month | range
The regime takes $2,000 a week. | $2,000 a week | 2000 | 2000 | USD | week | exact
The regime takes $300 a day. | $300 a day | 300 | 300 | USD | day | exact
The regime takes $2,000 per year. | $2,000 per year | 2000 | 2000 | USD | year | exact
The regime takes $24,000 annually. | $24,000 annually | 24000 | 24000 | USD | year | exact
Moscow pays $22m a month. | $22m a month | 22000000 | 22000000 | USD | month | exact
Moscow pays $22 million a month. | $22 million a month | 22000000 | 22000000 | USD | month | exact
Moscow pays $22mn a month. | $22mn a month | 22000000 | 22000000 | USD | month | exact
Moscow pays $1.5bn a year. | $1.5bn a year | 1500000000 | 1500000000 | USD | year | exact
Moscow pays $1.5 billion a year. | $1.5 billion a year | 1500000000 | 1500000000 | USD | year | exact
Moscow pays more than $200 million a year. | more than $200 million a year | 200000000 | null | USD | year | at-least
Moscow pays US$2,000 a month. | US$2,000 a month | 2000 | 2000 | USD | month | exact
Moscow pays USD 2,000 a month. | USD 2,000 a month | 2000 | 2000 | USD | month | exact
Moscow pays 2,000 dollars a month. | 2,000 dollars a month | 2000 | 2000 | USD | month | exact
Moscow pays 2,000 US dollars a month. | 2,000 US dollars a month | 2000 | 2000 | USD | month | exact
Moscow pays two thousand dollars a month. | two thousand dollars a month | 2000 | 2000 | USD | month | exact
Moscow pays £1,600 a month. | £1,600 a month | 1600 | 1600 | GBP | month | exact
Moscow pays £15.5m in total. | £15.5m | 15500000 | 15500000 | GBP | - | exact
Moscow pays 1,600 pounds a month. | 1,600 pounds a month | 1600 | 1600 | GBP | month | exact
Moscow pays €1,800 a month. | €1,800 a month | 1800 | 1800 | EUR | month | exact
Moscow pays 1,800 euros a month. | 1,800 euros a month | 1800 | 1800 | EUR | month | exact
Moscow pays EUR 1,800 a month. | EUR 1,800 a month | 1800 | 1800 | EUR | month | exact
Moscow pays 200,000 rubles a month. | 200,000 rubles a month | 200000 | 200000 | RUB | month | exact
Moscow pays 200,000 roubles a month. | 200,000 roubles a month | 200000 | 200000 | RUB | month | exact
Moscow pays around 200,000 rubles a month. | around 200,000 rubles a month | 200000 | 200000 | RUB | month | approx
Moscow pays 210,000 rubles ($2,300) a month. | 210,000 rubles ($2,300) a month | 210000 | 210000 | RUB | month | exact
Moscow pays 2.8 million won a month. | 2.8 million won a month | 2800000 | 2800000 | won | month | exact
Moscow pays about 2.8 million won ($2,000) a month. | about 2.8 million won ($2,000) a month | 2800000 | 2800000 | won | month | approx
GNI per head was 135,000 won ($98) that year. | 135,000 won ($98) | 135000 | 135000 | won | - | exact
A private earns 15,000 North Korean won a month. | 15,000 North Korean won a month | 15000 | 15000 | KPW | month | exact
A private earns 3 million South Korean won a month. | 3 million South Korean won a month | 3000000 | 3000000 | KRW | month | exact
A private earns KRW 2.7 million a month. | KRW 2.7 million a month | 2700000 | 2700000 | KRW | month | exact
A private earns ₩2,700,000 a month. | ₩2,700,000 a month | 2700000 | 2700000 | won | month | exact
A private earns 70 cents a month. | 70 | 70 | 70 | - | - | exact
Pyongyang keeps 90% of the pay. | 90% | 90 | 90 | % | - | exact
Pyongyang keeps 90 per cent of the pay. | 90 per cent | 90 | 90 | % | - | exact
Pyongyang keeps 90 percent of the pay. | 90 percent | 90 | 90 | % | - | exact
Pyongyang keeps 90pc of the pay. | 90pc | 90 | 90 | % | - | exact
Pyongyang keeps up to 95 per cent of the pay. | up to 95 per cent | null | 95 | % | - | at-most
Pyongyang keeps nearly 40% of the pay. | nearly 40% | 40 | 40 | % | - | approx
Pyongyang keeps about 40 percent of the pay. | about 40 percent | 40 | 40 | % | - | approx
Pyongyang keeps more than 80% of the pay. | more than 80% | 80 | null | % | - | at-least
Pyongyang keeps between 70% and 90% of the pay. | between 70% and 90% | 70 | 90 | % | - | range
Pyongyang keeps 70-90% of the pay. | 70-90% | 70 | 90 | % | - | range
Pyongyang keeps 12.5% of the pay. | 12.5% | 12.5 | 12.5 | % | - | exact
Pyongyang keeps two-thirds of the pay. | two-thirds | 66.67 | 66.67 | % | - | exact
Pyongyang keeps nine-tenths of the pay. | nine-tenths | 90 | 90 | % | - | exact
Pyongyang keeps three quarters of the pay. | three quarters | 75 | 75 | % | - | exact
The unit was formed in 2024. | 2024 | 2024 | 2024 | year | - | -
The war began in February 2022. | February 2022 | 2022 | 2022 | date | - | -
The report came out on 25 November 2024. | 25 November 2024 | 2024 | 2024 | date | - | -
The report came out on November 25, 2024. | November 25, 2024 | 2024 | 2024 | date | - | -
The report came out on Nov. 25, 2024. | Nov. 25, 2024 | 2024 | 2024 | date | - | -
The report came out on 2024-11-25. | 2024-11-25 | 2024 | 2024 | date | - | -
It was 8:32 AM when the news broke. | 8:32 AM | 512 | 512 | clock | - | -
The briefing lasted three hours. | three hours | 3 | 3 | duration | - | -
He served for ten years. | ten years | 10 | 10 | duration | - | -
They fought for about two weeks. | about two weeks | 2 | 2 | duration | - | -
The first wave arrived in just three months. | three months | 3 | 3 | duration | - | -
It was the third deployment. | third | 3 | 3 | ordinal | - | -
The 11th Corps was sent. | 11th | 11 | 11 | ordinal | - | -
The 1990s famine killed many. | 1990s | 1990 | 1999 | decade | - | -
The 2022-23 winter was hard. | 2022-23 | 2022 | 2023 | year-range | - | -
Thousands of soldiers were sent. | Thousands | 2000 | null | - | - | at-least
Tens of thousands of shells went north. | Tens of thousands | 20000 | null | - | - | at-least
Hundreds of soldiers were wounded. | Hundreds | 200 | null | - | - | at-least
Several thousand troops arrived. | Several thousand | 2000 | 9999 | - | - | range
Some 10,000 North Korean troops are in Russia. | Some 10,000 | 10000 | 10000 | - | - | approx
Lawmakers said 1,000 combat engineers arrived. | 1,000 | 1000 | 1000 | - | - | exact
Another 6,000 soldiers may follow. | 6,000 | 6000 | 6000 | - | - | exact
An additional 3,000 personnel were sent. | 3,000 | 3000 | 3000 | - | - | exact
Of the 4,000, around 1,000 died. | around 1,000 | 1000 | 1000 | - | - | approx
Of the 4,000, around 1,000 died. | 4,000 | 4000 | 4000 | - | - | exact
A total of 12,000 troops were sent. | 12,000 | 12000 | 12000 | - | - | exact
Some 300 deaths were confirmed. | Some 300 | 300 | 300 | - | - | approx
They reported 3,000 casualties, including 300 deaths. | 300 | 300 | 300 | - | - | exact
They reported 3,000 casualties, including 300 deaths. | 3,000 | 3000 | 3000 | - | - | exact
Pay of $2,000 per soldier was promised. | $2,000 per soldier | 2000 | 2000 | USD | - | exact
Officials quoted a figure of $2,000 (£1,600). | $2,000 (£1,600) | 2000 | 2000 | USD | - | exact
Officials quoted a figure of £1,600 ($2,000). | £1,600 ($2,000) | 1600 | 1600 | GBP | - | exact
The deal is worth 700,000 tonnes of rice. | 700,000 | 700000 | 700000 | - | - | exact
Grain output was about 4 million tonnes. | about 4 million | 4000000 | 4000000 | - | - | approx
The shortfall is 50,000 to 100,000 tonnes. | 50,000 to 100,000 | 50000 | 100000 | - | - | range
They earn 23 times the wage at home. | 23 | 23 | 23 | - | - | exact
Around 2,000 North Korean soldiers have died. | Around 2,000 | 2000 | 2000 | - | - | approx
The NIS says 4,700 were hurt and 600 killed. | 4,700 | 4700 | 4700 | - | - | exact
The NIS says 4,700 were hurt and 600 killed. | 600 | 600 | 600 | - | - | exact
Seoul counted 15,000 troops over two deployments. | 15,000 | 15000 | 15000 | - | - | exact
Kim pockets $1,800 of each $2,000. | $1,800 | 1800 | 1800 | USD | - | exact
Kim pockets $1,800 of each $2,000. | $2,000 | 2000 | 2000 | USD | - | exact
At $2,000 a head, 10,000 troops cost $20m a month. | $2,000 a head | 2000 | 2000 | USD | - | exact
At $2,000 a head, 10,000 troops cost $20m a month. | $20m a month | 20000000 | 20000000 | USD | month | exact
The sum is 2.76 million won. | 2.76 million won | 2760000 | 2760000 | won | - | exact
That is some $2,080 at today's rate. | some $2,080 | 2080 | 2080 | USD | - | approx
Russia spends $50bn on the war. | $50bn | 50000000000 | 50000000000 | USD | - | exact
`;

const NON_AMOUNT_FORMS = new Set(["year", "date", "clock", "duration", "ordinal", "decade", "year-range"]);

/**
 * Checks a bound: null stays null, a number matches to rounding.
 *
 * @param got The grammar's value.
 * @param want The table's cell.
 */
function sameBound(got: number | null, want: string): void {
  if (want === "null") expect(got).toBeNull();
  else expect(got).toBeCloseTo(Number(want), 6);
}

describe("the quantity grammar, case by case", () => {
  const rows = GRAMMAR_TABLE.trim()
    .split("\n")
    .map((line) => line.split(" | ").map((c) => c.trim()) as [string, string, string, string, string, string, string]);
  it("has at least 150 cases", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });
  it.each(rows)("%s → %s", (sentence, figure, min, max, unit, per, bound) => {
    const q = find(sentence, figure);
    sameBound(q.min, min);
    sameBound(q.max, max);
    if (NON_AMOUNT_FORMS.has(unit)) {
      expect(q.form).toBe(unit);
      return;
    }
    expect(q.form).toBe(unit === "%" ? "percent" : "amount");
    expect(q.percent).toBe(unit === "%");
    if (unit === "won") {
      expect(q.currency).toBeNull();
      expect(q.currencyWord).toMatch(/won/);
    } else if (unit === "-" || unit === "%") {
      expect(q.currency).toBeNull();
    } else {
      expect(q.currency).toBe(unit);
    }
    expect(q.per).toBe(per === "-" ? null : per);
    expect(q.bound).toBe(bound);
  });
});

describe("a range whose first half is written short", () => {
  it("shares the thousands of the second half ('11-12,000'), and only when that makes a range", () => {
    expect(find("About 11-12,000 troops are there.", "About 11-12,000")).toMatchObject({ min: 11000, max: 12000 });
    expect(find("Some 3–4,000 were hurt.", "Some 3–4,000")).toMatchObject({ min: 3000, max: 4000 });
    // Two halves already of one size stay as written.
    expect(find("Between 10,000 and 12,000 troops.", "Between 10,000 and 12,000")).toMatchObject({
      min: 10000,
      max: 12000,
    });
    expect(find("They waited 12-15 days.", "12-15 days")).toMatchObject({ min: 12, max: 15 });
  });
});

describe("hedges written as comparisons", () => {
  it("'closer to 3,800' is approximate, like 'close to'", () => {
    expect(find("Casualties were closer to 3,800.", "closer to 3,800")).toMatchObject({
      min: 3800,
      max: 3800,
      approx: true,
    });
    expect(find("Casualties were close to 3,800.", "close to 3,800")).toMatchObject({ approx: true });
  });
});

describe("an abbreviated country before the noun", () => {
  it("'10,900 N. Korean soldiers' counts soldiers, as '10,900 North Korean soldiers' does", () => {
    const [q] = extractQuantities("some 10,900 N. Korean soldiers have been deployed");
    expect(q?.suffixNoun).toBe("soldiers");
    const [s] = extractQuantities("about 40 S. Korean officials");
    expect(s?.suffixNoun).toBe("officials");
  });
});

describe("a floor someone never got past", () => {
  it("'Nobody in my unit ever saw more than $130' and 'we never got more than $50' are ceilings; 'not clear whether more than 3,030 died' and 'received more than $230' stay floors", () => {
    const ceiling = (s: string, f: string) => {
      const q = find(s, f);
      return [q.min, q.max];
    };
    expect(ceiling("Nobody in my unit ever saw more than $130 a month.", "more than $130 a month")).toEqual([
      null,
      130,
    ]);
    expect(ceiling("We never got more than $50, a defector said.", "more than $50")).toEqual([null, 50]);
    expect(ceiling("It is not clear whether more than 3,030 soldiers died.", "more than 3,030")).toEqual([3030, null]);
    expect(ceiling("Soldiers received more than $230 a month.", "more than $230 a month")).toEqual([230, null]);
  });
});

describe("a number a verb of passing denies", () => {
  it("'does not exceed 2,000', 'has never topped …', 'unlikely that the toll exceeds …' are ceilings; 'exceeds 2,000' stays a floor", () => {
    const bounds = (s: string, f: string) => {
      const q = find(s, f);
      return [q.min, q.max];
    };
    expect(bounds("The toll probably does not exceed 2,050, a blogger wrote.", "exceed 2,050")).toEqual([null, 2050]);
    expect(bounds("The toll has never topped 2,150, the agency said.", "topped 2,150")).toEqual([null, 2150]);
    expect(bounds("It is unlikely that the toll exceeds 2,250, a blogger wrote.", "exceeds 2,250")).toEqual([
      null,
      2250,
    ]);
    expect(bounds("The toll exceeds 2,350, the agency said.", "exceeds 2,350")).toEqual([2350, null]);
    expect(bounds("It is likely that the toll exceeds 2,450.", "exceeds 2,450")).toEqual([2450, null]);
  });
});

describe("a comparison denied", () => {
  it("'no higher than', 'not above', 'wasn't over' and 'well short of' are ceilings; 'no lower than' is a floor", () => {
    const got = (s: string, f: string) => {
      const q = extractQuantities(s).find((x) => x.text.endsWith(f));
      return [q?.text, q?.min, q?.max];
    };
    expect(got("The toll was no higher than 1,050, the agency said.", "1,050")).toEqual([
      "no higher than 1,050",
      null,
      1050,
    ]);
    expect(got("The share is no greater than 70 percent.", "70 percent")).toEqual([
      "no greater than 70 percent",
      null,
      70,
    ]);
    expect(got("The toll was not above 1,150.", "1,150")).toEqual(["not above 1,150", null, 1150]);
    expect(got("The toll wasn't over 1,250.", "1,250")).toEqual(["over 1,250", null, 1250]);
    expect(got("The toll had not gone above 1,350.", "1,350")).toEqual(["above 1,350", null, 1350]);
    expect(got("The toll was well short of 1,450.", "1,450")).toEqual(["well short of 1,450", null, 1450]);
    expect(got("The toll was no lower than 1,550.", "1,550")).toEqual(["no lower than 1,550", 1550, null]);
    expect(got("The toll was higher than 1,650.", "1,650")).toEqual(["higher than 1,650", 1650, null]);
    expect(got("The toll was no more than 1,750.", "1,750")).toEqual(["no more than 1,750", null, 1750]);
  });

  it("'nowhere near', 'anywhere near', 'anything like' and 'not even close to' a figure are ceilings, never about it", () => {
    const got = (s: string, f: string) => {
      const q = extractQuantities(s).find((x) => x.text.endsWith(f));
      return [q?.text, q?.min, q?.max, q?.approx];
    };
    expect(got("The toll was nowhere near 40,010.", "40,010")).toEqual(["nowhere near 40,010", null, 40010, false]);
    expect(got("No estimate puts it anywhere near 40,020.", "40,020")).toEqual([
      "anywhere near 40,020",
      null,
      40020,
      false,
    ]);
    expect(got("Kyiv never claimed anything like 40,030 dead.", "40,030")).toEqual([
      "anything like 40,030",
      null,
      40030,
      false,
    ]);
    expect(got("The toll is not even close to 40,040.", "40,040")).toEqual([
      "not even close to 40,040",
      null,
      40040,
      false,
    ]);
    expect(got("The toll is close to 40,050.", "40,050")).toEqual(["close to 40,050", 40050, 40050, true]);
  });
});

describe("a conversion set off by dashes or commas, the rate after it", () => {
  it("'$2,000 – or about 180,000 roubles – a month' is one monthly amount with its conversion", () => {
    const got = (s: string) =>
      extractQuantities(s).map((q) => [q.text, q.min, q.currency, q.per, q.alternate?.currency, q.alternate?.min]);
    expect(got("Russia pays $2,010 – or about 180,010 roubles – a month.")).toEqual([
      ["$2,010 – or about 180,010 roubles – a month", 2010, "USD", "month", "RUB", 180010],
    ]);
    expect(got("Russia pays $2,020 — roughly 180,020 roubles — a month.")).toEqual([
      ["$2,020 — roughly 180,020 roubles — a month", 2020, "USD", "month", "RUB", 180020],
    ]);
    expect(got("Russia pays $2,030, or about 180,030 roubles, a month.")).toEqual([
      ["$2,030, or about 180,030 roubles, a month", 2030, "USD", "month", "RUB", 180030],
    ]);
    // A dash that opens no conversion, or one left open, sets nothing off.
    expect(got("Russia pays $2,040 – about 180,040 roubles.").map((x) => x[0])).toEqual([
      "$2,040",
      "about 180,040 roubles",
    ]);
  });
});

describe("European number styles", () => {
  it("a point between thousands ('2.700', '180.000') and a comma before decimals with a scale ('11,5 thousand')", () => {
    const got = (s: string) => extractQuantities(s).map((q) => [q.text, q.min, q.max]);
    expect(got("Ukraine says 1.512 have been killed and 2.700 wounded.")).toEqual([
      ["1.512", 1.512, 1.512],
      ["2.700", 2700, 2700],
    ]);
    expect(got("It is 180.000 roubles, or $2.000.")).toEqual([
      ["180.000 roubles", 180000, 180000],
      ["$2.000", 2000, 2000],
    ]);
    expect(got("About 11,5 thousand were sent, and $1,5 billion a year is earned.").map((x) => x.slice(0, 2))).toEqual([
      ["About 11,5 thousand", 11500],
      ["$1,5 billion a year", 1500000000],
    ]);
    // English decimals and thousands stay as they are.
    expect(got("The rate was 1.25 and later 90.5, and 11,500 were sent; 2.75 million left.")).toEqual([
      ["1.25", 1.25, 1.25],
      ["90.5", 90.5, 90.5],
      ["11,500", 11500, 11500],
      ["2.75 million", 2750000, 2750000],
    ]);
    // A scale word after a point makes it a decimal, however many digits follow it.
    expect(got("It earned about $2.750 billion and $1.500bn.")).toEqual([
      ["about $2.750 billion", 2750000000, 2750000000],
      ["$1.500bn", 1500000000, 1500000000],
    ]);
  });
});

describe("the rest of a share", () => {
  it("'all but a tenth', 'all but 5 to 10%', 'all but less than 10%' name the rest of a hundred per cent", () => {
    const got = (s: string) => extractQuantities(s).map((q) => [q.text, q.min, q.max, q.bound]);
    expect(got("the regime takes all but a tenth of each payment")).toEqual([["all but a tenth", 90, 90, "exact"]]);
    expect(got("it keeps all but 5 to 10% of the pay")).toEqual([["all but 5 to 10%", 90, 95, "range"]]);
    expect(got("it keeps all but less than 10% of the pay")).toEqual([["all but less than 10%", 90, null, "at-least"]]);
    // Not a share: a count is left as it is.
    expect(got("all but 2,000 of the troops")).toEqual([["2,000", 2000, 2000, "exact"]]);
    expect(got("it keeps a tenth of the pay")).toEqual([["a tenth", 10, 10, "exact"]]);
  });
});

describe("one unit of a currency", () => {
  it("'less than a dollar a month', 'about a dollar a day' are amounts; 'a dollar figure' is not", () => {
    const got = (s: string) => extractQuantities(s).map((q) => [q.text, q.min, q.max, q.currency, q.per]);
    expect(got("soldiers receive less than a dollar a month")).toEqual([
      ["less than a dollar a month", null, 1, "USD", "month"],
    ]);
    expect(got("they earn about a dollar a day")).toEqual([["about a dollar a day", 1, 1, "USD", "day"]]);
    expect(got("a dollar figure was never given")).toEqual([]);
    expect(got("the value of a dollar fell")).toEqual([]);
  });
});

describe("a fraction of a scale word", () => {
  it("'a quarter of a billion dollars' is 250 million, and 'three-quarters of a million' 750,000", () => {
    const q = find(
      "Russia pays about a quarter of a billion dollars a year.",
      "about a quarter of a billion dollars a year",
    );
    expect([q.min, q.max, q.currency, q.per]).toEqual([250_000_000, 250_000_000, "USD", "year"]);
    const t = find("The fund holds three-quarters of a million dollars.", "three-quarters of a million dollars");
    expect([t.min, t.currency]).toEqual([750_000, "USD"]);
    // A fraction of a count stays a share.
    const share = find("A quarter of the 12,000 soldiers were wounded.", "A quarter");
    expect([share.min, share.percent, share.form]).toEqual([25, true, "percent"]);
  });
});

describe("a comparison under a denied 'to be'", () => {
  it("'unlikely to be below 800 or above 1,500' is a floor of 800 and a ceiling of 1,500; 'cannot be above' is a ceiling", () => {
    const got = (s: string, f: string) => {
      const q = find(s, f);
      return [q.min, q.max];
    };
    const s = 'The dead "are unlikely to be below 810 or above 1,510", she said.';
    expect(got(s, "below 810")).toEqual([810, null]);
    expect(got(s, "above 1,510")).toEqual([null, 1510]);
    expect(got("The toll cannot be above 2,010.", "above 2,010")).toEqual([null, 2010]);
    expect(got("The toll is probably not below 820.", "not below 820")).toEqual([820, null]);
    // Without the denial, the comparisons keep their own sense.
    expect(got("The dead were below 830 in March.", "below 830")).toEqual([null, 830]);
    expect(got("The dead are likely to be above 1,530.", "above 1,530")).toEqual([1530, null]);
  });
});

describe("a scale word after a range of small numbers", () => {
  it("'two to three hundred', 'five to six hundred' and 'two or three hundred' take the scale at both ends", () => {
    const got = (s: string, f: string) => {
      const q = find(s, f);
      return [q.min, q.max];
    };
    expect(got("He said two to three hundred soldiers died.", "two to three hundred")).toEqual([200, 300]);
    expect(got("He said five to six hundred soldiers died.", "five to six hundred")).toEqual([500, 600]);
    expect(got("He said two or three hundred soldiers died.", "two or three hundred")).toEqual([200, 300]);
    expect(got("He said two or three thousand soldiers died.", "two or three thousand")).toEqual([2000, 3000]);
    // "or" between plain figures is two figures, not a range.
    expect(extractQuantities("He said two or three soldiers died.").map((q) => [q.min, q.max])).toEqual([
      [2, 2],
      [3, 3],
    ]);
    expect(extractQuantities("It was 11,000 or 12,000.").map((q) => [q.min, q.max])).toEqual([
      [11000, 11000],
      [12000, 12000],
    ]);
  });

  it("'from 10,000 up to 12,000' is one range, not a figure and a ceiling", () => {
    const q = find("The deployment is from 10,010 up to 12,010 troops.", "from 10,010 up to 12,010");
    expect([q.min, q.max]).toEqual([10010, 12010]);
  });
});

describe("a denied 'to be', near misses", () => {
  it("'not unlikely to be above' is a floor; 'not believed to be above' and 'not likely to be higher than' are ceilings", () => {
    const got = (s: string, f: string) => {
      const q = find(s, f);
      return [q.min, q.max];
    };
    expect(got("Losses are not unlikely to be above 1,010, she said.", "above 1,010")).toEqual([1010, null]);
    expect(got("Losses are not believed to be above 1,110.", "above 1,110")).toEqual([null, 1110]);
    expect(got("Losses are not likely to be higher than 1,210.", "higher than 1,210")).toEqual([null, 1210]);
    expect(got("Losses are unlikely ever to be above 1,310.", "above 1,310")).toEqual([null, 1310]);
  });
});

describe("a range opened by 'between' or 'from' with a hedge on either end", () => {
  it("is one interval, approximate when either end is", () => {
    const cases: [string, string, number, number, boolean][] = [
      [
        "Between roughly 10,010 and as many as 12,010 troops were sent.",
        "Between roughly 10,010 and as many as 12,010",
        10010,
        12010,
        true,
      ],
      [
        "Between 10,020 and as many as 12,020 troops were sent.",
        "Between 10,020 and as many as 12,020",
        10020,
        12020,
        false,
      ],
      ["Between roughly 10,030 and 12,030 troops were sent.", "Between roughly 10,030 and 12,030", 10030, 12030, true],
      [
        "Anywhere from about 10,040 to perhaps 12,040 troops were sent.",
        "from about 10,040 to perhaps 12,040",
        10040,
        12040,
        true,
      ],
      ["Between 10,050 and 12,050 troops were sent.", "Between 10,050 and 12,050", 10050, 12050, false],
    ];
    for (const [sentence, figure, min, max, approx] of cases) {
      const q = find(sentence, figure);
      expect([q.min, q.max, q.approx], sentence).toEqual([min, max, approx]);
    }
  });

  it("leaves two figures where 'between' joins no range", () => {
    const qs = extractQuantities("The gap between about 10,060 troops and the 3,070 sent since is large.");
    expect(qs.map((q) => q.text)).toEqual(["about 10,060", "3,070"]);
  });
});

describe("a bracket of conversions into several currencies", () => {
  it("'about $2,000 (£1,600; €1,900) a month' is one amount a month, its first conversion kept, the others inside it", () => {
    const qs = extractQuantities("Russia pays each soldier about $2,000 (£1,600; €1,900) a month, officials said.");
    expect(qs.map((q) => [q.text, q.min, q.currency, q.per, q.alternate?.text ?? null])).toEqual([
      ["about $2,000 (£1,600; €1,900) a month", 2000, "USD", "month", "£1,600"],
    ]);
  });

  it("'roughly $288 million (£230 million, €275 million) a year' keeps the year for the dollars", () => {
    const [q] = extractQuantities("The bill comes to roughly $288 million (£230 million, €275 million) a year.");
    expect([q?.min, q?.per, q?.alternate?.min]).toEqual([288_000_000, "year", 230_000_000]);
  });

  it("a bracket with a count after the conversion is not a list of conversions", () => {
    const qs = extractQuantities("They earn $2,000 (£1,600; 11,000 troops in all) a month.");
    expect(qs.map((q) => q.text)).toContain("11,000");
  });
});
