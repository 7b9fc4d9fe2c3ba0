/**
 * Editorial corrections (`content/corrections.yaml`): fix a field of a claim, withdraw a false
 * claim with a reason, or add a note to a relation. Every correction stays visible on the site.
 */
import { existsSync, readFileSync } from "node:fs";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { ContentError, throwIfAny } from "../content/errors.ts";
import { issuesToErrors, yamlSyntaxErrors } from "../content/issues.ts";
import { KIND_IDS, kindSpec, type UnitClass } from "../schema/kinds.ts";
import { isCurrency } from "../schema/vocabulary.ts";
import { EntityRefSchema, PeriodSchema, UnitSchema, type Claim } from "../schema/claim.ts";
import type { AppliedCorrection } from "./types.ts";

/** Fields an editor may set on a claim. */
const SettableSchema = z.strictObject({
  kind: z.enum(KIND_IDS).optional(),
  value: z
    .strictObject({
      min: z.number().nullable(),
      max: z.number().nullable(),
      unit: UnitSchema,
      per: PeriodSchema.nullable(),
      approx: z.boolean(),
    })
    .optional(),
  attributedTo: EntityRefSchema.nullable().optional(),
  scope: z.string().nullable().optional(),
  asOf: z.iso.date().nullable().optional(),
});

/** One correction. */
export const CorrectionSchema = z.union([
  z.strictObject({ claim: z.string().min(1), set: SettableSchema, reason: z.string().trim().min(1) }),
  z.strictObject({ claim: z.string().min(1), suppress: z.literal(true), reason: z.string().trim().min(1) }),
  z.strictObject({ relation: z.tuple([z.string().min(1), z.string().min(1)]), note: z.string().trim().min(1) }),
]);
export type Correction = z.output<typeof CorrectionSchema>;

/** The file. */
export const CorrectionsFileSchema = z.strictObject({ corrections: z.array(CorrectionSchema).default([]) });

/** A correction with the file line it comes from. */
export interface LocatedCorrection {
  readonly correction: Correction;
  readonly file: string;
  readonly line: number;
}

/** What to type for each field of a correction. */
export const CORRECTION_FIELD_FIXES: Readonly<Record<string, string>> = {
  corrections: "start the file with corrections: and list one correction per - item",
  "corrections.*.claim": "write the id of the claim, as shown on its page, like claim: some-article-2000-n123",
  "corrections.*.reason": 'say why in words, like reason: "The figure is the total, not per soldier"',
  "corrections.*.suppress": "write suppress: true to withdraw the claim",
  "corrections.*.set": "write the fields to set, like set: { kind: context }",
  "corrections.*.relation": "write the two claim ids, like relation: [first-claim-id, second-claim-id]",
  "corrections.*.note": 'write the note in quotes, like note: "Both figures come from one briefing"',
  asOf: "write the date as YYYY-MM-DD, a real calendar date, or null",
};

/**
 * Reads and checks the corrections file (a missing file means no corrections): every problem of its form,
 * each with its line and the fix in words, and the entries that have none.
 *
 * @param file Path.
 * @returns The well-formed entries with their lines, and the problems of the others (or of the whole file,
 *   when it cannot be read as a list: then no entry is given).
 */
export function checkCorrections(file: string): { corrections: LocatedCorrection[]; problems: ContentError[] } {
  if (!existsSync(file)) return { corrections: [], problems: [] };
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const syntax = yamlSyntaxErrors(file, doc, lc, 1, "the corrections file");
  if (syntax.length > 0) return { corrections: [], problems: syntax };
  const list = isMap(doc.contents) ? doc.contents.get("corrections", true) : null;
  const lineOf = (i: number): number => {
    const item = isSeq(list) ? list.items[i] : null;
    const range =
      item && typeof item === "object" && "range" in item ? (item.range as [number, number] | undefined) : undefined;
    return range ? lc.linePos(range[0]).line : 1;
  };
  const data: unknown = doc.toJS() ?? { corrections: [] };
  const parsed = CorrectionsFileSchema.safeParse(data);
  if (parsed.success)
    return {
      corrections: parsed.data.corrections.map((c, i) => ({ correction: c, file, line: lineOf(i) })),
      problems: [],
    };
  const ctx = {
    file,
    doc,
    lineCounter: lc,
    firstLine: 1,
    data,
    schema: CorrectionsFileSchema,
    fixes: CORRECTION_FIELD_FIXES,
  };
  const problems = issuesToErrors(ctx, parsed.error.issues);
  // The entries with no problem of their own still count, so that a file's problems and its unknown ids
  // can be reported together.
  const bad = new Set(parsed.error.issues.map((i) => (i.path[0] === "corrections" ? i.path[1] : undefined)));
  const shape = FileShapeSchema.safeParse(data);
  if (!shape.success || bad.has(undefined)) return { corrections: [], problems };
  const corrections: LocatedCorrection[] = [];
  shape.data.corrections.forEach((entry, i) => {
    const one = bad.has(i) ? null : CorrectionSchema.safeParse(entry);
    if (one?.success) corrections.push({ correction: one.data, file, line: lineOf(i) });
  });
  return { corrections, problems };
}

/**
 * Reads and validates the corrections file (a missing file means no corrections).
 *
 * @param file Path.
 * @param problems When given, the file's problems are added to it and the well-formed entries returned,
 *   so that a caller can report them with the problems only the claims reveal (an unknown id); otherwise
 *   they are thrown.
 * @returns Corrections with their lines.
 */
export function readCorrections(file: string, problems?: ContentError[]): LocatedCorrection[] {
  const checked = checkCorrections(file);
  if (problems) problems.push(...checked.problems);
  else throwIfAny(checked.problems);
  return checked.corrections;
}

/** The file's outer shape: a list of entries, each checked on its own by {@link CorrectionSchema}. */
const FileShapeSchema = z.strictObject({ corrections: z.array(z.unknown()).default([]) });

/**
 * The classes of figure a unit can measure: a currency money, "people" a count, "month" a duration.
 *
 * @param unit Unit code.
 * @returns Its classes.
 */
function unitClasses(unit: string): readonly UnitClass[] {
  if (isCurrency(unit)) return ["money"];
  if (unit === "percent") return ["percent"];
  if (unit === "people" || unit === "number") return ["count"];
  if (unit === "years-of-age") return ["age"];
  return ["year", "duration"];
}

/**
 * Whether a field an editor sets already holds that value as the program read it.
 *
 * @param field The field.
 * @param machine The program's value.
 * @param corrected The editor's.
 * @returns True when setting it changes nothing.
 */
function sameAsMachine(field: string, machine: unknown, corrected: unknown): boolean {
  // (A date an editor sets is the editor's, with what the program read of it gone: never nothing.)
  if (field === "asOf") return false;
  const after = field === "value" ? { ...(machine as object), ...(corrected as object) } : corrected;
  return JSON.stringify(after ?? null) === JSON.stringify(machine ?? null);
}

/**
 * The fields of the corrections file an editor set to what the program already reads: entries no longer
 * needed (the program now reads the claim as the editor did), for the build to warn about.
 *
 * @param claims Machine claims.
 * @param corrections Corrections.
 * @returns One warning per such field, with its file and line.
 */
export function unneededCorrections(claims: readonly Claim[], corrections: readonly LocatedCorrection[]): string[] {
  const byId = new Map(claims.map((c) => [c.id, c as unknown as Record<string, unknown>]));
  const out: string[] = [];
  for (const { correction: c, file, line } of corrections) {
    if (!("set" in c)) continue;
    const claim = byId.get(c.claim);
    if (!claim) continue;
    for (const [field, value] of Object.entries(c.set))
      if (value !== undefined && sameAsMachine(field, claim[field], value))
        out.push(
          `${file}:${line}: the correction of ${c.claim} sets ${field} to what the program already reads; it changes nothing and is not shown: remove it`,
        );
  }
  return out;
}

/** A claim as corrections leave it. */
type Editable = Claim & { status: "active" | "withdrawn"; corrections: AppliedCorrection[] };

/**
 * Applies corrections to claims; corrections naming unknown claim ids, or crediting sources the site
 * does not know, fail together, each with its line and id. A date an editor sets is the editor's: the machine's account
 * of where its date came from goes with it. A note on how two claims relate is listed with the
 * corrections of both.
 *
 * @param claims Machine claims.
 * @param corrections Corrections.
 * @param sources The sources the extraction named, by id (when given, a credit must name one of them).
 * @param published The articles' dates, by slug (when given, a date an editor sets may not be later).
 * @returns Claims with status and applied corrections, and relation notes keyed "a|b".
 */
export function applyCorrections(
  claims: readonly Claim[],
  corrections: readonly LocatedCorrection[],
  sources?: ReadonlyMap<string, { readonly name: string }>,
  published?: ReadonlyMap<string, string | undefined>,
): {
  claims: Editable[];
  relationNotes: Map<string, string>;
} {
  const byId = new Map<string, Editable>(claims.map((c) => [c.id, { ...c, status: "active", corrections: [] }]));
  const relationNotes = new Map<string, string>();
  // Every problem of the file is reported at once; nothing is applied when there is one.
  const errors: ContentError[] = [];
  const unknown = (file: string, line: number, field: string, id: string): ContentError =>
    new ContentError(
      file,
      line,
      field,
      `unknown claim id "${id}"; no article gives this claim (its article was removed, or edited so that the id changed): remove the entry, or use the id in the address of the claim's page (/claims/<id>/)`,
    );
  // One entry per claim: a second would correct the editor's own correction, and the page could no
  // longer say what the program read.
  const firstLine = new Map<string, number>();
  for (const { correction: c, file, line } of corrections) {
    if ("claim" in c && byId.has(c.claim)) {
      const first = firstLine.get(c.claim);
      if (first !== undefined) {
        errors.push(
          new ContentError(
            file,
            line,
            "claim",
            `"${c.claim}" is already corrected on line ${first}; give each claim one entry (set every field it needs in one "set", or withdraw it alone)`,
          ),
        );
        continue;
      }
      firstLine.set(c.claim, line);
    }
    if ("relation" in c) {
      const missing = c.relation.filter((id) => !byId.has(id));
      for (const id of missing) errors.push(unknown(file, line, "relation", id));
      if (missing.length > 0) continue;
      const [a, b] = c.relation.map((id) => byId.get(id)) as [Editable, Editable];
      if (a.id === b.id) {
        errors.push(new ContentError(file, line, "relation", `a note on how two claims relate names "${a.id}" twice`));
        continue;
      }
      relationNotes.set([...c.relation].sort().join("|"), c.note);
      a.corrections.push({ action: "note", fields: [], reason: c.note, with: { id: b.id, figure: b.figure } });
      b.corrections.push({ action: "note", fields: [], reason: c.note, with: { id: a.id, figure: a.figure } });
      continue;
    }
    const target = byId.get(c.claim);
    if (!target) {
      errors.push(unknown(file, line, "claim", c.claim));
      continue;
    }
    if ("suppress" in c) {
      target.status = "withdrawn";
      target.corrections.push({ action: "suppress", fields: [], reason: c.reason });
      continue;
    }
    if (Object.values(c.set).every((v) => v === undefined)) {
      errors.push(
        new ContentError(
          file,
          line,
          "set",
          "names no field to correct; set one of kind, value, attributedTo, scope or asOf, or remove the entry",
        ),
      );
      continue;
    }
    // The figure as corrected must be one its kind can measure ("170,000 people" is no pay).
    const kind = c.set.kind ?? target.kind;
    const unit = c.set.value?.unit ?? target.value.unit;
    if (!unitClasses(unit).some((u) => kindSpec(kind).units.includes(u)))
      errors.push(
        new ContentError(
          file,
          line,
          c.set.value ? "set.value.unit" : "set.kind",
          `a figure in "${unit}" cannot be a ${kindSpec(kind).label.toLowerCase()} figure; its units are ${kindSpec(kind).units.join(", ")}`,
        ),
      );
    const dated = published?.get(target.article);
    if (c.set.asOf && dated && c.set.asOf > dated)
      errors.push(
        new ContentError(
          file,
          line,
          "set.asOf",
          `${c.set.asOf} is after the article's own date (${dated}); an article cannot report a figure of a later day`,
        ),
      );
    const fields: { field: string; machine: unknown; corrected: unknown }[] = [];
    const record = target as unknown as Record<string, unknown>;
    for (const [field, corrected] of Object.entries(c.set)) {
      if (corrected === undefined) continue;
      if (field === "attributedTo" && corrected !== null && sources) {
        const ref = corrected as { id: string; name: string };
        const known = sources.get(ref.id);
        if (!known)
          errors.push(
            new ContentError(
              file,
              line,
              "set.attributedTo.id",
              `unknown source id "${ref.id}"; credit a source the site lists, by the id in its page's address (/people/<id>/)`,
            ),
          );
        else if (known.name !== ref.name)
          errors.push(
            new ContentError(
              file,
              line,
              "set.attributedTo.name",
              `the source "${ref.id}" is named "${known.name}", not "${ref.name}"`,
            ),
          );
      }
      const machine = record[field];
      // A field set to what the program already reads corrects nothing, and the page does not say it does
      // (the build warns that the entry is no longer needed: see `unneededCorrections`).
      if (sameAsMachine(field, machine, corrected)) continue;
      fields.push({ field, machine, corrected });
      if (field === "value") record[field] = { ...(machine as object), ...(corrected as object) };
      else record[field] = corrected;
      // A date the editor sets is the editor's: how the program dated the figure no longer applies.
      if (field === "asOf") {
        record.asOfSource = corrected === null ? "unknown" : "editor";
        delete record.asOfPrecision;
        delete record.asOfNote;
        delete record.during;
      }
    }
    if (fields.length > 0) target.corrections.push({ action: "set", fields, reason: c.reason });
  }
  throwIfAny(errors);
  return { claims: [...byId.values()], relationNotes };
}
