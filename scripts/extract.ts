/**
 * `npm run --silent extract -- FILE... [--explain]`: prints the claims the machine finds in the
 * given article files as a JSON array (before any editorial correction). Diagnostics go to stderr;
 * `--explain` also lists every number that did not become a claim, with the reason.
 */
import { fileURLToPath } from "node:url";
import { readAliases } from "../src/lib/content/aliases.ts";
import { readArticles } from "../src/lib/content/articles.ts";
import { ContentError, ContentErrors } from "../src/lib/content/errors.ts";
import { extractCorpus } from "../src/lib/extract/index.ts";

const args = process.argv.slice(2);
const explain = args.includes("--explain");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent extract -- FILE... [--explain]\n");
  process.exit(2);
}
try {
  const aliases = readAliases(fileURLToPath(new URL("../content/aliases.yaml", import.meta.url)));
  const { claims, skipped } = extractCorpus(readArticles(files), aliases);
  process.stdout.write(`${JSON.stringify(claims, null, 2)}\n`);
  if (explain) {
    for (const s of skipped) process.stderr.write(`${s.article}:${s.line}: skipped "${s.text}": ${s.reason}\n`);
  }
  process.stderr.write(`${claims.length} claims, ${skipped.length} numbers skipped, from ${files.length} files\n`);
} catch (e) {
  if (e instanceof ContentErrors || e instanceof ContentError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
