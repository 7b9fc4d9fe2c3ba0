import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Marsh Lantern, read whole. */
const { credited: lines, figureKinds: kindsOf } = inventedReader("Marsh Lantern");

describe("whom 'he' means", () => {
  it("a defector described as a sentence's subject, who has heard a number, is whom 'he' means next, not the woman named before", () => {
    expect(
      lines(
        [
          '"The regime keeps at least 85 percent," says Ilka Brandt, a researcher in Bremen. Soldiers, she says, are promised a lump sum.',
          "One defector who served in a coastal unit until 2017 and now lives in Incheon has heard a precise number. Relatives he still reaches, he told us, had been told that soldiers were paid about $310 a month.",
        ].join("\n"),
      ).filter((l) => !l.includes("biography")),
    ).toEqual(["at least 85 percent: regime-share, Ilka Brandt", "about $310 a month: pay-per-soldier, One defector"]);
  });

  it("a soldier who was killed, a woman or an example of pay opening a sentence is no 'he' who speaks next", () => {
    expect(
      lines(
        [
          "Oleh Koval, a Ukrainian commander, said the assaults had slowed.",
          "A North Korean soldier was killed near Sudzha on Monday.",
          "He said about 315 more had died in the same week.",
        ].join("\n"),
      ).at(-1),
    ).toBe("about 315: casualties-killed, Oleh Koval");
    expect(
      lines(
        [
          "Kim Hyun-wook, a researcher, studies the payments.",
          "A soldier in the 11th Corps is paid $2,450 a month on paper.",
          "He said about 91 percent of it is kept by the state.",
        ].join("\n"),
      ).at(-1),
    ).toMatch(/^about 91 percent: regime-share, Kim Hyun-wook/);
  });

  it("'they' after one described person is not that person", () => {
    expect(
      lines(
        [
          "Western officials said the deployment was costly.",
          "A North Korean private who was captured has heard that many of his comrades died.",
          "About 87 percent of the pay is kept by the state, they said.",
        ].join("\n"),
      ).at(-1),
    ).not.toContain("private");
  });
});

describe("parts of a force", () => {
  it("'at least 10,000 of them were in Kursk' after the troops sent, and 'up to 40 of them had been killed', are counted", () => {
    expect(
      kindsOf(
        [
          "North Korea has sent about 12,050 troops to Russia.",
          "The Pentagon said last week that at least 10,050 of them were in Russia's Kursk region.",
          "Ukraine's military intelligence said that North Korean troops had come under fire, and that up to 45 of them had been killed in a single strike.",
        ].join("\n"),
      ),
    ).toEqual(["about 12,050: troops-deployed", "at least 10,050: troops-deployed", "up to 45: casualties-killed"]);
  });

  it("'of whom roughly 11,000 took part in combat' is a count of the troops, not of what 'took'", () => {
    expect(
      kindsOf(
        "Between 14,050 and 16,050 North Korean servicemen have rotated through Russia, of whom roughly 11,050 took part in combat.",
      ),
    ).toEqual(["Between 14,050 and 16,050: troops-deployed", "roughly 11,050: troops-deployed"]);
  });

  it("'about 11,050 of them' set off after its troops is the troops, not a part", () => {
    expect(kindsOf("The Korean People's Army troops, about 11,050 of them, arrived in October.")).toEqual([
      "about 11,050: troops-deployed",
    ]);
  });

  it("'out of \"about 12,000\" sent' is the force the dead are of", () => {
    expect(
      kindsOf(
        'Budanov said that at least 4,050 North Korean soldiers had died since they entered combat, out of "about 12,050" sent.',
      ),
    ).toEqual(["at least 4,050: casualties-killed", "about 12,050: troops-deployed"]);
  });

  it("'total casualties, including the wounded, at more than 5,000' after a death toll is the total", () => {
    expect(
      kindsOf(
        'Reuters said the agency put North Korean deaths at "around 2,050" and estimated total casualties, including the wounded, at more than 5,050.',
      ),
    ).toEqual(["around 2,050: casualties-killed", "more than 5,050: casualties-total"]);
  });

  it("troops that 'had been shipped' are there, and 'the first of what it expected would be a force of about 12,000' is to come", () => {
    expect(
      kindsOf(
        "The agency said on 18 October that 1,550 special forces troops had been shipped to Vladivostok, the first of what it expected would be a force of about 12,050.",
      ),
    ).toEqual(["1,550: troops-deployed", "about 12,050: troops-projected"]);
  });
});

describe("names of bodies", () => {
  it("'the Seimas Committee on National Security and Defence' is the committee, not 'Defence'; two ministries stay two", () => {
    expect(
      lines(
        "As many as 16,050 North Korean soldiers have been sent to fight for Russia, the Seimas Committee on National Security and Defence said on Wednesday.",
      ),
    ).toEqual(["As many as 16,050: troops-deployed, Seimas Committee on National Security and Defence"]);
    expect(
      lines("About 11,050 North Korean soldiers are in Russia, the Defence Ministry and the Foreign Ministry said.")[0],
    ).not.toContain("Defence Ministry and");
  });
});
