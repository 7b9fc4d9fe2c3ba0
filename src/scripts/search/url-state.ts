/**
 * The search page's state in the address: the query and the filters. Typing replaces the current
 * history entry (after a pause), a submitted search or a filter adds one, and Back and Forward
 * restore them.
 */
import { paths } from "../../lib/site/paths.ts";

/** The filters, in the order they appear in the address. */
export const FACETS = ["kind", "person", "source"] as const;
export type Facet = (typeof FACETS)[number];

/** What the page shows: the query and the filters ("" for none). */
export interface State {
  readonly q: string;
  readonly kind: string;
  readonly person: string;
  readonly source: string;
}

/** What the page keeps in each history entry: a draft is replaced while typing, a committed search is kept. */
interface Entry {
  readonly search: true;
  readonly draft: boolean;
}

/**
 * Reads the state from the address.
 *
 * @returns Query and filters.
 */
export function readState(): State {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get("q") ?? "",
    kind: p.get("kind") ?? "",
    person: p.get("person") ?? "",
    source: p.get("source") ?? "",
  };
}

/**
 * The address of a state: `/search/?q=...&kind=...&person=...&source=...`, empty parts left out.
 *
 * @param s State.
 * @returns Path and query.
 */
export function urlOf(s: State): string {
  const p = new URLSearchParams();
  if (s.q !== "") p.set("q", s.q);
  for (const f of FACETS) if (s[f] !== "") p.set(f, s[f]);
  const qs = p.toString();
  return qs === "" ? paths.search : `${paths.search}?${qs}`;
}

/**
 * Whether a state asks for nothing.
 *
 * @param s State.
 * @returns True without a query and without filters.
 */
export function isEmpty(s: State): boolean {
  return s.q.trim() === "" && FACETS.every((f) => s[f] === "");
}

/** Keeps the address in step with the page's state. */
export class AddressBar {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly current: () => State;
  private readonly delayMs: number;

  /**
   * Marks the entry the page was opened at as the page's own.
   *
   * @param current The page's state now.
   * @param delayMs How long typing waits before the address follows.
   */
  constructor(current: () => State, delayMs: number) {
    this.current = current;
    this.delayMs = delayMs;
    if (history.state === null) {
      history.replaceState({ search: true, draft: isEmpty(current()) } satisfies Entry, "", location.href);
    }
  }

  /** Follows typing once it pauses. */
  typed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.writeTyped(), this.delayMs);
  }

  /** Forgets a pending write (the state is about to be replaced). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Records a submitted search as an entry of its own. */
  commit(): void {
    this.cancel();
    const url = urlOf(this.current());
    const entry: Entry = { search: true, draft: false };
    if (this.isDraft()) history.replaceState(entry, "", url);
    else if (url !== currentUrl()) history.pushState(entry, "", url);
  }

  /** Adds an entry for a filter change, keeping the search it narrows one step back. */
  pushFilter(): void {
    if (this.timer !== undefined) this.writeTyped();
    const url = urlOf(this.current());
    if (url !== currentUrl()) history.pushState({ search: true, draft: false } satisfies Entry, "", url);
  }

  /** Writes a typed query into the address: a new entry after a committed search, else the same one. */
  private writeTyped(): void {
    this.cancel();
    const url = urlOf(this.current());
    if (url === currentUrl()) return;
    const entry: Entry = { search: true, draft: true };
    if (this.isDraft()) history.replaceState(entry, "", url);
    else history.pushState(entry, "", url);
  }

  /** Whether the current history entry may be replaced while typing. */
  private isDraft(): boolean {
    return (history.state as Entry | null)?.draft ?? true;
  }
}

/**
 * The current path and query.
 *
 * @returns e.g. "/search/?q=2k".
 */
function currentUrl(): string {
  return `${location.pathname}${location.search}`;
}
