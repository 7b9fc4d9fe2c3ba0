/**
 * Small view models the pages hand to components: a claim as one line (value, who, outlet) and
 * a relation read in the direction a reader says it. Components take these as props and never
 * look anything up themselves.
 */
import type { Check, ClaimView, Relation, RelationType, Topic, ValueCluster } from "../compare/types.ts";
import type { SiteData } from "./data.ts";
import { kindLabel, scopedValue, shortDate, whoLabel } from "./describe.ts";
import {
  RELATION_LABEL,
  RELATION_MEANING,
  VERDICT_LABEL,
  VERDICT_MEANING,
  originLabel,
  relationPhrase,
  termHref,
} from "./labels.ts";
import type { PictureChain } from "./origin-picture.ts";
import { paths } from "./paths.ts";
import { markLabel, outletShort, seriesOf } from "./series.ts";
import type { ChartInput } from "./chart.ts";
import type { Article } from "../schema/article.ts";
import { count } from "../format/value.ts";

/** A claim as one line: "$2,000 a month, Hyun-Seung Lee (Daily Star)". */
export interface ClaimLine {
  readonly id: string;
  readonly href: string;
  /** The value in words. */
  readonly value: string;
  /** Who is credited. */
  readonly who: string;
  /** The outlet that printed it. */
  readonly outlet: string;
  /** The figure as written. */
  readonly figure: string;
}

/**
 * The lines made so far, per site data: a claim's line appears on the page of every claim related to
 * it, and one object per claim lets a page key take it by its digest (`model-key.ts`).
 */
const LINES = new WeakMap<SiteData, Map<string, ClaimLine | null>>();

/**
 * A claim as one line, made once per claim and site data.
 *
 * @param d Site data.
 * @param id Claim id.
 * @returns The line, or null for an unknown id.
 */
export function claimLine(d: SiteData, id: string): ClaimLine | null {
  let lines = LINES.get(d);
  if (!lines) LINES.set(d, (lines = new Map()));
  let line = lines.get(id);
  if (line === undefined) {
    const c = d.claim.get(id);
    line = c
      ? {
          id,
          href: paths.claim(id),
          value: scopedValue(c),
          who: whoLabel(c),
          outlet: outletShort(d.article.get(c.article), c),
          figure: c.figure,
        }
      : null;
    lines.set(id, line);
  }
  return line;
}

/**
 * Claim lines of some ids, unknown ids left out.
 *
 * @param d Site data.
 * @param ids Claim ids.
 * @returns The lines, in the same order.
 */
export function claimLines(d: SiteData, ids: readonly string[]): ClaimLine[] {
  return ids.map((id) => claimLine(d, id)).filter((l): l is ClaimLine => l !== null);
}

/**
 * The one-line text of a claim, for places that cannot hold markup (titles, SVG labels).
 *
 * @param l The line.
 * @returns "value, who (outlet)".
 */
export function claimLineText(l: ClaimLine): string {
  return `${l.value}, ${l.who} (${l.outlet})`;
}

/** A relation ready to render: "A is more precise than B". */
export interface RelationLine {
  readonly type: RelationType;
  /** Badge text. */
  readonly label: string;
  /** What the relation means (the badge's tooltip). */
  readonly meaning: string;
  /** Its glossary entry. */
  readonly glossary: string;
  /** The claim the sentence starts from. */
  readonly subject: ClaimLine;
  /** The verb phrase, in the right direction. */
  readonly phrase: string;
  /** The other claim. */
  readonly object: ClaimLine;
  /** The comparison's explanation. */
  readonly explanation: string;
  readonly note: string | null;
}

/**
 * Reads a relation as a sentence. Seen from a claim, that claim is the subject; otherwise the
 * more precise value, or the disputing one, comes first.
 *
 * @param d Site data.
 * @param r The relation.
 * @param from The claim it is seen from, if any.
 * @returns The relation, or null when a claim is unknown.
 */
export function relationLine(d: SiteData, r: Relation, from?: string): RelationLine | null {
  let [a, b] = from === r.to ? [r.to, r.from] : [r.from, r.to];
  const ca = d.claim.get(a);
  const cb = d.claim.get(b);
  if (!ca || !cb) return null;
  let phrase = relationPhrase(r.type, ca, cb);
  if (from === undefined && /less precise|disputed by/.test(phrase)) {
    [a, b] = [b, a];
    phrase = relationPhrase(r.type, cb, ca);
  }
  const subject = claimLine(d, a);
  const object = claimLine(d, b);
  if (!subject || !object) return null;
  return {
    type: r.type,
    label: RELATION_LABEL[r.type],
    meaning: RELATION_MEANING[r.type],
    glossary: termHref(`relation-${r.type}`),
    subject,
    phrase,
    object,
    explanation: r.explanation,
    note: r.note,
  };
}

/**
 * The relations of a list, read as sentences.
 *
 * @param d Site data.
 * @param relations Relations.
 * @param from The claim they are seen from, if any.
 * @returns The lines.
 */
export function relationLines(d: SiteData, relations: readonly Relation[], from?: string): RelationLine[] {
  return relations.map((r) => relationLine(d, r, from)).filter((l): l is RelationLine => l !== null);
}

/** Someone who disputes a claim's value. */
export interface Disputer {
  readonly id: string;
  readonly name: string;
  /** The claim whose text says it is disputed: this claim, or another of the same value. */
  readonly where: string;
  /** The value disputed, when it is not this claim's own ("about 6,000 people" beside "more than 6,000"). */
  readonly value?: string;
  /** Whether `where` is a claim of this claim's own article. */
  readonly sameArticle: boolean;
}

/**
 * Who disputes a claim's value: those its own article names, and those named beside another claim
 * of its group (the values that agree in its topic). A disputed claim of another value says which
 * value was disputed ("about 6,000" disputed elsewhere is not "more than 6,000" disputed); one of the
 * very same value is preferred.
 *
 * @param d Site data.
 * @param c The claim.
 * @returns The disputers, this claim's own first, then those of the same value, then those of another.
 */
export function disputersOf(d: SiteData, c: ClaimView): Disputer[] {
  const out = new Map<string, Disputer>();
  if (c.disputedBy)
    out.set(c.disputedBy.id, { id: c.disputedBy.id, name: c.disputedBy.name, where: c.id, sameArticle: true });
  const others = d.disputedInCluster.get(c.id) ?? [];
  for (const same of [true, false]) {
    for (const o of others) {
      const by = o.disputedBy;
      if (!by || o.id === c.id || out.has(by.id) || sameValue(o, c) !== same) continue;
      // ("the Global Times rejected the figure of 10,000 troops given by the Pentagon" disputes no equal count the
      // NIS gave: a dispute reaches another claim only of its origin, or of an origin the text leaves unknown.)
      if (c.origin.known && o.origin.key !== c.origin.key) continue;
      out.set(by.id, {
        id: by.id,
        name: by.name,
        where: o.id,
        sameArticle: o.article === c.article,
        ...(same ? {} : { value: o.valueText }),
      });
    }
  }
  return [...out.values()];
}

/**
 * Whether two claims give the same value as written: the same ends and unit, and the same period
 * unless one of them states none ("$2,000 per person" is the "$2,000 a month" of the same group).
 *
 * @param a One claim.
 * @param b The other.
 * @returns True when the values are equal.
 */
function sameValue(a: Pick<ClaimView, "value">, b: Pick<ClaimView, "value">): boolean {
  return (
    a.value.min === b.value.min &&
    a.value.max === b.value.max &&
    a.value.unit === b.value.unit &&
    (a.value.per === b.value.per || a.value.per === null || b.value.per === null)
  );
}

/** A check ready to render. */
export interface CheckView {
  readonly check: Check;
  readonly verdict: string;
  readonly verdictMeaning: string;
  readonly glossary: string;
  readonly inputs: readonly ClaimLine[];
  readonly against: ClaimLine | null;
}

/**
 * A check with its claims as lines and its verdict in words.
 *
 * @param d Site data.
 * @param k The check.
 * @returns The view.
 */
export function checkView(d: SiteData, k: Check): CheckView {
  return {
    check: k,
    verdict: VERDICT_LABEL[k.verdict],
    verdictMeaning: VERDICT_MEANING[k.verdict],
    glossary: termHref(`verdict-${k.verdict}`),
    inputs: claimLines(d, k.inputs),
    against: k.against === null ? null : claimLine(d, k.against),
  };
}

/** The origin picture of one value, and its list equivalent. */
export interface OriginPictureView {
  readonly chains: readonly PictureChain[];
  /** One sentence describing the picture, for its accessible name. */
  readonly summary: string;
  /** The same paths as a list. */
  readonly list: readonly {
    readonly origin: string;
    readonly known: boolean;
    readonly relays: readonly string[];
    readonly articles: readonly { readonly href: string; readonly label: string }[];
    /** Articles of the path beyond those listed. */
    readonly moreArticles: number;
  }[];
  /** Paths beyond those drawn and listed. */
  readonly morePaths: number;
}

/**
 * A value printed in more articles than this is drawn in brief: the paths behind the most articles,
 * each with its first few articles and a box counting the rest.
 */
export const PICTURE_ARTICLE_LIMIT = 40;
/** In brief: how many paths are drawn and listed. */
const BRIEF_PATHS = 12;
/** In brief: how many articles each path draws (the list names more). */
const BRIEF_DRAWN = 3;
/** In brief: how many articles each path lists. */
const BRIEF_LISTED = 5;

/**
 * The origin picture of a group of values, from the comparison's chains.
 *
 * @param d Site data.
 * @param cl The group.
 * @returns The picture, or null when the comparison gives no chains.
 */
export function originPictureOf(d: SiteData, cl: ValueCluster): OriginPictureView | null {
  const chains = cl.chains ?? [];
  if (chains.length === 0) return null;
  const articleLabel = (slug: string): string => {
    const a = d.article.get(slug);
    return a ? `${outletShort(a)}: “${a.meta.title}”` : slug;
  };
  const picture: PictureChain[] = chains.map((c) => ({
    origin: { key: c.origin.key, label: originLabel(c.origin), known: c.origin.known },
    relays: c.relays.map((r) => ({ id: r.id, name: r.name })),
    articles: c.articles.map((slug) => ({ slug, label: articleLabel(slug) })),
  }));
  const origins = new Map(picture.map((c) => [c.origin.key, c.origin]));
  const articles = new Set(chains.flatMap((c) => c.articles));
  const named = [...origins.values()].filter((o) => o.known).map((o) => o.label);
  const unnamed = origins.size - named.length;
  const parts = [
    named.length > 0
      ? `${count(named.length, "named origin")} (${named.length <= 5 ? named.join("; ") : `among them ${named.slice(0, 5).join("; ")}`})`
      : null,
    unnamed > 0 ? count(unnamed, "unnamed source") : null,
  ].filter((x): x is string => x !== null);
  const summary = `How ${cl.label} reached ${count(articles.size, "article")}: ${parts.join(" and ")}.`;
  const listOf = (c: PictureChain, limit: number): OriginPictureView["list"][number] => ({
    origin: c.origin.label,
    known: c.origin.known,
    relays: c.relays.map((r) => r.name),
    articles: c.articles.slice(0, limit).map((a) => ({ href: paths.article(a.slug), label: a.label })),
    moreArticles: Math.max(0, c.articles.length - limit),
  });
  const drawnArticles = picture.reduce((n, c) => n + c.articles.length, 0);
  if (drawnArticles <= PICTURE_ARTICLE_LIMIT) {
    return { chains: picture, summary, list: picture.map((c) => listOf(c, c.articles.length)), morePaths: 0 };
  }
  // Too many to draw one box each: the paths behind the most articles (ties in the comparison's order).
  const kept = picture
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.articles.length - a.c.articles.length || a.i - b.i)
    .slice(0, BRIEF_PATHS)
    .sort((a, b) => a.i - b.i)
    .map(({ c }) => c);
  const drawn = kept.map((c) => ({
    ...c,
    articles:
      c.articles.length <= BRIEF_DRAWN
        ? c.articles
        : [
            ...c.articles.slice(0, BRIEF_DRAWN),
            {
              slug: `more-${c.origin.key}-${c.relays.map((r) => r.id).join("-")}`,
              label: `and ${count(c.articles.length - BRIEF_DRAWN, "more article")}`,
            },
          ],
  }));
  const morePaths = picture.length - kept.length;
  return {
    chains: drawn,
    summary: `${summary} Drawn in brief: ${
      morePaths > 0 ? `the ${kept.length} paths of ${picture.length} behind the most articles` : "every path"
    }, each with its first ${BRIEF_DRAWN} articles.`,
    list: kept.map((c) => listOf(c, BRIEF_LISTED)),
    morePaths,
  };
}

/** A number-line chart of claims, with its legend and table. */
export interface NumberLineView {
  readonly inputs: readonly ChartInput[];
  readonly legend: readonly string[];
  readonly rows: readonly {
    readonly href: string;
    readonly value: string;
    readonly who: string;
    readonly origin: string;
    readonly outlet: string;
    readonly date: string;
  }[];
}

/**
 * The number line of some claims: a row per claim labelled with its value and who is credited.
 *
 * @param d Site data.
 * @param claims Claims in plotting order.
 * @param showKind Name each figure's kind in its label, for topics that compare several kinds.
 * @returns The view.
 */
export function numberLineOf(d: SiteData, claims: readonly ClaimView[], showKind = false): NumberLineView {
  const article = (slug: string): Article | undefined => d.article.get(slug);
  const { series, index } = seriesOf(claims, article);
  return {
    inputs: claims.map((c) => ({
      id: c.id,
      value: c.value,
      label: markLabel(c, article(c.article), showKind),
      series: index.get(c.id) ?? 0,
    })),
    legend: series.map((s) => s.label),
    rows: claims.map((c) => ({
      href: paths.claim(c.id),
      value: scopedValue(c),
      who: whoLabel(c),
      origin: series[index.get(c.id) ?? 0]?.label ?? "",
      outlet: outletShort(article(c.article), c),
      date: shortDate(c),
    })),
  };
}

/** A part of an answer sentence: text, linked to claims when it states a figure. */
export interface AnswerPart {
  readonly text: string;
  /** The first claim it rests on (the text links there), or null. */
  readonly href: string | null;
  readonly claims: readonly ClaimLine[];
}

/**
 * A topic's answer as linked sentences; empty when the comparison gives none.
 *
 * @param d Site data.
 * @param t The topic.
 * @returns Sentences of parts.
 */
export function answerOf(d: SiteData, t: Topic): AnswerPart[][] {
  return (t.answer ?? [])
    .map((s) =>
      s.parts.map((p) => {
        const claims = claimLines(d, p.claims);
        return { text: p.text, href: claims[0]?.href ?? null, claims };
      }),
    )
    .filter((s) => s.some((p) => p.text.trim() !== ""));
}

/**
 * The first sentence of a topic's answer as plain text, or null.
 *
 * @param t The topic.
 * @returns The sentence.
 */
export function firstAnswerSentence(t: Topic): string | null {
  const first = t.answer?.[0];
  const text =
    first?.parts
      .map((p) => p.text)
      .join("")
      .trim() ?? "";
  return text === "" ? null : text;
}

/** How many independent origins stand behind a value, in words, with its glossary link. */
export interface OriginCount {
  readonly text: string;
  readonly glossary: string;
}

/**
 * The independent origins of a group of values: "at least 1, at most 3 independent origins"
 * when the comparison gives bounds, else its single count.
 *
 * @param cl The group.
 * @returns The count in words.
 */
export function originCountOf(cl: ValueCluster): OriginCount {
  const lo = cl.originsAtLeast;
  const hi = cl.originsAtMost;
  const text =
    lo !== undefined && hi !== undefined && lo !== hi
      ? `at least ${lo}, at most ${count(hi, "independent origin")}`
      : count(lo ?? cl.independent, "independent origin");
  return { text, glossary: termHref("independent-origins") };
}

/** A row of a claim table. */
export interface ClaimRow {
  readonly href: string;
  readonly value: string;
  readonly figure: string;
  readonly withdrawn: boolean;
  /** An editor set one of its fields (its claim page says which and why). */
  readonly corrected: boolean;
  readonly kind: string;
  readonly who: string;
  /** The text names the speaker only by a surname that more than one person in the article has. */
  readonly whoUncertain: boolean;
  /** The credited person's page, when the site has one. */
  readonly whoHref: string | null;
  readonly outlet: string;
  readonly articleHref: string;
  readonly date: string;
}

/**
 * Rows of a claim table.
 *
 * @param d Site data.
 * @param claims The claims, in table order.
 * @returns The rows.
 */
export function claimRows(d: SiteData, claims: readonly ClaimView[]): ClaimRow[] {
  return claims.map((c) => ({
    href: paths.claim(c.id),
    value: scopedValue(c),
    figure: c.figure,
    withdrawn: c.status === "withdrawn",
    corrected: c.corrections.some((x) => x.action === "set"),
    kind: kindLabel(c.kind),
    who: whoLabel(c),
    whoUncertain: c.attributionAmbiguous,
    whoHref: c.attributedTo && d.person.has(c.attributedTo.id) ? paths.person(c.attributedTo.id) : null,
    outlet: outletShort(d.article.get(c.article), c),
    articleHref: paths.article(c.article),
    date: shortDate(c),
  }));
}
