// @ts-check
import { defineConfig } from "astro/config";
import { incrementalOutput } from "./src/integrations/incremental-output.ts";

/**
 * The site's absolute address, from SITE_URL. Canonical links, Open Graph URLs, the sitemap and
 * the published data use it. Without it those are left out (links stay relative) rather than
 * pointing at an address that does not open.
 */
const SITE = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(SITE ? { site: SITE } : {}),
  integrations: [
    incrementalOutput(),
    {
      name: "site-address",
      hooks: {
        "astro:build:start": ({ logger }) => {
          if (!SITE)
            logger.warn(
              "SITE_URL is not set: pages are built without canonical links, Open Graph URLs or a sitemap, and the data files give relative addresses.",
            );
        },
      },
    },
  ],
  output: "static",
  // Separate caches let benchmark builds of generated corpora run beside the project's own build.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: "always",
  // Pages are written while others render: the build waits on the disk more than on the processor.
  build: { format: "directory", concurrency: 8 },
  // Article bodies never go through a Markdown renderer; no page needs prefetching or a dev toolbar.
  devToolbar: { enabled: false },
  // Claim and article pages give a cache key (a hash of the view model they render from): a build
  // copies a page whose key and code are unchanged from the last build instead of rendering it.
  experimental: { incrementalBuild: true },
  vite: {
    // The output folder is kept between builds so unchanged pages stay in place (see incrementalOutput).
    build: { assetsInlineLimit: 0, emptyOutDir: false },
  },
});
