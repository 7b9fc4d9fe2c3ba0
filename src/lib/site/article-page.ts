/**
 * What an article page keeps of a text it may not show in full: besides the passages with
 * figures, the stances of the people it quotes and the sentences that name them, so that a
 * figure is read with what its speaker says around it.
 */
import type { ClaimView } from "../compare/types.ts";
import type { Article } from "../schema/article.ts";
import type { Span } from "./article-text.ts";
import type { SiteData } from "./data.ts";
import { paths } from "./paths.ts";
import { mentionsByArticle, statementsOf } from "./mentions.ts";
import { claimRows, type ClaimRow } from "./view.ts";
import { modelKey } from "./model-key.ts";

/**
 * What an article page shows of each of its claims: where its figure stands, to mark and link it, and
 * whether it is withdrawn. Not the claim's related claims, which change whenever another article adds
 * a claim near its value, and would make the page's key change with them.
 */
export type ArticleClaim = Pick<ClaimView, "id" | "quoteStart" | "quote" | "figureStart" | "figure" | "status">;

/** Everything an article page shows, as plain data: the page renders from it alone (see `claimPageModel`). */
export interface ArticlePageModel {
  /** What the page shows of the article (not where its file is). */
  readonly article: Pick<Article, "slug" | "meta" | "body">;
  /** Its claims in reading order. */
  readonly claims: readonly ArticleClaim[];
  /** Sentences kept besides the figures' (see `articleContext`). */
  readonly context: readonly Span[];
  /** The source page of its outlet, when there is one. */
  readonly publisherSource: string | null;
  /** The outlets it relays, with their source pages when the site has them. */
  readonly relays: readonly { readonly name: string; readonly href: string | null }[];
  readonly rows: readonly ClaimRow[];
}

/**
 * The view model of one article's page.
 *
 * @param d Site data.
 * @param article The article.
 * @returns The model.
 */
export function articlePageModel(d: SiteData, article: Article): ArticlePageModel {
  const claims = d.claimsOf.get(article.slug) ?? [];
  const publisherSource = d.data.sources.find((s) => s.published.includes(article.slug));
  const relayedSources = d.data.sources.filter((s) => s.relayedBy.includes(article.slug));
  const relays =
    relayedSources.length > 0
      ? relayedSources.map((s) => ({ name: s.name, href: paths.source(s.id) }))
      : article.meta.relays.map((name) => ({ name, href: null }));
  return {
    article: { slug: article.slug, meta: article.meta, body: article.body },
    claims: claims.map(({ id, quoteStart, quote, figureStart, figure, status }) => ({
      id,
      quoteStart,
      quote,
      figureStart,
      figure,
      status,
    })),
    context: articleContext(d, article),
    publisherSource: publisherSource?.id ?? null,
    relays,
    rows: claimRows(d, claims),
  };
}

/**
 * The context sentences of an article: stances and sentences naming anyone credited with, or
 * disputing, one of its figures.
 *
 * @param d Site data.
 * @param article The article.
 * @returns Body spans, in no particular order.
 */
export function articleContext(d: SiteData, article: Article): Span[] {
  const claims = d.claimsOf.get(article.slug) ?? [];
  const speakers = new Set<string>();
  for (const c of claims) {
    if (c.attributedTo) speakers.add(c.attributedTo.id);
    if (c.disputedBy) speakers.add(c.disputedBy.id);
  }
  const spans: Span[] = [];
  for (const id of [...speakers].sort()) {
    const p = d.person.get(id);
    if (!p) continue;
    for (const m of mentionsByArticle(d, p).byArticle.get(article.slug) ?? [])
      spans.push({ start: m.start, end: m.end });
    for (const c of statementsOf(d, p))
      if (c.article === article.slug) spans.push({ start: c.quoteStart, end: c.quoteStart + c.quote.length });
  }
  return spans;
}

/**
 * The key of an article page: its model.
 *
 * @param m The model.
 * @returns Key.
 */
export function articlePageKey(m: ArticlePageModel): string {
  return modelKey(m);
}
