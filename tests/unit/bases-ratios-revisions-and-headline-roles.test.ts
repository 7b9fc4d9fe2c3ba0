import { describe, expect, it } from "vitest";
import { SPY_AGENCY_ALIASES, inventedReader, readHeadlined } from "../support/invented.ts";

const ALIASES = SPY_AGENCY_ALIASES;

/** One invented article of the Lakeside Gazette, read whole, and its claims as lines. */
const { extract, read, kinds } = inventedReader("Lakeside Gazette");

/** The claims of an article whose title is its first line, as lines, read with the alias file's spy agency. */
function withHeadline(headline: string, rest: string): string[] {
  return readHeadlined("Lakeside Gazette", headline, rest, ALIASES);
}

describe("what a figure is worked out from", () => {
  it("'based on how the regime treats its overseas workers' leaves the share the regime's", () => {
    expect(
      kinds(
        "A rights group put the state's cut at 85 to 95 per cent, based on how the regime treats its overseas workers.",
      ),
    ).toEqual(["regime-share"]);
    expect(kinds("The state's cut is 85 per cent, judging by its treatment of workers in China.")).toEqual([
      "regime-share",
    ]);
  });

  it("a share of the workers' own wages stays context", () => {
    expect(kinds("The regime keeps 85 to 95 per cent of what its overseas workers earn.")).toEqual(["context"]);
  });
});

describe("each of the soldiers just counted", () => {
  it("'Each of them is worth roughly $2,100 a month to the regime' after a head count is the pay per soldier", () => {
    expect(
      kinds(
        "North Korea has sent about 12,300 soldiers to Russia. Each of them is worth roughly $2,100 a month to the regime.",
      ),
    ).toEqual(["troops-deployed", "pay-per-soldier"]);
  });

  it("after a count of workers it is no soldier's pay", () => {
    expect(kinds("About 5,300 workers went to Russia. Each of them earns about $810 a month.")).toEqual([
      "context",
      "context",
    ]);
  });
});

describe("'keeps' before a verb in -ing", () => {
  it("'If Pyongyang keeps rotating brigades …' is a projection, not the size of an army", () => {
    expect(
      kinds(
        "If Pyongyang keeps rotating brigades at the current pace, between 26,000 and 31,000 North Koreans could have passed through Russia by the end of 2025.",
      ),
    ).toEqual(["troops-projected"]);
  });

  it("a country that keeps troops under arms still has an army", () => {
    expect(kinds("North Korea keeps some 1.3 million troops under arms.")).toEqual(["context"]);
  });
});

describe("a year after a force counted", () => {
  it("'Some 30,000 soldiers have served in Russia since 2024' gives no one's biography", () => {
    const { claims, skipped } = extract("Some 30,100 soldiers have served in Russia since 2024.");
    expect(claims.map((c) => c.kind)).toEqual(["troops-deployed"]);
    expect(skipped.map((s) => s.text)).toContain("2024");
  });

  it("one person's year of service is still a biography", () => {
    expect(kinds("Kim, 24, served in the army from 2018 until he deserted.")).toEqual(["biography", "biography"]);
  });
});

describe("a ratio in words", () => {
  it("'one in three' as a casualty rate is a third, credited to who puts it so", () => {
    const { claims } = extract(
      "Both agree that the casualty rate has been high: Park puts it at one in three, Hoffmann at closer to 25 per cent.",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.unit, c.value.min])).toEqual([
      ["one in three", "casualty-rate", "percent", 33.33],
      ["closer to 25 per cent", "casualty-rate", "percent", 25],
    ]);
  });

  it("'two out of every five' is 40 per cent; 'one in five years' is no ratio", () => {
    expect(
      extract("Two out of every five North Korean soldiers sent have been killed or wounded.").claims[0]?.value.min,
    ).toBe(40);
    expect(extract("He saw his family one in five years.").claims).toEqual([]);
  });
});

describe("'the country's spy agency' after the place of the war", () => {
  it("'troops fighting for Russia … citing the country's spy agency' under a Seoul dateline is South Korea's", () => {
    expect(
      read(
        "SEOUL, Jan. 14 (Hanbit) -- North Korean troops fighting for Russia have suffered some 3,610 casualties, a lawmaker said Tuesday, citing the country's spy agency.",
      )[0],
    ).toMatch(/^some 3,610: casualties-total, South Korea's spy agency,/);
  });

  it("a country's own name still names it", () => {
    expect(
      read(
        "South Korea's Yonhap news agency reported 11,100 troops in Russia, citing lawmakers briefed by the country's spy agency.",
      )[0],
    ).toMatch(/South Korea's spy agency/);
  });
});

describe("headlines", () => {
  it("a label in lower case that is the body's source's role ('…: spy agency') credits that source", () => {
    const lines = withHeadline(
      "N. Korean troops in Russia suffer some 3,610 casualties: spy agency",
      "North Korean troops have suffered some 3,610 casualties, the National Intelligence Service said.",
    );
    expect(lines[0]).toMatch(/^some 3,610: casualties-total, South Korea's National Intelligence Service,/);
  });

  it("a label that is no role of the body's source credits no one", () => {
    const lines = withHeadline(
      "N. Korean troops in Russia suffer some 3,610 casualties: reports",
      "North Korean troops have suffered some 3,610 casualties, the National Intelligence Service said.",
    );
    expect(lines[0]).toMatch(/^some 3,610: casualties-total, nobody,/);
  });

  it("'Ukraine raises estimate of … to 5,000' credits Ukraine, the article left out", () => {
    expect(
      withHeadline("Ukraine raises estimate of North Korean losses in Kursk to 5,100", "The war goes on.")[0],
    ).toMatch(/^5,100: casualties-total, Ukraine,/);
  });
});

describe("a toll or estimate revised up to a figure", () => {
  it("'revised its estimate of … deaths up to 2,000' is 2,000, not at most 2,000", () => {
    const [c] = extract("The NIS revised its estimate of North Korean deaths up to 2,100.").claims;
    expect([c?.figure, c?.kind, c?.value.min, c?.value.max]).toEqual(["2,100", "casualties-killed", 2100, 2100]);
  });

  it("'said its estimate was up to 2,000' keeps its bound", () => {
    const [c] = extract("The NIS said its estimate was up to 2,100 deaths.").claims;
    expect([c?.value.min, c?.value.max]).toEqual([null, 2100]);
  });

  it("'has revised the toll up to about 2,000' counts losses", () => {
    expect(kinds("The NIS has revised the toll up to about 2,100.")).toEqual(["casualties-total"]);
  });
});
