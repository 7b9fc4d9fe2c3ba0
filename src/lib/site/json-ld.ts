/**
 * schema.org `Claim` records for claim pages (https://schema.org/Claim), so that fact-checking
 * tools and search engines can read what is claimed, by whom and where it appeared.
 */
import { absolute } from "./api.ts";
import type { ClaimView, Person } from "../compare/types.ts";
import type { ArticleRef } from "../schema/article.ts";
import { publisherLabel } from "./format.ts";
import { paths } from "./paths.ts";

/**
 * The JSON-LD of a claim.
 *
 * @param c The claim.
 * @param article Its article.
 * @param credited The credited person or body, when the site has a page for it.
 * @param sentence The sentence as a reader sees it.
 * @param site The site's address, if configured (addresses stay relative otherwise).
 * @returns A JSON-serialisable object.
 */
export function claimJsonLd(
  c: ClaimView,
  article: ArticleRef,
  credited: Pick<Person, "id" | "type"> | undefined,
  sentence: string,
  site: URL | undefined,
): Record<string, unknown> {
  const abs = (p: string): string => absolute(site, p);
  const author = c.attributedTo
    ? {
        "@type": credited?.type === "person" ? "Person" : "Organization",
        name: c.attributedTo.name,
        ...(credited ? { url: abs(paths.person(credited.id)) } : {}),
      }
    : { "@type": "Organization", name: publisherLabel(article.meta) };
  const appearance = {
    "@type": "CreativeWork",
    headline: article.meta.title,
    url: abs(`${paths.article(article.slug)}#${c.id}`),
    ...(article.meta.url === undefined ? {} : { sameAs: article.meta.url }),
    ...(article.meta.publisher === null
      ? {}
      : { publisher: { "@type": "Organization", name: article.meta.publisher } }),
    ...(article.meta.published === undefined ? {} : { datePublished: article.meta.published }),
  };
  return {
    "@context": "https://schema.org",
    "@type": "Claim",
    "@id": `${abs(paths.claim(c.id))}#claim`,
    url: abs(paths.claim(c.id)),
    name: `${c.valueText} (${c.figure})`,
    text: sentence,
    author,
    appearance,
    firstAppearance:
      article.meta.url === undefined
        ? appearance
        : { "@type": "CreativeWork", url: article.meta.url, headline: article.meta.title },
    ...(article.meta.published === undefined ? {} : { datePublished: article.meta.published }),
    ...(c.status === "withdrawn" ? { creativeWorkStatus: "withdrawn" } : {}),
  };
}

/**
 * Serialises JSON-LD for a `<script>` element: `<` is escaped so that no text can close the element.
 *
 * @param value The object.
 * @returns JSON text safe inside `<script type="application/ld+json">`.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
