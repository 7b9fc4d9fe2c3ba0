/**
 * `npm run add -- <URL or saved .html file> [--slug SLUG]`: turns a news web page into
 * `content/articles/<slug>.md` (or under `CONTENT_DIR`), then prints what the machine finds in it.
 *
 * The text is found by Readability; the front matter comes from the page's own metadata, and every
 * fallback is reported. A page already in the content (same canonical address or same text) and a
 * page without article text are refused with the reason. Exit codes: 0 written, 1 refused or not
 * fetched, 2 wrong usage.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../src/lib/content/articles.ts";
import { contentDir } from "../src/lib/content/dir.ts";
import { contentErrorsOf, formatContentErrors } from "../src/lib/content/errors.ts";
import { SlugSchema } from "../src/lib/schema/article.ts";
import { explainLines, extractFiles } from "./lib/explain.ts";
import { decodeHtml, fetchPage, PageError } from "./lib/fetch-page.ts";
import { articleFile, proposeSlug, readWebArticle } from "./lib/web-article.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const USAGE = "usage: npm run add -- <URL or saved .html file> [--slug SLUG]";

/** Ends the run with one line on stderr. */
function fail(message: string, code = 1): never {
  process.stderr.write(`add: ${message}\n`);
  process.exit(code);
}

/** A path as the user would type it. */
const shown = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return rel.startsWith("..") ? p : rel;
};

const args = process.argv.slice(2);
let slugArg: string | null = null;
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === "--slug") {
    slugArg = args[++i] ?? fail(`--slug needs a value\n${USAGE}`, 2);
  } else if (a.startsWith("--slug=")) {
    slugArg = a.slice("--slug=".length);
  } else if (a === "--help" || a === "-h") {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (a.startsWith("--")) {
    fail(`unknown option ${a}\n${USAGE}`, 2);
  } else positional.push(a);
}
if (positional.length !== 1) fail(USAGE, 2);
const source = positional[0] as string;
if (slugArg !== null && !SlugSchema.safeParse(slugArg).success) {
  fail(`--slug "${slugArg}" must be lower-case kebab-case (a-z, 0-9, -), like --slug ${proposeSlug(slugArg)}`, 2);
}

// 1. The page.
let html: string;
let fetchedFrom: string | null = null;
if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
  try {
    const page = await fetchPage(source);
    html = page.html;
    fetchedFrom = page.url;
  } catch (e) {
    if (e instanceof PageError) fail(e.message);
    throw e;
  }
} else {
  if (!existsSync(source)) fail(`${source}: no such file (give an http(s) address or a saved .html file)`);
  if (!/\.x?html?$/i.test(source)) fail(`${source} is not a saved web page (.html or .htm)`);
  html = decodeHtml(readFileSync(source), null);
}

// 2. The article in it.
const read = readWebArticle(html, fetchedFrom);
if (!read.ok) fail(`refused: ${read.reason}`);
const { meta, body, notes } = read;

// 3. Not already in the content.
const dir = contentDir(ROOT);
const articlesDir = join(dir, "articles");
const duplicate = findDuplicate(articlesDir, meta.url, body);
if (duplicate) fail(`refused: the page is already in the content: ${shown(duplicate.file)} has ${duplicate.why}`);

// 4. The file.
const slug = slugArg ?? proposeSlug(meta.title);
const file = join(articlesDir, `${slug}.md`);
if (existsSync(file)) {
  fail(`refused: ${shown(file)} already exists (another article); choose a slug with --slug`);
}
const text = articleFile(meta, body);
try {
  parseArticle(file, new TextEncoder().encode(text));
} catch (e) {
  const found = contentErrorsOf(e);
  if (found === null) throw e;
  fail(`the page gave front matter the site does not accept; nothing written:\n${formatContentErrors(found)}`);
}
writeFileSync(file, text);

const out: string[] = [
  `wrote ${shown(file)}${slugArg === null ? ` (slug proposed from the headline; --slug to choose another)` : ""}`,
];
out.push(
  ...text
    .split("\n")
    .slice(0, text.split("\n").indexOf("---", 1) + 1)
    .map((l) => `  ${l}`),
);
out.push("where the front matter comes from:", ...notes.map((n) => `  ${n}`));
out.push(`the text: ${body.split("\n").length} paragraphs, ${body.length} characters`);
out.push("", `what the machine finds (npm run --silent extract -- ${shown(file)} --explain):`);
out.push(...explainLines(extractFiles([file], join(dir, "aliases.yaml")), 1, { claims: true }).map((l) => `  ${l}`));
out.push("", "Check the front matter (relays are a proposal), then run npm run build.");
process.stdout.write(`${out.join("\n")}\n`);

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
