/**
 * The shapes the quantity grammar gives: a figure found in a text, its bounds, its date parts and its bracketed conversion.
 */
import { type CurrencyCode } from "../../schema/vocabulary.ts";

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
