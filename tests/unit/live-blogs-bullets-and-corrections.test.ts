import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Larchmont Register, read whole. */
const { extract, credited: lines } = inventedReader("Larchmont Register");

describe("a live blog's entries and key events", () => {
  it("a time before an entry's first sentence does not hide its subject from 'the agency' after it", () => {
    expect(
      lines(
        [
          "08:40 — Ukraine's General Staff says Russia lost 1,310 soldiers over the past day.",
          "",
          "11:20 — South Korea's National Intelligence Service has given lawmakers a lower estimate. According to Rep. Oh Se-jin, the agency believes about 320 North Korean soldiers have been killed.",
        ].join("\n"),
      ).at(-1),
    ).toBe("about 320: casualties-killed, South Korea's National Intelligence Service");
  });

  it("a key event's label is the person it names, if the text has named them, never a heading's words or a place", () => {
    const body = [
      "Kim Min-jun, a researcher at the Sejong Institute, spoke to reporters on Monday.",
      "Key events",
      "- Kim Min-jun: North Korean losses in Kursk top 3,020",
      "- Casualties: North Korean losses in Kursk top 3,220",
      "- Sudzha: North Korean losses top 3,320",
      "- Kursk Oblast: North Korean losses top 3,420",
      "- Death Toll: North Korean losses top 3,520",
    ].join("\n");
    expect(lines(body)).toEqual([
      "top 3,020: casualties-total, Kim Min-jun",
      "top 3,220: casualties-total, nobody",
      "top 3,320: casualties-total, nobody",
      "top 3,420: casualties-total, nobody",
      "top 3,520: casualties-killed, nobody",
    ]);
  });
});

describe("figures that come first in a newsletter's bullets", () => {
  it("'~2,000:' and '$2k/month:' open statements, not headings, and a long item keeps its bracketed source", () => {
    const body = [
      "BY THE NUMBERS",
      "",
      "- ~2,040: North Korean soldiers killed (NIS, via lawmakers' briefing in September)",
      "- $2k/month: what Russia reportedly pays Pyongyang per soldier",
      "- 15,020: North Korean troops sent to Russia since October 2024, including two rotations of reinforcements (NIS)",
    ].join("\n");
    expect(lines(body)).toEqual([
      "~2,040: casualties-killed, NIS",
      "$2k/month: pay-per-soldier, nobody",
      "15,020: troops-deployed, NIS",
    ]);
  });
});

describe("troops still to come", () => {
  it("'North Korea to send 6,000 more' in a headline is troops to come, and workers sent are not", () => {
    expect(lines("North Korea to send 6,020 more to Russia as Ukraine's envoy urges Ottawa to act")).toEqual([
      "6,020: troops-projected, nobody",
    ]);
    expect(lines("North Korea sent 5,020 workers; it will send 6,040 more next year.")).not.toContain(
      "6,040: troops-projected, nobody",
    );
  });

  it("an aside between dashes goes on with the forecast before it, not with a verb of its own", () => {
    expect(
      lines(
        "Officials said they expected Pyongyang to send replacements — perhaps three thousand more soldiers — within weeks.",
      ),
    ).toEqual(["perhaps three thousand: troops-projected, Officials"]);
    expect(lines("Pyongyang has sent replacements — perhaps three thousand more soldiers — in recent weeks.")).toEqual([
      "perhaps three thousand: troops-deployed, nobody",
    ]);
  });

  it("men 'promised to Moscow' after their count are to come", () => {
    expect(lines("- 6,060: engineers and military builders promised to Moscow in a third deployment")).toEqual([
      "6,060: troops-projected, nobody",
    ]);
  });
});

describe("a correction and the figure it gives instead", () => {
  it("'The correct figure is 3,000' is the source's the withdrawn figure had been given to", () => {
    const claims = extract(
      "Correction, 29 March 2025: An earlier version of this article said South Korea's intelligence agency put the number of additional troops at 30,080. The correct figure is 3,080.",
    ).claims;
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.stance, c.attributionMethod])).toEqual([
      ["30,080", null, "disputes", null],
      ["3,080", "South Korea's intelligence agency", "asserts", "correction"],
    ]);
    // (A correct figure with no withdrawn one before it credits no one.)
    expect(lines("The correct figure is 3,090 North Korean troops.")).toEqual(["3,090: troops-deployed, nobody"]);
  });
});

describe("ages", () => {
  it("the age of many ('20-year-old men') is context, no one's biography", () => {
    expect(lines("South Korea's army is shrinking as the number of 20-year-old men falls.")).toEqual([
      "20-year: context, nobody",
    ]);
    expect(lines("Kim Min-ho, a 27-year-old defector, said 330 North Korean soldiers had died.")[0]).toBe(
      "27-year: biography, Kim Min-ho",
    );
  });
});
