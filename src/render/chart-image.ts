/**
 * A chart as a picture that stands on its own: title, subtitle, the chart, notes and a credit line
 * with the source and address, in the light theme, as one SVG; and that SVG as PNG through resvg.
 * The downloads (`downloads/<id>.svg`, `.png`, `@2x.png`), the fallback for hosts without iframes
 * and each embed page's social image.
 *
 *   const image = chartImage({ title, subtitle, notes, chartSvg: renderChart(id, { width: CHART_IMAGE_INNER }), credit });
 *   chartPng(image.svg, 2) // a PNG twice as wide as image.width
 */
import { Resvg } from "@resvg/resvg-js";
import { escapeMarkup } from "../shared/markup.ts";
import { wrapText } from "../shared/text-measure.ts";
import { colors, fonts } from "../styles/tokens.ts";

/** Width in px of the whole image at 1x. */
export const CHART_IMAGE_WIDTH = 640;
const PAD = 24;
/** The width to draw the chart at, so it sits inside the image's padding unscaled. */
export const CHART_IMAGE_INNER = CHART_IMAGE_WIDTH - 2 * PAD;

/** The height in px of a rendered chart: its drawing is fluid in width, fixed in height. */
export function chartHeight(svg: string): number {
  const m = /^<svg[^>]* height="([\d.]+)"/.exec(svg);
  if (!m) throw new Error("chartHeight: the chart SVG has no height");
  return Number(m[1]);
}

export interface ChartImageOptions {
  title: string;
  subtitle: string;
  /** Notes as plain text (claim references already rendered). */
  notes: readonly string[];
  /** The chart's SVG markup, drawn CHART_IMAGE_INNER px wide. */
  chartSvg: string;
  /** Closing lines: where the numbers come from, who made the chart, its address. */
  credit: readonly string[];
  /** The picture's language, for its `xml:lang`; English unless given. */
  lang?: string;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

// Double quotes inside a style attribute would end it.
const sans = fonts.sans.replace(/"/g, "'");

/** Resolves `var(--x, fallback)` to `fallback` and drops <style> blocks, which resvg cannot apply. */
export function flattenSvg(svg: string): string {
  return svg.replace(/var\(--[a-z0-9-]+,\s*([^)]+)\)/g, "$1").replace(/<style[^>]*>[\s\S]*?<\/style>/g, "");
}

/** Letters of the Kazakh alphabet beyond Russian's, which Liberation Sans does not draw. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** Lays out the furniture around the chart, top to bottom, and returns the standalone SVG. */
export function chartImage({
  title,
  subtitle,
  notes,
  chartSvg,
  credit,
  lang = "en",
}: ChartImageOptions): ChartImage {
  const c = colors.light;
  const parts: string[] = [];
  let y = PAD;
  // Kazakh is set in DejaVu Sans (see chartPng), which runs wider than the width table: wrap shorter.
  const kazakh = KAZAKH_LETTERS.test([title, subtitle, ...notes, ...credit].join(" "));
  const room = kazakh ? CHART_IMAGE_INNER / 1.12 : CHART_IMAGE_INNER;
  const block = (text: string, size: number, lineHeight: number, color: string, bold = false) => {
    for (const line of wrapText(text, room, size, { bold })) {
      y += lineHeight;
      const weight = bold ? "font-weight:700;" : "";
      parts.push(
        `<text x="${PAD}" y="${y - Math.round((lineHeight - size) / 2) - 2}" style="font-size:${size}px;${weight}fill:${color}">${escapeMarkup(line)}</text>`,
      );
    }
  };
  block(title, 22, 28, c.text, true);
  y += 4;
  if (subtitle) block(subtitle, 15, 20, c.muted);
  y += 16;

  // The chart is fluid: at a fixed width its percentages resolve to the positions it was laid out at.
  const height = chartHeight(chartSvg);
  parts.push(
    flattenSvg(chartSvg)
      .replace(/^<svg/, `<svg x="${PAD}" y="${y}"`)
      .replace(/ width="100%"/, ` width="${CHART_IMAGE_INNER}"`),
  );
  y += height + 16;

  for (const note of notes) block(note, 13, 18, c.muted);
  if (notes.length) y += 6;
  for (const line of credit) block(line, 13, 18, c.muted);
  y += PAD;

  const total = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_IMAGE_WIDTH}" height="${total}" ` +
    `viewBox="0 0 ${CHART_IMAGE_WIDTH} ${total}" role="img" aria-label="${escapeMarkup(title)}" ` +
    `xml:lang="${escapeMarkup(lang)}" ` +
    `style="font-family:${sans}">` +
    `<rect width="100%" height="100%" fill="${c.bg}"/>` +
    parts.join("") +
    `</svg>\n`;
  return { svg, width: CHART_IMAGE_WIDTH, height: total };
}

/**
 * The image as PNG at `scale` (1 or 2). Liberation Sans stands in for the system sans-serif: its
 * widths match Arial's, close to the table the charts lay out their labels with. It has Cyrillic
 * but not the Kazakh letters, for which resvg would fall back glyph by glyph to a serif face: a
 * picture with Kazakh text is set in DejaVu Sans, the face the table's Cyrillic widths come from.
 */
export function chartPng(svg: string, scale = 1): Uint8Array {
  const family = KAZAKH_LETTERS.test(svg) ? "DejaVu Sans" : "Liberation Sans";
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: family,
      sansSerifFamily: family,
    },
  });
  return resvg.render().asPng();
}
