import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Marsh Valley Times, read whole, and its claims as lines. */
const { extract, read, kinds } = inventedReader("Marsh Valley Times");

/** The names of the entities the article gives pages to. */
function names(body: string): string[] {
  return extract(body).entities.map((e) => e.name);
}

describe("what a reader pays", () => {
  it("a subscription or a supporter's fee in a sentence of no soldier is no soldier's pay", () => {
    expect(
      kinds("Episode 86 is in our archive. Supporters who pay $4.99 a month get each episode a day early."),
    ).toEqual(["context"]);
  });

  it("soldiers who 'subscribe' to a deal are still paid", () => {
    expect(kinds("Soldiers who subscribe to the deal are paid $2,050 a month, officials said.")).not.toContain(
      "context",
    );
  });
});

describe("a figure others report, set against the speaker's own", () => {
  it("'less than the $2,000 that has been widely reported' is the reports' figure, disputed by the speaker", () => {
    const lines = read(
      "A U.S. official said Russia paid about $1,550 a month per soldier, less than the $2,050 that has been widely reported.",
    );
    expect(lines[0]).toMatch(/^about \$1,550 a month per soldier: pay-per-soldier, A U\.S\. official, asserts/);
    expect(lines[1]).toMatch(/^\$2,050: pay-per-soldier, nobody, disputes, disputed by A U\.S\. official$/);
  });

  it("'less than the $2,000 promised' names no report, and is not disputed", () => {
    expect(read("Soldiers receive about $210 a month, far less than the $2,050 promised, a defector said.")[1]).toMatch(
      /disputed by nobody$/,
    );
  });
});

describe("kinds", () => {
  it("a death toll the source has not given leaves its total casualties a total", () => {
    expect(
      kinds(
        "Ukraine's military intelligence agency has not given a death toll of its own, but it puts total casualties at around 4,050.",
      ),
    ).toEqual(["casualties-total"]);
  });

  it("'expects North Korea to have sent 25,000 … by the end of the year' is a projection, 'is believed to have sent' is not", () => {
    expect(
      kinds(
        "Looking ahead, Seo Ji-hoon expects North Korea to have sent 25,050 soldiers in all by the end of the year.",
      ),
    ).toEqual(["troops-projected"]);
    expect(kinds("North Korea is believed to have sent 11,050 soldiers.")).toEqual(["troops-deployed"]);
  });

  it("'1,200 more North Koreans had arrived' is an increase; 'two more … were captured' is none", () => {
    const [more] = extract("The channel claimed that 1,250 more North Koreans had arrived in Kursk by train.").claims;
    expect(more?.scope).toBe("additional troops (an increase)");
    const [captured] = extract("Two more North Korean soldiers were captured in the Kursk region last week.").claims;
    expect(captured?.scope ?? null).toBeNull();
  });

  it("pay worked out from Russian budget documents, or the same as Russia's own soldiers get, is the North Koreans' pay", () => {
    expect(
      kinds(
        "Drawing on Russian budget documents, Helena Marsh estimates that Moscow pays Pyongyang $2,250 a month for each soldier.",
      ),
    ).toEqual(["pay-per-soldier"]);
    expect(
      kinds('Blogger Serhii Dovhan said Russia pays the North Koreans "the same $2,050 as its own contract soldiers".'),
    ).toEqual(["pay-per-soldier"]);
    expect(kinds("Russia pays its own contract soldiers about $2,050 a month.")).toEqual(["context"]);
  });
});

describe("denials", () => {
  it("'denies giving a toll of 10,000' and 'denies sending 10,000 troops' dispute the figure", () => {
    expect(read("Ukraine denies giving a toll of 10,050 North Korean dead.")[0]).toMatch(/disputed by Ukraine$/);
    expect(read("Moscow denies sending 10,050 troops.")[0]).toMatch(/disputed by Moscow$/);
  });

  it("'admits losing 300' is no denial", () => {
    expect(read("Moscow admits losing 350 North Korean soldiers.")[0]).toMatch(
      /, Moscow, asserts, disputed by nobody$/,
    );
  });
});

describe("who is credited", () => {
  it("'Lindgren cites Ukraine's military intelligence agency, which counts …' credits the agency", () => {
    expect(
      read(
        "Lindgren cites Ukraine's military intelligence agency, which counts about 4,050 North Koreans killed or wounded.",
      )[0],
    ).toMatch(/^about 4,050: casualties-total, Ukraine's military intelligence agency,/);
  });

  it("'…, most of which South Korea's spy agency believes is kept' gives no source a sentence's words for a name", () => {
    const body =
      "Shin was referring to reports that Russia pays Pyongyang about $2,050 a month for each soldier, most of which South Korea's spy agency believes is kept by the state.";
    expect(read(body)[0]).toMatch(/^about \$2,050 a month: pay-per-soldier, nobody,/);
    expect(names(body).filter((n) => /most of which/i.test(n))).toEqual([]);
  });

  it("'the figure given by South Korea's National Intelligence Service is 15,000' credits the service", () => {
    expect(
      read(
        "Editor's note: An earlier version said that North Korea had sent 1,550 soldiers to Russia; the figure given by South Korea's National Intelligence Service is 15,050.",
      )[1],
    ).toMatch(/^15,050: troops-deployed, South Korea's National Intelligence Service,/);
  });

  it("'According to The Kyiv Independent, which cites HUR, …' credits HUR, relayed by the paper", () => {
    const [c] = extract(
      "According to The Kyiv Independent, which cites Ukraine's military intelligence agency, about 4,050 North Korean soldiers were killed or wounded.",
    ).claims;
    expect(c?.attributedTo?.name).toBe("Ukraine's military intelligence agency");
    expect(c?.via.map((v) => v.name)).toEqual(["The Kyiv Independent"]);
  });

  it("'Helena Marsh's new book … who, she writes, …' credits Helena Marsh", () => {
    expect(
      read(
        "Helena Marsh's new book follows the 11,050 North Korean soldiers who, she writes, crossed into Russia in the autumn of 2024.",
      )[0],
    ).toMatch(/^11,050: troops-deployed, Helena Marsh,/);
  });

  it("'the South Korean intelligence count of 600' is the country's intelligence, not the country", () => {
    expect(
      read("Marsh puts the number killed at close to 2,050, well above the South Korean intelligence count of 650.")[1],
    ).toMatch(/^650: casualties-killed, South Korean intelligence,/);
  });

  it("a title before a name at the start of a sentence ('Blogger …', 'Host …') is no part of it", () => {
    expect(read("Blogger Serhii Dovhan said Russia pays about $2,050 a month per soldier.")[0]).toMatch(
      /, Serhii Dovhan,/,
    );
  });
});

describe("no pages for what is no one", () => {
  it("a place the sentence opens in and a band in a music credit are no people", () => {
    expect(
      names(
        [
          "In Bergen Ridge, a Korean congregation prays for soldiers it will never meet.",
          'Music: "Cold Harbour" by Trio Elm.',
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});
