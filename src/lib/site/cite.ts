/**
 * Citations of a claim page: a formatted reference, BibTeX and CSL-JSON. Built at build time
 * without the date accessed, which the page script adds when a reader copies, so that the
 * same content always builds the same files.
 */
import type { ClaimView } from "../compare/types.ts";
import type { ArticleRef } from "../schema/article.ts";
import { dateLabel, publisherLabel } from "./format.ts";
import { articleDisputes } from "./describe.ts";
import { paths } from "./paths.ts";

/** The site's name as a reference gives it. */
export const SITE_NAME = "NK troops in Russia: claims compared";

/** The three forms of one claim's citation. */
export interface Citation {
  /** The claim page's permanent address: absolute when the site's address is configured, else its path. */
  readonly address: string;
  /** A formatted reference in words. */
  readonly text: string;
  /** A BibTeX entry. */
  readonly bibtex: string;
  /** A CSL-JSON item (an array of one, as reference managers import it). */
  readonly csl: string;
}

/**
 * Cites a claim.
 *
 * @param c The claim.
 * @param article Its article.
 * @param site The site's configured address, if any.
 * @returns The citation in three forms.
 */
export function citeClaim(c: ClaimView, article: ArticleRef, site: URL | undefined): Citation {
  const path = paths.claim(c.id);
  const address = site === undefined ? path : new URL(path, site).href;
  const who =
    c.attributedTo?.name ??
    `${publisherLabel(article.meta)}, ${
      c.disputedBy
        ? `naming no source (disputed by ${c.disputedBy.name})`
        : articleDisputes(c)
          ? "disputing the figure itself"
          : c.attributedAs
            ? `citing “${c.attributedAs}”, not identified`
            : "naming no source the site found"
    }`;
  const outlet = publisherLabel(article.meta);
  const published = article.meta.published;
  const title = `${c.valueText}: ${c.figure === c.valueText ? "" : `“${c.figure}”, `}${who}`;
  const text =
    `${who}. “${c.quote}” Claim of ${c.valueText}, in “${article.meta.title}”, ${outlet}, ${dateLabel(article.meta)}. ` +
    `${SITE_NAME}. ${address}`;
  const [year, month] = published === undefined ? [] : published.split("-");
  const bib = [
    `@misc{${bibKey(c.id)},`,
    `  title = {${bibEscape(title)}},`,
    // Double braces: a body's or a person's name is kept whole, never split into first and last names.
    `  author = {{${bibEscape(c.attributedTo?.name ?? outlet)}}},`,
    `  howpublished = {${bibEscape(SITE_NAME)}},`,
    ...(year === undefined ? [] : [`  year = {${year}},`]),
    ...(month === undefined ? [] : [`  month = {${Number(month)}},`]),
    `  note = {${bibEscape(`In “${article.meta.title}”, ${outlet}, ${dateLabel(article.meta)}`)}},`,
    `  url = {${address}}`,
    `}`,
  ].join("\n");
  const item: Record<string, unknown> = {
    id: c.id,
    type: "webpage",
    title,
    author: [{ literal: c.attributedTo?.name ?? outlet }],
    "container-title": SITE_NAME,
    note: `In “${article.meta.title}”, ${outlet}`,
    ...(published === undefined ? {} : { issued: { "date-parts": [published.split("-").map(Number)] } }),
    URL: address,
  };
  return { address, text, bibtex: bib, csl: JSON.stringify([item], null, 2) };
}

/**
 * A BibTeX key from a claim id: letters, digits and hyphens only.
 *
 * @param id Claim id.
 * @returns The key.
 */
function bibKey(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, "");
}

/**
 * Escapes the characters BibTeX gives a meaning to; braces stay balanced because the text never holds them.
 *
 * @param s Text.
 * @returns Text safe inside a braced field.
 */
function bibEscape(s: string): string {
  return s.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}
