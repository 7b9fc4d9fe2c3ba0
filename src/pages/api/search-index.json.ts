import type { APIRoute } from "astro";
import { compactJsonResponse, siteSearch } from "../../lib/site/search.ts";

/** The core of the search index, loaded first by the search page: claims as columns, people with every spelling. */
export const GET: APIRoute = () => compactJsonResponse(siteSearch().core);
