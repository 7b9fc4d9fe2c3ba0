/** Words for people, bodies and groups on their pages and in the index. */
import type { Person } from "../compare/types.ts";

/** Section titles of the people index, in order. */
export const PERSON_TYPE_TITLE: Readonly<Record<Person["type"], string>> = {
  person: "People",
  organization: "Organisations",
  group: "Unnamed sources",
  outlet: "Outlets",
  unit: "Military units",
};

/** What each type is, in a few words. */
export const PERSON_TYPE_LABEL: Readonly<Record<Person["type"], string>> = {
  person: "a person",
  organization: "an organisation",
  group: "a source the articles describe without naming: one person or a group (“a military source”, “observers”)",
  outlet: "an outlet",
  unit: "a military unit or formation",
};
