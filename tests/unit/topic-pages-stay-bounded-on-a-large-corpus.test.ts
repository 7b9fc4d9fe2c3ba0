import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticContent } from "../../scripts/lib/synthetic.ts";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus, type SiteData } from "../../src/lib/site/data.ts";
import { shown } from "../../src/lib/site/shown.ts";
import { ANSWER_CLAIMS_LIMIT, TOPIC_LIST_LIMIT, topicPage } from "../../src/lib/site/topic-page.ts";
import { ANSWER_ITEMS } from "../../src/lib/compare/answer.ts";
import { CLAIMS_PER_PAGE, claimsIndexPage, claimsIndexPageCount } from "../../src/lib/site/claims-index.ts";
import { personPageModel } from "../../src/lib/site/person-page.ts";
import { homePage } from "../../src/lib/site/home-page.ts";
import { PICTURE_ARTICLE_LIMIT, originPictureOf } from "../../src/lib/site/view.ts";

let dir = "";
let d: SiteData;

beforeAll(() => {
  // About 6,500 claims: several topics have far more claims, groups and checks than a page lists.
  dir = writeSyntheticContent(300, "bounded-topics-");
  d = indexCorpus(buildCorpus(dir, { cache: null }));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The numbers written in a sentence, as numbers. */
const numbersIn = (s: string): number[] => (s.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, "")));

describe("a topic page of a large corpus", () => {
  it("lists at most the limit in every list and counts exactly what it leaves out", () => {
    let cut = 0;
    for (const t of d.data.topics) {
      const page = topicPage(d, t);
      const lists = [page.clusters, page.statements, page.relations, page.checks, page.dates];
      for (const l of lists) expect(l.items.length).toBeLessThanOrEqual(TOPIC_LIST_LIMIT);
      expect(page.clusters.items.length + page.clusters.more).toBe(t.clusters.length);
      expect(page.checks.items.length + page.checks.more).toBe(t.checks.length);
      expect(page.statements.items.length + page.statements.more).toBe(t.statements.length);
      for (const [i, cl] of page.clusters.items.entries()) {
        expect(cl.claims.length).toBeLessThanOrEqual(ANSWER_CLAIMS_LIMIT);
        expect(cl.claimTotal).toBe(t.clusters[i]?.claims.length);
        expect(cl.claims.map((c) => c.id)).toEqual(t.clusters[i]?.claims.slice(0, ANSWER_CLAIMS_LIMIT));
      }
      for (const part of page.answer.flat()) expect(part.claims.length).toBeLessThanOrEqual(ANSWER_CLAIMS_LIMIT);
      expect(page.chart.rows.length).toBeLessThanOrEqual(TOPIC_LIST_LIMIT);
      if (page.timeline) {
        expect(page.timeline.dated.length).toBeLessThanOrEqual(TOPIC_LIST_LIMIT);
        expect(page.timeline.undated.length).toBeLessThanOrEqual(TOPIC_LIST_LIMIT);
      }
      if (page.clusters.more + page.checks.more > 0 || page.claimCount > TOPIC_LIST_LIMIT) cut++;
    }
    // The corpus is large enough that the limit is reached.
    expect(cut).toBeGreaterThan(0);
  });

  it("says in the chart caption and the timeline note how many figures there are in all", () => {
    for (const t of d.data.topics) {
      const page = topicPage(d, t);
      if (page.claimCount <= TOPIC_LIST_LIMIT) {
        expect(page.chartCaption).toMatch(/^Every figure on one line, a row per claim/);
        expect(page.chart.rows.length).toBe(page.claimCount);
        continue;
      }
      const [claims, groups] = numbersIn(page.chartCaption);
      expect(claims).toBe(page.claimCount);
      if (t.clusters.length <= TOPIC_LIST_LIMIT) {
        expect(groups).toBe(t.clusters.length);
        expect(page.chart.rows.length).toBe(t.clusters.length);
      } else {
        expect(groups).toBe(page.chart.rows.length);
        expect(numbersIn(page.chartCaption)).toContain(t.clusters.length);
      }
      if (page.timelineNote && page.timeline) {
        const full = t.timeline.filter((e) => d.claim.get(e.claim)?.status === "active");
        const dated = full.filter((e) => d.claim.get(e.claim)?.asOf !== null).length;
        const [shownDated, allDated, shownUndated, allUndated] = numbersIn(page.timelineNote);
        expect(shownDated).toBe(page.timeline.dated.length);
        expect(allDated).toBe(dated);
        expect(shownUndated).toBe(page.timeline.undated.length);
        expect(allUndated).toBe(full.length - dated);
      }
    }
  });

  it("draws a value printed in many articles in brief, and counts every path and article it leaves out", () => {
    let brief = 0;
    for (const t of d.data.topics) {
      for (const cl of t.clusters) {
        const picture = originPictureOf(d, cl);
        const chains = cl.chains ?? [];
        if (!picture) continue;
        const boxes = chains.reduce((n, c) => n + c.articles.length, 0);
        if (boxes <= PICTURE_ARTICLE_LIMIT) {
          expect(picture.morePaths).toBe(0);
          expect(picture.chains.map((c) => c.articles.length)).toEqual(chains.map((c) => c.articles.length));
          continue;
        }
        brief++;
        expect(picture.chains.length + picture.morePaths).toBe(chains.length);
        expect(picture.chains.reduce((n, c) => n + c.articles.length, 0)).toBeLessThanOrEqual(
          PICTURE_ARTICLE_LIMIT + 8,
        );
        // Every article of a listed path is either listed or counted.
        const listed = picture.list.reduce((n, c) => n + c.articles.length + c.moreArticles, 0);
        const keptTotals = [...chains]
          .map((c, i) => ({ n: c.articles.length, i }))
          .sort((a, b) => b.n - a.n || a.i - b.i)
          .slice(0, picture.chains.length)
          .reduce((n, c) => n + c.n, 0);
        expect(listed).toBe(keptTotals);
        expect(picture.summary).toContain(`reached ${new Set(chains.flatMap((c) => c.articles)).size} article`);
      }
    }
    expect(brief).toBeGreaterThan(0);
  });

  it("gives each home card a strip of at most a mark per value group and the two ends, and says so", () => {
    const home = homePage(d);
    let brief = 0;
    for (const card of home.topics) {
      const t = d.data.topics.find((x) => card.href.endsWith(`/${x.id}/`));
      expect(t).toBeDefined();
      if (!t) continue;
      if (t.claims.length <= TOPIC_LIST_LIMIT) {
        expect(card.strip.length).toBe(t.claims.length);
        expect(card.stripNote).toBeNull();
        continue;
      }
      brief++;
      expect(card.strip.length).toBeLessThanOrEqual(TOPIC_LIST_LIMIT + 2);
      expect(card.stripNote).toContain(`${t.clusters.length} value group`);
      for (const end of [card.low?.id, card.high?.id]) if (end) expect(card.strip.map((m) => m.id)).toContain(end);
    }
    expect(brief).toBeGreaterThan(0);
  });

  it("answers in a few sentences that count the groups and pairs they do not name", () => {
    let brief = 0;
    for (const t of d.data.topics) {
      for (const sentence of t.answer ?? []) {
        const named = sentence.parts.filter((p) => p.claims.length > 0).length;
        // Each sentence names a handful of figures: the ends and widest groups, or the first few of a list.
        expect(named).toBeLessThanOrEqual(3 * ANSWER_ITEMS + 4);
        const text = sentence.parts.map((p) => p.text).join("");
        const groups = /fall into (\d+) groups, from /.exec(text);
        if (groups && new Set(t.claims.map((id) => d.claim.get(id)?.kind)).size === 1) {
          brief++;
          const real = t.clusters.filter((cl) => d.claim.get(cl.claims[0] ?? "")?.vague !== true);
          expect(Number(groups[1])).toBe(real.length);
          expect(real.length).toBeGreaterThan(ANSWER_ITEMS);
        }
        const pairs = /^(\d+) pairs conflict outright/.exec(text);
        if (pairs) {
          const conflicts = new Set(
            t.relations.filter((r) => r.type === "conflicts").map((r) => [r.from, r.to].sort().join("|")),
          );
          expect(Number(pairs[1])).toBe(conflicts.size);
        }
      }
    }
    expect(brief).toBeGreaterThan(0);
  });

  it("splits the claims index into pages that list every claim once, in reading order", () => {
    const pages = claimsIndexPageCount(d);
    expect(pages).toBe(Math.ceil(d.data.claims.length / CLAIMS_PER_PAGE));
    expect(pages).toBeGreaterThan(1);
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = claimsIndexPage(d, n);
      expect(page.claims.length).toBeLessThanOrEqual(CLAIMS_PER_PAGE);
      expect(page.from).toBe(seen.length + 1);
      seen.push(...page.claims.map((c) => c.id));
    }
    expect(seen.length).toBe(d.data.claims.length);
    expect(new Set(seen).size).toBe(seen.length);
    const order = seen.map((id) => d.claim.get(id));
    for (let i = 1; i < order.length; i++) {
      const a = order[i - 1];
      const b = order[i];
      if (!a || !b) continue;
      expect(a.article < b.article || (a.article === b.article && a.figureStart <= b.figureStart)).toBe(true);
    }
    expect(() => claimsIndexPage(d, pages + 1)).toThrow(/no page/);
  });

  it("lists on a person's page at most the limit of each thing, counting the rest", () => {
    let cut = 0;
    for (const p of d.data.people) {
      const m = personPageModel(d, p);
      for (const l of [m.named, m.credited, m.statements, m.mentions, m.about, m.conflicts, m.disputes]) {
        expect(l.items.length).toBeLessThanOrEqual(TOPIC_LIST_LIMIT);
        if (l.more > 0) cut++;
      }
      expect(m.named.items.length + m.named.more).toBe(p.articles.filter((a) => d.article.has(a)).length);
      expect(m.conflicts.items.length + m.conflicts.more).toBe(p.conflicts.length);
      expect(m.disputes.items.length + m.disputes.more).toBe(p.disputes.length);
    }
    expect(cut).toBeGreaterThan(0);
  });

  it("cuts a list to its first items", () => {
    expect(shown([1, 2, 3], 2)).toEqual({ items: [1, 2], more: 1 });
    expect(shown([1], 2)).toEqual({ items: [1], more: 0 });
  });
});
