/**
 * Cash-out networks uncovered and the money they handled, in tenge and in the articles' dollar conversion. States: "networks", "turnover".
 *
 *   cashoutNetworks(loadChart("cashout-networks"), { document, width: 320 })
 */
import type { ChartDataset } from "../pipeline/schema.ts";
import { describeStatGrid, statGrid } from "./stat-grid.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["networks", "turnover"] as const;

export const describeCashoutNetworks = (data: ChartDataset) => describeStatGrid(data);

export function cashoutNetworks(data: ChartDataset, options: ChartOptions): SVGSVGElement {
  return statGrid(data, options, {
    states,
    focus: { networks: ["networks"], turnover: ["turnover-kzt", "turnover-usd"] },
  });
}
