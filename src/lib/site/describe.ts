/**
 * Words the pages use for claims, relations and checks: who is credited, through whom, as of when.
 * Shared so that a claim reads the same on every page and in the data files.
 */
import type { ClaimView, Origin } from "../compare/types.ts";
import type { ArticleRef } from "../schema/article.ts";
import type { EntityRef, Period, Unit } from "../schema/claim.ts";
import { isEventFactKind, kindSpec, type KindId } from "../schema/kinds.ts";
import { CURRENCIES, type CurrencyCode } from "../schema/vocabulary.ts";
import { formatValue } from "../format/value.ts";
import { formatDate, formatDateAs } from "./format.ts";
import { whoWords } from "./who.ts";
import { creditWords } from "../compare/relations.ts";
import { onlyScope } from "../compare/answer.ts";

/**
 * Who a claim credits, in a few words; a figure credited to no one says whether it is disputed or
 * given by someone the article does not name.
 *
 * @param c Claim.
 * @returns The credited source's name, or words such as "unattributed, disputed by X".
 */
export function whoLabel(
  c: Pick<ClaimView, "attributedTo" | "basis"> & Partial<Pick<ClaimView, "disputedBy" | "stance" | "attributedAs">>,
): string {
  const derived = c.basis?.derived === true;
  if (c.attributedTo || derived || c.disputedBy === undefined || c.stance === undefined)
    return whoWords((derived ? c.basis?.rateBy?.name : undefined) ?? c.attributedTo?.name ?? null, derived);
  return creditWords({ attributedTo: null, disputedBy: c.disputedBy, stance: c.stance, attributedAs: c.attributedAs });
}

/**
 * Who gives a claim's figure, as the words after the figure in a heading: "according to X", or, for a
 * total the text works out itself, that it is the article's arithmetic (the credited source gave the
 * rate, not the total).
 *
 * @param c Claim.
 * @param outlet How to name the article's outlet.
 * @returns Text such as "according to The Pentagon".
 */
export function creditPhrase(
  c: Pick<ClaimView, "attributedTo" | "basis" | "disputedBy" | "attributedAs" | "stance">,
  outlet: string,
): string {
  if (c.basis?.derived) {
    const rateBy = c.basis.rateBy ?? c.attributedTo;
    return rateBy ? `worked out by ${outlet} from a rate credited to ${rateBy.name}` : `worked out by ${outlet}`;
  }
  if (c.attributedTo) return `according to ${c.attributedTo.name}`;
  // Someone the text credits but the site cannot identify ("the person said"); a fact-check's "CLAIM:"
  // that the article rates false says so.
  if (c.attributedAs)
    return `according to “${c.attributedAs}”, not identified${articleDisputes(c) ? `, and disputed by ${outlet}` : ""}`;
  // A figure someone sets aside for their own ("It now says 10,000 …, not 8,000") is rejected, and the site credits
  // it to no one (the text may have given it before, in words the site did not read as a figure).
  if (c.disputedBy && c.stance === "disputes") return `rejected by ${c.disputedBy.name}, credited to no source`;
  // A figure the article gives only as the one someone disputes is not the outlet's statement.
  if (c.disputedBy) return `disputed by ${c.disputedBy.name}, from a source the article does not name`;
  // (A figure the article withdraws may be one it had credited, "In our 09:05 entry we said the HUR put …": the
  // site credits it to no one, whatever the withdrawn words said.)
  return articleDisputes(c) ? `disputed by ${outlet} itself, credited to no source` : `stated by ${outlet}`;
}

/**
 * Whether the article itself disputes a figure it credits to no one ("There is no evidence that …",
 * "An earlier version of this article said …").
 *
 * @param c Claim.
 * @returns True when the article's own words reject the figure.
 */
export function articleDisputes(c: Pick<ClaimView, "attributedTo" | "disputedBy" | "stance">): boolean {
  return c.attributedTo === null && c.disputedBy === null && c.stance === "disputes";
}

/**
 * A claim as a headline: the figure and who said it.
 *
 * @param c Claim.
 * @param article Its article.
 * @returns Text such as "$2,000 a month, according to The Pentagon".
 */
export function claimTitle(
  c: Pick<ClaimView, "attributedTo" | "valueText" | "basis" | "disputedBy" | "attributedAs" | "stance">,
  article: ArticleRef,
): string {
  return `${c.valueText}, ${creditPhrase(c, article.meta.publisher ?? "an unnamed outlet")}`;
}

/**
 * The kind's label.
 *
 * @param kind Kind id.
 * @returns Label such as "Pay per soldier".
 */
export function kindLabel(kind: KindId): string {
  return kindSpec(kind).label;
}

/**
 * When a claim's figure holds, and where that date comes from.
 *
 * @param c Claim.
 * @param article Its article.
 * @returns Text such as "3 September 2025 (the article's date, inferred)" or "unknown".
 */
export function asOfLabel(
  c: Pick<ClaimView, "asOf" | "asOfSource" | "asOfPrecision" | "asOfNote" | "kind" | "during">,
  article: ArticleRef,
): string {
  if (isEventFactKind(c.kind)) return "does not apply: the figure is itself a year or an age at an event";
  if (c.during) return `the speaker's own past (“${c.during}”), not dated by the article`;
  // "down from a peak of about 13,000": an earlier figure the article gives no date for, though it has one.
  if (c.asOf === null && c.asOfNote) return `unknown (${c.asOfNote})`;
  if (c.asOf === null) return "unknown (neither the sentence nor the article gives a date)";
  const date = formatDateAs(c.asOf, c.asOfPrecision);
  if (c.asOfSource === "sentence") return `${date} (from the sentence${c.asOfNote ? `: ${c.asOfNote}` : ""})`;
  if (c.asOfSource === "editor") return `${date} (set by an editor: see the corrections below)`;
  // A live blog's post under a dated heading.
  if (c.asOfSource === "heading")
    return `${date} (from the dated heading above it${c.asOfNote ? `, ${c.asOfNote}` : ""})`;
  return `${date} (the article's date${article.meta.publishedNote === undefined ? "" : ", inferred"})`;
}

/**
 * What the claim page says of a figure the sentence gives as an earlier value: one its own sentence replaces
 * ("about 12,000, up from 11,000"), or a source's own earlier figure it sets aside for a new one ("the agency now
 * says about 12,000 …, not 11,000", after its own 11,000).
 *
 * @param c Claim.
 * @returns The sentence, or null for a figure given as current.
 */
export function earlierNote(c: Pick<ClaimView, "earlier" | "attributionMethod" | "attributedTo">): string | null {
  if (!c.earlier) return null;
  if (c.attributionMethod === "own-earlier-figure" && c.attributedTo)
    return "The source's own earlier figure, which the sentence says it has replaced with a new one.";
  return "An earlier value, which another figure of the same sentence replaces.";
}

/**
 * A short date for tables.
 *
 * @param c Claim.
 * @returns The as-of date in words, or "undated".
 */
export function shortDate(c: Pick<ClaimView, "asOf" | "asOfSource" | "asOfPrecision" | "kind" | "during">): string {
  if (isEventFactKind(c.kind)) return "—";
  if (c.during) return "the speaker's past";
  if (c.asOf === null) return "undated";
  if (c.asOfSource === "editor") return `${formatDate(c.asOf)} (editor's date)`;
  return c.asOfSource === "article" ? `${formatDate(c.asOf)} (article's date)` : formatDateAs(c.asOf, c.asOfPrecision);
}

/** The fields an editor may set, in words. */
const CORRECTED_FIELD: Readonly<Record<string, string>> = {
  kind: "kind",
  value: "value",
  attributedTo: "credit",
  scope: "scope",
  asOf: "as-of date",
};

/**
 * A field an editor corrected, in words.
 *
 * @param field The field's name in the corrections file.
 * @returns Its name in words ("credit" for `attributedTo`).
 */
export function correctedFieldName(field: string): string {
  return CORRECTED_FIELD[field] ?? field;
}

/**
 * A value of a field an editor corrected, in words: before or after the correction.
 *
 * @param field The field's name in the corrections file.
 * @param v Its value.
 * @returns Text such as "Ukraine's military intelligence agency", "24 April 2025" or "none".
 */
export function correctedValueText(field: string, v: unknown): string {
  if (v === null || v === undefined) return "none";
  if (field === "kind" && typeof v === "string") return kindLabel(v as KindId);
  if (field === "asOf" && typeof v === "string") return formatDate(v);
  if (field === "scope" && typeof v === "string") return `“${v}”`;
  if (field === "attributedTo" && typeof v === "object" && "name" in v) return String(v.name);
  if (field === "value" && typeof v === "object" && "unit" in v)
    return formatValue(v as Parameters<typeof formatValue>[0]);
  return JSON.stringify(v);
}

/** One link of a relay chain. */
export interface ChainStep {
  /** What this step is ("published by", "relaying", "credited to", "citing"). */
  readonly role: string;
  readonly name: string;
  /** Entity id, for a link when the site has a page for it. */
  readonly id: string | null;
  /** Which index the id belongs to. */
  readonly index: "sources" | "people" | null;
}

/**
 * The chain from the outlet to the credited source: outlet → relayed outlets → credited → cited.
 *
 * @param c Claim.
 * @param article Its article.
 * @returns Steps, outermost first.
 */
export function relayChain(
  c: Pick<ClaimView, "publisher" | "via" | "attributedTo" | "citedSource"> & {
    readonly disputedBy?: ClaimView["disputedBy"];
    readonly attributedAs?: ClaimView["attributedAs"];
    readonly stance?: ClaimView["stance"];
  },
  article: ArticleRef,
): ChainStep[] {
  const steps: ChainStep[] = [];
  const ref = (role: string, e: EntityRef, index: ChainStep["index"]): ChainStep => ({
    role,
    name: e.name,
    id: e.id,
    index,
  });
  if (c.publisher) steps.push(ref("published by", c.publisher, "sources"));
  else
    steps.push({
      role: "published by",
      name: article.meta.publisher ?? "an outlet the text does not name",
      id: null,
      index: null,
    });
  for (const v of c.via) steps.push(ref("relaying", v, "sources"));
  if (c.attributedTo) steps.push(ref("credited to", c.attributedTo, "people"));
  else
    steps.push({
      role: "credited to",
      // A figure given only as the one someone, or the article itself, disputes is not the outlet's statement either.
      name: c.disputedBy
        ? "no one: a source the article does not name"
        : c.stance === "disputes"
          ? "no one: the article disputes the figure itself"
          : c.attributedAs
            ? `no one the site can identify (the text says “${c.attributedAs}”)`
            : "no one the site found: shown as the outlet's own statement",
      id: null,
      index: null,
    });
  if (c.citedSource) steps.push(ref("citing", c.citedSource, "people"));
  return steps;
}

const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  ...(Object.fromEntries(CURRENCIES.map((c) => [c.code, c.name])) as Record<CurrencyCode, string>),
  percent: "per cent",
  people: "people",
  year: "year",
  month: "months",
  "years-of-age": "age in years",
  number: "number",
};

/**
 * Names a unit and period for a chart axis.
 *
 * @param unit Unit.
 * @param per Period, or null.
 * @returns Text such as "US dollars a month" or "people".
 */
export function unitTitle(unit: Unit, per: Period | null): string {
  return per === null ? UNIT_WORDS[unit] : `${UNIT_WORDS[unit]} a ${per}`;
}

/**
 * Says how a value was normalized, when that adds something to the value in words.
 *
 * @param c Claim.
 * @returns Text such as "open upper bound" or null.
 */
export function boundsNote(c: Pick<ClaimView, "value" | "vague">): string | null {
  const notes: string[] = [];
  // "thousands" is a bound; "several hundred" is bounded by the next order of magnitude as well.
  if (c.vague)
    notes.push(
      c.value.max === null
        ? "a vague amount, read as a bound"
        : "a vague amount, read as a range below the next order of magnitude",
    );
  if (c.value.min === null) notes.push("no lower bound");
  if (c.value.max === null) notes.push("no upper bound");
  if (c.value.approx) notes.push("hedged as approximate");
  return notes.length === 0 ? null : notes.join("; ");
}

/**
 * A claim's value with what it counts when that is narrower than the topic ("about 3,000 people (counting
 * only additional troops, an increase)"): a row or a one-line mention that drops the scope would print an
 * increase as a head count. In brackets, so that it does not run into the name after it.
 *
 * @param c Claim.
 * @returns The value in words, with its scope.
 */
export function scopedValue(c: Pick<ClaimView, "valueText" | "scope">): string {
  return c.scope ? `${c.valueText} (counting ${unbracketed(onlyScope(c.scope))})` : c.valueText;
}

/**
 * A scope's closing bracket as a clause, for text that is itself in brackets or a list: "additional troops
 * (an increase)" → "additional troops, an increase".
 *
 * @param scope A scope.
 * @returns The words.
 */
export function unbracketed(scope: string): string {
  return scope.replace(/ \(([^()]+)\)$/, ", $1");
}

/**
 * Where the articles show an outlet origin citing the named origins it may repeat: the claim's own
 * article, the outlet's own articles, or both ("this article also shows it citing the NIS, and its own
 * articles show it citing Yoon Tae-suk"). A name the claim's article never gives is never said to be in it.
 *
 * @param o The origin.
 * @returns The clause, or "" when it may repeat no one.
 */
export function mayRepeatText(o: Pick<Origin, "mayRepeat" | "mayRepeatHere">): string {
  const all = o.mayRepeat ?? [];
  const here = all.filter((e) => (o.mayRepeatHere ?? []).some((h) => h.id === e.id));
  const own = all.filter((e) => !here.includes(e));
  const names = (es: readonly { name: string }[]): string => es.map((e) => e.name).join(" and ");
  return [
    ...(here.length > 0 ? [`this article also shows it citing ${names(here)}`] : []),
    ...(own.length > 0 ? [`its own articles show it citing ${names(own)}`] : []),
  ].join(", and ");
}
