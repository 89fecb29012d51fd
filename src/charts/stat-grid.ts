/**
 * Big labelled figures in a grid, each on its own: for values in different units that must never
 * share an axis (a count beside a dollar amount), the way wire graphics set "key numbers".
 *
 *   statGrid(data, { document, width: 320 }, { states: ["networks", "turnover"], focus: { networks: ["networks"] } })
 *
 * A state puts some cells in focus (accent colour) and the rest in a quieter neutral; with one
 * state every value is in focus. Each cell's value is drawn twice, focused and quiet, and the
 * state machinery in frame.ts shows one of them, so switching states needs no re-render.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { formatValue } from "../lib/format.ts";
import type { Unit } from "../pipeline/types.ts";
import { fontSizes } from "../styles/tokens.ts";
import { appendText, applyPoint, createFrame, css, lineHeight, pointValue, qualifierLead } from "./frame.ts";
import { cssColor } from "../styles/tokens.ts";
import { textWidth, wrapText } from "./text.ts";
import type { ChartOptions } from "./types.ts";

export interface StatGridSpec {
  states: readonly string[];
  /** For each state, the keys of the points in focus; a state not listed puts every point in focus. */
  focus?: Readonly<Record<string, readonly string[]>>;
  /** Words after the value ("networks"), per point key. */
  suffix?: Readonly<Record<string, string>>;
}

export interface StatCell {
  key: string;
  x: number;
  y: number;
  width: number;
  lead: string;
  value: string;
  valueSize: number;
  label: string[];
  /** Baselines of the lead line, the value and the first label line. */
  leadY: number;
  valueY: number;
  labelY: number;
}

export interface StatGridLayout {
  width: number;
  height: number;
  cells: StatCell[];
}

const GAP = 24;

/** Columns by width: one on the narrowest phones, two on phones and tablets, up to three wider. */
export function statColumns(width: number, n: number): number {
  if (width < 300) return 1;
  if (width < 560 || n === 4) return Math.min(2, n);
  return Math.min(3, n);
}

/** The smallest size a key figure should be set at before the grid drops a column. */
const MIN_FIGURE = 28;

/** Fonts on readers' machines run wider than the width table's system-ui; leave this much slack. */
const SLACK = 1.15;

/** The largest size from the scale at which `text` fits `width`, never below 18px. */
function fittedSize(text: string, width: number): number {
  const sizes = [fontSizes.xxl, 34, fontSizes.xl, 24, fontSizes.lg, 18];
  return sizes.find((s) => textWidth(text, s, { bold: true }) * SLACK <= width) ?? 18;
}

/**
 * Grid geometry: equal columns, as many as fit while every value can still be set at MIN_FIGURE px
 * (fewer, bigger figures read better than many small ones); a row is as tall as its tallest cell.
 */
export function layoutStatGrid(
  points: readonly ChartPoint[],
  { width }: { width: number },
  suffix: Readonly<Record<string, string>> = {},
): StatGridLayout {
  const texts = points.map((p) =>
    [formatValue(p.value, p.unit as Unit, { iso: p.iso, compact: false }), suffix[p.key] ?? ""]
      .filter(Boolean)
      .join(" "),
  );
  const widthFor = (c: number) => (width - GAP * (c - 1)) / c;
  const maxColumns = statColumns(width, points.length);
  const candidates = Array.from({ length: maxColumns }, (_, i) => maxColumns - i);
  const columns =
    candidates.find((c) => Math.min(...texts.map((t) => fittedSize(t, widthFor(c)))) >= MIN_FIGURE) ??
    candidates.at(-1)!;
  const cellWidth = widthFor(columns);
  const drafts = points.map((p, i) => ({
    p,
    value: texts[i]!,
    valueSize: fittedSize(texts[i]!, cellWidth),
    label: wrapText(p.label, cellWidth / SLACK, fontSizes.sm),
    lead: qualifierLead(p),
  }));
  const cells: StatCell[] = [];
  let y = 0;
  for (let row = 0; row * columns < drafts.length; row++) {
    const inRow = drafts.slice(row * columns, row * columns + columns);
    const hasLead = inRow.some((d) => d.lead);
    // One size per row, the largest every value in the row fits at, so the row reads as a set.
    const valueSize = Math.min(...inRow.map((d) => d.valueSize));
    const leadY = y + 12 + fontSizes.sm;
    const valueY = (hasLead ? leadY + 4 : y + 12) + valueSize;
    const labelY = valueY + 8 + fontSizes.sm;
    const rowHeight =
      labelY - y + lineHeight(fontSizes.sm) * (Math.max(...inRow.map((d) => d.label.length)) - 1) + 8;
    inRow.forEach((d, i) =>
      cells.push({
        key: d.p.key,
        x: i * (cellWidth + GAP),
        y,
        width: cellWidth,
        lead: d.lead,
        value: d.value,
        valueSize,
        label: d.label,
        leadY,
        valueY,
        labelY,
      }),
    );
    y += rowHeight + GAP;
  }
  return { width, height: Math.ceil(y - GAP + 4), cells };
}

/** "Key figures. Networks uncovered: 81; Turnover, tenge: more than 24 billion tenge; …" */
export function describeStatGrid(data: ChartDataset): string {
  return `Key figures. ${data.points.map((p) => `${p.label}: ${pointValue(p)}`).join("; ")}.`;
}

export function statGrid(
  data: ChartDataset,
  { document, width = 640, idPrefix = data.id, state }: ChartOptions,
  spec: StatGridSpec,
): SVGSVGElement {
  const layout = layoutStatGrid(data.points, { width }, spec.suffix);
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeStatGrid(data),
    states: spec.states,
    state,
  });
  const { svg } = frame;
  const inFocus = (s: string, key: string) => !spec.focus?.[s] || spec.focus[s]!.includes(key);
  layout.cells.forEach((cell, i) => {
    const p = data.points[i]!;
    const g = applyPoint(svg.append("g").attr("class", "stat"), p);
    g.append("line")
      .attr("x1", cell.x)
      .attr("x2", cell.x + cell.width)
      .attr("y1", cell.y + 0.5)
      .attr("y2", cell.y + 0.5)
      .attr("style", css({ stroke: cssColor("rule"), "stroke-width": 1 }));
    if (cell.lead) appendText(g, cell.lead, { x: cell.x, y: cell.leadY, color: "muted" });
    const focused = spec.states.filter((s) => inFocus(s, cell.key));
    const quiet = spec.states.filter((s) => !inFocus(s, cell.key));
    for (const [states, color] of [
      [focused, "accent"],
      [quiet, "neutral"],
    ] as const) {
      if (states.length === 0) continue;
      const value = appendText(g, cell.value, {
        x: cell.x,
        y: cell.valueY,
        size: cell.valueSize,
        bold: true,
        color,
      }).attr("aria-hidden", "true");
      if (quiet.length > 0) frame.showIn(value, states);
    }
    appendText(g, cell.label, { x: cell.x, y: cell.labelY, color: "muted" }).attr("aria-hidden", "true");
  });
  return frame.node();
}
