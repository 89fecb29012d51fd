/**
 * Where a scrolly's first step card starts on a phone: below the figure's title and its pinned
 * chart (src/styles/story.css), worked out at build time so the page needs no measuring. Heights
 * are estimated from the chart's title and subtitle wrapped at the narrowest column a drawing is
 * shown in, with the width table's slack, so they err tall: a card may start a little lower than
 * it must, never under the chart.
 *
 *   pinHeights("atm-withdrawals", { state: "kzt", switched: true }) // { narrow: 468, wide: 540 }
 */
import { SLACK } from "../charts/bar-rows.ts";
import { DRAWINGS } from "../charts/frame.ts";
import { wrapText } from "../shared/text-measure.ts";
import { chartHeight } from "./chart-image.ts";
import { loadChart } from "../data/generated.ts";
import { chartText } from "./standalone.ts";
import { renderChart } from "./render-chart.ts";

/** A phone's figure title: 18 px bold, line height 1.25; subtitle 14 px, 1.4 (story.css). */
const TITLE = { size: 18, line: 22.5, after: 4 };
const SUBTITLE = { size: 14, line: 19.6, after: 16 };
/** The pin's padding, and the currency switch with its margin, on up to two lines. */
const PIN_PADDING = 16;
const SWITCH = 80;

export function pinHeights(
  id: string,
  o: { state: string; switched: boolean },
): { narrow: number; wide: number } {
  const { title, subtitle } = loadChart(id);
  const [narrow, wide] = DRAWINGS.map(({ width }) => {
    const lines = (text: string, size: number, bold = false) =>
      text ? wrapText(chartText(text), width / SLACK, size, { bold }).length : 0;
    const head =
      lines(title, TITLE.size, true) * TITLE.line +
      TITLE.after +
      (subtitle ? lines(subtitle, SUBTITLE.size) * SUBTITLE.line + SUBTITLE.after : 0);
    const drawing = chartHeight(renderChart(id, { width, state: o.state }));
    return Math.ceil(head + PIN_PADDING + (o.switched ? SWITCH : 0) + drawing);
  }) as [number, number];
  return { narrow, wide };
}
