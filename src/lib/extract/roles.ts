/**
 * Figure roles: what each figure of a sentence counts and what happens to it. Its kind comes from
 * its own phrase (the noun it counts, the verb that governs it, the construction it stands in),
 * with the registry's cue words elsewhere in the clause only breaking ties; then its unit, period
 * and bounds, or why it is not a claim at all.
 */
import type { Period, Unit } from "../schema/claim.ts";
import { KINDS, type KindId, type KindSpec, type UnitClass } from "../schema/kinds.ts";
import {
  DERIVATION_CUE,
  PER_MONTH,
  SEVERAL_PERIODS,
  STREET_WORDS,
  isCurrency,
  perDollar,
} from "../schema/vocabulary.ts";
import { maskMonthMay } from "./quantities/calendar.ts";
import { extractQuantities, type Quantity } from "./quantities/index.ts";
import { magnitudeCeiling } from "./quantities/figures.ts";
import {
  FIGURE_TIME,
  MONTH_NAMES,
  NEGATED_AUXILIARY,
  REJECTING_CEILINGS,
  WEEKDAY_NAMES,
} from "./quantities/vocabulary.ts";
import { findStances, type Stance } from "./qualitative.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { FIGURE_LABEL_WORDS } from "./blocks.ts";
import { matchesOf } from "./matches.ts";

/** What the classifier decided for one figure. */
export type Classification =
  | {
      readonly ok: true;
      readonly kind: KindId;
      readonly unit: Unit;
      readonly per: Period | null;
      readonly min: number | null;
      readonly max: number | null;
      readonly scope: string | null;
      /** A head count a total is computed for ("$20m for 10,000 soldiers"). */
      readonly basis: {
        readonly count: number;
        readonly text: string;
        readonly derived?: boolean;
        readonly inputs?: readonly string[];
      } | null;
    }
  | { readonly ok: false; readonly reason: string };

/** The sentence around a figure. */
export interface FigureContext {
  /** The sentence text. */
  readonly sentence: string;
  /** Every quantity of the sentence (offsets relative to the sentence). */
  readonly all: readonly Quantity[];
  /** The sentence before it in the same block, or "". */
  readonly previous: string;
  /** The one sentence right before it, when known: what "the number" refers back to first. */
  readonly last?: string;
  /** The few sentences before it, across paragraphs, when known: what a worked-out sum starts from. */
  readonly recent?: () => string;
  /** The sentence after it in the same block, or "": what a promise turned out to be. */
  readonly next?: string;
}

/** Nouns that make a bare number a head count. */
const PEOPLE_NOUNS =
  /^(?:soldiers?|troops?|personnel|men|women|fighters|people|servicemen|conscripts|recruits|workers|labou?rers|officers|generals|defectors|casualties|fatalities|deaths|dead|bodies|killed|wounded|injured|injuries|prisoners|captives|mercenaries|commandos|special forces|forces|civilians|north koreans|koreans|engineers|sappers|deminers|gunners|snipers|artillerymen|operators|technicians|medics|builders|instructors|reinforcements|replacements|infantrymen|paratroopers|marines)\b/i;
/** Units named by their trade ("combat engineers", "drone operators"): troops, with the trade as scope. */
const TRADE_NOUN =
  /^(?:[\w-]+\s+){0,2}?(engineers|sappers|deminers|gunners|snipers|artillerymen|operators|technicians|medics|builders|instructors|(?<=\b(?:artillery|military|drone|missile|rocket|combat|sniper|electronic[- ]warfare|air[- ]defen[cs]e)\s)specialists)\b/i;
/** Verbs whose object is the count they govern, by what they do to it. */
const GOVERNOR_BEFORE =
  /\b(?:(lost|lose|loses|losing|suffered|suffers|suffering|sustained|sustains|incurred)|(killed|kills|killing|eliminated|eliminates|eliminating|neutrali[sz]ed|liquidated)|(wounded|injured|hurt|injuring|wounding)|(captured|capturing|captures|took|taken|taking)|(sent|send|sends|sending|deployed|deploy|deploys|deploying|dispatched|dispatch|dispatches|dispatching|transferred|transfer|transported|moved|move|stationed|provided|provide|supplied|supply|contributed|contribute))\s+(?:(?:another|an additional|a further|additional|further|more than|at least|up to|nearly|some|roughly|about|around|approximately|over|only|just|a total of|as many as)\s+)*["“]?$/i;
/** The words that offer a second guess at a figure: "and possibly", "or perhaps even". */
const GUESS = String.raw`(?:(?:possibly|perhaps|maybe|even|probably|likely|potentially|conceivably)\s+)+`;
/** A bound a second guess may take: "as many as", "up to", "about". */
const GUESS_BOUND = String.raw`(?:(?:as many as|as much as|as high as|up to|more than|over|about|around|nearly|almost|some|close to)\s+)?`;
/** "…, and possibly as many as ", "…, or perhaps ": another guess at the count before, after its clause. */
const SECOND_GUESS_BEFORE = new RegExp(String.raw`\d[^.;:]*?,\s+(?:and|or)\s+${GUESS}${GUESS_BOUND}$`, "i");
/** Arms and supplies a sentence may be counting instead of soldiers. */
const ARMS_BEFORE =
  /\b(?:missiles?|shells?|rounds|containers?|weapons|arms|artillery|rockets?|launchers?|guns|howitzers|ammunition|munitions|tonnes|tons|drones|vehicles|tanks)\b/i;
/** Losses named as all of them before their figure: "total losses at ", "overall casualties at ", "casualties at ". */
const OWN_LOSSES_WORD =
  /\b(?:(?:total|overall|combined|all)\s+(?:[\w’'-]+\s+){0,2}?(?:losses|casualties)|casualties)\s+(?:(?:in|among|of)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+)?(?:at|to)\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|an estimated|approximately)\s+)*$/i;
/** After a sum, when it is paid once, at the end: "on their return", "at the end of the deployment", "on completion of their tour". */
const ONCE_AT_THE_END =
  /^[^.;]{0,12}?\b(?:on\s+(?:their|his|her|the\s+soldiers['’]?|its)\s+return|upon\s+(?:their|his|her)\s+return|when\s+(?:they|he|she)\s+(?:return(?:ed|s)?|g[oe]t\s+(?:back|home)|came\s+(?:back|home))|at\s+the\s+end\s+of\s+(?:the|their|his|her)\s+(?:deployment|contract|tour|service|mission|posting)|(?:on|upon)\s+(?:the\s+)?completion\s+of\s+(?:the|their|his|her)\s+(?:deployment|contract|tour|service|mission|posting))\b/i;
/** What someone has, right before its count: "which has about ", "with some ", "maintains ". */
const POSSESSED_BEFORE =
  /\b(?:has|have|had|with|keeps|kept|maintains|fields|boasts)\s+(?:(?:an\s+estimated|about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|close\s+to)\s+)*$/i;
/** A sending verb right before a count of part of a force: "sent ", "has deployed about " (… "of them"). */
const PART_SENT_BEFORE =
  /\b(?:sent|sends|send|sending|deployed|deploys|deploy|deploying|dispatched|dispatching|committed|transferred)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|an estimated|as many as|another|a further)\s+)*$/i;
/**
 * Whether a count is the part of an army or a unit that was sent: "North Korea, which has 1.2 million troops,
 * sent 11,000 of them", "The Storm Corps, which has about 45,000 troops, sent 11,000 of them" (not a part of a
 * deployment counted before: "sent about 11,000 troops … and has since deployed 3,000 of them to the front").
 *
 * @param s The sentence.
 * @param q The count.
 * @param all The sentence's numbers.
 * @returns True when the count is what was sent of a larger force at home.
 */
function sendsPartOfArmy(s: string, q: Quantity, all: readonly Quantity[]): boolean {
  if (!PART_SENT_BEFORE.test(s.slice(Math.max(0, q.start - 60), q.start))) return false;
  if (!/^\s+of\s+(?:them|those|these|its|their|whom)\b/i.test(s.slice(q.end))) return false;
  const whole = all.filter((o) => o.end <= q.start && o.form === "amount" && o.currency === null).at(-1);
  // (A whole someone "has": "has some 200,000 special forces soldiers and has sent about 11,000 of them".)
  return (
    whole !== undefined &&
    ((whole.min ?? whole.max ?? 0) >= 500_000 ||
      /\b(?:army|armies|armed\s+forces|military|corps|division|brigade|regiment|special\s+forces)\b[^.;]{0,40}$/i.test(
        s.slice(0, whole.start),
      ) ||
      POSSESSED_BEFORE.test(s.slice(0, whole.start)))
  );
}

/**
 * A deployment's verb right before a bare number: in the perfect ("has already sent ", "had deployed about "), or
 * in the past after the North ("Pyongyang sent "), with what says the number adds to a force before ("had sent an
 * additional ", "has sent a second wave of about ").
 */
const SENT_BARE_BEFORE =
  /(?:\b(?:has|have|had)\s+(?:(?:already|now|so far|since|reportedly)\s+)*|\b(?:North\s+Korea|Pyongyang|the\s+North)\s+(?:(?:already|reportedly|then|later|also|has|had)\s+)*)(?:sent|deployed|dispatched)\s+(?:(?:an?\s+)?(?:additional|further|extra|fresh)\s+|another\s+|(?:an?|its|the)\s+(?:second|third|fourth|new|fresh|further)\s+(?:wave|batch|contingent|group|rotation)\s+of\s+)?(?:(?:about|around|some|roughly|nearly|more than|over|at least|an estimated|as many as|up to)\s+)*$/i;
/** Words for soldiers that make a bare number sent a head count. */
const TROOP_WORD = /\b(?:soldiers|troops|servicemen|personnel)\b/i;
/**
 * Whether soldiers are what a sentence, or failing it the one before, speaks of before a bare number sent ("North
 * Korean troops are fighting in Kursk. Pyongyang has sent an additional 3,000."), and no arms are.
 *
 * @param before The sentence up to the number.
 * @param previous The sentence before, in the same block.
 * @returns True when the number sent is soldiers.
 */
function troopsSpokenOf(before: string, previous: string, after = ""): boolean {
  // ("North Korean labourers are building apartment blocks across Russia. Pyongyang has sent an additional 3,000":
  // people sent who are no soldiers.)
  if (NOT_SOLDIERS_AFTER.test(after)) return false;
  if (NOT_SOLDIERS_SENT.test(`${previous} ${before}`) && !TROOP_WORD.test(`${previous} ${before}`)) return false;
  if (ARMS_BEFORE.test(before) || ARMS_BEFORE.test(previous))
    return TROOP_WORD.test(before) && !ARMS_BEFORE.test(before);
  // ("Pyongyang had sent an additional 3,000 to Russia": what the North sends, when nothing near is arms.)
  return TROOP_WORD.test(before) || TROOP_WORD.test(previous) || NORTH_SENT.test(before);
}
/** People the North sends who are no soldiers: workers, labourers, tourists, students. */
const NOT_SOLDIERS = String.raw`(?:workers|labou?rers|construction\s+crews?|builders|tourists|loggers)`;
const NOT_SOLDIERS_SENT = new RegExp(String.raw`\b${NOT_SOLDIERS}\b`, "i");
/** Right after a number sent, that it includes people who are no soldiers: ", including engineers and construction workers". */
const NOT_SOLDIERS_AFTER = new RegExp(
  String.raw`^[^.;]{0,40}?,?\s+(?:including|among\s+them|mostly|mainly)\s+[^.;]{0,40}?\b${NOT_SOLDIERS}\b`,
  "i",
);
/** The North as the subject of sending, right before its object: "Pyongyang had sent an additional ". */
const NORTH_SENT =
  /\b(?:North\s+Korea|Pyongyang|the\s+North)\s+(?:(?:already|reportedly|then|later|also|has|have|had)\s+)*(?:sent|deployed|dispatched)\s+[^.;,]{0,40}$/i;
/** Participles after a head count that make it a deployment ("11,000 troops sent from the North"). */
const DEPLOYED_AFTER =
  /^\s*(?:(?:north korean|korean|more|additional|extra|fresh)\s+)*(?:soldiers|troops|personnel|servicemen|forces)\s+(?:(?:initially|originally|already|first|reportedly)\s+)?(?:sent|deployed|dispatched|stationed|transferred)\b/i;
/**
 * Verbs before a count that make it a plan, not a deployment ("is due to send", "decided to dispatch", and
 * the future perfect "will have sent 20,000 … by March", "expects North Korea to have sent 25,000 … by the end of the year").
 */
const PLAN_BEFORE =
  /(?:^\W*(?:north\s+korea|pyongyang)\s+to|\b(?:due to|set to|plans? to|planning to|planned to|decided to|agreed to|(?:pledged|pledges?|promised|promises?|vowed|vows?|offered|offers?)\s+to|intends? to|intending to|expected to|(?:un)?likely to|poised to|on (?:course|track) to|ready to|prepared to|preparing to|will|would|could|may|might|is to|are to|(?:expect(?:s|ed)?|predict(?:s|ed)?|forecasts?)\s+(?:the\s+)?(?:\w+\s+){0,2}?to))\s+(?:\w+\s+){0,2}?(?:send|deploy|dispatch|provide|supply|transfer|add|reach|rise to|grow to|climb to|swell to|top|exceed|total|(?<=\b(?:will|shall|(?:expects?|predicts?|forecasts?)\s+(?:[\w-]+\s+){1,2}?to)\s+have\s+(?:been\s+)?)(?:sent|deployed|dispatched))\s+(?:(?!(?:since|until|while|when|because|as|after|before|if|unless|though|although)\b)[\w-]+\s+){0,3}(?:(?:wave|batch|contingent|rotation|group)\s+of\s+(?:(?:about|around|some|roughly|up\s+to|as\s+many\s+as)\s+)?)?[“"‘]?$/i;
/** Between a part and the count of its whole: " of the first contingent of ", " of a wave of about ". */
const GROUP_OF_WHOLE = String.raw`\s+of\s+(?:the|that|this|its|their|an?)\s+(?:(?:first|second|third|initial|original|latest|new)\s+)?(?:contingent|wave|group|batch|force|deployment|rotation)\s+of\s+(?:(?:about|some|around|roughly|nearly|more\s+than|over)\s+)?`;
/** The same, read from where the part's figure ends (compiled once: it is tested for every figure). */
const GROUP_OF_WHOLE_RE = new RegExp(`^${GROUP_OF_WHOLE}`, "i");

/**
 * What follows the words between a part and the count of its whole, when they stand first in a text.
 *
 * @param text The text after the part's figure.
 * @returns The text after those words ("11,000 had been killed …"), or null.
 */
function afterGroupOfWhole(text: string): string | null {
  const m = GROUP_OF_WHOLE_RE.exec(text);
  return m ? text.slice(m[0].length) : null;
}
const PEOPLE_CONTEXT =
  /\b(?:soldiers?|troops?|personnel|fighters|forces?|contingent|servicemen|conscripts|recruits|casualt\w*|fatalit\w*|killed|wounded|injur\w*|died|deaths?|dead|missing|deployed|dispatched|north koreans)\b/i;
/** Words that say what a sentence counts: a bare number in it does not borrow another sentence's noun. */
const COUNTED_WORDS =
  /\b(?:dead|deaths?|died|killed|wounded|injured|casualt\w*|loss(?:es)?|troops|soldiers|servicem[ae]n|deploy\w*|sent|send)\b/i;

/**
 * A share of the figure's people, after it, with what befell them: "…, even the NIS count means more than 40 per cent of
 * them have been put out of action" (the losses are the share's, not the whole's).
 */
const SHARE_OF_THEM_AFTER =
  /\b(?:(?:more|less|fewer)\s+than\s+|about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+)*\d[\d,.]*\s*(?:%|per\s?cent|percent)\s+of\s+(?:them|those|these|the\s+(?:force|contingent|men|troops|soldiers))\b.*$/is;
/** A fronted "of" opening a clause, and a hedge: "Of roughly ", "told reporters that of some ", ", of the ". */
const FRONTED_OF_BEFORE =
  /(?:^|[,;:]\s*|\bthat\s+)[Oo]f\s+(?:the\s+)?(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|an\s+estimated|approximately)\s+)*$/;
/** After a whole, up to its comma, a share of it: ", about one in five", ", a third", ", 30 per cent", ", 4,000 have". */
const SHARE_AFTER_WHOLE =
  /^[^.;,]*,\s*(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|only|just|perhaps|maybe)\s+)*(?:(?:one|two|three|four|five|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?\w+|an?\s+(?:third|quarter|fifth|tenth|half)|half|\d[\d.]*\s*(?:%|per\s?cent|percent)|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?|tenths?)|\d[\d,]*(?=\s+(?:of\s+them\s+)?(?:have|had|has|were|was|are)\b))\b/i;
/** A word of losses anywhere. */
const CASUALTY_WORD_AT_ALL =
  /\b(?:killed|dead|died|deaths?|fatalities|wounded|injured|hurt|casualt\w*|losses|lost|missing|captured|prisoners?|evacuated|hospitali[sz]ed|taken\s+prisoner)\b/i;
/** The force's own men right after a count: " men in the first contingent", " soldiers in the deployment". */
const IN_THE_CONTINGENT_AFTER =
  /^\s+(?:north\s+korean\s+)?(?:men|soldiers|troops)\s+in\s+(?:the|its|their)\s+(?:(?:first|second|third|initial|original|latest|new)\s+)?(?:contingent|deployment|expeditionary\s+force|wave|rotation)\b/i;
/** A clause that says no figure was given: "; it gave no casualty figure", ", but offered no death toll". */
const NO_FIGURE_GIVEN_AFTER =
  /[;,]\s*(?:but\s+|and\s+)?(?:it|he|she|they|the\s+[\w-]+)\s+(?:gave|gives|give|offered|offers|provided|provides|released|published|did\s+not\s+give|has\s+not\s+given|have\s+not\s+given)\s+(?:no|any)\s+(?:[\w-]+\s+){0,2}(?:figures?|tolls?|counts?|estimates?|numbers?)\b[^.;]*/gi;
/** What a figure is compared with: "(is) far smaller than the viral death toll", "fewer than the dead". */
const COMPARED_AFTER =
  /\b(?:(?:is|are|was|were)\s+)?(?:(?:far|much|well|many\s+times|several\s+times|still)\s+)?(?:fewer|smaller|less|lower|higher|larger|greater|bigger|more)\s+than\s+(?:the|a|an|any|its|their|those|that)\s[^.;,]*/gi;

/** The words "the number of" and its like: the cheap test before the count they name is read. */
const NUMBER_OF_WORDS = /\b(?:number|count|tally|total)\s+of\b/i;

/** A change's start and its end, with words between ("from 11,000 last year to "): what precedes the end. */
const FROM_COUNT_TO =
  /\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to)\s+)*\d[\d,.]*(?:\s+(?:thousand|million))?(?:\s+[^\s\d,;]+){0,4}?\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|as many as)\s+)*$/i;

/**
 * What the last count of a sentence counts, when it counts troops or casualties.
 *
 * @param sentence The sentence.
 * @returns Its kind, or null.
 */
function lastCountKind(sentence: string): KindId | null {
  const kind = lastFigureKind(sentence, false, "");
  return kind && (kind.startsWith("troops") || kind.startsWith("casualties")) ? kind : null;
}

/**
 * What "the number" counts when its sentence first restates a figure of the sentences before by its bare
 * value ("Parn said 15,000 was too high and put the number at about 13,000", after "15,000 troops are in
 * Russia"): the kind of the last count of that value in the few sentences before, or null.
 *
 * @param q The figure "the number" is put at.
 * @param ctx Its sentence.
 * @returns The kind, or null when no bare number restates a count before.
 */
function restatedCountKind(q: Quantity, ctx: FigureContext): KindId | null {
  const s = ctx.sentence;
  const plain = (o: Quantity): boolean => o.form === "amount" && o.currency === null && !o.vague && !o.percent;
  // ("an NIS official said the agency's figure was 3,000", after "put North Korean casualties at 3,000": the
  // figure itself, when it ends its clause.)
  const bare =
    ctx.all.filter((o) => o.end <= q.start && plain(o)).at(-1) ??
    (plain(q) && CLAUSE_ENDS_AFTER.test(s.slice(q.end)) ? q : undefined);
  if (!bare || bare.min === null || bare.min !== bare.max || !ctx.recent) return null;
  // Only a number that names nothing it counts ("15,000 was too high", "the 15,000 figure").
  if (
    /^\s*(?:[\w-]+\s+){0,2}?(?:[a-z]+ers|[a-z]+ies|soldiers|troops|men|people|dead|deaths|killed|wounded|injured|casualties|personnel)\b/i.test(
      s.slice(bare.end),
    )
  )
    return null;
  const recent = ctx.recent();
  const sentences = splitSentences(recent, { index: 0, start: 0, end: recent.length });
  for (let k = sentences.length - 1; k >= 0; k--) {
    const t = sentences[k] as Sentence;
    const { numbers, figures } = sentenceFigures(t.text);
    const same = figures
      .filter((f) => f.form === "amount" && f.currency === null && f.min === bare.min && f.max === bare.max)
      .at(-1);
    if (!same) continue;
    // ("The NIS says 300 … have been killed. The HUR says 1,000.": read after the sentence before it.)
    const previous = sentences[k - 1]?.text ?? "";
    const that = roleOf(same, { sentence: t.text, all: numbers, previous, ...(previous ? { last: previous } : {}) });
    return that.ok && (that.kind.startsWith("troops") || that.kind.startsWith("casualties")) ? that.kind : null;
  }
  return null;
}

/**
 * What a text names figures of without a number: "the NIS casualty figures", "its death toll", "the size of the force".
 *
 * @param text The text before a figure.
 * @returns A kind of losses or of the force, or null.
 */
function figuresNamed(text: string): KindId | null {
  // ("The staff gave no figure for the size of the North Korean force in Belgorod; Seoul has estimated it at 3,000".)
  if (/\b(?:size|strength)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:force|contingent|deployment)\b/i.test(text))
    return "troops-deployed";
  if (/\b(?:death\s+(?:toll|count)|number\s+of\s+(?:the\s+)?dead)\b/i.test(text)) return "casualties-killed";
  return /\b(?:casualty|casualties|loss|losses)\s+(?:figures?|counts?|estimates?|tall(?:y|ies)|numbers?)\b/i.test(text)
    ? "casualties-total"
    : null;
}

/**
 * The kind of the last count of losses in a text, or null when its last count is of something else.
 *
 * @param text The text before a figure.
 * @returns A casualties kind, or null.
 */
function lossesBefore(text: string): KindId | null {
  const kind = lastCountKind(text);
  return kind?.startsWith("casualties") ? kind : null;
}

/**
 * The kind of the last amount of a sentence, counted or in money, read in that sentence alone (and the
 * one before it, when given).
 *
 * @param sentence The sentence.
 * @param money Whether the amount is a sum of money rather than a count.
 * @param previous The sentence before it, or "".
 * @returns Its kind, or null when it has none or is not read.
 */
function lastFigureKind(sentence: string, money: boolean, previous: string): KindId | null {
  const { numbers, figures } = sentenceFigures(sentence);
  // ("…, three times the figure of 600": a number of times is no amount counted.)
  const last = figures
    .filter(
      (f) => f.form === "amount" && (f.currency !== null) === money && !TIMES_AFTER.test(sentence.slice(f.numberEnd)),
    )
    .at(-1);
  const that = last
    ? roleOf(last, { sentence, all: numbers, previous, ...(previous ? { last: previous } : {}) })
    : null;
  return that?.ok ? that.kind : null;
}

/**
 * The kind of the last sum of money a sentence gives: what "the HUR's figure was up to $2,000 a month"
 * restates in the sentence after it.
 *
 * @param sentence The sentence.
 * @param previous The sentence before it, or "".
 * @returns Its kind, or null.
 */
function lastMoneyKind(sentence: string, previous: string): KindId | null {
  const kind = lastFigureKind(sentence, true, previous);
  return kind !== "context" ? kind : null;
}

/**
 * Another figure of the count before, with no noun of its own: "The NIS gives a lower figure of as many as 11,500",
 * "his own count is higher: “closer to 5,000 …”".
 */
const ANOTHER_FIGURE_OF_THE_SAME = new RegExp(
  String.raw`\b(?:an?|its|their|his|her)\s+(?:(?:slightly|much|far|somewhat|considerably)\s+)?(?:lower|higher|different|smaller|larger|bigger|more\s+conservative|similar)\s+(?:figure|estimate|count|number|tally)\s+of\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+many\s+as|more\s+than|at\s+least)\s+)*$|\b(?:his|her|its|their|my|our)\s+(?:own\s+)?(?:count|estimate|figure|tally|number)\s+(?:is|was)\s+(?:(?:much\s+|far\s+|somewhat\s+)?(?:higher|lower|larger|smaller|bigger|different)\s*[:,—–-]\s*)?[“"‘]?\s*(?:(?:closer|close|nearer)\s+to\s+|(?:about|around|some|roughly|nearly|perhaps|maybe)\s+)*$`,
  "i",
);
/** "The correct figure, according to the NIS, is ": a figure's noun, an aside naming its source, then the figure. */
const FIGURE_ASIDE_IS =
  /\b(?:the|that|this|its|their)\s+(?:(?:own|correct|right|actual|real|true|latest|revised)\s+)?(?:figure|number|tally|count|toll|total|estimate)\s*,\s*(?:according\s+to|citing|by\s+the\s+count\s+of)\s+[^,;.]{2,60},\s*(?:is|was|stands\s+at|stood\s+at|should\s+be|should\s+have\s+been)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to)\s+)*$/i;
/** "That was wrong: the HUR's figure was up to …", "the correct figure is …": a sum restated as "the figure". */
const FIGURE_RESTATED_BEFORE =
  /\b(?:the|its|their|his|her|\p{Lu}[\p{L}.-]*['’]s)\s+(?:(?:correct|right|actual|real|own|original|true)\s+)?figure\s+(?:was|is|had\s+been|has\s+been|should\s+have\s+been)\s+(?:(?:about|around|some|roughly|up\s+to|as\s+much\s+as|at\s+least|only|just)\s+)*[$€£₩₽]?$/iu;

/**
 * "the number of dead at", "the wounded at more than", "the number of North Korean dead at", "put North
 * Korean dead at": a count of losses named right before "at".
 */
const LOSS_NAMED_AT =
  /\b(?:(?:the|its|their)\s+(?:(?:number|count|tally)\s+of\s+(?:the\s+)?)?(?:North\s+Korean\s+)?|(?:put|puts|putting|placed|places|estimated|estimates)\s+North\s+Korean\s+)(dead|killed|wounded|injured|casualties)\s+at\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|an estimated|approximately|at least)\s+)*$/i;

/**
 * Where a contrast ("; ", "while", "whereas", "but") cuts a sentence before a figure, when a count of
 * people comes before the cut: what a bare "the agency says about 300" after it counts.
 *
 * @param s The sentence.
 * @param q The figure.
 * @param all Every quantity of the sentence.
 * @returns The offset of the cut, or null.
 */
function countBeforeContrast(s: string, q: Quantity, all: readonly Quantity[]): number | null {
  const before = s.slice(0, q.start);
  const cut = Math.max(
    before.lastIndexOf(";"),
    ...matchesOf(before, /,?\s+(?:while|whereas|but)\s/g).map((m) => m.index),
  );
  if (cut <= 0) return null;
  const counted = all.some(
    (o) => o.end <= cut && o.form === "amount" && o.currency === null && !o.currencyWord && !o.percent,
  );
  return counted && PEOPLE_CONTEXT.test(s.slice(0, cut)) ? cut : null;
}

/** What may follow a bare count that is all a speaker says: the end of its clause ("Kyiv says 4,000."). */
const BARE_CLAUSE_END = /^(?:\s+or\s+(?:more|so|fewer|less))?\s*(?:[.;!?]|,\s+(?:but|and|while)\b|$)/;

/** A speaker's verb right before a bare number it is all they say: "Kyiv says 4,000.", "Seoul puts it at 3,000." */
const SAID_BARE_BEFORE =
  /\b(?:says?|said|claims?|claimed|estimates?|estimated|reckons?|puts? it at|put it at|spoke of|speaks of|spoken of)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|somewhere near|close to|almost|perhaps|maybe)\s+)*$/i;
/** "…, while the HUR gave 12,000", "; the agency cited 12,000": a second source's count set against the first's. */
const GAVE_BARE_BEFORE =
  /(?:\b(?:while|whereas)|;)\s+(?:[\w’'.-]+\s+){1,6}?(?:gave|gives|cited|cites|counted|counts)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to)\s+)*$/i;
/** What a head count would earn or cost, after it: "… would earn Pyongyang about $264 million a year". */
// ("14,000 soldiers paid $2,000 a month for a year would bring in $336 million"; "Across a force of 11,000,
// that would come to about $20 million a month".)
const SUM_OF_COUNT_AFTER =
  /^(?:(?:[^.;,]|,(?=\d)){0,60}?\b(?:would|could|might)\s+(?:earn|bring\s+in|generate|yield|net|be worth|cost|come\s+to|amount\s+to|add\s+up\s+to)|(?:\s+(?:soldiers|troops|men))?\s*,\s*(?:that|this|it)\s+(?:would|could|might)\s+(?:come\s+to|amount\s+to|add\s+up\s+to|total|mean))\b[^.;]{0,40}?(?:[$€£₽]\s?\d|\d[\d,.]*\s*(?:million|billion|dollars|won|rubles|roubles))/i;
/** The label of a figure in a list or a table: "- Troops deployed: ", "Killed | ". */
export const FIGURE_LABEL_BEFORE =
  /^(?=[^:|]{0,80}[:|])\s*(?:[-•*–]\s+)?\|?\s*((?:[^:|\d]|\b(?:19|20)\d{2}\b){2,50}?)\s*[:|]\s*(?:[^;:|()]{1,30}\([^()]{1,40}\)\s*[;,]\s*)?(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately)\s+)*$/i;
/** A label that names the missing before its figure: "Missing: 120", "| MIA |", "- Missing in action:". */
const MISSING_LABEL = /^\W*(?:missing|MIA)(?:\s+in\s+action)?\s*[:|]/i;
/** A question about a number of people ending the text before: "How many soldiers has North Korea sent?". */
const HOW_MANY_ASKED = /\bhow many\b[^?]*\?$/i;
/** What a deployed number does right after it: "are now in", "have arrived", "followed". */
const DEPLOYMENT_PREDICATE =
  /^\s*(?:more\s+)?(?:(?:reported|said|believed|thought|understood)\s+to\s+(?:be\s+|have\s+)(?:been\s+)?(?:in|sent|deployed|arrived|fighting|stationed)\b|arriving\b|remain(?:ed|s)?\b|(?:are|were)\s+(?:now\s+|still\s+|already\s+)?(?:in|inside|stationed|deployed|fighting|based)\b|(?:have|had)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:sent|deployed|dispatched|arrived)\b|(?:followed|arrived)\b)/i;
/**
 * A bound written after a figure, its noun allowed between: "90 percent or more", "4,000 soldiers,
 * possibly more", "95 per cent at least"; "500 or fewer", "$100, maybe less".
 *
 * @param least The words of "at least" or "at most".
 * @param maybe The words that may come before the direction ("or", "perhaps", "if not").
 * @param direction The words of the direction ("more", "fewer").
 * @returns The pattern.
 */
function boundAfter(least: string, maybe: string, direction: string): RegExp {
  return new RegExp(
    // "or more than $260 million" bounds the figure after it, not this one.
    String.raw`^\s*,?\s+at\s+(?:the\s+|an?\s+)?(?:very\s+)?(?:${least})\b|^(?:\s+(?:north\s+korean\s+)?(?:soldiers|troops|people|casualties|dead|men|personnel))?\s*,?\s+(?:${maybe})\s+(?:even\s+)?(?:${direction})\b(?!\s+than\b)`,
    "i",
  );
}
const MAYBE = "or|maybe|perhaps|possibly|probably|likely|if not";
/** Open above after the figure. */
const OR_MORE_AFTER = boundAfter("least|minimum", `${MAYBE}|and likely|and possibly`, "more|above|higher|over");
/** Open below after the figure. */
const OR_LESS_AFTER = new RegExp(
  // "at 11,000 tops, a spokesman said": at the most, said after the number.
  String.raw`${boundAfter("most|maximum", MAYBE, "less|fewer|below|under").source}|^\s+tops\b(?=\s*(?:[,.;:)—–]|$))`,
  "i",
);
/** The scope of an increment of troops ("another 3,000", "3,000 more"). */
const INCREASE_OF_TROOPS = "additional troops (an increase)";

/**
 * The scope of an increase of the force, with the stretch it covers when the text gives one: "additional troops
 * in the first week of February (an increase)".
 *
 * @param stretch The stretch's words, or null.
 * @returns The scope.
 */
function increaseOver(stretch: string | null): string {
  return stretch ? `additional troops ${stretch} (an increase)` : INCREASE_OF_TROOPS;
}

/** A month an increase is counted from: "since January", "since early December 2024". */
const SINCE_MONTH = new RegExp(
  String.raw`\bsince\s+(?:(?:early|late|mid)[\s-])?(?:${MONTH_NAMES})(?:\s+\d{4})?\b`,
  "i",
);

/** Those who serve over time, after a head count: "… have fought on Russian soil", "… could pass through Russia". */
const OVER_TIME_AFTER =
  /^\s+(?:(?!(?:who|that|which)\b)[\w-]+\s+){0,3}?(?:(?:(?:could|would|may|might|will|have|had|has)\s+(?:already\s+)?)?(?:pass(?:ed)?\s+through|rotated?\s+through|cycled?\s+through)|(?:have|has|had)\s+(?:already\s+)?(?:fought|served)(?!\s+in\s+(?:the\s+)?(?:battle|fight|assault|attack|offensive)\b))\b/i;

/** Those polled, after a percentage: "68 percent said they thought …", "9 percent of respondents believed …". */
const POLLED_SHARE_AFTER =
  /^\s+(?:of\s+(?:(?:the\s+)?respondents|those\s+(?:polled|surveyed|asked|questioned)|(?:South\s+)?Koreans|adults|people|voters)\s+)?(?:said|say|says|thought|think|believed|believe|answered|agreed|agree|backed|supported|opposed|favou?red|told\s+(?:pollsters|the\s+pollster))\b/i;

/** An honour right after a count: "101 fallen soldiers were posthumously decorated". */
const HONOURED_AFTER =
  /^\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+(?:posthumously\s+)?(?:decorated|honou?red|awarded)|posthumously)\b/i;
/** An honour given to the count after it: "honoured ", "awarded medals to ", "posthumously awarded the title … to ". */
const HONOURS_BEFORE =
  /\b(?:honou?red|decorated|awarded\s+(?:medals|orders|decorations)\s+to|posthumously\s+awarded\b[^.;]{0,60}?\bto)\s+(?:the\s+)?$/i;
/** The dead, the returned or the brave, after a count an honour is given to. */
const HONOURED_WHO_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:fallen|dead|returning|returned|wounded)\b|^\s+(?:[\w-]+\s+){0,2}?(?:who\s+(?:had\s+)?(?:died|fell|were\s+killed|returned)|killed|for\s+(?:bravery|valou?r|heroism|courage))\b/i;

/**
 * Whether a count is of those a ceremony honours: "101 fallen soldiers were posthumously decorated", "Kim Jong Un
 * honoured 101 soldiers who died in Kursk", "awarded medals to 300 returning soldiers", "decorated 300 soldiers for
 * bravery", "honoured the 300 soldiers killed in Kursk and the 11,000 who served"; not "honoured the 11,000 troops sent
 * to Kursk", nor a toll "of the highly decorated Storm Corps".
 *
 * @param sentence The sentence.
 * @param q The count.
 * @returns True when the count is a ceremony's.
 */
function honouredAtCeremony(sentence: string, q: Quantity): boolean {
  const after = sentence.slice(q.end);
  const near = sentence.slice(Math.max(0, q.start - 80), q.start);
  if (HONOURED_AFTER.test(after)) return true;
  if (HONOURS_BEFORE.test(near) && (HONOURED_WHO_AFTER.test(after) || /\bposthumously\b/i.test(near))) return true;
  return (
    /\b(?:honou?red|decorated)\b[^.;]{0,80}\band\s+(?:the\s+)?$/i.test(sentence.slice(0, q.start)) &&
    /^\s+(?:[\w-]+\s+){0,2}?who\s+(?:had\s+)?(?:served|fought)\b/i.test(after)
  );
}

/** A figure's clause ending right after it: a stop or a closing mark, the text's end, or "and", "but", "while". */
export const CLAUSE_ENDS_AFTER = /^(?:\s*[.,;:”"’)]|\s*$|\s+(?:and|but|while)\b)/;

/** Whether a scope is an increase of the force ({@link increaseOver}). */
function isIncrease(scope: string | null): boolean {
  return scope !== null && scope.startsWith("additional troops") && scope.endsWith("(an increase)");
}
/** Upper bounds that cap a present count rather than announce a possible one. */
const CURRENT_CEILING = new RegExp(
  String.raw`^(?:fewer than|less than|under|just under|well under|below|just below|well below|far below|far fewer than|far less than|no more than|not more than|no larger than|no bigger than|no greater than|not larger than|at most|${REJECTING_CEILINGS.join("|")}|(?:just |well |far |not far )?short of|(?:just )?shy of)$`,
  "i",
);
/** Words after a number that are not what it counts: a verb's forms and times ("arriving", "reported", "early"). */
const NOT_A_NOUN =
  /^(?:\w+ing|tops|plus|apiece|reported|said|given|cited|quoted|mentioned|claimed|offered|published|believed|thought|expected|estimated|understood|known|set|due|likely|deployed|sent|dispatched|arrived|remained|remain|remains|early|late|soon|later|this|last|next|already|still|currently|there|here)$/;
/** Words for what a source heard from people, before their number ("accounts from", "interviews with"). */
const HEARD_FROM_BEFORE =
  /\b(?:accounts?|testimon(?:y|ies)|interviews?|interrogations?|debriefings?|letters?|diaries|conversations?|questioning)\s+(?:given\s+)?(?:from|of|with|by)\s+(?:(?:about|around|some|roughly|more than|over|at least|nearly)\s+)?$/i;
const DURATION_CUE = /\b(?:rotat\w*|replaced|withdrawn|swapped|relieved|redeployed)\b/i;
/** Casualty words, by what they count. */
/** Words that say soldiers were killed ("perished", "wiped out" as well as "killed"). */
const KILLED_WORDS = String.raw`killed|dead|deaths?|died|fatalit\w*|perish\w*|slain|eliminated|wiped out`;
const KILLED_CUE = new RegExp(String.raw`\b(?:${KILLED_WORDS}|lost their lives)\b`, "i");
const HURT_CUE = /\b(?:wounded|injur\w*|hurt)\b/i;
/**
 * The loss named right after a toll's figure: 1 both ("killed or wounded"), 2 the dead, 3 the wounded
 * ("900 North Korean soldiers killed", "about 2,000 dead").
 */
const OWN_LOSS_AFTER =
  /^\s*(?:(?:north\s+korean|korean|more|of\s+them|of\s+their|men|soldiers|troops|servicemen|fighters)\s+)*(?:((?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)|(?:wounded|injured)\s+(?:or|and)\s+(?:killed|dead))|(killed|dead)|(wounded|injured))\b(?!\s+(?:or|and)\s+(?:missing|captured|wounded|injured|dead|killed|taken|taken\s+prisoner))/i;
const OTHER_LOSS_CUE = /\b(?:captured|missing|taken prisoner)\b/i;
const OTHER_LOSSES =
  /\b(?:russia|ukraine|russian|ukrainian|kyiv|kiev|moscow|enemy|it)(?:'s|’s)?\s+(?:(?:own|itself|forces?|army|military|troops)\s+)*(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?(?:been\s+)?(?:suffered|suffering|lost|loses|losing)\b|\bbringing\s+(?:russia|ukraine|moscow|kyiv)['’]s\s+(?:total|tally|toll|count)\b|\b(?:russia|ukraine|russian|ukrainian|moscow|kyiv|kiev|enemy)(?:'s|’s)?\s+(?:(?:own|total|overall|military|army|armed forces|forces|troops|battlefield|combat)(?:'s|’s)?\s+)*(?:losses|casualties|dead|deaths|fatalities)\b/i;
/**
 * "The Russian army, by contrast, has lost more than 40,000": another army's losses, the figure their object
 * ("The Wagner group lost about 20,000 fighters", "The Azov brigade lost about 500 men": a force of either side named without its country is another army too).
 */
const OTHER_ARMY_LOST =
  /\b(?:russia|ukraine|russian|ukrainian|kyiv|kiev|moscow|enemy|the united states|america|american|china|chinese|beijing|japan|japanese|britain|british|(?:wagner|azov|akhmat)(?:\s+(?:mercenary|private military|military))?(?:\s+(?:group|company|brigade|regiment|battalion|unit|force))?)(?:'s|’s)?(?:\s+(?:own|forces?|army|military|troops|marines|paratroopers|sailors|soldiers|servicemen|units?|brigades?|regiments?|battalions?|conscripts|contract\s+soldiers)(?:\s+of\s+the\s+\d+\w*\s+(?:brigade|regiment|division|battalion|army))?)*(?:\s+as\s+a\s+whole|\s+overall|\s+in\s+total|\s+alone)?(?:\s*,[^,;.]{1,60},)?\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?(?:been\s+)?(?:suffered|suffering|lost|loses|losing)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately)\s+)*$/i;
/** "the number of men aged 20 to 24 at roughly ", "the population of young men aged 18 to 25 is ": an age group's size. */
const COHORT_BEFORE =
  /\b(?:number|population|count|cohort|pool)\s+of\s+(?:(?:North\s+Korean|young|military-age|fighting-age)\s+)*(?:men|women|males|females|people|boys)\s+(?:aged|between\s+the\s+ages\s+of)\s+\d+(?:\s*(?:to|and|-|–)\s*\d+)?\s+(?:at|is|was|stands\s+at|of)\s+(?:(?:about|around|some|roughly|nearly|approximately|an\s+estimated|just\s+over|just\s+under)\s+)*$/i;
/** "has cost Ukraine an estimated 46,000 soldiers killed", "costing Russia's army some ": what the war cost another army. */
const OTHER_ARMY_COST =
  /\bcost(?:s|ing)?\s+(?:(?:Kim|Pyongyang|North\s+Korea)['’]s\s+(?:ally|partner|patron)\s+)?(?:Ukraine|Russia|Kyiv|Moscow|(?:the\s+)?(?:Ukrainian|Russian)\s+(?:army|forces|side|military)|(?:the\s+)?(?:Ukrainians|Russians))(?:['’]s\s+(?:army|military|forces|troops))?\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|an\s+estimated|approximately|as\s+many\s+as)\s+)*$/i;
/**
 * A force a country sent, right before a share of "them": "North Korea sent 12,000 troops, about a third of them …" (not
 * losses, "4,500 casualties, two-thirds of them wounded", nor another army's, "Russia has lost 600,000 soldiers, …").
 */
const THEM_IS_FORCE_SENT =
  /\b(?:sent|sends|deployed|deploys|dispatched|dispatches|has|have|had)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*[\d,.]+\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|men|servicemen|personnel)\b[^,;.]{0,30},\s*(?:[\w-]+\s+){0,3}$/i;
/** The words that open what a sum leaves out: ", not counting arms sales", ", on top of far larger sums from …". */
const LEFT_OUT_HEAD = String.raw`,\s*(?:not\s+counting|without\s+counting|excluding|leaving\s+(?:aside|out)|apart\s+from|aside\s+from|on\s+top\s+of|in\s+addition\s+to)\b`;
// ("…, not counting the soldiers' salaries, from the shells it sold": the aside ends at its comma.)
// ("…, not counting arms sales, fuel shipments or the soldiers' salaries": a list goes on to its "or" or "and".)
const ARMS_LEFT_OUT = new RegExp(
  `${LEFT_OUT_HEAD}[^.;,]*(?:,\\s+(?!(?:from|which|that|who|but)\\b)[^.;,]*\\b(?:or|and)\\b[^.;,]*)?`,
  "gi",
);
/** A sum inside what is left out: "…, not counting the shells it has sold, valued at ". */
const IN_LEFT_OUT = new RegExp(`${LEFT_OUT_HEAD}[^.;]*$`, "i");
/** A verb that brings a total to a figure: "bringing", "took", "raising". */
const BRINGING_VERB = String.raw`(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|pushed)`;
/** All losses brought to the figure after it: "bringing its total losses to roughly ". */
const TOTAL_LOSSES_BROUGHT_TO = new RegExp(
  String.raw`\b${BRINGING_VERB}\s+(?:its|their|the)\s+(?:total\s+|overall\s+|combined\s+)?(?:losses|casualties)\b[^.;]{0,40}?\bto\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|approximately)\s+)*$`,
  "i",
);
/**
 * "Russia lost 1,630 troops on the previous day alone, bringing its total losses since February 2022 to about ": the
 * total another army's daily losses bring its own to.
 */
const OTHER_ARMY_TOTAL_BROUGHT =
  /\b(?:russia|ukraine|russian|ukrainian|kyiv|kiev|moscow|enemy)(?:'s|’s)?(?:\s+(?:own|forces?|army|military|troops))*(?:\s+as\s+a\s+whole)?\s+(?:has\s+|have\s+|had\s+)?(?:lost|suffered)\b[^.;]*,\s*(?:bringing|taking|raising|pushing)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:losses|casualties|toll|total|tally|count)\b[^.;]*$/i;
/** A side that says what it lost itself: "The Russian Ministry of Defence says it has … lost only ". */
const SIDE_SAYS_IT_LOST =
  /\b(?:russia|ukraine|russian|ukrainian|kyiv|kiev|moscow)\b[^.;]{0,60}?\b(?:says?|said|reports?|reported|claims?|claimed)\s+(?:that\s+)?(?:it|they)\s+(?:has|have|had)\b[^.;]{0,60}?\blost\s+(?:(?:only|just|about|some|around|nearly)\s+)*$/i;
/**
 * Whether the words before a figure give another side's losses: "Russia's own forces have lost", "The Russian army,
 * by contrast, has lost more than", "The Russian Ministry of Defence says it has … lost only".
 *
 * @param s The sentence.
 * @param clauseStart Where the figure's clause starts.
 * @param at Where the figure starts.
 * @returns True for another side's losses.
 */
function otherSideLost(s: string, clauseStart: number, at: number): boolean {
  const before = s.slice(0, at);
  // ("While Russia's battlefield deaths run into the tens of thousands, Kim's losses are put at about 2,000": North
  // Korea's losses named after the other army's are whose the figure is.)
  const other = OTHER_LOSSES.exec(s.slice(clauseStart, at));
  const northAfter = other !== null && NORTHS_LOSSES.test(s.slice(clauseStart + other.index + other[0].length, at));
  return (
    (other !== null && !northAfter) ||
    OTHER_ARMY_LOST.test(before) ||
    SIDE_SAYS_IT_LOST.test(before) ||
    OTHER_ARMY_TOTAL_BROUGHT.test(before) ||
    OTHER_ARMY_COST.test(before) ||
    // ("The brigade lost 40 soldiers to North Korean drone teams": who loses men to the North Koreans.)
    (/\blost\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to)\s+)*$/i.test(
      s.slice(clauseStart, at),
    ) &&
      /^\S+(?:\s+[\w-]+){0,3}?\s+to\s+(?:the\s+)?North\s+Koreans?\b/i.test(s.slice(at)) &&
      !NORTH.test(s.slice(clauseStart, at)))
  );
}
/** North Korea's own losses named: "Kim's losses", "North Korea's casualties", "North Korean deaths". */
const NORTHS_LOSSES =
  /\b(?:(?:Kim(?:\s+Jong[\s-]+Un)?|North\s+Korea|Pyongyang|the\s+North)['’]s\s+(?:[\w-]+\s+)?|North\s+Korean\s+(?:[\w-]+\s+)?)(?:losses|casualties|dead|deaths|fatalities|toll)\b/i;
/** "put the number of Ukrainian soldiers killed at more than 50,000": another army's count, named before "at". */
const OTHER_ARMY_PUT_AT =
  /\b(?:number|count|toll|tally)\s+of\s+(?:the\s+)?(?:russian|ukrainian|american|chinese)\s+(?:soldiers|troops|servicemen|personnel|forces|military\s+personnel)\s+(?:(?:killed|dead|wounded|injured|lost)(?:\s+(?:or|and)\s+(?:killed|dead|wounded|injured))?\s+)?at\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately)\s+)*$/i;
const NORTH = /\b(?:north korea\w*|pyongyang|dprk)\b/i;
/**
 * Another country than North Korea, or a body of it, as the subject of a verb of saying right before the
 * figure ("Kyiv says 300 of its soldiers …", "Ukraine's General Staff said on Monday that 300 of its …"):
 * whose "its" the figure's soldiers are.
 */
const OTHER_COUNTRY_SAYS =
  /\b(?:Kyiv|Ukraine|Moscow|Russia|the\s+Kremlin|Seoul|South\s+Korea)(?:['’]s(?:\s+[\w-]+){1,3})?\s+(?:(?:has|have|had)\s+)?(?:says?|said|reports?|reported|claims?|claimed|admits?|admitted|announced|acknowledged|acknowledges|estimates?|estimated|confirmed|confirms)(?:\s+(?:on\s+\w+|in\s+a\s+[\w\s]{1,30}?|last\s+\w+|this\s+\w+|yesterday|today))?\s+(?:that\s+)?(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least|over|up\s+to|almost)\s+)*$/;
/** A modal guess at presence now: "may be in Russia", "could already be fighting in Kursk" (not "may be in Russia by June"). */
const MAY_BE_THERE =
  /\b(?:may|might|could|must)\s+(?:already\s+|now\s+|still\s+)?be\s+(?:already\s+|now\s+|still\s+)?(?:in|on|inside|fighting|stationed|serving|present|there)\b(?![^.;]*\b(?:by|before|until|within|next|soon|coming|later)\b)/i;
/**
 * What a condition of the war going on is about: the war, the fighting, a ceasefire ("the fighting near Sudzha",
 * "a ceasefire"), not a count or a rumour ("If the rumours that keep going around Seoul are true").
 */
const WAR_SUBJECT = String.raw`(?:(?:the|this|a|an)\s+)?(?:[A-Za-z’'-]+\s+){0,3}?(?:wars?|fighting|conflict|combat|offensive|counteroffensive|hostilities|deployment|battles?|campaign|assault|invasion|bloodshed|ceasefire|truce|peace\s+(?:deal|talks)|talks|stalemate)(?:\s+(?:in|near|around|on|over|for|along|between|with|against)\s+[^,;]{1,40}?)?`;
/**
 * A time to come, or a condition that the war goes on or grows, that opens a sentence, up to its comma: "By the
 * end of the year, ", "If the fighting continues, " (not "If the NIS is right, ", "Once in Russia, ").
 */
const FRONTED_FUTURE = new RegExp(
  String.raw`^\W*(?:(?:by|before|within|until)\s+(?:the\s+end\s+of\s+(?:the|this|next)\s+\w+|next\s+\w+|(?:${MONTH_NAMES})(?:\s+\d{4})?|the\s+(?:summer|autumn|winter|spring))|(?:if|should)\s+${WAR_SUBJECT}\s+(?:(?:still|only|just)\s+)?(?:continues?|goes\s+on|go\s+on|(?:is|are)\s+(?:still\s+)?going\s+on|keeps?\s+(?:going|on)|persists?|drags?|escalates?|expands?|grows?|intensif(?:y|ies)|lasts?|spreads?|widens?)\b[^,;]{0,40}|unless\s+${WAR_SUBJECT}\s+(?:(?:soon|quickly)\s+)?(?:ends?|stops?|halts?|is\s+settled|winds?\s+down)\b[^,;]{0,40}|unless\s+(?:[A-Z][A-Za-z’'-]*\s+){1,3}(?:(?:soon|quickly)\s+)?(?:ends?|stops?|halts?|calls?\s+off|winds?\s+down)\s+(?:the|its|this)\s+(?:war|fighting|offensive|campaign|invasion|deployment)\b[^,;]{0,40})\s*,`,
  "i",
);
/** A rate that is what someone says or promises, with nothing between: "They say 2k a month", "promised them 2,000 a month". */
const SAID_RATE_BEFORE =
  /\b(?:say|says|said|told|tell|tells|promised?|promises|offered|offers?)\s+(?:(?:us|them|him|me|you)\s+)?(?:(?:about|around|some|roughly|only|just|maybe|perhaps)\s+)*$/i;
/**
 * Who inflicted a loss, after its verb: "killed by North Korean troops", "wounded at the hands of …", "killed in
 * clashes with …", "lost 40 soldiers to North Korean drone teams".
 */
const LOSS_AGENT =
  /\b(?:(?:killed|wounded|injured|captured|taken\s+prisoner|lost|slain|maimed|died)\s+(?:[\w-]+\s+){0,2}?(?:by|at\s+the\s+hands\s+of|in\s+(?:clashes|fighting|battles?|combat)\s+(?:with|against))|lost\s+(?:[\w,-]+\s+){1,4}?to)\s+[^,;.]*/gi;
// ("the state and the Workers' Party": the ruling party's name is no worker.)
const WORKERS =
  /\b(?:workers?(?!['’]?\s+Party\b)|labou?rers?|civilian|works at|working at|job at|factory|plant|brokers?|miners?|farmers?|teachers?|doctors?|drivers?)\b/i;
const BIOGRAPHY_CUE =
  /\b(?:defect\w*|served|serving|(?<!(?:intelligence|security|secret|news|wire|press|border|customs|migration|federal|state|civil|postal|public|health|foreign|emergency|statistics)\s+)service|drafted|conscripted|enlisted|joined|born|fled|escaped|arrived in the south|resettled)\b/i;
const BIOGRAPHY_CUES = new RegExp(BIOGRAPHY_CUE.source, "gi");
/** A force counted by its number as the subject of the verb before a year: "Some 30,000 soldiers have served …". */
const COUNTED_FORCE_BEFORE =
  /^\W*(?:(?:between|about|some|around|roughly|nearly|almost|more\s+than|over|up\s+to|at\s+least|an\s+estimated|as\s+many\s+as)\s+)*\d[\d,.]*(?:\s+(?:and|to)\s+\d[\d,.]*)?\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicem[ae]n|personnel|North\s+Koreans|men|fighters|recruits|conscripts)\s+(?:(?:have|has|had|could|would|will|may|might|are\s+said\s+to|are\s+thought\s+to)\s+)*(?:have\s+)?(?:served|been\s+serving|fought|enlisted|joined|been\s+sent)\b/i;
/**
 * "served in the army since 2016, when he was 17", "was drafted into the army at 17": an age at a past
 * event, which is the person's age then, not now; it is scoped so, and never set against their age now.
 *
 * @param s The sentence.
 * @param q The figure.
 * @param clause The figure's clause.
 * @returns The scope to add, if any.
 */
function ageThen(s: string, q: Quantity, clause: { start: number }): { scope?: string } {
  return AGE_AT_PAST_EVENT.test(s.slice(Math.max(0, clause.start - 80), q.start)) ? { scope: AGE_AT_EVENT_SCOPE } : {};
}
/** The scope of an age at a past event. */
export const AGE_AT_EVENT_SCOPE = "an age at a past event";
/** An age at a past event: "since 2016, when he was 17", "joined the army at the age of 17", "was conscripted at 17". */
const AGE_AT_PAST_EVENT =
  /\bwhen\s+(?:he|she|they|I)\s+(?:was|were)\s+$|\b(?:joined|enlisted|conscripted|drafted|defected|fled|escaped|entered|began|started|recruited|married|born|sent|deployed)\b[^.;]{0,60}\b(?:at|aged|at\s+the\s+age\s+of)\s+$/i;
const AGE_BEFORE = /\b(?:at|aged|age of|at the age of|when he was|when she was)\s+$/i;
/**
 * Countries and regions whose people Russia also recruits: "soldiers from Nepal", "men from the Central
 * African Republic", "recruits from South Asia".
 */
const OTHER_PLACES = String.raw`(?:the\s+)?(?:Nepal|India|Sri\s+Lanka|Cuba|Syria|Yemen|Somalia|Kenya|Cameroon|Ghana|Nigeria|Togo|Sierra\s+Leone|Senegal|Egypt|Iraq|Afghanistan|Pakistan|Bangladesh|Tajikistan|Uzbekistan|Kyrgyzstan|Kazakhstan|Turkmenistan|Belarus|Serbia|Central\s+African\s+Republic|CAR|Africa|South\s+Asia|Central\s+Asia|Latin\s+America|abroad|overseas|other\s+countries|third\s+countries)\b`;
/** Nationalities of the other recruits Russia takes: "Nepali", "Cuban", "South Asian", "foreign". */
const OTHER_NATIONS = String.raw`nepal\w*|indian|cuban|sri\s+lankan|syrian|african|south\s+asian|central\s+asian|foreign`;
/** The same people named by their nationality alone: "Nepalis", "Cubans". */
const OTHER_NATIONALS = String.raw`\b(?:nepalis|cubans|indians|sri\s+lankans|africans)\b`;
/**
 * The one sentence before a figure's own: the context's last sentence when known, else the end of what it gives as
 * the passage before (which may reach back into the paragraph before).
 *
 * @param ctx The figure's context.
 * @returns That sentence, or "".
 */
function lastSentenceOf(ctx: FigureContext): string {
  return ctx.last ?? ctx.previous.split(/(?<=[.!?”"])\s+(?=\p{Lu}|[“"])/u).at(-1) ?? "";
}
/** A passage about the recruits of another country: "Nepali lawmakers", "hundreds of Cubans". */
const OTHER_NATIONALS_PASSAGE = new RegExp(
  String.raw`\b(?:nepali|nepalese|indian|cuban|sri\s+lankan|syrian|south\s+asian|central\s+asian)\s+(?:[\w-]+\s+){0,2}?(?:recruits?|citizens?|nationals?|men|mercenaries|fighters|soldiers|volunteers|lawmakers|families|contract\s+soldiers)\b|\bnepal['’]s\b|${OTHER_NATIONALS}`,
  "i",
);
/** Words that name North Korea's side: "North Korea", "Pyongyang", "the KPA", "soldiers from the North", "Kim's army". */
const NORTH_SIDE =
  /\b(?:north\s+korea\w*|pyongyang|dprk|kpa|korean\s+people['’]s\s+army|from\s+the\s+north|kim['’]s|kim\s+jong)\b/i;
/** People of another country, named by where they come from: "400 soldiers from Cuba", "men from Nepal". */
const FROM_OTHER_PLACE = String.raw`\b(?:soldiers?|troops|servicem[ae]n|recruits|mercenaries|fighters|volunteers|men|citizens|nationals|workers)\s+from\s+${OTHER_PLACES}`;
const NATIONALITY_OTHER = new RegExp(
  String.raw`\b(?:ukrainian|russian|russia's|russia’s|ukraine's|ukraine’s|its own|contract|american|chinese|japanese|belarusian|british|(?-i:US|U\.S\.|NATO)|${OTHER_NATIONS}|wagner|azov|akhmat|chechen)\s+(?:\w+\s+){0,2}(?:soldiers|troops|servicemen|forces|recruits|mercenaries|fighters|losses|casualties)|${FROM_OTHER_PLACE}`,
  "i",
);
const DEPLOYED_DONE =
  /\b(?<!\b(?:will|shall)\s+)(?:have|has|had)\s+(?:already\s+)?(?:been\s+)?(?:sent|deployed|dispatched|stationed|arrived|crossed|entered|gone|reached|come|moved|massed|assembled|served|fought|rotated)|\balready\b|\bnow\b(?!\s+(?:expects?|expected|believes?|forecasts?|predicts?|projects?|plans?|fears?|thinks?)\b)|\b(?:are|were|is|was) (?:in|on|stationed|fighting|training|deployed|serving)\b|\b(?:followed|arrived)\b|\b(?<!\b(?:be|been|being|to|will|would|could|may|might|must|should)\s+)(?:moved|crossed|travell?ed|shipped|transported|ferried)\s+(?:to|into|across|by)\b/i;
/** The regime as the subject of a verb, with a modal between: "Pyongyang would ", "the state ". */
const STATE_AS_SUBJECT = String.raw`\b(?:regime|state|Pyongyang|government|treasury|North\s+Korea|Kim(?:\s+Jong[\s-]?[Uu]n)?|leadership)\s+(?:(?:would|could|will|may|might|then|also|thus)\s+)?`;
/** "this means", or earning or receiving by anyone but the regime ("serving in Russia could earn" is a soldier's). */
const RECEIVES_NOT_STATE = new RegExp(String.raw`\bthis means\b|(?<!${STATE_AS_SUBJECT})\b(?:earn|receive|get)\b`, "i");
/**
 * ("North Korea was preparing 10,000 soldiers to fight", "preparations for a new rotation of 25-30k": those readied are
 * not yet sent.)
 */
const PROJECTION =
  /\b(?:could|would|may|might|will|expects?|expected|plans?|planned|preparing to|prepares? to|preparations?\s+for\s+(?:an?|the)\s+(?:(?:new|fresh|further|second|third|next)\s+)?(?:rotation|contingent|deployment|wave|batch|dispatch)\s+of|poised to|getting ready to|escalat(?:e|es|ed|ing)\b|escalation\s+to\b|rise|grow|increase|reach|projected|forecast|due to|set to|decided to|intends? to|(?:has|have|had)\s+agreed\s+to|agreed\s+to\s+(?:send|deploy|dispatch|provide|supply)|pledged\s+to|promised\s+to\s+(?:send|deploy|dispatch)|(?:being|been)\s+(?:readied|prepared|trained)\s+(?:for|to)|(?:is|are|was|were)\s+(?:now\s+|still\s+)?being\s+(?:readied|prepared|trained|drilled)\b|earmarked\s+for|slated\s+(?:for|to)|(?:pledged|pledging|promised|promising|offered|offering)(?=\s+(?:(?:about|some|around|roughly|up\s+to|as\s+many\s+as|another|an?\s+(?:further|additional))\s+)*\d[\d,]*\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|servicemen|workers|personnel|engineers|builders|sappers)(?:\s+(?:to|for)\s+(?:Russia|Moscow|the\s+Kremlin|Putin)\b|\s+(?:in|by|last|this|next)\s+(?:\p{Lu}\w+|year|month|week|spring|summer|autumn|winter)\b|\s*[,.;]|\s*$))|(?:preparing|prepares|readying|readies|readied)(?=\s+(?:(?:about|some|around|roughly|up\s+to|as\s+many\s+as|another|an?\s+(?:further|additional))\s+)*\d)|(?:preparing|prepares|readying|readies)\s+(?:an?|the|its|another)\s+(?:[\w-]+\s+)?(?:rotation|contingent|wave|batch|deployment|group|force)\s+of\b|(?:^|[:;—–]\s*)\W*(?:North\s+Korea|Pyongyang|N\.\s+Korea)\s+to\s+(?:send|deploy|dispatch)\b)\b/iu;
/** Men promised to Russia after their count: " engineers and military builders promised to Moscow". */
const PROMISED_AFTER =
  /^\s*:?\s+(?:[\w-]+\s+){0,5}?(?:promised|pledged|earmarked|slated)\s+(?:to|for)\s+(?:Russia|Moscow|the\s+Kremlin|Putin)\b/i;
/**
 * Modal words that make no forecast: "I would say about 2,000", "we'd guess" (a speaker hedging a count of now),
 * "could not confirm the figure of 11,000" (what a source cannot confirm).
 */
const NO_FORECAST_WORDS =
  /\b(?:I|we)\s+(?:would|'d|’d)\s+(?:say|guess|estimate|think|imagine|reckon|put it)\b|\b(?:could|can|would)\s*(?:not|n['’]t)\s+(?:(?:independently|immediately|yet)\s+)?(?:confirm|verify)\b/gi;

/**
 * A clause without the words a speaker hedges with ("I would say"), which are no forecast.
 *
 * @param text The clause.
 * @returns The clause without them.
 */
function unhedged(text: string): string {
  return text.replace(NO_FORECAST_WORDS, "");
}

const YEARLY =
  /\b(?:over a year|in a (?:single )?year|within a year|a year|per year|each year|every year|annually|per annum|yearly|for a year)\b(?!\s+(?:ago|earlier|before|later|after)\b)/i;
/**
 * "15,000 soldiers at a time, rotated every two months, for a year": a head count at one time, whatever span
 * the sentence names after it.
 */
const AT_ONE_TIME = /^\s*(?:[\w-]+\s+){0,4}?at\s+(?:a\s+time|once|any\s+(?:one\s+)?time)\b/i;
const MONTHLY_BEFORE = /\bmonthly\b/i;
const WEEKLY_BEFORE = /\bweekly\b/i;
const YEARLY_BEFORE = /\b(?:annual|yearly)\b/i;
/** "the daily rate works out to about $66": a day's pay (not "Daily NK", whose name has a capital). */
const DAILY_BEFORE =
  /\b[Dd]aily\s+(?:rate|wage|wages|pay|salary|allowance|fee|income|earnings|stipend)\s+(?:[\w-]+\s+){0,6}?(?:is|was|are|were|of|at|to|reaches|reached|comes\s+to|amounts\s+to|works\s+out\s+to|stands\s+at)\s+(?:(?:about|around|roughly|some|nearly|just|only|an\s+estimated)\s+)*$/;
const MIN_BEFORE = /\b(?:a minimum|minimum|at least|no less than)\b[^,;.]{0,40}$/i;
const MAX_BEFORE = /\b(?:a maximum|maximum|at most|no more than)\b[^,;.]{0,40}$/i;
/** A doubt that even so much is reached, up to the figure: "doubted that the soldiers would see even ". */
export const DOUBTED_EVEN_BEFORE =
  /\b(?:doubts?|doubted|(?:do|does|did)\s+not\s+(?:think|believe)|(?:don|doesn|didn)['’]t\s+(?:think|believe))\s+(?:that|whether|if)?\b[^.;]{0,80}?\beven\s+$/i;
const SCOPE_FRONT =
  /\b(?:to|at|on|along|near)\s+(the\s+(?:western|eastern|northern|southern|north-eastern|south-western|north-western|south-eastern)\s+front(?:[\s-]lines?)?)/i;
const SCOPE_FIT =
  /\b(?:remains?|are|is|were|was|still)\s+(?:still\s+)?(?:fit|able|ready)\s+(?:to\s+(?:fight|serve)|for\s+(?:combat|duty))\b|\bcombat[- ](?:ready|capable|effective)\b|\bfit\s+for\s+(?:combat|duty)\b/i;
/** Soldiers named by their work: "military construction workers", "military builders". */
const MILITARY_WORKERS = String.raw`military\s+(?:[\w-]+\s+){0,2}?(?:workers|labou?rers|builders)\b`;
/** Such soldiers right after a count: "about 5,000 military construction workers". */
const MILITARY_WORKERS_AHEAD = new RegExp(String.raw`^(?:[\w-]+\s+)?${MILITARY_WORKERS}`, "i");
/** Soldiers in a sentence about labour: "soldiers … on construction sites", "military builders". */
const SOLDIERS_AT_WORK = new RegExp(String.raw`\bsoldiers?\b|\b${MILITARY_WORKERS}`, "i");
/** The scope of soldiers put to work rather than to fight. */
const LABOUR_SCOPE = "soldiers sent for labour";
const SCOPE_LABOUR =
  /\b(?!Labour\s+(?:MPs?|Party|party|government|leader|member|peer|minister|lawmaker)\b)(?:labou?r|construction|logging|factory|farm)\w*\b/i;
/** A speaker's field or body named with a labour word: "labour economist", "the Labour Studies Institute". */
const SPEAKER_FIELD =
  /\blabou?r[\s-]+(?:economists?|economics|researchers?|experts?|analysts?|markets?|studies|lawyers?|law|historians?|scholars?|unions?|activists?|rights)\b|\b\p{Lu}\p{Ll}+\s+Labou?r\b|\bLabou?r\s+\p{Lu}\p{Ll}+/gu;
/** "to replace the dead and wounded": the losses new soldiers make up for, which they do not count. */
const REPLACING = /\bto\s+(?:replace|replenish|make\s+up\s+for)\s+[^.;,]*/gi;
/** Soldiers who came as replacements or to replace losses: " soldiers arrived in January as replacements". */
// ("about 3,050 of the troops arrived … to replace losses": a part of a count named before, read as such.)
const ARRIVED_TO_REPLACE =
  /^(?!\s+of\s)\s+(?:[\w-]+\s+){0,3}?(?:(?:had|have|has)\s+)?(?:arrived|came|were\s+sent|had\s+been\s+sent|were\s+deployed|were\s+brought\s+in)\b[^.;]{0,40}?\b(?:as\s+(?:replacements|reinforcements)|to\s+(?:replace|reinforce|replenish|make\s+up\s+for))\b/i;
/** "of the regime's earnings", "of the money Pyongyang keeps": what the regime has, after a share of it. */
const OF_REGIMES_TAKE =
  /^\s*of\s+(?:(?:the\s+)?(?:regime|state|government|leadership|Pyongyang|North\s+Korea|Kim)['’]s\s+(?:[\w-]+\s+){0,2}?(?:earnings|income|revenues?|take|cut|proceeds|windfall|profits?|money|cash|share)|(?:the\s+|that\s+)?(?:money|sum|cash|earnings|income|revenues?|proceeds)\s+(?:that\s+)?(?:Pyongyang|the\s+regime|the\s+state|North\s+Korea)\s+(?:keeps|kept|earns|earned|receives|received|gets|got|makes|made|takes|took)\b)/i;
/**
 * "the total sent", "the number deployed", "the total deployment": a count named by the verb that sent what it
 * counts, or by the force itself.
 */
const TOTAL_SENT =
  /\b(?:figure|number|tally|count|total|estimate)\s+(?:(?:of\s+)?(?:troops|soldiers)\s+)?(?:sent|deployed|dispatched|stationed)\b|\b(?:total|whole|entire|overall)\s+(?:North\s+Korean\s+)?(?:deployment|contingent|force)\b/i;
/** A soldier's own share, right before what it comes to: "A private's own share, Han said, is closer to ". */
const OWN_SHARE_BEFORE =
  /\b(?:soldier|private|conscript|serviceman|man|soldiers|privates|conscripts|servicemen|men|troops)['’]s?\s+(?:own\s+(?:share|cut|portion)|cut|portion)(?:\s+of\s+(?:the|their|his)\s+(?:pay|money|wages?|salary))?(?:\s*,\s*[^,;.]{1,40},)?\s+(?:is|was|are|were|comes\s+to|came\s+to|amounts\s+to|amounted\s+to|works\s+out\s+(?:to|at)|stands\s+at)\s+(?:(?:about|around|some|roughly|nearly|only|just|closer\s+to|perhaps|barely|a\s+mere|as\s+little\s+as|less\s+than|no\s+more\s+than|at\s+most)\s+)*[$€£₩₽]?\s*$/i;

/**
 * A family as who is paid, right before a sum: "A soldier's family in Hyesan received ", "The family of one
 * soldier got about ", "Their parents were paid ".
 */
const FAMILY_RECEIVED_BEFORE = new RegExp(
  String.raw`\b(?:soldiers?['’]s?\s+|(?:his|their|her)\s+)?(?:famil(?:y|ies)|parents|relatives|wives|wife|widows?)(?:\s+of\s+(?:a|an|one|each|every|the)\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|men|man|servicem[ae]n|conscripts?|privates?))?(?:\s+(?:in|at|from)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}|\s+back\s+home\s+)?\s*(?:(?:have|has|had|each|also|reportedly|only)\s+)*(?:received|receive|receives|got|get|gets|were\s+paid|was\s+paid|are\s+paid|is\s+paid)\s+(?:(?:about|around|some|roughly|nearly|only|just|as\s+much\s+as|up\s+to|an\s+estimated)\s+)*[$€£₩₽]?\s*$`,
  "iu",
);

/**
 * Money paid for a soldier's death: to the families of the dead, to bereaved families, per soldier killed, in
 * compensation, to each soldier's family.
 */
const PAID_FOR_A_DEATH =
  /\b(?:family|families|relatives|next\s+of\s+kin)\s+of\s+(?:(?:each|every|any)\s+(?:North\s+Korean\s+)?(?:soldier|serviceman|man)\s+(?:killed|who\s+(?:dies|died|is\s+killed|was\s+killed))\b|(?:the\s+)?(?:soldiers?|troops|men|servicemen)\s+(?:who\s+(?:were|had\s+been|are)\s+|who\s+)?(?:killed|died|fallen|dead)\b)|\bto\s+(?:the\s+)?(?:families|relatives)\s+of\s+the\s+(?:dead|fallen|killed)\b|\bbereaved\b|\bfor\s+(?:each|every)\s+(?:soldier|man|serviceman)\s+(?:killed|who\s+(?:dies|died|is\s+killed|was\s+killed))\b|\bdeath\s+compensation\b|\bin\s+compensation\s+for\s+(?:the\s+|their\s+|his\s+|each\s+|a\s+)?(?:death|deaths|loss|losses|dead|fallen|killed)\b|\bcompensation\s+(?:to|for)\s+(?:the\s+|each\s+|every\s+)?(?:famil|relatives|next\s+of\s+kin|bereaved)|\b(?:widows?|orphans|parents\s+of\s+the\s+(?:dead|fallen|killed))\b[^.;]{0,60}\b(?:pension|allowance|benefit|stipend)s?\b|\b(?:pension|allowance|benefit|stipend)s?\b[^.;]{0,40}\b(?:to|for)\s+(?:the\s+)?(?:widows?|orphans|bereaved|families\s+of\s+the\s+(?:dead|fallen))/i;
/**
 * A lump sum paid "in compensation" or "to each soldier's family": a payment for a loss, while the same words
 * with a period ("$2,000 a month in compensation for the risks", "sends $100 a month to every soldier's
 * family") are pay.
 */
const LUMP_TO_FAMILY =
  /\bin\s+compensation\b(?!\s+for\b)|\bto\s+(?:each|every|the)\s+(?:(?:dead|fallen|killed)\s+)?(?:soldier|serviceman|man)['’]s\s+(?:family|relatives|next\s+of\s+kin)\b/i;
/**
 * A speaker's own past work, in a relative clause after who they are: "a defector who served in a North
 * Korean construction unit in Russia until 2019", "Lee, who once worked on a building site".
 */
/** A past of serving or working after the person it is said of: " who once served …", ", who worked …". */
const PAST_WORK = String.raw`,?\s+who\s+(?:had\s+)?(?:once\s+|previously\s+|formerly\s+)?(?:served|worked|spent|was\s+(?:posted|sent|assigned|stationed))\b[^,;.]*`;
/** The verbs of saying a speaker's past stands before or after. */
const PAST_SPEECH = String.raw`says?|said|told|tells|recalled|recalls|added|adds|estimated|estimates|believes|believed|wrote|writes`;
const SPEAKER_PAST = new RegExp(
  String.raw`\b(?:[Aa]n?\s+(?!(?:third|quarter|half|fifth|fraction|majority|minority|number|few|lot|report|group)\b)(?:(?!(?:says?|said|reports?)\b)[\w-]+\s+){0,3}?(?!(?:says?|said|soldiers|troops)\b)[\w-]+|\p{Lu}[\p{L}-]+)${PAST_WORK}(?=,?\s+(?:${PAST_SPEECH})\b)`,
  "gu",
);
/** The same past after the verb of saying: "…, says a defector who worked in a logging camp". */
const SPEAKER_PAST_AFTER_VERB = new RegExp(
  String.raw`\b(?:${PAST_SPEECH})\s+(?:an?\s+(?:[\w-]+\s+){0,3}?[\w-]+|\p{Lu}[\p{L}-]+)${PAST_WORK}`,
  "gu",
);
const SCOPE_WORKERS = /\b(?:civilian|overseas|foreign)\s+workers\b/i;

/**
 * Splits a sentence into clauses at commas before clause words, semicolons, dashes and colons.
 *
 * @param s The sentence.
 * @returns Clause spans [start, end).
 */
/** A sentence that so far is only a figure, as a bullet's label ("600", "Up to 95%"). */
const LABEL_ONLY = new RegExp(String.raw`^\s*(?:[-*•–]\s+)?${FIGURE_LABEL_WORDS}\s*$`, "i");

/** A list item that so far is only a figure, before its dash: "4. A few thousand", "5. Dozens", "2k", "90 per cent". */
const ITEM_FIGURE_ONLY = new RegExp(
  String.raw`^\s*(?:\d{1,2}[.)]\s+|[-*•]\s+)?(?:${FIGURE_LABEL_WORDS}|(?:a\s+few|several|some|many)\s+(?:hundred|thousand|dozen)|dozens|hundreds|thousands|[$£€₩]?\d[\d,.]*\s?k)\s*$`,
  "i",
);

/** "and possibly as many as 16,000", "or perhaps 20,000": another guess at the figure just before. */
const ALTERNATIVE_FIGURE_AFTER = new RegExp(String.raw`^(?:and|or)\s+${GUESS}${GUESS_BOUND}[$€£₽]?\d`, "i");

/** "a month", "per year" after a comma, not "a month after" or "a year later". */
const RATE_SET_OFF =
  /^(?:a|per|each|every)\s+(?:month|week|year)\b(?!\s+(?:after|later|earlier|before|ago|on|into|since))/i;

export function clauses(s: string): [number, number][] {
  const cuts = [0];
  const re =
    /(?:,\s+(?=(?:who|which|with|while|and|but|including|forcing|enough|a figure|an?|considering|whereas|although|though|as|so|after|before|because|since|once|until|\w+ing)\b)|;\s*|\s[–—]\s|—|:\s|\s\|\s|\s\/\s(?=[^/:\d]{1,40}:)|\s(?=and\s+(?:that\s|(?:also\s+|then\s+|later\s+)?(?:said|says|added|adds|noted|notes|told|tells|estimated|estimates|stated|warned|claimed|reported|confirmed)\b))|\s(?=(?:and\s+)?(?:you\s+get|that\s+gives|gives|equals|comes\s+to|amounts\s+to|adds\s+up\s+to)\b))/g;
  // "Killed: 600 | Wounded: 3,400": in a row of labelled figures each cell is a clause, label and all.
  // ("Killed: 1,100 / Wounded: 2,700": a slash between the cells, too.)
  const row = /\s[|/]\s/.test(s) && /^[^|/:\d]{1,40}:/.test(s);
  for (const m of matchesOf(s, re)) {
    // "600: North Korean soldiers killed": a figure's label and what it counts are one clause; so are a list
    // item's figure and the words after its dash ("4. A few thousand — how many more could follow by spring").
    if (m[0].startsWith(":") && (row || LABEL_ONLY.test(s.slice(0, m.index)))) continue;
    if (/^\s?[–—]/.test(m[0]) && ITEM_FIGURE_ONLY.test(s.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    // "at least 13,000, and possibly as many as 16,000, North Korean troops": a second figure offered as
    // another guess at the same count shares the first one's clause and noun.
    if (m[0].startsWith(",") && ALTERNATIVE_FIGURE_AFTER.test(s.slice(at)) && /\d\s*$/.test(s.slice(0, m.index)))
      continue;
    // ("…, or perhaps as much as $2,500, a month": the rate set off after the second guess.)
    if (m[0].startsWith(",") && RATE_SET_OFF.test(s.slice(at)) && ALTERNATIVE_FIGURE_BEFORE.test(s.slice(0, m.index)))
      continue;
    cuts.push(at);
    // "The agency, which says 11,000 were sent, told lawmakers …": a relative clause between commas
    // ends at its closing comma.
    if (m[0].startsWith(",") && /^(?:who|which)\b/.test(s.slice(at))) {
      const close = /,(?!\d{3}\b)\s/.exec(s.slice(at));
      if (close) cuts.push(at + close.index + close[0].length);
    }
  }
  cuts.sort((a, b) => a - b);
  cuts.push(s.length);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) spans.push([cuts[i] ?? 0, cuts[i + 1] ?? s.length]);
  return spans;
}

/**
 * The clause a figure stands in.
 *
 * @param s Sentence.
 * @param pos Offset of the figure.
 * @returns The clause text and its start.
 */
function clauseAt(s: string, pos: number): { text: string; start: number } {
  for (const [a, b] of clauses(s)) if (pos >= a && pos < b) return { text: s.slice(a, b), start: a };
  return { text: s, start: 0 };
}

/**
 * Counts how many of a kind's cues appear in a text (word-prefix match, case-insensitive).
 *
 * @param text Text.
 * @param cues Cue stems.
 * @returns Number of distinct cues found.
 */
function countCues(text: string, cues: readonly string[]): number {
  // ("Kyiv's figure in May was higher": the month is not the modal verb, a cue of what may come.)
  // ("the state and the Workers' Party": the ruling party's name is no cue of workers.)
  const t = ` ${(text.includes("May") ? maskMonthMay(text) : text)
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\bworkers'?\s+party\b/g, "ruling party")} `;
  let n = 0;
  for (const c of cues) if (cueRegex(c).test(t)) n++;
  return n;
}

/** "the number at", "the agency's count is higher, at", "Kyiv's count in May was": an estimate's noun before its figure. */
const THE_COUNT_AT_BEFORE = new RegExp(
  String.raw`(?:\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?|\b\p{Lu}[\p{L}.-]*['’]s\s+(?:(?:own|latest|new|earlier|current|official|revised|first|original|previous|final)\s+)?)(?:number|figure|total|tally|count|estimate|assessment)${FIGURE_TIME}?\s+(?:[\w’'-]+,?\s+){0,3}?(?:at|to|as|was|is|of|stood at|stands at)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|approximately|an estimated)\s+)*$`,
  "u",
);

const CUE_REGEXES = new Map<string, RegExp>();

/**
 * A cue as a word-prefix pattern, compiled once.
 *
 * @param cue Cue stem.
 * @returns Pattern.
 */
function cueRegex(cue: string): RegExp {
  let re = CUE_REGEXES.get(cue);
  if (!re) {
    re = new RegExp(`[^a-z]${cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
    CUE_REGEXES.set(cue, re);
  }
  return re;
}

/**
 * Picks the best kind of a unit class by the registry's cues: cues in the figure's clause weigh
 * three times those elsewhere in the sentence; a veto in the clause rules a kind out.
 *
 * @param cls The figure's unit class.
 * @param local The clause.
 * @param wide The sentence (and context).
 * @param exclude Kinds ruled out by structure.
 * @returns The best kind, or null when no kind has a cue.
 */
function bestKind(
  cls: UnitClass,
  local: string,
  wide: string,
  exclude: ReadonlySet<string> = new Set(),
): KindId | null {
  let best: { spec: KindSpec; score: number } | null = null;
  const uncredited = withoutCredit(local);
  for (const spec of KINDS as readonly KindSpec[]) {
    if (!spec.units.includes(cls) || exclude.has(spec.id) || spec.cues.length === 0) continue;
    if (countCues(uncredited, spec.vetoes) > 0) continue;
    const score = 3 * countCues(local, spec.cues) + countCues(wide, spec.cues);
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && spec.priority > best.spec.priority))
      best = { spec, score };
  }
  return (best?.spec.id as KindId | undefined) ?? null;
}

/** ", or perhaps as much as $2,500, a month" after a figure; ", a month" after the second of two guesses. */
const ALTERNATIVE_RATE_AFTER = new RegExp(
  String.raw`^(,\s+(?:and|or)\s+${GUESS}[^,;.]{0,30}?\d(?:[\d,.]*\d)?(?:\s*(?:million|thousand|m|k))?)?,\s+(?:a|per|each|every)\s+(month|week|year)\b`,
  "i",
);
/** "$2,000, or perhaps as much as ": the second of two guesses, before its figure. */
const ALTERNATIVE_FIGURE_BEFORE = new RegExp(
  String.raw`\d,\s+(?:and|or)\s+${GUESS}${GUESS_BOUND}[$€£₽]?(?:\d[\d,.]*(?:\s*(?:million|thousand|m|k))?)?$`,
  "i",
);
const PERIOD_OF_WORD = new Map<string, Period>([
  ["month", "month"],
  ["week", "week"],
  ["year", "year"],
]);

/** What a sum grows by, before it: "would rise by ", "a further ", "an additional ". */
const SUM_GROWS_BY_BEFORE =
  /\b(?:(?:rise|rises|rising|rose|risen|increase|increases|increased|increasing|grow|grows|grew|grown|climb|climbs|climbed|jump|jumps|jumped|go\s+up|goes\s+up|went\s+up)\s+by|a\s+further|an\s+additional|an\s+extra)\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+much\s+as|more\s+than|another)\s+)*[$€£₩₽]?\s?$/i;
/** A sum that takes in other trade: "once shell sales are counted", "including arms sales". */
const OTHER_TRADE_COUNTED =
  /\bonce\s+(?:[\w-]+\s+){0,3}(?:sales|exports|deliveries|trade|deals)\s+(?:are|is)\s+(?:counted|included|added|taken\s+into\s+account)\b|\bincluding\s+(?:[\w-]+\s+){0,2}(?:arms|weapons?|shells?|munitions|missiles?|ammunition)\s+(?:sales|exports|deliveries|deals)\b/i;
/** A measure of a good right before a sum, as a price list gives it: "a kilogram of rice, ", "a loaf of bread costs ". */
const MEASURE_OF_GOOD_BEFORE =
  /\b(?:an?|one|each|per)\s+(?:kilogram|kilo|kg|loaf|bag|sack|litre|liter|bottle|pack|packet|tin|can|bowl|box|carton)\s+of\s+[\p{L} -]{2,30}?(?:,\s*|\s+(?:is|was|sells\s+for|sold\s+for|went\s+for|goes\s+for|fetches|fetched)\s+)(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+much\s+as|more\s+than)\s+)*$/iu;
/** A time or a rank a side of a comparison is set against: "last year", "in 2020", "for an officer". */
const SAME_PLACE_OTHER_TIME_OR_RANK =
  /\b(?:last|previous)\s+(?:year|month|decade)\b|\ban?\s+(?:year|month|decade)\s+ago\b|\b(?:in|since|by)\s+(?:19|20)\d\d\b|\bbefore\s+the\s+war\b|\b(?:years|months)\s+ago\b|\bfor\s+(?:an?\s+|the\s+)?(?:officers?|generals?|colonels?|lieutenants?|sergeants?|privates?|conscripts?|recruits?)\b/i;
/** Where pay is paid, as a comparison's side names it. */
const PLACE_OF_PAY = /\b(?:Russia|Kursk|Ukraine|at\s+home|back\s+home|North\s+Korea|the\s+North|the\s+front)\b/i;
/**
 * Words that set one sum against another: "compares with", "compared to", "against", "versus", and a
 * comparative's "than" when no figure follows it ("far more than at home"; "less than $5" is a bound).
 */
/** Hedges between a comparative's "than" and its figure: "than the equivalent of", "than an estimated". */
const THAN_HEDGES = String.raw`(?:the\s+equivalent\s+of\s+|(?:an?\s+)?(?:about|around|some|roughly|nearly|almost|just|only|approximately|estimated|mere|paltry)\s+)`;
/** A place of pay at home. */
const AT_HOME = String.raw`\b(?:at\s+home|back\s+home|in\s+North\s+Korea)\b`;
const COMPARATIVE_THAN = String.raw`\b(?:more|less|higher|lower|greater|better|worse|larger|smaller)\s+than\b`;
const COMPARISON_SPLIT = new RegExp(
  // ("Troops get $2,000 a month, more than $5 a month back home": after another sum, a sum at home.)
  String.raw`(?<=[$€£₩₽]\s?\d[^;.]*?)${COMPARATIVE_THAN}(?=\s*${THAN_HEDGES}*[$€£₩₽]?\d[^,;.]*${AT_HOME})|` +
    String.raw`\b(?:compares?|compared)\s+(?:with|to)\b|\bas\s+against\b|\bversus\b|\bvs\.?(?=\s)|` +
    // (A figure right after "than" is a bound, unless someone's earning at home follows it.)
    String.raw`${COMPARATIVE_THAN}(?!\s*(?:${THAN_HEDGES}|US)*[$€£₩₽]?\d(?![^,;.]*\b(?:earned|would\s+earn|used\s+to\s+(?:earn|get|make)|made|got|received)\b[^,;.]*${AT_HOME}))`,
  "gi",
);

/**
 * The part of a clause, between the words that set one sum against another, that holds a figure.
 *
 * @param clause The clause.
 * @param at The figure's offset in it.
 * @returns That part, or the clause when nothing is compared.
 */
function comparisonSide(clause: string, at: number): string {
  let start = 0;
  let end = clause.length;
  for (const m of matchesOf(clause, COMPARISON_SPLIT)) {
    // ("paid less than a dollar a month at home": a bound in words that opens the figure is its own, no comparison.)
    if (m.index === at) continue;
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  // ("A private at home earns $2 a month, compared with $1 last year", "… compared with $3 for an officer": a
  // side set against another time or rank, naming no place of its own, shares the other's place.)
  const own = clause.slice(start, end);
  return !PLACE_OF_PAY.test(own) && SAME_PLACE_OTHER_TIME_OR_RANK.test(own) ? clause : own;
}

/**
 * The period of a figure: as written after it, or from "monthly"/"annual" before it in its clause,
 * or "over a year" in its clause.
 *
 * @param q The quantity.
 * @param before Clause text before the figure.
 * @param written Clause text after the figure.
 * @returns The period or null.
 */
function periodOf(q: Quantity, before: string, written: string): Period | null {
  if (q.per) return q.per;
  if (AT_ONE_TIME.test(written)) return null;
  // "a $2,000-a-month salary": the rate's period joined to it by hyphens.
  const after = written.replace(/^-(a|per)-(month|year|week)\b/i, " $1 $2");
  if (MONTHLY_BEFORE.test(before)) return "month";
  if (WEEKLY_BEFORE.test(before)) return "week";
  if (YEARLY_BEFORE.test(before)) return "year";
  if (DAILY_BEFORE.test(before)) return "day";
  // (A comma or a point inside a number does not end the phrase: "$100 of the $2,000 a month".)
  if (
    /^(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}\b(?:a|per|each|every) month\b/i.test(after) ||
    /^\s*:\s*(?:[\w-]+\s+)?monthly\b/i.test(after)
  )
    return "month";
  // "about $2,000, or perhaps as much as $2,500, a month": the rate after the second of two guesses is
  // both guesses' rate.
  const rate = ALTERNATIVE_RATE_AFTER.exec(after);
  if (rate?.[2] && (rate[1] !== undefined || ALTERNATIVE_FIGURE_BEFORE.test(before)))
    return PERIOD_OF_WORD.get(rate[2].toLowerCase()) ?? null;
  // Only words before the next clause: "$2,000 each, … some $22 million a month, or $260 million a year".
  if (YEARLY.test(after.split(/[,;]/)[0] ?? "") || /\b(?:a|per|each) year\b/i.test(before.slice(-20))) return "year";
  return null;
}

/**
 * Classifies one figure of a sentence.
 *
 * @param q The quantity (offsets relative to the sentence).
 * @param ctx The sentence and its other quantities.
 * @returns The kind, unit and normalized bounds, or the reason it is not a claim.
 */
export function classifyQuantity(q: Quantity, ctx: FigureContext): Classification {
  // "3/8 Two North Korean prisoners …": the number of a gallery's picture, no figure.
  const picture = PICTURE_NUMBER.exec(ctx.sentence);
  if (picture && q.start < picture[0].length) return { ok: false, reason: "picture number" };
  // "… killed in Russia? (a) 200 (b) 2,000 (c) 20,000": the options a quiz offers, none of them asserted.
  if (
    /(?:^|[\s?:])\(?[a-e]\)\s*$/.test(ctx.sentence.slice(Math.max(0, q.start - 6), q.start)) &&
    (ctx.sentence.match(/(?:^|[\s?:])\(?[a-e]\)\s/g)?.length ?? 0) >= 2 &&
    // (A question before the options: "The panel found that (a) 3,000 … were sent; (b) 1,200 were killed" is a list.)
    (/\?\s*\(?a\)/.test(ctx.sentence) || (/^\s*\(?a\)/.test(ctx.sentence) && /\?\s*$/.test(ctx.previous))) &&
    !/\s[—–-]\s*$/.test(ctx.sentence.slice(Math.max(0, q.start - 8), q.start))
  )
    return { ok: false, reason: "an option of a multiple-choice question" };
  // "about 10 cents on the dollar", "90 cents of every dollar": a share, read as that many per cent.
  if (
    q.form === "amount" &&
    q.currency === null &&
    !q.currencyWord &&
    (q.max ?? q.min ?? 0) <= 100 &&
    (CENTS_ON_THE_DOLLAR.test(ctx.sentence.slice(q.end)) ||
      (/^\s*cents?\b/i.test(ctx.sentence.slice(q.end)) && EVERY_DOLLAR_BEFORE.test(ctx.sentence.slice(0, q.start))))
  )
    return classifyQuantity({ ...q, form: "percent", percent: true }, ctx);
  // "keeps four dollars of every five", "$9 out of every $10": a part of each small whole, read as the
  // share it is ("$1,800 of every $2,000" is a part of each payment, read below).
  const ofEvery =
    q.form === "amount" && q.min !== null && q.max === q.min ? OF_EVERY.exec(ctx.sentence.slice(q.end)) : null;
  const whole = ofEvery ? ctx.all.find((o) => o.start === q.end + (ofEvery[0]?.length ?? 0)) : undefined;
  if (
    q.min !== null &&
    whole?.form === "amount" &&
    whole.min !== null &&
    whole.max === whole.min &&
    whole.min <= 100 &&
    q.min < whole.min &&
    // ("two of every three dollars": the whole's currency is the part's too.)
    ((whole.currency === null && !whole.currencyWord) ||
      (whole.currency === q.currency && !whole.currencyWord) ||
      (q.currency === null && !q.currencyWord))
  ) {
    const share = Math.round((q.min / whole.min) * 10000) / 100;
    return classifyQuantity({ ...q, form: "percent", percent: true, currency: null, min: share, max: share }, ctx);
  }
  const s = ctx.sentence;
  const clause = clauseAt(s, q.numberStart);
  const before = s.slice(clause.start, q.start);
  const after = s.slice(q.end, clause.start + clause.text.length);
  // The passage a figure's kind may be read from: the sentences before and its own, up to a semicolon
  // after it ("$2,000 is about 2.8 million won; the $200 take-home is …" says nothing of the $2,000).
  const semicolon = s.indexOf(";", q.end);
  const wide = `${ctx.previous} ${semicolon === -1 ? s : s.slice(0, semicolon)}`;
  // "the 11th Corps had lost some 2,500 men": a named unit's own losses, the figure right after its verb.
  // (After "lost 900 killed and ", the figure must be a loss of its own: "1,600 wounded", not "about 300 Ukrainian
  // soldiers were killed".)
  const unitMatch = NAMED_UNIT_LOST.exec(before);
  const unitLost =
    unitMatch &&
    /\band\s+(?:[\w-]+\s+)*$/.test(unitMatch[0]) &&
    !/^\s+(?:dead|killed|wounded|injured|missing|captured)\b/i.test(s.slice(q.end))
      ? null
      : unitMatch;
  const scope = unitLost?.[1]
    ? `only the ${unitLost[1].replace(/^the\s+/i, "")}'s own losses`
    : scopeOf(clause.text, s, s.slice(q.numberEnd));
  // "About 600 men from the regiment went to Russia. Of those, 120 were killed": "those" are the unit's men.
  const ofThose = scope === null && OF_THOSE.test(s.slice(0, q.start)) ? unitOfLastFigure(ctx.previous) : null;
  const base = {
    scope: ofThose ?? (scope === LABOUR_SCOPE && wholeRunningTotal(s, q) ? null : scope),
    basis: null,
  } as const;

  // "(95% CI 1,900–2,300)", "a 90% confidence interval of 1,000 to 2,000": a study's margin of error and the level
  // of confidence it is given at, no figure of their own (the estimate they bound is).
  if (q.percent && CONFIDENCE_AFTER.test(s.slice(q.end))) return { ok: false, reason: "a confidence level" };
  if (CONFIDENCE_BEFORE.test(s.slice(Math.max(0, q.start - 60), q.start)))
    return { ok: false, reason: "a confidence interval" };
  // "Unit 10045", "Bureau 121", "military unit No. 586": a number that names a unit or an office, not a count
  // ("a unit of 400 men", "Unit 400 men strong" are counts).
  if (
    q.form === "amount" &&
    q.currency === null &&
    /^\d{1,6}$/.test(q.text) &&
    NAME_NUMBER_BEFORE.test(s.slice(Math.max(0, q.start - 24), q.start)) &&
    !PEOPLE_NOUN_AFTER.test(s.slice(q.end))
  )
    return { ok: false, reason: "a number in a name" };
  // "Suite 900, 1200 Harbor Blvd.": a number of an address, written bare (not a headline's "11,000 North Korean
  // Troops Drive Into Kursk").
  if (
    q.form === "amount" &&
    q.currency === null &&
    /^\d{1,5}$/.test(q.text) &&
    (/\b(?:Suite|Room|Floor|Apt\.?|Apartment|P\.?\s?O\.?\s+Box|Box|Building)\s+$/.test(
      s.slice(Math.max(0, q.start - 14), q.start),
    ) ||
      STREET_AFTER.test(s.slice(q.end)))
  )
    return { ok: false, reason: "a number of an address" };
  switch (q.form) {
    case "date":
      return { ok: false, reason: "date" };
    case "clock":
      return { ok: false, reason: "clock time" };
    case "ordinal":
      return { ok: false, reason: "ordinal or unit name" };
    case "duration":
      // "41 years old", "a 19-year-old private": an age.
      if (q.durationUnit === "year" && /^[\s-]*old\b/i.test(s.slice(q.end)) && (q.max ?? 0) < 120) {
        return {
          ok: true,
          kind: groupAge(s, q) ? "context" : "biography",
          unit: "years-of-age",
          per: null,
          min: q.min,
          max: q.max,
          ...base,
        };
      }
      if (q.every && q.durationUnit === "month" && DURATION_CUE.test(s)) {
        return { ok: true, kind: "context", unit: "month", per: null, min: q.min, max: q.max, ...base };
      }
      return { ok: false, reason: "duration in passing" };
    case "year":
    case "year-range":
    case "decade":
      // A cue in the 60 characters before the year, read in the whole sentence so that the words before
      // it count ("intelligence service" is no one's service).
      // ("38 defectors reached the South …, the lowest number since 2003": the year a comparison reaches back to.)
      if (
        !/\b(?:lowest|highest|fewest|most|largest|smallest|biggest|least|first\s+time|record)\b[^.;]{0,40}\bsince\s+$/i.test(
          s.slice(Math.max(0, q.start - 60), q.start),
        ) &&
        // ("Some 30,000 soldiers have served in Russia since 2024": a year of a force counted, of no one person.)
        !COUNTED_FORCE_BEFORE.test(s.slice(0, q.start)) &&
        (BIOGRAPHY_CUE.test(clause.text) ||
          matchesOf(s, BIOGRAPHY_CUES).some((m) => m.index >= q.start - 60 && m.index < q.start))
      ) {
        return { ok: true, kind: "biography", unit: "year", per: null, min: q.min, max: q.max, ...base };
      }
      return { ok: false, reason: "year or date in passing" };
    default:
      break;
  }

  let min = q.min;
  let max = q.max;
  if (q.bound === "exact" && MIN_BEFORE.test(before)) max = null;
  if (q.bound === "exact" && MAX_BEFORE.test(before)) min = null;
  // ("said he doubted that ordinary soldiers would see even $100 a month": less than that, in the doubter's words.)
  if (q.bound === "exact" && DOUBTED_EVEN_BEFORE.test(s.slice(0, q.start))) min = null;
  if (OR_MORE_AFTER.test(s.slice(q.end))) max = null;
  if (OR_LESS_AFTER.test(s.slice(q.end))) {
    // "a few hundred thousand won at most": a vague amount open above becomes one below its order of
    // magnitude (under a million), never a value with no bound at all.
    if (max === null && min !== null) max = magnitudeCeiling(min);
    min = null;
  }

  // "80 per cent intervals", "95% confidence": a statistic's own terms, not a figure of the war.
  if (
    q.percent &&
    /^\s*(?:confidence|credible|probability|prediction)?\s*(?:intervals?|confidence|probability|likelihood|certainty)\b/i.test(
      s.slice(q.end),
    )
  )
    return { ok: true, kind: "context", unit: "percent", per: null, min, max, ...base };
  if (q.percent) {
    const relative = /^\s*(?:who|which|whose)\b/i.test(clause.text) ? s.slice(0, clause.start) : "";
    // ("…, based on how the regime treats its overseas workers": what the share is worked out from; "shaved an
    // estimated 15% off the dollar value": a cut, not a share kept.)
    if (
      WORKERS.test(clause.text.replace(EVIDENCE_SET_OFF, "")) ||
      WORKERS.test(relative) ||
      CHANGE_BY.test(before) ||
      /^\s*off\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:value|price|worth|sum|total|amount)\b/i.test(s.slice(q.end))
    )
      return { ok: true, kind: "context", unit: "percent", per: null, min, max, ...base };
    // "the soldiers receive 10 to 20 per cent", "soldiers saw no more than 10 per cent": what the
    // soldiers get is not the regime's share; "70 per cent of the casualties", "the 20 per cent cited
    // for Russian units": a share of something else than the force.
    if (
      SOLDIERS_GET_BEFORE.test(before) ||
      // "A soldier is paid $2,000 a month on paper, X said, but receives less than 10 per cent of it": the
      // soldier goes on as the subject of the verb after "but".
      SOLDIER_GOES_ON_TO_GET.test(s.slice(0, q.start)) ||
      // "One former soldier … said he was told he would receive 10 percent": a soldier's own share, in his words.
      (HE_WOULD_GET_BEFORE.test(before) &&
        /\b(?:soldiers?|servicem[ae]n|conscripts?|privates?|recruits?)\b/i.test(s)) ||
      // "That leaves the soldier with $200 a month, or 10 percent of the salary": the soldier's share.
      /\b(?:leaves?|leaving|left)\s+(?:the\s+|each\s+|every\s+|a\s+)?(?:soldiers?|troops?|men|privates?)\s+with\s+[^,;.]{1,40},\s*or\s+(?:about\s+|roughly\s+|some\s+|just\s+|only\s+)?$/i.test(
        s.slice(0, q.start),
      ) ||
      // "no more than a quarter of that reaches the men themselves": the share that gets to the soldiers.
      SHARE_REACHES_SOLDIERS_AFTER.test(s.slice(q.end)) ||
      // "estimate under 10%; the rest stays with the state": the share whose rest the state keeps.
      // ("only a fraction, perhaps 10 percent, with the rest kept by the state": the same.)
      /^[^.;]{0,20}[;,]\s*(?:and\s+|while\s+|with\s+)?the\s+(?:rest|remainder)\s+(?:\w+\s+)?(?:stays|goes|going|remains|is\s+kept|kept|being\s+kept|taken|pocketed|retained|ends\s+up|flows)\s+(?:with|to|in|into|by)\s+(?:the\s+)?(?:state|regime|government|treasury|Pyongyang|leadership)\b/i.test(
        s.slice(q.end),
      ) ||
      // "Q: What share of the pay reaches the soldiers? A: … under 10%": the answer to that question.
      /\bwhat\s+(?:share|part|proportion|fraction|percentage)\s+of\s+(?:the\s+|their\s+)?(?:pay|money|payments?|wages?|salar(?:y|ies))\s+(?:actually\s+)?(?:reaches|goes\s+to|gets\s+to|do(?:es)?\s+(?:the\s+)?(?:soldiers?|troops|men)\s+(?:get|receive|keep))\b[^?]*\?\s*$/i.test(
        /\?/.test(s.slice(0, q.start)) ? (s.slice(0, q.start).split("?")[0] ?? "") + "?" : ctx.previous,
      ) ||
      // "About half of that is paid in rice and fuel rather than cash": how the pay comes, not who keeps it.
      /^\s*(?:of\s+(?:it|that|this|the\s+(?:pay|sum|money|salary|wage))\s+)?(?:is|was|are|were|gets?|got|comes?|came)\s+(?:\w+\s+)?(?:paid|given|handed\s+over|delivered|settled)\s+(?:out\s+)?in\s+(?:kind|goods|food|rice|fuel|oil|grain|coupons|vouchers|commodities|supplies|roubles|rubles|local\s+currency|cash)\b/i.test(
        s.slice(q.end),
      ) ||
      // "about 6,000 casualties, of which maybe a third are deaths": a share of the losses, not of the force.
      /\b(?:casualties|losses|dead|deaths|killed|wounded)\s*,\s*(?:of\s+(?:which|whom|those|them)|among\s+(?:them|whom|those))\s+(?:[\w-]+\s+){0,2}$/i.test(
        before,
      ) ||
      // ("North Korea sent 12,000 troops, about a third of them killed or wounded": "them" is the force sent, a casualty
      // rate; not after losses, "some 4,500 casualties, about two-thirds of them wounded", nor another army's.)
      (/^\s*(?:of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:casualties|losses|dead|deaths|wounded|killed)|(?:\w+\s+){0,3}(?:cited\s+)?for\s+(?:the\s+)?Russian)\b/i.test(
        s.slice(q.end),
      ) &&
        !(/^\s*of\s+them\s/i.test(s.slice(q.end)) && THEM_IS_FORCE_SENT.test(before) && NORTH.test(before))) ||
      // ("the share of the casualties who were killed had risen to roughly 40 percent", "roughly one in eight North
      // Korean casualties was fatal": a share of the losses, not of the force.)
      /\b(?:share|proportion|percentage|fraction)\s+of\s+(?:the\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}(?:casualties|losses)\b(?![^.;]*\bto\s+(?:the\s+)?(?:troops|force|soldiers|men|deployed))[^.;]*$/i.test(
        s.slice(0, q.start),
      ) ||
      /^\s+(?:north\s+korean\s+)?(?:casualties|losses)\s+(?:was|were|is|are|had\s+been|have\s+been)\s+(?:fatal|deaths?|killed|dead|deadly)\b/i.test(
        s.slice(q.end),
      ) ||
      // ("suffered between 5,000 and 6,000 casualties, about a third of them fatal": a share of those losses.)
      (/^\s*of\s+(?:them|those|these)\s+(?:were\s+|being\s+|had\s+been\s+)?(?:fatal(?:ities)?|fatally|deaths?|dead|killed)\b/i.test(
        s.slice(q.end),
      ) &&
        /\b(?:casualties|losses|killed\s+(?:or|and)\s+wounded)\b/i.test(before)) ||
      // "Three-quarters of the regime's earnings … go to the munitions industry", "60 percent of the money
      // Pyongyang keeps is spent on missiles": a share of what the regime keeps, not the share it keeps.
      OF_REGIMES_TAKE.test(s.slice(q.end)) ||
      // ("adding that the soldiers themselves would keep “less than 10 %”": the share the soldiers keep, the
      // regime's other part.)
      SOLDIERS_KEEP_BEFORE.test(before)
    )
      return { ok: true, kind: "context", unit: "percent", per: null, min, max, ...base };
    // "around 50% of the artillery shells", "95% of the windfall profits": a share of something that is
    // neither the pay nor the force.
    const of = /^\s*of\s+((?:[\p{L}\p{N}’'$€£₩₽,.-]+\s*){1,5})/u.exec(s.slice(q.end))?.[1] ?? "";
    if (
      of !== "" &&
      // ("four dollars of every five": the whole each part is taken from, read as the share above.)
      !/^(?:every|each)\b/i.test(of) &&
      // ("a casualty rate of around 40 per cent of everyone they have sent": the people sent.)
      !/^(?:it|that|this|them|those|these|what|whatever|all)\b/i.test(of) &&
      // (Only the people sent: not "70 per cent of everyone in the Kursk villages", "of everyone polled".)
      !/^\s*of\s+(?:everyone|everybody)\b(?:[^.;,]{0,40}?\b(?:sent|deployed|dispatched)\b|\s+in\s+(?:the\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:wave|battalion|brigade|units?|regiment|division|contingent|force|corps|company|platoon|squad)s?\b)/i.test(
        s.slice(q.end),
      ) &&
      // ("90 per cent of the roughly USD 2,000 that Russia pays": a currency's code is money too.)
      !/\b(?:USD|EUR|GBP|KRW|RUB|AUD|CAD)\b/.test(of) &&
      !/[$€£₩₽]|\b(?:pay|pays|paid|salar\w*|wages?|earnings?|income|money|payments?|sums?|amounts?|cash|dollars|won|rubles?|roubles?|revenue|proceeds|funds?|fees?|bonus\w*|allowances?|stipends?|compensation|remittances?|currency|soldiers?|troops|forces?|contingent|deployment|men|servicemen|personnel|north koreans?|units?|total|figure)\b/i.test(
        of,
      )
    )
      return { ok: true, kind: "context", unit: "percent", per: null, min, max, ...base };
    // "…, though nine-tenths of it goes to Pyongyang", "90 percent of the pay ends up with the regime": the
    // share the regime gets, whatever the clause before it says the soldier earns.
    if (TO_THE_REGIME_AFTER.test(s.slice(q.end)))
      return { ok: true, kind: "regime-share", unit: "percent", per: null, min, max, ...base };
    // "could be 30 per cent too high", "20 per cent higher than in December", "a tenth of what they lost before": a
    // change or an error set against another figure, no share of the force.
    if (
      RELATIVE_AFTER.test(s.slice(q.end)) ||
      // ("losses in April were half of what they took in January": what they took is losses only after losses.)
      (/^\s*of\s+what\s+[\w’'-]+\s+took\b/i.test(s.slice(q.end)) &&
        /\b(?:losses|casualties)\b/i.test(s.slice(clause.start, q.start)))
    )
      return { ok: true, kind: "context", unit: "percent", per: null, min, max, ...base };
    const kind = bestKind("percent", clause.text.replace(EVIDENCE_SET_OFF, ""), s) ?? "context";
    // ("For comparison, American forces in Iraq suffered a casualty rate of under 2 per cent": another army's rate.)
    if (
      kind === "casualty-rate" &&
      /\b(?:American|U\.?S\.?|US|Russian|Ukrainian|British|NATO|Soviet|Chinese)\s+(?:forces|troops|soldiers|army|military|servicemen)\b(?:\s+(?:in|at|during)\s+(?:the\s+)?[\p{L}-]+)?\s+(?:suffered|sustained|took|saw|recorded|had|lost)\b/iu.test(
        s.slice(clause.start, q.start),
      ) &&
      !NORTH.test(s.slice(clause.start, q.start))
    )
      return { ok: true, kind: "context", unit: "percent", per: null, min, max, ...base };
    return { ok: true, kind, unit: "percent", per: null, min, max, ...base };
  }

  if (q.currency === null && !q.currencyWord && /^cents?$/i.test(noun0(q)) && (q.max ?? q.min ?? 0) < 100) {
    const cents = {
      ...q,
      currency: "USD" as const,
      min: q.min === null ? null : q.min / 100,
      max: q.max === null ? null : q.max / 100,
    };
    return {
      ok: true,
      ...classifyMoney(cents, "USD", clause.text, before, wide, ctx),
      unit: "USD",
      per: periodOf(q, before, after),
      min: cents.min,
      max: cents.max,
      ...base,
    };
  }
  if (q.currency !== null || q.currencyWord || namedCurrencyBefore(q, s)) {
    const unit = currencyUnit(q, s);
    if (!unit) {
      // ("8,200 zloty (about $2,000) a month per soldier": a sum in a currency the site does not compare, with its
      // conversion into one it does, is read in the conversion's.)
      const alt = q.alternate;
      if (alt && alt.currency !== null && !alt.percent && (alt.min !== null || alt.max !== null)) {
        const { currencyWord: _word, alternate: _alt, ...rest } = q;
        return classifyQuantity({ ...rest, currency: alt.currency, min: alt.min, max: alt.max }, ctx);
      }
      return { ok: false, reason: "currency not known" };
    }
    // ("pays about 2,000 US dollars a month for each North Korean soldier (roughly 2.9 million South Korean won at
    // current rates)": a sum in brackets that converts the sum before it into another currency.)
    const open = s.lastIndexOf("(", q.start);
    if (
      open >= 0 &&
      !s.slice(open, q.start).includes(")") &&
      /^\(\s*(?:(?:roughly|about|around|some|approximately|nearly|or|equal\s+to|equivalent\s+to|worth)\s+)*$/i.test(
        s.slice(open, q.start),
      ) &&
      /^\s*(?:(?:a|per|each)\s+(?:month|year|week|day)\s*)?(?:,?\s*at\s+(?:current|today['’]s|the\s+current|present)\s+(?:exchange\s+)?rates?\s*)?\)/i.test(
        s.slice(q.end),
      ) &&
      ctx.all.some(
        (o) =>
          o.end <= open &&
          (o.currency !== null || o.currencyWord !== undefined) &&
          currencyUnit(o, s) !== null &&
          currencyUnit(o, s) !== unit,
      )
    )
      return { ok: false, reason: "a conversion in brackets of the sum before it" };
    const antecedent = relativeAntecedent(clause.text, s);
    const over = totalOver(after);
    const per =
      over !== undefined
        ? over
        : !q.per && CUMULATIVE_AFTER.test(s.slice(q.end))
          ? null
          : (periodOf(q, before, after) ??
            // "- Monthly pay per soldier: $2,000": the period is in the item's label.
            (FIGURE_LABEL_BEFORE.test(s.slice(0, q.start))
              ? periodOf({ ...q, per: null }, s.slice(0, q.start), "")
              : null) ??
            // "15,000 rubles, roughly $170, once a month": the period set off after the amount.
            (/^\s*,\s*once\s+a\s+month\b/i.test(s.slice(q.end)) ? "month" : null) ??
            inheritedPeriod(q, ctx) ??
            (antecedent !== "" ? periodOf({ ...q, per: null }, antecedent, "") : null));
    return {
      ok: true,
      ...perSoldierSanity(classifyMoney(q, unit, clause.text, before, wide, ctx), q, unit, s),
      unit,
      per,
      min,
      max,
      ...base,
      // "$12,000 for a six-month deployment": a total over a stretch that is no month or year.
      scope:
        base.scope ??
        (over === null ? `a total ${(OVER_DURATION.exec(after)?.[0] ?? "").trim()}` : null) ??
        payHolder(s, q, clause, ctx.previous),
      basis: basisOf(q, ctx),
    };
  }

  // Bare numbers: an age, a head count, or nothing we can name.
  // (An age after "who was", "aged", "at": scoped when it is the age at a past event.)
  const ageOf = (kind: "biography" | "context"): Classification => ({
    ok: true,
    kind,
    unit: "years-of-age",
    per: null,
    min,
    max,
    ...base,
    ...ageThen(s, q, clause),
  });
  // "Kim Jin-ho, 42, a former sergeant": an age set off by commas after a name.
  if (
    /\p{Lu}[\p{Ll}-]+,\s*$/u.test(s.slice(Math.max(0, q.start - 30), q.start)) &&
    /^\s*,/.test(s.slice(q.end)) &&
    q.bound === "exact" &&
    (q.max ?? 0) >= 14 &&
    (q.max ?? 0) < 110
  ) {
    return { ok: true, kind: "biography", unit: "years-of-age", per: null, min, max, ...base };
  }
  if (
    /^\s*(?:-?year-old|years? old)\b/i.test(s.slice(q.numberEnd)) ||
    (/\b(?:who is|who was|aged|age of)\s+$/i.test(s.slice(Math.max(0, q.start - 12), q.start)) &&
      // ("who is 1.65 metres tall": a height.)
      !/^\s*(?:m|metres?|meters?|cm|centimet(?:re|er)s?|kilo(?:gram)?s?|kg|feet|foot|ft|inches|pounds|lbs?|tall)\b/i.test(
        s.slice(q.end),
      ))
  ) {
    if ((q.max ?? 0) < 120) return ageOf(groupAge(s, q) ? "context" : "biography");
  }
  if (
    AGE_BEFORE.test(s.slice(Math.max(0, q.start - 20), q.start)) &&
    BIOGRAPHY_CUE.test(clause.text) &&
    (q.max ?? 0) < 120
  ) {
    return ageOf("biography");
  }
  // "has revised its count of North Korean dead three times", "shared 40,000 times": a multiplier or a
  // number of occasions, not a count of people.
  if (TIMES_AFTER.test(s.slice(q.numberEnd))) return { ok: false, reason: "a number of times, not a count" };
  // "would lose 30,000 men for every 100,000 it sends": a ratio, and the count it is taken per.
  if (
    /^\s*(?:[\w-]+\s+){0,3}?for\s+(?:every|each)\s+(?:[\d,.]+|one|ten|a\s+hundred|a\s+thousand|hundred|thousand)\b/i.test(
      s.slice(q.end),
    ) ||
    /\bfor\s+(?:every|each)\s+$/i.test(s.slice(Math.max(0, q.start - 12), q.start))
  )
    return { ok: false, reason: "a ratio ('30,000 for every 100,000'), not a count" };
  // "about 1,900 of the 5,300 were killed": the whole a part is taken from, named again by its number
  // alone; what it counts is what the text counted before, so it is no new figure here.
  if (
    /\b\d[\d,.]*\s+of\s+the\s+$/.test(s.slice(Math.max(0, q.start - 40), q.start)) &&
    /^\s*(?:(?:who|that|which)\s+)?(?:were|was|have|has|had|are|is|died|remain|,)/i.test(s.slice(q.end)) &&
    // (Named before: "1,000 of the 3,000, who were sent in October," names its whole here for the first time.)
    new RegExp(
      String.raw`(?<![\d,.])${s.slice(q.numberStart, q.numberEnd).replace(/[.,]/g, "\\$&")}(?![\d]|[,.]\d)`,
    ).test(`${ctx.recent?.() ?? ctx.previous} ${s.slice(0, q.start)}`)
  )
    return { ok: false, reason: "the whole a part is taken from, named again by its number alone" };
  if (isMultiplierOfTotal(q, ctx)) {
    return { ok: false, reason: "head count a total is computed for (kept as the total's basis)" };
  }
  // "15,000 more": an increment counts what the sentence counts, as does "3,000 more arriving",
  // "3,000 more early this year" or "a further 3,000 reported to have arrived": a verb or a time after
  // the number is no noun it counts.
  const moreAfter = /^\s+(more|additional|extra|fresh)\b/i.exec(s.slice(q.end))?.[1]?.toLowerCase();
  const noNoun = q.suffixNoun !== undefined && NOT_A_NOUN.test(q.suffixNoun) && !PEOPLE_NOUNS.test(q.suffixNoun);
  // ("the 11,000 to 12,000 Kyiv says were sent": who says it, in a relative clause, is no noun the figure counts.)
  const noun = SPEAKER_CLAUSE_AFTER.test(s.slice(q.end))
    ? ""
    : ((noNoun ? undefined : q.suffixNoun) ?? moreAfter ?? "");
  // ("a wall of 101 portraits of soldiers killed in the fighting": pictures or graves of the dead count the pictures.)
  if (
    /^(?:portraits?|photos?|photographs?|pictures?|images?|posters?|graves?|tombstones?|headstones?|coffins?|urns?|medals?|names?)\b/i.test(
      noun,
    )
  )
    return { ok: false, reason: `counts "${noun}", not people` };
  // "is paid 2.9 million a month", "earns about 200,000 a year": a sum paid at a rate in a currency the
  // text does not name, not a head count.
  // ("They say 2k a month, but we see maybe four hundred dollars": a rate someone says or promises, beside a
  // sum in a currency, is a sum too.)
  if (
    noun === "" &&
    q.per !== null &&
    !q.perHead &&
    (PAID_BEFORE_RATE.test(s.slice(clause.start, q.start).slice(-80)) ||
      (ctx.all.some((o) => o !== q && (o.currency !== null || o.currencyWord !== undefined)) &&
        SAID_RATE_BEFORE.test(s.slice(clause.start, q.start).slice(-40))))
  )
    return { ok: false, reason: "a sum paid at a rate with no currency named, not a head count" };
  const nextWords = after
    .replace(/^[\s-]+/, "")
    .split(/\s+/)
    .slice(0, 4)
    .join(" ");
  const peopleNear =
    PEOPLE_NOUNS.test(noun) ||
    /^(?:[\w-]+\s+){0,3}(?:soldiers|troops|personnel|fighters|servicemen|conscripts|recruits)\b/i.test(nextWords) ||
    // "a 2,000-strong North Korean unit": the size of a body of troops.
    (noun === "strong" && STRONG_FORCE_AFTER.test(after)) ||
    TRADE_NOUN.test(nextWords) ||
    // "about 5,000 military construction workers": soldiers by their work.
    MILITARY_WORKERS_AHEAD.test(nextWords);
  // "Western sanctions against Russia now number more than 19,000": what numbers so many is the
  // subject before the verb; a count of things that are no people is no head count.
  const numbered =
    /^(.*?)\s+(?:now\s+|already\s+|currently\s+)?(?:number|numbers|numbered)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|almost)\s+)*$/i.exec(
      s.slice(clause.start, q.start),
    );
  // ("the soldiers, who number about 11,000,": a relative pronoun's noun stands before it.)
  // (Not a possessive before its noun: "The soldiers' rifles, which number about 20,000" counts rifles.)
  const numberedSubject =
    numbered?.[1] && /^\W*(?:who|which|that)\s*$/i.test(numbered[1])
      ? s.slice(Math.max(0, clause.start - 60), clause.start).replace(/\b[\p{L}-]+(?:s['’]|['’]s)\s/gu, " ")
      : numbered?.[1];
  if (
    noun === "" &&
    numbered?.[1] &&
    !/\b(?:soldiers|troops|personnel|forces|fighters|servicemen|men|casualties|dead|deaths|killed|wounded|losses|north koreans|koreans|workers|contingent|deployment|force|they|those|these|corps|brigades?|regiments?|divisions?|battalions?|units?|(?:first|second|third|fourth|next|new|another|further|latest|initial)\s+(?:groups?|waves?|rotations?|batch|batches|echelons?))\b/i.test(
      numberedSubject ?? "",
    )
  )
    return { ok: false, reason: `counts "${numbered[1].trim().split(/\s+/).slice(-3).join(" ")}", not people` };
  // "The agency put the number of shells shipped at about 12 million, up from 9 million": "the number of"
  // names what is counted, and a count of things that are no people, in a sentence that names no people
  // before the figure, is no head count, whatever the sentence before counted.
  const numberOf = matchesOf(
    (noun !== "" || !NUMBER_OF_WORDS.test(s) ? "" : s).slice(0, q.start),
    /\b(?:number|count|tally|total)\s+of\s+([^,;:()]{1,60}?)\s+(?:at|to|was|is|were|are|stood\s+at|stands\s+at|reached|had\s+reached|has\s+reached|rose\s+to|hit|exceeded|exceeds|topped|tops)\s/gi,
  ).at(-1);
  if (
    noun === "" &&
    numberOf?.[1] &&
    !PEOPLE_CONTEXT.test(s.slice(0, q.start)) &&
    !/\b(?:soldiers|troops|personnel|forces|fighters|servicem[ae]n|men|women|people|casualties|dead|deaths|killed|wounded|injured|missing|losses|victims|bodies|north koreans|koreans|workers|labou?rers|prisoners|captives|defectors|conscripts|recruits|engineers|sappers|deminers|builders|deployed|sent|dispatched|contingent|deployment|force|they|them|those|these)\b/i.test(
      numberOf[1],
    )
  )
    return { ok: false, reason: `counts "${numberOf[1].trim().split(/\s+/).slice(-3).join(" ")}", not people` };
  // "Of the 4,000, around 1,000 were killed": the first number only points back at an earlier figure.
  if (
    noun === "" &&
    /^\s*(?:[“"‘']\s*)?(?:of|out of|among)\s+(?:the|those|these|them)\s*$/i.test(s.slice(0, q.start)) &&
    /^\s*,/.test(s.slice(q.end))
  )
    return { ok: false, reason: "back-reference to an earlier figure" };
  // "4,000 of the 14,000", and "11,000 troops …, some 3,000 of them at the front": a part of a count.
  // ("between 14,000 and 16,000 servicemen have rotated through Russia, of whom roughly 11,000 took part in combat": people
  // of the count before, whatever verb follows; what they are is read as for any count of people.)
  const ofWhom =
    /\d[^.;]*,\s*of\s+whom\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*$/i.test(
      s.slice(0, q.start),
    ) && PEOPLE_CONTEXT.test(s.slice(0, q.start));
  const partitiveSubset =
    /^\s+of\s+(?:the\s+|an?\s+estimated\s+|some\s+)?[\d,.]+/i.test(s.slice(q.end)) ||
    // "had lost about 40 of its roughly 150 men": a part of a unit's own strength, lost.
    (OWN_WHOLE_AFTER.test(s.slice(q.end)) && UNIT_LOSS_BEFORE.test(s.slice(0, q.start))) ||
    // "about 4,000 of the first contingent of 11,000": a part of a whole counted after it.
    /^[\d,.]/.test(afterGroupOfWhole(s.slice(q.end)) ?? "") ||
    (/^\s+of\s+(?:them|those|these)\b/i.test(s.slice(q.end)) && /\d[\d,.]*/.test(s.slice(0, q.start)));
  // ("North Korea has sent about 12,000 troops. … said that at least 10,000 of them were in Kursk", "North Korean troops
  // had come under fire, and … up to 40 of them had been killed": people of the troops spoken of, with no count before
  // in the sentence; what they are is read as for any count of people.)
  const ofThem =
    !partitiveSubset &&
    /^\s+of\s+(?:them|those|these)\b/i.test(s.slice(q.end)) &&
    (q.max ?? q.min ?? 0) >= 2 &&
    troopsSpokenOf(s.slice(0, q.start), ctx.previous, s.slice(q.end)) &&
    PEOPLE_CONTEXT.test(`${ctx.previous} ${s.slice(0, q.start)}`) &&
    // (Of North Korea's troops: not "Russia has massed 50,000 troops. About 10,000 of them are marines".)
    /\b(?:North\s+Korea|Pyongyang|the\s+North)\b[^.;]{0,80}?\b(?:troops|soldiers|servicemen|forces)\b|\bNorth\s+Korean\s+(?:troops|soldiers|servicemen|forces)\b/i.test(
      `${ctx.previous} ${s.slice(0, q.start)}`,
    );
  // "sent 11,000 of them to Kursk", "has deployed about 3,000 of its troops": the part of a force that is
  // sent is a deployment, whatever the whole before it is.
  const sentPart = sendsPartOfArmy(s, q, ctx.all);
  const partitivePopulation =
    /\bof\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, q.start - 8), q.start)) &&
    !/\b(?:daughter|son|child|children|brother|sister|wife|husband|family|mother|father|age|aged)\s+of\s+(?:the\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 20), q.start),
    ) &&
    // "a toll of about 3,000, made up of roughly 300 soldiers killed and 2,700 wounded": the parts a whole
    // is made of, not a whole the figure is part of.
    !/\b(?:made\s+up|composed|comprised|consist(?:s|ed|ing)?)\s+of\s+(?:the\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 20), q.start),
    ) &&
    // "in our sample of 600": a set of documents or answers, not of people.
    !/\b(?:sample|survey|set|list|database|dataset|collection|corpus|archive|series|catalogue|index)\s+of\s+(?:the\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 20), q.start),
    ) &&
    // "300 of the 11,000", "1 per cent of the 12,000": the part stands just before its whole; "the
    // deployment is 1 per cent, and a second wave of 5,000 could follow" is a wave, not a part of one.
    // ("stands at 11,000, after losses of about 4,000 killed and wounded": a part is smaller than its whole.)
    ctx.all.some(
      (o) =>
        o.end <= q.start &&
        (o.form === "percent" || (o.form === "amount" && (o.max ?? o.min ?? 0) < (q.min ?? q.max ?? Infinity))) &&
        /^[\s,]*(?:[\w'’-]+\s+){0,3}?of\s+(?:the\s+)?$/i.test(s.slice(o.end, q.start)),
    ) &&
    // "the UN cap of 500,000 barrels", "a boy of 19": what the number counts is named, or too few.
    (noun === "" || PEOPLE_NOUNS.test(noun)) &&
    (q.max ?? q.min ?? 0) >= 100 &&
    // ("a population of 26 million, has an army of 1.28 million", "about 1% of its army of 1.2 million": the
    // whole is a country's army or people, never a force sent.)
    !(
      /\b(?:army|armies|armed\s+forces|military|militaries|population|people)\s+of\s+(?:the\s+)?$/i.test(
        s.slice(Math.max(0, q.start - 30), q.start),
      ) &&
      // ("Some 4,000 of an army of 12,000 North Korean soldiers sent to Kursk": the force sent, called an army.)
      !/^[^,;.]*?\b(?:sent|deployed|dispatched|in\s+Russia|to\s+Russia|in\s+Kursk|to\s+Kursk)\b/i.test(s.slice(q.end))
    );
  // "The 20,000-strong force has lost about 4,000 wounded": the size of the force the losses are of.
  // (Not another army's: "The 50,000-strong Russian force".)
  const strong = noun === "strong" ? STRONG_FORCE_AFTER.exec(s.slice(q.numberEnd)) : null;
  const forceSize =
    strong !== null &&
    !/\b(?:russian|ukrainian|american|british|chinese|japanese|belarusian|south\s+korean|(?-i:US|UK))\b/i.test(
      strong[0],
    );
  // A force the losses of the sentence are taken from ("Of the 12,000 sent, …", "The 20,000-strong force has lost …").
  const forceLossesAreOf = partitivePopulation || forceSize;
  // "The casualty numbers are murky. Kyiv says 4,000.": a bare number that is all a speaker says, after
  // a sentence about the soldiers, counts what that sentence counts.
  // ("Ukrainian officials say more than 1,000 have died; the agency says about 300.": the count before
  // the contrast in the same sentence.)
  const saidBare =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    (SAID_BARE_BEFORE.test(s.slice(clause.start, q.start)) || GAVE_BARE_BEFORE.test(s.slice(0, q.start))) &&
    BARE_CLAUSE_END.test(s.slice(q.end)) &&
    (PEOPLE_CONTEXT.test(ctx.previous) || countBeforeContrast(s, q, ctx.all) !== null);
  // "about 8,000 remain fit to fight, a spokesman said, down from 11,000 in December": an earlier value
  // of a head count the sentence gave before it.
  const earlierOfCount =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    /\b(?:up|down)\s+from\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|an estimated)\s+)*$/i.test(
      s.slice(0, q.start),
    ) &&
    ctx.all.some(
      (o) => o.end <= q.start && o.form === "amount" && o.currency === null && !o.currencyWord && !o.percent,
    ) &&
    PEOPLE_CONTEXT.test(s.slice(0, q.start));
  // "North Korea, which promised 5,000 troops in June, has already sent 11,000": a bare number sent, in a
  // sentence about troops, counts them.
  // "North Korea has sent at least 13,000 troops to Russia, and possibly as many as 16,000": a second guess
  // at the count before it.
  const secondGuess =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    SECOND_GUESS_BEFORE.test(s.slice(Math.max(0, q.start - 120), q.start)) &&
    lastCountKind(s.slice(0, q.start)) !== null;
  const sentBare =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    SENT_BARE_BEFORE.test(s.slice(Math.max(0, q.start - 80), q.start)) &&
    // (Not another army's troops, nor arms sent: "Russian troops rely on North Korean missiles, and
    // Pyongyang has already sent about 150".)
    troopsSpokenOf(s.slice(0, q.start), ctx.previous, s.slice(q.end)) &&
    !NATIONALITY_OTHER.test(s.slice(0, q.start));
  // "the soldiers, who number about 11,000, had been deployed": the size of the force a relative clause gives.
  const whoNumber =
    (noun === "" || noun === "who") &&
    /\b(?:soldiers|troops|forces|servicemen|men|contingent|force|deployment)\s*,?\s+(?:who|which)\s+(?:now\s+|still\s+)?(?:number(?:ed|s)?|total(?:led|s)?)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*$/i.test(
      s.slice(Math.max(0, q.start - 80), q.start),
    );
  // "The Pentagon has given a lower figure of around 11,000", "I think the real number is much higher, maybe 20,000":
  // a figure or a number set after the counts of the sentences before counts what they count.
  const countRestated =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    COUNT_NOUN_BEFORE.test(s.slice(Math.max(0, q.start - 80), q.start)) &&
    lastCountKind(`${ctx.recent?.() ?? ctx.previous} ${s.slice(0, q.start)}`) !== null;
  // "The NIS says about 11,000 were sent in total": a bare number said to have been sent is a force.
  const sentPassive =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    SENT_PASSIVE_AFTER.test(s.slice(q.end)) &&
    // (Not arms, nor the wounded or the dead moved somewhere: "thousands of containers … about 13,000 were sent",
    // "North Korean wounded are treated in Pyongyang. About 400 were sent there".)
    !sendsOtherThanSoldiers(ctx.previous, s.slice(0, q.start), s.slice(q.end), q.max ?? q.min ?? 0) &&
    !SENT_AWAY.test(` who were ${s.slice(q.end).replace(/^\s+(?:(?:have|has|had)\s+been|were|are|was)\s+/i, "")}`);
  // "expects the deployment to stay below 20,000 this year": the size of the force, said of the force.
  const forceLevel =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    /\b(?:deployment|contingent|presence|force)\s+(?:(?:to|will|would|could|may|might)\s+)?(?:stay|remain|reach|rise|grow|swell|climb|exceed|top|fall|shrink|be\s+kept)\s+(?:(?:below|under|above|over|to|beyond|at)\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 80), q.start),
    );
  // ("a first group of about 400 could leave within weeks", "followed by a second wave of around 3,000": a group of
  // the force the passage speaks of.)
  const waveOf =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    /\b(?:first|second|third|fourth|new|fresh|further|another|next|initial)\s+(?:group|wave|batch|contingent|rotation|echelon)\s+(?:of|(?:(?:could|would|will|may|might)\s+)?(?:numbers?|totals?|reach(?:es)?|comprises?))\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as|an\s+estimated)\s+)*$/i.test(
      s.slice(Math.max(0, q.start - 80), q.start),
    ) &&
    troopsSpokenOf(s.slice(0, q.start), ctx.previous, s.slice(q.end)) &&
    PEOPLE_CONTEXT.test(`${ctx.previous} ${s}`);
  const isPeople =
    waveOf ||
    forceLevel ||
    countRestated ||
    sentPassive ||
    whoNumber ||
    saidBare ||
    sentBare ||
    secondGuess ||
    earlierOfCount ||
    peopleNear ||
    // "about 1,000 … had been killed and about 3,000 others had been wounded": more of the people counted before.
    (noun === "others" && PEOPLE_CONTEXT.test(s.slice(0, q.start))) ||
    (q.vague && (noun === "" || noun === "more") && PEOPLE_CONTEXT.test(`${ctx.previous} ${s}`)) ||
    partitiveSubset ||
    ofWhom ||
    ofThem ||
    (/^(?:more|additional|extra|fresh)$/i.test(noun) && PEOPLE_CONTEXT.test(s)) ||
    // ("North Korea to send 6,000 more to Russia", "Pyongyang has deployed 3,000 more": more of the men North Korea
    // sends, in a headline that names no soldier.)
    (noun === "more" &&
      (q.max ?? q.min ?? 0) >= 100 &&
      /\b(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|dispatch|dispatches|dispatching|dispatched)\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+many\s+as|another|an?\s+(?:further|additional))\s+)*$/i.test(
        s.slice(Math.max(0, q.start - 60), q.start),
      ) &&
      NORTH.test(s.slice(0, q.start)) &&
      (q.max ?? q.min ?? 0) <= 50_000 &&
      !/\b(?:workers|labou?rers|students|builders|trainees|doctors|tourists|shells|missiles|rockets|containers|rounds|ammunition|munitions|artillery|howitzers|drones|guns|weapons|equipment|tanks|vehicles|tonnes|tons)\b/i.test(
        `${ctx.previous} ${s}`,
      )) ||
    partitivePopulation ||
    // "around 11,000 are now in Kursk", "3,000 more followed": the subject of a deployment's verb,
    // after a sentence about troops.
    ((noun === "" || noun === "more" || /^(?:followed|arrived|are|were|have|had)$/i.test(noun)) &&
      (q.max ?? q.min ?? 0) >= 100 &&
      // ("Moscow expects another 1,500 to arrive before the end of the month": the subject of an arrival to come.)
      (DEPLOYMENT_PREDICATE.test(s.slice(q.end)) ||
        /^\s+(?:more\s+)?to\s+(?:arrive|follow|be\s+sent|be\s+deployed)\b/i.test(s.slice(q.end))) &&
      PEOPLE_CONTEXT.test(`${ctx.previous} ${s}`)) ||
    // "about 11,000 … are in Russia, and another 5,000 to 6,000 could be coming", "Another 5,000 may be on their
    // way": more of the troops the text counts, on their way.
    ((q.max ?? q.min ?? 0) >= 100 && moreOnTheWay(s, q) && PEOPLE_CONTEXT.test(`${ctx.previous} ${s}`)) ||
    (noun === "" &&
      (q.max ?? q.min ?? 0) >= 100 &&
      (PEOPLE_CONTEXT.test(clause.text) ||
        // "the correct figure, according to the NIS, is 1,150": the noun may stand clauses before; "the
        // claim of 100,000 is a myth" too.
        (/\b(?:numbers?|figures?|totals?|counts?|tally|tallies|estimates?|claims?|assessments?)\b/i.test(
          s.slice(0, q.start).split(";").pop() ?? "",
        ) &&
          PEOPLE_CONTEXT.test(`${ctx.previous} ${s}`))));
  // "put the deployment at about 14,000", "a force that Seoul puts at 11,000 troops", "a force estimated
  // at 10,000 troops": the size of the force, named before the number, whatever else the sentence counts.
  const forceBefore = s.slice(Math.max(0, q.start - 60), q.start);
  // ("put losses across the expeditionary force at “close to 4,000”": the losses of the force, not its size.)
  const lossesOfForce =
    /\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:losses|casualties|wounded|killed|dead|deaths|toll)\s+(?:across|in|among|of|within)\b/i.test(
      forceBefore,
    );
  const forceAt =
    !lossesOfForce &&
    (noun === "" || /^(?:troops|soldiers|servicem[ae]n|men|personnel|north koreans)$/i.test(noun)) &&
    (/\b(?:(?:deployed|whole|entire|total|overall)\s+force|(?:the|its|their)\s+force(?=\s+at\b)|deployment|contingent|expeditionary force|troop (?:numbers?|strength|presence)|presence|force(?:\s+(?:that|which))?\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+(?:puts?|estimates?|places?|reckons?))\s+(?:in\s+\w+\s+)?at\s+(?:(?:about|some|around|roughly|nearly|almost|close to|more than|over|up to|an estimated|approximately)\s+)*[“"]?$/i.test(
      forceBefore,
    ) ||
      /\b(?:force|contingent|deployment)\s+(?:estimated|put|placed|reckoned|believed|thought|said)(?:\s+to\s+(?:be|number))?\s+at\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|approximately)\s+)*$/i.test(
        forceBefore,
      ) ||
      // ("puts the number sent to Russia at around 16,000": the number sent is the force.)
      /\b(?:puts?|putting|placed|places|estimates?|estimated)\s+(?:the|its|their)\s+(?:total\s+)?(?:number|total|count|figure)\s+(?:(?:of\s+)?(?:troops|soldiers|men|North\s+Koreans)\s+)?(?:sent|deployed|dispatched)\s+(?:(?:to|in|into)\s+(?:Russia|Kursk|the\s+Kursk\s+region)\s+)?(?:so\s+far\s+)?at\s+(?:(?:about|some|around|roughly|nearly|almost|close to|more than|over|up to|an estimated|approximately)\s+)*[“"]?$/i.test(
        forceBefore,
      ) ||
      // ("puts the number in Kursk at 11,000": the number of those in a place, with no noun, is the force there.)
      /\b(?:[Pp]uts?|[Pp]utting|[Pp]laced|[Pp]laces|[Ee]stimates?|[Ee]stimated)\s+(?:the|its|their)\s+(?:number|total|count|figure)\s+(?:now\s+|still\s+)?(?:in|inside)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+region)?\s+(?:now\s+)?at\s+(?:(?:about|some|around|roughly|nearly|almost|close to|more than|over|up to|an estimated|approximately)\s+)*[“"]?$/u.test(
        forceBefore,
      ) ||
      // "the North Korean deployment in Russia now stands at about 11,000": the force's size as it stands
      // (not "Losses among the North Korean contingent stood at …").
      /(?<!\b(?:loss\w*|casualt\w*|death\w*|dead|wound\w*|kill\w*|injur\w*|fatalit\w*|toll|tally|count|KIA|WIA|MIA|POWs?)\s+(?:(?:figures?|numbers?|counts?|tally)\s+)?(?:among|in|of|within|across|from|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2})\b(?:deployment|contingent|expeditionary force|troop (?:numbers?|strength|presence)|presence)\s+(?:in\s+[\w’'-]+\s+)?(?:now\s+|currently\s+)?(?:stands|stood|standing)\s+at\s+(?:(?:about|some|around|roughly|nearly|almost|close to|more than|over|up to|an estimated|approximately)\s+)*[“"]?$/i.test(
        forceBefore,
      ) ||
      // ("I would put the deployment closer to 15,000": the hedge is the figure's own words.)
      (/\b(?:put|puts|putting|placed|places)\s+(?:the\s+|its\s+|their\s+)?(?:deployment|contingent|force|presence|troop\s+numbers?)\s+$/i.test(
        forceBefore,
      ) &&
        /^(?:closer|nearer|near|around|about|roughly|somewhere)\b/i.test(q.text)) ||
      // "the North Korean presence in Russia could reach 45,000", "troop numbers may climb to 20,000", "a
      // deployment above 20,000" stays unread: whether it is a count or a supposition, the words do not say.
      /\b(?:presence|deployment|contingent|expeditionary force|troop (?:numbers?|strength|presence)|number of (?:north korean\s+)?(?:troops|soldiers))\s+(?:in\s+[\w’'-]+\s+)?(?:(?:could|may|might|will|would|is expected to|is likely to|is set to)\s+)?(?:reach(?:es|ed)?|climb(?:s|ed)?\s+to|rise(?:s)?\s+to|rose\s+to|grow(?:s)?\s+to|grew\s+to|swell(?:s|ed)?\s+to|top(?:s|ped)?|exceed(?:s|ed)?|hit|hits)\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|as many as|an estimated|approximately)\s+)*$/i.test(
        forceBefore,
      ) ||
      // "casualties out of a force of about 12,000": the force a share of losses is taken from.
      /\b(?:out\s+of|of|from|among|in|against)\s+(?:a|the|its|their|an\s+estimated)\s+(?:total\s+|(?:first|second|third|initial|original|latest|new)\s+)?(?:force|contingent|deployment|expeditionary\s+force|wave|batch|rotation)\s+of\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|approximately|an estimated)\s+)*$/i.test(
        forceBefore,
      ) ||
      // "the total could climb to 100,000", after a count of soldiers.
      (/\bthe\s+total\s+(?:(?:could|may|might|will|would|is expected to|is likely to)\s+)?(?:reach|climb\s+to|rise\s+to|grow\s+to|swell\s+to|top|exceed)\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|as many as)\s+)*$/i.test(
        forceBefore,
      ) &&
        PEOPLE_CONTEXT.test(`${ctx.previous} ${s}`)));
  // "put the toll at 4,000", "put the death toll at 1,100 North Korean soldiers", 'put the likely toll at "closer to
  // 2,500"': a toll named before the number says it counts losses, whatever noun follows.
  const tollAt =
    (noun === "" || /^(?:troops|soldiers|servicem[ae]n|men|personnel|north koreans|people)$/i.test(noun)) &&
    (/\btoll\s+(?:(?:of|among|for)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+)?at\s+["“‘]?(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|an estimated|approximately)\s+)*$/i.test(
      forceBefore,
    ) ||
      // "In my view, the true toll is nearer 5,000": a toll said to be a number counts losses ("the toll could be
      // above 2,000" foresees them).
      /\b(?:the|its|their|a)\s+(?:(?:true|real|actual|likely|final|overall|total|current|latest|full)\s+)?toll\s+(?:is|was|stands\s+at|stood\s+at|is\s+now|remains)\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|an estimated|approximately|probably|likely)\s+)*$/i.test(
        forceBefore,
      ) ||
      // ("Zelensky says their losses exceed 3,800": losses whose verb is the figure's own bound.)
      (/(?<!\b(?:russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s|kiev['’]s|american|enemy)\s+(?:[\w’'-]+\s+){0,2})\b(?:losses|casualties)\s+$/i.test(
        forceBefore,
      ) &&
        /^(?:exceed|top|surpass|pass)\w*$/i.test(q.hedgeText ?? "")) ||
      // ("The NIS has revised the toll up to about 2,000": a toll changed to a number.)
      /\b(?:raised?|raises|revised?|revises|lowered|lowers|updated?|updates|increased?|increases|brought|pushed)\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?toll\s+(?:(?:up|down|upwards?|downwards?)\s+)?to\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|an estimated|approximately)\s+)*$/i.test(
        forceBefore,
      ) ||
      // "Seoul puts North Korean losses in Russia at 3,000": losses put at a number are a count of losses.
      /\b(?:puts?|putting|placed|places|estimates?|estimated)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:losses|casualties)\s+(?:(?:in|among|of)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+)?at\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|an estimated|approximately)\s+)*$/i.test(
        forceBefore,
      ) ||
      // "the combined losses stood at roughly 3,000", "total losses reached 4,000", "losses since the troops
      // entered combat in December have reached 5,000" (never another army's, nor a rate per day).
      (/(?<!\b(?:russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s)\s+(?:[\w’'-]+\s+){0,2})\b(?:losses|casualties)\s+(?:(?:in|among|of)\s+(?!(?:the\s+)?(?:russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s|civilians?|american|enemy)\b)[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+)?(?:since\s+(?:[\w’'-]+\s+){1,8}?)?(?:(?:had|have|has)\s+)?(?:stood|stand|stands|standing|reached|reach|reaches|totall?ed|totals?|came|come|comes|rose|risen|rise|rises|climbed|climb|climbs|jumped|jump|jumps|hit|hits|grew|grow|grows)\s+(?:to\s+|at\s+)?(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|an estimated|approximately)\s+)*$/i.test(
        // ("Casualties, according to Ukraine's military intelligence, have reached about 4,000": a source
        // set off between commas stands between the noun and its verb.)
        s
          .slice(Math.max(0, q.start - 200), q.start)
          .replace(/,\s*(?:according\s+to|citing|by\s+the\s+count\s+of)\s+[^,;]{1,120},\s*/i, " ")
          .slice(-110),
      ) &&
        !/^\s*(?:[\w-]+\s+){0,2}?(?:a|per|each|every)\s+day\b|^\s*daily\b/i.test(s.slice(q.end))));
  // "killed 21 North Korean soldiers and wounded 14": the second count takes the first one's noun.
  const elliptic =
    noun === "" &&
    /\b(?:and|or)\s+(?:killed|wounded|injured|captured|eliminated)\s+$/i.test(
      s.slice(Math.max(0, q.start - 20), q.start),
    ) &&
    /\b(?:killed|wounded|injured|captured|eliminated)\s+(?:[\w-]+\s+){0,2}?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|north koreans)\b/i.test(
      s.slice(0, q.start),
    );
  // "600: North Korean soldiers killed", "600 — North Korean soldiers killed": a bullet's label counts what
  // follows its colon or dash.
  const labelPeople =
    noun === "" &&
    LABEL_ONLY.test(s.slice(0, q.end)) &&
    /^\s*(?::|\s[—–]|\s-{1,2})\s+(?:[\w-]+\s+){0,3}?(?:soldiers|troops|personnel|servicemen|north koreans|people|engineers|sappers|deminers|builders|workers|labou?rers|prisoners|captives)\b/i.test(
      s.slice(q.end),
    );
  // "North Korean losses were about 4,000": the losses of the North's soldiers, counted without a noun.
  const northLosses =
    noun === "" &&
    (/\b(?:north korea(?:n|'s|’s)?|pyongyang['’]s)\s+(?:\w+\s+){0,2}?(?:losses|casualties|dead|death toll)\b/i.test(
      s.slice(clause.start, q.start),
    ) ||
      // ("North Korea has sent 12,000 soldiers, with losses of about 4,000 so far": losses that go with the North, the
      // subject of the sentence; not "Russia, with its North Korean allies, has taken losses of about 64,000".)
      (/\bwith\s+(?:heavy\s+)?losses\s+(?:of|at)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|an\s+estimated|ca\.)\s+)*$/i.test(
        s.slice(Math.max(0, q.start - 90), q.numberStart),
      ) &&
        /^\W*(?:North\s+Korea|Pyongyang|the\s+North|North\s+Korean\s+(?:troops|soldiers|forces|units))\b[^;:]*$/i.test(
          s.slice(0, q.start),
        )));
  // "Q: How many soldiers have been sent? A: More than 14,000 now.": the answer counts what the question asks.
  const answer =
    (noun === "" || /^(?:now|today|so|in|altogether|overall)$/i.test(noun)) &&
    (q.max ?? q.min ?? 0) >= 100 &&
    HOW_MANY_ASKED.test(ctx.previous.trim()) &&
    PEOPLE_CONTEXT.test(HOW_MANY_ASKED.exec(ctx.previous.trim())?.[0] ?? "");
  // "sent roughly 14,000 soldiers in two waves: about 11,000 in the autumn and …": a breakdown after a
  // colon counts what the count before it did.
  const breakdown =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    /:\s+(?:(?:about|around|some|roughly|nearly|more than|over|up to|an estimated)\s+)?$/i.test(s.slice(0, q.start)) &&
    /\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|personnel|north koreans)\b/i.test(
      s.slice(0, q.start).split(":").slice(-2, -1)[0] ?? "",
    );
  // "As many as 3,000 more could be sent by spring", "Another 3,000 could be sent": more of the soldiers
  // the text is counting, sent or to be sent.
  const moreOfSame =
    (noun === "more" ||
      (noun === "" &&
        // ("another 1,500 could be sent", "a further 1,500 could be sent by spring", "an additional 2,000 may follow")
        /\b(?:another|an?\s+(?:further|additional)|further)\s+(?:(?:about|some|around|roughly|nearly|up to|as many as)\s+)*$/i.test(
          s.slice(0, q.start),
        ))) &&
    (q.max ?? q.min ?? 0) >= 100 &&
    /\b(?:soldiers|troops|servicemen|personnel|north koreans)\b/i.test(`${ctx.previous} ${s.slice(0, q.start)}`) &&
    /^\s+(?:more\s+)?(?:(?:could|may|might|will|would|are|were|is|was|have|has|had)\s+)?(?:(?:also|soon|yet|reportedly|already)\s+)?(?:be\s+|been\s+)?(?:sent|deployed|dispatched|follow|followed|arrive|arrived|join|joined|expected)\b/i.test(
      s.slice(q.end),
    );
  // "I know of at least 15,000 who were sent": people a relative clause says were sent.
  const sentWho =
    noun === "" &&
    (q.max ?? q.min ?? 0) >= 100 &&
    /^\s+who\s+(?:were|had\s+been|have\s+been|are|was|got)\s+(?:already\s+|since\s+|later\s+|secretly\s+)?(?:sent|deployed|dispatched|shipped|transported|flown)\b/i.test(
      s.slice(q.end),
    ) &&
    // ("who were flown home to Pyongyang", "transported to hospitals in Moscow": the returned and the moved are
    // no deployment, unless the sentence says they were dead or wounded: "sent home in coffins".)
    (!SENT_AWAY.test(s.slice(q.end)) || CASUALTY_WORDS.test(s.slice(q.end)));
  // ("…, which had put the death toll at 600 in March, raised it to about 1,100": "it" is the count before,
  // whatever else the clause names.)
  // ("Kyiv says 4,000 have been killed or wounded. … though I would put it nearer 5,000": "it" is the count before.)
  const raisedIt =
    noun === "" &&
    ((/\b(?:raised|lowered|revised|increased|cut|reduced|updated|adjusted|brought|pushed)\s+it\s+(?:(?:up|down|upward|downward|sharply)\s+)?to\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least)\s+)*$/i.test(
      s.slice(Math.max(0, q.start - 50), q.start),
    ) &&
      lastCountKind(s.slice(0, q.start)) !== null) ||
      (/\b(?:put|puts|putting|place|places|placing|(?:has\s+|had\s+)?estimated|estimates?|reckons?|reckoned)\s+it\s+(?:at\s+)?$/i.test(
        s.slice(Math.max(0, q.start - 30), q.start),
      ) &&
        (lastCountKind(s.slice(0, q.start)) ?? lastCountKind(ctx.previous) ?? figuresNamed(s.slice(0, q.start))) !==
          null) ||
      // ("Last Friday the agency put the figure at 1,800; on Monday it moved to 2,000": the count itself, changed.)
      (/\bit\s+(?:then\s+|later\s+)?(?:moved|rose|climbed|jumped|fell|dropped|went|grew)\s+(?:up\s+|down\s+)?to\s+$/i.test(
        s.slice(Math.max(0, q.start - 40), q.start),
      ) &&
        lastCountKind(s.slice(0, q.start)) !== null));
  // "has risen from 11,000 last year to 14,000 now": the end of a change counts what its start did, a
  // time word after it ("now", "today") being no noun.
  const fromToEnd =
    (noun === "" || /^(?:now|today|currently|so|this|by|in|as|at)$/i.test(noun)) &&
    FROM_COUNT_TO.test(s.slice(Math.max(0, q.start - 90), q.start)) &&
    lastCountKind(s.slice(0, q.start)) !== null;
  // "puts the toll at 600, up from 300": the earlier value of a count counts what the count does.
  const upFrom =
    noun === "" &&
    /\b(?:up|down)\s+from\s+(?:(?:about|around|some|roughly|nearly|almost|an?\s+(?:earlier|previous)\s+\w+\s+of)\s+)*$/i.test(
      s.slice(Math.max(0, q.start - 50), q.start),
    ) &&
    lastCountKind(s.slice(0, q.start)) !== null;
  // "- Troops deployed: about 11,000 (NIS)", "Killed | 300 | NIS": a label before the figure names
  // what it counts.
  const label =
    noun === "" || /^(?:\(|\|)/.test(after.trim()) ? FIGURE_LABEL_BEFORE.exec(s.slice(0, q.start))?.[1] : undefined;
  const labelled =
    label !== undefined &&
    (PEOPLE_CONTEXT.test(label) || /\b(?:reinforcements|replacements|(?:new\s+)?arrivals)\b/i.test(label));
  if (
    !isPeople &&
    !northLosses &&
    !labelPeople &&
    !elliptic &&
    !forceAt &&
    !tollAt &&
    !answer &&
    !breakdown &&
    !labelled &&
    !moreOfSame &&
    !sentWho &&
    !raisedIt &&
    !fromToEnd &&
    !upFrom
  )
    return { ok: false, reason: noun === "" ? "bare number with nothing counted" : `counts "${noun}", not people` };
  if ((q.max ?? q.min ?? 0) < 2 && !q.vague) return { ok: false, reason: "too small to be a head count" };
  // ("Pyongyang makes billions more from trade": no army counts its soldiers in hundreds of millions.)
  if ((q.min ?? q.max ?? 0) >= 100_000_000) return { ok: false, reason: "too large to be a head count" };
  // "She did not say how many of the 4,000 had died": the whole a question asks about, not a count of
  // what its verb says.
  if (
    /\bhow\s+many\s+of\s+(?:the|those|these|its|their)\s+(?:(?:about|around|some|roughly)\s+)?$/i.test(
      s.slice(0, q.start),
    )
  )
    return { ok: false, reason: "the whole that “how many of” asks about, not a count" };
  // "2k — the monthly pay in US dollars that …": a list item's sum written without its currency, whose
  // words after the dash say it is pay; the site does not guess the currency, and reports it as skipped.
  if (
    q.currency === null &&
    !q.percent &&
    ITEM_FIGURE_ONLY.test(s.slice(0, q.end)) &&
    /^\s*[–—]\s+(?:the\s+|a\s+)?(?:(?:monthly|annual|yearly|daily|average|basic|promised|reported|official)\s+)?(?:pay|salary|salaries|wages?|payments?|sum|amount|fee|bonus)\b/i.test(
      s.slice(q.end),
    )
  )
    return { ok: false, reason: "a sum a list item gives without its currency" };
  // "Neither figure is close to 50,000": what the figures are said to be far from, not a count of its own.
  if (
    /\b(?:neither|none)\s+(?:of\s+(?:the|these|those|them)\s+)?(?:(?:official\s+|other\s+)?(?:figures?|estimates?|counts?|numbers?|tolls?|tallies)\s+)?(?:\w+\s+){0,3}?(?:is|are|was|were|comes?|came|gets?|got)\s+(?:even\s+|anywhere\s+)?(?:close|near)\s+(?:to\s+)?(?:(?:about|around|some|roughly)\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 80), q.numberStart),
    )
  )
    return { ok: false, reason: "what other figures are said to be far from, not a count" };

  // ("two more North Korean soldiers were captured": more of a loss, not more troops sent.)
  const lostAfter =
    /^\s+(?:more|additional|further)\s+(?:north\s+korean\s+)?(?:troops|soldiers|servicemen|fighters|north\s+koreans)\s+(?:(?:were|have\s+been|had\s+been|was|are)\s+)(?:captured|killed|wounded|injured|taken\s+prisoner|lost)\b/i.test(
      s.slice(q.end),
    );
  const increment =
    !lostAfter &&
    (/^(?:more|additional|extra|fresh)$/i.test(noun) ||
      // "about 3,000 replacements", "2,000 reinforcements": soldiers added to the force.
      /^(?:replacements|reinforcements)\b/i.test(noun) ||
      // "has risen by 3,000 since November, to about 14,000": the rise, not the force.
      CHANGE_BY_VERB.exec(s.slice(Math.max(0, q.start - 50), q.start))?.[1] !== undefined ||
      // "a further 1,500 soldiers", "another 2,000 troops".
      // ("send additional forces of up to 5,000": the noun before "of".)
      /\b(?:a further|another|an additional|an extra|additionally sent|(?:a|another)\s+(?:fresh|new|further|second|third)\s+(?:contingent|batch|group|wave|rotation)\s+of|(?:additional|extra|fresh|more)\s+(?:forces|troops|soldiers|personnel|reinforcements)\s+(?:of|numbering))\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+many\s+as|more\s+than|at\s+least)\s+)?$/i.test(
        s.slice(Math.max(0, q.start - 40), q.start),
      ) ||
      // ("1,200 more North Koreans had arrived in Kursk": the people counted named by their country.)
      /^\s+(?:more|additional|extra|fresh)\s+(?:(?:north korean\s+)?(?:troops|soldiers|servicemen|fighters)|north\s+koreans)\b/i.test(
        s.slice(q.end),
      ) ||
      // "About 2,000 North Korean soldiers arrived in January as replacements", "… were sent to replace the
      // dead and wounded": soldiers added to the force.
      ARRIVED_TO_REPLACE.test(s.slice(q.end)) ||
      // "the number of additional soldiers is about 1,000": the count's own noun says it is an increase.
      /\b(?:number|count|total)\s+of\s+(?:the\s+)?(?:additional|extra|fresh|new|more)\s+(?:north korean\s+)?(?:troops|soldiers|personnel)\s+(?:\w+\s+){0,3}?(?:is|was|stands at|stood at|at|to)\s+(?:(?:about|around|some|roughly|nearly|only)\s+)*$/i.test(
        s.slice(Math.max(0, q.start - 80), q.start),
      ) ||
      // "its own estimate of the second wave was closer to 1,500": the size of a later wave (not "the death toll in
      // the second wave was closer to 1,500").
      (/\bthe\s+(?:second|third|fourth|new|newest|latest|next|fresh)\s+(?:contingent|batch|wave|rotation|deployment)\b[^.;,]{0,30}?\b(?:was|is|at|of|numbered|numbers|totals?|totalled|stood\s+at|stands\s+at)\s+(?:(?:closer|close|nearer)\s+to\s+|(?:about|around|some|roughly|nearly|only)\s+)?$/i.test(
        s.slice(Math.max(0, q.start - 80), q.start),
      ) &&
        !/\b(?:toll|dead|deaths|killed|losses|casualt\w*|wounded|injured|fatalit\w*)\b/i.test(
          s.slice(Math.max(0, q.start - 80), q.start),
        )) ||
      // "- Additional troops sent in early 2025: about 3,000 (JCS)": the label says it.
      (label !== undefined &&
        /^(?:(?:additional|further|extra|fresh|more)\s+(?:troops|soldiers|forces)|reinforcements|replacements|new\s+arrivals)\b/i.test(
          label.trim(),
        )));
  const people = {
    unit: "people" as const,
    per: null,
    min,
    max,
    ...base,
    // An increase over a period ("a further 1,500 over the past month") is first an increase.
    scope:
      // ("several thousand replacements": a vague amount is an increase when its own noun says so.)
      // ("around 1,500 additional troops had arrived in the first week of February", "about 3,000 additional soldiers
      // … since January": the stretch the increase covers is said with it, so that the part and the whole of
      // one stretch are told apart.)
      increment &&
      (!q.vague || /^(?:replacements|reinforcements)\b/i.test(noun)) &&
      (base.scope === null || base.scope.startsWith("only "))
        ? increaseOver(base.scope?.replace(/^only\s+/, "") ?? SINCE_MONTH.exec(clause.text)?.[0] ?? null)
        : // "about 500 North Korean officers": a rank or trade of the force, not all of it.
          (base.scope ??
          partOf(q, ctx) ??
          // ("more than 14,000 North Korean servicemen have fought on Russian soil", "30,000 soldiers could pass
          // through Russia": all who have served or will serve there over time, not those there at one time.)
          (OVER_TIME_AFTER.test(after) ? "all who serve there over time" : null) ??
          (SCOPE_RANK.exec(after)?.[1]
            ? `only ${SCOPE_RANK.exec(after)?.[1]?.replace(/\s+/g, " ").toLowerCase()}`
            : null)),
  };
  // "the source put the number pulled back at about 2,000": soldiers moved away from the front, neither lost nor sent.
  if (
    /\b(?:the|its|their)\s+number\s+(?:of\s+(?:troops|soldiers|men|units)\s+)?(?:(?:being|that\s+were|that\s+had\s+been)\s+)?(?:pulled|withdrawn|rotated\s+out|evacuated|sent\s+home|taken\s+off|(?:moved|transferred|redeployed)\s+(?:back|away|out))\b[^.;]{0,60}?\bat\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over)\s+)*$/i.test(
      s.slice(0, q.start),
    )
  )
    return { ok: true, kind: "context", ...people };
  // "presented portraits of 101 fallen soldiers to their families at a ceremony": the dead one ceremony
  // honoured, neither the force nor the toll.
  if (
    /^\s+(?:[\w-]+\s+)?(?:fallen|dead|killed)\s+(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|men|heroes)\b/i.test(
      after,
    ) &&
    /\b(?:portraits?|photos?|photographs?|medals?|titles?|honou?rs?|names?|coffins?|remains|funerals?)\s+(?:of|to|for)\s+(?:the\s+)?(?:(?:some|about|all|only)\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 40), q.start),
    )
  )
    return { ok: true, kind: "context", ...people };
  // "loses more than 1,000 men a day", "About 1,500 North Korean soldiers a month have arrived": a rate,
  // never a count of the force or of its losses.
  // ("the 11,000 soldiers each month receive …" names when they are paid, not a rate of them.)
  // ("about 1,000 North Korean soldiers were dying each week": a rate of losses or arrivals.)
  // ("North Korean soldiers are arriving at about 1,000 a month": the rate written with the figure.)
  if (
    (q.per !== null && !q.perHead && noun === "") ||
    /^\s+(?:[\w-]+\s+){0,3}?(?:(?:a|per|each|every)\s+day|(?:a|per)\s+(?:week|month))\b(?!\s+(?:earlier|later|ago|before|after|back|previously)\b)/i.test(
      after,
    ) ||
    /^\s+(?:[\w-]+\s+){0,4}?(?:dying|dead|killed|wounded|injured|lost|arriving|being\s+(?:killed|wounded|lost))\s+(?:a|per|each|every)\s+(?:day|week|month)\b/i.test(
      after,
    )
  ) {
    // ("had lost about 40 men a day": the rate keeps its period, so that it never reads as a count of 40.)
    const rate = /^\s+(?:[\w-]+\s+){0,4}?(?:a|per|each|every)\s+(day|week|month)\b/i.exec(after)?.[1];
    return { ok: true, kind: "context", ...people, per: (rate?.toLowerCase() as Period | undefined) ?? q.per ?? null };
  }
  // "confirmed the two men's identities": people named by their number, not a count of anyone.
  if (
    (q.max ?? 0) <= 20 &&
    /^\s+(?:[\w-]+\s+)?(?:men|women|soldiers|prisoners|captives|defectors|brothers|sons)['’]s?\s/i.test(after)
  )
    return { ok: false, reason: "people named by their number ('the two men's identities'), not a count" };
  const nounText = `${noun} ${after}`;
  // "The three estimates differ by 2,000", "a gap of some 3,000": a difference between counts, not a count.
  if (
    /\b(?:differ(?:s|ed|ing)?|vary|varies|varied|apart|gap|difference|discrepancy)\s+(?:of\s+|by\s+)(?:(?:about|some|nearly|almost|roughly|around|as much as|up to|more than|over)\s+)*$/i.test(
      s.slice(Math.max(0, q.start - 50), q.start),
    )
  )
    return { ok: true, kind: "context", ...people };
  if (/^(?:prisoners?|captives|pows)\b/i.test(noun)) return { ok: true, kind: "context", ...people };
  // "officials said the next swap could involve as many as 300 people": the people of a prisoner exchange.
  if (/\b(?:swaps?|(?:prisoner|pow)\s+exchanges?|the\s+(?:next|last|latest|first)\s+exchange)\b/i.test(clause.text))
    return { ok: true, kind: "context", ...people };
  if (notTheForce(before, nounText, clause.text)) return { ok: true, kind: "context", ...people };
  // "In my time there were 40,000 men in the Storm Corps", "When I served, my brigade had 3,000": a
  // speaker's own service, before the war, unless the sentence sends them.
  if (/\b(?:I|my)\b/i.test(s) && OWN_PAST.test(s.slice(0, q.start)) && !SENT.test(clause.text))
    return { ok: true, kind: "context", ...people };
  // "accounts from two North Korean soldiers captured by Ukraine", "interviews with 30 defectors": the
  // people a source heard from, not a count of the force or of its losses.
  if (HEARD_FROM_BEFORE.test(s.slice(Math.max(0, q.start - 60), q.start)))
    return { ok: false, reason: "the people a source heard from, not a count it gives" };
  // "his forces had killed or wounded 3,800": both outcomes, counted together.
  if (
    /\b(?:killed|wounded|injured)\s*(?:,\s*\w+\s*)*(?:or|and|and\/or)\s+(?:killed|wounded|injured|captured)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|over|up to|an estimated)\s+)*$/i.test(
      s.slice(clause.start, q.start),
    ) &&
    !OTHER_LOSSES.test(s.slice(clause.start, q.start))
  )
    return { ok: true, kind: veto(clause.text, "casualties-total"), ...people };
  // "soldiers …, of whom about 4,700 had been killed or wounded": both outcomes after a part of a whole.
  if (
    /\bof\s+(?:whom|them|those)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|over|up to|an estimated)\s+)*$/i.test(
      s.slice(Math.max(0, q.start - 60), q.start),
    ) &&
    /^\s+(?:(?:had|have|has|were|are)\s+)?(?:been\s+)?(?:killed|dead|wounded|injured)\s+(?:or|and|and\/or)\s+(?:killed|wounded|injured|captured)\b/i.test(
      s.slice(q.end),
    )
  )
    return { ok: true, kind: "casualties-total", ...people };
  // "according to three people familiar with the matter", "two officials said", "Two defectors we
  // interviewed", "two North Korean defectors with contacts in the military told": the article's
  // sources, counted.
  if (
    /^\s+(?:[\w-]+\s+){0,3}?(?:people|persons|officials|sources|diplomats|officers|insiders|defectors|analysts|experts|witnesses)\s+(?:with\s+(?:contacts|ties|relatives|family)\s+[^,.;:]{0,40}?\s+(?=said|say|told))?(?:familiar with|close to|briefed on|with (?:direct\s+)?knowledge|aware of|who (?:spoke|asked|requested|declined)|(?:said|say|told)|(?:whom\s+)?(?:we|I|this newspaper|reporters)\s+(?:interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|met|reached))\b/i.test(
      s.slice(q.end),
    )
  )
    return { ok: false, reason: "a count of the article's sources" };
  // "according to two defectors with contacts in the army.", "citing three officials": sources a credit counts.
  if (
    /\b(?:according\s+to|citing|quoting)\s+$/i.test(s.slice(Math.max(0, q.start - 16), q.start)) &&
    // (Not soldiers a figure is about: "citing 10 soldiers killed in a single drone strike", "citing 19 officers in
    // Kursk who were wounded".)
    // (Soldiers and officers are casualties when the clause says so, "citing 19 officers in Kursk who were wounded";
    // a source is described, "according to three defectors who were wounded in Kursk".)
    (/^\s+(?:[\w-]+\s+){0,3}?(?:people|persons|officials|sources|diplomats|insiders|defectors|analysts|experts|witnesses|lawmakers|residents)\b(?!\s+(?:killed|wounded|injured|captured|missing|dead)\b|\s+(?:who|that)\s+(?:(?:were|had\s+been|have\s+been)\s+(?:killed|missing)|died)\b)/i.test(
      s.slice(q.end),
    ) ||
      /^\s+(?:[\w-]+\s+){0,3}?(?:officers|soldiers)\b(?!(?:\s+in\s+\p{Lu}[\p{L}-]*)?\s+(?:(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+)?(?:killed|wounded|injured|captured|missing|dead|seen|taken\s+prisoner)\b|\s+(?:who|that)\s+died\b)/iu.test(
        s.slice(q.end),
      )) &&
    (q.max ?? q.min ?? 0) < 20
  )
    return { ok: false, reason: "a count of the article's sources" };
  // "2,500 had been killed and 15,000 deployed", "… and 12,000 were deployed": the participle says what
  // the second count is.
  if (
    /^\s*(?:(?:were|are|was|is|have been|had been|has been)\s+(?:now\s+|already\s+|still\s+)?)?(?:deployed|sent|dispatched|stationed)\b(?!\s+(?:home|back)\b)/i.test(
      s.slice(q.end),
    ) &&
    (q.max ?? q.min ?? 0) >= 100
  )
    return { ok: true, kind: "troops-deployed", ...people };
  // "In my unit we were 120 men": the strength of one unit someone served in, not the force.
  if (
    /\b(?:my|our|his|her|their)\s+(?:unit|company|platoon|battalion|brigade|regiment)\b[^.;]{0,30}\b(?:we|there)\s+were\s+(?:(?:about|around|some|roughly|nearly)\s+)?$/i.test(
      s.slice(0, q.start),
    )
  )
    return { ok: true, kind: "context", ...people };
  // "in two batches of 1,200", "groups of 500": the size of each batch, not the force.
  if (
    /\b(?:batch(?:es)?|groups?|waves?|rotations?|planeloads?|trainloads?|shifts?)\s+of\s+(?:(?:about|around|some|roughly|nearly|up to)\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 40), q.start),
    ) &&
    /\b(?:two|three|four|several|multiple|\d+|in)\s+(?:[\w-]+\s+)?(?:batch(?:es)?|groups|waves|rotations|planeloads|trainloads|shifts)\s+of\s+/i.test(
      s.slice(Math.max(0, q.start - 60), q.start),
    )
  )
    return { ok: true, kind: "context", ...people };
  // "the first of an expected 12,000", "the first tranche of what could be 12,000": a total still to come.
  if (
    /\b(?:an?\s+)?expected\s+(?:(?:total\s+of|about|around|some|roughly|up to)\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 30), q.start),
    ) ||
    (/\bof\s+what\s+(?:could|may|might|will|would)\s+(?:eventually\s+|ultimately\s+|in\s+the\s+end\s+)?(?:be|become|grow\s+to|reach)\s+(?:(?:about|around|some|roughly|up\s+to|as\s+many\s+as)\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 60), q.start),
    ) &&
      !/^\s+(?:[\w-]+\s+){0,2}?(?:casualties|wounded|dead|killed|injured|losses|deaths)\b/i.test(s.slice(q.end))) ||
    // ("Another 5,000 may be on their way", "another 5,000 to 6,000 could be coming": more still to come.)
    (moreOnTheWay(s, q) && !/^\s+(?:are|is)\s+(?:already\s+)?(?:in\s+training|training|being)/i.test(s.slice(q.end)))
  )
    return { ok: true, kind: "troops-projected", ...people };
  // "a force of 11,000 would earn Pyongyang about $264 million a year", "$20 million a month for a
  // 10,000-strong force": a head count the arithmetic of a sum rests on, not a count of its own.
  if (
    SUM_OF_COUNT_AFTER.test(s.slice(q.end)) ||
    // "Taking the $2,000 a month … and 11,000 troops, the forum estimated that the state collects about
    // $185 million a year": the inputs of a sum worked out after them.
    (/^\W*(?:taking|using|assuming|multiplying|applying|based\s+on)\b[^.;]*$/i.test(s.slice(0, q.start)) &&
      /^[^.;]*?,[^.;]*?(?:[$€£₩₽]\s?\d|\d[\d,.]*\s*(?:million|billion|dollars|won|rubles|roubles))/i.test(
        s.slice(q.end),
      )) ||
    /(?:[$€£₽]\s?[\d,.]+|[\d,.]+\s*(?:dollars|won|rubles|roubles))(?:\s*(?:million|billion|m|bn))?(?:\s+(?:a|per|each)\s+(?:month|year))?\s+for\s+(?:a|an|the)?\s*$/i.test(
      s.slice(Math.max(0, q.start - 60), q.start),
    )
  )
    return { ok: true, kind: "context", ...people };
  // "put the deployment at 11,000 and casualties at 3,000": the force's own word says what it counts.
  // ("Q: How many have been killed?" / "A: The NIS put the toll at about 2,000": the toll the question asked.)
  // ("HUR put the toll at 900 North Korean soldiers killed": the loss named after the figure says what it
  // counts, before the toll's own word.)
  const lossAfter = tollAt ? OWN_LOSS_AFTER.exec(s.slice(q.end)) : null;
  if (tollAt)
    return {
      ok: true,
      kind: lossAfter
        ? lossAfter[1]
          ? "casualties-total"
          : lossAfter[2]
            ? "casualties-killed"
            : "casualties-wounded"
        : // ("has not given a death toll of its own, but it puts total casualties at around 4,000": the toll of the
          // figure's own clause, after a contrast.)
          /\b(?:death|fatality)\s+toll\b/i.test(
              forceBefore.split(/\b(?:but|while|whereas|although|though)\b|;/i).at(-1) ?? "",
            )
          ? "casualties-killed"
          : // ("rejected Ukraine's count of 1,000 dead, putting the toll at no more than 600": the toll of the
            // losses its sentence counted before it; but "…, while the HUR put total losses at 4,000" names its
            // own.)
            ((OWN_LOSSES_WORD.test(forceBefore) ? "casualties-total" : null) ??
            lossesBefore(s.slice(0, q.start)) ??
            askedKind(ctx.last) ??
            "casualties-total"),
      ...people,
    };
  if (forceAt)
    return {
      ok: true,
      kind: PLAN_BEFORE.test(s.slice(0, q.start)) ? "troops-projected" : "troops-deployed",
      ...people,
    };
  // "put the number of dead at roughly 2,200 and the wounded at more than 4,000": the word right before
  // "at" says what each count is.
  // ("put the number of Ukrainian soldiers killed at more than 50,000": another army's.)
  if (noun === "" && OTHER_ARMY_PUT_AT.test(s.slice(Math.max(0, q.start - 120), q.start)))
    return { ok: true, kind: "context", ...people };
  const lossAt = noun === "" ? LOSS_NAMED_AT.exec(s.slice(Math.max(0, q.start - 80), q.start)) : null;
  if (lossAt?.[1])
    return {
      ok: true,
      kind: /^(?:dead|killed)$/i.test(lossAt[1])
        ? "casualties-killed"
        : /^(?:wounded|injured)$/i.test(lossAt[1])
          ? "casualties-wounded"
          : "casualties-total",
      ...people,
    };
  // "about 2,700 of the casualties were wounded soldiers": the part the predicate names, not the whole.
  // ("several hundred of the casualties were believed to have been killed".)
  const ofLosses =
    /^\s+of\s+(?:the|these|those|them|its|their)\s+(?:[\w-]+\s+)?(?:casualties|losses)\s+(?:were|are|was|had been|have been)\s+(?:\w+\s+){0,4}?(killed|dead|died|wounded|injured)\b/i.exec(
      s.slice(q.end),
    );
  if (ofLosses?.[1])
    return {
      ok: true,
      kind: /^(?:killed|dead|died)$/i.test(ofLosses[1]) ? "casualties-killed" : "casualties-wounded",
      ...people,
    };
  // "between 4,500 and 6,500, with a central estimate of 5,300": the estimate counts what the range does.
  if (
    /\b(?:central|best|point|median|mid-?point|most likely)\s+(?:estimate|figure|value)\s+(?:of|at|is)\s+(?:about\s+|around\s+|some\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 40), q.start),
    )
  ) {
    const lead = s.slice(0, q.start);
    const k = KILLED_CUE.test(lead) && HURT_CUE.test(lead) ? "casualties-total" : bestKind("count", lead, lead);
    if (k) return { ok: true, kind: k, ...people };
  }
  // ("had lost about 40 of its roughly 150 men": the strength of the unit a part is taken from.)
  if (
    ctx.all.some(
      (o) =>
        o.end <= q.start &&
        o.form === "amount" &&
        (o.max ?? o.min ?? 0) < (q.min ?? q.max ?? Infinity) &&
        UNIT_LOSS_BEFORE.test(s.slice(0, o.start)) &&
        OWN_WHOLE_BETWEEN.test(s.slice(o.end, q.start)),
    )
  )
    return { ok: true, kind: "context", ...people };
  // "said the two soldiers came from a force of about 11,000 …, of which some 3,800 had been killed or wounded": a few
  // people the sentence speaks of, whose losses, if any, are another figure's words.
  {
    const next = ctx.all.find((o) => o.start >= q.end);
    const LOSS = /\b(?:killed|dead|died|deaths?|wounded|injured|casualt\w*|losses|lost|perished|captured|missing)\b/i;
    if (
      (q.max ?? q.min ?? 0) < 100 &&
      !q.vague &&
      next !== undefined &&
      !LOSS.test(s.slice(0, q.start)) &&
      !LOSS.test(s.slice(q.end, next.start)) &&
      // (Counts joined in one subject share its verb: "Five soldiers and 300 civilians were killed"; a part is of its
      // whole: "The 48 men of his company were among roughly 1,060 … killed".)
      !/(?:\band|\bor|,)\s+(?:(?:about|around|some|nearly|roughly)\s+)?$/i.test(s.slice(q.end, next.start)) &&
      !/\b(?:among|including|part\s+of|one\s+of|out\s+of|share\s+of|fraction\s+of)\b/i.test(
        s.slice(q.end, next.start),
      ) &&
      LOSS.test(s.slice(next.end))
    )
      return { ok: true, kind: "context", ...people };
  }
  // ("some 2,300 of the casualties were fatal", "about 4,500 … killed or wounded, around 2,100 of them fatally": the
  // dead among the casualties.)
  if (
    /^\s+of\s+(?:the\s+(?:casualties|losses)|them|those|these)\s+(?:(?:were|was|have\s+been|had\s+been|are|proved|proving)\s+)?(?:fatal|fatally|fatalities|deaths|dead)\b(?!\s+(?:or|and)\s+(?:wounded|injured|missing|captured|hurt))/i.test(
      s.slice(q.end),
    )
  )
    return { ok: true, kind: "casualties-killed", ...people };
  const role = figureRole(q, ctx, clause, noun, nextWords);

  if (role) {
    const trade = TRADE_NOUN.exec(nextWords);
    const scope = people.scope ?? (trade && role.startsWith("troops") ? (trade[0] ?? null) : null);
    if (role === "context") return { ok: true, kind: "context", ...people };
    if (role.startsWith("troops") && belowAForce(q)) return { ok: true, kind: "context", ...people };
    return {
      ok: true,
      kind: role.startsWith("casualties") ? veto(clause.text, role) : role,
      ...people,
      scope,
      per: role === "troops-projected" && YEARLY.test(`${q.text} ${after}`) && !AT_ONE_TIME.test(after) ? "year" : null,
    };
  }
  // "two soldiers had been captured, one of whom later died of his wounds": what befell some of them
  // is not what the figure counts.
  // ("About 14,000 soldiers have been sent, far fewer than the viral death toll": what the figure is
  // compared with after it is not what it counts.)
  const clauseEnd = Math.max(0, q.end - clause.start);
  // ("arrived in January to replace the dead and wounded": the losses they replace are not what they count.)
  // ("…, hundreds of them wounded", "…, a battalion's worth of them wounded": an aside after the figure on a
  // part of them, up to its closing comma.)
  // ("About 11,000 North Korean troops have suffered 4,000 casualties": a loss noun that heads the next
  // figure names that figure's losses, not this one's.)
  const lossText = (
    clause.text.slice(0, clauseEnd) +
    clause.text
      .slice(clauseEnd)
      .replace(COMPARED_AFTER, "")
      .replace(ASIDE_ON_PART, "")
      .replace(NEXT_FIGURES_LOSSES, "")
      .replace(SHARE_OF_THEM_AFTER, "")
  )
    .replace(
      /(?<!\d),(?!\d)\s*(?:(?:one|two|three|some|most|many|several|all|none|half|\d[\d,]*)\s+)?(?:of whom|among whom)\b.*$/is,
      "",
    )
    .replace(REPLACING, "");
  const lossKinds = [
    KILLED_CUE.test(lossText),
    HURT_CUE.test(lossText),
    OTHER_LOSS_CUE.test(lossText) || /\bcasualt/i.test(lossText),
  ].filter(Boolean).length;
  const casualtyNoun = /^(?:fatalities|deaths|dead|killed|wounded|injured|casualties)\b/i.test(noun);
  // ("With roughly 12,000 North Koreans deployed, the figures mean about one in three has been killed or wounded":
  // the force a share of losses is worked out against, in an opening "with".)
  if (
    !casualtyNoun &&
    /^\W*(?:With|(?:Measured|Set|Weighed|Compared)\s+(?:against|with)\s+the)\s+(?:(?:about|around|some|roughly|nearly|an\s+estimated|more\s+than|over)\s+)*$/i.test(
      s.slice(0, q.start),
    ) &&
    /^\s+(?:north\s+korean\s+)?(?:troops|soldiers|men|servicemen|north\s+koreans)\s+(?:(?:now|still|already)\s+)?(?:deployed|sent|there|fighting|in\s+(?:Russia|Kursk|the\s+Kursk\s+region)|(?:believed|thought|said|reported|estimated)\s+to\s+(?:have\s+been|be)\s+(?:deployed|sent|in|there|fighting))\b/i.test(
      s.slice(q.end),
    )
  )
    return { ok: true, kind: "troops-deployed", ...people };
  // "10,000 soldiers are in Russia, of whom 300 were killed": the whole the losses are taken from.
  // "of roughly 11,000 North Koreans still at the front, about one in five had been wounded": the people a share
  // of losses is taken from, fronted with "of", are the force, not its losses.
  const frontedWhole =
    !casualtyNoun &&
    FRONTED_OF_BEFORE.test(s.slice(Math.max(0, q.start - 60), q.start)) &&
    SHARE_AFTER_WHOLE.test(s.slice(q.end)) &&
    !CASUALTY_WORD_AT_ALL.test(/^[^.;,]*/.exec(s.slice(q.end))?.[0] ?? "");
  const wholeOfLosses =
    frontedWhole || (!casualtyNoun && /^[^.;,]*,\s*(?:of whom|of which|among whom|among them)\b/i.test(s.slice(q.end)));
  if ((lossKinds > 0 || casualtyNoun) && !forceLossesAreOf && !wholeOfLosses) {
    // "During the Korean War, China sent roughly 3 million soldiers …, and about 180,000 of them were
    // killed": losses of a past war, whoever's.
    if (pastWar(s.slice(0, q.start))) return { ok: true, kind: "context", ...people };
    // Another army's losses, or a daily rate of losses, are not this deployment's casualties.
    if (
      // "Kyiv says 300 of its soldiers have been killed": "its" is the country named before, whatever North
      // Korean units the sentence names after ("… killed in clashes alongside North Korean units").
      (/^\s*of\s+its\s+(?:own\s+)?(?:soldiers|troops|servicemen|forces|men|fighters)\b/i.test(after) &&
        OTHER_COUNTRY_SAYS.test(s.slice(0, q.start))) ||
      ((otherSideLost(s, clause.start, q.start) ||
        // "Tens of thousands of Ukrainian and Russian soldiers": the nouns a few words on.
        NATIONALITY_OTHER.test(`${q.text} ${after.trim().split(/\s+/).slice(0, 6).join(" ")}`)) &&
        // ("About 300 Ukrainian soldiers have been killed by North Korean troops": who killed them is not
        // whose losses they are.)
        !NORTH.test(lossText.replace(LOSS_AGENT, "")))
    ) {
      return { ok: true, kind: "context", ...people };
    }
    // "daily" in lower case: "Daily NK" names an outlet, not a rate.
    if (
      /\b(?:every day|a day|per day|each day|every week|each week|per week|(?:in|over|during) the (?:past|last) (?:24 hours|day))\b/i.test(
        lossText,
      ) ||
      // ("in its daily intelligence update": a publication that comes out daily, not a rate; nor is a
      // newspaper: "Minjung Ilbo, a progressive daily, said", "the daily Kommersant".)
      /\bdaily\b(?!\s+(?:[\w-]+\s+)?(?:updates?|briefings?|bulletins?|reports?|summar(?:y|ies)|assessments?|press\s+conferences?|newsletters?|statements?)\b)/.test(
        lossText.replace(
          /\b(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w-]+\s+){0,2}daily\b(?=\s*[,;:)]|\s+\p{Lu}|\s+(?:newspaper|paper|tabloid)\b)/gu,
          "",
        ),
      )
    )
      return { ok: true, kind: "context", ...people };
  }
  // "Two soldiers captured in Kursk", "had captured 12": prisoners counted on their own are not the
  // deployment's casualties counted together; the missing counted on their own ("about 200 … were
  // missing") are casualties, but only a part of them, scoped so.
  const prisoners =
    /\b(?:captured|taken prisoner|prisoners?|captives?|pows?|surrendered|surrender|deserted|defected)\b/i.test(
      lossText,
    );
  // ("the 800 had included soldiers who were only missing": a count that takes the missing in is not one
  // of them alone.)
  const missing =
    (/\b(?:were|are|was|is|remain(?:ed|s)?|went|gone|listed\s+as|reported(?:\s+as)?)\s+(?:still\s+)?(?:missing|unaccounted\s+for)\b|\bmissing\s+in\s+action\b|\bmore\s+missing\b|\b(?:listed|counted|reported|registered|recorded|classed|classified)\s+(?:[^,.;]{0,60}?\s)?as\s+(?:still\s+)?(?:missing|unaccounted\s+for)\b/i.test(
      lossText,
    ) &&
      !/\binclud/i.test(lossText)) ||
    MISSING_LABEL.test(lossText);
  if (
    (prisoners || missing) &&
    !KILLED_CUE.test(lossText) &&
    !HURT_CUE.test(lossText) &&
    !/\b(?:casualt\w*|losses)\b/i.test(lossText)
  )
    return missing
      ? {
          ok: true,
          kind: "casualties-total",
          ...people,
          scope: prisoners ? "only the missing and captured" : "only the missing",
        }
      : { ok: true, kind: "context", ...people };
  // "puts the number of men aged 20 to 24 at roughly 850,000": the size of an age group of a people, whatever
  // befell some of them.
  if (COHORT_BEFORE.test(s.slice(Math.max(0, q.start - 120), q.start))) return { ok: true, kind: "context", ...people };
  // "Total casualties, including the wounded, were revised to 6,200": a total, whatever it names inside.
  if (
    lossKinds > 0 &&
    !forceLossesAreOf &&
    /\btotal\s+(?:casualties|losses)\b[^.;]*$/i.test(s.slice(0, q.start)) &&
    // ("put total casualties at about 4,700, including about 600 dead": the part is what its noun names; not "put deaths
    // at 2,000 and estimated total casualties, including the wounded, at more than 5,000", whose aside is the total's.)
    (!/\d[^.;]*?,\s*(?:including|of whom|of which|among them)\b[^.;\d]*$/i.test(s.slice(0, q.start)) ||
      /\btotal\s+(?:casualties|losses)\s*,\s*including\s+[^,;.\d]{1,40},\s*(?:(?:had|has|have)\s+)?(?:at|were|was|are|is|stood\s+at|stand\s+at|to|rose\s+to|risen\s+to|climbed\s+to|reached)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least)\s+)*$/i.test(
        s.slice(0, q.start),
      ))
  )
    return { ok: true, kind: veto(clause.text, "casualties-total"), ...people };
  // "counts killed, wounded, captured and missing together": one count of all of them.
  if (
    lossKinds > 1 &&
    !forceLossesAreOf &&
    /\b(?:killed|dead|wounded|injured)\s*,\s*(?:killed|dead|wounded|injured|captured|missing)\b[^.;]*\b(?:and|or)\s+(?:(?:gone|been|went)\s+)?(?:killed|dead|wounded|injured|captured|missing)\b/i.test(
      lossText,
    )
  )
    return { ok: true, kind: veto(clause.text, "casualties-total"), ...people };
  if (lossKinds > 0 && !forceLossesAreOf && !frontedWhole) {
    const k = nearestCasualtyKind(q, ctx, clause);
    if (k) return { ok: true, kind: veto(clause.text, k), ...people };
  }
  // "5,300 killed or wounded", "out of roughly 4,900 killed and wounded": one count of both.
  if (
    /^(?:killed|dead|wounded|injured)\b/i.test(noun) &&
    (DISJUNCTION.test(after.trim()) || PAIR_AT_START.test(after.trim()))
  )
    return { ok: true, kind: veto(clause.text, "casualties-total"), ...people };
  if (/^(?:fatalities|deaths|dead|killed|bodies)\b/i.test(noun))
    return { ok: true, kind: veto(clause.text, "casualties-killed"), ...people };
  if (/^(?:wounded|injured)\b/i.test(noun))
    return { ok: true, kind: veto(clause.text, "casualties-wounded"), ...people };
  if (/^casualties\b/i.test(noun)) return { ok: true, kind: veto(clause.text, "casualties-total"), ...people };
  if (
    NATIONALITY_OTHER.test(`${q.text} ${after.split(/\s+/).slice(0, 5).join(" ")}`) ||
    /\b(?:workers|labou?rers|civilians)\b/i.test(noun) ||
    // "200,000 North Koreans work abroad": people counted by the work they do are workers, not troops.
    /^\s*(?:north\s+)?(?:koreans|people|men|women|citizens|nationals)\s+(?:who\s+)?(?:work|works|worked|toil|toils|toiled|labou?r|(?:are|were|have\s+been)\s+(?:working|employed|toiling))\b/i.test(
      after,
    ) ||
    // "the number of North Korean labourers … had risen to around 15,000": a count of workers, named before.
    (noun === "" &&
      /\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:workers|labou?rers|civilians|students|tourists|refugees)\b/i.test(
        s.slice(clause.start, q.start),
      ))
  ) {
    return { ok: true, kind: "context", ...people };
  }
  if (partitivePopulation) return { ok: true, kind: "troops-deployed", ...people };

  const exclude = new Set<string>();
  if (belowAForce(q)) exclude.add("troops-deployed").add("troops-projected");
  if (partitiveSubset) exclude.add("troops-deployed").add("troops-projected");
  // ("The 20,000-strong force has lost about 4,000 wounded": the force's size, whatever it lost.)
  if (forceSize) exclude.add("casualties-killed").add("casualties-wounded").add("casualties-total");
  // The whole the losses are taken from is read without them.
  // "11,000 troops are in Russia, about 4,000 of them wounded": what the part is, not the whole.
  const ownEnd = Math.max(0, q.end - clause.start);
  // ("About 14,000 soldiers have been sent, far fewer than the viral death toll": what the figure is
  // compared with after it is not what it counts.)
  // ("arrived in January to replace the dead and wounded": the losses they replace are not what they count.)
  const withoutParts = (t: string): string =>
    t.slice(0, ownEnd) +
    t
      .slice(ownEnd)
      .replace(PART_OF_THEM, "")
      .replace(COMPARED_AFTER, "")
      .replace(REPLACING, "")
      .replace(NEXT_FIGURES_LOSSES, "")
      .replace(SHARE_OF_THEM_AFTER, "");
  // "13,000 troops and 4,700 casualties": a count of soldiers joined to another count is read up to it.
  const joined = ctx.all.find((o) => o.start >= q.end);
  const ownPart =
    joined &&
    joined.start < clause.start + clause.text.length &&
    TROOPS_JOINED_TO_NEXT.test(s.slice(q.end, joined.start))
      ? clause.text.slice(0, joined.start - clause.start)
      : null;
  const local =
    ownPart ??
    (wholeOfLosses
      ? clause.text.replace(/,\s*(?:of whom|of which|among whom|among them)\b.*$/is, "")
      : // "put the number at 4,700, including 1,100 dead": the part's words do not name the whole.
        withoutParts(clause.text.replace(/,\s*including\b.*$/is, "")));
  const around = ownPart
    ? `${nounText} ${ownPart}`
    : wholeOfLosses
      ? local
      : // A clause of time or cause after the figure's ("…, after Pyongyang rotated in 1,500 to replace its
        // losses") says nothing of what the figure counts.
        `${nounText} ${s.slice(0, q.start)}${s
          .slice(q.start)
          .replace(/,\s*including\b[^.;]*/gi, "")
          .replace(PART_OF_THEM, "")
          .replace(/,\s*(?:after|before|because|since|once|until)\b[^.;]*/gi, "")
          // ("… said about 11,000 North Koreans are in Kursk and that their losses have passed 3,000 killed": the
          // speaker's next claim counts its own figure.)
          // (Not a demonstrative "that": "put the figure at about 1,600, and that counts only the dead".)
          .replace(
            /\s+and\s+that\s+(?!(?:counts?|counted|includes?|included|is|was|means?|meant|covers?|covered|excludes?|excluded|leaves?|left|does|did|would|will|has|had|figure|number|estimate|count|total|toll)\b)[^.;]*/gi,
            "",
          )
          .replace(COMPARED_AFTER, "")
          .replace(REPLACING, "")
          .replace(NEXT_FIGURES_LOSSES, "")
          .replace(SHARE_OF_THEM_AFTER, "")
          // ("…; it gave no casualty figure": a figure said not to be given names nothing this one counts.)
          .replace(NO_FIGURE_GIVEN_AFTER, "")
          // ("…counts 12,000 North Koreans in Kursk; Zelensky says their losses exceed 3,800": another speaker's
          // clause after a semicolon speaks of its own figure.)
          .replace(/;\s*(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:says?|said|estimates?|puts?|claims?|counts?)\b[^;]*/gu, "")
          .replace(seriesLossAfter(s, q, ctx.all), "")}`;
  // "Killed: 600 | Wounded: 3,400 | Total: 4,000": a row's total of the killed and the wounded.
  const rowTotal =
    /^\s*(?:total|combined|overall|all)\s*:/i.test(clause.text) && KILLED_CUE.test(s) && HURT_CUE.test(s);
  // "South Korea's spy agency put the figure at about 3,400", after a sentence about casualties: "the
  // figure" is of what the sentence before counted, when this one names nothing it counts.
  const anaphor =
    raisedIt ||
    fromToEnd ||
    secondGuess ||
    (noun === "" && ANOTHER_FIGURE_OF_THE_SAME.test(s.slice(0, q.start))) ||
    // ("The correct figure, according to the NIS, is 1,100": the noun stands before the aside.)
    (noun === "" && FIGURE_ASIDE_IS.test(s.slice(0, q.start))) ||
    (noun === "" &&
      // ("the agency's figure was 3,000": whose figure may stand before its noun.)
      // ("The agency's previous estimate, in April, was 600": and what the figure was.)
      WHOSE_FIGURE.test(local) &&
      // ("put the total sent at about 13,000": the words after the noun say what it counts.)
      !TOTAL_SENT.test(local) &&
      !PEOPLE_CONTEXT.test(local.replace(WHOSE_FIGURES, "")));
  const fromLabel =
    labelled && label !== undefined
      ? KILLED_CUE.test(label) && HURT_CUE.test(label)
        ? "casualties-total"
        : bestKind("count", label, label, exclude)
      : null;
  // "Missing: 150 (NIS)": a label that names the missing counts them alone, a part of the losses.
  if (labelled && label !== undefined && MISSING_LABEL.test(`${label}:`))
    return { ok: true, kind: "casualties-total", ...people, scope: "only the missing" };
  // "put the number at 4,700, including 1,100 dead": a whole that includes the dead is a count of losses.
  const lossesByPart =
    /^[^.;]*?,\s*including\s+[^.;]*\b(?:killed|dead|wounded|injured)\b/i.test(s.slice(q.end)) &&
    !/\b(?:soldiers|troops|servicemen|personnel|deployment|contingent|force|forces)\b/i.test(local);
  // ("For casualties, there are two camps: Seoul, which says around 3,000, and Kyiv, which says 5,000 or more": the
  // topic the sentence opens with says what its bare numbers count.)
  const topic = /^\W*(?:For|On|As\s+for|As\s+to|Regarding|When\s+it\s+comes\s+to)\s+([^,:;]{1,40})[,:]/i.exec(s);
  const topicKind =
    topic?.[1] && noun === "" && q.start > topic[0].length ? bestKind("count", topic[1], topic[1], exclude) : null;
  // ("North Korean losses in Russia top 3,800", "losses of ca. 4 thousand": the losses the figure is, whatever else the
  // sentence names.)
  const lossesAre =
    (LOSSES_ARE_BEFORE.test(s.slice(Math.max(0, q.start - 90), q.numberStart)) ||
      LOSSES_OF_BEFORE.test(s.slice(Math.max(0, q.start - 90), q.numberStart))) &&
    !/^\s+(?:killed|dead|deaths|wounded|injured|fatalities)\b/i.test(s.slice(q.end));
  const kind =
    rowTotal || lossesByPart || lossesAre
      ? "casualties-total"
      : (topicKind ??
        fromLabel ??
        (anaphor || answer
          ? // "… a further 1,500 troops have been sent. The JCS puts the total at about 14,000": what the last
            // count of the sentence just before counts, before the cue words of the two before it, when the
            // sentence itself names nothing counted.
            // ("Kyiv says about 4,000 have been killed or wounded, while Seoul puts the figure at 3,000": the
            // count before it in the same sentence, first.)
            ((anaphor ? lastCountKind(s.slice(0, q.start)) : null) ??
            // ("said the NIS casualty figures were “conservative” and that its own count was “closer to 7,500”": the
            // figures the sentence named before it, with no number of their own.)
            (anaphor ? figuresNamed(s.slice(0, q.start)) : null) ??
            // ("Parn said 15,000 was too high and put the number at about 13,000": what the figure the bare
            // number restates counted.)
            (anaphor ? restatedCountKind(q, ctx) : null) ??
            // ("And the wounded?" / "The NIS put the number at about 4,000": what the question asked.)
            askedKind(ctx.last) ??
            (anaphor && ctx.last && !COUNTED_WORDS.test(s) && !/\btoll\b/i.test(s) ? lastCountKind(ctx.last) : null) ??
            (KILLED_CUE.test(ctx.previous) && HURT_CUE.test(ctx.previous)
              ? "casualties-total"
              : bestKind("count", ctx.previous, ctx.previous, exclude)))
          : null) ??
        // ("With roughly 11,000 men in the first contingent, …": the men of the force, whatever befell a share of them.)
        (IN_THE_CONTINGENT_AFTER.test(s.slice(q.end)) || frontedWhole ? "troops-deployed" : null) ??
        bestKind("count", local, around, exclude) ??
        (sentPart ? "troops-deployed" : null));
  if ((kind === null || kind.startsWith("troops")) && belowAForce(q)) return { ok: true, kind: "context", ...people };
  // "some 3,000 of them at the front": a part of another count, which no word here names.
  if (kind === null && partitiveSubset) return { ok: true, kind: "context", ...people };
  // ("Russian official data show 13,221 North Koreans entered Russia in 2024": every North Korean a country's records
  // count coming in, soldiers or not.)
  if (
    /^\s+North\s+Koreans\s+(?:had\s+|have\s+)?(?:entered|arrived\s+in|came\s+to|crossed\s+into|travell?ed\s+to|visited)\b/i.test(
      s.slice(q.end),
    ) &&
    /\b(?:data|statistics|figures|records|records)\s+(?:show|showed|shows|suggest|suggested|indicate)\b|\b(?:migration|border|visa|immigration)\s+(?:data|statistics|figures|records|service|agency)\b/i.test(
      s.slice(0, q.start),
    )
  )
    return { ok: true, kind: "context", ...people };
  // ("Russia lost 1,630 troops on the previous day alone, bringing its total losses … to about 822,000": another
  // army's running total of losses, whatever the count before it counted; "which Moscow says cost Ukraine more than
  // 76,000 troops": what a battle cost the other side.)
  if (
    OTHER_ARMY_TOTAL_BROUGHT.test(s.slice(0, q.start)) ||
    (OTHER_ARMY_COST.test(s.slice(0, q.start)) &&
      // ("which Kyiv says cost Russia more than 1,000 North Korean soldiers": its North Korean soldiers.)
      !/^\s+North\s+Koreans?\b/i.test(s.slice(q.end)))
  )
    return { ok: true, kind: "context", ...people };
  if (kind === "troops-deployed" || kind === "troops-projected" || kind === null) {
    // ("about 2,000 of its soldiers had already completed training near Pyongyang": soldiers still at home; not
    // "completed training at Russian bases", "undergoing training in the Kursk region".)
    if (
      kind === "troops-deployed" &&
      /^[^,;.]*?\b(?:completed|completing|complete|finished|finishing|undergoing|underwent|began|begun|starting|started|in)\s+(?:(?:their|its|final|basic|special)\s+)*training\s+(?:[\w-]+\s+){0,2}?(?:near|in|at|outside|around)\s+(?:Pyongyang|North\s+Korea|the\s+North|home|Wonsan|Hamhung|Chongjin|Sinuiju|Kaesong|Nampo)\b/i.test(
        s.slice(q.end),
      )
    )
      return { ok: true, kind: "context", ...people };
    const uncredited = withoutCredit(clause.text);
    // "military engineers" are troops by their trade, not the whole military; "military intelligence" is
    // a source's name ("Ukraine's military intelligence agency and the NIS both say …").
    const untraded = uncredited.replace(
      /\bmilitary\s+(?=engineers|construction|instructors|advisers|advisors|specialists|builders|workers|personnel|servicem[ae]n|intelligence)/gi,
      "",
    );
    if (!sentPart && countCues(untraded, ["militar", "army of", "armed forces", "famine", "population"]) > 0)
      return { ok: true, kind: "context", ...people };
    // "estimates total Russian losses at more than 820,000 personnel": another army's losses.
    if (OTHER_LOSSES.test(s.slice(clause.start, q.start)) && !NORTH.test(clause.text))
      return { ok: true, kind: "context", ...people };
    // "one of the world's largest militaries, with about 1.2 million soldiers": a whole army's size.
    // ("has an army of 1.2 million and has deployed 11,000 of them": the part sent is no army.)
    if (
      !sentPart &&
      (ARMY_SIZE.test(uncredited) ||
        ARMY_SIZE.test(clause.text) ||
        (/^\W*with\b/i.test(clause.text) && ARMY_SIZE.test(withoutCredit(s))))
    )
      return { ok: true, kind: "context", ...people };
    // "North Korea's army, at around 1.2 million men, is one of the world's largest", "North Korea, which
    // has about 1.2 million troops under arms, has sent only a fraction": half a million or more beside an
    // army is the army, never what was sent.
    if ((q.min ?? q.max ?? 0) >= 500_000 && WHOLE_ARMY.test(s) && !SENT.test(clause.text))
      return { ok: true, kind: "context", ...people };
    // "North Korea, which has 1.2 million troops, sent 11,000 of them": half a million or more that a
    // country has is its army, whatever the rest of the sentence sends.
    if ((q.min ?? q.max ?? 0) >= 500_000 && POSSESSED_BEFORE.test(s.slice(clause.start, q.start)))
      return { ok: true, kind: "context", ...people };
    // ("not the 11,000 troops already in Kursk but the 20,000 more who may follow": what is done before a
    // "but" is another count's.)
    const butCut = /^.*\bbut\s+/is.exec(s.slice(clause.start, q.start));
    // ("12,000 North Korean troops in Russia may be joined by more": the forecast is of those who may join them.)
    const joinedLater =
      /^[^.;]*?\b(?:may|might|could|will|would)\s+(?:soon\s+)?be\s+joined\s+by\b/i.test(s.slice(q.end)) &&
      !PROJECTION.test(unhedged(maskMonthMay(s.slice(clause.start, q.start))));
    const projected =
      !joinedLater &&
      // ("1,500 special forces troops had been shipped to Vladivostok, the first of …": the count's own verb says they went.)
      !/^\s*(?:[\w-]+\s+){0,3}?(?:troops|soldiers|servicemen|personnel|men|forces|commandos)\s+(?:had|have|has)\s+(?:already\s+)?been\s+(?:shipped|transported|ferried|flown)\b/i.test(
        s.slice(q.end),
      ) &&
      // ("completed preparations for the deployment of 3,000 more troops, who arrived last week", "Preparations for the
      // third rotation of 3,000 … were completed in March, and the men are now at the front": done, not to come.)
      !(
        /\bpreparations?\s+for\b/i.test(s.slice(0, q.start)) &&
        (/(?<!\b(?:not|yet|will|to|be)\s+)\b(?:completed|finished|concluded)\s+(?:the\s+|its\s+|their\s+)?preparations?\b/i.test(
          s.slice(0, q.start),
        ) ||
          /\b(?:were|was|had\s+been|have\s+been)\s+(?:completed|finished|concluded)\b|\b(?:are|is|were|was)\s+(?:now\s+)?complete\b|\b(?<!\b(?:not|yet)\s+)(?:have|has|had)\s+(?:now\s+)?(?:finished|completed|concluded)\s*(?:[,.;]|$)|\bwho\s+(?:have\s+|had\s+)?arrived\b|\b(?:are|were)\s+now\s+(?:at|in)\b/i.test(
            s.slice(q.end),
          ))
      ) &&
      !DEPLOYED_DONE.test(butCut ? clause.text.slice(butCut[0].length) : clause.text) &&
      // "As many as 15,000 … may be in Russia": a guess at who is there now, not at who may come (unless a
      // time to come or a condition opens the sentence: "By the end of the year, as many as 25,000 … could be
      // in Russia", "If the fighting continues, …").
      !(MAY_BE_THERE.test(clause.text) && !FRONTED_FUTURE.test(s.slice(0, clause.start))) &&
      // (A second guess at a count already sent: "has sent at least 13,000 …, and possibly as many as 16,000".)
      !(secondGuess && DEPLOYED_DONE.test(s.slice(0, q.start))) &&
      // "the 15,000 troops that the spy agency says were sent earlier": sent, not to come ("If another
      // 10,000 were sent, …" is a supposition).
      !(
        /^[^\d,;]{0,60}?\b(?:were|was)\s+(?:already\s+)?(?:sent|deployed|dispatched)\b/i.test(s.slice(q.end)) &&
        !/\bif\b/i.test(s.slice(clause.start, q.start))
      ) &&
      (PROJECTION.test(unhedged(maskMonthMay(beforeFirstOfPlanned(clause, q)))) ||
        // "could send 30,000 a year, rotating 10,000 every four months": a participle's clause goes on
        // with the main clause's "could".
        (/^\W*[a-z]+ing\b/.test(clause.text) && PROJECTION.test(unhedged(maskMonthMay(s.slice(0, clause.start))))) ||
        // ("expected Pyongyang to send replacements — perhaps three thousand more soldiers — within weeks": an aside
        // between dashes, with no verb of its own, goes on with the clause before it.)
        (/[—–]\s*$/.test(s.slice(0, clause.start)) &&
          !/\b(?:has|have|had|is|are|was|were|will|would|could|may|might|sent|came|went|left|[a-z]{3,}ed)\b/i.test(
            clause.text,
          ) &&
          PROJECTION.test(unhedged(maskMonthMay(s.slice(0, clause.start))))) ||
        // ("6,000 engineers and military builders promised to Moscow in a third deployment": men promised, not sent.)
        PROMISED_AFTER.test(s.slice(q.end)) ||
        // ("8,000 more North Koreans bound for Russia": more to come, not there yet.)
        // (Not "at least 10,000 North Korean soldiers are heading to Ukraine": those on the move now are deployed.)
        /^\s+more\s+(?:north\s+korean\s+)?(?:troops|soldiers|men|north\s+koreans)?\s*(?:(?:are|were|is|now)\s+)?bound\s+for\b/i.test(
          s.slice(q.end),
        ) ||
        // ("3,000 more North Korean troops to be sent to Russia": men still to be sent; not "the first 3,000 troops to be
        // sent", who were.)
        (TO_BE_SENT_AFTER.test(s.slice(q.end)) &&
          !/\b(?:the|these|those|first|second|third|last|latest|initial|earliest)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$/i.test(
            s.slice(0, q.start),
          ) &&
          // ("… are to be sent home", "Kim ordered 3,000 troops to be sent …, and they arrived", "Russia paid for 3,000
          // troops to be flown …": men sent back, or a sending already done.)
          !/^[^.;]*?\b(?:sent|flown|shipped)\s+(?:back\s+)?home\b|^[^.;]*?\b(?:arrived|landed|reached|crossed)\b/i.test(
            s.slice(q.end),
          ) &&
          !/\b(?:ordered|paid\s+for|arranged\s+for|allowed|authori[sz]ed|approved)\s+(?:(?:about|around|some|another)\s+)*$/i.test(
            s.slice(Math.max(0, q.start - 40), q.start),
          )) ||
        // "up to 6,000 more", "as many as 100,000": a ceiling reads as what may come; "fewer than 2,000
        // are in frontline positions" bounds a count of now.
        // ("has never sent a force of more than 15,000": a ceiling of what was sent, not of what may come.)
        // ("NZ believes up to 12,000 North Koreans sent to fight for Russia": a ceiling of those already sent.)
        (q.bound === "at-most" &&
          !CURRENT_CEILING.test(q.hedgeText ?? "") &&
          !(
            (SENT_AFTER.test(s.slice(q.end)) || MOVED_AFTER.test(s.slice(q.end))) &&
            // ("Russia wants up to 50,000 North Koreans sent to the front": men wished for, not sent.)
            !/\b(?:wants?|wanted|wanting|asks?\s+for|asked\s+for|requests?|requested|seeks?|sought|hopes?\s+for|would\s+like|plans?|planned|demands?|demanded|expects?|expected|needs?|needed)\s+(?:(?:up\s+to|as\s+many\s+as|about|some|another|a\s+further)\s+)*$/i.test(
              s.slice(Math.max(0, q.start - 40), q.start),
            )
          ) &&
          // ("None of the sources thinks the total exceeds 15,000": a denied passing bounds the count of now.)
          !/^(?:exceed|surpass|top|pass|cross)\w*$/i.test(q.hedgeText ?? "") &&
          // ("HUR has given a higher figure of up to 20,000": a figure given bounds the count of now.)
          !/\b(?:figure|estimate|count|tally|number|total|assessment)\s+of\s+$|\b(?:figure|estimate|count|tally)\s+(?:is|was)\s+[^.;\d]{0,40}\bat\s+$/i.test(
            s.slice(0, q.start),
          ) &&
          !/\b(?:(?:has|have|had|did)\s+(?:not|never)|(?:hasn|haven|hadn|didn)['’]t)\s+(?:yet\s+|ever\s+)?(?:sent|deployed|dispatched|send|deploy|dispatch)\b[^.;]*$/i.test(
            s.slice(0, q.start),
          )) ||
        // ("Multiplied across an estimated 11,000 soldiers, the arrangement is worth … a year": a head count a yearly
        // sum is worked out from.)
        (YEARLY.test(after) &&
          !/\b(?:multiplied\s+(?:across|by)|across|times|for\s+each\s+of)\s+(?:(?:an\s+estimated|about|some|roughly|around|the)\s+)*$/i.test(
            s.slice(0, q.start),
          )));
    // ("has sent 1,500 special forces troops …, the first of a planned 12,000", "…, the first of what it expected would be
    // a force of about 12,000": the whole that is planned.)
    const plannedWhole =
      /\b(?:a|an)\s+(?:planned|expected|promised|pledged|proposed|projected|anticipated|intended)\s+(?:total\s+of\s+)?(?:(?:about|around|some|roughly|nearly|more\s+than|up\s+to|as\s+many\s+as)\s+)*$|\b(?:first|start|beginning|vanguard|part|batch|party|wave|group|contingent|echelon|tranche)\s+of\s+what\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:had\s+)?(?:expected|expects|planned|plans|hoped|hopes)\s+(?:would|will|to)\s+(?:be|become|grow\s+to|reach)\s+(?:a\s+(?:total|force|contingent|deployment)\s+of\s+)?(?:(?:about|around|some|roughly|nearly|more\s+than|up\s+to|as\s+many\s+as)\s+)*$/i.test(
        s.slice(Math.max(0, q.start - 80), q.start),
      );
    const k: KindId = projected || plannedWhole ? "troops-projected" : "troops-deployed";
    return {
      ok: true,
      kind: k,
      ...people,
      per:
        k === "troops-projected" && YEARLY.test(`${before} ${q.text} ${after}`) && !AT_ONE_TIME.test(after)
          ? "year"
          : null,
    };
  }
  // "Russia's losses have exceeded 880,000": another army's losses, whatever word names them.
  if (
    kind?.startsWith("casualties") &&
    otherSideLost(s, clause.start, q.start) &&
    !NORTH.test(lossText.replace(LOSS_AGENT, ""))
  )
    return { ok: true, kind: "context", ...people };
  return { ok: true, kind, ...people };
}

/** "of every ", "out of each ": the whole a part is taken from follows. */
const OF_EVERY = /^\s+(?:out\s+)?of\s+(?:every|each)\s+/i;
/** "cents on the dollar", "cents of every dollar", "cents out of each dollar": a share of each dollar. */
/** "Of every dollar Moscow pays, the soldier gets about 10 cents": the dollar named first. */
const EVERY_DOLLAR_BEFORE = /\b(?:of|out\s+of|from)\s+(?:every|each)\s+(?:us\s+)?dollar\b[^.;]*$/i;
const CENTS_ON_THE_DOLLAR = /^\s*cents?\s+(?:on|in|of|out\s+of|from)\s+(?:the|every|each|a)\s+(?:us\s+)?dollar\b/i;

/**
 * What a question right before asks about, by its one casualty word: "How many have been killed?",
 * "And the wounded?".
 *
 * @param last The sentence right before, if known.
 * @returns The kind of losses it asks about, or null.
 */
function askedKind(last: string | undefined): KindId | null {
  if (last === undefined || !/\?\W*$/.test(last)) return null;
  const question = last.replace(/^\W*(?:Q|Question)\s*:\s*/i, "");
  const killed = KILLED_CUE.test(question);
  const hurt = HURT_CUE.test(question);
  return killed && !hurt ? "casualties-killed" : hurt && !killed ? "casualties-wounded" : null;
}

/**
 * A part of the count before it, after a comma: ", about 4,000 of them wounded", ", 300 of whom died",
 * ", hundreds of them wounded", ", a battalion's worth of them wounded".
 */
const PART_OF_THEM =
  /,\s*(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|an estimated)\s+)?[\d][\d,.]*\s+of\s+(?:them|those|these|whom)\b[^.;]*|(?<!\d),(?!\d)\s*[^\d,;.]{1,30}?\s+of\s+(?:them|those|these|whom)\b[^.;,]*/gi;
/** The next figure with its own loss noun, after a verb that takes it, to the end: "… have suffered 4,000 casualties". */
// ("closer to 5,000, and I'd put the dead at around 1,200": the next figure's loss, after a clause's own verb.)
const NEXT_FIGURES_LOSSES =
  /(?<=\b(?:have|has|had|suffered|suffers|sustained|taken|took|lost|incurred|recorded|counted|caused|inflicted)\b[^,;.\d]*)\s(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least|over|up\s+to)\s+)*(?:[$€£₩₽]\s?)?\d[\d,.]*\s+(?:more\s+)?(?:casualties|dead|deaths|fatalities|losses)\b.*$|,\s*(?:and|but|while)\s+[^.;\d]{0,40}?\b(?:put|puts|putting|place|places|estimate|estimates)\s+the\s+(?:dead|deaths|wounded|killed|injured|death\s+toll|fatalities)\s+at\b.*$/is;
/** A head count's own people noun right after its figure, up to a comma: " men, ", " North Korean soldiers, and ". */
const PEOPLE_THEN_COMMA =
  /^\s+(?:North\s+Korean\s+)?(?:men|soldiers|troops|servicemen|personnel)\s*,\s+(?:and\s+)?(?:(?:about|around|some|roughly|nearly|almost|perhaps|at\s+least|more\s+than|over|up\s+to|an\s+estimated)\s+)*$/i;
/** A loss noun heading a figure: "dead", "killed", "wounded". */
const LOSS_HEAD_AFTER = /^\s+(?:more\s+)?(?:dead|killed|wounded|injured|casualties|captured|missing)\b/i;

/**
 * In a series of figures each with its own noun ("Twelve thousand men, a few hundred dead, …"), the loss
 * noun of the next figure is that figure's, not the head count's before it: the words to leave out of
 * what the head count's kind is read from, as they stand in the text from the figure on (nothing when the
 * figure is no such head count).
 *
 * @param s The sentence.
 * @param q The figure.
 * @param all Every figure of the sentence.
 * @returns The pattern.
 */
function seriesLossAfter(s: string, q: Quantity, all: readonly Quantity[]): string {
  const later = all.filter((o) => o.start > q.end);
  const next = later[0];
  if (!next || !PEOPLE_THEN_COMMA.test(s.slice(q.end, next.start))) return "";
  // ("Twelve thousand men, a few hundred killed, a few thousand wounded": every item of the series after it.)
  let end = -1;
  let from = q.end;
  for (const o of later) {
    const head = LOSS_HEAD_AFTER.exec(s.slice(o.end));
    if (!head || (end !== -1 && !SERIES_LINK.test(s.slice(from, o.start)))) break;
    end = o.end + head[0].length;
    from = end;
  }
  return end === -1 ? "" : s.slice(next.start, end);
}
/** Between two items of a series: ", ", ", and ", " and ", with a hedge of the next. */
const SERIES_LINK =
  /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|around|some|roughly|nearly|almost|perhaps|at\s+least|more\s+than|over|up\s+to|an\s+estimated)\s+)*$/i;

/** An aside on a part of a force after its figure, up to its closing comma: ", hundreds of them wounded". */
const ASIDE_ON_PART = /(?<!\d),(?!\d)\s*[^,;.]{0,30}?\s(?:of whom|among whom|of them|among them)\b[^,;.]*/gis;

/** Casualty words and the kinds they point to. */
const CASUALTY_WORD = new RegExp(
  String.raw`\b(?:(${KILLED_WORDS}|lost their lives)|(wounded|injur\w*|hurt)|(casualt\w*|captured|missing|losses))\b`,
  "gi",
);
/** "killed or wounded", "killed, wounded or captured": one count of several outcomes. */
const DISJUNCTION =
  /^(?:killed|dead|wounded|injured)\s*(?:,\s*\w+\s*)*(?:or|and\/or)\s+(?:wounded|injured|captured|missing|killed)/i;

/** Killed and wounded named together, in either order. */
const PAIR =
  /\b(?:killed|dead)\s*(?:,\s*\w+\s*)*(?:or|and|and\/or|&)\s+(?:wounded|injured)\b|\b(?:wounded|injured)\s*(?:,\s*\w+\s*)*(?:or|and|and\/or|&)\s+(?:killed|dead)\b/gi;
/** {@link PAIR} at the start of a text: "killed and wounded" right after a figure. */
const PAIR_AT_START = new RegExp(`^(?:${PAIR.source})`, "i");

/**
 * What a head count counts, read from its own phrase: the verb that governs it ("lost", "killed",
 * "sent", "is due to send"), the construction it stands in ("out of the N troops sent, M were
 * killed") and the noun it counts. Cue words elsewhere in the clause are left to the caller.
 *
 * @param q The count.
 * @param ctx Sentence context.
 * @param clause The count's clause.
 * @param noun The noun after the number.
 * @param nextWords The first words after the figure.
 * @returns The kind, or null when the phrase alone does not decide.
 */
function figureRole(
  q: Quantity,
  ctx: FigureContext,
  clause: { text: string; start: number },
  noun: string,
  nextWords: string,
): KindId | null {
  const s = ctx.sentence;
  const lead = s.slice(Math.max(0, q.start - 80), q.start);
  const ahead = `${q.text} ${nextWords}`;
  // "Ukrainian forces killed 30 North Korean soldiers": who did the killing is not whose losses these are.
  const otherArmy =
    (otherSideLost(s, clause.start, q.start) ||
      NATIONALITY_OTHER.test(ahead) ||
      // "the Ukrainian figure of 6,000" is Ukraine's estimate, not Ukraine's losses.
      /\b(?:russian|ukrainian|russia['’]s|ukraine['’]s)\s+(?!(?:(?:official|government|latest|own)\s+)?(?:figures?|estimates?|counts?|tally|numbers?|claims?|assessments?)\b)(?:\w+\s+){0,2}$/i.test(
        // ('Ukrainian units lost "nearly 900"': a quotation mark before the figure is no word.)
        lead.slice(-40).replace(/["“]$/, ""),
      )) &&
    // ("lost 40 soldiers to North Korean drone teams": who inflicted the loss.)
    !/^\S+\s+(?:(?!(?:to|by)\s)[\w-]+\s+){0,2}?north\s+koreans?\b/i.test(ahead);
  const casualtyNoun = /^(?:casualties|fatalities|deaths|dead)\b/i.test(noun);
  const troopNoun =
    /^(?:soldiers?|troops?|personnel|men|fighters|servicemen|forces|north koreans)\b/i.test(noun) ||
    TRADE_NOUN.test(nextWords) ||
    /^(?:[\w-]+\s+){0,2}(?:soldiers|troops|personnel|servicemen)\b/i.test(nextWords) ||
    (/^(?:more|additional|extra|fresh)$/i.test(noun) && /\b(?:soldiers|troops|personnel|forces)\b/i.test(s));
  const gov = GOVERNOR_BEFORE.exec(lead);
  if (gov) {
    if (gov[1]) {
      if (otherArmy && !NORTH.test(lead.slice(-60))) return "context";
      // ("suffered some 1,100 dead and wounded": both, the losses in all.)
      if (
        /^\s*(?:dead|deaths|fatalities|killed|wounded|injured)\s+(?:and|or|and\/or)\s+(?:dead|killed|wounded|injured)\b(?!\s+(?:have|has|had|were|was|are|is|more|about|some|around|nearly|over|the|\d))/i.test(
          s.slice(q.end),
        )
      )
        return "casualties-total";
      if (/^(?:fatalities|deaths|dead)\b/i.test(noun)) return "casualties-killed";
      if (/^(?:wounded|injured)\b/i.test(noun)) return "casualties-wounded";
      // "lost 2,300 servicemen killed": the word after the troops says how they were lost.
      if (
        troopNoun &&
        /^\s*(?:[\w-]+\s+){0,3}?(?:soldiers|troops|servicemen|personnel|men|fighters)\s+(?:killed|dead)\b(?!\s*(?:or|and|and\/or)\s+(?:wounded|injured|captured|missing))/i.test(
          s.slice(q.end),
        )
      )
        return "casualties-killed";
      if (
        troopNoun &&
        /^\s*(?:[\w-]+\s+){0,3}?(?:soldiers|troops|servicemen|personnel|men|fighters)\s+(?:wounded|injured)\b(?!\s*(?:or|and|and\/or)\s+(?:killed|dead|captured|missing))/i.test(
          s.slice(q.end),
        )
      )
        return "casualties-wounded";
      // "losing 100 people a day": a daily rate of losses, not a count of them (as below).
      if (/^\s*(?:[\w-]+\s+){0,3}?(?:(?:a|per|each|every)\s+day|daily)\b/i.test(s.slice(q.end))) return "context";
      if (casualtyNoun || troopNoun || noun === "" || /^(?:people|men)\b/i.test(noun)) return "casualties-total";
    }
    if (gov[2] && !casualtyNoun) return otherArmy ? "context" : "casualties-killed";
    if (gov[3] && !casualtyNoun) return otherArmy ? "context" : "casualties-wounded";
    if (gov[4] && !casualtyNoun) return "context";
    if (
      gov[5] &&
      (troopNoun ||
        (noun === "" &&
          SENT_BARE_BEFORE.test(lead) &&
          troopsSpokenOf(s.slice(0, q.start), ctx.previous, s.slice(q.end)))) &&
      !casualtyNoun
    ) {
      if (otherArmy) return "context";
      // ("North Korea may triple its contingent, sending as many as 30,000 additional soldiers": the participle goes on
      // with the main clause's "may"; "… is sending 30,000 more in the coming months": a time to come.)
      const planned =
        PLAN_BEFORE.test(lead) ||
        (/^\W*(?:sending|deploying|dispatching)\b/i.test(clause.text) &&
          PROJECTION.test(unhedged(maskMonthMay(s.slice(0, clause.start))))) ||
        FUTURE_AFTER.test(s.slice(q.end));
      return planned ? "troops-projected" : "troops-deployed";
    }
  }
  // ('had died …, out of "about 12,000" sent', "out of some 12,000 deployed": the force the losses are of.)
  if (
    !otherArmy &&
    /\bout\s+of\s+(?:the\s+|an?\s+)?(?:(?:roughly|about|around|some|nearly|estimated|an\s+estimated|more\s+than|over)\s+)*[“"]?$/i.test(
      lead,
    ) &&
    /^[”"]?\s+(?:(?:north\s+korean\s+)?(?:troops|soldiers|servicemen|men)\s+)?(?:(?:originally|initially|first)\s+)?(?:sent|deployed|dispatched)\b/i.test(
      s.slice(q.end),
    )
  )
    return "troops-deployed";
  if (/^casualties\b/i.test(noun)) return otherArmy ? "context" : "casualties-total";
  if (/^(?:fatalities|deaths)\b/i.test(noun)) return otherArmy ? "context" : "casualties-killed";
  // "Of the roughly 11,000 who arrived in the autumn, about 4,700 have been killed": the whole is the
  // force that arrived; the casualty words are the part's.
  if (
    /\b(?:out of|of|among)\s+(?:the\s+)?(?:(?:roughly|about|around|some|nearly|estimated|an estimated|more than|over)\s+)*$/i.test(
      lead,
    ) &&
    /^\s*who\s+(?:have\s+|had\s+|were\s+|have been\s+|had been\s+)?(?:arrived|sent|deployed|dispatched|came|went|crossed|served|fought)\b/i.test(
      s.slice(q.end),
    )
  )
    return "troops-deployed";
  // "out of the estimated 11,000 troops sent, 4,000 were casualties": the base of a share is the force;
  // "of the 1,000 soldiers wounded, 300 …" is a base of the wounded.
  if (
    troopNoun &&
    !/^[^,;.]*?\b(?:soldiers|troops|servicemen|personnel|fighters)\s+(?:(?:who|that)\s+(?:were|have been|had been)\s+)?(?:killed|wounded|injured|captured|missing)\b/i.test(
      s.slice(q.end),
    ) &&
    !/\b(?:army|military|armed forces|force|population|strength)\s+of\s+(?:the\s+|an?\s+|some\s+)?$/i.test(lead) &&
    /\b(?:out of|of|among)\s+(?:the\s+|an?\s+|some\s+|those\s+|its\s+)?$/i.test(lead) &&
    (/\bout of\s+(?:the\s+|an?\s+|some\s+|those\s+|its\s+)?$/i.test(lead) ||
      ctx.all.some((o) => o.start >= q.end && o.form === "amount"))
  )
    return PLAN_BEFORE.test(lead) ? "troops-projected" : "troops-deployed";
  const windowEnd = Math.min(
    ctx.all.find((o) => o.start >= q.end)?.start ?? s.length,
    clause.start + clause.text.length,
  );
  const windowAfter = s.slice(q.end, windowEnd);
  if (DEPLOYED_AFTER.test(windowAfter) && !CASUALTY_WORD_ONE.test(windowAfter) && !otherArmy) return "troops-deployed";
  return null;
}

const CASUALTY_WORD_ONE = new RegExp(
  String.raw`\b(?:${KILLED_WORDS}|wounded|injur\w*|casualt\w*|captured|missing)\b`,
  "i",
);

/**
 * The casualty kind of a count from the nearest casualty word after it (before the next figure),
 * else before it; "killed or wounded" makes a total.
 *
 * @param q The count.
 * @param ctx Sentence context.
 * @param clause The count's clause.
 * @returns The kind, or null when no casualty word stands near.
 */
function nearestCasualtyKind(q: Quantity, ctx: FigureContext, clause: { text: string; start: number }): KindId | null {
  const s = ctx.sentence;
  // ("About 2,500 soldiers from the second rotation have been killed or wounded": an ordinal is a name's part, no
  // figure that takes the loss words after it.)
  const following = ctx.all.filter((o) => o.start >= q.end && o.form !== "ordinal");
  // "some 5,000 of the 14,000 have been killed or wounded": the part takes the words after its whole.
  const partOf =
    following[0] && /^\s+of\s+(?:the\s+|an?\s+estimated\s+|some\s+)?$/i.test(s.slice(q.end, following[0].start));
  // ("about 4,000 of the first contingent of 11,000 had been killed or wounded": an ordinal between is no figure.)
  const wholeText = afterGroupOfWhole(s.slice(q.end));
  const whole =
    wholeText !== null && /^\d/.test(wholeText)
      ? following.find((o) => o.start >= s.length - wholeText.length)
      : partOf
        ? following[0]
        : undefined;
  const next = (whole ? following[following.indexOf(whole) + 1] : following[0])?.start ?? s.length;
  const clauseEnd = clause.start + clause.text.length;
  const windowAfter = s.slice(q.end, Math.min(next, clauseEnd));
  const prevEnd = [...ctx.all].reverse().find((o) => o.end <= q.start)?.end ?? clause.start;
  const windowBefore = s.slice(Math.max(prevEnd, clause.start), q.start);
  const pick = (text: string, last: boolean): KindId | null => {
    const matches = matchesOf(text, CASUALTY_WORD);
    const m = last ? matches[matches.length - 1] : matches[0];
    if (!m) return null;
    if (DISJUNCTION.test(text.slice(m.index))) return "casualties-total";
    // "killed and wounded" / "killed or wounded" with no figure between them count one total.
    for (const pair of matchesOf(text, PAIR))
      if (m.index >= pair.index && m.index < pair.index + pair[0].length) return "casualties-total";
    return m[1] ? "casualties-killed" : m[2] ? "casualties-wounded" : "casualties-total";
  };
  return pick(windowAfter, false) ?? pick(windowBefore, true);
}

/**
 * The noun after a quantity, lower case.
 *
 * @param q Quantity.
 * @returns Noun or "".
 */
function noun0(q: Quantity): string {
  return (q.suffixNoun ?? "").toLowerCase();
}

/**
 * A money amount in US dollars, roughly: the bracketed dollar conversion when there is one, else a
 * reference rate; null when no rate is known (North Korean won).
 *
 * @param q Quantity.
 * @param unit Its currency.
 * @returns Dollars or null.
 */
function inDollars(q: Quantity, unit: Unit): number | null {
  const v = q.max ?? q.min ?? 0;
  if (q.alternate?.currency === "USD") return q.alternate.max ?? q.alternate.min ?? null;
  const r = perDollar(unit);
  return r === null ? null : v / r;
}

/** A small number and "in"/"out of" before a figure, or after it: the two sides of a ratio. */
const SMALL_NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;
// ("nine in every ten dollars stay with the state": a share, not ten dollars.)
// ("one soldier is killed for every three wounded": the other part of a ratio.)
const RATIO_BEFORE = new RegExp(
  // ("two of every three dollars", "four dollars of each five": the whole a part is taken from.)
  String.raw`\b${SMALL_NUMBER}\s+(?:in|out of)\s+(?:every\s+)?$|\bfor\s+(?:every|each)\s+$|\b${SMALL_NUMBER}(?:\s+(?:dollars?|cents?|euros?|won|roubles?|rubles?))?\s+(?:out\s+)?of\s+(?:every|each)\s+$`,
  "i",
);
const RATIO_AFTER = new RegExp(
  String.raw`^\s+(?:in|out of)\s+(?:every\s+)?${SMALL_NUMBER}\b(?!\s*(?:days?|weeks?|months?|years?|hours?)\b)`,
  "i",
);
/** A sentence about the size of a whole army, not of a deployment. */
/** "a town of about 250,000 people", "a country of 26 million": who live somewhere. */
const POPULATION_BEFORE =
  /\b(?:town|city|country|nation|village|settlement|hamlet|community|district|oblast|province|county|region|population|capital|island)\s+of\s+(?:an?\s+estimated\s+|about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+|just\s+over\s+|under\s+)?$/i;
/** "200 people gathered outside the embassy", "236 North Koreans defected": a crowd, defectors, residents. */
const NOT_DEPLOYED_AFTER =
  /^(?:[\w-]+\s+){0,3}?(?:have\s+|had\s+|were\s+)?(?:gathered|rallied|protested|marched|attended|demonstrated|turned out|defected|fled|escaped|live|lived|resided|reside|signed (?:up|contracts?)|enlisted|volunteered for the russian)\b/i;
/** "the youngest of four children": a family. */
const FAMILY = /^(?:children|siblings|brothers|sisters|sons|daughters|grandchildren|relatives)\b/i;
/**
 * "the 1950-53 war killed", "during the Korean War", "in 1951", "In the Vietnam War", "At the height of the
 * Iraq war": a past war, named or dated in the last century.
 */
const PAST_WAR =
  /\b(?:World War (?:II|Two|2)|Second World War|WWII|Great Patriotic War)\b|\b(?:(?:1950\s*[-–]\s*(?:19)?53\s+)?Korean|Vietnam|Iraq|Gulf|Afghan|Soviet-Afghan|Falklands|Chechen|Yom Kippur|Six-Day)\s+[Ww]ar\b|\b1950\s*[-–]\s*(?:19)?53\b|\b(?:in|during|by|between|from)\s+(?:the\s+)?19\d\d(?:s\b|\b)/i;
/** "The 11th Corps is thought to number 40,000 troops", "my unit had around 120 men": a unit's own strength. */
const UNIT_STRENGTH_BEFORE =
  /\b(?:corps|brigade|division|regiment|battalion|company|platoon|unit)\b(?:,[^,.;]{1,60},)?[^,.;]{0,40}\b(?:numbers?|numbered|numbering|had|has|of)\s+(?:(?:maybe|perhaps|possibly|probably|about|some|around|roughly|between|up to|nearly|an estimated|approximately|as many as|more than|over)\s+)*$/i;
/** A speaker's own past, as the text words it: "when I served", "in my unit", "in my time". */
export const OWN_PAST =
  /\b(?:when i was (?:in the (?:military|army)|a (?:soldier|private|conscript|sergeant|officer)|serving)|when i served|during my (?:military )?service|in my (?:old )?unit|in my (?:time|days?)|back when i was [^,.;]{1,30})\b/i;
/** The words between a count of soldiers and another count joined to it: " troops and ", " soldiers in Russia, ". */
// ("about 12,000 North Korean troops had been sent and about 1,000 had been killed", "11,000 troops had
// arrived but 1,000 had died": with the verb that sends, places or brings them.)
const TROOPS_JOINED_TO_NEXT =
  /^\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|personnel|fighters)\b(?:\s+(?:in|at)\s+[\w\s'’]{1,30}?|\s+(?:(?:had|have|has)\s+been|were|are|was|is)\s+(?:(?:sent|deployed|dispatched|stationed)(?:\s+(?:to|in)\s+[\w\s'’]{1,30}?)?|(?:in|at)\s+[\w\s'’]{1,30}?)|\s+(?:(?:had|have|has)\s+)?arrived(?:\s+(?:in|at)\s+[\w\s'’]{1,30}?)?)?\s*(?:,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)[“"‘]?$/i;
/** A verb of change and "by" before a figure: group 1 a rise ("has risen by", "grew by"), else a fall. */
const CHANGE_BY_VERB =
  /\b(?:(rose|risen|rises|rising|grew|grown|grows|growing|increased|increases|increasing|climbed|climbs|climbing|jumped|jumps|swelled|expanded|went up|gone up)|fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreases|decreasing|shrank|shrunk|went down|gone down)\s+by\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|another|a further|an estimated)\s+)*$/i;
/** A sum said to be only nominal, right after it: "$2K a month on paper", "$2,000, in theory,". */
const ON_PAPER = String.raw`(?:on\s+paper|in\s+theory|nominally)\b`;
const ON_PAPER_AFTER = new RegExp(String.raw`^\s*(?:(?:a|per|each)\s+(?:month|year)\s*)?,?\s*${ON_PAPER}`, "i");
/** A sum said to be only nominal, before it in its clause: "On paper, soldiers get ", "nominally earn ". */
const ON_PAPER_BEFORE = new RegExp(String.raw`\b${ON_PAPER}[^.;]*$`, "i");
/** The soldiers as who keep or receive a share, right before it: "the soldiers themselves would keep “". */
const SOLDIERS_KEEP_BEFORE =
  /\b(?:the\s+)?(?:soldiers?|troops|men|conscripts|privates?)\s+(?:themselves\s+)?(?:(?:would|will|only|actually|probably|may|might|could)\s+)*(?:keeps?|receives?|gets?|sees?|takes?\s+home|pockets?|(?:be|is|are|were|was)\s+credited\s+with|(?:be|is|are|were|was)\s+left\s+with)\s+(?:only\s+)?[“"‘]?\s*(?:(?:less|fewer|more)\s+than\s+|about\s+|around\s+|some\s+|just\s+|only\s+|barely\s+)*$/i;
/** A figure named by whose it is: "the agency's figure", "The agency's previous estimate", "its count". */
const WHOSE_FIGURE =
  /\b(?:the|that|this|its|their|(?:the\s+)?[\p{L}.-]+['’]s?)\s+(?:(?:own|previous|earlier|latest|last|first|original|initial|revised|updated|official)\s+)?(?:figure|number|tally|count|toll|total|estimate)\b/iu;
/** Every such figure of a text, to blank out. */
const WHOSE_FIGURES = new RegExp(WHOSE_FIGURE.source, "giu");
/** A time to come after a figure: "… in the coming months", "… next spring". */
const FUTURE_AFTER =
  /^(?:\s+(?!and\b|but\b)[\w-]+){0,4}?\s+(?:in\s+the\s+(?:coming|next|following)\s+(?:days|weeks|months|year)|(?:next|later\s+this)\s+(?:week|month|year|spring|summer|autumn|winter))\b/i;
/** The losses of a force named before it: "casualties among the roughly ", "losses from its ". */
const LOSSES_AMONG_BEFORE =
  /\b(?:casualties|losses|dead|deaths|fatalities)\s+(?:among|from|in)\s+(?:the|its|their)\s+(?:(?:estimated|about|around|some|roughly|nearly|approximately|more\s+than|over)\s+)*$/i;
/** A deployment's verbs: a unit of 3,000 that was sent is a deployment, whatever its strength. */
/** Words that name a whole army: "army", "armed forces", "under arms", "in uniform". */
const WHOLE_ARMY = /\b(?:army|armies|armed\s+forces|military|militaries|under\s+arms|in\s+uniform|active[- ]duty)\b/i;
const SENT = /\b(?:sent|send|sending|deployed|deploying|dispatched|dispatching|arrived|stationed|transferred)\b/i;

/**
 * Whether a head count plainly counts other people than the force in Russia: who live in a place,
 * a crowd, defectors, a past war, or a unit's own strength with no word of sending it.
 *
 * @param before The clause before the figure.
 * @param nounText The noun and the rest of the clause after the figure.
 * @param clause The whole clause.
 * @returns True when it is context.
 */
function notTheForce(before: string, nounText: string, clause: string): boolean {
  if (POPULATION_BEFORE.test(before) || NOT_DEPLOYED_AFTER.test(nounText) || FAMILY.test(nounText)) return true;
  if (pastWar(clause)) return true;
  return UNIT_STRENGTH_BEFORE.test(before) && !SENT.test(clause);
}

/**
 * Whether a text places what it counts in a past war ("during the Korean War", "in 1951", "In the Vietnam
 * War"), not after it ("the heaviest losses since the end of the Korean War").
 *
 * @param text The text.
 * @returns True when it does.
 */
function pastWar(text: string): boolean {
  const war = PAST_WAR.exec(text);
  return war !== null && !/\bsince\s+(?:\w+\s+){0,5}$/i.test(text.slice(Math.max(0, war.index - 40), war.index));
}

// ("If Pyongyang keeps rotating brigades …": "keeps" before a verb in -ing goes on doing, it keeps no army.)
const ARMY_SIZE =
  /\b(?:north korea|pyongyang|the north|dprk|south korea|seoul|russia|moscow|ukraine|kyiv|china|japan|the us|the united states|america)\s+(?:keeps(?!\s+\w+ing\b)|maintains|fields|has an estimated)\b|\bactive(?:[- ]duty)?\s+(?:troops|soldiers|personnel|servicemen)\b|\b(?:regular|standing|whole|entire|total)\s+(?:militar\w*|arm(?:y|ies)|armed forces)\s+(?:is\s+|are\s+|was\s+)?(?:estimated|put|thought|believed|said)?\s*(?:at|to (?:be|number))\b|\b(?:largest|biggest|standing|active[- ]duty)\s+(?:\w+\s+)?(?:militar\w*|arm(?:y|ies)|armed forces)\b|\b(?:militar\w*|army|armed forces)\s+(?:of|numbering|numbers)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?[\d.,]+\s*(?:million|m)\b/i;
/** A speech verb that ends or opens the words crediting a clause. */
const CREDIT_VERB = String.raw`(?:said|says|told|tells|reported|reports|estimated|estimates|added|noted|believes|believe|confirmed|announced|stated)`;
/**
 * ", Ukraine's military intelligence said." at the end of a clause, with another name the speaker may
 * carry (", Ukraine's military intelligence agency, known as HUR, said").
 */
const TRAILING_CREDIT = new RegExp(
  String.raw`,\s*[^,]*\b${CREDIT_VERB}\b[^,]*$|,\s*[^,]*,\s*(?:(?:also\s+|better\s+)?known\s+as|called)\s+[^,]+,[^,]*\b${CREDIT_VERB}\b[^,]*$`,
  "i",
);
/**
 * "Seoul's military said in a statement that" at the start of a clause, with the appositives a
 * speaker may carry ("Ukraine's military intelligence agency, known as HUR, said").
 */
const LEADING_CREDIT = new RegExp(
  String.raw`^(?:[^,]*,){0,3}?[^,]*?\b(?:${CREDIT_VERB}|(?:raised|lowered|revised|updated|put|puts|placed|kept|maintained)(?=\s+(?:its|their|his|her|the)\s+(?:own\s+|latest\s+)?(?:estimates?|counts?|figures?|tally|assessments?|number|total)\b))\b(?:\s+in\s+an?\s+\w+)?(?:\s+(?:that|it expected))?\s+`,
  "i",
);

/**
 * A clause without the words that credit it, so that who speaks ("the South Korean military said")
 * does not decide what the figure counts.
 *
 * @param clause The clause.
 * @returns The clause without a leading or trailing credit.
 */
function withoutCredit(clause: string): string {
  return clause.replace(TRAILING_CREDIT, "").replace(LEADING_CREDIT, "");
}

/**
 * Rules out this deployment's casualty kinds for other armies' losses or other disasters.
 *
 * @param clause The clause.
 * @param kind The casualty kind found.
 * @returns The kind, or "context" when the clause is about something else.
 */
function veto(clause: string, kind: KindId): KindId {
  const spec = KINDS.find((k) => k.id === kind);
  return spec && countCues(clause, spec.vetoes) > 0 ? "context" : kind;
}

/**
 * A name that a number completes, right before it: "Unit 10045", "Bureau 121", "military unit No. 586", "Security
 * Council resolutions 2270 and 2321".
 */
const NAME_NUMBER_BEFORE =
  /(?:\b(?:Unit|Bureau|Office|Brigade|Regiment|Battalion|Division|Camp|Hill|Route|Highway|Flight)|\b(?:military|army)\s+unit|\b[Uu]nit\s+No\.?|\bNo\.|\b[Rr]esolutions?(?:\s+\d{1,6}(?:,|\s+and|\s+or))*)\s+$/;
/**
 * Whether a figure is more of what the text counts, still coming: "another 5,000 to 6,000 could be coming", "Another
 * 5,000 may be on their way".
 *
 * @param s The sentence.
 * @param q The figure.
 * @returns Whether it is.
 */
function moreOnTheWay(s: string, q: Quantity): boolean {
  return ANOTHER_BEFORE.test(s.slice(Math.max(0, q.start - 30), q.start)) && MORE_ON_THE_WAY_AFTER.test(s.slice(q.end));
}
/** "another ", "a further about ": more of what the text counts, right before a figure. */
const ANOTHER_BEFORE =
  /\b(?:another|a\s+further)\s+(?:(?:about|around|some|roughly|perhaps|up\s+to|as\s+many\s+as)\s+)?$/i;
/** After "another 5,000": that they are coming ("could be coming", "may be on their way", "are expected", "could follow"). */
const MORE_ON_THE_WAY_AFTER =
  /^\s+(?:(?:could|may|might|will|would|are|is)\s+(?:also\s+|soon\s+|still\s+)?(?:be\s+)?(?:coming|on\s+(?:their|the)\s+way|en\s+route|expected|follow|arrive|sent|deployed|in\s+training|training)|(?:are|were)\s+(?:being\s+)?(?:readied|prepared|trained))\b/i;

/** After a number, "-strong" and a body of troops: "2,000-strong North Korean unit", "20,000-strong force". */
const STRONG_FORCE_AFTER =
  /^[\s-]*strong\s+(?:[\w-]+\s+){0,3}?(?:unit|force|contingent|battalion|brigade|corps|detachment|division|regiment)\b/i;

/** A noun of people or a size right after a number: "Unit 400 men strong", "Brigade 300 soldiers". */
const PEOPLE_NOUN_AFTER =
  /^\s*(?:-\s*)?(?:men|women|people|troops|soldiers|personnel|fighters|servicemen|strong|dead|killed|wounded|casualties)\b/i;

/** A street's name after a house number, ending there: " Harbor Blvd.", " Soldiers Field Road in Boston". */
const STREET_AFTER = new RegExp(
  String.raw`^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${STREET_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|")})\.?(?=\s*(?:[,;)]|$)|\s+(?:in|at|near|on|NW|NE|SW|SE)\b)`,
  "u",
);

/** A part of a sum named before it: "a small part of the roughly", "a fraction of the". */
const PART_OF_BEFORE =
  /(?:\b(?:part|fraction|share|portion|sliver|percentage|tenth|half|third|quarter)|[$€£₩₽]\s?\d[\d,.]*(?:\s+(?:a|per)\s+(?:month|year|week|day))?)\s+of\s+(?:the|that|this)\s+(?:(?:about|around|roughly|some|nearly|reported|estimated|promised|alleged|supposed)\s+)*$/i;

/**
 * What the soldiers themselves get, said of a sum right after it: "… they take home", "… the men receive" (not
 * "… the soldiers receive from Russia", "… they get on paper": the pay).
 */
const THEY_TAKE_HOME_AFTER =
  /^\s*(?:(?:a|each|every|per)\s+month\s+)?(?:that\s+)?(?:they|the\s+men|soldiers|the\s+soldiers)\s+(?:actually\s+|really\s+)?(?:take\s+home|receive|get|keep|pocket)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:from\s+(?:Russia|Moscow|the\s+Russians?|the\s+Kremlin)|on\s+paper)\b)/i;

/** A verb or noun of pay right before a sum: "is paid", "earns about", "a salary of", "receive roughly". */
const PAID_BEFORE_RATE =
  /\b(?:paid|pays?|paying|earns?|earning|earned|receives?|received|receiving|gets?|getting|makes?|making|salary|salaries|wages?|pay|income|allowance|stipend)\s+(?:(?:(?:each|every|a|the|its|their|his|individual|North\s+Korean)\s+){0,2}(?:soldiers?|troops?|men|recruits?|conscripts?|fighters?|privates?|servicem[ae]n)\s+|(?:him|them)\s+)?(?:(?:of|only|just|around|about|some|roughly|nearly|almost|up\s+to|as\s+much\s+as|more\s+than|less\s+than|at\s+least|an\s+estimated)\s+)*$/i;

/** Words of a passage about the soldiers' pay or the deployment. */
const PAY_PASSAGE =
  /\b(?:soldiers?|troops?|servicem[ae]n|fighters?|conscripts?|recruits?|deploy\w*|dispatch\w*|mercenar\w*|russia\w*|moscow|kremlin|pyongyang|regime|kim|army|military|salar\w*|wages?|allowances?|per head|each|every|monthly|a month|per month|north\s+korea['’]s\s+(?:\w+\s+)?(?:earnings|income|revenue))\b/i;
/** "could rise by 20 per cent": a change, not a share. */
const CHANGE_BY =
  /\b(?:rise|rises|rose|risen|grow|grows|grew|grown|increase[sd]?|fall|falls|fell|fallen|drop(?:s|ped)?|decline[sd]?|jump(?:s|ed)?|climb(?:s|ed)?|surge[sd]?|shr[iu]nk|shrinks|up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more than\s+|over\s+)?$/i;

/**
 * Classifies a money figure.
 *
 * @param q Quantity.
 * @param unit Its currency.
 * @param clause Its clause.
 * @param before Clause text before it.
 * @param wide Sentence and previous sentence.
 * @param ctx Sentence context.
 * @returns The kind.
 */
/** Words that give the result of a sum right before it ("works out to", "that leaves", "that is"). */
const WORKED_OUT_BEFORE =
  /\b(?:works?\s+out\s+(?:to|at)|worked\s+out\s+(?:to|at)|comes?\s+to|came\s+to|amounts?\s+to|amounted\s+to|leaves?|leaving|that\s+is|this\s+is|which\s+is|means|meaning)\s+(?:(?:about|around|some|roughly|only|just|barely|perhaps|maybe|approximately|little\s+more\s+than|an?\s+estimated)\s+)*(?:[$€£₽]\s?)?$/i;

/**
 * What a sum is of a larger sum written before it in the same currency, given a share written before it
 * ("keeps 90% of the $2,000"): what the share leaves ($200; "90–95%" leaves $100–200) or the share
 * itself ($1,800), within 15%.
 *
 * @param q The sum.
 * @param text The text before it (the sentence before and its own sentence up to it).
 * @returns "remainder", "share", or null when the arithmetic fits neither.
 */
function partOfShare(q: Quantity, text: string): "remainder" | "share" | null {
  const low = q.min ?? q.max;
  const high = q.max ?? q.min;
  if (low === null || high === null || q.currency === null) return null;
  const found = extractQuantities(text);
  const shares = found.filter((o) => o.percent && o.min !== null && (o.max ?? o.min) < 100);
  const wholes = found.filter((o) => !o.percent && o.currency === q.currency && o.min !== null && o.min > high);
  const within = (a: number, b: number): boolean => low >= a * 0.85 && high <= b * 1.15;
  for (const share of shares)
    for (const whole of wholes) {
      const pct = [share.min ?? 0, share.max ?? share.min ?? 0];
      const [w0, w1] = [whole.min ?? 0, whole.max ?? whole.min ?? 0];
      if (within((w0 * (100 - Math.max(...pct))) / 100, (w1 * (100 - Math.min(...pct))) / 100)) return "remainder";
      if (within((w0 * Math.min(...pct)) / 100, (w1 * Math.max(...pct)) / 100)) return "share";
    }
  return null;
}

function classifyMoney(
  q: Quantity,
  unit: Unit,
  clause: string,
  before: string,
  wide: string,
  ctx: FigureContext,
): { kind: KindId } {
  const dollars = inDollars(q, unit) ?? 0;
  // Money in a passage that speaks of no soldiers, pay or deployment (a broker's fee, a budget for
  // satellites) is not what the soldiers are paid.
  if (!PAY_PASSAGE.test(`${ctx.previous} ${ctx.sentence}`)) return { kind: "context" };
  // "Norway pledged 5 billion kroner (about $480 million) to Kyiv", "Germany has provided Ukraine with military support
  // worth around €28 billion": aid to Ukraine, in a clause that names no North Korea.
  if (AID_TO_UKRAINE.test(clause) && !/\b(?:North\s+Korea\w*|Pyongyang|DPRK|Kim\s+Jong)/i.test(clause))
    return { kind: "context" };
  // "a four point two million dollar upgrade to the wharf", "a $3.5m housing project", "a $300 million loan from
  // Moscow": money that names what it buys, which is no pay, whatever else the sentence says.
  // ("a $2,000 monthly contract" is pay: a sum at a rate buys no thing.)
  if (q.per === null && THING_PAID_FOR_AFTER.test(ctx.sentence.slice(q.end))) return { kind: "context" };
  // "that leaves the regime with about 175,000 roubles per soldier per month, or about $1.9 million a month for
  // every 1,000 soldiers": what the regime keeps, not what Russia pays.
  if (LEFT_STATE_WITH_BEFORE.test(ctx.sentence.slice(0, q.start))) return { kind: "context" };
  // "the cost would rise by $20 million a month", "Russia would owe it a further $20 million": what a sum
  // grows by is no sum paid; "worth $500 million a year, once shell sales are counted": a sum that takes in
  // other trade is no pay.
  if (
    SUM_GROWS_BY_BEFORE.test(before) ||
    (dollars >= 1_000_000 &&
      OTHER_TRADE_COUNTED.test(
        `${clause} ${ctx.sentence.slice(q.end).split(/;|,\s*(?:and|but|while|whereas)\s/)[0] ?? ""}`,
      ))
  )
    return { kind: "context" };
  // ("…claims each soldier's family receives “$10,000 compensation”": money for the bereaved or the hurt, no pay.)
  // (Not a monthly sum "in compensation for their service": that is pay.)
  if (
    !q.per &&
    /^\s*[”"’]?\s*(?:in\s+)?(?:compensation|death\s+benefits?|condolence\s+money)\b(?!\s+for\s+(?:their|his|the)\s+(?:service|risks?|work)\b|\s+(?:a|per|each|every)\s+(?:month|year|week)\b)/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "context" };
  // ("Maybe $100 a month reaches him, maybe less": what reaches the soldier; not the whole a part is taken from, "Only
  // $210 of every $2,100 reaches the soldiers".)
  if (
    !/\bof\s+(?:every|each|the|a)\s+$/i.test(ctx.sentence.slice(Math.max(0, q.start - 20), q.start)) &&
    // ('estimates "no more than $100" reaches the soldier': a closing quotation mark between.)
    /^\s*[”"’]?\s*(?:(?:a|per)\s+(?:month|year)\s+)?(?:actually\s+|ever\s+|ultimately\s+|really\s+)?(?:reaches|reached|gets\s+to|makes\s+it\s+to)\s+(?:him|them|(?:the\s+|each\s+)?(?:North\s+Korean\s+)?(?:soldiers?|men|troops))\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "soldier-take-home" };
  // "What is left for the soldier, perhaps $100 to $200 a month, …": what remains to him.
  if (LEFT_FOR_THE_SOLDIER_BEFORE.test(ctx.sentence.slice(0, q.start))) return { kind: "soldier-take-home" };
  // "each soldier would bring home $500 at the end of his tour", "a bonus of about 300 dollars at the end of the
  // deployment": what a soldier carries home from the war, not a rate Russia pays.
  // (Not a rate, "bring home $2,220 a month", nor what Russia gives its own men: "Russian volunteers get a bonus of
  // about $5,300 at the end of the contract", "Moscow offers its own recruits a lump sum".)
  if (
    dollars > 0 &&
    dollars < 100_000 &&
    q.per === null &&
    (BRINGS_HOME_BEFORE.test(before) ||
      (SUM_OF_BEFORE.test(ctx.sentence.slice(0, q.start)) && AT_TOUR_END_AFTER.test(ctx.sentence.slice(q.end)))) &&
    !RUSSIA_OWN_MEN.test(ctx.sentence)
  )
    return { kind: "soldier-take-home" };
  // "The North Korean soldiers themselves were issued only a daily allowance of 500 roubles": money handed to the
  // men for their keep.
  if (
    dollars > 0 &&
    dollars < 10_000 &&
    SOLDIERS_ALLOWANCE_BEFORE.test(ctx.sentence.slice(0, q.start)) &&
    // ("… are paid an allowance of $2,000 a month by Russia, but they see only $100 of it", "… receive a daily allowance
    // of $30, but the North Koreans get none of it", "… receive an allowance of $1,000 if their son dies": what Russia
    // pays, what others get, or a death benefit, not what the soldiers keep.)
    !ALLOWANCE_NOT_KEPT_AFTER.test(ctx.sentence.slice(q.end)) &&
    // ("Kyiv pays a combat bonus, and troops deployed in Kursk receive …", "Under Russian rules, soldiers …": another
    // army's soldiers, when no word of the North's comes before the figure.)
    !(
      OTHER_ARMY_PAYS.test(ctx.sentence.slice(0, q.start)) &&
      !/\bNorth\s+Koreans?\b/i.test(ctx.sentence.slice(0, q.start))
    )
  )
    return { kind: "soldier-take-home" };
  // ("Q: … How much of that reaches the men?" / "A: Maybe $50 a month": what the question asks reaches them.)
  if (
    !/\b(?:pays?|paid|paying|promised|offers?|offered)\b/i.test(
      ctx.sentence.slice(ctx.sentence.lastIndexOf("?") + 1, q.start),
    ) &&
    /\bhow\s+much\s+(?:of\s+(?:that|it|this|the\s+(?:money|pay|sum))\s+)?(?:actually\s+)?(?:reaches|goes\s+to|gets\s+to|do(?:es)?\s+(?:the\s+)?(?:soldiers?|troops|men)\s+(?:actually\s+)?(?:get|receive|keep|see|take\s+home))\b[^?]*\?(?![^?]*\$\s?\d)/i.test(
      /\?/.test(ctx.sentence.slice(0, q.start)) ? ctx.sentence.slice(0, q.start) : `${ctx.previous} ${ctx.last ?? ""}`,
    )
  )
    return { kind: "soldier-take-home" };
  // "She now works in a restaurant in Incheon, earning about 2.5 million won a month": a civilian's job,
  // in a sentence that speaks of no soldier, pays no soldier.
  if (CIVILIAN_JOB.test(ctx.sentence) && !SOLDIERING.test(ctx.sentence)) return { kind: "context" };
  // ("When I was a young lieutenant in 1981 I earned $1,100 a month": the writer's own pay, of another army, years
  // ago.)
  if (
    /\b(?:I|we)\s+(?:(?:was|were)\s+paid|earned|made|got|received|took\s+home)\s+(?:(?:about|around|some|roughly|only|just)\s+)*$/.test(
      before,
    ) &&
    /\bwhen\s+(?:I|we)\s+(?:was|were)\b|\b(?:19\d\d|200\d)\b/.test(ctx.sentence) &&
    !NORTH.test(ctx.sentence) &&
    unit !== "KPW"
  )
    return { kind: "context" };
  // ("South Korea's minimum wage will rise … to 10,320 won an hour": an hourly wage, or the South's own wages, pay no
  // soldier of this deployment.)
  if (
    /^\s*(?:an|a|per|each)\s+hour\b/i.test(ctx.sentence.slice(q.end)) ||
    (unit === "KRW" &&
      /\b(?:South\s+Korea['’]s|South\s+Korean|Seoul['’]s|in\s+South\s+Korea)\b/i.test(ctx.sentence) &&
      !SOLDIERING.test(ctx.sentence))
  )
    return { kind: "context" };
  // ("North Korean soldiers get $2K a month on paper, but the state keeps 70 per cent": what they get on paper is the
  // pay Russia gives for them, not what reaches them.)
  if (
    (ON_PAPER_AFTER.test(ctx.sentence.slice(q.end)) || ON_PAPER_BEFORE.test(before)) &&
    SOLDIERING.test(ctx.sentence) &&
    !/\b(?:regime|state|pyongyang|government|treasury)\s+(?:\w+\s+){0,2}$/i.test(before)
  )
    return { kind: "pay-per-soldier" };
  // ("about $20 billion worth of economic benefits from Russia", "$1 billion in food and oil aid": what the country
  // gains in kind or in trade is no pay for the soldiers.)
  if (
    /^\s*(?:(?:worth\s+of|in)\s+)(?:[\w-]+\s+){0,3}?(?:benefits|aid|assistance|technology|oil|food|fuel|goods|trade|investment|help|support|know-how|weapons|arms)\b/i.test(
      ctx.sentence.slice(q.end),
    ) &&
    // ("$1.4 billion in goods and cash for the soldiers": pay in kind for the troops is still their price.)
    !/\b(?:cash|for\s+(?:the\s+|its\s+|their\s+)?(?:soldiers|troops|deployment|men|contingent|force|servicemen))\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "context" };
  // ("Russian compensation for fallen soldiers, which the forum put at about $30,000 per death": what is paid for the
  // dead is no pay of the living.)
  if (
    /^\s*(?:a|per|for\s+each)\s+(?:death|dead\s+soldier|fallen\s+soldier|soldier\s+killed)\b/i.test(
      ctx.sentence.slice(q.end),
    ) ||
    /\b(?:compensation|death\s+benefits?|condolence\s+(?:money|payments?))\b[^.;]*$/i.test(
      ctx.sentence
        .slice(0, q.start)
        .split(/[;:]|,\s+(?:and|but|while|whereas)\s/)
        .at(-1) ?? "",
    )
  )
    return { kind: "context" };
  // ("Washington paid them a combat allowance of about $40 a month": what the United States pays is no pay of North
  // Korea's soldiers.)
  if (US_PAID_BEFORE.test(ctx.sentence.slice(0, q.start))) return { kind: "context" };
  // ("… an additional $100 million in humanitarian assistance to Ukraine, bringing its total support since 2022 to over
  // $400 million": aid, no price of the deployment.)
  if (
    AID_WORDS.test(clause) &&
    !/\b(?:troops|soldiers|deployment|contingent|men|north\s+korea\w*|pyongyang|payments?|pays?|paid)\b/i.test(clause)
  )
    return { kind: "context" };
  // ("The workers were promised $800 a month but received about $150. The rest, about $650 each, went to a North Korean
  // state company.": a passage about civilian workers that names no soldier pays no soldier.)
  const passage = `${ctx.previous} ${ctx.sentence}`;
  if (
    /\b(?:workers(?![’']\s*Party)|labou?rers|construction\s+crews?)\b/i.test(passage) &&
    !/\b(?:soldiers?|troops?|servicem[ae]n|conscripts?|army|military|privates?|fighters?|KPA|engineers?|sappers?|units?|kim['’]s)\b/i.test(
      passage,
    )
  )
    return { kind: "context" };
  // "Dalnevostok Logistics LLC, a Russian firm, received $4.5 million for transporting personnel": what a company is
  // paid, or a sum paid for carrying men or goods, is neither a soldier's pay nor the price of the deployment.
  // (Not a sum "for the troops", which is what the deployment brings in.)
  if (
    (FIRM_PAID_BEFORE.test(ctx.sentence.slice(0, q.start)) &&
      !/^\s+(?:[\w-]+\s+){0,2}?for\s+(?:the\s+|its\s+|their\s+)?(?:troops|soldiers|deployment|men|contingent)\b/i.test(
        ctx.sentence.slice(q.end),
      )) ||
    FOR_SERVICES_AFTER.test(ctx.sentence.slice(q.end))
  )
    return { kind: "context" };
  // "Supporters who pay $4.99 a month get each episode a day early", "Subscribe for $5 a month": what a reader
  // pays the publisher, in a sentence of no soldier.
  if (READER_PAYS.test(ctx.sentence) && !SOLDIER_WORDS.test(ctx.sentence)) return { kind: "context" };
  // "his 40-man crew had been paid 120,000 roubles a month each" (a foreman's): the wage of civilian workers abroad,
  // not of soldiers (a wage at home, in won, is read as such below); not a gun crew, fighters beside contractors, or
  // the Workers' Party.
  if (
    unit !== "KPW" &&
    unit !== "KRW" &&
    /\b(?:(?<!\bgun\s)crews?|workers?(?![’']\s*Party)|labou?rers?|foreman|foremen|builders?|loggers?)\b/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    /\b(?:workers?(?![’']\s*Party)|labou?rers?|foreman|foremen|construction|logging|factory)\b/i.test(ctx.sentence) &&
    !/\b(?:soldiers?|troops?|servicem[ae]n|military|army|conscripts?|recruits?|mercenar\w+|fighters?|gunners?|engineers?|sappers?|infantry|combat|Kursk|front)\b/i.test(
      ctx.sentence,
    )
  )
    return { kind: "context" };
  // "A 100 million won “death compensation” is promised to the families of soldiers killed in action",
  // "bereaved families would be paid 100 million won for each soldier killed": paid for a death, not pay.
  // ("Each soldier is paid $2,000 a month, and families of soldiers killed receive a lump sum": the pay's
  // own clause, between the joins around it, says nothing of a death.)
  const joins = matchesOf(ctx.sentence, /,\s*(?:and|but|while|whereas)\s+|;\s*/g);
  const from = joins.filter((j) => j.index < q.start).at(-1);
  const to = joins.find((j) => j.index >= q.end);
  const ownPart = ctx.sentence.slice(from ? from.index + from[0].length : 0, to?.index);
  if (
    PAID_FOR_A_DEATH.test(ownPart) ||
    (LUMP_TO_FAMILY.test(ownPart) && periodOf(q, before, ctx.sentence.slice(q.end)) === null)
  )
    return { kind: "context" };
  // "receive 170,000 roubles a month, the same as Russian contract soldiers": a rate set equal to what
  // Russia pays its own soldiers is a pay scale, whatever reaches the soldier.
  // (A pay at a rate only: a one-off bonus or a payment for a death is none.)
  if (
    (q.per !== null || /\b(?:monthly|salary|salaries|wages?|pay)\b/i.test(ctx.sentence.slice(0, q.start))) &&
    SAME_AS_RUSSIANS_AFTER.test(ctx.sentence.slice(q.end)) &&
    !/\b(?:bonus|bonuses|compensation|payouts?|lump|one-off|killed|death|deaths|funeral)\b/i.test(ctx.sentence)
  )
    return { kind: "pay-per-soldier" };
  // "… were promised up to $2,500 a month. That was wrong: the HUR's figure was up to $2,000 a month.": the
  // figure restated is of the kind of the sum before it.
  // ("We withdraw the $2,500 figure": a sum named as a figure, the one the text gave before.)
  const restated =
    (FIGURE_RESTATED_BEFORE.test(ctx.sentence.slice(0, q.start)) ||
      (/\bthe\s+$/i.test(ctx.sentence.slice(0, q.start)) &&
        /^\s*(?:-?\s*a\s*-?\s*month\s+)?(?:figure|number|sum|amount|estimate)\b/i.test(ctx.sentence.slice(q.end)))) &&
    (ctx.last ?? ctx.previous) !== ""
      ? lastMoneyKind(
          ctx.last ?? ctx.previous,
          ctx.last !== undefined && ctx.previous.endsWith(ctx.last)
            ? ctx.previous.slice(0, ctx.previous.length - ctx.last.length).trim()
            : "",
        )
      : null;
  if (restated) return { kind: restated };
  // "At the black market rate, 150,000 North Korean won is worth less than $10": the writer's conversion
  // of another sum, not a pay of its own.
  if (
    /\b(?:is|was|are|were)\s+(?:now\s+|only\s+)?(?:worth|equivalent\s+to|equal\s+to)\s+(?:(?:about|around|some|roughly|less\s+than|under|more\s+than|over|just|only|barely|little\s+more\s+than)\s+)*[$€£₽]?\s*$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    ctx.all.some(
      (o) =>
        o.end <= q.start &&
        (o.currency !== null || o.currencyWord !== undefined) &&
        (o.currency ?? o.currencyWord) !== q.currency,
    )
  )
    return { kind: "context" };
  // "soldiers in Russia are promised $1,500 a month": the pay each soldier is promised, whatever the
  // sentence says reached them after it ("… but received only $100", "…, but few will ever see it").
  // (Not another country's recruits: "Cuban recruits are promised $2,200".)
  if (
    /\b(?:soldiers?|troops|men|recruits|conscripts)\s+(?:(?:in|at)\s+(?:Russia|Kursk|the\s+front)\s+|(?:fighting|serving|deployed|sent)\s+(?:for|in|to)\s+(?:Russia|Moscow|Kursk)\s+)?(?:are|were|is|was|have\s+been|had\s+been)\s+(?:being\s+)?promised\s+(?:(?:about|around|some|roughly|up\s+to|as\s+much\s+as)\s+)*[$€£₩₽]?$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    // ("soldiers were promised $5,000 on completion of their tour": a sum paid once, below.)
    !(q.per === null && ONCE_AT_THE_END.test(ctx.sentence.slice(q.end))) &&
    // ("…, while North Korean soldiers are promised $2,035": the recruits of its own clause.)
    !otherRecruits(
      ctx.sentence
        .slice(0, q.start)
        .split(/[;,]|\b(?:while|whereas|but)\b/)
        .pop() ?? "",
    )
  )
    return { kind: "pay-per-soldier" };
  // "They told us each soldier would get $2,000 a month. I never saw a single dollar": a promise the
  // sentence or the next one says never arrived is the pay promised, not what reached the soldier.
  if (
    /\b(?:promised|told\s+(?:us|them|him|me|the\s+(?:soldiers|men|troops|recruits))|(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:promised|told))\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:would|will)\s+(?:get|receive|earn|be\s+paid)\s+(?:(?:about|around|some|roughly|up\s+to|as\s+much\s+as)\s+)*[$€£₩₽]?$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    (NEVER_RECEIVED.test(ctx.sentence.slice(q.end)) ||
      // (Not a sentence about another sum: "… had not seen a single dollar of the $50,000 set aside for trucks".)
      (NEVER_RECEIVED.test(ctx.next ?? "") &&
        extractQuantities(ctx.next ?? "").every(
          (o) =>
            (o.currency === null && !o.currencyWord) ||
            (o.currency === q.currency && o.min === q.min && o.max === q.max),
        )))
  )
    return { kind: "pay-per-soldier" };
  // "A private's own share, Han said, is closer to $210 a month", "The soldiers' own cut is about $230": what
  // a soldier's share comes to is what reaches him.
  if (OWN_SHARE_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 100), q.start)))
    return { kind: "soldier-take-home" };
  // "Ri said his unit had been promised $2,000 a month": the pay a soldier or his unit was promised.
  if (
    /\b(?:(?:his|her|their|our|my)\s+(?:unit|company|battalion|brigade|regiment|platoon)|he|she|they|we|I)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+promised\s+(?:(?:about|around|some|roughly|up\s+to|as\s+much\s+as)\s+)*[$€£₩₽]?$/.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    !/\b(?:only|received?|got|left\s+with|take\s+home|took\s+home)\b/i.test(ctx.sentence.slice(q.end)) &&
    !/\b(?:construction|logging|factory|farm|mining|building sites?|labou?r\w*)\b/i.test(ctx.sentence)
  )
    return { kind: "pay-per-soldier" };
  // "The soldiers are told they earn $100 a month": what the soldiers are told they get is their own pay as
  // promised to them, not what Russia pays for them.
  // ("… are told they earn 2.8 million won a month but receive only a fraction": a promise the sentence
  // says they get only part of is the pay promised, not what reaches them.)
  if (
    /\b(?:soldiers|troops|men|recruits|conscripts|they)\s+(?:(?:in|at)\s+(?:Russia|Kursk|the\s+front)\s+)?(?:are|were|have\s+been|had\s+been)\s+(?:being\s+)?(?:told|promised|assured)\s+(?:that\s+)?(?:they|each)\s+(?:would|will)?\s*(?:earn|earns|get|gets|receive|receives|be\s+paid|are\s+paid|were\s+paid)\s+(?:(?:about|around|some|roughly|up\s+to|as\s+much\s+as)\s+)*[$€£₩₽]?$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return {
      kind:
        ONLY_PART_RECEIVED.test(ctx.sentence.slice(q.end)) || NEVER_RECEIVED.test(ctx.sentence.slice(q.end))
          ? "pay-per-soldier"
          : "soldier-take-home",
    };
  // "a soldier is left with $200 a month; at 70 percent, with $600": the second clause leaves out the verb
  // of the first, and what is left is still what the soldier keeps.
  if (
    /\b(?:is|are|be|was|were)\s+left\s+with\b[^;.]*;[^;.]*\bwith\s+(?:(?:about|around|some|roughly|only|just)\s+)*[$€£₩₽]?$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { kind: "soldier-take-home" };
  // "In South Korea, a defector receives resettlement support worth about 20 million won": what a defector
  // gets to start a life in the South, not a soldier's pay.
  if (/\b(?:re)?settlement\s+(?:support|money|grants?|subsid\w*|payments?|funds?|aid|benefits?)\b/i.test(ctx.sentence))
    return { kind: "context" };
  // "Each family got 500,000 won once, when the son left", "a single payment worth about $60": a one-off
  // payment to a family, not a wage or a soldier's pay.
  if (
    q.per === null &&
    /\b(?:once|one-off|one-time|single\s+payment|lump[- ]sum)\b/i.test(clause) &&
    /\b(?:famil(?:y|ies)|parents|relatives|wives|widows|households?)\b/i.test(ctx.sentence)
  )
    return { kind: "context" };
  // "A soldier's family in Hyesan received 500,000 won", "The family of one soldier got …": what a family
  // is paid is no soldier's pay, called a lump sum or not.
  // ("each soldier's family gets $300 of it": a part of the soldier's own pay, sent home, stays his.)
  // ("Their families get $100 a month from the soldiers' wages", "…, of which a soldier's family gets about
  // $100", "Soldiers or their families receive …": the soldier's pay, sent home.)
  const familyWindow = ctx.sentence.slice(Math.max(0, q.start - 120), q.start);
  const familyBefore = FAMILY_RECEIVED_BEFORE.exec(familyWindow);
  if (
    familyBefore &&
    !/^\s*(?:[\w-]+\s+){0,3}?(?:of|from|out\s+of)\s+(?:it|that|this|his|their|the\s+(?:soldiers?['’]s?\s+|men['’]s\s+)?(?:[\w-]+\s+)?(?:pay|money|sum|wages?|salary|salaries|payments?)|(?:the\s+)?(?:soldiers?|men)['’]s?\s+(?:[\w-]+\s+)?(?:pay|wages?|salary|salaries))\b/i.test(
      ctx.sentence.slice(q.end),
    ) &&
    !/\b(?:of|out\s+of)\s+which\s+(?:[\w'’-]+\s+){0,3}$|\b(?:soldiers?|troops|men)\s+or\s+(?:(?:their|his)\s+)?$/i.test(
      familyWindow.slice(0, familyBefore.index),
    )
  )
    return { kind: "context" };
  // "promised each soldier $2,000 on their return home", "would receive $2,000 at the end of the
  // deployment", "promised $5,000 on completion of their tour": a sum paid once, at the end, with no period:
  // no wage.
  if (q.per === null && ONCE_AT_THE_END.test(ctx.sentence.slice(q.end))) return { kind: "context" };
  // "about 1.5% of North Korea's estimated gross domestic product of €18 billion": the size of an economy,
  // however the sentence goes on about pay (a product per head is the home wage it is set against).
  if (
    /\b(?:gross\s+domestic\s+product|GDP|gross\s+national\s+(?:product|income)|GNI|economy|(?:annual\s+|state\s+|national\s+|defen[cs]e\s+)?budget)(?!\s+per\b)\s+(?:\w+\s+){0,2}?(?:of|at|worth|was|is|stood\s+at|totall?ing|estimated\s+at)\s+(?:(?:about|around|some|roughly|nearly|an\s+estimated|approximately|just\s+over|just\s+under|under|over)\s+)*[$€£₩₽]?\s*$/i.test(
      ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
    )
  )
    return { kind: "context" };
  // "North Korea's total trade with Russia rose to $34m, … a fraction of the $2.3bn it does with China": a
  // country's trade, in a sentence about no pay or soldiers.
  if (
    /\b(?:trade|exports?|imports?|customs|turnover)\b/i.test(`${ctx.sentence.slice(0, q.start)} ${clause}`) &&
    !/\b(?:pay|pays|paid|salar\w*|wages?|soldiers?|troops?|servicem[ae]n|mercenar\w*|deploy\w*)\b/i.test(ctx.sentence)
  )
    return { kind: "context" };
  // "The $10,000 appears to be the total of five months of the $2,000 monthly payment": a sum of months
  // of one pay, which is neither a pay nor a deployment's total.
  if (
    /^\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:sum|total)\s+of\s+(?:\w+|\d+)\s+(?:months|years|weeks)['’]?\s+(?:of|worth)\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "context" };
  // "a reward of up to $5 million for information", "fines of $300,000": money offered or imposed by
  // others, never what the soldiers are paid.
  if (
    /\b(?:rewards?|bount(?:y|ies)|fines?|penalt(?:y|ies)|damages|bail|ransom)\s+(?:of\s+)?(?:(?:up to|as much as|about|around|some|nearly|more than|over|at least)\s+)*(?:[$€£₽]\s?)?$/i.test(
      ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
    )
  )
    return { kind: "context" };
  // "1.2 million won had been paid once to the families of some officers": a one-off sum, not the rate.
  if (
    /^[^.;]{0,40}?\b(?:paid|given|handed)\s+(?:out\s+)?once\b/i.test(ctx.sentence.slice(q.end)) ||
    /\b(?:one-off|one-time|single)\s+(?:payments?\s+of\s+)?(?:[$€£₽]\s?)?$/i.test(
      ctx.sentence.slice(Math.max(0, q.start - 30), q.start),
    )
  )
    return { kind: "context" };
  // "And what reaches the soldier? Perhaps $100.": the answer to a question about what the soldier gets.
  if (
    /\b(?:what|how much)\s+(?:of\s+(?:it|that|this)\s+)?(?:actually\s+|really\s+)?(?:reaches|gets\s+to|is\s+left\s+(?:for|to)|goes\s+to|do(?:es)?\s+(?:the\s+|each\s+)?(?:soldiers?|troops?|men)\s+(?:actually\s+|really\s+)?(?:get|receive|keep|see))\b(?:\s+(?:the|each|every|a)\s+(?:soldiers?|troops?|men|private))?[^?]*\?\s*$/i.test(
      ctx.last ?? ctx.previous,
    ) &&
    // ("Kang: Perhaps $100 a month": an answer's label before it.)
    /^(?:[^:.;?]{1,60}:\s*)?\W*(?:(?:perhaps|maybe|about|around|some|roughly|only|just|barely|at\s+most)\s+)*[$€£₽]?\s*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { kind: "soldier-take-home" };
  // "That would leave each soldier about $200 a month": what remains to the soldier.
  if (
    /\b(?:leave|leaves|leaving|left)\s+(?:(?:each|every|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:soldiers?|troops?|servicem[ae]n|men|fighters?|conscripts?|families|family)\s+(?:with\s+)?(?:(?:about|around|some|roughly|only|just|barely|perhaps|maybe|as\s+little\s+as|less\s+than|no\s+more\s+than|a\s+mere|at\s+most)\s+)*(?:[$€£₽]\s?)?$/i.test(
      ctx.sentence.slice(Math.max(0, q.start - 80), q.start),
    )
  )
    return { kind: "soldier-take-home" };
  // "$1,800 of every $2,000 stayed in Pyongyang": a part of each payment; the soldier's only when the
  // sentence says it reaches them, else what the state keeps or an unstated split.
  // The whole it is a part of ("of every $2,000") is the payment for each soldier.
  if (
    /\b(?:out\s+)?of\s+(?:every|each)\s+(?:[$€£₽]\s?)?$/i.test(ctx.sentence.slice(Math.max(0, q.start - 20), q.start))
  )
    return { kind: "pay-per-soldier" };
  if (/^\s+(?:out\s+)?of\s+(?:every|each)\s+(?:[$€£₽]\s?)?\d/i.test(ctx.sentence.slice(q.end))) {
    return {
      kind: /\b(?:reach(?:es|ed)?|goes? to|went to|get|gets|got|receive[sd]?|keeps?|kept)\s+(?:the\s+)?(?:soldiers?|troops?|men|families)\b|\b(?:soldiers?|troops?|men)\s+(?:get|gets|got|receive[sd]?|keeps?|kept|take home|took home)\b/i.test(
        ctx.sentence,
      )
        ? "soldier-take-home"
        : "context",
    };
  }
  // "Each soldier keeps about $200 a month", "the soldiers themselves pocket $100": what the soldiers keep
  // is what reaches them.
  if (
    /\b(?:soldiers?|troops|servicem[ae]n|recruits?|conscripts?|privates?|fighters?)\s+(?:themselves\s+)?(?:only\s+|actually\s+|still\s+|just\s+|may\s+|might\s+|would\s+|will\s+)?(?:keeps?|kept|pockets?|pocketed)\s+(?:(?:only|just|barely|about|around|roughly|some|perhaps|maybe|at\s+most|no\s+more\s+than|less\s+than|under|up\s+to)\s+)*[$€£₩₽]?\s*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { kind: "soldier-take-home" };
  // "The regime keeps about $1,800 of each soldier's pay", "Pyongyang pockets $1,800 a month per soldier":
  // the state's take is neither what Russia pays nor what reaches the soldier.
  if (
    /\b(?:regime|state|government|treasury|leadership|Pyongyang|North\s+Korea|Kim\s+Jong[\s-]?[Uu]n|Kim)\s+(?:itself\s+)?(?:only\s+|still\s+|then\s+|may\s+|might\s+|would\s+|will\s+)?(?:keeps?|kept|pockets?|pocketed|retains?|retained|takes?|took|skims?|skimmed|confiscates?|confiscated|withholds?|withheld)\s+(?:(?:about|around|roughly|some|perhaps|maybe|as\s+much\s+as|up\s+to|at\s+least|more\s+than|nearly|almost)\s+)*[$€£₩₽]?\s*$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    // (A part of each soldier's pay; "Pyongyang pockets $24 million a month from Moscow" is the whole.)
    // ("keeps $1,800 of it", after "Each soldier is paid $2,000 a month": of that pay.)
    /^[^.;]{0,40}?\b(?:of\s+(?:each|every|a|the|his)\s+(?:soldier|man|recruit|fighter)['’]s|per\s+(?:soldier|man|head|recruit|fighter)|(?:for|from)\s+(?:each|every)\s+(?:soldier|man|recruit|fighter)|of\s+(?:it|that|this|the\s+(?:pay|salary|wage|money|sum)))\b/i.test(
      ctx.sentence.slice(q.start),
    )
  )
    return { kind: "context" };
  // "a dollar fetched about 8,000 won", "one dollar buys 9,000 won": an exchange rate, nobody's pay.
  if (
    /\b(?:a|one|each|the|per)\s+(?:US\s+|U\.S\.\s+)?dollar\s+(?:fetched|fetches|bought|buys|(?:was|is)\s+worth|traded\s+(?:at|for)|trades\s+(?:at|for)|sold\s+for|sells\s+for|went\s+for|exchanged\s+for|cost|costs)\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+much\s+as|more\s+than)\s+)*$/i.test(
      ctx.sentence.slice(0, q.start),
    ) ||
    // ("North Korea's official exchange rate values the dollar at about 8,000 won, while the market rate is near
    // 40,000 won": rates of exchange.)
    (unit !== "USD" &&
      /\b(?:exchange|market|black[-\s]market)\s+rates?\s+(?:is|was|stands\s+at|stood\s+at|of)\s+(?:(?:near|nearer|about|around|some|roughly|nearly|close\s+to)\s+)*$/i.test(
        ctx.sentence.slice(0, q.start),
      )) ||
    /\bvalues?\s+the\s+(?:US\s+)?dollar\s+at\s+(?:(?:about|around|some|roughly|nearly)\s+)*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { kind: "context" };
  const antecedent = relativeAntecedent(clause, ctx.sentence);
  // National income per head ("monthly GNI per capita in North Korea") is the home wage it is compared with.
  if (PER_CAPITA.test(clause) || (antecedent !== "" && PER_CAPITA.test(antecedent) && NORTH.test(antecedent + clause)))
    return { kind: NORTH.test(antecedent + clause) || unit === "KPW" ? "domestic-wage" : "context" };
  // A signing bonus, or the pay of another country's recruits, is not the pay of these soldiers.
  const after = ctx.sentence.slice(q.end, q.end + 40);
  // "about $300 billion of Russian central bank assets", "stole $1.3 billion in cryptocurrency": other money.
  // ("$1.4 billion in goods and cash for the soldiers", "$800 million in Russian oil for its troops": a
  // payment in kind for the deployment is still its price.)
  if (
    OTHER_MONEY_AFTER.test(ctx.sentence.slice(q.end, q.end + 80)) &&
    !/\bfor\s+(?:the|its|their|his|these|those)\s+(?:\w+\s+)?(?:soldiers|troops|deployment|men|servicemen)\b|\bin\s+(?:return|exchange)\b|\bas\s+(?:a\s+)?payment\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "context" };
  if (
    BONUS.test(before.slice(-40)) ||
    /^\s*(?:as\s+an?\s+|in\s+an?\s+|\(\s*)?(?:(?:signing|sign-up|sign-on|enlistment|joining|one-off|one-time|cash)\s+)?bonus\b/i.test(
      after,
    ) ||
    (!forNorthKoreans(q, ctx.sentence) &&
      (otherRecruits(clause) ||
        (antecedent !== "" && otherRecruits(antecedent)) ||
        // ("Russian contract soldiers are paid 200,000 roubles; in Kursk new recruits get 150,000 roubles", "…,
        // a sum Moscow has since cut (in Kursk it fell to about 150,000 roubles)": the same people's pay again.)
        (SAME_PAY_AGAIN.test(clause) &&
          otherRecruits(ctx.sentence.slice(0, q.start)) &&
          // ("…, while North Korean troops were first paid 100,000 roubles; it rose to …": their pay, named after.)
          !/\b(?:while|whereas|but|and)\s+(?:the\s+)?(?:north\s+korean\w*|dprk)\s+(?:troops|soldiers|recruits|men)\s+(?:were|are|get|got|receive|received|earn|earned)\b|\bas\s+are\s+(?:the\s+)?north\s+koreans?\b/i.test(
            ctx.sentence.slice(Math.max(0, ctx.sentence.slice(0, q.start).search(OTHER_RECRUITS)), q.start),
          ))))
  )
    return { kind: "context" };
  // "the artillery shells and missiles it has sold Moscow, valued at up to $20 billion": arms sales.
  // "as much as $20 billion since 2023, a figure that includes munitions sales": what the sum includes.
  const includes =
    /^[^.;]{0,60}?,\s*(?:a|the|which is a)\s+(?:figure|sum|total|amount|number|estimate)\s+(?:that|which)\s+[^.;]*/i.exec(
      ctx.sentence.slice(q.end),
    )?.[0] ?? "";
  // ("… would have passed $130 million, not counting arms sales", "…, on top of far larger sums from arms sales": what
  // the sum leaves out is not what it is.)
  // (Unless the sum is itself in what is left out: "…, not counting the shells it has sold, valued at $20 billion".)
  const leftOutAt = (t: string): string =>
    IN_LEFT_OUT.test(ctx.sentence.slice(0, q.start)) ? t : t.replace(ARMS_LEFT_OUT, " ");
  const armsText = leftOutAt(`${antecedent} ${clause} ${includes}`);
  if (
    /\b(?:artillery|shells|missiles|rockets|arms|weapons|ammunition|munitions)\b/i.test(armsText) &&
    (/\b(?:sold|sells?|sales?|selling|exports?|exported|supplied|supplies|shipments?|shipped|deliveries|delivered)\b/i.test(
      armsText,
    ) ||
      // ("has earned some $5 billion from shells and missiles": what the arms brought in.)
      /^\s*(?:[\w-]+\s+){0,3}?from\s+(?:(?:the|its|artillery|ballistic)\s+)*(?:shells|missiles|munitions|ammunition|arms|weapons|rockets)\b/i.test(
        ctx.sentence.slice(q.end),
      ))
  )
    return { kind: "context" };
  // What the deployment as a whole brings in ("the deal to provide its troops cost Moscow $200 million a year").
  if (
    dollars >= 1_000_000 &&
    /\b(?:troops|soldiers|deployment|contingent|mercenaries|salary|salaries)\b/i.test(leftOutAt(clause)) &&
    /\b(?:cost|costs|pay|pays|paid|income|earn\w*|receiv\w*|brings? in|revenue)\b/i.test(clause)
  )
    return { kind: "pay-total" };
  if (
    /\b(?:gdp|economy|budget|exports?|trade|sanctions|revenue of the country|spend|spends|spent|spending|weapons|arms|ammunition|artillery|shells|missiles|rockets|sold|sales?|selling|oil|fuel|shipments?|aid|loans?|broker|bribes?|smugglers?|launder\w*)\b/i.test(
      // A body's name ("the Korea Institute for Strategic Economy") is not what the money is for; "its
      // trade with China, which was worth $2.3 billion": the clause a relative clause leans on counts.
      // Nor is a person's title ("a former trade official", "the oil minister", "an artillery officer"), nor what the figure is worked
      // out from ("Drawing on Russian budget documents, …").
      leftOutAt(`${antecedent} ${clause}`)
        .replace(EVIDENCE_SET_OFF, " ")
        .replace(/\b\p{Lu}[\p{L}-]*(?:\s+(?:for|of|and|the|on)\s+|\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu, " ")
        .replace(
          /\b(?:trade|oil|arms|weapons|economy|budget|sanctions)\s+(?:ministry\s+)?(?:officials?|ministers?|negotiators?|envoys?|experts?|analysts?|specialists?|researchers?|attach[eé]s?)\b/gi,
          " ",
        )
        // ("a former artillery officer told me …": a soldier's arm of service is no sale of shells.)
        .replace(
          /\b(?:artillery|missile|rocket)\s+(?:officers?|commanders?|units?|battalions?|brigades?|regiments?|crews?|men)\b/gi,
          " ",
        ),
    )
  )
    return { kind: "context" };
  // ("The cost to Pyongyang of feeding and transporting each soldier, around $300, is rarely mentioned": a
  // cost set beside its noun, not a wage, unless the cost is of the pay or of the deployment.)
  const costBeside =
    /^\W*(?:the\s+)?(?:\w+\s+){0,2}?(?:costs?|expenses?|price|bill|fare)\b([^,;.:]{0,80}),\s*(?:(?:about|around|some|roughly|nearly|an\s+estimated)\s+)*$/i.exec(
      ctx.sentence.slice(0, q.start),
    );
  if (
    costBeside &&
    // ("The bill for each North Korean soldier, about $2,000 a month": the soldier's own cost is his pay.)
    !/^\s*(?:to\s+[\p{L}’' -]+?\s+)?(?:(?:for|of)\s+(?:each|every|a|one|the|per)(?:\s+of\s+the)?|per)\s+(?:north\s+korean\s+)?(?:soldiers?|man|men|recruits?|servicem[ae]n|troopers?)\b(?![’'])(?:\s+(?:sent|deployed|serving|fighting)\b[^,]*)?\s*$/iu.test(
      costBeside[1] ?? "",
    ) &&
    !/\b(?:pay|paying|wages?|salar\w*|deployment|contingent|force|troops|deal|contract|agreement|hire|hiring|rent\w*)\b/i.test(
      costBeside[1] ?? "",
    )
  )
    return { kind: "context" };
  if (/\b(?:costs?|price[sd]?|buys?)\s+(?:\w+\s+){0,3}$/i.test(before) && !/\bpay\b/i.test(before))
    return { kind: "context" };
  // "…costs about 3,000 won; a kilogram of rice, 7,000 won": a measure of a good before its sum is a price.
  // ("receives a sack of rice, $100 a month and a new uniform": a sum by the month, or one a verb of pay takes,
  // is pay.)
  if (
    MEASURE_OF_GOOD_BEFORE.test(before) &&
    periodOf(q, before, ctx.sentence.slice(q.end)) === null &&
    !/\b(?:receives?|received|gets?|got|earns?|earned|paid|pays?)\b/i.test(before)
  )
    return { kind: "context" };

  // ("executed for embezzling about $3 million", "conspiring to launder at least $14 million": money stolen or hidden,
  // no pay; "Commanders embezzle part of the $2,050 a month Russia pays" keeps the pay.)
  if (
    /\b(?:embezzl\w*|launder\w*|misappropriat\w*|stole|stolen|steal\w*)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*$/i.test(
      before,
    )
  )
    return { kind: "context" };
  // ("Marsh ordered Pahl released on a $250,000 bond", "a reward of $1 million": a court's or a bounty's money, no pay;
  // "a dollar now fetches about 30,000 North Korean won": an exchange rate.)
  if (
    /^\s*(?:bail\s+)?(?:bond|bail|fine|penalty|reward|bounty|ransom)\b/i.test(ctx.sentence.slice(q.end)) ||
    /\b(?:bail|bond|fine|penalty|reward|bounty|ransom)\s+of\s+(?:(?:about|around|some|roughly|up\s+to|as\s+much\s+as|more\s+than)\s+)*$/i.test(
      before,
    ) ||
    /\b(?:a|one|each|the)\s+(?:US\s+|U\.S\.\s+)?dollar\s+(?:now\s+|currently\s+|still\s+)?(?:fetches|fetched|buys|bought|trades?\s+(?:at|for)|traded\s+(?:at|for)|is\s+worth|was\s+worth|sells?\s+for|sold\s+for|exchanges?\s+for|goes\s+for|went\s+for)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over)\s+)*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { kind: "context" };
  // ("That is roughly what Russia pays its own contract soldiers: a private earns about 210,000 roubles": after a colon,
  // the pay of those named before it.)
  if (
    /\b(?:its\s+own|russian|russia['’]s\s+own)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|recruits)\b[^.;:]*:\s*(?:(?:an?|the|each)\s+)?(?:(?:junior|senior|russian|ordinary)\s+)?(?:privates?|soldiers?|recruits?|servicem[ae]n|contract\s+soldiers?|conscripts?|lieutenants?|sergeants?|officers?|corporals?)\b[^:]*$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    !/\bNorth\s+Korea|\bKoreans?\b|\bDPRK\b|\bKPA\b|\bPyongyang\b/.test(ctx.sentence.slice(0, q.start)) &&
    // (Not "Russia pays the North Korean soldiers what it pays its own troops: about $2,000 a month", nor "…: the men
    // from the North get about $800".)
    !/\bnorth\s+koreans?\b|\bKPA\b|\bPyongyang\b/i.test(ctx.sentence.slice(0, q.start)) &&
    !/\b(?:from|in)\s+the\s+North\b|\bthe\s+North['’]s\b/.test(ctx.sentence.slice(0, q.start)) &&
    // (Nor pay equal to theirs: "The foreign soldiers are paid on the same scale as Russian servicemen: about 195,000
    // roubles".)
    !/\b(?:same\s+(?:\w+\s+)?as|as\s+much\s+as|on\s+a\s+par\s+with|equal\s+to|like)\s+(?:the\s+|its\s+own\s+|russia['’]s\s+own\s+)?(?:russian\s+)?(?:contract\s+)?(?:soldiers|troops|servicemen|recruits)\b[^.;:]*:\s*[^:]*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { kind: "context" };
  // Pay in the North's own currency, or pay "in North Korea", is pay at home; a short phrase that
  // opens the sentence ("At home, a private earns ...") sets the scene for the clause after it.
  const opener = /^([^,]{1,30}),/.exec(ctx.sentence)?.[1] ?? "";
  // "A soldier's pay of 2.8 million won (about $2,000) compares with 2,500 won a month at home": the words of
  // the side of a comparison the figure stands on.
  // ("based on a rate of about US$2,000 a month for each soldier and an average of 12,000 to 15,000 men": an average
  // head count says nothing of an average wage.)
  const side = comparisonSide(clause, before.length).replace(
    /\b(?:an?\s+)?average\s+of\s+(?:(?:about|around|some|roughly)\s+)?\d[\d,.]*(?:\s+(?:to|and|-)\s+\d[\d,.]*)?\s+(?:North\s+Korean\s+)?(?:men|soldiers|troops|personnel|servicemen|North\s+Koreans)\b/gi,
    "",
  );
  // ("he doubted that ordinary soldiers would see even $100 a month": what the men would get of the pay abroad, however
  // ordinary they are.)
  // ("In peacetime, ordinary soldiers would see perhaps $2 a month": pay at home all the same.)
  const wouldGet =
    (!/\bpeacetime\b/i.test(opener) &&
      SOLDIERS_GET_BEFORE.test(before) &&
      /\b(?:would|could|might|will)\s+(?:\w+\s+)?(?:see|get|receive|keep|be\s+left\s+with)\s+(?:the\s+equivalent\s+of\s+|["“]?(?:at\s+most|no\s+more\s+than|up\s+to)\s+|\S*\s*)$/i.test(
        before,
      )) ||
    // ('would probably receive "at most a hundred dollars a month," and only after returning home': money for the
    // deployment, paid when it ends.)
    /^\s*[,"”’]*\s*(?:and\s+)?(?:then\s+)?only\s+(?:after|on|upon|when)\s+(?:returning|coming|getting)\s+(?:back\s+)?home\b/i.test(
      ctx.sentence.slice(q.end),
    ) ||
    // ("ordinary soldiers are promised the equivalent of US$100-200 a month, payable only on their return": paid for the
    // deployment, at its end, however ordinary the men.)
    /^\s*,?\s*(?:payable|paid|due)\s+(?:only\s+)?(?:on|upon|after|when)\s+(?:their|his|her|the\s+soldiers['’]?)\s+return\b/i.test(
      ctx.sentence.slice(q.end),
    );
  if (
    unit === "KPW" ||
    // ("… paid to their families in North Korean won after the soldiers return home": the currency's country is no
    // place of pay; "his old unit" is his unit.)
    countCues(
      `${opener} ${side}`
        .replace(
          /\b(in\s+North)\s+(Korean)\b(?=[^.;]*\b(?:after|on|upon|when)\s+(?:the\s+soldiers?|they|their)\s+(?:return|come\s+home|get\s+home|came\s+home))/gi,
          "$1-$2",
        )
        .replace(/\b(his|her|my)\s+old\s+unit\b/gi, "$1 unit"),
      [
        "in north korea",
        "at home",
        ...(wouldGet ? [] : ["ordinary", "average"]),
        "general in",
        "generals",
        "ration",
        "when i was in the military",
        "when i was serving",
        "his unit",
        "her unit",
        "my unit",
        "back home",
      ],
    ) > 0
  ) {
    if (countCues(side, ["russia"]) === 0 || (!wouldGet && countCues(side, ["average", "ordinary"]) > 0))
      return { kind: "domestic-wage" };
  }
  // "A private in the Korean People's Army earns the equivalent of $1 a month", "He had served three years
  // in the army and earned …": the army at home, unless the clause is in the war.
  if (
    countCues(`${opener} ${clause}`, ["korean people's army", "korean people’s army", "had served"]) > 0 &&
    countCues(clause, ["russia", "kursk", "ukraine"]) === 0
  )
    return { kind: "domestic-wage" };
  // Other people's pay: Russia's own recruits, workers and labourers.
  if (
    // ("A Russian man signing a contract", "A Russian volunteer", "A Russian private, by comparison, takes home
    // …": one of Russia's own, named by rank or standing.)
    (/\b(?:its own|russian|contract)\s+(?:\w+\s+){0,2}(?:soldiers|troops|servicemen|recruits)\b|\b[Aa]n?\s+[Rr]ussian\s+(?:contract\s+)?(?:man|volunteer|recruit|private|sergeant|corporal|conscript|serviceman|soldier|contractor|enlistee)\b/.test(
      clause,
    ) &&
      !/\b(?:the same as|as much as|on a par with|equal to)\s+(?:\w+\s+){0,3}(?:soldiers|troops|servicemen|recruits)\b/i.test(
        clause,
      ) &&
      // ("pays the North Koreans “the same $2,000 as its own contract soldiers”": the same sum, paid to them.)
      !/\bthe\s+same\s+[$€£₩₽]?\d[\d,.]*(?:\s+\w+){0,3}\s+as\s+(?:its|their|the|Russia['’]s)\s+own\b/i.test(clause)) ||
    WORKERS.test(clause.replace(EVIDENCE_PHRASE, "")) ||
    (/^\s*(?:who|which|whose)\b/i.test(clause) && WORKERS.test(ctx.sentence.slice(0, ctx.sentence.indexOf(clause))))
  ) {
    return { kind: "context" };
  }
  const perHead =
    q.perHead ||
    /\b(?:each|every)\s+(?:[\w-]+\s+){0,3}(?:soldier|troop|recruit|fighter|conscript|serviceman)\s+(?:(?:sent|deployed|dispatched)\s+(?:to\s+)?(?:\w+\s+)?)?(?:(?:is|will be|would be|gets?|receives?|earns?|was)\s+)?(?:paid\s+|worth\s+)?(?:a\s+(?:monthly\s+)?(?:salary|wage)\s+of\s+)?(?:about|around|some|roughly|up to)?\s*$/i.test(
      before,
    ) ||
    /^[^,.;]{0,12}\b(?:for each|for every|per|to each|each|every)\s+(?:[\w-]+\s+){0,3}(?:soldier|troop|man|person|fighter|recruit|conscript)s?\b/i.test(
      ctx.sentence.slice(q.end),
    ) ||
    // "North Korea has sent about 12,000 soldiers. Each of them is worth roughly $2,000 a month to the regime":
    // each of the soldiers just counted.
    (/^\W*each\s+(?:of\s+them|of\s+those|one)\s+(?:is|will\s+be|would\s+be|gets?|receives?|earns?|was|brings?\s+in)\s+(?:paid\s+|worth\s+)?(?:(?:about|around|some|roughly|up\s+to|perhaps)\s+)?$/i.test(
      before,
    ) &&
      /\b(?:soldiers?|troops?|servicem[ae]n|fighters|recruits|conscripts|North\s+Koreans)\b/i.test(ctx.previous) &&
      // ("Russia now fields 600,000 troops in Ukraine. Each of them gets about 200,000 roubles": another army's.)
      /\b(?:North\s+Korea|Pyongyang|the\s+North|DPRK|Kim\s+Jong[-\s]?[Uu]n|Korean\s+People['’]s\s+Army|KPA)\b/i.test(
        `${ctx.previous} ${ctx.sentence}`,
      )) ||
    // "$2,000 multiplied by 10,000 soldiers", "$2,000 times 12,000 troops": the rate of a product.
    /^\s*(?:a\s+month\s+|per\s+month\s+)?(?:multiplied\s+by|times|×)\s+(?:some\s+|about\s+|around\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:soldiers|troops|men|fighters|recruits)\b/i.test(
      ctx.sentence.slice(q.end),
    );
  // "The regime keeps 90% of the $2,000 … That works out to about $200 a month for each soldier": what a
  // share kept leaves of a pay written just before is what the soldier gets.
  // ("That is $1,800 a month for each soldier": the share kept, of the same pay, is what the regime keeps.)
  const worked =
    perHead && WORKED_OUT_BEFORE.test(before)
      ? partOfShare(q, `${ctx.recent?.() ?? ctx.previous} ${ctx.sentence.slice(0, q.start)}`)
      : null;
  if (worked === "remainder") return { kind: "soldier-take-home" };
  if (worked === "share") return { kind: "context" };
  // "he had been promised $1,500 a month but had never seen a single dollar of it": the pay promised,
  // not what reached him ("promised $300 for a construction posting": a labourer's, not a soldier's).
  if (/\bpromised\s+(?:[\w-]+\s+){0,2}$/i.test(before) && NEVER_RECEIVED.test(ctx.sentence.slice(q.end)))
    return {
      kind: /\b(?:construction|logging|factory|farm|mining|building sites?|labou?r\w*)\b/i.test(ctx.sentence)
        ? "context"
        : "pay-per-soldier",
    };
  if (
    perHead &&
    !/\b(?:end up|takes? home|took home|taking home|take-home|receives? only|only receives?|left with|pocket money|handed)\b/i.test(
      clause,
    )
  )
    return { kind: "pay-per-soldier" };
  // "each soldier is promised about $2,500 a month, of which he receives roughly $500": the whole of
  // which the soldier gets a part is the pay, whatever word comes before it.
  if (
    /^[^.;]{0,30}?,?\s*of\s+which\s+(?:he|she|they|each|the\s+soldiers?|soldiers?|the\s+men|a\s+soldier)\s+(?:only\s+|actually\s+)?(?:receives?|gets?|keeps?|sees?|takes?\s+home)\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "pay-per-soldier" };
  // A share of the pay kept by someone ("the state keeps 90%"), not any percentage nearby.
  const shareNearby =
    (/\b\d+(?:\.\d+)?\s*(?:%|per ?cent)/i.test(ctx.previous + ctx.sentence) &&
      /\b(?:keeps?|kept|keeping|pockets?|pocketed|takes?|took|go(?:es)? (?:to|into)|went (?:to|into)|treasury|coffers?|regime|state|share|cut|skim\w*|confiscat\w*|withh[eo]ld\w*|remainder|rest)\b/i.test(
        ctx.previous + ctx.sentence,
      )) ||
    /\b(?:fraction|remainder|rest of)\b/i.test(wide);
  // What the figure is set against ("bears no relation to what soldiers actually receive") is not what
  // it is; nor is what a contrast after it says ("Russia paid $2,000 a month … but that the men would
  // receive only $100").
  const at = before.length + q.text.length;
  // "receive only a small part of the roughly $2,000 a month that Russia pays for each", "are left with a
  // fraction of the $2,000", "take home about $150 a month of the $2,000 Russia pays": the whole pay a part is taken
  // from, whatever words of receiving stand before it.
  // ("send home half of the $200 they take home each month": a whole that is itself what reaches them.)
  if (PART_OF_BEFORE.test(before) && !THEY_TAKE_HOME_AFTER.test(ctx.sentence.slice(q.end)))
    return { kind: "pay-per-soldier" };
  // "That would leave a soldier paid $2,000 with $200 to $400 a month": what is left is what the soldier
  // takes home; the pay named on the way there is the case it is worked out for.
  if (LEFT_WITH_BEFORE.test(before)) return { kind: "soldier-take-home" };
  // "the soldiers themselves probably receive no more than 20,000 roubles a month …, with the rest retained by
  // Pyongyang": what reaches the soldiers, the rest kept by the state (whatever a speaker's employer is called).
  if (
    SOLDIERS_GET_BEFORE.test(before) &&
    (/\bthemselves\b/i.test(before) ||
      /^[^.;]*?\bwith\s+the\s+(?:rest|remainder|balance)\s+(?:being\s+)?(?:retained|kept|taken|going|pocketed|withheld)\b/i.test(
        ctx.sentence.slice(q.end),
      ))
  )
    return { kind: "soldier-take-home" };
  if (LEAVES_SOLDIER_PAID_BEFORE.test(before) && /^\s*(?:a\s+month\s+)?with\b/i.test(ctx.sentence.slice(q.end)))
    return { kind: "context" };
  const contrast = /\s(?:but|while|whereas)\s/i.exec(clause.slice(at));
  // "… would take home about $670 a month; at a third of $1,000, about $330": a clause with no verb of its own
  // after a semicolon says what the clause before it says, of another case.
  const semi = ctx.sentence.lastIndexOf(";", q.start);
  const elliptical =
    semi > 0 &&
    /^\s*(?:and\s+)?(?:at|with|for)\s[^,;]{1,60},\s*(?:(?:about|around|some|roughly|nearly|just|only)\s+)*$/i.test(
      ctx.sentence.slice(semi + 1, q.start).replace(/(\d),(?=\d)/g, "$1"),
    ) &&
    // ("…; at the regime's rate of 90%, about $1,800 goes to Pyongyang": a clause with a verb of its own says its own.)
    /^\s*(?:(?:a|per|each)\s+(?:month|week|day|year)\s*)?(?:[.;!]|$)/i.test(ctx.sentence.slice(q.end));
  const own = elliptical
    ? ctx.sentence.slice(ctx.sentence.lastIndexOf(";", semi - 1) + 1, semi)
    : (contrast ? clause.slice(0, at + contrast.index) : clause).replace(SET_AGAINST_TAIL, "");
  if (
    /\b(?:end up|takes? home|took home|taking home|take-home|actually (?:get|receive)|receive only|only receive|left with|pocket only|sent home|sends home|send home)\b/i.test(
      own,
    ) ||
    /\breceive\b[^,.;]*\bonly\b|\bonly\b[^,.;]{0,20}$/i.test(before + " ") ||
    // "a soldier would keep between $100 and $200 of each month's pay".
    (SOLDIERS_GET_BEFORE.test(before) &&
      /^\s*of\s+(?:it|that|this|the|their|his|each)\b/i.test(ctx.sentence.slice(q.end)))
  ) {
    return { kind: "soldier-take-home" };
  }
  // (What the regime would "receive" is no soldier's: "Pyongyang would receive about $22 million".)
  if (shareNearby && RECEIVES_NOT_STATE.test(own)) return { kind: "soldier-take-home" };
  // "handed each soldier 15,000 rubles … as pocket money", "soldiers are credited with 200,000 won a
  // month, to be paid out when they return": money put in a soldier's own hands or account.
  if (
    /\b(?:pocket money|handed\s+(?:each|every|the)\s+(?:soldier|man|men|soldiers)|(?:are|is|were|was)\s+credited\s+with|paid\s+out\s+(?:to\s+them\s+)?(?:when|once|after)\s+they\s+return)\b/i.test(
      ctx.sentence,
    ) &&
    !/\b(?:regime|state|pyongyang|government|treasury)\b/i.test(before)
  )
    return { kind: "soldier-take-home" };
  // "a private received perhaps $150 a month, against the roughly $2,000 that Russia was paying per man":
  // what a soldier gets, set against what Russia pays for him.
  if (
    /\b(?:receive[sd]?|receiving|gets?|got|sees?|saw|keeps?|kept|earns?|earned)\s+(?:[a-z]+\s+){0,2}$/i.test(before) &&
    AGAINST_RUSSIAS_PAY.test(ctx.sentence.slice(q.end))
  )
    return { kind: "soldier-take-home" };
  // "a private gets perhaps $50", "they got $100 at the end", "soldiers were given $100" (but "get paid
  // $2,000" is pay, and what the regime or the state gets is not a soldier's).
  if (
    /\b(?:gets?|got|getting|sees?|saw|(?:is|are|was|were)\s+given)\s+(?!paid\b)(?:[a-z]+\s+){0,2}$/i.test(before) &&
    !/\b(?:regime|state|pyongyang|north korea|government|treasury|coffers|leadership|kim jong[\s-]?un)\b/i.test(before)
  )
    return { kind: "soldier-take-home" };
  // "South Korea sent some 320,000 troops to Vietnam between 1964 and 1973, and was paid hundreds of millions of
  // dollars by Washington": another war's pay, in a part of the sentence dated decades back (not "a Korean War
  // veteran said the $2,000 a month the young soldiers receive …", nor "…between 1950 and 1953; each soldier now earns …").
  {
    const part = ctx.sentence.slice(ctx.sentence.lastIndexOf(";", q.start) + 1).split(";")[0] ?? "";
    if (
      /\b19\d\d\s+(?:and|to|-|–)\s+19\d\d\b|\bin\s+the\s+(?:19)?[5-9]0s\b/.test(part) &&
      !/\b(?:now|today|currently|these\s+days|this\s+year)\b|\b(?:are|is)\s+(?:being\s+)?(?:paid|earning|given)\b|\b(?:earns|receives|gets)\b/i.test(
        part,
      ) &&
      !/\bRussia|\bUkrain|\bKursk\b|\bMoscow\b/.test(part)
    )
      return { kind: "context" };
    // ("Mercenaries in Syria earned about $3,000 a month, …, against roughly $2,000 for each North Korean soldier":
    // the pay of another war, named in the figure's own clause.)
    const own = ctx.sentence.slice(0, q.start).split(/[,;]/).at(-1) ?? "";
    if (
      /\b(?:in|to|from)\s+(?:Vietnam|Syria|Afghanistan|Iraq|Libya|Mali|Angola|Ethiopia|Yemen|Chechnya)\b/.test(own) &&
      !/\bNorth\s+Korea|\bRussia|\bUkrain|\bKursk\b/.test(own)
    )
      return { kind: "context" };
  }
  // "£3 billion in military support to Ukraine": another country's aid, not what Russia pays.
  if (
    /\b(?:aid|support|assistance|package|loans?|grants?|funding)\b[^.;]{0,40}?\b(?:to|for)\s+(?:Ukraine|Kyiv)\b/i.test(
      clause,
    )
  )
    return { kind: "context" };
  // "$10,000 in compensation for each soldier killed": paid once for a death, not a month's pay.
  if (
    /^\s+(?:in|as)\s+(?:compensation|death\s+benefits?|condolence\s+(?:money|payments?))\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "context" };
  // "compensation of up to 100,000 rubles per household", "a death benefit of $5,000": what families are
  // paid for a loss, not a soldier's pay.
  if (
    /\b(?:compensation|death (?:benefits?|payments?|grants?)|condolence (?:money|payments?)|payouts?)\s+(?:of\s+)?(?:(?:up to|as much as|about|around|some|roughly|nearly)\s+)*$/i.test(
      before,
    ) ||
    // "the compensation would total some 3 billion rubles": what the payments to families add up to.
    /\b(?:compensation|death (?:benefits?|payments?)|condolence (?:money|payments?)|payouts?)\s+(?:(?:would|could|will|might|may)\s+)?(?:totals?|totalled|totaled|total|amounts? to|amounted to|comes? to|came to|reach(?:es|ed)?)\s+(?:(?:up to|as much as|about|around|some|roughly|nearly)\s+)*$/i.test(
      before,
    ) ||
    /^\s*(?:(?:a|per|each)\s+)?(?:per\s+)?(?:household|family|bereaved family)\b/i.test(ctx.sentence.slice(q.end))
  )
    return { kind: "context" };
  // "At $1,800 kept from each of the 18,000 soldiers": what is kept back, not what is paid.
  if (
    /^\s+(?:kept|retained|withheld|skimmed|taken|confiscated)\s+(?:back\s+)?(?:from|by|off)\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { kind: "context" };
  // "the regime keeps $19.8 million of it", "At $1,800 kept from each …, Pyongyang pockets $32.4
  // million": what the regime keeps, not what Russia pays.
  if (
    dollars >= 1_000_000 &&
    (/\b(?:keeps?|kept|retains?|retained|skims?|skimmed|withholds?|withheld)\s+(?:(?:about|around|some|roughly|nearly|up to|as much as|an estimated)\s+)*$/i.test(
      before,
    ) ||
      (/\b(?:pockets?|pocketed)\s+(?:(?:about|around|some|roughly|nearly|up to|as much as|an estimated)\s+)*$/i.test(
        before,
      ) &&
        /\b(?:kept|keeps?|retained|withheld)\b/i.test(ctx.sentence)))
  )
    return { kind: "context" };
  // "…, and the soldiers would share about $26 million": what all the soldiers together get of it, not
  // what Russia pays.
  if (
    dollars >= 1_000_000 &&
    /\b(?:soldiers|troops|men)\s+(?:themselves\s+)?(?:(?:would|could|will|might|may)\s+)?(?:share|shared|get|got|receive|received|keep|kept|be left with|are left with)\s+(?:only\s+)?(?:(?:about|around|some|roughly|nearly|up to|as much as|an estimated|just)\s+)*$/i.test(
      before,
    )
  )
    return { kind: "context" };
  // "if the regime keeps 90%, that is about $19.8 million a month": the share kept, not what is paid.
  if (
    dollars >= 1_000_000 &&
    /\b(?:keeps?|kept|takes?|took|retains?|pockets?|skims?|siphons?)\s+(?:off\s+)?(?:(?:about|around|some|roughly|up to|as much as)\s+)?\d[\d.]*\s*(?:%|per\s?cent|percent)\s*,\s*(?:that|which|this)\s+(?:is|would be|comes to|amounts to|means)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$/i.test(
      ctx.sentence.slice(Math.max(0, q.start - 120), q.start),
    )
  )
    return { kind: "context" };
  if (
    (dollars >= 1_000_000 && !perHead) ||
    /\b(?:a total|in total|total of|altogether|in all|adds up|amounts to)\b/i.test(clause)
  ) {
    return { kind: "pay-total" };
  }
  // "At $2,000 a month for each of the 11,000 soldiers, Pyongyang would receive …": what the regime receives
  // is no soldier's take-home.
  // "the soldiers would actually see about 10 per cent of that, around $200, paid in roubles": the sum set beside
  // the share the soldiers see is what they see, whatever words of pay follow it.
  if (
    SOLDIERS_GET_BEFORE.test(ctx.sentence.slice(0, q.start)) &&
    /(?:%|\bper\s*cent|\bpercent|\bpc)\s+of\s+(?:(?:it|that|this)\s*[,(—–]|(?:the|their|his|her)\s+[\w-]+\s*[(—–])\s*[^,(—–]*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { kind: "soldier-take-home" };
  const cueText = wide.replace(SET_AGAINST_TAIL, "").replace(STATE_RECEIVES, "");
  const k = bestKind("money", own.replace(STATE_RECEIVES, ""), cueText, new Set(["pay-total", "domestic-wage"]));
  return { kind: k ?? "context" };
}

/**
 * Right after a sum, the thing it pays for, with a word of what kind at most between ("upgrade", "housing
 * project", "contract", "fine"): the sum is that thing's price (a building's for whomever it is; but "a programme for
 * the soldiers" or "a contract for the troops" may be their pay).
 */
const THING_PAID_FOR_AFTER =
  /^[\s-]*(?:(?!(?:monthly|weekly|yearly|annual|daily|salary|wage|pay)\s)[a-z]+\s+)?(?:(?:upgrades?|renovations?|refurbishments?|overhauls?|expansions?|extensions?|redevelopments?|facilit(?:y|ies)|buildings?|bridges?|stadiums?|bail|lawsuits?|fines?)\b|(?:projects?|contracts?|grants?|loans?|investments?|settlements?|prizes?|rewards?|bount(?:y|ies)|programmes?|programs?)\b(?!\s+(?:to|for)\s+(?:the\s+)?(?:North\s+Korean\s+)?(?:soldiers|troops|men|fighters)\b(?!['’])))/i;

/**
 * "What is left for the soldier, perhaps ", "what remains to the men: about ", "What remains for the soldier after the
 * state's deductions is perhaps ": the sum that follows is what he keeps.
 */
const LEFT_FOR_THE_SOLDIER_BEFORE =
  /\bwhat(?:\s+is|['’]s|\s+remains|\s+gets)\s+(?:left|over|left\s+over|passed\s+on)?\s*(?:for|to)\s+(?:the\s+|each\s+|every\s+)?(?:North\s+Korean\s+)?(?:soldiers?|men|troops|him|them|fighters?)(?:\s+(?:after|once)\s+[^.;:]{1,60}?\s+is\s+|\s*[,:—–-]?\s*(?:is\s+)?)(?:(?:perhaps|maybe|about|around|some|roughly|only|just|probably|at\s+most|no\s+more\s+than)\s+)*$/i;

/**
 * ", the first of an expected 12,000", ", the first batch of a planned …", " are the first wave of what may become 15,000":
 * the whole to come, set after a part sent.
 */
const FIRST_OF_PLANNED =
  /,\s*(?:the|a)\s+first\s+(?:[\w-]+\s+)?of\s+(?:an?|the)\s+(?:planned|expected|promised|pledged|proposed|projected|anticipated|intended)\b|\b(?:are|is|were|was)\s+(?:the|a)\s+first\s+(?:[\w-]+\s+)?of\s+what\s+(?:could|may|might|will|would)\s+(?:eventually\s+|ultimately\s+)?(?:be|become|grow\s+to|reach)\b/i;

/**
 * A figure's clause without the whole to come set after it as an aside ("1,500 … have been shipped to Vladivostok, the
 * first of an expected 12,000"): what is expected is the whole, not the part already sent.
 *
 * @param clause The figure's clause.
 * @param q The figure.
 * @returns The clause's text, up to such a whole when it comes after the figure.
 */
function beforeFirstOfPlanned(clause: { text: string; start: number }, q: Quantity): string {
  const m = FIRST_OF_PLANNED.exec(clause.text);
  if (!m || clause.start + m.index < q.end) return clause.text;
  // (Only the aside goes, up to its closing comma: "…, the first of a planned 12,000, will be shipped" still plans.)
  const close = clause.text.indexOf(",", m.index + m[0].length);
  return clause.text.slice(0, m.index) + (close >= 0 ? clause.text.slice(close) : "");
}

/**
 * After a share, what makes it a change or an error: " too high", " higher than", " more", " of what they lost before"
 * (not " of what Russia pays", a share of the pay).
 */
const RELATIVE_AFTER =
  /^\s*[”"’]?\s*(?:too\s+(?:high|low|large|small|big|many|few)|(?:higher|lower|larger|smaller|bigger|more|less|fewer)\b(?!\s+of\b)|of\s+what\s+(?:[\w’'-]+\s+){1,2}(?:lost|suffered)\b)/i;

/** A gallery's picture number at the start of its caption: "3/8 Two North Korean prisoners …". */
const PICTURE_NUMBER = /^\s*\d{1,3}\s*\/\s*\d{1,3}(?=\s+["“]?\p{Lu})/u;

/** After a figure, a relative clause that names who says it and what befell them: " Kyiv says were sent". */
const SPEAKER_CLAUSE_AFTER =
  /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:says?|said|estimates?|estimated|believes?|believed|reckons?|thinks?)\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+(?:already\s+)?(?:sent|deployed|dispatched|killed|wounded|injured|stationed)|(?:have|had)\s+(?:died|arrived|been\s+sent))\b/u;

/** The regime as the one who receives: "Pyongyang would receive", "the state receives". */
const STATE_RECEIVES = new RegExp(String.raw`${STATE_AS_SUBJECT}(?:receives?|received|receiving)\b`, "gi");

/** National income per head. */
const PER_CAPITA = /\b(?:per capita|gni|gdp per (?:head|person)|national income per)\b/i;
/** A one-off payment on signing up, not a wage. */
const BONUS = /\b(?:(?:signing|sign-up|sign-on|enlistment|one-off|one-time|joining)\s+(?:bonus|payment|fee)|bonus)\b/i;
/** Money that is no pay after a sum: "of Russian central bank assets", "in cryptocurrency", "worth of Russian oil". */
const OTHER_MONEY_AFTER =
  /^\s*(?:(?:a|per)\s+(?:year|month)\s+)?(?:worth\s+)?(?:of|in)\s+(?:(?:frozen|russian|russia['’]s|sovereign|central[\s-]bank|foreign|state|stolen|digital)\s+){0,4}(?:assets|reserves|energy|oil|gas|coal|crypto\w*|bitcoin|ether|tokens|exports|imports|goods|trade)\b/i;
/** Recruits of another country, whose pay is only a comparison. */
const OTHER_RECRUITS = new RegExp(
  String.raw`\b(?:russian|russia['’]s|ukrainian|contract|other|${OTHER_NATIONS})\s+(?:\w+\s+){0,2}(?:soldiers?|troops|servicemen|recruits?|mercenar(?:y|ies)|fighters?|volunteers?|infantrym[ae]n|privates?|men)\b|${FROM_OTHER_PLACE}|${OTHER_NATIONALS}`,
  "i",
);

/**
 * Whether a text is about another country's recruits; "contract" or "other" next to North Korean
 * soldiers ("a contract with North Korean soldiers") does not count.
 *
 * @param text A clause.
 * @returns True when it names other recruits.
 */
/** A later sum of the pay a sentence has spoken of: "it fell to", "the sum was cut to", "new recruits get". */
const SAME_PAY_AGAIN =
  /\b(?:(?:it|the\s+(?:sum|amount|pay|figure|rate|bonus|payment))\s+(?:has\s+|had\s+)?(?:since\s+)?(?:fell|fallen|dropped|rose|risen|grew|was\s+(?:cut|raised|lowered|reduced)|been\s+(?:cut|raised|lowered|reduced))\s+to|new\s+recruits\s+(?:get|receive|are\s+paid|are\s+offered))\b/i;

function otherRecruits(text: string): boolean {
  const m = OTHER_RECRUITS.exec(text);
  // "paid the same as Russian contract servicemen": the same pay, so the figure is theirs too.
  if (
    m &&
    // ("the same as it pays Nepali recruits": the one who pays may stand between.)
    /\b(?:the same as|as much as|on a par with|equal to|like)\s+(?:(?:it|they|Russia|Moscow)\s+(?:pays?|gives?|offers?)\s+)?$/i.test(
      text.slice(Math.max(0, m.index - 40), m.index),
    )
  )
    return false;
  return m !== null && !/\bnorth korean|\bkorean\b|\bdprk\b/i.test(m[0]);
}

/**
 * Whether a sum is said of North Korean soldiers in its own words, whatever other recruits the sentence
 * compares them with: "$2,000 a month for each North Korean soldier, twice the $1,000 a Nepali recruit
 * gets", "…, while North Korean soldiers get $2,000".
 *
 * @param q The sum.
 * @param sentence Its sentence.
 * @returns True when the sum's own words name North Korean soldiers.
 */
function forNorthKoreans(q: Quantity, sentence: string): boolean {
  return (
    /^[^,;]{0,40}?\b(?:for|per|to)\s+(?:each|every|a|the)?\s*north\s+korean\b/i.test(sentence.slice(q.end)) ||
    // ("Russia pays the North Koreans “the same $2,000 as its own contract soldiers”": paid to them, as to the others.)
    /\b(?:pays?|paid|paying|gives?|gave|offers?|offered)\s+(?:the\s+)?north\s+koreans?\s+[“"‘]?(?:the\s+same\s+)?[$€£₩₽]?$/i.test(
      sentence.slice(0, q.start),
    ) ||
    /\bnorth\s+korean\s+(?:\w+\s+)?(?:soldiers?|troops|recruits?|servicem[ae]n)\s+(?:\w+\s+){0,3}$/i.test(
      sentence.slice(0, q.start).split(/[,;]/).pop() ?? "",
    )
  );
}

/**
 * The words a relative clause ("which was ...") leans on: the clause just before it.
 *
 * @param clause The figure's clause.
 * @param sentence The sentence.
 * @returns The preceding clause, or "" when the figure's clause is not relative.
 */
function relativeAntecedent(clause: string, sentence: string): string {
  if (!/^\s*(?:who|which|whose)\b/i.test(clause)) return "";
  const at = sentence.indexOf(clause);
  if (at <= 0) return "";
  const before = sentence.slice(0, at);
  const spans = clauses(before);
  const last = spans[spans.length - 1];
  return last ? before.slice(last[0], last[1]) : before;
}

/**
 * The currency named just before an amount that names none ("gave a similar number in rubles, 180,000 a
 * month").
 *
 * @param q Quantity.
 * @param s Sentence.
 * @returns Unit or null.
 */
function namedCurrencyBefore(q: Quantity, s: string): Unit | null {
  if (q.currency || q.currencyWord || q.percent) return null;
  const named = /\bin\s+(rubles|roubles|dollars|euros)\s*,\s*$/i.exec(s.slice(Math.max(0, q.start - 30), q.start));
  const codes: Readonly<Record<string, Unit>> = { rubles: "RUB", roubles: "RUB", dollars: "USD", euros: "EUR" };
  return named?.[1] ? (codes[named[1].toLowerCase()] ?? null) : null;
}

/**
 * A currency code for a quantity; bare "won" is North Korean when the sentence is about the North.
 *
 * @param q Quantity.
 * @param s Sentence.
 * @returns Unit or null.
 */
function currencyUnit(q: Quantity, s: string): Unit | null {
  if (q.currency && isCurrency(q.currency)) return q.currency;
  const named = namedCurrencyBefore(q, s);
  if (named) return named;
  if (q.currencyWord && /won/i.test(q.currencyWord)) {
    if (/south korean won|\bkrw\b/i.test(q.text)) return "KRW";
    if (/north korean won|\bkpw\b/i.test(q.text)) return "KPW";
    // A dollar conversion in brackets tells the rate: South Korean won trade near 1,000–2,000 to the dollar.
    const alt = q.alternate?.currency === "USD" ? (q.alternate.min ?? q.alternate.max) : null;
    const v = q.min ?? q.max ?? 0;
    if (alt) return v / alt > 900 && v / alt < 2000 ? "KRW" : "KPW";
    // "Soldiers' families in North Korea receive 300,000 won a month": money paid inside the North, when
    // the words before it name no one in the South, is the North's won.
    const lead = s.slice(0, Math.max(0, q.start));
    if (/\b(?:in|inside|within)\s+(?:North\s+Korea|the\s+North)\b/i.test(lead) && !/\b(?:South|Seoul)\b/.test(lead))
      return "KPW";
    // ("South Korea's minimum wage will rise … to 10,320 won an hour": the South's own wages are in its won.)
    if (
      /\b(?:South\s+Korea['’]s|South\s+Korean|Seoul['’]s|in\s+South\s+Korea|in\s+the\s+South)\b/i.test(lead) &&
      !/\bNorth\b/.test(lead)
    )
      return "KRW";
    // ("A former soldier said he was paid nothing until he returned home, and then only 200,000 won": a soldier paid
    // at home, back from Russia, is paid in the North's won.)
    if (
      /\b(?:returned|returning|returns|comes|came|come|came\s+back|got\s+back|went\s+back)\s+home\b|\bback\s+home\b/i.test(
        s,
      ) &&
      /\b(?:soldiers?|servicem[ae]n|conscripts?|privates?)\b/i.test(s) &&
      !/\b(?:South|Seoul|defected|defectors?|escaped)\b/.test(s)
    )
      return "KPW";
    // Reports from the South give large sums in the South's won; pay inside the North is small.
    return v >= 100_000 && !/\bnorth korean\s+won\b/i.test(s) ? "KRW" : "KPW";
  }
  return null;
}

/** "over a twelve-month tour", "for a six-month deployment": a total over a stated stretch of service. */
const OVER_DURATION =
  /^\s*(?:over|for|during|across|in)\s+(?:a|an|the|one|its|their|his|her)\s+(?:(\w+)[-\s])?(month|year)s?(?:[-\s]long)?\s+(?:tour|deployment|stint|posting|rotation|period|contract|term|service)\b/i;

/**
 * The period of a money total over a stated stretch of service: a year for twelve months or one year,
 * none for any other stretch (a total over six months is no monthly or yearly rate).
 *
 * @param after The clause after the figure.
 * @returns The period, null for none, or undefined when no such stretch follows.
 */
function totalOver(after: string): Period | null | undefined {
  const m = OVER_DURATION.exec(after);
  if (!m) return undefined;
  const n = (m[1] ?? "one").toLowerCase();
  const unit = (m[2] ?? "").toLowerCase();
  if (unit === "year" && /^(?:one|1|a)$/.test(n)) return "year";
  if (unit === "month" && /^(?:twelve|12)$/.test(n)) return "year";
  return null;
}

/** Words between a rate and a later sum that make the sum another payment: a comparison. */
const NOT_DERIVED_BETWEEN =
  /\b(?:less than|more than|compared (?:with|to)|against|unlike|instead of|rather than|than)\b/i;
/** Words between a rate and a later sum that work the sum out from it. */
const DERIVED_BETWEEN =
  /\b(?:translates?|amounts?|adds? up|comes? to|works? out|means|totals?|totalling|totaling|making|equivalent|worth|multiplied|times)\b/i;

/**
 * After a sum: the stretch of several periods or the year up to which it adds up ("…, about $1.5 billion
 * over five years", "… by 2030", "… if the deployment continues until 2030"). Such a sum has no period
 * of its own, whatever the rate before it.
 */
const CUMULATIVE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:[a-z]+\s+){0,2}${SEVERAL_PERIODS.source}|(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b|since\b|(?:so\s+far|to\s+date)\b(?!\s*,?\s*(?:a|per|each|every)\s+(?:month|year|week|day)\b)|if\b[^.;]{0,60}?\b(?:until|till|through|into|by)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)`,
  "i",
);

/**
 * A total derived in the same sentence from a rate inherits its period
 * ("$2,000 per month, which translates to $22 million").
 *
 * @param q The total.
 * @param ctx Sentence context.
 * @returns The period of an earlier money figure, or null.
 */
function inheritedPeriod(q: Quantity, ctx: FigureContext): Period | null {
  const lead = ctx.sentence.slice(0, q.start);
  // ("the total owed for the deployment had reached “approximately $580 million” by the spring": a running total, of no
  // period, whatever the rate before it.)
  // (Not a rate that rises: "rising to $2,400 by the summer", "$1,500 by the time they reached the front".)
  if (
    RUNNING_TOTAL_AFTER.test(ctx.sentence.slice(q.end)) &&
    ((q.min ?? q.max ?? 0) >= 1_000_000 ||
      /\b(?:total|tally|cumulative|altogether|owed)\b|\b(?:had|has|have)\s+(?:amassed|accumulated|saved|collected|earned|received|been\s+paid|sent\s+home)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*[“"]?[$€£₩₽]?\s?$/i.test(
        lead,
      ))
  )
    return null;
  // "Over two years, … would bring Pyongyang $672 million": a sum over several periods has none of its own.
  if (SEVERAL_PERIODS.test(lead)) return null;
  // ("the bill for the first two contingents has already run to 300 million dollars": a bill run up so far.)
  if (
    /\b(?:bill|cost|costs|tab|total|payments?)\b[^.;]{0,50}\b(?:has|have|had)\s+(?:already\s+|now\s+)?(?:run|come|risen|climbed|grown|amounted|reached)\s+(?:to\s+)?(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|an\s+estimated)\s+)*[“"]?[$€£₩₽]?\s?$/i.test(
      lead,
    )
  )
    return null;
  // "signing bonuses of up to 1.9 million roubles", "a one-off payment of …": paid once, whatever the rate.
  if (/\b(?:bonus(?:es)?|one-off|one-time|lump[- ]sums?|signing|compensation|payouts?)\b[^.;]{0,30}$/i.test(lead))
    return null;
  // "Over a year, the $22 million a month would add up to $264 million": the stretch the sentence names
  // for the total is its period, not the rate's.
  const over = /\b(?:over|in|for|across)\s+(?:a|one|the)\s+(?:full\s+|whole\s+)?(year|month)\b/i.exec(
    ctx.sentence
      .slice(0, q.start)
      .replace(/[$€£¥₩]\s?[\d,.]+(?:\s*(?:million|billion|m|bn))?\s+(?:a|per|each)\s+(?:month|year)/gi, ""),
  );
  if (over?.[1]) return over[1].toLowerCase() === "year" ? "year" : "month";
  for (const o of ctx.all) {
    if (o.end > q.start || !(o.currency || o.currencyWord) || !o.per) continue;
    // "far less than the 300,000 won bonus promised": another sum, not one worked out from the rate.
    const between = ctx.sentence.slice(o.end, q.start);
    if (NOT_DERIVED_BETWEEN.test(between) && !DERIVED_BETWEEN.test(between)) continue;
    return o.per;
  }
  // "That amounts to ..." continues the previous sentence's rate.
  if (/^(?:that|this|which)\s+(?:amounts|adds up|translates|comes|means)\b/i.test(ctx.sentence.trim()))
    return periodWord(ctx.last ?? ctx.previous);
  // "… paid $2,000 a month. A soldier would be lucky to see $100 of it.": a part of the pay the
  // sentences before give, over its period.
  if (
    /^\s*of\s+(?:it|that|this|the\s+(?:pay|salary|sum|amount|money|wages?))\b/i.test(ctx.sentence.slice(q.end)) &&
    /[$€£¥₩]\s?\d|\b(?:dollars?|won|rubles?|roubles?|yuan)\b/i.test(ctx.previous)
  )
    return periodWord(ctx.previous);
  return null;
}

/**
 * After a sum, that it is a total up to a time: " by the spring", " so far", " to date", " by mid-2025" (not " in total",
 * which sums soldiers: "33.6 billion won in total for 12,000 soldiers" is a month's).
 */
const RUNNING_TOTAL_AFTER =
  /^[”"’]?\s+(?:so\s+far|to\s+date|by\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|middle|start|beginning|time|mid-?\w*|early|late|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b/i;

/**
 * The period a rate's words give ("a month", "per year", "monthly").
 *
 * @param text Text with a rate in it.
 * @returns Its period, or null.
 */
function periodWord(text: string): Period | null {
  const prev = /\b(?:a|per|each|every)\s+(month|year|week)\b|\b(monthly|annually|yearly)\b/i.exec(text);
  const w = (prev?.[1] ?? prev?.[2] ?? "").toLowerCase();
  if (w.startsWith("month")) return "month";
  if (w === "year" || w === "annually" || w === "yearly") return "year";
  if (w === "week") return "week";
  return null;
}

/** "… were already in the Kursk region": where a count stands (a place, never a month or a weekday). */
const PLACED_AFTER = new RegExp(
  String.raw`^\s+(?:(?:North\s+Korean\s+)?(?:troops|soldiers|servicemen|fighters|men)\s+)?(?:(?:were|are|was|is|remain|remained|had been|have been|had|have|has)\s+)?(?:(?:already|now|still|currently|deployed|stationed|fighting|in\s+combat|engaged)\s+)*(in|inside|near|reached|entered)\s+((?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\b)\p{Lu}[\p{L}’'-]*(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Aa]rea|[Ff]ront|[Ss]ector))?)`,
  "u",
);

/** Soldiers said to be fighting at the front right after their count: " North Korean soldiers were now fighting at the front". */
const FIGHTING_AT_FRONT_AFTER =
  /^\s+(?:(?:North\s+Korean\s+)?(?:troops|soldiers|servicemen|fighters|men)\s+)?(?:(?:(?:were|are|was|is|remain|remained|had been|have been)\s+)?(?:(?:already|now|still|currently|actually|actively)\s+)*(?:fighting|in\s+combat|engaged\s+in\s+combat)|(?:remain|remained|remains|stayed|stay|still)(?:\s+(?:deployed|stationed))?)\s+(?:at|on|along)\s+(?:the\s+)?front(?:[\s-]?lines?)?\b/i;
/** A count named as the front line's before it, in its clause: "The front-line numbers are small, perhaps". */
const FRONT_LINE_COUNT_BEFORE =
  /\bfront[\s-]?line\s+(?:numbers?|strength|contingent|troops|soldiers|forces?)\s+(?:(?:is|are|was|were)\s+(?:[\w-]+\s*,?\s+){0,3}?|(?:(?:now|currently|still|only)\s+)?(?:numbers?|numbered|totals?|totalled|totaled)\s+|at\s+|of\s+)(?:(?:perhaps|maybe|about|around|some|roughly|only|just|at\s+most|fewer\s+than|under)\s+)*$/i;

/**
 * The scope of a count that is part of another in its sentence: "approximately 16,000, including
 * 11,500 in combat units" counts those in combat units.
 *
 * @param q The count.
 * @param ctx Its sentence.
 * @returns The scope, or null when the count is no such part.
 */
function partOf(q: Quantity, ctx: FigureContext): string | null {
  const s = ctx.sentence;
  // "The figure includes the first deployment of about 11,000 troops": a part of a figure the
  // sentence points back at.
  if (
    /\b(?:the|this|that)\s+(?:[\w,]+\s+)?(?:figure|total|number|count|estimate|tally)\s+(?:\w+\s+)?(?:includes?|included|comprises?)\s+(?:[\w-]+\s+){0,4}?(?:(?:about|some|around|roughly|an estimated)\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 90), q.start),
    ) &&
    !KILLED_CUE.test(s.slice(q.end)) &&
    !HURT_CUE.test(s.slice(q.end))
  )
    return "part of the larger count before it";
  // "10,000 … in Russia, adding that around 8,000 were already in the Kursk region": a smaller count the
  // sentence places somewhere, after a larger count, counts those there.
  // ("about 8,000 North Korean troops were fighting in the Kursk region": a count of those fighting in one
  // place, whatever the sentence counts before it; "in Russia" is the whole deployment.)
  const placed = PLACED_AFTER.exec(s.slice(q.end));
  const high = q.max ?? q.min;
  const larger =
    high !== null &&
    ctx.all.some(
      (o) => o.end <= q.start && o.form === "amount" && o.currency === null && !o.currencyWord && (o.min ?? 0) > high,
    );
  // (A count "in the Kursk region" alone may be the whole deployment, placed where it went; one "fighting"
  // there counts those in combat.)
  // ("roughly 11,000 remained in the Kursk region": those still there, after losses and moves, are a part too.)
  const fighting =
    /\b(?:fighting|in\s+combat|engaged|remain|remains|remained|still)\s+(?:in|inside|near)\s/i.test(
      placed?.[0] ?? "",
    ) && !/^(?:the\s+)?(?:Russia|Russian\s+Federation)$/i.test(placed?.[2] ?? "");
  // ("the first 3,000 … had reached the Kursk region; by its count 11,000 were then in Russia": those there.)
  const arrived = /^(?:reached|entered)$/i.test(placed?.[1] ?? "");
  if (
    placed?.[2] &&
    (larger ||
      fighting ||
      (arrived && /\b(?:Kursk|Belgorod|Bryansk|Donetsk|Luhansk|Zaporizh\w*|Kherson|Kharkiv)\b/.test(placed[2])))
  )
    return `those ${arrived ? "in" : placed[1]} ${placed[2]}`;
  // "fewer than 1,000 … were now fighting at the front", "The front-line numbers are small, perhaps 800": those in
  // combat, not the whole force.
  if (
    (FIGHTING_AT_FRONT_AFTER.test(s.slice(q.end)) &&
      // ("The bodies of about 500 … remained at the front": the dead left there, no count of those fighting.)
      !/\b(?:bodies|remains|corpses)\s+of\s+(?:(?:about|around|some|roughly|nearly)\s+)?$/i.test(
        s.slice(0, q.start),
      )) ||
    FRONT_LINE_COUNT_BEFORE.test(s.slice(0, q.start))
  )
    return "those at the front";
  if (
    !/\b(?:including|includes?|included|of whom|of which|among them|among whom)\s+(?:about\s+|some\s+|around\s+|roughly\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 30), q.start),
    ) &&
    // "including 1,000 deminers and 5,000 military builders": each item of the list is a part.
    !/\b(?:including|of whom|of which|among them|among whom)\s+[^;.:]*?\d[^;.:]*?(?:,|\band)\s+(?:about\s+|some\s+|around\s+|roughly\s+)?$/i.test(
      s.slice(Math.max(0, q.start - 100), q.start),
    )
  )
    return null;
  if (!ctx.all.some((o) => o.end <= q.start && o.form === "amount" && o.currency === null && !o.currencyWord))
    return null;
  // "of whom 300 were killed": the losses of a force are counted as losses, not as a part of it.
  if (KILLED_CUE.test(s.slice(q.end)) || HURT_CUE.test(s.slice(q.end)) || /\bcasualt/i.test(s.slice(q.end)))
    return null;
  const what = /^\s+((?:in|on|at|with|from|near|serving|fighting|deployed)\b[^,;.]{1,50})/i.exec(s.slice(q.end))?.[1];
  return what ? `those ${what.trim()}` : "part of the larger count before it";
}

/** A whole military unit a sum may be paid for: "a battalion", "a whole brigade". */
const PAYEE_UNIT = String.raw`(?:whole\s+|single\s+)?(?:battalion|brigade|regiment|division|company|unit)`;
/** A military unit as the payee before a sum: "For a battalion of 500 men, the payment comes to …". */
const PAID_FOR_UNIT = new RegExp(
  String.raw`\b(?:for|per|to)\s+(?:a|an|one|each|every|the)\s+${PAYEE_UNIT}\b(?:\s+of\s+[^,;.]{1,30})?\s*,?[^.;]{0,60}$`,
  "i",
);
/** …or after it: "90 million rubles paid per battalion", "$1 million a month for each brigade". */
const PAID_PER_UNIT_AFTER = new RegExp(
  String.raw`^[^.;,]{0,40}?\b(?:per|for\s+(?:a|an|one|each|every|the))\s+${PAYEE_UNIT}\b`,
  "i",
);

/**
 * A sum in the millions, or one that comes to $200,000 a month or more ("$500,000 a day"), is never one
 * soldier's pay: it is a total ("you get $288 million a year"). Nor
 * is a sum under $100,000 the total paid for a deployment of thousands: it is one soldier's ("the
 * $10,000 appears to be the total of five months of the $2,000 monthly payment").
 *
 * @param c The money's kind.
 * @param q The figure.
 * @param unit Its currency.
 * @returns The kind, a total or a soldier's pay when the other would be absurd.
 */
function perSoldierSanity(c: { kind: KindId }, q: Quantity, unit: Unit, sentence: string): { kind: KindId } {
  const perSoldier = c.kind === "pay-per-soldier" || c.kind === "soldier-take-home" || c.kind === "domestic-wage";
  const dollars = inDollars(q, unit);
  // ("half a million dollars a day": a month of it, $15 million, is no soldier's pay either.)
  const monthly = dollars !== null && q.per !== null ? dollars * PER_MONTH[q.per] : 0;
  // ("promised each soldier $10,000 a day": a sum said outright to be each soldier's stays his, however large.)
  const eachSoldier =
    /\b(?:each|every|per|a)\s+(?:North\s+Korean\s+)?(?:soldier|serviceman|man|private|conscript)\b/i.test(sentence);
  if (perSoldier && ((dollars ?? 0) >= 1_000_000 || (monthly >= 200_000 && !eachSoldier))) return { kind: "pay-total" };
  // "For a battalion of 500 men, the payment comes to 90 million rubles", "90 million rubles paid per
  // battalion": a sum for a whole unit, not for one soldier.
  if (perSoldier && (PAID_FOR_UNIT.test(sentence.slice(0, q.start)) || PAID_PER_UNIT_AFTER.test(sentence.slice(q.end))))
    return { kind: "pay-total" };
  if (c.kind === "pay-total" && dollars !== null && (q.max ?? q.min) !== null && dollars < 100_000)
    return { kind: "pay-per-soldier" };
  // ("A North Korean private, defectors tell us, earns less than $1 a month": a few dollars a month paid to a North
  // Korean soldier or worker, in a sentence that speaks of no Russia, is pay at home.)
  if (
    c.kind === "pay-per-soldier" &&
    monthly > 0 &&
    monthly < 50 &&
    /\bNorth\s+Korean\s+(?:privates?|soldiers?|conscripts?|officers?|workers?)\b/i.test(sentence) &&
    !/\b(?:Russia\w*|Moscow|Kremlin|Kursk|deploy\w*|front)\b/i.test(sentence)
  )
    return { kind: "domestic-wage" };
  return c;
}

/**
 * Whether a bare head count only serves as the multiplier of a money total ("$20m for 10,000 soldiers").
 *
 * @param q The count.
 * @param ctx Sentence context.
 * @returns True when it does.
 */
function isMultiplierOfTotal(q: Quantity, ctx: FigureContext): boolean {
  const money = (o: Quantity): boolean => o.currency !== null || o.currencyWord !== undefined;
  // "At $2,000 per soldier, a force of 12,000 would earn $288 million": rate × count = total.
  const rate = ctx.all.some(
    (o) =>
      money(o) &&
      (o.perHead ||
        /^\s*(?:per|for each|for every|each)\s+(?:\w+\s+){0,2}(?:soldier|man|person)/i.test(ctx.sentence.slice(o.end))),
  );
  const total = ctx.all.some(isBigMoney);
  if (
    rate &&
    total &&
    /\b(?:force|contingent|deployment)\s+of\s+$/i.test(ctx.sentence.slice(Math.max(0, q.start - 30), q.start))
  )
    return true;
  const before = ctx.sentence.slice(Math.max(0, q.start - 24), q.start);
  // "At 12,000 soldiers, that yields $288 million", "with 12,000 soldiers, the bill comes to ...".
  if (
    total &&
    /(?:^|[,;]\s*|\band\s+)(?:at|with)\s+(?:about\s+|some\s+|around\s+)?$/i.test(before) &&
    ctx.all.some((o) => isBigMoney(o) && o.start > q.end)
  )
    return true;
  // "14,000 troops would bring Pyongyang $28 million a month": the count a sum is worked out for.
  if (
    total &&
    /^\s*(?:[\w-]+\s+){0,2}(?:soldiers|troops|men|fighters|recruits)\s+(?:would|could|will|might)\s+(?:bring|earn|cost|mean|yield|generate|fetch|net)\b/i.test(
      ctx.sentence.slice(q.end),
    ) &&
    ctx.all.some((o) => isBigMoney(o) && o.start > q.end)
  )
    return true;
  // "If 11,000 soldiers are each paid $2,000 a month, the bill comes to $22 million", "if the deployment
  // grows to 15,000 soldiers, which would bring in $36 million", "payments for 10,000 soldiers would amount
  // to 336 billion won": the count a total after it is worked out for.
  if (
    total &&
    ctx.all.some((o) => isBigMoney(o) && o.start > q.end) &&
    (/^\s*(?:[\w-]+\s+){0,2}?(?:soldiers|troops|men|fighters)\s+(?:are|were)\s+(?:each\s+|all\s+)?paid\b/i.test(
      ctx.sentence.slice(q.end),
    ) ||
      /^\s*(?:[\w-]+\s+){0,2}?(?:soldiers|troops|men|fighters)\s*,\s*which\s+(?:would|could|will|might)\s+(?:bring|earn|cost|mean|yield|generate)\b/i.test(
        ctx.sentence.slice(q.end),
      ) ||
      (/\b(?:payments?|pay|salaries|wages|bill|cost)\s+for\s+(?:(?:about|some|around|roughly)\s+)?$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 30), q.start),
      ) &&
        /^\s*(?:[\w-]+\s+){0,2}?(?:soldiers|troops|men|fighters)\s+(?:would|could|will|might)\s+(?:amount|come|add|total|run)\b/i.test(
          ctx.sentence.slice(q.end),
        )))
  )
    return true;
  // "At $2,000 a month for each of the 11,000 soldiers, the deployment brings in about $22 million": the
  // count a rate before it is paid for.
  if (
    total &&
    /\bfor\s+(?:each|every\s+one)\s+of\s+(?:the\s+|its\s+|their\s+)?$/i.test(before) &&
    ctx.all.some((o) => isBigMoney(o) && o.start > q.end)
  )
    return true;
  // "Multiply that by 11,000 troops and you have more than $250 million a year": the count the writer
  // multiplies the rate by.
  if (
    total &&
    /\bmultiply\s+(?:that|this|it|the\s+\w+)\s+by\s+(?:(?:about|some|around|roughly)\s+)?$/i.test(
      ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
    ) &&
    ctx.all.some((o) => isBigMoney(o) && o.start > q.end)
  )
    return true;
  // "closer to $30 million a month if the 12,000 troops reported by some outlets are counted",
  // "counting all 12,000 troops": the count a total before it is worked out for.
  if (
    total &&
    /\b(?:if|counting)\s+(?:all\s+)?(?:the\s+)?(?:about\s+|some\s+|around\s+|roughly\s+)?$/i.test(before) &&
    /^\s*(?:[\w-]+\s+){0,2}(?:soldiers|troops|men|fighters)\b/i.test(ctx.sentence.slice(q.end)) &&
    ctx.all.some((o) => isBigMoney(o) && o.end <= q.start)
  )
    return true;
  if (
    !/\b(?:for|covering|across|multiplied by|times)\s+(?:the\s+|some\s+|about\s+|around\s+|an?\s+(?:force|contingent|deployment)\s+of\s+)?$/i.test(
      before,
    )
  )
    return false;
  // "$20m for 10,000 soldiers" names the total first; a product ("$2,000 times 12,000 soldiers, or
  // $24m") or a clause that opens with the count ("For 12,000 troops, that comes to $30m") may name it after.
  const product =
    /\b(?:multiplied by|times)\s+\S*\s*$/i.test(before) ||
    (/(?:^[“"‘']?|[,;:]\s*)(?:for|across)\s+(?:about\s+|around\s+|some\s+)?$/i.test(before) &&
      /^\s*(?:[\w-]+\s+){0,2}(?:soldiers|troops|men|fighters|recruits)\s*,\s*(?:that|this|it|the\s+(?:bill|total|cost|sum))\s/i.test(
        ctx.sentence.slice(q.end),
      ));
  return ctx.all.some((o) => (product || o.end <= q.start) && isBigMoney(o));
}

/** A sum of money of a million or more: what a total, never a rate, is written as. */
function isBigMoney(o: Quantity): boolean {
  return (o.currency !== null || o.currencyWord !== undefined) && (o.max ?? o.min ?? 0) >= 1_000_000;
}

/**
 * The head count a money total is computed for, when the sentence gives one after it.
 *
 * @param q Money quantity.
 * @param ctx Sentence context.
 * @returns Count and its words, or null.
 */
function basisOf(q: Quantity, ctx: FigureContext): { count: number; text: string; derived?: true } | null {
  if ((q.max ?? q.min ?? 0) < 1_000_000) return null;
  // "… that comes to $22 million a month, or about $264 million a year": the same total over another
  // period, restated, for the head count of the total it restates.
  const restated = ctx.all.findLast((o) => o.end <= q.start && isBigMoney(o));
  if (
    restated &&
    /^[^,;.]{0,20},?\s*(?:or|that\s+is|i\.e\.)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than)\s+)*$/i.test(
      ctx.sentence.slice(restated.end, q.start),
    ) &&
    // ("…, or $15 million a month for the 7,500 at the front": a total for another head count.)
    !/\d/.test(ctx.sentence.slice(q.end).split(/[,;]|\.(?:\s|$)/)[0] ?? "")
  )
    return basisOf(restated, ctx);
  // "… comes to $22 million a month for 11,000 soldiers. That adds up to $264 million over a year.": the
  // same total over another period, for the same head count.
  if (
    ctx.last &&
    /^\W*(?:that|this|which)\s+(?:amounts|adds up|translates|comes|works out)\b/i.test(ctx.sentence) &&
    !ctx.all.some((o) => o.end <= q.start && o.form === "amount" && o.currency === null && !o.currencyWord)
  ) {
    const { numbers } = sentenceFigures(ctx.last);
    const total = numbers.filter(isBigMoney).at(-1);
    const earlier = total ? basisOf(total, { sentence: ctx.last, all: numbers, previous: "" }) : null;
    if (earlier) return earlier;
  }
  // A count in the total's own words after it ("…, or $15 million a month for the 7,500 at the front") comes
  // before one given earlier in the sentence.
  const own = ctx.all.filter((o) => o.start >= q.end && !/[,;]/.test(ctx.sentence.slice(q.end, o.start)));
  for (const o of [...own, ...ctx.all.filter((x) => !own.includes(x))]) {
    // After the total ("$20m for 10,000 soldiers"), or before it when it is the first total that
    // follows ("With 12,000 soldiers in Russia, Moscow is shelling out $25 million").
    const placed =
      o.start >= q.end ||
      (o.end <= q.start && !ctx.all.some((m) => m !== q && isBigMoney(m) && m.start >= o.end && m.end <= q.start));
    if (
      placed &&
      o.currency === null &&
      !o.currencyWord &&
      !o.percent &&
      o.form === "amount" &&
      isMultiplierOfTotal(o, ctx) &&
      o.min !== null
    ) {
      // The text's own arithmetic only when it says so ("which translates to", "that amounts to");
      // "said Russia could pay $2,000 a month …, shelling out a total of $20m for 10,000 soldiers"
      // may be the source's own total.
      const rate = ctx.all.findLast((r) => r.end <= q.start && (r.currency !== null || r.currencyWord));
      const lead = rate ? ctx.sentence.slice(rate.end, q.start) : ctx.sentence.slice(0, q.start);
      // A sentence of its own that someone says ("For 12,000 troops, that comes to $30m, Ri said") is
      // that speaker's arithmetic, not the text's.
      const spoken =
        !rate &&
        /\b(?:said|says|added|adds|told|estimated|estimates|according to|calculated|reckons)\b/i.test(ctx.sentence);
      return { count: o.min, text: o.text, ...(DERIVATION_CUE.test(lead) && !spoken ? { derived: true } : {}) };
    }
  }
  return null;
}

/** What a figure is set against, to the end of its sentence: "bears no relation to what soldiers receive", "well above …". */
const SET_AGAINST_TAIL =
  /\b(?:(?:bears?|bore)\s+no\s+relation|(?:has|had)\s+nothing\s+to\s+do|(?:well|far)\s+(?:above|below|short of)|compared\s+(?:with|to))\b.*$/i;

/** A civilian's job: "now works in a restaurant", "works as a cleaner", "working at a factory". */
const CIVILIAN_JOB =
  /\b(?:works?|worked|working)\s+(?:in|at|as|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:restaurants?|factory|factories|shops?|stores?|caf[eé]s?|compan(?:y|ies)|firms?|offices?|hospitals?|schools?|warehouses?|hotels?|call\s+cent(?:re|er)s?|cleaners?|waiters?|waitress(?:es)?|drivers?|cooks?|nurses?|teachers?)\b/i;
/** Words of soldiering, which keep a civilian job's sentence about soldiers' pay. */
const SOLDIERING =
  /\b(?:soldiers?|troops?|army|military|servicem[ae]n|recruits?|conscripts?|fighters?|front|deploy\w*|Russia\w*|Kursk|battalions?|brigades?|units?)\b/i;

/** Ranks whose pay a figure may be about ("even generals are paid $1"); "general" alone only before a verb or place. */
const RANK =
  /\b(generals|general(?=\s+(?:in|of|are|is|were|was|get|gets|got|earn|earns|earned|receive|receives)\b)|officers|colonels|lieutenants|sergeants|privates)\b/gi;

/**
 * Whose pay a money figure is when the text names a rank: in its clause before the figure, or, when the
 * sentence opens with a possessive ("Their salary would be $1"), the rank last named before it.
 *
 * @param s The sentence.
 * @param q The figure.
 * @param clause The figure's clause.
 * @param previous The sentences before.
 * @returns The rank as a plural ("generals"), or null.
 */
function payHolder(s: string, q: Quantity, clause: { text: string; start: number }, previous: string): string | null {
  const plural = (w: string): string => (w.toLowerCase().endsWith("s") ? w.toLowerCase() : `${w.toLowerCase()}s`);
  const own = matchesOf(s.slice(clause.start, q.start), RANK).pop();
  // "Our officers told us the company paid $1,500": officers who speak are not whose pay it is.
  const speaking =
    own !== undefined &&
    /^\s+(?:(?:also|had|have|has|would|reportedly|allegedly)\s+)*(?:told|tell|said|say|says|claimed|explained|informed|promised)\b/i.test(
      s.slice(clause.start + own.index + own[0].length),
    );
  if (own?.[1] && !speaking) return plural(own[1]);
  if (!/^\s*[“"‘]?(?:their|his|her)\s+(?:\w+\s+){0,2}(?:salary|salaries|pay|wages?|income)\b/i.test(s)) return null;
  const back = matchesOf(previous, RANK).pop();
  return back?.[1] ? plural(back[1]) : null;
}

/**
 * Scope words that narrow what a figure counts.
 *
 * @param clause The figure's clause.
 * @param s The sentence.
 * @returns A short scope label, or null.
 */
/** A place a count is limited to: "in the Kursk region alone", "around Pokrovsk alone", "in Kursk itself". */
const SCOPE_PLACE_ALONE =
  /\b(?:[Ii]n|[Oo]n|[Aa]round|[Nn]ear)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|region|oblast|province|area|sector|front))*)\s+(?:alone|itself)\b(?<!\bRussia\s+itself)/u;
/**
 * A few days or one assault, after a figure: " … in five days", " … after Tuesday's assault", " … killed in the
 * clash", " … in a single attack".
 */
const STRETCH_AFTER =
  /^[^.;]*?\b(in\s+(?:just\s+|only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days(?!\s+of\b)|(?:after|in|during)\s+(?:[A-Z][a-z]+['’]s|yesterday['’]s|last\s+night['’]s|this\s+morning['’]s)\s+(?:assault|raid|ambush|attack|battle|strike|counter-?attack|offensive)|(?<=\b(?:killed|wounded|dead|died|lost|captured)\s+)(?:in|during)\s+(?:(?:the|that|this)\s+(?:clash|skirmish|ambush|raid|assault|attack|strike|firefight|engagement)|(?:a\s+single|one)\s+(?:clash|skirmish|ambush|raid|assault|attack|battle|strike|firefight|engagement))(?!\s+(?:for|of|on|in|around|near)\b))\b/i;
/** One spot of the battlefield: "in one field", "in a single trench". */
const SCOPE_ONE_SPOT =
  /\b(?:in|on|at)\s+(?:one|a\s+single|that\s+one|this\s+one)\s+(field|trench|village|town|position|forest|wood|street|building|house|valley|hill|bunker|dugout|treeline|tree\s+line|ravine|farm|crossroads)\b/i;
/** Words that bound a count of losses right before it: "about ", "as many as ". */
const LOSS_HEDGES = String.raw`(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least|over|up\s+to|an\s+estimated|as\s+many\s+as)\s+)*`;
/** A unit named by its number or name: "11th Corps", "Storm Corps", "94th Brigade of the Storm Corps". */
const NAMED_UNIT = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:Corps|Brigade|Division|Regiment|Battalion)`;
/**
 * A named unit whose losses the figure right after counts: "the 11th Corps had lost ", "The 94th Brigade of
 * the Storm Corps has lost ", "has suffered heavy losses, about ", "has lost 900 killed and ".
 */
const NAMED_UNIT_LOST = new RegExp(
  String.raw`\b(${NAMED_UNIT}(?:\s+of\s+the\s+${NAMED_UNIT})?)\s+(?:alone\s+)?(?:(?:had|has|have)\s+)?(?:lost|suffered)\s+(?:(?:heavy|serious|severe)\s+)?(?:(?:losses|casualties)(?:\s+of|,)\s+)?${LOSS_HEDGES}(?:\d[\d,.]*\s+(?:dead|killed|wounded|men|soldiers|troops)\s+and\s+${LOSS_HEDGES})?$`,
  "u",
);
/** One unit's own count: "his battalion alone had counted", "my brigade killed", "our company found". */
const SCOPE_OWN_UNIT =
  /\b(?:(?:his|her|their|my|our|its)\s+(?:own\s+)?(battalion|brigade|regiment|company|platoon|division|unit|squad)|(?:the\s+)?(unit)s?\s+(?:under|in)\s+(?:his|her|their|my|our|its)\s+(?:own\s+)?command)\s+(?:alone\s+)?(?:(?:had|has|have|says?\s+it)\s+)?(counted|killed|found|recorded|buried|eliminated|destroyed|captured|took|collected|lost)\b/i;
/** People of one place within the country: "soldiers from the province", "deaths from his home county". */
const SCOPE_HOME =
  /\b(?:soldiers|troops|men|conscripts|recruits|deaths|dead|casualties)\s+from\s+((?:the|his|her|their|that|this|one)\s+(?:home\s+)?(?:province|county|region|town|village|city|district|area)|(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:province|county|district))(?:\s+alone)?\b/u;
/**
 * People of one unit, right after their count's number: "600 men from the regiment", "40 men of his battalion"
 * (not "of the platoon's parent battalion", nor "of the unit, known as the Storm Corps", "from the unit, called Storm",
 * "from the brigade, called the Storm Corps": the whole force; but "from the brigade, called the Wolf Brigade", "from
 * the 94th Brigade, named by Kyiv as …" are that unit).
 */
const SCOPE_FROM_UNIT =
  /^\s+(?:more\s+)?(?:soldiers|troops|men|conscripts|recruits|servicemen)\s+(?:from|of)\s+((?:the|his|her|their|my|our|that|this|one)\s+(?:own\s+|old\s+|former\s+)?(?:regiment|battalion|brigade|company|platoon|unit|squad)|the\s+\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+)?(?:Regiment|Battalion|Brigade|Company|Platoon))\b(?!['’]|,?\s+(?:also\s+)?known\s+as\b|(?<=\bunit),?\s+(?:(?:called|named)\s+(?:simply\s+)?(?:the\s+)?["“‘']?[A-Z]|named\s+by\b)|,?\s+(?:called|named|dubbed)\b[^,;.]{0,40}?\b(?:Corps|Forces?|Army)\b)/;
/** A number of times after a number: "three times", "ten-fold": no amount counted. */
const TIMES_AFTER = /^\s*(?:times|-fold|fold)\b/i;
/** What stands between a part lost and its unit's whole: " of its roughly ", " out of their ". */
const OWN_WHOLE_OF = String.raw`\s+(?:out\s+)?of\s+(?:its|their|his|her)\s+(?:(?:about|around|roughly|some|nearly|approximately)\s+)?`;
/** The whole of one's own unit right after a part: " of its roughly 150 men". */
const OWN_WHOLE_AFTER = new RegExp(
  String.raw`^${OWN_WHOLE_OF}[\d,.]+\s+(?:[\w-]+\s+){0,2}?(?:men|soldiers|troops|servicemen|fighters)\b`,
  "i",
);
/** Exactly the words between a part and its unit's whole. */
const OWN_WHOLE_BETWEEN = new RegExp(String.raw`^${OWN_WHOLE_OF}$`, "i");

/** A verb of losing right before a count: "had lost about", "lost", "suffered". */
const UNIT_LOSS_BEFORE =
  /\b(?:lost|lose|loses|losing|suffered|suffers)\s+(?:(?:about|around|roughly|some|nearly|approximately|more\s+than|over|at\s+least)\s+)*$/i;

/** A count's noun before its figure, in its clause: "a lower figure of around", "the real number is much higher, maybe". */
const COUNT_NOUN_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:(?:real|true|actual|lower|higher|smaller|larger|bigger|revised|new|own|different)\s+)+(?:number|figure|count|total|tally|estimate)\b[^.;:]*$/i;

/** A bare count said right after it to have been sent: " were sent in total", " have already been deployed". */
const SENT_PASSIVE_AFTER =
  /^\s+(?:(?:have|has|had)\s+been|were|are|was|(?:may|might|could|must)\s+have\s+been|(?:will|would|could|may|might)\s+be)\s+(?:(?:already|reportedly|now|secretly|so\s+far|since)\s+)?(?:sent|deployed|dispatched)\b(?!\s+(?:home|back|away)\b|\s+to\s+(?:(?:the|a|an)\s+)?(?:prison|jail|labou?r|hospitals?|clinics?|morgues?)\b|\s+to\s+(?:\w+\s+)?(?:prison|labou?r|penal)\s+camps?\b)/i;

/** Arms a country sends, by their nouns. */
const ARMS_NOUNS = String.raw`howitzers?|containers?|shells?|missiles?|rockets?|munitions|guns?|tanks?|vehicles?|launchers?`;
/** Things sent that are not soldiers: arms, and the wounded, the dead or the captured. */
const SENT_THINGS = new RegExp(
  String.raw`\b(?:${ARMS_NOUNS}|wounded|injured|dead|bodies|coffins|prisoners|workers|labou?rers)\b`,
  "i",
);
/** Arms or the dead that the last count of a sentence counts. */
const ARMS_OR_DEAD_COUNTED = new RegExp(String.raw`\b(?:${ARMS_NOUNS}|bodies|coffins)\b`, "i");
/** "sends construction workers", "shipped howitzers": what a country sends, when it is no soldiers. */
const SENDS_OTHERS = new RegExp(
  String.raw`\b(?:send|sends|sent|ship|ships|shipped|supply|supplies|supplied|provide|provides|provided)\s+(?:[\w-]+\s+){0,3}?(?:workers|labou?rers|${ARMS_NOUNS})\b(?![^.;]*\b(?:troops|soldiers)\b)`,
  "i",
);

/**
 * Whether what a bare "were sent" counts is other than soldiers: the noun this sentence names before it, else the
 * noun the sentence before counts last ("thousands of containers of munitions"), else that sentence's subject
 * ("North Korean wounded are treated in Pyongyang"); not a noun in passing ("troops have fought beside Russian
 * tanks", "… killed and 2,700 wounded" before "about 11,000 were sent in total").
 *
 * @param previous The sentence before.
 * @param before This sentence up to the figure.
 * @returns True when the count is of things or of casualties moved.
 */
function sendsOtherThanSoldiers(previous: string, before: string, after: string, value: number): boolean {
  if (ARMS_BEFORE.test(before) || SENT_THINGS.test(before)) return true;
  // ("About 3,000 were sent to replace them", "… to the front": soldiers, whatever came before.)
  if (
    /^\s+\S+\s+(?:\w+\s+)?(?:sent|deployed|dispatched)\s+(?:to\s+(?:replace|reinforce|fight|the\s+front)|as\s+reinforcements)\b/i.test(
      after,
    )
  )
    return false;
  // The noun the sentence before counts last, not a year's ("since 2024") nor a date's: soldiers are soldiers
  // ("shipped 5 million shells and 11,000 soldiers"), arms and bodies are not.
  const last = matchesOf(previous, /\d[\d,]*|\b(?:thousands|hundreds|dozens|tens\s+of\s+thousands)\b/gi)
    .filter(
      (m) =>
        !/^(?:19|20)\d\d$/.test(m[0]) &&
        !/\b(?:in|since|by|on|until|from)\s+(?:\p{L}+\s+)?$/iu.test(previous.slice(Math.max(0, m.index - 16), m.index)),
    )
    .at(-1);
  const counted = last ? (previous.slice(last.index + last[0].length).split(/[,;.]/)[0] ?? "") : "";
  if (/^\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|men|servicemen|personnel)\b/i.test(counted)) return false;
  if (ARMS_BEFORE.test(`sent ${counted}`) || ARMS_OR_DEAD_COUNTED.test(counted)) return true;
  // The subject of the sentence before, a number before it or not: "The 1,500 wounded were treated in Moscow",
  // "About 1,000 bodies have been returned" (not "Some 1,000 wounded troops were flown back"), when the count
  // sent can be a part of them ("The 300 dead were buried in Kursk. About 11,000 were sent in total" cannot).
  const whole = last && /^\d/.test(last[0]) ? Number(last[0].replace(/,/g, "")) : Infinity;
  return (
    (value <= whole &&
      /^\W*(?:(?:the|some|many|most|about|around|nearly|roughly|over|more\s+than|North\s+Korean|injured|badly|\d[\d,]*)\s+)*(?:wounded|injured|dead|bodies|coffins|prisoners)\b(?!\s+(?:North\s+Korean\s+)?(?:troops|soldiers|men|servicemen))/i.test(
        previous,
      )) ||
    // ("Pyongyang also sends construction workers to Russia. About 12,000 were sent last year": what it sends.)
    SENDS_OTHERS.test(previous)
  );
}

/** A part of "those" the sentence before counted, at its start: "Of those, ", "Among them, about ". */
const OF_THOSE =
  /^\W*(?:of|among)\s+(?:those|them|these)\s*,?\s*(?:(?:he|she|they|the\s+\w+)\s+(?:said|says|added|told\s+\w+)\s*,\s*)?(?:(?:about|around|some|roughly|nearly|only|just|at\s+least|more\s+than)\s+)*(?:\d[\d,]*\s+(?:(?:were|had\s+been|have\s+been)\s+)?(?:killed|wounded|injured|captured|missing)\s+(?:and|or)\s+(?:(?:about|around|some|roughly|nearly|another)\s+)*)?$/i;

/**
 * The unit whose men the last figure of a sentence counts ("About 600 men from the regiment went to Russia").
 *
 * @param sentence The sentence.
 * @returns "only those from the regiment", or null.
 */
function unitOfLastFigure(sentence: string): string | null {
  // (Not an ordinal's digits, "About 600 soldiers from the 25th Brigade went", nor a year's, "went to Kursk in 2024".)
  const last = matchesOf(sentence, /\d[\d,]*(?![\d,]|st\b|nd\b|rd\b|th\b)/g)
    .filter(
      (m) =>
        !/^(?:19|20)\d\d$/.test(m[0]) ||
        (/^\s+(?:men|soldiers|troops|people|servicemen)\b/i.test(sentence.slice(m.index + m[0].length)) &&
          !/\b(?:in|since|by|on|until|from|during)\s+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index))),
    )
    .at(-1);
  const unit = last ? SCOPE_FROM_UNIT.exec(sentence.slice(last.index + last[0].length)) : null;
  return unit?.[1] ? `only those from ${unit[1]}` : null;
}

/** People sent away from the war after their number: "who were flown home", "sent back to Pyongyang", "to hospitals". */
const SENT_AWAY =
  /^\s+who\s+(?:were|had\s+been|have\s+been|are|was|got)\s+(?:\w+\s+)?(?:sent|shipped|transported|flown)\s+(?:(?:\w+\s+){0,2}?(?:home|back|out|away)\b(?!\s+(?:to|into)\s+(?:the\s+)?(?:front|front\s*lines?|frontline|battlefield|Kursk|Russia|Ukraine|combat|fighting|war)\b)|(?:\w+\s+){0,3}?(?:to|into)\s+(?:\w+\s+){0,3}?(?:hospitals?|clinics?|medical|morgues?|Pyongyang|North\s+Korea|the\s+North|their\s+(?:homeland|families|country))\b)/i;
/** Words that say people sent were dead or wounded: "in coffins", "with wounds". */
const CASUALTY_WORDS =
  /\b(?:coffins?|bodies|remains|ashes|urns?|dead|died|killed|wounds?|wounded|injur\w*|casualt\w*)\b/i;
/** The whole force named after a contrast: "…, while about 1,100 have died across the whole force", "the rest of the force". */
const OTHER_WHOLE =
  /\b(?:whole|entire|rest\s+of|overall|in\s+total|all\s+told|across|contingent|all\s+(?:the\s+)?(?:north\s+korean\s+)?(?:troops|soldiers|units|men))\b/i;
/** Casualties moved somewhere: "taken to military hospitals in and around Moscow". */
const SCOPE_MOVED =
  /\b((?:taken|flown|evacuated|moved|brought|transferred)\s+(?:back\s+)?to\s+(?:\w+\s+)?(?:hospitals?|clinics?|medical facilities)\s+(?:in|near|around|outside)\s+[^,;.]{2,40}?|(?:being|now\s+being|still\s+being)\s+treated\s+(?:in|at)\s+(?:\w+\s+)?(?:hospitals?|clinics?|medical facilities)(?:\s+(?:in|near|around|outside)\s+[^,;.]{2,40}?)?)(?=\s*(?:[,;.]|$))/i;

/** The rank or trade a count is of, right after it: "500 North Korean officers", "300 military engineers". */
const SCOPE_RANK =
  /^\s*(?:(?:North\s+)?Korean\s+)?((?:(?:senior|junior|high-ranking|military|army|commissioned|non-commissioned|field|staff|political|liaison|artillery|combat|technical)\s+){0,2}(?:officers|generals|commanders|engineers|sappers|snipers|pilots|instructors|observers|technicians|medics|advisers|advisors|drone\s+operators|artillerymen|gunners|interpreters|(?<=\b(?:artillery|military|drone|missile|rocket|combat|sniper|technical)\s)specialists))\b/i;

/** A month, then the loss in it: "in March, when about ". */
const MONTH_WHEN_BEFORE = new RegExp(
  String.raw`\bin\s+((?:(?:early|late|mid)[\s-])?(?:${MONTH_NAMES})(?:\s+\d{4})?),\s+when\s+(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least|over|up\s+to|an\s+estimated|as\s+many\s+as)\s+)*\S*$`,
  "i",
);
/** "in the past month alone", "over the last two weeks", "in the first two weeks of February alone", "in the first half of February". */
const SCOPE_PERIOD = new RegExp(
  String.raw`\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|first)\s+(?:(?:two|three|four|five|six|seven|ten|\d+|few|several)\s+)?(?:days?|weeks?|fortnight|months?|hours)(?:\s+of\s+(?:${MONTH_NAMES}|the\s+\w+))?(?:\s+alone)?\b|\b(?:in|over|during)\s+the\s+(?:first|second|latter)\s+half\s+of\s+(?:${MONTH_NAMES}|the\s+\w+)\b|\bin\s+(?:a\s+single|one)\s+(?:day|night|week|month|battle|strike|attack|assault|raid|ambush|offensive|operation|engagement)\b|\bin\s+(?:an?|the)\s+(?:(?:failed|single|one|first|second|latest|recent)\s+)?(?:assault|raid|ambush|counter-?attack)\b(?![’'-])|\bsince\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+year\b|\bsince\s+the\s+(?:second|third|fourth|latest|last|new|newest|most\s+recent|fresh|next)\s+(?:wave|rotation|deployment|contingent|batch|offensive|group)\s+(?:(?:of\s+[\w-]+\s+)?(?:arrived|began|started|was\s+sent|was\s+deployed|came|reached\s+[\w\s]{1,20}?))\b|\bso\s+far\s+this\s+year\b|\bin\s+(?:that|this|one|a\s+single)\s+(?:one\s+)?(?:movement|convoy|train|transport|shipment|rotation)\b|\bbetween\s+(?:(?:early|late|mid)[\s-])?(?:${MONTH_NAMES})(?:\s+\d{4})?\s+and\s+(?:(?:early|late|mid)[\s-])?(?:${MONTH_NAMES})(?:\s+\d{4})?\b|\b(?:in|during|over)\s+the\s+(?:week|fortnight|month)\s+(?:to|ending|ended|of|up\s+to|through)\s+(?:\d{1,2}\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\s+\d{1,2})\b`,
  "i",
);

function scopeOf(clause: string, s: string, afterNumber = "", withUnit = true): string | null {
  const front = SCOPE_FRONT.exec(clause);
  if (front?.[1]) return front[1];
  // "about 8,000 remain fit to fight", "some 6,000 combat-ready troops": those still able to fight, not
  // the whole force.
  if (SCOPE_FIT.test(clause)) return "only those still fit to fight";
  // "about 300 soldiers from the province", "deaths from his home county": the people of one place.
  const home = SCOPE_HOME.exec(clause);
  if (home?.[1]) return `only those from ${home[1]}`;
  // "about 600 men from the regiment went", "40 soldiers of his battalion": one unit's part of the force,
  // right after the figure's own number.
  // ("Of 600 men from the regiment, 120 were killed and 300 wounded": the unit a fronted whole names.)
  // (Only up to the figure: "…, while about 1,100 have died across the whole force" is another clause.)
  const figureAt = s.length - afterNumber.length;
  const frontedWhole = withUnit
    ? /^\W*(?:of|among)\s+(?:the\s+)?(?:about\s+|some\s+|roughly\s+|around\s+)?\d[\d,]*(?=\s)/i.exec(s)
    : null;
  // (A contrast within the unit keeps it: "Of 600 men from the regiment, 120 were killed but 300 were wounded".)
  const cut = frontedWhole
    ? /\b(?:while|whereas|but|although|though)\b|;/i.exec(s.slice(frontedWhole[0].length, figureAt))
    : null;
  // (Only when the figure follows the contrast's word at once, with no subject of its own: "…, while the NIS puts
  // total deaths at about 1,100" and "… across the whole force" name another whole.)
  const afterCut = cut ? s.slice(frontedWhole ? frontedWhole[0].length + cut.index + cut[0].length : 0, figureAt) : "";
  const sameUnit =
    cut === null ||
    (/^\s*(?:(?:another|about|some|around|roughly|nearly|only|just|a\s+further|more\s+than|at\s+least|over|up\s+to)\s+)*\S*$/i.test(
      afterCut,
    ) &&
      !OTHER_WHOLE.test(s.slice(figureAt)));
  const fronted = frontedWhole && sameUnit ? frontedWhole : null;
  const unitOf = withUnit
    ? (SCOPE_FROM_UNIT.exec(afterNumber) ?? (fronted ? SCOPE_FROM_UNIT.exec(s.slice(fronted[0].length)) : null))
    : null;
  if (unitOf?.[1]) {
    // ("40 men of his battalion were killed in a single week", "… in January alone": the unit and the
    // narrower scope the clause gives besides, both.)
    const other = scopeOf(clause.replace(unitOf[0].trim(), " "), s, "", false);
    return `only those from ${unitOf[1]}${other ? `, ${other.replace(/^only\s+/, "")}` : ""}`;
  }
  // ("…, based on how the regime treats its overseas workers": what the figure is worked out from is no scope.)
  if (SCOPE_WORKERS.test(clause.replace(EVIDENCE_SET_OFF, " "))) return "civilian workers";
  // "In the Kursk region alone, about 1,100 were killed or wounded": a part of the whole, by place.
  const place =
    SCOPE_PLACE_ALONE.exec(clause) ?? (/^\W*in\s/i.test(s) ? SCOPE_PLACE_ALONE.exec(s.split(",")[0] ?? "") : null);
  if (place?.[1]) return `only in ${place[1]}`;
  // "We counted 47 bodies in one field": a count of one place, no toll of the deployment.
  const spot = SCOPE_ONE_SPOT.exec(clause);
  if (spot?.[1]) return `only in one ${spot[1].toLowerCase()}`;
  // "about 2,000 wounded … taken to military hospitals in and around Moscow", "a few hundred wounded were
  // being treated in hospitals in Kursk": only those moved there, or there now.
  const moved = SCOPE_MOVED.exec(clause);
  if (moved?.[1]) return `only those ${moved[1].replace(/\s+/g, " ").trim()}`;
  // "1,200 wounded in the past month alone": a count of one period, not the running total.
  // "In the past 24 hours, units eliminated 47 …": the period may open the sentence, before its comma.
  // ("killed 63 North Korean soldiers in five days", "counted 14 bodies after Tuesday's assault": a stretch or an
  // assault after the figure, in a clause that counts nothing since a date and foresees nothing.)
  const stretch = STRETCH_AFTER.exec(afterNumber);
  if (stretch?.[1] && !/\b(?:since|will|would|could|expected|due)\b/i.test(clause))
    return `only ${stretch[1].replace(/^after\s+/i, "in ")}`;
  const period =
    SCOPE_PERIOD.exec(clause) ??
    (/^\W*(?:in|over|during|within)\s+the\s+[^,]{0,40},/i.test(s) ? SCOPE_PERIOD.exec(s.split(",")[0] ?? "") : null);
  // ("The estimate of 1,200 dead has remained unchanged since the second wave arrived": how long an estimate
  // has stood, not a count of that stretch.)
  if (
    period &&
    /^since\b/i.test(period[0]) &&
    /\b(?:unchanged|unrevised|the\s+same|remained|stayed|stood|held)\s+$/i.test(clause.slice(0, period.index))
  )
    return null;
  if (period)
    return `only ${period[0]
      .replace(/\s+alone$/i, "")
      .trim()
      .replace(/^\w+/, (w) => w.toLowerCase())}`;
  // "in March, when about 800 were killed": the dead of one month, not the running total. ("About 800 were
  // killed in March" is dated by its month, and the comparison says it may count only that month.)
  // (Only the dead or wounded of that month, not a count "since October", nor troops "still in Kursk" then.)
  const month =
    /^\s*(?:[\w-]+\s+){0,4}?(?:(?:were|was)\s+(?:killed|wounded|injured)|died|perished|lost\s+their\s+lives)\b(?![^,;.]*\bsince\b)/i.test(
      afterNumber,
    )
      ? MONTH_WHEN_BEFORE.exec(s.slice(0, s.length - afterNumber.length))
      : null;
  if (month?.[1]) return `only in ${month[1]}`;
  // "no more than 11,000 have been there at any one time": a head count at one time, not all who were sent.
  if (
    /\bat\s+(?:any\s+(?:one|given)\s+time|a\s+time)\b/i.test(clause) &&
    !/[$€£₩₽]\s?\d|\d\s*(?:dollars|won|roubles|rubles|euros)\b/i.test(clause) &&
    // ("Russia could receive 15,000 at a time": what may come is read as a rotation, not a count of those there.)
    !/\b(?:could|would|might|may|will|can)\b/i.test(clause)
  )
    return "only those there at any one time";
  // "his battalion alone had counted 230 bodies", "my brigade killed about 300", "our company lost 40": one
  // unit's own count, of those it counted or killed, or of its own losses.
  // ("units under his command had counted about 900 bodies": the units one commander has.)
  const unit = SCOPE_OWN_UNIT.exec(clause);
  const unitKind = unit?.[1] ?? unit?.[2];
  if (unit && unitKind && unit[3]) {
    const verb = unit[3].toLowerCase();
    if (unit[2]) return `only what the units under one command ${verb}`;
    const kind = unitKind.toLowerCase();
    if (verb === "lost") return `only one ${kind}'s own losses`;
    return /^(?:killed|eliminated|destroyed|captured|took)$/.test(verb)
      ? `only those one ${kind} ${verb}`
      : `only what one ${kind} ${verb}`;
  }
  // "… more than a North Korean factory worker earns": what a figure is compared with is not its scope.
  // "…, based on the contracts North Korean labourers have signed": what an estimate rests on is not its scope.
  // ("says labour economist Marta Kowalczyk", "of the Institute for Eurasian Labour Studies": a speaker's
  // field or body is not what the soldiers do.)
  // ("15,000 … in total, including construction workers": a whole that takes a part in is no narrower.)
  const uncompared = s
    .replace(/\b(?:more|less|fewer|higher|lower|greater)\s+than\b[^,;.]*/gi, "")
    .replace(/\b(?:including|as\s+well\s+as|among\s+them)\b[^;.]*/gi, "")
    // ("fewer than 1,000 … fighting at the front, with most of the force doing construction work": the others.)
    .replace(
      /,\s*with\s+(?:(?:most|much|many|the\s+rest|the\s+majority|the\s+others|others)\s+of\b|all\s+of\s+(?:the\s+)?(?:(?!(?:men|them|soldiers|troops|those|these|us)\b)(?!(?:doing|performing|working|carrying)\b)[\w-]+\s+){0,2}?(?:work|construction|labou?r|building|projects?|jobs?)\b)[^;.]*/gi,
      "",
    )
    .replace(EVIDENCE_PHRASE, "")
    .replace(SPEAKER_FIELD, "")
    // ("… the NIS estimate that about 11,000 … are now in Russia, and said the labour networks were “the same
    // pipelines”": what the speaker goes on to say in a clause of its own.)
    .replace(
      /,?\s+and\s+(?:also\s+)?(?:said|says|added|adds|argued|argues|noted|notes)\b(?!\s+(?:that\s+)?(?:they|them|those|these|the\s+(?:soldiers|troops|men)|\d|(?:about|around|some|nearly|more\s+than)\s+\d))[^;.]*/gi,
      (m: string, at: number) => (at >= s.length - afterNumber.length ? "" : m),
    );
  // (A speaker's own past needs a "who": the pattern is not run over every figure's sentence without one.)
  const compared = /\swho\s/.test(uncompared)
    ? uncompared.replace(SPEAKER_PAST, "").replace(SPEAKER_PAST_AFTER_VERB, "")
    : uncompared;
  if (
    (SCOPE_LABOUR.test(compared) && SOLDIERS_AT_WORK.test(compared)) ||
    // "my unit, about 150 men, was sent to a logging camp": soldiers sent to a work site.
    (SCOPE_LABOUR.test(clause) &&
      /\b(?:sent|assigned|dispatched|posted)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:logging|construction|labou?r|farm|factory|mining)\s+(?:camp|site|project|brigade)s?\b/i.test(
        clause,
      ))
  )
    return LABOUR_SCOPE;
  return null;
}

/** A unit and the words that give its size, up to the figure: "the Storm Corps, which numbers some". */
/**
 * Another country as the subject of the verb that moves the count: "Belarus has sent about ", "China
 * deployed ", "New Zealand has deployed about ", and Russia only with a verb for its own troops ("Russia has massed ", "Moscow mobilised ") or troops it
 * may have ("Russia could have up to 250,000 troops stationed near NATO's flank").
 */
/** Countries (and their capitals) other than North Korea and Russia, whose own forces an article may set beside the North's. */
/** The hedges a count of losses may carry before its number: "about ", "ca. ", "well over ". */
const LOSS_FIGURE_HEDGES = String.raw`(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|ca\.|c\.|close\s+to|an\s+estimated|well\s+over)\s+)*`;
/** The losses a figure is: "losses in Russia top ", "losses of ca. ", "their losses have passed ". */
const LOSSES_ARE_BEFORE = new RegExp(
  String.raw`(?<!\b(?:replace|replacing|replaced|make\s+good|making\s+good|made\s+good|make\s+up\s+for|offset|offsetting|cover|covering|compensate\s+for|for)\s+(?:the\s+|its\s+|their\s+|those\s+)?)\b[Ll]osses\s+(?:(?:in|among|at|on|near|around)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:region\s+|oblast\s+)?)?(?:(?:have|has|had|now|already)\s+)*(?:top|tops|topped|near|nears|neared|exceed|exceeds|exceeded|pass|passes|passed|reach|reaches|reached|surpass|surpasses|surpassed|hit|hits|stand\s+at|stands\s+at|stood\s+at|rise\s+to|rises\s+to|rose\s+to|risen\s+to|climb\s+to|climbs\s+to|climbed\s+to|total|totals|totalled|totaled)\s+${LOSS_FIGURE_HEDGES}$`,
  "u",
);
/** "losses of about ", "to replace losses of some ": the losses the figure is, wherever they stand. */
const LOSSES_OF_BEFORE = new RegExp(String.raw`\b[Ll]osses\s+(?:of|at)\s+${LOSS_FIGURE_HEDGES}$`, "u");
const OTHER_COUNTRIES = String.raw`(?:Belarus|Minsk|China|Beijing|Iran|Tehran|Japan|Tokyo|the\s+(?:US|United\s+States|UK|United\s+Kingdom|Netherlands)|Washington|South\s+Korea|Seoul|NATO|Ukraine|Kyiv|New\s+Zealand|Australia|Canada|Britain|Ireland|Poland|Germany|France|Lithuania|Latvia|Estonia|Finland|Sweden|Norway|Denmark|Italy|Spain|Portugal|Belgium|Austria|Switzerland|Indonesia|Malaysia|Thailand|Vietnam|the\s+Philippines|Brazil|Argentina|Mexico|Turkey|Türkiye|Czechia|the\s+Czech\s+Republic|Slovakia|Hungary|Greece|Turkey|Romania|Bulgaria|London|Canberra|Ottawa|Wellington|Berlin|Paris|Warsaw|Dublin|${OTHER_PLACES.replace(/^\(\?:the\\s\+\)\?/, "")})`;
/**
 * Another country's own forces, then their size or their losses: "Ireland's Defence Forces have about ",
 * "Canada's entire armed forces number about ", "Australia lost ".
 */
/** A linking aside between a subject and its verb: ", by comparison,", ", for its part,". */
const ASIDE = String.raw`(?:,\s*(?:by|in|for)\s+(?:comparison|contrast)\s*,|,\s*for\s+(?:its|their)\s+part\s*,|,\s*(?:meanwhile|too|however|though)\s*,)?`;
const OTHER_COUNTRY_FORCE_BEFORE = new RegExp(
  String.raw`\b${OTHER_COUNTRIES}(?:['’]s?\s+(?:own\s+|entire\s+|whole\s+|regular\s+|active[\s-]duty\s+|standing\s+|permanent\s+)*(?:[Aa]rmed\s+[Ff]orces|[Dd]efen[cs]e\s+[Ff]orces?|[Aa]rmy|[Mm]ilitary|[Nn]avy|[Aa]ir\s+[Ff]orce|[Ff]orces)(?:\s+\([^()]{1,30}\))?${ASIDE}\s+(?:(?:now\s+|currently\s+|still\s+|only\s+)*(?:have|has|had|number|numbers|numbered|total|totals|totalled|totaled|comprise|comprises|is|are|was|were|stand\s+at|stands\s+at)\s+)?|${ASIDE}\s+(?:has\s+|had\s+)?lost\s+)(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately|fewer than|just|only|barely)\s+)*$`,
);
/**
 * Another country's army named by its adjective, then its size: "the British Army, which has about ", "the Polish
 * armed forces number some ", "Indonesia, which currently contributes some … to UN peacekeeping".
 */
const OTHER_ARMY_SIZE_BEFORE = new RegExp(
  String.raw`(?:\b(?:British|American|U\.S\.|German|French|Polish|Irish|Japanese|South\s+Korean|Australian|Canadian|Indonesian|Italian|Spanish|Turkish|Brazilian|Indian|Ukrainian|Russian|Chinese|Israeli|Swedish|Finnish|Norwegian|Dutch)\s+(?:[Aa]rmy|[Aa]rmed\s+[Ff]orces|[Nn]avy|[Aa]ir\s+[Ff]orce|[Mm]ilitary|[Dd]efen[cs]e\s+[Ff]orces|[Mm]arines)(?:,\s*which)?\s+(?:(?:now\s+|currently\s+|still\s+|only\s+)*(?:has|have|had|numbers|numbered|totals|comprises|fields)\s+)|\b${OTHER_COUNTRIES},?\s+which\s+(?:\w+ly\s+)?(?:contributes|contributed|has|keeps|deploys|deployed|sends|sent|stations|fields)\s+)(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately)\s+)*$`,
);
/** After a count of soldiers, its clause takes them home: "…, many of them wounded, were flown back to North Korea". */
const TAKEN_HOME_AFTER =
  /^(?:\s*[\w'’-]+){0,5}?\s*(?:,\s*[^,;.]{1,40},\s*)?(?:(?:were|was|have\s+been|had\s+been|are\s+being|were\s+being)\s+(?:\w+ly\s+)?(?:flown|taken|sent|brought|shipped|moved|transported|rotated|evacuated|withdrawn|pulled)(?:\s+(?:or|and)(?:\s+\w+){1,4}?)?\s+(?:by\s+(?:air|rail|train|road|sea|ship|plane)\s+)?(?:back|out)\s+(?:to\s+(?:North\s+Korea|the\s+North|Pyongyang|their\s+(?:home\s+)?country)|home)\b|(?:were|was|have\s+been|had\s+been)\s+repatriated\b|(?:have\s+|had\s+)?returned\s+(?:home|to\s+North\s+Korea)\b)/i;
const OTHER_COUNTRY_SENDS_BEFORE = new RegExp(
  String.raw`\b(?:${OTHER_COUNTRIES}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+|now\s+|reportedly\s+)*(?:massed|amassed|concentrated|mobili[sz]ed|gathered|sent|deployed|dispatched|stationed|moved|committed|keeps|kept|has|had)|(?:Russia|Moscow|the\s+Kremlin)\s+(?:(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+|now\s+|reportedly\s+)*(?:massed|amassed|concentrated|mobili[sz]ed|gathered)|(?:could|may|might|will|would)\s+(?:soon\s+|eventually\s+)?have))\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately|another|a further)\s+)*$`,
);
const UNIT_SIZE_BEFORE =
  /\b(?:corps|division|brigade|regiment|special\s+(?:operations\s+)?forces|(?:elite|special)\s+units?)\b(?:,\s+[^,;.]{1,60},)?,?\s+(?:(?:which\s+|that\s+|an?\s+(?:[\w-]+\s+){0,2}?(?:force|formation|unit|outfit)\s+(?:which\s+|that\s+)?)?(?:numbers?|numbering|totals?|has|have|had|counts?|comprises?|comprising|consists?\s+of|of)|(?:which|that)\s+(?:[\w’'-]+\s+){1,5}?(?:puts?|estimates?|estimated|sizes?|sized)\s+(?:it\s+)?at)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|an estimated|approximately)\s+)*$/i;
/** Words that put a sentence in the war: soldiers, their units and their fighting. */
const SOLDIER_WORDS =
  /\b(?:soldiers?|troops?|servicem[ae]n|military|army|armed|fighters?|fighting|conscripts?|recruits?|front|combat|battle\w*|killed|wounded|casualt\w*|deploy\w*|sent|dispatch\w*|sappers?|deminers?|engineers?|units?|brigades?|corps|war)\b/i;
/** North Koreans counted or described as working people: "on student visas", "to help rebuild", "labourers". */
const WORKING_PEOPLE =
  /\b(?:workers?(?![’']?\s+Party\b)|labou?rers?|visas?|students?|tourists?|jobs?|employ\w*|construction|building\s+sites?|rebuild\w*|factor(?:y|ies)|restaurants?|logging|remittances?)\b/i;
/** A sentence whose subject points back: "They earn …", "Each earns …", "The men are paid …". */
const POINTING_BACK = /^\W*(?:they|each(?:\s+of\s+them)?|these\s+men|the\s+men|most\s+of\s+them|many\s+of\s+them)\b/i;

/**
 * Whether a sentence that names no soldier counts or pays other people: North Koreans counted as
 * workers or students ("Some 15,000 North Koreans entered Russia on student visas"), or, pointing back,
 * the labourers or another country's recruits of the sentence before ("They earn about $1,000 a month").
 *
 * @param ctx The figure's sentence and those before it.
 * @param headCount Whether the figure counts people (a sum may go to "construction projects").
 * @returns True when the figure is about others.
 */
function othersNotSoldiers(ctx: FigureContext, headCount: boolean): boolean {
  if (SOLDIER_WORDS.test(ctx.sentence)) return false;
  // ("…, based on how the regime treats its overseas workers": what a figure is worked out from is not what it counts.)
  const counted = ctx.sentence.replace(EVIDENCE_SET_OFF, "");
  if (
    headCount
      ? WORKING_PEOPLE.test(counted)
      : /\b(?:workers?(?![’']?\s+Party\b)|labou?rers?|working\s+(?:in|abroad|for|on|at))\b/i.test(counted)
  )
    return true;
  if (!POINTING_BACK.test(ctx.sentence)) return false;
  const last = (ctx.last ?? ctx.previous).replace(/[.!?”"]+\s*$/, "");
  return (
    (WORKING_PEOPLE.test(last) && !SOLDIER_WORDS.test(last)) ||
    (OTHER_PEOPLE_BEFORE.test(last) && !/\bnorth\s+korean/i.test(last))
  );
}

/** A share said to go to the regime, right after it: "of it goes to Pyongyang", "of the pay ends up with the state". */
const TO_THE_REGIME_AFTER =
  /^\s*(?:(?:of\s+)?(?:it|that|this|the\s+(?:pay|money|salary|wages?|sum|payments?)|their\s+pay)\s+)?(?:goes|went|go|is\s+sent|was\s+sent|flows|ends\s+up|is\s+handed\s+over)\s+(?:straight\s+|directly\s+)?(?:to|with|into)\s+(?:the\s+)?(?:Pyongyang|regime|state|government|treasury|leadership|Kim(?:\s+Jong[\s-]?[Uu]n)?)(?:['’]s\s+(?:coffers|treasury))?\b(?!\s+(?:of|in|for)\s+(?!(?:North\s+Korea|(?:the\s+)?DPRK|Pyongyang|the\s+North)\b))/i;
/**
 * Another country's people named before a part of them: "2,000 Nepali citizens …, and 47 of them" (not the
 * forces that fight them: "Ukrainian forces say they have killed about 4,000 of them").
 */
const OTHER_PEOPLE_BEFORE = new RegExp(
  String.raw`(?:\b(?:${OTHER_NATIONS})\s+(?:\w+\s+){0,2}(?:citizens|nationals|men|people|soldiers|troops|recruits|mercenaries|fighters|volunteers)\b|${FROM_OTHER_PLACE}|${OTHER_NATIONALS})(?![^.;]*\bnorth\s+korean)[^.;]*$`,
  "i",
);
/** A quantity, or a stance standing in for one. */
export type Figure = Quantity & { readonly stance?: Stance };

/** A country's own armed forces, after its possessive: "own forces", "Self-Defense Forces", "standing army". */
const OWN_FORCE = String.raw`(?:own\s+|entire\s+|whole\s+|standing\s+|regular\s+|active\s+|active-duty\s+)?(?:army|armed forces|military|forces?|(?:ground\s+|maritime\s+|air\s+)?self-defen[cs]e forces?|troops)`;

/**
 * Another country's own force before a head count, the country opening its clause: "The U.S. has roughly
 * 28,500", "Ukraine has about 880,000", "Japan's Self-Defense Forces have about 247,000", "Russia's 50,000"
 * (but not "the number … sent to Russia has exceeded 14,000").
 */
const OTHER_FORCE_BEFORE = new RegExp(
  String.raw`(?:^|[,;:]\s+|\b(?:while|whereas|and|but|meanwhile)\s+)(?:the\s+)?(?:u\.s\.|us|united states|america|south korea|seoul|japan|tokyo|china|beijing|ukraine|kyiv|russia|moscow|nato|britain|the uk|germany|france|poland)(?:\s+(?:itself|themselves|alone))?(?:\s+(?:has|have|keeps|maintains|fields|stations)|['’]s(?:\s+${OWN_FORCE}(?:\s+(?:in|on|near|around)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?(?=\s+(?:has|have|number|numbers|totals?)\b))?(?:\s*,\s*(?:by|in|for)\s+(?:comparison|contrast)\s*,)?(?:\s+(?:has|have|number|numbers|totals?|of|(?:has\s+|have\s+)?(?:shrunk|shrank|fallen|fell|dropped|grown|grew|risen|rose)\s+to|stands\s+at|stood\s+at))?)?)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|an estimated)\s+)*$`,
  "i",
);

/** A company, then the verb that pays it, up to a sum: "Dalnevostok Logistics LLC, a Russian firm, received ". */
const FIRM_PAID_BEFORE =
  /(?:\b(?:LLC|Ltd|Inc|Corp|JSC|OOO|PLC|GmbH)\b\.?|\b(?:firm|entity|contractor|carrier|shipping\s+line|trading\s+house)\b)[^.;]{0,80}?\b(?:received|receives|was\s+paid|is\s+paid|earned|earns|collected|charged|billed|invoiced)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to)\s+)*(?:[$€£₩₽]|USD\s)?$/i;
/** The United States as the payer, up to the sum: "Washington paid them a combat allowance of about ". */
const US_PAID_BEFORE =
  /\b(?:Washington|[Tt]he\s+(?:US|U\.S\.|United\s+States|Pentagon)|America)\s+(?:paid|pays|offered|offers)\b[^.;,]{0,60}$/;
/** Aid given or pledged: "in humanitarian assistance", "its total support since 2022". */
const AID_WORDS =
  /\b(?:humanitarian|assistance|aid\s+(?:package|to)|donations?|relief|reconstruction|total\s+support)\b/i;
/** Another country's deployment, up to its size: "A South Korean deployment of even ". */
const OTHER_DEPLOYMENT_OF =
  /\b(?:an?|the|any)\s+(?:South\s+Korean|American|U\.S\.|US|Japanese|Chinese|Ukrainian|Russian|British|French|German|Polish|NATO|Western|European)\s+(?:troop\s+)?(?:deployment|contingent|force|expeditionary\s+force|mission)\s+of\s+(?:(?:even|only|just|about|around|some|roughly|up\s+to|as\s+many\s+as|at\s+least|more\s+than)\s+)*$/i;
/** A sum paid for carrying men or goods: " for transporting personnel", " for shipping". */
/** What a reader or listener pays the publisher: a subscription, a membership, a supporter's fee. */
const READER_PAYS =
  /\b(?:subscri(?:be|bers?|ption|ptions|bing)|memberships?|members\s+who\s+pay|supporters?\s+who\s+pay|patrons?|Patreon|paywall|premium\s+(?:tier|access|plan|edition)|ad-free|newsletter|per\s+issue|(?:podcast|episodes?)\b[^.;]*\b(?:early|ad-free|bonus))\b/i;
const FOR_SERVICES_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?for\s+(?:transporting|shipping|carrying|ferrying|moving|flying|freight|logistics|transport)\b/i;

/** The people of a head count, then a passive that loses them: " North Korean soldiers have been lost", "” North Koreans were lost". */
const HEAD_COUNT_LOST_AFTER =
  /^[”"’']?\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|men|servicemen|fighters|North\s+Koreans)\s+(?:(?:have|has|had)\s+been|were|are|was)\s+lost\b(?!\s+(?:to|for)\b)/i;

/** Casualties as the subject of a verb that gives their count: "casualties exceed ", "casualties now number about ". */
// ("total casualties, including the wounded, stood at about 4,700": an aside on what they include.)
const CASUALTIES_REACH_BEFORE =
  /\bcasualt(?:y|ies)\s*(?:,\s*including\s+(?:the\s+)?(?:dead|killed|wounded|injured|missing|captured)(?:\s+(?:and|or)\s+(?:the\s+)?(?:dead|killed|wounded|injured|missing|captured))?\s*,)?\s+(?:(?:now|have|has|had|already|may|might|could|probably|likely)\s+)*(?:(?:exceed(?:ed|s)?|number(?:ed|s)?|total(?:l?ed|s)?|stand\s+at|stood\s+at|reached|are|were)\s+)?(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least|over|up\s+to|well\s+over)\s+)*$/i;

/** One unit of a currency and the verb that prices it, up to the price: "one dollar buys about ", "one yuan about ". */
const RATE_UNIT = String.raw`(?:one|a|1)\s+(?:us\s+|u\.s\.\s+)?(?:dollar|yuan|euro|rouble|ruble)\s+(?:(?:buys|bought|fetches|fetched|gets|got|is\s+worth|was\s+worth|trades\s+(?:at|for)|traded\s+(?:at|for))\s+)?(?:(?:about|around|some|roughly|nearly|almost)\s+)*`;
/** A currency unit that a rate is given for: "one dollar buys about 8,000", "one yuan about 1,100". */
const RATE_UNIT_AFTER = new RegExp(String.raw`^${RATE_UNIT}\d`, "i");
/** Right before the price of a currency: "one yuan about ", "a dollar buys ". */
const RATE_OF_UNIT_BEFORE = new RegExp(String.raw`\b${RATE_UNIT}$`, "i");

/** After a confidence level: "% CI", "per cent confidence interval", "% credible interval". */
const CONFIDENCE_AFTER = /^\s*(?:CI\b|(?:confidence|credible)\s+(?:interval|level)\b)/i;
/** Right before the bounds of an interval: "95% CI ", "confidence interval of ", "CI: ". */
const CONFIDENCE_BEFORE =
  /(?:\bCI|\b(?:confidence|credible)\s+interval)\s*(?:[:=,]\s*|of\s+|from\s+|between\s+)?[$€£₩₽]?\s?$/i;

/**
 * Another country's own force, then a relative clause that sizes it: "Japan's Self-Defense Forces, which number about
 * ", "Russia's forces in Kursk, which total ".
 */
const OTHER_FORCE_WHICH = new RegExp(
  String.raw`\b(?:the\s+)?(?:u\.s\.|us|united states|america|south korea|japan|china|ukraine|russia|nato|britain|the uk|germany|france|poland)['’]s\s+${OWN_FORCE}(?:\s+(?:in|on|near|around)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?,\s+(?:which|that)\s+(?:now\s+)?(?:number|numbers|totals?|comprises?)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|an estimated)\s+)*$`,
  "i",
);

/** "bringing the total to", "taking the number of troops deployed to": a running total after an increment. */
const BRINGING_TOTAL_BEFORE = new RegExp(
  String.raw`\b${BRINGING_VERB}\s+(?:the|its|their)\s+(?:\w+\s+)?(?:total|tally|count|number|toll|figure|strength)\s+(?:(?:of|deployed|sent|so far)\s+)*(?:\w+\s+)?to\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|approximately)\s+)*$`,
  "i",
);
/**
 * Whether a figure is a running total of the whole force after a part of it: "… sent some 5,000 military
 * construction workers, bringing the total deployment to about 15,000" (not a total of the workers
 * themselves: "bringing the total to about 6,000 military construction workers", "bringing their number
 * to 6,000").
 *
 * @param s The sentence.
 * @param q The figure.
 * @returns True for the whole force's running total.
 */
function wholeRunningTotal(s: string, q: Quantity): boolean {
  const bringing = BRINGING_TOTAL_BEFORE.exec(s.slice(0, q.start));
  return (
    bringing !== null &&
    /\b(?:total|overall|deployment|contingent|force|strength)\b/i.test(bringing[0]) &&
    !/\b(?:their|its)\s+(?:\w+\s+)?(?:number|total|count|strength)\b/i.test(bringing[0]) &&
    !SCOPE_LABOUR.test(bringing[0]) &&
    !SCOPE_LABOUR.test(s.slice(q.end, q.end + 40))
  );
}

/** ", the same as Russian contract soldiers", "as much as Russia's own troops": a pay set equal to Russians'. */
const SAME_AS_RUSSIANS_AFTER =
  /^[^.;]{0,30}?,?\s+(?:the\s+same\s+(?:as|rate\s+as|pay\s+as)|as\s+much\s+as|on\s+a\s+par\s+with|equal\s+to|in\s+line\s+with)\s+(?:what\s+|that\s+of\s+|those\s+of\s+)?(?:\w+\s+){0,2}?(?:Russian|Russia['’]s(?:\s+own)?)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicemen|recruits|contractors|volunteers)\b/i;
/** After a figure: what Russia pays set against it ("…, against the roughly $2,000 that Russia was paying per man"). */
const AGAINST_RUSSIAS_PAY =
  /^[^.;]*?\b(?:against|compared (?:with|to)|versus|out of)\s+(?:the\s+)?(?:(?:roughly|about|some|around|nearly|reported)\s+)*[$€£]\s?\d[\d,.]*(?:\s+(?:a|per)\s+month)?\s+(?:that\s+|which\s+)?(?:Russia|Moscow|the\s+Kremlin|the\s+Russian\s+(?:government|military|army|side))\s+(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+|reportedly\s+)?(?:paying|pays|paid|pay)\b/i;
/** After a sum: that only part of it arrives ("but receive only a fraction", "but see little of it"). */
const ONLY_PART_RECEIVED =
  /\b(?:but|yet|while)\s+(?:they\s+|the\s+soldiers\s+)?(?:actually\s+|in\s+fact\s+)?(?:only\s+)?(?:receive|receives|received|get|gets|got|see|sees|saw|keep|keeps|kept|take\s+home|takes\s+home)\s+(?:only\s+)?(?:a\s+)?(?:(?:small|tiny)\s+)?(?:fraction|little|part|portion|share|much\s+less|far\s+less|less|nothing)(?:\s+of\s+(?:it|that|this|(?:the|their|his|its)\s+(?:(?:promised|monthly|full|stated)\s+)?(?:money|pay|salary|salaries|wages?|sum|amount|earnings))\b|\s+than\s+(?:that|it|promised)\b|\s+in\s+(?:practice|reality)\b|\s*(?:[.,;]|$))(?![^.;]*\b(?:too|as\s+well)\b)/i;
/** After a sum: that none of it arrived ("but never saw a single dollar of it", "received nothing"). */
const NEVER_RECEIVED =
  /\b(?:never|not|did\s+not|didn't|has\s+not|hasn't|had\s+not|hadn't)\s+(?:yet\s+|once\s+|actually\s+)?(?:been\s+paid|received?|got|gotten|get|seen|saw|see)\s+(?:(?:a\s+single|any|one|a)\s+(?:dollar|cent|penny|rouble|ruble|won|kopek|kopeck)s?\b|any\s+of\s+(?:it|that|the\s+money)\b)|\b(?:received|got|saw|seen|was\s+paid|were\s+paid)\s+(?:nothing|none\s+of\s+it)\b/i;
/** After a share: that it is what gets to the soldiers ("… of that reaches the men themselves"). */
const SHARE_REACHES_SOLDIERS_AFTER =
  /^\s*[”"’]?\s*(?:of\s+(?:it|that|this|the\s+(?:[\w-]+\s+){0,2}?(?:money|pay|payments?|sum|wages?|salar(?:y|ies)))\s*)?[”"’]?\s*(?:actually\s+|ever\s+|ultimately\s+|really\s+|finally\s+)?(?:reaches|reached|goes\s+to|went\s+to|gets\s+to|got\s+to|makes\s+it\s+to|made\s+it\s+to|trickles\s+down\s+to|filters\s+down\s+to|is\s+passed\s+on\s+to|was\s+passed\s+on\s+to|ends\s+up\s+with)\s+(?:the\s+|their\s+|individual\s+)*(?:soldiers?|troops|men|conscripts?|privates?|families)\b/i;
/** "anything close to the", "nothing like the": words that reject the reported figure after them. */
const NOTHING_LIKE_BEFORE =
  /\s(?:anything|something|nothing|anywhere)\s+(?:close\s+to|like|near|approaching)(?=\s+the\s+$)/i;
/** "… that South Korea's spy agency has reported", "…, as reported by Yonhap": a figure someone reported. */
const REPORTED_AFTER =
  /^[^.;]*?\b(?:that|which)\s+[^.;]{1,60}?\b(?:has|have|had)\s+(?:been\s+)?(?:reported|cited|claimed|given|estimated|quoted)\b|^[^.;]{0,40}?\b(?:reported|cited|claimed|quoted)\s+by\b/i;
/** "leave a soldier paid $2,000 with ", "leaves each soldier with about ": what is left to the soldier. */
const LEFT_WITH_BEFORE =
  /\b(?:leaves?|leaving|left)\s+(?:the\s+|each\s+|every\s+|an?\s+)?(?:(?:individual|ordinary|average|typical|rank-and-file|North\s+Korean)\s+)?(?:soldiers?|troops?|men|privates?)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,40}?\bwith\s+(?:(?:only|just|about|around|roughly|some|perhaps|maybe|somewhere|between|as\s+little\s+as|as\s+much\s+as|less\s+than|no\s+more\s+than|barely|a\s+mere|up\s+to|at\s+most|an\s+estimated)\s+)*$/i;
/** "leaves the regime with about ", "…, or about " after it: what a share leaves the state. */
const LEFT_STATE_WITH_BEFORE =
  /\b(?:leaves?|leaving|left)\s+(?:the\s+)?(?:regime|state|Pyongyang|government|treasury|North\s+Korea|leadership)\s+with\s+(?:(?:[^,;.:]|(?<=\d)[,.](?=\d)){1,60},\s+or\s+)?(?:(?:about|around|some|roughly|nearly|only|just|an\s+estimated|perhaps|up\s+to|as\s+much\s+as)\s+)*$/i;
/** "leave a soldier paid ": the pay a case is worked out for, before what it leaves. */
const LEAVES_SOLDIER_PAID_BEFORE =
  /\b(?:leaves?|leaving|left)\s+(?:the\s+|each\s+|every\s+|a\s+)?(?:soldiers?|troops?|men|privates?)\s+(?:paid|earning|on)\s+$/i;
/** The soldiers as who receives a share: "of which the soldiers receive an estimated", "soldiers saw no more than". */
/** A sentence whose subject is the soldier, going on after a comma with what he gets ("…, but receives "). */
const SOLDIER_GOES_ON_TO_GET =
  /^\W*(?:(?:a|the|each|every|any)\s+(?:(?:North\s+Korean|ordinary|rank-and-file)\s+)?(?:soldier|private|conscript|serviceman)|(?:North\s+Korean\s+)?(?:soldiers|troops|servicemen|conscripts))\b[^.;]*,\s*(?:but|and|yet|while)\s+(?:(?:only|actually|in\s+fact|really)\s+)?(?:receives?|received|gets?|got|sees?|saw|keeps?|kept|takes?\s+home|took\s+home|(?:is|are|was|were)\s+left\s+with|ends?\s+up\s+with)\s+(?:(?:less|more|no\s+more|fewer)\s+than\s+|only\s+|about\s+|around\s+|roughly\s+|just\s+|perhaps\s+|under\s+|barely\s+)*$/i;
/** Money given to Ukraine: "pledged … to Kyiv", "aid to Ukraine", "provided Ukraine with". */
const AID_TO_UKRAINE =
  /\b(?:pledged|pledges|pledging|provided|provides|committed|commits|donated|donates|gave|given|gives|delivered|delivers|allocated|allocates|approved|approves)\b[^.;]{0,80}\b(?:to|for)\s+(?:Ukraine|Kyiv|Kiev)\b|\b(?:aid|assistance|support|help|packages?)\s+(?:to|for)\s+(?:Ukraine|Kyiv|Kiev)\b|\b(?:provided|provides|supplied|supplies|supplying|providing)\s+(?:Ukraine|Kyiv|Kiev)\s+with\b/i;
/** Russia's own men: "Russian volunteers", "its own recruits", "contract soldiers". */
const RUSSIA_OWN_MEN =
  /\bRussian\s+(?:[\w-]+\s+)?(?:soldiers?|troops|recruits?|servicem[ae]n|volunteers?|contract\w*|men|conscripts?)\b|\b(?:its|their|Russia['’]s|Moscow['’]s)\s+own\s+(?:[\w-]+\s+)?(?:recruits?|soldiers?|troops|men|volunteers?|servicem[ae]n)\b|\bcontract\s+soldiers?\b/i;
/**
 * A bare count, then that those counted are still there: "… remain in Kursk", "… are still fighting", "… were
 * still deployed" (not "remain in hospital", "remain missing", "are still unaccounted for").
 */
const STILL_THERE_AFTER =
  /^\s+(?:remain(?:ed|s)?|(?:are|were|is|was)\s+(?:still|now)|still\s+(?:remain(?:ed|s)?|are|were))\s+(?:(?:fighting|deployed|stationed|serving|active|on\s+the\s+front(?:\s+line)?|at\s+the\s+front)\b|(?:in|inside|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+(?:region|oblast|Oblast|Region|province))?(?![\s-]+\p{Ll})|front(?:\s+line)?|frontline|trenches|combat|action|service|positions?|the\s+field)\b)/u;
/** Russia's or Ukraine's own losses, then the figure, no word of the North between. */
const OTHER_SIDE_LOSSES_BEFORE =
  /(?:\b(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Moscow['’]s|Kyiv['’]s)\s+(?:(?:own|total|combat|battlefield|overall|heavy|estimated|military)\s+)?(?:losses|casualties)|\b(?:Russia|Ukraine|Moscow|Kyiv|Russian\s+forces|Ukrainian\s+forces)\s+(?:has|have|had)\s+(?:also\s+)?(?:taken|suffered|sustained|incurred)\s+(?:heavy\s+)?(?:losses|casualties))\s+(?:of|at|(?:have\s+|had\s+)?(?:reached|topped|passed|exceeded))\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated|ca\.)\s+)*$/u;
/** Losses, then the force they are out of: "killed and wounded out of ", "4,000 casualties, out of roughly ". */
const OUT_OF_FORCE_BEFORE =
  /\b(?:killed|dead|wounded|injured|casualties|losses)\b[^.;\d]{0,20}?,?\s+out\s+of\s+(?:(?:an?|the|some|about|around|roughly|nearly|almost|an\s+estimated|estimated|more\s+than|over|perhaps)\s+)*[“"]?$/i;
/** Losses named right after a figure: "… North Korean wounded", "… casualties", "… killed". */
const LOSS_NOUN_AFTER =
  /^\s+(?:(?:North\s+Korean|Korean|more|in\s+all)\s+)?(?:casualties|wounded|killed|dead|deaths|losses|injured|fatalities)\b/i;
/** The size of the force, then the range of the estimates: "estimates of the North Korean force itself have ranged from ". */
const FORCE_RANGED_BEFORE =
  /(?<!\b(?:[Cc]asualty|[Ll]oss|[Ll]osses|[Dd]eath|[Dd]eaths|[Tt]oll|[Ww]ounded|[Kk]illed|[Dd]ead|[Ff]atality)\s+)\b(?:estimates?|figures?|numbers?|counts?)\s+(?:of|for)\s+(?:the\s+)?(?:size\s+of\s+(?:the\s+)?)?(?:North\s+Korean\s+)?(?:force|contingent|deployment|troops|soldiers|troop\s+numbers)\b(?:\s+itself)?\s+(?:(?:has|have|had)\s+)?(?:ranged|range|ranges|varied|vary|varies)\s+(?:(?:from|between)\s+)?(?:(?:about|around|some|roughly)\s+)*$/i;
/** Losses replaced with men: "replace the losses with “a further ", "replacing its dead with some ". */
const REPLACE_LOSSES_BEFORE =
  /\breplac(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?(?:losses|dead|casualties|fallen|killed|wounded)\s+with\s+[“"]?(?:(?:a\s+further|another|an\s+additional|some|about|around|roughly|up\s+to|as\s+many\s+as)\s+)*$/i;
/** The force, then that it has shrunk to a figure: "the contingent had shrunk to around ", "its strength fell to ". */
const FORCE_SHRUNK_BEFORE =
  /\b(?:contingent|force|deployment|presence|strength|troop\s+numbers|numbers?\s+of\s+(?:North\s+Korean\s+)?(?:troops|soldiers))\s+(?:in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:region|oblast))?\s+)?(?:(?:has|had|have)\s+(?:now\s+)?(?:been\s+)?)?(?:shrunk|shrank|shrinks|fallen|fell|falls|dropped|drops|dwindled|dwindles|declined|declines|reduced|decreased|been\s+cut|cut)\s+to\s+(?:(?:about|around|some|roughly|nearly|fewer\s+than|less\s+than|under|just|only|an\s+estimated)\s+)*$/iu;
/** After an allowance: that Russia or another pays it, that the regime keeps it or the men see none of it, or a death. */
const ALLOWANCE_NOT_KEPT_AFTER =
  /^(?:\s*(?:(?:a|per|each|every)\s+(?:day|week|month|year)\s*)?(?:by|from)\s+(?:Russia|Moscow|the\s+Kremlin|the\s+Russian\s+(?:state|government|army|military|defen[cs]e\s+ministry)|the\s+regional\s+government|Kyiv|the\s+Ukrainian\s+(?:state|government|army))\b|\s*(?:(?:a|per|each|every)\s+(?:day|week|month|year)\s*)?,?\s*if\s+(?:their|his|her|a|the)\s+[\w-]+\s+(?:dies|died|is\s+killed|was\s+killed)\b|(?:(?!,\s+(?:(?:a|an|the|one)\s+)?[^,;.]{0,60}?\b(?:said|says|told|added)\b|\baccording\s+to\b)[^.;])*?(?:\b(?:regime|state|Pyongyang|government|party)\s+(?:keeps|kept|takes|took|pockets|pocketed|confiscates|confiscated|retains|retained)\b(?!\s+(?:the\s+)?(?:rest|remainder|balance)\b)|\bwent\s+(?:straight\s+|directly\s+)?(?:to|into)\s+(?:Pyongyang|the\s+regime|the\s+state)\b|\b(?:get|gets|got|see|sees|saw|receive|receives|received|keep|keeps|kept)\s+(?:none|nothing|only|little|just)\b))/i;
/** Another army as the payer or its soldiers as the ones paid: "Kyiv pays", "Under Russian rules", "Ukrainian troops". */
const OTHER_ARMY_PAYS =
  /\b(?:Kyiv\s+(?:pays|paid|gives|gave|offers|offered)|(?:Ukrainian|Ukraine['’]s)\s+(?:soldiers|troops|servicemen|army|forces|families|rules|law)|Russian\s+(?:rules|law|soldiers|troops|servicemen|families|contract\s+soldiers))\b/i;
/**
 * Whether a count is too small to be a force sent: under a hundred, unless vague ("dozens more arrived").
 *
 * @param q The figure.
 * @returns True when no deployment reads it.
 */
function belowAForce(q: Quantity): boolean {
  return (q.max ?? q.min ?? 0) < 100 && !q.vague;
}
/**
 * Whether the words after a figure, up to the next comma or stop, name the North ("losses of about 4,000 North Korean
 * soldiers", "12,000 North Korean troops fighting in Kursk"): then the figure counts the North's men, whoever's army or
 * losses came before it.
 *
 * @param sentence The sentence.
 * @param q The figure.
 * @returns True when the North is named there.
 */
function northNamedAfter(sentence: string, q: Quantity): boolean {
  return /\bKoreans?\b|\bthe\s+North\b|\bPyongyang\b|\bDPRK\b/.test(sentence.slice(q.end).split(/[,;.]/)[0] ?? "");
}
/** The men a figure counts, then how they were sent: "… North Koreans sent to fight", "… troops deployed in Kursk". */
const SENT_AFTER =
  /^\s+(?:North\s+Korean\s+)?(?:troops|soldiers|men|North\s+Koreans|personnel|servicemen)\s+(?:(?:have|had)\s+been\s+|were\s+|already\s+)?(?:sent|deployed|dispatched|shipped|flown)\s+(?!to\s+(?:Pyongyang|North\s+Korea)\b)(?:to|in|into|for)\b/i;
/** The men a figure counts, then that they moved: "… troops left the port city", "… soldiers arrived in Kursk". */
const MOVED_AFTER =
  /^\s+(?:North\s+Korean\s+)?(?:troops|soldiers|men|North\s+Koreans|personnel|servicemen)\s+(?:(?:have|had)\s+(?:already\s+)?)?(?:left(?!\s+(?:to|behind|over|the\s+(?:[\w-]+\s+){0,2}(?:army|military|service|country|forces)|as|for\s+good)\b)|arrived|crossed|landed|reached|sailed|departed|entered|disembarked)\b/i;
/** The men a figure counts, then that they are still to be sent: "… North Korean troops to be sent to Russia". */
const TO_BE_SENT_AFTER =
  /^\s+(?:more\s+)?(?:North\s+Korean\s+)?(?:troops|soldiers|men|North\s+Koreans|personnel|servicemen|workers|engineers|builders)\s+(?:(?:are\s+|is\s+)?(?:to|set\s+to|due\s+to|expected\s+to)\s+be|will\s+be)\s+(?:sent|deployed|dispatched|shipped|flown)\b/i;

/**
 * The soldiers themselves, then the allowance they are given: "the North Korean soldiers themselves were issued only
 * a daily allowance of ", "the North Koreans get a stipend of " (not Russia's own men, nor a stipend paid to the regime).
 */
const SOLDIERS_ALLOWANCE_BEFORE =
  /(?:^|[,;:]\s+|\b(?:and|but|while|whereas)\s+)(?:[Tt]he\s+|[Tt]heir\s+|[Ee]ach\s+|[Ee]very\s+|(?:[Ee]ach|[Aa]ll|[Mm]ost)\s+of\s+(?:the|their)\s+)?(?:North\s+Korean\s+)?(?:(?:[Ss]oldiers|[Tt]roops|[Mm]en)['’]\s+families|(?:[Ff]amilies|[Rr]elatives)\s+of\s+(?:the\s+|these\s+|those\s+)?(?:North\s+Korean\s+)?(?:soldiers|troops|men)|[Ss]oldiers?|[Tt]roops|[Mm]en|[Ss]ervicem[ae]n|North\s+Koreans)(?:['’]s?\s+(?:(?:daily|monthly|weekly|small|meagre|meager)\s+)*(?:allowance|stipend|pocket\s+money|spending\s+money)|(?:\s+(?:themselves|each|all|only|\w+ly|in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|(?:sent|deployed|dispatched|fighting|serving|stationed)\s+(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?))*\s+(?:(?:were|are|was|is)\s+(?:\w+ly\s+)?(?:only\s+)?(?:issued|given|paid|handed)|get|gets|got|receive|receives|received|draw|draws|drew)\s+(?:only\s+)?(?:an?\s+)?(?:(?:daily|monthly|weekly|small|meagre|meager)\s+)*(?:allowance|stipend|pocket\s+money|spending\s+money))\s+of\s+(?:(?:about|around|only|just|some|roughly|barely|a\s+mere)\s+)*$/u;
/** A sum a soldier carries home from the war: "would bring home ", "brought back home about ". */
const BRINGS_HOME_BEFORE =
  /\b(?:bring|brings|brought|bringing)\s+(?:back\s+)?home\s+(?:(?:about|around|roughly|some|only|just|perhaps|maybe|at\s+least|up\s+to|as\s+much\s+as|the\s+equivalent\s+of)\s+)*$/i;
/** A one-off sum before its figure: "a bonus of about ", "a lump sum of ", "a payment of ". */
const SUM_OF_BEFORE =
  /\b(?:bonus|lump\s+sum|one-off\s+payment|payment|payout|sum)\s+of\s+(?:(?:about|around|roughly|some|only|just|perhaps|maybe|at\s+least|up\s+to|the\s+equivalent\s+of)\s+)*$/i;
/** What ends the deployment after a sum: " at the end of his tour", " when the deployment ends". */
const AT_TOUR_END_AFTER =
  /^\s*(?:\([^()]{1,40}\)\s*)?(?:each\s+)?(?:at\s+the\s+end\s+of\s+(?:the|his|her|their|a|each)\s+(?:deployment|tour|service|contract|rotation|posting|mission)|(?:on|upon|after)\s+(?:their|his|her|the\s+soldiers['’]?)\s+return\b|when\s+(?:the|his|their)\s+(?:deployment|tour|contract|rotation)\s+ends)/i;
const SOLDIERS_GET_BEFORE =
  /\b(?:the\s+|a\s+|each\s+|every\s+)?(?:soldiers?|troops|men|conscripts?|privates?|families)\s+(?:(?:in|at)\s+(?:Russia|Kursk|the\s+front)\s+)?(?:themselves\s+|only\s+|actually\s+|probably\s+|likely\s+|typically\s+|usually\s+|eventually\s+|ultimately\s+|would\s+|could\s+|might\s+|will\s+|may\s+|can\s+|(?:are|is|were|was)\s+(?:allowed|permitted|able)\s+to\s+|(?:get|gets|got)\s+to\s+|to\s+)*(?:receive|received|receives|get|got|gets|see|saw|sees|keep|kept|keeps|take home|took home|takes home|are left with|were left with|is left with|was left with|be left with|end up with)\s+["“]?(?:(?:about|around|roughly|some|only|just|perhaps|maybe|even)\s+)?(?:the\s+equivalent\s+of\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent|pc)\s+of\s+(?:(?:it|that|this)\s*[,(—–]|(?:the|their|his|her)\s+[\w-]+\s*[(—–])\s*)?(?:only\s+|just\s+|barely\s+|scarcely\s+|hardly\s+|merely\s+|a mere\s+|an estimated\s+|about\s+|around\s+|roughly\s+|some\s+|perhaps\s+|maybe\s+|no more than\s+|at most\s+|less than\s+|up to\s+|the\s+(?:other|remaining)\s+)*$/i;

/** A person the sentence names, then what they would receive: "he was told he would receive ". */
const HE_WOULD_GET_BEFORE =
  /\b(?:he|she|they|I|we)\s+(?:would|will|was\s+to|were\s+to|could|should|might)\s+(?:only\s+|still\s+)?(?:receive|get|keep|be\s+paid|be\s+given|take\s+home)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)*$/i;

/** What an estimate rests on ("based on the contracts labourers have signed"), which is no part of what it counts. */
/** The words that say what a figure is worked out from: "based on", "judging by", "drawing on". */
const EVIDENCE_WORDS = String.raw`(?:based on|judging (?:by|from)|drawing on|going by|on the basis of|extrapolat\w* from|derived from)`;
/**
 * What a figure is worked out from, set off by a comma: "…, based on how the regime treats its overseas workers",
 * "Drawing on Russian budget documents, …" (not "Judging by defectors' accounts the overseas workers keep …", whose
 * clause runs on).
 */
const EVIDENCE_SET_OFF = new RegExp(
  String.raw`,\s*${EVIDENCE_WORDS}\b[^,;.”"]*|^\W*${EVIDENCE_WORDS}\b[^,;.”"]*,`,
  "gi",
);
const EVIDENCE_PHRASE = new RegExp(String.raw`\b${EVIDENCE_WORDS}\b[^,;.”"]*`, "gi");

/** The words of each sort of loss, to tell "another 2,000 wounded" after a count of the killed from a rise. */
const LOSS_WORDS: Readonly<Record<string, RegExp>> = {
  "casualties-killed": /\b(?:killed|dead|died|deaths?|fatalities|lost their lives)\b/i,
  "casualties-wounded": /\b(?:wounded|injured|injuries)\b/i,
  "casualties-captured": /\b(?:captured|prisoners?|taken prisoner)\b/i,
};

/** "far below Kyiv's figure of", "up from the Pentagon's estimate of": a figure set against another. */
const COMPARED_BEFORE =
  /\b(?:below|above|under|short of|higher than|lower than|less than|more than|compared (?:with|to)|against|versus|up from|down from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*['’]s\s+|[a-z]+\s+)?(?:own\s+)?(?:figure|estimate|count|tally|number|total|toll|claim)\s+of\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|approximately)\s+)*$/u;

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
 * Joins two figures of the same currency written as alternatives ("$100 or $200"), or two counts close together
 * ("maybe 60 or 70"), into one range.
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
      (/^\s+or\s+$/.test(text.slice(prev.end, q.start)) ||
        // ("another 3,500, maybe 4,000, mostly to replace losses": a guess corrected upwards, one range.)
        (/^\s*,\s*(?:(?:maybe|perhaps|possibly)\s+)?$/i.test(text.slice(prev.end, q.start)) &&
          /^(?:maybe|perhaps|possibly)\s/i.test(text.slice(prev.end, q.end).replace(/^\s*,\s*/, "")) &&
          prev.max === prev.min &&
          q.max !== null &&
          prev.min !== null &&
          q.max <= prev.min * 3)) &&
      prev.min !== null &&
      q.max !== null &&
      prev.min < q.max &&
      (prev.currency !== null
        ? prev.currency === q.currency
        : // ("maybe 60 or 70 wounded", "3,000 or 4,000 soldiers": two counts close together, one guess.)
          q.currency === null &&
          prev.form === "amount" &&
          q.form === "amount" &&
          !prev.percent &&
          !q.percent &&
          prev.max === prev.min &&
          q.max <= prev.min * 3)
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

/** Verbs of change: "raised its estimate", "rose", "was revised". */
export const CHANGE_VERBS =
  "raised|raises|raising|lowered|lowers|lowering|revised|revises|revising|updated|updates|increased|increases|decreased|decreases|cut|cuts|upped|changed|adjusted|rose|risen|rises|rising|grew|grown|grows|growing|climbed|climbs|jumped|jumps|fell|fallen|falls|falling|dropped|drops|doubled|swelled";
/** A verb of change before "from … to …": "raised its estimate … from 3,000 to 4,700", "rose from 300 to 600". */
/**
 * "went from 300 to 1,100", "has gone from …": a change only with the verb right before "from", never "the force
 * that went to Russia range from …".
 */
export const WENT_BEFORE_FROM = String.raw`\b(?:went|goes|(?:has|have|had)\s+gone)`;
const CHANGE_FROM_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERBS})\b[^.;:,]{0,80}$|${WENT_BEFORE_FROM}\s*$`, "i");

/** An approximating hedge at the start of a figure: "about 13,000", "roughly 300". */
const APPROX_LEAD =
  /^(?:about|around|roughly|some|approximately|nearly|almost|perhaps|maybe|possibly|an\s+estimated|c\.|ca\.)\s/i;

/**
 * Splits a range written as a change ("raised its estimate from 3,000 to 4,700") into the two figures it
 * gives, the value before and the value after: it is not one figure that lies between them.
 *
 * @param qs Quantities of a sentence.
 * @param text The sentence.
 * @returns The quantities, each change as two.
 */
function splitChanges(qs: Quantity[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    if (q.bound !== "range") {
      out.push(q);
      continue;
    }
    // ("rose from about 300 to 600": the hedge may stand between "from" and the figure.)
    const from = /^from\s+/i.exec(q.text) ?? (/\bfrom\s+$/i.test(text.slice(0, q.start)) ? /^/.exec(q.text) : null);
    // ("grew from 10,000 up to 12,000": "up" belongs to the "to".)
    const to = from ? /\s+(?:up\s+)?to\s+/i.exec(q.text) : null;
    const before = text.slice(0, q.start).replace(/\s*from\s+$/i, "");
    if (!from || !to || q.min === null || q.max === null || !CHANGE_FROM_BEFORE.test(before)) {
      out.push(q);
      continue;
    }
    const firstStart = q.start + from[0].length;
    const firstEnd = q.start + to.index;
    const secondStart = firstEnd + to[0].length;
    const digit = (a: number, b: number): number => a + Math.max(0, text.slice(a, b).search(/\d|\b[a-z]/i));
    const { alternate: _alternate, ...rest } = q;
    // ("from 11,000 to about 13,000": a hedge inside the change is its own end's; "rose from about 300 to
    // 600", the hedge before the whole, hedges both.)
    const inside = from[0] !== "";
    const firstText = text.slice(firstStart, firstEnd);
    const secondText = text.slice(secondStart, q.end);
    // (The number starts after its hedge.)
    const lead = (t: string): number => APPROX_LEAD.exec(t)?.[0].length ?? 0;
    out.push(
      {
        ...rest,
        start: firstStart,
        end: firstEnd,
        text: firstText,
        numberStart: digit(firstStart + lead(firstText), firstEnd),
        numberEnd: firstEnd,
        max: q.min,
        bound: "exact",
        hedgeText: null,
        approx: inside ? APPROX_LEAD.test(firstText) : q.approx,
      },
      {
        ...q,
        start: secondStart,
        text: secondText,
        numberStart: digit(secondStart + lead(secondText), q.end),
        min: q.max,
        bound: "exact",
        hedgeText: null,
        approx: inside ? APPROX_LEAD.test(secondText) : q.approx,
      },
    );
  }
  return out;
}

/**
 * The figures of a sentence: its quantities (alternatives joined), and stances without a number
 * ("never shared this money") standing in as qualitative figures.
 *
 * @param text The sentence.
 * @returns The quantities, and every figure in order of position.
 */
export function sentenceFigures(text: string): { numbers: Quantity[]; figures: Figure[] } {
  const numbers = splitChanges(mergeAlternatives(extractQuantities(text), text), text);
  // A stance says what happens to the money without a number; "90 to 95 per cent of the money goes
  // into state coffers" gives the number, which is the claim.
  const stances = findStances(text).filter(
    (st) =>
      !numbers.some(
        (q) =>
          (q.start < st.end && st.start < q.end) ||
          (q.form === "percent" &&
            q.end <= st.start &&
            st.start - q.end < 80 &&
            !/[;.]/.test(text.slice(q.end, st.start))),
      ),
  );
  const figures: Figure[] = [...numbers, ...stances.map(stanceFigure)].sort((a, b) => a.start - b.start);
  return { numbers, figures };
}

/**
 * The kind a count takes from an earlier count of its sentence, when the words between say it counts
 * the same: a figure set against another ("far below Kyiv's figure of 3,000"), the second count of an
 * elided pair ("46,000 Ukrainian soldiers had been killed and about 380,000 wounded"), a running total
 * ("bringing the total to roughly 14,000"), and the parts of an "including" list.
 *
 * @param q The count.
 * @param ctx Its sentence.
 * @param c Its own classification.
 * @returns The classification with the kind taken, or null when no earlier count gives one.
 */
function kindFromEarlierCount(
  q: Figure,
  ctx: FigureContext,
  c: Extract<Classification, { ok: true }>,
): Classification | null {
  const s = ctx.sentence;
  // ("…, more than three times the figure of 600": a number of times is no earlier count.)
  const earlier = ctx.all.filter(
    (o) => o.end <= q.start && o.form === "amount" && o.currency === null && !TIMES_AFTER.test(s.slice(o.numberEnd)),
  );
  const last = earlier.at(-1);
  // "killed so far was around 300, far below Kyiv's figure of 3,000".
  if (last && c.kind.startsWith("troops") && COMPARED_BEFORE.test(s.slice(0, q.start))) {
    const that = roleOf(last, ctx);
    if (that.ok && that.kind.startsWith("casualties")) return { ...c, kind: that.kind };
  }
  // "46,000 Ukrainian soldiers had been killed and about 380,000 wounded": another army's when the first is.
  if (
    last &&
    c.kind.startsWith("casualties") &&
    /^[^.;]{0,60}?\b(?:and|or)\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|approximately|another)\s+)*$/i.test(
      s.slice(last.end, q.start),
    ) &&
    /^\s+(?:more\s+)?(?:dead|killed|wounded|injured|casualties)\b/i.test(s.slice(q.end)) &&
    !NORTH.test(s.slice(last.end, q.end))
  ) {
    const that = roleOf(last, ctx);
    if (that.ok && that.kind === "context") return { ...c, kind: "context" };
  }
  // "roughly 2,000 of them have been killed, double its estimate of 1,000 in April": the earlier estimate
  // of the same count, when no noun of its own says what it counts.
  if (
    last &&
    /\b(?:double|twice|triple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times|(?:two|three|four|five|ten|\d+)-fold\s+(?:rise|increase|jump)\s+from|half|up from|down from|compared (?:with|to)|against|versus)\s+(?:its|their|his|her|the|an?(?=\s+(?:earlier|previous|initial|prior|original)\b))\s+(?:own\s+)?(?:(?:earlier|previous|initial|last|prior|first|original|january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:estimate|figure|count|tally|number|toll)\s+of\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|approximately)\s+)*$/i.test(
      s.slice(last.end, q.start),
    ) &&
    !/^\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|men|people|dead|deaths|killed|wounded|injured|casualties|[a-z]+ers)\b/i.test(
      s.slice(q.end),
    )
  ) {
    const that = roleOf(last, ctx);
    if (that.ok && that.kind !== c.kind && that.kind !== "context") return { ...c, kind: that.kind };
  }
  // "about 6,000 killed or wounded …, up from 4,000 in February": an earlier value of the same count.
  if (
    last &&
    /\b(?:up|down|rising|falling|rose|fell|increased|decreased|revised)\s+from\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|approximately|an estimated)\s+)*$/i.test(
      s.slice(last.end, q.start),
    )
  ) {
    const that = /^\s+(?:[\w-]+\s+){0,2}?(?:dead|deaths|killed|wounded|injured|casualties)\b/i.test(s.slice(q.end))
      ? null
      : roleOf(last, ctx);
    const family = (k: string): string => k.replace(/-.*$/, "");
    if (that?.ok && that.kind !== c.kind && family(that.kind) === family(c.kind)) return { ...c, kind: that.kind };
  }
  // "Ukrainian officials say more than 1,000 have died; the agency says about 300.": what the count
  // before the contrast counts.
  const contrasted =
    (c.kind.startsWith("troops") || c.kind.startsWith("casualties")) &&
    SAID_BARE_BEFORE.test(s.slice(0, q.start)) &&
    BARE_CLAUSE_END.test(s.slice(q.end))
      ? countBeforeContrast(s, q, ctx.all)
      : null;
  if (contrasted !== null) {
    const kind = lastCountKind(s.slice(0, contrasted));
    if (kind && kind !== c.kind) return { ...c, kind };
  }
  // "The casualty numbers are murky. Kyiv says 4,000.": what the sentence before counts, by its last
  // count or, with none, by the words of the sentences before.
  if (
    ctx.last &&
    earlier.length === 0 &&
    (c.kind.startsWith("troops") || c.kind.startsWith("casualties")) &&
    SAID_BARE_BEFORE.test(s.slice(0, q.start)) &&
    BARE_CLAUSE_END.test(s.slice(q.end)) &&
    !COUNTED_WORDS.test(s)
  ) {
    const kind =
      lastCountKind(ctx.last) ??
      (/\bcasualt\w*|\blosses\b/i.test(ctx.previous)
        ? "casualties-total"
        : /\b(?:killed|dead|deaths?)\b/i.test(ctx.previous)
          ? "casualties-killed"
          : null);
    if (kind && kind !== c.kind) return { ...c, kind };
  }
  // "15,000 soldiers had been sent. The agency puts the number at about 11,000.": a bare "the number"
  // counts what the last count of the sentence before counted, not what a paragraph further back did.
  if (
    ctx.last &&
    earlier.length === 0 &&
    (c.kind.startsWith("troops") || c.kind.startsWith("casualties")) &&
    // "The NIS figure is about 2,000", "the agency's previous estimate of 300": whose figure may stand
    // before its noun.
    // ("The HUR's count is higher, at 1,200": a comparison with the count before, set off by a comma.)
    // ("Kyiv's count in May was higher, at 1,100": a place's or a body's count, its time between.)
    THE_COUNT_AT_BEFORE.test(s.slice(0, q.start)) &&
    // Only when the sentence's own words say nothing of what is counted.
    !COUNTED_WORDS.test(s)
  ) {
    // ("Ukraine's agency says the toll is worse. The HUR's count is higher, at 1,200": a sentence between
    // that speaks of the losses without a count leads back to the count before it.)
    const recent = ctx.recent?.() ?? "";
    const kind =
      // ("… put North Korean casualties at 3,000. … The agency's figure was 3,000": the figure of that value
      // the number restates, first.)
      restatedCountKind(q, ctx) ??
      // ("And the wounded?" / "The NIS put the number at about 4,000": what the question asked, next.)
      askedKind(ctx.last) ??
      lastCountKind(ctx.last) ??
      // ("Kyiv's count was higher, at 1,160. The agency's was higher still, at 1,240": a count set
      // higher than one that names nothing it counts leads back further.)
      ((/\b(?:toll|losses|casualt\w*|dead|deaths?|killed|wounded)\b/i.test(ctx.last) ||
        /\b(?:higher|lower|larger|smaller|bigger)\b/i.test(s.slice(0, q.start))) &&
      recent !== ""
        ? lastCountKind(recent.slice(0, Math.max(0, recent.length - ctx.last.length)))
        : null);
    // ("the total could climb to 100,000": what may come stays what may come; after a count of the wounded,
    // "the total could rise to 20,000" is losses foreseen, context as "casualties could exceed 10,000" is.)
    if (c.kind === "troops-projected" && kind?.startsWith("casualties")) return { ...c, kind: "context" };
    if (kind && kind !== c.kind && !(c.kind === "troops-projected" && kind === "troops-deployed"))
      return { ...c, kind };
  }
  // "3,000 more troops, bringing the total to roughly 14,000": what its increment counts.
  if (last && BRINGING_TOTAL_BEFORE.test(s.slice(0, q.start))) {
    const that = roleOf(last, ctx);
    if (that.ok && (that.kind.startsWith("troops") || that.kind.startsWith("casualties")) && that.kind !== c.kind)
      return { ...c, kind: that.kind };
  }
  // "plans to send 6,000 more, including 1,000 deminers and 5,000 builders": the parts of a force still to
  // come are still to come; "Russia's total losses at 884,000, including 1,270 in the past day": a part
  // of another army's is another army's.
  if (c.kind === "troops-deployed") {
    const whole = [...earlier].reverse().find((o) => /^[^.;]*?,\s*including\b[^.;]*$/i.test(s.slice(o.end, q.start)));
    const that = whole ? roleOf(whole, ctx) : null;
    if (that?.ok && (that.kind === "troops-projected" || that.kind === "context")) return { ...c, kind: that.kind };
  }
  return null;
}

/**
 * The role of one figure: a stance carries its own; a quantity is classified in its sentence.
 *
 * @param q The figure.
 * @param ctx The sentence and its other quantities.
 * @returns The classification.
 */
/** A telephone number written in groups: "1-800-555-0199", "+82 2 3703 2114", "(202) 555-0143". */
// ("+7 (495) 555-01-23": groups of two digits at the end, as Russian numbers are written.)
const PHONE_NUMBER =
  /(?:\+\d{1,3}[-. ]?)?(?:\(\d{1,4}\)[-. ]?|\d{1,4}[-. ])(?:\d{1,4}[-. ]){0,2}\d{2,4}[-. ]\d{2,4}(?!\d|,\d)/g;

/**
 * Whether a figure is one group of a telephone number: a run of three or more digit groups with
 * nine digits or more in all (or a bracketed area code), none of them written with thousands commas.
 *
 * @param sentence The sentence.
 * @param q The figure.
 * @returns True inside such a number.
 */
function insidePhoneNumber(sentence: string, q: Figure): boolean {
  if (!/\d[-. )]\s?\d{2,4}[-. ]\d/.test(sentence)) return false;
  const from = Math.max(0, q.start - 24);
  const around = sentence.slice(from, Math.min(sentence.length, q.end + 24));
  for (const m of matchesOf(around, PHONE_NUMBER)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (end <= q.start || start >= q.end) continue;
    if (/,\d/.test(m[0]) || /\d,$/.test(sentence.slice(0, start))) continue;
    // ("2025-05-02 17:40", "02.05.2025": a date, and the time after it.)
    if (/(?:^|\D)(?:19|20)\d\d[-.]\d\d?[-.]\d\d?(?!\d)|(?:^|\D)\d\d?[-.]\d\d?[-.](?:19|20)\d\d(?!\d)/.test(m[0]))
      continue;
    // ("(2) 70-80 wounded": a list's number in brackets, then a range, is no area code.)
    const digits = (m[0].match(/\d/g) ?? []).length;
    if (digits >= 9 || (m[0].includes("(") && digits >= 7)) return true;
  }
  return false;
}

/**
 * "Is it really credible that only 300 of them have died …?", "Are we to believe that …?": a question that
 * doubts the figure it asks about (a plain "Is it true that …?" asks without doubting).
 */
export const DOUBTING_QUESTION =
  /^\s*(?:(?:but|and|so)\s+)?(?:(?:is|was)\s+it\s+(?:really|seriously)\s+(?:credible|believable|plausible|possible|likely|true)|(?:are|were)\s+we\s+(?:really\s+)?(?:to|supposed\s+to|meant\s+to)\s+believe|(?:can|could|does|do)\s+(?:anyone|anybody|we|they)\s+(?:really\s+|seriously\s+)+believe)\b[^?]*$/i;
/** A sentence in the form of a question: "Is it true that …?", "How can Russia pay …?". */
// ("Q: Is it true that …?", "Interviewer: Do 11,000 …?": a transcript's label before the question.)
const QUESTION_FORM =
  /^\W*(?:(?:Q|\p{Lu}[\p{L}\d_'’-]*(?:\s+\p{Lu}[\p{L}\d_'’-]*){0,2})\s*[.:]\s+)?(?:(?:and|but|so)\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|how|what|why|who|whom|where|when|which)\b[^?]*\?\W*$/iu;

/**
 * "It is unclear whether 11,000 troops remain", "Officials could not say whether as many as 3,000 have
 * died": a question the sentence leaves open, up to the figure. A figure named as known ("whether the
 * 11,000 troops sent in October remain", "whether all 11,000") is not what is asked.
 */
const LEFT_OPEN =
  /\b(?:unclear|not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|uncertain|unknown|(?:independently\s+)?(?:verified|confirmed)|remains\s+to\s+be\s+seen|no\s+(?:one|body)\s+knows|nobody\s+knows|(?:could|would|did|does|do|cannot|can)\s*not\s+(?:say|know|tell|confirm|verify)|(?:couldn['’]t|wouldn['’]t|didn['’]t|don['’]t|doesn['’]t|can['’]t)\s+(?:say|know|tell|confirm|verify)|declined\s+to\s+(?:say|confirm)|(?:impossible|hard|difficult|too\s+early)\s+to\s+(?:say|know|tell|confirm|verify))\s+(?:whether|if)\s+(?:(?!\b(?:the|all|those|these|its|their|his|her|of|since|after|when|before|because|which|who|while|although|once|until)\b)(?:[^,;:.]|[,.](?=\d{3})))*$/i;
/**
 * "The NIS has not said that 3,000 …", "Seoul never claimed that 20,000 …", "has never claimed anything like
 * 30,000", "The NIS hasn't confirmed that 3,000 …", "The Kremlin has never confirmed the presence of the 12,000
 * troops": a figure a source is said not to have given, which nobody in the sentence gives.
 */
const NOT_SAID_THAT = new RegExp(
  String.raw`${NEGATED_AUXILIARY}\s+(?:(?:yet|publicly|officially|ever)\s+)?(?:(?:said|say|claimed|claim|stated|state|confirmed|confirm|listed|list)\s+(?:that\s+)?|(?:suggested|suggest|reported|report|verified|verify|announced|announce)\s+that\s+|(?:confirmed|confirm|acknowledged|acknowledge|admitted|admit)\s+(?:the\s+)?(?:presence|deployment|arrival|existence|deaths?|losses)\s+of\s+(?:the\s+|any\s+|its\s+)?)(?:(?:about|around|some|as\s+many\s+as|nearly|almost|roughly|anything)\s+)*[$€£₩₽]?$`,
  "i",
);
/**
 * The sentence so far is an open "if" clause, or one that supposes as "if" does ("Assuming 90% is
 * withheld", "Supposing that"): no comma or "then" has closed it yet.
 */
const IF_CLAUSE =
  /^\W*(?:even\s+)?(?:if|assuming|supposing|suppose|provided\s+that)\b(?:\s*,\s*(?:as|like)\s[^,;:]{1,60},)?[^,;:]*$/i;
/**
 * A sum in the main clause after an "if" ("If the deployment grows, North Korea's earnings could top
 * $500 million a year", "Should the deployment grow, …"), or before an "if" after "could"/"would"
 * ("… could top $500 million a year if the deployment grows"): a sum worked out for a case, not reported.
 * An "if" that restates figures ("If each of the 12,000 soldiers earns $2,000, Pyongyang would collect
 * $24 million a month") makes the sum the article's arithmetic on them, which is kept.
 */
const IF_THEN_SUM =
  /^\W*(?:even\s+)?(?:if|should|assuming|supposing|suppose)\s[^;:.\d]*?,[^;:]*\b(?:would|could|might)\b[^;:]*$/i;
/** An "if" of the past perfect, then what would have followed: "If Russia had paid $2000 a month …, that would be ". */
const COUNTERFACTUAL_THEN =
  /^\W*(?:even\s+)?if\s+[^;:]*?\b(?:had|were)\s+(?:(?:really|actually|ever|only)\s+)?(?:paid|sent|received|deployed|kept|earned|given|lost)\b[^;:]*?,[^;:]*\b(?:would|could|might)\b[^;:]*$/i;
/**
 * A condition put by inverting its verb, then a main clause of what would follow: "Were Pyongyang to send
 * 30,000 more troops, Russia would pay …", "Should 50,000 be sent, …", "Had North Korea sent 50,000, the
 * front would …" (a question, "Were 3,000 killed, as reports claim?", has no clause of what would follow).
 * The groups are the condition and the clause after it.
 */
const INVERTED_CONDITION =
  /^\W*(?:were|had|should)\s+(?!it\s+not\b)([^,;:.?]{1,100}),([^.;:?]*\b(?:would|could|might)\b)/i;

/**
 * Whether a figure is supposed by an inverted condition: one inside the condition, and one in what would
 * follow it that the modal governs, before any "but" ("Had North Korea sent 50,000 soldiers, the front would
 * look different, but it has sent about 11,000" supposes the 50,000 alone; "Had the NIS not briefed
 * lawmakers, few would have known that about 11,000 …" supposes nothing; "Were it not for the 11,000 …" and
 * "the 11,000 already there" presuppose their figure).
 *
 * @param sentence The sentence.
 * @param at The figure's offset.
 * @returns True when the figure is supposed.
 */
function invertedSupposes(sentence: string, at: number): boolean {
  const plain = sentence.replace(/(\d),(?=\d)/g, "$1_");
  const m = INVERTED_CONDITION.exec(plain);
  if (!m?.[1]) return false;
  const comma = m[0].length - (m[2]?.length ?? 0) - 1;
  // ("… on top of the 11,000 already there", "the roughly 11,000 … in Russia would return": a figure named
  // with "the" is one already known, not supposed.)
  if (/\bthe\s+(?:(?:about|some|roughly|nearly|estimated)\s+)*$/i.test(plain.slice(0, at))) return false;
  if (at < comma) return true;
  // What would follow, up to a "but" ("…, but it has sent about 11,000"): a figure the modal governs, before
  // it ("Russia would have needed about 12,000") or in its own clause after it ("about 3,000 … would have
  // survived"), not one of a clause of fact ("few would have known that about 11,000 … are now in Kursk",
  // "the HUR said … that 12,000 … are in Kursk and that more could follow").
  const between = plain.slice(comma, at);
  if (/\b(?:but|yet|while|whereas|although|though)\b|[;:]/i.test(between)) return false;
  // (An aside, ", by Seoul's count,", is no end of the figure's clause; "would mean that …" supposes what follows.)
  const ownClause =
    plain
      .slice(at)
      .replace(/,\s*(?:by|according\s+to|in)\s+[^,;.]{1,40},/gi, " ")
      .split(/\b(?:and|but|or)\s+that\b|[,;:.]|\s(?:and|or|but)\s/)[0] ?? "";
  return (
    /\b(?:it|this|that)\s+(?:would|could|might)\s+(?:mean|imply|suggest|require)\b|\b(?:would|could|might)\b(?![^.;:]*\bthat\b)/i.test(
      between,
    ) || /\b(?:would|could|might)\b/i.test(ownClause)
  );
}
const SUM_THEN_IF = /\b(?:would|could|might)\b[^,;:]*$/i;
/**
 * An inverted condition after the clause of what would follow: "Russia would pay about $2 billion a year
 * were Pyongyang to send 100,000 troops", "… could double, should the deployment be doubled", "… would
 * have died had the unit not withdrawn". The subject of the inverted verb is a name, a pronoun or a noun
 * after "the", and "were" or "should" takes "to" or "be" after it ("3,000 troops were expected to arrive"
 * is no condition: a participle is no subject).
 */
const TRAILING_INVERTED_CONDITION = new RegExp(
  // (After a relative or a subject pronoun it is no inversion: "a figure that had Seoul worried", "because it had
  // the most men", "these were the last to be trained"; nor is a possessive, "were Pyongyang's to keep", nor a
  // rank, "were the first to".)
  String.raw`(?<=[\s,])(?<!\b(?:that|which|who|whom|it|they|he|she|we|these|those|there|this)\s+)(?:(?:were|should)\s+(?:it|they|(?:the|its|their)\s+(?!(?:first|last|only|next|second|third|most|least|best|worst|same|ones?)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|(?-i:\p{Lu})[\p{L}’'-]*(?<![’']s)(?:\s+(?-i:\p{Lu})[\p{L}’'-]*(?<![’']s)){0,3})\s+(?:to|be)\s+\p{L}|had\s+(?:it|they|(?:the|its|their)\s+(?!(?:most|best|least|first|last|only)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|(?-i:\p{Lu})[\p{L}’'-]*(?:\s+(?-i:\p{Lu})[\p{L}’'-]*){0,3})\s+(?:not\s+)?(?!(?:worried|alarmed|concerned|scared|nervous|puzzled|guessing|wondering)\b)[\p{Ll}]+(?:ed|n|t|ne)\b)`,
  "iu",
);

/**
 * Whether a figure is supposed by an inverted condition that comes after the clause of what would follow
 * (see `TRAILING_INVERTED_CONDITION`): one inside the condition, before its clause ends, one after the modal
 * of that clause, and one that is the modal's own subject ("About 3,000 more would have died had …"), not
 * one named with "the" ("the 11,000 already there"), one whose noun goes on ("12,000 soldiers in Russia
 * would …"), nor one past a comma, "and", "but" or a semicolon after the condition.
 *
 * @param sentence The sentence.
 * @param at The figure's offset.
 * @returns True when the figure is supposed.
 */
function trailingInvertedSupposes(sentence: string, at: number): boolean {
  const plain = sentence.replace(/(\d),(?=\d)/g, "$1_");
  const modal = /\b(?:would|could|might)\b/i.exec(plain);
  if (!modal) return false;
  const condition = TRAILING_INVERTED_CONDITION.exec(plain.slice(modal.index));
  if (!condition) return false;
  const start = modal.index + condition.index;
  // (The modal's clause and the condition are one stretch: nothing between them ends a clause.)
  if (/[;:]|\b(?:but|yet|while|whereas|although|though)\b/i.test(plain.slice(modal.index, start))) return false;
  if (/\bthe\s+(?:(?:about|some|roughly|nearly|estimated)\s+)*$/i.test(plain.slice(0, at))) return false;
  if (at >= start) return !/[,;:]|\b(?:and|but|yet)\b/i.test(plain.slice(start, at));
  // ("About 3,000 more would have died had …": a figure right before the modal, with at most its noun, is its
  // subject.)
  if (at < modal.index)
    return /^(?:(?:about|around|some|roughly|nearly|almost|perhaps|up\s+to|as\s+many\s+as|another)\s+)*[$€£₩₽]?[\w_.]+(?:\s+(?:more|other|additional|North|Korean|soldiers|troops|men|people|others|dead|wounded))*\s+$/i.test(
      plain.slice(at, modal.index),
    );
  return true;
}
/**
 * A sentence that opens by supposing: "Let's say North Korea has sent 15,000", "Let us be generous and
 * say that …", "Imagine that …", "Say Moscow pays …", "For the sake of argument, take the highest
 * estimate: 15,000".
 */
/**
 * A correction of a figure's credit, not of the figure: "misattributed the estimate of 12,000 to …",
 * "misidentified the source of the $2,000 figure", "wrongly attributed …", "An earlier version said the NIS
 * had given the $2,000 figure; it came from a defector".
 */
const CREDIT_CORRECTED =
  /\b(?:misattribut\w*|misidentif\w*\s+the\s+(?:source|author|origin)|(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:attributed|credited))\b|\b(?:earlier|previous|original)\s+version\b[^.;]*\b(?:figure|estimate|number|count)\b[^.;]*;\s*(?:it|the\s+(?:figure|estimate))\s+(?:came|comes)\s+from\b/i;
const SUPPOSING_OPENING =
  /^\W*(?:(?:(?:for\s+the\s+sake\s+of\s+argument|hypothetically)\s*,\s*)?(?:let['’]s|let\s+us|let\s+me)\s+(?:be\s+\w+\s+and\s+)?(?:say|assume|suppose|imagine|posit|grant|take)\b[^.;?!]*|(?:for\s+the\s+sake\s+of\s+argument|hypothetically)\s*,\s*(?:take|say|assume|suppose|imagine)\b[^.;?!]*|(?:say|imagine|assume)\b[^.;:?!]*)$/i;
/** A sentence that works out a sum from the one before: "That comes to", "That would be", "This makes". */
const WORKED_OUT_OPENING =
  /^\W*(?:that|this|which)\s+(?:(?:comes?|came|works?\s+out|adds?\s+up|amounts?)\s+to|is|would\s+be|makes|gives)\b[^.;]*$/i;
/** "Even at half that rate, the regime would earn …": a sentence that works out a case it supposes. */
const SUPPOSED_CASE = /^\W*even\s+(?:at|with)\b[^.;]*,[^.;]*\b(?:would|could|might)\b/i;
/**
 * "At $2,000 a month, the daily rate works out to about $66": a rate worked out at a pay given before, which
 * is no new figure, nor is the pay it starts from ("At 9,000 soldiers, the bill comes to …" works out a total
 * for a head count, which is kept with its basis).
 */
const WORKED_AT_CASE =
  /^\W*at\s+(?:about\s+|around\s+|roughly\s+)?[$€£₩]\d[^.;,]*,[^.;]*\b(?:works?\s+out\s+to|comes?\s+to|amounts?\s+to|translates?\s+(?:in)?to|equals|means)\b/i;

/**
 * Whether a rate opens "That works out to", "That is", "This comes to" after a sentence that gave the same pay
 * over another period ("Each soldier is paid $2,000 a month. That works out to about $66 a day."): the pay of the
 * sentence before, restated, whoever the sentence credits with the sum.
 *
 * @param q The quantity.
 * @param ctx The sentence and the one before it.
 * @returns True for a restated rate.
 */
function restatesRateBefore(q: Quantity, ctx: FigureContext): boolean {
  const per = q.per;
  const value = q.min ?? q.max;
  if (q.currency === null || per === null || value === null) return false;
  if (!WORKED_OUT_OPENING.test(ctx.sentence.slice(0, q.start).replace(/(\d)[.,](?=\d)/g, "$1"))) return false;
  // ("That is $500 a week more than promised", "That is about $70 a day for North Koreans too", "That is now
  // $60 a day, after Moscow cut it": a difference, another group's pay or a new pay, not the pay again.)
  const tail = ctx.sentence.slice(q.end);
  if (
    !/^\s*(?:[,.!;]|$)/.test(tail) ||
    /\b(?:cut|raised|lowered|reduced|increased|rose|fell|dropped|as\s+well|too|also)\b|,\s*for\s+(?:the\s+)?\p{L}/iu.test(
      tail,
    )
  )
    return false;
  if (/\b(?:now|since|after|still|already)\b/i.test(ctx.sentence.slice(0, q.start))) return false;
  const monthly = value * PER_MONTH[per];
  return extractQuantities(ctx.last ?? ctx.previous).some((p) => {
    const v = p.min ?? p.max;
    if (p.currency !== q.currency || p.per === null || p.per === per || v === null) return false;
    const other = v * PER_MONTH[p.per];
    return Math.abs(other - monthly) <= 0.1 * other;
  });
}

/**
 * Whether a sum or a share is an input of a sum worked out after it: in a verbless opening clause whose main
 * clause works the sum out ("At 12,000 soldiers and $2,000 a month, the payments come to …"), or in the same
 * case again after a semicolon with its verb left out ("…; at a third of $1,000, about $330").
 *
 * @param q The quantity.
 * @param ctx The sentence.
 * @returns True for an input.
 */
function inputOfWorkedSum(q: Quantity, ctx: FigureContext): boolean {
  const s = ctx.sentence;
  const semi = s.lastIndexOf(";", q.start);
  const plain = (t: string): string => t.replace(/(\d),(?=\d)/g, "$1");
  const after = s.slice(q.end);
  const opening = s.slice(semi + 1, q.start);
  // ("With Pyongyang taking 90%, a soldier would keep …" reports the share; "At a third of $2,000" applies it.)
  const applied =
    q.currency !== null ||
    (q.percent &&
      (/^\s*of\s+(?:the\s+|his\s+|their\s+|each\s+)?(?:[$€£₩₽]\s?\d|\d|pay|salary|wages?|sum)/i.test(after) ||
        /^\W*at\s+(?:about\s+|around\s+|roughly\s+)?$/i.test(opening)));
  // ("With pay of $2,000 a month reported by the NIS, …": a figure the opening credits is reported.)
  if (
    !applied ||
    /^[^,;.]*\b(?:(?:reported|estimated|cited|given|put)\s+by|according\s+to|citing)\b/i.test(after) ||
    !SUM_INPUT_OPENING.test(plain(opening))
  )
    return false;
  if (SUM_WORKED_AFTER.test(plain(after))) return true;
  if (semi <= 0) return false;
  const first = plain(s.slice(0, semi));
  return (
    /^[^.;,:]*,\s*(?:(?:about|around|some|roughly|nearly|just|only)\s+)*[$€£₩₽]?\s?\d[^;]*$/.test(plain(after)) &&
    /^\W*(?:at|with)\s[^.;,:]*,[^.;]*$/i.test(first) &&
    SUM_WORKED_AFTER.test(first.replace(/^\W*(?:at|with)\s[^.;,:]*/i, ""))
  );
}

/**
 * An opening clause that sets out the inputs of a sum ("At 12,000 soldiers and $2,000 a month, …", "With
 * 11,000 soldiers paid $2,000 a month each, …"), up to a figure in it, and the sum worked out after the
 * clause's comma ("…, Russia's payments come to about $30 million a month").
 */
const SUM_INPUT_OPENING =
  /^\W*(?:at|with)\s(?![^.;,:]*\b(?:is|are|was|were|earns?|earned|gets?|got|receives?|received|pays|makes?|made|says?|said|(?:reported|estimated|cited|given|put)\s+by)\b)[^.;,:]*$/i;
const SUM_WORKED_AFTER =
  /^[^.;,:]*,(?!\s*(?:which|that|or)\b)[^.;]*?\b(?:works?\s+out\s+to|comes?\s+to|amounts?\s+to|adds?\s+up\s+to|totals?|translates?\s+(?:in)?to|would\s+(?:be|come\s+to|total|cost|earn|bring|take\s+home|keep|be\s+left\s+with|receive|get|pocket))\b[^.;]*?[$€£₩₽]?\s?\d/i;

/** A count to come, before the figure: "could reach", "are on course to pass", "expects … to rise to". */
const LOSSES_FORESEEN =
  /\b(?:could|may|might|will|would|(?:is|are)\s+(?:expected|likely|set|projected|forecast|on\s+course|on\s+track|poised)\s+to|expects?\s+[^,;.]{1,60}?\s+to|expected\s+[^,;.]{1,60}?\s+to)\s+(?:(?:soon|eventually|easily|well)\s+)?(?:reach|rise\s+to|climb\s+to|grow\s+to|increase\s+to|pass|exceed|top|hit|surpass|double\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|as many as)\s+)*$/i;

/**
 * The ages of a group, not of one person the article describes: "They are 20, 21 years old", "whose
 * soldiers are typically between 18 and 25 years old", "conscripts aged 18 to 25".
 */
const GROUP_AGE_BEFORE =
  /\b(?:they|soldiers|troops|recruits|conscripts|men|boys|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them)\s+(?:(?:are|were|being|who\s+are|who\s+were|mostly|typically|usually|often|generally|only|just|aged|between|about|around|roughly|as\s+young\s+as)\s+)*(?:\d{1,3}\s*(?:,|or|to|and|-|–)\s*)*$/i;

/**
 * Whether an age is a group's ("They are 20, 21 years old").
 *
 * @param s Sentence.
 * @param q The age.
 * @returns True for a group's ages.
 */
function groupAge(s: string, q: Quantity): boolean {
  return (
    GROUP_AGE_BEFORE.test(s.slice(Math.max(0, q.start - 80), q.start)) ||
    // ("as the number of 20-year-old men falls": the age of many, no one's biography.)
    (!/\ban?\s*$/i.test(s.slice(Math.max(0, q.start - 4), q.start)) &&
      /^[\s-]*old\s+(?:(?!(?:who|that|which|with|whose)\b)[\w-]+\s+){0,2}(?:men|women|males|females|boys|girls|soldiers|troops|recruits|conscripts|people|North\s+Koreans)\b/i.test(
        s.slice(q.end),
      ))
  );
}

/** "… of January", "… of last month": the period a "first half" or "second half" is part of. */
const HALF_OF_MONTH = new RegExp(
  String.raw`^\s+of\s+(?:(?:${MONTH_NAMES})\b|last\s+(?:year|month)|this\s+(?:year|month))`,
);

export function roleOf(q: Figure, ctx: FigureContext): Classification {
  // "are unlikely to see anything close to the $2,000 a month that …": what the figure is, read as if the
  // words that reject it were not there (whoever rejects it is told by the credit).
  // (Only a figure the sentence says someone reported: "nothing like the $2,000 a month" alone is no claim.)
  const rejecting = REPORTED_AFTER.test(ctx.sentence.slice(q.end))
    ? NOTHING_LIKE_BEFORE.exec(ctx.sentence.slice(0, q.start))
    : null;
  if (rejecting) {
    const cut = rejecting[0].length;
    const shift = <T extends Quantity>(o: T): T =>
      o.start >= q.start
        ? {
            ...o,
            start: o.start - cut,
            end: o.end - cut,
            numberStart: o.numberStart - cut,
            numberEnd: o.numberEnd - cut,
          }
        : o;
    return roleOf(shift(q), {
      ...ctx,
      sentence: ctx.sentence.slice(0, rejecting.index) + ctx.sentence.slice(rejecting.index + cut),
      all: ctx.all.map(shift),
    });
  }
  // "one in three", "1 out of 5": a ratio, whose parts count nothing on their own.
  const before = ctx.sentence.slice(Math.max(0, q.start - 20), q.start);
  const after = ctx.sentence.slice(q.end, q.end + 20);
  if (RATIO_BEFORE.test(before) || RATIO_AFTER.test(after)) return { ok: false, reason: "part of a ratio (one in N)" };
  // ("eight to ten wounded for every soldier killed", "For every North Korean killed, three wounded": a count per
  // another, no count of its own.)
  if (
    /^\s+(?:(?:are|were|is|was)\s+)?(?:killed|wounded|dead|injured|casualties|deaths|captured)\s+for\s+(?:every|each)\s/i.test(
      ctx.sentence.slice(q.end, q.end + 60),
    ) ||
    /\bfor\s+(?:every|each)\s+[^,;.\d]{0,40}\b(?:killed|wounded|dead|injured|death|casualty)\b[^,;.\d]{0,30},\s*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { ok: false, reason: "part of a ratio (one in N)" };
  // "by the same date,[6]", "4,700 casualties in April.[7]": a reference marker, not a count.
  if (/\S\[$/.test(before) && /^\s*(?:[,–-]\s*\d+\s*)*\]/.test(after) && (q.max ?? 0) < 1000)
    return { ok: false, reason: "a footnote marker" };
  // "Not one cent of the money", "“Not one ruble,” he said": a negation, not an amount.
  if ((q.min ?? q.max ?? 0) <= 1 && /\b(?:not|never|nor|without)\s+(?:a\s+single|even\s+one|one|a)?\s*$/i.test(before))
    return { ok: false, reason: "a negation ('not one …'), not an amount" };
  // "in the second half of 2025", "the second half of January": a part of a period, not a share.
  if (
    (/^\s+of\s+(?:the\s+)?(?:\d{4}|year|month|week|century|decade|the\s+\w+)\b/i.test(after) ||
      HALF_OF_MONTH.test(after)) &&
    /\b(?:first|second|latter|former|other)\s+$/i.test(before) &&
    /^half$/i.test(q.text)
  )
    return { ok: false, reason: "a part of a period, not a share" };
  // "vary by a factor of three": a multiplier, not a count.
  if (/\bfactor\s+of\s+$/i.test(before)) return { ok: false, reason: "a multiplier (a factor of N), not a count" };
  // "in a report on page 14", "paragraph 3 of the resolution", "Article 4 of the treaty", "(Table 3, p.
  // 27)": a place in a document.
  if (
    /\b(?:pages?|pp?\.|paragraphs?|para\.|sections?|chapters?|annex|appendix|article|clause|footnote|resolution)\s+$/i.test(
      before,
    ) ||
    // (A table or figure by its capital: "the figure 3,000" is a figure's value.)
    /\b(?:Tables?|Figures?|Fig\.|Charts?|Graphs?|Maps?|Exhibit)\s+$/.test(before)
  )
    return { ok: false, reason: "a page, section or document number" };
  // "IMO numbers 9123456 and 9234567", "call 0800 5550199": a code or a telephone number. Counts of
  // seven digits and more are written with separators or words; a count never opens with a zero.
  const digits = ctx.sentence.slice(q.numberStart, q.numberEnd);
  if (
    /^(?:\d{7,}|0\d+)$/.test(digits) ||
    insidePhoneNumber(ctx.sentence, q) ||
    /\b(?:phone|telephone|helpline|hotline|dial|fax|IMO|MMSI|serial|registration|licen[cs]e)\s+(?:numbers?\s+|no\.?\s+|#\s*)?$/i.test(
      before,
    )
  )
    return { ok: false, reason: "an identifier or a telephone number, not a count" };
  // "$2,000 is about 2.8 million won", "That sum equals about 400 billion won at current exchange rates":
  // a sum the sentence gives again in another currency, not a figure of its own.
  if (q.form === "amount" && (q.currency !== null || q.currencyWord || /^\s*cents?\b/i.test(after))) {
    // ("4,000 won was worth less than 50 cents at the time": a currency word leads as well as a sign.)
    const lead =
      /(?:([$£€₩])\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?|\d[\d,.]*(?:\s*(?:million|billion))?\s+(won|rubles?|roubles?|dollars?|yuan|euros?))(?:\s+[\w-]+){0,2}?\s+(?:is|are|was|were|equals|equal to|comes to|works out (?:at|to)|amounts to|converts to|(?:is|are|was|were)\s+worth)\s+(?:(?:about|roughly|around|some|nearly|almost|approximately|less than|more than|under|over|just)\s+)?$/i.exec(
        ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
      );
    const codes: Readonly<Record<string, readonly string[]>> = {
      $: ["USD"],
      "£": ["GBP"],
      "€": ["EUR"],
      "₩": ["KRW"],
      won: ["KRW", "KPW"],
      ruble: ["RUB"],
      rouble: ["RUB"],
      dollar: ["USD"],
      yuan: ["CNY"],
      euro: ["EUR"],
    };
    const from = (lead?.[1] ?? lead?.[2] ?? "").toLowerCase().replace(/s$/, "");
    if (
      (from !== "" && !(codes[from] ?? []).includes(q.currency ?? "")) ||
      /^\s*(?:at|using)\s+(?:the\s+)?(?:current|today['’]s|prevailing|market|official)?\s*(?:exchange|market)\s+rates?\b/i.test(
        ctx.sentence.slice(q.end, q.end + 50),
      )
    )
      return { ok: false, reason: "the same sum in another currency" };
  }
  // "(Exchange rate: 1 dollar = 1,420 won.)": a rate of exchange, not a figure of the war.
  if (
    /^\s*=/.test(after) ||
    /=\s*$/.test(before) ||
    /^\W*exchange rates?\s*:/i.test(ctx.sentence) ||
    // "about 8,000 won to the dollar", "110 rubles per dollar"
    (q.form === "amount" &&
      /^\s*(?:to|per|against)\s+(?:the|one|a|each)?\s*(?:us\s+|u\.s\.\s+)?(?:dollar|euro|greenback)\b/i.test(after)) ||
    // "one dollar buys about 8,000 won and one yuan about 1,100 won": the unit a rate is given for, and a rate of
    // another currency in the same words, the verb left out.
    (q.form === "amount" && RATE_UNIT_AFTER.test(`${q.text}${ctx.sentence.slice(q.end)}`)) ||
    (q.form === "amount" &&
      (q.currency !== null || q.currencyWord) &&
      RATE_OF_UNIT_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 50), q.start)))
  )
    return { ok: false, reason: "an exchange rate" };
  // "Correction: An earlier version of this article misattributed the estimate of 12,000 soldiers to the
  // HUR": a note that corrects who gave a figure names it again; the figure stands where the article gives it.
  if (CREDIT_CORRECTED.test(ctx.sentence))
    return { ok: false, reason: "named in a correction of who gave it, not reported again" };
  // "A death toll of 40,000 would exceed the entire deployment": a figure supposed to show what it would mean.
  if (
    // ("A widely cited figure of $2,000 a month would put the bill at …": a figure given, worked on.)
    // ("…, so a toll of 30,000 dead would be twice the size of the entire force": a clause of its own, too.)
    /(?:^\W*|[,;:]\s+(?:(?:so|and|but|thus|then)\s+)?|\b(?:so|thus|therefore)\s+)(?:an?|such\s+an?)\s+(?:(?!(?:widely|cited|reported|official|quoted|estimated|given)\b)[\w-]+\s+){0,2}?(?:toll|count|force|deployment|losses|loss|rotation)\s+of\s+(?:(?:about|around|some|roughly|nearly)\s+)*[$€£₩₽]?$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    /^\s*(?:[\w-]+\s+){0,8}?would\s+(?:(?:far|easily|more\s+than)\s+)?(?:exceed|mean|be|make|amount|equal|surpass|dwarf|top|outnumber)\b/i.test(
      ctx.sentence.slice(q.end),
    ) &&
    !/\b(?:said|says|according\s+to|reported|told|estimated|estimates)\b/i.test(ctx.sentence)
  )
    return {
      ok: false,
      reason: "supposed to show what it would mean ('A death toll of 40,000 would exceed …'), not reported",
    };
  // ("A rotation of 15,000 soldiers every four months would mean about 45,000 passing through …": what the
  // supposed case would mean.)
  if (
    /^\W*(?:an?|such\s+an?)\s+(?:[\w-]+\s+){0,2}?(?:toll|count|force|deployment|losses|loss|rotation)\s+of\s+[^.;]*?\bwould\s+(?:(?:far|easily|more\s+than)\s+)?(?:mean|be|make|amount\s+to|equal|come\s+to|add\s+up\s+to|put)\s+(?:(?:about|around|some|roughly|nearly|at\s+least|more\s+than|over)\s+)*[$€£₩₽]?$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    !/\b(?:said|says|according\s+to|reported|told|estimated|estimates)\b/i.test(ctx.sentence)
  )
    return { ok: false, reason: "worked out from a case supposed before it, not reported" };
  if (WORKED_AT_CASE.test(ctx.sentence.replace(/(\d),(?=\d)/g, "$1")))
    return { ok: false, reason: "worked out at a figure given before ('At $2,000 a month, …'), not reported" };
  if (restatesRateBefore(q, ctx))
    return {
      ok: false,
      reason:
        "the pay of the sentence before, worked out over another period ('That works out to about $66 a day'), not reported",
    };
  if (inputOfWorkedSum(q, ctx))
    return {
      ok: false,
      reason:
        "an input of a sum worked out after it ('At 12,000 soldiers and $2,000 a month, the payments come to …'), not reported",
    };
  // "If 1,000 are dead, then …", "If Russia pays $2,000 …,": a figure supposed, not reported.
  // ("If Russia pays the widely reported $2,000", "If Russia pays the $2,000 a month that South Korean
  // intelligence has cited" still name the reported figure.)
  // ("Soldiers would keep $100 to $200 if the regime takes 90 to 95 per cent": an "if" clause after the
  // main one supposes its figures too.)
  if (
    (IF_CLAUSE.test(ctx.sentence.slice(0, q.start).replace(/(\d),(?=\d)/g, "$1")) ||
      // ("If the casualty rate holds at roughly a third, Pyongyang would lose 30,000 men": losses the modal governs.)
      (IF_THEN_SUM.test(ctx.sentence.slice(0, q.start).replace(/(\d),(?=\d)/g, "$1")) &&
        /\b(?:would|could|might)\s+(?:have\s+)?(?:lose|lost|suffer|suffered|sustain|sustained|incur|incurred)\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+many\s+as|another|a\s+further|an\s+additional)\s+)*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
        )) ||
      ((q.currency !== null || q.percent) &&
        (IF_THEN_SUM.test(ctx.sentence.slice(0, q.start).replace(/(\d),(?=\d)/g, "$1")) ||
          (SUM_THEN_IF.test(ctx.sentence.slice(0, q.start)) &&
            /^[^;:]*?,?\s(?:if|should)\s[^\d;:.]*(?:[.;:]|$)/i.test(ctx.sentence.slice(q.end))))) ||
      SUPPOSED_CASE.test(ctx.sentence.replace(/(\d),(?=\d)/g, "$1")) ||
      // ("If Russia had paid $2,000 a month to each of 11,000 men for a year, that would be $264 million": a sum of a
      // case that did not happen.)
      COUNTERFACTUAL_THEN.test(ctx.sentence.slice(0, q.start).replace(/(\d),(?=\d)/g, "$1")) ||
      invertedSupposes(ctx.sentence, q.start) ||
      trailingInvertedSupposes(ctx.sentence, q.start) ||
      SUPPOSING_OPENING.test(ctx.sentence.slice(0, q.start).replace(/(\d),(?=\d)/g, "$1")) ||
      // "Let's say each is paid $2,000 a month. That comes to $30 million a month": a sum worked out from a
      // case the sentence before supposed.
      (WORKED_OUT_OPENING.test(ctx.sentence.slice(0, q.start).replace(/(\d)[.,](?=\d)/g, "$1")) &&
        SUPPOSING_OPENING.test((ctx.last ?? ctx.previous).replace(/(\d),(?=\d)/g, "$1").replace(/[.!]\s*$/, ""))) ||
      // ("If the state keeps 90 percent …, a soldier is left with $200; at 70 percent, with $600": the
      // clause after the semicolon supposes another share.)
      /^\W*(?:even\s+)?if\b[^.]*;\s*(?:and\s+)?(?:at|with)\s+(?:(?:about|around|some|roughly|only|just)\s+)*$/i.test(
        ctx.sentence.slice(0, q.start),
      ) ||
      // ("At 90 per cent, a soldier would take home around $200 a month; at 70 per cent, around $600": a share
      // supposed, and what it would leave, each case.)
      /^\W*at\s+(?:about\s+|around\s+|roughly\s+)?\d[\d.]*\s*(?:%|per\s?cent|percent)\s*,[^;:]*\b(?:would|could|might)\b[^:]*$/i.test(
        ctx.sentence.slice(0, q.start),
      ) ||
      /\s(?:if|unless)\s+(?:the\s+|it\s+|they\s+|[\w’'-]+\s+){0,4}?(?:takes?|keeps?|pays?|sends?|receives?|gets?|loses?|is|are|were|was)\s+(?:(?:about|around|some|roughly|nearly|up to|as much as|only)\s+)*$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
      )) &&
    !/\b(?:reported|quoted|cited|estimated|claimed|official)\s+$/i.test(before) &&
    !/^[^,;]{0,40}?\b(?:that|which)\s+(?:[^,;]{1,60}?\s+)?(?:has|have|had)\s+(?:been\s+)?(?:cited|reported|quoted|given|estimated|claimed)\b/i.test(
      ctx.sentence.slice(q.end),
    ) &&
    // ("If, as Seoul believes, the state keeps 90 percent, each soldier would take home about $200": the condition is
    // what someone says is so; only what would follow from it is supposed.)
    !/^\W*(?:even\s+)?if\s*,\s*as\s+[^,;]{1,60}?\s+(?:believes?|says?|said|estimates?|estimated|reports?|reported|claims?|claimed|thinks?|reckons?|insists?)\s*,[^,;]*$/i.test(
      ctx.sentence.slice(0, q.start),
    ) &&
    // ("If Moscow pays $2,000 a month for each of them, as Seoul's spy agency believes, that comes to …": the same, the
    // source set after the figure; "If 3,000 more troops are sent, as the NIS believes, …", a sending to come, stays
    // supposed.)
    !(
      // (A head count of more to come in the condition, "If another 3,150 … are shipped", "If North Korea sends …".)
      !(
        q.currency === null &&
        !q.percent &&
        /\b(?:more|another|additional|further|sends?|arrive|arrives|(?:are|is)\s+(?:to\s+be\s+)?(?:shipped|sent|deployed|dispatched)|(?:are|is|were|was)\s+(?:being|to\s+be)\s+(?:shipped|sent|deployed|dispatched)|will\s+(?:be\s+)?\w+)\b/i.test(
          `${/\bif\b[^,;]*$/i.exec(ctx.sentence.slice(0, q.start))?.[0] ?? ""} ${/^[^,;]*/.exec(ctx.sentence.slice(q.end))?.[0] ?? ""}`,
        )
      ) &&
      /^\W*(?:even\s+)?if\s[^,;]*$/i.test(ctx.sentence.slice(0, q.start)) &&
      /^[^,;]*,\s*as\s+[^,;]{1,60}?\s+(?:believes?|says?|said|estimates?|estimated|reports?|reported|claims?|claimed|thinks?|reckons?|insists?)\s*,/i.test(
        ctx.sentence.slice(q.end),
      )
    )
  ) {
    return { ok: false, reason: "supposed in an 'if' clause, not reported" };
  }
  // "Is it true that 4,000 have died?": a question asks, and nobody states its figure (a question that
  // doubts it is read as the article's denial).
  // ("Q: Were 3,000 killed, as some reports from Kyiv claim?": a question that names who gives its figure
  // reports that source's figure.)
  if (
    QUESTION_FORM.test(ctx.sentence) &&
    !DOUBTING_QUESTION.test(ctx.sentence.slice(0, q.start)) &&
    !/,\s*as\s+[^,?]{2,60}?\s(?:claims?|says?|said|reports?|reported|suggests?|suggested|alleges?|alleged)\b/i.test(
      ctx.sentence.slice(q.end),
    )
  )
    return { ok: false, reason: "asked in a question, not stated" };
  // "The median troop figure across all articles was 11,000": a statistic of what the articles print, no one's figure.
  if (
    /\b(?:median|average|mean|typical|most\s+common)\s+(?:[\w-]+\s+){0,2}?(?:figure|estimate|number|count|value)\s+(?:across|in|among|of)\s+(?:all\s+|the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:articles|stories|outlets|pieces|reports\s+we\s+(?:reviewed|read|examined|analy[sz]ed|studied|collected))\b[^.;]*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { ok: false, reason: "a statistic of the articles read, not a figure anyone gives" };
  // "Mr Leith asked whether it was true that Pyongyang kept 90 per cent": a question reported, stated by no one.
  // (Not the opening "Asked whether the 90 percent figure … was credible, X said …", whose answer the speaker gives.)
  if (
    /(?<=[^\s,]\s)(?<!\b(?:[Ww]hen|[Ii]f|[Aa]fter|[Oo]nce|[Aa]s|[Bb]efore)\s)(?:asked|wondered|queried)\s+(?:(?:the\s+)?(?:minister|government|agency|him|her|them|officials)\s+)?(?:whether|if)\s+(?:it\s+(?:was|is)\s+true\s+that\s+)?[^.;,]*$/i.test(
      ctx.sentence.slice(0, q.start),
    )
  )
    return { ok: false, reason: "asked in a question, not stated" };
  if (LEFT_OPEN.test(ctx.sentence.slice(0, q.start)))
    return { ok: false, reason: "left open ('unclear whether'), not stated" };
  if (NOT_SAID_THAT.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start)))
    return { ok: false, reason: "a figure a source is said not to have given, not stated" };
  if (!q.stance) {
    const c = classifyQuantity(q, ctx);
    if (!c.ok) return c;
    // "Some 15,000 North Koreans entered Russia on student visas", "They earn about $1,000 a month" after
    // a sentence about labourers or Nepali recruits: other people, and their pay.
    if (
      c.kind !== "context" &&
      c.kind !== "biography" &&
      c.kind !== "domestic-wage" &&
      othersNotSoldiers(ctx, /^(?:troops|casualties)/.test(c.kind))
    )
      return { ...c, kind: "context" };
    // ("North Korean casualties exceed 4,000, of whom a significant number have been killed": a count casualties are
    // said to reach counts casualties, whatever part of them the words after it single out; "casualties were 1,000
    // killed and 3,000 wounded" still counts each by its own word.)
    if (
      (c.kind === "casualties-killed" || c.kind === "casualties-wounded") &&
      CASUALTIES_REACH_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start)) &&
      !/^\s+(?:[\w-]+\s+){0,3}(?:killed|dead|deaths|wounded|injured)\b/i.test(ctx.sentence.slice(q.end))
    )
      return { ...c, kind: "casualties-total" };
    // ("Nepali lawmakers have put the real number of recruits at up to 15,000. Recruiters promised them about $2,000
    // a month": a passage about another country's recruits, which names no North Korean, counts and pays them.)
    const passage = `${lastSentenceOf(ctx)} ${ctx.sentence}`;
    if (
      /^(?:troops|casualties|pay|soldier|regime|domestic)/.test(c.kind) &&
      OTHER_NATIONALS_PASSAGE.test(passage) &&
      !NORTH_SIDE.test(passage)
    )
      return { ...c, kind: "context" };
    // ("… had also suffered about 3,500 wounded, bringing its total losses to roughly 5,000": the total of all losses.)
    if (
      (c.kind === "casualties-killed" || c.kind === "casualties-wounded") &&
      TOTAL_LOSSES_BROUGHT_TO.test(ctx.sentence.slice(Math.max(0, q.start - 90), q.start))
    )
      return { ...c, kind: "casualties-total" };
    // ("… has suffered nearly 5,000 casualties among the roughly 15,000 troops it has sent": the force the losses are
    // among is no loss.)
    if (
      c.kind.startsWith("casualties") &&
      LOSSES_AMONG_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start)) &&
      /^\s+(?:north\s+korean\s+|korean\s+)?(?:troops|soldiers|servicemen|personnel|men)\b/i.test(
        ctx.sentence.slice(q.end),
      )
    )
      return { ...c, kind: "troops-deployed" };
    // ("which Kyiv says cost Russia more than 1,000 North Korean soldiers": soldiers a battle cost are its losses.)
    if (
      c.kind === "troops-deployed" &&
      /\bcost\s+(?:Russia|Moscow|Pyongyang|North\s+Korea|the\s+North|(?:the\s+)?Kremlin)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)*$/i.test(
        ctx.sentence.slice(0, q.start),
      ) &&
      /^\s+North\s+Koreans?\b/i.test(ctx.sentence.slice(q.end))
    )
      return { ...c, kind: "casualties-total" };
    // ("The war has cost Kim an estimated 4,700 men", "cost Pyongyang some 3,000 soldiers": men a war cost North
    // Korea are its losses.)
    if (
      c.kind === "troops-deployed" &&
      /\bcost(?:s|ing)?\s+(?:Kim(?:\s+Jong[\s-]+Un)?|Pyongyang|North\s+Korea|the\s+North|the\s+regime)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|over|at\s+least|up\s+to|an\s+estimated|as\s+many\s+as)\s+)*$/i.test(
        ctx.sentence.slice(0, q.start),
      ) &&
      /^\s+(?:of\s+(?:its|his)\s+)?(?:(?:North\s+Korean|elite|special[\s-]forces)\s+)?(?:men|soldiers|troops|lives|fighters|servicemen)\b/i.test(
        ctx.sentence.slice(q.end),
      )
    )
      return { ...c, kind: "casualties-total" };
    // "300 North Korean soldiers have been lost in Kursk": a head count a passive loses is the losses.
    if (c.kind === "troops-deployed" && HEAD_COUNT_LOST_AFTER.test(ctx.sentence.slice(q.end)))
      return { ...c, kind: "casualties-total" };
    // "Casualties rose by 1,000 to 4,700", "troops fell by 2,000": a change is no count or sum of its
    // own (a rise in troops is kept as an increase).
    const change = CHANGE_BY_VERB.exec(ctx.sentence.slice(Math.max(0, q.start - 50), q.start));
    if (change && c.kind !== "context" && !(c.kind.startsWith("troops") && change[1] !== undefined))
      return { ...c, kind: "context", ...(isIncrease(c.scope) ? { scope: null } : {}) };
    // "The U.S. has roughly 28,500 troops stationed in South Korea", "about 34,000 North Korean defectors
    // live in the South", "watched by about 2 million people": other forces, or people who are no soldiers.
    if (
      c.kind.startsWith("troops") &&
      (((OTHER_FORCE_BEFORE.test(ctx.sentence.slice(0, q.start)) ||
        OTHER_FORCE_WHICH.test(ctx.sentence.slice(0, q.start)) ||
        OTHER_DEPLOYMENT_OF.test(ctx.sentence.slice(0, q.start))) &&
        !/^\s+(?:[\w-]+\s+){0,2}?(?:north\s+)?koreans?\b/i.test(ctx.sentence.slice(q.end))) ||
        // ("accused Washington of stationing 28,500 troops in South Korea": the participle may be the verb before.)
        /^\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|servicemen)\s+(?:(?:are|were)\s+)?(?:(?:stationed|based|deployed|posted)\s+)?(?:in|on)\s+(?:south korea|the (?:korean )?peninsula|japan)\b/i.test(
          ctx.sentence.slice(q.end),
        ) ||
        /^\s+(?:[\w-]+\s+){0,2}?(?:defectors|refugees|escapees)\b/i.test(ctx.sentence.slice(q.end)) ||
        /\b(?:watched|viewed|read|signed|visited)\s+by\s+(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to)\s+)*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
        ))
    )
      return { ...c, kind: "context" };
    // ("a soldier might keep a couple of hundred dollars over a whole tour": a sum for the whole stint, no month's.)
    if (
      (c.kind === "soldier-take-home" || c.kind === "pay-per-soldier") &&
      c.per === null &&
      (c.scope ?? null) === null &&
      /^\s+(?:over|for|during|in)\s+(?:a|the|their|his|her|an?\s+entire|a\s+whole)?\s*(?:whole\s+|entire\s+|full\s+)?(?:tour|deployment|posting|rotation|stint)\b/i.test(
        ctx.sentence.slice(q.end),
      )
    )
      return { ...c, scope: "over a whole tour of duty" };
    // ("68 percent said they thought the regime kept …": a share of those polled, no share of the pay.)
    if (c.unit === "percent" && POLLED_SHARE_AFTER.test(ctx.sentence.slice(q.end))) return { ...c, kind: "context" };
    // ("The average monthly salary in the Kursk region is about 62,000 roubles": a wage in Russia, not in North Korea.)
    if (c.kind === "domestic-wage" && c.unit === "RUB" && !NORTH.test(clauseAt(ctx.sentence, q.start).text))
      return { ...c, kind: "context" };
    // ("was also fined 15 million won", "collected a total of 42 million won from 11 families": a court's fine or a
    // fraud's takings, no pay.)
    if (
      c.unit !== "people" &&
      c.unit !== "percent" &&
      /\b(?:fined|a\s+fine\s+of|fines\s+of|collected|defrauded|swindled|stole|embezzled|extorted|bail\s+of|damages\s+of|bribes?\s+of)\s+(?:(?:a\s+total\s+of|about|around|some|roughly|nearly|more\s+than|at\s+least)\s+)*$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
      )
    )
      return { ...c, kind: "context" };
    // ("101 fallen soldiers were posthumously decorated": those honoured at a ceremony, a part of the dead that no
    // one gives as a toll.)
    if ((c.kind.startsWith("troops") || c.kind.startsWith("casualties")) && honouredAtCeremony(ctx.sentence, q))
      return { ...c, kind: "context" };
    // ("About 4,000 … have been killed or wounded, and around 8,000 remain in Kursk", "while HUR said around 8,000 are
    // still fighting": a bare count of those still there, after the losses, is the force that is left.)
    if (
      c.kind.startsWith("casualties") &&
      c.unit === "people" &&
      STILL_THERE_AFTER.test(ctx.sentence.slice(q.end)) &&
      // ("the bodies of 600 remain on the battlefield": the dead.)
      !/\b(?:bodies|remains|corpses|graves)\s+of\s+(?:(?:about|around|some|roughly|nearly|at\s+least|more\s+than)\s+)*$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
      ) &&
      !/^\s+(?:[\w-]+\s+){0,4}?(?:dead|killed|wounded|injured|missing|captured|hospitali[sz]ed|casualties|losses)\b/i.test(
        ctx.sentence.slice(q.end).split(/[,;.]/)[0] ?? "",
      )
    )
      return { ...c, kind: "troops-deployed" };
    // ("4,000 killed and wounded out of 11,000", "lost … 4,000 killed and wounded, out of roughly 11,000 who were brought
    // to Kursk": the force the losses are a part of; "estimates of the North Korean force itself have ranged from 10,000
    // to 12,000": the size of the force. Not "300 dead out of 1,200 North Korean wounded", "out of an estimated 4,000
    // casualties": a base of losses.)
    if (
      c.kind.startsWith("casualties") &&
      c.unit === "people" &&
      (OUT_OF_FORCE_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start)) ||
        FORCE_RANGED_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 100), q.start))) &&
      !LOSS_NOUN_AFTER.test(ctx.sentence.slice(q.end))
    )
      return { ...c, kind: "troops-deployed" };
    // ("might replace the losses with 'a further 2,000 to 3,000 men'": men sent in place of the losses.)
    if (
      c.kind.startsWith("casualties") &&
      c.unit === "people" &&
      REPLACE_LOSSES_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start))
    )
      return {
        ...c,
        kind: /\b(?:might|may|could|will|would|plans?\s+to|planned\s+to|expects?\s+to|expected\s+to|intends?\s+to|set\s+to)\s+(?:[\w-]+\s+){0,2}?replac/i.test(
          ctx.sentence.slice(0, q.start),
        )
          ? "troops-projected"
          : "troops-deployed",
      };
    // ("NK soldiers in Russia may number 11 thousand": a hedged count of now, no projection.)
    if (
      c.kind === "troops-projected" &&
      /\b(?:may|might)\s+(?:now\s+|already\s+)?number\s+(?:(?:about|around|some|roughly|as\s+many\s+as|up\s+to|more\s+than|over)\s+)*$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
      ) &&
      // (Not "the second group could number up to 2,000": a group still to come.)
      !/\b(?:second|third|next|new|another|further|additional|fresh|later)\s+(?:[\w-]+\s+)?(?:group|wave|batch|contingent|rotation|deployment|force|unit)\b/i.test(
        ctx.sentence.slice(0, q.start),
      ) &&
      !/\b(?:preparing|planning|plans|expected|set|about|ready|due|going)\s+to\s+(?:send|deploy|dispatch)\b|\bto\s+be\s+(?:sent|deployed)\b/i.test(
        ctx.sentence.slice(0, q.start),
      ) &&
      !/^[^.;]*?\b(?:by\s+(?:the\s+)?(?:next|the\s+end|early|mid|late|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)|next\s+(?:year|month|spring|summer|autumn|winter)|soon|eventually|in\s+(?:the\s+)?(?:coming|next))\b/i.test(
        ctx.sentence.slice(q.end),
      )
    )
      return { ...c, kind: "troops-deployed" };
    // ("… had been killed or wounded and the contingent had shrunk to around 8,000": the force that is left.)
    if (
      c.kind.startsWith("casualties") &&
      c.unit === "people" &&
      FORCE_SHRUNK_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start))
    )
      // ("Ukraine's force in Kursk has shrunk to about 20,000": another army's.)
      return {
        ...c,
        kind: /\b(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Moscow['’]s|Kyiv['’]s)\s+(?:own\s+)?(?:contingent|force|forces|deployment|presence|strength|troop\s+numbers)\b[^.;]*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 80), q.start),
        )
          ? "context"
          : "troops-deployed",
      };
    // "A Nepali recruit gets $1,000 a month, half of the $2,000 Russia pays for each North Korean soldier":
    // one sum set beside another, no share anyone keeps.
    if (
      c.kind === "regime-share" &&
      /,\s*$/.test(ctx.sentence.slice(0, q.start)) &&
      /[$€£₩₽]\s?\d/.test(ctx.sentence.slice(0, q.start)) &&
      /^\s+(?:of\s+)?(?:the|what)\s+(?:[\w-]+\s+)?[$€£₩₽]\s?\d/i.test(ctx.sentence.slice(q.end))
    )
      return { ...c, kind: "context" };
    // "takes 13 percent of the bonus in income tax", "deducts 13 percent income tax": a tax, not the
    // regime's cut of the pay.
    if (
      c.kind === "regime-share" &&
      /^\s*(?:(?:of\s+[^.;]{0,40}?\s+)?in\s+)?(?:income|payroll|flat|personal)\s+tax\b/i.test(ctx.sentence.slice(q.end))
    )
      return { ...c, kind: "context" };
    // "the Storm Corps, which numbers some 45,000 troops", "special forces number about 200,000", "the
    // 45,000-strong Storm Corps", "the Storm Corps, which the NIS put at about 40,000 men": the size of a
    // unit at home, unless the sentence sends it.
    if (
      c.kind.startsWith("troops") &&
      (UNIT_SIZE_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 120), q.start)) ||
        /^-strong\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+)*(?:[Cc]orps|[Aa]rmy|[Ss]pecial\s+[Ff]orces|[Dd]ivision|[Bb]rigade|[Rr]egiment)\b/u.test(
          ctx.sentence.slice(q.end),
        )) &&
      // ("has sent a corps of about 11,000 troops" sends it; "which has about 45,000 troops, sent 11,000 of
      // them" sends a part.)
      (!/\b(?:sent|send|sending|deploy\w*|dispatch\w*|arriv\w*|fighting|fought|(?:in|to)\s+(?:Russia|Kursk))\b/i.test(
        ctx.sentence,
      ) ||
        /\b(?:\d[\d,]*|some|many|most|part)\s+of\s+(?:them|whom|its\s+(?:troops|soldiers|men))\b|\bfrom\s+which\b/i.test(
          ctx.sentence,
        ))
    )
      return { ...c, kind: "context" };
    // ("The spread between the highest and lowest casualty figures, roughly 3,000, …", "the gap between the two
    // estimates is about 3,000": a difference of two figures counts no one.)
    if (
      (c.kind.startsWith("troops") || c.kind.startsWith("casualties")) &&
      /\b(?:spread|gap|difference|discrepancy)\s+between\b[^.;\d]*(?:,|\bis|\bwas|\bstands\s+at|\bamounts?\s+to)\s+(?:(?:about|around|roughly|some|nearly|just|only)\s+)*$/i.test(
        ctx.sentence.slice(0, q.start),
      )
    )
      return { ...c, kind: "context" };
    // ("North Korean units of 150-200 men are now attacking in waves", "assault groups of 30 to 40 soldiers": the size
    // of each small unit, not of the force.)
    if (
      c.kind.startsWith("troops") &&
      ((q.max ?? q.min ?? 0) <= 1000 || /^\s+(?:[\w-]+\s+){0,2}?each\b/i.test(ctx.sentence.slice(q.end))) &&
      /(?<!\b(?:first|second|third|new|fresh|later)\s+)\b(?:units|groups|squads|teams|platoons|companies|detachments)\s+(?:of|numbering)\s+(?:(?:about|around|some|roughly|up\s+to|between)\s+)?$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
      )
    )
      return { ...c, kind: "context" };
    // "Russia has massed 50,000 troops in Kursk", "Belarus has sent about 1,000 instructors": another
    // country's own troops, when nothing in the sentence makes them North Korean.
    if (
      c.kind.startsWith("troops") &&
      OTHER_COUNTRY_SENDS_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start)) &&
      !NORTH.test(ctx.sentence) &&
      // ("Moscow has massed some 12,000 troops from the North", "11,000 Korean soldiers", "Russia could soon have 17,000
      // troops from its ally in Asia".)
      !/\bKoreans?\b|\bthe\s+North\b|\b(?:from|of)\s+(?:its|their|an?)\s+(?:[\w-]+\s+)?(?:ally|allies|partner|partners)\b/.test(
        ctx.sentence,
      )
    )
      return { ...c, kind: "context" };
    // "About 3,000 soldiers, many of them wounded, were flown back to North Korea": soldiers taken home, no
    // deployment.
    // (Not "flown back to Pyongyang for funerals": the dead.)
    if (
      c.kind.startsWith("troops") &&
      TAKEN_HOME_AFTER.test(ctx.sentence.slice(q.end)) &&
      !/\b(?:remains|bodies|corpses|coffins)\s+of\s+(?:(?:about|around|some|roughly|nearly|at\s+least|more\s+than)\s+)*$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
      ) &&
      !/\b(?:coffins?|funerals?|burials?|buried|remains|bodies|corpses|dead)\b/i.test(
        ctx.sentence.slice(q.end).split(/[.;]/)[0] ?? "",
      )
    )
      return { ...c, kind: "context" };
    // "Ireland's Defence Forces have about 7,600 personnel", "Canada lost 158 soldiers in Afghanistan": another
    // country's own army and its losses, set beside the North's.
    if (
      (c.kind.startsWith("troops") || c.kind.startsWith("casualties")) &&
      OTHER_COUNTRY_FORCE_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 100), q.start)) &&
      !/\bKoreans?\b|\bKorea\b|\bthe\s+North\b|\bPyongyang\b|\bDPRK\b/.test(
        ctx.sentence.slice(q.end).split(/[;.]/)[0] ?? "",
      )
    )
      return { ...c, kind: "context" };
    // ("Ukrainian losses of about 550", "Russia has taken losses of about 60,000 in Kursk": the losses of a side at war
    // other than the North, where no word of the North stands between them and the figure.)
    if (
      c.kind.startsWith("casualties") &&
      OTHER_SIDE_LOSSES_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 100), q.start)) &&
      // ("Russia has suffered losses of about 4,000 North Korean soldiers", "… casualties of about 4,000 among their
      // North Korean units": the figure counts the North's men.)
      !northNamedAfter(ctx.sentence, q)
    )
      return { ...c, kind: "context" };
    // ("… nearly 1,000 wounded – a very different picture from 3,000": the figure the sentence sets its own against, named
    // again.)
    if (
      c.kind !== "context" &&
      /\bdifferent\s+(?:picture|story|figure|number|tally|count|estimate|account|assessment)\s+from\s+(?:the\s+|that\s+)?(?:(?:about|around|some|roughly)\s+)*[“"]?$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 50), q.start),
      )
    )
      return { ...c, kind: "context" };
    // ("the British Army, which has about 73,000 full-time soldiers": another army's size.)
    if (
      c.kind.startsWith("troops") &&
      OTHER_ARMY_SIZE_BEFORE.test(ctx.sentence.slice(Math.max(0, q.start - 100), q.start)) &&
      // (Not "The Russian army has 12,000 North Korean troops fighting in Kursk": the North's men under it.)
      !northNamedAfter(ctx.sentence, q)
    )
      return { ...c, kind: "context" };
    // "Sri Lanka says 200 of its citizens have been killed", "2,000 Nepali citizens have joined, and 47 of
    // them have been killed": a part of another country's people.
    if (
      (c.kind.startsWith("troops") || c.kind.startsWith("casualties")) &&
      ((/^\s+of\s+(?:its|their)\s+(?:own\s+)?(?:citizens|nationals)\b/i.test(ctx.sentence.slice(q.end)) &&
        !NORTH.test(ctx.sentence.slice(0, q.start))) ||
        (/^\s+of\s+(?:them|those|these)\b/i.test(ctx.sentence.slice(q.end)) &&
          OTHER_PEOPLE_BEFORE.test(ctx.sentence.slice(0, q.start))))
    )
      return { ...c, kind: "context" };
    // "Hundreds have already come home in coffins", "About 200 soldiers were flown back to Pyongyang for
    // funerals": the dead brought home.
    if (
      c.kind.startsWith("troops") &&
      /^[^.;,\d]{0,80}?\b(?:in\s+(?:coffins|caskets|body\s+bags|zinc\s+coffins)|for\s+(?:their\s+)?(?:funerals?|burials?)(?!\s+of\b)|to\s+be\s+buried)\b/i.test(
        ctx.sentence.slice(q.end),
      ) &&
      // (What has happened: not "will come home in coffins", "who may come home in coffins".)
      /^[^.;,\d]{0,60}?\b(?:(?:have|has|had)\s+(?:already\s+)?(?:come|returned|been\s+(?:flown|shipped|sent|brought|returned|repatriated))|came|returned|were\s+(?:flown|shipped|sent|brought|returned|repatriated))\b/i.test(
        ctx.sentence.slice(q.end),
      ) &&
      // ("many of the 11,000 troops …": a part of the count, not the count.)
      !/\b(?:many|some|most|several|few|dozens|hundreds|thousands)\s+of\s+(?:the\s+|them|those\s+)?(?:[\w-]+\s+){0,2}$/i.test(
        ctx.sentence.slice(0, q.start),
      )
    )
      return { ...c, kind: "casualties-killed" };
    // "About 600 soldiers had returned by train", "1,000 troops have been withdrawn", "North Korea has
    // withdrawn about 4,000 soldiers": those who left are not the force in Russia.
    if (
      c.kind.startsWith("troops") &&
      (/\b(?:withdrawn|withdrew|withdraws|withdrawing|pulled\s+(?:out|back)|pulls\s+(?:out|back)|pulling\s+(?:out|back)|brought\s+home|brings\s+home|repatriated|repatriates|recalled|recalls|evacuated)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|an estimated|the)\s+)*$/i.test(
        ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
      ) ||
        /^\s+(?:[\w-]+\s+){0,3}?(?:(?:had|have|has|were|was|are|is)\s+)?(?:already\s+)?(?:been\s+)?(?:returned|withdrawn|pulled out|pulled back|sent home|sent back|repatriated|brought home|gone home|went home|rotated\s+(?:home|back\s+home|out\s+of\s+(?:Russia|Kursk|the\s+front))|left\s+(?:Russia|Kursk|the\s+(?:front|war\s+zone|battlefield))(?!['’]s)(?![^.;]{0,40}\b(?:for|to)\s+(?:Russia|Kursk|the\s+front|fight)))\b/i.test(
          ctx.sentence.slice(q.end),
        ) ||
        // ("Pyongyang has brought 2,000 soldiers back from Russia".)
        (/\b(?:brought|brings|bringing|flown|flew|shipped|rotated)\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|at least|up to|an estimated|the)\s+)*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
        ) &&
          /^\s+(?:[\w-]+\s+){0,3}?(?:home\b|back\b(?!\s+(?:to|into|onto|in)\s+(?:the\s+front|Kursk|Russia|combat|battle|the\s+fight))|out\s+of\s+(?:Russia|Kursk|the\s+front)\b)/i.test(
            ctx.sentence.slice(q.end),
          )))
    )
      return { ...c, kind: "context" };
    // "Kyiv said 1,500 had been killed and 2,000 wounded. Zelensky put the total at nearly 4,000": the
    // total of the losses before it counts them all.
    if (
      c.kind.startsWith("casualties-") &&
      /\b(?:put|puts|placed|places)\s+the\s+(?:overall\s+|combined\s+)?total\s+at\s+(?:(?:about|around|some|roughly|nearly|more than|at least|over|almost)\s+)*$|\bthe\s+(?:overall\s+|combined\s+)?total\s+(?:is|was|stands at|stood at|reached|rose to|is now)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|over|almost)\s+)*$/i.test(
        ctx.sentence.slice(0, q.start),
      )
    )
      return { ...c, kind: "casualties-total" };
    // "the roughly 100 men in his unit", "his old unit sent about 2,000 men", "his unit of about 400 men",
    // "barracks for up to 2,000 men": one unit's strength, or room for troops, is not the force the country sent.
    if (
      c.kind.startsWith("troops") &&
      (/^\s+(?:[\w-]+\s+){0,2}?(?:men|soldiers|troops)\s+(?:in|of|from)\s+(?:his|her|their|my|our|one|a single|the same)\s+(?:old\s+|own\s+|former\s+)?(?:unit|company|platoon|battalion|regiment|brigade|squad)\b/i.test(
        ctx.sentence.slice(q.end),
      ) ||
        /\b(?:his|her|their|my|our)\s+(?:old\s+|own\s+|former\s+)?(?:unit|company|platoon|battalion|regiment|brigade|squad)\s+(?:had\s+|has\s+)?(?:sent|lost|had|has|numbered|contributed)\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to)\s+)*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
        ) ||
        /\b(?:barracks|camps?|housing|accommodation|room|beds|capacity)\s+(?:for\s+)?(?:(?:about|around|some|roughly|nearly|more than|at least|up to)\s+)*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
        ) ||
        // ("his unit of about 400 men was sent to Russia": the strength of someone's own unit; "A unit of 3,500
        // soldiers was sent" is a sending.)
        /\b(?:his|her|their|my|our)\s+(?:old\s+|own\s+|former\s+)?(?:unit|company|platoon|battalion|regiment|brigade|squad)\s+of\s+(?:(?:about|around|some|roughly|nearly|more than|at least|up to|only|just)\s+)*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 60), q.start),
        ) ||
        // ("about 300 tents, enough … for roughly 3,000 soldiers", "a train that could carry 1,500", "can
        // house up to 4,000": what a place or a vehicle has room for.)
        /\b(?:enough|room|space|beds)\b[^.;]{0,40}?\bfor\s+(?:between\s+)?(?:(?:about|around|some|roughly|nearly|more than|at least|up to|as many as)\s+)*$|\b(?:can|could|would|is\s+able\s+to|are\s+able\s+to)\s+(?:house|hold|carry|accommodate|transport|sleep|seat)\s+(?:between\s+)?(?:(?:about|around|some|roughly|nearly|more than|at least|up to|as many as)\s+)*$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 80), q.start),
        ))
    )
      return { ...c, kind: "context" };
    // "About 600 of the casualties were deaths": the part is what its predicate says.
    const partOfLosses =
      /^\s+of\s+(?:the|those|these|them)\s+(?:[\w-]+\s+)?(?:casualties|losses)\s+(?:were|are|have been)\s+(deaths|dead|killed|fatalities|wounded|injured)\b/i.exec(
        ctx.sentence.slice(q.end),
      );
    if (partOfLosses?.[1] && c.kind.startsWith("casualties"))
      return {
        ...c,
        kind: /^(?:wounded|injured)$/i.test(partOfLosses[1]) ? "casualties-wounded" : "casualties-killed",
      };
    // "None of the additional 30,000 troops have arrived yet": troops not (yet) sent are a projection.
    // "A rotation of 6,000 more troops … is plausible": one that may come.
    if (
      c.kind === "troops-deployed" &&
      (/^[^.;,]*?\b(?:is|are|seems?|looks?|remains?)\s+(?:\w+\s+)?(?:plausible|possible|likely|expected|planned|under discussion)(?:\s*(?:[.,;]|$)|\s+to\s+(?:come|follow|arrive|be\s+sent|be\s+deployed))/i.test(
        ctx.sentence.slice(q.end),
      ) ||
        /\bnone\s+of\s+(?:the|those|these)\s+(?:additional\s+|extra\s+|further\s+|promised\s+|pledged\s+)?$/i.test(
          ctx.sentence.slice(Math.max(0, q.start - 40), q.start),
        ) ||
        /^\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|men|personnel)\s+(?:have|has|had)\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)(?:arrived|arrive|been\s+(?:sent|deployed|dispatched)|be\s+(?:sent|deployed))\b/i.test(
          ctx.sentence.slice(q.end),
        ))
    )
      return { ...c, kind: "troops-projected" };
    // "North Korean deaths could reach 5,000 by the end of the year", "casualties are on course to pass
    // 10,000 by December": losses foreseen are no count of losses.
    // ("Casualties could exceed 10,000": the verb of passing may be the figure's own first word.)
    const passing = /^(?:exceed|pass|top|surpass|reach)\s+/i.exec(q.text)?.[0] ?? "";
    if (
      c.kind.startsWith("casualties") &&
      LOSSES_FORESEEN.test(ctx.sentence.slice(Math.max(0, q.start - 80), q.start) + passing)
    )
      return { ...c, kind: "context" };
    const taken = kindFromEarlierCount(q, ctx, c);
    if (taken) return taken;
    // "about 11,000 of them were combat troops", "about 3,000 of the troops arrived in January": a part
    // of a force the text has already counted, not a count of the whole force.
    if (
      c.kind.startsWith("troops") &&
      c.scope === null &&
      !q.vague &&
      /^\s+of\s+(?:them|those|these|the\s+(?:[\w-]+\s+)?(?:troops|soldiers|men|force|contingent|deployment))\b(?![’'])/i.test(
        ctx.sentence.slice(q.end),
      ) &&
      // ("has 1.2 million troops and sent 11,000 of them": what was sent is the whole deployment.)
      !sendsPartOfArmy(ctx.sentence, q, ctx.all)
    )
      return { ...c, scope: "part of the larger count before it" };
    // "lost about 300 more soldiers": an increase in losses, not in troops. But after a count of
    // another sort of loss, "another 2,000 have been wounded" is besides the killed, not a rise in
    // the wounded: a count of its own.
    // ("killed 14 … and wounded nine more in the past 24 hours": the verb that governs the figure is not an
    // earlier count of its own kind, and the period the sentence gives is the count's.)
    if (c.kind.startsWith("casualties") && isIncrease(c.scope)) {
      const before = `${ctx.previous} ${ctx.sentence.slice(0, q.start).replace(/\b[\w-]+\s+$/, "")}`;
      const own = LOSS_WORDS[c.kind];
      const besides =
        own !== undefined &&
        !own.test(before) &&
        Object.entries(LOSS_WORDS).some(([k, re]) => k !== c.kind && re.test(before));
      const period = SCOPE_PERIOD.exec(ctx.sentence.slice(q.end));
      return besides
        ? {
            ...c,
            scope: period
              ? `only ${period[0]
                  .replace(/\s+alone$/i, "")
                  .trim()
                  .toLowerCase()}`
              : null,
          }
        : { ...c, scope: "additional losses (an increase)" };
    }
    return c;
  }
  const { kind, unit, value } = q.stance;
  return { ok: true, kind, unit, per: null, min: value, max: value, scope: null, basis: null };
}
