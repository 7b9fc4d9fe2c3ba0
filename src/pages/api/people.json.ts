import type { APIRoute } from "astro";
import { absolute, jsonResponse } from "../../lib/site/api.ts";
import { compare, siteData } from "../../lib/site/data.ts";
import { paths } from "../../lib/site/paths.ts";

/** People, bodies and groups the articles name, with the claims credited to them and conflicts among facts about them. */
export const GET: APIRoute = ({ site }) =>
  jsonResponse({
    people: [...siteData().data.people]
      .sort((a, b) => compare(a.id, b.id))
      .map((p) => ({ ...p, url: absolute(site, paths.person(p.id)) })),
  });
