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
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Article } from "../schema/article.ts";
import type { ArticleAnalysis } from "./index.ts";

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

/** A folder of analyses, with counts of what a build found there. */
export class AnalysisCache {
  readonly #dir: string;
  readonly #salt: string;
  /** Articles whose analysis was read from the folder. */
  readonly hits: string[] = [];
  /** Articles analysed afresh (and then stored). */
  readonly misses: string[] = [];

  /**
   * @param dir Cache folder (created when needed).
   * @param aliasesText The alias file's text, part of every key.
   * @param extractor The extractor's version.
   */
  constructor(dir: string, aliasesText: string, extractor: string) {
    this.#dir = resolve(dir);
    this.#salt = createHash("sha256").update(extractor).update("\0").update(aliasesText).digest("hex");
  }

  /**
   * The analysis of an article: stored, else computed and stored.
   *
   * @param article The article.
   * @param analyse Computes the analysis.
   * @returns The analysis.
   */
  get(article: Article, analyse: (a: Article) => ArticleAnalysis): ArticleAnalysis {
    const key = createHash("sha256")
      .update(this.#salt)
      .update("\0")
      .update(article.meta.title)
      .update("\0")
      .update(article.body)
      .digest("hex");
    const file = join(this.#dir, key.slice(0, 2), `${key}.v8`);
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
    mkdirSync(join(this.#dir, key.slice(0, 2)), { recursive: true });
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
