/**
 * Reads a search query: figures in any style the claim extractor reads (with a unit when the
 * query names one), and the remaining words, which may be names or words of the quotes.
 */
import { widen } from "../compare/tolerance.ts";
import type { Period, Unit } from "../schema/claim.ts";
import { extractQuantities, type Quantity } from "../extract/quantities/index.ts";
import { CURRENCIES, CURRENCY_CODES } from "../schema/vocabulary.ts";
import { STOP_WORDS, cleanWord, fold, stem } from "./text.ts";

/** An interval; null ends are open. */
export interface QueryInterval {
  readonly min: number | null;
  readonly max: number | null;
}

/** A figure read from the query. */
export interface QueryFigure {
  /** The words of the figure as typed, with any unit word that was read with it. */
  readonly text: string;
  /** Offset of the figure in the query. */
  readonly start: number;
  /** Offset just past the figure (and its unit word). */
  readonly end: number;
  /** The interval the figure stands for (already widened when the query hedges it with "about"). */
  readonly interval: QueryInterval;
  /** The unit the query names, or null when it names none ("2k"). */
  readonly unit: Unit | null;
  /** Claim units that agree with the query's unit (empty: any unit agrees). */
  readonly accepts: readonly Unit[];
  /** The period the query names ("a month"), or null. */
  readonly per: Period | null;
  /** True for a single value without a hedge or bound ("$2,000", not "over 10000" or "90-95%"). */
  readonly exact: boolean;
  /** True when the query hedges the figure ("about 2000"). */
  readonly approx: boolean;
  /** True when written as a bare four-digit number or a span of them, which may also be a year. */
  readonly yearLike: boolean;
  /** True for a bare amount abbreviated the way money is ("22m", "1.5bn"): money ranks first, other units stay found. */
  readonly moneyLike: boolean;
}

/** A word of the query that is not part of a figure. */
export interface QueryTerm {
  /** The word as typed. */
  readonly text: string;
  /** Folded word; a hyphenated word is joined ("woong-gil" → "woonggil"). */
  readonly word: string;
  /** The folded parts of a hyphenated word ("woong", "gil"); one part otherwise. */
  readonly parts: readonly string[];
  /** The stem of the word (see `stem`). */
  readonly stem: string;
  /** Offset in the query. */
  readonly start: number;
  /** Offset just past the word. */
  readonly end: number;
  /** True for the last word when the query does not end in a space: it may still be being typed. */
  readonly typing: boolean;
}

/** A query, read. */
export interface ParsedQuery {
  /** The query as given. */
  readonly text: string;
  /** The figures, in order. */
  readonly figures: readonly QueryFigure[];
  /** The other words (lower-cased, stop words dropped): names and words of the quotes alike. */
  readonly terms: readonly QueryTerm[];
}

/** Unit words a query may write beside a number. */
const UNIT_WORDS: ReadonlyMap<string, { unit: Unit; accepts: readonly Unit[] }> = new Map(
  (
    [
      ["%", "percent"],
      ["percent", "percent"],
      ["pct", "percent"],
      ["percentage", "percent"],
      ["troop", "people"],
      ["troops", "people"],
      ["soldier", "people"],
      ["soldiers", "people"],
      ["people", "people"],
      ["persons", "people"],
      ["men", "people"],
      ["personnel", "people"],
      ["fighters", "people"],
      ["workers", "people"],
      ["recruits", "people"],
    ] as const
  )
    .map(([w, u]): [string, Unit] => [w, u])
    .concat(CURRENCIES.flatMap((c) => c.queryWords.map((w): [string, Unit] => [w, c.code])))
    .map(([w, u]) => [w, { unit: u, accepts: [u] }]),
);
const WON = { unit: "KPW", accepts: ["KPW", "KRW"] } as const;
/** Units a bare amount may match: all but years and ages. */
const NOT_DATES: readonly Unit[] = [...CURRENCY_CODES, "percent", "people", "month", "number"];

/** Rate words a query may write after a number ("2000 monthly"). */
const PERIOD_AFTER: ReadonlyMap<string, Period> = new Map([
  ["monthly", "month"],
  ["daily", "day"],
  ["weekly", "week"],
  ["yearly", "year"],
  ["annually", "year"],
  ["annual", "year"],
]);

/** A piece of the query outside every figure: a word or a unit sign. */
interface Piece {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

const PIECE_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*['’]?|[$£€₽%]/gu;

/**
 * Reads a search query into figures and words. Numbers are read by the claim extractor's own
 * grammar ("$2,000", "2k", "2000 dollars", "90-95%", "over 10000", "two thousand"), so a query
 * reads a figure the way an article does.
 *
 * @param q The query as typed.
 * @returns Its figures and words.
 */
export function parseQuery(q: string): ParsedQuery {
  const text = q;
  const quantities = extractQuantities(text).filter(
    (x) => x.form !== "clock" && x.form !== "ordinal" && x.form !== "date",
  );
  const inFigure = (s: number, e: number): boolean => quantities.some((x) => s < x.end && e > x.start);
  const pieces: Piece[] = [];
  for (const m of text.matchAll(PIECE_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!inFigure(s, e)) pieces.push({ raw: m[0], start: s, end: e });
  }
  const used = new Set<Piece>();
  const figures: QueryFigure[] = [];
  for (const x of quantities) {
    const f = figureOf(text, x, pieces, used);
    if (f) figures.push(f);
  }
  const trailingSpace = /\s$/.test(text);
  const rest = pieces.filter((p) => !used.has(p));
  const terms: QueryTerm[] = [];
  rest.forEach((p, i) => {
    const parts = p.raw
      .split(/[-]/)
      .map(cleanWord)
      .filter((w) => w !== "" && /[\p{L}\p{N}]/u.test(w));
    if (parts.length === 0) return;
    const word = parts.join("");
    if (parts.length === 1 && STOP_WORDS.has(word)) return;
    if (/^[$£€₽%]$/.test(p.raw)) return;
    terms.push({
      text: p.raw,
      word,
      parts,
      stem: stem(word),
      start: p.start,
      end: p.end,
      typing: i === rest.length - 1 && !trailingSpace && p.end === text.trimEnd().length,
    });
  });
  return { text: q, figures, terms };
}

/**
 * Turns one quantity of the query into a figure, taking a unit or period word written next to it.
 *
 * @param text The query.
 * @param x The quantity.
 * @param pieces Words outside figures.
 * @param used Words already taken by a figure (updated).
 * @returns The figure, or null when the quantity is not a value.
 */
function figureOf(text: string, x: Quantity, pieces: readonly Piece[], used: Set<Piece>): QueryFigure | null {
  if (x.min === null && x.max === null) return null;
  let unit: Unit | null = null;
  let accepts: readonly Unit[] = [];
  if (x.percent) {
    unit = "percent";
    accepts = ["percent"];
  } else if (x.currency !== null) {
    unit = x.currency;
    accepts = [x.currency];
  } else if (x.currencyWord === "won") {
    unit = WON.unit;
    accepts = WON.accepts;
  } else if (x.form === "duration" && (x.durationUnit === "month" || x.durationUnit === "year")) {
    unit = x.durationUnit;
    accepts = [x.durationUnit];
  } else if (x.suffixNoun !== undefined) {
    const u = UNIT_WORDS.get(x.suffixNoun);
    if (u) {
      unit = u.unit;
      accepts = u.accepts;
    }
  }
  let start = x.start;
  let end = x.end;
  let per = x.per;
  const gapOnly = (a: number, b: number): boolean => /^\s*$/.test(text.slice(a, b));
  const before = [...pieces].reverse().find((p) => p.end <= x.start && !used.has(p));
  const after = pieces.find((p) => p.start >= x.end && !used.has(p));
  const unitOf = (p: Piece | undefined): { unit: Unit; accepts: readonly Unit[] } | undefined => {
    if (!p) return undefined;
    const w = fold(p.raw);
    return w === "won" ? WON : UNIT_WORDS.get(w);
  };
  if (unit === null) {
    const b = before && gapOnly(before.end, x.start) ? unitOf(before) : undefined;
    const a = after && gapOnly(x.end, after.start) ? unitOf(after) : undefined;
    if (b && before && !(before.raw === "%")) {
      unit = b.unit;
      accepts = b.accepts;
      used.add(before);
      start = before.start;
    } else if (a && after) {
      unit = a.unit;
      accepts = a.accepts;
      used.add(after);
      end = after.end;
    }
  } else if (x.suffixNoun !== undefined && after && fold(after.raw) === x.suffixNoun && gapOnly(x.end, after.start)) {
    used.add(after);
    end = after.end;
  }
  if (per === null) {
    const next = pieces.find((p) => p.start >= end && !used.has(p));
    if (next && gapOnly(end, next.start)) {
      const w = fold(next.raw);
      const direct = PERIOD_AFTER.get(w);
      if (direct) {
        per = direct;
        used.add(next);
        end = next.end;
      }
    }
  }
  const approx = x.approx;
  const yearLike = unit === null && (x.form === "year" || x.form === "year-range" || x.form === "decade");
  // A bare amount ("2k", "11,000") means money, people or a share, never a year or an age.
  if (unit === null && !yearLike) accepts = NOT_DATES;
  const exact = x.bound === "exact" && !approx && !x.vague && x.min !== null && x.min === x.max;
  const base = { min: x.min, max: x.max };
  const interval = widen(base, approx);
  const written = text.slice(start, end);
  const moneyLike = unit === null && /\d\s*(?:m|mn|bn|b)$/i.test(written);
  return { text: written, start, end, interval, unit, accepts, per, exact, approx, yearLike, moneyLike };
}
