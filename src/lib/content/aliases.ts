import { existsSync, readFileSync } from "node:fs";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { AliasEntry } from "../extract/entities.ts";
import { nameKey } from "../schema/vocabulary.ts";
import { ContentError } from "./errors.ts";

/** One entity of the alias file: names only, never figures or sentences. */
export const AliasEntrySchema = z.strictObject({
  /** Stable kebab-case id (used in `/people/<id>/`). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case"),
  /** Display name. */
  name: z.string().trim().min(1),
  /** What the entity is. */
  type: z.enum(["person", "organization", "group", "outlet"]),
  /** Other names the text may use for it. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Role words a description may use for it ("spy agency"). */
  roles: z.array(z.string().trim().min(1)).optional(),
});

/** The alias file: a list of entities. */
export const AliasFileSchema = z.strictObject({ entities: z.array(AliasEntrySchema) });

/**
 * Reads and validates `aliases.yaml`; an alias that names two entities is an error.
 *
 * @param file Path of the file (absent is fine: no aliases).
 * @returns The entries.
 */
export function readAliases(file: string): AliasEntry[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8");
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const first = doc.errors[0];
  if (first) throw new ContentError(file, lc.linePos(first.pos[0]).line, null, `not valid YAML: ${first.message.split("\n")[0]}`);
  const parsed = AliasFileSchema.safeParse(doc.toJS());
  const lineOfEntry = (i: number): number | null => {
    const list = isMap(doc.contents) ? doc.contents.get("entities", true) : null;
    const item = isSeq(list) ? list.items[i] : null;
    const range = item && typeof item === "object" && "range" in item ? (item.range as [number, number] | undefined) : undefined;
    return range ? lc.linePos(range[0]).line : null;
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const index = typeof path[1] === "number" ? path[1] : -1;
    throw new ContentError(file, index >= 0 ? lineOfEntry(index) : 1, path.map(String).join("."), issue?.message ?? "invalid");
  }
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  parsed.data.entities.forEach((e, i) => {
    if (ids.has(e.id)) throw new ContentError(file, lineOfEntry(i), `entities.${i}.id`, `id "${e.id}" is used twice`);
    ids.add(e.id);
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      const other = owner.get(key);
      if (other !== undefined && other !== e.id) {
        throw new ContentError(file, lineOfEntry(i), `entities.${i}.aliases`, `"${n}" already names "${other}"; an alias may name one entity only`);
      }
      owner.set(key, e.id);
    }
  });
  return parsed.data.entities.map((e) => ({ ...e, roles: e.roles }));
}
