/**
 * The search index the site publishes under `/api/`: the claims as published (corrections
 * applied; withdrawn claims kept and listed, as the claim tables mark them), the people and
 * organisations with every spelling and the alias file's names, and what the search page needs
 * to show a result without another request (article titles and outlets, which entities have a page).
 */
import { join } from "node:path";
import { readAliases } from "../content/aliases.ts";
import { contentDir } from "../content/dir.ts";
import { buildSearchIndex, peopleFromEntities, type SearchCore, type SearchText } from "../search/index.ts";
import { compare, siteData, type SiteData } from "./data.ts";
import { outletShort } from "./series.ts";

/** What the search page shows beside the engine's answers. */
export interface SearchSiteExtras {
  /** Per article, in the order of the core's `articles`: its title, its outlet and its publication date (ISO) or null. */
  readonly articles: { readonly title: string; readonly outlet: string; readonly published: string | null }[];
  /** Per entity, in the order of the core's people: "p" has a page under /people/, "s" under /sources/, "-" none. */
  readonly pages: string;
  /** Ids of claims an editor withdrew, sorted. */
  readonly withdrawn: string[];
}

/** The core part as the site publishes it. */
export type SiteSearchCore = SearchCore & { readonly site: SearchSiteExtras };

/** Both parts, as published. */
export interface SiteSearchIndex {
  readonly core: SiteSearchCore;
  readonly text: SearchText;
}

/**
 * Builds the site's search index.
 *
 * @param d Site data.
 * @param aliasFile The alias file (`aliases.yaml` of the content folder).
 * @returns The core part (with the site's extras) and the text part.
 */
export function buildSiteSearch(d: SiteData, aliasFile: string): SiteSearchIndex {
  const aliases = readAliases(aliasFile);
  // The comparison's people (one per person, those named without a figure included) and the outlets.
  const people = peopleFromEntities(
    [
      ...d.corpus.extraction.entities.filter((e) => e.type === "outlet"),
      ...d.data.people.map((p) => ({ ...p, variants: new Set(p.variants), roles: new Set(p.roles) })),
    ],
    aliases,
  );
  const publishers = new Map(
    d.data.sources.flatMap((s) => s.published.map((slug) => [slug, { id: s.id, name: s.name }] as const)),
  );
  const { core, text } = buildSearchIndex(d.data.claims, people, publishers);
  const personPage = new Set(d.data.people.map((p) => p.id));
  const sourcePage = new Set(d.data.sources.map((s) => s.id));
  const site: SearchSiteExtras = {
    articles: core.articles.map((slug) => {
      const a = d.article.get(slug);
      return { title: a?.meta.title ?? slug, outlet: outletShort(a), published: a?.meta.published ?? null };
    }),
    pages: core.people.id.map((id) => (personPage.has(id) ? "p" : sourcePage.has(id) ? "s" : "-")).join(""),
    withdrawn: d.data.claims
      .filter((c) => c.status === "withdrawn")
      .map((c) => c.id)
      .sort(compare),
  };
  return { core: { ...core, site }, text };
}

/** One index per process, shared by the two endpoints. */
const CACHE = Symbol.for("nk-troop-claims.site-search");
type Cached = { [CACHE]?: SiteSearchIndex };

/**
 * The site's search index, built on first use and memoized for the build.
 *
 * @returns Both parts.
 */
export function siteSearch(): SiteSearchIndex {
  const g = globalThis as Cached;
  g[CACHE] ??= buildSiteSearch(siteData(), join(contentDir(process.cwd()), "aliases.yaml"));
  return g[CACHE];
}

/** Forgets the memoized index, so that the next request builds it from the current site data. */
export function resetSiteSearch(): void {
  delete (globalThis as Cached)[CACHE];
}

/**
 * A compact JSON response: the index is fetched by the browser, so no indentation.
 *
 * @param value Body.
 * @returns The response.
 */
export function compactJsonResponse(value: unknown): Response {
  // Bytes, not a string (see jsonResponse).
  return new Response(Buffer.from(JSON.stringify(value)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
