import type { APIRoute } from "astro";
import type { Topic } from "../../../lib/compare/types.ts";
import { absolute } from "../../../lib/site/api.ts";
import { siteData } from "../../../lib/site/data.ts";
import { isTimeSensitive, timelineCsv, timelineOf } from "../../../lib/site/timeline.ts";

export function getStaticPaths(): { params: { topic: string }; props: { topic: Topic } }[] {
  return siteData()
    .data.topics.filter(isTimeSensitive)
    .map((t) => ({ params: { topic: t.id }, props: { topic: t } }));
}

/** The data of a topic's timeline chart, one row per point. */
export const GET: APIRoute<{ topic: Topic }> = ({ props, site }) => {
  const view = timelineOf(siteData(), props.topic);
  return new Response(view === null ? "" : timelineCsv(view, (p) => absolute(site, p)), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
};
