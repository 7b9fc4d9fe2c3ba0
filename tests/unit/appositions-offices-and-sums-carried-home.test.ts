import { describe, expect, it } from "vitest";
import { inventedReader, readHeadlined } from "../support/invented.ts";

/** One invented article of the Lakeside Courier, read whole. */
const { credited: lines, figureKinds: kindsOf } = inventedReader("Lakeside Courier");

describe("who speaks past a description between commas", () => {
  it("a body described by an adverb's phrase ('usually the more cautious source') is still the body", () => {
    expect(
      lines(
        "South Korea's National Intelligence Service, typically the more cautious source, said last week the toll was about 2,150, including some 310 dead.",
      ),
    ).toEqual([
      "about 2,150: casualties-total, South Korea's National Intelligence Service",
      "some 310: casualties-killed, South Korea's National Intelligence Service",
    ]);
  });

  it("an office named by its noun, then 'a lieutenant general who …', is the office's holder, not 'a lieutenant general'", () => {
    expect(
      lines(
        [
          "Ukraine's military intelligence chief Kyrylo Budanov told the station on Monday that losses were mounting.",
          "The spy chief, a lieutenant general who has run the agency since 2020, also said Russia was paying at least $2,050 a month for each soldier.",
        ].join("\n"),
      ),
    ).toEqual(["at least $2,050 a month: pay-per-soldier, Kyrylo Budanov"]);
  });

  it("a clause, then an 'a' phrase before the verb, still makes the phrase the speaker", () => {
    expect(lines("About 11,050 North Korean soldiers are in Russia, a military intelligence official said.")).toEqual([
      "About 11,050: troops-deployed, a military intelligence official",
    ]);
  });
});

describe("a count put at a figure", () => {
  it("'put the size of the North Korean contingent at' gives the figure to whoever put it", () => {
    expect(
      lines(
        "The Pentagon, which in January put the size of the North Korean contingent at 11,050 to 12,050, has not updated its estimate.",
      ),
    ).toEqual(["11,050 to 12,050: troops-deployed, Pentagon"]);
  });
});

describe("what a soldier carries home", () => {
  it("a sum he 'would bring home' at the end of his tour is take-home pay", () => {
    expect(
      kindsOf(
        "A defector said families had been promised that each soldier would bring home $550 at the end of his tour.",
      ),
    ).toEqual(["$550: soldier-take-home"]);
  });

  it("'a bonus of about 350 dollars at the end of the deployment' is take-home pay; Russia's signing bonus for its recruits is not", () => {
    expect(
      kindsOf(
        [
          "North Korean soldiers are paid by Moscow.",
          "He had been promised a bonus of about 350 dollars at the end of the deployment and had received nothing.",
          "Russia pays a signing bonus of $2,050 to Russian recruits at the end of the contract.",
        ].join("\n"),
      ),
    ).toEqual(["about 350 dollars: soldier-take-home", "$2,050: context"]);
  });

  it("what an ordinary private 'might eventually receive, the equivalent of' is take-home, the army wage beside it pay at home", () => {
    expect(
      kindsOf(
        "An ordinary private might eventually receive the equivalent of $150 to $250 a month, the economist said, compared with an official monthly army wage of 3,050 to 5,050 North Korean won.",
      ),
    ).toEqual(["$150 to $250 a month: soldier-take-home", "3,050 to 5,050 North Korean won: domestic-wage"]);
  });
});

describe("a guess corrected upwards", () => {
  it("'another 2,050, perhaps 3,050, troops' is one range", () => {
    expect(kindsOf("Pyongyang sent another 2,050, perhaps 3,050, troops in the spring.")).toEqual([
      "2,050, perhaps 3,050: troops-deployed",
    ]);
  });

  it("'About 2,050 were killed, perhaps 300 of them officers' keeps two figures", () => {
    expect(kindsOf("About 2,050 North Korean soldiers were killed, perhaps 300 of them officers.")).toHaveLength(2);
  });
});

describe("a headline that revises a count", () => {
  it("'NIS revises N. Korean death toll … down to 1,850' credits the agency, never 'N. Korean'", () => {
    const read = readHeadlined(
      "Lakeside Courier",
      "NIS revises N. Korean death toll in Russia down to 1,850, raises troop estimate",
      "South Korea's spy agency on Thursday lowered its count of North Korean soldiers killed in Russia to about 1,850.",
    );
    expect(read[0]).toMatch(/^1,850: casualties-killed, NIS,/);
  });

  it("'NIS raises N. Korean troop estimate to 17,050' credits the agency", () => {
    const read = readHeadlined(
      "Lakeside Courier",
      "NIS raises N. Korean troop estimate to 17,050",
      "The agency told lawmakers on Thursday that more soldiers had arrived.",
    );
    expect(read[0]).toMatch(/^17,050: troops-deployed, NIS,/);
  });
});

describe("soldiers who are not the North's deployment", () => {
  it("another country's own army, its size and its losses, are context", () => {
    expect(
      kindsOf(
        [
          "North Korea has sent about 11,050 troops to Russia.",
          "Ireland's own Defence Forces, by comparison, number about 7,550 personnel.",
          "Canada's entire armed forces number about 68,050 regular soldiers.",
          "Australia, by comparison, lost 43 soldiers in 13 years in Afghanistan.",
          "North Korea, by comparison, lost 4,050 soldiers in Kursk.",
        ].join("\n"),
      ),
    ).toEqual([
      "about 11,050: troops-deployed",
      "about 7,550: context",
      "about 68,050: context",
      "43: context",
      "4,050: casualties-total",
    ]);
  });

  it("soldiers flown or taken back to North Korea are context; flown back for funerals, the dead; flown in, a deployment", () => {
    expect(
      kindsOf(
        [
          "About 3,050 soldiers, many of them wounded, were flown or taken by train back to North Korea, an official said.",
          "Some 1,050 North Korean troops had returned home by June.",
          "About 215 North Korean soldiers were flown back to Pyongyang for funerals last month.",
          "About 2,550 North Korean replacements were flown in to Kursk.",
        ].join("\n"),
      ).filter((l) => !l.endsWith("troops-projected")),
    ).toEqual([
      "About 3,050: context",
      "Some 1,050: context",
      "About 215: casualties-killed",
      "About 2,550: troops-deployed",
    ]);
  });
});

describe("near misses of the rules above", () => {
  it("'The unit commander, a Ukrainian officer said, lost …': the 'a' phrase right before its verb speaks", () => {
    expect(
      lines("The unit commander, a Ukrainian officer said, lost about 235 of his North Korean soldiers in a week."),
    ).toEqual(["about 235: casualties-total, a Ukrainian officer"]);
  });

  it("'Officials who updated lawmakers on Friday estimate that …' and 'Researchers who raised concerns estimate that …' keep their verb", () => {
    expect(
      lines(
        [
          "Officials who updated lawmakers on Friday estimate that about 13,850 North Korean soldiers are in Russia.",
          "Researchers who raised concerns estimate that about 2,150 North Korean soldiers have been killed.",
        ].join("\n"),
      ).map((l) => l.replace(/^.*, /, "")),
    ).toEqual(["Officials", "Researchers"]);
  });

  it("a monthly rate brought home or paid on return stays pay per soldier; Russia's bonuses for its own men are context", () => {
    expect(
      kindsOf(
        [
          "Each North Korean soldier is said to bring home $2,250 a month, roughly what Russia pays its own men.",
          "North Korean soldiers were promised a payment of $1,850 a month on their return.",
          "Russian volunteers get a bonus of about $5,350 at the end of the contract, while North Koreans get nothing.",
          "Moscow offers its own recruits a lump sum of $8,450 at the end of the contract.",
        ].join("\n"),
      ).map((l) => l.replace(/^.*: /, "")),
    ).toEqual(["pay-per-soldier", "pay-per-soldier", "context", "context"]);
  });

  it("soldiers still in Russia stay deployed when the sentence goes on to others who went home", () => {
    expect(
      kindsOf(
        [
          "About 11,450 North Korean troops are in Russia, and none have returned home, the agency said.",
          "About 11,250 North Korean troops remain in Kursk, though a few dozen wounded men were flown back to Pyongyang.",
        ].join("\n"),
      ),
    ).toEqual(["About 11,450: troops-deployed", "About 11,250: troops-deployed"]);
  });

  it("an army that counts the North's dead counts casualties, not its own size", () => {
    expect(
      kindsOf(
        [
          "Ukraine's army counts about 3,850 dead among Pyongyang's troops in Kursk, a spokesman said.",
          "Seoul's military counts about 1,550 dead among the soldiers North Korea sent to Kursk.",
        ].join("\n"),
      ),
    ).toEqual(["about 3,850: casualties-killed", "about 1,550: casualties-killed"]);
  });
});
