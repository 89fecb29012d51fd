/**
 * What was seized, frozen and recovered, as horizontal bars on one dollar scale: each operation's
 * amounts under its own heading, the USDT ones counted at the stablecoin's value of about a dollar
 * (the heading says so), each labelled in the unit it was reported in. Amounts are never summed.
 *
 *   seizures(loadChart("seizures"), { document, width: 268, state: "usdt" })
 *
 * States: "crypto-seized" and "mining-seizure" put one bar in focus, "usdt" the USDT operation,
 * "all" every bar (the complete picture, printed and embedded).
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { drawBarRows, layoutBarRows, type BarRowInput, type BarRowsLayout } from "./bar-rows.ts";
import { createFrame, pointByKey, pointValue } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["crypto-seized", "mining-seizure", "usdt", "all"] as const;

/** Which states put a point in focus. */
function focusOf(p: ChartPoint): string[] {
  const own = p.group === "usdt" ? "usdt" : p.key;
  return states.filter((s) => s === own || s === "all");
}

/** "2025, in US dollars"; "Undated report, in USDT at about a dollar each". */
export function groupHeading(points: readonly ChartPoint[]): string {
  const unit = points[0]!.unit;
  const name = unit === "USDT" ? "USDT at about a dollar each" : unit === "USD" ? "US dollars" : unit;
  const periods = [...new Set(points.map((p) => (p.period === "undated" ? "Undated report" : p.period)))];
  // Bars from different periods share a group only under the unit's name; the notes date them.
  return periods.length === 1 ? `${periods[0]}, in ${name}` : `In ${name}`;
}

/** Counted in dollars: a USDT amount at a dollar a coin. Anything else has no place on this scale. */
function dollars(p: ChartPoint): number {
  if (p.unit === "USD" || p.unit === "USDT") return p.value;
  throw new Error(`seizures: point "${p.key}" is in ${p.unit}, not dollars or USDT`);
}

export function seizureRows(data: ChartDataset): BarRowInput[] {
  const groups = [...new Set(data.points.map((p) => p.group ?? p.unit))];
  return groups.flatMap((g) => {
    const inGroup = data.points.filter((p) => (p.group ?? p.unit) === g);
    return inGroup.map((p, i) => ({
      key: p.key,
      value: dollars(p),
      valueText: pointValue(p),
      labels: [{ text: p.label }],
      ...(i === 0 ? { heading: groupHeading(inGroup) } : {}),
    }));
  });
}

export const layoutSeizures = (data: ChartDataset, { width }: { width: number }): BarRowsLayout =>
  layoutBarRows(seizureRows(data), { width });

export function describeSeizures(data: ChartDataset): string {
  const groups = [...new Set(data.points.map((p) => p.group ?? p.unit))];
  const parts = groups.map((g) => {
    const inGroup = data.points.filter((p) => (p.group ?? p.unit) === g);
    return `${groupHeading(inGroup)}: ${inGroup.map((p) => `${p.label}, ${pointValue(p)}`).join("; ")}`;
  });
  return `Bar chart on one dollar scale, USDT counted at about a dollar each. ${parts.join(". ")}.`;
}

export function seizures(
  data: ChartDataset,
  { document, width = 640, idPrefix = "seizures", state }: ChartOptions,
): SVGSVGElement {
  const layout = layoutSeizures(data, { width });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeSeizures(data),
    states,
    state,
  });
  drawBarRows(frame, layout, {
    max: Math.max(...data.points.map(dollars)),
    focus: (key) => focusOf(pointByKey(data, key)),
    data,
  });
  return frame.node();
}
