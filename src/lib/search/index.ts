/**
 * Builds the search index at build time: compact, JSON-serialisable, in two parts. The core
 * (claims as short columns, the people with every spelling, the words of each kind) is enough
 * to answer figure and name queries and loads first; the text part (quotes and a word index
 * over them) loads after and adds word matches and highlights.
 */
import type { Claim, EntityRef } from "../schema/claim.ts";
import { UNITS } from "../schema/claim.ts";
import { KINDS } from "../schema/kinds.ts";
import {
  SEARCH_INDEX_VERSION,
  type SearchClaims,
  type SearchCore,
  type SearchIndex,
  type SearchPeople,
  type SearchPersonInput,
  type SearchPersonType,
} from "./format.ts";
import { extractQuantities } from "../extract/quantities/index.ts";
import { STOP_WORDS, fold, idPart, nameTokens, stem, wordSpans } from "./text.ts";

export * from "./format.ts";

const TYPE_LETTER: Record<SearchPersonType, string> = {
  person: "p",
  organization: "o",
  group: "g",
  outlet: "u",
  unit: "m",
};

/**
 * Builds the search index of a set of claims and the entities they name.
 *
 * @param claims Claims (any order).
 * @param people People, organisations, groups and outlets with every spelling; entities a claim names that are missing are added from the claim.
 * @param publishers The outlet that published each article, by slug, when known: a search for an outlet
 *   finds the claims its articles print.
 * @returns The two-part index.
 */
export function buildSearchIndex(
  claims: readonly Claim[],
  people: readonly SearchPersonInput[],
  publishers: ReadonlyMap<string, EntityRef> = new Map(),
): SearchIndex {
  const persons = [...people].sort((a, b) => cmp(a.id, b.id));
  const personIndex = new Map<string, number>();
  const extra: SearchPersonInput[] = [];
  persons.forEach((p, i) => personIndex.set(p.id, i));
  const pid = (ref: EntityRef | null, type: SearchPersonType): number => {
    if (!ref) return -1;
    const known = personIndex.get(ref.id);
    if (known !== undefined) return known;
    const i = persons.length + extra.length;
    extra.push({ id: ref.id, name: ref.name, type, variants: [ref.name], roles: [] });
    personIndex.set(ref.id, i);
    return i;
  };

  const sorted = [...claims].sort(
    (x, y) => cmp(x.article, y.article) || x.figureStart - y.figureStart || cmp(x.id, y.id),
  );

  const kinds = KINDS.map((k) => k.id as string);
  const kindOf = new Map(kinds.map((k, i) => [k, i]));
  const units: string[] = [...UNITS];
  const unitOf = new Map(units.map((u, i) => [u, i]));
  const periods = ["day", "week", "month", "year"];
  const articles = [...new Set(sorted.map((c) => c.article))].sort(cmp);
  const dates = [...new Set(sorted.map((c) => c.asOf).filter((d): d is string => d !== null))].sort(cmp);
  const dateOf = new Map(dates.map((d, i) => [d, i]));
  const articleOf = new Map(articles.map((a, i) => [a, i]));
  const articleClaims = articles.map(() => 0);
  const tallies = articles.map(() => new Map<number, number>());
  for (const c of sorted) {
    const ai = articleOf.get(c.article) ?? 0;
    articleClaims[ai] = (articleClaims[ai] ?? 0) + 1;
    const d = c.asOf === null ? -1 : (dateOf.get(c.asOf) ?? -1);
    const tally = tallies[ai];
    tally?.set(d, (tally.get(d) ?? 0) + 1);
  }
  const articleDates = tallies.map((t) => [...t].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? -1);
  const vias: number[][] = [[]];
  const viaOf = new Map<string, number>([["", 0]]);

  const col: { -readonly [K in keyof SearchClaims]: SearchClaims[K] } = {
    ip: [],
    io: [],
    k: [],
    w: [],
    sj: [],
    dp: [],
    vc: [],
    de: [],
    lo: [],
    hd: [],
    mx: [],
    u: [],
    p: [],
    f: [],
    fg: [],
    cv: [],
  };
  const quotes: string[] = [];
  const quoteOf = new Map<string, number>();
  const qi: number[] = [];
  const fo: number[] = [];
  const topic = new Set<string>(KINDS.filter((k) => k.topic).map((k) => k.id));

  let prevArticle = "";
  let prevOffset = 0;
  sorted.forEach((c, i) => {
    const m = /^(.+)-n(\d+)$/.exec(c.id.startsWith(`${c.article}-`) ? c.id.slice(c.article.length + 1) : "");
    const offset = m ? Number(m[2]) : NaN;
    if (m && String(offset) === m[2]) {
      const part = m[1] ?? "";
      col.ip.push(part === idPart(c.figure) ? "" : part);
      col.io.push(c.article === prevArticle ? offset - prevOffset : offset);
      prevOffset = offset;
    } else {
      col.ip.push(`=${c.id}`);
      col.io.push(0);
    }
    prevArticle = c.article;
    col.k.push(kindOf.get(c.kind) ?? -1);
    col.w.push(pid(c.attributedTo, "person"));
    const s = pid(c.subject, "person");
    if (s >= 0) col.sj.push(i, s);
    const dsp = pid(c.disputedBy, "person");
    if (dsp >= 0) col.dp.push(i, dsp);
    const via = c.via.map((v) => pid(v, "outlet"));
    const key = via.join(",");
    let vi = viaOf.get(key);
    if (vi === undefined) {
      vi = vias.length;
      vias.push(via);
      viaOf.set(key, vi);
    }
    col.vc.push(vi);
    const d = c.asOf === null ? -1 : (dateOf.get(c.asOf) ?? -1);
    if (d !== articleDates[articleOf.get(c.article) ?? -1]) col.de.push(i, d);
    const { min, max } = c.value;
    col.lo.push(min);
    if (max !== null && min !== null && min + (max - min) !== max) {
      col.hd.push(0);
      col.mx.push(i, max);
    } else {
      col.hd.push(max === null ? null : min === null ? max : max - min);
    }
    col.u.push(unitOf.get(c.value.unit) ?? -1);
    col.p.push(c.value.per === null ? -1 : periods.indexOf(c.value.per));
    col.f.push(
      (c.value.approx ? 1 : 0) |
        (c.vague ? 2 : 0) |
        (c.stance === "disputes" ? 4 : 0) |
        (topic.has(c.kind) ? 8 : 0) |
        (c.basis?.derived ? 16 : 0) |
        (c.asOfPrecision === "month" ? 32 : c.asOfPrecision === "year" ? 64 : 0),
    );
    col.fg.push(c.figure);
    for (const x of conversions(c)) col.cv.push(i, unitOf.get(x.unit) ?? -1, x.value);
    let q = quoteOf.get(c.quote);
    if (q === undefined) {
      q = quotes.length;
      quotes.push(c.quote);
      quoteOf.set(c.quote, q);
    }
    qi.push(q);
    fo.push(c.figureStart - c.quoteStart);
  });

  const publisherOf = articles.map((a) => pid(publishers.get(a) ?? null, "outlet"));
  const all = [...persons, ...extra];
  const peopleCols: SearchPeople = {
    id: all.map((p) => p.id),
    name: all.map((p) => p.name),
    type: all.map((p) => TYPE_LETTER[p.type]).join(""),
    vars: all.map((p) => distinctSpellings(p.name, p.variants)),
    roles: all.map((p) =>
      distinctSpellings(
        "",
        p.roles.filter((r) => r.trim().split(/\s+/).length <= 3),
      ),
    ),
  };

  const { words, posts } = wordIndex(quotes);
  const core: SearchCore = {
    v: SEARCH_INDEX_VERSION,
    n: sorted.length,
    kinds,
    kindLabels: KINDS.map((k) => k.label),
    kindNames: KINDS.map((k) => stems([k.label, k.id.replace(/-/g, " ")])),
    kindWords: KINDS.map((k) => {
      const own = new Set(stems([k.label, k.id.replace(/-/g, " ")]));
      return stems(k.cues.filter((c) => !c.includes(" "))).filter((w) => !own.has(w));
    }),
    units,
    periods,
    articles,
    articleClaims,
    articleDates,
    dates,
    vias,
    publishers: publisherOf,
    people: peopleCols,
    claims: col,
  };
  return { core, text: { v: SEARCH_INDEX_VERSION, quotes, qi, fo, words, posts } };
}

/** A bracket written inside a figure or right after it. */
const BRACKET_RE = /\(([^()]{1,24})\)/g;

/**
 * Amounts in another currency that the text gives in brackets inside the figure or right after
 * it ("$20m (£15.5m) per month"): the same value, converted by the writer.
 *
 * @param c The claim.
 * @returns Each converted amount with its unit.
 */
export function conversions(c: Claim): { unit: string; value: number }[] {
  const at = c.figureStart - c.quoteStart;
  const end = at + c.figure.length;
  const out: { unit: string; value: number }[] = [];
  for (const m of c.quote.slice(at).matchAll(BRACKET_RE)) {
    const start = at + m.index;
    // A bracket further on belongs to another figure.
    if (start >= end && !/^\s*$/.test(c.quote.slice(end, start))) break;
    const inner = m[1] ?? "";
    const qs = extractQuantities(inner);
    const x = qs[0];
    if (qs.length !== 1 || !x || x.currency === null || x.currency === c.value.unit) continue;
    if (x.min === null || x.min !== x.max) continue;
    out.push({ unit: x.currency, value: x.min });
  }
  return out;
}

/**
 * Lists the people of an extraction for the index: the entities with the alias file's names and
 * roles added, so that "NIS" and "spy agency" find South Korea's National Intelligence Service.
 *
 * @param entities Entities of the extraction (id, name, type, variants and roles as sets).
 * @param aliases Entries of the alias file.
 * @returns One row per entity.
 */
export function peopleFromEntities(
  entities: readonly {
    id: string;
    name: string;
    type: SearchPersonType;
    variants: ReadonlySet<string>;
    roles: ReadonlySet<string>;
  }[],
  aliases: readonly {
    id: string;
    name: string;
    aliases: readonly string[];
    roles?: readonly string[] | undefined;
  }[] = [],
): SearchPersonInput[] {
  const byId = new Map(aliases.map((a) => [a.id, a]));
  return entities.map((e) => {
    const a = byId.get(e.id);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      variants: [...new Set([...e.variants, ...(a ? [a.name, ...a.aliases] : [])])],
      roles: [...new Set([...e.roles, ...(a?.roles ?? [])])],
    };
  });
}

/**
 * Spellings of a name that differ once folded, the display name left out, in a stable order.
 *
 * @param name Display name.
 * @param variants Spellings.
 * @returns Distinct spellings.
 */
function distinctSpellings(name: string, variants: readonly string[]): string[] {
  const seen = new Set<string>([key(name)]);
  // ("Park Ji-hoon" beside "Park Jihoon": the same once folded, but only the hyphenated one has the words
  // "ji" and "hoon" a reader may type apart.)
  const words = new Set(nameTokens(name));
  const out: string[] = [];
  for (const v of [...variants].sort(cmp)) {
    const k = key(v);
    if (k === "") continue;
    const toks = nameTokens(v);
    if (seen.has(k) && toks.every((t) => words.has(t))) continue;
    seen.add(k);
    for (const t of toks) words.add(t);
    out.push(v.trim());
  }
  return out;
}

/**
 * Folds a spelling for de-duplication.
 *
 * @param s A spelling.
 * @returns Its key.
 */
function key(s: string): string {
  return fold(s)
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The distinct stems of some phrases, stop words and words under three letters left out.
 *
 * @param phrases Phrases.
 * @returns Sorted distinct stems.
 */
function stems(phrases: readonly string[]): string[] {
  const words = new Set<string>();
  for (const s of phrases) {
    for (const w of wordSpans(s)) if (!STOP_WORDS.has(w.word) && w.word.length >= 3) words.add(stem(w.word));
  }
  return [...words].sort(cmp);
}

/**
 * Builds the inverted index of the quotes' word stems.
 *
 * @param quotes Distinct quotes.
 * @returns Sorted stems and their postings.
 */
function wordIndex(quotes: readonly string[]): { words: string[]; posts: string[] } {
  const map = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const w of wordSpans(q)) {
      if (STOP_WORDS.has(w.word) || /^\d/.test(w.word)) continue;
      const s = stem(w.word);
      const list = map.get(s);
      if (!list) map.set(s, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const words = [...map.keys()].sort(cmp);
  const posts = words.map((w) => {
    let prev = -1;
    return (map.get(w) ?? [])
      .map((i) => {
        const gap = i - prev;
        prev = i;
        return gap.toString(36);
      })
      .join(".");
  });
  return { words, posts };
}

/**
 * Compares strings by code units, for stable orders everywhere.
 *
 * @param a One string.
 * @param b The other.
 * @returns Negative, zero or positive.
 */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
