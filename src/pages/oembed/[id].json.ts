/**
 * `<base>oembed/<chart>.json`: a static oEmbed response per chart (type "rich"), found through the
 * discovery link on its embed page, so CMSs and link previews can embed a chart from its URL.
 * oEmbed wants absolute URLs: build with SITE_URL set; without it they start at the base path.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { chartIds } from "../../data/generated.ts";
import { chartHeading } from "../../render/furniture.ts";
import { chartImageFor, chartPlace, EMBED_START_WIDTH, embedStartHeight } from "../../render/standalone.ts";
import { SITE_NAME, siteAddress } from "../../shared/site-address.ts";
import { assembleStory } from "../../data/story-copy.ts";
import { embedSnippet } from "../../client/embed-snippet.ts";

export const getStaticPaths = (() =>
  chartIds().map((id) => ({ params: { id }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props, site }) => {
  const { id } = props;
  const at = siteAddress(site, import.meta.env.BASE_URL);
  const place = chartPlace(assembleStory(await getCollection("story")), id);
  const { title } = chartHeading(id);
  const height = embedStartHeight(id, place);
  const image = chartImageFor(id, place, at);
  const body = {
    version: "1.0",
    type: "rich",
    title,
    provider_name: SITE_NAME,
    provider_url: at.url(),
    html: embedSnippet({ src: at.url(`embed/${id}/`), title, height, loader: at.url("embed.js") }),
    width: EMBED_START_WIDTH,
    height,
    thumbnail_url: at.url(`downloads/${id}.png`),
    thumbnail_width: image.width,
    thumbnail_height: image.height,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "content-type": "application/json" },
  });
};
