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
  vite: {
    // The output folder is kept between builds: claim, article and person pages whose view model and
    // code are unchanged stay in place instead of being rendered again (see incrementalOutput).
    build: { assetsInlineLimit: 0, emptyOutDir: false },
  },
});
