/**
 * `npm run bench:scale`: generates synthetic corpora (10, 100 and 1,000 articles unless
 * `BENCH_SIZES` picks others of 10, 100, 1000, 5000, 10000), runs extraction and comparison
 * in-process and the full Astro build as a child, and prints for each size: pipeline time, build wall
 * time, peak memory, pages per second, dist size, search index size and the gzip bytes a reader loads
 * before the first search result. In the same run it builds a bare Astro site with the same page
 * paths, each page from one template with no pipeline and about the same size as the real page, and
 * prints the ratio of the two build times. Then it adds one article and builds again, twice: once
 * with an article whose name sorts last, once with one that sorts first.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildCorpus } from "../src/lib/pipeline.ts";
import { syntheticArticle, writeSyntheticContent } from "./lib/synthetic.ts";

const ROOT = resolve(import.meta.dirname, "..");
const ALLOWED = [10, 100, 1000, 5000, 10000];
const SIZES = (process.env["BENCH_SIZES"] ?? "10,100,1000").split(",").map(Number);
for (const n of SIZES) {
  if (!ALLOWED.includes(n)) throw new Error(`BENCH_SIZES: ${n} is not one of ${ALLOWED.join(", ")}`);
}

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
    // A loop, not a spread: a folder of 200,000 claim pages is more arguments than a call takes.
    if (st.isDirectory()) for (const f of files(p)) out.push(f);
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
async function build(
  contentDir: string,
  outDir: string,
  root: string = ROOT,
  env: Record<string, string> = {},
): Promise<{ seconds: number; peakMb: number }> {
  // Each build starts with the disk's write-back done, so that it does not pay for the writes of the
  // step before it (the bare site's pages, the first build's files).
  spawnSync("sync");
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", root, "--outDir", outDir, "--silent"],
    {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: join(outDir, "..", "cache"),
        NK_CLAIMS_CACHE_DIR: join(outDir, "..", "analysis-cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        ...env,
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

/** A page of the bare site: its path and its size, the size of the real page. */
const BARE_PAGE = `---
import { readFileSync } from "node:fs";
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(process.env.BARE_PAGES, "utf8"));
  return pages.map(([path, size]) => ({ params: { path: path === "" ? undefined : path }, props: { size } }));
}
const { size } = Astro.props;
const words = "The figure was reported by one outlet and repeated by another. ";
const filler = words.repeat(Math.max(1, Math.floor((size - 400) / words.length)));
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{Astro.url.pathname}</title></head>
<body><main><h1>{Astro.url.pathname}</h1><p>{filler}</p></main></body></html>
`;

/**
 * Builds, in a folder of the project (so that it finds Astro), a bare site with one HTML page per
 * page of a built site, at the same path and about the same size, from one template.
 *
 * @param dist The real site's output.
 * @param work Folder for the bare site's project and output.
 * @returns Build time and peak memory.
 */
async function bareBuild(dist: string, work: string): Promise<{ seconds: number; peakMb: number }> {
  const root = join(ROOT, ".bench", `bare-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "src/pages"), { recursive: true });
  writeFileSync(
    join(root, "astro.config.mjs"),
    `export default { site: "https://example.org", output: "static", trailingSlash: "always", build: { format: "directory" }, devToolbar: { enabled: false } };\n`,
  );
  const pages = files(dist)
    .filter((f) => f.path.endsWith("/index.html"))
    .map((f) => [f.path.slice(dist.length + 1, -"/index.html".length).replace(/^index\.html$/, ""), f.size]);
  const root404 = join(dist, "404.html");
  if (existsSync(root404))
    writeFileSync(join(root, "src/pages/404.astro"), "<html><body><h1>Not found</h1></body></html>\n");
  if (existsSync(join(dist, "index.html"))) pages.push(["", statSync(join(dist, "index.html")).size]);
  const list = join(work, "bare-pages.json");
  writeFileSync(list, JSON.stringify(pages));
  writeFileSync(join(root, "src/pages/[...path].astro"), BARE_PAGE);
  try {
    const result = await build("", join(work, "bare", "dist"), root, { BARE_PAGES: list });
    const count = (d: string): number => files(d).filter((f) => f.path.endsWith(".html")).length;
    if (count(join(work, "bare", "dist")) !== count(dist)) throw new Error("the bare site has another page count");
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The gzip bytes a reader loads before the first search result: the search core and the scripts of
 * the search page (its own and the engine).
 *
 * @param dist Built site.
 * @returns Bytes.
 */
function firstResultBytes(dist: string): number {
  const core = [join(dist, "api/search-index.json")].filter((p) => existsSync(p));
  const code = files(join(dist, "_astro"))
    .map((f) => f.path)
    .filter((p) => /\/(?:search|engine)[^/]*\.js$/.test(p));
  return [...core, ...code].reduce((s, p) => s + gzipSync(readFileSync(p)).length, 0);
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
  "KB gz before first result",
  "bare build s",
  "build / bare",
  "rebuild +1 article s",
  "rebuild +1 article sorting first s",
];
console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
// Generated folders are deleted after the last size: deleting tens of thousands of files takes minutes
// of disk time, which would slow the next size's builds.
const done: string[] = [];
for (const n of SIZES) {
  const dir = writeSyntheticContent(n, `scale-${n}-`);
  const t0 = performance.now();
  const corpus = buildCorpus(dir, { cache: null });
  const pipeline = (performance.now() - t0) / 1000;
  const outDir = join(dir, "dist");
  const { seconds, peakMb } = await build(dir, outDir);
  const all = files(outDir);
  const pages = all.filter((f) => f.path.endsWith(".html")).length;
  const dist = all.reduce((s, f) => s + f.size, 0);
  const index = all.filter((f) => /search/i.test(f.path) && /\.json$/.test(f.path));
  const indexRaw = index.reduce((s, f) => s + f.size, 0);
  const indexGz = index.reduce((s, f) => s + gzipSync(readFileSync(f.path)).length, 0);
  const bare = await bareBuild(outDir, dir);
  // One more article, built again into the same folder with the caches the first build kept.
  const added = syntheticArticle(n);
  writeFileSync(join(dir, "articles", added.name), added.text);
  const rebuild = await build(dir, outDir);
  // And one whose name sorts before every other: naming starts again from the first article (see
  // src/lib/extract/naming-points.ts), the costliest place for a new article to go.
  const first = syntheticArticle(n + 1);
  writeFileSync(join(dir, "articles", `added-${first.name}`), first.text);
  const rebuildFirst = await build(dir, outDir);
  const row = [
    String(n),
    String(corpus.data.claims.length),
    pipeline.toFixed(1),
    seconds.toFixed(1),
    peakMb.toFixed(0),
    String(pages),
    (pages / seconds).toFixed(0),
    (dist / 1e6).toFixed(1),
    `${(indexRaw / 1e3).toFixed(0)} / ${(indexGz / 1e3).toFixed(0)}`,
    (firstResultBytes(outDir) / 1e3).toFixed(0),
    bare.seconds.toFixed(1),
    (seconds / bare.seconds).toFixed(2),
    `${rebuild.seconds.toFixed(1)} (${((100 * rebuild.seconds) / seconds).toFixed(0)}%)`,
    `${rebuildFirst.seconds.toFixed(1)} (${((100 * rebuildFirst.seconds) / seconds).toFixed(0)}%)`,
  ];
  // Each row as soon as it is measured: a long run still reports the sizes it finished.
  console.log(`| ${row.join(" | ")} |`);
  done.push(dir);
}
for (const dir of done) if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
