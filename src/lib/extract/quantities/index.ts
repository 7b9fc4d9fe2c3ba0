/**
 * A hand-made grammar for the figures written in news prose: amounts with
 * currencies, hedges and rates, percentages, ranges, vague plurals
 * ("thousands"), and the years, dates, clock times, ordinals and durations
 * that must be recognised so that they are never mistaken for amounts.
 *
 * The text is tokenized once with a single precompiled regex; the parser then
 * walks the tokens left to right with bounded look-ahead, so the cost is
 * linear in the length of the text. Its layers, lowest first: types, tokens,
 * vocabulary, numerals, figures, calendar; this module only runs them.
 */
import { type Quantity } from "./types.ts";
import { type Tok, tokenize } from "./tokens.ts";
import { START_WORDS } from "./vocabulary.ts";
import { type Draft, finish, tryEvery, tryGeneral } from "./figures.ts";
import { tryClock, tryDate, tryDecade } from "./calendar.ts";

export type {
  Currency,
  DurationUnit,
  Period,
  Quantity,
  QuantityAlternate,
  QuantityBound,
  QuantityDate,
  QuantityForm,
} from "./types.ts";
export { parseNumber } from "./numerals.ts";

export function tryAt(input: string, toks: Tok[], i: number): Draft | null {
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
