import { describe, expect, it } from "vitest";
import { claimLine, extractInvented } from "../support/invented.ts";

/** One invented article of the Northgate Review: its claims and the numbers it skipped with their reasons. */
function read(body: string): { claims: string[]; skipped: string[] } {
  const out = extractInvented({ title: "Invented review", publisher: "Northgate Review", slug: "review" }, body);
  return { claims: out.claims.map((c) => claimLine(c)), skipped: out.skipped.map((k) => `${k.text}: ${k.reason}`) };
}

describe("a study's interval and its level of confidence", () => {
  it("are no figures of their own; the estimate they bound is", () => {
    const { claims, skipped } = read(
      "The records indicate a mean transfer of USD 2,150 per soldier per month (95% CI 1,950–2,350) to a state account.",
    );
    expect(claims).toEqual(["USD 2,150 per soldier per month: pay-per-soldier, nobody, asserts, disputed by nobody"]);
    expect(skipped).toEqual(["95%: a confidence level", "1,950–2,350: a confidence interval"]);
  });

  it("in words too: 'a 90% confidence interval of 1,050 to 2,050'", () => {
    const { claims, skipped } = read(
      "The institute estimates that 1,550 North Korean soldiers were killed, with a 90% confidence interval of 1,050 to 2,050.",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/^1,550: casualties-killed/);
    expect(skipped).toEqual(["90%: a confidence level", "1,050 to 2,050: a confidence interval"]);
  });
});

describe("a writer who finds no support for a figure, or thinks it too high", () => {
  it("'We find no support for the claim of a $5,050 monthly payment' rejects it", () => {
    expect(read("We find no support for the claim of a $5,050 monthly payment circulated last year.").claims).toEqual([
      "$5,050 monthly: pay-per-soldier, nobody, disputes, disputed by nobody",
    ]);
  });

  it("'The 2,050 seems too high to this reviewer' disputes the author's figure named before, in the review's name", () => {
    const { claims, skipped } = read(
      "Feld puts the dead at about 2,050 by the summer. The 2,050 seems too high to this reviewer.",
    );
    expect(claims).toEqual(["about 2,050: casualties-killed, Feld, asserts, disputed by Northgate Review"]);
    expect(skipped).toEqual(["2,050: names again the value 2,050 given before, to judge it false"]);
  });
});

describe("money paid to companies, other armies, and a deployment called an escalation", () => {
  it("what a firm received for transporting personnel is context, not the price of the deployment", () => {
    expect(
      read(
        "North Korean soldiers were flown to Russia. Dalnevostok Logistics LLC, a Russian firm, received $4.55 million for transporting personnel.",
      ).claims,
    ).toEqual(["$4.55 million: context, nobody, asserts, disputed by nobody"]);
  });

  it("a minister's own country's forces, in a clause after his name and age, are context and he speaks", () => {
    const { claims } = read(
      "Defence Minister Hiro Nakatani, 67, said Japan's Self-Defense Forces, which number about 247,050 personnel, had not changed their posture.",
    );
    expect(claims).toEqual([
      "67: biography, Hiro Nakatani, asserts, disputed by nobody",
      "about 247,050: context, Hiro Nakatani, asserts, disputed by nobody",
    ]);
  });

  it("'deployment of more than 11,050 troops is a grave escalation' is a deployment, not a projection", () => {
    expect(
      read("“The deployment of more than 11,050 North Korean troops is a grave escalation,” said Michael Faulk.")
        .claims,
    ).toEqual(["more than 11,050: troops-deployed, Michael Faulk, asserts, disputed by nobody"]);
  });
});

describe("losses a passive names, and a claim the writer rejects with its figure in quotation marks", () => {
  it("'300 North Korean soldiers have been lost in Kursk' counts losses, not the troops sent", () => {
    expect(read("In all, 350 North Korean soldiers have been lost in Kursk.").claims).toEqual([
      "350: casualties-total, nobody, asserts, disputed by nobody",
    ]);
    expect(read("11,050 North Korean troops were sent to Kursk, where ground had been lost.").claims).toEqual([
      "11,050: troops-deployed, nobody, asserts, disputed by nobody",
    ]);
  });

  it("'We also reject the claim, made in propaganda channels, that “fewer than 150” … have been lost' rejects it", () => {
    expect(
      read(
        "We also reject the claim, made in Russian propaganda channels on 12 February, that “fewer than 150” North Koreans have been lost.",
      ).claims,
    ).toEqual(["fewer than 150: casualties-total, nobody, disputes, disputed by nobody"]);
  });
});

describe("a roundup of several speakers, a count of one spot, and a soldier's own share", () => {
  it("'…; Pentagon spokesman Patrick Rode declined to give a number but said losses were “in the hundreds”' is Rode's", () => {
    expect(
      read(
        "On losses: Kyiv said about 4,050 North Koreans had been killed or wounded; South Korea's spy agency told lawmakers it was lower; Pentagon spokesman Patrick Rode declined to give a number but said losses were “in the hundreds of killed”.",
      ).claims[1],
    ).toMatch(/^hundreds: casualties-killed, Patrick Rode, asserts/);
  });

  it("'We counted 47 bodies in one field' counts one field", () => {
    const [claim] = extractInvented(
      { title: "Invented quote", publisher: "Northgate Review", slug: "field" },
      "“We counted 47 bodies in one field,” said a Ukrainian medic, Olena Hrytsenko.",
    ).claims;
    expect([claim?.kind, claim?.scope]).toEqual(["casualties-killed", "only in one field"]);
  });

  it("'a former soldier … said he was told he would receive 10 percent' is his share, not the regime's", () => {
    const { claims } = read(
      "Russia pays the state about $1,850 per soldier per month. One former soldier said he was told he would receive 10 percent, or about $185, but that he was paid nothing. The state keeps the rest.",
    );
    expect(claims[1]).toMatch(/^10 percent: context,/);
  });
});

describe("near misses of these readings", () => {
  it("a country that has soldiers from the North, and an escalation to a higher count", () => {
    expect(read("The NIS said that Russia has about 11,050 soldiers from the North in Kursk.").claims[0]).toMatch(
      /^about 11,050: troops-deployed, NIS,/,
    );
    expect(
      read("Officials said an escalation to 30,050 North Korean troops was possible by spring.").claims[0],
    ).toMatch(/^30,050: troops-projected,/);
    expect(
      read("Oleh Marchuk said Russia's forces in Kursk, which number about 50,050, were joined by North Korean units.")
        .claims[0],
    ).toMatch(/^about 50,050: context,/);
  });

  it("too few for a task, a range with no estimate inside it, and pay in an army company", () => {
    const task = read(
      "The NIS said 11,050 North Korean troops had been sent. The 11,050 looks too low to hold the line in Kursk for long.",
    ).claims;
    expect(task[0]).toBe("11,050: troops-deployed, NIS, asserts, disputed by nobody");
    expect(
      read("Analysts give an uncertainty range of 10,050 to 12,050 North Korean troops in Kursk.").claims[0],
    ).toMatch(/^10,050 to 12,050: troops-deployed,/);
    expect(read("Each soldier in the company received about $2,050 a month, a defector said.").claims[0]).toMatch(
      /^about \$2,050 a month: (?:pay-per-soldier|soldier-take-home),/,
    );
    expect(
      read(
        "A North Korean state trading firm received $205 million for the troops Pyongyang sent to Russia, the Treasury said.",
      ).claims[0],
    ).toMatch(/^\$205 million: pay-total,/);
  });

  it("soldiers 'lost to' the labour force, and a doubt about a revision, not about the figure", () => {
    expect(
      read("About 12,050 soldiers were lost to Pyongyang's labour force when they were sent to Russia.").claims[0],
    ).toMatch(/^About 12,050: troops-deployed,/);
    expect(
      read("We doubt the ministry will revise its tally of “3,050” North Korean soldiers killed.").claims[0],
    ).toMatch(/^3,050: casualties-killed, nobody, asserts,/);
  });
});

describe("won paid to a soldier back home", () => {
  it("is the North's won", () => {
    const [claim] = extractInvented(
      { title: "Invented report", publisher: "Northgate Review", slug: "won" },
      "One former soldier said he was paid nothing until he returned home, and then only 250,000 won in cash.",
    ).claims;
    expect(claim?.value.unit).toBe("KPW");
  });
});

describe("other countries' soldiers and a poll's question", () => {
  it("an allowance Washington paid South Korean troops in Vietnam is context", () => {
    expect(
      read(
        "South Korea sent about 320,050 troops to Vietnam from 1965. Washington paid them a combat allowance of about $45 a month.",
      ).claims[1],
    ).toMatch(/^about \$45 a month: context,/);
  });

  it("'A South Korean deployment of even 1,050 soldiers would …' is another army, while a North Korean one is projected", () => {
    expect(
      read("A South Korean deployment of even 1,050 soldiers would turn a proxy war into a direct confrontation.")
        .claims[0],
    ).toMatch(/^1,050: context,/);
    expect(read("A North Korean deployment of 15,050 soldiers would change the war, the NIS said.").claims[0]).toMatch(
      /^15,050: troops-projected, NIS,/,
    );
  });

  it("'the pay question reflected …' is a poll's question, no doubt of the figure", () => {
    expect(
      read(
        "The research director, Jung Da-eun, said the pay question reflected “what people have read about the $2,050 a month”.",
      ).claims[0],
    ).toMatch(/disputed by nobody$/);
  });
});
