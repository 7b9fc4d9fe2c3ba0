import { describe, expect, it } from "vitest";
import { articleExcerpt, claimContext, emphasizedText, renderBlock } from "../../src/lib/site/article-text.ts";
import { splitBlocks } from "../../src/lib/extract/blocks.ts";

const body = [
  "Headline of the piece",
  "",
  "Share this article",
  "",
  "Officials said **about 5,000** troops arrived. Others said 7,000.",
  "",
  "Unrelated closing line.",
  "",
].join("\n");
const at = (s: string): number => body.indexOf(s);
const claim = (figure: string, sentence: string) => ({
  id: `c-${at(figure)}`,
  figure,
  figureStart: at(figure),
  quote: sentence,
  quoteStart: at(sentence),
});
const a = claim("about 5,000", "Officials said **about 5,000** troops arrived.");
const b = claim("7,000", "Others said 7,000.");

describe("articleExcerpt", () => {
  it("quotes only blocks that carry a claim, with gaps for what is left out", () => {
    const items = articleExcerpt(body, [a, b], false);
    expect(items.map((i) => i.kind)).toEqual(["gap", "block", "gap"]);
  });

  it("shows every block, furniture included, when the full text may be shown", () => {
    const items = articleExcerpt(body, [a, b], true);
    expect(items.filter((i) => i.kind === "block").map((i) => (i.kind === "block" ? i.type : ""))).toContain(
      "furniture",
    );
    expect(items.some((i) => i.kind === "gap")).toBe(false);
  });

  it("marks each figure once, in the visible text without Markdown", () => {
    const block = articleExcerpt(body, [a, b], false).find((i) => i.kind === "block");
    const parts = block?.kind === "block" ? block.runs.flatMap((r) => r.parts) : [];
    expect(parts.filter((p) => p.mark !== null).map((p) => [p.mark, p.text])).toEqual([
      [a.id, "about 5,000"],
      [b.id, "7,000"],
    ]);
    expect(parts.map((p) => p.text).join("")).toBe("Officials said about 5,000 troops arrived. Others said 7,000.");
  });
});

describe("claimContext", () => {
  it("emphasizes the claim's sentence inside its paragraph", () => {
    const blocks = claimContext(body, b);
    expect(emphasizedText(blocks)).toBe("Others said 7,000.");
  });
});

describe("renderBlock", () => {
  it("keeps an element for a figure that overlaps another", () => {
    const block = splitBlocks(body).find((x) => x.text.startsWith("Officials"));
    if (!block) throw new Error("fixture");
    const start = at("5,000");
    const r = renderBlock(
      block,
      [
        { id: "x", start: at("about 5,000"), end: start + 5 },
        { id: "y", start, end: start + 5 },
      ],
      null,
    );
    const marks = r.runs
      .flatMap((run) => run.parts)
      .filter((p) => p.mark !== null)
      .map((p) => p.mark);
    expect(marks).toEqual(["x", "y"]);
  });
});
