/**
 * The licensed market: trading volume in dollars apart from the counts (users, licensed providers, Green List assets), so no two units share an axis. States: "volume", "users", "providers".
 *
 *   aifcMarket(loadChart("aifc-market"), { document, width: 320 })
 */
import type { ChartDataset } from "../pipeline/schema.ts";
import { describeStatGrid, statGrid } from "./stat-grid.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["volume", "users", "providers"] as const;

export const describeAifcMarket = (data: ChartDataset) => describeStatGrid(data);

export function aifcMarket(data: ChartDataset, options: ChartOptions): SVGSVGElement {
  return statGrid(data, options, {
    states,
    focus: { volume: ["volume"], users: ["users"], providers: ["providers", "green-list"] },
  });
}
