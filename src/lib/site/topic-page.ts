/**
 * The view model of a topic page, built in one place from the corpus: the page only lays it out.
 */
import type { Check, ClaimView, Topic } from "../compare/types.ts";
import { KIND_IDS, kindSpec, type KindId } from "../schema/kinds.ts";
import type { SiteData } from "./data.ts";
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

/** One group of values that agree. */
export interface ClusterView {
  readonly id: string;
  readonly label: string;
  readonly claims: readonly ClaimLine[];
  readonly articles: number;
  readonly origins: OriginCount;
  readonly circular: string | null;
  readonly originList: readonly {
    readonly label: string;
    readonly href: string | null;
    readonly known: boolean;
    readonly articles: number;
  }[];
  readonly picture: OriginPictureView | null;
}

/** Everything a topic page shows. */
export interface TopicPage {
  readonly topic: Topic;
  readonly answer: readonly (readonly AnswerPart[])[];
  readonly claimCount: number;
  readonly kinds: readonly { readonly label: string; readonly description: string }[];
  readonly chart: NumberLineView;
  readonly clusters: readonly ClusterView[];
  readonly statements: readonly (ClaimLine & { readonly quoteFigure: string })[];
  readonly relations: readonly RelationLine[];
  readonly checks: readonly CheckView[];
  readonly timeline: TimelineView | null;
  /** For topics whose figures do not change over time: claims by as-of date. */
  readonly dates: readonly (ClaimLine & { readonly date: string })[];
  readonly glossary: { readonly origin: string };
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
  return {
    topic,
    answer: answerOf(d, topic),
    claimCount: claims.length,
    kinds: kinds.map((k) => ({ label: kindLabel(k), description: kindSpec(k).description })),
    chart: numberLineOf(d, claims, new Set(claims.map((c) => c.kind)).size > 1),
    clusters: topic.clusters.map((cl, i) => ({
      id: `value-${i + 1}`,
      label: cl.label,
      claims: claimLines(d, cl.claims),
      articles: cl.articles.length,
      origins: originCountOf(cl),
      circular: cl.circular,
      originList: cl.origins.map((o) => ({
        label: originLabel(o),
        href: o.entity && d.person.has(o.entity.id) ? paths.person(o.entity.id) : null,
        known: o.known,
        articles: o.articles.length,
      })),
      picture: originPictureOf(d, cl),
    })),
    statements: claimLines(d, topic.statements).map((l) => ({ ...l, quoteFigure: l.figure })),
    relations: relationLines(d, topic.relations),
    checks: checks.map((k) => checkView(d, k)),
    timeline: timelineOf(d, topic),
    dates: topic.timeline.flatMap((e) => {
      const line = claimLines(d, [e.claim])[0];
      const c = d.claim.get(e.claim);
      return line && c ? [{ ...line, date: shortDate(c) }] : [];
    }),
    glossary: { origin: termHref("origin") },
  };
}
