/**
 * The story's social card (1200×630 PNG): headline, the headline chart, a source line. The chart is
 * the same build-time SVG the page shows, flattened for resvg: theme variables resolved to their
 * light fallbacks and state styles dropped (the drawn state is already set by attributes).
 *
 *   socialImage({ kicker, headline, chartTitle, chartSvg: renderChart("shutdowns", { width: 500 }), credit })
 */
import { escapeMarkup } from "../shared/markup.ts";
import { textWidth, wrapText } from "../shared/text-measure.ts";
import { colors, fonts as tokenFonts } from "../styles/tokens.ts";
import { chartPng, flattenSvg } from "./chart-image.ts";

// Quotes inside a style attribute would end it.
const fonts = { sans: tokenFonts.sans.replace(/"/g, "'") };

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

const chartHeightOf = (svg: string) => Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1] ?? 0);

export function socialSvg({
  kicker,
  headline,
  chartTitle,
  chartTitleShort,
  chartSvg,
  credit,
}: SocialOptions): string {
  const c = colors.light;
  const pad = 64;
  const chartWidth = 500;
  const chartX = SOCIAL_WIDTH - pad - chartWidth;
  const lines = wrapText(headline, chartX - pad - 48, 46, { bold: true });
  const headlineSvg = lines
    .map((l, i) => `<tspan x="${pad}" dy="${i === 0 ? 0 : 54}">${escapeMarkup(l)}</tspan>`)
    .join("");
  // The chart's caption, or its shorter one where the first would run into the chart.
  const fitting = (title: string) => {
    const lines = wrapText(title, chartWidth, 22, { bold: true });
    return 120 + (lines.length - 1) * 28 + 24 <= SOCIAL_HEIGHT - 32 - chartHeightOf(chartSvg) ? lines : null;
  };
  const titleLines =
    fitting(chartTitle) ??
    (chartTitleShort ? fitting(chartTitleShort) : null) ??
    wrapText(chartTitleShort ?? chartTitle, chartWidth, 22, { bold: true });
  const titleSvg = titleLines
    .map((l, i) => `<tspan x="${chartX}" dy="${i === 0 ? 0 : 28}">${escapeMarkup(l)}</tspan>`)
    .join("");
  // The chart is fluid in width and fixed in height: give it the card's column as its width.
  const chartHeight = chartHeightOf(chartSvg);
  const chartY = Math.min(120 + titleLines.length * 28, SOCIAL_HEIGHT - 32 - chartHeight);
  const chart = flattenSvg(chartSvg)
    .replace(/^<svg/, `<svg x="${chartX}" y="${chartY}"`)
    .replace(/ width="100%"/, ` width="${chartWidth}"`);
  // The kicker stays one line in the headline's column: a long one (Kazakh's) is set smaller.
  const kickerWidth = (size: number) =>
    textWidth(kicker.toUpperCase(), size, { bold: true }) * 1.1 + 2 * [...kicker].length;
  const kickerSize = Math.min(22, Math.floor(22 * ((chartX - pad - 48) / kickerWidth(22))));
  // The credit wraps within the headline's column, its last line where a one-line credit sits.
  const creditLines = wrapText(credit, chartX - pad - 24, 20);
  const creditSvg = creditLines
    .map((l, i) => `<tspan x="${pad}" dy="${i === 0 ? 0 : 26}">${escapeMarkup(l)}</tspan>`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}" viewBox="0 0 ${SOCIAL_WIDTH} ${SOCIAL_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${c.bg}"/>` +
    `<rect x="0" y="0" width="${SOCIAL_WIDTH}" height="10" fill="${c.accent}"/>` +
    `<text x="${pad}" y="120" style="font-family:${fonts.sans};font-size:${kickerSize}px;font-weight:700;letter-spacing:2px;fill:${c.accent}">${escapeMarkup(kicker.toUpperCase())}</text>` +
    `<text x="${pad}" y="190" style="font-family:${fonts.sans};font-size:46px;font-weight:700;fill:${c.text}">${headlineSvg}</text>` +
    `<text x="${chartX}" y="120" style="font-family:${fonts.sans};font-size:22px;font-weight:700;fill:${c.text}">${titleSvg}</text>` +
    chart +
    `<text x="${pad}" y="${SOCIAL_HEIGHT - 48 - (creditLines.length - 1) * 26}" style="font-family:${fonts.sans};font-size:20px;fill:${c.muted}">${creditSvg}</text>` +
    `</svg>`
  );
}

export interface SocialOptions {
  kicker: string;
  headline: string;
  chartTitle: string;
  /** A shorter caption (the chart's title) for when `chartTitle` would run into the chart. */
  chartTitleShort?: string;
  /** The chart's SVG markup, drawn 500 px wide. */
  chartSvg: string;
  credit: string;
}

/**
 * The card as PNG, set in Liberation Sans like the chart images (src/render/chart-image.ts): its
 * widths are close to the table the headline is wrapped with.
 */
export const socialImage = (options: SocialOptions): Uint8Array => chartPng(socialSvg(options));
