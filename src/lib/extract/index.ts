/**
 * Turns articles into validated claim records by running the extraction stages in order:
 * blocks → sentences → speakers and coreference → figures and their roles → credit → record.
 * Every number that does not become a claim is kept with its reason.
 */
import { type Article, bySlug } from "../schema/article.ts";
import type { Claim, EntityRef, Skipped } from "../schema/claim.ts";
import {
  CALLED_FALSE,
  findSpeechActs,
  LIST_COMPILED_BY,
  listIntroSubject,
  parseSubject,
  quoteMap,
  type SpeechAct,
} from "./attribution.ts";
import { FIGURE_LABEL_WORDS, headlineSpan, markHeadline, splitBlocks } from "./blocks.ts";
import type { AnalysisCache } from "./cache.ts";
import {
  CORRECTION_NOTICE,
  WE_RATE_FALSE,
  articleRelays,
  creditFigure,
  denierOfPrevious,
  paragraphVias,
  viaOf,
} from "./credit.ts";
import {
  type AliasEntry,
  type Entity,
  EntityRegistry,
  PLACE_WORDS,
  plainSpelling,
  shortOutletNames,
} from "./entities.ts";
import { extractQuantities, type Quantity } from "./quantities/index.ts";
import {
  type Dateline,
  ExtractionError,
  datelineOf,
  lineIndex,
  linkInputs,
  recordClaim,
  ref,
  sweepDigits,
} from "./record.ts";
import { CLAUSE_ENDS_AFTER, type Classification, type Figure, roleOf, sentenceFigures } from "./roles.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import {
  type BlockCarry,
  isTranscript,
  type NamedBody,
  namedIntelligenceBodies,
  soleSpokesperson,
  type SoleSpokesperson,
  newTracker,
  paragraphSpeakers,
  publisherPattern,
  resolveSubject,
  subjectOf,
} from "./speakers.ts";
import { matchesOf } from "./matches.ts";

export { ExtractionError } from "./record.ts";

/** What extraction gives for a set of articles. */
export interface Extraction {
  /** Claims, sorted by article then position. */
  readonly claims: Claim[];
  /** Numbers seen and not claimed, with reasons. */
  readonly skipped: Skipped[];
  /** Entities seen, sorted by id. */
  readonly entities: Entity[];
  /** The alias file's entries, for later stages that find names of their own (the people pass). */
  readonly aliases?: readonly AliasEntry[];
}

/**
 * Extracts the claims of several articles, resolving entities across all of them.
 *
 * @param articles Articles (any order).
 * @param aliases Entries of the alias file.
 * @param cache Where each article's text analysis is kept between builds, if anywhere.
 * @returns Claims, skipped numbers and entities.
 */
export function extractCorpus(
  articles: readonly Article[],
  aliases: readonly AliasEntry[] = [],
  cache: AnalysisCache | null = null,
): Extraction {
  const steps = namingSteps(articles, aliases, cache);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/**
 * {@link extractCorpus}, naming each article once `ready` says its analysis can be read: other threads
 * may still be analysing the articles after it (see `AnalysisCache.startAnalysingMissing`). The
 * result is the same.
 *
 * @param articles Articles (any order).
 * @param aliases Entries of the alias file.
 * @param cache Where each article's text analysis is kept.
 * @param ready For an article, a promise while its analysis is still being made elsewhere, else null.
 * @returns Claims, skipped numbers and entities.
 */
export async function extractCorpusWhenReady(
  articles: readonly Article[],
  aliases: readonly AliasEntry[],
  cache: AnalysisCache,
  ready: (article: Article) => Promise<void> | null,
): Promise<Extraction> {
  const steps = namingSteps(articles, aliases, cache);
  let step = steps.next();
  while (step.done !== true) {
    const wait = ready(step.value);
    if (wait) await wait;
    step = steps.next();
  }
  return step.value;
}

/**
 * Names the articles in slug order, giving each article before its analysis is read.
 *
 * @param articles Articles (any order).
 * @param aliases Entries of the alias file.
 * @param cache Where each article's text analysis is kept between builds, if anywhere.
 * @yields Each article, before its analysis is read or made.
 * @returns Claims, skipped numbers and entities.
 */
function* namingSteps(
  articles: readonly Article[],
  aliases: readonly AliasEntry[],
  cache: AnalysisCache | null,
): Generator<Article, Extraction, void> {
  const sorted = [...articles].sort(bySlug);
  // What naming gave the unchanged beginning of the slug order in an earlier build, if anything.
  const points = cache?.namingPoints(sorted) ?? null;
  const restored = points?.restore() ?? null;
  const registry = restored ? EntityRegistry.restore(restored.registry) : new EntityRegistry(aliases);
  const claims: Claim[] = restored?.claims ?? [];
  const skipped: Skipped[] = restored?.skipped ?? [];
  cache?.restored.push(...sorted.slice(0, restored?.count ?? 0).map((a) => a.slug));
  let segment = { claims: claims.length, skipped: skipped.length };
  for (let i = restored?.count ?? 0; i < sorted.length; i++) {
    const a = sorted[i] as Article;
    // (The caller may wait here until another thread has stored the article's analysis.)
    yield a;
    const r = extractArticle(a, registry, cache ? cache.get(a, analyseArticle) : analyseArticle(a));
    claims.push(...r.claims);
    skipped.push(...r.skipped);
    if (points?.isPoint(i)) {
      points.store(i, claims.slice(segment.claims), skipped.slice(segment.skipped), registry.state());
      segment = { claims: claims.length, skipped: skipped.length };
    }
  }
  points?.prune();
  registry.finalizeNames();
  // Final names, and the entity a merged one became ("HUR" → Ukraine's military intelligence agency).
  const rename = (r: EntityRef | null): EntityRef | null => {
    if (!r) return null;
    const e = registry.byId(r.id);
    return e ? { id: e.id, name: e.name } : r;
  };
  const named = claims.map((c) => ({
    ...c,
    attributedTo: rename(c.attributedTo),
    subject: rename(c.subject),
    disputedBy: rename(c.disputedBy),
    citedSource: rename(c.citedSource),
    relayedBy: rename(c.relayedBy ?? null),
    via: c.via.map((v) => rename(v) as EntityRef),
  }));
  return { claims: named, skipped, entities: registry.seen(), aliases };
}

/** What the text of one prose block gives, before any name is resolved. */
interface ProseAnalysis {
  readonly type: "prose";
  readonly sentences: Sentence[];
  readonly acts: SpeechAct[][];
  /** Per sentence: its numbers, and each figure with the role the text gives it. */
  readonly figures: { numbers: Quantity[]; figures: { figure: Figure; role: Classification }[] }[];
  /** The date a timeline's entry opens with ("November 2024: …"): it dates the entry's sentences. */
  readonly dateline?: Dateline;
  /** The date an update opens with ("Update, April 3: …"): it dates this paragraph only. */
  readonly update?: Dateline;
}

/** A clock time in a live blog's stamp: "18:02 GMT", "9.15am", "14:05 local". */
const CLOCK =
  /,?\s*\b\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|KST|MSK|local(?:\s+time)?|am|pm|a\.m\.|p\.m\.))?(?=[\s,]|$),?/i;
/** "Update, April 3: …", "UPDATED April 3 — …", "Update (Aug. 22): …": a paragraph that opens with the date of an update. */
const UPDATE_LEAD = /^\s*(?:update|updated)\b\s*,?\s*\(?([^:—–()]{4,40}?)\)?\s*(?::\s|[—–]\s)/i;

/**
 * The date of an update, which comes after the article's own: a date on or before the article's, or more
 * than three months after it, is not read as one ("Update, Jan. 9:" in an article of 2 March dates
 * nothing); a day and month without a year are the next such day after the article's date.
 *
 * @param lead The update's opening words ({@link UPDATE_LEAD}).
 * @param published The article's date.
 * @returns The date, with the opening words as its text, or null.
 */
function updateDateOf(lead: RegExpExecArray, published: string | null): Dateline | null {
  const text = lead[1];
  if (published === null || !text) return null;
  const withYear = datelineOf(text, null);
  const d = withYear ?? datelineOf(text, published);
  if (!d || d.precision) return null;
  const year = Number(published.slice(0, 4));
  const md = d.iso.slice(5);
  const iso = withYear ? d.iso : `${year}-${md}` >= published ? `${year}-${md}` : `${year + 1}-${md}`;
  const limit = new Date(Date.parse(`${published}T00:00:00Z`) + 92 * 86_400_000).toISOString().slice(0, 10);
  return iso > published && iso <= limit
    ? { iso, text: lead[0].replace(/\s*(?::|[—–])\s*$/, "").trim(), update: true }
    : null;
}

/** An item of a numbered or bulleted list ("1. …", "- …"), or a row of a list of labelled figures ("Killed: about 300"). */
const LIST_ITEM = new RegExp(
  // ("Killed: 1,100 / Wounded: 2,700": a row of such items, with slashes or bars between.)
  String.raw`^\s*(?:\d{1,2}[.)]|[-*•–])(?:\s+\S|\s*$)|^\p{Lu}[\p{L}’' -]{1,40}:\s*${FIGURE_LABEL_WORDS}(?:\s[|/]\s\p{Lu}[\p{L}’' -]{1,40}:\s*${FIGURE_LABEL_WORDS})*\.?$`,
  "u",
);

/** What a block outside the prose gives: numbers that are never claims, with the reason. */
interface OtherAnalysis {
  readonly type: "other";
  readonly skipped: { text: string; start: number; reason: string; context: string }[];
  /** The date a heading gives the posts under it ("Thursday 13 February 2025" in a live blog). */
  readonly dateline?: Dateline;
  /** The heading's text when it introduces a list ("… has established the following:"). */
  readonly intro?: string;
  /** The one author a byline names ("By Sofia Kerrigan"). */
  readonly byline?: string;
  /** A question set as a heading ("How many did you face?"), which the paragraph after it answers. */
  readonly question?: true;
  /** The one who answers the text after the line ("Answered by Giles Ashworth, Minister of State, …"). */
  readonly answeredBy?: string;
}

/**
 * A sentence that says the text is an interview, with the one interviewed when it names them: "We spoke to Major
 * Oleh Savchuk, a Ukrainian intelligence officer", "We spoke to him by phone", "The interview has been edited".
 */
const INTERVIEW_INTRO =
  /\b(?:(?:[Ww]e|I)\s+(?:spoke|talked)\s+(?:to|with)|interviewed|sat\s+down\s+with|in\s+an\s+interview\s+with|(?:spoke|talked)\s+(?:to|with)\s+(?=us\b|this\s+\w+|\p{Lu})|answered\s+(?:our|these|the\s+following|questions)|(?:[Tt]he|[Tt]his)\s+interview\s+(?:has\s+been|was)\s+(?:edited|condensed))(?:\s+((?:(?:Major|Maj|Colonel|Col|Lt|Gen|General|Captain|Capt|Dr|Mr|Ms|Mrs|Professor|Prof)\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}))?/u;

/** The line that names who answers a written question: "Answered by Giles Ashworth, Minister of State, on …". */
const ANSWERED_BY =
  /^\s*Answered\s+by\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})\s*(?:[,(]|$)/u;

/** A narrator naming themselves at the start of a sentence: "My name is Ri Chol-min." */
const NARRATOR_NAMED = /^\s*(?:My name is|I am)\s+(\p{Lu}[\p{L}’'-]+(?:[\s-]\p{Lu}[\p{L}’'-]+){1,3})\s*[.,]/u;
/** A byline naming one author: "By Sofia Kerrigan", "BY SOFIA KERRIGAN, contributing writer". */
const ONE_AUTHOR = /^(?:By|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*(?:[,|].*)?$/u;

/**
 * The stages of extraction that read only the article's own text (blocks, sentences, speech acts,
 * figures and their roles). They are the same whatever the rest of the corpus holds, so they can be
 * kept between builds; naming sources and subjects goes through the corpus-wide entity registry and
 * cannot.
 */
export type ArticleAnalysis = readonly (ProseAnalysis | OtherAnalysis)[];

/** How many sentences back a figure's arithmetic may reach ({@link FigureContext.recent}). */
const RECENT_SENTENCES = 4;

/**
 * Runs the stages of extraction that depend on the article's text alone.
 *
 * @param article The article.
 * @returns The analysis of each block.
 */
export function analyseArticle(article: Pick<Article, "body" | "meta">): ArticleAnalysis {
  const out: (ProseAnalysis | OtherAnalysis)[] = [];
  let sentenceIndex = 0;
  let lastSentenceText = "";
  // The sentence before that one, across paragraph breaks too.
  let beforeLastText = "";
  // The prose sentences read so far, for what a figure was worked out from a few sentences back.
  const read: string[] = [];
  for (const block of markHeadline(splitBlocks(article.body), article.meta.title)) {
    if (block.type === "blank") continue;
    if (block.type !== "prose") {
      const reason = block.reason === "headline repeated" ? block.reason : `${block.type} line`;
      // A line that is only a date ("Thursday 13 February 2025", a timeline's "October 2024") dates
      // what stands under it, whatever the line was taken for.
      const dateline = datelineOf(block.text, article.meta.published ?? null);
      out.push({
        type: "other",
        skipped: extractQuantities(block.text).map((q) => ({
          text: q.text,
          start: block.start + q.start,
          reason: dateline ? "date of the posts under this heading" : reason,
          context: block.text,
        })),
        ...(dateline ? { dateline } : {}),
        ...(/:\s*$/.test(block.text) ? { intro: block.text } : {}),
        ...(block.reason === "byline" && ONE_AUTHOR.exec(block.text.trim())?.[1]
          ? { byline: ONE_AUTHOR.exec(block.text.trim())?.[1] as string }
          : {}),
        ...(block.type === "heading" && /\?\s*$/.test(block.text) ? { question: true as const } : {}),
        ...(ANSWERED_BY.exec(block.text)?.[1] ? { answeredBy: ANSWERED_BY.exec(block.text)?.[1] as string } : {}),
      });
      // A question as a heading ("How many soldiers has North Korea sent?", "Q: …") is what the next
      // paragraph answers: it is read as the text before it.
      if (block.type === "heading" && /\?\s*$/.test(block.text)) {
        beforeLastText = lastSentenceText;
        lastSentenceText = block.text.trim();
        read.push(lastSentenceText);
      }
      continue;
    }
    const sentences = splitSentences(article.body, block, sentenceIndex);
    const acts = sentences.map((s) => findSpeechActs(s.text, s.openQuoteAtStart));
    const figures = sentences.map((s, i) => {
      const { numbers, figures: found } = sentenceFigures(s.text);
      // The two sentences before, across paragraph breaks: what "the number" or "this amount" refers to.
      const previous = [
        i > 1 ? (sentences[i - 2]?.text ?? "") : i === 1 ? lastSentenceText : beforeLastText,
        i > 0 ? (sentences[i - 1]?.text ?? "") : lastSentenceText,
      ]
        .join(" ")
        .trim();
      return {
        numbers,
        figures: found.map((q) => ({
          figure: q,
          role: roleOf(q, {
            sentence: s.text,
            all: numbers,
            previous,
            last: i > 0 ? (sentences[i - 1]?.text ?? "") : lastSentenceText,
            next: sentences[i + 1]?.text ?? "",
            recent: () =>
              [
                ...read.slice(Math.max(0, read.length - Math.max(0, RECENT_SENTENCES - i))),
                ...sentences.slice(Math.max(0, i - RECENT_SENTENCES), i).map((t) => t.text),
              ].join(" "),
          }),
        })),
      };
    });
    // "Oct. 18, 2024: …", and in a timeline "Dec 23 — …": an entry's own date.
    const lead = /^\s*([^:—–]{4,40}?)\s*(?::\s|\s[—–]\s)/.exec(block.text);
    // ("Feb 10, 18:02 GMT — …", "18:02 GMT, 10 Feb — …": a live blog's stamp, the clock left out.)
    // ("Feb 12, 09:15 GMT - …", "Feb 13, 10:20 GMT: …": a hyphen or a colon after the clock ends it too.)
    const stamp =
      /^\s*([^—–]{4,50}?)\s(?:[—–]|-{1,2})\s/.exec(block.text)?.[1] ??
      /^\s*([^—–:]{2,40}?\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|KST|MSK|am|pm))?)\s*:\s/i.exec(
        block.text,
      )?.[1];
    const clockless = stamp && CLOCK.test(stamp) ? stamp.replace(CLOCK, " ").replace(/^[\s,]+|[\s,]+$/g, "") : null;
    const entryDate =
      (clockless ? datelineOf(clockless, article.meta.published ?? null) : null) ??
      (lead?.[1] ? datelineOf(lead[1], article.meta.published ?? null) : null);
    // ("Update, April 3: The NIS said on Thursday …": the update's date, for this paragraph.)
    const updateLead = UPDATE_LEAD.exec(block.text);
    const update = updateLead ? updateDateOf(updateLead, article.meta.published ?? null) : null;
    out.push({
      type: "prose",
      sentences,
      acts,
      figures,
      ...(entryDate ? { dateline: entryDate } : {}),
      ...(update ? { update } : {}),
    });
    sentenceIndex += sentences.length;
    for (const t of sentences) read.push(t.text);
    beforeLastText = sentences.length > 1 ? (sentences[sentences.length - 2]?.text ?? "") : lastSentenceText;
    lastSentenceText = sentences[sentences.length - 1]?.text ?? lastSentenceText;
  }
  return out;
}

/**
 * The author a byline names, as a person; a name in capitals is written in ordinary case.
 *
 * @param name The name as the byline writes it.
 * @param registry Entity registry.
 * @returns The person.
 */
function authorOf(name: string, registry: EntityRegistry): Entity {
  const cased =
    name === name.toUpperCase()
      ? name.toLowerCase().replace(/(^|[\s’'-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
      : name;
  return registry.resolve(cased, "person");
}

/**
 * A speaker's own denial of the figure put to them, the figure's noun ending the words: "We do not recognise that
 * figure.", "I don't accept that number at all" (not "cannot confirm that figure", nor "don't believe the number
 * matters").
 */
const TURN_DENIES_FIGURE =
  /^(?:[^:.;]{1,60}:\s*)?\W*(?:(?:no|well|frankly)\s*,\s*)?(?:we|i)\s+(?:simply\s+|just\s+)?(?:do\s+not|don['’]t|did\s+not|didn['’]t|cannot|can['’]t|would\s+not|wouldn['’]t)\s+(?:recogni[sz]e|accept|believe|buy|support|endorse)\s+(?:that|this|the|those|these)\s+(?:figure|number|estimate|count|claim|report|total)s?\s*(?:[.,;!—–]|$|at\s+all\b|either\b)/i;

/** A fact-check's rating, whatever it says: "Rating: True.", "Verdict: Mostly false." */
const ANY_RATING = /^\s*(?:(?:our|the)\s+)?(?:verdict|rating|ruling|conclusion|the\s+facts?)\s*:/i;
/** A fact-check's rating of the claim above it as false: "VERDICT: False.", "Rating: Mostly false", "Our rating: False". */
const FALSE_RATING =
  /^\s*(?:(?:our|the)\s+)?(?:verdict|rating|ruling|conclusion|the\s+facts?)\s*:\s*(?:mostly\s+|largely\s+)?(?:false|fake|fabricated|misleading|incorrect|wrong|baseless|unsupported|unproven|untrue|no evidence)\b/i;

/**
 * Whether the line after a paragraph rates it false ("CLAIM: …" then "VERDICT: False.").
 *
 * @param body The article's text.
 * @param sentences The paragraph's sentences.
 * @returns True when the next line that is not blank is a false rating.
 */
function ratedFalse(body: string, sentences: readonly Sentence[]): boolean {
  let at = body.indexOf("\n", sentences[sentences.length - 1]?.end ?? 0);
  while (at !== -1) {
    const next = body.indexOf("\n", at + 1);
    const line = body.slice(at + 1, next === -1 ? body.length : next);
    if (line.trim() !== "") return FALSE_RATING.test(line);
    at = next;
  }
  return false;
}

/**
 * A sentence in which the article calls what it has just reported false: "This is false.", "That claim
 * is simply untrue.", "The post is wrong."
 */
// ("There is no evidence for that.", "We found no evidence to support it.", "That figure has no basis.": a
// fact-check's verdict that what it reported stands on nothing.)
// ("That figure is wrong, NK Monitor Weekly has learned.": the outlet's own finding.)
const OWN_VERDICT_FALSE =
  /^\W*(?:(?:this|that|it|these|those|the|such)?\s*(?:(?:claim|claims|post|posts|report|reports|figure|figures|number|numbers|statement|assertion|video)\s+)?(?:is|are|was|were)\s+(?:(?:simply|completely|entirely|also|demonstrably|clearly|plainly)\s+)?(?:false|untrue|not true|wrong|incorrect|fabricated|baseless|unfounded|groundless|unsubstantiated|nonsense|rubbish|absurd|(?:a\s+)?lies?|(?:a\s+)?fabrication|propaganda|fiction|(?:a\s+)?fantasy)\b[^,;]{0,40}(?:,\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d_’'.-]*\s+){1,5}(?:has|have)\s+learned)?\s*[.!]?|(?:there\s+is|we\s+(?:have\s+)?(?:found|could\s+find|can\s+find)|(?:this|that|the)\s+(?:claim|figure|number|post|report)\s+has)\s+no\s+(?:evidence|support|basis|proof)\b(?:\s+(?:for|to\s+support|to\s+back\s+up|supporting|behind|in\s+fact)(?:\s+(?:it|this|that|them|these|those|(?:the|this|that|such)\s+(?:claims?|figures?|numbers?|posts?|reports?)))?)?\s*[.!]?)$/iu;

/**
 * Who finds the figure before false in a verdict sentence: the outlet that "has learned" it ("That figure is
 * wrong, Reuters has learned."), else the publisher.
 *
 * @param text The verdict sentence.
 * @param publisher The article's publisher.
 * @param registry The entities.
 * @returns The entity, or null when those who learned it are not named.
 */
function verdictFinder(text: string, publisher: string, registry: EntityRegistry): Entity | null {
  const who = /,\s+(.+?)\s+(?:has|have)\s+learned\s*[.!]?$/.exec(text)?.[1]?.replace(/^the\s+(?=\p{Lu})/u, "");
  const own = registry.resolve(publisher, "outlet");
  if (who === undefined || /^the\s+(?:newspaper|paper|daily|site|outlet)$/.test(who)) return own;
  // ("That figure is wrong, officials have learned.": whom the text does not name is no one it can credit.)
  if (!/^\p{Lu}/u.test(who)) return null;
  // (A name is capitalised throughout: "South Korean officials have learned" names no outlet.)
  const named = /^(?:\p{Lu}[\p{L}\d_’'.-]*\s+){0,4}\p{Lu}[\p{L}\d_’'.-]*$/u.test(who);
  return named && who.toLowerCase() !== publisher.replace(/^the\s+/i, "").toLowerCase()
    ? registry.resolve(who, "outlet")
    : own;
}

/**
 * The writer's own doubt of what the sentence before reported: "I do not believe it.", "I don't buy that.",
 * "I doubt it." The writer is the author a byline names, else the publisher.
 */
/** The writer's own judgement that what came before is false: "I think that is nonsense", "I believe this is wrong". */
const WRITER_JUDGES_FALSE =
  /^\W*(?:but\s+|frankly,?\s+)?I\s+(?:think|believe|find|would\s+say)\s+(?:that\s+|this\s+|it\s+|those\s+|these\s+)?(?:figure\s+|number\s+|claim\s+)?(?:is|are|was|were)\s+(?:(?:simply|plainly|just|utter|complete|pure|frankly)\s+)?(?:nonsense|rubbish|absurd|wrong|false|exaggerated|fantasy|propaganda|untrue|fiction)\s*[.!]?\s*$/i;

const WRITER_DOUBTS =
  /^\W*(?:but\s+|frankly,?\s+)?I\s+(?:(?:simply|just|frankly)\s+)?(?:(?:do\s+not|don['’]t|cannot|can['’]t)\s+(?:quite\s+)?(?:believe|buy|accept|credit)|doubt|dispute)\s+(?:it|that|this|them|those|these|(?:the|that|this|those|these)\s+(?:claims?|figures?|numbers?|reports?|estimates?))\s*(?:for\s+a\s+(?:moment|second|minute))?\s*[.!]?$/i;

/**
 * Whether a paragraph opens with a speaker's label ("KIM:", "Q:", "A:"), not a dateline's place ("SEOUL:") or
 * a note's ("NOTE:", "UPDATE:").
 *
 * @param text The paragraph's first sentence.
 * @returns True for a speaker's label.
 */
function speakerLabelled(text: string): boolean {
  const label = /^\s*(\p{Lu}[\p{Lu} .'’-]{0,30}\p{Lu}|Q|A)\s*:/u.exec(text)?.[1];
  if (!label) return false;
  const words = label.toLowerCase().split(/\s+/);
  return (
    !words.every((w) => PLACE_WORDS.has(w)) &&
    !/^(?:note|update|updated|correction|clarification|editor['’]?s note|verdict|claim|rating)$/i.test(label)
  );
}

/**
 * A source that says its own earlier figure was wrong and gives the right one: "the agency said the January
 * figure had been a mistake and that the correct total was 5,300".
 */
const OWN_FIGURE_WRONG =
  /\b(?:the|its|that|their|this)\s+(?:(?:\p{Lu}[a-z]+|earlier|previous|initial|original|last|first)\s+)?(?:figure|estimate|count|number|total|tally|toll)\s+(?:had\s+been|has\s+been|was|is)\s+(?:(?:a|an)\s+)?(?:mistake|wrong|error|incorrect|inaccurate|mistaken|in\s+error)\b/iu;

/**
 * A verdict of false set right after a figure named again by its bare value: "3,800 was “a misreading”", "the
 * 15,000 figure is wrong", "15,000 was not credible", "The 2,000 seems too high".
 */
const VERDICT_AFTER_MENTION =
  /^[”"’']?\s*(?:(?:figure|number|estimate|toll|count|tally|claim)\s+)?(?:(?:seems|seemed|looks|looked|appears|appeared|is|was)\s+(?:(?:far|much|way|rather|somewhat|simply|clearly)\s+)?too\s+(?:high|low)\b(?![”"’]?\s+to\s+(?!(?:me|us|him|her|them|this|that|these|those|many|most|some|the|an?|any|our|my|his|their)\b)[a-z]+|[”"’]?\s+for\s+[^.;,]{1,40}?\bto\s+[a-z]+)|(?:was|is|were|had\s+been|has\s+been)\s+(?:(?:simply|plainly|just|clearly|probably|likely|itself)\s+)?[“"‘']?(?:an?\s+)?(?:(?:simple|clear|obvious|honest|gross)\s+)?(?:misreading|mistake|error|misprint|typo|misunderstanding|miscalculation|wrong|false|incorrect|inaccurate|mistaken|exaggerat\w*|inflated|untrue|fabricat\w*|nonsense|propaganda|misquot\w*|not\s+(?:correct|accurate|true|credible|right|supported\s+by))\b)/i;

/**
 * A verdict of false set before a figure named again by its bare value: "seen nothing to support 15,000", "no
 * evidence for the 15,000 figure", "dismissed the 15,000 figure". The figure ends the words matched.
 */
const VERDICT_BEFORE_MENTION =
  /\b(?:(?:seen|found|is|was|there\s+(?:is|was)|had|has|have)\s+(?:nothing|no\s+(?:evidence|sign|proof|basis|information|data|indication))\s+(?:at\s+all\s+)?(?:to\s+(?:support|back(?:\s+up)?|confirm|corroborate|justify)|that\s+(?:supports?|backs?(?:\s+up)?|confirms?|corroborates?|justifies)|supporting|backing|confirming|for)|(?:dismissed|rejected|disputed|denied|refuted|debunked|disowned)|(?:do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+(?:buy|accept|believe|trust)|(?:cannot|can['’]t)\s+(?:accept|believe))\s+(?:the\s+|that\s+|this\s+|a\s+)?(?:(?:figure|number|estimate|claim)\s+of\s+)?[“"‘']?(?:[$€£₩₽]\s?)?$/i;

/**
 * What may follow a figure named by its bare value: a noun for a figure, then the clause's end (but not a clause
 * that says where the figure comes from: "…, which was first reported from a … briefing").
 */
const BARE_MENTION_END =
  /^[”"’']?\s*(?:(?:figure|number|estimate|claim|toll|tally)\b[”"’']?)?(?:\s+(?:at\s+all|either|any\s*more|for\s+a\s+(?:moment|second)))?\s*(?:[.;:)”"’']|,(?!\s*(?:which|that|first|originally|given|cited|reported)\b)|$|\s+(?:is|was|were|had|has|and|but|as)\b)/i;

/** Words that suppose or deny a verdict before it in its clause: "if 15,000 was wrong", "no one said it was wrong". */
const VERDICT_NOT_GIVEN =
  /\b(?:if|whether|unless|not|never|no|nothing|none|few|little|no\s+one|nobody|n['’]t|asked|dismiss\w*|reject\w*|den(?:y|ies|ied)|doubt\w*|suggest\w*|suggestions?|claims?|reports?|rumou?rs?)\b/i;
/** A verdict taken back after it: "… was wrong in December but is right now". */
const VERDICT_TAKEN_BACK = /^[^.;]*\bbut\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:right|correct|accurate|sound)\b/i;

/**
 * Whether a figure is a value the article gave before, named again by its bare value only to be judged false:
 * "an NIS official said the agency's figure was 3,000 and that 3,800 was “a misreading”", "Ms Sandford replied
 * that the government had “seen nothing to support 15,000”".
 *
 * @param text The sentence.
 * @param q The figure.
 * @returns True when a verdict of false stands right before or after it, neither supposed nor denied.
 */
function judgedFalseMention(text: string, q: Quantity): boolean {
  const clauseStart = Math.max(
    0,
    ...[",", ";", ":", " and that ", " but "].map((m) => text.lastIndexOf(m, q.start) + 1),
  );
  const before = text.slice(clauseStart, q.start);
  const after = text.slice(q.end);
  const verdictBefore = VERDICT_BEFORE_MENTION.exec(before);
  if (verdictBefore && BARE_MENTION_END.test(after))
    return !VERDICT_NOT_GIVEN.test(before.slice(0, verdictBefore.index));
  return VERDICT_AFTER_MENTION.test(after) && !VERDICT_NOT_GIVEN.test(before) && !VERDICT_TAKEN_BACK.test(after);
}

/**
 * The claims of the article before a sentence that give the value a later sentence names to judge false: the
 * last one of that amount (money in the mention's currency, else a count of people) and the others of its kind.
 *
 * @param claims The article's claims so far.
 * @param before Offset of the judging sentence in the body.
 * @param q The figure named again.
 * @returns Indexes of the claims judged.
 */
function claimsNamedAgain(claims: readonly Claim[], before: number, q: Quantity): number[] {
  const unit = q.currency ?? "people";
  const same = (c: Claim): boolean =>
    c.figureStart < before &&
    !q.percent &&
    q.min !== null &&
    c.value.unit === unit &&
    c.value.min === q.min &&
    c.value.max === q.max &&
    !NOT_DENIED.has(c.kind);
  const last = claims.findLastIndex(same);
  const kind = claims[last]?.kind;
  return claims.flatMap((c, k) => (same(c) && c.kind === kind ? [k] : []));
}

/** Sides a denial may name as the source of what it rejects, and the names of their sources. */
const PARTIES: readonly { named: RegExp; source: RegExp }[] = [
  {
    named: /\b(?:Kyiv|Kiev|Ukraine|Ukrainian|Zelensky\w*)\b/i,
    source: /\b(?:Ukrain\w*|Kyiv|Kiev|HUR|GUR|Zelensky\w*|Budanov)\b/i,
  },
  {
    named: /\b(?:Seoul|South\s+Korea\w*)\b/i,
    source: /\b(?:South\s+Korea\w*|Seoul\w*|NIS|National\s+Intelligence\s+Service|Joint\s+Chiefs)\b/i,
  },
  {
    named: /\b(?:Washington|Pentagon|American|United\s+States|U\.?S\.?)\b/i,
    source: /\b(?:Pentagon|Washington|American|United\s+States|U\.?S\.?|White\s+House|State\s+Department)\b/i,
  },
  // ("Kim said he rejected the Russian claims": not the HUR's figure before it. Only words that own claims name
  // Russia: "Kremlin spokesman Dmitry Peskov dismissed the figure", "Asked about troops in Russia, …" name no side.)
  {
    named:
      /\b(?:Russian|Russia['’]s|Moscow['’]s|Kremlin['’]s)\s+(?:[\w-]+\s+){0,2}?(?:claims?|figures?|reports?|estimates?|accounts?|numbers?|counts?|tally|data|version)\b|\b(?:claims?|figures?|reports?|estimates?|accounts?|numbers?|counts?|tally)\s+(?:(?:given|published|released|issued|cited|reported|put\s+out)\s+)?(?:by|from|of)\s+(?:the\s+)?(?:Moscow|Kremlin|Russia\b|Russian\s+(?:state|government|officials?|authorities|Defen[cs]e|military|ministry))/i,
    source: /\b(?:Russia\w*|Moscow|Kremlin|Peskov|Putin|Shoigu|Belousov)\b/i,
  },
];

/** Words of a count of losses, and of a count of troops, in a denial. */
const LOSS_NOUN = /\b(?:toll|death\s+toll|casualt\w*|dead|deaths|killed|wounded|losses|fatalit\w*)\b/i;
const TROOP_NOUN = /\b(?:troops|soldiers|deployment|contingent|force|servicemen)\b/i;
/** The claims of a sentence named again before their rejection: ", claims that were dismissed …". */
const CLAIMS_AGAIN =
  /,\s*(?:a\s+|the\s+)?(?:claims?|reports?|figures?|estimates?|accounts?)\s+(?:that|which)\s+(?:\w+\s+)?$/i;
/** A sentence that opens with reports that say something ("Reports from the front say …", not "said to come from"). */
const REPORTS_SAY_OPENING =
  /^\W*(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|accounts?|estimates?|rumou?rs?)(?:\s+(?!(?:that|which)\b)[\w'’-]+){0,4}?\s+(?:say|says|said(?!\s+to\b)|suggest|suggests|claim|claimed)\b/i;
/** A verb of rejection in the passive. */
/** The participles of rejection: "dismissed", "denied", "debunked". */
const REJECTION_VERBS = "dismissed|rejected|denied|refuted|disputed|discounted|debunked|contradicted";
/** A rejecter named in capitals: "the Kremlin", "the Ministry of Defence", "Pentagon Officials". */
const REJECTER_NAME = String.raw`(?:the\s+)?(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?:(?:of|for)\s+)?(?-i:\p{Lu})[\p{L}’'.-]*){0,5}`;
const REJECTED_VERB = new RegExp(
  String.raw`\b(?:has|have|had)\s+been\s+(?:(?:widely|flatly|firmly|publicly|quickly|since|also|repeatedly|strongly)\s+)?(?:${REJECTION_VERBS})\b|\b(?:was|were|is|are)\s+(?:(?:widely|flatly|firmly|publicly|quickly|since|also|repeatedly|strongly)\s+)?(?:${REJECTION_VERBS})\b`,
  "i",
);
/**
 * A sentence whose subject is what someone claimed or reported, rejected in the passive by a named body
 * ("Claims by Ukrainian officials that 40,000 … have been dismissed by the Pentagon as exaggerated", "A figure
 * of 40,000 …, given by …, has been rejected by the NIS"). The group is the one who rejects it.
 */
const PASSIVE_REJECTION = new RegExp(
  String.raw`^\W*(?:(?:the|a|an|these|those|such|earlier|recent)\s+)?(?:[\w-]+\s+){0,2}?(?:claims?|reports?|assertions?|suggestions?|allegations?|accounts?|rumou?rs?|figures?|estimates?|numbers?|counts?|tolls?)\b[^.;]*?(?:${REJECTED_VERB.source})(?:\s+as\s+[\p{Ll}\s-]{1,40}?)?\s+by\s+(${REJECTER_NAME}|(?:officials|analysts|experts|lawmakers|diplomats)(?:\s+(?:in|at|of|from)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}’'.-]*)?|(?:both|the\s+two)\s+governments)`,
  "iu",
);
/**
 * A rejection in the passive of what a sentence's subject states, and who rejects it: "Claims by Ukrainian
 * officials that 40,000 … have been dismissed by the Pentagon as exaggerated". Not when a relative clause
 * between makes the rejection another subject's ("Reports say 200 soldiers who sought asylum were rejected
 * by …"), nor when the sentence opens with reports that say what others rejected, unless it names the
 * claims again before their rejection ("Reports by Ukraine's HUR said 1,200 … were killed, claims that were
 * dismissed by …").
 *
 * @param text The sentence.
 * @returns Where the rejection's verb starts and the rejecter's words, or null.
 */
function passiveRejection(text: string): { at: number; agent: string } | null {
  const m = PASSIVE_REJECTION.exec(text);
  if (!m?.[1]) return null;
  const at = text.search(REJECTED_VERB);
  const head = text.slice(0, at);
  if (/\b(?:who|whose|whom)\b/i.test(head)) return null;
  if (!CLAIMS_AGAIN.test(head) && REPORTS_SAY_OPENING.test(text)) return null;
  // (The sentence's full stop is no part of the name: "… by the Kestrel Institute.")
  return { at, agent: m[1].replace(/(?<=\p{L}{2})\.$/u, "") };
}

/**
 * A rejection set after the figures it rejects, in a clause of its own: ", a figure dismissed as exaggerated by
 * the Kremlin", ", a claim denied by Moscow", ", which the Kremlin denied", ", a figure the Kremlin rejected",
 * ", a figure RIA called “absurd”".
 * The group is the one who rejects.
 */
const APPOSED_REJECTION = new RegExp(
  String.raw`,\s*(?:(?:a|the)\s+(?:figure|claim|number|estimate|count|toll|report|tally)\s+(?:(?:that|which)\s+(?:was|were|has\s+been)\s+)?(?:(?:later|since|quickly|widely|flatly)\s+)?(?:${REJECTION_VERBS})(?:\s+as\s+[\p{Ll}\s-]{1,40}?)?\s+by\s+(${REJECTER_NAME}|both\s+governments)|which\s+((?:the\s+)?(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?-i:\p{Lu})[\p{L}’'.-]*){0,4})\s+(?:(?:has|have|had)\s+)?(?:(?:flatly|firmly|quickly|later|since)\s+)?(?:denied|rejected|dismissed|disputed|refuted)|(?:a|the)\s+(?:figure|claim|number|estimate|count|toll|tally)\s+(?:that\s+|which\s+)?((?:the\s+)?(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?-i:\p{Lu})[\p{L}’'.-]*){0,4})\s+(?:(?:has|have|had)\s+)?(?:called|branded|termed|labell?ed|described\s+as|dismissed\s+as)\s+[“"‘]?(?:${CALLED_FALSE}|false|wrong|untrue|propaganda|exaggerated|inflated|lies|a\s+lie))\b`,
  "iu",
);

/**
 * A rejection set after the figures it rejects (see `APPOSED_REJECTION`): where it starts and who rejects.
 *
 * @param text The sentence.
 * @returns Where the rejection starts and the rejecter's words, or null.
 */
function appositiveRejection(text: string): { at: number; agent: string } | null {
  const m = APPOSED_REJECTION.exec(text);
  const agent = m?.[1] ?? m?.[2] ?? m?.[3];
  // ("dismissed as exaggerated by the Kremlin's critics": the critics, whom the text does not name.)
  if (!m || !agent || /['’]s?$/.test(agent)) return null;
  return { at: m.index, agent: agent.replace(/(?<=\p{L}{2})\.$/u, "") };
}

/** Kinds a denial of "the reports" is not about: the text's background, not the reported counts. */
const NOT_DENIED: ReadonlySet<string> = new Set(["context", "biography", "domestic-wage"]);

/**
 * Marks the claims from `from` on as disputed by whoever denies them in the next sentence (or rejects them
 * in the passive in their own), unless they are that one's own, already disputed, or background.
 *
 * @param claims The article's claims so far.
 * @param from Index of the first claim of the sentence denied.
 * @param denier Who denies it.
 * @param denial The words of the denial (a side they name limits whose claims are denied).
 * @param ownFigure The denier withdraws its own figures ("the January figure had been a mistake"), not others'.
 * @param to Index past the last claim denied (a passive rejection denies only the figures before its verb).
 */
function disputePrevious(
  claims: Claim[],
  from: number,
  denier: Entity,
  denial = "",
  ownFigure = false,
  to = claims.length,
): void {
  // "… rejected the claims as 'lies manufactured by the Kyiv regime'": a denial that names whose claims
  // it rejects leaves alone a figure the sentence before credits to another side.
  // ("Seoul officials have called the Ukrainian figure exaggerated": the denier's own name names no side
  // whose claims are denied.)
  // ("Spokesman Ivan Sorokin of the Russian Defence Ministry called the figure …": the denier's own body, set
  // after the name, names no side either.)
  const rest = denial
    .split(denier.name)
    .map((part, i) =>
      i === 0
        ? part
        : part.replace(/^\s*(?:,\s*[^,;.]{1,80}?,|\s+(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,5})/u, " "),
    )
    .join(" ");
  const named = PARTIES.filter((p) => p.named.test(rest));
  // ("That toll is far too low": a denial of a count of losses leaves the troop count beside it alone.)
  const lossesOnly = LOSS_NOUN.test(rest) && !TROOP_NOUN.test(rest);
  for (let k = from; k < to; k++) {
    const c = claims[k] as Claim;
    // (A source that calls its own figure a mistake withdraws it: then its own figure is the one denied.)
    if (
      c.disputedBy ||
      c.stance !== "asserts" ||
      (c.attributedTo?.id === denier.id) !== ownFigure ||
      NOT_DENIED.has(c.kind) ||
      (lossesOnly && !c.kind.startsWith("casualties"))
    )
      continue;
    const who = c.attributedTo?.name ?? "";
    if (
      named.length > 0 &&
      who !== "" &&
      PARTIES.some((p) => !named.includes(p) && p.source.test(who)) &&
      !named.some((p) => p.source.test(who))
    )
      continue;
    claims[k] = { ...c, disputedBy: ref(denier) };
  }
}

/**
 * A sentence with no figure of its own that names where the figure before it comes from: "The figure
 * comes from the NIS briefing relayed by lawmaker Song in November", "That estimate was first given by the
 * HUR", "The number can be traced back to a Telegram channel". The first group is the source's words.
 */
const TRACED_PREVIOUS =
  /^\W*(?:the|that|this|its|their)\s+(?:[$€£₩₽]?\d[\d,.]*\s+(?:[\w-]+\s+)?)?(?:(?:sum|amount)s?\s+(?=was\s+first|(?:can\s+be|is|was|has\s+been)\s+traced)|(?:(?:pay|troop|casualty|death|wage|deployment)\s+)?(?:figure|number|estimate|count|toll|claim)s?\s+)(?:itself\s+|originally\s+|ultimately\s+)?(?:comes?\s+from|came\s+from|(?:is|was)\s+from|originat(?:es|ed)\s+(?:with|from|in)|was\s+first\s+(?:given|reported|made|published|released|put\s+forward|cited)\s+by|(?:can\s+be|is|was|has\s+been)\s+traced\s+(?:back\s+)?to)\s+(.+?)(?=\s*[;.,:(]|\s+(?:and|but|which|who|where)\s|$)/i;
/** Who passed the source on, after its words ("the NIS briefing relayed by lawmaker Song"). */
const PASSED_ON_BY = /\s+(?:relayed|passed\s+on|given|cited|quoted|shared)\s+(?:by|through)\s+/i;
/** A time after a source's words ("… in November", "… last week"), which names no one. */
const TIME_AFTER = /\s+(?:in|on|last|this|early|late|earlier)\s+(?:\S+\s*){1,3}$/i;

/**
 * Credits the figures of the sentence before to the source a sentence traces them to, when that sentence
 * credited them to no one or to an unnamed group ("Reports put it at $2,000 a month per soldier. The figure
 * comes from the NIS briefing …"): the origin the article names, not "reports", is whose figure it is.
 *
 * @param claims The article's claims so far.
 * @param from Index of the first claim of the sentence before.
 * @param text The sentence that may trace them.
 * @param registry Entity registry.
 * @param tracker Article state.
 */
function traceToSource(
  claims: Claim[],
  from: number,
  text: string,
  registry: EntityRegistry,
  tracker: ReturnType<typeof newTracker>,
): void {
  const words = TRACED_PREVIOUS.exec(text)?.[1];
  if (!words) return;
  const [sourceWords = "", relayWords] = words.split(PASSED_ON_BY);
  const resolve = (w: string): Entity | null =>
    resolveSubject(parseSubject(w.replace(TIME_AFTER, ""), 0), registry, tracker);
  const source = resolve(sourceWords);
  if (!source || source.type === "group") return;
  const relay = relayWords ? resolve(relayWords) : null;
  for (let k = from; k < claims.length; k++) {
    const c = claims[k] as Claim;
    const owner = c.attributedTo ? registry.find(c.attributedTo.name) : undefined;
    // ("Kim said 11,000 troops were sent. The figure comes from the NIS.": Kim passes the NIS's figure on.)
    const passer = owner?.type === "person" && !c.relayedBy && !c.citedSource && owner !== source ? owner : null;
    if (
      c.stance !== "asserts" ||
      NOT_DENIED.has(c.kind) ||
      (c.attributedTo && owner?.type !== "group" && passer === null)
    )
      continue;
    const by = passer ?? (relay && relay !== source && relay.type === "person" ? relay : null);
    claims[k] = {
      ...c,
      attributedTo: ref(source),
      attributionMethod: "traced-after",
      ...(by ? { relayedBy: ref(by) } : {}),
    };
  }
}

/**
 * Extracts one article.
 *
 * @param article The article.
 * @param registry Entity registry shared across the corpus.
 * @param analysis The article's text analysis, when already known (see `analyseArticle`).
 * @returns Its claims and skipped numbers.
 */
export function extractArticle(
  article: Article,
  registry: EntityRegistry,
  analysis: ArticleAnalysis = analyseArticle(article),
): { claims: Claim[]; skipped: Skipped[] } {
  const lineOf = lineIndex(article);
  const relays = articleRelays(article, registry);
  /** Sources the text says spoke to the article's own publisher. */
  const toldPublisher = new Set<Entity>();
  const tracker = newTracker();
  tracker.shortOutlets = shortOutletNames([article.meta.publisher, ...article.meta.relays]);
  tracker.publisher = article.meta.publisher;
  tracker.publisherNamed = publisherPattern(article.meta.publisher, tracker.shortOutlets);
  // (Read only for an article that names a country's intelligence, when it first does.)
  let intelBodies: readonly NamedBody[] | undefined;
  tracker.intelBodies = () => (intelBodies ??= namedIntelligenceBodies(article.body, registry));
  let spokesperson: SoleSpokesperson | null | undefined;
  tracker.spokesperson = () =>
    spokesperson === undefined ? (spokesperson = soleSpokesperson(article.body)) : spokesperson;
  const carry: BlockCarry = {
    speaker: null,
    openQuote: false,
    transcript: isTranscript(analysis.flatMap((b) => (b.type === "prose" ? [b.sentences[0]?.text ?? ""] : []))),
  };
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const skip = (text: string, start: number, reason: string, context: string): void => {
    skipped.push({ article: article.slug, text, start, line: lineOf(start), reason, context });
  };

  let sentenceIndex = 0;
  // The dated heading the blocks from here stand under, in a live blog.
  let dateline: Dateline | null = null;
  // Who the introduction of a list credits ("… has established the following:"), while its items go on.
  let listSource: Entity | null = null;
  // The author a byline names: the "I" of the article's own words.
  let author: Entity | null = null;
  // The one who writes the article's own words: its byline's author, else its publisher.
  const writer = (): Entity | null =>
    author ?? (article.meta.publisher ? registry.resolve(article.meta.publisher, "outlet") : null);
  // The claims of the last sentence that had figures, and that sentence's index: what a denial in the
  // next sentence ("The Kremlin dismissed the reports.") disputes.
  let lastFigures: { index: number; from: number } = { index: -2, from: 0 };
  // The sentence read before the current one, across paragraphs.
  let previousText = "";
  // Whether the sentence read last says the article was corrected.
  let correctionNotice = false;
  // Whether a note before said the article was corrected ("This article has been corrected three times").
  let correctedArticle = false;
  // An interview set as questions in headings, each answered by the paragraph after it (two or more): the
  // answers are the person the article introduced before its first question.
  // (Only when the text before the first question says it is an interview: "We spoke to him by phone", "The
  // interview has been edited"; an explainer with questions as headings has no one who answers.)
  const questions = analysis.filter(
    (b, k) => b.type === "other" && b.question && analysis[k + 1]?.type === "prose",
  ).length;
  const firstQuestion = analysis.findIndex((b) => b.type === "other" && b.question);
  const introText = analysis
    .slice(0, Math.max(0, firstQuestion))
    .flatMap((b) => (b.type === "prose" ? b.sentences.map((t) => t.text) : []));
  const interviewIntro = introText.find((t) => INTERVIEW_INTRO.test(t));
  // Who answers: the person the interview's introduction names ("We spoke to Major Oleh Savchuk"), else the one it
  // named last when it says so ("Major X commands … . We spoke to him by phone."); and whether a question was the
  // block just read, so that only the paragraph after a question is an answer.
  let interviewee: Entity | null = null;
  let afterQuestion = false;
  // The one a written answer names ("Answered by Giles Ashworth, Minister of State"): every paragraph after it is theirs.
  let answeredBy: Entity | null = null;
  for (const block of analysis) {
    if (block.type === "other") {
      for (const k of block.skipped) skip(k.text, k.start, k.reason, k.context);
      if (block.question && questions >= 2 && interviewIntro !== undefined) {
        afterQuestion = true;
        continue;
      }
      if (block.answeredBy) {
        const np = parseSubject(block.answeredBy, 0);
        answeredBy = np?.form === "name" ? resolveSubject(np, registry, tracker) : null;
      }
      // A date line that is the article's own date dates nothing the article's date does not.
      if (block.dateline) dateline = block.dateline.iso === article.meta.published ? null : block.dateline;
      if (block.byline && author === null) author = authorOf(block.byline, registry);
      const np = block.intro ? listIntroSubject(block.intro) : null;
      listSource = np ? resolveSubject(np, registry, tracker) : null;
      continue;
    }
    const { sentences, acts } = block;
    // "My name is Ri Chol-min.": a first-person account whose narrator names themselves, when no byline
    // names an author, is that narrator's.
    if (author === null) {
      const named = sentences.map((t) => NARRATOR_NAMED.exec(t.text)?.[1]).find((n) => n !== undefined);
      if (named) author = authorOf(named, registry);
    }
    if (block.dateline) dateline = block.dateline.iso === article.meta.published ? null : block.dateline;
    if (!LIST_ITEM.test(sentences[0]?.text ?? "")) listSource = null;
    const persons: (Entity | null)[] = [];
    carry.answerer = (afterQuestion ? interviewee : null) ?? answeredBy;
    afterQuestion = false;
    const speakers = paragraphSpeakers(sentences, acts, registry, tracker, sentenceIndex, carry, persons);
    const introSentence: Sentence | undefined =
      interviewee === null && interviewIntro !== undefined
        ? sentences.find((t) => t.text === interviewIntro)
        : undefined;
    if (introSentence) {
      const named: string | undefined = INTERVIEW_INTRO.exec(introSentence.text)?.[1];
      const np: ReturnType<typeof parseSubject> = named ? parseSubject(named, 0) : null;
      const e: Entity | null = np?.form === "name" ? resolveSubject(np, registry, tracker) : null;
      interviewee = e?.type === "person" ? e : tracker.lastPerson;
    }
    const vias = paragraphVias(sentences, relays, registry);
    const ratedBelow = ratedFalse(article.body, sentences);
    sentences.forEach((s, i) => {
      const before = previousText;
      previousText = s.text;
      // ("Claim 1: “50,000 … have been killed.” Rating: Mostly false.": a rating later in the same paragraph.)
      // (Only the first rating after it, before the next claim: "Claim 1: … Rating: True. Claim 2: … Rating: False.")
      const next = sentences
        .slice(i + 1)
        .find((t) => ANY_RATING.test(t.text) || /^\W*claims?\b[^:]{0,12}:/i.test(t.text));
      const rated = ratedBelow || (next !== undefined && FALSE_RATING.test(next.text));
      const noticeBefore = correctionNotice;
      const correctedBefore = correctedArticle;
      correctionNotice = CORRECTION_NOTICE.test(s.text);
      correctedArticle ||= correctionNotice;
      const speaker = speakers[i];
      // "Park Ji-hoon … told Seoul Morning Wire that …": what he says reached the article directly.
      if (speaker && (vias[i] ?? []).some(relays.isPublisher)) toldPublisher.add(speaker);
      const { figures } = block.figures[i] ?? { figures: [] };
      // "The Harbor Times disputes that figure: two defectors told it …": the words before a colon that
      // deny the sentence before, with figures only after the colon.
      // ("That report was wrong; the NIS was then still giving 600.": a semicolon, too.)
      const colon = (/^[^:;]*[:;]/.exec(s.text)?.[0].length ?? 0) - 1;
      if (
        figures.length > 0 &&
        colon > 0 &&
        figures.every((f) => f.figure.start > colon) &&
        lastFigures.index === sentenceIndex + i - 1
      ) {
        const head = { ...s, text: s.text.slice(0, colon) };
        const headActs = (acts[i] ?? []).filter((a) => a.verbStart < colon);
        // ("That was wrong: the agency's figure was …": the article's own verdict on what it reported.)
        const denier =
          denierOfPrevious(head, headActs, null, registry, tracker) ??
          (OWN_VERDICT_FALSE.test(head.text) &&
          headActs.length === 0 &&
          !/[“”"]/.test(head.text) &&
          article.meta.publisher
            ? registry.resolve(article.meta.publisher, "outlet")
            : null);
        if (denier) disputePrevious(claims, lastFigures.from, denier, head.text);
      }
      // "On Thursday the agency said the January figure had been a mistake and that the correct total was
      // 5,300": the speaker withdraws its figure of the sentence before.
      if (figures.length > 0 && lastFigures.index === sentenceIndex + i - 1) {
        const wrong = OWN_FIGURE_WRONG.exec(s.text);
        // (A date before the verdict, "On 12 February the agency said …", is no figure it corrects.)
        const first = Math.min(...figures.map((f) => f.figure.start).filter((at) => at > (wrong?.index ?? 0)));
        if (wrong && Number.isFinite(first)) {
          const speaker =
            (acts[i] ?? [])
              .filter((a) => !a.insideQuote && a.verbStart < wrong.index && a.subject !== null)
              .map((a) => resolveSubject(a.subject, registry, tracker))
              .find((e) => e !== null) ?? null;
          if (speaker) disputePrevious(claims, lastFigures.from, speaker, s.text.slice(0, first), true);
        }
      }
      // ("Q: … the Daily Courant reported that 30,000 had been sent. Is that wrong?" then "ASHDOWN: We do not recognise
      // that figure.": a speaker's turn that denies the figure put to them, a question between or not.)
      if (
        figures.length === 0 &&
        carry.label &&
        TURN_DENIES_FIGURE.test(s.text) &&
        (lastFigures.index === sentenceIndex + i - 1 ||
          (lastFigures.index === sentenceIndex + i - 2 && /\?[”"’]?\s*$/.test(before)))
      )
        disputePrevious(claims, lastFigures.from, carry.label, s.text);
      // ("The estimate was first given by the HUR": "first" is no figure of its own.)
      if (figures.every((f) => !f.role.ok) && lastFigures.index === sentenceIndex + i - 1)
        traceToSource(claims, lastFigures.from, s.text, registry, tracker);
      // ("I think that is nonsense; I would be surprised if more than 15,000 have ever been sent.": a sentence whose
      // only figures are skipped judges what came before too.)
      const writerJudges =
        figures.length > 0 &&
        figures.every((f) => !f.role.ok) &&
        WRITER_JUDGES_FALSE.test(s.text.split(/[;:]\s/)[0] ?? "");
      if (figures.length === 0 || writerJudges) {
        if (lastFigures.index === sentenceIndex + i - 1) {
          const denier =
            denierOfPrevious(s, acts[i] ?? [], speakers[i] ?? null, registry, tracker) ??
            // "This is false.": the article's own verdict on what it has just reported, or, in an answer, the
            // answerer's ("That is nonsense." in an interview's answer).
            (OWN_VERDICT_FALSE.test(s.text) &&
            (acts[i] ?? []).length === 0 &&
            !s.openQuoteAtStart &&
            !/[“”"]/.test(s.text) &&
            (carry.label || article.meta.publisher)
              ? (carry.label ?? verdictFinder(s.text, article.meta.publisher ?? "", registry))
              : null) ??
            // ("I do not believe it.": the writer's own doubt, outside anyone's quoted words.)
            ((WRITER_DOUBTS.test(s.text) || WRITER_JUDGES_FALSE.test(s.text.split(/[;:]\s/)[0] ?? "")) &&
            !s.openQuoteAtStart &&
            !/[“”"]/.test(s.text) &&
            !speakers[i] &&
            // ("KIM: … I do not believe it.": a transcript's speaker, not the writer; "SEOUL:" and "NOTE:" are no one.)
            !carry.transcript &&
            !speakerLabelled(sentences[0]?.text ?? "")
              ? writer()
              : null);
          if (denier) disputePrevious(claims, lastFigures.from, denier, s.text);
        }
        if (figures.length === 0) return;
      }
      // "We rate the claim of 5,000 soldiers in Kherson false.": the verdict, with its figure, on the claim
      // the sentence before reported.
      if (
        WE_RATE_FALSE.test(s.text) &&
        lastFigures.index === sentenceIndex + i - 1 &&
        !s.openQuoteAtStart &&
        article.meta.publisher
      )
        disputePrevious(claims, lastFigures.from, registry.resolve(article.meta.publisher, "outlet"), s.text);
      lastFigures = { index: sentenceIndex + i, from: claims.length };
      const inQuote = quoteMap(s.text, s.openQuoteAtStart);
      const all = figures.map((f) => f.figure);
      for (const { figure: q, role } of figures) {
        // "… and that 3,800 was “a misreading”": the speaker judges the article's earlier 3,800 false; the
        // value named again is no figure of its own.
        // (Only figures still asserted and undisputed take the verdict: a claim a fact check already rates, "Claim:
        // … $5,000 a month", keeps the speaker's "nothing at all that supports $5,000" as a figure of its own.)
        const judged = judgedFalseMention(s.text, q)
          ? claimsNamedAgain(claims, s.start, q).filter((k) => {
              const c = claims[k] as Claim;
              return !c.disputedBy && c.stance === "asserts";
            })
          : [];
        // Who judges: a speaker before the figure, else the one whose words it is in, else the writer's own verdict
        // outside anyone's words ("The 2,000 seems too high to this reviewer").
        const judgeOf = (): Entity | null => {
          const speaker = (acts[i] ?? [])
            .filter((a) => !a.insideQuote && a.verbStart < q.start && a.subject !== null)
            .map((a) => resolveSubject(a.subject, registry, tracker))
            .find((e) => e !== null);
          if (speaker) return speaker;
          if (inQuote(q.start)) return speakers[i] ?? null;
          if (carry.label) return carry.label;
          return (acts[i] ?? []).length === 0 && !s.openQuoteAtStart && !/[“”"]/.test(s.text) ? writer() : null;
        };
        const judge = judged.length > 0 ? judgeOf() : null;
        if (judge) {
          for (const k of judged) claims[k] = { ...(claims[k] as Claim), disputedBy: ref(judge) };
          skip(
            q.text,
            s.start + q.start,
            `names again the value ${q.text.trim()} given before, to judge it false`,
            s.text,
          );
          continue;
        }
        if (!role.ok) {
          skip(q.text, s.start + q.start, role.reason, s.text);
          continue;
        }
        const given = creditFigure(
          {
            figure: q,
            kind: role.kind,
            sentence: s,
            acts: acts[i] ?? [],
            inQuote,
            speaker: speakers[i] ?? null,
            label: carry.label ?? null,
            index: sentenceIndex + i,
            listSource,
            author,
            ratedFalse: rated,
            lastOfParagraph: i === sentences.length - 1,
            pronounPerson: persons[i] ?? null,
            afterCorrectionNotice: noticeBefore,
            inCorrectedArticle: correctedBefore,
          },
          registry,
          tracker,
        );
        // "Claim: A post … says that 10,000 …" rated false: the post's figure, disputed by the publisher,
        // as after "This is false."; so is what the article says another got wrong ("The Post misstated …").
        const publisher =
          (rated || given.method === "misreported") &&
          given.attributed &&
          given.stance === "disputes" &&
          !given.disputedBy &&
          article.meta.publisher
            ? registry.resolve(article.meta.publisher, "outlet")
            : null;
        const sourced = publisher ? { ...given, disputedBy: publisher, stance: "asserts" as const } : given;
        // ("The soldier was born in 2005 …, according to the Ukrainian officers who questioned him": those an
        // "according to" names tell about someone; they are not whom the fact is about.)
        const subject: Entity | null =
          role.kind === "biography"
            ? subjectOf(s.text, q, registry, tracker, given.method === "according-to" ? null : given.attributed)
            : null;
        // "Rep. Oh Jae-min, 58, said the NIS believed …": an age beside a speaker's name is said of them by
        // themselves, never by the source they pass on.
        const credit =
          subject !== null && sourced.relayedBy === subject
            ? { ...sourced, attributed: subject, relayedBy: null, cited: null, method: "said-before" }
            : sourced;
        let claim: Claim;
        try {
          claim = recordClaim({
            article,
            sentence: s,
            figure: q,
            figures: all,
            role,
            credit,
            via: viaOf(relays, vias, sentences, i, credit, toldPublisher),
            subject,
            lineOf,
            dateline: block.update ?? dateline,
          });
        } catch (e) {
          // A record the schema refuses is a reading the machine got wrong: the number is reported
          // with the reason, and the other figures of the article are still read.
          if (!(e instanceof ExtractionError)) throw e;
          skip(q.text, s.start + q.start, `no valid record could be made of it: ${e.message}`, s.text);
          continue;
        }
        claims.push(linkInputs(claim, claims));
      }
      // "Claims by Ukrainian officials that 40,000 … have been dismissed by the Pentagon as exaggerated": a
      // rejection in the passive disputes the figures its subject states, as the active form does.
      const passive = passiveRejection(s.text) ?? appositiveRejection(s.text);
      const agent = passive ? parseSubject(passive.agent, 0) : null;
      const rejecter = agent ? resolveSubject(agent, registry, tracker) : null;
      if (passive && rejecter) {
        const until = claims.findIndex((c, k) => k >= lastFigures.from && c.figureStart >= s.start + passive.at);
        disputePrevious(claims, lastFigures.from, rejecter, "", false, until === -1 ? claims.length : until);
      }
    });
    // "The Defence Intelligence of Ukraine has established the following:": the list after it is its.
    const last = sentences.length - 1;
    const introText = sentences[last]?.text ?? "";
    const intro =
      /(?::|\bas follows\.)\s*$/.test(introText) || LIST_COMPILED_BY.test(introText.trim())
        ? (listIntroSubject(introText) ??
          (acts[last] ?? []).filter((a) => !a.insideQuote && a.subject !== null).at(-1)?.subject ??
          null)
        : null;
    if (intro) listSource = resolveSubject(intro, registry, tracker);
    sentenceIndex += sentences.length;
  }
  sweepDigits(article.body, claims, skipped, skip);
  skipped.sort((a, b) => a.start - b.start);
  const read = namedFigureTakesItsKind(
    ownFigureSetAsideIsEarlier(
      relayNamedSources(
        entryKindCorrected(withdrawCorrectedEntries(claims, article.body), article.body),
        relays.namedRelay,
      ),
    ),
    article.body,
  );
  return {
    claims: ownSideCounted(
      headlineReadAsBody(read, headlineSpan(article.body, article.meta.title), registry, article.body),
      article.body,
    ),
    skipped,
  };
}

/** The speaker's own unit's losses, up to the figure: "My unit lost 11 men killed and 34 wounded". */
const OWN_UNIT_LOST =
  /\b(?:my|our)\s+(?:own\s+)?(?:unit|battalion|brigade|company|regiment|platoon|squad)\s+(?:has\s+|had\s+)?(?:lost|suffered)\b[^.;]*$|\bwe\s+(?:have\s+|had\s+)?(?:lost|suffered)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$/i;
/** The speaker's own force's strength, up to the figure: "We were holding about four kilometres of front with around 400 men". */
const OWN_FORCE_WITH =
  /\bwe\s+(?:were|are)\s+(?:holding|defending|manning)\b[^.;]*\bwith\s+(?:(?:about|around|some|roughly|nearly|only|just)\s+)?$|\b(?:my|our)\s+(?:unit|battalion|brigade|company)\s+(?:has|had|numbers|numbered)\s+(?:(?:about|around|some|roughly|nearly|only|just)\s+)?$/i;
/** Those facing the speaker's own unit, after a count: "… men opposite us", "… soldiers facing our brigade". */
const FACING_US_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:opposite|facing|in\s+front\s+of)\s+(?:us|our\s+(?:unit|battalion|brigade|company|positions?|sector|lines?)|my\s+(?:unit|battalion|brigade|company|sector))\b/i;
/** Words that tie a person to North Korea's side where the article first names them. */
const NORTH_KOREAN_SIDE = /\bNorth\s+Korea|\bdefector|\bprisoner|\bcaptured|\bPOW\b|\bKPA\b|\bDPRK\b|\bPyongyang/i;

/**
 * The speaker's own unit counted in the first person ("We were holding … with around 400 men", "My unit lost 11
 * men killed and 34 wounded") is another army's when the article names the speaker with no word that ties them to
 * North Korea's side (a Ukrainian commander, not a captured North Korean): context, not North Korea's troops or
 * losses.
 *
 * @param claims The article's claims.
 * @param body The article's body.
 * @returns The claims, such counts context.
 */
function ownSideCounted(claims: Claim[], body: string): Claim[] {
  return claims.map((c) => {
    if (!c.attributedTo || !(c.kind.startsWith("troops") || c.kind.startsWith("casualties"))) return c;
    // ("maybe 1,000 to 1,200 men opposite us": those facing the speaker's unit, a part of the force.)
    if (
      c.scope === null &&
      FACING_US_AFTER.test(body.slice(c.figureStart + c.figure.length, c.figureStart + c.figure.length + 60))
    )
      return { ...c, scope: "only those facing the speaker's unit" };
    const before = body.slice(Math.max(c.quoteStart, c.figureStart - 160), c.figureStart);
    if (!OWN_UNIT_LOST.test(before) && !OWN_FORCE_WITH.test(before)) return c;
    const who = c.attributedTo.name;
    const at = body.indexOf(who);
    const introduced =
      at < 0 ? "" : body.slice(Math.max(0, body.lastIndexOf("\n", at) + 1), body.indexOf("\n", at) >>> 0);
    // (The paragraph that first names them, whole: "Ri Jong-hyok spoke from a detention centre. … Ri, a North Korean
    // soldier, was captured in January.")
    if (at < 0 || NORTH_KOREAN_SIDE.test(introduced)) return c;
    return { ...c, kind: "context", scope: null };
  });
}

/**
 * Whether two claims give the same amount in the same unit, whatever its period.
 *
 * @param a One claim.
 * @param b The other.
 * @returns True when unit and bounds are equal.
 */
function sameAmount(a: Pick<Claim, "value">, b: Pick<Claim, "value">): boolean {
  return a.value.unit === b.value.unit && a.value.min === b.value.min && a.value.max === b.value.max;
}

/** A source's figure named before its bare value: "the agency's figure was ", "its estimate is ". */
const FIGURE_WAS_BEFORE =
  /\b(?:its|their|his|her|the\s+[\p{L}.-]+['’]s?|[\p{Lu}][\p{L}.-]*['’]s?)\s+(?:own\s+)?(?:figure|estimate|count|tally|number)\s+(?:was|is|had\s+been|remained|remains|stood\s+at|stands\s+at)\s+(?:(?:still|only|just)\s+)?$/u;

/**
 * A figure named as a figure that the article credited before ("“Even the $2,000 number is an estimate from a single
 * agency,” said …", after the NIS's "$2,000 a month per soldier") counts what that earlier figure counts, whatever the
 * sentences around it speak of (a small fraction that reaches the soldiers).
 *
 * @param claims The article's claims.
 * @returns The claims, such a figure of the earlier one's kind.
 */
function namedFigureTakesItsKind(claims: Claim[], body: string): Claim[] {
  return claims.map((c) => {
    // (A figure only mentioned, read as context, stays so.)
    if (!c.attributedTo || c.kind === "context") return c;
    // ("an NIS official said the agency's figure was 3,000", paragraphs after "the agency put North Korean
    // casualties at 3,000": the source's figure given again by its bare value.)
    const restated =
      FIGURE_WAS_BEFORE.test(body.slice(Math.max(0, c.figureStart - 60), c.figureStart)) &&
      CLAUSE_ENDS_AFTER.test(body.slice(c.figureStart + c.figure.length, c.figureStart + c.figure.length + 40));
    if (c.attributionMethod !== "earlier-figure" && !restated) return c;
    const first = claims.find(
      (o) =>
        o.figureStart < c.figureStart &&
        o.attributedTo?.id === c.attributedTo?.id &&
        o.attributionMethod !== "earlier-figure" &&
        sameAmount(o, c),
    );
    return first && first.kind !== c.kind && first.kind !== "context" ? { ...c, kind: first.kind } : c;
  });
}

/**
 * A figure a source sets aside for its own new one ("the agency now says about 12,000 remain in Russia, not 11,000"),
 * which the same article gave before as that source's own ("… tells lawmakers that about 11,000 … remain"), is the
 * source's earlier figure, replaced: no dispute of anyone's figure, here or in another article that gives the value.
 *
 * @param claims The article's claims.
 * @returns The claims, such a figure the source's earlier one.
 */
function ownFigureSetAsideIsEarlier(claims: Claim[]): Claim[] {
  return claims.map((c) => {
    const by = c.disputedBy;
    if (c.stance !== "disputes" || c.attributedTo !== null || !by) return c;
    const own = claims.find(
      (o) =>
        o.figureStart < c.figureStart &&
        o.stance === "asserts" &&
        o.attributedTo?.id === by.id &&
        o.kind === c.kind &&
        o.value.per === c.value.per &&
        sameAmount(o, c),
    );
    if (!own) return c;
    const { attributedAs: _words, ...rest } = c;
    return {
      ...rest,
      stance: "asserts",
      disputedBy: null,
      attributedTo: by,
      attributionMethod: "own-earlier-figure",
      earlier: true,
    };
  });
}

/** The words that make a name, a body or a person one of a country's, by country. */
/**
 * The words a headline names its source with: before a colon that opens it, after a colon that ends it, or before a
 * verb of saying that ends it ("Zelensky: …", "…: NIS", "…, think tank says").
 *
 * @param headline The headline.
 * @returns The labels, trimmed.
 */
function headlineLabels(headline: string): string[] {
  const found = [
    /^\s*([^:]{1,40}?)\s*:\s+\S/.exec(headline)?.[1],
    /\S\s*:\s+([^:,]{1,40}?)\s*$/.exec(headline)?.[1],
    /[,—–-]\s+([^,:]{1,40}?)\s+(?:says|said|claims|reports|estimates)\s*$/i.exec(headline)?.[1],
  ];
  // (A label in lower case is a role, "…: spy agency", and names the body whose role it is.)
  return found.filter((l): l is string => l !== undefined && /\p{L}/u.test(l));
}

/**
 * Whether a headline's label names an entity: its name, one of its spellings, or the last word of a person's name.
 *
 * @param label The label.
 * @param e The entity.
 * @param registry Entity registry.
 * @returns True when the label names it.
 */
function namesEntity(label: string, e: Entity, registry: EntityRegistry): boolean {
  const plain = plainSpelling(label);
  if (plain === "") return false;
  if (registry.find(label) === e) return true;
  if ([e.name, ...e.variants].some((v) => plainSpelling(v) === plain)) return true;
  // ("…: spy agency": a role of the body, in the alias file's words; a bare "agency" names too little.)
  if (/\s/.test(label.trim()) && [...e.roles].some((r) => plainSpelling(r) === plain)) return true;
  // ("Seimas committee report: …": the first words of a body's name, with its document's noun after them.)
  const opening = label.trim().replace(/\s+(?:report|study|survey|assessment|findings)$/i, "");
  if (e.type === "organization" && /\s/.test(opening) && e.name.toLowerCase().startsWith(`${opening.toLowerCase()} `))
    return true;
  return e.type === "person" && plainSpelling(e.name.split(/\s+/).at(-1) ?? "") === plain;
}

/** A noun of a headline's closing label that names who gives a figure: "lawmakers", "think tank", "officials in Kyiv". */
const SOURCE_LABEL_NOUN =
  /\b(?:lawmakers?|MPs?|officials?|sources?|ministry|government|intelligence|agency|spy\s+agency|think[\s-]tank|military|army|general\s+staff|staff|command|president|report)\b/i;

const HEADLINE_COUNTRIES: readonly RegExp[] = [
  /\bSouth\s+Korea|\bSeoul\b/,
  /\bUkrain|\bKyiv\b|\bKiev\b/,
  /\bRussia|\bKremlin\b|\bMoscow\b/,
  /\bNorth\s+Korea|\bPyongyang\b/,
  /\bU\.?S\.?\b|\bUnited\s+States\b|\bAmerica|\bPentagon\b|\bWashington\b|\bState\s+Department\b/,
  /\bJapan|\bTokyo\b/,
  /\bBrit|\bU\.?K\.?\b|\bLondon\b/,
];

/** The kinds a headline's vaguer word may stand for: "has lost 1,500 soldiers" over "1,500 … have been killed". */
const HEADLINE_NARROWS: Readonly<Partial<Record<Claim["kind"], readonly Claim["kind"][]>>> = {
  "casualties-total": ["casualties-killed", "casualties-wounded"],
};

/**
 * The headline printed in the body sums up the body: a figure of the headline that the body gives again,
 * of the same value and unit, is read as the body reads it, with its kind and its credit, when the
 * headline names no one, names only an unnamed group or role ("Lawmaker says North Korea has lost 1,500
 * soldiers", with the body's "About 1,500 North Korean soldiers have been killed …, Rep. Seo Tae-yang told
 * reporters after a closed-door briefing by the National Intelligence Service"), or names the one the body
 * credits or has passing the figure on. A headline naming someone else, or a body that only disputes the
 * figure, keeps the headline's own reading.
 *
 * A headline that names its source in a label ("Zelensky: North Korean losses in Kursk top 4,000", "N. Korean
 * casualties rise to 3,400: NIS", "…, think tank says") names the one the body credits with the same figure when
 * the label is that source's name or a word of it: the headline is read as the body reads it too.
 *
 * @param claims The article's claims.
 * @param headline Where the headline stands in the body, or null.
 * @param registry Entity registry (to tell an unnamed group from a name).
 * @param body The article's body.
 * @returns The claims, the headline's read as the body's.
 */
function headlineReadAsBody(
  claims: Claim[],
  headline: { start: number; end: number } | null,
  registry: EntityRegistry,
  body = "",
): Claim[] {
  if (!headline) return claims;
  const labels = headlineLabels(body.slice(headline.start, headline.end));
  // ("North Korea counts 6,000 casualties: Seoul lawmakers": the label after the colon says whose words these are.)
  const tail = /\S\s*:\s+([^:,]{1,40}?)\s*$/.exec(body.slice(headline.start, headline.end))?.[1];
  const inHeadline = (c: Claim): boolean => c.figureStart >= headline.start && c.figureStart < headline.end;
  if (!claims.some(inHeadline)) return claims;
  return claims.map((c) => {
    if (!inHeadline(c) || c.stance !== "asserts" || c.earlier || c.qualitative) return c;
    const narrows = HEADLINE_NARROWS[c.kind] ?? [];
    const body = claims.find(
      (b) =>
        b.figureStart >= headline.end &&
        b.stance === "asserts" &&
        !b.earlier &&
        !b.qualitative &&
        (b.kind === c.kind || narrows.includes(b.kind)) &&
        b.value.per === c.value.per &&
        sameAmount(b, c),
    );
    if (!body) return c;
    const credit = c.attributedTo;
    // (An unnamed group or role, "Lawmaker", "US officials", or a country or a capital, "Seoul says", unless the body
    // credits a body or person of another country: "Ukraine says" over South Korea's NIS keeps its own.)
    const group = credit !== null && registry.byId(credit.id)?.type === "group";
    const countryOf = (texts: readonly string[]): number =>
      HEADLINE_COUNTRIES.findIndex((words) => texts.some((t) => words.test(t)));
    const bodyCredit = body.attributedTo ? registry.byId(body.attributedTo.id) : undefined;
    const said = group && credit ? countryOf([credit.name]) : -1;
    const credited = bodyCredit ? countryOf([bodyCredit.name, ...bodyCredit.roles]) : -1;
    // (A headline's subject that its closing label does not name is not who says the figure: "North Korea counts 6,000
    // casualties: Seoul lawmakers" is the lawmakers' figure, not North Korea's.)
    const creditEntity = credit ? registry.byId(credit.id) : undefined;
    // (Only a label that names a source of a country: "…: Seoul lawmakers", "…: Kyiv officials"; not "…: what we know",
    // "…: analysis" or an agency that passes the story on, "…: Yonhap".)
    const tailCountry = tail !== undefined ? countryOf([tail]) : -1;
    // (Nor a publication's or its staff's label, "…: South Korean news agency", "…: Kyiv Post staff", nor a question,
    // "…: how Seoul intelligence missed them".)
    const overruled =
      tail !== undefined &&
      tailCountry >= 0 &&
      !/^(?:how|why|what|who|when|where|inside|analysis|explainer)\b|\b(?:news|post|times|herald|daily|tribune|journal|press|media|wire|correspondents?)\b/i.test(
        tail,
      ) &&
      SOURCE_LABEL_NOUN.test(tail) &&
      creditEntity !== undefined &&
      !namesEntity(tail, creditEntity, registry);
    // (A label of the headline that names the body's source, "Zelensky:", ": NIS", or its country's, ": Seoul lawmakers"
    // over the NIS that the body credits.)
    const labelled =
      (credit === null || overruled) &&
      bodyCredit !== undefined &&
      (labels.some((l) => namesEntity(l, bodyCredit, registry)) || (tailCountry >= 0 && tailCountry === credited));
    const fits =
      credit === null ||
      overruled ||
      (group && !(said >= 0 && credited >= 0 && said !== credited)) ||
      credit.id === body.attributedTo?.id ||
      credit.id === body.relayedBy?.id;
    if (!fits) return c;
    // (A headline that writes no date of its own is of the body's date for the figure.)
    const fromBody = c.asOfSource === "article";
    const { asOf, asOfSource, asOfPrecision, asOfNote } = fromBody ? body : c;
    // (The date's words are the body's sentence's, not the headline's: the page says where they stand.)
    const note =
      fromBody && asOfSource === "sentence"
        ? `in the body's sentence that gives the figure again${asOfNote ? `, ${asOfNote}` : ""}`
        : asOfNote;
    const dated = {
      asOf,
      asOfSource,
      ...(asOfPrecision ? { asOfPrecision } : {}),
      ...(note ? { asOfNote: note } : {}),
    };
    const { attributedAs: _words, asOfPrecision: _p, asOfNote: _n, ...rest } = c;
    // (A headline that names no one keeps no credit: the same figure credited in the body is its origin.)
    // (A label that overrules the headline's subject but names another country's source than the body's: the headline
    // keeps its own reading.)
    if (overruled && !labelled) return c;
    if (credit === null && !labelled)
      return { ...rest, ...(c.attributedAs ? { attributedAs: c.attributedAs } : {}), ...dated, kind: body.kind };
    return {
      ...rest,
      ...dated,
      kind: body.kind,
      attributedTo: body.attributedTo,
      attributionMethod: "headline-as-body",
      attributionAmbiguous: body.attributionAmbiguous,
      ...(body.attributedAs ? { attributedAs: body.attributedAs } : {}),
      via: body.via,
      relayedBy: body.relayedBy ?? null,
      citedSource: body.citedSource,
      scope: body.scope,
      subject: body.subject,
    };
  });
}

/**
 * The stamp a live blog's entry opens with, for a time a correction names ("09:05" or "09.05").
 *
 * @param time The entry's time as the correction writes it.
 * @returns A pattern for the opening of that entry's sentences.
 */
function entryStamp(time: string): RegExp {
  return new RegExp(String.raw`^\W*${time.replace(".", "[:.]")}\b`);
}

/** A correction naming the entry it corrects by its time: "In our 09:05 entry we said …", "the 11:15 post gave …". */
const CORRECTED_ENTRY = /\b(?:the|our)\s+(\d{1,2}[:.]\d{2})(?:\s+\p{Lu}{2,4})?\s+(?:entry|post|update)\b/iu;
/** What may open a live page's line before its words: "UPDATE ", "09:45 ", "15:06:07 GMT | ", "9:07:47 KST: ". */
const LINE_STAMP = String.raw`(?:(?:UPDATE|UPDATED)\W+)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s+(?:\p{Lu}{2,4}|\p{L}+\s+time))?\s*[|:–—-]?\s*)?`;

/**
 * "An earlier entry said the NIS put the total at 12,000": a live page's own earlier entry, post or update, up to
 * the figure it withdraws, on a line that says the entry was wrong. ("An earlier report said" may be another
 * outlet's, and is left alone.)
 */
const EARLIER_ENTRY_SAID = new RegExp(
  String.raw`^\W*${LINE_STAMP}(?:(?:Correction|Clarification)s?\b[^:]{0,40}:\s*)?(?:an?|our)\s+(?:earlier|previous)\s+(?:entry|post|update)\s+(?:(?:also|had|wrongly|incorrectly|mistakenly|erroneously)\s+)*(?:said|stated|reported|gave|put|quoted|cited)\b[^.;]*$`,
  "iu",
);
/**
 * A line that corrects the page: "Correction: …", "09:45 Clarification: …", "An earlier entry said …". Its wrong
 * figure is set aside in it ("not 1,500 killed") or withdrawn ("An earlier entry said … 12,000").
 */
const CORRECTION_LINE = new RegExp(
  String.raw`^\W*${LINE_STAMP}(?:(?:Correction|Clarification)s?\b[^:]{0,40}:|(?:an?|our|the)\s+(?:earlier|previous)\s+(?:entry|post|update)\b)`,
  "iu",
);
/** "In our 09:05 entry we said …": what the blog said in an entry, which the line may go on to call wrong. */
const ENTRY_SAID =
  /\b(?:in\s+)?our\s+\d{1,2}[:.]\d{2}(?:\s+\p{Lu}{2,4})?\s+(?:entry|post|update)\s*,?\s+we\s+(?:had\s+)?(?:said|stated|reported|wrote|gave|put)\b/iu;
/** Words of a correction's line that say the entry was wrong: "we regret the error", "was incorrect". */
const ENTRY_WAS_WRONG =
  /\b(?:regret|error|mistake|mistaken|wrong(?:ly)?|incorrect(?:ly)?|inaccurate|correction|should\s+have\s+(?:said|read)|misreported|misstated|misquoted)\b/i;

/**
 * A live blog's correction of one of its own entries withdraws the figure that entry gave, as it withdraws the
 * figure its own words restate: "09:05 — The HUR says about 1,400 … have been killed" and, later, "14:40 —
 * Update: In our 09:05 entry we said the HUR put the number killed at 1,400. The agency's figure is 1,100; we
 * regret the error": both 1,400s are the blog's own misreport, no figure of the HUR's. Only when the correction's
 * line says the entry was wrong ("… has since confirmed that figure" and "… has since raised its count to 1,600"
 * withdraw nothing), and only the figure the blog says it gave, before the words that call it wrong ("…; that
 * was incorrect, and the figure is 12,000" keeps the 12,000).
 *
 * @param claims The article's claims.
 * @param body The article's text.
 * @returns The claims, those of a corrected entry equal to the withdrawn figure withdrawn too.
 */
function withdrawCorrectedEntries(claims: Claim[], body: string): Claim[] {
  const lineOf = (at: number): string => {
    const end = body.indexOf("\n", at);
    return body.slice(body.lastIndexOf("\n", at) + 1, end === -1 ? body.length : end);
  };
  const corrections = claims.flatMap((w) => {
    const entry = CORRECTED_ENTRY.exec(w.quote)?.[1];
    if (entry === undefined || !ENTRY_WAS_WRONG.test(lineOf(w.quoteStart))) return [];
    // The figure the blog said it gave: one the sentence already withdraws, or the one after "we said" and
    // before any word that calls it wrong or a semicolon.
    const said = ENTRY_SAID.exec(w.quote);
    const at = w.figureStart - w.quoteStart;
    const rest = said ? w.quote.slice(said.index + said[0].length) : "";
    const stop = rest.search(/;|\.\s|\b(?:that|which|this)\s+(?:was|is)\b/i);
    const given =
      w.stance === "disputes" ||
      (said !== null && at > said.index && (stop === -1 || at < said.index + said[0].length + stop));
    return given ? [{ w, entryStart: entryStamp(entry) }] : [];
  });
  // "Correction: the NIS figure is 1,500 casualties, not 1,500 killed.", "An earlier entry said the NIS put the
  // total at 12,000. The agency's figure is 11,000": a correction that names no entry by its time withdraws the
  // figures before it of the value it sets aside, of that kind, that the article states itself or credits to a
  // source the correction's line gives a figure of too (the figure of another source that happens to be equal
  // stays).
  const lines = claims.flatMap((w) => {
    const line = lineOf(w.quoteStart);
    if (!CORRECTION_LINE.test(line) || !ENTRY_WAS_WRONG.test(line) || CORRECTED_ENTRY.test(w.quote)) return [];
    // ("An earlier entry said the NIS put the total at 12,000. … We regret the error.": the entry's own figure.)
    const own = EARLIER_ENTRY_SAID.test(w.quote.slice(0, w.figureStart - w.quoteStart)) && !/^\W*[“"‘]/.test(w.quote);
    if (!own && (w.stance !== "disputes" || w.attributedTo !== null)) return [];
    const lineStart = body.lastIndexOf("\n", w.quoteStart) + 1;
    const sources = new Set(
      claims.flatMap((c) =>
        c !== w && c.attributedTo && c.quoteStart >= lineStart && c.quoteStart < lineStart + line.length
          ? [c.attributedTo.id]
          : [],
      ),
    );
    return [{ w, sources, own }];
  });
  if (corrections.length === 0 && lines.length === 0) return claims;
  const withdraw = (c: Claim): Claim => {
    const { attributedAs: _said, ...rest } = c;
    return {
      ...rest,
      stance: "disputes",
      attributedTo: null,
      attributionMethod: null,
      attributionAmbiguous: false,
      citedSource: null,
    };
  };
  // The same reading of the same value: what a correction's figure withdraws.
  const same = (w: Claim, c: Claim): boolean =>
    w.kind === c.kind && w.value.unit === c.value.unit && w.value.min === c.value.min && w.value.max === c.value.max;
  return claims.map((c) => {
    const hit = corrections.some(
      ({ w, entryStart }) =>
        same(w, c) &&
        ((w === c && c.stance !== "disputes") ||
          (c.stance !== "disputes" && w.quoteStart > c.quoteStart && entryStart.test(c.quote))),
    );
    const corrected = lines.some(
      ({ w, sources, own }) =>
        (own && w === c) ||
        (same(w, c) &&
          w.quoteStart > c.quoteStart &&
          c.stance !== "disputes" &&
          (c.attributedTo === null || sources.has(c.attributedTo.id))),
    );
    return hit || corrected ? withdraw(c) : c;
  });
}

/** What a correction says a figure counts instead: "It covers those killed and wounded." */
const COUNTS_INSTEAD =
  /\b(?:it|the\s+figure|that\s+figure|this\s+figure|the\s+number)\s+(?:actually\s+|in\s+fact\s+)?(?:covers|counts|includes|refers\s+to|is\s+of)\s+(?:all\s+)?(?:those\s+|soldiers\s+|troops\s+|the\s+)?(killed\s+(?:and|or)\s+wounded|wounded\s+(?:and|or)\s+killed|dead\s+and\s+wounded|casualties|wounded|injured|killed|dead)(?:\s+(?:soldiers|troops|men))?(?:\s+only|\s+together)?\s*[.;]/i;

/**
 * A live blog's correction of what a figure of one of its entries counts, its value kept ("In our 08:20 entry we
 * said the HUR figure of 1,200 referred to North Korean soldiers killed. It covers those killed and wounded. We
 * regret the error."): the entry's figure of that value counts what the correction says.
 *
 * @param claims The article's claims.
 * @param body The article's text.
 * @returns The claims, such a figure of the kind the correction gives.
 */
function entryKindCorrected(claims: Claim[], body: string): Claim[] {
  const fixes = body.split("\n").flatMap((line) => {
    const entry = CORRECTED_ENTRY.exec(line)?.[1];
    const counts = entry !== undefined && ENTRY_WAS_WRONG.test(line) ? COUNTS_INSTEAD.exec(line)?.[1] : undefined;
    if (entry === undefined || counts === undefined) return [];
    const kind: Claim["kind"] = /\b(?:and|or)\b|casualties/i.test(counts)
      ? "casualties-total"
      : /wounded|injured/i.test(counts)
        ? "casualties-wounded"
        : "casualties-killed";
    const values = matchesOf(line, /\d{1,3}(?:,\d{3})+|\d{3,}/g).map((m) => Number(m[0].replace(/,/g, "")));
    // (A line that gives another value corrects the value, not only what it counts.)
    if (new Set(values).size !== 1) return [];
    return [{ entryStart: entryStamp(entry), kind, values }];
  });
  if (fixes.length === 0) return claims;
  return claims.map((c) => {
    const fix = fixes.find(
      (f) =>
        f.entryStart.test(c.quote) &&
        c.kind.startsWith("casualties") &&
        c.value.unit === "people" &&
        c.value.min !== null &&
        c.value.min === c.value.max &&
        f.values.includes(c.value.min),
    );
    return fix && fix.kind !== c.kind ? { ...c, kind: fix.kind } : c;
  });
}

/**
 * The outlet an article names as the one it relays ("…, citing Pacific Wire, Daily Meridian reported")
 * carries every figure of the sources its sentences credit, wherever else the article gives them, and
 * no figure of anyone else.
 *
 * @param claims The article's claims.
 * @param relay The outlet, or null.
 * @returns The claims, with the outlet among the relays of those figures.
 */
function relayNamedSources(claims: Claim[], relay: Entity | null): Claim[] {
  if (!relay) return claims;
  const carried = (c: Claim): boolean => c.via.some((v) => v.id === relay.id);
  const sources = new Set(claims.filter(carried).flatMap((c) => (c.attributedTo ? [c.attributedTo.id] : [])));
  return claims.map((c) =>
    carried(c) || !c.attributedTo || !sources.has(c.attributedTo.id)
      ? c
      : { ...c, via: [{ id: relay.id, name: relay.name }, ...c.via] },
  );
}
