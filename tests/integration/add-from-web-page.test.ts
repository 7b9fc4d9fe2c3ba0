import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { addArticle, type AddResult } from "../../scripts/lib/add.ts";
import { fetchPage, PageError } from "../../scripts/lib/fetch-page.ts";
import { proposeRelays, proposeSlug, readWebArticle } from "../../scripts/lib/web-article.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/add");
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

/** A local server for the URL path: the fixtures, and the ways a fetch goes wrong. */
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === "/missing.html") {
      res.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
    } else if (path === "/report.pdf") {
      res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
    } else if (path === "/huge.html") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<p>${"x".repeat(200_000)}</p>`);
    } else if (path === "/slow.html") {
      // Answers after the client has given up.
      setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("<p>late</p>"), 2_000).unref();
    } else if (/^\/[a-z-]+\.html$/.test(path) && existsSync(join(FIXTURES, path.slice(1)))) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(fixture(path.slice(1)));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

/** A copy of the project's content that `add` may write to. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "add-content-"));
  cpSync(join(ROOT, "content"), join(dir, "content"), { recursive: true });
  return join(dir, "content");
}

/** Runs `npm run add` in this process against a content folder. */
const add = (contentDir: string, ...args: string[]): Promise<AddResult> => addArticle(args, contentDir);

/** Runs the command line itself, as `npm run add` does, with `CONTENT_DIR`. */
function addCli(
  contentDir: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts/add.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** The front matter lines of an article file. */
const frontMatter = (text: string): string => text.split("\n---\n")[0]?.replace(/^---\n/, "") ?? "";

/** The text a browser shows for some HTML, for checking that the body is the page's own words. */
const pageText = (html: string): string =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[ \t\n\r]+/g, " ");

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(resolve(d, ".."), { recursive: true, force: true });
});

describe("npm run add turns a news page into an article file that builds", () => {
  const cases = [
    {
      page: "news-with-furniture.html",
      viaUrl: true,
      slug: "seoul-more-north-korean-troops-reached",
      fm: [
        'title: "Seoul says more North Korean troops reached Kursk"',
        'publisher: "The Harbour Courier"',
        "relays: []",
        'url: "https://harbour-courier.example/world/2025/02/14/seoul-more-troops-kursk"',
        "published: 2025-02-14",
        "fullText: false",
      ],
      furniture: [
        "Advertisement",
        "CloudDesk",
        "Reader42",
        "Most read",
        "Subscribe",
        "Related",
        "Photo:",
        "By Mina Hart",
      ],
      paragraphs: 5,
    },
    {
      page: "jsonld-newsarticle.html",
      viaUrl: false,
      slug: "pyongyang-keeps-most-soldiers-pay-defectors",
      fm: [
        `title: "Pyongyang keeps most of soldiers' pay, defectors say"`,
        'publisher: "Northern Ledger"',
        'relays: ["Associated Press"]',
        'url: "https://northern-ledger.example/asia/pyongyang-keeps-soldiers-pay"',
        "published: 2025-03-02",
        "fullText: false",
      ],
      furniture: ["cookies", "Newsletter", "Sign up", "Careers"],
      paragraphs: 4,
    },
    {
      page: "og-only.html",
      viaUrl: true,
      slug: "ukraine-holds-two-north-korean-prisoners",
      fm: [
        'title: "Ukraine says it holds two North Korean prisoners"',
        'publisher: "Eastern Wire Review"',
        'relays: ["Reuters"]',
        'url: "https://eastern-wire-review.example/news/ukraine-north-korean-prisoners"',
        "fullText: false",
      ],
      furniture: ["front page", "Share:", "Facebook"],
      paragraphs: 3,
    },
    {
      page: "amp-page.html",
      viaUrl: false,
      slug: "casualty-estimates-north-korean-units-rise",
      fm: [
        'title: "Casualty estimates for North Korean units rise"',
        'publisher: "Meridian Daily"',
        "relays: []",
        'url: "https://meridian-daily.example/2025/01/29/casualty-estimates-rise.html"',
        "published: 2025-01-29",
        "fullText: false",
      ],
      furniture: ["Menu", "View the full site", "AMP"],
      paragraphs: 3,
    },
  ];

  it.each(cases)("$page", async ({ page, viaUrl, slug, fm, furniture, paragraphs }) => {
    const dir = contentCopy();
    dirs.push(dir);
    const before = readdirSync(join(dir, "articles")).length;
    const run = await add(dir, viaUrl ? `${base}/${page}` : join(FIXTURES, page));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = join(dir, "articles", `${slug}.md`);
    expect(run.stdout).toContain(`wrote ${file}`);
    const text = readFileSync(file, "utf8");
    expect(frontMatter(text).split("\n")).toEqual(fm);

    // The body: the page's own paragraphs, one per line, and none of its furniture.
    const article = parseArticle(file, readFileSync(file));
    const lines = article.body.split("\n");
    expect(lines).toHaveLength(paragraphs);
    const shown = pageText(fixture(page));
    for (const line of lines) expect(shown).toContain(line);
    for (const word of furniture) expect(article.body).not.toContain(word);

    // Every fallback is reported, and the extraction summary follows.
    expect(run.stdout).toMatch(/where the front matter comes from:\n {2}publisher: /);
    expect(run.stdout).toContain(`--explain):\n  ${slug}:`);
    expect(run.stdout).toMatch(/\d+ claims?, \d+ numbers? skipped, from 1 file\n/);

    // The new file builds with the rest of the content.
    const corpus = buildCorpus(dir);
    expect(corpus.articles).toHaveLength(before + 1);
    expect(corpus.data.claims.some((c) => c.article === slug)).toBe(true);
  });

  it("reports each fallback: no date left out, no publisher is null, <title> without the site name", async () => {
    const dir = contentCopy();
    dirs.push(dir);
    const og = await add(dir, `${base}/og-only.html`);
    expect(og.stdout).toContain(
      "published: the page gives no date (no article:published_time, no JSON-LD datePublished); left out",
    );
    const html = `<html><head><title>Officials count the wounded | Some Site</title></head><body><div>${"<p>Officials said that about 2,000 North Korean soldiers had been wounded in the fighting so far, and that the count was rising every week.</p>".repeat(4)}</div></body></html>`;
    const r = readWebArticle(html, null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.meta.title).toBe("Officials count the wounded");
    expect(r.meta.publisher).toBeNull();
    expect(r.meta.url).toBeUndefined();
    expect(r.notes).toContain(
      "title: the page has no headline (no og:title, JSON-LD headline or <h1>); took its <title>",
    );
    expect(r.notes).toContain(
      "publisher: the page names none (no og:site_name, no JSON-LD publisher.name); wrote publisher: null",
    );
    expect(r.notes).toContain("url: the page gives no canonical address; left out");
  });

  it("takes --slug, and refuses a slug that is not one", async () => {
    const dir = contentCopy();
    dirs.push(dir);
    const ok = await add(dir, join(FIXTURES, "amp-page.html"), "--slug", "meridian-casualties");
    expect(ok.code).toBe(0);
    expect(existsSync(join(dir, "articles/meridian-casualties.md"))).toBe(true);
    const bad = await add(dir, join(FIXTURES, "amp-page.html"), "--slug", "Meridian Casualties");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'add: --slug "Meridian Casualties" must be lower-case kebab-case (a-z, 0-9, -), like --slug meridian-casualties\n',
    );
  });
});

describe("the command line", () => {
  it("writes under CONTENT_DIR and exits 0; refuses with exit 1; wrong usage exits 2", async () => {
    const dir = contentCopy();
    dirs.push(dir);
    const ok = await addCli(dir, `${base}/og-only.html`);
    expect([ok.code, ok.stderr]).toEqual([0, ""]);
    expect(ok.stdout).toContain(`wrote ${join(dir, "articles/ukraine-holds-two-north-korean-prisoners.md")}`);
    const again = await addCli(dir, `${base}/og-only.html`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^add: refused: the page is already in the content: .* the same canonical address/);
    const usage = await addCli(dir);
    expect([usage.code, usage.stderr]).toEqual([
      2,
      "add: usage: npm run add -- <URL or saved .html file> [--slug SLUG]\n",
    ]);
  });
});

describe("npm run add refuses, with the reason in one line", () => {
  let dir = "";
  beforeAll(async () => {
    dir = contentCopy();
    dirs.push(dir);
    const first = await add(dir, `${base}/news-with-furniture.html`);
    expect(first.code).toBe(0);
  });

  it.each([
    [
      "a page with no article (an index of links)",
      "no-article.html",
      /^add: refused: the page looks like an index of links, not an article \(\d+% of its text is links\)\n$/,
    ],
    [
      "a paywall stub",
      "paywall-stub.html",
      /^add: refused: the page has only \d+ characters of article text, under 300; the page says its text is behind a paywall/,
    ],
    [
      "the same page under its canonical address",
      "duplicate-print-version.html",
      /^add: refused: the page is already in the content: .*articles\/seoul-more-north-korean-troops-reached\.md has the same canonical address/,
    ],
    [
      "the same text on another site",
      "duplicate-syndicated.html",
      /^add: refused: the page is already in the content: .*articles\/seoul-more-north-korean-troops-reached\.md has the same text \(5 of its 6 paragraphs\)\n$/,
    ],
  ])("%s", async (_case, page, message) => {
    const files = readdirSync(join(dir, "articles")).sort();
    const run = await add(dir, `${base}/${page}`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(join(dir, "articles")).sort()).toEqual(files);
  });

  it("an HTTP error, a page that is not HTML, and a refused connection", async () => {
    const missing = await add(dir, `${base}/missing.html`);
    expect([missing.code, missing.stderr]).toEqual([1, `add: ${base}/missing.html answered HTTP 404 Not Found\n`]);
    const pdf = await add(dir, `${base}/report.pdf`);
    expect([pdf.code, pdf.stderr]).toEqual([
      1,
      `add: ${base}/report.pdf is not an HTML page (Content-Type: application/pdf)\n`,
    ]);
    // A port that nothing listens on.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refused = await add(dir, `http://127.0.0.1:${port}/story.html`);
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `add: could not fetch http://127.0.0.1:${port}/story.html: the connection was refused\n`,
    ]);
    const ftp = await add(dir, "ftp://example.org/story.html");
    expect([ftp.code, ftp.stderr]).toEqual([1, "add: only http(s) addresses can be fetched, not ftp:\n"]);
  });

  it("a fetch stops at the size cap and at the timeout", async () => {
    const huge = fetchPage(`${base}/huge.html`, { timeoutMs: 5_000, maxBytes: 100_000 });
    await expect(huge).rejects.toBeInstanceOf(PageError);
    await expect(huge).rejects.toThrow(`${base}/huge.html is larger than 100000 bytes`);
    await expect(fetchPage(`${base}/slow.html`, { timeoutMs: 300, maxBytes: 100_000 })).rejects.toThrow(
      `could not fetch ${base}/slow.html: no answer within 0.3 s`,
    );
  });

  it("a page with no headline at all", () => {
    const r = readWebArticle(`<html><body><p>${"Some words. ".repeat(40)}</p></body></html>`, null);
    expect(r).toEqual({
      ok: false,
      reason: "the page has no headline (no og:title, JSON-LD headline, <h1> or <title>)",
    });
  });
});

describe("proposals", () => {
  it("relays come from wire credits in the text, never from the publisher itself", () => {
    expect(proposeRelays("SEOUL (AP) — Troops arrived. Reuters reported the same.", null)).toEqual([
      "Associated Press",
      "Reuters",
    ]);
    expect(proposeRelays("According to AFP, about 100 were killed.", null)).toEqual(["Agence France-Presse"]);
    expect(proposeRelays("Reuters reported that 100 were killed.", "Reuters")).toEqual([]);
    expect(proposeRelays("The map was redrawn.", null)).toEqual([]);
  });

  it("slugs are short and lower case", () => {
    expect(proposeSlug("Kim's soldiers: 'We were told it was training' — a report")).toBe(
      "kims-soldiers-we-told-training-report",
    );
    expect(proposeSlug("Über die Truppen")).toBe("uber-die-truppen");
  });
});
