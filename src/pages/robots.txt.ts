import type { APIRoute } from "astro";

/** Everything may be crawled; the sitemap, when the site's address is configured, lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n${site === undefined ? "" : `\nSitemap: ${new URL("/sitemap.xml", site).href}\n`}`,
    {
      headers: { "content-type": "text/plain; charset=utf-8" },
    },
  );
