import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/lib/schema/claim.ts";
import { claimLine, extractInvented } from "../support/invented.ts";

/** One invented article of the Riverside Monitor: its claims and its skipped numbers with their reasons. */
function extract(body: string): { claims: Claim[]; skipped: string[] } {
  const out = extractInvented({ title: "Invented report", publisher: "Riverside Monitor", slug: "report" }, body);
  return { claims: out.claims, skipped: out.skipped.map((k) => `${k.text}: ${k.reason}`) };
}

/** The claims as "figure: kind, credit, stance, disputed by". */
function read(body: string): string[] {
  return extract(body).claims.map((c) => claimLine(c));
}

describe("a fact-check that rates numbered claims in the same paragraph", () => {
  it("'Claim 1: “…” Rating: Mostly false.' rejects the claim's figure, and the label names no one", () => {
    const { claims } = extract(
      [
        "A video shared on TikTok makes several claims. We checked them.",
        "Claim 1: “50,050 North Korean soldiers have been killed in Kursk.” Rating: Mostly false. No government has given a figure near this.",
        "Claim 2: “The soldiers are all teenagers aged 16.” Rating: Unproven.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.stance, c.attributedTo])).toEqual([
      ["50,050", "disputes", null],
      ["16", "disputes", null],
    ]);
    expect(claims[1]?.subject).toBeNull();
  });
});

describe("a committee's transcript", () => {
  it("a witness named in full in her label speaks, and her denial of the figure put to her disputes it", () => {
    expect(
      read(
        [
          "Catherine Ashdown: Our assessment is that around 11,050 North Korean military personnel have been deployed.",
          "Tom Reed: The Daily Courant reported last week that 30,050 had been sent. Is that wrong?",
          "Catherine Ashdown: We do not recognise that figure.",
        ].join("\n"),
      ),
    ).toEqual([
      "around 11,050: troops-deployed, Catherine Ashdown, asserts, disputed by nobody",
      "30,050: troops-deployed, Daily Courant, asserts, disputed by Catherine Ashdown",
    ]);
  });

  it("'casualties exceed 4,050, of whom a significant number have been killed' counts casualties", () => {
    expect(
      read("We assess that North Korean casualties exceed 4,050, of whom a significant number have been killed.")[0],
    ).toMatch(/^exceed 4,050: casualties-total,/);
    expect(read("Ukraine says North Korean casualties were 1,050 killed and 3,050 wounded.")).toEqual([
      "1,050: casualties-killed, Ukraine, asserts, disputed by nobody",
      "3,050: casualties-wounded, Ukraine, asserts, disputed by nobody",
    ]);
  });
});

describe("officials who judge, and sides that count their own", () => {
  it("'said that number was “far too low”' disputes the figure before", () => {
    expect(
      read(
        "An official at the NIS said about 650 North Koreans had been killed. A Ukrainian official, who asked not to be named, said that number was “far too low”.",
      )[0],
    ).toBe("about 650: casualties-killed, An official at the NIS, asserts, disputed by A Ukrainian official");
  });

  it("'The Russian Ministry of Defence says it has … lost only 7 servicemen' counts Russia's losses", () => {
    expect(
      read(
        "The Russian Ministry of Defence says it has “repelled all attacks” and lost only 7 servicemen in the area this week.",
      )[0],
    ).toMatch(/^7: context,/);
  });
});

describe("money and counts that are not this deployment's", () => {
  it("a decimal comma before a currency: '1,50 euros a month' is €1.50", () => {
    const [claim] = extract("A soldier in Pyongyang earns the equivalent of 1,50 euros a month at home.").claims;
    expect([claim?.value.min, claim?.value.unit]).toEqual([1.5, "EUR"]);
  });

  it("another country's recruits and their pay, in a passage that names no North Korean, are context", () => {
    const { claims } = extract(
      "Nepal's foreign ministry says its citizens have been killed fighting for Russia. Nepali lawmakers have put the real number of recruits at up to 15,050. Recruiters promised them about $2,050 a month.",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["up to 15,050", "context"],
      ["about $2,050 a month", "context"],
    ]);
  });

  it("aid to Ukraine, and the pay of civilian workers, are no price of the deployment", () => {
    expect(
      read(
        "Minister Sybiha said 14,050 North Korean soldiers had been sent. The Republic of Korea announced an additional $105 million in humanitarian assistance to Ukraine, bringing its total support since 2022 to over $405 million.",
      ).slice(1),
    ).toEqual([
      "$105 million: context, Republic of Korea, asserts, disputed by nobody",
      "over $405 million: context, Republic of Korea, asserts, disputed by nobody",
    ]);
    expect(
      read(
        "The workers were promised $850 a month but received about $150, she said. The rest, about $655 each, went to a North Korean state company.",
      ).at(-1),
    ).toMatch(/^about \$655 each: context,/);
  });

  it("exchange rates, even with the verb left out, are skipped as such", () => {
    const { claims, skipped } = extract(
      "On the market in Pyongyang, one dollar buys about 8,050 won and one yuan about 1,150 won.",
    );
    expect(claims).toEqual([]);
    expect(skipped).toEqual([
      "one dollar: an exchange rate",
      "about 8,050 won: an exchange rate",
      "one yuan: an exchange rate",
      "about 1,150 won: an exchange rate",
    ]);
  });

  it("a prosecutor's words after the NIS's count give it no scope of labour", () => {
    const [claim] = extract(
      "The prosecution pointed to the NIS estimate that about 11,050 North Korean soldiers are now in Russia, and said the labour networks were “the same pipelines”.",
    ).claims;
    expect([claim?.kind, claim?.scope]).toEqual(["troops-deployed", null]);
  });
});

describe("counts of one assault or a few days, and an answer about what the soldier gets", () => {
  it("'counted 14 bodies after Tuesday's assault' and 'killed 63 … in five days' count those only", () => {
    const { claims } = extract(
      "Residents told us they counted 14 bodies in North Korean uniforms after Tuesday's assault on the Russian positions. The brigade told our crew its drone operators had killed 63 North Korean soldiers in five days.",
    );
    expect(claims.map((c) => [c.figure, c.scope])).toEqual([
      ["14", "only in Tuesday's assault"],
      ["63", "only in five days"],
    ]);
  });

  it("'Kang: Perhaps $100 a month' after 'Q: What does the soldier get?' is the soldier's take-home", () => {
    const { claims } = extract(
      [
        "Kang Min-seo worked in a trading company in Pyongyang before defecting.",
        "Q: How much does Russia pay for each North Korean soldier?",
        "Kang: About $2,050 a month for each soldier, I hear.",
        "Q: What does the soldier get?",
        "Kang: Perhaps $105 a month, and not in dollars.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["About $2,050 a month", "pay-per-soldier"],
      ["Perhaps $105 a month", "soldier-take-home"],
    ]);
  });
});

describe("near misses of these readings", () => {
  it("a claim rated true before the next claim's false rating keeps its figure", () => {
    const { claims } = extract(
      "Claim 1: “About 11,050 North Korean troops are in Russia.” Rating: True. Claim 2: “50,050 of them have been killed.” Rating: False.",
    );
    expect(claims.map((c) => [c.figure, c.stance])).toEqual([
      ["About 11,050", "asserts"],
      ["50,050", "disputes"],
    ]);
  });

  it("a witness who cannot confirm a figure, or says the number matters less, disputes nothing", () => {
    for (const answer of [
      "Catherine Ashdown: We cannot confirm that figure, but we have no reason to doubt it.",
      "Catherine Ashdown: I don't believe the number matters as much as what they are doing.",
    ])
      expect(
        extract(
          `Q: The Daily Courant reported that 30,050 North Korean soldiers had been sent. Is that wrong?\n${answer}`,
        ).claims[0]?.disputedBy,
      ).toBeNull();
  });

  it("'casualties were 200 North Korean soldiers killed' counts the killed", () => {
    expect(
      read(
        "Ukraine's General Staff said North Korean casualties were 250 North Korean soldiers killed in the first week.",
      )[0],
    ).toMatch(/^250: casualties-killed,/);
  });

  it("a toll “too high” for Pyongyang to hide is no verdict on it", () => {
    expect(
      read(
        "Ukraine's General Staff said 4,050 North Korean soldiers had been killed. Analysts said the toll was “too high” for Pyongyang to hide from families.",
      )[0],
    ).toMatch(/disputed by nobody$/);
  });

  it("North Korea's side named as the KPA or 'from the North' beside other recruits, and North Korea's engineers, stay theirs", () => {
    expect(
      extract(
        "Russia also recruited Cuban and Indian men. The Korean People's Army troops, about 11,050 of them, arrived in October.",
      ).claims[0]?.kind,
    ).toBe("troops-deployed");
    expect(
      extract(
        "Alongside Cuban mercenaries, some 3,050 soldiers from the North were sent to the Kursk front, the NIS said.",
      ).claims[0]?.kind,
    ).toBe("troops-deployed");
    expect(
      extract(
        "Construction workers are in short supply. The KPA engineers, sent to Kursk as construction crews, are paid about $1,050 a month, the NIS said.",
      ).claims[0]?.kind,
    ).not.toBe("context");
  });

  it("assistance to North Korea called payment for the men is the deployment's price", () => {
    expect(
      extract(
        "Russia's economic assistance to North Korea, worth about $1.05 billion a year, is effectively payment for the men it sent.",
      ).claims[0]?.kind,
    ).toBe("pay-total");
  });

  it("a clause after 'and said' that gives the figure keeps the scope it gives", () => {
    const [claim] = extract(
      "The NIS briefed lawmakers on Monday, and said 1,050 North Korean soldiers had been sent as labourers to Kursk.",
    ).claims;
    expect(claim?.scope).toBe("soldiers sent for labour");
  });

  it("an assault before a total since October, and 'in five days of briefings', scope nothing", () => {
    for (const text of [
      "After Tuesday's assault, the total number of North Korean dead since October reached 4,050, Ukraine's General Staff said.",
      "Ukraine said 4,050 North Korean soldiers have been killed since October, the highest toll in five days of briefings.",
    ])
      expect(extract(text).claims[0]?.scope ?? null).toBeNull();
  });

  it("'Washington gives no figure, but officials say Russia pays …' is the pay; 'The United States paid them' is context", () => {
    expect(
      extract(
        "Washington gives no figure, but officials say Russia pays each North Korean soldier about $2,050 a month.",
      ).claims[0]?.kind,
    ).toBe("pay-per-soldier");
    expect(
      extract(
        "South Korea sent troops to Vietnam. The United States paid them a combat allowance of about $45 a month during the war.",
      ).claims.at(-1)?.kind,
    ).toBe("context");
  });
});

describe("another country's recruits after a paragraph that names North Koreans", () => {
  it("are still another country's: only the sentence right before counts", () => {
    const { claims } = extract(
      [
        "Russia has recruited thousands of foreigners to fight in Ukraine, and the North Koreans are only the best-known.",
        "Nepal's foreign ministry says its citizens have been killed fighting for Russia and that some are still serving. Nepali lawmakers have put the real number of recruits at up to 15,050.",
      ].join("\n"),
    );
    expect(claims.find((c) => c.figure === "up to 15,050")?.kind).toBe("context");
  });
});

describe("a broadcaster's title", () => {
  it("'Presenter Oksana Lytvynchuk said …' credits her by her name alone", () => {
    expect(read("Presenter Oksana Lytvynchuk said about 350 North Korean soldiers had been killed nearby.")[0]).toBe(
      "about 350: casualties-killed, Oksana Lytvynchuk, asserts, disputed by nobody",
    );
  });
});

describe("a rating headed 'Conclusion:'", () => {
  it("rates the claim before it, a source's own figure between them", () => {
    const { claims } = extract(
      "Claim 1: “North Korea has lost 12,050 soldiers.” The Ukrainian General Staff says 4,050. Conclusion: Mostly false.",
    );
    expect(claims.find((c) => c.figure === "12,050")?.stance).toBe("disputes");
  });
});
