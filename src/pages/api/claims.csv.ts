import type { APIRoute } from "astro";
import { claimsCsv } from "../../lib/site/api.ts";
import { siteData } from "../../lib/site/data.ts";

/** Every claim as one CSV row, for spreadsheets. */
export const GET: APIRoute = ({ site }) =>
  new Response(claimsCsv(siteData(), site), { headers: { "content-type": "text/csv; charset=utf-8" } });
