/**
 * `npm run triage -- seeds/<file>.txt [more.txt …]`: reads each article against the current claims
 * and prints, per number, whether it confirms a claim, disagrees with one or is new, with the
 * claims.csv and decisions.csv rows to paste. Writes data/generated/triage/<file>.json (atomically,
 * one file each) and nothing else. The article need not be in seeds/ yet.
 *
 * On bad input (a missing or non-UTF-8 article, a broken claims.csv) it prints one line naming the
 * file and line, exits 1 and leaves earlier triage files as they were.
 *
 * Options: --seeds DIR, --data DIR, --out DIR (defaults: seeds, data, data/generated).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { compileData } from "../src/pipeline/compile.ts";
import { DataError } from "../src/pipeline/errors.ts";
import { formatTriage } from "../src/pipeline/triage-table.ts";
import { writeFileAtomically } from "../src/pipeline/write.ts";
import { readDataInputs } from "./lib/inputs.ts";

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seeds: { type: "string", default: "seeds" },
      data: { type: "string", default: "data" },
      out: { type: "string", default: "data/generated" },
    },
  });
  if (!positionals.length)
    throw new DataError("npm run triage", null, "name an article: npm run triage -- seeds/<file>.txt");
  const articles = positionals.map((path) => {
    if (!path.endsWith(".txt")) throw new DataError(path, null, "an article is a UTF-8 .txt file");
    if (!existsSync(path)) throw new DataError(path, null, "file is missing");
    return { id: basename(path), bytes: readFileSync(path), dir: dirname(path) };
  });
  const inputs = readDataInputs(values.seeds, values.data);
  const { files, triage } = compileData({ ...inputs, triage: articles });
  for (const { id } of articles) {
    const report = triage.find((r) => r.source === id)!;
    const { dir } = articles.find((a) => a.id === id)!;
    console.log(formatTriage(report, { seedDir: dir, rows: true }));
    const name = `triage/${id}.json`;
    writeFileAtomically(join(values.out, name), files.get(name)!);
    console.log(`\nwrote ${join(values.out, name)}\n`);
  }
} catch (e) {
  if (
    e instanceof DataError ||
    (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))
  ) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
