/**
 * Where a figure comes from and how many independent origins stand behind a value: articles
 * that relay the same named origin count once; unnamed groups ("observers"), sources cited
 * only as "media reports" and unattributed statements are unknown origins, each its own.
 */
import type { Claim, EntityRef } from "../schema/claim.ts";
import type { Entity } from "../extract/entities.ts";
import type { Origin } from "./types.ts";

/**
 * The origin behind a claim: the source the speaker cites, else the credited source,
 * else the outlet's own unattributed statement.
 *
 * @param c Claim.
 * @param entityType Looks up an entity's type by id.
 * @returns The origin.
 */
export function originOf(
  c: Pick<Claim, "article" | "attributedTo" | "citedSource">,
  entityType: (id: string) => Entity["type"] | undefined,
): Origin {
  const cited = c.citedSource;
  if (cited) {
    if (entityType(cited.id) === "group") {
      return unknown(c.article, cited, `${cited.name}, as cited by ${c.attributedTo?.name ?? "the article"}`);
    }
    return known(cited);
  }
  const who = c.attributedTo;
  if (who) {
    if (entityType(who.id) === "group") return unknown(c.article, who, `${who.name} (unnamed)`);
    return known(who);
  }
  return {
    key: `unknown:${c.article}:outlet`,
    label: "an unattributed statement of the article",
    known: false,
    entity: null,
  };
}

/**
 * A named origin.
 *
 * @param e Entity.
 * @returns Origin keyed by the entity.
 */
function known(e: EntityRef): Origin {
  return { key: `entity:${e.id}`, label: e.name, known: true, entity: e };
}

/**
 * An unknown origin, its own per article.
 *
 * @param article Article slug.
 * @param e The group named.
 * @param label Readable label.
 * @returns Origin.
 */
function unknown(article: string, e: EntityRef, label: string): Origin {
  return { key: `unknown:${article}:${e.id}`, label, known: false, entity: e };
}

/**
 * Groups claims by origin and says how many independent origins stand behind them.
 *
 * @param claims Claims carrying one value.
 * @param origin The origin of each claim.
 * @returns Origins with their articles, the count, and a sentence on circular reporting.
 */
export function independence(
  claims: readonly Pick<Claim, "id" | "article">[],
  origin: (id: string) => Origin,
): { origins: (Origin & { articles: string[] })[]; independent: number; articles: string[]; circular: string | null } {
  const byKey = new Map<string, Origin & { articles: string[] }>();
  for (const c of claims) {
    const o = origin(c.id);
    const entry = byKey.get(o.key) ?? { ...o, articles: [] };
    if (!entry.articles.includes(c.article)) entry.articles.push(c.article);
    byKey.set(o.key, entry);
  }
  const origins = [...byKey.values()].sort((a, b) => b.articles.length - a.articles.length || (a.key < b.key ? -1 : 1));
  for (const o of origins) o.articles.sort();
  const articles = [...new Set(claims.map((c) => c.article))].sort();
  const named = origins.filter((o) => o.known);
  const unknownCount = origins.length - named.length;
  const repeated = named.filter((o) => o.articles.length > 1);
  let circular: string | null = null;
  if (articles.length > 1 && repeated.length > 0) {
    const parts = repeated.map((o) => `${o.articles.length} trace back to ${o.label}`);
    circular =
      `${articles.length} articles, ${origins.length} independent ${origins.length === 1 ? "origin" : "origins"} at most: ${parts.join("; ")}` +
      (unknownCount > 0 ? `; ${unknownCount} ${unknownCount === 1 ? "origin is" : "origins are"} unknown.` : ".");
  }
  return { origins, independent: origins.length, articles, circular };
}
