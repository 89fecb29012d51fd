/**
 * Investment attracted by the AIFC as one bar split into its parts: portfolio capital and the rest.
 *
 *   aifcInvestment(loadChart("aifc-investment"), { document, width: 268 })
 *
 * The points are keyed "total", "portfolio" and "other" (the total less the portfolio share, derived,
 * so drawn hatched). The parts must add up to the total; the layout checks it.
 */
import * as Plot from "@observablehq/plot";
import type { ChartDataset } from "../pipeline/schema.ts";
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
  pointByKey,
  pointLabel,
  pointValue,
} from "./frame.ts";
import { textWidth, wrapText } from "../shared/text-measure.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["split"] as const;

const SIZE = fontSizes.sm;
const LINE = 18;

/** The chart's own words in each language: the mark of a derived part and the description's opening. */
const COPY: Record<Locale, { derived: string; kind: string }> = {
  en: { derived: "derived", kind: "Bar split into parts." },
  ru: { derived: "расчёт", kind: "Столбец, разделённый на части." },
  kk: { derived: "есептелген", kind: "Бөліктерге бөлінген бағана." },
};

export interface InvestmentSegment {
  key: string;
  /** The part's value: Plot stacks the parts along the total. */
  amount: number;
  value: string;
  label: string[];
  derived: boolean;
  /** Where its labels hang from: the bar's start, or (the last, side by side) the bar's end. */
  anchor: "start" | "end";
  /** Top of the value line; the name follows below it. */
  labelY: number;
}

export interface InvestmentLayout {
  width: number;
  height: number;
  barY: number;
  barHeight: number;
  total: string;
  segments: InvestmentSegment[];
}

/** The parts' labels below the bar: side by side where both fit, else one under the other. */
export function layoutAifcInvestment(
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): InvestmentLayout {
  const total = pointByKey(data, "total");
  const parts = [pointByKey(data, "portfolio"), pointByKey(data, "other")];
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (Math.abs(sum - total.value) > 1e-6 * total.value)
    throw new Error(`aifc-investment: parts add up to ${sum}, not the total ${total.value}`);
  const totalText = `${total.label}, ${total.period}: ${pointValue(total, false, locale)}`;
  const barY = LINE * wrapText(totalText, width / SLACK, SIZE, { bold: true }).length + 6;
  const barHeight = 32;
  const names = parts.map((p) => (p.formula !== null ? `${p.label} (${COPY[locale].derived})` : p.label));
  const blockWidth = (i: number) =>
    Math.max(
      textWidth(pointValue(parts[i]!, false, locale), SIZE, { bold: true }),
      textWidth(names[i]!, SIZE),
    ) * SLACK;
  // Side by side when both label blocks fit the width together, else one under the other.
  const sideBySide = blockWidth(0) + blockWidth(1) + 16 <= width;
  let y = barY + barHeight + 8;
  const segments = parts.map((p, i) => {
    const last = i === parts.length - 1;
    const label = wrapText(names[i]!, (sideBySide ? width / 2 : width) / SLACK, SIZE);
    const seg: InvestmentSegment = {
      key: p.key,
      amount: p.value,
      value: pointValue(p, false, locale),
      label,
      derived: p.formula !== null,
      anchor: sideBySide && last ? "end" : "start",
      labelY: y,
    };
    if (!sideBySide) y += LINE * (1 + label.length) + 8;
    return seg;
  });
  const height = sideBySide ? y + LINE * (1 + Math.max(...segments.map((s) => s.label.length))) : y - 8;
  return { width, height: Math.ceil(height), barY, barHeight, total: totalText, segments };
}

export function describeAifcInvestment(data: ChartDataset, locale: Locale = "en"): string {
  const t = COPY[locale];
  const total = pointByKey(data, "total");
  const parts = ["portfolio", "other"].map((k) => {
    const p = pointByKey(data, k);
    return `${p.label}, ${pointValue(p, false, locale)}${p.formula !== null ? ` (${t.derived})` : ""}`;
  });
  return `${t.kind} ${total.label}: ${pointValue(total, false, locale)}; ${parts.join("; ")}.`;
}

export function aifcInvestment(
  data: ChartDataset,
  { document, width = 640, idPrefix = "aifc-investment", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const layout = layoutAifcInvestment(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeAifcInvestment(data, locale),
    states,
    state,
    locale,
  });
  const hatch = appendHatch(frame);
  const { segments } = layout;
  const total = pointByKey(data, "total");
  // Labels hang from the bar's start, or the last from its end, on the bar's own scale.
  const text = {
    x: (s: InvestmentSegment) => (s.anchor === "end" ? total.value : 0),
    lineAnchor: "top" as const,
    fontSize: SIZE,
  };
  const byAnchor = (a: "start" | "end") => segments.filter((s) => s.anchor === a);
  appendPlot(
    frame,
    [
      Plot.text([layout.total], {
        x: () => 0,
        y: () => 0,
        text: (d: string) => wrapText(d, width / SLACK, SIZE, { bold: true }).join("\n"),
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE / SIZE,
        fontSize: SIZE,
        fontWeight: 700,
        render: each([0], (el) =>
          applyPoint(el.attr("style", css({ fill: cssColor("text") })), total, pointLabel(total, locale)),
        ),
      }),
      // The parts stacked left to right along the total, a 2 px gap after each.
      Plot.rectX(
        segments,
        Plot.stackX({
          x: "amount",
          y1: () => layout.barY,
          y2: () => layout.barY + layout.barHeight,
          insetRight: 2,
          render: each(segments, (el, s) => {
            const p = pointByKey(data, s.key);
            applyPoint(el, p, `${p.label}: ${s.value}${s.derived ? ` (${COPY[locale].derived})` : ""}`).attr(
              "style",
              css(
                s.derived
                  ? { fill: hatch, stroke: cssColor("neutral"), "stroke-width": 1 }
                  : { fill: cssColor("accent") },
              ),
            );
          }),
        }),
      ),
      ...(["start", "end"] as const).flatMap((a) => [
        Plot.text(byAnchor(a), {
          ...text,
          y: (s: InvestmentSegment) => s.labelY,
          text: "value",
          textAnchor: a,
          fontWeight: 700,
          render: each(byAnchor(a), (el, s) =>
            el
              .attr("aria-hidden", "true")
              .attr("style", css({ fill: cssColor(s.derived ? "text" : "accent") })),
          ),
        }),
        Plot.text(byAnchor(a), {
          ...text,
          y: (s: InvestmentSegment) => s.labelY + LINE,
          text: (s: InvestmentSegment) => s.label.join("\n"),
          textAnchor: a,
          lineHeight: LINE / SIZE,
          render: each(byAnchor(a), (el) =>
            el.attr("aria-hidden", "true").attr("style", css({ fill: cssColor("muted") })),
          ),
        }),
      ]),
    ],
    { x: { domain: [0, total.value], range: [0, width] } },
  );
  return frame.node();
}
