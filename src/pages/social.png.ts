/**
 * The story's social card, `<base>/social.png`, drawn at build time from the headline chart in the
 * state of the step that shows what the headline and dek say (data/story-copy.ts, socialState).
 */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { loadChart, recordsById } from "../data/generated.ts";
import { drawChart } from "../render/render-chart.ts";
import { socialImage } from "../render/social-image.ts";
import { assembleStory, plainText, socialState } from "../data/story-copy.ts";

export const GET: APIRoute = async () => {
  const { opening, chapters } = assembleStory(await getCollection("story"));
  const lead = chapters[0]!;
  const png = socialImage({
    kicker: opening.kicker,
    headline: plainText(opening.headline, recordsById().claims),
    chartTitle: loadChart(lead.chart).subtitle,
    chart: drawChart(lead.chart, {
      width: 500,
      state: socialState(opening, lead),
      idPrefix: "social",
    }),
    credit: "Every number traced to its source · Methodology inside",
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "content-type": "image/png" } });
};
