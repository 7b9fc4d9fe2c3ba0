/**
 * `npm run add` as a function: turns a news web page (an http(s) address or a saved .html file) into
 * an article file of a content folder, or says in one line why not. `scripts/add.ts` is its command line.
 *
 * The text is found by Readability; the front matter comes from the page's own metadata, and every
 * fallback is reported. A page already in the content (same canonical address or same text) and a
 * page without article text are refused with the reason.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { contentErrorsOf, formatContentErrors } from "../../src/lib/content/errors.ts";
import { SlugSchema } from "../../src/lib/schema/article.ts";
import { explainLines, extractFiles } from "./explain.ts";
import { decodeHtml, DEFAULT_LIMITS, fetchPage, type FetchLimits, PageError } from "./fetch-page.ts";
import { articleFile, proposeSlug, readWebArticle } from "./web-article.ts";

/** The usage line. */
export const USAGE = "usage: npm run add -- <URL or saved .html file> [--slug SLUG]";

/** What a run printed and how it ended: 0 written, 1 refused or not fetched, 2 wrong usage. */
export interface AddResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where a run ends early, with its one line. */
class Stop extends Error {
  /** The exit code. */
  readonly code: 1 | 2;

  /**
   * @param message The one line.
   * @param code The exit code.
   */
  constructor(message: string, code: 1 | 2 = 1) {
    super(message);
    this.code = code;
  }
}

/**
 * Adds the article of a web page to a content folder.
 *
 * @param args The command-line arguments (`URL|FILE [--slug SLUG]`).
 * @param contentDir The content folder (`articles/` and `aliases.yaml` in it).
 * @param limits Timeout and size cap of a fetch.
 * @returns What to print and the exit code.
 */
export async function addArticle(
  args: readonly string[],
  contentDir: string,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<AddResult> {
  try {
    return { code: 0, stdout: await run(args, contentDir, limits), stderr: "" };
  } catch (e) {
    if (e instanceof Stop) return { code: e.code, stdout: "", stderr: `add: ${e.message}\n` };
    throw e;
  }
}

/** A path as the user would type it. */
const shown = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return rel.startsWith("..") ? p : rel;
};

/**
 * The run; ends early by throwing `Stop`.
 *
 * @param args Arguments.
 * @param dir Content folder.
 * @param limits Fetch limits.
 * @returns The report.
 */
async function run(args: readonly string[], dir: string, limits: FetchLimits): Promise<string> {
  let slugArg: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--slug") {
      const v = args[++i];
      if (v === undefined) throw new Stop(`--slug needs a value\n${USAGE}`, 2);
      slugArg = v;
    } else if (a.startsWith("--slug=")) {
      slugArg = a.slice("--slug=".length);
    } else if (a.startsWith("--")) {
      throw new Stop(`unknown option ${a}\n${USAGE}`, 2);
    } else positional.push(a);
  }
  if (positional.length !== 1) throw new Stop(USAGE, 2);
  const source = positional[0] as string;
  if (slugArg !== null && !SlugSchema.safeParse(slugArg).success) {
    throw new Stop(
      `--slug "${slugArg}" must be lower-case kebab-case (a-z, 0-9, -), like --slug ${proposeSlug(slugArg)}`,
      2,
    );
  }

  // 1. The page.
  let html: string;
  let fetchedFrom: string | null = null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    try {
      const page = await fetchPage(source, limits);
      html = page.html;
      fetchedFrom = page.url;
    } catch (e) {
      if (e instanceof PageError) throw new Stop(e.message);
      throw e;
    }
  } else {
    if (!existsSync(source)) throw new Stop(`${source}: no such file (give an http(s) address or a saved .html file)`);
    if (!/\.x?html?$/i.test(source)) throw new Stop(`${source} is not a saved web page (.html or .htm)`);
    html = decodeHtml(readFileSync(source), null);
  }

  // 2. The article in it.
  const read = readWebArticle(html, fetchedFrom);
  if (!read.ok) throw new Stop(`refused: ${read.reason}`);
  const { meta, body, notes } = read;

  // 3. Not already in the content.
  const articlesDir = join(dir, "articles");
  const duplicate = findDuplicate(articlesDir, meta.url, body);
  if (duplicate)
    throw new Stop(`refused: the page is already in the content: ${shown(duplicate.file)} has ${duplicate.why}`);

  // 4. The file, checked by the project's own reader before it is written.
  const slug = slugArg ?? proposeSlug(meta.title);
  const file = join(articlesDir, `${slug}.md`);
  if (existsSync(file))
    throw new Stop(`refused: ${shown(file)} already exists (another article); choose a slug with --slug`);
  const text = articleFile(meta, body);
  try {
    parseArticle(file, new TextEncoder().encode(text));
  } catch (e) {
    const found = contentErrorsOf(e);
    if (found === null) throw e;
    throw new Stop(
      `the page gave front matter the site does not accept; nothing written:\n${formatContentErrors(found)}`,
    );
  }
  writeFileSync(file, text);

  // 5. What was written, where it came from, and what the machine finds in it.
  const lines = text.split("\n");
  const out: string[] = [
    `wrote ${shown(file)}${slugArg === null ? " (slug proposed from the headline; --slug to choose another)" : ""}`,
  ];
  out.push(...lines.slice(0, lines.indexOf("---", 1) + 1).map((l) => `  ${l}`));
  out.push("where the front matter comes from:", ...notes.map((n) => `  ${n}`));
  out.push(`the text: ${body.split("\n").length} paragraphs, ${body.length} characters`);
  out.push("", `what the machine finds (npm run --silent extract -- ${shown(file)} --explain):`);
  out.push(...explainLines(extractFiles([file], join(dir, "aliases.yaml")), 1, { claims: true }).map((l) => `  ${l}`));
  out.push("", "Check the front matter (relays are a proposal), then run npm run build.");
  return `${out.join("\n")}\n`;
}

/**
 * An article of the content that is this page: the same canonical address or the same text.
 *
 * @param folder The articles folder.
 * @param url The page's canonical address.
 * @param text The page's text.
 * @returns The file and what matched, or null.
 */
function findDuplicate(folder: string, url: string | undefined, text: string): { file: string; why: string } | null {
  if (!existsSync(folder)) return null;
  const mine = paragraphs(text);
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const path = join(folder, name);
    const raw = readFileSync(path, "utf8");
    let otherUrl: string | undefined;
    let otherBody = raw;
    try {
      const a = parseArticle(path, new TextEncoder().encode(raw));
      otherUrl = a.meta.url;
      otherBody = a.body;
    } catch {
      // A file with problems is still compared by its text; the build reports its problems.
    }
    if (url && otherUrl && sameAddress(url, otherUrl))
      return { file: path, why: `the same canonical address (${otherUrl})` };
    const theirs = new Set(paragraphs(otherBody));
    const shared = mine.filter((p) => theirs.has(p)).length;
    if (mine.length > 0 && shared / mine.length >= 0.8) {
      return { file: path, why: `the same text (${shared} of its ${mine.length} paragraphs)` };
    }
  }
  return null;
}

/** Paragraphs long enough to tell two texts apart, compared without case, punctuation or spacing. */
function paragraphs(text: string): string[] {
  return text
    .split("\n")
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim(),
    )
    .filter((p) => p.length >= 40);
}

/** Two addresses of one page: scheme, `www.`, a final `/`, the fragment and tracking parameters do not count. */
function sameAddress(a: string, b: string): boolean {
  const norm = (s: string): string => {
    try {
      const u = new URL(s);
      for (const k of [...u.searchParams.keys()]) if (/^utm_|^fbclid$|^gclid$/.test(k)) u.searchParams.delete(k);
      const host = u.hostname.toLowerCase().replace(/^www\./, "");
      return `${host}${u.pathname.replace(/\/+$/, "")}${u.search}`;
    } catch {
      return s;
    }
  };
  return norm(a) === norm(b);
}
