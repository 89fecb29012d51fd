/**
 * Saving a new article in seeds/ breaks nothing: in a copy of the project with one more seed (one
 * that re-reports the story's events, brings a conversion no editor has decided on and is cited by
 * no claim), `npm run data` succeeds and every unit test that reads the live seeds still passes.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEnv, copyProject, npmRun } from "../helpers/temp-project.ts";

const NEW_SEED = "101_wire-recap.txt";
const FIXTURE = "tests/fixtures/triage/dev";

/** The unit tests that read seeds/ or data/ of the project they run in: the ones a new seed could break. */
const seedDependentTests = () =>
  readdirSync("tests/pipeline")
    .filter((f) => f.endsWith(".test.ts") && f !== "new-seed.test.ts")
    .filter((f) => /realInputs\(|ROOT, "seeds"/.test(readFileSync(join("tests/pipeline", f), "utf8")))
    .map((f) => `tests/pipeline/${f}`);

let dir: string;
beforeAll(() => {
  dir = copyProject({ extra: ["tests", "vitest.config.ts"] });
  cpSync(join(FIXTURE, NEW_SEED), join(dir, "seeds", NEW_SEED));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a new seed that no claim cites", { timeout: 180_000 }, () => {
  it("is read by `npm run data`, which exits 0 and counts it", () => {
    const run = npmRun(dir, "data");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const seeds = readdirSync(join(dir, "seeds")).filter((f) => f.endsWith(".txt")).length;
    expect(run.stdout).toContain(` found in ${seeds} seeds,`);
    const sources = JSON.parse(readFileSync(join(dir, "data/generated/sources.json"), "utf8")).sources;
    expect(sources.map((s: { id: string }) => s.id)).toContain(NEW_SEED);
  });

  it("leaves every test that reads the live seeds passing", () => {
    const files = seedDependentTests();
    // The ones known today; the list itself is found by reading the files.
    expect(files).toEqual(
      expect.arrayContaining(["tests/pipeline/build-data.test.ts", "tests/pipeline/sources.test.ts"]),
    );
    const env = buildEnv();
    // The nested run must not write into this run's test reports.
    delete env["TEST_REPORTS_DIR"];
    delete env["npm_lifecycle_event"];
    const vitest = join(dir, "node_modules/vitest/vitest.mjs");
    const run = spawnSync(
      join(dir, "node_modules/.bin/node"),
      [vitest, "run", "--project", "unit", ...files],
      {
        cwd: dir,
        env,
        encoding: "utf8",
        timeout: 170_000,
      },
    );
    expect(run.status, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Test Files\\s+.*${files.length} passed`));
  });
});
