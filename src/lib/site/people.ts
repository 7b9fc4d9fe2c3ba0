/** Words for people, bodies and groups on their pages and in the index. */
import type { Person } from "../compare/types.ts";

/** Section titles of the people index, in order. */
export const PERSON_TYPE_TITLE: Readonly<Record<Person["type"], string>> = {
  person: "People",
  organization: "Organisations",
  group: "Unnamed groups",
  outlet: "Outlets",
  unit: "Military units",
};

/** What each type is, in a few words. */
export const PERSON_TYPE_LABEL: Readonly<Record<Person["type"], string>> = {
  person: "a person",
  organization: "an organisation",
  group: "a group the articles name without saying who (“observers”, “experts”)",
  outlet: "an outlet",
  unit: "a military unit",
};
