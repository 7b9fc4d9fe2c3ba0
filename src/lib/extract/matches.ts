/**
 * Every match of a global pattern in a string, as `String.prototype.matchAll` gives them.
 *
 * `matchAll` builds a copy of the pattern on every call (the language asks for one, so that the
 * caller's `lastIndex` is left alone), and V8 compiles that copy again: for the extractor's long
 * patterns of speech verbs and names, the copy costs about twenty times the search itself. This
 * searches with the pattern as it is and puts its `lastIndex` back afterwards.
 */

/**
 * The matches of a global pattern, from the pattern's `lastIndex` on, as `matchAll` would give them.
 *
 * @param s The text.
 * @param re A pattern with the `g` flag.
 * @returns Every match, in order.
 * @throws TypeError when the pattern is not global (as `matchAll` does).
 */
export function matchesOf(s: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${String(re)}`);
  const start = re.lastIndex;
  const wide = re.unicode || re.unicodeSets;
  const out: RegExpExecArray[] = [];
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      out.push(m);
      // An empty match moves on by one character (a whole code point in a Unicode pattern).
      if (m[0] === "") re.lastIndex = advance(s, re.lastIndex, wide);
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

/**
 * The next place to search after an empty match.
 *
 * @param s The text.
 * @param at Where the empty match was.
 * @param wide Whether the pattern reads code points (a surrogate pair is one step).
 * @returns The next index.
 */
function advance(s: string, at: number, wide: boolean): number {
  if (!wide || at + 1 >= s.length) return at + 1;
  const c = s.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = s.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
