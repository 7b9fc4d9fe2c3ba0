import type { APIRoute } from "astro";
import { sitemapXml } from "../lib/site/api.ts";
import { siteData } from "../lib/site/data.ts";

/** A sitemap lists absolute addresses: without a configured site there is none to give, so no file. */
export function getStaticPaths(): { params: { sitemap: string } }[] {
  const site: string | undefined = import.meta.env.SITE;
  return site ? [{ params: { sitemap: "sitemap" } }] : [];
}

/** Every page, at the configured site address. */
export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(siteData(), site), { headers: { "content-type": "application/xml; charset=utf-8" } });
