/**
 * The search index format, shared by the builder (at build time) and the engine (in the browser).
 * Pure types and one constant: importing this module loads nothing else.
 */

/** What sort of entity a person row stands for. */
export type SearchPersonType = "person" | "organization" | "group" | "outlet" | "unit";

/** A person, organisation, group or outlet as the index builder takes it. */
export interface SearchPersonInput {
  /** Stable id (the `/people/<id>/` page). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** What it is. */
  readonly type: SearchPersonType;
  /** Every spelling: seen in the text and from the alias file. */
  readonly variants: readonly string[];
  /** Roles and descriptions ("defector", "spy agency"). */
  readonly roles: readonly string[];
}

/** The format version; bump when a field changes meaning. */
export const SEARCH_INDEX_VERSION = 3;

/** The people columns of the core part. */
export interface SearchPeople {
  /** Ids. */
  readonly id: string[];
  /** Display names. */
  readonly name: string[];
  /** Types, one letter each: p person, o organization, g group, u outlet, m military unit. */
  readonly type: string;
  /** Other spellings, the display name left out. */
  readonly vars: string[][];
  /** Short roles (three words at most), the alias file's among them. */
  readonly roles: string[][];
}

/**
 * The claim columns of the core part, one entry per claim, grouped by article (in the order of
 * `articles`, `articleClaims[a]` claims each) and in reading order within an article. The engine
 * sorts them by value on load for its interval index.
 */
export interface SearchClaims {
  /**
   * The middle of the id: `<article>-<part>-n<offset>` is stored as `part` (empty when `idPart` of the
   * figure gives it), with the offset in `io`; a leading "=" marks an id of another shape, kept whole.
   */
  readonly ip: string[];
  /** The id's offset, as the difference from the previous claim's offset in the same article (the first in full). */
  readonly io: number[];
  /** Kind: index into `kinds`. */
  readonly k: number[];
  /** Credited to (attributedTo): index into the people, or -1. */
  readonly w: number[];
  /** Subject pairs, flattened: claim index, person index, ... */
  readonly sj: number[];
  /** Disputed-by pairs, flattened: claim index, person index, ... */
  readonly dp: number[];
  /** Relays: index into `vias` (0 is the empty list). */
  readonly vc: number[];
  /** As-of dates that differ from the article's, flattened: claim index, index into `dates` (-1 for none), ... */
  readonly de: number[];
  /** Lower bound of the value, or null when open. */
  readonly lo: (number | null)[];
  /** The upper bound minus the lower when both are set; the upper bound when the lower is open; null when the upper is open. */
  readonly hd: (number | null)[];
  /** Upper bounds the difference in `hd` cannot give back exactly, flattened: claim index, upper bound, ... */
  readonly mx: number[];
  /** Unit: index into `units`. */
  readonly u: number[];
  /** Period: index into `periods`, or -1. */
  readonly p: number[];
  /**
   * Flags: 1 approximate, 2 vague, 4 the text disputes the figure, 8 a topic kind, 16 a total the
   * article works out, 32 an as-of date that names a month only, 64 one that names a year only.
   */
  readonly f: number[];
  /** The figure's words as written. */
  readonly fg: string[];
  /**
   * Conversions the text gives in brackets beside the figure ("$20m (£15.5m)"), flattened: claim
   * index, unit index, value, ... A reader may search by either amount.
   */
  readonly cv: number[];
}

/** The part loaded first: enough for figures and names. */
export interface SearchCore {
  /** Format version. */
  readonly v: number;
  /** Number of claims. */
  readonly n: number;
  /** Kind ids. */
  readonly kinds: string[];
  /** Kind labels. */
  readonly kindLabels: string[];
  /** Stems of each kind's own words (label and id), sorted. */
  readonly kindNames: string[][];
  /** Stems of each kind's one-word cues not among its own words, sorted. */
  readonly kindWords: string[][];
  /** Unit codes. */
  readonly units: string[];
  /** Period names. */
  readonly periods: string[];
  /** Article slugs, sorted. */
  readonly articles: string[];
  /** Per article: how many claims it has. */
  readonly articleClaims: number[];
  /** Per article: the as-of date most of its claims have (index into `dates`), or -1. */
  readonly articleDates: number[];
  /** ISO dates. */
  readonly dates: string[];
  /** Distinct relay lists (indices into the people), outermost first; entry 0 is empty. */
  readonly vias: number[][];
  /** Per article: the outlet that published it (index into the people), or -1. */
  readonly publishers: number[];
  /** People, organisations, groups and outlets. */
  readonly people: SearchPeople;
  /** Claims. */
  readonly claims: SearchClaims;
}

/** The part loaded after the first result: quotes, figure offsets and the word index. */
export interface SearchText {
  /** Format version. */
  readonly v: number;
  /** Distinct quotes (sentences). */
  readonly quotes: string[];
  /** Per claim (core order): index into `quotes`. */
  readonly qi: number[];
  /** Per claim: offset of the figure in its quote. */
  readonly fo: number[];
  /** Stems of the quotes' words, sorted. */
  readonly words: string[];
  /** Per word: the quotes containing it, as base-36 gaps joined by "." (first gap from -1). */
  readonly posts: string[];
}

/** The whole index: write `core` and `text` as two files and load the text after the first result. */
export interface SearchIndex {
  readonly core: SearchCore;
  readonly text: SearchText;
}
