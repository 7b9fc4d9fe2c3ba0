import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

/** Makes an invented article. */
function article(slug: string, body: string, published: string, publisher: string): Article {
  const fm = `title: "${slug}"\npublisher: "${publisher}"\npublished: ${published}`;
  return parseArticle(`content/articles/${slug}.md`, new TextEncoder().encode(`---\n${fm}\n---\n${body}\n`));
}

/** The claim of an article whose figure contains the text. */
function claim(data: CorpusData, slug: string, figure: string) {
  const c = data.claims.find((x) => x.article === slug && x.figure.includes(figure));
  if (!c) throw new Error(`no claim "${figure}" in ${slug}`);
  return c;
}

/** The relation from one claim to another. */
function relation(data: CorpusData, from: string, to: string) {
  return data.claims.find((c) => c.id === from)?.related.find((r) => r.to === to);
}

// A count of losses to date does not fall: a later, lower one is not a later moment of the same count.
describe("a later count of losses lower than an earlier one", () => {
  const articles = [
    article(
      "ledger-january",
      "The Defence Intelligence Service said 1,200 North Korean soldiers had been killed.",
      "2025-01-10",
      "Harbor Ledger",
    ),
    article(
      "courier-april",
      "Analysts at a Warsaw institute said 600 North Korean soldiers had been killed.",
      "2025-04-02",
      "Inland Courier",
    ),
    article(
      "ledger-may",
      "The Defence Intelligence Service said 2,000 North Korean soldiers had been killed.",
      "2025-05-06",
      "Harbor Ledger",
    ),
    article(
      "gazette-april",
      "Analysts said 500 North Korean soldiers were killed in March.",
      "2025-04-20",
      "Valley Gazette",
    ),
    article(
      "ledger-troops",
      "The Defence Intelligence Service said 12,000 North Korean soldiers were in Russia.",
      "2025-01-12",
      "Harbor Ledger",
    ),
    article(
      "courier-troops",
      "The Defence Intelligence Service said 8,000 North Korean soldiers were in Russia.",
      "2025-04-12",
      "Inland Courier",
    ),
  ];
  const data = compareCorpus(articles, extractCorpus(articles));
  const january = claim(data, "ledger-january", "1,200");
  const april = claim(data, "courier-april", "600");

  it("conflicts, and says that the dates do not explain it", () => {
    const r = relation(data, january.id, april.id);
    expect(r?.type).toBe("conflicts");
    expect(r?.explanation).toMatch(/^600 people \(.*2025-04-02.*\) is dated later than 1,200 people \(/);
    expect(r?.explanation).toContain("a count of losses to date does not fall, so the dates do not explain");
    // The topic's answer names the pair among the conflicts.
    const topic = data.topics.find((t) => t.claims.includes(april.id));
    expect(topic?.summary).toMatch(/conflict outright: [^.]*600/);
  });

  it("stays a later moment when the later count is the higher one", () => {
    expect(relation(data, january.id, claim(data, "ledger-may", "2,000").id)?.type).toBe("different-time");
  });

  it("says a count dated by the month its sentence names may cover only that month", () => {
    const march = claim(data, "gazette-april", "500");
    expect([march.asOfSource, march.asOfPrecision]).toEqual(["sentence", "month"]);
    const r = relation(data, january.id, march.id);
    expect(r?.type).toBe("different-time");
    expect(r?.explanation).toContain("unless the later one counts only the month it is dated by, they conflict");
  });

  it("names one source's two counts as a possible revision when the later one's sentence dates it", () => {
    const fewer = articles.concat(
      article(
        "ledger-june",
        "The Defence Intelligence Service said on Monday that 700 North Korean soldiers had been killed.",
        "2025-06-04",
        "Harbor Ledger",
      ),
    );
    const d = compareCorpus(fewer, extractCorpus(fewer));
    const june = claim(d, "ledger-june", "700");
    expect([june.asOf, june.asOfSource]).toEqual(["2025-06-02", "sentence"]);
    const r = relation(d, claim(d, "ledger-january", "1,200").id, june.id);
    expect(r?.type).toBe("conflicts");
    expect(r?.explanation).toContain(
      "both are credited to Defence Intelligence Service, so one of them may be a revision",
    );
  });

  it("cannot tell whether a lower count of the same source that only its article dates repeats an earlier one", () => {
    // ("South Korea's spy agency has said about 600 …" in October, after its 2,000 of September.)
    const stale = articles.concat(
      article(
        "ledger-june",
        "The Defence Intelligence Service has said 1,200 North Korean soldiers have been killed.",
        "2025-06-01",
        "Harbor Ledger",
      ),
    );
    const d = compareCorpus(stale, extractCorpus(stale));
    const june = claim(d, "ledger-june", "1,200");
    expect(june.asOfSource).toBe("article");
    const r = relation(d, claim(d, "ledger-may", "2,000").id, june.id);
    expect(r?.type).toBe("undetermined");
    expect(r?.explanation).toContain(
      "dated only by its article, and both are credited to Defence Intelligence Service",
    );
    expect(r?.explanation).toContain("may repeat an earlier figure");
    const topic = d.topics.find((t) => t.claims.includes(june.id));
    expect(topic?.summary).not.toMatch(
      /conflict outright: [^.]*1,200 people \(Defence Intelligence Service\) against 2,000/,
    );
    // Another source's lower count, dated only by its article, still conflicts.
    expect(relation(d, january.id, april.id)?.type).toBe("conflicts");
  });

  it("is no later moment when the two meet only within their margins: they agree within them", () => {
    const near = [
      article(
        "ledger-june",
        "The Defence Intelligence Service said about 2,000 North Korean soldiers had been killed.",
        "2025-06-05",
        "Harbor Ledger",
      ),
      article(
        "courier-july",
        "Analysts in Warsaw said about 1,800 North Korean soldiers had been killed.",
        "2025-07-22",
        "Inland Courier",
      ),
    ];
    const d = compareCorpus(near, extractCorpus(near));
    const r = relation(d, claim(d, "ledger-june", "2,000").id, claim(d, "courier-july", "1,800").id);
    expect(r?.type).toBe("agrees");
    expect(r?.explanation).toContain("meet only within the ±10% allowed for an approximate figure");
  });

  it("leaves head counts, which may fall, as counts at different moments", () => {
    const r = relation(data, claim(data, "ledger-troops", "12,000").id, claim(data, "courier-troops", "8,000").id);
    expect(r?.type).toBe("different-time");
  });
});

describe("a later, lower count of losses whose month dates when it was given", () => {
  const articles = [
    article(
      "bluewater-apart",
      [
        "The Tidewater Bureau said in February that about 4,050 North Korean soldiers had been killed.",
        "The Cardew Agency said in June that about 1,250 had died.",
        "In July, the Harbour Agency said about 1,150 North Korean soldiers had been killed.",
        "Analysts said 450 North Korean soldiers were killed in June.",
      ].join("\n"),
      "2025-07-20",
      "Bluewater Daily",
    ),
  ];
  const data = compareCorpus(articles, extractCorpus(articles));
  const february = claim(data, "bluewater-apart", "4,050");

  it("conflicts: 'said in June that' and 'In July, … said' date the saying, not a month of deaths", () => {
    for (const figure of ["1,250", "1,150"]) {
      const later = claim(data, "bluewater-apart", figure);
      expect([later.asOfSource, later.asOfPrecision]).toEqual(["sentence", "month"]);
      expect(relation(data, later.id, february.id)?.type).toBe("conflicts");
    }
  });

  it("still says a count of deaths in a month may cover only that month", () => {
    const june = claim(data, "bluewater-apart", "450");
    expect(relation(data, february.id, june.id)?.type).toBe("different-time");
  });
});
