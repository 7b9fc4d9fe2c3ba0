import { describe, expect, it } from "vitest";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { inventedReader, readHeadlined } from "../support/invented.ts";

/** The project's alias file. */
const ALIASES = readAliases("content/aliases.yaml");

/** One invented article of the Tarn Courier, read whole. */
const { extract, credited: lines, figureKinds: kindsOf } = inventedReader("Tarn Courier");

describe("a headline's closing label that names no source", () => {
  it("'…: what we know' keeps the body's own source for the headline's figure", () => {
    const read = readHeadlined(
      "Tarn Courier",
      "South Korea says 3,750 North Korean soldiers killed: what we know",
      "About 3,750 North Korean soldiers have been killed in Russia, the National Intelligence Service told lawmakers on Tuesday.",
      ALIASES,
    );
    expect(read[0]).toMatch(/^3,750: casualties-killed, South Korea's National Intelligence Service,/);
  });
});

describe("what 'relaying' relays", () => {
  it("a lawmaker 'relaying questions from the soldiers' families' is the source, not the questions", () => {
    expect(
      lines(
        "About 3,350 North Korean soldiers have been wounded, said Choi Yu-na, a lawmaker, relaying questions from the soldiers' families.",
      ),
    ).toEqual(["About 3,350: casualties-wounded, Choi Yu-na"]);
  });
});

describe("near misses of the new readings", () => {
  it("preparations that were completed, for troops who arrived, are no troops to come", () => {
    expect(
      kindsOf(
        "North Korea completed preparations for the deployment of 3,050 more troops, who arrived in Russia last week, the agency said.",
      ),
    ).toEqual(["3,050: troops-deployed"]);
  });

  it("'Losses among Russian marines since January have reached 3,000' are no North Korean losses", () => {
    expect(
      kindsOf("Losses among Russian marines since January have reached 3,050, the General Staff said.").filter((l) =>
        l.includes("casualties"),
      ),
    ).toEqual([]);
  });

  it("'Ukrainian units lost \"nearly 900\" soldiers' is another army's loss", () => {
    expect(
      kindsOf('Ukrainian units lost "nearly 950" soldiers while holding off North Korean assaults, a commander said.'),
    ).toEqual(["nearly 950: context"]);
  });

  it("pay 'in North Korean won' with nothing else is still pay at home", () => {
    expect(kindsOf("Soldiers are paid the equivalent of about $1 a month in North Korean won.")).toEqual([
      "about $1 a month: domestic-wage",
    ]);
  });

  it("'one official' after two groups of officials is not read back to either", () => {
    expect(
      lines(
        [
          "US officials said the troops had reached the front line. Ukrainian officials said they had not.",
          "About 2,650 North Korean soldiers have been killed, one official said.",
        ].join("\n"),
      ),
    ).toEqual(["About 2,650: casualties-killed, one official"]);
  });

  it("'If 3,000 more troops are sent, as the NIS believes, …' stays a supposition", () => {
    expect(
      extract("If 3,050 more troops are sent, as the NIS believes, the total would reach 14,050.").skipped.map(
        (x) => x.text,
      ),
    ).toContain("3,050");
  });
});

describe("the Workers' Party and pay on return", () => {
  it("a share 'retained by the state and the Workers' Party' is the regime's, and the party's name is no worker", () => {
    expect(
      kindsOf("Russia pays $2,050 a month; 90% of this sum is retained by the state and the Workers' Party."),
    ).toEqual(["$2,050 a month: pay-per-soldier", "90%: regime-share"]);
  });

  it("what 'ordinary soldiers are promised …, payable only on their return' is their take-home pay", () => {
    expect(
      kindsOf(
        "Russia pays $2,050 a month; between 85% and 95% of this sum is retained by the state; ordinary soldiers are promised the equivalent of US$110-210 a month, payable only on their return.",
      ),
    ).toEqual([
      "$2,050 a month: pay-per-soldier",
      "between 85% and 95%: regime-share",
      "US$110-210 a month: soldier-take-home",
    ]);
  });
});

describe("near misses of parts, names, preparations and conditions", () => {
  it("'About 10,000 of them' after Russia's own troops counts no North Korean troops", () => {
    expect(
      kindsOf(
        [
          "Russia has massed about 50,050 troops near Kursk, Ukraine's General Staff said.",
          "About 10,050 of them are marines and paratroopers, a Ukrainian officer said.",
        ].join("\n"),
      ).filter((l) => l.includes("troops-")),
    ).toEqual([]);
  });

  it("troops 'expected to have been shipped' are to come, and 'the whole of what Seoul had expected would be a force of' was sent", () => {
    expect(
      kindsOf(
        "Another 4,050 North Korean troops are expected to have been shipped to Russia by the end of March, Ukraine's military intelligence said.",
      ),
    ).toEqual(["4,050: troops-projected"]);
    expect(
      kindsOf(
        "By December, North Korea had sent the whole of what Seoul had expected would be a force of about 11,650.",
      ),
    ).toEqual(["about 11,650: troops-deployed"]);
  });

  it("'including, by its count, about 650 dead' is the dead, and the total before it the total", () => {
    expect(kindsOf("The NIS put total casualties at about 4,750, including, by its count, about 650 dead.")).toEqual([
      "about 4,750: casualties-total",
      "about 650: casualties-killed",
    ]);
  });

  it("'and' joins no acronym, title or person to a body's name", () => {
    for (const line of lines(
      [
        "About 12,050 North Korean troops have been deployed to Russia, the Department of Defense and NATO said on Monday.",
        "About 3,050 North Korean soldiers have been killed, according to the Committee on Foreign Affairs and President Volodymyr Zelensky.",
      ].join("\n"),
    ))
      expect(line).not.toMatch(/Defense and|Affairs and/);
  });

  it("'payable only on completion of his service' leaves the average soldier's pay at home", () => {
    expect(
      kindsOf("The average North Korean soldier receives about $2 a month, payable only on completion of his service."),
    ).toEqual(["about $2 a month: domestic-wage"]);
  });

  it("preparations under way, to be completed or not yet completed are for troops to come", () => {
    expect(
      kindsOf(
        [
          "Preparations for a new rotation of about 5,150 North Korean soldiers are under way, and the first replacements arrived on Monday, Ukrainian intelligence said.",
          "Preparations for a rotation of 4,150 North Korean troops will be completed by March, the NIS said.",
          "North Korea has not yet completed preparations for the dispatch of another 6,150 soldiers, Seoul's spy agency said.",
        ].join("\n"),
      ),
    ).toEqual(["about 5,150: troops-projected", "4,150: troops-projected", "6,150: troops-projected"]);
  });

  it("a count someone vouches for in an 'if' clause is theirs: 'If 1,650 North Korean soldiers have been killed, as Zelensky says'", () => {
    expect(
      lines(
        "If 1,650 North Korean soldiers have been killed, as Zelensky says, the losses are the North's worst since the Korean War.",
      )[0],
    ).toMatch(/^1,650: casualties-killed, Zelensky/);
  });
});

describe("a headline's closing label of a country's source", () => {
  it("'…: officials in Kyiv' over Ukraine's military intelligence is that agency's figure, not North Korea's", () => {
    const read = readHeadlined(
      "Tarn Courier",
      "North Korea counts 4,250 casualties: officials in Kyiv",
      "North Korean forces have suffered about 4,250 casualties, Ukraine's military intelligence said on Monday.",
      ALIASES,
    );
    expect(read[0]).toMatch(/^4,250: casualties-total, Ukraine's military intelligence/);
  });
});

describe("near misses of reports, offers, totals and body names", () => {
  it("'Yonhap said in a report …' makes no outlet the author of 'the report'", () => {
    expect(
      lines(
        [
          "Yonhap said in a report on Monday, citing the National Intelligence Service, that the troops had moved closer to the front.",
          "The report said about 2,450 North Korean soldiers had been killed.",
        ].join("\n"),
      ).at(-1),
    ).not.toMatch(/Yonhap/);
  });

  it("'Pyongyang has since offered larger numbers of troops, most recently about 5,600' credits no Pyongyang", () => {
    expect(
      lines(
        [
          "North Korea sent about 11,250 troops to Russia last autumn.",
          "Pyongyang has since offered larger numbers of troops, most recently about 5,650 engineers and builders.",
        ].join("\n"),
      ).at(-1),
    ).not.toMatch(/North Korea|Pyongyang/);
  });

  it("the men from the North after 'what Russia pays its own troops:' and pay commanders embezzle stay pay", () => {
    expect(
      kindsOf(
        [
          "The newcomers are paid far less than Russia pays its own troops: the men from the North get about $850 a month, a defector said.",
          "Commanders embezzle part of the $2,050 a month Russia pays for each soldier, a defector said.",
        ].join("\n"),
      ),
    ).toEqual(["about $850 a month: soldier-take-home", "$2,050 a month: pay-per-soldier"]);
  });

  it("a rate 'rising to $2,400 by the summer' keeps its month", () => {
    const { claims } = extract(
      "Russia pays each North Korean soldier about $2,050 a month, rising to $2,450 by the summer.",
    );
    expect(claims.map((c) => c.value.per)).toEqual(["month", "month"]);
  });

  it("special forces that 'had been flown' are there, and 'the first batch of what it expects will be a force of' is the whole to come", () => {
    expect(
      kindsOf(
        [
          "About 1,550 North Korean special forces had been flown to Vladivostok, the first of what Moscow expected would be a force of about 12,050.",
          "North Korea has sent about 1,950 troops, the first batch of what it expects will be a force of about 11,050, the NIS said.",
        ].join("\n"),
      ),
    ).toEqual([
      "About 1,550: troops-deployed",
      "about 12,050: troops-projected",
      "about 1,950: troops-deployed",
      "about 11,050: troops-projected",
    ]);
  });

  it("'total losses, including the wounded, had risen to about 4,650' after the dead is the total", () => {
    expect(
      kindsOf(
        "The NIS said about 1,950 North Korean soldiers had been killed and that total losses, including the wounded, had risen to about 4,650.",
      ),
    ).toEqual(["about 1,950: casualties-killed", "about 4,650: casualties-total"]);
  });

  it("'and' joins no rank, title or three-word name to a body's name", () => {
    for (const line of lines(
      [
        "About 12,250 North Korean troops are in Russia, the Committee on Foreign Affairs and Deputy Minister Kim said.",
        "About 3,050 North Korean soldiers have been killed, the Ministry of Defence and Gen Kyrylo Budanov said.",
        "About 2,050 have been wounded, the Committee on Intelligence and Lee Seong Kweun said.",
      ].join("\n"),
    ))
      expect(line).not.toMatch(/Affairs and|Defence and|Intelligence and/);
  });

  it("preparations that 'are complete', with the soldiers arrived, are for troops who are there", () => {
    expect(
      kindsOf(
        "Preparations for a third rotation of about 3,350 North Korean troops are complete, and the soldiers reached Kursk last week, Ukrainian intelligence said.",
      ),
    ).toEqual(["about 3,350: troops-deployed"]);
  });

  it("'If 2,950 more North Korean troops arrive …, as Ukraine's military intelligence says' is no troops sent", () => {
    expect(
      kindsOf(
        "If 2,950 more North Korean troops arrive in the spring, as Ukraine's military intelligence says, Russia can rotate its exhausted units.",
      ).filter((l) => l.includes("troops-deployed")),
    ).toEqual([]);
  });
});

describe("headline labels of no source", () => {
  it("'…: South Korean news agency' and '…: how Seoul intelligence missed them' leave the headline's own source", () => {
    expect(
      readHeadlined(
        "Tarn Courier",
        "Zelensky says 3,850 North Korean troops killed: South Korean news agency",
        "South Korea's National Intelligence Service has put the number of North Korean dead at about 3,850, and Zelensky cited the same figure on Sunday.",
        ALIASES,
      )[0],
    ).toMatch(/^3,850: casualties-killed, Volodymyr Zelenskyy,/);
  });
});

describe("near misses of owners, rates, totals and vouched conditions", () => {
  it("a body whose name has 'Press' in it still owns its new survey", () => {
    expect(
      lines(
        [
          "The Korea Press Foundation's new survey of defectors was released on Monday.",
          "The survey finds that families of North Korean soldiers in Russia receive about $95 a month.",
        ].join("\n"),
      ).at(-1),
    ).toMatch(/Korea Press Foundation$/);
  });

  it("'has given lower numbers, most recently about 3,900 casualties' is the giver's", () => {
    expect(
      lines(
        "Ukraine says about 4,650 North Korean soldiers have been killed or wounded. South Korea's National Intelligence Service has given lower numbers, most recently about 3,950 casualties.",
      ).at(-1),
    ).toMatch(/^about 3,950: casualties-total, (?:South Korea's )?National Intelligence Service/);
  });

  it("Russia's own privates or lieutenants after a colon are context; money embezzled is no pay", () => {
    expect(
      kindsOf(
        [
          "That is roughly what Russia pays its own contract soldiers: privates earn about 204,000 roubles a month.",
          "The sum is close to what Russia pays its own troops: a junior lieutenant earns about 240,000 roubles a month.",
          "In 2019 a senior North Korean officer was executed for embezzling about $3 million from a military construction fund.",
        ].join("\n"),
      ).filter((l) => !l.startsWith("2019")),
    ).toEqual([
      "about 204,000 roubles a month: context",
      "about 240,000 roubles a month: context",
      "about $3 million: context",
    ]);
  });

  it("a sum one 'had amassed … by mid-2025' takes no month from the rate before it", () => {
    const { claims } = extract(
      "Russia pays the brigade's commander about $5,050 a month, and he had amassed about $90,050 by mid-2025, a defector said.",
    );
    expect(claims.find((c) => c.figure.includes("90,050"))?.value.per ?? null).toBeNull();
  });

  it("preparations that continue while the first units 'have finished training' are for troops to come", () => {
    expect(
      kindsOf(
        "Preparations for the dispatch of about 4,150 more North Korean soldiers continue, though the first units have finished training, Seoul said.",
      ),
    ).toEqual(["about 4,150: troops-projected"]);
  });

  it("counts in a vouched 'if' clause that were sent or killed are the voucher's", () => {
    expect(
      lines(
        [
          "If 14,650 North Korean troops have been sent to Russia, as Kyiv estimates, the North has committed few of its soldiers.",
          "If 1,750 of the North Korean soldiers deployed to Kursk have been killed, as Zelensky says, the death rate is high.",
        ].join("\n"),
      ),
    ).toEqual(["14,650: troops-deployed, Kyiv", "1,750: casualties-killed, Zelensky"]);
  });

  it("a soldier whose diary was found on his body is no 'he' who speaks next", () => {
    expect(
      lines(
        [
          "Major Ihor Kovalenko showed reporters a notebook found in a trench.",
          "A North Korean soldier whose diary was found on his body recalled the day his unit crossed the border.",
          "He said about 45 North Korean soldiers from that unit were killed in one assault.",
        ].join("\n"),
      ).at(-1),
    ).toBe("about 45: casualties-killed, Ihor Kovalenko");
  });
});

describe("near misses of Russia's own pay, rates, sendings and long body names", () => {
  it("pay 'at the rate of Russia's own troops:' and what 'DPRK soldiers' earn after a colon, and the Koreans' pay after a Russian private's, are the North Koreans' pay", () => {
    expect(
      kindsOf(
        [
          "The recruits are paid at the rate of Russia's own troops: about $2,150 a month, according to the NIS.",
          "DPRK soldiers are said to earn what Russian contract soldiers earn: roughly $2,350 a month, the HUR said.",
          "Russia's own soldiers are paid far more: a private earns about 210,000 roubles a month, while the Koreans get about $850.",
        ].join("\n"),
      ),
    ).toEqual([
      "about $2,150 a month: pay-per-soldier",
      "roughly $2,350 a month: pay-per-soldier",
      "about 210,000 roubles a month: context",
      "about $850: soldier-take-home",
    ]);
  });

  it("a rate that 'has reached' or 'has been promised' a sum by a season keeps its month", () => {
    const { claims } = extract(
      [
        "Pay started at about $1,550 a month and has reached about $2,450 by the summer, the NIS said.",
        "Recruits were first offered $1,850 a month, and they have been promised about $2,550 by the spring, the HUR said.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.value.per)).toEqual(["month", "month", "month", "month"]);
  });

  it("troops 'being sent' or 'to be dispatched' in a vouched 'if' clause stay supposed", () => {
    expect(
      kindsOf(
        [
          "If 4,050 North Korean troops are being sent to Russia, as Seoul believes, the deployment will grow by a third.",
          "If 6,050 North Korean engineers were to be dispatched, as the NIS reported, they would rebuild Kursk.",
        ].join("\n"),
      ).filter((l) => l.includes("troops-deployed")),
    ).toEqual([]);
  });

  it("a body's name with a hyphenated or three-word tail after its 'and' is whole", () => {
    expect(
      lines(
        [
          "The Institute for Peace and Inter-Korean Affairs said about 12,750 North Korean soldiers are in Russia.",
          "The Committee on Intelligence and Korean Peninsula Affairs said about 1,950 North Korean soldiers had been killed.",
        ].join("\n"),
      ),
    ).toEqual([
      "about 12,750: troops-deployed, Institute for Peace and Inter-Korean Affairs",
      "about 1,950: casualties-killed, Committee on Intelligence and Korean Peninsula Affairs",
    ]);
  });
});
