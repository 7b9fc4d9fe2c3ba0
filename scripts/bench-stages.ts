/**
 * `npm run bench:stages`: times each stage of the pipeline (read, extraction, comparison, integrity
 * check, warnings) on generated corpora, to show which stage grows faster than the corpus. Times are
 * the main thread's processor milliseconds, the median of `BENCH_RUNS` runs (3 unless told).
 * `BENCH_SIZES=1000,2000` picks the sizes; `BENCH_OUT=dir` also writes the comparison JSON of each
 * size there, so that two versions of the code can be checked for identical output. Then, per size,
 * a build that fills an analysis cache and a rebuild after adding one article, checked against a
 * build without the cache.
 *
 * `npm run bench:stages -- --scale` measures the whole pipeline instead, at 1,000, 5,000 and 10,000
 * articles unless `BENCH_SIZES` says otherwise: each run in a process of its own with Node's default
 * heap, cold (no analysis cache) and warm (every analysis read from a cache filled by a run before),
 * with its processor time, peak memory and the ratio of the largest size's time to the smallest's.
 * Memory is given three ways: the process's peak resident memory, the largest heap in use when a
 * stage ended (garbage included) and the largest heap in use after a full garbage collection (what
 * the pipeline really holds; one is forced at the end, outside the timed part). `BENCH_HEAP_MB=1536` runs them with a smaller heap than Node's default.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openAnalysisCache } from "../src/lib/extract/cache.ts";
import { buildCorpus, type StageTimes } from "../src/lib/pipeline.ts";
import { syntheticArticle, writeSyntheticContent } from "./lib/synthetic.ts";

const SCALE = process.argv.includes("--scale");
const SIZES = (process.env["BENCH_SIZES"] ?? (SCALE ? "1000,5000,10000" : "1000,2000")).split(",").map(Number);
const OUT = process.env["BENCH_OUT"];
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
/** A heap limit in MB for the `--scale` runs (Node's default unless given), to show what the pipeline fits in. */
const HEAP_MB = process.env["BENCH_HEAP_MB"];

/**
 * The median of some numbers.
 *
 * @param xs Numbers.
 * @returns Median.
 */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * The time of a build: its stages, without their parts.
 *
 * @param t Stage times.
 * @returns Milliseconds.
 */
function sum(t: StageTimes): number {
  return Object.entries(t)
    .filter(([k]) => !k.includes(":"))
    .reduce((s, [, v]) => s + v, 0);
}

if (SCALE) scale();
else stages();

/** The per-stage table and the rebuild table. */
function stages(): void {
  const rebuilds: {
    n: number;
    full: number;
    incremental: number;
    analysed: number;
    fromCache: number;
    fromPoints: number;
    claims: number;
  }[] = [];
  const rows: { n: number; claims: number; times: StageTimes }[] = [];
  for (const n of SIZES) {
    const dir = writeSyntheticContent(n, `stages-${n}-`);
    const runs: StageTimes[] = [];
    let claims = 0;
    for (let run = 0; run < RUNS; run++) {
      const times: StageTimes = {};
      const corpus = buildCorpus(dir, { times, cache: null });
      runs.push(times);
      claims = corpus.data.claims.length;
      if (OUT && run === 0) {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(join(OUT, `compare-${n}.json`), JSON.stringify(corpus.data));
      }
    }
    const names = [...new Set(runs.flatMap((t) => Object.keys(t)))];
    const times = Object.fromEntries(names.map((k) => [k, median(runs.map((t) => t[k] ?? 0))]));
    rows.push({ n, claims, times });

    // A rebuild after adding one article, with the analyses of the others kept from a first build.
    const cacheDir = join(dir, "cache");
    const full: StageTimes = {};
    const first = buildCorpus(dir, { times: full, cache: openAnalysisCache(cacheDir, join(dir, "aliases.yaml")) });
    const added = syntheticArticle(n);
    writeFileSync(join(dir, "articles", added.name), added.text);
    const again: StageTimes = {};
    const cache = openAnalysisCache(cacheDir, join(dir, "aliases.yaml"));
    const second = buildCorpus(dir, { times: again, cache });
    const clean = buildCorpus(dir, { cache: null });
    if (JSON.stringify(second.data) !== JSON.stringify(clean.data))
      throw new Error("a cached build differs from a clean one");
    rebuilds.push({
      n,
      full: sum(full),
      incremental: sum(again),
      analysed: cache?.misses.length ?? 0,
      fromCache: cache?.hits.length ?? 0,
      fromPoints: cache?.restored.length ?? 0,
      claims: first.data.claims.length,
    });
    rmSync(dir, { recursive: true, force: true });
  }
  const stages = [...new Set(rows.flatMap((r) => Object.keys(r.times)))];
  const head = ["articles", "claims", ...stages.map((s) => `${s} ms`), "total ms"];
  console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
  for (const r of rows) {
    // Parts of a stage (named "stage:part") are already counted in the stage.
    const total = sum(r.times);
    const cells = stages.map((s) => (r.times[s] ?? 0).toFixed(0));
    console.log(`| ${[String(r.n), String(r.claims), ...cells, total.toFixed(0)].join(" | ")} |`);
  }

  console.log(
    "\n| articles | full build ms | after adding one article ms | ratio | analysed / analysis from cache / named from a point |\n|---|---|---|---|---|",
  );
  for (const r of rebuilds) {
    console.log(
      `| ${r.n} + 1 | ${r.full.toFixed(0)} | ${r.incremental.toFixed(0)} | ${(r.incremental / r.full).toFixed(2)} | ${r.analysed} / ${r.fromCache} / ${r.fromPoints} |`,
    );
  }
}

/** What one pipeline run in its own process cost (see `scripts/lib/pipeline-once.ts`). */
interface Run {
  articles: number;
  claims: number;
  cpuMs: number;
  wallMs: number;
  peakRss: number;
  peakHeap: number;
  retainedHeap: number;
  heapLimit: number;
  fromCache: number;
  times: StageTimes;
  /** The largest heap in use after a full garbage collection, the one at the end included. */
  liveHeap: number;
}

/**
 * Runs the pipeline once in a new process of the project's Node.
 *
 * @param args Content folder, then `--cache DIR` and `--out FILE` when wanted.
 * @returns What the run cost.
 */
function runOnce(args: readonly string[]): Run {
  const script = fileURLToPath(new URL("./lib/pipeline-once.ts", import.meta.url));
  const heap = HEAP_MB ? [`--max-old-space-size=${HEAP_MB}`] : [];
  const out = execFileSync(process.execPath, ["--trace-gc", "--expose-gc", ...heap, script, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const lines = out.trimEnd().split("\n");
  // "Mark-Compact 1240.0 (1327.0) -> 1076.0 (1327.0) MB": the heap in use after a full collection is
  // what the pipeline holds at that moment, without the garbage a sample between collections counts.
  const live = lines
    .map((l) => /Mark-Compact[^\d]*[\d.]+ \([\d.]+\) -> ([\d.]+)/.exec(l)?.[1])
    .filter((x): x is string => x !== undefined)
    .map((x) => Number(x) * 2 ** 20);
  // The garbage collector's lines may come after the result's.
  const result = lines.findLast((l) => l.startsWith("{")) ?? "";
  const run = JSON.parse(result) as Omit<Run, "liveHeap"> & { heldHeap: number };
  // A small corpus may see no full collection after its data is built: the heap held at the end counts too.
  return { ...run, liveHeap: Math.max(run.heldHeap, ...live) };
}

/** The whole pipeline at each size, cold and warm, with time and peak memory. */
function scale(): void {
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
  const rows: { n: number; cold: Run; warm: Run }[] = [];
  for (const n of SIZES) {
    const dir = writeSyntheticContent(n, `scale-${n}-`);
    const cacheDir = join(dir, "cache");
    const colds: Run[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The output is written after the measurements, by the first cold run.
      if (OUT && run === 0) mkdirSync(OUT, { recursive: true });
      colds.push(runOnce(OUT && run === 0 ? [dir, "--out", join(OUT, `compare-${n}.json`)] : [dir]));
    }
    runOnce([dir, "--cache", cacheDir]); // fills the cache
    const warms = Array.from({ length: RUNS }, () => runOnce([dir, "--cache", cacheDir]));
    const byCpu = (runs: Run[]): Run => [...runs].sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs.length / 2)] as Run;
    rows.push({ n, cold: byCpu(colds), warm: byCpu(warms) });
    rmSync(dir, { recursive: true, force: true });
    console.error(`${n} articles done`);
  }
  const head = [
    "articles",
    "claims",
    "cold s",
    "cold peak RSS MB",
    "cold peak heap MB",
    "cold live heap MB",
    "warm s",
    "warm peak RSS MB",
    "warm peak heap MB",
    "warm live heap MB",
  ];
  console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
  for (const { n, cold, warm } of rows) {
    const cells = [
      String(n),
      String(cold.claims),
      (cold.cpuMs / 1000).toFixed(1),
      mb(cold.peakRss),
      mb(cold.peakHeap),
      mb(cold.liveHeap),
      (warm.cpuMs / 1000).toFixed(1),
      mb(warm.peakRss),
      mb(warm.peakHeap),
      mb(warm.liveHeap),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last && last !== first) {
    const ratio = (a: number, b: number): string => (a / b).toFixed(2);
    console.log(
      `\n${last.n} / ${first.n} articles (${ratio(last.n, first.n)} times): cold time ${ratio(last.cold.cpuMs, first.cold.cpuMs)}×, ` +
        `warm time ${ratio(last.warm.cpuMs, first.warm.cpuMs)}×, cold peak RSS ${ratio(last.cold.peakRss, first.cold.peakRss)}×; ` +
        `heap limit ${mb(last.cold.heapLimit)} MB`,
    );
  }
}
