/**
 * Downloadable tables: one flat row per (chart point × claim behind it), so every row carries the
 * claim id, source file and exact quote. The CSV and JSON downloads hold the same rows; parsing the
 * CSV with papaparse gives back the JSON.
 *
 *   chartRows(loadChart("shutdowns"), claimsById)  // → [{ chart: "shutdowns", key: "2024", … }]
 */
import Papa from "papaparse";
import type { ChartDataset } from "../pipeline/schema.ts";
import type { Conflict } from "../pipeline/types.ts";
import type { ClaimRecord, SourceRecord } from "./generated.ts";

export interface ChartRow {
  chart: string;
  key: string;
  label: string;
  group: string;
  metric: string;
  period: string;
  /** A number, or for a date the date as the article states it (`2023-11`), never a day count. */
  value: number | string;
  unit: string;
  qualifier: string;
  claim: string;
  source: string;
  quote: string;
  formula: string;
}

export const CHART_ROW_COLUMNS: readonly (keyof ChartRow)[] = [
  "chart",
  "key",
  "label",
  "group",
  "metric",
  "period",
  "value",
  "unit",
  "qualifier",
  "claim",
  "source",
  "quote",
  "formula",
];

export function chartRows(chart: ChartDataset, claims: ReadonlyMap<string, ClaimRecord>): ChartRow[] {
  return chart.points.flatMap((p) =>
    p.claims.map((id) => {
      const c = claims.get(id);
      if (!c) throw new Error(`chart ${chart.id} cites unknown claim ${id}`);
      if (c.value === null || c.unit === null) throw new Error(`chart ${chart.id} cites statement ${id}`);
      return {
        chart: chart.id,
        key: p.key,
        label: p.label,
        group: p.group ?? "",
        metric: c.metric,
        period: c.period,
        value: c.unit === "date" ? (c.iso ?? "") : c.value,
        unit: c.unit,
        qualifier: c.qualifier,
        claim: c.id,
        source: c.source ?? "",
        quote: c.quote ?? "",
        formula: c.formula ?? "",
      };
    }),
  );
}

/** CSV with a header, every field quoted only where needed, LF line endings and a final newline. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c])) }, { newline: "\n" })}\n`;
}

export const CLAIM_ROW_COLUMNS = [
  "id",
  "metric",
  "period",
  "value",
  "unit",
  "qualifier",
  "as_written",
  "source",
  "quote",
  "formula",
  "inputs",
  "conflicts",
  "note",
] as const;

/** All claims flattened for the dataset download. */
export function claimRows(claims: readonly ClaimRecord[]) {
  return claims.map((c) => ({
    id: c.id,
    metric: c.metric,
    period: c.period,
    value: c.unit === "date" ? (c.iso ?? "") : (c.value ?? ""),
    unit: c.unit ?? "statement",
    qualifier: c.value === null ? "" : c.qualifier,
    as_written: c.asWritten ?? "",
    source: c.source ?? "",
    quote: c.quote ?? "",
    formula: c.formula ?? "",
    inputs: c.inputs.join(" "),
    conflicts: c.conflicts.join(" "),
    note: c.note,
  }));
}

export const CONFLICT_COLUMNS = [
  "conflict",
  "title",
  "kind",
  "summary",
  "difference",
  "chosen",
  "reason",
  "source",
  "claim",
  "value",
  "unit",
  "qualifier",
  "implied_rate_kzt_per_usd",
  "quote",
] as const;

/** One row per quote in each conflict, with the decision repeated on each. */
export function conflictRows(conflicts: readonly Conflict[]) {
  return conflicts.flatMap((k) =>
    k.items.map((i) => ({
      conflict: k.id,
      title: k.title ?? "",
      kind: k.kind,
      summary: k.summary,
      difference: k.decision?.difference ?? "",
      chosen: k.decision?.chosen ?? "",
      reason: k.decision?.reason ?? "",
      source: i.source,
      claim: i.claim ?? "",
      value: i.value ?? "",
      unit: i.unit ?? "statement",
      qualifier: i.qualifier ?? "",
      implied_rate_kzt_per_usd: i.rate ?? "",
      quote: i.quote,
    })),
  );
}

export const SOURCE_COLUMNS = [
  "id",
  "title",
  "author",
  "outlet",
  "date",
  "claims",
  "caveats",
  "sha256",
] as const;

export function sourceRows(sources: readonly SourceRecord[]) {
  return sources.map((s) => ({
    id: s.id,
    title: s.title,
    author: s.author ?? "",
    outlet: s.outlet ?? "",
    date: s.date ?? "",
    claims: s.claims,
    caveats: s.caveats.join(" "),
    sha256: s.sha256,
  }));
}
