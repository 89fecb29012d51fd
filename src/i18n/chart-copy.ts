/**
 * The charts' copy in Russian and Kazakh: `data/charts.ru.json` and `data/charts.kk.json` give, for
 * every chart in `data/charts.json`, its title, subtitle, notes (in the English order) and a label
 * for every point by its key. Numbers stay what they are in English: `{claim-id}` references in the
 * title, subtitle and notes (with the translation's counted nouns and cases, src/i18n/copy.ts), and a
 * label may hold only the digits its English label holds ("2024"). A missing or extra chart, note or
 * label, English left outside quotes and names, or a glossary term written otherwise fails with the
 * file, line and key.
 *
 *   const copy = chartCopyIn("ru");               // validated, cached
 *   localizeChart(loadChart("shutdowns"), copy.get("shutdowns")!) // the dataset with Russian words
 *   chartDataIn("kk", "seizures")                 // the same, read and validated in one call
 *   periodName("ru", "undated")                   // "без даты"
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DataError } from "../pipeline/errors.ts";
import type { ChartDataset } from "../pipeline/schema.ts";
import { chartIds, loadChart, loadClaims } from "../data/generated.ts";
import { citedRefs, localeProseProblems, wordsOf, type TranslationContext } from "./copy.ts";
import { latinNames, loadGlossary, termsIn, usesTerm, type GlossaryTerm } from "./glossary.ts";
import type { Locale, TranslatedLocale } from "./locales.ts";

/** One chart's words in a language. */
export interface ChartCopy {
  title: string;
  subtitle: string;
  notes: string[];
  /** Each point's label, by the point's key. */
  labels: Record<string, string>;
}

const copySchema = z.strictObject({
  charts: z.record(
    z.string(),
    z.strictObject({
      title: z.string().trim().min(1, "is empty"),
      subtitle: z.string(),
      notes: z.array(z.string().trim().min(1, "is empty")),
      labels: z.record(z.string(), z.string().trim().min(1, "is empty")),
    }),
  ),
});

/** What the checks compare a translation with: the English chart as data/charts.json gives it. */
export type EnglishChart = Pick<ChartDataset, "id" | "title" | "subtitle" | "notes"> & {
  points: ReadonlyArray<{ key: string; label: string }>;
};

const lineAt = (text: string, offset: number) => text.slice(0, Math.max(0, offset)).split("\n").length;
const literal = (s: string) => JSON.stringify(s);

/** The line of the key `"name":` at or after `from` (the line of `from` when there is none). */
function keyLine(text: string, name: string, from = 0): number {
  const at = text.indexOf(`${literal(name)}:`, from);
  return lineAt(text, at === -1 ? from : at);
}

/** Digit runs in `text`: a label may repeat the English label's years, never add a number. */
const digitRuns = (text: string) => [...text.matchAll(/\d+/g)].map((m) => m[0]).sort();

/**
 * Parses and checks a chart translation against the English charts. Throws a {@link DataError}
 * naming `file`, the line and the chart and key, at the first problem.
 */
export function parseChartCopy(
  locale: TranslatedLocale,
  text: string,
  english: readonly EnglishChart[],
  ctx: TranslationContext,
  glossary: readonly GlossaryTerm[],
  file = `data/charts.${locale}.json`,
): Map<string, ChartCopy> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    throw new DataError(
      file,
      at ? lineAt(text, Number(at[1])) : null,
      `not valid JSON: ${(e as Error).message.replace(/\s+/g, " ")}`,
    );
  }
  const parsed = copySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String);
    // The deepest key the path names that the file has, for the line.
    let from = 0;
    for (const key of path)
      if (!/^\d+$/.test(key)) from = Math.max(from, text.indexOf(`${literal(key)}:`, from));
    throw new DataError(file, lineAt(text, from), `${path.join(".")} ${issue.message}`);
  }
  const charts = parsed.data.charts;
  const fail = (line: number, message: string): never => {
    throw new DataError(file, line, message);
  };
  for (const id of Object.keys(charts))
    if (!english.some((c) => c.id === id))
      fail(keyLine(text, id), `chart "${id}" is not in data/charts.json; remove it or fix its id`);

  const copies = new Map<string, ChartCopy>();
  for (const en of english) {
    const copy = charts[en.id];
    if (!copy)
      fail(keyLine(text, "charts"), `chart "${en.id}" is missing: translate it from data/charts.json`);
    const at = text.indexOf(`${literal(en.id)}:`);
    const where = (field: string, value?: string) => {
      const v = value === undefined ? -1 : text.indexOf(literal(value), at);
      return v === -1 ? keyLine(text, field, at) : lineAt(text, v);
    };
    if (Boolean(en.subtitle) !== Boolean(copy!.subtitle.trim()))
      fail(
        where("subtitle"),
        `chart "${en.id}" subtitle: the English ${en.subtitle ? "has one" : "has none"}`,
      );
    if (copy!.notes.length !== en.notes.length)
      fail(
        where("notes"),
        `chart "${en.id}" has ${copy!.notes.length} notes; the English has ${en.notes.length}, one for each`,
      );
    const pieces: [field: string, english: string, mine: string][] = [
      ["title", en.title, copy!.title],
      ["subtitle", en.subtitle, copy!.subtitle],
      ...en.notes.map((n, i) => [`notes.${i}`, n, copy!.notes[i]!] as [string, string, string]),
    ];
    for (const [field, enText, mine] of pieces) {
      const line = where(field.split(".")[0]!, mine);
      const problem = localeProseProblems(locale, mine, ctx)[0];
      if (problem) fail(line, `chart "${en.id}" ${field} ${problem}`);
      const [want, got] = [citedRefs(enText), citedRefs(mine)];
      if (want.join() !== got.join())
        fail(
          line,
          `chart "${en.id}" ${field} cites ${got.map((r) => `{${r}}`).join(" ") || "nothing"}; the English cites ${want.map((r) => `{${r}}`).join(" ") || "nothing"}`,
        );
      glossaryCheck(locale, glossary, enText, mine, (m) => fail(line, `chart "${en.id}" ${field} ${m}`));
    }
    const labelsAt = text.indexOf(`"labels":`, at);
    for (const key of Object.keys(copy!.labels))
      if (!en.points.some((p) => p.key === key))
        fail(
          keyLine(text, key, labelsAt),
          `chart "${en.id}" labels a point "${key}" the chart does not have`,
        );
    for (const p of en.points) {
      const label = copy!.labels[p.key];
      if (label === undefined)
        fail(lineAt(text, labelsAt), `chart "${en.id}" has no label for its point "${p.key}" ("${p.label}")`);
      const line = keyLine(text, p.key, labelsAt);
      const say = (m: string) => fail(line, `chart "${en.id}" label "${p.key}" ${m}`);
      if (digitRuns(label!).join() !== digitRuns(p.label).join())
        say(
          `writes the digits ${digitRuns(label!).join(", ") || "none"}; the English label has ${digitRuns(p.label).join(", ") || "none"}`,
        );
      // Labels hold no references; the prose checks apply to their words, with the digits allowed.
      const problem = localeProseProblems(locale, label!.replace(/\d+/g, ""), ctx)[0];
      if (problem) say(problem);
      glossaryCheck(locale, glossary, p.label, label!, say);
    }
    copies.set(en.id, {
      title: copy!.title,
      subtitle: copy!.subtitle,
      notes: copy!.notes,
      labels: copy!.labels,
    });
  }
  return copies;
}

function glossaryCheck(
  locale: TranslatedLocale,
  glossary: readonly GlossaryTerm[],
  english: string,
  mine: string,
  fail: (message: string) => void,
): void {
  for (const id of termsIn(wordsOf(english), glossary)) {
    const term = glossary.find((t) => t.id === id)!;
    if (!usesTerm(wordsOf(mine), term, locale))
      fail(`does not use the glossary's "${term[locale]}" for "${term.en}" (data/glossary.csv:${term.line})`);
  }
}

/** The chart with its words in the translation: title, subtitle, notes and each point's label. */
export function localizeChart(data: ChartDataset, copy: ChartCopy): ChartDataset {
  return {
    ...data,
    title: copy.title,
    subtitle: copy.subtitle,
    notes: copy.notes,
    points: data.points.map((p) => ({ ...p, label: copy.labels[p.key] ?? p.label })),
  };
}

const cache = new Map<TranslatedLocale, Map<string, ChartCopy>>();

/** The project's chart translation for `locale`, read from data/charts.<locale>.json and checked. */
export function chartCopyIn(locale: TranslatedLocale): Map<string, ChartCopy> {
  const hit = cache.get(locale);
  if (hit) return hit;
  const file = `data/charts.${locale}.json`;
  const glossary = loadGlossary();
  const copy = parseChartCopy(
    locale,
    readFileSync(join(process.cwd(), file), "utf8"),
    chartIds().map(loadChart),
    { claims: new Map(loadClaims().map((c) => [c.id, c])), names: latinNames(glossary, locale) },
    glossary,
    file,
  );
  cache.set(locale, copy);
  return copy;
}

/** Chart `id`'s dataset in `locale`: English as generated, a translation with its words. */
export function chartDataIn(locale: Locale, id: string): ChartDataset {
  const data = loadChart(id);
  if (locale === "en") return data;
  return localizeChart(data, chartCopyIn(locale).get(id)!);
}

/** What a period is called beside a value, in each language: "2025", "undated report". */
const PERIODS: Record<Locale, Record<string, string>> = {
  en: {
    undated: "undated report",
    latest: "latest count",
    "last-three-years": "last three years",
    "new-rule": "new rule",
    event: "event",
  },
  ru: {
    undated: "без даты",
    latest: "последние данные",
    "last-three-years": "за последние три года",
    "new-rule": "новое правило",
    event: "событие",
  },
  kk: {
    undated: "күні белгісіз",
    latest: "соңғы есеп",
    "last-three-years": "соңғы үш жылда",
    "new-rule": "жаңа ереже",
    event: "оқиға",
  },
};

/** A period as a reader sees it in `locale`: a year as it is, a named period in words. */
export function periodName(locale: Locale, period: string): string {
  if (/^\d{4}$/.test(period)) return period;
  const name = PERIODS[locale][period];
  if (name === undefined) throw new Error(`no ${locale} name for the period "${period}"`);
  return name;
}
