/**
 * `npm run data`: compiles seeds/ and the curated files in data/ into data/generated/.
 * Thin I/O around compileData(); on bad input it prints one line naming the file and line,
 * exits 1 and leaves the previous outputs untouched.
 *
 * The translation files (data/glossary.csv, data/charts.<locale>.json, data/translations/) are
 * checked against the compiled claims and charts too, before anything is written.
 *
 * Every seed no claim cites yet is triaged on the way (data/generated/triage/<seed>.json and a table
 * here); that is advice and never fails the run. Each undecided conflict is named before the
 * coverage line, with the decisions.csv row that would settle it.
 *
 * Options: --seeds DIR, --data DIR, --out DIR (defaults: seeds, data, data/generated).
 */
import { parseArgs } from "node:util";
import { checkTranslationFiles } from "../src/i18n/check-translations.ts";
import { compileData, coverageLine } from "../src/pipeline/compile.ts";
import { describeUndecided } from "../src/pipeline/conflicts.ts";
import { DataError } from "../src/pipeline/errors.ts";
import { formatTriage } from "../src/pipeline/triage-table.ts";
import { writeAtomically } from "../src/pipeline/write.ts";
import { readDataInputs, readText } from "./lib/inputs.ts";

const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "seeds" },
    data: { type: "string", default: "data" },
    out: { type: "string", default: "data/generated" },
  },
});

try {
  const inputs = readDataInputs(values.seeds, values.data);
  const { files, coverage, conflicts, triage, triageErrors } = compileData(inputs);
  // The glossary and the Russian and Kazakh files, against what this run compiled: before writing.
  checkTranslationFiles(inputs.dataDir ?? values.data, files, readText);
  writeAtomically(values.out, files);
  for (const report of triage) {
    console.log(formatTriage(report, { seedDir: inputs.seedDir }));
    console.log(
      `  no claim cites ${report.source} yet: rows to paste with \`npm run triage -- ${inputs.seedDir}/${report.source}\`\n`,
    );
  }
  for (const line of triageErrors) console.log(line);
  for (const line of describeUndecided(conflicts)) console.log(line);
  console.log(coverageLine(coverage));
} catch (e) {
  if (e instanceof DataError) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
