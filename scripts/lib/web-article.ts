/**
 * A news web page turned into an article file of `content/articles/`: the text is found by Mozilla's
 * Readability (the library behind Firefox's reader view) over linkedom's DOM, never by hand-written
 * scraping; the front matter comes from the page's own metadata, and nothing is invented. Every
 * fallback is reported, and a page without article text is refused with the reason.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { HttpUrlSchema, IsoDateSchema } from "../../src/lib/schema/article.ts";

/** Less article text than this is not an article (a teaser, a paywall stub, a video page). */
export const MIN_PROSE_CHARS = 300;

/** The front matter `npm run add` writes. */
export interface WebArticleMeta {
  title: string;
  publisher: string | null;
  relays: string[];
  url?: string;
  published?: string;
  fullText: false;
}

/** A page read into an article, or the reason it is not one. */
export type WebArticle =
  | {
      readonly ok: true;
      readonly meta: WebArticleMeta;
      /** The text: one paragraph per line, as the page shows it. */
      readonly body: string;
      /** Where each field came from, and each fallback. */
      readonly notes: string[];
    }
  | { readonly ok: false; readonly reason: string };

/** A JSON-LD object, loosely. */
type Ld = Record<string, unknown>;

/**
 * Reads a news page.
 *
 * @param html The page's HTML.
 * @param fetchedFrom The address it was fetched from (null for a saved file).
 * @returns The article, or why the page has none.
 */
export function readWebArticle(html: string, fetchedFrom: string | null): WebArticle {
  const notes: string[] = [];
  const { document } = parseHTML(html);
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const el of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
        const v = clean(el.getAttribute("content") ?? "");
        if (v) return v;
      }
    }
    return null;
  };
  const ld = jsonLdArticle(document);
  const ldString = (key: string): string | null => {
    const v = ld?.[key];
    return typeof v === "string" && clean(v) ? clean(v) : null;
  };

  // Publisher: the page's own site name.
  const ldPublisher = ld?.["publisher"];
  const ldPublisherName =
    ldPublisher && typeof ldPublisher === "object" && !Array.isArray(ldPublisher)
      ? (ldPublisher as Ld)["name"]
      : Array.isArray(ldPublisher)
        ? (ldPublisher[0] as Ld | undefined)?.["name"]
        : null;
  let publisher: string | null = metaContent("og:site_name");
  if (publisher) notes.push(`publisher: from og:site_name`);
  else if (typeof ldPublisherName === "string" && clean(ldPublisherName)) {
    publisher = clean(ldPublisherName);
    notes.push(`publisher: from JSON-LD publisher.name`);
  } else {
    notes.push("publisher: the page names none (no og:site_name, no JSON-LD publisher.name); wrote publisher: null");
  }

  // Title: the headline, else the <title> without the site name.
  const h1 = clean(document.querySelector("h1")?.textContent ?? "");
  const titleTag = clean(document.querySelector("title")?.textContent ?? "");
  const candidates: [string, string | null][] = [
    ["og:title", metaContent("og:title")],
    ["JSON-LD headline", ldString("headline")],
    ["the page's <h1>", h1 || null],
  ];
  let title: string | null = null;
  for (const [source, value] of candidates) {
    if (value) {
      title = withoutSiteName(value, publisher);
      notes.push(`title: from ${source}`);
      break;
    }
  }
  if (title === null && titleTag) {
    title = withoutSiteName(titleTag, publisher);
    notes.push("title: the page has no headline (no og:title, JSON-LD headline or <h1>); took its <title>");
  }
  if (!title) return { ok: false, reason: "the page has no headline (no og:title, JSON-LD headline, <h1> or <title>)" };

  // Date: as the page gives it, reduced to the calendar date it shows.
  let published: string | undefined;
  for (const [source, value] of [
    ["article:published_time", metaContent("article:published_time")],
    ["JSON-LD datePublished", ldString("datePublished")],
  ] as const) {
    if (!value) continue;
    const date = value.slice(0, 10);
    if (IsoDateSchema.safeParse(date).success) {
      published = date;
      notes.push(`published: from ${source} (${value})`);
      break;
    }
    notes.push(`published: ${source} is "${value}", not a date; ignored`);
  }
  if (published === undefined)
    notes.push("published: the page gives no date (no article:published_time, no JSON-LD datePublished); left out");

  // Address: the canonical one.
  let url: string | undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const ogUrl = metaContent("og:url");
  for (const [source, value] of [
    ["the canonical link", canonical],
    ["og:url", ogUrl],
    ["the address it was fetched from", fetchedFrom],
  ] as const) {
    if (!value) continue;
    const absolute = absoluteUrl(value, fetchedFrom);
    if (absolute && HttpUrlSchema.safeParse(absolute).success) {
      url = absolute;
      notes.push(`url: from ${source}`);
      break;
    }
    notes.push(`url: ${source} "${value}" is not an absolute http(s) address; ignored`);
  }
  if (url === undefined) notes.push("url: the page gives no canonical address; left out");

  // Text: Readability's choice of the article, one block per paragraph.
  const paywalled = ld?.["isAccessibleForFree"] === false || ld?.["isAccessibleForFree"] === "False";
  const parsed = new Readability<Element>(document as unknown as Document, {
    serializer: (node) => node as Element,
    charThreshold: 200,
  }).parse();
  const root = parsed?.content ?? null;
  if (!root) {
    return {
      ok: false,
      reason: paywalled
        ? "the page's text is behind a paywall (JSON-LD isAccessibleForFree: false)"
        : "no article text was found on the page",
    };
  }
  const blocks = textBlocks(root);
  const prose = blocks.filter((b) => b.kind === "p").reduce((n, b) => n + b.text.length, 0);
  const linkChars = [...root.querySelectorAll("a")].reduce((n, a) => n + clean(a.textContent ?? "").length, 0);
  const allChars = clean(root.textContent ?? "").length;
  if (allChars > 0 && linkChars / allChars > 0.5) {
    return {
      ok: false,
      reason: `the page looks like an index of links, not an article (${Math.round((100 * linkChars) / allChars)}% of its text is links)`,
    };
  }
  if (prose < MIN_PROSE_CHARS) {
    const why = paywalled
      ? "; the page says its text is behind a paywall (JSON-LD isAccessibleForFree: false)"
      : " (a teaser, a paywall stub or a page of pictures?)";
    return {
      ok: false,
      reason: `the page has only ${prose} characters of article text, under ${MIN_PROSE_CHARS}${why}`,
    };
  }
  // The headline printed again at the top of the text is not part of the text.
  while (blocks.length > 0 && blocks[0]?.kind === "h" && sameWords(blocks[0].text, title)) blocks.shift();
  const body = blocks.map((b) => b.text).join("\n");

  const relays = proposeRelays(body, publisher);
  notes.push(
    relays.length > 0
      ? `relays: proposed from wire credits in the text (${relays.join(", ")}); check them`
      : "relays: no wire credit in the text; wrote relays: []",
  );
  return {
    ok: true,
    meta: { title, publisher, relays, ...(url ? { url } : {}), ...(published ? { published } : {}), fullText: false },
    body,
    notes,
  };
}

/** Collapses the white space that HTML does not show; keeps no-break spaces. */
function clean(s: string): string {
  return s.replace(/[ \t\n\r\f\v]+/g, " ").trim();
}

/** Letters and digits only, lower case. */
function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const sameWords = (a: string, b: string): boolean => words(a) === words(b);

/**
 * A title without the site name that pages append or prepend (`Headline | Site`, `Site - Headline`).
 *
 * @param title The title.
 * @param site The site's name, when known.
 * @returns The headline.
 */
function withoutSiteName(title: string, site: string | null): string {
  const parts = title.split(/\s+[|\u2013\u2014-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  if (site !== null) {
    const kept = parts.filter((p) => !sameWords(p, site));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(" - ");
  }
  // Without a known site name, a short last part is taken for it ("Headline | Daily Planet").
  const last = parts[parts.length - 1] ?? "";
  return last.split(" ").length <= 4 && parts.length === 2 ? (parts[0] ?? title) : title;
}

/**
 * The page's JSON-LD article object (NewsArticle first, then any *Article), from every JSON-LD script.
 *
 * @param document The page.
 * @returns The object, or null.
 */
function jsonLdArticle(document: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> }): Ld | null {
  const found: Ld[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Ld;
      found.push(o);
      if (o["@graph"]) visit(o["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is ignored, as browsers and search engines do.
    }
  }
  const types = (o: Ld): string[] => [o["@type"]].flat().filter((t): t is string => typeof t === "string");
  return (
    found.find((o) => types(o).some((t) => /NewsArticle$/.test(t))) ??
    found.find((o) => types(o).some((t) => /Article$|^Report$/.test(t))) ??
    null
  );
}

/**
 * An address made absolute against the page's own.
 *
 * @param href The address as written.
 * @param base The page's address, when known.
 * @returns The absolute address, or null.
 */
function absoluteUrl(href: string, base: string | null): string | null {
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return null;
  }
}

/** A block of text: a paragraph, a heading or a list item. */
interface Block {
  readonly kind: "p" | "h";
  readonly text: string;
}

/**
 * The text blocks of Readability's article, in order: paragraphs, headings, list items and quotes,
 * each as the page shows it on one line. Captions and figures are left out.
 *
 * @param root The article element.
 * @returns The blocks.
 */
function textBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const walk = (el: Element): void => {
    for (const child of [...el.children]) {
      const tag = child.tagName.toLowerCase();
      if (tag === "figure" || tag === "figcaption" || tag === "script" || tag === "style" || tag === "noscript")
        continue;
      if (/^h[1-6]$/.test(tag)) {
        const text = clean(child.textContent ?? "");
        if (text) out.push({ kind: "h", text });
      } else if (
        tag === "p" ||
        tag === "li" ||
        tag === "pre" ||
        ((tag === "blockquote" || tag === "div") && !hasBlock(child))
      ) {
        const text = clean(child.textContent ?? "");
        if (text) out.push({ kind: "p", text });
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** Whether an element holds block elements (then its blocks are read one by one). */
function hasBlock(el: Element): boolean {
  return el.querySelector("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, ul, ol") !== null;
}

/** Wire services and the names a credit uses for them. */
const WIRES: readonly (readonly [string, readonly string[]])[] = [
  ["Associated Press", ["AP", "Associated Press", "The Associated Press"]],
  ["Reuters", ["Reuters"]],
  ["Agence France-Presse", ["AFP", "Agence France-Presse", "Agence France Presse"]],
  ["Yonhap", ["Yonhap", "Yonhap News Agency"]],
  ["Kyodo News", ["Kyodo", "Kyodo News"]],
  ["Bloomberg", ["Bloomberg"]],
  ["dpa", ["dpa", "DPA"]],
  ["UPI", ["UPI", "United Press International"]],
  ["Interfax", ["Interfax"]],
  ["TASS", ["TASS", "Tass"]],
  ["NK News", ["NK News"]],
];

/**
 * Outlets the text says it repeats: a dateline credit ("(AP)", "— Reuters"), "X reported", "according
 * to X", "X contributed to this report", "told X". A proposal for the editor to confirm.
 *
 * @param body The text.
 * @param publisher The publisher (never its own relay).
 * @returns Outlet names, in order of first credit.
 */
export function proposeRelays(body: string, publisher: string | null): string[] {
  const found: { name: string; at: number }[] = [];
  for (const [name, spellings] of WIRES) {
    if (publisher !== null && sameWords(publisher, name)) continue;
    const alt = spellings.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    const patterns = [
      new RegExp(`\\((?:${alt})\\)`, "u"),
      new RegExp(`(?:^|\\n)[^\\n]{0,40}\\b(?:${alt})\\s*[\\u2014\\u2013-]\\s`, "u"),
      new RegExp(
        `\\b(?:${alt})\\s+(?:reported|reports|said|says|wrote|writes|contributed|news agency reported)\\b`,
        "u",
      ),
      new RegExp(
        `\\b(?:[Aa]ccording to|[Tt]old|[Cc]ited by|[Rr]eported by|[Vv]ia|[Qq]uoted by)\\s+(?:the\\s+)?(?:${alt})\\b`,
        "u",
      ),
    ];
    const at = Math.min(...patterns.map((re) => re.exec(body)?.index ?? Infinity));
    if (at !== Infinity) found.push({ name, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** Words a slug does without. */
const SLUG_STOP = new Set(
  "a an the of to in on at for and or but is are was were be been with by from as that this it its says said say will would could after over into".split(
    " ",
  ),
);

/**
 * A short, lower-case slug from a headline: its first meaningful words.
 *
 * @param headline The headline.
 * @returns The slug (at most six words and 60 characters).
 */
export function proposeSlug(headline: string): string {
  const ws = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !SLUG_STOP.has(w));
  let slug = "";
  for (const w of ws.slice(0, 6)) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || "article";
}

/**
 * The article file: front matter in the schema's order, then the text.
 *
 * @param meta Front matter.
 * @param body Text.
 * @returns The file's text.
 */
export function articleFile(meta: WebArticleMeta, body: string): string {
  const q = (s: string): string => JSON.stringify(s);
  const lines = [
    "---",
    `title: ${q(meta.title)}`,
    `publisher: ${meta.publisher === null ? "null" : q(meta.publisher)}`,
    `relays: [${meta.relays.map(q).join(", ")}]`,
    ...(meta.url ? [`url: ${q(meta.url)}`] : []),
    ...(meta.published ? [`published: ${meta.published}`] : []),
    "fullText: false",
    "---",
  ];
  return `${lines.join("\n")}\n${body}\n`;
}
