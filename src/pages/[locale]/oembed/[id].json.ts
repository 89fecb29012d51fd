/** `<base><locale>/oembed/<chart>.json`: the oEmbed response for the chart's Russian or Kazakh embed. */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds } from "../../../data/generated.ts";
import { TRANSLATED, type TranslatedLocale } from "../../../i18n/locales.ts";
import { oembedResponse } from "../../oembed/_response.ts";

export const getStaticPaths = (() =>
  TRANSLATED.flatMap((locale) =>
    chartIds().map((id) => ({ params: { locale, id }, props: { locale, id } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: TranslatedLocale; id: string }> = ({ props, site }) =>
  oembedResponse(props.id, props.locale, site);
