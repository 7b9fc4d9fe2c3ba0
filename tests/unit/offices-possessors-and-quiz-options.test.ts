import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Tidewater Ledger, read whole. */
const { extract, read, kinds } = inventedReader("Tidewater Ledger");

/** The credit of each claim of a text, or "nobody". */
function credits(body: string): string[] {
  return extract(body).claims.map((c) => `${c.figure}: ${c.attributedTo?.name ?? "nobody"}`);
}

/** Each skipped number of a text with its reason. */
function skipped(body: string): string[] {
  return extract(body).skipped.map((s) => `${s.text}: ${s.reason}`);
}

describe("a country's office and its holder", () => {
  /** Each claim's credit and the words it was read from. */
  const offices = (body: string): string[] =>
    extract(body).claims.map((c) => `${c.figure}: ${c.attributedTo?.name ?? "nobody"} (${c.attributedAs ?? "-"})`);

  it("an office whose holder the article does not name credits no one and keeps its words: 'South Korea's ambassador'", () => {
    expect(offices("South Korea's ambassador said about 9,500 North Korean troops had been sent.")).toEqual([
      "about 9,500: nobody (South Korea's ambassador)",
    ]);
  });

  it("'The US ambassador to the UN' is never the UN, nor another country's ambassador named before", () => {
    expect(
      offices(
        "Ukraine's ambassador to the UN, Petro Halych, said some 13,000 North Korean soldiers were in Kursk.\n\nThe US ambassador to the UN said 12,500 North Korean troops were there.",
      ),
    ).toEqual(["some 13,000: Petro Halych (-)", "12,500: nobody (The US ambassador to the UN)"]);
  });

  it("is the holder once the article names him: 'Ukraine's defence minister, Ivan Kovalko, said … Ukraine's defence minister also said'", () => {
    expect(
      credits(
        "Ukraine's defence minister, Ivan Kovalko, said about 11,500 North Korean troops had been sent.\n\nUkraine's defence minister also said 3,300 had been killed.",
      ),
    ).toEqual(["about 11,500: Ivan Kovalko", "3,300: Ivan Kovalko"]);
    expect(
      credits(
        "South Korea's ambassador, Han Mi-rae, said 6,100 more could be sent.\n\nSouth Korea's ambassador also said 2,050 North Korean soldiers had been killed.",
      ).at(-1),
    ).toBe("2,050: Han Mi-rae");
  });

  it("'Ivan Kovalko, Ukraine's defence minister, said' is Kovalko's, and the office named again is he", () => {
    expect(
      credits(
        "Ivan Kovalko, Ukraine's defence minister, said about 11,550 North Korean troops had been sent.\n\nUkraine's defence minister also said 3,350 had been killed.",
      ),
    ).toEqual(["about 11,550: Ivan Kovalko", "3,350: Ivan Kovalko"]);
    expect(
      credits(
        "Olena Bilyk, Ukraine's ambassador to the UN, told the council that 14,050 North Korean soldiers were there.",
      ),
    ).toEqual(["14,050: Olena Bilyk"]);
    // (A body's possessive before a body is that body's, as before: "HUR, Ukraine's military intelligence agency, said".)
    expect(
      credits("HUR, Ukraine's military intelligence agency, said 12,050 North Korean soldiers were in Kursk."),
    ).toEqual(["12,050: HUR"]);
  });

  it("a name with an office or a trade after it and no article is that person's: 'Oleh Sydorenko, defence minister, said'", () => {
    expect(credits("Oleh Sydorenko, defence minister, said 11,050 North Korean troops were in Kursk.")).toEqual([
      "11,050: Oleh Sydorenko",
    ]);
    expect(
      credits("Jung Min-ho, military analyst at the Asan Institute, said 12,150 North Korean troops were in Kursk."),
    ).toEqual(["12,150: Jung Min-ho"]);
    expect(
      credits("Lim Ga-yeon, the bank's chief economist, said the deployment earns Pyongyang $505 million a year."),
    ).toEqual(["$505 million a year: Lim Ga-yeon"]);
  });

  it("another country's office is not the holder named before", () => {
    expect(
      credits(
        "Ukraine's defence minister, Ivan Kovalko, said about 11,500 North Korean troops had been sent.\n\nSouth Korea's defence minister said 3,300 had been killed.",
      ),
    ).toEqual(["about 11,500: Ivan Kovalko", "3,300: nobody"]);
  });
});

describe("whose figure a possessive pronoun before its estimate says it is", () => {
  it("'Her own tally is of …', 'Her estimate is that …', 'Her estimate: …' are hers", () => {
    const lead = "Mira Osterhout, a historian, has studied the deployment closely.";
    expect(credits(`${lead} Her own tally is of no fewer than 1,850 North Korean dead.`)).toEqual([
      "no fewer than 1,850: Mira Osterhout",
    ]);
    expect(credits(`${lead} Her estimate is that 12,400 North Korean troops are in Kursk.`)).toEqual([
      "12,400: Mira Osterhout",
    ]);
    expect(credits(`${lead} Her estimate: 12,400 North Korean troops in Kursk.`)).toEqual(["12,400: Mira Osterhout"]);
  });

  it("a pronoun before a word that is no estimate credits no one by itself", () => {
    expect(
      credits(
        "Mira Osterhout, a historian, studied the war. Her book says little; 12,400 North Korean troops are in Kursk.",
      ),
    ).toEqual(["12,400: nobody"]);
  });
});

describe("what a figure counts when a possessor stands between", () => {
  it("'3,100 of Kim Jong Un's soldiers', '11,200 of North Korea's troops' count soldiers, not Kim or Korea", () => {
    expect(kinds("Around 3,100 of Kim Jong Un's soldiers have died, a Western official said.")).toEqual([
      "casualties-killed",
    ]);
    expect(kinds("The spy agency says 11,200 of North Korea's troops are in Kursk.")).toEqual(["troops-deployed"]);
    expect(kinds("Some 2,100 of Pyongyang's best soldiers have died, Kyiv said.")).toEqual(["casualties-killed"]);
  });

  it("only North Korea's: '600 of South Korea's soldiers' and '800 of Japan's troops' are no troops sent", () => {
    expect(kinds("Officials noted that 600 of South Korea's soldiers took part in the drills.")).toEqual([]);
    expect(kinds("Officials noted that 800 of Japan's troops took part in the drills.")).toEqual([]);
  });

  it("another army's soldiers stay another army's: '500 of Ukraine's soldiers' is no North Korean loss", () => {
    expect(kinds("He said 500 of Ukraine's soldiers were wounded.")).not.toContain("casualties-wounded");
  });

  it("a possessor after 'of' names no noun; a name not followed by a possessive is read as before", () => {
    expect(skipped("Yet one of Korea's top Storm Corps units left.")).toEqual(['one: counts "storm", not people']);
    expect(skipped("It sent 300 of Pyongyang to the front.")).toEqual(['300: counts "pyongyang", not people']);
  });
});

describe("sizes that are not losses", () => {
  it("'the 20,000-strong force' is the force, and the losses after it are losses", () => {
    expect(read("The 19,000-strong force has lost about 4,100 wounded, officials said.")).toEqual([
      "19,000: troops-deployed, officials, asserts, disputed by nobody",
      "about 4,100: casualties-wounded, officials, asserts, disputed by nobody",
    ]);
  });

  it("'-strong' before something that is no body of troops keeps its old reading", () => {
    expect(
      kinds("A 12,000-strong crowd watched as 300 North Korean soldiers were killed, officials said."),
    ).not.toContain("troops-deployed");
  });

  it("'has cost Ukraine an estimated 46,000 soldiers killed' is Ukraine's loss; what it cost North Korea is not", () => {
    expect(kinds("Kyiv says the war has cost Ukraine an estimated 45,000 soldiers killed.")).toEqual(["context"]);
    expect(kinds("The offensive cost Russia some 21,000 men, officials said.")).toEqual(["context"]);
    expect(kinds("The war has cost North Korea about 4,200 soldiers killed, the spy agency said.")).toEqual([
      "casualties-killed",
    ]);
  });

  it("'puts the number of men aged 20 to 24 at roughly 850,000' is an age group, not a death toll", () => {
    expect(
      kinds(
        "The war has killed or disabled many young men, the paper says. It puts the number of men aged 20 to 24 at roughly 840,000.",
      ),
    ).not.toContain("casualties-killed");
    expect(kinds("The paper puts the number of North Korean soldiers killed at roughly 2,100.")).toEqual([
      "casualties-killed",
    ]);
  });
});

describe("plans and what is left", () => {
  it("'the first tranche of what could be 12,000' plans the whole and counts the part as sent", () => {
    expect(
      kinds("Kyiv's intelligence says the 2,900 troops who arrived are the first tranche of what could be 12,200."),
    ).toEqual(["troops-deployed", "troops-projected"]);
  });

  it("'what could be 4,000 North Korean casualties' counts losses, not troops to come", () => {
    expect(kinds("The strikes account for most of what could be 4,050 North Korean casualties, Kyiv says.")).toEqual([
      "casualties-total",
    ]);
  });

  it("a sum inside 'after …' is not what remains: only the sum after its 'is' is", () => {
    expect(
      kinds("What remains for the soldier after the state keeps most of the $2,000 is perhaps $95, defectors say."),
    ).toEqual(["context", "soldier-take-home"]);
  });

  it("'are the first wave of what may become 15,000': the part landed is there, the whole to come", () => {
    expect(kinds("The 3,050 troops who landed are the first wave of what may become 15,050, Kyiv says.")).toEqual([
      "troops-deployed",
      "troops-projected",
    ]);
  });

  it("'What remains for the soldier after the state's deductions is perhaps $90' is what he keeps", () => {
    expect(
      kinds(
        "The spy agency says Russia pays about $2,000 a month per soldier. What remains for the soldier after the state's deductions is perhaps $95, defectors say.",
      ),
    ).toEqual(["pay-per-soldier", "soldier-take-home"]);
  });
});

describe("more troops on their way", () => {
  it("'another 5,000 to 6,000 could be coming', 'Another 5,000 may be on their way' are troops to come", () => {
    expect(
      kinds(
        "The spy agency says about 11,300 North Korean soldiers are in Russia, and another 5,000 to 6,000 could be coming.",
      ),
    ).toEqual(["troops-deployed", "troops-projected"]);
    expect(kinds("Kyiv says 12,300 North Korean troops are in Kursk. Another 5,100 may be on their way.")).toEqual([
      "troops-deployed",
      "troops-projected",
    ]);
  });

  it("'another' without troops before it, or before no arrival, is read as before", () => {
    expect(kinds("Prices rose sharply. Another 5,100 may be on their way.")).toEqual([]);
    expect(
      kinds("Kyiv says 12,300 North Korean troops are in Kursk. Another 3,100 are in training near Kursk."),
    ).toEqual(["troops-deployed", "troops-deployed"]);
  });
});

describe("a body's initials in brackets, then where it is", () => {
  it("'the Institute … (INAPS) in Busan estimates' is the institute, not the town", () => {
    expect(
      credits(
        "A paper from demographers at the Institute for Coastal Population Studies (ICPS) in Mokpo estimates that 2,150 North Korean soldiers were killed.",
      ),
    ).toEqual(["2,150: Institute for Coastal Population Studies"]);
  });
});

describe("a quiz's options", () => {
  it("'(a) 200 (b) 2,000 (c) 20,000' asserts none of them; the answers after do", () => {
    const body =
      "1. According to the spy agency, roughly how many North Korean soldiers have been killed in Russia? (a) 250 (b) 2,500 (c) 25,000\n\n2. How much does Russia reportedly pay per soldier each month? (a) $250 (b) $2,500 (c) $25,000\n\nAnswers: 1 (b) — the NIS said about 2,500 had died.";
    expect(read(body)).toEqual(["about 2,500: casualties-killed, NIS, asserts, disputed by nobody"]);
    expect(skipped(body).filter((s) => s.endsWith("an option of a multiple-choice question"))).toHaveLength(6);
  });

  it("a lettered list with no question before it is a list, read: '(a) 3,000 … were sent; (b) 1,200 were killed'", () => {
    expect(
      kinds("The panel found that (a) 3,050 North Korean troops were sent to Kursk; (b) 1,250 were killed."),
    ).toEqual(["troops-deployed", "casualties-killed"]);
  });

  it("one bracketed letter is no quiz: 'plan (b) of 3,000 troops' is read", () => {
    expect(kinds("Under plan (b), 3,000 North Korean troops were sent to Kursk, officials said.")).toEqual([
      "troops-deployed",
    ]);
  });
});

describe("wire copy's estimates, tolls and numbers that name things", () => {
  it("'The NIS's casualty estimate, last updated in January, stands at around 5,500' is the NIS's, not the wire's", () => {
    expect(
      credits(
        "The NIS's casualty estimate, last updated in January, stands at around 5,550 killed and wounded, the Harbour Wire said.",
      ),
    ).toEqual(["around 5,550: NIS"]);
  });

  it("a possessive before a count of troops or losses is whose they are, not whose count: 'North Korea's troop count'", () => {
    expect(credits("North Korea's troop count is about 13,550, the Harbour Wire's sources said.")).not.toContain(
      "about 13,550: North Korea",
    );
    expect(credits("The Storm Corps's casualty count stands at 950, officials in Kyiv said.")).toEqual([
      "950: officials",
    ]);
  });

  it("'put the likely toll at \"closer to 2,500\"' counts losses, a quotation mark between", () => {
    expect(kinds('The professor doubted the count. He put the likely toll at "closer to 2,550".')).toEqual([
      "casualties-total",
    ]);
  });

  it("'Russia could have up to 250,000 troops stationed near NATO's flank' is Russia's own army", () => {
    expect(
      kinds("The assessment warned that Russia could have up to 255,000 troops stationed near NATO's flank."),
    ).toEqual(["context"]);
    expect(kinds("Russia could have 15,500 North Korean troops by spring, Kyiv says.")).toEqual(["troops-projected"]);
    expect(kinds("Russia could soon have 17,050 troops from its ally in Asia, Ukraine's spy chief said.")).toEqual([
      "troops-projected",
    ]);
  });

  it("'referring to a South Korean intelligence estimate … of around 5,800' makes no speaker of 'reporters'", () => {
    expect(
      credits(
        '"These figures are invented," the Kremlin spokesman told reporters, referring to a South Korean intelligence estimate published this week of around 5,850 North Korean casualties.',
      ),
    ).not.toContain("around 5,850: reporters");
    expect(credits("A group of analysts estimate that 12,550 North Korean troops are in Kursk.")).toEqual([
      "12,550: A group of analysts",
    ]);
    expect(credits("Researchers at a Seoul think tank estimate that 12,850 North Korean troops are in Kursk.")).toEqual(
      ["12,850: researchers at a Seoul think tank"],
    );
  });

  it("'between 5,000 and 6,000 casualties, about a third of them fatal' gives no casualty rate", () => {
    expect(
      kinds(
        "Two officials said Washington believed North Korea had suffered between 5,050 and 6,050 casualties, about a third of them fatal.",
      ),
    ).toEqual(["casualties-total", "context"]);
  });

  it("'Security Council resolutions 2270 and 2321' are the resolutions' numbers", () => {
    expect(
      skipped(
        "About 12,050 North Korean troops are in Kursk. The deployment violates Security Council resolutions 2270 and 2321.",
      ),
    ).toEqual(["2270: a number in a name", "2321: a number in a name"]);
  });
});

describe("someone described by a common noun and a relative clause", () => {
  it("'A North Korean defector who served as a paymaster in the Korean People's Army … said' is the defector, never the army", () => {
    expect(
      credits(
        'A North Korean defector who served as a paymaster in the Korean People\'s Army, speaking to this newspaper on condition of anonymity, said Russia pays "about two thousand dollars a man, every month".\n\n"The soldier sees maybe one dollar in twenty," he said.',
      ).map((l) => l.split(": ")[1]),
    ).toEqual(["A North Korean defector", "A North Korean defector"]);
  });

  it("a relative clause after a name is read as before: 'Kim Yong-chol, who served in the army, said'", () => {
    expect(credits("Kim Yong-chol, who served in the army, said 12,250 North Korean troops were in Kursk.")).toEqual([
      "12,250: Kim Yong-chol",
    ]);
  });
});
