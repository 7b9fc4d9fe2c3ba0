/**
 * The word tables of the quantity grammar: number words, scales, ordinals, fractions, hedges and bounds,
 * currency signs and names, rates, durations, vague plurals, months, and the words that stop a counted noun.
 */
import { CURRENCIES } from "../../schema/vocabulary.ts";
import { type Currency, type DurationUnit, type Period } from "./types.ts";

export const UNIT_WORDS = new Map<string, number>([
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

export const TEEN_WORDS = new Map<string, number>([
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

export const TENS_WORDS = new Map<string, number>([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

export const SCALE_WORDS = new Map<string, number>([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
]);

/** Abbreviated scales written as a separate word after digits ("$2 bn"). */
export const SCALE_ABBREV_WORDS = new Map<string, number>([
  ["bn", 1e9],
  ["mn", 1e6],
  ["mln", 1e6],
  ["bln", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
]);

/** Scales glued to digits ("$20m", "2k"). */
export const GLUED_SCALES = new Map<string, number>([
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

export const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

export const ORDINAL_WORDS = new Map<string, number>([
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
export const FRACTION_WORDS = new Map<string, { d: number; plural: boolean }>([
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

/** "three months ago", "two weeks ago", "a year ago": a count of days, weeks, months or years back. */
export const TIME_AGO = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+ago`;

export type HedgeKind = "approx" | "at-least" | "at-most" | "between" | "from";

/** Ceilings that reject a figure as far too high: "nowhere near 40,000", "not even close to 40,000". */
export const REJECTING_CEILINGS: readonly string[] = [
  "nowhere near",
  "nowhere close to",
  "anywhere near",
  "anywhere close to",
  "anything like",
  "not even close to",
];
export const HEDGE_LIST: ReadonlyArray<readonly [string, HedgeKind]> = [
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
  ["perhaps", "approx"],
  ["maybe", "approx"],
  ["possibly", "approx"],
  ["probably", "approx"],
  ["something like", "approx"],
  ["close to", "approx"],
  ["closer to", "approx"],
  ["nearer to", "approx"],
  ["nearer", "approx"],
  ["circa", "approx"],
  ["in the region of", "approx"],
  ["of the order of", "approx"],
  ["in the order of", "approx"],
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
  ["tops", "at-least"],
  // ("North Korean losses in Kursk top 4,000": a headline's verb in the plural.)
  ["top", "at-least"],
  ["topping", "at-least"],
  ["passed", "at-least"],
  ["passing", "at-least"],
  ["crossed", "at-least"],
  ["a minimum of", "at-least"],
  ["minimum of", "at-least"],
  ["upwards of", "at-least"],
  ["north of", "at-least"],
  ["just north of", "at-least"],
  ["upward of", "at-least"],
  ["in excess of", "at-least"],
  ["no fewer than", "at-least"],
  ["no less than", "at-least"],
  ["not less than", "at-least"],
  ["well over", "at-least"],
  ["well above", "at-least"],
  ["far above", "at-least"],
  ["just above", "at-least"],
  ["far more than", "at-least"],
  ["well beyond", "at-least"],
  ["just over", "at-least"],
  ["above", "at-least"],
  ["beyond", "at-least"],
  ["greater than", "at-least"],
  ["higher than", "at-least"],
  ["bigger than", "at-least"],
  ["larger than", "at-least"],
  ["up to", "at-most"],
  ["south of", "at-most"],
  ["just south of", "at-most"],
  ["just shy of", "at-most"],
  ["not far short of", "at-most"],
  ["just short of", "at-most"],
  ["well short of", "at-most"],
  // "nowhere near 40,000", "no estimate puts it anywhere near 40,000", "never claimed anything like
  // 40,000": far below it, said of a figure rejected as too high.
  ...REJECTING_CEILINGS.map((w) => [w, "at-most"] as const),
  ["far short of", "at-most"],
  ["getting on for", "at-most"],
  ["the better part of", "at-most"],
  ["the best part of", "at-most"],
  ["shy of", "at-most"],
  ["less than", "at-most"],
  ["fewer than", "at-most"],
  ["under", "at-most"],
  ["just under", "at-most"],
  ["well under", "at-most"],
  ["well below", "at-most"],
  ["far below", "at-most"],
  ["just below", "at-most"],
  ["far fewer than", "at-most"],
  ["far less than", "at-most"],
  ["as many as", "at-most"],
  ["as high as", "at-most"],
  ["lower than", "at-most"],
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

export const HEDGES = new Map<string, Array<{ words: string[]; kind: HedgeKind }>>();
for (const [phrase, kind] of HEDGE_LIST) {
  const words = phrase.split(" ");
  const first = words[0] ?? "";
  const list = HEDGES.get(first) ?? [];
  list.push({ words, kind });
  list.sort((a, b) => b.words.length - a.words.length);
  HEDGES.set(first, list);
}

export const PREFIX_CURRENCY_SYMBOLS = new Map<string, Currency | null>([
  ...CURRENCIES.flatMap((c) => (c.sign ? [[c.sign, c.code] as const] : [])),
  // Signs shared by several currencies: the word decides later.
  ["₩", null],
  ["¥", null],
]);

/** A verb's auxiliary negated, or "never": "has not", "didn't", "had never", "never" (a pattern's source text). */
export const NEGATED_AUXILIARY = String.raw`\b(?:(?:has|have|had|did|does|do)\s+not|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|don['’]t|(?:has|have|had)\s+never|never)`;

/** The words of a comparison with a number: "higher than", "above", "over", "in excess of", "below". */
export const COMPARISON_WORDS = String.raw`(?:more|higher|greater|bigger|larger|lower|smaller|fewer|less)\s+than|above|over|beyond|below|under|in\s+excess\s+of`;

/** Codes and abbreviations written before or after an amount: "USD 2,000", "RUR 200,000", "Rbs 200,000". */
export const CURRENCY_CODE_WORDS = new Map<string, Currency>([
  ...CURRENCIES.map((c) => [c.code, c.code] as const),
  ["RUR", "RUB"],
  ["Rbs", "RUB"],
  ["Rub", "RUB"],
]);

/**
 * Codes of currencies the site does not compare ("PLN 8,200", "16 billion SEK"): an amount written with one
 * is money, never a count, and is reported as a currency not known.
 */
export const FOREIGN_CURRENCY_CODES: ReadonlySet<string> = new Set([
  "PLN",
  "SEK",
  "NOK",
  "DKK",
  "CAD",
  "Cdn",
  "CDN",
  "AUD",
  "NZD",
  "JPY",
  "CNY",
  "RMB",
  "TWD",
  "KZT",
  "CHF",
  "UAH",
  "INR",
  "HKD",
  "SGD",
  "CZK",
  "HUF",
  "BYN",
  "MNT",
  "THB",
  "ILS",
  "ZAR",
  "BRL",
]);

/** Names of such currencies written after the number: "8,200 zloty", "16 billion kronor", "150,000 tenge". */
const FOREIGN_CURRENCY_WORDS = [
  "zloty",
  "zlotys",
  "złoty",
  "złotys",
  "kronor",
  "krona",
  "kroner",
  "krone",
  "yen",
  "yuan",
  "renminbi",
  "tenge",
  "hryvnia",
  "hryvnias",
  "hryvnas",
  "hryvnya",
  "rupees",
  "forint",
  "forints",
  "koruna",
  "korunas",
  "baht",
  "tugriks",
];

/** Currency names written after the number, longest first (a bare "won" may be either Korea's). */
export type PostCurrency = readonly [readonly string[], Currency | null];

export const POST_CURRENCIES: readonly PostCurrency[] = [
  ...CURRENCIES.flatMap((c) => c.words.map((w): PostCurrency => [w, c.code])),
  [["won"], null] as PostCurrency,
  ...FOREIGN_CURRENCY_WORDS.map((w): PostCurrency => [[w], null]),
].sort((a, b) => b[0].length - a[0].length);

export const PERIOD_WORDS = new Map<string, Period>([
  ["day", "day"],
  ["week", "week"],
  ["month", "month"],
  ["year", "year"],
]);

export const RATE_ADVERBS = new Map<string, Period>([
  ["daily", "day"],
  ["weekly", "week"],
  ["monthly", "month"],
  ["yearly", "year"],
  ["annually", "year"],
]);

export const SLASH_PERIODS = new Map<string, Period>([
  ["day", "day"],
  ["week", "week"],
  ["wk", "week"],
  ["month", "month"],
  ["mo", "month"],
  ["year", "year"],
  ["yr", "year"],
]);

export const HEAD_NOUNS = new Set([
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

export const DURATION_WORDS = new Map<string, DurationUnit>([
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
export const VAGUE_PLURALS = new Map<string, number>([
  ["dozens", 24],
  ["hundreds", 200],
  ["thousands", 2000],
  ["millions", 2e6],
  ["billions", 2e9],
]);

export const VAGUE_OF_SCALES = new Map<string, number>([
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
]);

export const VAGUE_SCALE_SINGULAR = new Map<string, number>([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);

/** Month names as a regular-expression alternation, capitalised as written in text. */
export const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
/** A figure's time between its noun and its verb: "Kyiv's figure in May was", "the count as of early 2025 is". */
export const FIGURE_TIME = String.raw`(?:\s+(?:in|by|as\s+of|since)\s+(?:(?:early|late|mid)[\s-]+)?(?:${MONTH_NAMES}|spring|summer|autumn|winter|\d{4})(?:\s+\d{4})?)`;
/** Weekday names, Sunday first (as `Date.getUTCDay` counts). */
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
/** Weekday names as a regular-expression alternation. */
export const WEEKDAY_NAMES = WEEKDAYS.join("|");

export const MONTHS = new Map<string, number>([
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

export const DECADE_MODIFIERS = new Set(["early", "mid", "late"]);

/** Words that make a following "one" a pronoun rather than a count. */
export const ONE_PRONOUN_BEFORE = new Set([
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

export const NOUN_SKIP = new Set([
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

export const NOUN_STOP = new Set([
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

export const NATIONALITY_RE = /^\p{Lu}\p{Ll}{2,}(?:an|ian|ese|ish)$/u;

/** Words that can begin a figure; everything else is skipped without parsing. */
export const START_WORDS = new Set<string>([
  ...UNIT_WORDS.keys(),
  ...TEEN_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...ORDINAL_WORDS.keys(),
  ...HEDGES.keys(),
  // "c. 11,000": circa, abbreviated.
  "c",
  "ca",
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
  ...[...CURRENCY_CODE_WORDS.keys()].map((k) => k.toLowerCase()),
  ...[...FOREIGN_CURRENCY_CODES].map((k) => k.toLowerCase()),
  // "W2.9 million": the won's letter against the digits.
  "w",
  "'",
  "\u2019",
  "$",
  "£",
  "€",
  "₽",
  "₩",
  "¥",
]);

/** Scale words that may end a spelled-out number. */
export const SPELLED_SCALE = new Map<string, number>([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);
