import { defineConfig } from "vitest/config";

// Pin the clock's zone before workers fork so dates format the same on every machine.
process.env.TZ = "UTC";

// When TEST_REPORTS_DIR is set (CI does), also write a JSON report that scripts/test-summary.ts counts.
const reportsDir = process.env.TEST_REPORTS_DIR;

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    reporters: reportsDir ? ["default", "json"] : ["default"],
    outputFile: reportsDir ? { json: `${reportsDir}/vitest.json` } : undefined,
  },
});
