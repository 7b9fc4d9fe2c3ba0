import { describe, expect, it } from "vitest";
import { compareArticles, inventedReader, ledgerArticle } from "../support/invented.ts";

/** One invented article of the Quayside Courier, read whole, and its claims as lines. */
const { extract, read } = inventedReader("Quayside Courier");

describe("a British minister's style and the letters after a name", () => {
  it("'Rt Hon … MP' is no part of her name: one person, however she is styled", () => {
    const out = extract(
      [
        "Witness: Rt Hon Miriam Holloway MP, Minister of State for Europe.",
        "Miriam Holloway: We assess that around 11,070 North Korean troops are in the Kursk region.",
        "Rt Hon Miriam Holloway said 3,070 had been killed or wounded.",
        "Miriam Holloway MP said a further 1,070 had arrived in April.",
      ].join("\n"),
    );
    expect(out.claims.map((c) => c.attributedTo?.name)).toEqual([
      "Miriam Holloway",
      "Miriam Holloway",
      "Miriam Holloway",
    ]);
    expect(out.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Miriam Holloway"]);
  });

  it("'X, the Minister of State, said' and 'X, the Deputy Director of the NIS, said' credit X, not the office", () => {
    expect(read("Miriam Holloway MP, the Minister of State, said 3,070 had been killed or wounded.")).toEqual([
      "3,070: casualties-total, Miriam Holloway, asserts, disputed by nobody",
    ]);
    expect(read("Paek Sung-ho, the Deputy Director of the NIS, said 3,070 had been killed.")).toEqual([
      "3,070: casualties-killed, Paek Sung-ho, asserts, disputed by nobody",
    ]);
    expect(read("Paek Sung-ho, Deputy Director of the NIS, said 3,070 had been killed.")).toEqual([
      "3,070: casualties-killed, Paek Sung-ho, asserts, disputed by nobody",
    ]);
  });
});

describe("countries named by their state's name", () => {
  it("the Republic of Korea, Cuba and the Russian Federation are bodies, never people", () => {
    const out = extract(
      [
        "The Republic of Korea announced an additional $170 million in humanitarian assistance to Ukraine.",
        "Cuba said it had broken up a ring that sent 17 young men to Russia.",
        "The Russian Federation says 11,070 North Korean soldiers are in Kursk.",
      ].join("\n"),
    );
    const named = out.entities.filter((e) => /Korea|Cuba|Russian/.test(e.name));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((e) => e.type === "person")).toEqual([]);
  });
});

describe("who inflicted a loss is not whose loss it is", () => {
  it("'Kyiv said it had lost 40 soldiers to North Korean drone teams' is Ukraine's loss, context", () => {
    expect(read("Kyiv said it had lost 47 soldiers to North Korean drone teams in the past week.")).toEqual([
      "47: context, Kyiv, asserts, disputed by nobody",
    ]);
  });

  it("a brigade that lost soldiers to North Korean drone teams, named or not, lost its own", () => {
    expect(read("Ukraine's 47th Brigade lost 47 soldiers to North Korean drone teams in a week.")[0]).toMatch(
      /^47: context,/,
    );
    expect(read("The brigade lost 47 soldiers to North Korean drone teams.")[0]).toMatch(/^47: context,/);
  });

  it("a loss of North Korean soldiers to the other side's drones stays theirs", () => {
    expect(read("Russia said it lost 370 North Korean soldiers to Ukrainian drones.")[0]).toMatch(
      /^370: casualties-total, Russia,/,
    );
    expect(read("The North Korean unit lost 370 men to Ukrainian drones.")[0]).toMatch(/^370: casualties-total,/);
  });
});

describe("a bare number the North sends", () => {
  it("'Pyongyang had sent an additional 3,000 to Russia' counts troops sent, as an increase", () => {
    const out = extract("The NIS said Pyongyang had sent an additional 3,070 to Russia.");
    expect(out.claims.map((c) => [c.figure, c.kind, c.attributedTo?.name, c.scope])).toEqual([
      ["3,070", "troops-deployed", "NIS", "additional troops (an increase)"],
    ]);
  });

  it("'a second batch of 3,000' after a sentence about troops counts them", () => {
    expect(
      read("North Korean troops are fighting in Kursk. North Korea has sent a second batch of 3,070, the NIS said."),
    ).toEqual(["3,070: troops-deployed, NIS, asserts, disputed by nobody"]);
  });

  it("a number sent after a sentence about shells is no head count", () => {
    const out = extract("Pyongyang has also sent artillery shells. North Korea has sent about 170 to the front.");
    expect(out.claims).toEqual([]);
    expect(out.skipped.map((k) => k.text)).toContain("about 170");
  });
});

describe("a figure a body is said never to have confirmed", () => {
  it("'The Kremlin has never confirmed the presence of the 12,000 troops' credits the Kremlin with nothing", () => {
    const out = extract("The Kremlin has never confirmed the presence of the 12,070 troops.");
    expect(out.claims).toEqual([]);
    expect(out.skipped.map((k) => `${k.text}: ${k.reason}`)).toEqual([
      "12,070: a figure a source is said not to have given, not stated",
    ]);
  });

  it("a body that confirms the presence of a force gives its figure", () => {
    expect(read("The Kremlin has confirmed the presence of 12,070 North Korean troops.")[0]).toMatch(
      /^12,070: troops-deployed, Kremlin,/,
    );
  });
});

describe("sources named in a translated wire's words", () => {
  it("'According to the deputy, Lee Seong-kweun, …' credits the deputy by his name", () => {
    expect(
      read(
        "According to the deputy, Kwon Tae-min, Pyongyang could receive around $2,070 per month for each soldier.",
      )[0],
    ).toMatch(/^around \$2,070 per month: pay-per-soldier, Kwon Tae-min,/);
  });

  it("'put N. Korean casualties at 4,000', 'for its part', 'had evaluated … that' and 'advances a figure of' credit the body", () => {
    expect(
      read(
        "Ukraine's military intelligence, for its part, put N. Korean casualties at 4,070, of whom about 1,070 were killed.",
      ),
    ).toEqual([
      "4,070: casualties-total, Ukraine's military intelligence, asserts, disputed by nobody",
      "about 1,070: casualties-killed, Ukraine's military intelligence, asserts, disputed by nobody",
    ]);
    expect(read("The NIS had evaluated in January that 12,070 soldiers had been sent.")[0]).toMatch(
      /^12,070: troops-deployed, NIS,/,
    );
    expect(read("Kyiv for its part advances a figure of 4,070 North Korean soldiers killed or wounded.")[0]).toMatch(
      /^4,070: casualties-total, Kyiv,/,
    );
  });
});

describe("pages only for people, again", () => {
  it("no person called 'Finally', 'Can', 'New Delhi', 'Hanwha Aerospace' or 'S. Korea'", () => {
    const a = ledgerArticle(
      "brief",
      [
        'Finally, the article said that our analyst, Dr. Naomi Farrow, is "a former CIA officer".',
        "Q: There were reports of 47 North Korean soldiers captured. Can you confirm?",
        "New Delhi/Seoul: S. Korea's spy agency on Thursday said around 370 N. Korean soldiers have died.",
        "Shares of South Korean defence firm Hanwha Aerospace rose 3.2 percent on the news.",
      ].join("\n"),
    );
    const data = compareArticles(a);
    const people = data.people.filter((p) => p.type === "person").map((p) => p.name);
    for (const name of ["Finally", "Can", "New Delhi", "Hanwha Aerospace", "S. Korea"])
      expect(people).not.toContain(name);
    expect(people).toContain("Naomi Farrow");
  });
});
