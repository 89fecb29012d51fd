/**
 * The new rules in figures: the card top-up threshold (tenge, with the dollar conversion) and how long banks keep ATM video. States: "topup", "video".
 *
 *   rules(loadChart("rules"), { document, width: 320 })
 */
import type { ChartDataset } from "../pipeline/schema.ts";
import { describeStatGrid, statGrid } from "./stat-grid.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["topup", "video"] as const;

export const describeRules = (data: ChartDataset) => describeStatGrid(data);

export function rules(data: ChartDataset, options: ChartOptions): SVGSVGElement {
  return statGrid(data, options, {
    states,
    focus: { topup: ["topup-threshold-kzt", "topup-threshold-usd"], video: ["video-retention"] },
  });
}
