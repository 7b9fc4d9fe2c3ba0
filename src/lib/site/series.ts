/**
 * Series of a topic chart: one per origin, in order of first appearance, each with a legend label
 * that tells unnamed origins of different articles apart.
 */
import type { ClaimView } from "../compare/types.ts";
import type { Article, ArticleRef } from "../schema/article.ts";
import { kindSpec } from "../schema/kinds.ts";
import { originLabel } from "./labels.ts";
import { creditWords } from "../compare/relations.ts";
import { scopedValue } from "./describe.ts";

/** A chart series. */
export interface Series {
  readonly key: string;
  readonly label: string;
}

/**
 * A short name for an article's outlet, for legends and labels.
 *
 * @param article Article.
 * @returns The publisher, or what an unnamed outlet relays.
 */
export function outletShort(article: ArticleRef | undefined, claim?: Pick<ClaimView, "via">): string {
  if (article === undefined) return "an unknown article";
  if (article.meta.publisher !== null) return article.meta.publisher;
  // For one claim, only the outlets it comes through: an article that relays the Daily Star in one
  // paragraph and a podcast in another does not relay the Daily Star for every figure.
  const relays = claim ? claim.via.map((v) => v.name) : article.meta.relays;
  if (relays.length === 0) return "an unnamed outlet";
  const list = relays.length === 1 ? relays[0] : `${relays.slice(0, -1).join(", ")} and ${relays.at(-1) ?? ""}`;
  return `an unnamed outlet relaying ${list}`;
}

/**
 * Assigns claims to series by origin.
 *
 * @param claims Claims in plotting order.
 * @param article Looks an article up by slug.
 * @returns The series and each claim's series index.
 */
export function seriesOf(
  claims: readonly ClaimView[],
  article: (slug: string) => Article | undefined,
): { series: Series[]; index: Map<string, number> } {
  const series: Series[] = [];
  const byKey = new Map<string, number>();
  const index = new Map<string, number>();
  for (const c of claims) {
    let i = byKey.get(c.origin.key);
    if (i === undefined) {
      i = series.length;
      byKey.set(c.origin.key, i);
      const origin = originLabel(c.origin);
      const label = c.origin.known ? origin : `${origin}, in ${outletShort(article(c.article), c)}`;
      series.push({ key: c.origin.key, label });
    }
    index.set(c.id, i);
  }
  return { series, index };
}

/**
 * The label written beside a claim's mark.
 *
 * @param c Claim.
 * @param article Its article.
 * @param withKind Whether to name the claim's kind (when a chart mixes kinds).
 * @returns Text such as "about 11,000 people · Ukrainian officials" or "about 600 people (killed) · ...".
 */
export function markLabel(c: ClaimView, article: Article | undefined, withKind = false): string {
  const who = c.attributedTo?.name ?? `${creditWords(c)} (${outletShort(article, c)})`;
  const kind = withKind ? ` (${kindSpec(c.kind).label.toLowerCase()})` : "";
  return `${scopedValue(c)}${kind} · ${who}`;
}
