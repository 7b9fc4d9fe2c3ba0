/**
 * Loading the search: the engine and the core of the index on first need, the quotes after the
 * first results show.
 */
import type { Search } from "../../lib/search/engine.ts";
import type { SearchText } from "../../lib/search/format.ts";
import type { SiteSearchCore } from "../../lib/site/search.ts";

/**
 * Fetches a JSON file.
 *
 * @param url Address.
 * @returns The parsed body.
 */
async function fetchJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

/** What the loader tells the page. */
export interface LoaderEvents {
  /** Loading started or ended. */
  busy(on: boolean): void;
  /** The core part arrived (before the engine is used). */
  core(core: SiteSearchCore): void;
  /** Something changed that the page should show: the engine is ready, it failed, or the quotes arrived. */
  changed(): void;
  /** The quotes arrived. */
  quotes(): void;
}

/** Loads the engine once and the quotes once. */
export class SearchLoader {
  /** The engine, once loaded. */
  engine: Search | null = null;
  /** Whether loading the engine or the index failed. */
  failed = false;
  private loading: Promise<void> | null = null;
  private textRequested = false;
  private readonly indexUrl: string;
  private readonly textUrl: string;
  private readonly on: LoaderEvents;

  /**
   * Prepares loading; nothing is fetched until `ensure`.
   *
   * @param indexUrl The core part's address.
   * @param textUrl The quotes' address.
   * @param on What to tell the page.
   */
  constructor(indexUrl: string, textUrl: string, on: LoaderEvents) {
    this.indexUrl = indexUrl;
    this.textUrl = textUrl;
    this.on = on;
  }

  /**
   * Loads the engine and the core of the index, once.
   *
   * @returns When they are loaded (or have failed).
   */
  ensure(): Promise<void> {
    this.loading ??= (async () => {
      this.on.busy(true);
      try {
        const [mod, data] = await Promise.all([
          import("../../lib/search/engine.ts"),
          fetchJson<SiteSearchCore>(this.indexUrl),
        ]);
        this.engine = mod.createSearch({ core: data });
        this.on.core(data);
      } catch {
        this.failed = true;
      } finally {
        this.on.busy(false);
      }
      this.on.changed();
    })();
    return this.loading;
  }

  /** Loads the quotes once the engine is there; without them results still show their figure, kind, source and date. */
  loadText(): void {
    if (this.textRequested || !this.engine) return;
    this.textRequested = true;
    const e = this.engine;
    void fetchJson<SearchText>(this.textUrl).then(
      (t) => {
        e.addText(t);
        this.on.quotes();
        this.on.changed();
      },
      () => undefined,
    );
  }
}
