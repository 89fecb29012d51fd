/**
 * Chart datasets from `data/charts.json`: each chart lists its points and the claims behind each
 * point; this resolves them into values with their quotes. A point may cite several claims only
 * when they agree (the same number reported by several articles).
 */
import { z } from "zod";
import { sameValue } from "./claims.ts";
import { DataError } from "./errors.ts";
import { proseProblems } from "./prose.ts";
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

/** Lines of `text` where each chart's entry starts, so errors can name a line. */
function lineOfKey(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at === -1 ? 1 : text.slice(0, at).split("\n").length;
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
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? specText.slice(0, Number(pos[1])).split("\n").length : 1;
    throw new DataError(file, line, `not valid JSON: ${(e as Error).message}`);
  }
  const parsed = specSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join(".");
    throw new DataError(file, 1, `${path}: ${issue.message}`);
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  const seen = new Set<string>();
  return parsed.data.charts.map((chart) => {
    const line = lineOfKey(specText, `"${chart.id}"`);
    if (seen.has(chart.id)) throw new DataError(file, line, `duplicate chart id "${chart.id}"`);
    seen.add(chart.id);
    const ids = new Set(byId.keys());
    for (const [field, text] of [
      ["title", chart.title],
      ["subtitle", chart.subtitle],
      ...chart.notes.map((n) => ["note", n] as const),
    ] as const) {
      const problem = proseProblems(text, ids)[0];
      if (problem) throw new DataError(file, line, `chart "${chart.id}" ${field} ${problem}`);
    }
    const keys = new Set<string>();
    const points = chart.points.map((p) => {
      if (keys.has(p.key))
        throw new DataError(file, line, `chart "${chart.id}" has two points keyed "${p.key}"`);
      keys.add(p.key);
      const cited = p.claims.map((cid) => {
        const c = byId.get(cid);
        if (!c)
          throw new DataError(
            file,
            lineOfKey(specText, `"${cid}"`),
            `unknown claim id "${cid}" in chart "${chart.id}"`,
          );
        return c;
      });
      const first = cited[0]!;
      for (const c of cited.slice(1))
        if (c.unit !== first.unit || !sameValue(c.value, first.value))
          throw new DataError(
            file,
            lineOfKey(specText, `"${c.id}"`),
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
