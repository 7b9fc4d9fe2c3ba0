import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/lib/content/articles.ts";
import { compareCorpus } from "../../src/lib/compare/index.ts";
import type { CorpusData } from "../../src/lib/compare/types.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { Article } from "../../src/lib/schema/article.ts";
import { people } from "../../src/lib/compare/people.ts";
import { relate } from "../../src/lib/compare/relations.ts";
import { clusterLabel } from "../../src/lib/compare/labels.ts";
import { possessive } from "../../src/lib/format/credit.ts";
import { growthRatio } from "../support/growth.ts";

/** Makes an invented article. */
function article(slug: string, body: string, published?: string, publisher = "Test Wire"): Article {
  const fm = [`title: "${slug}"`, `publisher: "${publisher}"`, ...(published ? [`published: ${published}`] : [])].join(
    "\n",
  );
  return parseArticle(`content/articles/${slug}.md`, new TextEncoder().encode(`---\n${fm}\n---\n${body}\n`));
}

/** Runs extraction and comparison on invented articles. */
function compare(...articles: Article[]): CorpusData {
  return compareCorpus(articles, extractCorpus(articles));
}

/** The claim of an article whose figure contains the text. */
function claim(data: CorpusData, slug: string, figure: string) {
  const c = data.claims.find((x) => x.article === slug && x.figure.includes(figure));
  if (!c)
    throw new Error(
      `no claim "${figure}" in ${slug}: ${data.claims.map((x) => `${x.article}:${x.figure}`).join(", ")}`,
    );
  return c;
}

/** The relation type from one claim to another. */
function relation(data: CorpusData, from: string, to: string): string | undefined {
  return data.claims.find((c) => c.id === from)?.related.find((r) => r.to === to)?.type;
}

describe("relations between claims of invented articles", () => {
  const data = compare(
    article(
      "wire-a",
      "The Defence Intelligence Service said that about 8,000 North Korean soldiers have been deployed to Russia.",
      "2024-11-01",
    ),
    article(
      "wire-b",
      "The Defence Intelligence Service said that 8,200 North Korean soldiers have arrived in Russia.",
      "2024-11-03",
      "Other Post",
    ),
    article("wire-c", "Analysts said 20,000 North Korean troops are now in Russia.", "2025-06-01"),
    article(
      "wire-d",
      "Officials in Kyiv said 30,000 North Korean soldiers have been deployed to Russia.",
      "2024-11-02",
    ),
    article(
      "wire-e",
      "At least 5,000 North Korean soldiers have been deployed to the eastern front line, the ministry said.",
      "2024-11-02",
    ),
    article(
      "wire-f",
      "Between 7,000 and 9,000 North Korean soldiers have been sent to Russia, a researcher said.",
      "2024-11-01",
    ),
  );
  const a = claim(data, "wire-a", "8,000");
  const b = claim(data, "wire-b", "8,200");

  it("agrees when approximate values overlap within the tolerance", () => {
    expect(relation(data, a.id, b.id)).toBe("agrees");
  });
  it("marks counts of different dates as a timeline, not a contradiction", () => {
    expect(relation(data, a.id, claim(data, "wire-c", "20,000").id)).toBe("different-time");
  });
  it("conflicts when counts of the same time do not overlap", () => {
    expect(relation(data, a.id, claim(data, "wire-d", "30,000").id)).toBe("conflicts");
  });
  it("keeps a narrower scope apart", () => {
    const e = claim(data, "wire-e", "5,000");
    expect(e.scope).toBe("the eastern front line");
    expect(relation(data, a.id, e.id)).toBe("different-scope");
  });
  it("sees a range that contains a point as a refinement", () => {
    expect(relation(data, a.id, claim(data, "wire-f", "7,000").id)).toBe("refines");
  });
  it("counts two articles relaying one named origin once", () => {
    const topic = data.topics.find((t) => t.id === "troops-deployed");
    const cluster = topic?.clusters.find((c) => c.claims.includes(a.id));
    expect(cluster?.articles).toEqual(expect.arrayContaining(["wire-a", "wire-b"]));
    const named = cluster?.origins.filter((o) => o.known) ?? [];
    expect(named.map((o) => o.label)).toEqual(["Defence Intelligence Service"]);
    expect(named[0]?.articles).toEqual(["wire-a", "wire-b"]);
    expect(cluster?.circular).toMatch(/trace back to Defence Intelligence Service/);
  });
  it("explains each relation with both values", () => {
    const r = data.claims.find((c) => c.id === a.id)?.related.find((x) => x.to === b.id);
    expect(r?.explanation).toContain("8,000");
    expect(r?.explanation).toContain("8,200");
  });
});

describe("disputes", () => {
  it("shows a source who rejects a reported salary as disputing it", () => {
    const data = compare(
      article(
        "defector-view",
        "Defector Park Min-ho doubted claims that North Korean soldiers in Russia earn $2,000 a month, a figure reported by the Defence Intelligence Service.\nBased on his experience, he said soldiers receive only $150 a month.",
      ),
    );
    const pay = claim(data, "defector-view", "$2,000");
    const own = claim(data, "defector-view", "$150");
    expect(pay.attributedTo?.name).toBe("Defence Intelligence Service");
    expect(pay.disputedBy?.name).toBe("Park Min-ho");
    expect(relation(data, own.id, pay.id)).toBe("disputes");
  });
});

describe("arithmetic checks", () => {
  const data = compare(
    article(
      "pay-sums",
      "The agency said Russia pays $3,000 a month for each soldier, which adds up to $30 million (£23.4m) a month for 10,000 soldiers.\nAbout 80% of the pay goes into the regime's coffers.\nThis means a soldier would end up earning $600 a month.",
    ),
    article(
      "bad-sums",
      "The ministry said Russia pays $3,000 a month for each soldier, which adds up to $90 million (£5m) a month for 10,000 soldiers.",
    ),
    article(
      "losses",
      "About 1,000 of the 10,000 North Korean soldiers sent to Russia have been killed, and about 1,000 wounded.",
    ),
    article(
      "rotation",
      "Officials said the 12,000 soldiers could be rotated out every three to four months.\nThis could result in around 50,000 North Korean soldiers serving in Russia over a year.",
    ),
    article(
      "won-first",
      "Kang said Russia pays each soldier about 2.7 million won (about $2,000) a month.\nA family receives 150,000 rubles (roughly $17,000) after a death.",
      "2024-12-02",
    ),
    article(
      "won-sums",
      "The ministry said Russia pays $2,000 a month for each soldier, which adds up to 300 billion won a year for 12,000 soldiers.",
    ),
  );
  const check = (type: string, slug: string) => {
    const k = data.checks.find((c) => c.type === type && [...c.inputs, c.against].some((id) => id?.startsWith(slug)));
    if (!k) throw new Error(`no ${type} check for ${slug}: ${data.checks.map((c) => c.id).join(", ")}`);
    return k;
  };
  it("a total matches rate × head count", () => {
    expect(check("total-vs-rate", "pay-sums").verdict).toBe("consistent");
  });
  it("a total three times the product is inconsistent, and says by how much", () => {
    const k = check("total-vs-rate", "bad-sums");
    expect(k.verdict).toBe("inconsistent");
    expect(k.detail).toMatch(/3\.0 times/);
  });
  it("a total in another currency than the pay is not checked, and says why, never with a wrong ratio", () => {
    const k = check("total-vs-rate", "won-sums");
    expect(k.verdict).toBe("not-checkable");
    expect(k.detail).toBe(
      "The figure is in South Korean won and the pay per soldier in US dollars; the site does not convert between currencies for this arithmetic.",
    );
  });
  it("a take-home figure matches pay × (100% − share)", () => {
    expect(check("take-home-vs-share", "pay-sums").verdict).toBe("consistent");
  });
  it("a bracketed conversion is checked against reference rates", () => {
    expect(check("conversion", "pay-sums").verdict).toBe("consistent");
    expect(check("conversion", "bad-sums").verdict).toBe("inconsistent");
  });
  it("a conversion into dollars is checked too, written the way a rate is read", () => {
    const won = data.checks.find((c) => c.type === "conversion" && c.against?.includes("2-7-million"));
    expect(won?.verdict).toBe("consistent");
    expect(won?.formula).toBe("2.7 million South Korean won ÷ $2,000 = 1350.000 KRW per USD");
    expect(won?.detail).toBe(
      "The reference rate for 2024 gives 1299.048–1435.789 KRW per USD; the implied 1350.000 is within that range.",
    );
    const rub = data.checks.find((c) => c.type === "conversion" && c.against?.includes("150000"));
    expect(rub?.verdict).toBe("inconsistent");
  });
  it("a rouble conversion is plausible anywhere between the year's lowest and highest rate", () => {
    const d = compare(
      article(
        "rouble-winter",
        "Russia pays each North Korean soldier 3,000,000 roubles ($33,000) on signing, the Harbour Agency said.",
        "2025-02-14",
      ),
      article(
        "rouble-far",
        "Russia pays each North Korean soldier 3,000,000 roubles ($20,000) on signing, the Harbour Agency said.",
        "2025-02-14",
      ),
    );
    const near = d.checks.find((c) => c.type === "conversion" && c.against?.startsWith("rouble-winter"));
    expect(near?.verdict).toBe("consistent");
    expect(near?.detail).toMatch(
      /^The reference rates for 2025 \(the year's lowest and highest\) give 74\.286–107\.368 RUB per USD/,
    );
    // 150 roubles to the dollar is beyond any rate of the year.
    expect(d.checks.find((c) => c.type === "conversion" && c.against?.startsWith("rouble-far"))?.verdict).toBe(
      "inconsistent",
    );
  });
  it("an amount or conversion written as approximate meets a range widened once more for rounding, and says so", () => {
    const euros = compare(
      article(
        "euro-rough",
        "Moscow pays roughly €1,900 (about $2,000) a month for each North Korean soldier, Tove Marlin said.",
        "2025-01-15",
      ),
      article(
        "euro-exact",
        "Moscow pays €1,900 ($2,000) a month for each North Korean soldier, Ansel Brook said.",
        "2025-01-15",
      ),
    );
    const of = (slug: string) =>
      euros.checks.find(
        (k) => k.type === "conversion" && euros.claims.find((c) => c.id === k.against)?.article === slug,
      );
    expect(of("euro-rough")?.verdict).toBe("consistent");
    expect(of("euro-rough")?.detail).toMatch(
      /the implied 1\.053 is outside that range, but the figures are written as approximate, and the range widened by another 5% for rounding, 1\.014–1\.239, holds it\.$/,
    );
    expect(of("euro-exact")?.verdict).toBe("inconsistent");
    // Rounding is no licence for a conversion a quarter off: "about €1,500 (about $2,000)" stays wrong.
    const far = compare(
      article(
        "euro-far",
        "Moscow pays about €1,500 (about $2,000) a month for each North Korean soldier, Tove Marlin said.",
        "2025-01-15",
      ),
    );
    expect(far.checks.find((k) => k.type === "conversion")?.verdict).toBe("inconsistent");
    expect(of("euro-exact")?.detail).toMatch(/the implied 1\.053 is outside that range\.$/);
  });
  it("losses counted later are a share of the head count of their time, not of the first one the article gives", () => {
    const later = compare(
      article(
        "rate-over-time",
        [
          "In November the Harbour Agency said 11,050 North Korean soldiers had been sent to Russia.",
          "In February the Harbour Agency said about 14,050 North Korean soldiers were in Russia.",
          "The Harbour Agency said in March that about 650 North Korean soldiers had been killed and about 4,150 wounded.",
        ].join("\n"),
        "2025-04-01",
      ),
    );
    const k = later.checks.find((x) => x.type === "casualty-rate");
    expect(k?.title).toBe("What share of the 14,050 soldiers are casualties?");
    // Those who remain at the front are not the force the losses came from.
    const remaining = compare(
      article(
        "rate-remaining",
        [
          "In November the Harbour Agency said 11,060 North Korean soldiers had been sent to Russia.",
          "In February the Harbour Agency said only about 8,060 North Korean soldiers remained at the front.",
          "The Harbour Agency said in March that about 4,060 North Korean soldiers had been killed or wounded.",
        ].join("\n"),
        "2025-04-01",
      ),
    );
    expect(remaining.checks.find((x) => x.type === "casualty-rate")?.title).toBe(
      "What share of the 11,060 soldiers are casualties?",
    );
  });
  it("casualties over the deployed head count give a rate", () => {
    const k = check("casualty-rate", "losses");
    expect(k.computed.min).toBeCloseTo(20, 5);
    expect(k.formula).toContain("10,000");
  });
  it("a yearly projection is set beside head count × rotations", () => {
    const k = check("rotation", "rotation");
    expect(k.formula).toMatch(/36,000–48,000 a year/);
    expect(k.formula).toMatch(/48,000–60,000/);
    expect(k.verdict).toBe("consistent");
  });
});

describe("people", () => {
  it("shows conflicting biography facts and never merges two people who share a surname", () => {
    const data = compare(
      article(
        "profile-one",
        "Defector Choi Min-su, who defected in 2011, said conditions were harsh.\nResearcher Choi Eun-ji said most soldiers were young.",
      ),
      article(
        "profile-two",
        "Choi Min-su, a former soldier who defected in the late 1990s, told reporters he feared for the troops.",
      ),
    );
    const people = data.people.filter((p) => p.name.startsWith("Choi"));
    expect(people.map((p) => p.name).sort()).toEqual(["Choi Eun-ji", "Choi Min-su"]);
    const minsu = people.find((p) => p.name === "Choi Min-su");
    expect(minsu?.about.length).toBe(2);
    expect(minsu?.conflicts[0]?.explanation).toMatch(/defection/);
  });
});

describe("a person's conflicts", () => {
  /** Articles that each give one of eight defection years for the same person, cycling through them. */
  const profiles = (n: number): Article[] =>
    Array.from({ length: n }, (_, i) =>
      article(
        `profile-${String(i).padStart(4, "0")}`,
        `Defector Choi Min-su, who defected in ${2001 + (i % 8)}, said conditions were harsh.`,
      ),
    );
  const minsu = (data: CorpusData) => data.people.find((p) => p.name === "Choi Min-su");

  it("lists one conflict between each two neighbouring values, however often each value is repeated", () => {
    for (const n of [16, 80]) {
      const data = compare(...profiles(n));
      const person = minsu(data);
      expect(person?.about.length).toBe(n);
      // Eight years, seven neighbouring pairs: every year appears, none is listed twice.
      expect(person?.conflicts.length).toBe(7);
    }
  });

  it("says only what is true of the facts it links and counts", () => {
    const data = compare(...profiles(40));
    const person = minsu(data);
    const byId = new Map(data.claims.map((c) => [c.id, c]));
    const about = (person?.about ?? []).map((id) => byId.get(id)).filter((c) => c !== undefined);
    const years: number[] = [];
    for (const r of person?.conflicts ?? []) {
      const from = byId.get(r.from);
      const to = byId.get(r.to);
      expect(from && to && person?.about.includes(from.id) && person.about.includes(to.id)).toBe(true);
      if (!from || !to) continue;
      // The relation of the two linked facts is the one the sentence states.
      expect(relate(from, to).type).toBe("conflicts");
      expect(r.explanation.startsWith(`defection: ${relate(from, to).explanation}`)).toBe(true);
      // Each count is the number of facts about the person that give that value.
      const counted = [...r.explanation.matchAll(/(\d+) gives? ([\d–]+)/g)];
      expect(counted).toHaveLength(2);
      for (const [, n, label] of counted) {
        const giving = about.filter((c) => clusterLabel([c]) === label);
        expect(giving.length).toBe(Number(n));
      }
      years.push(from.value.min ?? 0, to.value.min ?? 0);
    }
    // From the lower value to the higher, in value order.
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("costs about four times as much for four times the facts", () => {
    const inputs = new Map(
      [1, 4].map((scale) => {
        const articles = profiles(120 * scale);
        const extraction = extractCorpus(articles);
        return [scale, { articles, extraction, data: compareCorpus(articles, extraction) }] as const;
      }),
    );
    const ratio = growthRatio((scale) => {
      const input = inputs.get(scale);
      if (input) people(input.extraction.entities, input.data.claims, input.articles, () => null);
    });
    // Every pair of facts would be sixteen times the pairs.
    expect(ratio).toBeLessThan(9);
  });
});

describe("time", () => {
  it("dates a claim from its sentence, else from the article, and reads counts of different dates as a timeline", () => {
    const data = compare(
      article(
        "timeline",
        "In October 2024, the agency said 3,000 North Korean soldiers had been deployed to Russia.\nIn January 2025, the agency said 12,000 North Korean soldiers had been deployed to Russia.\nOfficials said 11,000 North Korean soldiers are in Russia.",
        "2025-02-01",
      ),
    );
    const early = claim(data, "timeline", "3,000");
    const late = claim(data, "timeline", "12,000");
    expect([early.asOf, early.asOfSource]).toEqual(["2024-10-01", "sentence"]);
    expect([late.asOf, late.asOfSource]).toEqual(["2025-01-01", "sentence"]);
    expect(claim(data, "timeline", "11,000").asOfSource).toBe("article");
    const r = data.claims.find((c) => c.id === early.id)?.related.find((x) => x.to === late.id);
    expect(r?.type).toBe("different-time");
    // "In October 2024" gives a month: the sentence prints the month, not a first day no one said.
    expect(r?.explanation).toContain("they are dated 2024-10 and 2025-01,");
    expect(r?.explanation).not.toContain("2024-10-01");
    const topic = data.topics.find((t) => t.id === "troops-deployed");
    expect(topic?.timeline.map((t) => t.asOf)).toEqual(["2024-10-01", "2025-01-01", "2025-02-01"]);
  });
});

describe("stances without a number", () => {
  it("become qualitative claims listed beside the figures, not clustered with them", () => {
    const data = compare(
      article(
        "stance",
        "The agency said about 90% of the pay goes into the regime's coffers.\nDefector Ri Chol-ho said the regime never shared the money with the soldiers' families.",
      ),
    );
    const stance = claim(data, "stance", "never shared the money");
    expect(stance.qualitative).toBe(true);
    expect(stance.kind).toBe("regime-share");
    expect([stance.value.min, stance.value.max, stance.value.unit]).toEqual([100, 100, "percent"]);
    expect(stance.attributedTo?.name).toBe("Ri Chol-ho");
    const topic = data.topics.find((t) => t.id === "regime-share");
    expect(topic?.statements).toEqual([stance.id]);
    expect(topic?.clusters.flatMap((c) => c.claims)).not.toContain(stance.id);
  });
});

describe("who the sentences say gives a figure", () => {
  it("a conflict names a figure the article disputes, or gives as a claim it checks, as such, never as plainly unattributed", () => {
    const data = compare(
      article(
        "check-a",
        [
          "CLAIM: North Korea has sent 110,000 soldiers to Russia.",
          "There is no evidence that North Korea has sent 130,000 soldiers to Russia, said analyst Dana Roe.",
          "Officials in Washington said about 11,000 North Korean soldiers had been sent.",
        ].join("\n"),
        "2025-03-04",
      ),
    );
    const topic = data.topics.find((t) => t.kinds.includes("troops-deployed"));
    const answer = (topic?.answer ?? []).flatMap((s) => s.parts.map((p) => p.text)).join("");
    expect(answer).toContain("110,000 people (“CLAIM”, not identified)");
    expect(answer).toContain("130,000 people (unattributed, disputed by Dana Roe)");
    expect(answer).not.toMatch(/\d people \(unattributed\)/);
    const explained = data.claims.flatMap((c) => c.related.map((r) => r.explanation)).join(" ");
    expect(explained).toContain("disputed by Dana Roe");
  });
});

describe("a topic's answer on scopes", () => {
  it("says 'only' once, whether or not the scope's own words start with it", () => {
    const data = compare(
      article(
        "scope-a",
        [
          "Officials said 12,100 North Korean soldiers were in Kursk.",
          "Officials said 1,150 North Korean soldiers had been killed in the past month alone.",
          "Officials said 3,150 North Korean soldiers had been killed.",
          "The number of North Korean military personnel in Russia is approximately 16,150, including 11,650 in combat units, officials said.",
        ].join("\n"),
        "2025-03-04",
      ),
    );
    const text = data.topics.flatMap((t) => t.answer.flatMap((s) => s.parts.map((p) => p.text))).join("");
    expect(text).toContain("counts only those in combat units");
    expect(text).toMatch(/counts only in the past month/);
    expect(text).not.toMatch(/only only/);
  });
});

describe("the sentences that name a person", () => {
  it("are split as the extraction splits them: 'on Sept. 4' and 'Bruce W. Bennett' do not end a sentence", () => {
    const a = article(
      "abbreviations",
      [
        "The Cardew Agency told lawmakers on Sept. 4 that about 2,050 North Korean soldiers had been killed.",
        "Bruce W. Bennett, a researcher at the Hollin Institute, noted that the money goes to the ruling party. Nothing else was said.",
      ].join("\n"),
      "2025-09-10",
    );
    const data = compare(a);
    const text = (id: string) =>
      (data.people.find((p) => p.id === id)?.mentions ?? []).map((m) => a.body.slice(m.start, m.end));
    expect(text("cardew-agency")).toEqual([
      "The Cardew Agency told lawmakers on Sept. 4 that about 2,050 North Korean soldiers had been killed.",
    ]);
    expect(text("bruce-w-bennett")).toEqual([
      "Bruce W. Bennett, a researcher at the Hollin Institute, noted that the money goes to the ruling party.",
    ]);
  });
});

describe("words of names the pages print", () => {
  it("a plural source's possessive is an apostrophe alone; a name's is 's", () => {
    expect(["military sources", "Seoul officials", "the NIS", "Kang Sol-ji", "HUR"].map(possessive)).toEqual([
      "military sources'",
      "Seoul officials'",
      "the NIS's",
      "Kang Sol-ji's",
      "HUR's",
    ]);
  });
  it("an address ('Suite 900, 1200 Harbor Blvd.') names no person", () => {
    const data = compare(
      article(
        "imprint",
        "The Tidewater Bureau said 300 North Korean soldiers had been killed.\nThe Weekly is published by Fenmoor Media, Suite 900, 1200 Harbor Blvd.",
        "2025-02-20",
      ),
    );
    expect(data.people.map((p) => p.name)).not.toContain("Harbor Blvd");
  });
});
