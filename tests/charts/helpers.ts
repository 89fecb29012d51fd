/**
 * Chart datasets for tests, compiled in memory from the repository's seeds and data files (so the
 * tests need no earlier `npm run data`), and a JSDOM document to draw on.
 */
import { readdirSync, readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { compileData } from "../../src/pipeline/compile.ts";
import type { ChartDataset } from "../../src/pipeline/schema.ts";
import type { ClaimRecord } from "../../src/data/generated.ts";
import { localizeChart, parseChartCopy, type ChartCopy } from "../../src/i18n/chart-copy.ts";
import { latinNames, loadGlossary } from "../../src/i18n/glossary.ts";
import type { Locale, TranslatedLocale } from "../../src/i18n/locales.ts";

let cache: Map<string, ChartDataset> | undefined;
let claims: ClaimRecord[] = [];

/** Every chart id the compiled data has, in data/charts.json's order. */
export function chartDataIds(): string[] {
  chartData(null);
  return [...cache!.keys()];
}

const copies = new Map<TranslatedLocale, Map<string, ChartCopy>>();

/** data/charts.<locale>.json, checked against the charts compiled in memory. */
export function chartCopy(locale: TranslatedLocale): Map<string, ChartCopy> {
  if (!copies.has(locale)) {
    const ids = chartDataIds();
    const glossary = loadGlossary();
    copies.set(
      locale,
      parseChartCopy(
        locale,
        readFileSync(`data/charts.${locale}.json`, "utf8"),
        ids.map((id) => chartData(id)),
        { claims: new Map(claims.map((c) => [c.id, c])), names: latinNames(glossary, locale) },
        glossary,
      ),
    );
  }
  return copies.get(locale)!;
}

/** Chart `id` in `locale`: English as compiled, a translation with its words. */
export const chartDataIn = (locale: Locale, id: string): ChartDataset =>
  locale === "en" ? chartData(id) : localizeChart(chartData(id), chartCopy(locale).get(id)!);

export function chartData(id: string): ChartDataset;
export function chartData(id: null): null;
export function chartData(id: string | null): ChartDataset | null {
  if (!cache) {
    const { files } = compileData({
      seeds: readdirSync("seeds")
        .filter((f) => f.endsWith(".txt"))
        .map((f) => ({ id: f, bytes: readFileSync(`seeds/${f}`) })),
      claimsCsv: readFileSync("data/claims.csv", "utf8"),
      decisionsCsv: readFileSync("data/decisions.csv", "utf8"),
      chartsJson: readFileSync("data/charts.json", "utf8"),
      dataDate: null,
    });
    claims = (JSON.parse(files.get("claims.json")!) as { claims: ClaimRecord[] }).claims;
    cache = new Map(
      [...files]
        .filter(([name]) => name.startsWith("charts/"))
        .map(([, text]) => {
          const chart = JSON.parse(text) as ChartDataset;
          return [chart.id, chart];
        }),
    );
  }
  if (id === null) return null;
  const chart = cache.get(id);
  if (!chart) throw new Error(`no chart dataset "${id}"`);
  return chart;
}

export const newDocument = () => new JSDOM("<!doctype html><html><body></body></html>").window.document;

/**
 * Snapshot normal form: numbers rounded to 3 decimals, one tag per line, indented by depth, so a
 * diff shows which mark moved.
 */
export function normaliseSvg(svg: string): string {
  const rounded = svg.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
  const lines: string[] = [];
  let depth = 0;
  for (const token of rounded.split(/(?=<)|(?<=>)/).filter((t) => t.trim())) {
    if (token.startsWith("</")) depth--;
    lines.push("  ".repeat(Math.max(0, depth)) + token.trim());
    if (token.startsWith("<") && !token.startsWith("</") && !token.endsWith("/>")) depth++;
  }
  return `${lines.join("\n")}\n`;
}
