import { describe, expect, it } from "vitest";
import { inventedReader, relayLines as vias } from "../support/invented.ts";

/** One invented article of the Osterley Chronicle, read whole. */
const { extract, credited: lines } = inventedReader("Osterley Chronicle");

describe("speakers joined by 'and', and people described by a clause", () => {
  it("a body named after 'and' is the speaker, not a group of everyone", () => {
    expect(
      lines(
        "Several analysts and Ukraine's military intelligence agency estimate that 12,110 North Korean troops remain in Kursk.",
      ),
    ).toEqual(["12,110: troops-deployed, Ukraine's military intelligence agency"]);
  });

  it("a clause with a name in it, or a figure, is described whole or names no one", () => {
    expect(
      lines(
        "A man who said he was a soldier in the 11th Corps told Ukrainian interrogators that about 410 of his comrades had died.",
      ),
    ).toEqual(["about 410: casualties-killed, A man who said he was a soldier in the 11th Corps"]);
    expect(
      extract("A man who said Russia had promised him $3,100 a month told reporters he took home $310.").claims.map(
        (c) => c.attributedTo?.name ?? "nobody",
      ),
    ).toEqual(["nobody", "nobody"]);
  });

  it("'Someone who said they worked at the port of Rason told' is that someone, never the port", () => {
    expect(
      lines(
        "Someone who said they worked at the port of Rason told reporters that 330 North Korean soldiers had died.",
      ),
    ).toEqual(["330: casualties-killed, Someone who said they worked at the port of Rason"]);
  });

  it("each office written before a name is that person's, wherever it stands in the sentence", () => {
    const met =
      "Defence Minister Park Hyun-woo and Foreign Minister Cho Dae-sung met their Japanese counterparts on Monday.";
    expect(lines(`${met}\n\nThe defence minister said 1,520 North Korean soldiers had been wounded.`)).toEqual([
      "1,520: casualties-wounded, Park Hyun-woo",
    ]);
    expect(lines(`${met}\n\nThe foreign minister said 1,620 North Korean soldiers had been wounded.`)).toEqual([
      "1,620: casualties-wounded, Cho Dae-sung",
    ]);
  });

  it("a deputy is not 'the defence minister'", () => {
    expect(
      lines(
        "Deputy Defence Minister Han Sol-bi briefed reporters on Monday. The defence minister said 3,010 North Korean soldiers had been wounded.",
      ),
    ).toEqual(["3,010: casualties-wounded, nobody"]);
    expect(
      lines(
        "Deputy Defence Minister Han Sol-bi briefed reporters on Monday. The deputy minister said 3,110 North Korean soldiers had been wounded.",
      ),
    ).toEqual(["3,110: casualties-wounded, Han Sol-bi"]);
  });

  it("a person the text has met is still the subject of their own pay: 'Jang himself earned', 'Jang in 2016 earned'", () => {
    const met = "Jang Myong-chol, a defector, left the North in 2019.";
    expect(lines(`${met}\n\nJang Myong-chol himself earned about 4,010 won a month as a sergeant.`).at(-1)).toBe(
      "about 4,010 won a month: domestic-wage, Jang Myong-chol",
    );
    expect(lines(`${met}\n\nJang in 2016 earned about 3,010 won a month.`).at(-1)).toBe(
      "about 3,010 won a month: domestic-wage, Jang Myong-chol",
    );
  });
});

describe("shares of 'them'", () => {
  it("is no casualty rate after losses, nor after another army's", () => {
    expect(
      lines("North Korean units have suffered some 4,510 casualties, about two-thirds of them wounded, Ukraine says."),
    ).toEqual(["some 4,510: casualties-total, Ukraine", "about two-thirds: context, Ukraine"]);
    expect(
      lines(
        "Russia has lost about 610,000 soldiers, about a third of them killed, according to Western estimates.",
      ).map((l) => l.replace(/,[^,]*$/, "")),
    ).toEqual(["about 610,000: context", "about a third: context"]);
  });
});

describe("wire datelines", () => {
  it("are no relay in the agency's own story, named with a hyphened word, nor on a timeline's or a photo's line", () => {
    expect(
      vias(
        "Agence France-Presse",
        "SEOUL (AFP) — North Korea has sent about 3,010 more soldiers to Russia, South Korea's spy agency said on Thursday.",
      ),
    ).toEqual(["about 3,010: via -"]);
    expect(
      vias(
        "Harrowgate Courier",
        "TIMELINE\nDECEMBER (Kursk Oblast) — Ukraine says North Korean units have joined the fighting.\nUkraine's military intelligence says about 210 North Korean soldiers were killed in the first week.",
      ),
    ).toEqual(["about 210: via -"]);
    expect(
      vias(
        "Harrowgate Courier",
        "FILE PHOTO (Reuters) — North Korean soldiers march in Pyongyang.\nSouth Korea's spy agency said about 2,010 more North Korean troops had been sent to Russia.",
      ),
    ).toEqual(["about 2,010: via -"]);
  });
});

describe("withdrawn", () => {
  /** Each claim's figure and stance. */
  const stances = (body: string): string[] => extract(body).claims.map((c) => `${c.figure}: ${c.stance}`);

  it("a figure withdrawn after an error, from a website or for lack of evidence is still withdrawn", () => {
    expect(
      stances("A claim that 5,010 North Koreans had died was later withdrawn after the agency admitted an error."),
    ).toEqual(["5,010: disputes"]);
    expect(stances("The ministry's estimate of 2,010 dead was withdrawn from its website a day later.")).toEqual([
      "2,010: disputes",
    ]);
  });

  it("soldiers withdrawn from the front are a movement, asserted", () => {
    expect(lines("About 2,020 North Korean soldiers were withdrawn in January, Ukrainian officials said.")).toEqual([
      "About 2,020: context, Ukrainian officials",
    ]);
  });
});

describe("pay at home and pay abroad", () => {
  it("'ordinary soldiers would see' or 'would be left with' is take-home, but not in peacetime", () => {
    expect(
      lines(
        "Russia pays $2,000 a month. After deductions an ordinary soldier would be left with about $210, the NIS said.",
      ).at(-1),
    ).toBe("about $210: soldier-take-home, NIS");
    expect(lines("In peacetime, ordinary soldiers would see perhaps $2 a month, Cha Young-min said.")).toEqual([
      "perhaps $2 a month: domestic-wage, Cha Young-min",
    ]);
  });

  it("an aside that leaves the salaries out ends at its comma: what follows it is what the sum is", () => {
    expect(
      lines(
        "Pyongyang has earned about $1.1 billion, not counting the soldiers' salaries, from the shells and missiles it sold to Moscow.",
      ),
    ).toEqual(["about $1.1 billion: context, nobody"]);
  });
});

describe("another army's losses", () => {
  it("what a war cost North Korea's ally is that ally's", () => {
    expect(lines("The war has cost Kim's ally Russia more than 101,000 soldiers.")).toEqual([
      "more than 101,000: context, nobody",
    ]);
  });

  it("do not reach North Korea's losses named after them", () => {
    expect(
      lines("While Russia's battlefield deaths run into the tens of thousands, Kim's losses are put at about 2,030."),
    ).toEqual(["tens of thousands: context, nobody", "about 2,030: casualties-total, nobody"]);
  });
});
