/**
 * `npm run build`'s site step: runs `astro build` into a fresh folder beside dist/ and swaps it in
 * only when the build succeeds, so a failing build (a chart with no module, a page that throws)
 * leaves the previous site exactly as it was, as the data step already does for data/generated/.
 *
 *   node scripts/build-site.ts            # → dist/
 *   SITE_DIST=out node scripts/build-site.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

const target = process.env["SITE_DIST"] ?? "dist";
// Siblings of the target, so the swap is a rename on one file system, never a copy.
const next = `${target}.next`;
const old = `${target}.old`;

for (const dir of [next, old]) rmSync(dir, { recursive: true, force: true });
const astro = join("node_modules", "astro", "bin", "astro.mjs");
const run = spawnSync(process.execPath, [astro, "build", "--outDir", next], { stdio: "inherit" });
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`error: the site build failed; ${target}/ is unchanged`);
  process.exit(run.status ?? 1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(next, target);
rmSync(old, { recursive: true, force: true });
