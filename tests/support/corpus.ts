import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { listArticleFiles, readArticles } from "../../src/lib/content/articles.ts";
import { extractCorpus, type Extraction } from "../../src/lib/extract/index.ts";
import type { GoldClaim, Trap } from "./score.ts";
import { sharedPath } from "./shared.ts";

/** Project root. */
export const ROOT = resolve(import.meta.dirname, "../..");
/** The reference annotations of the seed articles, when `../shared` is there. */
export const GOLD_FILE = sharedPath("reference/seed-claims.gold.json");
/** Fixture articles of the extractor. */
export const FIXTURES = join(ROOT, "tests/fixtures/extract");

/**
 * Extracts the project's own articles with its alias file.
 *
 * @returns The extraction.
 */
export function extractContent(): Extraction {
  return extractCorpus(
    readArticles(listArticleFiles(join(ROOT, "content"))),
    readAliases(join(ROOT, "content/aliases.yaml")),
  );
}

/**
 * Reads the reference annotations.
 *
 * @returns Gold claims and traps, or null when the file is absent.
 */
export function readGold(): { claims: GoldClaim[]; traps: Trap[] } | null {
  if (!existsSync(GOLD_FILE)) return null;
  const g = JSON.parse(readFileSync(GOLD_FILE, "utf8")) as { claims: GoldClaim[]; traps: Trap[] };
  return { claims: g.claims, traps: g.traps };
}

/**
 * Lists the extractor's fixture cases.
 *
 * @returns Case names, sorted.
 */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(join(FIXTURES, d, "input.md")))
    .sort();
}
