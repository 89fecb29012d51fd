/**
 * Shell firms deregistered, the false transactions linked to them and their value: three figures in three units, each on its own.
 *
 *   shellFirms(loadChart("shell-firms"), { document, width: 320 })
 */
import type { ChartDataset } from "../pipeline/schema.ts";
import { describeStatGrid, statGrid } from "./stat-grid.ts";
import type { ChartOptions } from "./types.ts";

export const states = ["all"] as const;

export const describeShellFirms = (data: ChartDataset) => describeStatGrid(data);

export function shellFirms(data: ChartDataset, options: ChartOptions): SVGSVGElement {
  return statGrid(data, options, { states, focus: {} });
}
