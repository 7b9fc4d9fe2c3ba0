import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pollUntil, startDevServer, type DevServer } from "../support/dev-server.ts";

/** A copy of the project's content: the test edits the copy, never `content/`. */
const work = mkdtempSync(join(tmpdir(), "live-edit-"));
const contentDir = join(work, "content");
cpSync(resolve(import.meta.dirname, "../../content"), contentDir, { recursive: true });
const slug = (readdirSync(join(contentDir, "articles")).find((f) => f.endsWith(".md")) ?? "").replace(/\.md$/, "");
const file = join(contentDir, "articles", `${slug}.md`);
// The whole text is shown only when fullText is true; the copy allows it so that any edit is visible.
writeFileSync(file, readFileSync(file, "utf8").replace(/^fullText: false$/m, "fullText: true"));

let server: DevServer | undefined;
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

const get = async (url: string): Promise<{ status: number; text: string }> => {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, text: await res.text() };
};

describe("npm run dev picks up a saved edit without a restart", () => {
  it("serves an edited article's new text, and keeps the last good page after a bad edit", async () => {
    server = await startDevServer(contentDir, join(work, "cache"));
    const page = `${server.url}articles/${slug}/`;
    await pollUntil(async () => (await get(page)).status === 200, 60_000, 200).catch((e: unknown) => {
      throw new Error(`${page} was not served: ${String(e)}\n${server?.output() ?? ""}`);
    });

    const marker = `Live edit marker ${Date.now().toString(36)}.`;
    const saved = performance.now();
    writeFileSync(file, `${readFileSync(file, "utf8").replace(/\n$/, "")}\n${marker}\n`);
    await pollUntil(async () => (await get(page)).text.includes(marker), 30_000, 25);
    const latency = Math.round(performance.now() - saved);
    console.log(`live edit: the edited text of ${slug} was served ${latency} ms after the save`);

    // A bad edit: the terminal names the file, the line and the fix; the page keeps the last good text.
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title:/m, "titel:"));
    await pollUntil(
      async () => server?.output().includes('"titel" is not a field; did you mean "title"?') ?? false,
      30_000,
    );
    expect(server.output()).toContain(`${slug}.md:2: field "titel"`);
    const after = await get(page);
    expect(after.status).toBe(200);
    expect(after.text).toContain(marker);
  }, 120_000);
});
