/**
 * `npm run --silent compare -- FILE...`: prints `{ claims, topics, people, sources, checks }` for the
 * given article files (editorial files from `content/`, or from `CONTENT_DIR` when set), deterministic and sorted. `--summary`
 * prints the topics, checks and people in words instead.
 */
import { fileURLToPath } from "node:url";
import { ContentError, ContentErrors } from "../src/lib/content/errors.ts";
import { contentDir } from "../src/lib/content/dir.ts";
import { buildFromFiles } from "../src/lib/pipeline.ts";
import { originCount } from "../src/lib/compare/provenance.ts";
import { count } from "../src/lib/format/value.ts";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  process.stderr.write("usage: npm run --silent compare -- FILE... [--summary]\n");
  process.exit(2);
}
try {
  const { data } = buildFromFiles(files, contentDir(fileURLToPath(new URL("..", import.meta.url))));
  if (args.includes("--summary")) {
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    for (const t of data.topics) {
      process.stdout.write(`\n## ${t.title}\n${t.summary}\n`);
      for (const cl of t.clusters) {
        process.stdout.write(
          `- ${cl.label}: ${count(cl.claims.length, "claim")}, ${count(cl.articles.length, "article")}, ${originCount(cl.originsAtLeast, cl.originsAtMost)}`,
        );
        process.stdout.write(cl.circular ? ` — ${cl.circular}\n` : "\n");
      }
      // Relations to vague amounts ("thousands") are listed apart from the others.
      const vague = (r: { from: string; to: string }): boolean =>
        byId.get(r.from)?.vague === true || byId.get(r.to)?.vague === true;
      for (const r of t.relations.filter((x) => !vague(x))) process.stdout.write(`  [${r.type}] ${r.explanation}\n`);
      const vagueRelations = t.relations.filter(vague);
      if (vagueRelations.length > 0) process.stdout.write("  Beside vague amounts:\n");
      for (const r of vagueRelations) process.stdout.write(`  [${r.type}] ${r.explanation}\n`);
    }
    process.stdout.write("\n## Checks\n");
    for (const k of data.checks) process.stdout.write(`- [${k.verdict}] ${k.title} ${k.formula}. ${k.detail}\n`);
    process.stdout.write("\n## People, bodies, groups and units\n");
    const citedBy = new Map<string, number>();
    for (const c of data.claims) {
      if (c.citedSource && !c.qualitative) citedBy.set(c.citedSource.id, (citedBy.get(c.citedSource.id) ?? 0) + 1);
    }
    for (const p of data.people) {
      const credited = p.claims.filter((id) => !byId.get(id)?.qualitative).length;
      const cited = citedBy.get(p.id) ?? 0;
      const parts = [
        `in ${count(p.articles.length, "article")}`,
        credited > 0
          ? `${count(credited, "figure")} credited`
          : cited > 0
            ? `${count(cited, "figure")} cited as the source a speaker relies on`
            : "named, credited with no figure",
        ...(p.statements.length > 0 ? [`${count(p.statements.length, "statement")} without a figure`] : []),
        ...(p.about.length > 0 ? [`${count(p.about.length, "fact")} about them`] : []),
        `${count(p.mentions.length, "sentence")} naming them`,
      ];
      process.stdout.write(`- ${p.name} (${p.type}): ${parts.join(", ")}\n`);
    }
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
