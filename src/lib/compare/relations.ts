/**
 * How two claims relate, by general rules on their values, scopes, dates and stances,
 * each relation with a sentence that quotes both values.
 */
import { isCurrency, PER_MONTH } from "../schema/vocabulary.ts";
import { MONTH_NAMES } from "../extract/quantities/vocabulary.ts";
import type { Claim } from "../schema/claim.ts";
import { isEventFactKind, kindSpec } from "../schema/kinds.ts";
import { claimValue, count, excludedBounds, formatNumber, vagueWords } from "../format/value.ts";
import { APPROX_TOLERANCE, interval, overlaps, widen, type Interval } from "./tolerance.ts";
import type { RelationType } from "./types.ts";
import { possessive, unattributedWords } from "../format/credit.ts";

/** Days between two as-of dates within which counts are taken to describe the same moment. */
export const SAME_TIME_DAYS = 14;

/** Days past which two dated values of pay or prices may describe different times. */
const YEAR_DAYS = 366;

/** The parts of a claim the rules read. */
export type Comparable = Pick<
  Claim,
  "id" | "article" | "kind" | "value" | "scope" | "asOf" | "attributedTo" | "disputedBy" | "stance" | "figure"
> &
  Partial<
    Pick<
      Claim,
      "asOfSource" | "asOfPrecision" | "during" | "attributedAs" | "basis" | "earlier" | "quoteStart" | "quote"
    >
  > & {
    readonly vague?: boolean;
  };

/**
 * Whether the text gives a figure only to reject it, credited to no one and disputed ("An earlier version of
 * this article said 3,000", "North Korea has not sent 20,000 soldiers, she said"): no one asserts it.
 *
 * @param c The claim.
 * @returns True when no one asserts it.
 */
export function givenOnlyToReject(c: Pick<Claim, "stance" | "attributedTo">): boolean {
  return c.stance === "disputes" && c.attributedTo === null;
}

/**
 * Who gives a claim's figure, in a few words for a sentence: the credited source, else what the
 * article says of a figure it credits to no one (disputed by someone, by itself, or given by someone
 * it cannot name).
 *
 * @param c Claim.
 * @returns Text such as "The Pentagon", "unattributed, disputed by Dana Roe", "“CLAIM”, not identified".
 */
export function creditWords(
  c: Pick<Claim, "attributedTo" | "disputedBy" | "stance"> & { readonly attributedAs?: string | undefined },
): string {
  if (c.attributedTo) return c.attributedTo.name;
  return unattributedWords(c.disputedBy?.name ?? null, c.stance === "disputes", c.attributedAs);
}

/**
 * A value's interval as written, with the bound a "more than" or "fewer than" leaves out marked so.
 *
 * @param c Claim (without its figure as written, no bound is marked).
 * @returns Interval.
 */
function writtenInterval(c: Pick<Claim, "value"> & { readonly figure?: string }): Interval {
  const { minExcluded, maxExcluded } = excludedBounds({ figure: c.figure ?? "", value: c.value });
  return interval(c.value.min, c.value.max, minExcluded, maxExcluded);
}

/**
 * A value's interval in a common period, so that a monthly and a yearly amount compare.
 *
 * @param c Claim.
 * @returns Interval per month for rates, as written otherwise.
 */
export function monthlyInterval(c: Pick<Claim, "value"> & { readonly figure?: string }): Interval {
  const written = writtenInterval(c);
  // Only money is a rate; a head count "over a year" is cumulative and stays as written.
  if (!isMoney(c.value.unit)) return written;
  const f = c.value.per ? PER_MONTH[c.value.per] : 1;
  return {
    ...written,
    min: written.min === null ? null : written.min * f,
    max: written.max === null ? null : written.max * f,
  };
}

/**
 * Whether a unit is a currency.
 *
 * @param unit Unit code.
 * @returns True for currencies.
 */
export function isMoney(unit: string): boolean {
  return isCurrency(unit);
}

/**
 * Whether interval `outer` contains `inner`.
 *
 * @param outer Interval.
 * @param inner Interval.
 * @returns True when it does.
 */
function contains(outer: Interval, inner: Interval): boolean {
  return (outer.min ?? -Infinity) <= (inner.min ?? -Infinity) && (outer.max ?? Infinity) >= (inner.max ?? Infinity);
}

/**
 * Days between two ISO dates.
 *
 * @param a Date.
 * @param b Date.
 * @returns Absolute difference in days.
 */
export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * A claim's as-of date as the article gives it: the day, or only the month ("2024-11") or the year
 * ("2024") when the sentence names no day. The stored day of a month or a year is its first, which
 * no article said.
 *
 * @param c Claim with an as-of date.
 * @param c.asOf The stored date.
 * @param c.asOfPrecision Month or year, when the day is not known.
 * @returns The date in ISO 8601 form, as precise as it is known.
 */
export function asOfText(c: { readonly asOf: string; readonly asOfPrecision?: "month" | "year" | undefined }): string {
  return c.asOfPrecision === "month" ? c.asOf.slice(0, 7) : c.asOfPrecision === "year" ? c.asOf.slice(0, 4) : c.asOf;
}

/**
 * The first and last day an as-of date may stand for: one day, or a whole month or year.
 *
 * @param c Claim with an as-of date.
 * @param c.asOf The stored date.
 * @param c.asOfPrecision Month or year, when the day is not known.
 * @returns Days since 1970 of the first and the last day.
 */
export function dateSpan(c: {
  readonly asOf: string;
  readonly asOfPrecision?: "month" | "year" | undefined;
}): [number, number] {
  const first = Date.parse(`${c.asOf}T00:00:00Z`) / 86_400_000;
  const y = Number(c.asOf.slice(0, 4));
  const m = Number(c.asOf.slice(5, 7));
  if (c.asOfPrecision === "year") return [first, Date.UTC(y, 11, 31) / 86_400_000];
  if (c.asOfPrecision === "month") return [first, Date.UTC(y, m, 0) / 86_400_000];
  return [first, first];
}

/**
 * How far apart two as-of dates may be: at least and at most, in days, counting a month or a year
 * given without its day as every day in it.
 *
 * @param a One claim's date.
 * @param a.asOf Its stored date.
 * @param a.asOfPrecision Its precision.
 * @param b The other's.
 * @param b.asOf Its stored date.
 * @param b.asOfPrecision Its precision.
 * @returns The least and the greatest distance.
 */
export function dateDistance(
  a: { readonly asOf: string; readonly asOfPrecision?: "month" | "year" | undefined },
  b: { readonly asOf: string; readonly asOfPrecision?: "month" | "year" | undefined },
): { min: number; max: number } {
  const [a0, a1] = dateSpan(a);
  const [b0, b1] = dateSpan(b);
  return { min: Math.max(0, a0 - b1, b0 - a1), max: Math.max(a1 - b0, b1 - a0) };
}

/**
 * Describes a claim for an explanation: its value, who said it and when.
 *
 * @param c Claim.
 * @returns Text such as "“around 10,000 people” (The Pentagon, undated)".
 */
export function describe(c: Comparable): string {
  const who = creditWords(c);
  // A figure that is itself a year or an age has no "as of"; a speaker's own past is not the article's
  // date; a date taken from the article (not the sentence) says so.
  const when = isEventFactKind(c.kind)
    ? null
    : c.during
      ? "the speaker's own past"
      : c.asOf === null
        ? "undated"
        : c.asOfSource === "article"
          ? `${c.asOf}, the article's date`
          : c.asOfSource === "editor"
            ? `${c.asOf}, an editor's date`
            : asOfText({ asOf: c.asOf, asOfPrecision: c.asOfPrecision });
  // A vague amount is quoted in its own words: "thousands", not "at least 2,000 people".
  const value = c.vague ? `“${vagueWords(c.figure)}”` : claimValue(c);
  if (when === null) return `${value} (${who})`;
  return `${value} (${who}, ${when})`;
}

/**
 * The sentence a claim comes from, as a key: its article and the sentence's offset.
 *
 * @param c The claim.
 * @returns The key.
 */
export function sentenceKey(c: Pick<Comparable, "article" | "quoteStart">): string {
  return `${c.article}@${c.quoteStart}`;
}

/**
 * Of two claims of one sentence of one article, the one the sentence gives as the earlier value the
 * other replaces ("up from 11,000"), when exactly one of them is.
 *
 * @param a One claim.
 * @param b The other.
 * @returns The earlier claim, or null.
 */
export function replacedInSentence(
  a: Pick<Comparable, "article" | "earlier" | "quoteStart">,
  b: Pick<Comparable, "article" | "earlier" | "quoteStart">,
): typeof a | null {
  if (a.article !== b.article || a.quoteStart === undefined || a.quoteStart !== b.quoteStart) return null;
  if (a.earlier === b.earlier) return null;
  return a.earlier ? a : b;
}

/**
 * A month that dates when a figure was given, not what it counts: "said in June that", "told lawmakers in
 * March", "In June, the agency said".
 */
const SAID_IN_MONTH = new RegExp(
  String.raw`\b(?:said|says|told|estimated|reported|announced|stated|put|gave|briefed)\s+(?:[\w’'-]+\s+){0,3}?(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:${MONTH_NAMES})(?:\s+\d{4})?\s+that\b|^\W*In\s+(?:early\s+|late\s+|mid-)?(?:${MONTH_NAMES})(?:\s+\d{4})?,\s+(?:[\w’'.-]+\s+){1,8}?(?:said|told|estimated|reported|announced|stated)\b`,
);

/** Kinds of money paid by the period, whose amount without a period may be a month's or a year's. */
const PERIODIC_MONEY: ReadonlySet<string> = new Set([
  "pay-per-soldier",
  "soldier-take-home",
  "domestic-wage",
  "pay-total",
]);

/**
 * Whether two sums of money paid by the period both leave the period out, so that one may be a month's and
 * the other a year's.
 *
 * @param a One claim.
 * @param b The other, of the same kind.
 * @returns True when neither states a period.
 */
export function neitherStatesAPeriod(a: Pick<Comparable, "kind" | "value">, b: Pick<Comparable, "value">): boolean {
  return isMoney(a.value.unit) && a.value.per === null && b.value.per === null && PERIODIC_MONEY.has(a.kind);
}

/**
 * Whether of two totals paid one names no head count, so that they may total different forces.
 *
 * @param a One claim.
 * @param b The other, of the same kind.
 * @returns True when a total paid lacks its head count.
 */
export function totalNamesNoHeadCount(
  a: Pick<Comparable, "kind"> & { readonly basis?: Comparable["basis"] | undefined },
  b: { readonly basis?: Comparable["basis"] | undefined },
): boolean {
  return a.kind === "pay-total" && (!a.basis || !b.basis);
}

/**
 * Whether a later count may be its source's earlier figure repeated: both are one source's, and only its
 * article dates the later one.
 *
 * @param early The earlier count.
 * @param late The later count.
 * @returns True when the dates cannot tell a repetition from a revision.
 */
export function mayRepeatEarlier(
  early: Pick<Comparable, "attributedTo">,
  late: Pick<Comparable, "attributedTo" | "asOfSource">,
): boolean {
  return (
    early.attributedTo !== null && early.attributedTo.id === late.attributedTo?.id && late.asOfSource === "article"
  );
}

/**
 * Whether two differing counts may be one source's counts at different moments that only their article
 * dates: both are credited to that source in one article, and the article's date (not the sentence)
 * dates at least one of them ("The Carrow Institute counted 410 killed. … Carrow's count of the dead
 * stood at 520."). One source does not give two counts of one moment in one article, so the dates
 * cannot tell a timeline from a contradiction.
 *
 * @param a One count.
 * @param b The other.
 * @returns True when the article's date is all that dates them together.
 */
export function datedOnlyByTheirArticle(
  a: Pick<Comparable, "article" | "attributedTo"> & { readonly asOfSource?: Comparable["asOfSource"] | undefined },
  b: Pick<Comparable, "article" | "attributedTo"> & { readonly asOfSource?: Comparable["asOfSource"] | undefined },
): boolean {
  return (
    a.article === b.article &&
    a.attributedTo !== null &&
    a.attributedTo.id === b.attributedTo?.id &&
    (a.asOfSource === "article" || b.asOfSource === "article")
  );
}

/**
 * Two counts of losses to date, dated apart, of which the later is the lower: time does not explain
 * the difference, since such a count does not fall. When the later one is dated by a month or a year
 * its sentence names ("killed in March"), it may count only that stretch (or the month may be when it
 * was given), and the relation says both; otherwise they conflict.
 *
 * @param a One claim.
 * @param b The other, dated more than the same-time window away.
 * @param ia The first one's interval, widened by its margin.
 * @param ib The other's.
 * @returns The relation, or null when the kind does not accumulate or the later count is not lower.
 */
function fallsLater(
  a: Comparable,
  b: Comparable,
  ia: Interval,
  ib: Interval,
): { type: RelationType; explanation: string } | null {
  if (!kindSpec(a.kind).accumulates || !a.asOf || !b.asOf) return null;
  const [early, late, iEarly, iLate] = a.asOf < b.asOf ? [a, b, ia, ib] : [b, a, ib, ia];
  if ((iLate.max ?? Infinity) >= (iEarly.min ?? -Infinity)) return null;
  const de = describe(early);
  const dl = describe(late);
  const same =
    a.attributedTo !== null && a.attributedTo.id === b.attributedTo?.id
      ? `; both are credited to ${a.attributedTo.name}, so one of them may be a revision`
      : "";
  // "South Korea's spy agency has said about 600 …" in October, after the agency's 2,000 of September: a
  // lower figure of the same source that only its article dates may be that source's earlier figure
  // repeated, and the dates cannot tell.
  if (mayRepeatEarlier(early, late)) {
    return {
      type: "undetermined",
      explanation: `${dl} is lower than ${de} but dated only by its article, and both are credited to ${a.attributedTo?.name}: a count of losses to date does not fall, so the later article may repeat an earlier figure of ${a.attributedTo?.name}'s, or it revised its count down, and the dates cannot tell which.`,
    };
  }
  // ("The NIS said in June that about 1,200 had died": the month is when the count was given, not a
  // stretch it counts.)
  if (late.asOfSource === "sentence" && late.asOfPrecision !== undefined && !SAID_IN_MONTH.test(late.quote ?? "")) {
    return {
      type: "different-time",
      explanation: `${dl} is dated later than ${de} but is lower, and a count of losses to date does not fall: unless the later one counts only the ${late.asOfPrecision} it is dated by, they conflict${same}.`,
    };
  }
  return {
    type: "conflicts",
    explanation: `${dl} is dated later than ${de} but is lower, and a count of losses to date does not fall, so the dates do not explain the difference${same}.`,
  };
}

/**
 * Whether two values have the same ends and unit.
 *
 * @param a One value.
 * @param b The other.
 * @returns True when they are equal.
 */
function sameEnds(a: Comparable["value"], b: Comparable["value"]): boolean {
  return a.min === b.min && a.max === b.max && a.unit === b.unit;
}

/**
 * Decides the relation between two claims and explains it.
 *
 * @param a The claim seen from.
 * @param b The other claim.
 * @returns The relation type and a one-sentence explanation.
 */
export function relate(a: Comparable, b: Comparable): { type: RelationType; explanation: string } {
  const da = describe(a);
  const db = describe(b);
  // A source that rejects another's figure in the same article, and gives another value. (Across
  // articles, or with the same value, "X disputes 1,000 and gives 1,000 instead" would not be true.)
  // (Only a figure of what the rejected one counts is given instead: the commander's "about 150 in the first week"
  // is no answer to "3,000 in a single day".)
  const stretch = (c: Comparable): boolean => /^only\s+(?:in|over|during|within|between|since)\b/.test(c.scope ?? "");
  const rejects =
    a.article === b.article &&
    !sameEnds(a.value, b.value) &&
    ((!stretch(a) && !stretch(b)) || (a.scope ?? "") === (b.scope ?? ""));
  const aBy = rejects ? a.attributedTo?.id : undefined;
  const bBy = rejects ? b.attributedTo?.id : undefined;
  if (aBy && b.disputedBy?.id === aBy) {
    return {
      type: "disputes",
      explanation: `${a.attributedTo?.name} disputes ${claimValue(b)} and gives ${claimValue(a)} instead.`,
    };
  }
  if (bBy && a.disputedBy?.id === bBy) {
    return {
      type: "disputes",
      explanation: `${b.attributedTo?.name} disputes ${claimValue(a)} and gives ${claimValue(b)} instead.`,
    };
  }
  if (a.kind !== b.kind) {
    return {
      type: "different-scope",
      explanation: `${da} and ${db} count different things (${kindSpec(a.kind).label.toLowerCase()} and ${kindSpec(b.kind).label.toLowerCase()}).`,
    };
  }
  if (a.value.unit !== b.value.unit) {
    return { type: "different-scope", explanation: `${da} and ${db} are in different units.` };
  }
  if ((a.scope ?? "") !== (b.scope ?? "")) {
    const sa = a.scope ?? "no narrower scope";
    const sb = b.scope ?? "no narrower scope";
    return {
      type: "different-scope",
      explanation: `${da} counts ${sa}, while ${db} counts ${sb}, so they measure different things.`,
    };
  }
  // Totals worked out for different head counts ("$20m for 10,000 soldiers", "$24m for 12,000") sum
  // different forces: they differ because their counts do, not because their sources disagree.
  if (a.basis && b.basis && a.basis.count !== b.basis.count) {
    return {
      type: "different-scope",
      explanation: `${da} is for ${formatNumber(a.basis.count)} soldiers, while ${db} is for ${formatNumber(b.basis.count)}, so they total different head counts.`,
    };
  }
  if (a.value.per !== null && b.value.per !== null && a.value.per !== b.value.per && a.value.unit === "people") {
    return { type: "different-scope", explanation: `${da} and ${db} cover different periods.` };
  }
  if ((a.value.per === null) !== (b.value.per === null) && a.value.unit === "people") {
    // "15,000 soldiers" and "100,000 soldiers a year": a head count at one time against a flow.
    const [flow, stock] = a.value.per === null ? [db, da] : [da, db];
    return {
      type: "different-scope",
      explanation: `${flow} counts people per period, while ${stock} counts people at one time, so they measure different things.`,
    };
  }
  // "about 12,000, up from 11,000": the sentence itself says that one figure replaced the other, so
  // they are two moments of one count, whatever their margins allow.
  const replaced = replacedInSentence(a, b);
  if (replaced) {
    const [earlier, later] = replaced === a ? [da, db] : [db, da];
    return {
      type: "different-time",
      explanation: `${earlier} is the earlier figure that the same sentence sets against ${later}, so they are counts at different moments, not two figures that agree or conflict.`,
    };
  }
  // Rates compare per month when both state a period; when one does not, as written.
  const unstated = (a.value.per === null) !== (b.value.per === null);
  const pa: Interval = unstated ? writtenInterval(a) : monthlyInterval(a);
  const pb: Interval = unstated ? writtenInterval(b) : monthlyInterval(b);
  const ia = widen(pa, a.value.approx);
  const ib = widen(pb, b.value.approx);
  const periodNote = unstated ? " (one of them states no period)" : "";
  // The two as-of dates with how precise each is, when both are known.
  const ta = a.asOf ? { asOf: a.asOf, asOfPrecision: a.asOfPrecision } : null;
  const tb = b.asOf ? { asOf: b.asOf, asOfPrecision: b.asOfPrecision } : null;
  // Two approximate counts whose written values differ, dated weeks apart ("about 3,000" in January,
  // "about 3,600" in March), overlap only through their margins: the later may update the earlier.
  // (A count of losses to date that is lower later cannot be a later moment of it: such a pair is left to
  // the margins, as two counts of one time are.)
  const lowerLater =
    ta !== null &&
    tb !== null &&
    kindSpec(a.kind).accumulates &&
    (a.asOf as string) !== (b.asOf as string) &&
    ((a.asOf as string) < (b.asOf as string)
      ? (pb.max ?? Infinity) < (pa.min ?? -Infinity)
      : (pa.max ?? Infinity) < (pb.min ?? -Infinity));
  if (
    overlaps(ia, ib) &&
    !overlaps(pa, pb) &&
    kindSpec(a.kind).timeSensitive &&
    !lowerLater &&
    ta &&
    tb &&
    dateDistance(ta, tb).min > SAME_TIME_DAYS
  ) {
    return {
      type: "different-time",
      explanation: `${da} and ${db} differ as written and meet only within their margins, and they are dated ${asOfText(ta)} and ${asOfText(tb)}, so they may be counts at different moments.`,
    };
  }
  if (overlaps(ia, ib)) {
    const aPoint = pa.min !== null && pa.min === pa.max;
    const bPoint = pb.min !== null && pb.min === pb.max;
    if (!aPoint && bPoint && contains(pa, pb)) {
      return { type: "refines", explanation: `${da} is a range or bound that contains ${db}${periodNote}.` };
    }
    if (aPoint && !bPoint && contains(pb, pa)) {
      return { type: "refines", explanation: `${db} is a range or bound that contains ${da}${periodNote}.` };
    }
    // "up to $1,000" and "up to $2,500": both can be true, but the narrower says more; they do not agree.
    const same = pa.min === pb.min && pa.max === pb.max;
    if (!aPoint && !bPoint && !same && (contains(pa, pb) || contains(pb, pa))) {
      const [narrow, wide] = contains(pa, pb) ? [db, da] : [da, db];
      return {
        type: "refines",
        explanation: `${narrow} lies within ${wide}${periodNote}: both can be true, and the narrower says more.`,
      };
    }
    // "12,000" and "about 11,000" agree only by the stretch an approximate figure is allowed: say so.
    if (!overlaps(pa, pb)) {
      return {
        type: "agrees",
        explanation: `${da} and ${db} differ as written and meet only within the ±${Math.round(APPROX_TOLERANCE * 100)}% allowed for an approximate figure${periodNote}.`,
      };
    }
    return { type: "agrees", explanation: `${da} and ${db} overlap${periodNote}.` };
  }
  if (unstated && isMoney(a.value.unit)) {
    return {
      type: "different-scope",
      explanation: `${da} and ${db} differ, but one of them states no period, so they may cover different spans of time.`,
    };
  }
  // "$100" and "$1,200–$2,400" a soldier takes home, neither with a period: a month's pay and a year's differ
  // about twelvefold, so two sums of money that name no period cannot be told to conflict.
  if (neitherStatesAPeriod(a, b)) {
    return {
      type: "undetermined",
      explanation: `${da} and ${db} differ, but neither states a period, so they may cover different spans of time, and which cannot be told.`,
    };
  }
  // A total paid is the pay times a head count: two totals that differ, one of which names no head count, may
  // total different forces ("$20 million a month" for 10,000 soldiers against "$336 million a year").
  if (totalNamesNoHeadCount(a, b)) {
    const which = !a.basis && !b.basis ? "neither says" : "one of them does not say";
    return {
      type: "undetermined",
      explanation: `${da} and ${db} differ, but ${which} how many soldiers it totals, so they may total different head counts, and which cannot be told.`,
    };
  }
  if (kindSpec(a.kind).timeSensitive) {
    // A difference in time is a finding only when both dates are known; a month or a year given
    // without its day is any day in it.
    if (ta && tb) {
      const apart = dateDistance(ta, tb);
      if (apart.max <= SAME_TIME_DAYS && datedOnlyByTheirArticle(a, b)) {
        const who = a.attributedTo?.name ?? "";
        return {
          type: "undetermined",
          explanation: `${da} and ${db} differ; both are credited to ${who} in one article, which is all that dates ${a.asOfSource === "article" && b.asOfSource === "article" ? "them" : "one of them"}: they may be ${possessive(who)} counts at different moments, and the dates cannot tell.`,
        };
      }
      // ("2025-01-14" and "2025-01-27" are the same moment only by the site's window: the sentence says how
      // far apart they are and why they are taken together.)
      if (apart.max <= SAME_TIME_DAYS) {
        return {
          type: "conflicts",
          explanation:
            apart.max === 0
              ? `${da} and ${db} do not overlap although they describe the same day.`
              : `${da} and ${db} do not overlap although they are dated ${count(apart.max, "day")} apart, within the ${SAME_TIME_DAYS} days in which two counts are taken to describe the same moment.`,
        };
      }
      if (apart.min > SAME_TIME_DAYS) {
        const fell = fallsLater(a, b, ia, ib);
        if (fell) return fell;
        return {
          type: "different-time",
          explanation: `${da} and ${db} differ, and they are dated ${asOfText(ta)} and ${asOfText(tb)}, so they may be counts at different moments rather than a contradiction.`,
        };
      }
      return {
        type: "undetermined",
        explanation: `${da} and ${db} differ; they are dated ${asOfText(ta)} and ${asOfText(tb)}, and a date given only as a month or a year does not tell whether they describe the same time.`,
      };
    }
    const which = !a.asOf && !b.asOf ? "both counts are undated" : "one count is undated";
    // One source's two counts cannot differ in source: only in time, or the source disagrees with itself.
    const same = a.attributedTo !== null && a.attributedTo.id === b.attributedTo?.id ? a.attributedTo.name : null;
    return {
      type: "undetermined",
      explanation: same
        ? `${da} and ${db} differ; ${which}, and both are credited to ${same}: they may be its counts at different moments, and the dates cannot tell.`
        : `${da} and ${db} differ; ${which}: they may differ in time or in source, and which cannot be told.`,
    };
  }
  // Pay and prices change over the years ("90 won a month" in 1999, "about 2,000 won" in 2025): two values
  // dated more than a year apart may describe different times, and a speaker's own past is not dated at all.
  if (!isEventFactKind(a.kind)) {
    if (ta && tb && dateDistance(ta, tb).min > YEAR_DAYS) {
      return {
        type: "different-time",
        explanation: `${da} and ${db} differ, and they are dated ${asOfText(ta)} and ${asOfText(tb)}, more than a year apart, so they may describe different times rather than contradict each other.`,
      };
    }
    if (a.during || b.during) {
      return {
        type: "undetermined",
        explanation: `${da} and ${db} differ, but ${a.during && b.during ? "both describe" : "one of them describes"} a speaker's own past, which the article does not date, so they may describe different times, and which cannot be told.`,
      };
    }
  }
  return { type: "conflicts", explanation: `${da} and ${db} do not overlap${periodNote}.` };
}
