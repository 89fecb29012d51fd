/**
 * What the embed pages, oEmbed responses, Embed dialogs and chart images need to know about a
 * chart beyond its dataset: where it sits in the story, the state it shows at rest, how tall its
 * embed starts, and its standalone image.
 *
 *   const place = chartPlace(story, "atm-withdrawals"); // { chapter: "cash-at-the-atm", state: "kzt", switch: {…} }
 *   embedStartHeight("atm-withdrawals", place)          // 700
 */
import { wrapText } from "../shared/text-measure.ts";
import { loadCoverage, recordsById } from "../data/generated.ts";
import { chartDataIn } from "../i18n/chart-copy.ts";
import { chartUi } from "../i18n/chart-ui.ts";
import { plainTextIn } from "../i18n/citation.ts";
import type { Locale } from "../i18n/locales.ts";
import { ui } from "../i18n/ui.ts";
import { chartHeight, chartImage, CHART_IMAGE_INNER, type ChartImage } from "./chart-image.ts";
import { DRAWINGS } from "../charts/frame.ts";
import { completeState, renderChart } from "./render-chart.ts";
import { SITE_NAME, type SiteAddress } from "../shared/site-address.ts";
import { plainText, smartQuotes, type Chapter, type Story } from "../data/story-copy.ts";

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

export interface ChartPlace {
  /** The chapter whose anchor leads to the chart in the story; null if the story does not show it. */
  chapter: string | null;
  /** The chart's complete picture, every value labelled (with a currency switch, both currencies). */
  state: string;
  /** The chapter's state switch (tenge/dollars), if it has one. */
  switch?: Chapter["switch"];
}

/** Where chart `id` sits in the story, found the way the story's chapters place their figures. */
export function chartPlace(story: Story, id: string): ChartPlace {
  for (const ch of story.chapters) {
    if (ch.chart === id) return { chapter: ch.id, state: completeState(id), switch: ch.switch };
    if (ch.after.some((b) => b.type === "figure" && b.chart === id))
      return { chapter: ch.id, state: completeState(id) };
  }
  return { chapter: null, state: completeState(id) };
}

/** The iframe width the starting height is estimated for: a typical article column. */
export const EMBED_START_WIDTH = 640;
/** The embed page's padding on each side (src/layouts/Embed.astro). */
export const EMBED_PAD = 16;

/**
 * A starting height for the iframe, for hosts that strip the loader: the chart's drawn height at a
 * 640 px column plus its furniture, whose text is wrapped with the charts' width table. Rounded up
 * to 10 px. Measured heights in Chromium stay within a few percent (tests/site/embed-browser.test.ts).
 */
export function embedStartHeight(id: string, place: ChartPlace, locale: Locale = "en"): number {
  const data = chartDataIn(locale, id);
  const inner = EMBED_START_WIDTH - 2 * EMBED_PAD;
  // The drawing the container query picks at this width: the widest designed for at most `inner`.
  const drawn = [...DRAWINGS].reverse().find((d) => d.width <= inner) ?? DRAWINGS[0];
  const chart = chartHeight(renderChart(id, { width: drawn.width, state: place.state, locale }));
  const lines = (text: string, size: number, bold = false) => wrapText(text, inner, size, { bold }).length;
  const notes = data.notes.reduce((n, t) => n + lines(chartText(t, locale), 12), 0);
  const sourceText = `${chartUi(locale).figure.source} ${data.points.map((p) => p.label).join(" · ")}`;
  const height =
    2 * EMBED_PAD +
    lines(data.title, 21, true) * 26 +
    4 +
    (data.subtitle ? lines(data.subtitle, 14) * 19.6 + 16 : 0) +
    (place.switch ? 48 : 0) +
    chart +
    16 + // the foot's top padding
    (notes ? notes * 18 + 8 : 0) +
    lines(sourceText, 12) * 18 +
    8 +
    24 + // "Description and data table"
    26 + // Get the data · CSV · images
    60; // the credit line and "Cite this chart"
  return Math.ceil(height / 10) * 10;
}

const images = new Map<string, ChartImage>();

/** The address of chart `id`'s embed page in `locale`, below the base path: "ru/embed/x/". */
export const embedPath = (id: string, locale: Locale = "en") =>
  `${locale === "en" ? "" : `${locale}/`}embed/${id}/`;

/** The chart as a standalone picture in its rest state and in `locale`, for downloads and social cards. */
export function chartImageFor(
  id: string,
  place: ChartPlace,
  at: SiteAddress,
  locale: Locale = "en",
): ChartImage {
  const key = `${id}:${place.state}:${at.url()}:${locale}`;
  const cached = images.get(key);
  if (cached) return cached;
  const data = chartDataIn(locale, id);
  const { version } = loadCoverage();
  const t = chartUi(locale).image;
  const site = locale === "en" ? SITE_NAME : ui(locale).siteName;
  const image = chartImage({
    ...chartHeading(id, locale),
    notes: data.notes.map((n) => chartText(n, locale)),
    chartSvg: renderChart(id, {
      width: CHART_IMAGE_INNER,
      state: place.state,
      idPrefix: `image-${id}`,
      locale,
    }),
    credit: [
      t.source,
      `${t.credit(site, version)}${at.absolute ? ` · ${at.url(embedPath(id, locale))}` : ""}`,
    ],
    lang: locale,
  });
  images.set(key, image);
  return image;
}
