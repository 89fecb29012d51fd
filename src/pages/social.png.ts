/**
 * The story's social card, `<base>/social.png`, drawn at build time from the headline chart in the
 * state of the step that shows what the headline and dek say (lib/story.ts, socialState).
 */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { loadChart } from "../lib/data.ts";
import { renderChart } from "../lib/render-chart.ts";
import { socialImage } from "../lib/social-image.ts";
import { storyData } from "../lib/story-data.ts";
import { assembleStory, plainText, socialState } from "../lib/story.ts";

export const GET: APIRoute = async () => {
  const { opening, chapters } = assembleStory(await getCollection("story"));
  const lead = chapters[0]!;
  const png = socialImage({
    kicker: opening.kicker,
    headline: plainText(opening.headline, storyData().claims),
    chartTitle: loadChart(lead.chart).subtitle,
    chartSvg: renderChart(lead.chart, {
      width: 500,
      state: socialState(opening, lead),
      idPrefix: "social",
    }),
    credit: "Every number traced to its source · Methodology inside",
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "content-type": "image/png" } });
};
