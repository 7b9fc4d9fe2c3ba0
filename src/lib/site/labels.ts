/**
 * The words a reader sees for the comparison's terms: relations, verdicts, origins, and the
 * glossary entries they link to. One module, so that a term reads the same on every page.
 */
import type { Check, ClaimView, Origin, RelationType } from "../compare/types.ts";
import { paths } from "./paths.ts";
import { isCurrency } from "../schema/vocabulary.ts";

/** A check's verdict. */
export type Verdict = Check["verdict"];
/** Badge text of each relation, as a reader would name it. */
export const RELATION_LABEL: Readonly<Record<RelationType, string>> = {
  agrees: "agree",
  conflicts: "conflict",
  "different-time": "different moments",
  "different-scope": "different things counted",
  refines: "one more precise",
  disputes: "one disputes the other",
  undetermined: "cannot tell",
};

/** What each relation means, for the glossary and tooltips. */
export const RELATION_MEANING: Readonly<Record<RelationType, string>> = {
  agrees: "The two values overlap, allowing for the tolerance of approximate figures.",
  conflicts: "The same thing is counted, in the same place and at the same time, and the values do not overlap.",
  "different-time": "The values differ, but they may be counts at different moments: a timeline, not a contradiction.",
  "different-scope":
    "The values count different things, places or periods, or are given in different units: a sum in another currency is not converted, so it may be the same sum.",
  refines:
    "One value is a range or bound that contains the other: the narrower one is the more precise (11,000 is more precise than “thousands”).",
  disputes:
    "A source says, in the article that gives both, that the other figure is wrong, and gives its own value instead (of the same stretch of time, when either counts only one).",
  undetermined:
    "The values differ, but a date is missing or given only as a month or a year, only their article dates one source's two counts, or a period or a head count is left out: whether they count different moments or different things, or truly conflict, cannot be told.",
};

/** Badge text of each verdict. */
export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  consistent: "consistent",
  inconsistent: "inconsistent",
  "too-wide": "too wide to test",
  "not-comparable": "not comparable",
  "not-checkable": "not checkable",
};

/** What each verdict means, for the glossary. */
export const VERDICT_MEANING: Readonly<Record<Verdict, string>> = {
  consistent: "The quoted figure fits the range computed from the other figures, allowing for approximate values.",
  inconsistent:
    "The quoted figure falls outside the range computed from the other figures, even allowing for approximate values.",
  "too-wide":
    "The computed range, or the quoted figure, is so wide (its high end many times its low end) that almost any figure would fit, so the check tests nothing.",
  "not-comparable":
    "The figures count different things, or the speaker of one disputes another, so setting one beside the other would mean nothing.",
  "not-checkable":
    "Something the computation needs is missing: a figure, a head count or a reference exchange rate, or a quoted figure to set the result beside.",
};

/** Glossary entries other than relations and verdicts. */
export const TERMS = {
  origin: {
    title: "Origin",
    text: "Where a figure first comes from, as far as the text says: the source the speaker cites, else the source credited with it. A figure credited to no one has the article itself as its origin.",
  },
  relay: {
    title: "Relay",
    text: "An outlet or person that passes a figure on without being its origin (“reports the Daily Star”, “according to Daily NK”).",
  },
  "independent-origins": {
    title: "Independent origins (at least, at most)",
    text: "How many separate origins stand behind a value. Articles relaying one named origin count once. An unnamed source (“observers”, “media reports”) might be one of the named ones or a new one, so the count is given as a range: at least (unnamed sources that could repeat a named one counted as repeats) and at most (each unnamed source counted as its own).",
  },
} as const;

/** A glossary term's key. */
export type Term = keyof typeof TERMS | `relation-${RelationType}` | `verdict-${Verdict}`;

/**
 * The glossary anchor of a term on the About page.
 *
 * @param term The term.
 * @returns The element id.
 */
export function termId(term: Term): string {
  return `term-${term}`;
}

/**
 * The address of a term's glossary entry.
 *
 * @param term The term.
 * @returns A link to the About page's glossary.
 */
export function termHref(term: Term): string {
  return `${paths.about}#${termId(term)}`;
}

/** How the comparison labels a figure credited to no one; it may still arrive in older data. */
const UNATTRIBUTED = /^an unattributed statement of the article$/i;

/**
 * An origin's label as a reader says it.
 *
 * @param o The origin.
 * @returns The label.
 */
export function originLabel(o: Pick<Origin, "label">): string {
  return UNATTRIBUTED.test(o.label) ? "the article itself, citing no source the site found" : o.label;
}

/**
 * How wide a claim's value is: a point is 0, an open bound infinite.
 *
 * @param c The claim.
 * @returns The width.
 */
function width(c: Pick<ClaimView, "value" | "vague">): number {
  const { min, max } = c.value;
  if (min === null || max === null) return Infinity;
  return max - min + (c.value.approx || c.vague ? Number.EPSILON : 0);
}

/**
 * A relation read from one claim toward the other, in the direction a reader says it
 * ("is more precise than", "is disputed by").
 *
 * @param type The relation.
 * @param self The claim it is read from.
 * @param other The other claim.
 * @returns A verb phrase.
 */
export function relationPhrase(
  type: RelationType,
  self: Pick<ClaimView, "value" | "vague" | "attributedTo" | "disputedBy" | "stance">,
  other: Pick<ClaimView, "value" | "vague" | "attributedTo" | "disputedBy" | "stance">,
): string {
  switch (type) {
    case "agrees":
      return "agrees with";
    case "conflicts":
      return "conflicts with";
    case "different-time":
      return "may count another moment than";
    case "different-scope":
      // "$2,000 a month" and "180,000 roubles a month" may be one sum in two currencies: the site does not
      // convert, and says only what it knows.
      return self.value.unit !== other.value.unit && isCurrency(self.value.unit) && isCurrency(other.value.unit)
        ? "is given in another currency than"
        : "counts something different from";
    case "refines": {
      const a = width(self);
      const b = width(other);
      return a < b ? "is more precise than" : a > b ? "is less precise than" : "overlaps";
    }
    case "disputes":
      return disputes(self, other) ? "disputes" : disputes(other, self) ? "is disputed by" : "is at odds with";
    case "undetermined":
      return "differs, for a reason the articles do not settle, from";
  }
}

/**
 * Whether one claim is the one disputing the other.
 *
 * @param a One claim.
 * @param b The other.
 * @returns True when `a`'s speaker disputes `b`.
 */
function disputes(
  a: Pick<ClaimView, "attributedTo" | "stance">,
  b: Pick<ClaimView, "disputedBy" | "attributedTo">,
): boolean {
  if (b.disputedBy !== null && a.attributedTo !== null) return b.disputedBy.id === a.attributedTo.id;
  return a.stance === "disputes" && b.attributedTo?.id !== a.attributedTo?.id;
}
