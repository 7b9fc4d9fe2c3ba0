import { describe, expect, it } from "vitest";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { inventedReader, readHeadlined } from "../support/invented.ts";

/** The project's alias file. */
const ALIASES = readAliases("content/aliases.yaml");

/** One invented article of the Tarn Courier, read whole. */
const { extract, credited: lines } = inventedReader("Tarn Courier");

/** The lines cut to "figure: kind". */
const kindsOf = (body: string): string[] => lines(body).map((l) => l.replace(/^([^:]+: [^,]+),.*$/, "$1"));

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
