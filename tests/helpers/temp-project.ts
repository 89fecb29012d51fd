/**
 * Builds of the site in isolation, for tests that must not touch dist/ or data/generated: a copy
 * of the project's inputs in a temporary folder (node_modules linked, not copied), with seeds/ or
 * data/ swapped for a fixture, and the real `npm run build` run inside it.
 *
 *   const dir = copyProject({ seeds: "tests/fixtures/hostile/seeds", data: "tests/fixtures/hostile/data" });
 *   const run = npmRun(dir, "build");
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const INPUTS = [
  "package.json",
  "astro.config.mjs",
  "tsconfig.json",
  "src",
  "scripts",
  "public",
  "seeds",
  "data",
];

/**
 * A fresh copy of the project's build inputs, with the files of `seeds` and `data` (fixture
 * folders) copied over seeds/ and data/, so a fixture need only hold the files it changes. `extra`
 * names more files or folders to copy as they are (`tests`, `vitest.config.ts` to run tests there).
 */
export function copyProject(fixtures: { seeds?: string; data?: string; extra?: string[] } = {}): string {
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), "kz-project-"));
  for (const input of [...INPUTS, ...(fixtures.extra ?? [])])
    cpSync(join(root, input), join(dir, input), { recursive: true });
  if (fixtures.seeds) cpSync(join(root, fixtures.seeds), join(dir, "seeds"), { recursive: true });
  if (fixtures.data) cpSync(join(root, fixtures.data), join(dir, "data"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** The environment of a build: this one's, without Vitest's variables, which would leak into Vite. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(SITE_URL|BASE_PATH|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|VITE_.*|TEST)$/.test(k),
    ),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", ...extra };
}

/**
 * The data date the real build reads from git, as SOURCE_DATE_EPOCH: the copy is no repository,
 * and its pages must carry the same date as the real site.
 */
function sourceDateEpoch(): string {
  const out = spawnSync("git", ["log", "-1", "--format=%ct", "--", "seeds", "data"], { encoding: "utf8" });
  return /^\d+$/.test(out.stdout.trim()) ? out.stdout.trim() : "0";
}

/** `npm run <script>` in `dir`; never throws, the caller reads the status and output. */
export function npmRun(dir: string, script: string, args: string[] = []): SpawnSyncReturns<string> {
  return spawnSync("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
    cwd: dir,
    env: buildEnv({ SOURCE_DATE_EPOCH: process.env["SOURCE_DATE_EPOCH"] ?? sourceDateEpoch() }),
    encoding: "utf8",
    timeout: 120_000,
  });
}
