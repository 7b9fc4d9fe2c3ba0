/** Words for people, bodies and groups on their pages and in the index. */
import type { Person } from "../compare/types.ts";
import { PLACE_NAMES, STATE_NAMES } from "../schema/vocabulary.ts";

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
  group:
    "a source the articles describe without naming: one person or a group (“a military source”, “observers”); the same words in different articles may describe different people",
  outlet: "an outlet",
  unit: "a military unit or formation",
};

/**
 * What a person, body or group is, in a few words: a country or capital credited as a speaker ("Seoul
 * says") is named, but stands for a government body the articles do not name.
 *
 * @param person The person, body or group.
 * @returns The words.
 */
export function personTypeLabel(person: Pick<Person, "type" | "name">): string {
  const words = person.name
    .replace(/^the\s+/i, "")
    .toLowerCase()
    .split(/\s+/);
  if (person.type === "group" && (words.every((w) => PLACE_NAMES.has(w)) || STATE_NAMES.test(person.name)))
    return "a country or its capital, credited as the articles write it; they do not say which of its government's bodies spoke";
  return PERSON_TYPE_LABEL[person.type];
}
