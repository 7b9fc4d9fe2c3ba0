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
}

/** What a search gives. */
export interface SearchResult {
  /** The best claims, best first (at most the engine's limit). */
  readonly claims: ClaimHit[];
  /** How many claims match in all (with the filters). */
  readonly total: number;
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
  const eachLink = (visit: (p: number, i: number, weight: number) => void): void => {
    for (let i = 0; i < n; i++) {
      const w = who[i] ?? -1;
      if (w >= 0) visit(w, i, ROLE_WEIGHT.attributed);
      const s = subject[i] ?? -1;
      if (s >= 0 && s !== w) visit(s, i, ROLE_WEIGHT.subject);
      const d = disputed[i] ?? -1;
      if (d >= 0 && d !== w && d !== s) visit(d, i, ROLE_WEIGHT.disputed);
      for (const v of core.vias[vc[i] ?? 0] ?? []) if (v !== w && v !== s && v !== d) visit(v, i, ROLE_WEIGHT.via);
    }
  };
  eachLink((p, _i, weight) => {
    linkStart[p + 1] = (linkStart[p + 1] ?? 0) + 1;
    if (weight !== ROLE_WEIGHT.via) claimCount[p] = (claimCount[p] ?? 0) + 1;
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
    quoteCache.clear();
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

  /** Claims whose quote holds a term's word, with how well; recent terms are kept (typing repeats them). */
  const quoteCache = new Map<string, Map<number, number>>();
  const quoteHits = (t: QueryTerm): Map<number, number> => {
    const key = `${t.typing ? 1 : 0}${t.word}|${t.parts.join("-")}`;
    const hit = quoteCache.get(key);
    if (hit) return hit;
    const out = new Map<number, number>();
    for (const [w, v] of textWords(t)) {
      for (let j = wordStart[w] ?? 0; j < (wordStart[w + 1] ?? 0); j++) {
        const i = wordClaims[j] ?? 0;
        if (v > (out.get(i) ?? 0)) out.set(i, v);
      }
    }
    quoteCache.set(key, out);
    if (quoteCache.size > 24) quoteCache.delete(quoteCache.keys().next().value ?? "");
    return out;
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
   * @returns Quality: about 3 for the same value, 2.5 for a shared end, 2 for containment, 1 for overlap, plus closeness.
   */
  const figureQuality = (f: QueryFigure, i: number, qlo: number, qhi: number, perIndex: number): number => {
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
    const cm = represent(a, b);
    const qm = represent(qlo, qhi);
    if (cm !== null && qm !== null) q += 0.5 / (1 + Math.abs(Math.log((Math.abs(cm) + 1) / (Math.abs(qm) + 1))));
    if (perIndex >= 0 && p >= 0 && p !== perIndex) q *= 0.5;
    if ((fl & 2) !== 0) q -= 0.2;
    if (f.moneyLike && money[(unit[i] ?? -1) + 1] === 1) q += 0.1;
    return Math.max(q, 0.01);
  };

  // Sources: the outermost relay (a person index), else the article (np + article index).
  const sourceKey = new Int32Array(n);
  for (let i = 0; i < n; i++) sourceKey[i] = core.vias[vc[i] ?? 0]?.[0] ?? np + (art[i] ?? 0);
  const sourceName = (k: number): string => (k < np ? (people.id[k] ?? "") : (core.articles[k - np] ?? ""));
  const RANK_SPAN = 2 ** 22;

  /** Per-term and per-figure claim qualities of recent queries (typing repeats them). */
  const arrayCache = new Map<string, Float32Array>();
  const cached = (key: string, make: () => Float32Array): Float32Array => {
    const hit = arrayCache.get(key);
    if (hit) {
      arrayCache.delete(key);
      arrayCache.set(key, hit);
      return hit;
    }
    const made = make();
    arrayCache.set(key, made);
    if (arrayCache.size > 24) arrayCache.delete(arrayCache.keys().next().value ?? "");
    return made;
  };

  /**
   * Qualities of every claim for one query figure.
   *
   * @param f The figure.
   * @returns Per claim, 0 when it does not match.
   */
  const figureArray = (f: QueryFigure): Float32Array => {
    const arr = new Float32Array(n);
    const qlo = f.interval.min ?? -Infinity;
    const qhi = f.interval.max ?? Infinity;
    let accepts: Uint8Array | null = null;
    if (f.accepts.length > 0) {
      accepts = new Uint8Array(core.units.length + 1);
      for (const u of f.accepts) accepts[core.units.indexOf(u) + 1] = 1;
    }
    const perIndex = f.per === null ? -1 : core.periods.indexOf(f.per);
    const end = upperBoundF(sortedLo, qhi);
    for (let j = 0; j < end; j++) {
      const i = byLo[j] ?? 0;
      if ((hi[i] ?? 0) < qlo) continue;
      if (accepts && accepts[(unit[i] ?? -1) + 1] !== 1) continue;
      arr[i] = figureQuality(f, i, qlo, qhi, perIndex);
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

  function search(q: string, filters: SearchFilters = {}): SearchResult {
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
    const termQ: Float32Array[] = terms.map((t, ti) =>
      cached(`t${t.typing ? 1 : 0}${t.word}|${t.parts.join("-")}|${selectedKey}`, () => {
        const arr = new Float32Array(n);
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
      // Sparse: most quotes hold none of the name's words, so only the claims that hold them are visited.
      const hits = nameList.map((ti) => quoteHits(terms[ti] as QueryTerm));
      const smallest = hits.reduce((m, h) => (h.size < m.size ? h : m), hits[0] as Map<number, number>);
      let merged: Float32Array[] | null = null;
      for (const i of smallest.keys()) {
        if (!hits.every((h) => h.has(i))) continue;
        merged ??= nameList.map((ti) => Float32Array.from(termQ[ti] as Float32Array));
        merged.forEach((arr, k) => {
          const v = hits[k]?.get(i) ?? 0;
          if (v > (arr[i] ?? 0)) arr[i] = v;
        });
      }
      if (merged) {
        const m = merged;
        nameList.forEach((ti, k) => {
          termQ[ti] = m[k] as Float32Array;
        });
      }
    }

    // Score, filter, count.
    const empty = figs.length === 0 && terms.length === 0;
    const kindCounts = new Int32Array(core.kinds.length);
    const personCounts = new Int32Array(np);
    const sourceCounts = new Int32Array(np + core.articles.length);
    const keys = new Float64Array(n);
    const termCount = termQ.length;
    let m = 0;
    if (!empty || hasFilter) {
      for (let i = 0; i < n; i++) {
        let cov = 0;
        let score = 0;
        const fq = figQ ? (figQ[i] ?? 0) : 0;
        if (fq > 0) {
          cov++;
          score += fq;
        }
        for (let t = 0; t < termCount; t++) {
          const v = termQ[t]?.[i] ?? 0;
          if (v > 0) {
            cov++;
            score += v;
          }
        }
        if (cov === 0 && !empty) continue;
        score += cov * 10 + (((flags[i] ?? 0) & 8) !== 0 ? 0.05 : 0);
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
          const via = core.vias[vc[i] ?? 0] ?? [];
          for (let j = 0; j < via.length; j++) {
            const v = via[j] ?? -1;
            if (v >= 0 && via.indexOf(v) === j) sourceCounts[v] = (sourceCounts[v] ?? 0) + 1;
          }
        }
        // Ties go to the claim first in the index (article, then reading order).
        if (okKind && okPerson && okSource)
          keys[m++] = (empty ? 0 : Math.round(score * 1000)) * RANK_SPAN + (RANK_SPAN - 1 - i);
      }
    }
    const top = keys.subarray(0, m).sort();
    const matchedTokens = terms.map((_, ti) =>
      nameTerms.has(ti) ? (termMatches[ti]?.tokens ?? new Set<string>()) : new Set<string>(),
    );
    const claims: ClaimHit[] = [];
    for (let j = m - 1; j >= 0 && claims.length < limit; j--) {
      const key = top[j] ?? 0;
      const i = RANK_SPAN - 1 - (key % RANK_SPAN);
      claims.push({
        id: idOf(i),
        score: Math.floor(key / RANK_SPAN) / 1000,
        highlights: highlight(i, figQ ? (figQ[i] ?? 0) > 0 : false, terms, termQ, matchedTokens, nameTerms),
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
    }));

    const parts: string[] = figs.map((f) => `figure ${describeFigure(f)}`);
    if (selected.length > 0) {
      const names = selected.slice(0, 3).map(([p]) => people.name[p] ?? "");
      const more = selected.length > 3 ? ` +${selected.length - 3} more` : "";
      parts.push(`${selected.length === 1 ? "person" : "people"} ${names.join(", ")}${more}`);
    }
    const free = terms.filter((_, ti) => !nameTerms.has(ti)).map((t) => t.text);
    if (free.length > 0) parts.push(`words ${free.map((w) => `“${w}”`).join(" ")}`);
    if (filters.kind !== undefined) parts.push(`kind ${filters.kind}`);
    if (filters.person !== undefined)
      parts.push(`person ${people.name[personIndex.get(filters.person) ?? -1] ?? filters.person}`);
    if (filters.source !== undefined) parts.push(`source ${filters.source}`);

    return { claims, total: m, people: peopleHits, counts, understood: parts.join(" · ") };
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
