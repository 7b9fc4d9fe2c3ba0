/**
 * Figures: a numeral with what stands around it (hedges and bounds, currencies and percentages, ranges,
 * rates, a bracketed conversion, the noun it counts), parsed into one draft and finished as a quantity.
 */
import {
  type Currency,
  type DurationUnit,
  type Period,
  type Quantity,
  type QuantityAlternate,
  type QuantityBound,
  type QuantityForm,
} from "./types.ts";
import { DASHES, HYPHENS, isSym, isWord, joinLower, nextJoinedWord, type Tok } from "./tokens.ts";
import {
  COMPARISON_WORDS,
  CURRENCY_CODE_WORDS,
  FOREIGN_CURRENCY_CODES,
  DURATION_WORDS,
  HEAD_NOUNS,
  type HedgeKind,
  HEDGES,
  NATIONALITY_RE,
  NOUN_SKIP,
  NOUN_STOP,
  ONE_PRONOUN_BEFORE,
  PERIOD_WORDS,
  POST_CURRENCIES,
  PREFIX_CURRENCY_SYMBOLS,
  RATE_ADVERBS,
  SLASH_PERIODS,
  SPELLED_SCALE,
  VAGUE_OF_SCALES,
  VAGUE_PLURALS,
  VAGUE_SCALE_SINGULAR,
} from "./vocabulary.ts";
import { isYearValue, type Numeral, parseNumeral, scaleNumeral } from "./numerals.ts";

// ---------------------------------------------------------------------------
// Figures: currency, number, percent, range

export interface Core {
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

export function parseCurrencyPrefix(
  toks: Tok[],
  j: number,
): { currency: Currency | null; word: string | undefined; next: number } | null {
  const t = toks[j];
  if (!t) return null;
  if (t.kind === "sym") {
    if (!PREFIX_CURRENCY_SYMBOLS.has(t.text)) return null;
    // ("$US2000", "$A3,000", "$NZ130 million": the country written after the sign, as Australian papers write it.)
    const land = toks[j + 1];
    if (t.text === "$" && land?.kind === "word" && !land.gap && toks[j + 2]?.kind === "num" && !toks[j + 2]?.gap) {
      if (land.text === "US") return { currency: "USD", word: undefined, next: j + 2 };
      if (/^(?:A|AU|NZ|C|CA|HK|S|NT)$/.test(land.text))
        return { currency: null, word: `${land.text}$`.toLowerCase(), next: j + 2 };
    }
    const c = PREFIX_CURRENCY_SYMBOLS.get(t.text) ?? null;
    // "₩" writes the won of either Korea: it is read like the word, and the classifier tells which.
    return { currency: c, word: c === null ? (t.text === "₩" ? "won" : t.text) : undefined, next: j + 1 };
  }
  if (t.kind !== "word") return null;
  const dollar = toks[j + 1];
  if (isSym(dollar, "$") && !dollar.gap && /^\p{Lu}{1,3}$/u.test(t.text)) {
    if (t.text === "US") return { currency: "USD", word: undefined, next: j + 2 };
    return { currency: null, word: `${t.text}$`.toLowerCase(), next: j + 2 };
  }
  // "W2.9 million": the won's letter against the digits (the tokenizer splits it off only there) is read
  // like the word "won", and the classifier tells which Korea's.
  if (t.text === "W" && toks[j + 1]?.kind === "num" && !toks[j + 1]?.gap)
    return { currency: null, word: "won", next: j + 1 };
  // ("USD 2,000", and "USD2,000" with the code against the digits.)
  const code = CURRENCY_CODE_WORDS.get(t.text);
  if (code && toks[j + 1]?.kind === "num") return { currency: code, word: undefined, next: j + 1 };
  // ("PLN 8,200": a currency the site does not compare is still money.)
  if (FOREIGN_CURRENCY_CODES.has(t.text) && toks[j + 1]?.kind === "num")
    return { currency: null, word: t.text.toLowerCase(), next: j + 1 };
  return null;
}

export function matchPercent(toks: Tok[], k: number): number {
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

export function matchPostCurrency(
  toks: Tok[],
  k: number,
): { currency: Currency | null; word: string; end: number } | null {
  const t = toks[k];
  if (!t || !t.gap) return null;
  if (t.kind === "word") {
    const code = CURRENCY_CODE_WORDS.get(t.text);
    if (code) return { currency: code, word: t.lower, end: k + 1 };
    if (FOREIGN_CURRENCY_CODES.has(t.text)) return { currency: null, word: t.lower, end: k + 1 };
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

/** Where "U.S." or "US" written after an amount ends, or `k` when it is not there. */
function usAfterSign(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t?.gap || t.kind !== "word") return k;
  if (t.text === "US") return k + 1;
  const glued = [".", "S", "."].every((x, n) => {
    const u = toks[k + 1 + n];
    return u !== undefined && !u.gap && u.text === x;
  });
  return t.text === "U" && glued ? k + 4 : k;
}

/** Codes of other countries' dollars that may follow an amount written with a bare "$". */
const DOLLAR_CODES_AFTER_SIGN: ReadonlySet<string> = new Set(["CAD", "Cdn", "CDN", "AUD", "NZD", "HKD", "SGD", "TWD"]);

/** A year with one or two digits glued on after a point: "2025.7". */
const FOOTNOTED_YEAR = /^(\d{4})\.\d{1,2}$/;
/** Words a year follows: "in 2025", "by the end of 2024", "February 2025". */
const YEAR_WORDS_BEFORE =
  /^(?:in|by|of|since|until|till|during|through|from|to|early|late|mid|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export function parseCore(toks: Tok[], j: number): Core | null {
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
    } else if (post && isSym(toks[j], "$") && DOLLAR_CODES_AFTER_SIGN.has(toks[end]?.text ?? "")) {
      // "$2,780 Cdn", "$3,000 AUD": another country's dollar named after the sign is not the US dollar.
      currency = null;
      currencyWord = post.word;
      end = post.end;
    } else if (!post && currency === "USD" && pre !== null) {
      // "$2,000 U.S. a month", "$2,000 US per month", "$2,000 US (about $2,780 Cdn)": the country named after
      // the sign, before a rate or a bracketed conversion.
      const country = usAfterSign(toks, end);
      if (country > end && (matchRate(toks, country) || isSym(toks[country], "("))) end = country;
    }
  }
  let plus = false;
  const p = toks[end];
  if (!num.ordinal && isSym(p, "+") && !p.gap && toks[end + 1]?.kind !== "num") {
    plus = true;
    end += 1;
  } else if (!num.ordinal && isSym(p, "-") && !p.gap && isWord(toks[end + 1], "plus") && !toks[end + 1]?.gap) {
    // "1,000-plus": open above, like "1,000+".
    plus = true;
    end += 2;
  }
  const bare = num.bare;
  // "… by the end of 2024.3 North Korea …", "in February 2025.4": a year with a reference number glued
  // on after a point, before a new sentence or the end, is the year.
  const footnoted =
    bare !== null && !pre && currency === null && !percent && !plus ? FOOTNOTED_YEAR.exec(bare.numText) : null;
  const footnotedYear =
    footnoted?.[1] !== undefined &&
    isYearValue(Number(footnoted[1])) &&
    toks[j - 1]?.kind === "word" &&
    YEAR_WORDS_BEFORE.test(toks[j - 1]?.lower ?? "") &&
    (toks[end] === undefined || (toks[end]?.gap === true && /^\p{Lu}/u.test(toks[end]?.text ?? "")))
      ? Number(footnoted[1])
      : null;
  // ("released on 2024.10.18": a date written year, month and day with points is the year, not a count.)
  const dotted =
    bare !== null && !pre && currency === null && !percent && !plus ? /^(\d{4})\.(\d{1,2})$/.exec(bare.numText) : null;
  const dayTok = toks[end + 1];
  const dottedDate =
    dotted?.[1] !== undefined &&
    isYearValue(Number(dotted[1])) &&
    Number(dotted[2]) >= 1 &&
    Number(dotted[2]) <= 12 &&
    isSym(toks[end], ".") &&
    toks[end]?.gap === false &&
    dayTok?.kind === "num" &&
    !dayTok.gap &&
    /^\d{1,2}$/.test(dayTok.numText)
      ? Number(dotted[1])
      : null;
  if (dottedDate !== null) end += 2;
  const yearLike =
    footnotedYear !== null ||
    dottedDate !== null ||
    (bare !== null &&
      !pre &&
      currencyWord === undefined &&
      currency === null &&
      !percent &&
      !plus &&
      /^\d{4}$/.test(bare.numText) &&
      isYearValue(num.value));
  return {
    start: j,
    end,
    numStart: num.start,
    numEnd: num.end,
    afterPercent,
    num,
    value: footnotedYear ?? dottedDate ?? num.value,
    currency,
    currencyWord,
    percent,
    plus,
    yearLike,
  };
}

/** Parse "to Y", "- Y", "and Y" after a figure and merge units across the two halves. */
export function parseRangeTail(
  toks: Tok[],
  a: Core,
  allowAnd: boolean,
  afterFrom = false,
  hedged = false,
): { a: Core; b: Core; innerApprox: boolean } | null {
  // "from 10,000 up to 12,000": after "from", "up to" is the other end, not a bound of its own.
  const at = afterFrom && isWord(toks[a.end], "up") && isWord(toks[a.end + 1], "to") ? a.end + 1 : a.end;
  const c = toks[at];
  if (!c || a.plus || a.num.ordinal) return null;
  let isDash = false;
  // "two or three hundred": a range only when a spelled scale after the second number is the first's too.
  const or = c.kind === "word" && c.lower === "or" && a.num.spelled === true && a.num.scale === 1 && a.value < 10;
  if (c.kind === "word") {
    if (!c.gap || !(c.lower === "to" || (allowAnd && c.lower === "and") || or)) return null;
  } else if (c.kind === "sym" && DASHES.has(c.text)) {
    isDash = true;
  } else if (c.kind === "sym" && c.text === "~" && !c.gap && toks[at + 1]?.gap === false) {
    // ("90~95%", "100~200 dollars": a tilde between two numbers written against it joins a range, as Korean and
    // Japanese papers write one.)
    isDash = true;
  } else {
    return null;
  }
  // ("between roughly 10,000 and as many as 12,000": a hedge on the second end, after "between" or "from".)
  const inner = hedged ? innerRangeHedge(toks, at + 1) : null;
  let b = parseCore(toks, inner ? inner.end : at + 1);
  if (!b || b.num.ordinal) return null;
  // "2022-23": a year range with the century left out.
  if (
    isDash &&
    a.yearLike &&
    !c.gap &&
    b.num.bare &&
    !toks[at + 1]?.gap &&
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
  if (or && merged === a) return null;
  // "11-12,000": the first half is written short and shares the thousands of the second.
  const shortText = a.num.bare?.numText ?? "";
  const longText = b.num.bare?.numText ?? "";
  if (
    a.num.scale === 1 &&
    b.num.scale === 1 &&
    /^\d{1,3}$/.test(shortText) &&
    /^\d{1,3}(?:,000)+$/.test(longText) &&
    merged.value * 1000 <= b.value &&
    merged.value * 1000 * 10 > b.value
  ) {
    merged = { ...merged, value: merged.value * 1000 };
  }
  if (merged.value > b.value) return null;
  return { a: merged, b, innerApprox: inner?.approx === true };
}

/** Hedges that may stand on either end inside "between … and …" or "from … to …", besides "about" and its like. */
const INNER_RANGE_HEDGES = new Set(["as many as", "as much as", "as few as", "as little as", "up to"]);

/**
 * A hedge on one end of a range opened by "between" or "from": "roughly", "about", "perhaps", "as many as".
 *
 * @param toks Tokens.
 * @param k Where the end starts.
 * @returns Where its number starts and whether the hedge makes the range approximate, or null.
 */
function innerRangeHedge(toks: Tok[], k: number): { end: number; approx: boolean } | null {
  const m = matchHedge(toks, k);
  if (!m) return null;
  if (m.kind === "approx") return { end: m.end, approx: true };
  const words = toks
    .slice(k, m.end)
    .map((t) => t.lower)
    .join(" ");
  return INNER_RANGE_HEDGES.has(words) ? { end: m.end, approx: false } : null;
}

// ---------------------------------------------------------------------------
// Attachments after a figure

export function matchRate(toks: Tok[], k: number): { per: Period; end: number } | null {
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
    // ("up from 1,000 a week earlier", "11,000 a year ago": a time before, not a rate.)
    if (p && t.lower === "a" && /^(?:earlier|later|ago|before|after|back|previously)$/.test(toks[k + 2]?.lower ?? ""))
      return null;
    if (p) return { per: p, end: k + 2 };
  }
  return null;
}

export function matchPerHead(toks: Tok[], k: number): number {
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

export function parseAlternate(input: string, toks: Tok[], k: number): { alt: QuantityAlternate; end: number } | null {
  if (!isSym(toks[k], "(")) return null;
  // "2.7 million won (about $2,000)": an approximate conversion is still the writer's conversion.
  const hedge = matchHedge(toks, k + 1);
  const from = hedge?.kind === "approx" ? hedge.end : k + 1;
  const inner = parseCore(toks, from);
  if (!inner || inner.num.ordinal || inner.yearLike) return null;
  const range = parseRangeTail(toks, inner, false);
  const last = range ? range.b : inner;
  // "$2,000 (£1,600; €1,900) a month": more conversions, each into another currency, before the bracket closes;
  // the first is kept, and what follows the bracket belongs to the amount before it.
  let close = last.end;
  while (inner.currency !== null && (isSym(toks[close], ";") || isSym(toks[close], ","))) {
    const hedged = matchHedge(toks, close + 1);
    const next = parseCore(toks, hedged?.kind === "approx" ? hedged.end : close + 1);
    if (!next || next.currency === null || next.num.ordinal || next.yearLike) break;
    close = (parseRangeTail(toks, next, false)?.b ?? next).end;
  }
  if (!isSym(toks[close], ")")) return null;
  return conversionOf(input, toks, from === k + 1 ? inner.start : k + 1, range ? range.a : inner, last, close + 1);
}

/**
 * A conversion from its first token to the end of its last amount.
 *
 * @param input The text.
 * @param toks Its tokens.
 * @param startAt The conversion's first token (its hedge, when it has one).
 * @param first Its amount, or the first of its range.
 * @param last The last of its range, or the amount again.
 * @param end The token after the conversion and what closes it.
 * @returns The conversion and the token after it, or null.
 */
function conversionOf(
  input: string,
  toks: Tok[],
  startAt: number,
  first: Core,
  last: Core,
  end: number,
): { alt: QuantityAlternate; end: number } | null {
  const startTok = toks[startAt];
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
    end,
  };
}

/**
 * A conversion set after an amount between commas: "2.7 million won a month, roughly $2,000, …",
 * "5 million won, or about $3,600." Only an approximate amount in another currency, closing its
 * phrase, is the writer's conversion; a list of amounts is not.
 *
 * @param input The text.
 * @param toks Its tokens.
 * @param k The token after the amount.
 * @param currency The amount's currency, or its word ("won") when the word names more than one.
 * @returns The conversion and the token after it, or null.
 */
export function parseAppositeConversion(
  input: string,
  toks: Tok[],
  k: number,
  currency: string | null,
): { alt: QuantityAlternate; end: number } | null {
  if (currency === null) return null;
  // "180,000 rubles a month for each North Korean soldier, roughly $2,000 …": whom the sum is for may
  // stand between the sum and its conversion.
  const forEach = forEachHead(toks, k);
  if (forEach > k && isSym(toks[forEach], ",")) k = forEach;
  // ("$2,000 – or about 180,000 roubles – a month": dashes set it off as commas do.)
  const open = toks[k];
  const dash =
    open !== undefined && open.kind === "sym" && open.gap && DASHES.has(open.text) && !HYPHENS.has(open.text);
  if (!isSym(toks[k], ",") && !dash) return null;
  let i = k + 1;
  if (toks[i]?.lower === "or") i++;
  const hedge = matchHedge(toks, i);
  if (hedge?.kind !== "approx") return null;
  const inner = parseCore(toks, hedge.end);
  // ("$2,000 a month, or roughly 2.9 million won": a currency named by a word is one too.)
  if (
    !inner ||
    inner.num.ordinal ||
    inner.yearLike ||
    (inner.currency === null && inner.currencyWord === undefined) ||
    (inner.currency ?? inner.currencyWord) === currency
  )
    return null;
  // "…, about $2,000 at the current rate,": the rate the conversion was made at belongs to it.
  let end = inner.end;
  const at = [
    "at",
    "the",
    "current",
    "official",
    "market",
    "black-market",
    "prevailing",
    "present",
    "going",
    "today's",
  ];
  let r = end;
  if (toks[r]?.lower === "at") {
    while (toks[r] && toks[r]?.kind !== "sym" && at.includes(toks[r]?.lower ?? "")) r++;
    if (toks[r]?.lower === "exchange") r++;
    if (toks[r]?.lower === "rate" || toks[r]?.lower === "rates") end = r + 1;
  }
  const after = toks[end];
  const closes = after !== undefined && after.kind === "sym" && (dash ? after.text === open.text : after.text === ",");
  if (dash && !closes) return null;
  if (after && !closes && !(after.kind === "sym" && [",", ".", ";", ")"].includes(after.text))) return null;
  // ("…, or roughly 180,000 roubles, a month": a rate after the closing mark is the amount's.)
  const conv = conversionOf(input, toks, i, inner, inner, end);
  // ("…, or roughly ¥300,000, per soldier each month": so is whom it is for, then the rate.)
  // (Not a bare "each" that opens the next phrase: "…, or roughly ¥84 billion, each payment routed through …".)
  if (
    conv &&
    closes &&
    (matchRate(toks, end + 1) || (matchPerHead(toks, end + 1) >= 0 && toks[end + 1]?.lower !== "each"))
  )
    return { ...conv, end: end + 1 };
  return conv;
}

/** "for each North Korean soldier", "for every man": the token after it, or -1. */
function forEachHead(toks: Tok[], k: number): number {
  if (!isWord(toks[k], "for") || !["each", "every", "a", "one"].includes(toks[k + 1]?.lower ?? "")) return -1;
  for (let j = k + 2; j < k + 5; j++) {
    const t = toks[j];
    if (!isWord(t)) return -1;
    if (/^(?:soldiers?|troops?|men|man|servicem[ae]n|recruits?|conscripts?)$/.test(t.lower)) return j + 1;
  }
  return -1;
}

export function matchDurationUnit(toks: Tok[], k: number): { unit: DurationUnit; end: number } | null {
  const n = nextJoinedWord(toks, k);
  if (n < 0) return null;
  const unit = DURATION_WORDS.get(toks[n]?.lower ?? "");
  return unit ? { unit, end: n + 1 } : null;
}

/** Lower-cased noun after token k, skipping "of", "the" and adjectives; undefined at a stop word. */
export function suffixNounAt(toks: Tok[], k: number): string | undefined {
  let words = 0;
  for (let idx = k; idx < toks.length && words < 4; idx++) {
    const t = toks[idx];
    if (!t) return undefined;
    if (t.kind === "sym") {
      if ((HYPHENS.has(t.text) && !t.gap) || t.text === "°") continue;
      // ('sent "tens of thousands" of workers', '"20,000" workers': the figure quoted, then its noun.)
      if (idx === k && /^["”’']$/.test(t.text) && !t.gap) continue;
      return undefined;
    }
    if (t.kind === "num") return undefined;
    words++;
    // "10,900 N. Korean soldiers", "S. Korean officials": the abbreviated country is an adjective.
    const next = toks[idx + 1];
    const after = toks[idx + 2];
    if (
      (t.text === "N" || t.text === "S") &&
      next?.text === "." &&
      after?.kind === "word" &&
      /^Koreans?$/.test(after.text)
    ) {
      idx += 1;
      continue;
    }
    // "3,000 of Kim Jong Un's soldiers", "11,000 of Pyongyang's troops": whose they are, named after "of", is no
    // noun they count when it is North Korea's; the noun after the possessive is.
    if (isWord(toks[idx - 1], "of") || isWord(toks[idx - 2], "of")) {
      let j = idx;
      while (j < idx + 3 && toks[j]?.kind === "word" && /^\p{Lu}[\p{L}-]*$/u.test(toks[j]?.text ?? "")) j++;
      // (North Korea's alone: "600 of South Korea's soldiers", "800 of Japan's troops" are no troops sent.)
      if (
        toks[j]?.kind === "word" &&
        /^(?:Kim|Un|Jong-[Uu]n|Korea|Pyongyang|North|DPRK)['\u2019]s$/.test(toks[j]?.text ?? "") &&
        !/^South$/.test(toks[j - 1]?.text ?? "")
      ) {
        // (And a word that ranks them: "Pyongyang's best soldiers", "Russia's own troops", "Kim's elite units".)
        while (/^(?:own|best|top|elite|finest|most|remaining|first|last)$/.test(toks[j + 1]?.lower ?? "")) j++;
        idx = j;
        words--;
        continue;
      }
    }
    if (NOUN_SKIP.has(t.lower) || NATIONALITY_RE.test(t.text)) continue;
    if (NOUN_STOP.has(t.lower)) return undefined;
    return t.lower.replace(/['\u2019]s?$/, "");
  }
  return undefined;
}

/** Whether a plural common noun follows, which makes "2000" a count rather than a year. */
export function pluralNounFollows(toks: Tok[], k: number): boolean {
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

export interface Draft extends Pick<
  Quantity,
  | "form"
  | "min"
  | "max"
  | "approx"
  | "hedgeText"
  | "currency"
  | "percent"
  | "per"
  | "perHead"
  | "vague"
  | "durationUnit"
  | "every"
  | "alternate"
  | "date"
> {
  startTok: number;
  endTok: number;
  numStartTok: number;
  numEndTok: number;
  isRange: boolean;
  currencyWord?: string | undefined;
  nounFrom: number;
}

export function draft(
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

/** "all but" right before a share: what it names is the rest. */
const ALL_BUT_BEFORE = /\ball\s+but\s+$/i;

export function finish(input: string, toks: Tok[], d: Draft): Quantity | null {
  const s = toks[d.startTok];
  const e = toks[d.endTok - 1];
  const ns = toks[d.numStartTok];
  const ne = toks[d.numEndTok - 1];
  if (!s || !e || !ns || !ne) return null;
  // "the regime takes all but a tenth", "all but 10 percent": the rest of a hundred per cent.
  const allBut =
    d.percent && d.form === "percent" ? ALL_BUT_BEFORE.exec(input.slice(Math.max(0, s.start - 12), s.start)) : null;
  const start = allBut ? s.start - allBut[0].length : s.start;
  const min = allBut ? (d.max === null ? null : 100 - d.max) : d.min;
  const max = allBut ? (d.min === null ? null : 100 - d.min) : d.max;
  let bound: QuantityBound;
  if (min !== null && max !== null && (d.isRange || min !== max)) bound = "range";
  else if (min !== null && max === null) bound = "at-least";
  else if (min === null && max !== null) bound = "at-most";
  else bound = d.approx ? "approx" : "exact";
  const q: Quantity = {
    start,
    end: e.end,
    text: input.slice(start, e.end),
    numberStart: ns.start,
    numberEnd: ne.end,
    form: d.form,
    min,
    max,
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
export function attach(input: string, toks: Tok[], d: Draft): void {
  for (let round = 0; round < 3; round++) {
    const k = d.endTok;
    if (d.alternate === undefined) {
      const alt =
        parseAlternate(input, toks, k) ?? parseAppositeConversion(input, toks, k, d.currency ?? d.currencyWord ?? null);
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

/** Nouns and verbs of talk after which "about" says what the talk concerns ("reports about 12,000 troops"). */
const TALK_BEFORE_ABOUT =
  /^(?:stories|story|reports|report|claims|claim|rumou?rs?|talk|news|speculation|questions?|allegations?|articles?|talk(?:s|ed|ing)|sp(?:oke|eaks?|eaking)|hearing|jok(?:ed|es|ing)|boast(?:ed|s|ing)|brag(?:ged|s|ging)|complain(?:ed|s|ing)|lied|worried|worrying|dream(?:ed|t))$/;
export function matchHedge(toks: Tok[], i: number): { kind: HedgeKind; end: number } | null {
  const t = toks[i];
  if (!t) return null;
  // "c. 11,000", "ca. 300": circa, abbreviated, before a number.
  if (
    (t.lower === "c" || t.lower === "ca" || t.lower === "approx") &&
    t.kind === "word" &&
    isSym(toks[i + 1], ".") &&
    !toks[i + 1]?.gap &&
    // ("ca. PLN 8,200": or before a currency written ahead of its amount.)
    (toks[i + 2]?.kind === "num" || parseCurrencyPrefix(toks, i + 2) !== null) &&
    toks[i + 2]?.gap
  )
    return { kind: "approx", end: i + 2 };
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
    // "adds up to $30m", "sums up to", "amounting up to": a phrasal verb, not a bound; so is a change
    // "revised up to 3,500", "went up to 12,000", "pushed its estimate up to": the new figure itself.
    const prev = toks[i - 1];
    if (
      ok &&
      h.words[0] === "up" &&
      prev?.kind === "word" &&
      /^(?:adds?|added|adding|sums?|summed|comes?|came|amounts?|amounted|totals?|totalled|totaled|revised?|revising|revises|raised?|raising|raises|push(?:ed|es|ing)?|went|gone|goes|going|rose|risen|rising|rises|climb(?:ed|s|ing)?|increased?|increasing|moved?|moving|jump(?:ed|s|ing)?|shot|bumped|ticked)$/.test(
        prev.lower,
      )
    ) {
      continue;
    }
    // ("revised its estimate of North Korean deaths up to 2,000": the same change, its object between.)
    if (
      ok &&
      h.words[0] === "up" &&
      /\b(?:revised?|revising|revises|raised?|raising|raises|push(?:ed|es|ing)?|bumped|ratchet(?:ed|s|ing)?)\s+(?:its|their|his|her|the|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:estimates?|figures?|counts?|tolls?|numbers?|tally|tallies|assessments?|forecasts?|projections?|totals?)\s+(?:(?:of|for)\s+(?:(?!(?:that|after|when|because|since|while)\s)[\p{L}'’-]+\s+){1,5})?$/u.test(
        `${joinLower(toks, Math.max(0, i - 10), i)} `,
      )
    )
      continue;
    // "the stories about 10,000 soldiers", "reports about 12,000 troops", "when they talked about thousands
    // of dollars": "about" after a noun or verb of talk is what the talk concerns, not a hedge on the number
    // ("said about 2,000 were killed" keeps its hedge, and so does a verb that may take a clause: "thought
    // about 3,000 had died", "heard about 200 were captured", "asked about 300 soldiers to volunteer").
    if (
      ok &&
      h.words.length === 1 &&
      h.words[0] === "about" &&
      prev?.kind === "word" &&
      TALK_BEFORE_ABOUT.test(prev.lower)
    )
      continue;
    // "The NIS estimated 3,000 casualties", "officials estimated 11,000": the verb of a subject, not a hedge.
    if (
      ok &&
      h.words.length === 1 &&
      h.words[0] === "estimated" &&
      prev?.kind === "word" &&
      ESTIMATOR.test(prev.text) &&
      !NOT_A_SUBJECT.test(prev.text)
    )
      continue;
    if (ok) return { kind: h.kind, end: i + h.words.length };
  }
  return null;
}

/** Capitalised words that open a noun phrase or a clause rather than end a subject. */
const NOT_A_SUBJECT =
  /^(?:The|A|An|Some|Its|Their|His|Her|This|That|These|Those|Our|My|About|Around|Of|At|To|By|With|From|And|Or|In|On|For|But|While|Only|Just|Nearly|Almost|Roughly|Approximately)$/;
/** A word that ends a subject: a name, an abbreviation, a pronoun or a noun of people or bodies. */
const ESTIMATOR =
  /^(?:\p{Lu}[\p{L}’'.-]*|it|they|he|she|we|I|officials|analysts|experts|sources|researchers|agency|service|ministry|intelligence|military|government|staff|command|report|study|office|bureau|institute|team|directorate|department|council|committee|commission)$/u;

export function tryVague(toks: Tok[], j: number): Draft | null {
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
    // "put the number of dead in the hundreds", "in the low thousands": below the next order of magnitude.
    const lead = toks[j - 1];
    const inThe = isWord(lead, "the")
      ? toks[j - 2]
      : isWord(lead, "low") || isWord(lead, "high")
        ? toks[j - 3]
        : undefined;
    const the = isWord(lead, "the") ? lead : toks[j - 2];
    if ((w === "hundreds" || w === "thousands") && isWord(inThe, "in") && isWord(the, "the") && min !== null)
      // (Thousands lose one at the end, as "several thousand" does.)
      max = w === "hundreds" ? 999 : 10000;
  } else if (w === "a" && isWord(of, "couple") && of.gap && isWord(sc, "of") && sc.gap) {
    // "a couple of thousand dollars": about two of the scale, approximate, not a vague amount.
    const st = toks[j + 3];
    const scale = isWord(st) && st.gap ? VAGUE_SCALE_SINGULAR.get(st.lower) : undefined;
    if (scale === undefined) return null;
    const d = draft(j, j + 4, j, j + 4, "amount", 2 * scale, 2 * scale);
    d.approx = true;
    const c = toks[j + 4]?.gap ? matchPostCurrency(toks, j + 4) : null;
    if (c) {
      d.currency = c.currency;
      d.currencyWord = c.word;
      d.endTok = c.end;
    }
    return d;
  } else if (w === "several" || (w === "a" && isWord(of, "few") && of.gap)) {
    const s = w === "a" ? j + 2 : j + 1;
    const st = toks[s];
    const scale = isWord(st) && st.gap ? VAGUE_SCALE_SINGULAR.get(st.lower) : undefined;
    if (scale === undefined) return null;
    // "several hundred million", "a few hundred thousand": a larger scale multiplies the first.
    const nt = toks[s + 1];
    const next = isWord(nt) && nt.gap ? VAGUE_SCALE_SINGULAR.get(nt.lower) : undefined;
    const times = next !== undefined && next > scale ? next : 1;
    // "several hundred" is less than a thousand: the next order of magnitude bounds it.
    min = 2 * scale * times;
    max = 10 * scale * times;
    end = times === 1 ? s + 1 : s + 2;
  } else {
    return null;
  }
  const d = draft(j, end, j, end, "amount", min, max);
  d.vague = true;
  d.isRange = max !== null;
  // "hundreds of millions of dollars", "several million dollars": the currency after the amount.
  const ofWord = isWord(toks[end], "of") && toks[end]?.gap;
  const c = ofWord ? matchPostCurrency(toks, end + 1) : toks[end]?.gap ? matchPostCurrency(toks, end) : null;
  if (c) {
    d.currency = c.currency;
    d.currencyWord = c.word;
    d.endTok = c.end;
  } else if (max !== null && w !== "tens" && w !== "hundreds") {
    // "several hundred" people are fewer than a thousand: 200–999 (a sum keeps its round bound).
    d.max = max - 1;
  }
  return d;
}

/** Verbs of change before "by": "rose by 1,000 to 4,700" is a change, then a level. */
const CHANGE_VERBS_BEFORE_BY = new Set(
  "rose risen rise rises rising grew grown grow grows growing increased increase increases increasing climbed climb climbs climbing jumped jump jumps swelled expanded fell fallen fall falls falling dropped drop drops declined decline declines declining decreased decrease decreases shrank shrunk".split(
    " ",
  ),
);

/** "every two to three months": a recurring interval. */
export function tryEvery(toks: Tok[], i: number): Draft | null {
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

export function hedgeTextOf(input: string, toks: Tok[], i: number, end: number): string | null {
  const s = toks[i];
  const e = toks[end - 1];
  return s && e ? input.slice(s.start, e.end) : null;
}

export function tryGeneral(input: string, toks: Tok[], i: number): Draft | null {
  const matched = matchHedge(toks, i);
  // ("the top 2,000 officers": after a determiner, "top" ranks, it passes no number.)
  const h =
    matched &&
    /^top$/i.test(toks[i]?.text ?? "") &&
    /\b(?:the|a|an|its|their|his|her|our|my|your)\s*$/i.test(
      input.slice(Math.max(0, (toks[i]?.start ?? 0) - 8), toks[i]?.start ?? 0),
    )
      ? null
      : matched;
  const opensRange = h?.kind === "between" || h?.kind === "from";
  // ("Between roughly 10,000 and …", "from about 10,000 to …": a hedge on the first end.)
  const firstHedge = opensRange && h ? innerRangeHedge(toks, h.end) : null;
  const j = firstHedge ? firstHedge.end : h ? h.end : i;
  const hedgeText = h ? hedgeTextOf(input, toks, i, h.end) : null;

  if (!h || (h.kind !== "between" && h.kind !== "from")) {
    const v = tryVague(toks, j);
    if (v) {
      if (h) {
        v.startTok = i;
        v.hedgeText = hedgeText;
        // ("would never send more than a few thousand men": a floor denied is a ceiling, as for a number.)
        const denied =
          h.kind === "at-least" &&
          NEVER_MORE_BEFORE.test(input.slice(Math.max(0, (toks[i]?.start ?? 0) - 60), toks[i]?.start ?? 0));
        if (h.kind === "approx") v.approx = true;
        else if (h.kind === "at-least" && !denied) v.max = null;
        else if (h.kind === "at-most" || denied) {
          // "at most a few hundred thousand": below the amount's order of magnitude, not above its low end.
          if (v.max === null && v.min !== null) v.max = magnitudeCeiling(v.min);
          v.min = null;
        }
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

  // "rose by 1,000 to 4,700": a change and the level it reached, two figures, not a range.
  const change = !h && isWord(toks[i - 1], "by") && CHANGE_VERBS_BEFORE_BY.has(toks[i - 2]?.lower ?? "");
  const range = change ? null : parseRangeTail(toks, a, h?.kind === "between", h?.kind === "from", opensRange);
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

  if (h?.kind === "approx" || firstHedge?.approx === true || range?.innerApprox === true) d.approx = true;

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

  // "Nobody in my unit ever saw more than $100", "we never got more than $50", "has not lost more than 500":
  // a ceiling, not a floor.
  // ("The death toll does not exceed 2,000", "It is unlikely that the toll exceeds 2,000": a verb of
  // passing a number, denied, sets a ceiling too.)
  const before = input.slice(Math.max(0, (toks[i]?.start ?? 0) - 100), toks[i]?.start ?? 0);
  const comparative = COMPARATIVE.test(hedgeText ?? "");
  const denied =
    h?.kind === "at-least" &&
    (NEVER_MORE_BEFORE.test(before.slice(-60)) ||
      (PASSING_VERB.test(hedgeText ?? "") && (NOT_BEFORE_VERB.test(before) || UNLIKELY_THAT.test(before))) ||
      SURPRISED_IF.test(before) ||
      (comparative && (NO_BEFORE.test(before) || NOT_MOVED_BEFORE.test(before) || NOT_BE_BEFORE.test(before))));
  // "no lower than 500", "not below 500": a comparison denied the other way is a floor.
  // ("never sent fewer than 10,000", "has never paid less than $1,500": the same, after a negated verb.)
  const deniedFloor =
    h?.kind === "at-most" &&
    comparative &&
    (NO_BEFORE.test(before) ||
      NEVER_MORE_BEFORE.test(before.slice(-60)) ||
      NOT_BE_BEFORE.test(before) ||
      // ("I would be surprised if fewer than 1,500 had been killed": at least 1,500.)
      SURPRISED_IF.test(before));
  applyHedge(d, denied ? "at-most" : deniedFloor ? "at-least" : h?.kind);
  // The figure's words take the denial in: "no higher than 1,000", not "higher than 1,000".
  const no = toks[i - 1];
  if (h && comparative && (no?.lower === "no" || no?.lower === "not")) {
    d.startTok = i - 1;
    d.hedgeText = hedgeTextOf(input, toks, i - 1, h.end);
  }
  // "2,000+" is open above whatever the hedge says.
  if (first.plus && !d.isRange && h?.kind !== "at-most") d.max = null;
  attach(input, toks, d);
  return d;
}

/** A hedge that compares: "higher than", "above", "over", "in excess of", "lower than", "below", "under". */
const COMPARATIVE = new RegExp(String.raw`^(?:${COMPARISON_WORDS})$`, "i");
/** A comparison denied right before it: "no higher than 1,000", "was not above 1,000", "not in excess of". */
const NO_BEFORE = /(?:\bno|\bnot|n['’]t)\s+$/i;
/**
 * A rise, a figure or a sending denied before it: "had not gone above 1,000", "would not put the toll above
 * 1,000", "will not send more than 10,000", "is unlikely to send more than 10,000".
 */
const NOT_MOVED_BEFORE =
  /(?:\bnot|n['’]t|\bnever|\bunlikely\s+to)\s+(?:(?:have|has|had|be|been|ever|yet)\s+)*(?:gone|go|goes|went|risen|rise|rises|rose|climbed|climbs?|put|puts|placed|places?|expects?|expected|anticipated?|foresees?|foresaw)\b[^.;,:]{0,60}$|(?:\bnot|n['’]t|\bnever|\bunlikely\s+to)\s+(?:(?:have|has|had|be|been|ever|yet)\s+)*(?:send|sends|sent|deploy|deploys|deployed|dispatch|dispatched)\s+(?:(?!(?:since|until|while|when|because|as|after|before|if|unless|though|although|but|yet|and|or|so)\b)[\w-]+\s+){0,4}$/i;
/**
 * A verb "to be" denied or doubted before a comparison: "is unlikely to be below 800", "cannot be above 1,500",
 * "is probably not over 2,000"; and the second of two comparisons under one denial ("unlikely to be below 800 or
 * above 1,500").
 */
const NOT_BE_BEFORE = new RegExp(
  String.raw`(?:\bnot|n['’]t|\bnever|(?<!\bnot\s)\bunlikely|\bcannot)\s+(?:(?:likely|probably|possibly|ever|even|believed|thought|expected|considered|estimated|to|have\s+been)\s+)*(?:be|been)\s+(?:(?:${COMPARISON_WORDS})\s+(?:about\s+|around\s+)?[$€£₩₽]?\d[\d,.]*(?:\s+(?:thousand|million))?\s+or\s+)?$`,
  "i",
);
/** A hedge that is a verb of passing a number: "exceeds", "topped", "surpassed", "passed", "crossed". */
const PASSING_VERB = /^(?:exceed|surpass|top|pass|cross)\w*$/i;
/** A negation right before such a verb: "does not exceed", "has never topped", "is unlikely to pass". */
const NOT_BEFORE_VERB =
  /(?:\bnot|n['’]t|\bnever|\bunlikely\s+to|\bno\s+longer)\s+(?:(?:have|has|had|yet|likely|probably|ever|even|be\s+able\s+to)\s+)*$/i;
/**
 * A doubt that governs the clause the verb is in: "It is unlikely that the toll exceeds", "None of the sources thinks
 * the total exceeds", "No one believes the toll has passed".
 */
const UNLIKELY_THAT =
  /\b(?:unlikely|doubtful|impossible|implausible|hard to believe)\s+that\s+[^.;,:]{0,80}$|\b(?:no\s+one|nobody|none\s+of\s+(?:the|them|these|those)(?:\s+[\w-]+)?|no\s+(?:source|analyst|expert|official|government|estimate)s?)\s+(?:(?:seriously|really|now|yet)\s+)?(?:thinks?|believes?|expects?|says?|suggests?|claims?|estimates?)\s+(?:that\s+)?[^.;,:]{0,60}$/i;
/** "He would be surprised if more than 5,000 …": what would surprise the speaker is more than they think. */
const SURPRISED_IF = /\b(?:would|'d|’d)\s+be\s+(?:very\s+|quite\s+|really\s+|most\s+)?surprised\s+if\s+[^.;,:]{0,60}$/i;

/** Who never received more than a sum, before "more than": "nobody … ever saw", "we never got", "did not earn". */
const NEVER_MORE_BEFORE =
  /\b(?:cannot|can['’]t|could\s+not|couldn['’]t|(?:is|are|was|were)\s+unable\s+to)\s+(?:afford\s+to\s+)?(?:spare|send|deploy|field|sustain|afford|lose)\s+$|(?:\bnever|\bnobody(?:\s+[\w’']+){0,4}|\bno\s+one(?:\s+[\w’']+){0,4}|\bno\s+(?:unit|army|side|battalion|brigade|company|regiment)(?:\s+[\w’']+){0,3}|\bdid\s+not|\bdidn['’]t|\bdoes\s+not|\bdoesn['’]t|\bdo\s+not|\bdon['’]t|\b(?:has|have|had)\s+not|\bhasn['’]t|\bhaven['’]t|\bhadn['’]t)\s+(?:ever\s+|yet\s+)?(?:see|saw|seen|get|got|gotten|receive|received|earn|earned|make|made|take|took|had|have|sent|send|deployed|deploy|dispatched|dispatch|lost|lose|suffered|suffer|paid|pay)\s+$/i;

export function applyHedge(d: Draft, kind: HedgeKind | undefined): void {
  if (d.isRange) return;
  if (kind === "at-least") d.max = null;
  else if (kind === "at-most") d.min = null;
}

/**
 * The next power of ten above a vague amount's low end: "a few hundred thousand" (from 200,000) is
 * under 1,000,000, "a few hundred" under 1,000.
 *
 * @param min The amount's low end.
 * @returns The power of ten above it.
 */
export function magnitudeCeiling(min: number): number {
  return 10 ** (Math.floor(Math.log10(Math.max(1, min))) + 1);
}
