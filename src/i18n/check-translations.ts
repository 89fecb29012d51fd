/**
 * The translation files checked where an editor first runs something, `npm run data`: the glossary,
 * each language's chart copy (data/charts.<locale>.json) and its editors' translations
 * (data/translations/<locale>.csv), against the claims and charts this run compiled, before the run
 * writes anything. The site build reads the same files through the same parsers; this brings their
 * one-line `file:line` errors forward, and a failing check leaves the previous outputs as they were.
 *
 *   checkTranslationFiles("data", outputs.files, readText);   // throws a DataError naming the file and line
 */
import { join } from "node:path";
import type { ChartDataset, ClaimRecord } from "../pipeline/types.ts";
import { parseChartCopy } from "./chart-copy.ts";
import { parseDataTranslations } from "./data-translations.ts";
import { latinNames, parseGlossary } from "./glossary.ts";
import { TRANSLATED } from "./locales.ts";

/**
 * `files` are the data step's outputs (path under the output folder → text), not yet written;
 * `read` gives a file's text, or throws a one-line DataError for a missing one (the data step's own).
 */
export function checkTranslationFiles(
  dataDir: string,
  files: ReadonlyMap<string, string>,
  read: (path: string) => string,
): void {
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
