/**
 * The whole content folder, checked at once: every problem of every article, of `aliases.yaml` and of
 * `corrections.yaml` is reported together, each with its file, line and fix, before the pipeline runs
 * (when the articles can be read, the corrections file's problems are reported by the pipeline, with the
 * claim ids it does not know).
 * The Astro loader and `npm run add` go through here.
 */
import { join } from "node:path";
import { checkCorrections } from "../compare/corrections.ts";
import { openAnalysisCache } from "../extract/cache.ts";
import { buildFromArticles, buildWhileAnalysing, type Corpus, DEFAULT_CACHE_DIR } from "../pipeline.ts";
import type { Article } from "../schema/article.ts";
import { readAliases } from "./aliases.ts";
import { listArticleFiles, readArticles } from "./articles.ts";
import { type ContentError, contentErrorsOf, throwIfAny } from "./errors.ts";

/**
 * Checks the form of `corrections.yaml` (its claim ids are checked later, against the claims).
 *
 * @param file Path of the file (absent is fine: no corrections).
 * @returns Every problem found, with its line.
 */
export function checkCorrectionsFile(file: string): ContentError[] {
  return checkCorrections(file).problems;
}

/**
 * Checks every content file, then builds the corpus.
 *
 * @param dir The content folder (`articles/`, `aliases.yaml`, `corrections.yaml`).
 * @returns The corpus.
 * @throws ContentError or ContentErrors with every problem found.
 */
export function loadContent(dir: string): Corpus {
  return buildFromArticles(checkContent(dir), dir);
}

/**
 * {@link loadContent}, with the articles that have no cached analysis yet analysed in worker threads
 * (a first build of many articles) while this thread names those already analysed; the corpus is the same.
 *
 * @param dir The content folder.
 * @returns The corpus.
 * @throws ContentError or ContentErrors with every problem found.
 */
export async function loadContentInParallel(dir: string): Promise<Corpus> {
  const articles = checkContent(dir);
  const cache = openAnalysisCache(DEFAULT_CACHE_DIR, join(dir, "aliases.yaml"));
  if (!cache) return buildFromArticles(articles, dir, { cache });
  // This thread names the articles in slug order while the worker threads analyse the ones after.
  const progress = cache.startAnalysingMissing(articles);
  try {
    return await buildWhileAnalysing(articles, dir, cache, progress);
  } finally {
    await progress.done;
  }
}

/**
 * Checks every content file.
 *
 * @param dir The content folder.
 * @returns The articles, read once.
 * @throws ContentError or ContentErrors with every problem found.
 */
function checkContent(dir: string): Article[] {
  const errors: ContentError[] = [];
  let articles: Article[] = [];
  const collect = (check: () => unknown): void => {
    try {
      check();
    } catch (e) {
      const found = contentErrorsOf(e);
      if (found === null) throw e;
      errors.push(...found);
    }
  };
  collect(() => (articles = readArticles(listArticleFiles(dir))));
  collect(() => readAliases(join(dir, "aliases.yaml")));
  // The corrections file's own problems wait for the pipeline when the articles can be read, so that they
  // are reported with the unknown ids only the claims reveal.
  if (errors.length > 0) errors.push(...checkCorrectionsFile(join(dir, "corrections.yaml")));
  throwIfAny(errors);
  return articles;
}

/**
 * An error that Astro prints as the content problems alone, without a stack trace into the reader.
 *
 * @param text The formatted problems.
 * @returns The error to throw.
 */
export function cleanError(text: string): Error {
  const e = new Error(text);
  e.name = "ContentError";
  e.stack = "";
  return e;
}
