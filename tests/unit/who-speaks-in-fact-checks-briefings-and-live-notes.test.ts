import { describe, expect, it } from "vitest";
import { ArticleMetaSchema } from "../../src/lib/schema/article.ts";
import { readAliases } from "../../src/lib/content/aliases.ts";
import { extractCorpus } from "../../src/lib/extract/index.ts";

/**
 * Each claim of an invented article, read with the project's alias file, as "figure | kind | credit | stance".
 *
 * @param lines The body's lines.
 * @returns One line per claim, and the names of the entities the article made.
 */
function read(lines: readonly string[]): { claims: string[]; names: string[] } {
  const meta = ArticleMetaSchema.parse({ title: "Invented report", publisher: "Verity Desk", published: "2025-02-20" });
  const { claims, entities } = extractCorpus(
    [{ slug: "inv", file: "inv.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
    readAliases("content/aliases.yaml"),
  );
  return {
    claims: claims.map((c) => `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? "-"} | ${c.stance}`),
    names: entities.map((e) => e.name),
  };
}

describe("figures supposed or denied in a fact check", () => {
  it("'…, so a toll of 30,000 dead would be twice the size of the entire force' supposes the toll; nobody states it", () => {
    const { claims } = read([
      "The NIS puts the force at about 11,000.",
      "Neither figure supports the video, so a toll of 30,000 dead would be twice the size of the entire force.",
    ]);
    expect(claims.some((c) => c.startsWith("30,000"))).toBe(false);
    expect(claims).toContain("about 11,000 | troops-deployed | South Korea's National Intelligence Service | asserts");
  });

  it("'Neither agency has put the total number deployed above 15,000' gives the bound only to deny it", () => {
    expect(read(["Neither agency has put the total number deployed above 15,000."]).claims).toEqual([
      "above 15,000 | troops-deployed | - | disputes",
    ]);
    // An agency that has put it there states it.
    expect(read(["The agency has put the total number deployed above 15,000."]).claims[0]).toMatch(/\| asserts$/);
  });
});

describe("who speaks when a sentence opens with what someone was asked or told", () => {
  it("'Asked about the discrepancy, an NIS official said …' credits the official, never a person called 'Asked'", () => {
    const { claims, names } = read([
      "Ukraine's military intelligence agency puts the number of North Korean troops in Kursk at 12,000.",
      'Asked about the discrepancy, an NIS official said on Thursday that the agency\'s working estimate was "around 11,000".',
    ]);
    expect(names).not.toContain("Asked");
    expect(claims.at(-1)).toBe("around 11,000 | troops-deployed | an NIS official | asserts");
  });

  it("'Asked how many … they thought were in Russia, respondents' median answer was 20,000' names no one who asked", () => {
    const { claims, names } = read([
      "Asked how many North Korean soldiers they thought were in Russia, respondents' median answer was 20,000, nearly double the NIS estimate of 11,000.",
    ]);
    expect(names.filter((n) => /^Asked/.test(n))).toEqual([]);
    // The NIS's "estimate of 11,000" owns the figure after it, not the survey's answer before it.
    expect(claims).toEqual([
      "20,000 | troops-deployed | - | asserts",
      "11,000 | troops-deployed | South Korea's National Intelligence Service | asserts",
    ]);
  });

  it("'A HUR spokesman tells us the agency has raised its estimate …' is the agency's figure", () => {
    const { claims, names } = read([
      "10:55 GMT — A HUR spokesman tells us the agency has raised its estimate to about 1,500 killed and wounded.",
    ]);
    expect(claims).toEqual(["about 1,500 | casualties-total | Ukraine's military intelligence agency | asserts"]);
    expect(names.some((n) => /tells us/.test(n))).toBe(false);
  });

  it("'declined to comment on South Korean intelligence reports that …' credits nothing to the one who declined", () => {
    const { claims } = read([
      "Kremlin spokesman Gennady Soltsev told reporters there were no North Korean units at the front.",
      "Soltsev declined to comment on South Korean intelligence reports that Russia was paying each soldier about $2,000 a month.",
    ]);
    expect(claims.find((c) => c.startsWith("about $2,000"))).not.toMatch(/Soltsev/);
  });
});

describe("a source's own earlier figure, set aside for its new one", () => {
  /**
   * The claims of an invented live page, with their dispute and whether they are an earlier value.
   *
   * @param lines The body's lines.
   * @returns "figure | credit | disputed by | earlier" per claim.
   */
  const live = (lines: readonly string[]): string[] => {
    const meta = ArticleMetaSchema.parse({ title: "Live", publisher: "Frontline Daily", published: "2025-02-11" });
    return extractCorpus(
      [{ slug: "live", file: "live.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
      readAliases("content/aliases.yaml"),
    ).claims.map(
      (c) =>
        `${c.figure} | ${c.attributedTo?.name ?? "-"} | ${c.disputedBy?.name ?? "-"} | ${c.earlier ? "earlier" : ""}`,
    );
  };

  it("'the agency now says about 12,000 remain in Russia, not 11,000' after its own 11,000 disputes no one's 11,000", () => {
    expect(
      live([
        "09:02 GMT — South Korea's spy agency tells lawmakers that about 11,000 North Korean troops remain in Russia.",
        "14:05 GMT — The NIS figure in our 09:02 entry has been updated: the agency now says about 12,000 troops remain in Russia, not 11,000.",
      ]),
    ).toEqual([
      "about 11,000 | South Korea's National Intelligence Service | - | ",
      "about 12,000 | South Korea's National Intelligence Service | - | ",
      "11,000 | South Korea's National Intelligence Service | - | earlier",
    ]);
  });

  it("a figure set aside that another source gave stays disputed by the one who sets it aside", () => {
    const out = live([
      "Ukraine's military intelligence agency says about 11,000 North Korean troops remain in Russia.",
      "The NIS figure is higher: the agency now says about 12,000 troops remain in Russia, not 11,000.",
    ]);
    expect(out.at(-1)).toBe("11,000 | - | South Korea's National Intelligence Service | ");
  });
});

describe("what a figure counts when the sentence takes a part of it, supposes it or gives a ratio", () => {
  it("'take home about $150 a month of the $2,000 Russia pays': the $2,000 is the pay a part is taken from", () => {
    expect(
      read(["The researcher believes the soldiers take home about $150 a month of the $2,000 Russia pays."]).claims.map(
        (c) => c.split(" | ").slice(0, 2).join(" | "),
      ),
    ).toEqual(["about $150 a month | soldier-take-home", "$2,000 | pay-per-soldier"]);
  });

  it("'If the casualty rate holds …, Pyongyang would lose 30,000 men' supposes the losses; '… for every 100,000' is a ratio", () => {
    expect(read(["If the casualty rate holds at roughly a third, Pyongyang would lose 30,000 men."]).claims).toEqual(
      [],
    );
    expect(read(["Pyongyang would lose 30,000 men for every 100,000 it sends."]).claims).toEqual([]);
    // A loss the sentence reports stays.
    expect(read(["Pyongyang has lost 3,000 men, the agency said."]).claims).toHaveLength(1);
  });
});

describe("a lawmaker's own view after a briefing", () => {
  it("'added that in his personal view the real number could be … perhaps 15,000' is the lawmaker's, not the agency's", () => {
    const meta = ArticleMetaSchema.parse({ title: "Briefing", publisher: "Verity Desk", published: "2024-11-21" });
    const claims = extractCorpus(
      [
        {
          slug: "view",
          file: "view.md",
          meta,
          body: [
            "Rep. Seo Min-kyu said after a closed-door briefing by the National Intelligence Service that 11,000 North Korean troops were in Russia.",
            'Seo added that in his personal view the real number could be "considerably higher, perhaps 15,000".',
            "",
          ].join("\n"),
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    ).claims;
    expect(claims.map((c) => [c.figure, c.attributedTo?.name, c.relayedBy?.name ?? null])).toEqual([
      ["11,000", "South Korea's National Intelligence Service", "Seo Min-kyu"],
      ["perhaps 15,000", "Seo Min-kyu", null],
    ]);
  });
});

describe("whose figure and what it counts, in a profile, a denial, a forecast and a prisoners' report", () => {
  /**
   * Figure, kind, credit and the person a biography figure is about, one line per claim.
   *
   * @param lines The body's lines.
   * @returns The lines.
   */
  const full = (lines: readonly string[]): string[] => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-05-02",
    });
    return extractCorpus(
      [{ slug: "inv", file: "inv.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
      readAliases("content/aliases.yaml"),
    ).claims.map(
      (c) => `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? "-"} | ${c.subject?.name ?? "-"} | ${c.asOf ?? "-"}`,
    );
  };

  it("'more than three times the figure of 600 that South Korea's spy agency gave lawmakers in March' is the agency's dead, of March", () => {
    expect(
      full([
        "At least 2,000 North Korean soldiers have died in Russia since last autumn, more than three times the figure of 600 that South Korea's spy agency gave lawmakers in March.",
      ]).at(-1),
    ).toBe("600 | casualties-killed | South Korea's National Intelligence Service | - | 2025-03-01");
  });

  it("'HUR has said Russia expects to receive another 6,000 …' is the HUR's forecast, not Russia's", () => {
    expect(
      full([
        "Ukraine's military intelligence agency, HUR, has said Russia expects to receive another 6,000 North Korean troops by the summer.",
      ])[0],
    ).toMatch(/^6,000 \| troops-projected \| Ukraine's military intelligence agency \|/);
  });

  it("'dismissed reports that 12,000 … as a “fabrication” spread by Western intelligence services' credits no Western services", () => {
    const out = full([
      'The Kremlin on Thursday dismissed reports that 12,000 North Korean soldiers were fighting for Russia as a "fabrication" spread by Western intelligence services.',
    ]);
    expect(out[0]).toMatch(/^12,000 \| troops-deployed \| - \|/);
  });

  it("'the other, aged 26' of two captured soldiers is no age of the president who announced the capture", () => {
    const out = full([
      "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, Ukraine's president said on Saturday.",
      "One of them, a 20-year-old rifleman, has a broken jaw; the other, aged 26, had wounds to both legs.",
    ]);
    expect(out.filter((c) => c.includes("| biography |")).map((c) => c.split(" | ")[3])).toEqual(["-", "-"]);
  });

  it("'had lost about 40 of its roughly 150 men' counts 40 lost; the battalion's 150 is context", () => {
    const out = full([
      "The older man said his battalion had lost about 40 of its roughly 150 men in a single week of fighting.",
    ]);
    expect(out.map((c) => c.split(" | ").slice(0, 2).join(" | "))).toEqual([
      "about 40 | casualties-total",
      "roughly 150 | context",
    ]);
    // A force sent in part is still a force.
    expect(
      full(["North Korea has sent 3,000 of its 11,000 troops to the front."]).map((c) => c.split(" | ")[1]),
    ).toEqual(["troops-deployed", "troops-deployed"]);
  });

  it("'about 2,000 of its soldiers had already completed training near Pyongyang' are no troops in Russia", () => {
    expect(
      full(["The source said about 2,000 of its soldiers had already completed training near Pyongyang."])[0],
    ).toMatch(/^about 2,000 \| context \|/);
    expect(full(["About 3,000 soldiers are in training in Russia's Kursk region."])[0]).toMatch(
      /\| troops-deployed \|/,
    );
  });

  it("'A rotation of 15,000 soldiers every four months would mean about 45,000 …' supposes both", () => {
    expect(
      full([
        "A rotation of 15,000 soldiers every four months would mean about 45,000 passing through Russia in a year, they write.",
      ]).filter((c) => /\b(?:15,000|45,000)\b/.test(c)),
    ).toEqual([]);
  });
});

describe("a figure doubted in a quote, and the figure a body first disclosed", () => {
  it("'I have seen nothing at all that supports $5,000,' said X: X disputes the $5,000; the NIS's $2,000 named again stays the NIS's pay", () => {
    const meta = ArticleMetaSchema.parse({ title: "Fact check", publisher: "Verity Desk", published: "2025-02-20" });
    const claims = extractCorpus(
      [
        {
          slug: "fc",
          file: "fc.md",
          meta,
          body: [
            "The video's pay figure is more than double the one first disclosed by the NIS last October, which said Russia was likely paying about $2,000 a month per soldier. Researchers say the soldiers themselves probably receive only a small fraction of that.",
            '"I have seen nothing at all that supports $5,000," said Henrik Aasland, a researcher in Oslo. "Even the $2,000 number is an estimate from a single agency."',
            "",
          ].join("\n"),
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    ).claims;
    expect(claims.map((c) => [c.figure, c.kind, c.attributedTo?.name ?? null, c.disputedBy?.name ?? null])).toEqual([
      ["about $2,000 a month per soldier", "pay-per-soldier", "South Korea's National Intelligence Service", null],
      ["$5,000", "pay-per-soldier", null, "Henrik Aasland"],
      ["$2,000", "pay-per-soldier", "South Korea's National Intelligence Service", null],
    ]);
  });
});

describe("near misses of the rules above", () => {
  /**
   * Figure, credit and relay of each claim of an invented article.
   *
   * @param line The body's one line.
   * @returns "figure | credit | relay | stance" per claim.
   */
  const one = (line: string): string[] => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-03-25",
    });
    return extractCorpus(
      [{ slug: "nm", file: "nm.md", meta, body: `${line}\n`, bodyLine: 1 }],
      readAliases("content/aliases.yaml"),
    ).claims.map((c) => `${c.figure} | ${c.attributedTo?.name ?? "-"} | ${c.relayedBy?.name ?? "-"} | ${c.stance}`);
  };
  const NIS = "South Korea's National Intelligence Service";

  it("a lawmaker's own view: 'he personally believed', 'but in her personal view'; not 'Kim Jong Un personally greeted'", () => {
    expect(
      one("Rep. Lee Seong-kweun, briefed by the NIS, said he personally believed the death toll was closer to 3,000."),
    ).toEqual(["closer to 3,000 | Lee Seong-kweun | - | asserts"]);
    expect(
      one(
        "Rep. Kim Eun-ji said the NIS put the death toll at 2,000, but in her personal view the real number was closer to 4,000.",
      ),
    ).toEqual([`2,000 | ${NIS} | Kim Eun-ji | asserts`, "closer to 4,000 | Kim Eun-ji | - | asserts"]);
    expect(
      one(
        "Kim Jong Un personally greeted the returning soldiers, Rep. Lee Seong-kweun said after the NIS briefing, adding that about 600 had died.",
      ),
    ).toEqual([`about 600 | ${NIS} | Lee Seong-kweun | asserts`]);
  });

  it("'Neither Seoul nor Kyiv has put …' and 'No Western government has put … above 15,000' deny the bound", () => {
    expect(one("Neither Seoul nor Kyiv has put the number of North Korean dead above 2,000.")[0]).toMatch(
      /\| disputes$/,
    );
    expect(one("No Western government has put the number of North Korean troops in Russia above 15,000.")[0]).toMatch(
      /\| disputes$/,
    );
  });

  it("'If losses continue at this pace, North Korea could lose another 10,000 soldiers' supposes them", () => {
    expect(
      one("If losses continue at this pace, North Korea could lose another 10,000 soldiers by the summer."),
    ).toEqual([]);
  });

  it("'The NIS declined to confirm Ukrainian reports that about 4,000 …' is not the NIS's figure", () => {
    expect(
      one("The NIS declined to confirm Ukrainian reports that about 4,000 North Korean soldiers had died.")[0],
    ).not.toMatch(/National Intelligence Service/);
  });
});

describe("a live page's corrections and soldiers pulled back", () => {
  it("'It covers those killed and wounded. We regret the error.' makes the 08:20 entry's 1,200 a count of all losses", () => {
    const meta = ArticleMetaSchema.parse({ title: "Live", publisher: "Frontline Daily", published: "2025-02-11" });
    const claims = extractCorpus(
      [
        {
          slug: "live",
          file: "live.md",
          meta,
          body: [
            "08:20 GMT — Ukraine's military intelligence (HUR) says about 1,200 North Korean soldiers have been killed since the start of the year.",
            "09:40 GMT — Correction: In our 08:20 entry we said the HUR figure of 1,200 referred to North Korean soldiers killed. It covers those killed and wounded. We regret the error.",
            "",
          ].join("\n"),
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    ).claims;
    expect(claims.filter((c) => c.figure === "about 1,200").map((c) => [c.kind, c.stance])).toEqual([
      ["casualties-total", "asserts"],
    ]);
  });

  it("'the source put the number pulled back at about 2,000' counts no dead", () => {
    expect(
      read([
        "A drone operator says his unit alone has killed dozens of North Koreans this month.",
        "Reuters reports that North Korea has pulled some units back from the front line for regrouping; the source put the number pulled back at about 2,000.",
      ]).claims.find((c) => c.startsWith("about 2,000")),
    ).toMatch(/^about 2,000 \| context \|/);
  });
});

describe("sums of another trade or another war, a commander's units, and a count in the hundreds", () => {
  const kinds = (line: string): string[] => read([line]).claims.map((c) => c.split(" | ").slice(0, 2).join(" | "));

  it("'has earned some $5 billion from shells and missiles' is no pay for soldiers", () => {
    expect(
      kinds(
        "Seoul's defence ministry estimates that North Korea has earned some $5 billion from shells and missiles since August 2023, about ten times what its soldiers bring in.",
      ),
    ).toEqual(["some $5 billion | context"]);
  });

  it("'South Korea sent some 320,000 troops to Vietnam between 1964 and 1973, and was paid hundreds of millions of dollars' is another war", () => {
    expect(
      kinds(
        "South Korea sent some 320,000 troops to Vietnam between 1964 and 1973, and was paid hundreds of millions of dollars by Washington for doing so.",
      ),
    ).toEqual(["some 320,000 | context", "hundreds of millions of dollars | context"]);
  });

  it("'He said units under his command had counted about 900 … bodies' is the commander's count of his units' dead", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-02-05",
    });
    const [c] = extractCorpus(
      [
        {
          slug: "cmd",
          file: "cmd.md",
          meta,
          body: "Col. Oleksiy Hrytsenko said units under his command had counted about 900 North Korean bodies since November.\n",
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    ).claims;
    expect([c?.attributedTo?.name, c?.scope]).toEqual([
      "Oleksiy Hrytsenko",
      "only what the units under one command counted",
    ]);
  });

  it("'in the hundreds' stays below a thousand; a bare 'hundreds' keeps no top", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-02-20",
    });
    const values = extractCorpus(
      [
        {
          slug: "h",
          file: "h.md",
          meta,
          body: "The best available estimates put the number of North Korean dead in the hundreds.\nLosses are in the low thousands, the agency said.\nHundreds of North Korean soldiers have died.\n",
          bodyLine: 1,
        },
      ],
      [],
    ).claims.map((c) => [c.value.min, c.value.max]);
    expect(values).toEqual([
      [200, 999],
      [2000, 9999],
      [200, null],
    ]);
  });
});

describe("figures a site audit found missed or misread", () => {
  /**
   * Figure, kind, credit and scope of each claim of an invented article, with the project's alias file.
   *
   * @param lines The body's lines.
   * @returns "figure | kind | credit | scope" per claim.
   */
  const all = (lines: readonly string[]): string[] => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-01-28",
    });
    return extractCorpus(
      [{ slug: "m", file: "m.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
      readAliases("content/aliases.yaml"),
    ).claims.map((c) => `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? "-"} | ${c.scope ?? "-"}`);
  };
  const HUR = "Ukraine's military intelligence agency";

  it("'In late January it put total … losses at about 4,000' after the HUR is named is the HUR's", () => {
    expect(
      all([
        "Ukraine's military intelligence agency, known as HUR, has given higher numbers. In late January it put total North Korean losses at about 4,000.",
      ]),
    ).toEqual([`about 4,000 | casualties-total | ${HUR} | -`]);
  });

  it("'the Defence Intelligence of Ukraine now expects the deployment to grow to 20,000' is the HUR's forecast", () => {
    expect(
      all([
        "A correspondent wrote that the Defence Intelligence of Ukraine now expects the deployment to grow to 20,000 by June.",
      ]),
    ).toEqual([`20,000 | troops-projected | ${HUR} | -`]);
    expect(
      all(["The NIS, which has said it expects the deployment to stay below 20,000 this year, gave no figure."]).map(
        (c) => c.split(" | ")[1],
      ),
    ).toEqual(["troops-projected"]);
  });

  it("'about 300 deaths and 2,700 injuries' keeps the wounded; 'about 500 artillery specialists' are troops of that trade", () => {
    expect(
      all(["The troops have suffered about 300 deaths and 2,700 injuries, a JCS official said."]).map((c) =>
        c.split(" | ").slice(0, 2).join(" | "),
      ),
    ).toEqual(["about 300 | casualties-killed", "2,700 | casualties-wounded"]);
    expect(all(["The reinforcements include about 500 artillery specialists, a JCS official said."])).toEqual([
      "about 500 | troops-deployed | a JCS official | only artillery specialists",
    ]);
  });

  it("a wire's last sentence before '(END)' is read", () => {
    expect(all(["Seoul has estimated that Russia pays about $2,000 a month for each soldier. (END)"])).toHaveLength(1);
  });

  it("'…, said Col. Ihor Denysenko, a GUR spokesman, in a statement' describes him as the HUR's spokesman", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-01-28",
    });
    const { entities } = extractCorpus(
      [
        {
          slug: "s",
          file: "s.md",
          meta,
          body: '"They are being sent in waves," said Col. Ihor Denysenko, a GUR spokesman, in a statement. He said losses had exceeded 500 killed and wounded.\n',
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    );
    expect([...(entities.find((e) => e.name === "Ihor Denysenko")?.roles ?? [])]).toContain("a GUR spokesman");
  });
});

describe("near misses a second review found", () => {
  const kindOf = (line: string): string[] => read([line]).claims.map((c) => c.split(" | ").slice(0, 3).join(" | "));

  it("soldiers trained in Russia or sent to the front are troops there; only those still training at home are not", () => {
    expect(
      kindOf(
        "About 11,000 North Korean soldiers have completed training at Russian bases in the Far East and are moving toward Kursk, the Pentagon said.",
      )[0],
    ).toMatch(/\| troops-deployed \|/);
    expect(
      kindOf("Some 12,000 North Korean troops are undergoing training in the Kursk region, the HUR said.")[0],
    ).toMatch(/\| troops-deployed \|/);
    expect(kindOf("The NIS put the number of troops transferred to the Kursk front at about 11,000.")[0]).toMatch(
      /\| troops-deployed \|/,
    );
  });

  it("a rotation's yearly sum that a source estimates is its forecast", () => {
    expect(
      kindOf(
        "A rotation of 15,000 soldiers every four months would mean about 45,000 North Korean troops cycling through Russia this year, the NIS estimated.",
      ),
    ).toContain("about 45,000 | troops-projected | South Korea's National Intelligence Service");
  });

  it("'nothing that supports the Russian denials — around 2,000 of them have been killed' disputes nothing; 'nothing … $5,000' does", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-03-25",
    });
    const disputed = (line: string): (string | null)[] =>
      extractCorpus([{ slug: "n", file: "n.md", meta, body: `${line}\n`, bodyLine: 1 }], []).claims.map(
        (c) => c.disputedBy?.name ?? null,
      );
    expect(
      disputed(
        "“I have seen nothing that supports the Russian denials — around 2,000 of them have been killed,” a Ukrainian battalion commander said.",
      ),
    ).toEqual([null]);
    expect(
      disputed("“I have seen nothing that would support $5,000,” said Kim Min-ji, a researcher in Seoul."),
    ).toEqual(["Kim Min-ji"]);
  });

  it("'a report on Russian disinformation released by Ukraine's military intelligence' is the HUR's report", () => {
    expect(
      kindOf(
        "The estimate of 1,000 North Korean dead appeared in a report on Russian disinformation released by Ukraine's military intelligence on Monday.",
      )[0],
    ).toBe("1,000 | casualties-killed | Ukraine's military intelligence agency");
  });

  it("a correction of what a figure covers, or of its value, changes no kind it does not name", () => {
    const meta = ArticleMetaSchema.parse({ title: "Live", publisher: "Frontline Daily", published: "2025-03-25" });
    const kinds = (lines: readonly string[]): string[] =>
      extractCorpus(
        [{ slug: "c", file: "c.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
        readAliases("content/aliases.yaml"),
      )
        .claims.filter((c) => c.figure === "about 1,500")
        .map((c) => c.kind);
    expect(
      kinds([
        "09:15 — The HUR says about 1,500 North Korean soldiers have been killed or wounded in Kursk.",
        "14:10 — Correction: In our 09:15 entry we wrongly said the HUR figure of 1,500 covered only combat losses. It includes those killed in training accidents too.",
      ]),
    ).toEqual(["casualties-total"]);
    expect(
      kinds([
        "09:15 — The HUR says about 1,500 North Korean soldiers have been killed.",
        "14:10 — Correction: In our 09:15 entry we said the HUR put the number killed at 1,500. That was wrong: the HUR figure is 1,300, and it covers killed and wounded.",
      ]),
    ).toEqual(["casualties-killed"]);
  });

  it("'roughly four times the figure of 500 that South Korea's intelligence service reported' counts what the 2,000 counts", () => {
    expect(
      kindOf(
        "Ukraine's military intelligence now estimates that about 2,000 North Korean soldiers have been killed, roughly four times the figure of 500 that South Korea's intelligence service reported in February.",
      )[1],
    ).toBe("500 | casualties-killed | South Korea's National Intelligence Service");
  });

  it("'had lost about 40 out of its 150 men' counts the 40 lost, the 150 as context", () => {
    expect(
      kindOf("The unit had lost about 40 out of its 150 men by the time it was pulled back, an officer said."),
    ).toEqual(["about 40 | casualties-total | an officer", "150 | context | an officer"]);
  });
});

describe("a headline's country against the body's source", () => {
  it("'South Korean officials say', 'US officials say', 'Washington says', 'Seoul says' are read as the body's source of that country or of none", () => {
    const meta = (title: string) => ArticleMetaSchema.parse({ title, publisher: "Test Post", published: "2025-03-25" });
    const first = (lines: readonly string[]): string | undefined =>
      extractCorpus(
        [{ slug: "h", file: "h.md", meta: meta(lines[0] ?? ""), body: `${lines.join("\n")}\n`, bodyLine: 1 }],
        readAliases("content/aliases.yaml"),
      ).claims[0]?.attributedTo?.name;
    expect(
      first([
        "South Korean officials say 1,100 North Korean troops killed",
        "About 1,100 North Korean soldiers have been killed in Kursk, South Korea's Joint Chiefs of Staff said on Thursday.",
      ]),
    ).toBe("South Korea's Joint Chiefs of Staff");
    expect(
      first([
        "Some 300 North Korean soldiers killed, Seoul says",
        "About 300 North Korean soldiers have been killed, the Joint Chiefs of Staff said in a text message to reporters.",
      ]),
    ).toBe("Joint Chiefs of Staff");
    expect(
      first([
        "Kyiv says 3,000 North Korean soldiers killed",
        "About 3,000 North Korean soldiers have been killed or wounded, South Korea's National Intelligence Service said.",
      ]),
    ).toBe("Kyiv");
  });
});

describe("what a second site audit found false: denials, hearsay, questions, ceilings, places and workers", () => {
  /**
   * Figure, kind, credit, dispute, stance and scope of each claim of an invented article with a byline.
   *
   * @param lines The body's lines (a "By …" line names the author).
   * @returns One line per claim.
   */
  const rows = (lines: readonly string[]): string[] => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Northern Review",
      published: "2025-03-08",
    });
    return extractCorpus(
      [{ slug: "a", file: "a.md", meta, body: `${lines.join("\n")}\n`, bodyLine: 1 }],
      readAliases("content/aliases.yaml"),
    ).claims.map(
      (c) =>
        `${c.figure} | ${c.kind} | ${c.attributedTo?.name ?? "-"} | ${c.disputedBy?.name ?? "-"} | ${c.stance} | ${c.scope ?? "-"}`,
    );
  };

  it("'Nobody has 50,000 men there' gives the 50,000 only to deny it", () => {
    expect(rows(["'Nobody has 50,000 men there', the analyst said."])[0]).toMatch(
      /^50,000 \| troops-deployed \| .* \| disputes \|/,
    );
  });

  it("'Some commentators claim 40,000 … I think that is nonsense' is the commentators' figure, disputed by the writer", () => {
    expect(
      rows([
        "By Ri Chol-ho",
        "Some commentators claim 40,000 North Koreans are now fighting. I think that is nonsense; I would be surprised if more than 15,000 have ever been sent.",
      ]),
    ).toEqual(["40,000 | troops-deployed | commentators | Ri Chol-ho | asserts | -"]);
  });

  it("'Now I read that Russia pays each of them $2,000 a month' is no figure of the writer's", () => {
    expect(rows(["By Ri Chol-ho", "Now I read that Russia pays each of them $2,000 a month."])).toEqual([
      "$2,000 a month | pay-per-soldier | - | - | asserts | -",
    ]);
  });

  it("'Mr Leith asked whether it was true that Pyongyang kept 90 per cent of that' states no share", () => {
    expect(rows(["Mr Leith asked whether it was true that Pyongyang kept 90 per cent of that."])).toEqual([]);
  });

  it("a force 'no larger than 12,000' is a ceiling of now, not a forecast", () => {
    expect(rows(["The minister said the North Korean force in Russia is no larger than 12,000."])[0]).toMatch(
      /^no larger than 12,000 \| troops-deployed \|/,
    );
  });

  it("soldiers who 'remained at the front' or 'had reached the Kursk region' are those there", () => {
    expect(rows(["The HUR said around 8,000 North Korean soldiers remained at the front."])[0]).toMatch(
      /\| those at the front$/,
    );
    expect(
      rows([
        "On Nov 4, the HUR said the first 3,000 North Korean soldiers had reached the Kursk region; by its count 11,000 were then in Russia.",
      ]).map((r) => r.split(" | ").at(-1)),
    ).toEqual(["those in the Kursk region", "-"]);
  });

  it("'The median troop figure across all articles was 11,000' is no one's figure", () => {
    expect(rows(["The median troop figure across all articles was 11,000."])).toEqual([]);
  });

  it("'At 90 per cent, a soldier would take home around $200 a month; at 70 per cent, around $600' supposes both", () => {
    expect(
      rows(["At 90 per cent, a soldier would take home around $200 a month; at 70 per cent, around $600."]),
    ).toEqual([]);
  });

  it("a crew's wage in roubles and a contractor's word are no soldier's pay and no city's figure", () => {
    expect(
      rows([
        "A construction foreman said his 40-man crew had been paid 120,000 roubles a month each.",
        "A worker can earn about $800 a month, a Vladivostok contractor said.",
      ]).map((r) => r.split(" | ").slice(0, 3).join(" | ")),
    ).toEqual([
      "120,000 roubles a month each | context | A construction foreman",
      "about $800 a month | context | a Vladivostok contractor",
    ]);
  });

  it("'Labour MP Gareth Pryce' is a person with a party's title; his 'Labour' scopes no soldiers to labour", () => {
    const meta = ArticleMetaSchema.parse({ title: "Hearing", publisher: "Northern Review", published: "2025-02-12" });
    const { claims, entities } = extractCorpus(
      [
        {
          slug: "h",
          file: "h.md",
          meta,
          body: "Labour MP Gareth Pryce said 15,000 North Korean soldiers were in Russia.\n",
          bodyLine: 1,
        },
      ],
      readAliases("content/aliases.yaml"),
    );
    expect(claims.map((c) => [c.attributedTo?.name, c.scope])).toEqual([["Gareth Pryce", null]]);
    expect(entities.map((e) => e.name)).not.toContain("Labour M");
  });
});

describe("near misses a third review found", () => {
  const kinds = (line: string): string[] => read([line]).claims.map((c) => c.split(" | ").slice(0, 2).join(" | "));
  const stances = (line: string): string[] => read([line]).claims.map((c) => c.split(" | ").at(-1) ?? "");

  it("another war's pay only in a part of the sentence dated decades back, or in the figure's own clause", () => {
    expect(
      kinds(
        "Kim Young-soo, an 89-year-old Korean War veteran, said the $2,000 a month the young soldiers receive was more than he had earned in a lifetime.",
      ),
    ).toContain("$2,000 a month | pay-per-soldier");
    expect(
      kinds(
        "Unlike in Afghanistan, where Soviet conscripts earned little, the North Koreans are paid about $2,000 a month, a defector said.",
      ),
    ).toEqual(["about $2,000 a month | pay-per-soldier"]);
    expect(
      kinds(
        "Mercenaries in Syria earned about $3,000 a month, analysts say, against roughly $2,000 for each North Korean soldier.",
      ),
    ).toEqual(["about $3,000 a month | context", "roughly $2,000 | pay-per-soldier"]);
  });

  it("a gun crew, fighters beside contractors and the Workers' Party are no civilian workers", () => {
    expect(kinds("Ukrainian officers say each North Korean gun crew in Kursk is paid about $2,500 a month.")).toEqual([
      "about $2,500 a month | pay-per-soldier",
    ]);
    expect(
      kinds(
        "North Korean fighters building fortifications alongside Russian contractors are paid about $1,500 a month, an official said.",
      ),
    ).toEqual(["about $1,500 a month | pay-per-soldier"]);
  });

  it("'about 100 specialists' sent to North Korea are no North Korean troops", () => {
    expect(
      kinds("Russia has sent about 100 specialists to North Korea to help modernise its air defences, the NIS said."),
    ).toEqual([]);
  });

  it("'No army has sent 12,000 men abroad so quietly' compares; 'No country has sent 50,000 troops' denies", () => {
    expect(
      stances("No army has sent 12,000 men abroad so quietly, the analyst said of North Korea's deployment."),
    ).toEqual(["asserts"]);
    expect(stances("No country has sent 50,000 troops, the minister said.")).toEqual(["disputes"]);
  });

  it("'I believe it is wrong to call these men mercenaries' disputes no figure before it", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-03-25",
    });
    const body = [
      "By Helen Marsh",
      "Pyongyang has sent about 11,000 troops to Russia, the NIS says.",
      "I believe it is wrong to call these men mercenaries.",
      "",
    ].join("\n");
    const disputed = (text: string): (string | null)[] =>
      extractCorpus(
        [{ slug: "w", file: "w.md", meta, body: text, bodyLine: 1 }],
        readAliases("content/aliases.yaml"),
      ).claims.map((c) => c.disputedBy?.name ?? null);
    expect(disputed(body)).toEqual([null]);
    expect(disputed(body.replace("it is wrong to call these men mercenaries", "that is wrong"))).toEqual([
      "Helen Marsh",
    ]);
  });

  it("a speaker asked whether a figure holds, who answers, gives it; the question alone states nothing", () => {
    expect(kinds("When asked whether 11,000 troops were in Kursk, the minister said that was accurate.")).toHaveLength(
      1,
    );
    expect(kinds("The minister, asked whether about 3,000 had died, said the figure was close.")).toHaveLength(1);
    expect(kinds("Lawmakers asked whether 15,000 troops had been sent.")).toEqual([]);
  });

  it("a place reached is a scope only in the war's regions; the dead left at the front are no troops there", () => {
    const meta = ArticleMetaSchema.parse({
      title: "Invented report",
      publisher: "Verity Desk",
      published: "2025-03-25",
    });
    const scopes = (line: string): (string | null)[] =>
      extractCorpus([{ slug: "p", file: "p.md", meta, body: `${line}\n`, bodyLine: 1 }], []).claims.map((c) => c.scope);
    expect(scopes("The NIS said the first 1,500 troops had reached the Russian Far East by mid-October.")).toEqual([
      null,
    ]);
    expect(scopes("The HUR said the first 3,000 troops had reached the Kursk region.")).toEqual([
      "those in the Kursk region",
    ]);
    expect(
      scopes("The bodies of about 500 North Korean soldiers remained at the front, a Ukrainian brigade said."),
    ).not.toContain("those at the front");
  });

  it("an average of the reports we reviewed is ours; an average a think tank gives is the think tank's", () => {
    expect(kinds("The average troop estimate in the reports we reviewed was about 11,500.")).toEqual([]);
    expect(
      kinds("The average estimate in Western intelligence reports is about 12,000 troops, a Seoul think tank said."),
    ).toEqual(["about 12,000 | troops-deployed"]);
  });
});

describe("a few people a sentence speaks of, whose losses are another figure's", () => {
  it("'the two soldiers came from a force of about 11,000 …, of which some 3,800 had been killed or wounded' counts no two dead", () => {
    const kinds = (line: string): string[] => read([line]).claims.map((c) => c.split(" | ").slice(0, 2).join(" | "));
    expect(
      kinds(
        "Ukraine's military intelligence said the two soldiers came from a force of about 11,000 sent to Kursk, of which some 3,800 had been killed or wounded by early January.",
      ),
    ).toEqual(["two | context", "about 11,000 | troops-deployed", "some 3,800 | casualties-total"]);
    // Counts joined in one subject share its verb, and a few who were killed are killed.
    expect(kinds("Five soldiers and 300 civilians were killed.")[0]).toBe("Five | casualties-killed");
    expect(kinds("The two soldiers were killed in the strike.")).toEqual(["two | casualties-killed"]);
  });
});
