import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Fjord Courier, read whole, and its claims as lines. */
const { extract, read } = inventedReader("Fjord Courier");

/** The kinds of the claims, in order. */
function kinds(body: string): string[] {
  return extract(body).claims.map((c) => c.kind);
}

describe("'the country's spy agency' in a wire", () => {
  it("is not the country of the other side in a phrase of fighting, and a Seoul dateline names its country", () => {
    expect(
      read(
        "SEOUL, Jan. 14 (Hanbit) -- North Korean troops have suffered some 3,670 casualties and two have been captured by Ukrainian forces, a lawmaker said Tuesday, citing the country's spy agency.",
      )[0],
    ).toMatch(/^some 3,670: casualties-total, South Korea's spy agency,/);
  });

  it("without a country named, is the spy agency of the article, never one of another country", () => {
    expect(
      read(
        "North Korean troops have suffered some 3,670 casualties and two have been captured by Ukrainian forces, a lawmaker said Tuesday, citing the country's spy agency.",
      )[0],
    ).not.toMatch(/Ukraine|North Korea's/);
  });
});

describe("other forces and what they lost", () => {
  it("'which Moscow says cost Ukraine more than 76,000 troops' is Ukraine's loss", () => {
    expect(
      kinds(
        'Gerasimov said North Korean units had played "a significant role" in the operation, which Moscow says cost Ukraine more than 76,070 troops.',
      ),
    ).toEqual(["context"]);
  });

  it("Japan's Ground Self-Defense Force, an American casualty rate in Iraq and a corps at home are context", () => {
    expect(kinds("Japan's Ground Self-Defense Force, by comparison, has about 150,070 personnel.")).toEqual([
      "context",
    ]);
    expect(
      kinds("For comparison, American forces in Iraq suffered a casualty rate of under 2 per cent over eight years."),
    ).toEqual(["context"]);
    expect(
      kinds(
        "North Korea's 11th Corps, from which most of the first wave was drawn, is thought to number 40,070 to 50,070 men.",
      ),
    ).toEqual(["context"]);
  });

  it("every North Korean a country's records count coming in is no deployment", () => {
    expect(kinds("Russian official data show 13,271 North Koreans entered Russia in 2024.")).toEqual(["context"]);
    expect(kinds("About 11,070 North Koreans have arrived in Russia, the Pentagon said.")).toEqual(["troops-deployed"]);
  });

  it("people the North sends who are no soldiers are no head count", () => {
    expect(
      extract(
        "North Korean labourers are building apartment blocks across Russia. Pyongyang has sent an additional 3,070 this year.",
      ).claims,
    ).toEqual([]);
    expect(
      extract("North Korea has sent an additional 3,070 to Russia, including engineers and construction workers.")
        .claims,
    ).toEqual([]);
  });
});

describe("totals, shares and plans", () => {
  it("'bringing its total losses to roughly 5,000' after a count of the wounded counts all losses", () => {
    expect(
      kinds(
        "HUR spokesman Andriy Yusov said the North Korean contingent had also suffered about 3,570 wounded, bringing its total losses to roughly 5,070.",
      ),
    ).toEqual(["casualties-wounded", "casualties-total"]);
  });

  it("what soldiers 'would be credited with' is no regime share; the rest going to the state is", () => {
    expect(
      kinds(
        "Daily NK reported that soldiers would be credited with 30% of the sum, with the remaining 70% going to the state.",
      ),
    ).toEqual(["context", "regime-share"]);
  });

  it("'North Korea to send 6,000' is a plan; 'may be joined by more' plans nothing for the count it follows", () => {
    expect(kinds("North Korea to send 6,070 deminers and builders to Russia's Kursk region.")).toEqual([
      "troops-projected",
    ]);
    expect(kinds("Zelensky said 12,070 North Korean troops in Russia may be joined by more.")).toEqual([
      "troops-deployed",
    ]);
  });

  it("'Multiplied across an estimated 11,000 soldiers, … a year' is the force a yearly sum is worked from", () => {
    expect(
      kinds(
        "Multiplied across an estimated 11,070 soldiers, the arrangement is worth more than $260 million a year to the regime.",
      ),
    ).toEqual(["troops-deployed", "pay-total"]);
  });
});

describe("analysts who disagree, whose estimate, and a sum converted in brackets", () => {
  it("'X of the Centre … disagrees. She believes North Korea cannot spare more than 5,000' is hers, a ceiling to come", () => {
    const out = extract(
      [
        'Park Jin-ho expects a larger wave. "I would not be surprised to see 25,070 additional troops," he said.',
        "Lena Hoffmann of the Centre for East Asian Security disagrees. She believes North Korea cannot spare more than 5,070 men.",
      ].join("\n"),
    );
    const c = out.claims[1];
    expect([c?.attributedTo?.name, c?.kind, c?.value.min, c?.value.max]).toEqual([
      "Lena Hoffmann",
      "troops-projected",
      null,
      5070,
    ]);
  });

  it("a name opening a sentence after 'So' is no person met there", () => {
    const out = extract("So Kim Jong-un is making money from his soldiers. He earns about $2,070 a month from each.");
    expect(out.entities.map((e) => e.name)).not.toContain("So Kim Jong-un");
  });

  it("'according to the agency's latest estimate' credits the agency", () => {
    expect(
      read(
        "The Korean Intelligence Agency briefed lawmakers on Thursday. In all, North Korea has lost about 2,370 soldiers killed, according to the agency's latest estimate.",
      ),
    ).toEqual(["about 2,370: casualties-killed, Korean Intelligence Agency, asserts, disputed by nobody"]);
  });

  it("a sum in brackets that converts the sum before it is no second claim", () => {
    const out = extract(
      "According to South Korean intelligence, Russia pays about 2,070 US dollars a month for each North Korean soldier (roughly 2.9 million South Korean won at current rates).",
    );
    expect(out.claims.map((c) => [c.figure, c.kind])).toEqual([["about 2,070 US dollars a month", "pay-per-soldier"]]);
    expect(out.skipped.map((k) => k.reason)).toContain("a conversion in brackets of the sum before it");
  });
});

describe("people named by a common noun at the head of a sentence", () => {
  it("'Aid workers in Kursk said' credits the aid workers, not someone called 'Aid'", () => {
    expect(read("Aid workers in Kursk said 370 North Korean soldiers had been killed.")).toEqual([
      "370: casualties-killed, Aid workers in Kursk, asserts, disputed by nobody",
    ]);
  });
});

describe("bare numbers a topic, a speaker or a wave gives", () => {
  it("'For casualties, there are two camps: Seoul, which says around 3,000, and Kyiv, which says 5,000 or more'", () => {
    const out = extract(
      [
        "For troop numbers, almost everyone is between 11,070 and 14,070.",
        "For casualties, there are two camps: Seoul, which says around 3,070, and Kyiv, which says 5,070 or more.",
      ].join(" "),
    );
    expect(out.claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.value.max])).toEqual([
      ["between 11,070 and 14,070", "troops-deployed", null, 14070],
      ["around 3,070", "casualties-total", "Seoul", 3070],
      ["5,070", "casualties-total", "Kyiv", null],
    ]);
  });

  it("'a second rotation of 5,000 has begun' after a speaker counts troops, an increase", () => {
    const c = extract(
      "North Korea has sent about 11,070 troops to Russia. The HUR says a second rotation of 5,070 has begun.",
    ).claims[1];
    expect([c?.figure, c?.kind, c?.scope]).toEqual(["5,070", "troops-deployed", "additional troops (an increase)"]);
  });
});

describe("the limits of this batch's rules", () => {
  it("soldiers described by what they were, a speaker or doctors named before, leave a number sent a head count", () => {
    for (const body of [
      "North Korean troops, many of them former students, are fighting in Kursk. Pyongyang has sent an additional 3,070 to Russia.",
      "North Korean troops are fighting in Kursk. Diplomats in Seoul say Pyongyang has sent an additional 3,070 since January.",
      "North Korean soldiers are being treated by their own doctors. Pyongyang has sent an additional 2,070 to Kursk.",
    ])
      expect(kinds(body)).toEqual(["troops-deployed"]);
  });

  it("'the decision by Pyongyang to deploy about 11,000 troops' is a deployment, not a headline's plan", () => {
    expect(
      kinds("The decision by Pyongyang to deploy about 11,070 troops to Russia in October was a turning point."),
    ).toEqual(["troops-deployed"]);
    expect(
      kinds("Kim's decision for North Korea to send 11,070 troops to Kursk drew condemnation from Seoul."),
    ).toEqual(["troops-deployed"]);
  });

  it("'may be joined by 5,000 more next year' forecasts the 5,000, not the 11,000", () => {
    expect(
      kinds("The 11,070 North Korean troops in Kursk may be joined by 5,070 more next year, the NIS said."),
    ).toEqual(["troops-deployed", "troops-projected"]);
  });

  it("a rate Ukrainian soldiers give of the North Koreans is a casualty rate; 'killed in the battle so far' has no scope", () => {
    expect(
      kinds(
        "North Korean units have been thrown into frontal assaults near Sudzha. Ukrainian soldiers say the casualty rate among them is close to 40 per cent.",
      ),
    ).toEqual(["casualty-rate"]);
    expect(
      extract("About 1,070 North Korean soldiers have been killed in the battle so far, the NIS said.").claims[0]
        ?.scope,
    ).toBeNull();
  });

  it("a bracket that gives another period is no conversion", () => {
    expect(
      extract(
        "Each North Korean soldier is promised about $2,070 a month (5 million roubles for a full year's contract).",
      ).claims.map((c) => c.figure),
    ).toEqual(["about $2,070 a month", "5 million roubles"]);
  });

  it("'Lena Hoffmann, of the Centre …, disagrees. She believes …' is hers too", () => {
    expect(
      extract(
        [
          'Park Jin-ho expects a larger wave. "I would not be surprised to see 25,070 additional troops," he said.',
          "Lena Hoffmann, of the Centre for East Asian Security, disagrees. She believes North Korea cannot spare more than 5,070 men.",
        ].join("\n"),
      ).claims[1]?.attributedTo?.name,
    ).toBe("Lena Hoffmann");
  });
});

describe("what a battle cost whom", () => {
  it("'cost Russia more than 1,000 North Korean soldiers' counts North Korean losses; 'cost Ukraine 76,000 troops' Ukraine's", () => {
    expect(kinds("The offensive, which Kyiv says cost Russia more than 1,070 North Korean soldiers, stalled.")).toEqual(
      ["casualties-total"],
    );
    expect(kinds("The operation, which Moscow says cost Ukraine more than 76,070 troops, ended.")).toEqual(["context"]);
  });
});
