import { describe, expect, it } from "vitest";
import { claimLine, extractInvented } from "../support/invented.ts";

/** One invented article of the Quayside Courier, read whole. */
function extract(body: string): ReturnType<typeof extractInvented> {
  return extractInvented({ title: "Invented report", publisher: "Quayside Courier", slug: "report" }, body);
}

/** The claims as "figure: kind, credit, stance, disputed by". */
function read(body: string): string[] {
  return extract(body).claims.map((c) => claimLine(c));
}

describe("a British minister's style and the letters after a name", () => {
  it("'Rt Hon … MP' is no part of her name: one person, however she is styled", () => {
    const out = extract(
      [
        "Witness: Rt Hon Miriam Holloway MP, Minister of State for Europe.",
        "Miriam Holloway: We assess that around 11,070 North Korean troops are in the Kursk region.",
        "Rt Hon Miriam Holloway said 3,070 had been killed or wounded.",
        "Miriam Holloway MP said a further 1,070 had arrived in April.",
      ].join("\n"),
    );
    expect(out.claims.map((c) => c.attributedTo?.name)).toEqual([
      "Miriam Holloway",
      "Miriam Holloway",
      "Miriam Holloway",
    ]);
    expect(out.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Miriam Holloway"]);
  });

  it("'X, the Minister of State, said' and 'X, the Deputy Director of the NIS, said' credit X, not the office", () => {
    expect(read("Miriam Holloway MP, the Minister of State, said 3,070 had been killed or wounded.")).toEqual([
      "3,070: casualties-total, Miriam Holloway, asserts, disputed by nobody",
    ]);
    expect(read("Paek Sung-ho, the Deputy Director of the NIS, said 3,070 had been killed.")).toEqual([
      "3,070: casualties-killed, Paek Sung-ho, asserts, disputed by nobody",
    ]);
    expect(read("Paek Sung-ho, Deputy Director of the NIS, said 3,070 had been killed.")).toEqual([
      "3,070: casualties-killed, Paek Sung-ho, asserts, disputed by nobody",
    ]);
  });
});

describe("countries named by their state's name", () => {
  it("the Republic of Korea, Cuba and the Russian Federation are bodies, never people", () => {
    const out = extract(
      [
        "The Republic of Korea announced an additional $170 million in humanitarian assistance to Ukraine.",
        "Cuba said it had broken up a ring that sent 17 young men to Russia.",
        "The Russian Federation says 11,070 North Korean soldiers are in Kursk.",
      ].join("\n"),
    );
    const named = out.entities.filter((e) => /Korea|Cuba|Russian/.test(e.name));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((e) => e.type === "person")).toEqual([]);
  });
});

describe("who inflicted a loss is not whose loss it is", () => {
  it("'Kyiv said it had lost 40 soldiers to North Korean drone teams' is Ukraine's loss, context", () => {
    expect(read("Kyiv said it had lost 47 soldiers to North Korean drone teams in the past week.")).toEqual([
      "47: context, Kyiv, asserts, disputed by nobody",
    ]);
  });

  it("a loss of North Korean soldiers to the other side's drones stays theirs", () => {
    expect(read("Russia said it lost 370 North Korean soldiers to Ukrainian drones.")[0]).toMatch(
      /^370: casualties-total, Russia,/,
    );
    expect(read("The North Korean unit lost 370 men to Ukrainian drones.")[0]).toMatch(/^370: casualties-total,/);
  });
});
