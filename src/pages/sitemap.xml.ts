import type { APIRoute } from "astro";
import { sitemapXml } from "../lib/site/api.ts";
import { siteData } from "../lib/site/data.ts";

/** Every page, at the configured site address. */
export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(siteData(), site), { headers: { "content-type": "application/xml; charset=utf-8" } });
