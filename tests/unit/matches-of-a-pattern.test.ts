import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchesOf } from "../../src/lib/extract/matches.ts";

/** What a test compares of a match: where it is, what it holds and its named groups. */
function shape(m: RegExpExecArray | RegExpMatchArray): unknown {
  return { index: m.index, parts: [...m], groups: m.groups ?? null, input: m.input };
}

const PATTERNS: readonly RegExp[] = [
  /\d[\d,]*/g,
  /\b(?:said|says|told)\b/gi,
  /(?<word>\p{Lu}\p{Ll}+)(?:\s+(?<next>\p{Lu}\p{Ll}+))?/gu,
  // Patterns that can match the empty string: the search has to move on by itself.
  /\d*/g,
  /(?:)/gu,
  /x?/giu,
  /(?=\s)/g,
];

/** Text with digits, capitals, spaces and characters outside the basic plane. */
const text = fc
  .array(fc.constantFrom("a", "B", "x", " ", "1", ",", "Kim", "said", "😀", "\uD83D", "é", "Says"), {
    maxLength: 30,
  })
  .map((parts) => parts.join(""));

describe("matchesOf", () => {
  it("gives what matchAll gives, for every pattern and text, and leaves the pattern's lastIndex alone", () => {
    fc.assert(
      fc.property(text, fc.nat(40), fc.constantFrom(...PATTERNS), (s, from, re) => {
        re.lastIndex = from;
        const expected = [...s.matchAll(re)].map(shape);
        expect(re.lastIndex).toBe(from);
        expect(matchesOf(s, re).map(shape)).toEqual(expected);
        expect(re.lastIndex).toBe(from);
        re.lastIndex = 0;
      }),
      { numRuns: 400 },
    );
  });

  it("steps over a surrogate pair after an empty match only in a Unicode pattern", () => {
    expect(matchesOf("a😀b", /(?:)/gu).map((m) => m.index)).toEqual([0, 1, 3, 4]);
    expect(matchesOf("a😀b", /(?:)/g).map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    expect(() => matchesOf("12", /\d/)).toThrow(TypeError);
    expect(() => "12".matchAll(/\d/)).toThrow(TypeError);
  });

  it("can search again with the same pattern while its matches are read, as nested matchAll calls can", () => {
    const re = /\d+/g;
    const s = "10 and 20, then 30";
    const nested = (find: (t: string) => Iterable<RegExpMatchArray>): string[] =>
      [...find(s)].flatMap((m) => [...find(s.slice(m.index))].map((n) => `${m[0]}:${n[0]}`));
    expect(nested((t) => matchesOf(t, re))).toEqual(nested((t) => t.matchAll(re)));
    expect(nested((t) => matchesOf(t, re))).toHaveLength(6);
  });
});
