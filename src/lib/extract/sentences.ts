/**
 * Sentence splitting for one block of an article body.
 *
 * A single left-to-right pass over the block's characters. Candidate ends are
 * `.`, `!` and `?` (plus any closing quotes or brackets right after them); a
 * candidate only counts when the next visible character could begin a
 * sentence and the period does not belong to an abbreviation, an initial, a
 * date or a number. Offsets always point into the full body so the caller can
 * quote the source exactly.
 */
import { CURRENCY_CODES } from "../schema/vocabulary.ts";
import { FOREIGN_CURRENCY_CODES } from "./quantities/vocabulary.ts";

/** One sentence of a block, with offsets into the full body. */
export interface Sentence {
  /** Position of the sentence in the sequence the caller asked for (see `splitSentences`). */
  index: number;
  /** Index of the block the sentence was taken from. */
  blockIndex: number;
  /** Body offset of the first character (never whitespace). */
  start: number;
  /** Body offset just after the last character (never whitespace). */
  end: number;
  /** `body.slice(start, end)`. */
  text: string;
  /** The sentence begins inside a quotation opened in an earlier sentence of the same block. */
  openQuoteAtStart: boolean;
  /** A quotation is still open when the sentence ends. */
  openQuoteAtEnd: boolean;
  /** The sentence contains an opening quote mark. */
  opensQuote: boolean;
}

/** The part of a block the splitter needs. */
export interface BlockSpan {
  index: number;
  start: number;
  end: number;
}

/** Titles and name parts that are never the last word of a sentence when a capital follows. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "messrs",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "cpl",
  "pvt",
  "adm",
  "cmdr",
  "brig",
  "rep",
  "reps",
  "sen",
  "sens",
  "gov",
  "pres",
  "amb",
  "rev",
  "hon",
  "st",
  "mt",
  "ft",
  "jr",
  "sr",
  "vs",
  "cf",
]);

/** Abbreviations that are only abbreviations in front of a number ("No. 3", "Nov. 25", "p. 12"). */
const NUMERIC_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // "c. 11,000", "ca. 300": circa.
  "c",
  "ca",
  // "approx. 4,000".
  "approx",
  "no",
  "nos",
  "nr",
  "vol",
  "pp",
  "p",
  "art",
  "sec",
  "ch",
  "fig",
  "ed",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Abbreviations of "circa", which also stand before a currency written ahead of its amount. */
const CIRCA: ReadonlySet<string> = new Set(["c", "ca", "approx"]);
/** A currency's code or sign, then its amount: "PLN 8,200", "US$ 2,000", "€1,900" (not "KPA 11th Corps"). */
const AMOUNT_AHEAD = new RegExp(
  String.raw`^(?:(?:${[...CURRENCY_CODES, ...FOREIGN_CURRENCY_CODES].join("|")})\s?|[A-Z]{1,3}\$|[$€£₩₽¥])\s?\d`,
);

/** Lower-case dotted abbreviations that always continue the sentence. */
const ALWAYS_CONTINUE: ReadonlySet<string> = new Set(["e.g", "i.e", "viz", "a.k.a"]);

/**
 * Words that usually begin a new sentence. After an ambiguous period (an
 * initialism such as "U.S." or a single initial) a capitalised word from this
 * list means the sentence ended there; any other capitalised word is taken to
 * be part of a name ("U.S. Army", "Bruce W. Bennett").
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "this",
  "that",
  "these",
  "those",
  "there",
  "here",
  "but",
  "and",
  "so",
  "yet",
  "or",
  "nor",
  "however",
  "meanwhile",
  "still",
  "also",
  "moreover",
  "instead",
  "in",
  "on",
  "at",
  "for",
  "after",
  "before",
  "when",
  "while",
  "as",
  "if",
  "although",
  "though",
  "since",
  "despite",
  "according",
  "some",
  "many",
  "most",
  "all",
  "both",
  "each",
  "no",
  "not",
  "what",
  "why",
  "how",
  "who",
  "where",
  "which",
  "one",
  "last",
  "earlier",
  "later",
  "then",
  "now",
  "today",
  "yesterday",
  "officials",
  "experts",
  "analysts",
]);

const CH_SPACE = /\s/;
const CH_TERMINAL = /[.!?]/;
/** Closing quotes and brackets that stay with the sentence they follow. */
const CH_CLOSER = /[”"’')\]»]/;
/** What may open a sentence after whitespace: a capital, a digit, an opening quote, a currency sign. */
const CH_SENTENCE_OPENER = /[\p{Lu}\p{N}“‘"'«$£€¥₩(]/u;
const CH_OPEN_QUOTE = /[“‘"'«]/;
const CH_UPPER = /\p{Lu}/u;
const CH_LOWER = /\p{Ll}/u;
const CH_DIGIT = /\p{N}/u;
/** Characters stripped from the front of the word before a period ("(Mr." -> "Mr"). */
const TOKEN_LEAD = /^[“‘"'«([]+/;
/** "U.S", "e.g", "a.m": letters separated by periods. */
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** A plain word ending in two lower-case letters: the only kind trusted before a glued sentence. */
const PLAIN_WORD = /^[\p{L}'’-]*\p{Ll}{2}$/u;
const LEADING_WORD = /^[\p{L}']+/u;

/** How the straight double quote at `i` behaves, judged by its neighbours. */
function straightQuoteOpens(text: string, i: number, lo: number, hi: number, open: boolean): boolean {
  const before = i > lo ? text.charAt(i - 1) : " ";
  const after = i + 1 < hi ? text.charAt(i + 1) : " ";
  const spaceBefore = CH_SPACE.test(before) || before === "(" || before === "[" || before === "—";
  const spaceAfter = CH_SPACE.test(after) || after === "," || after === "." || after === ";";
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return !open;
}

/** Longer runs without whitespace are no word (URLs, data), and the cap keeps the scan linear. */
const MAX_TOKEN = 64;

/**
 * The word in front of the period at `dot` (without the period and leading quotes
 * or brackets); a NUL character when the run is too long to be a word.
 */
function tokenBefore(text: string, dot: number, lo: number): string {
  let j = dot;
  const floor = Math.max(lo, dot - MAX_TOKEN);
  while (j > floor && !CH_SPACE.test(text.charAt(j - 1))) j--;
  if (j === floor && j > lo && !CH_SPACE.test(text.charAt(j - 1))) return "\u0000";
  return text.slice(j, dot).replace(TOKEN_LEAD, "");
}

/** Whether the capitalised word starting at `at` is a usual sentence opener. */
function startsWithStarter(text: string, at: number, hi: number): boolean {
  const m = LEADING_WORD.exec(text.slice(at, Math.min(hi, at + 24)));
  return m !== null && SENTENCE_STARTERS.has(m[0].toLowerCase());
}

/**
 * Whether a single period after `token` ends the sentence, given that the next
 * visible character (at `next`) could open one.
 */
function periodEndsSentence(token: string, text: string, next: number, hi: number): boolean {
  const lower = token.toLowerCase();
  const nextChar = text.charAt(next);
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (NUMERIC_ABBREVIATIONS.has(lower) && CH_DIGIT.test(nextChar)) return false;
  // ("about 2 thousand dollars (ca. PLN 8,200) per soldier": circa before a currency and its amount.)
  if (CIRCA.has(lower) && AMOUNT_AHEAD.test(text.slice(next, next + 12))) return false;
  if (ALWAYS_CONTINUE.has(lower)) return false;
  if (DOTTED_INITIALISM.test(token) || SINGLE_CAPITAL.test(token)) {
    // "U.S. officials" cannot reach here (lower case never opens); "U.S. Army" is a name,
    // "U.S. The" a new sentence, "U.S. “We" a new quotation; "U.S. 7th Fleet" goes on.
    if (CH_UPPER.test(nextChar)) return startsWithStarter(text, next, hi);
    return CH_OPEN_QUOTE.test(nextChar);
  }
  return true;
}

/**
 * Split one block of `body` into sentences.
 *
 * @param body The full article body.
 * @param block The block to split: its index and its `[start, end)` span in `body`.
 * @param firstIndex Index given to the first sentence (0 by default), so a caller
 *   can number sentences across blocks.
 * @returns The block's sentences in order, trimmed, with body offsets and quote state.
 */
export function splitSentences(body: string, block: BlockSpan, firstIndex = 0): Sentence[] {
  const out: Sentence[] = [];
  const lo = Math.max(0, block.start);
  const hi = Math.min(body.length, block.end);
  let open = false;
  let sentStart = -1;
  let openAtStart = false;
  let opens = false;

  const push = (end: number): void => {
    let e = end;
    while (e > sentStart && CH_SPACE.test(body.charAt(e - 1))) e--;
    if (e > sentStart) {
      out.push({
        index: firstIndex + out.length,
        blockIndex: block.index,
        start: sentStart,
        end: e,
        text: body.slice(sentStart, e),
        openQuoteAtStart: openAtStart,
        openQuoteAtEnd: open,
        opensQuote: opens,
      });
    }
    sentStart = -1;
  };

  /** Update the quote state for the quote mark (if any) at `i`; `closing` forces a straight quote shut. */
  const track = (c: string, i: number, closing: boolean): void => {
    if (c === "“") {
      open = true;
      opens = true;
    } else if (c === "”") {
      open = false;
    } else if (c === '"') {
      const isOpening = closing ? false : straightQuoteOpens(body, i, lo, hi, open);
      open = isOpening;
      if (isOpening) opens = true;
    }
  };

  for (let i = lo; i < hi; i++) {
    const c = body.charAt(i);
    if (sentStart < 0) {
      if (CH_SPACE.test(c)) continue;
      sentStart = i;
      openAtStart = open;
      opens = false;
    }
    if (!CH_TERMINAL.test(c)) {
      track(c, i, false);
      continue;
    }

    // A run of terminal marks ("?!", "...") and the closers after it.
    let j = i;
    while (j + 1 < hi && CH_TERMINAL.test(body.charAt(j + 1))) j++;
    const run = body.slice(i, j + 1);
    let k = j + 1;
    while (k < hi && CH_CLOSER.test(body.charAt(k))) {
      track(body.charAt(k), k, true);
      k++;
    }
    i = k - 1;

    let next = k;
    while (next < hi && CH_SPACE.test(body.charAt(next))) next++;
    if (next >= hi) {
      push(k);
      continue;
    }
    // An ellipsis ("..." or a period right before "…") trails off inside the sentence.
    if (run.indexOf("..") >= 0 || body.charAt(k) === "…") continue;

    const nextChar = body.charAt(next);
    if (next > k) {
      if (!CH_SENTENCE_OPENER.test(nextChar)) continue;
      if (run === "." && !periodEndsSentence(tokenBefore(body, i, lo), body, next, hi)) continue;
      push(k);
    } else if (run === "." && CH_UPPER.test(nextChar) && next + 1 < hi && CH_LOWER.test(body.charAt(next + 1))) {
      // Two sentences glued without a space ("...the border.The ministry..."): only trusted
      // after an ordinary word, never after an abbreviation, initialism or part of a web address.
      const token = tokenBefore(body, i, lo);
      const lower = token.toLowerCase();
      if (
        PLAIN_WORD.test(token) &&
        !TITLE_ABBREVIATIONS.has(lower) &&
        !NUMERIC_ABBREVIATIONS.has(lower) &&
        !ALWAYS_CONTINUE.has(lower)
      ) {
        push(k);
      }
    }
  }
  if (sentStart >= 0) push(hi);
  return out;
}
