/**
 * The record stage: a figure, its kind and its credit become one validated claim record, with its
 * stable id, its line, its hedges and the date it describes; digits nothing read are reported.
 */
import type { Article } from "../schema/article.ts";
import { type Claim, ClaimSchema, type EntityRef, type Skipped } from "../schema/claim.ts";
import { numberSlug } from "../schema/claim-id.ts";
import type { CurrencyCode } from "../schema/vocabulary.ts";
import { isEventFactKind } from "../schema/kinds.ts";
import type { Entity } from "./entities.ts";
import { maskMonthMay } from "./quantities/calendar.ts";
import { MONTH_NAMES, MONTHS as MONTH_NUMBER, TIME_AGO, WEEKDAY_NAMES, WEEKDAYS } from "./quantities/vocabulary.ts";
import { extractQuantities, type Quantity } from "./quantities/index.ts";
import { CHANGE_VERBS, OWN_PAST, WENT_BEFORE_FROM, type Classification, type Figure } from "./roles.ts";
import { NOT_SEEN_BEFORE, type Credit } from "./credit.ts";
import type { Sentence } from "./sentences.ts";
import { matchesOf } from "./matches.ts";

/** "ten thousand or so troops", "$2,000 or so": a figure its writer gives as approximate after it. */
const OR_SO_AFTER = /^(?:\s+(?:north\s+korean\s+)?(?:soldiers|troops|people|men|dollars))?\s+or\s+so\b/i;

/** Hedge and certainty words kept as written. */
const HEDGE_RE =
  /\b(?:allegedly|reportedly|estimated|estimates?|estimating|likely|unlikely|possibly|potentially|could|may|might|believed|supposedly|apparently|purportedly|unconfirmed|claims?|said to be|(?:would\s+not|wouldn['’]t)\s+(?:be\s+surprised|surprise)|would\s+be\s+surprised)\b/gi;

/** An error in extraction that names the article and the sentence. */
export class ExtractionError extends Error {}

/**
 * A function from a body offset to its 1-based line in the article file.
 *
 * @param article The article.
 * @returns The lookup.
 */
export function lineIndex(article: Article): (offset: number) => number {
  const body = article.body;
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return article.bodyLine + lo;
  };
}

/** Everything the record of one figure is made from. */
export interface RecordInput {
  readonly article: Article;
  readonly sentence: Sentence;
  readonly figure: Figure;
  /** Every figure of the sentence (dates among them). */
  readonly figures: readonly Quantity[];
  readonly role: Extract<Classification, { ok: true }>;
  readonly credit: Credit;
  readonly via: readonly Entity[];
  readonly subject: Entity | null;
  readonly lineOf: (offset: number) => number;
  /** The dated heading the sentence stands under, in a live blog. */
  readonly dateline?: Dateline | null;
}

/** A heading that is only a date: it dates the posts under it ("Thursday 13 February 2025"). */
export interface Dateline {
  /** The date, ISO. */
  readonly iso: string;
  /** The heading as written. */
  readonly text: string;
  /** The heading names a month, not a day ("October 2024"): `iso` is its first day. */
  readonly precision?: "month";
  /** The date is an update's ("Update (May 2): …"), not a heading's. */
  readonly update?: true;
  /** The date is a wire's dateline at the head of the sentence ("SEOUL, April 12 (Hanbit) — …"). */
  readonly wire?: true;
}

const MONTH_YEAR = new RegExp(String.raw`^(?:(?:In|Since)\s+)?(${MONTH_NAMES})\s+(\d{4})\s*:?$`, "i");
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(?:As\s+(?:of|at)\s+)?(?:(?:${WEEKDAY_NAMES}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?|([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)(?:\s+(\d{4}))?(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,4})?)?:?$`,
  "i",
);

/**
 * The date of a heading that is nothing but a date, with an optional weekday and time.
 *
 * @param text The heading.
 * @param published The article's date, for a heading that names no year.
 * @returns The dateline, or null when the heading says more than a date.
 */
export function datelineOf(text: string, published: string | null = null): Dateline | null {
  const t = text.trim();
  // "October 2024" in a timeline: that month.
  const my = MONTH_YEAR.exec(t);
  const mm = my ? MONTH_NUMBER.get((my[1] ?? "").toLowerCase()) : undefined;
  if (my && mm) return { iso: `${my[2]}-${String(mm).padStart(2, "0")}-01`, text: t, precision: "month" };
  const m = DAY_MONTH_YEAR.exec(t);
  if (!m) return null;
  const month = MONTH_NUMBER.get((m[2] ?? m[3] ?? "").toLowerCase());
  const day = Number(m[1] ?? m[4]);
  if (!month || day < 1 || day > 31) return null;
  const md = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (m[5]) return { iso: `${m[5]}-${md}`, text: t };
  // "Thursday 6 February" in a live blog: the last such day up to the article's date; without the
  // article's date the heading says no year, and dates nothing.
  if (published === null) return null;
  const year = Number(published.slice(0, 4));
  return { iso: `${`${year}-${md}` > published ? year - 1 : year}-${md}`, text: t };
}

/**
 * Builds and validates one claim record.
 *
 * @param r The figure, its role and its credit.
 * @returns The claim.
 * @throws ExtractionError when the record breaks the claim schema.
 */
export function recordClaim(r: RecordInput): Claim {
  const { article, sentence: s, figure: q, role: c, credit } = r;
  const figureStart = s.start + q.start;
  const number = q.stance ? q.stance.text.split(/\s+/).slice(0, 3).join(" ") : s.text.slice(q.numberStart, q.numberEnd);
  const altUnit = alternateUnit(q);
  const claim = {
    id: `${article.slug}-${numberSlug(number)}-n${s.start + q.numberStart}`,
    article: article.slug,
    kind: c.kind,
    quote: s.text,
    quoteStart: s.start,
    figure: s.text.slice(q.start, q.end),
    figureStart,
    line: r.lineOf(figureStart),
    value: {
      min: c.min,
      max: c.max,
      unit: c.unit,
      per: c.per,
      approx: q.approx || OR_SO_AFTER.test(s.text.slice(q.end)),
      ...(q.alternate && altUnit
        ? {
            alternate: {
              text: q.alternate.text,
              min: q.alternate.min,
              max: q.alternate.max,
              unit: altUnit,
            },
          }
        : {}),
    },
    vague: q.vague,
    qualitative: q.stance !== undefined,
    attributedTo: ref(credit.attributed),
    attributionMethod: credit.attributed ? credit.method : null,
    attributionAmbiguous: credit.ambiguous,
    ...(credit.writtenAs ? { attributedAs: credit.writtenAs } : {}),
    via: r.via.map((v) => ref(v) as EntityRef),
    // ("unlikely to see anything close to the $2,000 … that the NIS has reported": the doubt is the one who
    // disputes the figure, no hedge of its source.)
    hedges: credit.disputedBy && NOT_SEEN_BEFORE.test(s.text.slice(0, q.start)) ? [] : hedgesOf(s.text, q.start, q.end),
    // A year or an age at an event is a moment of its own: no "as of" date applies to it.
    ...(isEventFactKind(c.kind)
      ? { asOf: null, asOfSource: "unknown" as const, during: null }
      : timeOf(r.figures, s.text, article.meta.published ?? null, q.start, r.dateline ?? null)),
    ...(isEarlierFigure(s.text, q.start) ? { earlier: true as const } : {}),
    subject: ref(r.subject),
    scope: c.scope,
    stance: credit.stance,
    disputedBy: ref(credit.disputedBy),
    citedSource: ref(credit.cited),
    relayedBy: ref(credit.relayedBy),
    basis: c.basis,
  };
  const parsed = ClaimSchema.safeParse(claim);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExtractionError(
      `${article.file}:${claim.line}: claim "${claim.id}" is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""} (sentence: "${s.text}")`,
    );
  }
  return parsed.data;
}

/**
 * Reports the digits that no claim and no skipped figure covers, so that nothing is lost silently.
 *
 * @param body The article body.
 * @param claims Its claims.
 * @param skipped Its skipped figures so far.
 * @param skip Adds a skipped number.
 */
export function sweepDigits(
  body: string,
  claims: readonly Claim[],
  skipped: readonly Skipped[],
  skip: (text: string, start: number, reason: string, context: string) => void,
): void {
  const covered = [
    ...claims.map((c) => [c.figureStart, c.figureStart + c.figure.length] as const),
    ...skipped.map((k) => [k.start, k.start + k.text.length] as const),
  ].sort((x, y) => x[0] - y[0]);
  let k = 0;
  let reach = -1;
  for (const m of matchesOf(body, /\d+/g)) {
    // Sweep the sorted spans once: `reach` is the furthest end of every span that starts at or before the digit.
    while (k < covered.length && (covered[k]?.[0] ?? Infinity) <= m.index)
      reach = Math.max(reach, covered[k++]?.[1] ?? -1);
    if (m.index >= reach)
      skip(m[0], m.index, "digits not read as a quantity", body.slice(Math.max(0, m.index - 40), m.index + 40));
  }
}

/**
 * The currency of a figure's conversion: as written, or for a bare "won" the Korea its words or its
 * rate against a dollar figure tell ("$2,000 a month, or roughly 2.9 million won": South Korean won
 * trade near 1,000–2,000 to the dollar); null when they tell neither.
 *
 * @param q The figure.
 * @returns The currency code, or null.
 */
function alternateUnit(q: Quantity): CurrencyCode | null {
  const alt = q.alternate;
  if (!alt) return null;
  if (alt.currency) return alt.currency;
  if (!/\bwon\b/i.test(alt.text)) return null;
  if (/\bsouth korean\b|\bkrw\b/i.test(alt.text)) return "KRW";
  if (/\bnorth korean\b|\bkpw\b/i.test(alt.text)) return "KPW";
  const dollars = q.currency === "USD" ? (q.min ?? q.max) : null;
  const won = alt.min ?? alt.max;
  return dollars && won && won / dollars > 900 && won / dollars < 2000 ? "KRW" : null;
}

/**
 * Words that give a figure as an earlier one: "down from a peak of", "Previously, … had put", "which once put",
 * "had earlier put", "initially said".
 */
const EARLIER_FIGURE =
  /\b(?:down from|up from|a peak of|(?:an?|its|their|his|her|the)\s+(?:earlier|previous|prior|initial|original)\s+(?:figure|estimate|count|tally|toll|number)\s+of|previously|had (?:(?:earlier|first|initially|originally)\s+)?(?:put|estimated|given|reported)|once (?:put|estimated|gave|reported|said|claimed|counted|placed)|last (?:put|estimated|gave|reported|counted|placed|updated))\b|\bto\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£]?\d[\d,.]*(?:\s+(?:million|[a-z]+))?\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|an?\s+(?:earlier|previous)\s+\w+\s+of\s+)?$/i;
/**
 * Whether the words before a figure in its clause give it as an earlier value ("up from 11,000",
 * "to about 6,200 from 4,700", "Previously, the agency had put the total at 11,000", "its own count, which it
 * last put at 300 dead").
 *
 * @param sentence The sentence.
 * @param at Offset of the figure in the sentence.
 * @returns True for an earlier figure.
 */
function isEarlierFigure(sentence: string, at: number): boolean {
  const around = clauseAround(clausesOf(sentence), at);
  return (
    earlierFigureWords(sentence.slice(around.start, at)) !== null ||
    changedLater(sentence.slice(at)) ||
    (OWN_FIGURE_COMPARED_BEFORE.test(sentence.slice(around.start, at)) && OWN_EARLIER_AFTER.test(sentence.slice(at)))
  );
}

/**
 * "…, a figure lower than the 700 it reported on November 15": the source's own earlier figure, which the
 * new one is set against (before it, the comparison; right after it, the source that gave it, never another
 * source, "the 1,000 that Russia says it has counted", or a clause, "the 10,000 it estimated Russia would need").
 */
const OWN_FIGURE_COMPARED_BEFORE =
  /\b(?:lower|higher|smaller|larger|fewer|more|less|down|up)\s+(?:than|from)\s+(?:the|its|their)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$/i;
const OWN_EARLIER_AFTER = new RegExp(
  String.raw`^(?:(?:about|around|some|roughly|nearly)\s+)?[$€£₩₽]?[\d,.]+(?:\s*(?:million|billion|m|bn)\b)?(?:\s+(?!(?:that|which|who|says?|said|reports?|reported|claims?|claimed|thinks?|thought|believes?|believed|told|tells?|estimates?|estimated)\b|\p{L}+['’]s\b)[\p{L}][\p{L}’'-]*){0,4}?(?:\s+that)?\s+(?:it|they|he|she)\s+(?:had\s+|has\s+)?(?:(?:earlier|previously|first)\s+)?(?:reported|gave|given|put|published|estimated|counted|cited)\b(?!\s+(?:(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\b)\p{Lu}|that\b|(?:the|a)\s+[\w-]+\s+(?:would|will|could|might|needs?|needed)\b))`,
  "u",
);

/**
 * Whether the words after a figure say that it was later changed: the thing changed is named only as the
 * figure's own ("the rate", "it"), and the new value is of the same sort (money for money, a share for a share).
 *
 * @param after The sentence from the figure on.
 * @returns True when the figure is the value before the change.
 */
function changedLater(after: string): boolean {
  const m = CHANGED_LATER_AFTER.exec(after);
  if (!m) return false;
  // The sort of the first amount in a text: "about $2,000 a month" is money, "90%" a share, "11,000" a count.
  const sort = (t: string): string => {
    const first =
      /([$€£₩₽])?\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn))?\s*(%|per\s?cent\b|percent\b|dollars\b|won\b|roubles\b|rubles\b|euros\b)?/i.exec(
        t,
      );
    if (first?.[1] || /^(?:dollars|won|roubles|rubles|euros)$/i.test(first?.[2] ?? "")) return "money";
    return first?.[2] ? "share" : "count";
  };
  const start = m[0].length - (m[1]?.length ?? 0);
  return sort(after.slice(0, 24)) === sort(after.slice(start, start + 24));
}

/**
 * After a figure, a later time at which it was changed to another: "…, but by spring the rate had been cut to
 * $1,500", "…, but in March it was raised to 12,000". The group is the new value's start.
 */
const CHANGED_LATER_AFTER =
  /^[^.;]*?,\s*but\s+(?:by|in|since|from)\s+[^,.;]{1,30}?\s+(?:(?:the|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:rate|pay|salary|salaries|wage|wages|figure|number|count|estimate|total|amount|sum|toll|tally|contingent|force|deployment)\s+|it\s+|they\s+)(?:had\s+been|has\s+been|have\s+been|was|were|had|has)\s+(?:(?:\w+ly)\s+)?(?:cut|reduced|lowered|raised|increased|slashed|halved|doubled|revised\s+(?:up|down|upwards?|downwards?))\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)*([$€£₩₽]?\d)/i;

/**
 * The words that give a figure as an earlier one, at the end of its clause's text before it.
 *
 * @param before The figure's clause up to the figure.
 * @returns The match, or null.
 */
function earlierFigureWords(before: string): RegExpExecArray | null {
  return (
    EARLIER_FIGURE.exec(before) ??
    FIRST_GIVEN_AT_END.exec(before) ??
    (FROM_AT_END.test(before) ? CHANGED_FROM.exec(before) : null)
  );
}

/**
 * A figure a source first gave, right before it: "initially said 300", "originally put the toll at 300", "at
 * first estimated that about 300" (not "the agency that originally reported the deployment says 15,000").
 */
const FIRST_GIVEN_AT_END =
  /\b(?:initially|originally|at\s+first)\s+(?:put|estimated|gave|reported|said|claimed|counted|placed)(?:\s+that)?(?:\s+(?:(?!\b(?:says?|said|reports?|now|but|later|then|since|subsequently|revised|raised|lowered)\b)[^,;.]){0,60}?\s+(?:at|was|were|as))?\s+(?:(?:about|around|some|roughly|nearly|only|just|more\s+than|at\s+least)\s+)*[$€£₩₽]?$/i;

/** A change from a figure, with words after it, to the figure read: "from 70% last year to at least ". */
/** Before a new value: a verb of change and "to" ("has doubled to about ", "grew to "). */
const CHANGED_TO_BEFORE =
  /\b(?:rose|risen|rising|rises|grew|grown|growing|grows|doubled|tripled|increased|climbed|jumped|surged|swelled|fell|fallen|falling|dropped|declined|decreased|revised|raised|lowered|cut|reduced|upped)\b[^.;]{0,60}?\bto\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|an estimated)\s+)*$/i;
/** After a new value, the value it started from and the words of its clause: "… from 300 in January". */
const FROM_AFTER_NEW_VALUE =
  /^((?:\s+[^\s\d,;.]+){0,6}?\s+)(?:up\s+|down\s+)?from\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|an estimated)\s+)*[$€£₩]?\d(?:[\d,.]*\d)?(?:\s*(?:%|per\s?cent|percent))?(?:\s+(?:thousand|million|billion))?[^,;.\d]*/i;

const FROM_TIME_TO =
  /\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to)\s+)*[$€£₩]?\d[\d,.]*(?:\s*(?:%|per\s?cent|percent))?(?:\s+(?:thousand|million|billion))?((?:\s+[^\s\d,;]+){1,5}?)\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|as many as)\s+)*[$€£₩]?$/i;

/** A season as a time: "in the autumn", "last summer", "during the winter" ("fall" only after such words). */
const SEASON =
  /\b(?:(?:in|during|over|through|since|by|until)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?|(?:last|this|next|early|late)\s+)(?:autumn|fall|spring|summer|winter)\b/i;
/** A list item that closes on the date of its figures: "- NIS: 300 killed, 2,700 wounded (as of January)." */
const ITEM_AS_OF = /^\s*[-–—•*]\s[^()]*\((?:[^()]*?[,;]\s*)?as\s+(?:of|at)\s+([^()]{2,30})\)\s*\.?\s*$/i;
/**
 * A time told from an earlier one: "a week later", "days later", "later that month", "by the end of that
 * month", "the following month", "that same week", "shortly afterwards".
 */
const ANCHORED_TIME =
  /\b(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|some|\d{1,2})\s+)?(?:days?|weeks?|months?|years?)\s+(?:later|afterwards?|after\s+that)|(?:later|earlier)\s+that\s+(?:day|week|month|year)|(?:by|at|towards?|near)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:that|the\s+following|the\s+same)\s+(?:week|month|year)|the\s+following\s+(?:day|week|month|year)|(?:in|during|within)\s+that\s+(?:same\s+)?(?:week|month|year)|that\s+same\s+(?:day|week|month|year)|shortly\s+(?:afterwards?|after\s+that|thereafter))\b/i;
/** Times counted back from the article's date, which date a figure of their own. */
const RELATIVE_TIME = /\b(?:last (?:week|month|year)|earlier this (?:month|year))\b/i;

/** A clause that gives a figure as a count or an estimate, or sets one against another. */
const GIVES_A_FIGURE =
  /\b(?:(?<!\b(?:was|were|been|being|is|are)\s+)(?:counted|counts|tallied|tallies|said|says|estimated|estimates|put|puts|gave|gives|reported|reports|numbered)|(?:estimate|count|figure|number|toll|tally|total)\s+(?:was|is|stood|stands|had\s+been)|compared\s+(?:with|to)|up\s+from|down\s+from)\b/i;
/** A clause that turns to what a speaker says at the time of writing: "; now she says", "and it now puts". */
const NOW_CLAUSE =
  /^\W*(?:(?:but|and|yet)\s+)?(?:(?:he|she|it|they|the\s+\w+)\s+)?(?:now|today)\s+(?:\w+\s+)?(?:says?|puts?|estimates?|believes?|thinks?|reckons?|counts?|gives?|argues?|contends?)\b/i;

/** A wire's dateline: "SEOUL, Feb. 14 (Hanbit) -- ", "KYIV, 3 March – "; the group is its day. */
const WIRE_DATELINE =
  /^\s*\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*,\s*([^–—()\d]{3,12}\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)\s*(?:\([^()]{1,40}\))?\s*(?:--|—|–|\s-)\s+/u;
/**
 * The label of an editor's note with the day it was added: "Correction (March 4):", "Update, Jan. 9:",
 * "Update (Aug. 22) —".
 */
const NOTE_LABEL =
  /^\s*(?:Correction|Clarification|Update|Updated|Editor['’]s\s+note|Note)\s*(?:\([^()]{1,40}\)|,\s*[^,:;—–]{1,20})?\s*(?::|[—–](?=\s))/i;

/** ", which promised 5,000 troops in June,": a relative clause set off by commas (a number's comma is no end). */
const RELATIVE_BETWEEN_COMMAS = /,\s+(?:which|who)\s+(?:[^,;.]|,(?=\d{3}))*?,(?=\s)/g;

/**
 * A text with a stretch of it blanked out, its offsets kept.
 *
 * @param text The text.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns The text with spaces in place of the stretch.
 */
function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

/**
 * A figure the site does not date, with the words that say why ("“last autumn”: a season, …").
 *
 * @param asOfNote Why.
 * @returns The time, undated.
 */
function undated(asOfNote: string): AsOf & { during: null } {
  return { asOf: null, asOfSource: "unknown", asOfNote, during: null };
}

/** What an ordinal counts when it counts a force or its arrivals: " Corps", " North Korean troops", " of them". */
const ORDINAL_OF_FORCE_AFTER =
  /^\s+(?:(?:[\p{L}'’-]+\s+){0,2}?(?:contingent|wave|batch|rotation|deployment|group|unit|brigade|battalion|regiment|division|corps|offensive|assault|attack|round|shipment|convoy|train|flight|troops?|soldiers?|men|casualties|dispatch|tranche|transfer)s?\b|of\s+(?:them|whom|those|these|the|its|their)\b)/iu;

/**
 * The time a figure describes: a speaker's own past keeps its own words and is never dated by the
 * article; otherwise the date of `asOfFor`.
 *
 * @param qs Quantities of the sentence.
 * @param sentence The sentence.
 * @param published The article's date, or null.
 * @param at Offset of the figure in the sentence.
 * @param dateline The dated heading the sentence stands under, if any.
 * @returns `asOf`, its source, and the period as written.
 */
function timeOf(
  allQs: readonly Quantity[],
  text: string,
  published: string | null,
  at: number,
  dateline: Dateline | null = null,
): AsOf & { during: string | null } {
  // "about 600 killed, the agency said, twice the number it gave in January": the time of another
  // number the sentence mentions dates that number, not the figure.
  const other = OTHER_NUMBERS_TIME_VERB.test(text) ? OTHER_NUMBERS_TIME.exec(text) : null;
  const masked = other && (at < other.index || at >= other.index + other[0].length) ? other : null;
  // "to 4,700 from 3,800, the figure it gave in January": the same words right after the figure, between
  // commas, name that figure, and their time is its time.
  if (
    masked &&
    /^(?:the|its|their)\s/i.test(masked[0]) &&
    FIGURE_THEN_COMMA.test(text.slice(at, masked.index)) &&
    // Only a phrase that ends there: "…, the figure it gave in January having been 300" speaks of another.
    !/\b(?:having|being|been|was|were|is|are)\b/i.test(masked[0]) &&
    /^\s*(?:[,;.)]|$)/.test(text.slice(masked.index + masked[0].length))
  ) {
    const told = masked[0].replace(/^.*?\b(?:gave|given|reported|put|cited|issued|published|released)\s+/i, "");
    const dated = asOfFor(extractQuantities(told), told, published, dateline);
    if (dated.asOfSource === "sentence")
      return { ...dated, asOfNote: `“${masked[0].trim()}”, the time the sentence gives that figure`, during: null };
  }
  let unlabelled = masked ? blankOut(text, masked.index, masked.index + masked[0].length) : text;
  // "still puts the number at around 11,000, unchanged from its November estimate", "the same as in
  // November": the time a figure is said to be unchanged from is not its time.
  const unchanged = UNCHANGED_FROM_TIME.exec(unlabelled);
  if (unchanged && at < unchanged.index)
    unlabelled = blankOut(unlabelled, unchanged.index, unchanged.index + unchanged[0].length);
  // "… at about 11,000, the same figure South Korea's intelligence service gave lawmakers last week": when
  // another source gave the same figure is not when this one gives it.
  const othersSame = OTHERS_SAME_FIGURE_TIME.exec(unlabelled);
  if (othersSame && at < othersSame.index)
    unlabelled = blankOut(unlabelled, othersSame.index, othersSame.index + othersSame[0].length);
  // "North Korea, which promised 5,000 troops in June, has already sent 11,000": the time of a relative
  // clause between commas, with a figure of its own, dates that figure, not one outside it.
  const relatives: [number, number][] = [];
  for (const m of matchesOf(unlabelled, RELATIVE_BETWEEN_COMMAS)) {
    if (at >= m.index && at < m.index + m[0].length) continue;
    // (Only one with a figure of its own: "The NIS, which briefed lawmakers on Tuesday, said …" is dated so.)
    if (!allQs.some((q) => q.form !== "date" && q.start >= m.index && q.start < m.index + m[0].length)) continue;
    relatives.push([m.index, m.index + m[0].length]);
    unlabelled = blankOut(unlabelled, m.index, m.index + m[0].length);
  }
  // "Correction (March 4): …", "Update, Jan. 9: …": the day a note was added is not the time of its figures.
  // "SEOUL, Feb. 14 (Hanbit) -- …": a wire's dateline on the article's own day dates what the article's date
  // dates, and no more (an earlier figure the sentence names stays undated).
  // A dateline on another day, in the month before the article's, stands for the article's date for the
  // sentence, as a live blog's dated heading does: "told lawmakers on Friday" is the Friday up to the
  // dateline's day. (A day after the article's, which the year before would be, is a slip and dates nothing.)
  const wire = WIRE_DATELINE.exec(unlabelled);
  const wireDay = wire?.[1] ? datelineOf(wire[1], published) : null;
  const wireDated: Dateline | null =
    wire &&
    wireDay &&
    !dateline &&
    !wireDay.precision &&
    published !== null &&
    wireDay.iso < published &&
    Date.parse(published) - Date.parse(wireDay.iso) <= 31 * 86_400_000
      ? { iso: wireDay.iso, text: wire[0].replace(/\s*(?:\([^()]*\))?\s*(?:--|—|–|\s-)\s*$/u, "").trim(), wire: true }
      : null;
  const label = NOTE_LABEL.exec(unlabelled) ?? (wireDay && (wireDay.iso === published || wireDated) ? wire : null);
  dateline = dateline ?? wireDated;
  const labelEnd = label ? label[0].length : 0;
  const sentence = label ? " ".repeat(labelEnd) + unlabelled.slice(labelEnd) : unlabelled;
  const qs = (
    masked ? allQs.filter((q) => q.end <= masked.index || q.start >= masked.index + masked[0].length) : allQs
  ).filter((q) => q.start >= labelEnd && !relatives.some(([a, b]) => q.start >= a && q.start < b));
  // Under a dated heading, the heading's date stands where the article's would.
  const reference = dateline?.iso ?? published;
  // "- NIS: 300 killed, 2,700 wounded (as of January).": a list item's closing date dates all its figures.
  const itemAsOf = ITEM_AS_OF.exec(sentence);
  if (itemAsOf?.[1] && at < itemAsOf.index + itemAsOf[0].indexOf("(")) {
    const told = `as of ${itemAsOf[1]}`;
    const dated = asOfFor(extractQuantities(told), told, reference, dateline);
    if (dated.asOfSource === "sentence") return { ...dated, during: null };
  }
  // A sentence that names several times ("11,000 in October, 3,000 more in February") dates a figure
  // by its own clause when that clause names one, and a clause about what may come ("and may send up
  // to 6,000 more") by nothing else; otherwise the sentence's time holds for the figure.
  // A sentence's one time, in a clause that counts something else ("…, after Pyongyang rotated in 1,500
  // more in February"), dates that clause's figure only.
  const mentions = dateMentions(qs, sentence);
  const parts = clausesOf(sentence);
  const aroundFigure = clauseAround(parts, at);
  // "has risen from 11,000 last year to 14,000 now": a time between a change's start and its "to" dates
  // the start; the end is dated by what follows it in its clause, else by the article.
  const fromTo = FROM_TIME_TO.exec(sentence.slice(aroundFigure.start, at));
  const gap = fromTo?.[1] ?? "";
  if (
    gap !== "" &&
    (dateMentions(extractQuantities(gap), gap) > 0 ||
      AGO.test(gap) ||
      /\b(?:19|20)\d\d\b/.test(gap) ||
      SEASON.test(gap))
  ) {
    const rest = sentence.slice(at, aroundFigure.start + aroundFigure.text.length);
    return { ...asOfFor(extractQuantities(rest), rest, reference, dateline), during: null };
  }
  // "has doubled to about 600 from 300 in January", "grew to 15,000 this month from 11,000 in October": a
  // time inside the "from …" after a new value dates the value it started from, not the new one.
  const fig = qs.find((q) => q.start === at && q.form !== "date");
  const startedFrom =
    fig && CHANGED_TO_BEFORE.test(sentence.slice(0, fig.start))
      ? FROM_AFTER_NEW_VALUE.exec(sentence.slice(fig.end))
      : null;
  if (startedFrom && fig) {
    const a = fig.end + startedFrom.index + (startedFrom[1]?.length ?? 0);
    const b = fig.end + startedFrom.index + startedFrom[0].length;
    const inside = qs.filter((q) => q.start >= a && q.end <= b);
    if (dateMentions(inside, sentence.slice(a, b)) > 0) {
      const rest = blankOut(sentence, a, b);
      return timeOf(
        allQs.filter((q) => !(q.start >= a && q.end <= b)),
        rest,
        published,
        at,
        dateline,
      );
    }
  }
  const onlyOther =
    mentions === 1 &&
    parts.some(
      (c) =>
        c.start > at &&
        dateMentions(within(qs, c), c.text) === 1 &&
        // ("…, according to a second briefing on March 11", "at a second meeting with lawmakers on March 11", "in
        // its third estimate on February 11": an ordinal counts nothing the date could be of, unless it counts a
        // force or its arrivals: "a second contingent followed on January 20", "the 11th Corps reached Kursk on
        // December 3", "the first North Korean troops arrived on October 8", "the first of them crossed …".)
        within(qs, c).some(
          (q) => q.form !== "date" && (q.form !== "ordinal" || ORDINAL_OF_FORCE_AFTER.test(sentence.slice(q.end))),
        ),
    );
  // "In January, Kang put the cut at 70 percent; now she says it is closer to 85 percent": a clause that
  // says "now" and names no time of its own is of the article's date, whatever the other clause names.
  // ("…, which had put the toll at 600 in March, raised it to about 1,100 this month": the same.)
  // ("A year ago, HUR counted 3,000 …; it now counts 12,000", "Compared with 3,000 last year, 12,000 … are
  // now in Russia": the time of another clause's figure is no time of a figure of now.)
  // (But "now believes about 3,600 …, citing a lawmaker who was briefed on Thursday" and "Last month, a
  // lawmaker said the agency now believed …": a time that counts nothing of its own dates when "now" was.)
  const timeOfOthers = (): boolean => {
    const timed = parts.filter(
      (c) =>
        c.start !== aroundFigure.start &&
        (dateMentions(within(qs, c), c.text) > 0 || RELATIVE_TIME.test(c.text) || AGO.test(c.text)),
    );
    // (A figure given as such, "HUR counted 3,000", "Compared with 3,000 last year", not one of an event's
    // circumstances: "In a briefing on Tuesday attended by 12 lawmakers", "Last week, after 40 surrendered".)
    // ("Last week, when the total was 40 deserters, the ministry said it now counts 2,000": a clause of
    // circumstance gives no figure of its own.)
    const counts = (c: { start: number; text: string } | undefined): boolean =>
      c !== undefined &&
      c.start !== aroundFigure.start &&
      !/^\W*(?:when|while|as|after|before|since|until|once)\b/i.test(c.text) &&
      GIVES_A_FIGURE.test(c.text) &&
      within(qs, c).some((q) => q.form !== "date");
    return (
      timed.length > 0 &&
      timed.every(
        (c) => counts(c) || (/^\W*\S+(?:\s+\S+){0,3}\W*$/.test(c.text) && counts(parts[parts.indexOf(c) + 1])),
      )
    );
  };
  if (
    ((mentions > 0 &&
      (NOW_CLAUSE.test(aroundFigure.text) || /\b(?:this\s+(?:month|week)|today)\b/i.test(aroundFigure.text))) ||
      (/\b(?:now|today|currently|at\s+present)\b/i.test(aroundFigure.text) && timeOfOthers())) &&
    dateMentions(within(qs, aroundFigure), aroundFigure.text) === 0 &&
    !RELATIVE_TIME.test(aroundFigure.text) &&
    !AGO.test(aroundFigure.text) &&
    !earlierFigureWords(sentence.slice(aroundFigure.start, at))
  )
    return { ...asOfFor([], "", reference, dateline), during: null };
  // "- Killed: 600 (NIS, Apr 2025); 1,000+ (HUR)": a figure after another's bracket is not dated by it.
  if (mentions > 0 && AFTER_OTHERS_BRACKET.test(sentence.slice(0, at))) {
    const rest = sentence.slice(at);
    return { ...asOfFor(extractQuantities(rest), rest, reference, dateline), during: null };
  }
  // "The NIS estimated in April that about 600 had died; the HUR's count is higher, at 1,100": another
  // source's figure, set against the first after a contrast, is not dated by the first one's time.
  if (mentions > 0) {
    const cut = matchesOf(sentence.slice(0, at), CONTRAST_CUT).at(-1);
    const contrasted = cut ? sentence.slice(cut.index + cut[0].length) : "";
    const contrastedQs = cut ? qs.filter((q) => q.start >= cut.index + cut[0].length) : [];
    if (cut && OTHER_SOURCES_FIGURE.test(contrasted) && dateMentions(contrastedQs, contrasted) === 0)
      return { ...asOfFor([], "", reference, dateline), during: null };
  }
  const own = mentions > 1 || onlyOther ? aroundFigure : null;
  const ownTimes = own ? dateMentions(within(qs, own), own.text) : 0;
  const picked =
    own &&
    ((ownTimes > 0 && !/\bsince\s+\S+\s*$/i.test(own.text)) ||
      (ownTimes === 0 && /\b(?:may|might|could|will|would)\s+\w+/.test(own.text)))
      ? own
      : own
        ? // "In October, North Korea sent 11,000 troops": a clause that names a time and counts nothing
          // dates the figure; "… 14,000 in two waves: 11,000 in the autumn and 3,000 in January" does
          // not date the total by its parts' times.
          // ("In April, Seoul said 600 had died, but Kyiv's figure in May was higher, at 1,100": after a
          // contrast, the clause of time after it.)
          (withItsDate(timeClauseFor(own, at, parts, qs, sentence), parts, sentence) ??
          // "… raised its estimate on Friday to about 4,000, including roughly 600 killed": a part goes
          // with the clause it is part of.
          (/^\s*(?:including|of whom|of which|among them|among whom)\b/i.test(own.text)
            ? parts.filter((c) => c.start < own.start && dateMentions(within(qs, c), c.text) > 0).at(-1)
            : undefined) ??
          own)
        : { start: 0, text: sentence };
  // "put the number at 11,000 in November and revised it to 12,000 in January": within a clause of
  // several times, each part joined by "and" dates its own figures.
  const clause = picked === own && own && ownTimes > 1 ? (coordinatedPart(qs, own, at) ?? own) : picked;
  // "down from a peak of about 13,000 earlier this year", "Previously, the agency had put the total at
  // 11,000": an earlier figure is not of the article's date; when its clause gives no date, none is told.
  // The words stand before the figure in its clause: "8,000 was up from a few thousand" gives the few
  // thousand as the earlier figure, not the 8,000.
  // A time elsewhere in the sentence dates the new figure or the report ("raised its estimate to 15,000,
  // up from 12,000, Yonhap reported on Monday"), not the earlier one: only the earlier figure's own
  // clause can date it ("up from 11,000 in November").
  const earlierWords = earlierFigureWords(sentence.slice(aroundFigure.start, at));
  // ("raised its estimate from 3,000 to 4,700 on Monday": a time after the new figure dates the change,
  // not the value it started from.)
  // ("Last week the NIS raised its estimate to 400 from 300": after the new value, the value it started from
  // has only the words from its "from" on; the time before dates the raising.)
  const beforeNew = earlierWords ? untilNewValue(aroundFigure, at) : aroundFigure;
  const ownClause = earlierWords ? fromItsStart(beforeNew, at) : aroundFigure;
  const ownClauseTimes = earlierWords ? dateMentions(within(qs, ownClause), ownClause.text) : 0;
  // "In April, the NIS had put the number of dead at about 600": a time that opens the sentence on its
  // own dates the clause it opens.
  // ("Earlier, in October, Seoul had reported …": an adverb may come first.)
  // ("In late 2024, before the January offensive, the agency had put the figure at 3,000": a year too.)
  const opening = parts.filter((c) => c.start < aroundFigure.start);
  const times = (c: { start: number; text: string }): number =>
    dateMentions(within(qs, c), c.text) + (YEAR_OPENING.test(c.text) ? 1 : 0);
  // ("In February, the NIS raised its estimate from 3,000 to 3,600": an opening time dates a change, not
  // the value it started from.)
  const openingTime =
    earlierWords !== null &&
    !/\bfrom\b/i.test(earlierWords[0]) &&
    opening.every(
      (c) =>
        within(qs, c).every((q) => q.form === "date" || q.form === "year") &&
        (times(c) > 0 ||
          /^\W*\p{L}+ly\W*$|^\W*(?:earlier|before|then|previously)\W*$|^\W*before\s+the\s+[\w\s-]+?\W*$/iu.test(
            c.text,
          )),
    ) &&
    opening.some((c) => times(c) > 0);
  if (
    earlierWords &&
    ownClauseTimes === 0 &&
    !openingTime &&
    (mentions === 0 ? !RELATIVE_TIME.test(ownClause === beforeNew ? sentence : ownClause.text) : true)
  )
    return undated(`“${earlierWords[0]}”: an earlier figure, whose date the article does not give`);
  // "sent in the autumn", "last summer": a season, in the figure's clause or in a clause of time alone,
  // is not the article's date, and the site keeps no season: the figure is undated, and says why.
  // ("since last autumn" starts a span that runs to the report: it undates nothing.)
  const seasonIn = (c: { start: number; text: string }): RegExpExecArray | null => {
    if (dateMentions(within(qs, c), c.text) > 0 || /\b(?:19|20)\d\d\b/.test(c.text)) return null;
    const m = SEASON.exec(c.text);
    // ("killed since they were first deployed last autumn": the span starts with the deployment.)
    return m && !/^since\b/i.test(m[0]) && !/\bsince\b[^,;:.]*$/i.test(c.text.slice(0, m.index)) ? m : null;
  };
  // The season of another clause that counts something ("Of the 11,000 who arrived in the autumn, about
  // 4,700 have been killed") is not this figure's.
  const ownClauseDated = dateMentions(within(qs, aroundFigure), aroundFigure.text) > 0;
  const season = ownClauseDated
    ? null
    : (seasonIn(aroundFigure) ??
      parts
        .filter((c) => within(qs, c).length === 0)
        .map(seasonIn)
        .find((m) => m !== null) ??
      null);
  if (season) return undated(`“${season[0].trim()}”: a season, which the site does not date`);
  // "had received about 6,000 won a month in the 2010s": a decade, which the site does not date either.
  const decade = DECADE.exec(aroundFigure.text);
  if (decade) return undated(`“${decade[0].trim()}”: a decade, which the site does not date`);
  // "… since January 13, when it put the number at about 300": a figure in the "when" clause is of the
  // time the clause tells of (a figure before "since" still runs to the report).
  const sinceWhen = SINCE_WHEN.exec(sentence);
  if (sinceWhen?.[1] && at > sinceWhen.index + sinceWhen[0].length) {
    const told = `on ${sinceWhen[1]}`;
    const dated = asOfFor(extractQuantities(told), told, reference, dateline);
    if (dated.asOfSource === "sentence")
      return { ...dated, asOfNote: `“${sinceWhen[0]} …”, the time that clause tells of`, during: null };
  }
  // "A week later, the agency raised its estimate to 11,000", "By the end of that month …", "The following
  // month …": a time told from an earlier one in the text, which the site does not date; it is not the
  // article's date.
  const anchored = mentions === 0 && !/\b(?:19|20)\d\d\b/.test(sentence) ? ANCHORED_TIME.exec(sentence) : null;
  if (anchored) return undated(`“${anchored[0]}”: a time told from an earlier one, which the site does not date`);
  // ("As a sergeant, she said, she was paid 2,500 won a month": a defector's own past told in the third person, for
  // the figure right after the verb of her own pay only.)
  const ownThen = AS_RANK.test(sentence) && OWN_PAY_THEN.test(sentence.slice(Math.max(0, at - 40), at));
  const key = `${reference ?? ""}|${dateline ? "heading" : "article"}|${ownThen ? "own" : ""}`;
  let found = lastTime.time;
  if (lastTime.sentence !== clause.text || lastTime.published !== key) {
    const inClause = within(qs, clause).map((q) => ({
      ...q,
      start: q.start - clause.start,
      end: q.end - clause.start,
    }));
    const past = /\b(?:I|my)\b/i.test(clause.text)
      ? OWN_PAST.exec(clause.text)
      : ownThen
        ? AS_RANK.exec(sentence)
        : null;
    found = past
      ? { ...asOfFor(inClause, clause.text, null), during: past[0] }
      : { ...asOfFor(inClause, clause.text, reference, dateline), during: null };
    lastTime = { sentence: clause.text, published: key, time: found };
  }
  // A year is looked for by the figure's own clause, so it is not kept with the clause's time.
  const year =
    found.asOfSource === "sentence" || found.during !== null
      ? null
      : yearOfFigure(qs, sentence, parts, aroundFigure, published);
  return year ? { ...year, during: null } : found;
}

/** A decade: "in the 2010s", "during the 1990s", "in the late 2000s". */
const DECADE = /\b(?:in|during|through(?:out)?)\s+the\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d0s\b/i;
/** A rank or a service opening a sentence: "As a sergeant", "As a young conscript", "As a border guard". */
const AS_RANK =
  /^\W*As\s+an?\s+(?:young\s+|junior\s+|senior\s+)?(?:sergeant|private|soldier|conscript|officer|lieutenant|captain|corporal|border\s+guard|recruit|cadet)\b/i;
/** What the speaker was paid then, in the figure's clause: "she was paid", "he earned", "I received". */
const OWN_PAY_THEN =
  /\b(?:he|she|I)\s+(?:was\s+paid|earned|received|got)\s+(?:(?:about|around|some|roughly|only|just|barely|a\s+mere|as\s+little\s+as|the\s+equivalent\s+of|less\s+than|no\s+more\s+than)\s+)*$/i;
/** The wires' months with a period, "Jan. 13", "Sept. 5", or without one before a day: "Feb 3". */
const MONTH_ABBREVIATIONS = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?=\s+\d{1,2}\b(?![,.]\d)))`;
/** A month shortened after its day, with or without a period: "3 Feb", "20 Sept.". */
const MONTH_ABBREVIATIONS_AFTER_DAY = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?`;
/**
 * "as of May", "in January", "on October 29", "on Jan. 13", "in late December", "its April estimate", with
 * no year after.
 */
/** "during the week of March 17", "in the week to 17 March": a week named by a day of it. */
const WEEK_OF = String.raw`(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or)\s+the\s+week\s+(?:of|to|ending|ended|through|up\s+to)`;
const AS_OF_MONTH = new RegExp(
  String.raw`(?:\b(?:[Aa]s of|[Aa]s\s+(?:recently|late|early)\s+as|${WEEK_OF}|[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Ee]arlier in|[Ll]ast|(?:[Ii]n|[Aa]t)\s+(?:a|an|the|its|their|his|her)|(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)(?=\s+(?:${MONTH_NAMES})\s+(?:estimate|figure|count|tally|report|briefing|assessment|statement)s?\b(?!\s+(?:had\s+been|has\s+been|was|is)\s+(?:(?:a|an)\s+)?(?:mistake|wrong|error|incorrect|inaccurate|mistaken)\b))|[Ff]rom(?=\s+(?:${MONTH_NAMES})\s*,\s*when\b)|[Ff]rom(?=\s+(?:${MONTH_NAMES})\s+(?:to|through|until|till)\s+(?:${MONTH_NAMES})\b)|[Bb]etween(?=\s+(?:${MONTH_NAMES})\s+and\s+(?:${MONTH_NAMES})\b))\s+|\((?:[^(),]{1,50},\s*)?|\b(?:${WEEKDAY_NAMES}),?\s+(?=(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\s+\d))(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:(?:early|late|mid)[- ])?(${MONTH_NAMES}|${MONTH_ABBREVIATIONS})(?:\s+(\d{1,2})\b(?![,.]\d))?(?!\s*,?\s*\d{4})`,
);
/**
 * A second month that closes a span begun by the first: "in January and February", "from March to May",
 * "during October–November". The figure is of the whole span, so it is dated by the later month.
 */
const MONTH_SPAN_END = new RegExp(
  String.raw`^\s*(?:and|to|through|until|till|into|[-–—])\s*(?:(?:early|late|mid)[- ])?(${MONTH_NAMES}|${MONTH_ABBREVIATIONS})(?:\s+(\d{1,2})\b(?![,.]\d))?(?!\s*,?\s*\d{4})`,
);
/** "since January 13, when …": the time a "when" clause after "since" tells of. */
const SINCE_WHEN = new RegExp(
  String.raw`\bsince\s+(?:(?:it|the\s+deployment|the\s+figure)\s+was\s+first\s+(?:reported|disclosed|revealed|made\s+public)\s+in\s+|the\s+first\s+reports?\s+in\s+)?((?:${MONTH_NAMES})(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?)\s*(?:,\s*when\b|\s+that\b)`,
);
/** A day before its month, as British and European outlets write it: "on 3 April", "by 20th January". */
const AS_OF_DAY_MONTH = new RegExp(
  String.raw`\b(?:[Oo]n|[Bb]y|[Aa]s of|[Ii]n the days (?:up )?to|${WEEK_OF})\s+(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES}\b|${MONTH_ABBREVIATIONS_AFTER_DAY})(?!\.?\s*,?\s*\d{4})`,
);

/**
 * The month (and day) a sentence dates its figure by, in either order: "on April 3", "on 3 April", "in May".
 *
 * @param sentence The sentence.
 * @returns A match whose first group is the month and second the day, or null.
 */
function monthOf(sentence: string): RegExpExecArray | null {
  const dayFirst = AS_OF_DAY_MONTH.exec(sentence);
  const monthFirst = AS_OF_MONTH.exec(sentence);
  if (dayFirst && (!monthFirst || dayFirst.index <= monthFirst.index)) {
    const m = [dayFirst[0], dayFirst[2], dayFirst[1]] as unknown as RegExpExecArray;
    m.index = dayFirst.index;
    return m;
  }
  return monthFirst;
}

/**
 * A weekday's clause with the date written after it: "On Monday, March 3," is March 3, not the last
 * Monday before the article.
 *
 * @param c The clause of time, if any.
 * @param parts The sentence's clauses.
 * @param sentence The sentence.
 * @returns The clause, reaching over the date that follows it when there is one.
 */
function withItsDate(
  c: { start: number; text: string } | undefined,
  parts: readonly { start: number; text: string }[],
  sentence: string,
): { start: number; text: string } | undefined {
  if (!c || !WEEKDAY_ONLY.test(c.text)) return c;
  const next = parts.find((p) => p.start > c.start);
  return next && MONTH_DAY_FIRST.test(next.text)
    ? { start: c.start, text: sentence.slice(c.start, next.start + next.text.length) }
    : c;
}
/**
 * The clause that names a time and counts nothing, for a figure whose own clause names none: the first
 * of the sentence, or, when a contrast stands before the figure, the last one between the contrast and
 * the figure's clause.
 *
 * @param own The figure's clause.
 * @param at Where the figure starts.
 * @param parts The sentence's clauses.
 * @param qs Quantities of the sentence.
 * @param sentence The sentence.
 * @returns The clause of time, if any.
 */
function timeClauseFor(
  own: { start: number; text: string },
  at: number,
  parts: readonly { start: number; text: string }[],
  qs: readonly Quantity[],
  sentence: string,
): { start: number; text: string } | undefined {
  const ofTime = (c: { start: number; text: string }): boolean =>
    c.start !== own.start && within(qs, c).every((q) => q.form === "date") && dateMentions(within(qs, c), c.text) > 0;
  const cut = matchesOf(sentence.slice(0, at), CONTRAST_CUT).at(-1);
  const after = cut ? cut.index + cut[0].length : -1;
  return (
    (cut
      ? parts.filter((c) => c.start + c.text.length > after && c.start < own.start && ofTime(c)).at(-1)
      : undefined) ?? parts.find(ofTime)
  );
}
/** A clause that is a weekday alone: "On Monday", "- Tuesday". */
const WEEKDAY_ONLY = new RegExp(String.raw`^\W*(?:[Oo]n\s+)?(?:${WEEKDAY_NAMES})\W*$`);
/** A clause that opens with a month and a day: "March 3". */
const MONTH_DAY_FIRST = new RegExp(String.raw`^\s*(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\s+\d{1,2}\b`);

/** "on Thursday", "last Monday", and the wire's "said Thursday", "Tuesday's briefing". */
const WEEKDAY_DATE = new RegExp(
  String.raw`(?<!\b(?:[Nn]ext|[Tt]his|[Cc]oming|[Ee]very)\s+)\b(?:(?:[Oo]n|[Ll]ast)\s+)?(${WEEKDAY_NAMES})\b`,
);

/**
 * The quantities that stand inside a clause.
 *
 * @param qs Quantities of the sentence.
 * @param clause The clause and its offset.
 * @returns Those inside it.
 */
/** The verb and time word of {@link OTHER_NUMBERS_TIME}, the cheap test before it. */
const OTHER_NUMBERS_TIME_VERB =
  /\b(?:gave|given|reported|put|cited|issued|published|released)\s+(?:in|on|last|earlier)\s/i;
/** "twice the number it gave in January", "the figure the ministry reported last week": another number's time. */
const OTHER_NUMBERS_TIME =
  /\b(?:(?:twice|double|half|triple|three times|four times|more than|less than|up from|down from)\s+)?(?:the|its|their)\s+(?:number|figure|estimate|count|tally|toll|total)\s+(?:that\s+)?(?:it|they|he|she|the\s+\w+|\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3})\s+(?:had\s+)?(?:gave|given|reported|put|cited|issued|published|released)\s+(?:in|on|last|earlier\s+in)\s+[^,;.]*/u;

/** A figure and up to three words of its own, then the comma before an appositive: "3,800, ", "about 600 dead, ". */
const FIGURE_THEN_COMMA =
  /^(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least)\s+)?[$€£₩₽]?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?(?:\s+[\p{L}-]+){0,3}?\s*,\s*$/iu;
/** "unchanged from its November estimate", "the same as in November", "unchanged since last month": a time the figure is kept from. */
/** After a figure, the same figure given by another source, with its own time: ", the same figure the NIS gave … last week". */
const OTHERS_SAME_FIGURE_TIME =
  /,\s*(?:the|a)\s+(?:same|similar|matching)\s+(?:figure|number|estimate|count|total)\s+(?:that\s+|which\s+|as\s+)?(?:the\s+)?\p{Lu}[^,;.]*?\b(?:gave|had\s+given|has\s+given|reported|had\s+reported|cited|put\s+forward|published|told|briefed)\b[^,;.]*/u;
const UNCHANGED_FROM_TIME =
  /\b(?:unchanged|unrevised|(?:the\s+)?same(?:\s+figure)?)\s+(?:from|since|as)\s+(?:(?:in|on|its|their|his|her|the|a)\s+)?[^,;.]*/i;

/** A clause that ends in "from" before its figure, the cheap test before {@link CHANGED_FROM}. */
const FROM_AT_END = /\bfrom\s+(?:\w+\s+)?$/i;
/** "raised its estimate … from 3,000 to 4,700", "rose from 300", "went from 300": the value a change started from. */
const CHANGED_FROM = new RegExp(
  String.raw`(?:\b(?:${CHANGE_VERBS})\b[^.;:,]{0,80}?|${WENT_BEFORE_FROM}\s+)\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$`,
  "i",
);

/**
 * A clause up to the new value of a change written "from X to Y", when the figure at `at` is the X.
 *
 * @param clause The clause.
 * @param at The figure's offset in the sentence.
 * @returns The clause, cut before " to Y" when it goes on with one.
 */
function untilNewValue(clause: { start: number; text: string }, at: number): { start: number; text: string } {
  const rel = at - clause.start;
  const to = /\s+to\s+(?:(?:about|around|some|roughly|nearly|more than|over)\s+)*[$€£₩]?\d/i.exec(
    clause.text.slice(rel),
  );
  return to ? { start: clause.start, text: clause.text.slice(0, rel + to.index) } : clause;
}

/**
 * An earlier figure's words after the new value it gave way to ("… to 400 from 300 in January"): from its
 * "from" to the end of the clause; an earlier figure given otherwise keeps its whole clause.
 *
 * @param clause The figure's clause.
 * @param at Offset of the figure in the sentence.
 * @returns The words from "from" on, or the clause.
 */
function fromItsStart(clause: { start: number; text: string }, at: number): { start: number; text: string } {
  const rel = at - clause.start;
  const from =
    /\bto\s+[^,;]*?\d[^,;]*?\s(from\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|an estimated)\s+)*[$€£₩]?)$/i.exec(
      clause.text.slice(0, rel),
    );
  if (!from?.[1]) return clause;
  const start = rel - from[1].length;
  return { start: clause.start + start, text: clause.text.slice(start) };
}

function within(qs: readonly Quantity[], clause: { start: number; text: string }): Quantity[] {
  return qs.filter((q) => q.start >= clause.start && q.end <= clause.start + clause.text.length);
}

/** A weekday a speech verb gives: "reported on Monday", "said Tuesday", "told reporters on Friday". */
const SPOKEN_WEEKDAY = new RegExp(
  String.raw`\b(?:said|says|reported|announced|told|stated|confirmed|warned|added)\s+(?:\w+\s+){0,2}?(?:on\s+)?(?:${WEEKDAY_NAMES})\b`,
);
/** "three months ago", "two weeks ago", "a year ago". */
const AGO = new RegExp(String.raw`\b${TIME_AGO}\b`, "i");
const AGO_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/** Words that date a figure: a month, a weekday, "last week/month/year" or "three months ago". */
const DATE_WORDS = new RegExp(
  String.raw`\b(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|last (?:week|month|year)|earlier this (?:month|year))\b`,
  "g",
);

/**
 * How many times a sentence names a time.
 *
 * @param qs Its quantities.
 * @param sentence The sentence.
 * @returns The count.
 */
function dateMentions(qs: readonly Quantity[], sentence: string): number {
  // "May" as a verb is not a month: only a capital after a preposition or at a date counts.
  const words = matchesOf(sentence, DATE_WORDS).filter(
    (m) => m[0] !== "May" || /\b(?:in|of|as of|since|by|until|early|late|mid)\s+$/i.test(sentence.slice(0, m.index)),
  ).length;
  // "in January and February" is one time, a span.
  const spans = matchesOf(sentence, MONTH_SPAN).length;
  return Math.max(words - spans, qs.filter((q) => q.form === "date").length);
}

/** Two months joined into one span: "January and February", "March to May" (see {@link MONTH_SPAN_END}). */
const MONTH_SPAN = new RegExp(
  String.raw`\b(?:${MONTH_NAMES})\s*(?:and|to|through|until|till|into)\s*(?:(?:early|late|mid)[- ])?(?:${MONTH_NAMES})\b`,
  "g",
);

/**
 * The part of a clause, between its "and"s, that holds a figure, when that part names a time of its
 * own: an "and" inside a figure ("between 10,000 and 12,000") does not cut.
 *
 * @param qs Quantities of the sentence.
 * @param clause The clause.
 * @param at Offset of the figure in the sentence.
 * @returns The part, or null when the figure's part names no time.
 */
function coordinatedPart(
  qs: readonly Quantity[],
  clause: { start: number; text: string },
  at: number,
): { start: number; text: string } | null {
  const spans = matchesOf(clause.text, MONTH_SPAN).map((m) => [
    clause.start + m.index,
    clause.start + m.index + m[0].length,
  ]);
  const cuts = matchesOf(clause.text, /\s+and\s+/g)
    .map((m) => clause.start + m.index)
    .filter((i) => !qs.some((q) => q.start < i && q.end > i) && !spans.some(([a = 0, b = 0]) => a < i && b > i));
  if (cuts.length === 0) return null;
  const bounds = [clause.start, ...cuts, clause.start + clause.text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    if (at < from || at >= to) continue;
    const part = { start: from, text: clause.text.slice(from - clause.start, to - clause.start) };
    return dateMentions(within(qs, part), part.text) > 0 ? part : null;
  }
  return null;
}

/** What ends a clause: a comma that is not a thousands separator, a semicolon, a dash or a colon. */
const CLAUSE_SEP = /[;—–]|:(?=\s)|,(?!\d{3}\b)/g;

/**
 * Every clause of a sentence: split at a comma that is not a thousands separator, a semicolon, a dash
 * or a colon.
 *
 * @param sentence The sentence.
 * @returns The clauses and their offsets.
 */
function clausesOf(sentence: string): readonly { start: number; text: string }[] {
  // Every figure of a sentence asks twice (its date, and whether it is an earlier value): split once.
  if (lastClauses.sentence === sentence) return lastClauses.parts;
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of matchesOf(sentence, CLAUSE_SEP)) {
    out.push({ start, text: sentence.slice(start, m.index) });
    start = m.index + 1;
  }
  out.push({ start, text: sentence.slice(start) });
  lastClauses = { sentence, parts: out };
  return out;
}

let lastClauses: { sentence: string; parts: readonly { start: number; text: string }[] } = { sentence: "", parts: [] };

/**
 * The clause a figure stands in: from the separator before it to the one after (see {@link clausesOf}).
 *
 * @param parts The sentence's clauses.
 * @param at The figure's offset.
 * @returns The clause and its offset.
 */
function clauseAround(parts: readonly { start: number; text: string }[], at: number): { start: number; text: string } {
  return parts.find((c) => at < c.start + c.text.length) ?? parts.at(-1) ?? { start: 0, text: "" };
}

let lastTime: {
  sentence: string;
  published: string | null;
  time: AsOf & { during: string | null };
} = { sentence: "", published: null, time: { asOf: null, asOfSource: "unknown", during: null } };

/**
 * Links a derived total to the per-soldier rate it multiplies: the last such claim of the same
 * sentence or the sentence before.
 *
 * @param claim The claim.
 * @param earlier The article's claims before it.
 * @returns The claim, with `basis.inputs` when it is a derived total.
 */
export function linkInputs(claim: Claim, earlier: readonly Claim[]): Claim {
  if (!claim.basis?.derived) return claim;
  let sentenceBefore = -1;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const c = earlier[k] as Claim;
    if (c.article !== claim.article) break;
    if (c.quoteStart < claim.quoteStart && sentenceBefore === -1) sentenceBefore = c.quoteStart;
    if (c.quoteStart !== claim.quoteStart && c.quoteStart !== sentenceBefore) break;
    if (c.kind === "pay-per-soldier")
      return {
        ...claim,
        basis: { ...claim.basis, inputs: [c.id], ...(c.attributedTo ? { rateBy: c.attributedTo } : {}) },
      };
  }
  return claim;
}

/**
 * The date a figure describes: a date written in its sentence ("in October 2024", "last month" or
 * "as of May" against a dated article), else the article's date, else unknown.
 *
 * @param qs Quantities of the sentence (dates among them).
 * @param sentence The sentence.
 * @param published The article's date, or null.
 * @param dateline The dated heading the sentence stands under, if any: it stands for the article's date.
 * @returns `asOf` (ISO date or null) and where it came from.
 */
/** A figure's as-of date, where it came from, and how exact the sentence's words make it. */
interface AsOf {
  readonly asOf: string | null;
  readonly asOfSource: "sentence" | "heading" | "article" | "unknown";
  /** The sentence names a month or a year, not a day (`asOf` is then its first day). */
  readonly asOfPrecision?: "month" | "year";
  /** How the sentence's words give the date when they do not write it out ("“last week”, …"). */
  readonly asOfNote?: string;
}

/**
 * The year a figure describes when its sentence names no nearer date: "sent in 2024", "in late 2024",
 * "by mid-2025", in the figure's own clause or in a clause that names the year and counts nothing ("In
 * 2024, …"); never a year after the article's, one in someone's life ("who defected in 2014") or in a
 * sentence about what is to come.
 *
 * @param qs Quantities of the sentence.
 * @param sentence The sentence.
 * @param parts Its clauses.
 * @param own The figure's clause.
 * @param published The article's date.
 * @returns The year as an as-of date, or null.
 */
function yearOfFigure(
  qs: readonly Quantity[],
  sentence: string,
  parts: readonly { start: number; text: string }[],
  own: { start: number; text: string },
  published: string | null,
): AsOf | null {
  // "Lee said he had briefed lawmakers in 2024 that about 10,000 would be sent", "In 2024, Lee told
  // lawmakers that …": a forecast is as of the year it was made.
  const spoken = SPOKEN_IN_YEAR.exec(sentence) ?? SPOKEN_AFTER_YEAR.exec(sentence);
  const spokenYear = Number(spoken?.[1]);
  // (Only for a figure in what was said, after "that", in a clause that gives no year of its own: "About
  // 15,000 are now in Russia, Lee said, after he told lawmakers in 2024 that …" is of the article's date.)
  if (
    spoken &&
    own.start + own.text.length > spoken.index + spoken[0].length &&
    !/\b(?:19|20)\d\d\b/.test(own.text.slice(Math.max(0, spoken.index + spoken[0].length - own.start))) &&
    (published === null || spokenYear <= Number(published.slice(0, 4)))
  ) {
    const part = /\bin\s+(?:late|early|mid)[\s-]+(?:19|20)\d\d/i.exec(spoken[0])?.[0];
    return {
      asOf: `${spokenYear}-01-01`,
      asOfSource: "sentence",
      asOfPrecision: "year",
      ...(part ? { asOfNote: `“${part}”; only the year is kept` } : {}),
    };
  }
  if (AHEAD.test(sentence)) return null;
  const inside = (q: Quantity, c: { start: number; text: string }): boolean =>
    q.start >= c.start && q.end <= c.start + c.text.length;
  const year = qs.find((q) => {
    if (q.form !== "year" || q.min === null) return false;
    if (published !== null && q.min > Number(published.slice(0, 4))) return false;
    const before = sentence.slice(Math.max(0, q.start - 40), q.start);
    if (!YEAR_OF_FIGURE.test(before) || LIFE_EVENT_BEFORE.test(before)) return false;
    // "since late 2024", "from early 2025": the start of a span the figure runs over, not its time.
    if (
      /\b(?:since|from|starting|after|until|till)\s+(?:(?:in\s+)?(?:the\s+)?(?:late|early|mid|end of|start of)[\s-]+)?$/i.test(
        before,
      )
    )
      return false;
    const c = parts.find((p) => inside(q, p));
    // ("In the fourth quarter of 2024, …", "In the first half of 2025, …": an ordinal, or a number
    // inside the words that lead to the year, is part of the time.)
    const phraseStart = q.start - (YEAR_OF_FIGURE.exec(before)?.[0].length ?? 0);
    const ofTime = (o: Quantity): boolean => o.form === "ordinal" || (o.start >= phraseStart && o.end <= q.start);
    return c !== undefined && (c.start === own.start || qs.every((o) => o === q || ofTime(o) || !inside(o, c)));
  });
  if (!year?.min) return null;
  const phrase = YEAR_OF_FIGURE.exec(sentence.slice(Math.max(0, year.start - 40), year.start))?.[0] ?? "";
  return {
    asOf: `${year.min}-01-01`,
    asOfSource: "sentence",
    asOfPrecision: "year",
    ...(/\b(?:late|early|mid|by|end|start|spring|summer|autumn|fall|winter|quarter|half|q[1-4]|h[12])\b/i.test(phrase)
      ? { asOfNote: `“${phrase}${year.text}”; only the year is kept` }
      : {}),
  };
}

/** A figure right after another figure's bracket in a list item: "600 (NIS, Apr 2025); " before it. */
const AFTER_OTHERS_BRACKET =
  /\d[^;:|()]{0,30}\([^()]{1,40}\)\s*[;,]\s*(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately)\s+)*$/i;
/** A contrast between two clauses: "; ", ", but", ", while", ", whereas". */
const CONTRAST_CUT = /;\s*|,\s*(?:but|while|whereas)\s+/g;
/** A clause that opens on another source's figure: "the HUR's count is", "Kyiv's estimate is far higher". */
const OTHER_SOURCES_FIGURE =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}.-]*['’]s\s+(?:(?:own|latest|current|official)\s+)?(?:estimates?|figures?|counts?|tally|numbers?|assessments?)\s+(?:is|was|stands|stood|puts)\b/u;

/** A year a figure was said in, before what was said: "briefed lawmakers in 2024 that", "said in late 2024 that". */
const SPOKEN_IN_YEAR =
  /\b(?:said|told|briefed|testified|predicted|forecast|warned|estimated|wrote)\b(?:\s+(?!that\b)[\w’'-]+){0,3}?\s+in\s+(?:(?:late|early|mid)[\s-]+)?((?:19|20)\d\d)\s+that\s/i;
/** The same year opening the sentence: "In 2024, Lee told lawmakers that". */
const SPOKEN_AFTER_YEAR =
  /^\W*In\s+(?:(?:late|early|mid)[\s-]+)?((?:19|20)\d\d),\s+[^,;]{1,60}?\b(?:said|told|briefed|testified|predicted|forecast|warned|estimated|wrote)\b[^,;]{0,40}?\bthat\s/i;
/** Words of a plan: a sentence about what will come is dated by nothing it names. */
const PLAN_WORDS = String.raw`will|would|plans?|planned|expected to|next|preparing to|prepares to|set to|aims? to|intends? to|scheduled to|due to`;
/** ("expects Pyongyang to send 10,000 by December": what is expected, too.) */
// ("the agency expected Pyongyang to send 3,000 more by the end of August": expected, with whom between.)
const PLAN = new RegExp(
  String.raw`\b(?:${PLAN_WORDS}|expects?|expecting|(?<!\b(?:few|nobody|no\s+one|none|not|never|who\s+had)\s+(?:[\p{L}-]+\s+)?)expected\s+(?:[\p{L}’'-]+\s+){1,3}?to\s+(?!have\b)\p{L}+(?![^.;]*\b(?:but|yet|however)\s+[^.;]*?\b(?:arrived|came|reached|crossed|were\s+sent|was\s+sent|have\s+been\s+sent|had\s+been\s+sent)\b))\b`,
  "iu",
);
/** A possibility to come: "may send", "could deploy", "might reach". */
const MAY_COME =
  /\b(?:may|might|could)\s+(?:(?:soon|still|also|eventually|yet)\s+)?(?:send|deploy|dispatch|add|reach|rise|grow|climb|increase|swell|double|be\s+(?:sent|deployed|dispatched|(?:in|on|there|fighting|stationed)\b(?=[^.;]*\b(?:by|before|until|within|next)\b)))\b/i;
/**
 * A month the sentence says something could or will come "by" ("By December, as many as 25,000 … could be in
 * Russia"): a target, not the figure's time ("By December, the toll may have reached 1,000" is not).
 */
const BY_MONTH_AHEAD = new RegExp(
  String.raw`^(?=[^.;]*\b[Bb]y\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:(?:early|late|mid)[- ])?(?:${MONTH_NAMES})\b)(?=[^.;]*\b(?:could|may|might|will|would)\s+(?:(?:soon|still|also|eventually|well)\s+)?(?:be\s+(?:in|inside|on|sent|deployed|fighting|stationed|there)|reach|send|deploy|rise\s+to|grow\s+to|climb\s+to|top|exceed|number|total|arrive)\b)`,
);
/** A plan, an expectation or a possibility: a year in such a sentence is a target, not the figure's time. */
const AHEAD = new RegExp(String.raw`\b(?:${PLAN_WORDS}|expects?|could|may|might)\b`, "i");

/** A clause that is a year and nothing else: "In 2024,", "In late 2024,", "By mid-2025,". */
const YEAR_OPENING =
  /^\W*(?:in|during|by|as of)\s+(?:(?:the\s+)?(?:late|early|mid|end of|start of)[\s-]+)?(?:19|20)\d\d\W*$/i;
/** Words before a year that make it the figure's time: "in 2024", "in late 2024", "by mid-2025", "during 2024". */
const YEAR_OF_FIGURE =
  /\b(?:in|during|throughout|by|as of)\s+(?:(?:the\s+)?(?:late|early|mid|end of|start of|(?:spring|summer|autumn|fall|winter)(?: of)?|(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of|q[1-4]|h[12])[\s-]+)?$|\b(?:late|early|mid)[\s-]$/i;
/**
 * A year in someone's life, not the figure's: "who defected in 2014", "born in 1999", "joined in 2016", "who
 * left North Korea in 2016".
 */
const LIFE_EVENT_BEFORE =
  /\b(?:defect\w*|born|joined|enlisted|drafted|conscripted|fled|escaped|served|graduated|arrived in the south|resettled|married|(?:who|after\s+he|after\s+she)\s+(?:left|quit)|left\s+(?:North\s+Korea|the\s+North|the\s+army|the\s+military)|retired|was\s+discharged|deserted)\b[^,;.]*$/i;

function asOfFor(
  qs: readonly Quantity[],
  sentence: string,
  published: string | null,
  dateline: Dateline | null = null,
): AsOf {
  // "since February 2022" starts a span; it does not date the figure.
  const written = qs.find(
    (q) =>
      q.form === "date" &&
      q.date?.year &&
      !/\b(?:since|from|starting|after|before|until)\s+(?:the\s+)?$/i.test(
        sentence.slice(Math.max(0, q.start - 16), q.start),
      ),
  );
  if (written?.date?.year) {
    const { year, month, day } = written.date;
    const mm = String(month ?? 1).padStart(2, "0");
    const dd = String(day ?? 1).padStart(2, "0");
    const precision =
      month === undefined || month === null ? "year" : day === undefined || day === null ? "month" : null;
    return { asOf: `${year}-${mm}-${dd}`, asOfSource: "sentence", ...(precision ? { asOfPrecision: precision } : {}) };
  }
  if (published) {
    const d = new Date(`${published}T00:00:00Z`);
    // Under a dated heading, times are counted from the heading's date.
    const whose = dateline
      ? dateline.update
        ? "the update's"
        : dateline.wire
          ? "the dateline's"
          : "the heading's"
      : "the article's";
    if (/\blast month\b/i.test(sentence)) {
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - 1);
      return {
        asOf: d.toISOString().slice(0, 10),
        asOfSource: "sentence",
        asOfPrecision: "month",
        asOfNote: `“last month”, the month before ${whose}`,
      };
    }
    // "earlier this month", "earlier this year": the article's month or year.
    const earlierThis = /\bearlier this (month|year)\b/i.exec(sentence);
    if (earlierThis) {
      const month = earlierThis[1]?.toLowerCase() === "month";
      return {
        asOf: month ? `${d.toISOString().slice(0, 7)}-01` : `${d.getUTCFullYear()}-01-01`,
        asOfSource: "sentence",
        asOfPrecision: month ? "month" : "year",
        asOfNote: `“${earlierThis[0]}”, the ${month ? "month" : "year"} of ${whose} date`,
      };
    }
    // "At the start of the year", "at the beginning of last year": January of the article's year, or of the
    // year before ("since the start of the year" is a span that runs to the article's date).
    const yearStart =
      /\b(?:at|by|around|in)\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the\s+|this\s+)?(last\s+)?year\b(?![’'-]|\s+(?:before|after|earlier|later|ago)\b)/i.exec(
        sentence,
      );
    if (yearStart && !/\bsince\s+$/i.test(sentence.slice(Math.max(0, yearStart.index - 8), yearStart.index + 3))) {
      const year = d.getUTCFullYear() - (yearStart[1] ? 1 : 0);
      return {
        asOf: `${year}-01-01`,
        asOfSource: "sentence",
        asOfPrecision: "month",
        asOfNote: `“${yearStart[0]}”, January of ${yearStart[1] ? "the year before " : ""}${whose} ${yearStart[1] ? "date" : "year"}`,
      };
    }
    // "since October last year", "since last year": a span that runs to the article's date.
    if (/\blast year\b/i.test(sentence) && !/\bsince\s+(?:[\w.]+\s+){0,2}last year\b/i.test(sentence)) {
      // "on Nov. 4 last year", "in November last year": that day or month of the year before.
      const m = monthOf(sentence);
      const month = m?.[1] ? MONTH_NUMBER.get(m[1].toLowerCase().replace(/\.$/, "")) : undefined;
      if (m && month && /^[\s,]*last year\b/i.test(sentence.slice(m.index + m[0].length))) {
        return {
          asOf: `${d.getUTCFullYear() - 1}-${String(month).padStart(2, "0")}-${String(m[2] ? Number(m[2]) : 1).padStart(2, "0")}`,
          asOfSource: "sentence",
          ...(m[2] ? {} : { asOfPrecision: "month" as const }),
          asOfNote: `“${m[0].replace(/^\((?:[^(),]*,\s*)?/, "")} last year”, in the year before ${whose}`,
        };
      }
      return {
        asOf: `${d.getUTCFullYear() - 1}-01-01`,
        asOfSource: "sentence",
        asOfPrecision: "year",
        asOfNote: `“last year”, the year before ${whose}`,
      };
    }
    // "Three months ago", "two weeks ago": counted back from the article's (or the heading's) date.
    // ("up from 11,000 two weeks ago" dates the number before it, which this clause-wide reading cannot
    // tell apart: only a time that stands on its own is read.)
    const ago = AGO.exec(sentence);
    if (ago?.[1] && ago[2] && !/\d[\d,.]*(?:\s+[\p{L}-]+){0,2}\s*$/u.test(sentence.slice(0, ago.index))) {
      const n = /^\d+$/.test(ago[1]) ? Number(ago[1]) : (AGO_NUMBERS[ago[1].toLowerCase()] ?? 0);
      const unit = ago[2].toLowerCase();
      if (n > 0) {
        if (unit === "day") d.setUTCDate(d.getUTCDate() - n);
        else if (unit === "week") d.setUTCDate(d.getUTCDate() - 7 * n);
        else if (unit === "month") {
          d.setUTCDate(1);
          d.setUTCMonth(d.getUTCMonth() - n);
        } else d.setUTCFullYear(d.getUTCFullYear() - n, 0, 1);
        return {
          asOf: d.toISOString().slice(0, 10),
          asOfSource: "sentence",
          ...(unit === "month"
            ? { asOfPrecision: "month" as const }
            : unit === "year"
              ? { asOfPrecision: "year" as const }
              : {}),
          asOfNote: `“${ago[0]}”, counted back from ${whose} date`,
        };
      }
    }
    if (/\blast week\b/i.test(sentence)) {
      d.setUTCDate(d.getUTCDate() - 7);
      return {
        asOf: d.toISOString().slice(0, 10),
        asOfSource: "sentence",
        asOfNote: `“last week”: about seven days before ${whose} date`,
      };
    }
    // A sentence about what will or may come dates nothing by a bare month or weekday.
    const ahead = PLAN.test(sentence);
    // "as of May", "in January", "on October 29", "in late December": that day or month, the last one up
    // to the article's date.
    // "since the first contingent left in October" starts a span: the count is of now.
    // ("North Korea may send up to 1,500 more troops by April": a possibility to come, too.)
    const monthMatch = ahead || MAY_COME.test(sentence) || BY_MONTH_AHEAD.test(sentence) ? null : monthOf(sentence);
    const asOfMonth =
      monthMatch && /\bsince\b[^,;:.]*$/i.test(sentence.slice(Math.max(0, monthMatch.index - 60), monthMatch.index))
        ? null
        : monthMatch;
    // "said on Thursday": the last Thursday up to the article's date.
    // A plan is dated by the day it was announced ("reported on Monday that … was preparing to send").
    const spokenDay = SPOKEN_WEEKDAY.exec(sentence);
    const weekday = ahead ? (spokenDay ? WEEKDAY_DATE.exec(spokenDay[0]) : null) : WEEKDAY_DATE.exec(sentence);
    if (!asOfMonth && weekday?.[1]) {
      const target = WEEKDAYS.indexOf(weekday[1] as (typeof WEEKDAYS)[number]);
      const back = (d.getUTCDay() - target + 7) % 7;
      d.setUTCDate(d.getUTCDate() - back);
      return {
        asOf: d.toISOString().slice(0, 10),
        asOfSource: "sentence",
        asOfNote: `“${weekday[0]}”, the last ${weekday[1]} up to ${whose} date`,
      };
    }
    if (asOfMonth?.[1]) {
      const monthIndex = (m: string): number => (MONTH_NUMBER.get(m.toLowerCase().replace(/\.$/, "")) ?? 1) - 1;
      const month = monthIndex(asOfMonth[1]);
      const day = asOfMonth[2] ? Number(asOfMonth[2]) : 1;
      const later = month > d.getUTCMonth() || (month === d.getUTCMonth() && day > d.getUTCDate());
      const year = d.getUTCFullYear() - (later ? 1 : 0);
      const iso = (y: number, m: number, dd: number): string =>
        `${y}-${String(m + 1).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
      const words = asOfMonth[0].replace(/^\((?:[^(),]*,\s*)?/, "");
      // "in January and February": the span's later month, the last one up to the article's date.
      const span = asOfMonth[2] ? null : MONTH_SPAN_END.exec(sentence.slice(asOfMonth.index + asOfMonth[0].length));
      if (span?.[1]) {
        const end = monthIndex(span[1]);
        const endDay = span[2] ? Number(span[2]) : 1;
        const endLater = end > d.getUTCMonth() || (end === d.getUTCMonth() && endDay > d.getUTCDate());
        return {
          asOf: iso(d.getUTCFullYear() - (endLater ? 1 : 0), end, endDay),
          asOfSource: "sentence",
          ...(span[2] ? {} : { asOfPrecision: "month" as const }),
          asOfNote: `“${words}${span[0].trimEnd()}”, a span dated by its later month, with the year of ${whose} date or the one before`,
        };
      }
      return {
        asOf: iso(year, month, day),
        asOfSource: "sentence",
        ...(asOfMonth[2] ? {} : { asOfPrecision: "month" as const }),
        asOfNote: `“${words}”, with the year of ${whose} date or the one before`,
      };
    }
    if (dateline?.wire)
      return { asOf: dateline.iso, asOfSource: "sentence", asOfNote: `“${dateline.text}”, the wire's dateline` };
    return dateline
      ? {
          asOf: dateline.iso,
          asOfSource: "heading",
          ...(dateline.precision ? { asOfPrecision: dateline.precision } : {}),
          asOfNote: `“${dateline.text}”`,
        }
      : { asOf: published, asOfSource: "article" };
  }
  // ("…, the agency said last week" in an article that gives no date: the time is counted from a date the
  // article does not give, and the page says so rather than that the sentence gives none.)
  const unanchored = UNANCHORED_TIME.exec(sentence);
  return unanchored
    ? {
        asOf: null,
        asOfSource: "unknown",
        asOfNote: `“${unanchored[0]}”: a time counted from the article's date, which the article does not give`,
      }
    : { asOf: null, asOfSource: "unknown" };
}

/** A time that needs the article's date to be told: "last week", "two weeks ago", "on Tuesday", "in January". */
const UNANCHORED_TIME = new RegExp(
  String.raw`\b(?<!\bthe\s)(?:(?:last|this|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year|${WEEKDAY_NAMES})(?!\s+of\b)|${TIME_AGO}|yesterday|(?:on\s+|(?<=\b(?:said|says|told|reported|announced)\s+))(?:${WEEKDAY_NAMES})|(?:in|on|by|during)\s+(?:(?:early|late|mid)[- ])?(?:${MONTH_NAMES})(?:\s+\d{1,2})?(?!\s*,?\s*\d{4}))\b`,
  "i",
);

/**
 * The hedge and certainty words of a sentence, as written and in order.
 *
 * @param s Sentence.
 * @returns Distinct words.
 */
function hedgesOf(s: string, start: number, end: number): string[] {
  // Only the figure's own clause: in "at least 12,000 are in Russia, and more could be sent", the
  // "could" belongs to the sending, not to the 12,000.
  // ("Rep. Oh Jae-min, 58, said the NIS believed …": a figure set off between commas on its own is its own
  // clause.)
  const words = (t: string): string[] => [...new Set(matchesOf(t, HEDGE_RE).map((m) => m[0].toLowerCase()))];
  if (/,\s*$/.test(s.slice(0, start)) && /^\s*,/.test(s.slice(end))) return words(s.slice(start, end));
  let from = 0;
  let to = s.length;
  for (const m of matchesOf(s, CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  // "as of May" names the month, not a doubt.
  return words(maskMonthMay(s.slice(from, to)));
}

/**
 * Where one clause ends and another begins: a semicolon, a dash, or a comma before a conjunction or
 * before an earlier figure set against this one ("…, up from its April estimate of about 600").
 */
const CLAUSE_BREAK =
  /\s*;\s*|\s+[—–]\s+|,\s+(?=(?:and|but|while|although|though|whereas|which|who|where|because|as well as|up from|down from)\b)/g;

/**
 * An entity reference, or null.
 *
 * @param e Entity or null.
 * @returns `{ id, name }` or null.
 */
export function ref(e: Entity | null): EntityRef | null {
  return e ? { id: e.id, name: e.name } : null;
}

/**
 * Removes repeated entities, keeping the first.
 *
 * @param list Entities.
 * @returns Distinct entities.
 */
export function dedupe(list: readonly Entity[]): Entity[] {
  return [...new Set(list)];
}
