import { describe, expect, it } from "vitest";
import { PERSON_TYPE_LABEL, personTypeLabel } from "../../src/lib/site/people.ts";

describe("what a people page says a source is", () => {
  it("a country or capital credited as a speaker ('Seoul says') is not 'a source the articles describe without naming'", () => {
    for (const name of ["Seoul", "Pyongyang", "Ukraine", "South Korea", "the United States"]) {
      const label = personTypeLabel({ type: "group", name });
      expect(label, name).not.toBe(PERSON_TYPE_LABEL.group);
      expect(label, name).toMatch(/country or its capital/);
    }
  });

  it("an unnamed source's page says the same description may be different people in different articles", () => {
    expect(personTypeLabel({ type: "group", name: "A defector" })).toMatch(
      /same words in different articles may describe different people/,
    );
  });

  it("unnamed groups and every other type keep their own words", () => {
    for (const name of ["a military source", "observers", "Western officials", "South Korean lawmakers"])
      expect(personTypeLabel({ type: "group", name }), name).toBe(PERSON_TYPE_LABEL.group);
    expect(personTypeLabel({ type: "organization", name: "Seoul" })).toBe(PERSON_TYPE_LABEL.organization);
    expect(personTypeLabel({ type: "person", name: "Lee Woong-gil" })).toBe(PERSON_TYPE_LABEL.person);
  });
});
