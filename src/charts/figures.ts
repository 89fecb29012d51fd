/**
 * Figures that stand alone: a value that shares no scale with anything else in its chart (a trading
 * volume beside a count of users), set big, all at one size, under a short label. Rows fill left to
 * right as far as the width allows, so a phone stacks what a wide screen sets side by side.
 *
 *   const layout = layoutFigures(items, { width: 268, top: 0 });
 *   drawFigures(frame, layout, { focus: (key) => ["volume"] });
 */
import * as Plot from "@observablehq/plot";
import { cssColor, fontSizes } from "../styles/tokens.ts";
import { headingMarks, layoutHeading, SLACK, type Heading } from "./bar-rows.ts";
import type { ChartDataset } from "../pipeline/schema.ts";
import { appendPlot, applyPoint, css, each, pointByKey, pointLabel, type Frame } from "./frame.ts";
import { textWidth, wrapText } from "../shared/text-measure.ts";

/** The one size every standalone figure is set at. */
export const FIGURE_SIZE = fontSizes.lg;
const LABEL = fontSizes.sm;
const LINE = 18;
const LEAD = fontSizes.xs;
/**
 * Between figures side by side: the wide drawing's 24 px; the narrow one's 16 px, which on a phone
 * lets a short figure share a row whose labels would otherwise stack or wrap into a tall column.
 */
const columnGapAt = (width: number) => (width >= 480 ? 24 : 16);
const MIN_COLUMN = 110;

export interface FigureInput {
  key: string;
  label: string;
  /** The hedge ("More than"), set small above the figure; "" when exact or written after the number. */
  lead: string;
  value: string;
}

export interface PlacedFigure extends FigureInput {
  x: number;
  width: number;
  labelLines: string[];
  /** Tops of the label, the hedge and the figure. */
  labelY: number;
  leadY: number;
  valueY: number;
}

export interface FiguresLayout {
  height: number;
  headings: Heading[];
  figures: PlacedFigure[];
}

/** Greedy rows; each figure as wide as its value needs (at least MIN_COLUMN); the last in a row takes what is left. */
export function layoutFigures(
  items: readonly FigureInput[],
  { width, top = 0, heading }: { width: number; top?: number; heading?: string },
): FiguresLayout {
  const need = (f: FigureInput) =>
    Math.min(width, Math.max(MIN_COLUMN, textWidth(f.value, FIGURE_SIZE, { bold: true }) * SLACK));
  const columnGap = columnGapAt(width);
  const rows: FigureInput[][] = [];
  let used = Infinity;
  for (const f of items) {
    if (used + columnGap + need(f) > width) {
      rows.push([]);
      used = -columnGap;
    }
    rows.at(-1)!.push(f);
    used += columnGap + need(f);
  }
  // The wide drawing, shown beside the steps on desktops, leaves more room under each row.
  const gap = width >= 480 ? 24 : 14;
  const figures: PlacedFigure[] = [];
  const headings: Heading[] = [];
  let y = top;
  if (heading) {
    const h = layoutHeading(heading, width, y);
    headings.push(h.heading);
    y = h.bottom;
  }
  for (const row of rows) {
    let x = 0;
    const placed = row.map((f, i) => {
      const w = i === row.length - 1 ? width - x : need(f);
      const p = {
        ...f,
        x,
        width: w,
        labelLines: wrapText(f.label, w / SLACK, LABEL),
        labelY: y,
        leadY: 0,
        valueY: 0,
      };
      x += w + columnGap;
      return p;
    });
    const labelHeight = Math.max(...placed.map((p) => p.labelLines.length)) * LINE;
    const hasLead = placed.some((p) => p.lead);
    for (const p of placed) {
      p.leadY = y + labelHeight + 2;
      p.valueY = p.leadY + (hasLead ? LEAD + 4 : 0);
    }
    figures.push(...placed);
    y = placed[0]!.valueY + FIGURE_SIZE + 6 + gap;
  }
  return { height: Math.ceil(y - gap), headings, figures };
}

export interface DrawFiguresOptions {
  /** The states in which a figure is emphasised. */
  focus: (key: string) => readonly string[];
  /** The dataset whose points the figures are: each value carries its point's key and name. */
  data: ChartDataset;
}

export function drawFigures(frame: Frame, layout: FiguresLayout, o: DrawFiguresOptions): void {
  const { figures } = layout;
  const leads = figures.filter((f) => f.lead);
  const top = { x: (f: PlacedFigure) => f.x, textAnchor: "start" as const, lineAnchor: "top" as const };
  appendPlot(
    frame,
    [
      ...headingMarks(layout.headings),
      Plot.text(figures, {
        ...top,
        y: (f: PlacedFigure) => f.labelY,
        text: (f: PlacedFigure) => f.labelLines.join("\n"),
        fontSize: LABEL,
        lineHeight: LINE / LABEL,
        render: each(figures, (el, f) =>
          frame.focusIn(el.attr("aria-hidden", "true"), o.focus(f.key), "value"),
        ),
      }),
      Plot.text(leads, {
        ...top,
        y: (f: PlacedFigure) => f.leadY,
        text: "lead",
        fontSize: LEAD,
        render: each(leads, (el) =>
          el.attr("aria-hidden", "true").attr("style", css({ fill: cssColor("muted") })),
        ),
      }),
      Plot.text(figures, {
        ...top,
        y: (f: PlacedFigure) => f.valueY,
        text: "value",
        fontSize: FIGURE_SIZE,
        fontWeight: 700,
        render: each(figures, (el, f) => {
          frame.focusIn(el, o.focus(f.key), "accent");
          const p = pointByKey(o.data, f.key);
          applyPoint(el, p, pointLabel(p, frame.locale));
        }),
      }),
    ],
    { x: { type: "identity" } },
  );
}
