/**
 * The readable middle of a claim id, made from the number's words as written ("2,000" → "2000",
 * "eleven-thousand" → "eleven-thousand"). Shared by the extractor, which makes ids, and the search
 * index, which rebuilds them from the figure to stay small.
 *
 * @param number The number's words.
 * @returns A short kebab-case part ("figure" when nothing is left).
 */
export function numberSlug(number: string): string {
  const s = number
    .toLowerCase()
    .replace(/(\d),(?=\d)/g, "$1")
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/\./g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 24)
    .replace(/-+$/, "");
  return s === "" ? "figure" : s;
}
