/**
 * The dated events in the sources on a vertical time axis, drawn with Observable Plot at build time
 * (a static chart with no scroll behaviour of its own), inside the same accessible frame as every
 * other chart. Vertical, so long event labels wrap beside their dates on a phone.
 *
 *   timeline(loadChart("timeline"), { document, width: 320, state: "digital-tenge" })
 *
 * States: one per event key, putting that event in focus.
 */
import * as Plot from "@observablehq/plot";
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { cssColor, fonts, fontSizes } from "../styles/tokens.ts";
import { applyPoint, createFrame, css, pointValue } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["china-ban", "digital-tenge", "legislation"] as const;

export interface TimelineEvent {
  key: string;
  date: Date;
  when: string;
  label: string;
}

/** A point's date: a `year` value is its first of January, a `date` its ISO day (or month's first). */
export function eventDate(p: ChartPoint): Date {
  if (p.unit === "year") return new Date(Date.UTC(p.value, 0, 1));
  if (p.unit === "date" && p.iso) {
    const [y, m, d] = p.iso.split("-").map(Number);
    return new Date(Date.UTC(y!, m! - 1, d ?? 1));
  }
  throw new Error(`timeline point "${p.key}" is not a year or a date (${p.unit})`);
}

export function timelineEvents(data: ChartDataset): TimelineEvent[] {
  return data.points
    .map((p) => ({ key: p.key, date: eventDate(p), when: pointValue(p), label: p.label }))
    .sort((a, b) => +a.date - +b.date);
}

export function describeTimeline(data: ChartDataset): string {
  return `Timeline. ${timelineEvents(data)
    .map((e) => `${e.when}: ${e.label}`)
    .join("; ")}.`;
}

export function timeline(
  data: ChartDataset,
  { document, width = 640, idPrefix = "timeline", state }: ChartOptions,
): SVGSVGElement {
  const events = timelineEvents(data);
  const height = Math.max(260, events.length * 96);
  const first = events[0]!.date;
  const last = events.at(-1)!.date;
  const plot = Plot.plot({
    document,
    width,
    height,
    marginLeft: 12,
    marginRight: 8,
    marginTop: 28,
    // Room under the last event for its label (two lines on a phone); the line stops at that event.
    marginBottom: 48,
    style: { fontFamily: fonts.sans, fontSize: `${fontSizes.sm}px`, background: "none", overflow: "visible" },
    x: { domain: [0, 1], axis: null },
    y: {
      type: "utc",
      reverse: true,
      domain: [new Date(Date.UTC(first.getUTCFullYear(), 0, 1)), last],
      axis: null,
    },
    marks: [
      Plot.ruleX([0], { stroke: cssColor("rule"), strokeWidth: 2 }),
      Plot.dot(events, {
        x: () => 0,
        y: "date",
        r: 6,
        fill: cssColor("neutral"),
        stroke: cssColor("bg"),
        strokeWidth: 2,
      }),
      Plot.text(events, {
        x: () => 0,
        y: "date",
        text: "when",
        dx: 18,
        dy: -10,
        textAnchor: "start",
        fontWeight: 700,
        fontSize: fontSizes.sm,
        fill: cssColor("text"),
      }),
      Plot.text(events, {
        x: () => 0,
        y: "date",
        text: "label",
        dx: 18,
        dy: 10,
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: 1.25,
        // In ems of the font size; Plot's own width estimate runs narrower than real glyphs, so leave slack.
        lineWidth: Math.max(10, ((width - 60) / fontSizes.sm) * 0.85),
        fontSize: fontSizes.sm,
        fill: cssColor("muted"),
      }),
    ],
  }) as unknown as SVGSVGElement & { scale: (name: string) => { apply: (v: unknown) => number } };

  const frame = createFrame(document, {
    width,
    height,
    idPrefix,
    title: data.title,
    description: describeTimeline(data),
    states,
    state,
  });
  // Plot's drawing moves into a group of the frame (keeping Plot's class, which its stylesheet
  // targets): a nested <svg> would get Plot's max-width rule and shrink inside the frame, and a
  // second root would be a second image for screen readers.
  const g = frame.svg
    .append("g")
    .attr("class", plot.getAttribute("class"))
    .attr("aria-hidden", "true")
    .attr("fill", "currentColor");
  for (const attr of ["font-family", "font-size", "text-anchor"]) {
    const v = plot.getAttribute(attr);
    if (v !== null) g.attr(attr, v);
  }
  g.attr("style", plot.getAttribute("style"));
  while (plot.firstChild) g.node()!.appendChild(plot.firstChild);
  const x = plot.scale("x");
  const y = plot.scale("y");
  for (const e of events) {
    const p = data.points.find((q) => q.key === e.key)!;
    // The event in focus: an accent dot inside a ring, so it stands out without a second label.
    const focus = frame.showIn(frame.svg.append("g").attr("class", "focus"), [e.key]);
    focus
      .append("circle")
      .attr("cx", x.apply(0))
      .attr("cy", y.apply(e.date))
      .attr("r", 11)
      .attr("style", css({ fill: "none", stroke: cssColor("accent"), "stroke-width": 1.5 }));
    applyPoint(
      focus
        .append("circle")
        .attr("cx", x.apply(0))
        .attr("cy", y.apply(e.date))
        .attr("r", 7)
        .attr("style", css({ fill: cssColor("accent"), stroke: cssColor("bg"), "stroke-width": 2 })),
      p,
      `${e.when}: ${e.label}`,
    );
  }
  return frame.node();
}
