/**
 * Turns zod's validation issues on a YAML document into content errors an editor can act on:
 * every problem at once, each with the line of the offending key or value, and the fix in words
 * ("`titel` is not a field; did you mean `title`?").
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { ContentError } from "./errors.ts";
import { nearestName } from "./suggest.ts";

/** A zod issue as this module reads it (zod's own type is a union that hides the fields of each code). */
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly format?: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly errors?: readonly (readonly Issue[])[];
}

/** Where the YAML came from, and what to say about its fields. */
export interface IssueContext {
  /** Path of the file, for messages. */
  readonly file: string;
  /** The parsed document (for the lines of keys and values). */
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** File line of the document's first line (2 for front matter after its `---`). */
  readonly firstLine: number;
  /** The plain data the schema was run on. */
  readonly data: unknown;
  /** The schema (for the known field names at each level). */
  readonly schema: z.ZodType;
  /**
   * What to type, by field: keys are dotted paths with `*` for list positions (`entities.*.id`);
   * a key without dots also matches that field name at any depth.
   */
  readonly fixes?: Readonly<Record<string, string>>;
  /** Words people use for a known field (`date` → `published`). */
  readonly synonyms?: Readonly<Record<string, string>>;
}

/**
 * One error per offending field, in file order.
 *
 * @param ctx The document and its schema.
 * @param issues zod's issues.
 * @returns The errors.
 */
export function issuesToErrors(ctx: IssueContext, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  const out: ContentError[] = [];
  const seen = new Set<string>();
  const suggested = new Set<string>();
  const flat = flatten(issues as readonly Issue[], []);
  // Unknown fields first, so that a misspelt field's suggestion replaces "is required" for the field it meant.
  flat.sort((a, b) => Number(b.code === "unrecognized_keys") - Number(a.code === "unrecognized_keys"));
  for (const issue of flat) {
    const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(ctx.schema, path);
      for (const key of issue.keys ?? []) {
        const keyPath = [...path, key];
        const suggestion = nearestName(key, known, ctx.synonyms);
        const line = lineOf(ctx, keyPath, "key");
        const detail =
          suggestion !== null
            ? `"${key}" is not a field; did you mean "${suggestion}"?`
            : `"${key}" is not a field; the fields here are ${known.map((k) => `"${k}"`).join(", ")}`;
        if (suggestion !== null) suggested.add(dotted([...path, suggestion]));
        out.push(new ContentError(ctx.file, line, dotted(keyPath), detail));
      }
      continue;
    }
    const field = dotted(path);
    if (seen.has(field)) continue;
    seen.add(field);
    const present = valueAt(ctx.data, path);
    if (present === undefined && suggested.has(field)) continue;
    const fix = fixFor(ctx, path);
    let detail: string;
    if (present === undefined) {
      detail = fix ? `is required; ${fix}` : "is required";
    } else {
      const problem = describeProblem(issue, present);
      detail = fix ? `${problem}; ${fix}` : problem;
    }
    out.push(new ContentError(ctx.file, lineOf(ctx, path, present === undefined ? "parent" : "value"), field || null, detail));
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Issues with every union failure replaced by the issues of the alternative the data comes closest to
 * (the fewest unknown keys, then the fewest problems), with full paths.
 *
 * @param issues Issues, possibly nested in unions.
 * @param prefix Path of the level they belong to.
 * @returns Flat issues.
 */
function flatten(issues: readonly Issue[], prefix: readonly PropertyKey[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors && issue.errors.length > 0) {
      const score = (branch: readonly Issue[]): [number, number] => [
        branch.filter((i) => i.code === "unrecognized_keys").reduce((n, i) => n + (i.keys?.length ?? 0), 0),
        branch.length,
      ];
      const best = [...issue.errors].sort((a, b) => {
        const [ua, na] = score(a);
        const [ub, nb] = score(b);
        return ua - ub || na - nb;
      })[0];
      if (best && best.length > 0) {
        out.push(...flatten(best, path));
        continue;
      }
    }
    out.push({ ...issue, path });
  }
  return out;
}

/**
 * What is wrong with a value that is present, in words.
 *
 * @param issue The issue.
 * @param value The value found.
 * @returns The problem.
 */
function describeProblem(issue: Issue, value: unknown): string {
  const shown = show(value);
  switch (issue.code) {
    case "invalid_type":
      return `${shown} is ${kindOf(value)}, not ${article(issue.expected ?? "the expected type")}`;
    case "invalid_format":
      if (issue.format === "date") return `${shown} is not a date`;
      if (issue.format === "url") return `${shown} is not accepted`;
      return issue.message.startsWith("Invalid") ? `${shown} is not in the expected form` : `${shown} ${issue.message}`;
    case "invalid_value":
      return `${shown} is not one of ${(issue.values ?? []).map((v) => show(v)).join(", ")}`;
    case "too_small":
    case "too_big":
      if (typeof value === "string" && value.trim() === "") return "must not be empty";
      if (Array.isArray(value)) return `${shown} has too ${issue.code === "too_small" ? "few" : "many"} items`;
      return `${shown}: ${lowerFirst(issue.message)}`;
    default:
      return `${shown}: ${lowerFirst(issue.message)}`;
  }
}

/** The words for the type of a YAML value. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true/false";
  return typeof value;
}

/** "an object", "a string", in the words of the README. */
function article(expected: string): string {
  const words: Record<string, string> = {
    string: "text",
    array: "a list",
    tuple: "a list",
    object: "a mapping",
    boolean: "true or false",
    number: "a number",
  };
  return words[expected] ?? expected;
}

/** A value as it would be typed, shortened. */
function show(value: unknown): string {
  const s = typeof value === "string" ? JSON.stringify(value) : value === undefined ? "nothing" : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const lowerFirst = (s: string): string => (s === "" ? s : s[0]?.toLowerCase() + s.slice(1));

/** Dotted path, as shown in messages. */
const dotted = (path: readonly (string | number)[]): string => path.map(String).join(".");

/**
 * The fix for a field, from the context's table.
 *
 * @param ctx Context.
 * @param path Field path.
 * @returns The fix, or null.
 */
function fixFor(ctx: IssueContext, path: readonly (string | number)[]): string | null {
  const fixes = ctx.fixes ?? {};
  const pattern = path.map((p) => (typeof p === "number" ? "*" : p)).join(".");
  const exact = fixes[pattern];
  if (exact !== undefined) return exact;
  const last = [...path].reverse().find((p): p is string => typeof p === "string");
  return last !== undefined ? (fixes[last] ?? null) : null;
}

/**
 * The value at a path in plain data.
 *
 * @param data Data.
 * @param path Keys and indexes.
 * @returns The value, or undefined when absent.
 */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/**
 * The field names a schema allows at a path (for "did you mean").
 *
 * @param schema The root schema.
 * @param path Keys and indexes down to an object.
 * @returns The names, in schema order.
 */
export function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let levels: z.ZodType[] = [schema];
  for (const p of path) {
    levels = levels.flatMap((s) => unwrap(s)).flatMap((s) => {
      const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (typeof p === "number" && def["type"] === "array") return [def["element"] as z.ZodType];
      if (typeof p === "string" && def["type"] === "object") {
        const child = (def["shape"] as Record<string, z.ZodType>)[p];
        return child ? [child] : [];
      }
      return [];
    });
  }
  const names = new Set<string>();
  for (const s of levels.flatMap((l) => unwrap(l))) {
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def["type"] === "object") for (const k of Object.keys(def["shape"] as object)) names.add(k);
  }
  return [...names];
}

/**
 * The schemas a value may meet at one level: wrappers (optional, nullable, default, pipes) removed, unions spread.
 *
 * @param s A schema.
 * @returns Schemas.
 */
function unwrap(s: z.ZodType): z.ZodType[] {
  const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const type = def["type"];
  if (type === "optional" || type === "nullable" || type === "default" || type === "prefault" || type === "readonly") {
    return unwrap(def["innerType"] as z.ZodType);
  }
  if (type === "pipe") return unwrap(def["in"] as z.ZodType);
  if (type === "union") return (def["options"] as z.ZodType[]).flatMap((o) => unwrap(o));
  return [s];
}

/**
 * The file line of a key, of its value, or of the mapping that should hold a missing key.
 *
 * @param ctx Context.
 * @param path Keys and indexes from the root.
 * @param want `key` for the key's line, `value` for the value's line, `parent` for the mapping holding the last key.
 * @returns 1-based file line.
 */
export function lineOf(ctx: IssueContext, path: readonly (string | number)[], want: "key" | "value" | "parent"): number {
  const at = (offset: number): number => ctx.firstLine - 1 + ctx.lineCounter.linePos(offset).line;
  const steps = want === "parent" ? path.slice(0, -1) : path;
  let node: unknown = ctx.doc.contents;
  let line = rangeStart(node) !== null ? at(rangeStart(node) as number) : ctx.firstLine;
  if (want === "parent" && steps.length === 0) return ctx.firstLine;
  for (let i = 0; i < steps.length; i++) {
    const p = steps[i] as string | number;
    const last = i === steps.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(p));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      if (keyStart !== null) line = at(keyStart);
      if (last && want === "key") return line;
      node = pair.value;
      const valueStart = rangeStart(node);
      if (last && want === "value" && valueStart !== null) return at(valueStart);
    } else if (isSeq(node) && typeof p === "number") {
      node = node.items[p];
      const start = rangeStart(node);
      if (start !== null) line = at(start);
    } else {
      break;
    }
  }
  return line;
}

/** Start offset of a YAML node, when it has one. */
function rangeStart(node: unknown): number | null {
  const range = node && typeof node === "object" && "range" in node ? (node as YamlNode).range : undefined;
  return range ? range[0] : null;
}

/**
 * Every YAML syntax error of a document, each with its line.
 *
 * @param file Path, for messages.
 * @param doc The parsed document.
 * @param lc Its line counter.
 * @param firstLine File line of the document's first line.
 * @param what What the YAML is ("front matter", "the file").
 * @returns The errors.
 */
export function yamlSyntaxErrors(file: string, doc: Document, lc: LineCounter, firstLine: number, what: string): ContentError[] {
  return doc.errors.map(
    (e) =>
      new ContentError(
        file,
        firstLine - 1 + lc.linePos(e.pos[0]).line,
        null,
        `${what} is not valid YAML: ${e.message.split("\n")[0]}${yamlHint(e.code)}`,
      ),
  );
}

/** A hint for the YAML mistakes editors make most. */
function yamlHint(code: string): string {
  if (code === "DUPLICATE_KEY") return "; keep one line for each field";
  if (code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY")
    return '; put text that contains ": " in quotes';
  return "; check the quotes, brackets and indentation here";
}
