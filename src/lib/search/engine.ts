/**
 * The search engine: runs in the browser (and in Node) over the index built by `index.ts`; the claim
 * columns are decoded by `columns.ts` and names matched by `names.ts`, this module scores.
 * A query's figures match claims whose value interval meets theirs (approximate values widened
 * by the shared tolerance; an open bound reaches past its written end only for a query in its own
 * unit and period) in an agreeing unit, and the conversions written beside a figure; its words match people
 * and organisations by every spelling (fuse.js for typos, any word order), and the words of the
 * quotes and of the kinds by prefix. Claims that satisfy more parts of the query rank first.
 */
import { widen } from "../compare/tolerance.ts";
import { CURRENCY_CODES } from "../schema/vocabulary.ts";
import { SEARCH_INDEX_VERSION, type SearchCore, type SearchIndex, type SearchText } from "./format.ts";
import { decodeClaims } from "./columns.ts";
import { NameIndex, type NameMatch } from "./names.ts";
import { parseQuery, type QueryFigure, type QueryTerm } from "./query.ts";
import { WORD_RE, cleanWord, idPart, lowerBound, stem } from "./text.ts";

/** Narrowing of the results. */
export interface SearchFilters {
  /** Kind id. */
  readonly kind?: string | undefined;
  /** Person id: claims credited to, about or disputed by them. */
  readonly person?: string | undefined;
  /** Source: an article slug or the id of a relaying outlet. */
  readonly source?: string | undefined;
}

/** One claim found. */
export interface ClaimHit {
  /** Claim id. */
  readonly id: string;
  /** Relevance; higher is better. Ten points per part of the query the claim satisfies, plus closeness. */
  readonly score: number;
  /** Spans of the quote to mark (figure, matched words and names), sorted and disjoint; empty until the text part is loaded. */
  readonly highlights: [number, number][];
  /** Whether the claim satisfies every part of the query (a claim that satisfies some of them is found too). */
  readonly complete: boolean;
}

/** A person, organisation, group or outlet found by name. */
export interface PersonHit {
  /** Id (the `/people/<id>/` page). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** What it is. */
  readonly type: "person" | "organization" | "group" | "outlet" | "unit";
  /** How many claims are credited to, about or disputed by it. */
  readonly claims: number;
  /** How many other claims it passes on: an outlet that relays them or prints them in its articles. */
  readonly relayed: number;
}

/** What a search gives. */
export interface SearchResult {
  /** The best claims, best first (at most the engine's limit). */
  readonly claims: ClaimHit[];
  /** How many claims match in all (with the filters). */
  readonly total: number;
  /** How many of them satisfy every part of the query; the others satisfy some. */
  readonly complete: number;
  /** Entities found by name, best first, those without claims included. */
  readonly people: PersonHit[];
  /** Facet counts over the matches; each facet counts with the other two filters applied. */
  readonly counts: {
    readonly kind: Record<string, number>;
    readonly person: Record<string, number>;
    readonly source: Record<string, number>;
  };
  /** How the query was read, e.g. "figure $2,000 (USD) · person Lee Woong-gil". */
  readonly understood: string;
}

/** A claim as the index holds it, for showing a result. */
export interface SearchClaimRow {
  readonly id: string;
  readonly article: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly figure: string;
  readonly attributedTo: { id: string; name: string } | null;
  readonly subject: { id: string; name: string } | null;
  readonly disputedBy: { id: string; name: string } | null;
  /** The sentence disputes the figure (by the disputer named, or by the article's own words when none is). */
  readonly disputes: boolean;
  readonly via: { id: string; name: string }[];
  /** The outermost relay's id, else the article slug. */
  readonly source: string;
  readonly asOf: string | null;
  /** The as-of date names a month or a year only. */
  readonly asOfPrecision?: "month" | "year";
  readonly value: { min: number | null; max: number | null; unit: string; per: string | null; approx: boolean };
  readonly vague: boolean;
  /** A total the article works out from a rate (the credited source gave the rate, not the total). */
  readonly derived: boolean;
  /** The sentence, once the text part is loaded. */
  readonly quote: string | null;
  /** Offset of the figure in the quote, once the text part is loaded. */
  readonly figureOffset: number | null;
}

/** A search over one index. */
export interface Search {
  /**
   * Runs a query.
   *
   * @param q The query as typed.
   * @param filters Optional kind, person and source filters.
   * @returns Ranked claims, people, facet counts and how the query was read.
   */
  search(q: string, filters?: SearchFilters): SearchResult;
  /**
   * Adds the text part (quotes and word index) once it has loaded.
   *
   * @param text The text part.
   */
  addText(text: SearchText): void;
  /** Whether the text part is loaded. */
  readonly hasText: boolean;
  /**
   * Looks a claim up for display.
   *
   * @param id Claim id.
   * @returns The claim, or undefined.
   */
  claim(id: string): SearchClaimRow | undefined;
}

/** Options of the engine. */
export interface SearchOptions {
  /** Most claims returned per search (default 50); counts and totals cover all matches. */
  readonly limit?: number;
  /** Run a few queries while loading (and when the text part is added) so that the first keystrokes are not slowed by compiling the code (default true). */
  readonly warm?: boolean;
}

/** The relays of a claim that has none. */
const NO_RELAYS = new Int32Array(0);

const TYPES = { p: "person", o: "organization", g: "group", u: "outlet", m: "unit" } as const;
/** How much a claim counts for a person found by name, by the person's part in it. */
const ROLE_WEIGHT = { attributed: 1, subject: 0.9, disputed: 0.85, via: 0.7 } as const;

/**
 * Creates a search over an index; the text part may be given now or added later.
 *
 * @param index The index (`text` optional).
 * @param options Engine options.
 * @returns The search.
 */
export function createSearch(
  index: SearchIndex | { readonly core: SearchCore; readonly text?: SearchText | undefined },
  options: SearchOptions = {},
): Search {
  const core = index.core;
  if (core.v !== SEARCH_INDEX_VERSION)
    throw new Error(`search index version ${core.v}, expected ${SEARCH_INDEX_VERSION}`);
  const limit = options.limit ?? 50;
  const n = core.n;
  const c = core.claims;

  // Claims.
  const { parts, offsets, lo, hi, rawLo, rawHi, unit, per, kind, who, subject, disputed, vc, art, date, flags } =
    decodeClaims(core);
  const cv = c.cv;
  const money = new Uint8Array(core.units.length + 1);
  for (const u of CURRENCY_CODES) money[core.units.indexOf(u) + 1] = 1;
  // The interval index: claims sorted by the widened lower bound, for a binary search on the upper end of a query.
  const byLo = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => {
    const lx = lo[x] ?? 0;
    const ly = lo[y] ?? 0;
    return lx < ly ? -1 : lx > ly ? 1 : x - y;
  });
  const sortedLo = Float64Array.from(byLo, (i) => lo[i] ?? 0);
  // Closeness compares logarithms: each claim's is taken once, not at every query.
  const closeLog = Float64Array.from({ length: n }, (_, i) => closeness(rawLo[i] ?? 0, rawHi[i] ?? 0));
  // Ids are spelled out when first needed.
  const ids: (string | undefined)[] = new Array<string | undefined>(n);
  const idOf = (i: number): string => {
    let id = ids[i];
    if (id === undefined) {
      const part = parts[i] ?? "";
      id = part.startsWith("=")
        ? part.slice(1)
        : `${core.articles[art[i] ?? 0] ?? ""}-${part === "" ? idPart(c.fg[i] ?? "") : part}-n${offsets[i] ?? 0}`;
      ids[i] = id;
    }
    return id;
  };
  let idIndex: Map<string, number> | null = null;

  // People and their claims.
  const people = core.people;
  const np = people.id.length;
  const personIndex = new Map(people.id.map((id, i) => [id, i]));
  // Each entity's claims (credited, about, disputed, relayed) in compressed rows: linkStart[p] .. linkStart[p + 1].
  const linkStart = new Int32Array(np + 1);
  const claimCount = new Int32Array(np);
  const relayCount = new Int32Array(np);
  const eachLink = (visit: (p: number, i: number, weight: number) => void): void => {
    for (let i = 0; i < n; i++) {
      const w = who[i] ?? -1;
      if (w >= 0) visit(w, i, ROLE_WEIGHT.attributed);
      const s = subject[i] ?? -1;
      if (s >= 0 && s !== w) visit(s, i, ROLE_WEIGHT.subject);
      const d = disputed[i] ?? -1;
      if (d >= 0 && d !== w && d !== s) visit(d, i, ROLE_WEIGHT.disputed);
      const via = core.vias[vc[i] ?? 0] ?? [];
      for (const v of via) if (v !== w && v !== s && v !== d) visit(v, i, ROLE_WEIGHT.via);
      // The outlet that printed the claim's article, found as its relays are.
      const pub = core.publishers[art[i] ?? 0] ?? -1;
      if (pub >= 0 && pub !== w && pub !== s && pub !== d && !via.includes(pub)) visit(pub, i, ROLE_WEIGHT.via);
    }
  };
  eachLink((p, _i, weight) => {
    linkStart[p + 1] = (linkStart[p + 1] ?? 0) + 1;
    if (weight !== ROLE_WEIGHT.via) claimCount[p] = (claimCount[p] ?? 0) + 1;
    else relayCount[p] = (relayCount[p] ?? 0) + 1;
  });
  for (let p = 0; p < np; p++) linkStart[p + 1] = (linkStart[p + 1] ?? 0) + (linkStart[p] ?? 0);
  const linkClaim = new Int32Array(linkStart[np] ?? 0);
  const linkWeight = new Float32Array(linkStart[np] ?? 0);
  const fill = linkStart.slice(0, np);
  eachLink((p, i, weight) => {
    const at = fill[p] ?? 0;
    linkClaim[at] = i;
    linkWeight[at] = weight;
    fill[p] = at + 1;
  });

  const names = new NameIndex(people);

  // Kinds.
  const kindClaims: number[][] = core.kinds.map(() => []);
  for (let i = 0; i < n; i++) kindClaims[kind[i] ?? 0]?.push(i);

  // Text part.
  let text: SearchText | null = null;
  // Per word of the text part: the claims whose quote has it, in rows wordStart[w] .. wordStart[w + 1].
  let wordStart = new Int32Array(1);
  let wordClaims = new Int32Array(0);
  const attach = (t: SearchText): void => {
    if (t.v !== SEARCH_INDEX_VERSION || t.qi.length !== n)
      throw new Error("the text part does not belong to this index");
    text = t;
    arrayCache.clear();
    // Claims of each quote, in rows.
    const qStart = new Int32Array(t.quotes.length + 1);
    for (const q of t.qi) qStart[q + 1] = (qStart[q + 1] ?? 0) + 1;
    for (let q = 0; q < t.quotes.length; q++) qStart[q + 1] = (qStart[q + 1] ?? 0) + (qStart[q] ?? 0);
    const qFill = qStart.slice(0, t.quotes.length);
    const qClaims = new Int32Array(t.qi.length);
    t.qi.forEach((q, i) => {
      const at = qFill[q] ?? 0;
      qClaims[at] = i;
      qFill[q] = at + 1;
    });
    // Decode every posting list once (base-36 gaps joined by ".") into claim rows.
    const starts = new Int32Array(t.words.length + 1);
    let out = new Int32Array(Math.max(16, t.qi.length * 8));
    let m = 0;
    t.posts.forEach((post, w) => {
      let prev = -1;
      let gap = 0;
      for (let k = 0; k <= post.length; k++) {
        const ch = k < post.length ? post.charCodeAt(k) : 46;
        if (ch !== 46) {
          gap = gap * 36 + (ch <= 57 ? ch - 48 : ch - 87);
          continue;
        }
        prev += gap;
        gap = 0;
        for (let j = qStart[prev] ?? 0; j < (qStart[prev + 1] ?? 0); j++) {
          if (m === out.length) {
            const grown = new Int32Array(out.length * 2);
            grown.set(out);
            out = grown;
          }
          out[m++] = qClaims[j] ?? 0;
        }
      }
      starts[w + 1] = m;
    });
    wordStart = starts;
    wordClaims = out.slice(0, m);
  };

  /**
   * Quotes' word stems a term matches: stems it begins, and stems it extends by a short ending.
   *
   * @param t The term.
   * @returns Word index → quality.
   */
  const textWords = (t: QueryTerm): Map<number, number> => {
    const out = new Map<number, number>();
    const words = text?.words;
    if (!words || t.word.length < 2) return out;
    for (let j = lowerBound(words, t.stem); j < words.length; j++) {
      const w = words[j] ?? "";
      if (!w.startsWith(t.stem)) break;
      out.set(j, w === t.stem ? 1 : 0.7 + (0.3 * t.stem.length) / w.length);
    }
    for (let len = Math.max(4, t.word.length - 3); len < t.word.length; len++) {
      const pre = t.word.slice(0, len);
      const j = lowerBound(words, pre);
      if (words[j] === pre && !out.has(j)) out.set(j, 0.9);
    }
    return out;
  };

  /**
   * Per claim, how well its quote holds a term's word (0: not at all); recent terms are kept (typing repeats them).
   *
   * @param t The term.
   * @returns Per claim, the best quality of its quote's words.
   */
  const quoteHits = (t: QueryTerm): Float32Array =>
    cached(`q${t.typing ? 1 : 0}${t.word}|${t.parts.join("-")}`, () => {
      const out = zeroed();
      for (const [w, v] of textWords(t)) {
        for (let j = wordStart[w] ?? 0; j < (wordStart[w + 1] ?? 0); j++) {
          const i = wordClaims[j] ?? 0;
          if (v > (out[i] ?? 0)) out[i] = v;
        }
      }
      return out;
    });

  /**
   * Per claim, how well its quote spells a name word out: a hyphenated word ("Min-seo") is in a quote when
   * each of its parts is, since the quotes' words are split where a hyphen joins them.
   *
   * @param t The term.
   * @returns Per claim, the worst quality of its parts' words (0: a part is missing).
   */
  const spelledHits = (t: QueryTerm): Float32Array => {
    if (t.parts.length < 2) return quoteHits(t);
    return cached(`s${t.typing ? 1 : 0}${t.word}|${t.parts.join("-")}`, () => {
      // (A last part still being typed and under three letters, "Kang Min-s", is not asked for yet.)
      const parts = t.parts.filter((p, k) => !(t.typing && k === t.parts.length - 1 && p.length < 3));
      const each = parts.map((p, k) =>
        quoteHits({ ...t, text: p, word: p, parts: [p], stem: stem(p), typing: t.typing && k === t.parts.length - 1 }),
      );
      const out = zeroed();
      for (let i = 0; i < n; i++) {
        let v = Infinity;
        for (const h of each) v = Math.min(v, h[i] ?? 0);
        out[i] = v;
      }
      return out;
    });
  };

  /**
   * Kinds a term names through their label and id (best) or cue words.
   *
   * @param t The term.
   * @returns Kind index → quality.
   */
  const kindMatches = (t: QueryTerm): Map<number, number> => {
    const out = new Map<number, number>();
    if (t.stem.length < 3) return out;
    const scan = (lists: readonly string[][], exact: number, prefix: number): void => {
      lists.forEach((ws, k) => {
        let q = 0;
        for (const w of ws) {
          if (w === t.stem) q = Math.max(q, exact);
          else if (w.startsWith(t.stem)) q = Math.max(q, prefix);
        }
        if (q > (out.get(k) ?? 0)) out.set(k, q);
      });
    };
    scan(core.kindNames, 1.1, 0.8);
    scan(core.kindWords, 0.8, 0.6);
    return out;
  };

  /**
   * How well a claim's value meets a query figure (0: not at all).
   *
   * @param f The figure.
   * @param i Claim index.
   * @param qlo The query's lower end (-Infinity when open).
   * @param qhi The query's upper end (Infinity when open).
   * @param perIndex The query's period as an index into `periods`, or -1.
   * @param lq The query's closeness logarithm (see `closeness`), NaN when it is open at both ends.
   * @returns Quality: about 3 for the same value, 2.5 for a shared end, 2 for containment, 1 for overlap, plus closeness.
   */
  const figureQuality = (f: QueryFigure, i: number, qlo: number, qhi: number, perIndex: number, lq: number): number => {
    const clo = lo[i] ?? 0;
    const chi = hi[i] ?? 0;
    if (clo > qhi || chi < qlo) return 0;
    const a = rawLo[i] ?? 0;
    const b = rawHi[i] ?? 0;
    const fl = flags[i] ?? 0;
    const approx = (fl & 1) !== 0;
    const p = per[i] ?? -1;
    // "At least 12,000" contains 22 million, yet a reader asking for 22 million means another
    // figure: an open bound stands for values beyond its end only in the unit and period it is
    // written in; otherwise the query has to meet its written end.
    if ((a === -Infinity || b === Infinity) && !(f.unit !== null && perIndex === p)) {
      const written = a === -Infinity ? b : a;
      const near = approx ? widen({ min: written, max: written }, true) : { min: written, max: written };
      if ((near.min ?? written) > qhi || (near.max ?? written) < qlo) return 0;
    }
    let q: number;
    if (a === qlo && b === qhi) q = approx ? 2.8 : 3;
    else if (approx && f.exact && clo <= qlo && chi >= qhi && a === b) q = 2.7;
    else if (f.exact && (a === qlo || b === qhi)) q = 2.5;
    else if ((a >= qlo && b <= qhi) || (a > -Infinity && b < Infinity && a <= qlo && b >= qhi)) q = 2;
    else q = 1;
    const lc = closeLog[i] ?? NaN;
    if (!Number.isNaN(lc) && !Number.isNaN(lq)) q += 0.5 / (1 + Math.abs(lc - lq));
    if (perIndex >= 0 && p >= 0 && p !== perIndex) q *= 0.5;
    if ((fl & 2) !== 0) q -= 0.2;
    if (f.moneyLike && money[(unit[i] ?? -1) + 1] === 1) q += 0.1;
    return Math.max(q, 0.01);
  };

  // Each set of relays once, without repeats: what a claim adds to the source counts.
  const relays = core.vias.map((via) => Int32Array.from(new Set(via.filter((v) => v >= 0))));
  // Sources: the outermost relay (a person index), else the article (np + article index).
  const sourceKey = new Int32Array(n);
  for (let i = 0; i < n; i++) sourceKey[i] = core.vias[vc[i] ?? 0]?.[0] ?? np + (art[i] ?? 0);
  const sourceName = (k: number): string => (k < np ? (people.id[k] ?? "") : (core.articles[k - np] ?? ""));
  const RANK_SPAN = 2 ** 22;

  /** Per-term and per-figure claim qualities of recent queries (typing repeats them). */
  const arrayCache = new Map<string, Float32Array>();
  // Arrays the cache let go of are used again, zeroed, from the next search on (a search may still
  // read the one it evicted): at 100,000 claims each is 400 KB, and allocating one per keystroke
  // brings the garbage collector in.
  const retired: Float32Array[] = [];
  const spare: Float32Array[] = [];
  const zeroed = (): Float32Array => {
    const arr = spare.pop();
    return arr ? arr.fill(0) : new Float32Array(n);
  };
  const cached = (key: string, make: () => Float32Array): Float32Array => {
    const hit = arrayCache.get(key);
    if (hit) {
      arrayCache.delete(key);
      arrayCache.set(key, hit);
      return hit;
    }
    const made = make();
    arrayCache.set(key, made);
    if (arrayCache.size > 24) {
      const oldest = arrayCache.keys().next().value ?? "";
      const gone = arrayCache.get(oldest);
      arrayCache.delete(oldest);
      if (gone && retired.length < 8) retired.push(gone);
    }
    return made;
  };

  /**
   * Qualities of every claim for one query figure.
   *
   * @param f The figure.
   * @returns Per claim, 0 when it does not match.
   */
  const figureArray = (f: QueryFigure): Float32Array => {
    const arr = zeroed();
    const qlo = f.interval.min ?? -Infinity;
    const qhi = f.interval.max ?? Infinity;
    let accepts: Uint8Array | null = null;
    if (f.accepts.length > 0) {
      accepts = new Uint8Array(core.units.length + 1);
      for (const u of f.accepts) accepts[core.units.indexOf(u) + 1] = 1;
    }
    const perIndex = f.per === null ? -1 : core.periods.indexOf(f.per);
    const lq = closeness(qlo, qhi);
    const end = upperBoundF(sortedLo, qhi);
    // The interval index saves reading claims that start above the query; when few do, reading
    // every claim in order is faster than visiting them in the index's order across memory.
    const dense = end > n >> 2;
    const stop = dense ? n : end;
    for (let j = 0; j < stop; j++) {
      const i = dense ? j : (byLo[j] ?? 0);
      if ((hi[i] ?? 0) < qlo || (dense && (lo[i] ?? 0) > qhi)) continue;
      if (accepts && accepts[(unit[i] ?? -1) + 1] !== 1) continue;
      arr[i] = figureQuality(f, i, qlo, qhi, perIndex, lq);
    }
    for (let j = 0; j + 2 < cv.length; j += 3) {
      const i = cv[j] ?? 0;
      const v = cv[j + 2] ?? 0;
      if (v < qlo || v > qhi || (accepts && accepts[(cv[j + 1] ?? -1) + 1] !== 1)) continue;
      // The writer's conversion is rounded: it counts as the same value, a little below the original.
      const q =
        (v === qlo && v === qhi ? 2.8 : 1.8) +
        0.5 / (1 + Math.abs(Math.log((v + 1) / (represent(qlo, qhi) ?? v) + 1e-9)));
      if (q > (arr[i] ?? 0)) arr[i] = q;
    }
    return arr;
  };

  // Per claim, while a query is scored: the sum of its parts' qualities and how many parts it meets.
  const scoreSum = new Float64Array(n);
  const coverage = new Uint16Array(n);
  const accumulate = (arr: Float32Array): void => {
    for (let i = 0; i < n; i++) {
      const v = arr[i] ?? 0;
      if (v > 0) {
        scoreSum[i] = (scoreSum[i] ?? 0) + v;
        coverage[i] = (coverage[i] ?? 0) + 1;
      }
    }
  };

  function search(q: string, filters: SearchFilters = {}): SearchResult {
    while (retired.length > 0 && spare.length < 8) spare.push(retired.pop() as Float32Array);
    retired.length = 0;
    const parsed = parseQuery(q);
    const terms = parsed.terms;
    const figs = parsed.figures;
    const fKind = filters.kind !== undefined ? core.kinds.indexOf(filters.kind) : -2;
    const fPerson = filters.person !== undefined ? (personIndex.get(filters.person) ?? -3) : -2;
    const fSource = filters.source;
    const fSourceArticle = fSource !== undefined ? core.articles.indexOf(fSource) : -2;
    const fSourcePerson = fSource !== undefined ? (personIndex.get(fSource) ?? -3) : -2;
    const hasFilter = fKind !== -2 || fPerson !== -2 || fSource !== undefined;

    // Figures: the best of the query's figures per claim.
    let figQ: Float32Array | null = null;
    for (const f of figs) {
      const key = `f${f.interval.min}|${f.interval.max}|${f.accepts.join(",")}|${f.per}|${f.exact}|${f.unit}|${f.moneyLike}`;
      const arr = cached(key, () => figureArray(f));
      if (!figQ) figQ = arr;
      else {
        const merged: Float32Array = Float32Array.from(figQ);
        for (let i = 0; i < n; i++) if ((arr[i] ?? 0) > (merged[i] ?? 0)) merged[i] = arr[i] ?? 0;
        figQ = merged;
      }
    }

    // Names.
    const termMatches = terms.map((t) => names.matchTerm(t));
    const agg = new Map<number, { cov: number; score: number; nonGeneric: number; spelled: number }>();
    termMatches.forEach((m) => {
      for (const [p, x] of m.persons) {
        const a = agg.get(p) ?? { cov: 0, score: 0, nonGeneric: 0, spelled: 0 };
        a.cov++;
        a.score += x.q;
        if (!x.generic) a.nonGeneric++;
        if (!x.typo) a.spelled++;
        agg.set(p, a);
      }
    });
    // In a query of several words, a name reached only through typos ("Jong" for "Jung") is another
    // person's name: at least one word has to be spelled as the entity spells it.
    const eligible = [...agg].filter(
      ([p, a]) => a.nonGeneric > 0 && a.cov >= names.groupSize(p) && (terms.length === 1 || a.spelled > 0),
    );
    const maxCov = eligible.reduce((m, [, a]) => Math.max(m, a.cov), 0);
    const bestScore = eligible.filter(([, a]) => a.cov === maxCov).reduce((m, [, a]) => Math.max(m, a.score), 0);
    const selected = eligible
      .filter(([, a]) => a.cov === maxCov && a.score >= 0.6 * bestScore)
      .sort(
        ([p, a], [r, b]) =>
          b.score - a.score ||
          (claimCount[r] ?? 0) - (claimCount[p] ?? 0) ||
          cmp(people.name[p] ?? "", people.name[r] ?? ""),
      );
    const selectedSet = new Set(selected.map(([p]) => p));
    const nameTerms = new Set<number>();
    termMatches.forEach((m, t) => {
      for (const p of m.persons.keys()) if (selectedSet.has(p)) nameTerms.add(t);
    });

    // Terms: the best of name, kind and quote per claim.
    const selectedKey = [...selectedSet].sort((x, y) => x - y).join(",");
    const termKeys = terms.map((t) => `${t.typing ? 1 : 0}${t.word}|${t.parts.join("-")}|${selectedKey}`);
    const termQ: Float32Array[] = terms.map((t, ti) =>
      cached(`t${termKeys[ti] ?? ""}`, () => {
        const arr = zeroed();
        const m = termMatches[ti]?.persons ?? new Map<number, NameMatch>();
        for (const p of selectedSet) {
          const x = m.get(p);
          if (!x) continue;
          for (let j = linkStart[p] ?? 0; j < (linkStart[p + 1] ?? 0); j++) {
            const i = linkClaim[j] ?? 0;
            const v = x.q * (linkWeight[j] ?? 0) * 1.2;
            if (v > (arr[i] ?? 0)) arr[i] = v;
          }
        }
        // A word that names the person found stands for that person: its other readings (the same
        // surname in another person's quote) would bring in claims of or about someone else.
        if (nameTerms.has(ti)) return arr;
        for (const [k, v] of kindMatches(t)) {
          for (const i of kindClaims[k] ?? []) if (v > (arr[i] ?? 0)) arr[i] = v;
        }
        for (const [w, v] of textWords(t)) {
          for (let j = wordStart[w] ?? 0; j < (wordStart[w + 1] ?? 0); j++) {
            const i = wordClaims[j] ?? 0;
            if (v > (arr[i] ?? 0)) arr[i] = v;
          }
        }
        return arr;
      }),
    );

    // A sentence that spells out the whole name of the person found is about them too, whoever it
    // is credited to ("Kim Jong Un" in an analyst's sentence): every name word must be in it.
    const nameList = [...nameTerms].sort((x, y) => x - y);
    if (nameList.length > 0 && text !== null) {
      const hits = nameList.map((ti) => spelledHits(terms[ti] as QueryTerm));
      // A name word is spelled out whole ("Ri" is not the start of "risen"), unless it is still being typed.
      const need = nameList.map((ti) => {
        const t = terms[ti] as QueryTerm;
        return t.typing && t.word.length >= 3 ? Number.MIN_VALUE : 1;
      });
      const first = hits[0] as Float32Array;
      const spelled: number[] = [];
      for (let i = 0; i < n; i++)
        if ((first[i] ?? 0) >= (need[0] ?? 1) && hits.every((h, k) => (h[i] ?? 0) >= (need[k] ?? 1))) spelled.push(i);
      if (spelled.length > 0) {
        const namesKey = nameList.map((ti) => termKeys[ti] ?? "").join("\u0001");
        nameList.forEach((ti, k) => {
          const plain = termQ[ti] as Float32Array;
          termQ[ti] = cached(`n${termKeys[ti] ?? ""}\u0002${namesKey}`, () => {
            const arr = zeroed();
            arr.set(plain);
            for (const i of spelled) {
              const v = hits[k]?.[i] ?? 0;
              if (v > (arr[i] ?? 0)) arr[i] = v;
            }
            return arr;
          });
        });
      }
    }

    // Score, filter, count.
    const empty = figs.length === 0 && terms.length === 0;
    const kindCounts = new Int32Array(core.kinds.length);
    const personCounts = new Int32Array(np);
    const sourceCounts = new Int32Array(np + core.articles.length);
    // The best `limit` keys, kept as a min-heap while the claims are scored: only those are sorted.
    const heap = new Float64Array(Math.max(0, Math.min(limit, n)));
    let heapSize = 0;
    let m = 0;
    let mAll = 0;
    const parts = (figQ ? 1 : 0) + termQ.length;
    if (!empty || hasFilter) {
      // The parts of the query each claim satisfies, summed a part at a time (the figure first,
      // then the terms in order) over every claim.
      scoreSum.fill(0);
      coverage.fill(0);
      if (figQ) accumulate(figQ);
      for (const arr of termQ) accumulate(arr);
      for (let i = 0; i < n; i++) {
        const cov = coverage[i] ?? 0;
        if (cov === 0 && !empty) continue;
        const score = (scoreSum[i] ?? 0) + (cov * 10 + (((flags[i] ?? 0) & 8) !== 0 ? 0.05 : 0));
        const k = kind[i] ?? 0;
        const okKind = fKind === -2 || k === fKind;
        const okPerson = fPerson === -2 || who[i] === fPerson || subject[i] === fPerson || disputed[i] === fPerson;
        const okSource =
          fSource === undefined || art[i] === fSourceArticle || (core.vias[vc[i] ?? 0] ?? []).includes(fSourcePerson);
        if (okPerson && okSource) kindCounts[k] = (kindCounts[k] ?? 0) + 1;
        // A facet value counts what choosing it would show: the person filter takes claims credited
        // to, about or disputed by the person; the source filter takes the article and every relay.
        if (okKind && okSource) {
          const w = who[i] ?? -1;
          if (w >= 0) personCounts[w] = (personCounts[w] ?? 0) + 1;
          const s = subject[i] ?? -1;
          if (s >= 0 && s !== w) personCounts[s] = (personCounts[s] ?? 0) + 1;
          const d = disputed[i] ?? -1;
          if (d >= 0 && d !== w && d !== s) personCounts[d] = (personCounts[d] ?? 0) + 1;
        }
        if (okKind && okPerson) {
          const ak = np + (art[i] ?? 0);
          sourceCounts[ak] = (sourceCounts[ak] ?? 0) + 1;
          const via = relays[vc[i] ?? 0] ?? NO_RELAYS;
          for (let j = 0; j < via.length; j++) {
            const v = via[j] ?? 0;
            sourceCounts[v] = (sourceCounts[v] ?? 0) + 1;
          }
        }
        // Ties go to the claim first in the index (article, then reading order).
        if (okKind && okPerson && okSource) {
          m++;
          if (empty || cov === parts) mAll++;
          const key = (empty ? 0 : Math.round(score * 1000)) * RANK_SPAN + (RANK_SPAN - 1 - i);
          if (heapSize < heap.length) heapPush(heap, heapSize++, key);
          else if (heapSize > 0 && key > (heap[0] ?? 0)) heapReplaceTop(heap, heapSize, key);
        }
      }
    }
    const top = heap.subarray(0, heapSize).sort();
    const matchedTokens = terms.map((_, ti) =>
      nameTerms.has(ti) ? (termMatches[ti]?.tokens ?? new Set<string>()) : new Set<string>(),
    );
    const claims: ClaimHit[] = [];
    for (let j = heapSize - 1; j >= 0; j--) {
      const key = top[j] ?? 0;
      const i = RANK_SPAN - 1 - (key % RANK_SPAN);
      claims.push({
        id: idOf(i),
        score: Math.floor(key / RANK_SPAN) / 1000,
        highlights: highlight(i, figQ ? (figQ[i] ?? 0) > 0 : false, terms, termQ, matchedTokens, nameTerms),
        complete: empty || (coverage[i] ?? 0) === parts,
      });
    }
    const counts = {
      kind: toRecord(kindCounts, (k) => core.kinds[k] ?? ""),
      person: toRecord(personCounts, (p) => people.id[p] ?? ""),
      source: toRecord(sourceCounts, sourceName),
    };

    const peopleHits: PersonHit[] = selected.slice(0, 20).map(([p]) => ({
      id: people.id[p] ?? "",
      name: people.name[p] ?? "",
      type: TYPES[(people.type[p] ?? "p") as keyof typeof TYPES],
      claims: claimCount[p] ?? 0,
      relayed: relayCount[p] ?? 0,
    }));

    const said: string[] = figs.map((f) => `figure ${describeFigure(f)}`);
    if (selected.length > 0) {
      const names = selected.slice(0, 3).map(([p]) => people.name[p] ?? "");
      const more = selected.length > 3 ? ` +${selected.length - 3} more` : "";
      said.push(`${selected.length === 1 ? "person" : "people"} ${names.join(", ")}${more}`);
    }
    const free = terms.filter((_, ti) => !nameTerms.has(ti)).map((t) => t.text);
    if (free.length > 0) said.push(`words ${free.map((w) => `“${w}”`).join(" ")}`);
    if (filters.kind !== undefined) said.push(`kind ${filters.kind}`);
    if (filters.person !== undefined)
      said.push(`person ${people.name[personIndex.get(filters.person) ?? -1] ?? filters.person}`);
    if (filters.source !== undefined) said.push(`source ${filters.source}`);

    return { claims, total: m, complete: mAll, people: peopleHits, counts, understood: said.join(" · ") };
  }

  /**
   * Spans to mark in a claim's quote.
   *
   * @param i Claim index.
   * @param figure Whether the figure matched.
   * @param terms Query terms.
   * @param termQ Per-term claim qualities.
   * @param tokens Per-term name tokens of the entities found.
   * @param nameTerms Terms that found an entity: only the matched name words are marked for them.
   * @returns Sorted, merged spans.
   */
  function highlight(
    i: number,
    figure: boolean,
    terms: readonly QueryTerm[],
    termQ: readonly Float32Array[],
    tokens: readonly Set<string>[],
    nameTerms: ReadonlySet<number>,
  ): [number, number][] {
    const t = text as SearchText | null;
    if (!t) return [];
    const spans: [number, number][] = [];
    if (figure) {
      const s = t.fo[i] ?? 0;
      spans.push([s, s + (c.fg[i] ?? "").length]);
    }
    const live = terms.map((_, ti) => ((termQ[ti]?.[i] ?? 0) > 0 ? ti : -1)).filter((ti) => ti >= 0);
    if (live.length > 0) {
      // Only words that begin like a term (or a matched name) can match: the others are skipped unread.
      const firsts = new Set<string>();
      for (const ti of live) {
        firsts.add(terms[ti]?.word.charAt(0) ?? "");
        for (const tok of tokens[ti] ?? []) firsts.add(tok.charAt(0));
      }
      const quote = t.quotes[t.qi[i] ?? -1] ?? "";
      for (const mt of quote.matchAll(WORD_RE)) {
        const raw = mt[0];
        const c0 = raw.charCodeAt(0);
        if (c0 < 128 && !firsts.has(raw.charAt(0).toLowerCase())) continue;
        const word = cleanWord(raw);
        const ws = stem(word);
        for (const ti of live) {
          const term = terms[ti];
          if (!term) continue;
          const hitWord = nameTerms.has(ti)
            ? tokens[ti]?.has(word) === true
            : term.word.length >= 2 &&
              (word.startsWith(term.word) || ws.startsWith(term.stem) || (ws.length >= 4 && term.word.startsWith(ws)));
          if (hitWord) {
            spans.push([mt.index, mt.index + raw.length]);
            break;
          }
        }
      }
    }
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out: [number, number][] = [];
    for (const s of spans) {
      const last = out[out.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else out.push([s[0], s[1]]);
    }
    return out;
  }

  /**
   * Runs every path a few times while loading, so that the first keystrokes do not pay for compiling the code.
   */
  function warmUp(): void {
    if (options.warm === false) return;
    const name = names.middleToken();
    const words = (text as SearchText | null)?.words ?? [];
    const word = words[Math.floor(words.length / 3)] ?? "b";
    const mix = [
      "$2,000 a month",
      "over 10k",
      "90%",
      `${name} 2000`,
      name.slice(0, 2),
      `${word} ${name.slice(0, 3)}`,
      "lee woong-gil",
    ];
    for (let round = 0; round < 2; round++) for (const q of mix) search(round === 1 ? `${q} ` : q);
    arrayCache.clear();
    names.clearCache();
  }

  if (index.text) attach(index.text);
  warmUp();

  const ref = (p: number): { id: string; name: string } | null =>
    p >= 0 ? { id: people.id[p] ?? "", name: people.name[p] ?? "" } : null;

  return {
    search,
    addText(t: SearchText): void {
      attach(t);
      warmUp();
    },
    get hasText(): boolean {
      return text !== null;
    },
    claim(id: string): SearchClaimRow | undefined {
      if (!idIndex) {
        idIndex = new Map<string, number>();
        for (let j = 0; j < n; j++) idIndex.set(idOf(j), j);
      }
      const i = idIndex.get(id);
      if (i === undefined) return undefined;
      const t = text as SearchText | null;
      const p = per[i] ?? -1;
      return {
        id,
        article: core.articles[art[i] ?? 0] ?? "",
        kind: core.kinds[kind[i] ?? 0] ?? "",
        kindLabel: core.kindLabels[kind[i] ?? 0] ?? "",
        figure: c.fg[i] ?? "",
        attributedTo: ref(who[i] ?? -1),
        subject: ref(subject[i] ?? -1),
        disputedBy: ref(disputed[i] ?? -1),
        disputes: ((flags[i] ?? 0) & 4) !== 0,
        via: (core.vias[vc[i] ?? 0] ?? []).map((v) => ref(v) ?? { id: "", name: "" }),
        source: sourceName(sourceKey[i] ?? 0),
        asOf: core.dates[date[i] ?? -1] ?? null,
        ...(((flags[i] ?? 0) & 32) !== 0
          ? { asOfPrecision: "month" as const }
          : ((flags[i] ?? 0) & 64) !== 0
            ? { asOfPrecision: "year" as const }
            : {}),
        value: {
          min: Number.isFinite(rawLo[i] ?? NaN) ? (rawLo[i] ?? null) : null,
          max: Number.isFinite(rawHi[i] ?? NaN) ? (rawHi[i] ?? null) : null,
          unit: core.units[unit[i] ?? -1] ?? "",
          per: p >= 0 ? (core.periods[p] ?? null) : null,
          approx: ((flags[i] ?? 0) & 1) !== 0,
        },
        vague: ((flags[i] ?? 0) & 2) !== 0,
        derived: ((flags[i] ?? 0) & 16) !== 0,
        quote: t ? (t.quotes[t.qi[i] ?? -1] ?? null) : null,
        figureOffset: t ? (t.fo[i] ?? null) : null,
      };
    },
  };
}

/**
 * The first index of an ascending array whose entry exceeds `x`.
 *
 * @param a Ascending numbers.
 * @param x The bound.
 * @returns Index in 0..length.
 */
function upperBoundF(a: Float64Array, x: number): number {
  let l = 0;
  let h = a.length;
  while (l < h) {
    const m = (l + h) >>> 1;
    if ((a[m] ?? 0) <= x) l = m + 1;
    else h = m;
  }
  return l;
}

/**
 * Adds a key to a min-heap of distinct keys.
 *
 * @param heap The heap's storage.
 * @param size How many keys it holds (there is room for one more).
 * @param key The key.
 */
function heapPush(heap: Float64Array, size: number, key: number): void {
  let at = size;
  while (at > 0) {
    const up = (at - 1) >> 1;
    const parent = heap[up] ?? 0;
    if (parent <= key) break;
    heap[at] = parent;
    at = up;
  }
  heap[at] = key;
}

/**
 * Replaces the smallest key of a min-heap by a larger one.
 *
 * @param heap The heap's storage.
 * @param size How many keys it holds.
 * @param key The key, larger than the smallest.
 */
function heapReplaceTop(heap: Float64Array, size: number, key: number): void {
  let at = 0;
  for (;;) {
    const l = 2 * at + 1;
    if (l >= size) break;
    const r = l + 1;
    const child = r < size && (heap[r] ?? 0) < (heap[l] ?? 0) ? r : l;
    const v = heap[child] ?? 0;
    if (v >= key) break;
    heap[at] = v;
    at = child;
  }
  heap[at] = key;
}

/**
 * The logarithm closeness is measured with: log(|m| + 1) of the number that stands for an interval.
 * Two intervals are the closer the nearer their logarithms.
 *
 * @param a Lower end (-Infinity when open).
 * @param b Upper end (Infinity when open).
 * @returns The logarithm, or NaN when both ends are open.
 */
function closeness(a: number, b: number): number {
  const m = represent(a, b);
  return m === null ? NaN : Math.log(Math.abs(m) + 1);
}

/**
 * One number standing for an interval when closeness is measured: the middle, or the finite end.
 *
 * @param a Lower end (-Infinity when open).
 * @param b Upper end (Infinity when open).
 * @returns The number, or null when both ends are open.
 */
function represent(a: number, b: number): number | null {
  if (Number.isFinite(a) && Number.isFinite(b)) return (a + b) / 2;
  if (Number.isFinite(a)) return a;
  if (Number.isFinite(b)) return b;
  return null;
}

/**
 * Turns counts by index into counts by name, leaving out zeros.
 *
 * @param counts Counts by index.
 * @param name Name of an index.
 * @returns Counts by name.
 */
function toRecord(counts: Int32Array, name: (i: number) => string): Record<string, number> {
  const out: Record<string, number> = {};
  counts.forEach((v, i) => {
    if (v > 0) out[name(i)] = v;
  });
  return out;
}

/**
 * Compares strings by code units.
 *
 * @param a One string.
 * @param b The other.
 * @returns Negative, zero or positive.
 */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SYMBOLS: Record<string, string> = { USD: "$", GBP: "£", EUR: "€", RUB: "₽" };

/**
 * Writes a number with thousands separators.
 *
 * @param v The number.
 * @returns e.g. "2,000" or "1.5".
 */
function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  const [int = "0", frac] = String(Math.abs(r)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${r < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/**
 * Says how a query figure was read, e.g. "$2,000 a month (USD)" or "≥ 10,000 (any unit)".
 *
 * @param f The figure.
 * @returns A short label.
 */
export function describeFigure(f: QueryFigure): string {
  const { min, max } = f.interval;
  const sym = f.unit ? (SYMBOLS[f.unit] ?? "") : "";
  const pct = f.unit === "percent" ? "%" : "";
  const one = (v: number): string => `${sym}${f.yearLike ? String(v) : num(v)}${pct}`;
  const body =
    min !== null && max !== null
      ? min === max
        ? one(min)
        : `${one(min)}–${one(max)}`
      : min !== null
        ? `≥ ${one(min)}`
        : max !== null
          ? `≤ ${one(max)}`
          : "any";
  const rate = f.per ? ` a ${f.per}` : "";
  const label =
    f.unit === null
      ? f.yearLike
        ? "any unit, or a year"
        : "any unit"
      : f.unit === "percent"
        ? ""
        : f.accepts.join(" or ");
  return `${body}${rate}${label ? ` (${label})` : ""}`;
}
