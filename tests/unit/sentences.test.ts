import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences, type Sentence } from "../../src/lib/extract/sentences.ts";

/** Split a whole string as one block. */
function split(text: string): Sentence[] {
  return splitSentences(text, { index: 0, start: 0, end: text.length });
}

/** The texts of the sentences of `text`. */
function texts(text: string): string[] {
  return split(text).map((s) => s.text);
}

describe("splitSentences: boundaries", () => {
  it("splits at . ! ? followed by a capital", () => {
    expect(texts("The unit moved. It arrived at night! Was it ready? Nobody knows.")).toEqual([
      "The unit moved.",
      "It arrived at night!",
      "Was it ready?",
      "Nobody knows.",
    ]);
  });

  it("splits before a digit or an opening quote, not before a lower-case word", () => {
    expect(texts("The count rose. 300 more arrived. “We saw them,” he said. And then? they left.")).toEqual([
      "The count rose.",
      "300 more arrived.",
      "“We saw them,” he said.",
      "And then? they left.",
    ]);
  });

  it("keeps closing quotes and brackets with the sentence they close", () => {
    expect(texts("He said: “It is over.” Then he left. (The talks had failed.) Others stayed.")).toEqual([
      "He said: “It is over.”",
      "Then he left.",
      "(The talks had failed.)",
      "Others stayed.",
    ]);
  });

  it("does not split after a quoted question followed by its speaker", () => {
    expect(texts("“Why now?” she asked. “Because we must!” he replied.")).toEqual([
      "“Why now?” she asked.",
      "“Because we must!” he replied.",
    ]);
  });

  it("does not end a sentence at a colon that introduces a quotation", () => {
    expect(texts("She remarked: “The pay is low.” It was.")).toEqual(["She remarked: “The pay is low.”", "It was."]);
  });

  it("ends the last sentence at the end of the block, punctuated or not", () => {
    expect(texts("One sentence here. And a trailing fragment")).toEqual([
      "One sentence here.",
      "And a trailing fragment",
    ]);
  });

  it("trims surrounding whitespace and handles runs of spaces", () => {
    const body = "   First one.    Second one.   ";
    const out = split(body);
    expect(out.map((s) => s.text)).toEqual(["First one.", "Second one."]);
    for (const s of out) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("splits sentences glued without a space after an ordinary word", () => {
    expect(texts("The unit was seen near the border.The ministry denied it.")).toEqual([
      "The unit was seen near the border.",
      "The ministry denied it.",
    ]);
    expect(texts("Troops massed in Springfield.Officials confirmed it.")).toEqual([
      "Troops massed in Springfield.",
      "Officials confirmed it.",
    ]);
  });

  it("does not split glued text after initialisms, abbreviations or web addresses", () => {
    expect(texts("The U.S.Army said so.")).toHaveLength(1);
    expect(texts("Ask Mr.Doe about it.")).toHaveLength(1);
    expect(texts("See www.example.Com for more.")).toHaveLength(1);
    expect(texts("It is on page 4.The end.")).toHaveLength(1);
  });
});

describe("splitSentences: abbreviations", () => {
  it.each(["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Rep.", "Sen.", "Gov.", "St."])(
    "does not split after the title %s",
    (title) => {
      expect(texts(`The letter was signed by ${title} Doe last week. It was short.`)).toEqual([
        `The letter was signed by ${title} Doe last week.`,
        "It was short.",
      ]);
    },
  );

  it("does not split after Jr. or Sr. inside a name", () => {
    expect(texts("John Doe Jr. Smith and Sam Roe Sr. Brown spoke. They agreed.")).toHaveLength(2);
  });

  it("treats No. as an abbreviation only before a number", () => {
    expect(texts("He wore badge No. 7 on parade. No. He wore none.")).toEqual([
      "He wore badge No. 7 on parade.",
      "No.",
      "He wore none.",
    ]);
  });

  it("handles vs., etc., e.g. and i.e.", () => {
    expect(texts("It was pay vs. Risk again. Fuel, food, etc. were sent. Fuel, food, etc. The rest stayed.")).toEqual([
      "It was pay vs. Risk again.",
      "Fuel, food, etc. were sent.",
      "Fuel, food, etc.",
      "The rest stayed.",
    ]);
    expect(texts("Some goods, e.g. Fuel, and some units, i.e. Those in reserve, moved. Then it ended.")).toHaveLength(
      2,
    );
  });

  it("handles U.S., U.K. and U.N. before names and before a new sentence", () => {
    expect(texts("The U.S. Army and the U.K. Foreign Office met U.N. Envoys. They talked.")).toHaveLength(2);
    expect(texts("The troops were seen by the U.S. The report was leaked.")).toEqual([
      "The troops were seen by the U.S.",
      "The report was leaked.",
    ]);
    expect(texts("Aid came from the U.N. “We will help,” a spokesman said.")).toHaveLength(2);
  });

  it("handles S. and N. before a country and single-letter initials", () => {
    expect(texts("Envoys from S. Korea and N. Korea met. John W. Doe and J. R. Roe attended.")).toEqual([
      "Envoys from S. Korea and N. Korea met.",
      "John W. Doe and J. R. Roe attended.",
    ]);
  });

  it("handles abbreviated months before a day", () => {
    expect(texts("The order came on Nov. 25 and again on Sept. 3 this year. It was ignored.")).toHaveLength(2);
  });

  it("does not split decimals or money amounts", () => {
    expect(texts("Costs rose 15.5 per cent to $1.2bn. Pay was 3.75 dollars.")).toEqual([
      "Costs rose 15.5 per cent to $1.2bn.",
      "Pay was 3.75 dollars.",
    ]);
  });

  it("does not split at an ellipsis inside a sentence", () => {
    expect(texts("He paused... Then he went on. The unit waited… For days it waited.")).toEqual([
      "He paused... Then he went on.",
      "The unit waited… For days it waited.",
    ]);
  });
});

describe("splitSentences: quotations", () => {
  it("tracks a curly quotation that spans sentences", () => {
    const out = split("She added: “The pay is low. Few will see it. That is the point.” Others disagreed.");
    expect(out.map((s) => s.text)).toEqual([
      "She added: “The pay is low.",
      "Few will see it.",
      "That is the point.”",
      "Others disagreed.",
    ]);
    expect(out.map((s) => s.openQuoteAtStart)).toEqual([false, true, true, false]);
    expect(out.map((s) => s.openQuoteAtEnd)).toEqual([true, true, false, false]);
    expect(out.map((s) => s.opensQuote)).toEqual([true, false, false, false]);
  });

  it("reports a quotation left open at the end of the block", () => {
    const out = split("He said: “We will go. We have no choice.");
    expect(out).toHaveLength(2);
    expect(out[1]?.openQuoteAtStart).toBe(true);
    expect(out[1]?.openQuoteAtEnd).toBe(true);
  });

  it("toggles straight quotes", () => {
    const out = split('He said: "We are ready. The unit leaves." Then he left. They called it "cannon fodder" later.');
    expect(out.map((s) => s.text)).toEqual([
      'He said: "We are ready.',
      'The unit leaves."',
      "Then he left.",
      'They called it "cannon fodder" later.',
    ]);
    expect(out.map((s) => s.openQuoteAtStart)).toEqual([false, true, false, false]);
    expect(out.map((s) => s.openQuoteAtEnd)).toEqual([true, false, false, false]);
    expect(out.map((s) => s.opensQuote)).toEqual([true, false, false, true]);
  });

  it("does not carry quote state across blocks", () => {
    const body = "He said: “We go.\nNext block here.";
    const second = splitSentences(body, { index: 1, start: body.indexOf("\n") + 1, end: body.length });
    expect(second[0]?.openQuoteAtStart).toBe(false);
  });
});

describe("splitSentences: offsets", () => {
  it("uses body offsets, the block index and an optional first index", () => {
    const body = "Heading Line\nFirst claim here. Second claim here.\nTail.";
    const start = body.indexOf("First");
    const end = body.indexOf("\nTail");
    const out = splitSentences(body, { index: 4, start, end }, 10);
    expect(out.map((s) => s.index)).toEqual([10, 11]);
    expect(out.every((s) => s.blockIndex === 4)).toBe(true);
    for (const s of out) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(out[0]?.start).toBe(start);
    expect(out[1]?.end).toBe(end);
  });

  it("returns nothing for an empty or blank block", () => {
    expect(split("")).toEqual([]);
    expect(split("   \t ")).toEqual([]);
  });
});

describe("splitSentences: property", () => {
  const openers = [
    "Officials",
    "The army",
    "Mr. Doe",
    "Dr. Roe",
    "Gen. Poe",
    "Troops",
    "Reports",
    "N. Korea",
    "John W. Doe",
  ];
  const middles = [
    "said",
    "the",
    "unit",
    "was",
    "paid",
    "about",
    "Mr. Doe",
    "U.S.",
    "U.K.",
    "officials",
    "15.5",
    "$1.2bn",
    "e.g.",
    "i.e.",
    "on Nov. 25",
    "S. Korea",
    "vs.",
    "in 2024",
    "and",
  ];
  const finals = ["today", "abroad", "again", "15.5", "$1.2bn", "troops", "there"];
  const sentence = fc
    .tuple(
      fc.constantFrom(...openers),
      fc.array(fc.constantFrom(...middles), { maxLength: 8 }),
      fc.constantFrom(...finals),
      fc.constantFrom(".", "!", "?"),
      fc.boolean(),
    )
    .map(([first, mid, last, end, quoted]) => {
      const core = `${[first, ...mid, last].join(" ")}${end}`;
      return quoted ? `“${core}”` : core;
    });

  it("returns exactly the generated sentences with exact offsets", () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.nat(3), (sentences, pad) => {
        const prefix = "Heading\n".repeat(pad);
        const body = `${prefix}${sentences.join(" ")}\nTrailing block.`;
        const start = prefix.length;
        const end = body.lastIndexOf("\n");
        const out = splitSentences(body, { index: pad, start, end });
        expect(out.map((s) => s.text)).toEqual(sentences);
        for (const s of out) {
          expect(body.slice(s.start, s.end)).toBe(s.text);
          expect(s.blockIndex).toBe(pad);
          expect(s.openQuoteAtStart).toBe(false);
          expect(s.openQuoteAtEnd).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
