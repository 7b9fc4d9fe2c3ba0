import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Under CI a JSON report is written as well, so .ci/run can print the counts from Vitest's own report.
    reporters: process.env["CI"] === "true" ? ["default", "json"] : ["default"],
    outputFile: { json: "test-results.json" },
    hookTimeout: 300_000,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          // End to end through the command line and the dev server: `npm run add` on invented pages
          // served locally, and live editing through `astro dev`. It runs after the other projects, so
          // that its processes take no time from their timed tests.
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts", "tests/browser/**/*.spec.ts"],
          globalSetup: ["tests/support/build-site.ts"],
          // One build and one browser are shared; run the files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
