/**
 * Lets an incremental build keep the output folder instead of emptying it: a page whose cache key
 * is unchanged is then left in place, not copied back from the cache. Emptying and refilling a
 * folder of tens of thousands of pages costs more than rendering the pages that changed.
 *
 * Two rules keep the output the same as a clean build's:
 * - the folder is kept only when it is exactly what the last build with this cache wrote (same
 *   folder, same files, sizes and times); anything else empties it first;
 * - after the build, every file the build neither wrote nor kept as a page is removed (the pages of
 *   claims that no longer exist, old bundles), with the folders left empty.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** The record of what the last build wrote, kept in the cache folder. */
const RECORD = "incremental-output.json";
/** File times may lag the clock by a tick; a file written this close before the start counts as new. */
const CLOCK_SLACK_MS = 50;

interface OutputRecord {
  readonly outDir: string;
  readonly fingerprint: string;
}

/**
 * Every file under a folder, with its size and time.
 *
 * @param dir Folder.
 * @returns Absolute paths with their stats.
 */
function listFiles(dir: string): { path: string; size: number; mtimeMs: number }[] {
  const out: { path: string; size: number; mtimeMs: number }[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        out.push({ path: p, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/**
 * A digest of a folder's files (paths, sizes and times): any change to the folder changes it.
 *
 * @param dir Folder.
 * @returns Hex digest.
 */
export function folderFingerprint(dir: string): string {
  const h = createHash("sha256");
  const files = listFiles(dir).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of files) h.update(`${relative(dir, f.path)}\0${f.size}\0${f.mtimeMs}\n`);
  return h.digest("hex");
}

/**
 * Removes the folders under a folder that hold no file.
 *
 * @param dir Folder (kept).
 */
function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const p = join(dir, entry.name);
    removeEmptyFolders(p);
    if (readdirSync(p).length === 0) rmdirSync(p);
  }
}

/**
 * Removes the files of the last build that this build did not produce.
 *
 * @param dir The output folder.
 * @param kept Files this build wrote or kept as its pages.
 * @param startedMs When this build started: files written since then are this build's.
 * @returns How many files were removed.
 */
export function pruneStale(dir: string, kept: ReadonlySet<string>, startedMs: number): number {
  let removed = 0;
  for (const f of listFiles(dir)) {
    if (kept.has(f.path) || f.mtimeMs >= startedMs - CLOCK_SLACK_MS) continue;
    unlinkSync(f.path);
    removed++;
  }
  if (existsSync(dir)) removeEmptyFolders(dir);
  return removed;
}

/**
 * The integration: add it with `vite.build.emptyOutDir: false` and `experimental.incrementalBuild`.
 *
 * @returns The Astro integration.
 */
export function incrementalOutput(): AstroIntegration {
  let startedMs = 0;
  let outDir = "";
  let recordFile = "";
  return {
    name: "incremental-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        recordFile = join(fileURLToPath(config.cacheDir), RECORD);
      },
      "astro:build:start": ({ logger }) => {
        startedMs = Date.now();
        if (!existsSync(outDir)) return;
        let record: OutputRecord | null;
        try {
          record = JSON.parse(readFileSync(recordFile, "utf8")) as OutputRecord;
        } catch {
          record = null;
        }
        const same = record !== null && record.outDir === outDir && record.fingerprint === folderFingerprint(outDir);
        if (!same) {
          logger.info("the output folder is not the last build's: emptying it");
          for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
        }
      },
      "astro:build:done": ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const kept = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) kept.add(fileURLToPath(u));
        const removed = pruneStale(root, kept, startedMs);
        if (removed > 0) logger.info(`removed ${removed} file(s) of the last build that this one no longer has`);
        const record: OutputRecord = { outDir: root, fingerprint: folderFingerprint(root) };
        mkdirSync(join(recordFile, ".."), { recursive: true });
        writeFileSync(recordFile, JSON.stringify(record));
      },
    },
  };
}
