/**
 * The words a claim page puts after a figure (who gives it, and when it holds) are generated from the
 * claim record; these tests run them on invented articles through the real extraction and comparison.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { ClaimView } from "../../src/lib/compare/types.ts";
import { describe as describeClaim } from "../../src/lib/compare/relations.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { datelineOf } from "../../src/lib/extract/record.ts";
import type { Article } from "../../src/lib/schema/article.ts";
import {
  asOfLabel,
  boundsNote,
  creditPhrase,
  earlierNote,
  relayChain,
  shortDate,
  whoLabel,
} from "../../src/lib/site/describe.ts";
import { outletShort } from "../../src/lib/site/series.ts";
import { relationPhrase } from "../../src/lib/site/labels.ts";
import { citeClaim } from "../../src/lib/site/cite.ts";

function article(slug: string, body: string, published = "2025-06-10"): Article {
  const fm = `title: "${slug}"\npublisher: "Test Wire"\npublished: ${published}`;
  return parseArticle(`content/articles/${slug}.md`, new TextEncoder().encode(`---\n${fm}\n---\n${body}\n`));
}

const a = article(
  "invented-pay",
  [
    "The Defence Intelligence Bureau said each soldier is paid about $1,500 a month, which translates to about $15 million a month for 10,000 troops.",
    "Defector Ri Chol-ho, who fled the country in 2012, said: “When I was in the military my pay was 300 won a month.”",
    "Officials said 7,000 soldiers were in the region.",
  ].join("\n"),
);
const data = compareCorpus([a], extractCorpus([a]));
const claim = (figure: string): ClaimView => {
  const c = data.claims.find((x) => x.figure.includes(figure));
  if (!c) throw new Error(`no claim ${figure}: ${data.claims.map((x) => x.figure).join(", ")}`);
  return c;
};

describe("who gives a figure", () => {
  it("a speaker the text credits but nobody can identify is named by the text's words, never as the outlet", () => {
    const b = article("invented-unnamed", "The person said 75 per cent of the pay goes to the regime.");
    const d = compareCorpus([b], extractCorpus([b]));
    const c = d.claims.find((x) => x.figure.includes("75"));
    expect(c?.attributedTo).toBeNull();
    expect(c?.attributedAs).toBe("The person");
    if (!c) return;
    expect(creditPhrase(c, "Test Wire")).toBe("according to “The person”, not identified");
    expect(c.origin.label).toBe("“The person”, not identified");
    expect(relayChain(c, b).at(-1)?.name).toBe("no one the site can identify (the text says “The person”)");
  });

  it("a fact-check's claim line the article rates false is quoted as such and said to be disputed by the outlet", () => {
    const b = article(
      "invented-rated-false",
      "CLAIM: North Korea has sent 110,050 soldiers to Russia.\nVERDICT: False.",
    );
    const d = compareCorpus([b], extractCorpus([b]));
    const c = d.claims.find((x) => x.figure.includes("110,050"));
    expect(c?.attributedAs).toBe("CLAIM");
    expect(c?.stance).toBe("disputes");
    if (!c) return;
    expect(creditPhrase(c, "Test Wire")).toBe("according to “CLAIM”, not identified, and disputed by Test Wire");
  });

  it("an earlier figure the sentence gives no date for says why, never that the article has no date", () => {
    const b = article(
      "invented-earlier",
      "The agency now believes about 10,050 troops remain, down from a peak of about 13,050 in the war.",
    );
    const d = compareCorpus([b], extractCorpus([b]));
    const c = d.claims.find((x) => x.figure.includes("13,050"));
    expect(c?.asOf).toBeNull();
    if (!c) return;
    expect(asOfLabel(c, b)).toBe("unknown (“down from”: an earlier figure, whose date the article does not give)");
    expect(asOfLabel(c, b)).not.toContain("nor the article");
  });

  it("a figure someone sets aside for their own is rejected by them and credited to no source", () => {
    const b = article(
      "invented-set-aside",
      "The Tarrow Bureau now says 10,060 North Korean soldiers are in Kursk, not 8,060.",
    );
    const d = compareCorpus([b], extractCorpus([b]));
    const c = d.claims.find((x) => x.figure === "8,060");
    expect(c?.stance).toBe("disputes");
    if (!c) return;
    expect(creditPhrase(c, "Test Wire")).toBe("rejected by Tarrow Bureau, credited to no source");
  });

  it("a figure the article gives only as the one someone disputes is neither theirs nor the outlet's", () => {
    const b = article(
      "invented-dispute",
      "A former soldier, Pak Yong-nam, has disputed reports that soldiers in Russia receive $1,800 a month.",
    );
    const d = compareCorpus([b], extractCorpus([b]));
    const c = d.claims.find((x) => x.figure.includes("$1,800"));
    expect(c?.attributedTo).toBeNull();
    expect(c?.disputedBy?.name).toBe("Pak Yong-nam");
    if (!c) return;
    expect(creditPhrase(c, "Test Wire")).toBe("disputed by Pak Yong-nam, from a source the article does not name");
    expect(c.origin.label).toBe("a source the article does not name, disputed by Pak Yong-nam");
    expect(c.origin.known).toBe(false);
    expect(relayChain(c, b).map((step) => `${step.role} ${step.name}`)).toEqual([
      "published by Test Wire",
      "credited to no one: a source the article does not name",
    ]);
  });

  it("a figure the article itself rejects is disputed by the article, never its own statement", () => {
    const b = article(
      "invented-article-disputes",
      [
        "There is no evidence that North Korea has sent 130,000 soldiers to Russia.",
        "An earlier version of this article said 1,450 North Korean soldiers had been killed; the correct figure is 1,250.",
      ].join("\n"),
    );
    const d = compareCorpus([b], extractCorpus([b]));
    const c = (figure: string): ClaimView => {
      const x = d.claims.find((y) => y.figure.includes(figure));
      if (!x) throw new Error(`no claim ${figure}`);
      return x;
    };
    for (const f of ["130,000", "1,450"]) {
      expect(c(f).stance).toBe("disputes");
      expect(creditPhrase(c(f), "Test Wire")).toBe("disputed by Test Wire itself, credited to no source");
      expect(c(f).origin.label).toBe("no source the site credits, disputed by the article itself");
      expect(relayChain(c(f), b).at(-1)?.name).toBe("no one: the article disputes the figure itself");
      expect(citeClaim(c(f), b, undefined).text).toContain("disputing the figure itself");
    }
    expect(creditPhrase(c("1,250"), "Test Wire")).toBe("stated by Test Wire");
  });

  it("a total the sentence works out itself is the article's arithmetic, not the credited source's figure", () => {
    const total = claim("$15 million");
    expect(total.basis?.derived).toBe(true);
    expect(creditPhrase(total, "Test Wire")).toMatch(/^worked out by Test Wire from a rate credited to /);
    expect(creditPhrase(total, "Test Wire")).not.toContain("according to");
    expect(whoLabel(total)).toBe(`the article's arithmetic on ${total.attributedTo?.name ?? "?"}'s rate`);
    expect(whoLabel({ ...total, attributedTo: null, basis: { count: 1, text: "1", derived: true } })).toBe(
      "the article's arithmetic",
    );
  });

  it("a total worked out from the sentence before's credited rate names the rate's source", () => {
    const b = article(
      "invented-rate-before",
      [
        "According to the Cardew Agency, Moscow pays about $2,050 a month for each North Korean soldier.",
        "With some 12,050 soldiers deployed, that amounts to about $24.7 million a month flowing to Pyongyang.",
      ].join("\n"),
    );
    const d = compareCorpus([b], extractCorpus([b]));
    const total = d.claims.find((y) => y.figure.includes("$24.7 million"));
    expect(total?.attributedTo).toBeNull();
    expect(total?.basis?.derived).toBe(true);
    expect(total && whoLabel(total)).toBe("the article's arithmetic on Cardew Agency's rate");
    expect(total && creditPhrase(total, "Test Wire")).toBe(
      "worked out by Test Wire from a rate credited to Cardew Agency",
    );
  });

  it("a figure the source gives itself is 'according to' the source", () => {
    const rate = claim("$1,500");
    expect(rate.basis?.derived ?? false).toBe(false);
    expect(creditPhrase(rate, "Test Wire")).toBe(`according to ${rate.attributedTo?.name ?? "?"}`);
  });
});

describe("when a figure holds", () => {
  it("a date the sentence gives only as a month, or counts back, says how exact it is", () => {
    const dated = article(
      "invented-dates",
      [
        "Officials said 9,000 North Korean soldiers were in Russia as of May.",
        "Officials said 9,500 North Korean soldiers were in Russia in March 2025.",
        "Officials said 9,700 North Korean soldiers arrived last week.",
        "Officials said 9,800 North Korean soldiers were in Russia as of June 3.",
      ].join("\n"),
    );
    const claims = extractCorpus([dated]).claims;
    const label = (figure: string): string => {
      const c = claims.find((x) => x.figure === figure);
      if (!c) throw new Error(`no claim ${figure}`);
      return asOfLabel(c, dated);
    };
    expect(label("9,000")).toBe(
      "May 2025 (from the sentence: “as of May”, with the year of the article's date or the one before)",
    );
    expect(label("9,500")).toBe("March 2025 (from the sentence)");
    expect(label("9,700")).toBe(
      "3 June 2025 (from the sentence: “last week”: about seven days before the article's date)",
    );
    expect(label("9,800")).toBe(
      "3 June 2025 (from the sentence: “as of June 3”, with the year of the article's date or the one before)",
    );
  });

  it("a sentence that names several times dates each figure by its own clause", () => {
    // The article is dated 10 June 2025.
    const dated = article(
      "invented-clauses",
      "Officials said the North sent some 11,200 troops in October, about 3,100 more in February, and some 2,100 more in May.\n" +
        "Officials said the North sent some 10,800 troops in October, about 2,900 more in February, and may send up to 6,100 more.\n" +
        "As of June 8, about 640 North Korean soldiers had been killed, up from 310 in January, officials said.",
    );
    const claims = extractCorpus([dated]).claims;
    const when = (figure: string): string | null => claims.find((x) => x.figure.includes(figure))?.asOf ?? "missing";
    expect(when("11,200")).toBe("2024-10-01");
    expect(when("3,100")).toBe("2025-02-01");
    expect(when("2,100")).toBe("2025-05-01");
    expect(when("640")).toBe("2025-06-08");
    expect(when("310")).toBe("2025-01-01");
    // What may come takes no other clause's time.
    expect(when("10,800")).toBe("2024-10-01");
    expect(when("6,100")).toBe("2025-06-10");
  });

  it("a month without a year, a weekday, and a sentence about what will come", () => {
    // The article is dated Tuesday 10 June 2025.
    const dated = article(
      "invented-months",
      [
        "The agency had estimated in January that 310 North Korean soldiers had been killed.",
        "Officials put the number at about 11,500 in December.",
        "The agency said on Thursday that 3,700 North Korean soldiers had been killed or wounded.",
        "As of June 8, about 620 North Korean soldiers had been killed, officials said.",
        "Officials said Russia will bring in 6,000 more North Korean troops in November.",
        "The spy agency told lawmakers Monday that 4,100 North Korean soldiers had been wounded.",
        "At Friday's briefing, the agency put the number of wounded North Korean soldiers at 1,900.",
        "The agency will brief lawmakers next Monday; it has put the dead at 640.",
        "North Korea has sent a total of about 15,250 troops since the first contingent left in October, officials said.",
      ].join("\n"),
    );
    const claims = extractCorpus([dated]).claims;
    const when = (figure: string): [string | null, string | undefined] => {
      const c = claims.find((x) => x.figure.includes(figure));
      if (!c) throw new Error(`no claim ${figure}`);
      return [c.asOf, c.asOfPrecision];
    };
    expect(when("310")).toEqual(["2025-01-01", "month"]);
    expect(when("11,500")).toEqual(["2024-12-01", "month"]);
    expect(when("3,700")).toEqual(["2025-06-05", undefined]);
    expect(when("620")).toEqual(["2025-06-08", undefined]);
    expect(when("6,000")).toEqual(["2025-06-10", undefined]);
    // The wire's bare weekday ("told lawmakers Monday", "Friday's briefing") dates as "on Monday" does.
    expect(when("4,100")).toEqual(["2025-06-09", undefined]);
    expect(when("1,900")).toEqual(["2025-06-06", undefined]);
    expect(when("640")).toEqual(["2025-06-10", undefined]);
    // "since … in October" starts a span: the total is of the article's date.
    expect(when("15,250")).toEqual(["2025-06-10", undefined]);
  });

  it("a live blog's dated heading dates the posts under it, and the page says so", () => {
    // The article is dated 15 February 2025; the second post stands under a heading two days earlier.
    const blog = article(
      "invented-live",
      [
        "Saturday 15 February 2025",
        "Officials said 1,250 North Korean soldiers had been wounded.",
        "Thursday 13 February 2025",
        "The agency said on Monday that 11,050 North Korean troops were in Kursk.",
        "The agency said 310 North Korean soldiers had been killed.",
      ].join("\n"),
      "2025-02-15",
    );
    const claims = extractCorpus([blog]).claims;
    const c = (figure: string): ClaimView | undefined =>
      claims.find((x) => x.figure.includes(figure)) as ClaimView | undefined;
    expect([c("1,250")?.asOf, c("1,250")?.asOfSource]).toEqual(["2025-02-15", "article"]);
    expect([c("11,050")?.asOf, c("11,050")?.asOfNote]).toEqual([
      "2025-02-10",
      "“on Monday”, the last Monday up to the heading's date",
    ]);
    expect([c("310")?.asOf, c("310")?.asOfSource]).toEqual(["2025-02-13", "heading"]);
    const post = c("310");
    if (!post) return;
    expect(asOfLabel(post, blog)).toBe(
      "13 February 2025 (from the dated heading above it, “Thursday 13 February 2025”)",
    );
  });

  it("a heading that is only a date is read in the forms outlets write it, and no other heading is", () => {
    expect(datelineOf("Thursday 13 February 2025")?.iso).toBe("2025-02-13");
    expect(datelineOf("February 13, 2025")?.iso).toBe("2025-02-13");
    expect(datelineOf("Thu 13 Feb 2025 10.32 GMT")?.iso).toBe("2025-02-13");
    expect(datelineOf("13th February 2025, 09:15")?.iso).toBe("2025-02-13");
    expect(datelineOf("As of 1 July 2025")?.iso).toBe("2025-07-01");
    expect(datelineOf("North Korea sends 3,000 more troops on 13 February 2025")).toBeNull();
    expect(datelineOf("Key events")).toBeNull();
  });

  it("a year of an event has no 'as of' date, in the record and on the page", () => {
    const year = claim("2012");
    expect(year.asOf).toBeNull();
    expect(asOfLabel(year, a)).toMatch(/^does not apply/);
    expect(describeClaim(year)).not.toMatch(/undated|2025/);
  });

  it("a speaker's own past is said to be so, and never given the article's date", () => {
    const won = claim("300 won");
    expect(won.during).toMatch(/when i was in the military/i);
    expect(asOfLabel(won, a)).toContain("the speaker's own past");
    expect(shortDate(won)).not.toContain("2025");
    expect(describeClaim(won)).toContain("the speaker's own past");
  });

  it("a figure dated only by the article says the date is the article's", () => {
    const troops = claim("7,000");
    expect(troops.asOfSource).toBe("article");
    expect(asOfLabel(troops, a)).toContain("the article's date");
    expect(shortDate(troops)).toContain("article's date");
    expect(describeClaim(troops)).toContain("2025-06-10, the article's date");
  });
});

describe("which outlet a claim comes through", () => {
  const relaying = parseArticle(
    "content/articles/relaying.md",
    new TextEncoder().encode(
      `---\ntitle: "relaying"\npublisher: null\nrelays: ["Harbour Courier", "Evening Signal"]\n---\nAbout 5,000 North Korean soldiers are in the region.\n`,
    ),
  );
  const ref = (name: string) => ({ id: name.toLowerCase().replace(/\s+/g, "-"), name });

  it("names only the outlets that one claim comes through", () => {
    expect(outletShort(relaying, { via: [ref("Evening Signal")] })).toBe("an unnamed outlet relaying Evening Signal");
    expect(outletShort(relaying, { via: [] })).toBe("an unnamed outlet");
  });

  it("names every outlet the article relays when no claim is given", () => {
    expect(outletShort(relaying)).toBe("an unnamed outlet relaying Harbour Courier and Evening Signal");
    expect(outletShort(a)).toBe("Test Wire");
  });
});

describe("how a vague amount is read", () => {
  it("says 'thousands' is a bound and 'several hundred' a range below the next order of magnitude", () => {
    const value = (min: number, max: number | null) => ({
      min,
      max,
      unit: "people" as const,
      per: null,
      approx: false,
    });
    expect(boundsNote({ value: value(2000, null), vague: true })).toBe(
      "a vague amount, read as a bound; no upper bound",
    );
    expect(boundsNote({ value: value(200, 1000), vague: true })).toBe(
      "a vague amount, read as a range below the next order of magnitude",
    );
    expect(boundsNote({ value: value(200, 200), vague: false })).toBeNull();
  });
});

describe("a relation between sums in two currencies", () => {
  it("says a sum in roubles is given in another currency than one in dollars, not that it counts something different", () => {
    const two = article(
      "two-currencies",
      [
        "The Cardew Agency says Russia pays each soldier $2,050 a month.",
        "The Ferrow Institute says Russia pays each soldier 180,050 roubles a month.",
        "Moon Ji-ho says the regime keeps 91 per cent, while the Ferrow Institute says only 51 per cent of the pay is kept.",
      ].join("\n"),
    );
    const d = compareCorpus([two], extractCorpus([two]));
    const byFigure = (f: string): ClaimView => d.claims.find((c) => c.figure === f) as ClaimView;
    const usd = byFigure("$2,050 a month");
    const rub = byFigure("180,050 roubles a month");
    expect(relationPhrase("different-scope", usd, rub)).toBe("is given in another currency than");
    expect(relationPhrase("different-scope", usd, { ...usd, value: { ...usd.value, unit: "percent" } })).toBe(
      "counts something different from",
    );
  });
});

describe("where an outlet origin is shown citing the origins it may repeat", () => {
  it("says 'this article' only of names the claim's own article gives, and 'its own articles' of the rest", async () => {
    const { mayRepeatText } = await import("../../src/lib/site/describe.ts");
    const nis = { id: "nis", name: "the NIS" };
    const yoon = { id: "yoon", name: "Yoon Tae-suk" };
    expect(mayRepeatText({ mayRepeat: [nis, yoon], mayRepeatHere: [nis] })).toBe(
      "this article also shows it citing the NIS, and its own articles show it citing Yoon Tae-suk",
    );
    expect(mayRepeatText({ mayRepeat: [yoon], mayRepeatHere: [] })).toBe(
      "its own articles show it citing Yoon Tae-suk",
    );
    expect(mayRepeatText({ mayRepeat: [nis], mayRepeatHere: [nis] })).toBe("this article also shows it citing the NIS");
    expect(mayRepeatText({})).toBe("");
  });
});

describe("what a claim page says of a figure given as an earlier value", () => {
  const claimsOf = (body: string) => extractCorpus([article("invented-earlier", body)], []).claims;

  it("names the source whose own earlier figure a sentence sets aside, and a value its sentence replaces, and nothing else", () => {
    const own = claimsOf(
      [
        "The Cardew Agency said about 11,000 North Korean troops remained in Russia.",
        "The Cardew Agency figure has been updated: the agency now says about 12,000 troops remain in Russia, not 11,000.",
      ].join("\n"),
    );
    expect(own.map(earlierNote)).toEqual([
      null,
      null,
      "The source's own earlier figure, which the sentence says it has replaced with a new one.",
    ]);
    const upFrom = claimsOf("The Cardew Agency now counts about 12,000 troops in Russia, up from 11,000 in January.");
    expect(upFrom.map(earlierNote)).toEqual([
      null,
      "An earlier value, which another figure of the same sentence replaces.",
    ]);
  });
});
