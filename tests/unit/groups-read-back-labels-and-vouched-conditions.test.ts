import { describe, expect, it } from "vitest";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { inventedReader, readHeadlined } from "../support/invented.ts";

/** The project's alias file: what makes the National Intelligence Service South Korea's. */
const ALIASES = readAliases("content/aliases.yaml");

/** One invented article of the Fenwick Chronicle, read whole. */
const { credited: lines, figureKinds } = inventedReader("Fenwick Chronicle");

describe("a group the article named, read back", () => {
  it("'one official', the 'he' after him and 'the officials' are the Western officials of the lead", () => {
    expect(
      lines(
        [
          "North Korea's losses in Russia are mounting, Western officials said on Tuesday.",
          "Of the roughly 12,500 troops sent last year, about 4,150 have become casualties, one official said.",
          "He said about 3,050 more troops would arrive in May.",
          "The officials said about 1,150 of them had been killed.",
        ].join("\n"),
      ),
    ).toEqual([
      "roughly 12,500: troops-deployed, Western officials",
      "about 4,150: casualties-total, Western officials",
      "about 3,050: troops-projected, Western officials",
      "about 1,150: casualties-killed, Western officials",
    ]);
  });

  it("a group the article did not qualify is read as written, and 'one lawmaker' is no group of officials", () => {
    expect(
      lines(
        [
          "Western officials said the deployment was growing.",
          "Lawmakers said North Korea had sent 11,050 troops.",
          "One lawmaker said 2,050 had been killed.",
        ].join("\n"),
      ),
    ).toEqual(["11,050: troops-deployed, Lawmakers", "2,050: casualties-killed, One lawmaker"]);
  });
});

describe("a source named in a side phrase", () => {
  it("'By the South Korean spy agency's count' credits the agency, and 'relaying the … assessment' after a long aside the body assessed", () => {
    const read = lines(
      [
        "By the South Korean spy agency's count, more than 4,150 of the men have been killed or wounded.",
        "Of those, roughly 1,250 were killed, said Mr Han Do-yun, an opposition lawmaker who sits on the defence committee, relaying the National Intelligence Service's assessment on Oct 12.",
      ].join("\n"),
    );
    expect(read[0]).toMatch(
      /^more than 4,150: casualties-total, (?:South Korean spy agency|(?:South Korea's )?National Intelligence Service)/,
    );
    expect(read[1]).toMatch(/^roughly 1,250: casualties-killed, (?:South Korea's )?National Intelligence Service/);
  });

  it("'By Monday evening's count' names no one", () => {
    expect(lines("By Monday evening's count, 4,050 soldiers had been killed.")).toEqual([
      "4,050: casualties-killed, nobody",
    ]);
  });
});

describe("a headline's closing label", () => {
  it("'…, North Korea counts 6,150 casualties: Seoul lawmakers' is the figure the body credits to Seoul's agency, not North Korea's", () => {
    const read = readHeadlined(
      "Fenwick Chronicle",
      "North Korea counts 6,150 casualties: Seoul lawmakers",
      "SEOUL – North Korea has suffered about 6,150 casualties, South Korean lawmakers said on Thursday, citing the National Intelligence Service.",
      ALIASES,
    );
    expect(read[0]).toMatch(/^6,150: casualties-total, (?:South Korea's )?National Intelligence Service,/);
  });

  it("a label of another country than the body's source credits no one", () => {
    const read = readHeadlined(
      "Fenwick Chronicle",
      "North Korea has lost 6,150 troops: Kyiv",
      "North Korea has lost about 6,150 soldiers, the National Intelligence Service said.",
      ALIASES,
    );
    expect(read[0]).toMatch(/^6,150: casualties-total, nobody,/);
  });
});

describe("a condition someone vouches for after its figure", () => {
  it("'If Moscow pays $2,050 a month for each of them, as Seoul's spy agency believes, that comes to …' is the agency's pay", () => {
    expect(
      lines(
        "If Moscow pays $2,050 a month for each of them, as Seoul's spy agency believes, that comes to $271 million a year.",
      )[0],
    ).toMatch(
      /^\$2,050 a month: pay-per-soldier, (?:Seoul's spy agency|(?:South Korea's )?National Intelligence Service)/,
    );
  });

  it("the same condition with no one vouching for it stays supposed", () => {
    expect(
      lines("If Moscow pays $2,050 a month for each of them, that comes to $271 million a year.").filter((l) =>
        l.startsWith("$2,050"),
      ),
    ).toEqual([]);
  });
});

describe("kinds", () => {
  it("a loss in quotation marks, and losses 'since the troops entered combat' that 'have reached' a number, are losses", () => {
    expect(lines('Zelensky said Pyongyang had lost "almost five thousand" soldiers.')).toEqual([
      "almost five thousand: casualties-total, Zelensky",
    ]);
    expect(
      figureKinds(
        "The agency estimates that North Korean losses since the troops entered combat in December have reached 5,150, including about 1,550 dead.",
      ),
    ).toEqual(["5,150: casualties-total", "about 1,550: casualties-killed"]);
  });

  it("'90 per cent of the roughly USD 2,050 that Russia pays' is the regime's share", () => {
    expect(
      lines(
        "North Korea keeps as much as 90 per cent of the roughly USD 2,050 that Russia pays each month for every soldier it has sent, a think tank said.",
      )[0],
    ).toMatch(/^as much as 90 per cent: regime-share,/);
  });

  it("'paid less than a dollar a month at home' and a private 'in his old unit' are pay at home; an artillery officer sells no shells", () => {
    expect(lines('"They are paid less than a dollar a month at home," said Ilse Maren, an analyst.')).toEqual([
      "less than a dollar a month: domestic-wage, Ilse Maren",
    ]);
    expect(
      lines(
        "One of them, a former artillery officer, told me that a private in his old unit earned less than a dollar a month.",
      )[0],
    ).toMatch(/^less than a dollar a month: domestic-wage,/);
  });

  it("what soldiers are left with, 'paid to their families in North Korean won', is their take-home pay", () => {
    expect(
      lines(
        "Individual soldiers are left with only USD 110 to USD 210 a month, much of it paid to their families in North Korean won after the soldiers return home.",
      ),
    ).toEqual(["USD 110 to USD 210 a month: soldier-take-home, nobody"]);
  });

  it("'preparations for a new rotation of 25-30k' are troops to come", () => {
    expect(
      figureKinds(
        [
          "North Korea has sent about 11,050 troops to Russia.",
          '"We are seeing preparations for a new rotation of 25-30k," a Ukrainian spokesman said.',
        ].join("\n"),
      ),
    ).toEqual(["about 11,050: troops-deployed", "25-30k: troops-projected"]);
  });
});
