/**
 * Investment attracted by the AIFC as one bar split into its parts: portfolio capital and the rest.
 *
 *   aifcInvestment(loadChart("aifc-investment"), { document, width: 320 })
 *
 * The points are keyed "total", "portfolio" and "other" (the total less the portfolio share, derived,
 * so drawn hatched). The parts must add up to the total; the layout checks it.
 */
import type { ChartDataset } from "../pipeline/schema.ts";
import { formatNumber } from "../lib/format.ts";
import { cssColor, fontSizes } from "../styles/tokens.ts";
import {
  appendHatch,
  appendText,
  applyPoint,
  createFrame,
  css,
  lineHeight,
  pointByKey,
  pointValue,
} from "./frame.ts";
import { textWidth, wrapText } from "./text.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["split"] as const;

export interface InvestmentSegment {
  key: string;
  x: number;
  width: number;
  share: string;
  value: string;
  label: string[];
  derived: boolean;
  /** Baseline of the value line; the name follows below it. */
  labelY: number;
}

export interface InvestmentLayout {
  width: number;
  height: number;
  barY: number;
  barHeight: number;
  total: { value: string; label: string };
  segments: InvestmentSegment[];
  labelY: number;
}

/** Segments left to right in proportion to the total; each labelled below with value, share and name. */
export function layoutAifcInvestment(data: ChartDataset, { width }: { width: number }): InvestmentLayout {
  const total = pointByKey(data, "total");
  const parts = [pointByKey(data, "portfolio"), pointByKey(data, "other")];
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (Math.abs(sum - total.value) > 1e-6 * total.value)
    throw new Error(`aifc-investment: parts add up to ${sum}, not the total ${total.value}`);
  const barY = fontSizes.sm + 12;
  const barHeight = 36;
  let x = 0;
  const segments = parts.map((p) => {
    const w = (p.value / total.value) * width;
    const seg: InvestmentSegment = {
      key: p.key,
      x,
      width: w,
      share: `${formatNumber((p.value / total.value) * 100, 0)}%`,
      value: pointValue(p),
      label: [p.formula !== null ? `${p.label} (derived)` : p.label],
      derived: p.formula !== null,
      labelY: 0,
    };
    x += w;
    return seg;
  });
  const labelY = barY + barHeight + 8 + fontSizes.lg;
  const blockWidth = (s: InvestmentSegment) =>
    Math.max(
      textWidth(`${s.value} · ${s.share}`, fontSizes.lg, { bold: true }),
      ...s.label.map((l) => textWidth(l, fontSizes.sm)),
    ) * 1.1;
  // Side by side when the label blocks fit the width together, else one block per row.
  const sideBySide = segments.reduce((w, s) => w + blockWidth(s), 0) + 16 <= width;
  // Names wrap within their segment side by side, else across the whole width.
  for (const s of segments)
    s.label = wrapText(s.label[0]!, sideBySide ? Math.max(s.width - 8, 80) : width, fontSizes.sm);
  const blockHeight = (s: InvestmentSegment) =>
    fontSizes.lg + 6 + lineHeight(fontSizes.sm) * s.label.length + 8;
  let y = labelY;
  for (const s of segments) {
    s.labelY = y;
    if (!sideBySide) y += blockHeight(s);
  }
  const height = sideBySide
    ? labelY + Math.max(...segments.map(blockHeight)) - fontSizes.lg
    : y - fontSizes.lg;
  return {
    width,
    height,
    barY,
    barHeight,
    total: { value: pointValue(total), label: total.label },
    segments,
    labelY,
  };
}

export function describeAifcInvestment(data: ChartDataset): string {
  const layout = layoutAifcInvestment(data, { width: 640 });
  const parts = layout.segments.map((s, i) => {
    const p = pointByKey(data, s.key);
    return `${p.label}, ${s.value} (${s.share}${i === 1 && s.derived ? ", derived" : ""})`;
  });
  return `Bar split into parts. ${layout.total.label}: ${layout.total.value}; ${parts.join("; ")}.`;
}

export function aifcInvestment(
  data: ChartDataset,
  { document, width = 640, idPrefix = "aifc-investment", state }: ChartOptions,
): SVGSVGElement {
  const layout = layoutAifcInvestment(data, { width });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeAifcInvestment(data),
    states,
    state,
  });
  const { svg } = frame;
  const hatch = appendHatch(frame);
  const total = pointByKey(data, "total");
  applyPoint(svg.append("g").attr("class", "total"), total);
  appendText(svg, `${layout.total.label}: ${layout.total.value}`, { x: 0, y: fontSizes.sm, bold: true }).attr(
    "aria-hidden",
    "true",
  );
  layout.segments.forEach((seg, i) => {
    const p = pointByKey(data, seg.key);
    // The last segment's labels hang from the bar's right end, so they never run off the chart.
    const last = i === layout.segments.length - 1;
    const lx = last ? seg.x + seg.width - 2 : seg.x;
    const anchor = last ? ("end" as const) : ("start" as const);
    applyPoint(
      svg
        .append("rect")
        .attr("x", seg.x)
        .attr("y", layout.barY)
        .attr("width", Math.max(0, seg.width - 2))
        .attr("height", layout.barHeight)
        .attr(
          "style",
          css(
            seg.derived
              ? { fill: hatch, stroke: cssColor("neutral"), "stroke-width": 1 }
              : { fill: cssColor("accent") },
          ),
        ),
      p,
      `${p.label}: ${seg.value}, ${seg.share} of the total${seg.derived ? " (derived)" : ""}`,
    );
    const g = svg.append("g").attr("aria-hidden", "true");
    appendText(g, `${seg.value} · ${seg.share}`, {
      x: lx,
      anchor,
      y: seg.labelY,
      size: fontSizes.lg,
      bold: true,
      color: seg.derived ? "text" : "accent",
    });
    appendText(g, seg.label, {
      x: lx,
      anchor,
      y: seg.labelY + 6 + lineHeight(fontSizes.sm),
      color: "muted",
    });
  });
  return frame.node();
}
