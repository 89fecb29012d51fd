/**
 * `<base>oembed/<chart>.json`: the English chart's oEmbed response (./_response.ts); Russian and
 * Kazakh are [locale]/oembed/.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds } from "../../data/generated.ts";
import { oembedResponse } from "./_response.ts";

export const getStaticPaths = (() =>
  chartIds().map((id) => ({ params: { id }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props, site }) => oembedResponse(props.id, "en", site);
