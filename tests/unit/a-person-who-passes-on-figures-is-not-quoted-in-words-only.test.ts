/**
 * A lawmaker who passes on a spy agency's figures is credited with none of them, and the page says what
 * it lists instead: "in words only" would be false of someone the articles quote with figures.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/lib/pipeline.ts";
import { indexCorpus } from "../../src/lib/site/data.ts";
import { noneCreditedText, personPageModel } from "../../src/lib/site/person-page.ts";

const dir = mkdtempSync(join(tmpdir(), "passes-on-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a person who passes on others' figures", () => {
  mkdirSync(join(dir, "articles"));
  writeFileSync(
    join(dir, "articles", "briefing.md"),
    [
      "---",
      'title: "Briefing"',
      'publisher: "Harbour Ledger"',
      "published: 2025-06-03",
      "---",
      "Lawmaker Oh Jae-min, briefed by South Korea's National Intelligence Service, said about 11,520 North Korean troops were in Russia.",
      "Oh Jae-min said the agency believes each soldier is paid $2,520 a month.",
      "Anna Berg, an analyst, said the numbers were plausible.",
      "Analyst Ivo Marek said the losses were near 4,000.",
      "Lena Tamm said no one in her unit believed the troops left on March 4, 2025.",
      "",
    ].join("\n"),
  );
  const d = indexCorpus(buildCorpus(dir, { cache: null }));
  const person = (name: string) => {
    const p = d.data.people.find((x) => x.name === name);
    if (!p) throw new Error(`no ${name}: ${d.data.people.map((x) => x.name).join(", ")}`);
    return p;
  };

  it("lists the figures they pass on, each credited to its source, and says so instead of 'in words only'", () => {
    const m = personPageModel(d, person("Oh Jae-min"));
    expect(m.credited.items).toEqual([]);
    expect(m.passedOn.items.map((r) => [r.figure, r.who])).toEqual([
      ["about 11,520", "South Korea's National Intelligence Service"],
      ["$2,520 a month", "South Korea's National Intelligence Service"],
    ]);
    expect(noneCreditedText(m)).toBe("None of their own; below are the figures Oh Jae-min passes on from others.");
  });

  it("still says 'in words only' of someone quoted without a figure", () => {
    const m = personPageModel(d, person("Anna Berg"));
    expect(m.passedOn.items).toEqual([]);
    expect(noneCreditedText(m)).toBe(
      "None: the articles quote Anna Berg in words only, or name them without a figure.",
    );
  });

  it("still says 'in words only' when the only numbers are 'one', a day of the month or a year", () => {
    expect(noneCreditedText(personPageModel(d, person("Lena Tamm")))).toBe(
      "None: the articles quote Lena Tamm in words only, or name them without a figure.",
    );
  });

  it("counts a number with a count's noun or a currency ('8 soldiers', '2000 troops') as one that could be a figure, not a label, a time, a date's day or a year", () => {
    const said = (text: string): string =>
      noneCreditedText({
        person: { ...person("Anna Berg"), name: "Oskar Lind" },
        about: { items: [], more: 0 },
        passedOn: { items: [], more: 0 },
        disputes: { items: [], more: 0 },
        mentions: { items: [{ article: "a", text, outlet: "Harbour Ledger" }], more: 0 },
      });
    expect(said("Oskar Lind said 8 soldiers were captured.")).toBe(
      "None: the site credits no figure in the articles to Oskar Lind.",
    );
    expect(said("Oskar Lind said 2000 troops were sent.")).toBe(
      "None: the site credits no figure in the articles to Oskar Lind.",
    );
    expect(said("Oskar Lind said the troops left on 12 March 2025.")).toBe(
      "None: the articles quote Oskar Lind in words only, or name them without a figure.",
    );
    expect(said("Oskar Lind said one of them left in 2024.")).toBe(
      "None: the articles quote Oskar Lind in words only, or name them without a figure.",
    );
    for (const label of [
      "Oskar Lind commanded Unit No. 7.",
      "Oskar Lind wrote Chapter 3 of the report.",
      "Oskar Lind spoke at 9 pm.",
      "Oskar Lind, born 1998, joined the army.",
      "Oskar Lind described the 2024 deployment.",
    ])
      expect(said(label)).toBe("None: the articles quote Oskar Lind in words only, or name them without a figure.");
  });

  it("never says 'in words only' of someone named in a sentence with a number the site credits to no one", () => {
    const m = personPageModel(d, person("Ivo Marek"));
    expect(m.credited.items).toEqual([]);
    expect(m.mentions.items.map((x) => x.text).join(" ")).toMatch(/4,000/);
    expect(noneCreditedText(m)).toBe("None: the site credits no figure in the articles to Ivo Marek.");
  });
});
