/**
 * The licensed market: its trading volume, users and vetted assets, each a figure standing alone
 * with its date (no two share a unit), and the disputed count of licensed platforms, the two
 * sources' counts as bars on one scale.
 *
 *   aifcMarket(loadChart("aifc-market"), { document, width: 268, state: "register" })
 *
 * Points in the group "platforms" are the bars; every other point is a figure. States: "volume",
 * "users" (users, providers and the Green List) and "register" follow the story's steps; "all" is
 * the complete picture.
 */
import type { ChartDataset, ChartPoint } from "../pipeline/schema.ts";
import { drawBarRows, layoutBarRows, type BarRowsLayout } from "./bar-rows.ts";
import { drawFigures, layoutFigures, type FiguresLayout } from "./figures.ts";
import { createFrame, pointValue, qualifierLead } from "./frame.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["volume", "users", "register", "all"] as const;

/** The step state that puts each point in focus, by key. */
const STEP: Record<string, string> = {
  volume: "volume",
  users: "users",
  providers: "users",
  "green-list": "users",
  register: "register",
};

const HEADING = "Licensed crypto platforms, two counts";
const isPlatforms = (p: ChartPoint) => p.group === "platforms";

/** "2025"; "latest count"; "undated report". */
const when = (p: ChartPoint) =>
  p.period === "undated" ? "undated report" : p.period === "latest" ? "latest count" : p.period;

export interface AifcMarketLayout {
  width: number;
  height: number;
  figures: FiguresLayout;
  bars: BarRowsLayout;
}

export function layoutAifcMarket(data: ChartDataset, { width }: { width: number }): AifcMarketLayout {
  const figures = layoutFigures(
    data.points
      .filter((p) => !isPlatforms(p))
      .map((p) => ({
        key: p.key,
        label: `${p.label}, ${when(p)}`,
        lead: qualifierLead(p),
        value: pointValue({ ...p, qualifier: "exact" }),
      })),
    { width },
  );
  const bars = layoutBarRows(
    data.points.filter(isPlatforms).map((p, i) => ({
      key: p.key,
      value: p.value,
      valueText: pointValue(p),
      labels: [{ text: `${p.label}, ${when(p)}` }],
      ...(i === 0 ? { heading: HEADING } : {}),
    })),
    { width, top: figures.height + 18 },
  );
  return { width, height: bars.height, figures, bars };
}

export function describeAifcMarket(data: ChartDataset): string {
  return `Key figures of the licensed market. ${data.points.map((p) => `${p.label}, ${when(p)}: ${pointValue(p)}`).join("; ")}.`;
}

export function aifcMarket(
  data: ChartDataset,
  { document, width = 640, idPrefix = "aifc-market", state }: ChartOptions,
): SVGSVGElement {
  const layout = layoutAifcMarket(data, { width });
  const frame = createFrame(document, {
    width,
    height: layout.height,
    idPrefix,
    title: data.title,
    description: describeAifcMarket(data),
    states,
    state,
  });
  const focus = (key: string) => states.filter((s) => s === "all" || STEP[key] === s);
  drawFigures(frame, layout.figures, {
    focus,
    data,
  });
  drawBarRows(frame, layout.bars, {
    max: Math.max(...data.points.filter(isPlatforms).map((p) => p.value)),
    focus,
    data,
  });
  return frame.node();
}
