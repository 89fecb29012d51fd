/**
 * The story's door to the chart renderer, src/lib/render-chart.ts (the charts work owns it). It is
 * loaded through a glob so the page still builds, with a visible placeholder in each figure, in a
 * checkout where that module has not landed yet; the build tests reject placeholders, so a release
 * cannot ship one. Once the renderer is in every checkout this becomes a plain re-export.
 *
 *   chartStatesOf("shutdowns") // ["2024", "2025"], or null while nothing draws it
 */

/** The renderer's API, as src/lib/render-chart.ts documents it. */
export interface ChartRenderer {
  renderChart(id: string, options?: { width?: number; state?: string; idPrefix?: string }): string;
  chartStates(id: string): readonly string[];
  chartDescription(id: string): string;
}

const modules = import.meta.glob<ChartRenderer>("./render-chart.ts", { eager: true });
const renderer: ChartRenderer | undefined = modules["./render-chart.ts"];

/** A chart's states, the first its default; null when no module draws it yet. */
export function chartStatesOf(id: string): readonly string[] | null {
  if (!renderer) return null;
  try {
    return renderer.chartStates(id);
  } catch {
    return null;
  }
}

function need(): ChartRenderer {
  if (!renderer) throw new Error("src/lib/render-chart.ts is missing: no chart can be drawn");
  return renderer;
}

export const renderChart: ChartRenderer["renderChart"] = (id, options) => need().renderChart(id, options);
export const chartDescription: ChartRenderer["chartDescription"] = (id) => need().chartDescription(id);
