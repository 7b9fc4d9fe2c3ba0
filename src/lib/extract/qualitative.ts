/**
 * Stances without a number that still say what a figure is: "never shared this money" (the regime
 * keeps all of it), "unlikely to receive any compensation" (a soldier takes home nothing). Each
 * pattern names the kind and the value it stands for; the claim is marked qualitative.
 */
import type { Unit } from "../schema/claim.ts";
import type { KindId } from "../schema/kinds.ts";
import { matchesOf } from "./matches.ts";

/** A stance found in a sentence. */
export interface Stance {
  /** Offset of the words in the sentence. */
  readonly start: number;
  readonly end: number;
  /** The words as written. */
  readonly text: string;
  readonly kind: KindId;
  readonly value: number;
  readonly unit: Unit;
}

/** The stances, by what they stand for. */
const STANCES: readonly { readonly re: RegExp; readonly kind: KindId; readonly value: number; readonly unit: Unit }[] =
  [
    {
      // "never shared this money with the family members or soldiers"
      re: /\b(?:never|not|did not|does not|doesn't|didn't|won't|will not)\s+(?:share|shared|pass(?:ed)? on|hand(?:ed)? over)\s+(?:this|the|that|any(?: of (?:this|the|that))?)\s+money\b/gi,
      kind: "regime-share",
      value: 100,
      unit: "percent",
    },
    {
      // "funneled directly to the ruling party", "goes straight to the regime"
      re: /\b(?:funnel(?:l)?ed|channel(?:l)?ed|go(?:es|ing)?|sent|flow(?:s|ing)?)\s+(?:directly|straight)\s+(?:in)?to\s+(?:the\s+)?(?:ruling party|regime|state coffers|party|kim family|leadership)\b/gi,
      kind: "regime-share",
      value: 100,
      unit: "percent",
    },
    {
      // "unlikely to receive any compensation", "will not see a single dollar"
      re: /\b(?:unlikely|not likely|not expected|never|will not|won't|do not|don't)\s+(?:to\s+)?(?:(?:have|has|had)\s+)?(?:receive|received|get|got|gotten|see|seen|saw)\s+(?:any|a single)\s+(?:compensation|pay|payment|money|wages?|dollar|cent)\b/gi,
      kind: "soldier-take-home",
      value: 0,
      unit: "USD",
    },
  ];

/** Words before a stance that make it a part: "nearly all of which", "most of it is", "much of the money". */
const PART_BEFORE =
  /\b(?:nearly|almost|virtually|practically|most|much|part|some|half|the bulk|a (?:large |big |good )?(?:share|part|portion|chunk|proportion))\s+(?:(?:all\s+)?of\s+)?(?:which|it|this|that|the money|the pay|the cash)\s+(?:(?:is|was|has been|are|were)\s+)?$/i;

/**
 * Finds the stances of a sentence.
 *
 * @param sentence The sentence.
 * @returns Stances in order.
 */
export function findStances(sentence: string): Stance[] {
  const out: Stance[] = [];
  for (const s of STANCES) {
    for (const m of matchesOf(sentence, s.re)) {
      // "nearly all of which goes straight to the regime", "most of it is funnelled to the party": a
      // part, whose size the words do not give, is no stance of all or nothing.
      if (PART_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: s.kind, value: s.value, unit: s.unit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
