import { describe, expect, it } from "vitest";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";
import type { AliasEntry } from "../../src/lib/extract/entities.ts";

/** An alias file that names one body two ways, as an editor would. */
const ALIASES: AliasEntry[] = [
  {
    id: "ukraine-hur",
    name: "Ukraine's military intelligence agency",
    type: "organization",
    aliases: ["Ukraine's Defence Intelligence", "HUR"],
  },
];

/**
 * Who each figure of an invented article is credited to, and the bodies the extraction saw.
 *
 * @param body The article's text.
 * @param title The article's title.
 * @returns Per claim its figure and the name credited, and the names of the organisations seen.
 */
function read(body: string, title = "Invented report"): { credits: [string, string | null][]; bodies: string[] } {
  const meta = ArticleMetaSchema.parse({ title, publisher: "Test Gazette", published: "2025-03-19" });
  const { claims, entities } = extractCorpus([{ slug: "intel", file: "intel.md", meta, body, bodyLine: 1 }], ALIASES);
  return {
    credits: claims.map((c) => [c.figure, c.attributedTo?.name ?? null]),
    bodies: entities.filter((e) => e.type === "organization").map((e) => e.name),
  };
}

describe("a country's intelligence, named by the country alone, is the one intelligence body of that country the article names", () => {
  it("credits a headline's 'Ukrainian intelligence says' to the body the article names after it, and makes no body of its own", () => {
    const headline = "Ukrainian intelligence says 12,000 North Korean soldiers now in Kursk";
    const out = read(
      [
        headline,
        "KYIV — Ukraine's Defence Intelligence said on Wednesday that 12,000 North Korean soldiers are now in the Kursk region.",
        "According to Kyiv's intelligence services, about 400 of them were wounded in March.",
      ].join("\n"),
      headline,
    );
    expect(out.credits.map(([, who]) => who)).toEqual([
      "Ukraine's military intelligence agency",
      "Ukraine's military intelligence agency",
      "Ukraine's military intelligence agency",
    ]);
    expect(out.bodies).not.toContain("Ukrainian intelligence");
  });

  it("leaves the description as written when the article names two bodies of the country, or none, or only another country's", () => {
    const two = read(
      [
        "Ukraine's Defence Intelligence said 12,000 North Korean soldiers are in the Kursk region.",
        "Ukraine's Foreign Intelligence Service said on Monday that 600 North Korean soldiers had been killed.",
        "Ukrainian intelligence also says 300 North Korean soldiers were killed last week.",
      ].join("\n"),
    );
    expect(two.credits.at(-1)).toEqual(["300", "Ukrainian intelligence"]);
    const none = read("Ukrainian intelligence says 1,200 North Korean soldiers were killed.");
    expect(none.credits).toEqual([["1,200", "Ukrainian intelligence"]]);
    const other = read(
      [
        "South Korea's National Intelligence Service said 11,000 North Korean soldiers are in Russia.",
        "American intelligence says 1,200 North Korean soldiers were killed.",
      ].join("\n"),
    );
    expect(other.credits).toEqual([
      ["11,000", "South Korea's National Intelligence Service"],
      ["1,200", "American intelligence"],
    ]);
  });
});

describe("what is no second intelligence body, and what may be one", () => {
  it("a committee, a publication, an office or a sentence end makes no body; a title-case headline is the same description", () => {
    const cases: [string, string][] = [
      [
        "Ukrainian intelligence says some 3,000 North Korean soldiers have been wounded.\nThe figure was first published by the Ukraine Intelligence Monitor, a Kyiv newsletter.",
        "Ukrainian intelligence",
      ],
      [
        "Seoul's intelligence services say some 3,000 North Korean soldiers have been wounded.\nLee Dong-min, a member of the South Korean National Assembly's Intelligence Committee, described the briefing.",
        "Seoul's intelligence services",
      ],
      [
        "U.S. intelligence says about 11,000 North Korean troops are in Russia.\nMarla Quint, the U.S. Director of National Intelligence, told senators the figure was rising.",
        "U.S. intelligence",
      ],
      [
        "Russian intelligence says about 11,000 North Korean troops are training near Vladivostok. Russia's Foreign Intelligence Service has not commented.",
        "Russia's Foreign Intelligence Service",
      ],
      [
        "Ukrainian Intelligence says some 3,000 North Korean soldiers have been wounded.\nUkraine's Defence Intelligence has published videos from the front.",
        "Ukraine's military intelligence agency",
      ],
    ];
    for (const [body, who] of cases) expect(read(body).credits[0]?.[1]).toBe(who);
  });

  it("an acronym nobody knows, named beside the country's body, may be another body: the description stays as written", () => {
    const out = read(
      [
        "Ukrainian intelligence says some 3,000 North Korean soldiers have been wounded.",
        "The HUR and the SZRU have both tracked the trains from Vladivostok.",
      ].join("\n"),
    );
    expect(out.credits).toEqual([["some 3,000", "Ukrainian intelligence"]]);
    const dateline = read(
      [
        "Ukrainian intelligence says 12,000 North Korean soldiers are in Kursk.",
        "KYIV — Ukraine's Defence Intelligence said on Wednesday that 12,000 North Korean soldiers are in the Kursk region.",
      ].join("\n"),
    );
    expect(dateline.credits[0]).toEqual(["12,000", "Ukraine's military intelligence agency"]);
  });
});

describe("what joins an acronym to the country's body", () => {
  it("an acronym that is a drone's, an outlet's or a dateline's is no second body", () => {
    for (const first of [
      "Ukraine's Defence Intelligence said North Korean troops were learning to fly FPV drones.",
      "The HUR shared its findings with the BBC and NHK.",
      "SUMY (Harbour Wire) — Ukraine's Defence Intelligence said the units had moved.",
    ])
      expect(
        read(`${first}\nUkrainian intelligence says about 12,000 North Korean soldiers are in Kursk.`).credits,
      ).toEqual([["about 12,000", "Ukraine's military intelligence agency"]]);
  });
});
