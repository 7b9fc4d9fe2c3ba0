import type { APIRoute } from "astro";
import { compactJsonResponse, siteSearch } from "../../lib/site/search.ts";

/** The text part of the search index, loaded after the first result: the quotes and a word index over them. */
export const GET: APIRoute = () => compactJsonResponse(siteSearch().text);
