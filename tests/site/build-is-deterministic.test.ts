import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "../support/build-site.ts";
import { listFiles } from "../support/html.ts";

const dist = inject("distDir");
const second = mkdtempSync(join(tmpdir(), "nk-dist-"));
// Its own cache: the second build renders every page again rather than reusing the first one's.
const cache = mkdtempSync(join(tmpdir(), "nk-cache-"));

afterAll(() => {
  rmSync(second, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe("two builds of the same content", () => {
  // With SKIP_BUILD=1, dist/ may predate the sources, so the comparison would not be of the same content.
  it.skipIf(process.env["SKIP_BUILD"] === "1")(
    "give byte-identical output",
    () => {
      const run = spawnSync(
        process.execPath,
        [resolve(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--silent", "--outDir", second],
        {
          cwd: ROOT,
          encoding: "utf8",
          env: {
            ...process.env,
            ASTRO_TELEMETRY_DISABLED: "1",
            ASTRO_CACHE_DIR: cache,
            NK_CLAIMS_CACHE_DIR: join(cache, "analysis"),
            SITE_URL: inject("siteUrl") ?? "",
          },
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const files = listFiles(dist);
      expect(listFiles(second)).toEqual(files);
      const differing = files.filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(second, f))));
      expect(differing).toEqual([]);
    },
    120_000,
  );
});
