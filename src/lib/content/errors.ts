import { isAbsolute, relative } from "node:path";

/** An error in a content file, naming the file, the line and the field an editor must fix, and how. */
export class ContentError extends Error {
  /** Path of the offending file. */
  readonly file: string;
  /** 1-based line, when known. */
  readonly line: number | null;
  /** The field (dotted path) at fault, when there is one. */
  readonly field: string | null;
  /** What is wrong and what to type instead, without the place. */
  readonly detail: string;

  /**
   * @param file Path of the offending file.
   * @param line 1-based line, or null.
   * @param field Dotted field path, or null.
   * @param detail What is wrong, in words an editor can act on (ideally with the fix).
   */
  constructor(file: string, line: number | null, field: string | null, detail: string) {
    super(formatPlace(file, line, field, detail));
    this.name = "ContentError";
    this.file = file;
    this.line = line;
    this.field = field;
    this.detail = detail;
  }
}

/** Several content errors found in one pass, reported together. */
export class ContentErrors extends Error {
  /** The individual errors. */
  readonly errors: readonly ContentError[];

  /** @param errors The individual errors (at least one). */
  constructor(errors: readonly ContentError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "ContentErrors";
    this.errors = errors;
  }
}

/**
 * The one line that reports a problem: `file:line: field "x": detail`.
 *
 * @param file Path as it should be shown.
 * @param line 1-based line, or null.
 * @param field Dotted field path, or null.
 * @param detail What is wrong and how to fix it.
 * @returns The line.
 */
function formatPlace(file: string, line: number | null, field: string | null, detail: string): string {
  const where = line === null ? file : `${file}:${line}`;
  return field === null ? `${where}: ${detail}` : `${where}: field "${field}": ${detail}`;
}

/**
 * Throws the problems found in one file: the error itself when there is one, all of them together otherwise.
 *
 * @param errors Problems found (nothing is thrown when empty).
 */
export function throwIfAny(errors: readonly ContentError[]): void {
  if (errors.length === 1) throw errors[0] as ContentError;
  if (errors.length > 1) throw new ContentErrors(errors);
}

/**
 * The individual problems carried by an error thrown while reading content.
 *
 * @param e Anything thrown.
 * @returns The content errors in it, or null when it is not a content error.
 */
export function contentErrorsOf(e: unknown): ContentError[] | null {
  if (e instanceof ContentErrors) return [...e.errors];
  if (e instanceof ContentError) return [e];
  return null;
}

/**
 * Content problems as an editor reads them in a terminal: one line each, paths relative to `cwd`
 * when they lie under it, and a count first when there are several.
 *
 * @param errors The problems.
 * @param cwd Folder the paths are shown relative to.
 * @returns The text, without a trailing line break.
 */
export function formatContentErrors(errors: readonly ContentError[], cwd = process.cwd()): string {
  const lines = errors.map((e) => {
    const rel = isAbsolute(e.file) ? relative(cwd, e.file) : e.file;
    const shown = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : e.file;
    return formatPlace(shown, e.line, e.field, e.detail);
  });
  const head = errors.length > 1 ? [`${errors.length} problems in the content; fix each one and save:`] : [];
  return [...head, ...lines].join("\n");
}
