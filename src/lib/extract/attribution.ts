/**
 * Finds who a sentence credits: speech verbs before and after ("X said", "said X",
 * "X, who served ..., added"), "according to X", passive agents ("a figure reported by X"),
 * and the outlets a sentence relays ("told the Guardian's podcast", "in an interview with X").
 */
import {
  COUNTRY_OF_ADJECTIVE,
  type EntityType,
  GROUP_NOUNS_RE,
  NATIONALITIES,
  PLACE_NAMES,
  STATE_NAMES,
} from "../schema/vocabulary.ts";
import { KOREAN_FAMILY_NAMES } from "../schema/vocabulary.ts";
import { PLACE_WORDS, guessType } from "./entities.ts";
import { MONTH_NAMES, TIME_AGO, WEEKDAY_NAMES } from "./quantities/vocabulary.ts";
import { matchesOf } from "./matches.ts";

/** The noun phrase that names a source. */
export interface NounPhrase {
  /** The phrase as written, trimmed. */
  readonly text: string;
  /** Offset of `text` in the sentence. */
  readonly start: number;
  /** The name part: "Hyun-Seung Lee" in "North Korean defector Hyun-Seung Lee"; the phrase itself for groups. */
  readonly name: string;
  /** How the phrase refers. */
  readonly form: "name" | "pronoun" | "description" | "group";
  /** Descriptive words the phrase gives for the entity ("North Korean defector"), or null. */
  readonly role: string | null;
  /** What the phrase says the name is, when it says so ("the news site Kyiv Signal": an outlet). */
  readonly type?: EntityType;
}

/** A place in a sentence where someone is credited. */
export interface SpeechAct {
  /** The verb or marker as written ("said", "according to", "reported by"). */
  readonly verb: string;
  /** Offset of the verb in the sentence. */
  readonly verbStart: number;
  /** Who speaks, or null when the verb has no subject the grammar can find. */
  readonly subject: NounPhrase | null;
  /** How the source was found. */
  readonly method: "said-before" | "said-after" | "according-to" | "passive-agent" | "estimates" | "briefing";
  /** True when the marker stands inside quotation marks (a source the speaker cites). */
  readonly insideQuote: boolean;
  /** True when the verb voices doubt ("expressed skepticism", "doubted", "dismissed"). */
  readonly disputes: boolean;
  /** For "said X" after a quote: the subject follows the verb. */
  readonly inverted: boolean;
  /** The links between the speaker and the source a citation names, outermost first ("citing Yonhap, which cited the NIS"). */
  readonly through?: readonly NounPhrase[];
}

/** An outlet or programme the sentence relays. */
export interface ViaMention {
  /** The outlet's name as written. */
  readonly name: string;
  /** Offset in the sentence. */
  readonly start: number;
}

/** Words that call a figure false ("a fake", "fabricated", "baseless", "too neat to be true"). */
export const CALLED_FALSE = String.raw`fake|fabricat\w*|(?:pulled|plucked|made\s+up|conjured)\s+(?:out\s+of|from)\s+thin\s+air|absurd|nonsense|baseless|groundless|inventions?|invented|made[- ]up(?!\s+of\b)|concocted|fiction|fantas(?:y|ies)|fairy[- ]tales?|implausible|far-fetched|too neat|too good to be true|unrealistic`;

/**
 * Where a verb of speech added in other tenses may stand: before "that", before what it rejects ("reports",
 * "the figure"), before a figure, before giving, sending or paying a figure ("denies giving a toll of 10,000", "denies sending 10,000 troops"), or at the end of what
 * was said ("…, the NIS reiterated on Monday.").
 */
const NEW_VERB_REACH = String.raw`(?=\s*(?:[.,;:”"]|$)|\s+(?:on|in|at|last|this|earlier|later|again|yesterday|today)\b|\s+that\b|\s+(?:the\s+|any\s+|these\s+|those\s+|such\s+|its\s+|their\s+)?(?:reports?|claims?|figures?|estimates?|numbers?|counts?|tolls?|tally|allegations?|suggestions?|accounts?)\b|\s+(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least|another|an?\s+(?:further|additional))\s+)?[$€£₩₽]?\d|\s+(?:(?:ever|having)\s+)?(?:giving|given|issuing|issued|publishing|published|releasing|released|estimating|estimated|providing|provided|making|made|putting|put)\s+(?:an?\s+|the\s+|any\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:tolls?|figures?|estimates?|counts?|numbers?|tally)\b|\s+(?:(?:ever|having)\s+)?(?:sending|sent|deploying|deployed|dispatching|dispatched|paying|paid)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|as\s+many\s+as|as\s+much\s+as)\s+)*[$€£₩₽]?\d|\s+(?:(?:ever|having)\s+)?(?:losing|lost)\s+(?:(?:about|around|some|roughly|nearly|more\s+than|as\s+many\s+as)\s+)*\d[\d,]*\s+(?:north\s+korean\s+)?(?:soldiers|troops|men|servicemen|fighters|north\s+koreans)\b)`;
const SPEECH_VERBS =
  "said|says|say|stated|states|told|tells|announced|announces|disclosed|discloses|estimated|estimates|estimate|" +
  "noted|notes|remarked|remarks|added|adds|claimed|claims|claim|reported|reports|revealed|reveals|explained|explains|" +
  "mentioned|pointed out|points out|indicated|indicates|indicate|warned|warns|believes|believe|expressed|expresses|" +
  "confirmed|confirms|confirm|shared|commented|concluded|recalled|suggested|suggests|argued|argues|insisted|wrote|writes|" +
  "estimating|reckons|assessed|assesses|testified|briefed|doubted|doubts|dismissed|disputed|disputes|rejected|" +
  // "The Kremlin denies that …", "Moscow rejects reports that …", "The ministry insists that …", "…, the
  // NIS reiterated on Monday": the verbs added in the present tense speak only before "that", before
  // what they reject, or at the end of the sentence ("Moscow denies sending troops", "Kyiv concedes
  // nothing", "Russia insists on secrecy" and "admits no losses" say no figure).
  String.raw`(?:denies|deny|rejects|reject|dismisses|dismiss|refutes|refuted|refute|contests|contested|rebuts|rebutted|insists|insist|contends|contended|contend|asserts|asserted|concedes|conceded|concede|acknowledges|admits|observes|counters|countered|recounts|recounted|reiterated|reiterates|reiterate|reaffirmed|reaffirms|affirmed|affirms|divulged|reckoned|reckon|hinted|hints|repeated|repeats|spoke\s+of|speaks\s+of|spoken\s+of)${NEW_VERB_REACH}|` +
  // ("…, the Cardew Agency maintains.", "maintains that …", but "maintains 11,000 troops there" keeps them.)
  String.raw`maintain(?:s|ed)?(?=\s+that\b|\s*(?:[.,;:”"]|$))|` +
  // ("Ms Sandford replied that …", "…, the minister answered." but "replied to the letter" says nothing.)
  String.raw`(?:replied|replies|answered|responded|retorted)(?=\s+that\b|\s*(?:[.,;:”"]|$))|` +
  // ("…, he believed.", "Kang believed that …", but "troops believed to be in Kursk", "it was believed" and
  // "soldiers believed killed" credit no one, and in "X said the agency believed …" X is who speaks; nor do
  // "Few believed", "Everyone in the unit believed", "Soldiers believed", "Recruits who believed" or "than
  // Kim's officers believed", whose believers give no figure of their own.)
  String.raw`believed(?<!\b(?:is|are|was|were|be|been|being|widely|generally|commonly|still|also)\s+believed)(?<!\b(?:said|says|say|told|tells)\b[^;.:]{0,80}believed)(?<!\b(?:[Ff]ew|[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Oo]thers|[Ee]veryone|[Ee]verybody|[Nn]obody|[Nn]o\s+one|[Nn]one|[Tt]hose|[Ss]oldiers|[Tt]roops|[Rr]ecruits|[Mm]en|[Ff]amilies|[Cc]onscripts|[Pp]eople|who|than)\b[^,;.]{0,40}believed)${NEW_VERB_REACH}|` +
  "pegs|pegged|peg|" +
  // "the NIS judged that …", "Seoul signalled that …", "the NIS informed lawmakers that …" (but "informed
  // sources", "signals intelligence" name no speech).
  // ("the NIS analyzed that …", "the NIS alleged in a closed-door briefing that …", "he recalls that …".)
  String.raw`(?:judged|judges|implied|implies|signall?ed|signals|informed|informs|evaluated|evaluates)(?=\s+(?:[\w’'-]+\s+){0,3}?that\b)|` +
  String.raw`(?:analy[sz]ed|analyzes|alleged|alleges|recalls)(?=\s+(?:[\w’'-]+\s+){0,5}?that\b)|` +
  // ("Experts think Russia pays about …": a belief stated of the pay or the force, not "Few think …".)
  // ("Few in Seoul think …", "Planners think about what …": no figure stated.)
  String.raw`(?<!\b(?:[Ff]ew|[Mm]any|[Ss]ome|[Nn]obody|[Nn]o\s+one|who|I|we|you)\b[^.;,]{0,30})(?:think|thinks)(?=\s+(?:that\s+)?(?:Russia|Moscow|Pyongyang|Kim|the\s+(?:regime|North|state|Kremlin)|North\s+Korea|some|roughly|as\s+many\s+as|more\s+than|up\s+to)\b)|` +
  // "Kyiv for its part advances a figure of 4,000", "the ministry gave a figure of …".
  String.raw`(?:advances|advanced|put\s+forward|puts\s+forward|gives|gave|offers|offered|cites|cited)(?=\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:figure|estimate|toll|tally|count)\s+of\b)|` +
  // "Ukraine's military intelligence has given figures of more than 7,000 casualties".
  String.raw`(?:(?:has|have|had)\s+given|(?:has|have|had)\s+offered|(?:has|have|had)\s+cited)(?=\s+(?:(?:its|their|his|her)\s+(?:own\s+)?)?(?:figures|estimates|tallies|counts)\s+of\b)|` +
  // "Its authors … assume that the state keeps at least 85 per cent": an assumption stated is the assumer's.
  String.raw`(?:assume|assumes|assumed)(?=\s+that\b)|` +
  // "…, the NIS was quoted as saying", "…, an official was cited as saying".
  String.raw`(?:was|were|is|are)\s+(?:quoted|cited)\s+as\s+saying|` +
  // "NIS data show …", "the agency's figures suggest …": what a source's numbers show is its figure (an
  // owner's possessive or a body's name, never any word before: "Satellite data show").
  String.raw`(?:show|shows|showed|suggest|indicate)(?<=\b(?:[\w.-]+['’]s?|NIS|HUR|GUR|SBU|UN|NATO|Pentagon|Kremlin|ministry|agency|government)\s+(?:own\s+)?(?:data|figures|estimates|records|statistics|documents|numbers|counts|tallies)\s+(?:show|shows|showed|suggest|indicate))|` +
  // "Analysts doubt that …", "Lawmakers question whether …" (but "little doubt that", "Few doubt that",
  // "the question whether" are no doubt of a figure).
  String.raw`doubt(?<!\b(?:no|little|some|any|a|the|without|of|in|beyond|serious|considerable|much|real|reasonable|grave)\s+doubt)(?<!\b(?:few|nobody|no\s+one|none)\b[^.;,]{0,30}doubt)(?=\s+(?:that|whether|if)\b)|` +
  String.raw`questions?(?<!\b(?:no|a|the|this|that|open|key|big|real|in|of|some|any)\s+questions?)(?=\s+(?:whether|if)\b)|` +
  "questioned|denied|acknowledged|admitted|observed|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|cautioned|cautions|puts|put|putting|placed|places|placing|thinks|thought|expects|predicts|predicted|forecasts|" +
  // "…, the institute forecast." / "The lab projected that …" / "The lab forecast: …" (but "the forecast
  // 20,000", "a projected 20,000", and "…, the lab forecast; 3,000 have died, the HUR said" leaves the HUR's).
  String.raw`(?:forecast|projected)(?=\s*[.,:]|\s+that\b)|` +
  "claiming|warning|reporting|raised|raises|lowered|lowers|revised|revises|updated|updates|" +
  "spoke of|speak of|speaks of|talked of|talk of|talks of|saying|telling|counts|counted|tallied|tallies|" +
  // "HUR also listed about 200 … as missing": a body that lists a count gives it.
  String.raw`(?<!\bnot\s|n['’]t\s|\bnever\s)(?:listed|lists)(?=\s+(?:about|around|some|roughly|nearly|more\s+than|at\s+least|\d)[^.;]{0,80}?\bas\s+(?:still\s+)?(?:missing|dead|killed|wounded|captured|prisoners?)\b)|` +
  // "The agency posted on X on Sunday: “…”": a post that opens a quotation (but "posted 3,000 soldiers to
  // the front" is a deployment).
  String.raw`(?:posted|posts|tweeted|tweets)(?=(?:\s+(?:on|to|in)\s+[^.;:“"]{1,40})?\s*:)|` +
  // "The NIS gave its own tally on the same day: about 300 killed …", "A Western official offered a higher
  // death toll, telling reporters that …": giving an estimate states it (but "gave the men $100" does not).
  String.raw`(?:gave|gives|(?:has|have|had)\s+given|offered|offers|provided|provides)(?=\s+(?:its|their|his|her|a|an|the)\s+(?:own\s+)?(?:(?:slightly|somewhat|much|far|considerably|significantly|rather)\s+)?(?:(?:new|latest|lower|higher|separate|different|revised|updated|first|official|rough|fresh|smaller|larger|bigger|most|detailed|complete|comprehensive|full|fullest|clearest)\s+)*(?:tally|count|estimate|figure|death\s+toll|toll|number|assessment|breakdown|range)\b)|` +
  // ("South Korea's National Intelligence Service has given lower figures, most recently about 4,900 casualties": bare
  // figures of its own, set against another's.)
  String.raw`(?:gave|gives|(?:has|have|had)\s+given|offered|offers)(?=\s+(?:(?:much|far|considerably|significantly|slightly|somewhat)\s+)?(?:lower|higher|smaller|larger|different|more\s+(?:cautious|conservative)|revised|updated)\s+(?:figures|estimates|tallies|counts|numbers)\b(?!\s+of\s))|` +
  // "…, while the NIS gave $1,800", "; the HUR cited 12,000": a second source's figure set against the
  // first's (but "Russia gave each soldier $100" states nothing).
  // (The figure ends its clause: "while Russia gave $2,000 a month to each family" gives money, not a figure.
  // The look back follows the verb, so that it runs only where the verb stands.)
  String.raw`(?:gave|gives|cited|cites)(?<=(?:\b(?:while|whereas)|;)\s+(?:[\w’'.-]+\s+){1,6}(?:gave|gives|cited|cites))(?=\s+(?:(?:about|around|some|roughly|nearly|only|just|more than|at least|up to|as many as)\s+)*[$€£₩₽]?\s?\d(?:[\d,.]*\d)?(?!\d|[,.]\d)(?:\s*(?:%|per\s?cent|percent|thousand|million|billion|bn|m|k)\b)?\s*(?:[.;)]|,\s|$))|` +
  // "The NIS found that about 600 … had been killed", "the report finds that …", "It concludes that …":
  // a finding states what it found.
  // (Not "Investigators may find that …": what may be found is stated by no one.)
  String.raw`found(?=\s+that\b)|finds(?=\s+that\b)|find(?<!\b(?:may|might|could|would|will|should|can|to|not|n't|never)\s+find)(?=\s+that\b)|concludes(?=\s+that\b)|` +
  // "The Courier worked out that the deployment brings in …", "the paper calculated that …", "…, the
  // institute calculated.".
  // ("…, Lim calculated, not counting the money from arms sales": an aside on what the sum leaves out.)
  String.raw`(?:calculated|calculates|computed|worked out|works out)(?=\s+that\b|\s*(?:[.;”"]|$)|\s*,\s+(?:not\s+|without\s+)?(?:counting|including|excluding|adding|assuming|using|based\s+on)\b)|` +
  // "the spy agency alleged that …" (but "the alleged presence" is an adjective).
  String.raw`alleged(?=\s+that\b)|alleges|allege(?=\s+that\b)|` +
  // "kept its own count unchanged at 4,000", "maintained its estimate of 11,000": holding an estimate
  // states it (but "kept 90% of the pay" states nothing).
  String.raw`(?:kept|keeps|maintained|maintains|held|holds|left)(?=\s+(?:its|their|his|her)\s+(?:own\s+)?(?:latest\s+)?(?:counts?|estimates?|figures?|tally|numbers?|assessments?|range)\b)|` +
  // "Moscow called the report that 3,000 … had died a fabrication": naming a claim false disputes it.
  // ('called the figure "fantasy"': the word may stand in quotation marks.)
  String.raw`(?<!-)(?:called|calls|branded|brands|labell?ed|labels)(?=\s[^.;:]{1,160}?\s[“"‘']?(?:an?\s+|as\s+[“"‘']?(?:an?\s+)?)?(?:(?:outright|complete|total|pure|blatant)\s+)?(?:propaganda|lies?|${CALLED_FALSE})\b)|` +
  // "The Kremlin called the figure exaggerated", "called the reports grossly inflated", "called the estimate
  // too high", "called the figure of 50,000 dead an exaggeration": the words right after what is called.
  String.raw`(?<!-)(?:called|calls|branded|brands|labell?ed|labels)(?=\s+(?:the|these|those|that|this|such|its|their|his|her)\s+(?:[\w’'-]+\s+){0,5}?(?:figures?|numbers?|claims?|reports?|estimates?|counts?|tolls?|tally|tallies|assessments?|accounts?|totals?|reporting)\s+(?:(?:of\s+)?[^.;:]{0,60}?\s+)?[“"‘']?(?:(?:greatly|grossly|wildly|vastly|hugely|highly|much|massively|heavily|seriously|badly|clearly|an?)\s+)?(?:exaggerat\w*|inflated|overstated|overblown|too\s+(?:high|low)|an?\s+(?:overestimate|underestimate|exaggeration)|overestimated|underestimated)\b)`;

/** Who makes findings: a report, a study, a body that investigates ("the report finds that", "investigators found that"). */
const FINDER =
  /\b(?:reports?|study|studies|surveys?|analys[ie]s|investigations?|inquiry|review|audit|panel|agency|institute|centre|center|researchers?|analysts?|investigators?|auditors?|experts?|commission|committee|team|group|organi[sz]ation|monitors?|intelligence|ministry|it|they)\b/i;

/** A speech verb with the auxiliaries that may precede it. */
const SPEECH_RE = new RegExp(
  `\\b(?:(?:has|have|had|also|previously|earlier|recently|reportedly|since|now|already)\\s+)*(${SPEECH_VERBS})\\b`,
  "gi",
);
const PASSIVE_BEFORE =
  /\b(?:is|are|was|were|be|been|being|it's|widely)\s+(?:(?:never|not|later|since|officially|independently|first|previously|publicly|yet|still)\s+){0,2}$/i;
// "per the NIS" reads like "according to"; a rate ("per month", "per soldier") never has a capital after it.
// "per North Korean soldier" is a rate all the same.
// ("We now know, from South Korean intelligence, that …", "we learned from the Pentagon that …": where what is known
// came from.)
const ACCORDING_RE =
  /\b(?:[Aa]ccording to|ACCORDING TO|(?:[Kk]now|[Kk]new|[Ll]earned|[Ll]earnt|[Hh]eard|[Uu]nderstand|[Uu]nderstood)\s*,?\s+from(?=\s+(?:the\s+)?\p{Lu}[^.;]*?,?\s+that\s)|[Bb]y the (?:reckoning|count|estimates?|tally|calculations?) of|[Bb]y (?:the|one|an?)\s+(?:[\w-]+\s+){0,3}?(?:reckoning|count|estimates?|tally|calculations?),\s+(?:that of|those of|from|by)|[Ii]n the (?:view|estimate|assessment|reckoning) of|[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:estimate|figure|count|assessment|tally|number|reckoning)(?:\s+(?:we|I|they)\s+(?:have|had))?,\s+(?:from|by)(?=\s+(?:the\s+)?\p{Lu})|[Pp]er(?=\s+(?:the\s+)?\p{Lu})(?!\s+(?:\p{Lu}[\p{L}\d_.]*\s+){1,2}(?:soldiers?|troops?|fighters?|heads?|persons?|men|recruits?|servicem[ae]n|workers?)\b))\s+/gu;
/**
 * Where a passive agent's phrase ends: at the main verb, and where what the figure is called begins ("called
 * the figure cited by Seoul propaganda").
 */
/** "at about 11,000", "at $2,000": the words that put a figure, up to where it starts. */
export const AT_FIGURE = String.raw`at\s+(?:[a-z]+\s+){0,3}[$€£]?`;
const AGENT_STOP = new RegExp(
  String.raw`[,;:.”"(–—]|\s+(?=${AT_FIGURE}\d)|\s+(?:that|who|which|in|on|last|this|is|are|was|were|has|have|had|would|will|could|may|might|remains?)\s|\s+and\s+(?:counts?|includes?|covers?|says?|said|puts?|gives?|adds?)\s|\s+and\s+(?=\d)|\s+(?:an?\s+)?(?:propaganda(?!\s+(?:channels?|outlets?|media|accounts?|bloggers?|sites?|websites?|machine|networks?|organs?|TV|television)\b)|lies|${CALLED_FALSE})\b`,
);

/**
 * A passive that puts a count at a figure, then its agent: "was put at about 1,100 by ", "has been estimated
 * at 14,000 by " (not "by mid-March", "by March", "by Christmas" or "by the end of the year": a time; nor "2,170
 * wounded by HIMARS strikes", "400 killed by HIMARS", whoever wounded or killed them).
 */
/**
 * After a word of killing or wounding, an agent that counts rather than kills: a body's, an office's or
 * analysts' name ("400 killed by the HUR", "700 wounded by South Korea's spy agency", "by Western analysts",
 * "by the Marlow Institute"), never a weapon or a unit ("400 killed by HIMARS", "by Storm Shadow", "by
 * Ukraine's 47th Brigade", "by Ukrainian drone units").
 */
const COUNTING_AGENT = String.raw`(?=(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+|(?:spy|intelligence|military|defen[cs]e|security|state|foreign|armed\s+forces['’])\s+){0,5}?(?:[Aa]genc(?:y|ies)|[Ss]ervices?|[Ii]ntelligence|[Mm]inistr(?:y|ies)|[Dd]epartment|[Pp]entagon|[Kk]remlin|[Ii]nstitute|[Cc]ent(?:er|re)|[Aa]nalysts?|[Oo]fficials?|[Gg]overnment|[Ss]taff|[Ee]xperts?|[Rr]esearchers?|[Mm]onitors?|[Oo]bservers?|[Tt]hink\s+[Tt]ank|[Ff]orum|[Ff]oundation|[Uu]niversity|NIS|HUR|GUR|JCS|DIU|CIA|DIA|ISW|NATO|UN)(?![\p{L}\d-])(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|of|from|last|this|earlier|yesterday|today|and|as|to|who|which|after|before|during|since|until)\b))`;
const PUT_AT_BY_RE = new RegExp(
  String.raw`\b(?:was|were|is|are|(?:has|have|had)\s+been|being)\s+(?:put|estimated|placed|pegged|assessed|reckoned)\s+at\s+[^,;:.]{0,40}?\d[\d,.]*(?:\s+(?:million|thousand|billion|[\p{Ll}-]+)){0,3}?\s+by\s+(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|the\s+(?:end|start|beginning|middle|time)|[Ll]ate|[Ee]arly|[Mm]id|(?:the\s+)?(?:Lunar\s+)?New\s+Year|Christmas|Easter|Victory\s+Day|Independence\s+Day|Chuseok|Ramadan|Thanksgiving|spring|summer|autumn|winter)\b)(?:(?<!\b(?:killed|wounded|injured|captured|hit|struck|slain|taken|destroyed|eliminated|shot|maimed)\s+by\s+)|${COUNTING_AGENT})(?=(?:the\s+)?\p{Lu})`,
  "gu",
);

/** A possessive before a count's or a calculation's noun: the cheap test before BY_OWN_COUNT_RE. */
const OWN_COUNT_NOUN =
  /(?:['’]s?|\b(?:[Hh]is|[Hh]er|[Ii]ts))\s+(?:own\s+)?(?:reckoning|count|estimates?|tally|calculations?|arithmetic|view|assessment)\b/i;

/**
 * A source after a semicolon or a comma, then its figure with no verb: "; the Pentagon, about 500" (a
 * hedged figure or one of three digits and more: "Annex 3" is no source and its number).
 */
const GAPPED_SOURCE =
  /[;,]\s+((?:the\s+)?(?:\p{Lu}[\p{L}\d_’'.-]*\s+){0,4}\p{Lu}[\p{L}\d_’'.-]*),?\s+(?=[“"]?(?:(?:(?:about|around|some|roughly|nearly|more than|over|at least|up to|almost|only|just)\s+)+[$€£₩]?\d|[$€£₩]?\d{3}|[$€£₩]?\d{1,3},\d{3}|(?:several|a\s+few|a\s+couple\s+of|hundreds|thousands|dozens|tens\s+of)\b))/gu;
/**
 * "by the Meridian Review's calculation", "By Reuters' count", "in the NIS's estimate", "in Kyiv's view", "By the
 * South Korean spy agency's count": the owner of a count, a calculation or a view.
 */
// ("By her count, 14,000 soldiers paid $2,000 a month … would bring in $336 million": the one the pronoun
// stands for.)
const BY_OWN_COUNT_RE =
  /\b(?:[Bb]y\s+(?=(?:his|her|its)\s+(?:own\s+)?(?:reckoning|count|estimates?|tally|calculations?|arithmetic)\s*,)|[Bb]y\s+(?=(?:the\s+)?(?:(?:\p{Lu}[\p{L}\d_’'.-]*\s+){0,4}\p{Lu}[\p{L}\d_’'.-]*?|(?:\p{Lu}[\p{L}\d_’'.-]*\s+){1,4}(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*?)['’]s?\s+(?:own\s+)?(?:reckoning|count|estimates?|tally|calculations?|arithmetic)\b)|[Ii]n\s+(?=(?:the\s+)?(?:(?:\p{Lu}[\p{L}\d_’'.-]*\s+){0,4}\p{Lu}[\p{L}\d_’'.-]*?|(?:\p{Lu}[\p{L}\d_’'.-]*\s+){1,4}(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*?)['’]s?\s+(?:own\s+)?(?:reckoning|estimate|calculation|view|assessment)\b))/gu;
/** A document someone saw, as a source: "a document seen by Meridian Daily", "documents obtained by Reuters", "figures seen by the Lantern". */
const SEEN_BY_OUTLET =
  /^((?:an?|the)\s+(?:(?:leaked|internal|classified|confidential|secret|government|official|\p{Lu}[\p{L}\d_-]*|intelligence|military|unpublished)\s+){0,3}(?:copy|copies|documents?|files?|records?|drafts?|memos?|memorandum|figures|data|papers?|estimates?|statistics|numbers|tall(?:y|ies)|assessments?|reports?|analys[ie]s|cables?)|(?:(?:leaked|internal|classified|confidential|secret|government|official)\s+)?(?:documents|files|records|memos|figures|data|papers|estimates|statistics|numbers|tallies))\s+(?:seen|obtained|reviewed|examined|viewed)\s+by\s+\S/iu;
/** Material someone received, after "citing": "intelligence shared with Oslo", "documents seen by Reuters". */
const SHARED_MATERIAL =
  /^(?:(?:unpublished|classified|internal|western|allied)\s+)?(?:intelligence|information|data|documents?|assessments?|estimates?|reports?|figures?)\s+(?:shared with|passed to|provided to|given to|obtained by|seen by|reviewed by|gathered from|collected from|obtained from|drawn from|based on)\b/i;
/** Material cited without whose it is: "citing new intelligence", "citing intelligence reports". */
const CITED_MATERIAL_ONLY =
  /^(?:(?:new|fresh|unspecified|classified|recent|latest|unpublished|internal)\s+)*(?:intelligence|information|data|evidence|documents?|assessments?|reports?|estimates?|figures?)(?:\s+(?:reports?|assessments?|data|estimates?|on\s+[^,.;]*))?\s*(?:[,.;]|$)/i;
/** Several inputs cited together: "Ukrainian body counts and NIS figures", "satellite imagery and defector interviews". */
const CITED_SEVERAL_INPUTS =
  /^[^.;]{0,60}?\b(?:figures|data|counts|estimates|statistics|numbers|reports|imagery|interviews|testimony|records)\s+and\s+[^.;]{0,60}?\b(?:figures|data|counts|estimates|statistics|numbers|reports|imagery|interviews|testimony|records)\b/i;
/**
 * A briefing a speaker relays: "after a closed-door briefing by the spy agency", "citing the NIS", "relaying the
 * National Intelligence Service's assessment" (not "relaying questions from the soldiers' families": what is relayed is a
 * body's or an assessment).
 */
const BRIEFING_RE =
  /\b(?:(?:closed-door|private|parliamentary|classified)\s+)?briefing\s+(?:by|from)\s+|\bbriefed\s+by\s+|\b(?:citing|quoting)\s+/gi;
/** The same, relayed: "relaying the National Intelligence Service's assessment" (case kept: a body's capital counts). */
const RELAYING_RE =
  /\brelaying\s+(?=(?:the\s+)?\p{Lu}|[^,;.]{0,60}?\b(?:assessment|estimate|briefing|figures|findings|intelligence)\b)/gu;
/** Where the name of a briefing's giver ends: at a clause, at the verb, at where it briefed. */
const BRIEFING_STOP =
  /[,;:.”"(–—]|\s+(?:that|who|which|in|on|last|this|as|to|put|puts|said|says|told|tells|gave|gives|estimated|estimates|reported|reports)\s|\s+(?:at|during)\s+(?:an?\s|the\s+(?:[\w'’-]+\s+){0,4}?(?:session|meeting|hearing|briefing)\b)/;
/** The giver of the briefing the cited ones pass on: "citing lawmakers briefed by the country's spy agency". */
const CITED_BRIEFED_BY =
  /^[^,;:.]*?\s(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+)?briefed\s+(?:on\s+[^,;:.]*?\s+)?by\s+([^,;:.]+?)\s*$/i;
/** A cited source's own source: "…, which in turn cited", "…, which quoted". */
const IN_TURN_CITED =
  /^\s*,\s*which\s+(?:in\s+turn\s+|itself\s+|had\s+|has\s+)?(?:cited|quoted|cites|quotes|was\s+citing)\s+/i;
/** The publication before "quoted … as saying". */
const QUOTING_OUTLET_RE =
  /((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)\s+(?:quoted|quotes|cited|cites)\s+[^,;:.]{1,80}?\s+as\s+(?:saying|telling|estimating|stating)\b/gu;
/** "quoted a JCS official as saying", "cited the NIS as estimating": the source follows the verb. */
const QUOTED_AS_RE =
  /\b(?:quoted|quotes|cited|cites)\s+(?=[^,;:.]{1,80}?\s+as\s+(?:saying|telling|estimating|stating)\b)/gi;
// "The figure … comes from South Korean intelligence" names its source as "reported by" does.
const AGENT_RE = new RegExp(
  String.raw`\b(?:[Cc]omes|[Cc]ame)\s+from\s+|` +
    // "Every outlet that cites the $2,000 figure traces it to the NIS briefing": whose figure it is.
    String.raw`\b(?:[Tt]races?|[Tt]raced|[Tt]racing)\s+(?:it|them|the\s+(?:figure|number|estimate)|this\s+figure|that\s+figure)\s+(?:back\s+)?to\s+|` +
    // "which was first reported from a National Intelligence Service briefing": whose briefing it was.
    String.raw`\b(?:reported|given|released|disclosed|announced|presented)\s+(?:first\s+)?(?:from|in|at)\s+(?=(?:an?|the)\s+(?:\p{Lu}[\p{L}\d_’'.-]*\s+)+(?:briefing|report|assessment|statement)\b)|` +
    String.raw`\b[Oo]riginat(?:es|ed)\s+(?:from|with)\s+|\b(?:appeared|appears|first appeared|was published|was given|was made)\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|study|paper|assessment|analysis|briefing|statement)\s+(?:by|from)\s+|\b(?:[Rr]eported|[Ee]stimated|[Cc]ited|[Gg]iven|[Pp]rovided|[Pp]ut forward|[Rr]eleased|[Pp]ublished|[Aa]nnounced|[Cc]laimed|[Pp]resented|[Ss]pread|[Cc]irculated|[Dd]isclosed|[Rr]evealed|[Ll]eaked|[Ff]loated|[Tt]outed|[Pp]eddled|(?:first\s+)?made|[Pp]ut(?=\s+by\s+[^,;.]{2,80}?\s+${AT_FIGURE}\d))\s+(?:by|in(?=\s+(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|[Tt]he|[Ll]ate|[Ee]arly|[Mm]id)\b)\p{Lu}))\s+`,
  "gu",
);

/** Verbs and phrases that voice doubt about a figure. */
const DISPUTE_RE = new RegExp(
  String.raw`\b(?:(?:do|does|did)\s+not\s+(?:believe|recogni[sz]e)|(?:don['’]t|doesn['’]t|didn['’]t)\s+(?:believe|recogni[sz]e)|refused\s+to\s+recogni[sz]e|nor\s+do\s+I\s+believe|skeptic\w*|sceptic\w*|doubt\w*|dismiss\w*|disput\w*|reject\w*|refut\w*|contest(?:s|ed)\b|rebut\w*|question\w*|den(?:y|ied|ies)|unrealistic|exaggerat\w*|undercount\w*|overcount\w*|underestimat\w*|overestimat\w*|inflated|not true|wrong|${CALLED_FALSE})\b`,
  "i",
);

const PRONOUNS = new Set(["he", "she", "they", "it", "him", "her", "them"]);
/** Plural nouns that name a group of sources. */
const GROUP_NOUNS = GROUP_NOUNS_RE;
/** The nouns of a military unit: "a Ukrainian drone unit", "a brigade", "his battalion". */
const UNIT_NOUNS = "units?|brigades?|battalions?|regiments?|divisions?|platoons?|squads?";
/** "his unit", "their brigade": a unit known only through someone else. */
const OTHERS_UNIT = new RegExp(String.raw`^(?:his|her|their|its)\s+(?:[a-z-]+\s+)?(?:${UNIT_NOUNS})$`, "i");
/** Head nouns that make a phrase an unnamed person or group ("a Western official", "analysts"). */
const ROLE_HEADS = new RegExp(
  String.raw`^(?:officials?|officers?|observers?|defectors?|experts?|analysts?|soldiers?|sources?|lawmakers?|diplomats?|researchers?|spokes(?:man|woman|person)|activists?|specialists?|commanders?|commentators?|pundits?|critics?|contractors?|managers?|employers?|businessm[ae]n|entrepreneurs?|bosses|boss|reports|media|people|residents?|witnesses|prisoners?|veterans?|forces|recruiters?|brokers?|journalists?|reporters?|correspondents?|scholars?|academics?|historians?|bloggers?|medics?|paramedics?|doctors?|nurses?|surgeons?|lawyers?|priests?|pastors?|volunteers?|translators?|guards?|pilots?|workers?|interpreters?|survivors?|relatives?|famil(?:y|ies)|parents?|mothers?|fathers?|wi(?:fe|ves)|brothers?|sisters?|sons?|daughters?|neighbou?rs?|villagers?|farmers?|teachers?|fore(?:man|men)|labou?rers?|engineers?|drivers?|traders?|students?|insiders?|lieutenants?|captains?|colonels?|majors?|sergeants?|corporals?|privates?|generals?|${UNIT_NOUNS})$`,
);
/**
 * An unnamed person described by what follows a preposition: a count, an indefinite place, a military
 * unit or a platform ("with 400,000 followers on Telegram", "at a military hospital", "with the 47th
 * Mechanized Brigade", "on Telegram"). Group 1: the description before the preposition; group 2: its head.
 */
const DESCRIBED_BY_WHERE = new RegExp(
  String.raw`^((?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}?([a-z]+))\s+(?:with|at|on|from|in)\s+(?:(?:a|an)\s|\d|(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Brigade|Battalion|Regiment|Division|Corps)\b|(?:Telegram|YouTube|TikTok|Facebook|VKontakte|VK|X|Twitter|Instagram)\b|\p{Lu}[\p{L}-]*['’]s\s+[a-z]).*$`,
  "u",
);
/** Who speaks for a body: "its head", "the agency's spokesman". */
const SPEAKS_FOR = String.raw`head|chief|director|spokes(?:man|woman|person)|press\s+(?:office|service|secretary)|leader|commander`;
/** "The agency's head", "the ministry's spokesman": one who speaks for the body the words name. */
const BODY_HEAD = new RegExp(
  String.raw`^(the\s+(?:agency|ministry|service|office|institute|council|committee|commission|department|bureau|directorate|government|military|army|intelligence\s+service|spy\s+agency))['’]s\s+(?:${SPEAKS_FOR})$`,
  "i",
);
/** "Its head", "their director": one who speaks for the body "its" or "their" points back to. */
const FOR_BODY = new RegExp(
  String.raw`^(its|their)\s+(?:own\s+)?(?:office|${SPEAKS_FOR}|deputy\s+director|chair(?:man|woman|person)?|president|minister|secretary|officials?|analysts?)$`,
  "i",
);
/** Head nouns that make a phrase a publication ("a South Korean newspaper", "the Tokyo daily"). */
export const OUTLET_HEADS = "newspapers?|papers?|broadcasters?|outlets?|dailies|channels?|magazines?|websites?";
/** Head nouns that make a phrase a body ("the presidential office", "Ukraine's military intelligence agency"). */
export const ORG_HEADS = new RegExp(
  String.raw`^(?:agency|agencies|office|offices|ministry|ministries|service|services|intelligence|government|governments|military|militaries|pentagon|presidency|command|forum|institute|council|staff|parliament|committee|commission|department|army|administration|embassy|embassies|consulate|tanks?|${OUTLET_HEADS}|groups?|organi[sz]ations?|networks?|monitors?|watchdogs?|associations?|coalitions?|headquarters|directorates?|bureaus?|centres?|centers?)$`,
);
/**
 * Words after a source that are not part of it ("South Korean intelligence estimates"); in lower case only: a
 * capital makes the word part of a name ("the Centre for Eastern Conflict Data").
 */
const TRAILING_NOUNS = /\s+(?:estimates?|data|figures?|reports?|assessments?|sources|briefings?|findings|said|also)$/;
/** Capitalised words that start sentences or clauses and are never names. */
const NOT_NAME = new Set(
  (
    "The A An This That These Those It He She They We I His Her Its Their Our My Your However But And Or So Yet Also " +
    "Speaking Based According After Before When While As If Although Though Since Despite Meanwhile Instead " +
    "Last Next Earlier Later On In At For From With Without By Of To Today Yesterday Tomorrow Monday Tuesday " +
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August September " +
    "October November December Mr Mrs Ms Dr Prof President Leader Ambassador Lieutenant General Defector " +
    "Former Both Many Most Some All One Another Other No Not Nevertheless Additionally Moreover Reports About " +
    "Around Roughly Nearly Almost More Up Over Approximately Here There Such Every Each Across Under Now Then " +
    "Researcher Analyst Lawmaker Professor Prof Colonel Col Captain Capt Sergeant Lt Officer Spokesman Spokeswoman " +
    "Minister Senator Representative Director Chief Commander Activist Expert Specialist Soldier Journalist Scholar " +
    "Economist Historian Academic Lecturer Fellow Commentator Columnist Correspondent Reporter Veteran Diplomat " +
    "Blogger Milblogger Writer Author Editor Podcaster Host Presenter Guest Listener " +
    "Even Only Just Still Lower Higher Official Unofficial Initial Previous Latest Recent Revised Updated Current " +
    "Separate Similar Separately Reportedly Notably Similarly Likewise Ultimately Initially Previously " +
    "Subsequently Currently Recently Eventually Officially Privately Publicly Apparently Allegedly Importantly " +
    "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Hundreds Thousands " +
    "Local Regional Provincial Municipal Rural Unnamed Senior Junior Retired Asked Pressed Questioned Quizzed Contacted " +
    // A letter's salutation: "Sir, in your edition of …".
    "Sir Madam Dear " +
    // Words that open a sentence or a question: "Finally, the article said", "Can you confirm?", "Who says …".
    "Finally Firstly Secondly Thirdly Lastly Who Whom Whose What Why How Where Which Can Could Would Should Will " +
    "Did Does Do Is Are Was Were Has Have Had Shares " +
    // A British minister's style: "Rt Hon Catherine Ashdown MP", "the Right Honourable …".
    "Rt Hon Honourable Honorable"
  ).split(" "),
);
/** Letters after a person's name: a member of a parliament, a King's Counsel, an order. */
const POST_NOMINALS = "MP|MEP|MSP|MLA|QC|KC|OBE|CBE|MBE|KBE|DBE";
const POST_NOMINAL = new RegExp(`^(?:${POST_NOMINALS})$`);
/** Those letters ending a name: " MP". */
const POST_NOMINAL_AT_END = new RegExp(String.raw`\s+(?:${POST_NOMINALS})$`);
/** A rank or a field before a word of a title: "First Deputy Director", "Press Secretary", "Executive Director". */
const TITLE_QUALIFIER =
  /^(?:First|Second|Third|Senior|Principal|Executive|Acting|Assistant|Associate|Press|Under|Managing|Interim|Labour|Conservative|Tory|Liberal|Democrat|Democratic|Republican|Green|Opposition|Independent)$/;
/**
 * Where the next word of a title stands, past ranks and fields ("Press" of "Press Secretary").
 *
 * @param words A name's words.
 * @param from Where to look from.
 * @returns The index of the title word, or -1 when another word comes first.
 */
function titleWordAhead(words: readonly string[], from: number): number {
  let j = from;
  while (TITLE_QUALIFIER.test(words[j] ?? "")) j++;
  return TITLE_WORD.test(words[j] ?? "") ? j : -1;
}
/**
 * A country's envoy or minister described without a name: "the then US ambassador", "the British defence secretary",
 * "South Korea's ambassador".
 */
const COUNTRY_OFFICE =
  /^(?:[Tt]he\s+)?(?:(?:then|former|current|outgoing|new)\s+)?(U\.?S\.?|U\.?K\.?|(?:\p{Lu}[\p{Ll}]+\s+)?\p{Lu}[\p{Ll}]+(?:[’']s)?)\s+((?:deputy\s+|permanent\s+|special\s+)?(?:ambassador|envoy|representative|delegate)|(?:defen[cs]e|foreign)\s+(?:minister|secretary)|secretary\s+of\s+state)$/u;

/**
 * Whether words before an office name a country: "US", "U.K.", "Ukraine's", "South Korean".
 *
 * @param words The words.
 * @returns Whether they do.
 */
function namesCountry(words: string): boolean {
  return (
    /^U\.?[SK]\.?$/.test(words) ||
    words
      .replace(/[’']s$/, "")
      .split(/\s+/)
      .every(isPlace)
  );
}

/** Words of a title that may stand between a country and a name ("Defence Minister"). */
const TITLE_WORD =
  /^(?:President|Prime|Minister|Leader|Defen[cs]e|Foreign|Deputy|Vice|Ambassador|General|Staff|Chief|Commander|Spokes(?:man|woman|person)|Lieutenant|Colonel|Lawmaker|Senator|Representative|MP|MEP|Congressman|Congresswoman|Assemblyman|Assemblywoman|Assemblymember|Councilman|Councilwoman|Councill?or|Envoy|Corporal|Director|Chairman|Secretary|Adviser|Advisor|Prosecutor|Attorney|Governor|Mayor|Commissioner|Inspector|Ombudsman|Major|Captain|Brigadier|Admiral|Sergeant|Presenter|Anchor|Correspondent|(?:Lt|Gen|Maj|Col|Capt|Brig|Adm|Sgt|Cmdr|Pvt|Cpl)\.?)$/;
/**
 * Whether a name's words open with a title and what its office is of ("Director of National
 * Intelligence", "Office of the Director of …"): the name of that office, whose title is not dropped.
 *
 * @param w The words.
 * @returns True for an office's name.
 */
function officeName(w: readonly string[]): boolean {
  return TITLE_WORD.test(w[0] ?? "") && w[1] === "of";
}
/** Words that end the name of a body that speaks ("the spy agency", "the embassy"). */
const BODY_HEADS = "agency|office|ministry|service|government|military|pentagon|presidency|command|embassy|consulate";
const BODY_HEAD_WORD = new RegExp(String.raw`\b(?:${BODY_HEADS})\b`, "i");
/** A word that ends the name of a group of sources ("officials", "agency"). */
const GROUP_HEAD = new RegExp(`^(?:${GROUP_NOUNS_RE.source.replace(/\\b/g, "")}|${BODY_HEADS})$`, "i");
/** What an office is of, in a title ("Secretary of State", "Minister of National Defense"). */
const OFFICE_OF = /^(?:State|Defen[cs]e|Foreign|National|Unification|Staff)$/;
/** An unnamed person near a body: "a person familiar with …", "sources close to …", "an official briefed on …". */
export const UNNAMED_NEAR =
  /^(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+){0,3}?(?:person|people|official|officials|source|sources|diplomat|diplomats|officer|officers|insider|insiders)\s+(?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|aware of|inside|within)\b[^,;:]*$/i;
/** "a source in the General Staff", "an official at the ministry": someone unnamed and where they are. */
export const UNNAMED_IN =
  /^\s*(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+){0,3}?(?:person|people|officials?|sources?|diplomats?|officers?|insiders?)\s+(?:in|inside|within|at)\s+\S|^\s*(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+){0,2}?(?:residents?|citizens?|natives?|workers?|traders?|merchants?|farmers?|students?|veterans?|members?|employees?|relatives?|listeners?|readers?|viewers?|callers?|doctors?|nurses?|teachers?|mothers?|fathers?|wom[ae]n|m[ae]n|soldiers?|defectors?|refugees?|fore(?:man|men)|famil(?:y|ies)|parents?|villagers?|labou?rers?|priests?|engineers?|drivers?)\s+(?:of|from|in)\s+\S/i;
/** A post, video or message that spreads a figure, with what is said of its spread after it. */
const SHARED_ITEM =
  /^((?:an?|the|one)\s+(?:viral\s+|widely[\s-]shared\s+|social[\s-]media\s+|online\s+)?(?:post|video|message|tweet|clip|meme|rumou?r))\s+(?:shared|posted|circulating|published|viewed|seen|that|which|on|from)\b/i;
/** "A post says": a post, video or message named by itself (not "the Post", a newspaper, nor "the post", one named before). */
const SHARED_ITEM_ALONE =
  /^((?:[Aa]n?|[Oo]ne)\s+(?:(?:viral|widely[\s-]shared|social[\s-]media|online)\s+)?(?:post|video|message|tweet|clip|meme|rumou?r))\s*$/;
/** Words that name a time or a title, never a source on their own. */
/** The words of an office's field: "Terrorism and Financial Intelligence", "Defence Policy". */
const OFFICE_FIELD =
  /^(?:Intelligence|Policy|Affairs|Security|Defen[cs]e|Finance|Financial|Terrorism|Trade|Industry|Unification|Foreign|Justice|Operations|Strategy|Strategic|Planning|Relations|Development|Research|Studies|Information|Communications|Political|Military|Economic|Public|International|National|Home|Interior|Veterans|Sanctions|Enforcement|Counterterrorism|Arms|Control|Nonproliferation|Asian|Pacific|European|Eurasian|Korean)$/;
/** A title whose field follows it: "Secretary for …", "Minister of …", "Director of …". */
const TITLE_BEFORE_FIELD =
  /\b(?:Secretary|Minister|Director|Commissioner|Chief|Head|Administrator|Coordinator|Adviser|Advisor|Envoy|Representative)\s+(?:of|for)\s+(?:(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:and\s+)?)*\p{Lu}[\p{L}-]*$/u;
const TIME_OR_TITLE = new RegExp(
  String.raw`^(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|${WEEKDAY_NAMES}|Supreme|Commander(?:-in-Chief)?|Chief|President|Minister|Director|General|Head|Chairman|Secretary|Spokesman|Spokeswoman|Staff|of|the|in)$`,
);

/**
 * Whether a capitalised word is a place or nationality ("Korean", "Russia's").
 *
 * @param word A word as written.
 * @returns True for places and nationalities.
 */
function isPlace(word: string): boolean {
  return PLACE_WORDS.has(word.toLowerCase().replace(/[’']s$/, ""));
}

/** Countries and capitals, which stand for their governments; the other place words are where, not who. */
const GOVERNMENT_PLACES: ReadonlySet<string> = new Set(
  [...PLACE_NAMES].filter((w) => !/^(?:kursk|north|south|east|west|europe)$/.test(w)),
);

/** Korean family names with a capital, as a pattern's alternatives: "Kim|Lee|…". */
const KOREAN_FAMILY_NAME = [...KOREAN_FAMILY_NAMES].map((n) => n.charAt(0).toUpperCase() + n.slice(1)).join("|");
/**
 * What may follow the "and" inside a body's name, as a look ahead: up to three capitalised words, whole or hyphened
 * ("Defence", "Inter-Korean Affairs"), never another body, a rank or title, or a person whose name opens with a Korean
 * family name ("Committee on Intelligence and Lee Seong Kweun").
 */
const BODY_AND_TAIL = String.raw`(?=\s+(?!(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Ministry|Committee|Commission|Council|Institute|Agency|Service|Office|Department|Centre|Center|Foundation)\b|(?:President|Prime|Minister|Deputy|Vice|General|Gen|Lt|Col|Maj|Adm|Rep|Sen|Director|Chairman|Chairwoman|Secretary|Mr|Ms|Mrs|Dr|Ambassador)\b)(?!(?:${KOREAN_FAMILY_NAME})\s)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}(?![\p{L}-]|\s+\p{Lu}))`;
/**
 * A capitalised name: "Hyun-Seung Lee", "Bruce W. Bennett", "Lee Woong Gil", "the Pentagon", "the MoD",
 * "the UN Panel on Korean Human Rights" ("on" only after a body's word, never "Kim on Monday"), "the Seimas Committee on
 * National Security and Defence" ("and" only after such a body's "on", "of" or "for", and never before another body).
 */
// ("O'Dell", "D'Souza": a capital and an apostrophe before a name are part of it.)
const NAME_SEQ_RE = new RegExp(
  String.raw`(?:\p{Lu}\.\p{Lu}\.|(?:\p{Lu}['’](?=\p{Lu}\p{Ll}))?\p{Lu}[\p{Ll}]+(?:\p{Lu}[\p{Ll}]+)*(?:\p{Lu}(?!\p{L}))?(?:[-’']\p{L}[\p{Ll}]*)*(?:-\d{1,3}\b)?(?:[’']s)?|\p{Lu}\.|\p{Lu}{2,}(?:[’']s)?)(?:\s+(?:\p{Lu}\.\p{Lu}\.|(?:\p{Lu}['’](?=\p{Lu}\p{Ll}))?\p{Lu}[\p{Ll}]+(?:\p{Lu}[\p{Ll}]+)*(?:\p{Lu}(?!\p{L}))?(?:[-’']\p{L}[\p{Ll}]*)*(?:[’']s)?|\p{Lu}\.|\p{Lu}{2,}|(?:of|for|in|de|van|von|al)(?=\s+\p{Lu})|(?<=(?:Panel|Committee|Commission|Council|Subcommittee|Group|Conference|Forum|Centre|Center|Institute)\s)on(?=\s+\p{Lu})|(?<=\b(?:Panel|Committee|Commission|Council|Subcommittee|Centre|Center|Institute|Foundation|Ministry|Department)\s+(?:on|of|for)\s+(?:\p{Lu}\p{Ll}+\s+){1,3})and${BODY_AND_TAIL}))*`,
  "gu",
);

/** Words of a body's name that every country has one of ("Defense Ministry", "General Staff"). */
const GENERIC_BODY_WORD =
  /^(?:defen[cs]e|foreign|interior|unification|ministry|military|intelligence|agency|service|general|staff|army|navy|air|forces?|government|office|spy|armed|joint|chiefs|of|the|embassy|presidential)$/i;

/** Words that say the name after them is a publication's ("the news site", "the outlet", "the programme"). */
const OUTLET_BEFORE =
  /\b(?:news\s+(?:site|agency|outlet|portal|channel|website|service)|outlet|newspaper|paper|daily|weekly|broadcaster|tabloid|magazine|website|site|portal|channel|programme|program|podcast|wire\s+service|radio\s+station|station)\s+$/i;

/**
 * Whether the first of some words only leads into a name ("The", "Dr", "General"). "General Staff" is
 * a body, not a general named Staff.
 *
 * @param words The words of a capitalised sequence.
 * @returns True when the first word is not part of the name.
 */
function notName(words: readonly string[]): boolean {
  return NOT_NAME.has(words[0] ?? "") && !(words[0] === "General" && words[1] === "Staff");
}

/**
 * Marks which characters of a sentence stand inside quotation marks.
 *
 * @param s The sentence.
 * @param openAtStart Whether a quotation is already open when the sentence starts.
 * @returns A function telling whether an offset is inside a quotation.
 */
export function quoteMap(s: string, openAtStart: boolean): (pos: number) => boolean {
  const inside: boolean[] = new Array<boolean>(s.length + 1);
  let open = openAtStart;
  // Single quotation marks double as apostrophes: ‘ opens only after a space or at the start, and ’
  // closes only a quotation that ‘ opened, when no letter follows.
  let single = false;
  for (let i = 0; i <= s.length; i++) {
    const c = s[i];
    if (c === "‘" && !open && /[\s([—–-]/.test(i === 0 ? " " : (s[i - 1] ?? " "))) {
      open = true;
      single = true;
    } else if (c === "’" && single && !/\p{L}/u.test(s[i + 1] ?? "")) {
      inside[i] = true;
      open = false;
      single = false;
      continue;
    } else if (c === "“") open = true;
    else if (c === "”") {
      inside[i] = open;
      open = false;
      continue;
    } else if (c === '"') {
      // A straight quote opens when it follows a space or starts the sentence.
      const prev = i === 0 ? " " : (s[i - 1] ?? " ");
      open = /[\s([—–-]/.test(prev);
    }
    inside[i] = open;
  }
  return (pos: number) => inside[Math.max(0, Math.min(pos, s.length))] ?? false;
}

/**
 * A phrase read as a group of sources ("Seoul", "the Western press", "officials").
 *
 * @param text The phrase as written.
 * @param start Its offset in the sentence.
 * @param name The group's name, when it is not the whole phrase.
 * @returns The noun phrase.
 */
export function groupPhrase(text: string, start = 0, name = text): NounPhrase {
  return { text, start, name, form: "group", role: null };
}

/** A time between a subject and its verb: " on Thursday ", " last week ", or its turn: " for its part ". */
const SPOKE_WHEN = new RegExp(
  String.raw`(?<=\S)\s+(?:on\s+(?:${WEEKDAY_NAMES})|yesterday|today|last\s+(?:week|month)|this\s+(?:week|month)|earlier\s+this\s+(?:week|month|year)|for\s+(?:its|their|his|her)\s+part)\s+$`,
);
/** Where or when someone spoke, after their name: " in a Security Council debate on Monday", " at a briefing". */
const SPOKEN_WHERE = new RegExp(
  String.raw`\s+(?:(?:in|at|during|before)\s+(?:a|an|the|his|her|its|their)\s|on\s+(?:${WEEKDAY_NAMES})\b|in\s+(?:remarks|comments|testimony|parliament)\b).*$`,
);
/** The day a speaker spoke, after their description: "… on Tuesday". */
const SPOKEN_ON_DAY = new RegExp(String.raw`\s+on\s+(?:${WEEKDAY_NAMES})\b.*$`);
/**
 * A wire dateline before the first sentence ("KYIV -- ", "SEOUL, Jan. 14 (Hanbit) -- "), or a live blog's
 * time stamp ("08:15 — ", "Updated 8:15 a.m. — ", or a clock time alone before a capital: "09:14 Ukraine's …").
 */
const DATELINE_LEAD =
  /^(?:(?:(?:Updated?|UPDATED?)\s*:?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EST|EDT|ET|KST|MSK|local(?:\s+time)?))?\s*(?:--|—|–|-|:)\s+|\d{1,2}:\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EST|EDT|ET|KST|MSK))?\s+(?=\p{Lu})|(?:\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*(?:,[^–—]{0,40}?)?\s*(?:--|—|–|\s-)\s+|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*(?:\([^()]{1,40}\))?\s*(?:--|—|–|-)\s+))/u;
/** A sentence adverb or a time that opens the sentence: "Separately,", "Last week", "Earlier this month,", "A week later". */
/**
 * A label that opens a note, an entry or a line ("Correction:", "11:30 GMT – Update:", "Q:", "Killed:"):
 * it names no one.
 */
/** A live blog entry's time before its text: "11:30 GMT – ", "09:05 – ". */
export const ENTRY_STAMP = String.raw`\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[–—-]\s*`;
const NOTE_LABEL_LEAD = new RegExp(
  String.raw`^(?:[•*▪]\s*)?(?:${ENTRY_STAMP})?(?:Correction|Clarification|Update|Updated|Editor['’]s\s+note|Editors['’]\s+note|Note|Breaking|Q|Question|Killed|Wounded|Injured|Captured|Missing|Dead|Deaths|Total|Casualties)\s*(?:\([^()]{0,40}\))?\s*:\s*`,
);
const OPENER = new RegExp(
  String.raw`^(?:(?:(?:last|this|earlier this|later this|early this|late last|earlier|later)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|${MONTH_NAMES}|${WEEKDAY_NAMES}))|(?:(?:later|earlier)\s+that|that|the\s+following|the\s+same)\s+(?:day|week|month|year)|(?:by|at|towards?|near)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:(?:that|the\s+following|the\s+same)\s+(?:week|month|year)|(?:${MONTH_NAMES})(?:\s+\d{4})?)|(?:(?:a|one|two|three|four|five|six|several|a\s+few|some)\s+)?(?:days?|weeks?|months?|years?|hours?)\s+later|(?:later|earlier|afterwards|then)(?=\s*,?\s+(?:it|he|she|they)\b)|on\s+(?:\d{1,2}\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?|yesterday|today|meanwhile|separately|however|still|additionally|moreover|in addition|in a separate (?:statement|briefing|interview)|\p{Lu}\p{Ll}+ly,)\s*,?\s+(?=\S+\s|(?:it|he|she|they)$)`,
  "iu",
);

/** Words that open a phrase of time or place before a subject ("In its latest assessment the agency …"). */
const LEADING_PREPOSITION = /^(?:In|During|At|After|Following|Before|Throughout|Under|Speaking|Addressing)$/;
/** Words after which a noun phrase goes on rather than a new one begins. */
const CONTINUES =
  /^(?:in|on|at|to|of|for|from|with|by|during|after|before|under|about|over|into|the|a|an|its|their|his|her|our|this|that|these|those|latest|last|new|recent|\p{Lu}[\p{L}’'.-]*)$/u;
/** Words a subject can begin with. */
const SUBJECT_START =
  /^(?:the|The|a|an|its|it|he|she|they|\p{Lu}[\p{L}’'.-]*|officials|analysts|experts|sources|lawmakers|diplomats|observers|researchers|defectors|authorities)$/u;
const DATE_WORD = new RegExp(String.raw`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|\d{4})$`);

/**
 * The subject after a leading phrase of time or place that no comma closes: "During the briefing the
 * spy agency" → "the spy agency"; "In a briefing to lawmakers on Monday South Korea's spy agency" →
 * "South Korea's spy agency". The subject begins at the first word that can begin one and follows a
 * word ending a noun phrase (a common noun, a date), not a preposition, an article or a name it goes on.
 *
 * @param text A subject phrase.
 * @returns The phrase without its leading phrase, or the phrase itself.
 */
function afterLeadingPhrase(text: string): string {
  const words = matchesOf(text, /\S+/g);
  if (words.length < 3 || !LEADING_PREPOSITION.test(words[0]?.[0] ?? "")) return text;
  for (let k = 2; k < words.length; k++) {
    const w = words[k]?.[0] ?? "";
    const prev = words[k - 1]?.[0] ?? "";
    // ("In late January the agency put …", "In late January it put …": a date is no subject.)
    if (!SUBJECT_START.test(w) || DATE_WORD.test(w)) continue;
    // A name goes on with another capitalised word, never with an article ("In Seoul the agency").
    const nameThenArticle = /^\p{Lu}/u.test(prev) && /^\p{Ll}/u.test(w) && !/^(?:The|A|An|Its)$/.test(prev);
    if (CONTINUES.test(prev) && !DATE_WORD.test(prev) && !nameThenArticle) continue;
    return text.slice(words[k]?.index ?? 0);
  }
  return text;
}

/** Whom someone told, before the subject of what they told: "reporters", "lawmakers", "us". */
const TOLD_WHOM =
  /^(?:(?:reporters|journalists|lawmakers|legislators|parliament|the\s+press|the\s+committee|a\s+briefing|a\s+news\s+conference|us|me)\s+(?=(?:the|a|an|its|his|her|their)\s|\p{Lu})|(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+(?=(?:the|its|his|her|their)\s))/u;

/** "the Pentagon and South Korean intelligence": a body named, "and", then another. */
const TWO_BODIES =
  /^(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+and\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:\p{Lu}[\p{L}.’'-]*|intelligence|military|government|army|command))$/u;

/** The "and" inside a body's name: "Committee on National Security and", "Institute for Peace and". */
const BODY_NAME_AND = new RegExp(
  String.raw`\b(?:Panel|Committee|Commission|Council|Subcommittee|Centre|Center|Institute|Foundation|Ministry|Department)\s+(?:on|of|for)\s+(?:\p{Lu}\p{Ll}+\s+){1,3}and${BODY_AND_TAIL}`,
  "gu",
);
/** Reports described only by their time, kind or place: "Early reports", "Unconfirmed media reports". */
const UNOWNED_REPORTS =
  /^(?:(?:the\s+)?(?:early|initial|first|earlier|later|recent|previous|subsequent|media|press|news)\s+){1,3}(?:reports|estimates|accounts|claims|rumou?rs|figures|counts|tallies)$/i;

/** Someone described by the named person they work for: "Budanov's deputy", "an aide to Budanov". */
const RELATION_OF_NAMED = new RegExp(
  String.raw`^(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:former|senior|close|top|chief|military|political)\s+)?(?:deputy|aide|adviser|advisor|assistant|lawyer|colleague|associate|confidant|bodyguard)\s+(?:of|to)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}[’']s\s+(?:(?:former|senior|close|top|chief|military|political)\s+)?(?:deputy|aide|adviser|advisor|assistant|lawyer|colleague|associate|confidant|bodyguard))$`,
  "u",
);

/** "with contacts in the military" after speakers: it describes them. */
const WITH_CONTACTS = /^with\s+(?:contacts|ties|relatives|family|links|connections)\b/i;

/** The clause words a speaker's subject starts after, but "with". */
const CLAUSE_WORD_BEFORE =
  /^(.*\b(?:that|considering|while|when|where|whereas|once|until|unless|although|though|and|as|because|but|after|since|whom|what|said|says|told|believes|added)\s+)/i;

/** A preposition of place right before a name at the end of a subject: " near ", " outside the ". */
const PLACE_PREPOSITION_END = /\s(?:near|outside|around|close\s+to)\s+(?:the\s+)?$/i;

/** "the NIS's April briefing", "the Pentagon's latest report": the body whose document it is, in `$1`. */
const BODY_OF_DOCUMENT = new RegExp(
  String.raw`^((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})['’]s\s+(?:(?:${MONTH_NAMES}|latest|recent|new|weekly|monthly|quarterly|annual|final|interim|closed-door|private|public|last|first|own|(?:19|20)\d\d)\s+)*(?:briefing|report|study|paper|analysis|statement|assessment|update|bulletin|press\s+conference|news\s+conference)(?:\s+(?:on|about|into)\s+[\p{Ll}\s-]{2,40})?$`,
  "u",
);
/** "The Vessen Institute on Tuesday": a day after a name. */
const ON_WEEKDAY_END = new RegExp(String.raw`\s+on\s+(?:${WEEKDAY_NAMES})$`);
/** "A year ago the agency said", "Two weeks ago, officials said": a time before who speaks. */
const TIME_AGO_LEAD = new RegExp(String.raw`^${TIME_AGO}\s*,?\s+(?=\S)`, "i");

/**
 * Subject phrases already read, by phrase and `keepTrailing`, each read at offset 0: the same phrase
 * ("the NIS", "South Korea's spy agency") comes back in sentence after sentence and article after article,
 * and what it names does not depend on where it stands. Bounded; emptied when full.
 */
const SUBJECTS = new Map<string, NounPhrase | null>();
const SUBJECTS_MAX = 8192;

/**
 * Pulls the name or group out of a subject phrase.
 *
 * @param phrase The subject phrase as written.
 * @param start Its offset in the sentence.
 * @returns The noun phrase, or null when nothing names a source.
 */
/** A verb, not inside a relative clause or a description, in what would be a name: the words are a clause. */
const CLAUSE_AS_NAME =
  /^(?:(?!\b(?:that|what|who|whom|whose|which|where|when|with|familiar|close|about|to)\b)[^,;:])*?\s(?:gave|gives|says|said|puts|told|tells|reported|estimated|had|has|have|was|were|is|are)\s/;

export function parseSubject(phrase: string, start: number, keepTrailing = false): NounPhrase | null {
  const key = (keepTrailing ? "1" : "0") + phrase;
  let np = SUBJECTS.get(key);
  if (np === undefined) {
    np = readSubject(phrase, 0, keepTrailing);
    if (SUBJECTS.size >= SUBJECTS_MAX) SUBJECTS.clear();
    SUBJECTS.set(key, np);
  }
  // Every offset the reading gives is the phrase's offset plus one within it.
  return np && { ...np, start: np.start + start };
}

/**
 * Where the words naming a place at the end of a subject begin, when its last name is a place, not who speaks:
 * a name right after a preposition of place ("The Tribune's own analysis of images of rail yards near Rason",
 * "a private captured near Sudzha"), or a town after a person's name and "from" ("Kim Min-su from Ostrovo"; but
 * in "A letter to Ri Chol-ho from Kang Myong-su" the one after "to" is written to, by the one after "from").
 * Who speaks is in the words before it.
 *
 * @param text The subject phrase.
 * @param seqs Its capitalised names, in order.
 * @returns The offset to cut the phrase at, or -1.
 */
function placeNameAt(text: string, seqs: readonly { s: string; i: number; end?: number }[]): number {
  const last = seqs.at(-1);
  if (!last || last.end !== undefined) return -1;
  const near = PLACE_PREPOSITION_END.exec(text.slice(0, last.i));
  if (near) return near.index;
  // ("the Institute for Northeast Asian Population Studies (INAPS) in Busan": one word after a body's initials in
  // brackets and "in" is where the body is.)
  const bracketed = /\)\s+in\s+$/.exec(text.slice(0, last.i));
  if (
    bracketed &&
    /^\p{Lu}\p{Ll}+$/u.test(last.s) &&
    /\(\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(text.slice(0, bracketed.index))
  )
    return bracketed.index + 1;
  const previous = seqs.at(-2);
  return previous &&
    previous.end === undefined &&
    text.slice(previous.i + previous.s.length, last.i) === " from " &&
    !/\bto\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(0, previous.i)) &&
    guessType(previous.s) === "person" &&
    !["organization", "outlet"].includes(guessType(last.s))
    ? previous.i + previous.s.length
    : -1;
}

/** A publication's capitalised name and the noun of what it is: "the Hanseong Ilbo newspaper", "Yonhap news agency". */
const OUTLET_KIND_AFTER =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)\s+(newspaper|daily|news\s+agency|wire\s+service|broadcaster|magazine|weekly|tabloid|news\s+site|news\s+website|news\s+outlet|television\s+channel|TV\s+channel|radio\s+station)$/u;
/** A country's mission to a body or in a place: "Ukraine's mission to NATO", "South Korea's delegation to the UN". */
const COUNTRYS_MISSION =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}.-]*['’]s\s+(?:permanent\s+)?(?:mission|delegation|representation)\s+(?:to|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}$/u;
/**
 * A country's envoy at a meeting, whom the text does not name: "The representative of Ukraine", "Japan's representative",
 * "France's delegate", "the permanent representative of the United Kingdom".
 */
const COUNTRYS_ENVOY =
  /^(?:[Tt]he\s+)?(?:(?:permanent|deputy|chief)\s+)?(?:representative|delegate|envoy)\s+of\s+(?:the\s+)?(?!\p{Lu}{2,}\b)(?![^,;]*\b(?:Service|Agency|Ministry|Directorate|Intelligence|Office|Institute|Department|Command|Staff|Committee|Council)\b)\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}$|^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}.-]*['’]s\s+(?:(?:permanent|deputy|chief|UN)\s+)?(?:representative|delegate|envoy)$/u;
/** An ordinal or a word of order that opens the points of a list: "First", "Secondly", "Finally". */
const LIST_ORDINAL =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Firstly|Secondly|Thirdly|Fourthly|Finally|Lastly)$/;

/** A rank and an office in lower case, whole: "Deputy minister", "Vice foreign minister", "Acting defence chief". */
const RANKED_OFFICE =
  /^(?:the\s+)?(?:Deputy|Vice|Acting|Assistant)\s+(?:[a-z-]+\s+){0,2}(?:minister|secretary|director|chief|commander|general|ambassador|envoy|spokes(?:man|woman|person)|official|adviser|advisor|head)$/;

/**
 * Reads a subject phrase (see `parseSubject`, which keeps what it read). Exported for the test that holds
 * its offsets to the phrase's.
 *
 * @param phrase The subject phrase as written.
 * @param start Its offset in the sentence.
 * @param keepTrailing Whether words after the name are kept.
 * @returns The noun phrase, or null when nothing names a source.
 */

export function readSubject(phrase: string, start: number, keepTrailing: boolean): NounPhrase | null {
  const np = readPhrase(phrase, start, keepTrailing);
  // ("It also gave the number of North Korean engineers the agency", "National Intelligence Service (NIS) gave the
  // figure to parliament's intelligence committee": a clause read as a name names no one.)
  return (np?.form === "name" || np?.form === "group") && CLAUSE_AS_NAME.test(np.name) ? null : np;
}

/**
 * Reads a subject phrase, before the check that it is no clause (see `readSubject`).
 *
 * @param phrase The words before the verb.
 * @param start Offset of the phrase in its sentence.
 * @param keepTrailing Keep words after the head that would otherwise be cut.
 * @returns The noun phrase, or null.
 */
function readPhrase(phrase: string, start: number, keepTrailing: boolean): NounPhrase | null {
  let text = phrase
    .replace(/^[\s,“”"‘’'(–—-]+|[\s,“”"‘’')–—-]+$/g, "")
    // "Lee of the People Power Party": a party qualifies the person and never stands in for them.
    .replace(PARTY_ANYWHERE, "");
  text = afterLeadingPhrase(text.replace(DATELINE_LEAD, "").replace(NOTE_LABEL_LEAD, "").replace(OPENER, ""));
  // "… and cited a military source putting the toll at …": the one cited, not the verb that cites them.
  // ("The Tidewater Bureau cited a military source putting …": the same, with the one who cites before.)
  text = text.replace(/^(?:.*?\s)?(?:cited|citing|quoted|quoting)\s+(?=(?:an?|one|two|three|several|unnamed)\s)/i, "");
  // ("Third, a quote from the defector … was given as …": a list's ordinal opening a sentence is no one.)
  if (LIST_ORDINAL.test(text)) return null;
  // ("the spy agency had not": a negated verb is no part of a name.)
  const negated =
    /\s+(?:had|has|have|did|does|do|was|were|is|are|could|would|can|will)(?:\s+not|\s+never|n['’]t)\b.*$/i.exec(text);
  if (negated && negated.index > 0) text = text.slice(0, negated.index);
  // ("Ukraine's mission to NATO said", "South Korea's delegation to the UN": a country's mission, never the body it is
  // sent to.)
  const mission = COUNTRYS_MISSION.exec(text) ?? COUNTRYS_ENVOY.exec(text);
  if (mission) return groupPhrase(text, start + Math.max(0, phrase.indexOf(text)));
  // "citing the same briefing", "according to the same report": what the article cited last, named by the
  // document it came in.
  const sameDocument =
    /^(?:the\s+)?same\s+(briefing|report|statement|assessment|document|study|survey|analysis|memo|figures|data|estimate|source|sources|intelligence)$/i.exec(
      text,
    );
  if (sameDocument?.[1])
    return {
      text,
      start,
      name: text,
      form: "description",
      role: /^briefing$/i.test(sameDocument[1]) ? "same briefing" : "same source",
    };
  // "according to the Pentagon and South Korean intelligence": two bodies, never one body of that name; the
  // second is credited, as when two subjects share a verb ("The Pentagon and the NIS say …").
  const pair = TWO_BODIES.exec(text);
  const second =
    pair?.[1] && pair[2] && guessType(pair[1]) !== "person" && !/s$/.test(pair[2])
      ? parseSubject(pair[2], start + Math.max(0, phrase.indexOf(pair[2])), keepTrailing)
      : null;
  if (second) return second;
  // ("…, most of which South Korea's spy agency believes is kept by the state": a relative clause on a part of
  // what went before speaks of that part, and its subject is no one's name.)
  if (/^(?:(?:most|much|some|part|all|half|none|many|each|any|little)\s+of\s+)(?:which|whom)\s/i.test(text))
    return null;
  // "Pressed by the MP Owen Pritchard, the minister …": whoever presses or questions the speaker is no speaker.
  if (/^(?:pressed|questioned|asked|challenged|quizzed|interviewed|grilled)\s+(?:\w+\s+)?by\s/i.test(text)) return null;
  // "A HUR spokesman tells us the agency": the subject of the clause the speaker tells of.
  text = text.replace(/^[^,;“”"]{1,80}?\s(?:tells|told)\s+(?:us|me|reporters|journalists)\s+(?:that\s+)?(?=\S)/i, "");
  // "Asked about the discrepancy, an NIS official": the one asked, after the clause that says what about.
  text = text.replace(
    /^(?:asked|pressed|questioned|quizzed|challenged|contacted|reached)\s+(?:about|on|over|for|by\s+phone)\b[^,;]{0,80},\s+(?=\S)/i,
    "",
  );
  // ("Asked how many North Korean soldiers they thought were in Russia, respondents …": what was asked names no one.)
  if (/^(?:asked|pressed|questioned|quizzed)\s+(?:how|what|whether|if|why|when|where|who|about|on)\b/i.test(text))
    return null;
  // "the minister declined to give a death toll, saying only …": the participle's subject is the one who declined.
  text = text.replace(
    /^((?:the\s+|an?\s+)?[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,4}?)\s+(?:declined|refused|agreed|decided|tried|promised|went\s+on|continued)\s+to\s+\S.*$/iu,
    "$1",
  );
  // "the Cardew Agency's figures suggest …", "the NIS's own data show …": the body whose numbers they are.
  text = text.replace(
    /^((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})['’]s?\s+(?:own\s+|latest\s+|new\s+)*(?:figures|data|estimates|records|statistics|documents|numbers|counts|tallies)$/u,
    "$1",
  );
  // "according to the NIS's April briefing", "the Pentagon's latest report", "The Sejong Forum's report says":
  // the body whose briefing it is.
  text = text.replace(BODY_OF_DOCUMENT, "$1");
  // "The Vessen Institute on Tuesday published …": the day is no part of the name.
  text = text.replace(ON_WEEKDAY_END, "");
  // "the Hanseong Ilbo newspaper", "Yonhap news agency": a publication's name, then what it is.
  const kindOfOutlet = OUTLET_KIND_AFTER.exec(text);
  if (
    kindOfOutlet?.[1] &&
    kindOfOutlet[2] &&
    guessType(kindOfOutlet[1]) !== "person" &&
    // ("The South Korean newspaper": a country's adjective is no name; nor is "The Kremlin-backed broadcaster" or
    // "Another newspaper".)
    !kindOfOutlet[1].split(/\s+/).every((w) => isPlace(w) || NATIONALITIES.has(w.toLowerCase())) &&
    !/-(?:based|backed|run|owned|funded|affiliated|language|controlled|friendly|leaning)$/i.test(kindOfOutlet[1]) &&
    !/^(?:Another|One|Each|Every|This|That|Its|Their|The|A|An)\b/.test(kindOfOutlet[1])
  )
    return {
      text,
      start: start + Math.max(0, phrase.indexOf(text)),
      // ("South Korea's Hanbit Daily newspaper": whose country it is, not its name.)
      name: kindOfOutlet[1].replace(/^(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u, ""),
      form: "name",
      role: kindOfOutlet[2].toLowerCase(),
    };
  // "Early reports", "Media reports", "Initial estimates": reports no one is named for, an unnamed source,
  // never a person called "Early" or "Media".
  if (UNOWNED_REPORTS.test(text)) return groupPhrase(text, start + Math.max(0, phrase.indexOf(text)));
  // "Deputy minister says …", "Deputy defence minister": a rank before an office in lower case names an office,
  // never a person called "Deputy".
  if (RANKED_OFFICE.test(text)) return groupPhrase(text, start + Math.max(0, phrase.indexOf(text)));
  // "estimates by South Korean intelligence", "data from the General Staff": whose estimates they are.
  text = text.replace(
    /^(?:the\s+)?(?:(?:latest|new|recent|official|internal|earlier|previous|initial|higher|lower)\s+)?(?:estimates?|figures?|data|calculations?|assessments?|research|analysis)\s+(?:by|from)\s+(?=\S)/i,
    "",
  );
  // "A former officer now living in Seoul", "a second official I spoke to": where the speaker lives or
  // works, or who spoke to them, is not part of who they are.
  text = text.replace(
    /^((?:(?:an?|one|two|several|some|many)\s+)?(?:[\w-]+\s+){0,3}?(?:officers?|officials?|soldiers?|defectors?|sources?|analysts?|diplomats?|residents?|commanders?|experts?|veterans?))\s+(?:(?:now\s+|currently\s+)?(?:living|based|working|residing|hiding|serving)|(?:whom\s+|that\s+)?(?:I|we)(?:['’]ve|\s+have)?\s+(?:spoke|spoken|talked|interviewed|met|reached))\b.*$/i,
    "$1",
  );
  // "two North Korean defectors with contacts in the military": whom the speakers know is no part of who they are.
  text = text.replace(
    /^((?:(?:an?|one|two|three|four|five|several|some|many)\s+)?(?:[\w-]+\s+){0,3}?(?:people|persons|officials?|sources?|defectors?|analysts?|residents?|traders?|merchants?|veterans?))\s+with\s+(?:contacts|ties|relatives|family|links|connections)\b.*$/i,
    "$1",
  );
  // "A TikTok account with 95,000 followers": an account's audience is no part of who it is.
  text = text.replace(
    /\s+with\s+(?:(?:more than|over|about|some|nearly|almost)\s+)?[\d,.]+(?:\s*(?:million|thousand|k|m))?\s+(?:followers|subscribers|members|viewers|views|likes|readers)$/i,
    "",
  );
  // "Ukraine's own military intelligence": "own" is no part of the body's name.
  text = text.replace(/(\p{Lu}[\p{L}.-]*['’]s)\s+own\s+(?=\p{L})/u, "$1 ");
  // "Local veterans' groups in our region", "residents of the town": where a group is is not who it is.
  text = text.replace(
    /^(.{3,}?\b(?:groups?|associations?|residents?|families|officials?|veterans?|activists?|organi[sz]ations?|volunteers?|doctors?|workers?))\s+(?:in|of|from|across)\s+(?:our|this|the|their|that|its)\s+(?:local\s+)?(?:region|area|city|town|village|province|district|county|community|neighbou?rhood)$/i,
    "$1",
  );
  // "Ukraine's coordination headquarters for the treatment of prisoners of war": what a body is for, in
  // common words, is no part of who speaks (but "the Institute for National Security Strategy" is a name).
  text = text.replace(
    /^(.{3,}?\b(?:headquarters|centres?|centers?|commission|committee|council|office|agency|ministry|bureau|directorate|department|service))\s+for\s+(?:the\s+)?[a-z][a-z\s-]*$/,
    "$1",
  );
  // "A Russian recruiter quoted by the outlet Severny Vestnik": who is quoted speaks; the outlet relays.
  // ("South Korean lawmakers briefed by the spy agency": the lawmakers speak; the agency briefed them.)
  text = text.replace(/^(.+?)\s+(?:quoted|cited|interviewed|briefed)\s+by\s+\S.*$/i, "$1");
  // "…, saying his own sources put …": the participle that leads to the speaker's own words is not them.
  text = text.replace(/^(?:saying|adding|noting|arguing|explaining)\s+(?:that\s+)?(?=(?:his|her)\s)/i, "");
  // "his office said", "her spokeswoman said", "his own sources put": who speaks for the person "his"
  // or "her" points back to.
  const forPerson =
    /^(his|her)\s+(?:own\s+)?(?:office|spokes(?:man|woman|person)|press\s+(?:office|service|secretary)|aides?|staff|team|sources|contacts|figures|count|estimate|data)$/i.exec(
      text,
    );
  // "His mother said", "according to his widow": someone the article describes but does not name.
  const kin =
    /^(?:his|her|their)\s+(?:(?:elder|older|younger|late)\s+)?(mother|father|wife|husband|widow|sister|brother|son|daughter|parents|family|relatives?|cousin|uncle|aunt|friend|fianc[ée]e?)$/i.exec(
      text,
    );
  // "The agency's head said", "the ministry's spokesman said": who speaks for the body the words name.
  const bodyHead = BODY_HEAD.exec(text);
  if (bodyHead?.[1]) {
    const body = parseSubject(bodyHead[1], start, keepTrailing);
    return body && { ...body, text };
  }
  // "Its head said", "its spokesman said", "their director told lawmakers": who speaks for the body "its"
  // or "their" points back to.
  const forBody = FOR_BODY.exec(text);
  if (forBody?.[1])
    return { text, start, name: forBody[1].toLowerCase() === "its" ? "it" : "they", form: "pronoun", role: null };
  if (kin?.[1]) return { text, start, name: text, form: "description", role: kin[1].toLowerCase() };
  if (forPerson?.[1])
    return { text, start, name: forPerson[1].toLowerCase() === "his" ? "he" : "she", form: "pronoun", role: null };
  // "Seoul-based Daily NK": where a body is based is not part of its name.
  text = text.replace(/^(?:[Tt]he\s+)?\p{Lu}[\p{L}-]*-based\s+(?=\p{Lu})/u, "");
  // "Officials in Seoul say …": the place is all that says whose officials they are, so it stays ("Seoul
  // officials").
  const placed = /^(Officials|Analysts|Sources|Diplomats|Lawmakers|Investigators)\s+in\s+(\p{Lu}\p{L}+)$/u.exec(text);
  if (placed?.[1] && placed[2] && isPlace(placed[2])) text = `${placed[2]} ${placed[1].toLowerCase()}`;
  // "Officials in Washington put the total at …": a plural of people, capitalised only because it opens
  // the sentence, names no one.
  text = text.replace(
    /^(?:Officials|Analysts|Sources|Diplomats|Experts|Observers|Lawmakers|Researchers|Defectors|Residents|Witnesses|Investigators)(?=\s+(?:in|at|from|with|close|familiar|briefed)\b)/,
    (w) => w.toLowerCase(),
  );
  // "A year ago the agency said", "Two weeks ago, officials said": when, not who.
  text = text.replace(TIME_AGO_LEAD, "");
  // "On Feb. 3 a defector … told", "On Monday, the ministry said": the day is when, not who.
  text = text.replace(
    /^(?:on|in|by|since|early|late)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+(?=\S)/i,
    "",
  );
  // "By my own count, drawn from Ukrainian unit reports, …": a participle's phrase names no speaker.
  if (/^(?:drawn|based|taken|compiled|gathered|collected|derived|culled|sourced|adapted)\s+(?:from|on)\b/i.test(text))
    return null;
  // "a figure the NIS said was exaggerated": the speaker is who follows the figure's noun.
  text = text.replace(
    /^(?:a|the)\s+(?:figure|number|estimate|claim|count|toll|tally)\s+(?:that\s+|which\s+)?(?=\S)/i,
    "",
  );
  // "one of the people said", "two of the officials": some of a group the article describes.
  if (/^(?:one|two|three|some|several|many|most|both|each)\s+of\s+(?:the|them|those|these)\b/i.test(text))
    return groupPhrase(text, start + Math.max(0, phrase.indexOf(text)));
  // "according to our estimates", "our data": the article's own, no one else's.
  if (
    /^(?:our|my)\s+(?:own\s+)?(?:estimates?|data|figures?|count|calculations?|analysis|research|reporting|sources?)$/i.test(
      text,
    )
  )
    return null;
  // "Nor do I believe …": the inversion's subject.
  text = text.replace(/^(?:nor|neither)\s+(?:do|does|did|can|could|would|will)\s+(?=\S)/i, "");
  // "Out of the estimated 11,000 troops", "Of the": a phrase left hanging on a preposition or an article
  // is no one's name.
  if (/^(?:out\s+of|of|among)\s+(?:the|those|these|an?)$/i.test(text)) return null;
  // "no government has confirmed it", "neither side": nobody speaks.
  if (/^(?:no|none|nobody|neither|nor|not one)\b/i.test(text)) return null;
  // "her own sources in the Defense Ministry put …": the speaker's unnamed sources; the figure is
  // the speaker's to pass on (the "said" before it), never the body the sources sit in.
  if (/^(?:his|her|their|its|our|my)\s+(?:own\s+)?(?:sources?|contacts?|informants?)\b/i.test(text)) return null;
  // "He said units under his command had counted about 900 …": the speaker's own units count for him.
  if (
    /^(?:the\s+)?(?:units?|troops|soldiers|men|forces|brigades?|battalions?|regiments?|companies|formations?)\s+(?:under|in)\s+(?:his|her|their|its)\s+(?:own\s+)?command$/i.test(
      text,
    )
  )
    return null;
  const lead = phrase.indexOf(text);
  if (!keepTrailing) {
    // "the report said" names the document itself; only a source before the noun is kept. Sources are
    // stripped only from a body's name ("South Korean intelligence sources"): "two European security
    // sources" are the sources.
    const stripped =
      /\ssources$/i.test(text) && !/\b(?:intelligence|\p{Lu}{2,})\s+sources$/u.test(text)
        ? text
        : // "The monitoring team's report said": the owner of the report.
          // ("comes from a single Ukrainian intelligence briefing": the body whose briefing it is, without "a
          // single".)
          text
            .replace(TRAILING_NOUNS, "")
            .replace(/^((?:[Tt]he|[Tt]his|[Tt]hat)\s+[a-z][a-z\s-]*)[’']s$/, "$1")
            .replace(
              TRAILING_NOUNS.test(text) ? /^(?:[Aa]n?\s+single|[Oo]ne\s+single|[Aa]n?|[Oo]ne)\s+(?=\p{Lu})/u : /^$/,
              "",
            );
    // "Western reports said": an adjective of place alone names nobody, so the phrase stays whole.
    const placeOnly = stripped
      .trim()
      .split(/\s+/)
      .every((w) => isPlace(w) || /^(?:western|eastern|foreign|international|local|the)$/i.test(w));
    // "two sources said", "several reports said": a number or quantifier alone names nobody either.
    if (
      !/^(?:the|this|that|these|those|a|an|one|two|three|four|five|six|several|some|many|multiple|other|both|\d+)$/i.test(
        stripped.trim(),
      ) &&
      !placeOnly
    )
      text = stripped;
  }
  // Adverbs between subject and verb ("He further explained", "X also said"); a capitalised word
  // ending in "ly" is a name ("Hanbit Daily").
  for (let prev = ""; prev !== text;) {
    prev = text;
    text = text.replace(
      /\s+(?:further|also|then|later|again|previously|earlier|recently|once|now|still|currently|has|have|had|[a-z]+ly)$/,
      "",
    );
  }
  // "a person familiar with Western intelligence assessments", "a source close to the NIS": someone
  // unnamed near a body, never the body itself.
  const near = UNNAMED_NEAR.exec(phrase.trim());
  if (near) {
    const whole = near[0].replace(/[\s,]+$/, "");
    return groupPhrase(whole, start + phrase.indexOf(whole));
  }
  // "a source in Ukraine's General Staff": the same, wherever the source is.
  if (UNNAMED_IN.test(text)) return groupPhrase(text, start + Math.max(0, lead));
  // "Ahn Min-ho and other observers": the named person speaks; the others are not named, so the
  // credit goes to the name and never to the whole phrase as if it were a group's name.
  const companions =
    /^(.*\p{Lu}[\p{L}’'-]*)\s+and\s+(?:other|several|many|some|fellow)\s+[a-z][a-z\s-]*$|^(.*\p{Lu}[\p{L}’'-]*)\s+and\s+others$/u.exec(
      text,
    );
  if (companions) text = companions[1] ?? companions[2] ?? text;
  if (text === "" || text.split(/\s+/).length > 16) return null;
  // A phrase holding an amount of money or a share ("Russia pays $2,000 a month") is a statement,
  // never the name of whoever makes one.
  if (/[$€£¥₩₽%]|\bper ?cent\b/i.test(text)) return null;
  const at = start + Math.max(0, lead);
  const lower = text.toLowerCase();
  if (PRONOUNS.has(lower)) return { text, start: at, name: lower, form: "pronoun", role: null };
  // "My staff counted", "our scouts say", "our intelligence believes": the speaker's own people, who are
  // no source apart from the one speaking (an interview's answer, a first-person account).
  if (/^(?:[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/.test(text)) return null;
  // "his unit", "their brigade": a unit known only through someone else is no source the site can name.
  if (OTHERS_UNIT.test(text)) return null;
  // "People say …", "Officials said …": a plural noun opening the sentence is a group, not a name.
  if (
    /^(?:people|officials|residents|families|locals|villagers|relatives|neighbou?rs|witnesses|parents|critics|experts|analysts|observers|diplomats|lawmakers|sources|soldiers|defectors|researchers)$/.test(
      lower,
    )
  )
    return groupPhrase(text, at, text);
  // "her calculations", "his estimate": the pronoun's owner is the source.
  const possessive =
    /^(his|her|their|its)\s+(?:own\s+)?(?:calculations?|estimates?|account|research|figures?|data|assessment|reckoning|view|sources?|count|tally|arithmetic)$/i.exec(
      text,
    );
  if (possessive?.[1]) {
    const p = possessive[1].toLowerCase();
    return {
      text,
      start: at,
      name: p === "his" ? "he" : p === "her" ? "she" : p === "its" ? "it" : "they",
      form: "pronoun",
      role: null,
    };
  }
  const head = (lower.split(/\s+/).pop() ?? "").replace(/[^a-z-]/g, "");
  // "A Russian military blogger with 400,000 followers on Telegram", "An officer with the 47th Mechanized
  // Brigade", "A doctor at a military hospital in Kursk": someone unnamed, described by what they have,
  // where they work or the unit they serve in; the names after are no speaker.
  // ("Aid workers in Kursk said": people named by a common noun that opens the sentence, and where they are.)
  const commonGroup =
    /^\s*(\p{Lu}\p{Ll}+\s+(?:workers|volunteers|medics|doctors|nurses|monitors|activists|researchers|rescuers|observers)(?:\s+(?:in|at|from|near|on)\s+.+)?)$/u.exec(
      text,
    );
  if (commonGroup?.[1] && !isPlace(commonGroup[1].split(/\s+/)[0] ?? "")) return groupPhrase(commonGroup[1].trim(), at);
  const described = DESCRIBED_BY_WHERE.exec(text);
  if (described?.[1] && described[2] && ROLE_HEADS.test(described[2].toLowerCase()))
    return groupPhrase(text, at, described[1]);
  // "Ukraine's ambassador to the UN", "the Russian envoy to Pyongyang": someone the text describes by
  // an office; the body or place after "to" is where they serve, not who speaks.
  // ("The US ambassador to the UN": a country's envoy, who is the same country's envoy named before and never
  // another country's, nor the body after "to".)
  const envoy =
    /^(?:[Tt]he\s+)?(?:(U\.?S\.?|U\.?K\.?|(?:\p{Lu}[\p{Ll}]+\s+)?\p{Lu}[\p{Ll}]+)(?:[’']s)?\s+)?((?:deputy\s+|permanent\s+|special\s+)?(?:ambassador|envoy|representative|delegate))\s+(?:to|at)\s+\S.*$/u.exec(
      text,
    );
  if (envoy?.[2]) {
    const country = envoy[1] !== undefined && namesCountry(envoy[1]);
    return country
      ? { text, start: at, name: text, form: "description", role: `${envoy[1]} ${envoy[2]}` }
      : { text, start: at, name: text, form: "description", role: envoy[2] };
  }
  // "Budanov's deputy", "an aide to Budanov", "a former adviser of Kim": someone the text describes by
  // whom they work for, whose words are their own and not the named person's; the text does not say
  // who they are, so the words are kept and nobody is credited.
  if (RELATION_OF_NAMED.test(text)) return { text, start: at, name: text, form: "description", role: null };

  // `end`: where the phrase the name stands for ends, when it reaches past the name ("Jenny Town of the
  // Stimson Center"); `affiliation`: the body such a phrase names.
  const seqs: { s: string; i: number; end?: number; affiliation?: string; type?: EntityType }[] = [];
  for (const m of matchesOf(text, NAME_SEQ_RE)) {
    let s = m[0];
    let i = m.index;
    // Drop leading words that only start sentences ("The", "This") and trailing "of"/"for".
    const words = s.split(/\s+/);
    // Places and a title before a person's name are their role: "South Korean President Park Dae-ho",
    // "U.S. Secretary of State Antony Blinken", "Defense Minister Kim Yong-hyun".
    // ("NATO Secretary General Mark Rutte", "NIS Director Kim Ho": a body's acronym before a title too.)
    let places = 0;
    while (places < words.length && (isPlace(words[places] ?? "") || /^\p{Lu}{2,6}$/u.test(words[places] ?? "")))
      places++;
    let titled = places;
    for (;;) {
      if (TITLE_WORD.test(words[titled] ?? "")) titled++;
      // ("NIS First Deputy Director Hwang Jun-seok", "Deputy Pentagon Press Secretary Colin Marsh": a rank
      // or a body's name between the words of a title, when a title word follows it.)
      else if (
        (TITLE_QUALIFIER.test(words[titled] ?? "") ||
          ((titled > places || titled === 0) &&
            (/^\p{Lu}{2,6}$/u.test(words[titled] ?? "") ||
              isPlace(words[titled] ?? "") ||
              words[titled] === "Pentagon"))) &&
        titleWordAhead(words, titled + 1) > 0
      )
        titled = titleWordAhead(words, titled + 1) + 1;
      else if (words[titled] === "of" && titled > places && OFFICE_OF.test(words[titled + 1] ?? "")) titled += 2;
      else break;
    }
    // ("Director of National Intelligence Avril Haines": the office's capitalised words run on to the name.)
    if (
      titled > places &&
      words[titled - 2] === "of" &&
      titled < words.length &&
      guessType(words.slice(titled).join(" ")) !== "person"
    ) {
      for (let k = titled + 1; k <= words.length - 2; k++) {
        if (!/^\p{Lu}/u.test(words[k - 1] ?? "")) break;
        if (guessType(words.slice(k).join(" ")) === "person") {
          titled = k;
          break;
        }
      }
    }
    // ("the Defence Intelligence of Ukraine": a body's name, never a title before a person called "of Ukraine".)
    if (
      titled > places &&
      titled < words.length &&
      /^\p{Lu}/u.test(words[titled] ?? "") &&
      guessType(words.slice(titled).join(" ")) === "person"
    ) {
      i += words.slice(0, titled).join(" ").length + 1;
      words.splice(0, titled);
    }
    // "Under Secretary for Terrorism and Financial Intelligence Daniel Hartwell", "Deputy Minister of
    // Defence Policy Anna Kovalenko": the words of an office's field before a person's name are the
    // office's, not the name's.
    let field = 0;
    while (field < words.length && OFFICE_FIELD.test(words[field] ?? "")) field++;
    let titledAfter = field;
    while (titledAfter < words.length && TITLE_WORD.test(words[titledAfter] ?? "")) titledAfter++;
    if (
      field > 0 &&
      words.length - titledAfter >= 2 &&
      /^\p{Lu}/u.test(words[titledAfter] ?? "") &&
      (field >= 2 || TITLE_BEFORE_FIELD.test(text.slice(0, i + words.slice(0, field).join(" ").length))) &&
      guessType(words.slice(titledAfter).join(" ")) === "person"
    ) {
      i += words.slice(0, titledAfter).join(" ").length + 1;
      words.splice(0, titledAfter);
    }
    // A place before an organisation or an outlet is part of its name ("the Kyiv Independent"); a
    // possessive one says whose it is ("Seoul's National Intelligence Service").
    // "the Kyiv news site Kyiv Signal", "the St Petersburg outlet Severny Vestnik": the words before say
    // the name is a publication's, and all of it is its name.
    const outlet = OUTLET_BEFORE.test(text.slice(0, i));
    // ("the Kyiv Clarion": after "the", a city or country and one more word name a body, never a person.)
    const determined = /\bthe\s+$/i.test(text.slice(0, i));
    while (
      !outlet &&
      words.length > 1 &&
      !officeName(words) &&
      (notName(words) ||
        (isPlace(words[0] ?? "") &&
          // "Japan's Defense Ministry": a body every country has keeps whose it is.
          ((/[’']s$/.test(words[0] ?? "") && !words.slice(1).every((w) => GENERIC_BODY_WORD.test(w))) ||
            (guessType(words.slice(1).join(" ")) === "person" &&
              !(determined && words.length === 2 && PLACE_NAMES.has((words[0] ?? "").toLowerCase())))))) &&
      !isPlace(words[1] ?? "")
    ) {
      i += (words[0]?.length ?? 0) + 1;
      words.shift();
    }
    // "the Seoul-based Institute for …": where a body is based is not part of its name.
    if (words.length > 1 && /^\p{Lu}[\p{L}]*-based$/u.test(words[0] ?? "")) {
      i += (words[0]?.length ?? 0) + 1;
      words.shift();
    }
    while (words.length > 0 && !officeName(words) && notName(words)) {
      i += (words[0]?.length ?? 0) + 1;
      words.shift();
    }
    // "Catherine Ashdown MP", "Sir Alan Pryce KC": letters after a person's name are no part of it.
    while (words.length > 2 && POST_NOMINAL.test(words[words.length - 1] ?? "")) words.pop();
    s = words.join(" ");
    if (s === "") continue;
    // "families in Kathmandu", "a foreman in Vladivostok": the town where unnamed people are is not who
    // speaks ("officials at the NIS", "sources in the General Staff" are the body's).
    const wherePeople = /\b([a-z]+)\s+(?:in|near|outside)\s+$/.exec(text.slice(0, i));
    if (
      wherePeople?.[1] &&
      (ROLE_HEADS.test(wherePeople[1]) || GROUP_NOUNS.test(wherePeople[1])) &&
      /^\p{Lu}\p{Ll}+$/u.test(s) &&
      guessType(s) === "person"
    )
      continue;
    // "Western estimates": an adjective of place names nobody.
    if (words.every((w) => isPlace(w) || /^(?:Western|Eastern|Foreign|International)$/.test(w))) continue;
    // "Choi Min-jae of South Korea's parliamentary intelligence committee": a person of a body named in
    // common words after a place's possessive.
    const ofOwner = /^(.+?)\s+of\s+(.+[’']s)$/.exec(s);
    const common = text.slice(i + s.length);
    if (
      ofOwner?.[1] &&
      ofOwner[1].includes(" ") &&
      guessType(ofOwner[1]) === "person" &&
      /^\s+[a-z][a-z\s-]*[a-z]$/.test(common)
    ) {
      seqs.push({ s: ofOwner[1], i, end: text.length, affiliation: `of ${ofOwner[2]}${common}` });
      continue;
    }
    if (/[’']s$/.test(s) && i + s.length < text.length) continue; // a possessive qualifies what follows
    // A month or a day ("January's estimate") and a title without its holder ("the Commander") name nobody.
    // "the General Staff of the Armed Forces" is a body, though "General Staff" alone reads as a title.
    const bodyOfBody = guessType(s) !== "person" && /^\s+of\s+the\s+\p{Lu}/u.test(text.slice(i + s.length));
    if (words.every((w) => TIME_OR_TITLE.test(w.replace(/[’']s$/, ""))) && !bodyOfBody) continue;
    // "Volodymyr Zelensky of Ukraine": the place tells where the person is from, it is not the name.
    const ofPlace = /^(.+?)\s+of\s+(\S+)$/.exec(s);
    // A body's place is part of its name ("the Armed Forces of Ukraine").
    if (ofPlace?.[1] && ofPlace[2] && isPlace(ofPlace[2]) && ofPlace[1].includes(" ")) {
      if (guessType(ofPlace[1]) === "person") s = ofPlace[1];
    }
    // "Yoo Ha-eun of Kyungnam University's Institute for Far Eastern Studies": a person of a body.
    const ofBody = /^(.+?)\s+of\s+(.+)$/.exec(s);
    if (
      ofBody?.[1] &&
      ofBody[2] &&
      ofBody[1].includes(" ") &&
      guessType(ofBody[1]) === "person" &&
      guessType(ofBody[2]) !== "person" &&
      // "the Joint Chiefs of Staff": a body whose name ends in words every army has is one name.
      !ofBody[1].split(/\s+/).every((w) => GENERIC_BODY_WORD.test(w.replace(/[’']s$/, "")) || isPlace(w))
    ) {
      seqs.push({ s: ofBody[1], i, end: i + s.length, affiliation: `of ${ofBody[2]}` });
      continue;
    }
    seqs.push({ s, i, ...(outlet ? { type: "outlet" as const } : {}) });
  }
  // "Jenny Town of the Stimson Center": a person of a body is the person, and the body where they
  // work; "the General Staff of the Armed Forces": a body of a body is one name.
  for (let k = seqs.length - 2; k >= 0; k--) {
    const a = seqs[k] as (typeof seqs)[number];
    const b = seqs[k + 1] as (typeof seqs)[number];
    const gap = text.slice(a.i + a.s.length, b.i);
    // ("Choi Min-jae of the Seoul-based Unification Policy Forum": where the body is based stands between.)
    if (!/^\s+(?:of|at|from|for)\s+the\s+(?:\p{Lu}\p{L}*-based\s+)?$/u.test(gap) || /[’']s$/.test(a.s)) continue;
    const bEnd = b.end ?? b.i + b.s.length;
    if (guessType(a.s) === "person") {
      if (guessType(b.s) === "person") continue;
      seqs.splice(k, 2, { s: a.s, i: a.i, end: bEnd, affiliation: `${gap.trim()} ${b.s}` });
    } else if (a.end === undefined) {
      seqs.splice(k, 2, { s: `${a.s}${gap}${b.s}`, i: a.i, ...(b.end === undefined ? {} : { end: b.end }) });
    }
  }
  // "Colonel Marten Ruud of the defence intelligence staff", "lawmaker Choi Min-jae of South Korea's
  // parliamentary intelligence committee": a person of a body the text names in common words is the
  // person, and those words say where they serve.
  const tail = seqs[seqs.length - 1];
  if (tail && tail.end === undefined && guessType(tail.s) === "person") {
    const rest =
      /^\s+((?:of|at|from|with)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s|the|his|her|their)\s+[a-z][a-z\s-]*[a-z])$/u.exec(
        text.slice(tail.i + tail.s.length),
      );
    if (rest?.[1]) {
      tail.end = text.length;
      tail.affiliation = rest[1];
    }
  }
  const last = seqs[seqs.length - 1];
  const nameAtEnd = last !== undefined && (last.end ?? last.i + last.s.length) >= text.length;
  const determinerOnly = /^(?:[Tt]his|[Tt]hat|[Tt]he|[Tt]hese|[Tt]hose)\s+[a-z][a-z\s-]*$/.test(text);
  // "A post shared more than 20,000 times on X since Feb. 3 says": the post, whatever follows it.
  const shared = SHARED_ITEM.exec(text) ?? SHARED_ITEM_ALONE.exec(text);
  // A name it was shared on ("on Telegram", "across X") is where it spread, not who wrote it ("from the ministry").
  if (shared?.[1] && (!last || !/\b(?:from|by)\s+(?:the\s+)?\p{Lu}/u.test(text))) return groupPhrase(shared[1], at);
  // Without a name, a phrase holding a count ("About 11,000 soldiers are in Russia") is a statement.
  if (!last && /\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/.test(text)) return null;
  if (!nameAtEnd && !determinerOnly && (ROLE_HEADS.test(head) || ORG_HEADS.test(head))) {
    const name = text.replace(/^(?:the|some|other|many|several)\s+/i, "");
    return groupPhrase(text, at, name);
  }
  const placeAt = nameAtEnd ? placeNameAt(text, seqs) : -1;
  if (placeAt >= 0) return parseSubject(text.slice(0, placeAt), at, keepTrailing);
  if (last) {
    const before = text
      .slice(0, last.i)
      .replace(/[\s,]+$/, "")
      .replace(/^(?:the|a|an)(?:\s+|$)/i, "");
    // "Dr. Kim of the Asan Institute": an honorific is no part of where someone works.
    const title = last.affiliation && /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(before) ? "" : before;
    // "the Hanbit Unification Forum in Seoul", "Marta Kowalczyk in Warsaw": where a body or a person is,
    // after the name, is no part of the name.
    const placed = /^(.+?)\s+in\s+(\S+)$/.exec(last.s);
    // (No person's name goes on with "in": "Tomasz Wielgus in Gdansk" is the person wherever the town.)
    if (
      placed?.[1] &&
      placed[2] &&
      placed[1].includes(" ") &&
      (isPlace(placed[2]) || (guessType(placed[1]) === "person" && /^\p{Lu}\p{Ll}+$/u.test(placed[2])))
    )
      last.s = placed[1];
    const role = [title, last.affiliation ?? ""].filter((r) => r !== "").join(" ");
    return {
      text,
      start: at,
      name: last.s.replace(/^the\s+/i, ""),
      form: "name",
      role: role === "" ? null : role,
      ...(last.type ? { type: last.type } : {}),
    };
  }
  // "the Ukrainian president", "Ukraine's defence minister", "the president of Ukraine": one
  // country's office describes its holder; who that is comes from the article or the alias file.
  const office =
    /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{Ll}]+\s+)?\p{Lu}[\p{Ll}]+(?:[’']s)?)\s+((?:(?:defen[cs]e|foreign|prime|deputy|vice|first\s+deputy)\s+){0,2}(?:president|minister|leader))$/u.exec(
      text,
    ) ??
    /^(?:[Tt]he\s+)?((?:(?:defen[cs]e|foreign|prime|deputy|vice|first\s+deputy)\s+){0,2}(?:president|minister|leader))\s+of\s+((?:\p{Lu}[\p{Ll}]+\s+)?\p{Lu}[\p{Ll}]+)$/u.exec(
      text,
    );
  if (office?.[1] && office[2]) {
    const [place, title] = /^\p{Lu}/u.test(office[1]) ? [office[1], office[2]] : [office[2], office[1]];
    if (place.split(/\s+/).every(isPlace)) {
      const role = /^\p{Lu}/u.test(office[1]) ? `${place} ${title}` : `${title} of ${place}`;
      return { text, start: at, name: text, form: "description", role };
    }
  }
  // "the then US ambassador", "the British defence secretary": a country's envoy or minister, described.
  const envoyOffice = COUNTRY_OFFICE.exec(text);
  if (envoyOffice?.[1] && envoyOffice[2] && namesCountry(envoyOffice[1]))
    return { text, start: at, name: text, form: "description", role: `${envoyOffice[1]} ${envoyOffice[2]}` };
  const desc = /^(?:[Tt]his|[Tt]hat|[Tt]he|[Tt]hese|[Tt]hose)\s+([a-z][a-z\s-]*)$/.exec(text);
  if (desc && !GROUP_NOUNS.test(text.split(/\s+/).slice(-1)[0] ?? "")) {
    return { text, start: at, name: text, form: "description", role: desc[1] ?? null };
  }
  let group = text.replace(/^(?:the|some|other|many|several)\s+/i, "");
  // "Some estimates put …": estimates without whose they are name nobody.
  if (/^(?:estimates|figures|data)$/i.test(group)) return null;
  // "U.S. officials offered a lower (estimate)": the group ends at its noun; what follows says what it did.
  const groupWords = group.split(/\s+/);
  const headAt = groupWords.findIndex(
    (w, j) =>
      j + 1 < groupWords.length &&
      GROUP_HEAD.test(w) &&
      /^[a-z]/.test(groupWords[j + 1] ?? "") &&
      !GROUP_HEAD.test(groupWords[j + 1] ?? "") &&
      !ROLE_HEADS.test(groupWords[j + 1] ?? ""),
  );
  if (headAt >= 0) group = groupWords.slice(0, headAt + 1).join(" ");
  // "North Korean soldiers are in Russia" is a clause about a group, not a group that speaks.
  if (/\b(?:is|are|was|were|will|would|can|could|have|has|had)\b/i.test(group)) return null;
  if (GROUP_NOUNS.test(group) || BODY_HEAD_WORD.test(group)) {
    return groupPhrase(headAt >= 0 ? text.slice(0, text.indexOf(group) + group.length) : text, at, group);
  }
  return null;
}

/** A body described by a country's possessive: "Ukraine's military intelligence agency", "South Korea's spy agency". */
/** A party after a name ("Lee of the ruling party"): it qualifies the person and never stands in for them. */
const PARTY_OF = String.raw`\s+of the (?:(?:ruling|governing|main|minor|opposition|conservative|liberal|progressive)\s+)*(?:\p{Lu}[\p{L}-]*\s+)*(?:Party|party)`;
const PARTY_AFTER_NAME = new RegExp(`${PARTY_OF}$`, "u");
const PARTY_ANYWHERE = new RegExp(String.raw`${PARTY_OF}\b`, "gu");
const POSSESSIVE_BODY =
  /^(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}.-]*['’]s\s+(?:[a-z-]+\s+){0,3}(?:agency|service|ministry|directorate|office|command|staff|institute|bureau|department|intelligence)$/u;
/** The head of a person's office or trade in an appositive: "defence minister", "chief economist", "military analyst". */
const PERSON_OFFICE_HEAD = String.raw`(?:minister|secretary|ambassador|envoy|representative|spokes(?:man|woman|person)|president|chief|commander|director|head|adviser|advisor|general|deputy|chairman|chairwoman|leader|economist|analyst|researcher|fellow|professor|editor|correspondent|expert|historian)`;
/** An office or a body named by its noun alone ("The spy chief", "the agency", "The minister"). */
const DESCRIBED_OFFICE = new RegExp(
  String.raw`^(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?:${PERSON_OFFICE_HEAD}|agency|ministry|service|spokes(?:man|woman|person)|official)$`,
);
/**
 * A person's office under a country's or a body's possessive: "South Korea's defence minister", "Ukraine's ambassador to
 * the UN", "Samsung's chief economist".
 */
const POSSESSIVE_OFFICE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}.-]*['’]s\s+(?:[a-z-]+\s+){0,3}${PERSON_OFFICE_HEAD}(?:\s+(?:to|at|for|in)\s+(?:the\s+)?\S+(?:\s+\S+){0,3})?$`,
  "u",
);
/** An office or a trade with no article, in lower case: "defence minister", "military analyst at the Asan Institute". */
const BARE_OFFICE = new RegExp(
  String.raw`^(?:[a-z-]+\s+){0,2}${PERSON_OFFICE_HEAD}(?:\s+(?:at|of|for|with|to|in)\s+(?:the\s+)?\S+(?:\s+\S+){0,4})?$`,
  "u",
);

/**
 * An aside on who relays what a subject states, between the subject and its verb: "The agency, a lawmaker said,
 * now estimates", "The NIS, lawmaker Lee told reporters, believes" (the text before the verb ends with it).
 */
const SPEECH_ASIDE = String.raw`[^,;:“”"]{1,60}?\s(?:said|says|report|told\s+(?:reporters|journalists|lawmakers|parliament|the\s+\p{L}+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})|reported|reports|added|noted|wrote)`;
const SPEECH_ASIDE_BEFORE = new RegExp(
  String.raw`\p{L},\s+${SPEECH_ASIDE}\s*,\s+(?:(?:now|also|still|already|currently|previously|earlier)\s+)?$`,
  "u",
);
/** Evidence rather than a source as a subject: "The documents", "The pattern of hospital admissions", "the data". */
const EVIDENCE_SUBJECT =
  /^\s*(?:(?:the|these|those|this|that|its|their|his|her|a|an|such)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:patterns?|documents?|data|figures?|evidence|records?|numbers?|papers?|files?|statistics|intercepts?|photos?|photographs?|images?|footage|lists?|logs?|ledgers?|spreadsheets?|recordings?|leaks?|letters?|receipts?|orders?)\b/iu;
/** The whole of such an aside, as a segment between commas. */
const SPEECH_ASIDE_SEGMENT = new RegExp(String.raw`^${SPEECH_ASIDE}$`, "u");

/** An aside between a speaker and the verb: "asked about the NIS figures", "when asked", "responding to Kyiv". */
const INTERPOSED_ASIDE =
  /^(?:when\s+|after\s+being\s+|if\s+)?(?:asked|questioned|pressed|responding|replying|reacting|commenting|referring)\b/i;

/**
 * Finds the subject phrase that ends just before a verb: walks back over appositives
 * ("X, a former member ..., said") and relative clauses ("X, who served ..., added").
 *
 * @param s The sentence.
 * @param verbStart Offset of the verb (after auxiliaries are stripped).
 * @returns The subject, or null.
 */
export function subjectBefore(s: string, verbStart: number): NounPhrase | null {
  // "Russia on Thursday rejected", "the NIS last week said": when the subject spoke stands between it
  // and its verb.
  const when = SPOKE_WHEN.exec(s.slice(0, verbStart));
  if (when) return subjectBefore(s, when.index);
  const before = s.slice(0, verbStart);
  // Clause breaks: a closing quote, a colon or semicolon, a dash.
  // ("08:15 - Ukraine's defence ministry said": a clock's colon is no break.)
  const colon = /:(?!\d{2}\b)[^:]*$/.exec(before);
  const cut = Math.max(
    before.lastIndexOf("”"),
    before.lastIndexOf(";"),
    colon ? colon.index : -1,
    before.lastIndexOf(" – "),
    before.lastIndexOf("—"),
  );
  const base = cut === -1 ? 0 : cut + 1;
  const segments: { text: string; start: number }[] = [];
  let segStart = base;
  for (let i = base; i <= before.length; i++) {
    const digitComma = before[i] === "," && /\d/.test(before[i - 1] ?? "") && /\d/.test(before[i + 1] ?? "");
    if (i === before.length || (before[i] === "," && !digitComma)) {
      segments.push({ text: before.slice(segStart, i), start: segStart });
      segStart = i + 1;
    }
  }
  // The last segment with words: "X, a European official, said" ends in an empty one.
  const lastSegment = segments.findLastIndex((g) => g.text.trim() !== "");
  for (let k = segments.length - 1; k >= 0; k--) {
    const seg = segments[k];
    if (!seg) continue;
    const t = seg.text.trim();
    if (t === "") continue;
    // "The HUR, asked about the NIS figures, said …", "The Pentagon, when asked, said …": an aside on what
    // the speaker answered stands between the speaker and the verb; whom it names does not speak.
    if (k > 0 && k === lastSegment && INTERPOSED_ASIDE.test(t) && segments[k - 1]?.text.trim()) continue;
    // ("The NIS, lawmaker Lee told reporters, believes …": whoever relays it between commas is not the subject.)
    // (Not "The documents, a Ukrainian official said, indicate …": what documents show, the one who read them says.)
    if (
      k > 0 &&
      k === lastSegment &&
      // (The aside closes with its comma: "…, as some reports claim" has none before the verb.)
      k < segments.length - 1 &&
      SPEECH_ASIDE_SEGMENT.test(t) &&
      segments[k - 1]?.text.trim() &&
      !EVIDENCE_SUBJECT.test(segments[k - 1]?.text ?? "")
    )
      continue;
    // An age between commas ("Park Chol-min, 41, told reporters") qualifies the name before it.
    if (k > 0 && /^\d{1,3}$/.test(t)) continue;
    // "the NIS count is well below Kyiv's, which put casualties at 4,000": "which" is the count of the
    // one named with "'s" right before it, not of the clause's subject.
    if (k > 0 && /^which\b/i.test(t)) {
      const prev = segments[k - 1];
      const owner = prev ? POSSESSOR_AT_END.exec(prev.text) : null;
      if (prev && owner?.[1]) {
        const at = prev.start + (owner.index ?? 0) + owner[0].indexOf(owner[1]);
        const np = isPlace(owner[1]) ? groupPhrase(owner[1], at) : parseSubject(owner[1], at);
        if (np) return np;
      }
      // "Fighting was heavy, according to a Ukrainian drone unit, which said …": "which" is the source
      // "according to" named, never the clause before it.
      const cited = prev ? /^\s*(?:according\s+to|citing|quoting)\s+(\S.*?)\s*$/i.exec(prev.text) : null;
      if (prev && cited?.[1]) {
        const at = prev.start + (cited.index ?? 0) + cited[0].indexOf(cited[1]);
        const np = parseSubject(cited[1], at);
        if (np && np.form !== "pronoun") return np;
      }
      // ("Lindgren cites Ukraine's military intelligence agency, which counts …": "which" is the one cited, the
      // object of the verb of citing, never the clause with its subject.)
      const object = prev
        ? /\b(?:cites|cited|quotes|quoted|relies\s+on|relied\s+on|draws\s+on|drew\s+on|points\s+to|pointed\s+to|refers\s+to|referred\s+to)\s+(\S.*?)\s*$/i.exec(
            prev.text,
          )
        : null;
      if (prev && object?.[1] && /^(?:the\s+)?\p{Lu}/u.test(object[1])) {
        const at = prev.start + (object.index ?? 0) + object[0].indexOf(object[1]);
        const np = parseSubject(object[1], at);
        if (np && np.form !== "pronoun") return np;
      }
      // "The highest estimate we found came from Ukraine's military intelligence agency, which said …":
      // "which" is the body named last, after its preposition, not the clause before it.
      // ("… the one first disclosed by the NIS last October, which said …": the time after the body is no part of it.)
      const prevText = prev
        ? prev.text.replace(
            /\s+(?:(?:last|this|in|on|early|late)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|autumn|spring|summer|winter|(?:19|20)\d\d)\s*$/,
            "",
          )
        : "";
      const named = prev
        ? /\s(?:from|by|with|to)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+[\p{L}.’'-]+){0,5})\s*$/u.exec(prevText)
        : null;
      if (
        prev &&
        named?.[1] &&
        /\s(?:came|comes|come)\s+from\s|\b(?:published|issued|given|released|compiled|disclosed|revealed|reported|announced)\s+by\s/.test(
          prevText,
        )
      ) {
        const at = prev.start + (named.index ?? 0) + named[0].indexOf(named[1]);
        const np = parseSubject(named[1], at);
        if (np && np.form !== "pronoun") return np;
      }
    }
    // "KBS, citing a government source, separately reported": an adverb alone names nobody.
    if (k > 0 && /^[a-z]+ly$/.test(t)) continue;
    // "Ukraine's military intelligence, by contrast, kept …": a linking phrase between commas names nobody.
    if (
      k > 0 &&
      /^(?:by contrast|in contrast|for (?:its|their|his|her) part|however|meanwhile|in turn|too|instead|on the other hand|though|in any case)$/i.test(
        t,
      )
    )
      continue;
    // The segment before, past an age ("Ri Song-chol, 38, a former sergeant, told").
    const prevAt = /^\d{1,3}$/.test(segments[k - 1]?.text.trim() ?? "") ? k - 2 : k - 1;
    // ("Lee Dong-su of the ruling party, the committee's secretary, told": the party qualifies the name.)
    const prevText = (segments[prevAt]?.text.trim() ?? "").replace(PARTY_AFTER_NAME, "");
    // "About 11,000 soldiers are in Russia, a military intelligence official said": an "a/an" phrase
    // right before the verb is an appositive only after a name; after a clause it is the speaker.
    // ("Asked about the gap, an NIS official, who spoke on condition of anonymity, said": the same, before a relative
    // clause on the speaker.)
    const speakerAfterClause =
      k > 0 &&
      (k === lastSegment || (k === lastSegment - 1 && /^\s*who\b/i.test(segments[lastSegment]?.text ?? ""))) &&
      /^(?:an?|(?:one|two|three|some|several)\s+of\s+(?:the|them|those))\s/i.test(`${t} `) &&
      // ("The spy chief, a lieutenant general who has led the agency since 2020, also said": an office named
      // by its noun is the speaker, the "a" phrase after it describes it.)
      // (Not "The unit commander, a Ukrainian officer said, lost …": an "a" phrase right before its verb speaks.)
      !(DESCRIBED_OFFICE.test(prevText) && (k < segments.length - 1 || /\swho\s/.test(t))) &&
      // ("Hundreds of North Korean soldiers have been killed, a Ukrainian commander said": a clause with
      // its own verb is no name, however its words read.)
      (parseSubject(prevText, 0)?.form !== "name" ||
        /\b(?:have|has|had|are|were|is|was|will|would|could|may|might)\s+(?:(?:been|be|now|already|so\s+far)\s+)*\p{Ll}+/u.test(
          prevText,
        ));
    if (
      !speakerAfterClause &&
      k > 0 &&
      /^(?:who|which|whose|where|a|an|the former|also|now|then|himself|herself|one of|including|according|speaking|adding|noting|citing|quoting|referring|writing|responding|answering|replying|declining|asking|requesting|echoing|following|after|during|before|on|in|at|last|earlier|later)\b/i.test(
        t,
      )
    )
      continue;
    // "A report by X, published in April, estimated": a participle's phrase between subject and verb.
    // ("X, citing Y, reported last week that the NIS believes …": a verb with a clause of its own is the
    // main clause, whose subject is the clause's.)
    if (
      k > 0 &&
      /^\w+ed\s+(?:by|in|on|at|last|this|earlier)\b/i.test(t) &&
      !/\bthat\s+(?!(?:same\s+)?(?:morning|afternoon|evening|night|day|week|month|year)\b)\S/i.test(t)
    )
      continue;
    // "The NIS, usually the more cautious source, said": a description opened by an adverb, after a name.
    if (
      k > 0 &&
      k < segments.length - 1 &&
      /^(?:[a-z]+ly|long|often|still|once|by\s+far)\s+(?:the|a|an)\s+[a-z]/.test(t) &&
      parseSubject(prevText, 0)?.form === "name"
    )
      continue;
    // "X, the Y of Z, said", "Budanov, head of Ukraine's military intelligence, said": an appositive after a name.
    // (A phrase right before the verb, with no comma between, is the subject itself.)
    if (
      k > 0 &&
      k < segments.length - 1 &&
      (/^the\s+[a-z]/.test(t) ||
        // "Oleksiy Marchenko, the HUR spokesman, said": a body's name before the office.
        /^the\s+(?:\p{Lu}[\p{L}\d_.’'-]*\s+){1,3}(?:spokes(?:man|woman|person)|head|chief|director|commander|deputy|minister|secretary|chairman|leader|ambassador|official|officer|envoy|representative|press secretary)$/u.test(
          t,
        ) ||
        // "HUR, Ukraine's military intelligence agency, said": a body described by a country's possessive.
        POSSESSIVE_BODY.test(t) ||
        // "Shin Won-sik, South Korea's defence minister, said": a person described by a country's office.
        POSSESSIVE_OFFICE.test(t) ||
        // ("Oleh Sydorenko, defence minister, said", "Jung Min-ho, military analyst at the Asan Institute, said".)
        BARE_OFFICE.test(t) ||
        // ("Catherine Ashdown, the Minister of State, said".)
        /^(?:the\s+)?(?:(?:deputy|vice|first|acting|senior|former)\s+)?(?:head|chief|director|commander|spokes(?:man|woman|person)|deputy|minister|secretary|chairman|leader|ambassador)\s+(?:of|for|to|at)\b/i.test(
          t,
        )) &&
      (/\p{Lu}[\p{Ll}-]+$/u.test(prevText.replace(POST_NOMINAL_AT_END, "")) ||
        /^(?:[Tt]he\s+)?\p{Lu}{2,6}$/u.test(prevText)) &&
      parseSubject(prevText, 0)?.form === "name"
    )
      continue;
    // "A person familiar with Western intelligence assessments said": "with" is part of the speaker.
    if (UNNAMED_NEAR.test(t)) return parseSubject(seg.text, seg.start);
    // "A post shared … since Feb. 3 says": what is said of the post's spread is part of its phrase.
    if (SHARED_ITEM.test(t)) return parseSubject(seg.text, seg.start);
    // "A Russian military blogger with 400,000 followers on Telegram claims": "with" describes the speaker.
    if (ROLE_HEADS.test(DESCRIBED_BY_WHERE.exec(t)?.[2] ?? "")) return parseSubject(seg.text, seg.start);
    // ("A North Korean defector who served as a paymaster in the Korean People's Army, …, said": someone described by a
    // common noun and a relative clause; a clause word inside the relative clause, "as", cuts nothing, and its names
    // do not speak.)
    const describedWho =
      /^\s*((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\p{L}’'-]+\s+){0,4}?\p{Ll}[\p{Ll}’'-]*|[Ss]omeone|[Ss]omebody)\s+who\s+\S/u.exec(
        seg.text,
      );
    if (describedWho?.[1]) {
      // ("A man who said he was a soldier told reporters …": a noun that names no role is described by its whole
      // clause; the words after its "said" are not the speaker.)
      // ("A man who said he was a soldier in the 11th Corps told …": a name inside the clause is not the speaker; a
      // clause with a figure in it, "A man who said Russia had promised him $3,000 a month", names no one.)
      const whole = seg.text.trim();
      const plain = /^\s*(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:man|woman|person)|[Ss]omeone|[Ss]omebody)$/.test(
        describedWho[1],
      );
      if (plain)
        return whole.split(/\s+/).length <= 14 && !/\d/.test(whole.replace(/\b\d+(?:st|nd|rd|th)\b/g, ""))
          ? groupPhrase(whole, seg.start + seg.text.indexOf(whole))
          : null;
      const np = parseSubject(describedWho[1], seg.start + seg.text.indexOf(describedWho[1]));
      if (np) return np;
    }
    // Within the segment, the subject starts after the last clause word.
    const clause =
      // ("By the end of that month the agency": "that" before a time is no clause word.)
      /^(.*\b(?:that(?!\s+(?:same\s+)?(?:day|week|month|year)\b)|considering|while|when|where|whereas|once|until|unless|although|though|and|as|because|with|but|after|since|whom|what|said|says|told|believes|added)\s+)/i.exec(
        // ("the Seimas Committee on National Security and Defence": an "and" inside a body's name cuts nothing.)
        seg.text.replace(BODY_NAME_AND, (m) => m.replace(/and$/, "&nd")),
      );
    // "South Korean and Western intelligence agencies say": "and" inside a list of qualifiers joins, it does not cut.
    // ("Two analysts and a retired general estimate": people counted or described, joined, speak together.)
    const listOfNames =
      /^\s*(?:\p{Lu}[\p{L}.’'-]*,?\s+)+and\s+$/u.test(clause?.[1] ?? "") ||
      (/^\s*(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:analysts|experts|officials|defectors|researchers|diplomats|lawmakers|veterans|analyst|expert|official|defector|researcher|diplomat|lawmaker|veteran)\s+and\s+$/u.test(
        clause?.[1] ?? "",
      ) &&
        // (Not a body named after "and": "Several analysts and Ukraine's military intelligence agency estimate"; "and
        // a retired South Korean general" is one more person.)
        /^\s*\p{Ll}/u.test(seg.text.slice((clause?.[1] ?? "").length)) &&
        parseSubject(seg.text, 0)?.form === "group");
    // "two defectors with contacts in the military told": "with" describes the speakers, it does not cut.
    const withWhom =
      clause?.[1] && /\bwith\s+$/i.test(clause[1]) && WITH_CONTACTS.test(seg.text.slice(clause[1].length - 5).trim())
        ? clause[1]
        : null;
    const before = withWhom ? CLAUSE_WORD_BEFORE.exec(withWhom.replace(/\s*with\s+$/i, " ")) : null;
    const offset = withWhom ? (before?.[1]?.length ?? 0) : clause?.[1] && !listOfNames ? clause[1].length : 0;
    let text = seg.text.slice(offset);
    // "told reporters the agency estimated that …": whom the speaker told is not who estimated.
    if (/\b(?:told|tells|telling)\s+$/i.test(seg.text.slice(0, offset)))
      text = text.replace(TOLD_WHOM, (w) => " ".repeat(w.length));
    // "A defector who served in the army for a decade has disputed": the subject ends before "who".
    const relative = /^(\s*\S.*?)\s+who\s+\S/.exec(text);
    if (relative?.[1] && parseSubject(relative[1], 0)) text = relative[1];
    // ("“Kyiv claims …”": a quote's opening mark is no part of the name.)
    const bare = text.trim().replace(/^[“"‘]+/, "");
    // "Kyiv announced", "Seoul says", "South Korea says", "the United States said": a capital or
    // country speaking stands for its government.
    const country = bare.replace(/^the\s+/i, "");
    const np =
      parseSubject(text, seg.start + offset) ??
      ((/^(?:\p{Lu}[\p{Ll}]+\s+){0,2}\p{Lu}[\p{Ll}]+$/u.test(country) && country.split(/\s+/).every(isPlace)) ||
      /^(?:US|U\.S\.|UK|U\.K\.)$/.test(country) ||
      STATE_NAMES.test(country)
        ? groupPhrase(bare, seg.start + offset + text.indexOf(bare))
        : null);
    if (np) {
      // An appositive right after the name gives its role: "X, a former member of ..., said".
      const next = segments[k + 1];
      if (
        np.form === "name" &&
        np.role === null &&
        next &&
        (/^\s*(?:a|an|the)\s+/i.test(next.text) ||
          POSSESSIVE_BODY.test(next.text.trim()) ||
          POSSESSIVE_OFFICE.test(next.text.trim()) ||
          BARE_OFFICE.test(next.text.trim()))
      ) {
        return { ...np, role: next.text.trim() };
      }
      // "Ukraine's military intelligence agency, HUR, said": the description before the name is its role.
      const prev = segments[k - 1]?.text.trim() ?? "";
      if (np.form === "name" && np.role === null && k === lastSegment && k === 1 && POSSESSIVE_BODY.test(prev)) {
        return { ...np, role: prev };
      }
      return np;
    }
    return null;
  }
  return null;
}

/**
 * Where a source named after a marker ends: at the first stop, reading initials ("U.S.") as part of
 * the name and a list of qualifiers ("U.S., South Korean and Ukrainian officials") as one phrase.
 *
 * @param after The text after the marker.
 * @param stop What ends a source.
 * @returns Offset of the end, or -1 when the text runs to its end.
 */
function sourceEnd(after: string, stop: RegExp): number {
  // Initials and the abbreviated titles before names ("Rep.", "Gen.") do not end a source.
  const masked = after
    .replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, "_"))
    .replace(/\b(?:Rep|Sen|Gen|Lt|Col|Capt|Maj|Sgt|Dr|Mr|Mrs|Ms|Prof|St|Gov|Amb)\./g, (m) => m.replace(".", "_"));
  const end = masked.search(stop);
  if (end === -1 || masked[end] !== ",") return end;
  const list =
    /^,\s+(?:\p{Lu}[\p{L}_]*\s+)*\p{Lu}[\p{L}_]*(?:,\s+(?:\p{Lu}[\p{L}_]*\s+)*\p{Lu}[\p{L}_]*)*,?\s+and\s+[^,;:.”"]*/u.exec(
      masked.slice(end),
    );
  if (!list) return end;
  const rest = masked.slice(end + list[0].length).search(stop);
  return rest === -1 ? -1 : end + list[0].length + rest;
}

/**
 * The subject of a sentence's first verb in the past, when the text from that verb to the end of
 * `before` is one clause ("Russia's defence ministry thanked the comrades but called …"): who a verb
 * joined to it by "and" or "but" speaks for.
 *
 * @param s The sentence.
 * @param before The sentence up to the joined verb.
 * @returns The subject, or null.
 */
function firstVerbSubject(s: string, before: string): NounPhrase | null {
  // ("… about 1,100; Pentagon spokesman Patrick Ryder declined to give a number but said …": the first verb of the
  // verb's own clause, after the last semicolon or colon.)
  const start = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  const verb = /\s(?:[a-z]+ed|said|told|gave|put|thought|sent|wrote)\s/.exec(before.slice(start));
  if (!verb || /[.;:]|\b(?:that|who|which|whom|because|while|when|if|where)\b/i.test(before.slice(start + verb.index)))
    return null;
  return subjectBefore(s, start + verb.index + 1);
}

/** Where a clause of its own begins, before a verb: "…, which", "…, who", "… and said". */
// ("rejected both estimates, saying his own sources put the dead at 1,200": what the participle says is
// the speaker's own, not what was rejected.)
// ("Kyiv rejects both counts: Ukraine's defence intelligence says at least 15,000 …": after a colon, a
// speaker's own words.)
// (", Kyiv says 11,000 …" after "Kremlin dismisses reports … as 'fake'": another speaker's clause after a comma.)
const CLAUSE_START =
  /[.;:]|,\s+(?:which|who|whom|and|but|while|whereas|saying|adding|arguing|insisting|when|after|before)\b|\s(?:and|but)\s|,\s+(?=(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+(?:says|said|claims|claimed|estimates|estimated|reports|reported)\s)/giu;
/**
 * Questions or calls someone answers, takes or rejects, and a poll's question ("the pay question reflected …"):
 * nouns, not a doubt about a figure; and a speaker
 * who is questioned ("Questioned by MPs, …", "under questioning from", "in response to a question from"); and
 * a doubt denied ("had no reason to doubt the South Korean numbers", "did not dispute the figure").
 */
const NOT_A_DOUBT =
  /\b(?:the|this|that)\s+(?:[a-z-]+\s+)?question\s+(?:reflected|reflects|showed|shows|asked|asks|was|is|about|of|on)\b|\b(?:answer(?:s|ed|ing)?|refer(?:s|red|ring)?|took|takes?|taking|field(?:s|ed|ing)?|fend(?:s|ed|ing)?|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\s+(?:\w+\s+){0,2}?(?:questions|calls|requests|demands|appeals|offers)\b|\bquestioned\s+(?:\w+\s+)?by\b|\b(?:under|during|after|in)\s+(?:(?:close|sharp|tough|further|later)\s+)?(?:questioning|cross-examination)\b|\b(?:in\s+(?:response|reply|answer)|responding|replying)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?questions?\b|\bquestions?\s+(?:from|by|put\s+by)\b|\b(?:the|a|this|that)\s+(?:same\s+)?question\s+(?:was|is|of|again)\b|\bdiscuss(?:es|ed|ing)?\s+the\s+question\b|\b(?:no\s+(?:reason|grounds|cause)\s+to|(?:do|does|did|would|could)\s+not|(?:don|doesn|didn|wouldn|couldn)['’]t|never)\s+(?:(?!(?:just|only|merely|simply)\b)\w+\s+)?(?:doubt|question|dispute|challenge|contest)(?:s|ed|ing)?\b/gi;
/** The same, starting at a verb ("rejected calls for a ceasefire"). */
const NOT_A_DOUBT_AT = new RegExp(`^(?:${NOT_A_DOUBT.source})`, "i");

/**
 * Whether a doubt word stands near a verb in the verb's own clause ("Chung expressed skepticism over
 * claims that …", "dismissed the figure"): never in a clause before it ("…, which last month
 * estimated"), and never in questions or calls someone answers or rejects.
 *
 * @param s The sentence.
 * @param at The verb's offset.
 * @returns True when the speaker doubts something there.
 */
function doubtNear(s: string, at: number): boolean {
  const start = Math.max(0, at - 80);
  let from = start;
  // (Read a little past the verb, so that a clause opened by a speaker sees its own verb.)
  for (const m of matchesOf(s.slice(start, at + 12), CLAUSE_START))
    if (start + m.index + m[0].length <= at) from = start + m.index + m[0].length;
  const right = s.slice(at, at + 40).split(/[.;]/)[0] ?? "";
  // ('the ministry had "no evidence" that …': a verdict in quotation marks is still a verdict.)
  return DISPUTE_RE.test((s.slice(from, at) + right).replace(/[“”"]/g, " ").replace(NOT_A_DOUBT, " "));
}

/** An audience opening its clause before "told": "MPs ", "Lawmakers ", "Senate committee ". */
const TOLD_AUDIENCE_BEFORE =
  /(?:^|[,;:]\s*)\W*(?:(?:US|UK|EU|UN|Senate|House|parliamentary|defence|defense|intelligence|foreign\s+affairs)\s+)?(?:MPs|lawmakers|legislators|senators|congressmen|parliamentarians|committee|parliament|peers|councillors)\s+$/i;
/** What a passive "told" goes on with: the content, not whom it was told to ("that …", "up to 15,000 …"). */
const TOLD_CONTENT_AFTER =
  /^\s+(?:that\s|(?:about|around|some|roughly|nearly|almost|up\s+to|as\s+many\s+as|more\s+than|over|at\s+least)\s|[$€£₩]?\d|North\s+Korea|Pyongyang\b|Russia\b|Moscow\b)/;

/** A name and an age between commas, right before a verb: "Nakatani, 67, ", "Kim Min-jun, 45, ". */
const AGED_NAME_BEFORE =
  /(?:^|[.;:]\s+|\b(?:and|but|while)\s+)((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+\d{1,3},\s*$/u;

/** Speech verbs that are nouns too: "claims", "an estimate", "reports". */
const NOUN_FORMS = /^(?:claims?|estimates?|reports?|notes?|remarks?|counts|tallies)$/i;

/**
 * "the South Korean intelligence ", "the NIS ": "the" and up to three words ending in a singular noun, not after
 * "and", a preposition or a participle ("Analysts tracking the fighting estimate" speak), before a bare "claim", "estimate" or "report" that is then a noun.
 */
const THE_SINGULAR_BEFORE =
  /(?<!\b(?:(?:and|or|at|of|in|from|for|with|on|to|by|within|inside|across|among|around|along|near|about|behind|beside|besides|under|over|against|without|outside|toward|towards|through|into|onto|upon|via|like|after|before|since|than|beyond|below|above|between|opposite|close\s+to|next\s+to)|[a-z]+ing)\s+)\b[Tt]he\s+(?:(?!(?:and|or|of|who|which|that|two|three|four|five|six|several|many|few|both|other|remaining)\s)[\p{L}’'.-]+\s+){0,2}(?!(?:people|police|media|press|public|staff|personnel|crew|men|women|children)\s+$)[\p{L}’'.-]*(?:[^\Ws]|ss)\s+$/u;

/**
 * Finds every place where a sentence credits someone.
 *
 * @param s The sentence.
 * @param openQuoteAtStart Whether the sentence begins inside a quotation.
 * @returns Speech acts in order of position.
 */
export function findSpeechActs(s: string, openQuoteAtStart = false): SpeechAct[] {
  const inQuote = quoteMap(s, openQuoteAtStart);
  const acts: SpeechAct[] = [];
  const disputes = (upTo: number): boolean => doubtNear(s, upTo);

  // Markers whose source follows them: "according to X", "a briefing by X", "a figure reported by X".
  const markers = [
    { re: ACCORDING_RE, method: "according-to", stop: /[,;:.”"(–—]|\s+(?:that|who|which)\s/, keep: true },
    // "lawmakers briefed by the spy agency put the figure at …": the agency's phrase ends at the verb.
    // ("briefed by the NIS at a closed-door session of the Intelligence Committee": and where it briefed.)
    { re: BRIEFING_RE, method: "briefing", stop: BRIEFING_STOP, keep: false },
    { re: RELAYING_RE, method: "briefing", stop: BRIEFING_STOP, keep: false },
    // "the 10,000 troops cited by Washington were a fantasy": the agent's phrase ends at the main verb.
    {
      re: AGENT_RE,
      method: "passive-agent",
      stop: AGENT_STOP,
      keep: false,
    },
    // "The death toll was put at about 1,100 by the Pentagon", "… was estimated at 1,100 by the JCS in late
    // March": the agent after the figure a passive puts a count at.
    { re: PUT_AT_BY_RE, method: "passive-agent", stop: AGENT_STOP, keep: false },
    // "by the Meridian Review's calculation", "by Reuters' count": whose arithmetic or count it is.
    // ("By her count, …": the pronoun and its noun, up to the comma.)
    { re: BY_OWN_COUNT_RE, method: "according-to", stop: /['’]s?\s+(?:own\s+)?[a-z]+\b|,/, keep: true },
    // "Yonhap quoted a JCS official as saying that …": the one quoted speaks.
    { re: QUOTED_AS_RE, method: "according-to", stop: /\s+as\s+(?:saying|telling|estimating|stating)\b/, keep: false },
    // "There were reports that they are paid $2,000 a month": the reports are the source, not the writer.
    { re: THERE_WERE_REPORTS_RE, method: "according-to", stop: /\s+(?:that|of)\b/, keep: true },
    // "The Herald has learned from two European diplomats that …": who told the outlet is the source.
    { re: LEARNED_FROM_RE, method: "according-to", stop: /[,;:.”"(–—]|\s+(?:that|who|which)\s/, keep: false },
  ] as const;
  for (const { re, method, stop, keep } of markers) {
    // The owner of a count ("by the Review's calculation") only where such a noun follows a possessive.
    if (re === BY_OWN_COUNT_RE && !OWN_COUNT_NOUN.test(s)) continue;
    for (const m of matchesOf(s, re)) {
      // ("dismissed reports that 12,000 … were fighting as a “fabrication” spread by Western intelligence services":
      // whom a denial blames for a falsehood is no source of the figure.)
      if (
        method === "passive-agent" &&
        /\b(?:as|call(?:ed|ing|s)?\s+(?:them|it|the\s+\w+))\s+(?:an?\s+|pure\s+|mere\s+|western\s+)?["“‘']?(?:fabrications?|fakes?|fake\s+news|lies|lie|propaganda|provocations?|disinformation|hoax(?:es)?|myths?|fictions?|falsehoods?|smears?|fantas(?:y|ies)|nonsense)\s*["”’']?\s*$|["“‘'](?:fabrications?|fakes?|fake\s+news|lies|propaganda|disinformation|hoax|nonsense)["”’']\s*$/i.test(
          s.slice(Math.max(0, m.index - 40), m.index),
        )
      )
        continue;
      const after = s.slice(m.index + m[0].length);
      const end = sourceEnd(after, stop);
      // "citing a source in Ukraine's General Staff": an unnamed source goes on past "in" to where it is.
      const whole = /^[^,;:.”"(–—]*/.exec(after)?.[0] ?? "";
      const said = UNNAMED_IN.test(whole) ? whole : end === -1 ? after : after.slice(0, end);
      // ("according to the agency's latest estimate": whose estimate it is.)
      const whose =
        re === ACCORDING_RE
          ? /^(\s*(?:the\s+)?[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,3}?)['’]s\s+(?:(?:latest|new|own|official|previous|earlier|most\s+recent|revised|updated|final|first)\s+)*(?:estimates?|figures?|counts?|tally|tallies|assessments?|calculations?)\s*$/u.exec(
              said,
            )
          : null;
      const phrase = whose?.[1] ?? said;
      // "according to estimates by Seoul": the source is whose estimates they are; a capital or a
      // country stands for its government.
      const owner =
        /^((?:the\s+)?(?:latest\s+|new\s+)?(?:estimates?|figures?|data|reports?|assessments?)\s+(?:by|from|of)\s+)(\p{Lu}[\p{Ll}]+)\s*$/u.exec(
          phrase,
        );
      const np =
        (method === "passive-agent" || re === ACCORDING_RE || re === BY_OWN_COUNT_RE) &&
        phrase.trim() !== "" &&
        phrase
          .trim()
          .split(/\s+/)
          .every((w) => isPlace(w) && /^\p{Lu}/u.test(w))
          ? // "the figure reported in Seoul", "according to Seoul", "By Kyiv's count": the capital stands for
            // its government.
            groupPhrase(phrase.trim(), m.index + m[0].length + (phrase.length - phrase.trimStart().length))
          : owner?.[1] && owner[2] && isPlace(owner[2])
            ? groupPhrase(owner[2], m.index + m[0].length + owner[1].length)
            : parseSubject(phrase, m.index + m[0].length, keep);
      // "citing a lawmaker on the intelligence committee, Rep. Baek Jin-ho": the name the description is
      // given after a comma is who is cited ("According to the deputy, Lee Seong-kweun, …" too).
      const named =
        np && (/^(?:an?|one)\s/i.test(phrase.trim()) || /^the\s+(?:[a-z-]+\s+){0,3}?[a-z-]+$/.test(phrase.trim()))
          ? /^[^,;:.]*,\s*((?:(?:Rep|Sen|Dr|Mr|Ms|Mrs|Prof|Gen|Col|Lt)\.?\s+)?\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)*){1,2})\s*(?:[,.;]|$)/u.exec(
              after,
            )
          : null;
      const appositive = named?.[1] ? parseSubject(named[1], m.index + m[0].length + named[0].indexOf(named[1])) : null;
      // "according to a copy seen by reporters", "documents reviewed by this newspaper": the writer's own
      // reporters saw it, and the phrase names no source.
      if (
        /^(?:an?\s+|the\s+)?(?:copy|copies|documents?|files?|records?|drafts?|figures|data|papers?|estimates?|statistics|numbers)\s+(?:seen|obtained|reviewed|examined|viewed)\s+by\s+(?:our\s+|its\s+|the\s+)?(?:reporters?|journalists?|correspondents?|us|this\s+(?:newspaper|paper|outlet|website|site|agency)|the\s+(?:newspaper|paper|outlet))\s*$/i.test(
          phrase.trim(),
        )
      )
        continue;
      // "according to a document seen by Meridian Daily", "documents obtained by Reuters": the document is
      // the source, which the site cannot name; the outlet only saw it.
      const seenBy = SEEN_BY_OUTLET.exec(phrase.trim());
      const source: NounPhrase | null = seenBy?.[1]
        ? {
            text: seenBy[1],
            start: m.index + m[0].length + phrase.indexOf(seenBy[1]),
            name: seenBy[1],
            form: "description",
            role: null,
          }
        : appositive?.form === "name"
          ? appositive
          : np;
      // "according to" is kept even without a source the grammar can name; the others need one.
      if (!source && method !== "according-to") continue;
      // ("The latest figure, from Kursk, is 1,250": where the fighting is, no one who gives a figure; a capital
      // or a country, "from Seoul", stands for its government.)
      if (
        re === ACCORDING_RE &&
        /,\s+(?:from|by)\s+$/.test(m[0]) &&
        source &&
        source.name.split(/\s+/).every((w) => isPlace(w) && !GOVERNMENT_PLACES.has(w.toLowerCase()))
      )
        continue;
      // "citing intelligence shared with Oslo": material someone received names no source; the
      // speaker who cites it stays the source.
      // ("citing Ukrainian body counts and NIS figures": what a speaker works from, several inputs, is no one
      // source of the figure.)
      if (
        method === "briefing" &&
        (SHARED_MATERIAL.test(after) || CITED_MATERIAL_ONLY.test(after) || CITED_SEVERAL_INPUTS.test(after))
      )
        continue;
      // "citing the news agency Yonhap, which in turn cited the National Intelligence Service": the last
      // link is the source; the ones in between relay it (`through`).
      let cited = source;
      const through: NounPhrase[] = [];
      // "citing lawmakers briefed by the NIS": the ones cited pass on a briefing, whose giver is the source.
      const briefedBy =
        method === "briefing" && /^(?:citing|quoting)\s/i.test(m[0]) ? CITED_BRIEFED_BY.exec(phrase) : null;
      const briefer = briefedBy?.[1]
        ? parseSubject(briefedBy[1], m.index + m[0].length + phrase.length - briefedBy[1].length)
        : null;
      if (briefer && briefer.form !== "pronoun") cited = briefer;
      // ("According to The Kyiv Independent, which cites HUR, …": the same chain after "according to".)
      if (method === "briefing" || method === "according-to") {
        let rest = after.slice(phrase.length);
        let offset = m.index + m[0].length + phrase.length;
        for (let link = IN_TURN_CITED.exec(rest); link; link = IN_TURN_CITED.exec(rest)) {
          const next = rest.slice(link[0].length);
          const stopAt = sourceEnd(next, stop);
          const nextPhrase = stopAt === -1 ? next : next.slice(0, stopAt);
          const np = parseSubject(nextPhrase, offset + link[0].length);
          if (!np || np.form === "pronoun") break;
          if (cited) through.push(cited);
          cited = np;
          offset += link[0].length + nextPhrase.length;
          rest = next.slice(nextPhrase.length);
        }
      }
      // ("was put at about 1,100 by the Pentagon": the agent's "by" stands after the figure, as a "said" after it would.)
      const byAfter = re === PUT_AT_BY_RE ? m[0].lastIndexOf("by") : -1;
      acts.push({
        verb: method === "according-to" && re === ACCORDING_RE ? "according to" : byAfter >= 0 ? "by" : m[0].trim(),
        verbStart: byAfter >= 0 ? m.index + byAfter : m.index,
        subject: cited,
        ...(through.length > 0 ? { through } : {}),
        method,
        insideQuote: inQuote(m.index),
        disputes: false,
        inverted: true,
      });
    }
  }
  for (const m of matchesOf(s, SPEECH_RE)) {
    const verb = m[1] ?? "";
    const verbStart = m.index + m[0].length - verb.length;
    // "the United States" names no one who states.
    if (verb === "States" && /\bUnited\s+$/.test(s.slice(0, verbStart))) continue;
    // "MPs told up to 15,000 North Koreans have served": a headline's passive, the audience told, no one who tells.
    if (
      /^told$/i.test(verb) &&
      TOLD_AUDIENCE_BEFORE.test(s.slice(0, verbStart)) &&
      TOLD_CONTENT_AFTER.test(s.slice(m.index + m[0].length))
    )
      continue;
    // ("Budanov was publicly estimating …": a progressive, not a passive.)
    if (PASSIVE_BEFORE.test(s.slice(0, m.index)) && !/ing$/i.test(verb)) continue;
    // "- Soldiers counted: 10,000", "Best available estimates: 2,000 to 3,500": a list label, not a speaker's verb.
    if (
      (/^(?:counted|counts|tallied|estimated|reported|confirmed|claimed)$/i.test(verb) ||
        (/^(?:estimates|reports|claims)$/i.test(verb) &&
          /\b(?:available|official|latest|best|current|recent|other|independent)\s+$/i.test(s.slice(0, verbStart)))) &&
      /^\s*:\s*(?:(?:about|around|some|at least|up to|more than|nearly|over)\s+)?[$£€₩]?\d/i.test(
        s.slice(m.index + m[0].length),
      ) &&
      /^[\s*•–-]*[\p{L}’' ]{1,40}$/u.test(s.slice(0, verbStart))
    )
      continue;
    // "to claim their earnings" is an infinitive; "media reports", "the claims" are nouns.
    // (A past tense after "to" ends a phrase: "a second official I spoke to thought".)
    // ("defectors we've spoken to say": "to" ends "spoken to", not an infinitive.)
    if (
      /\bto\s+$/i.test(s.slice(0, m.index)) &&
      !/\b(?:spoke|spoken|talked|talking|speaking|listened|wrote|written)\s+to\s+$/i.test(s.slice(0, m.index)) &&
      !/(?:ed|ought|aid|old|ote)$/i.test(verb)
    )
      continue;
    // "the reported pay", "an estimated 11,000", "its revised count": a participle after a determiner
    // describes a noun; nobody speaks.
    if (
      /ed$/i.test(verb) &&
      /\b(?:the|a|an|its|their|his|her|this|that|these|those|our)\s+$/i.test(s.slice(0, m.index))
    )
      continue;
    // ("Kyodo News reports that …": an outlet's own "News" is part of its name.)
    if (
      /^(?:reports?|claims?|estimates?|notes?|remarks?|counts|tallies)$/i.test(verb) &&
      (/\b(?:media|news|press|the|these|those|such|recent|some|many|of|his|her|their|its|our|official|unconfirmed|casualty|body|death|head|vote|first|latest|early|earlier|initial|new|several|multiple)\s+$/i.test(
        s.slice(0, m.index),
      ) ||
        // "The most careful estimate", "the highest estimate", "a very rough count": a degree or a superlative
        // before it makes a noun.
        /\b(?:the|a|an|its|their|his|her|our|this|that)\s+(?:(?:most|least|more|less|very|rather|fairly|quite)\s+[\p{L}-]+(?<!ly)|latest|highest|lowest|best|worst|biggest|largest|smallest|newest|oldest|earliest|safest|closest|widest|broadest|roughest|clearest|firmest|soundest|surest|grimmest|starkest)\s+$/iu.test(
          s.slice(0, m.index),
        ) ||
        // "the Pentagon's estimate", "Reuters' reports": a possessive makes a noun.
        // ("the agency's own estimate", "Seoul's latest estimate".)
        /\p{L}(?:['’]s|s['’])\s+(?:(?:own|latest|new|earlier|official|revised|initial|previous|internal|private|classified|confidential|secret|public|current|central|best|working)\s+)*$/u.test(
          s.slice(0, m.index),
        )) &&
      !(/\p{Lu}[\p{L}.]*\s+News\s+$/u.test(s.slice(0, m.index)) && /^\s+that\b/.test(s.slice(m.index + m[0].length)))
    )
      continue;
    // "rejected a Ukrainian estimate that …", "an early report that …": a singular article before the bare
    // form makes a noun, which no subject of its own could be ("a few analysts estimate" is plural and speaks,
    // and so does "A Pentagon official and an NIS analyst estimate").
    // "rejected reports that …", "dismissing claims that …": after a verb that takes them, the word is its
    // object ("Analysts tracking the fighting estimate …" still speak).
    // ("The two soldiers captured claim that …", "officials interviewed estimate": a plural subject's bare verb;
    // "in its daily briefing estimates", "this morning reports": a noun before it, not a verb.)
    // ("An official who asked not to be named estimates", "A researcher who is widely respected notes": the
    // participle ends a clause about the subject, whose verb it is.)
    const lead = s.slice(0, m.index);
    // ("declined to comment on South Korean intelligence reports that …", "asked about Ukrainian claims that …": what
    // someone comments on or is asked about is a noun.)
    if (
      /^(?:estimates|reports|claims)$/i.test(verb) &&
      /\b(?:comment(?:s|ed|ing)?|respond(?:s|ed|ing)?|react(?:s|ed|ing)?|asked|questioned|pressed)\s+(?:on|about|to|over)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(
        lead,
      )
    )
      continue;
    if (
      /^(?:estimates|reports|claims|notes|remarks)$/i.test(verb) &&
      /(?<!\b(?:the|a|an|this|that|its|their|his|her|our|each|every)\s+(?:[\w-]+\s+)?)\b[a-z]{2,}(?:ed|ing)\s+$/.test(
        lead,
      ) &&
      // ("Lawmakers who were briefed cited leaked reports that …": a verb and a participle before the word.)
      (/\b[a-z]+(?:ed|ing)\s+[a-z]+(?:ed|ing)\s+$/.test(lead) || !/\bwho\b[^,.;]*$/i.test(lead)) &&
      !/\b(?:is|was|are|were|be|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|ing)\s+$/i.test(lead)
    )
      continue;
    if (
      /^(?:estimate|report|claim|note|remark)$/i.test(verb) &&
      /(?<!\band\s+)\b(?:a|an)\s+(?!(?:few|couple|lot|handful|dozen|number|majority|group|team|pair)\b)(?:(?!(?:of|and|or)\s)[\p{L}’'.-]+\s+){1,2}$/iu.test(
        lead,
      )
    )
      continue;
    // ("It also questioned the South Korean intelligence claim that …", "the NIS estimate that …": after "the", a
    // bare form whose words before it end in a singular noun is a noun too; "the analysts estimate" speaks, and so
    // do "officials at the agency estimate" and "the Pentagon and the NIS estimate".)
    if (/^(?:estimate|report|claim|note|remark)$/i.test(verb) && THE_SINGULAR_BEFORE.test(lead)) continue;
    // ("Deputy minister walks back claim that 40,000 …", "retracts his claim that …": the object of a verb, a noun.)
    if (
      /^(?:estimates?|reports?|claims?|figures?)$/i.test(verb) &&
      /\b(?:walks?|walked|walking)\s+back\s+(?:(?:his|her|its|their|the|a|an|earlier)\s+)*$|\b(?:retract|withdr[ae]w|repeat|revis|correct)\w*\s+(?:(?:his|her|its|their|the|a|an|earlier)\s+)*$/i.test(
        lead,
      )
    )
      continue;
    // ("a figure broadly in line with Ukrainian estimates", "Western claims": after an adjective of a country or of
    // time, a noun; an adjective says nobody.)
    // ("Ukrainian reports that about 4,000 … had died" still name their source.)
    if (
      NOUN_FORMS.test(verb) &&
      !/^\s+(?:that|of|which|saying|suggesting)\b/i.test(s.slice(verbStart + verb.length)) &&
      /\b(?:Ukrainian|Russian|(?:South|North)\s+Korean|Korean|American|Western|Japanese|Chinese|British|European|official|independent|earlier|previous|latest|recent|other|initial|conflicting|competing|differing|unofficial|media|press)\s+$/.test(
        lead,
      )
    )
      continue;
    if (/^by\b/i.test(s.slice(verbStart + verb.length).trim())) continue;

    // "a force estimated at 10,000 troops", "losses put at 3,000": a participle that sizes a noun, not
    // someone's speech ("The agency estimated at least 3,000" is).
    if (
      /^(?:estimated|put|placed|reckoned)$/i.test(verb) &&
      /^\s+at\s+(?!least\b|most\b)/i.test(s.slice(verbStart + verb.length))
    )
      continue;
    // "called Western and Ukrainian reports of thousands of dead propaganda": a noun with "of" after it.
    if (
      /^(?:reports|claims|estimates|counts|tallies)$/i.test(verb) &&
      /^\s+of\b/i.test(s.slice(verbStart + verb.length))
    )
      continue;
    // "The best available estimate is about 14,000": a noun before its own verb, not a speech verb.
    if (
      /^(?:reports?|claims?|estimates?|notes?|remarks?|counts?|figures?)$/i.test(verb) &&
      /^\s+(?:is|was|are|were|remains?|stands?|puts?|suggests?|suggested|emerged|surfaced|appeared|indicated|showed)\b/i.test(
        s.slice(verbStart + verb.length),
      )
    )
      continue;
    // "which adds up to $40 million", "added up to": arithmetic, not speech.
    if (/^add(?:s|ed)?$/i.test(verb) && /^\s+up\b/i.test(s.slice(verbStart + verb.length))) continue;
    // "Peninsula Wire could not confirm a Daily Express report that …", "could not confirm the figure": another's
    // claim a source cannot confirm is not its figure ("has not confirmed 3,000 deaths, but it has confirmed
    // about 1,100" still speaks).
    if (
      /^confirm(?:s|ed)?$/i.test(verb) &&
      /\b(?:not|n['’]t|never|cannot|unable\s+to)\s+(?:(?:be\s+able\s+to|yet|independently|immediately|officially|publicly)\s+)*$/i.test(
        s.slice(0, verbStart),
      ) &&
      /^\s+(?:(?:a|an|the|any|such|these|those|this|that|its|their)\s+)?(?:[\w’'$€£₩₽,.-]+\s+){0,3}?(?:reports?|claims?|figures?|estimates?|accounts?|numbers?|tolls?|tally)\b/i.test(
        s.slice(verbStart + verb.length),
      ) &&
      // ("could not confirm reports of casualties but estimated that about 500 …": the speaker goes on.)
      !/\bbut\b/i.test(s.slice(verbStart))
    )
      continue;
    // "raised its estimate of casualties to about 4,000" gives a figure; "raised concerns" does not.
    if (
      /^(?:raised|raises|lowered|lowers|revised|revises|updated|updates)$/i.test(verb) &&
      // ("has revised down its estimate of …": the particle may come first.)
      // ("raised its casualty estimate to about 4,700", "revised its death toll": the noun's own words between.)
      // ("Ukraine raises estimate of … to 5,000": a headline leaves the article out.)
      !/^\s+(?:(?:up|down|upward|upwards|downward|downwards)\s+)?(?:(?:its|their|his|her|the)\s+)?(?:own\s+|latest\s+|official\s+)?(?:(?:N\.\s?|North\s+)Korean\s+)?(?:(?:casualty|death|troop|loss|losses|deployment|combined|total)\s+)?(?:estimates?|figures?|counts?|tally|toll|assessments?|projections?)\b/i.test(
        s.slice(verbStart + verb.length),
      ) &&
      // ("HUR has since revised this figure to 4,000": the figure the text gave before, when no one after it
      // says so: "He later revised that figure to 3,850, his office said" is the office's account.)
      !(
        /^\s+(?:this|that)\s+(?:figure|estimate|count|number|toll|tally)\b/i.test(s.slice(verbStart + verb.length)) &&
        !/,\s+[^,;]{1,40}?\s(?:said|says|reported|reports|added|adds|announced|stated)\b/i.test(s.slice(verbStart))
      )
    )
      continue;
    // "puts the toll at 3,000", "put them at 4,700 killed and wounded" give a figure; "put on the front
    // line" does not.
    if (
      /^(?:puts?|putting|placed|places|placing|pegs?|pegged)$/i.test(verb) &&
      !/^\s+(?:it\s+at\s+(?!risk\b|stake\b|odds\b|issue\b|the\s+(?:front|border|centre|center|heart)\b)|them\s+at\s+(?=(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|no\s+more\s+than|fewer\s+than|less\s+than|close\s+to|an\s+estimated|between|just)\s+)*(?:[$€£₩₽]?\d|several\b|a\s+few\b|hundreds\b|thousands\b|dozens\b|tens\s+of\b))|(?:the\s+|its\s+|their\s+)?(?:(?:size|scale|strength|number)\s+of\s+(?:the\s+|its\s+|their\s+)?)?(?:[\w'’.-]+\s+){0,4}?(?:number|toll|figure|total|count|tally|losses|casualties|dead|deaths|killed|wounded|injured|troops|soldiers|deployment|presence|contingent|force|strength|cut|share|payments?|pay|salary|salaries|wages?|rates?|sum|amount|income|revenues?|earnings|proceeds|costs?|value)\s+(?:[\w'’-]+,?\s+){0,8}?(?:at\s+(?!risk\b|stake\b|odds\b|issue\b|the\s+(?:front|border|centre|center|heart)\b)|(?:(?:no|not)\s+)?(?:above|over|below|under|beyond|(?:higher|more|greater|lower|less|fewer)\s+than)\s+(?=[$€£₩₽]?\d)))/i.test(
        s.slice(verbStart + verb.length),
      )
    )
      continue;
    const before = s.slice(0, m.index);
    const afterVerb = s.slice(verbStart + verb.length);
    // ("Nakatani, 67, said Japan's forces had not …": a name with its age between commas speaks; what follows the
    // verb is what was said.)
    const aged = AGED_NAME_BEFORE.exec(before);
    const agedName = aged?.[1] ? parseSubject(aged[1], aged.index + aged[0].indexOf(aged[1])) : null;
    // ("Kim Chol, 24, said to be a sniper": a passive says something of him, and he says nothing.)
    if (agedName?.form === "name" && !inQuote(verbStart) && !/^\s+(?:to\s+(?:be|have)|by)\b/i.test(afterVerb)) {
      acts.push({
        verb,
        verbStart,
        subject: agedName,
        method: "said-before",
        insideQuote: false,
        disputes: disputes(verbStart) || (DISPUTE_RE.test(verb) && !NOT_A_DOUBT_AT.test(s.slice(verbStart))),
        inverted: false,
      });
      continue;
    }
    // "“...,” said X." / "..., said X." / "“...” reports the Daily Star."
    const tailStart =
      /^\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}|(?:former|retired|senior|defector|observers|experts?|officials?|analysts?|sources?|lawmakers?|researchers?|spokes(?:man|woman|person)|professor|commander|military|intelligence|security|opposition|ruling)\b)/u.test(
        afterVerb,
      );
    // "“…,” said the report's author, Helen Marsh": a description, then the name it is given.
    const described =
      /[”",]\s*$/.test(before) && !/^(?:told|tells|telling|tell)$/i.test(verb)
        ? /^\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+,\s+((?:\p{Lu}[\p{L}’'-]+\s+){1,3}?\p{Lu}[\p{L}’'-]+)(?=\s*(?:[.,;]|$))/u.exec(
            afterVerb,
          )
        : null;
    if (described?.[1]) {
      const np = parseSubject(described[1], verbStart + verb.length + described[0].indexOf(described[1]));
      if (np?.form === "name") {
        const role = described[0].slice(0, described[0].indexOf(",")).trim();
        acts.push({
          verb,
          verbStart,
          subject: { ...np, role: np.role ?? role },
          method: "said-after",
          insideQuote: false,
          disputes: false,
          inverted: true,
        });
        continue;
      }
    }
    // "…, told Reuters": whom the speaker told, never the speaker.
    // "…, said economist Marta Kowalczyk", "…, says labour economist …": a description in lower case
    // before a name; only a name read from it is the speaker.
    const describedName =
      !tailStart &&
      /^\s+(?:(?!(?:in|on|at|by|to|of|for|from|with|after|before|during|while|when|that|this|last|next|earlier|later|then|so|and|but|or)\s)[a-z][\p{L}’'-]*\s+){1,3}(?:(?:Rep|Sen|Gen|Lt|Col|Capt|Maj|Sgt|Dr|Prof|Gov|Amb|Adm|Brig)\.\s+)?\p{Lu}\p{Ll}/u.test(
        afterVerb,
      );
    if ((tailStart || describedName) && /[”",]\s*$/.test(before) && !/^(?:told|tells|telling|tell)$/i.test(verb)) {
      // An abbreviated title ("said Col. Oleh Marchuk") does not end the speaker's name.
      const tail =
        // ("said a senior U.S. defense official": nor does a country's initials.)
        /^\s+((?:(?:Rep|Sen|Gen|Lt|Col|Capt|Maj|Sgt|Dr|Mr|Mrs|Ms|Prof|Gov|Amb|Adm|Brig|U\.S|U\.K|U\.N)\.\s+|[^,.;:”"])+)(?=$|[.,;:])/.exec(
          afterVerb,
        );
      // "…, said Kim served in Unit 10045": a name that goes on with its own verb is what was said, not
      // who said it.
      // ("X, a progressive daily, said the agency's figure of 2,310 dead was …": a tail cut inside a number
      // is what was said.)
      const reported =
        tail?.[1] !== undefined &&
        // ("…, who asked not to be named, said Moscow pays Pyongyang …": a present tense too.)
        (/^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:[a-z]+ed|pays|keeps|takes|sends|gets|receives|earns|holds|owes|gives|says|claims|estimates|believes|reports|puts|counts|remains|needs|wants|plans|expects|is|was|were|are|had|has|have|would|will|could|did|does|may|might)\b/u.test(
          tail[1],
        ) ||
          // ("The report's lead author, Dr. Jin Seo-ah, said official casualty estimates were likely to be too low": words in
          // lower case that go on with their own verb are what was said.)
          /^(?:\p{Ll}[\p{L}’'-]*\s+){1,4}(?<!\b(?:who|which|that)\s+)(?:were|was|is|are|had|has|have|would|will|could|may|might)\b/u.test(
            tail[1],
          ) ||
          (/\d$/.test(tail[1]) && /^[.,]\d/.test(afterVerb.slice(tail[0].length))));
      if (tail?.[1] && !reported) {
        // "said Ambassador Helena Strand of Norway in a Security Council debate on Monday": where and
        // when a named speaker spoke is not part of the name.
        // ("said lawmaker Choi Min-jae of … on Tuesday": the day is no part of a described speaker either.)
        const named = /^(?:\p{Lu}|the\s+\p{Lu})/u.test(tail[1])
          ? tail[1].replace(SPOKEN_WHERE, "")
          : tail[1].replace(SPOKEN_ON_DAY, "");
        const np = parseSubject(named, verbStart + verb.length + (tail[0].length - tail[1].length));
        // "…, said Col. Dmytro Savchuk, a HUR spokesman.": a description after the name, to the end of the
        // sentence, is the speaker's role, as it is before the verb ("X, a spokesman for the HUR, said").
        const appositive =
          np?.form === "name"
            ? // ("…, said Col. Ihor Denysenko, a GUR spokesman, in a statement.": where or how he said it after.)
              /^,\s+((?:a|an|the)\s+[^,;.“”"]{2,80}?)\s*(?:,\s+(?:in|on|at|during|via|through)\s+[^,;“”"]{1,60}?\s*)?(?:[.;]\s*)?$/i.exec(
                afterVerb.slice(tail[0].length),
              )
            : null;
        if (np && np.form !== "pronoun" && (!describedName || np.form === "name")) {
          acts.push({
            verb,
            verbStart,
            subject: appositive?.[1] ? { ...np, role: appositive[1] } : np,
            method: "said-after",
            insideQuote: false,
            disputes: false,
            inverted: true,
          });
          continue;
        }
      }
    }
    // "The NIS has given lower figures, putting casualties at 4,700": a participle's subject is the
    // main clause's, before its auxiliary.
    // ("A TikTok account posted a graphic saying …": what a post or a graphic says, its poster says.)
    const posted = /^(?:saying|claiming)$/i.test(verb)
      ? /^(.*?)\s+(?:has\s+|had\s+)?(?:posted|shared|published|released|aired|ran|put\s+out)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:graphic|video|post|message|image|clip|statement|map|chart|infographic|thread|tweet)\s+$/i.exec(
          before,
        )
      : null;
    const participle = (/ing$/i.test(verb) && /,\s*$/.test(before)) || posted !== null;
    // "claiming", "warning" and "reporting" speak only as such a participle, after a comma.
    if (/^(?:claiming|warning|reporting|saying|telling)$/i.test(verb) && !participle) continue;
    // ("…, referring to a South Korean intelligence estimate published this week": "estimate" after "a", itself after a
    // preposition or a verb, is a noun; "A Pentagon official and an NIS analyst estimate", "Researchers at a Seoul
    // think tank estimate" are verbs.)
    if (
      /^estimate$/i.test(verb) &&
      (/\b(?:to|of|on|citing|cited|cites|published|released|issued|gave|gives|made|offered)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,4}$/i.test(
        before,
      ) ||
        // ("NIS raises N. Korean troop estimate to 17,000": the estimate a verb of change changes is a noun; "Officials
        // who updated lawmakers on Friday estimate that …" is a verb with its clause.)
        (/\b(?:raises|raised|revises|revised|lowers|lowered|cuts|ups|upped|updates|updated|doubles|doubled|trims|trimmed)\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:[\w.’'-]+\s+){0,3}$/i.test(
          before,
        ) &&
          !/^\s+(?:that|at|how|whether)\b/i.test(s.slice(verbStart + verb.length)) &&
          !/\b(?:who|which|that)\s+(?:\S+\s+){0,5}$/i.test(before)))
    )
      continue;
    const main = posted ?? (participle ? /^(.*?)\s+(?:has|have|had|is|are|was|were)\s+\w+/.exec(before) : null);
    // "A spokesman for the army, Colonel Mykola Dorosh, gave a higher figure, saying …": a subject
    // with its name between commas, before the main clause's verb.
    const appositive = participle && !main ? /^[^,;:“”"]+,\s+[^,;:“”"]+,\s+(?=[a-z]+\b)/.exec(before) : null;
    // "“…,” the second official said, estimating that …": the participle's subject is the speaker of
    // the verb right before it.
    const previous = participle
      ? acts.findLast(
          (a) =>
            !a.insideQuote &&
            a.subject !== null &&
            /^[^“”".;]*,\s*$/.test(s.slice(a.verbStart, m.index)) &&
            !/\bthat\b/i.test(s.slice(a.verbStart, m.index)),
        )
      : undefined;
    // "X called the figure 'fantasy' and said only 200 …": a second verb joined by "and" has the
    // subject of the speech verb before it, when no clause of its own ("that …") stands between.
    const conjoined = !participle && /\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$/i.test(before);
    const joined = conjoined
      ? acts.findLast(
          (a) =>
            !a.insideQuote &&
            !a.inverted &&
            a.subject !== null &&
            !/[.;:]|\b(?:that|who|which|whom|because|while|when|if)\b/i.test(s.slice(a.verbStart, m.index)),
        )
      : undefined;
    // ("Ukraine's Security Service, the SBU, released a video …, saying": the words after the main clause's
    // subject, opening with its verb, are no subject.)
    const near = main?.[1] || previous?.subject ? null : subjectBefore(s, m.index);
    const subject = previous?.subject
      ? previous.subject
      : main?.[1]
        ? subjectBefore(s, main[1].length)
        : ((near && !(participle && /^[a-z]+ed\b/.test(near.text)) ? near : null) ??
          (appositive ? subjectBefore(s, appositive[0].length) : null) ??
          joined?.subject ??
          (conjoined ? firstVerbSubject(s, before) : null) ??
          null);
    if (!subject) continue;
    // ("The soldiers found that the promised $2,000 was withheld": people who discover something state no
    // figure; a finding is a body's, a report's or a named source's.)
    if (/^(?:find|finds|found)$/i.test(verb) && subject.form !== "name" && !FINDER.test(subject.text)) continue;
    // A quoted speaker's verb inside the quote ("I said") is not an attribution of the sentence.
    if (inQuote(verbStart) && subject.form === "pronoun") continue;
    acts.push({
      verb,
      verbStart,
      subject,
      method: /^estimat/i.test(verb) && subject.form === "group" ? "estimates" : "said-before",
      insideQuote: inQuote(verbStart),
      disputes:
        disputes(verbStart) ||
        (DISPUTE_RE.test(verb) && !NOT_A_DOUBT_AT.test(s.slice(verbStart))) ||
        /^(?:called|calls|branded|brands|labell?ed|labels)$/i.test(verb),
      inverted: false,
    });
  }
  // "The HUR says about 4,000 …; the Pentagon, about 500 dead", "…, the Pentagon about 3,000": a second
  // source whose verb the sentence leaves out, set against a first that has one.
  const said = /[;,]\s+(?:the\s+)?\p{Lu}/u.test(s)
    ? acts.find((a) => !a.insideQuote && !a.inverted && a.method === "said-before")
    : undefined;
  if (said) {
    for (const m of matchesOf(s, GAPPED_SOURCE)) {
      if (m.index < said.verbStart || inQuote(m.index) || !m[1]) continue;
      const np = parseSubject(m[1], m.index + m[0].indexOf(m[1]));
      if (!np || (np.form !== "name" && np.form !== "group")) continue;
      acts.push({
        verb: said.verb,
        verbStart: m.index + m[0].length - 1,
        subject: np,
        method: "said-before",
        insideQuote: false,
        disputes: false,
        inverted: false,
      });
    }
  }
  // "Eastgate Wire's report in December that at least 12,000 … were in Russia, citing HUR, has been repeated",
  // "a report by Eastgate Wire that …", "the Eastgate Wire report that …": whose report states the figure.
  for (const m of matchesOf(s, REPORT_THAT_RE)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (!name || inQuote(m.index) || acts.some((a) => !a.insideQuote && a.verbStart < m.index && a.subject)) continue;
    // ("The Harlan Post report that 13,000 … had died was false, the NIS said": a report judged, whose credit
    // is read as any rejected report's.)
    if (
      REPORT_JUDGED.test(s.slice(m.index + m[0].length)) &&
      !acts.some((a) => !a.insideQuote && a.subject !== null && a.verbStart > m.index)
    )
      continue;
    const np = parseSubject(name, m.index + m[0].indexOf(name));
    if (!np || np.form !== "name") continue;
    acts.push({
      verb: "report that",
      verbStart: m.index + m[0].length - 5,
      subject: np,
      method: "said-before",
      insideQuote: false,
      disputes: false,
      inverted: false,
    });
  }
  // Phrases like "South Korean intelligence estimates indicate" name the source before a noun.
  return (
    acts
      // "Our correspondent in Sumy region reports that …": the outlet's own reporting, no source of its own.
      .filter((a) => a.inverted || !OUR_REPORTER_BEFORE.test(s.slice(0, a.verbStart)))
      // ("The newspaper also questioned South Korean intelligence claims that …": a word that may be a noun, with
      // another speaker's verb inside what would be its subject, is that verb's object.)
      .filter(
        (a) =>
          a.inverted ||
          !NOUN_FORMS.test(a.verb) ||
          a.subject === null ||
          // ("The agency, a lawmaker said, now estimates that …": the other verb is an aside on who relays it.)
          (SPEECH_ASIDE_BEFORE.test(s.slice(0, a.verbStart)) && !EVIDENCE_SUBJECT.test(a.subject.text)) ||
          !acts.some((b) => b !== a && !b.inverted && b.verbStart > a.subject!.start && b.verbStart < a.verbStart),
      )
      .map((a) => withCountry(a, s))
      .sort((a, b) => a.verbStart - b.verbStart)
  );
}

/**
 * A report named by whose it is, followed by what it states: "Eastgate Wire's report in December that …",
 * "a report by Eastgate Wire last week that …", "the Eastgate Wire report that …". The groups are the name.
 */
const REPORT_THAT_RE = new RegExp(
  String.raw`(?:\b((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})['’]s?\s+|\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:(?:earlier|first|original|latest|new)\s+)?(?=(?:report|story|dispatch|article)\s+by\s)|\b(?:[Tt]he|[Aa]n?)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})\s+)(?:(?:${MONTH_NAMES}|earlier|first|original|latest|new|own|widely[- ]cited|much[- ]cited|oft[- ]cited|widely[- ]quoted|much[- ]quoted|(?:19|20)\d\d)\s+)*(?:report|story|dispatch|article)(?:\s+by\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}))?(?:\s+(?:(?:in|on|of|from)\s+\p{L}+\.?(?:\s+\d{1,2})?|(?:last|this|earlier\s+this|late\s+last)\s+\p{L}+))?\s+that\s`,
  "gu",
);

/** What a report is judged to be after what it states: "… was false", "… has been denied". */
const REPORT_JUDGED =
  /^(?:(?!\b(?:said|says|told|claimed)\b)[^.;])*?\b(?:was|is|were|are|has\s+been|had\s+been|proved|proved\s+to\s+be|turned\s+out\s+to\s+be)\s+(?!not\b|never\b)(?:\w+\s+)?(?:false|wrong|untrue|inaccurate|exaggerated|overstated|fabricated|mistaken|incorrect|baseless|denied|rejected|dismissed|disputed|retracted|withdrawn)\b/i;

/** The outlet's own reporter as the subject: "Our correspondent in Sumy region", "our reporters". */
const OUR_REPORTER_BEFORE =
  /\b[Oo]ur\s+(?:own\s+)?(?:correspondents?|reporters?|journalists?|team|staff|stringers?)(?:\s+(?:in|at|on|near)\s+[^,;:.]{1,40})?\s*$/;

/** The country of a wire's dateline city. */
const DATELINE_COUNTRY: Readonly<Record<string, string>> = {
  SEOUL: "South Korea",
  KYIV: "Ukraine",
  MOSCOW: "Russia",
  TOKYO: "Japan",
};
/** "the country's spy agency": a body named by "the country" it belongs to. */
const THE_COUNTRYS = /^(?:the\s+)?(?:country|nation)['’]s\s+(?=\S)/i;
/** A country named in a sentence, as a noun or an adjective: "South Korea's", "South Korean", "Ukraine". */
const COUNTRY_NAMED =
  /\b((?:South|North)\s+Korea|Ukraine|Russia|Japan|China|Britain|the\s+United\s+States)(?:n|ian|['’]s)?\b|\b(Ukrainian|Russian|Japanese|Chinese|British)\b/g;

/**
 * "…, South Korea's Yonhap news agency reported, citing lawmakers briefed by the country's spy agency":
 * the country is the one the sentence last named before the phrase, and the body is named by it
 * ("South Korea's spy agency"), so the alias file can tell which body it is.
 *
 * @param a A speech act.
 * @param s The sentence.
 * @returns The act, with its source named by its country when the sentence names one.
 */
function withCountry(a: SpeechAct, s: string): SpeechAct {
  const np = a.subject;
  if (!np || !THE_COUNTRYS.test(np.text)) return a;
  // (Not the other side in a phrase of fighting, "captured by Ukrainian forces"; a wire's dateline, "SEOUL, Jan. 14
  // (Hanbit) --", names its country.)
  const named = matchesOf(s.slice(0, np.start), COUNTRY_NAMED)
    .filter(
      (m) =>
        !/^North\s+Korea/i.test(m[1] ?? "") &&
        !(
          (m[2] || /n$/.test(m[0])) &&
          /\b(?:by|against|with|from|to|at|of|on)\s+(?:the\s+)?$/i.test(s.slice(0, m.index))
        ) &&
        // (Nor a country named as the place of the war after a preposition, "troops fighting for Russia", "sent to
        // Russia", "in Russia": only a country's own, "South Korea's Yonhap", names the country of "the country's".)
        !(
          m[1] &&
          !/['’]s$/.test(m[0]) &&
          /\b(?:for|to|into|in|inside|across|against|by|with|from|on)\s+(?:the\s+)?$/i.test(s.slice(0, m.index)) &&
          // ("In Ukraine, the country's military intelligence agency says …": the place the sentence opens in.)
          !(/^\W*In\s+$/.test(s.slice(0, m.index)) && /^\s*,/.test(s.slice(m.index + m[0].length)))
        ),
    )
    .at(-1);
  const dateline = /^\s*(SEOUL|KYIV|MOSCOW|TOKYO)\b/.exec(s)?.[1];
  const country =
    named?.[1]?.replace(/^the\s+/i, "") ??
    COUNTRY_OF_ADJECTIVE[named?.[2]?.toLowerCase() ?? ""] ??
    (dateline ? DATELINE_COUNTRY[dateline] : undefined);
  // (No country named: "the country's spy agency" is the spy agency of the article, by its role.)
  if (!country) {
    const described = parseSubject(np.text.replace(THE_COUNTRYS, "the "), np.start);
    return described && described.form === "description" ? { ...a, subject: described } : a;
  }
  const name = `${country}'s ${np.text.replace(THE_COUNTRYS, "")}`;
  return { ...a, subject: { ...np, name, form: "group", role: null } };
}

/** The one named with "'s" at the end of a clause, before "which": "well below Kyiv's, which put …". */
export const POSSESSOR_AT_END = /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s*$/u;

/** "There were reports that …", "there have been unconfirmed reports of …": reports, unnamed, as a source. */
/** "has learned from", "learned from", "heard from": the source follows. */
const LEARNED_FROM_RE = /\b(?:(?:has|have|had)\s+)?(?:learned|learnt|heard)\s+from\s+/g;

// ("The ministry said it was “aware of reports” of up to 12,000 …", "had seen reports of 12,000 … but could not
// confirm them": the reports are the source, and the body that knows of them does not vouch for them.)
const THERE_WERE_REPORTS_RE =
  /(?:\b[Tt]here\s+(?:were|are|have\s+been|had\s+been)|\baware\s+of|\b(?:had|has|have)\s+seen|['’](?:ve|d)\s+seen|\bsaw)\s+(?=(?:(?:unconfirmed|some|several|many|media|press|earlier|recent|the|public|news|numerous|multiple|widespread|other)\s+){0,2}(?:reports|claims|posts|rumou?rs)(?:\s+(?:on|in|from)\s+(?:[A-Z][\w-]*|social\s+media|the\s+internet|(?:[\w-]+\s+)?channels|(?:[\w-]+\s+)?blogs))?[”"]?\s+(?:that|of)\b)/g;

/** Phrases that introduce the outlet a statement was made to or through. */
const VIA_RE =
  /\b(?:[Tt]old|[Tt]elling|[Ss]peaking to|[Ss]poke to|[Ss]peaking with|[Ii]n an interview with|told|telling|speaking to|spoke to|speaking with|in an interview with|interviewed by|quoted by|cited by|carried by|aired by|broadcast by|shared with|said to|[Aa]ccording to reports (?:from|by)|[Aa]ccording to|reports?|reported by|(?:seen|obtained|reviewed|examined|viewed) by|wrote in|writing in|appearing on|on)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}(?:(?:television|TV|radio|state|news|weekly|daily|online)\s+)*(?:programme|program|show|channel|newspaper|broadcaster|outlet|site|website|paper|magazine|daily|weekly|tabloid)\s+(?=\p{Lu}))?((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of(?:\s+the)?(?=\s+\p{Lu})|in|for|and|podcast|programme|program|show(?!\s+(?:that|how|what|which)\b)|newspaper|website|radio|television|broadcaster))*)/gu;

/** "The Defence Intelligence of Ukraine has established the following:": who a list's introduction credits. */
const LIST_INTRO =
  /^(.+?)\s+(?:has\s+|have\s+|had\s+)?(?:established|found|determined|reported|announced|said|says|published|released|confirmed|gave|gives|lists?|listed|provided)\s+(?:the\s+following(?:\s+[\w-]+){0,3}|these\s+[\w-]+|that)\s*:\s*$/i;

/** "The figures below were compiled by the Centre for Eastern Conflict Data from …": who compiled the list. */
export const LIST_COMPILED_BY =
  /^(?:the\s+)?(?:figures|numbers|data|statistics|estimates|counts)\s+(?:below|that\s+follow|listed\s+below)\s+(?:were|are|have\s+been)\s+(?:compiled|gathered|collected|provided|supplied|put\s+together)\s+by\s+(.+?)(?:\s+(?:from|using|based\s+on)\s+[^,;]*)?(?:,\s+[^,;]*\b(?:said|says)\b[^,;]*)?[.:]\s*$/i;

/**
 * The source a list's introduction names ("X has established the following:"), if it names one.
 *
 * @param text The introduction.
 * @returns The source's phrase, or null.
 */
export function listIntroSubject(text: string): NounPhrase | null {
  const m = LIST_INTRO.exec(text.trim()) ?? LIST_COMPILED_BY.exec(text.trim());
  return m?.[1] ? parseSubject(m[1], 0) : null;
}

/**
 * Finds the outlets a sentence relays, keeping only names that look like outlets.
 *
 * @param s The sentence.
 * @param isOutlet Tells whether a name is a known outlet (from the alias file or the article's relays).
 * @returns Mentions in order.
 */
export function findVias(s: string, isOutlet: (name: string) => boolean): ViaMention[] {
  const out: ViaMention[] = [];
  // "Reuters: South Korea's spy agency says …": a digest's line opens with the outlet it relays.
  const label = s.includes(":") ? /^\s*(?:[-*•–]\s+)?(\p{Lu}[\p{L}.&’' -]{1,30}?)\s*:\s+\S/u.exec(s) : null;
  if (label?.[1] && (isOutlet(label[1]) || guessType(label[1]) === "outlet"))
    out.push({ name: label[1], start: s.indexOf(label[1]) });
  // "Yonhap quoted a JCS official as saying": the publication that quotes relays.
  for (const m of matchesOf(s, QUOTING_OUTLET_RE)) {
    const name = m[1] ?? "";
    if (isOutlet(name) || guessType(name) === "outlet") out.push({ name, start: m.index + m[0].indexOf(name) });
  }
  for (const m of matchesOf(s, VIA_RE)) {
    const raw = m[2] ?? "";
    const name = raw.replace(/\s+(?:and|of|in|for)$/, "").replace(/[.,]$/, "");
    // "Meridian Press and Northgate News Agency reports": two outlets, each relaying.
    const pair = name.split(/\s+and\s+/);
    if (pair.length === 2 && pair.every((p) => isOutlet(p) || guessType(p) === "outlet")) {
      for (const p of pair) out.push({ name: p, start: m.index + m[0].length - raw.length + name.indexOf(p) });
      continue;
    }
    // "told the television programme Facts of the Week": the words before the name say what it is.
    if (
      m[1] !== undefined ||
      isOutlet(name) ||
      guessType(name) === "outlet" ||
      /\b(?:podcast|programme|program|newspaper|radio|television|broadcaster|agency press)\b/i.test(name)
    ) {
      out.push({ name, start: m.index + m[0].length - raw.length });
    }
  }
  // "told the Han River Wire, which was cited by the Fjord Ledger": the outlet that cites the other is
  // the one the article read, so it comes first (outermost).
  for (let i = 1; i < out.length; i++) {
    const [inner, outer] = [out[i - 1] as ViaMention, out[i] as ViaMention];
    if (CITED_IN_TURN.test(s.slice(inner.start + inner.name.length, outer.start))) {
      out[i - 1] = outer;
      out[i] = inner;
    }
  }
  return out;
}

/** Words between two outlets that make the second relay the first: ", which was cited by the". */
const CITED_IN_TURN =
  /^[^.;]{0,40}?\b(?:which|who)\s+(?:was|were|has\s+been|had\s+been)\s+(?:then\s+|later\s+|in\s+turn\s+)?(?:cited|quoted|picked\s+up|relayed|reported)\s+by\s+(?:the\s+)?$/i;
