/**
 * Which keyed pages a build renders, and which it leaves in place from the last build.
 *
 * A page rendered from a view model alone (claims, articles, people) has a key: a hash of that model
 * (`model-key.ts`). When the build's code and settings are those of the last build into the same
 * output folder, a page whose key is unchanged is the same page, already there; `getStaticPaths()`
 * then leaves it out and the build does not render or write it. The build's integration
 * (`src/integrations/incremental-output.ts`) decides whether reuse is allowed, hands the last build's
 * keys over through a folder named in {@link PAGE_REUSE_ENV}, and afterwards records every page's key,
 * rendered or kept, and keeps the kept pages off its list of files to remove.
 *
 * Without that variable (the dev server, tests that call `getStaticPaths()` themselves) every page is
 * rendered.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** The variable naming the folder through which a build hands page keys over. */
export const PAGE_REUSE_ENV = "NK_PAGE_REUSE";
/** The file in that folder with the last build's keys, written before the pages are listed. */
export const PREVIOUS_FILE = "previous.json";
/** The prefix of the files, one per route, in which `getStaticPaths()` reports its pages. */
export const ROUTE_FILE_PREFIX = "route-";

/** The last build's keys, by output file, and the folder it wrote them to. */
export const PreviousKeysSchema = z.object({
  outDir: z.string(),
  keys: z.record(z.string(), z.string()),
});
export type PreviousKeys = z.infer<typeof PreviousKeysSchema>;

/** What one route's `getStaticPaths()` reports: every page's key, and the pages left in place. */
export const RouteReportSchema = z.object({
  keys: z.record(z.string(), z.string()),
  kept: z.array(z.string()),
});
export type RouteReport = z.infer<typeof RouteReportSchema>;

/** A page that may be left in place: its output file (relative, `/`-separated), key and path entry. */
export interface KeyedPage<T> {
  file: string;
  key: string;
  entry: T;
}

/**
 * The output file of a page path, in the site's `directory` build format.
 *
 * @param pathname A page path like `/claims/x/`.
 * @returns `claims/x/index.html`.
 */
export function pageFile(pathname: string): string {
  const bare = pathname.replace(/^\/+|\/+$/g, "");
  return bare === "" ? "index.html" : `${bare}/index.html`;
}

/**
 * The pages of one route to render in this build. A page is left out only when the build allows reuse,
 * the last build gave it the same key, and its file is still in the output folder.
 *
 * @param route A name for the route, unique among the keyed routes (it names the report file).
 * @param pages Every page of the route, with its key.
 * @returns The path entries to render.
 */
export function pagesToRender<T>(route: string, pages: readonly KeyedPage<T>[]): T[] {
  const dir = process.env[PAGE_REUSE_ENV];
  if (!dir) return pages.map((p) => p.entry);
  const previous = PreviousKeysSchema.parse(JSON.parse(readFileSync(join(dir, PREVIOUS_FILE), "utf8")));
  const report: RouteReport = { keys: {}, kept: [] };
  const render: T[] = [];
  for (const p of pages) {
    report.keys[p.file] = p.key;
    if (previous.keys[p.file] === p.key && existsSync(join(previous.outDir, p.file))) report.kept.push(p.file);
    else render.push(p.entry);
  }
  writeFileSync(join(dir, `${ROUTE_FILE_PREFIX}${route}.json`), JSON.stringify(report));
  return render;
}
