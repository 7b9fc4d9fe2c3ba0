import { describe, expect, it } from "vitest";
import { inventedReader, readHeadlined } from "../support/invented.ts";

/** One invented article of the Fjord Examiner, read whole. */
const { credited: lines } = inventedReader("Fjord Examiner");

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
