import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { claimLine, inventedReader } from "../support/invented.ts";

/** One invented article of the Tidewater Courier, read whole, and its claims as lines. */
const { read, kinds } = inventedReader("Tidewater Courier");

describe("another figure of the count before", () => {
  it("'gives a lower figure of as many as 11,500' after a count of casualties counts casualties", () => {
    expect(
      kinds(
        "Ukraine's HUR has raised its estimate of North Korean casualties from 10,050 to 12,050, officials said.\nThe National Intelligence Service gives a lower figure of as many as 11,550.",
      ),
    ).toEqual(["casualties-total", "casualties-total", "casualties-total"]);
  });

  it("'has given a higher figure of up to 20,000' after a troop count is troops there now, not a projection", () => {
    expect(
      kinds(
        "South Korea's National Intelligence Service puts the total at around 16,050 troops.\nUkraine's military intelligence agency has given a higher figure of up to 20,050.",
      ),
    ).toEqual(["troops-deployed", "troops-deployed"]);
  });

  it("'has given a slightly higher figure of …' credits who gave it", () => {
    expect(
      read(
        'Ukraine\'s president, Volodymyr Zelensky, has given a slightly higher figure of "nearly four thousand" killed and wounded.',
      )[0],
    ).toMatch(/^nearly four thousand: casualties-total, Volodymyr Zelensky,/);
  });

  it("'puts the number sent to Russia at around 16,000' counts the troops sent", () => {
    expect(
      kinds("South Korea's National Intelligence Service puts the number sent to Russia at around 16,050."),
    ).toEqual(["troops-deployed"]);
  });
});

describe("rates of exchange", () => {
  it("'values the dollar at about 8,000 won' and 'the market rate is near 40,000 won' are no wages", () => {
    expect(
      kinds(
        "By contrast, a Russian contract soldier earns a base 210,050 roubles a month.\nNorth Korea's official exchange rate values the dollar at about 8,050 won, while the market rate is near 40,050 won.",
      ),
    ).toEqual(["context", "context", "context"]);
  });

  it("pay named 'at the market rate' is still pay", () => {
    expect(kinds("At the market rate, $2,050 a month is what Russia pays for each soldier.")).toEqual([
      "pay-per-soldier",
    ]);
  });
});

describe("who speaks", () => {
  it("claims 'pulled out of thin air' are disputed by who says so", () => {
    expect(
      read("The Kremlin said claims of more than 10,050 fighters in the Kursk region were pulled out of thin air.")[0],
    ).toMatch(/disputed by Kremlin$/);
  });

  it("'It estimates …' after a sentence that opens with an institute's new report is the institute", () => {
    expect(
      read(
        "The Lindqvist Institute's new report draws together public estimates of what Pyongyang has gained.\nIt estimates that between 12,050 and 15,050 North Korean soldiers have served in Russia since October 2024.",
      )[0],
    ).toMatch(/, Lindqvist Institute,/);
  });

  it("'they said' after an unnamed group spoke is that group; after a body, no one", () => {
    expect(
      read(
        "Western officials said some 4,050 North Koreans had been killed or wounded.\nAbout 1,050 of those had been killed, they said.",
      )[1],
    ).toMatch(/, Western officials,/);
    expect(
      read("Soldiers are paid about $2,050 a month, the NIS said.\nThey said they receive only $150 a month.")[1],
    ).toMatch(/, nobody,/);
  });

  it("a headline's 'Seoul spy agency' is the alias file's 'Seoul's spy agency'", () => {
    const headline = "Seoul spy agency denies report that 8,050 North Korean soldiers have died in Russia";
    const meta = ArticleMetaSchema.parse({ title: headline, publisher: "Tidewater Courier" });
    const { claims } = extractCorpus(
      [{ slug: "denial", file: "denial.md", meta, body: `${headline}\n\nThe war goes on.\n`, bodyLine: 1 }],
      [
        {
          id: "south-korea-nis",
          name: "South Korea's National Intelligence Service",
          type: "organization",
          aliases: ["Seoul's spy agency"],
        },
      ],
    );
    expect(claims.map((c) => claimLine(c))).toEqual([
      "8,050: casualties-killed, nobody, asserts, disputed by South Korea's National Intelligence Service",
    ]);
  });
});

describe("'it' in the same sentence as the body that opens it", () => {
  it("'The NIS gave no death toll; it estimates …' and 'While Seoul has declined …, it says …' are that body's", () => {
    expect(
      read("The NIS gave no death toll; it estimates overall losses at about 4,750 killed and wounded.")[0],
    ).toMatch(/, South Korea's National Intelligence Service,|, NIS,/);
    expect(read("While Seoul has declined to offer a death toll, it says casualties total 3,050.")[0]).toMatch(
      /, Seoul,/,
    );
  });
});

describe("near misses of 'Each of them' and of a country's intelligence estimate", () => {
  it("'Each of them gets 200,000 roubles' after another army's troops is no North Korean's pay", () => {
    expect(
      kinds(
        "Russia now fields 600,050 troops in Ukraine, according to Kyiv. Each of them gets about 200,050 roubles a month.",
      ),
    ).not.toContain("pay-per-soldier");
  });

  it("'The Ukrainian military intelligence estimate of 4,000' is that intelligence's", () => {
    expect(read("The Ukrainian military intelligence estimate of 4,050 casualties is higher still.")[0]).toMatch(
      /, Ukrainian military intelligence,/,
    );
  });
});
