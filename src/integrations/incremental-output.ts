/**
 * Incremental builds: the output folder is kept instead of emptied, and a page rendered from a view
 * model whose key is unchanged is left in place instead of rendered and written again
 * (`src/lib/site/page-reuse.ts`). Emptying and refilling a folder of tens of thousands of pages costs
 * more than rendering the pages that changed. (Astro's own `experimental.incrementalBuild` writes every
 * keyed page twice, once to the output and once to its cache, which on a slow disk costs more than it
 * saves.)
 *
 * Three rules keep the output the same as a clean build's:
 * - pages are left in place only when the build's code and settings are those of the last build: a
 *   hash of the source folder, the configuration, the lockfile, Node's version and the site's address
 *   (see {@link codeStamp}). Any change to them renders every page;
 * - the folder is kept only when the last build that wrote it was this cache's: the record names
 *   the folder and a file every build rewrites, with its time and size. Any other build into the
 *   folder rewrites that file, and the folder is then emptied first;
 * - after the build, the files of the last build that this one did not produce (pages of claims that
 *   no longer exist, old bundles) are removed, with the folders left empty. The record lists them, so
 *   no walk over the whole folder is needed.
 *
 * The record is removed when a build starts and written when it ends, so a build that fails leaves
 * none, and the next build starts from an empty folder. A hand edit of a page in the output folder is
 * not noticed; build into a fresh folder after one.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { z } from "zod";
import { closeReuse, openReuse } from "../lib/site/page-reuse.ts";

/** The record of what the last build wrote, kept in the cache folder. */
const RECORD = "incremental-output.json";
/** File times may lag the clock by a tick; a file written this close before the start counts as new. */
const CLOCK_SLACK_MS = 50;

/** What the last build wrote. A record of another shape (an older one) is no record. */
const OutputRecordSchema = z.object({
  outDir: z.string(),
  /** A file the build wrote (not kept from before), with its time and size. */
  stamp: z.object({ path: z.string(), mtimeMs: z.number(), size: z.number() }).nullable(),
  /** Every file of the output, relative to it, in code-unit order. */
  files: z.array(z.string()),
  /** The build's code and settings ({@link codeStamp}). */
  code: z.string(),
  /** The key of every keyed page, by output file. */
  keys: z.record(z.string(), z.string()),
});
export type OutputRecord = z.infer<typeof OutputRecordSchema>;

/**
 * Every file under a folder, relative to it.
 *
 * @param dir Folder.
 * @returns Relative paths with `/` separators.
 */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/**
 * Code-unit order, the order the record keeps its files and keys in.
 *
 * @param a One string.
 * @param b Another.
 * @returns Negative, zero or positive.
 */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A hash of what, besides a page's view model, decides how it renders: every file of the source folder,
 * the configuration and the lockfile (the packages' versions), Node's version (its date and number
 * formats) and the build settings that shape addresses.
 *
 * @param root The project folder.
 * @param settings The site's address, base and address style.
 * @returns Hex digest.
 */
export function codeStamp(root: string, settings: unknown): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ node: process.version, settings }));
  const files = [
    ...walk(join(root, "src")).map((f) => `src/${f}`),
    "astro.config.mjs",
    "package-lock.json",
    "tsconfig.json",
  ].sort(byCodeUnit);
  for (const f of files) {
    const p = join(root, f);
    hash.update(`\0${f}\0`);
    if (existsSync(p)) hash.update(readFileSync(p));
  }
  return hash.digest("hex");
}

/**
 * Whether the output folder is exactly as the recorded build left it (as far as one stamp tells).
 *
 * @param outDir The output folder.
 * @param record The record, if any.
 * @returns True when it may be kept.
 */
export function isLastOutput(outDir: string, record: OutputRecord | null): boolean {
  if (record === null || record.outDir !== outDir || record.stamp === null) return false;
  const p = join(outDir, record.stamp.path);
  if (!existsSync(p)) return false;
  const st = statSync(p);
  return st.mtimeMs === record.stamp.mtimeMs && st.size === record.stamp.size;
}

/**
 * Removes files, and the folders they leave empty up to (not including) the output folder.
 *
 * @param outDir The output folder.
 * @param stale Relative paths.
 */
function removeFiles(outDir: string, stale: readonly string[]): void {
  const folders = new Set<string>();
  for (const f of stale) {
    rmSync(join(outDir, f), { force: true });
    for (let d = dirname(f); d !== "." && d !== ""; d = dirname(d)) folders.add(d);
  }
  // Deepest first, so a parent is tried after its children.
  for (const d of [...folders].sort((a, b) => b.split("/").length - a.split("/").length || byCodeUnit(a, b))) {
    const p = join(outDir, d);
    if (existsSync(p) && readdirSync(p).length === 0) rmdirSync(p);
  }
}

/**
 * The integration: add it with `vite.build.emptyOutDir: false`.
 *
 * @returns The Astro integration.
 */
export function incrementalOutput(): AstroIntegration {
  let startedMs = 0;
  let projectRoot = "";
  let outDir = "";
  let publicDir = "";
  let recordFile = "";
  let settings: unknown = null;
  let code = "";
  let previous: OutputRecord | null = null;
  return {
    name: "incremental-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        recordFile = join(fileURLToPath(config.cacheDir), RECORD);
        settings = {
          site: config.site ?? null,
          base: config.base,
          trailingSlash: config.trailingSlash,
          format: config.build.format,
        };
      },
      "astro:build:start": ({ logger }) => {
        startedMs = Date.now();
        try {
          previous = OutputRecordSchema.parse(JSON.parse(readFileSync(recordFile, "utf8")));
        } catch {
          previous = null;
        }
        // Gone until this build ends well: a build that stops half-way leaves pages of its own beside a
        // record of another build's keys, so the next build must start from an empty folder.
        rmSync(recordFile, { force: true });
        code = codeStamp(projectRoot, settings);
        if (existsSync(outDir) && !isLastOutput(outDir, previous)) {
          logger.info("the output folder is not what the last build with this cache wrote: emptying it");
          for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
          previous = null;
        }
        // The keys pages may be left in place by: none unless the folder and the code are the last build's.
        const reusable = previous !== null && previous.code === code;
        if (previous !== null && !reusable) {
          logger.info("the code or settings changed since the last build: rendering every page");
        }
        openReuse(outDir, new Map(reusable && previous !== null ? Object.entries(previous.keys) : []));
      },
      "astro:build:done": ({ dir, assets, logger }) => {
        const reuse = closeReuse();
        const root = fileURLToPath(dir);
        const now = new Set<string>();
        for (const urls of assets.values()) {
          for (const u of urls) now.add(relative(root, fileURLToPath(u)).split(sep).join("/"));
        }
        // The pages left in place are still the output's files.
        for (const f of reuse?.kept ?? []) now.add(f);
        if (reuse && reuse.kept.length > 0) logger.info(`left ${reuse.kept.length} unchanged page(s) in place`);
        // Besides the routes' files, a build writes its bundles (older ones left from the last build
        // are stale) and copies the public folder.
        for (const f of walk(join(root, "_astro"))) {
          if (statSync(join(root, "_astro", f)).mtimeMs >= startedMs - CLOCK_SLACK_MS) now.add(`_astro/${f}`);
        }
        for (const f of walk(publicDir)) now.add(f);
        // Bundles of the last build that this one did not write again.
        const oldBundles = walk(join(root, "_astro"))
          .map((f) => `_astro/${f}`)
          .filter((f) => !now.has(f));
        const stale = [...new Set([...(previous?.files ?? []).filter((f) => !now.has(f)), ...oldBundles])];
        removeFiles(root, stale);
        if (stale.length > 0)
          logger.info(`removed ${stale.length} file(s) of the last build that this one no longer has`);
        const files = [...now].sort(byCodeUnit);
        let stamp: OutputRecord["stamp"] = null;
        for (const f of files) {
          const st = statSync(join(root, f));
          if (st.mtimeMs >= startedMs - CLOCK_SLACK_MS) {
            stamp = { path: f, mtimeMs: st.mtimeMs, size: st.size };
            break;
          }
        }
        // Keys of pages this build no longer has are dropped; the rest are kept for the next build.
        const keys: Record<string, string> = {};
        for (const [f, k] of [...(reuse?.keys ?? [])].sort((a, b) => byCodeUnit(a[0], b[0]))) {
          if (now.has(f)) keys[f] = k;
        }
        const record: OutputRecord = { outDir: root, stamp, files, code, keys };
        mkdirSync(dirname(recordFile), { recursive: true });
        writeFileSync(recordFile, JSON.stringify(record));
      },
    },
  };
}
