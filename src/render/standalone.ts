/**
 * What the embed pages, oEmbed responses, Embed dialogs and chart images need to know about a
 * chart beyond its dataset: where it sits in the story, the state it shows at rest, how tall its
 * embed starts, and its standalone image.
 *
 *   const place = chartPlace(story, "atm-withdrawals"); // { chapter: "cash-at-the-atm", state: "kzt", switch: {…} }
 *   embedStartHeight("atm-withdrawals", place)          // 700
 */
import { loadCoverage } from "../data/generated.ts";
import { chartUi } from "../i18n/chart-ui.ts";
import { localePrefix, type Locale } from "../i18n/locales.ts";
import { ui } from "../i18n/ui.ts";
import { chartImage, CHART_IMAGE_INNER, type ChartImage } from "./chart-image.ts";
import { DRAWINGS } from "../charts/frame.ts";
import { completeState, drawChart } from "./render-chart.ts";
import { SITE_NAME, type SiteAddress } from "../shared/site-address.ts";
import type { Chapter, Story } from "../data/story-copy.ts";
import { chartFurniture, figureHead, FIGURE_TYPE, stack } from "./furniture.ts";

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
 * 640 px column plus its furniture, stacked as the page sets it. Rounded up to 10 px. Measured
 * heights in Chromium stay within a few percent (tests/site/embed-browser.test.ts).
 */
export function embedStartHeight(id: string, place: ChartPlace, locale: Locale = "en"): number {
  const furniture = chartFurniture(id, locale);
  const { notes, source } = furniture;
  const inner = EMBED_START_WIDTH - 2 * EMBED_PAD;
  // The drawing the container query picks at this width: the widest designed for at most `inner`.
  const drawn = [...DRAWINGS].reverse().find((d) => d.width <= inner) ?? DRAWINGS[0];
  const chart = drawChart(id, { width: drawn.width, state: place.state, locale }).height;
  const head = figureHead(furniture, inner);
  const foot = stack(
    [
      ...notes.map((text, i) => ({ text, type: FIGURE_TYPE.small, after: i === notes.length - 1 ? 8 : 0 })),
      { text: source, type: FIGURE_TYPE.small, after: 8 },
    ],
    inner,
  );
  const height =
    2 * EMBED_PAD +
    head.height +
    (place.switch ? 48 : 0) +
    chart +
    16 + // the foot's top padding
    foot.height +
    24 + // "Description and data table"
    26 + // Get the data · CSV · images
    60; // the credit line and "Cite this chart"
  return Math.ceil(height / 10) * 10;
}

const images = new Map<string, ChartImage>();

/** The address of chart `id`'s embed page in `locale`, below the base path: "ru/embed/x/". */
export const embedPath = (id: string, locale: Locale = "en") => `${localePrefix(locale)}embed/${id}/`;

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
  const { title, subtitle, notes } = chartFurniture(id, locale);
  const { version } = loadCoverage();
  const t = chartUi(locale).image;
  const site = locale === "en" ? SITE_NAME : ui(locale).siteName;
  const image = chartImage({
    title,
    subtitle,
    notes,
    chart: drawChart(id, { width: CHART_IMAGE_INNER, state: place.state, idPrefix: `image-${id}`, locale }),
    credit: [
      t.source,
      `${t.credit(site, version)}${at.absolute ? ` · ${at.url(embedPath(id, locale))}` : ""}`,
    ],
    lang: locale,
  });
  images.set(key, image);
  return image;
}
