// @ts-check
import { defineConfig } from "astro/config";

/**
 * The site's absolute address. Canonical links, Open Graph URLs and the sitemap use it.
 * Override it with SITE_URL when publishing elsewhere.
 */
export const DEFAULT_SITE = "https://nk-troop-claims.example.org";

export default defineConfig({
  site: process.env.SITE_URL ?? DEFAULT_SITE,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  // Article bodies never go through a Markdown renderer; no page needs prefetching or a dev toolbar.
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
