/**
 * The data files under `/api/`: the same records the pages show, corrections applied and marked,
 * each with the absolute address of its page. Deterministic: sorted, no timestamps.
 */
import { claimsIndexPageCount } from "./claims-index.ts";
import { stringify } from "csv-stringify/sync";
import type { ClaimView } from "../compare/types.ts";
import { compare, type SiteData } from "./data.ts";
import { kindLabel, whoLabel } from "./describe.ts";
import { paths } from "./paths.ts";

/**
 * A JSON response with stable formatting.
 *
 * @param value Body.
 * @returns The response.
 */
export function jsonResponse(value: unknown): Response {
  // Bytes, not a string: a string body is scanned for lone surrogates before it is encoded, which for
  // megabytes of JSON costs more than the encoding (the bytes are the same).
  return new Response(Buffer.from(`${JSON.stringify(value, null, 2)}\n`), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/**
 * An address on the site: absolute when the site's address is configured, else the path itself,
 * which still opens wherever the site is served.
 *
 * @param site The configured site, if any.
 * @param path A path from `paths`.
 * @returns The address.
 */
export function absolute(site: URL | undefined, path: string): string {
  return site === undefined ? path : new URL(path, site).href;
}

/**
 * Claims with their page and article addresses.
 *
 * @param d Site data.
 * @param site The configured site.
 * @returns Records sorted by id.
 */
export function claimRecords(d: SiteData, site: URL | undefined): (ClaimView & { url: string; articleUrl: string })[] {
  return [...d.data.claims]
    .sort((a, b) => compare(a.id, b.id))
    .map((c) => ({
      ...c,
      url: absolute(site, paths.claim(c.id)),
      articleUrl: absolute(site, `${paths.article(c.article)}#${c.id}`),
    }));
}

/** Columns of `/api/claims.csv`. */
export const CSV_COLUMNS = [
  "id",
  "url",
  "status",
  "article",
  "article_title",
  "publisher",
  "via",
  "kind",
  "kind_label",
  "figure",
  "value_text",
  "min",
  "max",
  "unit",
  "per",
  "approx",
  "scope",
  "attributed_to",
  "attributed_to_id",
  "attributed_as",
  "origin",
  "origin_known",
  "as_of",
  "as_of_source",
  "as_of_precision",
  "as_of_note",
  "topic",
  "quote",
  "corrections",
] as const;

/**
 * The claims as CSV, one row per claim, for spreadsheets.
 *
 * @param d Site data.
 * @param site The configured site.
 * @returns CSV text with a header row.
 */
export function claimsCsv(d: SiteData, site: URL | undefined): string {
  const rows = claimRecords(d, site).map((c) => {
    const a = d.article.get(c.article);
    return {
      id: c.id,
      url: c.url,
      status: c.status,
      article: c.article,
      article_title: a?.meta.title ?? "",
      publisher: c.publisher?.name ?? "",
      via: c.via.map((v) => v.name).join(" > "),
      kind: c.kind,
      kind_label: kindLabel(c.kind),
      figure: c.figure,
      value_text: c.valueText,
      min: c.value.min ?? "",
      max: c.value.max ?? "",
      unit: c.value.unit,
      per: c.value.per ?? "",
      approx: c.value.approx,
      attributed_to: c.attributedTo === null ? "" : whoLabel(c),
      attributed_to_id: c.attributedTo?.id ?? "",
      attributed_as: c.attributedAs ?? "",
      origin: c.origin.label,
      origin_known: c.origin.known,
      as_of: c.asOf ?? "",
      as_of_source: c.asOfSource,
      as_of_precision: c.asOfPrecision ?? (c.asOf === null ? "" : "day"),
      as_of_note: c.asOfNote ?? "",
      scope: c.scope ?? "",
      topic: c.topic ?? "",
      quote: c.quote,
      // ("set kind, asOf: …", "note with <other claim's id>: …": what each correction touched.)
      corrections: c.corrections
        .map((k) => {
          const what = k.with
            ? ` with ${k.with.id}`
            : k.fields.length > 0
              ? ` ${k.fields.map((f) => f.field).join(", ")}`
              : "";
          return `${k.action}${what}: ${k.reason}`;
        })
        .join(" | "),
    };
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], cast: { boolean: (b) => (b ? "true" : "false") } });
}

/**
 * Every HTML page of the site, as paths, sorted: the sitemap's list.
 *
 * @param d Site data.
 * @returns Paths.
 */
export function pagePaths(d: SiteData): string[] {
  const list = [
    paths.home,
    paths.about,
    paths.search,
    paths.topics,
    paths.claims,
    paths.people,
    paths.sources,
    paths.articles,
    ...Array.from({ length: claimsIndexPageCount(d) }, (_, i) => paths.claimsPage(i + 1)),
    ...d.data.topics.map((t) => paths.topic(t.id)),
    ...d.data.claims.map((c) => paths.claim(c.id)),
    ...d.articles.map((a) => paths.article(a.slug)),
    ...d.data.people.map((p) => paths.person(p.id)),
    ...d.data.sources.map((s) => paths.source(s.id)),
  ];
  return [...new Set(list)].sort(compare);
}

/**
 * The sitemap (https://www.sitemaps.org/protocol.html), without dates so that builds stay identical.
 *
 * @param d Site data.
 * @param site The configured site.
 * @returns XML text.
 */
export function sitemapXml(d: SiteData, site: URL | undefined): string {
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const urls = pagePaths(d).map((p) => `  <url><loc>${esc(absolute(site, p))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
