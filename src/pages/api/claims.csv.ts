import type { APIRoute } from "astro";
import { claimsCsv } from "../../lib/site/api.ts";
import { siteData } from "../../lib/site/data.ts";
import { pageCount, pageData } from "./claims/_pages.ts";

/**
 * Every claim as one CSV row, for spreadsheets. Written as a stream, one page of claims at a time,
 * so that the file is never one string however many claims there are.
 */
export const GET: APIRoute = ({ site }) => {
  const d = siteData();
  const pages = pageCount(d);
  const encoder = new TextEncoder();
  let n = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      n++;
      const csv = claimsCsv(pageData(d, n), site);
      // Every page's CSV starts with the header row; only the first page keeps it.
      controller.enqueue(encoder.encode(n === 1 ? csv : csv.slice(csv.indexOf("\n") + 1)));
      if (n >= pages) controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8" } });
};
