/**
 * Where a scrolly's first step card starts on a phone: below the figure's title and its pinned
 * chart (src/styles/story.css), worked out at build time so the page needs no measuring. The
 * column's width is cut into bands (LEAD_COLUMNS); for each, the height is estimated from the
 * chart's title and subtitle wrapped at the band's narrowest column, with the measured slack below,
 * over the drawing shown there, so it errs tall: a card may start a little lower than it must,
 * never under the chart. Bands some 40-80 px wide keep the blank band above the first card short
 * as the title and subtitle take fewer lines in a wider column.
 *
 *   pinHeights("atm-withdrawals", { state: "kzt", switched: true }) // { 268: 469, 300: 469, 340: 446, …, 480: 459, …, 760: 459 }
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

/**
 * The column widths (px) from which each lead applies, narrowest first: the first is the narrow
 * drawing's design width, the narrowest column the story is laid out for, and the wide drawing's
 * starts a band. story.css picks each band's lead, `--pin-<width>`, by a container query on the
 * scrolly's column at the same widths (tests/render/pin-heights.test.ts holds the two together).
 */
export const LEAD_COLUMNS = [268, 300, 340, 380, 420, 450, 480, 540, 600, 680, 760] as const;
/** Each band's lead in px, by the column width it starts at. */
type Leads = Record<(typeof LEAD_COLUMNS)[number], number>;

export function pinHeights(id: string, o: { state: string; switched: boolean; locale?: Locale }): Leads {
  const locale = o.locale ?? "en";
  const { title, subtitle } = chartHeading(id, locale);
  const slack = HEAD_SLACK[locale];
  // A drawing's height is the same at every width it is shown at (frame.ts: fluid across, px down).
  const drawings = new Map(
    DRAWINGS.map(({ width }) => [width, drawChart(id, { width, state: o.state, locale }).height]),
  );
  const height = (column: number) => {
    // The page's stack (furniture.ts figureHead, phone type), each block at its own slack.
    const head =
      stack([{ text: title, type: FIGURE_TYPE.phoneTitle, after: space.xs }], column / slack.title).height +
      stack([{ text: subtitle, type: FIGURE_TYPE.subtitle, after: space.md }], column / slack.subtitle)
        .height;
    // The drawing a column this wide shows (story.css .figure__svg): the widest designed to fit it.
    const shown = [...DRAWINGS].reverse().find((d) => d.width <= column) ?? DRAWINGS[0];
    return Math.ceil(head + PIN_PADDING + (o.switched ? SWITCH : 0) + drawings.get(shown.width)!);
  };
  return Object.fromEntries(LEAD_COLUMNS.map((column) => [column, height(column)])) as Leads;
}

/** The inline style that hands a scrolly's steps their leads: `--pin-268:469px;--pin-300:469px;…`. */
export const leadStyle = (heights: Leads): string =>
  Object.entries(heights)
    .map(([column, px]) => `--pin-${column}:${px}px`)
    .join(";");
