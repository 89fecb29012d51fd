/**
 * The oEmbed response for a chart in one language (type "rich"), found through the discovery link
 * on its embed page: `<base>oembed/<chart>.json` and `<base><locale>/oembed/<chart>.json`. oEmbed
 * wants absolute URLs: build with SITE_URL set; without it they start at the base path.
 * The leading underscore keeps this module out of Astro's routes.
 */
import { getCollection } from "astro:content";
import { localePrefix, type Locale } from "../../i18n/locales.ts";
import { ui } from "../../i18n/ui.ts";
import { chartHeading } from "../../render/furniture.ts";
import {
  chartImageFor,
  chartPlace,
  EMBED_START_WIDTH,
  embedPath,
  embedStartHeight,
} from "../../render/standalone.ts";
import { siteAddress } from "../../shared/site-address.ts";
import { assembleStory } from "../../data/story-copy.ts";
import { embedSnippet } from "../../client/embed-snippet.ts";

export async function oembedResponse(id: string, locale: Locale, site: URL | undefined): Promise<Response> {
  const at = siteAddress(site, import.meta.env.BASE_URL);
  const prefix = localePrefix(locale);
  const place = chartPlace(assembleStory(await getCollection("story")), id);
  const { title } = chartHeading(id, locale);
  const height = embedStartHeight(id, place, locale);
  const image = chartImageFor(id, place, at, locale);
  const body = {
    version: "1.0",
    type: "rich",
    title,
    provider_name: ui(locale).siteName,
    provider_url: at.url(prefix),
    html: embedSnippet({ src: at.url(embedPath(id, locale)), title, height, loader: at.url("embed.js") }),
    width: EMBED_START_WIDTH,
    height,
    thumbnail_url: at.url(`${prefix}downloads/${id}.png`),
    thumbnail_width: image.width,
    thumbnail_height: image.height,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "content-type": "application/json" },
  });
}
