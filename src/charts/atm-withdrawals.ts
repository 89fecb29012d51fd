/**
 * Cash withdrawn from ATMs, earlier year against later, with the rise bracketed; in tenge or in the
 * articles' dollar conversion, one currency at a time (a tenge amount and its conversion are one
 * figure, not two).
 *
 *   atmWithdrawals(loadChart("atm-withdrawals"), { document, width: 268, state: "usd" })
 *
 * States: "kzt" (the later year and the rise in focus), "kzt-2023" (the derived earlier year in
 * focus), "usd" (the dollar conversion), and "both": tenge columns with each conversion beneath its
 * figure, for readers without the switch (no JavaScript, print): the last state, so the one printed.
 * The earlier year is derived (the
 * later total less the reported rise), so its column is hatched and labelled as our calculation.
 */
import * as Plot from "@observablehq/plot";
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { cssColor, fontSizes } from "../styles/tokens.ts";
import { SLACK } from "./bar-rows.ts";
import {
  appendHatch,
  appendPlot,
  applyPoint,
  createFrame,
  css,
  each,
  hedgedFigure,
  pointByKey,
  pointLabel,
  pointValue,
  type Frame,
  type Sel,
} from "./frame.ts";
import { textWidth, wrapText } from "../shared/text-measure.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["kzt", "kzt-2023", "usd", "both"] as const;
type Currency = "kzt" | "usd";
const CURRENCIES = ["kzt", "usd"] as const;

/** The states each currency's drawing shows in. */
const SHOWN: Record<Currency, readonly string[]> = { kzt: ["kzt", "kzt-2023", "both"], usd: ["usd"] };
/** The states each point (by its role: earlier, later, rise) is in focus. */
const FOCUS: Record<Currency, Record<"earlier" | "later" | "rise", readonly string[]>> = {
  kzt: { earlier: ["kzt-2023", "both"], later: ["kzt", "both"], rise: ["kzt", "both"] },
  usd: { earlier: [], later: ["usd"], rise: ["usd"] },
};

/** The chart's own words in each language. */
const COPY: Record<
  Locale,
  {
    /** Each currency's note above the columns. */
    note: Record<Currency, string>;
    /** Each currency as the description names it. */
    in: Record<Currency, string>;
    derived: string;
    describe: (parts: string[]) => string;
    column: (label: string, value: string, derived: boolean) => string;
    rise: (value: string) => string;
  }
> = {
  en: {
    // No article says what rate its dollars use, nor that one rate serves both years.
    note: { kzt: "Tenge", usd: "US dollars, as the articles give them" },
    in: { kzt: "In tenge", usd: "In US dollars, as the articles give them" },
    derived: "derived",
    describe: (parts) => `Column chart of cash withdrawn through ATMs. ${parts.join(". ")}.`,
    column: (label, value, derived) => `${label}, ${value}${derived ? " (derived)" : ""}`,
    rise: (value) => `a rise of ${value}`,
  },
  ru: {
    note: { kzt: "В тенге", usd: "В долларах США, как в статьях" },
    in: { kzt: "В тенге", usd: "В долларах США, как в статьях" },
    derived: "расчёт",
    describe: (parts) => `Столбчатая диаграмма: наличные, снятые через банкоматы. ${parts.join(". ")}.`,
    column: (label, value, derived) => `${label} год — ${value}${derived ? " (расчёт)" : ""}`,
    rise: (value) => `рост — ${value}`,
  },
  kk: {
    note: { kzt: "Теңгемен", usd: "АҚШ долларымен, мақалалардағыдай" },
    in: { kzt: "Теңгемен", usd: "АҚШ долларымен, мақалалардағыдай" },
    derived: "есептелген",
    describe: (parts) =>
      `Банкоматтар арқылы алынған қолма-қол ақшаның бағаналы диаграммасы. ${parts.join(". ")}.`,
    column: (label, value, derived) => `${label} жыл — ${value}${derived ? " (есептелген)" : ""}`,
    rise: (value) => `өсім — ${value}`,
  },
};

export interface AtmColumn {
  key: string;
  label: string;
  derived: boolean;
  x: number;
  width: number;
  /** The column's value, on its currency's y scale. */
  amount: number;
  /** The hedge ("About"), set small above the figure; "" when exact. */
  lead: string;
  /** The figure, its lines joined by newlines. */
  value: string;
  /** How many lines the figure takes. */
  lines: number;
  /** The dollar conversion, shown beneath the tenge figure in the "both" state. */
  conversion: string;
}

export interface AtmLayout {
  width: number;
  /** Each currency's note ("US dollars, as the articles give them"), wrapped. */
  notes: Record<Currency, string[]>;
  height: number;
  baseline: number;
  compact: boolean;
  /** Each currency's y scale for Plot: zero at the baseline, the larger column's value at the top. */
  y: Record<Currency, { domain: [number, number]; range: [number, number] }>;
  columns: Record<Currency, [AtmColumn, AtmColumn]>;
  /** The rise: its label, the label's dollar conversion, and where its bracket runs. */
  rise: Record<Currency, { key: string; text: string; conversion: string; x: number }>;
  /** The language of the figures and words. */
  locale: Locale;
}

/** The points of one currency: earlier year, later year and the rise, by their keys in charts.json. */
export function currencyPoints(data: ChartDataset, c: Currency): [ChartPoint, ChartPoint, ChartPoint] {
  return [pointByKey(data, `2023-${c}`), pointByKey(data, `2024-${c}`), pointByKey(data, `rise-${c}`)];
}

const SIZE = fontSizes.sm;
const SMALL = fontSizes.xs;
const wide = (text: string, size: number = SIZE) => textWidth(text, size, { bold: true }) * SLACK;
/** The distance between the lines of a figure set on several. */
const FIGURE_LINE = Math.round(SIZE * 1.2);

/**
 * A figure wrapped to `max` px: at its spaces, no-break ones included, but never inside a number
 * ("192 000" stays whole), bold at the figures' size.
 */
export function wrapFigure(value: string, max: number): string[] {
  const breakable = value.replace(/(?<!\d)\u00a0|\u00a0(?!\d)/g, " ");
  return wrapText(breakable, max, SIZE, { bold: true }).map((l) => l.replace(/ /g, "\u00a0"));
}

const bare = (p: ChartPoint, compact: boolean, locale: Locale) =>
  pointValue({ ...p, qualifier: "exact" }, compact, locale);

/**
 * Two columns per currency on a scale from zero; the rise is a bracket from the earlier top to the
 * later, labelled at its right. Figures are compact ("₸13.2T") where full ones would not fit over
 * their columns.
 */
export function layoutAtm(
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): AtmLayout {
  const full = layoutAtmWith(data, width, false, locale);
  const fits = CURRENCIES.every((c) =>
    full.columns[c].every((col) => Math.max(wide(col.value), wide(col.conversion, SMALL)) <= col.width + 12),
  );
  return fits ? full : layoutAtmWith(data, width, true, locale);
}

function layoutAtmWith(data: ChartDataset, width: number, compact: boolean, locale: Locale): AtmLayout {
  const notes = { kzt: [], usd: [] } as AtmLayout["notes"];
  for (const c of CURRENCIES) notes[c] = wrapText(COPY[locale].note[c], width / SLACK, SIZE);
  const noteHeight = Math.max(...CURRENCIES.map((c) => notes[c].length)) * 18;
  const height = (width < 480 ? 250 : 300) + noteHeight - 18;
  const rises = CURRENCIES.map((c) => currencyPoints(data, c)[2]);
  const riseText = (p: ChartPoint) => `+${bare(p, compact, locale)}`;
  const room = Math.max(...rises.map((p) => wide(riseText(p))), wide(`(${riseText(rises[1]!)})`, SMALL)) + 14;
  const area = width - room;
  const colWidth = Math.min(area * 0.4, 150);
  const gap = Math.min(area * 0.14, 48);
  const x0 = Math.max(0, (area - 2 * colWidth - gap) / 2);
  // A figure wider than its column and the gap beside it (a hedged Kazakh figure, "12,2 трлн
  // ₸-ден астам") takes two lines or more, the hedge last, so neighbours never overlap.
  const figureLines = (value: string) => wrapFigure(value, colWidth + gap + 4);
  const tallest = Math.max(
    ...CURRENCIES.flatMap((c) =>
      currencyPoints(data, c)
        .slice(0, 2)
        .map((p) => figureLines(hedgedFigure(p, locale, compact).value).length),
    ),
  );
  // The currency note, then a hedge line, the figure and its conversion above the tallest column.
  const top = noteHeight + 10 + SMALL + 4 + SIZE + (tallest - 1) * FIGURE_LINE + 4 + SMALL + 8;
  const baseline = height - 40;
  const columns = {} as AtmLayout["columns"];
  const rise = {} as AtmLayout["rise"];
  const y = {} as AtmLayout["y"];
  for (const c of CURRENCIES) {
    const [earlier, later, delta] = currencyPoints(data, c);
    y[c] = { domain: [0, Math.max(earlier.value, later.value)], range: [baseline, top] };
    const dollars = currencyPoints(data, "usd");
    const column = (p: ChartPoint, i: number): AtmColumn => {
      const { lead, value } = hedgedFigure(p, locale, compact);
      const lines = figureLines(value);
      return {
        key: p.key,
        label: p.label,
        derived: p.formula !== null,
        x: x0 + i * (colWidth + gap),
        width: colWidth,
        amount: p.value,
        lead,
        value: lines.join("\n"),
        lines: lines.length,
        conversion: `(${bare(dollars[i]!, compact, locale)})`,
      };
    };
    const cols: [AtmColumn, AtmColumn] = [column(earlier, 0), column(later, 1)];
    columns[c] = cols;
    rise[c] = {
      key: delta.key,
      text: riseText(delta),
      conversion: `(${riseText(dollars[2])})`,
      x: cols[1].x + colWidth + 8,
    };
  }
  return { width, notes, height, baseline, compact, y, columns, rise, locale };
}

export function describeAtmWithdrawals(data: ChartDataset, locale: Locale = "en"): string {
  const t = COPY[locale];
  const parts = CURRENCIES.map((c) => {
    const [earlier, later, delta] = currencyPoints(data, c);
    return (
      `${t.in[c]}: ${t.column(earlier.label, pointValue(earlier, false, locale), true)}; ` +
      `${t.column(later.label, pointValue(later, false, locale), false)}; ${t.rise(pointValue(delta, false, locale))}`
    );
  });
  return t.describe(parts);
}

/** One currency's columns, figures, labels and rise bracket on its y scale, shown in its states. */
function drawCurrency(frame: Frame, data: ChartDataset, layout: AtmLayout, c: Currency, hatch: string): void {
  const [earlier, later, delta] = currencyPoints(data, c);
  const cols = layout.columns[c].map((col, i) => ({
    ...col,
    p: [earlier, later][i]!,
    focus: FOCUS[c][i === 0 ? "earlier" : "later"],
  }));
  type Col = (typeof cols)[number];
  const leads = cols.filter((d) => d.lead);
  const r = layout.rise[c];
  const shown = (el: Sel) => frame.showIn(el, SHOWN[c]);
  const muted = (el: Sel) => el.attr("style", css({ fill: cssColor("muted") }));
  const centre = (d: Col) => d.x + d.width / 2;
  // Each figure sits 8 px above its column; in tenge a line higher, over its dollar conversion.
  const above = -8 - (c === "kzt" ? 4 + SMALL : 0);
  const mid = (earlier.value + later.value) / 2;
  const marks: Plot.Markish[] = [
    Plot.text([layout.notes[c].join("\n")], {
      frameAnchor: "top-left",
      text: (d: string) => d,
      textAnchor: "start",
      lineAnchor: "top",
      lineHeight: 18 / SIZE,
      fontSize: SIZE,
      render: each([0], (el) => muted(shown(el))),
    }),
    Plot.rect(cols, {
      x1: "x",
      x2: (d: Col) => d.x + d.width,
      y1: () => 0,
      y2: "amount",
      render: each(cols, (el, d) => {
        const label = pointLabel(d.p, layout.locale);
        applyPoint(shown(el), d.p, d.derived ? `${label} (${COPY[layout.locale].derived})` : label);
        if (d.derived) el.attr("style", css({ fill: hatch, stroke: cssColor("neutral"), "stroke-width": 1 }));
        frame.focusIn(el, d.focus, d.derived ? "fade" : "bar");
      }),
    }),
    // Figures over the columns, each with its hedge above it.
    Plot.text(cols, {
      x: centre,
      y: "amount",
      dy: above,
      lineAnchor: "bottom",
      text: "value",
      fontSize: SIZE,
      lineHeight: FIGURE_LINE / SIZE,
      fontWeight: 700,
      render: each(cols, (el, d) => frame.focusIn(shown(el).attr("aria-hidden", "true"), d.focus, "value")),
    }),
    // Each hedge above its figure's first line (Plot's dy is one number a mark: a mark per height).
    ...[...new Set(leads.map((d) => d.lines))].map((n) => {
      const these = leads.filter((d) => d.lines === n);
      return Plot.text(these, {
        x: centre,
        y: "amount",
        dy: above - SIZE - 2 - (n - 1) * FIGURE_LINE,
        lineAnchor: "bottom",
        text: "lead",
        fontSize: SMALL,
        render: each(these, (el) => muted(shown(el).attr("aria-hidden", "true"))),
      });
    }),
    Plot.text(cols, {
      x: centre,
      y: () => 0,
      dy: 6,
      lineAnchor: "top",
      text: (d: Col) => (d.derived ? `${d.label}\n${COPY[layout.locale].derived}` : d.label),
      fontSize: SIZE,
      lineHeight: 1.2,
      render: each(cols, (el, d) =>
        shown(el)
          .attr("aria-hidden", "true")
          .attr("font-weight", d.derived ? null : 700)
          .attr("style", css({ fill: cssColor(d.derived ? "muted" : "text") })),
      ),
    }),
    // The rise: a guide across from the earlier column's top, a bracket up to the later one's.
    Plot.ruleY([earlier.value], {
      x1: () => cols[0]!.x + cols[0]!.width,
      x2: () => r.x,
      strokeDasharray: "3 3",
      render: each([0], (el) => shown(el).attr("style", css({ stroke: cssColor("muted") }))),
    }),
    Plot.ruleX([r.x], {
      y1: () => earlier.value,
      y2: () => later.value,
      render: each([0], (el) => frame.focusIn(shown(el).attr("data-key", delta.key), FOCUS[c].rise, "line")),
    }),
    Plot.text([r], {
      x: "x",
      y: () => mid,
      dx: 6,
      text: "text",
      textAnchor: "start",
      fontSize: SIZE,
      fontWeight: 700,
      render: each([0], (el) => {
        applyPoint(shown(el), delta, pointLabel(delta, layout.locale));
        frame.focusIn(el, FOCUS[c].rise, "value");
      }),
    }),
  ];
  if (c === "kzt") {
    // The dollar conversions beneath each tenge figure and the rise: only where there is no switch.
    const dollars = currencyPoints(data, "usd");
    const conversion = (el: Sel, p: ChartPoint) =>
      muted(applyPoint(frame.showIn(el, ["both"]), p, pointLabel(p, layout.locale)));
    marks.push(
      Plot.text(cols, {
        x: centre,
        y: "amount",
        dy: -8,
        lineAnchor: "bottom",
        text: "conversion",
        fontSize: SMALL,
        render: each(cols, (el, d) => conversion(el, dollars[cols.indexOf(d)]!)),
      }),
      Plot.text([r], {
        x: "x",
        y: () => mid,
        dx: 6,
        dy: SIZE + 4,
        text: "conversion",
        textAnchor: "start",
        lineAnchor: "bottom",
        fontSize: SMALL,
        render: each([0], (el) => conversion(el, dollars[2])),
      }),
    );
  }
  appendPlot(frame, marks, { x: { type: "identity" }, y: layout.y[c] });
}

export function atmWithdrawals(
  data: ChartDataset,
  { document, width = 640, idPrefix = "atm-withdrawals", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const layout = layoutAtm(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeAtmWithdrawals(data, locale),
    states,
    state,
    locale,
  });
  const hatch = appendHatch(frame);
  for (const c of CURRENCIES) drawCurrency(frame, data, layout, c, hatch);
  appendPlot(
    frame,
    [
      Plot.ruleY([layout.baseline], {
        render: each([0], (el) => el.attr("style", css({ stroke: cssColor("text") }))),
      }),
    ],
    { x: { type: "identity" } },
  );
  return frame.node();
}
