import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { parseArticle } from "../../src/lib/content/articles.ts";
import type { AliasEntry } from "../../src/lib/extract/entities.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { ArticleMetaSchema, type Article } from "../../src/lib/schema/article.ts";
import type { Claim } from "../../src/lib/schema/claim.ts";

/**
 * An invented article of the Harbour Ledger, dated 4 March 2025, read as a file of `content/articles/` is.
 *
 * @param slug Its slug.
 * @param body Its text.
 * @returns The article.
 */
export function ledgerArticle(slug: string, body: string): Article {
  return parseArticle(
    `content/articles/${slug}.md`,
    new TextEncoder().encode(
      `---\ntitle: "${slug}"\npublisher: "Harbour Ledger"\npublished: 2025-03-04\n---\n${body}\n`,
    ),
  );
}

/**
 * Runs extraction and comparison on invented articles.
 *
 * @param articles The articles.
 * @returns The compared corpus.
 */
export function compareArticles(...articles: Article[]): CorpusData {
  return compareCorpus(articles, extractCorpus(articles));
}

/**
 * Extracts one invented article that has no date, given only its publisher, title and body.
 *
 * @param meta Its publisher, title and slug.
 * @param meta.publisher The publisher.
 * @param meta.title The title.
 * @param meta.slug The slug.
 * @param body Its text.
 * @returns The claims and skipped numbers.
 */
export function extractInvented(
  meta: { readonly publisher: string; readonly title: string; readonly slug: string },
  body: string,
): ReturnType<typeof extractCorpus> {
  const parsed = ArticleMetaSchema.parse({ title: meta.title, publisher: meta.publisher });
  return extractCorpus([{ slug: meta.slug, file: `${meta.slug}.md`, meta: parsed, body: `${body}\n`, bodyLine: 1 }]);
}

/**
 * A claim as one line: "figure: kind, credit, stance, disputed by".
 *
 * @param c The claim.
 * @param withKind Whether to write its kind.
 * @returns The line.
 */
export function claimLine(c: Claim, withKind = true): string {
  return `${c.figure}: ${withKind ? `${c.kind}, ` : ""}${c.attributedTo?.name ?? "nobody"}, ${c.stance}, disputed by ${c.disputedBy?.name ?? "nobody"}`;
}

/**
 * Readers of one invented, undated article of a publisher: its extraction whole, and its claims as lines.
 *
 * @param publisher The publisher.
 * @returns `extract` (claims and skipped numbers), `read` (the claims as {@link claimLine}s), `kinds`, `figureKinds`
 * ("figure: kind"), `credited` ("figure: kind, credit"), `valued` ("figure: kind min-max unit/per") and `skippedOf`
 * (the skipped numbers as "figure: reason").
 */
export function inventedReader(publisher: string): {
  extract: (body: string) => ReturnType<typeof extractCorpus>;
  read: (body: string) => string[];
  kinds: (body: string) => string[];
  figureKinds: (body: string) => string[];
  credited: (body: string) => string[];
  valued: (body: string) => string[];
  skippedOf: (body: string) => string[];
} {
  const extract = (body: string): ReturnType<typeof extractCorpus> =>
    extractInvented({ title: "Invented report", publisher, slug: "report" }, body);
  return {
    extract,
    read: (body: string) => extract(body).claims.map((c) => claimLine(c)),
    kinds: (body: string) => extract(body).claims.map((c) => c.kind),
    figureKinds: (body: string) => extract(body).claims.map((c) => `${c.figure}: ${c.kind}`),
    credited: (body: string) =>
      extract(body).claims.map((c) => `${c.figure}: ${c.kind}, ${c.attributedTo?.name ?? "nobody"}`),
    valued: (body: string) =>
      extract(body).claims.map(
        (c) => `${c.figure}: ${c.kind} ${c.value.min}-${c.value.max} ${c.value.unit}/${c.value.per}`,
      ),
    skippedOf: (body: string) => extract(body).skipped.map((x) => `${x.text}: ${x.reason}`),
  };
}

/**
 * The claims of an invented, undated article of a publisher as "figure: via" lines, the outlets that relay each.
 *
 * @param publisher The publisher.
 * @param body Its text.
 * @returns The lines.
 */
export function relayLines(publisher: string, body: string): string[] {
  return extractInvented({ publisher, title: "Invented report", slug: "report" }, body).claims.map(
    (c) => `${c.figure}: via ${c.via.map((v) => v.name).join(" ") || "-"}`,
  );
}

/**
 * The claims, as {@link claimLine}s, of an invented article of a publisher whose title is its first line, so that the
 * line is read as a headline printed in the body.
 *
 * @param publisher The publisher.
 * @param headline The headline, which is also the title.
 * @param rest The body after the headline.
 * @param aliases The alias file's entries to read it with.
 * @returns The claims as lines.
 */
export function readHeadlined(
  publisher: string,
  headline: string,
  rest: string,
  aliases: readonly AliasEntry[] = [],
): string[] {
  const meta = ArticleMetaSchema.parse({ title: headline, publisher });
  return extractCorpus(
    [{ slug: "headlined", file: "headlined.md", meta, body: `${headline}\n\n${rest}\n`, bodyLine: 1 }],
    aliases,
  ).claims.map((c) => claimLine(c));
}

/** The spy agency with its roles, as the project's alias file names it. */
export const SPY_AGENCY_ALIASES: AliasEntry[] = [
  {
    id: "south-korea-nis",
    name: "South Korea's National Intelligence Service",
    type: "organization",
    aliases: ["National Intelligence Service", "NIS"],
    roles: ["agency", "spy agency", "intelligence agency", "intelligence service"],
  },
];
