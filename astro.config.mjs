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
  // Separate caches let benchmark builds of generated corpora run beside the project's own build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: "always",
  build: { format: "directory" },
  // Article bodies never go through a Markdown renderer; no page needs prefetching or a dev toolbar.
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
