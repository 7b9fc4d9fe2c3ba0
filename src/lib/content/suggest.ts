/**
 * "Did you mean …?" for a misspelt field name: the nearest known name by a small edit distance.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `titel` → `title` is 1.
 *
 * @param a One string.
 * @param b The other.
 * @returns The number of insertions, deletions, substitutions and swaps of neighbours.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

/** Case, `-`, `_` and spaces do not count: `full_text` is `fullText`. */
const fold = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, "");

/**
 * The known name an unknown one most likely stands for.
 *
 * @param unknown The name that was written.
 * @param known The names that are allowed.
 * @param synonyms Words people use for a known name (`date` → `published`), matched after folding.
 * @returns The suggestion, or null when nothing is close enough to be a typo.
 */
export function nearestName(
  unknown: string,
  known: readonly string[],
  synonyms: Readonly<Record<string, string>> = {},
): string | null {
  const u = fold(unknown);
  for (const [word, name] of Object.entries(synonyms)) if (fold(word) === u && known.includes(name)) return name;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const dist = editDistance(u, fold(k));
    if (dist < bestDistance) {
      best = k;
      bestDistance = dist;
    }
  }
  // A typo changes a few letters; a different word changes most of them.
  const allowed = u.length <= 3 ? 1 : u.length <= 6 ? 2 : 3;
  return bestDistance <= allowed ? best : null;
}
