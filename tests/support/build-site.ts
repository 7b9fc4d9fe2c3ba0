import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
    baseUrl: string;
    /** The site address the pages were built with, or null when built without one. */
    siteUrl: string | null;
  }
}

/** Project root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Serves `dist/` on a local port for the browser specs and runs `astro build` once with that
 * server as the site's address, so that every absolute address on the pages opens (skipped with
 * SKIP_BUILD=1 when `dist/` exists; the address it was built with is then read back from it).
 *
 * @param project The Vitest project.
 * @returns Teardown that stops the server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = resolve(ROOT, "dist");
  const { server, url } = await serveStatic(distDir);
  if (!(process.env["SKIP_BUILD"] === "1" && existsSync(distDir))) {
    const run = spawnSync(process.execPath, [resolve(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", SITE_URL: url },
    });
    if (run.status !== 0) {
      throw new Error(`astro build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
  }
  project.provide("distDir", distDir);
  project.provide("baseUrl", url);
  project.provide("siteUrl", builtSite(distDir));
  return async () => {
    await new Promise<void>((r) => server.close(() => r()));
  };
}

/**
 * Runs `astro build` of a fixture content folder into an output folder, in a process of its own.
 *
 * @param content The content folder (`CONTENT_DIR`).
 * @param outDir The output folder.
 * @param env More environment (`ASTRO_CACHE_DIR`, `SITE_URL`, …).
 * @returns The finished process, with its output as text.
 */
export function buildFixtureSite(
  content: string,
  outDir: string,
  env: Readonly<Record<string, string>> = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [resolve(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", CONTENT_DIR: content, ...env },
  });
}

/**
 * The site address a build used, as its robots.txt names the sitemap.
 *
 * @param distDir The `dist/` folder.
 * @returns The address, or null when the build had none.
 */
export function builtSite(distDir: string): string | null {
  const robots = readFileSync(resolve(distDir, "robots.txt"), "utf8");
  const m = /^Sitemap: (.+)\/sitemap\.xml$/m.exec(robots);
  return m?.[1] ?? null;
}
