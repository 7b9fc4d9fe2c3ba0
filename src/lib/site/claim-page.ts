/**
 * The view model of a claim page: everything the page shows, as plain data taken from the site
 * data once. The page renders from it alone, so a hash of it is the page's cache key: a page whose
 * model is unchanged renders the same HTML and an incremental build reuses it.
 */
import type { ClaimView, Person } from "../compare/types.ts";
import type { ArticleRef } from "../schema/article.ts";
import { claimContext, emphasizedText, type RenderedBlock } from "./article-text.ts";
import type { SiteData } from "./data.ts";
import { relayChain, shortDate, type ChainStep } from "./describe.ts";
import { originLabel } from "./labels.ts";
import { digestOf, modelKey } from "./model-key.ts";
import { paths } from "./paths.ts";
import { sameOriginOf } from "./same-origin.ts";
import {
  checkView,
  claimLine,
  disputersOf,
  relationLines,
  type CheckView,
  type ClaimLine,
  type Disputer,
  type RelationLine,
} from "./view.ts";

/** How many claims of the same origin a claim page lists. */
export const SAME_ORIGIN_LIMIT = 5;

/** A step of how the claim reached the article, with its page when the site has one. */
export interface ChainLink extends ChainStep {
  readonly href: string | null;
}

/** Everything a claim page shows. */
export interface ClaimPageModel {
  readonly claim: ClaimView;
  readonly article: ArticleRef;
  /** The claim's sentence and its neighbours, with the figure marked. */
  readonly context: readonly RenderedBlock[];
  /** The sentence as plain text (the quote when the context is empty). */
  readonly sentence: string;
  /** The rates a derived total multiplies, with who gives them. */
  readonly derivedFrom: readonly string[];
  /** The credited person or body, when the site has a page for them. */
  readonly credited: Pick<Person, "id" | "type"> | null;
  readonly chain: readonly ChainLink[];
  readonly topic: { readonly id: string; readonly title: string } | null;
  readonly checks: readonly CheckView[];
  /** A few other claims of the same origin (see `same-origin.ts`), each with the date of its figure. */
  readonly sameOrigin: readonly { readonly line: ClaimLine; readonly date: string }[];
  /** Whether the claim has a date (its own or its article's) the list could be ordered around. */
  readonly sameOriginAround: boolean;
  /** Who disputes the value, with whether the site has a page for them. */
  readonly disputers: readonly (Disputer & { readonly page: boolean })[];
  /** Whether the person who disputes this very claim has a page. */
  readonly disputedByPage: boolean;
  readonly related: readonly RelationLine[];
  /** The origin in words. */
  readonly origin: string;
}

/** What a claim page's key is made from: its model but the context and the sentence, which follow from the claim and its article. */
export type ClaimPageFacts = Omit<ClaimPageModel, "context" | "sentence">;

/**
 * The view model of one claim's page.
 *
 * @param d Site data.
 * @param claim The claim.
 * @returns The model.
 */
export function claimPageModel(d: SiteData, claim: ClaimView): ClaimPageModel {
  const facts = claimPageFacts(d, claim);
  const article = d.article.get(claim.article);
  if (!article) throw new Error(`claim ${claim.id}: unknown article ${claim.article}`);
  const context = claimContext(article.body, claim, d.blocks.get(article.slug));
  return { ...facts, context, sentence: emphasizedText(context) || claim.quote };
}

/**
 * A claim page's model without the article's text around the claim: enough for its key, and it does
 * not split the article into blocks.
 *
 * @param d Site data.
 * @param claim The claim.
 * @returns The model but its context and sentence.
 */
export function claimPageFacts(d: SiteData, claim: ClaimView): ClaimPageFacts {
  const article = d.article.get(claim.article);
  if (!article) throw new Error(`claim ${claim.id}: unknown article ${claim.article}`);
  const derivedFrom = (claim.basis?.inputs ?? [])
    .map((id) => d.claim.get(id))
    .filter((c): c is ClaimView => c !== undefined)
    .map((c) => `${c.valueText} (${c.attributedTo ? `according to ${c.attributedTo.name}` : "unattributed"})`);
  const credited = claim.attributedTo ? d.person.get(claim.attributedTo.id) : undefined;
  const topic = claim.topic === null ? undefined : d.topic.get(claim.topic);
  const listed = new Set(claim.related.map((r) => r.to));
  const sameOrigin = sameOriginOf(d.sameOrigin, claim, listed, SAME_ORIGIN_LIMIT).flatMap((c) => {
    const line = claimLine(d, c.id);
    return line ? [{ line, date: shortDate(c) }] : [];
  });
  return {
    claim,
    article: { slug: article.slug, meta: article.meta },
    derivedFrom,
    credited: credited ? { id: credited.id, type: credited.type } : null,
    chain: relayChain(claim, article).map((s) => ({
      ...s,
      href:
        s.id !== null && s.index === "sources" && d.source.has(s.id)
          ? paths.source(s.id)
          : s.id !== null && s.index === "people" && d.person.has(s.id)
            ? paths.person(s.id)
            : null,
    })),
    topic: topic ? { id: topic.id, title: topic.title } : null,
    checks: (d.checksOf.get(claim.id) ?? []).map((k) => checkView(d, k)),
    sameOrigin,
    sameOriginAround: (d.sameOrigin.day.get(claim.id) ?? null) !== null,
    disputers: disputersOf(d, claim).map((p) => ({ ...p, page: d.person.has(p.id) })),
    disputedByPage: claim.disputedBy !== null && d.person.has(claim.disputedBy.id),
    related: relationLines(d, claim.related, claim.id),
    origin: originLabel(claim.origin),
  };
}

/**
 * The key of a claim page: its model, with the claim, its article, the claim lines and the checks
 * entering by their digests. Left out are the fields that are functions of others the key holds:
 * - the context, the sentence and the article's reference follow from the claim and its article;
 * - a relation's badge, meaning and glossary entry follow from its type (and the code), its
 *   explanation and note are those of the claim's own relation (`claim.related`, inside the claim's
 *   digest);
 * - a check's verdict words and glossary entry follow from its verdict (inside the check's digest).
 *
 * @param d Site data.
 * @param m The model.
 * @returns Key.
 */
export function claimPageKey(d: SiteData, m: ClaimPageFacts | ClaimPageModel): string {
  const { claim, article, related, checks, sameOrigin, ...facts } = m;
  const { context: _context, sentence: _sentence, ...rest } = facts as Partial<ClaimPageModel> & typeof facts;
  const source = d.article.get(article.slug);
  if (!source) throw new Error(`claim ${claim.id}: unknown article ${article.slug}`);
  return modelKey(
    {
      ...rest,
      article: digestOf(source),
      related: related.map((r) => [r.type, r.phrase, digestOf(r.subject), digestOf(r.object)]),
      checks: checks.map((k) => [digestOf(k.check), k.inputs.map(digestOf), k.against && digestOf(k.against)]),
      sameOrigin: sameOrigin.map((s) => [digestOf(s.line), s.date]),
    },
    [claim],
  );
}
