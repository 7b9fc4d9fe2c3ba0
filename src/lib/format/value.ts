/**
 * Writes normalized values back as words a reader expects: "$2,000 a month", "at least 12,000 people",
 * "90–95%", "about 600 people". Shared by the comparison's explanations, the pages and search.
 */
import type { Unit, Value } from "../schema/claim.ts";
import { CURRENCIES } from "../schema/vocabulary.ts";
import { REJECTING_CEILINGS } from "../extract/quantities/vocabulary.ts";

// Roubles have a sign of their own, but readers expect the word after the amount.
const CURRENCY_SIGN: Partial<Record<Unit, string>> = Object.fromEntries(
  CURRENCIES.flatMap((c) => (c.sign && c.amountWord === null ? [[c.code, c.sign]] : [])),
);
const CURRENCY_WORD: Partial<Record<Unit, string>> = Object.fromEntries(
  CURRENCIES.flatMap((c) => (c.amountWord ? [[c.code, c.amountWord]] : [])),
);

/** Numbers already formatted, up to {@link NUMBERS_KEPT}: formatting is slow and values repeat. */
const NUMBERS = new Map<number, string>();
const NUMBERS_KEPT = 100_000;

/**
 * Formats a number with thousands separators, and millions/billions in words.
 *
 * @param n The number.
 * @returns Text such as "2,000", "22 million", "1.2 million".
 */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9 && abs % 1e7 === 0) return `${trim(n / 1e9)} billion`;
  if (abs >= 1e6 && abs % 1e4 === 0) return `${trim(n / 1e6)} million`;
  // A map holds 0 and -0 as one key; they format apart.
  if (n === 0) return NUMBER.format(n);
  let text = NUMBERS.get(n);
  if (text === undefined) {
    text = NUMBER.format(n);
    // Bounded: a corpus repeats a few thousand values; past the bound, numbers are formatted each time.
    if (NUMBERS.size < NUMBERS_KEPT) NUMBERS.set(n, text);
  }
  return text;
}

/** One formatter for every number: creating Intl formatters is slow. */
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * Drops trailing zeros of a decimal.
 *
 * @param n Number.
 * @returns Text.
 */
function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * One amount with its unit.
 *
 * @param n The amount.
 * @param unit Its unit.
 * @returns Text such as "$2,000", "95%", "12,000 people", "50 North Korean won".
 */
export function formatAmount(n: number, unit: Unit): string {
  const num = formatNumber(n);
  const sign = CURRENCY_SIGN[unit];
  if (sign) return `${sign}${num}`;
  const word = CURRENCY_WORD[unit];
  if (word) return `${num} ${word}`;
  switch (unit) {
    case "percent":
      return `${num}%`;
    case "people":
      return `${num} ${n === 1 ? "person" : "people"}`;
    case "year":
      return String(n);
    case "month":
      return `${num} ${n === 1 ? "month" : "months"}`;
    case "years-of-age":
      return `age ${num}`;
    default:
      return num;
  }
}

/**
 * A whole value: bounds, hedge and period.
 *
 * @param v The value.
 * @returns Text such as "about $2,000 a month", "at least 12,000 people", "90%–95%", "up to 95%".
 */
export function formatValue(v: Pick<Value, "min" | "max" | "unit" | "per" | "approx">): string {
  const per = v.per ? ` a ${v.per}` : "";
  const hedge = v.approx ? "about " : "";
  if (v.min !== null && v.max !== null) {
    if (v.min === v.max) return `${hedge}${formatAmount(v.min, v.unit)}${per}`;
    if (v.unit === "year") return `${v.min}–${v.max}`;
    return `${hedge}${formatAmount(v.min, v.unit)}–${formatAmount(v.max, v.unit)}${per}`;
  }
  if (v.min !== null) return `at least ${formatAmount(v.min, v.unit)}${per}`;
  if (v.max !== null) return `up to ${formatAmount(v.max, v.unit)}${per}`;
  return "no value";
}

/** A ceiling written to reject a figure as far too high: "nowhere near 40,000", "far short of 40,000". */
const REJECTING_CEILING = new RegExp(
  String.raw`^(?:${REJECTING_CEILINGS.join("|").replace(/ /g, "\\s+")}|far\s+(?:short\s+of|below|fewer\s+than|less\s+than))\b`,
  "i",
);

/**
 * Whether a figure is a ceiling written to reject the figure it names as far too high ("nowhere near
 * 40,000"): it says the count is well below that figure, not that it may reach it.
 *
 * @param c The claim's figure as written and its value.
 * @returns True for such a ceiling.
 */
export function rejectsAsTooHigh(c: { readonly figure: string; readonly value: Pick<Value, "min" | "max"> }): boolean {
  return ceilingWritten(c, REJECTING_CEILING);
}

/**
 * Whether a figure is a ceiling (no lower bound) whose words, as written, match a pattern.
 *
 * @param c The claim's figure as written and its value.
 * @param words The pattern of its words.
 * @returns True for such a ceiling.
 */
function ceilingWritten(
  c: { readonly figure: string; readonly value: Pick<Value, "min" | "max"> },
  words: RegExp,
): boolean {
  return c.value.min === null && c.value.max !== null && words.test(c.figure);
}

/**
 * Words that say on their own that the count is well below the figure ("nowhere near 40,000", "far short of
 * 40,000"); "anything like 40,000" says so only with the negation around it, which the figure does not hold.
 */
const FAR_BELOW =
  /^(?:nowhere\s+(?:near|close\s+to)|not\s+even\s+close\s+to|(?:far|well)\s+(?:short\s+of|below|under|fewer\s+than|less\s+than))\b/i;

/** Words that put the count above its figure, the figure itself left out: "more than 1,000", "over 1,000". */
const ABOVE_WRITTEN =
  /^(?:(?:well|far|much|slightly|just|a\s+little)\s+)?(?:more\s+than|over|above|in\s+excess\s+of|exceeding|upwards\s+of)\b/i;
/**
 * Words that put the count below its figure, the figure itself left out: "fewer than 1,000", "under 1,000", and
 * those of {@link FAR_BELOW}.
 */
const BELOW_WRITTEN = new RegExp(
  String.raw`${FAR_BELOW.source}|^(?:(?:much|slightly|just|a\s+little)\s+)?(?:less\s+than|fewer\s+than|under|below|short\s+of)\b`,
  "i",
);

/**
 * Whether a bound of a one-sided figure leaves out the figure itself: "more than 1,000" is above 1,000,
 * "fewer than 1,000" below it, while "at least 1,000" and "up to 1,000" include it.
 *
 * @param c The claim's figure as written and its value.
 * @returns Which bound is excluded.
 */
export function excludedBounds(c: { readonly figure: string; readonly value: Pick<Value, "min" | "max"> }): {
  minExcluded: boolean;
  maxExcluded: boolean;
} {
  const { min, max } = c.value;
  return {
    minExcluded: min !== null && max === null && ABOVE_WRITTEN.test(c.figure),
    maxExcluded: max !== null && min === null && BELOW_WRITTEN.test(c.figure),
  };
}

/**
 * Whether a ceiling's own words say the count is well below it ({@link FAR_BELOW}).
 *
 * @param c The claim's figure as written and its value.
 * @returns True for such a ceiling.
 */
export function readsFarBelow(c: { readonly figure: string; readonly value: Pick<Value, "min" | "max"> }): boolean {
  return ceilingWritten(c, FAR_BELOW);
}

/**
 * A claim's value in words: {@link formatValue}, except that a ceiling written to reject a figure as far
 * too high reads "far below 40,000 people", not "up to 40,000 people", which would let the figure stand,
 * and a bound that leaves out its figure reads "more than 1,000 people" or "under 1,000 people".
 *
 * @param c The claim's figure as written and its value.
 * @returns Text such as "about $2,000 a month" or "far below 40,000 people".
 */
export function claimValue(c: {
  readonly figure: string;
  readonly value: Pick<Value, "min" | "max" | "unit" | "per" | "approx">;
}): string {
  const v = c.value;
  const per = v.per ? ` a ${v.per}` : "";
  if (v.max !== null && readsFarBelow(c)) return `far below ${formatAmount(v.max, v.unit)}${per}`;
  // "more than 1,000" is not "at least 1,000": the bound it leaves out is not written as included.
  const { minExcluded, maxExcluded } = excludedBounds(c);
  if (minExcluded && v.min !== null) return `more than ${formatAmount(v.min, v.unit)}${per}`;
  if (maxExcluded && v.max !== null) return `under ${formatAmount(v.max, v.unit)}${per}`;
  return formatValue(v);
}

/**
 * The words of a vague amount without a leading "an estimated" ("thousands", "hundreds of thousands").
 *
 * @param figure The figure as written.
 * @returns The amount's own words.
 */
export function vagueWords(figure: string): string {
  return figure.replace(/^(?:an?\s+)?(?:estimated\s+)?/i, "");
}

/**
 * A count with its noun, singular for one: "1 article", "3 articles".
 *
 * @param n Count.
 * @param noun Singular noun that takes an "s" for the plural.
 * @returns Text.
 */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/**
 * A sentence's first letter in capitals ("about 3,000 people comes …" → "About 3,000 people comes …").
 *
 * @param text Text.
 * @returns The text, its first letter a capital.
 */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
