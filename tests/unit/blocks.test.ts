import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockInlineText, splitBlocks, type Block, type BlockType } from "../../src/lib/extract/blocks.ts";
import { splitSentences } from "../../src/lib/extract/sentences.ts";
import { growthRatio } from "../support/growth.ts";
import { describeWithShared, sharedPath } from "../support/shared.ts";

/** The type of the single block made from `line`. */
function typeOf(line: string): BlockType {
  const blocks = splitBlocks(line);
  expect(blocks).toHaveLength(1);
  return (blocks[0] as Block).type;
}

const PROSE =
  "Officials in the capital said on Tuesday that the unit had been moved to the border region, where it joined two brigades already stationed there.";

describe("splitBlocks: lines and offsets", () => {
  it("makes one block per line with exact offsets and 1-based line numbers", () => {
    const body = `Border Units Move North\n\n${PROSE}\nAdvertisement`;
    const blocks = splitBlocks(body);
    expect(blocks.map((b) => b.line)).toEqual([1, 2, 3, 4]);
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    for (const b of blocks) expect(body.slice(b.start, b.end)).toBe(b.text);
    expect(blocks.map((b) => b.type)).toEqual(["heading", "blank", "prose", "furniture"]);
  });

  it("handles \\r\\n and lone \\r without putting the carriage return in a block", () => {
    const body = `First Heading Here\r\n${PROSE}\r\rLast line of the piece ends here with a period.`;
    const blocks = splitBlocks(body);
    expect(blocks).toHaveLength(4);
    for (const b of blocks) {
      expect(b.text).not.toMatch(/[\r\n]/);
      expect(body.slice(b.start, b.end)).toBe(b.text);
    }
    expect(blocks[1]?.start).toBe("First Heading Here\r\n".length);
    expect(blocks[2]?.type).toBe("blank");
    expect(blocks[3]?.line).toBe(4);
  });

  it("does not add an empty block after a final line break", () => {
    expect(splitBlocks(`${PROSE}\n`)).toHaveLength(1);
    expect(splitBlocks("")).toEqual([]);
    expect(splitBlocks("\n")).toHaveLength(1);
  });

  it("marks whitespace-only lines as blank", () => {
    const blocks = splitBlocks("  \t \nx y z.");
    expect(blocks[0]?.type).toBe("blank");
    expect(blocks[0]?.reason).toBeUndefined();
  });
});

describe("splitBlocks: furniture", () => {
  it.each([
    "0 Comments",
    "12 comments",
    "Related Articles",
    "Back to top button",
    "Create a free account",
    "Sign up",
    "Subscribe",
    "Subscribe to our newsletter.",
    "Advertisement",
    "Share this article",
    "Read more: the latest from the front",
  ])("page chrome %j", (line) => {
    expect(typeOf(line)).toBe("furniture");
  });

  it("flags promo bullets and source lines", () => {
    expect(typeOf("  • For more: Sample website and for social networking, you can follow us on Facebook")).toBe(
      "furniture",
    );
    expect(typeOf("  • Source of information and images “sample outlet”")).toBe("furniture");
    expect(typeOf("Source of information: wire services")).toBe("furniture");
  });

  it("keeps a 'Key figures' bullet and a table row of label, figure and source as prose, not a menu", () => {
    expect(typeOf("- Troops deployed: about 11,000 (NIS)")).toBe("prose");
    expect(typeOf("• Monthly pay per soldier: $2,000 (reported by a daily)")).toBe("prose");
    expect(typeOf("Killed | 300 | NIS")).toBe("prose");
    expect(typeOf("| Wounded | 2,700 | NIS |")).toBe("prose");
    expect(typeOf("Home | World | Asia")).toBe("furniture");
    expect(typeOf("- Related coverage")).not.toBe("prose");
  });

  it("flags one- and two-word section labels", () => {
    expect(typeOf("World")).toBe("furniture");
    expect(typeOf("Asia Pacific")).toBe("furniture");
    expect(splitBlocks("Politics")[0]?.reason).toBe("section label");
  });

  it("flags bylines and outlet lines without sentence punctuation", () => {
    expect(typeOf("Example Media Group")).toBe("furniture");
    expect(typeOf("By Jane Doe")).toBe("furniture");
    expect(typeOf("Jane Doe, Staff Writer")).toBe("furniture");
    expect(typeOf("Home | World | Asia")).toBe("furniture");
  });

  it("flags lines of staff credits, with or without a full stop, and keeps sentences that name a reporter", () => {
    for (const line of [
      "Live coverage by Ella Margrave and Tomasz Wirth.",
      "(Reporting by Jane Doe in Seoul; Editing by John Roe)",
      "Additional reporting by Kim Do-yun in Seoul",
    ]) {
      expect(splitBlocks(line)[0], line).toMatchObject({ type: "furniture", reason: "byline" });
    }
    expect(typeOf("Reporting by state media said 3,000 soldiers had been sent to Kursk.")).not.toBe("furniture");
  });

  it("flags timestamps, weather widgets and ad sizes", () => {
    expect(typeOf("Published : Nov. 25, 2024 - 15:27")).toBe("furniture");
    expect(typeOf("Updated: 3 March 2023 09:10 GMT")).toBe("furniture");
    expect(typeOf("Tuesday, March 4, 2025")).toBe("furniture");
    expect(typeOf("5 min read")).toBe("furniture");
    expect(typeOf("75 F")).toBe("furniture");
    expect(typeOf("Springfield 24°C")).toBe("furniture");
    expect(typeOf("300x250")).toBe("furniture");
  });

  it("flags lines that are only a photo credit", () => {
    expect(typeOf("(AP Photo/Jane Doe, File)")).toBe("furniture");
    expect(typeOf("Photo: Reuters")).toBe("furniture");
    expect(typeOf("(Getty Images)")).toBe("furniture");
  });

  it("flags separators and markup-only lines", () => {
    expect(typeOf("* * *")).toBe("furniture");
    expect(typeOf("---")).toBe("furniture");
  });
});

describe("splitBlocks: a list of labelled figures", () => {
  it("reads two or more 'Label: figure' lines in a row as statements, and one alone as a heading", () => {
    const types = (body: string): BlockType[] => splitBlocks(body).map((b) => b.type);
    expect(types("Losses are as follows.\nKilled: about 300\nWounded: 2,700\nMore text follows here.")).toEqual([
      "prose",
      "prose",
      "prose",
      "prose",
    ]);
    expect(types("Kursk: 300\nThe fighting went on for weeks after that.")[0]).not.toBe("prose");
  });
});

describe("splitBlocks: headings and captions", () => {
  it("treats short lines without sentence punctuation as headings", () => {
    expect(typeOf("Soldiers Face Harsh Winter Conditions")).toBe("heading");
    expect(typeOf("Pay Without Choice")).toBe("heading");
  });

  it("treats a line wrapped in ** or a Markdown heading as a heading", () => {
    expect(typeOf("**Troops Sent Abroad to Support the Campaign**")).toBe("heading");
    expect(typeOf("*Why the Deal Matters*")).toBe("heading");
    expect(typeOf("## Background")).toBe("heading");
    expect(splitBlocks("**Troops Sent Abroad**")[0]?.reason).toBe("emphasis-wrapped line");
  });

  it("keeps a long bold lead paragraph as prose", () => {
    expect(typeOf(`**${PROSE} It was the second such move this year, the ministry said in a statement.**`)).toBe(
      "prose",
    );
  });

  it("treats a title-length question line as a heading, but not quoted questions", () => {
    expect(typeOf("What does the capital stand to gain from sending workers abroad?")).toBe("heading");
    expect(typeOf("“Why would they ever come back?” she asked the reporters at the gate.")).toBe("prose");
    expect(typeOf("What is at stake? Money, mostly, analysts say.")).toBe("prose");
  });

  it("recognises captions by their lead word or trailing credit", () => {
    expect(typeOf("Pictured: soldiers march through the square during a parade")).toBe("caption");
    expect(typeOf("Photo: Soldiers march through the square during a parade on Monday.")).toBe("caption");
    expect(typeOf("Soldiers march through the square during a parade on Monday. (Reuters)")).toBe("caption");
    expect(typeOf("Soldiers march through the square (AP Photo/Jane Doe)")).toBe("caption");
    expect(typeOf("Soldiers march through the square during a parade. Getty Images")).toBe("caption");
  });

  it("reads a gallery's caption that goes on to report, sentence after sentence, as prose", () => {
    expect(
      typeOf(
        "2/8 A field dressing station near Kursk. A Russian medic said the station treated up to 40 wounded a day. Photo: Anna Field",
      ),
    ).toBe("prose");
    expect(typeOf("Graves near Kursk. About 2,000 North Korean soldiers have died, the NIS says. Photo: Reuters")).toBe(
      "prose",
    );
    // (One sentence and a credit, or two short ones, stay a caption.)
    expect(typeOf("North Korean soldiers train near Kursk in an image released on Monday. Photo: KCNA")).toBe(
      "caption",
    );
    expect(typeOf("Kursk. Snow on the border. Photo: Anna Field")).toBe("caption");
  });

  it("does not mistake prose that mentions chrome words for chrome", () => {
    expect(typeOf("Share prices fell sharply after the ministry said it would subscribe to the new bond issue.")).toBe(
      "prose",
    );
    expect(typeOf("Photographs released by the agency showed the unit boarding a train.")).toBe("prose");
    expect(typeOf("He declined to comment.")).toBe("prose");
  });
});

describe("blockInlineText", () => {
  it("strips Markdown markup and maps every visible character back to the body", () => {
    const body = `intro line.\n  **Bold** claim with *emphasis* and [a link](http://x.test) end.`;
    const block = splitBlocks(body)[1] as Block;
    const { text, map } = blockInlineText(block);
    expect(text).toBe("Bold claim with emphasis and a link end.");
    expect(map).toHaveLength(text.length + 1);
    for (let i = 0; i < text.length; i++) expect(body.charAt(map[i] as number)).toBe(text.charAt(i));
    expect(map[text.length]).toBe(block.end);
  });

  it("drops stray ** markers that do not pair up", () => {
    const body = "The unit left on Monday.** Officials confirmed it.";
    const { text, map } = blockInlineText(splitBlocks(body)[0] as Block);
    expect(text).toBe("The unit left on Monday. Officials confirmed it.");
    for (let i = 0; i < text.length; i++) expect(body.charAt(map[i] as number)).toBe(text.charAt(i));
  });

  it("keeps a leading year that looks like a list marker", () => {
    const body = "1998. That was the year the unit was formed.";
    expect(blockInlineText(splitBlocks(body)[0] as Block).text).toBe(body);
  });

  it("maps escapes and character references to their source position", () => {
    const body = "Costs rose 5\\* and R&amp;D fell.";
    const { text, map } = blockInlineText(splitBlocks(body)[0] as Block);
    expect(text).toBe("Costs rose 5* and R&D fell.");
    expect(map[text.indexOf("*")]).toBe(body.indexOf("*"));
    expect(map[text.indexOf("&")]).toBe(body.indexOf("&"));
    expect(map[text.indexOf("D")]).toBe(body.indexOf("D"));
  });

  it("uses the identity map for plain lines", () => {
    const body = `x\n   ${PROSE}   `;
    const block = splitBlocks(body)[1] as Block;
    const { text, map } = blockInlineText(block);
    expect(text).toBe(PROSE);
    expect(map[0]).toBe(block.start + 3);
    expect(map[text.length]).toBe(block.start + 3 + PROSE.length);
  });
});

describeWithShared("seed articles", ["seeds"], () => {
  const SEEDS = sharedPath("seeds");
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));

  it("splits every seed with exact offsets and no empty sentences", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const body = readFileSync(join(SEEDS, f), "utf8");
      const blocks = splitBlocks(body);
      expect(blocks.length).toBeGreaterThan(0);
      let prev = -1;
      for (const b of blocks) {
        expect(body.slice(b.start, b.end)).toBe(b.text);
        expect(b.start).toBeGreaterThan(prev);
        prev = b.end;
        if (b.type !== "prose" && b.type !== "blank") expect(b.reason).toBeTruthy();
        if (b.type !== "prose") continue;
        const sentences = splitSentences(body, b);
        expect(sentences.length).toBeGreaterThan(0);
        for (const s of sentences) {
          expect(s.text.length).toBeGreaterThan(0);
          expect(body.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThanOrEqual(b.start);
          expect(s.end).toBeLessThanOrEqual(b.end);
        }
      }
      const prose = blocks.filter((b) => b.type === "prose");
      expect(prose.length).toBeGreaterThan(3);
    }
  });

  it("classifies the chrome and headings of the seeds", () => {
    const all = files.flatMap((f) => splitBlocks(readFileSync(join(SEEDS, f), "utf8")));
    const byText = (pred: (t: string) => boolean): Block[] => all.filter((b) => pred(b.text.trim()));

    const counters = byText((t) => /^\d+ Comments$/.test(t));
    expect(counters.length).toBeGreaterThan(0);
    for (const b of counters) expect(b.type).toBe("furniture");
    for (const b of byText((t) => t === "Back to top button" || t === "Related Articles")) {
      expect(b.type).toBe("furniture");
    }
    for (const b of byText((t) => t.startsWith("•"))) expect(b.type).not.toBe("prose");

    const bold = byText((t) => /^\*\*.+\*\*$/.test(t));
    expect(bold.length).toBeGreaterThan(0);
    for (const b of bold) expect(b.type).toBe("heading");

    // Short title-case lines standing alone between paragraphs.
    const titleCase = byText((t) =>
      /^\p{Lu}[\p{L}’']*(?:\s+(?:\p{Lu}[\p{L}’']*|and|of|the|in|to|for|on|with)){2,5}$/u.test(t),
    );
    const sectionHeadings = titleCase.filter((b) => !/\b(?:Media|Group|News)\b/.test(b.text));
    expect(sectionHeadings.length).toBeGreaterThan(0);
    for (const b of sectionHeadings) expect(b.type).toBe("heading");
  });
});

describe("performance", () => {
  it("splits a 1 MB body into blocks and sentences, with cost that grows no faster than the text", () => {
    const paragraphs = [
      PROSE,
      "Mr. Doe told the U.S. envoy on Nov. 25 that costs rose 15.5 per cent, e.g. fuel and food. He did not elaborate.",
      "“We have no choice,” the officer said. “The order came from above.” Dr. Roe, a researcher, disagreed.",
      "**A Bold Section Title**",
      "Section Heading Without Punctuation",
      "0 Comments",
      "",
      "The report said the *unit* had moved [north](http://x.test) in 2023.The ministry denied it.",
    ];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const p = paragraphs[i % paragraphs.length] as string;
      parts.push(p);
      size += p.length + 1;
    }
    const body = parts.join("\n");
    const blocks = splitBlocks(body);
    let count = 0;
    for (const b of blocks) if (b.type === "prose") count += splitSentences(body, b).length;
    expect(blocks.length).toBeGreaterThanOrEqual(parts.length - 1);
    expect(count).toBeGreaterThan(1000);
    // Cost grows with the text, not faster (a time limit would fail on a loaded machine).
    const slice = (scale: number): string => parts.slice(0, Math.floor((parts.length / 8) * scale)).join("\n");
    const ratio = growthRatio((scale) => {
      const text = slice(scale);
      for (const b of splitBlocks(text)) if (b.type === "prose") splitSentences(text, b);
    });
    expect(ratio).toBeLessThan(10);
  });
});
