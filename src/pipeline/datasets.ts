/**
 * Chart datasets from `data/charts.json`: each chart lists its points and the claims behind each
 * point; this resolves them into values with their quotes. A point may cite several claims only
 * when they agree (the same number reported by several articles).
 */
import { z } from "zod";
import { sameValue } from "./claims.ts";
import { DataError } from "./errors.ts";
import { proseProblems } from "./prose-refs.ts";
import { SCHEMA_VERSION, type ChartDataset } from "./schema.ts";
import type { Claim } from "./types.ts";

const specSchema = z.strictObject({
  charts: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      title: z.string().min(1),
      subtitle: z.string().default(""),
      notes: z.array(z.string()).default([]),
      points: z
        .array(
          z.strictObject({
            key: z.string().min(1),
            label: z.string().min(1),
            group: z.string().optional(),
            claims: z.array(z.string()).min(1),
          }),
        )
        .min(1),
    }),
  ),
});

/**
 * Offset of the first `"field": value` at or after `from`, or `from` when there is none. Charts and
 * points are found in file order, each after the last, so an error names the entry that is wrong
 * rather than the first place the same id or key appears in the file.
 */
function offsetOfField(text: string, field: string, value: string, from: number): number {
  const literal = JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`"${field}"\\s*:\\s*${literal}`, "g");
  re.lastIndex = from;
  return re.exec(text)?.index ?? from;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * Offset of the character that makes `text` invalid JSON. V8 gives a position for most faults but not
 * for an unexpected token, so find the shortest prefix that fails for a reason other than ending early.
 */
function jsonFaultOffset(text: string): number {
  const failsBeforeEnd = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return false;
    } catch (e) {
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      return !/end of JSON input/.test(message) && (at === null || Number(at[1]) < n);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsBeforeEnd(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/** Resolves the chart spec against verified claims. */
export function buildChartDatasets(
  specText: string,
  claims: readonly Claim[],
  file = "data/charts.json",
): ChartDataset[] {
  let raw: unknown;
  try {
    raw = JSON.parse(specText);
  } catch (e) {
    // V8 quotes the text around an unexpected token, newlines and all: keep the error one line.
    const message = (e as Error).message.replace(/\s+/g, " ");
    throw new DataError(file, lineAt(specText, jsonFaultOffset(specText)), `not valid JSON: ${message}`);
  }
  const parsed = specSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join(".");
    throw new DataError(file, 1, `${path}: ${issue.message}`);
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  const seen = new Set<string>();
  let chartAt = -1;
  return parsed.data.charts.map((chart) => {
    chartAt = offsetOfField(specText, "id", chart.id, chartAt + 1);
    const line = lineAt(specText, chartAt);
    if (seen.has(chart.id)) throw new DataError(file, line, `duplicate chart id "${chart.id}"`);
    seen.add(chart.id);
    const ids = new Set(byId.keys());
    for (const [field, text] of [
      ["title", chart.title],
      ["subtitle", chart.subtitle],
      ...chart.notes.map((n) => ["note", n] as const),
    ] as const) {
      const problem = proseProblems(text, ids, (cid) => byId.get(cid)?.unit)[0];
      if (problem) throw new DataError(file, line, `chart "${chart.id}" ${field} ${problem}`);
    }
    const keys = new Set<string>();
    let pointAt = chartAt;
    const points = chart.points.map((p) => {
      pointAt = offsetOfField(specText, "key", p.key, pointAt + 1);
      // A claim id's line: its first appearance within this point.
      const claimLine = (cid: string) => {
        const at = specText.indexOf(`"${cid}"`, pointAt);
        return lineAt(specText, at === -1 ? pointAt : at);
      };
      if (keys.has(p.key))
        throw new DataError(
          file,
          lineAt(specText, pointAt),
          `chart "${chart.id}" has two points keyed "${p.key}"`,
        );
      keys.add(p.key);
      const cited = p.claims.map((cid) => {
        const c = byId.get(cid);
        if (!c) throw new DataError(file, claimLine(cid), `unknown claim id "${cid}" in chart "${chart.id}"`);
        if (c.value === null || c.unit === null)
          throw new DataError(
            file,
            claimLine(cid),
            `claim "${cid}" in chart "${chart.id}" is a statement with no value; charts plot numbers`,
          );
        return { ...c, value: c.value, unit: c.unit };
      });
      const first = cited[0]!;
      for (const c of cited.slice(1))
        if (c.unit !== first.unit || !sameValue(c.value, first.value))
          throw new DataError(
            file,
            claimLine(c.id),
            `point "${p.key}" of chart "${chart.id}" cites claims that disagree (${first.id}: ${first.value} ${first.unit}; ${c.id}: ${c.value} ${c.unit})`,
          );
      return {
        key: p.key,
        label: p.label,
        group: p.group ?? null,
        metric: first.metric,
        period: first.period,
        value: first.value,
        unit: first.unit,
        qualifier: first.qualifier,
        iso: first.iso,
        asWritten: first.asWritten,
        formula: first.formula,
        claims: cited.map((c) => c.id),
        sources: cited
          .filter((c) => c.source !== null)
          .map((c) => ({ claim: c.id, source: c.source!, quote: c.quote! })),
      };
    });
    return {
      schemaVersion: SCHEMA_VERSION,
      id: chart.id,
      title: chart.title,
      subtitle: chart.subtitle,
      notes: chart.notes,
      points,
    };
  });
}
