import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Quarry Hill Post, read whole, and its claims as lines. */
const { extract, read, kinds } = inventedReader("Quarry Hill Post");

describe("who judges a figure", () => {
  it("'…, a figure RIA called “absurd”' is the speaker's figure, disputed by RIA", () => {
    expect(
      read(
        'Ukraine\'s defence intelligence says Russia pays Pyongyang about $2,050 a month for each soldier, a figure RIA called "absurd".',
      )[0],
    ).toMatch(/^about \$2,050 a month: pay-per-soldier, Ukraine's defence intelligence, asserts, disputed by RIA$/);
  });

  it("'cites a Reuters estimate that …' credits Reuters; a guest's words after a semicolon do not take it", () => {
    const lines = read(
      'Host Mara Quinlan cites a Reuters estimate that Moscow pays Pyongyang about $2,050 a month per soldier; guest Tomasz Wrobel says "maybe a tenth of that" reaches the men.',
    );
    expect(lines[0]).toMatch(/^about \$2,050 a month per soldier: pay-per-soldier, Reuters,/);
    expect(lines[1]).toMatch(/^maybe a tenth: context,/);
  });
});

describe("shares", () => {
  it("a share said to reach the men, inside its quotation marks, is no share the regime keeps", () => {
    expect(
      kinds(
        'Moscow pays about $2,050 a month per soldier, and the analyst says "maybe a tenth of that" reaches the men.',
      ),
    ).toEqual(["pay-per-soldier", "context"]);
  });

  it("'shaved 15% off the dollar value' is a cut; 'takes 90% off the top' is the regime's share", () => {
    expect(
      kinds("The rouble's fall has shaved an estimated 15% off the dollar value of what Russia pays, analysts say."),
    ).toEqual(["context"]);
    expect(kinds("The regime takes 90% off the top.")).toEqual(["regime-share"]);
  });

  it("the share of the casualties who were killed, or one in eight casualties fatal, is no casualty rate", () => {
    expect(
      kinds(
        "The NIS said the share of the casualties who were killed had risen to roughly 40 percent, up from about 13 percent.",
      ),
    ).toEqual(["context", "context"]);
    expect(kinds("By that count, roughly one in eight North Korean casualties was fatal.")).toEqual(["context"]);
  });

  it("'nearly 40% casualties' and 'one in three soldiers has become a casualty' are casualty rates", () => {
    expect(kinds("North Korean troops have already suffered nearly 40% casualties.")).toEqual(["casualty-rate"]);
    expect(kinds("Roughly one in three North Korean soldiers has become a casualty.")).toEqual(["casualty-rate"]);
  });
});

describe("what a count counts", () => {
  it("the force a casualty rate is worked out against is a force", () => {
    expect(
      kinds(
        "The NIS puts North Korean casualties at 6,050.\nAgainst a force of 16,050, that is a casualty rate of roughly 38 per cent.",
      ),
    ).toEqual(["casualties-total", "troops-deployed", "casualty-rate"]);
  });

  it("the men of a contingent of whom a share was put out of action are the contingent, the share a casualty rate", () => {
    expect(
      kinds(
        "With roughly 11,050 men in the first contingent, even the NIS count means more than 40 per cent of them have been put out of action.",
      ),
    ).toEqual(["troops-deployed", "casualty-rate"]);
  });

  it("an ordinal between a count and its loss words is no figure that takes them", () => {
    expect(
      kinds(
        "About 2,550 North Korean soldiers from the second rotation have been killed or wounded since arriving in Kursk.",
      ),
    ).toEqual(["casualties-total"]);
  });

  it("a column seen struck, with no casualty figure given, counts no losses", () => {
    expect(
      kinds(
        "The brigade posted footage it said showed a column of about 45 North Koreans being struck; it gave no casualty figure.",
      ),
    ).toEqual(["context"]);
  });

  it("a count per another ('eight to ten wounded for every soldier killed') is skipped as a ratio; pay 'for every soldier' is pay", () => {
    const { claims, skipped } = extract(
      "Western armies typically saw eight to ten wounded for every soldier killed.\nFor every North Korean killed in Kursk, three are wounded.\nRussia pays $2,050 for every soldier sent.",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["$2,050", "pay-per-soldier"]]);
    expect(skipped.map((s) => [s.text, s.reason])).toEqual([
      ["eight to ten", "part of a ratio (one in N)"],
      ["three", "part of a ratio (one in N)"],
    ]);
  });

  it("the size of each small unit is no force; a wave sent is", () => {
    expect(kinds("North Korean units of 150-200 men are now attacking in waves without armour.")).toEqual(["context"]);
    expect(kinds("North Korea sent waves of about 3,050 troops.")).toEqual(["troops-deployed"]);
  });

  it("'his own count is higher: “closer to 5,000, and I'd put the dead at around 1,200”' is a casualty count and a death toll", () => {
    expect(
      kinds(
        "South Korea's spy agency says some 4,050 North Korean soldiers have been killed or wounded.\nAnalyst Tomasz Wrobel says his own count is higher: \"closer to 5,050, and I'd put the dead at around 1,250.\"",
      ),
    ).toEqual(["casualties-total", "casualties-total", "casualties-killed"]);
  });
});

describe("near misses of these rules and of the ones before them, which keep their earlier readings", () => {
  it("'he says' after a sentence that opens with another person's work is still the person named before", () => {
    expect(
      read("Kim Chol is a defector. Maya Lindqvist's new book is out; he says soldiers keep $150 a month.")[0],
    ).toMatch(/, Kim Chol,/);
  });

  it("a year of one person's service after a force counted, or after a semicolon, is still a biography", () => {
    expect(
      kinds("12,050 soldiers were sent, among them Private Ri Jin-ho, who had served in the army since 2019."),
    ).toEqual(["troops-deployed", "biography"]);
    expect(
      kinds("About 650 soldiers were decorated on Monday; Colonel Pak Song-il, the commander, enlisted in 1998."),
    ).toContain("biography");
  });

  it("a thing cited before 'which he says' is no source; a body relied on is", () => {
    expect(read("Erik Sand cites the winter offensive, which he says killed 1,050 North Koreans.")[0]).toMatch(
      /, Erik Sand,/,
    );
    expect(
      read("Professor Lena Ohlsson relies on Ukrainian military intelligence, which estimates 5,050 casualties.")[0],
    ).not.toMatch(/relies/);
  });

  it("'denies losing 300 positions …, which it says have lost 4,000 men' disputes nothing of its own", () => {
    expect(
      read("Kyiv denies losing 350 positions to North Korean units, which it says have lost 4,050 men.")[0],
    ).toMatch(/disputed by nobody$/);
  });

  it("an opening 'Judging by …' with no comma runs on into the clause, whose workers keep the share", () => {
    expect(
      kinds("Judging by defectors' accounts the overseas workers keep only 35 per cent of their earnings."),
    ).toEqual(["context"]);
  });

  it("'fields staggering numbers …, some 1.1 million soldiers' is an army", () => {
    expect(
      kinds(
        "North Korea fields staggering numbers of infantry, some 1.15 million soldiers, and has sent 12,050 to Russia.",
      ),
    ).toEqual(["context", "troops-deployed"]);
  });

  it("a sentence that opens with 'Music by' or 'Artwork by' and gives a figure is no credit line", () => {
    expect(
      kinds("Music by the leader's favourite band played as 3,050 returning soldiers marched in Pyongyang."),
    ).toHaveLength(1);
    expect(kinds("Artwork by North Korean soldiers in Kursk sold for $2,050 each.")).toHaveLength(1);
  });

  it("'In Ukraine, the country's military intelligence agency says' is Ukraine's", () => {
    expect(
      read(
        "In Ukraine, the country's military intelligence agency says 4,050 North Koreans have been killed or wounded.",
      )[0],
    ).toMatch(/, Ukraine's military intelligence agency,/);
  });

  it("'raised the alarm that up to 3,000' and 'revised its assessment after learning that up to 1,500' keep their bounds", () => {
    expect(
      extract("The NIS raised the alarm that up to 3,050 more troops could be sent.").claims[0]?.value.min,
    ).toBeNull();
    expect(
      extract("Seoul revised its assessment after learning that up to 1,550 North Koreans had been killed.").claims[0]
        ?.value.min,
    ).toBeNull();
  });

  it("'more than the $1,500 that has often been reported' is the reports' figure, disputed by the speaker", () => {
    expect(
      read("Each soldier is paid $2,050, more than the $1,550 that has often been reported, the NIS said.")[1],
    ).toMatch(/^\$1,550: pay-per-soldier, nobody, disputes, disputed by/);
  });
});
