/**
 * The whole build step in one call: read and validate `content/`, extract claims, apply
 * corrections, compare. Pure TypeScript, shared by the Astro loader, the CLIs and the tests.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readAliases } from "./content/aliases.ts";
import { listArticleFiles, readArticles } from "./content/articles.ts";
import { ContentError, contentErrorsOf, throwIfAny } from "./content/errors.ts";
import { compareCorpus } from "./compare/index.ts";
import { applyCorrections, readCorrections, unneededCorrections } from "./compare/corrections.ts";
import type { CorpusData } from "./compare/types.ts";
import { type AnalysisCache, type AnalysisProgress, openAnalysisCache } from "./extract/cache.ts";
import { extractCorpus, extractCorpusWhenReady, type Extraction } from "./extract/index.ts";
import type { Article } from "./schema/article.ts";
import { stage, type StageTimes } from "./stages.ts";

export type { StageTimes } from "./stages.ts";

/** Everything the site is built from. */
export interface Corpus {
  readonly articles: readonly Article[];
  readonly extraction: Extraction;
  readonly data: CorpusData;
  /** Problems that do not stop the build (an article with no figures is still published). */
  readonly warnings: readonly string[];
}

/** How a build runs. */
export interface BuildOptions {
  /** Receives the time of each stage, for the benchmarks. */
  readonly times?: StageTimes;
  /**
   * Where each article's text analysis is kept between builds: null for nowhere; unless given,
   * `DEFAULT_CACHE_DIR`.
   */
  readonly cache?: AnalysisCache | null;
}

/**
 * The cache folder for article analyses: `NK_CLAIMS_CACHE_DIR` when set (the benchmarks give each
 * corpus its own), else the project's `node_modules/.cache/nk-claims/analysis` (ignored by git).
 */
export const DEFAULT_CACHE_DIR =
  process.env["NK_CLAIMS_CACHE_DIR"] ??
  fileURLToPath(new URL("../../node_modules/.cache/nk-claims/analysis", import.meta.url));

/**
 * Builds the corpus of a content folder.
 *
 * @param contentDir Folder with `articles/`, `aliases.yaml` and `corrections.yaml`.
 * @param options Stage timing.
 * @returns Articles, extraction and comparison.
 */
export function buildCorpus(contentDir: string, options: BuildOptions = {}): Corpus {
  return buildFromFiles(listArticleFiles(contentDir), contentDir, options);
}

/**
 * Builds a corpus from article files and the editorial files of a content folder.
 *
 * @param files Article files.
 * @param contentDir Folder with `aliases.yaml` and `corrections.yaml`.
 * @param options Stage timing.
 * @returns Articles, extraction and comparison.
 */
export function buildFromFiles(files: readonly string[], contentDir: string, options: BuildOptions = {}): Corpus {
  const articles = stage(options.times, "read", () => readArticles(files));
  return buildFromArticles(articles, contentDir, options);
}

/**
 * Builds a corpus from articles already read and the editorial files of a content folder.
 *
 * @param articles Articles.
 * @param contentDir Folder with `aliases.yaml` and `corrections.yaml`.
 * @param options Stage timing.
 * @returns Articles, extraction and comparison.
 */
export function buildFromArticles(
  articles: readonly Article[],
  contentDir: string,
  options: BuildOptions = {},
): Corpus {
  const { times } = options;
  const aliases = readAliases(join(contentDir, "aliases.yaml"));
  const cache =
    options.cache === undefined
      ? openAnalysisCache(DEFAULT_CACHE_DIR, join(contentDir, "aliases.yaml"))
      : options.cache;
  const extraction = stage(times, "extract", () => extractCorpus(articles, aliases, cache));
  return buildFromExtraction(articles, extraction, contentDir, options);
}

/**
 * {@link buildFromArticles} while other threads still analyse some of the articles: each article is
 * named once its analysis is stored (see `AnalysisCache.startAnalysingMissing`). The corpus is the same.
 *
 * @param articles Articles.
 * @param contentDir Folder with `aliases.yaml` and `corrections.yaml`.
 * @param cache The cache the other threads store the analyses in.
 * @param progress What they are analysing.
 * @returns Articles, extraction and comparison.
 */
export async function buildWhileAnalysing(
  articles: readonly Article[],
  contentDir: string,
  cache: AnalysisCache,
  progress: AnalysisProgress,
): Promise<Corpus> {
  const aliases = readAliases(join(contentDir, "aliases.yaml"));
  const extraction = await extractCorpusWhenReady(articles, aliases, cache, (a) => progress.ready(a));
  return buildFromExtraction(articles, extraction, contentDir, { cache });
}

/**
 * The rest of a build once the claims are extracted: corrections, comparison, checks and warnings.
 *
 * @param articles Articles.
 * @param extraction Their extraction.
 * @param contentDir Folder with `corrections.yaml`.
 * @param options Stage timing.
 * @returns Articles, extraction and comparison.
 */
function buildFromExtraction(
  articles: readonly Article[],
  extraction: Extraction,
  contentDir: string,
  options: BuildOptions,
): Corpus {
  const { times } = options;
  // Every problem of the corrections file at once: an entry's own (a bad kind) with those only the claims
  // reveal (an unknown id).
  const problems: ContentError[] = [];
  const corrections = readCorrections(join(contentDir, "corrections.yaml"), problems);
  if (problems.length > 0) {
    let more: ContentError[] = [];
    try {
      applyCorrections(
        extraction.claims,
        corrections,
        new Map(extraction.entities.map((e) => [e.id, e])),
        new Map(articles.map((a) => [a.slug, a.meta.published])),
      );
    } catch (e) {
      more = contentErrorsOf(e) ?? [];
      if (more.length === 0) throw e;
    }
    throwIfAny([...problems, ...more]);
  }
  const data = stage(times, "compare", () => compareCorpus(articles, extraction, corrections, times));
  stage(times, "integrity", () => verifyIntegrity(articles, data));
  const warnings = stage(times, "warnings", () => {
    const withNumbers = new Set([...extraction.claims, ...extraction.skipped].map((c) => c.article));
    return [
      ...articles
        .filter((a) => !withNumbers.has(a.slug))
        .map((a) => `${a.file}:${a.bodyLine}: the article has no figures; it is published without claims`),
      ...unneededCorrections(extraction.claims, corrections),
    ];
  });
  return { articles, extraction, data, warnings };
}

/**
 * Checks on every build that each claim's quote is the article text at its offset and that its
 * figure lies inside the quote; a mismatch fails the build.
 *
 * @param articles Articles.
 * @param data Comparison output.
 */
export function verifyIntegrity(articles: readonly Article[], data: CorpusData): void {
  const bodies = new Map(articles.map((a) => [a.slug, a]));
  for (const c of data.claims) {
    const a = bodies.get(c.article);
    if (!a) throw new ContentError(c.article, null, "article", `claim ${c.id} names an unknown article`);
    if (a.body.slice(c.quoteStart, c.quoteStart + c.quote.length) !== c.quote) {
      throw new ContentError(a.file, c.line, "quote", `claim ${c.id}: the quote is not the article text at its offset`);
    }
    if (
      a.body.slice(c.figureStart, c.figureStart + c.figure.length) !== c.figure ||
      c.figureStart < c.quoteStart ||
      c.figureStart + c.figure.length > c.quoteStart + c.quote.length
    ) {
      throw new ContentError(a.file, c.line, "figure", `claim ${c.id}: the figure does not lie inside the quote`);
    }
  }
}
