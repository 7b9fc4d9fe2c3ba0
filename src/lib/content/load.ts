/**
 * The whole content folder, checked at once: every problem of every article, of `aliases.yaml` and of
 * `corrections.yaml` is reported together, each with its file, line and fix, before the pipeline runs.
 * The Astro loader and `npm run add` go through here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { CorrectionsFileSchema } from "../compare/corrections.ts";
import { openAnalysisCache } from "../extract/cache.ts";
import { buildFromArticles, type Corpus, DEFAULT_CACHE_DIR } from "../pipeline.ts";
import type { Article } from "../schema/article.ts";
import { readAliases } from "./aliases.ts";
import { listArticleFiles, readArticles } from "./articles.ts";
import { type ContentError, contentErrorsOf, throwIfAny } from "./errors.ts";
import { issuesToErrors, yamlSyntaxErrors } from "./issues.ts";

/** What to type for each field of a correction. */
const CORRECTION_FIELD_FIXES: Readonly<Record<string, string>> = {
  corrections: "start the file with corrections: and list one correction per - item",
  "corrections.*.claim": "write the id of the claim, as shown on its page, like claim: some-article-2000-n123",
  "corrections.*.reason": 'say why in words, like reason: "The figure is the total, not per soldier"',
  "corrections.*.suppress": "write suppress: true to withdraw the claim",
  "corrections.*.set": "write the fields to set, like set: { kind: context }",
  "corrections.*.relation": "write the two claim ids, like relation: [first-claim-id, second-claim-id]",
  "corrections.*.note": 'write the note in quotes, like note: "Both figures come from one briefing"',
  asOf: "write the date as YYYY-MM-DD, a real calendar date, or null",
};

/**
 * Checks the form of `corrections.yaml` (its claim ids are checked later, against the claims).
 *
 * @param file Path of the file (absent is fine: no corrections).
 * @returns Every problem found, with its line.
 */
export function checkCorrectionsFile(file: string): ContentError[] {
  if (!existsSync(file)) return [];
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const syntax = yamlSyntaxErrors(file, doc, lc, 1, "the corrections file");
  if (syntax.length > 0) return syntax;
  const data: unknown = doc.toJS() ?? { corrections: [] };
  const parsed = CorrectionsFileSchema.safeParse(data);
  if (parsed.success) return [];
  const ctx = { file, doc, lineCounter: lc, firstLine: 1, data, schema: CorrectionsFileSchema, fixes: CORRECTION_FIELD_FIXES };
  return issuesToErrors(ctx, parsed.error.issues);
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
 * first (a first build of many articles); the corpus is the same.
 *
 * @param dir The content folder.
 * @returns The corpus.
 * @throws ContentError or ContentErrors with every problem found.
 */
export async function loadContentInParallel(dir: string): Promise<Corpus> {
  const articles = checkContent(dir);
  const cache = openAnalysisCache(DEFAULT_CACHE_DIR, join(dir, "aliases.yaml"));
  await cache?.analyseMissing(articles);
  return buildFromArticles(articles, dir, { cache });
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
  errors.push(...checkCorrectionsFile(join(dir, "corrections.yaml")));
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
