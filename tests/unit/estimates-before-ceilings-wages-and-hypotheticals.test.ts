import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { inventedReader, ledgerArticle } from "../support/invented.ts";

/** One invented article of the Lakeside Gazette, read whole, and its claims as lines. */
const { extract, read } = inventedReader("Lakeside Gazette");

/** The skipped numbers as "text: reason". */
function skipped(body: string): string[] {
  return extract(body).skipped.map((k) => `${k.text}: ${k.reason}`);
}

describe("an earlier estimate, a ceiling nobody passes, and 'put it nearer'", () => {
  it("'The agency's previous estimate, in April, was 600' counts what the agency's count before counted, and is the agency's", () => {
    expect(
      read(
        "The Korean Intelligence Agency has told lawmakers that about 2,070 North Korean soldiers have been killed in Russia. The agency's previous estimate, in April, was 670.",
      ),
    ).toEqual([
      "about 2,070: casualties-killed, Korean Intelligence Agency, asserts, disputed by nobody",
      "670: casualties-killed, Korean Intelligence Agency, asserts, disputed by nobody",
    ]);
  });

  it("'None of the sources thinks the total exceeds 15,000' is at most 15,000, a count of now", () => {
    const c = extract(
      "The NIS says about 11,070 North Korean soldiers are in Russia. None of the sources thinks the total exceeds 15,070.",
    ).claims[1];
    expect([c?.kind, c?.value.min, c?.value.max]).toEqual(["troops-deployed", null, 15070]);
  });

  it("'I would put it nearer 5,000' after a count of casualties counts casualties", () => {
    expect(
      read(
        "Ukraine's military intelligence agency says 4,070 North Koreans have been killed or wounded. That is plausible, though I would put it nearer 5,070.",
      )[1],
    ).toMatch(/^nearer 5,070: casualties-total,/);
  });

  it("'total casualties, including the wounded, stood at about 4,700' counts casualties", () => {
    expect(read("The NIS said total casualties, including the wounded, stood at about 4,770.")[0]).toMatch(
      /^about 4,770: casualties-total,/,
    );
  });
});

describe("shares, wages and sums that are not this deployment's pay", () => {
  it("what 'the soldiers themselves would keep' is no share the regime keeps", () => {
    expect(
      read(
        'Pyongyang receives about $2,070 a month for each soldier, of which 90 % is taken by the state, the NIS said, adding that the soldiers themselves would keep "less than 10 %".',
      ).map((l) => l.split(": ")[1]?.split(",")[0]),
    ).toEqual(["pay-per-soldier", "regime-share", "context"]);
  });

  it("South Korea's minimum wage, an hourly wage, is context, in the South's won", () => {
    const out = extract("South Korea's minimum wage will rise 2.9 percent next year to 10,370 won an hour.");
    expect(out.claims.map((c) => [c.figure, c.kind, c.value.unit])).toEqual([
      ["2.9 percent", "context", "percent"],
      ["10,370 won", "context", "KRW"],
    ]);
  });

  it("the writer's own pay decades ago is context; a North Korean private's dollar a month is pay at home", () => {
    expect(read("When I was a young lieutenant in 1981 I earned $1,170 a month.")[0]).toMatch(
      /^\$1,170 a month: context,/,
    );
    expect(read("A North Korean private, defectors tell us, earns less than $1 a month.")[0]).toMatch(
      /^less than \$1 a month: domestic-wage,/,
    );
  });

  it("'$20 billion worth of economic benefits' is no pay for the troops", () => {
    expect(
      read("North Korea is believed to have received about $20 billion worth of economic benefits from Russia.")[0],
    ).toMatch(/^about \$20 billion: context,/);
  });

  it("'If Russia had paid $2,000 … to each of 11,000 men …, that would be $264 million' supposes every figure", () => {
    expect(
      skipped("If Russia had paid $2,070 a month to each of 11,070 men for a year, that would be $273 million."),
    ).toEqual([
      "$2,070 a month: supposed in an 'if' clause, not reported",
      "11,070: supposed in an 'if' clause, not reported",
      "$273 million: supposed in an 'if' clause, not reported",
    ]);
  });
});

describe("plans, verdicts and what a speaker has only seen", () => {
  it("'the first of a planned 12,000' is a plan; 'the planned 12,000 troops' sent are sent", () => {
    expect(read("North Korea has sent 1,570 special forces troops, the first of a planned 12,070.")[1]).toMatch(
      /^12,070: troops-projected,/,
    );
    expect(read("North Korea has sent the planned 12,070 troops.")[0]).toMatch(/^12,070: troops-deployed,/);
  });

  it("'…; the NIS calls the figure unverified' and 'The NIS called the figure unverified.' dispute it", () => {
    expect(
      read("A defector group claims that 20,070 soldiers are in Russia; the NIS calls the figure unverified."),
    ).toEqual(["20,070: troops-deployed, A defector group, asserts, disputed by NIS"]);
    expect(
      read("A defector group claims that 20,070 soldiers are in Russia. The NIS called the figure unverified."),
    ).toEqual(["20,070: troops-deployed, A defector group, asserts, disputed by NIS"]);
  });

  it("'I've seen reports of $2,000' in a briefing credits the reports, not the spokesman", () => {
    expect(
      read(
        [
          "Q: How much is Russia paying Pyongyang for this?",
          "MR. HALVERSEN: I don't have a dollar figure for you. I've seen reports of $2,070 per soldier per month; we can't confirm that.",
        ].join("\n"),
      ),
    ).toEqual(["$2,070 per soldier per month: pay-per-soldier, reports, asserts, disputed by nobody"]);
  });

  it("'the lowest number since 2003' is a year of comparison, nobody's biography", () => {
    expect(
      skipped(
        "The Ministry of Unification said 38 defectors reached the South in the second quarter, the lowest number since 2003.",
      ),
    ).toContain("2003: year or date in passing");
  });
});

describe("one clash, and estimates named by an adjective", () => {
  it("'one of about 30 North Koreans killed in the clash' counts one clash; 'killed in the battle for Kursk' does not", () => {
    const scopes = extract(
      [
        "Ukraine's Special Operations Forces said the soldier was one of about 37 North Koreans killed in the clash.",
        "About 370 North Koreans were killed in the battle for Kursk, the NIS said.",
      ].join("\n"),
    ).claims.map((c) => [c.figure, c.scope]);
    expect(scopes).toEqual([
      ["about 37", "only in the clash"],
      ["About 370", null],
    ]);
  });

  it("'a figure broadly in line with Ukrainian estimates' credits no Ukrainian; 'The US estimates 11,000' speaks", () => {
    expect(
      read(
        "That puts total North Korean casualties at roughly 4,270, a figure broadly in line with Ukrainian estimates.",
      ),
    ).toEqual(["roughly 4,270: casualties-total, nobody, asserts, disputed by nobody"]);
    expect(read("The US estimates 11,070 North Korean troops are in Russia.")[0]).toMatch(
      /^11,070: troops-deployed, The US,/,
    );
  });
});

describe("a month a figure stood as recently as", () => {
  it("'put the number of dead at 300 as recently as January' dates it to January", () => {
    const c = extractCorpus([
      ledgerArticle("dated", "The NIS had put the number of dead at 370 as recently as January, Park said."),
    ]).claims[0];
    expect([c?.asOf, c?.asOfPrecision]).toEqual(["2025-01-01", "month"]);
  });
});

describe("reports named by their country", () => {
  it("'Ukrainian reports that …' still name their source, in those words", () => {
    expect(
      extract(
        "The NIS declined to confirm Ukrainian reports that about 4,070 North Korean soldiers had died.",
      ).claims.map((c) => c.attributedAs),
    ).toEqual(["reports"]);
  });
});
