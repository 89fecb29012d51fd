/**
 * The glossary, `data/glossary.csv`: one row per name or term the story uses, with the form every
 * translation writes it in. Official names carry their abbreviation in brackets, "Full name (ABBR)";
 * copy may use either. Names that stay in their own script (an outlet, a platform) repeat the
 * English form unchanged, and are the only Latin-script words a Russian or Kazakh text may hold
 * outside quotes.
 *
 *   const glossary = loadGlossary();
 *   termsIn("The AFM shut crypto exchangers", glossary)        // Set { "afm", "exchanger" }
 *   usesTerm("АФМ закрыло криптообменники", glossary[0], "ru") // true
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseCsv } from "../pipeline/csv.ts";
import { DataError } from "../pipeline/errors.ts";

export const GLOSSARY_COLUMNS = ["id", "en", "ru", "kk", "note"] as const;
export type GlossaryLanguage = "en" | "ru" | "kk";

export interface GlossaryTerm {
  id: string;
  en: string;
  ru: string;
  kk: string;
  note: string;
  /** 1-based line in the file, for errors. */
  line: number;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

const form = (lang: string) =>
  z
    .string()
    .trim()
    .min(1, `${lang} is empty`)
    .regex(/^[^\d{}]*$/, `${lang} may not contain digits or braces: a term carries no number`)
    .regex(
      /^[^()]*(\([^()]+\))?$/,
      `${lang} may end in one bracketed abbreviation, "Full name (ABBR)", and no other brackets`,
    );

const rowSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "id must be kebab-case, e.g. cash-out-network"),
    en: form("en").refine((s) => !CYRILLIC.test(s), "en is in Cyrillic letters"),
    ru: form("ru"),
    kk: form("kk"),
    note: z.string().trim(),
  })
  .superRefine((row, c) => {
    // A translation is in Cyrillic, or is a name kept in its own script: the English form unchanged,
    // capitalised as names are ("HODL FM", "Bybit"); a term copied as it is ("exchanger") is untranslated.
    for (const lang of ["ru", "kk"] as const)
      if (!CYRILLIC.test(row[lang]) && (row[lang] !== row.en || !/^\p{Lu}/u.test(row.en)))
        c.addIssue({
          code: "custom",
          path: [lang],
          message: `${lang} "${row[lang]}" has no Cyrillic letters: translate it, or keep a name exactly as en writes it`,
        });
  });

/** Parses and validates the glossary; throws a {@link DataError} naming the file, line and column. */
export function parseGlossary(text: string, file = "data/glossary.csv"): GlossaryTerm[] {
  const seen = new Map<string, number>();
  const seenEn = new Map<string, number>();
  return parseCsv(text, file, GLOSSARY_COLUMNS).map(({ line, fields }) => {
    const result = rowSchema.safeParse(fields);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new DataError(file, line, issue.message);
    }
    const row = result.data;
    const twice = (what: string, first: number) => {
      throw new DataError(file, line, `${what} is already on line ${first}`);
    };
    if (seen.has(row.id)) twice(`id "${row.id}"`, seen.get(row.id)!);
    if (seenEn.has(row.en.toLowerCase())) twice(`en "${row.en}"`, seenEn.get(row.en.toLowerCase())!);
    seen.set(row.id, line);
    seenEn.set(row.en.toLowerCase(), line);
    return { ...row, line };
  });
}

let cached: GlossaryTerm[] | undefined;
/** The project's glossary, validated. */
export function loadGlossary(): GlossaryTerm[] {
  const file = "data/glossary.csv";
  return (cached ??= parseGlossary(readFileSync(join(process.cwd(), file), "utf8"), file));
}

/** "Full name (ABBR)" → ["Full name", "ABBR"]; a plain form → [form]. */
export function termForms(cell: string): string[] {
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(cell);
  return m ? [m[1]!, m[2]!] : [cell];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORD = "[\\p{L}\\p{M}-]";

/**
 * The start of a Russian or Kazakh word that every inflection keeps: Russian changes endings,
 * Kazakh adds suffixes (and may change a final vowel), so the last three letters are left open. An
 * abbreviation in capitals is kept whole ("АФМ", which Kazakh suffixes after a hyphen).
 */
const stemPart = (word: string) =>
  /^[\p{Lu}]+$/u.test(word) || word.length <= 3 ? word : word.slice(0, Math.max(3, word.length - 3));
/** Both halves of a hyphenated compound inflect ("фирма-однодневка", "фирм-однодневок"). */
const stem = (word: string) =>
  word
    .split("-")
    .map((part) => escape(stemPart(part)))
    .join("\\p{L}*-");

/** A pattern for one form of a term: English as written (plurals and possessives allowed), else by stems. */
function formPattern(text: string, lang: GlossaryLanguage): RegExp {
  const words = text.split(/\s+/);
  if (lang === "en")
    return new RegExp(`(?<!\\p{L})${words.map(escape).join("[\\s-]+")}(?:s|es|'s|’s)?(?!\\p{L})`, "giu");
  return new RegExp(`(?<!\\p{L})${words.map(stem).join(`${WORD}*\\s+`)}${WORD}*`, "giu");
}

const patterns = new Map<string, RegExp[]>();
const patternsOf = (term: GlossaryTerm, lang: GlossaryLanguage): RegExp[] => {
  const key = `${lang}\0${term[lang]}`;
  if (!patterns.has(key))
    patterns.set(
      key,
      termForms(term[lang]).map((f) => formPattern(f, lang)),
    );
  return patterns.get(key)!;
};

/** Whether `text` uses the term in `lang`, in any of its forms and inflections. */
export function usesTerm(text: string, term: GlossaryTerm, lang: GlossaryLanguage): boolean {
  return patternsOf(term, lang).some((p) => {
    p.lastIndex = 0;
    return p.test(text);
  });
}

/**
 * The terms an English text uses, longest first: "currency exchange office" is one term, not also
 * an "exchange", and "Digital Tenge" not also "tenge".
 */
export function termsIn(text: string, glossary: readonly GlossaryTerm[]): Set<string> {
  const found: { id: string; start: number; end: number }[] = [];
  for (const term of glossary)
    for (const p of patternsOf(term, "en"))
      for (const m of text.matchAll(p))
        found.push({ id: term.id, start: m.index, end: m.index + m[0].length });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  const ids = new Set<string>();
  for (const f of found) {
    if (taken.some((t) => f.start < t.end && t.start < f.end)) continue;
    taken.push(f);
    ids.add(f.id);
  }
  return ids;
}

/** Latin-script words the glossary keeps in `lang`: names ("HODL FM") and abbreviations ("AFSA"). */
export function latinNames(glossary: readonly GlossaryTerm[], lang: "ru" | "kk"): Set<string> {
  const words = new Set<string>();
  for (const term of glossary)
    for (const w of term[lang].split(/[^\p{L}]+/u)) if (w && LATIN.test(w)) words.add(w);
  return words;
}
