import { describe, expect, it } from "vitest";
import { inventedReader, readHeadlined } from "../support/invented.ts";

/** One invented article of the Fjord Examiner, read whole. */
const { extract, credited: lines, figureKinds: kindsOf } = inventedReader("Fjord Examiner");

describe("whose report 'the report' is", () => {
  it("a committee that 'said in a report' is the report's author, after the committee cites another body", () => {
    expect(
      lines(
        [
          "VILNIUS – As many as 15,050 North Korean soldiers have been sent to fight for Russia, the Seimas Committee on Foreign Affairs and Defence said in a report adopted on Tuesday.",
          "Citing Ukraine's military intelligence, the committee puts North Korean losses at no fewer than 5,050 killed and wounded.",
          "On pay, the report says Russia pays approximately USD 2,050 per soldier per month.",
        ].join("\n"),
      ).at(-1),
    ).toBe(
      "approximately USD 2,050 per soldier per month: pay-per-soldier, Seimas Committee on Foreign Affairs and Defence",
    );
  });

  it("a body that 'today published \"Title\", a 46-page report' after a dateline is whose findings its list gives", () => {
    expect(
      lines(
        [
          'SEOUL — Silver Gate Korea Network (SGKN), a Seoul-based rights group, today published "Paid in Full", a 40-page report on the payments.',
          "Based on interviews with 30 North Koreans, the report finds that:",
          "- Russia pays an estimated US$2,050-2,550 per soldier per month;",
          "- between 85% and 95% of this sum is retained by the state;",
        ].join("\n"),
      ).filter((l) => !l.startsWith("30")),
    ).toEqual([
      "an estimated US$2,050-2,550 per soldier per month: pay-per-soldier, Silver Gate Korea Network",
      "between 85% and 95%: regime-share, Silver Gate Korea Network",
    ]);
  });

  it("a headline that opens with the first words of a body's name and 'report' names that body", () => {
    const read = readHeadlined(
      "Fjord Examiner",
      "Seimas committee report: up to 15,050 North Koreans have fought for Russia",
      "As many as 15,050 North Korean soldiers have been sent to fight for Russia, the Seimas Committee on Foreign Affairs and Defence said.",
    );
    expect(read[0]).toMatch(/^up to 15,050: troops-deployed, Seimas Committee on Foreign Affairs and Defence,/);
  });
});

describe("who gives a figure", () => {
  it("'It notes that X has given lower figures, most recently about 4,900 casualties' is X's figure, not the body cited before", () => {
    expect(
      lines(
        [
          "Citing Ukraine's military intelligence, the committee puts North Korean losses at no fewer than 6,050 killed and wounded.",
          "It notes that the Korea Defence Intelligence Command has given lower figures, most recently about 4,950 casualties.",
        ].join("\n"),
      ).at(-1),
    ).toBe("about 4,950: casualties-total, Korea Defence Intelligence Command");
  });

  it("an official after 'Asked about the gap,' and before a relative clause speaks, and is 'the official' next", () => {
    expect(
      lines(
        [
          'Asked about the gap, an NIS official, who spoke on condition of anonymity, said Ukraine counted "everyone who does not come back" as dead.',
          '"We count what we can confirm," the official said, adding that the agency had solid evidence for about 1,050 deaths.',
        ].join("\n"),
      ).at(-1),
    ).toBe("about 1,050: casualties-killed, an NIS official");
  });

  it("'Dr. Jin Seo-ah, said official casualty estimates were too low' names Jin, whom 'she' means next", () => {
    expect(
      lines(
        [
          '"The soldiers are the collateral," said the group\'s director, Yoon Ha-neul.',
          'The report\'s lead author, Dr. Jin Seo-ah, said official casualty estimates were likely to be too low. "One man told us his company lost nearly half its men," she said.',
        ].join("\n"),
      ),
    ).toEqual(["nearly half: casualty-rate, Jin Seo-ah"]);
  });
});

describe("money and counts that are no topic figure", () => {
  it("another country's deployment, a bail bond, an exchange rate, laundered money and Russia's own private's pay are context", () => {
    expect(
      kindsOf(
        [
          "New Zealand has deployed about 110 defence force personnel to the United Kingdom to help train Ukrainian recruits.",
          "The judge ordered Pahl released on a $260,000 bond.",
          "On the black market in Pyongyang, a dollar now fetches about 31,000 North Korean won.",
          "The complaint accuses Pahl of conspiring to launder at least $15 million through shell companies.",
          "That is roughly what Russia pays its own contract soldiers: a private earns about 215,000 roubles a month.",
        ].join("\n"),
      ),
    ).toEqual([
      "about 110: context",
      "$260,000: context",
      "about 31,000 North Korean won: context",
      "at least $15 million: context",
      "about 215,000 roubles a month: context",
    ]);
  });

  it("the same words around North Korea's own figures keep their kinds", () => {
    expect(
      kindsOf(
        [
          "North Korea has deployed about 11,050 troops to Russia.",
          "Russia pays the North Korean soldiers what it pays its own troops: about $2,050 a month.",
        ].join("\n"),
      ),
    ).toEqual(["about 11,050: troops-deployed", "about $2,050 a month: pay-per-soldier"]);
  });
});

describe("ranges and totals", () => {
  it("'maybe 60 or 70' wounded is one guess of 60 to 70", () => {
    const [c] = extract('A nurse said she had treated "maybe 60 or 70" wounded Koreans.').claims;
    expect([c?.figure, c?.kind, c?.value.min, c?.value.max]).toEqual(["maybe 60 or 70", "casualties-wounded", 60, 70]);
  });

  it("a total 'by the spring' takes no period from the rate before it, while 'in total for 12,000 soldiers' of a monthly rate does", () => {
    const [rate, total] = extract(
      "Russia paid Pyongyang about $2,050 a month for each soldier, and the total owed for the deployment had reached “approximately $590 million” by the spring.",
    ).claims;
    expect(rate?.value.per).toBe("month");
    expect(total?.value.per).toBeNull();
    const [, monthly] = extract(
      "Russia pays about 2.8 million won ($2,050) a month for each soldier. That amounts to roughly 33.6 billion won in total for 12,000 soldiers.",
    ).claims;
    expect(monthly?.value.per).toBe("month");
  });
});

describe("'the report by' names its author", () => {
  it("'The report by the Harbour Security Forum, released on Monday, puts …' makes the forum whose 'The report' is, not the defectors a later sentence cites", () => {
    const read = lines(
      [
        "The report by the Harbour Security Forum, released on Monday, puts Russia's payments for the soldiers at about US$650 million so far.",
        "Interviews with defectors suggested that families received about US$150 for each month of service, the report said.",
        "The report puts North Korean losses at around 6,050 killed and wounded by June.",
      ].join("\n"),
    );
    expect(read.at(-1)).toBe("around 6,050: casualties-total, Harbour Security Forum");
  });
});
