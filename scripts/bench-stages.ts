/**
 * `npm run bench:stages`: times each stage of the pipeline (read, extraction, comparison, integrity
 * check, warnings) on generated corpora, to show which stage grows faster than the corpus. Times are
 * the main thread's processor milliseconds, the median of `BENCH_RUNS` runs (3 unless told).
 * `BENCH_SIZES=1000,2000` picks the sizes; `BENCH_OUT=dir` also writes the comparison JSON of each
 * size there, so that two versions of the code can be checked for identical output.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildCorpus, type StageTimes } from "../src/lib/pipeline.ts";
import { syntheticArticle } from "./lib/synthetic.ts";

const ROOT = resolve(import.meta.dirname, "..");
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

const rows: { n: number; claims: number; times: StageTimes }[] = [];
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `stages-${n}-`));
  mkdirSync(join(dir, "articles"));
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    writeFileSync(join(dir, "articles", a.name), a.text);
  }
  copyFileSync(join(ROOT, "content/aliases.yaml"), join(dir, "aliases.yaml"));
  const runs: StageTimes[] = [];
  let claims = 0;
  for (let run = 0; run < RUNS; run++) {
    const times: StageTimes = {};
    const corpus = buildCorpus(dir, { times });
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
  rmSync(dir, { recursive: true, force: true });
}
const stages = [...new Set(rows.flatMap((r) => Object.keys(r.times)))];
const head = ["articles", "claims", ...stages.map((s) => `${s} ms`), "total ms"];
console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|`);
for (const r of rows) {
  // Parts of a stage (named "stage:part") are already counted in the stage.
  const total = Object.entries(r.times)
    .filter(([k]) => !k.includes(":"))
    .reduce((s, [, t]) => s + t, 0);
  const cells = stages.map((s) => (r.times[s] ?? 0).toFixed(0));
  console.log(`| ${[String(r.n), String(r.claims), ...cells, total.toFixed(0)].join(" | ")} |`);
}
