/**
 * The view model of a topic page, built in one place from the corpus: the page only lays it out.
 */
import type { Check, ClaimView, Topic } from "../compare/types.ts";
import { KIND_IDS, kindSpec, type KindId } from "../schema/kinds.ts";
import type { SiteData } from "./data.ts";
import { LIST_LIMIT, shown, type Shown } from "./shown.ts";
import { kindLabel, shortDate } from "./describe.ts";
import { originLabel, termHref } from "./labels.ts";
import { paths } from "./paths.ts";
import { timelineOf, type TimelineView } from "./timeline.ts";
import {
  answerOf,
  checkView,
  claimLines,
  numberLineOf,
  originCountOf,
  originPictureOf,
  relationLines,
  type AnswerPart,
  type CheckView,
  type ClaimLine,
  type NumberLineView,
  type OriginCount,
  type OriginPictureView,
  type RelationLine,
} from "./view.ts";

/** The most items a list on a topic page shows (see `shown`). */
export const TOPIC_LIST_LIMIT = LIST_LIMIT;
/** The most claims listed under each figure of the answer, and the most claims and origins listed in each group of values. */
export const ANSWER_CLAIMS_LIMIT = 20;

/** One group of values that agree. */
export interface ClusterView {
  readonly id: string;
  readonly label: string;
  /** The group's claims, up to the limit; `claimTotal` counts them all. */
  readonly claims: readonly ClaimLine[];
  readonly claimTotal: number;
  readonly articles: number;
  readonly origins: OriginCount;
  readonly circular: string | null;
  readonly originList: readonly {
    readonly label: string;
    readonly href: string | null;
    readonly known: boolean;
    readonly articles: number;
  }[];
  /** Origins beyond those listed. */
  readonly originMore: number;
  readonly picture: OriginPictureView | null;
}

/** Everything a topic page shows. */
export interface TopicPage {
  readonly topic: Topic;
  /** The answer's sentences; each figure's claims up to the limit, with how many more there are. */
  readonly answer: readonly (readonly (AnswerPart & { readonly more: number })[])[];
  readonly claimCount: number;
  readonly kinds: readonly { readonly label: string; readonly description: string }[];
  readonly chart: NumberLineView;
  /** What the number line shows, in one sentence. */
  readonly chartCaption: string;
  readonly clusters: Shown<ClusterView>;
  readonly statements: Shown<ClaimLine & { readonly quoteFigure: string }>;
  readonly relations: Shown<RelationLine>;
  readonly checks: Shown<CheckView>;
  readonly timeline: TimelineView | null;
  /** When the timeline leaves figures out: how many it shows of how many, in one sentence. */
  readonly timelineNote: string | null;
  /** For topics whose figures do not change over time: claims by as-of date. */
  readonly dates: Shown<ClaimLine & { readonly date: string }>;
  readonly glossary: { readonly origin: string };
}

/**
 * A count with its noun.
 *
 * @param n The count.
 * @param one Singular noun.
 * @param many Plural noun.
 * @returns "1 claim", "2,000 claims".
 */
function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/**
 * Builds a topic page's view model.
 *
 * @param d Site data.
 * @param topic The topic.
 * @returns The page's content.
 */
export function topicPage(d: SiteData, topic: Topic): TopicPage {
  const claims = topic.claims.map((id) => d.claim.get(id)).filter((c): c is ClaimView => c !== undefined);
  const checks = topic.checks.map((id) => d.check.get(id)).filter((k): k is Check => k !== undefined);
  const kinds = topic.kinds.filter((k): k is KindId => (KIND_IDS as readonly string[]).includes(k));
  const showKind = new Set(claims.map((c) => c.kind)).size > 1;
  // Up to the limit, a row per claim; beyond it, a row per value group (the largest groups first),
  // each drawn with the group's first claim.
  let chart: NumberLineView;
  let chartCaption = "Every figure on one line, a row per claim, labelled with its value and who is credited.";
  if (claims.length <= TOPIC_LIST_LIMIT) chart = numberLineOf(d, claims, showKind);
  else {
    const groups = [...topic.clusters].sort((a, b) => b.claims.length - a.claims.length);
    const drawn = groups
      .slice(0, TOPIC_LIST_LIMIT)
      .map((cl) => (cl.claims[0] === undefined ? undefined : d.claim.get(cl.claims[0])))
      .filter((c): c is ClaimView => c !== undefined);
    chart = numberLineOf(d, drawn, showKind);
    chartCaption =
      groups.length <= TOPIC_LIST_LIMIT
        ? `The ${plural(claims.length, "claim", "claims")} of this topic are too many for a row each: a row per value group (${plural(groups.length, "group", "groups")}), labelled with one claim of the group; each group's claims are listed below.`
        : `The ${plural(claims.length, "claim", "claims")} of this topic are too many for a row each: a row for each of the ${drawn.length} value groups with the most claims (of ${groups.length.toLocaleString("en-US")}), labelled with one claim of the group.`;
  }
  let timeline = timelineOf(d, topic);
  let timelineNote: string | null = null;
  if (timeline && (timeline.dated.length > TOPIC_LIST_LIMIT || timeline.undated.length > TOPIC_LIST_LIMIT)) {
    const { dated, undated, inputs } = timeline;
    // The latest dated figures, and the first undated ones.
    const keepDated = new Set(dated.slice(-TOPIC_LIST_LIMIT).map((r) => r.id));
    const keepUndated = new Set(undated.slice(0, TOPIC_LIST_LIMIT).map((r) => r.id));
    timeline = {
      ...timeline,
      dated: dated.filter((r) => keepDated.has(r.id)),
      undated: undated.filter((r) => keepUndated.has(r.id)),
      inputs: {
        dated: inputs.dated.filter((c) => keepDated.has(c.id)),
        undated: inputs.undated.filter((c) => keepUndated.has(c.id)),
      },
    };
    timelineNote = `Shown: the latest ${keepDated.size.toLocaleString("en-US")} of ${plural(dated.length, "dated figure", "dated figures")} and the first ${keepUndated.size.toLocaleString("en-US")} of ${plural(undated.length, "undated figure", "undated figures")}; the CSV file has them all.`;
  }
  return {
    topic,
    answer: answerOf(d, topic).map((sentence) =>
      sentence.map((part) => {
        const cut = shown(part.claims, ANSWER_CLAIMS_LIMIT);
        return { ...part, claims: cut.items, more: cut.more };
      }),
    ),
    claimCount: claims.length,
    kinds: kinds.map((k) => ({ label: kindLabel(k), description: kindSpec(k).description })),
    chart,
    chartCaption,
    clusters: shown(
      topic.clusters.map((cl, i) => ({
        id: `value-${i + 1}`,
        label: cl.label,
        claims: claimLines(d, cl.claims.slice(0, ANSWER_CLAIMS_LIMIT)),
        claimTotal: cl.claims.length,
        articles: cl.articles.length,
        origins: originCountOf(cl),
        circular: cl.circular,
        originList: cl.origins.slice(0, ANSWER_CLAIMS_LIMIT).map((o) => ({
          label: originLabel(o),
          href: o.entity && d.person.has(o.entity.id) ? paths.person(o.entity.id) : null,
          known: o.known,
          articles: o.articles.length,
        })),
        originMore: Math.max(0, cl.origins.length - ANSWER_CLAIMS_LIMIT),
        picture: originPictureOf(d, cl),
      })),
    ),
    statements: shown(claimLines(d, topic.statements).map((l) => ({ ...l, quoteFigure: l.figure }))),
    relations: shown(relationLines(d, topic.relations)),
    // Only the checks shown are laid out.
    checks: shown(checks, TOPIC_LIST_LIMIT, (l) => l.map((k) => checkView(d, k))),
    timeline,
    timelineNote,
    dates: shown(
      topic.timeline.flatMap((e) => {
        const line = claimLines(d, [e.claim])[0];
        const c = d.claim.get(e.claim);
        return line && c ? [{ ...line, date: shortDate(c) }] : [];
      }),
    ),
    glossary: { origin: termHref("origin") },
  };
}
