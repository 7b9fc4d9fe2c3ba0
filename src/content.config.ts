import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { contentDir } from "./lib/content/dir.ts";
import { contentErrorsOf, formatContentErrors } from "./lib/content/errors.ts";
import { cleanError, loadContentInParallel } from "./lib/content/load.ts";
import type { Corpus } from "./lib/pipeline.ts";
import { ArticleMetaSchema } from "./lib/schema/article.ts";
import { replaceSiteData } from "./lib/site/data.ts";
import { resetSiteSearch } from "./lib/site/search.ts";

/** Files under the content folder whose change reloads the content. */
const WATCHED = /^(?:articles\/[^/]+\.md|aliases\.yaml|corrections\.yaml)$/;

/** A burst of events from one save (write, rename, touch) is read once. */
const SETTLE_MS = 40;

/**
 * Runs the checks and the pipeline over the content folder, or throws every problem as one clean error.
 *
 * @param dir The content folder.
 * @returns The corpus.
 */
async function loadOrThrow(dir: string): Promise<Corpus> {
  try {
    return await loadContentInParallel(dir);
  } catch (e) {
    const found = contentErrorsOf(e);
    if (found === null) throw e;
    throw cleanError(formatContentErrors(found));
  }
}

/**
 * Puts a corpus in the content store (one entry per article) and in the site's cache.
 *
 * @param ctx The loader context.
 * @param dir The content folder.
 * @param corpus A corpus that passed every check.
 */
async function publish(ctx: LoaderContext, dir: string, corpus: Corpus): Promise<void> {
  const { store, parseData, generateDigest, meta } = ctx;
  for (const w of corpus.warnings) ctx.logger.warn(w);
  // After a good edit the site renders the new corpus; after a bad one publish is never reached, so
  // the pages stay as they were.
  replaceSiteData(corpus);
  resetSiteSearch();
  const ids = new Set<string>();
  for (const a of corpus.articles) {
    ids.add(a.slug);
    const data = await parseData({
      id: a.slug,
      filePath: a.file,
      data: { meta: a.meta, body: a.body, bodyLine: a.bodyLine, file: a.file },
    });
    store.set({ id: a.slug, data, digest: generateDigest(a.body + JSON.stringify(a.meta)) });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  // The alias and correction files change claims without changing an article; a new digest of them
  // rewrites the store, which makes the dev server reload the browser.
  const editorial = ["aliases.yaml", "corrections.yaml"]
    .map((f) => join(dir, f))
    .map((f) => (existsSync(f) ? readFileSync(f, "utf8") : ""))
    .join("\u0000");
  meta.set("editorial-digest", generateDigest(editorial));
}

/**
 * Loads `content/` (or `CONTENT_DIR`) through the pipeline. Every problem of every file is reported at
 * once with its file, line and fix, and a build with problems stops before any page is written. Under
 * `npm run dev` it watches the articles, `aliases.yaml` and `corrections.yaml`: a saved change is shown
 * on the next request and the browser reloads; a bad change is reported in the terminal and the pages
 * keep the last good content.
 */
const articleLoader: Loader = {
  name: "article-loader",
  async load(ctx) {
    const { config, watcher, logger } = ctx;
    const dir = contentDir(fileURLToPath(config.root));
    if (watcher) {
      // Listen before the first load, so that fixing a file that fails now is picked up too.
      let timer: NodeJS.Timeout | undefined;
      let running: Promise<void> = Promise.resolve();
      const changed: string[] = [];
      const reload = async (): Promise<void> => {
        const files = changed.splice(0).join(", ");
        const t0 = performance.now();
        try {
          const corpus = await loadOrThrow(dir);
          await publish(ctx, dir, corpus);
          logger.info(`reloaded the content after a change to ${files} (${Math.round(performance.now() - t0)} ms)`);
        } catch (e) {
          logger.error(`${(e as Error).message}\nThe pages keep the last good content until this is fixed.`);
        }
      };
      const onEvent = (path: string): void => {
        const rel = relative(dir, path).split(sep).join("/");
        if (!WATCHED.test(rel)) return;
        if (!changed.includes(rel)) changed.push(rel);
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running.then(reload);
        }, SETTLE_MS);
      };
      watcher.add(dir);
      watcher.on("change", onEvent);
      watcher.on("add", onEvent);
      watcher.on("unlink", onEvent);
    }
    let corpus: Corpus;
    try {
      corpus = await loadOrThrow(dir);
    } catch (e) {
      // A build stops here. The dev server stays up, so that saving the fix shows the pages.
      if (!watcher) throw e;
      logger.error(`${(e as Error).message}\nSave the fixed file; the pages appear once the content is valid.`);
      return;
    }
    await publish(ctx, dir, corpus);
  },
};

const articles = defineCollection({
  loader: articleLoader,
  schema: z.object({ meta: ArticleMetaSchema, body: z.string(), bodyLine: z.number().int(), file: z.string() }),
});

export const collections = { articles };
