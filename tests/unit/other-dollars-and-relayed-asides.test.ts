import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Harbour Ledger, read whole. */
const { credited, figureKinds, valued, skippedOf } = inventedReader("Harbour Ledger");

describe("another country's dollars written with a bare '$'", () => {
  it("'$2,050 US (about $2,850 Cdn) a month' is one claim in US dollars, its Canadian conversion inside it", () => {
    expect(
      valued("Seoul says Moscow pays $2,050 US (about $2,850 Cdn) a month for each North Korean soldier."),
    ).toEqual(["$2,050 US (about $2,850 Cdn) a month: pay-per-soldier 2050-2050 USD/month"]);
  });

  it("'$2,050 (about $2,850 CAD) a month' gives no second pay claim of $2,850", () => {
    expect(valued("Seoul says Moscow pays $2,050 (about $2,850 CAD) a month for each North Korean soldier.")).toEqual([
      "$2,050 (about $2,850 CAD) a month: pay-per-soldier 2050-2050 USD/month",
    ]);
  });

  it("'$4.6 billion CAD' of aid is money in a currency not known, never US dollars", () => {
    const body = "Ottawa has sent $4.6 billion CAD in military aid to Kyiv.";
    expect(figureKinds(body)).toEqual([]);
    expect(skippedOf(body)).toEqual(["$4.6 billion CAD: currency not known"]);
  });

  it("a plain '$5.1 million US' is still US dollars", () => {
    expect(valued("Seoul says Russia paid $5.1 million US a month for the North Korean troops.")).toEqual([
      "$5.1 million US a month: pay-total 5100000-5100000 USD/month",
    ]);
  });
});

describe("who relays a figure, set between commas before the verb of the one who states it", () => {
  const briefing = "South Korea's National Intelligence Service briefed parliament on Tuesday.";

  it("'The agency, a lawmaker said, now estimates that …' is the agency's estimate, not the lawmaker's", () => {
    expect(
      credited(
        [
          briefing,
          "The agency, a lawmaker said, now estimates that about 12,100 North Korean troops are in Russia.",
        ].join("\n"),
      ),
    ).toEqual(["about 12,100: troops-deployed, South Korea's National Intelligence Service"]);
  });

  it("'The NIS, lawmaker Lee told reporters, believes …' is the NIS's, not the reporters'", () => {
    expect(
      credited(
        [
          briefing,
          "The NIS, lawmaker Lee Seong-kweun told reporters, believes about 3,050 of them have been killed or wounded.",
        ].join("\n"),
      ),
    ).toEqual(["about 3,050: casualties-total, South Korea's National Intelligence Service"]);
  });

  it("'…, as some reports claim, …' has no aside that closes before a verb: the reports are still credited", () => {
    expect(
      credited(
        "Even if Russia pays as much as $2,550 a month per soldier, as some reports claim, the soldiers see little of it.",
      ),
    ).toEqual(["as much as $2,550 a month per soldier: pay-per-soldier, reports"]);
  });

  it("an aside that is no speech still leaves the speaker after it: 'Budanov, the paper reported, said …'", () => {
    expect(credited("Budanov, the paper reported, said 4,050 North Korean soldiers had been killed.")).toEqual([
      "4,050: casualties-killed, Budanov",
    ]);
  });
});

describe("allowances handed to the soldiers or their families", () => {
  it("'Each of the North Korean soldiers sent to Kursk is given a monthly allowance of about $105' is take-home", () => {
    expect(
      figureKinds("Each of the North Korean soldiers sent to Kursk is given a monthly allowance of about $105."),
    ).toEqual(["about $105: soldier-take-home"]);
  });

  it("'The families of the North Korean soldiers receive an allowance of $55 a month' is take-home", () => {
    expect(figureKinds("The families of the North Korean soldiers receive an allowance of $55 a month.")).toEqual([
      "$55 a month: soldier-take-home",
    ]);
  });

  it("an allowance a Ukrainian official tells of, or one beside 'the regime keeps the rest', is still take-home", () => {
    expect(
      figureKinds("The soldiers are reportedly issued a daily allowance of 305 roubles, a Ukrainian official said."),
    ).toEqual(["305 roubles: soldier-take-home"]);
    expect(
      figureKinds(
        "Soldiers each get a small allowance of about $55 a month, while the regime keeps the rest, a defector said.",
      ),
    ).toEqual(["about $55 a month: soldier-take-home"]);
  });

  it("an allowance to the families of soldiers killed is no take-home", () => {
    expect(
      figureKinds("The families of the North Korean soldiers killed receive an allowance of $505 a month."),
    ).not.toContain("$505 a month: soldier-take-home");
  });
});

describe("'the report said' with no report named", () => {
  it("after an unnamed defector's figure, the report is no one's the text names: no credit", () => {
    expect(
      credited(
        [
          "A defector said each North Korean soldier gets about $105 a month.",
          "About 11,050 North Korean soldiers are in Kursk, the report said.",
        ].join("\n"),
      ),
    ).toEqual(["about $105 a month: pay-per-soldier, A defector", "About 11,050: troops-deployed, nobody"]);
  });

  it("after a body's figure, the report is still the body's", () => {
    expect(
      credited(
        [
          "The NIS said each North Korean soldier gets about $2,050 a month.",
          "About 11,050 North Korean soldiers are in Kursk, the report said.",
        ].join("\n"),
      ),
    ).toEqual(["about $2,050 a month: pay-per-soldier, NIS", "About 11,050: troops-deployed, NIS"]);
  });
});

describe("near misses of the rules above, read as before", () => {
  it("'The documents, a Ukrainian official said, indicate …' is the official's: documents are evidence, not a source", () => {
    expect(
      credited(
        "The documents, a Ukrainian official said, indicate that Russia pays about $2,050 a month for each North Korean soldier.",
      ),
    ).toEqual(["about $2,050 a month: pay-per-soldier, Ukrainian official"]);
  });

  it("an allowance 'paid … by Russia, but they see only $105 of it' is Russia's pay, and the $105 the take-home", () => {
    expect(
      figureKinds(
        "The soldiers sent to Kursk are paid an allowance of $2,050 a month by Russia, but they see only $105 of it, an official said.",
      ),
    ).toEqual(["$2,050 a month: pay-per-soldier", "$105: soldier-take-home"]);
  });

  it("Russian soldiers' allowance that 'the North Koreans get none of' is not their take-home", () => {
    expect(
      figureKinds(
        "Under Russian rules, soldiers stationed in Kursk receive a daily allowance of $35, but the North Koreans get none of it.",
      ),
    ).not.toContain("$35: soldier-take-home");
  });

  it("'the report said' after officials who presented a report, or after a panel of experts, stays theirs", () => {
    expect(
      credited(
        [
          "Ukrainian intelligence officials said on Tuesday that about 11,050 North Korean soldiers had been sent to Kursk, presenting a new report.",
          "About 4,050 of them had been killed or wounded, the report said.",
        ].join("\n"),
      ),
    ).toEqual([
      "about 11,050: troops-deployed, Ukrainian intelligence officials",
      "About 4,050: casualties-total, Ukrainian intelligence officials",
    ]);
    expect(
      credited(
        [
          "The panel of experts said about 11,050 North Korean soldiers were sent to Russia.",
          "About 3,050 of them had been killed or wounded, the report said.",
        ].join("\n"),
      ),
    ).toEqual(["about 11,050: troops-deployed, panel of experts", "About 3,050: casualties-total, panel of experts"]);
  });
});

describe("more near misses, read as before", () => {
  it("an allowance whose speaker is Ukrainian intelligence, or spent in local shops, is still take-home", () => {
    expect(
      figureKinds("The North Korean soldiers receive a daily allowance of $25, Ukrainian military intelligence said."),
    ).toEqual(["$25: soldier-take-home"]);
    expect(
      figureKinds(
        "The North Korean soldiers receive a daily allowance of $25, which they spend on snacks from the local shops.",
      ),
    ).toEqual(["$25: soldier-take-home"]);
  });

  it("'the report said' after officials gives no credit when only a verb or another's report came before", () => {
    expect(
      credited(
        [
          "Pyongyang never reports its losses.",
          "Two Ukrainian officials said about 11,050 North Korean soldiers were in Kursk.",
          "About 1,050 of them have died, the report said.",
        ].join("\n"),
      ),
    ).toEqual(["about 11,050: troops-deployed, Two Ukrainian officials", "About 1,050: casualties-killed, nobody"]);
  });
});
