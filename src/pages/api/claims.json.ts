import type { APIRoute } from "astro";
import { absolute, jsonResponse } from "../../lib/site/api.ts";
import { siteData } from "../../lib/site/data.ts";
import { PAGE_SIZE, pageCount, pageData, pagePath, SCHEMA_VERSION } from "./claims/_pages.ts";

/** The index of the claims: how many there are and the pages that hold them, in id order. */
export const GET: APIRoute = ({ site }) => {
  const d = siteData();
  const pages = Array.from({ length: pageCount(d) }, (_, i) => {
    const { claims } = pageData(d, i + 1).data;
    return {
      url: absolute(site, pagePath(i + 1)),
      count: claims.length,
      first: claims[0]?.id ?? null,
      last: claims[claims.length - 1]?.id ?? null,
    };
  });
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, count: d.data.claims.length, pageSize: PAGE_SIZE, pages });
};
