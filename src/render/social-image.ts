/**
 * The story's social card (1200×630 PNG): headline, the headline chart, a source line. The chart is
 * the same build-time drawing the page shows, flattened for resvg (src/render/chart-image.ts).
 *
 *   socialImage({ kicker, headline, chartTitle, chart: drawChart("shutdowns", { width: 500 }), credit })
 */
import { textWidth, wrapText } from "../shared/text-measure.ts";
import { colors, fonts } from "../styles/tokens.ts";
import { chartPng, flatChart, svgElement, svgMarkup } from "./chart-image.ts";
import type { DrawnChart } from "./render-chart.ts";

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

export function socialSvg({
  kicker,
  headline,
  chartTitle,
  chartTitleShort,
  chart,
  credit,
}: SocialOptions): string {
  const c = colors.light;
  const document = chart.svg.ownerDocument;
  const pad = 64;
  const chartWidth = 500;
  const chartX = SOCIAL_WIDTH - pad - chartWidth;
  /** A text at (x, y) set in `style`: one line, or wrapped lines as tspans each `lineHeight` below the last. */
  const text = (
    x: number,
    y: number,
    style: string,
    content: string | { lines: string[]; lineHeight: number },
  ) => {
    const el = svgElement(document, "text", { x, y, style: `font-family:${fonts.sans};${style}` });
    if (typeof content === "string") el.textContent = content;
    else
      el.append(
        ...content.lines.map((line, i) =>
          svgElement(document, "tspan", { x, dy: i === 0 ? 0 : content.lineHeight }, line),
        ),
      );
    return el;
  };
  // The chart's caption, or its shorter one where the first would run into the chart.
  const fitting = (title: string) => {
    const lines = wrapText(title, chartWidth, 22, { bold: true });
    return 120 + (lines.length - 1) * 28 + 24 <= SOCIAL_HEIGHT - 32 - chart.height ? lines : null;
  };
  const titleLines =
    fitting(chartTitle) ??
    (chartTitleShort ? fitting(chartTitleShort) : null) ??
    wrapText(chartTitleShort ?? chartTitle, chartWidth, 22, { bold: true });
  // The chart is fluid in width and fixed in height: give it the card's column as its width.
  const chartY = Math.min(120 + titleLines.length * 28, SOCIAL_HEIGHT - 32 - chart.height);
  // The kicker stays one line in the headline's column: a long one (Kazakh's) is set smaller.
  const kickerWidth = (size: number) =>
    textWidth(kicker.toUpperCase(), size, { bold: true }) * 1.1 + 2 * [...kicker].length;
  const kickerSize = Math.min(22, Math.floor(22 * ((chartX - pad - 48) / kickerWidth(22))));
  // The credit wraps within the headline's column, its last line where a one-line credit sits.
  const creditLines = wrapText(credit, chartX - pad - 24, 20);
  const root = svgElement(document, "svg", {
    width: SOCIAL_WIDTH,
    height: SOCIAL_HEIGHT,
    viewBox: `0 0 ${SOCIAL_WIDTH} ${SOCIAL_HEIGHT}`,
  });
  root.append(
    svgElement(document, "rect", { width: "100%", height: "100%", fill: c.bg }),
    svgElement(document, "rect", { x: 0, y: 0, width: SOCIAL_WIDTH, height: 10, fill: c.accent }),
    text(
      pad,
      120,
      `font-size:${kickerSize}px;font-weight:700;letter-spacing:2px;fill:${c.accent}`,
      kicker.toUpperCase(),
    ),
    text(pad, 190, `font-size:46px;font-weight:700;fill:${c.text}`, {
      lines: wrapText(headline, chartX - pad - 48, 46, { bold: true }),
      lineHeight: 54,
    }),
    text(chartX, 120, `font-size:22px;font-weight:700;fill:${c.text}`, { lines: titleLines, lineHeight: 28 }),
    flatChart(chart.svg, { x: chartX, y: chartY, width: chartWidth }),
    text(pad, SOCIAL_HEIGHT - 48 - (creditLines.length - 1) * 26, `font-size:20px;fill:${c.muted}`, {
      lines: creditLines,
      lineHeight: 26,
    }),
  );
  return svgMarkup(root);
}

export interface SocialOptions {
  kicker: string;
  headline: string;
  chartTitle: string;
  /** A shorter caption (the chart's title) for when `chartTitle` would run into the chart. */
  chartTitleShort?: string;
  /** The chart, drawn 500 px wide. */
  chart: DrawnChart;
  credit: string;
}

/**
 * The card as PNG, set in Liberation Sans like the chart images (src/render/chart-image.ts): its
 * widths are close to the table the headline is wrapped with.
 */
export const socialImage = (options: SocialOptions): Uint8Array => chartPng(socialSvg(options));
