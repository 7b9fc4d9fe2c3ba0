import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimView } from "../../src/lib/compare/types.ts";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { articlePageKey, articlePageModel } from "../../src/lib/site/article-page.ts";
import { claimPageKey, claimPageModel } from "../../src/lib/site/claim-page.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
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
  it("change when the claim they show changes, and are stable otherwise", () => {
    for (const c of d.data.claims.slice(0, 10)) {
      const m = claimPageModel(d, c);
      expect(claimPageKey(claimPageModel(d, c))).toBe(claimPageKey(m));
      expect(claimPageKey({ ...m, claim: { ...c, valueText: `${c.valueText}!` } })).not.toBe(claimPageKey(m));
      expect(claimPageKey({ ...m, origin: `${m.origin}!` })).not.toBe(claimPageKey(m));
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
