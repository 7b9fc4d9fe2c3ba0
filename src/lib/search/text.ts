/**
 * Word handling shared by the search index and the search engine: folding, word splitting,
 * a light stemmer, stop words, and the words of place and nationality that never identify
 * anyone on their own.
 */
import { numberSlug } from "../schema/claim-id.ts";
import { PLACE_WORDS } from "../schema/vocabulary.ts";

/** Words dropped from queries and from the word index. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the of and or nor in on at to for by with from per is are was were be been being it its this that these " +
    "those as than then so but if not no do does did has have had will would can could should about into onto " +
    "what which who whom whose how many much when where why all any some each every there here their they them " +
    "he she his her we our you your i me my said says say s"
  ).split(" "),
);

/**
 * Words that never identify an entity on their own: places, nationalities and generic titles.
 * A name match made only of these does not count.
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_WORDS,
  ..."president official officials office former reports report media people the of and de".split(" "),
]);

/**
 * Folds a word for matching: compatibility form, accents dropped, lower case, curly apostrophes straightened.
 *
 * @param s Text as written.
 * @returns The folded text.
 */
export function fold(s: string): string {
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
}

/** One word of a text with where it stands. */
export interface WordSpan {
  /** Folded word without possessive or inner dots ("korea's" → "korea", "u.s." → "us"). */
  readonly word: string;
  /** Offset of the word in the text. */
  readonly start: number;
  /** Offset just past the word. */
  readonly end: number;
}

/** A word: letters and digits, with inner apostrophes and dots ("Korea's", "U.S"). Global: use with matchAll. */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/**
 * Splits a text into words with their offsets; hyphens, slashes and spaces separate words.
 *
 * @param text Any text.
 * @returns The words in order.
 */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = cleanWord(m[0]);
    if (word !== "") out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Folds one word and drops a possessive and inner dots and apostrophes.
 *
 * @param raw A word as written.
 * @returns The folded word.
 */
export function cleanWord(raw: string): string {
  return fold(raw).replace(/'s$/, "").replace(/['.]/g, "");
}

/**
 * Splits a name into its folded words, adding the joined form of each hyphenated group, so that
 * "Lee Woong-gil" gives lee, woong, gil and woonggil.
 *
 * @param name A name as written.
 * @returns Distinct words, stop words left out.
 */
export function nameTokens(name: string): string[] {
  const out = new Set<string>();
  for (const chunk of fold(name).split(/[\s/,;:()]+/)) {
    const parts = wordSpans(chunk).map((w) => w.word);
    if (parts.length > 1) out.add(parts.join(""));
    for (const p of parts) if (!STOP_WORDS.has(p)) out.add(p);
  }
  return [...out].filter((w) => w !== "");
}

/**
 * A light English stemmer: drops a plural or verb ending and then a final "e" or "y", so that
 * "casualties" and "casualty" meet ("casualt"), as do "killed" and "kill", "services" and "service".
 *
 * @param word A folded word.
 * @returns Its stem (at least three letters are kept).
 */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  let w = word;
  const cut = (n: number): boolean => {
    if (w.length - n < 3) return false;
    w = w.slice(0, -n);
    return true;
  };
  if (w.endsWith("ies")) cut(3);
  else if (w.endsWith("es")) cut(2);
  else if (w.endsWith("s") && !w.endsWith("ss")) cut(1);
  else if (w.endsWith("ing")) cut(3);
  else if (w.endsWith("ed")) cut(2);
  if (w.endsWith("e") || w.endsWith("y")) cut(1);
  return w;
}

/**
 * Binary search: the first index of a sorted string array whose entry is not less than `key`.
 *
 * @param sorted Array sorted by code units.
 * @param key The key.
 * @returns Index in 0..length.
 */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ID_HEDGE_RE =
  /^(?:(?:about|around|approximately|approx\.?|nearly|almost|roughly|some|an estimated|estimated|close to|at least|over|more than|well over|just over|upwards of|in excess of|up to|less than|fewer than|under|just under|as many as|as much as|at most|no more than|between|from|every|early|mid|late)\s+)+/i;
const ID_TAIL_RE =
  /(?:\s+(?:a|per|each|every)\s+(?:day|week|month|year|person|soldier|head|troop|man|worker|recruit)|\s+(?:daily|weekly|monthly|yearly|annually)|\s*\/\s*(?:day|week|wk|month|mo|year|yr))+$/i;
const ID_CURRENCY_RE =
  /\s+(?:of\s+)?(?:(?:north|south)\s+korean\s+won|u\.?s\.?\s+dollars?|american\s+dollars|dollars?|pounds?(?:\s+sterling)?|sterling|euros?|won|roubles?|rubles?|days?|weeks?|months?|years?|hours?)$/i;

/**
 * The middle of a claim id as the extractor spells it from the figure's number words
 * (`<article>-<part>-n<offset>`): hedges, currency signs and words, rates and bracketed
 * conversions dropped, then lower-cased and hyphenated ("about $2,000 per month" → "2000",
 * "$20m (£15.5m) per month" → "20m", "up to 95 per cent" → "95-per-cent").
 *
 * @param figure The figure's words as written.
 * @returns The expected id part; the index stores the real part only when it differs.
 */
export function idPart(figure: string): string {
  let s = figure.replace(/\s*\([^)]*\)/g, "").trim();
  s = s.replace(ID_HEDGE_RE, "");
  for (let k = 0; k < 3; k++) s = s.replace(ID_TAIL_RE, "").replace(ID_CURRENCY_RE, "");
  s = s.replace(/[$£€₽₩¥]/g, "");
  return numberSlug(s);
}
