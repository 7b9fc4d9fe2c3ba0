import { describe, expect, it } from "vitest";
import { findSpeechActs } from "../../src/lib/extract/attribution.ts";
import { claimLine, extractInvented } from "../support/invented.ts";

/** The claims of one invented article of the Harbour Review, as "figure: credit, stance, disputed by". */
function read(body: string): string[] {
  const meta = { title: "Invented editorial", publisher: "Harbour Review", slug: "editorial" };
  return extractInvented(meta, body).claims.map((c) => claimLine(c, false));
}

/** The verbs and subjects of a sentence's speech acts. */
const acts = (s: string): string[] => findSpeechActs(s).map((a) => `${a.verb} <- ${a.subject?.text ?? "-"}`);

describe("a claim named as a noun", () => {
  it("'the South Korean intelligence claim that' is a noun, with no speaker of its own", () => {
    expect(
      acts("It also questioned the South Korean intelligence claim that Pyongyang is paid $2,050 a month."),
    ).toEqual(["questioned <- It"]);
  });

  it("'questioned South Korean intelligence claims that' is the object of the verb before it", () => {
    expect(
      acts("The newspaper also questioned South Korean intelligence claims that Pyongyang is paid $2,050 a month."),
    ).toEqual(["questioned <- The newspaper"]);
  });

  it("still lets plural subjects and bodies joined by 'and' or named after a preposition speak", () => {
    expect(acts("The analysts claim that 3,050 soldiers were killed.")).toContain("claim <- The analysts");
    expect(acts("The Pentagon and the NIS estimate that 11,050 troops are in Russia.")).toEqual([
      "estimate <- The Pentagon and the NIS",
    ]);
    expect(acts("Officials at the agency estimate that 11,050 troops are in Russia.")).toContain(
      "estimate <- officials at the agency",
    );
  });
});

describe("a source named with the word 'propaganda'", () => {
  it("'made in Russian propaganda channels' names the channels, where 'dismissed by Moscow as propaganda' ends at Moscow", () => {
    expect(
      acts("We also reject the claim, made in Russian propaganda channels on 12 February, that fewer than 150 died."),
    ).toContain("made in <- Russian propaganda channels");
  });
});

describe("who rejects a claim whose owner is named", () => {
  const first = "The Global Times rejected the figure of 10,050 troops given by the Pentagon.";

  it("'It' after a body that spoke is that body, not the one it named", () => {
    expect(
      read(`${first} It also questioned the NIS's claim that Pyongyang is paid $2,050 a month for each soldier.`),
    ).toEqual([
      "10,050: Pentagon, asserts, disputed by Global Times",
      "$2,050 a month: NIS, asserts, disputed by Global Times",
    ]);
  });

  it("a rejecter the text does not let the site name leaves the claim its owner's, never the owner's own rejection", () => {
    expect(
      read("In December, Russia's deputy foreign minister called Seoul's estimate of 11,050 troops “fantasy”."),
    ).toEqual(["11,050: Seoul, asserts, disputed by nobody"]);
  });
});

describe("a plural subject with a place after it", () => {
  it("'People around the president claim that' speaks", () => {
    expect(acts("People around the president claim that 3,050 North Korean troops have been killed.")).toEqual([
      "claim <- People around the president",
    ]);
  });
});

describe("'it' after an outlet that spoke", () => {
  it("is that outlet, when the sentence before names no other body", () => {
    expect(
      read(
        "The Global Times said Western reports were exaggerated. It also questioned the NIS's claim that 11,050 North Korean troops had been sent.",
      ),
    ).toEqual(["11,050: NIS, asserts, disputed by Global Times"]);
  });
});

describe("plural subjects a singular-looking word ends", () => {
  it("'The two men claim that …' and 'The women claim that …' speak", () => {
    expect(acts("The two men claim that about 550 North Korean soldiers were killed in a single assault.")).toEqual([
      "claim <- The two men",
    ]);
    expect(acts("The women claim that 550 North Korean soldiers passed through the village.")).toEqual([
      "claim <- The women",
    ]);
  });
});
