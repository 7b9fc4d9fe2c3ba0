/**
 * Speakers and coreference: who each sentence's quotation belongs to, and what pronouns
 * ("he", "it"), descriptions ("the spy agency", "this defector", "the report") and short names
 * ("Lee") point back to, always within one article. Lawmakers who relay an intelligence briefing
 * are remembered with the agency.
 */
import {
  ORG_HEADS,
  ENTRY_STAMP,
  groupPhrase,
  OUTLET_HEADS,
  UNNAMED_IN,
  UNNAMED_NEAR,
  parseSubject,
  type NounPhrase,
  type SpeechAct,
} from "./attribution.ts";
import { type Entity, type EntityRegistry, guessType, plainSpelling } from "./entities.ts";
import type { Quantity } from "./quantities/index.ts";
import type { Sentence } from "./sentences.ts";
import { COUNTRY_OF_ADJECTIVE, type EntityType, PLACE_NAMES, PLACE_WORDS, nameKey } from "../schema/vocabulary.ts";
import { matchesOf } from "./matches.ts";

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

/** Words that make an outlet a newspaper, in its name or its description ("the Tokyo daily", "The Post"). */
const NEWSPAPER_WORDS =
  /\b(?:paper|newspaper|daily|Daily|tabloid|broadsheet|weekly|Weekly|Post|Times|Herald|Gazette|Journal|Tribune|Telegraph|Guardian|Ledger|Courier|Chronicle|Express|Mail|Observer|Independent|Standard|Mirror|Ilbo|Shimbun|Sinmun|Pravda|Izvestia|Kommersant|Gazeta|Zeitung|Bild|Asahi|Yomiuri|Mainichi|Nikkei|Hankyoreh|Chosun|JoongAng)\b/;

/** Words that make an outlet a wire service or a news agency: "Yellow Sea Wire", "Yonhap News Agency", "the wire". */
const WIRE_WORDS =
  /\b(?:[Ww]ire|[Aa]gency|Press(?!\s+(?:Secretary|Office))|News\s+Service|Reuters|AFP|AP|Yonhap|Kyodo|TASS|Tass|Interfax|RIA|Xinhua|UPI|Bloomberg|Ukrinform|KCNA)\b/;

/** Words that make an outlet other than a newspaper: "the Ukrainian news site", "the broadcaster". */
const NOT_A_PAPER =
  /\b(?:site|website|portal|wire|agency|broadcaster|network|channel|station|radio|television|TV|blog)\b/i;

/** Per-article state for resolving pronouns, descriptions and short names. */
/** A person's full name in the possessive before their work, opening a sentence: "Helena Marsh's new book". */
const PERSONS_WORK_LEAD =
  /^(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2})['’]s\s+(?:(?:new|latest|recent|own|first|second|forthcoming)\s+)?(?:book|report|study|article|essay|analysis|research|column|memoir|film|documentary|podcast|thesis|paper)\b/u;

export interface Tracker {
  /** Entities in order of mention (most recent last), with the name keys of each word of the name. */
  mentions: Mention[];
  lastSpeaker: Entity | null;
  lastPerson: Entity | null;
  lastOrg: Entity | null;
  /** The source the last claim credited: what "the report" or "this figure" points back to. */
  lastCredited: Entity | null;
  /** The sentences that name a report, a study, a survey or an analysis ("presenting a new report"). */
  reportSentences?: Set<number>;
  /** A body the text says published a report ("The … Group published its second report"): whose "the report" is. */
  reportAuthor?: Entity | null;
  /** The sentence of the last figure read, and whom it was credited to (null when to no one). */
  lastFigure: { sentence: number; credit: Entity | null } | null;
  /** An intelligence agency named in the article, and the index of the sentence that last named it. */
  intel: { entity: Entity; sentence: number } | null;
  /** The sentence of the last figure the article withdrew, and the source it had given it to. */
  withdrawn?: { sentence: number; source: Entity | null } | null;
  /** Lawmakers seen relaying an agency's briefing, with the agency. */
  relays: Map<Entity, Entity>;
  /** Outlets seen passing on a source's figure ("as reported by Reuters, citing …"), with that source. */
  outletSources?: Map<Entity, Entity>;
  /**
   * Bodies named anywhere in the text, in order ("a report by the Korea Institute for Defense
   * Analyses"): what "the institute" means when no source the article credited fits. They become
   * entities only when a description points at them.
   */
  bodies: string[];
  /**
   * The group the last speaker was one of ("Western officials said …. …, one official said"): whom "he" means
   * after that one, who is unnamed but the group's.
   */
  memberOf?: Entity | null;
  /** The body whose report's authors open the sentence being read ("Its authors assume …, and they estimate …"). */
  authorsOf?: Entity | null;
  /** The country that opened the sentence before as its subject ("Ukraine has …"): whose "Its military" is. */
  leadCountry?: string | null;
  /**
   * The article's publisher and the outlets it relays, by the last word of their names ("the Ledger" in a
   * story of the Seoul Ledger): what a one-word outlet name means in this article.
   */
  shortOutlets?: ReadonlyMap<string, string>;
  /** The article's publisher: what "the newspaper" means when no newspaper was named before. */
  publisher?: string | null;
  /** The publisher named in a sentence (see {@link publisherPattern}). */
  publisherNamed?: RegExp | null;
  /** The first source the article credits with each value (bounds, currency, percent): what "the $2,000 figure" points back to. */
  credits?: Map<string, Entity>;
  /**
   * The intelligence bodies the whole article names, each once (see {@link namedIntelligenceBodies}), read
   * when first asked for: what a country's intelligence means ("Ukrainian intelligence says …" in a
   * headline, before the body of the article names Ukraine's Defence Intelligence).
   */
  intelBodies?: () => readonly NamedBody[];
  /**
   * The one person the whole article names as a spokesperson (see {@link soleSpokesperson}), read when
   * first asked for: who "A Kremlin spokesman" is when the article names him later.
   */
  spokesperson?: () => SoleSpokesperson | null;
}

/**
 * A tracker for a new article: nothing mentioned yet.
 *
 * @returns The tracker.
 */
export function newTracker(): Tracker {
  return {
    mentions: [],
    lastSpeaker: null,
    lastPerson: null,
    lastOrg: null,
    lastCredited: null,
    lastFigure: null,
    intel: null,
    relays: new Map(),
    bodies: [],
  };
}

/** What carries from one paragraph to the next: its speaker, and whether a quotation stays open. */
export interface BlockCarry {
  speaker: Entity | null;
  openQuote: boolean;
  /** The speaker a transcript's label gives this paragraph ("JENSEN:", "ANCHOR (MARIA LOPEZ):"). */
  label?: Entity | null;
  /** Whether the article is a transcript: at least two paragraphs open with a speaker's label. */
  transcript?: boolean;
  /** An interview's answerer: the person last named before its first "Q:" or "A:" (null when none). */
  interviewee?: Entity | null;
  /**
   * Who answers the paragraphs from here, outside a transcript: the person introduced before an interview's
   * first question set as a heading, or the one a written answer names ("Answered by …").
   */
  answerer?: Entity | null;
}

/**
 * Whether an article is a transcript: two or more paragraphs open with a label ("HOLM:"). One
 * "UPDATE:" or "SEOUL:" does not make a transcript.
 *
 * @param firstSentences The first sentence of each paragraph.
 * @returns True for a transcript.
 */
export function isTranscript(firstSentences: readonly string[]): boolean {
  return (
    firstSentences.filter(
      (t) => QA_LABEL.test(t) || ((TRANSCRIPT_LABEL.test(t) || NAME_LABEL.test(t)) && !NOT_A_SPEAKER.test(t)),
    ).length >= 2
  );
}

/** Labels that are not speakers: editors' tags and places. */
const NOT_A_SPEAKER =
  /^(?:UPDATE|UPDATED|BREAKING|WATCH|LISTEN|EXCLUSIVE|ANALYSIS|OPINION|READ MORE|RELATED|CORRECTION|EDITOR['’]S NOTE|PHOTO|VIDEO|NOTE|SOURCE|SOURCES|BACKGROUND|CONTEXT|WHY IT MATTERS|Q|A|(?:THE\s+)?CLAIMS?|VERDICT|RATING|(?:OUR\s+)?RULING|FACT[\s-]?CHECK|(?:THE\s+)?FACTS?|SUMMARY|CONCLUSION|BOTTOM LINE|WHAT WE FOUND)\b/i;

/** A transcript's label at the start of a paragraph: "JENSEN:", "ANCHOR (MARIA LOPEZ):". */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}’'.-]+(?:\s+\p{Lu}[\p{Lu}’'.-]+){0,3})(?:\s*\((\p{Lu}[\p{Lu}’'.\s-]+)\))?:\s/u;
/** One unnamed person described by a role: "a former North Korean army officer", "the defector", "one official". */
const ONE_PERSON_DESCRIBED =
  /^(?:an?|the|one)\s+(?:[\p{L}’'-]+\s+){0,5}(?:officer|official|defector|soldier|spokesman|spokeswoman|spokesperson|analyst|researcher|commander|minister|lawmaker|diplomat|general|colonel|sergeant|private|veteran|economist|professor|expert|source|witness|engineer|worker|doctor|man|woman)$/iu;
/** A report named as a noun: "a new report", "their latest study", "the confidential survey". */
const REPORT_NAMED =
  /\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?(?:report|study|survey|analysis|paper)\b/i;
/** People the text counts but does not name: "Defectors", "two Western officials", "some analysts". */
const PEOPLE_UNNAMED =
  /^(?:(?:some|many|several|two|three|four|other|the|most)\s+)?(?:(?!of\b)[\p{L}-]+\s+){0,2}(?:defectors|officials|analysts|experts|sources|soldiers|residents|witnesses|relatives|families|people|observers|diplomats|officers|veterans)$/iu;
/** Titles before a name in a transcript's label: "Gen.", "Lt. Gen.", "Sen.", "Rep.", "Ms.", "Dr.". */
const LABEL_TITLE =
  /^(?:(?:Lt|Maj|Brig|Vice|Rear)\.?\s+)?(?:Gen|Sen|Rep|Ms|Mr|Mrs|Dr|Adm|Col|Capt|Gov|Amb|Prof|Sec|Secretary|Senator|Representative|General|Admiral|Chairman|Chairwoman|Director)\.?\s+/;
/** A label in ordinary case ("Kang:", "Kang Chol-su:"); it names a speaker only if the article named them. */
const NAME_LABEL = /^(\p{Lu}[\p{Ll}’'-]+(?:[\s-]\p{Lu}[\p{Ll}’'-]+){0,2}):\s/u;
/** An interview's question and answer labels: "Q:", "A:", "Question:", "Answer:". */
// ("A (Deputy Director Moon Jae-sik, National Intelligence Service):" names who answers.)
const QA_LABEL = /^(Q|A|Question|Answer)\s*(?:\(([^()]{3,120})\))?\s*:\s/;

/**
 * The speaker a transcript's label names, as a name in ordinary case ("JENSEN" → "Jensen", the
 * surname of a person the article named before).
 *
 * @param text The paragraph's first sentence.
 * @param registry Entity registry.
 * @param tracker Article state.
 * @returns The speaker, or null when the paragraph has no label or the label names a role only.
 */
/** The role of one who asks the questions of an interview. */
const INTERVIEWER_ROLE = /\b(?:editor|reporter|correspondent|host|interviewer|journalist|anchor|presenter)\b/i;
/** "Senior fellow X spoke with …", "X sat down with …": who an interview's introduction opens with. */
const INTERVIEW_LEAD = /^(.{3,80}?)\s+(?:spoke|talked|sat down|spoke at length)\s+(?:with|to)\b/;
/** The words of ASKER_BEFORE_NAME, to skip it where none stands. */
const ASKER_WORD = /\b(?:editor|reporter|correspondent|host|interviewer|journalist|anchor|presenter)\s+\p{Lu}/u;
/** "editor Rachel Ng", "reporter Kim Min-ji": a person named after the role of one who asks. */
const ASKER_BEFORE_NAME =
  /\b(editor|reporter|correspondent|host|interviewer|journalist|anchor|presenter)\s+(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2})/gu;

function labelSpeaker(text: string, registry: EntityRegistry, tracker: Tracker, carry: BlockCarry): Entity | null {
  // An interview: the answers are the person the article introduced before its first question.
  const qa = QA_LABEL.exec(text);
  // A label that names who answers: that person, described by what follows the name.
  if (qa?.[2]) {
    if (!/^A/.test(qa[1] ?? "")) return null;
    const np = parseSubject(qa[2].split(",")[0] ?? "", 0);
    return np?.form === "name" ? resolveSubject(np, registry, tracker) : null;
  }
  if (qa) {
    // "Fellow X spoke with editor Y": the one who asks (an editor, a reporter) is not the one who answers.
    if (carry.interviewee === undefined) {
      const asks = (e: Entity): boolean => [...e.roles].some((r) => INTERVIEWER_ROLE.test(r));
      carry.interviewee =
        tracker.lastPerson && !asks(tracker.lastPerson)
          ? tracker.lastPerson
          : (lastMention(tracker, (x) => x.entity.type === "person" && !asks(x.entity), Infinity)?.entity ?? null);
    }
    return /^A/.test(qa[1] ?? "") ? (carry.interviewee ?? null) : null;
  }
  if (NOT_A_SPEAKER.test(text)) return null;
  // A name in ordinary case speaks only when the article has named that person ("Kang:" after Kang Chol-su).
  const plain = NAME_LABEL.exec(text);
  if (plain?.[1] && !TRANSCRIPT_LABEL.test(text)) {
    const key = nameKey(plain[1]);
    // ("Catherine Ashdown: Thank you, Mr Chairman." in a committee's transcript: a full name that reads as a person's
    // speaks even when the article has not named her before.)
    return (
      lastMention(
        tracker,
        (x) => x.entity.type === "person" && (nameKey(x.fullName) === key || x.keys.includes(key)),
        Infinity,
      )?.entity ??
      (/\s/.test(plain[1]) && guessType(plain[1]) === "person" ? registry.resolve(plain[1], "person") : null)
    );
  }
  const m = TRANSCRIPT_LABEL.exec(text);
  if (!m?.[1]) return null;
  const label = (m[2] ?? m[1]).trim();
  if (label.split(/\s+/).every((w) => PLACE_WORDS.has(w.toLowerCase()))) return null;
  // A role without a name ("ANCHOR", "REPORTER") names nobody.
  if (!m[2] && /^(?:ANCHOR|HOST|REPORTER|CORRESPONDENT|PRESENTER|NARRATOR|INTERVIEWER|CAPTION|VOICE)\b/.test(label))
    return null;
  const name = label
    .toLowerCase()
    .replace(/(^|[\s’'-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  // "GEN. WHITFIELD:", "SEN. RUTH ALVAREZ:": a title is no part of the name, and a surname is the
  // person the article named with it ("Lt. Gen. Dana Whitfield" in the introduction).
  const untitled = name.replace(LABEL_TITLE, "");
  if (untitled !== name && untitled !== "") {
    const key = nameKey(untitled);
    const named = lastMention(
      tracker,
      (x) => x.entity.type === "person" && (nameKey(x.fullName) === key || x.keys.includes(key)),
      Infinity,
    )?.entity;
    if (named) return named;
    if (/\s/.test(untitled) && guessType(untitled) === "person") return resolveName(untitled, registry, tracker).entity;
  }
  if (guessType(name) !== "person") return null;
  return resolveName(name, registry, tracker).entity;
}

/**
 * Who speaks each sentence of a paragraph: its own attribution outside the quote, else, for a
 * quotation, one earlier or later in the paragraph ("“...,” he said."), else the previous
 * paragraph's speaker when the quote continues. Notes every name met on the way.
 *
 * @param sentences The paragraph's sentences.
 * @param acts Their speech acts.
 * @param registry Entity registry.
 * @param tracker Article state.
 * @param firstIndex Index in the article of the paragraph's first sentence.
 * @param carry What the previous paragraph left; updated for the next one.
 * @param persons Filled with the person "he" or "she" means after each sentence is read.
 * @returns The speaker of each sentence, or null.
 */
/** A name that opens a sentence as its subject, after a phrase of topic: "On casualties, the Vessen Institute is …". */
/** A research body's own word at the end of its name, not a country's or a place's: "… Collective", "… Institute". */
const BODY_HEAD_WORD =
  /\s(?:Collective|Institute|Centre|Center|Group|Forum|Observatory|Monitor|Project|Initiative|Foundation|Council|Society|Academy|Coalition|Alliance|Network|Lab|Laboratory|Consultancy)$/;
const LEAD_SUBJECT =
  /^\W*(?:(?:On|In|As\s+for|For|Regarding)\s+[^,;]{1,40},\s+)?((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*)(,?\s+(?:of|at|from)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|for|of|and|on)\s+){0,6}\p{Lu}[\p{L}’'.-]*,?)?\s+(?:is|was|are|were|has|had|disagrees|disagreed|differs|differed|takes|took|goes|went|remains|sees|saw|offers|offered|is\s+more|counted|counts|tracked|tracks|analy[sz]ed|studied|studies|examined|examines|compiled|compiles|monitored|monitors|calculated|calculates|identified|identifies|published|publishes|released|releases)\b/u;

/**
 * One person described, opening a sentence as its subject, as one who has heard or been told something: "One defector who
 * served … has heard a more precise number" (not the dead, the hurt or an example: "A soldier … is paid $2,000").
 */
const ONE_PERSON_LEAD =
  /^\W*((?:One|A|An|Another)\s+(?:[\p{L}-]+\s+){0,3}(?:defector|soldier|officer|veteran|deserter|private|sergeant|conscript|man|father|relative))\s+(?:(?:who|whose|now|from|in|with)\b[^.;]{0,120}?\s)?(?:(?:has|have|had)\s+(?:also\s+)?(?:heard|learned|learnt|been\s+told|seen)|spoke\s+to|talked\s+to|disagrees|disagreed)\b/u;
/** People by a plural noun opening a sentence: "Two defectors interviewed by this newspaper …", "Many analysts …". */
const PLURAL_PEOPLE_LEAD =
  /^\W*(?:(?:two|three|four|several|some|many|most|other|the)\s+)?(?:[\w-]+\s+){0,2}?(?:defectors|officials|analysts|soldiers|experts|lawmakers|diplomats|sources|families|relatives|researchers|residents|veterans|prisoners)\b/i;
/** A body that opens a sentence as the subject of its first verb: "The NIS gave no …", "While Seoul has declined …". */
const SENTENCE_OPENER_BODY =
  /^\W*(?:(?:While|Although|Though|Since|As)\s+)?((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})\s+(?:has|have|had|is|was|gave|gives|declined|declines|did|does|released|releases|updated|updates|published|publishes|offered|offers)\b/u;

export function paragraphSpeakers(
  sentences: readonly Sentence[],
  acts: readonly (readonly SpeechAct[])[],
  registry: EntityRegistry,
  tracker: Tracker,
  firstIndex: number,
  carry: BlockCarry,
  persons: (Entity | null)[] = [],
): (Entity | null)[] {
  const speakers: (Entity | null)[] = [];
  let blockSpeaker: Entity | null = null;
  carry.label =
    carry.transcript && sentences[0]
      ? labelSpeaker(sentences[0].text, registry, tracker, carry)
      : (carry.answerer ?? null);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    // ("11:20 — South Korea's National Intelligence Service has given lawmakers …": a live blog's time before the
    // sentence is no part of its opening subject.)
    // (Only bodies: a person who opens one entry is not whom "he" means in another.)
    const text = s.text.replace(LEADING_STAMP, "");
    if (REPORT_NAMED.test(text)) (tracker.reportSentences ??= new Set()).add(firstIndex + i);
    noteNames(s.text, registry, tracker, s.openQuoteAtStart || /^[“"‘]/.test(s.text), text);
    noteIntelligence(text, registry, tracker, firstIndex + i);
    notePublisher(text, registry, tracker);
    // A body described by its kind is resolved now, with the names met so far (see `resolveWithFlag`).
    // ("A HUR spokesman tells us the agency …": a body's spokesman before it names the body.)
    for (const a of acts[i] ?? [])
      if (a.subject?.form === "description" || (a.subject?.form === "group" && BODY_SPOKESMAN.test(a.subject.text)))
        resolveWithFlag(a.subject, registry, tracker);
    const own = (acts[i] ?? []).filter(
      (a) => !a.insideQuote && a.method !== "passive-agent" && a.method !== "according-to",
    );
    // ("A new report from the Carrow Centre …. Its authors assume …, and they estimate …": the report's authors speak
    // for the body whose report it is.)
    tracker.authorsOf = /^\W*(?:Its|Their|The(?:\s+(?:report|study|paper)['’]s)?)\s+authors\b/.test(s.text)
      ? (tracker.reportAuthor ?? tracker.lastOrg)
      : null;
    // ("The NIS gave no death toll; it estimates …", "While Seoul has declined to offer a death toll, it says …": a body
    // the text knows, opening the sentence as its subject, is what a later "it" in the same sentence means.)
    if (own.some((a) => a.subject?.form === "pronoun" && a.subject.name === "it")) {
      const opener = SENTENCE_OPENER_BODY.exec(text)?.[1];
      // (A capital stands for its government: "While Seoul has declined …, it says …".)
      const np = opener
        ? /^(?:Seoul|Kyiv|Kiev|Moscow|Tokyo|Washington|Pyongyang|Beijing|London)$/.test(opener)
          ? groupPhrase(opener)
          : parseSubject(opener, 0)
        : null;
      const body = np && (np.form === "name" || np.form === "group") ? resolveSubject(np, registry, tracker) : null;
      if (body?.type === "organization" || body?.type === "group") tracker.lastOrg = body;
    }
    const resolved = own.map((a) => resolveSubject(a.subject, registry, tracker)).find((e) => e !== null) ?? null;
    if (resolved) {
      blockSpeaker = resolved;
      if (resolved.type === "person") tracker.lastPerson = resolved;
      // ("A defector who served in the army said …. "…," he said": one person the site cannot name, who spoke last, is
      // whom "he" means next, not the last person named before; so is one of a group read back, "one official".)
      const oneOfGroup = resolved.type === "group" && own.some((a) => ONE_OF_GROUP.test(a.subject?.text ?? ""));
      if (
        resolved.type !== "person" &&
        (oneOfGroup || (resolved.type === "group" && ONE_PERSON_DESCRIBED.test(resolved.name)))
      )
        tracker.lastPerson = null;
      tracker.memberOf = oneOfGroup ? resolved : null;
      // ("The Global Times rejected the figure … It also questioned …": an outlet that alone speaks is what "it" means
      // next; not one that reports another's words, "Reuters reported that Ukraine's General Staff said …".)
      if (resolved.type === "organization" || (resolved.type === "outlet" && own.length === 1))
        tracker.lastOrg = resolved;
      tracker.lastSpeaker = resolved;
    } else if ((acts[i] ?? []).length === 0) {
      // "On casualties, the Vessen Institute is more cautious. It estimates …", "Kim disagrees. He puts …":
      // a body or person the text knows, as the subject of a sentence that credits nothing, is who "it" or
      // "he" means next.
      const leadMatch = LEAD_SUBJECT.exec(s.text);
      const lead = leadMatch?.[1];
      // ("Lena Hoffmann of the Centre for East Asian Security disagrees. She believes …": a person named in full, with
      // the body they are of, is who "she" means next, met here first.)
      const known = lead
        ? (registry.find(lead.replace(/^the\s+/i, "")) ??
          (leadMatch?.[2] &&
          /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}$/u.test(lead) &&
          guessType(lead) === "person"
            ? registry.resolve(lead, "person")
            : undefined))
        : undefined;
      if (known?.type === "organization") tracker.lastOrg = known;
      if (known?.type === "person") tracker.lastPerson = known;
      // ("The Orbitwatch Collective counted trains and ships. Its estimate: …": a body named first, as the subject, is
      // what "its" means next, though no figure was credited to it yet.)
      const body = known || !lead ? undefined : lead.replace(/^the\s+/i, "");
      if (body && BODY_HEAD_WORD.test(body) && guessType(body) === "organization")
        tracker.lastOrg = registry.resolve(body, "organization");
      // ("One defector who served … has heard a more precise number. …, he told us": one person described as the subject
      // of a sentence that credits nothing is whom "he" means next, not the person named before.)
      const one = known ? undefined : ONE_PERSON_LEAD.exec(s.text)?.[1];
      if (one) {
        const e = registry.resolve(one, "group");
        tracker.lastPerson = null;
        tracker.lastSpeaker = e;
        tracker.mentions.push(mention(e, one));
      }
      // ("Two defectors interviewed by this newspaper disagree. …, they said": a new group is whom "they" may mean, and
      // the site cannot name it; the group that spoke before is no longer "they".)
      if (PLURAL_PEOPLE_LEAD.test(s.text) && tracker.lastSpeaker?.type === "group") tracker.lastSpeaker = null;
    } else if (own.some((a) => UNNAMED_PERSON.test(a.subject?.text ?? ""))) {
      // "The relative … said Kim served in Unit 10045. She said …": "she" is the unnamed speaker, whom
      // the site cannot name, never the person the speaker talked about.
      tracker.lastPerson = null;
      if (tracker.lastSpeaker?.type === "person") tracker.lastSpeaker = null;
    }
    // Every named source counts as a mention, so later descriptions ("the agency") can refer to it.
    for (const a of acts[i] ?? []) {
      if (own.includes(a) || !a.subject || a.subject.form === "pronoun" || a.subject.form === "description") continue;
      const e = resolveSubject(a.subject, registry, tracker);
      // ("The Global Times rejected the figure given by the Pentagon. It also questioned …": "it" is the body that
      // spoke, not the one it named.)
      // (Resolving a name makes it the last body named; the speaker is put back.)
      if (e?.type === "organization")
        tracker.lastOrg = resolved?.type === "organization" || resolved?.type === "outlet" ? resolved : e;
      // "According to Park Ji-hoon, … He added …": the person credited is who "he" means next.
      if (e?.type === "person" && !resolved) tracker.lastPerson = e;
    }
    speakers.push(resolved);
    persons.push(tracker.lastPerson);
    tracker.leadCountry = leadCountry(s.text);
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
    speakers[i] = earlier ?? later ?? (i === 0 && (carry.openQuote || /^[“"]/.test(s.text)) ? carry.speaker : null);
  }
  carry.speaker = blockSpeaker ?? carry.speaker;
  carry.openQuote = sentences[sentences.length - 1]?.openQuoteAtEnd ?? false;
  return speakers;
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
export function isLawmaker(e: Entity): boolean {
  // Roles only grow: the answer is read again only when new roles came in.
  const known = LAWMAKER_SEEN.get(e);
  if (known && known.roles === e.roles.size) return known.lawmaker;
  const lawmaker = [...e.roles].some((r) => LAWMAKER_ROLE.test(r));
  LAWMAKER_SEEN.set(e, { roles: e.roles.size, lawmaker });
  return lawmaker;
}

const LAWMAKER_SEEN = new WeakMap<Entity, { roles: number; lawmaker: boolean }>();

/** A spy agency, by its words. */
const INTEL_NAME = /\b(?:intelligence service|intelligence agency|spy agency|nis)\b/i;

/**
 * The office written just before a name, without another person's name and office before an "and" ("Lawmaker
 * Yoo Sang-beom and the defector" is the defector's office: the lawmaker is Yoo).
 *
 * @param office The words before the name.
 * @returns The words that describe the person named after them.
 */
function ownRole(office: string): string {
  const parts = office.split(/\s+(?:and|or)\s+/);
  return parts.length > 1 && /\p{Lu}\p{Ll}+[\s-]+\p{Lu}/u.test(parts.slice(0, -1).join(" "))
    ? (parts.at(-1) ?? office)
    : office;
}

/**
 * The pattern of the article's publisher named in a sentence, in full or by the last word of its name ("The Post
 * has not verified the figures"), made once per article.
 *
 * @param publisher The article's publisher.
 * @param shortOutlets The one-word names of the article's outlets.
 * @returns The pattern, or null without a publisher.
 */
export function publisherPattern(publisher: string | null, shortOutlets: ReadonlyMap<string, string>): RegExp | null {
  if (!publisher) return null;
  const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const full = publisher.replace(/^the\s+/i, "");
  const short = [...shortOutlets.values()].includes(publisher);
  const last = full.split(/\s+/).at(-1) ?? "";
  return new RegExp(short ? String.raw`${escape(full)}|\bThe\s+${escape(last)}\b` : escape(full));
}

/**
 * Notes the article's publisher when a sentence names it, so that "the newspaper" after it is the publisher, not
 * a paper named before.
 *
 * @param s The sentence.
 * @param registry The entities.
 * @param t The tracker.
 */
function notePublisher(s: string, registry: EntityRegistry, t: Tracker): void {
  if (t.publisher && t.publisherNamed?.test(s))
    t.mentions.push(mention(registry.resolve(t.publisher, "outlet"), t.publisher));
}

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
  if (!/awmaker|egislator|epresentative|Rep\.|MP|NIS|ntelligence|[Ss]py/.test(s)) return;
  for (const m of matchesOf(
    s,
    // ("The South Korean representative, Ambassador Yoon Ha-jin": an envoy set off by a comma, no lawmaker.)
    /\b(?:Representative|Rep\.|[Ll]awmakers?|[Ll]egislators?|MPs?),?\s+(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2})/gu,
  )) {
    const np = parseSubject(m[1] ?? "", 0);
    const e = resolveName(np?.form === "name" ? np.name : (m[1] ?? ""), registry, t).entity;
    if (e.type === "person") e.roles.add("lawmaker");
  }
  // "lawmakers X of one party and Y of another told reporters": every name in the list is a lawmaker.
  for (const m of matchesOf(s, /\b(?:[Ll]awmakers|[Ll]egislators|MPs|[Rr]epresentatives)\s+([^.;:“”"]{0,160})/g)) {
    const list = (m[1] ?? "").split(/\s+(?:told|said|says|say|stated|who|briefed|reported)\b/)[0] ?? "";
    // "told lawmakers that 1,500 North Korean soldiers …": what they were told, not a list of them.
    if (!/^\p{Lu}/u.test(list)) continue;
    for (const n of matchesOf(
      list,
      /\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2}/gu,
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
  // ("Spy agency chief Won Tae-ha said …": a capital that opens the sentence.)
  const m = /\b(?:(?:(?:South Korea|Seoul)(?:['’]s)?\s+)?(?:National Intelligence Service|[Ss]py agency)|NIS)\b/.exec(
    s,
  );
  if (!m) return;
  // "briefed by the country's spy agency" after "South Korea's …": the alias file's spy agency, by its role,
  // unless another country's possessive stands before it ("Ukraine's spy agency").
  const before = s.slice(0, m.index);
  const ownCountry =
    !/['’]s\s+$/.test(before) ||
    (/\b(?:country|nation)['’]s\s+$/i.test(before) && /\bSouth\s+Korea(?:n|['’]s)?\b|\bSeoul\b/.test(before));
  const e =
    registry.find(m[0]) ??
    (t.lastOrg && INTEL_NAME.test(t.lastOrg.name) ? t.lastOrg : null) ??
    (ownCountry && m[0].toLowerCase() === "spy agency" ? (registry.byRole(m[0]) ?? null) : null);
  if (e && e.type !== "person" && e.type !== "outlet") {
    t.intel = { entity: e, sentence: index };
    // "said after the NIS briefing that the agency estimated …": the agency the sentence has just named.
    const described = /\bthe\s+(?:spy\s+|intelligence\s+)?agency\b/i.exec(s);
    if (described && described.index > m.index) {
      t.mentions.push(mention(e, m[0]));
      t.lastOrg = e;
    }
  }
}

/** A sentence's opening subject, up to its first verb ("Ukraine's military intelligence agency has …"). */
const BODY_LEAD =
  /^((?:\p{Lu}[\p{L}\d_’'.-]*\s+){0,4}?(?:(?!(?:said|says|told|tells|added|noted|stated|believes|thinks|estimated|reported|replied|answered|responded|wrote|argued|insisted|that)\b)[a-z-]+\s+){0,3}?[\w’'-]+)(?:,\s*[^,]{1,30},)?\s+(?:has|have|had|is|are|was|were|went|put|puts|released|issued|published|posted|announced|claimed|added|noted|estimated|reported|prefers|preferred|gives|gave|offers|offered|uses|used)\b/u;

/** An office that opens a sentence, then the holder's name between commas: "North Korea's ambassador, Ri Chol-man, …". */
const OFFICE_THEN_NAME_LEAD =
  /^(?:[Tt]he\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:ambassador|envoy|representative|minister|spokes(?:man|woman|person)|official|commander|lawmaker|analyst|researcher|officer|general|colonel|major|director|chief|head|president|secretary|chair(?:man|woman)?|deputy)(?:\s+(?:to|at)\s+(?:the\s+)?[\p{L}.-]+)?,\s+(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2}),\s+\p{Ll}/u;

/** A common noun for a person right before an age: "two soldiers, aged", "one of them aged", "a private,". */
const UNNAMED_BEFORE_AGE =
  /\b(?:soldiers?|prisoners?|captives?|men|man|boys?|women|woman|girls?|conscripts?|privates?|sergeants?|officers?|snipers?|recruits?|troops?|defectors?|father|mother|brother|sister|son|daughter|wife|husband|uncle|aunt|cousin|friend|neighbou?r|one of them|both|each)\s*,?\s*(?:(?:aged|age|were|was|is|are|an?)\s+|(?:was|were)\s+\w+\s+(?:at|aged)\s+)?(?:\d+\s*(?:,|and)\s*)*$/i;

/**
 * A relative or friend someone speaks of, not named, before an age in the same sentence: "told the paper
 * that her nephew, a private, had been sent … at the age of 19" (but "her son Kim Min-jun" names him).
 */
const RELATIVE_SPOKEN_OF =
  /\b(?:his|her|their|my|our)\s+(?:(?:younger|older|elder|eldest|youngest|only|late)\s+)?(?:nephew|niece|sons?|daughters?|brothers?|sisters?|husband|wife|father|mother|cousin|uncle|aunt|grandsons?|granddaughters?|friends?|fianc[ée]e?|boyfriend|girlfriend)\b(?!\s*,?\s*\p{Lu})[^.;]*$/u;

/** A person's two- or three-word name after a verb or preposition, with an apposition: "met Lee Sang-min, a former officer". */
// ("a hearing with Lt. Gen. Dana Whitfield, director of the Defense Intelligence Agency": a title before
// the name, and an office after it.)
const MID_INTRO =
  /\b(?:to|with|met|interviewed|asked|visited|by|from|and)\s+(?:(?:Lt|Maj|Brig|Gen|Sen|Rep|Dr|Adm|Col|Capt|Gov|Amb|Prof)\.?\s+){0,2}(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2})\s*,\s*(a|an|who|director|head|chief|commander|spokes(?:man|woman|person)|minister|secretary)\b([^,]*)/gu;

/**
 * Notes names that introduce people ("North Korean defector X, who ...", "identified as X")
 * so that later short names, pronouns and descriptions resolve to them.
 *
 * @param s Sentence text.
 * @param registry Entity registry.
 * @param t Tracker.
 * @param quoted The sentence stands inside a quotation.
 * @param unstamped The sentence without a live blog's time before it, for the body that opens it.
 */
function noteNames(s: string, registry: EntityRegistry, t: Tracker, quoted = false, unstamped = s): void {
  // "Senior fellow X spoke with CIPS editor Y": both are met, and whoever an editor or a reporter is
  // asks the questions.
  const talk = /\b(?:spoke|talked|sat down)\b/.test(s) ? INTERVIEW_LEAD.exec(s) : null;
  if (talk?.[1]) {
    const np = parseSubject(talk[1], 0);
    if (np?.form === "name" && guessType(np.name) === "person") resolveName(np.name, registry, t);
  }
  for (const m of ASKER_WORD.test(s) ? matchesOf(s, ASKER_BEFORE_NAME) : []) {
    const e = resolveName(m[2] ?? "", registry, t).entity;
    if (e.type === "person") e.roles.add(m[1] ?? "");
  }
  // "Hwang Jae-ho is written Jaeho Hwang in some English-language media": one person under two spellings.
  for (const m of /\b(?:written|spelled|spelt|romani[sz]ed|transliterated|rendered)\b/.test(s)
    ? matchesOf(s, WRITTEN_AS)
    : []) {
    const e = resolveName(m[1] ?? "", registry, t).entity;
    if (e.type === "person" && guessType(m[2] ?? "") === "person") {
      registry.alsoKnownAs(m[2] ?? "", e);
      e.variants.add(m[2] ?? "");
    }
  }
  // "Ukraine's military intelligence agency, known as HUR,", "the Defence Intelligence of Ukraine
  // (GUR)", "…, or HUR,", "…'s military intelligence agency, the HUR,": one body under two names, never
  // two origins.
  const named = [
    ...matchesOf(s, OTHER_NAME_RE).map((m) => ({ at: m.index, other: m[1] ?? m[2] ?? m[3] ?? "", apposed: false })),
    ...matchesOf(s, APPOSED_ACRONYM_RE).map((m) => ({
      at: m.index + m[0].indexOf(","),
      other: m[1] ?? "",
      apposed: true,
    })),
  ].sort((a, b) => a.at - b.at);
  for (const m of named) {
    const before = s.slice(0, m.at);
    const phrase = before.slice(
      Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("”")) + 1,
    );
    // "…, according to Ukraine's military intelligence agency, HUR.": the body, not the words crediting it.
    const np = parseSubject(phrase.replace(/^\s*(?:according\s+to|citing|quoting|per)\s+/i, ""), 0);
    const other = m.other;
    if (!np || np.form === "pronoun" || other === "") continue;
    // ("The agency, known by its Ukrainian initials HUR, said …": a description only for a body it resolves to.)
    if (np.form === "description" && !/\bknown\s+by\s+its\b/.test(s.slice(m.at, m.at + 30))) continue;
    const e = resolveSubject(np, registry, t);
    if (np.form === "description" && e?.type !== "organization") continue;
    // "Ukraine's military intelligence agency, the HUR,": an acronym after a body's own noun names that body.
    if (m.apposed && e?.type !== "organization") continue;
    if (e && (e.type === "organization" || e.type === "outlet") && nameKey(e.name) !== nameKey(other))
      registry.alsoKnownAs(other, e);
  }
  const intro =
    // ("Separately, Lt. Col. Owen Marsh, a spokesman for …": a sentence adverb and a rank before the name.)
    /^(?:(?:Separately|Meanwhile|However|Earlier|Later|Elsewhere|Still|Also|\p{Lu}\p{Ll}+ly),\s+)?(?:(?:Lt|Maj|Brig|Gen|Sen|Rep|Dr|Adm|Col|Capt|Gov|Amb|Prof|Sgt|Cpl)\.\s+){0,3}(?:\p{Lu}[\p{L}\d_’'-]*\s+){0,4}?(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]*(?:-\p{L}[\p{Ll}]+)*){0,2})\s*,\s*(a|an|the|who)\b([^,]*)/u.exec(
      s,
    );
  let introPerson = false;
  // ("Per Kyodo, the agency also said …": the outlet the sentence goes by, no one introduced; "In Bergen Ridge, a
  // Korean congregation prays …": a place the sentence opens in.)
  if (
    intro?.[1] &&
    !/^(?:Per|Via)\s/.test(intro[1]) &&
    !/^(?:In|At|From|Near|Outside|Inside|Across|Throughout|Around|Beyond|Along)\s/.test(intro[0])
  ) {
    const np = parseSubject(intro[1], 0);
    if (np?.form === "name") {
      const e = resolveName(np.name, registry, t).entity;
      if (e.type === "person") {
        e.roles.add(roleWithBody(`${intro[2]}${intro[3]}`.trim(), t));
        noteBody(OFFICE_AT.exec(`${intro[2]}${intro[3]}`.trim())?.[1] ?? "", registry, t);
        t.lastPerson = e;
        introPerson = true;
      }
    }
  }
  // "Reporters met Lee Sang-min, a former officer, in Seoul. He said …": a person introduced by an
  // apposition inside the sentence is who "he" means next, unless the sentence's own speaker is a
  // person (set after this).
  // ("Meanwhile, Russia, the country that hosts them, was visited by Tomas Greer, a spokesman …": an opening
  // after a sentence adverb that introduced no person leaves the one inside the sentence to be read.)
  if (!intro?.[1] || (!introPerson && /^\W*\p{Lu}\p{Ll}+,/u.test(s))) {
    for (const m of matchesOf(s, MID_INTRO)) {
      const np = parseSubject(m[1] ?? "", 0);
      if (np?.form !== "name" || guessType(np.name) !== "person") continue;
      const e = resolveName(np.name, registry, t).entity;
      if (e.type !== "person") continue;
      e.roles.add(roleWithBody(`${m[2]}${m[3]}`.trim(), t));
      noteBody(OFFICE_AT.exec(`${m[2]}${m[3]}`.trim())?.[1] ?? "", registry, t);
      t.lastPerson = e;
    }
  }
  // "Ukraine's military intelligence agency has put out a statement. It says …": a body that opens a
  // sentence as its subject is the one "it" and "the agency" mean next, whatever the verb.
  const bodyLead = BODY_LEAD.exec(unstamped);
  if (bodyLead?.[1]) {
    const np = parseSubject(bodyLead[1], 0);
    const head = (np?.name.toLowerCase().split(/\s+/).pop() ?? "").replace(/[^a-z]/g, "");
    if (np && (np.form === "group" || np.form === "name") && ORG_HEADS.test(head)) {
      const e = resolveSubject(np, registry, t);
      if (e?.type === "organization") t.lastOrg = e;
    }
  }
  // "The Pentagon, which has given no figure since January, when it said 11,000, …": a body that opens the
  // sentence with a relative clause is what "it" inside that clause means.
  const relativeLead = /,\s+(?:which|whose)\b/.test(s) ? BODY_WITH_RELATIVE.exec(s) : null;
  if (relativeLead?.[1]) {
    const np = parseSubject(relativeLead[1], 0);
    const e = np && np.form === "name" ? resolveSubject(np, registry, t) : null;
    if (e?.type === "organization") t.lastOrg = e;
  }
  // A sentence that starts with a person's full name followed by a verb introduces that person.
  const lead =
    /^(?:(?:\p{Lu}[\p{Ll}]+|lawmaker|analyst|researcher|professor|spokesman|spokeswoman|official|minister|ambassador|defector|expert|commander|general|colonel|envoy)\s+){0,3}?(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2})(?:,\s*\d{1,3},|\s*\([^()]{1,40}\))?\s+(?:was|is|has|had|says|said|told|spoke|speaks|talked|recalls|recalled|spent|served|joined|fled|defected|now|who|did|does|would|will|could|can|cannot|also|then|\w+ed|(?!(?:is|was|has|as|its|this|us|soldiers|troops|servicemen|men|women|people|forces|officials|officers|defectors|workers|recruits|conscripts|families|sons|parents|units|others|leaders|analysts|experts|sources|citizens|nationals|residents|refugees|prisoners|captives|casualties|losses|deaths|reports|claims|figures|estimates|numbers)\b)[a-z]+s)\b/u.exec(
      s,
    );
  // ("The Northern Lantern spoke to him in Seoul": who speaks to "him" is the one who asks; "So Kim Jong-un
  // is making …”" inside a speaker's quotation names no one "he" means after it.)
  // ("North Korea's ambassador, Ri Chol-man, did not address the figures. He said …": the name set off after an
  // office that opens the sentence.)
  const officeLead = lead?.[1] ? null : OFFICE_THEN_NAME_LEAD.exec(s);
  const leadName = lead?.[1] ?? officeLead?.[1];
  if (leadName && !quoted && !/\s(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+(?:him|her|them)\b/.test(s)) {
    const np = parseSubject(leadName, 0);
    if (np?.form === "name" && guessType(np.name) === "person") {
      const person = resolveName(np.name, registry, t).entity;
      t.lastPerson = person;
      // ("Defence Minister Shin Won-sik visited the front. The minister said …": a title before the name is his.)
      const titled = lead?.[1] ? parseSubject(s.slice(0, lead[0].indexOf(lead[1]) + lead[1].length), 0) : null;
      if (titled?.form === "name" && titled.name === np.name && titled.role && /^\p{Lu}/u.test(titled.role))
        person.roles.add(titled.role);
      // ("Ukraine's defence minister, Rustem Umerov, said …. Ukraine's defence minister also said …": a country's
      // office set before the name is his, so that the office named again is he.)
      const office = officeLead ? parseSubject(s.slice(0, s.indexOf(",")).trim(), 0) : null;
      if (office?.form === "description" && office.role && /^\p{Lu}/u.test(office.role)) person.roles.add(office.role);
    }
  }
  // ("Defence Minister Park Hyun-woo and Foreign Minister Cho Dae-sung met …": each office written before a name, in
  // capitals, is that person's, so that "the defence minister" later is Park.)
  for (const m of /Minister|Secretary/.test(s) ? matchesOf(s, TITLED_NAME) : []) {
    const np = parseSubject(m[0], 0);
    if (np?.form !== "name" || !np.role || guessType(np.name) !== "person") continue;
    const e = resolveName(np.name, registry, t).entity;
    if (e.type === "person") e.roles.add(np.role);
  }
  // ("Helena Marsh's new book follows the 11,000 … who, she writes, crossed …": a person whose work opens the
  // sentence is whom "she" means in it.)
  // (Only for "she" or "he" set off as the speaker inside the sentence: "…; he says …" after it may be another.)
  const worksLead =
    leadName ||
    !/,\s*(?:she|he)\s+(?:writes|wrote|argues|argued|says|said|estimates|estimated|notes|noted|finds|found|reckons|reckoned)\s*,/.test(
      s,
    )
      ? null
      : PERSONS_WORK_LEAD.exec(s);
  if (worksLead?.[1] && !quoted) {
    const np = parseSubject(worksLead[1], 0);
    if (np?.form === "name" && guessType(np.name) === "person") t.lastPerson = resolveName(np.name, registry, t).entity;
  }
  // "The paper quoted Lee Woong-gil, a former spy chief, as saying …": whom an outlet quotes or
  // interviews is introduced, so that a later "Lee" is that person.
  // ("interviewed Anna Berg and Erik Berg": both, so that a later "Berg" is known to be either.)
  for (const m of /\b(?:quot|cit|interview|spok|talk)/.test(s) ? matchesOf(s, QUOTED_PERSON) : []) {
    for (const name of [m[1], m[2]]) {
      const np = name ? parseSubject(name, 0) : null;
      if (np?.form === "name" && guessType(np.name) === "person")
        t.lastPerson = resolveName(np.name, registry, t).entity;
    }
  }
  for (const m of matchesOf(
    s,
    /\b(?:identified as|named|known as|called)\s+(\p{Lu}[\p{Ll}]+(?:[-\s]\p{Lu}[\p{Ll}]+){0,2})(\s*\((?:a\s+)?pseudonym\)|,?\s+(?:a\s+)?pseudonym\b|,?\s+not (?:his|her|their) real name)?/gu,
  )) {
    // "called Western and Ukrainian reports … propaganda": an adjective of a place names no one.
    if (
      /^(?:Western|Eastern|Northern|Southern|Ukrainian|Russian|Korean|American|British|European|Chinese|Japanese|Polish|German|French|Asian|Soviet|Foreign)$/.test(
        m[1] ?? "",
      )
    )
      continue;
    const e = resolveName(m[1] ?? "", registry, t).entity;
    if (e.type === "person") t.lastPerson = e;
    // "identified as Chung (a pseudonym)": the name is not the person's own, and the page says so.
    if (e.type === "person" && m[2]) e.roles.add("a pseudonym the article uses, not the person's real name");
  }
  // "The Joint Sanctions Observation Group published its second report on Monday", "The Vessen Institute,
  // a defence research group in Copenhagen, on Tuesday published a report": whose "the report" and "it" are next.
  // ("The Lindqvist Institute's new report draws together …. It estimates …": whose report opens the sentence.)
  // ("…, the Seimas Committee on National Security and Defence said in a report adopted on Wednesday": whose report it is.)
  // ("The report by the Pacific Rim Security Forum, released on Monday, puts …": the body named after "by".)
  const published =
    REPORT_PUBLISHED.exec(s) ?? BODYS_REPORT_LEAD.exec(s) ?? SAID_IN_REPORT.exec(s) ?? REPORT_BY.exec(s);
  if (published?.[1]) {
    const np = parseSubject(published[1].trim(), 0);
    const e = np && (np.form === "name" || np.form === "group") ? resolveSubject(np, registry, t) : null;
    // (A publication that "said in a report" or "today published "…", an analysis" reports another's report.)
    const reporting =
      e?.type === "outlet" &&
      ((!REPORT_PUBLISHED.test(s) && !BODYS_REPORT_LEAD.test(s)) || /published\s+[“"]/.test(published[0]));
    if (e && e.type !== "person" && !reporting) {
      t.reportAuthor = e;
      t.lastOrg = e;
    }
  }
  for (const m of BODY_HEAD.test(s) ? matchesOf(s, BODY_NAME) : []) {
    const name = (m[1] ?? "")
      .replace(/^(?:The|A|An)\s+/, "")
      .replace(/^\p{Lu}\p{L}*-based\s+/u, "")
      .replace(/['’]s$/, "");
    // One word alone ("Office workers …") names nothing.
    if (!/\s/.test(name)) continue;
    t.bodies.push(name);
  }
  // "A spokesman for the HUR, Oleh Marchenko, said …", "HUR spokesman Oleh Marchenko said …": an office
  // written before the name describes the person, and the body it names is named in the article.
  const offices = OFFICE_HINT.test(s);
  for (const m of offices ? [...matchesOf(s, OFFICE_BEFORE_NAME), ...matchesOf(s, BODY_OFFICE_NAME)] : []) {
    // ("The South Korean representative, Ambassador Yoon Ha-jin, …": a title before the name is no part of it.)
    const np = parseSubject(m[3] ?? "", 0);
    const e = resolveName(np?.form === "name" ? np.name : (m[3] ?? ""), registry, t).entity;
    if (e.type !== "person") continue;
    // ("The Pentagon's press secretary Dana Whitlock": the body is "the Pentagon", not "Pentagon's".)
    noteBody((m[2] ?? "").replace(/['’]s$/, ""), registry, t);
    e.roles.add(ownRole(m[1] ?? "").replace(/^(?:An?|The)\b/, (w) => w.toLowerCase()));
  }
  // "Ukraine's military intelligence agency, the HUR, estimates …, its spokesman Oleh Marchenko told …",
  // "The HUR now estimates …, spokesman Oleh Marchenko said": the office is in the body the sentence
  // named before it.
  for (const m of offices ? matchesOf(s, OWN_OFFICE_NAME) : []) {
    const e = resolveName(m[2] ?? "", registry, t).entity;
    if (e.type !== "person") continue;
    const names = matchesOf(s.slice(0, m.index), BODY_NAMES).map((b) =>
      b[0].replace(/^the\s+/i, "").replace(/['’]s$/, ""),
    );
    // A body the article already knows, or an acronym ("HUR"); a country or a place is no office's body.
    const body = names.findLast((n) => {
      if (
        n
          .toLowerCase()
          .split(/\s+/)
          .every((w) => PLACE_WORDS.has(w.replace(/['’]s$/, "")))
      )
        return false;
      const known = registry.find(n);
      return known ? known.type === "organization" : /^\p{Lu}{2,6}$/u.test(n);
    });
    if (!body) continue;
    noteBody(body, registry, t);
    e.roles.add(`${m[1] ?? ""} for ${registry.find(body)?.name ?? body}`);
  }
  // "The agency's spokesman, Col. Bohdan Kravets, said …": the office in the body the article last named by that noun.
  for (const m of offices ? matchesOf(s, NOUN_BODY_OFFICE_NAME) : []) {
    const e = resolveName(m[3] ?? "", registry, t).entity;
    if (e.type !== "person") continue;
    const word = (m[1] ?? "").toLowerCase();
    const role = roleWithBody(`${m[2] ?? ""} for the ${word}`, t);
    if (/ for the \p{Ll}+$/u.test(role)) continue;
    // (Only the body last named with that word: "Russia's Federal Security Service declined to comment. The
    // service's spokesman …", "Hanbit News Agency … The agency's director …" are not the NIS.)
    const named = t.bodies.findLast((b) => new RegExp(String.raw`\b${word}\b`, "i").test(b));
    const namedBody = named === undefined ? undefined : registry.find(named);
    if (named !== undefined && (namedBody === undefined || !role.endsWith(namedBody.name))) continue;
    e.roles.add(role);
  }
  for (const m of matchesOf(
    s,
    /\b(defector|specialist|researcher|analyst|ambassador|lieutenant|soldier|lawmaker|director|professor|expert)\s+(\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2})/gu,
  )) {
    const e = resolveName(m[2] ?? "", registry, t).entity;
    if (e.type === "person") e.roles.add(m[1] ?? "");
  }
}

/** A body's name opening a sentence, then a relative clause: "The Pentagon, which …". */
const BODY_WITH_RELATIVE =
  /^((?:The\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.'’-]*){0,5}),\s+(?:which|whose)\b/u;

/** A cheap test of whether a sentence may name an office at all, before the patterns that read one. */
const OFFICE_HINT = /spokes|press\s|director|representative/i;

/** An office a person holds in a body: "spokesman", "deputy press secretary", "director". */
const OFFICE_WORDS = String.raw`(?:(?:senior|chief|deputy|acting|top)\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|director(?:[\s-]general)?|representative)`;

/** A body's name as written: capitalised words, with "of", "for" or "and" between them. */
const BODY_WORDS = String.raw`(?:the\s+)?\p{Lu}[\p{L}.-]*(?:['’]s)?(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}.-]*){0,5}`;

/** A person's two- or three-word name. */
const FULL_NAME = String.raw`\p{Lu}\p{Ll}+(?:-[A-Za-z]\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:-[A-Za-z]\p{Ll}+)*){1,2}`;
/** One name said to be written as another: "Hwang Jae-ho is written Jaeho Hwang", "X, also spelled Y,". */
const WRITTEN_AS = new RegExp(
  String.raw`(${FULL_NAME})(?:\s+is|,)\s+(?:also\s+|sometimes\s+|often\s+|usually\s+)?(?:written|spelled|spelt|romani[sz]ed|transliterated|rendered)\s+(?:as\s+)?(${FULL_NAME})\b`,
  "gu",
);

/** A person an outlet quotes, cites or interviews: "quoted Lee Woong-gil", "interviewed Anna Berg". */
const QUOTED_PERSON = new RegExp(
  String.raw`\b(?:quoted|quotes|quoting|cited|cites|citing|interviewed|interviews|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(${FULL_NAME})(?![\p{L}'’-]|\s+\p{Lu})(?:\s+and\s+(${FULL_NAME})(?![\p{L}'’-]|\s+\p{Lu}))?`,
  "gu",
);

/** "A spokesman for the HUR, Oleh Marchenko, said": the office, the body and the name. */
const OFFICE_BEFORE_NAME = new RegExp(
  String.raw`\b((?:[Aa]n?|[Tt]he)\s+${OFFICE_WORDS}\s+(?:for|of|at)\s+(${BODY_WORDS})),\s+(${FULL_NAME}),`,
  "gu",
);

/** "…, its spokesman Oleh Marchenko told", "…, spokesman Oleh Marchenko said": an office with no body before it. */
const OWN_OFFICE_NAME = new RegExp(
  String.raw`(?:\b[Ii]ts\s+|(?:^|[,;—–]\s*))(${OFFICE_WORDS})\s+(${FULL_NAME})\b`,
  "gu",
);

/** "The agency's spokesman, Col. Bohdan Kravets,": an office in a body named by its common noun, then the name. */
const NOUN_BODY_OFFICE_NAME = new RegExp(
  String.raw`\b[Tt]he\s+(agency|ministry|service|directorate|department|institute|bureau|command)['’]s\s+(${OFFICE_WORDS}),?\s+(?:(?:Lt|Maj|Brig|Gen|Col|Capt|Adm|Sgt|Cpl)\.\s+){0,3}(${FULL_NAME})\b`,
  "gu",
);

/** Capitalised names in a stretch of text, for the body an office belongs to. */
const BODY_NAMES = new RegExp(BODY_WORDS, "gu");

/** "a spokesman for the HUR" as a whole description: the body. */
const OFFICE_AT = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he)\s+${OFFICE_WORDS}\s+(?:for|of|at)\s+(${BODY_WORDS})$`, "u");

/**
 * Names the body a person's office is in ("the HUR" of "a spokesman for the HUR"), so that the body is
 * an entity of the article even when nothing else names it.
 *
 * @param name The body's name as written, or "".
 * @param registry Entity registry.
 * @param t Tracker.
 */
function noteBody(name: string, registry: EntityRegistry, t: Tracker): void {
  const body = name.replace(/^the\s+/i, "");
  // ("The South Korean representative": a nationality names no body.)
  if (COUNTRY_OF_ADJECTIVE[body.toLowerCase()] !== undefined) return;
  if (body !== "" && guessType(body) === "organization") resolveName(body, registry, t, "organization");
}

/**
 * "HUR spokesman Oleh Marchenko", "Pentagon deputy press secretary Sabrina Singh", "A HUR spokesman, Taras
 * Melnyk, said": the body before the office (the name set off by commas only as a whole apposition; "Its
 * spokesman, Ivan Sorokin," names no body).
 */
const BODY_OFFICE_NAME = new RegExp(
  String.raw`(?<![\p{L}'’])(?<!\b(?:former|ex|retired|onetime|one-time|erstwhile)[\s-]+)((?:(?:[Aa]n?|[Tt]he)\s+)?(?!(?:[Ff]ormer|[Rr]etired|Its|His|Her|Their|Our|My)\b)(${BODY_WORDS})(?:['’]s)?\s+${OFFICE_WORDS})(?:\s+|,\s+(?=${FULL_NAME},))(${FULL_NAME})\b`,
  "gu",
);

/** A body that opens a sentence by publishing a report: "The … Group published its second report". */
/** A body's report opening a sentence: "The Lindqvist Institute's new report …", "The Vessen Institute's study …". */
const BODYS_REPORT_LEAD =
  /^(?:The\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:for|of|on|and)\s+)?){0,5}(?:Institute|Institution|Centre|Center|Council|Foundation|Group|Forum|Observatory|Monitor|Project|Initiative|Society|Agency|Service|Ministry|Office|Bureau|Commission|Committee|Service))['’]s\s+(?:(?:new|latest|recent|annual|first|second|own)\s+)*(?:report|study|assessment|analysis|survey|review|paper|brief)\b/u;
/** A body that speaks in a report: "…, the Seimas Committee on National Security and Defence said in a report". */
const SAID_IN_REPORT =
  /(?:^|,\s+)(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:for|of|on|and)\s+)?){0,7}\p{Lu}[\p{L}’'.-]*)\s+(?:said|says|found|finds|concluded|concludes|estimated|estimates|wrote|writes)\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:report|study|assessment|analysis|paper)\b/u;
/** "The report by the Pacific Rim Security Forum", "a new study by the Vessen Institute": the report's author. */
const REPORT_BY =
  /\b(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+){0,2}?(?:report|study|assessment|analysis|survey|paper)\s+by\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:for|of|on|and)\s+)?){0,5}\p{Lu}[\p{L}’'.-]*)/u;
const REPORT_PUBLISHED =
  /^(?:\p{Lu}{3,}(?:\s+\p{Lu}{3,})?\s*[—–-]+\s*)?(?:The\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:for|of|on|and)\s+)?){0,5}\p{Lu}[\p{L}’'.-]*)(?:\s*\([\p{Lu}\d&-]{2,10}\))?(?:,\s*(?:an?|the)\s+[^,;.]{2,80},)?\s+(?:(?:on|last|this)\s+\w+\s+|today\s+)?(?:has\s+)?(?:published|released|issued|presented|put out)\s+(?:[“"][^”"]{1,80}[”"],?\s+)?(?:its|a|the|their|an)\s+(?:[\w-]+\s+){0,3}?(?:report|study|assessment|analysis|survey|review|paper)\b/u;

/**
 * A body's full name anywhere in a sentence: capitalised words and an institutional head, with "for",
 * "of", "on" or "and" joining more capitalised words ("the Korea Institute for Defense Analyses",
 * "Ministry of National Defense").
 */
const BODY_NAME =
  /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:Institute|Ministry|Agency|Service|Directorate|Department|Council|Committee|Commission|Bureau|Centre|Center|University|Foundation|Command|Office)(?:\s+(?:for|of|on|and)(?:\s+the)?(?:\s+\p{Lu}[\p{L}’'.-]*)+)*)(?![\p{L}’'-])/gu;

/** The institutional head every {@link BODY_NAME} holds, to skip sentences without one cheaply. */
const BODY_HEAD =
  /\b(?:Institute|Ministry|Agency|Service|Directorate|Department|Council|Committee|Commission|Bureau|Centre|Center|University|Foundation|Command|Office)\b/;

/** Another name given beside a body's: ", known as HUR,", ", known by its Ukrainian initials HUR,", " (GUR)", ", or HUR,". */
const OTHER_NAME_RE =
  /,\s+(?:(?:also\s+|commonly\s+|widely\s+)?known\s+as|known\s+by\s+its\s+(?:\p{Lu}[\p{Ll}]+\s+)?(?:initials|acronym|abbreviation))\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4})(?=[,;.)]|\s+(?:said|says|has|had|is|was|estimated|reported))|\s+\((\p{Lu}{2,6})\)|,\s+or\s+(\p{Lu}{2,6}),/gu;

/** "Ukraine's military intelligence agency, the HUR,", "…, according to Ukraine's military intelligence agency, HUR.": an acronym set after a body's own noun. */
const APPOSED_ACRONYM_RE =
  /\b(?:agency|service|intelligence|directorate|ministry|command|staff),\s+(?:the\s+)?(\p{Lu}{3,6})(?:,|(?=[.;]\s|[.;]?$))/gu;

/**
 * The recent mentions of people named in full of whom a word is a part ("Jang" of "Jang Myong-chol"): the most recent
 * mentions are enough to resolve a short name; older ones are out of reach.
 *
 * @param t Tracker.
 * @param key The word's name key.
 * @returns The mentions, oldest first.
 */
export function mentionsOfPart(t: Tracker, key: string): Mention[] {
  return t.mentions.slice(-200).filter((m) => m.keys.length > 1 && m.keys.includes(key));
}

/** A portfolio's office in capitals, then a person's name: "Defence Minister Park Hyun-woo", "Foreign Secretary Jane Holt". */
const TITLED_NAME =
  /(?<!\b(?:[Ff]ormer|[Ee]x-|[Ll]ate|[Oo]utgoing)\s*)\b(?:(?:Deputy|Vice|First)\s+)?(?:Defen[cs]e|Foreign|Interior|Unification|Prime|Finance|Home)\s+(?:Minister|Secretary)\s+\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]+|-\p{L}[\p{Ll}]+){0,3}/gu;

/** A deputy's rank, or a past holder's, before an office: "Deputy Defence Minister", "vice minister", "Former Defence Minister". */
const DEPUTY = /\b(?:deputy|vice|assistant|junior|former|ex|late|outgoing)\b/i;

/** The portfolio an office names before its head word ("defence" in "the defence minister"), spelled one way. */
function portfolioOf(role: string): string | null {
  const m =
    /\b(defen[cs]e|foreign|interior|finance|unification|justice|economy|trade|prime)\s+(?:minister|secretary|ministry)\b/i.exec(
      role,
    );
  return m?.[1] ? m[1].toLowerCase().replace("defense", "defence") : null;
}

/**
 * The most recent mention that passes a test, looking back over the last `reach` mentions.
 *
 * @param t Tracker.
 * @param test The test.
 * @param reach How many mentions back to look (200: older ones are out of reach of a description).
 * @returns The mention, or undefined.
 */
function lastMention(t: Tracker, test: (m: Mention) => boolean, reach = 200): Mention | undefined {
  for (let i = t.mentions.length - 1; i >= Math.max(0, t.mentions.length - reach); i--) {
    const m = t.mentions[i];
    if (m && test(m)) return m;
  }
  return undefined;
}

/** Words a body's acronym leaves out: "Institute for the Study of War" is ISW. */
const NOT_IN_ACRONYM = new Set(["of", "for", "the", "and", "on", "in", "at", "to"]);

/**
 * The initials of a body's name, without the country whose it is ("South Korea's Joint Chiefs of Staff": JCS).
 *
 * @param name The body's name.
 * @returns Its initials in capitals, or "" when a word of it is not capitalised.
 */
function initialsOf(name: string): string {
  const words = name.replace(/^(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s\s+/u, "").split(/[\s-]+/);
  const kept = words.filter((w) => !NOT_IN_ACRONYM.has(w.toLowerCase()));
  return kept.length >= 2 && kept.every((w) => /^\p{Lu}/u.test(w)) ? kept.map((w) => w[0]).join("") : "";
}

/**
 * Resolves a name within an article: a short name ("Hyun-Seung", "Lee") goes to the most recent
 * full name that contains it; when two different full names contain it, the nearest wins and the
 * result is marked ambiguous.
 *
 * @param name The name as written.
 * @param registry Entity registry.
 * @param t Tracker.
 * @param type What the text says the name is, if it says ("the news site Kyiv Signal").
 * @returns The entity and whether the choice was ambiguous.
 */
export function resolveName(
  name: string,
  registry: EntityRegistry,
  t: Tracker,
  type?: EntityType,
): { entity: Entity; ambiguous: boolean } {
  const tokens = name.split(/\s+/);
  // "The Courier worked out …" in a story relaying the Pacific Courier: that outlet.
  const outlet = tokens.length <= 2 ? t.shortOutlets?.get(nameKey(name)) : undefined;
  if (outlet) {
    const entity = registry.resolve(outlet, "outlet");
    t.mentions.push(mention(entity, name));
    return { entity, ambiguous: false };
  }
  // "South Korea's Joint Chiefs of Staff …" and then "the JCS": an acronym of the initials of a body the article
  // named is that body.
  if (tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(name) && !registry.isFixed(name)) {
    const body = lastMention(
      t,
      ({ entity: e }) => e.type === "organization" && e.name !== name && initialsOf(e.name) === name,
    )?.entity;
    // (In this article only: another article's "HDF" may be another body.)
    if (body) {
      t.mentions.push(mention(body, name));
      return { entity: body, ambiguous: false };
    }
  }
  // A bare surname means a person this article introduced in full: never one met in another article.
  if (tokens.length === 1 && !registry.isFixed(name)) {
    const k = nameKey(name);
    const matches = mentionsOfPart(t, k);
    const distinct = [...new Set(matches.map((m) => m.entity))];
    const nearest = matches[matches.length - 1];
    if (nearest) {
      nearest.entity.variants.add(name);
      t.mentions.push(nearest);
      return { entity: nearest.entity, ambiguous: distinct.length > 1 };
    }
  }
  // "Kim Min-joon, 47, a lawmaker" and then "Kim Min-jun, 39, an analyst": a person's name the article has
  // written another way for someone it already named is another person.
  const known = tokens.length > 1 ? registry.find(name) : undefined;
  const spelled = plainSpelling(name);
  // (A spelling the article gives as the same person's, "is written Jaeho Hwang", is that person.)
  const apart =
    known?.type === "person" &&
    !known.variants.has(name) &&
    t.mentions.some((m) => m.entity === known && m.keys.length > 1 && plainSpelling(m.fullName) !== spelled);
  const entity = apart ? registry.resolveApart(name) : registry.resolve(name, type);
  t.mentions.push(mention(entity, name));
  return { entity, ambiguous: false };
}

/** Words that make what comes before them a qualifier of a person's title ("agency chief", "ministry spokesman"). */
const TITLE_AFTER =
  /^(?:chief|head|director|spokes\w+|official|officer|minister|analyst|researcher|expert|employee|source)\b/;

/**
 * Resolves a subject phrase to an entity.
 *
 * @param np The phrase.
 * @param registry Entity registry.
 * @param t Tracker.
 * @returns Entity or null.
 */
export function resolveSubject(np: NounPhrase | null, registry: EntityRegistry, t: Tracker): Entity | null {
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
export function resolveWithFlag(
  np: NounPhrase | null,
  registry: EntityRegistry,
  t: Tracker,
): { entity: Entity | null; ambiguous: boolean } {
  if (!np) return { entity: null, ambiguous: false };
  // "A HUR spokesman said": someone speaking for a body the article has named gives the body's figures.
  const forBody = BODY_SPOKESMAN.exec(np.text);
  const spokenFor = forBody?.[1] ? registry.find(forBody[1]) : undefined;
  // "A Kremlin spokesman on Friday rejected …. “…,” spokesman Arkady Beloglazov told reporters.": the one
  // spokesman the article names is the one it first left unnamed, and he speaks for the body.
  const sole = forBody?.[1] ? (t.spokesperson?.() ?? null) : null;
  const joined =
    sole && forBody?.[1] && sameOffice(sole.body, forBody[1])
      ? resolveName(sole.name, registry, t, "person").entity
      : null;
  if (joined?.type === "person") joined.roles.add(np.text.replace(/^(?:An?|The)\s+/i, ""));
  if (spokenFor && spokenFor.type === "organization") {
    // ("A HUR spokesman tells us the agency has raised …": the body is named, for "the agency" after it.)
    if (!t.mentions.some((m) => m.entity === spokenFor))
      t.mentions.push(mention(spokenFor, forBody?.[1] ?? spokenFor.name));
    t.lastOrg = spokenFor;
    return { entity: spokenFor, ambiguous: false };
  }
  if (joined?.type === "person") return { entity: joined, ambiguous: false };
  // "…, the agency said. South Korea's National Intelligence Service has put …": a body described by
  // its kind is what the text had named when its own sentence is read, never a body named after it.
  if (np.form === "description" && namesBodyKind(np.role ?? "")) {
    const seen = DESCRIBED_WHEN_READ.get(np);
    if (seen) return seen;
    const found = resolveInPlace(np, registry, t);
    DESCRIBED_WHEN_READ.set(np, found);
    return found;
  }
  return resolveInPlace(np, registry, t);
}

/**
 * Resolves a subject phrase with what the tracker holds now.
 *
 * @param np The phrase.
 * @param registry Entity registry.
 * @param t Tracker.
 * @returns Entity (or null) and the ambiguity flag.
 */
function resolveInPlace(
  np: NounPhrase,
  registry: EntityRegistry,
  t: Tracker,
): { entity: Entity | null; ambiguous: boolean } {
  // "Ukraine has given higher numbers. Its military said …": the body of the country the sentence
  // before opened with, resolved once, when its own sentence is read.
  const its = np.form === "group" || np.form === "name" ? /^[Ii]ts\s+(\S.*)$/.exec(np.name) : null;
  if (its?.[1]) {
    const seen = OWNED_BY_COUNTRY.get(np);
    if (seen) return { entity: seen, ambiguous: false };
    const owned = t.leadCountry ? parseSubject(`${t.leadCountry}'s ${its[1]}`, np.start) : null;
    const e = owned && owned.form !== "pronoun" ? resolveWithFlag(owned, registry, t).entity : null;
    if (e) {
      OWNED_BY_COUNTRY.set(np, e);
      return { entity: e, ambiguous: false };
    }
  }
  // ("our General Staff says …": a body of the speaker's own side, named by whose it is, is no entity the site can
  // name; the words are kept.)
  if ((np.form === "group" || np.form === "name") && /^(?:our|my)\s/i.test(np.name))
    return { entity: null, ambiguous: false };
  // ("The South Korean representative, Ambassador Yoon Ha-jin, cited her country's intelligence service": the
  // country the person last named is described as being of.)
  const theirs = /^(?:his|her|their)\s+(?:own\s+)?country['’]s\s+(\S.*)$/i.exec(np.name);
  if (theirs?.[1]) {
    const country = countryOfPerson(t.lastPerson);
    const owned = country ? parseSubject(`${country}'s ${theirs[1]}`, np.start) : null;
    const e = owned && owned.form !== "pronoun" ? resolveWithFlag(owned, registry, t).entity : null;
    // (Whose country the text does not tell names no body the site can name.)
    return { entity: e, ambiguous: false };
  }
  switch (np.form) {
    case "pronoun":
      if (np.name === "it") return { entity: t.lastOrg, ambiguous: false };
      // "he" and "she" are people: never the outlet or body that spoke last ("a former North Korean army officer", one
      // person described by a role, is a person).
      return {
        entity:
          np.name === "they"
            ? // ("Western officials said …. About 1,000 of those had been killed, they said": the group that spoke last.)
              t.lastSpeaker?.type === "group" && !ONE_PERSON_DESCRIBED.test(t.lastSpeaker.name)
              ? t.lastSpeaker
              : (t.authorsOf ?? null)
            : (t.lastPerson ??
              (t.lastSpeaker?.type === "person" ||
              ONE_PERSON_DESCRIBED.test(t.lastSpeaker?.name ?? "") ||
              (t.lastSpeaker !== null && t.lastSpeaker === t.memberOf)
                ? t.lastSpeaker
                : null)),
        ambiguous: false,
      };
    case "description": {
      // A description ("the agency", "the Ukrainian president") is first what this article has named;
      // the alias file's entity of that role comes after, so that "the agency" after Ukraine's military
      // intelligence agency is that agency, and an article naming another holder of an office is read
      // as written.
      const office = /^\p{Lu}/u.test(np.role ?? "");
      const known = registry.find(np.text);
      if (known) return { entity: known, ambiguous: false };
      const role = (np.role ?? "").toLowerCase();
      // ("according to documents seen by the Lantern": a description with no role names nobody the text met.)
      if (role === "") return { entity: null, ambiguous: false };
      // "the report said", "the statement added": the document of the source last credited.
      if (/^(?:report|statement|assessment|document|briefing|study|survey|analysis|memo)$/.test(role)) {
        // ("A defector said …. …, the report said": an unnamed person met in the article, or a crowd of
        // people, wrote no report; whose report it is cannot be told.)
        const last = t.lastCredited;
        const noAuthor =
          last !== null &&
          /^(?:report|study|survey|analysis)$/.test(role) &&
          // ("Officials said …, presenting a new report. …, the report said": a report named in the sentence of the last
          // figure is that figure's source's.)
          !(t.lastFigure !== null && t.reportSentences?.has(t.lastFigure.sentence) === true) &&
          (ONE_PERSON_DESCRIBED.test(last.name) || (last.type === "group" && PEOPLE_UNNAMED.test(last.name)));
        return { entity: t.reportAuthor ?? (noAuthor ? null : last), ambiguous: false };
      }
      // "citing the same report": the source the article credited last; "citing the same briefing": the
      // intelligence agency the article named, whose briefings these are, else the source credited last.
      if (role === "same source") return { entity: t.lastCredited, ambiguous: false };
      if (role === "same briefing") return { entity: t.intel?.entity ?? t.lastCredited, ambiguous: false };
      // "the paper said", "the broadcaster reported": the publication the article last named.
      if (
        /^(?:paper|newspaper|daily|broadcaster|network|channel|news agency|wire|wire service|magazine|outlet|station)$/.test(
          role,
        )
      ) {
        // ("The Free Korea Network, a defector group, …. …, the network says": a body named with the word
        // is that body, before any broadcaster.)
        const namedSo = lastMention(
          t,
          (x) => x.entity.type !== "person" && new RegExp(String.raw`\b${role}\b`, "i").test(x.entity.name),
        );
        const lastOutlet = lastMention(t, (x) => x.entity.type === "outlet")?.entity ?? null;
        // ("The Ukrainian news site Front Line Today reported …. Separately, the newspaper reported …": a news
        // site, a wire or a broadcaster is no newspaper; the paper is the last newspaper named, else the
        // article's own.)
        const paper = /^(?:paper|newspaper|daily)$/.test(role);
        const lastPaper = paper
          ? (lastMention(
              t,
              (x) =>
                x.entity.type === "outlet" &&
                [x.entity.name, ...x.entity.roles].some((r) => NEWSPAPER_WORDS.test(r)) &&
                !NOT_A_PAPER.test([...x.entity.roles].join(" ")),
            )?.entity ?? null)
          : null;
        const ownPaper = paper && !lastPaper && t.publisher;
        // ("The Orchard Street Journal, citing the Yellow Sea Wire, reported …. The wire service also said …": a
        // wire or a news agency is the last one named, not the paper named after it.)
        const lastWire = /^(?:wire|wire service|news agency)$/.test(role)
          ? (lastMention(
              t,
              (x) => x.entity.type === "outlet" && [x.entity.name, ...x.entity.roles].some((r) => WIRE_WORDS.test(r)),
            )?.entity ?? null)
          : null;
        return {
          entity:
            namedSo?.entity ?? lastPaper ?? lastWire ?? (ownPaper ? registry.resolve(ownPaper, "outlet") : lastOutlet),
          ambiguous: false,
        };
      }
      // "the first official", "the second official": one of several the article counts apart, never the
      // one met last; which one cannot be told.
      if (/^(?:the\s+)?(?:first|second|third|fourth|fifth|other)\s/i.test(np.text))
        return { entity: null, ambiguous: false };
      // Match on the stem, so "this defector" finds someone "who defected". A country's office
      // matches only the same office, never another country's president.
      const head = office ? role : (role.split(/\s+/).pop() ?? role).slice(0, 6);
      // "the agency" is not the "spy agency chief": a word that qualifies a person's title is not their role.
      const ofTitle = (r: string): boolean => {
        const words = r.toLowerCase().split(/\s+/);
        return words.some((w, i) => w.startsWith(head) && TITLE_AFTER.test(words[i + 1] ?? ""));
      };
      // A body described by its kind ("the agency", "the ministry") is never a publication whose name
      // holds the word ("Yonhap News Agency").
      const bodyWord = namesBodyKind(role);
      // ("the same official" is no "official KCNA news agency": a word that names a person's role, read in
      // a body's name or description, is not that body.)
      const portfolio = portfolioOf(role);
      const described = lastMention(
        t,
        ({ entity: e }) =>
          !(bodyWord && (e.type === "outlet" || e.type === "person")) &&
          !(PERSON_ROLE_HEAD.test(head) && !office && (e.type === "outlet" || e.type === "organization")) &&
          ([...e.roles].some(
            (r) =>
              r.toLowerCase().includes(head) &&
              !ofTitle(r) &&
              // ("Foreign Minister Cho …. The defence minister said …": another portfolio's minister is not he, nor is
              // a deputy "the minister": "Deputy Defence Minister Han …. The defence minister said …".)
              !(portfolio && portfolioOf(r) && portfolioOf(r) !== portfolio) &&
              !(DEPUTY.test(r) && !DEPUTY.test(role)),
          ) ||
            (!office && e.name.toLowerCase().includes(head)) ||
            // "Ukraine's military intelligence said …. The agency said …": an intelligence body is an agency.
            (!office && head === "agency" && e.type === "organization" && /\bintelligence\b/i.test(e.name))),
      );
      if (described) {
        // "the spy agency", which the alias file gives to one body, after the text named another agency
        // that shares only the last word: which one is meant cannot be told, and nobody is credited.
        const aliased = role.includes(" ") ? (registry.byRole(role) ?? null) : null;
        const e = described.entity;
        const whole = role.toLowerCase();
        const fits = [...e.roles].some((r) => r.toLowerCase().includes(whole)) || e.name.toLowerCase().includes(whole);
        if (aliased && aliased !== e && !fits) return { entity: null, ambiguous: false };
        return { entity: e, ambiguous: false };
      }
      // Else a body the text named without crediting it ("a report by the Korea Institute for Defense
      // Analyses", then "the institute estimated"), the last that fits.
      const named = bodyWord
        ? t.bodies.findLast(
            (b) =>
              b.toLowerCase().includes(head) && !["outlet", "person"].includes(registry.find(b)?.type ?? guessType(b)),
          )
        : undefined;
      if (named) {
        const e = registry.find(named) ?? registry.resolve(named, "organization");
        t.mentions.push(mention(e, named));
        t.lastOrg = e;
        return { entity: e, ambiguous: false };
      }
      // Descriptions of the alias file's entities ("the spy agency"), unless the article has named
      // another body the words could mean: then which one is meant cannot be told, and nobody is credited.
      const byRole = registry.byRole(np.role ?? "") ?? null;
      const otherBody = t.mentions.some((m) => m.entity && m.entity !== byRole && m.entity.type === "organization");
      // ("The death toll has risen, the agency said." in an article that names no agency: a bare "agency"
      // may be any body; only a description of more words, such as "the spy agency", names the alias file's.)
      const unnamed =
        byRole !== null &&
        !/\s/.test((np.role ?? "").trim()) &&
        t.intel?.entity !== byRole &&
        !t.mentions.some((m) => m.entity === byRole);
      return { entity: byRole && ((!office && otherBody) || unnamed) ? null : byRole, ambiguous: false };
    }
    case "group": {
      // "a senior official at South Korea's National Intelligence Service": someone unnamed at a body is
      // no body.
      // ("a Seoul think tank", "a defector group": a body the text does not name is an unnamed source.)
      const orgHead =
        !UNNAMED_NEAR.test(np.name) &&
        !UNNAMED_IN.test(np.name) &&
        !(/^(?:an?|one|another|some)\s/i.test(np.name) && !UNNAMED_OUTLET_HEAD.test(np.name)) &&
        // ("Every newspaper repeats …", "Many outlets claim …": a quantifier names no one body.)
        !/^(?:every|each|most|many|all|several|few|various|numerous|other|any)\s/i.test(np.name) &&
        ORG_HEADS.test(np.name.toLowerCase().split(/\s+/).pop() ?? "");
      // "…, spy agency says" in a headline: the alias file's description without its "the".
      const described = orgHead && !registry.find(np.name) ? (registry.byRole(np.name) ?? null) : null;
      // "South Korea's National Intelligence Service …. The South Korean agency also said …": a body the
      // article has named, described by its country and its kind.
      const national =
        orgHead && !described ? (countryIntelligence(np.name, registry, t) ?? bodyOfCountry(np, t)) : null;
      if (national) {
        t.lastOrg = national;
        t.mentions.push(mention(national, np.name));
        return { entity: national, ambiguous: false };
      }
      // ("Western officials said …. The officials said …", "…, one official said", "one of the officials": the group of
      // that kind the article named, read back; a group it has not named is read as written.)
      const back = READ_BACK_GROUP.exec(np.text);
      const member = (back?.[1] ?? back?.[2])?.toLowerCase();
      // (Two such groups named, "US officials … Ukrainian officials …": which one is meant cannot be told.)
      const groups = member
        ? new Set(
            t.mentions
              .map((x) => x.entity)
              .filter(
                (e) =>
                  e.type === "group" &&
                  e.name.toLowerCase().endsWith(` ${member}s`) &&
                  !/^(?:the|one|these|those)\s/i.test(e.name),
              ),
          )
        : new Set<Entity>();
      const group = groups.size === 1 ? [...groups][0] : undefined;
      if (group) {
        t.mentions.push(mention(group, np.name));
        return { entity: group, ambiguous: false };
      }
      // "citing the same lawmakers": the ones named before.
      const name = np.name.replace(/^(?:very\s+)?same\s+(?=\S)/i, "");
      const e = described ?? registry.find(name) ?? registry.resolve(name, orgHead ? "organization" : "group");
      if (e.type === "organization") t.lastOrg = e;
      t.mentions.push(mention(e, np.name));
      return { entity: e, ambiguous: false };
    }
    case "name": {
      // ("Ukrainian Intelligence says …" in a headline's capitals: the country's intelligence, as in lower case.)
      const intelligence = countryIntelligence(np.name, registry, t);
      if (intelligence) {
        t.mentions.push(mention(intelligence, np.name));
        return { entity: intelligence, ambiguous: false };
      }
      const r = resolveName(np.name, registry, t, np.type);
      if (np.role && !NOT_A_DESCRIPTION.test(np.role)) r.entity.roles.add(roleWithBody(ownRole(np.role), t));
      return r;
    }
  }
}

/** The role words of a group whose members the text may read back: "officials", "lawmakers". */
const GROUP_ROLE = String.raw`(official|lawmaker|analyst|diplomat|expert|researcher)`;
/** One or all of a group the article named, by its kind alone: "the officials", "one official", "one of the officials". */
const READ_BACK_GROUP = new RegExp(
  String.raw`^(?:(?:the|these|those)\s+${GROUP_ROLE}s|(?:one\s+(?:of\s+(?:the|these|those)\s+)?)${GROUP_ROLE}s?)$`,
  "i",
);
/** One of a group read back ({@link READ_BACK_GROUP}): one person, who is the group's. */
const ONE_OF_GROUP = new RegExp(String.raw`^one\s+(?:of\s+(?:the|these|those)\s+)?${GROUP_ROLE}s?$`, "i");

/** The first letters of a role word that names a person, as a description's head is matched. */
const PERSON_ROLE_HEAD = /^(?:offici|spokes|analys|lawmak|diplom|source|expert|adviso|advise)/;

/** Words of nationality before a body's kind, with the words its country's bodies are named by. */
const NATION_NAMES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^south\s+korean$/i, /\bSouth\s+Korea(?:n|['’]s)?\b|\bSeoul['’]s\b/],
  [/^north\s+korean$/i, /\bNorth\s+Korea(?:n|['’]s)?\b|\bPyongyang['’]s\b/],
  [/^ukrainian$/i, /\bUkrain(?:e|ian)\b|\bKyiv['’]s\b/],
  [/^russian$/i, /\bRussia(?:n|['’]s)?\b|\bMoscow['’]s\b/],
  [/^(?:american|u\.?s\.?)$/i, /\b(?:United\s+States|U\.?S\.?|American|Washington['’]s)\b/],
  [/^british$/i, /\b(?:Britain|British|U\.?K\.?|London['’]s)\b/],
  [/^japanese$/i, /\b(?:Japan|Japanese|Tokyo['’]s)\b/],
];

/** A country's intelligence, named by the country alone: "Ukrainian intelligence", "Seoul's intelligence services". */
const COUNTRY_INTELLIGENCE =
  /^((?:South|North)\s+Korean|(?:South|North)\s+Korea['’]s|Seoul['’]s|Pyongyang['’]s|Ukrainian|Ukraine['’]s|Kyiv['’]s|Russian|Russia['’]s|Moscow['’]s|American|America['’]s|U\.?S\.?|Washington['’]s|British|Britain['’]s|London['’]s|Japanese|Japan['’]s|Tokyo['’]s)\s+(?:[Mm]ilitary\s+)?[Ii]ntelligence(?:\s+(?:[Ss]ervices?|[Aa]genc(?:y|ies)|[Cc]ommunity))?$/;

/** A run of capitalised words in one sentence ("Ukraine's Foreign Intelligence Service", "U.S.", "SZRU"). */
const CAPITALISED_RUN =
  /(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}’'-]*)(?:[ \t]+(?:(?:of|for)[ \t]+)?(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}’'-]*))*/gu;
/** A body described in lower case after its country: "Ukraine's military intelligence", "South Korean intelligence agency". */
const DESCRIBED_INTELLIGENCE =
  /\b\p{Lu}[\p{L}’']*[ \t]+(?:\p{Ll}+[ \t]+){0,2}intelligence(?:[ \t]+(?:agency|service|directorate))?\b/gu;
/** The head of an intelligence or security body's name: "… Intelligence", "… Intelligence Service", "Security Service of …". */
const INTELLIGENCE_BODY_HEAD =
  /\b(?:Intelligence|Security)(?:[ \t]+(?:Service|Agency|Directorate|Bureau|Department|Administration))?$|\b(?:Service|Agency|Directorate|Bureau)[ \t]+(?:of|for)[ \t]+/;
/** Words of a name that make it no intelligence body: a committee, a publication, an office a person holds. */
const NOT_AN_INTELLIGENCE_BODY =
  /\b(?:Committee|Subcommittee|Monitor|Review|Newsletter|Journal|Studies|Institute|Director|Chief|Minister|Secretary|Head|Officer|Commission|Council|Chair|Chairman)\b/;

/** The words that join two bodies as peers: ", ", " and the ", ", and ". */
const PEER_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+)(?:the\s+)?$/i;

/** An intelligence or security body an article names, and the name its country is read from. */
export interface NamedBody {
  readonly name: string;
  /** The name whose words give the country (an acronym nobody knows takes the one it is named beside). */
  readonly of: string;
}

/**
 * The intelligence and security bodies an article names anywhere in its text, each once, by the name the
 * registry knows them by, or as written when it knows none ("Ukraine's Foreign Intelligence Service"): the
 * registry is only read, never added to. A country's generic description ("Ukrainian intelligence") is
 * not among them, nor a committee, a publication or an office named after intelligence ("the National
 * Assembly's Intelligence Committee", "the Director of National Intelligence"). An acronym nobody knows,
 * joined to such a body as its peer ("The HUR and the SZRU …"), may be another body of its country.
 *
 * @param body Article body.
 * @param registry Entity registry.
 * @returns Bodies, in the order first met.
 */
export function namedIntelligenceBodies(body: string, registry: EntityRegistry): NamedBody[] {
  const out: NamedBody[] = [];
  const seen = new Set<string>();
  const add = (b: NamedBody, key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(b);
  };
  // (A sentence ends at a stop before a capital, but not after initials: "The U.S. Defense Intelligence Agency".)
  for (const sentence of body.split(/(?<=[.!?])(?<!(?:^|[\s(])(?:\p{Lu}\.)+)\s+(?=\p{Lu})|\n/u)) {
    const bodies: { b: NamedBody; start: number; end: number }[] = [];
    const unknownAcronyms: { name: string; start: number; end: number }[] = [];
    for (const m of [...matchesOf(sentence, CAPITALISED_RUN), ...matchesOf(sentence, DESCRIBED_INTELLIGENCE)]) {
      const words = m[0].split(/[ \t]+/);
      const at = { start: m.index, end: m.index + m[0].length };
      // The run and each shorter run that ends it ("KYIV Ukraine's Defence Intelligence"): the longest the
      // registry knows.
      let known: Entity | undefined;
      for (let i = 0; i < words.length && !known; i++) known = registry.find(words.slice(i).join(" "));
      if (known) {
        if (known.type === "organization" && /\b(?:intelligence|security)\b/i.test(known.name)) {
          const b = { name: known.name, of: known.name };
          bodies.push({ b, ...at });
          add(b, `id:${known.id}`);
        }
        continue;
      }
      const name = words.join(" ").replace(/^The\s+/, "");
      if (/^\p{Lu}{2,6}$/u.test(name)) {
        unknownAcronyms.push({ name, ...at });
        continue;
      }
      if (
        INTELLIGENCE_BODY_HEAD.test(name) &&
        !NOT_AN_INTELLIGENCE_BODY.test(name) &&
        !COUNTRY_INTELLIGENCE.test(name) &&
        NATION_NAMES.some(([, country]) => country.test(name))
      ) {
        const b = { name, of: name };
        bodies.push({ b, ...at });
        add(b, `name:${nameKey(name)}`);
      }
    }
    // ("The HUR and the SZRU have both tracked …", "the HUR, the SBU and …": an acronym joined to the body
    // as its peer; not a drone's, an outlet's or a dateline's: "FPV drones", "the BBC and NHK", "SUMY (Hanbit) —".)
    for (const a of unknownAcronyms) {
      const peer = bodies.find(
        ({ start, end }) =>
          PEER_JOIN.test(sentence.slice(end, a.start)) || PEER_JOIN.test(sentence.slice(a.end, start)),
      );
      if (peer) add({ name: a.name, of: peer.b.of }, `acronym:${a.name}`);
    }
  }
  return out;
}

/**
 * The one intelligence body of a country the article names, for a description of the country's
 * intelligence ("Ukrainian intelligence says 12,000 …" over an article that names Ukraine's Defence
 * Intelligence): none when the article names no such body or several, since which one is meant
 * cannot then be told.
 *
 * @param name The phrase's name.
 * @param registry Entity registry.
 * @param t The article's tracker.
 * @returns The body, or null.
 */
function countryIntelligence(name: string, registry: EntityRegistry, t: Tracker): Entity | null {
  const m = COUNTRY_INTELLIGENCE.exec(name);
  if (!m?.[1] || registry.find(name)) return null;
  const prefix = m[1];
  const country = NATION_NAMES.find(([adj, c]) => adj.test(prefix) || c.test(prefix))?.[1];
  if (!country) return null;
  const bodies = (t.intelBodies?.() ?? []).filter((b) => country.test(b.of));
  const only = bodies.length === 1 ? bodies[0] : undefined;
  return only === undefined ? null : (registry.find(only.name) ?? registry.resolve(only.name, "organization"));
}

/**
 * The body the article last named of a country and kind, for "the South Korean agency", "the Ukrainian
 * ministry": the words of nationality name the country, the last word the kind ("agency" is also any
 * intelligence body).
 *
 * @param np The phrase, with "the" before it.
 * @param t The article's tracker.
 * @returns The body, or null when the article has named none that fits.
 */
function bodyOfCountry(np: NounPhrase, t: Tracker): Entity | null {
  if (!/^the\s/i.test(np.text)) return null;
  const m =
    /^((?:South|North)\s+Korean|Ukrainian|Russian|American|U\.?S\.?|British|Japanese)\s+(?:(?:military|defen[cs]e|intelligence|spy|foreign|security)\s+)*(agency|ministry|service|intelligence|government|military|command|office)$/i.exec(
      np.name,
    );
  if (!m?.[1] || !m[2]) return null;
  const country = NATION_NAMES.find(([adj]) => adj.test(m[1] ?? ""))?.[1];
  if (!country) return null;
  const kind = m[2].toLowerCase();
  const found = lastMention(
    t,
    ({ entity: e }) =>
      e.type === "organization" &&
      country.test(e.name) &&
      (e.name.toLowerCase().includes(kind) ||
        [...e.roles].some((r) => r.toLowerCase().includes(kind)) ||
        ((kind === "agency" || kind === "service") && /\bintelligence\b/i.test(e.name))),
  );
  return found?.entity ?? null;
}

/**
 * A role that names its body by a common noun ("a spokesman for the agency"), with that noun replaced by
 * the body the article last named with it ("a spokesman for Ukraine's military intelligence agency"), so
 * the person's figures can be traced to the body; the role is kept as written when no body fits.
 *
 * @param role The role as written.
 * @param t The article's tracker.
 * @returns The role.
 */
function roleWithBody(role: string, t: Tracker): string {
  const m =
    /\b(?:for|of|at|with)\s+(the\s+(agency|ministry|service|directorate|department|institute|forum|council|bureau|command))\b/i.exec(
      role,
    );
  if (!m?.[1] || !m[2]) return role;
  const word = m[2].toLowerCase();
  const body = lastMention(
    t,
    ({ entity: e }) =>
      e.type === "organization" &&
      (e.name.toLowerCase().includes(word) || (word === "agency" && /\bintelligence\b/i.test(e.name))),
  );
  return body ? role.replace(m[1], body.entity.name) : role;
}

/** A spokesperson's office. */
const SPOKES = String.raw`[Ss]pokes(?:man|woman|person)`;
/** Every person named with a spokesperson's office: "spokesman Arkady Beloglazov", "Ivan Petrov, a Kremlin spokesman". */
const ANY_SPOKESPERSON = new RegExp(
  String.raw`${SPOKES}\s+(?:(?:for|of|at)\s+[^,;.]{2,60},\s+)?(${FULL_NAME})\b|(${FULL_NAME}),\s+(?:an?|the|its|their)\s+(?:[\p{L}'’.-]+\s+){0,4}?${SPOKES}\b`,
  "gu",
);
/**
 * A spokesperson named with the bare office, at a sentence's start, after a quotation or after "said", with
 * the body a phrase right after the name gives, if any ("spokeswoman Olena Bilyk of Ukraine's General Staff
 * said", "spokesman Petro Kalyn, who speaks for Ukraine's General Staff").
 */
const BARE_SPOKESPERSON = new RegExp(
  String.raw`(?:^|[.!?]\s+|[”"]\s*|\b(?:said|says|told)\s+)${SPOKES}\s+(${FULL_NAME})\b(?:,?\s+(?:of|for|at|from)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})|,\s+who\s+speaks\s+for\s+([^,.;]{2,60})|,\s+(?:who\s+spoke|speaking)\s+(?:for|on\s+behalf\s+of)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}))?`,
  "gmu",
);

/** The one person an article names as a spokesperson, and the body their own sentence names for them. */
export interface SoleSpokesperson {
  readonly name: string;
  readonly body: string | null;
}

/**
 * The one person an article names as a spokesperson, when it names them with the bare office at least
 * once ("“…,” spokesman Arkady Beloglazov told reporters"): who "A Kremlin spokesman" is. Two people
 * named as spokespeople, or one named only with a body's office ("Pentagon spokesman …"), give none.
 *
 * @param body Article body.
 * @returns The name and the body named right after it, or null.
 */
export function soleSpokesperson(body: string): SoleSpokesperson | null {
  const names = new Set(matchesOf(body, ANY_SPOKESPERSON).map((m) => plainSpelling(m[1] ?? m[2] ?? "")));
  if (names.size !== 1) return null;
  const m = matchesOf(body, BARE_SPOKESPERSON)[0];
  return m?.[1] ? { name: m[1], body: (m[2] ?? m[3] ?? m[4] ?? null)?.trim() ?? null } : null;
}

/**
 * Whether the body a spokesperson's own sentence names is the one an unnamed spokesman's office names
 * ("spokesman Arkady Beloglazov of the Kremlin" and "A Kremlin spokesman").
 *
 * @param named The body after the name, or null when none is.
 * @param office The body before "spokesman" ("Kremlin").
 * @returns True when no other body is named.
 */
function sameOffice(named: string | null, office: string): boolean {
  if (named === null) return true;
  const a = nameKey(named.replace(/^the\s+/i, ""));
  const b = nameKey(office.replace(/^the\s+/i, ""));
  return a === b || a.includes(b) || b.includes(a);
}

/** A publication's head noun at the end of a phrase ("a South Korean newspaper", "a Seoul daily"). */
const UNNAMED_OUTLET_HEAD = new RegExp(String.raw`\b(?:${OUTLET_HEADS}|daily)$`, "i");

/** An unnamed person as a subject: "The relative", "a defector I met", "One woman". */
const UNNAMED_PERSON =
  /^(?:the|a|an|one|another|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:relative|defector|woman|man|mother|father|wife|husband|sister|brother|son|daughter|neighbou?r|friend|soldier|veteran|resident|witness|source|official|officer)\b/i;

/** "Its military" phrases already resolved to a country's body, so every later reading agrees. */
const OWNED_BY_COUNTRY = new WeakMap<NounPhrase, Entity>();
/** "A HUR spokesman", "the Pentagon press secretary": an unnamed office before which a body is named. */
const BODY_SPOKESMAN =
  /^(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}?\p{Lu}[\p{L}.-]*)\s+(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer))$/u;
/** Bodies described by their kind ("the agency", "the ministry"), resolved when their sentence is read. */
const DESCRIBED_WHEN_READ = new WeakMap<NounPhrase, { entity: Entity | null; ambiguous: boolean }>();
/** The last word of a body described by its kind: "agency" ("the spy agency"), "ministry", "institute". */
const BODY_KIND =
  /^(?:agency|ministry|service|office|command|directorate|department|staff|institute|centre|center|council|committee|commission|bureau|tank|university|government)$/;

/**
 * Whether a description's role names a body by its kind.
 *
 * @param role The role as written ("spy agency").
 * @returns True for "agency", "the spy agency", "think tank".
 */
function namesBodyKind(role: string): boolean {
  return BODY_KIND.test(role.toLowerCase().split(/\s+/).pop() ?? "");
}

/** A country or capital opening a sentence as its subject: "Ukraine has …", "South Korea says …", "The US has …". */
const COUNTRY_LEAD = /^(?:[Tt]he\s+)?((?:(?:North|South)\s+)?(?:\p{Lu}[\p{Ll}]+|U\.?S\.?|U\.?K\.?))\s+(?=\p{Ll})/u;

/**
 * The country a person's descriptions give ("the South Korean representative" → South Korea), when they
 * give exactly one.
 *
 * @param person The person, or null.
 * @returns The country's name, or null.
 */
function countryOfPerson(person: Entity | null): string | null {
  if (person?.type !== "person") return null;
  const roles = [...person.roles].join("; ");
  const found = new Set(ADJECTIVE_COUNTRIES.filter(([re]) => re.test(roles)).map(([, country]) => country));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Each adjective of {@link COUNTRY_OF_ADJECTIVE} as a whole-word pattern, with its country ("US" only in capitals: "told us" names none). */
const ADJECTIVE_COUNTRIES: readonly (readonly [RegExp, string])[] = Object.entries(COUNTRY_OF_ADJECTIVE).map(
  ([adjective, country]) => [
    new RegExp(
      String.raw`(?<![\p{L}.])${adjective === "us" ? "US" : adjective.replace(/\./g, "\\.").replace(/ /g, "\\s+")}(?![\p{L}])`,
      adjective === "us" ? "u" : "iu",
    ),
    country,
  ],
);

/**
 * The country a sentence opens with as its subject, not as a possessive ("South Korea's spy agency
 * says" opens with the agency).
 *
 * @param s Sentence text.
 * @returns The country's name as written, or null.
 */
function leadCountry(s: string): string | null {
  const m = COUNTRY_LEAD.exec(s);
  const name = m?.[1];
  if (!name) return null;
  return PLACE_NAMES.has((name.split(/\s+/).pop() ?? "").toLowerCase()) ? name : null;
}

/**
 * Words before a name that are not its description: "Reports citing the NIS", "estimate by Seoul's",
 * "National Intelligence Service (NIS)".
 */
const NOT_A_DESCRIPTION =
  /\b(?:citing|quoting|according|reports?|reporting|said|says|told|claims?)\b|\b(?:the|a|an|of|by|from|to)$|[(`"“”\d]|['’]s$/i;

/** A live blog entry's time at the start of a sentence. */
const LEADING_STAMP = new RegExp(String.raw`^\s*${ENTRY_STAMP}`);

/** A letter, an apostrophe or a hyphen: what a name must not touch to stand as a whole word. */
const NAME_CHAR = /^[\p{L}’'-]$/u;

/**
 * Whether the character (a whole code point) ending right before an offset is one a name must not touch.
 *
 * @param text The text.
 * @param at The offset.
 * @returns True when it is.
 */
function nameCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair = at > 1 && low >= 0xdc00 && low <= 0xdfff && /[\uD800-\uDBFF]/.test(text.charAt(at - 2));
  return NAME_CHAR.test(text.slice(pair ? at - 2 : at - 1, at));
}

/**
 * Whether a name stands in a text only after a preposition of place ("born in Hamhung", "fled from Hyesan").
 *
 * @param text The text.
 * @param name The name.
 * @returns True when every time the name is written, "in", "from", "at", "near" or "to" comes right before it.
 */
export function placeAfterPreposition(text: string, name: string): boolean {
  if (name === "") return false;
  // Each time the name is written as a whole word (no letter, apostrophe or hyphen touching it), left to
  // right and without overlap; found by position, not by a pattern compiled for each name.
  let found = false;
  for (let at = text.indexOf(name); at !== -1;) {
    const next = text.codePointAt(at + name.length);
    if (nameCharBefore(text, at) || (next !== undefined && NAME_CHAR.test(String.fromCodePoint(next)))) {
      at = text.indexOf(name, at + 1);
      continue;
    }
    if (!/\b(?:in|from|at|near|to|outside|around)\s+$/.test(text.slice(0, at))) return false;
    found = true;
    at = text.indexOf(name, at + name.length);
  }
  return found;
}

/** A participle that opens a sentence before its subject: "Born in 2003 in Chongjin, …", "Drafted in 2020, …". */
const PARTICIPLE_OPENING =
  /^\W*(?:Born|Raised|Drafted|Conscripted|Captured|Recruited|Educated|Trained|Married|Enlisted|Wounded|Sent)\b[^,;]*$/;

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
export function subjectOf(
  s: string,
  q: Quantity,
  registry: EntityRegistry,
  t: Tracker,
  speaker: Entity | null,
): Entity | null {
  // ("14:47 GMT – A North Korean soldier … told interrogators he was 20": the entry's time names no one.)
  // ("Claim 5: “The soldiers are all teenagers aged 16.”": a fact-check's label names no one either.)
  const before = s
    .slice(0, q.start)
    .replace(LEADING_STAMP, (m) => " ".repeat(m.length))
    .replace(/^\s*(?:claims?|verdict|rating|ruling)(?:\s+\d{1,2})?\s*:/i, (m) => " ".repeat(m.length));
  // "captured two soldiers, aged 20 and 26", "a 19-year-old private": someone the article does not name.
  if (UNNAMED_BEFORE_AGE.test(before)) return null;
  // "The 21-year-old said …": someone the text calls by an age alone, whom the sentence does not name.
  if (/\bthe\s*$/i.test(before) && /^[\s-]*(?:years?[\s-]+)?old\b/i.test(s.slice(q.end))) return null;
  // "Ukraine had captured a 21-year-old rifleman": an age with "a" before it is someone's the sentence
  // describes, unless it stands in apposition to a person's name ("Kim Min-su, a 27-year-old defector").
  if (/\ban?\s*$/i.test(before)) {
    const appositive = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?:who\s+is\s+)?an?\s*$/u.exec(before);
    if (!appositive?.[1] || guessType(appositive[1]) !== "person") return null;
  }
  // "The second prisoner, Paek Jin-su, 21, …": the age of the name right before it, set between commas.
  const named = /(?:^|,\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),\s*$/u.exec(before);
  if (named?.[1] && guessType(named[1]) === "person") {
    const near = parseSubject(named[1], 0);
    const e = near?.form === "name" ? resolveName(near.name, registry, t).entity : null;
    if (e?.type === "person") return e;
  }
  if (RELATIVE_SPOKEN_OF.test(before)) return null;
  // ("One of them, a 20-year-old rifleman, has a broken jaw; the other, aged 26, …": one of a group the text
  // counts, whom it does not name.)
  if (
    /(?:^|[,;]\s*|\band\s+)(?:one\s+of\s+(?:them|the\s+\w+)|the\s+other(?:\s+\w+)?|the\s+(?:first|second|third|younger|older|elder|youngest|oldest)(?:\s+\w+)?|another(?:\s+\w+)?)\s*,[^,;]*$/i.test(
      before,
    )
  )
    return null;
  // ("Born in 2003 in Chongjin, Ri joined the army in 2020": the subject of an opening participle stands after
  // its comma, and "Born" is no one's name.)
  if (PARTICIPLE_OPENING.test(before)) {
    const after = /^[^,;.]*,\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)\s+\p{Ll}/u.exec(s.slice(q.end));
    const np = after?.[1] ? parseSubject(after[1], 0) : null;
    const e = np?.form === "name" ? resolveName(np.name, registry, t).entity : null;
    return e?.type === "person" ? e : (t.lastPerson ?? null);
  }
  const np = parseSubject(before.split(/[,;]/)[0] ?? "", 0);
  // ("Q: You were born in Hamhung in 1982": a name after "in" or "from" is a place, no one's name.)
  if (np?.form === "name" && !placeAfterPreposition(before, np.name)) {
    const e = resolveName(np.name, registry, t).entity;
    if (e.type === "person") return e;
  }
  if (/^(?:he|she|his|her)\b/i.test(before.trim()) || /\b(?:his|her)\s+\w+\s*$/i.test(before))
    return t.lastPerson ?? speaker;
  // "A defector who left the North in 2016 said …": the year is the unnamed speaker's, not that of the
  // person named before.
  if (UNNAMED_PERSON.test(before.trimStart()))
    return speaker?.type === "person" || speaker?.type === "group" ? speaker : null;
  return speaker?.type === "person" ? speaker : t.lastPerson;
}
