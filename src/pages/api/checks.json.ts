import type { APIRoute } from "astro";
import { absolute, jsonResponse } from "../../lib/site/api.ts";
import { compare, siteData } from "../../lib/site/data.ts";
import { paths } from "../../lib/site/paths.ts";

/** Arithmetic cross-checks with their inputs, computation and verdict; `url` is the topic page that shows the check. */
export const GET: APIRoute = ({ site }) => {
  const d = siteData();
  return jsonResponse({
    checks: [...d.data.checks]
      .sort((a, b) => compare(a.id, b.id))
      .map((k) => {
        const topic = d.topicOfCheck.get(k.id);
        return { ...k, url: topic === undefined ? null : absolute(site, `${paths.topic(topic)}#check-${k.id}`) };
      }),
  });
};
