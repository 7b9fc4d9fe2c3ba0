/**
 * Turns articles into validated claim records by running the extraction stages in order:
 * blocks → sentences → speakers and coreference → figures and their roles → credit → record.
 * Every number that does not become a claim is kept with its reason.
 */
import type { Article } from "../schema/article.ts";
import type { Claim, EntityRef, Skipped } from "../schema/claim.ts";
import { findSpeechActs, quoteMap } from "./attribution.ts";
import { markHeadline, splitBlocks } from "./blocks.ts";
import { articleRelays, creditFigure, paragraphVias, viaOf } from "./credit.ts";
import { type AliasEntry, type Entity, EntityRegistry } from "./entities.ts";
import { extractQuantities } from "./quantities/index.ts";
import { lineIndex, linkInputs, recordClaim, sweepDigits } from "./record.ts";
import { roleOf, sentenceFigures } from "./roles.ts";
import { splitSentences } from "./sentences.ts";
import { type BlockCarry, newTracker, paragraphSpeakers, subjectOf } from "./speakers.ts";

export { ExtractionError } from "./record.ts";

/** What extraction gives for a set of articles. */
export interface Extraction {
  /** Claims, sorted by article then position. */
  readonly claims: Claim[];
  /** Numbers seen and not claimed, with reasons. */
  readonly skipped: Skipped[];
  /** Entities seen, sorted by id. */
  readonly entities: Entity[];
}

/**
 * Extracts the claims of several articles, resolving entities across all of them.
 *
 * @param articles Articles (any order).
 * @param aliases Entries of the alias file.
 * @returns Claims, skipped numbers and entities.
 */
export function extractCorpus(articles: readonly Article[], aliases: readonly AliasEntry[] = []): Extraction {
  const registry = new EntityRegistry(aliases);
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const a of sorted) {
    const r = extractArticle(a, registry);
    claims.push(...r.claims);
    skipped.push(...r.skipped);
  }
  registry.finalizeNames();
  const rename = (r: EntityRef | null): EntityRef | null =>
    r ? { id: r.id, name: registry.byId(r.id)?.name ?? r.name } : null;
  const named = claims.map((c) => ({
    ...c,
    attributedTo: rename(c.attributedTo),
    subject: rename(c.subject),
    disputedBy: rename(c.disputedBy),
    citedSource: rename(c.citedSource),
    relayedBy: rename(c.relayedBy ?? null),
    via: c.via.map((v) => rename(v) as EntityRef),
  }));
  return { claims: named, skipped, entities: registry.seen() };
}

/**
 * Extracts one article.
 *
 * @param article The article.
 * @param registry Entity registry shared across the corpus.
 * @returns Its claims and skipped numbers.
 */
export function extractArticle(article: Article, registry: EntityRegistry): { claims: Claim[]; skipped: Skipped[] } {
  const lineOf = lineIndex(article);
  const relays = articleRelays(article, registry);
  const tracker = newTracker();
  const carry: BlockCarry = { speaker: null, openQuote: false };
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const skip = (text: string, start: number, reason: string, context: string): void => {
    skipped.push({ article: article.slug, text, start, line: lineOf(start), reason, context });
  };

  let sentenceIndex = 0;
  let lastSentenceText = "";
  for (const block of markHeadline(splitBlocks(article.body), article.meta.title)) {
    if (block.type === "blank") continue;
    if (block.type !== "prose") {
      const reason = block.reason === "headline repeated" ? block.reason : `${block.type} line`;
      for (const q of extractQuantities(block.text)) skip(q.text, block.start + q.start, reason, block.text);
      continue;
    }
    const sentences = splitSentences(article.body, block, sentenceIndex);
    const acts = sentences.map((s) => findSpeechActs(s.text, s.openQuoteAtStart));
    const speakers = paragraphSpeakers(sentences, acts, registry, tracker, sentenceIndex, carry);
    const vias = paragraphVias(sentences, relays, registry);
    sentences.forEach((s, i) => {
      const { numbers, figures } = sentenceFigures(s.text);
      if (figures.length === 0) return;
      const inQuote = quoteMap(s.text, s.openQuoteAtStart);
      // The two sentences before, across paragraph breaks: what "the number" or "this amount" refers to.
      const previous = [
        i > 1 ? (sentences[i - 2]?.text ?? "") : i === 1 ? lastSentenceText : "",
        i > 0 ? (sentences[i - 1]?.text ?? "") : lastSentenceText,
      ]
        .join(" ")
        .trim();
      for (const q of figures) {
        const role = roleOf(q, { sentence: s.text, all: numbers, previous });
        if (!role.ok) {
          skip(q.text, s.start + q.start, role.reason, s.text);
          continue;
        }
        const credit = creditFigure(
          {
            figure: q,
            kind: role.kind,
            sentence: s,
            acts: acts[i] ?? [],
            inQuote,
            speaker: speakers[i] ?? null,
            index: sentenceIndex + i,
          },
          registry,
          tracker,
        );
        const subject: Entity | null =
          role.kind === "biography" ? subjectOf(s.text, q, registry, tracker, credit.attributed) : null;
        const claim = recordClaim({
          article,
          sentence: s,
          figure: q,
          figures,
          role,
          credit,
          via: viaOf(relays, vias, sentences, i, credit),
          subject,
          lineOf,
        });
        claims.push(linkInputs(claim, claims));
      }
    });
    sentenceIndex += sentences.length;
    lastSentenceText = sentences[sentences.length - 1]?.text ?? lastSentenceText;
  }
  sweepDigits(article.body, claims, skipped, skip);
  skipped.sort((a, b) => a.start - b.start);
  return { claims, skipped };
}
