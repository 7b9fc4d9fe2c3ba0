/**
 * Access to `../shared`, the data that sits beside the project on the team's machines and in CI but not
 * in a fresh clone. Every test that reads it goes through `describeWithShared`, which checks for the
 * files before Vitest collects the suite, so nothing under `../shared` is read when it is absent.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, it } from "vitest";

/** `../shared`, resolved from this file rather than the working directory. */
export const SHARED = resolve(import.meta.dirname, "../../../shared");

/**
 * The absolute path of a file or folder under `../shared`.
 *
 * @param rel - Path below `../shared`, for example `reference/seed-claims.gold.json`.
 */
export function sharedPath(rel: string): string {
  return resolve(SHARED, rel);
}

/**
 * Whether every given path exists under `../shared`.
 *
 * @param rels - Paths below `../shared`.
 */
export function hasShared(...rels: string[]): boolean {
  return rels.every((r) => existsSync(sharedPath(r)));
}

/**
 * A `describe` whose body runs only when the paths it needs exist under `../shared`. Otherwise the
 * suite is registered as skipped, under a title that says which path is missing, and its body (with
 * any file reads at collection time) never runs.
 *
 * @param name - The suite's title.
 * @param needs - Paths below `../shared` the suite reads.
 * @param body - The suite.
 */
export function describeWithShared(name: string, needs: string[], body: () => void): void {
  const missing = needs.find((r) => !existsSync(sharedPath(r)));
  if (missing === undefined) {
    describe(name, body);
    return;
  }
  describe.skip(`${name} — skipped: ../shared/${missing} is absent (a fresh clone has no ../shared)`, () => {
    it("needs ../shared", () => undefined);
  });
}
