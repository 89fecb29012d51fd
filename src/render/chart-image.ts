/**
 * A chart as a picture that stands on its own: title, subtitle, the chart, notes and a credit line
 * with the source and address, in the light theme, as one SVG; and that SVG as PNG through resvg.
 * The downloads (`downloads/<id>.svg`, `.png`, `@2x.png`), the fallback for hosts without iframes
 * and each embed page's social image.
 *
 *   const image = chartImage({ title, subtitle, notes, chart: drawChart(id, { width: CHART_IMAGE_INNER }), credit });
 *   chartPng(image.svg, 2) // a PNG twice as wide as image.width
 */
import { Resvg } from "@resvg/resvg-js";
import { colors, fonts } from "../styles/tokens.ts";
import { stack, type StackedLine, type TextType } from "./furniture.ts";
import type { DrawnChart } from "./render-chart.ts";

/** Width in px of the whole image at 1x. */
export const CHART_IMAGE_WIDTH = 640;
const PAD = 24;
/** The width to draw the chart at, so it sits inside the image's padding unscaled. */
export const CHART_IMAGE_INNER = CHART_IMAGE_WIDTH - 2 * PAD;

export interface ChartImageOptions {
  title: string;
  subtitle: string;
  /** Notes as plain text (claim references already rendered). */
  notes: readonly string[];
  /** The chart, drawn CHART_IMAGE_INNER px wide. */
  chart: DrawnChart;
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

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element made in `document` with its attributes and, if given, its text. */
export function svgElement(
  document: Document,
  tag: string,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** `el` as XML, the markup of an SVG file that stands on its own. */
export function svgMarkup(el: Element): string {
  const view = el.ownerDocument.defaultView;
  if (!view) throw new Error("svgMarkup: the element's document has no window to serialize with");
  return new view.XMLSerializer().serializeToString(el);
}

/** `var(--x, fallback)` in a CSS value: the fallback, the light theme's value. */
const THEME_VAR = /var\(--[a-z0-9-]+,\s*([^()]+)\)/g;

/**
 * A copy of the chart that resvg can draw, placed at `attributes` (x, y, width): theme variables
 * resolved to their light fallbacks and the state stylesheet dropped, which resvg cannot apply (the
 * drawn state is already set by attributes and inline styles).
 */
export function flatChart(chart: SVGSVGElement, attributes: Record<string, string | number>): SVGSVGElement {
  const copy = chart.ownerDocument.importNode(chart, true);
  for (const style of copy.querySelectorAll("style")) style.remove();
  for (const el of [copy, ...copy.querySelectorAll("*")])
    for (const attr of el.attributes)
      if (attr.value.includes("var(")) attr.value = attr.value.replace(THEME_VAR, "$1");
  for (const [name, value] of Object.entries(attributes)) copy.setAttribute(name, String(value));
  return copy;
}

/** The image's type: each line centred in a box `line` px tall, its baseline raised 2 px. */
const TITLE: TextType = { size: 22, line: 28, bold: true };
const SUBTITLE: TextType = { size: 15, line: 20 };
const SMALL: TextType = { size: 13, line: 18 };
/** Space after the title, around the chart, and between the notes and the credit. */
const GAP = { title: 4, chart: 16, notes: 6 };

/**
 * The picture's text is set by whoever opens the SVG, in their own system-ui. The width table
 * (shared/text-measure.ts) has Helvetica-like metrics; DejaVu Sans, Linux's usual system-ui, runs
 * up to about 10% wider. Furniture lines wrap to this share of the width so that they fit in both.
 * Kazakh is set in DejaVu Sans everywhere (see chartPng), and its letters run wider still.
 */
const FURNITURE_MEASURE = { other: 0.9, kazakh: 1 / 1.12 };

/** Letters of the Kazakh alphabet beyond Russian's, which Liberation Sans does not draw. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** Lays out the furniture around the chart, top to bottom, and returns the standalone SVG. */
export function chartImage({
  title,
  subtitle,
  notes,
  chart,
  credit,
  lang = "en",
}: ChartImageOptions): ChartImage {
  const c = colors.light;
  const document = chart.svg.ownerDocument;
  const kazakh = KAZAKH_LETTERS.test([title, subtitle, ...notes, ...credit].join(" "));
  const room = CHART_IMAGE_INNER * FURNITURE_MEASURE[kazakh ? "kazakh" : "other"];
  const head = stack(
    [
      { text: title, type: TITLE, after: GAP.title },
      { text: subtitle, type: SUBTITLE },
    ],
    room,
  );
  const chartY = PAD + head.height + GAP.chart;
  const foot = stack(
    [
      ...notes.map((text, i) => ({ text, type: SMALL, after: i === notes.length - 1 ? GAP.notes : 0 })),
      ...credit.map((text) => ({ text, type: SMALL })),
    ],
    room,
  );
  const footY = chartY + chart.height + GAP.chart;
  const total = Math.ceil(footY + foot.height + PAD);

  const text = (y: number) => (line: StackedLine) =>
    svgElement(
      document,
      "text",
      {
        x: PAD,
        y: y + line.top + line.type.line - Math.round((line.type.line - line.type.size) / 2) - 2,
        style: `font-size:${line.type.size}px;${line.type.bold ? "font-weight:700;" : ""}fill:${line.type === TITLE ? c.text : c.muted}`,
      },
      line.text,
    );
  const root = svgElement(document, "svg", {
    width: CHART_IMAGE_WIDTH,
    height: total,
    viewBox: `0 0 ${CHART_IMAGE_WIDTH} ${total}`,
    role: "img",
    "aria-label": title,
    style: `font-family:${fonts.sans}`,
  });
  root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", lang);
  root.append(
    svgElement(document, "rect", { width: "100%", height: "100%", fill: c.bg }),
    ...head.lines.map(text(PAD)),
    // The chart is fluid: at a fixed width its percentages resolve to the positions it was laid out at.
    flatChart(chart.svg, { x: PAD, y: chartY, width: CHART_IMAGE_INNER }),
    ...foot.lines.map(text(footY)),
  );
  return { svg: `${svgMarkup(root)}\n`, width: CHART_IMAGE_WIDTH, height: total };
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
