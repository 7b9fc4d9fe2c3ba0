import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { ContentError, throwIfAny } from "./errors.ts";
import { issuesToErrors, yamlSyntaxErrors } from "./issues.ts";

/** A file split into its YAML front matter and the text after it. */
export interface SplitFile {
  /** The YAML between the two `---` lines. */
  readonly yaml: string;
  /** 1-based file line of the first YAML line. */
  readonly yamlLine: number;
  /** The text after the closing `---` line, with one final line break removed. */
  readonly body: string;
  /** 1-based file line on which the body starts. */
  readonly bodyLine: number;
}

/**
 * Decodes file bytes as UTF-8, rejecting invalid sequences and dropping a byte-order mark.
 *
 * @param file Path, for messages.
 * @param bytes Raw file content.
 * @returns The text with CRLF and lone CR line breaks normalized to LF.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ContentError(file, lineOfFirstBadByte(bytes), null, "the file is not valid UTF-8; save it as UTF-8");
  }
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Finds the 1-based line of the first byte that breaks UTF-8.
 *
 * @param bytes Raw file content.
 * @returns The line number.
 */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return line;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return line;
}

/**
 * Splits a content file into front matter and body.
 *
 * @param file Path, for messages.
 * @param text Decoded file text (LF line breaks).
 * @returns The parts with their starting lines.
 */
export function splitFrontMatter(file: string, text: string): SplitFile {
  if (!text.startsWith("---\n")) {
    throw new ContentError(file, 1, null, 'the file must start with a "---" line that opens the front matter');
  }
  const close = text.indexOf("\n---", 3);
  const afterClose = close === -1 ? -1 : close + 4;
  if (close === -1 || (afterClose < text.length && text[afterClose] !== "\n")) {
    throw new ContentError(file, 1, null, 'the front matter is not closed by a "---" line');
  }
  const yaml = text.slice(4, close + 1);
  const bodyLine = countLines(text.slice(0, afterClose)) + 1;
  let body = afterClose >= text.length ? "" : text.slice(afterClose + 1);
  if (body.endsWith("\n")) body = body.slice(0, -1);
  return { yaml, yamlLine: 2, body, bodyLine };
}

/**
 * Counts line breaks plus one.
 *
 * @param s Text.
 * @returns Number of lines.
 */
function countLines(s: string): number {
  let n = 1;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** What to say about the fields of a schema (see `IssueContext`). */
export interface FieldAdvice {
  /** What to type, by field. */
  readonly fixes?: Readonly<Record<string, string>>;
  /** Words people use for a known field. */
  readonly synonyms?: Readonly<Record<string, string>>;
}

/**
 * Parses front matter YAML and validates it with a zod schema, collecting every problem with the
 * file line of the key or value at fault.
 *
 * @param file Path, for messages.
 * @param split The split file.
 * @param schema The zod schema of the front matter.
 * @param advice Fixes and synonyms for the messages.
 * @returns The validated data (null when there are problems) and the problems.
 */
export function checkFrontMatter<S extends z.ZodType>(
  file: string,
  split: SplitFile,
  schema: S,
  advice: FieldAdvice = {},
): { data: z.output<S> | null; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntax = yamlSyntaxErrors(file, doc, lineCounter, split.yamlLine, "front matter");
  if (syntax.length > 0) return { data: null, errors: syntax };
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      data: null,
      errors: [new ContentError(file, split.yamlLine, null, 'front matter must be a mapping of field: value lines, like title: "…"')],
    };
  }
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, errors: [] };
  const ctx = { file, doc, lineCounter, firstLine: split.yamlLine, data, schema, ...advice };
  return { data: null, errors: issuesToErrors(ctx, result.error.issues) };
}

/**
 * Parses and validates front matter, throwing every problem at once.
 *
 * @param file Path, for messages.
 * @param split The split file.
 * @param schema The zod schema of the front matter.
 * @param advice Fixes and synonyms for the messages.
 * @returns The validated data.
 */
export function parseFrontMatter<S extends z.ZodType>(
  file: string,
  split: SplitFile,
  schema: S,
  advice: FieldAdvice = {},
): z.output<S> {
  const { data, errors } = checkFrontMatter(file, split, schema, advice);
  throwIfAny(errors);
  return data as z.output<S>;
}
