import { describe, expect, it } from "vitest";
import { inventedReader } from "../support/invented.ts";

/** One invented article of the Saltmarsh Courier, read whole. */
const { extract, credited: lines } = inventedReader("Saltmarsh Courier");

describe("who an unnamed or titled speaker is", () => {
  it("'A man who said he was a soldier told reporters' is that man, never 'he was a soldier'", () => {
    expect(
      lines("A man who said he was a soldier told reporters that 340 North Korean soldiers had died near Sudzha."),
    ).toEqual(["340: casualties-killed, A man who said he was a soldier"]);
    // (A described noun that names a role is read as before: "A defector who served …".)
    expect(lines("A defector who served in the army said 2,450 North Korean soldiers had been wounded.")).toEqual([
      "2,450: casualties-wounded, A defector",
    ]);
  });

  it("'he said' after an unnamed defector who spoke is the defector, not a person named before him", () => {
    const body = [
      "Kim Min-jun, a researcher at the Sejong Institute, said 11,350 North Korean troops had been sent.",
      "",
      "A defector who served in the army until 2019 said soldiers are promised little. “They get maybe $110 a month,” he said.",
    ].join("\n");
    expect(lines(body)).toEqual([
      "11,350: troops-deployed, Kim Min-jun",
      "2019: biography, A defector",
      "maybe $110 a month: soldier-take-home, A defector",
    ]);
    // (A person named after the defector is "he" again.)
    expect(lines(`${body}\n\nKim Min-jun disagreed. He said 2,750 North Korean soldiers had been killed.`).at(-1)).toBe(
      "2,750: casualties-killed, Kim Min-jun",
    );
  });

  it("a title before a name in a sentence with no figure is the person's: 'Defence Minister Shin …. The minister put casualties at'", () => {
    expect(
      lines(
        "Defence Minister Shin Won-sik visited a frontline unit on Monday. The minister put North Korean casualties at 3,050.",
      ),
    ).toEqual(["3,050: casualties-total, Shin Won-sik"]);
    expect(
      lines(
        "Defence Minister Shin Won-sik visited a frontline unit on Monday. The minister gave an estimate of 3,070 North Korean casualties.",
      ),
    ).toEqual(["3,070: casualties-total, Shin Won-sik"]);
  });

  it("another portfolio's minister is not 'the defence minister'", () => {
    expect(
      lines(
        "Foreign Minister Cho Tae-yul said 110 North Korean soldiers had died. The defence minister said North Korean casualties stood at 3,090.",
      ),
    ).toEqual(["110: casualties-killed, Cho Tae-yul", "3,090: casualties-total, nobody"]);
    // (The same portfolio, spelled the other way, is he.)
    expect(
      lines(
        "Defense Minister Shin Won-sik said 120 North Korean soldiers had died. The defence minister said North Korean casualties stood at 3,110.",
      ),
    ).toEqual(["120: casualties-killed, Shin Won-sik", "3,110: casualties-total, Shin Won-sik"]);
  });

  it("'Two analysts and a retired general estimate' are all of them, not only the general", () => {
    expect(lines("Two analysts and a retired general estimate that 3,130 North Korean soldiers have died.")).toEqual([
      "3,130: casualties-killed, Two analysts and a retired general",
    ]);
    // (A clause before "and" is no speaker: "Soldiers were killed and analysts estimate …".)
    expect(
      lines("Soldiers were killed and analysts estimate that 3,150 North Korean soldiers have died in all."),
    ).toEqual(["3,150: casualties-killed, analysts"]);
  });
});

describe("figures read with the words around them", () => {
  it("'$2,000 U.S. a month' is a monthly sum in dollars", () => {
    expect(
      extract("Russia pays $2,050 U.S. a month for each North Korean soldier.").claims.map(
        (c) => `${c.figure}: ${c.kind}, ${c.value.unit}/${c.value.per}`,
      ),
    ).toEqual(["$2,050 U.S. a month: pay-per-soldier, USD/month"]);
    // (The country named after an amount with no rate after it is left out of the figure: "a $20 million U.S. aid package".)
    expect(extract("Washington approved a $20 million U.S. aid package for Kyiv.").claims.map((c) => c.figure)).toEqual(
      ["$20 million"],
    );
  });

  it("men a war cost North Korea are its losses: 'The war has cost Kim an estimated 4,700 men'", () => {
    expect(lines("The war has cost Kim an estimated 4,750 men, analysts say.")).toEqual([
      "an estimated 4,750: casualties-total, analysts",
    ]);
    expect(lines("The gamble has cost Pyongyang some 3,170 soldiers.")).toEqual([
      "some 3,170: casualties-total, nobody",
    ]);
  });

  it("'the second group could number up to 2,000' counts troops to come, a protest group does not", () => {
    const lead = "Park Sun-won, a lawmaker, said the NIS believed North Korea had sent about 10,020 troops.";
    expect(
      lines(`${lead}\n\nPark said the agency believed the second group could number up to 2,020.`)
        .at(-1)
        ?.replace(/, [^,]*$/, ""),
    ).toBe("up to 2,020: troops-projected");
    expect(lines(`${lead}\n\nThe protest group numbers about 320.`)).toHaveLength(1);
  });

  it("'doubted that … would see even $100 a month' is the doubter's own ceiling, not a figure doubted", () => {
    const claims = extract(
      "Choi Hyuk, a former captain, said he doubted that ordinary soldiers would see even $120 a month.",
    ).claims;
    expect(claims.map((c) => [c.figure, c.kind, c.value.min, c.value.max, c.attributedTo?.name, c.stance])).toEqual([
      ["$120 a month", "soldier-take-home", null, 120, "Choi Hyuk", "asserts"],
    ]);
    // (A figure doubted without "even" stays doubted: "doubted that soldiers receive $2,000 a month".)
    expect(
      extract("Choi Hyuk said he doubted that soldiers receive $2,010 a month.").claims.map((c) => c.disputedBy?.name),
    ).toEqual(["Choi Hyuk"]);
  });

  it("'sent 12,000 troops, about a third of them killed or wounded' is a casualty rate", () => {
    expect(lines("North Korea sent 12,150 troops, about a third of them killed or wounded.")).toEqual([
      "12,150: troops-deployed, nobody",
      "about a third: casualty-rate, nobody",
    ]);
    // (A share of the dead is still no rate of the force: "Some 70% of those killed were under 25".)
    expect(lines("Some 70% of those killed were under 25.")).toEqual(["Some 70%: context, nobody"]);
  });
});
