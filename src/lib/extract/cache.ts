/**
 * Keeps each article's text analysis (see `analyseArticle`) between builds, so that adding or editing
 * one article analyses only that article again.
 *
 * An entry's key is a hash of the article's title and body, the alias file and the extractor's
 * version; the version is a hash of every source file of extraction and of the schemas, read at
 * start-up, so changing the code can never reuse an analysis made by older code. When those sources
 * cannot be read (the code runs from a bundle), nothing is cached.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { Worker } from "node:worker_threads";
import { type Article, bySlug } from "../schema/article.ts";
import type { ArticleAnalysis } from "./index.ts";
import { NamingPoints } from "./naming-points.ts";

/** The folders whose sources decide what an analysis holds. */
const SOURCE_DIRS = [
  fileURLToPath(new URL(".", import.meta.url)),
  fileURLToPath(new URL("../schema/", import.meta.url)),
];

/**
 * Every TypeScript source under a folder, sorted by path.
 *
 * @param dir Folder.
 * @returns Paths.
 */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (name.endsWith(".ts")) out.push(p);
  }
  return out;
}

let version: string | null | undefined;

/**
 * The extractor's version: a hash of its sources, or null when they are not on disk.
 *
 * @returns Hash, or null.
 */
export function extractorVersion(): string | null {
  if (version !== undefined) return version;
  if (!SOURCE_DIRS.every((d) => existsSync(join(d, d.endsWith("schema/") ? "claim.ts" : "index.ts")))) {
    version = null;
    return version;
  }
  const h = createHash("sha256");
  for (const dir of SOURCE_DIRS) {
    for (const p of sources(dir)) h.update(p.slice(dir.length)).update("\0").update(readFileSync(p)).update("\0");
  }
  version = h.digest("hex");
  return version;
}

/** Articles being analysed in worker threads (see `AnalysisCache.startAnalysingMissing`). */
export interface AnalysisProgress {
  /** How many articles had no entry. */
  readonly missing: number;
  /**
   * When an article's entry can be read.
   *
   * @param article One of the articles given.
   * @returns A promise while a thread still analyses it; null when it can be read now (or the build's own thread is to analyse it).
   */
  ready(article: Article): Promise<void> | null;
  /** Settles when every thread has ended. */
  readonly done: Promise<void>;
}

/** Fewer articles than this per thread are analysed on the build's own thread. */
const MIN_ARTICLES_PER_THREAD = 50;

/** A folder of analyses, with counts of what a build found there. */
export class AnalysisCache {
  readonly #dir: string;
  readonly #salt: string;
  readonly #aliasesText: string;
  readonly #extractor: string;
  /** Articles whose analysis was read from the folder. */
  readonly hits: string[] = [];
  /** Articles analysed afresh (and then stored). */
  readonly misses: string[] = [];
  /** Articles whose claims a stored naming point gave: neither analysed nor read. */
  readonly restored: string[] = [];

  /**
   * @param dir Cache folder (created when needed).
   * @param aliasesText The alias file's text, part of every key.
   * @param extractor The extractor's version.
   */
  constructor(dir: string, aliasesText: string, extractor: string) {
    this.#dir = resolve(dir);
    this.#aliasesText = aliasesText;
    this.#extractor = extractor;
    this.#salt = createHash("sha256").update(extractor).update("\0").update(aliasesText).digest("hex");
  }

  /**
   * The file of an article's entry.
   *
   * @param article The article.
   * @returns Path.
   */
  #file(article: Pick<Article, "meta" | "body">): string {
    const key = createHash("sha256")
      .update(this.#salt)
      .update("\0")
      .update(article.meta.title)
      .update("\0")
      .update(article.body)
      .digest("hex");
    return join(this.#dir, key.slice(0, 2), `${key}.v8`);
  }

  /**
   * Analyses, in worker threads, the articles that have no entry yet, and stores them, so that the
   * build then reads them like any other entry. Worth it only for many articles (a cold build):
   * each thread loads the extractor first. A thread that fails leaves its articles to the build,
   * which analyses what it does not find.
   *
   * @param articles Articles.
   * @param threads How many threads at most (default: the processors there are).
   * @returns How many articles had no entry.
   */
  async analyseMissing(articles: readonly Article[], threads = availableParallelism()): Promise<number> {
    const progress = this.startAnalysingMissing(articles, threads);
    await progress.done;
    return progress.missing;
  }

  /**
   * Starts {@link analyseMissing} and returns at once: each thread analyses its share in slug order and
   * says when it has stored each entry, so that the build can name the articles in slug order while
   * the threads analyse the ones after.
   *
   * @param articles Articles.
   * @param threads How many threads at most (default: the processors there are).
   * @returns How many had no entry, when each can be read, and when every thread has ended.
   */
  startAnalysingMissing(articles: readonly Article[], threads = availableParallelism()): AnalysisProgress {
    const missing = articles.filter((a) => !existsSync(this.#file(a))).sort(bySlug);
    const n = Math.min(threads, Math.floor(missing.length / MIN_ARTICLES_PER_THREAD));
    if (n < 2) return { missing: missing.length, ready: () => null, done: Promise.resolve() };
    const waiting = new Map(missing.map((a) => [a, Promise.withResolvers<void>()]));
    const settle = (a: Article | undefined): void => {
      if (!a) return;
      waiting.get(a)?.resolve();
      waiting.delete(a);
    };
    const worker = new URL("./analyse-worker.ts", import.meta.url);
    const done = Promise.all(
      Array.from({ length: n }, (_, i) => {
        const share = missing.filter((_a, j) => j % n === i);
        return new Promise<void>((finished) => {
          const w = new Worker(worker, {
            workerData: { dir: this.#dir, aliasesText: this.#aliasesText, extractor: this.#extractor, articles: share },
          });
          // The thread posts the index of each article it has stored.
          w.on("message", (k: number) => settle(share[k]));
          // A thread that ends, however it ends, leaves what it did not store to the build's own thread.
          const end = (): void => {
            for (const a of share) settle(a);
            finished();
          };
          w.on("error", end);
          w.on("exit", end);
        });
      }),
    ).then(() => undefined);
    return { missing: missing.length, ready: (a) => waiting.get(a)?.promise ?? null, done };
  }

  /**
   * The points where naming a corpus can start again (see `naming-points.ts`), kept beside the
   * analyses and keyed by the same version of the extractor and alias file.
   *
   * @param sorted The corpus's articles in slug order.
   * @returns The points.
   */
  namingPoints(sorted: readonly Article[]): NamingPoints {
    return new NamingPoints(join(this.#dir, "naming"), this.#salt, sorted);
  }

  /**
   * The analysis of an article: stored, else computed and stored.
   *
   * @param article The article.
   * @param analyse Computes the analysis.
   * @returns The analysis.
   */
  get(article: Article, analyse: (a: Article) => ArticleAnalysis): ArticleAnalysis {
    const file = this.#file(article);
    if (existsSync(file)) {
      try {
        const found = deserialize(readFileSync(file)) as ArticleAnalysis;
        this.hits.push(article.slug);
        return found;
      } catch {
        // A damaged entry is analysed again and overwritten.
      }
    }
    const analysis = analyse(article);
    this.misses.push(article.slug);
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed, so a build that stops half-way never leaves half an entry.
    const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
    writeFileSync(tmp, serialize(analysis));
    renameSync(tmp, file);
    return analysis;
  }
}

/**
 * A cache for a build, or null when the extractor's sources cannot be read.
 *
 * @param dir Cache folder.
 * @param aliasesFile The alias file (absent is fine).
 * @returns The cache, or null.
 */
export function openAnalysisCache(dir: string, aliasesFile: string): AnalysisCache | null {
  const v = extractorVersion();
  if (v === null) return null;
  const aliases = existsSync(aliasesFile) ? readFileSync(aliasesFile, "utf8") : "";
  return new AnalysisCache(dir, aliases, v);
}
