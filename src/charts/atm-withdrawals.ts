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
import { cssColor, fontSizes } from "../styles/tokens.ts";
import { SLACK } from "./bar-rows.ts";
import {
  appendHatch,
  appendPlot,
  applyPoint,
  createFrame,
  css,
  each,
  pointByKey,
  pointValue,
  qualifierLead,
  type Frame,
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

const CURRENCY_NOTE: Record<Currency, string> = {
  kzt: "Tenge",
  // No article says what rate its dollars use, nor that one rate serves both years.
  usd: "US dollars, as the articles give them",
};

export interface AtmColumn {
  key: string;
  label: string;
  derived: boolean;
  x: number;
  /** Top of the column. */
  y: number;
  width: number;
  /** The hedge ("About"), set small above the figure; "" when exact. */
  lead: string;
  value: string;
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
  columns: Record<Currency, [AtmColumn, AtmColumn]>;
  rise: Record<
    Currency,
    { key: string; text: string; conversion: string; x: number; yTop: number; yBottom: number }
  >;
}

/** The points of one currency: earlier year, later year and the rise, by their keys in charts.json. */
export function currencyPoints(data: ChartDataset, c: Currency): [ChartPoint, ChartPoint, ChartPoint] {
  return [pointByKey(data, `2023-${c}`), pointByKey(data, `2024-${c}`), pointByKey(data, `rise-${c}`)];
}

const SIZE = fontSizes.sm;
const SMALL = fontSizes.xs;
const wide = (text: string, size: number = SIZE) => textWidth(text, size, { bold: true }) * SLACK;
const bare = (p: ChartPoint, compact: boolean) => pointValue({ ...p, qualifier: "exact" }, compact);

/**
 * Two columns per currency on a scale from zero; the rise is a bracket from the earlier top to the
 * later, labelled at its right. Figures are compact ("₸13.2T") where full ones would not fit over
 * their columns.
 */
export function layoutAtm(data: ChartDataset, { width }: { width: number }): AtmLayout {
  const full = layoutAtmWith(data, width, false);
  const fits = CURRENCIES.every((c) =>
    full.columns[c].every((col) => Math.max(wide(col.value), wide(col.conversion, SMALL)) <= col.width + 12),
  );
  return fits ? full : layoutAtmWith(data, width, true);
}

function layoutAtmWith(data: ChartDataset, width: number, compact: boolean): AtmLayout {
  const notes = { kzt: [], usd: [] } as AtmLayout["notes"];
  for (const c of CURRENCIES) notes[c] = wrapText(CURRENCY_NOTE[c], width / SLACK, SIZE);
  const noteHeight = Math.max(...CURRENCIES.map((c) => notes[c].length)) * 18;
  const height = (width < 480 ? 250 : 300) + noteHeight - 18;
  // The currency note, then a hedge line, the figure and its conversion above the tallest column.
  const top = noteHeight + 10 + SMALL + 4 + SIZE + 4 + SMALL + 8;
  const baseline = height - 40;
  const rises = CURRENCIES.map((c) => currencyPoints(data, c)[2]);
  const riseText = (p: ChartPoint) => `+${bare(p, compact)}`;
  const room = Math.max(...rises.map((p) => wide(riseText(p))), wide(`(${riseText(rises[1]!)})`, SMALL)) + 14;
  const area = width - room;
  const colWidth = Math.min(area * 0.4, 150);
  const gap = Math.min(area * 0.14, 48);
  const x0 = Math.max(0, (area - 2 * colWidth - gap) / 2);
  const columns = {} as AtmLayout["columns"];
  const rise = {} as AtmLayout["rise"];
  for (const c of CURRENCIES) {
    const [earlier, later, delta] = currencyPoints(data, c);
    const max = Math.max(earlier.value, later.value);
    const y = (v: number) => baseline - (v / max) * (baseline - top);
    const dollars = currencyPoints(data, "usd");
    const column = (p: ChartPoint, i: number): AtmColumn => ({
      key: p.key,
      label: p.label,
      derived: p.formula !== null,
      x: x0 + i * (colWidth + gap),
      y: y(p.value),
      width: colWidth,
      lead: qualifierLead(p),
      value: bare(p, compact),
      conversion: `(${bare(dollars[i]!, compact)})`,
    });
    const cols: [AtmColumn, AtmColumn] = [column(earlier, 0), column(later, 1)];
    columns[c] = cols;
    rise[c] = {
      key: delta.key,
      text: riseText(delta),
      conversion: `(${riseText(dollars[2])})`,
      x: cols[1].x + colWidth + 8,
      yTop: cols[1].y,
      yBottom: cols[0].y,
    };
  }
  return { width, notes, height, baseline, compact, columns, rise };
}

export function describeAtmWithdrawals(data: ChartDataset): string {
  const parts = CURRENCIES.map((c) => {
    const [earlier, later, delta] = currencyPoints(data, c);
    return (
      `In ${CURRENCY_NOTE[c].replace(/^Tenge/, "tenge")}: ${earlier.label}, ${pointValue(earlier)} (derived); ` +
      `${later.label}, ${pointValue(later)}; a rise of ${pointValue(delta)}`
    );
  });
  return `Column chart of cash withdrawn through ATMs. ${parts.join(". ")}.`;
}

/** One currency's columns, figures, labels and rise bracket, shown in that currency's states. */
function drawCurrency(frame: Frame, data: ChartDataset, layout: AtmLayout, c: Currency, hatch: string): void {
  const shown = SHOWN[c];
  const points = currencyPoints(data, c);
  const [earlier, later, delta] = points;
  const cols = layout.columns[c].map((col, i) => ({ ...col, p: [earlier, later][i]! }));
  const r = layout.rise[c];
  const role = (i: number): "earlier" | "later" => (i === 0 ? "earlier" : "later");
  const text = { textAnchor: "middle" as const, lineAnchor: "bottom" as const };
  const showAll = (el: Parameters<Parameters<typeof each>[1]>[0]) => frame.showIn(el, shown);
  const marks: Plot.Markish[] = [
    Plot.text([layout.notes[c]], {
      x: () => 0,
      y: () => 0,
      text: (d: string[]) => d.join("\n"),
      textAnchor: "start",
      lineAnchor: "top",
      lineHeight: 18 / SIZE,
      fontSize: SIZE,
      render: each([0], (el) => showAll(el).attr("style", css({ fill: cssColor("muted") }))),
    }),
    Plot.rect(cols, {
      x1: (d: (typeof cols)[number]) => d.x,
      x2: (d: (typeof cols)[number]) => d.x + d.width,
      y1: (d: (typeof cols)[number]) => d.y,
      y2: () => layout.baseline,
      render: each(cols, (el, d) => {
        const i = cols.indexOf(d);
        showAll(el);
        applyPoint(el, d.p, `${d.p.label}: ${pointValue(d.p)}${d.derived ? " (derived)" : ""}`);
        if (d.derived) el.attr("style", css({ fill: hatch, stroke: cssColor("neutral"), "stroke-width": 1 }));
        frame.focusIn(el, FOCUS[c][role(i)], d.derived ? "fade" : "bar");
      }),
    }),
    // Figures over the columns, each with its hedge above it.
    Plot.text(cols, {
      ...text,
      x: (d: (typeof cols)[number]) => d.x + d.width / 2,
      y: (d: (typeof cols)[number]) => d.y - 8 - (c === "kzt" ? 4 + SMALL : 0),
      text: "value",
      fontSize: SIZE,
      fontWeight: 700,
      render: each(cols, (el, d) =>
        frame.focusIn(showAll(el).attr("aria-hidden", "true"), FOCUS[c][role(cols.indexOf(d))], "value"),
      ),
    }),
    Plot.text(
      cols.filter((d) => d.lead),
      {
        ...text,
        x: (d: (typeof cols)[number]) => d.x + d.width / 2,
        y: (d: (typeof cols)[number]) => d.y - 8 - (c === "kzt" ? 4 + SMALL : 0) - SIZE - 2,
        text: "lead",
        fontSize: SMALL,
        render: each(
          cols.filter((d) => d.lead),
          (el) =>
            showAll(el)
              .attr("aria-hidden", "true")
              .attr("style", css({ fill: cssColor("muted") })),
        ),
      },
    ),
    Plot.text(cols, {
      ...text,
      lineAnchor: "top",
      x: (d: (typeof cols)[number]) => d.x + d.width / 2,
      y: () => layout.baseline + 6,
      text: (d: (typeof cols)[number]) => (d.derived ? `${d.label}\nderived` : d.label),
      fontSize: SIZE,
      lineHeight: 1.2,
      render: each(cols, (el, d) =>
        showAll(el)
          .attr("aria-hidden", "true")
          .attr("font-weight", d.derived ? null : 700)
          .attr("style", css({ fill: cssColor(d.derived ? "muted" : "text") })),
      ),
    }),
    // The rise: a bracket from the earlier column's top to the later one's, and a guide across.
    Plot.ruleY([r], {
      y: (d: typeof r) => d.yBottom,
      x1: () => cols[0]!.x + cols[0]!.width,
      x2: (d: typeof r) => d.x,
      strokeDasharray: "3 3",
      render: each([r], (el) => showAll(el).attr("style", css({ stroke: cssColor("muted") }))),
    }),
    Plot.ruleX([r], {
      x: (d: typeof r) => d.x,
      y1: (d: typeof r) => d.yTop,
      y2: (d: typeof r) => d.yBottom,
      render: each([r], (el) =>
        frame.focusIn(showAll(el).attr("data-key", delta.key), FOCUS[c].rise, "line"),
      ),
    }),
    Plot.text([r], {
      x: (d: typeof r) => d.x,
      y: (d: typeof r) => (d.yTop + d.yBottom) / 2,
      dx: 6,
      text: "text",
      textAnchor: "start",
      fontSize: SIZE,
      fontWeight: 700,
      render: each([r], (el) => {
        applyPoint(showAll(el), delta, `Rise: ${pointValue(delta)}`);
        frame.focusIn(el, FOCUS[c].rise, "value");
      }),
    }),
  ];
  if (c === "kzt") {
    // The dollar conversions, beneath each tenge figure: shown only where there is no switch.
    const [e, l, d] = currencyPoints(data, "usd");
    const notes = [
      {
        p: e,
        x: cols[0]!.x + cols[0]!.width / 2,
        y: cols[0]!.y - 8,
        text: cols[0]!.conversion,
        anchor: "middle",
      },
      {
        p: l,
        x: cols[1]!.x + cols[1]!.width / 2,
        y: cols[1]!.y - 8,
        text: cols[1]!.conversion,
        anchor: "middle",
      },
      { p: d, x: r.x + 6, y: (r.yTop + r.yBottom) / 2 + SIZE + 4, text: r.conversion, anchor: "start" },
    ] as const;
    for (const anchor of ["middle", "start"] as const) {
      const these = notes.filter((n) => n.anchor === anchor);
      marks.push(
        Plot.text(these, {
          x: (n: (typeof notes)[number]) => n.x,
          y: (n: (typeof notes)[number]) => n.y,
          text: "text",
          textAnchor: anchor,
          lineAnchor: "bottom",
          fontSize: SMALL,
          render: each(these, (el, n) => {
            applyPoint(frame.showIn(el, ["both"]), n.p);
            el.attr("style", css({ fill: cssColor("muted") }));
          }),
        }),
      );
    }
  }
  appendPlot(frame, marks, { x: { type: "identity" } });
}

export function atmWithdrawals(
  data: ChartDataset,
  { document, width = 640, idPrefix = "atm-withdrawals", state }: ChartOptions,
): SVGSVGElement {
  const layout = layoutAtm(data, { width });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeAtmWithdrawals(data),
    states,
    state,
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
