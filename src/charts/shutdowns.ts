/**
 * Exchangers shut down, one year against the next, with the growth multiple annotated.
 *
 *   shutdowns(loadChart("shutdowns"), { document, width: 320, state: "2024" })
 *
 * States: "2024" shows the earlier year, the later one a faint ghost; "2025" shows both and the
 * multiple ("3.6×"), computed from the data.
 */
import { scaleBand } from "d3";
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { formatNumber } from "../lib/format.ts";
import { cssColor, fontSizes } from "../styles/tokens.ts";
import { appendText, applyPoint, createFrame, css, pointValue } from "./frame.ts";
import { textWidth } from "./text.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["2024", "2025"] as const;

/** What the counts are of, for labels and the description. */
const NOUN = "exchangers closed";

export interface ShutdownsLayout {
  width: number;
  height: number;
  baseline: number;
  bars: { key: string; label: string; x: number; y: number; width: number; height: number }[];
  /** The later value as a multiple of the earlier, and where its annotation goes. */
  growth: { multiple: number; text: string; x: number; y: number; arrow: string };
}

/** "3.6×", "about 3.6×" when either count is hedged. */
export function growthText(earlier: ChartPoint, later: ChartPoint): { multiple: number; text: string } {
  const multiple = later.value / earlier.value;
  const hedged = earlier.qualifier !== "exact" || later.qualifier !== "exact";
  return { multiple, text: `${hedged ? "about " : ""}${formatNumber(multiple, 1)}×` };
}

/**
 * Two columns, centred, on one scale from zero. The growth label sits above the earlier column and
 * an arrow curves from it to the top of the later one.
 */
export function layoutShutdowns(
  points: readonly ChartPoint[],
  { width }: { width: number },
): ShutdownsLayout {
  const [earlier, later] = points as [ChartPoint, ChartPoint];
  const height = width < 480 ? 280 : 320;
  const baseline = height - 32;
  const plotTop = 40;
  const max = Math.max(earlier.value, later.value);
  const y = (v: number) => baseline - (v / max) * (baseline - plotTop);
  const span = Math.min(width, 440);
  const x0 = (width - span) / 2;
  const band = scaleBand<number>()
    .domain([0, 1])
    .range([x0, x0 + span])
    .paddingInner(0.4)
    .paddingOuter(0.1);
  const bars = [earlier, later].map((p, i) => ({
    key: p.key,
    label: p.label,
    x: band(i)!,
    y: y(p.value),
    width: band.bandwidth(),
    height: baseline - y(p.value),
  }));
  const [a, b] = bars as [(typeof bars)[0], (typeof bars)[0]];
  const { multiple, text } = growthText(earlier, later);
  // Label baseline: above the earlier value label, with room for "as many" beneath it.
  const labelY = Math.max(plotTop + fontSizes.xl, a.y - 8 - fontSizes.base - 40);
  const labelX = a.x;
  const start = { x: labelX + textWidth(text, fontSizes.xl, { bold: true }) + 6, y: labelY - 10 };
  const end = { x: b.x - 6, y: b.y + Math.min(24, b.height / 4) };
  const control = { x: end.x - 8, y: start.y };
  const arrow = `M${start.x},${start.y}Q${control.x},${control.y} ${end.x},${end.y}`;
  return { width, height, baseline, bars, growth: { multiple, text, x: labelX, y: labelY, arrow } };
}

export function describeShutdowns(data: ChartDataset): string {
  const [earlier, later] = data.points as [ChartPoint, ChartPoint];
  const { text } = growthText(earlier, later);
  return (
    `Bar chart. ${earlier.label}: ${pointValue(earlier)} ${NOUN}; ` +
    `${later.label}: ${pointValue(later)} ${NOUN}, ${text.replace("×", " times")} as many.`
  );
}

export function shutdowns(
  data: ChartDataset,
  { document, width = 640, idPrefix = "shutdowns", state }: ChartOptions,
): SVGSVGElement {
  if (data.points.length !== 2) throw new Error(`shutdowns expects two points, got ${data.points.length}`);
  const layout = layoutShutdowns(data.points, { width });
  const [earlier, later] = data.points as [ChartPoint, ChartPoint];
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeShutdowns(data),
    states,
    state,
  });
  const { svg } = frame;
  const [a, b] = layout.bars as [ShutdownsLayout["bars"][0], ShutdownsLayout["bars"][0]];
  const arrowId = frame.uid();

  svg
    .append("defs")
    .append("marker")
    .attr("id", arrowId)
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 8)
    .attr("refY", 5)
    .attr("markerWidth", 7)
    .attr("markerHeight", 7)
    .attr("orient", "auto-start-reverse")
    .append("path")
    .attr("d", "M0,1L9,5L0,9z")
    .attr("style", css({ fill: cssColor("accent") }));

  const marks = svg.append("g").attr("class", "marks");
  // The later year as a faint outline while the story is still on the earlier one.
  frame.showIn(
    marks
      .append("rect")
      .attr("class", "ghost")
      .attr("aria-hidden", "true")
      .attr("x", b.x)
      .attr("y", b.y)
      .attr("width", b.width)
      .attr("height", b.height)
      .attr("style", css({ fill: cssColor("neutralSoft"), opacity: 0.35 })),
    ["2024"],
  );
  applyPoint(
    marks
      .append("rect")
      .attr("x", a.x)
      .attr("y", a.y)
      .attr("width", a.width)
      .attr("height", a.height)
      .attr("style", css({ fill: cssColor("neutral") })),
    earlier,
    `${earlier.label}: ${pointValue(earlier)} ${NOUN}`,
  );
  frame.showIn(
    applyPoint(
      marks
        .append("rect")
        .attr("x", b.x)
        .attr("y", b.y)
        .attr("width", b.width)
        .attr("height", b.height)
        .attr("style", css({ fill: cssColor("accent") })),
      later,
      `${later.label}: ${pointValue(later)} ${NOUN}`,
    ),
    ["2025"],
  );

  svg
    .append("line")
    .attr("x1", 0)
    .attr("x2", width)
    .attr("y1", layout.baseline)
    .attr("y2", layout.baseline)
    .attr("style", css({ stroke: cssColor("text"), "stroke-width": 1 }));

  const labels = svg.append("g").attr("class", "labels");
  for (const [bar, p, color] of [
    [a, earlier, "neutral"],
    [b, later, "accent"],
  ] as const) {
    const cx = bar.x + bar.width / 2;
    const value = appendText(labels, pointValue(p), {
      x: cx,
      y: bar.y - 8,
      size: fontSizes.base,
      bold: true,
      color: color === "accent" ? "accent" : "text",
      anchor: "middle",
    }).attr("data-key", p.key);
    if (p === later) frame.showIn(value, ["2025"]);
    appendText(labels, p.label, { x: cx, y: layout.baseline + 22, bold: true, anchor: "middle" });
  }

  const growth = frame.showIn(svg.append("g").attr("class", "annotation").attr("data-key", "growth"), [
    "2025",
  ]);
  growth
    .append("path")
    .attr("d", layout.growth.arrow)
    .attr("marker-end", `url(#${arrowId})`)
    .attr("style", css({ fill: "none", stroke: cssColor("accent"), "stroke-width": 1.5 }));
  appendText(growth, layout.growth.text, {
    x: layout.growth.x,
    y: layout.growth.y,
    size: fontSizes.xl,
    bold: true,
    color: "accent",
  });
  appendText(growth, `as many in ${later.label}`, {
    x: layout.growth.x,
    y: layout.growth.y + 20,
    color: "muted",
  });
  return frame.node();
}
