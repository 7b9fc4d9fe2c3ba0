/**
 * What an article page keeps of a text it may not show in full: besides the passages with
 * figures, the stances of the people it quotes and the sentences that name them, so that a
 * figure is read with what its speaker says around it.
 */
import type { Article } from "../schema/article.ts";
import type { Span } from "./article-text.ts";
import type { SiteData } from "./data.ts";
import { mentionsOf, statementsOf } from "./mentions.ts";

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
    for (const m of mentionsOf(d, p)) if (m.article === article.slug) spans.push({ start: m.start, end: m.end });
    for (const c of statementsOf(d, p))
      if (c.article === article.slug) spans.push({ start: c.quoteStart, end: c.quoteStart + c.quote.length });
  }
  return spans;
}
