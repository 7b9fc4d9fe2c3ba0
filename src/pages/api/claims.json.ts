import type { APIRoute } from "astro";
import { claimRecords, jsonResponse } from "../../lib/site/api.ts";
import { siteData } from "../../lib/site/data.ts";

/** Every claim, corrections applied and marked, with the addresses of its page and its place in the article. */
export const GET: APIRoute = ({ site }) => jsonResponse({ claims: claimRecords(siteData(), site) });
