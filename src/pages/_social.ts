/**
 * The story's social card in one language (1200×630 PNG), drawn at build time from the headline
 * chart in the state of the step that shows what the headline and dek say (data/story-copy.ts,
 * socialState): `<base>social.png` in English, `<base><locale>/social.png` in Russian and Kazakh.
 * The leading underscore keeps this module out of Astro's routes.
 */
import { getCollection } from "astro:content";
import { recordsById } from "../data/generated.ts";
import { chartDataIn } from "../i18n/chart-copy.ts";
import { chartUi } from "../i18n/chart-ui.ts";
import { plainTextIn } from "../i18n/citation.ts";
import type { Locale } from "../i18n/locales.ts";
import { drawChart } from "../render/render-chart.ts";
import { socialImage } from "../render/social-image.ts";
import { assembleStory, socialState } from "../data/story-copy.ts";

export async function socialPng(locale: Locale): Promise<Response> {
  const english = assembleStory(await getCollection("story"));
  const { opening, chapters } =
    locale === "en"
      ? english
      : assembleStory(
          await getCollection(locale === "ru" ? "storyRu" : "storyKk"),
          `src/content/story/${locale}`,
        );
  const lead = chapters[0]!;
  const { claims } = recordsById();
  const png = socialImage({
    kicker: opening.kicker,
    headline: plainTextIn(locale, opening.headline, claims),
    chartTitle: plainTextIn(locale, chartDataIn(locale, lead.chart).subtitle, claims),
    chartTitleShort: plainTextIn(locale, chartDataIn(locale, lead.chart).title, claims),
    chart: drawChart(lead.chart, {
      width: 500,
      // The state is read from the English copy: every translation cites the same claims.
      state: socialState(english.opening, english.chapters[0]!),
      idPrefix: "social",
      locale,
    }),
    credit: chartUi(locale).social.credit,
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "content-type": "image/png" } });
}
