/**
 * The contract every chart module follows: `src/charts/<name>.ts` exports `<camelName>(data, options)`
 * returning a finished SVG element built with d3 on the injected `document`. The same call renders
 * at build time (JSDOM) and, if ever needed, in the browser.
 */
import type { ChartDataset } from "../pipeline/schema.ts";
import type { Locale } from "../i18n/locales.ts";

export interface ChartOptions {
  /** The document to create nodes in (JSDOM's at build time). Never the global one. */
  document: Document;
  /** Width in px of the drawing; height follows from the chart's own layout. */
  width?: number;
  /** Prefix for ids inside the SVG, so two charts on one page never clash. */
  idPrefix?: string;
  /**
   * Named state to draw initially (e.g. "kzt" or "usd" for the currency switch, a step name for
   * scrolly states). Each chart documents its states in `states`.
   */
  state?: string;
  /**
   * The language of the chart's own words (headings, axis notes, descriptions) and figures; the
   * dataset's words (title, labels) come translated already (src/i18n/chart-copy.ts). English unless given.
   */
  locale?: Locale;
}

export type ChartFunction = (data: ChartDataset, options: ChartOptions) => SVGSVGElement;

/** What a chart module exports beside its function. */
export interface ChartModule {
  /** The named states the chart can show, first one the default. */
  states: readonly string[];
}
