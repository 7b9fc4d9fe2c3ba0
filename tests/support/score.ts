// TypeScript port of shared/tools/score_claims.py: score(), its helpers, and the lines report() prints.

export interface GoldClaim {
  seed?: string;
  required?: boolean;
  quote: string;
  figure: string;
  kind: string;
  value: { min: number | null; max: number | null; unit: string; per: string | null };
  attributedTo: string | null;
  via?: string | null;
  vague?: boolean;
  qualitative?: boolean;
}
export interface Trap {
  text: string;
  notKinds: string[];
}
export interface ProducedClaim {
  quote: string;
  figure: string;
  kind: string;
  value: { min: number | null; max: number | null; unit: string; per: string | null };
  attributedTo: null | string | { id?: string; name?: string };
}
export interface ScoreResult {
  n: number;
  found: number;
  kind: number;
  value: number;
  attr: number;
  topic: number;
  fp: ProducedClaim[];
  traps: ProducedClaim[];
  misses: { why: string; gold: GoldClaim }[];
  recall: number;
  precision: number;
  attribution: number;
}

export const TOPIC_KINDS: ReadonlySet<string> = new Set([
  "troops-deployed",
  "troops-projected",
  "pay-per-soldier",
  "pay-total",
  "regime-share",
  "soldier-take-home",
  "casualties-killed",
  "casualties-wounded",
  "casualties-total",
  "casualty-rate",
]);
const KIND_ALIASES = new Map([
  ["domestic-wage", "domestic-wage"],
  ["other", "context"],
]);
const alias = (k: string): string => KIND_ALIASES.get(k) ?? k;

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === "object" && v !== null && !Array.isArray(v);
const get = (o: unknown, k: string): unknown => (isDict(o) && Object.hasOwn(o, k) ? o[k] : undefined);
const truthy = (v: unknown): boolean =>
  typeof v === "number"
    ? v !== 0
    : Array.isArray(v)
      ? v.length > 0
      : isDict(v)
        ? Object.keys(v).length > 0
        : Boolean(v);

// Python's str.isspace() set, which is what `\s` matches in a str pattern.
const WS = "[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+";
const PY_SPACE = new RegExp(WS, "g");
const PY_STRIP = new RegExp(`^${WS}|${WS}$`, "g");

export function norm(s: unknown): string {
  const t = (truthy(s) ? String(s) : "")
    .normalize("NFKC")
    .replaceAll("\u2019", "'")
    .replaceAll("\u2018", "'")
    .replaceAll("\u201c", '"')
    .replaceAll("\u201d", '"')
    .replaceAll("\u2013", "-")
    .replaceAll("\u2014", "-");
  return t.replace(PY_SPACE, " ").replace(/^ | $/g, "").toLowerCase();
}

export function words(s: unknown): Set<string> {
  return new Set(norm(s).match(/[a-z0-9$£%]+/g) ?? []);
}

const common = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => [...a].filter((x) => b.has(x)).length;

export function overlapScore(a0: unknown, b0: unknown): number {
  const a = norm(a0),
    b = norm(b0);
  if (!a || !b) return 0;
  if (a.includes(b) || b.includes(a)) return 1;
  const wa = words(a),
    wb = words(b);
  return common(wa, wb) / Math.max(1, Math.min(wa.size, wb.size));
}

export const quoteOverlap = (a: unknown, b: unknown): boolean => overlapScore(a, b) >= 0.6;

// `\d` in a Python str pattern matches any Unicode decimal digit; float() accepts them all.
const isNd = (cp: number): boolean => cp >= 0 && /\p{Nd}/u.test(String.fromCodePoint(cp));
function digit(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  let k = 0;
  while (isNd(cp - k - 1)) k++;
  return String(k % 10);
}

export function numbers(s: unknown): number[] {
  const out: number[] = [];
  for (const m of (truthy(s) ? String(s) : "").matchAll(/\p{Nd}[\p{Nd},]*(?:\.\p{Nd}+)?/gu)) {
    out.push(Number(m[0].replaceAll(",", "").replace(/\p{Nd}/gu, digit)));
  }
  return out;
}

export function figureOverlap(g: unknown, p: unknown): boolean {
  const a = norm(g),
    b = norm(p);
  if (!b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const na = numbers(a),
    nb = numbers(b);
  return na.length > 0 && na.some((x) => nb.includes(x));
}

const PY_FLOAT =
  /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;
function pyFloat(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return Number(x);
  if (typeof x !== "string") return undefined;
  const s = x.replace(PY_STRIP, "");
  if (!PY_FLOAT.test(s)) return undefined;
  const t = s.replaceAll("_", "").toLowerCase();
  return /nan/.test(t) ? NaN : /inf/.test(t) ? (t.startsWith("-") ? -Infinity : Infinity) : Number(t);
}

export function close(x0: unknown, y0: unknown): boolean {
  if (x0 == null || y0 == null) return x0 == null && y0 == null;
  const x = pyFloat(x0),
    y = pyFloat(y0);
  if (x === undefined || y === undefined) return false;
  const m = [1, Math.abs(x), Math.abs(y)].reduce((a, b) => (b > a ? b : a));
  return Math.abs(x - y) <= 0.01 * m;
}

export const UNIT: ReadonlyMap<string, string> = new Map(
  Object.entries({
    usd: "usd",
    $: "usd",
    dollar: "usd",
    dollars: "usd",
    us$: "usd",
    percent: "percent",
    "%": "percent",
    "per cent": "percent",
    pct: "percent",
    soldiers: "people",
    troops: "people",
    people: "people",
    persons: "people",
    person: "people",
    kpw: "kpw",
    krw: "krw",
    gbp: "gbp",
    rub: "rub",
    year: "year",
    years: "year",
    month: "month",
    months: "month",
  }),
);

export function unitOk(g: unknown, p: unknown): boolean {
  return (UNIT.get(norm(g)) ?? norm(g)) === (UNIT.get(norm(p)) ?? norm(p));
}

const PER_LY = new Map([
  ["month", "monthly"],
  ["year", "yearly"],
]);

export function perOk(g: unknown, p: unknown): boolean {
  if (!truthy(g)) return true;
  const n = norm(g);
  return [n, n + "s", PER_LY.get(n) ?? "?"].includes(norm(p));
}

export function valueOk(gv: unknown, pv: unknown): boolean {
  if (!isDict(pv)) return false;
  return (
    close(get(gv, "min"), pv["min"]) &&
    close(get(gv, "max"), pv["max"]) &&
    unitOk(get(gv, "unit"), pv["unit"]) &&
    perOk(get(gv, "per"), pv["per"])
  );
}

export const STOP: ReadonlySet<string> = new Set([
  "south",
  "korea",
  "korean",
  "korea's",
  "north",
  "the",
  "of",
  "s",
  "a",
  "former",
  "us",
  "u",
  "mr",
  "ms",
  "official",
  "officials",
  "agency",
  "service",
  "office",
  "soldier",
  "soldiers",
  "defector",
  "defectors",
]);
export const ORG_ALIASES: ReadonlySet<string>[] = [new Set(["intelligence", "spy", "nis", "national"])];

export function nameWords(s: unknown): Set<string> {
  return new Set(
    (
      norm(s)
        .replaceAll("-", "")
        .match(/[a-z]+/g) ?? []
    ).filter((w) => !STOP.has(w)),
  );
}

const nameOf = (a: Dict): unknown => [a["name"], a["label"]].find(truthy) ?? a["id"];

export function attrOk(g: unknown, p0: unknown): boolean {
  if (g == null) return true;
  const p = isDict(p0) ? nameOf(p0) : p0;
  if (!truthy(p)) return false;
  const gw = nameWords(g),
    pw = nameWords(p);
  if (common(gw, pw) > 0) return true;
  for (const group of ORG_ALIASES) if (common(gw, group) > 0 && common(pw, group) > 0) return true;
  const a = norm(g).replaceAll("-", "").replaceAll(" ", ""),
    b = norm(p).replaceAll("-", "").replaceAll(" ", "");
  return b.includes(a) || a.includes(b);
}

export function attributed(c: unknown): unknown {
  const a = get(c, "attributedTo");
  return isDict(a) ? nameOf(a) : a;
}

function pyNum(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return String(x);
  const [mant = "", e = "0"] = Math.abs(x).toExponential().split("e");
  const digits = mant.replace(".", ""),
    decpt = Number(e) + 1,
    sign = x < 0 ? "-" : "";
  if (decpt <= -4 || decpt > 16)
    return `${sign}${mant}e${Number(e) < 0 ? "-" : "+"}${String(Math.abs(Number(e))).padStart(2, "0")}`;
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
  if (digits.length <= decpt) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, "0");

/** Python's json.dumps() with its defaults (ensure_ascii, ", " and ": " separators). */
export function pyJson(v: unknown): string {
  if (v == null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number")
    return Number.isNaN(v) ? "NaN" : Number.isFinite(v) ? pyNum(v) : v > 0 ? "Infinity" : "-Infinity";
  if (typeof v === "string") {
    let out = '"';
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i),
        ch = v.charAt(i);
      const esc: Dict = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };
      out += Object.hasOwn(esc, ch) ? String(esc[ch]) : c >= 0x20 && c <= 0x7e ? ch : `\\u${hex(c, 4)}`;
    }
    return out + '"';
  }
  if (Array.isArray(v)) return `[${v.map(pyJson).join(", ")}]`;
  if (isDict(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${pyJson(k)}: ${pyJson(x)}`)
      .join(", ")}}`;
  return pyJson(String(v));
}

/** Python's repr() of JSON-like values. */
export function pyRepr(v: unknown): string {
  if (v == null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return pyNum(v);
  if (typeof v === "string") {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    let out = q;
    for (const ch of v) {
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === "\\" || ch === q) out += "\\" + ch;
      else if (ch === "\t") out += "\\t";
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch !== " " && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Z}]/u.test(ch)) {
        out += cp < 0x100 ? `\\x${hex(cp, 2)}` : cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
      } else out += ch;
    }
    return out + q;
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  if (isDict(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
      .join(", ")}}`;
  return String(v);
}

const pyStr = (v: unknown): string => (typeof v === "string" ? v : pyRepr(v));

export function scoreClaims(
  gold: GoldClaim[],
  produced: ProducedClaim[],
  traps: Trap[],
  requiredOnly: boolean,
): ScoreResult {
  let scored = gold.filter((g) => (Object.hasOwn(g, "required") ? truthy(g.required) : true) || !requiredOnly);
  if (requiredOnly) scored = scored.filter((g) => !truthy(g.qualitative) && !truthy(g.vague));
  const r: ScoreResult = {
    n: scored.length,
    found: 0,
    kind: 0,
    value: 0,
    attr: 0,
    topic: 0,
    fp: [],
    traps: [],
    misses: [],
    recall: 0,
    precision: 0,
    attribution: 0,
  };
  const matches = (g: GoldClaim, p: ProducedClaim): boolean =>
    quoteOverlap(g.quote, get(p, "quote") ?? "") && figureOverlap(g.figure, get(p, "figure") ?? "");
  for (const g of scored) {
    const gk = alias(g.kind);
    const cands = produced.filter((p) => matches(g, p));
    if (cands.length === 0) {
      r.misses.push({ why: "missing", gold: g });
      continue;
    }
    r.found++;
    const key = (p: ProducedClaim): [number, number] => [
      get(p, "kind") === gk ? 1 : 0,
      overlapScore(g.quote, get(p, "quote") ?? ""),
    ];
    let p = cands[0] as ProducedClaim;
    for (const c of cands.slice(1)) {
      const [a0, a1] = key(c),
        [b0, b1] = key(p);
      if (a0 > b0 || (a0 === b0 && a1 > b1)) p = c;
    }
    if (get(p, "kind") === gk) r.kind++;
    else r.misses.push({ why: "kind " + pyStr(get(p, "kind")), gold: g });
    if (valueOk(g.value, get(p, "value"))) r.value++;
    else r.misses.push({ why: "value " + pyJson(get(p, "value")), gold: g });
    if (attrOk(g.attributedTo, attributed(p))) r.attr++;
    else r.misses.push({ why: "attribution " + pyStr(attributed(p)), gold: g });
  }
  const topicProduced = produced.filter((p) => {
    const k = get(p, "kind");
    return typeof k === "string" && TOPIC_KINDS.has(k);
  });
  r.topic = topicProduced.length;
  r.fp = topicProduced.filter((p) => !gold.some((g) => matches(g, p) && alias(g.kind) === get(p, "kind")));
  r.traps = traps.flatMap((t) =>
    produced.filter(
      (p) => norm(get(p, "figure") ?? "").includes(norm(t.text)) && t.notKinds.includes(get(p, "kind") as string),
    ),
  );
  r.recall = r.n ? r.found / r.n : 1;
  r.precision = r.topic ? 1 - r.fp.length / r.topic : 0;
  r.attribution = r.found ? r.attr / r.found : 0;
  return r;
}

/** Python's f"{x:.0%}": x * 100 rounded half to even on the exact binary value. */
export function pct(x: number): string {
  const v = x * 100,
    a = Math.abs(v),
    f = Math.floor(a),
    d = a - f;
  const n = d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
  return `${v < 0 || Object.is(v, -0) ? "-" : ""}${n}%`;
}

const head = (s: unknown, n: number): string =>
  Array.from(typeof s === "string" ? s : "")
    .slice(0, n)
    .join("");

export function formatScore(r: ScoreResult, verbose = false): string {
  const lines: string[] = [];
  if (verbose) {
    for (const { why, gold: g } of r.misses)
      lines.push(`  ${why}: [${g.kind}] ${pyRepr(g.figure)} in ${pyRepr(head(g.quote, 90))}`);
    for (const p of r.fp)
      lines.push(
        `  false positive: [${pyStr(get(p, "kind"))}] ${pyRepr(get(p, "figure"))} in ${pyRepr(head(get(p, "quote") ?? "", 90))}`,
      );
    for (const p of r.traps) lines.push(`  trap: [${pyStr(get(p, "kind"))}] ${pyRepr(get(p, "figure"))}`);
  }
  const { n, found, topic } = r,
    fp = r.fp.length;
  const recall = n ? found / n : 1,
    precision = topic ? 1 - fp / topic : 0;
  lines.push(
    `recall ${pct(recall)} (${found}/${n}) kind ${r.kind}/${found} value ${r.value}/${found} ` +
      `attribution ${r.attr}/${found} precision ${pct(precision)} (${topic - fp}/${topic}) traps ${r.traps.length}`,
  );
  return lines.join("\n");
}
