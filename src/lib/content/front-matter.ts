import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { ContentError } from "./errors.ts";

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

/**
 * Parses front matter YAML and validates it with a zod schema, mapping every problem
 * to the file line of the field at fault.
 *
 * @param file Path, for messages.
 * @param split The split file.
 * @param schema The zod schema of the front matter.
 * @returns The validated data.
 */
export function parseFrontMatter<S extends z.ZodType>(file: string, split: SplitFile, schema: S): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = split.yamlLine - 1 + lineCounter.linePos(first.pos[0]).line;
    throw new ContentError(file, line, null, `front matter is not valid YAML: ${first.message.split("\n")[0]}`);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ContentError(file, split.yamlLine, null, "front matter must be a mapping of field: value");
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String) ?? [];
  let field = path.join(".");
  let keyPath = path;
  if (issue?.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    field = [...path, key].join(".");
    keyPath = [...path, key];
  }
  const line = fieldLine(doc.contents, keyPath, lineCounter, split.yamlLine);
  const reason =
    issue?.code === "unrecognized_keys"
      ? "unknown field (allowed fields are listed in the README)"
      : issue?.code === "invalid_type" && issue.input === undefined
        ? "is required"
        : (issue?.message ?? "is invalid");
  throw new ContentError(file, line, field === "" ? null : field, reason);
}

/**
 * Finds the file line of a (possibly nested) key in a YAML document.
 *
 * @param root Document contents.
 * @param path Keys from the root.
 * @param lc Line counter of the parse.
 * @param firstLine File line of the first YAML line.
 * @returns 1-based file line (the front matter's first line when the key is absent).
 */
function fieldLine(root: YamlNode | null, path: readonly string[], lc: LineCounter, firstLine: number): number {
  let node: YamlNode | null = root;
  let line = firstLine;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) break;
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (range) line = firstLine - 1 + lc.linePos(range[0]).line;
    node = (pair.value as YamlNode | null) ?? null;
  }
  return line;
}
