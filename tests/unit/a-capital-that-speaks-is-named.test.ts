/**
 * "Seoul says …": the capital is named, the office that speaks for it is not, and the origin's label says so;
 * "observers" are unnamed.
 */
import { describe, expect, it } from "vitest";
import { originOf } from "../../src/lib/compare/provenance.ts";

describe("the label of an origin no body is named for", () => {
  const type = (): "group" => "group";
  const origin = (name: string) =>
    originOf({ article: "a", attributedTo: { id: name.toLowerCase(), name }, citedSource: null }, type);

  it("says a capital or a country names no office, and that observers are unnamed", () => {
    expect(origin("Seoul").label).toBe("Seoul (no office named)");
    expect(origin("South Korea").label).toBe("South Korea (no office named)");
    expect(origin("observers").label).toBe("observers (unnamed)");
    expect(origin("Seoul").known).toBe(false);
  });
});
