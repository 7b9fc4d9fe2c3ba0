/**
 * The credit stage: who the text credits for one figure, read from the sentence's structure
 * ("according to X", "X said" before or after, "citing X", a quotation's speaker, a sentence that
 * goes on about the previous one's figure), with relays kept apart: a lawmaker who passes on a
 * briefing goes to `relayedBy`, publications to `via`. A figure nobody is named for gets no credit.
 */
import type { Article } from "../schema/article.ts";
import type { KindId } from "../schema/kinds.ts";
import { COUNTRY_OF_ADJECTIVE, nameKey } from "../schema/vocabulary.ts";
import {
  AT_FIGURE,
  CALLED_FALSE,
  POSSESSOR_AT_END,
  findVias,
  groupPhrase,
  parseSubject,
  subjectBefore,
  type NounPhrase,
  type SpeechAct,
} from "./attribution.ts";
import { guessType, type Entity, type EntityRegistry } from "./entities.ts";
import { COMPARISON_WORDS, FIGURE_TIME, NEGATED_AUXILIARY } from "./quantities/vocabulary.ts";
import { DOUBTED_EVEN_BEFORE, DOUBTING_QUESTION, FIGURE_LABEL_BEFORE, type Figure } from "./roles.ts";
import type { Sentence } from "./sentences.ts";
import { type Tracker, isLawmaker, mentionsOfPart, resolveName, resolveSubject, resolveWithFlag } from "./speakers.ts";
import { matchesOf } from "./matches.ts";

/** Who is credited for a figure, and how. */
export interface Credit {
  readonly attributed: Entity | null;
  readonly method: string | null;
  readonly ambiguous: boolean;
  /** The source the credited speaker says they rely on. */
  readonly cited: Entity | null;
  readonly disputedBy: Entity | null;
  /** A person who passed the credited source's figure on. */
  readonly relayedBy: Entity | null;
  /** Speakers and publications that relay the credited source (they join `via`). */
  readonly relays: readonly Entity[];
  readonly stance: "asserts" | "disputes";
  /** Whether the figure stands inside a quotation. */
  readonly quoted: boolean;
  /**
   * The words the text uses for the credited source when they are not its name: a pronoun ("he") or
   * a description ("the Ukrainian president") the credit was resolved from; with no credit, the words
   * of a speaker nobody could be resolved from ("the person").
   */
  readonly writtenAs: string | null;
}

/** What the credit of one figure is read from. */
export interface CreditInput {
  readonly figure: Figure;
  readonly kind: KindId;
  readonly sentence: Sentence;
  /** The sentence's speech acts. */
  readonly acts: readonly SpeechAct[];
  /** Whether an offset of the sentence stands inside a quotation. */
  readonly inQuote: (pos: number) => boolean;
  /** Who speaks the sentence's quotation, when anyone does. */
  readonly speaker: Entity | null;
  /** Who speaks the paragraph by a transcript's label, when it has one. */
  readonly label?: Entity | null;
  /** Index of the sentence in the article. */
  readonly index: number;
  /** Who a list's introduction credits ("HUR has established the following:"), for the list's items. */
  readonly listSource?: Entity | null;
  /** The one author the article's byline names, who is its "I". */
  readonly author?: Entity | null;
  /** The paragraph is a fact-check's "CLAIM:" and the line after it rates the claim false ("VERDICT: False."). */
  readonly ratedFalse?: boolean;
  /** The sentence is the last of its paragraph: the one a rating on the next line answers. */
  readonly lastOfParagraph?: boolean;
  /** The sentence before says the article was corrected ("This story has been corrected."). */
  readonly afterCorrectionNotice?: boolean;
  /** A note before, anywhere in the article, said it was corrected. */
  readonly inCorrectedArticle?: boolean;
  /** The person "he" or "she" at the sentence's start means, as the paragraph's reading had it there. */
  readonly pronounPerson?: Entity | null;
}

/** Sentences that go on about the previous sentence's figure ("This figure ...", "Of those ..."). */
const CONTINUES =
  /^\s*[‘“"]?(?:this|that|these|those) (?:figures?|numbers?|estimates?|tally|toll|totals?)\b|^\s*(?:of|among) (?:those|them|these)\b/i;

/**
 * "No government or researcher has given a figure of 10,000 dead", "No government has said that 100,000 …",
 * "Nobody has claimed that 50,000 …", "Neither agency has put the total number deployed above 15,000", "Nobody has
 * 50,000 men there": nobody gives the figure; the text denies it.
 */
const NOBODY_GAVE_BEFORE =
  /\b(?:nobody|no\s+one|no\s+(?:country|army|side|government))\s+(?:has|had)\s+(?:(?:ever\s+)?sent\s+)?(?:(?:about|around|some|nearly|anywhere\s+near|anything\s+like|as\s+many\s+as)\s+)*$|\b(?:nobody|no\s+one|no\s+(?:army|unit|side))\s+(?:(?:has|had|have)\s+)?(?:ever\s+)?(?:lost|suffered)\s+(?:(?:about|around|some|nearly|anywhere\s+near|anything\s+like|as\s+many\s+as)\s+)*$|\b(?:(?:no|not\s+a\s+single|none\s+of\s+the|neither)\s+(?!other\b)(?:[\w-]+\s+){0,4}?|nobody\s+(?!else\b))(?:has|have|had)\s+(?:ever\s+|yet\s+)?(?:(?:publicly|officially)\s+)?(?:put\s+(?:(?:the|its|their|a|any)\s+)?(?:[\w-]+\s+){0,10}?(?:(?:at|above|over|higher\s+than|beyond)\s+)?|(?:given|reported|put\s+forward|published|confirmed|offered|cited|backed|estimated)\s+(?:(?:a|any|the|such\s+a)\s+)?(?:(?:figure|number|estimate|count|toll|total)\s+)?(?:of\s+|as\s+high\s+as\s+|near\s+|close\s+to\s+)?|(?:said|claimed|stated|suggested|reported|confirmed)\s+(?:that\s+)?)(?:(?:about|around|some|nearly|as\s+many\s+as)\s+)?[$€£₩₽]?$/i;

/** "put by the Joint Chiefs at about": from an agent's verb to the figure it puts. */
const PUT_AT_BEFORE = new RegExp(String.raw`^[^,;.\d]*\b${AT_FIGURE}$`, "i");
/**
 * "300 soldiers had died, not 3,000 as reported", "about 14,000, not 15,000", "“at least 2,000”, not “about 2,000”":
 * the figure set aside for the one before it.
 */
const NOT_INSTEAD_BEFORE =
  /\d[\d,.]*(?:\s*(?:%|per\s?cent|million|thousand|bn|m|k))?(?:(?:\s+[a-z]+){0,3}|[^.;:\d]{0,80}?)\s*,\s*(?:and\s+)?not\s+["“‘']?(?:the\s+)?(?:(?:about|around|some|roughly|nearly|more than|over|as many as)\s+)*[$€£₩₽]?\s?$/i;
/** A figure, then another set beside it: "…$1,500 a month, less than the ", "… 600, far higher than the widely cited ". */
const THAN_THE_BEFORE =
  /\d[\d,.]*[^.;:\d]{0,80}?,\s*(?:(?:far|much|well|somewhat|slightly)\s+)?(?:less|lower|fewer|smaller|more|higher|greater|larger)\s+than\s+(?:the\s+)?(?:(?:widely|often|commonly|much|frequently)[\s-](?:reported|cited|quoted)\s+)?(?:(?:about|around|some|roughly|nearly)\s+)*[$€£₩₽]?\s?$/i;
/** What others report, after a figure: "… that has been widely reported", "… reported in the media", "… cited by some". */
const REPORTED_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:(?:that|which)\s+(?:has|have|had)\s+(?:(?:widely|often|commonly|frequently|previously)\s+)?been\s+(?:(?:widely|often|commonly|much|frequently|previously)\s+)?(?:reported|cited|quoted|claimed|circulated)\b|(?:(?:widely|often|commonly|previously)\s+)?(?:reported|cited|claimed)\s+(?:in|by|elsewhere|online)\b)/i;
/**
 * "There are no North Korean soldiers in Russia, not 11,000, not 1,000, not one", "there were no North
 * Korean soldiers in Russia, let alone 11,000", "not 11,000 …, nor even 1,000": figures a denial lists
 * to reject them.
 */
const DENIAL_LIST_BEFORE =
  /(?:\b(?:let\s+alone|much\s+less|never\s+mind|nor\s+even|nor|not\s+even)\s+|(?:^|[,;:\u2013\u2014]|\s-)\s*not\s+)(?:(?:about|around|some|roughly|nearly|more than|over|as many as)\s+)*[$€£₩₽]?\s?$/i;
/** A denial before such a list: "no …", "not a single …", "none", "not … any". */
const DENIAL_BEFORE_LIST =
  /\b(?:no|none|not\s+a\s+single|not\s+one|zero|never|(?:is|are|was|were|has|have|had|do|does|did)\s*n[o']t)\b|\bnot\s+(?:[\w’'-]+\s+){0,3}?\d/i;

/**
 * Whether a figure is one a denial lists to reject it.
 *
 * @param before The sentence up to the figure.
 * @returns True when the words right before it list it ("…, not 11,000") after a denial.
 */
function deniedInList(before: string): boolean {
  const listed = DENIAL_LIST_BEFORE.exec(before);
  return listed !== null && DENIAL_BEFORE_LIST.test(before.slice(0, listed.index));
}

/**
 * How a figure's own words set it aside: for the one before it or in a denial's list ("…, not 15,000", "not
 * 11,000, not 1,000, not one"), or as what the count is not ("the number is not 12,000"; not a bound, "is not
 * more than 600").
 *
 * @param text The sentence.
 * @param q The figure.
 * @returns "instead", "is-not", or null when they do not.
 */
function setAsideByNot(text: string, q: Figure): "instead" | "is-not" | null {
  const before = text.slice(0, q.start);
  if (NOT_INSTEAD_BEFORE.test(before) || deniedInList(before)) return "instead";
  // ("paid about $1,500 a month, less than the $2,000 that has been widely reported": the reports' figure, set
  // against the speaker's own; not "$200, less than the $2,000 promised", a figure no one is said to report.)
  if (
    THAN_THE_BEFORE.test(before) &&
    (/\b(?:widely|often|commonly|much|frequently)[\s-](?:reported|cited|quoted)\s+[$€£₩₽]?\s?$/i.test(before) ||
      REPORTED_AFTER.test(text.slice(q.end)))
  )
    return "instead";
  if (
    IS_NOT_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) &&
    !BOUND_WORDS.test(q.text) &&
    // ("The problem is not the 11,000 … but the 20,000 …": what matters, not what the count is.)
    !(
      CONCERN_IS_NOT_BEFORE.test(before) &&
      // ("The threat is not 11,000 troops, as Seoul says, but 15,000": a figure named as another's is rejected,
      // unless what follows "but" adds to it: "…, but the 20,000 more that Pyongyang may send".)
      ((!AS_CLAIMED_AFTER.test(text.slice(q.end)) && !OWNER_NAMED_AFTER.test(text.slice(q.end))) ||
        /\bbut\s+(?:the\s+)?(?:(?:about|around|some|roughly|another)\s+)*[$€£₩₽]?\d[\d,.]*\s+(?:more|additional|further|extra)\b(?!\s+than\b)/i.test(
          text.slice(q.end),
        ))
    )
  )
    return "is-not";
  return null;
}
/**
 * "the number … is not 12,000, as Kyiv claims, but about 8,000", "It is not $2,000 a month but $800": the
 * figure right after "is not" is rejected ("is not more than 600" is a ceiling and says nothing of the kind).
 */
/** "The problem is not the", "the real worry isn't": what matters is said not to be the figure, not the count. */
const CONCERN_IS_NOT_BEFORE =
  /\b(?:problem|issue|question|concern|worry|point|danger|threat|risk|story|focus|priority|trouble|challenge|headline)\s+(?:here\s+|now\s+)?(?:(?:is|was|are|were)\s+not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:the\s+)?[$€£₩₽]?\s?$/i;
/**
 * "North Korea has not sent 20,000 soldiers", "Pyongyang never deployed 30,000", "soldiers have not received
 * $2,000": a verb of sending, losing or paying that the sentence negates, right before its figure.
 */
const NEGATED_ACT_BEFORE = new RegExp(
  String.raw`${NEGATED_AUXILIARY}\s+(?:sent|send|deployed|deploy|dispatched|dispatch|lost|lose|suffered|suffer|paid|pay|received|receive|earned|earn|got|get)\s+(?:anything\s+)?(?:(?:anything\s+(?:like|close\s+to|near)|as\s+many\s+as|as\s+much\s+as|about|around|some|nearly|almost|roughly)\s+)*[$€£₩₽]?\s?$`,
  "i",
);
/**
 * After a figure a negated verb takes, the words that leave the count itself denied: its noun, where they
 * went, the speaker ("has not sent 20,000 soldiers to Russia, a spokesman said"); not what else the
 * negation may deny ("did not send 11,000 soldiers to die", "has not lost 500 men for nothing", "never sent
 * 20,000 at once", "did not pay $2,000 to the soldiers but to the regime", "300 of the 1,000 replacements",
 * "paid 2,000 soldiers their wages").
 */
const COUNT_DENIED_AFTER =
  /^\s*(?:a\s+(?:month|week|year|day)|per\s+(?:month|soldier)|monthly)?\s*(?:(?:more\s+|additional\s+|extra\s+)?(?:North\s+Korean\s+|of\s+(?:its|their)\s+)?(?:soldiers|troops|men|servicemen|personnel|fighters)\b)?\s*(?:(?:a\s+(?:month|week|year|day)|per\s+(?:month|soldier)|monthly)\s*)?(?:(?:to|into|in|at|on)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s*)+(?:front(?:\s+line)?|region|oblast|border)?|front(?:\s+line)?|war|battlefield)\s*)?(?:[,.;:!?"”]|$|\s+(?:but|and|as|so\s+far|yet)\b)/u;
/** A label's word that names no one: "Claimed:", "Reported:", "Verdict:". */
const LABEL_WORD =
  /^(?:Claimed|Claim|Claims|Reported|Estimated|Estimate|Alleged|Confirmed|Verdict|Rating|Fact|Figure|Total|Source|Sources|Official|Unconfirmed)$/;

/**
 * A count the verb after it denies: "40,000 North Korean soldiers have not died", "… were not killed", "…
 * haven't been sent".
 */
const DENIED_AFTER =
  /^\s*(?:(?:more\s+|North\s+Korean\s+)?(?:soldiers|troops|men|servicemen)\s+)?(?:(?:in|from)\s+\p{Lu}[\p{L}-]*\s+)?(?:(?:have|has|had)\s+not|haven['’]t|hasn['’]t|(?:were|was)\s+not|weren['’]t|wasn['’]t)\s+(?:(?:been|all)\s+)*(?:died|killed)\b(?![^.;]*\bbut\b)/iu;
/** After a figure nobody is said to believe, a judgement of it rather than the count: "… will be enough". */
const JUDGED_AFTER =
  /^[^,.;]*\b(?:enough|sufficient|too\s+(?:few|many|much|little)|will|would|could|can|should|must|need)\b/i;
/** "Nobody believes that 50,000 …", "No one seriously thinks 40,000 …": a figure the speaker says nobody holds. */
const NOBODY_BELIEVES_BEFORE =
  /\b(?:nobody|no\s+one|no-one|hardly\s+anyone)\s+(?:(?:seriously|really|now|still)\s+)?(?:believes?|thinks?|accepts?)\s+(?:that\s+)?(?:(?:about|around|some|as\s+many\s+as)\s+)*[$€£₩₽]?$/i;
// ("Ukraine's figure, she said, was “not 4,700 but closer to 2,000”": a quotation may open before "not".)
const IS_NOT_BEFORE =
  /\b(?:(?:is|was|are|were|be|been)\s+[“"‘]?not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:the\s+)?[$€£₩₽]?\s?$/i;
/** A figure that opens with a bound ("wasn't over 1,700", "isn't more than 600"): a ceiling or floor, not a figure denied. */
const BOUND_WORDS = new RegExp(String.raw`^(?:${COMPARISON_WORDS})\b`, "i");
/**
 * "An earlier version of this article said 1,300 …", "An earlier version of the 11:15 entry put …", "An
 * earlier version also said …", "This article wrongly said …", "In an earlier entry we reported that …", "It
 * also misstated the number of wounded as 3,500", "Earlier, we reported …", "We earlier reported that …",
 * "Correction: last week's issue said …", "Correction: Tuesday's edition said …", "in the 09:20 entry we said
 * …", "our earlier post gave …", "12:50 GMT – Correction: An earlier entry at 10:15 said …": a figure withdrawn.
 */
const CORRECTED_BEFORE =
  /^\s*(?:\d{1,2}[:.]\d{2}(?:\s+\p{Lu}{2,4})?\s*[–—-]\s*)?(?:Correction|Clarification)s?\b[^:]{0,40}:\s*(?:[\w’'-]+\s+){0,3}?(?:issue|edition|story|item|newsletter|article|report|piece|bulletin|post|entry|update|dispatch|broadcast|column)\s+(?:(?:at|of)\s+\d{1,2}[:.]\d{2}(?:\s+\p{Lu}{2,4})?\s+)?(?:also\s+|had\s+|previously\s+|originally\s+|wrongly\s+|incorrectly\s+|mistakenly\s+)*(?:said|stated|reported|gave|put|quoted|cited)\b[^.;]*$|\b(?:(?:earlier|previous|original)\s+version\s+(?:of\s+(?:(?:this|our)\s+[a-z-]+|(?:the|our)\s+(?:\d{1,2}[:.]\d{2}\s+)?(?:entry|post|update|headline|article|story|piece|caption|graphic|chart))|(?:also\s+|had\s+)*(?:said|stated|reported|gave|put|misstated|quoted|cited|attributed|referred\s+to))|(?:in\s+)?(?:an?\s+(?:earlier|previous)|the\s+\d{1,2}[:.]\d{2}(?:\s+\p{Lu}{2,4})?)\s+(?:entry|post|update|version)\s*,?\s+(?:we|this\s+(?:blog|page))\s+(?:had\s+)?(?:said|stated|reported|wrote|gave|put)|\bour\s+(?:earlier|previous|first)\s+(?:entry|post|update|story|report|article)\s+(?:had\s+)?(?:said|stated|reported|gave|put|wrote)|(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put|attributed|quoted|cited)|\b(?:it|this\s+(?:article|story|report|piece)|the\s+(?:article|story|report|piece)|we)\s+(?:also\s+|had\s+|previously\s+|originally\s+)*(?:misstated|misreported|misquoted|misgave)|\b(?:earlier|previously)\s*,?\s+we\s+(?:had\s+)?(?:reported|said|stated|wrote|gave|put)|\bwe\s+(?:had\s+)?(?:earlier|previously|originally)\s+(?:reported|said|stated|wrote|gave|put))\b[^.;]*$/iu;

/** "The number of troops was given as 20,000 in an earlier version.": a figure withdrawn, said after it. */
const CORRECTED_AFTER =
  /^[^.;]{0,40}?\bin\s+(?:an?|the)\s+(?:earlier|previous|original)\s+version\b(?:\s+of\s+(?:this|the|our)\s+(?:article|story|report|piece|post|entry|headline))?\s*(?:[.;,)]|$)/i;
/**
 * A note that the article was corrected ("This story has been corrected.", "This article was amended on 3
 * April 2025."): the sentence after it that says what "it originally said" withdraws that figure.
 */
export const CORRECTION_NOTICE =
  /^\s*(?:(?:this|the)\s+(?:article|story|report|piece|post|page)\s+(?:has\s+been|was|had\s+been)\s+(?:corrected|amended|updated|changed)\b|(?:Correction|Clarification)s?\b[^:]{0,40}:\s*(?:An?|The)\s+(?:earlier|previous|original)\s+version\b)/i;
/** "Second, we reported that …", "We also said …": what the article says it reported, up to the figure. */
const WE_REPORTED_BEFORE =
  /(?:^|[,;:]\s*)(?:(?:first|second|third|fourth|fifth|finally|also|and)\s*,?\s+)?we\s+(?:also\s+|had\s+|originally\s+|first\s+|wrongly\s+|incorrectly\s+)*(?:reported|said|stated|wrote|gave|put)\b[^.;]*$/i;
/** "It originally said 20,000 …", "It also gave the number … as 10,000" after a correction notice. */
const ORIGINALLY_BEFORE =
  /^\s*(?:it|the\s+(?:article|story|report|piece|headline))\s+(?:had\s+)?(?:originally|initially|previously|first|also)\s+(?:said|stated|reported|gave|put|referred\s+to)\b[^.;]*$/i;

/**
 * Whether the article withdraws the figure as one of its own errors: "An earlier version of this article
 * said 1,350 …", "… was given as 20,000 in an earlier version", "It originally said …" after a
 * correction notice.
 *
 * @param x What the credit is read from.
 * @returns True for a withdrawn figure.
 */
function withdrawnByArticle(x: CreditInput): boolean {
  const { sentence: s, figure: q } = x;
  return (
    CORRECTED_BEFORE.test(s.text.slice(0, q.start)) ||
    CORRECTED_AFTER.test(s.text.slice(q.end)) ||
    (x.afterCorrectionNotice === true && ORIGINALLY_BEFORE.test(s.text.slice(0, q.start))) ||
    // ("This article has been corrected …" / "Second, we reported that the soldiers were paid $2,000 a week; the rate
    // the NIS cites is $2,000 a month": what the article says it reported, in an article it says it corrected.)
    (x.inCorrectedArticle === true && WE_REPORTED_BEFORE.test(s.text.slice(0, q.start)))
  );
}

/**
 * "The Seoul Post misstated the toll as 3,700", "the ministry said Yonhap had wrongly reported 3,700": a
 * figure someone named got wrong, in the words of another. The name is the one before the verb, in its
 * clause; the article itself ("it", "this article", "an earlier version") withdraws a figure instead
 * ({@link CORRECTED_BEFORE}).
 */
const MISREPORTED_BY_BEFORE =
  /(?:^|[,;:]\s*|\b(?:said|says|stated|added|noted|that|and|but|while|whereas)\s+)((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}?\p{Lu}[\p{L}'’.-]*)\s+(?:(?:had|has|also|previously|originally|repeatedly)\s+)*(?:(?:incorrectly|wrongly|mistakenly|erroneously|falsely)\s+(?:said|stated|reported|gave|put|claimed|wrote|quoted|cited)|misstated|misreported|misquoted|overstated|understated)\b[^.;]*$/u;
/** Words for the article itself, which withdraws rather than reports another's error. */
const ARTICLE_ITSELF =
  /^(?:it|we|they|he|she|this|(?:the|this|our)\s+(?:article|story|report|piece|page|blog|post|paper))$|\bversion\b/i;

/** The figure a correction gives in place of one withdrawn: "The correct figure is ", "The right number was about ". */
const CORRECT_FIGURE_BEFORE =
  /^\W*(?:(?:but|and)\s+)?the\s+(?:correct|right|actual|accurate|true)\s+(?:figure|number|count|estimate|total|toll)\s+(?:is|was)\s+(?:(?:about|around|some|roughly|nearly|approximately)\s+)*$/i;

/** Lawmakers the article does not name, as a group: "lawmakers", "South Korean legislators", "MPs". */
const LAWMAKERS_GROUP = /^(?:[\p{L}' ’-]+\s+)?(?:lawmakers|legislators|MPs|parliamentarians|members of parliament)$/iu;

/** The verbs of FIGURE_CITED_BY, to skip it where none stands. */
const CITING_VERB =
  /\b(?:cited|cites|given|gave|gives|reported|reports|used|put forward|quoted|mentioned|announced|published|estimated|counted|claimed|claims)\b/i;

/** "the so-called “10,000 troops”", "so-called casualty figures of": a figure the speaker doubts. */
const SO_CALLED_BEFORE = /\bso-called\s+(?:[^.;:,]{0,40}?\s)?[“"]?[^“”".;]{0,40}$/i;

/** "the figure of $2,000 a month bears no relation to what soldiers receive": a figure denied outright. */
const NO_RELATION_AFTER =
  /^(?:\s+[\w-]+){0,4}?\s+(?:(?:bears?|bore)\s+no\s+relation|(?:has|had)\s+nothing\s+to\s+do)\s+(?:to|with)\b/i;

/** A contrast between two clauses that give their own sources: ", while", ", whereas", ", but", ";". */
const CONTRAST = /,\s*(?:while|whereas|but)\b|;/i;
/** A contrast that sets one source's figure against another's: ", while", ", whereas", ", but" (not a bare ";"). */
const AGAINST = /,\s*(?:while|whereas|but)\b/i;
/** Words that name the agency or its briefing as where the figure comes from. */
const AGENCY_NAMED_AFTER =
  /(?<!\bnot\s+(?:at|in|given|part\s+of)\s+(?:the\s+|a\s+)?)\b(?:briefing|briefed)\b|\bwho\s+(?:had\s+)?attended\s+(?:it|them|(?:the|a|an|both|its|their|his|her|[\p{L}-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:briefings?|sessions?)|(?:the|a|an|both|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:intelligence|committee['’]?s?|closed|closed-door)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:meetings?|hearings?)(?!\s+with\b)|the\s+(?:meeting|hearing)(?!\s+with\b))\b|(?<!\b(?:than|what|twice|double|half|unlike)\s+)\bthe\s+(?:agency|NIS|spy\s+agency|intelligence\s+service)\s+(?:(?:had|has|have)\s+)?(?:believes?|believed|estimates?|estimated|says?|said|counts?|counted|puts?|put|told)\b|\b(?:according\s+to|citing)\s+the\s+(?:agency|NIS|spy\s+agency|intelligence\s+service|briefing)\b/iu;

/** Hedges between an estimate's words and its figure ("put at about", "estimate of roughly"). */
const HEDGES_BEFORE = String.raw`(?:(?:about|around|some|roughly|nearly|more than|at least|up to|approximately)\s+)*[“"]?`;

/** A possessive right before a figure, with an estimate's noun between or none. */
// ("Ukraine's figure for the wounded, about 3,000, …": the figure set off after its noun; "the HUR's
// count is higher, at roughly 1,100": a figure compared with the one before it; "Kyiv's figure in May was
// higher, at 1,100": the time of the figure between; "the HUR's count of North Korean dead had risen to
// 1,500": a count that has changed.)
const POSSESSIVE_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(;])((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}.-]*|[Tt]he\s+(?:agency|ministry|service|government|military|embassy|spy\s+agency|intelligence\s+service))['’]s\s+((?:(?:own|latest|new|earlier|current|official|higher|lower|highest|lowest|initial|revised|most recent|first|original|previous|final|public|internal|private|classified|confidential|secret|central|best|working|casualty|death|troop|deployment|loss|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\s+)*(?:estimates?|figures?|counts?|tally|tallies|numbers?|assessments?|calculations?|claims?)(?:(?:,\s*[^,;]{1,60},)?(?:\s+(?:for|of|on)\s+[^,;\d]{1,60}?)?${FIGURE_TIME}?\s+(?:of|is|was|at|puts?\s+\S+\s+at|stands?\s+at|(?:(?:had|has|have)\s+)?(?:rose|risen|climbed|grew|grown|increased|jumped|swelled|reached|fell|fallen|dropped|stood\s+at)(?:\s+to)?|(?:is|was)\s+(?:(?:slightly|far|much|a\s+little|somewhat|considerably|significantly|substantially|even)\s+)?(?:higher|lower|larger|smaller|bigger)(?:\s+still)?,?\s+at)\s+|(?:\s+(?:for|of|on)\s+[^,;\d]{1,40})?,\s+))?(?:(?:about|around|some|roughly|nearly|more than|at least|up to|approximately|an estimated)\s+)*$`,
  "u",
);
/**
 * "the $2,000 figure that South Korean officials have cited", "the $2,000 a month that South Korean
 * intelligence has cited", "the 1,500 troops the agency reported in October", "$2,000 a month, which the
 * NIS gave lawmakers", "…, a figure the NIS gave lawmakers", "the figure of 600 that South Korea's spy agency gave
 * lawmakers": who gives a figure, in its own relative clause.
 */
const FIGURE_CITED_BY =
  /^(?:\s+(?:(?:that|which)\s+)?((?:the\s+)?(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?-i:\p{Lu})[\p{L}’'.-]*){0,2}['’]s\s+(?:(?-i:[a-z])+\s+){0,2}(?-i:agency|service|ministry|government|military|army|command|intelligence)|(?:the\s+)?(?-i:\p{Lu})[\p{L}’'.-]*(?:\s+(?-i:\p{Lu})[\p{L}’'.-]*){0,4})\s+(?:have\s+|has\s+|had\s+|first\s+)?(?=(?:gave|given|reported|estimated|counted|cited|published|claimed|put forward)\b)|\s+(?:(?:figure|estimate|number|count|toll|tally|amount|sum)\s+(?:that|which)\s+([^,;:.]{2,60}?)\s+(?:have\s+|has\s+|had\s+)?|(?:that|which)\s+([^,;:.]{2,60}?)\s+(?:have|has|had)\s+|(?:[\w-]+\s+){0,2}?(?:troops|soldiers|men|casualties|dead|deaths)\s+(?:that\s+|which\s+)?((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}?)\s+(?:have\s+|has\s+|had\s+)?)|(?:\s+(?:North\s+Korean\s+)?(?:troops|soldiers|men|casualties|dead|deaths|killed|wounded))?,\s+(?:which|(?:a|the)\s+(?:figure|estimate|number|count|toll|tally|amount|sum)(?:\s+that|\s+which)?)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,6}?)\s+(?:have\s+|has\s+|had\s+|first\s+)?)(?:cited|cites|given|gave|gives|reported|reports|used|put forward|quoted|mentioned|announced|published|estimated|counted|claimed|claims)\b/iu;
/**
 * "claims by X that", "a statement from X that", "notes reporting by X that", "pointed to an estimate by
 * X that", "estimates by South Korea's spy agency that": the claim's owner, right before the figure's clause.
 */
const STATED_BY_BEFORE =
  /\b(?:claims?|statements?|assessments?|assertions?|allegations?|reports?|reporting|estimates?|findings?|calculations?)\s+(?:by|from)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?:[a-z]+\s+){0,2}(?:agency|service|ministry|government|military|army|command|intelligence)|(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*|of|the|for)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|the|for)){0,6}(?:\s+(?:media|press|officials|intelligence|government|military|authorities|lawmakers|sources|outlets))?)\s+that\b[^.;]*$/u;

/**
 * "a Reuters estimate that …", "the Pentagon assessment that …": a claim whose owner's name stands before its noun
 * (not "The Harlan Post report that …", a report, whose outlet passes on a source it does not name).
 */
const NAMED_CLAIM_THAT_BEFORE =
  /\b(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?<![’']s))\s+(?:estimates?|assessments?|figures?|counts?|calculations?|analys[ie]s|stud(?:y|ies)|claims?)\s+that\b[^.;]*$/u;
/** Whose a figure is, named right after it: "that Budanov cited", "as Budanov had estimated", ", Budanov's figure". */
const OWNER_NAMED_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:,\s*)?(?:(?:that|which|as)\s+(?:the\s+)?\p{Lu}[^.;]{0,40}?\b(?:cited|cites|said|says|gave|given|estimated|estimates|claimed|claims|reported|reports|put|counted)\b|(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s+(?:own\s+)?(?:figure|estimate|count|number|claim|tally))/u;
/**
 * What follows a closing ", X said" that passes a figure on, up to its first comma: anything but words of X's own,
 * a "that" clause, a number or a clause with its own verb ("…, lawmaker Bae says 1,100", "… said the real number was
 * likely double"); "told Yonhap.", "said Thursday, without elaborating." pass it on.
 */
const CLOSING_SAID_AFTER =
  /^(?![^,.;]*?(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|in)\.?\s)\b\d)(?!\s+that\b)(?![^,.;]*?\b(?:the|a|an|it|this|that|he|she|they|there)\s+(?:[\w’'-]+\s+){0,4}?(?:was|is|were|are|had|has|would|could|might|may|will)\b)/i;

/**
 * Whether a person speaks for a body: a description names it ("NIS spokesman", "Pentagon spokesman", "the
 * agency's director", "NIS Director").
 *
 * @param person The person.
 * @param body The body.
 * @returns True when one of the person's descriptions names the body.
 */
function speaksFor(person: Entity, body: Entity): boolean {
  return namesBody([...person.roles], body);
}

/**
 * Whether any of some words name a body, by one of its names or as "the agency's", "its".
 *
 * @param texts The words.
 * @param body The body.
 * @returns True when one of them names it.
 */
function namesBody(texts: readonly string[], body: Entity): boolean {
  const names = [body.name, ...body.variants]
    .map((n) => n.replace(/^the\s+/i, "").toLowerCase())
    .filter((n) => n !== "");
  const whole = (text: string, n: string): boolean => {
    const at = text.indexOf(n);
    return at >= 0 && !/[\p{L}\d]/u.test(text[at - 1] ?? "") && !/[\p{L}\d]/u.test(text[at + n.length] ?? "");
  };
  return texts.some((t) => {
    const text = t.toLowerCase();
    return (
      names.some((n) => whole(text, n)) ||
      /\b(?:(?:agency|ministry|service|command|directorate|office|institute|bureau)['’]s|its)\s+(?:own\s+)?(?:deputy\s+|chief\s+|senior\s+)?(?:spokes(?:man|woman|person)|director|chief|head|deputy|official|officer|press\s+secretary)\b/.test(
        text,
      )
    );
  });
}

/**
 * "did not know that …": what the speaker did not know, right before a figure ("… but believed about 1,000", "… and
 * estimated that about 500" are theirs).
 */
const DID_NOT_KNOW_BEFORE =
  /\b(?:(?:did|does|do)\s+not|didn['’]t|doesn['’]t|never)\s+(?:know|knew|hear|heard)\s+(?:(?:that|of)\s+)?(?:(?!\bbut\b|\band\s+(?:(?:he|she|they|it|we|I)\s+)?(?:estimated|estimates|said|says|believed|believes|put|puts|thought|thinks|added|adds|reckoned|reckons|guessed|counted|counts|told|tells)\b)[^.;,])*$/i;
/** "was said to pay", "is rumoured to have sent": hearsay right before a figure. */
const SAID_TO_BEFORE = /\b(?:is|was|are|were)\s+(?:widely\s+)?(?:said|rumou?red|reported)\s+to\s+(?:[\w-]+\s+){0,3}$/i;

/** "According to Hanseong, citing": an outlet's marker and the citing that goes with it. */
const ACCORDING_THEN_CITING = /^according\s+to\s+[^,;.]{1,60},\s*(?:citing|quoting)$/i;

/** "… by the Dnipro Herald that cited two officials, …": whom the report cites, after its author's name. */
const REPORT_CITED =
  /\bthat\s+(?:cited|quoted|was\s+based\s+on|drew\s+on|relied\s+on)\s+((?:the\s+|an?\s+|two\s+|three\s+|several\s+|unnamed\s+)*[^,;.]{2,60}?)\s*(?:,|$)/i;

/** "Seoul puts the force at 11,000, Kyiv at 12,000 and Washington at 10,000": a name whose verb is the first one's. */
const GAPPED_OWNER_BEFORE =
  /(?:,|;|\band|\bwhile|\bwhereas)\s+((?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+))\s+at\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|approximately|an estimated)\s+)*$/u;
/**
 * A body's name gapped before its figure with no verb at all, after an earlier figure a verb gave: ", the
 * HUR 1,500 and the Pentagon about 1,000", "while the Pentagon about 1,000".
 */
const GAPPED_BARE_OWNER_BEFORE =
  /(?:,|;|\band|\bwhile|\bwhereas)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|approximately|an estimated|only|just|as many as)\s+)*$/u;
/** A closing ", X said" that names who says the whole sentence. */
const SAYER_AT_END =
  /,\s+(?:the\s+|a\s+|an\s+)?[^,;.]{1,60}?\s(?:said|says|reported|reports|told|added|claimed|estimated)\b[^,;]*[.!]?\s*$/i;
/** A verb that gives a figure, which names after it may share: "says 600", "estimated 600 dead", "counts 600". */
const SHARED_GIVING_VERB =
  /\b(?:says|said|estimates?|estimated|counts?|counted|puts?|put|reports?|reported|believes?|believed|claims?|claimed)\b/i;
/** The verb the names share: "puts … at", "estimates … at", "placed … at". */
const SHARED_AT_VERB = /\b(?:puts?|putting|places?|placed|placing|estimates?|estimated|estimating)\b[^.;]*?\bat\s/i;

/** Verbs of expecting or believing: what the subject foresees, not a figure it gives out. */
const EXPECTING_VERB =
  /^(?:expects|expected|predicts|predicted|believes|believed|thinks|thought|forecasts|fears|feared)$/i;
/** The parties that send and receive the soldiers, whose expectations others report. */
const PARTY_EXPECTING = /^(?:the\s+)?(?:Russia|Moscow|the\s+Kremlin|Kremlin|North\s+Korea|Pyongyang)$/;
/** A speech verb that ends the sentence: "…, a source familiar with the matter said." */
const TRAILING_SAID = /^(?:said|says|told\s+\S+(?:\s+\S+)?)(?:\s+on\s+\w+|\s+(?:last|this)\s+\w+)?\s*[.!]?\s*$/i;
/** Capitals that stand for their governments. */
const CAPITAL = /^(?:Kyiv|Kiev|Seoul|Washington|Tokyo|London|Beijing|Paris|Berlin|Brussels|Warsaw)$/;
/** Whose possessive is never a figure's source: the countries at war, whose soldiers and losses these are. */
const NOT_AN_OWNER =
  /^(?:the\s+)?(?:north\s+korea|dprk|pyongyang|kim(?:\s+jong[\s-]un)?|russia|moscow|ukraine|the\s+north|north)$/i;

/**
 * Whose figure a possessive before it says it is: an estimate's noun may stand between ("Budanov's
 * estimate of 4,000"); without one, only a capital or a body is read as the source ("Kyiv's 12,000",
 * "the Pentagon's 11,500"), never a country ("Ukraine's 46,000 dead" are Ukraine's own).
 *
 * @param before The sentence before the figure.
 * @returns The owner's phrase, or null.
 */
function possessiveOwner(before: string): NounPhrase | null {
  const m = POSSESSIVE_BEFORE.exec(before);
  const name = m?.[1]?.trim();
  // "Ukraine's claim of 4,700" is Ukraine's; "Ukraine's 1,000" counts Ukraine's own.
  if (!m || !name || (NOT_AN_OWNER.test(name) && !m[2])) return null;
  // ("The NIS's casualty estimate" is the NIS's; "North Korea's troop count", "The Storm Corps's casualty count" count
  // whose troops or losses they are: only an intelligence or government body owns such a count.)
  if (
    /^(?:[a-z]+\s+)*(?:casualty|death|troop|deployment|loss)\s/i.test(m[2] ?? "") &&
    !/^(?:[Tt]he\s+)?(?:\p{Lu}{2,6}|[\p{L}\s.’'-]*\b(?:Intelligence|Service|Ministry|Agency|Pentagon|Staff|Directorate|Department|Institute|Office|Command)\b[\p{L}\s.’'-]*)$/u.test(
      name,
    )
  )
    return null;
  // ("higher than the Pentagon's estimate, perhaps 6,000": a figure after an estimate it is set against
  // is the speaker's own.)
  if (
    /,\s*$/.test(m[2] ?? "") &&
    /\b(?:than|below|above|under|over|with|against|from|to)\s+$/i.test(before.slice(0, m.index + 1))
  )
    return null;
  // A capital stands for its government ("Kyiv's 12,000"); the grammar reads other names.
  // A country's claim is its government's, as a capital's figure is.
  const np = CAPITAL.test(name) || (m[2] && NOT_AN_OWNER.test(name)) ? groupPhrase(name) : parseSubject(name, 0);
  if (!np || np.form === "pronoun") return null;
  if (m[2] || np.form === "group") return np;
  const type = guessType(np.name);
  return type === "organization" || type === "outlet" ? np : null;
}

/** The adjectives of {@link COUNTRY_OF_ADJECTIVE} as a pattern ("south\\s+korean|ukrainian|…"). */
const COUNTRY_ADJECTIVES = Object.keys(COUNTRY_OF_ADJECTIVE)
  .map((k) => k.replace(/\./g, "\\.").replace(/ /g, "\\s+"))
  .join("|");
/** A country's official figure by its adjective: "the official South Korean figure is still ". */
const OFFICIAL_FIGURE_BEFORE = new RegExp(
  String.raw`\b(?:the\s+)?official\s+(${COUNTRY_ADJECTIVES})\s+(?:government\s+)?(?:figure|estimate|count|number|tally)\s+(?:is|was|remains|stands\s+at|of)\s+(?:(?:still|now|only)\s+)?${HEDGES_BEFORE}$`,
  "i",
);

/**
 * The country whose official figure it is ("…, though the official South Korean figure is still 11,000"):
 * that country's, whoever says that it is.
 *
 * @param before The sentence before the figure.
 * @returns The country, or null.
 */
function officialOwner(before: string): NounPhrase | null {
  const m = OFFICIAL_FIGURE_BEFORE.exec(before);
  const country = m?.[1] ? COUNTRY_OF_ADJECTIVE[m[1].toLowerCase().replace(/\s+/g, " ")] : undefined;
  return country ? groupPhrase(country) : null;
}

/**
 * "Her estimate of 3,000", "its count of 1,200", "Its latest estimate, given to lawmakers last week, was 300
 * dead and 2,700 wounded", "Her own tally is of no fewer than 1,900", "His estimate is that 12,000", "Their
 * figure: 6,000": a possessive pronoun before an estimate's noun.
 */
const PRONOUN_ESTIMATE_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(;])(his|her|its|their)\s+(?:(?:own|latest|new|earlier|current|revised|initial|most recent|first|original|previous|final|official|central|best|working|rough|conservative|preferred|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\s+)*(?:estimates?|figures?|counts?|tally|tallies|numbers?|assessments?|calculations?)(?:,\s+[^,;.]{1,60},|${FIGURE_TIME})?(?:\s+(?:of|(?:is|was)(?:\s+(?:of|that))?|at|stands?\s+at)\s+|\s*:\s+)(?:${HEDGES_BEFORE}\d[\d,.]*\s+(?:[a-z]+\s+){0,2}(?:and\s+|,\s*))?${HEDGES_BEFORE}$`,
  "i",
);
const PRONOUN_OF = { his: "he", her: "she", its: "it", their: "they" } as const;

/**
 * Whose figure a possessive pronoun before its estimate's noun says it is ("Her estimate of 3,000").
 *
 * @param before The sentence before the figure.
 * @returns The pronoun as a subject phrase, or null.
 */
function pronounOwner(before: string): NounPhrase | null {
  const m = PRONOUN_ESTIMATE_BEFORE.exec(before);
  const word = m?.[1]?.toLowerCase() as keyof typeof PRONOUN_OF | undefined;
  if (!m || !word) return null;
  const name = PRONOUN_OF[word];
  return { text: m[1] ?? word, start: 0, name, form: "pronoun", role: null };
}

/** "according to the same Reuters report", "the same report said": a report the article has cited before. */
const SAME_REPORT = /\bthe\s+same\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}(?:report|article|story|dispatch)\b/u;

/** A claim or estimate a speaker cites in support: "citing Ukrainian claims that …", "pointing to the NIS's estimate of". */
const CITING_CLAIM_BEFORE =
  /\b(?:citing|quoting|pointing\s+to|referring\s+to)\s+(?:the\s+|an?\s+)?(?:[\w.’'-]+\s+){0,4}?(?:claims?|estimates?|figures?|reports?|assessments?|counts?)\s+(?:that|of)\b[^.;]*$/i;

/**
 * "the Ukrainian figure of 6,000", "the US estimate was about 1,000", "a South Korean estimate that about
 * 11,000 soldiers had been sent", "a Ukrainian claim that 5,000 …": a country's own estimate or claim.
 */
const ADJECTIVE_ESTIMATE_BEFORE = new RegExp(
  String.raw`\b(?:(?:the|an?)\s+)?(US|U\.S\.|American|Ukrainian|South Korean|Japanese|British|Russian|German|French|Polish|Lithuanian)\s+(?:(official|government|military\s+intelligence|military|intelligence|latest|own)\s+)?(?:figure|estimate|count|tally|number|assessment|claims?|allegations?|assertions?)\s+(?:was|is|of|at|stands\s+at|stood\s+at|puts?\s+[^.;]{1,60}?\s+at|that(?:\s+[^.;]{1,60}?)?)\s+${HEDGES_BEFORE}$`,
  "i",
);
/** "The agency's figure was 3,000", "the agency's previous estimate of 11,000": a described body's own estimate. */
const DESCRIBED_ESTIMATE_BEFORE = new RegExp(
  String.raw`\b(the\s+(?:[A-Za-z]+\s+){0,3}?(?:agency|ministry|service|office|command|directorate|department|institute|government|military|army)|South\s+Korea|Ukraine|Seoul|Kyiv|Washington|the\s+United\s+States)['’]s\s+(?:(?:own|latest|new|official|earlier|previous|initial|current|revised|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\s+)*(?:figure|estimate|count|tally|number|assessment)s?\s+(?:was|is|of|at|stands\s+at|stood\s+at|that\s+[^.;]{1,60}?|(?:of\s+[^;:.,]{1,30}?\s+)?(?:was|has been|is)\s+(?:revised|raised|lowered|updated|put)\s+(?:up\s+|down\s+)?(?:to|at))\s+(?:[^;:.]{0,40}?(?:,|\band)\s+)?${HEDGES_BEFORE}$`,
  "i",
);
/** "The NIS figure of 11,000", "the Pentagon estimate was 12,000": a body's name used before an estimate's noun. */
const ATTRIBUTIVE_ESTIMATE_BEFORE = new RegExp(
  String.raw`(?:^|[\s,(;])[Tt]he\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+(?:(?:own|latest|new|official|earlier|initial|revised)\s+)?(?:figure|estimate|count|tally|number|assessment)\s+(?:was|is|of|at|stands\s+at|stood\s+at)\s+${HEDGES_BEFORE}$`,
  "u",
);
/** "…; South Korea's NIS: 300 killed and 2,700 wounded": a source named as the label of the figures after it. */
/** A list item that opens with a name and a colon before its figure: "- NIS: 11,000", "Pentagon: about 11,500". */
const ITEM_OWNER_BEFORE = new RegExp(
  String.raw`^[\s\-–—•*·]*((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s*:\s+(?:(?:(?!\b(?:says?|said|told|tells|estimates?|estimated|reports?|reported|claims?|claimed|believes?)\b)[^:]){0,60}?(?:[,;]|\band)\s+)?${HEDGES_BEFORE}$`,
  "u",
);
/** A country's office, in a label or alone: "Ukraine's spy chief", "South Korea's spy agency", "Kyiv's military intelligence". */
const COUNTRY_OFFICE_WORDS = String.raw`(?:Ukraine|South\s+Korea|S\.\s?Korea|Kyiv|Seoul|US|U\.S\.|Washington)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+`;
/**
 * A headline that opens with a name and a colon, then its words up to the figure, none of them a verb of
 * saying: "NIS: North Korean troops number ".
 */
const HEADLINE_OWNER_BEFORE = new RegExp(
  String.raw`^\s*(?:[-–—•*·]\s*)?((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*|${COUNTRY_OFFICE_WORDS})\s*:\s+(?:(?!\b(?:says?|said|told|tells|estimates?|estimated|reports?|reported|claims?|claimed|believes?|according)\b)[^:;.!?“”"])*$`,
  "u",
);

/**
 * The source a label names ("NIS" in "NIS: …", "- HUR: 1,200 killed"): a capital's or a body's name, never
 * a pronoun or a description; a headline's country too when `country` is set ("Ukraine: 12,000 …", where a list's
 * "- Ukraine: 550 killed" says whose dead they are).
 *
 * @param label The label's words.
 * @param country Whether a country that assesses may be the label.
 * @returns The source's phrase, or null.
 */
function labelOwner(label: string, country = false): NounPhrase | null {
  const np =
    CAPITAL.test(label) || (country && SOURCE_COUNTRY.test(label)) ? groupPhrase(label) : parseSubject(label, 0);
  // ("Ukraine's spy chief: …": an office of a country the label names is whoever holds it, when the text or the
  // alias file knows; any other description names no one.)
  const office = np?.form === "description" && COUNTRY_OFFICE.test(label);
  return np && np.form !== "pronoun" && (np.form !== "description" || office) ? np : null;
}
/** Countries that label their own assessments ("Ukraine: 12,000 North Koreans in Kursk"), not the parties sending. */
const SOURCE_COUNTRY =
  /^(?:Ukraine|South\s+Korea|S\.\s?Korea|US|U\.S\.|USA|United\s+States|Japan|UK|Britain|Germany|France|Poland|Canada|Australia|New\s+Zealand|NZ)$/;
/** A country's office: "Ukraine's spy chief", "South Korea's spy agency", "Kyiv's military intelligence". */
const COUNTRY_OFFICE = new RegExp(String.raw`^${COUNTRY_OFFICE_WORDS}$`, "u");

/**
 * The body a headline opens with ("NIS: North Korean troops in Russia number 11,000", "Pentagon: …"):
 * a line without a closing stop, whose label is an organisation's or an outlet's name ("Kursk: …",
 * "Analysis: …" and a transcript's "HOLM:" name none).
 *
 * @param line The line.
 * @param q The figure.
 * @param known Whether the text so far or the alias file knows a name as a person's.
 * @returns The body's phrase, or null.
 */
function headlineOwner(line: string, q: Figure, known: (name: string) => boolean): NounPhrase | null {
  // ("UN: North Korea sent 11,000 troops, Ukraine's envoy says": the headline names its source after.)
  if (
    /[.!?…”"’)]\s*$/.test(line) ||
    /(?:,|—|–)\s*(?!(?:as|while|after|when|since|amid|because|and|but)\b)[^,]{0,60}?\b(?:says?|said|reports?|reported|claims?|tells?|told)\b|\baccording\s+to\b/i.test(
      line.slice(q.end),
    )
  )
    return null;
  const label = HEADLINE_OWNER_BEFORE.exec(line.slice(0, q.start))?.[1];
  if (!label || /^\p{Lu}{4,}$/u.test(label)) return null;
  const type = guessType(label.replace(/^the\s+/i, ""));
  // ("- Zelensky: North Korean losses in Kursk top 3,000" among a live blog's key events: a headline as a list item,
  // whose label may be a person's name.)
  // ("- Casualties: …": a heading's words name no one; "- Sudzha: …" or "- Kursk Oblast: …", a place, neither: the
  // label must be a person the text has named already or the alias file knows.)
  const item =
    /^\s*[-–—•*·]/.test(line) &&
    type === "person" &&
    /\p{Ll}/u.test(label) &&
    known(label) &&
    !label
      .toLowerCase()
      .split(/\s+/)
      .every((w) => HEADING_WORDS.has(w));
  if (type !== "organization" && type !== "outlet" && !item && !COUNTRY_OFFICE.test(label)) return null;
  // ("Australia: Sydney rally against North Korea's 12,000 troops": a section's country, not who counted.)
  const between = line.slice(line.indexOf(":") + 1, q.start);
  // ("- Ukraine: 550 soldiers killed" in a list by army: whose dead they are.)
  const country =
    !/^\s*[-–—•*·]/.test(line) &&
    !/\b(?:against|rally|rallies|protests?|over|about|amid|as|after|for|on|with)\b/i.test(between);
  return labelOwner(label, country);
}
const LABEL_OWNER_BEFORE = new RegExp(
  String.raw`(?:;\s*|—\s*)((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s*:\s+(?:[^;:]{0,40}?(?:,|\band)\s+)?${HEDGES_BEFORE}$`,
  "u",
);
/** Words of a list's headings, which name no source: "Casualties:", "Key figures:", "What we know:". */
const HEADING_WORDS = new Set(
  (
    "casualties troops soldiers pay wages salary losses killed wounded dead deaths deployment deployed background " +
    "context outlook analysis estimate estimates update updates figures numbers key summary note notes source sources " +
    "timeline what why how who when where we know myth fact facts claim claims verdict rating total totals the a of " +
    "and in at latest current new north korean korea russia ukraine share regime money cost costs bottom line " +
    "reinforcements replacements prisoners captured missing injured strength size count counts"
  ).split(" "),
);
/** A later figure after a semicolon, after a label that follows one: "…; HUR: 1,500 killed; 4,000 wounded". */
const LABEL_OWNER_AFTER_SEMICOLON = new RegExp(
  String.raw`;\s*((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s*:\s+(?:[^:;]{1,40}?;\s+){1,3}${HEDGES_BEFORE}$`,
  "u",
);

/** "the figure given by X is ", "the estimate published by X stands at ": the giver, then the figure. */
const FIGURE_GIVEN_BY_BEFORE = new RegExp(
  String.raw`\b(?:the|a|an)\s+(?:(?:latest|official|correct|actual|current|new|revised)\s+)?(?:figure|number|estimate|count|toll|tally|total)\s+(?:(?:given|reported|cited|published|released|provided|offered|put\s+forward)\s+by)\s+((?:the\s+)?\p{Lu}[^,;:.]{1,80}?)\s+(?:is|was|stands\s+at|stood\s+at|has\s+been|had\s+been)\s+${HEDGES_BEFORE}$`,
  "u",
);

/**
 * Whose figure a country's adjective before its estimate's noun says it is ("the US estimate was about
 * 1,000"), or a source written as the figure's label ("…; South Korea's NIS: 300 killed").
 *
 * @param before The sentence before the figure.
 * @returns The owner's phrase, or null.
 */
function namedEstimateOwner(before: string): NounPhrase | null {
  // ("the figure given by South Korea's National Intelligence Service is 15,000": the figure's giver, named by "by".)
  const givenBy = FIGURE_GIVEN_BY_BEFORE.exec(before)?.[1];
  if (givenBy) {
    const np = parseSubject(givenBy, 0);
    if (np && np.form !== "pronoun") return np;
  }
  const described = DESCRIBED_ESTIMATE_BEFORE.exec(before)?.[1];
  if (described) {
    // ("South Korea's estimate that Moscow pays …": a country's estimate is its government's.)
    const np = SOURCE_COUNTRY.test(described) ? groupPhrase(described) : parseSubject(described, 0);
    if (np && np.form !== "pronoun") return np;
  }
  const attributive = ATTRIBUTIVE_ESTIMATE_BEFORE.exec(before)?.[1];
  if (attributive && !NOT_AN_OWNER.test(attributive) && !/^(?:US|U\.S\.)$/.test(attributive)) {
    const np = parseSubject(attributive, 0);
    const type = np ? guessType(np.name) : "person";
    if (np && np.form === "name" && (type === "organization" || type === "outlet")) return np;
  }
  const adj = ADJECTIVE_ESTIMATE_BEFORE.exec(before);
  const country = adj?.[1] ? COUNTRY_OF_ADJECTIVE[adj[1].toLowerCase()] : undefined;
  // ("the South Korean intelligence count of 600": the country's intelligence, as the alias file may name it.)
  if (country && /^(?:intelligence|military|military\s+intelligence)$/i.test(adj?.[2] ?? "")) {
    const np = parseSubject(`${adj?.[1] ?? ""} ${adj?.[2] ?? ""}`, 0);
    if (np && np.form !== "pronoun") return np;
  }
  if (country) return groupPhrase(country);
  // "- NIS: 11,000 troops", "Pentagon: 11,000 to 12,000", "- HUR: 1,200 killed; 3,000 wounded": a list
  // item that opens with a body's name (a heading's word, "- Casualties: 1,000 killed", is no body).
  const isBody = (name: string | undefined): name is string => {
    const type = name ? guessType(name.replace(/^the\s+/i, "")) : null;
    // ("- Budanov: 12,000 troops; 4,000 killed": a person's name labels their figures; a heading's words,
    // "- Casualties:", "- Key figures:", label none.)
    const heading = (name ?? "")
      .toLowerCase()
      .split(/\s+/)
      .every((w) => HEADING_WORDS.has(w));
    return (
      // (Only a list item's marker makes a person's name a label: "Son: Cash, perhaps …" is an interview's
      // speaker, and a name in capitals, "GEN. WHITFIELD:", "LOST LEGION:", a transcript's speaker or a
      // headline's words, each read as such elsewhere.)
      (type === "organization" ||
        type === "outlet" ||
        (type === "person" && !heading && /\p{Ll}/u.test(name ?? "") && /^\s*[-–—•*·]/.test(before))) &&
      // ("ANCHOR:", "UPDATE:", "NOTE:": a transcript's role or an editor's tag, not a body.)
      !/^(?:\p{Lu}{6,}|NOTE|HOST|Q|A|FACT|CLAIM|LIVE|READ|WATCH|PHOTO|SOURCES?)$/u.test(name ?? "")
    );
  };
  const item = ITEM_OWNER_BEFORE.exec(before)?.[1];
  const afterSemicolon = LABEL_OWNER_AFTER_SEMICOLON.exec(before)?.[1];
  const label =
    LABEL_OWNER_BEFORE.exec(before)?.[1] ??
    (isBody(afterSemicolon) ? afterSemicolon : undefined) ??
    (isBody(item) ? item : undefined);
  if (!label || CLAIM_LABEL.test(`${label}: `) || NOT_AN_OWNER.test(label)) return null;
  // ("Best available estimates: 2,000 to 3,500 killed": a label that says what the figures are names no one.)
  if (/^(?:best|latest|highest|lowest|official|available|current|reported|estimated|most|other)\b/i.test(label))
    return null;
  return labelOwner(label);
}

/** The source a list item names in brackets or a table row in its next cell: " (NIS, as of March)", " | NIS". */
/** After a box's figure: its label, then its source in brackets ("…: monthly pay per soldier (defector testimony)"). */
// ("15,000: North Korean troops sent to Russia since October 2024, including two rotations of reinforcements (NIS)".)
const FIGURE_FIRST_ITEM = /^[^:—–(]{0,40}?\s*[:—–]\s+[^()]{2,160}?\s*\(([^()]{2,60})\)\s*\.?\s*$/;
/** Words of people in a lower-case source ("defector testimony", "official estimates"). */
const PEOPLE_WORD =
  /\b(?:defectors?|officials?|soldiers?|analysts?|lawmakers?|intelligence|diplomats?|commanders?|veterans?)\b/;
/** After "the $2,000": a verb that has the figure itself as its subject ("the $2,000 includes bonuses"). */
const FIGURE_AS_SUBJECT_AFTER =
  /^\s+(?:(?:a|per)\s+(?:month|year)\s+)?(?:includes?|included|is|was|has|had|covers?|covered|comprises?|reflects?|refers?|overstates?|understates?|exaggerates?|counts?)\b/i;
/** Words that name a source in brackets: "(NIS)", "(Ukraine's military intelligence)", "(defector testimony)". */
const SOURCE_WORD =
  /\b(?:intelligence|ministry|agency|service|officials?|military|defectors?|government|staff|institute|analysts?|lawmakers?|estimates?|survey|study|report)\b/i;
const ITEM_SOURCE_AFTER = /^\s*(?:\(([^()]{2,60})\)|\|\s*([^|]{2,60}?)\s*\|?\s*$)/;

/**
 * The source a "Key figures" item or a table row gives its figure: "- Killed: about 600 (NIS, as of
 * March)", "Wounded | 2,700 | NIS".
 *
 * @param sentence The line.
 * @param q The figure.
 * @returns The source's phrase, or null.
 */
function itemSource(sentence: string, q: Figure): NounPhrase | null {
  // "$2,000: monthly pay per soldier (defector testimony)": a box's figure first, then its label, then
  // its source in brackets.
  const boxed = /^\W{0,3}$/.test(sentence.slice(0, q.start)) ? FIGURE_FIRST_ITEM.exec(sentence.slice(q.end)) : null;
  if (!boxed && !FIGURE_LABEL_BEFORE.test(sentence.slice(0, q.start))) return null;
  const m = boxed ? ([boxed[0], boxed[1]] as const) : ITEM_SOURCE_AFTER.exec(sentence.slice(q.end));
  const raw = (m?.[1] ?? m?.[2] ?? "")
    .split(/[,;]/)[0]
    ?.replace(/^(?:reported by|according to|source:|sources?:|per|via|estimated by|by)\s+/i, "")
    .trim();
  if (!raw || /\d/.test(raw)) return null;
  // ("…, most of them in two offensives (Kursk and Belgorod)": after a long item, only a source's own words are its
  // source: initials, or a body's or people's noun.)
  const long = boxed !== null && boxed[0].indexOf("(") > 80;
  if (long && !/^\p{Lu}{2,6}$/u.test(raw) && !SOURCE_WORD.test(raw)) return null;
  const np = CAPITAL.test(raw)
    ? groupPhrase(raw)
    : // ("(defector groups)": a plural group in lower case is its own source.)
      (parseSubject(raw, 0) ??
      (/^[a-z]+(?:\s+[a-z]+){0,2}s$/.test(raw) ||
      // ("(defector testimony)": the words of people the text does not name.)
      (/^[a-z]+(?:\s+[a-z]+){0,2}$/.test(raw) && PEOPLE_WORD.test(raw))
        ? groupPhrase(raw)
        : null));
  return np && np.form !== "pronoun" ? np : null;
}

/** "a force the Ukrainians estimate at around 11,000": whose estimate, in the figure's relative clause. */
const RELATIVE_ESTIMATE_BEFORE = new RegExp(
  String.raw`\b(?:a|the|an)\s+(?:force|figure|number|contingent|toll|total|deployment|estimate|count)\s+(?:that\s+|which\s+)?((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}?)\s+(?:(?:has|have|had|later|since|then)\s+)*(?:estimates?|estimated|puts?|reckons?|reckoned|believes?|believed|places?|placed|(?:revised|raised|lowered|updated|increased|cut)(?:\s+(?:it\s+)?(?:up|upward|upwards|down|downward|downwards))?)\s+(?:at|to be|to)\s+${HEDGES_BEFORE}$`,
  "iu",
);

/**
 * Whose estimate a figure's relative clause says it is ("a force the Ukrainians estimate at …", "a number
 * the NIS revised upward to …").
 *
 * @param before The sentence before the figure.
 * @returns The owner's phrase, or null.
 */
function relativeEstimateOwner(before: string): NounPhrase | null {
  // The costly pattern only where a verb's "at" or "to" stands right before the figure.
  if (!/\b(?:at|to|be)\s+(?:[a-z]+\s+){0,3}$/.test(before.slice(-40))) return null;
  const words = RELATIVE_ESTIMATE_BEFORE.exec(before)?.[1]?.trim();
  if (!words) return null;
  // "the Ukrainians", "the Americans": a people stands for its government, as a capital does.
  const bare = words.replace(/^the\s+/i, "");
  const np =
    /^\p{Lu}[\p{Ll}]+s$/u.test(bare) || CAPITAL.test(bare) ? groupPhrase(words, 0, bare) : parseSubject(words, 0);
  return np && np.form !== "pronoun" ? np : null;
}

/**
 * "the one South Korea's intelligence service gave lawmakers last month, of about 300 dead and 2,700
 * wounded": the giver of an estimate the sentence sets out after "of".
 */
const ONE_GIVEN_BEFORE =
  /\bthe\s+(?:one|ones|figures?|estimates?|counts?|tall(?:y|ies))\s+(?:that\s+|which\s+)?((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,5}?)\s+(?:had\s+|has\s+|have\s+)?(?:gave|given|reported|put\s+forward|published|released|cited|briefed)\b[^.;]*?,?\s+of\s+[^.;]*$/u;
/**
 * "South Korea's spy agency, which has put North Korean deaths in the hundreds": a body, then a relative
 * clause that gives the figure.
 */
const WHICH_PUT_BEFORE =
  /([^,;:]+),\s+which\s+(?:has\s+|had\s+|have\s+)?(?:put|puts|placed|places|estimated|estimates|gave|gives|reported|reports|counted|counts)\s+[^.;,]*$/u;

/**
 * The giver of a figure named in a clause before it: "the one X gave lawmakers, of about 300 dead", "X,
 * which has put deaths in the hundreds".
 *
 * @param before The sentence before the figure.
 * @returns The giver's phrase, or null.
 */
function clauseGiverOwner(before: string): NounPhrase | null {
  // The costly patterns only where their words stand.
  if (!/\bwhich\s|\bthe\s+(?:one|ones|figures?|estimates?|counts?|tall(?:y|ies))\s/i.test(before)) return null;
  const one = ONE_GIVEN_BEFORE.exec(before)?.[1];
  const which = one ? undefined : WHICH_PUT_BEFORE.exec(before)?.[1];
  // ("well below Kyiv's, which put …": the one named with "'s" right before "which".)
  const owner = which ? POSSESSOR_AT_END.exec(which)?.[1] : undefined;
  // ("far higher than those of South Korea's spy agency": the body after the last preposition; "Lindgren cites
  // Ukraine's military intelligence agency, which counts …": the one after a verb of citing.)
  const words = (
    one ??
    owner ??
    which
      ?.split(
        /\b(?:of|by|from|than|with|to|for|and|below|above|under|over|behind|beside|like|cites|cited|citing|quotes|quoted|quoting|(?:relies|relied|rely|draws|drew)\s+on)\s+/,
      )
      .pop() ??
    ""
  ).trim();
  if (words === "" || !/^(?:the\s+)?\p{Lu}/u.test(words)) return null;
  const np = CAPITAL.test(words.replace(/^the\s+/i, "")) ? groupPhrase(words) : parseSubject(words, 0);
  return np && np.form !== "pronoun" ? np : null;
}

/**
 * A source named in a figure's relative clause, as a subject phrase: a capital or a country stands for
 * its government ("the 12,000 soldiers Kyiv counted").
 *
 * @param words The words.
 * @returns The phrase, or null.
 */
function ownerPhrase(words: string): NounPhrase | null {
  const bare = words.trim();
  if (bare === "") return null;
  return CAPITAL.test(bare) || NOT_AN_OWNER.test(bare) || SPEAKING_COUNTRY.test(bare)
    ? groupPhrase(bare)
    : parseSubject(bare, 0);
}

/** A country that says something in a reduced clause: "the 11,000 soldiers South Korea says were sent". */
const SPEAKING_COUNTRY =
  /^(?:South\s+Korea|Japan|China|Britain|Germany|France|Poland|the\s+(?:U\.?S\.?|United\s+States|UK|United\s+Kingdom))$/;

/**
 * Whose figure a name gapped from the sentence's shared verb says it is ("…, Kyiv at 12,000").
 *
 * @param before The sentence before the figure.
 * @returns The owner's phrase, or null.
 */
function gappedOwner(before: string, after = ""): NounPhrase | null {
  const at = GAPPED_OWNER_BEFORE.exec(before);
  // ("The NIS says 600 …, the HUR 1,500 and the Pentagon about 1,000": the verb and the "at" both left out.)
  // (Not when the sentence names who says it all: "…, and the Kremlin about $2 billion in return, the NIS said".)
  const bare = at || SAYER_AT_END.test(after) ? null : GAPPED_BARE_OWNER_BEFORE.exec(before);
  const m = at ?? bare;
  const name = m?.[1]?.trim();
  const head = m ? before.slice(0, m.index) : "";
  if (
    !m ||
    !name ||
    NOT_AN_OWNER.test(name) ||
    !(at ? SHARED_AT_VERB.test(head) : SHARED_GIVING_VERB.test(head) && /\d/.test(head))
  )
    return null;
  const np = CAPITAL.test(name) ? groupPhrase(name) : parseSubject(name, 0);
  return np && np.form !== "pronoun" ? np : null;
}

/**
 * Whether a sentence speaks in the first person singular outside quotation marks ("I estimate",
 * "my own count").
 *
 * @param text The sentence.
 * @param inQuote Tells whether an offset is inside a quotation.
 * @returns True when it does.
 */
function firstPersonOutside(text: string, inQuote: (pos: number) => boolean): boolean {
  for (const m of matchesOf(text, /\b(?:I|[Mm]y|[Mm]e|[Mm]ine)\b/g)) if (!inQuote(m.index)) return true;
  return false;
}

/** A fact-check's label for the claim it checks: "CLAIM:", "The claim:", "- Claimed:". */
const CLAIM_LABEL =
  /^\s*(?:[-*•–]\s*)?((?:the\s+)?(?:viral\s+)?(?:claims?|claimed))(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-H]))?\s*:\s/i;
/** A verb that reports what someone claims: "claims that", "says", "alleged", "posted". */
const CLAIMED_VERB =
  /\b(?:claims?|claimed|claiming|alleges?|alleged|alleging|says|said|saying|asserts?|asserted|posted|shared|wrote|writes|circulat\w+)\b/i;

/** Words after a figure that judge it wrong: "the 300 deaths … were probably an undercount". */
const JUDGED_WRONG_AFTER =
  /^[^.;]*?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:an?\s+)?(?:undercount|overcount|underestimate|overestimate|exaggeration|overstatement|understatement|too (?:high|low)(?!\s+(?:for|to)\b))\b/i;

/**
 * Words right after a figure's own noun phrase that say it did not hold: "Early reports of 100,000 troops
 * were never confirmed", "…, a figure that has never been independently confirmed" (not "never been
 * confirmed by Moscow", which is one party's silence, nor a later clause about something else),
 * "… proved exaggerated", "… turned out to be false", "… were later retracted".
 */
const PROVED_WRONG_AFTER =
  /^(?:\s+(?:[\w-]+\s+){0,6}?|\s*,\s*(?:a|the)\s+(?:figure|number|estimate|count|claim|toll|total)\s+(?:that|which)\s+)(?:(?:was|were)\s+never\s+(?:\w+ly\s+)?|(?:has|have|had)\s+(?:been\s+never|never\s+been)\s+(?:\w+ly\s+)?)(?:confirmed|verified|corroborated|substantiated)(?!\s+by\b)|^\s+(?:[\w-]+\s+){0,6}?(?:(?:proved|proven|turned\s+out)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:\w+ly\s+)?(?:false|wrong|untrue|exaggerated|inflated|baseless|groundless|unfounded|mistaken)|(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|since\s+|quickly\s+)?(?:retracted|debunked|discredited|withdrawn|disproved|disproven))\b/i;
/** Troops withdrawn, a second predicate of the soldiers the figure counts: "… of their personnel and have been withdrawn to rest". */
// ("About 2,000 North Korean soldiers were withdrawn in January": the soldiers the figure counts, withdrawn.)
const TROOPS_WITHDRAWN_AFTER =
  /^[^.;]*?\band\s+(?:(?:have|has|had)\s+been|were|was)\s+withdrawn\s+(?:to|from|for|into|back)\b|^\s+(?:[\w-]+\s+){0,3}?(?:soldiers|troops|men|servicemen|personnel|fighters)\s+(?:(?:have|had)\s+been|were)\s+(?:\w+\s+)?withdrawn\b/i;

/**
 * "far short of the ", "well below the ", "nowhere near the ", "far fewer North Koreans were there than the ": a
 * figure named to be set well above the count.
 */
const BELOW_THE_BEFORE =
  /\b(?:(?:far|well|much)\s+(?:short\s+of|below|under|lower\s+than|fewer\s+than|less\s+than)|nowhere\s+near|not\s+(?:even\s+)?close\s+to|(?:(?:far|well|much)\s+)?(?:fewer|less|lower|smaller)\s+[^,;:.\d]{1,60}?\bthan)\s+the\s+$/i;
/**
 * Who claimed the figure, after it: "… that some commentators had predicted", "… some Russian bloggers have
 * claimed", "… claimed by Ukrainian officials".
 */
const CLAIMED_BY_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:(?:that|which)\s+)?((?:some|many|several|the|a|an|other)\s+[^,;.\d]{2,60}?|\p{Lu}[^,;.\d]{1,60}?)\s+(?:had\s+|have\s+|has\s+)?(?:(?:long|widely|earlier|previously|once)\s+)?(?:predicted|claimed|reported|estimated|suggested|forecast|cited|floated|touted|put\s+forward)\b|^\s*(?:[\w-]+\s+){0,2}?(?:(?:widely|earlier|previously)\s+)?(?:claimed|reported|predicted|cited|estimated|given|floated)\s+by\s+([^,;.\d]{2,60})/u;
/**
 * Words right before a figure that say nobody gets anything like it: "are unlikely to see anything close
 * to the", "will never receive anything like the", "do not get anywhere near the".
 */
export const NOT_SEEN_BEFORE =
  /\b(?:(?:unlikely\s+to|never|not|n['’]t|nor\s+do\s+they|no\s+one\s+will|nobody\s+will)\s+(?:(?:ever|even|actually|really|likely)\s+)*(?:see|get|receive|earn|make|take\s+home|be\s+paid|pocket)\s+(?:anything|something|anywhere)|(?:see|sees|saw|get|gets|got|receive|receives|received|earn|earns|earned|make|makes|made)\s+nothing)\s+(?:close\s+to|like|near|approaching|resembling)\s+(?:the\s+|that\s+)?(?:(?:reported|widely\s+reported|much-cited|oft-cited|official|promised|advertised)\s+)?$/i;

/** "The $2,000 number is far too high", "the oft-cited $2,000 a month … is a myth": the figure's own noun
 * phrase is judged wrong (with no other number between, so "11,000 were sent, and 100,000 is a myth"
 * judges only the 100,000). */
const CALLED_WRONG_AFTER =
  /^[^.;\d]*?\b(?:is|are|was|were)\s+[“"‘]?(?:(?:simply|just|far|much|way|clearly|probably|likely|also|almost|\w+ly)\s+)*(?:an?\s+(?:\w+\s+)?)?(?:myth|fiction|fantasy|too (?:high|low)(?!\s+(?:for|to)\b)|too neat|too good to be true|implausible|far-fetched|unrealistic|wrong|false|untrue)\b/i;

/** A clause after a figure naming who judges it: ", a figure some analysts think is too low". The judges. */
const JUDGED_BY_OTHERS_AFTER =
  /^[^.;]*?,\s*(?:a|the)\s+(?:figure|number|estimate|count|toll|total|tally)\s+(?:that\s+|which\s+)?((?:some|many|most|several|other|independent|outside|western)?\s*(?:[\p{Ll}-]+\s+){0,2}(?:analysts|experts|observers|officials|researchers|critics|lawmakers|diplomats|commentators|historians))\s+(?:think|believe|consider|say|said|argue|call|suspect|regard)\b/u;
/** Another's figure judged after this one: "…, and that Choi's figure had been invented". */
const OTHERS_FIGURE_JUDGED_AFTER =
  /^[^.;]*?\b(?:and|but|while|whereas)\s+(?:that\s+)?(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}['’]s?|the\s+other|their|his|her|its\s+rival['’]s)\s+(?:own\s+)?(?:figure|number|estimate|count|claim|account|toll|tally)\b/u;

/** "Nor do I believe the claim that …", "I doubt that …": the author rejects what follows. */
/** "We rate the claim of 5,000 soldiers in Kherson false": a fact-checker's own verdict on a claim. */
export const WE_RATE_FALSE =
  /^\W*(?:we|i)\s+(?:rate|judge|find|deem|label|consider)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:claims?|posts?|figures?|reports?|numbers?|videos?|graphics?)\b[^.;]*\b(?:false|fake|untrue|misleading|wrong|baseless|unsupported|fabricated)\b[^.;]*[.!]?\s*$/i;
const FIRST_PERSON_DOUBT =
  /\b(?:I|we)\s+(?:(?:do|did)\s+not|don['’]t|didn['’]t)\s+(?:believe|accept|buy)\b|\b(?:nor|neither)\s+(?:do|did)\s+(?:I|we)\s+(?:believe|accept|buy)\b|\b(?:I|we)\s+(?:also\s+|still\s+|strongly\s+)?(?:doubt|reject|dispute|withdraw|retract)\b|\bwe\s+have\s+(?:withdrawn|retracted)\b/i;

/** "…, as some Russian military bloggers have claimed": whose claim the figure is. */
const AS_CLAIMED_AFTER =
  /^(?:[^.;]*?,|\s)\s*as\s+((?:some|many|several|the|a|an)?\s*[^,;.]{2,60}?)\s+(?:have\s+|has\s+|had\s+)?(?:claimed|claims?|said|says|reported|reports|suggested|suggests|alleged|alleges|asserted|asserts|stated|states|insisted|insists)\b/i;

/**
 * The phrase that names who judges or claims a figure: a subject, or a capital alone, which stands for
 * its government ("a number Seoul called inflated", "as Kyiv claims").
 *
 * @param words The words as written.
 * @returns The phrase, or null.
 */
function sourcePhrase(words: string): NounPhrase | null {
  const bare = words.trim();
  return parseSubject(words, 0) ?? (/^\p{Lu}[\p{Ll}]+$/u.test(bare) ? groupPhrase(bare) : null);
}

/** "…, by our calculation", "by this newspaper's count" after a figure, with no other figure between. */
const OUR_CALCULATION_AFTER =
  /^[^.;\d]*?\bby\s+(?:our|this\s+(?:newspaper|paper|site|outlet)['’]s)\s+(?:own\s+)?(?:calculations?|count|estimate|reckoning|arithmetic|analysis)\b/i;

/** "The claim that 40,000 …", "a similar claim in December, that 100,000 …": the figure is inside a claim. */
const CLAIM_THAT_BEFORE =
  /\b(?:claims?|reports?|posts?|assertions?|suggestions?|allegations?|rumou?rs?|idea|notion|statements?)\b[^.;]{0,30}?\bthat\b[^.;]*$/i;
/**
 * "wrote in to ask about the claim going round social media that", "asked by TASS about Ukrainian claims
 * that": what someone is asked or asks about, whose words the figure is in.
 */
const ASKED_ABOUT_CLAIM =
  /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|inquir\w*|enquir\w*)(?:\s+by\s+[^.;,]{1,40}?)?\s+(?:about|whether)\s+((?:the\s+|[\p{L}’'-]+\s+){1,3}?(?:claims?|rumou?rs?|reports?|stor(?:y|ies)|posts?|allegations?)(?:\s+[^.;,]{0,40}?)?)\s+that\b[^.;]*$/iu;
/** Participles that go on with what a speaker says: "rejected both estimates, saying …". */
const SPEECH_PARTICIPLES = "saying|adding|arguing|insisting|noting|putting|estimating|placing|pegging";
const SPEECH_PARTICIPLE = new RegExp(String.raw`^(?:${SPEECH_PARTICIPLES})$`, "i");
const SPEECH_PARTICIPLE_AFTER_COMMA = new RegExp(String.raw`,\s+(?:${SPEECH_PARTICIPLES})\b`, "i");
/**
 * Whether a speaker's verb reaches a figure, or a participle ("saying", "adding") between them starts
 * the speaker's own account ("rejected both estimates, saying his own sources put the dead at 1,200").
 *
 * @param a The speaker's act.
 * @param text The sentence.
 * @param at Where the figure starts.
 * @returns True when the verb's object may be the figure.
 */
function reachesFigure(a: SpeechAct, text: string, at: number): boolean {
  return (
    !SPEECH_PARTICIPLE.test(a.verb) &&
    !SPEECH_PARTICIPLE_AFTER_COMMA.test(text.slice(a.verbStart, at)) &&
    !doubtsWhatTheyDo(a, text, at)
  );
}

/** What troops can do or are enough for, after a figure: what a doubt is about, not the count. */
const CAPABILITY_AFTER =
  /^[^.;]*?\b(?:(?:can|could)(?!\s+(?:have\s+been|be)\s+(?:sent|deployed|dispatched|killed|wounded))|are\s+(?:enough|able|sufficient|capable)|is\s+(?:enough|sufficient)|be\s+(?:enough|able|sufficient)|make\s+(?:a|any|much)\s+difference|turn\s+the\s+tide|change\s+the\s+(?:course|outcome))\b/i;

/**
 * Whether a doubt is about what soldiers can do, not how many there are: "Analysts doubt that the 11,000
 * troops … can turn the tide", "Lawmakers question whether 11,000 troops are enough": a figure taken as
 * given ("the 11,000"), or one followed by what they can do.
 *
 * @param a The speaker's act.
 * @param text The sentence.
 * @param at Where the figure starts.
 * @returns True when the doubt is about something else.
 */
function doubtsWhatTheyDo(a: SpeechAct, text: string, at: number): boolean {
  if (!/^(?:doubt|doubts|doubted|question|questions|questioned)$/i.test(a.verb)) return false;
  return (
    /\b(?:the|these|those|all|its|their)\s+$/i.test(text.slice(a.verbStart, at)) ||
    CAPABILITY_AFTER.test(text.slice(at))
  );
}
/** "… is false", "… was also untrue": the claim the figure is in is judged false. */
const FALSE_AFTER =
  /^[^.;]*?\b(?:is|are|was|were)\s*(?:,[^,.;]{1,30},\s*)?[“"‘]?(?:also\s+|simply\s+|\w+ly\s+)?(?:false|untrue|not (?:true|credible|believable|plausible|accurate|correct)|implausible|dubious|baseless|unfounded|groundless|misleading|fabricated|wrong|incorrect|inaccurate|unsupported|unsubstantiated|exaggerated|overstated|inflated)\b/i;

/** "… killed or wounded “a fake”", "… as propaganda": the speaker calls the figure false. */
/** A clause after a figure in which another, by name, calls it something: ", a figure RIA called …". */
const CALLED_SO_BY_NAMED_AFTER =
  /^[^.;]*?,\s*(?:a|the)\s+(?:figure|claim|number|estimate|count|toll|tally)\s+(?:that\s+|which\s+)?(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}\s+(?:(?:has|had|have)\s+)?(?:called|branded|termed|labell?ed|described\s+as|dismissed\s+as)\b/u;
const CALLED_FALSE_AFTER = new RegExp(String.raw`^[^.;]*?\b(?:propaganda|a lie|lies|${CALLED_FALSE})\b`, "i");

/**
 * "There is no evidence that North Korea has sent 100,000 …", "found no official source for the claim
 * of $10,000", "no source supports a payment of …": the figure is said to have nothing behind it. A
 * figure the sentence takes as given ("no evidence that the 11,000 troops have left") is not.
 */
const NO_EVIDENCE_BEFORE =
  /\b(?:no|(?:nor\s+is\s+there|there\s+is\s+not|there\s+isn['’]t|without)\s+any)\s+(?:\w+\s+){0,2}(?:evidence|proof|basis|sources?|record|confirmation|truth|support)[”"’]?\s+(?:(?:that|for|of|in)\b|(?:to\s+)?(?:supports?|backs?|confirms?|corroborates?)\b)(?:(?![.;]).)*$|\b(?:seen|found|heard|is|was)\s+nothing(?:\s+at\s+all)?\s+(?:that\s+|which\s+|to\s+)?(?:would\s+|could\s+)?(?:supports?|backs?\s+up|backs?|confirms?|corroborates?)\s+(?:(?:the|a|any|such)\s+)?(?:(?:claims?|figures?|estimates?|numbers?|reports?)\s+of\s+)?(?:(?:about|around|some|roughly|nearly|as\s+many\s+as|more\s+than)\s+)*[$€£₩₽]?$/i;

/**
 * Whether "no evidence that …" leads up to a figure: not when a quotation closes between them ("“We
 * found no evidence …,” said Park Eun-seo, 34": her age is not what she doubts).
 *
 * @param before The sentence before the figure.
 * @returns True when the doubt reaches the figure.
 */
function noEvidenceBefore(before: string): boolean {
  const m = NO_EVIDENCE_BEFORE.exec(before);
  // ('had “no evidence” that …': the verdict's own words in quotation marks close no quotation.)
  const after = before
    .slice(m?.index ?? 0)
    .replace(/^([^”"]*?\b(?:evidence|proof|basis|sources?|record|confirmation|truth))[”"’]/i, "$1");
  return m !== null && !/”|"\s*,?\s*(?:said|says|told|added|wrote)\b/.test(after);
}

/** An answer after a question that rejects what it asked about. */
const ANSWER_REJECTS = new RegExp(
  String.raw`\b(?:too\s+(?:high|low)|exaggerat\w*|inflated|wrong|false|untrue|lies?|propaganda|denied|dismissed|rejected|${CALLED_FALSE})\b`,
  "i",
);
/** An opening question a figure stands in, before the comma that ends it: "Asked whether …", "Asked about reports that …". */
const ASKED_OPENER =
  /^\W*(?:When\s+)?(?:asked|questioned|pressed)\s+(?:by\s+[^;]{1,80}?,?\s+)?(?:whether|if|how|why|what|about|to\s+confirm|on)\b(?:[^,;]*?\b(reports?|claims?)\s+(?:that|of)\b)?(?:(?!\b(?:said|says|told|replied|answered|added)\b)[^,;])*$/i;

/** After a figure a quoted speaker passes on, in the same quote: ", but we think it is closer to 8,000", ", but the real number is higher". */
const OWN_COUNT_INSTEAD =
  /^[^”"]*?,?\s+but\s+(?:(?:we|I)\s+(?:think|believe|estimate|reckon|count|say|would\s+say|put\s+it)\b|(?:the|our)\s+(?:real|true|actual|own)\s+(?:number|figure|toll|count|estimate)\b)/i;

/** The article's own staff: "our Seoul correspondent", "this paper's reporter", "our team". */
const OWN_REPORTER =
  /\b(?:our|this\s+(?:paper|newspaper|site|agency)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:correspondents?|reporters?|journalists?|staff|team)\b/i;

/**
 * Whether the article's own reporter is who speaks before a figure ("Our correspondent reports that"), not
 * whom a source spoke to ("told our correspondent that").
 *
 * @param before The sentence up to the figure.
 * @returns True when the reporter speaks.
 */
function ownReporterSpeaks(before: string, credited: Entity): boolean {
  if (OWN_REPORTER.test(credited.name)) return true;
  if (!OWN_REPORTER.test(before)) return false;
  const name = credited.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // The reporter phrase is the credited name's own: "Our Seoul correspondent Hana Ridley", "Hana Ridley, our
  // correspondent,", never a reporter named elsewhere in the sentence.
  const m = new RegExp(
    String.raw`${OWN_REPORTER.source}(?:\s+in\s+\p{Lu}[\p{L}-]*)?,?\s+${name}\b|\b${name},\s+${OWN_REPORTER.source}`,
    "iu",
  ).exec(before);
  // ("Asked by our reporter, a Ukrainian commander said": the reporter asked; the commander speaks.)
  return m !== null && !/\b(?:told|tells|telling|to|with|by|for|asked|asking)\s+$/i.test(before.slice(0, m.index));
}

/**
 * Whether the words between a figure and an "as X says" aside name another figure first, so that the aside
 * vouches for that one: "…, not 3,000 as Kyiv says" (but "in late 2024, as the NIS reported" names a year).
 *
 * @param between The words from the figure's end to the aside's speaker.
 * @returns True when the aside follows another figure.
 */
function asideOfAnother(between: string): boolean {
  const m = /(\d(?:[\d,.]*\d)?)\s*(?:%|per\s?cent|percent)?,?\s+as\s+(?:[\w’'-]+\s+){0,5}$/i.exec(between);
  return m !== null && !/^(?:19|20)\d\d$/.test(m[1] ?? "");
}

/** Verbs by which a quoted speaker says another source gives a figure: "Kyiv claims …", "the NIS says …". */
const QUOTED_SOURCE_VERB =
  /^(?:says?|said|claims?|claimed|estimates?|estimated|reports?|reported|counts?|counted|puts|admits?|admitted|believes?)$/i;

/** "could not confirm reports that …", "was unable to verify claims of": what the speaker did not confirm. */
const UNCONFIRMED_BEFORE =
  /\b(?:could\s+not|cannot|can['’]t|couldn['’]t|did\s+not|didn['’]t|would\s+not|has\s+not|had\s+not|was\s+unable\s+to|were\s+unable\s+to|is\s+unable\s+to|declined\s+to|refused\s+to)\s+(?:immediately\s+|independently\s+|yet\s+)*(?:confirm|verify|corroborate)\s+(?:(?:the\s+|those\s+|such\s+|these\s+)?(?:(?:media|press|news|earlier|recent|unconfirmed|Ukrainian|Russian|South\s+Korean|Western|American|US|U\.S\.|British|Japanese)\s+)?(reports?|claims?|accounts?|allegations?|rumou?rs?)\s+(?:that|of)\b|that\b(?!\s+(?:figure|number|estimate|claim|report|count|toll|total)\b))(?:(?!\b(?:but|adding|saying|while|although|though|however|instead)\b)[^.;])*$/i;

/** "the $2,000 figure", "the 11,000 estimate": the figure named as a figure. */
const FIGURE_NOUN_AFTER = /^\s+(?:figure|number|estimate|claim|count|toll|tally)\b/i;

/** "the Kyiv regime's claim that", "reports in the Western press that": whose figure is disputed. */
const CLAIM_OWNER =
  /(?:\b((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|regime|government|military|ministry|press|media|army|intelligence|officials)){0,3})['’]s\s+(?:claims?|estimates?|figures?|assertions?|allegations?|reports?)|\b(?:claims?|estimates?|figures?|assertions?|allegations?|reports?)\s+(?:by|from|in)\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}?))(?:\s+(?:this|last)\s+(?:week|weekend|month|year)|\s+(?:on|in)\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|\s+(?:yesterday|earlier))?\s+(?:that|of)\b[^.;]*$/u;

/** ", a figure the NIS said was exaggerated", ", a number Seoul called inflated": who judges the figure. */
const JUDGED_BY_AFTER =
  /^[^.;]*?,\s*(?:a|the|which is a)\s+(?:figure|number|estimate|claim|count|toll|tally)\s+(?:that\s+|which\s+)?(.+?)\s+(?:said|says|called|calls|described as|considers?|considered|believes?|dismissed as)\s+(?:(?:was|is|as|to be)\s+)?[“"‘']?(?:(?:somewhat|greatly|vastly|wildly|much|far|grossly|pure|utter|complete|total|simply|\w+ly)\s+)?(?:exaggerat\w*|inflated|overstated|understated|an?\s+(?:undercount|overcount|underestimate|overestimate|exaggeration|lie|invention|fabrication)|too (?:high|low)|propaganda|unrealistic|wrong|false|lies|inventions?|fabricat\w*|fake|nonsense)\b/i;

/** A cheap test before the judged-figure patterns: ", a figure …" somewhere after the figure. */
const FIGURE_WORD_AFTER = /,\s*(?:a|the|which is a)\s+(?:figure|number|estimate|claim|count|toll|tally)\b/i;

/** "the 11,000 troops South Korea's spy agency says were sent": whose figure the reduced clause says it is. */
const SAYS_WERE_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|servicemen|men|fighters|casualties)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}?[\p{L}’'.-]*){0,4}?|the\s+(?:panel|agency|ministry|report|institute|committee|commission|service|study|government|military|army|department|office))\s+(?:says|said|estimates|estimated|believes|believed|claims|claimed|reckons|thinks)\s+(?:are|were|have|had|remain|died|arrived)\b/u;

/** A phrase that opens a sentence with what the writer starts from: "With …,", "Adding …,", "Given …,". */
const FRONTED_PREMISE = /^\W*(?:with|adding|taking|using|given|based on|counting|combining|multiplying)\b/i;

/**
 * Whether a speech act stands in a phrase that opens the sentence with the writer's premises, and the
 * figure is in the main clause after it, which works out what "would" follow: "Adding the new workers
 * to the 15,000 troops that the spy agency says were sent, the number would reach some 21,000", "With
 * about 15,000 troops by the NIS's count, the deployment would bring the regime some $27 million". The
 * source vouches for its premise, not for the writer's result.
 *
 * @param text The sentence.
 * @param a The speech act.
 * @param at Offset of the figure.
 * @returns True when the act is only the premise's.
 */
function frontedPremise(text: string, a: SpeechAct, at: number): boolean {
  if (!FRONTED_PREMISE.test(text)) return false;
  const comma = text.lastIndexOf(",", at);
  if (comma < a.verbStart) return false;
  return /\b(?:would|could|might)\b/i.test(text.slice(comma, at));
}

/** A sum the speaker works out, before it: "would add up to", "would amount to", "works out to". */
const OWN_SUM_BEFORE =
  /\b(?:(?:would|could|will|might)\s+(?:add up to|amount to|come to|total|reach)|works?\s+out\s+(?:to|at))\s+(?:(?:some|about|around|roughly|nearly|almost|more than)\s+)*$/i;

/** "the $2,000 a month that South Korean intelligence officials say Russia pays": whose figure the pay is. */
const SAYS_PAYS_AFTER =
  /^\s+(?:that|which)\s+((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?)\s+(?:say|says|said|claim|claims|claimed|believe|believes|believed|estimate|estimates|estimated)\s+(?:Russia|Moscow|the\s+Kremlin|the\s+Russian\s+(?:government|military|side))\s+(?:pays|paid|is\s+paying|was\s+paying|gives|offers|offered)\b/u;

/** "…, a figure the Pentagon disputes", "…, a number Moscow has rejected": whoever the clause names disputes it. */
const DISPUTES_IT_AFTER =
  /^[^.;]*?,\s*(?:a|the|which is a)\s+(?:figure|number|estimate|claim|count|toll|tally)\s+(?:[^,;.]{1,60}?\s+and\s+)?(?:that\s+|which\s+)?((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})\s+(?:(?:has|have|had)\s+)?(?:also\s+|strongly\s+|flatly\s+)?(?:disputes|disputed|rejects|rejected|questions|questioned|doubts|doubted|denies|denied|contests|contested|challenges|challenged|dismisses|dismissed)\b/u;

/** "…, a figure disputed by Moscow-based analysts": whoever the passive names disputes the figure. */
const DISPUTED_BY_AFTER =
  /^[^.;]*?,\s*(?:a|the|which is a)\s+(?:figure|number|estimate|claim|count|toll|tally)\s+(?:that\s+(?:was|has been|is)\s+|which\s+(?:was|has been|is)\s+)?(?:\w+ly\s+)?(?:disputed|rejected|questioned|dismissed|denied|challenged|contested|doubted)\s+by\s+([^,;.]+?)(?=\s+(?:who|which|that|as)\b|[,;.]|$)/i;

/**
 * Whether a subject phrase names a publication, by the registry or by its words, without resolving it.
 *
 * @param np The phrase.
 * @param registry Entity registry.
 * @returns True for "Reuters", "the Korea Herald", "Yonhap".
 */
function namesOutlet(np: NounPhrase | null, registry: EntityRegistry): boolean {
  if (np === null || (np.form !== "name" && np.form !== "group")) return false;
  return (registry.find(np.name)?.type ?? np.type ?? guessType(np.name)) === "outlet";
}

/**
 * A speaker's own view, before a figure: "in his personal view", "he personally believed", "that personally he
 * believed", "speaking for herself" (not "Kim Jong Un personally greeted …").
 */
const OWN_VIEW_BEFORE =
  /\b(?:in\s+(?:his|her|their|my|our)\s+(?:own\s+)?(?:personal\s+)?(?:view|opinion|judgement|judgment|estimation)|(?:he|she|they|I|we)\s+(?:(?:also|himself|herself)\s+)?personally\s+(?:believed?|thinks?|thought|estimated?|reckons?|reckoned|expects?|expected|puts?|suspects?|suspected)|personally\s*,\s+(?:he|she|they)\b|that\s+personally\s+(?:he|she|they|I|we)\b|speaking\s+for\s+(?:himself|herself|themselves))\b/i;

/** What a publication's verb says up to the source it reports: "said the", "also reported on Monday that ". */
const OUTLET_SAYS_THAT =
  /^(?:said|says|reported|reports|wrote|writes|added|adds)\s+(?:(?:on|last|this)\s+\p{Lu}?\p{Ll}+\s+)?(?:that\s+)?$/u;

/**
 * Reads the credit of one figure.
 *
 * @param x The figure and its sentence.
 * @param registry Entity registry.
 * @param tracker Article state (updated with the last credited source and lawmakers' relays).
 * @returns The credit.
 */
export function creditFigure(x: CreditInput, registry: EntityRegistry, tracker: Tracker): Credit {
  const { figure: q, sentence: s, acts: sentenceActs } = x;
  let attributed: Entity | null = null;
  let method: string | null = null;
  let cited: Entity | null = null;
  let disputedBy: Entity | null = null;
  let ambiguous = false;
  // A pronoun or description the credit was resolved from, and the entity it resolved to.
  let written: { text: string; entity: Entity } | null = null;
  // The words of a speaker the text credits but no entity could be resolved from.
  let unnamed: string | null = null;
  const relays: Entity[] = [];
  // "the so-called “10,000 North Korean troops” cited by Washington": scare quotes around a figure
  // mark it as someone else's claim the speaker doubts, not the speaker's own words.
  const scare = SO_CALLED_BEFORE.test(s.text.slice(0, q.start));
  // ("Asked whether the South Korean figure of 15,000 was too high, X said: 'I would not quarrel with it.'":
  // words of the question judge nothing.)
  // (An answer that rejects it, "…, Volnov said Moscow 'does not comment on inventions'", still does.)
  const question = x.inQuote(q.start) ? null : ASKED_OPENER.exec(s.text.slice(0, q.start));
  const inQuestion = question !== null && !ANSWER_REJECTS.test(s.text.slice(q.end).replace(/^[^,;]*/, ""));
  const quoted = x.inQuote(q.start) && !scare;
  const quoteSpeaker = x.speaker;
  // "said the figure may be an underestimate, citing Ukrainian claims that the casualties exceed 6,000":
  // the speaker leans on the claim, passing it on, and does not reject it.
  const leansOn = CITING_CLAIM_BEFORE.test(s.text.slice(0, q.start));
  // "…, and a lawmaker, Choi Min-jae, said Moscow had paid “several hundred million dollars”": words
  // quoted inside what another speaker of the sentence said are that speaker's, read like the rest of it.
  const outerActs = sentenceActs.filter(
    (a) => !a.insideQuote && a.subject !== null && a.method !== "passive-agent" && a.method !== "briefing",
  );
  const lead = outerActs.filter((a) => a.verbStart < q.start).at(-1)?.subject;
  // (A speaker named after the figure: "…, defector Park Min-jun said.")
  const trailing = outerActs.filter((a) => a.verbStart > q.end).at(-1)?.subject;
  const otherSpeaker =
    (lead?.form === "name" || lead?.form === "group") &&
    registry.find(lead.name) !== quoteSpeaker &&
    // A short name of the paragraph's speaker ("Hyun-Seung revealed: “…”") is that speaker.
    ![quoteSpeaker?.name ?? "", ...(quoteSpeaker?.variants ?? [])].some((v) => nameKey(v).includes(nameKey(lead.name)));
  // The speaker who passes on a source named in their own words ("“Kyiv claims 12,000 …,” Peskov said").
  let quotedRelay: Entity | null = null;
  if (quoted && quoteSpeaker && !otherSpeaker) {
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
        relays.push(quoteSpeaker);
        attributed = e;
        method = last?.method ?? "said-before";
      }
    } else {
      // "“Kyiv claims 12,000 … are in Russia, but we count fewer,” Brandt said", "“Even the NIS says 600
      // have been killed,” he added": a source the speaker names as giving the figure is its source; the
      // speaker passes it on.
      const inner = sentenceActs
        .filter((a) => a.insideQuote && a.verbStart < q.start && a.subject && a.subject.form !== "pronoun")
        .at(-1);
      const e =
        inner &&
        QUOTED_SOURCE_VERB.test(inner.verb) &&
        !/\b(?:I|we|my|our)\b/i.test(s.text.slice(inner.verbStart, q.start))
          ? resolveSubject(inner.subject, registry, tracker)
          : null;
      if (e && e !== quoteSpeaker) {
        relays.push(quoteSpeaker);
        quotedRelay = quoteSpeaker;
        attributed = e;
        method = inner?.method ?? "said-before";
      }
    }
  } else if (
    CONTINUES.test(s.text) &&
    !sentenceActs.some((a) => !a.insideQuote && a.subject) &&
    // "These figures are higher than the NIS's estimate of 3,000": a figure with an owner of its own.
    !possessiveOwner(s.text.slice(0, q.start))
  ) {
    // A sentence that goes on about the previous one's figure keeps its source; when that figure is
    // further back, or credited to no one, "of those" points at nobody's words.
    const previous = tracker.lastFigure;
    attributed = previous && x.index - previous.sentence <= 1 ? previous.credit : null;
    method = attributed ? "continues" : null;
  } else {
    const outside = sentenceActs.filter((a) => !a.insideQuote && a.subject !== null);
    // "a figure reported by X" names the source of the figure just before it, not of one further back
    // ("said the pay was $800, well short of the $2,000 figure reported in Seoul").
    // "according to the NIS, as cited by Yonhap", "a defector group cited by Yonhap": an outlet that
    // cites or reports a source the sentence names relays it; it is the source only when none is named.
    const relaysNamed = (a: SpeechAct): boolean =>
      /^(?:[Cc]ited|[Rr]eported)\b/.test(a.verb) &&
      namesOutlet(a.subject, registry) &&
      outside.some(
        (o) =>
          o !== a &&
          o.method !== "passive-agent" &&
          o.method !== "briefing" &&
          o.subject !== null &&
          o.subject.form !== "pronoun" &&
          !namesOutlet(o.subject, registry),
      );
    const agent = outside.find(
      (a) =>
        a.method === "passive-agent" &&
        !relaysNamed(a) &&
        ((a.verbStart > q.end &&
          a.verbStart - q.end < 80 &&
          !(s.text.slice(q.end, a.verbStart).match(/\d[\d,.]*/g) ?? []).some((n) => !/^(?:19|20)\d\d$/.test(n)) &&
          // "…, well above the figure cited by Seoul": an agent of another figure the sentence names.
          !/\b(?:above|below|than|beyond|exceeds?|exceeding|short of|from|over|under|against|with)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:figure|number|estimate|count|amount|rate|sum|total|tally)\s+$/i.test(
            s.text.slice(q.end, a.verbStart),
          )) ||
          // "The figure reported by South Korean intelligence is $2,000 a month": the agent of the
          // figure's own noun, before it.
          (a.verbStart < q.start &&
            /^\s*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:figure|number|estimate|count|amount|rate|sum|total|tally)\s+$/i.test(
              s.text.slice(0, a.verbStart),
            ) &&
            /\b(?:is|was|stands at|stood at|remains)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|approximately)\s+)*$/i.test(
              s.text.slice(a.verbStart, q.start),
            )) ||
          // "…, put by South Korea's Joint Chiefs of Staff at about 11,000 soldiers,": the figure the agent puts.
          (a.verbStart < q.start && /^put\b/i.test(a.verb) && PUT_AT_BEFORE.test(s.text.slice(a.verbStart, q.start)))),
    );
    // "At $2,000 a month for each of the 11,000 soldiers, … about $22 million a month, by the Review's
    // calculation": a count or a calculation named after its result owns that result, not the figures
    // it was worked out from.
    const speech = outside.filter(
      (a) =>
        a.method !== "passive-agent" &&
        a.method !== "briefing" &&
        !(
          /^by$/i.test(a.verb) &&
          ((a.verbStart > q.end && /\d/.test(s.text.slice(q.end, a.verbStart))) ||
            // "By the Ledger's calculation, some 3,000 of the 11,000 troops …": a figure the sentence
            // names as one already known ("the 11,000") is what the calculation starts from.
            /\bthe\s+(?:(?:about|around|some|roughly|estimated|reported)\s+)*$/i.test(s.text.slice(0, q.start)))
        ),
    );
    // "If the regime keeps 90% to 95%, as the NIS says, each soldier would be left with …": an "as X says"
    // aside vouches for the clause it stands in, not for what the writer works out from it.
    // ("If, as Seoul believes, the state keeps 90 percent, …": an aside right after "If," vouches for the clause after
    // it, up to that clause's comma.)
    const ifAsVouches = (a: SpeechAct): boolean => {
      const afterAside = s.text.indexOf(",", a.verbStart);
      return (
        /^\W*(?:even\s+)?if\s*,\s*as\s+(?:[\w’'-]+\s+){0,5}$/i.test(
          s.text.slice(0, a.subject ? a.subject.start : a.verbStart),
        ) &&
        afterAside >= 0 &&
        q.start > afterAside &&
        q.start < (s.text.indexOf(",", afterAside + 1) + 1 || s.text.length)
      );
    };
    const beforeActs = speech.filter(
      (a) =>
        // "the spy agency had estimated 1,100 dead": a verb the figure's own words begin with.
        (a.verbStart < q.start || (a.verbStart === q.start && /^estimated$/i.test(a.verb) && a.subject !== null)) &&
        (ifAsVouches(a) ||
          (!(
            /\bas\s+(?:[\w’'-]+\s+){0,5}$/i.test(s.text.slice(0, a.subject ? a.subject.start : a.verbStart)) &&
            /^\W*(?:if|should|were)\b/i.test(s.text) &&
            /^[^,;]*,/.test(s.text.slice(a.verbStart)) &&
            s.text.indexOf(",", a.verbStart) < q.start
          ) &&
            !frontedPremise(s.text, a, q.start) &&
            // ("Analysts doubt that the 11,000 troops … can turn the tide": a doubt of what they can do.)
            !doubtsWhatTheyDo(a, s.text, q.start) &&
            // "is not 12,000, as Kyiv claims, but about 8,000": an aside between commas vouches for the
            // figure before it, not for one after it closes.
            !(
              /,\s*as\s+(?:[\w’'-]+\s+){0,5}$/i.test(s.text.slice(0, a.subject ? a.subject.start : a.verbStart)) &&
              /^[^,;]*,/.test(s.text.slice(a.verbStart)) &&
              s.text.indexOf(",", a.verbStart) < q.start
            ))),
    );
    // "Some 11,000 are in Russia, but researcher Park says …", "…, though Yun argues that …", "… more than
    // 1,000 dead; the agency counts about 300": a speaker after a contrast speaks for what follows it, not
    // for the figures before it.
    const afterActs = speech.filter(
      (a) =>
        a.verbStart >= q.end &&
        // ("…, respondents' median answer was 20,000, nearly double the NIS estimate of 11,000": a body's "estimate of"
        // is a noun that owns the figure after it, none before.)
        !(
          /^(?:estimates?|reports?|claims?|counts?)$/i.test(a.verb) &&
          /^\s+of\s/i.test(s.text.slice(a.verbStart + a.verb.length))
        ) &&
        // ("About 600 … have been killed, not 3,000 as Kyiv says, the NIS said": an "as X says" aside
        // vouches for the figure right before it, not for one further back.)
        !asideOfAnother(s.text.slice(q.end, a.subject ? a.subject.start : a.verbStart)) &&
        !(
          /,\s*(?:but|though|although|while|whereas|yet)\b|;/i.test(
            s.text.slice(q.end, a.subject ? a.subject.start : a.verbStart),
          ) &&
          // …and gives a figure or a clause of its own after the verb ("…, but defectors say most of it goes
          // to the state"; never a trailing "…, the NIS said on Friday").
          /^\s*that\b|^\s+(?:most|much|all|none|some|half|nearly|almost|the|it|they|this|these|those|he|she|we|only|little|few)\s+\w|[$€£₩]\s?\d|\d{1,3},\d{3}|\d\s*(?:%|per\s?cent|percent)|^\s*(?:(?:about|around|some|roughly|nearly|only|just|more than|at least|up to)\s+)*\d/i.test(
            s.text.slice(a.verbStart + a.verb.length),
          )
        ),
    );
    const briefing = outside.find((a) => a.method === "briefing");
    // "According to Hanseong, citing a lawmaker, the NIS estimated that …": an outlet whose marker the citing
    // follows, so that the citing is the outlet's, not the speaker's.
    const outletBeforeCiting =
      briefing !== undefined &&
      sentenceActs.some(
        (a) =>
          a.method === "according-to" &&
          a.verbStart < briefing.verbStart &&
          ACCORDING_THEN_CITING.test(s.text.slice(a.verbStart, briefing.verbStart + briefing.verb.length)) &&
          namesOutlet(a.subject, registry),
      );
    let chosen: SpeechAct | undefined = agent ?? beforeActs[beforeActs.length - 1] ?? afterActs[0];
    // "Russia expects North Korea to send up to 6,000 more, a source familiar with the matter said": what a
    // party to the war expects, in the words of the speaker who ends the sentence, is that speaker's figure.
    const trailing = afterActs.at(-1);
    if (
      chosen &&
      chosen !== agent &&
      trailing?.subject &&
      EXPECTING_VERB.test(chosen.verb) &&
      PARTY_EXPECTING.test(chosen.subject?.text.trim() ?? "") &&
      TRAILING_SAID.test(s.text.slice(trailing.verbStart))
    )
      chosen = trailing;
    // ("Rep. Kim said the NIS put the death toll at 2,000, but in her personal view the real number was closer to
    // 4,000": the speaker's own, after the source she reports.)
    // The speaker whose words the chosen act stands in: the act right before it, outside any quotation.
    const speakerBefore = (a: SpeechAct | undefined): SpeechAct | undefined => {
      const before = a ? beforeActs[beforeActs.indexOf(a) - 1] : undefined;
      return before?.subject && !before.insideQuote ? before : undefined;
    };
    const outer = speakerBefore(chosen);
    if (
      chosen &&
      chosen !== agent &&
      outer &&
      /,?\s+but\s+/i.test(s.text.slice(chosen.verbStart, q.start)) &&
      OWN_VIEW_BEFORE.test(s.text.slice(chosen.verbStart, q.start))
    )
      chosen = outer;
    // ("HUR has said Russia expects to receive another 6,000 …": the same, in the words of the speaker before it.)
    const reporting = speakerBefore(chosen);
    if (
      chosen &&
      chosen !== agent &&
      reporting &&
      EXPECTING_VERB.test(chosen.verb) &&
      PARTY_EXPECTING.test(chosen.subject?.text.trim() ?? "") &&
      // ("HUR said about 12,000 … are in Kursk, and that Moscow expects another 1,500 …": a second "that" of the same verb.)
      /^(?:has\s+|have\s+|had\s+)?(?:said|says|told\s+\S+(?:\s+\S+)?|reported|reports|believes|estimated|estimates)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+|[^.;]*?,?\s+and\s+that\s+)?$/i.test(
        s.text.slice(reporting.verbStart, chosen.subject?.start ?? chosen.verbStart),
      )
    )
      chosen = reporting;
    // "The Guardian reported that …, according to Ukrainian officials": the publication passes on the
    // figure of the source it names; it is the source only when it names none.
    // ("KCNA dismissed the $2,000 a month that Seoul says …": a publication that rejects the figure passes
    // nothing on.)
    if (chosen && chosen !== agent && !chosen.disputes && namesOutlet(chosen.subject, registry)) {
      // "Hanbit Ilbo put casualties at 6,000, while the Monitor counted 4,700": a source across a
      // contrast ("while", "whereas", "but", a semicolon) gives its own figures, not the outlet's.
      const across = (a: SpeechAct): boolean =>
        CONTRAST.test(a.verbStart > q.end ? s.text.slice(q.end, a.verbStart) : s.text.slice(a.verbStart, q.start));
      const other = [...beforeActs.slice(0, beforeActs.indexOf(chosen)).reverse(), ...afterActs].find(
        (a) =>
          a !== chosen &&
          a.subject !== null &&
          a.subject.form !== "pronoun" &&
          !namesOutlet(a.subject, registry) &&
          !across(a),
      );
      if (other) {
        const outlet = resolveSubject(chosen.subject, registry, tracker);
        if (outlet) relays.push(outlet);
        chosen = other;
      }
    } else if (chosen && chosen !== agent && !namesOutlet(chosen.subject, registry)) {
      const speaking = chosen;
      // "Kyodo News reports that South Korea's spy agency told lawmakers that …": a publication whose
      // report the speaker's words stand in passes the figure on.
      const reporting = beforeActs.find(
        (a) =>
          a.verbStart < speaking.verbStart &&
          /^(?:reported|reports|said|says|wrote|writes)$/i.test(a.verb) &&
          namesOutlet(a.subject, registry) &&
          /^\s+(?:(?:on|last|this)\s+\w+\s+)?that\b/i.test(s.text.slice(a.verbStart + a.verb.length)),
      );
      const outlet = reporting ? resolveSubject(reporting.subject, registry, tracker) : null;
      if (outlet) relays.push(outlet);
      // "The Meridian Post, citing Korea Wire Service, reported that South Korea's NIS puts …": the
      // publication the reporting one cites passes the figure on too.
      // (Only its own "citing", between its name and its verb: not "Lawmaker Kim, citing Yonhap, said …, and the
      // Meridian Post reported that …".)
      for (const a of outside) {
        if (!reporting?.subject || a.method !== "briefing" || a.subject === null) continue;
        // ("Citing Korea Wire Service, the Meridian Post reported …": a sentence that opens with the citing.)
        const opens = a.verbStart < reporting.subject.start && /^\W*$/.test(s.text.slice(0, a.verbStart));
        if (!opens && (a.verbStart < reporting.subject.start || a.verbStart > reporting.verbStart)) continue;
        if (!namesOutlet(a.subject, registry)) continue;
        const cited = resolveSubject(a.subject, registry, tracker);
        if (cited && cited !== outlet && !relays.includes(cited)) relays.push(cited);
      }
    }
    // "the Pentagon's 11,500, Kyiv's 12,000 and Seoul's 10,900", "Budanov's estimate of 4,000": whose
    // figure it is stands right before it.
    // "the $2,000 figure that South Korean officials have cited": the figure's own relative clause.
    const rel = CITING_VERB.test(s.text.slice(q.end)) ? FIGURE_CITED_BY.exec(s.text.slice(q.end)) : null;
    // "claims by South Korea's NIS that …", "a statement by the Pentagon that …": whose claim it is.
    // ("Quinlan cites a Reuters estimate that …": the owner named as the estimate's attribute.)
    const stated =
      STATED_BY_BEFORE.exec(s.text.slice(0, q.start)) ?? NAMED_CLAIM_THAT_BEFORE.exec(s.text.slice(0, q.start));
    // "a report by the Dnipro Herald that cited two officials": the report passes on whom it cites.
    const reportCited = stated ? REPORT_CITED.exec(stated[0].slice(stated[0].lastIndexOf(stated[1] ?? ""))) : null;
    const statedOwner = stated?.[1] ? parseSubject(reportCited?.[1] ?? stated[1], 0, true) : null;
    const owner =
      possessiveOwner(s.text.slice(0, q.start)) ??
      officialOwner(s.text.slice(0, q.start)) ??
      pronounOwner(s.text.slice(0, q.start)) ??
      gappedOwner(s.text.slice(0, q.start), s.text.slice(q.end)) ??
      itemSource(s.text, q) ??
      namedEstimateOwner(s.text.slice(0, q.start)) ??
      headlineOwner(s.text, q, (name) => registry.find(name)?.type === "person") ??
      relativeEstimateOwner(s.text.slice(0, q.start)) ??
      clauseGiverOwner(s.text.slice(0, q.start)) ??
      ownerPhrase(
        rel?.[1] ??
          rel?.[2] ??
          rel?.[3] ??
          rel?.[4] ??
          rel?.[5] ??
          SAYS_WERE_AFTER.exec(s.text.slice(q.end))?.[1] ??
          SAYS_PAYS_AFTER.exec(s.text.slice(q.end))?.[1] ??
          "",
      ) ??
      statedOwner;
    // ("- Claimed: 40,000 killed": a list's label word names no one.)
    const ownerEntity = owner && !LABEL_WORD.test(owner.name) ? resolveSubject(owner, registry, tracker) : null;
    if (ownerEntity && owner === statedOwner && reportCited && stated?.[1]) {
      const reporter = parseSubject(stated[1], 0, true);
      const e = reporter ? resolveSubject(reporter, registry, tracker) : null;
      if (e && e !== ownerEntity) relays.push(e);
    }
    if (ownerEntity) {
      attributed = ownerEntity;
      method = "possessive";
      // Whoever speaks in the sentence and calls that claim false, or dismisses it ("Kim dismissed claims
      // by Yonhap that …"), disputes it.
      const speaker = chosen && chosen !== agent ? resolveSubject(chosen.subject, registry, tracker) : null;
      // ("A Ukrainian official disputed the figure, saying Kyiv's count was closer to 4,000": what the
      // participle goes on to say is not what was disputed.)
      const dismissed =
        chosen !== undefined && chosen.disputes && chosen.verbStart < q.start && reachesFigure(chosen, s.text, q.start);
      if (leansOn && speaker && speaker !== ownerEntity && speaker.type === "person") relays.push(speaker);
      if (
        !leansOn &&
        !inQuestion &&
        speaker &&
        speaker !== ownerEntity &&
        (dismissed ||
          CALLED_FALSE_AFTER.test(s.text.slice(q.end)) ||
          FALSE_AFTER.test(s.text.slice(q.end)) ||
          // ("said the agency's own estimate of 600 dead was “almost certainly too low”".)
          CALLED_WRONG_AFTER.test(s.text.slice(q.end)) ||
          JUDGED_WRONG_AFTER.test(s.text.slice(q.end)))
      )
        disputedBy = speaker;
    } else if (chosen) {
      // A pronoun is read where the paragraph's reading left it ("Ukraine's defence intelligence … : it
      // said"), not where crediting the sentences before has moved the tracker since.
      const r =
        chosen.subject?.form === "pronoun" && quoteSpeaker && chosen.subject.name !== "they"
          ? { entity: quoteSpeaker, ambiguous: false }
          : resolveWithFlag(chosen.subject, registry, tracker);
      attributed = r.entity;
      ambiguous = r.ambiguous;
      if (r.entity && chosen.subject && (chosen.subject.form === "pronoun" || chosen.subject.form === "description"))
        written = { text: chosen.subject.text, entity: r.entity };
      // "The person said", "they said", "the EU's foreign policy chief said": someone is credited whom the
      // article does not let the site name; the words are kept, so the page says so.
      if (!r.entity && chosen.subject && (chosen.subject.form === "description" || chosen.subject.form === "pronoun"))
        unnamed = chosen.subject.text;
      // ("our General Staff says there are about 11,000 …" in an interview's answer: the answerer's own side's
      // body, in those words, passed on by the answerer.)
      if (!r.entity && chosen.subject && /^(?:our|my)\s/i.test(chosen.subject.text)) {
        unnamed = chosen.subject.text;
        if (x.label) relays.push(x.label);
      }
      method = chosen.method;
      // A speaker who relays a briefing: credit the briefing's source, keep the speaker as the relay.
      // "…, the spy agency told lawmakers, Metro Wire reported, citing Yonhap": the citing belongs to the
      // publication whose verb comes between; it and the publication it cites relay the speaker's figure.
      const at = chosen;
      const between = briefing
        ? speech.filter((a) => a !== at && a.verbStart > at.verbStart && a.verbStart < briefing.verbStart)
        : [];
      if (briefing && between.length > 0 && chosen !== agent && attributed) {
        for (const e of [...between.map((a) => a.subject), briefing.subject]
          .filter((np) => namesOutlet(np, registry))
          .map((np) => resolveSubject(np, registry, tracker))) {
          if (e && e !== attributed) relays.push(e);
        }
      } else if (
        briefing &&
        // "Reuters, citing two diplomats, reported that the NIS believes …": the citing goes with the
        // outlet whose verb follows it, and the one the report names is the source.
        !(
          briefing.verbStart < chosen.verbStart &&
          chosen.verbStart < q.start &&
          (outletBeforeCiting ||
            sentenceActs.some(
              (a) =>
                a.verbStart > briefing.verbStart && a.verbStart < chosen.verbStart && namesOutlet(a.subject, registry),
            ))
        ) &&
        // ("Rep. Lee, briefed by the NIS, said he personally believed the toll was closer to 3,000": his own.)
        !OWN_VIEW_BEFORE.test(s.text.slice(chosen.verbStart, q.start)) &&
        (chosen !== agent ||
          // "…, as reported by Reuters, citing South Korean intelligence": the outlet relays the source it cites.
          (/^(?:citing|quoting)$/i.test(briefing.verb) &&
            briefing.verbStart > chosen.verbStart &&
            namesOutlet(chosen.subject, registry))) &&
        (attributed || unnamed)
      ) {
        // "…, the lawmaker told reporters, citing the NIS": a speaker the site cannot name still names
        // the source; the figure is that source's, passed on by someone unnamed.
        const source = resolveSubject(briefing.subject, registry, tracker);
        if (source && source !== attributed) {
          if (attributed) relays.push(attributed);
          // "…, citing Yonhap, which in turn cited the NIS": each link between relays it, outermost first.
          for (const np of briefing.through ?? []) {
            const e = resolveSubject(np, registry, tracker);
            if (e && e !== source && !relays.includes(e)) relays.push(e);
          }
          attributed = source;
          unnamed = null;
          ambiguous = false;
          written = null;
          method = "briefing";
        }
      }
      // "According to Hanseong, citing lawmaker Park, the NIS estimated that …": the person the outlet cites
      // passed the source's figure on.
      if (briefing && attributed && briefing.verbStart < chosen.verbStart && outletBeforeCiting) {
        const e = resolveSubject(briefing.subject, registry, tracker);
        if (e && e.type === "person" && e !== attributed && !relays.includes(e)) relays.push(e);
      }
      // "Park said the briefing put the toll at N": the lawmaker who reports what the agency said relays it, and so
      // does a publication ("The wire service also said the agency estimates … at 4,700").
      if (attributed && attributed.type !== "person" && chosen !== agent) {
        const outer = beforeActs
          .slice(0, beforeActs.indexOf(chosen))
          .reverse()
          .map((a) => ({ a, e: resolveSubject(a.subject, registry, tracker) }))
          .find(
            ({ a, e }) =>
              (e?.type === "person" && isLawmaker(e)) ||
              // (A publication only when the source speaks inside what it says, "said the agency estimates", not
              // beside it: "Hanbit Ilbo put … at 6,050, while the Kyiv Monitor counted …".)
              (e?.type === "outlet" &&
                e !== attributed &&
                chosen.subject !== null &&
                ((a.method === "said-before" &&
                  OUTLET_SAYS_THAT.test(s.text.slice(a.verbStart, chosen.subject.start))) ||
                  (a.method === "according-to" &&
                    /^(?:according\s+to|per)\s+[^,;]+,\s*$/i.test(s.text.slice(a.verbStart, chosen.subject.start))))),
          )?.e;
        if (outer) relays.push(outer);
      }
      // "…, Zelensky wrote on Telegram, Ukrinform reports": a publication reporting after the speaker relays.
      if (attributed && chosen !== agent) {
        const at = chosen;
        for (const a of afterActs) {
          if (a.verbStart <= at.verbStart || !namesOutlet(a.subject, registry)) continue;
          const outlet = resolveSubject(a.subject, registry, tracker);
          if (outlet && outlet !== attributed && !relays.includes(outlet)) relays.push(outlet);
        }
      }
      // "Kim, an analyst, said that up to 5,000 more could follow, according to Seoul", "A defector said he
      // was paid $100, according to the NIS": a body named after a person's figure is what the person
      // relies on, or what passed the person's words on; either way the figure reached the text through
      // it, so it is kept as the source cited.
      if (attributed && chosen !== agent && chosen.verbStart < q.start && !cited) {
        const speaking = chosen;
        // ("The NIS believes the North is preparing to send a further 1,500 troops, Bae said": one who says
        // after the figure what a body believes passes it on, as "according to Bae" does.)
        // (Only a closing ", Bae said", not "a figure Ryu said he could not confirm" nor "the 3,000 the Pentagon
        // says it has confirmed", and only a person.)
        // (Not the body's own official, "…, NIS spokesman Lee Jun-ho said", and not one who goes on to say
        // something of their own, "…, lawmaker Bae Eun-ji says 1,100".)
        const saidAfter = (a: SpeechAct): boolean => {
          if (!/^(?:said|says|told|added)$/i.test(a.verb) || a.subject === null) return false;
          if (!/,\s*$/.test(s.text.slice(q.end, a.subject.start))) return false;
          if (!CLOSING_SAID_AFTER.test(s.text.slice(a.verbStart + a.verb.length))) return false;
          const who = resolveSubject(a.subject, registry, tracker);
          // ("…, the agency's director, Hwang Min-seok, said": the description set right before the name, from
          // the last comma before it.)
          const before = s.text.slice(q.end, a.subject.start).replace(/,\s*$/, "");
          const described = before.slice(before.lastIndexOf(",") + 1);
          return (
            who?.type === "person" &&
            !(attributed !== null && (speaksFor(who, attributed) || namesBody([described], attributed)))
          );
        };
        const trailing = afterActs.find(
          (a) =>
            (a.method === "according-to" || saidAfter(a)) &&
            a.verbStart > q.end &&
            a.subject !== null &&
            a.subject.form !== "pronoun" &&
            !namesOutlet(a.subject, registry) &&
            !CONTRAST.test(s.text.slice(speaking.verbStart, a.verbStart)),
        );
        const source = trailing ? resolveSubject(trailing.subject, registry, tracker) : null;
        if (source && source !== attributed && !relays.includes(source)) {
          // "The NIS told lawmakers that about 3,000 …, according to lawmaker Park": the person who was
          // told passes the body's figure on. Between two people, or two bodies, who relies on whom is
          // not told.
          if (source.type === "person" && attributed.type !== "person") relays.push(source);
          else if (source.type !== "person" && attributed.type !== "organization") cited = source;
        }
      }
      // "Rep. Bae Eun-ji …, who attended the briefing, quoted Hwang as saying the North had sent “around 11,000”":
      // the person who quotes passes the figure on.
      if (attributed && chosen !== agent && /^(?:quoted|quotes|cited|cites)$/i.test(chosen.verb) && chosen.inverted) {
        const quoterPhrase = subjectBefore(s.text, chosen.verbStart);
        const quoter =
          quoterPhrase && quoterPhrase.form === "name" ? resolveSubject(quoterPhrase, registry, tracker) : null;
        if (quoter?.type === "person" && quoter !== attributed && !relays.includes(quoter)) relays.push(quoter);
      }
      if (agent) {
        const doubter = beforeActs.find((a) => a.disputes);
        if (doubter) disputedBy = resolveSubject(doubter.subject, registry, tracker);
      }
    } else if (CLAIM_LABEL.test(s.text)) {
      // "CLAIM: …" in a fact-check: someone's claim the article checks, not the article's own words.
      unnamed = (CLAIM_LABEL.exec(s.text)?.[1] ?? "").trim();
    } else if (x.label) {
      // A transcript's paragraph is its labelled speaker's words.
      attributed = x.label;
      method = "transcript";
    } else if (
      x.author &&
      firstPersonOutside(s.text, x.inQuote) &&
      // ("Now I read that Russia pays each of them $2,000 a month": what the writer read is no figure of theirs.)
      !/\bI\s+(?:have\s+|had\s+|often\s+|now\s+|keep\s+)?(?:read|hear|heard|see|saw|seen)\s+(?:(?:it\s+)?(?:said|reported|claimed)\s+)?(?:in\s+[^,;]{1,40}?\s+)?that\b[^.;]*$/i.test(
        s.text.slice(0, q.start),
      )
    ) {
      // "I estimate that no fewer than 3,200 …", "My own count …": the bylined author's own figure.
      attributed = x.author;
      method = "author";
    } else if (x.listSource) {
      // "1. The total number … is approximately 16,000": an item of a list its introduction credits.
      attributed = x.listSource;
      method = "list";
    } else if (!quoted && /^(?:he|she)\b/i.test(s.text.trim())) {
      // "He" and "she" are people: never the body that spoke last. The person last named before the
      // sentence comes first ("Dmytro Koval disagrees. He puts …"), then the person who spoke last.
      attributed =
        x.pronounPerson ?? (tracker.lastSpeaker?.type === "person" ? tracker.lastSpeaker : tracker.lastPerson);
      method = "pronoun";
      if (attributed) written = { text: (/^(?:he|she)\b/i.exec(s.text.trim()) ?? [""])[0], entity: attributed };
    } else if (x.kind === "domestic-wage") {
      // A person's own pay, told with them as the subject ("As a captain, Jang was paid ..."); a fact of
      // their life the outlet tells (the year they defected) has them as subject and credits nobody.
      const np = parseSubject(
        (s.text.slice(0, q.start).split(/,\s*/).pop() ?? "").split(/\s+(?:was|is|had|has|got|earned|received)\b/)[0] ??
          "",
        0,
      );
      // ("Ordinary soldiers get perhaps $100 a month": a capital that opens a phrase of common words is no name, unless
      // the text has met the person already: "Jang Myong-chol himself earned …", "Jang in 2016 earned …".)
      if (
        np?.form === "name" &&
        (np.role !== null ||
          np.text.trim().endsWith(np.name) ||
          /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+$/u.test(np.name) ||
          registry.find(np.name)?.type === "person" ||
          mentionsOfPart(tracker, nameKey(np.name)).length > 0)
      ) {
        const e = resolveName(np.name, registry, tracker).entity;
        if (e.type === "person") {
          attributed = e;
          method = "subject";
        }
      }
    }
  }
  // "“Hanseong's figure of 3,000 was incorrect; …,” the spokesman said": in a speaker's own words, a
  // figure they name as another's and call wrong is that other's, disputed by the speaker.
  if (method === "quotation" && attributed && !disputedBy && FALSE_AFTER.test(s.text.slice(q.end))) {
    const owner = possessiveOwner(s.text.slice(0, q.start).replace(/^[\s“"‘]+/, ""));
    const ownerEntity = owner ? resolveSubject(owner, registry, tracker) : null;
    if (ownerEntity && ownerEntity !== attributed) {
      disputedBy = attributed;
      attributed = ownerEntity;
      method = "possessive";
    }
  }
  // "The NIS said it could not confirm reports that North Korea would send another 6,000", "could not
  // verify claims that …": the figure is the reports', which the speaker neither gives nor disputes.
  const unconfirmed = x.inQuote(q.start) ? null : UNCONFIRMED_BEFORE.exec(s.text.slice(0, q.start));
  if (unconfirmed && attributed !== null) {
    attributed = null;
    method = null;
    written = null;
    unnamed = unconfirmed[1] ?? null;
  }
  // "Asked whether the 90 percent figure … was credible, Tait said …", "Asked about reports that 12,000 …":
  // a figure in the question is the questioner's premise, never the answer's.
  // ("Asked about a statement by the Pentagon that around 11,000 …": a figure the question gives its owner
  // stays that owner's.)
  if (
    question &&
    attributed !== null &&
    method !== "possessive" &&
    disputedBy === null &&
    !/\b(?:figure|estimate|count|claim|number|tally)\s+(?:of\s+)?$/i.test(s.text.slice(0, q.start))
  ) {
    attributed = null;
    method = null;
    written = null;
    unnamed = question[1] ?? null;
  }
  let relayedBy: Entity | null = null;
  for (const p of relays) if (p.type === "person") relayedBy = p;
  // A lawmaker passing on an intelligence briefing: the agency is the source, the lawmaker relays it;
  // but what the lawmaker works out ("the payments would add up to some $22 million a month, Kang
  // said") is the lawmaker's own.
  if (
    attributed !== null &&
    ((attributed.type === "person" && isLawmaker(attributed)) ||
      // ("Lawmakers said …", "citing the same lawmakers": lawmakers the article does not name.)
      (attributed.type === "group" && LAWMAKERS_GROUP.test(attributed.name))) &&
    !OWN_SUM_BEFORE.test(s.text.slice(0, q.start)) &&
    // ("…, a figure the NIS later said it could not confirm": not the agency's, by its own word.)
    !/\b(?:could\s+not|cannot|can['’]t|couldn['’]t|did\s+not|would\s+not|was\s+unable\s+to)\s+(?:independently\s+)?(?:confirm|verify)\b/i.test(
      s.text.slice(q.end),
    ) &&
    // ("saying his own sources put the dead at 1,200", "“My own reckoning … is that roughly 2,000 have died,”
    // he said": not the briefing's.)
    !/\b(?:his|her|their|my|our)\s+own\s+(?:sources|contacts|count|estimate|figures?|data|information|reckoning|calculations?|assessment|view|tally)\b/i.test(
      s.text.slice(0, q.start),
    ) &&
    // ("added that in his personal view the real number could be … perhaps 15,000", "personally believes": his own.)
    !OWN_VIEW_BEFORE.test(s.text.slice(0, q.start))
  ) {
    // ("a lawmaker briefed by the spy agency", when which spy agency cannot be told: not the agency named
    // last, but nobody.)
    const briefer = sentenceActs.find((a) => a.method === "briefing" && !a.insideQuote && a.subject !== null);
    const untold = briefer !== undefined && resolveSubject(briefer.subject, registry, tracker) === null;
    const agency =
      tracker.relays.get(attributed) ??
      (tracker.intel && x.index - tracker.intel.sentence <= 3 && !untold ? tracker.intel.entity : null);
    // ("The NIS put the toll at about 600, while lawmaker Kim said it was closer to 2,000", "But lawmaker Kim
    // said …": a lawmaker set against the agency gives a figure of their own.)
    const setAgainst =
      agency !== null &&
      briefer === undefined &&
      // (Not when the lawmaker's own words name the agency or its briefing: "who attended the briefing", "the agency
      // believed", "according to the agency's briefing".)
      !AGENCY_NAMED_AFTER.test(s.text.slice(q.end)) &&
      // ("The NIS said 600 soldiers had died. But lawmaker Lee said the toll was nearer 1,500.": against the agency's
      // own figure right before, which this lawmaker did not pass on.)
      ((/^\W*(?:but|however|yet)\b/i.test(s.text) &&
        !AGENCY_NAMED_AFTER.test(s.text.slice(0, q.start)) &&
        tracker.lastFigure !== null &&
        x.index - tracker.lastFigure.sentence <= 2 &&
        tracker.lastFigure.credit === agency &&
        tracker.relays.get(attributed) === undefined) ||
        sentenceActs.some((a) => {
          if (a.insideQuote || a.subject === null || a.verbStart >= q.start) return false;
          const between = s.text.slice(a.verbStart, q.start);
          const contrast = AGAINST.exec(between);
          // The agency's own figure before the contrast ("put the death toll at about 600, while …"), not a briefing.
          return (
            contrast !== null &&
            /\d/.test(between.slice(0, contrast.index)) &&
            !AGENCY_NAMED_AFTER.test(between.slice(contrast.index)) &&
            resolveSubject(a.subject, registry, tracker) === agency
          );
        }));
    if (agency && !setAgainst) {
      tracker.relays.set(attributed, agency);
      relayedBy = attributed;
      attributed = agency;
      method = "briefing";
    }
  }
  if (relayedBy && method === "briefing") tracker.relays.set(relayedBy, attributed ?? relayedBy);
  // "…, as reported by Reuters, citing South Korean intelligence. … according to the same Reuters report":
  // the same report passes on the same source.
  if (attributed && attributed.type !== "outlet")
    for (const r of relays) if (r.type === "outlet") (tracker.outletSources ??= new Map()).set(r, attributed);
  const sameReport =
    attributed?.type === "outlet" && SAME_REPORT.test(s.text) ? tracker.outletSources?.get(attributed) : undefined;
  if (attributed && sameReport) {
    relays.push(attributed);
    attributed = sameReport;
    method = "same-report";
  }
  // "4,700 were killed or wounded, a figure the NIS said was exaggerated": the source keeps the figure,
  // and the one who judges it disputes it.
  const judged = disputedBy
    ? null
    : FIGURE_WORD_AFTER.test(s.text.slice(q.end))
      ? (JUDGED_BY_AFTER.exec(s.text.slice(q.end)) ??
        DISPUTED_BY_AFTER.exec(s.text.slice(q.end)) ??
        DISPUTES_IT_AFTER.exec(s.text.slice(q.end)))
      : null;
  if (judged?.[1]) {
    // ("a figure no government has confirmed and that Parn dismissed as propaganda": the one named after
    // "and that" judges it.)
    const words = judged[1].trim().replace(/^.*\band\s+(?:that|which)\s+/i, "");
    // "a number Seoul called inflated": a capital stands for its government.
    const np = sourcePhrase(words);
    const judge = np ? resolveSubject(np, registry, tracker) : null;
    if (judge && judge !== attributed) disputedBy = judge;
  }
  // A figure a passive agent gave ("cited by Washington", "circulated by Kyiv") that the sentence's
  // speaker calls false or "so-called" is the agent's, disputed by the speaker.
  if (
    method === "passive-agent" &&
    !disputedBy &&
    (scare ||
      CALLED_FALSE_AFTER.test(s.text.slice(q.end)) ||
      // "said there was no evidence for the $2,000 figure, which was first reported from …".
      (noEvidenceBefore(s.text.slice(0, q.start)) && FIGURE_NOUN_AFTER.test(s.text.slice(q.end))) ||
      /^[^.;]*?\b(?:was|were|is|are)\s+(?:false|untrue|wrong|exaggerated|inflated)\b/i.test(s.text.slice(q.end)))
  ) {
    const speaker = lead ? resolveSubject(lead, registry, tracker) : null;
    if (speaker && speaker !== attributed) disputedBy = speaker;
  }
  // "soldiers … are unlikely to see anything close to the $2,000 a month that South Korea's spy agency has
  // reported": the figure stays its source's, and the sentence's speaker, who says it is not what soldiers
  // get, disputes it. "said the total was far short of the 100,000 that some commentators had predicted",
  // "well below the 20,000 some Russian bloggers have claimed", "well below the 3,000 claimed by Ukrainian
  // officials": the figure is theirs, disputed by the one who says the count is well below it.
  const belowThe = BELOW_THE_BEFORE.test(s.text.slice(0, q.start));
  if (!disputedBy && (belowThe || (attributed && NOT_SEEN_BEFORE.test(s.text.slice(0, q.start))))) {
    const who = lead ?? trailing;
    const speaker = who ? resolveSubject(who, registry, tracker) : null;
    const owned = belowThe ? CLAIMED_BY_AFTER.exec(s.text.slice(q.end)) : null;
    const ownerPhrase = owned?.[1] ?? owned?.[2];
    const np = ownerPhrase ? (parseSubject(ownerPhrase, 0) ?? groupPhrase(ownerPhrase)) : null;
    const owner = np ? resolveSubject(np, registry, tracker) : null;
    if (owner && owner !== speaker) {
      attributed = owner;
      method = "claim-of";
    }
    if (attributed && speaker && speaker !== attributed) disputedBy = speaker;
  }
  // "Claim: A post … says that 10,000 …" in a fact-check that rates it false: the article rejects what the
  // post says; the post stays its source.
  // ("A post shared 40,000 times claims that 50,000 … have been killed." then "Verdict: False.": the claim
  // a paragraph ends on, rated on the line after it.)
  // (Not a figure set against the claim after a contrast: "A viral post claims 50,000 …, though the NIS puts the
  // toll at about 600.")
  const ratedFalse =
    x.ratedFalse === true &&
    (CLAIM_LABEL.test(s.text) ||
      (x.lastOfParagraph === true &&
        CLAIMED_VERB.test(s.text.slice(0, q.start)) &&
        !/\b(?:though|although|while|whereas|but)\b/i.test(
          s.text.slice(s.text.slice(0, q.start).search(CLAIMED_VERB), q.start),
        )));
  // Whether the sentence's own words reject the figure, apart from a fact-check's rating of the whole claim.
  // "Nobody has given 12,000", "No unit lost 3,000 men": a figure named only to deny that anyone gave or reached it.
  // ("No government had said that 12,000 … until the NIS did so": someone did.)
  const nobodyGave =
    NOBODY_GAVE_BEFORE.test(s.text.slice(0, q.start)) &&
    // ("No unit lost more than 300 men": a ceiling on every unit, not a figure denied.)
    !(
      /\b(?:lost|suffered|sent|deployed|dispatched)\s+$/i.test(s.text.slice(0, q.start)) &&
      /^(?:more|fewer|less)\s+than$/i.test(q.hedgeText ?? "")
    ) &&
    // ("No army has sent 12,000 men abroad so quietly": a comparison, no denial.)
    !/^\s*(?:[\w-]+\s+){0,4}?(?:so|as|this|that)\s+(?:quietly|quickly|fast|secretly|openly|swiftly|far)\b/i.test(
      s.text.slice(q.end),
    ) &&
    !/\b(?:until|till)\s+(?!now\b|today\b)(?:[\p{L}’'-]+\s+){0,6}?(?:did|said|confirmed|reported|gave)\s+(?:so|it|that|this)\b|\b(?:until|till)\s+(?:last|this|earlier\s+this)\s+\p{L}+|\b(?:except|other\s+than|apart\s+from)\s+(?:the\s+(?:one|government|agency)\s+(?:in|of|from)\s+\p{Lu}|(?:the\s+)?\p{Lu})/u.test(
      s.text.slice(q.end),
    );
  const rejectsWords =
    !disputedBy &&
    !leansOn &&
    !inQuestion &&
    // ("he doubted that the soldiers would see even $100 a month": a ceiling of the doubter's own, not a figure doubted.)
    !DOUBTED_EVEN_BEFORE.test(s.text.slice(0, q.start)) &&
    (sentenceActs.some(
      (a) =>
        a.disputes &&
        a.verbStart < q.start &&
        !a.insideQuote &&
        // "rejected both estimates, saying his own sources put the dead at 1,200": what the participle
        // goes on to say is the speaker's own figure, not what was rejected.
        reachesFigure(a, s.text, q.start) &&
        // "Park called the figure 'fantasy' and said only 200 …": the same speaker's next verb, which
        // disputes nothing, gives the figure after it.
        !sentenceActs.some(
          (b) => b.subject === a.subject && !b.disputes && b.verbStart > a.verbStart && b.verbStart < q.start,
        ) &&
        // ("The Kremlin dismissed reports of North Korean troops as fake, while Kyiv says 11,000 are in Kursk": another
        // speaker who gives the figure after the denial.)
        !sentenceActs.some(
          (b) =>
            !b.disputes &&
            !b.insideQuote &&
            b.verbStart > a.verbStart &&
            b.verbStart < q.start &&
            b.subject !== null &&
            b.subject.form !== "pronoun" &&
            a.subject !== null &&
            b.subject.name !== a.subject.name &&
            /,\s+(?:(?:while|whereas|but|and)\s+)?[^,;]*$/i.test(s.text.slice(a.verbStart, b.verbStart)),
        ) &&
        // "The Times disputes that figure: two defectors told the Times that … $1,000": what a speaker says
        // after the colon is their own figure, not the one rejected.
        !sentenceActs.some((b) => {
          const colon = s.text.indexOf(":", a.verbStart);
          return colon >= 0 && colon < q.start && !b.disputes && b.verbStart > colon && b.verbStart < q.start;
        }),
    ) ||
      JUDGED_WRONG_AFTER.test(s.text.slice(q.end)) ||
      (PROVED_WRONG_AFTER.test(s.text.slice(q.end)) &&
        // ("The ministry's figure of 900 troops was withdrawn": the figure, not the troops.)
        !(
          TROOPS_WITHDRAWN_AFTER.test(s.text.slice(q.end)) &&
          !/\b(?:figure|estimate|claim|report|number|count|tally|toll)\s+of\s+(?:(?:about|around|some|roughly|nearly)\s+)*$/i.test(
            s.text.slice(0, q.start),
          )
        )) ||
      (/relation|nothing to do/i.test(s.text) && NO_RELATION_AFTER.test(s.text.slice(q.end))) ||
      CALLED_WRONG_AFTER.test(s.text.slice(q.end)) ||
      (CLAIM_THAT_BEFORE.test(s.text.slice(0, q.start)) && FALSE_AFTER.test(s.text.slice(q.end))) ||
      // ("We also reject the claim … that “fewer than 100” North Koreans have been lost": quotation marks round the figure
      // alone quote the claim's words inside the writer's sentence.)
      ((method === "author" ||
        (method === null &&
          (!x.inQuote(q.start) ||
            (/\b(?:that|claims?\s+of)\s+[“"‘]\s*$/.test(s.text.slice(0, q.start)) &&
              /^\s*[”"’]/.test(s.text.slice(q.end)))))) &&
        (FIRST_PERSON_DOUBT.test(s.text.slice(0, q.start).split(";").pop() ?? "") || WE_RATE_FALSE.test(s.text))) ||
      // "no evidence that the 11,000 troops …" doubts what follows the figure; "no evidence for the
      // $2,000 figure" doubts the figure.
      (noEvidenceBefore(s.text.slice(0, q.start)) &&
        (!/\bthe\s+$/i.test(s.text.slice(0, q.start)) || FIGURE_NOUN_AFTER.test(s.text.slice(q.end)))) ||
      withdrawnByArticle(x) ||
      nobodyGave ||
      setAsideByNot(s.text, q) !== null ||
      // ("has not lost more than 500" is a ceiling the speaker gives, not a figure denied.)
      (NEGATED_ACT_BEFORE.test(s.text.slice(Math.max(0, q.start - 80), q.start)) &&
        !BOUND_WORDS.test(q.text) &&
        (COUNT_DENIED_AFTER.test(s.text.slice(q.end)) || AS_CLAIMED_AFTER.test(s.text.slice(q.end)))) ||
      // ("No, 40,000 North Korean soldiers have not died in Russia": the count the negated verb denies.)
      // (Only a count the sentence opens with: "The HUR said 300 … were not killed but taken prisoner" is the HUR's.)
      // ("Fact check: No, 50,000 … have not been killed": a label's "No," too.)
      (DENIED_AFTER.test(s.text.slice(q.end)) &&
        /^\W*(?:(?:(?:(?:our|the)\s+)?(?:fact[\s-]?check(?:ed)?|reality\s+check(?:ed)?|claim|myth|verdict|rating|ruling|debunked|false)\s*:\s*)?No[,.]\s+)?(?:(?:about|around|some|more\s+than|over|nearly)\s+)?$/i.test(
          s.text.slice(0, q.start),
        ) &&
        !BOUND_WORDS.test(q.text)) ||
      (NOBODY_BELIEVES_BEFORE.test(s.text.slice(Math.max(0, q.start - 80), q.start)) &&
        !JUDGED_AFTER.test(s.text.slice(q.end))) ||
      (DOUBTING_QUESTION.test(s.text.slice(0, q.start)) && /\?\s*$/.test(s.text) && !x.inQuote(q.start)) ||
      (attributed !== null &&
        CALLED_FALSE_AFTER.test(s.text.slice(q.end)) &&
        // ("…, a figure RIA called “absurd”": another, named, calls it so; see `appositiveRejection` in index.ts.)
        !CALLED_SO_BY_NAMED_AFTER.test(s.text.slice(q.end)))) &&
    method !== "passive-agent";
  // ("the NIS put the number at about 11,000 at the time, and that Choi's figure had been invented": the verdict is
  // on another's figure, named after this one.)
  const rejectsItself = rejectsWords && !OTHERS_FIGURE_JUDGED_AFTER.test(s.text.slice(q.end));
  const rejects = rejectsItself || (!disputedBy && ratedFalse && method !== "passive-agent");
  // "The Seoul Post misstated the number of casualties as 3,700, the ministry said": the figure is the one
  // named before the verb; whoever else speaks in the sentence disputes it, or else the article does
  // (the publisher, in index.ts).
  const misreported = MISREPORTED_BY_BEFORE.exec(s.text.slice(0, q.start));
  const misreportWords = misreported?.[1]?.trim() ?? "";
  const misreportNp =
    misreportWords && !ARTICLE_ITSELF.test(misreportWords) ? parseSubject(misreportWords, 0, true) : null;
  const misreporter =
    misreportNp && misreportNp.form !== "pronoun" ? resolveSubject(misreportNp, registry, tracker) : null;
  if (misreporter && !x.inQuote(q.start)) {
    // ("The NIS said 1,000 had died, but Yonhap overstated the toll as 3,600": not across a contrast.)
    const judge = sentenceActs
      .filter(
        (a) =>
          !a.insideQuote &&
          a.subject !== null &&
          a.subject.form !== "pronoun" &&
          !/\b(?:while|whereas|but)\b|;/i.test(
            a.verbStart > q.end ? s.text.slice(q.end, a.verbStart) : s.text.slice(a.verbStart, q.start),
          ),
      )
      .map((a) => resolveSubject(a.subject, registry, tracker))
      .find((e) => e !== null && e !== misreporter);
    return {
      attributed: misreporter,
      method: "misreported",
      ambiguous: false,
      cited: null,
      disputedBy: judge ?? null,
      relayedBy: null,
      relays: [],
      stance: judge ? "asserts" : "disputes",
      quoted: false,
      writtenAs: null,
    };
  }
  // "An earlier version of this article said 1,350 …; the correct figure, according to the NIS, is 1,150":
  // the article withdraws its own figure; whoever gives the correction does not dispute the withdrawn one.
  if (withdrawnByArticle(x)) {
    // ("An earlier version … said South Korea's intelligence agency put the number … at 30,000. The correct figure is
    // 3,000.": the source the withdrawn figure was given to is whose the corrected figure is.)
    const source = sentenceActs
      .filter((a) => a.verbStart < q.start && a.subject !== null && a.subject.form !== "pronoun")
      .map((a) => (ARTICLE_ITSELF.test(a.subject?.name ?? "") ? null : resolveSubject(a.subject, registry, tracker)))
      .findLast((e) => e !== null && e.type !== "outlet");
    tracker.withdrawn = { sentence: x.index, source: source ?? null };
    return {
      attributed: null,
      method: null,
      ambiguous: false,
      cited: null,
      disputedBy: null,
      relayedBy: null,
      relays: [],
      stance: "disputes",
      quoted,
      writtenAs: null,
    };
  }
  // "There is no evidence that more than 20,000 …, as some bloggers have claimed, she said": the claim is
  // the bloggers', and whoever else speaks in the sentence disputes it.
  const asClaimed = rejects ? AS_CLAIMED_AFTER.exec(s.text.slice(q.end)) : null;
  if (asClaimed?.[1]) {
    // ("as Kyiv claims": a capital stands for its government.)
    const np = sourcePhrase(asClaimed[1]);
    const owner = np ? resolveSubject(np, registry, tracker) : null;
    // ("Koval said the number is not 12,000, as Kyiv claims, …": the speaker before rejects it too.)
    const other = owner
      ? (sentenceActs
          .filter((a) => !a.insideQuote && a.subject !== null && a.verbStart > q.end + asClaimed[0].length)
          .map((a) => resolveWithFlag(a.subject, registry, tracker).entity)
          .find((e) => e !== null && e !== owner) ??
        (attributed !== null && attributed !== owner && method !== "passive-agent" ? attributed : undefined))
      : undefined;
    if (owner && other) {
      attributed = owner;
      disputedBy = other;
      written = null;
      ambiguous = false;
      method = "claim-of";
    } else if (owner && attributed === owner) {
      // "…, as some bloggers have claimed, she said": the claim is still the bloggers', when who rejects
      // it cannot be told.
      written = null;
      ambiguous = false;
      method = "claim-of";
    }
  }
  // Whoever rejects a figure ("Kang dismissed the $2,000 figure", "the 300 deaths were an undercount,
  // Town said") is not its source: they dispute it, and the sentence names nobody who gives it.
  // ("“Kyiv claims 12,000 … have been killed, but that is nonsense,” Peskov said": the figure stays
  // Kyiv's, and the speaker who names it to reject it disputes it rather than passing it on.)
  // ("“Kyiv claims 12,000 …, but we think it is closer to 8,000,” Peskov said", "“The NIS says 11,000 …, but the
  // real number is much higher,” a lawmaker said": a count of the speaker's own set against it disputes it too.)
  const counters = quotedRelay !== null && OWN_COUNT_INSTEAD.test(s.text.slice(q.end));
  if ((rejectsItself || counters) && attributed && !disputedBy && quotedRelay !== null && method !== "claim-of") {
    disputedBy = quotedRelay;
    relays.splice(relays.indexOf(quotedRelay), 1);
    if (relayedBy === quotedRelay) relayedBy = null;
  }
  // "Kyiv's spy chief said 8,000 had died, not the 15,000 that Budanov cited": a figure set aside whose owner
  // the words after it name stays the owner's, disputed by whoever else speaks before it (by the article when
  // no one does).
  const ownerNamed =
    rejectsItself &&
    attributed !== null &&
    !disputedBy &&
    method === "possessive" &&
    setAsideByNot(s.text, q) !== null &&
    OWNER_NAMED_AFTER.test(s.text.slice(q.end));
  if (ownerNamed) {
    disputedBy =
      sentenceActs
        .filter((a) => !a.insideQuote && a.subject !== null && a.verbStart < q.start)
        .map((a) => resolveWithFlag(a.subject, registry, tracker).entity)
        .findLast((e) => e !== null && e !== attributed) ?? null;
  }
  // ("The NIS has said that about 600 … were killed, a figure some analysts think is too low": those who judge it,
  // named in the figure's own clause, dispute it, not its source.)
  const judgedBy = rejectsItself && attributed && !disputedBy ? JUDGED_BY_OTHERS_AFTER.exec(s.text.slice(q.end)) : null;
  const judges = judgedBy?.[1] ? resolveSubject(parseSubject(judgedBy[1], 0), registry, tracker) : null;
  if (judges && judges !== attributed) disputedBy = judges;
  // ("It also questioned the South Korean intelligence claim that …" with no body the text lets "it" name: whose claim
  // it is, named by its possessive, is never who rejects it.)
  if (rejectsItself && attributed && !disputedBy && method !== "claim-of" && method !== "possessive" && !ownerNamed) {
    disputedBy = attributed;
    attributed = null;
    written = null;
    ambiguous = false;
    // "called the Kyiv regime's claim that 4,000 … a fake", "rejected reports in the Western press
    // that …": whose figure it is, when the sentence says.
    const owner = CLAIM_OWNER.exec(s.text.slice(0, q.start));
    const words = (owner?.[1] ?? owner?.[2] ?? "").trim();
    // "reports in the Western press": the press as the text names it, not its adjective alone.
    const named = words === "" || owner?.[2] ? null : parseSubject(words, 0, true);
    const np =
      words === "" ? null : named?.form === "name" ? named : groupPhrase(words, 0, words.replace(/^the\s+/i, ""));
    const e = np && np.form !== "pronoun" ? resolveSubject(np, registry, tracker) : null;
    if (e && e !== disputedBy) {
      attributed = e;
      method = "claim-of";
    }
  }
  // "The ministry said 300 had died, not 3,000": words that name who rejects a figure, when the site cannot
  // tell who that is, do not name its source.
  if (rejectsItself && attributed === null && disputedBy === null) unnamed = null;
  // "He said he … did not know that Russia was said to pay $2,000 a month": what a speaker did not know, or
  // passes on as what is said, is no figure of theirs, and the sentence names no one who gives it.
  if (
    (method === "said-before" || method === "said-after") &&
    !disputedBy &&
    !x.inQuote(q.start) &&
    (DID_NOT_KNOW_BEFORE.test(s.text.slice(0, q.start)) ||
      // (Hearsay passed on sits after the speaker's verb: "North Korea is said to have sent about 11,000 troops,
      // NIS officials told lawmakers" is the officials'.)
      /\b(?:said|says|told|added|claimed)\b/i.test(
        s.text.slice(0, SAID_TO_BEFORE.exec(s.text.slice(0, q.start))?.index ?? 0),
      ))
  ) {
    attributed = null;
    written = null;
    ambiguous = false;
    method = null;
    cited = null;
    unnamed = null;
  }
  // "wrote in to ask about the claim going round social media that 300,000 …": what someone asks about
  // is not their figure, and the sentence names no one who gives it.
  const asked = ASKED_ABOUT_CLAIM.exec(s.text.slice(0, q.start));
  if (asked?.[1] && !disputedBy) {
    attributed = null;
    written = null;
    ambiguous = false;
    method = null;
    unnamed = asked[1];
  }
  // "… and the bill comes to around $24 million a month, by our calculation": the article's own sum,
  // whoever the sentence credits with what it starts from.
  // "Our Seoul correspondent Hana Ridley reports that …, according to a South Korean official": the
  // outlet's own reporter is no source; the one she names is, else nobody the text names.
  if (
    attributed &&
    (method === "said-before" || method === "said-after") &&
    !x.inQuote(q.start) &&
    ownReporterSpeaks(s.text.slice(0, q.start), attributed)
  ) {
    attributed = cited;
    method = cited ? "according-to" : null;
    cited = null;
    written = null;
    ambiguous = false;
  }
  if (OUR_CALCULATION_AFTER.test(s.text.slice(q.end)) && !x.inQuote(q.start)) {
    attributed = null;
    written = null;
    ambiguous = false;
    method = null;
    relayedBy = null;
    cited = null;
    unnamed = null;
  }
  // "“The $2,000 number has been repeated by a dozen outlets …,” Han said": a figure named as a figure
  // that the article has already credited to someone else is theirs, mentioned, not the speaker's own.
  const valueKey = `${q.min}|${q.max}|${q.currency}|${q.percent}`;
  const earlier = tracker.credits?.get(valueKey);
  if (
    earlier &&
    attributed &&
    earlier !== attributed &&
    (method === "said-before" || method === "said-after" || method === "quotation") &&
    /\bthe\s+$/i.test(s.text.slice(0, q.start)) &&
    // ("… and that the $2,000 includes bonuses": the figure itself as the subject of a verb.)
    (FIGURE_NOUN_AFTER.test(s.text.slice(q.end)) || FIGURE_AS_SUBJECT_AFTER.test(s.text.slice(q.end)))
  ) {
    attributed = earlier;
    method = "earlier-figure";
  }
  // "Russia's defence ministry dismissed the figure of six prisoners as “fiction”": the figure a rejection
  // names as a figure, which the article has credited before, is that source's, disputed.
  if (
    earlier &&
    attributed === null &&
    disputedBy !== null &&
    earlier !== disputedBy &&
    (/\bthe\s+(?:[\w-]+\s+)?(?:figure|number|estimate|count|toll|tally|claim)\s+of\s+(?:(?:about|around|some|roughly|nearly)\s+)*[$€£₩₽]?$/i.test(
      s.text.slice(0, q.start),
    ) ||
      (/\bthe\s+$/i.test(s.text.slice(0, q.start)) && FIGURE_NOUN_AFTER.test(s.text.slice(q.end))))
  ) {
    attributed = earlier;
    method = "earlier-figure";
  }
  // ("A defector group claims that 20,000 soldiers are in Russia; the NIS calls the figure unverified": a clause
  // after a semicolon, with no figure of its own, in which someone else calls the figure wrong.)
  if (!disputedBy && attributed !== null) {
    const tail = /^[^;]*;\s*([^;\d]+)$/.exec(s.text.slice(q.end))?.[1];
    const judge = tail ? callerOfFigureWrong(tail, registry, tracker) : null;
    if (judge && judge !== attributed) disputedBy = judge;
  }
  const corrected =
    attributed === null && disputedBy === null && tracker.withdrawn && x.index - tracker.withdrawn.sentence <= 1
      ? CORRECT_FIGURE_BEFORE.test(s.text.slice(0, q.start)) &&
        // ("The correct figure is 1,200, and the estimate was Ukraine's, not the NIS's": a correction that names
        // another owner is read no further.)
        !/^[^.;]*?(?:,|\band\b|\bbut\b)[^.;]*\b(?:estimate|figure|number|count)\s+(?:was|is|came)\b|\bnot\s+(?:the\s+)?\p{Lu}/iu.test(
          s.text.slice(q.end),
        )
        ? tracker.withdrawn.source
        : null
      : null;
  if (corrected) {
    attributed = corrected;
    method = "correction";
  }
  if (attributed && !(tracker.credits ??= new Map()).has(valueKey)) tracker.credits.set(valueKey, attributed);
  if (attributed) tracker.lastCredited = attributed;
  tracker.lastFigure = { sentence: x.index, credit: attributed };
  // "HUR now says 10,000 …, not 8,000", "The NIS said 300 had died, not 3,000": a figure its speaker sets
  // aside for their own, which the sentence credits to no one, is given only to be rejected, whoever rejects it.
  const aside = attributed === null && disputedBy !== null ? setAsideByNot(s.text, q) : null;
  const setAside =
    // ("The number of North Korean dead is not 5,000, Peskov said", but not "The problem is not the 11,000 … but
    // the 20,000 …": a contrast that moves to another figure.)
    (aside === "instead" || (aside === "is-not" && !/^[^.;]*?\bbut\b/i.test(s.text.slice(q.end)))) &&
    // ("…, not the 15,000 that Budanov cited last week", "not 15,000, Budanov's figure": someone's figure, named.)
    !OWNER_NAMED_AFTER.test(s.text.slice(q.end));
  // ("“Nobody lost 3,000 men in one day,” the commander said": a figure named only to deny that anyone gave it, or
  // reached it, is no one's, whoever denies it.)
  // (A claim whose owner a possessive names, rejected by someone the text does not let the site name, stays its
  // owner's: "disputes" would make the owner the one who rejects it.)
  const ownersUnjudged = method === "possessive" && attributed !== null && !disputedBy && rejectsItself;
  const stance =
    ((rejects && !disputedBy) || setAside || (attributed === null && disputedBy !== null && nobodyGave)) &&
    !ownersUnjudged
      ? "disputes"
      : "asserts";
  return {
    attributed,
    method,
    ambiguous,
    cited,
    disputedBy,
    relayedBy,
    relays: relays.filter((p) => p !== relayedBy),
    stance,
    quoted,
    writtenAs:
      written && written.entity === attributed && written.text !== attributed.name
        ? written.text
        : attributed === null && disputedBy === null
          ? unnamed
          : null,
  };
}

/** The line that names the publication a whole article first appeared in, and its name. */
const REPUBLISHED_FROM =
  /\b(?:(?:[Tt]his|[Tt]he\s+following)\s+(?:article|story|report|piece|interview|column)\s+(?:first\s+|originally\s+)?(?:appeared|ran|was\s+(?:first\s+|originally\s+)?published)\s+(?:in|on|by)|(?:is\s+)?(?:[Rr]epublished|[Rr]eprinted|[Rr]eproduced)\s+(?:with\s+permission\s+)?from|(?:is\s+)?[Aa]n?\s+(?:(?:slightly\s+)?(?:edited|abridged|English)\s+)?translation\s+of\s+an?\s+(?:article|story|report|piece|column)\s+(?:first\s+|originally\s+)?(?:published|that\s+appeared|which\s+appeared)\s+(?:in|on|by))\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,4})/u;

/**
 * A wire agency's credit in a dateline that opens a line: "SEOUL (AFP) — ", "KYIV, March 3 (Reuters) - "; the group
 * is the agency.
 */
const WIRE_CREDIT_LEAD =
  /^[ \t]*(?!(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|FILE|PHOTO|PICTURE|VIDEO|GRAPHIC|TIMELINE|UPDATE|UPDATED|LIVE|BREAKING|CORRECTION|EDITOR)\b)\p{Lu}{2,}(?:[ \t-]\p{Lu}{2,}){0,2}(?:,[ \t]*[^()\n,]{3,20})?[ \t]*\((\p{Lu}{2,6}|\p{Lu}[\p{L}’'.]*(?:[ \t-]\p{Lu}[\p{L}’'.]*){0,2})\)[ \t]*(?:--|—|–|-)[ \t]/mu;

/** The publications an article relays, and a test of whether a name is a publication. */
export interface ArticleRelays {
  /** The one publication the whole article relays, when its front matter names exactly one. */
  readonly articleVia: readonly Entity[];
  /**
   * The one publication the front matter names when the article's own sentences name it too
   * ("…, Daily Meridian reported"): it relays the figures of the sources those sentences credit, not
   * every figure of the article.
   */
  readonly namedRelay: Entity | null;
  readonly isOutlet: (name: string) => boolean;
  /** Whether an entity is the article's own publisher ("told The Associated Press" in an AP story). */
  readonly isPublisher: (e: Entity) => boolean;
}

/**
 * The relays an article's front matter names.
 *
 * @param article The article.
 * @param registry Entity registry.
 * @returns Its relays.
 */
export function articleRelays(article: Article, registry: EntityRegistry): ArticleRelays {
  const relays = article.meta.relays.map((r) => registry.resolve(r, "outlet"));
  // "the Bulletin" in a story of the Kyiv Civic Bulletin: the publisher's last word or words, with "the".
  const publisher = article.meta.publisher ?? null;
  const isOutlet = (name: string): boolean => {
    const e = registry.find(name);
    if (e) return e.type === "outlet";
    const k = nameKey(name);
    // "told Nordic Monitor" in a story of Nordic Monitor: the publisher is an outlet, named or not before.
    if (publisher !== null && k === nameKey(publisher)) return true;
    return relays.some((r) => nameKey(r.name) === k || [...r.variants].some((v) => nameKey(v) === k));
  };
  const publisherWords = publisher === null ? [] : publisher.replace(/^the\s+/i, "").split(/\s+/);
  const publisherKey = publisher === null ? "" : nameKey(publisher);
  // Asked for every relay of every claim: the answer is kept until the entity gains a spelling.
  const known = new WeakMap<Entity, { name: string; spellings: number; is: boolean }>();
  const isPublisher = (e: Entity): boolean => {
    if (publisher === null) return false;
    const was = known.get(e);
    if (was && was.name === e.name && was.spellings === e.variants.size) return was.is;
    const words = e.name.replace(/^the\s+/i, "").split(/\s+/);
    const is =
      [e.name, ...e.variants].some((v) => nameKey(v) === publisherKey) ||
      (/^the\s/i.test([...e.variants][0] ?? e.name) &&
        words.length < publisherWords.length &&
        nameKey(publisherWords.slice(-words.length).join(" ")) === nameKey(words.join(" ")));
    known.set(e, { name: e.name, spellings: e.variants.size, is });
    return is;
  };
  // A publication that names the outlet it relays in its own sentences ("…, Daily Meridian reported") says
  // which figures it took from it: those sentences carry the relay, not every figure of the article.
  // Without a publisher of its own (a republished interview), or with the outlet only in a wire
  // credit ("(Yonhap)"), the whole text is the outlet's.
  const namedInBody = (r: Entity): boolean =>
    publisher !== null &&
    [r.name, ...r.variants].some((v) =>
      new RegExp(String.raw`(?<![\p{L}(])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L})])`, "u").test(
        article.body,
      ),
    );
  const named = relays.length === 1 && namedInBody(relays[0] as Entity) ? (relays[0] as Entity) : null;
  // "This article first appeared in The Korea Morning Post", "a translation of an article published in the
  // Hanmaeum Ilbo": the whole text is that publication's, whatever else the front matter lists.
  const original = REPUBLISHED_FROM.exec(article.body)?.[1]
    ?.replace(/^the\s+/i, "")
    .replace(/\.$/, "");
  // "SEOUL (AFP) — …", "KYIV, March 3 (Reuters) - …" opening a paper's story: the whole text is the agency's copy, unless
  // the agency is the publisher itself ("SEOUL, Nov. 13 (Hanbit) --" in Hanbit News Agency's own story).
  // (On one of the opening lines only: a dateline further down is a quoted or boxed item's.)
  const opening = article.body
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 8)
    .join("\n");
  const credited = WIRE_CREDIT_LEAD.exec(opening)?.[1]?.trim();
  // ("DECEMBER (Kursk Oblast) —": a place in the brackets is no agency.)
  const agency =
    credited && !/\b(?:Oblast|Region|Province|Krai|District|City|County|Front|Sector|Peninsula)$/.test(credited)
      ? credited
      : undefined;
  // ("WASHINGTON (CWS) —" in a story of the Capitol Wire Service: the publisher's initials.)
  // ("(AFP)" in a story of Agence France-Presse: each capitalised part of a hyphened word counts.)
  const initials = publisherWords
    .flatMap((w) => w.split("-"))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  const wired =
    agency && agency !== initials && !publisherWords.some((w) => nameKey(w) === nameKey(agency.split(/\s+/)[0] ?? ""))
      ? registry.resolve(agency, "outlet")
      : null;
  const from = original ? registry.resolve(original, "outlet") : wired;
  const whole = relays.length === 1 && !named ? relays : [];
  return {
    articleVia: from && !whole.includes(from) && !isPublisher(from) ? [from, ...whole] : whole,
    namedRelay: named,
    isOutlet,
    isPublisher,
  };
}

/**
 * The publications each sentence of a paragraph relays ("told the Guardian", "in an interview with X").
 *
 * @param sentences The paragraph's sentences.
 * @param relays The article's relays.
 * @param registry Entity registry.
 * @returns One list per sentence.
 */
export function paragraphVias(
  sentences: readonly Sentence[],
  relays: ArticleRelays,
  registry: EntityRegistry,
): Entity[][] {
  return sentences.map((s) => findVias(s.text, relays.isOutlet).map((v) => registry.resolve(v.name, "outlet")));
}

/**
 * Every publication that relays a figure, outermost first: the article's, the sentence's, the one that
 * opened a quotation the sentence continues, and the relays of its credit.
 *
 * @param relays The article's relays.
 * @param vias The paragraph's publications per sentence.
 * @param sentences The paragraph's sentences.
 * @param i The figure's sentence in the paragraph.
 * @param credit The figure's credit.
 * @param toldPublisher Sources the text says spoke to the article's own publisher: the article's relays
 *   do not carry their figures.
 * @returns Distinct entities.
 */
export function viaOf(
  relays: ArticleRelays,
  vias: readonly (readonly Entity[])[],
  sentences: readonly Sentence[],
  i: number,
  credit: Credit,
  toldPublisher: ReadonlySet<Entity> = new Set(),
): Entity[] {
  let openerVias: readonly Entity[] = [];
  if (credit.quoted && sentences[i]?.openQuoteAtStart) {
    for (let k = i - 1; k >= 0; k--) {
      if (sentences[k]?.opensQuote) {
        openerVias = vias[k] ?? [];
        break;
      }
    }
  }
  // A publication credited with its own reporting ("according to Reuters") does not also relay it.
  // Nor does the article's own publisher relay what a source "told" it.
  // The publisher's own figures ("by the Ledger's calculation") are not relayed either.
  const direct =
    (credit.attributed !== null && (toldPublisher.has(credit.attributed) || relays.isPublisher(credit.attributed))) ||
    (vias[i] ?? []).some(relays.isPublisher);
  return [
    ...new Set([...(direct ? [] : relays.articleVia), ...(vias[i] ?? []), ...openerVias, ...credit.relays]),
  ].filter(
    // Unnamed groups who pass a figure on ("…, lawmakers said after a briefing by the NIS") are not
    // publications.
    (e) => e !== credit.attributed && !relays.isPublisher(e) && e.type !== "group",
  );
}

/**
 * A sentence with no figure that denies what the sentence before it reported: "The Kremlin dismissed
 * the reports.", "Moscow has denied such claims", "“These are fabrications,” Peskov told reporters."
 * The object must point back ("the", "these", "such", "Seoul's" … claims, reports, figures); a denial of
 * something else ("denied sending troops") points at nothing before it.
 */
const DENIES_PREVIOUS = new RegExp(
  String.raw`^\s+(?:(?:flatly|repeatedly|strongly|swiftly|quickly|immediately|angrily|also)\s+)?(?:(?:the\s+)?(?:[\p{L}\d_.'’-]+\s+){0,3}?[\p{L}\d_.-]+['’]s|the|these|those|that|this|such|all\s+such)\s+(?:[\w-]+\s+){0,2}?(?:claims?|reports?|figures?|estimates?|allegations?|numbers?|accounts?|assertions?|counts?|tally|tallies|testimony|statements?|story|stories)\b`,
  "iu",
);
const CALLED_FALSE_QUOTE = new RegExp(
  String.raw`^\s*[“"](?:these|this|that|it|those|all\s+(?:of\s+)?this)\s+(?:is|are|was|were)\s+(?:all\s+|simply\s+|just\s+|nothing\s+but\s+)?(?:an?\s+)?(?:(?:outright|complete|total|absolute|pure|blatant)\s+)?(?:lies?|propaganda|false(?:hoods?)?|untrue|${CALLED_FALSE})\b`,
  "i",
);

/**
 * A sentence with no figure that judges the figure before it wrong: "That figure is surely too low, said
 * X.", "X said the estimate was an undercount", "X said the real number was much higher".
 */
const JUDGES_PREVIOUS_WRONG =
  /\b(?:(?:the|that|this|those|these|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figures?|estimates?|numbers?|counts?|toll|tally|totals?)\s+(?:is|are|was|were)\s+[“"‘]?(?:(?:surely|probably|likely|almost\s+certainly|certainly|clearly|far|much|way|still|also)\s+){0,2}(?:too\s+(?:low|high|small|large)(?![”"’]?\s+(?:for|to)\b)|an?\s+(?:(?:gross|serious|vast|significant|clear)\s+)?(?:undercount|overcount|underestimate|overestimate|exaggeration|understatement)|(?:(?:simply|plainly|completely|totally|entirely|just)\s+)?(?:wrong|false|untrue|incorrect|inaccurate|exaggerated|inflated)\b)|(?:the\s+)?(?:real|true|actual)\s+(?:number|figure|toll|count|total)\s+(?:is|was|could\s+be|may\s+be|might\s+be|is\s+likely)\s+(?:(?:far|much|considerably|significantly|probably|likely|several\s+times)\s+){0,2}(?:higher|lower|larger|smaller))\b/i;

/**
 * Calling the figure before wrong: "calls the figure unverified", "described the claim as exaggerated", "branded the
 * number a fabrication".
 */
const CALLS_FIGURE_WRONG =
  /\b(?:calls?|called|describes?|described|labels?|labell?ed|brands?|branded|terms?|termed|dismisses|dismissed|rejects?|rejected)\s+(?:the|that|this|those|these|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figures?|claims?|numbers?|estimates?|counts?|reports?|toll|tally)\s+(?:as\s+)?[“"‘]?(?:(?:an?|pure|simply|completely|totally|wholly|largely)\s+)*(?:unverified|unverifiable|unconfirmed|false|untrue|baseless|groundless|unfounded|exaggerated|inflated|fabricated|fake|propaganda|nonsense|fantasy|absurd|ridiculous|implausible|lies?|fabrications?|myths?|fictions?|disinformation)\b/i;

/**
 * Who calls the figure before wrong in a text without figures of its own ("the NIS calls the figure unverified").
 *
 * @param text The text.
 * @param registry Entity registry.
 * @param tracker Tracker.
 * @returns The one who calls it wrong, or null.
 */
function callerOfFigureWrong(text: string, registry: EntityRegistry, tracker: Tracker): Entity | null {
  const m = CALLS_FIGURE_WRONG.exec(text);
  if (!m || JUDGEMENT_NOT_MADE.test(text.slice(0, m.index))) return null;
  const np = subjectBefore(text, m.index);
  return np && np.form !== "pronoun" ? resolveSubject(np, registry, tracker) : null;
}

/** Words in the judgement's own clause that suppose it or deny it: "If …", "whether …", "No one has shown that …". */
const JUDGEMENT_NOT_MADE =
  /\b(?:if|whether|unless|no\s+one|nobody|none|not|never|hardly|nothing|deny|denies|denied)\b[^,.;]*$/i;

/**
 * Who a sentence with no figure of its own names as denying the sentence before it, if anyone.
 *
 * @param s The sentence.
 * @param acts Its speech acts.
 * @param speaker Who speaks its quotation, when anyone does.
 * @param registry Entity registry.
 * @param tracker Tracker.
 * @returns The one who denies, or null.
 */
export function denierOfPrevious(
  s: Sentence,
  acts: readonly SpeechAct[],
  speaker: Entity | null,
  registry: EntityRegistry,
  tracker: Tracker,
): Entity | null {
  if (CALLED_FALSE_QUOTE.test(s.text)) return speaker;
  const act = acts.find(
    (a) =>
      !a.insideQuote &&
      a.disputes &&
      a.subject !== null &&
      a.subject.form !== "pronoun" &&
      DENIES_PREVIOUS.test(s.text.slice(a.verbStart).replace(/^(?:(?:has|have|had|also)\s+)*\p{L}+/iu, "")),
  );
  if (act) return resolveSubject(act.subject, registry, tracker);
  // ("The NIS called the figure unverified.")
  const caller = callerOfFigureWrong(s.text, registry, tracker);
  if (caller) return caller;
  // "Vladimir Rudenko … said he doubted the Ukrainian account": the pronoun of a reported denial is the one
  // who said it.
  const reported = acts.find(
    (a) =>
      !a.insideQuote &&
      a.disputes &&
      a.subject?.form === "pronoun" &&
      DENIES_PREVIOUS.test(s.text.slice(a.verbStart).replace(/^(?:(?:has|have|had|also)\s+)*\p{L}+/iu, "")),
  );
  const teller = reported
    ? acts.find(
        (b) =>
          !b.insideQuote &&
          b.subject !== null &&
          b.subject.form !== "pronoun" &&
          b.verbStart < reported.verbStart &&
          /^\p{L}+\s+(?:that\s+)?(?:he|she|it|they)\s+$/iu.test(s.text.slice(b.verbStart, reported.verbStart)),
      )
    : undefined;
  if (teller) return resolveSubject(teller.subject, registry, tracker);
  // ("If that figure is wrong, …", "No one has shown that the figure is wrong": a judgement supposed or denied.)
  const judged = JUDGES_PREVIOUS_WRONG.exec(s.text);
  const judge =
    judged && !JUDGEMENT_NOT_MADE.test(s.text.slice(0, judged.index))
      ? acts.find((a) => !a.insideQuote && a.subject !== null && a.subject.form !== "pronoun")
      : undefined;
  return judge ? resolveSubject(judge.subject, registry, tracker) : null;
}
