import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimView } from "../../src/lib/compare/types.ts";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { articlePageKey, articlePageModel } from "../../src/lib/site/article-page.ts";
import { splitBlocks } from "../../src/lib/extract/blocks.ts";
import { claimContext, emphasizedText } from "../../src/lib/site/article-text.ts";
import { claimPageFacts, claimPageKey, claimPageModel } from "../../src/lib/site/claim-page.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import {
  RELATION_LABEL,
  RELATION_MEANING,
  VERDICT_LABEL,
  VERDICT_MEANING,
  termHref,
} from "../../src/lib/site/labels.ts";
import { modelKey } from "../../src/lib/site/model-key.ts";
import { ROOT } from "../support/corpus.ts";

const d = indexCorpus(buildCorpus(join(ROOT, "content"), { cache: null }));

describe("modelKey", () => {
  const claim = d.data.claims[0] as ClaimView;

  it("is equal for equal models and changes with any field, however deep", () => {
    const model = { a: 1, list: [{ b: "x" }], note: null };
    expect(modelKey(model)).toBe(modelKey({ a: 1, list: [{ b: "x" }], note: null }));
    expect(modelKey({ a: 1, list: [{ b: "y" }], note: null })).not.toBe(modelKey(model));
    expect(modelKey({ a: 1, list: [{ b: "x" }], note: "n" })).not.toBe(modelKey(model));
  });

  it("takes claims given apart by their content, in order", () => {
    const other = d.data.claims[1] as ClaimView;
    expect(modelKey({ a: 1 }, [claim])).not.toBe(modelKey({ a: 1 }));
    expect(modelKey({ a: 1 }, [claim, other])).not.toBe(modelKey({ a: 1 }, [other, claim]));
    // A copy with the same content gives the same key; one changed field gives another.
    expect(modelKey({ a: 1 }, [{ ...claim }])).toBe(modelKey({ a: 1 }, [claim]));
    expect(modelKey({ a: 1 }, [{ ...claim, quote: `${claim.quote} ` }])).not.toBe(modelKey({ a: 1 }, [claim]));
  });
});

describe("the keys of claim and article pages", () => {
  it("of a claim page are the same whether made from its whole model or from the model without the article's text", () => {
    for (const c of d.data.claims) {
      const facts = claimPageFacts(d, c);
      expect(Object.keys(facts)).not.toContain("context");
      expect(claimPageKey(d, facts), c.id).toBe(claimPageKey(d, claimPageModel(d, c)));
    }
  });

  it("of an article page change with what the page shows of its claims, not with their related claims", () => {
    const article = d.articles.find((a) => (d.claimsOf.get(a.slug) ?? []).some((c) => c.related.length > 0));
    expect(article).toBeDefined();
    if (!article) return;
    const claims = d.claimsOf.get(article.slug) ?? [];
    const withClaims = (list: readonly ClaimView[]) => ({
      ...d,
      claimsOf: new Map(d.claimsOf).set(article.slug, list),
    });
    const key = articlePageKey(articlePageModel(d, article));
    expect(articlePageKey(articlePageModel(withClaims(claims.map((c) => ({ ...c, related: [] }))), article))).toBe(key);
    const [first, ...rest] = claims as [ClaimView, ...ClaimView[]];
    for (const changed of [
      { ...first, figure: `${first.figure}!` },
      { ...first, quoteStart: first.quoteStart + 1 },
      { ...first, status: first.status === "active" ? ("withdrawn" as const) : ("active" as const) },
    ])
      expect(articlePageKey(articlePageModel(withClaims([changed, ...rest]), article))).not.toBe(key);
  });

  it("change when the claim they show changes, and are stable otherwise", () => {
    for (const c of d.data.claims.slice(0, 10)) {
      const m = claimPageModel(d, c);
      expect(claimPageKey(d, claimPageModel(d, c))).toBe(claimPageKey(d, m));
      expect(claimPageKey(d, { ...m, claim: { ...c, valueText: `${c.valueText}!` } })).not.toBe(claimPageKey(d, m));
      expect(claimPageKey(d, { ...m, origin: `${m.origin}!` })).not.toBe(claimPageKey(d, m));
    }
    const article = d.articles[0];
    expect(article).toBeDefined();
    if (!article) return;
    const m = articlePageModel(d, article);
    expect(m.claims.length).toBeGreaterThan(0);
    const first = m.claims[0] as ClaimView;
    const changed = { ...m, claims: [{ ...first, figure: `${first.figure}!` }, ...m.claims.slice(1)] };
    expect(articlePageKey(changed)).not.toBe(articlePageKey(m));
    expect(articlePageKey({ ...m, rows: [] })).not.toBe(articlePageKey(m));
  });
});

/**
 * Every leaf of a JSON value with its path ("related.0.phrase").
 *
 * @param value The value.
 * @param path Its path.
 * @returns Paths of leaves (strings, numbers, booleans, nulls).
 */
function leaves(value: unknown, path = ""): string[] {
  if (value === null || typeof value !== "object") return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/**
 * A copy of a value with one leaf changed to something else of any type.
 *
 * @param value The value.
 * @param path The leaf's path.
 * @returns The copy.
 */
function changed<T>(value: T, path: string): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  const old = at[last];
  at[last] =
    typeof old === "string" ? `${old}!` : typeof old === "number" ? old + 1 : typeof old === "boolean" ? !old : {};
  return copy as T;
}

describe("a claim page's key", () => {
  // Fields the key leaves out because they follow from others it holds (see the next test).
  const DERIVED = [
    /^(article|context)\./,
    /^sentence$/,
    /^related\.\d+\.(label|meaning|glossary|explanation|note)$/,
    /^checks\.\d+\.(verdict|verdictMeaning|glossary)$/,
  ];
  // Claims whose pages have relations, checks and claims of the same origin, and a few others.
  const models = d.data.claims
    .map((c) => claimPageModel(d, c))
    .filter((m, i) => i < 5 || m.checks.length > 0 || (m.related.length > 0 && m.sameOrigin.length > 0));

  it("changes with every leaf of the model but those that follow from others", () => {
    expect(models.some((m) => m.checks.length > 0)).toBe(true);
    expect(models.some((m) => m.related.length > 0)).toBe(true);
    let tried = 0;
    for (const m of models) {
      const key = claimPageKey(d, m);
      for (const path of leaves(m)) {
        if (DERIVED.some((re) => re.test(path))) continue;
        tried++;
        expect(claimPageKey(d, changed(m, path)), path).not.toBe(key);
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });

  it("leaves out only fields that are functions of fields it holds", () => {
    for (const m of models) {
      // The context, the sentence and the article's reference: from the claim and its article.
      const article = d.article.get(m.claim.article);
      expect(article).toBeDefined();
      if (!article) continue;
      expect(m.article).toEqual({ slug: article.slug, meta: article.meta });
      const context = claimContext(article.body, m.claim, splitBlocks(article.body));
      expect(m.context).toEqual(context);
      expect(m.sentence).toBe(emphasizedText(context) || m.claim.quote);
      for (const r of m.related) {
        expect(r.label).toBe(RELATION_LABEL[r.type]);
        expect(r.meaning).toBe(RELATION_MEANING[r.type]);
        expect(r.glossary).toBe(termHref(`relation-${r.type}`));
        // The claim's own relation holds the explanation and the note.
        const own = m.claim.related.filter(
          (o) => o.type === r.type && [r.subject.id, r.object.id].includes(o.to) && o.from === m.claim.id,
        );
        expect(own.map((o) => [o.explanation, o.note])).toContainEqual([r.explanation, r.note]);
      }
      for (const k of m.checks) {
        expect(k.verdict).toBe(VERDICT_LABEL[k.check.verdict]);
        expect(k.verdictMeaning).toBe(VERDICT_MEANING[k.check.verdict]);
        expect(k.glossary).toBe(termHref(`verdict-${k.check.verdict}`));
      }
    }
  });

  it("changes with the text or the details of the claim's article", () => {
    const m = models[0];
    expect(m).toBeDefined();
    if (!m) return;
    const article = d.article.get(m.claim.article);
    if (!article) throw new Error("no article");
    const withArticle = (a: typeof article): typeof d => ({ ...d, article: new Map([...d.article, [a.slug, a]]) });
    expect(claimPageKey(withArticle({ ...article }), m)).toBe(claimPageKey(d, m));
    expect(claimPageKey(withArticle({ ...article, body: `${article.body} ` }), m)).not.toBe(claimPageKey(d, m));
    const meta = { ...article.meta, title: `${article.meta.title}!` };
    expect(claimPageKey(withArticle({ ...article, meta }), m)).not.toBe(claimPageKey(d, m));
  });

  it("is equal for a page whose model is rebuilt from the same data", () => {
    const e = indexCorpus(buildCorpus(join(ROOT, "content"), { cache: null }));
    for (const m of models) expect(claimPageKey(e, claimPageModel(e, m.claim))).toBe(claimPageKey(d, m));
  });
});
