/**
 * The corpus the site renders, built once per build and shared by every page and endpoint,
 * with lookups by id. Pages read from here; none of them runs the pipeline itself.
 */
import { contentDir } from "../content/dir.ts";
import type { Check, ClaimView, CorpusData, Person, Source, Topic } from "../compare/types.ts";
import { buildCorpus, type Corpus } from "../pipeline.ts";
import type { Article } from "../schema/article.ts";
import { pushTo } from "../collections.ts";
import { splitBlocks, type Block } from "../extract/blocks.ts";
import { originIndex, type OriginIndex } from "./same-origin.ts";

/** The corpus with the lookups pages need. */
export interface SiteData {
  readonly corpus: Corpus;
  readonly data: CorpusData;
  /** Articles sorted by slug. */
  readonly articles: readonly Article[];
  readonly article: ReadonlyMap<string, Article>;
  readonly claim: ReadonlyMap<string, ClaimView>;
  /** Each article's blocks, split on first use and kept for every page that shows its text. */
  readonly blocks: { get(slug: string): readonly Block[] | undefined };
  /** Each article's claims in reading order. */
  readonly claimsOf: ReadonlyMap<string, readonly ClaimView[]>;
  /** Claims by origin, sorted by date: a claim page lists a few others of the same origin without scanning all claims. */
  readonly sameOrigin: OriginIndex;
  readonly topic: ReadonlyMap<string, Topic>;
  readonly person: ReadonlyMap<string, Person>;
  readonly source: ReadonlyMap<string, Source>;
  readonly check: ReadonlyMap<string, Check>;
  /** Checks that use a claim as an input or set their result beside it. */
  readonly checksOf: ReadonlyMap<string, readonly Check[]>;
  /** The first topic (by id) that lists a check: where a check is shown. */
  readonly topicOfCheck: ReadonlyMap<string, string>;
  /**
   * For each claim of a value cluster, the disputed claims of its cluster sorted by id: a claim page
   * names who disputes its value without scanning the topic's clusters.
   */
  readonly disputedInCluster: ReadonlyMap<string, readonly ClaimView[]>;
  /** For each person or body, the claims they pass on (relay or carry) without being credited with them. */
  readonly passedOnBy: ReadonlyMap<string, readonly ClaimView[]>;
}

/** One cache per process: Astro may load this module more than once during a build. */
const CACHE = Symbol.for("nk-troop-claims.site-data");
type Cached = { [CACHE]?: SiteData };

/**
 * The site's data, built from `content/` (or `CONTENT_DIR`) on first use and memoized for the build.
 *
 * @returns The corpus and its lookups.
 */
export function siteData(): SiteData {
  const g = globalThis as Cached;
  if (!g[CACHE]) {
    const corpus = buildCorpus(contentDir(process.cwd()));
    // Problems that do not stop the build are reported, never dropped.
    for (const w of corpus.warnings) console.warn(`warning: ${w}`);
    g[CACHE] = indexCorpus(corpus);
  }
  return g[CACHE];
}

/**
 * Replaces the memoized data with a new corpus: the dev server's loader calls it after a good edit,
 * so the next request renders the new content.
 *
 * @param corpus A corpus that passed every check.
 */
export function replaceSiteData(corpus: Corpus): void {
  (globalThis as Cached)[CACHE] = indexCorpus(corpus);
}

/**
 * Indexes a corpus by id.
 *
 * @param corpus The built corpus.
 * @returns Lookups over it.
 */
export function indexCorpus(corpus: Corpus): SiteData {
  const { data } = corpus;
  const articles = [...corpus.articles].sort((a, b) => compare(a.slug, b.slug));
  const claimsOf = new Map<string, ClaimView[]>(articles.map((a) => [a.slug, []]));
  for (const c of data.claims) claimsOf.get(c.article)?.push(c);
  for (const list of claimsOf.values()) list.sort((a, b) => a.figureStart - b.figureStart || compare(a.id, b.id));
  const checksOf = new Map<string, Check[]>();
  for (const k of data.checks) {
    const ids = new Set([...k.inputs, ...(k.against === null ? [] : [k.against])]);
    for (const id of [...ids].sort(compare)) pushTo(checksOf, id, k);
  }
  const topicOfCheck = new Map<string, string>();
  for (const t of [...data.topics].sort((a, b) => compare(a.id, b.id))) {
    for (const k of t.checks) if (!topicOfCheck.has(k)) topicOfCheck.set(k, t.id);
  }
  const claimById = new Map(data.claims.map((c) => [c.id, c]));
  const article = new Map(articles.map((a) => [a.slug, a]));
  const disputedInCluster = new Map<string, readonly ClaimView[]>();
  for (const t of data.topics) {
    for (const cl of t.clusters) {
      const disputed = cl.claims
        .map((id) => claimById.get(id))
        .filter((c): c is ClaimView => c?.disputedBy != null)
        .sort((a, b) => compare(a.id, b.id));
      // A claim's cluster is the first of its own topic that holds it.
      for (const id of cl.claims) {
        if (claimById.get(id)?.topic === t.id && !disputedInCluster.has(id)) disputedInCluster.set(id, disputed);
      }
    }
  }
  const passedOnBy = new Map<string, ClaimView[]>();
  for (const c of data.claims) {
    const by = new Set([...(c.relayedBy ? [c.relayedBy.id] : []), ...c.via.map((v) => v.id)]);
    if (c.attributedTo) by.delete(c.attributedTo.id);
    for (const id of [...by].sort(compare)) pushTo(passedOnBy, id, c);
  }
  return {
    corpus,
    data,
    articles,
    article,
    blocks: lazyBlocks(articles),
    claim: claimById,
    claimsOf,
    sameOrigin: originIndex(data.claims, (slug) => article.get(slug)?.meta.published),
    topic: new Map(data.topics.map((t) => [t.id, t])),
    person: new Map(data.people.map((p) => [p.id, p])),
    source: new Map(data.sources.map((s) => [s.id, s])),
    check: new Map(data.checks.map((k) => [k.id, k])),
    checksOf,
    topicOfCheck,
    disputedInCluster,
    passedOnBy,
  };
}

/**
 * Articles' blocks, split when a page first asks for them: a rebuild renders few pages, and splitting
 * every article up front cost a quarter of a second at 1,000 articles.
 *
 * @param articles The articles.
 * @returns A lookup by slug.
 */
function lazyBlocks(articles: readonly Article[]): SiteData["blocks"] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const split = new Map<string, readonly Block[]>();
  return {
    get(slug: string): readonly Block[] | undefined {
      let blocks = split.get(slug);
      if (blocks === undefined) {
        const a = bySlug.get(slug);
        if (a === undefined) return undefined;
        blocks = splitBlocks(a.body);
        split.set(slug, blocks);
      }
      return blocks;
    },
  };
}

/**
 * Code-unit order, the same on every machine (unlike `localeCompare`).
 *
 * @param a One string.
 * @param b The other.
 * @returns Negative, zero or positive.
 */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
