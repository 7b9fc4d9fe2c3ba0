import { describe, expect, it } from "vitest";
import { inventedReader, readHeadlined } from "../support/invented.ts";

/** One invented article of the Northgate Ledger, read whole, and its claims as lines. */
const { extract, read, kinds } = inventedReader("Northgate Ledger");

/** The claims of an article whose title is its first line, as lines. */
function withHeadline(headline: string, rest: string): string[] {
  return readHeadlined("Northgate Ledger", headline, rest);
}

describe("the force, set beside its losses", () => {
  it("'With roughly 12,000 North Koreans deployed, … one in three has been killed or wounded' is a force and a rate", () => {
    expect(
      kinds(
        "With roughly 12,050 North Koreans deployed, the figures mean about one in three has been killed or wounded.",
      ),
    ).toEqual(["troops-deployed", "casualty-rate"]);
  });

  it("'estimate the force at 11,000 to 12,000 and its casualties at …' is a force, then casualties", () => {
    expect(
      kinds('Officials in Washington estimate the force at 11,050 to 12,050 and its casualties at "well over 1,050".'),
    ).toEqual(["troops-deployed", "casualties-total"]);
  });

  it("a count of troops before another speaker's losses after a semicolon stays troops; 'their losses exceed 3,800' counts losses", () => {
    expect(
      kinds("Ukraine's spy agency counts 12,050 North Koreans in Kursk; Zelensky says their losses exceed 3,850."),
    ).toEqual(["troops-deployed", "casualties-total"]);
    expect(kinds("Russian losses exceed 800,050.")).toEqual([]);
  });

  it("a headline's 'losses … climb to 4,300' counts losses, read as the body gives it", () => {
    expect(
      withHeadline(
        "Seoul spy agency: North Korea's losses in Russia climb to 4,350 - report",
        "South Korea's spy agency now believes about 4,350 North Korean soldiers have been killed or wounded in Russia, The Korea Times reported.",
      )[0],
    ).toMatch(/^4,350: casualties-total, South Korea's spy agency,/);
  });

  it("'its own count was “closer to 7,500”' after the casualty figures it judges counts casualties", () => {
    expect(
      kinds(
        'Rep. Kang said about 2,050 North Korean soldiers were moved to the Belgorod region.\nUkraine\'s defence ministry said the NIS casualty figures were "conservative" and that its own count was "closer to 7,550".',
      ),
    ).toEqual(["troops-deployed", "casualties-total"]);
  });

  it("the dead among the casualties: 'of the casualties were fatal', 'of them fatally'", () => {
    expect(
      kinds(
        "The agency now believes some 2,350 of the casualties were fatal.\nThe NIS said about 4,550 North Korean soldiers had been killed or wounded, around 2,150 of them fatally.",
      ),
    ).toEqual(["casualties-killed", "casualties-total", "casualties-killed"]);
  });

  it("the spread between two figures counts no one", () => {
    expect(
      kinds(
        "The spread between the highest and lowest casualty figures, roughly 3,050, is larger than some estimates of the first wave.",
      ),
    ).toEqual(["context"]);
  });
});

describe("money", () => {
  it("'has paid well over $300 million so far' after a monthly pay is a sum to date, not a month's", () => {
    const [, total] = extract(
      "At a commonly cited $2,050 a month per man, Russia has paid well over $300 million so far.",
    ).claims;
    expect([total?.kind, total?.value.per]).toEqual(["pay-total", null]);
  });

  it("'…$24 million in total a month' keeps its month; 'in total for 12,000 soldiers' keeps the rate's", () => {
    expect(extract("Russia pays $2,050 a month, or about $24 million in total a month.").claims[1]?.value.per).toBe(
      "month",
    );
  });

  it("a family's '$10,000 compensation' is no pay; the answer to 'How much of that reaches the men?' is take-home", () => {
    expect(kinds("The video's narrator also claims each soldier's family receives \"$10,050 compensation\".")).toEqual([
      "context",
    ]);
    expect(
      kinds(
        "Q: Seoul says Russia pays about $2,050 a month for each soldier. How much of that reaches the men?\nA: Almost none. Maybe $55 a month, paid at the end in goods.",
      ),
    ).toEqual(["pay-per-soldier", "soldier-take-home"]);
    expect(
      kinds("How much of that reaches the men? Russia pays about $2,050 a month for each soldier, officials say."),
    ).toEqual(["pay-per-soldier"]);
  });

  it("a headline's 'North Korea's Kursk earnings at $480 million to $620 million a year' is the total paid", () => {
    expect(
      withHeadline(
        "Think tank puts North Korea's Kursk earnings at $480 million to $620 million a year",
        "The war goes on.",
      )[0],
    ).toMatch(/^\$480 million to \$620 million a year: pay-total,/);
  });
});

describe("who speaks and what is counted", () => {
  it("'UPDATED: North Korean casualties … revised to 6,100, spy agency says' is a headline, not a timestamp", () => {
    const lines = withHeadline(
      "UPDATED: North Korean casualties in Russia revised to 6,150, spy agency says",
      "Updated: Dec. 3, 2025, 9:14 a.m.\n\nSouth Korea's spy agency now puts North Korean casualties at about 6,150.",
    );
    expect(lines.map((l) => l.split(":")[0])).toEqual(["6,150", "about 6,150"]);
  });

  it("'… said 12,000 are in Kursk, and that Moscow expects another 1,500 to arrive' is the speaker's projection", () => {
    expect(
      read(
        "Ukraine's military intelligence said about 12,050 North Korean soldiers are in Kursk, and that Moscow expects another 1,550 to arrive before the end of the month.",
      )[1],
    ).toMatch(/^1,550: troops-projected, Ukraine's military intelligence,/);
  });

  it("'up to 12,000 may have been sent' is a troop count", () => {
    expect(kinds("The UK Ministry of Defence said in January that up to 12,050 may have been sent.")).toEqual([
      "troops-deployed",
    ]);
  });

  it("a report's authors, and 'they' after them, speak for the body whose report it is", () => {
    const lines = read(
      "A new report from the Carrow Centre for Strategic Studies estimates that North Korea earns about $500 million a year from the deployment.\nIts authors assume a first contingent of 11,050 to 13,050 troops, and they estimate that the regime retains 85 to 95 percent of the money.",
    );
    expect(lines.slice(1)).toEqual([
      "11,050 to 13,050: troops-deployed, Carrow Centre for Strategic Studies, asserts, disputed by nobody",
      "85 to 95 percent: regime-share, Carrow Centre for Strategic Studies, asserts, disputed by nobody",
    ]);
  });

  it("'gave its most detailed breakdown yet of … losses: 4,100 casualties' credits who gave it", () => {
    expect(
      read(
        "Ukraine's General Staff on Wednesday gave its most detailed breakdown yet of North Korean losses in the Kursk region: 4,150 casualties since early December.",
      )[0],
    ).toMatch(/^4,150: casualties-total, Ukraine's General Staff,/);
  });
});

describe("near misses a review of these rules found, which keep their earlier readings", () => {
  it("a share skimmed or taken 'off' a pay is the regime's; only a cut off a value is no share", () => {
    expect(kinds("Pyongyang skims 80 percent off each soldier's $2,050 monthly pay, a defector said.")[0]).toBe(
      "regime-share",
    );
    expect(
      kinds("Party officials take 70 percent off every payment before it reaches the soldiers, Daily NK reported."),
    ).toEqual(["regime-share"]);
  });

  it("'the ratio of casualties to troops deployed' is a casualty rate", () => {
    expect(kinds("The ratio of casualties to troops deployed is now roughly 35 percent, analysts estimate.")).toEqual([
      "casualty-rate",
    ]);
  });

  it("'fighting with a force of about 50,000 Russian troops' is Russia's force", () => {
    expect(
      kinds("Moscow is fighting with a force of about 50,050 Russian troops in Kursk, alongside the North Koreans."),
    ).toEqual(["context"]);
  });

  it("units numbering the whole force and the first groups sent are the force; units of 2,000 men each are a unit size", () => {
    expect(
      kinds("North Korean units numbering some 11,050 troops are now fighting in Kursk, the Pentagon said."),
    ).toEqual(["troops-deployed"]);
    expect(kinds("The first groups of about 3,050 soldiers reached Russia in October, the NIS said.")).toEqual([
      "troops-deployed",
    ]);
    expect(
      kinds("North Korea has deployed about 11,050 soldiers in units of roughly 2,050 men each, the NIS said."),
    ).toEqual(["troops-deployed", "context"]);
  });

  it("'an official rate of $2,000 a month' for each soldier is pay", () => {
    expect(
      kinds("Moscow pays an official rate of $2,050 a month for each North Korean soldier, the NIS said."),
    ).toEqual(["pay-per-soldier"]);
  });

  it("the figures compared in 'the difference between … 11,000 … and … 12,000 is small' stay counts", () => {
    expect(
      kinds("The difference between the NIS estimate of 11,050 troops and Ukraine's figure of 12,050 is small."),
    ).toEqual(["troops-deployed", "troops-deployed"]);
  });

  it("'Each of them' after 'Kim Jong Un's troops' takes their pay", () => {
    expect(
      kinds(
        "Kim Jong Un's troops arrived in Kursk in October. Each of them receives about $2,050 a month from Moscow, Ukraine's military intelligence said.",
      ),
    ).toEqual(["pay-per-soldier"]);
  });

  it("'4,000 of them are dead or wounded' counts both", () => {
    expect(kinds("Of the 11,050 soldiers sent, about 4,050 of them are dead or wounded, Kyiv says.")).toContain(
      "casualties-total",
    );
  });

  it("'$2,000 compensation a month' is pay", () => {
    expect(
      kinds("Each North Korean soldier gets $2,050 compensation a month from Russia, the NIS said."),
    ).not.toContain("context");
  });

  it("'they said' after a new group was introduced names no one", () => {
    expect(
      read(
        "South Korean lawmakers said 11,050 troops had been sent.\nTwo defectors interviewed by this newspaper disagree.\nThe soldiers get only $150 a month, they said.",
      )[1],
    ).toMatch(/, nobody,/);
  });
});

describe("what reaches the men, a force measured against, a ceiling of an estimate and more bound for Russia", () => {
  it("'Maybe $100 a month reaches him' and '“no more than a tenth” of the money reaches the soldiers' are what the soldier gets", () => {
    expect(kinds('"Maybe $150 a month reaches him, maybe less, and only when he comes home," he said.')).toEqual([
      "soldier-take-home",
    ]);
    expect(
      kinds(
        'A source in the ministry told the paper that "no more than a tenth" of the money reaches the soldiers, the rest going to a state account.',
      ),
    ).toEqual(["context"]);
  });

  it("'Measured against the 11,000 to 12,000 men believed to have been deployed' is the force", () => {
    expect(
      kinds(
        "Measured against the 11,050 to 12,050 men believed to have been deployed, Seoul's count implies about one in three has been killed or wounded.",
      ),
    ).toEqual(["troops-deployed", "casualty-rate"]);
  });

  it("'Ukraine's estimate is somewhat higher, at up to 16,000' bounds the count of now", () => {
    expect(kinds("Ukraine's estimate is somewhat higher, at up to 16,050 troops.")).toEqual(["troops-deployed"]);
  });

  it("'plans to send a third wave of about 8,000' and '8,000 more … bound for Russia' are to come; 'are heading to Ukraine' is there now", () => {
    expect(kinds("North Korea plans to send a third wave of about 8,050 soldiers to Russia.")).toEqual([
      "troops-projected",
    ]);
    expect(kinds("About 8,050 more North Koreans are bound for Russia, the NIS said.")).toEqual(["troops-projected"]);
    expect(kinds("It is believed that at least 10,050 North Korean soldiers are heading to Ukraine.")).toEqual([
      "troops-deployed",
    ]);
  });
});

describe("a condition someone vouches for, and counts named before 'it'", () => {
  it("'If, as Seoul believes, the state keeps 90 percent, …' and 'If the regime keeps 90%, as the NIS says, …' are the vouchers' shares", () => {
    expect(
      read("If, as Seoul believes, the state keeps 90 percent, each soldier would take home about $210 a month.")[0],
    ).toMatch(/^90 percent: regime-share, Seoul,/);
    expect(
      read(
        "If the regime keeps 90% to 95%, as the NIS says, each soldier would be left with about $110 to $210 a month.",
      )[0],
    ).toMatch(/^90% to 95%: regime-share, NIS,/);
    // (A condition nobody vouches for stays supposed.)
    expect(
      extract(
        "If the regime keeps 90% to 95%, each soldier would be left with about $110 to $210 a month.",
      ).skipped.map((x) => x.text),
    ).toContain("90% to 95%");
  });

  it("'the size of the force …; Seoul has estimated it at 3,000' counts the force; 'it moved to 2,000' the count before", () => {
    expect(
      read(
        "The staff gave no figure for the size of the North Korean force in Belgorod; Seoul has estimated it at 3,050.",
      )[0],
    ).toMatch(/^3,050: troops-deployed, Seoul,/);
    expect(kinds("Last Friday the agency put the death toll at 1,850; on Monday it moved to 2,050.")).toEqual([
      "casualties-killed",
      "casualties-killed",
    ]);
    expect(extract("On Monday it moved to 2,050.").claims).toEqual([]);
  });
});
