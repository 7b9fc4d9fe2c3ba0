import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Tidewater Post, read whole, and its claims as lines. */
const { extract, read } = inventedReader("Tidewater Post");

describe("another army's losses", () => {
  it("'Russia lost 1,630 troops …, bringing its total losses … to about 822,000' counts Russia's, not North Korea's", () => {
    const out = extract(
      "According to the Ukrainian General Staff, Russia lost 1,670 troops on the previous day alone, bringing its total losses since February 2022 to about 822,070.",
    );
    expect(out.claims.map((c) => [c.figure, c.kind])).toEqual([
      ["1,670", "context"],
      ["about 822,070", "context"],
    ]);
    // (After a paragraph of other figures, with no source before it.)
    expect(
      extract(
        [
          "Russian forces as a whole lost 1,870 personnel.",
          "Russia lost 1,670 troops on the previous day alone, bringing its total losses since February 2022 to about 822,070.",
        ].join("\n"),
      ).claims.map((c) => [c.figure, c.kind]),
    ).toEqual([
      ["1,870", "context"],
      ["1,670", "context"],
      ["about 822,070", "context"],
    ]);
  });

  it("'Russian forces as a whole lost 1,810 personnel' is Russia's loss", () => {
    expect(
      read("In the past 24 hours, Russian forces as a whole lost 1,870 personnel, according to the General Staff."),
    ).toEqual(["1,870: context, General Staff, asserts, disputed by nobody"]);
  });

  it("a North Korean total its own daily losses bring it to stays North Korea's", () => {
    expect(read("North Korea lost 370 troops last week, bringing its total losses to 4,070.")).toEqual([
      "370: casualties-total, nobody, asserts, disputed by nobody",
      "4,070: casualties-total, nobody, asserts, disputed by nobody",
    ]);
  });
});

describe("the force that losses are among", () => {
  it("'nearly 5,000 casualties among the roughly 15,000 troops it has sent' counts the force, not casualties", () => {
    const out = extract(
      "North Korea has suffered nearly 5,070 casualties among the roughly 15,070 troops it has sent to Russia, the NIS said.",
    );
    expect(out.claims.map((c) => [c.figure, c.kind])).toEqual([
      ["nearly 5,070", "casualties-total"],
      ["roughly 15,070", "troops-deployed"],
    ]);
  });
});

describe("money that is not a soldier's monthly pay", () => {
  it("compensation for the fallen, 'per death', is no pay", () => {
    expect(
      read(
        "The rest of the estimate comes from Russian compensation for fallen soldiers, which the forum put at about $30,070 per death.",
      )[0],
    ).toMatch(/^about \$30,070: context,/);
    expect(read("Families receive compensation, and soldiers are paid $2,070 a month.")[0]).toMatch(
      /^\$2,070 a month: pay-per-soldier,/,
    );
  });

  it("what soldiers get 'on paper' is the pay, not what reaches them", () => {
    expect(read("North Korean soldiers get $2,070 a month on paper, but the state keeps 70 per cent.")[0]).toMatch(
      /^\$2,070 a month: pay-per-soldier,/,
    );
    expect(read("North Korean soldiers get about $170 a month.")[0]).toMatch(
      /^about \$170 a month: soldier-take-home,/,
    );
  });
});

describe("troops to come and troops there now", () => {
  it("'may triple its contingent, sending as many as 30,000 additional soldiers' and 'preparing a second rotation of about 1,500' are plans", () => {
    expect(
      read(
        "Kyiv believes North Korea may triple its contingent in Russia, sending as many as 30,070 additional soldiers in the coming months.",
      )[0],
    ).toMatch(/^as many as 30,070: troops-projected,/);
    expect(read("The NIS said Pyongyang appears to be preparing a second rotation of about 1,570 troops.")[0]).toMatch(
      /^about 1,570: troops-projected,/,
    );
  });

  it("'have moved into Kursk, where they are expected to join combat' are there now; a month past is no plan", () => {
    expect(
      read(
        "The Pentagon said that roughly 10,070 North Korean soldiers have moved into the Kursk region, where they are expected to join combat.",
      )[0],
    ).toMatch(/^roughly 10,070: troops-deployed,/);
    expect(read("North Korea sent 3,070 more troops last month and will send more in the coming months.")[0]).toMatch(
      /^3,070: troops-deployed,/,
    );
  });
});

describe("counts of pictures and a headline's verbs", () => {
  it("'a wall of 101 portraits of soldiers killed' counts portraits", () => {
    const out = extract("State media showed Kim before a wall of 107 portraits of soldiers killed in the fighting.");
    expect(out.claims).toEqual([]);
    expect(out.skipped.map((k) => `${k.text}: ${k.reason}`)).toEqual(['107: counts "portraits", not people']);
  });

  it("'losses … top 4,000' is at least 4,000; 'the top 2,000 officers' is 2,000", () => {
    const top = extract("North Korean losses in Kursk top 4,070, Zelensky says.").claims[0];
    expect([top?.value.min, top?.value.max]).toEqual([4070, null]);
    const ranked = extract("The top 2,070 officers were sent to Russia.").claims[0];
    expect([ranked?.value.min, ranked?.value.max]).toEqual([2070, 2070]);
  });

  it("'Kremlin dismisses reports … as “fake”, Kyiv says 11,000 already in Kursk': Kyiv's figure, disputed by no one it names", () => {
    expect(
      read("Kremlin dismisses reports of North Korean troops as 'fake', Kyiv says 11,070 already in Kursk."),
    ).toEqual(["11,070: troops-deployed, Kyiv, asserts, disputed by nobody"]);
    expect(
      read(
        "The Kremlin dismissed reports of North Korean troops as fake, while Kyiv says 11,070 are already in Kursk.",
      ),
    ).toEqual(["11,070: troops-deployed, Kyiv, asserts, disputed by nobody"]);
    expect(read("Peskov dismissed the claim that 11,070 troops are in Kursk.")).toEqual([
      "11,070: troops-deployed, nobody, asserts, disputed by Peskov",
    ]);
  });
});

describe("a person described, then 'he said'; a quotation that opens before 'not'", () => {
  it("'…, he said' after 'a former North Korean army officer said' credits the officer", () => {
    const out = extract(
      [
        'A former North Korean army officer who defected in 2019 said the soldiers would receive no more than $170 a month. "The state will take at least 90 per cent," said the defector.',
        "Back home, an ordinary soldier's monthly allowance is about 2,070 North Korean won, he said.",
      ].join(" "),
    );
    expect(out.claims.find((c) => c.figure === "about 2,070 North Korean won")?.attributedTo?.name).toBe(
      "A former North Korean army officer",
    );
  });

  it("'the numbers were “not 15,000, not 10,000, not a single one”' are denied, not given", () => {
    const out = extract(
      "The NIS says 15,070 North Korean soldiers are in Russia. The Russian embassy said the numbers were “not 15,070, not 10,070, not a single one”.",
    );
    const denied = out.claims.filter((c) => c.line === 1 && c.figure === "15,070" && c.quoteStart > 0);
    expect(denied.map((c) => [c.stance, c.attributedTo?.name ?? null, c.disputedBy?.name])).toEqual([
      ["disputes", null, "Russian embassy"],
    ]);
  });
});

describe("a headline that names its source in a label", () => {
  /** The credit of each headline figure, for an article whose first line is its title. */
  function headlineCredits(title: string, body: string): (string | null)[] {
    const a = parseArticle(
      "content/articles/wire.md",
      new TextEncoder().encode(
        `---\ntitle: "${title}"\npublisher: "Tidewater Post"\npublished: 2025-03-04\n---\n${title}\n${body}\n`,
      ),
    );
    return extractCorpus([a])
      .claims.filter((c) => c.figureStart < title.length)
      .map((c) => c.attributedTo?.name ?? null);
  }

  it("'Zelensky: …' and '…: NIS' credit the source the body gives the same figure to", () => {
    expect(
      headlineCredits(
        "Zelensky: North Korean losses in Kursk top 4,070",
        "President Volodymyr Zelensky said on Monday that North Korean losses in Kursk had passed 4,070.",
      ),
    ).toEqual(["Volodymyr Zelensky"]);
    expect(
      headlineCredits(
        "N. Korean casualties in Russia rise to 3,470: NIS",
        "The NIS said on Thursday that about 3,470 North Korean soldiers had been killed or wounded.",
      ),
    ).toEqual(["NIS"]);
  });

  it("a label that is not the body's source credits no one", () => {
    expect(
      headlineCredits(
        "Analysis: North Korean losses in Kursk top 4,070",
        "President Volodymyr Zelensky said on Monday that North Korean losses in Kursk had passed 4,070.",
      ),
    ).toEqual([null]);
  });
});
