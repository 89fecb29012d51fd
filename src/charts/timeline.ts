/**
 * The dated events in the sources on a vertical time axis, drawn with Observable Plot marks:
 * vertical, so long event labels wrap beside their dates on a phone. Events sit at their dates on
 * one time scale, stretched where needed so no label runs into the next event.
 *
 *   timeline(loadChart("timeline"), { document, width: 268, state: "digital-tenge" })
 *
 * States: one per event key, putting that event in focus, and "all".
 */
import * as Plot from "@observablehq/plot";
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { cssColor, fontSizes } from "../styles/tokens.ts";
import { SLACK } from "./bar-rows.ts";
import { appendPlot, applyPoint, createFrame, css, each, pointByKey, pointValue } from "./frame.ts";
import { wrapText } from "../shared/text-measure.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["china-ban", "digital-tenge", "legislation", "all"] as const;

const SIZE = fontSizes.sm;
const LINE = 18;
/** Where the axis runs and where the labels start, in px from the left at every width. */
const AXIS_X = 8;
const TEXT_X = 28;

export interface TimelineEvent {
  key: string;
  date: Date;
  when: string;
  label: string;
}

export interface PlacedEvent extends TimelineEvent {
  /** The label's lines. */
  lines: string[];
}

export interface TimelineLayout {
  height: number;
  events: PlacedEvent[];
  /** The time scale, top to bottom: Plot's y scale, on which each event's dot sits at its date. */
  y: { type: "utc"; domain: [Date, Date]; range: [number, number] };
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

/** "ноябрь 2023 года" set on its own, as a heading: "Ноябрь 2023 года". */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The description's opening in each language. */
const KIND: Record<Locale, string> = { en: "Timeline.", ru: "Хронология.", kk: "Хронология." };

export function timelineEvents(data: ChartDataset, locale: Locale = "en"): TimelineEvent[] {
  return data.points
    .map((p) => ({
      key: p.key,
      date: eventDate(p),
      when: capitalise(pointValue(p, false, locale)),
      label: p.label,
    }))
    .sort((a, b) => +a.date - +b.date);
}

/**
 * Events top to bottom on one time scale. The scale is as long as the tightest pair of events needs
 * for the earlier one's date and label to clear the later one.
 */
export function layoutTimeline(
  data: ChartDataset,
  { width, locale = "en" }: { width: number; locale?: Locale },
): TimelineLayout {
  const events = timelineEvents(data, locale).map((e) => ({
    ...e,
    lines: wrapText(e.label, (width - TEXT_X) / SLACK, SIZE),
  }));
  const top = 12;
  const block = (e: { lines: string[] }) => 10 + e.lines.length * LINE + LINE;
  const [first, last] = [events[0]!.date, events.at(-1)!.date];
  const [t0, t1] = [+first, +last];
  // On the wide drawing, beside the steps on desktops, the time axis takes at least this much room.
  let span = width >= 480 ? 240 : 0;
  for (let i = 0; i + 1 < events.length; i++) {
    const share = (+events[i + 1]!.date - +events[i]!.date) / (t1 - t0 || 1);
    span = Math.max(span, block(events[i]!) / Math.max(share, 1e-3));
  }
  return {
    height: Math.ceil(top + span + block(events.at(-1)!) - LINE + 4),
    events,
    y: { type: "utc", domain: [first, last], range: [top, top + span] },
  };
}

export function describeTimeline(data: ChartDataset, locale: Locale = "en"): string {
  return `${KIND[locale]} ${timelineEvents(data, locale)
    .map((e) => `${e.when}: ${e.label}`)
    .join("; ")}.`;
}

export function timeline(
  data: ChartDataset,
  { document, width = 640, idPrefix = "timeline", state, locale = "en" }: ChartOptions,
): SVGSVGElement {
  const { height, events, y } = layoutTimeline(data, { width, locale });
  const frame = createFrame(document, {
    width,
    height,
    idPrefix,
    title: data.title,
    description: describeTimeline(data, locale),
    states,
    state,
    locale,
  });
  const focus = (e: PlacedEvent) => states.filter((s) => s === e.key || s === "all");
  const g = appendPlot(
    frame,
    [
      Plot.ruleX([AXIS_X], {
        y1: () => events[0]!.date,
        y2: () => events.at(-1)!.date,
        strokeWidth: 2,
        render: each([0], (el) => el.attr("style", css({ stroke: cssColor("rule") }))),
      }),
      // The event in focus gets a ring, so it stands out without a second label.
      Plot.dot(events, {
        x: () => AXIS_X,
        y: "date",
        r: 10,
        render: each(events, (el, e) =>
          frame
            .showIn(el, focus(e))
            .attr("style", css({ fill: "none", stroke: cssColor("accent"), "stroke-width": 1.5 })),
        ),
      }),
      Plot.dot(events, {
        x: () => AXIS_X,
        y: "date",
        r: 6,
        render: each(events, (el, e) => {
          const p = pointByKey(data, e.key);
          applyPoint(el, p, `${e.when}: ${e.label}`).attr(
            "style",
            css({ stroke: cssColor("bg"), "stroke-width": 2 }),
          );
          frame.focusIn(el, focus(e), "bar");
        }),
      }),
      Plot.text(events, {
        x: () => TEXT_X,
        y: "date",
        text: "when",
        textAnchor: "start",
        fontSize: SIZE,
        fontWeight: 700,
        render: each(events, (el, e) => frame.focusIn(el.attr("aria-hidden", "true"), focus(e), "value")),
      }),
      Plot.text(events, {
        x: () => TEXT_X,
        y: "date",
        dy: 12,
        text: (e: PlacedEvent) => e.lines.join("\n"),
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE / SIZE,
        fontSize: SIZE,
        render: each(events, (el, e) => frame.focusIn(el.attr("aria-hidden", "true"), focus(e), "value")),
      }),
    ],
    { x: { type: "identity" }, y },
  );
  // The axis and labels keep their px offsets from the left at every width: nothing here scales.
  g.setAttribute("data-fixed", "");
  return frame.node();
}
