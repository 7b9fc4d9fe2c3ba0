/**
 * The names the search knows: every spelling and short role of each person, organisation, group
 * and outlet, folded into tokens, with fuse.js over tokens of each length for typos. Answers which
 * entities a query word or term names, and how well.
 */
// The basic build: the engine needs neither extended nor logical queries, only the typo scorer.
import Fuse from "fuse.js/basic";
import type { SearchPeople } from "./format.ts";
import type { QueryTerm } from "./query.ts";
import { GENERIC_NAME_WORDS, lowerBound, nameTokens, wordSpans } from "./text.ts";

/** How well one query word matches one entity. */
export interface NameMatch {
  q: number;
  generic: boolean;
  /** Matched only through a typo. */
  typo: boolean;
}

/** What one folded word matches in the name vocabulary. */
export interface WordMatch {
  /** Entity index → match. */
  readonly persons: Map<number, NameMatch>;
  /** The vocabulary tokens matched (exactly, by prefix or with a typo). */
  readonly tokens: Set<string>;
}

/** The words of spellings seen before: the chunked search builds a vocabulary for each set of chunks, over the same names. */
const TOKENS = new Map<string, readonly string[]>();

/**
 * The name words of a spelling, remembered.
 *
 * @param s A spelling.
 * @returns Its words (see `nameTokens`).
 */
function tokensOf(s: string): readonly string[] {
  let t = TOKENS.get(s);
  if (!t) {
    t = nameTokens(s);
    if (TOKENS.size >= 200_000) TOKENS.clear();
    TOKENS.set(s, t);
  }
  return t;
}

/** One entity's token as the name vocabulary holds it. */
interface TokenOwner {
  readonly person: number;
  readonly weight: number;
}

/** The name vocabulary of an index. */
export class NameIndex {
  private readonly owners: Map<string, TokenOwner[]>;
  /** For groups: how many words the shortest spelling has (a group needs all of them). */
  private readonly groupWords: Int16Array;
  private readonly vocab: readonly string[];
  private readonly fuses: Map<number, Fuse<string>>;
  private readonly wordCache = new Map<string, WordMatch>();

  /**
   * Builds the vocabulary.
   *
   * @param people The index's people columns.
   */
  constructor(people: SearchPeople) {
    const np = people.id.length;
    const owners = new Map<string, TokenOwner[]>();
    /** For groups: how many words the shortest spelling has (a group needs all of them). */
    const groupWords = new Int16Array(np);
    const addToken = (tok: string, person: number, weight: number): void => {
      const list = owners.get(tok) ?? [];
      // Entities are added one after another, so an entity already owning the word is the last owner
      // (a common surname has thousands: searching the whole list made this quadratic).
      const prev = list[list.length - 1];
      if (prev?.person === person) {
        if (prev.weight >= weight) return;
        list.pop();
      }
      list.push({ person, weight });
      owners.set(tok, list);
    };
    for (let p = 0; p < np; p++) {
      const isGroup = people.type[p] === "g";
      const spellings = [people.name[p] ?? "", ...(people.vars[p] ?? [])];
      let fewest = Infinity;
      for (const s of spellings) {
        const toks = tokensOf(s);
        if (isGroup) fewest = Math.min(fewest, wordSpans(s).filter((w) => toks.includes(w.word)).length || toks.length);
        for (const t of toks) addToken(t, p, 1);
      }
      groupWords[p] = isGroup ? Math.min(fewest, 32767) : 0;
      if (!isGroup) for (const r of people.roles[p] ?? []) for (const t of tokensOf(r)) addToken(t, p, 0.6);
    }
    const vocab = [...owners.keys()].sort();
    // One fuse.js index per token length: a typo only ever matches a token of about the same length.
    const byLength = new Map<number, string[]>();
    for (const tok of vocab) {
      const list = byLength.get(tok.length) ?? [];
      list.push(tok);
      byLength.set(tok.length, list);
    }
    const fuses = new Map<number, Fuse<string>>();
    for (const [len, list] of byLength) {
      if (len >= 3)
        fuses.set(
          len,
          new Fuse(list, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 }),
        );
    }

    this.owners = owners;
    this.groupWords = groupWords;
    this.vocab = vocab;
    this.fuses = fuses;
  }

  /**
   * How many words of a group's name a query must match (0 for others).
   *
   * @param p Entity index.
   * @returns The count.
   */
  groupSize(p: number): number {
    return this.groupWords[p] ?? 0;
  }

  /**
   * A token from the middle of the vocabulary, for warming the engine up.
   *
   * @returns A token.
   */
  middleToken(): string {
    return this.vocab[Math.floor(this.vocab.length / 2)] ?? "a";
  }

  /** Forgets the matches of earlier words. */
  clearCache(): void {
    this.wordCache.clear();
  }

  /**
   * Entities one folded word names, with how well.
   *
   * @param w The word.
   * @param typing Whether it may still be being typed.
   * @returns Entities and the tokens matched.
   */
  matchWord(w: string, typing: boolean): WordMatch {
    const { owners, vocab, wordCache } = this;
    const fuseOf = (len: number): Fuse<string> | null => this.fuses.get(len) ?? null;
    const key = `${typing ? "1" : "0"}${w}`;
    const hit = wordCache.get(key);
    if (hit) return hit;
    const out = new Map<number, NameMatch>();
    const tokens = new Set<string>();
    const give = (tok: string, q: number, typo = false): void => {
      tokens.add(tok);
      const place = GENERIC_NAME_WORDS.has(tok);
      for (const o of owners.get(tok) ?? []) {
        const v = q * o.weight;
        // A role word ("defector", "agency") adds to a name but never finds anyone alone.
        const generic = place || o.weight < 1;
        const prev = out.get(o.person);
        if (!prev || v > prev.q || (v === prev.q && !generic))
          out.set(o.person, { q: v, generic, typo: typo && (prev?.typo ?? true) });
        else if (!typo) prev.typo = false;
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
      const slack = Math.max(1, Math.floor(w.length / 4));
      for (let len = w.length - slack; len <= w.length + slack; len++) {
        for (const r of fuseOf(len)?.search(w) ?? []) {
          if (r.item !== w) give(r.item, 0.75 * (1 - (r.score ?? 1)), true);
        }
      }
    }
    const result = { persons: out, tokens };
    wordCache.set(key, result);
    if (wordCache.size > 2000) wordCache.delete(wordCache.keys().next().value ?? "");
    return result;
  }

  /**
   * Entities one query term names: the whole word, or all the parts of a hyphenated word.
   *
   * @param t The term.
   * @returns Entities and the tokens matched.
   */
  matchTerm(t: QueryTerm): WordMatch {
    const matchWord = (w: string, typing: boolean): WordMatch => this.matchWord(w, typing);
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
      let typo = m.typo;
      let all = true;
      for (const pm of partMaps.slice(1)) {
        const x = pm.get(p);
        if (!x) {
          all = false;
          break;
        }
        q = Math.min(q, x.q);
        generic = generic && x.generic;
        typo = typo || x.typo;
      }
      const prev = out.get(p);
      if (all && (!prev || q > prev.q)) out.set(p, { q, generic, typo });
    }
    return { persons: out, tokens };
  }
}
