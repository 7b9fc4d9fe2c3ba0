import { inject, describe, expect, it } from "vitest";
import { between, htmlText, readPage } from "../support/html.ts";
import { readPublished } from "../support/site-data.ts";

const dist = inject("distDir");
const data = readPublished(dist);

describe("person pages", () => {
  it("list only names as other spellings; descriptions go with what the person is described as", () => {
    for (const p of data.people) {
      const html = readPage(dist, `/people/${p.id}/`);
      const spelled = between(html, "<dt>Also written</dt>", "</dd>");
      if (spelled === null) continue;
      const names = [...htmlText(spelled).matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? "");
      for (const n of names) expect(n, `${p.id}: ${n}`).not.toMatch(/^(?:an?\s|the\s)?\p{Ll}/u);
    }
    const described = data.people.flatMap((p) =>
      p.variants.filter((v) => /^(?:an?|the)\s+\p{Ll}/iu.test(v)).map((v) => [p, v] as const),
    );
    for (const [p, v] of described) expect(htmlText(readPage(dist, `/people/${p.id}/`)), p.id).toContain(v);
  });

  it("state the number of figures credited that the index states, leaving out the totals the articles work out", () => {
    const index = htmlText(readPage(dist, "/people/"));
    const derived = new Set(data.claims.filter((c) => c.basis?.derived === true).map((c) => c.id));
    for (const p of data.people.filter((x) => x.claims.length > 0)) {
      const own = p.claims.filter((id) => !derived.has(id)).length;
      const page = readPage(dist, `/people/${p.id}/`);
      expect(page, p.id).toContain(`${own} ${own === 1 ? "figure" : "figures"} credited`);
      expect(index).toContain(p.name);
    }
    // The five articles' sources include one whose rate an article multiplies into a total.
    expect(derived.size).toBeGreaterThan(0);
    const withTotals = data.people.filter((p) => p.claims.some((id) => derived.has(id)));
    for (const p of withTotals) {
      const text = htmlText(readPage(dist, `/people/${p.id}/`));
      expect(text, p.id).toContain(`Totals the articles work out from ${p.name}'s rates`);
    }
  });
});
