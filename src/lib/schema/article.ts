import { z } from "zod";

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const IsoDateSchema = z.iso.date().refine(
  (s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  },
  { message: "not a real calendar date" },
);

/** An absolute http(s) address; anything else (`javascript:`, relative paths) is rejected. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, normalize: false });

/** Front matter of an article file in `content/articles/`. Unknown fields are rejected. */
export const ArticleMetaSchema = z
  .strictObject({
    /** The article's own headline where it has one, else a plain description. */
    title: z.string().trim().min(1, "title must not be empty"),
    /** The outlet that published this text, or null when the text does not say. */
    publisher: z.string().trim().min(1, "publisher must not be empty (use null when the text names none)").nullable(),
    /** Outlets or programmes the text says it repeats. */
    relays: z.array(z.string().trim().min(1)).default([]),
    /** Where the text was published, when known. */
    url: HttpUrlSchema.optional(),
    /** The date the text shows, or an editor's inference (which then needs `publishedNote`). */
    published: IsoDateSchema.optional(),
    /** What an inferred date rests on; the site always shows it. */
    publishedNote: z.string().trim().min(1).optional(),
    /** Whether the publisher's terms allow showing the whole text. */
    fullText: z.boolean().default(false),
  })
  .refine((m) => m.publishedNote === undefined || m.published !== undefined, {
    message: "publishedNote needs a published date",
    path: ["publishedNote"],
  });

/** Validated front matter. */
export type ArticleMeta = z.output<typeof ArticleMetaSchema>;

/** An article file, read and validated. */
export interface Article {
  /** URL-safe id from the file name. */
  readonly slug: string;
  /** Path of the source file as given to the loader. */
  readonly file: string;
  /** Validated front matter. */
  readonly meta: ArticleMeta;
  /** The text after the front matter, with line breaks normalized to `\n`. */
  readonly body: string;
  /** 1-based line of the file on which the body starts. */
  readonly bodyLine: number;
}

/** What a page needs of an article to name it and link to it: its slug and front matter, not its text. */
export type ArticleRef = Pick<Article, "slug" | "meta">;

/**
 * Orders articles by slug, by code units: the order naming and the content folder use everywhere.
 *
 * @param a One article.
 * @param b The other.
 * @returns Negative, zero or positive.
 */
export function bySlug(a: Pick<Article, "slug">, b: Pick<Article, "slug">): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** Slugs: short, lower-case, kebab-case. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case (a-z, 0-9, -)");
