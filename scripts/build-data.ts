/**
 * `npm run data`: compiles seeds/ and the curated files in data/ into data/generated/.
 * Thin I/O around compileData(); on bad input it prints one line naming the file and line,
 * exits 1 and leaves the previous outputs untouched.
 *
 * Options: --seeds DIR, --data DIR, --out DIR (defaults: seeds, data, data/generated).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { lastChanged } from "../src/lib/last-changed.ts";
import { compileData, coverageLine } from "../src/pipeline/compile.ts";
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
  const { files, coverage } = compileData({
    seeds,
    seedDir: relative(process.cwd(), seedDir) || seedDir,
    dataDir: relative(process.cwd(), dataDir) || dataDir,
    claimsCsv: readText(join(dataDir, "claims.csv")),
    decisionsCsv: readText(join(dataDir, "decisions.csv")),
    chartsJson: readText(join(dataDir, "charts.json")),
    dataDate: lastChanged([seedDir, dataDir]),
  });
  writeAtomically(values.out, files);
  console.log(coverageLine(coverage));
} catch (e) {
  if (e instanceof DataError) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
