import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
    baseUrl: string;
  }
}

/** Project root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Runs `astro build` once for the site tests (skipped with SKIP_BUILD=1 when `dist/` exists),
 * then serves `dist/` on a local port for the browser specs.
 *
 * @param project The Vitest project.
 * @returns Teardown that stops the server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = resolve(ROOT, "dist");
  if (!(process.env["SKIP_BUILD"] === "1" && existsSync(distDir))) {
    const run = spawnSync(process.execPath, [resolve(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    if (run.status !== 0) {
      throw new Error(`astro build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
  }
  const { server, url } = await serveStatic(distDir);
  project.provide("distDir", distDir);
  project.provide("baseUrl", url);
  return async () => {
    await new Promise<void>((r) => server.close(() => r()));
  };
}
