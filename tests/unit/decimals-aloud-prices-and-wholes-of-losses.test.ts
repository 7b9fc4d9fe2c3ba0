import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/lib/extract/quantities/index.ts";
import { extractInvented, inventedReader } from "../support/invented.ts";

/** One invented article of the Harbour Courier, read whole. */
const { extract, read, kinds } = inventedReader("Harbour Courier");

/** The value and unit of each figure of a text, as written. */
function values(text: string): [string, number | null, number | null, string | null][] {
  return extractQuantities(text).map((q) => [q.text, q.min, q.max, q.currency]);
}

describe("a decimal read aloud", () => {
  it("'four point two million dollar' is 4.2 million dollars, not two million", () => {
    expect(values("a four point two million dollar upgrade")).toEqual([
      ["four point two million dollar", 4_200_000, 4_200_000, "USD"],
    ]);
    expect(values("twenty point seven five billion roubles")[0]?.slice(1)).toEqual([
      20_750_000_000,
      20_750_000_000,
      "RUB",
    ]);
    expect(values("about eleven point five thousand troops")[0]?.slice(1, 3)).toEqual([11_500, 11_500]);
    expect(values("two point five per cent of the force")[0]?.slice(1, 3)).toEqual([2.5, 2.5]);
  });

  it("is no decimal in 'at one point', before a comma or before a word that is no digit", () => {
    expect(values("At one point five hundred men were cut off").map((v) => v[1])).toEqual([1, 500]);
    expect(values("a three point plan").map((v) => v[1])).toEqual([3]);
    expect(values("It rose to three point, then fell").map((v) => v[1])).toEqual([3]);
  });
});

describe("money that names what it buys", () => {
  it("'a three point five million dollar upgrade to the town pool' is the pool's price, not a payroll", () => {
    const { claims } = extract(
      "South Korea's spy agency says Moscow pays around two thousand US dollars a month for each soldier.\n\nIn local news, the shire has approved a three point five million dollar upgrade to the town pool.",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.min])).toEqual([
      ["around two thousand US dollars a month", "pay-per-soldier", 2000],
      ["three point five million dollar", "context", 3_500_000],
    ]);
  });

  it("'a $20 million contract' is a contract; '$20 million a month for the deployment' is still the payroll", () => {
    expect(kinds("The defence ministry signed a $20 million contract for transport, officials said.")).toEqual([
      "context",
    ]);
    expect(kinds("Russia pays about $20 million a month for the deployment.")).toEqual(["pay-total"]);
  });
});

describe("losses and the whole they are taken from", () => {
  it("'out of roughly 4,900 killed and wounded' counts the killed and the wounded together", () => {
    expect(
      kinds("The agency's estimate of those killed is about 850, out of roughly 4,950 killed and wounded."),
    ).toEqual(["casualties-killed", "casualties-total"]);
    expect(kinds("About 750 were killed and 2,050 wounded.")).toEqual(["casualties-killed", "casualties-wounded"]);
  });

  it("'of roughly 11,000 North Koreans still at the front, about one in five had been wounded' is a force and a rate", () => {
    expect(
      kinds(
        "Kyiv's military intelligence chief said that of roughly eleven thousand North Koreans still at the front, about one in five had been wounded at least once.",
      ),
    ).toEqual(["troops-deployed", "casualty-rate"]);
    expect(kinds("Of some 9,050 North Koreans now in Kursk, about one in four had been wounded, HUR said.")).toEqual([
      "troops-deployed",
      "casualty-rate",
    ]);
    expect(kinds("Of the 11,050 North Koreans, 30 per cent have been killed or wounded.")).toEqual([
      "troops-deployed",
      "casualty-rate",
    ]);
  });

  it("a fronted whole that is itself a count of losses stays losses", () => {
    expect(kinds("Of the 4,050 wounded, a third returned to the front.")[0]).toBe("casualties-wounded");
    expect(kinds("Of the 3,050 casualties, a third died.")[0]).toBe("casualties-total");
  });
});

describe("what reaches the soldier, and a part sent before the whole to come", () => {
  it("'What is left for the soldier, perhaps $100 to $200 a month' and a quoted sum that 'reaches the soldier' are take-home", () => {
    expect(kinds("What is left for the soldier, perhaps $150 to $250 a month, is not paid in Russia.")).toEqual([
      "soldier-take-home",
    ]);
    expect(kinds('Of the pay, KorWatch estimates "no more than $150" reaches the soldier.')).toEqual([
      "soldier-take-home",
    ]);
    // (What is left over for Pyongyang is no soldier's.)
    expect(kinds("Russia pays $2,050 a month; what is left for the men is about $250.")).toEqual([
      "pay-per-soldier",
      "soldier-take-home",
    ]);
  });

  it("'have been shipped to Vladivostok, the first of an expected 12,000' sent the part; the whole is to come", () => {
    expect(
      kinds(
        "South Korea's spy agency says 1,550 special forces soldiers have been shipped to Vladivostok, the first of an expected 12,050.",
      ),
    ).toEqual(["troops-deployed", "troops-projected"]);
    expect(kinds("North Korea will send 1,550 soldiers next month, the first of a planned 12,050.")).toEqual([
      "troops-projected",
      "troops-projected",
    ]);
  });
});

describe("a share that is a change or an error", () => {
  it("'could be 30 per cent too high', '20 per cent higher than', 'a tenth of what they lost before' are no casualty rate", () => {
    expect(kinds('A former analyst said the casualty figure "could be 35 per cent too high".')).toEqual(["context"]);
    expect(kinds("Losses were 25 per cent higher than in December, HUR said.")).toEqual(["context"]);
    expect(kinds("Units were losing maybe a tenth of what they lost before.")).toEqual(["context"]);
  });

  it("a share of the force or of the pay stays one", () => {
    expect(kinds("About 35 per cent of the troops have been killed or wounded.")).toEqual(["casualty-rate"]);
    expect(kinds("Analysts say up to 90% of what Russia pays never reaches the soldiers.")).toEqual(["regime-share"]);
  });
});

describe("a gallery's captions", () => {
  it("report what they say, and the picture's number counts nothing", () => {
    const { claims, skipped } = extract(
      [
        "1/6 A Ukrainian soldier inspects a North Korean helmet near Sudzha. Ukraine's military intelligence says some 12,050 North Koreans had reached the region. Photo: Anna Field",
        "",
        "6/6 Ukrainian drone operators review footage near the border at dawn. Photo: Anna Field",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["some 12,050", "troops-deployed", "Ukraine's military intelligence"],
    ]);
    expect(skipped.filter((s) => s.reason === "picture number").map((s) => s.text)).toEqual(["1", "6"]);
  });
});

describe("near misses of these rules", () => {
  it("'was put at one point two billion dollars' is a decimal; 'At one point five hundred men' opening a clause is not", () => {
    expect(values("The cost was put at one point two billion dollars")[0]?.slice(1, 3)).toEqual([
      1_200_000_000, 1_200_000_000,
    ]);
    expect(values("and at one point five hundred men fled").map((v) => v[1])).toEqual([1, 500]);
  });

  it("a part planned with its whole stays planned: '…, the first of a planned 12,000, will be shipped'", () => {
    expect(
      kinds("Some 1,550 North Korean soldiers, the first of a planned 12,050, will be shipped to Russia in November."),
    ).toEqual(["troops-projected", "troops-projected"]);
  });

  it("a fronted whole of the hurt, the missing or the captured is no force; one of the sent is, whatever part follows", () => {
    expect(kinds("Of the 2,450 North Koreans hurt in the fighting, about half have returned to the front.")[0]).toBe(
      "casualties-wounded",
    );
    expect(kinds("Of the 750 North Koreans listed as missing, about half are presumed dead.")[0]).not.toBe(
      "troops-deployed",
    );
    expect(kinds("Of the 12,050 North Koreans sent, 4,050 have been killed or wounded.")).toEqual([
      "troops-deployed",
      "casualties-total",
    ]);
  });

  it("'of what the men took in pay' is a share of pay; 'losses … half of what they took in January' a change", () => {
    expect(kinds("Pyongyang keeps roughly 90 per cent of what the men took in pay from Moscow.")).toEqual([
      "regime-share",
    ]);
    expect(kinds("North Korean losses in April were half of what they took in January, officers said.")).toEqual([
      "context",
    ]);
  });

  it("'what's left for the men', 'reaches the North Korean soldiers' are take-home", () => {
    expect(kinds("Russia pays $2,050 a month; what's left for the men is maybe $120.")).toEqual([
      "pay-per-soldier",
      "soldier-take-home",
    ]);
    expect(kinds('Experts say "barely $70" reaches the North Korean soldiers.')).toEqual(["soldier-take-home"]);
  });

  it("a building is a price whoever it is for; a programme for the soldiers may be their pay", () => {
    expect(kinds("Moscow built a $12 million training facility for the troops.")).toEqual(["context"]);
    expect(kinds("Pyongyang built a $4.5 million housing project for the soldiers' families.")).toEqual(["context"]);
    expect(kinds("Russia set aside a $200 million programme for the soldiers, covering their monthly wages.")).toEqual([
      "pay-total",
    ]);
  });
});

describe("a count of those who have served, and a headline's audience", () => {
  it("'Up to 15,000 North Koreans have served in Russia' is a count of now; 'could serve' is to come", () => {
    expect(kinds("Up to 15,050 North Koreans have served in Russia since 2024, the NIS says.")).toEqual([
      "troops-deployed",
    ]);
    expect(kinds("Up to 30,050 North Koreans could serve in Russia by next year.")).toEqual(["troops-projected"]);
  });

  it("'MPs told up to 15,000 …' credits no MP: they were told; 'Lawmakers told reporters that …' credits them", () => {
    const headline = "MPs told up to 15,050 North Koreans have served in Russia";
    expect(
      extractInvented({ title: headline, publisher: "Harbour Courier", slug: "told" }, headline).claims.map(
        (c) => c.attributedTo?.name ?? null,
      ),
    ).toEqual([null]);
    expect(read("Lawmakers told reporters that 12,050 North Koreans were in Kursk.")[0]).toMatch(
      /^12,050: [^,]+, Lawmakers,/,
    );
  });
});

describe("what a corrected article says it reported", () => {
  it("is withdrawn: 'Second, we reported that the soldiers were paid $2,000 a week; the rate … is $2,000 a month'", () => {
    const { claims } = extract(
      [
        "This article has been corrected twice since publication. The errors are set out below.",
        "",
        "Second, we reported that the soldiers were paid $2,050 a week; the rate the agency cites is $2,050 a month.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.value.per, c.stance, c.attributedTo?.name ?? null])).toEqual([
      ["$2,050 a week", "week", "disputes", null],
      ["$2,050 a month", "month", "asserts", null],
    ]);
  });

  it("is not, in an article that names no correction ('As we reported last week, …')", () => {
    expect(
      extract("We reported last week that about 12,050 North Korean soldiers were in Kursk.").claims.map(
        (c) => c.stance,
      ),
    ).toEqual(["asserts"]);
  });
});

describe("troops moved, and a count whose speaker follows it", () => {
  it("'as many as 4,000 more North Korean troops moved to Russia by rail' were moved; 'could be moved' are to come", () => {
    expect(kinds("Images suggest as many as 4,050 more North Korean troops moved to Russia by rail in March.")).toEqual(
      ["troops-deployed"],
    );
    expect(kinds("As many as 4,050 more North Korean troops could be moved to Russia by rail.")).toEqual([
      "troops-projected",
    ]);
  });

  it("'the 3,000 the Pentagon says were killed' counts the dead, credited to the Pentagon; '300 Kyiv residents' no one", () => {
    expect(read("Of the 3,050 the Pentagon says were killed, few were officers.")).toEqual([
      "3,050: casualties-killed, Pentagon, asserts, disputed by nobody",
    ]);
    expect(kinds("He met 350 Kyiv residents.")).toEqual([]);
  });
});

describe("words that are no one", () => {
  it("a list's 'Third,' is no speaker a later 'He said' could mean", () => {
    expect(
      extract(
        'Third, a quote from the defector was given as saying soldiers keep "10 per cent". He said "maybe one per cent, if that".',
      ).claims.map((c) => c.attributedTo?.name ?? null),
    ).toEqual([null, null]);
  });

  it("'Deputy minister says …' is an office, not a person called Deputy; 'walks back claim that …' is no speech", () => {
    expect(read("Deputy minister says 40,050 North Koreans are fighting for Russia.")[0]).toMatch(
      /^40,050: troops-deployed, Deputy minister,/,
    );
    const headline = "Deputy minister walks back claim that 40,050 North Koreans are fighting for Russia";
    expect(
      extractInvented({ title: headline, publisher: "Harbour Courier", slug: "walks-back" }, headline).claims.map(
        (c) => c.attributedTo?.name ?? null,
      ),
    ).toEqual([null]);
  });
});

describe("the number in a place", () => {
  it("'puts the number in Kursk at 11,000' counts the force there; 'the number in hospital' counts nothing named", () => {
    expect(read("Ukraine's defence intelligence puts the number in Kursk at 11,050.")[0]).toMatch(
      /^11,050: troops-deployed,/,
    );
    expect(kinds("HUR puts the number in the Kursk region at 9,050.")).toEqual(["troops-deployed"]);
    expect(kinds("The agency puts the number in hospital at 550.")).toEqual([]);
  });
});

describe("a loan, a settlement and a monthly contract", () => {
  it("'a $300 million loan from Moscow' and 'a $10,000 settlement' are prices of things; 'a $2,000 monthly contract' is pay", () => {
    expect(
      kinds("Pyongyang received a $350 million loan from Moscow last year, separate from the soldiers' pay."),
    ).toEqual(["context"]);
    expect(kinds("Families of soldiers killed in Russia get a $10,050 settlement.")).toEqual(["context"]);
    expect(kinds("Each soldier signs a $2,050 monthly contract with the Russian army.")).toEqual(["pay-per-soldier"]);
  });
});
