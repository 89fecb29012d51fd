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
import type { Locale } from "../i18n/locales.ts";
import { drawBarRows, layoutBarRows, type BarRowInput, type BarRowsLayout } from "./bar-rows.ts";
import { createFrame, pointByKey, pointValue } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["crypto-seized", "mining-seizure", "usdt", "all"] as const;

/** Which states put a point in focus. */
function focusOf(p: ChartPoint): string[] {
  const own = p.group === "usdt" ? "usdt" : p.key;
  return states.filter((s) => s === own || s === "all");
}

/** The chart's own words in each language: its group headings and the description's opening. */
const COPY: Record<
  Locale,
  {
    usdt: string;
    usd: string;
    dated: (period: string, unit: string) => string;
    undatedIn: (unit: string) => string;
    any: (unit: string) => string;
    kind: string;
  }
> = {
  en: {
    usdt: "USDT at about a dollar each",
    usd: "US dollars",
    dated: (period, unit) => `${period}, in ${unit}`,
    undatedIn: (unit) => `Undated report, in ${unit}`,
    any: (unit) => `In ${unit}`,
    kind: "Bar chart on one dollar scale, USDT counted at about a dollar each.",
  },
  ru: {
    usdt: "USDT (примерно по доллару)",
    usd: "долларах США",
    dated: (period, unit) => `${period} год, в ${unit}`,
    undatedIn: (unit) => `Без даты, в ${unit}`,
    any: (unit) => `В ${unit}`,
    kind: "Столбчатая диаграмма на единой долларовой шкале; USDT считаются примерно по доллару.",
  },
  kk: {
    usdt: "USDT-мен (әрқайсысы шамамен бір доллар)",
    usd: "АҚШ долларымен",
    dated: (period, unit) => `${period} жыл, ${unit}`,
    undatedIn: (unit) => `Күні көрсетілмеген, ${unit}`,
    any: (unit) => unit.charAt(0).toUpperCase() + unit.slice(1),
    kind: "Бір долларлық шкаладағы бағаналы диаграмма; USDT шамамен бір доллардан есептелген.",
  },
};

/** "2025, in US dollars"; "Undated report, in USDT at about a dollar each"; in `locale`. */
export function groupHeading(points: readonly ChartPoint[], locale: Locale = "en"): string {
  const t = COPY[locale];
  const unit = points[0]!.unit;
  const name = unit === "USDT" ? t.usdt : unit === "USD" ? t.usd : unit;
  const periods = [...new Set(points.map((p) => p.period))];
  // Bars from different periods share a group only under the unit's name; the notes date them.
  if (periods.length !== 1) return t.any(name);
  return periods[0] === "undated" ? t.undatedIn(name) : t.dated(periods[0]!, name);
}

/** Counted in dollars: a USDT amount at a dollar a coin. Anything else has no place on this scale. */
function dollars(p: ChartPoint): number {
  if (p.unit === "USD" || p.unit === "USDT") return p.value;
  throw new Error(`seizures: point "${p.key}" is in ${p.unit}, not dollars or USDT`);
}

export function seizureRows(data: ChartDataset, locale: Locale = "en"): BarRowInput[] {
  const groups = [...new Set(data.points.map((p) => p.group ?? p.unit))];
  return groups.flatMap((g) => {
    const inGroup = data.points.filter((p) => (p.group ?? p.unit) === g);
    return inGroup.map((p, i) => ({
      key: p.key,
      value: dollars(p),
      valueText: pointValue(p, false, locale),
      compactText: pointValue(p, true, locale),
      labels: [{ text: p.label }],
      ...(i === 0 ? { heading: groupHeading(inGroup, locale) } : {}),
    }));
  });
}

export const layoutSeizures = (
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): BarRowsLayout => layoutBarRows(seizureRows(data, locale), { width });

export function describeSeizures(data: ChartDataset, locale: Locale = "en"): string {
  const groups = [...new Set(data.points.map((p) => p.group ?? p.unit))];
  const parts = groups.map((g) => {
    const inGroup = data.points.filter((p) => (p.group ?? p.unit) === g);
    return `${groupHeading(inGroup, locale)}: ${inGroup.map((p) => `${p.label}, ${pointValue(p, false, locale)}`).join("; ")}`;
  });
  return `${COPY[locale].kind} ${parts.join(". ")}.`;
}

export function seizures(
  data: ChartDataset,
  { document, width = 640, idPrefix = "seizures", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const layout = layoutSeizures(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeSeizures(data, locale),
    states,
    state,
    locale,
  });
  drawBarRows(frame, layout, {
    max: Math.max(...data.points.map(dollars)),
    focus: (key) => focusOf(pointByKey(data, key)),
    data,
  });
  return frame.node();
}
