import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

/** Makes an invented article. */
function article(slug: string, body: string, published: string, publisher: string): Article {
  const fm = `title: "${slug}"\npublisher: "${publisher}"\npublished: ${published}`;
  return parseArticle(`content/articles/${slug}.md`, new TextEncoder().encode(`---\n${fm}\n---\n${body}\n`));
}

// A figure the article gives only to reject it agrees or conflicts with no one's figure, so it never stands
// for a group of values that also holds a figure someone gives.
describe("a group's representative", () => {
  const articles = [
    article(
      "gull-factcheck",
      [
        "The Kestrel Truth channel claims that 50,010 North Korean soldiers have died fighting for Russia.",
        "Our rating: False.",
        "Our ruling: The claim that 50,010 North Korean troops have been killed is false.",
      ].join("\n"),
      "2025-04-14",
      "Gull Verity Desk",
    ),
    article(
      "harbour-wire",
      "The Tidewater Defence Bureau said about 4,010 North Korean soldiers had been killed.",
      "2025-04-30",
      "Harbour Wire",
    ),
  ];
  const data = compareCorpus(articles, extractCorpus(articles));
  const topic = data.topics.find((t) => t.id === "casualties");
  const group = topic?.clusters.find((cl) => cl.min === 50010);
  const byId = new Map(data.claims.map((c) => [c.id, c]));

  it("is the figure the channel gives, not the ruling's rejected copy, and the relation names the channel", () => {
    const members = (group?.claims ?? []).map((id) => byId.get(id));
    expect(members.map((c) => [c?.stance, c?.attributedTo?.name ?? null])).toEqual([
      ["asserts", "Kestrel Truth channel"],
      ["disputes", null],
    ]);
    const explanations = (topic?.relations ?? []).map((r) => r.explanation).join("\n");
    expect(explanations).toContain("50,010 people (Kestrel Truth channel");
    expect(explanations).not.toContain("50,010 people (unattributed");
  });
});

// An article that prints a figure only to withdraw it does not print it as a figure: the group's article
// count and its origins leave it out, so "the most widely printed" and "how it reached N articles" are true.
describe("a group's articles and origins", () => {
  const articles = [
    article(
      "fenmoor-post",
      "The Tidewater Defence Bureau said 12,030 North Korean soldiers were in Russia.",
      "2025-01-20",
      "Fenmoor Post",
    ),
    article(
      "gull-correction",
      [
        "The Cardew Agency said 11,030 North Korean soldiers were in Russia.",
        "Correction: An earlier version of this article said 12,030 troops; the figure is 11,030.",
      ].join("\n"),
      "2025-01-22",
      "Gull Ledger",
    ),
    article(
      "harbour-wire",
      "The HUR now says 10,030 North Korean soldiers are in Kursk, not 12,030.",
      "2025-01-25",
      "Harbour Wire",
    ),
  ];
  const data = compareCorpus(articles, extractCorpus(articles));
  const group = data.topics.find((t) => t.id === "troops-deployed")?.clusters.find((cl) => cl.min === 12030);

  it("count only the articles that give the figure, and only its givers as origins", () => {
    expect(group?.claims).toHaveLength(3);
    expect(group?.articles).toEqual(["fenmoor-post"]);
    expect(group?.origins.map((o) => o.label)).toEqual(["Tidewater Defence Bureau"]);
    expect(group?.originsAtMost).toBe(1);
  });
});

describe("the most repeated figure", () => {
  const articles = [
    article(
      "fenmoor-post",
      "The Tarrow Bureau says about 8,040 North Korean soldiers are fighting in Kursk.",
      "2025-01-10",
      "Fenmoor Post",
    ),
    article(
      "gull-ledger",
      "The Tarrow Bureau now says 10,040 North Korean soldiers are in Kursk, not 8,040.",
      "2025-01-15",
      "Gull Ledger",
    ),
    article(
      "harbour-wire",
      "The Cardew Agency said 10,040 North Korean soldiers were in Kursk.",
      "2025-01-16",
      "Harbour Wire",
    ),
    article(
      "isle-times",
      "The Vessen Institute said 11,040 North Korean soldiers were in Kursk, not 8,040.",
      "2025-01-17",
      "Isle Times",
    ),
  ];
  const data = compareCorpus(articles, extractCorpus(articles));
  const summary = data.topics.find((t) => t.id === "troops-deployed")?.summary ?? "";

  it("is one someone gives, never a figure printed only to be rejected", () => {
    expect(summary).toContain("The most repeated figure, 10,040 people, is given 2 times in 2 articles");
    expect(summary).not.toMatch(/most repeated figure, (?:about )?8,040/);
  });
});
