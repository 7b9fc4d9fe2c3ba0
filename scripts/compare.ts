/**
 * `npm run --silent compare -- FILE...`: prints `{ claims, topics, people, sources, checks }` for the
 * given article files (editorial files from `content/`), deterministic and sorted. `--summary`
 * prints the topics in words instead.
 */
import { fileURLToPath } from "node:url";
import { ContentError, ContentErrors } from "../src/lib/content/errors.ts";
import { buildFromFiles } from "../src/lib/pipeline.ts";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent compare -- FILE... [--summary]\n");
  process.exit(2);
}
try {
  const { data } = buildFromFiles(files, fileURLToPath(new URL("../content/", import.meta.url)));
  if (args.includes("--summary")) {
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    for (const t of data.topics) {
      process.stdout.write(`\n## ${t.title}\n${t.summary}\n`);
      for (const cl of t.clusters) {
        process.stdout.write(
          `- ${cl.label}: ${cl.claims.length} claims, ${cl.articles.length} articles, ${cl.independent} independent origins`,
        );
        process.stdout.write(cl.circular ? ` — ${cl.circular}\n` : "\n");
      }
      for (const r of t.relations) process.stdout.write(`  [${r.type}] ${r.explanation}\n`);
    }
    process.stdout.write("\n## Checks\n");
    for (const k of data.checks) process.stdout.write(`- [${k.verdict}] ${k.title} ${k.formula}. ${k.detail}\n`);
    process.stdout.write("\n## People with conflicting facts\n");
    for (const p of data.people)
      for (const c of p.conflicts)
        process.stdout.write(
          `- ${p.name}: ${c.explanation} (${byId.get(c.from)?.figure} / ${byId.get(c.to)?.figure})\n`,
        );
  } else {
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  }
} catch (e) {
  if (e instanceof ContentErrors || e instanceof ContentError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
