import { existsSync, readFileSync } from "node:fs";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { AliasEntry } from "../extract/entities.ts";
import { nameKey } from "../schema/vocabulary.ts";
import { ContentError, throwIfAny } from "./errors.ts";
import { issuesToErrors, yamlSyntaxErrors } from "./issues.ts";

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

/** What to type for each field of an alias entry. */
const ALIAS_FIELD_FIXES: Readonly<Record<string, string>> = {
  entities: "start the file with entities: and list one entity per - item",
  "entities.*.id": "write a lower-case id with hyphens, like id: south-korea-nis",
  "entities.*.name": 'write the name to display, like name: "The Pentagon"',
  "entities.*.type": "write one of person, organization, group, outlet",
  "entities.*.aliases": "write a list of other names, like aliases: [NIS, South Korea's spy agency]",
  "entities.*.roles": "write a list of role words, like roles: [agency, spy agency]",
};

/**
 * Reads and validates `aliases.yaml`, reporting every problem at once with its line; an alias that
 * names two entities is an error.
 *
 * @param file Path of the file (absent is fine: no aliases).
 * @returns The entries.
 */
export function readAliases(file: string): AliasEntry[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8");
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  throwIfAny(yamlSyntaxErrors(file, doc, lc, 1, "the alias file"));
  const data: unknown = doc.toJS() ?? {};
  const parsed = AliasFileSchema.safeParse(data);
  if (!parsed.success) {
    const ctx = { file, doc, lineCounter: lc, firstLine: 1, data, schema: AliasFileSchema, fixes: ALIAS_FIELD_FIXES };
    throwIfAny(issuesToErrors(ctx, parsed.error.issues));
  }
  const entities = parsed.data?.entities ?? [];
  const lineOfEntry = (i: number): number | null => {
    const list = isMap(doc.contents) ? doc.contents.get("entities", true) : null;
    const item = isSeq(list) ? list.items[i] : null;
    const range = item && typeof item === "object" && "range" in item ? (item.range as [number, number] | undefined) : undefined;
    return range ? lc.linePos(range[0]).line : null;
  };
  const errors: ContentError[] = [];
  const owner = new Map<string, string>();
  const ids = new Map<string, number>();
  entities.forEach((e, i) => {
    const first = ids.get(e.id);
    if (first !== undefined) {
      errors.push(
        new ContentError(file, lineOfEntry(i), `entities.${i}.id`, `id "${e.id}" is used twice (first on line ${lineOfEntry(first) ?? "?"}); give each entity its own id`),
      );
    } else ids.set(e.id, i);
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      const other = owner.get(key);
      if (other !== undefined && other !== e.id) {
        errors.push(
          new ContentError(
            file,
            lineOfEntry(i),
            `entities.${i}.aliases`,
            `"${n}" already names "${other}"; an alias may name one entity only, so remove it from one of the two`,
          ),
        );
      }
      if (other === undefined) owner.set(key, e.id);
    }
  });
  throwIfAny(errors);
  return entities.map((e) => ({ ...e, roles: e.roles }));
}
