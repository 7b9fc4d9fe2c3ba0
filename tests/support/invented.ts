import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

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
