import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { z } from "astro/zod";
import { listArticleFiles, readArticles } from "./lib/content/articles.ts";
import { contentDir } from "./lib/content/dir.ts";
import { ArticleMetaSchema } from "./lib/schema/article.ts";

/** Loads `content/articles/*.md` through the pipeline's reader, which names file, line and field on error. */
const articleLoader: Loader = {
  name: "article-loader",
  async load({ store, parseData, generateDigest, config }) {
    const dir = contentDir(fileURLToPath(config.root));
    const articles = readArticles(listArticleFiles(dir));
    store.clear();
    for (const a of articles) {
      const data = await parseData({
        id: a.slug,
        filePath: a.file,
        data: { meta: a.meta, body: a.body, bodyLine: a.bodyLine, file: a.file },
      });
      store.set({ id: a.slug, data, digest: generateDigest(a.body + JSON.stringify(a.meta)) });
    }
  },
};

const articles = defineCollection({
  loader: articleLoader,
  schema: z.object({ meta: ArticleMetaSchema, body: z.string(), bodyLine: z.number().int(), file: z.string() }),
});

export const collections = { articles };
