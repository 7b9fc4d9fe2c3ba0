import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type Article, type ArticleMeta, ArticleMetaSchema, bySlug, SlugSchema } from "../schema/article.ts";
import { ContentError, ContentErrors, contentErrorsOf, throwIfAny } from "./errors.ts";
import { checkFrontMatter, decodeText, splitFrontMatter } from "./front-matter.ts";

/** What to type for each front-matter field when its value is wrong or missing. */
export const ARTICLE_FIELD_FIXES: Readonly<Record<string, string>> = {
  title: 'write the headline in quotes, like title: "Seoul says 1,500 more troops were sent"',
  publisher: 'write the outlet\'s name in quotes, like publisher: "Associated Press", or publisher: null when the text names none',
  relays: 'write a list of the outlets the text repeats, like relays: ["Associated Press"], or relays: [] for none',
  url: 'only http(s) addresses are accepted, like url: "https://example.org/story"',
  published: "write the date as YYYY-MM-DD, a real calendar date, like published: 2024-11-05",
  publishedNote: "say in words what the inferred date rests on, and give the date in published: YYYY-MM-DD (or remove publishedNote)",
  fullText: "write fullText: true (only when the publisher allows showing the whole text) or fullText: false",
};

/** Words editors use for front-matter fields. */
export const ARTICLE_FIELD_SYNONYMS: Readonly<Record<string, string>> = {
  headline: "title",
  outlet: "publisher",
  source: "publisher",
  date: "published",
  link: "url",
  address: "url",
  relay: "relays",
  repeats: "relays",
  note: "publishedNote",
  full: "fullText",
};

/**
 * Parses one article file: front matter validated, body kept verbatim. Every problem of the file is
 * reported at once (a `ContentErrors` when there are several).
 *
 * @param file Path of the file (its base name gives the slug).
 * @param bytes The file's raw bytes.
 * @returns The article.
 */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  const errors: ContentError[] = [];
  const slug = basename(file).replace(/\.md$/, "");
  const slugCheck = SlugSchema.safeParse(slug);
  if (!slugCheck.success) {
    const proposed = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    errors.push(
      new ContentError(
        file,
        null,
        "slug",
        `the file name gives slug "${slug}", which ${slugCheck.error.issues[0]?.message ?? "is invalid"}; rename the file${proposed ? ` to ${proposed}.md` : ""}`,
      ),
    );
  }
  const text = decodeText(file, bytes);
  const split = splitFrontMatter(file, text);
  const { data: meta, errors: metaErrors } = checkFrontMatter(file, split, ArticleMetaSchema, {
    fixes: ARTICLE_FIELD_FIXES,
    synonyms: ARTICLE_FIELD_SYNONYMS,
  });
  errors.push(...metaErrors);
  if (split.body.trim() === "") {
    errors.push(
      new ContentError(file, split.bodyLine, "body", 'the article has no text after the front matter; paste the article\'s text after the closing "---" line'),
    );
  }
  throwIfAny(errors);
  return { slug, file, meta: meta as ArticleMeta, body: split.body, bodyLine: split.bodyLine };
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
        errors.push(
          new ContentError(file, null, "slug", `slug "${article.slug}" is already used by ${other}; rename one of the two files`),
        );
        continue;
      }
      seen.set(article.slug, file);
      articles.push(article);
    } catch (e) {
      const found = contentErrorsOf(e);
      if (found === null) throw e;
      errors.push(...found);
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return articles.sort(bySlug);
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
