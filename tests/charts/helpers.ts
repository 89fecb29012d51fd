/**
 * Chart datasets for tests, compiled in memory from the repository's seeds and data files (so the
 * tests need no earlier `npm run data`), and a JSDOM document to draw on.
 */
import { readdirSync, readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { compileData } from "../../src/pipeline/compile.ts";
import type { ChartDataset } from "../../src/pipeline/schema.ts";

let cache: Map<string, ChartDataset> | undefined;

export function chartData(id: string): ChartDataset {
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
    cache = new Map(
      [...files]
        .filter(([name]) => name.startsWith("charts/"))
        .map(([, text]) => {
          const chart = JSON.parse(text) as ChartDataset;
          return [chart.id, chart];
        }),
    );
  }
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
