/**
 * The editors' translations of what the data says in English: data/translations/<locale>.csv, one
 * row per text, `key,text`. The methodology page shows each beside (or instead of) the English:
 *
 *   title:<conflict-id>    a disagreement's heading (data/decisions.csv title)
 *   reason:<conflict-id>   the editorial call on it (decisions.csv reason; {claim-id} as in story copy)
 *   note:<claim-id>        an editor's note on a claim (claims.csv note)
 *   correction:<line>      a correction's note, by its line in data/corrections.csv
 *   metric:<metric>        what a metric measures, in words ("Закрытые криптообменники")
 *   quote:<claim-id>       the editors' translation of a claim's English quote
 *   excerpt:<mention-id>   the editors' translation of a sentence excerpt no claim quotes
 *
 * Prose (title, reason, note, correction, metric) follows the story copy's rules for the language
 * (src/i18n/copy.ts): numbers only as {claim-id}, a source's own words in straight quotes with the
 * editors' translation after them, no English outside quotes and the glossary's names. A quote's
 * translation renders a source's sentence, so it writes the source's numbers, and must write the
 * same numbers as the English. A bad row fails the build with `data/translations/ru.csv:12: …`; so
 * does a missing row, except for an excerpt, which a new seed may bring (it shows in English alone).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../pipeline/csv.ts";
import { DataError } from "../pipeline/errors.ts";
import { loadClaims } from "../data/generated.ts";
import { englishWords, localeProseProblems, type TranslationContext } from "./copy.ts";
import { latinNames, loadGlossary } from "./glossary.ts";
import type { Locale, TranslatedLocale } from "./locales.ts";

export const TRANSLATION_COLUMNS = ["key", "text"] as const;
export const TRANSLATION_KINDS = [
  "title",
  "reason",
  "note",
  "correction",
  "metric",
  "quote",
  "excerpt",
] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

/** One language's translations by key ("note:usdt-seized-003"), each with the line it is on. */
export type DataTranslations = ReadonlyMap<string, { text: string; line: number }>;

const KEY = new RegExp(`^(${TRANSLATION_KINDS.join("|")}):([A-Za-z0-9:._-]+)$`);

/**
 * A quote's numbers, digits only: "$16.7 million" and "16,7 млн долларов" both read "167", "500,000"
 * and "500 000" both "500000" (a space joins digits only before a group of three).
 */
export const quoteNumbers = (s: string): string[] =>
  (s.replace(/(\d)(?:[.,]|[\s\u00a0\u202f](?=\d{3}(?!\d)))(?=\d)/g, "$1").match(/\d+/g) ?? []).sort();

/** Parses and checks one language's file; throws a {@link DataError} naming the file and line. */
export function parseDataTranslations(
  text: string,
  file: string,
  locale: TranslatedLocale,
  ctx: TranslationContext,
): DataTranslations {
  const out = new Map<string, { text: string; line: number }>();
  for (const { line, fields } of parseCsv(text, file, TRANSLATION_COLUMNS)) {
    const key = fields["key"]!.trim();
    const value = fields["text"]!.trim();
    const m = KEY.exec(key);
    if (!m)
      throw new DataError(
        file,
        line,
        `key "${key}" must be one of ${TRANSLATION_KINDS.map((k) => `${k}:<id>`).join(", ")}`,
      );
    if (value === "") throw new DataError(file, line, `${key} has no text`);
    if (out.has(key)) throw new DataError(file, line, `${key} is already on line ${out.get(key)!.line}`);
    const kind = m[1] as TranslationKind;
    const problems =
      kind === "quote" || kind === "excerpt"
        ? englishWords(value.replace(/"[^"]*"/g, " "), ctx.names).map(
            (w) => `leaves the English "${w}"; translate it, or keep a name through data/glossary.csv`,
          )
        : localeProseProblems(locale, value, ctx);
    if (problems.length) throw new DataError(file, line, `${key} ${problems[0]}`);
    out.set(key, { text: value, line });
  }
  return out;
}

const cache = new Map<string, DataTranslations>();
/** data/translations/<locale>.csv, checked. */
export function loadDataTranslations(locale: TranslatedLocale, ctx: TranslationContext): DataTranslations {
  const file = `data/translations/${locale}.csv`;
  if (!cache.has(file))
    cache.set(
      file,
      parseDataTranslations(readFileSync(join(process.cwd(), file), "utf8"), file, locale, ctx),
    );
  return cache.get(file)!;
}

/** data/translations/<locale>.csv checked against the generated claims and the glossary's names. */
export const siteTranslations = (locale: TranslatedLocale): DataTranslations =>
  loadDataTranslations(locale, {
    claims: new Map(loadClaims().map((c) => [c.id, c])),
    names: latinNames(loadGlossary(), locale),
  });

/**
 * What a language's file lacks against the English the page shows, what it has that the page no
 * longer shows, and quotes whose numbers differ from the original's. Empty when complete.
 */
export function dataTranslationProblems(
  locale: TranslatedLocale,
  translations: DataTranslations,
  english: ReadonlyMap<string, string>,
): string[] {
  const file = `data/translations/${locale}.csv`;
  const problems: string[] = [];
  for (const [key, en] of english) {
    const t = translations.get(key);
    // Excerpts are sentences no claim quotes: a new seed brings new ones, and an excerpt's key is its
    // offset in the seed, so one may be untranslated (shown in English alone) without failing.
    if (!t && key.startsWith("excerpt:")) continue;
    if (!t) {
      problems.push(`${file}: no row for ${key} ("${en.length > 60 ? `${en.slice(0, 60)}…` : en}")`);
      continue;
    }
    if (
      (key.startsWith("quote:") || key.startsWith("excerpt:")) &&
      quoteNumbers(en).join() !== quoteNumbers(t.text).join()
    )
      problems.push(
        `${file}:${t.line}: ${key} writes the numbers ${quoteNumbers(t.text).join(", ") || "none"}; the original has ${quoteNumbers(en).join(", ") || "none"}`,
      );
  }
  for (const [key, t] of translations)
    if (!english.has(key) && !key.startsWith("excerpt:"))
      problems.push(`${file}:${t.line}: ${key} translates nothing the page shows; remove it`);
  return problems;
}

/**
 * The editors' translation of `key` in `locale`; undefined in English, which shows the data as it is.
 * Throws when a translation is missing, naming the file to add it to.
 */
export function translatedText(locale: Locale, tr: DataTranslations, key: string): string | undefined {
  if (locale === "en") return undefined;
  const row = tr.get(key);
  if (!row) throw new Error(`data/translations/${locale}.csv has no row ${key}`);
  return row.text;
}
