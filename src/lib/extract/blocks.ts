/**
 * Line blocks of a scraped article body and their kind.
 *
 * Scraped pages keep their page chrome (comment counters, share buttons,
 * bylines, section labels) as separate lines next to the article text. Every
 * line becomes one block, and generic heuristics sort out which blocks are
 * article prose, which are headings or photo captions and which are chrome.
 * Lines that contain Markdown syntax are parsed with remark so that the
 * inline structure, not the raw asterisks, decides what the line is.
 */
import type { Nodes, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { matchesOf } from "./matches.ts";

/** What a block is. */
export type BlockType = "prose" | "heading" | "caption" | "furniture" | "blank";

/** One line of the body. */
export interface Block {
  /** 0-based position among the blocks. */
  index: number;
  /** Body offset of the first character of the line. */
  start: number;
  /** Body offset just after the line's last character (before its line break). */
  end: number;
  /** `body.slice(start, end)`, raw. */
  text: string;
  /** 1-based line number within the body. */
  line: number;
  type: BlockType;
  /** Why the block is not prose. */
  reason?: string;
}

/** The visible text of a block and where each of its characters sits in the body. */
export interface InlineText {
  /** The text a reader sees: Markdown markup, stray `**` and surrounding whitespace removed. */
  text: string;
  /**
   * `map[i]` is the body offset of `text[i]`; `map[text.length]` is the body offset
   * just after the last visible character, so `[map[a], map[b - 1] + 1)` covers `text.slice(a, b)`.
   */
  map: number[];
}

/** The result of looking at one line's inline structure. */
interface LineShape {
  /** Visible text (trimmed). */
  text: string;
  /** Offsets of `text` relative to the line start, or null when they are `lead + i`. */
  map: number[] | null;
  /** Offset of the first visible character relative to the line start, for the identity map. */
  lead: number;
  /** The line is a Markdown heading (`# ...`). */
  mdHeading: boolean;
  /** The line's only content is one `strong` or `emphasis` span. */
  emphasisOnly: boolean;
}

const processor = unified().use(remarkParse);

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
/** Markup that changes what a line shows or how it is structured; other lines skip the parser. */
const MARKDOWN_HINT = /[*_`[<\\]|&#?\w+;|^\s*(?:#{1,6}(?:\s|$)|>|[-+]\s|\d{1,9}[.)](?:\s|$)|[-=_~]{3,})/;
/** An ordered-list marker would swallow a leading number such as a year ("1998. The ..."). */
const ORDERED_MARKER = /^\d{1,9}[.)](?:\s|$)/;
const STRAY_STRONG = /\*{2,}/g;
const ENTITY_AT = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][\da-z]{1,31});/i;
const WHITESPACE = /\s/;

/** Bullet glyphs that Markdown does not parse as list markers. */
const GLYPH_BULLET = /^[•·▪▫►▸‣◦●■□➤➢→✓✔]\s*/u;
const TERMINAL_MARK = /[.!?…]/;
/** Inside closing quotes a comma also ends the quoted sentence ("..., ” he said" split across lines). */
const TERMINAL_MARK_QUOTED = /[.!?…,]/;
const CLOSER = /[”"’'»)\]]/;
const SENTENCE_PUNCT = /[.!?;]/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const SYMBOLS_ONLY = /^[\p{P}\p{S}\s]*$/u;
const QUOTE_MARK = /["“”]/;
const INNER_SENTENCE_BREAK = /[.!?]["”’']?\s+["“]?\p{Lu}/u;
const TRAILING_MARK = /[\s.!:;,|>»-]/u;

/** Comment counters and comment prompts. */
const COMMENTS =
  /^(?:(?:\d[\d,.]*k?|no|view(?: all)?|show(?: all)?|load(?: more)?|add|leave|post|read|see)\s+(?:a\s+|the\s+|your\s+)?)?comments?(?:\s*\(\d+\))?$/i;
/** Page chrome: navigation, account prompts, share and ad slots, promos, legal lines. */
const CHROME =
  /^(?:related(?: articles?| posts?| stories| content| news| topics| coverage| links)?|more (?:from|on|stories|news|articles)\b.*|(?:back|scroll|go) to top(?: button)?|skip to (?:main )?content|(?:create|open) (?:a |an |your )?(?:free )?account\b.*|sign (?:up|in)\b.*|log ?(?:in|out)\b.*|register\b.*|subscribe\b.*|(?:advertisement|advertising|ad)(?: feedback)?|sponsored(?: content| by\b.*)?|share(?: (?:this|on|via|the)\b.*)?|print(?: this)?(?: article| page)?|e-?mail(?: this)?(?: article)?|tweet|read (?:more|next|also|full)\b.*|also read\b.*|see also\b.*|follow us\b.*|(?:our |daily |weekly )?newsletters?\b.*|most (?:read|popular|viewed|shared)\b.*|trending(?: now| stories)?|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like\b.*|don'?t miss\b.*|click here\b.*|loading|tags?\s*:.*|topics?\s*:.*|filed under\b.*|copyright\b.*|all rights reserved\b.*|©.*|previous (?:article|post|story)|next (?:article|post|story)|leave a (?:reply|comment)|cookie (?:policy|settings)|privacy policy|terms (?:of (?:use|service)|and conditions)|contact us|about us|listen to (?:this )?article|watch(?: the)? video|view (?:gallery|slideshow|image)s?)$/i;
/** Promo and link cues on bullet lines ("• For more: ... follow us on ..."). */
const PROMO_CUE =
  /\b(?:follow us|for more\b|facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok|linkedin|social (?:media|network)|source of (?:information|images?|photos?)|subscribe|newsletter|website|click here|download (?:our|the) app)\b/i;
const SOURCE_LINE =
  /^sources?(?:\s+of\s+(?:information|the\s+news|images?|photos?)(?:\s+and\s+\w+)?)?\s*(?:[:：\-–—]|$)/i;
const SOURCE_OF = /^sources? of (?:information|images?|photos?)\b/i;
/** A time, a dash, then a sentence of its own: a live blog's entry, not a "last updated" label. */
const TIMED_ENTRY = /\d{1,2}[:.]\d{2}[^—–]{0,20}?\s(?:—|–|-|--)\s+(?:\S+\s+){3,}\S/;
const TIMESTAMP_LABEL =
  /^(?:published|updated|posted|modified|last (?:updated|modified)|first published|date|dated)\b/i;
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** A date or a time in a label's words: "Jan. 14", "14 January", "2025", "8:15", "Tuesday", "3 hours ago". */
const WHEN_WORDS = new RegExp(
  String.raw`\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b${MONTH}\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\bago\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b`,
  "i",
);
const DATE_ONLY = new RegExp(
  "^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s+)?" +
    `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})` +
    "(?:\\s*(?:[-–—|,@]|at)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,4}|(?:gmt|utc)[+-]?\\d{0,4})?)?$",
  "i",
);
const TIME_AGO =
  /^(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+(?:ago|read)$/i;
const WEATHER = /^(?:[\p{L}.'’-]+\s+){0,3}-?\d{1,3}\s*°?\s*[FC]$/u;
const AD_SIZE = /^(?:[\p{L}]+\s+){0,3}\d{2,4}\s*[x×]\s*\d{2,4}(?:\s+[\p{L}]+){0,3}$/iu;
const BARE_LINK = /^(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;
/** Photo agencies and credit words, as whole words. */
const CREDIT_WORDS =
  "(?:photo|photos|photograph|photographer|image|images|picture|credit|courtesy|file|getty|reuters|afp|ap|epa|yonhap|xinhua|tass|kcna|shutterstock|alamy|handout|pool)";
const CREDIT_ONLY_PARENS = new RegExp(`^\\((?=[^()]*\\b${CREDIT_WORDS}\\b)[^()]*\\)$`, "i");
const CREDIT_LABEL = /^(?:photo|image|picture|photograph)s?(?:\s+credit)?\s*(?::|\/|©|-|–|—)\s*(.*)$/i;
const CREDIT_TRAILING = new RegExp(
  `(?:\\((?=[^()]*\\b${CREDIT_WORDS}\\b)[^()]*\\)|\\bgetty images|\\bshutterstock|\\balamy(?: stock photo)?|\\bvia reuters|/\\s*(?:reuters|afp|ap|epa|getty images))\\.?$`,
  "i",
);
/** A credit label at the end of a caption; capitalised, since "the photo: ..." in prose is no credit. */
const CREDIT_LABEL_TRAILING = /\b(?:Photo|Image|Picture)(?: [Cc]redit)?\s*:\s*[^.!?:]{1,60}\.?$/;
/** A caption with a credit this long, in more than one sentence, reports as prose does. */
const REPORTING_CAPTION_MIN_WORDS = 10;
const CAPTION_LEAD = /^(?:photo|image|pictured|picture|caption|image caption|file photo|photograph)\b/i;
const BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\|).*)?$/u;
/** A line of staff credits: "Live coverage by A and B.", "(Reporting by A; Editing by B)", "Additional reporting by A". */
const STAFF_CREDITS =
  /^\(?(?:Live coverage|Coverage|(?:Additional\s+)?[Rr]eporting|Writing|Written|Editing|Edited|Compiled|Produced|Translated|Research|Graphics|Photos?|Video|Fact-checking)\s+by\s+\p{Lu}[^()]*?\.?\)?$/u;
/** A podcast's or a page's credits for its music and art: "Music: “Cold Harbour” by Trio Elm.", "Artwork by A." */
const MEDIA_CREDITS =
  /^(?:(?:Theme|Intro|Outro)\s+)?(?:Music|Sound(?:\s+design)?|Audio\s+(?:editing|production)|Artwork|Cover\s+art|Illustrations?|Mixing|Mastering)\s*(?::\s*\S|by\s+\p{Lu})[^.!?]*(?:[.!?][”"’]?)?$/u;
const ROLE_CUE =
  /\b(?:staff (?:writer|reporter)|correspondent|contributor|contributing (?:writer|editor)|editor|columnist|reporter|news desk)\b/i;
const OUTLET_NOUNS: ReadonlySet<string> = new Set([
  "media",
  "group",
  "news",
  "newswire",
  "press",
  "times",
  "post",
  "herald",
  "tribune",
  "journal",
  "agency",
  "network",
  "broadcasting",
  "broadcaster",
  "daily",
  "gazette",
  "telegraph",
  "chronicle",
  "observer",
  "express",
  "online",
  "magazine",
  "weekly",
  "wire",
  "radio",
  "tv",
  "television",
  "channel",
  "newsroom",
  "staff",
  "desk",
  "editorial",
]);
const SEPARATED = /\s[|>›»/]\s/;

const HEADING_MAX_WORDS = 14;
const QUESTION_HEADING_MAX_WORDS = 20;
/** A bold-wrapped line longer than this that ends like a sentence is a bold lead paragraph. */
const EMPHASIS_HEADING_MAX_WORDS = 25;

/** Number of whitespace-separated words in `s`, counting no further than `cap + 1`. */
function countWords(s: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (WHITESPACE.test(s.charAt(i))) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      if (++n > cap) return n;
    }
  }
  return n;
}

/** Whether `node` has child nodes. */
function hasChildren(node: Nodes): node is Extract<Nodes, { children: unknown }> {
  return "children" in node;
}

/**
 * Append `value` (a text node's content) to `out`, aligning each character with
 * its place in `src[from, to)`; backslash escapes and character references take
 * the offset of their first source character. Runs of `**` are dropped.
 */
function alignText(value: string, src: string, from: number, to: number, out: { text: string[]; map: number[] }): void {
  const clean = value.replace(STRAY_STRONG, (run) => "\u0000".repeat(run.length));
  let p = from;
  for (let v = 0; v < value.length; v++) {
    const c = value.charAt(v);
    let at: number;
    if (p < to && src.charAt(p) === c) {
      at = p;
      p++;
    } else if (p + 1 < to && src.charAt(p) === "\\" && src.charAt(p + 1) === c) {
      at = p + 1;
      p += 2;
    } else {
      const ent = src.charAt(p) === "&" ? ENTITY_AT.exec(src.slice(p, Math.min(to, p + 40))) : null;
      if (ent !== null) {
        at = p;
        p += ent[0].length;
      } else {
        const q = src.indexOf(c, p);
        if (q >= 0 && q < to) {
          at = q;
          p = q + 1;
        } else {
          at = Math.min(p, Math.max(from, to - 1));
        }
      }
    }
    if (clean.charAt(v) !== "\u0000") {
      out.text.push(c);
      out.map.push(at);
    }
  }
}

/** Collect the visible text of `node` in document order. */
function collect(node: Nodes, src: string, out: { text: string[]; map: number[] }): void {
  switch (node.type) {
    case "text":
    case "inlineCode": {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from !== undefined && to !== undefined) alignText(node.value, src, from, to, out);
      return;
    }
    case "image":
    case "imageReference":
    case "html":
    case "definition":
    case "code":
      return;
    default:
      if (hasChildren(node)) for (const child of node.children) collect(child, src, out);
  }
}

/** Look at one raw line: its visible text and whether Markdown makes it a heading. */
function shapeOf(raw: string): LineShape {
  const trimmed = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  if (!MARKDOWN_HINT.test(trimmed)) {
    return { text: trimmed, map: null, lead, mdHeading: false, emphasisOnly: false };
  }
  // A prefix letter keeps a leading number as text instead of a list marker.
  const shift = ORDERED_MARKER.test(trimmed) ? 1 : 0;
  const src = shift === 1 ? `a${trimmed}` : trimmed;
  const tree: Root = processor.parse(src);
  const out = { text: [] as string[], map: [] as number[] };
  collect(tree, src, out);
  let text = out.text;
  let map = out.map;
  if (shift === 1) {
    text = text.slice(1);
    map = map.slice(1);
  }
  // Trim what the markup left around the visible text.
  let a = 0;
  let b = text.length;
  while (a < b && WHITESPACE.test(text[a] ?? "")) a++;
  while (b > a && WHITESPACE.test(text[b - 1] ?? "")) b--;
  const local = map.slice(a, b).map((o) => o - shift + lead);

  const first = tree.children[0];
  const mdHeading = tree.children.length === 1 && first?.type === "heading";
  let emphasisOnly = false;
  if (tree.children.length === 1 && first?.type === "paragraph") {
    const spans = first.children.filter((n) => !(n.type === "text" && n.value.trim() === ""));
    const only = spans[0];
    emphasisOnly = spans.length === 1 && (only?.type === "strong" || only?.type === "emphasis");
  }
  return { text: text.slice(a, b).join(""), map: local, lead, mdHeading, emphasisOnly };
}

/** `t` without trailing punctuation and separators; a loop, since a `[...]+$` regex backtracks on long runs. */
function stripTrailingMarks(t: string): string {
  let e = t.length;
  while (e > 0 && TRAILING_MARK.test(t.charAt(e - 1))) e--;
  return t.slice(0, e);
}

/** Whether `t` ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
function endsLikeSentence(t: string): boolean {
  // ("… for each soldier. (END)": a wire's end mark after the last sentence.)
  const end = /\s+(?:\((?:END|ENDS|End)\)|-\s*(?:END|ENDS)\s*-|#{3})\s*$/.exec(t);
  if (end) t = t.slice(0, end.index);
  let e = t.length;
  while (e > 0 && CLOSER.test(t.charAt(e - 1))) e--;
  if (e === 0) return false;
  return (e < t.length ? TERMINAL_MARK_QUOTED : TERMINAL_MARK).test(t.charAt(e - 1));
}

/** A bullet line ("- ", "* ", "• ", "– "). */
const DATA_BULLET = /^\s*[-*•–]\s+/;
/** The words of a figure standing as a bullet's label: "600", "Up to 95%", "$2,000 a month", "~2,000", "$2k/month". */
export const FIGURE_LABEL_WORDS = String.raw`(?:(?:up to|about|around|some|at least|more than|nearly|over|almost|roughly)\s+|~\s?)?[$£€₩]?\d[\d,.]*(?:\s*(?:%|per ?cent|million|m|bn|billion|thousand)|k)?(?:\s+(?:a|per)\s+(?:month|year)|\s?\/\s?(?:month|mo|year|yr))?`;
/** A figure as a bullet's label, before its colon: "600: North Korean soldiers killed". */
const FIGURE_LABEL = new RegExp(String.raw`^${FIGURE_LABEL_WORDS}\s*:\s+\S`, "i");

/** A labelled figure with its source in brackets: "Killed: 1,000 (HUR, January)", "Pay per soldier: $2,000 a month (NIS)". */
// (The label may hold a year: "Additional troops sent in early 2025: about 3,000 (JCS)".)
const LABELLED_ROW = /^(?=[^:]{2,49}:)\p{Lu}[\p{L}\d’' -]{1,48}:\s+[^():]{0,30}\d[^():]{0,40}\([^()]{2,60}\)\.?$/u;
/** A table-like row of labelled figures: "Killed: 600 | Wounded: 3,400 | Total: 4,000", "Killed: 1,100 / Wounded: 2,700". */
const DATA_ROW = /^[^|/:\d]{1,40}:\s*[^|/]*\d[^|/]*(?:\s[|/]\s[^|/:\d]{1,40}:\s*[^|/]*\d[^|/]*)+$/;

/** A bullet giving a labelled figure ("- Troops deployed: about 11,000 (NIS)"), or a figure its label follows ("12,000: soldiers deployed, …"). */
const FIGURE_ITEM =
  /^(?:[-•*–]\s+[^:|\d]{2,50}:\s*[^:|]*\d|(?:[$€£₽]\s?)?\d[\d,.]*(?:\s*(?:%|per\s?cent|million|billion))?\s*:\s+[a-z][^:|]{4,})/;
/** A table row of a label, a figure and a source: "Killed | 300 | NIS", "| Wounded | 2,700 | NIS |". */
// ("Killed | 600 | NIS, April 2025": the source's cell may end with the date it gave the figure.)
const TABLE_ROW =
  /^\|?\s*[^|\d]{2,40}?\s*\|\s*[^|]*\d[^|]*\|\s*[^|\d]{2,60}?(?:,?\s+(?:\d{1,2}\s+)?(?:\p{Lu}[a-z]{2,8}\.?\s+)?(?:\d{1,2},\s+)?(?:19|20)\d\d)?\s*\|?$/u;

/** Classify a line from its shape; `reason` is set for everything but prose. */
function classify(raw: string, shape: LineShape): { type: BlockType; reason?: string } {
  if (raw.trim() === "") return { type: "blank" };
  let t = shape.text;
  // A row of labelled figures states each of them, whatever its punctuation; so do a "Key figures"
  // bullet ("- Troops deployed: about 11,000 (NIS)") and a table row ("Killed | 300 | NIS").
  if (DATA_ROW.test(t.trim()) || FIGURE_ITEM.test(raw.trim()) || TABLE_ROW.test(t.trim())) return { type: "prose" };
  if (t === "" || SYMBOLS_ONLY.test(t)) return { type: "furniture", reason: "separator or markup only" };

  const bullet = GLYPH_BULLET.exec(t);
  if (bullet !== null) {
    if (PROMO_CUE.test(t)) return { type: "furniture", reason: "promo or link bullet" };
    t = t.slice(bullet[0].length);
    if (t === "") return { type: "furniture", reason: "separator or markup only" };
  }

  const words = countWords(t, 80);
  const terminal = endsLikeSentence(t);
  const bare = stripTrailingMarks(t);

  if (words <= 12) {
    if (COMMENTS.test(bare)) return { type: "furniture", reason: "comment counter" };
    if (CHROME.test(bare)) return { type: "furniture", reason: "page chrome" };
    if (BARE_LINK.test(bare)) return { type: "furniture", reason: "bare link" };
    if (TIME_AGO.test(bare)) return { type: "furniture", reason: "timestamp" };
    if (DATE_ONLY.test(bare)) return { type: "furniture", reason: "timestamp" };
    if (WEATHER.test(bare)) return { type: "furniture", reason: "weather widget" };
    if (AD_SIZE.test(bare)) return { type: "furniture", reason: "ad or image size" };
    if (CREDIT_ONLY_PARENS.test(bare)) return { type: "furniture", reason: "photo credit" };
    const label = CREDIT_LABEL.exec(bare);
    if (label !== null && countWords(label[1] ?? "", 6) <= 5 && !terminal) {
      return { type: "furniture", reason: "photo credit" };
    }
  }
  if (words <= 20 && (SOURCE_OF.test(t) || (SOURCE_LINE.test(t) && !terminal))) {
    return { type: "furniture", reason: "source line" };
  }
  // ("Updated 8:15 a.m. — Ukraine's defence ministry said …": a live blog's entry after its time.)
  // ("UPDATED: North Korean casualties in Russia revised to 6,100, spy agency says": a headline after the label, with
  // no date or time of its own, is no timestamp.)
  if (
    words <= 14 &&
    TIMESTAMP_LABEL.test(t) &&
    HAS_DIGIT.test(t) &&
    !TIMED_ENTRY.test(t) &&
    WHEN_WORDS.test(t.replace(TIMESTAMP_LABEL, ""))
  ) {
    return { type: "furniture", reason: "timestamp" };
  }
  if (words <= 12 && PROMO_CUE.test(t) && !terminal) return { type: "furniture", reason: "promo line" };
  if (words <= 20 && STAFF_CREDITS.test(t)) return { type: "furniture", reason: "byline" };
  if (words <= 20 && !/\d/.test(t) && MEDIA_CREDITS.test(t))
    return { type: "furniture", reason: "music or art credit" };
  if (words <= 8 && !SENTENCE_PUNCT.test(t)) {
    if (BYLINE.test(t) || ROLE_CUE.test(t)) return { type: "furniture", reason: "byline" };
    if (SEPARATED.test(t)) return { type: "furniture", reason: "breadcrumb or masthead" };
  }
  if (words <= 5 && !SENTENCE_PUNCT.test(t)) {
    const lastWord = bare.slice(bare.lastIndexOf(" ") + 1).toLowerCase();
    if (words >= 2 && OUTLET_NOUNS.has(lastWord)) return { type: "furniture", reason: "outlet name" };
  }
  if (words <= 2 && !SENTENCE_PUNCT.test(t) && !shape.mdHeading && !shape.emphasisOnly && HAS_LETTER.test(t)) {
    return { type: "furniture", reason: "section label" };
  }

  // "- 600: North Korean soldiers killed, according to the NIS": a data bullet is a statement.
  // "15,000: North Korean troops sent so far, according to the NIS": a "by the numbers" row is one too,
  // with or without the marker.
  if ((DATA_BULLET.test(raw) || words >= 3) && FIGURE_LABEL.test(t)) return { type: "prose" };
  // "Killed: 1,000 (HUR, January)": a row of a list of figures, each with its source in brackets, is a
  // statement with or without a marker or a full stop.
  if (LABELLED_ROW.test(t)) return { type: "prose" };
  if (shape.mdHeading) return { type: "heading", reason: "markdown heading" };
  if (shape.emphasisOnly && !(words > EMPHASIS_HEADING_MAX_WORDS && terminal)) {
    return { type: "heading", reason: "emphasis-wrapped line" };
  }
  if (CAPTION_LEAD.test(t)) return { type: "caption", reason: "photo caption" };
  if (words <= 60 && (CREDIT_TRAILING.test(t) || CREDIT_LABEL_TRAILING.test(t))) {
    // ("2/8 A field dressing station near Kursk. Ukraine's military intelligence says some 12,000 North Koreans had
    // reached the region. Photo: A. Name": a gallery's caption that goes on to report, sentence after sentence, is
    // read as the prose it is; the credit at its end counts nothing.)
    const text = t.replace(CREDIT_LABEL_TRAILING, "").replace(CREDIT_TRAILING, "").trim();
    if (countWords(text, 80) >= REPORTING_CAPTION_MIN_WORDS && INNER_SENTENCE_BREAK.test(text))
      return { type: "prose" };
    return { type: "caption", reason: "text with photo credit" };
  }
  // ("Q: How many have died?": an interviewer's question is a line of the transcript, not a headline.)
  if (
    t.endsWith("?") &&
    !/^(?:Q|Question)\s*(?:\([^()]{1,120}\))?\s*:\s/.test(t) &&
    words >= 3 &&
    words <= QUESTION_HEADING_MAX_WORDS &&
    !QUOTE_MARK.test(t) &&
    !INNER_SENTENCE_BREAK.test(t.slice(0, -1))
  ) {
    return { type: "heading", reason: "question headline" };
  }
  // ("- between 85% and 95% of this sum is retained by the state;": a list's item that goes on with the next is a
  // statement, however short.)
  if (/^\s*(?:[-•*–]|\d{1,2}[.)])\s+\S/.test(raw) && /[;,]\s*$/.test(t) && words >= 4) return { type: "prose" };
  // ("Based on interviews with 30 North Koreans, the report finds that:": a clause that opens a list is no heading.)
  if (/\bthat:\s*$/.test(t) && words >= 4) return { type: "prose" };
  if (words <= HEADING_MAX_WORDS && !terminal) {
    return { type: "heading", reason: "short line without sentence punctuation" };
  }
  return { type: "prose" };
}

/**
 * Split a plain-text body into one block per line and classify each block.
 *
 * @param body The article body; `\n`, `\r\n` and `\r` all end a line.
 * @returns The blocks in order; offsets index `body` as given. A line break at the
 *   very end of the body does not start an extra empty block.
 */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const re = new RegExp(LINE_BREAK.source, "g");
  let start = 0;
  let line = 1;
  const add = (end: number): void => {
    const text = body.slice(start, end);
    const { type, reason } = classify(text, shapeOf(text));
    const block: Block = { index: blocks.length, start, end, text, line, type };
    if (reason !== undefined) block.reason = reason;
    blocks.push(block);
  };
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    add(m.index);
    start = m.index + m[0].length;
    line++;
  }
  if (start < body.length) add(body.length);
  // "Killed: about 300" on a line of its own reads like a heading; two or more such lines in a row are a
  // list of figures, each a statement.
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && FIGURE_ROW_ALONE.test(shapeOf(blocks[j]?.text ?? "").text.trim())) j++;
    if (j - i >= 2) {
      for (let k = i; k < j; k++) {
        const b = blocks[k] as Block;
        b.type = "prose";
        delete b.reason;
      }
    }
    i = Math.max(j, i + 1);
  }
  return blocks;
}

/** A line that is a label and one figure only: "Killed: about 300", "Regime's share: up to 90%". */
const FIGURE_ROW_ALONE = new RegExp(String.raw`^\p{Lu}[\p{L}’' -]{1,40}:\s*${FIGURE_LABEL_WORDS}\.?$`, "u");

/**
 * The visible text of a block with a map back to body offsets, for matching
 * text without tripping over Markdown markup or stray `**`.
 *
 * @param block A block from `splitBlocks` (only `start` and `text` are read).
 * @returns The trimmed visible text and, per character, its body offset, plus one
 *   final entry for the offset just after the last visible character.
 */
export function blockInlineText(block: Pick<Block, "start" | "text">): InlineText {
  const shape = shapeOf(block.text);
  const map: number[] = [];
  if (shape.map === null) {
    for (let i = 0; i <= shape.text.length; i++) map.push(block.start + shape.lead + i);
  } else {
    for (const o of shape.map) map.push(block.start + o);
    const last = shape.map[shape.map.length - 1];
    map.push(block.start + (last === undefined ? shape.lead : last + 1));
  }
  return { text: shape.text, map };
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
 * Where the headline printed in the body stands: the first line whose words are the article's title.
 *
 * @param body The article body.
 * @param title The article's title.
 * @returns The line's start and end offsets in the body, or null when no line repeats the title.
 */
export function headlineSpan(body: string, title: string): { start: number; end: number } | null {
  const key = textKey(title);
  if (key === "") return null;
  let start = 0;
  for (const m of [...matchesOf(body, new RegExp(LINE_BREAK.source, "g")), null]) {
    const end = m ? m.index : body.length;
    if (textKey(body.slice(start, end)) === key) return { start, end };
    if (m) start = m.index + m[0].length;
  }
  return null;
}

/**
 * Marks the headline printed in the body: the first heading that repeats the article's title is read
 * as a sentence (it asserts its figure once); later copies keep their type with the reason
 * "headline repeated".
 *
 * @param blocks The article's blocks.
 * @param title The article's title.
 * @returns The blocks, the headline turned to prose.
 */
export function markHeadline(blocks: readonly Block[], title: string): Block[] {
  const key = textKey(title);
  let seen = false;
  return blocks.map((b) => {
    if (b.type !== "heading" || key === "" || textKey(b.text) !== key) return b;
    if (seen) return { ...b, reason: "headline repeated" };
    seen = true;
    return { ...b, type: "prose" as const, reason: "headline" };
  });
}
