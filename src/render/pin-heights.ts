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
import type { Locale } from "../i18n/locales.ts";
import { chartHeading, figureHead } from "./furniture.ts";
import { drawChart } from "./render-chart.ts";

/** The pin's padding, and the currency switch with its margin, on up to two lines. */
const PIN_PADDING = 16;
const SWITCH = 80;

export function pinHeights(
  id: string,
  o: { state: string; switched: boolean; locale?: Locale },
): { narrow: number; wide: number } {
  const locale = o.locale ?? "en";
  const heading = chartHeading(id, locale);
  const height = ({ width }: { width: number }) => {
    const head = figureHead(heading, width / SLACK, { phone: true });
    const drawing = drawChart(id, { width, state: o.state, locale }).height;
    return Math.ceil(head.height + PIN_PADDING + (o.switched ? SWITCH : 0) + drawing);
  };
  const [narrow, wide] = DRAWINGS;
  return { narrow: height(narrow), wide: height(wide) };
}
