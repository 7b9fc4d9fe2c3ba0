import { describe, expect, it } from "vitest";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { type Article, ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import type { Claim } from "../../src/lib/schema/claim.ts";

/**
 * The claims of one invented article.
 *
 * @param body Its text.
 * @returns Kind, bounds and credit of each claim, by figure.
 */
function claimsOf(
  body: string,
): Map<string, { kind: string; min: number | null; max: number | null; by: string | null }> {
  const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
  const article: Article = { slug: "roles", file: "roles.md", meta, body, bodyLine: 1 };
  const { claims } = extractCorpus([article]);
  return new Map(
    claims.map((c) => [
      c.figure,
      { kind: c.kind, min: c.value.min, max: c.value.max, by: c.attributedTo?.name ?? null },
    ]),
  );
}

/**
 * The extraction of one invented article: its claims in reading order and the numbers it skipped.
 *
 * @param body Its text.
 * @param published Its date, if it has one.
 * @returns Its claims and skipped numbers.
 */
function extractionOf(body: string, published?: string): ReturnType<typeof extractCorpus> {
  const meta = ArticleMetaSchema.parse({
    title: "Invented report",
    publisher: "Test Gazette",
    ...(published ? { published } : {}),
  });
  return extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
}

/**
 * The claims of one invented article, in reading order.
 *
 * @param body Its text.
 * @param published Its date, if it has one.
 * @returns Its claims.
 */
function claimsIn(body: string, published?: string): Claim[] {
  return extractionOf(body, published).claims;
}

describe("a figure's role from its own phrase", () => {
  it("the force a share is taken from is a deployment, the share its losses", () => {
    const c = claimsOf("Of the estimated 9,000 troops sent, 2,500 were killed or wounded.\n");
    expect(c.get("estimated 9,000")?.kind).toBe("troops-deployed");
    expect(c.get("2,500")?.kind).toBe("casualties-total");
  });

  it("'lost N soldiers' is a total of losses, not a deployment", () => {
    expect(claimsOf("The army has lost about 1,500 soldiers.\n").get("about 1,500")?.kind).toBe("casualties-total");
  });

  it("'the number of X killed and wounded has exceeded N' is a total with a lower bound", () => {
    const c = claimsOf("The number of soldiers killed and wounded has exceeded 2,000.\n").get("exceeded 2,000");
    expect(c).toEqual({ kind: "casualties-total", min: 2000, max: null, by: null });
  });

  it("a verb of planning makes a projection, a done deed a deployment", () => {
    const c = claimsOf(
      "Pyongyang plans to deploy another 4,000 soldiers. Some 8,000 troops have already been sent to the front.\n",
    );
    expect(c.get("4,000")?.kind).toBe("troops-projected");
    expect(c.get("Some 8,000")?.kind).toBe("troops-deployed");
  });

  it("a likelihood of sending is a projection, and a sending denied above a figure bounds it from above", () => {
    const c = claimsOf(
      "The Tidewater Defence Bureau said Pyongyang is likely to send another 4,100 soldiers. " +
        "It is poised to deploy 4,200 more troops, Vera Lind said. " +
        "Pyongyang is unlikely to send more than 4,300 troops, the bureau added. " +
        "The regime has not sent more than 8,400 troops so far, Lind said. " +
        "It is likely to have sent 8,500 troops already.\n",
    );
    expect(c.get("4,100")?.kind).toBe("troops-projected");
    expect(c.get("4,200")?.kind).toBe("troops-projected");
    expect(c.get("more than 4,300")).toMatchObject({ kind: "troops-projected", min: null, max: 4300 });
    expect(c.get("more than 8,400")).toMatchObject({ kind: "troops-deployed", min: null, max: 8400 });
    expect(c.get("8,500")?.kind).toBe("troops-deployed");
  });
});

describe("pay that is not this pay", () => {
  it("reads the share that reaches the men as no regime share, what stays in Pyongyang as one, and credits a person 'of the Seoul-based …'", () => {
    const claims = claimsIn(
      [
        "Gen. Ruslan Vyhovsky said 3,050 troops had arrived.",
        "Russia pays about $2,050 a month for each soldier, but no more than a quarter of that reaches the men themselves, said Moon Ji-ho of the Seoul-based Ferrow Institute.",
        "Put another way, three-quarters or more of the money stays in Pyongyang, he said.",
        "",
      ].join("\n"),
    );
    const get = (figure: string): Claim | undefined => claims.find((c) => c.figure === figure);
    expect(get("about $2,050 a month")?.attributedTo?.name).toBe("Moon Ji-ho");
    expect(get("no more than a quarter")?.kind).toBe("context");
    expect(get("three-quarters")).toMatchObject({
      kind: "regime-share",
      attributedTo: { name: "Moon Ji-ho" },
      value: { min: 75, max: null },
    });
  });
  it("reads bare won paid inside the North as the North's won, and a large sum from the South as the South's", () => {
    const claims = claimsIn(
      [
        "Soldiers' families in North Korea receive the equivalent of 300,050 won a month, according to the Ferrow Institute.",
        "Defectors in Seoul send about 1.05 million won a month to their families.",
        "",
      ].join("\n"),
    );
    const unit = (figure: string): string | undefined => claims.find((c) => c.figure === figure)?.value.unit;
    expect(unit("300,050 won a month")).toBe("KPW");
    expect(unit("about 1.05 million won a month")).toBe("KRW");
  });
  it("reads 'at 70 percent, with $600' after 'is left with $200' as a take-home supposed, and 'two-thirds of whatever Moscow pays' as the regime's share", () => {
    const claims = claimsIn(
      [
        "Russia pays $2,050 a month for each soldier, officials say.",
        "If the state keeps 91 percent of $2,050, a soldier is left with $190 a month; at 71 percent, with $610.",
        "She estimates that the North Korean state keeps about two-thirds of whatever Moscow pays.",
        "",
      ].join("\n"),
    );
    const get = (figure: string): Claim | undefined => claims.find((c) => c.figure === figure);
    expect(get("$610")?.kind).toBe("soldier-take-home");
    expect(get("71 percent")).toBeUndefined();
    expect(get("about two-thirds")?.kind).toBe("regime-share");
  });
  it("reads the head count a fronted 'Taking … and 11,000 troops,' works a sum out from as its input, not a projection", () => {
    const claims = claimsIn(
      "Taking the $2,050 a month reported by the Cardew Agency and 11,050 troops, the forum estimated that the state collects about $185 million a year.\n",
    );
    const get = (figure: string): Claim | undefined => claims.find((c) => c.figure === figure);
    expect(get("11,050")?.kind).toBe("context");
    expect(get("$2,050 a month")?.attributedTo?.name).toBe("Cardew Agency");
  });
  it("reads 'in rubles, 180,000 a month' as a sum in rubles, not a count of people", () => {
    const claims = claimsIn(
      [
        "Russia pays each soldier $2,050 a month, officials say.",
        "Kyiv gave a similar number in rubles, 180,050 a month, in December.",
        "",
      ].join("\n"),
    );
    expect(claims.find((c) => c.figure === "180,050 a month")?.value).toMatchObject({ unit: "RUB", per: "month" });
  });
  it("reads what the soldiers are told they earn as their own pay promised, not what Russia pays", () => {
    const claims = claimsIn(
      [
        "Russia pays $2,050 a month per soldier, officials say.",
        "The soldiers are told they earn $110 a month, to be paid when they come home.",
        "",
      ].join("\n"),
    );
    const kind = (figure: string): string | undefined => claims.find((c) => c.figure === figure)?.kind;
    expect(kind("$2,050 a month per soldier")).toBe("pay-per-soldier");
    expect(kind("$110 a month")).toBe("soldier-take-home");
  });
  it("reads a one-off payment to a family ('got 500,000 won once', 'a lump sum') as context, not a soldier's take-home", () => {
    const claims = claimsIn(
      [
        "Russia pays $2,050 a month for each soldier, officials say.",
        "Each family got 500,050 won once, when the son left, a former officer said.",
        "The families of dead soldiers received a lump sum of 300,050 won.",
        "The soldiers themselves take home about $110 a month.",
        "",
      ].join("\n"),
    );
    const kind = (figure: string): string | undefined => claims.find((c) => c.figure === figure)?.kind;
    expect(kind("500,050 won")).toBe("context");
    expect(kind("300,050 won")).toBe("context");
    expect(kind("about $110 a month")).toBe("soldier-take-home");
  });
  it("reads a sum for a whole battalion or brigade as a total, and a sum per soldier of it as the soldier's", () => {
    const claims = claimsIn(
      [
        "Moscow pays 180,050 rubles a month for each North Korean soldier.",
        "For a battalion of 500 men, the payment comes to 90.5 million rubles a month.",
        "Of the 90.5 million rubles paid per battalion each month, Pyongyang keeps most, the centre says.",
        "Soldiers of the 11th Corps are paid $2,050 a month per man, a unit commander said.",
        "",
      ].join("\n"),
    );
    const kind = (figure: string): string | undefined => claims.find((c) => c.figure === figure)?.kind;
    expect(kind("180,050 rubles a month")).toBe("pay-per-soldier");
    expect(kind("90.5 million rubles a month")).toBe("pay-total");
    expect(kind("90.5 million rubles")).toBe("pay-total");
    expect(kind("$2,050 a month per man")).toBe("pay-per-soldier");
  });

  it("a signing bonus is context, but a bonus named beside the monthly pay leaves the pay alone", () => {
    const c = claimsOf(
      "A recruit from Nepal said he received $3,000 as a signing bonus.\nEach North Korean soldier receives $2,000 a month and a bonus when the tour ends, officials said.\n",
    );
    expect(c.get("$3,000")?.kind).toBe("context");
    expect(c.get("$2,000 a month")?.kind).toBe("pay-per-soldier");
  });

  it("another country's recruits are context; a contract with North Korean soldiers is not", () => {
    const c = claimsOf(
      "Russian contract soldiers earn about $2,100 a month.\nMoscow signed a contract with North Korean soldiers that pays each soldier $1,900 a month.\n",
    );
    expect(c.get("about $2,100 a month")?.kind).toBe("context");
    expect(c.get("$1,900 a month")?.kind).toBe("pay-per-soldier");
  });
});

describe("a sentence that goes on about the previous figure", () => {
  it("'This figure' keeps the previous source; a fresh 'The number of' statement does not", () => {
    const c = claimsOf(
      "About 1,000 North Korean soldiers have been killed, according to Western officials.\nThis figure is up from roughly 600 deaths a month earlier.\nThe number of North Korean troops in Russia has reached 12,000.\n",
    );
    expect(c.get("roughly 600")?.by).toBe("Western officials");
    expect(c.get("12,000")?.by).toBeNull();
  });
});

describe("what a count counts, whoever says it", () => {
  it("the words crediting a figure ('the South Korean military said') do not make it the army's size", () => {
    const c = claimsOf(
      "About 9,000 North Korean soldiers are in Russia, the South Korean military said.\nSeoul's military said in a statement that 2,000 more North Korean troops had arrived in Russia.\n",
    );
    expect(c.get("About 9,000")?.kind).toBe("troops-deployed");
    expect(c.get("2,000")?.kind).toBe("troops-deployed");
  });

  it("a whole army's size is not a deployment, beside one that is", () => {
    const c = claimsOf(
      "North Korea has one of the world's largest militaries, with about 1.3 million soldiers.\nNorth Korea, with one of the largest militaries, has sent about 9,000 troops to Russia.\n",
    );
    expect(c.get("about 1.3 million")?.kind).toBe("context");
    expect(c.get("about 9,000")?.kind).toBe("troops-deployed");
  });

  it("soldiers who perished, were slain, eliminated or wiped out are killed, not deployed", () => {
    const c = claimsOf(
      "About 1,100 North Korean soldiers have perished in Kursk.\nSome 1,200 North Korean soldiers were wiped out in the assault.\nUkraine said it had eliminated about 1,300 North Korean soldiers.\n",
    );
    expect([...c.values()].map((v) => v.kind)).toEqual(["casualties-killed", "casualties-killed", "casualties-killed"]);
  });
});

describe("figures that name their date, their body of troops or a ratio", () => {
  /**
   * The claims of an invented article dated 10 June 2025, by figure.
   *
   * @param body Its text.
   * @returns Kind, hedges and date of each claim.
   */
  function dated(body: string): Map<string, { kind: string; hedges: string[]; asOf: string | null; source: string }> {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette", published: "2025-06-10" });
    const { claims } = extractCorpus([{ slug: "dated", file: "dated.md", meta, body, bodyLine: 1 }]);
    return new Map(
      claims.map((c) => [c.figure, { kind: c.kind, hedges: c.hedges, asOf: c.asOf, source: c.asOfSource }]),
    );
  }

  it("'as of May' dates a figure to the last May, and is no doubt or plan", () => {
    const c = dated(
      "Close to 14,000 North Korean soldiers were in Russia as of May, officials said.\nAbout 12,500 North Korean soldiers were in Russia as of late December, officials said.\nAbout 11,500 North Korean soldiers were in Russia as of October 29, officials said.\nAbout 2,000 more soldiers may be sent, officials said.\n",
    );
    expect(c.get("Close to 14,000")).toEqual({
      kind: "troops-deployed",
      hedges: [],
      asOf: "2025-05-01",
      source: "sentence",
    });
    expect(c.get("About 12,500")?.asOf).toBe("2024-12-01");
    expect(c.get("About 11,500")).toMatchObject({ asOf: "2024-10-29", source: "sentence" });
    expect(c.get("About 2,000")).toMatchObject({ kind: "troops-projected", hedges: ["may"], source: "article" });
  });

  it("'last year' dates a figure to the year before the article's", () => {
    const c = dated(
      "Last year, the agency had estimated that 1,550 North Korean special forces troops were in Russia.\n",
    );
    expect(c.get("1,550")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
  });

  it("a live blog's heading with a day and a month takes the article's year, or the year before for a later date", () => {
    const c = dated(
      "Monday 9 June\nThe Pentagon said about 11,050 North Korean troops remain in Russia.\nFriday 27 December\nThe Pentagon said about 10,950 remained.\n",
    );
    expect(c.get("about 11,050")).toMatchObject({ asOf: "2025-06-09", source: "heading" });
    expect(c.get("about 10,950")).toMatchObject({ asOf: "2024-12-27", source: "heading" });
  });

  it("'Three months ago, …' and 'A year ago the agency said …' count back from the article's date; 'up from 5,000 won a year ago' dates only its own number", () => {
    const c = dated(
      [
        "Three months ago, the Cardew Agency put North Korean casualties at 4,750.",
        "A year ago the Cardew Agency said 3,050 soldiers had arrived.",
        "In Pyongyang a dollar now fetches about 8,050 won, up from 5,050 won a year ago.",
        "",
      ].join("\n"),
    );
    expect(c.get("4,750")).toMatchObject({ asOf: "2025-03-01", source: "sentence" });
    expect(c.get("3,050")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
    expect(c.get("about 8,050 won")?.asOf).toBe("2025-06-10");
  });

  it("a timeline's entry dated before a dash ('Dec 23 — …') is dated by its own day, not the entry above", () => {
    const c = dated(
      [
        "Oct. 18, 2024: The agency says 1,550 North Korean troops are in Russia.",
        "Oct. 23, 2024 — The agency raises its estimate to 3,050 soldiers.",
        "Dec 23 — A general says more than 3,150 North Koreans have been killed or wounded.",
        "KYIV — About 12,050 North Korean soldiers are in Russia, officials said.",
        "",
      ].join("\n"),
    );
    expect(c.get("1,550")?.asOf).toBe("2024-10-18");
    expect(c.get("3,050")?.asOf).toBe("2024-10-23");
    expect(c.get("more than 3,150")?.asOf).toBe("2024-12-23");
  });

  it("'by the end of February' dates a figure to that February", () => {
    const c = dated("An analyst said 3,050 had been killed or wounded by the end of February.\n");
    expect(c.get("3,050")?.asOf).toBe("2025-02-01");
  });

  it("a total is not dated by the times of its parts after a colon, which count what the total counts", () => {
    const c = dated(
      "Officials say North Korea has sent roughly 14,050 soldiers to Russia in two waves: about 11,050 in the autumn and around 3,050 more in January and February.\nIn October, North Korea sent 11,150 troops, officials said, and 3,150 more followed in December.\n",
    );
    expect(c.get("roughly 14,050")).toMatchObject({ kind: "troops-deployed", asOf: "2025-06-10", source: "article" });
    expect(c.get("about 11,050")?.kind).toBe("troops-deployed");
    expect(c.get("11,150")?.asOf).toBe("2024-10-01");
    expect(c.get("3,150")?.asOf).toBe("2024-12-01");
  });

  it("a timeline's month headings and 'Month YYYY:' entries date their figures by the month; 'last October' is the October before", () => {
    const c = dated(
      [
        "October 2024",
        "About 1,550 North Korean troops arrived in Russia's Far East.",
        "January 2025: Seoul says 310 have been killed. It puts the wounded at 2,750.",
        "The first 1,450 troops arrived last October, officials said.",
        "North Korea is preparing to send a further 5,050 troops by April, officials said.",
        "",
      ].join("\n"),
    );
    expect(c.get("About 1,550")).toMatchObject({ asOf: "2024-10-01", source: "heading" });
    expect(c.get("310")).toMatchObject({ asOf: "2025-01-01", source: "sentence" });
    expect(c.get("2,750")).toMatchObject({ asOf: "2025-01-01", source: "heading" });
    expect(c.get("1,450")?.asOf).toBe("2024-10-01");
    expect(c.get("5,050")).toMatchObject({ kind: "troops-projected", asOf: "2025-01-01", source: "heading" });
  });

  it("a plan is dated by the day it was announced, never by the month it is for", () => {
    const c = dated(
      "A news agency reported on Monday that the North was preparing to send up to 3,050 more troops.\nNorth Korea is preparing to send a further 5,050 troops by August, officials said.\n",
    );
    expect(c.get("up to 3,050")).toMatchObject({ kind: "troops-projected", asOf: "2025-06-09" });
    expect(c.get("5,050")).toMatchObject({ kind: "troops-projected", asOf: "2025-06-10", source: "article" });
  });

  it("an earlier figure whose date the sentence does not give is not dated by the article", () => {
    const c = dated(
      "The agency now believes about 10,050 troops remain, down from a peak of about 13,050 in the war.\nPreviously, the agency had put the total at 11,050 troops.\nThe agency had put the total at 11,250 troops last month.\n",
    );
    expect(c.get("about 10,050")).toMatchObject({ asOf: "2025-06-10", source: "article" });
    expect(c.get("about 13,050")).toMatchObject({ asOf: null, source: "unknown" });
    expect(c.get("11,050")).toMatchObject({ asOf: null, source: "unknown" });
    expect(c.get("11,250")?.asOf).toBe("2025-05-01");
  });

  it("an earlier figure after a clause that is only a year ('In late 2024, …') is dated by that year", () => {
    const c = dated(
      "The agency now believes about 4,050 have been killed or wounded.\nIn late 2024, before the offensive, the agency had put the figure at 3,050 killed or wounded.\nIn 2024, the agency had put the total at 3,150 killed or wounded.\nBefore that, the agency had put the total at 2,950 killed or wounded.\n",
    );
    expect(c.get("3,050")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
    expect(c.get("3,150")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
    expect(c.get("2,950")).toMatchObject({ asOf: null, source: "unknown" });
  });

  it("an earlier figure of a revision is not dated by the report's time, only by its own clause", () => {
    const c = dated(
      [
        "The agency raised its estimate of North Korean troops in Russia to 15,050, up from 12,050, a news agency reported on Monday.",
        "It also lowered its estimate of North Korean deaths to 350 from 650, officials said on Monday.",
        "About 12,250 North Korean soldiers are now in Russia, up from 11,250 in February, the agency said on Monday.",
        "The number of wounded was revised up to 3,550 from 2,750.",
        "",
      ].join("\n"),
    );
    expect(c.get("15,050")).toMatchObject({ asOf: "2025-06-09", source: "sentence" });
    expect(c.get("12,050")).toMatchObject({ asOf: null, source: "unknown" });
    expect(c.get("350")).toMatchObject({ asOf: "2025-06-09", source: "sentence" });
    expect(c.get("650")).toMatchObject({ asOf: null, source: "unknown" });
    expect(c.get("11,250")).toMatchObject({ asOf: "2025-02-01", source: "sentence" });
    expect(c.get("2,750")).toMatchObject({ asOf: null, source: "unknown" });
  });

  it("a time inside the 'from …' after a new value dates the value it started from, not the new one", () => {
    const c = dated(
      [
        "The number of North Korean dead has doubled to about 650 from 325 in January, the agency said.",
        "The deployment grew to 15,150 North Korean soldiers this week from 11,150 in October, the agency said.",
        "In May the agency said North Korean deaths had risen to 1,150 from 750.",
        "",
      ].join("\n"),
    );
    expect(c.get("about 650")).toMatchObject({ asOf: "2025-06-10", source: "article" });
    expect(c.get("325")).toMatchObject({ asOf: "2025-01-01", source: "sentence" });
    expect(c.get("15,150")?.asOf).not.toBe("2024-10-01");
    expect(c.get("11,150")).toMatchObject({ asOf: "2024-10-01", source: "sentence" });
    // A time of its own, outside the "from …", still dates the new value.
    expect(c.get("1,150")).toMatchObject({ asOf: "2025-05-01", source: "sentence" });
    // A year in the speaker's life dates nothing the speaker says.
    const life = dated(
      "Ri Song-il, a former sergeant who left North Korea in 2016, said 11,160 North Korean troops are in Russia.\n",
    );
    expect(life.get("11,160")).toMatchObject({ asOf: "2025-06-10", source: "article" });
    // A time before the new value dates the change, not the value it started from.
    const opened = dated(
      [
        "Last week the agency raised its estimate of North Korean dead to 470 from 370.",
        "In May the agency raised its estimate of North Korean dead to 490 from 390.",
        "",
      ].join("\n"),
    );
    expect(opened.get("470")).toMatchObject({ asOf: "2025-06-03", source: "sentence" });
    expect(opened.get("370")).toMatchObject({ asOf: null, source: "unknown" });
    expect(opened.get("490")).toMatchObject({ asOf: "2025-05-01", source: "sentence" });
    expect(opened.get("390")).toMatchObject({ asOf: null, source: "unknown" });
    // A "from" that names where the count came from, not a value before it, leaves the count's own date.
    const d = dated("About 610 North Korean troops arrived from 12 training camps in January, the agency said.\n");
    expect(d.get("About 610")).toMatchObject({ asOf: "2025-01-01", source: "sentence" });
  });

  it("a day before its month ('on 3 April', 'By 20 January') dates a figure as 'on April 3' does", () => {
    const c = dated(
      [
        "The Pentagon said on 3 April that 14,050 North Korean soldiers were in Russia.",
        "By 20 January, 3,050 North Korean soldiers had been wounded, the agency said.",
        "",
      ].join("\n"),
    );
    expect(c.get("14,050")).toMatchObject({ asOf: "2025-04-03", source: "sentence" });
    expect(c.get("3,050")).toMatchObject({ asOf: "2025-01-20", source: "sentence" });
  });

  it("a body's name with 'military' in it does not make its revised count context", () => {
    const c = dated(
      "Ukraine's military intelligence agency raised its estimate of North Korean troops in Russia to 15,050, up from 12,050.\n",
    );
    expect(c.get("15,050")?.kind).toBe("troops-deployed");
    expect(c.get("12,050")?.kind).toBe("troops-deployed");
  });

  it("a season is not the article's date: the figure is undated and says why, or dated by the year written with it", () => {
    const c = dated(
      [
        "North Korea sent 11,050 troops last autumn, the agency said.",
        "The agency said 11,150 North Korean troops were sent in the autumn, and that a further 3,150 arrived in March.",
        "In the spring, the agency said 12,250 North Korean soldiers were in Russia.",
        "North Korea sent 11,350 troops in the autumn of 2024, the agency said.",
        "North Korea sent 11,550 troops in autumn 2024, the agency said.",
        "",
      ].join("\n"),
    );
    expect(c.get("11,050")).toMatchObject({ asOf: null, source: "unknown" });
    expect(c.get("11,150")).toMatchObject({ asOf: null, source: "unknown" });
    expect(c.get("3,150")?.asOf).toBe("2025-03-01");
    expect(c.get("12,250")).toMatchObject({ asOf: null, source: "unknown" });
    expect(c.get("11,350")?.asOf).toBe("2024-01-01");
    expect(c.get("11,550")?.asOf).toBe("2024-01-01");
    // The season of another clause that counts something is not this figure's.
    const other = dated(
      "Of the roughly 11,450 who arrived in the autumn, about 4,750 have been killed or wounded, the agency said.\n",
    );
    expect(other.get("roughly 11,450")).toMatchObject({ asOf: null, source: "unknown" });
    expect(other.get("about 4,750")).toMatchObject({ asOf: "2025-06-10", source: "article" });
  });

  it("each part of a clause joined by 'and' dates its own figure", () => {
    const c = dated(
      [
        "The agency had put the number of North Korean troops in Russia at 11,050 in November and revised it to 12,050 in January, officials said.",
        "North Korea sent 11,150 troops in October and 3,150 more in March.",
        "Between 10,250 and 12,250 troops were sent in October and November, the agency said.",
        "",
      ].join("\n"),
    );
    expect(c.get("11,050")?.asOf).toBe("2024-11-01");
    expect(c.get("12,050")?.asOf).toBe("2025-01-01");
    expect(c.get("11,150")?.asOf).toBe("2024-10-01");
    expect(c.get("3,150")?.asOf).toBe("2025-03-01");
    // An "and" inside a range does not cut it from its time, which is a span of two months, dated by the later.
    expect(c.get("Between 10,250 and 12,250")?.asOf).toBe("2024-11-01");
  });

  it("a year in the figure's clause dates it to that year, not a year in someone's life or another clause's", () => {
    const c = dated(
      [
        "South Korea's intelligence service said about 11,100 North Korean soldiers were sent in late 2024.",
        "By mid-2025, Seoul put the total at about 15,100 troops.",
        "Defectors, among them a former officer who left the North in 2016 at the age of 34, said soldiers were paid roughly $2,100 a month.",
        "Officials put the number higher, at 12,100 troops or more, and an officer said a second wave in early 2025 brought the total to about 14,100 troops.",
        "North Korea will send 6,100 more troops by 2025, officials said.",
        "",
      ].join("\n"),
    );
    expect(c.get("about 11,100")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
    // The "service" of an intelligence service is no one's military service: the year is no biography,
    // however far before the year the name begins.
    expect(c.has("2024")).toBe(false);
    const short = dated(
      "South Korea's intelligence service said about 11,300 North Korean soldiers arrived in 2024.\n",
    );
    expect([...short.keys()]).toEqual(["about 11,300"]);
    expect(c.get("about 15,100")).toMatchObject({ asOf: "2025-01-01", source: "sentence" });
    expect(c.get("roughly $2,100 a month")).toMatchObject({ asOf: "2025-06-10", source: "article" });
    expect(c.get("12,100")).toMatchObject({ asOf: "2025-06-10", source: "article" });
    expect(c.get("about 14,100")).toMatchObject({ asOf: "2025-01-01", source: "sentence" });
    expect(c.get("6,100")?.asOf).not.toBe("2025-01-01");
  });

  it("'Update, June 12: … on Thursday' and 'Update (Jun. 13): …' are the Thursday up to the update's date, for that paragraph only", () => {
    const c = dated(
      [
        "The Cardew Agency said on Monday that the number of wounded had risen to about 4,150.",
        "Update, June 12: The Cardew Agency said on Thursday that the number of wounded had risen to about 4,750.",
        "Updated June 12 — The Tidewater Bureau said about 1,350 North Korean soldiers had been killed.",
        "The Tidewater Bureau said about 1,450 North Korean soldiers were in hospital.",
        "Update (Jun. 13): The Cardew Agency said on Thursday that about 1,550 North Korean soldiers had been killed.",
        "Update (Jun. 13) — The Cardew Agency said on Thursday that about 1,650 North Korean soldiers had been killed.",
        "",
      ].join("\n"),
    );
    // (The article is dated Tuesday 10 June 2025; 12 June is a Thursday.)
    expect(c.get("about 1,550")).toMatchObject({ asOf: "2025-06-12", source: "sentence" });
    expect(c.get("about 1,650")).toMatchObject({ asOf: "2025-06-12", source: "sentence" });
    expect(c.get("about 4,150")).toMatchObject({ asOf: "2025-06-09", source: "sentence" });
    expect(c.get("about 4,750")).toMatchObject({ asOf: "2025-06-12", source: "sentence" });
    expect(c.get("about 1,350")).toMatchObject({ asOf: "2025-06-12", source: "heading" });
    expect(c.get("about 1,450")).toMatchObject({ asOf: "2025-06-10", source: "article" });
  });

  it("'In the fourth quarter of 2024' and 'In Q1 2025' date the figure to their year, not to the article's date", () => {
    const c = dated(
      [
        "In the fourth quarter of 2024, Ukrainian officials said each North Korean soldier was paid about $2,150 a month.",
        "In Q1 2025, the Cardew Agency said about 1,250 North Korean soldiers had been killed.",
        "",
      ].join("\n"),
    );
    expect(c.get("about $2,150 a month")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
    expect(c.get("about 1,250")).toMatchObject({ asOf: "2025-01-01", source: "sentence" });
  });

  it("'In the first half of 2024' and 'In H2 2024' date the figure to their year; 'the week of March 17' to that day", () => {
    const c = dated(
      [
        "In the first half of 2024, the Cardew Agency said about 1,350 North Korean soldiers had been wounded.",
        "In H2 2024, the Cardew Agency said about 1,450 North Korean soldiers had been wounded.",
        "During the week of March 17, about 230 North Korean soldiers were killed, the Tidewater Bureau said.",
        "In the week to 3 April, about 240 North Korean soldiers were killed, the Tidewater Bureau said.",
        "In the week of fighting, about 250 North Korean soldiers were killed, the Tidewater Bureau said.",
        "",
      ].join("\n"),
    );
    expect(c.get("about 1,350")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
    expect(c.get("about 1,450")).toMatchObject({ asOf: "2024-01-01", source: "sentence" });
    expect(c.get("about 230")).toMatchObject({ asOf: "2025-03-17", source: "sentence" });
    expect(c.get("about 240")).toMatchObject({ asOf: "2025-04-03", source: "sentence" });
    expect(c.get("about 250")).toMatchObject({ asOf: "2025-06-10", source: "article" });
  });

  it("a list of labelled figures with sources in brackets is read without a marker, each dated by its bracket", () => {
    const c = dated(
      [
        "Estimates at a glance",
        "Deployed: 11,050-12,050 (NIS, November)",
        "Killed: 1,050 (HUR, January)",
        "Captured: 3 (Zelensky, Jan. 11)",
        "Wounded: about 3,050 (HUR)",
        "",
      ].join("\n"),
    );
    expect(c.get("11,050-12,050")).toMatchObject({ kind: "troops-deployed", asOf: "2024-11-01" });
    expect(c.get("1,050")).toMatchObject({ kind: "casualties-killed", asOf: "2025-01-01" });
    expect(c.get("about 3,050")).toMatchObject({ kind: "casualties-wounded", asOf: "2025-06-10", source: "article" });
  });

  it("a second figure in a list item keeps the label, takes its own bracket's source and not the first one's date; 'Reinforcements:' is an increase", () => {
    const claims = claimsIn(
      [
        "Key figures",
        "- Killed: 650 (Cardew Agency, Apr 2025); 1,050+ (Tidewater Bureau)",
        "- Troops sent: about 11,050 (Cardew Agency, Nov 2024), 12,050 (Tidewater Bureau, Dec 2024)",
        "- Reinforcements: about 3,050 (Cardew Agency, Feb 2025)",
        "",
      ].join("\n"),
      "2025-06-10",
    );
    const row = (f: string) => {
      const c = claims.find((x) => x.figure === f);
      return [c?.kind, c?.attributedTo?.name ?? null, c?.asOf];
    };
    expect(row("650")).toEqual(["casualties-killed", "Cardew Agency", "2025-04-01"]);
    expect(row("1,050+")).toEqual(["casualties-killed", "Tidewater Bureau", "2025-06-10"]);
    expect(row("about 11,050")).toEqual(["troops-deployed", "Cardew Agency", "2024-11-01"]);
    expect(row("12,050")).toEqual(["troops-deployed", "Tidewater Bureau", "2024-12-01"]);
    expect(row("about 3,050")).toEqual(["troops-deployed", "Cardew Agency", "2025-02-01"]);
    expect(claims.find((x) => x.figure === "about 3,050")?.scope).toMatch(/increase/);
  });

  it("a month in brackets after a figure dates it", () => {
    expect(dated("4,050: killed or wounded, according to the ministry (January)\n").get("4,050")?.asOf).toBe(
      "2025-01-01",
    );
  });

  it("a clause of time after the figure's lends it neither its kind nor its date; 'earlier this month' is the article's month", () => {
    const c = dated(
      [
        "About 11,050 North Korean servicemen are currently in Kursk, after Pyongyang rotated in a fresh contingent of roughly 1,550 in February to replace some of its losses.",
        "Officials said earlier this month that around 4,050 North Koreans had been killed or wounded.",
        "About 10,150 troops remain, the statement said, down from a peak of about 13,150 earlier this year.",
        "The estimate of 8,050 in Kursk was up from “a few thousand”.",
        "",
      ].join("\n"),
    );
    expect(c.get("About 11,050")).toMatchObject({ kind: "troops-deployed", asOf: "2025-06-10", source: "article" });
    expect(c.get("roughly 1,550")).toMatchObject({ asOf: "2025-02-01", source: "sentence" });
    expect(c.get("around 4,050")).toMatchObject({ asOf: "2025-06-01", source: "sentence" });
    expect(c.get("About 10,150")).toMatchObject({ asOf: "2025-06-10", source: "article" });
    expect(c.get("about 13,150")).toMatchObject({ asOf: "2025-01-01", source: "sentence" });
    expect(c.get("8,050")).toMatchObject({ asOf: "2025-06-10", source: "article" });
  });

  it("reinforcements, replacements and an 'N-strong' unit are troops; a crowd is not", () => {
    const c = claimsOf(
      "Some 3,100 replacements arrived in Kursk in January.\nNorth Korea sent 3,200 reinforcements to Russia.\nA 2,300-strong North Korean unit was moved to Kursk.\nA 2,400-strong crowd cheered in Pyongyang.\n",
    );
    expect([...c.entries()].map(([f, v]) => [f, v.kind])).toEqual([
      ["Some 3,100", "troops-deployed"],
      ["3,200", "troops-deployed"],
      ["2,300", "troops-deployed"],
    ]);
  });

  it("the whole that losses are taken from ('of whom') is the deployment", () => {
    const c = claimsOf(
      "The agency said 9,000 North Korean soldiers are in Russia, of whom 300 were killed and 2,700 wounded.\n",
    );
    expect([...c.entries()].map(([f, v]) => [f, v.kind])).toEqual([
      ["9,000", "troops-deployed"],
      ["300", "casualties-killed"],
      ["2,700", "casualties-wounded"],
    ]);
  });

  it("a bare number that is the subject of a deployment's verb, after troops, is a deployment", () => {
    const c = claimsOf(
      "North Korea has sent troops to Russia, officials said. The agency believes around 9,000 are now in Russia's Kursk region.\nThe first North Korean soldiers arrived in October. Perhaps 2,000 more followed in January.\nThe stadium holds 5,000.\n",
    );
    expect([...c.entries()].map(([f, v]) => [f, v.kind])).toEqual([
      ["around 9,000", "troops-deployed"],
      ["Perhaps 2,000", "troops-deployed"],
    ]);
  });

  it("a ratio is one share, its two sides no counts of their own", () => {
    const c = claimsOf(
      "Around 1 in 3 of the North Korean troops deployed have been killed or wounded.\nOne in five North Korean soldiers has been killed.\nNorth Korea lost 3,000 soldiers in 10 days.\nUkraine said it killed 3 in 10 separate clashes.\n",
    );
    expect([...c.entries()].map(([f, v]) => [f, v.kind, v.min])).toEqual([
      ["Around 1 in 3", "casualty-rate", 33.33],
      ["One in five", "casualty-rate", 20],
      ["3,000", "casualties-total", 3000],
    ]);
  });

  it("people who live somewhere, a crowd, defectors, a family, a war of the last century or a unit's strength are not the force", () => {
    const c = claimsOf(
      [
        "Kim grew up in Hyesan, a town of about 180,000 people, the second of three children.",
        "North Korea, a country of about 26 million people, has not confirmed any deaths.",
        "Some 500 people gathered outside the embassy in Seoul.",
        "Last year 236 North Koreans defected to the South.",
        "During the Korean War, China sent about 2.9 million soldiers to the peninsula.",
        "The 1950-53 war killed an estimated 2.5 million people.",
        "The 7th Corps is thought to number between 40,000 and 50,000 troops.",
        "It is the largest deployment since the Korean War, with some 12,000 troops sent to Kursk.",
        "A unit of 3,500 soldiers was sent to Kursk in November.",
        "",
      ].join("\n"),
    );
    expect([...c].filter(([, v]) => v.kind !== "context").map(([f, v]) => [f, v.kind])).toEqual([
      ["some 12,000", "troops-deployed"],
      ["3,500", "troops-deployed"],
    ]);
    expect(c.get("about 180,000")?.kind).toBe("context");
    expect(c.get("an estimated 2.5 million")?.kind).toBe("context");
  });

  it("a settlement's people, a boy's age, barrels under a cap, a hedged unit strength and another army's losses are not the force", () => {
    const c = claimsOf(
      [
        "Tumangang, a settlement of about 640 people, lies near the border.",
        "One of them was a boy of 19, from my old county.",
        "Pyongyang sent 1.2 million barrels of fuel, well above the UN cap of 500,000 barrels a year.",
        "The Storm Corps has maybe 45,000 men.",
        "Kyiv estimates total Russian losses since February 2022 at more than 830,000 personnel.",
        "Pyongyang earns $2,000 a month for each of 11,500 soldiers.",
        "",
      ].join("\n"),
    );
    expect([...c].filter(([, v]) => v.kind !== "context").map(([f, v]) => [f, v.kind])).toEqual([
      ["$2,000 a month", "pay-per-soldier"],
      ["11,500", "troops-deployed"],
    ]);
    expect(c.get("about 640")?.kind).toBe("context");
    expect(c.get("more than 830,000")?.kind).toBe("context");
  });

  it("'the enemy lost' and 'enemy losses' are another army's losses unless the clause names North Korea", () => {
    const c = claimsOf(
      [
        "The Moscow defence office said the enemy lost 470 servicemen over the past day.",
        "Its daily summary put enemy losses near Sudzha at 1,260 troops.",
        "Kyiv's General Staff said enemy losses included 310 North Korean soldiers killed.",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind])).toEqual([
      ["470", "context"],
      ["1,260", "context"],
      ["310", "casualties-killed"],
    ]);
  });

  it("what soldiers 'got' or 'were given' is their take-home; what the regime gets is not", () => {
    const c = claimsOf(
      "Soldiers got $120 a month, the defector said.\nThe conscripts were given $95 a month.\nThe regime gets $18 million a month from the deal.\nKim Soo-ah said soldiers got $105 a month.\n",
    );
    expect(c.get("$120 a month")?.kind).toBe("soldier-take-home");
    expect(c.get("$95 a month")?.kind).toBe("soldier-take-home");
    expect(c.get("$18 million a month")?.kind).toBe("pay-total");
    // A person named Kim is not Kim Jong Un.
    expect(c.get("$105 a month")?.kind).toBe("soldier-take-home");
  });

  it("a question heading is what the paragraph under it counts, and 'the estimate is' is not a speaker", () => {
    const c = claimsOf(
      "How many North Korean soldiers has Pyongyang sent?\nThe best available estimate is about 14,300.\nThe stadium in the capital holds 50,000.\n",
    );
    expect(c.get("about 14,300")).toEqual({ kind: "troops-deployed", min: 14300, max: 14300, by: null });
    expect(c.get("50,000")).toBeUndefined();
  });

  it("another army's losses however their subject is set off, another country's active troops, and a running total of Russia's", () => {
    const c = claimsOf(
      [
        "Russia, which has a population of 143 million, has been losing around 1,450 men a day.",
        "The Russian army, by contrast, has lost more than 41,000 soldiers.",
        "Kyiv, which has lost territory, says 3,150 North Korean soldiers were killed.",
        "North Korea's regular army numbers about 1.2 million, while South Korea fields some 480,000 active troops.",
        "Russian losses amounted to 1,420 personnel in the past day, bringing Russia's total since February 2022 to roughly 815,000.",
        "",
      ].join("\n"),
    );
    expect([...c].filter(([, v]) => v.kind !== "context").map(([f, v]) => [f, v.kind])).toEqual([
      ["3,150", "casualties-killed"],
    ]);
    expect(c.get("roughly 815,000")?.kind).toBe("context");
    expect(c.get("some 480,000")?.kind).toBe("context");
  });

  it("the part of the casualties a predicate names, and the worth of each soldier to Pyongyang", () => {
    const c = claimsOf(
      "The agency said about 2,650 of the casualties were wounded soldiers, and 310 of them were killed.\nEach North Korean soldier sent to Russia is worth about $2,050 a month to Pyongyang.\n",
    );
    expect(c.get("about 2,650")?.kind).toBe("casualties-wounded");
    expect(c.get("310")?.kind).toBe("casualties-killed");
    expect(c.get("about $2,050 a month")?.kind).toBe("pay-per-soldier");
  });

  it("a head count a sum is worked out from is not a count of its own; pay 'the same as' others' is this pay", () => {
    const c = claimsOf(
      [
        "If that figure is right, a force of 11,050 would earn Pyongyang about $265 million a year.",
        "That would amount to roughly $21 million a month for a 10,050-strong force.",
        "Pyongyang's 12,050 troops earn about $2,050 each a month.",
        "According to Rossiya-1, the soldiers are paid the same as Russian contract servicemen, at least 210,500 rubles a month.",
        "",
      ].join("\n"),
    );
    expect(c.get("11,050")?.kind).toBe("context");
    expect(c.get("10,050")?.kind).toBe("context");
    expect(c.get("12,050")?.kind).toBe("troops-deployed");
    expect(c.get("at least 210,500 rubles a month")).toMatchObject({ kind: "pay-per-soldier", by: "Rossiya-1" });
  });

  it("a share written as a number is the claim; the same sentence's 'goes into state coffers' adds no 100 per cent", () => {
    const c = claimsOf("Between 90 and 95 per cent of the money goes straight into state coffers, a defector said.\n");
    expect([...c.values()].map((v) => [v.kind, v.min, v.max])).toEqual([["regime-share", 90, 95]]);
  });

  it("every item of an 'including' list is a part, and the parts of a force still to come are still to come", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const body =
      "North Korea has sent about 15,050 soldiers to Russia and plans to send 6,050 more, including 1,050 deminers and 5,050 military builders, Seoul said.\n";
    const { claims } = extractCorpus([{ slug: "parts", file: "parts.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["about 15,050", "troops-deployed", null],
      ["6,050", "troops-projected", "additional troops (an increase)"],
      ["1,050", "troops-projected", "part of the larger count before it"],
      ["5,050", "troops-projected", "part of the larger count before it"],
    ]);
  });

  it("'killed or wounded N' counts both; prisoners counted on their own are not casualties counted together", () => {
    const c = claimsOf(
      "Ukraine's president said his forces had killed or wounded 3,850 North Koreans.\nTwo North Korean soldiers captured in Kursk told interrogators they had been deceived.\nUkrainian forces have captured 12 North Korean soldiers and killed 310, Kyiv said.\n",
    );
    expect(c.get("3,850")?.kind).toBe("casualties-total");
    expect(c.get("Two")?.kind).toBe("context");
    expect(c.get("12")?.kind).toBe("context");
    expect(c.get("310")?.kind).toBe("casualties-killed");
  });

  it("exchange rates, batch sizes, an expected total and a hyphenated age are read as what they are", () => {
    const c = claimsOf(
      [
        "At the market rate of about 8,050 won to the dollar, a soldier's pay at home is worth little.",
        "The ruble fell to more than 110 rubles to the dollar as the soldiers' pay was set.",
        "About 1,550 North Korean troops have arrived in Russia's Far East, the first of an expected 12,050.",
        "The troops travelled in two batches of 1,250.",
        "The prisoner, a 19-year-old private, said he was promised $2,050 a month.",
        "",
      ].join("\n"),
    );
    expect(c.get("about 8,050 won")).toBeUndefined();
    expect(c.get("more than 110 rubles")).toBeUndefined();
    expect(c.get("12,050")?.kind).toBe("troops-projected");
    expect(c.get("1,250")?.kind).toBe("context");
    expect(c.get("19-year")).toMatchObject({ kind: "biography", min: 19 });
  });

  it("arms sales are not pay, a body's name is not what money is for, and a miner's wage is not a soldier's pay", () => {
    const c = claimsOf(
      [
        "The deployment earns Pyongyang money, not counting the artillery shells it has sold Moscow, which the ministry has valued at up to $21 billion.",
        "Park Dong-won, a researcher at the Korea Institute for Strategic Economy, puts it at $850 to $1,050 per soldier per month.",
        "His father, a 54-year-old coal miner, earns the equivalent of about $3 a month, Ri said.",
        "",
      ].join("\n"),
    );
    expect(c.get("up to $21 billion")?.kind).toBe("context");
    expect(c.get("$850 to $1,050 per soldier per month")?.kind).toBe("pay-per-soldier");
    expect(c.get("about $3 a month")?.kind).toBe("context");
  });

  it("a day's tally, a running total, a second count's participle and a count of the article's sources", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const body = [
      "In the past 24 hours, units of the Command eliminated 47 North Korean servicemen and wounded 62.",
      "The first units suffered heavy losses.",
      "Seoul says North Korea has sent about 3,050 more troops, bringing the total to roughly 14,050.",
      "Oh Min-ji said about 2,550 had been killed and 15,050 deployed.",
      "North Korea is preparing to replace those killed or wounded, according to three people familiar with the matter.",
      "",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "tally", file: "tally.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["47", "casualties-killed", "only in the past 24 hours"],
      ["62", "casualties-wounded", "only in the past 24 hours"],
      ["about 3,050", "troops-deployed", "additional troops (an increase)"],
      ["roughly 14,050", "troops-deployed", null],
      ["about 2,550", "casualties-killed", null],
      ["15,050", "troops-deployed", null],
    ]);
  });

  it("a clause's own words decide its kind: a force put at N beside casualties, a whole with its dead, another army's elided pair and part", () => {
    const c = claimsOf(
      [
        "In January, the NIS had put the deployment at 11,050 and casualties at 3,050.",
        "Russia is preparing to bring in another 25,050 North Korean soldiers, HUR said.",
        "South Korea's spy agency put the number at 4,750, including 1,150 dead.",
        "Ukraine's military intelligence said 4,050 North Koreans had been put out of action.",
        "Kyiv put Russia's total losses since the February 2022 invasion at 884,050 troops, including 1,250 in the past day.",
        "Kyiv said 46,050 Ukrainian soldiers had been killed and about 380,050 wounded.",
        "North Korea's trade with Russia, which was worth about $2.35 billion, grew.",
        "",
      ].join("\n"),
    );
    expect(c.get("11,050")?.kind).toBe("troops-deployed");
    expect(c.get("3,050")?.kind).toBe("casualties-total");
    expect(c.get("25,050")?.kind).toBe("troops-projected");
    expect(c.get("4,750")?.kind).toBe("casualties-total");
    expect(c.get("1,150")?.kind).toBe("casualties-killed");
    expect(c.get("4,050")?.kind).toBe("casualties-total");
    expect(c.get("884,050")?.kind).toBe("context");
    expect(c.get("1,250")?.kind).toBe("context");
    expect(c.get("46,050")?.kind).toBe("context");
    expect(c.get("about 380,050")?.kind).toBe("context");
    expect(c.get("about $2.35 billion")?.kind).toBe("context");
  });

  it("a bound or a period written for the next figure of a sentence is not this one's", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const body =
      "At an estimated 11,050 soldiers and $2,050 each, Russia would be paying some $22.5 million a month, or more than $270 million a year.\nAbout 11,150 or more troops are there.\n";
    const { claims } = extractCorpus([{ slug: "bounds", file: "bounds.md", meta, body, bodyLine: 1 }]);
    // (The $2,050 is the input of the sum after it, reported as skipped.)
    expect(claims.map((c) => [c.figure, c.value.min, c.value.max, c.value.per])).toEqual([
      ["some $22.5 million a month", 22_500_000, 22_500_000, "month"],
      ["more than $270 million a year", 270_000_000, null, "year"],
      ["About 11,150", 11150, null, null],
    ]);
  });

  it("a new contingent is an increase, and one unit's strength is not the force", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const body =
      "The NIS believes North Korea additionally sent some 3,050 troops in January.\nPyongyang rotated in a fresh contingent of roughly 1,550 soldiers.\n“In my unit we were 120 men and nobody ever asked,” he said.\n";
    const { claims } = extractCorpus([{ slug: "units", file: "units.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["some 3,050", "troops-deployed", "additional troops (an increase)"],
      ["roughly 1,550", "troops-deployed", "additional troops (an increase)"],
      ["120", "context", null],
    ]);
  });

  it("'estimated' after its subject is the verb: the figure is the subject's, not hedged", () => {
    const c = claimsOf(
      "The Tidewater Bureau estimated 2,350 casualties among the North Korean troops.\nAn estimated 9,800 North Korean soldiers are in Kursk.\n",
    );
    expect(c.get("2,350")).toEqual({ kind: "casualties-total", min: 2350, max: 2350, by: "Tidewater Bureau" });
    expect(c.get("An estimated 9,800")?.kind).toBe("troops-deployed");
  });

  it("increments with a verb or a time after them, a count that takes the noun before it, and a force put at a figure", () => {
    const c = claimsOf(
      [
        "About 11,100 North Korean troops arrived in the autumn, with some 3,200-4,100 more arriving in the first quarter.",
        "About 11,300 North Korean troops were sent in late 2024, followed by roughly 2,900 more early this year.",
        "Some 11,600 troops were sent in the autumn, with a further 3,300 reported to have arrived in January.",
        "Ukrainian special forces said they had killed 23 North Korean soldiers and wounded 17 in the clash.",
        "Official estimates put the deployment at about 14,200.",
        "Fewer than 2,100 North Korean soldiers are thought to be in frontline positions at any one time.",
        "Ukrainian forces killed 310 North Korean soldiers near Sudzha.",
        "",
      ].join("\n"),
    );
    expect([...c].filter(([, v]) => v.kind !== "context").map(([f, v]) => [f, v.kind])).toEqual([
      ["About 11,100", "troops-deployed"],
      ["some 3,200-4,100", "troops-deployed"],
      ["About 11,300", "troops-deployed"],
      ["roughly 2,900", "troops-deployed"],
      ["Some 11,600", "troops-deployed"],
      ["3,300", "troops-deployed"],
      ["23", "casualties-killed"],
      ["17", "casualties-wounded"],
      ["about 14,200", "troops-deployed"],
      ["Fewer than 2,100", "troops-deployed"],
      ["310", "casualties-killed"],
    ]);
  });

  it("what an agency expects to be sent is a projection, military engineers included, and its chief is not the agency", () => {
    const c = claimsOf(
      "Spy agency chief Won Tae-ha said 11,400 North Korean soldiers were in Russia.\nHe added that the agency expects the North to send another 6,100 military engineers and 1,100 deminers to Kursk.\n",
    );
    expect([...c].map(([f, v]) => [f, v.kind])).toEqual([
      ["11,400", "troops-deployed"],
      ["6,100", "troops-projected"],
      ["1,100", "troops-projected"],
    ]);
    // "the agency" is not the agency's chief.
    expect(c.get("6,100")?.by).not.toBe("Won Tae-ha");
  });

  it("the Second World War, a count of labourers named before it and the North's standing forces are not the force", () => {
    const c = claimsOf(
      [
        "World War II killed an estimated 8.1 million people in Ukraine.",
        "Officials said 3,050 North Korean troops arrived in January.",
        "Separately, the number of North Korean labourers working on Russian construction sites had risen to around 15,500 this year.",
        "North Korea keeps an estimated 210,000 special operations troops, according to a defence white paper.",
        "",
      ].join("\n"),
    );
    expect([...c].filter(([, v]) => v.kind !== "context").map(([f, v]) => [f, v.kind])).toEqual([
      ["3,050", "troops-deployed"],
    ]);
    expect(c.get("around 15,500")?.kind).toBe("context");
  });

  it("an exchange rate, a statistic's interval and Kiev's own losses are not figures of the force; more bounds are read", () => {
    const c = claimsOf(
      [
        "Pyongyang earns 2.5 million won a month per soldier. (Exchange rate: 1 dollar = 1,420 won.)",
        "Kiev's own losses exceeded 41,000 servicemen, according to the Russian Defence Ministry.",
        "Casualty ranges are 80 per cent intervals around a central estimate of 5,350 killed or wounded.",
        "The payments could total as high as $510 million a year, officials said.",
        "I believe the number of North Korean dead alone is higher than 2,050.",
        "The regime keeps 94 per cent at least, defectors say.",
        "About 11,000 North Korean troops arrived in the autumn. A second wave of up to 3,050 followed in January.",
        "",
      ].join("\n"),
    );
    expect([...c].filter(([, v]) => v.kind !== "context").map(([f, v]) => [f, v.kind, v.min, v.max])).toEqual([
      ["2.5 million won a month per soldier", "pay-per-soldier", 2500000, 2500000],
      ["5,350", "casualties-total", 5350, 5350],
      // Two sentences after a sentence on pay, "the payments" are its total.
      ["as high as $510 million a year", "pay-total", null, 510000000],
      ["higher than 2,050", "casualties-killed", 2050, null],
      ["94 per cent", "regime-share", 94, null],
      ["About 11,000", "troops-deployed", 11000, 11000],
      ["up to 3,050", "troops-deployed", null, 3050],
    ]);
    expect(c.get("as high as $510 million a year")?.max).toBe(510000000);
    expect(c.get("as high as $510 million a year")?.min).toBeNull();
  });

  it("a count 'including' a part of it scopes the part, so the two never read as conflicting counts of one thing", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body =
      "The number of North Korean military personnel in Russia is approximately 16,100, including 11,550 in combat units.\n" +
      "About 11,050 North Korean soldiers were sent, of whom 310 were killed.\n";
    const { claims } = extractCorpus([{ slug: "part", file: "part.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["approximately 16,100", "troops-deployed", null],
      ["11,550", "troops-deployed", "those in combat units"],
      ["About 11,050", "troops-deployed", null],
      ["310", "casualties-killed", null],
    ]);
  });

  it("a central estimate counts what its range counts, a sum in the millions is a total, and 'you get' starts a clause", () => {
    const c = claimsOf(
      [
        "Combat losses (killed, wounded, captured and missing) most likely lie between 4,550 and 6,550, with a central estimate of 5,350.",
        "Russia pays about $2,000 a month per soldier. Multiply $2,000 by 12,000 soldiers and 12 months and you get $288 million a year.",
        "",
      ].join("\n"),
    );
    expect(c.get("5,350")?.kind).toBe("casualties-total");
    expect(c.get("$288 million a year")?.kind).toBe("pay-total");
  });

  it("'put the figure at' counts what the sentence before counted", () => {
    const c = claimsOf(
      [
        "Some 4,050 North Korean soldiers have been killed or wounded, Kyiv says.",
        "South Korea's spy agency put the figure at about 3,450.",
        "About 310 North Korean soldiers have been killed.",
        "The spy agency put the figure at about 410.",
        "North Korea sent 11,150 troops in October.",
        "The Pentagon put the figure at about 12,150.",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind])).toEqual([
      ["Some 4,050", "casualties-total"],
      ["about 3,450", "casualties-total"],
      ["About 310", "casualties-killed"],
      ["about 410", "casualties-killed"],
      ["11,150", "troops-deployed"],
      ["about 12,150", "troops-deployed"],
    ]);
  });

  it("bodies counted are the dead, and what remains of a force is a count of it", () => {
    const c = claimsOf(
      [
        "Ukrainian soldiers said they had counted 87 North Korean bodies after a failed assault.",
        "Of an original force of about 11,050, some 8,050 remained fit for combat, the agency said.",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind])).toEqual([
      ["87", "casualties-killed"],
      ["about 11,050", "troops-deployed"],
      ["some 8,050", "troops-deployed"],
    ]);
  });

  it("a row of labelled figures gives each figure its own label's kind", () => {
    const c = claimsOf(
      [
        "The ministry's latest figures:",
        "Killed: 610 | Wounded: 3,410 | Total: 4,020",
        "Deployed: 11,050 | Killed or wounded: more than 4,050",
        "Home | World | Asia",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind])).toEqual([
      ["610", "casualties-killed"],
      ["3,410", "casualties-wounded"],
      ["4,020", "casualties-total"],
      ["11,050", "troops-deployed"],
      ["more than 4,050", "casualties-total"],
    ]);
  });

  it("military personnel are troops, and 'lost N servicemen killed' counts the killed", () => {
    const c = claimsOf(
      [
        "The number of North Korean military personnel in Russia is approximately 16,200.",
        "HUR said the contingent has lost 2,350 servicemen killed and 4,150 wounded.",
        "North Korea has lost 4,050 soldiers killed or wounded.",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind])).toEqual([
      ["approximately 16,200", "troops-deployed"],
      ["2,350", "casualties-killed"],
      ["4,150", "casualties-wounded"],
      ["4,050", "casualties-total"],
    ]);
  });

  it("'maybe more', 'if not more' and 'possibly more' after a figure leave it open above", () => {
    const c = claimsOf(
      [
        "The party keeps 85 percent, maybe more.",
        "North Korea has lost 4,100 soldiers, possibly more.",
        "The regime takes 75 percent, if not more, of the pay.",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.min, v.max])).toEqual([
      ["85 percent", 85, null],
      ["4,100", 4100, null],
      ["75 percent", 75, null],
    ]);
  });

  it("money over a stated stretch of service is a yearly total for twelve months, and scoped as a total otherwise", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body =
      "The soldier would take home about $410 a month, or $4,920 over a twelve-month tour.\n" +
      "Each soldier is paid $2,000 a month, or $12,000 for a six-month deployment.\n";
    const { claims } = extractCorpus([{ slug: "over", file: "over.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.value.per, c.scope])).toEqual([
      ["about $410 a month", "month", null],
      ["$4,920", "year", null],
      ["$2,000 a month", "month", null],
      ["$12,000", null, "a total for a six-month deployment"],
    ]);
  });

  it("money in a passage about no soldiers, a broker's fee, a budget, and a percentage change are not pay or shares", () => {
    const c = claimsOf(
      [
        "Pak said he paid a broker 9 million won to cross the border in 2018.",
        "The ministry said it would spend 1.7 trillion won next year on new radar systems.",
        "Shell output could rise by 30 per cent next year, the report said.",
        "Each soldier could earn about $1,900 a month in Russia, officials said.",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind])).toEqual([
      ["9 million won", "context"],
      ["1.7 trillion won", "context"],
      ["30 per cent", "context"],
      ["about $1,900 a month", "pay-per-soldier"],
    ]);
  });

  it("the words crediting a figure never veto it, whatever appositives the speaker carries", () => {
    const c = claimsOf(
      [
        "Ukraine's military intelligence agency, known as GUR, said 12,500 North Korean soldiers were in Kursk.",
        "Olena Testenko, head of Ukraine's military intelligence, said 13,500 North Korean soldiers were in Kursk.",
        "In a separate assessment, Ukraine's military intelligence agency said it expected Moscow to bring in as many as 31,000 North Korean troops.",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind, v.by])).toEqual([
      ["12,500", "troops-deployed", "Ukraine's military intelligence agency"],
      ["13,500", "troops-deployed", "Olena Testenko"],
      ["as many as 31,000", "troops-projected", "Ukraine's military intelligence agency"],
    ]);
  });

  it("'a further' and 'another' count an increase, not the whole force", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body =
      "Officials said Pyongyang had sent a further 1,600 to 2,100 soldiers over the past month.\nAnother 3,100 North Korean troops arrived in Kursk, officials said.\nAbout 11,500 North Korean troops are in Kursk, officials said.\n";
    const { claims } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      // The stretch an increase covers is said with it.
      ["1,600 to 2,100", "troops-deployed", "additional troops over the past month (an increase)"],
      ["3,100", "troops-deployed", "additional troops (an increase)"],
      ["About 11,500", "troops-deployed", null],
    ]);
  });

  it("other armies, a whole army, recruits to Russia's army, a job, a broker's cut, a family and an 'if' are not this deployment", () => {
    const c = claimsOf(
      [
        "He is 38 now, married, with a son of three.",
        "He sends his father money through brokers, who keep 25% as their fee.",
        "He works at a printing plant and earns 2.3 million won a month.",
        "North Korea's regular army is estimated at about 1.3 million personnel, the agency said.",
        "More than 410,000 people signed contracts with the Russian Defence Ministry last year, an official said.",
        "Russia's losses since the start of the invasion have exceeded 870,000, Kyiv said.",
        "If Russia pays $1,900 a month for each of 14,000 soldiers, the bill would come to $26.6m a month.",
        "North Korean losses were about 4,100, the agency said.",
        "Daily NK said 310 North Korean soldiers had died.",
        "",
      ].join("\n"),
    );
    expect([...c].filter(([, v]) => v.kind !== "context").map(([f, v]) => [f, v.kind])).toEqual([
      ["$26.6m a month", "pay-total"],
      ["about 4,100", "casualties-total"],
      ["310", "casualties-killed"],
    ]);
    expect(c.has("three")).toBe(false);
    expect(c.has("14,000")).toBe(false);
    expect(c.has("$1,900 a month")).toBe(false);
  });

  it("a 'by the numbers' list gives its figures, each counting what follows its label", () => {
    const c = claimsOf(
      [
        "By the numbers",
        "- 620: North Korean soldiers killed, according to officials",
        "- 11,300: North Korean troops sent to Russia, according to officials",
        "- Up to 93%: share of the pay kept by the state, according to defectors",
        "",
      ].join("\n"),
    );
    expect([...c].map(([f, v]) => [f, v.kind, v.by])).toEqual([
      ["620", "casualties-killed", "officials"],
      ["11,300", "troops-deployed", "officials"],
      ["Up to 93%", "regime-share", "defectors"],
    ]);
  });

  it("a count of one period ('in the past month alone') is scoped to it, never read as the running total", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body =
      "Officials said up to 1,250 North Korean soldiers had been wounded in the past month alone.\nAbout 11,400 North Korean soldiers have been deployed over the past year, officials said.\n";
    const { claims } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.scope])).toEqual([
      ["up to 1,250", "only in the past month"],
      ["About 11,400", null],
    ]);
  });
});

describe("people counted by the work they do", () => {
  it("are workers, not a deployment, whether the count is exact or vague", () => {
    const c = claimsOf(
      [
        "About 200,000 North Koreans work abroad, officials said.",
        "Several hundred thousand North Koreans have been working in Russia since 2023, the ministry said.",
        "About 11,000 North Koreans were sent to fight in Kursk, officials said.",
        "",
      ].join("\n"),
    );
    expect(c.get("About 200,000")?.kind).toBe("context");
    expect(c.get("Several hundred thousand")?.kind).toBe("context");
    expect(c.get("About 11,000")?.kind).toBe("troops-deployed");
  });
});

describe("the size of a force named before its number", () => {
  it("is a deployment, though the sentence speaks of losses", () => {
    const c = claimsOf(
      [
        "Casualties have mounted in a force that Seoul puts at 11,000 troops.",
        "The wounded are flown home from a force estimated at 10,000 troops.",
        "Seoul put casualties at 3,000 troops.",
        "",
      ].join("\n"),
    );
    expect(c.get("11,000")).toMatchObject({ kind: "troops-deployed", by: "Seoul" });
    expect(c.get("10,000")).toMatchObject({ kind: "troops-deployed", by: null });
    expect(c.get("3,000")?.kind).toBe("casualties-total");
  });
});

describe("numbers that count nothing", () => {
  it("codes, telephone numbers and the size of a sample of documents are never troops", () => {
    const c = claimsOf(
      [
        "About 11,000 soldiers were sent, the agency said.",
        "The monitor listed two vessels with IMO numbers 9123456 and 9234567.",
        "Families can call the helpline, whose number is 0800 5550199.",
        "We found the $2,000 figure repeated in 214 articles in our sample of 600.",
        "",
      ].join("\n"),
    );
    expect([...c.keys()].sort()).toEqual(["$2,000", "About 11,000"]);
  });
});

describe("a part of each payment", () => {
  it("is the soldier's only when it reaches them; the whole is the pay per soldier", () => {
    const c = claimsOf(
      [
        "Russia pays about $2,000 a month for each North Korean soldier, officials said.",
        "About $1,850 of every $2,050 paid for each soldier stays in Pyongyang, analysts said.",
        "Only $210 of every $2,100 reaches the soldiers, a defector said.",
        "",
      ].join("\n"),
    );
    expect(c.get("About $1,850")?.kind).toBe("context");
    expect(c.get("$2,050")?.kind).toBe("pay-per-soldier");
    expect(c.get("$210")?.kind).toBe("soldier-take-home");
    expect(c.get("$2,100")?.kind).toBe("pay-per-soldier");
  });
});

describe("a relative clause between commas", () => {
  it("counts what its own words say, not what the main clause after it says", () => {
    const c = claimsOf(
      "The agency, which says about 11,200 soldiers were sent in the first wave, told lawmakers it believed around 1,550 had died.\n",
    );
    expect(c.get("about 11,200")?.kind).toBe("troops-deployed");
    expect(c.get("around 1,550")?.kind).toBe("casualties-killed");
  });
});

describe("an earlier value of a count", () => {
  it("'up from N' counts what the count before it counts, unless its own noun says otherwise", () => {
    const c = claimsOf(
      [
        "The agency said about 6,100 North Korean soldiers had been killed or wounded since they were first deployed in Kursk last autumn, up from 4,100 in its estimate in February.",
        "About 6,200 North Korean soldiers had been killed or wounded, up from 4,200 killed in January.",
        "",
      ].join("\n"),
    );
    expect(c.get("about 6,100")?.kind).toBe("casualties-total");
    expect(c.get("4,100")?.kind).toBe("casualties-total");
    expect(c.get("4,200")?.kind).toBe("casualties-killed");
  });
});

describe("a speaker's job title", () => {
  it("says nothing of what the money is for", () => {
    const c = claimsOf(
      [
        "A former North Korean trade official, Han Myong-su, estimates that Russia paid Pyongyang roughly $30,100 per soldier per year.",
        "North Korea's trade with Russia was worth $34.1 million.",
        "",
      ].join("\n"),
    );
    expect(c.get("roughly $30,100 per soldier per year")?.kind).toBe("pay-per-soldier");
    expect(c.get("$34.1 million")?.kind).toBe("context");
  });
});

describe("a bare 'the number'", () => {
  it("counts what the sentence right before it counted, not what a paragraph further back did", () => {
    const c = claimsOf(
      [
        "Ukraine says about 6,300 North Korean soldiers have been killed or wounded.",
        "Officials also said 15,300 soldiers had been sent. The agency puts the number at about 11,300.",
        "Kyiv said 1,300 had been killed. Seoul puts the number at about 1,400.",
        "",
      ].join("\n"),
    );
    expect(c.get("about 11,300")?.kind).toBe("troops-deployed");
    expect(c.get("about 1,400")?.kind).toBe("casualties-killed");
  });

  it("counts what a bare number before it in its sentence restated, when that number repeats a count before", () => {
    const c = claimsOf(
      [
        "A channel on Telegram claimed that 16,500 North Korean troops are now in Russia.",
        "Kyiv says about 3,900 North Korean soldiers have been killed near Kursk.",
        "The analyst Mira Solberg said 16,500 was too high and put the number at about 12,700.",
        "She said 3,900 was too high as well and put the number at about 2,600.",
        "",
      ].join("\n"),
    );
    expect(c.get("about 12,700")?.kind).toBe("troops-deployed");
    expect(c.get("about 2,600")?.kind).toBe("casualties-killed");
  });
});

describe("parts, rewards and 'nearly all'", () => {
  it("'N of them' after a count is a part of it: the whole keeps its kind, the part never stands as the whole", () => {
    const c = claimsOf(
      "Some 10,500 North Korean troops are in Russia, some 2,800 of them already moved to the front near Bryansk.\nAbout 12,500 North Korean soldiers are in Russia, about 3,700 of them wounded.\n",
    );
    expect(c.get("Some 10,500")?.kind).toBe("troops-deployed");
    expect(c.get("some 2,800")?.kind).toBe("context");
    expect(c.get("About 12,500")?.kind).toBe("troops-deployed");
    expect(c.get("about 3,700")?.kind).toBe("casualties-wounded");
  });

  it("a reward or a fine is never pay", () => {
    const c = claimsOf(
      "The State Department offered a reward of up to $4 million for information on the network that pays North Korean soldiers.\nBanks face fines of $250,000 for moving the soldiers' pay.\n",
    );
    expect(c.get("up to $4 million")?.kind).toBe("context");
    expect(c.get("$250,000")?.kind).toBe("context");
  });

  it("'nearly all of which goes straight to the regime' gives no share of 100%", () => {
    const claims = claimsIn(
      "Moscow pays about $1,900 per soldier per month, nearly all of which goes straight to the regime.\nThe bonus goes straight to the regime, a defector said.\n",
    );
    expect(
      claims.filter((x) => x.kind === "regime-share").map((x) => [x.value.min, x.attributedTo?.name ?? null]),
    ).toEqual([[100, "a defector"]]);
  });
});

describe("a rate's period and the sums after it", () => {
  it("a sum compared with the rate ('far less than the N bonus') does not take its period; one worked out from it does", () => {
    const claims = claimsIn(
      "Families of deployed soldiers received about $60 to $90 a month, far less than the $1,500 bonus promised to volunteers.\nRussia pays $1,950 per month for each soldier, which translates to $21 million for the whole force.\n",
    );
    expect(claims.map((c) => [c.figure, c.value.per])).toEqual([
      ["about $60 to $90 a month", "month"],
      ["$1,500", null],
      ["$1,950 per month", "month"],
      ["$21 million", "month"],
    ]);
  });
});

describe("a day's pay named by its noun", () => {
  it("'the daily rate works out to about $66 per soldier' is a day's pay; 'Daily NK said' names no period", () => {
    const claims = claimsIn(
      "The researcher said the daily rate works out to about $66 per North Korean soldier.\nDaily NK said North Korean soldiers get $1,950 a month.\nDaily NK said each North Korean soldier gets $1,960.\nDaily pay for the North Korean soldiers is about $67.\nNorth Korea's daily pay talks with Moscow set each North Korean soldier's salary at $1,970.\n",
    );
    expect(claims.map((c) => [c.figure, c.value.per])).toEqual([
      ["about $66", "day"],
      ["$1,950 a month", "month"],
      ["$1,960", null],
      ["about $67", "day"],
      ["$1,970", null],
    ]);
  });
});

describe("what a case leaves a soldier", () => {
  it("'That would leave a soldier paid $2,000 with $200 to $400 a month' is a take-home figure, and the $2,000 the case it is worked out for", () => {
    expect(
      claimsIn(
        "The regime keeps 80 to 90 per cent of the pay, the agency said. That would leave a soldier paid $2,040 with $204 to $408 a month.\n",
      ).map((c) => [c.figure, c.kind]),
    ).toEqual([
      ["80 to 90 per cent", "regime-share"],
      ["$2,040", "context"],
      ["$204 to $408 a month", "soldier-take-home"],
    ]);
  });
});

describe("a rate worked out at a figure given before", () => {
  it("'At $2,000 a month, the daily rate works out to about $66' gives neither figure as a claim", () => {
    const { claims, skipped } = extractionOf(
      "The spy agency says North Korean soldiers get $2,090 a month.\nAt $2,090 a month, the daily rate works out to about $69, a defector said.\nAt 11,090 troops, the force is the largest foreign contingent, the agency said.\n",
    );
    expect(claims.map((c) => c.figure)).toEqual(["$2,090 a month", "11,090"]);
    expect(skipped.filter((k) => /worked out at a figure given before/.test(k.reason)).map((k) => k.text)).toEqual([
      "$2,090 a month",
      "about $69",
    ]);
  });
});

describe("rates and shares in other words", () => {
  it("'a $1,900-a-month salary' is a monthly rate, 'a $23,000-a-year wage' a yearly one", () => {
    const claims = claimsIn(
      "North Korean soldiers are promised a $1,900-a-month salary by Moscow, the NIS said.\nEach North Korean soldier earns a $23,000-a-year wage, the NIS said.\n",
    );
    expect(claims.map((c) => [c.kind, c.value.min, c.value.per])).toEqual([
      ["pay-per-soldier", 1900, "month"],
      ["pay-per-soldier", 23000, "year"],
    ]);
  });

  it("'N percent of this sum is never passed on to the soldiers' is the regime's share", () => {
    const c = claimsOf(
      "North Korean soldiers in Russia are paid $1,900 a month.\nThe agency estimated that 75 to 85 percent of this sum is never passed on to the soldiers.\n",
    );
    expect(c.get("75 to 85 percent")?.kind).toBe("regime-share");
  });
});

describe("tolls and figures once given", () => {
  it("a toll named before the number counts losses; a death toll counts the dead", () => {
    const c = claimsOf(
      "The NIS put the toll at 3,900 North Korean soldiers.\nKyiv put the North Korean death toll at 1,300.\n",
    );
    expect(c.get("3,900")?.kind).toBe("casualties-total");
    expect(c.get("1,300")?.kind).toBe("casualties-killed");
  });

  it("'which once put the toll at N' is an earlier figure of an unknown date", () => {
    const claims = claimsIn(
      "Ukraine's General Staff, which once put the toll at 3,800, now counts more than 5,900 North Korean casualties.\n",
      "2025-10-01",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.asOf])).toEqual([
      ["3,800", "casualties-total", null],
      ["more than 5,900", "casualties-total", "2025-10-01"],
    ]);
  });
});

describe("the scope of a count of casualties moved somewhere", () => {
  it("'wounded … taken to military hospitals in and around Moscow' counts only those", () => {
    const claims = claimsIn(
      "About 1,700 wounded North Korean soldiers have been taken to military hospitals in and around Moscow, a military source said.\n",
    );
    expect(claims.map((c) => [c.kind, c.scope])).toEqual([
      ["casualties-wounded", "only those taken to military hospitals in and around Moscow"],
    ]);
  });
});

describe("a count limited to a place", () => {
  it("'In the Kursk region alone, about N were killed or wounded' counts only that place", () => {
    const claims = claimsIn(
      "In the Kursk region alone, about 1,050 North Korean soldiers had been killed or wounded, according to the Northern Watch Group.\nAbout 980 North Korean soldiers were killed or wounded in Kursk alone, the group said.\n",
    );
    expect(claims.map((c) => c.scope)).toEqual(["only in the Kursk region", "only in Kursk"]);
  });
});

describe("a vague amount with an upper bound", () => {
  it("'at most a few hundred thousand won' is under a million, not at least 200,000; written after, the same", () => {
    const claims = claimsIn(
      "Families of North Korean soldiers received at most a few hundred thousand won, the group said.\nFamilies of North Korean soldiers received only a few hundred dollars at most, the group said.\n",
    );
    expect(claims.map((c) => [c.value.min, c.value.max])).toEqual([
      [null, 1_000_000],
      [null, 1_000],
    ]);
  });
});

describe("the wires' abbreviated months", () => {
  it("'on Jan. 13' and '(Sept. 5)' date a figure as 'on January 13' does", () => {
    const claims = claimsIn(
      "The NIS said on Jan. 13 that 310 North Korean soldiers had been killed.\nAt least 2,600 North Korean soldiers had been wounded, the NIS said (Sept. 5).\n",
      "2025-11-20",
    );
    expect(claims.map((c) => [c.asOf, c.asOfNote])).toEqual([
      ["2025-01-13", "“on Jan. 13”, with the year of the article's date or the one before"],
      ["2025-09-05", "“Sept. 5”, with the year of the article's date or the one before"],
    ]);
  });
});

describe("comparisons and one-off sums", () => {
  it("what a figure is compared with ('more than a factory worker earns') is not its scope; a one-off sum is not the pay rate", () => {
    const claims = claimsIn(
      "Over a 12-month tour, that is $4,700 per North Korean soldier, more than a North Korean factory worker earns in a decade.\nIt told lawmakers that 1.1 million won ($800) had been paid once to the families of some North Korean officers.\nSome 2,900 North Korean soldiers were sent to Russia for construction work, the NIS said.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind === "pay-per-soldier" ? "pay" : "other", c.scope])).toEqual([
      ["$4,700", "other", null],
      ["1.1 million won ($800)", "other", null],
      ["Some 2,900", "other", "soldiers sent for labour"],
    ]);
  });
});

describe("a part of a whole, and the words after the whole", () => {
  it("'some 5,000 of the 14,000 … have been killed or wounded' is a total of losses; 'of the 11,000 … killed' the dead", () => {
    const claims = claimsIn(
      "Some 4,800 of the 13,500 North Korean soldiers have been killed or wounded.\nAbout 900 of the 10,800 North Korean soldiers have been killed.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["Some 4,800", "casualties-total"],
      ["13,500", "troops-deployed"],
      ["About 900", "casualties-killed"],
      ["10,800", "troops-deployed"],
    ]);
  });
});

describe("'another' after a count of another sort of loss", () => {
  it("'about 1,000 killed … Another 2,000 have been wounded' is a wounded count; after a wounded count it is a rise", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const body =
      "The official said about 1,050 of them had been killed.\nAnother 2,050 have been wounded, the official added.\nKyiv said 2,150 had been wounded by January. Another 550 were wounded in February.\n";
    const { claims } = extractCorpus([{ slug: "another", file: "another.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["about 1,050", "casualties-killed", null],
      ["2,050", "casualties-wounded", null],
      ["2,150", "casualties-wounded", null],
      ["550", "casualties-wounded", "additional losses (an increase)"],
    ]);
  });
});

describe("shares, markers, aid and sums that are not what they look like", () => {
  const kinds = (body: string) => {
    const meta = ArticleMetaSchema.parse({ title: "Invented", publisher: "Test Gazette" });
    const { claims, skipped } = extractCorpus([{ slug: "not", file: "not.md", meta, body, bodyLine: 1 }]);
    return { claims: claims.map((c) => [c.figure, c.kind, c.basis?.count ?? null]), skipped };
  };
  it("what the soldiers receive is not the regime's share; a share of the casualties is no casualty rate", () => {
    const { claims } = kinds(
      [
        "Russia pays $2,050 per soldier per month, of which the soldiers receive an estimated 10 to 20 per cent.",
        "The regime keeps 91 per cent of the pay, the agency said.",
        "Around 71 per cent of the North Korean casualties were reported after January.",
        "The rate is higher than the 21 per cent typically cited for Russian assault units.",
        "",
      ].join("\n"),
    );
    expect(claims).toEqual([
      ["$2,050 per soldier per month", "pay-per-soldier", null],
      ["an estimated 10 to 20 per cent", "context", null],
      ["91 per cent", "regime-share", null],
      ["Around 71 per cent", "context", null],
      ["21 per cent", "context", null],
    ]);
  });
  it("losses put at a number count losses; the whole in 'Of the N who arrived, M were killed' is the force", () => {
    const { claims } = kinds(
      [
        "Seoul puts North Korean losses in Russia at 3,050.",
        "Of the roughly 11,050 who arrived in the autumn, about 4,750 have been killed or wounded, the General Staff said.",
        "",
      ].join("\n"),
    );
    expect(claims).toEqual([
      ["3,050", "casualties-total", null],
      ["roughly 11,050", "troops-deployed", null],
      ["about 4,750", "casualties-total", null],
    ]);
  });
  it("'nine in every ten dollars' is a share of 90 per cent, not a sum of ten dollars", () => {
    const { claims, skipped } = kinds("The Ferrow Network says nine in every ten dollars stay with the state.\n");
    expect(claims).toEqual([["nine in every ten", "regime-share", null]]);
    expect(skipped.map((x) => x.text)).not.toContain("ten dollars");
  });
  it("a footnote marker is no count; another country's aid to Ukraine is no pay; 'N troops would bring $X' is X's basis", () => {
    const { claims, skipped } = kinds(
      [
        "The agency put North Korean losses at 6,050 by the same date,[6] while others estimated 4,750 casualties in April.[7]",
        "Britain has provided £3 billion in military support to Ukraine this year.",
        "If Russia pays $2,050 per soldier per month, 14,050 troops would bring Pyongyang $28.8 million a month.",
        "",
      ].join("\n"),
    );
    expect(claims).toEqual([
      ["6,050", "casualties-total", null],
      ["estimated 4,750", "casualties-total", null],
      ["£3 billion", "context", null],
      ["$28.8 million a month", "pay-total", 14050],
    ]);
    expect(skipped.filter((k) => k.reason === "a footnote marker").map((k) => k.text)).toEqual(["6", "7"]);
  });
});

describe("what befalls some of those a figure counts", () => {
  it("'captured, one of whom later died of his wounds' is a count of prisoners, not of casualties", () => {
    const kindOf = claimsOf(
      [
        "The bureau said three North Korean soldiers had been captured by Ukrainian forces, one of whom later died of his wounds.",
        "Some 3,050 North Korean soldiers were killed or wounded, most of whom were infantry.",
        "",
      ].join("\n"),
    );
    expect(kindOf.get("three")?.kind).toBe("context");
    expect(kindOf.get("Some 3,050")?.kind).toBe("casualties-total");
  });
});

describe("a part of the pay the sentences before give", () => {
  it("'$100 of it' takes the period of the pay it is part of; a sum with no such tie keeps none", () => {
    const claims = claimsIn(
      [
        "Reports say the soldiers are paid $2,050 a month.",
        "That may be what Russia pays. But a soldier would be lucky to see $110 of it.",
        "A bonus of $500 was also promised.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.value.per])).toEqual([
      ["$2,050 a month", "month"],
      ["$110", "month"],
      ["$500", null],
    ]);
  });
});

describe("a day or month of last year, and a date before the event it dates", () => {
  it("'on Nov. 4 last year' and 'in a Jan. 13 briefing' date the figure to that day", () => {
    const claims = claimsIn(
      [
        "The Hollin ministry said on Nov. 4 last year that at least 10,050 North Korean soldiers were in Russia.",
        "The Hollin ministry said in November last year that 10,150 North Korean soldiers were in Russia.",
        "The Cardew Agency had estimated in a Jan. 13 briefing to lawmakers that about 310 North Korean soldiers were killed.",
        "The Cardew Agency said last year that 320 North Korean soldiers were killed.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfPrecision ?? null])).toEqual([
      ["at least 10,050", "2024-11-04", null],
      ["10,150", "2024-11-01", "month"],
      ["about 310", "2025-01-13", null],
      ["320", "2024-01-01", "year"],
    ]);
  });
});

describe("an earlier estimate set beside a count, with no noun of its own", () => {
  it("'double its estimate of 1,000 in April' counts what the figure before it counts", () => {
    const claims = claimsIn(
      "The Cardew Agency said roughly 2,050 of them have been killed, double its estimate of 1,050 in April.\n",
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["roughly 2,050", "casualties-killed"],
      ["1,050", "casualties-killed"],
    ]);
  });
});

describe("'put the number at N' after an answer to a question", () => {
  it("counts what the question two sentences back asks, and a body's 'military' does not make it context", () => {
    const claims = claimsIn(
      [
        "How many soldiers has North Korea sent?",
        "The Cardew Agency estimated 11,050 in November 2024 and raised that to about 12,050 in January 2025.",
        "Hollin's military intelligence agency put the number at 12,150 as early as November 2024.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["11,050", "troops-deployed", "Cardew Agency"],
      ["about 12,050", "troops-deployed", "Cardew Agency"],
      ["12,150", "troops-deployed", "Hollin's military intelligence agency"],
    ]);
  });
});

describe("numbers that are no counts: telephone numbers, multipliers, pages, daily rates", () => {
  it("skips a grouped telephone number, 'a factor of three' and 'page 14'; a daily rate of losses is context", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "The hotline for families of North Korean soldiers, 1-800-555-0142, has had calls, the bureau said.",
      "Families of the 1,250 soldiers can call +82 2 3703 2150 or (202) 555-0143 for news.",
      "Official figures on North Korean casualties in Russia vary by a factor of three.",
      "A group said in a report on page 14 that 1,050 North Korean soldiers had been sent to Kursk.",
      "North Korean units were losing about 210 soldiers a day in December.",
      "",
    ].join("\n");
    const { claims, skipped } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["1,250", "troops-deployed"],
      ["1,050", "troops-deployed"],
      ["about 210", "context"],
    ]);
    const reasonOf = (text: string) => skipped.find((k) => k.text === text)?.reason ?? "";
    for (const t of ["1-800", "555", "0142", "3703", "0143"]) expect(reasonOf(t)).toMatch(/telephone/);
    expect(reasonOf("three")).toMatch(/factor/);
    expect(reasonOf("14")).toMatch(/page/);
  });
});

describe("a 'by the numbers' box", () => {
  it("reads 'N: what it counts, according to X' rows without bullet markers or full stops", () => {
    const claims = claimsIn(
      [
        "BY THE NUMBERS",
        "15,050: North Korean troops sent to Russia so far, according to the Cardew Agency",
        "2,050: North Korean soldiers killed, per the Cardew Agency",
        "6,050: additional military engineers and builders sent in June",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["15,050", "troops-deployed", "Cardew Agency"],
      ["2,050", "casualties-killed", "Cardew Agency"],
      ["6,050", "troops-deployed", null],
    ]);
  });
});

describe("a reported figure supposed in an 'if' clause, and a sum that includes arms sales", () => {
  it("'If Russia pays the $2,000 a month that X has cited' is X's figure; '$20 billion, a figure that includes munitions sales' is context", () => {
    const claims = claimsIn(
      [
        "If Russia pays the roughly $2,050 a month per soldier that the Cardew Agency has cited, 12,050 troops would bring in $24.7 million a month.",
        "If Russia pays $2,150 a month, the regime earns more.",
        "The Fallow Institute estimated that North Korean earnings from military cooperation with Russia reached as much as $20 billion since 2023, a figure that includes munitions sales to soldiers' units.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["roughly $2,050 a month per soldier", "pay-per-soldier", "Cardew Agency"],
      ["$24.7 million a month", "pay-total", null],
      ["as much as $20 billion", "context", "Fallow Institute"],
    ]);
  });
});

describe("an earlier figure dated by the time that opens its sentence, and a list label's verb", () => {
  it("'In April, the agency had put the dead at about 600' is April's; 'Soldiers counted: 10,000' credits no one", () => {
    const claims = claimsIn(
      [
        "In April, the Cardew Agency had put the number of North Korean dead at about 610.",
        "Previously, the Cardew Agency had put the total at 11,050.",
        "- Soldiers counted: 10,050",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.attributedTo?.name ?? null])).toEqual([
      ["about 610", "2025-04-01", "Cardew Agency"],
      ["11,050", null, "Cardew Agency"],
      ["10,050", "2025-11-20", null],
    ]);
  });
});

describe("a sum given again in another currency, and 'takes home'", () => {
  it("skips '$2,050 is about 2.8 million won' and '… at current exchange rates'; 'each soldier takes home about $210' is take-home pay", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "Russia pays $2,050 a month per soldier.",
      "In South Korean terms, $2,050 is about 2.8 million won; the $210 take-home is about 290,000 won.",
      "If the regime keeps nine-tenths of the pay, then each soldier takes home about $210.",
      "The pay of $2,050 is about $500 more than before.",
      "",
    ].join("\n");
    const { claims, skipped } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["$2,050 a month per soldier", "pay-per-soldier"],
      ["$2,050", "pay-per-soldier"],
      ["$210", "soldier-take-home"],
      ["about $210", "soldier-take-home"],
      ["$2,050", "pay-per-soldier"],
      // A sum in the same currency is no conversion.
      ["about $500", "pay-per-soldier"],
    ]);
    expect(skipped.filter((k) => /another currency/.test(k.reason)).map((k) => k.text)).toEqual([
      "about 2.8 million won",
      "about 290,000 won",
    ]);
  });
});

describe("a running total since a month of last year", () => {
  it("'since October last year' is a span to the article's date, while 'said last year' dates the figure", () => {
    const claims = claimsIn(
      [
        "North Korea has sent roughly 15,050 troops to Russia since October last year, the Cardew Agency said.",
        "The Cardew Agency said last year that 310 North Korean soldiers were killed.",
        "",
      ].join("\n"),
      "2025-09-10",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfSource])).toEqual([
      ["roughly 15,050", "2025-09-10", "article"],
      ["310", "2024-01-01", "sentence"],
    ]);
  });
});

describe("'up from January, when …'", () => {
  it("dates the figures of the 'when' clause to that month", () => {
    const claims = claimsIn(
      "That is up sharply from January, when the Cardew Agency reported 310 dead and 2,750 wounded.\n",
      "2025-09-10",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfPrecision ?? null])).toEqual([
      ["310", "2025-01-01", "month"],
      ["2,750", "2025-01-01", "month"],
    ]);
  });
});

describe("a clause after a semicolon", () => {
  it("does not give its kind to a figure before the semicolon", () => {
    const claims = claimsIn(
      [
        "The regime keeps about 90 per cent, leaving a soldier with around $210 a month.",
        "In South Korean terms, $2,050 is about 2.8 million won; the $210 take-home is about 290,000 won.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 90 per cent", "regime-share"],
      ["around $210 a month", "soldier-take-home"],
      ["$2,050", "context"],
      ["$210", "soldier-take-home"],
    ]);
  });
});

describe("a head count in an 'if' clause after a total", () => {
  it("'$30 million a month if the 12,000 troops … are counted' is the total for 12,000", () => {
    const claims = claimsIn(
      [
        "Russia pays about $2,050 a month for each North Korean soldier.",
        "Rinn said the total could be closer to $30.5 million a month if the 12,050 troops reported by some outlets are counted.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.basis?.count ?? null])).toEqual([
      ["about $2,050 a month", "pay-per-soldier", null],
      ["closer to $30.5 million a month", "pay-total", 12050],
    ]);
  });
});

describe("what 'number' counts when it is the verb", () => {
  it("'sanctions … now number more than 19,000' is no head count; 'troops … now number 11,000' is", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body =
      "Western sanctions against Russia now number more than 19,050, the ministry added.\nNorth Korean troops in Russia now number more than 11,050.\n";
    const { claims, skipped } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["more than 11,050", "troops-deployed"]]);
    expect(skipped.find((k) => k.text === "more than 19,050")?.reason).toMatch(/counts "sanctions/);
  });
});

describe("a bare number that is all a speaker says", () => {
  it("'Kyiv says 4,000. Seoul says 2,000.' counts what the sentences before count", () => {
    const claims = claimsIn(
      [
        "The casualty numbers are murky.",
        "Kyiv says 4,050. Seoul says somewhere near 3,050.",
        "Hollin says 4,150 of them have been killed. Ardis says 2,150. Whichever is right, it is too many.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["4,050", "casualties-total", "Kyiv"],
      ["3,050", "casualties-total", "Seoul"],
      ["4,150", "casualties-killed", "Hollin"],
      ["2,150", "casualties-killed", "Ardis"],
    ]);
  });
});

describe("a negation with a coin", () => {
  it("'Not one cent' and 'Not one ruble' are no amounts", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = 'Not one cent of the money reaches the soldiers.\n"Not one ruble," the older man said.\n';
    const { claims, skipped } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims).toEqual([]);
    expect(skipped.map((k) => k.reason)).toEqual([
      "a negation ('not one …'), not an amount",
      "a negation ('not one …'), not an amount",
    ]);
  });
});

describe("parts, projections and other armies in an article of troop counts", () => {
  it("reads 'includes some 500 officers' as a part, 'None of the additional 30,000 have arrived' as a projection, and other armies' losses as context", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency said North Korea has sent about 15,050 troops.",
        "The figure includes the first deployment of about 11,050 troops and the reinforcements that followed.",
        "Rinn added that the 11,050 figure probably includes some 510 officers.",
        "None of the additional 30,050 troops have arrived yet, the agency stressed.",
        "Tens of thousands of Ukrainian and Russian soldiers have been killed or wounded in the Kursk fighting.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["about 15,050", "troops-deployed", null],
      ["about 11,050", "troops-deployed", "part of the larger count before it"],
      ["some 510", "troops-deployed", "part of the larger count before it"],
      ["30,050", "troops-projected", null],
      ["Tens of thousands", "context", null],
    ]);
  });
  it("reads 'remain fit to fight' as a scope and 'down from 11,000 in December' after a speaker as the count's earlier value", () => {
    const claims = claimsIn(
      "Only about 8,050 North Korean soldiers remain fit to fight in Kursk, a spokesman for the general staff said, down from 11,050 in December.\n",
      "2025-02-20",
    );
    const get = (figure: string): Claim | undefined => claims.find((c) => c.figure === figure);
    expect(get("about 8,050")).toMatchObject({ kind: "troops-deployed", scope: "only those still fit to fight" });
    expect(get("11,050")).toMatchObject({ kind: "troops-deployed", asOf: "2024-12-01", earlier: true });
  });
  it("reads 'a third have been killed or wounded' of a force as a casualty rate, and a third of the casualties as context", () => {
    const claims = claimsIn(
      [
        "Of the roughly 12,050 North Korean soldiers sent to Russia, a third have now been killed or wounded, the Cardew Agency said.",
        "A reasonable figure is about 6,050 casualties, of which maybe a third are deaths.",
        "",
      ].join("\n"),
    );
    const kinds = claims.filter((c) => /third/.test(c.figure)).map((c) => [c.figure, c.kind]);
    expect(kinds).toEqual([
      ["a third", "casualty-rate"],
      ["maybe a third", "context"],
    ]);
  });
  it("reads 'the total' as what the sentence just before counted, not the losses of a sentence further back", () => {
    const claims = claimsIn(
      [
        "Ruslan Vyhovsky says more than 3,050 North Koreans have been killed or wounded.",
        "The Cardew Agency says a further 1,050 troops have been sent since January.",
        "The Joint Chiefs of Staff puts the total at about 14,050.",
        "The agency says about 350 soldiers have been killed and 2,750 wounded.",
        "That would put the total at close to 3,150, the agency added.",
        "",
      ].join("\n"),
    );
    const kind = (figure: string): string | undefined => claims.find((c) => c.figure === figure)?.kind;
    expect(kind("about 14,050")).toBe("troops-deployed");
    expect(kind("close to 3,150")).toBe("casualties-total");
    expect(kind("more than 3,050")).toBe("casualties-total");
  });
  it("reads bounds written after a number ('11,000 tops', '1,000-plus', 'at a minimum') and 'c.' as circa, not a full stop", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency reckons c. 11,050 North Korean soldiers are in Russia; a ministry puts the number at circa 12,050.",
        "Seoul's figure is lower, at 10,050 tops, a spokesman for the Joint Chiefs of Staff said.",
        "The death toll stands at 1,050-plus and counting, a general, Ruslan Vyhovsky, said.",
        "The Free Korea Network puts soldiers' pay at $1,850 a month at a minimum.",
        "",
      ].join("\n"),
    );
    const get = (figure: string): Claim | undefined => claims.find((c) => c.figure === figure);
    expect(get("c. 11,050")).toMatchObject({
      kind: "troops-deployed",
      attributedTo: { name: "Cardew Agency" },
      value: { min: 11050, max: 11050, approx: true },
    });
    expect(get("c. 11,050")?.quote.startsWith("The Cardew Agency reckons c. 11,050")).toBe(true);
    expect(get("10,050")).toMatchObject({ kind: "troops-deployed", value: { min: null, max: 10050 } });
    expect(get("1,050-plus")).toMatchObject({ kind: "casualties-killed", value: { min: 1050, max: null } });
    expect(get("$1,850 a month")).toMatchObject({ kind: "pay-per-soldier", value: { min: 1850, max: null } });
  });
  it("reads 'the estimates differ by 2,000' and 'vary by several thousand' as a difference, not a count of troops", () => {
    const claims = claimsIn(
      [
        "Seoul puts the force at 11,050 troops.",
        '"The three estimates differ by 2,050, but they describe the same build-up," said Lee Woong-gil.',
        "Estimates of the total still vary by several thousand.",
        "",
      ].join("\n"),
    );
    const kind = (figure: string): string | undefined => claims.find((c) => c.figure === figure)?.kind;
    expect(kind("11,050")).toBe("troops-deployed");
    expect(kind("2,050")).toBe("context");
    expect(kind("several thousand")).toBe("context");
  });
  it("reads troops 'being readied for deployment' as troops that may come", () => {
    const claims = claimsIn("The Cardew Agency said some 2,050 engineers were being readied for deployment.\n");
    expect(claims.find((c) => c.figure === "some 2,050")?.kind).toBe("troops-projected");
  });
  it("reads 'a second wave of up to 5,000' after a share of the force as troops that may come, and '300 of the 11,000' as a part", () => {
    const claims = claimsIn(
      [
        "Kim noted that the deployment amounts to nearly 1 per cent of the force, and that a second wave of up to 5,050 soldiers could follow.",
        "The deployment is 2 per cent of the army, and a wave of 4,050 soldiers may come.",
        "About 350 of the 11,050 soldiers have been killed.",
        "",
      ].join("\n"),
    );
    const kind = (figure: string): string | undefined => claims.find((c) => c.figure === figure)?.kind;
    expect(kind("up to 5,050")).toBe("troops-projected");
    expect(kind("4,050")).toBe("troops-projected");
    expect(kind("11,050")).toBe("troops-deployed");
    expect(kind("About 350")).toBe("casualties-killed");
  });
  it("dates an earlier figure by 'Earlier, in October,' and credits 'the 1,500 troops the agency reported'", () => {
    const claims = claimsIn(
      [
        "Earlier, in October, Seoul had reported that a first group of 1,550 troops had arrived in Russia.",
        "The Cardew Agency said 11,050 troops were sent. The estimate is far larger than the 1,650 troops the agency reported in October.",
        "He met 310 soldiers who said they were hungry.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.attributedTo?.name ?? null])).toEqual([
      ["1,550", "2025-10-01", "Seoul"],
      ["11,050", "2025-11-20", "Cardew Agency"],
      ["1,650", "2025-10-01", "Cardew Agency"],
      ["310", "2025-11-20", null],
    ]);
  });
});

describe("a running total since a season", () => {
  it("'sent … since last autumn, the agency said on Tuesday' is dated by the report, not undated by the season", () => {
    const claims = claimsIn(
      [
        "About 15,050 North Korean soldiers in total have been sent to Russia since last autumn, the Cardew Agency said on Tuesday.",
        "About 11,050 troops were sent last autumn.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["About 15,050", "2025-11-18"],
      ["About 11,050", null],
    ]);
  });
});

describe("one unit's strength and room for troops", () => {
  it("are context, not the force the country sent", () => {
    const claims = claimsIn(
      [
        "Kang said that of the roughly 110 men in his unit, only a few came back.",
        "The camp has barracks for up to 2,050 men.",
        "A former soldier said his old unit sent about 2,150 men to Russia.",
        "About 11,050 troops were sent to Russia.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["roughly 110", "context"],
      ["up to 2,050", "context"],
      ["about 2,150", "context"],
      ["About 11,050", "troops-deployed"],
    ]);
  });
});

describe("a sum given again after a currency word, and 'multiply that by'", () => {
  it("skips '4,000 won was worth less than 50 cents'; 'Multiply that by 11,000 troops and you have $250 million' is the writer's arithmetic for 11,000", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "In 2015 he earned 4,050 won a month; 4,050 won was worth less than 50 cents at the time.",
      "Russia pays $2,050 per man per month. Multiply that by 11,050 troops and you have more than $250 million a year.",
      "",
    ].join("\n");
    const { claims, skipped } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(skipped.find((k) => k.text === "less than 50")?.reason).toBe("the same sum in another currency");
    const total = claims.find((c) => c.figure.includes("$250 million"));
    expect([total?.kind, total?.basis?.count, total?.basis?.derived]).toEqual(["pay-total", 11050, true]);
    expect(claims.some((c) => c.figure === "11,050")).toBe(false);
  });
});

describe("a count of several outcomes listed together", () => {
  it("'comes from a blogger and counts killed, wounded, captured and missing together' is a casualty total from the blogger", () => {
    const claims = claimsIn(
      [
        "The figure of 10,050 in our headline comes from a Ukrainian military blogger and counts killed, wounded, captured and missing together.",
        "About 310 were killed, 2,750 wounded and 10 captured.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["10,050", "casualties-total", "a Ukrainian military blogger"],
      ["About 310", "casualties-killed", null],
      ["2,750", "casualties-wounded", null],
    ]);
  });
});

describe("head counts a total after them is worked out for, and goods that are no pay", () => {
  it("reads 'If 11,000 soldiers are each paid', ', which would bring in', 'payments for 10,000 soldiers would amount to' and 'fuel shipments'", () => {
    const claims = claimsIn(
      [
        "If 11,050 soldiers are each paid $2,050 a month, Russia's bill comes to $22.7 million a month, according to Meridian Press and Northgate News Agency reports.",
        "Analysts said the total could be higher if the deployment grows to 15,050 soldiers, which would bring in $36.1 million a month.",
        "Over a year, the deployment payments for 10,050 soldiers would amount to roughly 336 billion won.",
        "The regime had also received 50 billion won in fuel shipments that are not counted in the salary figures.",
        "A private earned about 3,050 won a month, not enough to buy a kilogram of rice.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.basis?.count ?? null])).toEqual([
      ["$22.7 million a month", "pay-total", 11050],
      ["$36.1 million a month", "pay-total", 15050],
      ["roughly 336 billion won", "pay-total", 10050],
      ["50 billion won", "context", null],
      ["about 3,050 won a month", "domestic-wage", null],
    ]);
    expect(claims[0]?.via.map((v) => v.name)).toEqual(["Meridian Press", "Northgate News Agency"]);
  });
});

describe("an 'if' clause after the main clause", () => {
  it("supposes its figure: 'would keep $100 to $200 if the regime takes 90 to 95 per cent'", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body =
      "Soldiers would keep only $110 to $210 of their pay if the regime takes 90 to 95 per cent, said Jonas Ekho.\nThe regime takes 91 to 95 per cent, Ekho said.\n";
    const { claims, skipped } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["$110 to $210", "soldier-take-home"],
      ["91 to 95 per cent", "regime-share"],
    ]);
    expect(skipped.find((k) => k.text === "90 to 95 per cent")?.reason).toBe(
      "supposed in an 'if' clause, not reported",
    );
  });
});

describe("a part of a period, a part of the losses, and troops that may come", () => {
  it("reads 'the second half of 2025', 'About 600 of the casualties were deaths' and '… is plausible'", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "A rotation of 6,050 more troops in the second half of 2025 is plausible, the analyst said.",
      "About 610 of the casualties were deaths, the Cardew Agency said.",
      "About 11,050 troops are likely in Russia.",
      "About 11,150 troops are in Russia, which is likely to anger Seoul.",
      "Heavy fighting went on in the second half of January, the agency said.",
      "",
    ].join("\n");
    const { claims, skipped } = extractCorpus([{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["6,050", "troops-projected"],
      ["About 610", "casualties-killed"],
      ["About 11,050", "troops-deployed"],
      ["About 11,150", "troops-deployed"],
    ]);
    expect(skipped.filter((k) => k.text === "half").map((k) => k.reason)).toEqual([
      "a part of a period, not a share",
      "a part of a period, not a share",
    ]);
  });
});

describe("head counts that are no North Korean force, and a total that names the wounded inside", () => {
  it("reads other countries' troops, defectors, an audience and 'Total casualties, including the wounded'", () => {
    const claims = claimsIn(
      [
        "The U.S. has roughly 28,550 troops stationed in South Korea.",
        "The ministry estimates that about 34,050 North Korean defectors live in the South.",
        "The address was watched by about 2 million people on the president's channel.",
        "Total casualties, including the wounded, were revised to about 6,250 from 4,750, Yoo said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["roughly 28,550", "context"],
      ["about 34,050", "context"],
      ["about 2 million", "context"],
      ["about 6,250", "casualties-total"],
      ["4,750", "casualties-total"],
    ]);
  });
});

describe("what a second count of a sentence counts, and the base of the wounded", () => {
  it("reads '… had died and 12,050 were deployed', 'Of the 1,050 soldiers wounded, …' and 'Out of the estimated 11,050 troops sent'", () => {
    const claims = claimsOf(
      [
        "Kyiv said 4,050 North Korean soldiers had died and 12,050 were deployed.",
        "Of the 1,050 North Korean soldiers wounded, 310 have returned to the front.",
        "Out of the estimated 11,050 troops sent, 4,150 were casualties.",
        "Of the 300 North Korean soldiers wounded, 50 were sent home.",
      ].join("\n"),
    );
    expect(claims.get("12,050")?.kind).toBe("troops-deployed");
    expect(claims.get("1,050")?.kind).toBe("casualties-wounded");
    expect(claims.get("estimated 11,050")?.kind).toBe("troops-deployed");
    expect(claims.get("4,150")).toMatchObject({ kind: "casualties-total", by: null });
    expect(claims.get("300")?.kind).toBe("casualties-wounded");
  });
});

describe("an earlier estimate named by its month", () => {
  it("'…, up from its April estimate of about 610' counts what the new figure counts, is dated April, and keeps its hedge to itself", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Test Gazette",
      published: "2025-09-12",
    });
    const body =
      "The NIS said about 2,050 North Korean soldiers had been killed, up from its April estimate of about 610.";
    const { claims } = extractCorpus([{ slug: "april", file: "april.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.asOf, c.hedges])).toEqual([
      ["about 2,050", "casualties-killed", "2025-09-12", []],
      ["about 610", "casualties-killed", "2025-04-01", ["estimate"]],
    ]);
  });
});

describe("an earlier estimate with an article", () => {
  it("'down from an earlier estimate of 3,450' and 'double a previous estimate of 1,510' count what the new figure counts and are earlier, undated figures", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Test Gazette",
      published: "2025-09-12",
    });
    const body = [
      "About 3,020 North Korean soldiers have been killed, down from an earlier estimate of 3,450.",
      "Kyiv said about 2,990 North Korean soldiers were wounded, double a previous estimate of 1,510.",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "earlier", file: "earlier.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.asOf, c.earlier ?? false])).toEqual([
      ["About 3,020", "casualties-killed", "2025-09-12", false],
      ["3,450", "casualties-killed", null, true],
      ["about 2,990", "casualties-wounded", "2025-09-12", false],
      ["1,510", "casualties-wounded", null, true],
    ]);
  });
});

describe("a part of a force, and the people of one place", () => {
  it("'about 11,050 of them were combat troops' and 'about 3,050 of the troops arrived' are parts of a larger count; 'soldiers from the province' and 'from North Hamgyong province' are only those", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Test Gazette",
      published: "2025-09-12",
    });
    const body = [
      "North Korean troop presence in Russia has passed 20,050, Kyiv says.",
      "A general told reporters that about 11,050 of them were combat troops.",
      "The agency believes about 3,050 of the troops arrived in January to replace losses.",
      "There were thousands of them coming at us, a soldier said.",
      "Another source said about 310 soldiers from the province had been killed.",
      "Some 2,050 soldiers from North Hamgyong province were sent.",
      "About 11,050 soldiers from North Korea are in Russia.",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "parts", file: "parts.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["passed 20,050", "troops-deployed", null],
      ["about 11,050", "troops-deployed", "part of the larger count before it"],
      ["about 3,050", "troops-deployed", "part of the larger count before it"],
      ["thousands", "troops-deployed", null],
      ["about 310", "casualties-killed", "only those from the province"],
      ["Some 2,050", "troops-deployed", "only those from North Hamgyong province"],
      ["About 11,050", "troops-deployed", null],
    ]);
  });
});

describe("what a soldier gets, set against what Russia pays", () => {
  it("'a private in Russia received perhaps $155 a month, against the roughly $2,050 that Russia was paying per man' is take-home pay beside Russia's pay", () => {
    const claims = claimsOf(
      [
        "A defector said a private in Russia received perhaps $155 a month, against the roughly $2,050 that Russia was paying per man.",
        "Each soldier gets $2,050 a month.",
      ].join("\n"),
    );
    expect(claims.get("perhaps $155 a month")?.kind).toBe("soldier-take-home");
    expect(claims.get("roughly $2,050")?.kind).toBe("pay-per-soldier");
    expect(claims.get("$2,050 a month")?.kind).toBe("pay-per-soldier");
  });
  it("'is promised about $2,550 a month, of which he receives roughly $510' is the pay and the part of it he gets", () => {
    const claims = claimsOf(
      [
        "Choi said each soldier is promised about $2,550 a month, of which he receives roughly $510.",
        "Soldiers are promised $2,150 a month.",
      ].join("\n"),
    );
    expect(claims.get("about $2,550 a month")?.kind).toBe("pay-per-soldier");
    expect(claims.get("roughly $510")?.kind).toBe("soldier-take-home");
    // What soldiers are promised is the pay promised, as with "each soldier is promised …", not what reached them.
    expect(claims.get("$2,150 a month")?.kind).toBe("pay-per-soldier");
  });
});

describe("a sum too small for a deployment's total", () => {
  it("'the $2,050 monthly payment' after 'the total of' is one soldier's pay, and the total of five months of it is neither pay nor a deployment's total; '$300 million in total' stays a total", () => {
    const claims = claimsOf(
      [
        "The $10,050 appears to be the total of five months of the $2,050 monthly payment, not a monthly amount.",
        "Russia has paid $300 million in total for the deployment.",
        "The total comes to $40,050 a year.",
      ].join("\n"),
    );
    expect(claims.get("$10,050")?.kind).toBe("context");
    expect(claims.get("$2,050 monthly")?.kind).toBe("pay-per-soldier");
    expect(claims.get("$300 million")?.kind).toBe("pay-total");
    expect(claims.get("$40,050 a year")?.kind).not.toBe("pay-total");
  });
  it("reads a period across a number's comma and after a conversion: '$110 of the $2,050 a month', '15,050 rubles, roughly $170, once a month'", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "Choi said soldiers would be lucky to see $110 of the $2,050 a month that Russia pays.",
      "Commanders handed each soldier 15,050 rubles, roughly $170, once a month as pocket money.",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "periods", file: "periods.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.value.per])).toEqual([
      ["$110", "month"],
      ["$2,050 a month", "month"],
      ["15,050 rubles, roughly $170", "month"],
    ]);
  });
});

describe("money in a soldier's hands, and money for the dead", () => {
  it("pocket money handed to each soldier and pay credited to be paid out on return are take-home; what compensation would total is context", () => {
    const claims = claimsOf(
      [
        "Russian commanders handed each soldier 15,050 rubles once a month as pocket money.",
        "North Korean soldiers deployed to Russia are credited with 200,050 won a month, to be paid out when they return home.",
        "At that rate, the compensation would total some 3.1 billion rubles.",
        "Russia pays each soldier $2,050 a month.",
      ].join("\n"),
    );
    expect(claims.get("15,050 rubles")?.kind).toBe("soldier-take-home");
    expect(claims.get("200,050 won a month")?.kind).toBe("soldier-take-home");
    expect(claims.get("some 3.1 billion rubles")?.kind).toBe("context");
    expect(claims.get("$2,050 a month")?.kind).toBe("pay-per-soldier");
  });
});

describe("more of the soldiers counted", () => {
  it("'As many as 3,050 more could be sent' and 'Another 3,150 could be sent' after a troop count are troops to come; 'another 60 tonnes' counts no one", () => {
    const claims = claimsOf(
      [
        "About 11,050 North Korean soldiers are in Russia, the agency said.",
        "As many as 3,050 more could be sent by spring, the agency warned.",
        "Another 3,150 could be sent by summer, officials said.",
        "Another 260 tonnes could be sent by rail.",
      ].join("\n"),
    );
    expect(claims.get("As many as 3,050")?.kind).toBe("troops-projected");
    expect(claims.get("3,150")?.kind).toBe("troops-projected");
    expect(claims.has("260")).toBe(false);
  });
});

describe("another army's losses with a possessive", () => {
  it("'the Russian army's total casualties … had passed 950,050' is context, not North Korea's losses", () => {
    const claims = claimsOf(
      [
        "British defence intelligence said the Russian army's total casualties since 2022 had passed 950,050.",
        "About 4,050 North Korean soldiers were killed or wounded, the NIS said.",
      ].join("\n"),
    );
    expect(claims.get("passed 950,050")?.kind).toBe("context");
    expect(claims.get("About 4,050")?.kind).toBe("casualties-total");
  });
});

describe("the regime's part of a total", () => {
  it("'if the regime keeps 90%, that is about $19.8 million' is the share kept, not a second total; '90 percent of the $22 million' leaves the total a total", () => {
    const claims = claimsOf(
      [
        "Russia pays about $22 million a month for the deployment; if the regime keeps 90%, that is about $19.8 million a month.",
        "Pyongyang keeps 90 percent of the $24 million a month Russia pays.",
      ].join("\n"),
    );
    expect(claims.get("about $22 million a month")?.kind).toBe("pay-total");
    expect(claims.get("about $19.8 million a month")?.kind).toBe("context");
    expect(claims.get("$24 million a month")?.kind).toBe("pay-total");
  });
  it("'…, and the soldiers would share about $26.2 million' is the soldiers' part of a total, not a second total", () => {
    const claims = claimsOf(
      "Russia pays about $264.1 million a year; the government would retain roughly $238.1 million a year, and the soldiers would share about $26.2 million.",
    );
    expect(claims.get("about $264.1 million a year")?.kind).toBe("pay-total");
    expect(claims.get("about $26.2 million")?.kind).toBe("context");
  });
});

describe("another country's own force", () => {
  it("reads 'Japan's Self-Defense Forces have about 247,000 personnel', 'Ukraine has about 880,000 troops' and 'Russia's 50,000 troops' as context, not North Korea's deployment", () => {
    const claims = claimsOf(
      [
        "North Korea has sent troops to Russia.",
        "Japan's Self-Defense Forces have about 247,050 personnel.",
        "Ukraine has about 880,050 troops under arms.",
        "Russia's 50,050 troops sent to Kursk include North Korean units.",
        "Russia has about 11,050 North Korean troops on its soil.",
        "Ukraine's estimate of 12,050 North Korean troops is higher.",
        "The number of North Korean soldiers sent to Russia has passed 14,050, Kyiv said.",
      ].join("\n"),
    );
    expect(claims.get("passed 14,050")?.kind).toBe("troops-deployed");
    expect(claims.get("about 247,050")?.kind).toBe("context");
    expect(claims.get("about 880,050")?.kind).toBe("context");
    expect(claims.get("50,050")?.kind).toBe("context");
    expect(claims.get("about 11,050")?.kind).toBe("troops-deployed");
    expect(claims.get("12,050")?.kind).toBe("troops-deployed");
  });

  it("reads 'while Ukraine itself has …', the United States' or China's losses and the dead of the Korean War as context, and this war's dead as casualties", () => {
    const claims = claimsOf(
      [
        "North Korea has about 11,150 troops in Russia, while Ukraine itself has about 880,150 people under arms.",
        "During the Korean War, China sent roughly 3 million soldiers across the Yalu, and about 180,150 of them were killed.",
        "The United States lost nearly 37,150 troops in that war.",
        "China lost about 20,150 soldiers, the ministry said.",
        "It is the North's heaviest toll since the end of the Korean War: about 1,150 of its soldiers have been killed in Kursk.",
      ].join("\n"),
    );
    expect(claims.get("about 11,150")?.kind).toBe("troops-deployed");
    expect(claims.get("about 880,150")?.kind).toBe("context");
    expect(claims.get("about 180,150")?.kind).toBe("context");
    expect(claims.get("nearly 37,150")?.kind).toBe("context");
    expect(claims.get("about 20,150")?.kind).toBe("context");
    expect(claims.get("about 1,150")?.kind).toBe("casualties-killed");
  });
});

describe("a total's own stretch of time, and what is kept back", () => {
  it("reads 'Over a year, the $22 million a month would add up to $264 million' as a year's total, and '$1,800 kept from each …, Pyongyang pockets $32.4 million' as what the regime keeps", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "Russia pays North Korean soldiers.",
      "Over a year, the $22 million a month would add up to $264 million.",
      "At $1,800 kept from each of the 18,000 soldiers, Pyongyang pockets $32.4 million a month.",
      "Pyongyang pockets $24 million a month from Moscow.",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "kept", file: "kept.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.value.per])).toEqual([
      ["$22 million a month", "pay-total", "month"],
      ["$264 million", "pay-total", "year"],
      ["$1,800", "context", null],
      ["18,000", "troops-deployed", null],
      ["$32.4 million a month", "context", "month"],
      ["$24 million a month", "pay-total", "month"],
    ]);
  });
});

describe("soldiers who left, and the total of the losses", () => {
  it("reads 'About 610 soldiers had returned by train' and '1,050 troops have been withdrawn' as context, and 'put the total at nearly 4,050' after killed and wounded as all casualties", () => {
    const claims = claimsOf(
      [
        "About 610 North Korean soldiers had returned by train to Pyongyang, the NIS said.",
        "About 1,050 North Korean troops have been withdrawn from Kursk.",
        "Kyiv said 1,550 North Korean soldiers had been killed and 2,050 wounded. Zelensky put the total at nearly 4,050.",
        "About 11,050 North Korean troops are in Russia.",
      ].join("\n"),
    );
    expect(claims.get("About 610")?.kind).toBe("context");
    expect(claims.get("About 1,050")?.kind).toBe("context");
    expect(claims.get("2,050")?.kind).toBe("casualties-wounded");
    expect(claims.get("nearly 4,050")?.kind).toBe("casualties-total");
    expect(claims.get("About 11,050")?.kind).toBe("troops-deployed");
  });
});

describe("a share of something else", () => {
  it("reads 'around 50% of the artillery shells' and '95% of the windfall profits' as context, and 90% of the pay, of the $2,000 salary, of the allowances or of it as the regime's share", () => {
    const claims = claimsOf(
      [
        "North Korea is paid for its soldiers, and the regime keeps most of the money.",
        "Pyongyang supplied around 50% of the artillery shells Russia fired.",
        "Brussels said 95% of the windfall profits would go to Kyiv.",
        "The regime keeps 91% of the soldiers' pay.",
        "The government keeps 92 per cent of the $2,000 monthly salary Russia pays.",
        "Around 93% of the allowances go to the regime.",
        "The regime keeps 94% of it.",
      ].join("\n"),
    );
    expect(claims.get("around 50%")?.kind).toBe("context");
    expect(claims.get("95%")?.kind).toBe("context");
    expect(claims.get("91%")?.kind).toBe("regime-share");
    expect(claims.get("92 per cent")?.kind).toBe("regime-share");
    expect(claims.get("Around 93%")?.kind).toBe("regime-share");
    expect(claims.get("94%")?.kind).toBe("regime-share");
  });
});

describe("what families are paid for a loss", () => {
  it("reads 'compensation of up to 100,050 rubles per household' as context, not a soldier's pay", () => {
    const claims = claimsOf(
      [
        "North Korean soldiers are paid $2,050 a month.",
        "Families were promised compensation of up to 100,050 rubles per household.",
      ].join("\n"),
    );
    expect(claims.get("$2,050 a month")?.kind).toBe("pay-per-soldier");
    expect(claims.get("up to 100,050 rubles")?.kind).toBe("context");
  });
});

describe("what a soldier keeps, and officers who only speak", () => {
  it("reads 'a soldier would keep between $110 and $210 of each month's pay' as take-home, and 'Our officers told us … $1,550 a month' as no officers' pay", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "Russia pays $2,050 a month per soldier and the regime keeps 90% to 95%, the NIS said.",
      "Put another way, a soldier would keep between $110 and $210 of each month's pay.",
      '"Our officers told us the Russian company paid $1,550 a month for each of us," Kim said.',
      "Officers earn $3,050 a month, he said.",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "keep", file: "keep.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["$2,050 a month per soldier", "pay-per-soldier", null],
      ["90% to 95%", "regime-share", null],
      ["between $110 and $210", "soldier-take-home", null],
      ["$1,550 a month", "pay-per-soldier", null],
      ["$3,050 a month", "pay-per-soldier", "officers"],
    ]);
  });
});

describe("a sum worked out from a share of the pay", () => {
  it("reads what a share kept leaves of the pay as take-home and the share itself as context, but only when the arithmetic fits", () => {
    const kinds = (body: string): string[][] => claimsIn(body).map((c) => [c.figure, c.kind]);
    expect(
      kinds(
        "The regime keeps 90% of the $2,100 that Russia pays each soldier a month, the agency said.\nThat works out to about $210 a month for each soldier.",
      ),
    ).toEqual([
      ["90%", "regime-share"],
      ["$2,100", "pay-per-soldier"],
      ["about $210 a month", "soldier-take-home"],
    ]);
    expect(
      kinds("Pyongyang keeps 90% to 95% of the $2,100 monthly pay, which leaves $110 to $210 for each soldier."),
    ).toEqual([
      ["90% to 95%", "regime-share"],
      ["$2,100 monthly", "pay-per-soldier"],
      ["$110 to $210", "soldier-take-home"],
    ]);
    expect(
      kinds(
        "The regime keeps 90% of the $2,100 monthly pay.\nThat works out to about $1,890 a month for each soldier.",
      ),
    ).toEqual([
      ["90%", "regime-share"],
      ["$2,100 monthly", "pay-per-soldier"],
      ["about $1,890 a month", "context"],
    ]);
    // The pay and the share a few sentences and paragraphs back.
    expect(
      kinds(
        [
          "The institute multiplied the 11,100 soldiers by the $2,100 a month paid for each.",
          "It assumes that the regime keeps 90 percent of the money. On that basis the state would retain about $240 million a year.",
          '"That works out to about $210 a month for each soldier," said its author, Mara Lind.',
        ].join("\n"),
      ).at(-1),
    ).toEqual(["about $210 a month", "soldier-take-home"]);
    // A sum the share does not explain keeps the pay it is for.
    expect(
      kinds("The regime keeps 90% of the $2,100 monthly pay.\nThat works out to about $900 a month for each soldier."),
    ).toEqual([
      ["90%", "regime-share"],
      ["$2,100 monthly", "pay-per-soldier"],
      ["about $900 a month", "pay-per-soldier"],
    ]);
  });
});

describe("a change written 'from … to …'", () => {
  it("gives two figures, the first an earlier value that the change's date does not date; a range that changes nothing stays one", () => {
    const rows = claimsIn(
      [
        "The Harbour Agency raised its estimate of North Korean casualties from 3,100 to 4,800 on Monday.",
        "The death toll rose from about 310 to 620 in January, the agency said.",
        "Estimates range from 10,100 to 12,100 troops.",
      ].join("\n"),
      "2025-02-20",
    ).map((c) => [c.figure, c.kind, c.value.min, c.value.max, c.earlier ?? false, c.asOf]);
    expect(rows).toEqual([
      ["3,100", "casualties-total", 3100, 3100, true, null],
      ["4,800", "casualties-total", 4800, 4800, false, "2025-02-17"],
      ["about 310", "casualties-killed", 310, 310, true, null],
      ["620", "casualties-killed", 620, 620, false, "2025-01-01"],
      ["from 10,100 to 12,100", "troops-deployed", 10100, 12100, false, "2025-02-20"],
    ]);
  });
});

describe("a conversion into won", () => {
  it("'$2,000 a month, or roughly 2.9 million won' and '(about 2.9 million won)' are one figure whose conversion is in South Korean won", () => {
    const rows = claimsIn(
      [
        "Russia pays each soldier about $2,050 a month, or roughly 2.9 million won.",
        "Russia pays each soldier about $2,050 a month (about 2.9 million won), the agency said.",
        "A private was paid $20 a month (about 300,000 won).",
      ].join("\n"),
    ).map((c) => [c.figure, c.value.alternate?.unit ?? null]);
    expect(rows).toEqual([
      ["about $2,050 a month, or roughly 2.9 million won", "KRW"],
      ["about $2,050 a month (about 2.9 million won)", "KRW"],
      ["$20 a month (about 300,000 won)", null],
    ]);
  });
});

describe("a count placed apart, a narrator, a unit sent to a work site", () => {
  it("'10,000 … in Russia, adding that around 8,000 were already in the Kursk region' counts those there; 'My name is …' makes the narrator the 'I' of the account; 'my unit, about 150 men, was sent to a logging camp' is soldiers sent for labour", () => {
    const rows = claimsIn(
      [
        "My name is Ri Chol-su. I served for ten years and defected in 2019.",
        "In 2016 my unit, about 150 men, was sent to a logging camp near Khabarovsk.",
        "The Pentagon said 10,100 North Korean troops were in Russia in April, adding that around 8,100 were already in the Kursk region.",
        "The Pentagon put the force at 10,100 troops in March and 8,100 in April.",
      ].join("\n"),
    ).map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.scope]);
    expect(rows).toEqual([
      ["2019", "biography", "Ri Chol-su", null],
      ["about 150", "troops-deployed", "Ri Chol-su", "soldiers sent for labour"],
      ["10,100", "troops-deployed", "Pentagon", null],
      ["around 8,100", "troops-deployed", "Pentagon", "those in the Kursk region"],
      ["10,100", "troops-deployed", "Pentagon", null],
      ["8,100", "troops-deployed", "Pentagon", null],
    ]);
  });
});

describe("a country's trade, and a conversion at a rate", () => {
  it("reads a country's trade as context, a pay total set against exports as a total, '…, about $2,000 at the current rate,' as the figure's conversion, and 'won is worth less than $10' as the writer's conversion", () => {
    const rows = claimsIn(
      [
        "Russia pays about $2,050 a month per soldier.",
        "North Korea's total trade with Russia rose to $34m in 2024, customs data show, a fraction of the $2.3bn it does with China.",
        "That would be about $240 million a year, a large sum for a country whose exports were worth about $1.6 billion.",
        "Russia pays roughly 180,000 rubles a month, about $2,050 at the current rate, to each soldier.",
        "At the black market rate, 150,000 North Korean won is worth less than $10.",
        "His pay was worth about $2,050 a month.",
      ].join("\n"),
    ).map((c) => [c.figure, c.kind, c.value.alternate?.unit ?? null]);
    expect(rows).toEqual([
      ["about $2,050 a month per soldier", "pay-per-soldier", null],
      ["$34m", "context", null],
      ["$2.3bn", "context", null],
      ["about $240 million a year", "pay-total", null],
      ["about $1.6 billion", "context", null],
      ["roughly 180,000 rubles a month, about $2,050 at the current rate", "pay-per-soldier", "USD"],
      ["150,000 North Korean won", "domestic-wage", null],
      ["less than $10", "context", null],
      ["about $2,050 a month", "pay-per-soldier", null],
    ]);
  });
});

describe("what reaches the soldier, against what was promised", () => {
  it("'the men see barely a tenth of it' is no share the regime keeps; a sum promised that never arrived is the pay promised, and 'never seen a single dollar' is nothing taken home", () => {
    const claims = claimsOf(
      [
        "Each soldier is paid $2,150 a month by Moscow, a defector said, but the men themselves see barely a tenth of it.",
        "One prisoner said he had been promised $1,650 a month but had never seen a single dollar of it.",
        "Another said he was promised $350 for a construction posting in Siberia and received nothing.",
        "A third said he takes home $150 a month.",
      ].join("\n"),
    );
    expect(claims.get("$2,150 a month")?.kind).toBe("pay-per-soldier");
    expect(claims.get("a tenth")?.kind).toBe("context");
    expect(claims.get("$1,650 a month")?.kind).toBe("pay-per-soldier");
    expect(claims.get("never seen a single dollar")).toMatchObject({ kind: "soldier-take-home", min: 0 });
    expect(claims.get("$350")?.kind).toBe("context");
    expect(claims.get("$150 a month")?.kind).toBe("soldier-take-home");
  });
});

describe("'or so' after a figure", () => {
  it("'ten thousand or so troops' and '$2,150 or so a month' are approximate; '3,150 soldiers, or some 10%' leaves the count as written", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = [
      "Pyongyang has sent a further ten thousand or so troops, the agency said.",
      "Russia pays $2,150 or so a month per soldier, officials said.",
      "Exactly 3,150 soldiers, or some 10%, were killed.",
    ].join("\n");
    const { claims } = extractCorpus([{ slug: "or-so", file: "or-so.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => [c.figure, c.value.approx])).toEqual([
      ["ten thousand", true],
      ["$2,150", true],
      ["3,150", false],
      ["some 10%", true],
    ]);
  });
});

describe("what the soldiers keep and what the state keeps", () => {
  it("'each soldier keeps about $230 a month' is what reaches him; 'the regime keeps about $1,870 of each soldier's pay' is neither a pay nor a take-home", () => {
    const claims = claimsOf(
      [
        "Russia pays $2,100 a month for each soldier, officials said.",
        "Each soldier keeps about $230 a month, a defector said.",
        "The regime keeps about $1,870 of each soldier's monthly pay, the defector added.",
        "Pyongyang pockets $1,860 a month per soldier, an analyst said.",
      ].join("\n"),
    );
    expect(claims.get("$2,100 a month")?.kind).toBe("pay-per-soldier");
    expect(claims.get("about $230 a month")?.kind).toBe("soldier-take-home");
    expect(claims.get("about $1,870")?.kind).toBe("context");
    expect(claims.get("$1,860 a month per soldier")?.kind).toBe("context");
  });
});

describe("a month in a sentence about what is expected", () => {
  it("'expects Pyongyang to send 10,300 troops by December' in an October article is no figure of the December before", () => {
    const claims = claimsIn(
      [
        "The NIS said it expects Pyongyang to send a total of 10,300 troops by December.",
        "The NIS said 3,100 troops had arrived in September.",
      ].join("\n"),
      "2024-10-24",
    );
    const expected = claims.find((c) => c.figure === "10,300");
    expect(expected?.kind).toBe("troops-projected");
    expect(expected?.asOf).toBe("2024-10-24");
    expect(claims.find((c) => c.figure === "3,100")?.asOf).toBe("2024-09-01");
  });
});

describe("the date of an editor's note", () => {
  it("'Correction (March 4): … the agency's figure is 1,130' in an article of 2 March is no figure of March the year before", () => {
    const claims = claimsIn(
      [
        "Ukraine's military intelligence agency said on Saturday that about 1,130 North Korean soldiers had been killed.",
        "Correction (March 4): An earlier version of this story said 1,230 North Korean soldiers had been killed; the agency's figure is 1,130.",
        "Update, Jan. 9: The agency said 1,330 North Korean soldiers had been wounded.",
      ].join("\n"),
      "2025-03-02",
    );
    expect(claims.find((c) => c.figure === "about 1,130")?.asOf).toBe("2025-03-01");
    for (const figure of ["1,230", "1,130", "1,330"]) {
      const c = claims.find((x) => x.figure === figure);
      expect(c?.asOf, figure).toBe("2025-03-02");
      expect(c?.asOfSource, figure).toBe("article");
    }
  });
});

describe("a count of those fighting in one place", () => {
  it("'about 8,300 North Korean troops were fighting in the Kursk region' counts those there; '8,600 … are in Kursk' and '11,300 … in Russia' name no narrower scope", () => {
    const claims = claimsIn(
      [
        "Ukraine's military intelligence said about 8,300 North Korean troops were fighting in the Kursk region.",
        "Nearly 8,400 North Korean soldiers are still fighting in Russia's Kursk Oblast, Budanov said.",
        "Ukraine said 8,600 North Korean soldiers are in Kursk.",
        "The NIS said about 11,300 North Korean soldiers are fighting in Russia.",
      ].join("\n"),
    );
    const scope = (figure: string) => claims.find((c) => c.figure === figure)?.scope ?? null;
    expect(scope("about 8,300")).toBe("those in the Kursk region");
    expect(scope("Nearly 8,400")).toBe("those in Russia's Kursk Oblast");
    expect(scope("8,600")).toBeNull();
    expect(scope("about 11,300")).toBeNull();
  });
});

describe("a clause that turns to now", () => {
  it("'In January, Kang put the cut at 73 percent; now she says it is closer to 86 percent' dates the 86 by the article; 'now fighting …, said on Wednesday' keeps the day", () => {
    const claims = claimsIn(
      [
        "In January, analyst Kang Min-seo put the regime's cut at roughly 73 percent; now she says it is closer to 86 percent.",
        "About 11,300 North Korean soldiers are now fighting in Russia, the NIS said on Wednesday.",
      ].join("\n"),
      "2025-08-11",
    );
    const at = (figure: string) => claims.find((c) => c.figure === figure)?.asOf ?? null;
    expect(at("roughly 73 percent")).toBe("2025-01-01");
    expect(at("closer to 86 percent")).toBe("2025-08-11");
    expect(at("About 11,300")).toBe("2025-08-06");
  });
});

describe("a force that could grow to a number", () => {
  it("'the North Korean presence in Russia could reach 45,300' and 'the total could climb to 100,300' after a count of soldiers are troops that may come; 'a deployment above 20,300 was unlikely' stays unread", () => {
    const claims = claimsIn(
      [
        "Some 11,300 North Korean soldiers are in Russia, the NIS said.",
        "South Korean intelligence believes the North Korean presence in Russia could reach 45,300 by the end of the year.",
        "Mira Castellanos said the total could climb to 100,300 by next year.",
        "Park said a deployment above 20,300 was unlikely.",
      ].join("\n"),
    );
    const kind = (figure: string) => claims.find((c) => c.figure === figure)?.kind ?? null;
    expect(kind("Some 11,300")).toBe("troops-deployed");
    expect(kind("45,300")).toBe("troops-projected");
    expect(kind("100,300")).toBe("troops-projected");
    expect(claims.some((c) => c.figure.includes("20,300"))).toBe(false);
  });
});

describe("a count a source last gave", () => {
  it("'has not updated its own count, which it last put at 330 dead' is an earlier figure of no date the article gives; 'last week put the toll at 430' is of last week", () => {
    const claims = claimsIn(
      [
        "South Korea's spy agency has not updated its own count, which it last put at 330 dead and 2,730 wounded.",
        "The NIS last week put the toll at 430.",
      ].join("\n"),
      "2025-03-02",
    );
    for (const figure of ["330", "2,730"]) {
      const c = claims.find((x) => x.figure === figure);
      expect(c?.earlier, figure).toBe(true);
      expect(c?.asOf ?? null, figure).toBeNull();
    }
    expect(claims.find((c) => c.figure === "430")?.asOf).toBe("2025-02-23");
  });
});

describe("the article's own sources, counted", () => {
  it("'Two defectors we interviewed said …' counts the sources, not a claim; their figure stays theirs", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = "Two defectors we interviewed said soldiers keep $130 a month.\n";
    const { claims, skipped } = extractCorpus([{ slug: "ours", file: "ours.md", meta, body, bodyLine: 1 }]);
    expect(claims.map((c) => c.figure)).toEqual(["$130 a month"]);
    expect(claims[0]?.attributedTo?.name).toBe("Two defectors");
    expect(skipped.find((s) => s.text === "Two")?.reason).toBe("a count of the article's sources");
  });
});

describe("the force a share of losses is taken from", () => {
  it("'more than 4,030 … casualties out of a force of about 12,030' counts the force as troops sent, not losses", () => {
    const claims = claimsOf(
      '"We assess that more than 4,030 North Korean soldiers have become casualties out of a force of about 12,030," a Pentagon spokeswoman said.\n',
    );
    expect(claims.get("more than 4,030")?.kind).toBe("casualties-total");
    expect(claims.get("about 12,030")?.kind).toBe("troops-deployed");
  });
});

describe("losses of one period, and a second loss besides the first", () => {
  it("'killed 14 … and wounded nine more in the past 24 hours' gives both the day's scope, no increase; 'in the first half of February' is a period", () => {
    const claims = claimsIn(
      [
        "Ukrainian special forces said they had killed 14 North Korean soldiers and wounded nine more in the past 24 hours.",
        "The units were withdrawn after losing around 630 soldiers killed in the first half of February, the Kyiv Clarion reported.",
        "Kyiv said 2,030 more had been killed since then.",
      ].join("\n"),
    );
    const scope = (figure: string) => claims.find((c) => c.figure === figure)?.scope ?? null;
    expect(scope("14")).toBe("only in the past 24 hours");
    expect(scope("nine")).toBe("only in the past 24 hours");
    expect(scope("around 630")).toBe("only in the first half of February");
    expect(scope("2,030")).toBe("additional losses (an increase)");
  });
});

describe("the share that reaches the soldiers, and the force put at a number", () => {
  it("'estimate under 10%; the rest stays with the state' and an answer to 'What share of the pay reaches the soldiers?' are no share the regime keeps; 'puts the deployed force at 11 to 12 thousand' is a count of troops", () => {
    const claims = claimsOf(
      [
        "Analysts at the Sejong Institute estimate under 13%; the rest stays with the state.",
        "Q: What share of the pay reaches the soldiers?",
        "A: Perhaps 14%.",
        "The regime keeps 87%, the defector said.",
        "Ukraine's military intelligence puts the deployed force at 11 to 12 thousand, and says at least 4,030 have been killed or wounded.",
      ].join("\n"),
    );
    expect(claims.get("under 13%")?.kind).toBe("context");
    expect(claims.get("Perhaps 14%")?.kind).toBe("context");
    expect(claims.get("87%")?.kind).toBe("regime-share");
    expect(claims.get("11 to 12 thousand")?.kind).toBe("troops-deployed");
    expect(claims.get("at least 4,030")?.kind).toBe("casualties-total");
  });
});

describe("the size of an economy", () => {
  it("'about 1.5% of North Korea's estimated gross domestic product of €18 billion' is context beside a pay total; GDP per head stays the home wage", () => {
    const claims = claimsOf(
      [
        "The soldier payments amount to roughly €265 million a year, about 1.5% of North Korea's estimated gross domestic product of €18 billion.",
        "North Korea's GDP per capita is about $1,230, the report notes.",
      ].join("\n"),
    );
    expect(claims.get("roughly €265 million a year")?.kind).toBe("pay-total");
    expect(claims.get("€18 billion")?.kind).toBe("context");
    expect(claims.get("about $1,230")?.kind).toBe("domestic-wage");
  });
});

describe("a span of months", () => {
  it("'in January and February', 'from March to May', 'between June and August' date the figure by the later month", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency said another 3,050 North Korean troops were sent in January and February.",
        "The Hollin ministry said 1,250 North Korean soldiers were killed from March to May.",
        "The Hollin ministry said 1,350 North Korean soldiers were wounded between June and August.",
        "The Hollin ministry said 550 North Korean soldiers were killed in November and December, and 750 were wounded in January.",
        "The Cardew Agency said 11,050 North Korean troops arrived in October and 3,150 more in January and February.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfPrecision ?? null])).toEqual([
      ["3,050", "2025-02-01", "month"],
      ["1,250", "2025-05-01", "month"],
      ["1,350", "2025-08-01", "month"],
      // The span ends after the article's November: the November and December before it.
      ["550", "2024-12-01", "month"],
      ["750", "2025-01-01", "month"],
      ["11,050", "2025-10-01", "month"],
      ["3,150", "2025-02-01", "month"],
    ]);
    expect(claims[0]?.asOfNote).toContain("a span dated by its later month");
  });
});

describe("a count of one rank or trade of the force", () => {
  it("'about 550 North Korean officers', '1,050 military engineers' count only those, not the force", () => {
    const claims = claimsIn(
      [
        "The Hollin ministry said that about 550 North Korean officers had been sent to Russian-held territory.",
        "The Cardew Agency said some 1,050 military engineers were sent to clear mines.",
        "The Cardew Agency said 11,050 troops, including 450 officers, were sent.",
        "The Cardew Agency said 11,150 North Korean soldiers were sent to Russia.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["about 550", "troops-deployed", "only officers"],
      ["some 1,050", "troops-deployed", "only military engineers"],
      ["11,050", "troops-deployed", null],
      // A part named in the sentence's list stays a part of the count before it.
      ["450", "troops-deployed", "part of the larger count before it"],
      ["11,150", "troops-deployed", null],
    ]);
  });
});

describe("a month in a sentence about what may come", () => {
  it("'may send … by April' is not dated to the April before the article; a past month still is", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency said North Korea may send between 1,050 and 1,550 further troops by April.",
        "The Cardew Agency said 350 North Korean soldiers were killed in January.",
        "The Cardew Agency said 11,050 North Korean troops were sent in October.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfSource])).toEqual([
      ["between 1,050 and 1,550", "2025-02-27", "article"],
      ["350", "2025-01-01", "sentence"],
      ["11,050", "2024-10-01", "sentence"],
    ]);
  });

  it("'By December, … could be in Russia' is not dated to the December before the article; 'may have reached' still is", () => {
    const claims = claimsIn(
      [
        "By December, as many as 25,050 North Korean soldiers could be in Russia, the Cardew Agency said.",
        "By the end of November, about 20,050 troops will be in Kursk, Vera Lind said.",
        "By December, the death toll among North Korean soldiers may have reached 1,050, the Cardew Agency said.",
        "By October, 11,050 North Korean troops had arrived, the Cardew Agency said.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.asOf, c.asOfSource])).toEqual([
      ["as many as 25,050", "troops-projected", "2025-02-27", "article"],
      ["about 20,050", "troops-projected", "2025-02-27", "article"],
      ["1,050", "casualties-killed", "2024-12-01", "sentence"],
      ["11,050", "troops-deployed", "2024-10-01", "sentence"],
    ]);
  });
});

describe("a figure in quotation marks before its noun", () => {
  it("'sent \"tens of thousands\" of workers' counts workers, not the soldiers the sentence names before", () => {
    const claims = claimsIn(
      [
        'Ms Vale declined to say whether any North Korean soldiers had been captured, but noted that Pyongyang had sent "tens of thousands" of workers to Russia.',
        'Ms Vale said Pyongyang had sent "20,050" workers to Russia.',
        "Ms Vale said about “11,050” soldiers were sent to Russia.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["tens of thousands", "context"],
      ["20,050", "context"],
      ["11,050", "troops-deployed"],
    ]);
  });
});

describe("the ages of a group", () => {
  it("'They are 20, 21 years old', 'whose soldiers are typically between 18 and 25 years old' are no one's biography", () => {
    const claims = claimsIn(
      [
        "“I do not blame the soldiers in Russia,” Pak Ju-won said. “They are 20, 21 years old.”",
        "The 94th Brigade, whose soldiers are typically between 18 and 25 years old, was sent.",
        "Pak Ju-won, who is 38 years old, left in 2019.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    const ages = claims.filter((c) => c.value.unit === "years-of-age");
    expect(ages.map((c) => [c.figure, c.kind, c.subject?.name ?? null])).toEqual([
      ["21 years", "context", null],
      ["between 18 and 25 years", "context", null],
      ["38 years", "biography", "Pak Ju-won"],
    ]);
  });
});

describe("troops being readied", () => {
  it("'was preparing 10,000 soldiers to fight', 'had readied 13,000 soldiers' are troops to come, not sent", () => {
    const claims = claimsIn(
      [
        "Mr Hollis said last week that North Korea was preparing 10,050 soldiers to fight for Russia.",
        "Mr Hollis said North Korea had readied 13,050 soldiers for deployment.",
        "Mr Hollis said North Korea had sent 14,050 soldiers after preparing them for months.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["10,050", "troops-projected"],
      ["13,050", "troops-projected"],
      ["14,050", "troops-deployed"],
    ]);
  });
});

describe("a part of the casualties named by what happened to them", () => {
  it("'several hundred of the casualties were believed to have been killed' counts the killed", () => {
    const claims = claimsIn(
      [
        "US officials said more than 4,050 soldiers had become casualties, and several hundred of the casualties were believed to have been killed.",
        "US officials said 350 of the casualties were thought to have been wounded.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["more than 4,050", "casualties-total"],
      ["several hundred", "casualties-killed"],
      ["350", "casualties-wounded"],
    ]);
  });
});

describe("money sentences read by what each sum is", () => {
  it("the regime's part 'of it', the soldier's percentage, what Pyongyang receives, a promise, compensation and an exchange rate", () => {
    const claims = claimsIn(
      [
        "Each soldier is paid $2,050 a month, the Cardew Agency said, but the regime keeps $1,850 of it.",
        "That leaves the soldier with $200 a month, or 10 percent of the salary.",
        "At $2,150 a month for each of the 11,050 soldiers, Pyongyang would receive about $23 million a month.",
        "Park Ju-won said soldiers in Russia are promised $1,550 a month.",
        "“All but a tenth goes to the state,” Park Ju-won said.",
        "Russia has promised $10,050 in compensation for each soldier killed, the source said.",
        "On the black market in Pyongyang, a dollar fetched about 8,050 won last month, traders said.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    const kind = (figure: string) => claims.find((c) => c.figure === figure)?.kind ?? null;
    expect(kind("$2,050 a month")).toBe("pay-per-soldier");
    expect(kind("$1,850")).toBe("context");
    expect(kind("$200 a month")).toBe("soldier-take-home");
    expect(kind("10 percent")).toBe("context");
    expect(kind("$2,150 a month")).not.toBe("soldier-take-home");
    expect(kind("about $23 million a month")).toBe("pay-total");
    expect(kind("$1,550 a month")).toBe("pay-per-soldier");
    expect(claims.find((c) => c.figure === "All but a tenth")?.value).toMatchObject({
      min: 90,
      max: 90,
      unit: "percent",
    });
    expect(kind("All but a tenth")).toBe("regime-share");
    expect(kind("$10,050")).toBe("context");
    // An exchange rate is reported as such, among the skipped numbers, never a claim.
    expect(kind("about 8,050 won")).toBeNull();
  });
});

describe("numbers beside people that count no one", () => {
  it("a height after 'who is', 'the two men's identities' and 'more than 1,000 men a day'", () => {
    const claims = claimsIn(
      [
        "The younger soldier, who is 1.65 metres tall, told interviewers that his unit had lost many men.",
        "The Cardew Agency said it had confirmed the two men's identities and that the corps had suffered about 3,050 casualties.",
        "Even 8,050 troops are a gift to an army that loses, by Ukraine's count, more than 1,050 men a day.",
        "",
      ].join("\n"),
      "2025-02-27",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 3,050", "casualties-total"],
      ["8,050", "troops-deployed"],
      ["more than 1,050", "context"],
    ]);
  });
});

describe("a figure in a 'when' clause after 'since'", () => {
  it("'since January 13, when it put the number at about 300' dates the 300 to January 13; a count before 'since' runs to the report", () => {
    const claims = claimsIn(
      [
        "It was the first time the Cardew Agency had updated its figure for the dead since January 13, when it put the number at about 350.",
        "The Cardew Agency said 650 North Korean soldiers had died since January 13.",
        "The Cardew Agency said 750 North Korean soldiers had died since January 2025, when the offensive began.",
        "",
      ].join("\n"),
      "2025-03-14",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfSource])).toEqual([
      ["about 350", "2025-01-13", "sentence"],
      ["650", "2025-03-14", "article"],
      ["750", "2025-03-14", "article"],
    ]);
  });
});

describe("what a count of losses is named right before it", () => {
  it("'put the number of dead at 2,200 and the wounded at more than 4,000' gives each its own kind", () => {
    const c = claimsOf("That would put the number of dead at roughly 2,200 and the wounded at more than 4,000.\n");
    expect(c.get("roughly 2,200")?.kind).toBe("casualties-killed");
    expect(c.get("more than 4,000")?.kind).toBe("casualties-wounded");
  });

  it("'puts the figure at 3,000' after a count of losses in the same sentence is a count of losses too", () => {
    const c = claimsOf(
      "Ukraine's military intelligence agency says about 4,000 North Koreans have been killed or wounded, while the Tidewater Defence Bureau puts the figure at 3,000.\n",
    );
    expect(c.get("about 4,000")?.kind).toBe("casualties-total");
    expect(c.get("3,000")?.kind).toBe("casualties-total");
  });
});

describe("a bare count after a contrast in the same sentence", () => {
  it("'… more than 1,000 dead; the agency says about 300' counts the same thing, credited to each speaker", () => {
    const c = claimsOf(
      "Ukrainian officials put the dead at more than 1,000; the Tidewater Defence Bureau says about 300.\n",
    );
    expect(c.get("more than 1,000")).toMatchObject({ kind: "casualties-killed", by: "Ukrainian officials" });
    expect(c.get("about 300")).toMatchObject({ kind: "casualties-killed", by: "Tidewater Defence Bureau" });
  });

  it("never gives the figure before the semicolon to the speaker after it", () => {
    const c = claimsOf(
      "Ukrainian officials count more than 1,000 dead; the Tidewater Defence Bureau counts about 300.\n",
    );
    expect(c.get("more than 1,000")?.by).not.toBe("Tidewater Defence Bureau");
    expect(c.get("about 300")?.by).toBe("Tidewater Defence Bureau");
  });
});

describe("whose losses, and which losses, a 'put at' or 'of whom' count gives", () => {
  it("'put the number of Ukrainian soldiers killed at more than 50,000' is another army's, context", () => {
    const c = claimsOf(
      "Russian state media put the number of Ukrainian soldiers killed at more than 50,000.\nRussian state media put the number of North Korean soldiers killed at more than 500.\n",
    );
    expect(c.get("more than 50,000")?.kind).toBe("context");
    expect(c.get("more than 500")?.kind).toBe("casualties-killed");
  });

  it("'…, of whom about 4,700 had been killed or wounded' counts both outcomes", () => {
    const c = claimsOf(
      "The Tidewater Defence Bureau said North Korea had sent soldiers to Russia, of whom about 4,700 had been killed or wounded.\n",
    );
    expect(c.get("about 4,700")?.kind).toBe("casualties-total");
  });
});

describe("troops someone expected to be sent", () => {
  it("'he expected Pyongyang to send about 5,000 more soldiers by the end of the year' is a projection", () => {
    const c = claimsOf(
      "Kim Sung-ho said he expected Pyongyang to send about 5,000 more soldiers by the end of the year.\n",
    );
    expect(c.get("about 5,000")?.kind).toBe("troops-projected");
  });
});

describe("money a defector gets in the South", () => {
  it("'a defector receives resettlement support worth about 20 million won' is context, after a pay sentence too", () => {
    const c = claimsOf(
      "The soldiers earn $2,000 a month, the agency said. In South Korea, a defector receives resettlement support worth about 20 million won.\n",
    );
    expect(c.get("$2,000 a month")?.kind).toBe("pay-per-soldier");
    expect(c.get("about 20 million won")?.kind).toBe("context");
  });
});

describe("a speaker's own service, and figures supposed without 'if'", () => {
  it("'In my time there were 40,000 men in the Storm Corps' is the speaker's past, not troops sent", () => {
    const claims = claimsIn(
      [
        "In my time there were 41,000 men in the Storm Corps, said Ri Chol-ho, a defector.",
        "When I served, there were 42,000 men in the brigade, Ri said.",
        "Pyongyang has sent about 11,050 soldiers, the Cardew Agency said.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    const of = (f: string): Claim | undefined => claims.find((c) => c.figure === f);
    expect(of("41,000")?.kind).toBe("context");
    expect(of("41,000")?.asOf).toBeNull();
    expect(of("42,000")?.kind).toBe("context");
    expect(of("about 11,050")?.kind).toBe("troops-deployed");
  });

  it("'Assuming 90% is withheld', 'Suppose each soldier is paid $2,000' and 'Even at half that rate, … would earn' suppose their figures", () => {
    const claims = claimsIn(
      [
        "Assuming 91% is withheld by the state, a soldier would keep about $180 a month, the analyst Park Min said.",
        "Suppose each soldier is paid $2,050 a month.",
        "Even at half that rate, the regime would earn $10.5 million a month.",
        "Even with 11,050 troops in Kursk, Russia lost ground, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    const figures = claims.map((c) => c.figure);
    expect(figures).not.toContain("91%");
    expect(figures).not.toContain("$2,050 a month");
    expect(figures).not.toContain("$10.5 million a month");
    expect(claims.find((c) => c.figure === "11,050")?.kind).toBe("troops-deployed");
  });
});

describe("a case a writer supposes, and another force's losses", () => {
  it("'Let's say …', 'Let us be generous and say that …', 'Imagine that …' and 'For the sake of argument, take …' are not reported, nor is the sum worked out next from them", () => {
    const claims = claimsIn(
      [
        "Let's say North Korea has sent 15,050 soldiers to Russia.",
        "Let us say Moscow pays every one of them $2,050 a month, as the Cardew Agency claims.",
        "Let us be generous and say that North Korea has sent 15,150 men.",
        "Imagine that North Korea has sent 15,250 soldiers to Russia.",
        "For the sake of argument, take the highest estimate: 15,350 North Korean soldiers in Russia.",
        "Imagine the grief of the families: about 650 North Korean soldiers have been killed, the Cardew Agency says.",
        "Let's say each of them is paid $2,150 a month.",
        "That comes to $32.25 million a month, or $387 million a year.",
        "The Cardew Agency says Russia pays $2,250 a month for each of 15,450 soldiers.",
        "That comes to $34.76 million a month.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 650", "Cardew Agency"],
      ["$2,250 a month", "Cardew Agency"],
      ["15,450", "Cardew Agency"],
      ["$34.76 million a month", null],
    ]);
  });

  it("'90 cents of every dollar' and 'of every dollar …, about 10 cents' are shares in per cent, not sums of money", () => {
    const claims = claimsIn(
      [
        "The regime keeps 91 cents of every dollar Russia pays for its soldiers, a defector said.",
        "Of every dollar Moscow pays for a North Korean soldier, the regime keeps 92 cents, a defector said.",
        "A loaf of bread costs 55 cents in Pyongyang, a defector said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.unit, c.value.min])).toEqual([
      ["91", "regime-share", "percent", 91],
      ["92", "regime-share", "percent", 92],
      ["55", "context", "USD", 0.55],
    ]);
  });

  it("'about 5,000 military construction workers' are soldiers sent for labour, not a number dropped", () => {
    const claims = claimsIn(
      [
        "North Korea has sent about 5,050 military construction workers to Russia since September, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope, c.attributedTo?.name ?? null])).toEqual([
      ["about 5,050", "troops-deployed", "soldiers sent for labour", "Cardew Agency"],
    ]);
  });

  it("the losses of a force named without its country (Wagner, Azov) are context, not North Korean casualties", () => {
    const claims = claimsIn(
      [
        "About 20,050 Wagner fighters were killed in the battle for Bakhmut.",
        "The Wagner mercenary group lost about 20,150 fighters in Bakhmut.",
        "The Azov brigade lost about 550 men in the siege of Mariupol.",
        "Wagner veterans trained about 3,050 North Korean soldiers, of whom 450 were killed.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["About 20,050", "context"],
      ["about 20,150", "context"],
      ["about 550", "context"],
      ["about 3,050", "troops-deployed"],
      ["450", "casualties-killed"],
    ]);
  });
});

describe("a question that asks about one kind of losses", () => {
  it("'How many have been killed?' makes the toll that answers it the dead; 'And the wounded?' the number after it the wounded", () => {
    const claims = claimsIn(
      [
        "Q: How many have been killed?",
        "A: The Cardew Agency put the toll at about 2,050 in September.",
        "And the wounded?",
        "The Cardew Agency put the number at about 4,050 in April.",
        "How many have been killed or wounded?",
        "The Cardew Agency put the toll at about 6,050 in April.",
        "",
      ].join("\n"),
      "2025-10-01",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 2,050", "casualties-killed"],
      ["about 4,050", "casualties-wounded"],
      ["about 6,050", "casualties-total"],
    ]);
  });
});

describe("a count of soldiers joined to a count of losses", () => {
  it("'13,000 troops and 4,700 casualties' is troops and losses, each by its own noun", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency counts 13,050 troops and 4,750 casualties.",
        "The Cardew Agency says there are 13,150 soldiers in Russia, and 4,850 dead.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure === f)?.kind;
    expect(kind("13,050")).toBe("troops-deployed");
    expect(kind("4,750")).toBe("casualties-total");
    expect(kind("13,150")).toBe("troops-deployed");
    expect(kind("4,850")).toBe("casualties-killed");
  });
});

describe("a change and the level it reached", () => {
  it("'rose by 1,000 to 4,700' is a change and a count, not a range; a rise in troops is an increase", () => {
    const claims = claimsIn(
      [
        "Casualties rose by 1,050 to 4,750, the Cardew Agency said.",
        "According to the Cardew Agency, the number of North Korean soldiers in Russia has risen by 3,050 since November, to about 14,050.",
        "The number of troops fell by 2,050 to 9,050, the Cardew Agency said.",
        "Pay rose by $550 to $2,050 a month, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    const of = (f: string): Claim | undefined => claims.find((c) => c.figure === f);
    expect(of("1,050")?.kind).toBe("context");
    expect(of("1,050")?.scope).toBeNull();
    expect([of("4,750")?.kind, of("4,750")?.value.min, of("4,750")?.value.max]).toEqual([
      "casualties-total",
      4750,
      4750,
    ]);
    expect([of("3,050")?.kind, of("3,050")?.scope]).toEqual([
      "troops-deployed",
      "additional troops since November (an increase)",
    ]);
    expect(of("about 14,050")?.kind).toBe("troops-deployed");
    expect(of("about 14,050")?.scope).toBeNull();
    expect(of("2,050")?.kind).toBe("context");
    expect(of("9,050")?.kind).toBe("troops-deployed");
    expect(of("$550")?.kind).toBe("context");
    expect(of("$2,050 a month")?.kind).toBe("pay-per-soldier");
  });
});

describe("soldiers withdrawn and soldiers sent to replace others", () => {
  it("'has withdrawn about 4,000 soldiers' is context; 'about 3,000 replacements' is an increase", () => {
    const claims = claimsIn(
      [
        "North Korea has withdrawn about 4,050 soldiers of its first contingent, the Cardew Agency said.",
        "The Cardew Agency said North Korea pulled out 2,050 troops.",
        "Pyongyang had sent about 3,050 replacements in January, the Cardew Agency said.",
        "Pyongyang has sent about 11,050 soldiers, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    const of = (f: string): Claim | undefined => claims.find((c) => c.figure === f);
    expect(of("about 4,050")?.kind).toBe("context");
    expect(of("2,050")?.kind).toBe("context");
    expect([of("about 3,050")?.kind, of("about 3,050")?.scope]).toEqual([
      "troops-deployed",
      "additional troops (an increase)",
    ]);
    expect([of("about 11,050")?.kind, of("about 11,050")?.scope]).toEqual(["troops-deployed", null]);
  });
});

describe("pay promised that never arrived", () => {
  it("a promise the next sentence says never came, 'never received any of it' and 'his unit had been promised' are the pay promised", () => {
    const claims = claimsIn(
      [
        "“They told us each soldier would get $2,050 a month. I never saw a single dollar,” Ri Chol-min, a captured soldier, said.",
        "Kim Sung-ho said he was promised $2,150 a month but never received any of it.",
        "Ri said his unit had been promised $2,250 a month.",
        "The soldiers were told they would get $150 a month, defectors said.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure === f)?.kind;
    expect(kind("$2,050 a month")).toBe("pay-per-soldier");
    expect(kind("$2,150 a month")).toBe("pay-per-soldier");
    expect(kind("$2,250 a month")).toBe("pay-per-soldier");
    expect(kind("$150 a month")).toBe("soldier-take-home");
  });
});

describe("a raised count, a part of a total, and a weekday with its date", () => {
  it("'which had put the death toll at 600 in March, raised it to about 1,100 this month' keeps the new toll, of this month", () => {
    const claims = claimsIn(
      "The Cardew Agency, which had put the death toll at 610 in March, raised it to about 1,150 this month, according to lawmaker Choi Hyun-woo.\n",
      "2025-06-18",
    );
    const raised = claims.find((c) => c.figure === "about 1,150");
    expect([raised?.kind, raised?.asOf]).toEqual(["casualties-killed", "2025-06-18"]);
    expect(claims.find((c) => c.figure === "610")?.asOf).toBe("2025-03-01");
  });

  it("'put total casualties at about 4,700, including about 600 dead' makes the 600 deaths", () => {
    const claims = claimsIn("The Cardew Agency put total casualties at about 4,750, including about 650 dead.\n");
    expect(claims.find((c) => c.figure === "about 4,750")?.kind).toBe("casualties-total");
    expect(claims.find((c) => c.figure === "about 650")?.kind).toBe("casualties-killed");
  });

  it("'On Monday, March 3,' is March 3, not the last Monday before the article", () => {
    const claims = claimsIn(
      [
        "On Monday, March 3, the Cardew Agency said about 11,050 North Korean soldiers were in Russia.",
        "- Tuesday, March 4: The Cardew Agency said about 11,150 soldiers were in Russia.",
        "On Monday, the Cardew Agency said about 11,250 North Korean soldiers were in Russia.",
        "",
      ].join("\n"),
      "2025-03-12",
    );
    const asOf = (f: string): string | null | undefined => claims.find((c) => c.figure === f)?.asOf;
    expect(asOf("about 11,050")).toBe("2025-03-03");
    expect(asOf("about 11,150")).toBe("2025-03-04");
    expect(asOf("about 11,250")).toBe("2025-03-10");
  });
});

describe("a rate of soldiers, and the article's own sum", () => {
  it("'About 1,500 North Korean soldiers a month have arrived' is a rate, not the force", () => {
    const claims = claimsIn(
      [
        "About 1,550 North Korean soldiers a month have arrived in Russia since October, Lena Voss said.",
        "Pyongyang has sent about 11,050 soldiers, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    expect(claims.find((c) => c.figure === "About 1,550")?.kind).toBe("context");
    expect(claims.find((c) => c.figure === "about 11,050")?.kind).toBe("troops-deployed");
  });

  it("'…, by our calculation' leaves the sum the article's own, and what it starts from its source's", () => {
    const claims = claimsIn(
      "Multiply by the 11,050 troops the Cardew Agency says are in Russia and the bill comes to around $24.5 million a month, by our calculation.\n",
    );
    expect(claims.find((c) => c.figure === "around $24.5 million a month")?.attributedTo).toBeNull();
    expect(claims.find((c) => c.figure === "11,050")?.attributedTo?.name).toBe("Cardew Agency");
  });
});

describe("a change from one time to another", () => {
  it("'has risen from 11,000 last year to 14,000 now' keeps the new count, of the article's date", () => {
    const claims = claimsIn(
      "The number of North Korean troops in Russia has risen from 11,050 last year to 14,050 now, the Cardew Agency said.\n",
      "2025-06-18",
    );
    const at = (f: string): [string | undefined, string | null | undefined] => {
      const c = claims.find((x) => x.figure === f);
      return [c?.kind, c?.asOf];
    };
    expect(at("11,050")).toEqual(["troops-deployed", "2024-01-01"]);
    expect(at("14,050")).toEqual(["troops-deployed", "2025-06-18"]);
  });

  it("'from 70% last year to at least 90% now' dates only the start by 'last year'", () => {
    const claims = claimsIn(
      "The share the regime keeps has risen from 72% last year to at least 91% now, the Cardew Agency said.\n",
      "2025-06-18",
    );
    expect(claims.find((c) => c.figure === "72%")?.asOf).toBe("2024-01-01");
    expect(claims.find((c) => c.figure === "at least 91%")?.asOf).toBe("2025-06-18");
  });

  it("a time before the change, or after its end, still dates both ends", () => {
    const claims = claimsIn(
      "In March, North Korean casualties rose from about 3,050 to 4,750, the Cardew Agency said.\n",
      "2025-06-18",
    );
    expect(claims.find((c) => c.figure === "4,750")?.asOf).toBe("2025-03-01");
  });
});

describe("a live blog's clock time with no dash after it", () => {
  it("'09:14 Tidewater's defence agency says …' names the agency, not '09:14 Tidewater's defence agency'", () => {
    const claims = claimsIn(
      "09:14 Tidewater's defence agency says about 4,050 North Korean soldiers have been killed or wounded.\n",
      "2025-03-12",
    );
    expect(claims.find((c) => c.figure === "about 4,050")?.attributedTo?.name).toBe("Tidewater's defence agency");
  });

  it("'Correction: An earlier version of the 11:15 entry put the dead at 1,100' withdraws the 1,100", () => {
    const claims = claimsIn(
      [
        "13:40 — Correction: An earlier version of the 11:15 entry put the North Korean dead at 1,150.",
        "An earlier version of the report by the Cardew Agency said 1,450 North Korean soldiers had died.",
        "",
      ].join("\n"),
      "2025-03-12",
    );
    const withdrawn = claims.find((c) => c.figure === "1,150");
    expect([withdrawn?.stance, withdrawn?.attributedTo ?? null]).toEqual(["disputes", null]);
    // Another body's earlier report is still that body's figure.
    const theirs = claims.find((c) => c.figure === "1,450");
    expect([theirs?.stance, theirs?.attributedTo?.name]).toEqual(["asserts", "Cardew Agency"]);
  });
});

describe("what a figure counts, against what the sentence names besides", () => {
  it("'put the number of shells shipped at about 12 million, up from 9 million' counts no people", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency now estimates that about 2,050 North Korean soldiers have been killed.",
        "The agency put the number of shells shipped at about 12.5 million, up from 9.5 million in January.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => c.figure)).toEqual(["about 2,050"]);
  });

  it("'… have been sent to Russia, far fewer than the viral death toll' is a count of the force", () => {
    const claims = claimsIn(
      [
        "About 14,050 North Korean soldiers have been sent to Russia, far fewer than the viral death toll.",
        "The number of North Korean soldiers sent to Russia, about 14,150 by most estimates, is far smaller than the viral death toll.",
        "About 1,050 North Korean soldiers have been killed, more than the number sent in the first wave.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure === f)?.kind;
    expect(kind("About 14,050")).toBe("troops-deployed");
    expect(kind("about 14,150")).toBe("troops-deployed");
    expect(kind("About 1,050")).toBe("casualties-killed");
  });
});

describe("an article's verdict on what it has just reported", () => {
  it("a claim a paragraph ends on, then 'Verdict: False.' on the next line, is disputed by the publisher", () => {
    const claims = claimsIn(
      [
        "A post shared thousands of times on social media claims that 50,050 North Korean soldiers have been killed.",
        "Verdict: False. No government or agency has given such a figure.",
        "",
      ].join("\n"),
    );
    const viral = claims.find((c) => c.figure === "50,050");
    expect(viral?.disputedBy?.name).toBe("Test Gazette");
  });

  it("'Our rating: False.' rates the claim above it, a fact check's 'No, …' denies its count, and 'Neither figure is close to' no count", () => {
    const { claims, skipped } = extractionOf(
      [
        "Fact check: No, 50,060 North Korean soldiers have not been killed in Kursk.",
        "A video circulating on social media claims that 50,070 North Korean soldiers have died fighting for Russia.",
        "Our rating: False.",
        "The Cardew Agency said about 650 North Korean soldiers had been killed. Neither figure is close to 50,080.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.stance, c.disputedBy?.name ?? null])).toEqual([
      ["50,060", "disputes", null],
      ["50,070", "disputes", null],
      ["about 650", "asserts", null],
    ]);
    expect(skipped.find((x) => x.text.endsWith("50,080"))?.reason).toBe(
      "what other figures are said to be far from, not a count",
    );
  });

  it("'That report was wrong; the agency was then still giving …' disputes the report before it", () => {
    const claims = claimsIn(
      [
        "The Harbour Ledger reported in April that the Cardew Agency had raised its estimate of the North Korean dead to 1,050. That report was wrong; the agency's figure was then 650 North Korean soldiers killed.",
        "",
      ].join("\n"),
    );
    expect(claims.find((c) => c.figure === "1,050")?.disputedBy?.name).toBe("Test Gazette");
    expect(claims.find((c) => c.figure === "650")?.disputedBy ?? null).toBeNull();
  });
});

describe("sums worked out for a case", () => {
  it("'Suppose, as widely reported, that …', and a sum after or before an 'if' with 'could', are not reported", () => {
    const claims = claimsIn(
      [
        "Suppose, as widely reported, that Russia pays $2,050 a month for each North Korean soldier.",
        "If the deployment grows, North Korea's earnings could top $510 million a year.",
        "Should the deployment grow, North Korea's earnings could reach $610 million a year.",
        "North Korea's earnings could top $710 million a year if the deployment grows.",
        "If the reports are right, Russia pays $2,150 a month per soldier, the Cardew Agency said.",
        "If each of the 12,000 soldiers earns $2,000, Pyongyang would collect $24.5 million a month.",
        "",
      ].join("\n"),
    );
    // An "if" that restates figures makes the sum the article's arithmetic on them.
    expect(claims.map((c) => c.figure)).toEqual(["$2,150 a month per soldier", "$24.5 million a month"]);
  });
});

describe("an office named by its title", () => {
  it("'The Director of National Intelligence said' names the office; with a holder's name after, the holder", () => {
    const claims = claimsIn(
      [
        "The Director of National Intelligence said more than 11,050 North Korean troops were in Russia.",
        "Director of National Security Mara Velden said more than 11,150 North Korean troops were in Russia.",
        "",
      ].join("\n"),
    );
    const by = (f: string): string | undefined => claims.find((c) => c.figure === f)?.attributedTo?.name;
    expect(by("more than 11,050")).toBe("Director of National Intelligence");
    expect(by("more than 11,150")).toBe("Mara Velden");
  });
});

describe("a count owned by a capital", () => {
  it("'By Kyiv's count, about 600 …, twice as many as Seoul has confirmed' is Kyiv's", () => {
    const claims = claimsIn(
      [
        "By Kyiv's count, about 605 North Korean soldiers have been killed, twice as many as Seoul has confirmed.",
        "By Ukraine's count, about 615 North Korean soldiers have been killed.",
        "",
      ].join("\n"),
    );
    const by = (f: string): string | undefined => claims.find((c) => c.figure === f)?.attributedTo?.name;
    expect(by("about 605")).toBe("Kyiv");
    expect(by("about 615")).toBe("Ukraine");
  });
});

describe("an age beside a speaker who passes a source on", () => {
  it("'Rep. Han Ye-jin, 58, said the NIS believed …' gives the age as the lawmaker's own, unhedged", () => {
    const claims = claimsIn(
      "Rep. Han Ye-jin, 58, said the National Intelligence Service believed Pyongyang could send a further 3,050 soldiers.\n",
    );
    const age = claims.find((c) => c.figure === "58");
    expect([age?.kind, age?.subject?.name, age?.attributedTo?.name, age?.hedges]).toEqual([
      "biography",
      "Han Ye-jin",
      "Han Ye-jin",
      [],
    ]);
  });
});

describe("an interview whose outlet speaks to the one who answers", () => {
  it("after 'The Harbour Lantern spoke to him in Seoul' and a question with no figure, the answers are the defector's", () => {
    const claims = claimsIn(
      [
        "Pak Sung-ho is a defector. The Harbour Lantern spoke to him in Seoul.",
        "Q: How many have died?",
        "A: Maybe 1,050 dead, I would guess.",
        "",
      ].join("\n"),
    );
    expect(claims.find((c) => c.figure === "Maybe 1,050")?.attributedTo?.name).toBe("Pak Sung-ho");
  });
});

describe("how the pay comes", () => {
  it("'About half of that is paid in rice and fuel' is context; 'The regime keeps about half of that' is its share", () => {
    const claims = claimsIn(
      [
        "Russia pays about $2,050 a month per soldier, according to the Cardew Agency.",
        "About 45 percent of that is paid in rice and fuel rather than cash, the agency said.",
        "The regime keeps about 55 percent of it, the agency said.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure === f)?.kind;
    expect(kind("About 45 percent")).toBe("context");
    expect(kind("about 55 percent")).toBe("regime-share");
  });
});

describe("losses foreseen", () => {
  it("'deaths could reach 5,000 by the end of the year' and 'on course to pass 10,000' are no count of losses", () => {
    const claims = claimsIn(
      [
        "At the current rate, North Korean deaths could reach 5,050 by the end of the year, the Cardew Agency warned.",
        "North Korean casualties are on course to pass 10,050 by December, a Western official said.",
        "North Korean casualties have reached 4,050, the Cardew Agency said.",
        "",
      ].join("\n"),
      "2025-06-02",
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.kind;
    expect(kind("5,050")).toBe("context");
    expect(kind("10,050")).toBe("context");
    expect(kind("4,050")).toBe("casualties-total");
  });
});

describe("a second source whose verb the sentence leaves out", () => {
  it("'The HUR says about 4,000 …; the Pentagon, about 500 dead' credits the 500 to the Pentagon", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency says about 4,050 North Koreans have been killed or wounded; the Pentagon, about 550 dead.",
        "The Cardew Agency says about 4,150 North Korean soldiers are in Kursk, the Pentagon about 3,050.",
        "The Cardew Agency said in its report, Annex 3, that about 11,150 North Korean soldiers were in Russia.",
        "",
      ].join("\n"),
    );
    expect(claims.find((c) => c.figure === "about 11,150")?.attributedTo?.name).toBe("Cardew Agency");
    const by = (f: string): string | undefined => claims.find((c) => c.figure === f)?.attributedTo?.name;
    expect(by("about 4,050")).toBe("Cardew Agency");
    expect(by("about 550")).toMatch(/Pentagon/);
    expect(by("about 4,150")).toBe("Cardew Agency");
    expect(by("about 3,050")).toMatch(/Pentagon/);
  });
});

describe("a sum that adds up over several years", () => {
  it("'over five years', 'by 2030' or 'if … until 2030' after a sum gives it no period, while a sum 'a year' keeps its own", () => {
    const claims = claimsIn(
      [
        "Russia pays about $2,000 a month per soldier, or roughly $290 million a year, about $1.55 billion over five years.",
        "Russia pays about $295 million a year for the 12,000 troops, or about $1.65 billion by 2030.",
        "Russia pays about £215m a year, or about £1.6bn if the deployment continues until 2030.",
        "Russia pays about $305 million a year over five years, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    const per = (f: string): string | null | undefined => claims.find((c) => c.figure.endsWith(f))?.value.per;
    expect(per("$1.55 billion")).toBeNull();
    expect(per("$1.65 billion")).toBeNull();
    expect(per("£1.6bn")).toBeNull();
    expect(per("$290 million a year")).toBe("year");
    expect(per("$295 million a year")).toBe("year");
    expect(per("$305 million a year")).toBe("year");
  });
});

describe("a contrast after a sum", () => {
  it("'Russia paid $2,000 a month … but that the men would receive only $100' is pay, then take-home", () => {
    const claims = claimsIn(
      [
        "A defector said Russia paid $2,050 a month for each soldier but that the men would receive only $150.",
        "The men receive only $110 a month, while Russia pays $2,010 for each.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.startsWith(f))?.kind;
    expect(kind("$2,050")).toBe("pay-per-soldier");
    expect(kind("$150")).toBe("soldier-take-home");
    expect(kind("$110")).toBe("soldier-take-home");
    expect(kind("$2,010")).toBe("pay-per-soldier");
  });
});

describe("people and money that are not the deployment's", () => {
  it("the next prisoner swap's 'as many as 300 people' is no troops to come", () => {
    const claims = claimsIn(
      [
        "Ukraine and Russia exchanged 175 prisoners each on March 5, and officials said the next swap could involve as many as 350 people.",
        "North Korea could send as many as 3,050 more troops, officials said.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.kind;
    expect(kind("350")).toBe("context");
    expect(kind("3,050")).toBe("troops-projected");
  });

  it("a defector's wage at a civilian job, and what she sends home, are no soldier's pay", () => {
    const claims = claimsIn(
      [
        "Choe Myong-hui defected from North Korea in 2017.",
        "She now works in a restaurant in Incheon, earning about 2.5 million won a month.",
        "Choe, who works in a restaurant in Incheon, has sent more than 10 million won to relatives in the North since 2018.",
        "Soldiers sent to Russia are paid $2,050 a month, a defector who now works in a factory in Seoul said.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.startsWith(f))?.kind;
    expect(kind("about 2.5 million won")).toBe("context");
    expect(kind("more than 10 million won")).toBe("context");
    expect(kind("$2,050")).toBe("pay-per-soldier");
  });
});

describe("another source's count with its time between the noun and the verb", () => {
  it("'Kyiv's figure in May was far higher, at about 1,150' counts the dead, is Kyiv's, and is of May", () => {
    const claims = claimsIn(
      [
        "In April, Seoul said about 610 North Korean soldiers had died, but Kyiv's figure in May was far higher, at about 1,150.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    const c = claims.find((x) => x.figure.endsWith("1,150"));
    expect([c?.kind, c?.attributedTo?.name, c?.asOf]).toEqual(["casualties-killed", "Kyiv", "2025-05-01"]);
    const seoul = claims.find((x) => x.figure.endsWith("610"));
    expect([seoul?.attributedTo?.name, seoul?.asOf]).toEqual(["Seoul", "2025-04-01"]);
  });

  it("a body's or a place's count after a sentence of the dead counts the dead", () => {
    const claims = claimsIn(
      [
        "The Tidewater Bureau said about 620 North Korean soldiers had died.",
        "Kyiv's count was higher, at about 1,160.",
        "The Cardew Agency's count in June was higher still, at about 1,240.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    const of = (f: string): Claim | undefined => claims.find((x) => x.figure.endsWith(f));
    expect([of("1,160")?.kind, of("1,160")?.attributedTo?.name]).toEqual(["casualties-killed", "Kyiv"]);
    expect([of("1,240")?.kind, of("1,240")?.attributedTo?.name, of("1,240")?.asOf]).toEqual([
      "casualties-killed",
      "Cardew Agency",
      "2025-06-01",
    ]);
  });

  it("'Its first estimate, in November 2024, was about 11,000' is the body's named before", () => {
    const claims = claimsIn(
      [
        "The Tidewater Bureau has revised its count of North Korean soldiers in Russia several times.",
        "Its first estimate, in November 2024, was about 11,050.",
        "Its latest estimate in March was about 12,050.",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    const of = (f: string): Claim | undefined => claims.find((x) => x.figure.endsWith(f));
    expect([of("11,050")?.attributedTo?.name, of("11,050")?.asOf]).toEqual(["Tidewater Bureau", "2024-11-01"]);
    expect([of("12,050")?.attributedTo?.name, of("12,050")?.asOf]).toEqual(["Tidewater Bureau", "2025-03-01"]);
  });
});

describe("a count of soldiers and a count of losses in one clause", () => {
  it("'about 12,000 troops had been sent and about 1,000 had been killed' is a deployment and a toll", () => {
    const claims = claimsIn(
      [
        "The Tidewater Bureau said about 12,050 North Korean troops had been sent and about 1,050 had been killed.",
        "The Cardew Agency said about 11,950 North Korean troops were in Russia and 1,150 had died.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.kind;
    expect([kind("12,050"), kind("1,050"), kind("11,950"), kind("1,150")]).toEqual([
      "troops-deployed",
      "casualties-killed",
      "troops-deployed",
      "casualties-killed",
    ]);
  });

  it("'put the number of North Korean dead at about 600 and the wounded at 2,700' is the dead, then the wounded", () => {
    const claims = claimsIn(
      [
        "The Tidewater Bureau put the number of North Korean dead at about 610 and the wounded at 2,710.",
        "The Cardew Agency put North Korean dead at about 620 and wounded at 2,720.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.kind;
    expect([kind("610"), kind("2,710"), kind("620"), kind("2,720")]).toEqual([
      "casualties-killed",
      "casualties-wounded",
      "casualties-killed",
      "casualties-wounded",
    ]);
  });
});

describe("an unnamed speaker described by what follows a preposition", () => {
  it("is the speaker, not the platform, the unit or the place named after", () => {
    const claims = claimsIn(
      [
        "A Russian military blogger with 400,000 followers on Telegram claims only 210 North Koreans have died.",
        "A pro-Kremlin blogger on Telegram claims that 220 North Korean soldiers have died.",
        "An officer with the 47th Mechanized Brigade said 230 North Korean soldiers have died.",
        "A doctor at a military hospital in Kursk said 240 North Korean soldiers have died.",
        "A Ukrainian commander with 20 years in the army said 250 North Korean soldiers have died.",
        "",
      ].join("\n"),
    );
    const by = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.attributedTo?.name;
    expect([by("210"), by("220"), by("230"), by("240"), by("250")]).toEqual([
      "A Russian military blogger",
      "A pro-Kremlin blogger",
      "An officer",
      "A doctor",
      "A Ukrainian commander",
    ]);
  });
});

describe("corrections of credit, parties' expectations, past wars and briefings", () => {
  it("a correction of who gave a figure does not dispute the figure or repeat it", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency estimates that about 12,050 North Korean soldiers are deployed in Russia.",
        "Correction: An earlier version of this article misattributed the estimate of 12,050 soldiers to the Tidewater Bureau. The estimate is the Cardew Agency's.",
        "Each soldier receives about $2,050 a month, according to a defector.",
        "Correction: A previous version of this article misidentified the source of the $2,050 figure as the NIS.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.stance, c.attributedTo?.name ?? null])).toEqual([
      ["about 12,050", "asserts", "Cardew Agency"],
      ["about $2,050 a month", "asserts", "a defector"],
    ]);
  });

  it("what Russia expects, in the words of a source who ends the sentence, is that source's figure", () => {
    const claims = claimsIn(
      [
        "Russia expects North Korea to send up to 6,050 more soldiers, a source familiar with the matter said.",
        "The Cardew Agency expects North Korea to send up to 6,150 more soldiers, a source familiar with the matter said.",
        "",
      ].join("\n"),
    );
    const by = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.attributedTo?.name;
    expect(by("6,050")).toBe("a source familiar with the matter");
    expect(by("6,150")).toBe("Cardew Agency");
  });

  it("troops of other countries in past wars are context, and a deployment since one is not", () => {
    const claims = claimsIn(
      [
        "In the Vietnam War, the United States sent more than 500,000 troops.",
        "At the height of the Iraq war, the United States had about 170,000 troops in the country.",
        "Compare that with the Korean War, when China sent roughly 3 million soldiers to the peninsula.",
        "It is the largest foreign deployment since the Korean War: about 11,050 North Korean soldiers are in Russia.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["more than 500,000", "context"],
      ["about 170,000", "context"],
      ["roughly 3 million", "context"],
      ["about 11,050", "troops-deployed"],
    ]);
  });

  it("a lawmaker briefed by the NIS at a session of a committee passes on the NIS's figure", () => {
    const claims = claimsIn(
      [
        "According to Rep. Park Sun-won, who was briefed by the NIS at a closed-door session of the National Assembly's Intelligence Committee, the spy agency believes about 11,050 North Korean troops are in Russia.",
        "",
      ].join("\n"),
    );
    expect([claims[0]?.attributedTo?.name, claims[0]?.relayedBy?.name, claims[0]?.via]).toEqual([
      "NIS",
      "Park Sun-won",
      [],
    ]);
  });
});

describe("scopes of a week named by its end, and of a speaker's own past", () => {
  it("'in the week to 23 March' counts one week, and 'during the week of March 17' too", () => {
    const claims = claimsIn(
      [
        "About 410 North Korean soldiers were wounded in the week to 23 March, Ukraine's general staff said.",
        "During the week of March 17, about 120 North Korean soldiers were killed, the Cardew Agency said.",
        "",
      ].join("\n"),
      "2025-03-25",
    );
    const of = (f: string): Claim | undefined => claims.find((c) => c.figure.endsWith(f));
    expect([of("410")?.scope, of("410")?.asOf]).toEqual(["only in the week to 23 March", "2025-03-23"]);
    expect(of("120")?.scope).toBe("only during the week of March 17");
  });

  it("a speaker's own past work does not scope the figure he gives of the soldiers", () => {
    const claims = claimsIn(
      [
        "Lee Chul-woo, a defector who served in a North Korean construction unit in Russia until 2019, said the soldiers themselves see only $110 to $210 a month.",
        "Soldiers sent to construction sites in Russia are paid about $820 a month, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    const of = (f: string): Claim | undefined => claims.find((c) => c.figure.includes(f));
    expect(of("$110")?.scope).toBeNull();
    expect(of("$820")?.scope).toBe("soldiers sent for labour");
  });
});

describe("material seen by the outlet, money paid for a death, rates of losses, reports known of, and retractions", () => {
  it("'an assessment seen by' the publisher names no source and is not the publisher's", () => {
    const claims = claimsIn(
      "According to a Western intelligence assessment seen by the Test Gazette, Russia pays about $2,250 a month for each North Korean soldier.\n",
    );
    expect([claims[0]?.attributedTo, claims[0]?.attributedAs]).toEqual([null, "a Western intelligence assessment"]);
  });

  it("money promised to the families of the dead is context, and a pay beside it in its own clause is pay", () => {
    const claims = claimsIn(
      [
        "The families of soldiers killed in action are promised 110 million won each, according to Pyongyang Watch.",
        "Pyongyang Watch said bereaved families would be paid 120 million won for each soldier killed in action.",
        "Each soldier is paid about $2,060 a month, and families of soldiers killed receive a lump sum, a defector said.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.includes(f))?.kind;
    expect([kind("110 million"), kind("120 million"), kind("$2,060")]).toEqual([
      "context",
      "context",
      "pay-per-soldier",
    ]);
  });

  it("soldiers 'dying each week' or 'being killed every week' are a rate, not a count", () => {
    const claims = claimsIn(
      [
        "Officials in Kyiv said about 1,010 North Korean soldiers were dying each week.",
        "Officials in Kyiv said about 1,020 North Korean soldiers were being killed every week.",
        "Officials in Kyiv said about 1,030 North Korean soldiers had been killed.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.kind;
    expect([kind("1,010"), kind("1,020"), kind("1,030")]).toEqual(["context", "context", "casualties-killed"]);
  });

  it("a body 'aware of reports that' gives no figure of its own: the reports do", () => {
    const claims = claimsIn(
      "The Ministry of Defence said it was aware of reports that 12,050 North Korean troops were in Russia.\n",
    );
    expect(claims[0]?.attributedTo?.name).toBe("reports");
  });

  it("'Earlier, we reported …' and 'We earlier reported that …' withdraw the figure", () => {
    const claims = claimsIn(
      [
        "The NIS estimates about 14,050 North Korean troops have been sent to Russia, a lawmaker said.",
        "Earlier, we reported the NIS total as 14,150 troops.",
        "We earlier reported that the NIS put the number of troops at 14,250.",
        "",
      ].join("\n"),
    );
    const stance = (f: string): string | undefined => claims.find((c) => c.figure.endsWith(f))?.stance;
    expect([stance("14,050"), stance("14,150"), stance("14,250")]).toEqual(["asserts", "disputes", "disputes"]);
  });

  it("'Correction: last week's issue said …' and 'Tuesday's edition said …' withdraw the figure, credited to no one", () => {
    const claims = claimsIn(
      [
        "Correction: last week's issue said the Cardew Agency counted 5,050 casualties. The agency's figure was 4,050.",
        "Correction: Tuesday's edition said the Tidewater Bureau estimated 5,150 North Korean casualties.",
        "Correction: This item previously said the Cardew Agency counted 5,250 casualties.",
        "The Cardew Agency said its count of 5,350 casualties last week was correct.",
        "",
      ].join("\n"),
      "2025-03-14",
    );
    expect(claims.map((c) => [c.figure, c.stance, c.attributedTo?.name ?? null])).toEqual([
      ["5,050", "disputes", null],
      ["4,050", "asserts", "Cardew Agency"],
      ["5,150", "disputes", null],
      ["5,250", "disputes", null],
      ["5,350", "asserts", "Cardew Agency"],
    ]);
  });
});

describe("the total sent after a toll, a share of what the regime keeps, and 'the best part of'", () => {
  it("'put the total sent at about 13,000' after a sentence of the dead counts troops sent", () => {
    const claims = claimsIn(
      [
        "Ukraine's military intelligence agency says about 1,050 North Korean soldiers have been killed.",
        "A lawmaker, Lee Jae-hoon, says the NIS put the total sent at about 13,050.",
        "",
      ].join("\n"),
    );
    expect(claims.find((c) => c.figure.endsWith("13,050"))?.kind).toBe("troops-deployed");
  });

  it("a share of the regime's earnings spent on something is context; the share the regime keeps is not", () => {
    const claims = claimsIn(
      [
        "Three-quarters of the regime's earnings from the deployment, Lee estimates, go to the munitions industry.",
        "About 61 percent of the money Pyongyang keeps is spent on missiles, Lee said.",
        "The regime keeps about 92% of the pay, a defector said.",
        "",
      ].join("\n"),
    );
    const kind = (f: string): string | undefined => claims.find((c) => c.figure.includes(f))?.kind;
    expect([kind("Three-quarters"), kind("61 percent"), kind("92%")]).toEqual(["context", "context", "regime-share"]);
  });

  it("'the best part of 1,000' is at most 1,000, as 'the better part of' is", () => {
    const claims = claimsIn("Dr Alan Pryce said the best part of 1,050 North Korean soldiers had died.\n");
    expect([claims[0]?.value.min, claims[0]?.value.max]).toEqual([null, 1050]);
  });
});

describe("soldiers who came as replacements", () => {
  it("'arrived in January as replacements' and 'to replace the dead and wounded' are troops added to the force", () => {
    const claims = claimsIn(
      [
        "About 2,050 North Korean soldiers arrived in January as replacements, Lee said.",
        "About 2,150 North Korean soldiers arrived in February to replace the dead and wounded, Lee said.",
        "About 1,250 soldiers were killed, and 2,250 more were sent to replace them, the NIS said.",
        "",
      ].join("\n"),
    );
    const of = (f: string): [string | undefined, string | null | undefined] => {
      const c = claims.find((x) => x.figure.endsWith(f));
      return [c?.kind, c?.scope];
    };
    expect(of("2,050")).toEqual(["troops-deployed", "additional troops (an increase)"]);
    expect(of("2,150")).toEqual(["troops-deployed", "additional troops (an increase)"]);
    expect(of("1,250")).toEqual(["casualties-killed", null]);
    expect(of("2,250")).toEqual(["troops-deployed", "additional troops (an increase)"]);
  });
});

describe("a bare number with a rate", () => {
  const read = (body: string) => extractionOf(body);
  it("'arriving at about 1,050 a month' is a rate of soldiers, never a count of the force", () => {
    const { claims } = read(
      [
        "North Korean soldiers are arriving at about 1,050 a month, the Cardew Agency said.",
        "The soldiers are dying at a rate of 1,150 a week, Kyiv said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 1,050 a month", "context"],
      ["1,150 a week", "context"],
    ]);
  });
  it("'up from 1,050 a week earlier' is a count of a week before, not a rate", () => {
    const { claims } = read(
      "The Cardew Agency said about 1,250 North Korean soldiers had been killed, up from 1,050 a week earlier.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 1,250", "casualties-killed"],
      ["1,050", "casualties-killed"],
    ]);
  });
  it("'is paid 2.9 million a month' with no currency is no head count, and it is reported as skipped", () => {
    const { claims, skipped } = read(
      [
        "Each North Korean soldier is paid 2.9 million a month, the Cardew Agency said.",
        "Soldiers earn roughly 210,000 a year, Anna Berg said.",
        "",
      ].join("\n"),
    );
    expect(claims).toEqual([]);
    expect(skipped.map((x) => [x.text, x.reason])).toEqual([
      ["2.9 million a month", "a sum paid at a rate with no currency named, not a head count"],
      ["roughly 210,000 a year", "a sum paid at a rate with no currency named, not a head count"],
    ]);
  });
  it("the won's letter against the digits makes a pay in won: 'W2.9 million', 'W2.9m', 'W510,000'", () => {
    const { claims } = read(
      [
        "Each North Korean soldier is paid W2.9 million a month, the Cardew Agency said.",
        "Each North Korean soldier is paid W2.9m a month, the Tidewater Bureau said.",
        "Each North Korean soldier is paid W510,000 a month, Anna Berg said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.min, c.value.unit])).toEqual([
      ["W2.9 million a month", "pay-per-soldier", 2_900_000, "KRW"],
      ["W2.9m a month", "pay-per-soldier", 2_900_000, "KRW"],
      ["W510,000 a month", "pay-per-soldier", 510_000, "KRW"],
    ]);
  });
});

describe("the size of the North's own army", () => {
  it("half a million or more beside an army is the army, never troops sent", () => {
    const claims = claimsIn(
      [
        "North Korea's army, at around 1.2 million men, is one of the world's largest.",
        "With 1.3 million soldiers, North Korea's army is one of the world's largest.",
        "North Korea, which has about 1.1 million troops under arms, has sent only a fraction to Russia, the Cardew Agency said.",
        "The Cardew Agency said about 11,050 North Korean soldiers had been sent to Russia.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["around 1.2 million", "context"],
      ["1.3 million", "context"],
      ["about 1.1 million", "context"],
      ["about 11,050", "troops-deployed"],
    ]);
  });
});

describe("numbers that count no people", () => {
  const read = (body: string) => extractionOf(body);
  it("'revised its count of North Korean dead three times' is a number of times; 'for every three wounded' a ratio", () => {
    const { claims, skipped } = read(
      [
        "The Cardew Agency has revised its count of North Korean dead three times since the troops entered combat.",
        "In most wars, about one soldier is killed for every three wounded.",
        "The Cardew Agency said about 1,250 North Korean soldiers had been killed.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["about 1,250", "casualties-killed"]]);
    expect(skipped.map((x) => [x.text, x.reason])).toContainEqual(["three", "a number of times, not a count"]);
    expect(skipped.map((x) => [x.text, x.reason])).toContainEqual(["three", "part of a ratio (one in N)"]);
  });
  it("a total 'including construction workers' counts the whole force, not only labourers", () => {
    const claims = claimsIn(
      "The Cardew Agency said about 15,050 North Korean soldiers had been sent to Russia in total, including construction workers.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([["about 15,050", "troops-deployed", null]]);
  });
});

describe("space-grouped thousands and abbreviated hedges", () => {
  it("'about 12 000', 'some 1 500' are thousands; a day before a count and a telephone number are not", () => {
    const claims = claimsIn(
      [
        "Anna Berg said about 12 050 North Korean troops had taken part in the fighting.",
        "Tomas Vendel said some 1 550 North Korean soldiers had been killed.",
        "On March 3 510 North Korean soldiers arrived, the Cardew Agency said.",
        "The Tidewater Bureau can be reached on +1 202 555 0147.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.min])).toEqual([
      ["about 12 050", "troops-deployed", 12050],
      ["some 1 550", "casualties-killed", 1550],
      ["510", "troops-deployed", 510],
    ]);
  });
  it("'approx.' is a hedge that ends no sentence", () => {
    const claims = claimsIn(
      [
        "According to the Cardew Agency, approx. 4,050 of them have been killed or wounded.",
        "Approx. 11,050 North Korean soldiers are in Russia, the Tidewater Bureau said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.value.approx, c.attributedTo?.name ?? null])).toEqual([
      ["approx. 4,050", true, "Cardew Agency"],
      ["Approx. 11,050", true, "Tidewater Bureau"],
    ]);
  });
  it("'did not expect the contingent to grow beyond 15,000' is a ceiling", () => {
    const claims = claimsIn(
      "Tomas Vendel said in June that he did not expect the North Korean contingent to grow beyond 15,050.\n",
    );
    expect(claims.map((c) => [c.figure, c.value.min, c.value.max])).toEqual([["beyond 15,050", null, 15050]]);
  });
});

describe("a time told from an earlier one", () => {
  it("'by the end of that month', 'later that month', 'the following month', 'a week later' date nothing and name no one", () => {
    const claims = claimsIn(
      [
        "In early October 2024, the Cardew Agency said about 3,050 North Korean troops had arrived in Russia.",
        "By the end of that month the agency had raised its estimate to 11,050 troops.",
        "Later that month, the agency raised its estimate to 12,050 troops.",
        "The following month the agency raised its estimate to 13,050 troops.",
        "A week later, the agency said 14,050 troops were in Russia.",
        "By the end of October the agency had raised its estimate to 15,050 troops.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.attributedTo?.name ?? null])).toEqual([
      ["about 3,050", "2024-10-01", "Cardew Agency"],
      ["11,050", null, "Cardew Agency"],
      ["12,050", null, "Cardew Agency"],
      ["13,050", null, "Cardew Agency"],
      ["14,050", null, "Cardew Agency"],
      ["15,050", "2024-10-01", "Cardew Agency"],
    ]);
    expect(claims[1]?.asOfNote).toBe(
      "“By the end of that month”: a time told from an earlier one, which the site does not date",
    );
  });
});

describe("pay that is not the North Korean soldiers'", () => {
  const read = (body: string) => claimsIn(body);
  it("a Russian man, volunteer, sergeant or private named by rank is paid as one of Russia's own", () => {
    const claims = read(
      [
        "A Russian man signing a one-year contract receives monthly pay of about 210,050 rubles, the Cardew Agency said.",
        "A Russian sergeant earns about 250,050 rubles a month, Anna Berg said.",
        "A Russian private, by comparison, takes home roughly $2,350 a month, Anna Berg said.",
        "Each North Korean soldier is paid about $2,050 a month, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 210,050 rubles", "context"],
      ["about 250,050 rubles a month", "context"],
      ["roughly $2,350 a month", "context"],
      ["about $2,050 a month", "pay-per-soldier"],
    ]);
  });
  it("a sum promised 'on their return home' is paid once; a rate promised for after the return is still pay, and officers who tell it are not its scope", () => {
    const claims = read(
      [
        "Tomas Vendel said his officers promised each soldier $2,050 on their return home.",
        "A prisoner said officers had told the men they would be paid about $1,550 a month once they returned home.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["$2,050", "context", null],
      ["about $1,550 a month", "pay-per-soldier", null],
    ]);
  });
  it("'only a fraction, perhaps 10 percent, with the rest kept by the state' is what the soldiers keep, not the regime's share", () => {
    const claims = read(
      "The soldiers receive only a fraction, perhaps 10 percent, with the rest kept by the state, the Cardew Agency said.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["perhaps 10 percent", "context"]]);
  });
});

describe("one unit's own count", () => {
  it("'his battalion alone had counted 230 bodies' counts only what one battalion counted; a period still comes first", () => {
    const claims = claimsIn(
      [
        "Colonel Tomas Vendel said his battalion alone had counted 230 North Korean bodies in March.",
        "Anna Berg said her brigade had killed about 310 North Korean soldiers.",
        "Anna Berg said her brigade alone had killed about 170 North Korean soldiers in a single week.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["230", "casualties-killed", "only what one battalion counted"],
      ["about 310", "casualties-killed", "only those one brigade killed"],
      ["about 170", "casualties-killed", "only in a single week"],
    ]);
  });
});

describe("a list item with two figures and a closing date", () => {
  it("'- Cardew Agency: 300 killed, 2,700 wounded (as of January).' credits and dates both figures", () => {
    const claims = claimsIn(
      [
        "- Cardew Agency: 310 killed, 2,750 wounded (as of January).",
        "- Tidewater Bureau: about 11,050 troops (as of March).",
        "- Harbour Agency: 4,050 casualties.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.asOf])).toEqual([
      ["310", "Cardew Agency", "2025-01-01"],
      ["2,750", "Cardew Agency", "2025-01-01"],
      ["about 11,050", "Tidewater Bureau", "2025-03-01"],
      ["4,050", "Harbour Agency", "2025-06-12"],
    ]);
  });
});

describe("'others' after a count of people", () => {
  it("'about 3,000 others had been wounded' counts more of the people counted before; 'about 200 others' after guns does not", () => {
    const { claims, skipped } = extractionOf(
      [
        "The Cardew Agency said about 1,050 North Korean soldiers had been killed and about 3,050 others had been wounded.",
        "North Korea has also sent 150 artillery pieces and about 250 others, the Cardew Agency said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 1,050", "casualties-killed"],
      ["about 3,050", "casualties-wounded"],
    ]);
    expect(skipped.map((x) => [x.text, x.reason])).toContainEqual(["about 250", 'counts "others", not people']);
  });
});

describe("a list item's figures after a semicolon, and a heading's word as a list label", () => {
  it("'- Cardew Agency: 1,210 killed; 3,050 wounded.' credits both figures to the agency, the nearest label first", () => {
    const claims = claimsIn(
      [
        "- Cardew Agency: 1,210 killed; 3,050 wounded.",
        "- Tidewater Bureau: 320 killed; Harbour Agency: 1,520 killed; 4,020 wounded.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["1,210", "Cardew Agency"],
      ["3,050", "Cardew Agency"],
      ["320", "Tidewater Bureau"],
      ["1,520", "Harbour Agency"],
      ["4,020", "Harbour Agency"],
    ]);
  });

  it("'- Casualties: about 1,010 killed, 3,030 wounded.' credits no one called 'Casualties'", () => {
    const claims = claimsIn(
      [
        "- Casualties: about 1,010 killed, 3,030 wounded.",
        "- Troops: about 11,020 North Korean soldiers have been sent.",
        "- Background: 1,040 more troops may come.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 1,010", null],
      ["3,030", null],
      ["about 11,020", null],
      ["1,040", null],
    ]);
  });
});

describe("a month shortened without a period", () => {
  it("'on Feb 3', 'on 3 Feb', 'as of Sept 3' and '(…, as of Feb 3)' date the figure", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency said on Feb 3 that about 310 North Korean soldiers had been killed.",
        "The Cardew Agency said on 4 Mar that about 320 North Korean soldiers had been killed.",
        "As of Sept 5, the Cardew Agency said about 330 North Korean soldiers had been killed.",
        "The Tidewater Bureau counted 1,510 North Korean dead (Harbour Post, as of Oct 6).",
        "",
      ].join("\n"),
      "2025-11-20",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["about 310", "2025-02-03"],
      ["about 320", "2025-03-04"],
      ["about 330", "2025-09-05"],
      ["1,510", "2025-10-06"],
    ]);
  });
});

describe("the missing counted on their own", () => {
  it("'about 210 … were missing' and 'missing or captured' count only a part of the casualties; 'killed, wounded or gone missing' counts them all", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency puts total North Korean casualties at about 6,010, including about 1,810 killed and about 3,010 wounded.",
        "It said about 210 North Korean soldiers were missing.",
        "About 310 North Korean soldiers are missing or captured, the Tidewater Bureau said.",
        "About 130 North Korean soldiers remain unaccounted for, the Tidewater Bureau said.",
        "The Tidewater Bureau said 1,010 had been killed, wounded or gone missing.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["about 6,010", "casualties-total", null],
      ["about 1,810", "casualties-killed", null],
      ["about 3,010", "casualties-wounded", null],
      ["about 210", "casualties-total", "only the missing"],
      ["About 310", "casualties-total", "only the missing and captured"],
      ["About 130", "casualties-total", "only the missing"],
      ["1,010", "casualties-total", null],
    ]);
  });
});

describe("the whole a part is taken from, and soldiers who arrived", () => {
  it("'about 1,900 of the 5,300 were killed' gives no troop count of 5,300; '11,000 troops had arrived but 1,000 had died' is both", () => {
    const { claims, skipped } = extractionOf(
      [
        "The Cardew Agency said about 5,310 North Korean soldiers had been killed or wounded.",
        "The agency now estimates that about 1,910 of the 5,310 were killed.",
        "The Tidewater Bureau said 11,010 troops had arrived but 1,010 had died.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 5,310", "casualties-total"],
      ["about 1,910", "casualties-killed"],
      ["11,010", "troops-deployed"],
      ["1,010", "casualties-killed"],
    ]);
    expect(skipped.map((x) => [x.text, x.reason])).toContainEqual([
      "5,310",
      "the whole a part is taken from, named again by its number alone",
    ]);
  });
});

describe("room for soldiers, what is left to the men, a quoted second count and a year with a note number", () => {
  it("reads capacity as context, 'leaving the men with $200' as take-home, and keeps the troops of 'N troops and “about 600” dead'", () => {
    const { claims, skipped } = extractionOf(
      [
        "Satellite images show about 300 tents, enough by the Cardew Agency's count for roughly 3,010 to 4,010 soldiers.",
        "The barracks near the border can house up to 4,020 soldiers.",
        "A train of that length could carry between 1,210 and 1,510 soldiers.",
        "Russia pays about $2,010 a month per soldier, but defectors estimate that 90 percent goes to the state, leaving the men with perhaps $210.",
        "The Tidewater Bureau counts 11,010 troops and “about 610” dead.",
        "The Tidewater Bureau said about 11,020 North Korean troops had been sent by the end of 2024.3 North Korea has not commented.",
        "",
      ].join("\n"),
      "2025-06-12",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.asOf])).toEqual([
      ["roughly 3,010 to 4,010", "context", "2025-06-12"],
      ["up to 4,020", "context", "2025-06-12"],
      ["between 1,210 and 1,510", "context", "2025-06-12"],
      ["about $2,010 a month per soldier", "pay-per-soldier", "2025-06-12"],
      ["90 percent", "regime-share", "2025-06-12"],
      ["perhaps $210", "soldier-take-home", "2025-06-12"],
      ["11,010", "troops-deployed", "2025-06-12"],
      ["about 610", "casualties-killed", "2025-06-12"],
      ["about 11,020", "troops-deployed", "2024-01-01"],
    ]);
    expect(skipped.map((x) => x.text)).toContain("2024.3");
  });
});

describe("a force a country has agreed to send", () => {
  it("'has agreed to send about 6,000 more military construction workers' is to come, not there", () => {
    const claims = claimsIn(
      "North Korea has agreed to send about 6,010 more military construction workers to Russia, a source said.\n",
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["about 6,010", "troops-projected"]]);
  });
});

describe("a figure that opens a line before a dash", () => {
  it("'600 — North Korean soldiers killed, according to the agency's April briefing' counts the dead, the agency's", () => {
    const claims = claimsIn(
      [
        "610 — North Korean soldiers killed, according to the Cardew Agency's April briefing.",
        "- 11,010 — North Korean troops in Russia, according to the Tidewater Bureau.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["610", "casualties-killed", "Cardew Agency"],
      ["11,010", "troops-deployed", "Tidewater Bureau"],
    ]);
  });
});

describe("two guesses at one figure", () => {
  it("'at least 13,010, and possibly as many as 16,010, troops' counts troops twice, the rate after both guesses is theirs", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency said at least 13,010, and possibly as many as 16,010, North Korean troops had been sent.",
        "Russia pays about $2,010, or perhaps as much as $2,510, a month to each soldier, the Tidewater Bureau said.",
        "He was paid $2,020, a month after he arrived.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.min, c.value.max, c.value.per])).toEqual([
      ["at least 13,010", "troops-deployed", 13010, null, null],
      ["as many as 16,010", "troops-deployed", null, 16010, null],
      ["about $2,010", "pay-per-soldier", 2010, 2010, "month"],
      ["as much as $2,510", "pay-per-soldier", null, 2510, "month"],
      ["$2,020", "pay-per-soldier", 2020, 2020, null],
    ]);
  });
});

describe("a force promised, and a force sent named by its number alone", () => {
  it("'pledged to send', 'promised another', 'offered to send' are to come; 'has already sent 11,000' after troops counts troops", () => {
    const claims = claimsIn(
      [
        "Kim pledged to send 5,010 troops to Russia, the Cardew Agency said.",
        "Pyongyang has promised another 5,020 soldiers, the Cardew Agency said.",
        "North Korea offered to send 5,030 more troops, the Tidewater Bureau said.",
        "North Korea, which promised 5,040 troops in June, has already sent 11,010, the Tidewater Bureau said.",
        "The soldiers have sent 3,010 letters home.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["5,010", "troops-projected"],
      ["5,020", "troops-projected"],
      ["5,030", "troops-projected"],
      ["5,040", "troops-projected"],
      ["11,010", "troops-deployed"],
    ]);
  });
});

describe("the whole a part is taken from, named for the first time", () => {
  it("'about 1,000 of the 3,000, who were sent in October, have died' counts the 3,000 sent; named before, it is skipped", () => {
    const first = claimsIn(
      "The Cardew Agency said about 1,010 of the 3,010, who were sent in October, have died.\n",
      "2025-07-09",
    );
    expect(first.map((c) => [c.figure, c.kind])).toEqual([
      ["about 1,010", "casualties-killed"],
      ["3,010", "troops-deployed"],
    ]);
    const again = claimsIn(
      "The Cardew Agency says 5,310 North Korean soldiers were sent last year.\nAbout 1,910 of the 5,310 were killed, it said.\n",
      "2025-07-09",
    );
    expect(again.map((c) => [c.figure, c.kind])).toEqual([
      ["5,310", "troops-deployed"],
      ["About 1,910", "casualties-killed"],
    ]);
  });
});

describe("a pay set equal to Russia's own soldiers'", () => {
  it("'receive 170,000 roubles a month, the same as Russian contract soldiers' is a pay scale; 'receive only $100' is take-home", () => {
    const claims = claimsIn(
      [
        "Tomas Vendel said North Korean soldiers receive 170,010 roubles a month, the same as Russian contract soldiers.",
        "North Korean soldiers receive only $110 a month, a defector said.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["170,010 roubles a month", "pay-per-soldier"],
      ["$110 a month", "soldier-take-home"],
    ]);
  });
});

describe("a live blog's stamp with a clock", () => {
  it("'Feb 10, 18:02 GMT —', '18:02 GMT, 10 Feb —' date the entry; a clock alone leaves the article's date", () => {
    const claims = claimsIn(
      [
        "18:07 GMT — The Cardew Agency says 11,010 North Korean troops are in Russia.",
        "Feb 10, 18:02 GMT — The Cardew Agency says about 310 North Korean soldiers have been killed.",
        "18:05 GMT, 9 Feb — The Tidewater Bureau says about 320 North Korean soldiers have been killed.",
        "",
      ].join("\n"),
      "2025-02-12",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfSource === "article"])).toEqual([
      ["11,010", "2025-02-12", true],
      ["about 310", "2025-02-10", false],
      ["about 320", "2025-02-09", false],
    ]);
  });
});

describe("the correct figure, with its source set aside", () => {
  it("'The correct figure, according to the agency, is 1,100' counts what the corrected sentence counted", () => {
    const claims = claimsIn(
      [
        "Correction: This article previously stated that 1,510 North Korean soldiers had been killed. The correct figure, according to the Cardew Agency, is 1,110.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["1,510", "casualties-killed", null],
      ["1,110", "casualties-killed", "Cardew Agency"],
    ]);
  });
});

describe("the new rules kept to their words, by kind and date", () => {
  it("soldiers promised something are no troops promised; arms sent are no troops sent; a bonus is no pay scale", () => {
    const claims = claimsIn(
      [
        "Russia offered 11,110 North Korean soldiers a bonus of $1,010 each.",
        "Russian troops rely on North Korean missiles, and Pyongyang has already sent about 150, the Cardew Agency said.",
        "Each North Korean recruit gets a one-off signing bonus of 400,010 roubles, the same as Russian contract soldiers.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["11,110", "troops-deployed"],
      ["$1,010 each", "context"],
      ["400,010 roubles", "context"],
    ]);
  });

  it("a second guess after a count already sent is sent too; a promise's date in its own clause dates only the promise", () => {
    const claims = claimsIn(
      [
        "North Korea has sent at least 13,110 troops to Russia, and possibly as many as 16,110, officials said.",
        "North Korea, which promised 5,110 troops in June, has already sent 11,120, the Cardew Agency said.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.asOf])).toEqual([
      ["at least 13,110", "troops-deployed", "2025-07-09"],
      ["as many as 16,110", "troops-deployed", "2025-07-09"],
      ["5,110", "troops-projected", "2025-06-01"],
      ["11,120", "troops-deployed", "2025-07-09"],
    ]);
  });
});

describe("the pay soldiers are promised", () => {
  it("'soldiers fighting for Russia are promised 2.7 million rubles a year, but few will ever see it' is pay; so is one 'but received only $100'", () => {
    const claims = claimsIn(
      [
        "North Korean soldiers fighting for Russia are promised 2.71 million rubles a year, but few of them will ever see that money.",
        "Soldiers in Russia are promised $1,510 a month but received only $110, Tomas Vendel said.",
        "",
      ].join("\n"),
      "2025-07-09",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.per])).toEqual([
      ["2.71 million rubles a year", "pay-per-soldier", "year"],
      ["$1,510 a month", "pay-per-soldier", "month"],
      ["$110", "soldier-take-home", "month"],
    ]);
  });
});

describe("a ceiling that rejects a figure as too high", () => {
  it("bounds a count of now, not one to come", () => {
    for (const words of ["nowhere near", "anywhere near", "not even close to", "just short of"]) {
      const [c] = claimsIn(`Officials say ${words} 11,270 North Korean troops remain in Kursk.\n`);
      expect([c?.kind, c?.value.min, c?.value.max], words).toEqual(["troops-deployed", null, 11270]);
    }
    const [more] = claimsIn("Up to 5,270 more North Korean troops could follow.\n");
    expect(more?.kind).toBe("troops-projected");
  });
});

describe("neighbouring numbers that count no North Korean soldier", () => {
  const kinds = (body: string): [string, string][] => claimsIn(body).map((c) => [c.figure, c.kind]);

  it("soldiers who left, the size of a unit at home and another country's people are context", () => {
    expect(
      kinds(
        [
          "About 2,110 North Korean soldiers had been rotated home since March, the Cardew Agency said.",
          "Pyongyang has brought 2,120 soldiers back from Russia, the Cardew Agency said.",
          "Most of them come from the Storm Corps, which numbers some 45,110 troops.",
          "The soldiers belong to the 45,120-strong Storm Corps.",
          "About 410 soldiers from Cuba are fighting for Russia, a journalist reported.",
          "Sri Lanka says 210 of its citizens have been killed fighting for Russia.",
          "Nepal says 2,130 Nepali citizens have joined the Russian army, and 47 of them have been killed.",
          "Most of the soldiers belong to the 11th Corps, an elite force of about 40,110 men trained for raids.",
          "The 11th Corps, the unit that supplied most of the contingent, numbers roughly 45,130 soldiers at home.",
          "Some 28,110 US troops are stationed in South Korea, and about 3,510 Japanese troops are on the island.",
          "Russia has massed 50,110 troops in the Kursk region, Kyiv said.",
          "Belarus has sent about 1,110 instructors to train conscripts, Minsk said.",
          "",
        ].join("\n"),
      ).filter(([, kind]) => kind !== "context"),
    ).toEqual([]);
  });

  it("soldiers brought home in coffins or for funerals are the dead, not a deployment", () => {
    expect(
      kinds(
        [
          "Hundreds of North Korean soldiers have already come home in coffins.",
          "About 210 North Korean soldiers were flown back to Pyongyang for funerals last month.",
          "About 11,350 North Korean soldiers were sent to Russia, and some came back in coffins.",
          "Many of the 11,360 North Korean troops sent to Russia will come home in coffins, analysts warn.",
          "North Korea has sent 11,370 troops who may come home in coffins, analysts warn.",
          "",
        ].join("\n"),
      ).filter(([, kind]) => kind !== "troops-projected"),
    ).toEqual([
      ["Hundreds", "casualties-killed"],
      ["About 210", "casualties-killed"],
      ["About 11,350", "troops-deployed"],
      ["11,360", "troops-deployed"],
      ["11,370", "troops-deployed"],
    ]);
  });

  it("the same words about North Korean soldiers still count them", () => {
    expect(
      kinds(
        [
          "A 3,110-strong brigade was sent to Kursk, the Cardew Agency said.",
          "North Korea has sent 11,310 soldiers, and 610 of them have been killed, the Cardew Agency said.",
          "About 11,320 soldiers from North Korea are in Kursk, the Cardew Agency said.",
          "Russia has received about 11,330 troops, the Cardew Agency said.",
          "Russia has massed about 11,340 North Korean troops near Kursk, the Cardew Agency said.",
          "Moscow has massed some 12,350 troops from the North near Kursk, the Cardew Agency said.",
          "About 1,260 North Korean soldiers have been killed, South Korean forces said.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["3,110", "troops-deployed"],
      ["11,310", "troops-deployed"],
      ["610", "casualties-killed"],
      ["About 11,320", "troops-deployed"],
      ["about 11,330", "troops-deployed"],
      ["about 11,340", "troops-deployed"],
      ["some 12,350", "troops-deployed"],
      ["About 1,260", "casualties-killed"],
    ]);
  });

  it("other money and other people's pay are no pay of these soldiers", () => {
    expect(
      kinds(
        [
          "Western governments have frozen about $300 billion of Russian central bank assets.",
          "North Korean hackers stole $1.3 billion in cryptocurrency, a panel estimated.",
          "Cuban recruits are promised $2,210 a month, a journalist reported.",
          "Recruits from Nepal are paid $2,220 a month, their families say.",
          "The regional government takes 13 percent of the bonus in income tax.",
          "",
        ].join("\n"),
      ).filter(([, kind]) => kind !== "context"),
    ).toEqual([]);
    expect(kinds("Soldiers in Russia are promised $1,510 a month, the Cardew Agency said.\n")).toEqual([
      ["$1,510 a month", "pay-per-soldier"],
    ]);
    expect(kinds("Pyongyang takes 90 percent of the pay as a kind of tax, the Cardew Agency said.\n")).toEqual([
      ["90 percent", "regime-share"],
    ]);
  });

  it("a forecast is dated by the year it was made in", () => {
    const [c] = claimsIn(
      "Lee said he had briefed lawmakers in 2024 that about 10,110 soldiers would be sent.\n",
      "2025-06-03",
    );
    expect([c?.kind, c?.asOf, c?.asOfPrecision]).toEqual(["troops-projected", "2024-01-01", "year"]);
    const [later] = claimsIn("Lee said that about 10,120 soldiers would be sent in 2026.\n", "2025-06-03");
    expect(later?.asOf).toBe("2025-06-03");
  });
});

describe("a force put near a figure", () => {
  it("'put the deployment closer to N' sizes the deployment", () => {
    const [c] = claimsIn('"I would put the deployment closer to 15,310," Anna Berg said.\n');
    expect([c?.figure, c?.kind]).toEqual(["closer to 15,310", "troops-deployed"]);
  });
});

describe("a season that starts a span", () => {
  it("'killed since they were first deployed last autumn' is as of the article; 'sent last autumn' is undated", () => {
    const [since] = claimsIn(
      "About 2,510 North Korean soldiers have been killed since they were first deployed last autumn, the Cardew Agency said.\n",
      "2025-06-10",
    );
    expect(since?.asOf).toBe("2025-06-10");
    const [sent] = claimsIn(
      "About 11,510 North Korean soldiers were sent last autumn, the Cardew Agency said.\n",
      "2025-06-10",
    );
    expect(sent?.asOf).toBeNull();
  });
});

describe("working people and the recruits of the sentence before", () => {
  const kinds = (body: string): [string, string][] => claimsIn(body).map((c) => [c.figure, c.kind]);

  it("North Koreans counted as workers or students, and the pay of those the sentence before names, are context", () => {
    expect(
      kinds(
        [
          "Some 15,610 North Koreans entered Russia in 2024, most on student visas.",
          "About 1,610 North Koreans are expected to arrive in Kursk to help rebuild the region.",
          "North Koreans working in Russia earn about $1,010 a month, a foreman said.",
          "Tens of thousands of North Korean labourers work on Russian building sites.",
          "They earn about $1,020 a month.",
          "At least 2,610 Nepali citizens have joined the Russian army.",
          "They are paid about $2,610 a month, their families say.",
          "",
        ].join("\n"),
      ).filter(([, kind]) => kind !== "context"),
    ).toEqual([]);
  });

  it("'They' after a sentence about North Korean soldiers are those soldiers", () => {
    expect(
      kinds(
        [
          "Unlike the Nepali recruits, North Korean soldiers fight in their own units.",
          "They are paid about $2,620 a month, the Cardew Agency said.",
          "Russia pays Pyongyang $2,630 a month for each one, and the money goes to construction projects.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["about $2,620 a month", "pay-per-soldier"],
      ["$2,630 a month", "pay-per-soldier"],
    ]);
  });
});

describe("pay in the army at home", () => {
  it("a private of the Korean People's Army, and one who had served, earn a wage at home unless the sentence is in Russia", () => {
    expect(
      claimsIn(
        [
          "A private in the Korean People's Army earns the equivalent of $1.10 a month.",
          "He had served three years in the army and earned the equivalent of $1.20 a month.",
          "He had served in Kursk and was paid $2,710 a month.",
          "",
        ].join("\n"),
      ).map((c) => [c.figure, c.kind]),
    ).toEqual([
      ["$1.10 a month", "domestic-wage"],
      ["$1.20 a month", "domestic-wage"],
      ["$2,710 a month", "pay-per-soldier"],
    ]);
  });
});

describe("North Korean pay set beside another sum", () => {
  const kinds = (body: string): [string, string][] => claimsIn(body).map((c) => [c.figure, c.kind]);

  it("keeps the sum its own words give North Korean soldiers, and reads the other recruit's and the ratio as context", () => {
    expect(
      kinds(
        [
          "Russia pays $2,810 a month for each North Korean soldier, twice the $1,410 a Nepali recruit gets.",
          "A Nepali recruit gets $1,420 a month, half of the $2,820 Russia pays for each North Korean soldier.",
          "Russia pays about $2,830 a month per North Korean soldier, the same as it pays Nepali recruits.",
          "Soldiers get $210 a month, a tenth of the $2,840 Russia pays.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["$2,810 a month", "pay-per-soldier"],
      ["$1,410", "context"],
      ["$1,420 a month", "context"],
      ["half", "context"],
      ["$2,820", "pay-per-soldier"],
      ["about $2,830 a month", "pay-per-soldier"],
      ["$210 a month", "soldier-take-home"],
      ["a tenth", "context"],
      ["$2,840", "pay-per-soldier"],
    ]);
  });
});

describe("a share said to go to the regime", () => {
  it("'…, though nine-tenths of it goes to Pyongyang' is the regime's share; a share of the regime's own earnings is not", () => {
    expect(
      claimsIn(
        [
          "Each soldier earns about 2,010 US dollars a month, though nine-tenths of it goes to Pyongyang.",
          "Three-quarters of the regime's earnings go to the munitions industry.",
          "",
        ].join("\n"),
      ).map((c) => [c.figure, c.kind]),
    ).toEqual([
      ["about 2,010 US dollars a month", "pay-per-soldier"],
      ["nine-tenths", "regime-share"],
      ["Three-quarters", "context"],
    ]);
  });
});

describe("what a figure is for, read from the words around it", () => {
  const kinds = (body: string): [string, string][] => claimsIn(body).map((c) => [c.figure, c.kind]);

  it("losses foreseen with the verb of passing in the figure ('could exceed 10,000') are context, losses stated are not", () => {
    expect(
      kinds(
        [
          "North Korean casualties could exceed 10,020 by the summer, the agency warned.",
          "North Korean casualties exceed 4,020, the agency said.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["exceed 10,020", "context"],
      ["exceed 4,020", "casualties-total"],
    ]);
  });

  it("a lump sum paid to a soldier's family in compensation is context; pay by the month 'in compensation for the risks' is pay", () => {
    expect(
      kinds(
        [
          "Moscow paid 1.52 million roubles to each soldier's family in compensation, Russian media said.",
          "Families receive 302,000 roubles in compensation, the agency said.",
          "Russia pays each North Korean soldier $2,020 a month in compensation for their service, the agency said.",
          "Russia pays each North Korean soldier $2,030 a month in compensation for the risks they take, the agency said.",
          "Russia transfers $2,040 a month to each soldier's family, the agency said.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["1.52 million roubles", "context"],
      ["302,000 roubles", "context"],
      ["$2,020 a month", "pay-per-soldier"],
      ["$2,030 a month", "pay-per-soldier"],
      ["$2,040 a month", "pay-per-soldier"],
    ]);
  });

  it("'the soldiers keep the other 15 per cent' is no share the regime keeps, while 'the regime keeps the other 90 per cent' is", () => {
    expect(
      kinds(
        [
          "The regime takes 85 per cent of the pay, the agency said; each soldier keeps the other 15 per cent.",
          "The regime keeps the other 90 per cent, the agency said.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["85 per cent", "regime-share"],
      ["15 per cent", "context"],
      ["90 per cent", "regime-share"],
    ]);
  });
});

describe("a part of the losses named by a label or by where the wounded are", () => {
  it("'Missing: 120' in a row or on its own line counts only the missing", () => {
    expect(
      claimsIn(
        ["Killed: 610 | Wounded: 2,410 | Missing: 120", "Missing: 150 (NIS)", "- Missing in action: 170", ""].join(
          "\n",
        ),
      ).map((c) => [c.figure, c.kind, c.scope]),
    ).toEqual([
      ["610", "casualties-killed", null],
      ["2,410", "casualties-wounded", null],
      ["120", "casualties-total", "only the missing"],
      ["150", "casualties-total", "only the missing"],
      ["170", "casualties-total", "only the missing"],
    ]);
  });

  it("wounded 'being treated in hospitals in Kursk' are only those there now, not the wounded to date", () => {
    expect(
      claimsIn(
        "About 520 North Korean wounded were being treated in hospitals in Kursk and Bryansk, the agency said.\n",
      ).map((c) => [c.kind, c.scope]),
    ).toEqual([["casualties-wounded", "only those being treated in hospitals in Kursk and Bryansk"]]);
  });
});

describe("what a count counts and who gives it, in a sentence about the deployment or the missing", () => {
  it("'the total deployment is still about 11,000' after a sentence about losses counts troops; 'listed … as missing' only the missing, given by whoever listed them", () => {
    const claims = claimsIn(
      [
        "The agency said about 640 North Korean soldiers had been killed.",
        "The agency says the total deployment is still about 11,040, unchanged since November.",
        "The Cardew Agency also listed about 240 North Korean soldiers as missing.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope, c.attributedTo?.name ?? null])).toEqual([
      ["about 640", "casualties-killed", null, null],
      ["about 11,040", "troops-deployed", null, null],
      ["about 240", "casualties-total", "only the missing", "Cardew Agency"],
    ]);
  });
});

describe("a sum set against another, or a price", () => {
  const kinds = (body: string): [string, string][] => claimsIn(body).map((c) => [c.figure, c.kind]);

  it("'at home' belongs to the side of a comparison it stands on; a measure of a good before a sum is a price", () => {
    expect(
      kinds(
        [
          "A soldier's pay of 2.83 million won (about $2,030) compares with 2,530 won a month at home, the agency said.",
          "Soldiers earn 2,540 won a month at home, compared with $2,040 a month in Russia, the agency said.",
          "A loaf of bread in Pyongyang's markets costs about 3,050 won; a kilogram of rice, 7,050 won.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["2.83 million won (about $2,030)", "pay-per-soldier"],
      ["2,530 won a month", "domestic-wage"],
      ["2,540 won a month", "domestic-wage"],
      ["$2,040 a month", "pay-per-soldier"],
      ["about 3,050 won", "context"],
      ["7,050 won", "context"],
    ]);
  });
});

describe("sums that are no total paid, and a total restated over another period", () => {
  it("what a sum grows by and a sum that takes in other trade are context; 'or about $264 million a year' keeps the head count of the total it restates", () => {
    const claims = claimsIn(
      [
        "If Pyongyang sent another 10,000 soldiers, the cost to Moscow would rise by $20.5 million a month, the agency said.",
        "Russia would owe Pyongyang a further $21.5 million a month for the next rotation, the agency said.",
        "The deployment is worth at least $505 million a year to Pyongyang, once shell sales are counted, the agency said.",
        "If 11,000 soldiers are each paid $2,000 a month, that comes to $22 million a month, or about $264 million a year.",
        "",
      ].join("\n"),
    );
    const of = (figure: string) => claims.find((c) => c.figure === figure);
    expect(of("$20.5 million a month")?.kind).toBe("context");
    expect(of("$21.5 million a month")?.kind).toBe("context");
    expect(of("at least $505 million a year")?.kind).toBe("context");
    expect(of("$22 million a month")?.basis?.count).toBe(11000);
    expect(of("about $264 million a year")?.basis?.count).toBe(11000);
  });
});

describe("soldiers who surrendered, are still being trained, or come as replacements", () => {
  it("'Dozens … have surrendered' are no troops sent; a unit 'being trained near Wonsan' may come; 'several thousand replacements' is an increase", () => {
    const claims = claimsIn(
      [
        "Dozens of North Korean soldiers have surrendered since January, the agency said.",
        "A 2,060-strong battalion of engineers is being trained near Wonsan, the agency said.",
        "The agency raised its estimate to about 15,060, as Pyongyang sent several thousand replacements since January.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope])).toEqual([
      ["Dozens", "context", null],
      ["2,060", "troops-projected", null],
      ["about 15,060", "troops-deployed", null],
      ["several thousand", "troops-deployed", "additional troops since January (an increase)"],
    ]);
  });
});

describe("near misses of the rules for sums set against others, prices and totals", () => {
  it("keeps pay a verb or a period makes pay, a side set against another time or rank at home, and a later count as a total's own head count", () => {
    const claims = claimsIn(
      [
        "A private at home now earns the equivalent of $2 a month, compared with $1 last year.",
        "Each soldier receives a sack of rice, $170 a month and a new uniform, the agency said.",
        "North Korean soldiers in Russia earn $2,070 a month each, and Pyongyang makes billions more from trade including shell deliveries.",
        "Russia pays $22 million a month for 11,000 North Korean soldiers, or $15 million a month for the 7,500 at the front.",
        "",
      ].join("\n"),
    );
    const of = (figure: string) => claims.find((c) => c.figure === figure);
    expect(of("$2 a month")?.kind).toBe("domestic-wage");
    expect(of("$1")?.kind).toBe("domestic-wage");
    expect(of("$170 a month")?.kind).toBe("pay-per-soldier");
    expect(of("$2,070 a month each")?.kind).toBe("pay-per-soldier");
    expect(of("billions")).toBeUndefined();
    expect(of("$22 million a month")?.basis?.count).toBe(11000);
    expect(of("$15 million a month")?.basis?.count).toBe(7500);
  });
});

describe("the inputs of a sum worked out after them", () => {
  it("'At 12,090 soldiers and $2,090 a month, the payments come to …' reports the pay as an input, not a claim", () => {
    const { claims, skipped } = extractionOf(
      [
        "At 12,090 soldiers and $2,090 a month, Russia's payments come to about $25 million a month, Vera Lind said.",
        "With 11,090 soldiers paid $2,190 a month each, the bill comes to $24 million a month, Vera Lind said.",
        "With $2,290 a month, a soldier earns more than his family did in a decade, Vera Lind said.",
        "",
      ].join("\n"),
    );
    expect(claims.filter((c) => c.kind === "pay-per-soldier").map((c) => c.figure)).toEqual(["$2,290 a month"]);
    expect(claims.filter((c) => c.kind === "pay-total").map((c) => c.figure)).toEqual([
      "about $25 million a month",
      "$24 million a month",
    ]);
    for (const input of ["$2,090", "$2,190"])
      expect(skipped.find((k) => k.text.startsWith(input))?.reason).toMatch(/an input of a sum/);
  });
});

describe("the side of a comparison a 'than' sets apart", () => {
  it("'At $2,090 a month, soldiers are paid far more than at home' is pay in Russia, and 'a year ago' is no period", () => {
    const byFigure = claimsOf(
      [
        "At $2,090 a month, soldiers are paid far more than at home, Vera Lind said.",
        "Soldiers at home earn less than $5 a month.",
        "Soldiers in Russia earn far more than the $6 paid at home.",
        "",
      ].join("\n"),
    );
    expect(byFigure.get("$2,090 a month")?.kind).toBe("pay-per-soldier");
    expect(byFigure.get("less than $5 a month")?.kind).toBe("domestic-wage");
    expect(byFigure.get("$6")?.kind).toBe("domestic-wage");
    const { claims } = extractionOf("A private at home earns $2 a month, compared with $1 a year ago.\n");
    expect(claims.find((c) => c.figure === "$1")?.value.per ?? null).toBeNull();
  });
});

describe("a country's army and a cost beside its noun", () => {
  it("'has an army of 1.28 million' and 'about 1% of its army of 1.2 million' are no troops sent; a cost of feeding is no pay", () => {
    const { claims } = extractionOf(
      [
        "North Korea, with a population of 26 million, has an army of 1.28 million.",
        "North Korea has sent 11,010 soldiers to Russia (about 1% of its army of 1.21 million), the Harbour Agency said.",
        "The cost to Pyongyang of feeding and transporting each soldier, around $310, is rarely mentioned.",
        "The cost to Moscow of paying the soldiers, about $22 million a month, is large.",
        "About 300 of the 11,020 soldiers have been killed.",
        "",
      ].join("\n"),
    );
    const kinds = new Map(claims.map((c) => [c.figure, c.kind]));
    expect(kinds.get("1.28 million") ?? "none").not.toMatch(/^troops/);
    expect(kinds.get("1.21 million")).toBe("context");
    expect(kinds.get("11,010")).toBe("troops-deployed");
    expect(kinds.get("around $310")).toBe("context");
    expect(kinds.get("about $22 million a month")).toBe("pay-total");
    // The whole a part stands before is still the force.
    expect(kinds.get("11,020")).toBe("troops-deployed");
  });
});

describe("a part of a force that is sent, and a unit's size another source puts", () => {
  it("'which has 1.2 million troops, sent 11,000 of them' is the army and a deployment; 'which the NIS put at 40,000 men' is a unit's size", () => {
    const { claims } = extractionOf(
      [
        "North Korea, which has 1.21 million troops, sent 11,030 of them to Russia, the Harbour Agency said.",
        "The Storm Corps, which has about 45,010 troops, sent 11,040 of them to Kursk.",
        "North Korea has an army of 1.22 million and has deployed 11,050 of them in Kursk.",
        "The figure may be the size of the Storm Corps, North Korea's special forces, which the Harbour Agency put at about 40,010 men in 2024.",
        "The corps that the Harbour Agency puts at 40,020 soldiers sent 11,060 of them abroad.",
        "North Korea has sent 11,070 troops, and about 3,010 of them are in Kursk.",
        "",
      ].join("\n"),
      "2025-06-05",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    for (const whole of ["1.21 million", "about 45,010", "1.22 million", "about 40,010", "40,020"]) {
      expect(by.get(whole)?.kind ?? "none", whole).not.toMatch(/^troops/);
    }
    for (const sent of ["11,030", "11,040", "11,050", "11,060", "11,070"]) {
      expect(by.get(sent)?.kind, sent).toBe("troops-deployed");
      // What was sent is the whole deployment, not a part of the count before it.
      expect(by.get(sent)?.scope ?? null, sent).toBeNull();
    }
    expect(by.get("11,030")?.attributedTo?.name).toBe("Harbour Agency");
    // A part of the deployment counted after it stays a part.
    expect(by.get("about 3,010")?.kind ?? "none").not.toBe("troops-deployed");
  });
});

describe("names, parts and possessives a wire story words its losses with", () => {
  it("reads 'military intelligence' as a name, the parts a toll is 'made up of', 'total losses' beside the wounded, 'X's count had risen to' and 'X put them at'", () => {
    const { claims } = extractionOf(
      [
        "The Harbour Agency and Ukraine's military intelligence agency both now say that about 11,080 North Korean soldiers are in Russia's Kursk region.",
        "The Harbour Agency on Monday raised its estimate of North Korean casualties to about 3,090, made up of roughly 310 soldiers killed and 2,780 wounded.",
        "In January, the Harbour Agency estimated that 320 North Korean soldiers had been killed and 2,790 wounded, while the Tidewater Defence Bureau put total losses at 4,010.",
        "By March, the Tidewater Defence Bureau's count of North Korean dead had risen to 1,510.",
        "The Harbour Agency put them at 4,710 killed and wounded in April.",
        "Commanders put them at the front in January, when 3,020 soldiers arrived.",
        "",
      ].join("\n"),
      "2025-05-01",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("about 11,080")?.kind).toBe("troops-deployed");
    expect(by.get("about 3,090")?.kind).toBe("casualties-total");
    expect(by.get("roughly 310")?.kind).toBe("casualties-killed");
    expect(by.get("2,780")?.kind).toBe("casualties-wounded");
    expect(by.get("2,790")?.kind).toBe("casualties-wounded");
    expect(by.get("4,010")?.kind).toBe("casualties-total");
    expect(by.get("4,010")?.attributedTo?.name).toBe("Tidewater Defence Bureau");
    expect(by.get("1,510")?.attributedTo?.name).toBe("Tidewater Defence Bureau");
    expect(by.get("1,510")?.attributionMethod).toBe("possessive");
    expect(by.get("4,710")?.attributedTo?.name).toBe("Harbour Agency");
    // Soldiers put at the front are no figure of those who put them there.
    expect(by.get("3,020")?.attributedTo ?? null).toBeNull();
  });
});

describe("who answered, who calculated, and the inputs of a sum", () => {
  it("credits the speaker, not whom an aside names; reads 'the institute calculated' and 'By her count'; a sum's head count is its input", () => {
    const { claims } = extractionOf(
      [
        "The Tidewater Defence Bureau, asked about the Harbour Agency figures, said its own count was higher: 4,020 casualties, including 1,220 dead.",
        "The Pentagon, when asked, said 1,030 North Koreans had been killed.",
        "The Harbour Agency raised its estimate of North Korean casualties to about 3,030, made up of roughly 330 soldiers killed and 2,700 wounded.",
        "Researchers at the Lindqvist Institute estimate that each soldier is paid about $2,010 a month.",
        "Across a force of 11,090, that would come to about $22.1 million a month, the institute calculated.",
        "Vera Lind, an economist at Hanbit University, has done the arithmetic.",
        "By her count, 14,030 soldiers paid $2,000 a month for a year would bring in $336.7 million.",
        "",
      ].join("\n"),
      "2025-02-04",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("4,020")?.attributedTo?.name).toBe("Tidewater Defence Bureau");
    expect(by.get("1,220")?.attributedTo?.name).toBe("Tidewater Defence Bureau");
    expect(by.get("1,030")?.attributedTo?.name).toMatch(/Pentagon/);
    // "made up of" lists the parts; it calls nothing false.
    expect(by.get("about 3,030")?.attributedTo?.name).toBe("Harbour Agency");
    expect(by.get("about 3,030")?.disputedBy ?? null).toBeNull();
    expect(by.get("about $22.1 million a month")?.attributedTo?.name).toBe("Lindqvist Institute");
    expect(by.get("11,090")?.kind).toBe("context");
    expect(by.get("14,030")?.kind).toBe("context");
    expect(by.get("$336.7 million")?.attributedTo?.name).toBe("Vera Lind");
  });
});

describe("what a source cannot confirm, a count at one time or since a wave, and a rate cut later", () => {
  it("credits the report a source could not confirm, scopes 'at any one time' and 'since the second wave arrived', and makes a rate cut later an earlier figure", () => {
    const { claims } = extractionOf(
      [
        "The Tidewater Ledger could not confirm a Daily Lantern report that Pyongyang plans to send 100,010 more soldiers.",
        "The Harbour Agency said 11,110 North Korean troops were in Russia.",
        "The Pentagon could not confirm the figure of 11,110.",
        "Ukraine says Russia has rotated about 15,010 soldiers through Kursk in total, though no more than 11,120 have been there at any one time.",
        "About 610 North Korean soldiers have been killed and 3,410 wounded since the second wave arrived, the Tidewater Defence Bureau estimates.",
        "At the start of this year, soldiers were paid about $2,010 a month, she said, but by spring the rate had been cut to $1,510.",
        "The Harbour Agency says soldiers are paid $2,020 a month for each man at any one time.",
        "",
      ].join("\n"),
      "2025-05-15",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("100,010")?.attributedTo?.name).toBe("Daily Lantern");
    const unconfirmed = claims.filter((c) => c.figure === "11,110").at(-1);
    expect(unconfirmed?.attributedTo?.name ?? "").not.toMatch(/Pentagon/);
    expect(unconfirmed?.kind).not.toBe("troops-projected");
    expect(by.get("about 15,010")?.scope ?? null).toBeNull();
    expect(by.get("no more than 11,120")?.scope).toBe("only those there at any one time");
    expect(by.get("About 610")?.scope).toBe("only since the second wave arrived");
    expect(by.get("3,410")?.scope).toBe("only since the second wave arrived");
    expect(by.get("about $2,010 a month")?.earlier).toBe(true);
    expect(by.get("$1,510")?.earlier ?? false).toBe(false);
    // A pay is no head count at one time.
    expect(by.get("$2,020 a month")?.scope ?? null).toBeNull();
  });

  it("dates a figure 'unchanged from its November estimate' by the article, and keeps a confirmation after a denial", () => {
    const { claims } = extractionOf(
      [
        "The Harbour Agency still puts the number of North Korean troops in Russia at around 11,130, unchanged from its November estimate.",
        "The Harbour Agency has not confirmed 3,020 deaths, but it has confirmed about 1,130 North Korean casualties.",
        "",
      ].join("\n"),
      "2024-12-23",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect([by.get("around 11,130")?.asOf, by.get("around 11,130")?.asOfSource]).toEqual(["2024-12-23", "article"]);
    expect(by.get("about 1,130")?.attributedTo?.name).toBe("Harbour Agency");
  });
});

describe("near misses of the rules for parts sent, later changes, stretches and pronouns", () => {
  it("keeps a part of a deployment a part, a change of another quantity no earlier figure, and 'unchanged since' no stretch", () => {
    const { claims } = extractionOf(
      [
        "North Korea sent about 11,140 troops to Russia last autumn and has since deployed 3,040 of them to the front line near Kursk, the Harbour Agency said.",
        "The Harbour Agency said North Korea had sent 11,150 soldiers, and Russia had committed about 4,040 of them to assaults near Sudzha.",
        "The Harbour Agency put North Korean losses at 3,050, but in March its estimate of the dead was raised to 1,540.",
        "Each soldier earned $2,030 a month, but by 2025 the regime's share had been cut to 60%.",
        "The Tidewater Defence Bureau's estimate of 1,240 dead has remained unchanged since the second wave arrived in January.",
        "By their count, about 12,040 North Korean soldiers are in Kursk, Tidewater officials said.",
        "Moscow put them at the disposal of a marine brigade in which about 340 have been killed.",
        "",
      ].join("\n"),
      "2025-05-15",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("3,040")?.scope).toBe("part of the larger count before it");
    expect(by.get("about 4,040")?.kind ?? "none").not.toBe("troops-deployed");
    expect(by.get("3,050")?.earlier ?? false).toBe(false);
    expect(by.get("$2,030 a month")?.earlier ?? false).toBe(false);
    expect(by.get("1,240")?.scope ?? null).toBeNull();
    expect(by.get("about 12,040")?.attributedTo?.name).toBe("Tidewater officials");
    expect(by.get("about 340")?.attributedTo ?? null).toBeNull();
  });
});

describe("what a share leaves the soldiers, hedged", () => {
  it("'leaving the men with as little as $200' is their take-home pay, and a negated verb is no part of a source's name", () => {
    const { claims } = extractionOf(
      [
        "The Harbour Agency says Russia pays $2,040 a month per soldier.",
        "Of that, the regime keeps roughly 90%, Park Ji-ho said, leaving the men with as little as $210.",
        "Yoo said the Harbour Agency had not confirmed the $2,050 monthly figure that has circulated in foreign media.",
        "",
      ].join("\n"),
      "2025-03-10",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("$210")?.kind).toBe("soldier-take-home");
    expect(by.get("$2,050 monthly")?.attributedTo?.name ?? "").not.toMatch(/Harbour|had not/);
  });
});

describe("near misses of the rules for later changes and parts sent, second round", () => {
  it("a cut of 'the monthly pay' or 'the contingent' to a sum with its sign marks the figure before; a part of a force someone has is a deployment", () => {
    const { claims } = extractionOf(
      [
        "Soldiers were paid $2,060 a month, but in March the monthly pay was cut to $1,560.",
        "North Korea deployed 11,160 troops, but by December the contingent had been increased to 14,060.",
        "North Korea deployed 11,170 troops, but by December their pay had been raised to $2,560.",
        "North Korea has about 150,010 reservists and sent 11,180 of them to Kursk.",
        "",
      ].join("\n"),
      "2025-05-15",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("$2,060 a month")?.earlier).toBe(true);
    expect(by.get("11,160")?.earlier).toBe(true);
    expect(by.get("11,170")?.earlier ?? false).toBe(false);
    expect(by.get("11,180")?.kind).toBe("troops-deployed");
    expect(by.get("11,180")?.scope ?? null).toBeNull();
  });
});

describe("money paid once", () => {
  it("a sum promised on completion of a tour and payments to the families of the dead are no pay; a monthly pay promised stays pay", () => {
    const { claims } = extractionOf(
      [
        "Kang Myong-chol said soldiers were promised $5,010 on completion of their tour, but that he doubted any would be paid.",
        "Kim Jong-un approved payments of 10.1 million won to the families of the dead, state media reported.",
        "Soldiers in Russia are promised $1,510 a month.",
        "",
      ].join("\n"),
      "2025-03-10",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("$5,010")?.kind).toBe("context");
    expect(by.get("10.1 million won")?.kind ?? "context").toBe("context");
    expect(by.get("$1,510 a month")?.kind).toBe("pay-per-soldier");
  });
});

describe("a count of one event or of this year", () => {
  it("'in a single assault', 'in the raid' and 'since the start of the year' scope the count; 'at the start of the year' dates it to January", () => {
    const { claims } = extractionOf(
      [
        "A Ukrainian commander said 210 North Koreans had been killed in a single assault.",
        "About 310 North Koreans were killed in the raid, the Tidewater Defence Bureau said.",
        "Since the start of the year, about 1,510 North Korean soldiers have been killed, the Tidewater Defence Bureau said.",
        "At the start of the year, 11,010 North Korean soldiers were in Russia, the Harbour Agency said.",
        "At the beginning of last year, 3,010 North Korean soldiers were sent to Russia, the Harbour Agency said.",
        "",
      ].join("\n"),
      "2025-09-03",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("210")?.scope).toBe("only in a single assault");
    expect(by.get("About 310")?.scope).toBe("only in the raid");
    expect(by.get("about 1,510")?.scope).toBe("only since the start of the year");
    expect(by.get("about 1,510")?.asOf).toBe("2025-09-03");
    expect([by.get("11,010")?.asOf, by.get("11,010")?.asOfPrecision]).toEqual(["2025-01-01", "month"]);
    expect(by.get("3,010")?.asOf).toBe("2024-01-01");
  });
});

describe("a figure given as an earlier one", () => {
  it("'had earlier put the number at 11,000' and 'initially said 300' are earlier figures, never dated to the article", () => {
    const { claims } = extractionOf(
      [
        "The Harbour Agency said it had earlier put the number of troops at 11,010; the rise to 14,010 reflects new arrivals.",
        "The agency initially said 310 soldiers had died, before raising its count to 610.",
        "",
      ].join("\n"),
      "2025-04-30",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    for (const f of ["11,010", "310"]) {
      expect(by.get(f)?.earlier).toBe(true);
      expect(by.get(f)?.asOf).toBeNull();
    }
    expect(by.get("14,010")?.earlier).toBeUndefined();
  });
});

describe("a head count at one time and one place", () => {
  it("'15,000 soldiers at a time, … for a year' has no period; 'already in Kursk itself' counts only those in Kursk", () => {
    const { claims } = extractionOf(
      [
        "The Cardew Agency said North Korea could send 15,010 soldiers at a time, rotated every two months, for a year.",
        "North Korea could send up to 30,010 soldiers a year, the Cardew Agency said.",
        "The Tidewater Defence Bureau counted 7,010 North Korean soldiers already in Kursk itself, with the rest still training.",
        "",
      ].join("\n"),
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("15,010")?.value.per).toBeNull();
    expect(by.get("up to 30,010")?.value.per).toBe("year");
    expect(by.get("7,010")?.scope).toBe("only in Kursk");
  });
});

describe("a worked case and the same case again after a semicolon", () => {
  it("'At a third of $2,000, a soldier would take home about $670 a month; at a third of $1,000, about $330' gives two take-home figures and no share", () => {
    const { claims, skipped } = extractionOf(
      [
        "Vera Lind puts the pay Russia offers at between one and two thousand dollars a month.",
        "At a third of $2,010, a soldier would take home about $670 a month; at a third of $1,010, about $330.",
        "",
      ].join("\n"),
    );
    // (The pay of the sentence before does not make the second case a pay.)
    expect(claims.slice(1).map((c) => [c.figure, c.kind])).toEqual([
      ["about $670 a month", "soldier-take-home"],
      ["about $330", "soldier-take-home"],
    ]);
    expect(skipped.filter((k) => /an input of a sum/.test(k.reason)).map((k) => k.text)).toEqual([
      "a third",
      "$2,010",
      "a third",
      "$1,010",
    ]);
  });

  it("a pay restated over another period ('That works out to about $66 a day') is the pay before, not a new figure", () => {
    const { claims, skipped } = extractionOf(
      [
        "Each soldier is paid $2,010 a month, the Harbour Agency said. That works out to about $66 per day, analyst Vera Lind said.",
        "Each soldier is paid $2,110 a month, the Harbour Agency said. That is $500 a week more than promised.",
        "",
      ].join("\n"),
    );
    expect(claims.some((c) => c.figure.startsWith("about $66"))).toBe(false);
    expect(skipped.find((k) => k.text.startsWith("about $66"))?.reason).toMatch(/worked out over another period/);
    // A difference is no restatement.
    expect(claims.some((c) => c.figure.startsWith("$500 a week"))).toBe(true);
  });
});

describe("the same people's pay again, and the regime's half", () => {
  it("a later sum of Russian recruits' pay ('in Kursk it fell to about 150,000 roubles', 'new recruits get …') is theirs; 'Half the money goes straight to Pyongyang' is the regime's share", () => {
    const { claims } = extractionOf(
      [
        "Russian contract soldiers are paid about 200,010 roubles a month; in the Kursk region new recruits get 150,010 roubles, Verstka reported.",
        "Russia's own contract soldiers were offered about 210,010 roubles a month, a sum Moscow has since cut (in the Kursk region it fell to about 160,010 roubles, according to Verstka).",
        "Half the money goes straight to Pyongyang, analyst Vera Lind said.",
        "",
      ].join("\n"),
    );
    const kinds = new Map(claims.map((c) => [c.figure, c.kind]));
    expect(kinds.get("150,010 roubles")).toBe("context");
    expect(kinds.get("about 160,010 roubles")).toBe("context");
    expect(kinds.get("Half")).toBe("regime-share");
  });
});

describe("near misses of the rules for inputs, sides, scopes, dates and armies", () => {
  it("keeps the figures that only look like inputs, a side of a comparison, a scope, a January or a country's army", () => {
    const { claims } = extractionOf(
      [
        "At the front North Korean soldiers are paid $2,010 a month, which adds up to $24,120 a year.",
        "With pay of $2,110 a month per soldier reported by the Harbour Agency, the total bill would come to $25 million a month.",
        "A North Korean soldier at home earns less than the equivalent of $2 a month.",
        "A North Korean private at home earns less than an estimated $3 a month.",
        "Some 4,010 of an army of 12,010 North Korean soldiers sent to Kursk have been killed or wounded.",
        "The bill for each North Korean soldier, about $2,210 a month, is paid by Moscow.",
        "In Russia itself, about 12,110 North Korean soldiers are deployed, the Harbour Agency said.",
        "In the raid's aftermath, the Harbour Agency said 12,210 North Korean soldiers remain in Russia.",
        "At the start of the year's second offensive, 3,010 North Korean soldiers joined, the Harbour Agency said.",
        "The agency that originally reported the deployment says 15,010 North Korean soldiers are now in Russia.",
        "Russia wants 15,110 North Korean soldiers at a time, rotated every two months, for a year.",
        "",
      ].join("\n"),
      "2025-06-01",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("$2,010 a month")?.kind).toBe("pay-per-soldier");
    expect([
      by.get("$2,110 a month per soldier")?.kind,
      by.get("$2,110 a month per soldier")?.attributedTo?.name,
    ]).toEqual(["pay-per-soldier", "Harbour Agency"]);
    expect(by.get("$2 a month")?.kind).toBe("domestic-wage");
    expect(by.get("an estimated $3 a month")?.kind).toBe("domestic-wage");
    expect(by.get("12,010")?.kind).toBe("troops-deployed");
    expect(by.get("about $2,210 a month")?.kind).toBe("pay-per-soldier");
    expect(by.get("about 12,110")?.scope).toBeNull();
    expect(by.get("12,210")?.scope).toBeNull();
    expect(by.get("3,010")?.asOf).toBe("2025-06-01");
    expect([by.get("15,010")?.asOf, by.get("15,010")?.earlier]).toEqual(["2025-06-01", undefined]);
    expect(by.get("15,110")?.value.per).toBeNull();
  });
});

describe("near misses of the rules for worked cases, restated pay and other people's pay", () => {
  it("keeps a clause with its own verb, a share reported as fact, another group's pay and a new pay", () => {
    const { claims } = extractionOf(
      [
        "A soldier takes home about $210 a month; at the regime's rate of 90%, about $1,810 goes to Pyongyang.",
        "Soldiers take home about $310 a month; with bonuses, about $2,010 is paid by Moscow per soldier.",
        "With Pyongyang taking 91%, a soldier would keep about $180 a month.",
        "Russian recruits are paid $2,110 a month. That is about $70 a day for North Koreans too.",
        "Half the money goes to the government of the Kursk region, a Russian official said.",
        "Soldiers in Russia are paid far more than the equivalent of $2 a month they earned at home.",
        "The cost of each soldier's kit, about $3,010, is paid by Russia.",
        "Russian contract soldiers are paid 200,010 roubles a month, while North Korean troops were first paid 100,010 roubles; it rose to 150,010 roubles in March.",
        "",
      ].join("\n"),
    );
    const kinds = new Map(claims.map((c) => [c.figure, c.kind]));
    expect(kinds.get("about $1,810")).not.toBe("soldier-take-home");
    expect(kinds.get("about $2,010")).toBe("pay-per-soldier");
    expect(kinds.get("91%")).toBe("regime-share");
    expect(kinds.get("about $70 a day")).toBe("pay-per-soldier");
    expect(kinds.get("Half")).not.toBe("regime-share");
    expect(kinds.get("$2 a month")).toBe("domestic-wage");
    expect(kinds.get("about $3,010")).toBe("context");
    expect(kinds.get("150,010 roubles")).toBe("pay-per-soldier");
  });

  it("still marks an earlier figure after 'initially said that' and 'initially put the number of dead … at'", () => {
    const { claims } = extractionOf(
      [
        "The Tidewater Defence Bureau initially said that 310 North Korean soldiers had died; it now says 1,010.",
        "The Harbour Agency initially put the number of dead North Korean soldiers at 320, but now says 1,020.",
        "",
      ].join("\n"),
      "2025-06-01",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    for (const f of ["310", "320"]) expect([by.get(f)?.earlier, by.get(f)?.asOf]).toEqual([true, null]);
    for (const f of ["1,010", "1,020"]) expect(by.get(f)?.asOf).toBe("2025-06-01");
  });
});

describe("a fact-check's rejected figures, a surprise, benefits for the dead and a ceremony", () => {
  it("reads what each of these figures is, and never a troop count or pay", () => {
    const { claims, skipped } = extractionOf(
      [
        "No, 40,010 North Korean soldiers have not died in Russia.",
        "A death toll of 40,110 would exceed the entire deployment more than twice over.",
        "- Claimed: 40,210 killed.",
        "A: I would be surprised if fewer than 1,510 had been killed.",
        "Moscow also promised 3 million roubles to the family of every North Korean soldier killed in action, according to the Tidewater Defence Bureau.",
        "The widows and parents of the dead receive a monthly pension of 15,010 won, she said.",
        "Kim Jong Un presented portraits of 101 fallen soldiers to their families at a ceremony, state media reported.",
        "",
      ].join("\n"),
      "2025-09-01",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect([by.get("40,010")?.stance, by.get("40,010")?.attributedTo]).toEqual(["disputes", null]);
    expect(by.has("40,110")).toBe(false);
    expect(skipped.find((k) => k.text === "40,110")?.reason).toMatch(/what it would mean/);
    expect(by.get("40,210")?.attributedTo).toBeNull();
    expect([by.get("fewer than 1,510")?.value.min, by.get("fewer than 1,510")?.value.max]).toEqual([1510, null]);
    expect(by.get("3 million roubles")?.kind).toBe("context");
    expect(by.get("15,010 won")?.kind).toBe("context");
    expect(by.get("101")?.kind).toBe("context");
  });
});

describe("near misses of the narrowed rules", () => {
  it("keeps a home wage above a bound, the regime in Pyongyang, a cost per soldier, a later revision and Russian pay", () => {
    const { claims } = extractionOf(
      [
        "Soldiers earn more than $2 a day at home, the Harbour Agency said.",
        "About 91% of the pay goes to the government in Pyongyang, the Harbour Agency said.",
        "The cost per soldier, about $2,030 a month, is met by Russia.",
        "The cost of each soldier's kit, about $3,030, is paid by Russia.",
        "The Tidewater Defence Bureau initially said Russia hid them but later put North Korean losses at 4,030.",
        "Russian recruits are paid 200,030 roubles a month, more than North Korean troops get; in Kursk it fell to 150,030 roubles.",
        "",
      ].join("\n"),
      "2025-04-30",
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect(by.get("more than $2 a day")?.kind).toBe("domestic-wage");
    expect(by.get("About 91%")?.kind).toBe("regime-share");
    expect(by.get("about $2,030 a month")?.kind).toBe("pay-per-soldier");
    expect(by.get("about $3,030")?.kind).toBe("context");
    expect([by.get("4,030")?.earlier, by.get("4,030")?.asOf]).toEqual([undefined, "2025-04-30"]);
    expect(by.get("150,030 roubles")?.kind).toBe("context");
  });

  it("a pay restated with a second period or a speaker with an office is still no new figure", () => {
    const { claims } = extractionOf(
      [
        "The Harbour Agency said each soldier is paid $2,040 a month. That works out to roughly $67 a day, or about $470 a week.",
        "The Harbour Agency said each soldier is paid $2,050 a month. That works out to about $67 a day, Vera Lind, an economist at Ridgeway University, said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => c.figure)).toEqual(["$2,040 a month", "$2,050 a month"]);
  });
});

describe("near misses of the fact-check rules", () => {
  it("keeps a source's own figure before a negated verb, a figure that could grow, a toll beside an honour and another North", () => {
    const { claims } = extractionOf(
      [
        "The Tidewater Defence Bureau said 310 North Korean soldiers were not killed but taken prisoner.",
        "A death toll of 4,010 could be an undercount, the Tidewater Defence Bureau said.",
        "About 3,010 dead soldiers is the Tidewater Defence Bureau's estimate, which Kim disputes by awarding posthumous titles to only 101.",
        "About 11% of the pay goes to the government of North Ossetia, an official said.",
        "About 91% of the pay goes to the government of North Korea, the Harbour Agency said.",
        "",
      ].join("\n"),
    );
    const by = new Map(claims.map((c) => [c.figure, c]));
    expect([by.get("310")?.stance, by.get("310")?.attributedTo?.name]).toEqual(["asserts", "Tidewater Defence Bureau"]);
    expect(by.get("4,010")?.kind).toBe("casualties-killed");
    expect(by.get("About 3,010")?.kind).toBe("casualties-killed");
    expect(by.get("About 11%")?.kind).not.toBe("regime-share");
    expect(by.get("About 91%")?.kind).toBe("regime-share");
  });
});

describe("a forecast in the future perfect, a toll that names its loss, a change's opening time", () => {
  it("'will have sent … by March' is troops to come, credited to who forecast it; 'may have sent' stays a count", () => {
    const claims = claimsIn(
      [
        "North Korea will have sent 20,000 soldiers to Russia by March, the Saltmarsh Policy Lab predicted.",
        "By the summer, 25,000 North Korean troops will have been deployed, the Kestrel Institute forecast.",
        "North Korea may have sent 15,000 soldiers, the Tidewater Defence Bureau said.",
      ].join("\n"),
      "2025-01-20",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["20,000", "troops-projected", "Saltmarsh Policy Lab"],
      ["25,000", "troops-projected", "Kestrel Institute"],
      ["15,000", "troops-deployed", "Tidewater Defence Bureau"],
    ]);
  });

  it("a toll's figure followed by the loss it counts is that loss ('at 900 … killed', 'at 2,000 wounded')", () => {
    const claims = claimsIn(
      [
        "The Tidewater Defence Bureau put the toll at 900 North Korean soldiers killed.",
        "The bureau put the toll at about 2,000 wounded.",
        "The bureau put the toll at 4,700 killed or wounded.",
        "The bureau put the toll at 3,000.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["900", "casualties-killed"],
      ["about 2,000", "casualties-wounded"],
      ["4,700", "casualties-total"],
      ["3,000", "casualties-total"],
    ]);
  });

  it("an opening time dates a change, not the value it started from; it still dates a figure once put", () => {
    const claims = claimsIn(
      [
        "In February, the Tidewater Defence Bureau raised its estimate of North Korean casualties from 3,000 to 3,600.",
        "In April, the bureau had put the number of dead at about 600.",
      ].join("\n"),
      "2025-05-15",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.earlier ?? false])).toEqual([
      ["3,000", null, true],
      ["3,600", "2025-02-01", false],
      ["about 600", "2025-04-01", true],
    ]);
    expect(claims[0]?.asOfNote).toMatch(/an earlier figure, whose date the article does not give/);
  });

  it("a time that needs the article's date, in an article that gives none, is named as such", () => {
    const claims = claimsIn(
      [
        "The Tidewater Defence Bureau said last week that 3,000 North Korean soldiers had been wounded.",
        "Two weeks ago, the bureau said 200 North Korean soldiers had been captured.",
        "In January, the bureau said 12,000 North Korean soldiers were in Russia.",
        "The bureau said 13,000 North Korean soldiers were in Russia.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfNote ?? null])).toEqual([
      ["3,000", null, "“last week”: a time counted from the article's date, which the article does not give"],
      ["200", null, "“Two weeks ago”: a time counted from the article's date, which the article does not give"],
      ["12,000", null, "“In January”: a time counted from the article's date, which the article does not give"],
      ["13,000", null, null],
    ]);
  });

  it("'about' after a verb of talk is what the talk concerns, not a hedge; after 'said' it hedges", () => {
    const claims = claimsIn(
      [
        "“Nobody believed the officers when they talked about thousands of dollars,” Vera Lind said.",
        "Vera Lind said about 2,000 North Korean soldiers were killed.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.figure)).toEqual(["thousands of dollars", "about 2,000"]);
  });
});

describe("what the soldier goes on to get", () => {
  it("'A soldier is paid …, X said, but receives less than 10 per cent of it' is no share the regime keeps", () => {
    const claims = claimsIn(
      [
        "A soldier is paid $2,000 a month on paper, Vera Lind said, but receives less than 10 per cent of it.",
        "Soldiers are paid $2,000 a month, but the regime keeps 90 per cent, Vera Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["$2,000 a month", "pay-per-soldier"],
      ["less than 10 per cent", "context"],
      ["$2,000 a month", "pay-per-soldier"],
      ["90 per cent", "regime-share"],
    ]);
  });
});

describe("near misses of the forecast, toll, talk and undated-time rules", () => {
  it("keeps the hedge after a verb that takes a clause, and the credit of a clause after a forecast's ';'", () => {
    const claims = claimsIn(
      [
        "Officials thought about 3,000 North Korean soldiers had died, the Tidewater Defence Bureau said.",
        "Casualties could reach 8,000, the Kestrel Lab forecast; 3,000 North Korean soldiers have already died, the Tidewater Defence Bureau said.",
      ].join("\n"),
    );
    expect(claims[0]?.figure).toBe("about 3,000");
    expect(claims.find((c) => c.figure === "3,000")?.attributedTo?.name).toBe("Tidewater Defence Bureau");
  });

  it("a toll 'dead or missing' counts more than the dead", () => {
    const claims = claimsIn("The Tidewater Defence Bureau put the toll at 2,000 troops dead or missing.\n");
    expect(claims.map((c) => c.kind)).toEqual(["casualties-total"]);
  });

  it("names no time that is a name, a custom or a stretch of something else in an article without a date", () => {
    const claims = claimsIn(
      [
        "Since Friday prayers were banned, 200 North Korean soldiers have deserted, the Harbour Post reported.",
        "In the last week of the offensive, 300 North Korean soldiers died, the Tidewater Defence Bureau said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.asOfNote ?? null])).toEqual([
      ["200", null],
      ["300", null],
    ]);
  });
});

describe("the time of a figure of now, of a source's own earlier figure and of another source's same figure", () => {
  it("a figure of now is of the article's date, whatever time another clause counts back", () => {
    const claims = claimsIn(
      [
        "A year ago, the Tidewater Defence Bureau counted 3,000 North Korean soldiers in Russia; it now counts 12,000.",
        "Compared with 4,000 last year, 13,000 North Korean soldiers are now in Russia, the bureau said.",
      ].join("\n"),
      "2025-05-15",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["3,000", "2024-01-01"],
      ["12,000", "2025-05-15"],
      ["4,000", "2024-01-01"],
      ["13,000", "2025-05-15"],
    ]);
  });

  it("a time that counts nothing of its own still dates the 'now' it was said at", () => {
    const claims = claimsIn(
      [
        "The Kestrel Institute now believes about 3,600 North Korean soldiers have been killed or wounded, according to a lawmaker who was briefed by the institute on Thursday.",
        "Last month, a lawmaker briefed by the Kestrel Institute said it now believed about 4,000 soldiers had been wounded.",
      ].join("\n"),
      "2025-03-01",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["about 3,600", "2025-02-27"],
      ["about 4,000", "2025-02-01"],
    ]);
  });

  it("'a figure lower than the 700 it reported on November 15' is the source's earlier figure", () => {
    const claims = claimsIn(
      "The Hanbit Peace Institute said 500 North Korean soldiers had died as of November 30, a figure lower than the 700 it reported on November 15.\n",
      "2025-12-05",
    );
    expect(claims.map((c) => [c.figure, c.earlier ?? false, c.asOf])).toEqual([
      ["500", false, "2025-11-30"],
      ["700", true, "2025-11-15"],
    ]);
  });

  it("the time another source gave the same figure is not this source's", () => {
    const claims = claimsIn(
      "The Kestrel Institute puts the number of North Korean troops in Russia at about 11,000, the same figure South Korea's intelligence service gave lawmakers last week.\n",
      "2025-01-20",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([["about 11,000", "2025-01-20"]]);
  });

  it("what soldiers 'were told to expect' is what they take home", () => {
    const claims = claimsIn(
      "Vera Lind, a defector, said the soldiers she knew were told to expect about $100 a month.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["about $100 a month", "soldier-take-home"]]);
  });
});

describe("near misses of the talk, now, earlier-figure, forecast and weekday rules", () => {
  it("'about' after a verb that may take a clause stays a hedge, wherever its clause's verb stands", () => {
    const figures = claimsIn(
      [
        "The bureau wrote about 2,000 of the North Korean soldiers sent to Kursk had died.",
        "Vera Lind heard about 300 North Korean soldiers, most of them conscripts, had defected.",
      ].join("\n"),
    ).map((c) => c.figure);
    expect(figures).toEqual(["about 2,000", "about 300"]);
  });

  it("a briefing's circumstances are no other figure's time: 'now' is of the briefing's day", () => {
    const claims = claimsIn(
      "In a closed-door briefing on Tuesday attended by 12 lawmakers, the Kestrel Institute said 11,000 North Korean soldiers are currently in Russia.\n",
      "2025-03-07",
    );
    expect(claims.find((c) => c.figure === "11,000")?.asOf).toBe("2025-03-04");
  });

  it("a figure compared with another source's, or with one needed, is no earlier figure", () => {
    const claims = claimsIn(
      [
        "The Kestrel Institute said 12,000 soldiers had arrived, more than the 10,000 it estimated Russia would need.",
        "The Kestrel Institute said 1,400 soldiers had died, higher than the 1,000 that Russia says it has counted.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.earlier ?? false])).toEqual([
      ["12,000", false],
      ["10,000", false],
      ["1,400", false],
      ["1,000", false],
    ]);
  });

  it("a source's own earlier figure may be money, have a noun and be dated by a weekday", () => {
    const claims = claimsIn(
      [
        "The Kestrel Institute said 1,400 had died, higher than the 1,200 North Korean deaths it reported in January.",
        "Russia paid $2,500 a month, more than the $2,000 it reported in January, the Kestrel Institute said.",
        "The Kestrel Institute said 1,500 had died, higher than the 1,300 it reported Tuesday.",
      ].join("\n"),
      "2025-03-07",
    );
    expect(claims.filter((c) => c.earlier).map((c) => c.figure)).toEqual(["1,200", "$2,000", "1,300"]);
  });

  it("a clause of circumstance ('when the total was 40') still dates the 'now' of the figure said after it", () => {
    const claims = claimsIn(
      "Last week, when the total was 40 deserters, the Tidewater Defence Bureau said it now counts 2,000 North Korean soldiers in Russia.\n",
      "2025-06-20",
    );
    expect(claims.find((c) => c.figure === "2,000")?.asOf).toBe("2025-06-13");
  });

  it("a figure set against one another source thinks or was told is no earlier figure", () => {
    const claims = claimsIn(
      "The Dorvane Agency said 4,000 had died, higher than the 3,000 deaths Kyiv's envoy thinks they counted.\n",
    );
    expect(claims.some((c) => c.earlier)).toBe(false);
  });

  it("a clause that tallies another figure, or says what an estimate was, dates that figure and not one of now", () => {
    const claims = claimsIn(
      "In January the Kestrel Institute's estimate was 3,000 North Korean soldiers; the institute says 12,000 are now in Russia.\n",
      "2025-03-07",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["3,000", "2025-01-01"],
      ["12,000", "2025-03-07"],
    ]);
  });

  it("'The lab forecast: …' credits the lab; 'said Friday' in an undated article is named in the note", () => {
    const claims = claimsIn(
      [
        "The Kestrel Lab forecast: 20,000 North Korean troops will be in Russia by the summer.",
        "The Tidewater Defence Bureau said Friday that 11,000 North Korean soldiers were in Russia.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.asOfNote ?? null])).toEqual([
      ["20,000", "Kestrel Lab", "“by the summer”: a season, which the site does not date"],
      [
        "11,000",
        "Tidewater Defence Bureau",
        "“Friday”: a time counted from the article's date, which the article does not give",
      ],
    ]);
  });
});

describe("a rate of people keeps its period", () => {
  it("'had lost about 40 men a day' is 40 a day, never a count of 40", () => {
    const claims = claimsIn(
      [
        "Vera Lind said North Korean units had lost about 40 men a day during the heaviest fighting.",
        "North Korean soldiers are arriving at about 1,000 a month, the Tidewater Defence Bureau said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.unit, c.value.per])).toEqual([
      ["about 40", "context", "people", "day"],
      ["about 1,000 a month", "context", "people", "month"],
    ]);
  });
});

describe("the near misses of a fifth probe: whose losses, which sums, which guesses", () => {
  it("losses North Korean troops inflicted on another army are that army's, whoever the 'by' names", () => {
    const claims = claimsIn(
      [
        "About 300 Ukrainian soldiers have been killed by North Korean troops, the Tidewater Defence Bureau said.",
        "Kyiv says 200 of its soldiers have been wounded at the hands of North Korean units.",
        "The bureau says 400 North Korean soldiers have been killed by Ukrainian drones since November.",
        "About 150 North Korean soldiers have been killed by their own mines, Vera Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["About 300", "context"],
      ["200", "context"],
      ["400", "casualties-killed"],
      ["About 150", "casualties-killed"],
    ]);
  });

  it("a sum at a rate with no currency, paid to someone or said beside a sum in a currency, is no rate of people", () => {
    const { claims, skipped } = extractionOf(
      [
        "Moscow pays each soldier about 2,000 a month, Vera Lind said.",
        "“They say 2k a month, but we see maybe four hundred dollars,” Lind said.",
        "About 1,000 a month have arrived since January, the Tidewater Defence Bureau said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.value.unit, c.value.per])).toEqual([
      ["maybe four hundred dollars", "USD", null],
      ["About 1,000 a month", "people", "month"],
    ]);
    expect(skipped.filter((x) => /no currency named/.test(x.reason)).map((x) => x.text)).toEqual([
      "about 2,000 a month",
      "2k a month",
    ]);
  });

  it("'may be in Russia' guesses at who is there now; 'may be sent' and 'may be in Russia by June' at who may come", () => {
    const claims = claimsIn(
      [
        "As many as 15,000 North Korean troops may be in Russia, Vera Lind said.",
        "As many as 5,000 North Korean troops may be sent to Russia, Lind said.",
        "About 20,000 North Korean troops could be in Russia by June, Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["As many as 15,000", "troops-deployed"],
      ["As many as 5,000", "troops-projected"],
      ["About 20,000", "troops-projected"],
    ]);
  });

  it("an aside on a part of a force ('hundreds of them wounded') gives its loss to the part, not to the force", () => {
    const claims = claimsIn(
      "About 11,000 North Korean troops remain in Russia, hundreds of them wounded, the Tidewater Defence Bureau said.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["About 11,000", "troops-deployed"],
      ["hundreds", "casualties-wounded"],
    ]);
  });
});

describe("the near misses of a fifth audit: names, targets and shares", () => {
  it("a name with a capital and an apostrophe before it ('O'Dell', 'D'Souza') is credited whole", () => {
    const claims = claimsIn(
      [
        "Analyst Vera O'Dell said about 11,520 North Korean troops were in Russia.",
        "About 2,300 were wounded, O'Dell said.",
        "According to Liam D'Souza, 300 North Korean soldiers were killed.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 11,520", "Vera O'Dell"],
      ["About 2,300", "Vera O'Dell"],
      ["300", "Liam D'Souza"],
    ]);
  });

  it("a month by which someone expected troops to be sent is a target and dates nothing", () => {
    const claims = claimsIn(
      [
        "Lawmaker Yun Tae-seok said the agency expected Pyongyang to send about 3,000 more troops by the end of August.",
        "The Tidewater Defence Bureau said 2,000 North Korean soldiers arrived in May.",
      ].join("\n"),
      "2025-06-20",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.asOf])).toEqual([
      ["about 3,000", "troops-projected", "2025-06-20"],
      ["2,000", "troops-deployed", "2025-05-01"],
    ]);
  });

  it("'keeps four dollars of every five' is a share of 80%, never a sum of $4", () => {
    const claims = claimsIn(
      [
        'Analyst Vera Lind said the regime "probably keeps four dollars of every five" paid by Moscow.',
        "The state keeps $9 out of every $10, Lind said.",
        "About $1,800 of every $2,000 stayed in Pyongyang, Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.min, c.value.unit])).toEqual([
      ["four dollars", "regime-share", 80, "percent"],
      ["$9", "regime-share", 90, "percent"],
      ["About $1,800", "context", 1800, "USD"],
      ["$2,000", "pay-per-soldier", 2000, "USD"],
    ]);
  });
});

describe("a running total after a part of the force", () => {
  it("'bringing the total deployment to about 15,000' counts the whole force, whatever part the clause before named", () => {
    const claims = claimsIn(
      [
        "The Tidewater Defence Bureau said about 10,000 North Korean troops are in Russia.",
        "The bureau also said North Korea had sent some 5,000 military construction workers, bringing the total deployment to about 15,000.",
        "North Korea sent 2,000 more soldiers as workers, bringing the number of labourers to 7,000.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope ?? null])).toEqual([
      ["about 10,000", "troops-deployed", null],
      ["some 5,000", "troops-deployed", "soldiers sent for labour"],
      ["about 15,000", "troops-deployed", null],
      ["2,000", "troops-deployed", "soldiers sent for labour"],
      ["7,000", "troops-deployed", "soldiers sent for labour"],
    ]);
  });
});

describe("suppositions, rejections in the passive and names gapped from their verb", () => {
  it("a condition put by inverting its verb supposes every figure of its sentence", () => {
    const { claims, skipped } = extractionOf(
      [
        "Were Pyongyang to send 30,000 more troops, Russia would pay it $60 million a month, Vera Lind said.",
        "Had North Korea sent 50,000 soldiers, the front would look different, Lind said.",
        "Should 40,000 North Korean soldiers be sent, Russia would owe Pyongyang $80 million a month, Lind said.",
        "North Korea had sent 11,000 soldiers by December, the Tidewater Defence Bureau said.",
      ].join("\n"),
      "2025-03-10",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([["11,000", "troops-deployed"]]);
    expect(skipped.filter((x) => /supposed/.test(x.reason)).map((x) => x.text)).toEqual([
      "30,000",
      "$60 million a month",
      "50,000",
      "40,000",
      "$80 million a month",
    ]);
  });

  it("a figure its subject states, rejected in the passive by a named body, is disputed by that body", () => {
    const claims = claimsIn(
      [
        "Claims by Ukrainian officials that 40,000 North Korean soldiers are in Russia have been dismissed by the Tidewater Defence Bureau as exaggerated, while the bureau puts the number at 11,000.",
        "Reports that 8,000 North Korean soldiers have died were rejected by the Kestrel Institute.",
        "Claims that 12,000 North Korean soldiers are in Russia have been confirmed by the Kestrel Institute.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([
      ["40,000", "Tidewater Defence Bureau"],
      ["11,000", null],
      ["8,000", "Kestrel Institute"],
      ["12,000", null],
    ]);
  });

  it("a body named before its figure with the verb left out ('and the Pentagon about 1,000') gives that figure", () => {
    const claims = claimsIn(
      [
        "The Tidewater Defence Bureau puts the number of dead at 600, while the Kestrel Institute says 1,500 and the Harbour Council about 1,000.",
        "The bureau estimated 2,600 wounded, the Kestrel Institute 3,500 and the Harbour Council about 3,000.",
        "The Kestrel Institute says 600 North Korean soldiers died in January and about 1,000 in February.",
      ].join("\n"),
      "2025-03-10",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["600", "Tidewater Defence Bureau"],
      ["1,500", "Kestrel Institute"],
      ["about 1,000", "Harbour Council"],
      ["2,600", "Tidewater Defence Bureau"],
      ["3,500", "Kestrel Institute"],
      ["about 3,000", "Harbour Council"],
      ["600", "Kestrel Institute"],
      ["about 1,000", "Kestrel Institute"],
    ]);
  });
});

describe("the near misses of a fifth probe: sources named after their figure, datelines and verdicts", () => {
  it("a figure another source gave, named right after it ('the $500 million the NIS gave'), is that source's", () => {
    const claims = claimsIn(
      [
        "Pyongyang earns $5 billion from the deployment, the Vellmar Institute estimated, far more than the $500 million the Kestrel Institute gave.",
        "About 200 North Korean soldiers were reported captured, Vera Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["$5 billion", "Vellmar Institute"],
      ["$500 million", "Kestrel Institute"],
      ["About 200", "Vera Lind"],
    ]);
  });

  it("a wire's dateline on the article's own day leaves an earlier figure of its sentence undated", () => {
    const claims = claimsIn(
      "SEOUL, Feb. 14 (Harbour Wire) -- The Tidewater Defence Bureau has raised its estimate of the number of North Korean soldiers sent to Russia from 11,000 to about 13,000, a lawmaker said Friday.\n",
      "2025-02-14",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["11,000", null],
      ["about 13,000", "2025-02-14"],
    ]);
  });

  it("a wire's dateline on a day before the article's dates its sentence, and a weekday is counted from it", () => {
    const claims = claimsIn(
      [
        "SEOUL, April 12 (Gull Wire) — Some 12,050 North Korean soldiers are in Kursk, the Tidewater Defence Bureau told lawmakers on Friday.",
        "SEOUL, April 12 (Gull Wire) — About 1,150 North Korean soldiers have been killed, Vera Lind said.",
        "SEOUL, April 12 (Gull Wire) — About 2,150 were wounded in January, Vera Lind said.",
        "SEOUL, April 16 (Gull Wire) — About 3,150 were wounded, Vera Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.asOfSource, c.asOfNote ?? null])).toEqual([
      ["Some 12,050", "2025-04-11", "sentence", "“on Friday”, the last Friday up to the dateline's date"],
      ["About 1,150", "2025-04-12", "sentence", "“SEOUL, April 12”, the wire's dateline"],
      ["About 2,150", "2025-01-01", "sentence", "“in January”, with the year of the dateline's date or the one before"],
      ["About 3,150", "2025-04-14", "article", null],
    ]);
  });

  it("'That figure is wrong, X said' after a figure disputes it; 'is not wrong' does not", () => {
    const claims = claimsIn(
      [
        "Kyiv says 11,000 North Korean soldiers were sent. That figure is wrong, the Kremlin said.",
        "The bureau says 3,000 were killed. The figure is not wrong, Vera Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([
      ["11,000", "Kremlin"],
      ["3,000", null],
    ]);
  });
});

describe("the near misses a review of the fifth probe's rules found", () => {
  it("'its' is another country's only when that country says the figure; a North Korean subject between keeps the loss North Korean", () => {
    const claims = claimsIn(
      [
        "Kyiv says the Storm Corps has seen about 1,000 of its soldiers killed in Kursk.",
        "Kyiv says 300 of its soldiers have been killed in clashes with North Korean units.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 1,000", "casualties-killed"],
      ["300", "context"],
    ]);
  });

  it("a rate of people beside a sum in a currency stays a rate of people unless someone says or promises it", () => {
    const claims = claimsIn(
      [
        "About 800 a month are added to the contingent, officials say, at a cost of $3 million.",
        "Pyongyang adds about 1,000 a month to its force in Kursk, while Moscow pays $2,000 per head.",
      ].join("\n"),
    );
    expect(claims.filter((c) => c.value.unit === "people").map((c) => [c.figure, c.value.per])).toEqual([
      ["About 800 a month", "month"],
      ["about 1,000 a month", "month"],
    ]);
  });

  it("an aside on a part of a force, closed by its comma, leaves the verb after it to the force", () => {
    const claims = claimsIn(
      [
        "About 3,000 North Korean soldiers, many of them teenagers, have been killed in Kursk, the HUR said.",
        "About 2,000 North Korean soldiers, most of them from the Storm Corps, have been wounded, the HUR said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["About 3,000", "casualties-killed"],
      ["About 2,000", "casualties-wounded"],
    ]);
  });

  it("a running total of the workers themselves keeps their scope", () => {
    const claims = claimsIn(
      [
        "Another 1,000 North Korean soldiers arrived in Kursk in May, bringing the total to about 6,000 military construction workers.",
        "Pyongyang sent 1,000 more military construction workers in June, bringing their number to 7,000.",
      ].join("\n"),
      "2025-08-10",
    );
    expect(claims.map((c) => [c.figure, c.scope ?? null])).toEqual([
      ["1,000", "soldiers sent for labour"],
      ["about 6,000", "soldiers sent for labour"],
      ["1,000", "soldiers sent for labour"],
      ["7,000", "soldiers sent for labour"],
    ]);
  });

  it("what few expected, or what was expected before a 'but', leaves the month of an arrival its date; 'may be in Russia by June' dates nothing", () => {
    const claims = claimsIn(
      [
        "Few expected the North to send troops at all, yet 11,000 arrived in October, the Tidewater Defence Bureau said.",
        "Officials expected the deployment to be short, but 11,000 soldiers arrived in November.",
        "As many as 15,000 North Korean soldiers may be in Russia by June, the bureau said.",
      ].join("\n"),
      "2025-03-10",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["11,000", "2024-10-01"],
      ["11,000", "2024-11-01"],
      ["As many as 15,000", "2025-03-10"],
    ]);
  });
});

describe("an outlet citing another that reports a body's figure", () => {
  it("'X, citing Y, reported last week that the NIS now puts …' is the body's figure, relayed by X and by Y", () => {
    const claims = claimsIn(
      "The Gull Dispatch, citing the Heron Post, reported last week that the Tidewater Defence Bureau now puts the deployment at about 13,000.\n",
      "2025-02-18",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null, c.via.map((v) => v.name)])).toEqual([
      ["about 13,000", "Tidewater Defence Bureau", ["Gull Dispatch", "Heron Post"]],
    ]);
  });
});

describe("a named unit's own losses", () => {
  it("'the 11th Corps had lost some 2,500 men' counts only that corps's losses; the country's losses stay whole", () => {
    const claims = claimsIn(
      [
        "Vera Lind said hundreds had died of cold, and that the 11th Corps had lost some 2,500 men.",
        "The Storm Corps has lost about 1,200 men, Lind said.",
        "North Korea has lost some 4,000 men, Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.scope ?? null])).toEqual([
      ["hundreds", null],
      ["some 2,500", "only the 11th Corps's own losses"],
      ["about 1,200", "only the Storm Corps's own losses"],
      ["some 4,000", null],
    ]);
  });
});

describe("what soldiers are told they earn", () => {
  it("is the pay promised when the sentence says they get only part of it, else what they are told they take home; a speaker's past scopes nothing", () => {
    const claims = claimsIn(
      [
        "A North Korean defector who served as a sergeant in a construction regiment says soldiers in Russia are told they earn 2.8 million won a month but receive only a fraction.",
        "Soldiers in Russia are told they earn $100 a month, Vera Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope ?? null])).toEqual([
      ["2.8 million won a month", "pay-per-soldier", null],
      ["$100 a month", "soldier-take-home", null],
    ]);
  });
});

describe("the near misses a review of the sixth batch found", () => {
  it("an inverted condition supposes only its own figures and those of what would follow, never a real figure after 'but' or one it presupposes", () => {
    const { claims } = extractionOf(
      [
        "Had the Tidewater Defence Bureau not briefed lawmakers, few would have known that about 11,000 North Korean troops are now in Kursk.",
        "Had North Korea sent 50,000 soldiers, the front would look very different, but it has sent about 12,000, the bureau says.",
      ].join("\n"),
      "2025-03-10",
    );
    expect(claims.map((c) => c.figure)).toEqual(["about 11,000", "about 12,000"]);
  });

  it("a rejection in the passive is the claim's only when its subject is the claim's, with the rejecter named in capitals", () => {
    const claims = claimsIn(
      [
        "Reports say 200 North Korean soldiers who sought asylum were rejected by the Russian Migration Service.",
        "A figure of 1,000 North Korean dead, given by the Kestrel Institute, was rejected by Pyongyang but confirmed by the Pentagon.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.disputedBy?.name ?? null)).not.toContain("Russian Migration Service");
    expect(claims.map((c) => c.disputedBy?.name ?? null)).not.toContain("The Pentagon (US Department of Defense)");
  });

  it("a name before a figure with the verb left out owns it only after a verb of saying, and not when the sentence closes with who says it", () => {
    const claims = claimsIn(
      "Pyongyang gave Moscow 11,000 troops, and the Kremlin about $2 billion in oil and cash in return, the Tidewater Defence Bureau said.\n",
    );
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["11,000", "Tidewater Defence Bureau"],
      ["about $2 billion", "Tidewater Defence Bureau"],
    ]);
  });

  it("'That figure is wrong' supposed or denied disputes nothing", () => {
    const claims = claimsIn(
      [
        "The bureau says 11,000 North Korean troops are in Russia. If that figure is wrong, the Kremlin said, it is for Seoul to correct it.",
        "The institute says 3,000 were killed. No one has shown that the figure is wrong, a Pentagon official said.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.disputedBy?.name ?? null)).toEqual([null, null]);
  });

  it("'its' is another country's after a body of it and a time ('Ukraine's General Staff said on Monday that 300 of its soldiers …')", () => {
    const claims = claimsIn(
      [
        "Kyiv said on Monday that 300 of its soldiers had been killed by North Korean troops.",
        "Ukraine's General Staff said 200 of its soldiers were killed last month.",
      ].join("\n"),
      "2025-03-10",
    );
    expect(claims.map((c) => c.kind)).toEqual(["context", "context"]);
  });

  it("'of whom … killed or wounded' keeps both outcomes, and a loss noun heading the next figure is not this one's", () => {
    const claims = claimsIn(
      [
        "Some 12,000 North Korean troops, about 4,000 of whom have been killed or wounded, remain in Kursk.",
        "About 11,000 North Korean troops, some of them barely trained, have suffered 4,000 casualties.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["Some 12,000", "troops-deployed"],
      ["about 4,000", "casualties-total"],
      ["About 11,000", "troops-deployed"],
      ["4,000", "casualties-total"],
    ]);
  });

  it("a contrast that says nothing of arrivals leaves an expected month a target", () => {
    const claims = claimsIn(
      [
        "The bureau expected Pyongyang to send 3,000 more troops by August, but gave no details of their units.",
        "The institute expected Pyongyang to send 2,000 more troops by August, though none have arrived yet.",
      ].join("\n"),
      "2025-10-01",
    );
    expect(claims.map((c) => [c.figure, c.asOf])).toEqual([
      ["3,000", "2025-10-01"],
      ["2,000", "2025-10-01"],
    ]);
  });
});

describe("the near misses a review of the seventh batch found", () => {
  it("a named unit's loss scope belongs to the figure right after its verb, and a unit of a corps is that unit", () => {
    const claims = claimsIn(
      [
        "The 11th Corps had lost 2,500 men and the whole contingent about 4,000, the bureau said.",
        "Since the 12th Corps lost its commander in January, North Korean forces have suffered about 3,000 casualties, the bureau said.",
        "The 94th Brigade of the Storm Corps has lost 600 men, the bureau said.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.scope ?? null])).toEqual([
      ["2,500", "only the 11th Corps's own losses"],
      ["about 4,000", null],
      ["about 3,000", null],
      ["600", "only the 94th Brigade of the Storm Corps's own losses"],
    ]);
  });

  it("only part of the pay received is said of the pay, not of sleep or hope", () => {
    const claims = claimsIn(
      [
        "North Korean soldiers are told they earn $100 a month but get less sleep than Russian troops.",
        "North Korean soldiers are told they earn $150 a month but keep little hope of seeing home.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.kind)).toEqual(["soldier-take-home", "soldier-take-home"]);
  });

  it("a past that is not the speaker's still scopes a figure to labour", () => {
    const claims = claimsIn(
      [
        "A report says the soldiers who served in construction brigades earn $100 a month.",
        "A Russian officer said soldiers who worked on construction sites were paid $300 a month.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.scope ?? null)).toEqual(["soldiers sent for labour", "soldiers sent for labour"]);
  });

  it("what would follow an inverted condition with no figure of its own is supposed; a figure named with 'the', or in a clause of fact, is not", () => {
    const { claims, skipped } = extractionOf(
      [
        "Had the war ended sooner, about 3,000 North Korean soldiers would have survived, the bureau said.",
        "Had Pyongyang not sent troops, Russia would have needed about 12,000 more of its own men.",
        "Should anyone doubt the scale, the bureau said on Monday that 13,000 North Korean troops are in Kursk and that more could follow.",
      ].join("\n"),
      "2025-03-10",
    );
    expect(skipped.filter((x) => /supposed/.test(x.reason)).map((x) => x.text)).toEqual([
      "about 3,000",
      "about 12,000",
    ]);
    expect(claims.map((c) => c.figure)).toEqual(["13,000"]);
  });

  it("a passive rejection of estimates 'that say' a figure, or by officials, still disputes it; a judgement in a relative clause's negation still counts", () => {
    const claims = claimsIn(
      [
        "Estimates that say 3,000 North Korean soldiers died have been dismissed by the Kestrel Institute.",
        "Claims that 40,000 North Korean troops were sent have been dismissed by officials in Seoul.",
        "The bureau says 600 North Korean soldiers have been killed. The institute, which has not published its own count, says that figure is far too low.",
        "The bureau says 700 North Korean soldiers have been wounded. The institute says there is no doubt that the figure is too low.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.disputedBy?.name ?? null])).toEqual([
      ["3,000", "Kestrel Institute"],
      ["40,000", "officials"],
      ["600", "Kestrel Institute"],
      ["700", "Kestrel Institute"],
    ]);
  });

  it("a shared loss noun after gapped sources counts for both figures", () => {
    const claims = claimsIn(
      "The Tidewater Defence Bureau counts 3,000, the Kestrel Institute 4,000 casualties among North Korean troops.\n",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["3,000", "casualties-total"],
      ["4,000", "casualties-total"],
    ]);
  });
});

describe("the near misses a review of the mends found", () => {
  it("a named unit's losses reach 'losses of about 2,500' and the wounded after its dead", () => {
    const claims = claimsIn(
      [
        "The 11th Corps has suffered heavy losses, about 2,500 men, Vera Lind said.",
        "The 12th Corps has lost 900 killed and 1,600 wounded, Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.scope ?? null)).toEqual([
      "only the 11th Corps's own losses",
      "only the 12th Corps's own losses",
      "only the 12th Corps's own losses",
    ]);
  });

  it("only part of the pay received may be 'a fraction of their pay', 'far less than that' or 'much less in practice'", () => {
    const claims = claimsIn(
      [
        "Soldiers are told they earn $2,000 a month but receive only a fraction of their pay, Vera Lind said.",
        "Soldiers are told they earn $2,100 a month but receive far less than that, Lind said.",
        "Soldiers are told they earn $2,200 a month but receive much less in practice, Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.kind)).toEqual(["pay-per-soldier", "pay-per-soldier", "pay-per-soldier"]);
  });

  it("a speaker's past after 'An officer of the reserve who served …' scopes nothing he says", () => {
    const claims = claimsIn(
      "An officer of the reserve who served in a construction brigade said about 3,000 soldiers are fighting in Kursk.\n",
    );
    expect(claims.map((c) => c.scope ?? null)).toEqual(["those in Kursk"]);
  });

  it("what would follow an inverted condition past an aside, or after 'would mean that', is supposed", () => {
    const { claims } = extractionOf(
      [
        "Had Pyongyang sent 20,000 troops, about 5,000 of them, by Seoul's count, would have died, Vera Lind said.",
        "Had Pyongyang sent 30,000 troops, it would mean that about 6,000 more soldiers die, Lind said.",
      ].join("\n"),
    );
    expect(claims).toEqual([]);
  });

  it("a sentence opening 'Reports from the front say …' reports what others rejected, and disputes nothing", () => {
    const claims = claimsIn(
      "Reports from the front say 500 North Korean recruits were rejected by Russian Army doctors.\n",
    );
    expect(claims.map((c) => c.disputedBy?.name ?? null)).toEqual([null]);
  });
});

describe("the near misses a review of the last mend found", () => {
  it("a unit's loss scope after 'N men and' needs a loss of its own; another army's dead are not the unit's", () => {
    const claims = claimsIn(
      "The 94th Brigade lost 900 men and about 300 Ukrainian soldiers were killed in the same assault, Vera Lind said.\n",
    );
    expect(claims.map((c) => [c.figure, c.scope ?? null])).toEqual([
      ["900", "only the 94th Brigade's own losses"],
      ["about 300", null],
    ]);
  });

  it("'far less than the Russians', 'a share of the bonus money too' and 'less in fact than …' say nothing of the pay received", () => {
    const claims = claimsIn(
      [
        "The soldiers are told they earn $200 a month but get far less than the Russians, Vera Lind said.",
        "The soldiers are told they earn $210 a month but receive a share of the bonus money too, Lind said.",
        "The soldiers are told they earn $220 a month but get less in fact than Russian privates do, Lind said.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.kind)).toEqual(["soldier-take-home", "soldier-take-home", "soldier-take-home"]);
  });

  it("a past scopes nothing only when it is the speaker's: the subject of a verb of saying, before or after it", () => {
    const claims = claimsIn(
      [
        "A tenth of the men who worked on construction sites in Russia, about 300 soldiers, were sent home sick, Vera Lind said.",
        "Soldiers at the front earn $100 a month, says a defector who worked in a logging camp.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.scope ?? null])).toEqual([
      ["A tenth", "soldiers sent for labour"],
      ["about 300", "soldiers sent for labour"],
      ["$100 a month", null],
    ]);
  });

  it("a clause of fact after an inverted condition stays a fact past an aside, and 'no one would suggest that' supposes nothing", () => {
    const claims = claimsIn(
      [
        "Had the bureau not briefed lawmakers, few would have known that about 11,000 soldiers are in Kursk, by Seoul's count, and more could follow.",
        "Had Seoul not leaked the report, no one would suggest today that some 12,000 soldiers are in Kursk.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.figure)).toEqual(["about 11,000", "some 12,000"]);
  });

  it("claims 'said to come from' a source, or named again before their rejection, are disputed by who rejected them", () => {
    const claims = claimsIn(
      [
        "Claims of 300 deaths said to come from Ukrainian intelligence were rejected by the Kremlin.",
        "Reports by the Kestrel Institute said 1,200 North Korean soldiers were killed, claims that were dismissed by the Kremlin.",
      ].join("\n"),
    );
    expect(claims.map((c) => c.disputedBy?.name ?? null)).toEqual(["Kremlin", "Kremlin"]);
  });
});

describe("a series of figures, each with its own noun", () => {
  const kinds = (body: string): [string, string][] => claimsIn(body).map((c) => [c.figure, c.kind]);

  it("leaves the next figure's loss noun to that figure: 'Twelve thousand men, a few hundred dead' counts men, not the dead", () => {
    expect(
      kinds(
        [
          "Eleven thousand men, a few hundred dead, and a regime that keeps most of their wages.",
          "Some 11,130 troops, about 610 dead and 2,030 wounded, remain in Kursk.",
          "About 12,140 soldiers, 3,010 killed.",
          "Kyiv says it has killed 4,020 men, 620 wounded.",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Eleven thousand", "troops-deployed"],
      ["a few hundred", "casualties-killed"],
      ["Some 11,130", "troops-deployed"],
      ["about 610", "casualties-killed"],
      ["2,030", "casualties-wounded"],
      ["About 12,140", "troops-deployed"],
      ["3,010", "casualties-killed"],
      ["4,020", "casualties-killed"],
      ["620", "casualties-wounded"],
    ]);
  });
});

describe("an inverted condition after what would follow", () => {
  it("supposes the figures of the condition and of the clause its modal heads ('… would pay $2 billion a year were Pyongyang to send 100,000 troops')", () => {
    const { claims, skipped } = extractionOf(
      [
        "Russia would pay about $2.1 billion a year were Pyongyang to send 100,010 troops, Vera Lind said.",
        "The toll could double to 8,020 should the deployment be doubled, Lind said.",
        "About 3,030 more would have died had the unit not withdrawn, Lind said.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    expect(claims).toEqual([]);
    expect(skipped.filter((k) => /supposed/.test(k.reason)).map((k) => k.text)).toEqual([
      "about $2.1 billion a year",
      "100,010",
      "8,020",
      "About 3,030",
    ]);
  });

  it("keeps a figure of fact beside it: a participle is no subject, and 'had the money' no condition", () => {
    const claims = claimsIn(
      [
        "Some 3,040 troops were expected to arrive in May, and Russia would pay them $2,050 a month, Vera Lind said.",
        "Russia would pay $2,060 a month, as it had the money to keep 11,070 troops, Lind said.",
        "The NIS says 11,080 troops are in Russia and they would stay were Pyongyang to send more.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    expect(claims.map((c) => c.figure)).toEqual(["Some 3,040", "$2,050 a month", "$2,060 a month", "11,070", "11,080"]);
  });
});

describe("another country's own soldiers", () => {
  it("'300 of its soldiers' after a body of Ukraine or Russia are its losses, whatever North Korean units the sentence names after", () => {
    const claims = claimsIn(
      [
        "Ukraine's General Staff said 300 of its soldiers were killed in clashes alongside North Korean units.",
        "Russia's defence ministry said about 80 of its soldiers died alongside North Korean troops.",
        "Kyiv says 310 of its soldiers and 1,210 North Korean troops were killed.",
        "Pyongyang says 330 of its soldiers were killed.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["300", "context"],
      ["about 80", "context"],
      ["310", "context"],
      ["1,210", "casualties-killed"],
      ["330", "casualties-killed"],
    ]);
  });
});

describe("who a sum is paid to", () => {
  it("what a family receives is no soldier's pay, unless it is a part of his pay sent home", () => {
    const claims = claimsIn(
      [
        "A soldier's family in Velna received 500,010 won, Vera Lind said.",
        "The family of one soldier received 510,020 won, Lind said.",
        "A soldier received 520,030 won a month, Lind said.",
        "Russia pays $2,040 a month per soldier, and each soldier's family gets $310 of it, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["500,010 won", "context"],
      ["510,020 won", "context"],
      ["520,030 won a month", "soldier-take-home"],
      ["$2,040 a month per soldier", "pay-per-soldier"],
      ["$310", "soldier-take-home"],
    ]);
  });

  it("a soldier's own share or cut is what reaches him; the regime's share is not", () => {
    const claims = claimsIn(
      [
        "A private's own share, Vera Lind said, is closer to $210 a month.",
        "The soldiers' own cut is about $230 a month, Lind said.",
        "The regime's share is $1,810, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["closer to $210 a month", "soldier-take-home"],
      ["about $230 a month", "soldier-take-home"],
      ["$1,810", "context"],
    ]);
  });
});

describe("a change written 'from … to …' with a hedge on one end", () => {
  it("gives each end its own hedge: 'raised its estimate from 11,000 to about 13,000'", () => {
    const claims = claimsIn(
      "The NIS raised its estimate of North Korean troops from 11,080 to about 13,090, a lawmaker said.\n",
    );
    expect(claims.map((c) => [c.figure, c.value.approx])).toEqual([
      ["11,080", false],
      ["about 13,090", true],
    ]);
  });
});

describe("a count of one unit's men", () => {
  it("'600 men from the regiment', '640 soldiers of the 94th Brigade' are that unit's part; 'most of them from the Storm Corps' is the whole", () => {
    const claims = claimsIn(
      [
        "About 610 men from the regiment went to Russia in two groups, Vera Lind said.",
        "Some 640 soldiers of the 94th Brigade were sent to Kursk, Lind said.",
        "A friend wrote to Lind that 40 men of his battalion were killed in a single week in January.",
        "About 11,020 troops, most of them from the Storm Corps, went to Russia, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.scope ?? null])).toEqual([
      ["About 610", "only those from the regiment"],
      ["Some 640", "only those from the 94th Brigade"],
      ["40", "only those from his battalion, in a single week"],
      ["About 11,020", null],
    ]);
  });
});

describe("the near misses a review of the series, inverted-condition and family rules found", () => {
  it("no inversion after a relative or a pronoun, with a rank or a possessive; the condition's reach ends at its comma", () => {
    const claims = claimsIn(
      [
        "Russia pays Pyongyang about $2.1 billion a year under the deal, a figure that had Seoul worried, Vera Lind said.",
        "Pyongyang could send another 20,010 troops because it had the most men to spare, Lind said.",
        "About 3,020 more troops could arrive in May, and these were the last to be trained, Lind said.",
        "Russia pays $2,030 a month per soldier, and those payments were Pyongyang's to keep, Lind said.",
        "A regime that already has 12,040 soldiers in Russia would send more were Moscow to ask, Lind said.",
        "Russia would pay more were it to get 100,050 troops, an official said, adding that 650 North Koreans had been killed so far.",
        "Twelve thousand men, a few hundred killed, a few thousand wounded.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about $2.1 billion a year", "pay-total"],
      ["20,010", "troops-projected"],
      ["About 3,020", "troops-projected"],
      ["$2,030 a month per soldier", "pay-per-soldier"],
      ["12,040", "troops-deployed"],
      ["650", "casualties-killed"],
      ["Twelve thousand", "troops-deployed"],
      ["a few hundred", "casualties-killed"],
      ["a few thousand", "casualties-wounded"],
    ]);
  });

  it("a family's sum stays the soldier's pay when it is a part of his pay; a household's wage is no family payment", () => {
    const claims = claimsIn(
      [
        "Russia pays $2,060 a month per soldier, of which a soldier's family gets about $110, Vera Lind said.",
        "Their families get $120 a month from the soldiers' wages, Lind said.",
        "Soldiers or their families receive about $130 a month, Lind said.",
        "Households receive about 5,070 won a month in state wages, Lind said.",
        "A soldier's share is about $2,080 a month, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind]).filter(([, k]) => k === "context")).toEqual([]);
  });
});

describe("what the soldiers are allowed to keep", () => {
  it("is their own share, whatever verb of leave stands before 'keep'; what the regime may keep is its share", () => {
    const claims = claimsIn(
      [
        "The soldiers are allowed to keep only 10 pc of their pay, Vera Lind said.",
        "Soldiers get to keep just 11% of what Russia pays, Lind said.",
        "The regime allows the soldiers to keep only 13 per cent, Lind said.",
        "The regime is allowed to keep 90 per cent under the deal, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["10 pc", "context"],
      ["11%", "context"],
      ["13 per cent", "context"],
      ["90 per cent", "regime-share"],
    ]);
  });
});

describe("a part of each small whole", () => {
  it("'two of every three dollars' is a share, and the whole it is taken from is no sum", () => {
    const { claims, skipped } = extractionOf(
      [
        "Pyongyang pockets roughly two of every three dollars, Vera Lind estimated.",
        "The state keeps $50 of every $100 the soldiers are paid, Lind said.",
        "Moscow paid two instalments of three million dollars, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.min])).toEqual([
      ["roughly two", "regime-share", 66.67],
      ["$50", "regime-share", 50],
      ["three million dollars", "pay-total", 3000000],
    ]);
    expect(skipped.filter((k) => /ratio/.test(k.reason)).map((k) => k.text)).toEqual(["three dollars", "$100"]);
  });
});

describe("a sum no soldier is paid", () => {
  it("one that comes to $200,000 a month or more is a total, whatever its period", () => {
    const claims = claimsIn(
      [
        "Russia pays Pyongyang about $500,010 a day for the whole contingent, Vera Lind said.",
        "Russia pays about $66 a day per soldier, Lind said.",
        "Each soldier gets $24,020 a year, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about $500,010 a day", "pay-total"],
      ["about $66 a day per soldier", "pay-per-soldier"],
      ["$24,020 a year", "pay-per-soldier"],
    ]);
  });
});

describe("a guess at presence with a time to come or a condition first", () => {
  it("'By the end of the year, as many as 25,000 … could be in Russia' is a projection; 'As many as 15,000 … may be in Russia' a count of now", () => {
    const claims = claimsIn(
      [
        "By the end of the year, as many as 25,010 North Korean troops could be in Russia, Vera Lind said.",
        "If the fighting continues, as many as 25,020 North Korean troops could be in Russia, Lind said.",
        "As many as 15,030 North Korean troops may be in Russia, Lind said.",
        "By December, about 11,040 North Korean troops had arrived, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["as many as 25,010", "troops-projected"],
      ["as many as 25,020", "troops-projected"],
      ["As many as 15,030", "troops-deployed"],
      ["about 11,040", "troops-deployed"],
    ]);
  });
});

describe("the near misses a review of the unit scope and the sum bound found", () => {
  it("a unit's scope is the figure's own, not a possessive's or a named whole's, and keeps the clause's other scope; a sum said to be each soldier's stays his", () => {
    const claims = claimsIn(
      [
        "The 48 men of his company were among roughly 1,060 North Koreans killed that month, Vera Lind said.",
        "About 11,030 soldiers of the unit, known as the Storm Corps, have been sent to Russia, Lind said.",
        "Some 210 men of the platoon's parent battalion died, Lind said.",
        "About 1,090 soldiers of the brigade were killed or wounded in January alone, Lind said.",
        "A leaflet promised each soldier $10,010 a day, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.scope ?? null, c.kind])).toEqual([
      ["48", "only those from his company", "casualties-killed"],
      ["roughly 1,060", null, "casualties-killed"],
      ["About 11,030", null, "troops-deployed"],
      ["Some 210", null, "casualties-killed"],
      ["About 1,090", "only those from the brigade, in January", "casualties-total"],
      ["$10,010 a day", null, "pay-per-soldier"],
    ]);
  });
});

describe("the near misses a review of the scope, projection and 'who were sent' mends found", () => {
  it("a fronted whole gives its unit to the figures after it; a condition about the source is no time to come; what 'was shipped' is no troops", () => {
    const claims = claimsIn(
      [
        "Of 610 men from the regiment, 120 were killed and 300 wounded, Vera Lind said.",
        "About 630 men from the regiment, called up last spring, went to Russia, Lind said.",
        "If the NIS is right, as many as 12,040 North Korean troops may be in Russia, Lind said.",
        "Russia has received at least 15,050 rockets that were shipped in October, Lind said.",
        "",
      ].join("\n"),
      "2025-04-14",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope ?? null])).toEqual([
      ["610", "troops-deployed", "only those from the regiment"],
      ["120", "casualties-killed", "only those from the regiment"],
      ["300", "casualties-wounded", "only those from the regiment"],
      ["About 630", "troops-deployed", "only those from the regiment"],
      ["as many as 12,040", "troops-deployed", null],
    ]);
  });
});

describe("the near misses a review of the scope, projection and change mends found", () => {
  it("a named whole keeps no unit scope, a fronted whole's unit stops at 'while', a war that drags on or ends makes a projection, 'went from' is a change, and people 'who were shipped' count", () => {
    const { claims } = extractionOf(
      [
        "About 11,010 men from the unit, called the Storm Corps, went to Russia, Vera Lind said.",
        "Of 600 men from the regiment, 120 were killed, while about 1,130 have died across the whole force, Lind said.",
        "If the war drags into next year, as many as 25,040 North Korean troops could be in Russia, Lind said.",
        "Unless the war ends soon, as many as 25,050 North Korean troops could be in Russia, Lind said.",
        "The count of North Korean dead went from 360 to 1,170 in two months, Lind said.",
        "Lind said some 12,080 who were shipped to Vladivostok had reached the front.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope ?? null, c.earlier ?? false])).toEqual([
      ["About 11,010", "troops-deployed", null, false],
      ["600", "troops-deployed", "only those from the regiment", false],
      ["120", "casualties-killed", "only those from the regiment", false],
      ["about 1,130", "casualties-killed", null, false],
      ["as many as 25,040", "troops-projected", null, false],
      ["as many as 25,050", "troops-projected", null, false],
      ["360", "casualties-killed", null, true],
      ["1,170", "casualties-killed", null, false],
      ["some 12,080", "troops-deployed", null, false],
    ]);
  });
});

describe("the near misses a review of the last live-blog, agent, scope and head-count mends found", () => {
  it("an agency after 'killed by' counts, a weapon or a unit does not; a named brigade keeps its scope; people flown home are no deployment; a condition about a count is no projection; a contrast within a unit keeps it", () => {
    const { claims, skipped } = extractionOf(
      [
        "North Korean losses were put at 710 wounded by South Korea's spy agency.",
        "Losses were estimated at 3,010 killed by Western analysts.",
        "The figure was put at 1,110 killed by the NIS in a closed briefing, Vera Lind told reporters.",
        "North Korean losses were put at 410 killed by HIMARS in a single week.",
        "The count was put at 1,510 killed by Ukraine's 47th Brigade in Kursk.",
        "About 510 troops from the brigade, called the Wolf Brigade, were killed in Kursk.",
        "About 11,020 men from the unit, dubbed the Storm Corps, went to Russia, Vera Lind said.",
        "Hospital records list some 2,010 who were flown home to Pyongyang last month, a defector said.",
        "Some 310 who were sent home in coffins were buried in secret, the defector said.",
        "If the rumours that keep going around Seoul are true, as many as 15,010 North Korean soldiers may be in Russia.",
        "Unless the NIS count ends up being revised, as many as 15,020 North Korean soldiers may be in Russia.",
        "If the war keeps going, as many as 25,060 North Korean troops could be in Russia, Lind said.",
        "Of 610 men from the regiment, 130 were killed but 320 were wounded.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.scope ?? null])).toEqual([
      ["710", "casualties-wounded", "South Korea's spy agency", null],
      ["3,010", "casualties-killed", "Western analysts", null],
      ["1,110", "casualties-killed", "NIS", null],
      ["410", "casualties-killed", null, "only in a single week"],
      ["1,510", "casualties-killed", null, null],
      ["About 510", "casualties-killed", null, "only those from the brigade"],
      ["About 11,020", "troops-deployed", "Vera Lind", null],
      ["Some 310", "casualties-killed", "a defector", null],
      ["as many as 15,010", "troops-deployed", null, null],
      ["as many as 15,020", "troops-deployed", null, null],
      ["as many as 25,060", "troops-projected", "Vera Lind", null],
      ["610", "troops-deployed", null, "only those from the regiment"],
      ["130", "casualties-killed", null, "only those from the regiment"],
      ["320", "casualties-wounded", null, "only those from the regiment"],
    ]);
    expect(skipped.map((x) => x.text)).toContain("some 2,010");
  });
});

describe("a part of a named group's count, and a doubt denied", () => {
  it("'about 4,000 of the first contingent of 11,000 had been killed or wounded' is a toll of a deployment; 'no reason to doubt' disputes nothing; 'its own estimate of the second wave was closer to 1,500' is an increase", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency estimated that about 4,010 of the first contingent of 11,010 had been killed or wounded since December.",
        "About 2,010 of a wave of 3,010 troops were killed, Vera Lind said.",
        'Lt. Col. Piet Varga, a spokesman for the Tidewater Command, said Washington had "no reason to doubt" those numbers but that its own estimate of the second wave was closer to 1,510.',
        "Vera Lind said she did not dispute the agency's count of 11,020 troops.",
        "",
      ].join("\n"),
    );
    expect(
      claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null, c.scope ?? null]),
    ).toEqual([
      ["about 4,010", "casualties-total", "Cardew Agency", null, null],
      ["11,010", "troops-deployed", "Cardew Agency", null, null],
      ["About 2,010", "casualties-killed", "Vera Lind", null, null],
      ["3,010", "troops-deployed", "Vera Lind", null, null],
      ["closer to 1,510", "troops-deployed", "Piet Varga", null, "additional troops (an increase)"],
      ["11,020", "troops-deployed", "Cardew Agency", null, null],
    ]);
  });
});

describe("a sum set beside the share the soldiers see", () => {
  it("'would actually see about 10 per cent of that, around $210, paid in roubles' is what they take home", () => {
    const claims = claimsIn(
      [
        "Vera Lind said she believed the soldiers would actually see about 10 per cent of that, around $210, paid in roubles when they return home.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind])).toEqual([
      ["about 10 per cent", "context"],
      ["around $210", "soldier-take-home"],
    ]);
  });
});

describe("the dead of one named month", () => {
  it("'in March, when about 810 were killed' counts one month; 'were killed in February' is dated by its month, and 'had been killed by March' and 'said in March' count no month", () => {
    const claims = claimsIn(
      [
        "Vera Lind said the troops had suffered most in March, when about 810 were killed in assaults.",
        "About 820 North Korean soldiers were killed in February, Lind said.",
        "About 1,830 North Korean soldiers had been killed by March, Lind said.",
        "About 1,840 North Korean soldiers were killed, the Cardew Agency said in March.",
        "",
      ].join("\n"),
      "2025-05-01",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope ?? null])).toEqual([
      ["about 810", "casualties-killed", "only in March"],
      ["About 820", "casualties-killed", null],
      ["About 1,830", "casualties-killed", null],
      ["About 1,840", "casualties-killed", null],
    ]);
  });
});

describe("a numbered list of figures, each with a dash and what it is", () => {
  it("reads what follows the dash as the figure's own words, skips a sum without its currency, and takes 'S. Korea's NIS' for the NIS", () => {
    const { claims, skipped } = extractionOf(
      [
        "Five numbers to watch",
        "1. 2k — the monthly pay in US dollars that the Cardew Agency says Moscow hands over for each soldier.",
        "2. 12k — the number of N. Korean troops S. Korea's NIS says were sent in the first wave.",
        "3. A few thousand — how many more could follow by spring, per Vera Lind.",
        "4. Dozens — North Korean soldiers killed in a single assault near Sudzha, according to the Gull Brigade.",
        "",
      ].join("\n"),
      "2025-01-15",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.scope ?? null])).toEqual([
      ["12k", "troops-deployed", "S. Korea's NIS", null],
      ["A few thousand", "troops-projected", "Vera Lind", null],
      ["Dozens", "casualties-killed", "Gull Brigade", "only in a single assault"],
    ]);
    expect(skipped.find((x) => x.text === "2k")?.reason).toBe("a sum a list item gives without its currency");
  });

  it("takes 'S. Korea's NIS' for the NIS of the alias file, as 'South Korea's NIS' is", () => {
    const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Test Gazette" });
    const body = "About 12,030 troops were sent, S. Korea's NIS says.\n";
    const { claims } = extractCorpus(
      [{ slug: "roles", file: "roles.md", meta, body, bodyLine: 1 }],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => c.attributedTo?.id)).toEqual(["south-korea-nis"]);
  });
});

describe("those who remain in one place", () => {
  it("'roughly 11,010 remained in the Kursk region' counts those still there, 'remain in Russia' the whole force", () => {
    const claims = claimsIn(
      [
        "On March 3, the Cardew Agency said roughly 11,010 North Korean soldiers remained in the Kursk region.",
        "About 9,010 North Korean soldiers are still in Kursk, Vera Lind said.",
        "About 11,020 North Korean troops remain in Russia, Lind said.",
        "",
      ].join("\n"),
      "2025-03-10",
    );
    expect(claims.map((c) => [c.figure, c.kind, c.scope ?? null])).toEqual([
      ["roughly 11,010", "troops-deployed", "those in the Kursk region"],
      ["About 9,010", "troops-deployed", "those in Kursk"],
      ["About 11,020", "troops-deployed", null],
    ]);
  });
});

describe("a defector's own past in the third person, and a decade", () => {
  it("'As a sergeant, she said, she was paid …' is her own past; 'in the 2010s' dates nothing; what soldiers are paid now keeps the article's date", () => {
    const claims = claimsIn(
      [
        "As a sergeant, she said, she was paid 2,510 won a month, enough for a kilogram of corn.",
        "Ri Chol-su said officers of his rank had received about 6,010 won a month in the 2010s.",
        "As a sergeant, Vera Lind said, a soldier is paid 3,010 won a month today.",
        "",
      ].join("\n"),
      "2025-01-29",
    );
    expect(claims.map((c) => [c.figure, c.asOf, c.during ?? null, c.asOfNote ?? null])).toEqual([
      ["2,510 won a month", null, "As a sergeant", null],
      ["about 6,010 won a month", null, null, "“in the 2010s”: a decade, which the site does not date"],
      ["3,010 won a month", "2025-01-29", null, null],
    ]);
  });
});

describe("what a share leaves the soldiers and the regime", () => {
  it("'the soldiers themselves probably receive no more than …, with the rest retained by Pyongyang' is take-home; what 'leaves the regime with' is context", () => {
    const claims = claimsIn(
      [
        "Vera Lind, an economist at the Tidewater Wage Observatory, said the soldiers themselves probably receive no more than 20,010 roubles a month, with the rest retained by Pyongyang.",
        "By her calculation that leaves the regime with about 175,010 roubles per soldier per month, or about $1.91 million a month for every 1,000 soldiers.",
        "",
      ].join("\n"),
    );
    expect(claims.filter((c) => c.value.unit !== "people").map((c) => [c.figure, c.kind])).toEqual([
      ["no more than 20,010 roubles a month", "soldier-take-home"],
      ["about 175,010 roubles per soldier per month", "context"],
      ["about $1.91 million a month", "context"],
    ]);
  });
});

describe("a force's size in a relative clause, and a figure someone 'has spoken of'", () => {
  it("'the soldiers, who number about 11,010,' is a head count; 'while Kyiv's envoy has spoken of 12,010' is the envoy's", () => {
    const claims = claimsIn(
      [
        "The Cardew Agency told lawmakers that the soldiers, who number about 11,010, had been deployed to the front in December.",
        "The agency said about 11,020 North Korean soldiers were in Russia, while Vera Lind has spoken of 12,010.",
        "Sanctions, which number more than 19,010, have hurt Russia.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null])).toEqual([
      ["about 11,010", "troops-deployed", "Cardew Agency"],
      ["about 11,020", "troops-deployed", "Cardew Agency"],
      ["12,010", "troops-deployed", "Vera Lind"],
    ]);
  });
});

describe("the near misses a review of the projection, agent, fact-check, list and dateline rules found", () => {
  it("keeps forecasts, floors, scopes, dates and credits the new rules had taken away", () => {
    const { claims, skipped } = extractionOf(
      [
        "If Russia's war in Ukraine drags on, as many as 30,010 North Korean troops may be in Russia, Vera Lind said.",
        "Unless Moscow ends the war, as many as 30,020 North Korean troops may be in Russia, Lind said.",
        "North Korean losses were put at 910 killed by Ukrainian government forces.",
        "North Korean losses were put at 410 killed by NATO-supplied rockets.",
        "North Korea has not sent more troops since it deployed more than 11,030 last autumn, Lind said.",
        "Of 610 men from the regiment, 130 were killed, while the Cardew Agency puts total North Korean deaths at about 1,130.",
        "About 1,510 who were sent out to Kursk in the first wave are still there, Lind said.",
        "5. 520 — the soldiers whose pay was cut after they were wounded, per Lind.",
        "Piet Varga: No, 1,140 soldiers have not died in vain.",
        "Lind said she did not just question the figure of 50,030 dead; she said it was invented.",
        "By January, about 1,150 North Korean soldiers had been killed, though the real figure may be higher, Lind said.",
        "In 2024 initial estimates put the North Korean force at about 10,030 troops.",
        "Lind said the death toll in the second wave was closer to 1,530.",
        "The troops receive 10 per cent of their salary, $2,030 a month, Lind said.",
        "Losses peaked in January, when an estimated 1,160 North Korean soldiers were killed, Lind said.",
        "Pyongyang began sending troops in October, when about 3,030 arrived, Lind said.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    const got = (figure: string) => claims.find((c) => c.figure === figure);
    expect(got("as many as 30,010")?.kind).toBe("troops-projected");
    expect(got("as many as 30,020")?.kind).toBe("troops-projected");
    expect(got("910")?.attributedTo).toBeNull();
    expect(got("410")?.attributedTo).toBeNull();
    expect([got("more than 11,030")?.kind, got("more than 11,030")?.value.min]).toEqual(["troops-deployed", 11030]);
    expect(got("about 1,130")?.scope ?? null).toBeNull();
    expect(got("About 1,510")?.kind).toBe("troops-deployed");
    expect(got("520")?.kind).toBe("casualties-wounded");
    expect(skipped.some((x) => x.text === "520")).toBe(false);
    expect(got("1,140")?.stance).toBe("asserts");
    expect(got("50,030")?.disputedBy?.name).toBe("Vera Lind");
    expect([got("about 1,150")?.asOf, got("about 1,150")?.asOfSource]).toEqual(["2025-01-01", "sentence"]);
    expect(got("about 10,030")?.asOf).toBe("2024-01-01");
    expect(got("closer to 1,530")?.scope ?? null).toBeNull();
    expect(got("$2,030 a month")?.kind).toBe("pay-per-soldier");
    expect(got("an estimated 1,160")?.scope).toBe("only in January");
    expect(got("about 3,030")?.scope ?? null).toBeNull();
  });

  it("'The Kremlin-backed broadcaster' is no publication called 'Kremlin-backed', and 'A viral post claims …, though the agency puts …' rates only the post", () => {
    const { claims } = extractionOf(
      [
        "The Kremlin-backed broadcaster said about 50,040 North Korean troops were in Kursk.",
        "A viral post claims 50,050 North Korean soldiers have died, though the Cardew Agency puts the toll at about 650.",
        "Our rating: False.",
        "",
      ].join("\n"),
    );
    const got = (figure: string) => claims.find((c) => c.figure === figure);
    expect(got("about 50,040")?.attributedTo?.name).toBe("Kremlin-backed broadcaster");
    expect(got("50,050")?.disputedBy?.name).toBe("Test Gazette");
    expect(got("about 650")?.disputedBy ?? null).toBeNull();
  });
});

describe("the near misses a review of the place, past-pay, list, regime and acronym rules found", () => {
  it("keeps ceilings, fact-check denials, dates, pay kinds and credits the new rules had taken away", () => {
    const { claims, skipped } = extractionOf(
      [
        "North Korea has never sent a force of more than 15,010 troops, Vera Lind said.",
        "Our verdict: No, 50,060 North Korean soldiers have not been killed in Kursk.",
        "As a private, a North Korean conscript was paid about 2,010 won a month, the Cardew Agency said.",
        "As a sergeant, she said, she was paid 2,510 won a month, while privates sent to Russia are promised $2,010 a month.",
        "Russia pays about $2,020 per soldier a month, the agency estimates, which leaves the regime with most of the money, while the soldiers themselves receive about $210 a month.",
        "North Korean losses were put at 910 killed by the Marlow Agency yesterday.",
        "The soldiers' rifles, which number about 20,010, were sent by rail.",
        "In February, when about 310 North Korean soldiers lost their lives, Lind said the offensive stalled.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    const got = (figure: string) => claims.find((c) => c.figure === figure);
    expect(got("more than 15,010")?.value.max).toBe(15010);
    expect(got("50,060")?.stance).toBe("disputes");
    expect([got("about 2,010 won a month")?.asOf, got("about 2,010 won a month")?.during ?? null]).toEqual([
      "2025-03-01",
      null,
    ]);
    expect(got("2,510 won a month")?.during).toBe("As a sergeant");
    expect([got("$2,010 a month")?.asOf, got("$2,010 a month")?.during ?? null]).toEqual(["2025-03-01", null]);
    expect(got("about $2,020 per soldier a month")?.kind).toBe("pay-per-soldier");
    expect(got("about $210 a month")?.kind).toBe("soldier-take-home");
    expect(got("910")?.attributedTo?.name).toBe("Marlow Agency");
    expect(got("about 20,010")).toBeUndefined();
    expect(skipped.some((x) => x.text === "about 20,010")).toBe(true);
    expect(got("about 310")?.scope).toBe("only in February");
  });

  it("ties an acronym to a body by its initials in its own article only", () => {
    const meta = (title: string) => ArticleMetaSchema.parse({ title, publisher: "Test Gazette" });
    const { claims } = extractCorpus([
      {
        slug: "a-forum",
        file: "a-forum.md",
        meta: meta("A"),
        body: "The Harbour Defence Forum said about 1,010 soldiers had been killed. The HDF said 3,010 were wounded.\n",
        bodyLine: 1,
      },
      {
        slug: "b-charity",
        file: "b-charity.md",
        meta: meta("B"),
        body: "The HDF, a Busan charity, said about 1,020 soldiers had been killed.\n",
        bodyLine: 1,
      },
    ]);
    expect(claims.map((c) => [c.figure, c.attributedTo?.name ?? null])).toEqual([
      ["about 1,010", "Harbour Defence Forum"],
      ["3,010", "Harbour Defence Forum"],
      ["about 1,020", "HDF"],
    ]);
  });
});

describe("the near misses a review of the last mends found", () => {
  it("keeps a person introduced inside a sentence after an opening adverb, a floor across 'but', a past pay 'the equivalent of', and a force's size after a place", () => {
    const claims = claimsIn(
      [
        "Meanwhile, Russia, the country that hosts them, was visited last week by Tomas Greer, a spokesman for the Varn Defence Ministry. He said about 610 North Korean soldiers had been killed in Kursk.",
        "China has not sent troops but Pyongyang sent more than 12,010 soldiers to Kursk.",
        "As a sergeant, he was paid the equivalent of $2 a month, he said.",
        "North Korean troops in Kursk, who number about 11,010, have taken heavy losses.",
        "",
      ].join("\n"),
      "2025-03-01",
    );
    const got = (figure: string) => claims.find((c) => c.figure === figure);
    expect(got("about 610")?.attributedTo?.name).toBe("Tomas Greer");
    expect([got("more than 12,010")?.value.min, got("more than 12,010")?.value.max]).toEqual([12010, null]);
    expect(got("$2 a month")?.during).toBe("As a sergeant");
    expect(got("about 11,010")?.kind).toBe("troops-deployed");
  });

  it("a ceiling of what was sent ('has never sent a force of more than 15,020') is a count of now, one of what will be sent a projection", () => {
    const claims = claimsIn(
      [
        "North Korea has never sent a force of more than 15,020 troops, Vera Lind said.",
        "North Korea has not sent troops numbering more than 12,020, Lind said.",
        "North Korea will not send more than 10,020 troops, Lind said.",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.figure, c.kind, c.value.max])).toEqual([
      ["more than 15,020", "troops-deployed", 15020],
      ["more than 12,020", "troops-deployed", 12020],
      ["more than 10,020", "troops-projected", 10020],
    ]);
  });
});

describe("near misses of an audit of invented articles", () => {
  it("'stands at 11,000, after losses of about 4,000 killed and wounded': a force and its total losses", () => {
    const c = claimsOf(
      "According to the Tarrow Bureau, the North Korean deployment in Russia now stands at about 11,000, after losses of about 4,000 killed and wounded.\n",
    );
    expect(c.get("about 11,000")?.kind).toBe("troops-deployed");
    // (A part is smaller than its whole: the 4,000 is no part "of" the 11,000 before it.)
    expect(c.get("about 4,000")?.kind).toBe("casualties-total");
    expect(claimsOf("About 300 of the 11,000 soldiers were killed.\n").get("About 300")?.kind).toBe(
      "casualties-killed",
    );
  });
  it("'the total could rise to 20,000' after a count of the wounded is losses foreseen: context", () => {
    const c = claimsOf(
      "At least 1,000 had been wounded.\nA US official said the total could rise to 20,000 by the spring.\n",
    );
    expect(c.get("At least 1,000")?.kind).toBe("casualties-wounded");
    expect(c.get("20,000")?.kind).toBe("context");
    // After a count of troops it is a projection of the force, as before.
    const troops = claimsOf(
      "North Korea has sent 11,000 soldiers.\nA US official said the total could rise to 20,000.\n",
    );
    expect(troops.get("20,000")?.kind).toBe("troops-projected");
  });
  it("'receive only a small part of the roughly $2,000 a month that Russia pays' is the pay, not the take-home", () => {
    const c = claimsOf(
      [
        "The soldiers are believed to receive only a small part of the roughly $2,000 a month that Russia pays for each of them.",
        "Each soldier is left with a fraction of the $1,900 a month, one defector said.",
        "The soldiers receive only $200 a month.",
        "",
      ].join("\n"),
    );
    expect(c.get("roughly $2,000 a month")?.kind).toBe("pay-per-soldier");
    expect(c.get("$1,900 a month")?.kind).toBe("pay-per-soldier");
    expect(c.get("$200 a month")?.kind).toBe("soldier-take-home");
  });
});

describe("more near misses of an audit of invented articles", () => {
  it("'his unit of about 400 men was sent to Russia' is one unit's strength, not the force", () => {
    const c = claimsOf("Ri Chol said his unit of about 400 men was sent to Russia in November.\n");
    expect(c.get("about 400")?.kind).toBe("context");
    expect(claimsOf("North Korea sent a force of 11,000 troops.\n").get("11,000")?.kind).toBe("troops-deployed");
  });
  it("'the true toll is nearer 5,000' counts losses; 'the toll could be above 2,000' foresees them and is skipped", () => {
    expect(claimsOf("In my view, the true toll is nearer 5,000, Vance wrote.\n").get("nearer 5,000")?.kind).toBe(
      "casualties-total",
    );
    expect(claimsOf("By March, the toll could be above 2,000, the Tessaly Institute said.\n").size).toBe(0);
  });
  it("'Officials in Seoul say …' keeps the place that says whose officials they are", () => {
    expect(
      claimsOf(
        "Officials in Seoul say roughly 3,000 North Korean soldiers have been killed or wounded in Russia.\n",
      ).get("roughly 3,000")?.by,
    ).toBe("Seoul officials");
  });
});
