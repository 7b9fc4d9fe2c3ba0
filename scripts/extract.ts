/**
 * `npm run --silent extract -- FILE... [--explain]`: prints the claims the machine finds in the
 * given article files as a JSON array (before any editorial correction). Diagnostics go to stderr;
 * `--explain` also lists every number that did not become a claim, with the reason.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { contentDir } from "../src/lib/content/dir.ts";
import { ContentError, ContentErrors } from "../src/lib/content/errors.ts";
import { explainLines, extractFiles } from "./lib/explain.ts";

const args = process.argv.slice(2);
const explain = args.includes("--explain");
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent extract -- FILE... [--explain]\n");
  process.exit(2);
}
try {
  const ex = extractFiles(files, join(contentDir(fileURLToPath(new URL("..", import.meta.url))), "aliases.yaml"));
  process.stdout.write(`${JSON.stringify(ex.claims, null, 2)}\n`);
  const lines = explainLines(ex, files.length);
  // Without --explain, only the counts.
  for (const line of explain ? lines : lines.slice(-1)) process.stderr.write(`${line}\n`);
} catch (e) {
  if (e instanceof ContentErrors || e instanceof ContentError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
