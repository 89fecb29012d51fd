/**
 * Exchangers shut, year against year, and beside them the other platforms and services the
 * authorities shut out, each its own category on one count scale.
 *
 *   shutdowns(loadChart("shutdowns"), { document, width: 268, state: "2024" })
 *
 * States: "2024" and "2025" put that year's exchangers in focus on a scale fitted to the exchangers
 * (the larger counts below run off it, cut with a break); "wider" moves to a scale that holds every
 * count and puts the other categories in focus. Points of the group "exchangers" are the years;
 * every other point is a category of its own.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { periodName } from "../i18n/chart-copy.ts";
import type { Locale } from "../i18n/locales.ts";
import { drawBarRows, layoutBarRows, type BarRowInput, type BarRowsLayout } from "./bar-rows.ts";
import { createFrame, pointValue } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["2024", "2025", "wider"] as const;
/** The states drawn on the scale fitted to the exchangers. */
const ZOOMED = ["2024", "2025"] as const;

/** The chart's own words in each language: its two headings, and the description's. */
const COPY: Record<
  Locale,
  { exchangers: string; other: string; kind: string; year: (label: string, value: string) => string }
> = {
  en: {
    exchangers: "Crypto exchangers closed by the AFM",
    other: "Also shut out",
    kind: "Bar chart",
    year: (label, value) => `${label}: ${value} exchangers closed`,
  },
  ru: {
    exchangers: "Криптообменники, закрытые АФМ",
    other: "Другие меры",
    kind: "Столбчатая диаграмма",
    year: (label, value) => `${label} год — закрыто криптообменников: ${value}`,
  },
  kk: {
    exchangers: "ҚМА жапқан криптовалюта айырбастау пункттері",
    other: "Басқа шаралар",
    kind: "Бағаналы диаграмма",
    year: (label, value) => `${label} жыл — жабылған айырбастау пункттері: ${value}`,
  },
};

const isYear = (p: ChartPoint) => p.group === "exchangers";
const period = (p: ChartPoint, locale: Locale) => periodName(locale, p.period);

/** The rows: the years first, under one heading, then each other category under the next. */
export function shutdownRows(data: ChartDataset, locale: Locale = "en"): BarRowInput[] {
  const years = data.points.filter(isYear);
  const other = data.points.filter((p) => !isYear(p));
  if (years.length === 0) throw new Error(`shutdowns: no point in the group "exchangers"`);
  return [
    ...years.map((p, i) => ({
      key: p.key,
      value: p.value,
      valueText: pointValue(p, false, locale),
      compactText: pointValue(p, true, locale),
      labels: [{ text: p.label, bold: true }],
      ...(i === 0 ? { heading: COPY[locale].exchangers } : {}),
    })),
    ...other.map((p, i) => ({
      key: p.key,
      value: p.value,
      valueText: pointValue(p, false, locale),
      compactText: pointValue(p, true, locale),
      labels: [{ text: `${p.label}, ${period(p, locale)}` }],
      ...(i === 0 ? { heading: COPY[locale].other } : {}),
    })),
  ];
}

export interface ShutdownsLayout extends BarRowsLayout {
  /** The zoomed scale's maximum (the largest year) and the full scale's (the largest count). */
  max: { zoomed: number; full: number };
}

export function layoutShutdowns(
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): ShutdownsLayout {
  const layout = layoutBarRows(shutdownRows(data, locale), { width });
  return {
    ...layout,
    max: {
      zoomed: Math.max(...data.points.filter(isYear).map((p) => p.value)),
      full: Math.max(...data.points.map((p) => p.value)),
    },
  };
}

/** Which points each state puts in focus. */
function focusOf(data: ChartDataset, key: string): string[] {
  const p = data.points.find((q) => q.key === key)!;
  if (!isYear(p)) return ["wider"];
  return ZOOMED.filter((s) => s === p.key);
}

export function describeShutdowns(data: ChartDataset, locale: Locale = "en"): string {
  const t = COPY[locale];
  const years = data.points.filter(isYear);
  const other = data.points.filter((p) => !isYear(p));
  return (
    `${t.kind}. ${years.map((p) => t.year(p.label, pointValue(p, false, locale))).join("; ")}. ` +
    other.map((p) => `${p.label}, ${period(p, locale)}: ${pointValue(p, false, locale)}`).join("; ") +
    "."
  );
}

export function shutdowns(
  data: ChartDataset,
  { document, width = 640, idPrefix = "shutdowns", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const layout = layoutShutdowns(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeShutdowns(data, locale),
    states,
    state,
    locale,
  });
  const focus = (key: string) => focusOf(data, key);
  drawBarRows(frame, layout, { data, max: layout.max.zoomed, focus, states: ZOOMED, labels: false });
  drawBarRows(frame, layout, { data, max: layout.max.full, focus, states: ["wider"] });
  return frame.node();
}
