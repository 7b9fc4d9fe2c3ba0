import { describe, expect, it } from "vitest";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { AliasEntry } from "../../src/lib/extract/entities.ts";

/** The spy agency of the alias file, as the project's own file names it. */
const ALIASES: AliasEntry[] = [
  {
    id: "south-korea-nis",
    name: "South Korea's National Intelligence Service",
    type: "organization",
    aliases: ["National Intelligence Service", "NIS"],
  },
];

/** One figure as the tests read it: where it stands, what it counts, who gives it and who passes it on. */
interface Read {
  readonly line: number;
  readonly figure: string;
  readonly kind: string;
  readonly by: string | null;
  readonly relayedBy: string | null;
  readonly method: string | null;
  readonly asOf: string | null;
  readonly asOfNote: string | undefined;
}

/**
 * Extracts an invented article whose first line repeats its title, as a headline printed in the body.
 *
 * @param lines The body's lines, the first being the headline.
 * @returns Each claim's line, figure, kind, credit, relay and how the credit was found; and the entities' names.
 */
function read(lines: readonly string[]): { claims: Read[]; names: string[] } {
  const meta = ArticleMetaSchema.parse({ title: lines[0], publisher: "Test Post", published: "2025-10-21" });
  const { claims, entities } = extractCorpus(
    [{ slug: "hl", file: "hl.md", meta, body: lines.join("\n"), bodyLine: 1 }],
    ALIASES,
  );
  return {
    claims: claims.map((c) => ({
      line: c.line,
      figure: c.figure,
      kind: c.kind,
      by: c.attributedTo?.name ?? null,
      relayedBy: c.relayedBy?.name ?? null,
      method: c.attributionMethod,
      asOf: c.asOf,
      asOfNote: c.asOfNote,
    })),
    names: entities.map((e) => e.name),
  };
}

const BODY =
  "About 1,500 North Korean soldiers have been killed in Russia, Rep. Seo Tae-yang told reporters after a closed-door briefing by the National Intelligence Service.";

describe("a figure of the headline that the body gives again is read as the body reads it", () => {
  it("takes the body's kind and credit over a headline's bare role word ('Lawmaker says … has lost 1,500 soldiers')", () => {
    const { claims } = read(["Lawmaker says North Korea has lost 1,500 soldiers in Russia", BODY]);
    const [headline, body] = claims;
    expect(body).toMatchObject({
      line: 2,
      kind: "casualties-killed",
      by: "South Korea's National Intelligence Service",
    });
    expect(body?.relayedBy).toBe("Seo Tae-yang");
    // The headline's "lost" counts the same dead the body counts, given by the same agency through the same lawmaker.
    expect(headline).toMatchObject({
      line: 1,
      figure: "1,500",
      kind: body?.kind,
      by: body?.by,
      relayedBy: body?.relayedBy,
      method: "headline-as-body",
    });
  });

  it("takes the body's date for the figure, which the headline does not write", () => {
    const { claims } = read([
      "Lawmaker says North Korea has lost 1,500 soldiers in Russia",
      BODY.replace("told reporters", "told reporters on Monday"),
    ]);
    expect(claims[1]?.asOf).toBe("2025-10-20");
    expect(claims[0]?.asOf).toBe("2025-10-20");
    // (The words that date it are the body's, and the headline's note says so.)
    expect(claims[0]?.asOfNote).toMatch(/^in the body's sentence that gives the figure again, “on Monday”/);
  });

  it("credits no unnamed 'Lawmaker' for a figure the headline shares with the body", () => {
    const { claims } = read(["Lawmaker says North Korea has lost 1,500 soldiers in Russia", BODY]);
    expect(claims.map((c) => c.by)).not.toContain("Lawmaker");
  });

  it("keeps the headline's own reading when the body does not give its figure again", () => {
    const { claims } = read(["Lawmaker says North Korea has lost 2,000 soldiers in Russia", BODY]);
    expect(claims[0]).toMatchObject({ line: 1, figure: "2,000", kind: "casualties-total", by: "Lawmaker" });
    expect(claims[0]?.method).not.toBe("headline-as-body");
  });

  it("keeps a headline that names another source than the body's", () => {
    const { claims } = read([
      "Zelensky says North Korea has lost 1,500 soldiers in Russia",
      "About 1,500 North Korean soldiers have been killed in Russia, South Korea's National Intelligence Service said on Tuesday.",
    ]);
    expect(claims[0]).toMatchObject({ line: 1, kind: "casualties-total", by: "Zelensky" });
  });

  it("keeps the headline's reading when the body's equal figure counts another thing", () => {
    const { claims } = read([
      "Lawmaker says North Korea has lost 1,500 soldiers in Russia",
      "North Korea has sent 1,500 more soldiers to Russia, Rep. Seo Tae-yang told reporters after a closed-door briefing by the National Intelligence Service.",
    ]);
    expect(claims[0]?.kind).toBe("casualties-total");
    expect(claims[0]?.method).not.toBe("headline-as-body");
  });

  it("reads only the line that repeats the title as the headline, not a later line with the same words", () => {
    const { claims } = read([
      "Seoul briefing on North Korean losses",
      "Lawmaker says North Korea has lost 1,500 soldiers in Russia.",
      BODY,
    ]);
    expect(claims.find((c) => c.line === 2)?.method).not.toBe("headline-as-body");
  });
});

describe("a headline that names a country or a capital", () => {
  it("keeps its own credit over another country's body ('Ukraine says', 'US says' above the NIS's count)", () => {
    for (const who of ["Ukraine", "US"]) {
      const { claims } = read([
        `${who} says 3,000 North Korean soldiers killed in Russia`,
        "About 3,000 North Korean soldiers have been killed, South Korea's National Intelligence Service said on Monday.",
      ]);
      expect(claims[0]?.by).toBe(who);
      expect(claims[0]?.method).not.toBe("headline-as-body");
    }
  });

  it("is read as the body's body of that country ('…, Seoul says' above South Korea's Joint Chiefs of Staff)", () => {
    const { claims } = read([
      "North Korea has lost 2,000 troops in Russia, Seoul says",
      "About 2,000 North Korean soldiers have died fighting against Ukraine, South Korea's Joint Chiefs of Staff said on Monday.",
    ]);
    expect(claims.map((c) => [c.kind, c.by])).toEqual([
      ["casualties-killed", "South Korea's Joint Chiefs of Staff"],
      ["casualties-killed", "South Korea's Joint Chiefs of Staff"],
    ]);
  });
});
