import type { APIRoute } from "astro";
import { absolute, jsonResponse } from "../../lib/site/api.ts";
import { compare, siteData } from "../../lib/site/data.ts";
import { paths } from "../../lib/site/paths.ts";

/** Topics with their value clusters, relations, timeline and checks. */
export const GET: APIRoute = ({ site }) =>
  jsonResponse({
    topics: [...siteData().data.topics]
      .sort((a, b) => compare(a.id, b.id))
      .map((t) => ({ ...t, url: absolute(site, paths.topic(t.id)) })),
  });
