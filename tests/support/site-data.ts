import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Check, ClaimView, Person, Source, Topic } from "../../src/lib/compare/types.ts";

/** What a built site publishes under `/api/`, read back from `dist/`. */
export interface PublishedData {
  readonly claims: readonly (ClaimView & { url: string; articleUrl: string })[];
  readonly topics: readonly (Topic & { url: string })[];
  readonly people: readonly (Person & { url: string })[];
  readonly sources: readonly (Source & { url: string })[];
  readonly checks: readonly (Check & { url: string | null })[];
}

/**
 * Reads the data files of a built site.
 *
 * @param distDir The `dist/` folder.
 * @returns The records.
 */
export function readPublished(distDir: string): PublishedData {
  const read = <K extends keyof PublishedData>(key: K): PublishedData[K] =>
    (JSON.parse(readFileSync(join(distDir, "api", `${key}.json`), "utf8")) as Record<K, PublishedData[K]>)[key];
  return {
    claims: readClaimPages(distDir),
    topics: read("topics"),
    people: read("people"),
    sources: read("sources"),
    checks: read("checks"),
  };
}

/** `/api/claims.json`: the index of the pages of claims. */
export interface ClaimsIndex {
  readonly schemaVersion: number;
  readonly count: number;
  readonly pageSize: number;
  readonly pages: readonly { url: string; count: number; first: string | null; last: string | null }[];
}

/**
 * Reads the claims of a built site through their index, page after page.
 *
 * @param distDir The `dist/` folder.
 * @returns The claims in id order.
 */
export function readClaimPages(distDir: string): PublishedData["claims"] {
  const index = JSON.parse(readFileSync(join(distDir, "api/claims.json"), "utf8")) as ClaimsIndex;
  return index.pages.flatMap(
    (p) =>
      (JSON.parse(readFileSync(join(distDir, new URL(p.url).pathname), "utf8")) as { claims: PublishedData["claims"] })
        .claims,
  );
}
