import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Harbour Ledger, read whole. */
const { credited: lines, figureKinds: kindsOf, valued, skippedOf } = inventedReader("Harbour Ledger");

describe("money in a currency the site does not compare", () => {
  it("'(ca. PLN 8,250)' is the conversion of the dollars before it: no count of 8,250 and the rate stays", () => {
    expect(
      valued(
        "The officer confirmed that Moscow pays Pyongyang about 2 thousand dollars (ca. PLN 8,250) per soldier per month.",
      ),
    ).toEqual(["about 2 thousand dollars (ca. PLN 8,250) per soldier per month: pay-per-soldier 2000-2000 USD/month"]);
  });

  it("kronor, zloty and tenge are money, reported as a currency not known, never people", () => {
    const body = [
      "North Korean soldiers in Russia are paid $2,050 a month.",
      "Sweden has given 16 billion kronor in aid.",
      "Poland has delivered aid worth PLN 21 billion.",
      "A Kazakh builder earns around 150,500 tenge a month.",
    ].join("\n");
    expect(kindsOf(body)).toEqual(["$2,050 a month: pay-per-soldier"]);
    expect(skippedOf(body)).toEqual([
      "16 billion kronor: currency not known",
      "PLN 21 billion: currency not known",
      "around 150,500 tenge a month: currency not known",
    ]);
  });

  it("'about $2,050, or roughly ¥300,000, per soldier each month' keeps its month", () => {
    expect(valued("Russia is believed to pay about $2,050, or roughly ¥300,000, per soldier each month.")).toEqual([
      "about $2,050, or roughly ¥300,000, per soldier each month: pay-per-soldier 2050-2050 USD/month",
    ]);
  });

  it("'ca. 11,050 men' is still a count", () => {
    expect(kindsOf("The North Korean force numbers ca. 11,050 men.")).toEqual(["ca. 11,050: troops-deployed"]);
  });
});

describe("telephone numbers and dates", () => {
  it("'+7 (495) 555-01-23' is a telephone number, not 555 troops", () => {
    expect(
      kindsOf(
        "North Korean soldiers are being recruited. The channel gives a Moscow number, +7 (495) 555-01-23, and a contact.",
      ),
    ).toEqual([]);
  });

  it("a date and a time in a dateline are read as such, not as a telephone number", () => {
    expect(
      skippedOf("The report, dated 2025-05-02 17:40, says about 11,050 North Korean troops are in Russia."),
    ).toEqual(["2025-05-02: date", "17:40: clock time"]);
  });
});

describe("what an average counts, and what is paid on return", () => {
  it("'a rate of about US$2,050 a month for each soldier and an average of 12,000 to 15,000 men' is pay, not a wage at home", () => {
    expect(
      kindsOf(
        "The estimate is based on a rate of about US$2,050 a month for each soldier and an average of 12,050 to 15,050 men in Russia at any one time.",
      ),
    ).toEqual(["about US$2,050 a month: pay-per-soldier", "12,050 to 15,050: troops-deployed"]);
  });

  it("an ordinary soldier's 'at most a hundred dollars a month,' paid only after returning home, is take-home pay", () => {
    expect(
      kindsOf(
        'A former official said an ordinary soldier would probably receive "at most a hundred dollars a month," and only after returning home.',
      ),
    ).toEqual(["at most a hundred dollars a month: soldier-take-home"]);
  });

  it("an ordinary soldier at home who earns an average of 3,050 won a month is paid at home", () => {
    expect(kindsOf("An ordinary soldier in North Korea earns an average of 3,050 won a month.")).toEqual([
      "3,050 won a month: domestic-wage",
    ]);
  });
});

describe("the speaker's next claim counts its own figure", () => {
  it("'about 11,050 North Koreans are in Kursk and that their losses have passed 3,050 killed and wounded' keeps the troops", () => {
    expect(
      lines(
        "Kyiv said about 11,050 North Koreans are in the Kursk region and that their losses have passed 3,050 killed and wounded.",
      ),
    ).toEqual(["about 11,050: troops-deployed, Kyiv", "passed 3,050: casualties-total, Kyiv"]);
  });
});

describe("losses, rates and allowances named by their nouns", () => {
  it("'North Korean losses in Russia top 3,850' counts losses, whatever 'in Russia' suggests", () => {
    expect(
      kindsOf(
        [
          "North Korean losses in Russia top 3,850, officials say.",
          "Their losses reached about 4,150, Kyiv said.",
          "North Korean losses of 310 killed were reported.",
        ].join("\n"),
      ),
    ).toEqual(["top 3,850: casualties-total", "about 4,150: casualties-total", "310: casualties-killed"]);
  });

  it("'a casualty rate of around 40 per cent of everyone they have sent' is a casualty rate", () => {
    expect(kindsOf("North Korea has a casualty rate of around 42 per cent of everyone it has sent.")).toEqual([
      "around 42 per cent: casualty-rate",
    ]);
  });

  it("a daily allowance issued to the North's soldiers is what they take home; Russia's own men's allowance is context", () => {
    expect(
      kindsOf(
        [
          "The North Korean soldiers themselves were issued only a daily allowance of 520 roubles for personal expenses.",
          "Russian contract soldiers get a daily allowance of 820 roubles.",
        ].join("\n"),
      ),
    ).toEqual(["520 roubles: soldier-take-home", "820 roubles: context"]);
  });

  it("a bill that 'has already run to' a sum has no period of its own, whatever the monthly rate before it", () => {
    expect(
      valued(
        "An economist estimates that Russia pays about 2,050 dollars a month per soldier, and that the bill has already run to 310 million dollars.",
      ).at(-1),
    ).toBe("310 million dollars: pay-total 310000000-310000000 USD/null");
  });
});

describe("sources named by other verbs", () => {
  it("'has given figures of' and 'assume that' state the figure", () => {
    expect(
      lines(
        [
          "Ukraine's military intelligence has given figures of more than 7,150 casualties.",
          "Analysts assume that Russia pays about $2,050 a month per soldier.",
        ].join("\n"),
      ).map((l) => l.replace(/^.*, /, "")),
    ).toEqual(["Ukraine's military intelligence", "Analysts"]);
  });

  it("'the South Korean intelligence service's estimate of US$2,050' is the service's, not the speaker's", () => {
    expect(
      lines(
        "The minister said the South Korean intelligence service's estimate of US$2,050 per soldier a month was consistent with his own information.",
      ),
    ).toEqual(["US$2,050 per soldier a month: pay-per-soldier, South Korean intelligence service"]);
  });
});

describe("near misses of the currency, telephone and clause rules", () => {
  it("a sum in zloty with its dollar conversion is read in dollars, its rate and speaker kept", () => {
    expect(
      valued("Russia pays Pyongyang 8,250 zloty (about $2,050) a month per soldier, a Polish defence analyst said."),
    ).toEqual(["8,250 zloty (about $2,050) a month per soldier: pay-per-soldier 2050-2050 USD/month"]);
  });

  it("an all-capitals headline's 'TRY 4,050' is a verb, not Turkish lira", () => {
    expect(
      kindsOf("Kim's generals send 4,050 new recruits to the front. KIM'S GENERALS TRY 4,050 NEW RECRUITS"),
    ).toEqual(["4,050: troops-deployed", "4,050: troops-deployed"]);
  });

  it("an average wage in dollars at home stays pay at home; 'and after returning home' without 'only' changes nothing", () => {
    expect(
      kindsOf(
        [
          "A North Korean soldier earns an average of 2 dollars a month, a defector said.",
          "An ordinary North Korean soldier is paid about 3 dollars a month, and after returning home from Kursk the veterans get nothing more.",
        ].join("\n"),
      ),
    ).toEqual(["2 dollars a month: domestic-wage", "about 3 dollars a month: domestic-wage"]);
  });

  it("a numbered list's '(2) 70-80 wounded' is a figure, not a telephone number", () => {
    expect(
      kindsOf(
        "The general staff listed the day's North Korean losses as (1) 40-50 killed and (2) 70-80 wounded.",
      ).filter((l) => !l.startsWith("2:")),
    ).toEqual(["40-50: casualties-killed", "70-80: casualties-wounded"]);
  });

  it("'and that counts only the dead' is the figure's own scope, not the speaker's next claim", () => {
    expect(kindsOf("Ukraine's general staff put the figure at about 1,650, and that counts only the dead.")).toEqual([
      "about 1,650: casualties-killed",
    ]);
  });

  it("'approx.' before a unit's initials still ends the sentence", () => {
    expect(
      lines(
        "The general staff cautioned that all its numbers were approx. KPA 94th Brigade alone lost about 1,950 killed in January, according to the Ukrainian count.",
      ).map((l) => l.replace(/^.*, /, "")),
    ).not.toContain("The general staff");
  });

  it("a conversion set off by commas does not take a bare 'each' that opens the next phrase", () => {
    expect(
      valued(
        "Russia transferred about $560 million, or roughly ¥84 billion, each payment routed through Chinese banks.",
      ),
    ).toEqual(["about $560 million, or roughly ¥84 billion: pay-total 560000000-560000000 USD/null"]);
  });
});

describe("near misses of losses, shares, allowances and aid", () => {
  it("a clause read where a name should be names no one", () => {
    const read = lines(
      [
        "The National Intelligence Service (NIS) gave the figure to parliament's intelligence committee, according to lawmaker Park Sun-ho.",
        "In April the agency had put the number of dead at about 650.",
        "It also gave the number of North Korean engineers the agency says are already in Russia as 10,050.",
      ].join("\n"),
    );
    expect(read.join("\n")).not.toMatch(/gave the (?:figure|number)/);
  });

  it("shares 'of everyone' in villages or polls are context; 'of everyone they have sent' is the force", () => {
    expect(
      kindsOf(
        [
          "Roughly 70 per cent of everyone in the Kursk villages fled before the North Korean casualties mounted.",
          "Nearly 60 per cent of everyone polled in Seoul believes the regime keeps the soldiers' pay.",
          "That is a casualty rate of around 42 per cent of everyone they have sent.",
        ].join("\n"),
      ),
    ).toEqual(["Roughly 70 per cent: context", "Nearly 60 per cent: context", "around 42 per cent: casualty-rate"]);
  });

  it("a stipend paid to the regime per soldier is pay; workers' and Russians' allowances are not the soldiers'", () => {
    expect(
      kindsOf(
        [
          "Russia pays Pyongyang a monthly stipend of $2,050 for each soldier it sends.",
          "Unlike the soldiers, North Korean construction workers in Russia get a daily allowance of $5.",
          "Moscow transfers a stipend of about $7,050 a year per soldier to the regime, while the men themselves keep little.",
          "Unlike Russian soldiers, the North Koreans are issued a daily allowance of 320 roubles.",
        ].join("\n"),
      ),
    ).toEqual([
      "$2,050: pay-per-soldier",
      "$5: context",
      "about $7,050 a year per soldier: pay-per-soldier",
      "320 roubles: soldier-take-home",
    ]);
  });

  it("reinforcements sent to make good the losses are troops", () => {
    expect(
      kindsOf(
        "Reinforcements sent to make good the losses now total 5,050 North Korean soldiers, a Ukrainian officer said.",
      ),
    ).toEqual(["5,050: troops-deployed"]);
  });

  it("aid pledged or provided to Ukraine is context, in whatever currency", () => {
    expect(
      kindsOf(
        [
          "Norway pledged 5 billion kroner (about $480 million) to Kyiv, as North Korea keeps troops in Russia.",
          "Germany has provided Ukraine with military support worth around €28 billion since 2022.",
          "Russia pays Pyongyang about $2,050 a month for each North Korean soldier.",
        ].join("\n"),
      ),
    ).toEqual([
      "5 billion kroner (about $480 million): context",
      "around €28 billion: context",
      "about $2,050 a month: pay-per-soldier",
    ]);
  });
});

describe("near misses of the clause-as-name check, shares of everyone, allowances and losses", () => {
  it("unnamed sources described by what they know, and titles with 'number' or 'figures', still speak", () => {
    expect(
      lines(
        [
          "A person familiar with what was said at the meeting told reporters that 650 North Korean soldiers had died.",
          "The Pentagon's number two told Congress that about 11,050 North Korean troops were in Kursk.",
          "Senior figures in Ukraine's military intelligence said about 4,050 North Korean soldiers had been killed or wounded.",
          "A source close to the team that was investigating the deployment said about 12,050 North Korean soldiers were in Russia.",
        ].join("\n"),
      ).map((l) => l.replace(/^[^:]*: [^,]*, /, "")),
    ).toEqual([
      "A person familiar with what was said at the meeting",
      "Pentagon's number two",
      "Senior figures in Ukraine's military intelligence",
      "A source close to the team that was investigating the deployment",
    ]);
  });

  it("shares of everyone sent, or of everyone in a unit, are casualty rates", () => {
    expect(
      kindsOf(
        [
          "About 30 per cent of everyone who was sent to Kursk has been killed or wounded.",
          "Nearly 40 per cent of everyone the North has sent is now dead or wounded.",
          "About 20 per cent of everyone in the first wave was killed within weeks.",
        ].join("\n"),
      ).map((l) => l.replace(/^.*: /, "")),
    ).toEqual(["casualty-rate", "casualty-rate", "casualty-rate"]);
  });

  it("the soldiers' own allowance is take-home however the words around it fall", () => {
    expect(
      kindsOf(
        [
          "North Korean soldiers in Kursk receive an allowance of about $105 a month.",
          "The soldiers are reportedly issued a daily allowance of 310 roubles.",
          "The soldiers' daily allowance of 510 roubles is paid in cash.",
          "Soldiers each get a small allowance of about $55 a month.",
        ].join("\n"),
      ).map((l) => l.replace(/^.*: /, "")),
    ).toEqual(["soldier-take-home", "soldier-take-home", "soldier-take-home", "soldier-take-home"]);
  });

  it("'to replace losses of about 4,050' counts the losses", () => {
    expect(kindsOf("Pyongyang has sent 3,050 more soldiers to replace losses of about 4,050 in Kursk.").at(-1)).toBe(
      "about 4,050: casualties-total",
    );
  });
});

describe("near misses of the mends above", () => {
  it("a name word spelled like a verb ('Jan Are Nilsen') still names the speaker", () => {
    expect(
      lines(
        "Norwegian researcher Jan Are Nilsen said about 3,050 North Korean soldiers had been killed or wounded.",
      )[0],
    ).toBe("about 3,050: casualties-total, Jan Are Nilsen");
  });

  it("allowances of officers, of Russia's men or of guards are not the soldiers' take-home", () => {
    expect(
      kindsOf(
        [
          "Officers commanding the soldiers in Kursk draw a daily allowance of $45, a defector said.",
          "Soldiers in Russian units receive an allowance of 2,050 roubles a day.",
          "The men Russia recruits get a daily allowance of 3,050 roubles.",
          "Ukrainian guards watching captured North Korean soldiers in Kyiv receive a daily allowance of $15.",
        ].join("\n"),
      ).filter((l) => l.endsWith("soldier-take-home")),
    ).toEqual([]);
  });

  it("'some 1,150 wounded and the dead have not yet been counted' and 'about 410 dead and wounded more than 1,050 Ukrainians' keep their own kinds", () => {
    expect(
      kindsOf(
        [
          "North Korean units have lost some 1,150 wounded and the dead have not yet been counted.",
          "The North Korean battalion lost about 410 dead and wounded more than 1,050 Ukrainian defenders.",
        ].join("\n"),
      ).slice(0, 2),
    ).toEqual(["some 1,150: casualties-wounded", "about 410: casualties-killed"]);
  });
});

describe("each soldier's stipend", () => {
  it("'Each soldier receives a stipend of $125 a month' is take-home", () => {
    expect(kindsOf("Each soldier receives a stipend of $125 a month, a defector said.")).toEqual([
      "$125 a month: soldier-take-home",
    ]);
  });
});
