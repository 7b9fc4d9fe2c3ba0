import type { APIRoute, GetStaticPaths } from "astro";
import { claimRecords, jsonResponse } from "../../../lib/site/api.ts";
import { siteData } from "../../../lib/site/data.ts";
import { pageCount, pageData, SCHEMA_VERSION } from "./_pages.ts";

export const getStaticPaths = (() =>
  Array.from({ length: pageCount(siteData()) }, (_, i) => ({ params: { n: String(i + 1) } }))) satisfies GetStaticPaths;

/** One page of claims in id order, corrections applied and marked, with the addresses of each claim's page. */
export const GET: APIRoute = ({ params, site }) => {
  const n = Number(params["n"]);
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, page: n, claims: claimRecords(pageData(siteData(), n), site) });
};
