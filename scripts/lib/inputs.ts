/**
 * Reading the data step's inputs from disk, shared by `npm run data` and `npm run triage`: the seeds,
 * the curated files in data/, and the date they last changed. Errors are one-line DataErrors.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { lastChanged } from "../../src/data/last-changed.ts";
import type { DataInputs } from "../../src/pipeline/compile.ts";
import { DataError } from "../../src/pipeline/errors.ts";

/** A file's text; a missing file is a one-line error naming it. */
export function readText(path: string): string {
  if (!existsSync(path)) throw new DataError(path, null, "file is missing");
  return readFileSync(path, "utf8");
}

/** Every input of compileData, read from `seedDir` and `dataDir`. */
export function readDataInputs(seedDir: string, dataDir: string): DataInputs {
  if (!existsSync(seedDir)) throw new DataError(seedDir, null, "seed folder is missing");
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((id) => ({ id, bytes: readFileSync(join(seedDir, id)) }));
  return {
    seeds,
    seedDir: relative(process.cwd(), seedDir) || seedDir,
    dataDir: relative(process.cwd(), dataDir) || dataDir,
    claimsCsv: readText(join(dataDir, "claims.csv")),
    decisionsCsv: readText(join(dataDir, "decisions.csv")),
    chartsJson: readText(join(dataDir, "charts.json")),
    correctionsCsv: existsSync(join(dataDir, "corrections.csv"))
      ? readText(join(dataDir, "corrections.csv"))
      : undefined,
    dataDate: lastChanged([seedDir, dataDir]),
  };
}
