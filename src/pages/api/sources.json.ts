import type { APIRoute } from "astro";
import { absolute, jsonResponse } from "../../lib/site/api.ts";
import { compare, siteData } from "../../lib/site/data.ts";
import { paths } from "../../lib/site/paths.ts";

/** Outlets: what each published, what it relays and its claims. */
export const GET: APIRoute = ({ site }) =>
  jsonResponse({
    sources: [...siteData().data.sources]
      .sort((a, b) => compare(a.id, b.id))
      .map((s) => ({ ...s, url: absolute(site, paths.source(s.id)) })),
  });
