/**
 * What a site audit of twelve more invented articles and a review of the rules before it found: judges and analysts
 * who doubt a figure in its own sentence, polls, courts, a letter's salutation, a podcast guest who rejects a figure,
 * interviews that say they are interviews, and ceilings and honours that look like denials and tolls.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

const ALIASES = readAliases("content/aliases.yaml");

/** Each claim of an invented article as "figure | kind | credit | disputed by | scope". */
function read(lines: readonly string[]): string[] {
  const fm = 'title: "Invented report"\npublisher: "Verity Desk"\npublished: 2025-03-25';
  const a = parseArticle("content/articles/inv.md", new TextEncoder().encode(`---\n${fm}\n---\n${lines.join("\n")}\n`));
  return extractCorpus([a], ALIASES).claims.map(
    (c) =>
      `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? "-"} | ${c.disputedBy?.name ?? "-"} | ${c.scope ?? "-"}`,
  );
}

describe("who doubts a figure in its own sentence", () => {
  it("'…, a figure some analysts think is too low' is the NIS's, disputed by the analysts, never by the NIS", () => {
    expect(
      read([
        "South Korea's National Intelligence Service has said that about 600 North Korean soldiers were killed in Russia, a figure some analysts think is too low.",
      ])[0],
    ).toBe("about 600 | casualties-killed | South Korea's National Intelligence Service | analysts | -");
  });

  it("'… put the number at about 11,000, and that Choi's figure had been invented' judges Choi's, not the NIS's", () => {
    expect(
      read([
        "Choi told the court that 40,000 North Korean troops were in Russia. The judge noted that South Korea's National Intelligence Service put the number at about 11,000 at the time, and that Choi's figure had been invented.",
      ])[1],
    ).toBe("about 11,000 | troops-deployed | South Korea's National Intelligence Service | - | -");
  });

  it("'rejected that testimony' disputes what the witness said", () => {
    expect(
      read([
        "In court, Choi insisted that the soldiers were paid $2,000 a month by Russia. Judge Yoon Seo-hyun rejected that testimony as hearsay.",
      ])[0],
    ).toBe("$2,000 a month | pay-per-soldier | Choi | Judge Yoon Seo-hyun | -");
  });

  it("a podcast guest's 'I don't buy the $2,000 figure at all' disputes the host's $2,000 and gives no $2,000 of hers", () => {
    const claims = read([
      "MARA QUINN: The figure everyone quotes is $2,000 a month per soldier.",
      "BAEK SOO-AH: I don't buy the $2,000 figure at all. I think Moscow pays the state closer to $800 a head.",
    ]);
    expect(claims[0]).toBe("$2,000 a month per soldier | pay-per-soldier | Mara Quinn | Baek Soo-Ah | -");
    expect(claims.filter((c) => c.startsWith("$2,000 |"))).toEqual([]);
  });
});

describe("numbers that are no soldiers' pay, share or count", () => {
  it("a poll's percentages are shares of those polled", () => {
    for (const c of read([
      'Of 1,004 adults questioned, 68 percent said they thought the regime kept "most or all" of the soldiers\' pay, while 9 percent thought the soldiers received most of it.',
    ]))
      expect(c).toMatch(/ \| context \| /);
  });

  it("an average wage in roubles in the Kursk region, a court's fine and a fraud's takings are context", () => {
    expect(
      read(["The average monthly salary in the Kursk region is about 62,000 roubles, the statistics office said."])[0],
    ).toMatch(/\| context \|/);
    for (const c of read([
      "The defendant was also fined 15 million won. According to the ruling, he collected a total of 42 million won from 11 families.",
    ]))
      expect(c).toMatch(/\| context \|/);
  });

  it("'1,600 personnel at most in that one movement' counts one movement only", () => {
    expect(
      read([
        '"We are talking about 1,600 personnel at most in that one movement," the spokesperson Katrin Lund said.',
      ])[0],
    ).toMatch(/\| only in that one movement$/);
  });

  it("a letter's 'Sir,' is no person, and 'is reported to pay' after the NIS's figure is no figure of the NIS's", () => {
    expect(
      read([
        "Sir, in your edition of 12 February you reported that 100,000 North Korean soldiers were fighting for Russia.",
      ])[0],
    ).not.toMatch(/\| Sir \|/);
    expect(
      read([
        "South Korea's National Intelligence Service says about 11,000 North Korean troops have been sent to Russia, and Moscow is reported to pay around $2,000 a month for each of them.",
      ])[1],
    ).toMatch(/^around \$2,000 a month \| pay-per-soldier \| - \|/);
  });
});

describe("interviews that say they are interviews", () => {
  it("an explainer with questions as headings credits its answers to no one", () => {
    const claims = read([
      "Defence analyst Kim Tae-woo has long warned of closer ties between Moscow and Pyongyang.",
      "How many soldiers have been sent?",
      "Around 11,000 troops have been sent, officials say.",
      "Are they being paid?",
      "Each soldier is believed to earn about $2,000 a month.",
    ]);
    expect(claims.some((c) => c.includes("| Kim Tae-woo |"))).toBe(false);
  });

  it("the one the introduction names answers, only in the paragraph after each question", () => {
    const claims = read([
      "We spoke to Major Oleh Savchuk, a Ukrainian intelligence officer, in Kyiv.",
      "Last month Defence Minister Rustem Umerov said 3,000 North Koreans had been killed.",
      "Is that right?",
      "I think the real number is closer to 4,000 killed.",
      "How many are still fighting?",
      "Perhaps 8,000 remain at the front.",
      "Verity Desk could not verify his figures. Earlier this month, some 600 North Koreans were reported wounded.",
    ]);
    expect(claims).toContain("3,000 | casualties-killed | Rustem Umerov | - | -");
    expect(claims).toContain("closer to 4,000 | casualties-killed | Oleh Savchuk | - | -");
    expect(claims.find((c) => c.startsWith("some 600"))).not.toMatch(/Oleh Savchuk/);
  });

  it("a prisoner named from the DPRK, or as North Korean later in the paragraph, keeps his unit's losses", () => {
    expect(
      read([
        'Ri Jong-hyok, a 20-year-old rifleman from the DPRK, said: "My unit lost 11 men killed and 34 wounded."',
      ]).find((c) => c.startsWith("11 |")),
    ).toMatch(/^11 \| casualties-killed \|/);
    expect(
      read([
        'Ri Jong-hyok spoke from a detention centre in Kyiv. "My unit lost 11 men killed and 34 wounded," he said. Ri, a North Korean soldier, was captured in January.',
      ])[0],
    ).toMatch(/^11 \| casualties-killed \|/);
  });
});

describe("ceilings and honours", () => {
  it("'No unit lost more than 300 men' and 'No one has sent more than 12,000 men' are the speaker's ceilings", () => {
    expect(read(['"No unit lost more than 300 men," said Colonel Ivan Petrenko.'])[0]).toMatch(
      /^more than 300 \| casualties-total \| Ivan Petrenko \| - \|/,
    );
    expect(read(['"No one has sent more than 12,000 men," said Lee Sung-jin, an analyst.'])[0]).toMatch(
      /^more than 12,000 \| troops-deployed \| Lee Sung-jin \| - \|/,
    );
    // A figure named only to deny it stays denied.
    expect(read(["No one has sent anything like 30,000 soldiers, the official said."])[0]).not.toMatch(
      /\| the official \|/,
    );
  });

  it("those honoured for bravery, posthumously, or as those who served are context; a battle's fighters are no count over time", () => {
    for (const line of [
      "Kim Jong Un posthumously awarded the title Hero of the DPRK to 18 soldiers killed in Kursk, KCNA reported.",
      "Kim Jong Un decorated 300 soldiers for bravery in Kursk, KCNA reported.",
    ])
      expect(read([line])[0]).toMatch(/\| context \|/);
    expect(read(["About 3,000 North Koreans fought in the battle of Sudzha, Ukraine said."])[0]).toMatch(/\| -$/);
  });
});
