/**
 * data/translations/<locale>.csv read directly with papaparse, by key, so tests do not depend on the
 * project's own loader (src/i18n/data-translations.ts) to find a gap.
 *
 *   translationRows("ru").get("title:card-rule-scope") // "На что распространяется новое правило для карт"
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";

export const translationRows = (locale: string): Map<string, string> =>
  new Map(
    Papa.parse<{ key: string; text: string }>(readFileSync(`data/translations/${locale}.csv`, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => [r.key, r.text]),
  );
