/**
 * Runs the pipeline once on a content folder in a process of its own and prints what it cost as one
 * line of JSON, for `npm run bench:stages -- --scale`. A process per run gives each size a fresh heap,
 * so peak memory is that of one pipeline, with Node's default heap limit.
 *
 * Usage: `node scripts/lib/pipeline-once.ts CONTENT_DIR [--cache DIR] [--out FILE]`: without a cache
 * folder every article is analysed (a cold run); with one, analyses are read from and written to it.
 * With `--out`, the comparison output is written to the file, so two versions of the code can be diffed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { openAnalysisCache } from "../../src/lib/extract/cache.ts";
import { buildCorpus, type StageTimes } from "../../src/lib/pipeline.ts";
import { cpuNow } from "../../src/lib/stages.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cache: { type: "string" }, out: { type: "string" } },
});
const [dir] = positionals;
if (dir === undefined) throw new Error("usage: pipeline-once.ts CONTENT_DIR [--cache DIR] [--out FILE]");
const { cache: cacheDir, out } = values;

// The heap is read whenever a stage or a part of the comparison ends (each one writes its time), so
// the largest reading is the heap in use at the busiest stage boundary, garbage included.
let peakHeap = 0;
const times = new Proxy<StageTimes>(
  {},
  {
    set(target, key, value: number): boolean {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      target[key as string] = value;
      return true;
    },
  },
);
const cache = cacheDir === undefined ? null : openAnalysisCache(cacheDir, join(dir, "aliases.yaml"));
const wall0 = performance.now();
const cpu0 = cpuNow();
const corpus = buildCorpus(dir, { times, cache });
const cpu = cpuNow() - cpu0;
const wall = performance.now() - wall0;
const retained = process.memoryUsage().heapUsed;
// With `--expose-gc`, the heap in use after a full collection at the end: what the corpus holds.
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const held = collect ? process.memoryUsage().heapUsed : null;
if (out !== undefined) writeFileSync(out, JSON.stringify(corpus.data));
process.stdout.write(
  `${JSON.stringify({
    articles: corpus.articles.length,
    claims: corpus.data.claims.length,
    cpuMs: cpu,
    wallMs: wall,
    // Peak resident memory of the whole process, in bytes (resourceUsage gives kilobytes).
    peakRss: process.resourceUsage().maxRSS * 1024,
    peakHeap: Math.max(peakHeap, retained),
    retainedHeap: retained,
    heldHeap: held,
    heapLimit: getHeapStatistics().heap_size_limit,
    fromCache: cache?.hits.length ?? 0,
    times: { ...times },
  })}\n`,
);
