/** An error in a content file, naming the file, the line and the field an editor must fix. */
export class ContentError extends Error {
  /** Path of the offending file. */
  readonly file: string;
  /** 1-based line, when known. */
  readonly line: number | null;
  /** The field (dotted path) at fault, when there is one. */
  readonly field: string | null;

  /**
   * @param file Path of the offending file.
   * @param line 1-based line, or null.
   * @param field Dotted field path, or null.
   * @param detail What is wrong, in words an editor can act on.
   */
  constructor(file: string, line: number | null, field: string | null, detail: string) {
    const where = line === null ? file : `${file}:${line}`;
    super(field === null ? `${where}: ${detail}` : `${where}: field "${field}": ${detail}`);
    this.name = "ContentError";
    this.file = file;
    this.line = line;
    this.field = field;
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
