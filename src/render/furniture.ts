/**
 * A chart's furniture: the title and subtitle above its drawing, the notes and the source line
 * below it. Its words come from here for every place that sets them, and so does its layout for the
 * places that set it without a browser: the standalone image (src/render/chart-image.ts) draws the
 * lines `stack` places, and the embed's and the pinned figure's starting heights (standalone.ts,
 * pin-heights.ts) add up the same stacks set in the page's type (story.css). The page itself sets the
 * furniture in HTML (src/components/Figure.astro), with the same source line.
 *
 *   const { title, subtitle, notes } = chartFurniture("atm-withdrawals");
 *   stack([{ text: title, type: { size: 21, line: 26, bold: true }, after: 4 }], 608).height // 30, or 56 on two lines
 */
import { recordsById } from "../data/generated.ts";
import { plainText, smartQuotes } from "../data/story-copy.ts";
import { chartDataIn } from "../i18n/chart-copy.ts";
import { chartUi } from "../i18n/chart-ui.ts";
import { plainTextIn } from "../i18n/citation.ts";
import type { Locale } from "../i18n/locales.ts";
import { wrapText } from "../shared/text-measure.ts";
import { fontSizes, space } from "../styles/tokens.ts";

/**
 * Chart copy as the figure shows it, for places that take plain text: references resolved in
 * `locale`, curly quotes in English (a translation's own quotes are «…» already).
 */
export const chartText = (text: string, locale: Locale = "en") =>
  locale === "en"
    ? smartQuotes(plainText(text, recordsById().claims))
    : plainTextIn(locale, text, recordsById().claims);

/** The chart's title and subtitle as plain text, in `locale`. */
export function chartHeading(id: string, locale: Locale = "en"): { title: string; subtitle: string } {
  const { title, subtitle } = chartDataIn(locale, id);
  return { title: chartText(title, locale), subtitle: chartText(subtitle, locale) };
}

export interface Furniture {
  title: string;
  /** "" when the chart has none. */
  subtitle: string;
  notes: string[];
  /** The figure's source line as plain text: the lead and each point's label. */
  source: string;
}

/** Chart `id`'s furniture as plain text, in `locale`. */
export function chartFurniture(id: string, locale: Locale = "en"): Furniture {
  const data = chartDataIn(locale, id);
  return {
    ...chartHeading(id, locale),
    notes: data.notes.map((n) => chartText(n, locale)),
    source: `${chartUi(locale).figure.source} ${data.points.map((p) => p.label).join(" · ")}`,
  };
}

/** How text is set: font size and line height in px, and its weight. */
export interface TextType {
  size: number;
  line: number;
  bold?: boolean;
}

/** A block of text in a stack, and the space in px after it. */
export interface StackBlock {
  text: string;
  type: TextType;
  after?: number;
}

/**
 * The figure's type on the page (story.css: .figure__title, .figure__subtitle, .figure__notes), for
 * the heights worked out before a browser sets it. On a phone the title is set smaller.
 */
export const FIGURE_TYPE = {
  title: { size: fontSizes.lg, line: fontSizes.lg * 1.25, bold: true },
  phoneTitle: { size: fontSizes.base, line: fontSizes.base * 1.25, bold: true },
  subtitle: { size: fontSizes.sm, line: fontSizes.sm * 1.4 },
  /** Notes and the source line. */
  small: { size: fontSizes.xs, line: fontSizes.xs * 1.5 },
} as const satisfies Record<string, TextType>;

/** The figure's title and subtitle as the page stacks them in a column `width` px wide. */
export function figureHead(
  { title, subtitle }: { title: string; subtitle: string },
  width: number,
  { phone = false } = {},
): { lines: StackedLine[]; height: number } {
  return stack(
    [
      { text: title, type: phone ? FIGURE_TYPE.phoneTitle : FIGURE_TYPE.title, after: space.xs },
      { text: subtitle, type: FIGURE_TYPE.subtitle, after: space.md },
    ],
    width,
  );
}

export interface StackedLine {
  text: string;
  type: TextType;
  /** The top of the line's box, from the top of the stack. */
  top: number;
}

/**
 * Blocks of text set one below the other, each wrapped to `width` by the charts' width table: the
 * lines with their tops, and the stack's height. An empty block takes no room, its space after
 * included.
 */
export function stack(
  blocks: readonly StackBlock[],
  width: number,
): { lines: StackedLine[]; height: number } {
  const lines: StackedLine[] = [];
  let height = 0;
  for (const { text, type, after = 0 } of blocks) {
    if (!text) continue;
    for (const line of wrapText(text, width, type.size, { bold: type.bold === true })) {
      lines.push({ text: line, type, top: height });
      height += type.line;
    }
    height += after;
  }
  return { lines, height };
}
