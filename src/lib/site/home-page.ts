/**
 * The view model of the home page: each topic's question, the first sentence of its answer,
 * and the range of its figures with who gives the lowest and the highest.
 */
import { LIST_LIMIT } from "./shown.ts";
import type { ClaimView, Topic } from "../compare/types.ts";
import type { ChartInput } from "./chart.ts";
import type { SiteData } from "./data.ts";
import { unbracketed } from "./describe.ts";
import { dateLabel, publisherLabel } from "./format.ts";
import { paths } from "./paths.ts";
import { markLabel, seriesOf } from "./series.ts";
import { count, rejectsAsTooHigh } from "../format/value.ts";
import { claimLine, firstAnswerSentence, type ClaimLine } from "./view.ts";

/** One topic on the home page. */
export interface HomeTopic {
  readonly href: string;
  readonly question: string;
  /** The answer's first sentence, when the comparison gives an answer. */
  readonly answer: string | null;
  /** The mini-chart's inputs (marks labelled at the ends of the range). */
  readonly strip: readonly ChartInput[];
  /** How the strip reads when it draws a mark per value group rather than per figure, or null. */
  readonly stripNote: string | null;
  /** The lowest and highest figure of the largest unit, with who gives them. */
  readonly low: ClaimLine | null;
  readonly high: ClaimLine | null;
  /** Who disputes the lowest and the highest figure in their own articles, when someone does. */
  readonly lowDisputedBy: string | null;
  readonly highDisputedBy: string | null;
  /** When the range leaves figures out (other kinds or units), how many it covers, else null. */
  readonly rangeScope: string | null;
  readonly meta: string;
}

/** Everything the home page shows. */
export interface HomePage {
  readonly topics: readonly HomeTopic[];
  readonly articles: readonly { readonly href: string; readonly title: string; readonly meta: string }[];
}

/**
 * Builds the home page's view model.
 *
 * @param d Site data.
 * @returns The page's content.
 */
export function homePage(d: SiteData): HomePage {
  return {
    topics: d.data.topics.map((t) => homeTopic(d, t)),
    articles: d.articles.map((a) => ({
      href: paths.article(a.slug),
      title: a.meta.title,
      meta: `${publisherLabel(a.meta)} · ${dateLabel(a.meta)} · ${count(d.claimsOf.get(a.slug)?.length ?? 0, "claim")}`,
    })),
  };
}

/**
 * A scope's words as a clause of the range's note: "only in the past week" → "in the past week",
 * "additional troops (an increase)" → "additional troops, an increase".
 *
 * @param scope The claim's scope.
 * @returns The words.
 */
function scopeWords(scope: string): string {
  return unbracketed(scope.replace(/^only /, ""));
}

/**
 * One topic's card.
 *
 * @param d Site data.
 * @param t The topic.
 * @returns The card's content.
 */
function homeTopic(d: SiteData, t: Topic): HomeTopic {
  const claims = t.claims.map((id) => d.claim.get(id)).filter((c): c is ClaimView => c !== undefined);
  const { index } = seriesOf(claims, (slug) => d.article.get(slug));
  // The range is read in the unit most of the topic's figures use, the one the strip draws.
  const units = new Map<string, ClaimView[]>();
  for (const c of claims) {
    // Killed and wounded, or a monthly and a yearly amount, are not one range.
    const k = `${c.kind}|${c.value.unit}|${c.value.per ?? ""}`;
    const list = units.get(k);
    if (list) list.push(c);
    else units.set(k, [c]);
  }
  // The same order as the strip's: most figures first, then by unit key.
  const main =
    [...units.entries()].sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : 1)).map(([, v]) => v)[0] ??
    [];
  const lowKey = (c: ClaimView): number => c.value.min ?? c.value.max ?? 0;
  const highKey = (c: ClaimView): number => c.value.max ?? c.value.min ?? 0;
  // A figure the articles give only to reject it ("no government has given a figure of 10,000", "North Korea
  // has not sent 20,000 troops, Song said": credited to no one, disputed) is nobody's estimate: it does
  // not set an end of the range while any other figure can.
  const asserted = main.filter((c) => !(c.attributedTo === null && (c.stance === "disputes" || c.disputedBy)));
  const given = asserted.length > 0 ? asserted : main;
  // A figure that counts less than the whole ("an additional 3,000", "in one week") is not an end of
  // the range of the whole while a figure of the whole can be.
  const whole = given.filter((c) => c.scope === null);
  const ends = whole.length > 0 ? whole : given;
  const low = [...ends].sort((a, b) => lowKey(a) - lowKey(b))[0];
  // A ceiling written to reject a figure ("nowhere near 40,000", "not even close to 40,000") says the count
  // is far below it, not that anyone puts it there: it is no top of the range while another figure is.
  const counted = ends.filter((c) => !rejectsAsTooHigh(c));
  const high = [...(counted.length > 0 ? counted : ends)].sort((a, b) => highKey(b) - highKey(a))[0];
  // Those left out that the range does not hold: the line says it leaves them out.
  const outside = given.filter(
    (c) => c.scope !== null && low && high && (lowKey(c) < lowKey(low) || highKey(c) > highKey(high)),
  );
  // Beyond the limit, a mark per value group (the largest groups) and the two ends, not one per figure.
  let drawn = claims;
  let stripNote: string | null = null;
  if (claims.length > LIST_LIMIT) {
    const groups = [...t.clusters].sort((a, b) => b.claims.length - a.claims.length).slice(0, LIST_LIMIT);
    const ids = new Set([...groups.flatMap((g) => g.claims.slice(0, 1)), low?.id, high?.id]);
    drawn = claims.filter((c) => ids.has(c.id));
    stripNote = `a mark for each of ${
      groups.length < t.clusters.length ? `the ${groups.length} largest of ` : ""
    }${count(t.clusters.length, "value group")} and for the two ends, not one per figure`;
  }
  // Named origins and unnamed sources are counted apart: an unnamed one may repeat a named one, so
  // adding them up would claim more independent origins than the texts show.
  const named = new Set(claims.filter((c) => c.origin.known).map((c) => c.origin.key)).size;
  const unnamed = new Set(claims.filter((c) => !c.origin.known).map((c) => c.origin.key)).size;
  const originText = [
    named > 0 ? count(named, "named origin") : "",
    unnamed > 0 ? count(unnamed, "unnamed source") : "",
  ]
    .filter((x) => x !== "")
    .join(" and ");
  return {
    href: paths.topic(t.id),
    question: t.title,
    answer: firstAnswerSentence(t),
    strip: drawn.map((c) => ({
      id: c.id,
      value: c.value,
      label: markLabel(c, d.article.get(c.article)),
      series: index.get(c.id) ?? 0,
    })),
    stripNote,
    low: low ? claimLine(d, low.id) : null,
    high: high && high.id !== low?.id ? claimLine(d, high.id) : null,
    // "to 10,000 people, A post (ClaimCheck Asia)": an end that its own article disputes says so.
    lowDisputedBy: low?.attributedTo ? (low.disputedBy?.name ?? null) : null,
    highDisputedBy: high && high.id !== low?.id && high.attributedTo ? (high.disputedBy?.name ?? null) : null,
    rangeScope:
      [
        main.length === claims.length
          ? ""
          : `${main.length} of the ${count(claims.length, "figure")}, those of one kind and unit; ${
              claims.length - main.length === 1
                ? "the other counts something else or uses another unit"
                : "the others count something else or use another unit"
            }`,
        given.length === main.length
          ? ""
          : `leaving out ${count(main.length - given.length, "figure")} the articles give only to reject`,
        outside.length === 0
          ? ""
          : `leaving out ${count(outside.length, "figure")} that ${
              outside.length === 1 ? "counts" : "count"
            } a narrower scope: ${[...new Set(outside.map((c) => scopeWords(c.scope ?? "")))].join("; ")}`,
      ]
        .filter((x) => x !== "")
        .join("; ") || null,
    meta: `${count(claims.length, "claim")} · ${count(t.clusters.length, "group")} of values · ${originText}`,
  };
}
