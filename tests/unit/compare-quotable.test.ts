/**
 * The comparison's sentences are what readers quote: every rule is proven here on invented articles,
 * and every number of every answer sentence is checked against the claims the sentence cites.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import { clusterLabel } from "../../src/lib/compare/labels.ts";
import { monthlyInterval, relate } from "../../src/lib/compare/relations.ts";
import type { ClaimView, CorpusData, Topic, ValueCluster } from "../../src/lib/compare/types.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import { buildFromFiles } from "../../src/lib/pipeline.ts";
import type { Article } from "../../src/lib/schema/article.ts";
import { nameKey } from "../../src/lib/schema/vocabulary.ts";
import { upperFirst } from "../../src/lib/format/value.ts";

/** Makes an invented article. */
function article(
  slug: string,
  body: string,
  opts: { published?: string; relays?: string[]; publisher?: string } = {},
): Article {
  const fm = [
    `title: "${slug}"`,
    `publisher: "${opts.publisher ?? `Test Wire ${slug}`}"`,
    ...(opts.published ? [`published: ${opts.published}`] : []),
    ...(opts.relays ? [`relays: [${opts.relays.map((r) => `"${r}"`).join(", ")}]`] : []),
  ].join("\n");
  return parseArticle(`content/articles/${slug}.md`, new TextEncoder().encode(`---\n${fm}\n---\n${body}\n`));
}

/** Runs extraction and comparison on invented articles. */
function compare(...articles: Article[]): CorpusData {
  return compareCorpus(articles, extractCorpus(articles));
}

/** The claim of an article whose figure contains the text. */
function claim(data: CorpusData, slug: string, figure: string): ClaimView {
  const c = data.claims.find((x) => x.article === slug && x.figure.includes(figure));
  if (!c)
    throw new Error(
      `no claim "${figure}" in ${slug}: ${data.claims.map((x) => `${x.article}:${x.figure}`).join(", ")}`,
    );
  return c;
}

/** The cluster that holds a claim. */
function clusterOf(data: CorpusData, id: string): ValueCluster {
  const cl = data.topics.flatMap((t) => t.clusters).find((c) => c.claims.includes(id));
  if (!cl) throw new Error(`no cluster holds ${id}`);
  return cl;
}

/** The numbers written in a text, with "million" and "billion" applied. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion)\b)?/g)].map((m) => {
    const n = Number((m[1] as string).replace(/,/g, ""));
    return m[2] === "billion" ? n * 1e9 : m[2] === "million" ? n * 1e6 : n;
  });
}

/**
 * Checks every number of every answer sentence of a corpus against the claims its part cites:
 * a bound of a cited value (as written or per month), or a count of their articles, claims or origins.
 */
function expectAnswersTrue(data: CorpusData): number {
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  let checked = 0;
  for (const t of data.topics) {
    expect(t.summary).toBe(t.answer.map((s) => s.parts.map((p) => p.text).join("")).join(" "));
    for (const s of t.answer) {
      for (const part of s.parts) {
        const nums = numbersIn(part.text);
        if (part.claims.length === 0) {
          expect(nums, `unlinked part with a number in ${t.id}: "${part.text}"`).toEqual([]);
          continue;
        }
        const cited = part.claims.map((id) => byId.get(id));
        expect(cited.every((c) => c !== undefined)).toBe(true);
        const cs = cited as ClaimView[];
        const allowed = new Set<number>();
        for (const c of cs) {
          const m = monthlyInterval(c);
          for (const v of [c.value.min, c.value.max, m.min, m.max])
            if (v !== null) allowed.add(Math.round(v * 100) / 100);
          for (const v of numbersIn(c.scope ?? "")) allowed.add(v);
          // A total's head count is part of the claim ("$20m for 10,000 soldiers").
          if (c.basis) allowed.add(c.basis.count);
        }
        allowed.add(new Set(cs.map((c) => c.article)).size);
        allowed.add(cs.length);
        const named = new Set(cs.filter((c) => c.origin.known).map((c) => c.origin.key)).size;
        const all = new Set(cs.map((c) => c.origin.key)).size;
        allowed.add(all);
        allowed.add(named > 0 ? named : 1);
        allowed.add(all - named);
        for (const n of nums) {
          expect(
            allowed.has(n),
            `${t.id}: ${n} in "${part.text}" is not in the cited claims ${part.claims.join(", ")}`,
          ).toBe(true);
          checked++;
        }
      }
    }
  }
  return checked;
}

/**
 * Checks the numbers of every group's origin sentence against its counts, and of every relation's
 * explanation against the values and dates of the two claims it relates.
 */
function expectGroupsAndRelationsTrue(data: CorpusData): number {
  const byId = new Map(data.claims.map((c) => [c.id, c]));
  let checked = 0;
  for (const cl of data.topics.flatMap((t) => t.clusters)) {
    if (!cl.circular) continue;
    const allowed = new Set([
      cl.articles.length,
      cl.originsAtLeast,
      cl.originsAtMost,
      cl.origins.filter((o) => !o.known).length,
      ...cl.origins.map((o) => o.articles.length),
    ]);
    for (const n of numbersIn(cl.circular)) {
      expect(allowed.has(n), `${n} in "${cl.circular}"`).toBe(true);
      checked++;
    }
  }
  for (const r of data.topics.flatMap((t) => t.relations)) {
    const allowed = new Set<number>();
    for (const id of [r.from, r.to]) {
      const c = byId.get(id) as ClaimView;
      for (const v of [c.value.min, c.value.max]) if (v !== null) allowed.add(v);
      for (const v of numbersIn(`${c.asOf ?? ""} ${c.scope ?? ""} ${c.figure}`)) allowed.add(v);
      if (c.basis) allowed.add(c.basis.count);
    }
    // Group labels and origin counts named in the explanation belong to the groups of the two claims.
    for (const cl of data.topics.flatMap((t) => t.clusters)) {
      if (!cl.claims.includes(r.from) && !cl.claims.includes(r.to)) continue;
      for (const v of numbersIn(cl.label)) allowed.add(v);
      allowed.add(cl.origins.filter((o) => !o.known).length);
    }
    for (const n of numbersIn(r.explanation)) {
      expect(allowed.has(n), `${n} in "${r.explanation}"`).toBe(true);
      checked++;
    }
  }
  return checked;
}

describe("origin chains and honest counts", () => {
  it("one agency relayed through two outlets counts as 1", () => {
    const data = compare(
      article(
        "relay-one",
        "The Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
        { relays: ["Wire Alpha"] },
      ),
      article(
        "relay-two",
        "The Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
        { relays: ["Wire Beta"] },
      ),
    );
    const cl = clusterOf(data, claim(data, "relay-one", "$2,500").id);
    expect([cl.originsAtLeast, cl.originsAtMost]).toEqual([1, 1]);
    expect(cl.chains.map((ch) => [ch.origin.label, ch.relays.map((r) => r.name), ch.articles])).toEqual([
      ["Defence Intelligence Service", ["Wire Alpha"], ["relay-one"]],
      ["Defence Intelligence Service", ["Wire Beta"], ["relay-two"]],
    ]);
  });

  it("two named agencies count as 2", () => {
    const data = compare(
      article(
        "named-a",
        "The Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
      ),
      article("named-b", "The Ministry of Unification said North Korean soldiers in Russia are paid $2,500 a month."),
    );
    const cl = clusterOf(data, claim(data, "named-a", "$2,500").id);
    expect([cl.originsAtLeast, cl.originsAtMost]).toEqual([2, 2]);
  });

  it("a named agency and unnamed officials count as at least 1, at most 2, and the sentence says both", () => {
    const data = compare(
      article(
        "agency",
        "The Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
      ),
      article("officials", "Officials said North Korean soldiers in Russia are paid $2,500 a month."),
    );
    const cl = clusterOf(data, claim(data, "agency", "$2,500").id);
    expect([cl.originsAtLeast, cl.originsAtMost]).toEqual([1, 2]);
    expect(cl.circular).toMatch(/at least 1, at most 2 independent origins/);
    expect(cl.circular).toMatch(/may repeat it/);
    const topic = data.topics.find((t) => t.id === "pay-per-soldier");
    expect(topic?.summary).toMatch(/at least 1, at most 2 independent origins/);
  });

  it("an unattributed figure joins the chain of the same figure credited in the same article", () => {
    const data = compare(
      article(
        "own-and-credited",
        "North Korean soldiers in Russia are paid $2,500 a month.\nThe Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
      ),
      article(
        "elsewhere",
        "The Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
      ),
    );
    const own = data.claims.filter((c) => c.article === "own-and-credited");
    expect(own).toHaveLength(2);
    expect(new Set(own.map((c) => c.origin.key)).size).toBe(1);
    expect(own[0]?.origin.label).toBe("Defence Intelligence Service");
    const cl = clusterOf(data, own[0]?.id ?? "");
    expect([cl.originsAtLeast, cl.originsAtMost]).toEqual([1, 1]);
  });

  it("an unattributed figure that differs from the credited one stays an origin of its own", () => {
    const data = compare(
      article(
        "own-differs",
        "North Korean soldiers in Russia are paid $2,600 a month.\nThe Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
      ),
    );
    const a = claim(data, "own-differs", "$2,600");
    const b = claim(data, "own-differs", "$2,500");
    expect(a.origin.key).not.toBe(b.origin.key);
    expect(a.origin.known).toBe(false);
  });
});

describe("labels and summaries that name every value", () => {
  const data = compare(
    article("count-a", "The Pentagon said about 10,000 North Korean soldiers are in Russia.", {
      published: "2024-11-01",
    }),
    article("count-b", "Ukrainian officials said approximately 11,000 North Korean soldiers are in Russia."),
    article("count-c", "The Defence Intelligence Service said at least 12,000 North Korean soldiers are in Russia."),
    article("count-d", "Some 14,000 North Korean soldiers have been deployed to Russia.", { published: "2025-09-03" }),
    article("count-e", "Thousands of North Korean soldiers have been deployed to Russia."),
    article("losses", "About 600 North Korean soldiers have been killed and about 4,000 wounded, officials said.", {
      published: "2025-09-03",
    }),
  );
  const topic = data.topics.find((t) => t.id === "troops-deployed") as Topic;

  it("a label spans every value of its group", () => {
    expect(topic.clusters.map((c) => c.label)).toEqual(
      expect.arrayContaining(["10,000–11,000 people", "at least 12,000 to 14,000 people"]),
    );
  });
  it("an upper bound never hides the closed figures grouped with it", () => {
    const d = compare(
      article("share-a", "Analyst Han Su-min said up to 90% of the pay goes to the regime."),
      article("share-b", "Officials said about 70% of the pay goes to the regime."),
    );
    const share = d.topics.flatMap((t) => t.clusters).find((c) => c.claims.length === 2);
    expect(share?.label).toContain("70%");
    expect(share?.label).toContain("up to 90%");
  });
  it('"most repeated" is said only of a value written the same way more than once', () => {
    expect(topic.summary).not.toMatch(/most repeated/);
    expect(topic.summary).toMatch(/No figure is given twice/);
  });
  it("groups of different kinds are never called agreeing", () => {
    const losses = data.topics.find((t) => t.kinds.includes("casualties-killed")) as Topic;
    expect(losses.summary).not.toMatch(/agree/);
    expect(losses.summary).toMatch(/count different things/);
  });
  it("an answer has two to four sentences that name the range, what explains it, conflicts and origins", () => {
    expect(topic.answer.length).toBeGreaterThanOrEqual(2);
    expect(topic.answer.length).toBeLessThanOrEqual(4);
    expect(topic.summary).toMatch(/10,000–11,000 people/);
    expect(topic.summary).toMatch(/rests on/);
    expect(topic.summary).toMatch(/cannot be told/);
  });
  it("every number of every answer sentence is a value or a count of the claims it cites", () => {
    expect(expectAnswersTrue(data)).toBeGreaterThan(10);
    expect(expectGroupsAndRelationsTrue(data)).toBeGreaterThan(5);
  });
  it("a topic with stances only still answers, linking them", () => {
    const stances = compare(
      article("stance-only", "Defector Ri Chol-ho said the regime never shared the money with the soldiers' families."),
    );
    const t = stances.topics.find((x) => x.id === "regime-share") as Topic;
    expect(t.summary).toMatch(/1 statement without a figure is listed instead/);
    expect(expectAnswersTrue(stances)).toBe(1);
  });
  it("a number the cited claims do not carry fails the check", () => {
    const t = data.topics[0] as Topic;
    const first = t.answer[0]?.parts.find((p) => p.claims.length > 0);
    const forged = {
      ...data,
      topics: [
        {
          ...t,
          answer: [{ parts: [{ text: "99,999 people", claims: first?.claims ?? [] }] }],
          summary: "99,999 people",
        },
      ],
    };
    expect(() => expectAnswersTrue(forged)).toThrow(/99999/);
  });
});

describe("relations that say what is known", () => {
  const data = compare(
    article("dated-a", "The Pentagon said 3,000 North Korean soldiers are in Russia.", { published: "2024-10-20" }),
    article("dated-b", "The Pentagon said 12,000 North Korean soldiers are in Russia.", { published: "2025-01-20" }),
    article("undated", "Officials said 20,000 North Korean soldiers are in Russia."),
    article("vague-a", "Thousands of North Korean soldiers have been deployed to Russia."),
    article("vague-b", "Tens of thousands of North Korean soldiers have been deployed to Russia."),
  );
  const a = claim(data, "dated-a", "3,000");
  const b = claim(data, "dated-b", "12,000");
  const u = claim(data, "undated", "20,000");
  const rel = (from: ClaimView, to: ClaimView) => from.related.find((r) => r.to === to.id);

  it("a time relation needs both dates", () => {
    expect(rel(a, b)?.type).toBe("different-time");
    expect(rel(b, u)?.type).toBe("undetermined");
    expect(rel(b, u)?.explanation).toMatch(/one count is undated: they may differ in time or in source/);
  });
  it("one source's dated and undated counts differ only in time, which the dates cannot tell", () => {
    const same = compare(
      article("same-dated", "The Pentagon said 3,000 North Korean soldiers are in Russia.", {
        published: "2024-10-20",
      }),
      article("same-undated", "The Pentagon said 12,000 North Korean soldiers are in Russia."),
    );
    const d = claim(same, "same-dated", "3,000");
    const n = claim(same, "same-undated", "12,000");
    const r = d.related.find((x) => x.to === n.id);
    expect(r?.type).toBe("undetermined");
    expect(r?.explanation).toMatch(
      /one count is undated, and both are credited to .*Pentagon.*: they may be its counts at different moments/,
    );
    expect(r?.explanation).not.toMatch(/in source/);
  });
  it("neighbouring groups of one topic always get an explanation, with their origins", () => {
    const topic = data.topics.find((t) => t.id === "troops-deployed") as Topic;
    const real = topic.relations.filter((r) => !data.claims.find((c) => c.id === r.from)?.vague);
    expect(real.length).toBeGreaterThanOrEqual(2);
    for (const r of real) expect(r.explanation).toMatch(/rest on/);
  });
  it("groups resting on different unnamed sources are said to differ in origin", () => {
    const two = compare(
      article("unnamed-a", "Officials said 3,000 North Korean soldiers are in Russia."),
      article("unnamed-b", "Observers said 12,000 North Korean soldiers are in Russia."),
    );
    const topic = two.topics.find((t) => t.id === "troops-deployed") as Topic;
    expect(topic.summary).toMatch(/differ in origin/);
    expect(topic.summary).not.toMatch(/same origins/);
  });
  it("relations to vague amounts come after the others and never outnumber them", () => {
    const topic = data.topics.find((t) => t.id === "troops-deployed") as Topic;
    const isVague = (id: string) => data.claims.find((c) => c.id === id)?.vague === true;
    const vague = topic.relations.map((r) => isVague(r.from) || isVague(r.to));
    expect(vague.filter(Boolean).length).toBeLessThanOrEqual(vague.filter((v) => !v).length);
    expect(vague.indexOf(true) === -1 || vague.lastIndexOf(false) < vague.indexOf(true)).toBe(true);
  });
});

describe("one time, one reading", () => {
  it("figures a week apart do not 'span more than' the window; figures months apart do", () => {
    const summary = (later: string): string => {
      const data = compare(
        article("early-count", "The Pentagon said 300 North Korean soldiers had been killed.", {
          published: "2025-01-07",
        }),
        article(
          "late-count",
          "Ukraine's military intelligence agency said 1,000 North Korean soldiers had been killed.",
          {
            published: later,
          },
        ),
      );
      return data.topics.find((t) => t.id === "casualties")?.summary ?? "";
    };
    expect(summary("2025-03-20")).toContain("the figures' dates span more than 14 days");
    expect(summary("2025-01-14")).toMatch(/conflict/);
    expect(summary("2025-01-14")).not.toContain("dates span");
  });
});

describe("checks that can fail", () => {
  it("a total within the margin for rounded figures says so, and never that it simply fits", () => {
    const data = compare(
      article(
        "heads",
        "The Pentagon said 11,000 North Korean soldiers are in Russia.\nOfficials said 12,000 North Korean soldiers are in Russia.\nThe agency said Russia pays $2,000 a month for each soldier.",
      ),
      article("low-total", "Analyst Park Min-ho said the regime could earn as much as $250 million a year."),
      article("mid-total", "Analyst Han Ji-woo said the regime could earn $270 million a year."),
      article("bound-total", "Analyst Oh Se-ra said the regime could earn as much as $500 million a year."),
      article("part-total", "Analyst Yun Bo-ra said the regime could earn at least $280 million a year."),
    );
    const detail = (slug: string) =>
      data.checks.find((c) => c.type === "total-vs-rate" && c.against?.startsWith(slug))?.detail ?? "";
    // 11,000–12,000 × $2,000 × 12 months = $264 million–$288 million a year.
    expect(detail("low-total")).toMatch(
      /^The total gives no head count; this takes the reported head counts over a year\./,
    );
    expect(detail("low-total")).toMatch(/is within 10% of the computed range, the margin allowed for rounded figures/);
    expect(detail("mid-total")).toMatch(/The quoted \$270 million a year matches the computed range\./);
    // A bound admits the computed range, whole or in part; it never "matches" it.
    expect(detail("bound-total")).toMatch(
      /The quoted up to \$500 million a year is a bound, and the computed range lies within it: the figures do not contradict each other, but a bound does not confirm a value\./,
    );
    expect(detail("part-total")).toMatch(/is a bound, and the computed range lies partly within it:/);
    expect(detail("bound-total")).not.toContain("matches");
  });

  it("a total with no head count of its own borrows only whole-force head counts, never a narrower one", () => {
    const data = compare(
      article(
        "whole-heads",
        "The Pentagon said 11,000 North Korean soldiers are in Russia.\nOfficials said 12,000 North Korean soldiers are in Russia.\nThe agency said Russia pays $2,000 a month for each soldier.\nA further 3,000 troops arrived in January, officials said.",
      ),
      article("month-total", "Analyst Han Ji-woo said Moscow pays about $23 million a month in all."),
    );
    const narrower = claim(data, "whole-heads", "3,000");
    expect(narrower.scope).not.toBeNull();
    const check = data.checks.find((c) => c.type === "total-vs-rate" && c.against?.startsWith("month-total"));
    expect(check?.inputs).not.toContain(narrower.id);
    expect(check?.formula).toBe("$2,000 a month × 11,000–12,000 soldiers × 1 month = $22 million–$24 million a month");
  });

  it("a per-soldier sum that gives no period is no rate to multiply: the check says what cannot be told", () => {
    const data = compare(
      article(
        "lump-sum",
        [
          "Harbour Ledger reported that Moscow paid about $131 million for the first batch of North Korean troops.",
          "That works out to roughly $11,900 per soldier for the 11,000 sent in the first wave.",
          "The agency said 11,000 North Korean soldiers were in Russia.",
        ].join("\n"),
      ),
    );
    const check = data.checks.find((c) => c.type === "total-vs-rate" && c.against?.startsWith("lump-sum"));
    expect(check?.verdict).toBe("not-checkable");
    expect(check?.detail).toContain("gives no period");
    expect(check?.formula).not.toMatch(/a month/);
    // Nor is it pay to take the regime's share of by the month.
    const shared = compare(
      article(
        "lump-share",
        [
          "Moscow paid Pyongyang roughly $11,900 per soldier for the first wave of 11,000 troops, the agency said.",
          "The regime keeps about half of the money, the agency said.",
          "Soldiers are left with about $2,000 a month, a defector said.",
        ].join("\n"),
      ),
    );
    const takeHome = shared.checks.find((c) => c.type === "take-home-vs-share");
    expect(takeHome?.verdict).toBe("not-checkable");
    expect(takeHome?.detail).toContain("gives no period");
  });

  it("a take-home figure is checked against each of the article's nearest shares, and the one it follows from is named", () => {
    const data = compare(
      article(
        "two-shares",
        [
          "The agency said Russia pays $2,000 a month for each soldier.",
          "On the regime's share, Ukraine's military intelligence says about 90 percent, while the Ferrow Forum puts it at 70 percent.",
          "If the state keeps 90 percent of $2,000, a soldier is left with $200 a month; at 70 percent, with $600.",
          "Another analyst says a soldier is left with $900 a month.",
        ].join("\n"),
      ),
    );
    const k = (figure: string) =>
      data.checks.find(
        (c) => c.type === "take-home-vs-share" && data.claims.find((x) => x.id === c.against)?.figure === figure,
      );
    expect(k("$200 a month")).toMatchObject({ verdict: "consistent" });
    expect(k("$200 a month")?.formula).toContain("(100% − about 90%)");
    expect(k("$600")).toMatchObject({ verdict: "consistent" });
    expect(k("$600")?.formula).toContain("(100% − 70%)");
    expect(k("$600")?.detail).toContain("these are the ones the figure follows from");
    // A figure no pair fits stays inconsistent with the nearest pair.
    expect(k("$900 a month")).toMatchObject({ verdict: "inconsistent" });
  });

  it("a single remainder is written once in the take-home formula", () => {
    const data = compare(
      article(
        "one-share",
        "The agency said Russia pays $2,000 a month for each soldier.\nThe regime keeps 90% of the pay.\nThis means a soldier would end up earning $200 a month.",
      ),
    );
    const k = data.checks.find((c) => c.type === "take-home-vs-share");
    expect(k?.formula).toContain("$2,000 × 10% = ");
    expect(k?.formula).not.toMatch(/10%–10%/);
  });

  it("two casualty totals are two estimates, never added; killed alone are not casualties", () => {
    const data = compare(
      article(
        "two-totals",
        "The agency said 10,000 North Korean soldiers are in Russia.\nThe agency said about 3,000 North Korean soldiers had been killed or wounded.\nUkraine's president said 3,800 North Korean soldiers had been killed or wounded.",
      ),
      article(
        "killed-only",
        "The agency said 10,000 North Korean soldiers are in Russia.\nThe agency said 300 North Korean soldiers had been killed.",
      ),
      article(
        "killed-wounded",
        "About 300 of the 10,000 North Korean soldiers sent to Russia have been killed, and about 2,700 wounded.",
      ),
    );
    const rate = (slug: string) =>
      data.checks.filter((c) => c.type === "casualty-rate" && c.inputs.some((id) => id.startsWith(slug)));
    expect(rate("two-totals")).toEqual([]);
    expect(rate("killed-only")).toEqual([]);
    expect(rate("killed-wounded").map((c) => [c.formula, c.computed.min])).toEqual([
      ["(about 300 + about 2,700) ÷ 10,000 = 30%", 30],
    ]);
  });

  it("a computed range over three times its low end is too wide to test, not consistent", () => {
    const data = compare(
      article(
        "wide-share",
        "The agency said Russia pays $3,000 a month for each soldier.\nUp to 95% of the pay goes into the regime's coffers.\nThis means a soldier would end up earning $2,000 a year.",
      ),
    );
    const k = data.checks.find((c) => c.type === "take-home-vs-share");
    expect(k?.verdict).toBe("too-wide");
    expect(k?.detail).toMatch(/too wide to test/i);
  });
  it("a quoted range over three times its low end is too wide to test", () => {
    const data = compare(
      article(
        "wide-total",
        "The agency said Russia pays $3,000 a month for each soldier.\nThe Pentagon said 10,000 North Korean soldiers are in Russia.\nAnalyst Park Min-ho said the deployment earns the regime hundreds of millions of dollars.",
      ),
    );
    const k = data.checks.find((c) => c.type === "total-vs-rate");
    expect(k?.verdict).toBe("too-wide");
    expect(k?.detail).toMatch(/hundreds of millions/);
  });
  it("a narrow range that fits stays consistent, one that misses is inconsistent", () => {
    const data = compare(
      article(
        "narrow",
        "The agency said Russia pays $3,000 a month for each soldier.\nAbout 80% of the pay goes into the regime's coffers.\nThis means a soldier would end up earning $600 a month.",
      ),
      article(
        "missing",
        "The agency said Russia pays $3,000 a month for each soldier.\nAbout 80% of the pay goes into the regime's coffers.\nThis means a soldier would end up earning $2,000 a month.",
      ),
    );
    const verdict = (slug: string) =>
      data.checks.find((c) => c.type === "take-home-vs-share" && c.against?.startsWith(slug))?.verdict;
    expect(verdict("narrow")).toBe("consistent");
    expect(verdict("missing")).toBe("inconsistent");
  });
  it("a take-home figure with no period is tried as a year's pay and as a month's, and the check says which fits", () => {
    const data = compare(
      article(
        "as-month",
        "The agency said Russia pays $3,000 a month for each soldier.\nAbout 80% of the pay goes into the regime's coffers.\nA soldier would be lucky to see $600.",
      ),
      article(
        "as-year",
        "The agency said Russia pays $3,000 a month for each soldier.\nAbout 80% of the pay goes into the regime's coffers.\nThis means a soldier would end up earning $7,200 in all.",
      ),
      article(
        "as-neither",
        "The agency said Russia pays $3,000 a month for each soldier.\nAbout 80% of the pay goes into the regime's coffers.\nThis means a soldier would end up earning $30,000 in all.",
      ),
    );
    const k = (slug: string) => data.checks.find((c) => c.type === "take-home-vs-share" && c.against?.startsWith(slug));
    expect(claim(data, "as-month", "$600").value.per).toBeNull();
    expect([k("as-month")?.verdict, k("as-month")?.formula]).toEqual([
      "consistent",
      "$3,000 × (100% − about 80%) = $3,000 × 20% = $600 a month",
    ]);
    expect(k("as-month")?.detail).toMatch(/matches as a month's pay, not as a year's/);
    expect(k("as-year")?.verdict).toBe("consistent");
    expect(k("as-year")?.detail).toMatch(/matches as a year's pay, not as a month's/);
    expect(k("as-neither")?.verdict).toBe("inconsistent");
    expect(k("as-neither")?.detail).toMatch(/matches neither as a year's pay nor as a month's/);
  });
  it("a claim meets a neighbouring group through its claim nearest in date, so a same-week conflict is listed", () => {
    const same = ["b", "c", "d", "e", "f", "g", "h"].map((x, k) =>
      article(`agree-${x}`, "The Cardew Agency said 10,000 North Korean soldiers are in Russia.", {
        published: `2024-11-${String(10 + k).padStart(2, "0")}`,
      }),
    );
    const data = compare(
      article("us-count", "The Hollin government said 10,000 North Korean soldiers are in Russia.", {
        published: "2024-11-06",
      }),
      ...same,
      article(
        "month-only",
        "In November 2024, the Fallow Institute put the number of North Korean soldiers in Russia at 12,000.",
        { published: "2025-02-01" },
      ),
      article("hdi-count", "HDI said 12,000 North Korean soldiers are in Russia.", { published: "2024-11-04" }),
    );
    const us = claim(data, "us-count", "10,000");
    const hdi = claim(data, "hdi-count", "12,000");
    const rel = us.related.find((r) => r.to === hdi.id);
    expect(rel?.type).toBe("conflicts");
    // (4 and 6 November: how far apart, and why they are taken together.)
    expect(rel?.explanation).toMatch(
      /do not overlap although they are dated 2 days apart, within the 14 days in which two counts are taken to describe the same moment\./,
    );
  });
  it("two figures that meet only by an approximate figure's stretch are said to", () => {
    const data = compare(
      article("exact-12", "HDI said 12,000 North Korean soldiers are in Russia.", { published: "2024-11-04" }),
      article("about-11", "The Cardew Agency said about 11,000 North Korean soldiers are in Russia.", {
        published: "2024-11-05",
      }),
      article("about-12", "The Fallow Institute said about 12,000 North Korean soldiers are in Russia.", {
        published: "2024-11-05",
      }),
    );
    const exact = claim(data, "exact-12", "12,000");
    const explain = (slug: string) => exact.related.find((r) => r.to === claim(data, slug, "000").id);
    expect(explain("about-11")?.type).toBe("agrees");
    expect(explain("about-11")?.explanation).toMatch(/differ as written and meet only within the ±10% allowed/);
    expect(explain("about-12")?.explanation).toMatch(/overlap\.$/);
  });
  it("'the groups differ in origin' says when one origin stands behind figures in more than one group", () => {
    const data = compare(
      article("early", "The Cardew Agency said 11,000 North Korean soldiers are in Russia.", {
        published: "2024-11-05",
      }),
      article("late", "The Cardew Agency said 12,000 North Korean soldiers are in Russia.", {
        published: "2025-01-13",
      }),
      article("other", "HDI said 12,000 North Korean soldiers are in Russia.", { published: "2024-11-04" }),
    );
    const summary = data.topics.find((t) => t.id === "troops-deployed")?.summary ?? "";
    expect(summary).toMatch(
      /differ in origin \([^)]*\), though Cardew Agency stands behind figures in more than one group/,
    );
    const lone = compare(
      article("one", "The Cardew Agency said 11,000 North Korean soldiers are in Russia.", { published: "2024-11-05" }),
      article("two", "HDI said 12,000 North Korean soldiers are in Russia.", { published: "2024-11-04" }),
    );
    expect(lone.topics.find((t) => t.id === "troops-deployed")?.summary).not.toMatch(/stands behind figures/);
  });
  it("a figure an article withdraws conflicts with no one; its correction counts what the withdrawn figure did", () => {
    const data = compare(
      article(
        "corrected",
        "About 2,050 North Korean troops have died in the war, the Cardew Agency said.\nCorrection: An earlier version of this article said 3,050 North Korean troops had died. The Cardew Agency figure is about 2,050.",
        { published: "2025-09-12" },
      ),
      article("other-count", "HDI said 4,050 North Korean troops have died in the war.", { published: "2025-09-11" }),
    );
    expect(claim(data, "corrected", "3,050").stance).toBe("disputes");
    expect(data.claims.filter((c) => c.article === "corrected").map((c) => c.kind)).toEqual([
      "casualties-killed",
      "casualties-killed",
      "casualties-killed",
    ]);
    const summary = data.topics.find((t) => t.id === "casualties")?.summary ?? "";
    expect(summary).toMatch(/conflict outright: [^.]*4,050/);
    expect(/conflict outright: [^.]*/.exec(summary)?.[0]).not.toMatch(/3,050/);
    expect(summary).toMatch(/3,050 people is given only to be rejected/);
  });
  it("'the most widely printed' names only groups printed more widely than the rest, never a one-article group", () => {
    const counts = [1050, 2050, 3050, 4050, 5050, 6050, 7050];
    const single = counts.map((n, k) =>
      article(
        `one-${k}`,
        `Source${"ABCDEFG"[k]} Bureau said ${n.toLocaleString("en-US")} North Korean soldiers had been killed.`,
        {
          published: "2025-03-01",
        },
      ),
    );
    const data = compare(
      ...single,
      article("twice-a", "The Cardew Agency said 9,050 North Korean soldiers had been killed.", {
        published: "2025-03-01",
      }),
      article("twice-b", "The Cardew Agency said 9,050 North Korean soldiers had been killed.", {
        published: "2025-03-02",
      }),
    );
    const summary = data.topics.find((t) => t.id === "casualties")?.summary ?? "";
    expect(summary).toMatch(/the most widely printed is 9,050 people \(2 articles\)/);
    const alone = compare(...single);
    const text = alone.topics.find((t) => t.id === "casualties")?.summary ?? "";
    expect(text).not.toMatch(/most widely printed/);
    expect(text).toMatch(/each is printed in one article/);
  });
  it("'North Korean units' names no military unit called 'North Korean'; 'the Storm Corps' does", () => {
    const data = compare(
      article(
        "units",
        "North Korean units have been fighting in Kursk since November.\nThe Cardew Agency said 11,050 North Korean soldiers, many from the Storm Corps, are in Russia.",
      ),
    );
    const units = data.people.filter((p) => p.type === "unit").map((p) => p.name);
    expect(units).not.toContain("North Korean");
    expect(units).toContain("Storm Corps");
  });
  it("'the 11th Corps' is a unit of that name, never one called 'Corps'", () => {
    const data = compare(
      article(
        "ordinal-unit",
        "The Cardew Agency said 11,050 North Korean soldiers, many from the 11th Corps, are in Russia.\nThe Corps was formed in 1968.",
      ),
    );
    const units = data.people.filter((p) => p.type === "unit").map((p) => p.name);
    expect(units).toEqual(["11th Corps"]);
  });
  it("the most repeated figure is said to be 'written exactly as' its group's label when the group holds more articles", () => {
    const data = compare(
      article("p-one", "The Cardew Agency said Russia pays $2,050 a month for each soldier."),
      article("p-two", "The Cardew Agency said Russia pays $2,050 a month for each soldier."),
      article("p-three", "The Cardew Agency said each soldier was promised $2,050 by Moscow."),
    );
    const summary = data.topics.find((t) => t.id === "pay-per-soldier")?.summary ?? "";
    expect(summary).toMatch(/one group, \$2,050 a month \(3 articles\)/);
    expect(summary).toMatch(
      /The most repeated figure, written exactly as \$2,050 a month, is given 2 times in 2 articles/,
    );
  });
  it("'the Institute for Peninsula Affairs' is one body, not a person called 'Peninsula Affairs'", () => {
    const data = compare(
      article(
        "institute",
        "A private's allowance is just 1,550 won, according to testimony collected by the Institute for Peninsula Affairs.\nKwon Mi-rae, a researcher at the institute, said soldiers get 2.8 million won.",
      ),
    );
    expect(data.people.map((p) => p.name)).not.toContain("Peninsula Affairs");
  });
  it("totals alike in value but for different head counts are told apart, and 'That adds up to' keeps the head count", () => {
    const data = compare(
      article(
        "total-ten",
        "The Cardew Agency said Russia pays $2,050 a month per soldier, for a total of $20.5 million a month for 10,000 soldiers.",
      ),
      article(
        "total-twelve",
        "Analysts said Moscow pays $20.5 million a month for 12,000 soldiers.\nThat adds up to $246 million over a year.",
      ),
    );
    const summary = data.topics.find((t) => t.id === "pay-total")?.summary ?? "";
    expect(summary).toMatch(/\$20\.5 million a month for 10,000 soldiers \(1 article\)/);
    expect(summary).toMatch(/\$20\.5 million a month for 12,000 soldiers \(1 article\)/);
    expect(summary).not.toMatch(/most repeated figure/);
    expect(claim(data, "total-twelve", "$246 million").basis?.count).toBe(12000);
  });
  it("figures of different scopes are not comparable, with the reason", () => {
    const data = compare(
      article(
        "labour",
        "The agency said Russia pays $3,000 a month for each soldier.\nAbout 80% of the pay goes into the regime's coffers.\nDefector Ri Chol-ho said soldiers sent for labour receive only $600 a month.",
      ),
    );
    const take = claim(data, "labour", "$600");
    expect(take.scope).toMatch(/labour/);
    const k = data.checks.find((c) => c.against === take.id);
    expect(k?.verdict).toBe("not-comparable");
    expect(k?.detail).toMatch(/counts soldiers sent for labour, while \$3,000 a month counts no narrower scope/);
  });
  it("a total the sentence works out from the rate is called the outlet's arithmetic; a total stated beside it is not", () => {
    const data = compare(
      article(
        "worked-out",
        "The agency said Russia pays $3,000 a month for each soldier, which translates to $30 million a month for 10,000 soldiers.",
      ),
      article(
        "stated",
        "The agency said Russia pays $3,000 a month for each soldier, spending a total of $30 million a month for 10,000 soldiers.",
      ),
    );
    const detail = (slug: string) =>
      data.checks.find((c) => c.type === "total-vs-rate" && c.against?.startsWith(slug))?.detail ?? "";
    expect(detail("worked-out")).toMatch(/the outlet's arithmetic/);
    expect(detail("stated")).not.toMatch(/arithmetic/);
  });
  it("a figure set against an input its own source disputes is not comparable", () => {
    const data = compare(
      article(
        "doubter",
        "The agency said about 80% of the pay goes into the regime's coffers.\nDefector Park Min-ho doubted claims that Russia pays each North Korean soldier $3,000 a month, a figure reported by the Defence Intelligence Service.\nBased on his experience, he said soldiers take home only $600 a month.",
      ),
    );
    const k = data.checks.find((c) => c.type === "take-home-vs-share");
    expect(k?.verdict).toBe("not-comparable");
    expect(k?.detail).toMatch(/Park Min-ho disputes the \$3,000 a month/);
  });
  it("a check drawing inputs from different articles says so in its title and detail", () => {
    const data = compare(
      article("rate-only", "The agency said Russia pays $3,000 a month for each soldier."),
      article(
        "share-only",
        "About 80% of the pay goes into the regime's coffers, officials said.\nThis means a soldier would end up earning $600 a month.",
      ),
    );
    const k = data.checks.find((c) => c.type === "take-home-vs-share");
    expect(k?.title).toMatch(/figures from 2 articles/);
    expect(k?.detail).toMatch(/rate-only/);
  });
});

describe("a plural noun opening a sentence", () => {
  it("'People say …' and 'Officials said …' name no person called 'People' or 'Officials'", () => {
    const data = compare(
      article(
        "plural-lead",
        "“People say it is the price of a son,” the source said.\nOfficials said 1,050 North Korean soldiers had been killed.",
      ),
    );
    const persons = data.people.filter((p) => p.type === "person").map((p) => p.name);
    expect(persons).not.toContain("People");
    expect(persons).not.toContain("Officials");
    expect(claim(data, "plural-lead", "1,050").attributedTo?.name.toLowerCase()).toBe("officials");
  });
});

describe("a document's name", () => {
  it("'the Geneva Conventions' and 'the Minsk Accords' are no people; a person named beside them still is", () => {
    const data = compare(
      article(
        "treaty",
        [
          "Anna Berg said 1,050 North Korean soldiers had been captured and were treated in line with the Geneva Conventions.",
          "Tomas Vendel said the talks would follow the Minsk Accords.",
        ].join("\n"),
      ),
    );
    const persons = data.people.filter((p) => p.type === "person").map((p) => p.name);
    expect(persons).not.toContain("Geneva Conventions");
    expect(persons).not.toContain("Minsk Accords");
    expect(persons).toEqual(expect.arrayContaining(["Anna Berg", "Tomas Vendel"]));
  });
});

describe("a Korean given name romanised two ways", () => {
  it("'Kang Min-seok' and 'Kang Min-suk' are one person with both spellings; 'Kang Min-sik' and 'Moon Jae-in' are not touched", () => {
    const data = compare(
      article("k-one", "Kang Min-seok, a researcher, said the regime keeps about 90% of the pay."),
      article("k-two", "Kang Min-suk, a researcher, said the regime keeps up to 80% of the pay."),
      article("k-three", "Kang Min-sik, a defector, said 1,050 North Korean soldiers had been killed."),
    );
    const kangs = data.people.filter((p) => p.name.startsWith("Kang"));
    expect(kangs.map((p) => [p.name, p.articles])).toEqual([
      ["Kang Min-seok", ["k-one", "k-two"]],
      ["Kang Min-sik", ["k-three"]],
    ]);
    expect(nameKey("Moon Jae-in")).toBe("moonjaein");
    expect(nameKey("Seoul")).toBe("seoul");
  });
});

describe("two spellings of one Korean name in one article", () => {
  it("are two people, each with their own spelling and sentences", () => {
    const data = compare(
      article(
        "two-kims",
        [
          "Kim Min-joon, 47, a lawmaker, said about 12,050 North Korean soldiers were in Russia.",
          "Kim Min-jun, 39, a senior analyst, said the regime keeps about 90% of the pay. The two men are not related.",
          "Kim Min-jun said about 1,050 North Korean soldiers had been killed.",
        ].join("\n"),
      ),
    );
    const kims = data.people.filter((p) => p.name.startsWith("Kim Min"));
    expect(kims.map((p) => [p.name, p.variants])).toEqual([
      ["Kim Min-joon", ["Kim Min-joon"]],
      ["Kim Min-jun", ["Kim Min-jun"]],
    ]);
  });
});

describe("one person per person", () => {
  const data = compare(
    article(
      "specialist",
      "Jean Park, a specialist at the Institute, said the soldiers were young.\nPark said 12,000 North Korean soldiers are in Russia.",
    ),
    article(
      "defector",
      "Park Min-ho, a defector, said the soldiers were hungry.\nPark said soldiers are paid $100 a month.\nKim Jong Un sent the soldiers, and Vladimir Putin welcomed them.\nThe Storm Corps was sent first.",
    ),
    article(
      "described",
      "A former special forces soldier said the soldiers would not return.\n“They are too young,” said Ri Chol-ho, who served in the special forces.",
    ),
  );
  const person = (name: string) => data.people.find((p) => p.name === name);

  it("a bare surname counts only for the person its own article names", () => {
    expect(person("Jean Park")?.articles).toEqual(["specialist"]);
    expect(person("Park Min-ho")?.articles).toEqual(["defector"]);
  });
  it("counts are distinct articles and distinct claims", () => {
    const p = person("Park Min-ho");
    expect(new Set(p?.claims).size).toBe(p?.claims.length);
    expect(new Set(p?.articles).size).toBe(p?.articles.length);
  });
  it("people named with no figure are listed with the sentences that name them", () => {
    const kim = person("Kim Jong Un");
    expect(kim?.type).toBe("person");
    expect(kim?.claims).toEqual([]);
    const body = "Kim Jong Un sent the soldiers, and Vladimir Putin welcomed them.";
    expect(kim?.mentions).toHaveLength(1);
    expect(person("Vladimir Putin")?.mentions[0]?.end).toBeGreaterThan(
      person("Vladimir Putin")?.mentions[0]?.start ?? 0,
    );
    const m = kim?.mentions[0];
    expect((m?.end ?? 0) - (m?.start ?? 0)).toBe(body.length);
  });
  it("lists no one it cannot point to: every person has a figure or a sentence naming them; bare groups without a figure are left out", () => {
    const d = compare(
      article(
        "groups",
        "Reports suggest the soldiers are hungry.\nAnalysts warned the war could last.\nPark Min-ho, a defector, said soldiers are paid $90 a month.",
      ),
    );
    for (const p of d.people) expect(p.claims.length + p.about.length + p.mentions.length, p.name).toBeGreaterThan(0);
    expect(d.people.map((p) => p.name)).not.toContain("Reports");
    expect(d.people.map((p) => p.name)).not.toContain("Analysts");
    expect(d.people.find((p) => p.name === "Park Min-ho")?.claims).toHaveLength(1);
  });
  it("an alias entry ties a unit's other spelling, found only by the names scan, to the unit", () => {
    const arts = [
      article(
        "unit-a",
        "The Thunder Brigade was sent to the front.\nOfficials said 4,000 North Korean soldiers are in Russia.",
      ),
      article("unit-b", "A defector served in the Thunder Brigad unit for years."),
    ];
    const d = compareCorpus(
      arts,
      extractCorpus(arts, [
        { id: "thunder-brigade", name: "Thunder Brigade", type: "organization", aliases: ["Thunder Brigad"] },
      ]),
    );
    const units = d.people.filter((p) => p.type === "unit");
    expect(units.map((p) => p.name)).toEqual(["Thunder Brigade"]);
    expect(units[0]?.articles).toEqual(["unit-a", "unit-b"]);
  });
  it("a unit is its own type, never a source", () => {
    expect(person("Storm Corps")?.type).toBe("unit");
  });
  it("a sentence that credits someone by a description counts among the sentences naming them", () => {
    const d = compare(
      article(
        "agency",
        "The Defence Intelligence Bureau briefed reporters on Monday.\nThe bureau said about 9,000 North Korean soldiers had been sent.",
      ),
    );
    const bureau = d.people.find((p) => p.claims.length > 0 && p.type === "organization");
    const credited = d.claims.find((c) => c.id === bureau?.claims[0]);
    expect(credited?.quote).toContain("The bureau said");
    expect(
      bureau?.mentions.some((m) => m.start <= (credited?.quoteStart ?? -1) && m.end > (credited?.quoteStart ?? -1)),
    ).toBe(true);
  });
  it("a description resolves to the one person its article names for it", () => {
    expect(data.people.some((p) => p.name === "A former special forces soldier")).toBe(false);
    expect(person("Ri Chol-ho")?.variants).toContain("A former special forces soldier");
  });
});

describe("the five articles", () => {
  const dir = resolve(import.meta.dirname, "../../content/articles");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(dir, f));
  const { data } = buildFromFiles(files, resolve(import.meta.dirname, "../../content"));

  it("every number of every answer sentence is a value or a count of the claims it cites", () => {
    expect(expectAnswersTrue(data)).toBeGreaterThan(10);
  });
  it("every number of every group's origin sentence and every relation is one of theirs", () => {
    expect(expectGroupsAndRelationsTrue(data)).toBeGreaterThan(10);
  });
  it("the $2,000 group reads at least 1, at most 3 independent origins", () => {
    const cl = data.topics
      .find((t) => t.id === "pay-per-soldier")
      ?.clusters.find((c) => c.min === 2000 || c.label.startsWith("$2,000"));
    expect([cl?.originsAtLeast, cl?.originsAtMost]).toEqual([1, 3]);
    expect(cl?.circular).toMatch(/at least 1, at most 3 independent origins/);
  });
  it("no check is consistent on a range over three times its low end", () => {
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    for (const k of data.checks.filter((c) => c.verdict === "consistent")) {
      const { min, max } = k.computed;
      if (min !== null && max !== null && min > 0) expect(max / min).toBeLessThanOrEqual(3);
      const q = k.against ? byId.get(k.against)?.value : undefined;
      if (q && q.min !== null && q.max !== null && q.min > 0) expect(q.max / q.min).toBeLessThanOrEqual(3);
    }
  });
  it("no label hides a value of its group", () => {
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    for (const cl of data.topics.flatMap((t) => t.clusters)) {
      const labelNums = numbersIn(cl.label);
      if (byId.get(cl.claims[0] ?? "")?.vague) continue;
      const lo = Math.min(...labelNums);
      const hi = Math.max(...labelNums);
      const openLow = /up to/.test(cl.label);
      const openHigh = /at least|or more/.test(cl.label);
      for (const id of cl.claims) {
        const c = byId.get(id) as ClaimView;
        const m = monthlyInterval(c);
        // A value may be labelled as written or per month; either reading must lie inside the label.
        const inside = (v: { min: number | null; max: number | null }) =>
          [v.min, v.max].every((n) => n === null || ((openLow || n >= lo) && (openHigh || n <= hi)));
        expect(inside(c.value) || inside(m), `${cl.label} hides ${c.figure}`).toBe(true);
      }
    }
  });
});

describe("a head count against a yearly flow", () => {
  it("is a difference of scope, never a question of dates", () => {
    const d = compare(
      article(
        "flow",
        "Analyst Han Su-min said Russia could receive 15,000 North Korean soldiers at a time.\nThe rotation could bring about 90,000 North Korean soldiers a year to Russia.",
      ),
    );
    const rel = d.topics
      .flatMap((t) => t.relations)
      .find((r) => /a year/.test(r.explanation) && /15,000/.test(r.explanation));
    if (rel) {
      expect(rel.type).toBe("different-scope");
      expect(rel.explanation).toMatch(/counts people per period, while .* counts people at one time/);
    }
    const stock = claim(d, "flow", "15,000");
    const flow = claim(d, "flow", "90,000");
    expect(stock.kind).toBe(flow.kind);
    const direct = relate(stock, flow);
    expect(direct.type).toBe("different-scope");
    expect(direct.explanation).not.toMatch(/cannot be told|may differ in time/);
  });
});

describe("a topic's answer and its claim pages agree on conflicts", () => {
  it("never says nothing conflicts while a claim page of the topic lists a conflict", () => {
    // The groups' first claims are months apart, so the groups read as different moments; two of
    // their claims are of the same day and conflict.
    const data = compare(
      article("p-january", "Officials said each North Korean soldier is paid $800 a month.", {
        published: "2025-01-10",
      }),
      article("p-june", "Analysts said each North Korean soldier is paid $800 a month.", { published: "2025-06-10" }),
      article("p-agency", "The spy agency said each North Korean soldier is paid $2,000 a month.", {
        published: "2025-06-10",
      }),
    );
    const topic = data.topics.find((t) => t.id === "pay-per-soldier");
    const june = claim(data, "p-june", "$800");
    expect(june.related.some((r) => r.type === "conflicts" && r.to === claim(data, "p-agency", "$2,000").id)).toBe(
      true,
    );
    expect(topic?.summary).not.toContain("Nothing conflicts outright");
    expect(topic?.summary).toContain("$800 a month (Analysts) against $2,000 a month");
  });
});

describe("successive estimates", () => {
  it("two approximate counts that differ as written and are weeks apart are different moments, not agreement", () => {
    const early = article("e-january", "The spy agency said North Korean casualties had reached about 3,100.", {
      published: "2025-01-14",
    });
    const late = article("e-march", "The spy agency said North Korean casualties had risen to about 3,700.", {
      published: "2025-03-01",
    });
    const close = article("e-january-later", "Officials said North Korean casualties had reached about 3,700.", {
      published: "2025-01-20",
    });
    const rel = relate(
      claim(compare(early, late), "e-january", "3,100"),
      claim(compare(early, late), "e-march", "3,700"),
    );
    expect(rel.type).toBe("different-time");
    expect(rel.explanation).toContain("meet only within their margins");
    // Within the same few days the same two counts still agree within their margins.
    const same = relate(
      claim(compare(early, close), "e-january", "3,100"),
      claim(compare(early, close), "e-january-later", "3,700"),
    );
    expect(same.type).toBe("agrees");
  });
  it("an update and the count it replaces are two groups, never values that agree", () => {
    const data = compare(
      article(
        "u-update",
        "North Korea now has about 12,000 soldiers in Russia, up from 11,000 in November, the spy agency said on Wednesday.",
        { published: "2025-01-16" },
      ),
      article("u-other", "The Pentagon said on Tuesday that about 10,500 North Korean soldiers were in Russia.", {
        published: "2024-11-20",
      }),
      article("u-same-week", "Officials said on Monday about 12,500 North Korean troops were in Russia.", {
        published: "2025-01-16",
      }),
    );
    const now = claim(data, "u-update", "12,000");
    const before = claim(data, "u-update", "11,000");
    expect(relate(now, before).type).toBe("different-time");
    const clusters = data.topics.find((t) => t.id === "troops-deployed")?.clusters ?? [];
    const groupOf = (c: ClaimView) => clusters.find((cl) => cl.claims.includes(c.id));
    expect(groupOf(now)).not.toBe(groupOf(before));
    // Counts of the same weeks still agree within their margins.
    expect(groupOf(now)).toBe(groupOf(claim(data, "u-same-week", "12,500")));
    expect(groupOf(before)).toBe(groupOf(claim(data, "u-other", "10,500")));
  });
  it("an undated earlier figure and the one its sentence says replaced it are two moments, never agreement", () => {
    const data = compare(
      article(
        "r-update",
        "The HUR said on Monday that about 12,000 North Korean soldiers were in Russia, up from 11,000.",
        { published: "2025-03-05" },
      ),
      article(
        "r-revised",
        "Casualties among the North Korean troops were revised to about 6,200 from 5,800, Kyiv said.",
        {
          published: "2025-03-06",
        },
      ),
      article("r-other", "Officials said on Tuesday that about 11,500 North Korean soldiers were in Russia.", {
        published: "2025-03-04",
      }),
    );
    const now = claim(data, "r-update", "12,000");
    const before = claim(data, "r-update", "11,000");
    expect(before.asOf).toBeNull();
    expect(before.earlier).toBe(true);
    expect(now.earlier).toBeUndefined();
    for (const [a, b] of [
      [now, before],
      [before, now],
    ] as const) {
      const rel = relate(a, b);
      expect(rel.type).toBe("different-time");
      expect(rel.explanation).toBe(
        "11,000 people (HUR, undated) is the earlier figure that the same sentence sets against about 12,000 people (HUR, 2025-03-03), so they are counts at different moments, not two figures that agree or conflict.",
      );
    }
    const groupOf = (c: ClaimView) => clusterOf(data, c.id);
    expect(groupOf(now)).not.toBe(groupOf(before));
    // Another source's count of the same days still meets each within its margins.
    expect([groupOf(now), groupOf(before)]).toContain(groupOf(claim(data, "r-other", "11,500")));
    const revised = claim(data, "r-revised", "6,200");
    const replaced = claim(data, "r-revised", "5,800");
    expect(replaced.earlier).toBe(true);
    expect(relate(revised, replaced).type).toBe("different-time");
    expect(groupOf(revised)).not.toBe(groupOf(replaced));
  });
  it("a topic reads two groups through the sentence that gives one's figure as replaced by the other's", () => {
    const data = compare(
      article(
        "g-revised",
        "The NIS raised its estimate of North Korean casualties to 4,750 from 3,050, lawmakers said on Thursday.",
        { published: "2025-04-03" },
      ),
      article("a-same-value", "The NIS said 4,750 North Korean soldiers had been killed or wounded.", {
        published: "2025-04-02",
      }),
    );
    const before = claim(data, "g-revised", "3,050");
    const after = claim(data, "g-revised", "4,750");
    const other = claim(data, "a-same-value", "4,750");
    expect(clusterOf(data, after.id)).toBe(clusterOf(data, other.id));
    // The group's first claim is the other article's: read through it, the pair would be "cannot tell".
    expect(clusterOf(data, after.id).claims[0]).toBe(other.id);
    expect(relate(before, other).type).toBe("undetermined");
    const topic = data.topics.find((t) => t.clusters.some((cl) => cl.claims.includes(before.id)));
    const between = topic?.relations.find(
      (r) => [r.from, r.to].includes(before.id) || [r.from, r.to].includes(after.id),
    );
    expect(between?.type).toBe("different-time");
    expect(between?.explanation).toContain("is the earlier figure that the same sentence sets against");
    expect(JSON.stringify(topic?.answer)).not.toContain("conflict cannot be told");
  });
  it("no group holds two claims that the relation rules call different moments", () => {
    const dir = resolve(import.meta.dirname, "../../content/articles");
    const articles = readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => join(dir, f));
    const datas = [
      buildFromFiles(articles, resolve(import.meta.dirname, "../../content")).data,
      compare(
        article("m-a", "The spy agency said about 3,100 North Korean soldiers were killed or wounded.", {
          published: "2025-01-14",
        }),
        article("m-b", "The spy agency said about 3,700 North Korean soldiers were killed or wounded.", {
          published: "2025-03-01",
        }),
        article("m-c", "Kyiv said about 3,400 North Korean soldiers were killed or wounded.", {
          published: "2025-02-05",
        }),
      ),
    ];
    let pairs = 0;
    for (const data of datas) {
      const byId = new Map(data.claims.map((c) => [c.id, c]));
      for (const cl of data.topics.flatMap((t) => t.clusters))
        for (const a of cl.claims)
          for (const b of cl.claims) {
            if (a >= b) continue;
            pairs++;
            const r = relate(byId.get(a) as ClaimView, byId.get(b) as ClaimView);
            expect(r.type, `${a} / ${b}: ${r.explanation}`).not.toBe("different-time");
          }
    }
    expect(pairs).toBeGreaterThan(10);
  });
});

describe("the largest group", () => {
  it("is named only when no other group has as many articles", () => {
    const keeps = (slug: string, who: string, share: string) =>
      article(slug, `${who} said the regime keeps ${share} of the soldiers' pay.`);
    const tie = compare(
      keeps("g-a", "Analyst Kim Do-yun", "80%"),
      keeps("g-b", "Analyst Lee Ha-na", "about 84%"),
      keeps("g-c", "Analyst Park Ji-ho", "95%"),
      keeps("g-d", "Analyst Choi Min-seo", "about 97%"),
    );
    const summary = (d: CorpusData) => d.topics.find((t) => t.id === "regime-share")?.summary ?? "";
    expect(summary(tie)).toContain("No figure is given twice; one of the groups tied for the most articles, ");
    expect(summary(tie)).not.toContain("the largest group");
    const clear = compare(
      keeps("g-a", "Analyst Kim Do-yun", "80%"),
      keeps("g-b", "Analyst Lee Ha-na", "about 84%"),
      keeps("g-e", "Analyst Jung Woo-jin", "about 82%"),
      keeps("g-c", "Analyst Park Ji-ho", "95%"),
      keeps("g-d", "Analyst Choi Min-seo", "about 97%"),
    );
    expect(summary(clear)).toContain("No figure is given twice; the largest group, 80%–84% (3 articles)");
    expect(expectAnswersTrue(tie)).toBeGreaterThan(3);
  });
});

describe("groups that share an origin", () => {
  it("with an unnamed source each are never said to rest on the same one", () => {
    const data = compare(
      article("un-a", "An official said on Monday that 600 North Korean soldiers had been killed.", {
        published: "2025-01-20",
      }),
      article("un-b", "A military source said on Monday that 1,000 North Korean soldiers had been killed.", {
        published: "2025-03-20",
      }),
    );
    const between = data.topics
      .flatMap((t) => t.relations)
      .filter((r) => /groups? rest/.test(r.explanation))
      .map((r) => r.explanation);
    expect(between.length).toBeGreaterThan(0);
    for (const e of between)
      expect(e).toContain("Both groups rest on 1 unnamed source, but not the same unnamed ones.");
  });
  it("are never said to rest on different origins", () => {
    const said = (slug: string, who: string, n: string, day: string) =>
      article(slug, `${who} said on Monday that ${n} North Korean soldiers were in Russia.`, { published: day });
    const data = compare(
      said("o-nis-early", "The NIS", "11,000", "2024-11-19"),
      said("o-hur-early", "Ukraine's HUR", "11,000", "2024-11-19"),
      said("o-hur-late", "Ukraine's HUR", "13,000", "2025-01-21"),
      said("o-pentagon-late", "The Pentagon", "13,000", "2025-01-21"),
    );
    const between = data.topics
      .flatMap((t) => t.relations)
      .filter((r) => /groups? rest/.test(r.explanation))
      .map((r) => r.explanation);
    expect(between.length).toBeGreaterThan(0);
    for (const e of between) {
      expect(e).not.toContain("different origins");
      expect(e).toMatch(/Both groups rest in part on /);
    }
  });
});

describe("a group that holds a copy given only to be rejected", () => {
  it("does not count the rejected copy among the origins it rests on", () => {
    const data = compare(
      article("rj-nis", "The NIS said on Monday that 2,700 North Korean soldiers had been wounded.", {
        published: "2025-01-20",
      }),
      article(
        "rj-blog",
        [
          "08:15 — South Korea's Joint Chiefs of Staff said about 300 North Korean soldiers had been killed and 2,700 wounded in Kursk.",
          "12:30 — Correction: In our 08:15 entry we said the JCS put the wounded at 2,700. The JCS figure is 2,600; we regret the error.",
        ].join("\n"),
        { published: "2025-01-28" },
      ),
    );
    const between = data.topics
      .flatMap((t) => t.relations)
      .filter((r) => /2,700 people on/.test(r.explanation))
      .map((r) => r.explanation);
    expect(between.length).toBeGreaterThan(0);
    for (const e of between) expect(e).not.toMatch(/2,700 people on [^,.]*unnamed source/);
  });
});

describe("two figures of groups that share an origin", () => {
  it("name each figure's own origin before what the groups share, when the two figures' origins differ", () => {
    const said = (slug: string, who: string, n: string, day: string) =>
      article(slug, `${who} said on Monday that ${n} North Korean soldiers were in Russia.`, { published: day });
    const data = compare(
      said("p-nis-floor", "The NIS", "at least 12,000", "2025-01-14"),
      said("p-hur-count", "Ukraine's HUR", "12,000", "2025-03-18"),
      said("p-nis-count", "The NIS", "about 14,000", "2025-03-18"),
    );
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    const between = data.topics.flatMap((t) => t.relations).filter((r) => /groups rest/.test(r.explanation));
    expect(between.length).toBeGreaterThan(0);
    let apart = 0;
    for (const r of between) {
      const from = byId.get(r.from)?.origin;
      const to = byId.get(r.to)?.origin;
      if (!from || !to) throw new Error(`no claim ${r.from} or ${r.to}`);
      if (from.key === to.key) {
        expect(r.explanation).not.toContain("The first figure comes from");
        continue;
      }
      apart++;
      const a = byId.get(r.from)?.valueText ?? "";
      const b = byId.get(r.to)?.valueText ?? "";
      expect(r.explanation).toContain(`${upperFirst(a)} comes from ${from.label}, ${b} from ${to.label};`);
    }
    expect(apart).toBeGreaterThan(0);
  });

  it("name each figure by its value, whichever the relation writes first", () => {
    const data = compare(
      article(
        "q-nis-down",
        "The NIS said the number of North Korean dead stood at 3,000, down from the 3,600 that Ukraine's HUR had reported.",
        { published: "2025-03-01" },
      ),
      article("q-nis-early", "The NIS said 3,600 North Korean soldiers had been killed.", { published: "2025-01-10" }),
    );
    const named = data.topics
      .flatMap((t) => t.relations)
      .filter((r) => / comes from /.test(r.explanation))
      .map((r) => r.explanation);
    expect(named.length).toBeGreaterThan(0);
    const hur = claim(data, "q-nis-down", "3,600");
    const nis = claim(data, "q-nis-down", "3,000");
    expect(hur.origin.key).not.toBe(nis.origin.key);
    for (const e of named) {
      expect(e).toMatch(new RegExp(`${hur.valueText} (?:comes )?from ${hur.origin.label}`, "i"));
      expect(e).toMatch(new RegExp(`${nis.valueText} (?:comes )?from ${nis.origin.label}`, "i"));
    }
  });
});

describe("totals for different head counts", () => {
  const total = (slug: string, heads: string, sum: string, day: string) =>
    article(
      slug,
      `Analyst ${slug.toUpperCase().replace("-", " ")} said Russia pays $2,000 a month for each North Korean soldier, shelling out a total of ${sum} a month for ${heads} soldiers.`,
      { published: day },
    );
  const data = compare(
    total("h-ten", "10,000", "$20m", "2024-11-21"),
    total("h-twelve", "12,000", "$24m", "2024-11-22"),
    total("h-also-ten", "10,000", "$26m", "2024-11-22"),
  );
  const ten = claim(data, "h-ten", "$20m");
  const twelve = claim(data, "h-twelve", "$24m");
  it("differ because their counts do, not because their sources disagree", () => {
    const r = relate(ten, twelve);
    expect(r.type).toBe("different-scope");
    expect(r.explanation).toContain("is for 10,000 soldiers, while");
    expect(r.explanation).toContain("is for 12,000, so they total different head counts");
  });
  it("for the same count still conflict, and the answer names the counts", () => {
    expect(relate(ten, claim(data, "h-also-ten", "$26m")).type).toBe("conflicts");
    const t = data.topics.find((x) => x.id === "pay-total") as Topic;
    expect(t.summary).toMatch(
      /The groups differ in the head count they total \(\$20 million a month is for 10,000 soldiers;/,
    );
    expect(t.summary).toMatch(/\$24 million a month is for 12,000 soldiers/);
    expect(t.summary).toMatch(/These conflict outright: \$20 million a month \([^)]*\) against \$26 million a month/);
    expect(expectAnswersTrue(data)).toBeGreaterThan(5);
  });
  it("are never one group, even when their values meet within a margin", () => {
    const near = compare(
      total("n-ten", "10,000", "$20m", "2024-11-21"),
      total("n-eleven", "11,000", "about $21m", "2024-11-21"),
    );
    const t = near.topics.find((x) => x.id === "pay-total") as Topic;
    expect(t.clusters.map((c) => c.claims.length)).toEqual([1, 1]);
    expect(relate(claim(near, "n-ten", "$20m"), claim(near, "n-eleven", "$21m")).type).toBe("different-scope");
  });
});

describe("what a disputer gives instead", () => {
  it("is a figure of the same sort: a death toll for a death toll, never a projection of troops", () => {
    const data = compare(
      article(
        "d-family",
        [
          "Analyst Ha Eun-ji said the 310 deaths reported in January were probably an undercount.",
          "Ha Eun-ji said up to 90,000 North Korean troops could be sent by the end of the year.",
          "Ha Eun-ji said at least 1,100 North Korean soldiers had been killed.",
        ].join("\n"),
        { published: "2025-03-01" },
      ),
    );
    const disputed = claim(data, "d-family", "310");
    expect(disputed.disputedBy?.name).toBe("Ha Eun-ji");
    const by = (figure: string): string => claim(data, "d-family", figure).id;
    const disputes = disputed.related.filter((r) => r.type === "disputes").map((r) => r.to);
    expect(disputes).toContain(by("1,100"));
    expect(disputes).not.toContain(by("90,000"));
  });
});

describe("a dispute is read in the article that makes it", () => {
  it("never says 'X disputes 1,000 and gives 1,000 instead' across articles, nor with the same value", () => {
    const data = compare(
      article("d-report", "The Cardew Agency said about 1,050 North Korean soldiers had been killed.", {
        published: "2025-04-01",
      }),
      article(
        "d-denial",
        "The Cardew Agency denied a report by the Harbour Ledger that 1,050 North Korean soldiers had been killed.",
        { published: "2025-04-05" },
      ),
    );
    expect(claim(data, "d-denial", "1,050").disputedBy?.name).toBe("Cardew Agency");
    for (const c of data.claims)
      for (const r of c.related) {
        const m = /disputes (.+?) and gives (.+?) instead/.exec(r.explanation);
        if (m) expect(m[1]).not.toBe(m[2]);
        if (r.type === "disputes") expect(data.claims.find((o) => o.id === r.to)?.article).toBe(c.article);
      }
  });
});

describe("a date given as a month or a year is not a day", () => {
  const data = compare(
    article("month-only", "North Korea had 11,000 soldiers in Russia in October, the NIS said.", {
      published: "2024-11-25",
    }),
    article("a-day", "The Pentagon said on Monday that 13,500 North Korean soldiers are in Russia.", {
      published: "2024-10-16",
    }),
    article("months-later", "The Pentagon said on Monday that 14,000 North Korean soldiers are in Russia.", {
      published: "2025-01-22",
    }),
  );
  const month = claim(data, "month-only", "11,000");
  const day = claim(data, "a-day", "13,500");
  const later = claim(data, "months-later", "14,000");
  const rel = (from: ClaimView, to: ClaimView) => from.related.find((r) => r.to === to.id);

  it("keeps the month as the article gives it", () => {
    expect(month.asOf).toBe("2024-10-01");
    expect(month.asOfPrecision).toBe("month");
  });
  it("prints the month, never its first day, and cannot call a month and a day in it the same time", () => {
    const r = rel(month, day);
    expect(r?.type).toBe("undetermined");
    expect(r?.explanation).toContain("11,000 people (NIS, 2024-10)");
    expect(r?.explanation).toMatch(/dated 2024-10 and 2024-10-14, and a date given only as a month/);
    for (const c of data.claims)
      for (const x of c.related) expect(x.explanation, `${c.id} → ${x.to}`).not.toContain("2024-10-01");
  });
  it("calls a month and a day months later different moments, with the month as written", () => {
    const r = rel(later, month);
    expect(r?.type).toBe("different-time");
    expect(r?.explanation).toContain(
      "they are dated 2025-01-20 and 2024-10, so they may be counts at different moments",
    );
  });
  it("the topic's answer gives the coarse date, not a missing one, as the reason it cannot tell", () => {
    const summary = data.topics.find((t) => t.id === "troops-deployed")?.summary ?? "";
    expect(summary).toMatch(/conflict cannot be told: a date given only as a month or a year does not tell/);
    expect(summary).not.toContain("a date is missing");
    const undated = compare(
      article("no-date", "North Korea had 11,000 soldiers in Russia, the NIS said."),
      article("dated", "The Pentagon said on Monday that 13,500 North Korean soldiers are in Russia.", {
        published: "2024-10-16",
      }),
    );
    expect(undated.topics.find((t) => t.id === "troops-deployed")?.summary).toMatch(
      /conflict cannot be told: a date is missing,/,
    );
  });
  it("a lower count of losses from one source dated only by its article gives that reason, not a coarse date", () => {
    const data = compare(
      article("toll-early", "The Cardew Agency said on Monday that 2,010 North Korean soldiers had been killed.", {
        published: "2025-03-12",
      }),
      article("toll-later", "The Cardew Agency has said about 610 North Korean soldiers have been killed.", {
        published: "2025-06-20",
      }),
    );
    const early = claim(data, "toll-early", "2,010");
    const late = claim(data, "toll-later", "610");
    expect([early.asOfPrecision, late.asOfPrecision, late.asOfSource]).toEqual([undefined, undefined, "article"]);
    expect(late.related.find((r) => r.to === early.id)?.type).toBe("undetermined");
    const summary = data.topics.find((t) => t.kinds.includes("casualties-killed"))?.summary ?? "";
    expect(summary).toMatch(
      /conflict cannot be told: a lower count of losses from the same source is dated only by its article and may repeat/,
    );
    expect(summary).not.toContain("month or a year");
  });
});

describe("an outlet's own name in its text", () => {
  it("is never listed as a person", () => {
    const own = article(
      "own-name",
      "The NIS said 11,000 North Korean soldiers are in Russia.\nThe Harbour Ledger could not independently verify the figure.",
      { publisher: "Harbour Ledger" },
    );
    const data = compare(own);
    expect(data.people.map((p) => p.name)).not.toContain("Harbour Ledger");
    expect(data.people.map((p) => p.name)).toContain("NIS");
  });

  it("is never listed among people or bodies when the text makes it a subject", () => {
    const own = article(
      "own-monitor",
      "The NIS said 11,000 North Korean soldiers are in Russia.\nThe Danube Harbour Monitor was unable to confirm the figure.",
      { publisher: "Danube Harbour Monitor" },
    );
    expect(compare(own).people.map((p) => p.name)).not.toContain("Danube Harbour Monitor");
  });
});

describe("a rotation inside a projection", () => {
  const data = compare(
    article(
      "rotation-forecast",
      "Analyst Hanne Lind said North Korea could send 27,000 soldiers a year to Russia, rotating 9,000 soldiers every four months.",
      { published: "2025-01-10" },
    ),
  );

  it("the contingent that rotates is a projection, not a count of troops in Russia", () => {
    expect(claim(data, "rotation-forecast", "9,000").kind).toBe("troops-projected");
  });
  it("is checked with the contingent, not the yearly figure, and says each number once", () => {
    const check = data.checks.find((k) => k.type === "rotation");
    expect(check?.title).toBe("How many soldiers a year does rotating 9,000 every 4 months give?");
    expect(check?.formula).toContain("9,000 × 12 ÷ 4 months = 27,000 a year;");
    expect(check?.verdict).toBe("consistent");
  });
});

describe("a head count an article withdraws", () => {
  const data = compare(
    article(
      "withdrawn-count",
      "Correction: An earlier version of this article said 19,000 North Korean soldiers were in Russia. The correct figure, according to the Pentagon, is 11,500.",
      { published: "2025-02-01" },
    ),
    article("other-count", "The Pentagon said 10,000 North Korean soldiers are in Russia.", {
      published: "2025-01-20",
    }),
    article(
      "pay-bill",
      "Russia pays each North Korean soldier $2,500 a month, the NIS said.\nMoscow is paying a total of $25 million a month for the soldiers, the NIS said.",
      { published: "2025-01-25" },
    ),
  );

  it("is never a head count of an arithmetic check", () => {
    const total = data.checks.find((k) => k.type === "total-vs-rate");
    expect(total, data.checks.map((k) => k.type).join(", ")).toBeDefined();
    expect(total?.formula).not.toContain("19,000");
    expect(total?.inputs).not.toContain(claim(data, "withdrawn-count", "19,000").id);
  });
});

describe("someone who speaks for a body", () => {
  it("a spokesman's or deputy director's figures have the body as their origin; a former official's do not", () => {
    const data = compare(
      article(
        "body-itself",
        "The Defence Intelligence Service said about 11,000 North Korean troops were in Russia.\nThe Defence Intelligence Service said North Korean soldiers in Russia are paid $2,500 a month.",
      ),
      article(
        "its-spokesman",
        "Oleh Varta, a spokesman for the Defence Intelligence Service, said about 11,000 North Korean troops were in Russia.",
      ),
      article(
        "its-former-official",
        "Ivan Brovko, a former official of the Defence Intelligence Service, said North Korean soldiers in Russia are paid $2,500 a month.",
      ),
    );
    const body = claim(data, "body-itself", "11,000");
    const spoken = claim(data, "its-spokesman", "11,000");
    expect(spoken.attributedTo?.name).toBe("Oleh Varta");
    expect(spoken.origin.key).toBe(body.origin.key);
    expect(spoken.origin.through).toMatchObject({
      name: "Oleh Varta",
      role: "a spokesman for the Defence Intelligence Service",
    });
    expect([clusterOf(data, spoken.id).originsAtLeast, clusterOf(data, spoken.id).originsAtMost]).toEqual([1, 1]);
    const former = claim(data, "its-former-official", "$2,500");
    expect(former.origin.key).not.toBe(claim(data, "body-itself", "$2,500").origin.key);
    expect(former.origin.through).toBeUndefined();
  });
});

describe("a total checked against its own article's head count", () => {
  it("takes the head count the same article reports, and the corpus's range only when it reports none", () => {
    const data = compare(
      article("other-heads", "The Pentagon said 15,000 North Korean soldiers are in Russia."),
      article(
        "own-head",
        "Around 11,000 North Korean troops have been sent, the agency said.\nThe agency said Russia pays $2,000 a month for each soldier.\nAnalyst Park Min-ho said the arrangement brings the regime roughly $22 million a month.",
      ),
      article("no-head", "Analyst Han Ji-woo said the regime could earn $270 million a year."),
    );
    const check = (slug: string) => data.checks.find((c) => c.type === "total-vs-rate" && c.against?.startsWith(slug));
    expect(check("own-head")?.formula).toBe("$2,000 a month × 11,000 soldiers × 1 month = $22 million a month");
    expect(check("own-head")?.detail).toMatch(
      /^The total gives no head count; this takes the head count its own article reports over a month\./,
    );
    expect(check("own-head")?.verdict).toBe("consistent");
    expect(new Set(check("own-head")?.inputs).size).toBe(check("own-head")?.inputs.length);
    // No head count of its own: the range of the articles' head counts.
    expect(check("no-head")?.formula).toMatch(/× 11,000–15,000 soldiers × 12 months/);
  });
});

describe("a total over several years", () => {
  it("'Over two years, 14,000 soldiers paid $2,000 a month would bring $672 million' is checked over 24 months with its own head count", () => {
    const data = compare(
      article("other-heads-2", "The Pentagon said 11,000 North Korean soldiers are in Russia."),
      article(
        "two-years",
        "The agency said Russia pays $2,000 a month for each soldier.\nOver two years, 14,000 soldiers paid $2,000 a month would bring Pyongyang $672 million.",
      ),
    );
    const total = data.claims.find((c) => c.figure === "$672 million");
    expect(total?.value.per).toBeNull();
    const check = data.checks.find((c) => c.type === "total-vs-rate" && c.against === total?.id);
    expect(check?.formula).toBe("$2,000 a month × 14,000 soldiers × 24 months = $672 million");
    expect(check?.verdict).toBe("consistent");
    expect(check?.detail).toMatch(/over the two years its sentence names\./);
  });
});

describe("a check's formula names the periods it multiplies by", () => {
  it("a day's pay over a month is '× 30 days', never '× 30 months'", () => {
    const data = compare(
      article(
        "t-day-pay",
        [
          "Anna Berg said each North Korean soldier is paid about $70 a day.",
          "The Cardew Agency said the regime keeps about 90 percent of the soldiers' pay.",
          "The soldiers take home about $2,000 a month, Berg said.",
        ].join("\n"),
        { published: "2025-06-12" },
      ),
    );
    const take = data.checks.find((k) => k.type === "take-home-vs-share");
    expect(take?.formula).toContain("× 30 days");
    expect(take?.formula).toMatch(/^\$70 a day × \(100% − about 90%\)/);
    expect(data.checks.map((k) => k.formula).join(" ")).not.toMatch(/× 30 months/);
  });
});

describe("a source page's claims", () => {
  it("lists a figure credited to an outlet the article relays, not only those it relays from others", () => {
    const data = compare(
      article(
        "t-relayed-outlet",
        "Harbour Ledger put the monthly pay at 180,050 roubles, citing contract documents it had seen.",
        {
          published: "2025-12-08",
          relays: ["Harbour Ledger"],
        },
      ),
    );
    const ledger = data.sources.find((x) => x.name === "Harbour Ledger");
    const claim = data.claims.find((c) => c.figure.includes("180,050"));
    expect(claim?.attributedTo?.name).toBe("Harbour Ledger");
    expect(ledger?.claims).toContain(claim?.id);
  });
});

describe("an editor's note on two claims of two groups", () => {
  it("reaches the topic's relation between the groups, read through the noted pair", () => {
    const articles = [
      article("note-a", "The Cardew Agency said on Monday that 310 North Korean soldiers had been killed.", {
        published: "2025-03-12",
      }),
      article("note-b", "The Cardew Agency said on Tuesday that 310 North Korean soldiers had been killed.", {
        published: "2025-03-14",
      }),
      article("note-c", "The Cardew Agency said on Friday that 610 North Korean soldiers had been killed.", {
        published: "2025-04-20",
      }),
    ];
    const extraction = extractCorpus(articles);
    const second = extraction.claims.find((c) => c.article === "note-b")?.id ?? "";
    const later = extraction.claims.find((c) => c.article === "note-c")?.id ?? "";
    const note = "The agency replaced 310 with 610.";
    const data = compareCorpus(articles, extraction, [
      { correction: { relation: [second, later], note }, file: "content/corrections.yaml", line: 2 },
    ]);
    const topic = data.topics.find((t) => t.kinds.includes("casualties-killed"));
    const between = topic?.relations.filter((r) => [r.from, r.to].includes(later)) ?? [];
    expect(between.map((r) => [[r.from, r.to].sort(), r.note])).toEqual([[[second, later].sort(), note]]);
    // With a group between them, the noted groups are still set side by side, with the note.
    const between3 = [
      ...articles,
      article("note-d", "The Tidewater Bureau said on Monday that 410 North Korean soldiers had been killed.", {
        published: "2025-03-20",
      }),
    ];
    const extraction3 = extractCorpus(between3);
    const data3 = compareCorpus(between3, extraction3, [
      { correction: { relation: [second, later], note }, file: "content/corrections.yaml", line: 2 },
    ]);
    const noted3 = data3.topics
      .find((t) => t.kinds.includes("casualties-killed"))
      ?.relations.filter((r) => r.note !== null)
      .map((r) => [[r.from, r.to].sort(), r.note]);
    expect(noted3).toEqual([[[second, later].sort(), note]]);
    // Without the note the groups are read through the group's first claim.
    const plain = compareCorpus(articles, extraction);
    const first = extraction.claims.find((c) => c.article === "note-a")?.id ?? "";
    const t0 = plain.topics.find((t) => t.kinds.includes("casualties-killed"));
    expect(
      t0?.relations.filter((r) => [r.from, r.to].includes(later)).map((r) => [[r.from, r.to].sort(), r.note]),
    ).toEqual([[[first, later].sort(), null]]);
  });
});

describe("an outlet credited as an origin, which an article shows citing another", () => {
  const answerOf = (data: CorpusData, topic: string): string =>
    (data.topics.find((t) => t.id === topic)?.answer ?? []).map((s) => s.parts.map((p) => p.text).join("")).join(" ");
  /** The relaying article, beside a second article that gives the same share. */
  const withSecond = (slug: string, body: string): CorpusData =>
    compare(
      article(
        "relaying-daily",
        [
          "North Korea has about 11,610 troops fighting for Russia, the Harbour Ledger reported on Wednesday, citing the Cardew Agency.",
          "According to the Harbour Ledger, the regime keeps 91 percent of the soldiers' pay.",
        ].join("\n"),
      ),
      article(slug, body),
    );

  it("may repeat that origin: the least count leaves it out, and the sentence says why", () => {
    const data = withSecond(
      "agency-briefing",
      "The Cardew Agency said the regime keeps 91 percent of the soldiers' pay.",
    );
    expect(answerOf(data, "regime-share")).toContain(
      "rests on at least 1, at most 2 independent origins: Cardew Agency (1 article) and Harbour Ledger, which an article shows citing Cardew Agency and which may repeat it (1 article).",
    );
  });

  it("stands as an origin of its own when the origin it cites gives no figure of that value", () => {
    const data = withSecond(
      "analyst-note",
      "Anna Berg, an analyst, said the regime keeps 91 percent of the soldiers' pay.",
    );
    expect(answerOf(data, "regime-share")).toContain(
      "rests on 2 independent origins: Anna Berg (1 article) and Harbour Ledger (1 article).",
    );
  });
});

describe("an outlet credited in one article, whose own article credits another origin", () => {
  it("may repeat that origin, along a chain of outlets", () => {
    const data = compare(
      article("hallim-briefing", "The Cardew Agency said Russia pays about $2,910 a month for each soldier.", {
        publisher: "Hallim Times",
      }),
      article("granite-relay", "According to the Hallim Times, each soldier earns $2,910 a month.", {
        publisher: "Granite Wire",
        relays: ["Hallim Times"],
      }),
      article("northgate-rewrite", "Each soldier earns about $2,910 a month, according to Granite Wire.", {
        publisher: "Northgate Gazette",
        relays: ["Granite Wire"],
      }),
    );
    const answer = (data.topics.find((t) => t.id === "pay-per-soldier")?.answer ?? [])
      .map((s) => s.parts.map((p) => p.text).join(""))
      .join(" ");
    expect(answer).toContain("rests on at least 1, at most 3 independent origins: ");
    expect(answer).toContain(
      "Hallim Times, which an article shows citing Cardew Agency and which may repeat it (1 article)",
    );
    expect(answer).toContain(
      "Granite Wire, which an article shows citing Hallim Times and which may repeat it (1 article)",
    );
  });
});

describe("an unnamed description joined to the person the next sentence names", () => {
  const rolesOf = (data: CorpusData, name: string): string[] =>
    data.people.find((p) => p.name === name)?.roles.map((r) => r.toLowerCase()) ?? [];

  it("joins only when the description's country is the person's too", () => {
    const other = compare(
      article(
        "two-officials",
        [
          "A senior Ukrainian official said the war had been costly for Pyongyang.",
          "Anna Berg, a former South Korean intelligence official, said 11,710 North Korean troops were in Russia.",
        ].join("\n"),
      ),
    );
    expect(rolesOf(other, "Anna Berg").some((r) => r.includes("ukrainian"))).toBe(false);
    const same = compare(
      article(
        "one-official",
        [
          "A senior South Korean official said the war had been costly for Pyongyang.",
          "Anna Berg, a senior South Korean intelligence official, said 11,720 North Korean troops were in Russia.",
        ].join("\n"),
      ),
    );
    expect(rolesOf(same, "Anna Berg")).toContain("senior south korean official");
  });
});

describe("a pair said to conflict is never also a pair whose conflict cannot be told", () => {
  const data = compare(
    article("day", "The Cardew Agency said on Monday that about 11,010 North Korean soldiers are in Russia.", {
      published: "2024-10-30",
    }),
    article("other", "The Tidewater Defence Bureau said on Monday that 7,010 North Korean soldiers are in Russia.", {
      published: "2024-10-30",
    }),
    article("year-only", "In 2024, the Cardew Agency said about 11,010 North Korean soldiers were in Russia.", {
      published: "2025-03-01",
    }),
  );
  it("tells the two readings apart by their dates when their words are the same", () => {
    const summary = data.topics.find((t) => t.id === "troops-deployed")?.summary ?? "";
    const hard = /These conflict outright: ([^;.]*)/.exec(summary)?.[1] ?? "";
    const unsure = /whether (.*?) conflict cannot be told/.exec(summary)?.[1] ?? "";
    expect(hard).toContain(" against ");
    expect(unsure).toContain(" and ");
    const pairOf = (text: string, joiner: string) => text.split(joiner).sort().join("|");
    expect(pairOf(hard, " against ")).not.toBe(pairOf(unsure, " and "));
    // Each side names its date, so a reader can find which claim is which.
    expect(hard).toMatch(/about 11,010 people \(Cardew Agency, 2024-10-28\)/);
    expect(unsure).toMatch(/about 11,010 people \(Cardew Agency, 2024\)/);
  });
});

describe("a group with a bound written as 'fewer than'", () => {
  it("names the bound as written once, never again as 'up to'", () => {
    const people = (min: number | null, max: number) => ({
      min,
      max,
      unit: "people" as const,
      per: null,
      approx: false,
    });
    const label = clusterLabel([
      { value: people(50, 50), vague: false, figure: "50" },
      { value: people(null, 1000), vague: false, figure: "fewer than 1,000" },
    ]);
    expect(label).toBe("50 people and under 1,000 people");
    // A bound written "up to" is still named so.
    expect(
      clusterLabel([
        { value: people(50, 50), vague: false, figure: "50" },
        { value: people(null, 1000), vague: false, figure: "up to 1,000" },
      ]),
    ).toBe("50 people and up to 1,000 people");
  });
});

describe("a group of head counts of different periods", () => {
  it("names each written form, never a period none of them has", () => {
    const value = (per: "year" | "month" | null) => ({
      min: 15010,
      max: 15010,
      unit: "people" as const,
      per,
      approx: false,
    });
    const label = clusterLabel([
      { value: value("year"), vague: false, figure: "15,010 soldiers a year" },
      { value: value(null), vague: false, figure: "15,010" },
    ]);
    expect(label).not.toMatch(/a month/);
    expect(label).toBe("15,010 people a year / 15,010 people");
    // Money of different periods is still compared, and named, by the month.
    const pay = clusterLabel([
      {
        value: { ...value("year"), min: 24000, max: 24000, unit: "USD" as const },
        vague: false,
        figure: "$24,000 a year",
      },
      {
        value: { ...value("month"), min: 2000, max: 2000, unit: "USD" as const },
        vague: false,
        figure: "$2,000 a month",
      },
    ]);
    expect(pay).toBe("$2,000 a month");
  });
});

describe("a figure given only to be rejected is set beside no one's figure", () => {
  it("neither agrees nor conflicts with another claim, on its page, theirs or the topic's", () => {
    const data = compare(
      article(
        "withdrawn",
        [
          "About 4,010 North Korean soldiers have been killed, the Tidewater Defence Bureau said on Friday.",
          "Correction: An earlier version of this article said 9,010 had been killed.",
        ].join("\n"),
        { published: "2025-03-14" },
      ),
      article("other", "The Cardew Agency said on Monday that about 1,110 North Korean soldiers had been killed.", {
        published: "2025-03-12",
      }),
    );
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    const rejected = data.claims.filter((c) => c.stance === "disputes" && c.attributedTo === null);
    expect(rejected.map((c) => c.figure)).toEqual(["9,010"]);
    const ids = new Set(rejected.map((c) => c.id));
    const touching = [
      ...data.claims.flatMap((c) => c.related.map((r) => ({ ...r, from: c.id }))),
      ...data.topics.flatMap((t) => t.relations),
    ].filter((r) => (ids.has(r.from) || ids.has(r.to)) && r.type !== "disputes");
    expect(touching.map((r) => `${byId.get(r.from)?.figure} ${r.type} ${byId.get(r.to)?.figure}`)).toEqual([]);
    // The figures that are asserted are still set beside each other.
    const killed = claim(data, "withdrawn", "4,010");
    expect(killed.related.some((r) => r.to === claim(data, "other", "1,110").id)).toBe(true);
  });
});
