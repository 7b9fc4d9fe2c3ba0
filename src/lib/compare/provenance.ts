/**
 * Where a figure comes from and how many independent origins stand behind a value. Each claim
 * resolves to a chain: origin → relays (the person citing, the outlets relaying) → article.
 * Articles that relay the same named origin count once. Unnamed groups ("observers"), sources
 * cited only as "media reports" and unattributed statements are unknown origins: each may be
 * independent, or may repeat a named one, so a value has a least and a most number of origins.
 */
import type { Claim, EntityRef } from "../schema/claim.ts";
import { PLACE_WORDS, type Entity } from "../extract/entities.ts";
import type { SpokesFor } from "./affiliation.ts";
import { monthlyInterval } from "./relations.ts";
import type { Origin, OriginChain } from "./types.ts";

/** The parts of a claim the chain rules read. */
type Sourced = Pick<
  Claim,
  "id" | "article" | "kind" | "value" | "figureStart" | "attributedTo" | "citedSource" | "via"
>;

/**
 * Nouns that name no one in particular ("Officials said", "Sources say"): an unknown origin even
 * when a capital at the start of a sentence made the name look like a person's.
 */
const UNNAMED_NOUNS =
  /^(?:[A-Z][\p{L}-]*\s+)?(?:officials|observers|analysts|experts|sources|reports|diplomats|lawmakers|defectors|researchers|authorities|residents|witnesses|people|soldiers|media|critics|insiders)$/iu;

/** The label of an article's own unattributed statement. */
const OUTLET_LABEL = "an unattributed statement of the article";

/** A claim's origin and the relays between that origin and the article. */
export interface ResolvedChain {
  readonly origin: Origin;
  readonly relays: readonly EntityRef[];
}

/**
 * The origin behind a claim: the source the speaker cites, else the credited source,
 * else the outlet's own unattributed statement.
 *
 * @param c Claim.
 * @param entityType Looks up an entity's type by id.
 * @param speaksFor The body a person speaks for, by person id: that body is the origin of their figures.
 * @returns The origin.
 */
export function originOf(
  c: Pick<Claim, "article" | "attributedTo" | "citedSource"> & {
    readonly disputedBy?: EntityRef | null;
    readonly attributedAs?: string | undefined;
    readonly stance?: Claim["stance"];
  },
  entityType: (id: string) => Entity["type"] | undefined,
  speaksFor: ReadonlyMap<string, SpokesFor> = new Map(),
): Origin {
  const unnamed = (e: EntityRef): boolean => entityType(e.id) === "group" || UNNAMED_NOUNS.test(e.name);
  const cited = c.citedSource;
  if (cited) {
    if (unnamed(cited)) {
      return unknown(c.article, cited, `${cited.name}, as cited by ${c.attributedTo?.name ?? "the article"}`);
    }
    return known(cited);
  }
  const who = c.attributedTo;
  if (who) {
    // ("Seoul says …": a capital or a country is named; the office that speaks for it is not.)
    if (unnamed(who)) {
      const place = who.name
        .toLowerCase()
        .replace(/['’]s$/, "")
        .split(/\s+/)
        .every((w) => PLACE_WORDS.has(w));
      return unknown(c.article, who, `${who.name} (${place ? "no office named" : "unnamed"})`);
    }
    const office = speaksFor.get(who.id);
    if (office) return { ...known(office.body), through: { id: who.id, name: who.name, role: office.role } };
    return known(who);
  }
  // A figure the article gives only as the one someone disputes ("disputed reports that …"): its source
  // is not named, and it is not the article's own statement either.
  if (c.disputedBy) {
    return {
      key: `unknown:${c.article}:disputed`,
      label: `a source the article does not name, disputed by ${c.disputedBy.name}`,
      known: false,
      entity: null,
    };
  }
  // A figure the article itself rejects ("There is no evidence that …", "An earlier version said …").
  if (c.stance === "disputes") {
    return {
      key: `unknown:${c.article}:disputed`,
      // (It may be one the article had credited before withdrawing it: "In our 09:05 entry we said the HUR …".)
      label: "no source the site credits, disputed by the article itself",
      known: false,
      entity: null,
    };
  }
  // Someone the text credits but nobody can identify ("the person said"): an unknown origin of its own.
  if (c.attributedAs) {
    return {
      key: `unknown:${c.article}:as:${c.attributedAs.toLowerCase()}`,
      label: `“${c.attributedAs}”, not identified`,
      known: false,
      entity: null,
    };
  }
  return {
    key: `unknown:${c.article}:outlet`,
    label: OUTLET_LABEL,
    known: false,
    entity: null,
  };
}

/**
 * Who passes a figure on between its origin and the article, origin side first: the credited
 * person when they cite someone else, a relaying person when extraction names one, then the
 * relaying outlets from the innermost out.
 *
 * @param c Claim.
 * @param speaksFor The body a person speaks for, by person id.
 * @returns Relays.
 */
function relaysOf(c: Sourced, speaksFor: ReadonlyMap<string, SpokesFor>): EntityRef[] {
  const out: EntityRef[] = [];
  if (c.attributedTo && (c.citedSource || speaksFor.has(c.attributedTo.id))) out.push(c.attributedTo);
  const relayedBy = (c as { relayedBy?: EntityRef | null }).relayedBy;
  if (relayedBy) out.push(relayedBy);
  for (const v of [...c.via].reverse()) if (!out.some((o) => o.id === v.id)) out.push(v);
  return out;
}

/**
 * A key for "the same figure" within one article: kind, unit and the value per month.
 *
 * @param c Claim.
 * @returns Key.
 */
function sameFigureKey(c: Sourced): string {
  const i = monthlyInterval(c);
  return `${c.kind}|${c.value.unit}|${i.min}|${i.max}`;
}

/**
 * Resolves every claim to its chain. Within one article, an unattributed figure equal to a
 * figure the same article credits is that credit repeated, so it joins the credit's chain
 * (a named credit first, then the earliest in the text).
 *
 * @param claims Claims.
 * @param entityType Looks up an entity's type by id.
 * @param speaksFor The body a person speaks for, by person id.
 * @param publisherOf The id of the outlet that published each article, by slug.
 * @returns Chains by claim id.
 */
export function resolveChains(
  claims: readonly Sourced[],
  entityType: (id: string) => Entity["type"] | undefined,
  speaksFor: ReadonlyMap<string, SpokesFor> = new Map(),
  publisherOf: (slug: string) => string | undefined = () => undefined,
): Map<string, ResolvedChain> {
  const out = new Map<string, ResolvedChain>();
  const credited = new Map<string, { c: Sourced; chain: ResolvedChain }>();
  for (const c of claims) {
    const chain = { origin: originOf(c, entityType, speaksFor), relays: relaysOf(c, speaksFor) };
    out.set(c.id, chain);
    if (!c.attributedTo && !c.citedSource) continue;
    const key = `${c.article}|${sameFigureKey(c)}`;
    const prev = credited.get(key);
    const better =
      !prev ||
      Number(chain.origin.known) > Number(prev.chain.origin.known) ||
      (chain.origin.known === prev.chain.origin.known && c.figureStart < prev.c.figureStart);
    if (better) credited.set(key, { c, chain });
  }
  for (const c of claims) {
    if (c.attributedTo || c.citedSource) continue;
    const credit = credited.get(`${c.article}|${sameFigureKey(c)}`);
    if (credit) out.set(c.id, credit.chain);
  }
  // An outlet credited as the origin, which an article shows passing on a named origin, may be passing
  // that origin on again: the same article ("Kanghwa Daily reported …, citing the spy agency. According
  // to the Kanghwa Daily, the regime keeps 90%"), or the outlet's own article, which credits it.
  const relayedBy = new Map<string, EntityRef[]>();
  const add = (key: string, entity: EntityRef): void => {
    const list = relayedBy.get(key) ?? [];
    if (!list.some((e) => e.id === entity.id)) relayedBy.set(key, [...list, entity]);
  };
  for (const c of claims) {
    const { origin, relays } = out.get(c.id) ?? {};
    const entity = origin?.known ? origin.entity : null;
    if (!entity) continue;
    for (const r of relays ?? [])
      if (r.id !== entity.id && entityType(r.id) === "outlet") add(`${c.article}|${r.id}`, entity);
    const publisher = publisherOf(c.article);
    if (publisher && publisher !== entity.id) add(`*|${publisher}`, entity);
  }
  if (relayedBy.size > 0)
    for (const c of claims) {
      const chain = out.get(c.id);
      const o = chain?.origin;
      if (!chain || !o?.known || !o.entity || entityType(o.entity.id) !== "outlet") continue;
      const here = relayedBy.get(`${c.article}|${o.entity.id}`) ?? [];
      const cited = [...here, ...(relayedBy.get(`*|${o.entity.id}`) ?? [])].filter(
        (e, i, all) => all.findIndex((x) => x.id === e.id) === i,
      );
      if (cited.length > 0) out.set(c.id, { ...chain, origin: { ...o, mayRepeat: cited, mayRepeatHere: here } });
    }
  return out;
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

/** How many independent origins stand behind some claims, and the chains they travel. */
export interface Independence {
  readonly origins: (Origin & { articles: string[] })[];
  readonly chains: OriginChain[];
  readonly articles: string[];
  /** Named origins, plus one when only unnamed ones stand behind the value. */
  readonly atLeast: number;
  /** Named origins plus every unnamed one. */
  readonly atMost: number;
  readonly circular: string | null;
}

/**
 * The labels of unnamed origins, each once: several articles' unattributed statements read as one item.
 *
 * @param origins Unnamed origins.
 * @returns Text such as "observers; unattributed statements of 2 articles".
 */
export function unnamedLabels(origins: readonly Origin[]): string {
  const counts = new Map<string, number>();
  for (const o of origins) {
    const label = o.label.replace(/ \(unnamed\)$/, "");
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([label, n]) =>
      n === 1
        ? label
        : label === OUTLET_LABEL
          ? `unattributed statements of ${n} articles`
          : `${label} (in ${n} articles)`,
    )
    .join("; ");
}

/**
 * Whether a named origin may repeat another of the same value: an outlet that an article shows
 * citing that other origin.
 *
 * @param o The origin.
 * @param named The value's named origins.
 * @returns True when it may.
 */
export function repeatsAnother(o: Origin, named: readonly Origin[]): boolean {
  return repeated(o, named).length > 0;
}

/**
 * The named origins of a value that an outlet origin may repeat.
 *
 * @param o The origin.
 * @param named The value's named origins.
 * @returns Their names, in the order the articles show them.
 */
function repeated(o: Origin, named: readonly Origin[]): string[] {
  return (o.mayRepeat ?? []).filter((e) => named.some((n) => n.entity?.id === e.id)).map((e) => e.name);
}

/**
 * A named origin's label, with the origin it may repeat: "South Korea's Kanghwa Daily, which an article
 * shows citing South Korea's National Intelligence Service, and may repeat it".
 *
 * @param o The origin.
 * @param named The value's named origins.
 * @returns The label.
 */
export function namedOriginLabel(o: Origin, named: readonly Origin[]): string {
  const others = repeated(o, named);
  return others.length > 0
    ? `${o.label}, which an article shows citing ${others.join(" and ")} and which may repeat ${others.length === 1 ? "it" : "them"}`
    : o.label;
}

/**
 * Counts as words: "at least 1, at most 3 independent origins", or "2 independent origins".
 *
 * @param atLeast Fewest.
 * @param atMost Most.
 * @returns Text.
 */
export function originCount(atLeast: number, atMost: number): string {
  const noun = atMost === 1 ? "origin" : "origins";
  return atLeast === atMost
    ? `${atMost} independent ${noun}`
    : `at least ${atLeast}, at most ${atMost} independent ${noun}`;
}

/**
 * Groups claims by origin and chain and says how many independent origins stand behind them.
 *
 * @param claims Claims carrying one value.
 * @param chainOf The chain of each claim.
 * @returns Origins and chains with their articles, the least and most count, and a sentence on circular reporting.
 */
export function independence(
  claims: readonly Pick<Claim, "id" | "article">[],
  chainOf: (id: string) => ResolvedChain,
): Independence {
  const byKey = new Map<string, { origin: Origin; articles: Set<string> }>();
  const byChain = new Map<
    string,
    { origin: Origin; relays: readonly EntityRef[]; articles: Set<string>; claims: string[] }
  >();
  for (const c of claims) {
    const { origin: o, relays } = chainOf(c.id);
    const entry = byKey.get(o.key) ?? { origin: o, articles: new Set<string>() };
    entry.articles.add(c.article);
    byKey.set(o.key, entry);
    const ck = `${o.key}>${relays.map((r) => r.id).join(">")}`;
    const chain = byChain.get(ck) ?? { origin: o, relays, articles: new Set<string>(), claims: [] };
    chain.articles.add(c.article);
    chain.claims.push(c.id);
    byChain.set(ck, chain);
  }
  const origins = [...byKey.values()]
    .map((e) => ({ ...e.origin, articles: [...e.articles].sort() }))
    .sort((a, b) => b.articles.length - a.articles.length || (a.key < b.key ? -1 : 1));
  const chains = [...byChain.entries()]
    .sort(([ka, a], [kb, b]) => b.articles.size - a.articles.size || (ka < kb ? -1 : 1))
    .map(([, ch]) => ({ ...ch, articles: [...ch.articles].sort(), claims: ch.claims.sort() }));
  const articles = [...new Set(claims.map((c) => c.article))].sort();
  const named = origins.filter((o) => o.known);
  const unnamed = origins.filter((o) => !o.known);
  // An outlet that may repeat another named origin of the same value is no certain origin of its own.
  const own = named.filter((o) => !repeatsAnother(o, named));
  const atLeast = own.length > 0 ? own.length : unnamed.length > 0 ? 1 : 0;
  const atMost = origins.length;
  let circular: string | null = null;
  if (articles.length > 1 && (atMost < articles.length || atLeast < atMost)) {
    const parts = named.map(
      (o) =>
        `${o.articles.length} ${o.articles.length === 1 ? "traces" : "trace"} back to ${namedOriginLabel(o, named)}`,
    );
    if (unnamed.length > 0) {
      const may = named.length === 0 ? "may repeat one another" : `may repeat ${named.length === 1 ? "it" : "them"}`;
      parts.push(
        `${unnamed.length} unnamed ${unnamed.length === 1 ? "source" : "sources"} (${unnamedLabels(unnamed)}) ${may}`,
      );
    }
    circular = `${articles.length} articles, ${originCount(atLeast, atMost)}: ${parts.join("; ")}.`;
  }
  return { origins, chains, articles, atLeast, atMost, circular };
}
