/**
 * A hand-made grammar for the figures written in news prose: amounts with
 * currencies, hedges and rates, percentages, ranges, vague plurals
 * ("thousands"), and the years, dates, clock times, ordinals and durations
 * that must be recognised so that they are never mistaken for amounts.
 *
 * The text is tokenized once with a single precompiled regex; the parser then
 * walks the tokens left to right with bounded look-ahead, so the cost is
 * linear in the length of the text.
 */

import { CURRENCIES, type CurrencyCode } from "../schema/vocabulary.ts";

/** What kind of figure a mention is; only "amount" and "percent" are candidates for claims. */
export type QuantityForm =
  "amount" | "percent" | "year" | "year-range" | "decade" | "ordinal" | "duration" | "clock" | "date";

/** Currency codes a figure may carry. */
export type Currency = CurrencyCode;

/** Periods a rate may be expressed in. */
export type Period = "day" | "week" | "month" | "year";

/** Units a duration may be expressed in. */
export type DurationUnit = "hour" | "day" | "week" | "month" | "year";

/** How the figure bounds the value. */
export type QuantityBound = "exact" | "at-least" | "at-most" | "range" | "approx";

/** A bracketed conversion written directly after a figure, e.g. the `£15.5m` of `$20m (£15.5m)`. */
export interface QuantityAlternate {
  text: string;
  min: number | null;
  max: number | null;
  currency: Currency | null;
  percent: boolean;
}

/** The parts of a calendar date; a part the text leaves out (or leaves ambiguous) is null. */
export interface QuantityDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** One figure found in a text, with its span, its normalized bounds and the words around it that qualify it. */
export interface Quantity {
  /** Offset of the first character of the figure, its hedge and its rate. */
  start: number;
  /** Offset just past the figure, its hedge, currency, conversion and rate. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
  /** Offset of the bare number words (percent units included, currency excluded). */
  numberStart: number;
  /** Offset just past the bare number words. */
  numberEnd: number;
  form: QuantityForm;
  /**
   * Lower bound, or null when open. Years and decades hold years; dates hold
   * their year (null when none is written); clock times hold minutes after
   * midnight; ordinals hold their position; durations count `durationUnit`s.
   */
  min: number | null;
  /** Upper bound, or null when open. */
  max: number | null;
  approx: boolean;
  bound: QuantityBound;
  /** The hedge words as written ("at least", "up to", "between", "from"). */
  hedgeText: string | null;
  /** Currency, or null; a bare "won" is left null with `currencyWord: "won"` because it may be either Korea's. */
  currency: Currency | null;
  /** The currency as written when written in words or with an unknown symbol, lower-cased. */
  currencyWord?: string;
  percent: boolean;
  per: Period | null;
  perHead: boolean;
  vague: boolean;
  durationUnit?: DurationUnit;
  every?: boolean;
  alternate?: QuantityAlternate;
  /** Lower-cased noun following the number words, skipping "of", "the" and common adjectives. */
  suffixNoun?: string;
  date?: QuantityDate;
}

// ---------------------------------------------------------------------------
// Tokens

interface Tok {
  kind: "num" | "word" | "sym";
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Whitespace (or the start of the text) comes right before this token. */
  gap: boolean;
  /** For numbers: the digits with their separators and decimals. */
  numText: string;
  /** For numbers: lower-cased letters glued after the digits ("m", "th", "s", "pm"). */
  suffix: string;
  /** For numbers: a possessive "'s" follows. */
  poss: boolean;
  /** For numbers: thousands separators are written. */
  grouped: boolean;
  /** For numbers: a decimal point is written. */
  decimal: boolean;
}

// Numbers are tried first so that a digit run followed by letters ("20m", "11th")
// stays one token; a run that starts with a letter ("G7", "COVID") is a word and
// so its digits are never read as a number. Separators need exactly three digits
// after them and no digit after the group, which keeps matching linear.
const TOKEN_RE =
  /(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?![\d,.])|\d+(?:\.\d+)?)([\p{L}\p{N}]*)(['\u2019]s(?![\p{L}\p{N}]))?|(\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{M}]+)*)|(\S)/gu;

function tokenize(input: string): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = -1;
  for (const m of input.matchAll(TOKEN_RE)) {
    const start = m.index;
    const text = m[0];
    const end = start + text.length;
    const gap = prevEnd < 0 || start > prevEnd;
    prevEnd = end;
    const numText = m[1];
    if (numText !== undefined) {
      toks.push({
        kind: "num",
        start,
        end,
        text,
        lower: text.toLowerCase(),
        gap,
        numText,
        suffix: (m[2] ?? "").toLowerCase(),
        poss: m[3] !== undefined,
        grouped: /[,\u00A0\u202F\u2009]/.test(numText),
        decimal: numText.includes("."),
      });
    } else {
      toks.push({
        kind: m[4] !== undefined ? "word" : "sym",
        start,
        end,
        text,
        lower: text.toLowerCase(),
        gap,
        numText: "",
        suffix: "",
        poss: false,
        grouped: false,
        decimal: false,
      });
    }
  }
  return toks;
}

// ---------------------------------------------------------------------------
// Vocabulary

const HYPHENS = new Set(["-", "\u2010", "\u2011"]);
const DASHES = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]);

const UNIT_WORDS = new Map<string, number>([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
]);
const TEEN_WORDS = new Map<string, number>([
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
]);
const TENS_WORDS = new Map<string, number>([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);
const SCALE_WORDS = new Map<string, number>([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
]);
/** Abbreviated scales written as a separate word after digits ("$2 bn"). */
const SCALE_ABBREV_WORDS = new Map<string, number>([
  ["bn", 1e9],
  ["mn", 1e6],
  ["mln", 1e6],
  ["bln", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
]);
/** Scales glued to digits ("$20m", "2k"). */
const GLUED_SCALES = new Map<string, number>([
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["b", 1e9],
  ["bn", 1e9],
  ["bln", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
]);
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);
const ORDINAL_WORDS = new Map<string, number>([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["thirtieth", 30],
  ["fortieth", 40],
  ["fiftieth", 50],
  ["sixtieth", 60],
  ["seventieth", 70],
  ["eightieth", 80],
  ["ninetieth", 90],
  ["hundredth", 100],
  ["thousandth", 1000],
]);
/** Denominators of fractions written in words ("two-thirds"); read as percentages. */
const FRACTION_WORDS = new Map<string, { d: number; plural: boolean }>([
  ["half", { d: 2, plural: false }],
  ["halves", { d: 2, plural: true }],
  ["third", { d: 3, plural: false }],
  ["thirds", { d: 3, plural: true }],
  ["quarter", { d: 4, plural: false }],
  ["quarters", { d: 4, plural: true }],
  ["fifth", { d: 5, plural: false }],
  ["fifths", { d: 5, plural: true }],
  ["tenth", { d: 10, plural: false }],
  ["tenths", { d: 10, plural: true }],
]);

type HedgeKind = "approx" | "at-least" | "at-most" | "between" | "from";
const HEDGE_LIST: ReadonlyArray<readonly [string, HedgeKind]> = [
  ["about", "approx"],
  ["around", "approx"],
  ["approximately", "approx"],
  ["approx", "approx"],
  ["nearly", "approx"],
  ["almost", "approx"],
  ["roughly", "approx"],
  ["some", "approx"],
  ["an estimated", "approx"],
  ["estimated", "approx"],
  ["close to", "approx"],
  ["circa", "approx"],
  ["~", "approx"],
  ["at least", "at-least"],
  ["over", "at-least"],
  ["more than", "at-least"],
  ["exceeds", "at-least"],
  ["exceeding", "at-least"],
  ["exceed", "at-least"],
  ["exceeded", "at-least"],
  ["surpass", "at-least"],
  ["surpasses", "at-least"],
  ["surpassed", "at-least"],
  ["surpassing", "at-least"],
  ["topped", "at-least"],
  ["a minimum of", "at-least"],
  ["minimum of", "at-least"],
  ["upwards of", "at-least"],
  ["upward of", "at-least"],
  ["in excess of", "at-least"],
  ["no fewer than", "at-least"],
  ["no less than", "at-least"],
  ["not less than", "at-least"],
  ["well over", "at-least"],
  ["just over", "at-least"],
  ["above", "at-least"],
  ["greater than", "at-least"],
  ["up to", "at-most"],
  ["less than", "at-most"],
  ["fewer than", "at-most"],
  ["under", "at-most"],
  ["just under", "at-most"],
  ["as many as", "at-most"],
  ["as much as", "at-most"],
  ["at most", "at-most"],
  ["a maximum of", "at-most"],
  ["maximum of", "at-most"],
  ["no more than", "at-most"],
  ["not more than", "at-most"],
  ["below", "at-most"],
  ["between", "between"],
  ["from", "from"],
];
const HEDGES = new Map<string, Array<{ words: string[]; kind: HedgeKind }>>();
for (const [phrase, kind] of HEDGE_LIST) {
  const words = phrase.split(" ");
  const first = words[0] ?? "";
  const list = HEDGES.get(first) ?? [];
  list.push({ words, kind });
  list.sort((a, b) => b.words.length - a.words.length);
  HEDGES.set(first, list);
}

const PREFIX_CURRENCY_SYMBOLS = new Map<string, Currency | null>([
  ...CURRENCIES.flatMap((c) => (c.sign ? [[c.sign, c.code] as const] : [])),
  // Signs shared by several currencies: the word decides later.
  ["₩", null],
  ["¥", null],
]);
const CURRENCY_CODE_WORDS = new Map<string, Currency>(CURRENCIES.map((c) => [c.code, c.code]));
/** Currency names written after the number, longest first (a bare "won" may be either Korea's). */
type PostCurrency = readonly [readonly string[], Currency | null];
const POST_CURRENCIES: readonly PostCurrency[] = [
  ...CURRENCIES.flatMap((c) => c.words.map((w): PostCurrency => [w, c.code])),
  [["won"], null] as PostCurrency,
].sort((a, b) => b[0].length - a[0].length);
const PERIOD_WORDS = new Map<string, Period>([
  ["day", "day"],
  ["week", "week"],
  ["month", "month"],
  ["year", "year"],
]);
const RATE_ADVERBS = new Map<string, Period>([
  ["daily", "day"],
  ["weekly", "week"],
  ["monthly", "month"],
  ["yearly", "year"],
  ["annually", "year"],
]);
const SLASH_PERIODS = new Map<string, Period>([
  ["day", "day"],
  ["week", "week"],
  ["wk", "week"],
  ["month", "month"],
  ["mo", "month"],
  ["year", "year"],
  ["yr", "year"],
]);
const HEAD_NOUNS = new Set([
  "person",
  "soldier",
  "head",
  "capita",
  "troop",
  "worker",
  "man",
  "recruit",
  "fighter",
  "individual",
  "conscript",
  "family",
]);
const DURATION_WORDS = new Map<string, DurationUnit>([
  ["hour", "hour"],
  ["hours", "hour"],
  ["day", "day"],
  ["days", "day"],
  ["week", "week"],
  ["weeks", "week"],
  ["month", "month"],
  ["months", "month"],
  ["year", "year"],
  ["years", "year"],
]);
/** Vague plurals read as "at least two of": "thousands" → at least 2,000. */
const VAGUE_PLURALS = new Map<string, number>([
  ["dozens", 24],
  ["hundreds", 200],
  ["thousands", 2000],
  ["millions", 2e6],
  ["billions", 2e9],
]);
const VAGUE_OF_SCALES = new Map<string, number>([
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
]);
const VAGUE_SCALE_SINGULAR = new Map<string, number>([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);
const MONTHS = new Map<string, number>([
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);
const DECADE_MODIFIERS = new Set(["early", "mid", "late"]);
/** Words that may be hyphenated onto a number without making it part of an identifier. */
const NUMBER_PREFIXES = new Set(["mid", "pre", "post", "early", "late", "over", "under", "about"]);
/** Words that make a following "one" a pronoun rather than a count. */
const ONE_PRONOUN_BEFORE = new Set([
  "no",
  "any",
  "every",
  "some",
  "each",
  "the",
  "this",
  "that",
  "which",
  "anyone",
  "someone",
]);

const NOUN_SKIP = new Set([
  "of",
  "the",
  "north",
  "south",
  "east",
  "west",
  "korean",
  "young",
  "elite",
  "more",
  "additional",
  "new",
  "other",
  "extra",
  "former",
  "active",
  "special",
  "regular",
  "ordinary",
  "inexperienced",
  "fresh",
  "armed",
  "foreign",
  "senior",
  "junior",
  "russian",
  "ukrainian",
  "american",
  "chinese",
  "british",
  "well-trained",
  "trained",
  "highly",
]);
const NOUN_STOP = new Set([
  "per",
  "a",
  "an",
  "and",
  "or",
  "nor",
  "to",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "which",
  "who",
  "whom",
  "whose",
  "that",
  "this",
  "these",
  "those",
  "were",
  "was",
  "is",
  "are",
  "be",
  "been",
  "being",
  "have",
  "has",
  "had",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "shall",
  "do",
  "does",
  "did",
  "since",
  "over",
  "under",
  "into",
  "onto",
  "than",
  "as",
  "each",
  "every",
  "it",
  "its",
  "they",
  "them",
  "their",
  "he",
  "him",
  "his",
  "she",
  "her",
  "we",
  "us",
  "our",
  "you",
  "your",
  "i",
  "me",
  "my",
  "not",
  "no",
  "but",
  "if",
  "so",
  "when",
  "while",
  "where",
  "after",
  "before",
  "during",
  "about",
  "around",
  "up",
  "down",
  "out",
  "off",
  "also",
  "just",
  "only",
  "then",
  "there",
  "here",
  "what",
  "how",
  "why",
  "all",
  "some",
  "any",
  "both",
  "either",
  "neither",
  "via",
  "among",
  "between",
  "against",
  "toward",
  "towards",
  "across",
  "through",
  "within",
  "without",
  "like",
  "unlike",
  "until",
  "till",
  "ago",
  "later",
  "earlier",
  "said",
  "says",
  "according",
  "because",
  "although",
  "though",
  "yet",
  // Rate words follow amounts but never name what is counted.
  "daily",
  "weekly",
  "monthly",
  "yearly",
  "annually",
]);
const NATIONALITY_RE = /^\p{Lu}\p{Ll}{2,}(?:an|ian|ese|ish)$/u;

/** Words that can begin a figure; everything else is skipped without parsing. */
const START_WORDS = new Set<string>([
  ...UNIT_WORDS.keys(),
  ...TEEN_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...ORDINAL_WORDS.keys(),
  ...HEDGES.keys(),
  ...VAGUE_PLURALS.keys(),
  ...MONTHS.keys(),
  ...DECADE_MODIFIERS,
  "a",
  "an",
  "half",
  "tens",
  "several",
  "every",
  "us",
  "usd",
  "gbp",
  "eur",
  "kpw",
  "krw",
  "rub",
  "'",
  "\u2019",
  "$",
  "£",
  "€",
  "₽",
  "₩",
  "¥",
]);

// ---------------------------------------------------------------------------
// Numerals

interface Numeral {
  value: number;
  /** Value before a trailing scale word. */
  raw: number;
  scale: number;
  /** Token range [start, end). */
  start: number;
  end: number;
  ordinal: boolean;
  spelled: boolean;
  /** The numeral was a fraction in words ("two-thirds") and its value is a percentage. */
  fractionPercent: boolean;
  /** A percent abbreviation glued to the digits ("95pc"). */
  gluedPercent: boolean;
  /** The digit token when the numeral is one bare digit token with nothing glued or scaled. */
  bare: Tok | null;
}

/** Multiply a digit string by a scale without binary rounding noise ("15.5" × 1e6 = 15500000). */
function digitsValue(numText: string, scale: number): number {
  const clean = numText.replace(/[^\d.]/g, "");
  const dot = clean.indexOf(".");
  if (dot < 0 || scale === 1) return Number(clean) * scale;
  const decimals = clean.length - dot - 1;
  const int = Number(clean.slice(0, dot) + clean.slice(dot + 1));
  return (int * scale) / 10 ** decimals;
}

function scaleNumeral(n: Numeral, scale: number): number {
  if (n.bare) return digitsValue(n.bare.numText, scale);
  return n.raw * scale;
}

function isWord(t: Tok | undefined, lower?: string): t is Tok {
  return t !== undefined && t.kind === "word" && (lower === undefined || t.lower === lower);
}

function isSym(t: Tok | undefined, text: string): t is Tok {
  return t !== undefined && t.kind === "sym" && t.text === text;
}

/** A digit token hyphenated onto a word ("COVID-19", "F-16") belongs to an identifier. */
function isGluedIdentifier(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const dash = toks[i - 1];
  const word = toks[i - 2];
  if (!t || t.gap || !dash || dash.kind !== "sym" || !DASHES.has(dash.text) || dash.gap) return false;
  return word !== undefined && word.kind === "word" && !NUMBER_PREFIXES.has(word.lower);
}

/** Index of the next word joined to the previous one by whitespace or a glued hyphen, or -1. */
function nextJoinedWord(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  if (t.kind === "word" && t.gap) return k;
  if (t.kind === "sym" && HYPHENS.has(t.text) && !t.gap) {
    const w = toks[k + 1];
    if (w && w.kind === "word" && !w.gap) return k + 1;
  }
  return -1;
}

function parseDigitNumeral(toks: Tok[], i: number): Numeral | null {
  const t = toks[i];
  if (!t || t.kind !== "num" || isGluedIdentifier(toks, i)) return null;
  const base = {
    start: i,
    ordinal: false,
    spelled: false,
    fractionPercent: false,
    gluedPercent: false,
  };
  const raw = digitsValue(t.numText, 1);
  // A digit run too long for a double (a serial, a hash) is no quantity.
  if (!Number.isFinite(raw * 1e12)) return null;
  if (t.suffix === "") {
    const next = toks[i + 1];
    if (next && next.kind === "word" && next.gap) {
      const scale = SCALE_WORDS.get(next.lower) ?? SCALE_ABBREV_WORDS.get(next.lower);
      if (scale !== undefined) {
        return { ...base, value: digitsValue(t.numText, scale), raw, scale, end: i + 2, bare: null };
      }
    }
    return { ...base, value: raw, raw, scale: 1, end: i + 1, bare: t.poss ? null : t };
  }
  const glued = GLUED_SCALES.get(t.suffix);
  if (glued !== undefined) {
    return { ...base, value: digitsValue(t.numText, glued), raw, scale: glued, end: i + 1, bare: null };
  }
  if (ORDINAL_SUFFIXES.has(t.suffix) && !t.decimal && !t.grouped) {
    return { ...base, value: raw, raw, scale: 1, end: i + 1, ordinal: true, bare: null };
  }
  if (t.suffix === "pc" || t.suffix === "pct") {
    return { ...base, value: raw, raw, scale: 1, end: i + 1, gluedPercent: true, bare: null };
  }
  return null;
}

type SpellState = "none" | "a" | "unit" | "teen" | "tens" | "hundred" | "scale" | "half";

function parseSpelledNumeral(toks: Tok[], i: number): Numeral | null {
  const first = toks[i];
  if (!first || first.kind !== "word") return null;
  const make = (value: number, end: number, extra?: Partial<Numeral>): Numeral => ({
    value,
    raw: value,
    scale: 1,
    start: i,
    end,
    ordinal: false,
    spelled: true,
    fractionPercent: false,
    gluedPercent: false,
    bare: null,
    ...extra,
  });

  // "half a million" is a scale; "half of" is a share.
  if (first.lower === "half") {
    const a = nextJoinedWord(toks, i + 1);
    const aTok = toks[a];
    if (a >= 0 && aTok && (aTok.lower === "a" || aTok.lower === "an")) {
      const s = nextJoinedWord(toks, a + 1);
      const scale = SCALE_WORDS.get(toks[s]?.lower ?? "");
      if (s >= 0 && scale !== undefined) return make(scale / 2, s + 1);
    }
    if (isWord(toks[i + 1], "of") && toks[i + 1]?.gap) return make(50, i + 1, { fractionPercent: true });
    return null;
  }

  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let state: SpellState = "none";
  let best: Numeral | null = null;
  let idx = i;
  for (;;) {
    const tok = toks[idx];
    if (!tok) break;
    const w = tok.lower;
    const unit = UNIT_WORDS.get(w);
    const teen = TEEN_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    const scale = SCALE_WORDS.get(w);
    if (w === "a" || w === "an") {
      if (state !== "none") break;
      const n = nextJoinedWord(toks, idx + 1);
      const nw = toks[n]?.lower ?? "";
      if (n < 0 || !(nw === "hundred" || nw === "dozen" || SCALE_WORDS.has(nw))) {
        // "a third of", "a quarter of": shares.
        const frac = FRACTION_WORDS.get(nw);
        if (n >= 0 && frac && !frac.plural && w === "a" && isWord(toks[n + 1], "of")) {
          return make(Math.round(10000 / frac.d) / 100, n + 1, { fractionPercent: true });
        }
        break;
      }
      current = 1;
      state = "a";
    } else if (unit !== undefined) {
      if (!(state === "none" || state === "hundred" || state === "scale" || (state === "tens" && unit > 0))) break;
      current += unit;
      state = "unit";
    } else if (teen !== undefined) {
      if (!(state === "none" || state === "hundred" || state === "scale")) break;
      current += teen;
      state = "teen";
    } else if (tens !== undefined) {
      if (!(state === "none" || state === "hundred" || state === "scale")) break;
      current += tens;
      state = "tens";
    } else if (w === "hundred") {
      if (!(state === "unit" || state === "teen" || state === "a") || current >= 100) break;
      current *= 100;
      state = "hundred";
    } else if (scale !== undefined) {
      if (!(
        state === "unit" ||
        state === "teen" ||
        state === "tens" ||
        state === "hundred" ||
        state === "a" ||
        state === "half"
      ))
        break;
      if (scale >= lastScale || current <= 0) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      state = "scale";
    } else if (w === "dozen") {
      if (!(state === "unit" || state === "a") || total !== 0) break;
      return make(current * 12, idx + 1);
    } else if (w === "and") {
      const n1 = nextJoinedWord(toks, idx + 1);
      const n1w = toks[n1]?.lower ?? "";
      if (n1 < 0) break;
      if (
        (state === "hundred" || state === "scale") &&
        (UNIT_WORDS.has(n1w) || TEEN_WORDS.has(n1w) || TENS_WORDS.has(n1w))
      ) {
        idx = n1;
        continue;
      }
      if (n1w === "a" && (state === "unit" || state === "teen" || state === "tens" || state === "hundred")) {
        const n2 = nextJoinedWord(toks, n1 + 1);
        if (n2 >= 0 && toks[n2]?.lower === "half") {
          current += 0.5;
          state = "half";
          best = make(total + current, n2 + 1);
          const n3 = nextJoinedWord(toks, n2 + 1);
          if (n3 < 0) break;
          idx = n3;
          continue;
        }
      }
      break;
    } else {
      const frac = FRACTION_WORDS.get(w);
      if (frac && state === "unit" && total === 0 && current >= 1 && frac.plural === current > 1) {
        return make(Math.round((current * 10000) / frac.d) / 100, idx + 1, { fractionPercent: true });
      }
      const ord = ORDINAL_WORDS.get(w);
      if (
        ord !== undefined &&
        (state === "none" || state === "hundred" || state === "scale" || (state === "tens" && ord < 10))
      ) {
        return make(total + current + ord, idx + 1, { ordinal: true });
      }
      break;
    }
    if (state !== "a") best = make(total + current, idx + 1);
    const n = nextJoinedWord(toks, idx + 1);
    if (n < 0) break;
    idx = n;
  }
  return best;
}

function parseNumeral(toks: Tok[], i: number): Numeral | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num") return parseDigitNumeral(toks, i);
  if (t.kind === "word") return parseSpelledNumeral(toks, i);
  return null;
}

// ---------------------------------------------------------------------------
// Figures: currency, number, percent, range

interface Core {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** Token index just past the number and its percent unit. */
  afterPercent: number;
  num: Numeral;
  value: number;
  currency: Currency | null;
  currencyWord: string | undefined;
  percent: boolean;
  plus: boolean;
  yearLike: boolean;
}

function parseCurrencyPrefix(
  toks: Tok[],
  j: number,
): { currency: Currency | null; word: string | undefined; next: number } | null {
  const t = toks[j];
  if (!t) return null;
  if (t.kind === "sym") {
    if (!PREFIX_CURRENCY_SYMBOLS.has(t.text)) return null;
    const c = PREFIX_CURRENCY_SYMBOLS.get(t.text) ?? null;
    // "₩" writes the won of either Korea: it is read like the word, and the classifier tells which.
    return { currency: c, word: c === null ? (t.text === "₩" ? "won" : t.text) : undefined, next: j + 1 };
  }
  if (t.kind !== "word") return null;
  const dollar = toks[j + 1];
  if (isSym(dollar, "$") && !dollar.gap && /^[A-Z]{1,3}$/.test(t.text)) {
    if (t.text === "US") return { currency: "USD", word: undefined, next: j + 2 };
    return { currency: null, word: `${t.text}$`.toLowerCase(), next: j + 2 };
  }
  const code = CURRENCY_CODE_WORDS.get(t.text);
  if (code && toks[j + 1]?.kind === "num" && toks[j + 1]?.gap) return { currency: code, word: undefined, next: j + 1 };
  return null;
}

function matchPercent(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  if (t.kind === "sym") return t.text === "%" ? k + 1 : -1;
  if (t.kind !== "word" || !t.gap) return -1;
  if (t.lower === "percent" || t.lower === "pc" || t.lower === "pct") return k + 1;
  if (t.lower === "per") {
    const c = toks[k + 1];
    if (isWord(c, "cent") && c.gap) return k + 2;
    if (c && c.kind === "sym" && HYPHENS.has(c.text) && !c.gap && isWord(toks[k + 2], "cent")) return k + 3;
  }
  return -1;
}

function matchPostCurrency(toks: Tok[], k: number): { currency: Currency | null; word: string; end: number } | null {
  const t = toks[k];
  if (!t || !t.gap) return null;
  if (t.kind === "word") {
    const code = CURRENCY_CODE_WORDS.get(t.text);
    if (code) return { currency: code, word: t.lower, end: k + 1 };
  }
  for (const [words, currency] of POST_CURRENCIES) {
    let ok = true;
    for (let n = 0; n < words.length; n++) {
      if (toks[k + n]?.lower !== words[n]) {
        ok = false;
        break;
      }
    }
    if (ok) return { currency, word: joinLower(toks, k, k + words.length), end: k + words.length };
  }
  return null;
}

/** Lower-cased text of tokens [s, e), single-spaced where the text has whitespace. */
function joinLower(toks: Tok[], s: number, e: number): string {
  let out = "";
  for (let n = s; n < e; n++) {
    const t = toks[n];
    if (!t) break;
    out += (n > s && t.gap ? " " : "") + t.lower;
  }
  return out;
}

function isYearValue(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2099;
}

function parseCore(toks: Tok[], j: number): Core | null {
  let currency: Currency | null = null;
  let currencyWord: string | undefined;
  let k = j;
  const pre = parseCurrencyPrefix(toks, j);
  if (pre) {
    currency = pre.currency;
    currencyWord = pre.word;
    k = pre.next;
  }
  const num = parseNumeral(toks, k);
  if (!num) return null;
  if (pre && (num.ordinal || num.fractionPercent || num.gluedPercent)) return null;
  let end = num.end;
  let percent = num.gluedPercent || num.fractionPercent;
  if (!pre && !num.ordinal && !percent) {
    const p = matchPercent(toks, end);
    if (p >= 0) {
      percent = true;
      end = p;
    }
  }
  const afterPercent = end;
  if (!percent && !num.ordinal) {
    const post = matchPostCurrency(toks, end);
    if (post && (pre === null || post.currency === currency)) {
      currency = post.currency;
      currencyWord = post.word;
      end = post.end;
    }
  }
  let plus = false;
  const p = toks[end];
  if (!num.ordinal && isSym(p, "+") && !p.gap && toks[end + 1]?.kind !== "num") {
    plus = true;
    end += 1;
  }
  const bare = num.bare;
  const yearLike =
    bare !== null &&
    !pre &&
    currencyWord === undefined &&
    currency === null &&
    !percent &&
    !plus &&
    /^\d{4}$/.test(bare.numText) &&
    isYearValue(num.value);
  return {
    start: j,
    end,
    numStart: num.start,
    numEnd: num.end,
    afterPercent,
    num,
    value: num.value,
    currency,
    currencyWord,
    percent,
    plus,
    yearLike,
  };
}

/** Scale words that may end a spelled-out number. */
const SPELLED_SCALE = new Map<string, number>([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);

/** Parse "to Y", "- Y", "and Y" after a figure and merge units across the two halves. */
function parseRangeTail(toks: Tok[], a: Core, allowAnd: boolean): { a: Core; b: Core } | null {
  const c = toks[a.end];
  if (!c || a.plus || a.num.ordinal) return null;
  let isDash = false;
  if (c.kind === "word") {
    if (!c.gap || !(c.lower === "to" || (allowAnd && c.lower === "and"))) return null;
  } else if (c.kind === "sym" && DASHES.has(c.text)) {
    isDash = true;
  } else {
    return null;
  }
  let b = parseCore(toks, a.end + 1);
  if (!b || b.num.ordinal) return null;
  // "2022-23": a year range with the century left out.
  if (
    isDash &&
    a.yearLike &&
    !c.gap &&
    b.num.bare &&
    !toks[a.end + 1]?.gap &&
    /^\d{2}$/.test(b.num.bare.numText) &&
    !DASHES.has(toks[b.end]?.text ?? "")
  ) {
    let y = Math.floor(a.value / 100) * 100 + b.value;
    if (y <= a.value) y += 100;
    b = { ...b, value: y, yearLike: isYearValue(y) };
  }
  if (a.yearLike !== b.yearLike) return null;
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) return null;
  if (
    a.currencyWord !== undefined &&
    b.currencyWord !== undefined &&
    a.currency === null &&
    b.currency === null &&
    a.currencyWord !== b.currencyWord
  )
    return null;
  if (a.percent && !b.percent) return null;
  let merged: Core = a;
  if (a.currency === null && a.currencyWord === undefined && (b.currency !== null || b.currencyWord !== undefined)) {
    merged = { ...merged, currency: b.currency, currencyWord: b.currencyWord };
  } else if (b.currency === null && b.currencyWord === undefined) {
    b = { ...b, currency: a.currency, currencyWord: a.currencyWord };
  }
  if (!a.percent && b.percent) merged = { ...merged, percent: true };
  if (a.num.scale === 1 && b.num.scale > 1 && !a.num.fractionPercent && a.num.raw <= b.num.raw) {
    merged = { ...merged, value: scaleNumeral(a.num, b.num.scale) };
  } else if (a.num.scale === 1 && b.num.spelled && !a.num.fractionPercent) {
    // "three to four thousand": the scale word at the end of the second half is shared by the first.
    const magnitude = SPELLED_SCALE.get(toks[b.num.end - 1]?.lower ?? "") ?? 1;
    if (magnitude > 1 && a.value * magnitude <= b.value && a.value < b.value / magnitude + 1)
      merged = { ...merged, value: a.value * magnitude };
  }
  if (merged.value > b.value) return null;
  return { a: merged, b };
}

// ---------------------------------------------------------------------------
// Attachments after a figure

function matchRate(toks: Tok[], k: number): { per: Period; end: number } | null {
  const t = toks[k];
  if (!t) return null;
  if (t.kind === "sym" && t.text === "/" && !t.gap) {
    const w = toks[k + 1];
    const p = w && w.kind === "word" && !w.gap ? SLASH_PERIODS.get(w.lower) : undefined;
    return p ? { per: p, end: k + 2 } : null;
  }
  if (t.kind !== "word" || !t.gap) return null;
  const adv = RATE_ADVERBS.get(t.lower);
  if (adv) return { per: adv, end: k + 1 };
  const n = toks[k + 1];
  if (!n || n.kind !== "word" || !n.gap) return null;
  if (t.lower === "per" && n.lower === "annum") return { per: "year", end: k + 2 };
  if (t.lower === "a" || t.lower === "per" || t.lower === "each" || t.lower === "every") {
    const p = PERIOD_WORDS.get(n.lower);
    if (p) return { per: p, end: k + 2 };
  }
  return null;
}

function matchPerHead(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t || t.kind !== "word" || !t.gap) return -1;
  if (t.lower === "apiece") return k + 1;
  if (t.lower === "each") {
    const n = toks[k + 1];
    return n && n.kind === "word" && n.gap && (PERIOD_WORDS.has(n.lower) || n.lower === "of") ? -1 : k + 1;
  }
  if (t.lower === "per" || t.lower === "a") {
    const n = toks[k + 1];
    if (n && n.kind === "word" && n.gap && HEAD_NOUNS.has(n.lower)) return k + 2;
  }
  return -1;
}

function parseAlternate(input: string, toks: Tok[], k: number): { alt: QuantityAlternate; end: number } | null {
  if (!isSym(toks[k], "(")) return null;
  const inner = parseCore(toks, k + 1);
  if (!inner || inner.num.ordinal || inner.yearLike) return null;
  const range = parseRangeTail(toks, inner, false);
  const last = range ? range.b : inner;
  if (!isSym(toks[last.end], ")")) return null;
  const first = range ? range.a : inner;
  const startTok = toks[inner.start];
  const endTok = toks[last.end - 1];
  if (!startTok || !endTok) return null;
  return {
    alt: {
      text: input.slice(startTok.start, endTok.end),
      min: first.value,
      max: last.value,
      currency: first.currency,
      percent: first.percent,
    },
    end: last.end + 1,
  };
}

function matchDurationUnit(toks: Tok[], k: number): { unit: DurationUnit; end: number } | null {
  const n = nextJoinedWord(toks, k);
  if (n < 0) return null;
  const unit = DURATION_WORDS.get(toks[n]?.lower ?? "");
  return unit ? { unit, end: n + 1 } : null;
}

/** Lower-cased noun after token k, skipping "of", "the" and adjectives; undefined at a stop word. */
function suffixNounAt(toks: Tok[], k: number): string | undefined {
  let words = 0;
  for (let idx = k; idx < toks.length && words < 4; idx++) {
    const t = toks[idx];
    if (!t) return undefined;
    if (t.kind === "sym") {
      if ((HYPHENS.has(t.text) && !t.gap) || t.text === "°") continue;
      return undefined;
    }
    if (t.kind === "num") return undefined;
    words++;
    if (NOUN_SKIP.has(t.lower) || NATIONALITY_RE.test(t.text)) continue;
    if (NOUN_STOP.has(t.lower)) return undefined;
    return t.lower.replace(/['\u2019]s?$/, "");
  }
  return undefined;
}

/** Whether a plural common noun follows, which makes "2000" a count rather than a year. */
function pluralNounFollows(toks: Tok[], k: number): boolean {
  const noun = suffixNounAt(toks, k);
  if (!noun || noun.length < 3 || !noun.endsWith("s") || noun.endsWith("ss")) return false;
  // suffixNounAt looks at most four words ahead, and hyphens or degree signs between them.
  for (let idx = k; idx < toks.length && idx < k + 10; idx++) {
    const t = toks[idx];
    if (t && t.kind === "word" && t.lower.replace(/['\u2019]s?$/, "") === noun) return /^\p{Ll}/u.test(t.text);
  }
  return false;
}

// ---------------------------------------------------------------------------
// Drafts

interface Draft {
  startTok: number;
  endTok: number;
  numStartTok: number;
  numEndTok: number;
  form: QuantityForm;
  min: number | null;
  max: number | null;
  approx: boolean;
  isRange: boolean;
  hedgeText: string | null;
  currency: Currency | null;
  currencyWord?: string | undefined;
  percent: boolean;
  per: Period | null;
  perHead: boolean;
  vague: boolean;
  durationUnit?: DurationUnit;
  every?: boolean;
  alternate?: QuantityAlternate;
  nounFrom: number;
  date?: QuantityDate;
}

function draft(
  startTok: number,
  endTok: number,
  numStartTok: number,
  numEndTok: number,
  form: QuantityForm,
  min: number | null,
  max: number | null,
): Draft {
  return {
    startTok,
    endTok,
    numStartTok,
    numEndTok,
    form,
    min,
    max,
    approx: false,
    isRange: false,
    hedgeText: null,
    currency: null,
    percent: false,
    per: null,
    perHead: false,
    vague: false,
    nounFrom: numEndTok,
  };
}

function finish(input: string, toks: Tok[], d: Draft): Quantity | null {
  const s = toks[d.startTok];
  const e = toks[d.endTok - 1];
  const ns = toks[d.numStartTok];
  const ne = toks[d.numEndTok - 1];
  if (!s || !e || !ns || !ne) return null;
  let bound: QuantityBound;
  if (d.min !== null && d.max !== null && (d.isRange || d.min !== d.max)) bound = "range";
  else if (d.min !== null && d.max === null) bound = "at-least";
  else if (d.min === null && d.max !== null) bound = "at-most";
  else bound = d.approx ? "approx" : "exact";
  const q: Quantity = {
    start: s.start,
    end: e.end,
    text: input.slice(s.start, e.end),
    numberStart: ns.start,
    numberEnd: ne.end,
    form: d.form,
    min: d.min,
    max: d.max,
    approx: d.approx,
    bound,
    hedgeText: d.hedgeText,
    currency: d.currency,
    percent: d.percent,
    per: d.per,
    perHead: d.perHead,
    vague: d.vague,
  };
  if (d.currencyWord !== undefined) q.currencyWord = d.currencyWord;
  if (d.durationUnit !== undefined) q.durationUnit = d.durationUnit;
  if (d.every !== undefined) q.every = d.every;
  if (d.alternate !== undefined) q.alternate = d.alternate;
  if (d.date !== undefined) q.date = d.date;
  const noun = suffixNounAt(toks, d.nounFrom);
  if (noun !== undefined) q.suffixNoun = noun;
  return q;
}

/** Rate, per-head and bracketed conversion after an amount, in any order. */
function attach(input: string, toks: Tok[], d: Draft): void {
  for (let round = 0; round < 3; round++) {
    const k = d.endTok;
    if (d.alternate === undefined) {
      const alt = parseAlternate(input, toks, k);
      if (alt) {
        d.alternate = alt.alt;
        d.endTok = alt.end;
        continue;
      }
    }
    if (d.per === null) {
      const r = matchRate(toks, k);
      if (r) {
        d.per = r.per;
        d.endTok = r.end;
        continue;
      }
    }
    if (!d.perHead) {
      const h = matchPerHead(toks, k);
      if (h >= 0) {
        d.perHead = true;
        d.endTok = h;
        continue;
      }
    }
    break;
  }
}

// ---------------------------------------------------------------------------
// Special forms

function isDayToken(t: Tok | undefined): t is Tok {
  if (!t || t.kind !== "num" || t.grouped || t.decimal || t.poss) return false;
  if (t.suffix !== "" && !ORDINAL_SUFFIXES.has(t.suffix)) return false;
  const v = Number(t.numText);
  return t.numText.length <= 2 && v >= 1 && v <= 31;
}

function isDateYear(t: Tok | undefined): t is Tok {
  return (
    t !== undefined &&
    t.kind === "num" &&
    t.suffix === "" &&
    !t.poss &&
    /^\d{4}$/.test(t.numText) &&
    Number(t.numText) >= 1000 &&
    Number(t.numText) <= 2999
  );
}

function monthOf(t: Tok | undefined): number | undefined {
  if (!t || t.kind !== "word" || !/^\p{Lu}/u.test(t.text)) return undefined;
  return MONTHS.get(t.lower);
}

function dateDraft(i: number, end: number, year: number | null, month: number | null, day: number | null): Draft {
  const d = draft(i, end, i, end, "date", year, year);
  d.date = { year, month, day };
  d.nounFrom = end;
  return d;
}

function tryDate(toks: Tok[], i: number): Draft | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num") {
    // 2024-11-25, 2024/11/25
    const s1 = toks[i + 1];
    const m = toks[i + 2];
    const s2 = toks[i + 3];
    const dd = toks[i + 4];
    const glued = [s1, m, s2, dd].every((x) => x !== undefined && !x.gap);
    if (glued && s1 && s2 && m && dd && s1.text === s2.text && (HYPHENS.has(s1.text) || s1.text === "/")) {
      const bareNum = (x: Tok, len: RegExp): boolean =>
        x.kind === "num" && x.suffix === "" && !x.poss && len.test(x.numText);
      if (isDateYear(t) && bareNum(m, /^\d{1,2}$/) && bareNum(dd, /^\d{1,2}$/)) {
        const mo = Number(m.numText);
        const da = Number(dd.numText);
        if (mo >= 1 && mo <= 12 && da >= 1 && da <= 31) return dateDraft(i, i + 5, Number(t.numText), mo, da);
      }
      // 25/11/2024 or 11/25/2024: the order is only known when one part exceeds 12.
      if (s1.text === "/" && bareNum(t, /^\d{1,2}$/) && bareNum(m, /^\d{1,2}$/) && isDateYear(dd)) {
        const p = Number(t.numText);
        const q = Number(m.numText);
        if (p >= 1 && q >= 1 && p <= 31 && q <= 31 && (p <= 12 || q <= 12)) {
          const dayFirst = p > 12;
          const monthFirst = q > 12;
          const month = dayFirst ? q : monthFirst ? p : null;
          const day = dayFirst ? p : monthFirst ? q : null;
          return dateDraft(i, i + 5, Number(dd.numText), month, day);
        }
      }
    }
    // 25 November 2024, 25th of November
    if (isDayToken(t) && !isGluedIdentifier(toks, i)) {
      let k = i + 1;
      if (isWord(toks[k], "of")) k++;
      const month = monthOf(toks[k]);
      if (month !== undefined && toks[k]?.gap) {
        k++;
        if (isSym(toks[k], ".") && !toks[k]?.gap) k++;
        let year: number | null = null;
        let c = k;
        if (isSym(toks[c], ",")) c++;
        const y = toks[c];
        if (isDateYear(y) && y.gap) {
          year = Number(y.numText);
          k = c + 1;
        }
        return dateDraft(i, k, year, month, Number(t.numText.replace(/\D/g, "")));
      }
    }
    return null;
  }
  // Nov. 25, 2024; November 2024
  const month = monthOf(t);
  if (month === undefined) return null;
  let k = i + 1;
  if (isSym(toks[k], ".") && !toks[k]?.gap && t.text.length <= 4) k++;
  const d = toks[k];
  if (isDayToken(d) && d.gap) {
    k++;
    let year: number | null = null;
    let c = k;
    if (isSym(toks[c], ",")) c++;
    const y = toks[c];
    if (isDateYear(y) && y.gap && toks[c + 1]?.kind !== "num") {
      year = Number(y.numText);
      k = c + 1;
    }
    return dateDraft(i, k, year, month, Number(d.numText));
  }
  if (isDateYear(d) && d.gap) {
    return dateDraft(i, k + 1, Number(d.numText), month, null);
  }
  return null;
}

function meridiem(toks: Tok[], k: number): { pm: boolean; end: number } | null {
  const t = toks[k];
  if (!t || t.kind !== "word" || !t.gap) return null;
  if (t.lower === "am" || t.lower === "pm") return { pm: t.lower === "pm", end: k + 1 };
  if (
    (t.lower === "a" || t.lower === "p") &&
    isSym(toks[k + 1], ".") &&
    isWord(toks[k + 2], "m") &&
    !toks[k + 2]?.gap
  ) {
    const end = isSym(toks[k + 3], ".") && !toks[k + 3]?.gap ? k + 4 : k + 3;
    return { pm: t.lower === "p", end };
  }
  return null;
}

function to24(hour: number, pm: boolean): number {
  return (hour % 12) + (pm ? 12 : 0);
}

function tryClock(toks: Tok[], i: number): Draft | null {
  const t = toks[i];
  if (!t || t.kind !== "num" || t.grouped || isGluedIdentifier(toks, i)) return null;
  if (t.suffix === "am" || t.suffix === "pm") {
    const [h, m = "0"] = t.numText.split(".");
    const hour = Number(h);
    const minute = Number(m);
    if (hour < 1 || hour > 12 || minute > 59 || (m.length !== 1 && m.length !== 2)) return null;
    const v = to24(hour, t.suffix === "pm") * 60 + minute;
    return draft(i, i + 1, i, i + 1, "clock", v, v);
  }
  if (t.suffix !== "" || t.decimal || t.numText.length > 2) return null;
  const hour = Number(t.numText);
  const colon = toks[i + 1];
  const mm = toks[i + 2];
  if (
    isSym(colon, ":") &&
    !colon.gap &&
    mm &&
    mm.kind === "num" &&
    !mm.gap &&
    /^\d{2}$/.test(mm.numText) &&
    !mm.decimal
  ) {
    const minute = Number(mm.numText);
    if (hour > 24 || minute > 59) return null;
    let end = i + 3;
    if (mm.suffix === "am" || mm.suffix === "pm") {
      const v = to24(hour, mm.suffix === "pm") * 60 + minute;
      return draft(i, end, i, end, "clock", v, v);
    }
    if (mm.suffix !== "") return null;
    if (isSym(toks[end], ":") && !toks[end]?.gap && toks[end + 1]?.kind === "num" && !toks[end + 1]?.gap) end += 2;
    const mer = meridiem(toks, end);
    const v = (mer ? to24(hour, mer.pm) : hour) * 60 + minute;
    return draft(i, mer ? mer.end : end, i, mer ? mer.end : end, "clock", v, v);
  }
  if (hour >= 1 && hour <= 12) {
    const mer = meridiem(toks, i + 1);
    if (mer) {
      const v = to24(hour, mer.pm) * 60;
      return draft(i, mer.end, i, mer.end, "clock", v, v);
    }
  }
  return null;
}

function tryDecade(toks: Tok[], i: number): Draft | null {
  const t = toks[i];
  if (!t) return null;
  let k = i;
  let mod: string | null = null;
  if (t.kind === "word" && DECADE_MODIFIERS.has(t.lower)) {
    mod = t.lower;
    const n = toks[i + 1];
    if (n && n.kind === "sym" && HYPHENS.has(n.text) && !n.gap) k = i + 2;
    else k = i + 1;
    if (k === i + 1 && !toks[k]?.gap) return null;
  }
  let d = toks[k];
  let numIdx = k;
  let decade: number | null = null;
  if (d && d.kind === "sym" && (d.text === "'" || d.text === "\u2019")) {
    const n = toks[k + 1];
    if (n && n.kind === "num" && !n.gap && n.suffix === "s" && /^\d0$/.test(n.numText)) {
      const two = Number(n.numText);
      decade = two >= 30 ? 1900 + two : 2000 + two;
      numIdx = k + 1;
      d = n;
    }
  } else if (d && d.kind === "num" && /^\d{3}0$/.test(d.numText) && !d.grouped) {
    const v = Number(d.numText);
    const prev = toks[i - 1];
    const possDecade = d.poss && d.suffix === "" && (mod !== null || isWord(prev, "the"));
    if (v >= 1000 && v <= 2990 && ((d.suffix === "s" && !d.poss) || possDecade)) decade = v;
  }
  if (decade === null || !d) return null;
  if (mod === null && k !== i) return null;
  let min = decade;
  let max = decade + 9;
  if (mod === "early") max = decade + 4;
  else if (mod === "mid") {
    min = decade + 3;
    max = decade + 6;
  } else if (mod === "late") min = decade + 6;
  const r = draft(i, numIdx + 1, k, numIdx + 1, "decade", min, max);
  r.isRange = true;
  return r;
}

function matchHedge(toks: Tok[], i: number): { kind: HedgeKind; end: number } | null {
  const t = toks[i];
  if (!t) return null;
  const list = HEDGES.get(t.lower);
  if (!list) return null;
  for (const h of list) {
    let ok = true;
    for (let n = 1; n < h.words.length; n++) {
      const w = toks[i + n];
      if (!w || w.kind !== "word" || !w.gap || w.lower !== h.words[n]) {
        ok = false;
        break;
      }
    }
    // "adds up to $30m", "sums up to", "amounting up to": a phrasal verb, not a bound.
    const prev = toks[i - 1];
    if (
      ok &&
      h.words[0] === "up" &&
      prev?.kind === "word" &&
      /^(?:adds?|added|adding|sums?|summed|comes?|came|amounts?|amounted|totals?|totalled|totaled)$/.test(prev.lower)
    ) {
      continue;
    }
    if (ok) return { kind: h.kind, end: i + h.words.length };
  }
  return null;
}

function tryVague(toks: Tok[], j: number): Draft | null {
  const t = toks[j];
  if (!t || t.kind !== "word") return null;
  let min: number | null;
  let max: number | null = null;
  let end = j + 1;
  const w = t.lower;
  const of = toks[j + 1];
  const sc = toks[j + 2];
  if (
    (w === "tens" || w === "hundreds") &&
    isWord(of, "of") &&
    of.gap &&
    isWord(sc) &&
    sc.gap &&
    VAGUE_OF_SCALES.has(sc.lower)
  ) {
    const s = VAGUE_OF_SCALES.get(sc.lower) ?? 1;
    if (w === "tens") min = 20 * s;
    else {
      min = 100 * s;
      max = 1000 * s;
    }
    end = j + 3;
  } else if (VAGUE_PLURALS.has(w)) {
    min = VAGUE_PLURALS.get(w) ?? null;
  } else if (w === "several" || (w === "a" && isWord(of, "few") && of.gap)) {
    const s = w === "a" ? j + 2 : j + 1;
    const st = toks[s];
    const scale = isWord(st) && st.gap ? VAGUE_SCALE_SINGULAR.get(st.lower) : undefined;
    if (scale === undefined) return null;
    min = 2 * scale;
    end = s + 1;
  } else {
    return null;
  }
  const d = draft(j, end, j, end, "amount", min, max);
  d.vague = true;
  d.isRange = max !== null;
  if (isWord(toks[end], "of") && toks[end]?.gap) {
    const c = matchPostCurrency(toks, end + 1);
    if (c) {
      d.currency = c.currency;
      d.currencyWord = c.word;
      d.endTok = c.end;
    }
  }
  return d;
}

/** "every two to three months": a recurring interval. */
function tryEvery(toks: Tok[], i: number): Draft | null {
  if (!isWord(toks[i], "every")) return null;
  const a = parseCore(toks, i + 1);
  if (!a || a.currency !== null || a.currencyWord !== undefined || a.percent || a.num.ordinal || a.plus) return null;
  const range = parseRangeTail(toks, a, false);
  const last = range ? range.b : a;
  const unit = matchDurationUnit(toks, last.end);
  if (!unit || last.currency !== null || last.percent) return null;
  const d = draft(i, unit.end, a.numStart, last.numEnd, "duration", range ? range.a.value : a.value, last.value);
  d.durationUnit = unit.unit;
  d.every = true;
  d.isRange = range !== null;
  return d;
}

function hedgeTextOf(input: string, toks: Tok[], i: number, end: number): string | null {
  const s = toks[i];
  const e = toks[end - 1];
  return s && e ? input.slice(s.start, e.end) : null;
}

function tryGeneral(input: string, toks: Tok[], i: number): Draft | null {
  const h = matchHedge(toks, i);
  const j = h ? h.end : i;
  const hedgeText = h ? hedgeTextOf(input, toks, i, h.end) : null;

  if (!h || (h.kind !== "between" && h.kind !== "from")) {
    const v = tryVague(toks, j);
    if (v) {
      if (h) {
        v.startTok = i;
        v.hedgeText = hedgeText;
        if (h.kind === "approx") v.approx = true;
        else if (h.kind === "at-least") v.max = null;
        else if (h.kind === "at-most" && v.max !== null) v.min = null;
        v.isRange = v.min !== null && v.max !== null;
      }
      attach(input, toks, v);
      return v;
    }
  }

  const a = parseCore(toks, j);
  if (!a) return null;

  if (a.num.ordinal) {
    if (h) return null;
    const d = draft(i, a.end, a.numStart, a.numEnd, "ordinal", a.value, a.value);
    return d;
  }

  // "no one", "one another": pronouns.
  if (
    a.num.spelled &&
    a.value === 1 &&
    a.num.end - a.num.start === 1 &&
    toks[a.num.start]?.lower === "one" &&
    a.end === a.num.end
  ) {
    const prev = toks[a.num.start - 1];
    const next = toks[a.num.end];
    if ((prev && prev.kind === "word" && ONE_PRONOUN_BEFORE.has(prev.lower)) || isWord(next, "another")) return null;
  }

  const range = parseRangeTail(toks, a, h?.kind === "between");
  if (h && (h.kind === "between" || h.kind === "from") && !range) return null;
  const first = range ? range.a : a;
  const last = range ? range.b : a;

  const d = draft(
    i,
    last.end,
    first.numStart,
    range ? last.afterPercent : first.afterPercent,
    "amount",
    first.value,
    last.value,
  );
  d.isRange = range !== null;
  d.hedgeText = hedgeText;
  d.currency = first.currency;
  if (first.currencyWord !== undefined) d.currencyWord = first.currencyWord;
  d.percent = first.percent || last.percent;
  if (d.percent) d.form = "percent";
  d.startTok = h ? i : a.start;

  if (h?.kind === "approx") d.approx = true;

  // Durations: "80 years", "two-and-a-half-hour", "two to three months".
  if (!d.percent && d.currency === null && d.currencyWord === undefined && !first.plus) {
    const unit = matchDurationUnit(toks, last.end);
    if (unit) {
      d.form = "duration";
      d.durationUnit = unit.unit;
      d.endTok = unit.end;
      d.nounFrom = d.numEndTok;
      applyHedge(d, h?.kind);
      return d;
    }
  }

  // Years: a bare 4-digit 1900-2099 not counting a plural noun.
  if (first.yearLike && last.yearLike && !pluralNounFollows(toks, last.end)) {
    d.form = range ? "year-range" : "year";
    applyHedge(d, h?.kind);
    return d;
  }

  applyHedge(d, h?.kind);
  // "2,000+" is open above whatever the hedge says.
  if (first.plus && !d.isRange && h?.kind !== "at-most") d.max = null;
  attach(input, toks, d);
  return d;
}

function applyHedge(d: Draft, kind: HedgeKind | undefined): void {
  if (d.isRange) return;
  if (kind === "at-least") d.max = null;
  else if (kind === "at-most") d.min = null;
}

function tryAt(input: string, toks: Tok[], i: number): Draft | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind !== "num" && !START_WORDS.has(t.lower)) return null;
  return tryDate(toks, i) ?? tryClock(toks, i) ?? tryDecade(toks, i) ?? tryEvery(toks, i) ?? tryGeneral(input, toks, i);
}

/**
 * Find every figure in a text: amounts, percentages, ranges, vague plurals,
 * years, decades, dates, clock times, ordinals and durations.
 * @param text Plain article text (curly quotes, en/em dashes and non-breaking spaces are fine).
 * @returns The figures in reading order, never overlapping, with offsets into `text`.
 */
export function extractQuantities(text: string): Quantity[] {
  const toks = tokenize(text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const d = tryAt(text, toks, i);
    if (d && d.endTok > i) {
      const q = finish(text, toks, d);
      if (q) out.push(q);
      i = d.endTok;
    } else {
      i++;
    }
  }
  return out;
}

/**
 * Read a whole string as one cardinal number written in digits or words.
 * @param words The number alone, e.g. "2,000", "2k", "1.2 million", "eleven-thousand", "two-and-a-half", "a dozen".
 * @returns Its value, or null when the string is not exactly one cardinal number (currency signs, ordinals and vague plurals give null).
 */
export function parseNumber(words: string): number | null {
  const toks = tokenize(words);
  if (toks.length === 0) return null;
  const n = parseNumeral(toks, 0);
  if (!n || n.ordinal || n.fractionPercent || n.gluedPercent || n.end !== toks.length) return null;
  return n.value;
}
