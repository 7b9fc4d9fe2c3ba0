/**
 * URL text fragments (`#:~:text=`) that scroll a browser to a sentence on the original page.
 * See https://wicg.github.io/scroll-to-text-fragment/ for the syntax.
 */

/** Sentences longer than this many words are addressed by their first and last words. */
const EDGE_WORDS = 5;

/**
 * Percent-encodes a text directive term; `-`, `,` and `&` have meanings in the directive.
 *
 * @param s Text.
 * @returns Encoded text.
 */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/**
 * Builds a link to a sentence on a page.
 *
 * @param url The page's address.
 * @param sentence The sentence as the page shows it.
 * @returns The address with a text fragment (an existing fragment is replaced).
 */
export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.split("#")[0] ?? url;
  const words = sentence
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return base;
  const directive =
    words.length <= EDGE_WORDS * 2
      ? encodeTerm(words.join(" "))
      : `${encodeTerm(words.slice(0, EDGE_WORDS).join(" "))},${encodeTerm(words.slice(-EDGE_WORDS).join(" "))}`;
  return `${base}#:~:text=${directive}`;
}
