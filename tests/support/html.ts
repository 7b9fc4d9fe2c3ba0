import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Decodes the HTML entities Astro and browsers emit.
 *
 * @param s HTML text.
 * @returns Decoded text.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    if (k === "nbsp") return "\u00a0";
    if (k.startsWith("#x")) return String.fromCodePoint(parseInt(k.slice(2), 16));
    return String.fromCodePoint(parseInt(k.slice(1), 10));
  });
}

/**
 * The visible text of an HTML fragment: scripts and styles dropped, tags removed, entities decoded.
 *
 * @param html HTML.
 * @returns Text.
 */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "").replace(/<[^>]+>/g, ""));
}

/**
 * Lists every file under a folder, as paths relative to it, sorted.
 *
 * @param dir Folder.
 * @returns Relative paths.
 */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Reads a built page by its URL path.
 *
 * @param distDir The `dist/` folder.
 * @param urlPath A path such as `/articles/x/`.
 * @returns The HTML.
 */
export function readPage(distDir: string, urlPath: string): string {
  const file = urlPath.endsWith("/") ? join(distDir, urlPath, "index.html") : join(distDir, urlPath);
  return readFileSync(file, "utf8");
}

/**
 * Every `href` value in a page.
 *
 * @param html HTML.
 * @returns Decoded href values in document order.
 */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ""));
}

/**
 * Every `id` value in a page.
 *
 * @param html HTML.
 * @returns Decoded id values.
 */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? "")));
}

/** A built HTML page: its URL path and its file. */
export interface BuiltPage {
  /** URL path such as `/claims/x/` or `/404.html`. */
  readonly path: string;
  /** Path of the file relative to `dist/`. */
  readonly file: string;
}

/**
 * Every HTML page of a built site.
 *
 * @param distDir The `dist/` folder.
 * @returns Pages sorted by path.
 */
export function htmlPages(distDir: string): BuiltPage[] {
  return listFiles(distDir)
    .filter((f) => f.endsWith(".html"))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, "$1")}` }));
}

/**
 * The HTML between the first `start` marker and the first `end` marker after it.
 *
 * @param html HTML.
 * @param start Opening marker (included).
 * @param end Closing marker (excluded).
 * @returns The slice, or null when `start` is missing.
 */
export function between(html: string, start: string, end: string): string | null {
  const i = html.indexOf(start);
  if (i < 0) return null;
  const j = html.indexOf(end, i + start.length);
  return html.slice(i, j < 0 ? html.length : j);
}

/**
 * Every built page whose text matches a pattern, each with the words around the first match.
 *
 * @param distDir The built site.
 * @param pattern What no page should say.
 * @returns "path: …words…" for each page that says it.
 */
export function pagesSaying(distDir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const page of htmlPages(distDir)) {
    const text = htmlText(readPage(distDir, `/${page.file}`));
    const m = pattern.exec(text);
    if (m) found.push(`${page.path}: …${text.slice(Math.max(0, m.index - 50), m.index + 40)}…`);
  }
  return found;
}
