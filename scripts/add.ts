/**
 * `npm run add -- <URL or saved .html file> [--slug SLUG]`: turns a news web page into
 * `content/articles/<slug>.md` (or under `CONTENT_DIR`), then prints what the machine finds in it.
 * A page already in the content, a page without article text and a page that cannot be fetched are
 * refused with the reason in one line. Exit codes: 0 written, 1 refused or not fetched, 2 wrong usage.
 */
import { fileURLToPath } from "node:url";
import { contentDir } from "../src/lib/content/dir.ts";
import { addArticle, USAGE } from "./lib/add.ts";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${USAGE}\n`);
} else {
  const result = await addArticle(args, contentDir(fileURLToPath(new URL("..", import.meta.url))));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
