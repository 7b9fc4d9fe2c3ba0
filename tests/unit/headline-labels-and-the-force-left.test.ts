import { describe, expect, it } from "vitest";
import { SPY_AGENCY_ALIASES, inventedReader, readHeadlined } from "../support/invented.ts";

const ALIASES = SPY_AGENCY_ALIASES;

/** The first claim of an article whose first line is its headline, as "figure: kind, credit". */
function headlineClaim(headline: string): string | undefined {
  const line = readHeadlined("Lakeside Gazette", headline, "Fighting went on.", ALIASES)[0];
  return line?.split(", ").slice(0, 2).join(", ");
}

/** One invented article of the Lakeside Gazette, read whole. */
const { credited, figureKinds } = inventedReader("Lakeside Gazette");

describe("a headline's label names its source", () => {
  it("'Ukraine: 12,050 North Korean soldiers in Kursk' is Ukraine's count", () => {
    expect(headlineClaim("Ukraine: 12,050 North Korean soldiers in Kursk")).toBe("12,050: troops-deployed, Ukraine");
  });

  it("'South Korea's spy agency: …' is the agency's, as the label names it", () => {
    expect(headlineClaim("South Korea's spy agency: 4,050 North Korean soldiers killed or wounded")).toBe(
      "4,050: casualties-total, South Korea's spy agency",
    );
  });

  it("a place's label, a party's label or a possession that is no office names no one", () => {
    expect(headlineClaim("Kursk: 4,050 North Korean soldiers killed or wounded")).toBe(
      "4,050: casualties-total, nobody",
    );
    expect(headlineClaim("Russia: 4,050 North Korean soldiers in Kursk")).toBe("4,050: troops-deployed, nobody");
    expect(headlineClaim("Ukraine's losses: 4,050 North Korean soldiers killed")).toBe(
      "4,050: casualties-killed, nobody",
    );
  });
});

describe("sent, or still to be sent", () => {
  it("'up to 12,050 North Koreans sent to fight for Russia' counts men already sent", () => {
    expect(headlineClaim("NZ believes up to 12,050 North Koreans sent to fight for Russia")).toBe(
      "up to 12,050: troops-deployed, NZ",
    );
  });

  it("'3,050 more North Korean troops to be sent to Russia' counts men still to come", () => {
    expect(headlineClaim("Seoul says 3,050 more North Korean troops to be sent to Russia")).toBe(
      "3,050: troops-projected, Seoul",
    );
  });

  it("'The first 3,050 North Korean troops to be sent to Russia arrived' were sent", () => {
    expect(figureKinds("The first 3,050 North Korean troops to be sent to Russia arrived in October.")).toEqual([
      "3,050: troops-deployed",
    ]);
  });

  it("'could send up to 6,050 more soldiers' is still a projection", () => {
    expect(figureKinds("North Korea could send up to 6,050 more soldiers to Russia, the NIS said.")).toEqual([
      "up to 6,050: troops-projected",
    ]);
  });
});

describe("the force that is left after the losses", () => {
  it("'and around 8,050 remain in Kursk' after a casualty count is the force, not more dead", () => {
    expect(
      figureKinds(
        "About 4,050 North Korean soldiers have been killed or wounded, and around 8,050 remain in Kursk, Kyiv says.",
      ),
    ).toEqual(["About 4,050: casualties-total", "around 8,050: troops-deployed"]);
  });

  it("'while HUR said around 8,050 are still fighting' keeps HUR's credit", () => {
    expect(
      credited(
        "Zelensky said close to 4,050 North Koreans had been killed or wounded, while HUR said around 8,050 are still fighting.",
      ),
    ).toEqual(["close to 4,050: casualties-total, Zelensky", "around 8,050: troops-deployed, HUR"]);
  });

  it("'the contingent had shrunk to around 8,050' is the force that is left", () => {
    expect(
      figureKinds(
        "Budanov said about 4,050 North Korean soldiers had been killed or wounded and the contingent had shrunk to around 8,050.",
      ),
    ).toEqual(["about 4,050: casualties-total", "around 8,050: troops-deployed"]);
  });

  it("those who 'remain in hospital' are still wounded, and a death toll that fell is still a toll", () => {
    expect(
      figureKinds("About 4,050 North Korean soldiers have been wounded, and around 850 remain in hospital."),
    ).toEqual(["About 4,050: casualties-wounded", "around 850: casualties-wounded"]);
    expect(figureKinds("The North Korean death toll has fallen to about 350 after a recount, the NIS said.")).toEqual([
      "about 350: casualties-killed",
    ]);
  });
});

describe("losses of whom", () => {
  it("'North Korea has sent 12,050 soldiers, with losses of about 4,050' counts the North's losses", () => {
    expect(figureKinds("North Korea has sent 12,050 soldiers, with losses of about 4,050, Kyiv says.")).toEqual([
      "12,050: troops-deployed",
      "about 4,050: casualties-total",
    ]);
  });

  it("Ukrainian losses, and losses Russia has taken, are not the North's", () => {
    expect(
      figureKinds("Ukraine, fighting the North Korean troops in Kursk, reports Ukrainian losses of about 550."),
    ).not.toContain("about 550: casualties-total");
    expect(
      figureKinds("North Korea has sent 12,050 soldiers; Russia has taken losses of about 60,050 in Kursk."),
    ).not.toContain("about 60,050: casualties-total");
  });

  it("'Ukraine's estimate of North Korean losses at about 4,050' is still the North's", () => {
    expect(figureKinds("Ukraine's estimate of North Korean losses at about 4,050 is the highest.")).toEqual([
      "about 4,050: casualties-total",
    ]);
  });
});

describe("near misses of these rules, read as before", () => {
  it("a list item by army, 'Ukraine: 555 soldiers killed', and a section's country label credit no one", () => {
    expect(
      credited(
        ["Estimated deaths in the Kursk fighting, by army:", "- Ukraine: 555 soldiers killed", "- Russia: 60,500"].join(
          "\n",
        ),
      ).filter((l) => l.startsWith("555")),
    ).not.toContain("555: casualties-killed, Ukraine");
    expect(headlineClaim("Australia: Sydney rally against North Korea's 12,050 troops in Russia")).not.toMatch(
      /, Australia$/,
    );
  });

  it("'Russia wants up to 50,050 North Koreans sent to the front' is still a projection", () => {
    expect(
      figureKinds("Russia wants up to 50,050 North Koreans sent to the front next year, an official said."),
    ).toEqual(["up to 50,050: troops-projected"]);
  });

  it("men 'to be sent' who then landed, or who are 'to be sent home', are not men still to come", () => {
    expect(
      figureKinds(
        "The 3,050 North Korean soldiers to be sent in the first wave landed in Vladivostok in October, an official said.",
      ),
    ).toEqual(["3,050: troops-deployed"]);
    expect(
      figureKinds("In November Kim ordered 3,050 troops to be sent to Kursk, and they arrived within weeks."),
    ).not.toContain("3,050: troops-projected");
  });

  it("those who 'remain in Ukrainian captivity', 'in a military hospital' or whose bodies remain are no force", () => {
    const body = [
      "About 4,050 North Korean soldiers have been killed or wounded, and 305 remain in Ukrainian captivity.",
      "About 4,050 North Korean soldiers have been wounded, and 405 remain in a military hospital.",
      "About 4,050 North Korean soldiers have died, and the bodies of 605 remain on the battlefield.",
    ].join("\n");
    expect(figureKinds(body).filter((l) => /^(?:305|405|605)/.test(l))).not.toContainEqual(
      expect.stringMatching(/troops-deployed$/),
    );
  });

  it("another army's losses of a figure stay skipped, and Russia's losses of North Korean soldiers are the North's", () => {
    expect(
      figureKinds(
        "Russia, with its North Korean allies, has taken losses of about 64,050 in Kursk since August, an official said.",
      ),
    ).not.toContain("about 64,050: casualties-total");
    expect(figureKinds("Russia has suffered losses of about 4,050 North Korean soldiers in Kursk.")).toEqual([
      "about 4,050: casualties-total",
    ]);
    expect(
      figureKinds(
        "North Korea has lost about 4,050 men in Kursk, while Ukraine's force in Kursk has shrunk to about 20,050.",
      ),
    ).not.toContain("about 20,050: troops-deployed");
  });
});
