/**
 * Cash withdrawn from ATMs, earlier year against later, with the rise annotated; tenge or dollars.
 *
 *   atmWithdrawals(loadChart("atm-withdrawals"), { document, width: 320, state: "usd" })
 *
 * States: "kzt" and "usd" draw the same two columns in tenge or in the articles' dollar conversions.
 * The earlier year is derived (the later total less the reported rise), so its column is hatched
 * and labelled as our calculation.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { cssColor, fontSizes } from "../styles/tokens.ts";
import {
  appendHatch,
  appendText,
  applyPoint,
  createFrame,
  css,
  pointByKey,
  pointValue,
  qualifierLead,
} from "./frame.ts";
import { textWidth } from "./text.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["kzt", "usd"] as const;
type Currency = (typeof states)[number];

const CURRENCY_NOTE: Record<Currency, string> = {
  kzt: "Tenge",
  usd: "US dollars, at one recent rate for both years",
};

export interface AtmColumn {
  key: string;
  label: string;
  derived: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The hedge ("About"), set small above the figure; "" when exact. */
  lead: string;
  value: string;
}

export interface AtmLayout {
  width: number;
  height: number;
  baseline: number;
  /** Size of the figures above the columns. */
  valueSize: number;
  columns: Record<Currency, AtmColumn[]>;
  rise: Record<Currency, { text: string; x: number; yTop: number; yBottom: number }>;
}

/** The points of one currency: earlier year, later year and the rise, by their keys in charts.json. */
export function currencyPoints(data: ChartDataset, c: Currency): [ChartPoint, ChartPoint, ChartPoint] {
  return [pointByKey(data, `2023-${c}`), pointByKey(data, `2024-${c}`), pointByKey(data, `rise-${c}`)];
}

/** Room the rise label takes beside the bracket: the widest of both currencies, so columns keep still. */
const riseRoom = (texts: string[], size: number) =>
  Math.max(...texts.map((t) => textWidth(t, size, { bold: true }))) * 1.1 + 16;

/**
 * Two columns per currency on a scale from zero; the rise is a bracket from the earlier top to the
 * later, labelled at its right. The columns leave the rise label its room at the right edge, so it
 * never runs off a phone; figures are compact below 480 px so they fit over their columns.
 */
export function layoutAtm(data: ChartDataset, { width }: { width: number }): AtmLayout {
  const full = layoutAtmWith(data, width, width < 480);
  // Compact figures ("₸12.2T") wherever a full one would overhang its column into the gap or the edge.
  const [a, b] = full.columns.kzt as [AtmColumn, AtmColumn];
  // A figure may overhang its column by the margin to the edge or half the gap to the next column.
  const overhang = Math.min(a.x, (b.x - a.x - a.width) / 2);
  const fits = states.every((c) =>
    full.columns[c].every(
      (col) => textWidth(col.value, full.valueSize, { bold: true }) * 1.1 <= col.width + 2 * overhang,
    ),
  );
  return fits ? full : layoutAtmWith(data, width, true);
}

function layoutAtmWith(data: ChartDataset, width: number, narrow: boolean): AtmLayout {
  const valueSize = width < 480 ? fontSizes.sm : fontSizes.base;
  const height = width < 480 ? 300 : 340;
  // Currency note, then the hedge line and the figure above the tallest column.
  const top = fontSizes.sm + 16 + fontSizes.xs + 4 + valueSize + 8;
  const baseline = height - 46;
  const riseTexts = states.map((c) => `+${pointValue(currencyPoints(data, c)[2], narrow)}`);
  const area = width - riseRoom(riseTexts, fontSizes.sm);
  const span = Math.min(area, 440);
  const x0 = (area - span) / 2;
  const colWidth = span * 0.38;
  const xs = [x0 + span * 0.05, x0 + span * 0.05 + colWidth + span * 0.14];
  const columns = {} as AtmLayout["columns"];
  const rise = {} as AtmLayout["rise"];
  states.forEach((c, ci) => {
    const [earlier, later] = currencyPoints(data, c);
    const max = Math.max(earlier.value, later.value);
    const y = (v: number) => baseline - (v / max) * (baseline - top);
    columns[c] = [earlier, later].map((p, i) => ({
      key: p.key,
      label: p.label,
      derived: p.formula !== null,
      x: xs[i]!,
      y: y(p.value),
      width: colWidth,
      height: baseline - y(p.value),
      lead: qualifierLead(p),
      value: pointValue({ ...p, qualifier: "exact" }, narrow),
    }));
    const [a, b] = columns[c] as [AtmColumn, AtmColumn];
    rise[c] = { text: riseTexts[ci]!, x: b.x + b.width + 8, yTop: b.y, yBottom: a.y };
  });
  return { width, height, baseline, valueSize, columns, rise };
}

export function describeAtmWithdrawals(data: ChartDataset): string {
  const parts = states.map((c) => {
    const [earlier, later, delta] = currencyPoints(data, c);
    return (
      `In ${CURRENCY_NOTE[c].toLowerCase()}: ${earlier.label}, ${pointValue(earlier)} (derived); ` +
      `${later.label}, ${pointValue(later)}; a rise of ${pointValue(delta)}`
    );
  });
  return `Column chart of cash withdrawn through ATMs. ${parts.join(". ")}.`;
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
  const { svg } = frame;
  const hatch = appendHatch(frame);

  for (const c of states) {
    const g = frame.showIn(svg.append("g").attr("class", "currency").attr("data-currency", c), [c]);
    appendText(g, CURRENCY_NOTE[c], { x: 0, y: fontSizes.sm, color: "muted" });
    const [earlier, later] = currencyPoints(data, c);
    layout.columns[c].forEach((col, i) => {
      const p = i === 0 ? earlier : later;
      applyPoint(
        g
          .append("rect")
          .attr("x", col.x)
          .attr("y", col.y)
          .attr("width", col.width)
          .attr("height", col.height)
          .attr(
            "style",
            css(
              col.derived
                ? { fill: hatch, stroke: cssColor("neutral"), "stroke-width": 1 }
                : { fill: cssColor("accent") },
            ),
          ),
        p,
        `${p.label}: ${pointValue(p)}${col.derived ? " (derived)" : ""}`,
      );
      const cx = col.x + col.width / 2;
      appendText(g, col.value, {
        x: cx,
        y: col.y - 8,
        size: layout.valueSize,
        bold: true,
        anchor: "middle",
        color: col.derived ? "text" : "accent",
      }).attr("aria-hidden", "true");
      if (col.lead)
        appendText(g, col.lead, {
          x: cx,
          y: col.y - 8 - layout.valueSize - 4,
          size: fontSizes.xs,
          anchor: "middle",
          color: "muted",
        }).attr("aria-hidden", "true");
      appendText(g, col.derived ? [col.label, "derived"] : col.label, {
        x: col.x + col.width / 2,
        y: layout.baseline + 20,
        bold: !col.derived,
        anchor: "middle",
        color: col.derived ? "muted" : "text",
      }).attr("aria-hidden", "true");
    });
    const r = layout.rise[c];
    const delta = currencyPoints(data, c)[2];
    const rise = applyPoint(g.append("g").attr("class", "annotation"), delta, `Rise: ${pointValue(delta)}`);
    const [a] = layout.columns[c];
    // A guide from the earlier column's top to the bracket, so the rise reads against it.
    rise
      .append("line")
      .attr("x1", a!.x + a!.width)
      .attr("x2", r.x)
      .attr("y1", r.yBottom)
      .attr("y2", r.yBottom)
      .attr("style", css({ stroke: cssColor("muted"), "stroke-width": 1, "stroke-dasharray": "3 3" }));
    rise
      .append("path")
      .attr("d", `M${r.x - 4},${r.yTop}H${r.x}V${r.yBottom}H${r.x - 4}`)
      .attr("style", css({ fill: "none", stroke: cssColor("text"), "stroke-width": 1 }));
    appendText(rise, r.text, {
      x: r.x + 6,
      y: (r.yTop + r.yBottom) / 2 + fontSizes.sm * 0.35,
      bold: true,
    });
  }
  svg
    .append("line")
    .attr("x1", 0)
    .attr("x2", width)
    .attr("y1", layout.baseline)
    .attr("y2", layout.baseline)
    .attr("style", css({ stroke: cssColor("text"), "stroke-width": 1 }));
  return frame.node();
}
