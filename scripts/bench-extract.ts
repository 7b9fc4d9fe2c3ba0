/**
 * `npm run bench:extract`: extraction throughput on one core over a generated corpus of 1,000
 * articles. Prints articles per second and MB per second (median of several runs).
 */
import { parseArticle } from "../src/lib/content/articles.ts";
import { extractCorpus } from "../src/lib/extract/index.ts";
import { syntheticArticle } from "./lib/synthetic.ts";

const COUNT = Number(process.env["BENCH_ARTICLES"] ?? 1000);
const RUNS = 5;
const enc = new TextEncoder();
const files = Array.from({ length: COUNT }, (_, i) => syntheticArticle(i));
const bytes = files.reduce((sum, f) => sum + enc.encode(f.text).length, 0);
const articles = files.map((f) => parseArticle(`content/articles/${f.name}`, enc.encode(f.text)));

extractCorpus(articles.slice(0, 50)); // warm-up
const times: number[] = [];
let claims = 0;
let skipped = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const r = extractCorpus(articles);
  times.push(performance.now() - t0);
  claims = r.claims.length;
  skipped = r.skipped.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const seconds = median / 1000;
console.log(`articles            ${COUNT}`);
console.log(`corpus size         ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`claims / skipped    ${claims} / ${skipped}`);
console.log(`median time         ${median.toFixed(0)} ms (of ${RUNS} runs, one core)`);
console.log(`articles per second ${(COUNT / seconds).toFixed(0)}`);
console.log(`MB per second       ${(bytes / 1e6 / seconds).toFixed(2)}`);
