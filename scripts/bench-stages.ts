/**
 * `npm run bench:stages`: times each stage of the pipeline (read, extraction, comparison, integrity
 * check, warnings) on generated corpora, to show which stage grows faster than the corpus. Times are
 * the main thread's processor milliseconds, the median of `BENCH_RUNS` runs (3 unless told).
 * `BENCH_SIZES=1000,2000` picks the sizes; `BENCH_OUT=dir` also writes the comparison JSON of each
 * size there, so that two versions of the code can be checked for identical output. Then, per size,
 * a build that fills an analysis cache and a rebuild after adding one article, checked against a
 * build without the cache.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAnalysisCache } from "../src/lib/extract/cache.ts";
import { buildCorpus, type StageTimes } from "../src/lib/pipeline.ts";
import { syntheticArticle, writeSyntheticContent } from "./lib/synthetic.ts";

const SIZES = (process.env["BENCH_SIZES"] ?? "1000,2000").split(",").map(Number);
const OUT = process.env["BENCH_OUT"];
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);

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

const rebuilds: {
  n: number;
  full: number;
  incremental: number;
  analysed: number;
  fromCache: number;
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
  "\n| articles | full build ms | after adding one article ms | ratio | analysed / from cache |\n|---|---|---|---|---|",
);
for (const r of rebuilds) {
  console.log(
    `| ${r.n} + 1 | ${r.full.toFixed(0)} | ${r.incremental.toFixed(0)} | ${(r.incremental / r.full).toFixed(2)} | ${r.analysed} / ${r.fromCache} |`,
  );
}
