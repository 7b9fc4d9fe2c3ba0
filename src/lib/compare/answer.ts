/**
 * A topic's answer in two to four plain sentences, each part linked to the claims it rests on:
 * the range of values, what explains the differences, whether anything truly conflicts, and how
 * many independent origins stand behind the most repeated figure. Every number a sentence says
 * is a value, a count of articles or claims, or a count of origins of the claims its part cites.
 */
import type { Claim } from "../schema/claim.ts";
import { kindSpec, type KindId } from "../schema/kinds.ts";
import { claimValue, count, formatNumber, upperFirst, vagueWords } from "../format/value.ts";
import { writtenClaim } from "./labels.ts";
import { independence, namedOriginLabel, originCount, unnamedLabels, type ResolvedChain } from "./provenance.ts";
import {
  creditWords,
  dateDistance,
  dateSpan,
  datedOnlyByTheirArticle,
  describe,
  givenOnlyToReject,
  mayRepeatEarlier,
  neitherStatesAPeriod,
  totalNamesNoHeadCount,
  SAME_TIME_DAYS,
} from "./relations.ts";
import type { AnswerSentence, Relation, ValueCluster } from "./types.ts";

type Part = AnswerSentence["parts"][number];

/** What the answer reads of a claim. */
export type AnswerClaim = Pick<
  Claim,
  "id" | "article" | "kind" | "value" | "vague" | "figure" | "scope" | "asOf" | "attributedTo" | "disputedBy" | "stance"
> &
  Partial<Pick<Claim, "attributedAs" | "asOfPrecision" | "asOfSource" | "basis">>;

/**
 * A scope after "counts": "only the western front line", never "only only in the past month".
 *
 * @param scope The scope as extraction words it.
 * @returns It, led by "only" once.
 */
export function onlyScope(scope: string): string {
  return /^only\s/i.test(scope) ? scope : `only ${scope}`;
}

/**
 * Joins parts into a list with commas and "and".
 *
 * @param parts Parts.
 * @returns Parts with separators between them.
 */
function list(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push({ text: i === parts.length - 1 ? (parts.length > 2 ? ", and " : " and ") : ", ", claims: [] });
    out.push(p);
  });
  return out;
}

/**
 * The most items an answer sentence lists: a topic of a large corpus has dozens of groups and
 * hundreds of pairs, and an answer is read at a glance. Beyond it a sentence gives the count and
 * names a few, and the topic page lists the rest.
 */
export const ANSWER_ITEMS = 6;

/**
 * The first items of a list, with a closing part counting the rest ("and 12 more groups").
 *
 * @param parts Parts.
 * @param noun What the items are, singular ("group").
 * @returns The first parts and, when some are left out, a part that counts them.
 */
function briefList(parts: readonly Part[], noun: string): Part[] {
  if (parts.length <= ANSWER_ITEMS) return [...parts];
  const more = parts.length - ANSWER_ITEMS;
  return [...parts.slice(0, ANSWER_ITEMS), { text: `and ${count(more, `more ${noun}`)}`, claims: [] }];
}

/**
 * A group's label with its scope and the number of articles it appears in.
 *
 * @param cl Cluster.
 * @param byId Claims by id.
 * @returns Part linked to the group's claims.
 */
function groupPart(cl: ValueCluster, byId: ReadonlyMap<string, AnswerClaim>): Part {
  const scope = byId.get(cl.claims[0] ?? "")?.scope;
  return {
    text: `${cl.label}${scope ? `, counting ${onlyScope(scope)}` : ""} (${count(cl.articles.length, "article")})`,
    claims: cl.claims,
  };
}

/**
 * The sentence on the range of values, one clause per kind.
 *
 * @param kinds Kinds of the topic with their clusters.
 * @param byId Claims by id.
 * @returns The sentence.
 */
function rangeSentence(
  kinds: readonly { kind: string; clusters: readonly ValueCluster[] }[],
  byId: ReadonlyMap<string, AnswerClaim>,
): AnswerSentence {
  const parts: Part[] = [];
  const many = kinds.length > 1;
  kinds.forEach(({ kind, clusters }, i) => {
    if (i > 0) parts.push({ text: "; ", claims: [] });
    // A group whose every figure is given only to be rejected ("an earlier version of this article said
    // 3,800") is nobody's figure: it is named apart, never an end of the range.
    const rejectedOnly = (c: ValueCluster): boolean =>
      c.claims.length > 0 &&
      c.claims.every((id) => {
        const x = byId.get(id);
        return x !== undefined && givenOnlyToReject(x);
      });
    const withdrawn = clusters.filter((c) => !isVague(c, byId) && rejectedOnly(c));
    const real = clusters.filter((c) => !isVague(c, byId) && !rejectedOnly(c));
    const vague = clusters.filter((c) => isVague(c, byId));
    const head = many ? `${kindSpec(kind as KindId).label}: ` : "";
    if (real.length === 1) {
      parts.push({ text: `${head}${many ? "" : "the figures fall in one group, "}`, claims: [] });
      parts.push(groupPart(real[0] as ValueCluster, byId));
    } else if (real.length > ANSWER_ITEMS) {
      // Many groups: their count, the two ends, and the ones printed in the most articles.
      const widest = widestGroups(real);
      parts.push({ text: `${head}the figures fall into ${count(real.length, "group")}, from `, claims: [] });
      parts.push(groupPart(real[0] as ValueCluster, byId), { text: " to ", claims: [] });
      parts.push(groupPart(real[real.length - 1] as ValueCluster, byId));
      if (widest.length > 0) {
        parts.push({ text: `; the most widely printed ${widest.length === 1 ? "is" : "are"} `, claims: [] });
        parts.push(...list(widest.map((c) => groupPart(c, byId))));
      } else if (real.every((c) => c.articles.length === 1)) {
        parts.push({ text: "; each is printed in one article", claims: [] });
      }
    } else if (real.length > 1) {
      parts.push({ text: `${head}the figures fall into these groups: `, claims: [] });
      parts.push(...list(real.map((c) => groupPart(c, byId))));
    }
    if (vague.length > ANSWER_ITEMS) {
      const widest = widestGroups(vague);
      parts.push({
        text: `${real.length > 0 ? "; " : head}${count(vague.length, "group")} of vague amounts${widest.length > 0 ? ", the most widely printed " : ""}`,
        claims: [],
      });
      parts.push(...list(widest.map((c) => groupPart(c, byId))));
    } else if (vague.length > 0) {
      parts.push({ text: real.length > 0 ? "; vague amounts: " : `${head}only vague amounts: `, claims: [] });
      parts.push(...list(vague.map((c) => groupPart(c, byId))));
    }
    if (withdrawn.length > 0) {
      parts.push({
        text: `${real.length + vague.length > 0 ? "; " : head}given only to be rejected, and left out: `,
        claims: [],
      });
      parts.push(...list(withdrawn.map((c) => groupPart(c, byId))));
    }
  });
  parts.push({
    text: many ? ". These count different things and are not compared with one another." : ".",
    claims: [],
  });
  return capitalise({ parts });
}

/**
 * The groups printed in the most articles, up to three, in their order: only those in more than one
 * article, and only those printed more widely than every group left out (no tie is cut arbitrarily).
 *
 * @param clusters Groups in value order.
 * @returns The most widely printed.
 */
function widestGroups(clusters: readonly ValueCluster[]): ValueCluster[] {
  const ranked = clusters
    .map((c, k) => ({ c, k }))
    .sort((a, b) => b.c.articles.length - a.c.articles.length || a.k - b.k);
  const cutoff = ranked[3]?.c.articles.length ?? 0;
  return ranked
    .slice(0, 3)
    .filter(({ c }) => c.articles.length > 1 && c.articles.length > cutoff)
    .sort((a, b) => a.k - b.k)
    .map(({ c }) => c);
}

/**
 * Whether a cluster holds vague amounts ("thousands").
 *
 * @param cl Cluster.
 * @param byId Claims by id.
 * @returns True when it does.
 */
export function isVague(cl: ValueCluster, byId: ReadonlyMap<string, Pick<Claim, "vague">>): boolean {
  return byId.get(cl.claims[0] ?? "")?.vague === true;
}

/**
 * The sentence on what explains the differences between neighbouring groups of one kind:
 * scope, origin, and time where both dates are known.
 *
 * @param kinds Kinds with clusters.
 * @param byId Claims by id.
 * @param chainOf Chains.
 * @returns The sentence, or null when no kind has two groups.
 */
function differenceSentence(
  kinds: readonly { kind: string; clusters: readonly ValueCluster[] }[],
  byId: ReadonlyMap<string, AnswerClaim>,
  chainOf: (id: string) => ResolvedChain,
): AnswerSentence | null {
  const scoped: Part[] = [];
  const counted: Part[] = [];
  const origins: Part[] = [];
  const signatures = new Set<string>();
  const dated: string[] = [];
  const undated: string[] = [];
  // A named origin behind figures in more than one group of a kind, with those figures.
  const shared = new Map<string, string[]>();
  let pairs = 0;
  for (const { clusters } of kinds) {
    const real = clusters.filter((c) => !isVague(c, byId));
    if (real.length < 2) continue;
    pairs += real.length - 1;
    const groupsOf = new Map<string, { groups: number; claims: string[] }>();
    for (const cl of real) {
      for (const [label, ids] of namedOrigins(cl.claims, chainOf)) {
        const entry = groupsOf.get(label) ?? { groups: 0, claims: [] };
        entry.groups++;
        entry.claims.push(...ids);
        groupsOf.set(label, entry);
      }
    }
    for (const [label, { groups, claims }] of groupsOf)
      if (groups > 1) shared.set(label, [...(shared.get(label) ?? []), ...claims]);
    for (const cl of real) {
      const scope = byId.get(cl.claims[0] ?? "")?.scope;
      if (scope) scoped.push({ text: `${cl.label} counts ${onlyScope(scope)}`, claims: cl.claims });
      // Totals worked out for a head count name it ("$20m for 10,000 soldiers").
      const heads = [...new Set(cl.claims.map((id) => byId.get(id)?.basis?.count).filter((n) => n !== undefined))];
      // ("$22 million–$26 million a month", where only the $22 million names a head count: the group is not
      // all for it.)
      const withHeads = cl.claims.filter((id) => byId.get(id)?.basis?.count !== undefined).length;
      const others = cl.claims.length - withHeads;
      const forHeads = `for ${heads
        .sort((x, y) => x - y)
        .map(formatNumber)
        .join(" or ")} soldiers`;
      // (A label that already says its head count, "$20 million a month for 10,000 soldiers", is itself.)
      if (heads.length > 0 && / for [\d,]+ soldiers$/.test(cl.label))
        counted.push({ text: cl.label, claims: cl.claims });
      else if (heads.length > 0)
        counted.push({
          text:
            others === 0
              ? `${cl.label} is ${forHeads}`
              : `${cl.label}, ${withHeads} of whose ${cl.claims.length} figures ${withHeads === 1 ? "is" : "are"} ${forHeads} (${others === 1 ? "the other names" : "the others name"} no head count)`,
          claims: cl.claims,
        });
      // A figure given only to be rejected rests on no source: it is said to be rejected.
      const rejected = cl.claims.filter((id) => {
        const c = byId.get(id);
        return c !== undefined && givenOnlyToReject(c);
      });
      const rejectedIds = new Set(rejected);
      const named = [
        ...namedOrigins(
          cl.claims.filter((id) => !rejectedIds.has(id)),
          chainOf,
        ).keys(),
      ].sort();
      // Unnamed origins are counted by key, as the independence count does (an article's own
      // unattributed statements are one origin, however many figures it gives).
      const unnamed = new Set(
        cl.claims
          .filter((id) => !rejectedIds.has(id))
          .map((id) => chainOf(id).origin)
          .filter((o) => !o.known)
          .map((o) => o.key),
      ).size;
      const who = [...named, ...(unnamed > 0 ? [`${unnamed} unnamed ${unnamed === 1 ? "source" : "sources"}`] : [])];
      const rejects = new Set(rejected.map((id) => byId.get(id)?.article)).size;
      origins.push({
        text:
          who.length === 0
            ? `${cl.label} is given only to be rejected`
            : `${cl.label} rests on ${who.join(" and ")}${rejected.length > 0 ? ` and is rejected in ${count(rejects, "article")}` : ""}`,
        claims: cl.claims,
      });
      // Two unnamed sources read alike in words but are different origins: compare keys, not text.
      signatures.add([...new Set(cl.claims.map((id) => chainOf(id).origin.key))].sort().join(" "));
      for (const id of cl.claims) (byId.get(id)?.asOf ? dated : undated).push(id);
    }
  }
  if (pairs === 0) return null;
  const parts: Part[] = [{ text: "The groups differ ", claims: [] }];
  const reasons: Part[][] = [];
  if (scoped.length > 0)
    reasons.push([
      { text: "in scope (", claims: [] },
      ...joinSemi(briefList(scoped, "group")),
      { text: ")", claims: [] },
    ]);
  if (new Set(counted.map((p) => p.text.replace(/^.* is for /, ""))).size > 1)
    reasons.push([
      { text: "in the head count they total (", claims: [] },
      ...joinSemi(briefList(counted, "group")),
      { text: ")", claims: [] },
    ]);
  if (signatures.size > 1) {
    // "differ in origin" must not hide that one origin stands behind several groups (a revised count).
    const both = [...shared.keys()].sort();
    reasons.push([
      { text: "in origin (", claims: [] },
      ...joinSemi(briefList(origins, "group")),
      { text: ")", claims: [] },
      ...(both.length > 0
        ? [
            { text: ", though ", claims: [] },
            ...both.flatMap((label, i) => [
              ...(i > 0 ? [{ text: " and ", claims: [] }] : []),
              { text: label, claims: shared.get(label) ?? [] },
            ]),
            {
              text: ` ${both.length === 1 ? "stands" : "each stand"} behind figures in more than one group`,
              claims: [],
            },
          ]
        : []),
    ]);
  }
  if (reasons.length === 0) {
    parts.push({ text: "in value although they count the same thing from the same origins", claims: [] });
  } else {
    reasons.forEach((r, i) => {
      if (i > 0) parts.push({ text: " and ", claims: [] });
      parts.push(...r);
    });
  }
  if (undated.length > 0) {
    parts.push({ text: "; when ", claims: [] });
    parts.push({ text: `${count(undated.length, "figure")}`, claims: undated });
    parts.push({
      text: ` ${undated.length === 1 ? "was" : "were"} true cannot be told, because ${undated.length === 1 ? "it is" : "they are"} undated`,
      claims: [],
    });
  } else if (dated.length > 0) {
    // Dates within the window the relations read as one time are one time here too. A month or a
    // year given without its day is any day in it: the span is said only when it is certain.
    let latestStart = -Infinity;
    let earliestEnd = Infinity;
    for (const id of dated) {
      const c = byId.get(id);
      if (!c?.asOf) continue;
      const [start, end] = dateSpan({ asOf: c.asOf, asOfPrecision: c.asOfPrecision });
      latestStart = Math.max(latestStart, start);
      earliestEnd = Math.min(earliestEnd, end);
    }
    if (latestStart - earliestEnd > SAME_TIME_DAYS)
      // Said of the span, so that it holds beside pairs of the same date that conflict.
      parts.push({ text: `; the figures' dates span more than ${SAME_TIME_DAYS} days`, claims: [] });
  }
  parts.push({ text: ".", claims: [] });
  return { parts };
}

/**
 * The named origins of a group's claims, each with the claims that rest on it.
 *
 * @param claims Claim ids.
 * @param chainOf Chains.
 * @returns Origin label to claim ids.
 */
function namedOrigins(claims: readonly string[], chainOf: (id: string) => ResolvedChain): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of claims) {
    const o = chainOf(id).origin;
    if (!o.known) continue;
    out.set(o.label, [...(out.get(o.label) ?? []), id]);
  }
  return out;
}

/**
 * Parts joined with semicolons.
 *
 * @param parts Parts.
 * @returns Joined parts.
 */
function joinSemi(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push({ text: "; ", claims: [] });
    out.push(p);
  });
  return out;
}

/**
 * A value and who it is credited to, for a conflict sentence.
 *
 * @param c Claim.
 * @returns Text such as "about 10,000 people (The Pentagon)".
 */
function valueWho(c: AnswerClaim): string {
  const v = c.vague ? vagueWords(c.figure) : claimValue(c);
  return `${v} (${creditWords(c)})`;
}

/**
 * The sentence on whether anything truly conflicts: outright conflicts and disputes, else
 * pairs whose conflict cannot be told for want of a date.
 *
 * @param relations Relations of the topic.
 * @param byId Claims by id.
 * @returns The sentence.
 */
function conflictSentence(relations: readonly Relation[], byId: ReadonlyMap<string, AnswerClaim>): AnswerSentence {
  const seen = new Set<string>();
  const pick = (types: readonly string[]): Relation[] =>
    relations.filter((r) => {
      const k = [r.from, r.to].sort().join("|");
      if (!types.includes(r.type) || seen.has(k) || !byId.has(r.from) || !byId.has(r.to)) return false;
      seen.add(k);
      return true;
    });
  // Pairs that read the same (the same values from the same sources, in several articles) are said once.
  const said = new Set<string>();
  // A figure the text gives only to reject it conflicts with nobody's figure.
  const hard = pick(["conflicts"]).filter((r) => {
    if (givenOnlyToReject(byId.get(r.from) as AnswerClaim) || givenOnlyToReject(byId.get(r.to) as AnswerClaim))
      return false;
    const a = valueWho(byId.get(r.from) as AnswerClaim);
    const b = valueWho(byId.get(r.to) as AnswerClaim);
    const key = [a, b].sort().join("|");
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  const disputes = pick(["disputes"]);
  const unsure = pick(["undetermined"]);
  // A pair said to conflict and a pair whose conflict cannot be told may read the same (one source's
  // "about 11,000" in two articles, dated differently): then both are told apart by their dates.
  const words = (r: Relation): string =>
    [valueWho(byId.get(r.from) as AnswerClaim), valueWho(byId.get(r.to) as AnswerClaim)].sort().join("|");
  const unsureWords = new Set(unsure.map(words));
  const twice = new Set(hard.map(words).filter((w) => unsureWords.has(w)));
  const pairWords = (r: Relation, joiner: string): string => {
    const a = byId.get(r.from) as AnswerClaim;
    const b = byId.get(r.to) as AnswerClaim;
    return twice.has(words(r)) ? `${describe(a)}${joiner}${describe(b)}` : `${valueWho(a)}${joiner}${valueWho(b)}`;
  };
  const parts: Part[] = [];
  if (hard.length === 0) parts.push({ text: "Nothing conflicts outright", claims: [] });
  else {
    parts.push({
      text:
        hard.length > ANSWER_ITEMS
          ? `At least ${count(hard.length, "pair")} conflict outright, among them: `
          : "These conflict outright: ",
      claims: [],
    });
    hard.slice(0, ANSWER_ITEMS).forEach((r, i) => {
      if (i > 0) parts.push({ text: "; ", claims: [] });
      parts.push({ text: pairWords(r, " against "), claims: [r.from, r.to] });
      if (r.note) parts.push({ text: ` (editor's note: ${stripDigits(r.note)})`, claims: [] });
    });
  }
  for (const r of disputes.slice(0, ANSWER_ITEMS)) {
    // The relation runs from the one who disputes to the figure disputed.
    const own = byId.get(r.from) as AnswerClaim;
    const other = byId.get(r.to) as AnswerClaim;
    parts.push({ text: "; ", claims: [] });
    parts.push({
      text: `${own.attributedTo?.name ?? "the article"} disputes ${valueWho(other)} and gives ${own.vague ? vagueWords(own.figure) : claimValue(own)} instead`,
      claims: [r.from, r.to],
    });
    if (r.note) parts.push({ text: ` (editor's note: ${stripDigits(r.note)})`, claims: [] });
  }
  if (disputes.length > ANSWER_ITEMS) {
    parts.push({ text: `; and ${count(disputes.length - ANSWER_ITEMS, "more dispute")}`, claims: [] });
  }
  if (unsure.length > 0) {
    parts.push({ text: "; whether ", claims: [] });
    parts.push(
      ...list(
        briefList(
          unsure.map((r) => ({ text: pairWords(r, " and "), claims: [r.from, r.to] })),
          "pair",
        ),
      ),
    );
    // Why the dates cannot settle it, pair by pair: a missing date, a date given only as a month or a
    // year, or (both dated to the day) a lower count of losses from the same source that only its
    // article dates, which may repeat that source's earlier figure.
    const reasons = new Set<string>(
      unsure.map((r) => {
        const a = byId.get(r.from);
        const b = byId.get(r.to);
        if (a && b && neitherStatesAPeriod(a, b)) return "period";
        if (a && b && totalNamesNoHeadCount(a, b)) return "headcount";
        if (!a?.asOf || !b?.asOf) return "undated";
        if (
          datedOnlyByTheirArticle(a, b) &&
          dateDistance({ ...a, asOf: a.asOf }, { ...b, asOf: b.asOf }).max <= SAME_TIME_DAYS
        ) {
          return "article";
        }
        const [early, late] = a.asOf < b.asOf ? [a, b] : [b, a];
        const repeat = mayRepeatEarlier(early, late) && (late.value.max ?? Infinity) < (early.value.min ?? -Infinity);
        return repeat ? "repeat" : "coarse";
      }),
    );
    const why =
      reasons.size > 1
        ? [...UNSURE_REASONS.keys()]
            .filter((k) => reasons.has(k))
            .map((k) => UNSURE_REASONS.get(k)?.[0])
            .join(", or ")
        : (UNSURE_REASONS.get([...reasons][0] ?? "undated")?.[1] ?? "");
    // Pairs of one source's own counts can differ only in time.
    const oneSource = unsure.every((r) => {
      const x = byId.get(r.from)?.attributedTo?.id;
      return x !== undefined && x === byId.get(r.to)?.attributedTo?.id;
    });
    // A period or a head count left out says they may measure different things; a date, that they may
    // differ in time.
    const measure = reasons.has("period") || reasons.has("headcount");
    const dated = [...reasons].some((k) => k !== "period" && k !== "headcount");
    const differ = [
      ...(dated ? ["in time"] : []),
      ...(dated && !oneSource ? ["in source"] : []),
      ...(measure ? ["in what they measure"] : []),
    ];
    parts.push({
      text: ` conflict cannot be told: ${why}, so they may differ ${differ.slice(0, -1).join(", ")}${differ.length > 1 ? " or " : ""}${differ.at(-1) ?? "in time"}`,
      claims: [],
    });
  }
  parts.push({ text: ".", claims: [] });
  return { parts };
}

/** Why two figures' conflict cannot be told: [short form in a list, form alone]. */
const UNSURE_REASONS = new Map<string, readonly [string, string]>([
  [
    "period",
    [
      "neither of two sums states a period",
      "neither sum states a period, and one may be a month's and the other a year's",
    ],
  ],
  ["headcount", ["a total names no head count", "a total that names no head count may total another force"]],
  ["undated", ["a date is missing", "a date is missing"]],
  [
    "coarse",
    [
      "a date is given only as a month or a year",
      "a date given only as a month or a year does not tell whether they describe the same time",
    ],
  ],
  [
    "article",
    [
      "one source's two counts in one article are dated only by the article",
      "one source gives both counts in one article and only the article dates them",
    ],
  ],
  [
    "repeat",
    [
      "a lower count of losses from the same source is dated only by its article",
      "a lower count of losses from the same source is dated only by its article and may repeat that source's earlier figure",
    ],
  ],
]);

/**
 * An editor's note is quoted only when it carries no figure the sentence does not cite.
 *
 * @param note Note.
 * @returns The note, or a pointer to it.
 */
function stripDigits(note: string): string {
  return /\d/.test(note) ? "see the corrections on either claim's page" : note.replace(/\.$/, "");
}

/**
 * The sentence on how many independent origins stand behind the most repeated figure: a value
 * written the same way in more than one claim, else the largest group.
 *
 * @param members Claims with figures.
 * @param clusters Clusters.
 * @param byId Claims by id.
 * @param chainOf Chains.
 * @returns The sentence, or null when no group spans more than one article.
 */
function originSentence(
  members: readonly AnswerClaim[],
  clusters: readonly ValueCluster[],
  byId: ReadonlyMap<string, AnswerClaim>,
  chainOf: (id: string) => ResolvedChain,
): AnswerSentence | null {
  const written = new Map<string, AnswerClaim[]>();
  for (const c of members) {
    // (A figure given only to be rejected is no one's: it is not "given" as the most repeated figure is.)
    if (c.vague || givenOnlyToReject(c)) continue;
    // Appended in place: a figure repeated across the corpus would otherwise be copied per claim.
    // A total for another head count is another figure, however it is written.
    const k = `${c.kind}|${writtenClaim(c)}|${c.basis?.count ?? ""}`;
    const g = written.get(k);
    if (g) g.push(c);
    else written.set(k, [c]);
  }
  const articleCount = new Map([...written.values()].map((g) => [g, new Set(g.map((c) => c.article)).size]));
  const top = [...written.values()]
    .filter((g) => g.length > 1)
    .sort(
      (a, b) =>
        (articleCount.get(b) ?? 0) - (articleCount.get(a) ?? 0) ||
        b.length - a.length ||
        (writtenClaim(a[0] as AnswerClaim) < writtenClaim(b[0] as AnswerClaim) ? -1 : 1),
    )[0];
  const parts: Part[] = [];
  let group: readonly AnswerClaim[];
  if (top) {
    group = top;
    const arts = new Set(top.map((c) => c.article)).size;
    const figureText = writtenClaim(top[0] as AnswerClaim);
    // "$2,000 a month (4 articles)" as a group and "$2,000 a month … in 3 articles" as the figure read
    // alike: the figure is then said to be the one written exactly so.
    const wider = clusters.some((c) => c.label === figureText && c.articles.length > arts);
    parts.push({
      text: `The most repeated figure, ${wider ? "written exactly as " : ""}${figureText}, `,
      claims: top.map((c) => c.id),
    });
    parts.push({
      text: `is given ${count(top.length, "time")} in ${count(arts, "article")}`,
      claims: top.map((c) => c.id),
    });
  } else {
    const ranked = [...clusters]
      .filter((c) => !isVague(c, byId))
      .sort((a, b) => b.articles.length - a.articles.length || b.claims.length - a.claims.length);
    const largest = ranked[0];
    if (!largest || largest.articles.length < 2) {
      return { parts: [{ text: "No figure is given twice.", claims: [] }] };
    }
    // "The largest" only when no other group has as many articles.
    const tied = ranked.filter((c) => c.articles.length === largest.articles.length).length > 1;
    group = largest.claims.map((id) => byId.get(id)).filter((c): c is AnswerClaim => c !== undefined);
    parts.push({
      text: tied
        ? "No figure is given twice; one of the groups tied for the most articles, "
        : "No figure is given twice; the largest group, ",
      claims: [],
    });
    parts.push({ text: `${largest.label} (${count(largest.articles.length, "article")})`, claims: largest.claims });
  }
  const ind = independence(group, chainOf);
  parts.push({ text: ", rests on ", claims: [] });
  parts.push({ text: originCount(ind.atLeast, ind.atMost), claims: group.map((c) => c.id) });
  const named = ind.origins.filter((o) => o.known);
  const unnamed = ind.origins.filter((o) => !o.known);
  const byOrigin = new Map<string, string[]>();
  for (const c of group) {
    const key = chainOf(c.id).origin.key;
    const list = byOrigin.get(key);
    if (list) list.push(c.id);
    else byOrigin.set(key, [c.id]);
  }
  const claimsOf = (key: string): string[] => byOrigin.get(key) ?? [];
  const who: Part[] = briefList(
    named.map((o) => ({
      text: `${namedOriginLabel(o, named)} (${count(o.articles.length, "article")})`,
      claims: claimsOf(o.key),
    })),
    "named origin",
  );
  if (unnamed.length > 0) {
    const ids = unnamed.flatMap((o) => claimsOf(o.key));
    const may = named.length > 0 ? ", which may repeat a named one" : ", which may repeat one another";
    // Many unnamed sources are counted, not each described.
    const labels = unnamed.length > ANSWER_ITEMS ? "" : ` (${unnamedLabels(unnamed)})`;
    who.push({
      text: `${count(unnamed.length, "unnamed source")}${labels}${may}`,
      claims: ids,
    });
  }
  parts.push({ text: ": ", claims: [] });
  parts.push(...list(who));
  parts.push({ text: ".", claims: [] });
  return { parts };
}

/**
 * Upper-cases the first letter of a sentence.
 *
 * @param s Sentence.
 * @returns The sentence.
 */
function capitalise(s: AnswerSentence): AnswerSentence {
  const [first, ...rest] = s.parts;
  if (!first) return s;
  return { parts: [{ ...first, text: upperFirst(first.text) }, ...rest] };
}

/**
 * A topic's answer.
 *
 * @param kinds The topic's kinds in order.
 * @param clusters Its clusters.
 * @param members Its claims with figures.
 * @param relations Its relations.
 * @param byId Claims by id.
 * @param chainOf Chains.
 * @param statements Stances without a figure (claim ids).
 * @returns Two to four sentences.
 */
export function answerTopic(
  kinds: readonly string[],
  clusters: readonly ValueCluster[],
  members: readonly AnswerClaim[],
  relations: readonly Relation[],
  byId: ReadonlyMap<string, AnswerClaim>,
  chainOf: (id: string) => ResolvedChain,
  statements: readonly string[] = [],
): AnswerSentence[] {
  const kindOf = (cl: ValueCluster): string => byId.get(cl.claims[0] ?? "")?.kind ?? "";
  const withClusters = kinds
    .map((kind) => ({
      kind,
      clusters: clusters
        .filter((cl) => kindOf(cl) === kind)
        .sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity) || (a.max ?? Infinity) - (b.max ?? Infinity)),
    }))
    .filter((k) => k.clusters.length > 0);
  if (withClusters.length === 0) {
    // A topic with stances only still answers in words, linking the stances.
    return statements.length === 0
      ? []
      : [
          {
            parts: [
              { text: "No article gives a figure here; ", claims: [] },
              {
                text: `${count(statements.length, "statement")} without a figure ${statements.length === 1 ? "is" : "are"} listed instead`,
                claims: statements,
              },
              { text: ".", claims: [] },
            ],
          },
          { parts: [{ text: "Nothing can conflict outright without figures.", claims: [] }] },
        ];
  }
  const out: AnswerSentence[] = [rangeSentence(withClusters, byId)];
  const diff = differenceSentence(withClusters, byId, chainOf);
  if (diff) out.push(diff);
  out.push(conflictSentence(relations, byId));
  const origin = originSentence(members, clusters, byId, chainOf);
  if (origin && out.length < 4) out.push(origin);
  return out;
}

/**
 * The text of answer sentences.
 *
 * @param answer Sentences.
 * @returns Plain text.
 */
export function answerText(answer: readonly AnswerSentence[]): string {
  return answer.map((s) => s.parts.map((p) => p.text).join("")).join(" ");
}
