/**
 * Where a scrolly's first step card starts on a phone: below the figure's title and its pinned
 * chart (src/styles/story.css), worked out at build time so the page needs no measuring. Heights
 * are estimated from the chart's title and subtitle wrapped at the narrowest column a drawing is
 * shown in, with the measured slack below, so they err tall: a card may start a little lower than
 * it must, never under the chart.
 *
 *   pinHeights("atm-withdrawals", { state: "kzt", switched: true }) // { narrow: 468, wide: 540 }
 */
import { DRAWINGS } from "../charts/frame.ts";
import type { Locale } from "../i18n/locales.ts";
import { space } from "../styles/tokens.ts";
import { chartHeading, FIGURE_TYPE, stack } from "./furniture.ts";
import { drawChart } from "./render-chart.ts";

/** The pin's padding, and the currency switch with its margin, on up to two lines. */
const PIN_PADDING = 16;
const SWITCH = 80;

/**
 * How much wider than the width table a figure's title (bold) and subtitle are set, by language.
 * Measured in Chromium (canvas measureText) on every chart's title and subtitle, in the widest font
 * of the page's stack that a reader may get, Debian's DejaVu Sans (Liberation and Nimbus Sans,
 * Arial's and Helvetica's metrics, set them 7-13% narrower than the table): at most 1.103 for
 * English titles and 1.048 for its subtitles, whose Latin letters the table (Plot's) sets narrow;
 * 1.059 and 1.025 for Russian and Kazakh, whose letters it has from DejaVu itself. Each has 2%
 * added. A line more than estimated still leaves the card below the chart: the card's lead space
 * (--sp-lg, 24 px) is taller than a line of the title (22.5 px) or subtitle (19.6 px).
 */
const HEAD_SLACK: Record<Locale, { title: number; subtitle: number }> = {
  en: { title: 1.12, subtitle: 1.07 },
  ru: { title: 1.08, subtitle: 1.05 },
  kk: { title: 1.08, subtitle: 1.05 },
};

export function pinHeights(
  id: string,
  o: { state: string; switched: boolean; locale?: Locale },
): { narrow: number; wide: number } {
  const locale = o.locale ?? "en";
  const { title, subtitle } = chartHeading(id, locale);
  const slack = HEAD_SLACK[locale];
  const height = ({ width }: { width: number }) => {
    // The page's stack (furniture.ts figureHead, phone type), each block at its own slack.
    const head =
      stack([{ text: title, type: FIGURE_TYPE.phoneTitle, after: space.xs }], width / slack.title).height +
      stack([{ text: subtitle, type: FIGURE_TYPE.subtitle, after: space.md }], width / slack.subtitle).height;
    const drawing = drawChart(id, { width, state: o.state, locale }).height;
    return Math.ceil(head + PIN_PADDING + (o.switched ? SWITCH : 0) + drawing);
  };
  const [narrow, wide] = DRAWINGS;
  return { narrow: height(narrow), wide: height(wide) };
}
