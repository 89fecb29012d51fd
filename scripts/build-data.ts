/**
 * `npm run data`: compiles seeds/ and the curated files in data/ into data/generated/.
 * Thin I/O around compileData(); on bad input it prints one line naming the file and line,
 * exits 1 and leaves the previous outputs untouched.
 *
 * Options: --seeds DIR, --data DIR, --out DIR (defaults: seeds, data, data/generated).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { compileData, coverageLine } from "../src/pipeline/compile.ts";
import { describeUndecided } from "../src/pipeline/conflicts.ts";
import { DataError } from "../src/pipeline/errors.ts";
import { writeAtomically } from "../src/pipeline/write.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    data: { type: "string", default: "data" },
    out: { type: "string", default: "data/generated" },
  },
});
const seedDir = values.seeds;
const dataDir = values.data;

/** The date the inputs last changed, from git; SOURCE_DATE_EPOCH wins when set. Never the clock. */
function dataDate(): string | null {
  const epoch = process.env["SOURCE_DATE_EPOCH"];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cs", "--", seedDir, dataDir], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

function readText(path: string): string {
  if (!existsSync(path)) throw new DataError(path, null, "file is missing");
  return readFileSync(path, "utf8");
}

try {
  if (!existsSync(seedDir)) throw new DataError(seedDir, null, "seed folder is missing");
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((id) => ({ id, bytes: readFileSync(join(seedDir, id)) }));
  const { files, coverage, conflicts } = compileData({
    seeds,
    seedDir: relative(process.cwd(), seedDir) || seedDir,
    dataDir: relative(process.cwd(), dataDir) || dataDir,
    claimsCsv: readText(join(dataDir, "claims.csv")),
    decisionsCsv: readText(join(dataDir, "decisions.csv")),
    chartsJson: readText(join(dataDir, "charts.json")),
    dataDate: dataDate(),
  });
  writeAtomically(values.out, files);
  for (const line of describeUndecided(conflicts)) console.log(line);
  console.log(coverageLine(coverage));
} catch (e) {
  if (e instanceof DataError) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
