/**
 * Words for a figure credited to no one, shared by the comparison's sentences, the pages and the
 * search page's script.
 */

/**
 * Who a figure credited to no one is from, in a few words: whether someone disputes it, the article
 * itself disputes it, or the text names someone the site cannot identify.
 *
 * @param disputer The name of who disputes the figure, or null.
 * @param disputedByArticle Whether the article's own words dispute it.
 * @param as How the text names a source the site cannot identify, if it does.
 * @returns "unattributed, disputed by X", "unattributed, disputed by the article", "“X”, not identified" or "unattributed".
 */
export function unattributedWords(disputer: string | null, disputedByArticle: boolean, as?: string): string {
  if (disputer !== null) return `unattributed, disputed by ${disputer}`;
  if (disputedByArticle) return "unattributed, disputed by the article";
  if (as) return `“${as}”, not identified`;
  return "unattributed";
}

/**
 * A name's possessive: "the NIS's", "Kang Sol-ji's", but "military sources'" and "Seoul officials'".
 *
 * @param name The name.
 * @returns It with its possessive ending.
 */
export function possessive(name: string): string {
  return /s$/.test(name) && /\s|^\p{Ll}/u.test(name) ? `${name}'` : `${name}'s`;
}
