/**
 * Prints one line, `tests: N passed, N failed`, totalled over every JSON report in a directory.
 *
 * Usage: node scripts/test-summary.ts [reports-dir] [--exit-code=N]
 *
 * Reports may be Jest-style (what Vitest's `json` reporter writes: numPassedTests, numFailedTests)
 * or Playwright-style (`stats.expected`, `stats.unexpected`). `--exit-code` is the status of the
 * command that ran the tests: when it failed but no test did (lint, type check or a build broke),
 * the failure still counts once, so the line never reports a broken run as clean.
 * Exits 1 when anything failed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Passed and failed test counts. */
export interface TestCounts {
  passed: number;
  failed: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const count = (value: unknown): number => (typeof value === "number" ? value : 0);

/** Counts one parsed report; a file that loaded no tests but failed counts as one failure. */
export function countReport(report: unknown, name: string): TestCounts {
  if (isRecord(report) && "numPassedTests" in report) {
    const files = Array.isArray(report.testResults) ? report.testResults : [];
    const brokenFiles = files.filter(
      (file) =>
        isRecord(file) &&
        file.status === "failed" &&
        (!Array.isArray(file.assertionResults) || file.assertionResults.length === 0),
    ).length;
    return { passed: count(report.numPassedTests), failed: count(report.numFailedTests) + brokenFiles };
  }
  if (isRecord(report) && isRecord(report.stats)) {
    const { expected, unexpected, flaky } = report.stats;
    return { passed: count(expected) + count(flaky), failed: count(unexpected) };
  }
  throw new Error(`${name} is neither a Vitest/Jest nor a Playwright JSON report.`);
}

/** Sums every `*.json` report in `dir`; a missing directory means no tests ran. */
export function summarizeReports(dir: string): TestCounts {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort();
  } catch {
    return { passed: 0, failed: 0 };
  }
  return names
    .map((name) => countReport(JSON.parse(readFileSync(join(dir, name), "utf8")), join(dir, name)))
    .reduce(
      (total, counts) => ({ passed: total.passed + counts.passed, failed: total.failed + counts.failed }),
      {
        passed: 0,
        failed: 0,
      },
    );
}

function main(args: string[]): number {
  const exitCodeArg = args.find((arg) => arg.startsWith("--exit-code="));
  const commandFailed = exitCodeArg !== undefined && exitCodeArg !== "--exit-code=0";
  const dir = args.find((arg) => !arg.startsWith("--")) ?? "reports";
  let counts: TestCounts;
  try {
    counts = summarizeReports(dir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    counts = { passed: 0, failed: 1 };
  }
  if (commandFailed && counts.failed === 0) counts = { ...counts, failed: 1 };
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
