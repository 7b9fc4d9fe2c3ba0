/**
 * Who speaks for a body: a person the text describes as its spokesman, director or official ("Oleh
 * Marchuk, a spokesman for the HUR", "Park Min-jun of the National Intelligence Service") gives the
 * body's figures, so the body is their origin. The description must open with the office: someone who
 * used to serve there ("a former official of the NIS", "an operative turned director of the NIS") speaks
 * for no one but themselves.
 */
import { nameKey, type AliasEntry, type Entity } from "../extract/entities.ts";
import type { EntityRef } from "../schema/claim.ts";

/** A body and the words of the description that tie the person to it. */
export interface SpokesFor {
  readonly body: EntityRef;
  readonly role: string;
}

/** "a spokesman for the HUR", "a deputy director of the National Intelligence Service", "of the NIS". */
const OFFICE_OF =
  /^(?:(?:an?|the|one)\s+)?(?:(?:senior|chief|deputy|acting|top|lead|main|official|first)\s+)*(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|director(?:[\s-]general)?|chief|head|commander|official|officer|representative|minister)\s+(?:of|for|at|in)\s+(.+)$|^(?:of|at)\s+(.+)$/i;

/** "HUR spokesman", "a HUR spokesman", "the Pentagon's deputy press secretary": the body's name before the office. */
const OFFICE_AFTER =
  /^(?:(?:an?|the)\s+)?(?:(?:deputy|acting|senior|principal|assistant)\s+)*(.+?)(?:['’]s)?\s+(?:(?:first|second|deputy|chief|senior|acting|principal|assistant|executive)\s+)*(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|director|chief|head|commander)$/i;

/**
 * The body each person speaks for, when a description ties them to an organisation the articles name.
 *
 * @param entities Every entity of the corpus.
 * @param aliases The alias file's entries: a body of the file that a description names in full ("a spokesman for
 *   Ukraine's military intelligence agency", after "the agency's spokesman") is a body the articles name, even
 *   when the text gives it no spelling of its own.
 * @returns The body and the tying words, by person id.
 */
export function spokespeople(entities: Iterable<Entity>, aliases: readonly AliasEntry[] = []): Map<string, SpokesFor> {
  const all = [...entities];
  const bodies = new Map<string, EntityRef>();
  for (const e of all) {
    if (e.type !== "organization") continue;
    for (const v of [e.name, ...e.variants]) if (!bodies.has(nameKey(v))) bodies.set(nameKey(v), e);
  }
  for (const a of aliases) {
    if (a.type !== "organization") continue;
    for (const v of [a.name, ...a.aliases]) if (!bodies.has(nameKey(v))) bodies.set(nameKey(v), a);
  }
  const out = new Map<string, SpokesFor>();
  for (const e of all) {
    if (e.type !== "person") continue;
    for (const role of [...e.roles].sort()) {
      const m = OFFICE_OF.exec(role.trim());
      const named = (m?.[1] ?? m?.[2] ?? OFFICE_AFTER.exec(role.trim())?.[1] ?? "")
        .replace(/\s*\([^()]*\)\s*$/, "")
        .replace(/[.,;]+$/, "")
        .trim();
      const body = named === "" ? undefined : bodies.get(nameKey(named));
      if (body) {
        out.set(e.id, { body: { id: body.id, name: body.name }, role });
        break;
      }
    }
  }
  return out;
}
