/**
 * `npm run lighthouse`: builds the site, serves `dist/` locally and runs Lighthouse with the
 * system Chromium on one page of each type, printing the four category scores per page.
 * `SKIP_BUILD=1` reuses an existing `dist/`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS } from "../tests/support/browser.ts";
import { serveStatic } from "../tests/support/static-server.ts";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
/** A fixed local address, so the build's canonical links point at the server Lighthouse audits. */
const PORT = Number(process.env["LIGHTHOUSE_PORT"] ?? 4329);
const chromePath = [process.env["CHROME_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p) => p && existsSync(p),
);
if (!chromePath) {
  console.error("Chromium not found: apt-get install -y chromium, or set CHROME_PATH");
  process.exit(1);
}
if (process.env["SKIP_BUILD"] !== "1" || !existsSync(DIST)) {
  const b = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, SITE_URL: `http://127.0.0.1:${PORT}` },
  });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const { claims } = JSON.parse(readFileSync(join(DIST, "api/claims/page-1.json"), "utf8")) as {
  claims: { id: string; article: string; topic: string | null }[];
};
const first = claims.find((c) => c.topic !== null) ?? claims[0];
const pages = [
  ["home", "/"],
  ["topic", `/topics/${first?.topic ?? ""}/`],
  ["claim", `/claims/${first?.id ?? ""}/`],
  ["article", `/articles/${first?.article ?? ""}/`],
  ["search", "/search/?q=2000"],
] as const;

const { server, url } = await serveStatic(DIST, PORT);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
const rows: string[] = [];
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`${url}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const cats = result?.lhr.categories ?? {};
    const score = (k: string): string => String(Math.round((cats[k]?.score ?? 0) * 100));
    rows.push(
      `| ${name} | ${path} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} |`,
    );
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log("| page | path | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|---|");
console.log(rows.join("\n"));
