import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";

/** Makes an invented article. */
function article(slug: string, body: string, published: string): Article {
  const fm = `title: "${slug}"\npublisher: "Tidewater Ledger"\npublished: ${published}`;
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

/** Compares a corpus. */
function corpus(...articles: Article[]): CorpusData {
  return compareCorpus(articles, extractCorpus(articles));
}

// One source gives two counts in one article and no sentence dates them: the article's date is all
// that dates them, so the site cannot say they describe the same time.
describe("one source's two counts in one article, dated only by the article", () => {
  const data = corpus(
    article(
      "month-by-month",
      [
        "The Lindqvist Institute counted 410 North Korean soldiers killed, using obituaries and videos.",
        "Later, the Lindqvist Institute's count of the dead stood at 520, the institute said.",
      ].join("\n"),
      "2025-10-08",
    ),
  );
  const low = claim(data, "month-by-month", "410");
  const high = claim(data, "month-by-month", "520");

  it("is undetermined, not a conflict, and says why", () => {
    expect([low.asOfSource, high.asOfSource]).toEqual(["article", "article"]);
    const r = relation(data, low.id, high.id);
    expect(r?.type).toBe("undetermined");
    expect(r?.explanation).toContain(
      "both are credited to Lindqvist Institute in one article, which is all that dates them",
    );
    expect(r?.explanation).not.toMatch(/describe the same (?:day|moment)/);
  });

  it("is not listed among the topic's outright conflicts, and the answer names the reason", () => {
    const topic = data.topics.find((t) => t.claims.includes(low.id));
    expect(topic?.summary).not.toMatch(/conflict outright/);
    expect(topic?.summary).toContain("one source gives both counts in one article and only the article dates them");
  });

  it("still conflicts when the two counts are different sources'", () => {
    const d = corpus(
      article(
        "two-sources",
        [
          "The Lindqvist Institute counted 410 North Korean soldiers killed.",
          "The Harbour Agency said 520 North Korean soldiers had been killed.",
        ].join("\n"),
        "2025-10-08",
      ),
    );
    const r = relation(d, claim(d, "two-sources", "410").id, claim(d, "two-sources", "520").id);
    expect(r?.type).toBe("conflicts");
    expect(r?.explanation).toContain("describe the same day");
  });

  it("still conflicts when the same source's counts are in two articles of the same day", () => {
    const d = corpus(
      article("ledger-one", "The Lindqvist Institute counted 410 North Korean soldiers killed.", "2025-10-08"),
      article("ledger-two", "The Lindqvist Institute counted 520 North Korean soldiers killed.", "2025-10-08"),
    );
    const r = relation(d, claim(d, "ledger-one", "410").id, claim(d, "ledger-two", "520").id);
    expect(r?.type).toBe("conflicts");
  });
});

// A total paid is the pay times a head count; a total that names no head count may total another force.
describe("two totals paid, one of which names no head count", () => {
  const d = corpus(
    article(
      "totals-a",
      "The Harbour Agency said Russia pays $20 million a month for 10,000 North Korean soldiers.",
      "2025-03-01",
    ),
    article(
      "totals-b",
      "Vera Lind, an economist, said the deployment brings Pyongyang $336 million a year.",
      "2025-03-02",
    ),
    article(
      "totals-c",
      "The Harbour Agency said Russia pays $24 million a month for 12,000 North Korean soldiers.",
      "2025-03-03",
    ),
  );
  const a = claim(d, "totals-a", "$20 million");
  const b = claim(d, "totals-b", "$336 million");
  const c = claim(d, "totals-c", "$24 million");

  it("cannot tell whether they conflict, and says why", () => {
    expect([a.kind, b.kind]).toEqual(["pay-total", "pay-total"]);
    expect(a.basis?.count).toBe(10000);
    expect(b.basis ?? null).toBeNull();
    const r = relation(d, a.id, b.id) ?? relation(d, b.id, a.id);
    expect(r?.type).toBe("undetermined");
    expect(r?.explanation).toContain("one of them does not say how many soldiers it totals");
    const topic = d.topics.find((t) => t.claims.includes(b.id));
    expect(topic?.summary ?? "").not.toMatch(/conflict outright: [^.]*\$336 million/);
    // The answer gives the reason it is, not a missing date.
    expect(topic?.summary ?? "").toContain(
      "cannot be told: a total that names no head count may total another force, so they may differ in what they measure",
    );
  });

  it("still sets apart two totals of named head counts as different head counts", () => {
    const r = relation(d, a.id, c.id) ?? relation(d, c.id, a.id);
    expect(r?.type).toBe("different-scope");
    expect(r?.explanation).toContain("so they total different head counts");
  });
});

// "$100" against "$1,200–$2,400": a month's pay and a year's differ about twelvefold.
describe("two sums a soldier takes home, neither with a period", () => {
  const d = corpus(
    article("home-a", "Vera Lind said each soldier takes home $110.", "2025-03-01"),
    article("home-b", "Former soldiers said they took home $1,210 to $2,410.", "2025-03-02"),
    article("home-c", "The Harbour Agency said each soldier takes home $120 a month.", "2025-03-03"),
    article("home-d", "Tidewater officials said each soldier takes home $1,220 a month.", "2025-03-03"),
  );
  const a = claim(d, "home-a", "$110");
  const b = claim(d, "home-b", "$1,210");

  it("cannot tell whether they conflict, and says why", () => {
    expect([a.kind, b.kind, a.value.per, b.value.per]).toEqual(["soldier-take-home", "soldier-take-home", null, null]);
    const r = relation(d, a.id, b.id) ?? relation(d, b.id, a.id);
    expect(r?.type).toBe("undetermined");
    expect(r?.explanation).toContain("neither states a period");
  });

  it("still conflicts when both state the same period", () => {
    const c = claim(d, "home-c", "$120");
    const e = claim(d, "home-d", "$1,220");
    expect((relation(d, c.id, e.id) ?? relation(d, e.id, c.id))?.type).toBe("conflicts");
  });
});
