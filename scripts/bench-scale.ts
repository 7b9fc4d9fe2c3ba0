/**
 * `npm run bench:scale`: generates synthetic corpora of 10, 100 and 1,000 articles, runs
 * extraction and comparison in-process and the full Astro build as a child, and prints for each
 * size: pipeline time, build wall time, peak memory, pages per second, dist size and search index size.
 * `BENCH_SIZES=10,100` picks other sizes.
 */
import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildCorpus } from "../src/lib/pipeline.ts";
import { syntheticArticle } from "./lib/synthetic.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SIZES = (process.env["BENCH_SIZES"] ?? "10,100,1000").split(",").map(Number);

/**
 * Every file under a folder with its size.
 *
 * @param dir Folder.
 * @returns Paths and sizes.
 */
function files(dir: string): { path: string; size: number }[] {
  const out: { path: string; size: number }[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...files(p));
    else out.push({ path: p, size: st.size });
  }
  return out;
}

/**
 * Runs the Astro build as a child and samples its resident memory (the child and its children).
 *
 * @param contentDir Content folder.
 * @param outDir Output folder.
 * @returns Wall time in seconds and peak memory in MB.
 */
async function build(contentDir: string, outDir: string): Promise<{ seconds: number; peakMb: number }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir, "--silent"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: join(outDir, "..", "cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let peak = 0;
  const rssOf = (pid: number): number => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      return kb + kids.reduce((s, k) => s + rssOf(k), 0);
    } catch {
      return 0;
    }
  };
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, rssOf(child.pid));
  }, 100);
  const code: number = await new Promise((r) => child.on("close", (c) => r(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed:\n${stderr}`);
  return { seconds: (performance.now() - t0) / 1000, peakMb: peak / 1024 };
}

const rows: string[][] = [];
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  mkdirSync(join(dir, "articles"));
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    writeFileSync(join(dir, "articles", a.name), a.text);
  }
  copyFileSync(join(ROOT, "content/aliases.yaml"), join(dir, "aliases.yaml"));
  const t0 = performance.now();
  const corpus = buildCorpus(dir);
  const pipeline = (performance.now() - t0) / 1000;
  const outDir = join(dir, "dist");
  const { seconds, peakMb } = await build(dir, outDir);
  const all = files(outDir);
  const pages = all.filter((f) => f.path.endsWith(".html")).length;
  const dist = all.reduce((s, f) => s + f.size, 0);
  const index = all.filter((f) => /search/i.test(f.path) && /\.json$/.test(f.path));
  const indexRaw = index.reduce((s, f) => s + f.size, 0);
  const indexGz = index.reduce((s, f) => s + gzipSync(readFileSync(f.path)).length, 0);
  rows.push([
    String(n),
    String(corpus.data.claims.length),
    pipeline.toFixed(1),
    seconds.toFixed(1),
    peakMb.toFixed(0),
    String(pages),
    (pages / seconds).toFixed(0),
    (dist / 1e6).toFixed(1),
    `${(indexRaw / 1e3).toFixed(0)} / ${(indexGz / 1e3).toFixed(0)}`,
  ]);
  console.log(`${n} articles done`);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
const head = [
  "articles",
  "claims",
  "pipeline s",
  "build s",
  "peak MB",
  "pages",
  "pages/s",
  "dist MB",
  "search index KB raw / gzip",
];
console.log(`\n| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
