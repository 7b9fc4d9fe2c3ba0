import type { APIRoute, GetStaticPaths } from "astro";
import { claimRecords, jsonResponse } from "../../../lib/site/api.ts";
import { siteData, type SiteData } from "../../../lib/site/data.ts";
import { modelKey } from "../../../lib/site/model-key.ts";
import { pagesToRender, recordRendered } from "../../../lib/site/page-reuse.ts";
import { pageCount, pageData, pagePath, SCHEMA_VERSION } from "./_pages.ts";

// A page's file is a function of its number and its claims (the site's address is part of the code
// stamp), so a rebuild leaves a page whose claims are unchanged in place.
export const getStaticPaths = (() => {
  const d = siteData();
  return pagesToRender(
    Array.from({ length: pageCount(d) }, (_, i) => ({
      file: pagePath(i + 1).slice(1),
      key: () => pageKey(d, i + 1),
      entry: { params: { n: String(i + 1) } },
    })),
  );
}) satisfies GetStaticPaths;

/**
 * The key of a page of claims: its number and its claims as the pipeline gives them.
 *
 * @param d Site data.
 * @param n Page number.
 * @returns Key.
 */
function pageKey(d: SiteData, n: number): string {
  return modelKey({ schemaVersion: SCHEMA_VERSION, page: n }, pageData(d, n).data.claims);
}

/** One page of claims in id order, corrections applied and marked, with the addresses of each claim's page. */
export const GET: APIRoute = ({ params, site }) => {
  const n = Number(params["n"]);
  const d = siteData();
  recordRendered(pagePath(n).slice(1), pageKey(d, n));
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, page: n, claims: claimRecords(pageData(d, n), site) });
};
