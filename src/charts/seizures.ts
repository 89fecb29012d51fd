/**
 * What was seized, frozen and recovered, as horizontal bars in small multiples: one panel per unit
 * and period (US dollars in one, USDT in another), each on its own scale, never summed or compared
 * across panels.
 *
 *   seizures(loadChart("seizures"), { document, width: 320, state: "usdt" })
 *
 * States: "crypto-seized" and "mining-seizure" put one bar in focus, "usdt" the USDT panel, "all"
 * every bar.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { fontSizes } from "../styles/tokens.ts";
import { cssColor } from "../styles/tokens.ts";
import { appendText, applyPoint, createFrame, css, lineHeight, pointValue } from "./frame.ts";
import { textWidth, wrapText } from "./text.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["crypto-seized", "mining-seizure", "usdt", "all"] as const;

/** Which points are in focus in each state. */
const FOCUS: Record<(typeof states)[number], (p: ChartPoint) => boolean> = {
  "crypto-seized": (p) => p.key === "crypto-seized",
  "mining-seizure": (p) => p.key === "mining-seizure",
  usdt: (p) => p.group === "usdt",
  all: () => true,
};

const UNIT_NAMES: Record<string, string> = {
  USD: "US dollars",
  USDT: "USDT (a dollar stablecoin)",
  KZT: "Tenge",
};

/** "US dollars, 2025", "USDT (a dollar stablecoin), undated report". */
export function panelTitle(points: readonly ChartPoint[]): string {
  const unit = UNIT_NAMES[points[0]!.unit] ?? points[0]!.unit;
  const periods = [...new Set(points.map((p) => p.period))];
  // Bars from different periods share a panel only under the unit's name; the notes date them.
  if (periods.length !== 1) return unit;
  return `${unit}, ${periods[0] === "undated" ? "undated report" : periods[0]}`;
}

export interface SeizurePanel {
  group: string;
  title: string[];
  /** Where the panel's top rule runs. */
  top: number;
  /** Baseline of the title's first line. */
  y: number;
  /** The panel's own scale: value → bar length in px. */
  max: number;
  bars: {
    key: string;
    labelLines: string[];
    labelY: number;
    barY: number;
    barWidth: number;
    value: string;
    valueX: number;
  }[];
}

export interface SeizuresLayout {
  width: number;
  height: number;
  barHeight: number;
  panels: SeizurePanel[];
}

const BAR = 18;

/** Panels in data order of their groups; within a panel, bars in data order on a scale from zero. */
export function layoutSeizures(points: readonly ChartPoint[], { width }: { width: number }): SeizuresLayout {
  const groups = [...new Set(points.map((p) => p.group ?? p.unit))];
  const panels: SeizurePanel[] = [];
  // Bars leave room at the right for the longest value label, so every value sits after its bar.
  // The room is the same in every panel, so each panel's largest bar spans the same length: that
  // says "each on its own scale" and keeps a reader from comparing bar lengths across units.
  const room =
    Math.max(...points.map((p) => textWidth(pointValue(p), fontSizes.sm, { bold: true }) * 1.15)) + 8;
  const scaleWidth = Math.max(width * 0.4, width - room);
  let y = 0;
  for (const group of groups) {
    const inGroup = points.filter((p) => (p.group ?? p.unit) === group);
    const max = Math.max(...inGroup.map((p) => p.value));
    const title = wrapText(panelTitle(inGroup).toUpperCase(), width, fontSizes.xs, { bold: true });
    // A rule across the top of each panel, then its title beneath.
    const panel: SeizurePanel = { group, title, top: y, y: y + 8 + fontSizes.sm, max, bars: [] };
    y += 8 + fontSizes.sm + lineHeight(fontSizes.xs) * (title.length - 1) + 14;
    for (const p of inGroup) {
      const labelLines = wrapText(p.label, width, fontSizes.sm);
      const labelY = y + fontSizes.sm;
      const barY = labelY + lineHeight(fontSizes.sm) * (labelLines.length - 1) + 6;
      const barWidth = Math.max(2, (p.value / max) * scaleWidth);
      const value = pointValue(p);
      panel.bars.push({ key: p.key, labelLines, labelY, barY, barWidth, value, valueX: barWidth + 6 });
      y = barY + BAR + 14;
    }
    panels.push(panel);
    y += 24;
  }
  return { width, height: Math.ceil(y - 24), barHeight: BAR, panels };
}

export function describeSeizures(data: ChartDataset): string {
  const groups = [...new Set(data.points.map((p) => p.group ?? p.unit))];
  const parts = groups.map((g) => {
    const inGroup = data.points.filter((p) => (p.group ?? p.unit) === g);
    return `${panelTitle(inGroup)}: ${inGroup.map((p) => `${p.label}, ${pointValue(p)}`).join("; ")}`;
  });
  return `Bar charts, one per unit, each on its own scale. ${parts.join(". ")}.`;
}

export function seizures(
  data: ChartDataset,
  { document, width = 640, idPrefix = "seizures", state }: ChartOptions,
): SVGSVGElement {
  const layout = layoutSeizures(data.points, { width });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeSeizures(data),
    states,
    state,
  });
  const { svg } = frame;
  for (const panel of layout.panels) {
    const g = svg.append("g").attr("class", "panel").attr("data-group", panel.group);
    g.append("line")
      .attr("x1", 0)
      .attr("x2", width)
      .attr("y1", panel.top + 0.5)
      .attr("y2", panel.top + 0.5)
      .attr("style", css({ stroke: cssColor("rule"), "stroke-width": 1 }));
    appendText(g, panel.title, {
      x: 0,
      y: panel.y,
      size: fontSizes.xs,
      bold: true,
      color: "muted",
    });
    for (const bar of panel.bars) {
      const p = data.points.find((q) => q.key === bar.key)!;
      const mark = applyPoint(g.append("g").attr("class", "bar"), p);
      appendText(mark, bar.labelLines, { x: 0, y: bar.labelY }).attr("aria-hidden", "true");
      mark
        .append("rect")
        .attr("x", 0)
        .attr("y", bar.barY)
        .attr("width", bar.barWidth)
        .attr("height", layout.barHeight)
        .attr("style", css({ fill: cssColor("neutralSoft") }));
      const focused = states.filter((s) => FOCUS[s](p));
      frame.showIn(
        mark
          .append("rect")
          .attr("x", 0)
          .attr("y", bar.barY)
          .attr("width", bar.barWidth)
          .attr("height", layout.barHeight)
          .attr("style", css({ fill: cssColor("accent") })),
        focused,
      );
      appendText(mark, bar.value, {
        x: bar.valueX,
        y: bar.barY + layout.barHeight / 2 + fontSizes.sm * 0.35,
        bold: true,
      }).attr("aria-hidden", "true");
    }
  }
  return frame.node();
}
