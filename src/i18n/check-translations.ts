/**
 * The translation files checked where an editor first runs something, `npm run data`: the glossary,
 * each language's chart copy (data/charts.<locale>.json) and its editors' translations
 * (data/translations/<locale>.csv), against the claims and charts this run compiled, before the run
 * writes anything. The site build reads the same files through the same parsers; this brings their
 * one-line `file:line` errors forward, and a failing check leaves the previous outputs as they were.
 *
 *   checkTranslationFiles("data", outputs.files);   // throws a DataError naming the file and line
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "../pipeline/errors.ts";
import type { ChartDataset, ClaimRecord } from "../pipeline/types.ts";
import { parseChartCopy } from "./chart-copy.ts";
import { parseDataTranslations } from "./data-translations.ts";
import { latinNames, parseGlossary } from "./glossary.ts";
import { TRANSLATED } from "./locales.ts";

function read(file: string): string {
  if (!existsSync(file)) throw new DataError(file, null, "file is missing");
  return readFileSync(file, "utf8");
}

/** `files` are the data step's outputs (path under the output folder → text), not yet written. */
export function checkTranslationFiles(dataDir: string, files: ReadonlyMap<string, string>): void {
  const output = <T>(name: string): T => JSON.parse(files.get(name) ?? "null") as T;
  const claims = output<{ claims: ClaimRecord[] } | null>("claims.json")?.claims ?? [];
  const charts = [...files.keys()]
    .filter((name) => /^charts\/[^/]+\.json$/.test(name))
    .map((name) => output<ChartDataset>(name));
  const glossaryFile = join(dataDir, "glossary.csv");
  const glossary = parseGlossary(read(glossaryFile), glossaryFile);
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const locale of TRANSLATED) {
    const ctx = { claims: byId, names: latinNames(glossary, locale) };
    const chartsFile = join(dataDir, `charts.${locale}.json`);
    parseChartCopy(locale, read(chartsFile), charts, ctx, glossary, chartsFile);
    const translationsFile = join(dataDir, "translations", `${locale}.csv`);
    parseDataTranslations(read(translationsFile), translationsFile, locale, ctx);
  }
}
