/**
 * Money handled by the illicit channels the authorities uncovered, on one dollar scale: the cash-out
 * networks, the shell firms and the exchanges liquidated, one bar each. A channel's counts (81
 * networks, 3,600 firms) are lines of its label, not bars: they are of different things and
 * belong on no common scale, but each can take the emphasis when the story names it.
 *
 *   cashoutNetworks(loadChart("cashout-networks"), { document, width: 268, state: "turnover" })
 *
 * Points come in groups, one per channel: the one point in dollars is the bar, every count in the
 * group a label line under the bar's own label. States: "networks", "turnover" and "shell" follow
 * the story's steps; "all" is the complete picture.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { periodName } from "../i18n/chart-copy.ts";
import type { Locale } from "../i18n/locales.ts";
import { drawBarRows, layoutBarRows, type BarRowInput, type BarRowsLayout } from "./bar-rows.ts";
import { createFrame, pointByKey, pointValue } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["networks", "turnover", "shell", "all"] as const;

/** Which points each step's state puts in focus; "all" puts every point in focus. */
const FOCUS: Record<Exclude<(typeof states)[number], "all">, (p: ChartPoint) => boolean> = {
  networks: (p) => p.key === "networks",
  turnover: (p) => p.key === "turnover",
  shell: (p) => p.group === "shell",
};

/** "last-three-years" → "last three years"; "undated" → "undated report". */
const period = (p: ChartPoint, locale: Locale) => periodName(locale, p.period);

/** "Shell firms deregistered" after a number: "3,600 shell firms deregistered" (acronyms kept). */
const after = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/**
 * A count set in a label line. English puts the number first ("81 underground networks
 * uncovered"); Russian and Kazakh would have to make the label agree with the number, so they name
 * the thing and then give the count ("Раскрытые подпольные сети: 81").
 */
const countLine = (c: ChartPoint, locale: Locale) =>
  locale === "en"
    ? `${pointValue(c, false, locale)} ${after(c.label)}`
    : `${c.label}:\u00a0${pointValue(c, false, locale)}`;

const KIND: Record<Locale, string> = {
  en: "Bar chart in US dollars.",
  ru: "Столбчатая диаграмма в долларах США.",
  kk: "АҚШ долларындағы бағаналы диаграмма.",
};

interface Channel {
  amount: ChartPoint;
  counts: ChartPoint[];
}

/** The channels, largest amount first: each group's dollar point and its counts. */
export function channels(data: ChartDataset): Channel[] {
  const groups = [...new Set(data.points.map((p) => p.group ?? p.key))];
  return groups
    .map((g) => {
      const inGroup = data.points.filter((p) => (p.group ?? p.key) === g);
      const amounts = inGroup.filter((p) => p.unit === "USD");
      if (amounts.length !== 1)
        throw new Error(`cashout-networks: group "${g}" needs one point in USD, has ${amounts.length}`);
      return { amount: amounts[0]!, counts: inGroup.filter((p) => p.unit === "count") };
    })
    .sort((a, b) => b.amount.value - a.amount.value);
}

export function cashoutRows(data: ChartDataset, locale: Locale = "en"): BarRowInput[] {
  return channels(data).map(({ amount, counts }) => ({
    key: amount.key,
    value: amount.value,
    valueText: pointValue(amount, false, locale),
    compactText: pointValue(amount, true, locale),
    labels: [
      { text: `${amount.label}, ${period(amount, locale)}`, bold: true },
      ...counts.map((c) => ({ text: countLine(c, locale), key: c.key })),
    ],
  }));
}

export const layoutCashout = (
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): BarRowsLayout => layoutBarRows(cashoutRows(data, locale), { width });

export function describeCashoutNetworks(data: ChartDataset, locale: Locale = "en"): string {
  const parts = channels(data).map(
    ({ amount, counts }) =>
      `${amount.label}, ${period(amount, locale)}: ${pointValue(amount, false, locale)}` +
      counts.map((c) => `; ${countLine(c, locale)}`).join(""),
  );
  return `${KIND[locale]} ${parts.join(". ")}.`;
}

export function cashoutNetworks(
  data: ChartDataset,
  { document, width = 640, idPrefix = "cashout-networks", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const layout = layoutCashout(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeCashoutNetworks(data, locale),
    states,
    state,
    locale,
  });
  const focus = (key: string) => {
    const p = pointByKey(data, key);
    return states.filter((s) => s === "all" || FOCUS[s](p));
  };
  drawBarRows(frame, layout, {
    max: Math.max(...channels(data).map((c) => c.amount.value)),
    focus,
    data,
  });
  return frame.node();
}
