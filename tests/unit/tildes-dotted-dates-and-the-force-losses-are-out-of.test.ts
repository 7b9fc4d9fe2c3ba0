import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Harbour Ledger, read whole. */
const { extract, credited, figureKinds, valued } = inventedReader("Harbour Ledger");

describe("ranges, currencies and dates written the way other papers write them", () => {
  it("'90~95%' and '100~200 dollars a month' are ranges, and the 100 is no head count", () => {
    expect(
      valued(
        "The NIS said the regime takes 90~95% of the money and the soldiers receive only 105~205 dollars a month.",
      ),
    ).toEqual([
      "90~95%: regime-share 90-95 percent/null",
      "105~205 dollars a month: soldier-take-home 105-205 USD/month",
    ]);
  });

  it("'~11,050' is still about 11,050, and a tilde with spaces joins nothing", () => {
    expect(valued("The NIS said ~11,050 North Korean soldiers were sent.")).toEqual([
      "~11,050: troops-deployed 11050-11050 people/null",
    ]);
  });

  it("'$US2050 ($3170) a month' is 2,050 US dollars, its Australian conversion inside the figure", () => {
    expect(
      valued("South Korea's spy agency estimates that Moscow pays about $US2050 ($3170) a month for each soldier."),
    ).toEqual(["about $US2050 ($3170) a month: pay-per-soldier 2050-2050 USD/month"]);
  });

  it("'$A1.5 billion' is Australian dollars, a currency the site does not compare", () => {
    expect(figureKinds("Australia has committed $A1.5 billion in aid to Ukraine.")).toEqual([]);
    expect(extract("Australia has committed $A1.5 billion in aid to Ukraine.").skipped.map((s) => s.reason)).toEqual([
      "currency not known",
    ]);
  });

  it("'released on 2024.10.18' is a date, not 2,024 soldiers", () => {
    const read = extract("North Korean soldiers at a training site, in a video released on 2024.10.18.");
    expect(read.claims).toEqual([]);
    expect(read.skipped.map((s) => s.text)).toEqual(["2024.10.18"]);
  });
});

describe("what a count of men is, from the words around it", () => {
  it("'4,050 killed and wounded out of 11,050' and 'out of roughly 11,050 who were brought' count the force", () => {
    expect(figureKinds("Ukraine says 4,050 North Koreans were killed and wounded out of 11,050.")).toEqual([
      "4,050: casualties-total",
      "11,050: troops-deployed",
    ]);
    expect(
      figureKinds(
        '"Pyongyang lost in the region of 4,050 killed and wounded, out of roughly 11,050 who were brought to Kursk," Yusov said.',
      ),
    ).toEqual(["in the region of 4,050: casualties-total", "roughly 11,050: troops-deployed"]);
  });

  it("'as many as 1,550 troops left the port city' were sent, not a projection", () => {
    expect(figureKinds("Analysts believe as many as 1,550 North Korean troops left the port city by sea.")).toEqual([
      "as many as 1,550: troops-deployed",
    ]);
  });

  it("'may number 11 thousand' is a hedged count of now; 'the second group could number up to 2,050' is to come", () => {
    expect(figureKinds("North Korean soldiers in Russia may number 11 thousand, Seoul says.")).toEqual([
      "11 thousand: troops-deployed",
    ]);
    expect(figureKinds("North Korean soldiers in Russia may number 15,050 by next spring, Seoul says.")).toEqual([
      "15,050: troops-projected",
    ]);
  });

  it("'replace the losses with a further 2,050 to 3,050 men' counts men to come, not losses", () => {
    expect(
      figureKinds('Yusov said Pyongyang might replace the losses with "a further 2,050 to 3,050 men" before spring.'),
    ).toEqual(["2,050 to 3,050: troops-projected"]);
  });

  it("'estimates of the North Korean force itself have ranged from 10,050 to 12,050' size the force", () => {
    expect(
      figureKinds(
        "Both sides inflate the other's losses, and estimates of the North Korean force itself have ranged from 10,050 to 12,050.",
      ),
    ).toEqual(["from 10,050 to 12,050: troops-deployed"]);
    expect(figureKinds("Estimates of North Korean losses have ranged from 1,050 to 4,050.")).toEqual([
      "from 1,050 to 4,050: casualties-total",
    ]);
  });

  it("the British Army's size and Indonesia's peacekeepers are other armies", () => {
    expect(
      figureKinds(
        "North Korea has sent 11,050 troops, more than a seventh of the British Army, which has about 73,050 soldiers.",
      ),
    ).toEqual(["11,050: troops-deployed", "about 73,050: context"]);
    expect(
      figureKinds(
        "Indonesia, which currently contributes some 2,750 personnel to UN peacekeeping missions, urged an end to the war in which North Korean troops fight.",
      ),
    ).not.toContain("some 2,750: troops-deployed");
  });
});

describe("verbs that give a source's figure", () => {
  it("'the NIS analyzed that', 'alleged … that', 'recalls that' and 'Experts think' credit their subjects", () => {
    expect(
      credited(
        [
          "The NIS analyzed that Russia is paying 2 thousand dollars a month per soldier.",
          "The NIS also alleged in a closed-door briefing that about 11,050 North Korean soldiers were in Kursk.",
          "Experts think Russia pays about $2,050 a month for each North Korean soldier.",
        ].join("\n"),
      ),
    ).toEqual([
      "2 thousand dollars a month per soldier: pay-per-soldier, NIS",
      "about 11,050: troops-deployed, NIS",
      "about $2,050 a month: pay-per-soldier, Experts",
    ]);
  });

  it("'Few think …' and 'you report' leave the belief to its subject, not to the few", () => {
    expect(credited("Few think Russia pays about $5,050 a month for each North Korean soldier.")).toEqual([
      "about $5,050 a month: pay-per-soldier, nobody",
    ]);
    expect(
      credited(
        "South Korea's National Intelligence Service, you report, believes around 15,050 North Korean soldiers have now been sent.",
      ),
    ).toEqual(["around 15,050: troops-deployed, South Korea's National Intelligence Service"]);
  });
});

describe("figures named again", () => {
  it("'a very different picture from 3,050' names the other figure again", () => {
    expect(
      figureKinds(
        "The NIS estimated that about 105 North Koreans had been killed and nearly 1,050 wounded – a very different picture from 3,050.",
      ),
    ).not.toContain("3,050: casualties-killed");
  });
});

describe("envoys at a meeting, and a quoted size of the force", () => {
  it("'The representative of Ukraine said', 'Japan's representative said' credit the envoy as the text describes them", () => {
    expect(
      credited(
        [
          'The representative of Ukraine said that "no fewer than 11,050" North Korean soldiers had been sent to Kursk.',
          "Japan's representative said 11,050 North Korean soldiers were in Russia.",
        ].join("\n"),
      ),
    ).toEqual([
      "no fewer than 11,050: troops-deployed, The representative of Ukraine",
      "11,050: troops-deployed, Japan's representative",
    ]);
  });

  it("'put the deployment at \"close to 12,050\"' sizes the force", () => {
    expect(credited('France\'s delegate put the deployment at "close to 12,050".')).toEqual([
      "close to 12,050: troops-deployed, France's delegate",
    ]);
  });
});

describe("near misses of the force and the verbs, read as before", () => {
  it("a base of losses ('out of 1,250 North Korean wounded', 'casualty estimates … range from') stays losses", () => {
    expect(figureKinds("Ukraine counts 305 dead out of 1,250 North Korean wounded in Kursk.")).not.toContain(
      "1,250: troops-deployed",
    );
    expect(figureKinds("Casualty estimates for the North Korean contingent range from 3,050 to 4,050.")).not.toContain(
      "from 3,050 to 4,050: troops-deployed",
    );
  });

  it("a force that 'may number 20,050 by the summer', or that Pyongyang is preparing to send, is still to come", () => {
    expect(
      figureKinds("The North Korean force may number 20,050 by the summer, a Ukrainian official said."),
    ).not.toContain("20,050: troops-deployed");
    expect(
      figureKinds("The troops Pyongyang is preparing to send may number 6,050, a Ukrainian official said."),
    ).not.toContain("6,050: troops-deployed");
  });

  it("the Russian army's North Korean soldiers are the North's force, not another army's size", () => {
    expect(figureKinds("The Russian army has 12,050 North Korean troops fighting in Kursk.")).toEqual([
      "12,050: troops-deployed",
    ]);
  });

  it("'Satellite analyses that circulated …' and 'Few in Seoul think' credit no one", () => {
    expect(
      credited(
        "Satellite analyses that circulated in Seoul last week suggest 12,050 North Korean soldiers are in Kursk.",
      )[0],
    ).not.toMatch(/, Satellite/);
    expect(credited("Few in Seoul think Russia has sent more than 12,050 North Korean troops.")[0]).not.toMatch(
      /, Few in Seoul$/,
    );
  });
});

describe("whose estimate, by a possessive before it", () => {
  it("'the agency's April estimate of about 650 dead' is the agency's", () => {
    expect(
      credited(
        [
          "The Lindqvist Agency said on Tuesday that about 2,050 North Korean soldiers had been killed.",
          "The figure is more than three times the agency's April estimate of about 650 dead.",
        ].join("\n"),
      ),
    ).toEqual(["about 2,050: casualties-killed, Lindqvist Agency", "about 650: casualties-killed, Lindqvist Agency"]);
  });

  it("'Her central estimate is that between 14,050 and 16,050 …' is hers", () => {
    expect(
      credited(
        "Miriam Aldous spent two years on the book. Her central estimate is that between 14,050 and 16,050 North Koreans had been sent to Russia.",
      ),
    ).toEqual(["between 14,050 and 16,050: troops-deployed, Miriam Aldous"]);
  });

  it("'The Orbitwatch Collective counted …. Its estimate: \"in the region of 12,050\"' is the collective's, not the body before", () => {
    expect(
      credited(
        [
          "The NIS briefed lawmakers on Tuesday.",
          'The Orbitwatch Collective counted trains and ships. Its estimate: "in the region of 12,050" soldiers.',
        ].join("\n"),
      ),
    ).toEqual(["in the region of 12,050: troops-deployed, Orbitwatch Collective"]);
  });

  it("'accepted South Korea's estimate that Moscow pays about $2,050' is South Korea's", () => {
    expect(
      credited("Panellists largely accepted South Korea's estimate that Moscow pays about $2,050 per soldier a month."),
    ).toEqual(["about $2,050 per soldier a month: pay-per-soldier, South Korea"]);
  });
});

describe("a subject that opens a sentence is no source until it states a figure", () => {
  it("'North Korea has sent …', 'Russia has …' add no body to the sources; a named research body is remembered", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Harbour Ledger" });
    const body = [
      "North Korea has sent troops to Russia. Russia has welcomed them.",
      'The Orbitwatch Collective counted trains and ships. Its estimate: "in the region of 12,050" soldiers.',
    ].join("\n");
    const { entities } = extractCorpus([{ slug: "lead", file: "lead.md", meta, body: `${body}\n`, bodyLine: 1 }]);
    const names = entities.map((e) => e.name);
    expect(names).not.toContain("North Korea");
    expect(names).not.toContain("Russia");
    expect(names).toContain("Orbitwatch Collective");
  });
});

describe("near misses of envoys, figures named again and sizes of the force, read as before", () => {
  it("'Apart from the 12,050 troops already in Kursk' still counts the force", () => {
    expect(
      figureKinds("Apart from the 12,050 North Korean troops already in Kursk, Pyongyang has sent engineers."),
    ).toEqual(["12,050: troops-deployed"]);
  });

  it("'The representative of the NIS told lawmakers …' is the NIS's spokesperson, not a country's envoy", () => {
    expect(
      credited(
        "The representative of the NIS told lawmakers that about 3,050 North Korean soldiers had been killed or wounded.",
      ),
    ).not.toContain("about 3,050: casualties-total, The representative of the NIS");
  });

  it("'put losses across the expeditionary force at \"close to 4,050\"' counts losses, not the force", () => {
    expect(
      figureKinds('Kyiv put losses across the North Korean expeditionary force at "close to 4,050".'),
    ).not.toContain("close to 4,050: troops-deployed");
  });
});
