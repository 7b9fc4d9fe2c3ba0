import type { ArticleMeta } from "../schema/article.ts";

/** One date formatter for every page: creating Intl formatters is slow. */
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Dates already formatted: a site shows the same few thousand dates on many pages, and formatting is slow. */
const DATES = new Map<string, string>();

/**
 * Formats an ISO date for reading ("3 September 2025").
 *
 * @param iso ISO date.
 * @returns The date in words.
 */
export function formatDate(iso: string): string {
  let text = DATES.get(iso);
  if (text === undefined) {
    text = DATE.format(new Date(`${iso}T00:00:00Z`));
    DATES.set(iso, text);
  }
  return text;
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Formats an ISO date as exactly as it is known: a day ("3 September 2025"), a month ("September
 * 2025") or a year ("2025").
 *
 * @param iso ISO date (the first day of its month or year when only those are known).
 * @param precision What the date names, when less than a day.
 * @returns The date in words.
 */
export function formatDateAs(iso: string, precision?: "month" | "year"): string {
  if (precision === "year") return iso.slice(0, 4);
  if (precision === "month") return MONTH.format(new Date(`${iso}T00:00:00Z`));
  return formatDate(iso);
}

/**
 * Says who published an article, or that the text does not name an outlet.
 *
 * @param meta Article front matter.
 * @returns A label for lists and headers.
 */
export function publisherLabel(meta: ArticleMeta): string {
  return meta.publisher ?? "outlet not named";
}

/**
 * Says when an article was published, or that it is undated.
 *
 * @param meta Article front matter.
 * @returns A label; inferred dates are marked.
 */
export function dateLabel(meta: ArticleMeta): string {
  if (meta.published === undefined) return "undated";
  return meta.publishedNote === undefined ? formatDate(meta.published) : `${formatDate(meta.published)} (inferred)`;
}
