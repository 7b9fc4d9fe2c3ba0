/**
 * `npm run bench:search`: builds search indexes over synthetic claim sets of 1k and 10k records
 * (deterministic), prints their sizes (raw and gzip), build and load times, and query latency
 * (median and p95 over a fixed mix of figures, names, typos, mixed queries and a keystroke
 * sequence) in Node and, when Chromium is installed, in headless Chromium.
 */
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS } from "../tests/support/browser.ts";
import { prng } from "./lib/synthetic.ts";
import { numberSlug } from "../src/lib/schema/claim-id.ts";
import type { Claim, EntityRef, Unit } from "../src/lib/schema/claim.ts";
import { KINDS, type KindId } from "../src/lib/schema/kinds.ts";
import { createSearch } from "../src/lib/search/engine.ts";
import { buildSearchIndex, type SearchIndex, type SearchPersonInput } from "../src/lib/search/index.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Claim-set sizes; `BENCH_SEARCH_SIZES=1000,10000,100000` adds the 100k row the scale bars are set at. */
const SIZES = (process.env["BENCH_SEARCH_SIZES"] ?? "1000,10000").split(",").map((x) => {
  const n = Number(x.trim());
  if (!Number.isInteger(n) || n < 100 || n > 200_000)
    throw new Error(`BENCH_SEARCH_SIZES: "${x}" is not a whole number from 100 to 200000`);
  return n;
});
const ROUNDS = 5;
/** Fresh engines (fresh pages in Chromium) per size; cold times are the per-query median over them. */
const ENGINES = 3;
const GOAL_P95_MS = 16;
const GOAL_FIRST_KB = 150;

/** The fixed query mix: figures, names, typos, mixed, and one name typed a key at a time. */
const QUERIES = [
  "$2,000",
  "2k",
  "2000 dollars",
  "$2000 a month",
  "11,000 troops",
  "12k",
  "90%",
  "95 per cent",
  "90-95%",
  "over 10000",
  "under 5,000",
  "at least 12000",
  "two thousand",
  "$22 million",
  "20m",
  "1,200",
  "100,000",
  "Lee Woong-gil",
  "Lee Woong Gil",
  "woong-gil",
  "Hyunseung Lee",
  "Hyun-Seung",
  "Bennett",
  "NIS",
  "spy agency",
  "National Intelligence Service",
  "Zelenskyy",
  "Pentagon",
  "Chung",
  "Ponomarenco",
  "Bennet",
  "Pentagn",
  "Hyunsung Lee",
  "Zelensky",
  "Lee 2000",
  "NIS casualties",
  "wounded 4000",
  "killed",
  "soldiers pay",
  "casualties",
  "l",
  "le",
  "lee",
  "lee ",
  "lee w",
  "lee wo",
  "lee woo",
  "lee woon",
  "lee woong",
  "lee woong-",
  "lee woong-g",
  "lee woong-gi",
  "lee woong-gil",
  "2",
  "20",
  "200",
  "2000",
  "$2000",
];

const SURNAMES =
  "Lee Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Nam Chung Moon Baek Heo".split(
    " ",
  );
const SYL1 = "Woong Hyun Sung Jung Min Young Chan Dong Seung Ji Hye Soo Tae Kyung Eun Jae Ho Sang Myung Kwang".split(
  " ",
);
const SYL2 = "gil seung wook hoon il ho jin su ah yeon chul min woo hee sik bok".split(" ");
const FIRST =
  "Bruce Jean Dmytro Olena Victor Anna Mark Sarah James Irina Oleksandr Maria John Kateryna Peter Laura Andriy Helen".split(
    " ",
  );
const LAST =
  "Bennett Ponomarenko Klingner Terry Smith Kovalenko Brown Shevchenko Taylor Bondarenko Wilson Melnyk Clark Tkachenko Lewis".split(
    " ",
  );
const ORG_PLACE = "South Korean;Ukrainian;US;British;Japanese;Russian;European;Seoul;Kyiv;Washington".split(";");
const ORG_WORD =
  "Ministry of Defence;Intelligence Service;Defence Intelligence;Institute for Security Studies;Presidential Office;Joint Chiefs of Staff;Foreign Ministry;Unification Ministry;Research Centre;Military Command".split(
    ";",
  );
const OUTLET_A = "Daily Korea Seoul Kyiv Radio Voice Morning Evening Global Pacific Asia North Free Independent".split(
  " ",
);
const OUTLET_B = "NK Herald Times Post Star Journal Tribune Review Monitor Report Wire News Europe Telegraph".split(
  " ",
);
const WORDS = (
  "soldiers troops deployed front line russia ukraine kursk regime pay salary wages casualties killed wounded " +
  "injured fatalities intelligence estimate report reports officials according sources training rotation units " +
  "elite storm corps battle war drones artillery shells missiles ammunition exchange cash money funds payments " +
  "families defector defectors military leader kim pyongyang moscow kremlin sanctions economy gdp budget loyalty " +
  "propaganda frontline assault offensive losses captured prisoners interview podcast analysts experts border " +
  "winter summer spring autumn month months year years deployment deployments contract contracts compensation " +
  "allowance earnings coffers state share percent dollars roubles won rations food equipment weapons tanks " +
  "brigade battalion division commanders generals recruits conscripts service served veterans hospital medical " +
  "evacuated survivors combat fighting positions villages region oblast counteroffensive advance retreat"
).split(" ");

/**
 * Generates a deterministic synthetic corpus.
 *
 * @param n Number of claims.
 * @param seed Seed.
 * @returns Claims and people.
 */
function synthetic(n: number, seed: number): { claims: Claim[]; people: SearchPersonInput[] } {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const zipf = <T>(xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(xs.length * r() ** 2.5))] as T;
  const people: SearchPersonInput[] = [
    {
      id: "lee-woong-gil",
      name: "Lee Woong-gil",
      type: "person",
      variants: ["Lee Woong-gil", "Lee Woong Gil"],
      roles: ["defector"],
    },
    {
      id: "hyun-seung-lee",
      name: "Hyun-Seung Lee",
      type: "person",
      variants: ["Hyun-Seung Lee", "Hyunseung Lee", "Hyun-Seung"],
      roles: ["defector"],
    },
    {
      id: "south-korea-nis",
      name: "South Korea's National Intelligence Service",
      type: "organization",
      variants: ["National Intelligence Service", "NIS", "South Korea's spy agency"],
      roles: ["spy agency"],
    },
    { id: "pentagon", name: "The Pentagon", type: "organization", variants: ["Pentagon"], roles: [] },
    { id: "zelenskyy", name: "Ukrainian President Volodymyr Zelenskyy", type: "person", variants: [], roles: [] },
  ];
  const ids = new Set(people.map((p) => p.id));
  const add = (p: SearchPersonInput): void => {
    if (ids.has(p.id)) return;
    ids.add(p.id);
    people.push(p);
  };
  const nPeople = Math.round(n / 8);
  // The name parts allow about 8,900 distinct names: past that (100,000 claims) the cast stops growing.
  for (let tries = 0; people.length < nPeople && tries < nPeople * 20; tries++) {
    const t = r();
    if (t < 0.55) {
      const sur = pick(SURNAMES);
      const given = `${pick(SYL1)}-${pick(SYL2)}`;
      const name = `${sur} ${given}`;
      add({
        id: slug(name),
        name,
        type: "person",
        variants: [name, name.replace("-", " "), `${given} ${sur}`],
        roles: [pick(["defector", "researcher", "lawmaker", "analyst"])],
      });
    } else if (t < 0.85) {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      add({ id: slug(name), name, type: "person", variants: [name], roles: [] });
    } else if (t < 0.95) {
      const name = `${pick(ORG_PLACE)} ${pick(ORG_WORD)}`;
      const acr = name
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join("");
      add({ id: slug(name), name, type: "organization", variants: [name, acr], roles: ["agency"] });
    } else {
      const name = `${pick(OUTLET_A)} ${pick(OUTLET_B)}`;
      add({ id: slug(name), name, type: "outlet", variants: [name], roles: [] });
    }
  }
  const speakers = people.filter((p) => p.type !== "outlet");
  const outlets = people.filter((p) => p.type === "outlet");
  const nArticles = Math.max(5, Math.round(n / 20));
  const ref = (p: SearchPersonInput): EntityRef => ({ id: p.id, name: p.name });
  // Each article has its own cast of speakers (two to seven) and its relays, as real articles do.
  const articles = Array.from({ length: nArticles }, (_, i) => ({
    slug: `${pick(WORDS)}-${pick(WORDS)}-${pick(WORDS)}-${i}`,
    date:
      r() < 0.8
        ? `20${pick(["24", "25"])}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`
        : null,
    cast: Array.from({ length: 2 + Math.floor(r() * 6) }, () => zipf(speakers)),
    via: r() < 0.6 ? [ref(zipf(outlets))] : r() < 0.3 ? [ref(zipf(outlets)), ref(zipf(outlets))] : [],
  }));
  const claims: Claim[] = [];
  const offsets = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const art = articles[Math.floor(r() * nArticles)] ?? { slug: "a", date: null, cast: [], via: [] };
    const kind = pick(KINDS).id as KindId;
    const v = valueFor(kind, r);
    const speaker = r() < 0.8 ? (r() < 0.9 ? pick(art.cast) : zipf(speakers)) : null;
    const via = r() < 0.9 ? art.via : [ref(zipf(outlets))];
    const before = Array.from({ length: 4 + Math.floor(r() * 10) }, () => zipf(WORDS)).join(" ");
    const after = Array.from({ length: 4 + Math.floor(r() * 10) }, () => zipf(WORDS)).join(" ");
    const lead = speaker ? `${speaker.variants[Math.floor(r() * speaker.variants.length)] ?? speaker.name} said ` : "";
    const quote = `${lead}${before} ${v.figure} ${after}.`;
    const quoteStart = (offsets.get(art.slug) ?? 0) + 40 + Math.floor(r() * 400);
    offsets.set(art.slug, quoteStart + quote.length);
    const figureStart = quoteStart + lead.length + before.length + 1;
    claims.push({
      id: `${art.slug}-${numberSlug(v.number)}-n${figureStart}`,
      article: art.slug,
      kind,
      quote,
      quoteStart,
      figure: v.figure,
      figureStart,
      line: 1 + (i % 40),
      value: { min: v.min, max: v.max, unit: v.unit, per: v.per, approx: v.approx },
      vague: false,
      qualitative: false,
      attributedTo: speaker ? ref(speaker) : null,
      attributionMethod: speaker ? "said-before" : null,
      attributionAmbiguous: false,
      via,
      hedges: [],
      asOf: art.date,
      asOfSource: art.date === null ? "unknown" : "article",
      subject: kind === "biography" && speaker ? ref(speaker) : null,
      scope: null,
      stance: "asserts",
      disputedBy: r() < 0.03 ? ref(zipf(speakers)) : null,
      citedSource: null,
      basis: null,
    });
  }
  return { claims, people };
}

/**
 * A value and its words for a kind.
 *
 * @param kind Kind id.
 * @param r PRNG.
 * @returns The normalised value and the figure as written.
 */
function valueFor(
  kind: KindId,
  r: () => number,
): {
  min: number | null;
  max: number | null;
  unit: Unit;
  per: Claim["value"]["per"];
  approx: boolean;
  figure: string;
  number: string;
} {
  const int = (a: number, b: number, step: number): number => a + step * Math.floor((r() * (b - a)) / step);
  let unit: Unit = "people";
  let per: Claim["value"]["per"] = null;
  let v: number;
  let sym = "";
  let suffix = "";
  switch (kind) {
    case "pay-per-soldier":
    case "soldier-take-home":
      v = int(100, 5000, 100);
      unit = "USD";
      per = "month";
      sym = "$";
      suffix = " a month";
      break;
    case "pay-total":
      v = int(1, 900, 1) * 1e6;
      unit = "USD";
      sym = "$";
      break;
    case "regime-share":
    case "casualty-rate":
      v = int(1, 100, 1);
      unit = "percent";
      suffix = "%";
      break;
    case "domestic-wage":
      v = int(1, 5000, 1);
      unit = r() < 0.5 ? "KPW" : "USD";
      sym = unit === "USD" ? "$" : "";
      suffix = unit === "KPW" ? " won a month" : " a month";
      per = "month";
      break;
    case "biography":
      v = int(1990, 2025, 1);
      unit = "year";
      break;
    default:
      v = int(500, 200_000, 500);
  }
  const bare = (x: number): string =>
    unit === "USD" && x >= 1e6 ? `${x / 1e6} million` : unit === "year" ? String(x) : x.toLocaleString("en-US");
  const fmt = (x: number): string => `${sym}${bare(x)}`;
  const t = r();
  const number = bare(v);
  if (unit === "year" || t < 0.7)
    return { min: v, max: v, unit, per, approx: false, figure: `${fmt(v)}${suffix}`, number };
  if (t < 0.85) return { min: v, max: v, unit, per, approx: true, figure: `about ${fmt(v)}${suffix}`, number };
  if (t < 0.92) return { min: v, max: null, unit, per, approx: false, figure: `at least ${fmt(v)}${suffix}`, number };
  if (t < 0.96) return { min: null, max: v, unit, per, approx: false, figure: `up to ${fmt(v)}${suffix}`, number };
  const hi = v * 2;
  return {
    min: v,
    max: hi,
    unit,
    per,
    approx: false,
    figure: `${fmt(v)} to ${fmt(hi)}${suffix}`,
    number: `${bare(v)} to ${fmt(hi)}`,
  };
}

/**
 * Makes a kebab-case slug.
 *
 * @param s Text.
 * @returns Slug.
 */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The q-th quantile of some numbers.
 *
 * @param xs Numbers.
 * @param q Quantile in [0, 1].
 * @returns The value.
 */
function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

/** What one fresh engine measured. */
interface Run {
  /** JSON.parse of the core and createSearch (with its warm-up), ms. */
  load: number;
  /** JSON.parse of the text part and addText, ms. */
  text: number;
  /** Every query of every round, ms. */
  all: number[];
  /** The first round, ms per query. */
  cold: number[];
}

/**
 * Loads a fresh engine from JSON and times the query mix over several rounds. Written to run
 * unchanged inside a browser page: it uses only its arguments and `performance`.
 *
 * @param args The engine factory, the index parts as JSON, the queries and the number of rounds.
 * @returns The measurements.
 */
function runOnce(args: {
  make: typeof createSearch;
  coreJson: string;
  textJson: string;
  queries: string[];
  rounds: number;
}): Run {
  const t0 = performance.now();
  const s = args.make({ core: JSON.parse(args.coreJson) as SearchIndex["core"] });
  const load = performance.now() - t0;
  const t1 = performance.now();
  s.addText(JSON.parse(args.textJson) as SearchIndex["text"]);
  const text = performance.now() - t1;
  const all: number[] = [];
  const cold: number[] = [];
  for (let round = 0; round < args.rounds; round++) {
    for (const q of args.queries) {
      const t = performance.now();
      s.search(q);
      const d = performance.now() - t;
      all.push(d);
      if (round === 0) cold.push(d);
    }
  }
  return { load, text, all, cold };
}

/**
 * Pools several fresh engines' runs: medians of the load times, every sample, and per query the median cold time.
 *
 * @param runs The runs.
 * @returns The pooled measurements.
 */
function pool(runs: readonly Run[]): Run {
  return {
    load: quantile(
      runs.map((r) => r.load),
      0.5,
    ),
    text: quantile(
      runs.map((r) => r.text),
      0.5,
    ),
    all: runs.flatMap((r) => r.all),
    cold: QUERIES.map((_, k) =>
      quantile(
        runs.map((r) => r.cold[k] ?? NaN),
        0.5,
      ),
    ),
  };
}

/** One measured size. */
interface Row {
  n: number;
  coreRaw: number;
  coreGz: number;
  textRaw: number;
  textGz: number;
  buildMs: number;
  node: Run;
  coreJson: string;
  textJson: string;
}

const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
const ms = (x: number): string => `${x.toFixed(2)} ms`;
const pad = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((c, i) => c.padStart(widths[i] ?? 10)).join("  ");

const rows: Row[] = [];
for (const n of SIZES) {
  const { claims, people } = synthetic(n, 20250903 + n);
  const t0 = performance.now();
  const index = buildSearchIndex(claims, people);
  const buildMs = performance.now() - t0;
  const coreJson = JSON.stringify(index.core);
  const textJson = JSON.stringify(index.text);
  const runs = Array.from({ length: ENGINES }, () =>
    runOnce({ make: createSearch, coreJson, textJson, queries: QUERIES, rounds: ROUNDS }),
  );
  rows.push({
    n,
    coreRaw: Buffer.byteLength(coreJson),
    coreGz: gzipSync(coreJson, { level: 9 }).length,
    textRaw: Buffer.byteLength(textJson),
    textGz: gzipSync(textJson, { level: 9 }).length,
    buildMs,
    node: pool(runs),
    coreJson,
    textJson,
  });
}

const { build } = await import("esbuild");
const bundled = await build({
  stdin: {
    contents: 'import { createSearch } from "./src/lib/search/engine.ts"; globalThis.__search = { createSearch };',
    resolveDir: ROOT,
    loader: "ts",
    sourcefile: "bench-entry.ts",
  },
  bundle: true,
  format: "iife",
  minify: true,
  platform: "browser",
  target: "es2022",
  write: false,
});
const bundle = bundled.outputFiles[0]?.text ?? "";
const bundleGz = gzipSync(bundle, { level: 9 }).length;

console.log(
  `Machine: ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(2)} at the end of the Node runs (timings are noisy when it exceeds the CPU count).\n`,
);
console.log("Search index sizes (synthetic claims; core loads first, text after the first result)\n");
const w1 = [7, 11, 10, 11, 10, 10, 12];
console.log(pad(["claims", "core raw", "core gz", "text raw", "text gz", "build", "first gz*"], w1));
for (const r of rows) {
  console.log(
    pad(
      [String(r.n), kb(r.coreRaw), kb(r.coreGz), kb(r.textRaw), kb(r.textGz), ms(r.buildMs), kb(r.coreGz + bundleGz)],
      w1,
    ),
  );
}
console.log(
  `\n* core gzip + engine bundle gzip (${kb(bundle.length)} raw, ${kb(bundleGz)} gzip: engine, query parser, fuse.js basic)\n`,
);

interface Timing extends Run {
  env: string;
  n: number;
}
const timings: Timing[] = rows.map((r) => ({ env: "node", n: r.n, ...r.node }));

const chrome = [process.env["CHROME_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p): p is string => p !== undefined && p !== "" && existsSync(p),
);
if (chrome === undefined) {
  console.log("Chromium not found (set CHROME_PATH or apt-get install -y chromium): browser timings skipped.\n");
} else {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: chrome,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    for (const r of rows) {
      const runs: Run[] = [];
      for (let e = 0; e < ENGINES; e++) {
        const page = await browser.newPage();
        await page.setContent("<!doctype html><html lang=en><title>bench</title><body></body></html>");
        await page.addScriptTag({ content: bundle });
        await page.addScriptTag({ content: `globalThis.__runOnce = ${runOnce.toString()};` });
        runs.push(
          await page.evaluate(
            (args) => {
              const g = globalThis as unknown as {
                __search: { createSearch: typeof createSearch };
                __runOnce: typeof runOnce;
              };
              return g.__runOnce({ make: g.__search.createSearch, ...args });
            },
            { coreJson: r.coreJson, textJson: r.textJson, queries: QUERIES, rounds: ROUNDS },
          ),
        );
        await page.close();
      }
      timings.push({ env: "chromium", n: r.n, ...pool(runs) });
    }
  } finally {
    await browser.close();
  }
}

if (process.env["BENCH_VERBOSE"] === "1") {
  for (const t of timings) {
    const slow = t.all
      .map((d, k) => ({ d, q: QUERIES[k % QUERIES.length] ?? "", round: Math.floor(k / QUERIES.length) % ROUNDS }))
      .sort((a, b) => b.d - a.d)
      .slice(0, 8);
    console.log(
      `${t.env} ${t.n}: slowest ${slow.map((x) => `${JSON.stringify(x.q)}#${x.round} ${x.d.toFixed(1)}`).join(", ")}`,
    );
  }
  console.log("");
}
console.log(
  `Query latency (${QUERIES.length} queries × ${ROUNDS} rounds × ${ENGINES} fresh engines; cold p95 = p95 over the queries of each one's median first-round time; load = JSON.parse + createSearch with its warm-up, text = JSON.parse + addText)\n`,
);
const w2 = [9, 7, 11, 11, 10, 10, 10, 10, 6];
console.log(pad(["env", "claims", "core load", "text load", "median", "p95", "cold p95", "max", "goal"], w2));
for (const t of timings) {
  const p95 = quantile(t.all, 0.95);
  const ok = t.n < 10_000 || (p95 <= GOAL_P95_MS && quantile(t.cold, 0.95) <= GOAL_P95_MS);
  console.log(
    pad(
      [
        t.env,
        String(t.n),
        ms(t.load),
        ms(t.text),
        ms(quantile(t.all, 0.5)),
        ms(p95),
        ms(quantile(t.cold, 0.95)),
        ms(Math.max(...t.all)),
        ok ? "ok" : "MISS",
      ],
      w2,
    ),
  );
}
const big = rows.find((r) => r.n === 10_000);
if (big) {
  const first = (big.coreGz + bundleGz) / 1024;
  console.log(
    `\nGoals at 10k: p95 ≤ ${GOAL_P95_MS} ms per keystroke; ≤ ${GOAL_FIRST_KB} KB gzip before the first result (core + engine: ${first.toFixed(1)} KB, ${first <= GOAL_FIRST_KB ? "ok" : "MISS"}).`,
  );
}
