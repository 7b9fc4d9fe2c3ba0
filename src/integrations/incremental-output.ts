/**
 * Lets an incremental build keep the output folder instead of emptying it: a page whose cache key
 * is unchanged is then left in place, not copied back from the cache. Emptying and refilling a
 * folder of tens of thousands of pages costs more than rendering the pages that changed.
 *
 * Two rules keep the output the same as a clean build's:
 * - the folder is kept only when the last build that wrote it was this cache's: the record names
 *   the folder and a file every build rewrites, with its time and size. Any other build into the
 *   folder rewrites that file, and the folder is then emptied first;
 * - after the build, the files of the last build that this one did not produce (pages of claims that
 *   no longer exist, old bundles) are removed, with the folders left empty. The record lists them, so
 *   no walk over the whole folder is needed.
 *
 * A hand edit of a page in the output folder is not noticed; build into a fresh folder after one.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { z } from "zod";

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
  for (const d of [...folders].sort((a, b) => b.split("/").length - a.split("/").length || (a < b ? -1 : 1))) {
    const p = join(outDir, d);
    if (existsSync(p) && readdirSync(p).length === 0) rmdirSync(p);
  }
}

/**
 * The integration: add it with `vite.build.emptyOutDir: false` and `experimental.incrementalBuild`.
 *
 * @returns The Astro integration.
 */
export function incrementalOutput(): AstroIntegration {
  let startedMs = 0;
  let outDir = "";
  let publicDir = "";
  let recordFile = "";
  let previous: OutputRecord | null = null;
  return {
    name: "incremental-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        recordFile = join(fileURLToPath(config.cacheDir), RECORD);
      },
      "astro:build:start": ({ logger }) => {
        startedMs = Date.now();
        try {
          previous = OutputRecordSchema.parse(JSON.parse(readFileSync(recordFile, "utf8")));
        } catch {
          previous = null;
        }
        if (!existsSync(outDir)) return;
        if (!isLastOutput(outDir, previous)) {
          logger.info("the output folder is not what the last build with this cache wrote: emptying it");
          for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
          previous = null;
        }
      },
      "astro:build:done": ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const now = new Set<string>();
        for (const urls of assets.values()) {
          for (const u of urls) now.add(relative(root, fileURLToPath(u)).split(sep).join("/"));
        }
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
        const files = [...now].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        let stamp: OutputRecord["stamp"] = null;
        for (const f of files) {
          const st = statSync(join(root, f));
          if (st.mtimeMs >= startedMs - CLOCK_SLACK_MS) {
            stamp = { path: f, mtimeMs: st.mtimeMs, size: st.size };
            break;
          }
        }
        const record: OutputRecord = { outDir: root, stamp, files };
        mkdirSync(dirname(recordFile), { recursive: true });
        writeFileSync(recordFile, JSON.stringify(record));
      },
    },
  };
}
