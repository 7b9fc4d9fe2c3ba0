/**
 * The search engine: runs in the browser (and in Node) over the index built by `index.ts`.
 * A query's figures match claims whose value interval meets theirs (approximate values widened
 * by the shared tolerance, open bounds left open) in an agreeing unit; its words match people
 * and organisations by every spelling (fuse.js for typos, any word order), and the words of the
 * quotes and of the kinds by prefix. Claims that satisfy more parts of the query rank first.
 */
import Fuse from "fuse.js";
import { widen } from "../compare/tolerance.ts";
import type { SearchCore, SearchIndex, SearchText } from "./index.ts";
import { parseQuery, type QueryFigure, type QueryTerm } from "./query.ts";
import { GENERIC_NAME_WORDS, lowerBound, nameTokens, stem, wordSpans } from "./text.ts";

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
  readonly type: "person" | "organization" | "group" | "outlet";
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
  readonly via: { id: string; name: string }[];
  /** The outermost relay's id, else the article slug. */
  readonly source: string;
  readonly asOf: string | null;
  readonly value: { min: number | null; max: number | null; unit: string; per: string | null; approx: boolean };
  readonly vague: boolean;
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
  /** Most claims returned per search (default 100); counts and totals cover all matches. */
  readonly limit?: number;
}

const TYPES = { p: "person", o: "organization", g: "group", u: "outlet" } as const;
/** How much a claim counts for a person found by name, by the person's part in it. */
const ROLE_WEIGHT = { attributed: 1, subject: 0.9, disputed: 0.85, via: 0.7 } as const;

/** How well one query word matches one entity. */
interface NameMatch {
  q: number;
  generic: boolean;
}

/** What one folded word matches in the name vocabulary. */
interface WordMatch {
  /** Entity index → match. */
  readonly persons: Map<number, NameMatch>;
  /** The vocabulary tokens matched (exactly, by prefix or with a typo). */
  readonly tokens: Set<string>;
}

/** One entity's token as the name vocabulary holds it. */
interface TokenOwner {
  readonly person: number;
  readonly weight: number;
}

/**
 * Creates a search over an index; the text part may be given now or added later.
 *
 * @param index The index (`text` optional).
 * @param options Engine options.
 * @returns The search.
 */
export function createSearch(index: SearchIndex | { readonly core: SearchCore; readonly text?: SearchText | undefined }, options: SearchOptions = {}): Search {
  const core = index.core;
  const limit = options.limit ?? 100;
  const n = core.n;
  const c = core.claims;

  // Claims.
  const ids: string[] = new Array<string>(n);
  const idIndex = new Map<string, number>();
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const rawLo = new Float64Array(n);
  const rawHi = new Float64Array(n);
  const unit = new Int16Array(n);
  const per = new Int8Array(n);
  const kind = new Int16Array(n);
  const who = new Int32Array(n);
  const subject = new Int32Array(n).fill(-1);
  const disputed = new Int32Array(n).fill(-1);
  const vc = new Int32Array(n);
  const art = new Int32Array(n);
  const date = new Int32Array(n);
  const flags = new Uint8Array(n);
  let a = 0;
  let left = core.articleClaims[0] ?? 0;
  let offset = 0;
  for (let i = 0; i < n; i++) {
    let first = i === 0;
    while (left === 0 && a < core.articles.length - 1) {
      a++;
      left = core.articleClaims[a] ?? 0;
      first = true;
    }
    left--;
    const part = c.ip[i] ?? "";
    offset = first ? (c.io[i] ?? 0) : offset + (c.io[i] ?? 0);
    const id = part.startsWith("=") ? part.slice(1) : `${core.articles[a] ?? ""}-${part}-n${offset}`;
    ids[i] = id;
    idIndex.set(id, i);
    date[i] = core.articleDates[a] ?? -1;
    const min = c.lo[i] ?? null;
    const hd = c.hd[i] ?? null;
    const max = hd === null ? null : min === null ? hd : min + hd;
    const f = c.f[i] ?? 0;
    const w = widen({ min, max }, (f & 1) !== 0);
    lo[i] = w.min ?? -Infinity;
    hi[i] = w.max ?? Infinity;
    rawLo[i] = min ?? -Infinity;
    rawHi[i] = max ?? Infinity;
    unit[i] = c.u[i] ?? -1;
    per[i] = c.p[i] ?? -1;
    kind[i] = c.k[i] ?? -1;
    who[i] = c.w[i] ?? -1;
    vc[i] = c.vc[i] ?? 0;
    art[i] = a;
    flags[i] = f;
  }
  for (let j = 0; j + 1 < c.de.length; j += 2) date[c.de[j] ?? 0] = c.de[j + 1] ?? -1;
  for (let j = 0; j + 1 < c.sj.length; j += 2) subject[c.sj[j] ?? 0] = c.sj[j + 1] ?? -1;
  for (let j = 0; j + 1 < c.dp.length; j += 2) disputed[c.dp[j] ?? 0] = c.dp[j + 1] ?? -1;
  // The interval index: claims sorted by the widened lower bound, for a binary search on the upper end of a query.
  const byLo = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => (lo[x] ?? 0) - (lo[y] ?? 0) || x - y);
  const sortedLo = Float64Array.from(byLo, (i) => lo[i] ?? 0);
  // Rank of each claim's id, for deterministic ties.
  const idRank = new Int32Array(n);
  Int32Array.from({ length: n }, (_, i) => i)
    .sort((x, y) => cmp(ids[x] ?? "", ids[y] ?? ""))
    .forEach((i, r) => {
      idRank[i] = r;
    });

  // People and their claims.
  const people = core.people;
  const np = people.id.length;
  const personIndex = new Map(people.id.map((id, i) => [id, i]));
  const links: { claim: number; weight: number }[][] = Array.from({ length: np }, () => []);
  for (let i = 0; i < n; i++) {
    const w = who[i] ?? -1;
    if (w >= 0) links[w]?.push({ claim: i, weight: ROLE_WEIGHT.attributed });
    const s = subject[i] ?? -1;
    if (s >= 0 && s !== w) links[s]?.push({ claim: i, weight: ROLE_WEIGHT.subject });
    const d = disputed[i] ?? -1;
    if (d >= 0 && d !== w) links[d]?.push({ claim: i, weight: ROLE_WEIGHT.disputed });
    for (const v of core.vias[vc[i] ?? 0] ?? []) if (v !== w) links[v]?.push({ claim: i, weight: ROLE_WEIGHT.via });
  }
  const claimCount = links.map((l) => new Set(l.filter((x) => x.weight !== ROLE_WEIGHT.via).map((x) => x.claim)).size);

  const owners = new Map<string, TokenOwner[]>();
  /** For groups: how many words the shortest spelling has (a group needs all of them). */
  const groupWords = new Int16Array(np);
  const addToken = (tok: string, person: number, weight: number): void => {
    const list = owners.get(tok) ?? [];
    const prev = list.find((o) => o.person === person);
    if (prev) {
      if (prev.weight >= weight) return;
      list.splice(list.indexOf(prev), 1);
    }
    list.push({ person, weight });
    owners.set(tok, list);
  };
  for (let p = 0; p < np; p++) {
    const isGroup = people.type[p] === "g";
    const spellings = [people.name[p] ?? "", ...(people.vars[p] ?? [])];
    let fewest = Infinity;
    for (const s of spellings) {
      const toks = nameTokens(s);
      fewest = Math.min(fewest, wordSpans(s).filter((w) => toks.includes(w.word)).length || toks.length);
      for (const t of toks) addToken(t, p, 1);
    }
    groupWords[p] = isGroup ? Math.min(fewest, 32767) : 0;
    if (!isGroup) for (const r of people.roles[p] ?? []) for (const t of nameTokens(r)) addToken(t, p, 0.6);
  }
  const vocab = [...owners.keys()].sort();
  const fuse = new Fuse(vocab, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
  const wordCache = new Map<string, WordMatch>();

  // Kinds.
  const kindClaims: number[][] = core.kinds.map(() => []);
  for (let i = 0; i < n; i++) kindClaims[kind[i] ?? 0]?.push(i);

  // Text part.
  let text: SearchText | null = null;
  let quoteClaims: number[][] = [];
  let postCache: (Int32Array | undefined)[] = [];
  const attach = (t: SearchText): void => {
    text = t;
    quoteClaims = t.quotes.map(() => []);
    t.qi.forEach((q, i) => quoteClaims[q]?.push(i));
    postCache = new Array<Int32Array | undefined>(t.words.length);
  };
  if (index.text) attach(index.text);

  /**
   * The quotes a word of the index occurs in.
   *
   * @param w Index of the word.
   * @returns Quote indices.
   */
  const postings = (w: number): Int32Array => {
    const cached = postCache[w];
    if (cached) return cached;
    const parts = (text?.posts[w] ?? "").split(".");
    const out = new Int32Array(parts.length);
    let prev = -1;
    parts.forEach((g, j) => {
      prev += parseInt(g, 36);
      out[j] = prev;
    });
    postCache[w] = out;
    return out;
  };

  /**
   * Entities one folded word names, with how well.
   *
   * @param w The word.
   * @param typing Whether it may still be being typed.
   * @returns Entities and the tokens matched.
   */
  const matchWord = (w: string, typing: boolean): WordMatch => {
    const key = `${typing ? "1" : "0"}${w}`;
    const hit = wordCache.get(key);
    if (hit) return hit;
    const out = new Map<number, NameMatch>();
    const tokens = new Set<string>();
    const give = (tok: string, q: number): void => {
      tokens.add(tok);
      const place = GENERIC_NAME_WORDS.has(tok);
      for (const o of owners.get(tok) ?? []) {
        const v = q * o.weight;
        // A role word ("defector", "agency") adds to a name but never finds anyone alone.
        const generic = place || o.weight < 1;
        const prev = out.get(o.person);
        if (!prev || v > prev.q || (v === prev.q && !generic)) out.set(o.person, { q: v, generic });
      }
    };
    if (owners.has(w)) give(w, 1);
    if (w.length >= 2 || typing) {
      for (let j = lowerBound(vocab, w); j < vocab.length; j++) {
        const tok = vocab[j] ?? "";
        if (!tok.startsWith(w)) break;
        if (tok !== w) give(tok, 0.6 + (0.3 * w.length) / tok.length);
      }
    }
    if (w.length >= 4) {
      for (const r of fuse.search(w)) {
        const tok = r.item;
        const score = r.score ?? 1;
        if (tok === w || Math.abs(tok.length - w.length) > Math.max(1, Math.floor(w.length / 4))) continue;
        give(tok, 0.75 * (1 - score));
      }
    }
    const result = { persons: out, tokens };
    wordCache.set(key, result);
    if (wordCache.size > 2000) wordCache.delete(wordCache.keys().next().value ?? "");
    return result;
  };

  /**
   * Entities one query term names: the whole word, or all the parts of a hyphenated word.
   *
   * @param t The term.
   * @returns Entities and the tokens matched.
   */
  const matchTerm = (t: QueryTerm): WordMatch => {
    const whole = matchWord(t.word, t.typing);
    if (t.parts.length < 2) return whole;
    const out = new Map(whole.persons);
    const tokens = new Set(whole.tokens);
    const parts = t.parts.map((p, j) => matchWord(p, t.typing && j === t.parts.length - 1));
    for (const pm of parts) for (const tok of pm.tokens) tokens.add(tok);
    const partMaps = parts.map((x) => x.persons);
    const first = partMaps[0] ?? new Map<number, NameMatch>();
    for (const [p, m] of first) {
      let q = m.q;
      let generic = m.generic;
      let all = true;
      for (const pm of partMaps.slice(1)) {
        const x = pm.get(p);
        if (!x) {
          all = false;
          break;
        }
        q = Math.min(q, x.q);
        generic = generic && x.generic;
      }
      const prev = out.get(p);
      if (all && (!prev || q > prev.q)) out.set(p, { q, generic });
    }
    return { persons: out, tokens };
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
   * @returns Quality: about 3 for the same value, 2.5 for a shared end, 2 for containment, 1 for overlap, plus closeness.
   */
  const figureQuality = (f: QueryFigure, i: number, qlo: number, qhi: number): number => {
    const u = core.units[unit[i] ?? -1] ?? "";
    if (f.accepts.length > 0 && !f.accepts.includes(u as never)) return 0;
    const clo = lo[i] ?? 0;
    const chi = hi[i] ?? 0;
    if (clo > qhi || chi < qlo) return 0;
    const a = rawLo[i] ?? 0;
    const b = rawHi[i] ?? 0;
    const approx = ((flags[i] ?? 0) & 1) !== 0;
    let q: number;
    if (a === qlo && b === qhi) q = approx ? 2.8 : 3;
    else if (approx && f.exact && clo <= qlo && chi >= qhi && a === b) q = 2.7;
    else if (f.exact && (a === qlo || b === qhi)) q = 2.5;
    else if ((a >= qlo && b <= qhi) || (Number.isFinite(a) && Number.isFinite(b) && a <= qlo && b >= qhi)) q = 2;
    else q = 1;
    const cm = represent(a, b);
    const qm = represent(qlo, qhi);
    if (cm !== null && qm !== null) q += 0.5 / (1 + Math.abs(Math.log((Math.abs(cm) + 1) / (Math.abs(qm) + 1))));
    const p = per[i] ?? -1;
    if (f.per !== null && p >= 0 && core.periods[p] !== f.per) q *= 0.5;
    if (((flags[i] ?? 0) & 2) !== 0) q -= 0.2;
    return Math.max(q, 0.01);
  };

  /**
   * Which entities a claim's source is: the outermost relay, else the article.
   *
   * @param i Claim index.
   * @returns Source id.
   */
  const sourceOf = (i: number): string => {
    const v = core.vias[vc[i] ?? 0]?.[0];
    return v !== undefined ? (people.id[v] ?? "") : (core.articles[art[i] ?? 0] ?? "");
  };
  const inSource = (i: number, s: string): boolean =>
    core.articles[art[i] ?? 0] === s || (core.vias[vc[i] ?? 0] ?? []).some((v) => people.id[v] === s);
  const inPerson = (i: number, p: number): boolean => who[i] === p || subject[i] === p || disputed[i] === p;

  const search = (q: string, filters: SearchFilters = {}): SearchResult => {
    const parsed = parseQuery(q);
    const terms = parsed.terms;
    const figs = parsed.figures;
    const fKind = filters.kind !== undefined ? core.kinds.indexOf(filters.kind) : -2;
    const fPerson = filters.person !== undefined ? (personIndex.get(filters.person) ?? -3) : -2;
    const fSource = filters.source;
    const hasFilter = fKind !== -2 || fPerson !== -2 || fSource !== undefined;

    // Figures.
    const figQ = figs.length > 0 ? new Float32Array(n) : null;
    const figLabels: string[] = [];
    for (const f of figs) {
      figLabels.push(describeFigure(f));
      if (!figQ) break;
      const qlo = f.interval.min ?? -Infinity;
      const qhi = f.interval.max ?? Infinity;
      const end = sortedByLo ? upperBoundF(lo, qhi) : n;
      for (let i = 0; i < end; i++) {
        if ((hi[i] ?? 0) < qlo) continue;
        const v = figureQuality(f, i, qlo, qhi);
        if (v > (figQ[i] ?? 0)) figQ[i] = v;
      }
    }

    // Names.
    const termMatches = terms.map(matchTerm);
    const agg = new Map<number, { cov: number; score: number; nonGeneric: number }>();
    termMatches.forEach((m) => {
      for (const [p, x] of m.persons) {
        const a = agg.get(p) ?? { cov: 0, score: 0, nonGeneric: 0 };
        a.cov++;
        a.score += x.q;
        if (!x.generic) a.nonGeneric++;
        agg.set(p, a);
      }
    });
    const eligible = [...agg].filter(([p, a]) => a.nonGeneric > 0 && a.cov >= (groupWords[p] ?? 0));
    const maxCov = eligible.reduce((m, [, a]) => Math.max(m, a.cov), 0);
    const bestScore = eligible.filter(([, a]) => a.cov === maxCov).reduce((m, [, a]) => Math.max(m, a.score), 0);
    const selected = eligible
      .filter(([, a]) => a.cov === maxCov && a.score >= 0.6 * bestScore)
      .sort(([p, a], [r, b]) => b.score - a.score || (claimCount[r] ?? 0) - (claimCount[p] ?? 0) || cmp(people.name[p] ?? "", people.name[r] ?? ""));
    const selectedSet = new Set(selected.map(([p]) => p));
    const nameTerms = new Set<number>();
    termMatches.forEach((m, t) => {
      for (const p of m.persons.keys()) if (selectedSet.has(p)) nameTerms.add(t);
    });

    // Terms: best of name, quote and kind per claim.
    const termQ: Float32Array[] = terms.map((t, ti) => {
      const arr = new Float32Array(n);
      const m = termMatches[ti]?.persons ?? new Map<number, NameMatch>();
      for (const p of selectedSet) {
        const x = m.get(p);
        if (!x) continue;
        for (const l of links[p] ?? []) {
          const v = x.q * l.weight * 1.2;
          if (v > (arr[l.claim] ?? 0)) arr[l.claim] = v;
        }
      }
      for (const [k, v] of kindMatches(t)) {
        for (const i of kindClaims[k] ?? []) if (v > (arr[i] ?? 0)) arr[i] = v;
      }
      for (const [w, v] of textWords(t)) {
        for (const qd of postings(w)) for (const i of quoteClaims[qd] ?? []) if (v > (arr[i] ?? 0)) arr[i] = v;
      }
      return arr;
    });

    // Score, filter, count.
    const empty = figs.length === 0 && terms.length === 0;
    const hits: { i: number; score: number }[] = [];
    const counts = { kind: {} as Record<string, number>, person: {} as Record<string, number>, source: {} as Record<string, number> };
    if (!empty || hasFilter) {
      for (let i = 0; i < n; i++) {
        let cov = 0;
        let score = 0;
        const fq = figQ ? (figQ[i] ?? 0) : 0;
        if (fq > 0) {
          cov++;
          score += fq;
        }
        for (const arr of termQ) {
          const v = arr[i] ?? 0;
          if (v > 0) {
            cov++;
            score += v;
          }
        }
        if (cov === 0 && !empty) continue;
        const f = flags[i] ?? 0;
        score += cov * 10 + ((f & 8) !== 0 ? 0.05 : 0);
        const okKind = fKind === -2 || kind[i] === fKind;
        const okPerson = fPerson === -2 || inPerson(i, fPerson);
        const src = sourceOf(i);
        const okSource = fSource === undefined || inSource(i, fSource);
        if (okPerson && okSource) bump(counts.kind, core.kinds[kind[i] ?? 0] ?? "");
        if (okKind && okSource) {
          const w = who[i] ?? -1;
          if (w >= 0) bump(counts.person, people.id[w] ?? "");
        }
        if (okKind && okPerson) bump(counts.source, src);
        if (okKind && okPerson && okSource) hits.push({ i, score: empty ? 0 : Math.round(score * 1000) / 1000 });
      }
    }
    hits.sort((a, b) => b.score - a.score || cmp(ids[a.i] ?? "", ids[b.i] ?? ""));

    // Highlights of the best.
    const matchedTokens = terms.map((_, ti) => (nameTerms.has(ti) ? (termMatches[ti]?.tokens ?? new Set<string>()) : new Set<string>()));
    const claims: ClaimHit[] = hits.slice(0, limit).map(({ i, score }) => ({
      id: ids[i] ?? "",
      score,
      highlights: highlight(i, figQ ? (figQ[i] ?? 0) > 0 : false, terms, termQ, matchedTokens, nameTerms),
    }));

    const peopleHits: PersonHit[] = selected.slice(0, 20).map(([p]) => ({
      id: people.id[p] ?? "",
      name: people.name[p] ?? "",
      type: TYPES[(people.type[p] ?? "p") as keyof typeof TYPES],
      claims: claimCount[p] ?? 0,
    }));

    const parts: string[] = [...figLabels.map((l) => `figure ${l}`)];
    if (selected.length > 0) {
      const names = selected.slice(0, 3).map(([p]) => people.name[p] ?? "");
      const more = selected.length > 3 ? ` +${selected.length - 3} more` : "";
      parts.push(`${selected.length === 1 ? "person" : "people"} ${names.join(", ")}${more}`);
    }
    const free = terms.filter((_, ti) => !nameTerms.has(ti)).map((t) => t.text);
    if (free.length > 0) parts.push(`words ${free.map((w) => `“${w}”`).join(" ")}`);
    if (filters.kind !== undefined) parts.push(`kind ${filters.kind}`);
    if (filters.person !== undefined) parts.push(`person ${people.name[personIndex.get(filters.person) ?? -1] ?? filters.person}`);
    if (filters.source !== undefined) parts.push(`source ${filters.source}`);

    return { claims, total: hits.length, people: peopleHits, counts, understood: parts.join(" · ") };
  };

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
    const quote = t.quotes[t.qi[i] ?? -1] ?? "";
    const spans: [number, number][] = [];
    if (figure) {
      const s = t.fo[i] ?? 0;
      spans.push([s, s + (c.fg[i] ?? "").length]);
    }
    const live = terms.map((_, ti) => ((termQ[ti]?.[i] ?? 0) > 0 ? ti : -1)).filter((ti) => ti >= 0);
    if (live.length > 0) {
      for (const w of wordSpans(quote)) {
        const ws = stem(w.word);
        for (const ti of live) {
          const term = terms[ti];
          if (!term) continue;
          const hitWord = nameTerms.has(ti)
            ? tokens[ti]?.has(w.word) === true
            : term.word.length >= 2 && (w.word.startsWith(term.word) || ws.startsWith(term.stem) || (ws.length >= 4 && term.word.startsWith(ws)));
          if (hitWord) {
            spans.push([w.start, w.end]);
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

  const ref = (p: number): { id: string; name: string } | null => (p >= 0 ? { id: people.id[p] ?? "", name: people.name[p] ?? "" } : null);

  return {
    search,
    addText: attach,
    get hasText(): boolean {
      return text !== null;
    },
    claim(id: string): SearchClaimRow | undefined {
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
        via: (core.vias[vc[i] ?? 0] ?? []).map((v) => ref(v) ?? { id: "", name: "" }),
        source: sourceOf(i),
        asOf: core.dates[date[i] ?? -1] ?? null,
        value: {
          min: Number.isFinite(rawLo[i] ?? NaN) ? (rawLo[i] ?? null) : null,
          max: Number.isFinite(rawHi[i] ?? NaN) ? (rawHi[i] ?? null) : null,
          unit: core.units[unit[i] ?? -1] ?? "",
          per: p >= 0 ? (core.periods[p] ?? null) : null,
          approx: ((flags[i] ?? 0) & 1) !== 0,
        },
        vague: ((flags[i] ?? 0) & 2) !== 0,
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
 * Adds one to a count.
 *
 * @param r Counts.
 * @param k Key.
 */
function bump(r: Record<string, number>, k: string): void {
  r[k] = (r[k] ?? 0) + 1;
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
  const one = (v: number): string => `${sym}${num(v)}${pct}`;
  const body =
    min !== null && max !== null ? (min === max ? one(min) : `${one(min)}–${one(max)}`) : min !== null ? `≥ ${one(min)}` : max !== null ? `≤ ${one(max)}` : "any";
  const rate = f.per ? ` a ${f.per}` : "";
  const label = f.unit === null ? "any unit" : f.unit === "percent" ? "" : f.accepts.join(" or ");
  return `${body}${rate}${label ? ` (${label})` : ""}`;
}
