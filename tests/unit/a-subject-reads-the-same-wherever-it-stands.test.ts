/**
 * Subject phrases are read once and kept: what a phrase names does not depend on where it stands in
 * its sentence, so a kept reading moved to another offset must equal a fresh reading there. And a name
 * counts as a place ("born in Hamhung") by where it is written as a whole word, found without a pattern
 * compiled for each name; it must agree with that pattern.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSubject, readSubject } from "../../src/lib/extract/attribution.ts";
import { placeAfterPreposition } from "../../src/lib/extract/speakers.ts";

const PHRASES = [
  "the NIS",
  "South Korea's spy agency",
  "North Korean defector Vera Lind",
  "Col. Oskar Lind, a spokesman for the Tidewater Defence Bureau",
  "according to the Kestrel Institute's April briefing",
  "A year ago the agency",
  "The Gull Post on Tuesday",
  "lawmakers briefed by the spy agency",
  "his sources",
  "she",
  "citing the same briefing",
  "Early reports",
  "the 11,000 troops",
  "officials in Seoul",
  "its spokesman",
  "her office",
  "his late father",
  "Kang Min-seo and the Kestrel Institute",
  "The Tidewater Defence Bureau's own figures",
  "a source in Ukraine's General Staff",
  "the Gull Post's editor",
  "",
];

const WORDS = [
  "the",
  "The",
  "a",
  "agency",
  "spy",
  "Seoul",
  "Vera",
  "Lind",
  "Oskar",
  "Kestrel",
  "Institute",
  "said",
  "of",
  "Ukraine's",
  "military",
  "intelligence",
  "'s",
  ",",
  "who",
  "in",
  "officials",
  "Col.",
  "Bureau",
  "reports",
  "2,000",
  "on",
  "Monday",
  "his",
  "citing",
  "according",
  "to",
  "Gull",
  "Post",
  "analysts",
  "defector",
];

describe("a subject phrase", () => {
  it("reads the same at any offset as at the start, moved by the offset", () => {
    for (const p of PHRASES)
      for (const keep of [false, true])
        for (const at of [0, 7, 131]) {
          const fresh = readSubject(p, at, keep);
          expect(parseSubject(p, at, keep), `${p} @${at}`).toEqual(fresh);
        }
  });

  it("reads the same for phrases made of any words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 9 }), fc.nat(400), fc.boolean(), (ws, at, keep) => {
        const p = ws.join(" ");
        expect(parseSubject(p, at, keep)).toEqual(readSubject(p, at, keep));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("gives each caller its own record", () => {
    const a = parseSubject("North Korean defector Vera Lind", 3);
    const b = parseSubject("North Korean defector Vera Lind", 3);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

/** The pattern the name is looked for by position instead of. */
function byPattern(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const all = [...text.matchAll(new RegExp(`(?<![\\p{L}’'-])${escaped}(?![\\p{L}’'-])`, "gu"))];
  return all.length > 0 && all.every((m) => /\b(?:in|from|at|near|to|outside|around)\s+$/.test(text.slice(0, m.index)));
}

describe("a name written only after a preposition of place", () => {
  it("is told as the pattern tells it", () => {
    const cases: [string, string][] = [
      ["Q: You were born in Hamhung in 1982", "Hamhung"],
      ["Hamhung is where he was born, in Hamhung", "Hamhung"],
      ["He fled from Hyesan", "Hyesan"],
      ["Lindqvist met Lind in Oslo", "Lind"],
      ["He came from O'Lind and from Lind", "Lind"],
      ["from Lind-Berg", "Lind"],
      ["from 𝒜Lind and in Lind", "Lind"],
      ["", "Lind"],
    ];
    for (const [text, name] of cases) expect(placeAfterPreposition(text, name), text).toBe(byPattern(text, name));
  });

  it("is told as the pattern tells it for any text", () => {
    const piece = fc.constantFrom(
      "in ",
      "from ",
      "at ",
      "near ",
      "said ",
      "Lind",
      "Lin",
      "d",
      "'",
      "’",
      "-",
      " ",
      "𝒜",
      "é",
      "x",
      ",",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom("Lind", "Lin", "d", "Lind-Berg", "O'Lind"),
        (ps, name) => {
          const text = ps.join("");
          expect(placeAfterPreposition(text, name)).toBe(byPattern(text, name));
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });
});
