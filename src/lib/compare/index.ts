/**
 * The comparison: topics with value clusters, relations with explanations, independence of
 * origins, arithmetic checks, people and sources, all computed from claim records by general rules.
 */
import type { Article } from "../schema/article.ts";
import type { Claim, EntityRef } from "../schema/claim.ts";
import { KINDS, kindSpec, type KindId } from "../schema/kinds.ts";
import { entityId, type Entity } from "../extract/entities.ts";
import type { Extraction } from "../extract/index.ts";
import { claimValue, formatValue, upperFirst, vagueWords } from "../format/value.ts";
import { qualifyCheck, runChecks } from "./checks.ts";
import { applyCorrections, type LocatedCorrection } from "./corrections.ts";
import { spokespeople } from "./affiliation.ts";
import { independence, resolveChains, type ResolvedChain } from "./provenance.ts";
import {
  SAME_TIME_DAYS,
  dateSpan,
  givenOnlyToReject,
  isMoney,
  monthlyInterval,
  relate,
  replacedInSentence,
  sentenceKey,
} from "./relations.ts";
import { intersect, overlaps, widen, type Interval } from "./tolerance.ts";
import { clusterLabel } from "./labels.ts";
import { answerTopic, answerText } from "./answer.ts";
import { people } from "./people.ts";
import type { ClaimView, CorpusData, Relation, Source, Topic, ValueCluster } from "./types.ts";
import { cpuNow, type StageTimes } from "../stages.ts";

/** How many related claims a claim page lists. */
export const RELATED_PER_CLAIM = 6;
/** How many neighbouring value clusters on each side a claim is compared with. */
const NEAREST_CLUSTERS = 3;
/** How many of a topic's largest clusters its page compares pairwise. */
const MAJOR_CLUSTERS = 8;

/**
 * Compares the claims of a corpus.
 *
 * @param articles The articles.
 * @param extraction What extraction found.
 * @param corrections Editorial corrections.
 * @param times Receives the time of each part, for the benchmarks.
 * @returns Claims, topics, people, sources and checks, sorted.
 */
export function compareCorpus(
  articles: readonly Article[],
  extraction: Extraction,
  corrections: readonly LocatedCorrection[] = [],
  times?: StageTimes,
): CorpusData {
  const t0 = times ? cpuNow() : 0;
  const lap = (name: string): void => {
    if (!times) return;
    const now = cpuNow();
    const spent = Object.entries(times)
      .filter(([k]) => k.startsWith("compare:"))
      .reduce((s, [, v]) => s + v, 0);
    times[`compare:${name}`] = now - t0 - spent;
  };
  const { claims: corrected, relationNotes } = applyCorrections(
    extraction.claims,
    corrections,
    new Map(extraction.entities.map((e) => [e.id, e])),
    new Map(articles.map((a) => [a.slug, a.meta.published])),
  );
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const typeOf = (id: string): Entity["type"] | undefined => entities.get(id)?.type;
  const active = corrected.filter((c) => c.status === "active");
  const publisherIds = new Map(
    articles.flatMap((a) => (a.meta.publisher ? [[a.slug, entityId(a.meta.publisher)] as const] : [])),
  );
  const chains = resolveChains(corrected, typeOf, spokespeople(extraction.entities, extraction.aliases), (slug) =>
    publisherIds.get(slug),
  );
  const chainFn = (id: string): ResolvedChain =>
    chains.get(id) ?? { origin: { key: `unknown:${id}`, label: "unknown", known: false, entity: null }, relays: [] };
  const originFn = (id: string) => chainFn(id).origin;
  const byId = new Map(corrected.map((c) => [c.id, c]));
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const noteOf = (a: string, b: string): string | null => relationNotes.get([a, b].sort().join("|")) ?? null;
  const noted = [...relationNotes.keys()].map((k) => k.split("|") as [string, string]);

  lap("chains");

  // Topics and clusters.
  const topics: Topic[] = [];
  // Each claim keeps only the relations its page lists: the best RELATED_PER_CLAIM so far in the order
  // of its page, and the other claims already seen (the first relation to a claim is the one kept).
  // Keeping every candidate until the end held twice the relations, and was the pipeline's peak.
  const related = new Map<string, { seen: string[]; best: Relation[] }>();
  const addRelated = (r: Relation): void => {
    let entry = related.get(r.from);
    if (!entry) {
      entry = { seen: [], best: [] };
      related.set(r.from, entry);
    }
    if (entry.seen.includes(r.to)) return;
    entry.seen.push(r.to);
    const order = relationOrder(byId, byId.get(r.from) as Claim);
    const { best } = entry;
    let at = best.length;
    while (at > 0 && order(r, best[at - 1] as Relation) < 0) at--;
    if (at >= RELATED_PER_CLAIM) return;
    best.splice(at, 0, { ...r, explanation: flat(r.explanation) });
    if (best.length > RELATED_PER_CLAIM) best.pop();
  };
  const topicOfClaim = new Map<string, string>();
  const topicIds = [...new Set(KINDS.map((k): string | null => k.topicId).filter((t): t is string => t !== null))];
  const clustersByKind = new Map<string, ValueCluster[]>();
  for (const topicId of topicIds) {
    const kinds = KINDS.filter((k) => (k.topicId as string | null) === topicId).map((k) => k.id as string);
    // Stances without a number are listed beside the figures, not clustered with them.
    const members = active.filter((c) => kinds.includes(c.kind) && !c.qualitative).sort(byValue);
    const statements = active.filter((c) => kinds.includes(c.kind) && c.qualitative).map((c) => c.id);
    if (members.length === 0 && statements.length === 0) continue;
    for (const c of members) topicOfClaim.set(c.id, topicId);
    for (const id of statements) topicOfClaim.set(id, topicId);
    const clusters: ValueCluster[] = [];
    for (const kind of kinds) {
      const ofKind = members.filter((c) => c.kind === kind);
      const kc = distinctLabels(
        cluster(ofKind).map((group) => makeCluster(group, chainFn)),
        byId,
      );
      clustersByKind.set(kind, kc);
      clusters.push(...kc);
    }
    // Relations, bounded per claim so that cost grows with the number of claims: within its cluster,
    // a few claims of other articles first; across clusters, the representatives of the nearest clusters.
    const topicRelations: Relation[] = [];
    // Each cluster's claims in date order: peers are found by walking outwards from a claim, so that a
    // new article changes the relations of the few claims near it in date, not of every claim of a
    // large cluster; and a neighbouring cluster is met through its claim nearest in date, which is the
    // one a comparison can say most about ("12,000 on 4 November" against "about 10,000 on 6 November").
    const datedClaims = clusters.map((cl) =>
      [...cl.claims].map((id) => byId.get(id) as Claim).sort((x, y) => byDay(x, y)),
    );
    // The claims a neighbouring group is met through: not a figure given only to be rejected.
    const datedAsserted = datedClaims.map((list) => list.filter((o) => !givenOnlyToReject(o)));
    for (let ci = 0; ci < clusters.length; ci++) {
      // Only the window around this cluster: filtering the whole list per cluster is quadratic.
      const neighbours = datedAsserted
        .slice(Math.max(0, ci - NEAREST_CLUSTERS), ci + NEAREST_CLUSTERS + 1)
        .filter((list, k) => k + Math.max(0, ci - NEAREST_CLUSTERS) !== ci && list.length > 0);
      const byDate = datedClaims[ci] as Claim[];
      for (let at = 0; at < byDate.length; at++) {
        const c = byDate[at] as Claim;
        const near = walkOutwards(byDate, at, RELATED_PER_CLAIM * 4);
        const peers = near
          .sort((x, y) => Number(x.article === c.article) - Number(y.article === c.article))
          .slice(0, RELATED_PER_CLAIM);
        // A figure given only to be rejected (credited to no one and disputed) agrees or conflicts with
        // nobody's figure: only what rejects it is set beside it.
        if (givenOnlyToReject(c)) continue;
        for (const other of peers) if (!givenOnlyToReject(other)) addRelated(mk(c, other, noteOf));
        for (const list of neighbours) {
          const other = nearestInDate(list, c) as Claim | undefined;
          if (other) addRelated(mk(c, other, noteOf));
        }
      }
    }
    // The topic page reads a relation between every two neighbouring groups of one kind, each
    // explained by scope, date or origin; relations to vague amounts come after and never outnumber them.
    const vagueRelations: Relation[] = [];
    for (const kind of kinds) {
      const ofKind = (clustersByKind.get(kind) ?? []).slice(0, MAJOR_CLUSTERS * 4);
      const real = ofKind
        .filter((cl) => !byId.get(cl.claims[0] ?? "")?.vague)
        // (A group of figures given only to be rejected is no neighbour of anyone's figures.)
        .filter((cl) => !cl.claims.every((id) => givenOnlyToReject(byId.get(id) as Claim)))
        .sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity) || (a.max ?? Infinity) - (b.max ?? Infinity));
      for (let i = 0; i + 1 < real.length; i++) {
        const a = real[i] as ValueCluster;
        const b = real[i + 1] as ValueCluster;
        topicRelations.push(groupRelation(a, b, byId, chainFn, noteOf, noted));
      }
      // Two groups an editor's note links are set side by side too when other groups stand between them,
      // so that the note reaches the topic.
      for (const [x, y] of noted) {
        const i = real.findIndex((cl) => cl.claims.includes(x));
        const j = real.findIndex((cl) => cl.claims.includes(y));
        if (i < 0 || j < 0 || Math.abs(i - j) <= 1) continue;
        const [a, b] = i < j ? [real[i], real[j]] : [real[j], real[i]];
        if (a && b) topicRelations.push(groupRelation(a, b, byId, chainFn, noteOf, noted));
      }
      const largest = [...real].sort((a, b) => b.articles.length - a.articles.length)[0];
      for (const v of ofKind.filter((cl) => byId.get(cl.claims[0] ?? "")?.vague)) {
        if (largest) vagueRelations.push(groupRelation(v, largest, byId, chainFn, noteOf, noted));
      }
    }
    topicRelations.push(...vagueRelations.slice(0, topicRelations.length));
    const timeline = [...members]
      .sort((a, b) => (a.asOf ?? "9999").localeCompare(b.asOf ?? "9999") || a.id.localeCompare(b.id))
      .map((c) => ({ claim: c.id, asOf: c.asOf }));
    topics.push({
      id: topicId,
      title: kindSpec(kinds[0] as KindId).question,
      kinds,
      claims: members.map((c) => c.id),
      statements,
      clusters,
      relations: topicRelations,
      timeline,
      checks: [],
      summary: "",
      answer: [],
    });
  }

  lap("topics");

  // Disputes across kinds: a source who rejects a figure, and what that source gives instead. Only
  // claims of the same article can answer, so they are looked up by article, not over the corpus.
  const activeByArticle = new Map<string, Claim[]>();
  for (const c of active) {
    const list = activeByArticle.get(c.article);
    if (list) list.push(c);
    else activeByArticle.set(c.article, [c]);
  }
  for (const c of active) {
    if (!c.disputedBy) continue;
    for (const o of activeByArticle.get(c.article) ?? []) {
      // What the disputer gives instead must measure the same sort of thing: money for money, a
      // casualty count for a casualty count (never a projection of troops for a death toll).
      if (o.attributedTo?.id === c.disputedBy.id && o.id !== c.id && sameFamily(o, c)) {
        const r = relate(o, c);
        addRelated({ type: r.type, from: o.id, to: c.id, explanation: r.explanation, note: noteOf(o.id, c.id) });
        addRelated({ type: r.type, from: c.id, to: o.id, explanation: r.explanation, note: noteOf(o.id, c.id) });
        const t = topics.find((tp) => tp.id === topicOfClaim.get(c.id));
        if (t)
          (t.relations as Relation[]).push({
            type: r.type,
            from: o.id,
            to: c.id,
            explanation: r.explanation,
            note: noteOf(o.id, c.id),
          });
      }
    }
  }

  lap("disputes");

  for (let i = 0; i < topics.length; i++) {
    const t = topics[i] as Topic;
    // The answer weighs the groups' relations and every conflict a claim page of the topic lists, so
    // that it never says nothing conflicts while a claim page shows a conflict.
    const pageConflicts = t.claims.flatMap((id) =>
      (related.get(id)?.best ?? []).filter((r) => r.type === "conflicts" && topicOfClaim.get(r.to) === t.id),
    );
    const answer = answerTopic(
      t.kinds,
      t.clusters,
      t.claims.map((id) => byId.get(id) as Claim),
      [...t.relations, ...pageConflicts],
      byId,
      chainFn,
      t.statements,
    );
    topics[i] = { ...t, answer, summary: answerText(answer) };
  }

  lap("answers");

  // Arithmetic checks, using the most repeated value of a kind where an article lacks an input.
  // Asked once per claim that lacks an input, so each kind's answer is kept rather than re-sorted.
  const consensusOf = new Map<string, Claim | null>();
  const consensus = (kind: string): Claim | null => {
    const known = consensusOf.get(kind);
    if (known !== undefined) return known;
    const best = [...(clustersByKind.get(kind) ?? [])].sort((a, b) => b.articles.length - a.articles.length)[0];
    const found = best ? (byId.get(best.claims[0] ?? "") ?? null) : null;
    consensusOf.set(kind, found);
    return found;
  };
  const checks = runChecks(
    active.filter((c) => !c.qualitative),
    consensus,
  ).map((k) => qualifyCheck(k, byId, originFn, relationNotes));
  const checksOfTopic = new Map<string, Set<string>>();
  for (const k of checks) {
    for (const id of [...k.inputs, k.against]) {
      const t = id === null ? undefined : topicOfClaim.get(id);
      if (t !== undefined) checksOfTopic.set(t, (checksOfTopic.get(t) ?? new Set()).add(k.id));
    }
  }
  const topicsWithChecks: Topic[] = topics.map((t) => ({
    ...t,
    checks: checks.filter((k) => checksOfTopic.get(t.id)?.has(k.id)).map((k) => k.id),
  }));

  lap("checks");

  // An article's publisher is one record for all its claims.
  const publisherOf = new Map<string, EntityRef | null>();
  const claims: ClaimView[] = corrected
    .map((c) => {
      let publisher = publisherOf.get(c.article);
      if (publisher === undefined) {
        const a = articleBySlug.get(c.article);
        publisher = a?.meta.publisher ? { id: entityId(a.meta.publisher), name: a.meta.publisher } : null;
        publisherOf.set(c.article, publisher);
      }
      const rel = related.get(c.id)?.best ?? [];
      return {
        ...c,
        topic: topicOfClaim.get(c.id) ?? null,
        publisher,
        origin: originFn(c.id),
        related: rel,
        valueText: valueText(c),
      };
    })
    .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.figureStart - b.figureStart));

  lap("claims");
  const notedPairs = [...relationNotes.keys()].map((k) => k.split("|") as [string, string]);
  const peopleOut = people(extraction.entities, claims, articles, noteOf, extraction.aliases ?? [], notedPairs);
  lap("people");
  const sourcesOut = sources(articles, claims, extraction.entities);
  lap("sources");
  return { claims, topics: topicsWithChecks, people: peopleOut, sources: sourcesOut, checks };
}

/**
 * A text as one flat string. V8 keeps a text built from template parts as a tree of its pieces (a
 * rope) until something reads it whole, and the tree takes about twice the memory of the text; the
 * claims keep six relation sentences each, which were over half of the heap the pipeline keeps.
 * Converting the text to a number reads it whole, which makes V8 copy the pieces into one string in
 * place (the trick of the `flatstr` package); the pieces are then garbage.
 *
 * @param text Text.
 * @returns The same text.
 */
function flat(text: string): string {
  Number(text);
  return text;
}

/**
 * A claim's value in words; a vague amount keeps its own words beside how it is read.
 *
 * @param c Claim.
 * @returns Text such as "$2,000 a month" or "thousands (read as at least 2,000 people)".
 */
function valueText(c: Claim): string {
  if (c.qualitative) return `read as ${formatValue(c.value)}`;
  if (!c.vague) return claimValue(c);
  return `${vagueWords(c.figure)} (read as ${formatValue(c.value)})`;
}

/**
 * Orders claims by kind, unit, period and value.
 *
 * @param a Claim.
 * @param b Claim.
 * @returns Sort order.
 */
function byValue(a: Claim, b: Claim): number {
  const ia = monthlyInterval(a);
  const ib = monthlyInterval(b);
  return (
    a.kind.localeCompare(b.kind) ||
    a.value.unit.localeCompare(b.value.unit) ||
    (a.scope ?? "").localeCompare(b.scope ?? "") ||
    Number(a.vague) - Number(b.vague) ||
    (ia.min ?? -Infinity) - (ib.min ?? -Infinity) ||
    (ia.max ?? Infinity) - (ib.max ?? Infinity) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Groups claims of one kind into clusters of overlapping values (greedy over the sorted list:
 * a claim joins the open cluster while it overlaps what all members share). Vague figures and
 * narrower scopes form clusters of their own. A count that meets a member only within their margins
 * and is dated more than {@link SAME_TIME_DAYS} days from it ("11,000" in November, "about 12,000"
 * in January) is another moment, as the relation rules say, so it starts a group of its own instead
 * of being shown as a value that agrees; so does a total worked out for another head count.
 *
 * @param sorted Claims of one kind sorted by value.
 * @returns Groups of claims.
 */
function cluster(sorted: readonly Claim[]): Claim[][] {
  const groups: Claim[][] = [];
  let current: Claim[] = [];
  let shared: Interval | null = null;
  let key = "";
  const moments = new MomentWindow();
  const sentences = new ReplacedFigures();
  // The head count the cluster's totals are for: totals for different counts are never one group.
  let heads: number | null = null;
  for (const c of sorted) {
    const k = `${c.value.unit}|${c.scope ?? ""}|${c.vague ? `vague:${c.value.min}:${c.value.max}` : ""}`;
    const w = widen(monthlyInterval(c), c.value.approx);
    if (
      current.length > 0 &&
      k === key &&
      shared &&
      overlaps(shared, w) &&
      !moments.apart(c) &&
      (c.basis === null || heads === null || heads === c.basis.count) &&
      !sentences.replaces(c)
    ) {
      current.push(c);
      moments.add(c);
      sentences.add(c);
      heads ??= c.basis?.count ?? null;
      shared = intersect(shared, w);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [c];
    shared = w;
    key = k;
    moments.reset(c);
    sentences.reset(c);
    heads = c.basis?.count ?? null;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The sentences of an open cluster's members, so that a figure never joins the one its sentence says
 * it replaced ("about 12,000, up from 11,000"), or was replaced by.
 */
class ReplacedFigures {
  /** Per sentence (article and offset): whether its members include an earlier figure, a current one. */
  private seen = new Map<string, { earlier: boolean; current: boolean }>();

  /**
   * Starts a new cluster with its first claim.
   *
   * @param c The claim.
   */
  reset(c: Claim): void {
    this.seen.clear();
    this.add(c);
  }

  /**
   * Adds a member.
   *
   * @param c The claim.
   */
  add(c: Claim): void {
    const key = sentenceKey(c);
    const s = this.seen.get(key) ?? { earlier: false, current: false };
    if (c.earlier) s.earlier = true;
    else s.current = true;
    this.seen.set(key, s);
  }

  /**
   * Whether a claim and a member are the two sides of a replacement in one sentence.
   *
   * @param c The claim.
   * @returns True when its sentence gives a member as its earlier or its later value.
   */
  replaces(c: Claim): boolean {
    const s = this.seen.get(sentenceKey(c));
    if (!s) return false;
    return c.earlier ? s.current : s.earlier;
  }
}

/**
 * The members of an open cluster that a later claim can meet only within their margins, with the
 * span of their dates. Claims arrive by their lower value, so a member whose value ends below a claim's
 * lower value ends below every later claim's: members pass once, in order of their upper value, and the
 * test of a claim costs a logarithm of the cluster's size, not a walk over it.
 */
class MomentWindow {
  /** Dated members not yet passed, by upper value (binary-inserted). */
  private waiting: { max: number; first: number; last: number }[] = [];
  private next = 0;
  /** The earliest last day and the latest first day of the passed members' dates. */
  private earliestEnd = Infinity;
  private latestStart = -Infinity;

  /**
   * Starts a new cluster with its first claim.
   *
   * @param c The claim.
   */
  reset(c: Claim): void {
    this.waiting = [];
    this.next = 0;
    this.earliestEnd = Infinity;
    this.latestStart = -Infinity;
    this.add(c);
  }

  /**
   * Adds a member.
   *
   * @param c The claim.
   */
  add(c: Claim): void {
    const max = monthlyInterval(c).max;
    if (!c.asOf || max === null || !kindSpec(c.kind).timeSensitive) return;
    const [first, last] = dateSpan({ asOf: c.asOf, asOfPrecision: c.asOfPrecision });
    let lo = this.next;
    let hi = this.waiting.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.waiting[mid] as { max: number }).max <= max) lo = mid + 1;
      else hi = mid;
    }
    this.waiting.splice(lo, 0, { max, first, last });
  }

  /**
   * Whether a claim differs as written from a member and is dated more than the same-time window away from it.
   *
   * @param c The claim, not lower in value than any member.
   * @returns True when it is another moment than some member.
   */
  apart(c: Claim): boolean {
    const min = monthlyInterval(c).min;
    if (!c.asOf || min === null || !kindSpec(c.kind).timeSensitive) return false;
    while (this.next < this.waiting.length && (this.waiting[this.next] as { max: number }).max < min) {
      const m = this.waiting[this.next++] as { first: number; last: number };
      this.earliestEnd = Math.min(this.earliestEnd, m.last);
      this.latestStart = Math.max(this.latestStart, m.first);
    }
    const [first, last] = dateSpan({ asOf: c.asOf, asOfPrecision: c.asOfPrecision });
    return first - this.earliestEnd > SAME_TIME_DAYS || this.latestStart - last > SAME_TIME_DAYS;
  }
}

/**
 * Orders claims by the date their figure describes (undated last), then by id.
 *
 * @param a One claim.
 * @param b The other.
 * @returns Negative, zero or positive.
 */
function byDay(a: Pick<Claim, "asOf" | "id">, b: Pick<Claim, "asOf" | "id">): number {
  if (a.asOf !== b.asOf) return a.asOf === null ? 1 : b.asOf === null ? -1 : a.asOf < b.asOf ? -1 : 1;
  return a.id.localeCompare(b.id);
}

/**
 * The items of a list around a position, nearest positions first (the earlier on a tie), without the
 * item at the position.
 *
 * @param list The list.
 * @param at The position.
 * @param count How many at most.
 * @returns The items.
 */
function walkOutwards<T>(list: readonly T[], at: number, count: number): T[] {
  const out: T[] = [];
  for (let step = 1; out.length < count && (at - step >= 0 || at + step < list.length); step++) {
    if (at - step >= 0) out.push(list[at - step] as T);
    if (out.length < count && at + step < list.length) out.push(list[at + step] as T);
  }
  return out;
}

/**
 * Groups of one kind that would read alike ("$20 million a month" for 10,000 soldiers and for 12,000)
 * say the head count they total, when all their claims give the same one.
 *
 * @param clusters Groups of one kind.
 * @param byId Claims by id.
 * @returns The groups, relabelled where two share a label.
 */
function distinctLabels(clusters: ValueCluster[], byId: ReadonlyMap<string, Claim>): ValueCluster[] {
  const seen = new Map<string, number>();
  for (const cl of clusters) seen.set(cl.label, (seen.get(cl.label) ?? 0) + 1);
  return clusters.map((cl) => {
    if ((seen.get(cl.label) ?? 0) < 2) return cl;
    const counts = new Set(cl.claims.map((id) => byId.get(id)?.basis?.count ?? null));
    const [only] = [...counts];
    return counts.size === 1 && typeof only === "number"
      ? { ...cl, label: `${cl.label} for ${only.toLocaleString("en-US")} soldiers` }
      : cl;
  });
}

/** Days a date given only as a month or a year counts as farther, when choosing the nearest claim. */
const IMPRECISION_DAYS = { month: 15, year: 180 } as const;

/**
 * The claim of a date-ordered list nearest in date to a claim, a claim with a day before one with only
 * a month or a year; the list's first claim when the claim is undated.
 *
 * @param list Claims in date order (undated last).
 * @param c The claim.
 * @returns The nearest claim.
 */
function nearestInDate(list: readonly Claim[], c: Claim): Claim {
  const first = list[0] as Claim;
  if (!c.asOf) return first;
  const t = Date.parse(c.asOf);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = (list[mid] as Claim).asOf;
    if (m !== null && m < c.asOf) lo = mid + 1;
    else hi = mid;
  }
  let best = first;
  let bestDistance = Infinity;
  for (let k = Math.max(0, lo - 2); k < Math.min(list.length, lo + 2); k++) {
    const o = list[k] as Claim;
    if (!o.asOf) continue;
    const precision = o.asOfPrecision;
    const distance = Math.abs(Date.parse(o.asOf) - t) / 86_400_000 + (precision ? IMPRECISION_DAYS[precision] : 0);
    if (distance < bestDistance) {
      best = o;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Builds a cluster record with its independence count.
 *
 * @param group Claims.
 * @param origin Origin lookup.
 * @returns The cluster.
 */
function makeCluster(group: readonly Claim[], chainOf: Parameters<typeof independence>[1]): ValueCluster {
  // The representative is the most precise figure: a point, else the narrowest bounded range; of
  // equally precise ones, the earliest (a claim that joins a large group later seldom takes its place). A
  // figure someone gives comes before one the article gives only to reject it ("No, 50,000 … have not been
  // killed"), which agrees or conflicts with no one's figure.
  const width = (c: Claim): number =>
    c.value.min !== null && c.value.max !== null ? c.value.max - c.value.min : Infinity;
  const rejected = (c: Claim): number => (givenOnlyToReject(c) ? 1 : 0);
  const rep = [...group].sort((a, b) => rejected(a) - rejected(b) || width(a) - width(b) || byDay(a, b))[0];
  // The articles and origins of a group are those of the figures someone gives: an article that prints a
  // figure only to reject it ("An earlier version of this article said 12,000") neither prints it as a
  // figure nor makes the one it withdraws an origin (unless the group holds nothing else).
  const asserted = group.filter((c) => !givenOnlyToReject(c));
  const ind = independence(asserted.length > 0 ? asserted : group, chainOf);
  const min = Math.min(...group.map((c) => c.value.min ?? Infinity));
  const max = Math.max(...group.map((c) => c.value.max ?? -Infinity));
  return {
    label: clusterLabel(group),
    min: Number.isFinite(min) ? min : null,
    max: Number.isFinite(max) ? max : null,
    unit: rep?.value.unit ?? "number",
    claims: [...group].sort((a, b) => (a === rep ? -1 : b === rep ? 1 : a.id.localeCompare(b.id))).map((c) => c.id),
    articles: ind.articles,
    origins: ind.origins,
    independent: ind.atMost,
    circular: ind.circular,
    originsAtLeast: ind.atLeast,
    originsAtMost: ind.atMost,
    chains: ind.chains,
  };
}

/**
 * The relation between two groups of one topic, seen through their representatives, with what
 * explains the difference: scope and time come from the relation rules; a difference in origin is added.
 *
 * @param a One group.
 * @param b The other.
 * @param byId Claims by id.
 * @param chainOf Chains.
 * @param noteOf Editorial notes.
 * @param noted The pairs of claims an editor wrote a note on.
 * @returns Relation.
 */
function groupRelation(
  a: ValueCluster,
  b: ValueCluster,
  byId: ReadonlyMap<string, Claim>,
  chainOf: (id: string) => ResolvedChain,
  noteOf: (a: string, b: string) => string | null,
  noted: readonly (readonly [string, string])[] = [],
): Relation {
  // "raised its estimate to 4,700 from 3,000": when one sentence gives a figure of each group as the
  // earlier value and the one that replaced it, the groups are read through those two; a pair an editor
  // wrote a note on is read first, so that the note reaches the topic.
  const [ca, cb] = notedPair(a, b, byId, noted) ??
    replacedPair(a, b, byId) ?? [byId.get(a.claims[0] ?? "") as Claim, byId.get(b.claims[0] ?? "") as Claim];
  const r = mk(ca, cb, noteOf);
  if (r.type === "agrees" || r.type === "refines") return r;
  // Each group's origins, named (by label) and unnamed (by key), read once.
  // (A copy given only to be rejected, "we said 2,700; the figure is 2,600", is no origin of its group.)
  const given = (cl: ValueCluster): readonly string[] => {
    const ids = cl.claims.filter((id) => !givenOnlyToReject(byId.get(id) as Claim));
    return ids.length > 0 ? ids : cl.claims;
  };
  const originsOf = (cl: ValueCluster): { named: Set<string>; unnamed: number } => {
    const origins = given(cl).map((id) => chainOf(id).origin);
    return {
      named: new Set(origins.filter((o) => o.known).map((o) => o.label)),
      unnamed: new Set(origins.filter((o) => !o.known).map((o) => o.key)).size,
    };
  };
  const oa = originsOf(a);
  const ob = originsOf(b);
  const who = ({ named, unnamed }: { named: Set<string>; unnamed: number }): string =>
    [...[...named].sort(), ...(unnamed > 0 ? [`${unnamed} unnamed ${unnamed === 1 ? "source" : "sources"}`] : [])].join(
      " and ",
    );
  const wa = who(oa);
  const wb = who(ob);
  // Origins named in both groups are said as shared, never as a difference.
  const shared = [...oa.named].filter((l) => ob.named.has(l)).sort();
  // Two unnamed sources read alike in words ("1 unnamed source") but are one origin only by key.
  const keysOf = (cl: ValueCluster): string =>
    [...new Set(given(cl).map((id) => chainOf(id).origin.key))].sort().join(" ");
  // What the groups share is no origin of the two figures compared when theirs differ: that is said
  // first ("12,000 people comes from the HUR, about 14,000 people from the NIS": groups that both hold an
  // NIS figure).
  const oc = chainOf(ca.id).origin;
  const od = chainOf(cb.id).origin;
  const own = (o: typeof oc): string => (o.known ? o.label : "an unnamed source");
  // (By value, not "the first … the second": the relation may write either figure first.)
  const va = valueText(ca);
  const vb = valueText(cb);
  const apart =
    oc.key === od.key
      ? ""
      : !oc.known && !od.known
        ? " The two figures come from two unnamed sources;"
        : va === vb
          ? ` The two figures come from ${own(oc)} and ${own(od)};`
          : ` ${upperFirst(va)} comes from ${own(oc)}, ${vb} from ${own(od)};`;
  const both = apart === "" ? " Both" : " both";
  const origin =
    keysOf(a) === keysOf(b)
      ? `${apart}${both} groups rest on ${wa}.`
      : shared.length > 0
        ? `${apart}${both} groups rest in part on ${shared.join(" and ")}: ${a.label} on ${wa}, ${b.label} on ${wb}.`
        : wa === wb
          ? ` Both groups rest on ${wa}, but not the same unnamed ones.`
          : ` The groups rest on different origins: ${a.label} on ${wa}, ${b.label} on ${wb}.`;
  return { ...r, explanation: `${r.explanation}${origin}` };
}

/**
 * A claim of each group that an editor wrote a note on, as a pair.
 *
 * @param a One group.
 * @param b The other.
 * @param byId Claims by id.
 * @param noted The noted pairs.
 * @returns The two claims (of `a`, then of `b`), or null.
 */
function notedPair(
  a: ValueCluster,
  b: ValueCluster,
  byId: ReadonlyMap<string, Claim>,
  noted: readonly (readonly [string, string])[],
): [Claim, Claim] | null {
  for (const [x, y] of noted) {
    const [from, to] =
      a.claims.includes(x) && b.claims.includes(y)
        ? [x, y]
        : a.claims.includes(y) && b.claims.includes(x)
          ? [y, x]
          : [];
    const cx = from ? byId.get(from) : undefined;
    const cy = to ? byId.get(to) : undefined;
    if (cx && cy) return [cx, cy];
  }
  return null;
}

/**
 * A claim of each group that one sentence gives as an earlier value and the value that replaced it.
 *
 * @param a One group.
 * @param b The other.
 * @param byId Claims by id.
 * @returns The two claims (of `a`, then of `b`), or null.
 */
function replacedPair(a: ValueCluster, b: ValueCluster, byId: ReadonlyMap<string, Claim>): [Claim, Claim] | null {
  const bySentence = new Map<string, Claim[]>();
  for (const id of b.claims) {
    const c = byId.get(id);
    if (!c) continue;
    const same = bySentence.get(sentenceKey(c));
    if (same) same.push(c);
    else bySentence.set(sentenceKey(c), [c]);
  }
  for (const id of a.claims) {
    const x = byId.get(id);
    if (!x) continue;
    const y = bySentence.get(sentenceKey(x))?.find((o) => replacedInSentence(x, o) !== null);
    if (y) return [x, y];
  }
  return null;
}

/**
 * Makes a relation record.
 *
 * @param a From.
 * @param b To.
 * @param noteOf Editorial notes.
 * @returns Relation.
 */
function mk(a: Claim, b: Claim, noteOf: (a: string, b: string) => string | null): Relation {
  const r = relate(a, b);
  return { type: r.type, from: a.id, to: b.id, explanation: r.explanation, note: noteOf(a.id, b.id) };
}

/**
 * Whether two figures measure the same sort of thing: both money, or kinds of one family
 * ("casualties-killed" and "casualties-total").
 *
 * @param a One claim.
 * @param b The other.
 * @returns True when one can stand instead of the other.
 */
function sameFamily(a: Pick<Claim, "kind" | "value">, b: Pick<Claim, "kind" | "value">): boolean {
  if (isMoney(a.value.unit) || isMoney(b.value.unit)) return isMoney(a.value.unit) && isMoney(b.value.unit);
  return a.value.unit === b.value.unit && a.kind.split("-")[0] === b.kind.split("-")[0];
}

/**
 * Orders a claim's relations: disputes and conflicts first, then other articles before the same one.
 *
 * @param byId Claims by id.
 * @param c The claim.
 * @returns Comparator.
 */
function relationOrder(byId: Map<string, Claim>, c: Claim): (x: Relation, y: Relation) => number {
  const rank = {
    disputes: 0,
    conflicts: 1,
    agrees: 2,
    refines: 3,
    "different-time": 4,
    undetermined: 5,
    "different-scope": 6,
  } as const;
  return (x, y) =>
    rank[x.type] - rank[y.type] ||
    Number(byId.get(x.to)?.article === c.article) - Number(byId.get(y.to)?.article === c.article) ||
    x.to.localeCompare(y.to);
}

/**
 * Outlets: those that published an article and those articles relay.
 *
 * @param articles Articles.
 * @param claims Claims.
 * @param entities Entities (for relayed outlets' ids).
 * @returns Sources sorted by id.
 */
function sources(articles: readonly Article[], claims: readonly ClaimView[], entities: readonly Entity[]): Source[] {
  const map = new Map<
    string,
    {
      id: string;
      name: string;
      published: Set<string>;
      relayedBy: Set<string>;
      relays: Map<string, EntityRef>;
      claims: Set<string>;
    }
  >();
  // The first outlet (in id order) with the name or spelling, as a lookup rather than a scan per relay.
  const outletByName = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== "outlet") continue;
    for (const n of [e.name, ...e.variants]) if (!outletByName.has(n)) outletByName.set(n, e);
  }
  const outletRef = (name: string): EntityRef => {
    const e = outletByName.get(name);
    return e ? { id: e.id, name: e.name } : { id: entityId(name), name };
  };
  const get = (ref: EntityRef) => {
    let s = map.get(ref.id);
    if (!s) {
      s = {
        id: ref.id,
        name: ref.name,
        published: new Set(),
        relayedBy: new Set(),
        relays: new Map(),
        claims: new Set(),
      };
      map.set(ref.id, s);
    }
    return s;
  };
  for (const a of articles) {
    const pub = a.meta.publisher ? get({ id: entityId(a.meta.publisher), name: a.meta.publisher }) : null;
    pub?.published.add(a.slug);
    for (const r of a.meta.relays) {
      const ref = outletRef(r);
      get(ref).relayedBy.add(a.slug);
      pub?.relays.set(ref.id, ref);
    }
  }
  for (const c of claims) {
    if (c.publisher) get(c.publisher).claims.add(c.id);
    for (const v of c.via) get(v).claims.add(c.id);
    // A source the article relays that gives the figure itself ("Nara Economic Daily put the monthly pay
    // at …" in an article that relays it) is credited, not listed as a relay: its page lists it too.
    if (c.attributedTo && map.has(c.attributedTo.id)) get(c.attributedTo).claims.add(c.id);
  }
  return [...map.values()]
    .map((s) => ({
      id: s.id,
      name: s.name,
      published: [...s.published].sort(),
      relayedBy: [...s.relayedBy].sort(),
      relays: [...s.relays.values()].sort((a, b) => a.id.localeCompare(b.id)),
      claims: [...s.claims].sort(),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
