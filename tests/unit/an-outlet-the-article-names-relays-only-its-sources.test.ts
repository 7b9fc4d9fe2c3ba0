import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

/** The claims of one invented article, as "figure: credit via relays". */
function read(frontMatter: string, body: string): string[] {
  const a = parseArticle(
    "content/articles/relay-named.md",
    new TextEncoder().encode(`---\ntitle: "relay-named"\n${frontMatter}\npublished: 2025-06-10\n---\n${body}\n`),
  );
  return extractCorpus([a]).claims.map(
    (c) => `${c.figure}: ${c.attributedTo?.name ?? "nobody"} via ${c.via.map((v) => v.name).join(", ") || "none"}`,
  );
}

// The front matter's one relay is every figure's only when the article does not say which figures it took.
describe("an outlet the front matter names as relayed", () => {
  const body = [
    "North Korea has sent some 14,000 soldiers to fight for Russia, according to estimates.",
    "Defectors say the soldiers are promised about $2,000 a month.",
    "About 600 of them have been killed, the Daily Meridian reported, citing the Defence Intelligence Service.",
    "The Defence Intelligence Service also said 2,000 had been wounded.",
  ].join("\n");

  it("relays, when the article's sentences name it, only the figures of the sources they credit", () => {
    expect(read('publisher: "Northern Observer"\nrelays: ["Daily Meridian"]', body)).toEqual([
      "some 14,000: nobody via none",
      "about $2,000 a month: Defectors via none",
      "About 600: Defence Intelligence Service via Daily Meridian",
      "2,000: Defence Intelligence Service via Daily Meridian",
    ]);
  });

  it("relays every figure of a text that never names it, or that has no publisher of its own", () => {
    const unnamed = body.replace(", the Daily Meridian reported, citing the Defence Intelligence Service", "");
    expect(read('publisher: "Northern Observer"\nrelays: ["Daily Meridian"]', unnamed)).toEqual(
      expect.arrayContaining([
        "some 14,000: nobody via Daily Meridian",
        "about $2,000 a month: Defectors via Daily Meridian",
      ]),
    );
    expect(read('publisher: null\nrelays: ["Daily Meridian"]', body)).toEqual(
      expect.arrayContaining([
        "some 14,000: nobody via Daily Meridian",
        "about $2,000 a month: Defectors via Daily Meridian",
      ]),
    );
  });
});
