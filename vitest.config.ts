import { defineConfig } from "vitest/config";

// Pin the clock's zone before workers fork so dates format the same on every machine.
process.env.TZ = "UTC";

// When TEST_REPORTS_DIR is set (CI does), also write a JSON report that scripts/test-summary.ts counts,
// one per npm script so the unit and site runs do not overwrite each other.
const reportsDir = process.env.TEST_REPORTS_DIR;
const runName = (process.env.npm_lifecycle_event ?? "vitest").replace(/[^a-z0-9-]/gi, "-");

export default defineConfig({
  test: {
    environment: "node",
    env: { TZ: "UTC" },
    reporters: reportsDir ? ["default", "json"] : ["default"],
    outputFile: reportsDir ? { json: `${reportsDir}/${runName}.json` } : undefined,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/site/**"] },
      },
      {
        // Tests of the built site (dist/): HTML parsing and real Chromium. Run after `npm run build`.
        extends: true,
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for a page's state, checking every 50 ms; vitest's 1 s cap is overrun
          // on a busy machine before an iframe has even loaded. A poll still fails when the state
          // never comes, only later.
          expect: { poll: { timeout: 5000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
