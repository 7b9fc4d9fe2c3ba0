/**
 * Who gives a claim's figure, in a few words: shared by the pages and the search page's script, so a
 * total the article works out itself never reads as if the credited source had given it.
 */

import { possessive } from "../format/credit.ts";

/**
 * Who a claim credits, in a few words.
 *
 * @param name The credited source's name, or null.
 * @param derived Whether the article works the figure out from a rate (a derived total).
 * @returns "X", "unattributed", "the article's arithmetic on X's rate" or, when the rate's source is not
 * known here, "the article's arithmetic".
 */
export function whoWords(name: string | null, derived: boolean): string {
  if (derived)
    return name === null ? "the article's arithmetic" : `the article's arithmetic on ${possessive(name)} rate`;
  return name ?? "unattributed";
}
