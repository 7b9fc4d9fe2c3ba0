/**
 * What a person says and where they are named, for their page: stance statements without a
 * figure, and the sentences of the articles that name them.
 */
import type { ClaimView, Person } from "../compare/types.ts";
import { splitSentences } from "../extract/sentences.ts";
import type { SiteData } from "./data.ts";

/** A sentence that names someone. */
export interface Mention {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The sentences naming a person: the comparison's own list when it gives one, else the
 * sentences of their articles that contain one of their distinctive spellings.
 *
 * @param d Site data.
 * @param p The person.
 * @returns Sentences in article order, then reading order.
 */
export function mentionsOf(d: SiteData, p: Person): readonly Mention[] {
  return mentionsByArticle(d, p).all;
}

/** Each person's mentions, found once per site data: article pages and person pages share them. */
const MENTIONS = new WeakMap<SiteData, Map<string, { all: Mention[]; byArticle: Map<string, Mention[]> }>>();

/**
 * A person's mentions, all of them and grouped by article, computed once per site data.
 *
 * @param d Site data.
 * @param p The person.
 * @returns The mentions in order, and by article slug.
 */
export function mentionsByArticle(
  d: SiteData,
  p: Person,
): { readonly all: readonly Mention[]; readonly byArticle: ReadonlyMap<string, readonly Mention[]> } {
  let cache = MENTIONS.get(d);
  if (!cache) MENTIONS.set(d, (cache = new Map()));
  let found = cache.get(p.id);
  if (!found) {
    const all = findMentions(d, p);
    const byArticle = new Map<string, Mention[]>();
    for (const m of all) {
      const list = byArticle.get(m.article);
      if (list) list.push(m);
      else byArticle.set(m.article, [m]);
    }
    cache.set(p.id, (found = { all, byArticle }));
  }
  return found;
}

/**
 * Finds the sentences naming a person (see `mentionsOf`).
 *
 * @param d Site data.
 * @param p The person.
 * @returns Sentences in article order, then reading order.
 */
function findMentions(d: SiteData, p: Person): Mention[] {
  const given = p.mentions;
  if (given !== undefined) {
    return given.flatMap((m) => {
      const body = d.article.get(m.article)?.body;
      return body === undefined ? [] : [{ ...m, text: body.slice(m.start, m.end) }];
    });
  }
  // Unnamed groups ("analysts") are words any sentence may use, not names.
  if (p.type === "group") return [];
  const spellings = [p.name, ...p.variants];
  // A bare surname ("Lee") may be someone else's: only full spellings count, unless there is no other.
  const full = spellings.filter((s) => /[\s-]/.test(s.trim()));
  const names = [...new Set(full.length > 0 ? full : spellings)].filter((s) => s.trim().length >= 3);
  if (names.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "u");
  const out: Mention[] = [];
  for (const slug of p.articles) {
    const body = d.article.get(slug)?.body;
    if (body === undefined) continue;
    for (const block of d.blocks.get(slug) ?? []) {
      if (block.text.trim() === "") continue;
      const sentences = splitSentences(body, block);
      sentences.forEach((s, k) => {
        if (!pattern.test(s.text)) return;
        // A sentence that names the speaker after a quotation running over several sentences
        // ("… receive,” Chung explained.") takes the whole quotation with it.
        let first = k;
        while (first > 0 && sentences[first]?.openQuoteAtStart === true) first--;
        const start = sentences[first]?.start ?? s.start;
        out.push({ article: slug, start, end: s.end, text: body.slice(start, s.end) });
      });
    }
  }
  return out;
}

/**
 * A person's statements without a figure: the comparison's list when it gives one, else the
 * stances of the topics credited to them.
 *
 * @param d Site data.
 * @param p The person.
 * @returns The stance claims.
 */
export function statementsOf(d: SiteData, p: Person): ClaimView[] {
  const ids =
    p.statements ??
    d.data.topics.flatMap((t) => t.statements.filter((id) => d.claim.get(id)?.attributedTo?.id === p.id));
  return [...new Set(ids)].map((id) => d.claim.get(id)).filter((c): c is ClaimView => c !== undefined);
}

/**
 * Escapes a string for a regular expression.
 *
 * @param s Text.
 * @returns The pattern.
 */
function escapeRe(s: string): string {
  return s.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A sentence in quotation marks, unless it opens with one already.
 *
 * @param text The sentence.
 * @returns The quoted sentence.
 */
export function inQuotes(text: string): string {
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}
