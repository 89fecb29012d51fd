/**
 * Charts as SVG strings at build time: loads the generated dataset, draws it with its module on a
 * JSDOM document, and returns the markup for a page to inline.
 *
 *   renderChart("shutdowns", { width: 320, state: "2024", idPrefix: "story-shutdowns" })
 *   drawChart("shutdowns", { width: 500 }) // { svg: <svg> element, height: 339 }
 *   chartStates("atm-withdrawals") // ["kzt", "usd"]
 *   chartDescription("shutdowns")  // "Bar chart. 2024: 36 exchangers closed; …"
 *   completeState("seizures")      // "all": every value labelled, the state printed and embedded
 */
import { JSDOM } from "jsdom";
import { chartEntry } from "../charts/index.ts";
import { chartDataIn } from "../i18n/chart-copy.ts";
import type { Locale } from "../i18n/locales.ts";

export interface RenderChartOptions {
  /** Drawing width in px (the SVG's viewBox and max-width); 640 unless given. */
  width?: number;
  /** The state drawn initially; the chart's first state unless given. */
  state?: string;
  /** Prefix for every id in the SVG; the dataset id unless given. Use distinct ones per page. */
  idPrefix?: string;
  /** The chart's language: its dataset's words (src/i18n/chart-copy.ts) and its own. English unless given. */
  locale?: Locale;
}

/** A chart drawn at build time: its SVG element and its height in px, fixed by its layout. */
export interface DrawnChart {
  svg: SVGSVGElement;
  height: number;
}

let dom: JSDOM | undefined;
// One document serves every render: charts only create detached nodes in it.
const document = () => (dom ??= new JSDOM("<!doctype html><html><body></body></html>")).window.document;

/**
 * The finished chart for dataset `id` as an element of the build's document, with the height its
 * layout gave it: for pictures that place it (chart images, the social card) and heights that add it.
 */
export function drawChart(id: string, options: RenderChartOptions = {}): DrawnChart {
  const { fn } = chartEntry(id);
  const locale = options.locale ?? "en";
  const svg = fn(chartDataIn(locale, id), {
    document: document(),
    width: options.width ?? 640,
    idPrefix: options.idPrefix ?? id,
    locale,
    ...(options.state !== undefined ? { state: options.state } : {}),
  });
  // The frame sets the height its chart's layout asked for (src/charts/frame.ts); only x is fluid.
  return { svg, height: Number(svg.getAttribute("height")) };
}

/** The finished SVG for dataset `id`, as markup for a page to inline. */
export const renderChart = (id: string, options: RenderChartOptions = {}): string =>
  // JSDOM serialises as HTML, where a no-break space (which holds a Russian or Kazakh value
  // together) is "&nbsp;": an entity XML does not know, so SVG files and resvg would reject it.
  drawChart(id, options).svg.outerHTML.replaceAll("&nbsp;", "\u00a0");

/** The chart's complete picture, every value labelled: its last state, the one print shows. */
export const completeState = (id: string): string => chartEntry(id).states.at(-1)!;

/** The named states chart `id` can show, the first its default. */
export function chartStates(id: string): readonly string[] {
  return chartEntry(id).states;
}

/** The chart's written description in `locale`, generated from its data (the same text as its `<desc>`). */
export function chartDescription(id: string, locale: Locale = "en"): string {
  return chartEntry(id).describe(chartDataIn(locale, id), locale);
}
