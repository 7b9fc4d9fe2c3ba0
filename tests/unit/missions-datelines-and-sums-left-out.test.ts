import { describe, expect, it } from "vitest";
import { extractInvented, inventedReader } from "../support/invented.ts";

/** One invented article of the Fenwick Gazette, read whole. */
const { credited: lines } = inventedReader("Fenwick Gazette");

/** Each claim of an invented article of a publisher as "figure: credit, via". */
function relayed(publisher: string, body: string): string[] {
  return extractInvented({ publisher, title: "Invented report", slug: "report" }, body).claims.map(
    (c) => `${c.figure}: ${c.attributedTo?.name ?? "nobody"}, via ${c.via.map((v) => v.name).join(" ") || "-"}`,
  );
}

describe("who is credited", () => {
  it("'Name, Ukraine's deputy permanent representative in Geneva, told' is the person, never the city", () => {
    expect(
      lines(
        "Yevhenia Koval, Ukraine's deputy permanent representative in Geneva, told the meeting that more than 1,570 North Korean soldiers were dead.",
      ),
    ).toEqual(["more than 1,570: casualties-killed, Yevhenia Koval"]);
  });

  it("a country's mission to a body is that mission, never the body it is sent to", () => {
    expect(lines("Ukraine's mission to NATO said North Korean losses had passed 4,530 killed and wounded.")).toEqual([
      "passed 4,530: casualties-total, Ukraine's mission to NATO",
    ]);
    expect(lines("South Korea's delegation to the UN said 11,070 North Korean troops were in Kursk.")).toEqual([
      "11,070: troops-deployed, South Korea's delegation to the UN",
    ]);
  });

  it("a capital opening a phrase of common words is no person: 'Ordinary soldiers get perhaps $100 a month'", () => {
    expect(lines("Ordinary soldiers get perhaps $130 a month.").map((l) => l.replace(/^.*, /, ""))).toEqual(["nobody"]);
    // (A name with its verb is still the person whose pay it is.)
    expect(lines("As a captain, Jang Min-ho was paid 3,300 won a month.")).toEqual([
      "3,300 won a month: domestic-wage, Jang Min-ho",
    ]);
  });

  it("'…, Lim calculated, not counting arms sales' is Lim's, and a sum that leaves out arms sales is the pay's", () => {
    expect(
      lines(
        "Lim Wei Ling, a fellow at the institute, spoke on Monday.\n\nPyongyang's income from salaries alone would already have passed $135 million, Lim calculated, not counting the money earned from shipments of artillery shells.",
      ),
    ).toEqual(["passed $135 million: pay-total, Lim Wei Ling"]);
    expect(
      lines(
        "Pyongyang has earned between $410 million and $610 million from soldiers' salaries since the deployment began, on top of far larger sums from arms sales.",
      ),
    ).toEqual(["between $410 million and $610 million: pay-total, nobody"]);
    // (A sum inside what is left out, and what arms sales brought in, stay no pay.)
    expect(
      lines(
        "The deployment earns Pyongyang money, not counting the artillery shells it has sold Moscow, which the ministry has valued at up to $22 billion.",
      ),
    ).toEqual(["up to $22 billion: context, nobody"]);
    expect(lines("Pyongyang has earned some $5.5 billion from selling shells and missiles to Russia.")).toEqual([
      "some $5.5 billion: context, nobody",
    ]);
  });

  it("'said a senior U.S. defense official' is that official, and 'the official said' later is the same", () => {
    expect(
      lines(
        "“They have taken more than 1,030 casualties,” said a senior U.S. defense official, who spoke on condition of anonymity.\n\nOf those, a few hundred are believed to have been killed, the official said.",
      ),
    ).toEqual([
      "more than 1,030: casualties-total, a senior U.S. defense official",
      "a few hundred: casualties-killed, a senior U.S. defense official",
    ]);
  });

  it("'We now know, from South Korean intelligence, that …' is that source's", () => {
    expect(
      lines(
        "We now know, from the Pentagon, that at least 11,040 North Korean soldiers were shipped to Russia last autumn.",
      ),
    ).toEqual(["at least 11,040: troops-deployed, Pentagon"]);
    expect(
      lines("We learned from Ukraine's military intelligence that about 3,040 North Korean soldiers had died."),
    ).toEqual(["about 3,040: casualties-killed, Ukraine's military intelligence"]);
    // (What is known from experience names no source.)
    expect(lines("We know from experience that 3,140 North Korean soldiers have died.")).toEqual([
      "3,140: casualties-killed, nobody",
    ]);
  });

  it("troops 'withdrawn to rest' are no figure withdrawn", () => {
    expect(
      lines(
        "Ukraine's military intelligence agency (HUR) says North Korean units lost up to 45% of their personnel and have been withdrawn to rest. Taras Levchuk said the units would be replaced.",
      ),
    ).toEqual(["up to 45%: casualty-rate, Ukraine's military intelligence agency"]);
  });
});

describe("what a figure is", () => {
  it("what a soldier would be left with, or would see, is what he takes home, however ordinary he is", () => {
    expect(
      lines("That would leave an individual soldier with somewhere between $210 and $410 a month, analysts say."),
    ).toEqual(["between $210 and $410 a month: soldier-take-home, analysts"]);
    expect(lines("Russia pays $2,000 a month. Ordinary soldiers would see perhaps $140 a month.").at(-1)).toBe(
      "perhaps $140 a month: soldier-take-home, nobody",
    );
    // (Pay at home is still pay at home: "Ordinary soldiers earn about $1 a month".)
    expect(lines("Ordinary soldiers earn about $1 a month.")).toEqual(["about $1 a month: domestic-wage, nobody"]);
  });

  it("another army's deaths and another country's own force are context", () => {
    expect(
      lines(
        "Russia's own battlefield deaths are estimated by Western governments at well over 210,000 since February 2022.",
      ),
    ).toEqual(["well over 210,000: context, nobody"]);
    expect(
      lines("South Korea's active-duty force has shrunk to about 455,000, the defence ministry said this week."),
    ).toEqual(["about 455,000: context, nobody"]);
    // (North Korea's deaths are still its losses.)
    expect(lines("North Korea's deaths are estimated at 2,030 soldiers.")).toEqual([
      "2,030: casualties-killed, nobody",
    ]);
  });
});

describe("a wire agency's dateline", () => {
  it("'SEOUL (AFP) —' opening a paper's story makes every figure the agency's copy", () => {
    expect(
      relayed(
        "Harrowgate Courier",
        "SEOUL (AFP) — About 2,030 North Korean soldiers have been killed fighting for Russia, South Korea's spy agency said Thursday.\n\nThe NIS had said in April that around 610 North Korean soldiers had died.",
      ),
    ).toEqual(["About 2,030: South Korea's spy agency, via AFP", "around 610: NIS, via AFP"]);
  });

  it("is no relay in the agency's own story, named in full or by its initials", () => {
    expect(
      relayed(
        "Hanbit News Agency",
        "SEOUL, Nov. 13 (Hanbit) -- About 2,050 North Korean soldiers have been killed, South Korea's spy agency said.",
      ),
    ).toEqual(["About 2,050: South Korea's spy agency, via -"]);
    expect(
      relayed(
        "Capitol Wire Service",
        "WASHINGTON (CWS) — North Korean troops have suffered more than 1,070 casualties, a Pentagon official said.",
      ).map((l) => l.replace(/^.*, via /, "via ")),
    ).toEqual(["via -"]);
  });
});
