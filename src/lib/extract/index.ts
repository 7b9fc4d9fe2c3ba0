/**
 * Turns articles into validated claim records: blocks and sentences, quantities, kinds,
 * attribution and relays, with every number that is not a claim kept with its reason.
 */
import type { Article } from "../schema/article.ts";
import { type Claim, ClaimSchema, type EntityRef, type Skipped } from "../schema/claim.ts";
import { numberSlug } from "../schema/claim-id.ts";
import {
  ORG_HEADS,
  findSpeechActs,
  findVias,
  parseSubject,
  quoteMap,
  type NounPhrase,
  type SpeechAct,
} from "./attribution.ts";
import { splitBlocks } from "./blocks.ts";
import { type Classification, classifyQuantity } from "./classify.ts";
import { type AliasEntry, type Entity, EntityRegistry, guessType, nameKey } from "./entities.ts";
import { extractQuantities, type Quantity } from "./quantities.ts";
import { findStances, type Stance } from "./qualitative.ts";
import { type Sentence, splitSentences } from "./sentences.ts";

/** What extraction gives for a set of articles. */
export interface Extraction {
  /** Claims, sorted by article then position. */
  readonly claims: Claim[];
  /** Numbers seen and not claimed, with reasons. */
  readonly skipped: Skipped[];
  /** Entities seen, sorted by id. */
  readonly entities: Entity[];
}

/** Hedge and certainty words kept as written. */
const HEDGE_RE =
  /\b(?:allegedly|reportedly|estimated|estimates?|estimating|likely|unlikely|possibly|potentially|could|may|might|believed|supposedly|apparently|purportedly|unconfirmed|claims?|said to be)\b/gi;

/** An error in extraction that names the article and the sentence. */
export class ExtractionError extends Error {}

/**
 * Extracts the claims of several articles, resolving entities across all of them.
 *
 * @param articles Articles (any order).
 * @param aliases Entries of the alias file.
 * @returns Claims, skipped numbers and entities.
 */
export function extractCorpus(articles: readonly Article[], aliases: readonly AliasEntry[] = []): Extraction {
  const registry = new EntityRegistry(aliases);
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const a of sorted) {
    const r = extractArticle(a, registry);
    claims.push(...r.claims);
    skipped.push(...r.skipped);
  }
  registry.finalizeNames();
  const rename = (r: EntityRef | null): EntityRef | null =>
    r ? { id: r.id, name: registry.byId(r.id)?.name ?? r.name } : null;
  const named = claims.map((c) => ({
    ...c,
    attributedTo: rename(c.attributedTo),
    subject: rename(c.subject),
    disputedBy: rename(c.disputedBy),
    citedSource: rename(c.citedSource),
    via: c.via.map((v) => rename(v) as EntityRef),
  }));
  return { claims: named, skipped, entities: registry.seen() };
}

/** One mention of an entity, with its words' name keys computed once. */
interface Mention {
  readonly entity: Entity;
  readonly fullName: string;
  readonly keys: readonly string[];
}

/**
 * A mention of an entity under a name.
 *
 * @param entity The entity.
 * @param fullName The name as written.
 * @returns The mention.
 */
function mention(entity: Entity, fullName: string): Mention {
  return { entity, fullName, keys: fullName.split(/\s+/).map(nameKey) };
}

/** Per-article state for resolving pronouns, descriptions and short names. */
interface Tracker {
  /** Entities in order of mention (most recent last), with the name keys of each word of the name. */
  mentions: Mention[];
  lastSpeaker: Entity | null;
  lastPerson: Entity | null;
  lastOrg: Entity | null;
  /** The source the last claim credited: what "the report" or "this figure" points back to. */
  lastCredited: Entity | null;
  /** An intelligence agency named in the article, and the index of the sentence that last named it. */
  intel: { entity: Entity; sentence: number } | null;
  /** Lawmakers seen relaying an agency's briefing, with the agency. */
  relays: Map<Entity, Entity>;
}

/**
 * Extracts one article.
 *
 * @param article The article.
 * @param registry Entity registry shared across the corpus.
 * @returns Its claims and skipped numbers.
 */
export function extractArticle(article: Article, registry: EntityRegistry): { claims: Claim[]; skipped: Skipped[] } {
  const body = article.body;
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return article.bodyLine + lo;
  };

  const relays = article.meta.relays.map((r) => registry.resolve(r, "outlet"));
  const isOutlet = (name: string): boolean => {
    const e = registry.find(name);
    if (e) return e.type === "outlet";
    const k = nameKey(name);
    return relays.some((r) => nameKey(r.name) === k || [...r.variants].some((v) => nameKey(v) === k));
  };
  const articleVia: Entity[] = relays.length === 1 ? relays : [];

  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const tracker: Tracker = {
    mentions: [],
    lastSpeaker: null,
    lastPerson: null,
    lastOrg: null,
    lastCredited: null,
    intel: null,
    relays: new Map(),
  };
  const skip = (text: string, start: number, reason: string, context: string): void => {
    skipped.push({ article: article.slug, text, start, line: lineOf(start), reason, context });
  };

  const blocks = splitBlocks(body);
  let sentenceIndex = 0;
  let prevBlockSpeaker: Entity | null = null;
  let prevBlockOpenQuote = false;
  let lastSentenceText = "";
  const headlineKey = textKey(article.meta.title);
  let headlineSeen = false;
  for (const raw of blocks) {
    if (raw.type === "blank") continue;
    // The headline printed in the body asserts its figure once; a page that prints it again repeats it.
    const isHeadline = raw.type === "heading" && headlineKey !== "" && textKey(raw.text) === headlineKey;
    if (isHeadline && headlineSeen) {
      for (const q of extractQuantities(raw.text)) skip(q.text, raw.start + q.start, "headline repeated", raw.text);
      continue;
    }
    if (isHeadline) headlineSeen = true;
    const block = isHeadline ? { ...raw, type: "prose" as const } : raw;
    if (block.type !== "prose") {
      for (const q of extractQuantities(block.text))
        skip(q.text, block.start + q.start, `${block.type} line`, block.text);
      continue;
    }
    const sentences = splitSentences(body, block, sentenceIndex);
    sentenceIndex += sentences.length;
    const acts = sentences.map((s) => findSpeechActs(s.text, s.openQuoteAtStart));
    // Who speaks each sentence's quotation: its own attribution outside the quote, else one later in
    // the block ("“...,” he said."), else the previous paragraph's speaker when the quote continues.
    const speakers: (Entity | null)[] = [];
    const sentenceSpeaker: (Entity | null)[] = [];
    let blockSpeaker: Entity | null = null;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as Sentence;
      noteNames(s.text, registry, tracker);
      noteIntelligence(s.text, registry, tracker, sentenceIndex - sentences.length + i);
      const own = (acts[i] ?? []).filter(
        (a) => !a.insideQuote && a.method !== "passive-agent" && a.method !== "according-to",
      );
      const resolved = own.map((a) => resolveSubject(a.subject, registry, tracker)).find((e) => e !== null) ?? null;
      sentenceSpeaker.push(resolved);
      if (resolved) {
        blockSpeaker = resolved;
        if (resolved.type === "person") tracker.lastPerson = resolved;
        if (resolved.type === "organization") tracker.lastOrg = resolved;
        tracker.lastSpeaker = resolved;
      }
      // Every named source counts as a mention, so later descriptions ("the agency") can refer to it.
      for (const a of acts[i] ?? []) {
        if (own.includes(a) || !a.subject || a.subject.form === "pronoun" || a.subject.form === "description") continue;
        const e = resolveSubject(a.subject, registry, tracker);
        if (e?.type === "organization") tracker.lastOrg = e;
      }
      speakers.push(resolved);
    }
    for (let i = 0; i < sentences.length; i++) {
      if (speakers[i]) continue;
      const s = sentences[i] as Sentence;
      const quoted = s.openQuoteAtStart || /^[“"‘]/.test(s.text);
      if (!quoted) continue;
      const later = speakers.slice(i + 1).find((e) => e !== null) ?? null;
      const earlier =
        speakers
          .slice(0, i)
          .reverse()
          .find((e) => e !== null) ?? null;
      speakers[i] =
        earlier ?? later ?? (i === 0 && (prevBlockOpenQuote || /^[“"]/.test(s.text)) ? prevBlockSpeaker : null);
    }
    const blockVias = new Map<number, Entity[]>();
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as Sentence;
      const vias = findVias(s.text, isOutlet).map((v) => registry.resolve(v.name, "outlet"));
      blockVias.set(i, vias);
    }

    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as Sentence;
      const numbers = mergeAlternatives(extractQuantities(s.text), s.text);
      // Stances without a number ("never shared this money") become qualitative figures.
      const stances = findStances(s.text).filter((st) => !numbers.some((q) => q.start < st.end && st.start < q.end));
      const quantities: Figure[] = [...numbers, ...stances.map(stanceFigure)].sort((a, b) => a.start - b.start);
      if (quantities.length === 0) continue;
      const inQuote = quoteMap(s.text, s.openQuoteAtStart);
      const sentenceActs = acts[i] ?? [];
      // The two sentences before, across paragraph breaks: what "the number" or "this amount" refers to.
      const previous = [
        i > 1 ? (sentences[i - 2]?.text ?? "") : i === 1 ? lastSentenceText : "",
        i > 0 ? (sentences[i - 1]?.text ?? "") : lastSentenceText,
      ]
        .join(" ")
        .trim();
      for (const q of quantities) {
        const c: Classification = q.stance
          ? {
              ok: true,
              kind: q.stance.kind,
              unit: q.stance.unit,
              per: null,
              min: q.stance.value,
              max: q.stance.value,
              scope: null,
              basis: null,
            }
          : classifyQuantity(q, { sentence: s.text, all: numbers, previous });
        const figureStart = s.start + q.start;
        if (!c.ok) {
          skip(q.text, figureStart, c.reason, s.text);
          continue;
        }
        // Attribution of this figure.
        let attributed: Entity | null = null;
        let method: string | null = null;
        let cited: Entity | null = null;
        let disputedBy: Entity | null = null;
        let ambiguous = false;
        const relayPeople: Entity[] = [];
        const quoted = inQuote(q.start);
        const quoteSpeaker = speakers[i] ?? null;
        if (quoted && quoteSpeaker) {
          attributed = quoteSpeaker;
          method = "quotation";
          const acc = sentenceActs.find((a) => a.insideQuote && a.method === "according-to" && a.verbStart < q.start);
          if (acc?.subject) cited = resolveSubject(acc.subject, registry, tracker);
          // A publication quoted at length ("“... defectors say the wage is $1,” the paper writes"): the
          // source named inside its words is credited, and the publication relays it.
          if (quoteSpeaker.type === "outlet") {
            const inner = sentenceActs.filter(
              (a) => a.insideQuote && a.verbStart < q.start && a.subject && a.subject.form !== "pronoun",
            );
            const last = inner[inner.length - 1];
            const e = last ? resolveSubject(last.subject, registry, tracker) : null;
            if (e && e.type !== "outlet") {
              relayPeople.push(quoteSpeaker);
              attributed = e;
              method = last?.method ?? "said-before";
            }
          }
        } else if (
          /^\s*[‘“"]?(?:this|that|the) (?:figure|number|estimate|tally|toll|total)\b|^\s*(?:of|among) (?:those|them|these)\b/i.test(
            s.text,
          ) &&
          !sentenceActs.some((a) => !a.insideQuote && a.subject)
        ) {
          // A sentence that goes on about the previous one's figure keeps its source.
          attributed = tracker.lastCredited;
          method = "continues";
        } else {
          const outside = sentenceActs.filter((a) => !a.insideQuote && a.subject !== null);
          const agent = outside.find(
            (a) => a.method === "passive-agent" && a.verbStart > q.end && a.verbStart - q.end < 80,
          );
          const speech = outside.filter((a) => a.method !== "passive-agent" && a.method !== "briefing");
          const beforeActs = speech.filter((a) => a.verbStart < q.start);
          const afterActs = speech.filter((a) => a.verbStart >= q.end);
          const briefing = outside.find((a) => a.method === "briefing");
          const chosen: SpeechAct | undefined = agent ?? beforeActs[beforeActs.length - 1] ?? afterActs[0];
          if (chosen) {
            const r = resolveWithFlag(chosen.subject, registry, tracker);
            attributed = r.entity;
            ambiguous = r.ambiguous;
            method = chosen.method;
            // A speaker who relays a briefing: credit the briefing's source, keep the speaker as the relay.
            if (briefing && chosen !== agent && attributed) {
              const source = resolveSubject(briefing.subject, registry, tracker);
              if (source && source !== attributed) {
                relayPeople.push(attributed);
                attributed = source;
                method = "briefing";
              }
            }
            if (chosen.method === "according-to" && attributed?.type === "outlet") {
              attributed = null;
            }
            if (agent) {
              const doubter = beforeActs.find((a) => a.disputes);
              if (doubter) disputedBy = resolveSubject(doubter.subject, registry, tracker);
            }
          } else if (!quoted && /^(?:he|she)\b/i.test(s.text.trim())) {
            attributed = tracker.lastSpeaker;
            method = "pronoun";
          } else if (c.kind === "domestic-wage") {
            // A person's own pay, told with them as the subject ("As a captain, Jang was paid ..."); a fact of
            // their life the outlet tells (the year they defected) has them as subject and credits nobody.
            const np = parseSubject(
              (s.text.slice(0, q.start).split(/,\s*/).pop() ?? "").split(
                /\s+(?:was|is|had|has|got|earned|received)\b/,
              )[0] ?? "",
              0,
            );
            if (np?.form === "name") {
              const e = resolveName(np.name, registry, tracker).entity;
              if (e.type === "person") {
                attributed = e;
                method = "subject";
              }
            }
          }
        }
        if (attributed?.type === "outlet") attributed = null;
        let relayedBy: Entity | null = null;
        for (const p of relayPeople) if (p.type === "person") relayedBy = p;
        // A lawmaker passing on an intelligence briefing: the agency is the source, the lawmaker relays it.
        if (attributed?.type === "person" && isLawmaker(attributed)) {
          const agency =
            tracker.relays.get(attributed) ??
            (tracker.intel && sentenceIndex - sentences.length + i - tracker.intel.sentence <= 3
              ? tracker.intel.entity
              : null);
          if (agency) {
            tracker.relays.set(attributed, agency);
            relayedBy = attributed;
            attributed = agency;
            method = "briefing";
          }
        }
        if (relayedBy && method === "briefing") tracker.relays.set(relayedBy, attributed ?? relayedBy);
        if (attributed) tracker.lastCredited = attributed;
        const stance =
          !disputedBy &&
          sentenceActs.some((a) => a.disputes && a.verbStart < q.start && !a.insideQuote) &&
          method !== "passive-agent"
            ? "disputes"
            : "asserts";

        const sentenceVias = blockVias.get(i) ?? [];
        // A quotation that continues from an earlier sentence keeps the relay of the sentence that opened it.
        let openerVias: Entity[] = [];
        if (quoted && s.openQuoteAtStart) {
          for (let k = i - 1; k >= 0; k--) {
            if (sentences[k]?.opensQuote) {
              openerVias = blockVias.get(k) ?? [];
              break;
            }
          }
        }
        const via = dedupe([
          ...articleVia,
          ...sentenceVias,
          ...openerVias,
          ...relayPeople.filter((p) => p !== relayedBy),
        ]);

        const subject = c.kind === "biography" ? subjectOf(s.text, q, registry, tracker, attributed) : null;
        const figure = s.text.slice(q.start, q.end);
        const number = q.stance
          ? q.stance.text.split(/\s+/).slice(0, 3).join(" ")
          : s.text.slice(q.numberStart, q.numberEnd);
        const claim = {
          id: `${article.slug}-${numberSlug(number)}-n${s.start + q.numberStart}`,
          article: article.slug,
          kind: c.kind,
          quote: s.text,
          quoteStart: s.start,
          figure,
          figureStart,
          line: lineOf(figureStart),
          value: {
            min: c.min,
            max: c.max,
            unit: c.unit,
            per: c.per,
            approx: q.approx,
            ...(q.alternate && q.alternate.currency
              ? {
                  alternate: {
                    text: q.alternate.text,
                    min: q.alternate.min,
                    max: q.alternate.max,
                    unit: q.alternate.currency,
                  },
                }
              : {}),
          },
          vague: q.vague,
          qualitative: q.stance !== undefined,
          attributedTo: ref(attributed),
          attributionMethod: attributed ? method : null,
          attributionAmbiguous: ambiguous,
          via: via.map((v) => ref(v) as EntityRef),
          hedges: hedgesOf(s.text),
          ...asOfFor(quantities, s.text, article.meta.published ?? null),
          subject: ref(subject),
          scope: c.scope,
          stance,
          disputedBy: ref(disputedBy),
          citedSource: ref(cited),
          relayedBy: ref(relayedBy),
          basis: c.basis,
        };
        const parsed = ClaimSchema.safeParse(claim);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new ExtractionError(
            `${article.file}:${claim.line}: claim "${claim.id}" is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""} (sentence: "${s.text}")`,
          );
        }
        claims.push(parsed.data);
      }
    }
    lastSentenceText = sentences[sentences.length - 1]?.text ?? lastSentenceText;
    prevBlockSpeaker = blockSpeaker ?? prevBlockSpeaker;
    prevBlockOpenQuote = sentences[sentences.length - 1]?.openQuoteAtEnd ?? false;
  }
  // Nothing silently lost: digits no quantity covered are reported too.
  const covered = [
    ...claims.map((c) => [c.figureStart, c.figureStart + c.figure.length] as const),
    ...skipped.map((k) => [k.start, k.start + k.text.length] as const),
  ].sort((x, y) => x[0] - y[0]);
  let k = 0;
  let reach = -1;
  for (const m of body.matchAll(/\d+/g)) {
    // Sweep the sorted spans once: `reach` is the furthest end of every span that starts at or before the digit.
    while (k < covered.length && (covered[k]?.[0] ?? Infinity) <= m.index)
      reach = Math.max(reach, covered[k++]?.[1] ?? -1);
    if (m.index >= reach)
      skip(m[0], m.index, "digits not read as a quantity", body.slice(Math.max(0, m.index - 40), m.index + 40));
  }
  skipped.sort((a, b) => a.start - b.start);
  return { claims, skipped };
}

/** Roles of people who pass on what a briefing told them. */
const LAWMAKER_ROLE =
  /\b(?:lawmakers?|legislators?|representative|rep\.?|assembly(?:man|woman|member)|mps?|parliamentarians?)\b/i;

/**
 * Whether a person is known in this article as a lawmaker.
 *
 * @param e Entity.
 * @returns True for lawmakers.
 */
function isLawmaker(e: Entity): boolean {
  return [...e.roles].some((r) => LAWMAKER_ROLE.test(r));
}

/** A spy agency, by its words. */
const INTEL_NAME = /\b(?:intelligence service|intelligence agency|spy agency|nis)\b/i;

/**
 * Remembers the intelligence agency a sentence names, so that a lawmaker's account of its briefing
 * can credit it, and the lawmakers the sentence names.
 *
 * @param s Sentence text.
 * @param registry Entity registry.
 * @param t Tracker.
 * @param index The sentence's index in the article.
 */
function noteIntelligence(s: string, registry: EntityRegistry, t: Tracker, index: number): void {
  if (!/awmaker|egislator|epresentative|Rep\.|MP|NIS|ntelligence|spy/.test(s)) return;
  for (const m of s.matchAll(
    /\b(?:[Rr]epresentative|Rep\.|[Ll]awmakers?|[Ll]egislators?|MPs?),?\s+([A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*(?:\s+[A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*){1,2})/gu,
  )) {
    const e = resolveName(m[1] ?? "", registry, t).entity;
    if (e.type === "person") e.roles.add("lawmaker");
  }
  // "lawmakers X of one party and Y of another told reporters": every name in the list is a lawmaker.
  for (const m of s.matchAll(/\b(?:[Ll]awmakers|[Ll]egislators|MPs|[Rr]epresentatives)\s+([^.;:“”"]{0,160})/g)) {
    const list = (m[1] ?? "").split(/\s+(?:told|said|says|say|stated|who|briefed|reported)\b/)[0] ?? "";
    for (const n of list.matchAll(
      /[A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*(?:\s+[A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*){1,2}/gu,
    )) {
      if (
        /\bParty$/.test(n[0]) ||
        n[0].split(/\s+/).some((w) => /^(?:People|Power|Democratic|National|Assembly)$/.test(w))
      )
        continue;
      const e = resolveName(n[0], registry, t).entity;
      if (e.type === "person") e.roles.add("lawmaker");
    }
  }
  const m = /\b(?:(?:South Korea(?:['’]s)?\s+)?(?:National Intelligence Service|spy agency)|NIS)\b/.exec(s);
  if (!m) return;
  const e = registry.find(m[0]) ?? (t.lastOrg && INTEL_NAME.test(t.lastOrg.name) ? t.lastOrg : null);
  if (e && e.type !== "person" && e.type !== "outlet") t.intel = { entity: e, sentence: index };
}

/**
 * A line's words for comparing it with the headline, ignoring case, spacing and punctuation.
 *
 * @param s Text.
 * @returns Lower-case words joined by single spaces.
 */
function textKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Notes names that introduce people ("North Korean defector X, who ...", "identified as X")
 * so that later short names, pronouns and descriptions resolve to them.
 *
 * @param s Sentence text.
 * @param registry Entity registry.
 * @param t Tracker.
 */
function noteNames(s: string, registry: EntityRegistry, t: Tracker): void {
  const intro =
    /^(?:[A-Z][\w’'-]*\s+){0,4}?([A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*(?:\s+[A-Z][\p{Ll}]*(?:-[A-Za-z][\p{Ll}]+)*){0,2})\s*,\s*(a|an|the|who)\b([^,]*)/u.exec(
      s,
    );
  if (intro?.[1]) {
    const np = parseSubject(intro[1], 0);
    if (np?.form === "name") {
      const e = resolveName(np.name, registry, t).entity;
      if (e.type === "person") {
        e.roles.add(`${intro[2]}${intro[3]}`.trim());
        t.lastPerson = e;
      }
    }
  }
  // A sentence that starts with a person's full name followed by a verb introduces that person.
  const lead =
    /^([A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*(?:\s+[A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*){1,2})\s+(?:was|is|has|had|says|said|told|spent|served|joined|fled|defected|now|who|\w+ed)\b/u.exec(
      s,
    );
  if (lead?.[1]) {
    const np = parseSubject(lead[1], 0);
    if (np?.form === "name" && guessType(np.name) === "person") t.lastPerson = resolveName(np.name, registry, t).entity;
  }
  for (const m of s.matchAll(
    /\b(?:identified as|named|known as|called)\s+([A-Z][\p{Ll}]+(?:[-\s][A-Z][\p{Ll}]+){0,2})/gu,
  )) {
    const e = resolveName(m[1] ?? "", registry, t).entity;
    if (e.type === "person") t.lastPerson = e;
  }
  for (const m of s.matchAll(
    /\b(defector|specialist|researcher|analyst|ambassador|lieutenant|soldier|lawmaker|director|professor|expert)\s+([A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*(?:\s+[A-Z][\p{Ll}]+(?:-[A-Za-z][\p{Ll}]+)*){1,2})/gu,
  )) {
    const e = resolveName(m[2] ?? "", registry, t).entity;
    if (e.type === "person") e.roles.add(m[1] ?? "");
  }
}

/**
 * Resolves a name within an article: a short name ("Hyun-Seung", "Lee") goes to the most recent
 * full name that contains it; when two different full names contain it, the nearest wins and the
 * result is marked ambiguous.
 *
 * @param name The name as written.
 * @param registry Entity registry.
 * @param t Tracker.
 * @returns The entity and whether the choice was ambiguous.
 */
function resolveName(name: string, registry: EntityRegistry, t: Tracker): { entity: Entity; ambiguous: boolean } {
  const tokens = name.split(/\s+/);
  // A bare surname means a person this article introduced in full: never one met in another article.
  if (tokens.length === 1 && !registry.isFixed(name)) {
    const k = nameKey(name);
    // The most recent mentions are enough to resolve a short name; older ones are out of reach.
    const matches = t.mentions.slice(-200).filter((m) => m.keys.length > 1 && m.keys.includes(k));
    const distinct = [...new Set(matches.map((m) => m.entity))];
    const nearest = matches[matches.length - 1];
    if (nearest) {
      nearest.entity.variants.add(name);
      t.mentions.push(nearest);
      return { entity: nearest.entity, ambiguous: distinct.length > 1 };
    }
  }
  const entity = registry.resolve(name);
  t.mentions.push(mention(entity, name));
  return { entity, ambiguous: false };
}

/**
 * Resolves a subject phrase to an entity.
 *
 * @param np The phrase.
 * @param registry Entity registry.
 * @param t Tracker.
 * @returns Entity or null.
 */
function resolveSubject(np: NounPhrase | null, registry: EntityRegistry, t: Tracker): Entity | null {
  return resolveWithFlag(np, registry, t).entity;
}

/**
 * Resolves a subject phrase, telling whether a short name was ambiguous.
 *
 * @param np The phrase.
 * @param registry Entity registry.
 * @param t Tracker.
 * @returns Entity (or null) and the ambiguity flag.
 */
function resolveWithFlag(
  np: NounPhrase | null,
  registry: EntityRegistry,
  t: Tracker,
): { entity: Entity | null; ambiguous: boolean } {
  if (!np) return { entity: null, ambiguous: false };
  switch (np.form) {
    case "pronoun":
      if (np.name === "it") return { entity: t.lastOrg, ambiguous: false };
      return { entity: np.name === "they" ? null : (t.lastPerson ?? t.lastSpeaker), ambiguous: false };
    case "description": {
      const known = registry.find(np.text) ?? registry.byRole(np.role ?? "");
      if (known) return { entity: known, ambiguous: false };
      const role = (np.role ?? "").toLowerCase();
      // "the report said", "the statement added": the document of the source last credited.
      if (/^(?:report|statement|assessment|document|briefing|study|survey|analysis|memo)$/.test(role))
        return { entity: t.lastCredited, ambiguous: false };
      // Match on the stem, so "this defector" finds someone "who defected".
      const head = (role.split(/\s+/).pop() ?? role).slice(0, 6);
      for (let i = t.mentions.length - 1; i >= Math.max(0, t.mentions.length - 200); i--) {
        const e = t.mentions[i]?.entity;
        if (!e) continue;
        if ([...e.roles].some((r) => r.toLowerCase().includes(head)) || e.name.toLowerCase().includes(head))
          return { entity: e, ambiguous: false };
      }
      // Descriptions of the alias file's entities ("the spy agency").
      return { entity: null, ambiguous: false };
    }
    case "group": {
      const orgHead = ORG_HEADS.test(np.name.toLowerCase().split(/\s+/).pop() ?? "");
      const e = registry.find(np.name) ?? registry.resolve(np.name, orgHead ? "organization" : "group");
      if (e.type === "organization") t.lastOrg = e;
      t.mentions.push(mention(e, np.name));
      return { entity: e, ambiguous: false };
    }
    case "name": {
      const r = resolveName(np.name, registry, t);
      if (np.role) r.entity.roles.add(np.role);
      return r;
    }
  }
}

/**
 * The person a biography figure is about: the nearest person named before it in the sentence,
 * else the speaker, else the last person mentioned.
 *
 * @param s Sentence.
 * @param q The figure.
 * @param registry Entity registry.
 * @param t Tracker.
 * @param speaker The sentence's credited speaker.
 * @returns Entity or null.
 */
function subjectOf(
  s: string,
  q: Quantity,
  registry: EntityRegistry,
  t: Tracker,
  speaker: Entity | null,
): Entity | null {
  const before = s.slice(0, q.start);
  const np = parseSubject(before.split(/[,;]/)[0] ?? "", 0);
  if (np?.form === "name") {
    const e = resolveName(np.name, registry, t).entity;
    if (e.type === "person") return e;
  }
  if (/^(?:he|she|his|her)\b/i.test(before.trim()) || /\b(?:his|her)\s+\w+\s*$/i.test(before))
    return t.lastPerson ?? speaker;
  return speaker?.type === "person" ? speaker : t.lastPerson;
}

/**
 * The date a figure describes: a date written in its sentence ("in October 2024", "last month"
 * against a dated article), else the article's date, else unknown.
 *
 * @param qs Quantities of the sentence (dates among them).
 * @param sentence The sentence.
 * @param published The article's date, or null.
 * @returns `asOf` (ISO date or null) and where it came from.
 */
function asOfFor(
  qs: readonly Quantity[],
  sentence: string,
  published: string | null,
): { asOf: string | null; asOfSource: "sentence" | "article" | "unknown" } {
  // "since February 2022" starts a span; it does not date the figure.
  const written = qs.find(
    (q) =>
      q.form === "date" &&
      q.date?.year &&
      !/\b(?:since|from|starting|after|before|until)\s+$/i.test(sentence.slice(Math.max(0, q.start - 12), q.start)),
  );
  if (written?.date?.year) {
    const { year, month, day } = written.date;
    const mm = String(month ?? 1).padStart(2, "0");
    const dd = String(day ?? (month ? 1 : 1)).padStart(2, "0");
    return { asOf: `${year}-${mm}-${dd}`, asOfSource: "sentence" };
  }
  if (published) {
    const d = new Date(`${published}T00:00:00Z`);
    if (/\blast month\b/i.test(sentence)) {
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - 1);
      return { asOf: d.toISOString().slice(0, 10), asOfSource: "sentence" };
    }
    if (/\blast week\b/i.test(sentence)) {
      d.setUTCDate(d.getUTCDate() - 7);
      return { asOf: d.toISOString().slice(0, 10), asOfSource: "sentence" };
    }
    return { asOf: published, asOfSource: "article" };
  }
  return { asOf: null, asOfSource: "unknown" };
}

/** A quantity, or a stance standing in for one. */
type Figure = Quantity & { readonly stance?: Stance };

/**
 * Makes a stance look like a quantity, so that attribution treats both alike.
 *
 * @param st The stance.
 * @returns A figure covering the stance's words.
 */
function stanceFigure(st: Stance): Figure {
  return {
    start: st.start,
    end: st.end,
    text: st.text,
    numberStart: st.start,
    numberEnd: st.end,
    form: "amount",
    min: st.value,
    max: st.value,
    approx: false,
    bound: "exact",
    hedgeText: null,
    currency: st.unit === "USD" ? "USD" : null,
    percent: st.unit === "percent",
    per: null,
    perHead: false,
    vague: false,
    stance: st,
  };
}

/**
 * Joins two figures of the same currency written as alternatives ("$100 or $200") into one range.
 *
 * @param qs Quantities of a sentence.
 * @param text The sentence.
 * @returns Quantities with alternatives merged.
 */
function mergeAlternatives(qs: Quantity[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.currency !== null &&
      prev.currency === q.currency &&
      /^\s+or\s+$/.test(text.slice(prev.end, q.start)) &&
      prev.min !== null &&
      q.max !== null &&
      prev.min < q.max
    ) {
      out[out.length - 1] = {
        ...q,
        start: prev.start,
        numberStart: prev.numberStart,
        text: text.slice(prev.start, q.end),
        min: prev.min,
        max: q.max,
        bound: "range",
      };
      continue;
    }
    out.push(q);
  }
  return out;
}

/**
 * The hedge and certainty words of a sentence, as written and in order.
 *
 * @param s Sentence.
 * @returns Distinct words.
 */
function hedgesOf(s: string): string[] {
  return [...new Set([...s.matchAll(HEDGE_RE)].map((m) => m[0].toLowerCase()))];
}

/**
 * An entity reference, or null.
 *
 * @param e Entity or null.
 * @returns `{ id, name }` or null.
 */
function ref(e: Entity | null): EntityRef | null {
  return e ? { id: e.id, name: e.name } : null;
}

/**
 * Removes repeated entities, keeping the first.
 *
 * @param list Entities.
 * @returns Distinct entities.
 */
function dedupe(list: readonly Entity[]): Entity[] {
  return [...new Set(list)];
}
