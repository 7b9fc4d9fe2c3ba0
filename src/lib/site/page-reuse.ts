/**
 * Which keyed pages a build renders, and which it leaves in place from the last build.
 *
 * A page rendered from a view model alone (claims, articles, people, the pages of the claims data) has
 * a key: a hash of that model (`model-key.ts`). When the build's code and settings are those of the
 * last build into the same output folder, a page whose key is unchanged is the same page, already
 * there; `getStaticPaths()` then leaves it out and the build neither renders nor writes it.
 *
 * The build's integration (`src/integrations/incremental-output.ts`) decides whether reuse is allowed
 * and opens a registry for the build with the last build's keys ({@link openReuse}). `getStaticPaths()`
 * asks {@link pagesToRender} which pages to render; a key is computed there only for a page the last
 * build had, so a first build computes none. Each rendered page records the key of the model it
 * rendered from ({@link recordRendered}). After the build the integration takes every key, rendered or
 * kept, for the next build ({@link closeReuse}), and keeps the kept pages off its list of files to
 * remove. A page that records no key is simply rendered again next time.
 *
 * Without a registry (the dev server, tests that call `getStaticPaths()` themselves) every page is
 * rendered and nothing is recorded.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The registry lives on the process, where the integration and the bundled pages both reach it. */
const REGISTRY = Symbol.for("nk-claims.page-reuse");

/** One build's page keys. */
export interface ReuseRegistry {
  /** The output folder. */
  readonly outDir: string;
  /** The last build's key of each output file (relative, `/`-separated); empty when nothing may be reused. */
  readonly previous: ReadonlyMap<string, string>;
  /** This build's key of each keyed page, rendered or kept. */
  readonly keys: Map<string, string>;
  /** The pages left in place. */
  readonly kept: string[];
}

/** A page that may be left in place: its output file, its key (computed only when needed) and path entry. */
export interface KeyedPage<T> {
  file: string;
  key: () => string;
  entry: T;
}

/**
 * The registry of the build under way, if any.
 *
 * @returns The registry.
 */
function current(): ReuseRegistry | undefined {
  return (globalThis as { [REGISTRY]?: ReuseRegistry })[REGISTRY];
}

/**
 * Opens the registry of a build (the integration, when the build starts).
 *
 * @param outDir The output folder.
 * @param previous The last build's keys, or none when nothing may be reused.
 * @returns The registry.
 */
export function openReuse(outDir: string, previous: ReadonlyMap<string, string>): ReuseRegistry {
  const registry: ReuseRegistry = { outDir, previous, keys: new Map(), kept: [] };
  (globalThis as { [REGISTRY]?: ReuseRegistry })[REGISTRY] = registry;
  return registry;
}

/**
 * Closes the registry of a build (the integration, when the build is done).
 *
 * @returns Its keys and kept pages, or null when no build opened one.
 */
export function closeReuse(): ReuseRegistry | null {
  const registry = current() ?? null;
  delete (globalThis as { [REGISTRY]?: ReuseRegistry })[REGISTRY];
  return registry;
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
 * The pages of one route to render in this build. A page is left out only when the last build gave it
 * the same key and its file is still in the output folder.
 *
 * @param pages Every page of the route.
 * @returns The path entries to render.
 */
export function pagesToRender<T>(pages: readonly KeyedPage<T>[]): T[] {
  const registry = current();
  if (!registry) return pages.map((p) => p.entry);
  const render: T[] = [];
  for (const p of pages) {
    const before = registry.previous.get(p.file);
    if (before !== undefined) {
      const key = p.key();
      if (key === before && existsSync(join(registry.outDir, p.file))) {
        registry.keys.set(p.file, key);
        registry.kept.push(p.file);
        continue;
      }
    }
    render.push(p.entry);
  }
  return render;
}

/**
 * Records the key of a page as it is rendered: the hash of the very model it renders from.
 *
 * @param file The page's output file.
 * @param key Its key.
 */
export function recordRendered(file: string, key: string): void {
  current()?.keys.set(file, key);
}
