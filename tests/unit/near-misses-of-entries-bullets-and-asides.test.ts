import { describe, expect, it } from "vitest";
import { inventedReader, relayLines as vias } from "../support/invented.ts";

/** One invented article of the Quayside Mercury, read whole. */
const { extract, credited: lines } = inventedReader("Quayside Mercury");

describe("a live blog's entries", () => {
  it("a person who opens one entry is not whom 'he' means in a later one", () => {
    expect(
      lines(
        [
          "10:40 — Kim Jong Un inspected a munitions factory in Hamhung on Tuesday, state media reported.",
          "",
          "11:05 — A Ukrainian battalion commander in Kursk told reporters his men had faced waves of infantry. He said about 310 North Koreans were killed in a single assault.",
        ].join("\n"),
      ),
    ).not.toContain("about 310: casualties-killed, Kim Jong Un");
  });
});

describe("bullets", () => {
  it("a long bullet's brackets that name places are no source", () => {
    expect(
      lines(
        "- 1,910: North Korean soldiers believed wounded in fighting along the border since the first clashes in the autumn, most of them in two offensives (Kursk and Belgorod)",
      ),
    ).toEqual(["1,910: casualties-wounded, nobody"]);
  });
});

describe("things sent, and asides", () => {
  it("'is expected to send 700,000 more' after artillery rounds counts no troops", () => {
    expect(
      lines(
        "North Korea has shipped millions of artillery rounds to Russia and is expected to send 700,000 more this year, Ukraine's military intelligence said.",
      ).filter((l) => l.includes("troops")),
    ).toEqual([]);
  });

  it("an aside between dashes with a verb of its own keeps its own tense", () => {
    expect(
      lines(
        "Officials expect Pyongyang to send more troops — 3,030 soldiers reached Vladivostok last week — before the spring offensive.",
      ),
    ).toEqual(["3,030: troops-deployed, nobody"]);
  });

  it("one man's age before 'who' is his biography", () => {
    expect(
      lines("Pak Su-il, a 28-year-old who trained soldiers in Wonsan, said 120 men from his battalion had died.")[0],
    ).toBe("28-year: biography, Pak Su-il");
  });
});

describe("speakers joined by 'and'", () => {
  it("a described person after 'and' with a capitalised nationality still speaks with the rest", () => {
    expect(
      lines(
        "Two analysts and a retired South Korean general estimate that about 1,530 North Korean soldiers have been killed.",
      ),
    ).toEqual(["about 1,530: casualties-killed, Two analysts and a retired South Korean general"]);
  });
});

describe("shares of 'them' in a force sent", () => {
  it("is a casualty rate with words between the force and the comma", () => {
    expect(
      lines(
        "North Korea sent 12,030 soldiers to Kursk, about a third of them killed or wounded, according to Ukraine's military intelligence.",
      ).at(-1),
    ).toBe("about a third: casualty-rate, Ukraine's military intelligence");
    expect(
      lines("Pyongyang dispatched about 12,040 elite troops last autumn, nearly half of them now dead or wounded.").at(
        -1,
      ),
    ).toBe("nearly half: casualty-rate, nobody");
  });
});

describe("wire datelines", () => {
  it("are read with an agency spelled out and after a few lines of furniture", () => {
    expect(
      vias(
        "Harrowgate Courier",
        "PARIS (Agence France-Presse) — Ukraine's military intelligence said about 710 North Korean soldiers had been wounded in the past month.",
      ),
    ).toEqual(["about 710: via Agence France-Presse"]);
    expect(
      vias(
        "Harrowgate Courier",
        [
          "By Ana Reyes",
          "12 March 2025",
          "Updated 10:20 GMT",
          "Listen to this article · 4 min",
          "SEOUL (Reuters) — South Korea's spy agency said about 2,210 North Korean soldiers had been killed or wounded.",
        ].join("\n"),
      ),
    ).toEqual(["about 2,210: via Reuters"]);
  });
});

describe("withdrawn, corrected, peacetime", () => {
  it("a figure of troops withdrawn is a figure withdrawn", () => {
    expect(
      extract("An estimate of 4,030 North Korean troops was later withdrawn.").claims.map((c) => c.stance),
    ).toEqual(["disputes"]);
  });

  it("a correction that names another owner credits the withdrawn figure's source with nothing", () => {
    const claims = extract(
      "Correction: An earlier version of this article said the NIS estimated that 2,030 North Korean soldiers had died. The correct figure is 1,230, and the estimate was Ukraine's, not the NIS's.",
    ).claims;
    expect(claims.find((c) => c.figure === "1,230")?.attributionMethod).not.toBe("correction");
  });

  it("'Unlike in peacetime, soldiers in Kursk receive' is no pay at home", () => {
    expect(
      lines("Unlike in peacetime, soldiers in Kursk receive about $2,030 a month, the NIS told lawmakers.")[0],
    ).not.toMatch(/domestic-wage/);
  });
});
