/**
 * Who answers an interview set as questions in headings and a written parliamentary answer; a speaker's own unit
 * counted in the first person; and counts of a stretch of time, of an increase over a stretch, of all who served
 * over time and of a sum over a whole tour, told apart from counts of the whole force. Invented articles.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { relate } from "../../src/lib/compare/relations.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

const ALIASES = readAliases("content/aliases.yaml");

/** An invented article of the given lines. */
function article(slug: string, lines: readonly string[], published = "2025-02-06"): Article {
  const fm = `title: "Invented report"\npublisher: "Verity Desk"\npublished: ${published}`;
  return parseArticle(
    `content/articles/${slug}.md`,
    new TextEncoder().encode(`---\n${fm}\n---\n${lines.join("\n")}\n`),
  );
}

/** Each claim as "figure | kind | credit | disputed by | scope". */
function read(lines: readonly string[]): string[] {
  return extractCorpus([article("inv", lines)], ALIASES).claims.map(
    (c) =>
      `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? (c.attributedAs ? `as: ${c.attributedAs}` : "-")}${c.relayedBy ? ` via ${c.relayedBy.name}` : ""} | ${c.disputedBy?.name ?? "-"} | ${c.scope ?? "-"}`,
  );
}

const INTERVIEW = [
  "Major Petro Ostapenko, 41, commands an assault battalion of Ukraine's 33rd Brigade near Sudzha. We spoke to him by phone.",
  "When did you first meet North Korean units?",
  "In late December. We were holding about three kilometres of front with around 350 men.",
  "How many did you face?",
  "Perhaps 900 to 1,100 men opposite us. Overall, our General Staff says there are about 11,000 North Koreans in Kursk.",
  "What about the reports of mass casualties?",
  "I have seen claims on Telegram that 2,500 North Koreans died in one night. That is nonsense.",
  "And your own losses?",
  "My unit lost 9 men killed and 27 wounded in January.",
];

describe("an interview set as questions in headings", () => {
  const claims = read(INTERVIEW);

  it("credits the answers to the person introduced before the first question, never the publication", () => {
    expect(claims).toContain(
      "Perhaps 900 to 1,100 | troops-deployed | Petro Ostapenko | - | only those facing the speaker's unit",
    );
    // "our General Staff" is his side's body, in his words, passed on by him.
    expect(claims).toContain("about 11,000 | troops-deployed | as: our General Staff via Petro Ostapenko | - | -");
    // "That is nonsense." is his verdict, not the publication's.
    expect(claims).toContain("2,500 | casualties-killed | Telegram | Petro Ostapenko | only in one night");
  });

  it("his own unit, counted in the first person, is another army's: context", () => {
    expect(claims).toContain("around 350 | context | Petro Ostapenko | - | -");
    expect(claims).toContain("9 | context | Petro Ostapenko | - | -");
    expect(claims).toContain("27 | context | Petro Ostapenko | - | -");
  });

  it("a captured North Korean's own unit stays North Korea's losses", () => {
    expect(
      read([
        '"My unit lost 80 men killed in two days," said Ri Kwang-hyok, a North Korean soldier captured in January.',
      ])[0],
    ).toMatch(/^80 \| casualties-killed \| Ri Kwang-hyok \|/);
  });

  it("without questions in headings, the same answer lines are not his", () => {
    const plain = read(INTERVIEW.filter((l) => !l.endsWith("?")));
    expect(plain.some((c) => c.includes("| Petro Ostapenko |") && c.startsWith("Perhaps 900"))).toBe(false);
  });
});

describe("a written answer", () => {
  it("'Answered by …' makes the answer's first person the minister's, and 'public reports' the reports'", () => {
    const claims = read([
      "18402. To ask the Secretary of State what estimate his Department has made of the number of North Korean personnel killed.",
      "Answered by Giles Ashworth, Minister of State, on 12 February 2025",
      "Our assessment is that North Korean forces have suffered in excess of 4,000 casualties, of which at least 1,000 are likely to have been killed.",
      "We are aware of public reports that Russia pays around $2,000 per soldier per month.",
    ]);
    expect(claims).toContain("in excess of 4,000 | casualties-total | Giles Ashworth | - | -");
    expect(claims).toContain("at least 1,000 | casualties-killed | Giles Ashworth | - | -");
    expect(claims).toContain("around $2,000 per soldier per month | pay-per-soldier | public reports | - | -");
  });
});

describe("counts of a stretch of time and of all who served", () => {
  it("'killed between early January and mid-February' counts that stretch only", () => {
    expect(
      read(["The NIS estimated that about 400 soldiers were killed between early January and mid-February."])[0],
    ).toMatch(/\| only between early January and mid-February$/);
  });

  it("an increase says the stretch it covers, so that one week's arrivals and those since January are told apart", () => {
    const week = read([
      "The agency believed around 1,500 additional troops had arrived in Russia in the first week of February.",
    ]);
    const since = read([
      "North Korea has dispatched about 3,000 additional soldiers to Russia since January, the agency said.",
    ]);
    expect(week[0]).toMatch(/\| additional troops in the first week of February \(an increase\)$/);
    expect(since[0]).toMatch(/\| additional troops since January \(an increase\)$/);
    expect(
      read(["The NIS sees a possibility that the North will send additional forces of up to 5,000 by mid-year."])[0],
    ).toMatch(/^up to 5,000 \| troops-projected \| .* \| additional troops \(an increase\)$/);
  });

  it("'have fought on Russian soil' and 'could pass through Russia' count all who served over time, not those there now", () => {
    const articles = [
      article(
        "inv-fought",
        ['Ukraine\'s ambassador said that "more than 14,000 North Korean servicemen have fought on Russian soil."'],
        "2025-04-15",
      ),
      article(
        "inv-remain",
        ["The US said roughly 11,000 to 12,000 North Korean troops remained in Russia."],
        "2025-04-15",
      ),
    ];
    const data = compareCorpus(articles, extractCorpus(articles, ALIASES));
    const fought = data.claims.find((c) => c.figure.includes("14,000"));
    const remain = data.claims.find((c) => c.figure.includes("11,000"));
    if (!fought || !remain) throw new Error("both counts are read");
    expect(fought.scope).toBe("all who serve there over time");
    expect(relate(fought, remain).type).toBe("different-scope");
    expect(read(["More than 30,000 soldiers could pass through Russia in 2025, the professor said."])[0]).toMatch(
      /\| all who serve there over time$/,
    );
  });

  it("'a couple of hundred dollars over a whole tour' is no month's take-home, and is not checked as one", () => {
    const a = article("inv-tour", [
      "Moscow pays about $2,000 a month for each soldier, and Pyongyang keeps roughly 90 percent, a U.S. official said.",
      '"A soldier might keep a couple of hundred dollars over a whole tour," said Cho Eun-byul.',
    ]);
    const data = compareCorpus([a], extractCorpus([a], ALIASES));
    const tour = data.claims.find((c) => c.figure === "a couple of hundred dollars");
    expect(tour?.scope).toBe("over a whole tour of duty");
    const check = data.checks.find((k) => k.against === tour?.id);
    expect(check?.verdict).not.toBe("consistent");
  });
});

describe("a figure denied outright, and what is given instead", () => {
  it("'“Nobody lost 3,000 men in one day,” Kim said' is given only to be rejected, not an unnamed source's figure", () => {
    const [c] = extractCorpus(
      [article("inv-nobody", ['"Nobody lost 3,000 men in one day," Kim Min-seok said.'])],
      ALIASES,
    ).claims;
    expect([c?.stance, c?.attributedTo, c?.disputedBy?.name]).toEqual(["disputes", null, "Kim Min-seok"]);
  });

  it("a disputer's count of another stretch of time is not 'given instead' of the figure disputed", () => {
    const a = article("inv-instead", INTERVIEW.concat(["In the first week alone my unit killed about 150 of them."]));
    const data = compareCorpus([a], extractCorpus([a], ALIASES));
    const rumour = data.claims.find((c) => c.figure === "2,500");
    const week = data.claims.find((c) => c.figure === "about 150");
    if (!rumour || !week) throw new Error("both figures are read");
    expect(relate(rumour, week).type).not.toBe("disputes");
  });
});
