import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/build-site.ts";
import { listFiles } from "../support/html.ts";

const out = mkdtempSync(join(tmpdir(), "nk-nosite-"));

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe("a build without SITE_URL", () => {
  it("warns once and leaves out canonical links, Open Graph URLs and the sitemap; the data gives paths", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
    delete env["SITE_URL"];
    const run = spawnSync(
      process.execPath,
      [resolve(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", out],
      {
        cwd: ROOT,
        encoding: "utf8",
        env,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(`${run.stdout}${run.stderr}`.match(/SITE_URL is not set/g)).toHaveLength(1);
    expect(existsSync(join(out, "sitemap.xml"))).toBe(false);
    expect(readFileSync(join(out, "robots.txt"), "utf8")).not.toContain("Sitemap:");
    const pages = listFiles(out).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    for (const f of pages) {
      const html = readFileSync(join(out, f), "utf8");
      expect(html, f).not.toMatch(/rel="canonical"|property="og:url"|example\.org/);
    }
    const index = JSON.parse(readFileSync(join(out, "api/claims.json"), "utf8")) as { pages: { url: string }[] };
    expect(index.pages.length).toBeGreaterThan(0);
    for (const p of index.pages) expect(p.url).toMatch(/^\/api\/claims\/page-\d+\.json$/);
    const claims = (
      JSON.parse(readFileSync(join(out, "api/claims/page-1.json"), "utf8")) as { claims: { url: string }[] }
    ).claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.url).toMatch(/^\/claims\/[^/]+\/$/);
  }, 180_000);
});
