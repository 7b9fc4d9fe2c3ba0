import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type Article, ArticleMetaSchema, SlugSchema } from "../schema/article.ts";
import { ContentError, ContentErrors } from "./errors.ts";
import { decodeText, parseFrontMatter, splitFrontMatter } from "./front-matter.ts";

/**
 * Parses one article file: front matter validated, body kept verbatim.
 *
 * @param file Path of the file (its base name gives the slug).
 * @param bytes The file's raw bytes.
 * @returns The article.
 */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  const slug = basename(file).replace(/\.md$/, "");
  const slugCheck = SlugSchema.safeParse(slug);
  if (!slugCheck.success) {
    throw new ContentError(file, null, "slug", `the file name gives slug "${slug}", which ${slugCheck.error.issues[0]?.message ?? "is invalid"}`);
  }
  const text = decodeText(file, bytes);
  const split = splitFrontMatter(file, text);
  const meta = parseFrontMatter(file, split, ArticleMetaSchema);
  if (split.body.trim() === "") {
    throw new ContentError(file, split.bodyLine, "body", "the article has no text after the front matter");
  }
  return { slug, file, meta, body: split.body, bodyLine: split.bodyLine };
}

/**
 * Reads a list of article files, collecting every error before failing.
 *
 * @param files Paths of article files.
 * @returns Articles sorted by slug.
 */
export function readArticles(files: readonly string[]): Article[] {
  const errors: ContentError[] = [];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      errors.push(new ContentError(file, null, null, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})`));
      continue;
    }
    try {
      const article = parseArticle(file, bytes);
      const other = seen.get(article.slug);
      if (other !== undefined) {
        errors.push(new ContentError(file, null, "slug", `slug "${article.slug}" is already used by ${other}`));
        continue;
      }
      seen.set(article.slug, file);
      articles.push(article);
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return articles.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * Lists the article files of a content folder (`<dir>/articles/*.md`), sorted.
 *
 * @param contentDir The content folder.
 * @returns Paths of the article files.
 */
export function listArticleFiles(contentDir: string): string[] {
  const dir = join(contentDir, "articles");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(dir, f));
}
