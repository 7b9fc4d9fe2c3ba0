/**
 * Numerals: numbers written in digits ("2,000", "2k", "1.5m") or in words ("eleven-thousand",
 * "two and a half"), read to their value.
 */
import { isGluedIdentifier, isWord, nextJoinedWord, type Tok, tokenize } from "./tokens.ts";
import {
  FRACTION_WORDS,
  GLUED_SCALES,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  SCALE_ABBREV_WORDS,
  SCALE_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from "./vocabulary.ts";

// ---------------------------------------------------------------------------
// Numerals

export interface Numeral {
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
/** Determiners after "half" or "a third" that make it a share of what they name: "keeps half the pay". */
const SHARE_DETERMINERS: ReadonlySet<string> = new Set(["the", "its", "their", "his", "her", "this", "that"]);
/** People a share after a determiner may be of, as the subject of its sentence ("Half the soldiers …"). */
const SHARE_OF_PEOPLE = /^(?:soldiers|troops|men|servicemen|contingent|force|forces|conscripts|recruits|deployment)$/;
/** Money a share after a determiner may be of ("half the pay", "a third of their wages"). */
const SHARE_OF_MONEY =
  /^(?:pay|money|salary|salaries|wages?|earnings|income|sum|payments?|cash|amount|bonus|bonuses|fee|fees|stipend)$/;
/**
 * Words before a "half" or "a third" that ends its clause and make it a share of something named before:
 * "Pyongyang keeps about half.", "the regime takes a third, he said".
 */
const BARE_SHARE_BEFORE =
  /^(?:about|around|roughly|nearly|almost|some|only|just|over|under|than|least|most|perhaps|maybe|keeps?|kept|takes?|took|pockets?|pocketed|retains?|retained|skims?|skimmed|gets?|got|receives?|received|confiscates?|confiscated|withholds?|withheld|claws?|clawed|seizes?|seized)$/;

/**
 * Whether the token after a "half" or "a third" makes it a share: "of", a determiner ("half the pay"),
 * or the end of its clause after a hedge or a verb of keeping ("keeps about half.").
 *
 * @param toks Tokens.
 * @param first Index of the fraction's first token ("half", or the "a" of "a third").
 * @param next Index of the token after the fraction word.
 * @returns True for a share.
 */
function shareFollows(toks: Tok[], first: number, next: number): boolean {
  // The word before the fraction ("about", "keeps") and the one before that ("by" in "cut by about half").
  const wordAt = (k: number): string => (toks[k]?.kind === "word" ? (toks[k]?.lower ?? "") : "");
  const earlier = wordAt(first - 2);
  const before = wordAt(first - 1);
  const after = toks[next];
  if (after?.kind === "word" && after.gap && after.lower === "of") return true;
  // ("half the money", "half their pay": not "half the time", "half the new recruits".)
  if (after?.kind === "word" && after.gap && SHARE_DETERMINERS.has(after.lower)) {
    const words = toks.slice(next + 1, next + 5).filter((t) => t.kind === "word");
    if (words.slice(0, 2).some((t) => SHARE_OF_MONEY.test(t.lower))) return true;
    // ("Half the North Korean soldiers in Kursk have been wounded": a part of the force, as a subject; not
    // "kept half the new recruits at home".)
    return (
      /^(?:|about|around|roughly|nearly|almost|some|over|than|least|perhaps|maybe)$/.test(before) &&
      words.some((t) => SHARE_OF_PEOPLE.test(t.lower))
    );
  }
  const ends = after === undefined || (after.kind === "sym" && /^[.,;:!?)”"’]$/.test(after.text));
  // ("cut by about half", "fell by half": a change, not a share.)
  return ends && BARE_SHARE_BEFORE.test(before) && earlier !== "by" && before !== "by";
}

/** Verbs after "a third", "a quarter" that make the fraction a share standing as a subject. */
const FRACTION_VERBS: ReadonlySet<string> = new Set([
  "have",
  "has",
  "had",
  "are",
  "were",
  "was",
  "is",
  "died",
  "remain",
  "remains",
  // "a tenth goes to the soldiers", "all but a tenth stays with the state": a share of money.
  "goes",
  "go",
  "went",
  "stays",
  "stayed",
  "reaches",
  "reached",
]);

export function digitsValue(numText: string, scale: number): number {
  const clean = numText.replace(/[^\d.]/g, "");
  const dot = clean.indexOf(".");
  if (dot < 0 || scale === 1) return Number(clean) * scale;
  const decimals = clean.length - dot - 1;
  const int = Number(clean.slice(0, dot) + clean.slice(dot + 1));
  return (int * scale) / 10 ** decimals;
}

export function scaleNumeral(n: Numeral, scale: number): number {
  if (n.bare) return digitsValue(n.bare.numText, scale);
  return n.raw * scale;
}

export function parseDigitNumeral(toks: Tok[], i: number): Numeral | null {
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
    // "1 in 3", "2 out of every 5": a share, read as a percentage.
    const ratio =
      Number.isInteger(raw) && raw >= 1 && raw < 10 && !t.decimal && !t.grouped && next?.kind === "word" && next.gap
        ? ratioDenominator(toks, i + 1)
        : null;
    if (ratio && ratio.d > raw)
      return {
        ...base,
        value: Math.round((raw * 10000) / ratio.d) / 100,
        raw,
        scale: 1,
        end: ratio.end,
        fractionPercent: true,
        bare: null,
      };
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

export type SpellState = "none" | "a" | "unit" | "teen" | "tens" | "hundred" | "scale" | "half";

/** A currency's unit, singular, after "a": "a dollar", "a euro", "a rouble". */
const ONE_UNIT = /^(?:dollar|euro|rouble|ruble|yuan|pound)$/;

export function parseSpelledNumeral(toks: Tok[], i: number): Numeral | null {
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

  // "less than a dollar a month", "about a dollar a day": one of a currency's units, with a bound or a
  // rate ("a dollar figure", "the value of a dollar" count nothing).
  if ((first.lower === "a" || first.lower === "an") && toks[i + 1]?.gap && ONE_UNIT.test(toks[i + 1]?.lower ?? "")) {
    const before = toks[i - 1]?.lower ?? "";
    const rate =
      toks[i + 2]?.gap &&
      /^(?:a|an|per|each|every)$/.test(toks[i + 2]?.lower ?? "") &&
      /^(?:day|week|month|year)$/.test(toks[i + 3]?.lower ?? "");
    if (rate || /^(?:than|about|around|barely|only|just|nearly|almost|roughly|under)$/.test(before))
      return make(1, i + 1);
  }
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
    if (shareFollows(toks, i, i + 1)) return make(50, i + 1, { fractionPercent: true });
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
        // "a third of", "a quarter of": shares; so is "a third have been killed", a share as a subject
        // ("a third time", "a third wave" are ordinals).
        const frac = FRACTION_WORDS.get(nw);
        const after = toks[n + 1];
        if (
          n >= 0 &&
          frac &&
          !frac.plural &&
          w === "a" &&
          ((after?.kind === "word" && (after.lower === "of" || (after.gap && FRACTION_VERBS.has(after.lower)))) ||
            shareFollows(toks, i, n + 1))
        ) {
          const part = partOfScale(toks, n + 1);
          if (part) return make(part.scale / frac.d, part.end);
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
    } else if (
      w === "point" &&
      total === 0 &&
      (state === "unit" || state === "teen" || state === "tens") &&
      // ("At one point five hundred men were cut off", "…, and at one point …": the idiom opening its clause, no
      // decimal; "was put at one point two billion dollars" is one.)
      !(
        current === 1 &&
        toks[i - 1]?.lower === "at" &&
        (i < 2 || toks[i - 2]?.kind === "sym" || /^(?:and|but|then|when|while|yet|so)$/.test(toks[i - 2]?.lower ?? ""))
      )
    ) {
      // A decimal read aloud: "four point two million dollars", "two point five per cent".
      let k = nextJoinedWord(toks, idx + 1);
      let digits = "";
      let last = -1;
      for (let d = UNIT_WORDS.get(toks[k]?.lower ?? ""); k >= 0 && d !== undefined && d < 10;) {
        digits += String(d);
        last = k;
        k = nextJoinedWord(toks, k + 1);
        d = k >= 0 ? UNIT_WORDS.get(toks[k]?.lower ?? "") : undefined;
      }
      if (digits === "") break;
      const decimal = `${current}.${digits}`;
      const after = k >= 0 ? SCALE_WORDS.get(toks[k]?.lower ?? "") : undefined;
      return after !== undefined && after >= 1000
        ? make(digitsValue(decimal, after), k + 1)
        : make(digitsValue(decimal, 1), last + 1);
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
        const part = partOfScale(toks, idx + 1);
        if (part) return make((current * part.scale) / frac.d, part.end);
        return make(Math.round((current * 10000) / frac.d) / 100, idx + 1, { fractionPercent: true });
      }
      // "one in three", "two out of every five": a share, read as a percentage.
      if (state === "unit" && total === 0 && current >= 1 && current < 10) {
        const r = ratioDenominator(toks, idx);
        if (r && r.d > current)
          return make(Math.round((current * 10000) / r.d) / 100, r.end, { fractionPercent: true });
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

/** What may follow the whole of a ratio in words: people, money, a verb of what befell them, or the clause's end. */
const RATIO_GOES_ON =
  /^(?:of|north|korean|soldiers?|troops?|men|fighters|servicem[ae]n|recruits|conscripts|people|casualties|dollars?|cents?|roubles?|rubles?|won|has|have|had|is|are|was|were|will|would|could|may|might|died|dies|killed|wounded|injured|survived|returned|came|comes|stays?|stayed|goes|go|went|ends?|ended|reaches?|reached|according|said|says|say|and|or|but)$/;

/**
 * The whole of a ratio after its part: "in three", "out of every five", not "in five days".
 *
 * @param toks Tokens.
 * @param k Index of the word after the part ("in" or "out").
 * @returns The whole and the index after it, or null.
 */
function ratioDenominator(toks: Tok[], k: number): { d: number; end: number } | null {
  let at = k;
  if (toks[at]?.lower === "in") at += 1;
  else if (toks[at]?.lower === "out" && toks[at + 1]?.lower === "of" && toks[at + 1]?.gap) at += 2;
  else return null;
  if (toks[at]?.lower === "every" && toks[at]?.gap) at += 1;
  const t = toks[at];
  if (!t?.gap) return null;
  const d =
    t.kind === "num"
      ? /^\d{1,3}$/.test(t.numText) && t.suffix === ""
        ? Number(t.numText)
        : undefined
      : (UNIT_WORDS.get(t.lower) ??
        TEEN_WORDS.get(t.lower) ??
        TENS_WORDS.get(t.lower) ??
        (t.lower === "hundred" ? 100 : undefined));
  if (d === undefined || d < 2 || d > 100) return null;
  // (Only before what a share of people or money goes on with: "one in three soldiers", "one in five has died",
  // "one in ten dollars stays", "one in three, he said"; not "two in five raids", "one in five years".)
  const next = toks[at + 1];
  if (next?.kind === "word" && !RATIO_GOES_ON.test(next.lower)) return null;
  return { d, end: at + 1 };
}

/**
 * "of a billion" after a fraction ("a quarter of a billion", "three-quarters of a million"): the scale the
 * fraction is taken of, and where the words end.
 *
 * @param toks Tokens.
 * @param k The token after the fraction's word.
 * @returns The scale and the end, or null.
 */
function partOfScale(toks: Tok[], k: number): { scale: number; end: number } | null {
  if (!isWord(toks[k], "of") || !toks[k]?.gap) return null;
  const a = nextJoinedWord(toks, k + 1);
  if (a < 0 || !(toks[a]?.lower === "a" || toks[a]?.lower === "an")) return null;
  const m = nextJoinedWord(toks, a + 1);
  const scale = SCALE_WORDS.get(toks[m]?.lower ?? "");
  return m >= 0 && scale !== undefined && scale >= 1000 ? { scale, end: m + 1 } : null;
}

export function parseNumeral(toks: Tok[], i: number): Numeral | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num") return parseDigitNumeral(toks, i);
  if (t.kind === "word") return parseSpelledNumeral(toks, i);
  return null;
}

export function isYearValue(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2099;
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
