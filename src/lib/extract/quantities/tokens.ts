/**
 * The lowest layer of the quantity grammar: one precompiled regex splits a text into numbers, words and
 * symbols, and a few tests read single tokens.
 */
import { matchesOf } from "../matches.ts";

// ---------------------------------------------------------------------------
// Tokens

export interface Tok {
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
// after them and no digit after the group, which keeps matching linear. A plain space separates
// thousands too ("about 12 000 troops", "some 1 500 killed"), but not after another number, a month or
// "No.", nor before a further group of digits (a telephone number).
// A currency code written against its digits ("USD2,000", "EUR1,900", "KRW2.9m") is a word of its own,
// and so is the won's letter in Korean English-language style ("W2.9 million", "W500,000"), when an
// amount's scale or thousands follow it.
export const TOKEN_RE =
  /((?<![\p{L}\p{N}])(?:(?:USD|EUR|GBP|KRW|KPW|RUB|RUR|Rbs)(?=\d)|(?<=\$)(?:US|A|AU|NZ|C|CA|HK|S|NT)(?=\d)|W(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:m|bn|tn|million|billion|trillion)\b)))|(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?![\d,.])|(?<![\d,.])(?<!\d\s)(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|No|Nos|no|nos|p|pp|Art|art)\.?\s)\d{1,3}(?: \d{3})+(?![\d,.]|\s\d)|(?=\d)(?<![\p{L}\p{N}.,])[1-9]\d{0,2}(?:\.\d\d0)+(?!\d|[.,]\d|\s?(?:thousand|million|billion|trillion|bn|mln|tn|m|k)\b)|(?=\d)(?<![\p{L}\p{N}.,])\d{1,3},\d{1,2}(?=\s?(?:thousand|million|billion|bn|mln|tn|euros?|dollars?|roubles?|rubles?|yuan|cents?|per\s?cent|percent)\b|\s?%)|\d+(?:\.\d+)?)([\p{L}\p{N}]*)(['\u2019]s(?![\p{L}\p{N}]))?|(\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(input: string): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = -1;
  for (const m of matchesOf(input, TOKEN_RE)) {
    const start = m.index;
    const text = m[0];
    const end = start + text.length;
    const gap = prevEnd < 0 || start > prevEnd;
    prevEnd = end;
    // European styles: "2.700", "11.000" (a point between thousands, the groups ending in a nought, as no
    // decimal English writes does) and "11,5 thousand", "1,5 billion", "1,50 euros", "92,5 %" (a comma before one
    // or two decimals, a scale word, a currency or a share after).
    const raw = m[2];
    // (A scale word after a point means a decimal: "$2.750 billion".)
    const pointThousands =
      raw !== undefined &&
      /^[1-9]\d{0,2}(?:\.\d\d0)+$/.test(raw) &&
      !/^\s?(?:thousand|million|billion|trillion|bn|mln|tn|m|k)\b/i.test(
        input.slice(start + raw.length, start + raw.length + 12),
      );
    const numText =
      raw !== undefined && pointThousands
        ? raw.replace(/\./g, ",")
        : raw !== undefined && /^\d{1,3},\d{1,2}$/.test(raw)
          ? raw.replace(",", ".")
          : raw;
    if (numText !== undefined) {
      toks.push({
        kind: "num",
        start,
        end,
        text,
        lower: text.toLowerCase(),
        gap,
        numText,
        suffix: (m[3] ?? "").toLowerCase(),
        poss: m[4] !== undefined,
        grouped: /[, \u00A0\u202F\u2009]/.test(numText),
        decimal: numText.includes("."),
      });
    } else {
      toks.push({
        kind: m[1] !== undefined || m[5] !== undefined ? "word" : "sym",
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

export const HYPHENS = new Set(["-", "\u2010", "\u2011"]);

export const DASHES = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"]);

/** Words that may be hyphenated onto a number without making it part of an identifier. */
export const NUMBER_PREFIXES = new Set(["mid", "pre", "post", "early", "late", "over", "under", "about"]);

export function isWord(t: Tok | undefined, lower?: string): t is Tok {
  return t !== undefined && t.kind === "word" && (lower === undefined || t.lower === lower);
}

export function isSym(t: Tok | undefined, text: string): t is Tok {
  return t !== undefined && t.kind === "sym" && t.text === text;
}

/**
 * A digit token hyphenated onto a word ("COVID-19", "F-16") belongs to an identifier; so do the digits
 * after a point that follows a word ending in a digit ("G7.5", "X2.9m"): they are no number of their own.
 */
export function isGluedIdentifier(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const dash = toks[i - 1];
  const word = toks[i - 2];
  if (!t || t.gap || !dash || dash.kind !== "sym" || dash.gap) return false;
  if (dash.text === ".") return word !== undefined && word.kind === "word" && /\d$/.test(word.text);
  if (!DASHES.has(dash.text)) return false;
  return word !== undefined && word.kind === "word" && !NUMBER_PREFIXES.has(word.lower);
}

/** Index of the next word joined to the previous one by whitespace or a glued hyphen, or -1. */
export function nextJoinedWord(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  if (t.kind === "word" && t.gap) return k;
  if (t.kind === "sym" && HYPHENS.has(t.text) && !t.gap) {
    const w = toks[k + 1];
    if (w && w.kind === "word" && !w.gap) return k + 1;
  }
  return -1;
}

/** Lower-cased text of tokens [s, e), single-spaced where the text has whitespace. */
export function joinLower(toks: Tok[], s: number, e: number): string {
  let out = "";
  for (let n = s; n < e; n++) {
    const t = toks[n];
    if (!t) break;
    out += (n > s && t.gap ? " " : "") + t.lower;
  }
  return out;
}
