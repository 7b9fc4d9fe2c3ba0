/**
 * Arithmetic cross-checks driven by how kinds relate, never by article: a total against
 * rate × head count, a take-home figure against pay × (100% − regime share), a bracketed
 * currency conversion against a plausible rate, a casualty rate against casualties ÷ deployed,
 * and a yearly projection against head count × rotations.
 */
import type { Claim, Unit } from "../schema/claim.ts";
import {
  CURRENCY_BY_CODE,
  DERIVATION_CUE,
  REFERENCE_RATE_RANGES,
  REFERENCE_RATES,
  SEVERAL_PERIODS,
} from "../schema/vocabulary.ts";
import { extractQuantities, parseNumber } from "../extract/quantities/index.ts";
import { formatAmount, formatValue, upperFirst } from "../format/value.ts";
import { APPROX_TOLERANCE, overlaps, widen, type Interval } from "./tolerance.ts";
import type { Check } from "./types.ts";
import { pushTo } from "../collections.ts";

// The rates live with the currencies; the about page reads them from here.
export { REFERENCE_RATES, REFERENCE_RATE_RANGES };
/** How far an implied conversion rate may sit from the reference range. */
export const CONVERSION_TOLERANCE = 0.05;

type C = Pick<
  Claim,
  | "id"
  | "article"
  | "kind"
  | "value"
  | "quoteStart"
  | "basis"
  | "asOf"
  | "quote"
  | "figure"
  | "figureStart"
  | "attributedTo"
> &
  Partial<Pick<Claim, "stance" | "disputedBy" | "scope">>;

/** Words between a rate and a total that say the total is worked out from the rate. */

/** Months in a period. */
const MONTHS = { day: 1 / 30, week: 12 / 52, month: 1, year: 12 } as const;

/**
 * Runs every check the claims allow.
 *
 * @param claims Active claims.
 * @param consensus The most repeated value of a kind across the corpus (for inputs an article lacks).
 * @returns Checks sorted by id.
 */
export function runChecks(claims: readonly C[], consensus: (kind: string) => C | null): Check[] {
  const byArticle = new Map<string, C[]>();
  for (const c of claims) pushTo(byArticle, c.article, c);
  const checks: Check[] = [];
  // Claims of one kind in one article, in text order, for a nearest-claim search.
  const byArticleKind = new Map<string, C[]>();
  for (const c of claims) pushTo(byArticleKind, `${c.article}|${c.kind}`, c);
  for (const list of byArticleKind.values()) list.sort((a, b) => a.quoteStart - b.quoteStart);
  const sameArticle = (c: C, kind: string): C | null => {
    const list = byArticleKind.get(`${c.article}|${kind}`) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.quoteStart ?? 0) < c.quoteStart) lo = mid + 1;
      else hi = mid;
    }
    // The nearest claim of the kind before or after, preferring the same sentence.
    const candidates = [list[lo - 1], list[lo], list[lo + 1]].filter((o): o is C => o !== undefined && o.id !== c.id);
    return (
      candidates.sort((a, b) => Math.abs(a.quoteStart - c.quoteStart) - Math.abs(b.quoteStart - c.quoteStart))[0] ??
      null
    );
  };

  // Head counts taken from the whole corpus are those no one disputes: a figure an article withdraws
  // ("An earlier version said 19,000") or rejects is no reported head count, and one of a narrower
  // scope ("in the Kursk region", "additional troops") is not the whole force.
  const pointHeads = claims.filter(
    (c) =>
      c.kind === "troops-deployed" &&
      c.value.min !== null &&
      c.value.min === c.value.max &&
      c.stance !== "disputes" &&
      (c.disputedBy ?? null) === null &&
      (c.scope ?? null) === null,
  );
  // The lowest and highest point head counts, found once for every total that names none.
  let lowHead: C | undefined;
  let highHead: C | undefined;
  for (const c of pointHeads) {
    if (!lowHead || (c.value.min as number) < (lowHead.value.min as number)) lowHead = c;
    if (!highHead || (c.value.min as number) > (highHead.value.min as number)) highHead = c;
  }
  const heads = lowHead && highHead ? [lowHead, highHead] : [];
  // A total is first checked against the head count its own article reports, the nearest to it.
  const headsByArticle = new Map<string, C[]>();
  for (const c of pointHeads) pushTo(headsByArticle, c.article, c);
  // ("Over two years, 14,000 soldiers paid $2,000 a month would bring Pyongyang $672 million": the head count
  // of the total's own sentence, even one that may come.)
  const sameSentenceHead = (t: C): C | undefined =>
    (byArticle.get(t.article) ?? []).find(
      (c) =>
        c.quoteStart === t.quoteStart &&
        (c.kind === "troops-deployed" || c.kind === "troops-projected") &&
        c.value.min !== null &&
        c.value.min === c.value.max &&
        (c.scope ?? null) === null,
    );
  const ownHead = (t: C): C | undefined =>
    sameSentenceHead(t) ??
    (headsByArticle.get(t.article) ?? [])
      .map((o) => ({ o, d: Math.abs(o.quoteStart - t.quoteStart) }))
      .sort((a, b) => a.d - b.d || a.o.quoteStart - b.o.quoteStart)[0]?.o;
  for (const t of claims.filter((c) => c.kind === "pay-total")) {
    const own = ownHead(t);
    const conv = asCurrency(sameArticle(t, "pay-per-soldier") ?? consensus("pay-per-soldier"), t.value.unit);
    checks.push(withNote(totalCheck(t, conv.rate, own ? [own] : heads, own !== undefined), conv.note));
  }
  // The claims of a kind in the take-home's article nearest to it, nearest first (at most `n`).
  const nearestOf = (c: C, kind: string, n: number): C[] =>
    (byArticleKind.get(`${c.article}|${kind}`) ?? [])
      .filter((o) => o.id !== c.id)
      .map((o) => ({ o, d: Math.abs(o.quoteStart - c.quoteStart) }))
      .sort((a, b) => a.d - b.d || a.o.quoteStart - b.o.quoteStart)
      .slice(0, n)
      .map((x) => x.o);
  for (const h of claims.filter((c) => c.kind === "soldier-take-home")) {
    // "If the state keeps 90 percent of $2,000, a soldier is left with $200 a month": when the article
    // gives more than one pay or share, the figure is checked against each of the nearest, and the
    // pair it follows from is named; only when none fits is it inconsistent with the nearest pair.
    const rates = nearestOf(h, "pay-per-soldier", 3);
    const shares = nearestOf(h, "regime-share", 3);
    const rateList = rates.length > 0 ? rates : [consensus("pay-per-soldier")];
    const shareList = shares.length > 0 ? shares : [consensus("regime-share")];
    const tried = rateList.flatMap((r) => {
      const conv = asCurrency(r, h.value.unit);
      return shareList.map((sh) => withNote(takeHomeCheck(h, conv.rate, sh), conv.note));
    });
    const fits = tried.find((k) => k.verdict === "consistent");
    const nearest = tried[0] as Check;
    checks.push(
      fits && fits !== nearest
        ? {
            ...fits,
            detail: `${fits.detail} The article gives more than one pay or share figure; these are the ones the figure follows from.`,
          }
        : nearest,
    );
  }
  for (const c of claims.filter((o) => o.value.alternate)) checks.push(conversionCheck(c));
  for (const [, list] of byArticle) {
    // The force losses are a share of: a whole-force head count no one rejects, never an increase
    // ("3,000 more troops") or the troops of one region.
    const deployed = list.filter(
      (o) =>
        o.kind === "troops-deployed" &&
        o.value.min !== null &&
        o.value.min === o.value.max &&
        (o.scope ?? null) === null &&
        o.stance !== "disputes" &&
        (o.disputedBy ?? null) === null,
    );
    // ... and losses of the whole force: never those of one week, one unit or one place ("about 300 in a
    // single week of fighting").
    const whole = (o: C): boolean => (o.scope ?? null) === null;
    const killed = list.filter((o) => o.kind === "casualties-killed" && whole(o));
    const wounded = list.filter((o) => o.kind === "casualties-wounded" && whole(o));
    const total = list.filter((o) => o.kind === "casualties-total" && whole(o));
    const rate = list.find((o) => o.kind === "casualty-rate") ?? null;
    const casualties = casualtyCount(total, killed, wounded, rate);
    const base =
      deployed.find((d) => [...killed, ...wounded, ...total].some((k) => k.quoteStart === d.quoteStart)) ??
      (casualties ? headCountFor(deployed, casualties) : deployed[0]);
    // ("(about 2,000 + about 1,000) ÷ 101 = 2970.3%": losses above the head count show the two count
    // different things, a ceremony's fallen beside the deployment's dead; no share is computed.)
    const lost = casualties?.reduce((n, c) => n + (c.value.min ?? 0), 0) ?? 0;
    if (base && casualties && lost <= (base.value.min ?? 0)) {
      checks.push(casualtyRateCheck(base, casualties, rate));
    }
  }
  // The corpus-wide fallback for a yearly projection is the same for every rotation: found once.
  const anyYearly = claims.find((o) => o.kind === "troops-projected" && o.value.per === "year") ?? null;
  for (const r of claims.filter((c) => c.kind === "context" && c.value.unit === "month")) {
    const list = byArticle.get(r.article) ?? [];
    // The head count that rotates is a count of soldiers, not a yearly figure ("could send 30,000 a
    // year, rotating 10,000 every four months"): the nearest before the period, else the first after.
    const heads = list.filter(
      (o) =>
        (o.kind === "troops-projected" || o.kind === "troops-deployed") &&
        o.quoteStart === r.quoteStart &&
        o.value.min !== null &&
        o.value.per === null,
    );
    const head = heads.findLast((o) => o.figureStart < r.figureStart) ?? heads[0];
    if (!head) continue;
    const yearly = list.find((o) => o.kind === "troops-projected" && o.value.per === "year") ?? anyYearly;
    checks.push(rotationCheck(head, r, yearly));
  }
  return checks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A check between amounts in two currencies, which the site does not convert for arithmetic.
 *
 * @param base The check's id, type, title and the claim it is set against.
 * @param rate The per-soldier pay.
 * @param against The claim checked.
 * @param share The regime's share, when the check uses one.
 * @returns A check that says it cannot be made, and why.
 */
function otherCurrency(
  base: Pick<Check, "id" | "type" | "title" | "against">,
  rate: C,
  against: C,
  share: C | null = null,
): Check {
  const name = (code: string): string => CURRENCY_BY_CODE.get(code)?.name ?? code;
  return {
    ...base,
    inputs: [rate.id, ...(share ? [share.id] : [])],
    formula:
      base.type === "take-home-vs-share"
        ? "pay × (100% − regime share) × months"
        : "pay per soldier × head count × period",
    computed: { min: null, max: null, unit: against.value.unit },
    verdict: "not-checkable",
    detail: `The figure is in ${name(against.value.unit)} and the pay per soldier in ${name(rate.value.unit)}; the site does not convert between currencies for this arithmetic.`,
  };
}

/** Words of a conversion that make it approximate: "(about $2,000)". */
const HEDGED_CONVERSION =
  /\b(?:about|around|roughly|approximately|some|nearly|almost|close to|over|more than|less than|under)\b/i;

/**
 * A pay figure in the currency of the figure it is checked against, when its own article converts it
 * ("2.8 million won (about $2,000) a month" against a take-home in dollars): the article's conversion,
 * said in the check, rather than no check at all.
 *
 * @param rate The pay figure, or null.
 * @param unit The other figure's currency.
 * @returns The pay figure to use, and a sentence for the check's detail when it was converted.
 */
function asCurrency(rate: C | null, unit: string): { rate: C | null; note: string } {
  const alt = rate?.value.alternate;
  if (!rate || !alt || rate.value.unit === unit || alt.unit !== unit || (alt.min === null && alt.max === null)) {
    return { rate, note: "" };
  }
  const { alternate: _, ...value } = rate.value;
  return {
    rate: {
      ...rate,
      value: {
        ...value,
        min: alt.min,
        max: alt.max,
        unit: alt.unit,
        approx: rate.value.approx || HEDGED_CONVERSION.test(alt.text),
      },
    },
    note: `The pay, ${rate.figure}, is taken as its own article converts it: ${alt.text}.`,
  };
}

/**
 * A check with a sentence added to its detail.
 *
 * @param k The check.
 * @param note The sentence, or "".
 * @returns The check.
 */
function withNote(k: Check, note: string): Check {
  return note === "" || k.verdict === "not-checkable" ? k : { ...k, detail: `${k.detail} ${note}` };
}

/**
 * Multiplies an interval by a factor interval (bounds may be open).
 *
 * @param a Interval.
 * @param b Interval.
 * @returns Product interval.
 */
function mul(a: Interval, b: Interval): Interval {
  return {
    min: a.min === null || b.min === null ? null : a.min * b.min,
    max: a.max === null || b.max === null ? null : a.max * b.max,
  };
}

/**
 * How a quoted figure fits a computed one: the verdict, by how much it is off, whether only within the
 * margin for rounded figures, and whether a bound is involved (the quoted one, or the computed one, and
 * then whether the quoted figure is its end).
 */
interface Fit {
  verdict: Check["verdict"];
  off: string;
  close: boolean;
  bound?: "within" | "partly" | "computed";
  end?: "lowest" | "highest";
}

/**
 * Compares a computed interval with a quoted claim.
 *
 * @param computed Computed interval.
 * @param quoted Quoted value.
 * @param approx Whether the quoted value is approximate.
 * @returns Verdict and detail.
 */
function verdict(computed: Interval, quoted: Interval, approx: boolean): Fit {
  // Within the margin for rounded figures, but not on the values as written: said so, not "matches".
  if (overlaps(widen(computed, true), widen(quoted, approx))) {
    const close = !overlaps(computed, quoted);
    // "up to $500 million" fits any smaller total: a bound does not match a value, it admits it.
    if (!close && (quoted.min === null || quoted.max === null)) {
      const within =
        (quoted.min === null || (computed.min !== null && computed.min >= quoted.min)) &&
        (quoted.max === null || (computed.max !== null && computed.max <= quoted.max));
      return { verdict: "consistent", off: "", close, bound: within ? "within" : "partly" };
    }
    // "at least $1,500 a month" × 10% is at least $150: a computed bound admits a value, it does not match it.
    if (!close && (computed.min === null || computed.max === null)) {
      const end = computed.min ?? computed.max;
      const atEnd = quoted.min !== null && quoted.min === quoted.max && quoted.min === end;
      if (atEnd)
        return {
          verdict: "consistent",
          off: "",
          close,
          bound: "computed",
          end: computed.min !== null ? "lowest" : "highest",
        };
      return { verdict: "consistent", off: "", close, bound: "computed" };
    }
    return { verdict: "consistent", off: "", close };
  }
  return { verdict: "inconsistent", close: false, off: howFarOff(computed, quoted) };
}

/**
 * How far a quoted figure lies from a computed one it does not meet, measured from the nearest end of
 * each: "$2,000" against "$0–$420" is 4.8 times the highest value computed, never "Infinity times" its
 * lowest.
 *
 * @param computed The computed interval.
 * @param quoted The quoted interval.
 * @returns Words.
 */
export function howFarOff(computed: Interval, quoted: Interval): string {
  const single = computed.min !== null && computed.min === computed.max;
  const cHigh = computed.max ?? computed.min ?? 0;
  const cLow = computed.min ?? computed.max ?? 0;
  const qLow = quoted.min ?? quoted.max ?? 0;
  const qHigh = quoted.max ?? quoted.min ?? 0;
  if (qLow > cHigh) {
    const what = single ? "the computed one" : "the highest value computed";
    return cHigh > 0
      ? `the quoted figure is ${(qLow / cHigh).toFixed(1)} times ${what}`
      : "the quoted figure is above every value computed";
  }
  const what = single ? "the computed one" : "the lowest value computed";
  return cLow > 0
    ? `the quoted figure is ${Math.round((1 - qHigh / cLow) * 100)}% below ${what}`
    : "the quoted figure is below every value computed";
}

/**
 * How a consistent quoted figure stands to the computed one, in words.
 *
 * @param v The verdict (with `bound` when the quoted figure is an open bound that admits the computed one).
 * @param quoted The quoted figure in words.
 * @param computed What it is set against ("the product", "the computed range").
 * @returns A sentence.
 */
function agreement(v: Pick<Fit, "close" | "bound" | "end">, quoted: string, computed: string): string {
  if (v.bound === "computed" && v.end)
    return `${upperFirst(computed)} is only a bound, because an input is one, and the quoted ${quoted} is its end: what the figures give at their ${v.end}.`;
  if (v.bound === "computed")
    return `${upperFirst(computed)} is only a bound, because an input is one, and the quoted ${quoted} lies within it: the figures do not contradict each other, but a bound does not confirm a value.`;
  if (v.bound)
    return `The quoted ${quoted} is a bound, and ${computed} lies ${v.bound === "within" ? "within it" : "partly within it"}: the figures do not contradict each other, but a bound does not confirm a value.`;
  return v.close
    ? `The quoted ${quoted} is within ${APPROX_TOLERANCE * 100}% of ${computed}, the margin allowed for rounded figures.`
    : `The quoted ${quoted} matches ${computed}.`;
}

/**
 * An amount as written in a formula: one sum, or the span or bound of a range.
 *
 * @param i Interval.
 * @param unit Unit.
 * @returns Text such as "$2,000", "$1,500–$2,000", "up to $2,500".
 */
function amountText(i: Interval, unit: Unit): string {
  return i.min !== null && i.min === i.max ? formatAmount(i.min, unit) : span(i, unit);
}

/**
 * How many of a rate's periods the period of a total holds, written as the formula multiplies by them:
 * "× 30 days" for a day's pay over a month, "× 12 months" for a month's over a year, "÷ 12" for a year's
 * over a month; "" when the periods are the same.
 *
 * @param factor Rate periods per period of the total.
 * @param ratePer The rate's period (a month when none is written).
 * @returns Text.
 */
function periodsText(factor: number, ratePer: keyof typeof MONTHS | null): string {
  if (Math.abs(factor - 1) < 1e-9) return "";
  const round = (x: number): string => Number(x.toFixed(2)).toLocaleString("en-US");
  return factor > 1 ? ` × ${round(factor)} ${ratePer ?? "month"}s` : ` ÷ ${round(1 / factor)}`;
}

/**
 * Writes an interval in words.
 *
 * @param i Interval.
 * @param unit Unit.
 * @returns Text.
 */
function span(i: Interval, unit: Unit): string {
  return formatValue({ min: i.min, max: i.max, unit, per: null, approx: false });
}

/** The formula of a total against pay per soldier, in words, when it cannot be worked out. */
const TOTAL_FORMULA = "pay per soldier × head count × period";
/** The formula of a take-home figure against the pay and the regime's share, in words. */
const TAKE_HOME_FORMULA = "pay × (100% − regime share) × months";

/**
 * A check that cannot be made, with what it would compute and why not.
 *
 * @param base The check's id, type, title and figure.
 * @param inputs The claims it would take.
 * @param formula The formula in words.
 * @param unit The unit of what it would compute.
 * @param detail Why it cannot be made.
 * @returns The check.
 */
function untestable<B extends object>(
  base: B,
  inputs: string[],
  formula: string,
  unit: Unit,
  detail: string,
): B & Pick<Check, "inputs" | "formula" | "computed" | "verdict" | "detail"> {
  return { ...base, inputs, formula, computed: { min: null, max: null, unit }, verdict: "not-checkable", detail };
}

/**
 * A total against per-soldier pay × head count × period.
 *
 * @param t The total.
 * @param rate A per-soldier pay claim, or null.
 * @param all The lowest and highest point head counts of the deployment (for a total that names none).
 * @returns The check.
 */
function totalCheck(t: C, rate: C | null, all: readonly C[], own = false): Check {
  const id = `total-vs-rate-${t.id}`;
  const base = {
    id,
    type: "total-vs-rate" as const,
    title: `Is ${formatValue(t.value)} what the per-soldier pay adds up to?`,
    against: t.id,
  };
  if (!rate || rate.value.min === null) {
    return untestable(base, [], TOTAL_FORMULA, t.value.unit, "No per-soldier pay figure to multiply.");
  }
  // A product in one currency is never set against a total in another ("$2,000 × 12,000 soldiers" is
  // not 288 million won): the check says it cannot be made instead of printing a wrong ratio.
  if (rate.value.unit !== t.value.unit) return otherCurrency(base, rate, t);
  // ("roughly $11,800 per soldier for the 11,000 sent in the first wave": a sum with no period is no rate
  // to multiply by months, unless the total is worked out from it in its own sentence.)
  if (rate.value.per === null && !(t.basis && t.value.per === null)) {
    return untestable(
      base,
      [rate.id],
      TOTAL_FORMULA,
      t.value.unit,
      `The per-soldier figure, ${formatValue(rate.value)}, gives no period (a month, a year or a whole tour), so what it adds up to cannot be told.`,
    );
  }
  // "at least $1,500 a month" keeps its open end: the product is a bound too.
  const r: Interval = { min: rate.value.min, max: rate.value.max };
  if (t.basis) {
    const months = t.value.per && rate.value.per ? MONTHS[t.value.per] / MONTHS[rate.value.per] : 1;
    const computed = mul(mul(r, { min: t.basis.count, max: t.basis.count }), { min: months, max: months });
    const v = verdict(computed, t.value, t.value.approx);
    const formula = `${formatValue({ ...rate.value, approx: false })} × ${t.basis.count.toLocaleString("en-US")} soldiers${periodsText(months, rate.value.per)} = ${span(computed, t.value.unit)}${t.value.per ? ` a ${t.value.per}` : ""}`;
    return {
      ...base,
      inputs: [rate.id],
      formula,
      computed: { ...computed, unit: t.value.unit },
      verdict: v.verdict,
      detail:
        (v.verdict === "consistent"
          ? agreement(v, formatValue(t.value), "the product")
          : `Quoted ${formatValue(t.value)}; ${v.off}.`) + derivedNote(t, rate),
    };
  }
  // No head count in the sentence: use the range of point head counts the articles report, over a year.
  const heads = all.map((c) => c.value.min as number);
  if (heads.length === 0) {
    return untestable(
      base,
      [rate.id],
      TOTAL_FORMULA,
      t.value.unit,
      "The total names no head count and no head count is reported.",
    );
  }
  const lo = heads.reduce((a, b) => Math.min(a, b), Infinity);
  const hi = heads.reduce((a, b) => Math.max(a, b), -Infinity);
  const perMonth = rate.value.per ? 1 / MONTHS[rate.value.per] : 1;
  // "Over two years, … $672 million": the stretch the total's sentence names, else a year.
  const stretch = t.value.per ? null : SEVERAL_PERIODS.exec(t.quote);
  const count = stretch?.[1] ? parseNumber(stretch[1]) : null;
  const spanMonths = count !== null && stretch?.[2] ? count * (/^year/i.test(stretch[2]) ? 12 : 1) : null;
  const months = t.value.per ? MONTHS[t.value.per] : (spanMonths ?? 12);
  const computed = mul(r, { min: lo * perMonth * months, max: hi * perMonth * months });
  const v = verdict(computed, t.value, t.value.approx);
  const inputs = [
    ...new Set([
      rate.id,
      ...[all.find((c) => c.value.min === lo), all.find((c) => c.value.min === hi)]
        .filter((c): c is C => c !== undefined)
        .map((c) => c.id),
    ]),
  ];
  return {
    ...base,
    inputs,
    formula: `${amountText(r, rate.value.unit)} a ${rate.value.per ?? "month"} × ${lo === hi ? lo.toLocaleString("en-US") : `${lo.toLocaleString("en-US")}–${hi.toLocaleString("en-US")}`} soldiers${periodsText(perMonth * months, rate.value.per) || ` × 1 ${rate.value.per ?? "month"}`} = ${span(computed, t.value.unit)}${t.value.per ? ` a ${t.value.per}` : spanMonths !== null ? "" : " a year"}`,
    computed: { ...computed, unit: t.value.unit },
    verdict: v.verdict,
    detail: `The total gives no head count${t.value.per || spanMonths !== null ? "" : " or period"}; this takes ${own ? "the head count its own article reports" : "the reported head counts"} over ${spanMonths !== null ? `the ${stretch?.[0].replace(/^\w+\s+/, "")} its sentence names` : `a ${t.value.per ?? "year"}`}. ${v.verdict === "consistent" ? agreement(v, formatValue(t.value), "the computed range") : `Quoted ${formatValue(t.value)}; ${v.off}.`}`,
  };
}

/**
 * A total the sentence works out from the rate it multiplies ("$2,000 a month, which translates
 * to $22 million for 11,000 troops") is the outlet's own arithmetic on the credited figures, not a
 * figure the credited source gave; a check of it can only confirm the sum. A total merely stated
 * beside a rate ("shelling out a total of $20m") may be the source's own, so nothing is said.
 *
 * @param t The total.
 * @param rate The rate.
 * @returns A sentence to add to the detail, or "".
 */
function derivedNote(t: C, rate: C): string {
  if (!t.basis || t.quoteStart !== rate.quoteStart || rate.figureStart > t.figureStart) return "";
  const between = t.quote.slice(rate.figureStart + rate.figure.length - t.quoteStart, t.figureStart - t.quoteStart);
  if (!DERIVATION_CUE.test(between)) return "";
  return ` The total is the outlet's arithmetic in the same sentence: ${formatValue({ ...rate.value, approx: false })} × ${t.basis.text}; it shows the sum is right, not that the source gave the total.`;
}

/**
 * A take-home figure against pay × (100% − regime share), over the take-home's period.
 *
 * @param h The take-home claim.
 * @param rate Per-soldier pay, or null.
 * @param share Regime share, or null.
 * @returns The check.
 */
function takeHomeCheck(h: C, rate: C | null, share: C | null): Check {
  const id = `take-home-vs-share-${h.id}`;
  const base = {
    id,
    type: "take-home-vs-share" as const,
    title: `Does ${formatValue(h.value)} follow from the pay and the regime's share?`,
    against: h.id,
  };
  if (!rate || !share) {
    return untestable(
      base,
      [rate?.id, share?.id].filter((x): x is string => x !== undefined),
      TAKE_HOME_FORMULA,
      h.value.unit,
      !rate && !share
        ? "No article gives a pay figure or a regime share."
        : !rate
          ? "No article gives a pay figure."
          : "No article gives a regime share.",
    );
  }
  if (rate.value.unit !== h.value.unit) return otherCurrency(base, rate, h, share);
  // (A per-soldier sum that gives no period is no pay to take a share of by the month: see totalCheck.)
  if (rate.value.per === null) {
    return untestable(
      base,
      [rate.id, share.id],
      TAKE_HOME_FORMULA,
      h.value.unit,
      `The pay figure, ${formatValue(rate.value)}, gives no period (a month, a year or a whole tour), so what is left of it by the month cannot be told.`,
    );
  }
  const remainder: Interval = { min: 100 - (share.value.max ?? 100), max: 100 - (share.value.min ?? 0) };
  // "up to $2,500 a month" or "at least $1,500" keeps its open end: what is left is a bound too.
  const r: Interval = { min: rate.value.min, max: rate.value.max };
  // A take-home figure that states no period is tried as a year's pay and as a month's; the check says
  // which one it matches, if any, rather than assume one.
  const tries = (h.value.per ? [h.value.per] : (["year", "month"] as const)).map((per) => {
    const months = MONTHS[per] / (rate.value.per ? MONTHS[rate.value.per] : 1);
    const computed = mul(mul(r, { min: (remainder.min ?? 0) / 100, max: (remainder.max ?? 100) / 100 }), {
      min: months,
      max: months,
    });
    return { per, months, computed, v: verdict(computed, h.value, h.value.approx) };
  });
  const matching = tries.filter((t) => t.v.verdict === "consistent");
  const { per, months, computed, v } = matching[0] ?? (tries[0] as (typeof tries)[number]);
  const periodNote = h.value.per
    ? ""
    : matching.length === 0
      ? " The take-home figure states no period; it matches neither as a year's pay nor as a month's."
      : matching.length === 1
        ? ` The take-home figure states no period; it matches as a ${per}'s pay, not as a ${tries.find((t) => t !== matching[0])?.per}'s.`
        : " The take-home figure states no period; it matches both as a year's pay and as a month's.";
  return {
    ...base,
    inputs: [rate.id, share.id],
    formula: `${amountText(r, rate.value.unit)}${periodsText(months, rate.value.per) && rate.value.per ? ` a ${rate.value.per}` : ""} × (100% − ${formatValue(share.value)}) = ${amountText(r, rate.value.unit)} × ${remainder.min === remainder.max ? `${remainder.min}%` : `${remainder.min}%–${remainder.max}%`}${periodsText(months, rate.value.per)} = ${span(computed, h.value.unit)} a ${per}`,
    computed: { ...computed, unit: h.value.unit },
    verdict: v.verdict,
    detail:
      (v.verdict === "consistent"
        ? agreement(v, formatValue(h.value), "the computed range")
        : `Quoted ${formatValue(h.value)}; ${v.off}.`) + periodNote,
  };
}

/**
 * A bracketed conversion against the reference exchange rates of its year (or of every year when undated).
 *
 * @param c Claim with an alternate value.
 * @returns The check.
 */
function conversionCheck(c: C): Check {
  const alt = c.value.alternate;
  const id = `conversion-${c.id}`;
  const base = {
    id,
    type: "conversion" as const,
    title: `Is ${alt?.text ?? "the conversion"} a plausible conversion of ${formatValue({ ...c.value, per: null })}?`,
    against: c.id,
    inputs: [] as string[],
  };
  // Units of each currency per US dollar, by year: "2.7 million won (about $2,000)" is checked as
  // "$20m (£15.5m)" is, each currency against the dollar.
  const perUsd = (code: string): Readonly<Record<number, number>> | undefined =>
    code === "USD" ? undefined : REFERENCE_RATES[code];
  const fromTable = perUsd(c.value.unit);
  const toTable = alt ? perUsd(alt.unit) : undefined;
  // The years that have a rate for both currencies (none when a currency has no rate at all).
  const years =
    alt && alt.unit !== c.value.unit && (c.value.unit === "USD" || fromTable) && (alt.unit === "USD" || toTable)
      ? Object.keys(toTable ?? fromTable ?? {})
          .map(Number)
          .filter(
            (y) =>
              (fromTable === undefined || fromTable[y] !== undefined) &&
              (toTable === undefined || toTable[y] !== undefined),
          )
      : [];
  const from = c.value.min ?? c.value.max;
  const to = alt?.min ?? alt?.max ?? null;
  if (!alt || years.length === 0 || from === null || to === null) {
    return {
      ...base,
      formula: "converted ÷ original",
      computed: { min: null, max: null, unit: alt?.unit ?? c.value.unit },
      verdict: "not-checkable",
      detail: "No reference rate for this pair of currencies.",
    };
  }
  const year = c.asOf ? Number(c.asOf.slice(0, 4)) : null;
  // A currency whose rate moved far within a year is plausible anywhere between the year's lowest and
  // highest rate: units of the converted currency per unit of the original, at both ends.
  const span = (code: string, y: number): readonly [number, number] => {
    const one = code === "USD" ? 1 : (REFERENCE_RATES[code]?.[y] ?? 1);
    return REFERENCE_RATE_RANGES[code]?.[y] ?? [one, one];
  };
  const ends = (y: number): [number, number] => {
    const [fromLo, fromHi] = span(c.value.unit, y);
    const [toLo, toHi] = span(alt.unit, y);
    return [toLo / fromHi, toHi / fromLo];
  };
  const chosen = (year !== null && years.includes(year) ? [year] : years).map(ends);
  const ranged =
    year !== null &&
    (REFERENCE_RATE_RANGES[c.value.unit]?.[year] ?? REFERENCE_RATE_RANGES[alt.unit]?.[year]) !== undefined;
  const lo = Math.min(...chosen.map((e) => e[0])) * (1 - CONVERSION_TOLERANCE);
  const hi = Math.max(...chosen.map((e) => e[1])) * (1 + CONVERSION_TOLERANCE);
  const implied = to / from;
  // "roughly €1,900 (about $2,000)": an amount or conversion written as approximate is rounded, so the
  // range it must meet is widened once more by the same tolerance.
  const rounded = c.value.approx || extractQuantities(alt.text)[0]?.approx === true;
  const within = implied >= lo && implied <= hi;
  const wideLo = lo * (1 - CONVERSION_TOLERANCE);
  const wideHi = hi * (1 + CONVERSION_TOLERANCE);
  const ok = within || (rounded && implied >= wideLo && implied <= wideHi);
  // A rate below one is written the other way up ("1,364 KRW per USD", not "0.001 USD per KRW").
  const flip = hi < 0.1;
  const show = (x: number): string => (flip ? 1 / x : x).toFixed(3);
  const per = flip ? `${c.value.unit} per ${alt.unit}` : `${alt.unit} per ${c.value.unit}`;
  const [a, b] = flip
    ? [formatAmount(from, c.value.unit), formatAmount(to, alt.unit)]
    : [formatAmount(to, alt.unit), formatAmount(from, c.value.unit)];
  return {
    ...base,
    formula: `${a} ÷ ${b} = ${show(implied)} ${per}`,
    computed: { min: from * lo, max: from * hi, unit: alt.unit },
    verdict: ok ? "consistent" : "inconsistent",
    detail: `${year === null ? "Reference rates for 2022–2026 (the article is undated) give" : ranged ? `The reference rates for ${year} (the year's lowest and highest) give` : `The reference rate for ${year} gives`} ${flip ? `${show(hi)}–${show(lo)}` : `${show(lo)}–${show(hi)}`} ${per}; the implied ${show(implied)} is ${within ? "within" : "outside"} that range${
      within || !ok
        ? ""
        : `, but the figures are written as approximate, and the range widened by another ${Math.round(CONVERSION_TOLERANCE * 100)}% for rounding, ${flip ? `${show(wideHi)}–${show(wideLo)}` : `${show(wideLo)}–${show(wideHi)}`}, holds it`
    }.`,
  };
}

/**
 * The one casualty count of an article that a rate can be worked out from: its total, or its killed
 * and wounded added when one sentence (or one source) gives both. Two totals are two estimates, never
 * a sum; killed alone are not casualties. When the article does not say which count is meant, none.
 *
 * @param total The article's casualty totals.
 * @param killed Its killed counts.
 * @param wounded Its wounded counts.
 * @param rate The rate it quotes, if any.
 * @returns The figures to add, or null.
 */
function casualtyCount(total: readonly C[], killed: readonly C[], wounded: readonly C[], rate: C | null): C[] | null {
  if (total.length > 0) {
    const pinned =
      total.find((t) => rate !== null && t.quoteStart === rate.quoteStart) ??
      (total.length === 1 ? total[0] : undefined);
    return pinned ? [pinned] : null;
  }
  for (const k of killed) {
    const w = wounded.find((o) => o.quoteStart === k.quoteStart);
    if (w) return [k, w];
  }
  const [k] = killed;
  const [w] = wounded;
  if (killed.length === 1 && wounded.length === 1 && k && w && k.attributedTo?.id === w.attributedTo?.id) return [k, w];
  return null;
}

/**
 * The head count losses are a share of when no sentence gives both: of those dated not after the losses,
 * the losses' own source's first, then the latest ("about 14,000" in February for losses counted in March,
 * not the 11,000 of November); when the dates do not tell, the last one the article gives before the losses.
 *
 * @param deployed The article's whole-force head counts, in text order.
 * @param casualties The losses.
 * @returns The head count, or undefined when there is none.
 */
function headCountFor(deployed: readonly C[], casualties: readonly C[]): C | undefined {
  const lossDates = casualties.map((k) => k.asOf).filter((x): x is string => x !== null && x !== undefined);
  const lossDate = lossDates.length === casualties.length ? lossDates.sort().at(-1) : undefined;
  const first = Math.min(...casualties.map((k) => k.quoteStart));
  const sources = new Set(casualties.map((k) => k.attributedTo?.id ?? null));
  // ("only about 8,000 … remained at the front": those left, not the force the losses came from.)
  const dated =
    lossDate === undefined
      ? []
      : deployed.filter(
          (d) =>
            d.asOf !== null &&
            d.asOf !== undefined &&
            d.asOf <= lossDate &&
            !/\b(?:remain(?:s|ed|ing)?|left|still\s+(?:there|at|in|fighting))\b/i.test(d.quote),
        );
  if (dated.length > 0) {
    // The losses' own source first, then the latest date, then the last given before the losses.
    const rank = (d: C): [number, string, number, number] => [
      sources.has(d.attributedTo?.id ?? null) ? 1 : 0,
      d.asOf ?? "",
      d.quoteStart < first ? 1 : 0,
      d.quoteStart,
    ];
    return [...dated].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || x[2] - y[2] || x[3] - y[3];
    })[dated.length - 1];
  }
  return deployed.filter((d) => d.quoteStart < first).at(-1) ?? deployed[0];
}

/**
 * Casualties as a share of the deployed head count.
 *
 * @param deployed The head count.
 * @param casualties Killed and wounded (or total) claims.
 * @param quotedRate A quoted casualty rate, or null.
 * @returns The check.
 */
function casualtyRateCheck(deployed: C, casualties: readonly C[], quotedRate: C | null): Check {
  const sum = casualties.reduce(
    (acc, c) => ({ min: acc.min + (c.value.min ?? 0), max: acc.max + (c.value.max ?? c.value.min ?? 0) }),
    { min: 0, max: 0 },
  );
  const d = deployed.value.min ?? 1;
  const computed = {
    min: Math.round((sum.min / d) * 1000) / 10,
    max: Math.round((sum.max / d) * 1000) / 10,
    unit: "percent" as const,
  };
  const formula = `(${casualties.map((c) => formatValue(c.value).replace(/ people$/, "")).join(" + ")}) ÷ ${d.toLocaleString("en-US")} = ${computed.min === computed.max ? `${computed.min}%` : `${computed.min}%–${computed.max}%`}`;
  const id = `casualty-rate-${deployed.id}`;
  if (!quotedRate) {
    return {
      id,
      type: "casualty-rate",
      title: `What share of the ${d.toLocaleString("en-US")} soldiers are casualties?`,
      inputs: [deployed.id, ...casualties.map((c) => c.id)],
      against: null,
      formula,
      computed,
      verdict: "not-checkable",
      detail: "No casualty rate is quoted to check against; the computed rate is shown for reading.",
    };
  }
  const v = verdict(computed, quotedRate.value, quotedRate.value.approx);
  return {
    id,
    type: "casualty-rate",
    title: `Does ${formatValue(quotedRate.value)} match casualties ÷ deployed?`,
    inputs: [deployed.id, ...casualties.map((c) => c.id)],
    against: quotedRate.id,
    formula,
    computed,
    verdict: v.verdict,
    detail: v.verdict === "consistent" ? agreement(v, "rate", "the computed one") : v.off,
  };
}

/**
 * A yearly projection against head count × rotations a year, with and without the first contingent.
 *
 * @param head The head count that rotates.
 * @param rotation The rotation period in months.
 * @param yearly The yearly projection, or null.
 * @returns The check.
 */
function rotationCheck(head: C, rotation: C, yearly: C | null): Check {
  const h = head.value.min ?? 0;
  const shortest = rotation.value.min ?? rotation.value.max ?? 1;
  const longest = rotation.value.max ?? shortest;
  const strict = { min: (h * 12) / longest, max: (h * 12) / shortest };
  const withFirst = { min: strict.min + h, max: strict.max + h };
  const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
  // One number when the ends are the same: "every 4 months", "= 30,000 a year", never "4–4" or "30,000–30,000".
  const range = (a: string, b: string): string => (a === b ? a : `${a}–${b}`);
  const formula = `${fmt(h)} × 12 ÷ ${range(String(longest), String(shortest))} months = ${range(fmt(strict.min), fmt(strict.max))} a year; counting the first contingent too: ${range(fmt(withFirst.min), fmt(withFirst.max))}`;
  const id = `rotation-${rotation.id}`;
  const base = {
    id,
    type: "rotation" as const,
    title: `How many soldiers a year does rotating ${fmt(h)} every ${range(String(shortest), String(longest))} months give?`,
    inputs: [head.id, rotation.id],
    formula,
    computed: { min: strict.min, max: withFirst.max, unit: "people" as const },
  };
  if (!yearly)
    return { ...base, against: null, verdict: "not-checkable", detail: "No yearly projection to set it beside." };
  const q: Interval = { min: yearly.value.min, max: yearly.value.max };
  const strictOk = overlaps(strict, widen(q, yearly.value.approx));
  const firstOk = overlaps(withFirst, widen(q, yearly.value.approx));
  return {
    ...base,
    against: yearly.id,
    verdict: strictOk || firstOk ? "consistent" : "inconsistent",
    detail: strictOk
      ? `${formatValue(yearly.value)} fits the rotation arithmetic.`
      : firstOk
        ? `${formatValue(yearly.value)} is above the ${range(fmt(strict.min), fmt(strict.max))} that rotation alone gives, and fits only when the first contingent is counted as well.`
        : `${formatValue(yearly.value)} lies outside both readings.`,
  };
}

/** A range whose high end is more than this many times its low end validates almost anything. */
export const TOO_WIDE_RATIO = 3;

/** What qualifying a check reads of a claim. */
type Qualified = Pick<Claim, "id" | "article" | "value" | "scope" | "vague" | "figure" | "attributedTo" | "disputedBy">;

/**
 * Whether an interval is too wide to test against: high end over three times the low end.
 *
 * @param i Interval.
 * @returns True when it is.
 */
export function tooWide(i: Interval): boolean {
  return i.min !== null && i.max !== null && i.min > 0 && i.max > TOO_WIDE_RATIO * i.min;
}

/**
 * Makes a check say what it can and cannot show: inputs drawn from several articles or origins
 * are named in its title and detail; figures of different scopes, or a figure set against one
 * its own source disputes, are not comparable; a range too wide to fail is not "consistent".
 *
 * @param k The check as computed.
 * @param byId Claims by id.
 * @param originOf The origin of a claim (key and label).
 * @param relationNotes Editors' notes on pairs of claims, keyed by the two ids sorted and joined by "|".
 * @returns The check.
 */
export function qualifyCheck(
  k: Check,
  byId: ReadonlyMap<string, Qualified>,
  originOf: (id: string) => { key: string; label: string },
  relationNotes: ReadonlyMap<string, string>,
): Check {
  const ids = [...new Set([...k.inputs, ...(k.against ? [k.against] : [])])];
  const used = ids.map((id) => byId.get(id)).filter((c): c is Qualified => c !== undefined);
  const articles = [...new Set(used.map((c) => c.article))].sort();
  const origins = [...new Map(used.map((c) => [originOf(c.id).key, originOf(c.id).label])).values()];
  let title = k.title;
  let detail = k.detail;
  const mixed: string[] = [];
  if (articles.length > 1) mixed.push(`${articles.length} articles`);
  if (origins.length > 1) mixed.push(`${origins.length} origins`);
  if (mixed.length > 0) {
    title = `${title} (figures from ${mixed.join(" and ")})`;
    detail = `${detail} The figures come from ${articles.length > 1 ? `${articles.length} articles (${articles.join(", ")})` : "one article"}${origins.length > 1 ? ` and ${origins.length} origins (${origins.join("; ")})` : ""}, so the check tests them against one another, not one source's own arithmetic.`;
  }
  const against = k.against ? byId.get(k.against) : undefined;
  const inputs = k.inputs.map((id) => byId.get(id)).filter((c): c is Qualified => c !== undefined);
  const idSet = new Set(ids);
  const notes = [...relationNotes.entries()]
    .filter(([pair]) => pair.split("|").every((id) => idSet.has(id)))
    .map(([, note]) => note);
  const noteText = notes.length > 0 ? ` Editor's note: ${notes.join(" ")}` : "";
  if (against && k.verdict !== "not-checkable") {
    const other = inputs.find((c) => (c.scope ?? "") !== (against.scope ?? ""));
    const disputed = inputs.find((c) => against.attributedTo && c.disputedBy?.id === against.attributedTo.id);
    if (other || disputed) {
      const reasons: string[] = [];
      if (other) {
        reasons.push(
          `${formatValue(against.value)} counts ${against.scope ?? "no narrower scope"}, while ${formatValue(other.value)} counts ${other.scope ?? "no narrower scope"}`,
        );
      }
      if (disputed) {
        reasons.push(
          `${against.attributedTo?.name} disputes the ${formatValue(disputed.value)} it would be checked with`,
        );
      }
      return {
        ...k,
        title,
        verdict: "not-comparable",
        detail: `Not comparable: ${reasons.join("; ")}.${noteText}`,
      };
    }
  }
  if (k.verdict === "consistent") {
    const quotedWide = against && tooWide(against.value) ? against : undefined;
    if (tooWide(k.computed)) {
      const ratio = Math.round((k.computed.max as number) / (k.computed.min as number));
      return {
        ...k,
        title,
        verdict: "too-wide",
        detail: `Too wide to test: the computed range ${span(k.computed, k.computed.unit)} has a high end ${ratio} times its low end, so almost any figure would fit.${noteText}${mixed.length > 0 ? detail.slice(k.detail.length) : ""}`,
      };
    }
    if (quotedWide) {
      const ratio = Math.round((quotedWide.value.max as number) / (quotedWide.value.min as number));
      const words = quotedWide.vague ? `“${quotedWide.figure}”, read as ` : "";
      return {
        ...k,
        title,
        verdict: "too-wide",
        detail: `Too wide to test: the quoted figure, ${words}${formatValue(quotedWide.value)}, has a high end ${ratio} times its low end, so almost any product would fit.${noteText}${mixed.length > 0 ? detail.slice(k.detail.length) : ""}`,
      };
    }
  }
  return { ...k, title, detail: `${detail}${noteText}` };
}
