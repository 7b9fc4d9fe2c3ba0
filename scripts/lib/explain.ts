/**
 * The extraction summary shared by `npm run extract -- FILE --explain` and `npm run add`: what the
 * machine found in some article files, as lines a person reads in a terminal.
 */
import { readAliases } from "../../src/lib/content/aliases.ts";
import { readArticles } from "../../src/lib/content/articles.ts";
import { extractCorpus, type Extraction } from "../../src/lib/extract/index.ts";
import { count } from "../../src/lib/format/value.ts";
import type { Claim } from "../../src/lib/schema/claim.ts";

/**
 * Extracts the claims of article files with an alias file (before any editorial correction).
 *
 * @param files Article files.
 * @param aliasFile The alias file (absent is fine).
 * @returns The extraction.
 */
export function extractFiles(files: readonly string[], aliasFile: string): Extraction {
  return extractCorpus(readArticles(files), readAliases(aliasFile));
}

/**
 * One line for a claim: where, the figure as written, its kind and who is credited.
 *
 * @param c The claim.
 * @returns The line.
 */
function claimLine(c: Claim): string {
  const credit = c.attributedTo ? `, credited to ${c.attributedTo.name}` : "";
  return `${c.article}:${c.line}: claim "${c.figure}" (${c.kind}${credit})`;
}

/**
 * The summary: every number skipped with the reason, and the counts; with `claims`, one line per claim first.
 *
 * @param ex The extraction.
 * @param fileCount How many files were read.
 * @param opts `claims`: list the claims too.
 * @returns Lines, without line breaks.
 */
export function explainLines(ex: Extraction, fileCount: number, opts: { claims?: boolean } = {}): string[] {
  return [
    ...(opts.claims ? ex.claims.map(claimLine) : []),
    ...ex.skipped.map((s) => `${s.article}:${s.line}: skipped "${s.text}": ${s.reason}`),
    `${count(ex.claims.length, "claim")}, ${count(ex.skipped.length, "number")} skipped, from ${count(fileCount, "file")}`,
  ];
}
