/** The comparison's output: what the site renders and publishes under `/api/`. */
import type { Claim, EntityRef, Unit } from "../schema/claim.ts";

/** How two claims relate. */
export type RelationType =
  "agrees" | "conflicts" | "different-time" | "different-scope" | "refines" | "disputes" | "undetermined";

/** A relation from one claim to another, with a generated explanation quoting both values. */
export interface Relation {
  readonly type: RelationType;
  /** The claim the relation is seen from. */
  readonly from: string;
  /** The other claim. */
  readonly to: string;
  /** One sentence that quotes both values and says why. */
  readonly explanation: string;
  /** An editor's note on this relation, when there is one. */
  readonly note: string | null;
}

/** Where a figure comes from, as far as the text says. */
export interface Origin {
  /** Same key = same origin. Unknown origins get a key of their own per article. */
  readonly key: string;
  /** Readable label ("South Korea's National Intelligence Service", "observers (unnamed)"). */
  readonly label: string;
  /** True when the text names a person or body that can be told apart from others. */
  readonly known: boolean;
  /** The entity, when there is one. */
  readonly entity: EntityRef | null;
  /** The person credited, when they speak for the body that is the origin ("a spokesman for the HUR"). */
  readonly through?: { readonly id: string; readonly name: string; readonly role: string };
  /**
   * A named origin an outlet origin may repeat: the article that credits the outlet also shows it citing
   * that origin ("Kanghwa Daily reported …, citing the spy agency. According to the Kanghwa Daily, …").
   */
  readonly mayRepeat?: readonly EntityRef[];
  /** Those of {@link mayRepeat} that the claim's own article shows it citing (the rest, the outlet's own articles). */
  readonly mayRepeatHere?: readonly EntityRef[];
}

/** An editorial correction as applied to a claim. */
export interface AppliedCorrection {
  /** What was done. */
  readonly action: "set" | "suppress" | "note";
  /** Fields changed, with their machine values, for "set". */
  readonly fields: readonly { readonly field: string; readonly machine: unknown; readonly corrected: unknown }[];
  /** Why, in the editor's words. */
  readonly reason: string;
  /** For a note on how two claims relate: the other claim, its id and figure as written. */
  readonly with?: { readonly id: string; readonly figure: string };
}

/** A claim as published: the machine record, corrections applied and marked, provenance and neighbours. */
export interface ClaimView extends Claim {
  /** "withdrawn" when an editor suppressed it; its page stays and says why. */
  readonly status: "active" | "withdrawn";
  /** Corrections applied to it. */
  readonly corrections: readonly AppliedCorrection[];
  /** The topic it is compared in, or null. */
  readonly topic: string | null;
  /** The outlet that published the article (or null when unnamed). */
  readonly publisher: EntityRef | null;
  /** The origin behind the figure. */
  readonly origin: Origin;
  /** The top few related claims. */
  readonly related: readonly Relation[];
  /** The value in words. */
  readonly valueText: string;
}

/** Claims of a topic that carry overlapping values. */
export interface ValueCluster {
  /** The cluster's span in words ("$2,000 a month"). */
  readonly label: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: Unit;
  /** Claim ids, in reading order. */
  readonly claims: readonly string[];
  /** Distinct articles carrying a value of the cluster. */
  readonly articles: readonly string[];
  /** Distinct origins behind them (known ones merged across articles). */
  readonly origins: readonly (Origin & { readonly articles: readonly string[] })[];
  /** How many independent origins stand behind the value (known + unknown). */
  readonly independent: number;
  /** A plain sentence when several articles repeat fewer origins ("5 articles, 1 named origin: ..."). */
  readonly circular: string | null;
  /** The fewest independent origins the texts allow: unnamed sources may repeat a named one. */
  readonly originsAtLeast: number;
  /** The most independent origins the texts allow: every unnamed source counted as its own. */
  readonly originsAtMost: number;
  /** Every path from an origin to the articles, one per origin and sequence of relays. */
  readonly chains: readonly OriginChain[];
}

/** How a figure travels: from its origin through relaying outlets or people into articles. */
export interface OriginChain {
  readonly origin: Origin;
  /** Outlets and people between the origin and the article, origin side first. */
  readonly relays: readonly EntityRef[];
  readonly articles: readonly string[];
  readonly claims: readonly string[];
}

/** A sentence of a topic's answer; the parts concatenate to the sentence, a part with claims links to them. */
export interface AnswerSentence {
  readonly parts: readonly { readonly text: string; readonly claims: readonly string[] }[];
}

/** A question the articles answer with figures of one or more kinds. */
export interface Topic {
  readonly id: string;
  /** The question. */
  readonly title: string;
  /** Kinds compared here. */
  readonly kinds: readonly string[];
  /** Active claim ids, sorted by value. */
  readonly claims: readonly string[];
  /** Stances without a number ("never shared this money"), listed beside the figures, not compared with them. */
  readonly statements: readonly string[];
  readonly clusters: readonly ValueCluster[];
  /** The relations worth reading, between representatives of the clusters. */
  readonly relations: readonly Relation[];
  /** Claims by as-of date (unknown last). */
  readonly timeline: readonly { readonly claim: string; readonly asOf: string | null }[];
  /** Arithmetic checks that use this topic's claims. */
  readonly checks: readonly string[];
  /** One-paragraph summary in words. */
  readonly summary: string;
  /** Two to four plain sentences answering the question, each part linked to the claims it rests on. */
  readonly answer: readonly AnswerSentence[];
}

/**
 * What a check found: the figures fit, they do not, the computed range is too wide to tell
 * (high end over three times the low end), the figures count different things, or an input is missing.
 */
export type CheckVerdict = "consistent" | "inconsistent" | "too-wide" | "not-comparable" | "not-checkable";

/** An arithmetic cross-check between claims. */
export interface Check {
  readonly id: string;
  readonly type: "total-vs-rate" | "take-home-vs-share" | "conversion" | "casualty-rate" | "rotation";
  readonly title: string;
  /** Claims used as inputs. */
  readonly inputs: readonly string[];
  /** The claim the result is set beside, or null. */
  readonly against: string | null;
  /** The computation spelled out. */
  readonly formula: string;
  /** The computed interval. */
  readonly computed: { readonly min: number | null; readonly max: number | null; readonly unit: Unit };
  readonly verdict: CheckVerdict;
  /** Why the verdict, with by how much when inconsistent. */
  readonly detail: string;
}

/** A person, body or group the articles name. */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** A `unit` is a military unit or formation: named in the texts, never a source. */
  readonly type: "person" | "organization" | "group" | "outlet" | "unit";
  readonly variants: readonly string[];
  readonly roles: readonly string[];
  /** Claims credited to them. */
  readonly claims: readonly string[];
  /** Claims about them (biography). */
  readonly about: readonly string[];
  /** Claims they dispute. */
  readonly disputes: readonly string[];
  /** Conflicts among facts about them. */
  readonly conflicts: readonly Relation[];
  /** Articles that mention them. */
  readonly articles: readonly string[];
  /** Sentences of article bodies that name them (offsets into the body). */
  readonly mentions: readonly { readonly article: string; readonly start: number; readonly end: number }[];
  /** Their stances without a figure (claim ids). */
  readonly statements: readonly string[];
}

/** An outlet: one that published an article, or one an article relays. */
export interface Source {
  readonly id: string;
  readonly name: string;
  /** Articles it published. */
  readonly published: readonly string[];
  /** Articles that relay it. */
  readonly relayedBy: readonly string[];
  /** Outlets its articles relay. */
  readonly relays: readonly EntityRef[];
  /** Claims it published or that come through it. */
  readonly claims: readonly string[];
}

/** Everything the comparison computes. */
export interface CorpusData {
  readonly claims: readonly ClaimView[];
  readonly topics: readonly Topic[];
  readonly people: readonly Person[];
  readonly sources: readonly Source[];
  readonly checks: readonly Check[];
}
