/**
 * Labelled horizontal bars on one scale, in groups under small headings: the layout several charts
 * share (exchangers shut, seizures, money moved, thresholds, licensed platforms). Each row is a
 * label above its bar and the value just past the bar's end, or inside it where it would not fit
 * after it; labels wrap to the full width, so they never collide with a bar.
 *
 *   const layout = layoutBarRows(rows, { width: 268 });
 *   drawBarRows(frame, layout, { max: 130, focus: (key) => ["2025"] });
 *
 * A row may hold several label lines of its own (each its own text, so each can stand for a data
 * point: "81 networks uncovered" above the money they handled).
 */
import * as Plot from "@observablehq/plot";
import { cssColor, fontSizes } from "../styles/tokens.ts";
import type { ChartDataset } from "../pipeline/schema.ts";
import {
  applyPoint,
  css,
  each,
  appendPlot,
  pointByKey,
  pointLabel,
  type Frame,
  type RoleName,
  type Sel,
} from "./frame.ts";
import { textWidth, wrapText } from "../shared/text-measure.ts";

/** Fonts on readers' machines (and Debian's DejaVu Sans) run wider than the width table: slack. */
export const SLACK = 1.18;
/** Bar thickness: the wide drawing, shown on desktops beside the steps, is set a little roomier. */
export const barHeight = (width: number) => (width >= 480 ? 24 : 18);
/** Space between a bar and the next row's label. */
const rowGap = (width: number) => (width >= 480 ? 22 : 12);
const LABEL = fontSizes.sm;
const LINE = 18;
const HEADING = fontSizes.xs;

export interface BarRowLabel {
  text: string;
  /** The data point this line stands for, if any (a count set in the label). */
  key?: string;
  bold?: boolean;
}

export interface BarRowInput {
  key: string;
  value: number;
  valueText: string;
  /**
   * A shorter form of the value ("$100 млн-нан астам" for "100 млн доллардан астам"), set where the
   * full one fits neither after the bar nor inside it.
   */
  compactText?: string;
  labels: readonly BarRowLabel[];
  /** Starts a group under this heading. */
  heading?: string;
}

export interface BarRow {
  key: string;
  value: number;
  valueText: string;
  compactText: string | undefined;
  /** Each label's lines, and the top of its first line. */
  labels: { text: string; key: string | undefined; bold: boolean; lines: string[]; y: number }[];
  /** Top of the bar. */
  barY: number;
  /** Vertical centre of the bar, where its value sits. */
  midY: number;
}

/** A small heading in capitals with a rule above it: its lines, the top of the first, where the rule runs. */
export interface Heading {
  lines: string[];
  y: number;
  rule: number;
}

/** A heading whose rule runs at `y`; returns it and the y below it. */
export function layoutHeading(text: string, width: number, y: number): { heading: Heading; bottom: number } {
  const lines = wrapText(text.toUpperCase(), width / SLACK, HEADING, { bold: true });
  return {
    heading: { lines, y: y + 8, rule: y },
    bottom: y + 8 + lines.length * Math.round(HEADING * 1.25) + 8,
  };
}

/** Plot marks for headings: muted capitals under a rule. */
export function headingMarks(headings: readonly Heading[]): Plot.Markish[] {
  return [
    Plot.text(headings, {
      x: () => 0,
      y: (h: Heading) => h.y,
      text: (h: Heading) => h.lines.join("\n"),
      textAnchor: "start",
      lineAnchor: "top",
      lineHeight: 1.25,
      fontSize: HEADING,
      fontWeight: 700,
      render: each(headings, (el) =>
        el.attr("aria-hidden", "true").attr("style", css({ fill: cssColor("muted") })),
      ),
    }),
    Plot.ruleY(headings, {
      y: (h: Heading) => h.rule + 0.5,
      render: each(headings, (el) => el.attr("style", css({ stroke: cssColor("rule") }))),
    }),
  ];
}

export interface BarRowsLayout {
  width: number;
  height: number;
  /** Length in px of a bar at the scale's maximum. */
  scaleWidth: number;
  bar: number;
  headings: Heading[];
  rows: BarRow[];
}

/** Rows top to bottom from `top`; headings get a rule above them. Pure: positions only. */
export function layoutBarRows(
  inputs: readonly BarRowInput[],
  { width, top = 0 }: { width: number; top?: number },
): BarRowsLayout {
  const scaleWidth = width - 2;
  const headings: BarRowsLayout["headings"] = [];
  const rows: BarRow[] = [];
  let y = top;
  for (const [i, input] of inputs.entries()) {
    if (input.heading) {
      if (i > 0) y += 10;
      const { heading, bottom } = layoutHeading(input.heading, width, y);
      headings.push(heading);
      y = bottom;
    }
    const labels = input.labels.map((l) => {
      const lines = wrapText(l.text, width / SLACK, LABEL, { bold: l.bold ?? false });
      const label = { text: l.text, key: l.key, bold: l.bold ?? false, lines, y };
      y += lines.length * LINE;
      return label;
    });
    const barY = y + 4;
    rows.push({
      key: input.key,
      value: input.value,
      valueText: input.valueText,
      compactText: input.compactText,
      labels,
      barY,
      midY: barY + barHeight(width) / 2,
    });
    y = barY + barHeight(width) + rowGap(width);
  }
  return {
    width,
    height: Math.ceil(y - rowGap(width) + 2),
    scaleWidth,
    bar: barHeight(width),
    headings,
    rows,
  };
}

/** Room a value takes beside or inside a bar, with its 6 px gap. */
const valueRoom = (text: string) => textWidth(text, LABEL, { bold: true }) * SLACK + 6;

/**
 * Where a bar's value goes at the design width: after the bar when it fits there, else inside the
 * bar's end. Either stays true at every wider width, where bars and the room after them both grow.
 */
export function valuePlacement(
  row: Pick<BarRow, "value" | "valueText">,
  max: number,
  layout: Pick<BarRowsLayout, "width" | "scaleWidth">,
): "after" | "inside" {
  const end = (Math.min(row.value, max) / max) * layout.scaleWidth;
  return end + valueRoom(row.valueText) <= layout.width ? "after" : "inside";
}

/**
 * The row's value as set at the design width: in full where it fits after the bar or inside it,
 * else in its compact form when the row has one (a long hedged Kazakh figure beside a short bar).
 */
export function fittedValue(
  row: Pick<BarRow, "value" | "valueText" | "compactText">,
  max: number,
  layout: Pick<BarRowsLayout, "width" | "scaleWidth">,
): string {
  const end = (Math.min(row.value, max) / max) * layout.scaleWidth;
  const fits = valuePlacement(row, max, layout) === "after" || valueRoom(row.valueText) <= end;
  return fits || row.compactText === undefined ? row.valueText : row.compactText;
}

export interface DrawBarRowsOptions {
  /**
   * The dataset whose points the rows draw (row keys and label keys are point keys): each bar, and
   * each label line that stands for a point of its own, carries that point's key and name.
   */
  data: ChartDataset;
  /** The scale's maximum: a bar of this value is `scaleWidth` long. Longer bars are cut, with a break. */
  max: number;
  /** The states in which a row's key (or a label line's key) is emphasised. */
  focus: (key: string) => readonly string[];
  /** The states the bars and values are drawn in (for a chart drawn at two scales); all when absent. */
  states?: readonly string[];
  /** Draw the labels and headings (once per chart when bars are drawn at two scales). */
  labels?: boolean;
  /** A different look for some bars (a hatch for derived values); the bar role otherwise. */
  fill?: (row: BarRow) => string | null;
}

/** Draws the layout's headings, labels, bars and values with Plot marks. */
export function drawBarRows(frame: Frame, layout: BarRowsLayout, o: DrawBarRowsOptions): void {
  const cut = (v: number) => Math.min(v, o.max);
  const rowsSet = layout.rows.map((r) => ({ ...r, valueText: fittedValue(r, o.max, layout) }));
  const shown = (sel: Sel) => (o.states ? frame.showIn(sel, o.states) : sel);
  const focus = (sel: Sel, key: string, role: RoleName) => frame.focusIn(sel, o.focus(key), role);
  const marks: Plot.Markish[] = [
    Plot.rect(layout.rows, {
      x1: () => 0,
      x2: (r: BarRow) => cut(r.value),
      y1: (r: BarRow) => r.barY,
      y2: (r: BarRow) => r.barY + layout.bar,
      render: each(layout.rows, (el, r) => {
        shown(el);
        const fill = o.fill?.(r);
        if (fill) el.attr("style", css({ fill, stroke: cssColor("neutral"), "stroke-width": 1 }));
        focus(el, r.key, fill ? "fade" : "bar");
        const p = pointByKey(o.data, r.key);
        applyPoint(el, p, pointLabel(p, frame.locale));
      }),
    }),
    ...(["after", "inside"] as const).map((place) => {
      const rows = rowsSet.filter((r) => valuePlacement(r, o.max, layout) === place);
      return Plot.text(rows, {
        x: (r: BarRow) => cut(r.value),
        y: (r: BarRow) => r.midY,
        text: "valueText",
        dx: place === "after" ? 6 : -6,
        textAnchor: place === "after" ? "start" : "end",
        fontWeight: 700,
        fontSize: LABEL,
        render: each(rows, (el, r) => {
          el.attr("aria-hidden", "true");
          focus(shown(el), r.key, place === "after" ? "value" : "inside");
        }),
      });
    }),
  ];
  // A bar longer than the scale is cut short with a break: two gaps in the colour of the page, a
  // quarter of the way along, clear of the value set inside the bar's end.
  const broken = layout.rows.filter((r) => r.value > o.max);
  for (const dx of [-3, 2])
    marks.push(
      Plot.ruleX(broken, {
        x: () => o.max / 4,
        y1: (r: BarRow) => r.barY - 1,
        y2: (r: BarRow) => r.barY + layout.bar + 1,
        dx,
        strokeWidth: 2,
        render: each(broken, (el) => {
          el.attr("aria-hidden", "true").attr("style", css({ stroke: cssColor("bg") }));
          shown(el);
        }),
      }),
    );
  if (o.labels !== false) {
    const lines = layout.rows.flatMap((r) => r.labels.map((l) => ({ ...l, row: r.key })));
    marks.push(
      Plot.text(lines, {
        x: () => 0,
        y: (l: (typeof lines)[number]) => l.y,
        text: (l: (typeof lines)[number]) => l.lines.join("\n"),
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE / LABEL,
        fontSize: LABEL,
        render: each(lines, (el, l) => {
          el.attr("aria-hidden", "true");
          if (l.bold) el.attr("font-weight", 700);
          // A line that stands for a data point of its own (a count) takes the accent when in focus.
          focus(el, l.key ?? l.row, l.key ? "accent" : "value");
          if (l.key) {
            const p = pointByKey(o.data, l.key);
            applyPoint(el, p, pointLabel(p, frame.locale));
          }
        }),
      }),
      ...headingMarks(layout.headings),
    );
  }
  appendPlot(frame, marks, { x: { domain: [0, o.max], range: [0, layout.scaleWidth] } });
}
